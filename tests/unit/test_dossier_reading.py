"""Reading dossiers in memory: the agreement, terms, breakdowns and groups in their short and long forms, and round
trips through writing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from adapters.dossier.loader import dump_dossier, read_dossier
from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Subset, Target, Terms, Tier
from domain.plans import ExchangePlan
from tests.small_dossier import DOSSIER, SAKH, TASS, edited, only_claim


def rich_plan() -> ExchangePlan:
    """A plan using every shape the format can express."""
    kyiv = timezone(timedelta(hours=3))
    published = Source(
        name="Ukrainska Pravda",
        tier=Tier.ESTABLISHED_MEDIA,
        url="https://www.pravda.com.ua/eng/news/2025/05/23/7513734/",
        published=datetime(2025, 5, 23, 14, 30, tzinfo=kyiv),
        relays="the Coordination Headquarters",
    )
    same_outlet_other_day = published.model_copy(update={"published": date(2025, 5, 24)})
    agreement = Agreement(
        slug="odd-swap",
        title="Yes: 1,000 for 1,000 # not a comment",
        parties=("Ukraine", "Russia"),
        terms=Terms(targets={"Ukraine": Target(kind="at_least", count=50), "Russia": Target(kind="unspecified")}),
        unit="bodies",
        agreed_on=date(2025, 5, 16),
        venue="Istanbul",
        source=TASS,
        announced_at=datetime(2025, 5, 16, 18, 0, tzinfo=UTC),
    )
    claims = (
        Claim(
            stage=1,
            direction=Direction.to("Ukraine"),
            source=published,
            took_place_on=date(2025, 5, 23),
            note="Two lines:\nthe second one.",
            figures=Figures(
                total=390,
                cumulative=390,
                breakdowns=(
                    Breakdown(dimension="service", parts={"military": 270, "civilian": 120}),
                    Breakdown(dimension="branch", parts={"marines": 40}, complete=False, within="military"),
                    Breakdown(dimension="odd", parts={"parts": 1, "complete": 2}),
                ),
                subsets=(
                    Subset(name="mariupol_defenders", count=27),
                    Subset(name="officers", count=3, within="military"),
                ),
            ),
        ),
        Claim(stage=2, direction=Direction.parse("each side"), source=same_outlet_other_day, figures=Figures(total=0)),
        Claim(direction=Direction.parse("combined"), source=SAKH, figures=Figures(cumulative=780)),
    )
    return ExchangePlan(agreement=agreement, claims=claims, completions=(SAKH, TASS))


def test_a_dossier_builds_the_agreement_its_claims_and_its_completions() -> None:
    plan = read_dossier(DOSSIER)
    assert plan.agreement.slug == "test-swap"
    assert plan.agreement.parties == ("Ukraine", "Russia")
    assert plan.agreement.source == TASS
    assert plan.agreement.unit == "people"
    assert [claim.source for claim in plan.claims] == [TASS, SAKH]
    assert plan.claims[0].figures.values() == {"total": 100, "service:military": 60, "service:civilian": 40}
    assert plan.completions == (TASS,)


def test_each_side_terms_promise_the_same_exact_number_to_both_parties() -> None:
    terms = read_dossier(DOSSIER).agreement.terms
    assert terms.targets == {"Ukraine": Target(kind="exactly", count=100), "Russia": Target(kind="exactly", count=100)}
    assert terms.symmetric


def test_terms_may_promise_at_least_a_number_or_no_number_to_each_party() -> None:
    text = edited("    each side: 100", "    to Ukraine: {at_least: 50}\n    to Russia: all")
    assert read_dossier(text).agreement.terms.targets == {
        "Ukraine": Target(kind="at_least", count=50),
        "Russia": Target(kind="unspecified"),
    }


def test_all_for_all_terms_set_no_numeric_target_for_either_side() -> None:
    text = edited("  terms:\n    each side: 100", "  terms: all for all")
    targets = read_dossier(text).agreement.terms.targets
    assert targets == {"Ukraine": Target(kind="unspecified"), "Russia": Target(kind="unspecified")}


def test_a_breakdown_in_short_form_is_complete_and_divides_the_total() -> None:
    claim = only_claim("      breakdowns:\n        sex: {men: 387, women: 3}\n")
    assert claim.figures.breakdowns == (Breakdown(dimension="sex", parts={"men": 387, "women": 3}),)


def test_a_breakdown_in_long_form_keeps_what_it_divides_and_whether_it_is_complete() -> None:
    claim = only_claim("      breakdowns:\n        branch: {within: military, complete: false, parts: {marines: 4}}\n")
    expected = Breakdown(dimension="branch", parts={"marines": 4}, complete=False, within="military")
    assert claim.figures.breakdowns == (expected,)


def test_subsets_are_written_by_name_or_in_long_form_with_what_they_lie_within() -> None:
    claim = only_claim(
        "      subsets:\n        mariupol_defenders: 27\n        officers: {count: 3, within: military}\n"
    )
    assert claim.figures.subsets == (
        Subset(name="mariupol_defenders", count=27),
        Subset(name="officers", count=3, within="military"),
    )


def test_breakdowns_and_subsets_may_also_be_written_as_lists_of_long_forms() -> None:
    claim = only_claim(
        "      breakdowns:\n        - {dimension: service, complete: false, parts: {military: 307}}\n"
        "      subsets:\n        - {name: mariupol_defenders, count: 27}\n"
    )
    assert claim.figures.breakdowns == (Breakdown(dimension="service", parts={"military": 307}, complete=False),)
    assert claim.figures.subsets == (Subset(name="mariupol_defenders", count=27),)


@pytest.mark.parametrize("stage", ["stage: all", "stage: ~", "note: no stage given"])
def test_a_claim_with_stage_all_or_no_stage_is_about_the_whole_exchange(stage: str) -> None:
    assert only_claim("      total: 1000\n", stage=stage).stage is None


def test_a_direction_may_name_a_party_in_any_letter_case() -> None:
    assert only_claim("      total: 1\n", direction="To ukraine").direction == Direction.to("Ukraine")


def test_dumping_a_plan_and_reading_it_back_gives_an_equal_plan() -> None:
    plan = rich_plan()
    assert read_dossier(dump_dossier(plan)) == plan


def test_a_dumped_dossier_uses_source_keys_and_the_short_forms() -> None:
    text = dump_dossier(read_dossier(DOSSIER))
    assert "source: tass\n" in text
    assert "service: {military: 60, civilian: 40}" in text
    assert "each side: 100" in text
    assert read_dossier(text) == read_dossier(DOSSIER)


def test_a_json_dossier_reads_dates_from_text() -> None:
    data = {
        "format": "recon-dossier/1",
        "exchange": {
            "id": "json-swap",
            "title": "JSON swap",
            "parties": ["Ukraine", "Russia"],
            "terms": {"each side": 10},
            "agreed_on": "2025-05-16",
            "source": {"name": "TASS", "tier": "established_media", "published": "2025-05-23T10:00:00Z"},
        },
        "claims": [{"stage": 1, "direction": "each side", "source": "tass", "figures": {"total": 10}}],
        "sources": {"tass": {"name": "TASS", "tier": "established_media"}},
    }
    plan = read_dossier(json.dumps(data, indent=2), "swap.json")
    assert plan.agreement.agreed_on == date(2025, 5, 16)
    assert plan.agreement.source.published == datetime(2025, 5, 23, 10, 0, tzinfo=UTC)
    assert plan.claims[0].direction == Direction.parse("each side")
