"""The findings view on real SQLite files: filled from imports, resumed after a crash, rebuilt from scratch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.persistence import IntegrityError, Tracking

from adapters.dossier.loader import load_dossiers, shipped_dossier, shipped_dossiers
from adapters.findings.projection import FindingsProjection
from adapters.findings.rows import ExchangeEntry, ExchangeFinding, FindingsQuery
from adapters.findings.runner import FindingsRunner, catch_up, open_findings
from adapters.findings.view import ViewChange
from adapters.persistence.store import open_reconciler
from adapters.settings import findings_url, projection_env
from domain.amounts import Amount
from domain.application import Reconciler
from domain.errors import InvalidInputError
from domain.exchange import exchange_id
from domain.findings import Severity
from domain.report import FindingLine
from tests.bench.dossiers import Shape, generate

pytestmark = pytest.mark.integration

ISTANBUL = """\
format: recon-dossier/1
exchange:
  id: istanbul-2025
  title: Istanbul, May 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2025-05-23}
  tass: {name: TASS, tier: established_media, published: 2025-05-23}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures: {total: 390, breakdowns: {service: {military: 271, civilian: 120}}}
  - {stage: 1, direction: to Russia, source: tass, figures: {total: 389}}
"""
GENEVA = """\
format: recon-dossier/1
exchange:
  id: geneva-2024
  title: Geneva, 2024
  parties: [Ukraine, Russia]
  terms: {each side: 100}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2024-03-01}
claims:
  - {stage: 1, direction: to Ukraine, source: ministry, figures: {total: 60, subsets: {mariupol_defenders: 70}}}
  - {stage: 2, direction: to Ukraine, source: ministry, figures: {total: 50, cumulative: 111}}
"""
BREAKDOWN = "breakdown-sum/1/to Ukraine/service"


@pytest.fixture
def store(tmp_path: Path) -> str:
    (tmp_path / "var").mkdir()
    return f"sqlite:///{tmp_path / 'var' / 'recon.sqlite3'}"


@pytest.fixture
def app(store: str) -> Iterator[Reconciler]:
    reconciler = open_reconciler(store)
    yield reconciler
    reconciler.close()


def import_dossiers(app: Reconciler, tmp_path: Path, *texts: str) -> None:
    paths = [Path(shipped_dossier())]
    for number, text in enumerate(texts):
        path = tmp_path / f"dossier-{number}.yaml"
        path.write_text(text)
        paths.append(path)
    app.record_plans(load_dossiers(paths))


def snapshot(runner: FindingsRunner) -> tuple[list[ExchangeFinding], list[ExchangeEntry], int]:
    return runner.view.findings(FindingsQuery()), runner.view.exchanges(), runner.position


def caught_up(store: str, rebuild: bool = False) -> tuple[list[ExchangeFinding], list[ExchangeEntry], int]:
    with open_findings(store, rebuild=rebuild) as runner:
        catch_up(runner)
        return snapshot(runner)


def assert_as_reported(app: Reconciler, found: list[ExchangeFinding]) -> None:
    """Every exchange's findings in the view are the findings its report lists, field by field."""
    for exchange in app.exchange_ids():
        ours = sorted((item.finding for item in found if item.exchange_id == exchange), key=_by_id)
        assert ours == sorted(app.report(exchange).findings, key=_by_id), app.exchange(exchange).agreement.slug


def _by_id(line: FindingLine) -> str:
    return line.id


def test_imports_fill_the_view_with_every_exchanges_findings(app: Reconciler, store: str, tmp_path: Path) -> None:
    import_dossiers(app, tmp_path, ISTANBUL, GENEVA)
    found, exchanges, position = caught_up(store)
    assert [entry.slug for entry in exchanges] == ["1000-for-1000", "geneva-2024", "istanbul-2025"]
    assert {(item.exchange, item.finding.rule) for item in found} >= {
        ("istanbul-2025", "breakdown-sum"),
        ("istanbul-2025", "reciprocity"),
        ("geneva-2024", "subset-within-base"),
        ("geneva-2024", "cumulative-sum"),
    }
    assert all(item.exchange != "1000-for-1000" for item in found)
    assert position == app.recorder.max_notification_id()
    assert_as_reported(app, found)


