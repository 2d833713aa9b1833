"""`make bench`, read side: the latest report of a large exchange from the read models against a fresh
reconciliation of it, and what the first read after a write pays to bring the read models up to date.

A process parses a report's stored document once and keeps the values while the document stays the same
(adapters/readside/readback.py): the reads timed in turns are of a process that has read it before, as a service or a
`recon check` reading it again; the first read of a process, which parses it, is timed apart, in turns with a fresh
reconciliation, and judged on processor time (steadier on a shared machine; wall time printed too)."""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from adapters.persistence.store import open_reconciler
from adapters.readside.readback import forget_parsed
from adapters.readside.reconciler import ReadModelReconciler
from adapters.settings import eventsourcing_env
from domain.application import ExchangePlan, Reconciler
from tests.bench.dossiers import Shape, generate

TARGET = 0.2
"""A report from the read models at most this share of the time of a fresh reconciliation."""
SPARE = 5


def main(argv: Sequence[str] | None = None) -> int:
    """Time the reads and print the figures; exits 0 even when the target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_readside", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--claims", type=int, default=1_000, help="claims in the exchange (default 1,000)")
    parser.add_argument("--runs", type=int, default=9, help="reads of each kind, in turns (default 9)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="recon-bench-readside-") as folder:
        results = measure(f"sqlite:///{Path(folder) / 'recon.sqlite3'}", options.claims, max(options.runs, 1))
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)
    return 0


def measure(url: str, claims: int, runs: int) -> dict[str, Any]:
    """Median seconds of each read, and the ratio of the read model's to the fresh reconciliation's."""
    plans = generate(Shape(exchanges=2, claims=2 * (claims + SPARE), largest=claims + SPARE))
    plan: ExchangePlan = max(plans, key=lambda each: len(each.claims))
    slug, spare = plan.agreement.slug, plan.claims[-SPARE:]
    reader = open_reconciler(url)
    fresh = Reconciler(env=eventsourcing_env(url))
    if not isinstance(reader, ReadModelReconciler):
        raise TypeError("the entry points' Reconciler reads the read models")
    try:
        reader.record_plans([plan.model_copy(update={"claims": plan.claims[:-SPARE]})])
        started = time.perf_counter()
        reader.read_side.catch_up(seconds=float("inf"))
        built = time.perf_counter() - started
        reader.report(slug), fresh.report(slug)  # warm both: the first read of a version stores its report
        # Taken in turns, each pair's ratio kept: a machine whose load drifts weighs on both reads of a pair alike.
        pairs = [(_timed(lambda: reader.report(slug)), _timed(lambda: fresh.report(slug))) for _ in range(runs)]
        model, replayed = statistics.median(m for m, _ in pairs), statistics.median(f for _, f in pairs)
        # A first read parses a document of a megabyte: paired with a fresh reconciliation, in processor time too.
        firsts = []
        for _ in range(runs):
            forget_parsed()  # outside the clock: a new process has no values of an earlier read to free
            firsts.append((_clocked(lambda: reader.report(slug)), _clocked(lambda: fresh.report(slug))))
        after_write = []
        for claim in spare[: min(runs, SPARE)]:
            reader.record_claim(slug, claim)
            after_write.append(_timed(lambda: reader.report(slug)))
    finally:
        reader.close()
        fresh.close()
    return {
        "claims": claims,
        "built_s": built,
        "read_model_ms": model * 1000,
        "fresh_ms": replayed * 1000,
        "ratio": statistics.median(m / f for m, f in pairs),
        "first_in_a_process_ms": statistics.median(first[0] for first, _ in firsts) * 1000,
        "first_in_a_process_cpu_ms": statistics.median(first[1] for first, _ in firsts) * 1000,
        "first_ratio": statistics.median(first[0] / again[0] for first, again in firsts),
        "first_cpu_ratio": statistics.median(first[1] / max(again[1], 1e-9) for first, again in firsts),
        "ratios": [m / f for m, f in pairs],
        "first_read_after_a_write_ms": statistics.median(after_write) * 1000,
        "target": TARGET,
    }


def _clocked(read: Callable[[], object]) -> tuple[float, float]:
    """Seconds of wall time and of this process's processor time the read took."""
    started, processor = time.perf_counter(), time.process_time()
    read()
    return time.perf_counter() - started, time.process_time() - processor


def _timed(read: Callable[[], object]) -> float:
    started = time.perf_counter()
    read()
    return time.perf_counter() - started


def show(results: dict[str, Any]) -> None:
    """The figures, one per line, and whether the target is met."""
    print(f"Latest report of an exchange of {results['claims']:,} claims, median of runs taken in turns:")
    print(f"  from the read models       {results['read_model_ms']:8.1f} ms (read before in the process)")
    print(
        f"  the process's first read   {results['first_in_a_process_ms']:8.1f} ms (parses the document: "
        f"{results['first_in_a_process_cpu_ms']:.1f} ms processor)"
    )
    print(f"  fresh reconciliation       {results['fresh_ms']:8.1f} ms")
    print(f"  first read after a write   {results['first_read_after_a_write_ms']:8.1f} ms (brings them up to date)")
    print(f"  building them from the log {results['built_s'] * 1000:8.1f} ms")
    verdict = "PASS" if results["ratio"] <= results["target"] else "MISS"
    print(f"{verdict}: {results['ratio']:.2f}x (target at most {results['target']}x)")
    verdict = "PASS" if results["first_cpu_ratio"] <= results["target"] else "MISS"
    print(
        f"{verdict}: a process's first read {results['first_cpu_ratio']:.2f}x a fresh reconciliation's processor time "
        f"(target at most {results['target']}x; {results['first_ratio']:.2f}x its wall time)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
