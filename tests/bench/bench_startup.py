"""`make bench`, start-up part: wall time of `recon --help`, `recon report`, `recon list` (each as text and JSON,
the report as Markdown too) and `recon extract` of a one-page statement (English and Ukrainian) against
`python -c pass`.

Every command runs as its own process, as a person or a script runs it, in turns with the bare interpreter so
that the machine's load at that moment falls on both. Compiled bytecode is kept in a temporary folder
(PYTHONPYCACHEPREFIX) and each command runs once before timing, as it would on an installed copy.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.bench.bench_extract import PAGE_WORDS, TARGET_WALL_S, TEMPLATES, statement

HELP_TARGET = 0.15
"""Seconds of wall time for `recon --help`."""
REPORT_TARGET = 0.3
"""Seconds of wall time for `recon report` of the shipped exchange, in each format, and for `recon list`."""
EXTRACT_TARGET = TARGET_WALL_S
"""Seconds of wall time for `recon extract` of a one-page statement, start-up included."""
EXTRACT = "recon extract (one page, {language})"


def main(argv: Sequence[str] | None = None) -> int:
    """Time the commands and print the figures; exits 0 even when a target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_startup", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (median is kept)")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="recon-bench-startup-") as folder:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        db = f"sqlite:///{Path(folder) / 'startup.sqlite3'}"
        _run([*_recon(), "--db", db, "demo"], env)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "recon --help": [*_recon(), "--help"],
            "recon report 1000-for-1000": [*_recon(), "--db", db, "report", "1000-for-1000"],
            "recon report 1000-for-1000 -f json": [*_recon(), "--db", db, "report", "1000-for-1000", "-f", "json"],
            "recon report 1000-for-1000 -f markdown": [
                *_recon(),
                "--db",
                db,
                "report",
                "1000-for-1000",
                "-f",
                "markdown",
            ],
            "recon list": [*_recon(), "--db", db, "list"],
            "recon list -f json": [*_recon(), "--db", db, "list", "-f", "json"],
        }
        for language in TEMPLATES:
            page = Path(folder) / f"page-{language}.txt"
            page.write_text(statement(PAGE_WORDS, language=language), encoding="utf-8")
            commands[EXTRACT.format(language=language)] = [*_recon(), "extract", str(page)]
        results = measure(commands, env, max(options.runs, 1))
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        show(results)
    return 0


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, Any]:
    """The median wall time of each command, taken in turns, and each target met or not."""
    for command in commands.values():
        _run(command, env)  # bytecode written, files in the page cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            started = time.perf_counter()
            _run(command, env)
            times[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(taken) for name, taken in times.items()}
    targets = {name: REPORT_TARGET for name in commands if name.startswith(("recon report", "recon list"))}
    targets["recon --help"] = HELP_TARGET
    targets.update({name: EXTRACT_TARGET for name in commands if name.startswith("recon extract")})
    bare = medians["python -c pass"]
    return {
        "seconds": medians,
        "times_bare": {name: seconds / bare for name, seconds in medians.items()},
        "load_average": os.getloadavg()[0],
        "targets": {
            name: {"target": target, "seconds": medians[name], "passed": medians[name] <= target}
            for name, target in targets.items()
        },
    }


def show(results: dict[str, Any]) -> None:
    """One line per command, then a PASS or FAIL line per target."""
    print(
        f"Start-up, wall time, median of runs, and times `python -c pass` (load average {results['load_average']:.2f}):"
    )
    for name, seconds in results["seconds"].items():
        print(f"  {name:<40} {seconds * 1000:7.0f} ms {results['times_bare'][name]:6.1f}x")
    for name, row in results["targets"].items():
        verdict = "PASS" if row["passed"] else "FAIL"
        print(f"{verdict}: {name} {row['seconds'] * 1000:.0f} ms (target at most {row['target'] * 1000:.0f} ms)")


def _recon() -> list[str]:
    """The console script beside this interpreter, as `make` installs it."""
    return [str(Path(sys.executable).with_name("recon"))]


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


if __name__ == "__main__":
    raise SystemExit(main())
