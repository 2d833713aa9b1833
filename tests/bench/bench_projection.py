"""`make bench`: the findings projection catching up with 100,000 events, against a plain replay of the same events."""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from time import perf_counter
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.sqlite import SQLiteDatastore
from rich.console import Console
from rich.table import Table

from adapters.collector import collector_paused
from adapters.findings.projection import EVENTS, FindingsProjection
from adapters.findings.runner import FindingsRunner, catch_up
from adapters.findings.sqlite import SQLiteFindingsView
from adapters.persistence.store import open_reconciler
from adapters.settings import projection_env
from domain.exchange import Exchange
from domain.timeline import Event
from tests.bench.dossiers import Shape, generate

TARGET = 0.3
"""The projection catches up at least 0.3 times as fast as a plain replay of the same events."""
PAGE = 500
_DESCRIPTION = (
    "Record generated exchanges into a fresh SQLite file, then time a plain replay of its notification log (each "
    "exchange rebuilt by applying its events in order, no reconciliation) and the findings projection catching up "
    "from an empty view. The projection catches up with Python's cycle collector paused (adapters/collector.py); so "
    "that this is not what makes it look fast, the target is judged against a replay paused too, and the plain "
    "replay with the collector running is shown beside it. Machines are shared, so only the ratio within one run "
    "means anything."
)


@dataclass(frozen=True, slots=True)
class Timing:
    """One run: the replay, the projection, and where the projection's time went."""

    replay: float
    """The plain replay with the cycle collector paused, as the projection's catch-up runs."""
    plain_replay: float
    """The plain replay as the library runs it, collector running."""
    projection: float
    reconciling: float
    """In the projection's `change`: the exchange's reconciliation advanced, the finding lines built."""
    writing: float
    """In the view's transactions: rows and tracking written."""

    @property
    def ratio(self) -> float:
        """Projection rate over replay rate (the same events): replay time over projection time."""
        return self.replay / self.projection

    @property
    def ratio_to_plain(self) -> float:
        """The same against the replay with the collector running."""
        return self.plain_replay / self.projection


