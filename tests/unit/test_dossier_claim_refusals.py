"""A claim's malformed entry (its figures, stage, direction or source) is refused naming the entry, its line and
the problem."""

from __future__ import annotations

import pytest

from tests.small_dossier import edited, refusal

MALFORMED = [
    pytest.param(
        "      total: 100\n      breakdowns",
        "      total: 2.5\n      breakdowns",
        "claims[0].figures.total",
        16,
        "a count is a whole number, not 2.5",
        id="fractional count",
    ),
    pytest.param(
        "military: 60",
        "military: -60",
        "claims[0].figures.breakdowns.service.military",
        18,
        "a count cannot be negative, not -60",
        id="negative count",
    ),
    pytest.param(
        "      total: 100\n      breakdowns",
        "      total: '100'\n      breakdowns",
        "claims[0].figures.total",
        16,
        "a count is a whole number, not '100'",
        id="count written as text",
    ),
    pytest.param(
        "direction: to Ukraine",
        "direction: towards Ukraine",
        "claims[0].direction",
        13,
        "unknown direction 'towards Ukraine'",
        id="unknown direction",
    ),
    pytest.param(
        "direction: to Ukraine",
        "direction: to Poland",
        "claims[0].direction",
        13,
        "Poland is not a party to this exchange",
        id="direction to a party outside the exchange",
    ),
    pytest.param(
        "    source: tass\n    figures",
        "    figures",
        "claims[0].source",
        12,
        "source is missing",
        id="claim without a source",
    ),
    pytest.param(
        "    source: tass\n    figures",
        "    source: tas\n    figures",
        "claims[0].source",
        14,
        "unknown source 'tas'",
        id="unknown source key",
    ),
    pytest.param(
        "{name: Sakh.online, tier: aggregator}",
        "{name: Sakh.online}",
        "claims[1].source.tier",
        20,
        "tier is missing",
        id="source written in a claim without a tier",
    ),
    pytest.param(
        "tier: aggregator",
        "tier: blog",
        "claims[1].source.tier",
        20,
        "'blog' is not understood here; write official, established_media or aggregator",
        id="unknown tier",
    ),
    pytest.param(
        "      total: 100\n      breakdowns",
        "      totl: 100\n      breakdowns",
        "claims[0].figures.totl",
        16,
        "unknown key 'totl' (did you mean 'total'?)",
        id="misspelt key",
    ),
    pytest.param(
        "      total: 100\n      breakdowns",
        "      total: 100\n      within: military\n      breakdowns",
        "claims[0].figures.within",
        17,
        "unknown key 'within' here (it belongs to other entries)",
        id="a key of other entries",
    ),
    pytest.param(
        "service: {military: 60, civilian: 40}",
        "service: {military: 60, civilian: {about: 40}}",
        "claims[0].figures.breakdowns.service.civilian",
        18,
        "a count said with its uncertainty needs format: recon-dossier/2",
        id="a breakdown's part said with its uncertainty in version 1",
    ),
    pytest.param(
        "source: {name: Sakh.online, tier: aggregator}",
        "source: {name: Sakh.online, tier: aggregator, origin: Russia / Sakhalin}",
        "claims[1].source.origin",
        20,
        "`origin` needs format: recon-dossier/2",
        id="the origin of a source written in a claim in version 1",
    ),
    pytest.param("stage: 1", "stage: 0", "claims[0].stage", 12, "must be at least 1, not 0", id="stage zero"),
    pytest.param(
        "stage: 1", "stage: 1.5", "claims[0].stage", 12, "a stage is a whole number, not 1.5", id="fractional stage"
    ),
    pytest.param(
        "      total: 100\ncompletion",
        "      {}\ncompletion",
        "claims[1].figures",
        21,
        "a claim states at least one figure",
        id="claim stating no figure",
    ),
    pytest.param(
        "service: {military: 60, civilian: 40}",
        "service: 100",
        "claims[0].figures.breakdowns.service",
        18,
        "expected a mapping of keys and values, not 100",
        id="breakdown that is not a mapping",
    ),
    pytest.param(
        "service: {military: 60, civilian: 40}",
        "service: {complete: false, part: {military: 60}}",
        "claims[0].figures.breakdowns.service.part",
        18,
        "unknown key 'part' (did you mean 'parts'?)",
        id="misspelt key in a long form",
    ),
    pytest.param(
        "      total: 100\n      breakdowns",
        "      total: 100\n      total: 90\n      breakdowns",
        "claims[0].figures.total",
        17,
        "this key is written twice in one mapping (first on line 16)",
        id="key written twice",
    ),
    pytest.param(
        "      total: 100\n      breakdowns",
        "      total: 18446744073709551616\n      breakdowns",
        "claims[0].figures.total",
        16,
        "must be at most 100,000,000, not 18446744073709551616",
        id="count beyond the maximum",
    ),
    pytest.param(
        "  - stage: 1",
        "  - stage: 100001",
        "claims[0].stage",
        12,
        "must be at most 100,000, not 100001",
        id="stage beyond the maximum",
    ),
]


@pytest.mark.parametrize(("old", "new", "path", "line", "problem"), MALFORMED)
def test_malformed_input_is_refused_naming_the_entry_its_line_and_the_problem(
    old: str, new: str, path: str, line: int, problem: str
) -> None:
    error = refusal(edited(old, new))
    assert (error.file, error.path, error.line) == ("dossier.yaml", path, line)
    assert problem in error.message
