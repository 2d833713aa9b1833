"""Upgrading a version 1 dossier to version 2 keeps its meaning: the same plan, the same events, the same report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from adapters.dossier.loader import DossierError, dump_dossier, read_dossier
from adapters.dossier.upgrade import upgrade_file, upgrade_text
from adapters.persistence.store import open_reconciler
from domain.plans import ExchangePlan
from tests.event_strategies import agreements, claims

VERSION_1 = Path(__file__).parent.parent / "dossiers" / "1000-for-1000-v1.yaml"
"""The shipped "1,000 for 1,000" as it was written in version 1, kept to show the upgrade keeps its meaning."""


def recorded(plan: ExchangePlan) -> tuple[list[tuple[str, dict[str, Any]]], Any]:
    """The events recording the plan gives (without the times they were recorded) and the report."""
    reconciler = open_reconciler("memory:")
    reconciler.record_plans([plan])
    slug = plan.agreement.slug
    events = [
        (type(event).__name__, {k: v for k, v in vars(event).items() if k not in ("timestamp", "originator_id")})
        for event in reconciler.history(slug)
    ]
    return events, reconciler.report(slug).model_dump()


def test_the_version_1_shipped_exchange_upgrades_to_the_same_events_and_report() -> None:
    text = VERSION_1.read_text(encoding="utf-8")
    upgraded = upgrade_file(VERSION_1)
    changed = [(a, b) for a, b in zip(text.splitlines(), upgraded.splitlines(), strict=True) if a != b]
    assert changed == [("format: recon-dossier/1", "format: recon-dossier/2")]
    assert recorded(read_dossier(upgraded, "x.yaml")) == recorded(read_dossier(text, "x.yaml"))


@st.composite
def plans(draw: st.DrawFn) -> ExchangePlan:
    agreement = draw(agreements("generated"))
    # Mediators and an origin are version 2 keys: without them twice as many plans dump as version 1, so that the
    # test below rarely runs out of plans it can upgrade.
    source = agreement.source.model_copy(update={"origin": None})
    agreement = agreement.model_copy(update={"mediators": (), "source": source})
    found = draw(st.lists(claims(agreement.parties), max_size=4))
    return ExchangePlan(agreement=agreement, claims=tuple(found))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(plan=plans())
def test_a_generated_version_1_dossier_upgrades_to_the_same_plan_events_and_report(plan: ExchangePlan) -> None:
    try:
        text = dump_dossier(plan)
        before = read_dossier(text, "generated.yaml")
    except DossierError:
        before = None  # a plan no dossier can hold (a group drawn from a part no claim names)
    # Only plans that a version 1 dossier can write are upgraded; one using a version 2 key dumps as version 2.
    assume(before is not None and "format: recon-dossier/1" in text)
    assert before is not None
    upgraded = upgrade_text(text, "generated.yaml")
    assert read_dossier(upgraded, "generated.yaml") == before
    assert recorded(read_dossier(upgraded, "generated.yaml")) == recorded(before)


def test_a_version_2_dossier_is_refused_at_its_format_line() -> None:
    with pytest.raises(DossierError) as refused:
        upgrade_text(upgrade_file(VERSION_1), "istanbul.yaml")
    assert str(refused.value) == (
        "istanbul.yaml:4: format: this dossier is already recon-dossier/2; there is nothing to upgrade"
    )


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(DossierError, match="no such file"):
        upgrade_file(tmp_path / "absent.yaml")


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("format: recon-dossier/1\nvenue: Bras\xedlia\n".encode("latin-1"))
    with pytest.raises(DossierError, match="not UTF-8"):
        upgrade_file(path)


def test_a_malformed_version_1_dossier_is_refused_at_its_line_as_an_import_would() -> None:
    text = VERSION_1.read_text(encoding="utf-8").replace("total: 390", "total: -390", 1)
    with pytest.raises(DossierError) as refused:
        upgrade_text(text, "istanbul.yaml")
    assert "claims[0].figures.total" in str(refused.value)
    assert "negative" in str(refused.value)


def test_a_group_whose_base_no_claim_names_is_refused_before_anything_is_written() -> None:
    text = VERSION_1.read_text(encoding="utf-8").replace(
        "service: {military: 270, civilian: 120}\n        sex: {men: 387, women: 3}",
        "service: {military: 270, civilian: 120}\n        sex: {men: 387, women: 3}\n"
        "      subsets:\n        officers: {count: 12, within: marines}",
        1,
    )
    read_dossier(text, "istanbul.yaml")  # version 1 does not check the bases its groups name
    with pytest.raises(DossierError) as refused:
        upgrade_text(text, "istanbul.yaml")
    assert "as version 2 this dossier would be refused" in str(refused.value)
    assert "marines" in str(refused.value)