class TimedProjection(FindingsProjection):
    """The findings projection, adding up the time spent reconciling and writing."""

    name = FindingsProjection.name

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reconciling = 0.0
        self.processing = 0.0

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        started = perf_counter()
        super().process_event(domain_event, tracking)
        self.processing += perf_counter() - started

    def take_in(self, event: Event) -> None:
        started = perf_counter()
        try:
            super().take_in(event)
        finally:
            self.reconciling += perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures; exits 0 even when the target is missed."""
    options = _parser().parse_args(argv)
    events = 2_000 if options.quick else options.events
    log = Console(stderr=True, quiet=options.json).log
    with tempfile.TemporaryDirectory(prefix="recon-bench-") as workdir:
        store = f"sqlite:///{Path(workdir) / 'recon.sqlite3'}"
        log(f"generating and recording about {events:,} events")
        recorded, exchanges = record(store, events)
        timings = []
        for run in range(options.runs):
            timings.append(measure(store, Path(workdir) / f"findings-{run}.sqlite3", log))
        profile = profiled(store, Path(workdir) / "profiled.sqlite3", options.profile) if options.profile else None
    results = figures(recorded, exchanges, timings)
    if profile is not None:
        results["profile"] = profile
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, Console())
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_projection", description=_DESCRIPTION)
    parser.add_argument("--events", type=int, default=100_000, help="about how many events to record (100,000)")
    parser.add_argument("--runs", type=int, default=1, help="replay and projection runs, taken in turns (1)")
    parser.add_argument("--quick", action="store_true", help="a smoke run of about 2,000 events")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="also profile the first N events")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    return parser


def record(store: str, events: int) -> tuple[int, int]:
    """Generate about `events` events in exchanges of about 100 claims, and record them; events and exchanges."""
    exchanges = max(4, events // 100)
    plans = generate(Shape(exchanges=exchanges, claims=events - exchanges * 2, largest=min(1_000, events // 10)))
    with open_reconciler(store) as reconciler:
        for start in range(0, len(plans), 50):
            reconciler.record_plans(plans[start : start + 50])
        return reconciler.recorder.max_notification_id() or 0, exchanges


def replay(store: str) -> tuple[int, float]:
    """Read the whole log and rebuild every exchange from its events in order; events and seconds."""
    with open_reconciler(store) as reconciler:
        started = perf_counter()
        exchanges: dict[UUID, Exchange | None] = {}
        position, count = 0, 0
        while True:
            page = reconciler.recorder.select_notifications(position, PAGE, inclusive_of_start=False)
            for notification in page:
                event = reconciler.mapper.to_domain_event(notification)
                if isinstance(event, EVENTS):
                    exchanges[event.originator_id] = event.mutate(exchanges.get(event.originator_id))
            count += len(page)
            if len(page) < PAGE:
                return count, perf_counter() - started
            position = page[-1].id


def measure(store: str, view: Path, log: Callable[[str], None]) -> Timing:
    """Plain replays (collector running, then paused), then the projection catching up from an empty view of its
    own."""
    count, plain = replay(store)
    with collector_paused():
        count, replayed = replay(store)
    log(f"replay: {count:,} events in {replayed:.1f} s ({plain:.1f} s with the collector running)")
    started = perf_counter()
    env = projection_env(store, f"sqlite:///{view}", FindingsProjection.name)
    with FindingsRunner(env, projection_class=TimedProjection) as runner:
        reached = catch_up(runner)
        projected = perf_counter() - started
        timed = runner.projection
    if reached != count or not isinstance(timed, TimedProjection):
        raise RuntimeError(f"the projection stopped at {reached:,} of {count:,} events")
    log(f"projection: {count:,} events in {projected:.1f} s")
    return Timing(replayed, plain, projected, timed.reconciling, timed.processing - timed.reconciling)


def profiled(store: str, view: Path, events: int) -> dict[str, Any]:
    """The first `events` events, decoded first, through the projection in this thread, profiled by place."""
    with open_reconciler(store) as reconciler:
        notifications = reconciler.recorder.select_notifications(1, events)
        decoded = [(reconciler.mapper.to_domain_event(n), Tracking(reconciler.name, n.id)) for n in notifications]
    target = SQLiteFindingsView(SQLiteDatastore(str(view)))
    target.create_table()
    last = decoded[-1][1].notification_id if decoded else 0
    projection = FindingsProjection(target, head=lambda: last)
    profiler = cProfile.Profile()
    profiler.enable()
    for event, tracking in decoded:
        projection.process_event(event, tracking)
    profiler.disable()
    target.datastore.close()
    return _by_place(pstats.Stats(profiler), len(decoded))


def _by_place(stats: pstats.Stats, events: int) -> dict[str, Any]:
    """Own time summed by where the code lives, and the functions that took most of it."""
    rows: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    places: dict[str, float] = {}
    for (filename, _, function), (_, _, own, _, _) in rows.items():
        place = _place(filename, function)
        places[place] = places.get(place, 0.0) + own
    top = sorted(rows.items(), key=lambda item: -item[1][2])[:12]
    return {
        "events": events,
        "seconds": sum(places.values()),
        "by_place": dict(sorted(places.items(), key=lambda item: -item[1])),
        "top": [[f"{_short(filename)}:{line}({function})", item[2]] for (filename, line, function), item in top],
    }


def _place(filename: str, function: str) -> str:
    for marker, place in (
        ("/domain/", "domain (reconciliation)"),
        ("/adapters/", "adapters (findings view)"),
        ("eventsourcing", "eventsourcing"),
        ("pydantic", "pydantic"),
    ):
        if marker in filename:
            return place
    return "sqlite3" if "sqlite3" in function else "python"


def _short(filename: str) -> str:
    for root in ("/domain/", "/adapters/", "/site-packages/"):
        if root in filename:
            return (
                root.strip("/") + "/" + filename.split(root, 1)[1]
                if root != "/site-packages/"
                else filename.split(root, 1)[1]
            )
    return filename.rsplit("/", 1)[-1]


def figures(events: int, exchanges: int, timings: Sequence[Timing]) -> dict[str, Any]:
    """Medians of each run's figures, rates and the ratio, as plain JSON-ready values."""
    replay = statistics.median(t.replay for t in timings)
    plain = statistics.median(t.plain_replay for t in timings)
    projection = statistics.median(t.projection for t in timings)
    ratio = statistics.median(t.ratio for t in timings)
    return {
        "dataset": {"events": events, "exchanges": exchanges},
        "runs": len(timings),
        "replay": {"seconds": replay, "events_per_second": events / replay},
        "plain_replay": {
            "seconds": plain,
            "events_per_second": events / plain,
            "ratio": statistics.median(t.ratio_to_plain for t in timings),
        },
        "projection": {
            "seconds": projection,
            "events_per_second": events / projection,
            "reconciling_seconds": statistics.median(t.reconciling for t in timings),
            "writing_seconds": statistics.median(t.writing for t in timings),
        },
        "samples": [asdict(t) for t in timings],
        "target": {"ratio": ratio, "target": TARGET, "passed": ratio >= TARGET},
    }


