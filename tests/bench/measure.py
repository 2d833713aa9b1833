"""Timings of import and report against the plain-aggregate baseline, taken in turns in one process."""

from __future__ import annotations

import gc
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar
from uuid import UUID

from eventsourcing.application import Application

from adapters.collector import collector_paused
from adapters.dossier.loader import dump_dossier, load_dossiers
from adapters.persistence.store import open_reconciler
from domain.application import ExchangePlan, Reconciler
from domain.report import build_report
from tests.bench import baseline
from tests.bench.dossiers import Shape

T = TypeVar("T")

IMPORT_TARGET = 0.5
"""Our import at least half as fast as the baseline, event for event."""
REPORT_TARGET = 2.0
"""The report of the largest exchange at most twice the baseline's replay of as many events."""


@dataclass(frozen=True, slots=True)
class Run:
    """What to generate and how often to repeat each measurement."""

    shape: Shape
    rounds: int
    report_runs: int


@dataclass(frozen=True, slots=True)
class Store:
    """What one side wrote: events and their average stored size."""

    events: int
    bytes_per_event: float


@dataclass(slots=True)
class ImportRound:
    """One import of every dossier file by us, and of the same payloads by the baseline."""

    load: float = 0.0
    load_json: float = 0.0
    record: float = 0.0
    baseline: float = 0.0
    claims_recorded: int = 0
    processor: dict[str, float] = field(default_factory=dict)
    """The processor time of each part (load, load_json, record, baseline): on a shared machine, where other
    processes' work lengthens the wall time of both sides, it shows what each side itself spent."""

    @property
    def ours(self) -> float:
        """Loading the YAML files and recording them."""
        return self.load + self.record

    @property
    def ours_json(self) -> float:
        """Loading the same dossiers written as JSON, and recording them."""
        return self.load_json + self.record


@dataclass(slots=True)
class ReportRound:
    """One replay and report of the largest exchange, and the baseline's replay of as many events."""

    replay: float = 0.0
    build: float = 0.0
    report: float = 0.0
    baseline: float = 0.0


@dataclass(slots=True)
class Measurements:
    """Every round of every measurement, and what both stores hold."""

    files: int
    file_bytes: int
    largest_events: int
    ours: Store | None = None
    theirs: Store | None = None
    imports: list[ImportRound] = field(default_factory=list)
    reports: list[ReportRound] = field(default_factory=list)


