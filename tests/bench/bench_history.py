"""`make bench`, history part: the timeline and as-of reports of a 10,000-event exchange, against its plain replay.

Both sides read the same SQLite file in the same process, in turns, so that a shared machine's noise falls on
both; only the ratios mean anything across machines. The Reconciler's queries run with Python's cycle collector
paused (adapters/collector.py); so that this is not what makes them look fast, the replays they are compared with
run paused too, and the plain library replay with the collector running is shown beside them. The as-of points show
the ratio in processor time beside the wall clock's: waits for a core on a busy machine fall on neither.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from adapters.collector import collector_paused
from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.exchange import exchange_id
from domain.history import AsOf
from tests.bench.dossiers import Shape, generate
from tests.bench.history_parts import PARTS, split

TIMELINE_TARGET = 3.0
AS_OF_TARGET = 1.3
FULL = Shape(exchanges=2, claims=10_050, largest=9_998)
QUICK = Shape(exchanges=2, claims=550, largest=500)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the history benchmark and print its figures; exits 0 even when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_history", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--quick", action="store_true", help="a smoke run on a 500-event exchange")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (median is kept)")
    parser.add_argument("--parts", action="store_true", help="also split each as-of report into its parts' costs")
    options = parser.parse_args(argv)
    log = Console(stderr=True, quiet=options.json)
    plans = generate(QUICK if options.quick else FULL)
    largest = max(plans, key=lambda plan: len(plan.claims))
    with tempfile.TemporaryDirectory(prefix="recon-bench-history-") as folder:
        app = open_reconciler(f"sqlite:///{Path(folder) / 'history.sqlite3'}")
        log.log(f"recording {len(largest.claims):,} claims into one exchange")
        app.record_plans([largest])
        results = measure(app, largest.agreement.slug, max(options.runs, 1), log.log)
        if options.parts:
            log.log("the as-of reports' parts")
            aggregate_id = exchange_id(largest.agreement.slug)
            results["as_of"]["parts"] = [
                split(app, aggregate_id, point["version"], max(options.runs, 1)) for point in results["as_of"]["points"]
            ]
        app.close()
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, Console())
    return 0


def measure(app: Reconciler, slug: str, runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Timeline and as-of reports against plain replays of the same events, median of `runs` turns each."""
    aggregate_id = exchange_id(slug)
    events = app.exchange(slug).version
    log(f"{events:,} events; timeline, {runs} runs")
    replay = [_timed(lambda: app.exchange(slug)) for _ in range(runs)]  # paused, as every Reconciler query
    plain = [_timed(partial(app.repository.get, aggregate_id)) for _ in range(runs)]
    timeline = [_timed(lambda: app.timeline(slug)) for _ in range(runs)]
    points = sorted({max(2, events // 4), events // 2, 3 * events // 4, events})
    as_of = []
    for version in points:
        log(f"as-of report at version {version:,}")
        ours, theirs, plain = [], [], []
        our_cpu: list[float] = []
        their_cpu: list[float] = []
        replay_to = partial(app.repository.get, aggregate_id, version=version)
        for _ in range(runs):
            plain.append(_timed(replay_to))
            theirs.append(_timed(partial(_paused, replay_to), their_cpu))
            ours.append(_timed(partial(app.report, slug, AsOf(version=version)), our_cpu))
        as_of.append(
            {
                "version": version,
                "report_ms": statistics.median(ours) * 1000,
                "replay_ms": statistics.median(theirs) * 1000,
                "plain_replay_ms": statistics.median(plain) * 1000,
                "ratio": statistics.median(o / t for o, t in zip(ours, theirs, strict=True)),
                "ratio_to_plain": statistics.median(o / t for o, t in zip(ours, plain, strict=True)),
                # Processor time is what the process itself spent: on a shared machine it shifts less than the wall
                # clock, which also counts the waits for a core.
                "cpu_ratio": statistics.median(o / t for o, t in zip(our_cpu, their_cpu, strict=True)),
            }
        )
    timeline_ratio = statistics.median(t / r for t, r in zip(timeline, replay, strict=True))
    worst = max(point["ratio"] for point in as_of)
    worst_cpu = max(point["cpu_ratio"] for point in as_of)
    return {
        "events": events,
        "timeline": {
            "timeline_ms": statistics.median(timeline) * 1000,
            "replay_ms": statistics.median(replay) * 1000,
            "plain_replay_ms": statistics.median(plain) * 1000,
            "ratio": timeline_ratio,
            "ratio_to_plain": statistics.median(t / r for t, r in zip(timeline, plain, strict=True)),
            "target": TIMELINE_TARGET,
            "passed": timeline_ratio <= TIMELINE_TARGET,
        },
        "as_of": {
            "points": as_of,
            "worst_ratio": worst,
            "worst_cpu_ratio": worst_cpu,
            "target": AS_OF_TARGET,
            "passed": worst <= AS_OF_TARGET,
        },
    }


def _paused(action: Callable[[], object]) -> object:
    with collector_paused():
        return action()


def _timed(action: Callable[[], object], processor: list[float] | None = None) -> float:
    """The action's wall time; its processor time is appended to `processor` when given."""
    started, spent = time.perf_counter(), time.process_time()
    action()
    if processor is not None:
        processor.append(max(time.process_time() - spent, 1e-9))
    return time.perf_counter() - started


def show(results: dict[str, Any], console: Console) -> None:
    """Two tables and a PASS or FAIL line per target."""
    timeline = results["timeline"]
    table = Table(title=f"Timeline of a {results['events']:,}-event exchange, median of runs")
    for column in ("", "ms"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row(
        "plain replay (Reconciler.exchange, collector paused like the timeline)", f"{timeline['replay_ms']:.0f}"
    )
    table.add_row("plain library replay (repository.get, collector running)", f"{timeline['plain_replay_ms']:.0f}")
    table.add_row("timeline (Reconciler.timeline)", f"{timeline['timeline_ms']:.0f}")
    table.add_row("ratio timeline / replay", f"{timeline['ratio']:.2f}x")
    table.add_row("ratio timeline / plain library replay", f"{timeline['ratio_to_plain']:.2f}x")
    console.print(table)
    points = Table(title="As-of report at a version, against replaying to that version")
    columns = ("version", "replay ms", "report ms", "ratio", "processor time ratio", "replay ms, collector running")
    for column in (*columns, "ratio to it"):
        points.add_column(column, justify="right")
    for point in results["as_of"]["points"]:
        points.add_row(
            f"{point['version']:,}",
            f"{point['replay_ms']:.0f}",
            f"{point['report_ms']:.0f}",
            f"{point['ratio']:.2f}x",
            f"{point['cpu_ratio']:.2f}x",
            f"{point['plain_replay_ms']:.0f}",
            f"{point['ratio_to_plain']:.2f}x",
        )
    console.print(points)
    if "parts" in results["as_of"]:
        console.print(_parts_table(results["as_of"]["parts"]))
    for name, what, key in (("timeline", "timeline", "ratio"), ("as_of", "as-of report (worst point)", "worst_ratio")):
        part = results[name]
        verdict = "[bold green]PASS[/]" if part["passed"] else "[bold red]FAIL[/]"
        console.print(f"{verdict} {what}: {part[key]:.2f}x the plain replay (target <= {part['target']}x)")
    console.print(f"     as-of report (worst point) in processor time: {results['as_of']['worst_cpu_ratio']:.2f}x")


def _parts_table(parts: list[dict[str, Any]]) -> Table:
    """Each part of the as-of report in processor ms, and what the report adds to the replay, per replay."""
    table = Table(title="As-of report by part, processor ms (median of runs)")
    for column in ("version", *PARTS, "sum", "library replay", "added / replay"):
        table.add_column(column, justify="right", overflow="fold")
    for point in parts:
        table.add_row(
            f"{point['version']:,}",
            *(f"{point['parts_ms'][part]:.0f}" for part in PARTS),
            f"{point['total_ms']:.0f}",
            f"{point['replay_ms']:.0f}",
            f"{point['added_per_replay']:.2f}",
        )
    return table


if __name__ == "__main__":
    sys.exit(main())