def test_acknowledging_and_reopening_reach_the_view(app: Reconciler, store: str, tmp_path: Path) -> None:
    import_dossiers(app, tmp_path, ISTANBUL)
    caught_up(store)
    app.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "correction requested")
    found, _, _ = caught_up(store)
    assert [item.finding.id for item in found if not item.open] == [BREAKDOWN]
    tass = next(s for s in app.exchange("istanbul-2025").claims.values() if s.claim.source.name == "TASS")
    ministry = next(s for s in app.exchange("istanbul-2025").claims.values() if s is not tass)
    corrected = ministry.claim.figures.model_copy(update={"total": 392})
    app.correct_claim("istanbul-2025", ministry.claim_id, corrected, "the ministry updated it", "Taras Melnyk")
    found, _, _ = caught_up(store)
    [reopened] = [item for item in found if item.finding.id == BREAKDOWN]
    assert reopened.open
    assert reopened.finding.acknowledgement is not None
    assert reopened.finding.acknowledgement.note == "correction requested"
    assert_as_reported(app, found)


def test_filters_select_from_the_stored_view(app: Reconciler, store: str, tmp_path: Path) -> None:
    import_dossiers(app, tmp_path, ISTANBUL, GENEVA)
    app.acknowledge_finding("istanbul-2025", BREAKDOWN, "Olena Kovalenko", "asked")
    with open_findings(store) as runner:
        catch_up(runner)
        view = runner.view
        assert {item.finding.id for item in view.findings(FindingsQuery(exchange="istanbul-2025"))} >= {BREAKDOWN}
        assert BREAKDOWN not in {item.finding.id for item in view.findings(FindingsQuery(open_only=True))}
        assert {item.exchange for item in view.findings(FindingsQuery(rule="cumulative-sum"))} == {"geneva-2024"}
        warnings = view.findings(FindingsQuery(severity=Severity.WARNING))
        assert warnings
        assert {item.finding.severity for item in warnings} == {Severity.WARNING}
        by_id = view.findings(FindingsQuery(exchange=str(exchange_id("geneva-2024"))))
        assert by_id == view.findings(FindingsQuery(exchange="geneva-2024"))


def test_the_store_and_the_view_each_have_their_own_file(app: Reconciler, store: str, tmp_path: Path) -> None:
    import_dossiers(app, tmp_path, ISTANBUL)
    caught_up(store)
    assert tables(tmp_path / "var" / "recon.sqlite3") == {"stored_events"}
    assert tables(tmp_path / "var" / "recon-findings.sqlite3") == {
        "tracking",
        "findings",
        "finding_exchanges",
        "unreadable_exchanges",
    }


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


class CrashError(Exception):
    """Stands for the process dying between two events."""


def crashing_after(events: int) -> type[FindingsProjection]:
    class Crashing(FindingsProjection):
        name = FindingsProjection.name

        def process_event(self, domain_event: Any, tracking: Tracking) -> None:
            if self.tally.events == events:
                raise CrashError(f"killed before notification {tracking.notification_id}")
            super().process_event(domain_event, tracking)

    return Crashing