def write_dossiers(plans: Sequence[ExchangePlan], folder: Path, suffix: str = ".yaml") -> list[Path]:
    """One dossier per exchange (YAML, or JSON with suffix '.json'), as `recon import` would read them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, plan in enumerate(plans, start=1):
        path = folder / f"{index:03d}-{plan.agreement.slug}{suffix}"
        path.write_text(dump_dossier(plan, suffix), encoding="utf-8")
        paths.append(path)
    return paths


def measure(run: Run, plans: Sequence[ExchangePlan], workdir: Path, log: Callable[[str], None]) -> Measurements:
    """Import in alternating turns on fresh SQLite files, then time reports and replays of the largest exchange."""
    if run.rounds < 1 or run.report_runs < 1:
        raise ValueError("every measurement needs at least one run")
    files = write_dossiers(plans, workdir / "dossiers")
    json_files = write_dossiers(plans, workdir / "dossiers-json", ".json")
    work = baseline.batches(plans)
    largest = max(range(len(plans)), key=lambda index: len(plans[index].claims))
    slug = plans[largest].agreement.slug
    found = Measurements(len(files), sum(path.stat().st_size for path in files), len(work[largest].items) + 1)
    # The generated plans stay in memory throughout; frozen, they do not slow either side's garbage collection.
    gc.collect()
    gc.freeze()
    opened: list[Application[UUID]] = []
    try:
        for number in range(run.rounds):
            log(f"import round {number + 1} of {run.rounds}")
            ours, theirs, ids, result = _import_round(number, files, json_files, work, workdir / f"round-{number}")
            opened += [ours, theirs]
            found.imports.append(result)
        last = workdir / f"round-{run.rounds - 1}"
        found.ours, found.theirs = _store(last / "bench.sqlite3"), _store(last / "baseline.sqlite3")
        log(f"report of {slug}, {run.report_runs} runs after a warm-up")
        runs = [_report_round(n, ours, slug, theirs, ids[largest]) for n in range(run.report_runs + 1)]
        found.reports = runs[1:]
    finally:
        for app in opened:
            app.close()
        gc.unfreeze()
    return found


def _import_round(
    number: int, files: Sequence[Path], json_files: Sequence[Path], work: Sequence[baseline.Batch], folder: Path
) -> tuple[Reconciler, Application[UUID], list[UUID], ImportRound]:
    """Both sides import everything into fresh files, dossier by dossier in turns, so noise falls on both alike."""
    folder.mkdir(parents=True, exist_ok=True)
    ours = open_reconciler(f"sqlite:///{folder / 'bench.sqlite3'}")
    theirs = baseline.open_baseline(folder / "baseline.sqlite3")
    result, ids = ImportRound(), list[UUID]()
    for index, (path, json_path, batch) in enumerate(zip(files, json_files, work, strict=True)):
        turns = [
            partial(_import, ours, path, result),
            partial(_load_json, json_path, result),
            partial(_save, theirs, batch, result, ids),
        ]
        for turn in turns if (number + index) % 2 == 0 else turns[::-1]:
            turn()
    return ours, theirs, ids, result


def _import(app: Reconciler, path: Path, result: ImportRound) -> None:
    """One `recon import` of one file: load it, then record its plans in one transaction, with the cycle collector
    held off as `recon import` holds it (the baseline's time is the same either way: it keeps few new objects)."""
    with collector_paused():
        started, started_cpu = time.perf_counter(), time.process_time()
        plans = load_dossiers([path])
        loaded, loaded_cpu = time.perf_counter(), time.process_time()
        outcomes = app.record_plans(plans)
        recorded, recorded_cpu = time.perf_counter(), time.process_time()
    result.load += loaded - started
    result.record += recorded - loaded
    _add(result, "load", loaded_cpu - started_cpu)
    _add(result, "record", recorded_cpu - loaded_cpu)
    result.claims_recorded += sum(outcome.claims_recorded for outcome in outcomes)


def _load_json(path: Path, result: ImportRound) -> None:
    """Loading the same dossier written as JSON; recording it would be the same work as for the YAML file."""
    with collector_paused():
        started, started_cpu = time.perf_counter(), time.process_time()
        load_dossiers([path])
        result.load_json += time.perf_counter() - started
        _add(result, "load_json", time.process_time() - started_cpu)


def _add(result: ImportRound, part: str, seconds: float) -> None:
    result.processor[part] = result.processor.get(part, 0.0) + seconds


def _save(app: Application[UUID], batch: baseline.Batch, result: ImportRound, ids: list[UUID]) -> None:
    started, started_cpu = time.perf_counter(), time.process_time()
    ids.extend(baseline.save_batches(app, [batch]))
    result.baseline += time.perf_counter() - started
    _add(result, "baseline", time.process_time() - started_cpu)


def _report_round(number: int, ours: Reconciler, slug: str, theirs: Application[UUID], dossier: UUID) -> ReportRound:
    """Our replay then build_report on it, our whole report, and the baseline's replay, in a rotating order."""
    result = ReportRound()

    def replay() -> None:
        result.replay, exchange = _timed(lambda: ours.exchange(slug))
        result.build, _ = _timed(lambda: build_report(exchange))

    def report() -> None:
        result.report, _ = _timed(lambda: ours.report(slug))

    def replay_baseline() -> None:
        result.baseline, _ = _timed(lambda: baseline.replay(theirs, dossier))

    turns = [replay, report, replay_baseline]
    for turn in turns[number % 3 :] + turns[: number % 3]:
        turn()
    return result


def _timed(action: Callable[[], T]) -> tuple[float, T]:
    gc.collect()
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def _store(path: Path) -> Store:
    connection = sqlite3.connect(path)
    try:
        events, size = connection.execute("SELECT count(*), avg(length(state)) FROM stored_events").fetchone()
    finally:
        connection.close()
    return Store(int(events), float(size))


def median(values: Sequence[float]) -> float:
    """The middle value: robust to the odd slow run on a shared machine."""
    return statistics.median(values)
