"""`make bench`: 10,000 claims imported into SQLite and reported on, against a plain eventsourcing baseline."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from tests.bench.dossiers import Shape, generate
from tests.bench.measure import (
    IMPORT_TARGET,
    REPORT_TARGET,
    ImportRound,
    Measurements,
    Run,
    Store,
    measure,
    median,
)

FULL = Run(Shape(exchanges=100, claims=10_000, largest=1_000), rounds=3, report_runs=7)
QUICK = Run(Shape(exchanges=10, claims=500, largest=100), rounds=1, report_runs=3)
_DESCRIPTION = (
    "Import generated dossiers into a fresh SQLite file and report the largest exchange, against a plain "
    "eventsourcing aggregate storing the same payloads. Machines are shared, so only ratios within one run mean "
    "anything: each figure is the median of several runs taken in turns with the baseline's."
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures; exits 0 even when a target is missed."""
    options = _parser().parse_args(argv)
    preset = QUICK if options.quick else FULL
    run = Run(preset.shape, options.rounds or preset.rounds, options.report_runs or preset.report_runs)
    progress = Console(stderr=True, quiet=options.json)
    progress.log(f"generating {run.shape.claims:,} claims in {run.shape.exchanges} exchanges")
    plans = generate(run.shape)
    with tempfile.TemporaryDirectory(prefix="recon-bench-") as workdir:
        found = measure(run, plans, Path(workdir), progress.log)
    results = figures(run, found)
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results, Console())
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_import", description=_DESCRIPTION)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 10 exchanges, 500 claims")
    parser.add_argument("--rounds", type=int, default=0, help="import rounds (default 3; 1 with --quick)")
    parser.add_argument("--report-runs", type=int, default=0, help="report runs (default 7; 3 with --quick)")
    return parser


def figures(run: Run, found: Measurements) -> dict[str, Any]:
    """Medians, throughputs, and ratios as the median of each run's own ratio, as plain JSON-ready values."""
    claims = run.shape.claims
    if found.ours is None or found.theirs is None:
        raise ValueError("the measurements hold no store figures")
    if found.ours.events != found.theirs.events or any(r.claims_recorded != claims for r in found.imports):
        raise RuntimeError(f"unequal work: ours {found.ours}, baseline {found.theirs}, {claims:,} claims expected")
    events = found.ours.events
    ours = median([r.ours for r in found.imports])
    record = median([r.record for r in found.imports])
    theirs = median([r.baseline for r in found.imports])
    import_ratio = median([r.baseline / r.ours for r in found.imports])
    json_ratio = median([r.baseline / r.ours_json for r in found.imports])
    ours_json = median([r.ours_json for r in found.imports])
    replay, build = median([r.replay for r in found.reports]), median([r.build for r in found.reports])
    report, baseline = median([r.report for r in found.reports]), median([r.baseline for r in found.reports])
    report_ratio = median([r.report / r.baseline for r in found.reports])
    # The report as it stands is read from the read models; a fresh replay and reconciliation is what it was before.
    fresh_ratio = median([(r.replay + r.build) / r.baseline for r in found.reports])
    return {
        "dataset": {
            "exchanges": run.shape.exchanges,
            "claims": claims,
            "largest_exchange_claims": run.shape.largest,
            "largest_exchange_events": found.largest_events,
            "dossier_files": found.files,
            "dossier_bytes": found.file_bytes,
            "seed": run.shape.seed,
        },
        "stores": {"ours": _store(found.ours), "baseline": _store(found.theirs)},
        "import": {
            "rounds": run.rounds,
            "ours_seconds": ours,
            "ours_load_seconds": median([r.load for r in found.imports]),
            "ours_json_seconds": ours_json,
            "ours_json_load_seconds": median([r.load_json for r in found.imports]),
            "ours_json_claims_per_second": claims / ours_json,
            "json_ratio": json_ratio,
            "ours_record_seconds": record,
            "ours_claims_per_second": claims / ours,
            "ours_events_per_second": events / ours,
            "ours_record_events_per_second": events / record,
            "baseline_seconds": theirs,
            "baseline_events_per_second": events / theirs,
            "ratio": import_ratio,
            "record_only_ratio": median([r.baseline / r.record for r in found.imports]),
            "processor_seconds": {part: median([r.processor[part] for r in found.imports]) for part in _PARTS},
            "processor_ratio": median([_processor_ratio(r, "load") for r in found.imports]),
            "processor_json_ratio": median([_processor_ratio(r, "load_json") for r in found.imports]),
            "samples": [
                {"load": r.load, "load_json": r.load_json, "record": r.record, "baseline": r.baseline}
                for r in found.imports
            ],
        },
        "report": {
            "runs": run.report_runs,
            "ours_replay_ms": replay * 1000,
            "ours_build_report_ms": build * 1000,
            "ours_report_ms": report * 1000,
            "ours_fresh_report_ms": median([r.replay + r.build for r in found.reports]) * 1000,
            "baseline_replay_ms": baseline * 1000,
            "ratio": report_ratio,
            "fresh_ratio": fresh_ratio,
            "replay_ratio": median([r.replay / r.baseline for r in found.reports]),
        },
        "targets": {
            "import": {"ratio": import_ratio, "target": IMPORT_TARGET, "passed": import_ratio >= IMPORT_TARGET},
            "import_json": {"ratio": json_ratio, "target": IMPORT_TARGET, "passed": json_ratio >= IMPORT_TARGET},
            "report": {"ratio": report_ratio, "target": REPORT_TARGET, "passed": report_ratio <= REPORT_TARGET},
            "fresh_report": {"ratio": fresh_ratio, "target": REPORT_TARGET, "passed": fresh_ratio <= REPORT_TARGET},
        },
    }


