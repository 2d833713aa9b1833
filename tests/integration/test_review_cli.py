"""`recon correct`, `retract`, `complete` and `acknowledge` on a SQLite file, after importing the shipped dossier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

SLUG = "1000-for-1000"
PRAVDA = "c732ccd1-832f-5042-afba-215ff642d8aa"
"""Ukrainska Pravda's claim on stage 1, to Ukraine, in the shipped dossier: total 390 and its breakdowns."""
BREAKDOWN = "breakdown-sum/1/to Ukraine/service"
WHO = {"USER": "olena"}

INCONSISTENT = """\
format: recon-dossier/1
exchange:
  id: istanbul-2025
  title: Istanbul, May 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2025-05-23}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures: {total: 390, breakdowns: {service: {military: 260, civilian: 120}}}
"""
"""260 military and 120 civilians do not make up 390: one breakdown-sum finding."""


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A SQLite file holding the shipped dossier and a small inconsistent one."""
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    inconsistent = tmp_path / "istanbul.yaml"
    inconsistent.write_text(INCONSISTENT)
    answer = recon(url, "import", str(shipped_dossier()), str(inconsistent))
    assert answer.exit_code == 0, answer.output
    return url


def recon(store: str, *args: str, env: dict[str, str | None] | None = None) -> Result:
    """Run `recon --db STORE ARGS...` in-process, as the user olena unless `env` says otherwise."""
    return CliRunner().invoke(app, ["--db", store, *args], env={**WHO, **(env or {})})


def version(store: str, slug: str = SLUG) -> int:
    """The exchange's version, as `recon list` gives it."""
    listing = json.loads(recon(store, "list", "-f", "json").stdout)
    return next(int(item["version"]) for item in listing if item["slug"] == slug)


def refused(answer: Result, code: int, message: str) -> None:
    """The command failed with this exit code and an `error:` line starting with `message`, printing nothing else."""
    assert answer.exit_code == code, answer.output
    assert answer.stderr.startswith(message), answer.stderr
    assert answer.stdout == ""


@pytest.mark.parametrize("command", ["correct", "retract", "complete", "acknowledge"])
def test_each_command_has_help_with_examples(command: str) -> None:
    answer = CliRunner().invoke(app, [command, "--help"])
    assert answer.exit_code == 0
    assert f"Usage: recon {command}" in answer.stdout
    assert f"  recon {command} " in answer.stdout.split("Examples:")[1]


def test_correct_records_new_figures_by_a_claim_id_prefix_and_says_the_new_version(store: str) -> None:
    before = version(store)
    answer = recon(store, "correct", SLUG, PRAVDA[:8], "--figures", "{total: 391}", "--reason", "typo")
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == f"{SLUG}: corrected claim {PRAVDA} by olena (version {before + 1})\n"


def test_correct_reads_figures_in_the_dossier_shape_as_yaml_or_json(store: str) -> None:
    yaml = "{total: 390, breakdowns: {service: {military: 271, civilian: 119}}}"
    assert recon(store, "correct", SLUG, PRAVDA, "--figures", yaml, "--reason", "r").exit_code == 0
    as_json = '{"total": 390, "breakdowns": {"service": {"military": 271, "civilian": 119}}}'
    answer = recon(store, "correct", SLUG, PRAVDA, "--figures", as_json, "--reason", "r")
    assert answer.stdout.startswith(f"{SLUG}: nothing changed, claim {PRAVDA} already has these figures")


def test_correcting_with_the_same_figures_again_changes_nothing(store: str) -> None:
    arguments = ("correct", SLUG, PRAVDA, "--figures", "{total: 391}", "--reason", "typo", "--by", "ana")
    assert recon(store, *arguments).exit_code == 0
    answer = recon(store, *arguments)
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == (
        f"{SLUG}: nothing changed, claim {PRAVDA} already has these figures (version {version(store)})\n"
    )


@pytest.mark.parametrize(
    ("arguments", "env", "code", "message"),
    [
        (["--figures", "{total: -1}"], {}, 2, "error: --figures: total: a count cannot be negative, not -1"),
        (["--figures", "{totl: 3}"], {}, 2, "error: --figures: totl: unknown key 'totl' (did you mean 'total'?)"),
        (["--figures", "{}"], {}, 2, "error: --figures: a claim states at least one figure"),
        (["--figures", "390"], {}, 2, "error: --figures: expected a mapping like {total: 390"),
        (["--figures", "{total: 1}", "--reason", " "], {}, 2, "error: --reason: is empty"),
        (["--figures", "{total: 1}", "--announced", "May"], {}, 2, "error: --announced: 'May' is not a date or time"),
        (["--figures", "{total: 1}"], {"USER": None}, 2, "error: --by: say who decided this: give --by NAME"),
    ],
)
def test_correct_refuses_bad_input_naming_the_option(
    store: str, arguments: list[str], env: dict[str, str | None], code: int, message: str
) -> None:
    reason = [] if "--reason" in arguments else ["--reason", "typo"]
    refused(recon(store, "correct", SLUG, PRAVDA, *arguments, *reason, env=env), code, message)
    assert recon(store, "correct", SLUG, PRAVDA, "--figures", "{total: 390}", "--reason", "r").exit_code == 0


