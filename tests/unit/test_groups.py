"""Groups among their base or in addition to it, groups within groups, breakdowns of a group, and notes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from adapters.http.pages.claims import figures_text
from domain.exchange import Exchange
from domain.figures import Breakdown, Figures, NumberNote, Subset
from domain.findings import Check, Severity
from domain.ledger import build_ledger
from domain.rulebook import reconcile
from tests.builders import MINISTRY, PRAVDA, TASS, agreement, claim


def checks(exchange: Exchange, rule: str) -> dict[str, Check]:
    """One rule's checks by figure."""
    return {str(check.subject.figure): check for check in reconcile(build_ledger(exchange)) if check.rule == rule}


def exchange_of(*shown: Figures) -> Exchange:
    exchange = Exchange.agree(agreement())
    for number, figures in enumerate(shown):
        exchange.record(claim(1, figures, source=[MINISTRY, PRAVDA, TASS][number]))
    return exchange


def wounded_besides(total: int, exchanged: int, wounded: int) -> Figures:
    return Figures(
        total=total,
        subsets=(
            Subset(name="exchanged", count=exchanged),
            Subset(name="severely_wounded", count=wounded, relation="in_addition"),
        ),
    )


def test_a_group_in_addition_is_taken_out_of_what_the_groups_among_the_total_are_drawn_from() -> None:
    found = checks(exchange_of(wounded_besides(197, 175, 22)), "subset-within-base")
    assert found["subset:exchanged"].passed
    assert found["subset:exchanged"].message == (
        "exchanged 175 of total 197 less severely_wounded 22 in addition = 175: within its base"
    )
    assert found["subset:severely_wounded"].message == (
        "severely_wounded 22, in addition, of total 197: within its base"
    )


def test_a_group_among_the_total_that_overlaps_the_groups_in_addition_is_flagged() -> None:
    found = checks(exchange_of(wounded_besides(197, 180, 22)), "subset-within-base")["subset:exchanged"]
    assert (found.passed, found.expected, found.found, found.difference) == (False, "<= 175", "180", 5)


def test_nested_groups_are_each_checked_against_their_own_base_with_the_chain_named() -> None:
    nested = Figures(
        total=175,
        subsets=(
            Subset(name="mariupol_defenders", count=31),
            Subset(name="azovstal_defenders", count=40, within="mariupol_defenders"),
        ),
    )
    found = checks(exchange_of(nested), "subset-within-base")
    assert found["subset:mariupol_defenders"].passed
    assert not found["subset:azovstal_defenders"].passed
    assert found["subset:azovstal_defenders"].message == (
        "azovstal_defenders 40 of mariupol_defenders 31: exceeds its base by 9"
    )


def test_a_group_three_deep_names_the_groups_its_base_lies_within() -> None:
    nested = Figures(
        total=197,
        subsets=(
            Subset(name="exchanged", count=175),
            Subset(name="mariupol_defenders", count=31, within="exchanged"),
            Subset(name="azovstal_defenders", count=18, within="mariupol_defenders"),
        ),
    )
    found = checks(exchange_of(nested), "subset-within-base")["subset:azovstal_defenders"]
    assert found.message == "azovstal_defenders 18 of mariupol_defenders 31 (within exchanged): within its base"


def test_a_group_named_without_a_count_is_passed_over_to_the_group_it_lies_within() -> None:
    nested = Figures(
        total=100,
        subsets=(
            Subset(name="plant_defenders"),
            Subset(name="regiment", count=120, within="plant_defenders"),
        ),
    )
    found = checks(exchange_of(nested), "subset-within-base")
    assert "subset:plant_defenders" not in found
    assert (
        found["subset:regiment"].message == "regiment 120 of total 100 (within plant_defenders): exceeds its base by 20"
    )


def test_a_breakdown_of_a_group_must_make_up_that_group() -> None:
    split = Figures(
        subsets=(Subset(name="agency", count=86),),
        breakdowns=(Breakdown(dimension="agency_branch", within="agency", parts={"army": 55, "navy": 30}),),
    )
    found = checks(exchange_of(split), "category-breakdown")["agency_branch"]
    assert (found.passed, found.expected, found.found, found.difference) == (False, "= 86", "85", -1)


