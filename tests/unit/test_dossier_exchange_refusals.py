"""A malformed exchange, source, completion or format is refused naming the entry, its line and the problem; how a
refusal reads."""

from __future__ import annotations

import pytest

from domain.errors import InvalidInputError
from tests.small_dossier import edited, refusal

MALFORMED = [
    pytest.param(
        "{name: TASS, tier: established_media, relays",
        "{name: TASS, relays",
        "sources.tass.tier",
        10,
        "tier is missing",
        id="source in sources without a tier",
    ),
    pytest.param(
        "completion: [tass]",
        "completed: [tass]",
        "completed",
        23,
        "unknown key 'completed'",
        id="unknown top-level key",
    ),
    pytest.param(
        "completion: [tass]",
        "completion: [{source: tass, unit: bodies}]",
        "completion[0].unit",
        23,
        "`unit` (the completion of one unit) needs format: recon-dossier/2",
        id="a completion's unit in version 1",
    ),
    pytest.param(
        "completion: [tass]",
        "completion: [{source: tass, unit: ashes}]",
        "completion[0].unit",
        23,
        "ashes",
        id="a completion of a unit recon does not count",
    ),
    pytest.param(
        "recon-dossier/1",
        "recon-dossier/3",
        "format",
        1,
        "unknown format 'recon-dossier/3'; this version reads recon-dossier/1 and recon-dossier/2",
        id="unknown format version",
    ),
    pytest.param(
        "each side: 100",
        "to Poland: 100",
        "exchange.terms.to Poland",
        7,
        "Poland is not a party to this exchange",
        id="terms for a party outside the exchange",
    ),
    pytest.param(
        "each side: 100",
        "each side: -1",
        "exchange.terms.each side",
        7,
        "a count cannot be negative, not -1",
        id="negative target",
    ),
    pytest.param(
        "each side: 100",
        "combined: 100",
        "exchange.terms.combined",
        7,
        "terms set a target per party",
        id="combined terms",
    ),
    pytest.param(
        "[Ukraine, Russia]",
        "[Ukraine, Ukraine]",
        "exchange.parties",
        5,
        "an exchange has two different parties",
        id="the same party twice",
    ),
    pytest.param(
        "[Ukraine, Russia]",
        "[Ukraine]",
        "exchange.parties",
        5,
        "an item is missing",
        id="one party only",
    ),
    pytest.param(
        "id: test-swap", "id: Test Swap", "exchange.id", 3, "'Test Swap' is not a usable id", id="unusable id"
    ),
    pytest.param(
        "    each side: 100",
        "    each side: 100000000000000000000",
        "exchange.terms.each side",
        7,
        "must be at most 100,000,000",
        id="target beyond the maximum",
    ),
]


@pytest.mark.parametrize(("old", "new", "path", "line", "problem"), MALFORMED)
def test_malformed_input_is_refused_naming_the_entry_its_line_and_the_problem(
    old: str, new: str, path: str, line: int, problem: str
) -> None:
    error = refusal(edited(old, new))
    assert (error.file, error.path, error.line) == ("dossier.yaml", path, line)
    assert problem in error.message


def test_the_error_reads_file_line_path_and_problem() -> None:
    error = refusal(
        edited("      total: 100\n      breakdowns", "      total: 2.5\n      breakdowns"), "dossiers/x.yaml"
    )
    assert str(error) == "dossiers/x.yaml:16: claims[0].figures.total: a count is a whole number, not 2.5"


def test_a_dossier_error_is_invalid_input_whose_field_is_the_entry_path() -> None:
    error = refusal(edited("direction: to Ukraine", "direction: to Poland"))
    assert isinstance(error, InvalidInputError)
    assert error.field == "claims[0].direction"


def test_the_first_problem_reported_is_the_one_nearest_the_top_of_the_file() -> None:
    text = edited("military: 60", "military: -60")
    text = text.replace("  id: test-swap", "  id: test-swap\n  titel: typo", 1)
    error = refusal(text)
    assert (error.path, error.line) == ("exchange.titel", 4)