@pytest.mark.parametrize(
    ("claim", "exchange", "code", "message"),
    [
        ("1f12", SLUG, 2, "error: CLAIM_ID: '1f12' is not a claim id: write the id, or its first 8"),
        ("not-a-claim-id", SLUG, 2, "error: CLAIM_ID: 'not-a-claim-id' is not a claim id"),
        ("1f124711", SLUG, 3, f"error: CLAIM_ID: no claim 1f124711 in exchange {SLUG}"),
        (PRAVDA, "abu-dhabi", 3, "error: EXCHANGE: no exchange abu-dhabi"),
    ],
)
def test_an_unknown_claim_or_exchange_is_refused(
    store: str, claim: str, exchange: str, code: int, message: str
) -> None:
    refused(recon(store, "correct", exchange, claim, "--figures", "{total: 1}", "--reason", "r"), code, message)


def test_retract_withdraws_a_claim_and_the_same_retraction_again_changes_nothing(store: str) -> None:
    before = version(store)
    first = recon(store, "retract", SLUG, PRAVDA[:13], "--reason", "duplicate", "--announced", "2025-05-26")
    assert first.exit_code == 0, first.output
    assert first.stdout == f"{SLUG}: retracted claim {PRAVDA} by olena (version {before + 1})\n"
    again = recon(store, "retract", SLUG, PRAVDA, "--reason", "duplicate")
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(f"{SLUG}: nothing changed, claim {PRAVDA} was retracted by olena")
    assert version(store) == before + 1


def test_a_retracted_claim_cannot_be_retracted_for_another_reason_or_corrected(store: str) -> None:
    assert recon(store, "retract", SLUG, PRAVDA, "--reason", "duplicate").exit_code == 0
    conflict = f"error: CLAIM_ID: claim {PRAVDA} was retracted at version"
    refused(recon(store, "retract", SLUG, PRAVDA, "--reason", "other"), 4, conflict)
    refused(recon(store, "correct", SLUG, PRAVDA, "--figures", "{total: 1}", "--reason", "r"), 4, conflict)


def test_retract_refuses_an_empty_reason_and_a_missing_one(store: str) -> None:
    refused(recon(store, "retract", SLUG, PRAVDA, "--reason", ""), 2, "error: --reason: is empty")
    missing = recon(store, "retract", SLUG, PRAVDA)
    assert missing.exit_code == 2
    assert "--reason" in missing.stderr


@pytest.mark.parametrize("reason", ["", "   "])
def test_an_empty_reason_is_answered_with_what_to_write(store: str, reason: str) -> None:
    answer = recon(store, "retract", SLUG, PRAVDA, "--reason", reason)
    assert answer.exit_code == 2
    assert answer.stderr == (
        "error: --reason: is empty: say why in a few words, like --reason 'the source withdrew the figure'\n"
    )


@pytest.mark.parametrize(
    ("arguments", "what"),
    [
        (["acknowledge", SLUG, BREAKDOWN, "--note", ""], "--note: is empty: say in a few words why the finding stands"),
        (["acknowledge", SLUG, " ", "--note", "n"], "FINDING_ID: is empty: give the finding's id as"),
    ],
)
def test_each_empty_text_is_answered_with_what_to_write_there(store: str, arguments: list[str], what: str) -> None:
    answer = recon(store, *arguments)
    assert answer.exit_code == 2
    assert answer.stderr.startswith(f"error: {what}")


def test_complete_records_a_source_once_whichever_way_it_is_written(store: str) -> None:
    before = version(store)
    options = ("--source-name", "TASS", "--tier", "established_media", "--published", "2025-05-25")
    first = recon(store, "complete", SLUG, *options)
    assert first.exit_code == 0, first.output
    assert first.stdout == f"{SLUG}: TASS declared it complete (version {before + 1})\n"
    again = recon(store, "complete", SLUG, "--source", "{name: TASS, tier: established_media, published: 2025-05-25}")
    assert again.exit_code == 0, again.output
    assert again.stdout == f"{SLUG}: nothing changed, TASS declared it complete before (version {before + 1})\n"