def test_sources_that_differ_on_among_or_in_addition_are_a_warning_naming_both_totals() -> None:
    among = Figures(subsets=(Subset(name="civilians", count=8),))
    besides = Figures(subsets=(Subset(name="civilians", count=8, relation="in_addition"),))
    found = checks(exchange_of(Figures(total=146), among, besides), "subset-within-base")["subset:civilians"]
    assert (found.passed, found.severity) == (False, Severity.WARNING)
    assert found.message.endswith("; the total in all is 146 if they are among it, 154 if in addition")
    assert {item.figure for item in found.evidence} == {"total", "subset:civilians"}


def test_sources_that_agree_the_group_is_in_addition_raise_nothing() -> None:
    twice = exchange_of(wounded_besides(197, 175, 22), wounded_besides(197, 175, 22))
    assert all(check.passed for check in checks(twice, "subset-within-base").values())


@pytest.mark.parametrize(
    ("subsets", "words"),
    [
        ([{"name": "a", "count": 1, "within": "b"}, {"name": "b", "count": 2, "within": "a"}], "a within b within a"),
        ([{"name": "a", "count": 1, "within": "a"}], "within itself"),
        ([{"name": "a", "count": 1, "within": "b", "relation": "in_addition"}], "in addition"),
    ],
)
def test_groups_in_a_cycle_or_in_addition_within_a_group_are_refused(
    subsets: list[dict[str, object]], words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        Figures.model_validate({"subsets": subsets})


def test_notes_are_kept_beside_a_claim_never_counted_and_leave_its_id_alone() -> None:
    plain = claim(1, Figures(total=146))
    noted = plain.model_copy(update={"notes": (NumberNote(value=68, meaning="the exchange's ordinal number"),)})
    assert noted.claim_id == plain.model_copy().claim_id
    with_notes, without = Exchange.agree(agreement()), Exchange.agree(agreement())
    with_notes.record(noted)
    without.record(plain)
    assert reconcile(build_ledger(with_notes)) == reconcile(build_ledger(without))


def test_a_claim_without_notes_or_groups_in_addition_is_stored_as_it_always_was() -> None:
    among = claim(1, Figures(total=307, subsets=(Subset(name="mariupol_defenders", count=27),)))
    stored = among.model_dump_json()
    assert '"subsets":[{"name":"mariupol_defenders","count":27,"within":null}]' in stored
    assert "relation" not in stored
    assert "notes" not in stored


def test_the_reading_room_reads_a_group_in_addition_within_a_group_or_without_a_count_aloud() -> None:
    shown = Figures(
        total=197,
        subsets=(
            Subset(name="severely_wounded", count=22, relation="in_addition"),
            Subset(name="exchanged", count=175),
            Subset(name="kursk_operation", within="exchanged"),
        ),
    )
    assert figures_text(shown) == [
        "total 197",
        "severely_wounded: 22, in addition",
        "exchanged: 175",
        "kursk_operation of the exchanged (no count)",
    ]


def test_claims_that_together_put_groups_in_a_cycle_get_an_error_instead_of_a_check() -> None:
    first = Figures(total=100, subsets=(Subset(name="a", count=10, within="b"),))
    second = Figures(subsets=(Subset(name="b", count=20, within="a"),))
    found = checks(exchange_of(first, second), "subset-within-base")
    assert (found["subset:a"].passed, found["subset:a"].severity) == (False, Severity.ERROR)
    assert (
        found["subset:a"].message == "a 10: the claims put the groups a within b within a in a cycle, so it has no base"
    )


def test_a_group_below_a_cycle_of_groups_without_a_count_is_not_checked_and_does_not_hang() -> None:
    first = Figures(total=100, subsets=(Subset(name="a", count=10, within="c"), Subset(name="c", within="d")))
    second = Figures(subsets=(Subset(name="d", within="c"),))
    assert "subset:a" not in checks(exchange_of(first, second), "subset-within-base")
