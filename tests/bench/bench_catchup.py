"""`make bench`, catching up: how long the read models take to take in a burst of new events on an exchange of 1,000
claims and on one of 10,000, and what the first read after one write costs against a read the read models answer as
they stand.

Each exchange is recorded into its own SQLite file and taken in once (in one page, to spare the setup a row written
per 500 events), so that the reading process has met it; then a burst of claims is recorded in one transaction with
no read in between, and the next catch-up is timed. Taking in the same number of events should cost about the same
whatever the exchange's size: the projection keeps each exchange's reconciliation and applies only the new events
(adapters/readside/projection.py), and writes only the exchange's small documents (list lines and page), its report
being written by the first read that asks for it, and describes those documents again from what the events changed
(adapters/readside/outline.py). The burst is taken in as one batch (see Kept.settle): each event placed in the
ledger, and the checks their changes reached run once at its end. The PASS or MISS is judged on processor time,
steadier than wall time on a machine shared with other work; both are printed. The read timed is of the reading
room's exchange page, whose document holds the latest stages and the findings rather than every claim, so that what
a first read pays shows apart from reading a large report (bench_readside times that).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from adapters.persistence.store import open_reconciler
from adapters.readside import service
from adapters.readside.reconciler import ReadModelReconciler
from domain.application import ExchangePlan
from domain.identity import parse_ref
from tests.bench.dossiers import Shape, generate

TARGET = 1.5
"""Catching up on the large exchange at most this many times the processor time on the small one."""


def main(argv: Sequence[str] | None = None) -> int:
    """Time the catch-ups and reads and print the figures; exits 0 even when the target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_catchup", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--small", type=int, default=1_000, help="claims in the small exchange (default 1,000)")
    parser.add_argument("--large", type=int, default=10_000, help="claims in the large exchange (default 10,000)")
    parser.add_argument("--events", type=int, default=500, help="claims recorded in the burst (default 500)")
    parser.add_argument("--runs", type=int, default=3, help="first reads after a write, and hits (default 3)")
    options = parser.parse_args(argv)
    runs = max(options.runs, 1)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="recon-bench-catchup-") as folder:
        small = measure(Path(folder) / "small.sqlite3", options.small, options.events, runs)
        large = measure(Path(folder) / "large.sqlite3", options.large, options.events, runs)
    results = {
        "small": small,
        "large": large,
        "ratio": large["catch_up_s"] / small["catch_up_s"],
        "cpu_ratio": large["catch_up_cpu_s"] / max(small["catch_up_cpu_s"], 1e-9),
        "target": TARGET,
        "load": [load, os.getloadavg()[0]],
    }
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)
    return 0


def measure(path: Path, claims: int, events: int, runs: int) -> dict[str, Any]:
    """One exchange of `claims` claims: the catch-up on a burst of `events` claims, then first reads and hits."""
    plans = generate(Shape(exchanges=2, claims=2 * (claims + events + runs), largest=claims + events + runs))
    plan: ExchangePlan = max(plans, key=lambda each: len(each.claims))
    slug = plan.agreement.slug
    exchange_id = parse_ref(slug)
    burst, singles = plan.claims[: claims + events], plan.claims[claims + events :]
    reader = open_reconciler(f"sqlite:///{path}")
    if not isinstance(reader, ReadModelReconciler):
        raise TypeError("the entry points' Reconciler reads the read models")
    try:
        reader.record_plans([plan.model_copy(update={"claims": plan.claims[:claims]})])
        met = _met(reader)
        reader.record_plans([plan.model_copy(update={"claims": burst})])
        behind = reader.read_side.catch_up(seconds=0).behind_by
        caught_up = _clocked(lambda: reader.read_side.catch_up(seconds=float("inf")))
        first, hit = [], []
        for claim in singles:
            reader.record_claim(slug, claim)
            first.append(_clocked(lambda: reader.read_side.page(exchange_id)))
            hit.append(_timed(lambda: reader.read_side.page(exchange_id)))
    finally:
        reader.close()
    return {
        "claims": claims,
        "events": behind,
        "met_s": met,
        "catch_up_s": caught_up[0],
        "catch_up_cpu_s": caught_up[1],
        "first_read_ms": statistics.median(wall for wall, _ in first) * 1000,
        "first_read_cpu_ms": statistics.median(cpu for _, cpu in first) * 1000,
        "hit_ms": statistics.median(hit) * 1000,
    }


def _met(reader: ReadModelReconciler) -> float:
    """Take in the whole exchange in one page: the process meets it, its row written once."""
    page, service.PAGE = service.PAGE, 1_000_000
    try:
        return _timed(lambda: reader.read_side.catch_up(seconds=float("inf")))
    finally:
        service.PAGE = page


def _clocked(action: Callable[[], object]) -> tuple[float, float]:
    """Seconds of wall time and of this process's processor time the action took: on a shared machine the second
    shows the work apart from the waiting."""
    started, processor = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - started, time.process_time() - processor


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def show(results: dict[str, Any]) -> None:
    """One block per exchange, then a PASS or MISS line for the catch-up's ratio of processor time."""
    for name in ("small", "large"):
        found = results[name]
        print(f"Exchange of {found['claims']:,} claims:")
        print(f"  first catch-up, meeting it   {found['met_s'] * 1000:9.1f} ms")
        print(
            f"  catching up {found['events']:,} new events   {found['catch_up_s'] * 1000:9.1f} ms"
            f" ({found['catch_up_cpu_s'] * 1000:.1f} ms processor)"
        )
        print(
            f"  page read after one write    {found['first_read_ms']:9.1f} ms (median,"
            f" {found['first_read_cpu_ms']:.1f} ms processor)"
        )
        print(f"  page read they answer as is  {found['hit_ms']:9.1f} ms (median)")
        print(f"  first read against a hit     {found['first_read_ms'] / found['hit_ms']:9.1f}x")
    verdict = "PASS" if results["cpu_ratio"] <= results["target"] else "MISS"
    print(
        f"{verdict}: catching up on {results['large']['claims']:,} claims {results['cpu_ratio']:.1f}x the processor "
        f"time on {results['small']['claims']:,} (target at most {results['target']}x; {results['ratio']:.1f}x its "
        f"wall time; load average {results['load'][0]:.2f} then {results['load'][1]:.2f})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