def test_complete_records_the_unit_a_source_speaks_of(store: str) -> None:
    before = version(store)
    options = ("--source-name", "TASS", "--tier", "established_media", "--unit", "bodies")
    first = recon(store, "complete", SLUG, *options)
    assert first.exit_code == 0, first.output
    assert first.stdout == f"{SLUG}: TASS declared the bodies complete (version {before + 1})\n"
    continuing = ("--source-name", "RIA", "--tier", "official", "--says", "continuing", "--unit", "bodies")
    denied = recon(store, "complete", SLUG, *continuing)
    assert denied.exit_code == 0, denied.output
    assert denied.stdout == f"{SLUG}: RIA says the bodies continue (version {before + 2})\n"
    findings = recon(store, "findings", "--rule", "completion-agreement", "-f", "json")
    ids = [item["id"] for item in json.loads(findings.stdout)["findings"]]
    assert "completion-agreement/all/-/completion/bodies" in ids, ids
    refused(recon(store, "complete", SLUG, *options[:4], "--unit", "ashes"), 2, "error: --unit: unknown unit 'ashes'")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--source-name", "TASS", "--tier", "rumour"], "error: --tier: unknown tier 'rumour': choose official,"),
        (["--source-name", "TASS"], "error: --tier: give --tier"),
        (["--tier", "official"], "error: --source-name: say who said it"),
        (["--source-name", "TASS", "--tier", "official", "--published", "2025-13-01"], "error: --published: "),
        (["--source-name", "TASS", "--tier", "official", "--url", " "], "error: --url: is empty"),
        (["--source", "{name: TASS}"], "error: --source: tier: tier is missing"),
        (["--source", "{name: TASS, tier: official}", "--tier", "official"], "error: --source: give the source as"),
    ],
)
def test_complete_refuses_a_malformed_source_naming_the_option(store: str, arguments: list[str], message: str) -> None:
    refused(recon(store, "complete", SLUG, *arguments), 2, message)


def test_acknowledge_records_a_reviewers_note_once(store: str) -> None:
    before = version(store, "istanbul-2025")
    first = recon(store, "acknowledge", "istanbul-2025", BREAKDOWN, "--note", "the ministry rounds")
    assert first.exit_code == 0, first.output
    assert first.stdout == f"istanbul-2025: olena acknowledged {BREAKDOWN} (version {before + 1})\n"
    again = recon(store, "acknowledge", "istanbul-2025", BREAKDOWN, "--note", "the ministry rounds")
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith(f"istanbul-2025: nothing changed, olena acknowledged {BREAKDOWN} with this note")


@pytest.mark.parametrize(
    ("arguments", "env", "code", "message"),
    [
        (["breakdown-sum/9/to Ukraine/service", "--note", "n"], {}, 3, "error: FINDING_ID: exchange istanbul-2025 has"),
        ([BREAKDOWN, "--note", ""], {}, 2, "error: --note: is empty"),
        ([BREAKDOWN, "--note", "n"], {"USER": ""}, 2, "error: --by: say who decided this"),
    ],
)
def test_acknowledge_refuses_an_unknown_finding_and_bad_input(
    store: str, arguments: list[str], env: dict[str, str | None], code: int, message: str
) -> None:
    refused(recon(store, "acknowledge", "istanbul-2025", *arguments, env=env), code, message)


def test_the_timeline_shows_a_correction_with_who_and_why_and_an_acknowledged_finding_is_no_longer_open(
    store: str,
) -> None:
    assert [item["id"] for item in _open_findings(store)] == [BREAKDOWN]
    fixed = ("--figures", "{total: 391}", "--reason", "the statement said 391", "--by", "Olena Kovalenko")
    assert recon(store, "correct", SLUG, PRAVDA[:8], *fixed).exit_code == 0
    timeline = json.loads(recon(store, "timeline", SLUG, "-f", "json").stdout)["entries"]
    last = timeline[-1]
    assert last["event"] == "ClaimCorrected"
    assert "corrected by Olena Kovalenko (the statement said 391): total 391" in last["what"]
    text = recon(store, "timeline", SLUG).stdout
    assert "ClaimCorrected" in text

    assert recon(store, "acknowledge", "istanbul-2025", BREAKDOWN, "--note", "the ministry rounds").exit_code == 0
    assert BREAKDOWN not in [item["id"] for item in _open_findings(store)]
    listing = recon(store, "findings", "--open")
    assert listing.exit_code == 0, listing.output
    assert "breakdown-sum" not in listing.stdout


def _open_findings(store: str) -> list[dict[str, object]]:
    answer = recon(store, "findings", "--open", "-f", "json")
    assert answer.exit_code == 0, answer.output
    found: list[dict[str, object]] = json.loads(answer.stdout)["findings"]
    return found


def test_a_report_and_the_list_read_after_a_correction_show_it_though_the_read_models_were_current_before(
    store: str,
) -> None:
    assert recon(store, "project").exit_code == 0  # every read now answers from the rows in the file, until a write
    before = version(store)
    assert recon(store, "correct", SLUG, PRAVDA, "--figures", "{total: 391}", "--reason", "typo").exit_code == 0
    for _ in range(2):  # behind the events, then current again
        report = json.loads(recon(store, "report", SLUG, "-f", "json").stdout)
        assert report["exchange"]["version"] == version(store) == before + 1
