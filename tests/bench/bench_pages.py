"""`make bench`, reading-room part: pages rendered server-side against the JSON and the CLI work they stand on.

The largest bench exchange's page is timed against its JSON report, and the list page of 100 exchanges against
what `recon list` does once started: read the listings (Reconciler.exchanges) and lay out its table; in turns,
through the same app in one process, on one SQLite file. The listings alone are no yardstick since the read models
keep a table of them: reading it costs well under a millisecond, so the page's rendering would be weighed against
almost nothing.
Page weights are the bytes a browser fetches for a page: its HTML, the stylesheet and the script.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from adapters.dossier.loader import load_dossier, shipped_dossier
from adapters.http.app import create_app, open_service
from adapters.reports import formats
from adapters.reports.format_choice import Format
from adapters.settings import Settings
from domain.application import Reconciler
from tests.bench.dossiers import Shape, generate

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PAGE_TARGET = 1.5
WEIGHT_TARGET = 200_000
BATCH = 10
"""Calls timed together in each run of a pair."""
ASSETS = ("/static/style.css", "/static/as-of.js")
FULL = Shape()
QUICK = Shape(exchanges=10, claims=600, largest=200)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the pages benchmark and print its figures; exits 0 even when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_pages", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--quick", action="store_true", help="a smoke run on 10 exchanges and 600 claims")
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (median is kept)")
    options = parser.parse_args(argv)
    log = Console(stderr=True, quiet=options.json)
    plans = [load_dossier(shipped_dossier()), *generate(QUICK if options.quick else FULL)]
    largest = max(plans, key=lambda plan: len(plan.claims)).agreement.slug
    with tempfile.TemporaryDirectory(prefix="recon-bench-pages-") as folder:
        url = f"sqlite:///{Path(folder) / 'pages.sqlite3'}"
        service = open_service(Settings(database_url=url, public_reads=True))
        log.log(f"recording {sum(len(plan.claims) for plan in plans):,} claims into {len(plans)} exchanges")
        service.reconciler.record_plans(plans)
        with TestClient(create_app(service)) as client:
            results = measure(client, partial(_recon_list, service.reconciler), largest, max(options.runs, 1), log.log)
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, Console())
    return 0


def measure(
    client: TestClient, listing: Callable[[], object], largest: str, runs: int, log: Callable[[str], None]
) -> dict[str, Any]:
    """Each page against its baseline, taken in turns, median of `runs`; and every page's weight."""
    log(f"exchange page of {largest} against its JSON report, {runs} runs")
    exchange = _pair(
        lambda: _get(client, f"/exchanges/{largest}"), lambda: _get(client, f"/exchanges/{largest}/report"), runs
    )
    log(f"list page against recon list's listings and table, {runs} runs")
    listed = _pair(lambda: _get(client, "/"), listing, runs)
    assets = sum(len(_get(client, path)) for path in ASSETS)
    claim = json.loads(_get(client, "/exchanges/1000-for-1000/report"))["stages"][0]["directions"][0]["figures"][0]
    pages = {
        "exchanges list": "/",
        "exchange 1000-for-1000": "/exchanges/1000-for-1000",
        f"exchange {largest} (largest)": f"/exchanges/{largest}",
        f"exchange {largest}, every stage": f"/exchanges/{largest}?stages=all",
        "exchange 1000-for-1000, announced before 2025-05-24": "/exchanges/1000-for-1000?announced_before=2025-05-24",
        "a claim of 1000-for-1000": f"/exchanges/1000-for-1000/claims/{claim['sources'][0]['claim_id']}",
        "history 1000-for-1000": "/exchanges/1000-for-1000/history",
        "what changed in 1000-for-1000": "/exchanges/1000-for-1000/changes",
        "morning list": "/morning",
    }
    weights = {name: len(_get(client, path)) + assets for name, path in pages.items()}
    return {
        "exchange_page": {**exchange, "target": PAGE_TARGET, "passed": exchange["ratio"] <= PAGE_TARGET},
        "list_page": {**listed, "target": PAGE_TARGET, "passed": listed["ratio"] <= PAGE_TARGET},
        "weights": {"bytes": weights, "assets": assets, "target": WEIGHT_TARGET},
    }


def _pair(ours: Callable[[], object], theirs: Callable[[], object], runs: int) -> dict[str, float]:
    ours(), theirs()  # warm both: templates compiled, pages of the store cached
    mine, base = [], []
    for _ in range(runs):
        mine.append(_timed(ours))
        base.append(_timed(theirs))
    return {
        "page_ms": statistics.median(mine) * 1000,
        "baseline_ms": statistics.median(base) * 1000,
        "ratio": statistics.median(m / b for m, b in zip(mine, base, strict=True)),
    }


def _recon_list(reconciler: Reconciler) -> str:
    """What `recon list` prints, without the process's start: the listings laid out as its text table."""
    return formats.as_text(formats.listing(reconciler.exchanges(), Format.TEXT))


def _get(client: TestClient, path: str) -> bytes:
    answer = client.get(path)
    answer.raise_for_status()
    content: bytes = answer.content
    return content


def _timed(action: Callable[[], object]) -> float:
    """Seconds per call, over a batch: a page of a few milliseconds timed once is mostly the machine's noise."""
    started = time.perf_counter()
    for _ in range(BATCH):
        action()
    return (time.perf_counter() - started) / BATCH


def show(results: dict[str, Any], console: Console) -> None:
    """The timings, the weights, and a PASS or FAIL line per target."""
    table = Table(title="Reading-room pages rendered server-side, median of runs")
    for column in ("page", "page ms", "baseline", "baseline ms", "ratio"):
        table.add_column(column, justify="left" if column in ("page", "baseline") else "right")
    for key, name, baseline in (
        ("exchange_page", "largest exchange", "its JSON report"),
        ("list_page", "exchanges list", "recon list's listings and table"),
    ):
        row = results[key]
        table.add_row(name, f"{row['page_ms']:.0f}", baseline, f"{row['baseline_ms']:.0f}", f"{row['ratio']:.2f}x")
    console.print(table)
    weights = Table(title="Page weights: HTML + stylesheet + script")
    weights.add_column("page")
    weights.add_column("kB", justify="right")
    for name, size in results["weights"]["bytes"].items():
        weights.add_row(name, f"{size / 1000:.1f}")
    console.print(weights)
    for key, what in (("exchange_page", "exchange page / JSON report"), ("list_page", "list page / recon list")):
        row = results[key]
        verdict = "PASS" if row["passed"] else "FAIL"
        console.print(f"{verdict}: {what} {row['ratio']:.2f}x (target at most {row['target']}x)")
    for name, size in results["weights"]["bytes"].items():
        if name.endswith("every stage"):
            continue  # asked for on purpose: shown for information, not held to the target
        verdict = "PASS" if size <= WEIGHT_TARGET else "OVER"
        console.print(f"{verdict}: {name} weighs {size / 1000:.1f} kB (target under {WEIGHT_TARGET / 1000:.0f} kB)")


if __name__ == "__main__":
    raise SystemExit(main())