def test_after_a_crash_it_resumes_from_the_tracked_position_and_equals_a_rebuild(
    app: Reconciler, store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_dossiers(app, tmp_path, ISTANBUL, GENEVA)
    monkeypatch.setattr("adapters.findings.projection.BATCH", 5)
    env = projection_env(store, findings_url(store), FindingsProjection.name)
    crashed = FindingsRunner(env, projection_class=crashing_after(13))
    with pytest.raises(CrashError):
        catch_up(crashed)
    assert crashed.position == 10, "events 11 to 13 were taken in but never written"
    del crashed
    with open_findings(store) as runner:
        catch_up(runner)
        resumed = snapshot(runner)
        tally = runner.projection.tally
    assert tally.events == resumed[2] - 10
    assert tally.replayed == 10, "the shipped exchange was met at its version 11"
    assert resumed == caught_up(store, rebuild=True)
    assert_as_reported(app, resumed[0])


def test_a_rebuild_from_scratch_equals_the_view_kept_up_to_date_step_by_step(
    app: Reconciler, store: str, tmp_path: Path
) -> None:
    import_dossiers(app, tmp_path, ISTANBUL)
    caught_up(store)
    import_dossiers(app, tmp_path, ISTANBUL, GENEVA)
    app.acknowledge_finding("geneva-2024", "cumulative-sum/2/to Ukraine/cumulative", "Olena Kovalenko", "asked")
    stepwise = caught_up(store)
    assert stepwise == caught_up(store, rebuild=True)


def test_a_change_is_written_with_its_position_or_not_at_all(store: str) -> None:
    with open_findings(store) as runner:
        view, exchange = runner.view, exchange_id("istanbul-2025")
        entry = ExchangeEntry(exchange, "istanbul-2025", "Istanbul, May 2025")
        view.record([ViewChange(exchange)], Tracking(runner.app_name, 5))
        with pytest.raises(IntegrityError):
            view.record([ViewChange(exchange, agreed=entry)], Tracking(runner.app_name, 5))
        assert (view.exchanges(), runner.position) == ([], 5)


@pytest.fixture
def reviewed(app: Reconciler, store: str) -> list[ExchangeFinding]:
    """Generated exchanges, viewed once, then corrected, retracted and acknowledged, and viewed again."""
    app.record_plans(generate(Shape(exchanges=6, claims=240, largest=80, seed=7)))
    caught_up(store)
    for exchange in list(app.exchange_ids())[:4]:
        states = list(app.exchange(exchange).claims.values())
        first, second = states[1], states[-1]
        total = first.claim.figures.total
        assert total is None or isinstance(total, int)
        figures = first.claim.figures.model_copy(update={"total": None if total is None else total + 3})
        app.correct_claim(exchange, first.claim_id, figures, "re-read the statement", "Taras Melnyk")
        app.retract_claim(exchange, second.claim_id, "wrong exchange", "Taras Melnyk")
        for line in app.report(exchange).findings[:2]:
            app.acknowledge_finding(exchange, line.id, "Olena Kovalenko", "explained")
    found, _, _ = caught_up(store)
    return found


def test_generated_exchanges_reviewed_keep_the_reports_findings_and_their_state(
    app: Reconciler, reviewed: list[ExchangeFinding]
) -> None:
    assert any(not item.open for item in reviewed)
    for exchange in app.exchange_ids():
        ours = sorted(_stated(item.finding) for item in reviewed if item.exchange_id == exchange)
        assert ours == sorted(_stated(line) for line in app.report(exchange).findings)


def _stated(line: FindingLine) -> tuple[Any, ...]:
    return line.id, line.severity, line.message, line.expected, line.found, line.difference, line.open


def test_generated_exchanges_reviewed_cite_the_same_evidence_as_their_reports(
    app: Reconciler, reviewed: list[ExchangeFinding]
) -> None:
    assert_as_reported(app, reviewed)


def test_the_view_lives_beside_the_store_unless_settings_say_otherwise(tmp_path: Path) -> None:
    assert findings_url("sqlite:///var/recon.sqlite3") == "sqlite:///var/recon-findings.sqlite3"
    assert findings_url("sqlite:///var/recon.sqlite3", "sqlite:///elsewhere.db") == "sqlite:///elsewhere.db"
    assert findings_url("memory:") == "memory:"
    assert findings_url("postgresql://recon:secret@db:5432/recon") == "sqlite:///var/recon-findings.sqlite3"
    store = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    with pytest.raises(InvalidInputError, match="a file of its own"):
        projection_env(store, store, FindingsProjection.name)
    with pytest.raises(InvalidInputError, match="cannot follow a store kept in memory"):
        projection_env("memory:", store, FindingsProjection.name)


def test_the_shipped_real_exchanges_reach_the_view_with_every_origin_and_every_count_as_said(
    app: Reconciler, store: str
) -> None:
    app.record_plans(load_dossiers(shipped_dossiers()))
    found, _, _ = caught_up(store)
    evidence = [item for finding in found for item in finding.finding.evidence]
    assert any(item.origin for item in evidence)
    assert any(isinstance(item.value, Amount) for item in evidence)
    assert_as_reported(app, found)
