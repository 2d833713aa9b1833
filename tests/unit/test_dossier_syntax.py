"""Text that is not a dossier at all (bad YAML or JSON, a tag, an alias, a number of thousands of digits, the wrong
suffix) is refused at its line, never constructed or crashed on."""

from __future__ import annotations

import json

import pytest
import yaml

from adapters.dossier.loader import DossierError, read_dossier
from tests.small_dossier import DOSSIER, edited, refusal


def test_bad_yaml_syntax_is_refused_at_the_line_where_reading_stopped() -> None:
    error = refusal(edited("  title: Test swap", "  title: Test swap\n bad: indentation"))
    assert (error.path, error.line) == ("", 5)
    assert "this is not valid YAML" in error.message


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
