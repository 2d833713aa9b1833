"""`make bench`, write part: recording one claim into an exchange of 10 claims against one of 10,000.

Each exchange is recorded into its own SQLite file; then new claims are recorded one at a time through the
Reconciler, as `recon` and the service record them, in turns between the small and the large exchange. The
first command into each loads the exchange from all its events; the later ones read only the events recorded
since (adapters/readside/commands.py), so the median shows what a write costs once its process has met the
exchange.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from adapters.persistence.store import open_reconciler
from domain.application import ExchangePlan, Reconciler
from domain.exchange import Claim
from tests.bench.dossiers import Shape, generate

TARGET = 1.5
"""A claim into 10,000 at most this many times the time of a claim into 10."""
SPARE = 20
"""Claims held back from each generated exchange, to be recorded one at a time."""


def main(argv: Sequence[str] | None = None) -> int:
    """Time the writes and print the figures; exits 0 even when the target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_writes", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--large", type=int, default=10_000, help="claims in the large exchange")
    parser.add_argument("--small", type=int, default=10, help="claims in the small exchange")
    parser.add_argument("--runs", type=int, default=SPARE, help=f"claims recorded into each (at most {SPARE})")
    options = parser.parse_args(argv)
    runs = min(max(options.runs, 1), SPARE)
    with tempfile.TemporaryDirectory(prefix="recon-bench-writes-") as folder:
        small = _prepared(Path(folder) / "small.sqlite3", options.small)
        large = _prepared(Path(folder) / "large.sqlite3", options.large)
        try:
            results = measure(small, large, runs)
        finally:
            small[0].close()
            large[0].close()
    results.update(small_claims=options.small, large_claims=options.large)
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)
    return 0


Prepared = tuple[Reconciler, str, list[Claim]]


def _prepared(path: Path, claims: int) -> Prepared:
    """A store holding one exchange of `claims` claims, and SPARE more claims of it not yet recorded."""
    plans = generate(Shape(exchanges=2, claims=2 * (claims + SPARE), largest=claims + SPARE))
    plan: ExchangePlan = max(plans, key=lambda each: len(each.claims))
    kept, spare = plan.claims[:-SPARE], plan.claims[-SPARE:]
    reconciler = open_reconciler(f"sqlite:///{path}")
    reconciler.record_plans([plan.model_copy(update={"claims": kept})])
    return reconciler, plan.agreement.slug, list(spare)


def measure(small: Prepared, large: Prepared, runs: int) -> dict[str, Any]:
    """Median seconds per claim recorded into each exchange, taken in turns, and their ratio."""
    taken: dict[str, list[float]] = {"small": [], "large": []}
    for index in range(runs):
        for name, (reconciler, slug, spare) in (("small", small), ("large", large)):
            started = time.perf_counter()
            reconciler.record_claim(slug, spare[index])
            taken[name].append(time.perf_counter() - started)
    small_s, large_s = statistics.median(taken["small"]), statistics.median(taken["large"])
    ratio = large_s / small_s
    return {"small_ms": small_s * 1000, "large_ms": large_s * 1000, "ratio": ratio, "target": TARGET}


def show(results: dict[str, Any]) -> None:
    """One line per exchange, then a PASS or FAIL line."""
    print("Recording one claim, median of runs:")
    print(f"  into {results['small_claims']:>6,} claims {results['small_ms']:8.1f} ms")
    print(f"  into {results['large_claims']:>6,} claims {results['large_ms']:8.1f} ms")
    verdict = "PASS" if results["ratio"] <= results["target"] else "FAIL"
    print(f"{verdict}: {results['ratio']:.1f}x (target at most {results['target']}x)")


if __name__ == "__main__":
    raise SystemExit(main())
