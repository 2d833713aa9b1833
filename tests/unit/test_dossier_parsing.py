"""Reading and writing dossiers in memory: shorthands, round trips, and refusals by path and line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
import yaml

from adapters.dossier.loader import DossierError, dump_dossier, read_dossier
from domain.errors import InvalidInputError
from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Subset, Target, Terms, Tier
from domain.plans import ExchangePlan

DOSSIER = """\
format: recon-dossier/1
exchange:
  id: test-swap
  title: Test swap
  parties: [Ukraine, Russia]
  terms:
    each side: 100
  source: tass
sources:
  tass: {name: TASS, tier: established_media, relays: Russia's Defence Ministry}
claims:
  - stage: 1
    direction: to Ukraine
    source: tass
    figures:
      total: 100
      breakdowns:
        service: {military: 60, civilian: 40}
  - direction: to Russia
    source: {name: Sakh.online, tier: aggregator}
    figures:
      total: 100
completion: [tass]
"""
"""A small, valid dossier; the refusal cases below edit one line of it and name the line they expect."""

TASS = Source(name="TASS", tier=Tier.ESTABLISHED_MEDIA, relays="Russia's Defence Ministry")
SAKH = Source(name="Sakh.online", tier=Tier.AGGREGATOR)


def edited(old: str, new: str) -> str:
    """DOSSIER with one passage replaced."""
    assert old in DOSSIER, old
    return DOSSIER.replace(old, new, 1)


def refusal(text: str, name: str = "dossier.yaml") -> DossierError:
    """The error reading `text` raises."""
    with pytest.raises(DossierError) as refused:
        read_dossier(text, name)
    return refused.value


def only_claim(figures_yaml: str, direction: str = "to Ukraine", stage: str = "stage: 1") -> Claim:
    """The one claim of a dossier whose claim has these figures (YAML lines indented by six spaces)."""
    text = DOSSIER.split("claims:")[0] + (
        f"claims:\n  - {stage}\n    direction: {direction}\n    source: tass\n    figures:\n{figures_yaml}"
    )
    (claim,) = read_dossier(text).claims
    return claim


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
        "{name: TASS, tier: established_media, relays",
        "{name: TASS, relays",
        "sources.tass.tier",
        10,
        "tier is missing",
        id="source in sources without a tier",
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
    pytest.param(
        "recon-dossier/1",
        "recon-dossier/3",
        "format",
        1,
        "unknown format 'recon-dossier/3'; this version reads recon-dossier/1 and recon-dossier/2",
        id="unknown format version",
    ),
    pytest.param("stage: 1", "stage: 0", "claims[0].stage", 12, "must be at least 1, not 0", id="stage zero"),
    pytest.param(
        "stage: 1", "stage: 1.5", "claims[0].stage", 12, "a stage is a whole number, not 1.5", id="fractional stage"
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


def test_bad_yaml_syntax_is_refused_at_the_line_where_reading_stopped() -> None:
    error = refusal(edited("  title: Test swap", "  title: Test swap\n bad: indentation"))
    assert (error.path, error.line) == ("", 5)
    assert "this is not valid YAML" in error.message


def test_the_first_problem_reported_is_the_one_nearest_the_top_of_the_file() -> None:
    text = edited("military: 60", "military: -60")
    text = text.replace("  id: test-swap", "  id: test-swap\n  titel: typo", 1)
    error = refusal(text)
    assert (error.path, error.line) == ("exchange.titel", 4)


@pytest.mark.parametrize(
    ("text", "found"), [("- a\n- b\n", "a list"), ("just words\n", "a single value"), ("# nothing\n", "empty")]
)
def test_a_dossier_that_is_not_a_mapping_is_refused(text: str, found: str) -> None:
    error = refusal(text)
    assert error.message.endswith(f"but this file is {found}")


def test_a_dossier_without_a_format_is_refused_asking_for_one() -> None:
    error = refusal(edited("format: recon-dossier/1\n", ""))
    assert (error.path, error.line) == ("format", 1)
    assert "format is missing" in error.message


def test_a_name_without_a_dossier_suffix_is_refused() -> None:
    error = refusal(DOSSIER, "dossier.txt")
    assert error.message.startswith("unsupported file type '.txt'")
    assert str(error) == f"dossier.txt: {error.message}"


def test_a_json_dossier_is_refused_at_the_line_of_the_entry_even_when_indented_with_tabs() -> None:
    data = {
        "format": "recon-dossier/1",
        "exchange": {
            "id": "json-swap",
            "title": "JSON swap",
            "parties": ["Ukraine", "Russia"],
            "terms": {"each side": 10},
            "source": {"name": "TASS", "tier": "established_media"},
        },
        "claims": [{"direction": "each side", "source": "tass", "figures": {"total": 2.5}}],
    }
    text = json.dumps(data, indent="\t")
    line = next(number for number, content in enumerate(text.splitlines(), 1) if '"total": 2.5' in content)
    error = refusal(text, "swap.json")
    assert (error.path, error.line) == ("claims[0].figures.total", line)


def test_bad_json_syntax_is_refused_at_its_line() -> None:
    error = refusal('{\n  "format": "recon-dossier/1",\n  "exchange": {,}\n}\n', "swap.json")
    assert error.line == 3
    assert "this is not valid JSON" in error.message


def test_a_key_written_twice_in_json_is_refused_at_its_second_line() -> None:
    error = refusal('{\n  "format": "recon-dossier/1",\n  "format": "recon-dossier/1"\n}\n', "swap.json")
    assert (error.path, error.line) == ("format", 3)


def test_an_impossible_date_is_refused_at_its_entry() -> None:
    error = refusal(edited("  source: tass\nsources", "  agreed_on: 2025-13-45\n  source: tass\nsources"))
    assert (error.path, error.line) == ("exchange.agreed_on", 8)
    assert error.message.startswith("2025-13-45 is not a real date")


def test_a_yaml_tag_asking_for_a_python_object_is_refused_not_constructed() -> None:
    error = refusal(edited("  id: test-swap", "  id: !!python/object/apply:os.getcwd []"))
    assert error.line == 3
    assert "could not determine a constructor" in error.message


def test_yaml_anchors_and_aliases_are_refused_because_a_few_lines_could_stand_for_billions() -> None:
    error = refusal(edited("  id: test-swap", "  id: &slug test-swap\n  venue: *slug"))
    assert (error.path, error.line) == ("exchange.id", 3)
    assert "anchors and aliases" in error.message


def test_json_nested_far_deeper_than_any_dossier_is_refused_not_a_crash() -> None:
    deep = '{"format": "recon-dossier/1", "notes": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(DossierError, match="nests lists or mappings too deeply") as refused:
        read_dossier(deep, "deep.json")
    assert str(refused.value).startswith("deep.json: ")


@pytest.mark.parametrize("name", ["long.json", "long.yaml"])
def test_a_number_with_thousands_of_digits_is_refused_at_its_path_and_line(name: str) -> None:
    text = DOSSIER.replace("total: 100\n      breakdowns", f"total: {'9' * 100_000}\n      breakdowns")
    if name.endswith(".json"):
        text = json.dumps(_yaml_as_data(DOSSIER), indent=2).replace('"total": 100,', f'"total": {"9" * 100_000},')
    with pytest.raises(DossierError, match="this number has 100,000 digits") as refused:
        read_dossier(text, name)
    assert refused.value.path == "claims[0].figures.total"
    assert refused.value.line is not None


def test_a_nul_character_in_yaml_is_refused_with_its_line() -> None:
    text = DOSSIER.replace("title: Test swap", "title: Test\x00swap")
    with pytest.raises(DossierError, match="the character U\\+0000 is not allowed") as refused:
        read_dossier(text, "nul.yaml")
    assert refused.value.line == 4


def _yaml_as_data(text: str) -> object:
    return yaml.safe_load(text)
