"""The casebook of real exchanges: every file has the casebook's shape, and together they hold every construct."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests.real_cases.schema import (
    About,
    AtLeast,
    AtMost,
    Between,
    Case,
    Construct,
    Count,
    Figures,
    Statement,
    case_files,
    load_case,
)

FOURTEEN = {
    "approximate",
    "bounds",
    "month_date",
    "qualitative",
    "in_addition",
    "nested_groups",
    "stage_without_headcount",
    "people_and_bodies",
    "competing_terms",
    "composite_terms",
    "planned_vs_delivered",
    "no_terms",
    "completion_conflict",
    "notes",
}


def cases() -> list[Case]:
    return [load_case(path) for path in case_files()]


def counts_of(figures: Figures | None) -> Iterator[Count]:
    if figures is None:
        return
    yield from (count for count in (figures.total, figures.cumulative) if count is not None)
    for breakdown in figures.breakdowns:
        yield from breakdown.parts.values()
    yield from (subset.count for subset in figures.subsets if subset.count is not None)


def statement_counts(case: Case) -> Iterator[Count]:
    for statement in case.statements:
        yield from counts_of(statement.figures)
        yield from counts_of(statement.planned)
    for terms in case.exchange.terms:
        yield from (
            count for count in (terms.each_side, terms.combined, *terms.per_direction.values()) if count is not None
        )


def has_headcount(statement: Statement) -> bool:
    figures = statement.figures
    return figures is not None and (figures.total is not None or any(counts_of(figures)))


def stages_without_headcount(case: Case) -> set[tuple[str, int | str]]:
    """Stages (of people or of bodies) that took place, yet no statement gave how many they moved."""
    stages: set[tuple[str, int | str]] = {(each.unit, each.stage) for each in case.statements if each.stage != "all"}
    counted: set[tuple[str, int | str]] = {(each.unit, each.stage) for each in case.statements if has_headcount(each)}
    return stages - counted


def terms_compete(case: Case) -> bool:
    """Two sources state the terms of one unit differently (not merely in other words)."""
    stated: dict[str, set[str]] = {}
    for terms in case.exchange.terms:
        content = terms.model_dump_json(include={"form", "each_side", "combined", "per_direction", "parts"})
        stated.setdefault(terms.unit, set()).add(content)
    return any(len(versions) > 1 for versions in stated.values())


def uses_bounds(case: Case) -> bool:
    return any(isinstance(count, AtLeast | AtMost | Between) for count in statement_counts(case))


def uses_nesting(case: Case) -> bool:
    figures = [statement.figures for statement in case.statements if statement.figures is not None]
    nested = any(subset.within for each in figures for subset in each.subsets)
    split = any(breakdown.within for each in figures for breakdown in each.breakdowns)
    return nested or split


def completion_conflicts(case: Case) -> bool:
    said = {statement.completion for statement in case.statements}
    return "declared" in said and bool(said & {"denied", "continuing"})


EVIDENCE: dict[Construct, Callable[[Case], bool]] = {
    Construct.APPROXIMATE: lambda case: any(isinstance(count, About) for count in statement_counts(case)),
    Construct.BOUNDS: uses_bounds,
    Construct.MONTH_DATE: lambda case: any(isinstance(each.published, str) for each in case.statements),
    Construct.QUALITATIVE: lambda case: any(each.figures and each.figures.qualitative for each in case.statements),
    Construct.IN_ADDITION: lambda case: any(
        subset.relation == "in_addition" for each in case.statements if each.figures for subset in each.figures.subsets
    ),
    Construct.NESTED_GROUPS: uses_nesting,
    Construct.STAGE_WITHOUT_HEADCOUNT: lambda case: bool(stages_without_headcount(case)),
    Construct.PEOPLE_AND_BODIES: lambda case: case.exchange.unit == "both",
    Construct.COMPETING_TERMS: terms_compete,
    Construct.COMPOSITE_TERMS: lambda case: any(terms.form == "composite" for terms in case.exchange.terms),
    Construct.PLANNED_VS_DELIVERED: lambda case: any(each.planned for each in case.statements),
    Construct.NO_TERMS: lambda case: any(terms.form == "not_announced" for terms in case.exchange.terms),
    Construct.COMPLETION_CONFLICT: completion_conflicts,
    Construct.NOTES: lambda case: any(each.notes for each in case.statements),
}


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.stem)
def test_each_file_has_the_casebook_shape_and_is_named_by_its_slug(path: Path) -> None:
    case = load_case(path)
    assert case.exchange.slug == path.stem


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.stem)
def test_each_exchange_took_place_between_2022_and_2025(path: Path) -> None:
    case = load_case(path)
    assert all(date(2022, 1, 1) <= day <= date(2025, 12, 31) for day in case.exchange.dates)


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.stem)
def test_each_statement_is_read_at_an_https_address(path: Path) -> None:
    assert all(statement.url.startswith("https://") for statement in load_case(path).statements)


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.stem)
def test_each_file_claims_exactly_the_constructs_its_statements_show(path: Path) -> None:
    case = load_case(path)
    shown = {construct for construct, evidence in EVIDENCE.items() if evidence(case)}
    assert set(case.constructs) == shown


@pytest.mark.parametrize("path", case_files(), ids=lambda path: path.stem)
def test_each_exchange_has_labelled_findings_and_what_checks_out(path: Path) -> None:
    case = load_case(path)
    assert case.expected_findings
    assert case.checks_out


def test_the_casebook_holds_at_least_eight_exchanges() -> None:
    assert len(case_files()) >= 8


def test_the_constructs_are_the_fourteen_of_the_format_request() -> None:
    assert {construct.value for construct in Construct} == FOURTEEN


def test_together_the_exchanges_exercise_every_construct() -> None:
    covered = {construct.value for case in cases() for construct in case.constructs}
    assert FOURTEEN - covered == set()


def test_both_a_lower_and_an_upper_bound_are_exercised() -> None:
    counts = [count for case in cases() for count in statement_counts(case)]
    assert any(isinstance(count, AtLeast) for count in counts)
    assert any(isinstance(count, AtMost | Between) for count in counts)


def test_a_range_whose_low_is_above_its_high_is_refused() -> None:
    with pytest.raises(ValidationError, match="low"):
        Between(low=12, high=10)


def test_a_statement_without_an_https_address_is_refused() -> None:
    with pytest.raises(ValidationError, match="https"):
        Statement(
            id="x",
            origin="Ukraine / President",
            url="http://example.org",
            published=date(2025, 5, 23),
            direction="to Ukraine",
            says="x",
        )


def test_an_origin_that_does_not_name_party_and_body_is_refused() -> None:
    with pytest.raises(ValidationError, match="Party / body"):
        Statement(
            id="x", origin="Reuters", url="https://example.org", published="2025-05", direction="to Ukraine", says="x"
        )