_PARTS = ("load", "load_json", "record", "baseline")


def _processor_ratio(found: ImportRound, load: str) -> float:
    """The baseline's processor time over ours (loading YAML or JSON, then recording) in one round."""
    return found.processor["baseline"] / (found.processor[load] + found.processor["record"])


def _store(store: Store) -> dict[str, float]:
    return {"events": store.events, "bytes_per_event": round(store.bytes_per_event, 1)}


def show(results: dict[str, Any], console: Console) -> None:
    """The figures as two tables and one PASS or FAIL line per target."""
    data, stores = results["dataset"], results["stores"]
    console.print(
        f"{data['claims']:,} claims in {data['exchanges']} exchanges ({data['dossier_files']} YAML dossiers, "
        f"{data['dossier_bytes'] / 1e6:.1f} MB); the largest holds {data['largest_exchange_claims']:,} claims "
        f"({data['largest_exchange_events']:,} events). Stored: ours {stores['ours']['events']:,} events of "
        f"{stores['ours']['bytes_per_event']:.0f} B on average, the baseline {stores['baseline']['events']:,} of "
        f"{stores['baseline']['bytes_per_event']:.0f} B."
    )
    console.print(_import_table(results))
    console.print(_report_table(results["report"]))
    checks = (
        ("import", "import throughput, YAML dossiers", ">="),
        ("import_json", "import throughput, JSON dossiers", ">="),
        ("report", "report time, read models", "<="),
        ("fresh_report", "report time, replayed afresh", "<="),
    )
    for name, what, relation in checks:
        target = results["targets"][name]
        verdict = "[bold green]PASS[/]" if target["passed"] else "[bold red]FAIL[/]"
        console.print(f"{verdict} {what}: {target['ratio']:.2f}x the baseline (target {relation} {target['target']}x)")


def _import_table(results: dict[str, Any]) -> Table:
    imp, claims, events = results["import"], results["dataset"]["claims"], results["stores"]["ours"]["events"]
    table = Table(title=f"Import: one transaction per dossier, {_median_of(imp['rounds'], 'round')}")
    table.add_column("")
    for column in ("seconds", "claims/s", "events/s"):
        table.add_column(column, justify="right")
    rows = (
        ("ours: load_dossiers (YAML)", imp["ours_load_seconds"], None, None),
        ("ours: record_plans", imp["ours_record_seconds"], None, imp["ours_record_events_per_second"]),
        (
            "ours: import (load + record)",
            imp["ours_seconds"],
            claims / imp["ours_seconds"],
            events / imp["ours_seconds"],
        ),
        ("ours: load_dossiers (JSON)", imp["ours_json_load_seconds"], None, None),
        (
            "ours: import of JSON dossiers",
            imp["ours_json_seconds"],
            claims / imp["ours_json_seconds"],
            events / imp["ours_json_seconds"],
        ),
        ("baseline: Aggregate + save", imp["baseline_seconds"], None, imp["baseline_events_per_second"]),
    )
    for label, seconds, per_claim, per_event in rows:
        table.add_row(label, f"{seconds:.2f}", _rate(per_claim), _rate(per_event))
    table.add_row(
        "ratio ours / baseline, YAML (per round)",
        f"{imp['ratio']:.2f}x",
        "",
        f"record only {imp['record_only_ratio']:.2f}x",
    )
    table.add_row("ratio ours / baseline, JSON (per round)", f"{imp['json_ratio']:.2f}x", "", "")
    cpu = imp["processor_seconds"]
    table.add_row(
        "processor seconds: load YAML, load JSON, record, baseline",
        " / ".join(f"{cpu[part]:.2f}" for part in _PARTS),
        "",
        f"ratio YAML {imp['processor_ratio']:.2f}x, JSON {imp['processor_json_ratio']:.2f}x",
    )
    return table


def _median_of(count: int, unit: str) -> str:
    return f"median of {count} {unit}s" if count > 1 else f"one {unit}"


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def _report_table(report: dict[str, Any]) -> Table:
    table = Table(title=f"Report of the largest exchange, {_median_of(report['runs'], 'run')}")
    table.add_column("")
    table.add_column("ms", justify="right")
    table.add_row("ours: replay (Reconciler.exchange)", f"{report['ours_replay_ms']:.1f}")
    table.add_row("ours: ledger, rules, read model (build_report)", f"{report['ours_build_report_ms']:.1f}")
    table.add_row("ours: fresh report (replay + build_report)", f"{report['ours_fresh_report_ms']:.1f}")
    table.add_row("ours: report from the read models (Reconciler.report)", f"{report['ours_report_ms']:.1f}")
    table.add_row("baseline: replay (repository.get)", f"{report['baseline_replay_ms']:.1f}")
    table.add_row("ratio fresh report / baseline replay (per run)", f"{report['fresh_ratio']:.2f}x")
    table.add_row("ratio report / baseline replay (per run)", f"{report['ratio']:.2f}x")
    table.add_row("ratio replay / baseline replay (per run)", f"{report['replay_ratio']:.2f}x")
    return table


if __name__ == "__main__":
    sys.exit(main())