def show(results: dict[str, Any], console: Console) -> None:
    """The figures as a table, where the projection's time went, and one PASS or FAIL line."""
    data, runs = results["dataset"], results["runs"]
    replay, plain = results["replay"], results["plain_replay"]
    projection, target = results["projection"], results["target"]
    table = Table(title=f"{data['events']:,} events in {data['exchanges']:,} exchanges, {_median_of(runs)}")
    table.add_column("")
    for column in ("seconds", "events/s"):
        table.add_column(column, justify="right")
    table.add_row(
        "plain replay (read the log, apply each event), collector paused like the projection",
        f"{replay['seconds']:.1f}",
        _rate(replay),
    )
    table.add_row("  the same, collector running", f"{plain['seconds']:.1f}", _rate(plain))
    table.add_row("projection catch-up from an empty view", f"{projection['seconds']:.1f}", _rate(projection))
    table.add_row("  of which reconciling", f"{projection['reconciling_seconds']:.1f}", "")
    table.add_row(
        "  of which stating findings, writing the view and its tracking", f"{projection['writing_seconds']:.1f}", ""
    )
    console.print(table)
    profile = results.get("profile")
    if profile is not None:
        console.print(_profile_table(profile))
    console.print(f"Against the replay with the collector running: {plain['ratio']:.2f}x the replay rate")
    verdict = "[bold green]PASS[/]" if target["passed"] else "[bold red]FAIL[/]"
    console.print(f"{verdict} projection catch-up: {target['ratio']:.2f}x the replay rate (target >= {TARGET}x)")


def _profile_table(profile: dict[str, Any]) -> Table:
    table = Table(title=f"Profile of the first {profile['events']:,} events, in this thread: own time")
    table.add_column("where")
    table.add_column("seconds", justify="right")
    table.add_column("share", justify="right")
    total = profile["seconds"] or 1.0
    for place, seconds in profile["by_place"].items():
        table.add_row(place, f"{seconds:.2f}", f"{seconds / total:.0%}")
    for name, seconds in profile["top"]:
        table.add_row(f"  {name}", f"{seconds:.2f}", f"{seconds / total:.0%}")
    return table


def _median_of(runs: int) -> str:
    return f"median of {runs} runs" if runs > 1 else "one run"


def _rate(side: dict[str, Any]) -> str:
    return f"{side['events_per_second']:,.0f}"


if __name__ == "__main__":
    sys.exit(main())
