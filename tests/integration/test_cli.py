"""`recon` end to end: the real Typer app on a SQLite file, and once as the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier, shipped_dossiers
from domain.exchange import exchange_id
from domain.rulebook import RULES

pytestmark = pytest.mark.integration

DOSSIER = """\
format: recon-dossier/1
exchange:
  id: istanbul-2025
  title: Istanbul, May 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  venue: Istanbul
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2025-05-23}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures:
      total: 390
      breakdowns:
        service: {military: MILITARY, civilian: 120}
"""


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A SQLite file of the test's own."""
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


def recon(store: str, *args: str, env: dict[str, str] | None = None) -> Result:
    """Run `recon --db STORE ARGS...` in-process."""
    return CliRunner().invoke(app, ["--db", store, *args], env=env)


def dossier(tmp_path: Path, military: int = 270, venue: str = "Istanbul", name: str = "istanbul.yaml") -> Path:
    """A one-claim dossier; 270 military and 120 civilians make up the total of 390."""
    path = tmp_path / name
    path.write_text(DOSSIER.replace("MILITARY", str(military)).replace("venue: Istanbul", f"venue: {venue}"))
    return path


def test_the_help_explains_every_command_with_examples_and_exit_codes() -> None:
    answer = CliRunner().invoke(app, ["--help"])
    assert answer.exit_code == 0
    for command in ("import", "list", "report", "check", "demo", "rules"):
        assert f"  {command} " in answer.stdout
    assert "Exit codes:" in answer.stdout
    assert "3   no such exchange, claim, finding or token" in answer.stdout
    assert "5   the store cannot be used" in answer.stdout
    assert "70  an unexpected failure" in answer.stdout


@pytest.mark.parametrize("command", ["import", "list", "report", "check", "demo", "rules"])
def test_each_command_has_help_with_examples(command: str) -> None:
    answer = CliRunner().invoke(app, [command, "--help"])
    assert answer.exit_code == 0
    assert f"Usage: recon {command}" in answer.stdout
    assert f"  recon {command}" in answer.stdout.split("Examples:")[1] or "recon --db" in answer.stdout


def test_import_records_each_exchange_and_says_what_it_recorded(store: str, tmp_path: Path) -> None:
    answer = recon(store, "import", str(dossier(tmp_path)))
    assert answer.exit_code == 0, answer.output
    assert f"Imported 1 file: 1 exchange, 1 new claim (store {store})." in answer.stdout
    assert "istanbul-2025: new exchange, 1 claim recorded (version 2)" in answer.stdout


def test_importing_again_records_nothing_new(store: str, tmp_path: Path) -> None:
    path = dossier(tmp_path)
    recon(store, "import", str(path))
    answer = recon(store, "import", str(path))
    assert answer.exit_code == 0
    assert "istanbul-2025: nothing new (1 claim already known, version 2)" in answer.stdout


def test_a_missing_file_is_refused_before_anything_is_read(store: str, tmp_path: Path) -> None:
    answer = recon(store, "import", str(dossier(tmp_path)), str(tmp_path / "missing.yaml"))
    assert answer.exit_code == 2
    assert "does not exist" in answer.stderr
    assert json.loads(recon(store, "list", "--format", "json").stdout) == []


def test_a_malformed_dossier_names_file_line_and_field_and_records_nothing(store: str, tmp_path: Path) -> None:
    good = dossier(tmp_path)
    bad = dossier(tmp_path, military=-1, name="bad.yaml")
    answer = recon(store, "import", str(good), str(bad))
    assert answer.exit_code == 2
    assert answer.stderr.startswith(f"error: {bad}:18: claims[0].figures.breakdowns.service.military: ")
    assert "Traceback" not in answer.output
    assert json.loads(recon(store, "list", "--format", "json").stdout) == []


def test_an_exchange_recorded_again_on_other_terms_is_a_conflict(store: str, tmp_path: Path) -> None:
    recon(store, "import", str(dossier(tmp_path)))
    answer = recon(store, "import", str(dossier(tmp_path, venue="Geneva", name="geneva.yaml")))
    assert answer.exit_code == 4
    assert "exchange istanbul-2025 is already recorded with a different agreement" in answer.stderr


def test_list_shows_every_exchange_in_each_format(store: str, tmp_path: Path) -> None:
    assert "No exchanges recorded yet" in recon(store, "list").stdout
    recon(store, "import", str(dossier(tmp_path)))
    assert "istanbul-2025  Istanbul, May 2025  Ukraine and Russia       1  reconciles" in recon(store, "list").stdout
    assert "| istanbul-2025 | Istanbul, May 2025 |" in recon(store, "list", "-f", "markdown").stdout
    [listed] = json.loads(recon(store, "list", "--format", "json").stdout)
    assert (listed["slug"], listed["verdict"], listed["claims"]) == ("istanbul-2025", "reconciles", 1)


def test_a_report_is_found_by_slug_or_by_uuid(store: str, tmp_path: Path) -> None:
    recon(store, "import", str(dossier(tmp_path)))
    by_slug = recon(store, "report", "istanbul-2025", "--format", "json")
    by_uuid = recon(store, "report", str(exchange_id("istanbul-2025")), "--format", "json")
    assert by_slug.exit_code == by_uuid.exit_code == 0
    assert by_slug.stdout == by_uuid.stdout
    assert json.loads(by_slug.stdout)["verdict"] == "reconciles"


def test_the_text_report_is_plain_when_piped(store: str, tmp_path: Path) -> None:
    recon(store, "import", str(dossier(tmp_path)))
    answer = recon(store, "report", "istanbul-2025")
    assert answer.stdout.startswith("Istanbul, May 2025 (istanbul-2025) ─")
    assert "\x1b[" not in answer.stdout
    assert "Verdict   reconciles" in answer.stdout


def test_an_unknown_exchange_exits_3_and_says_how_to_find_one(store: str) -> None:
    answer = recon(store, "report", "2000-for-2000")
    assert answer.exit_code == 3
    assert answer.stderr == (  # the store is empty: the way to find one is to record one
        "error: EXCHANGE: no exchange 2000-for-2000\n"
        "hint: this store holds no exchange yet: `recon import FILE` records one, `recon demo` the shipped ten\n"
    )
    assert answer.stdout == ""


def test_an_unknown_format_is_refused_by_the_option_parser(store: str) -> None:
    answer = recon(store, "report", "istanbul-2025", "--format", "xml")
    assert answer.exit_code == 2
    assert "Invalid value for '--format'" in answer.stderr
    assert "'xml' is not one of 'text', 'markdown', 'json'" in answer.stderr


def test_a_malformed_store_url_is_invalid_input() -> None:
    for url, message in [
        ("mysql://newsroom", "error: --db: unsupported store URL 'mysql://newsroom'"),
        ("postgres://newsroom", "error: --db: 'postgres://newsroom' names no database"),
    ]:
        answer = recon(url, "list")
        assert answer.exit_code == 2
        assert answer.stderr.startswith(message)


def test_a_file_that_is_not_a_store_is_a_store_failure_naming_it(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("shopping list")
    answer = recon(f"sqlite:///{not_a_database}", "list")
    assert answer.exit_code == 5
    assert answer.stderr == f"error: the store sqlite:///{not_a_database} cannot be used: file is not a database\n"


def test_the_store_comes_from_the_environment_without_db(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.sqlite3'}"
    answer = CliRunner().invoke(app, ["import", str(dossier(tmp_path))], env={"RECON_DATABASE_URL": url})
    assert answer.exit_code == 0
    assert f"(store {url})." in answer.stdout
    assert (tmp_path / "from-env.sqlite3").exists()


def test_check_exits_0_when_every_exchange_reconciles(store: str, tmp_path: Path) -> None:
    recon(store, "import", str(dossier(tmp_path)))
    answer = recon(store, "check")
    assert answer.exit_code == 0
    assert answer.stdout == "istanbul-2025: reconciles, no open findings\n"


def test_check_exits_1_and_lists_the_error_when_parts_do_not_make_up_the_total(store: str, tmp_path: Path) -> None:
    recon(store, "import", str(dossier(tmp_path, military=271)))
    answer = recon(store, "check", "istanbul-2025", "--format", "json")
    assert answer.exit_code == 1
    result = json.loads(answer.stdout)
    assert result["passed"] is False
    [finding] = result["exchanges"][0]["open_findings"]
    assert (finding["rule"], finding["expected"], finding["found"], finding["difference"]) == (
        "breakdown-sum",
        "= 390",
        "391",
        1,
    )


def test_check_of_an_unknown_exchange_exits_3(store: str) -> None:
    answer = recon(store, "check", "nowhere")
    assert answer.exit_code == 3
    assert "error: EXCHANGE: no exchange nowhere" in answer.stderr


def test_check_with_nothing_recorded_passes(store: str) -> None:
    answer = recon(store, "check", "--format", "json")
    assert answer.exit_code == 0
    assert json.loads(answer.stdout) == {"exchanges": [], "open_errors": 0, "open_findings": 0, "passed": True}


def test_rules_lists_every_rule_with_its_severity(store: str) -> None:
    answer = recon(store, "rules", "--format", "json")
    assert answer.exit_code == 0
    assert [(rule["id"], rule["severity"]) for rule in json.loads(answer.stdout)] == [
        (rule.id, rule.severity.usual.value) for rule in RULES
    ]


def test_demo_can_run_again_and_keeps_json_clean(store: str) -> None:
    assert recon(store, "demo").exit_code == 0
    answer = recon(store, "demo", "--format", "json")
    assert answer.exit_code == 0
    assert "1000-for-1000: nothing new" in answer.stderr
    shown = json.loads(answer.stdout)
    assert shown["report"]["verdict"] == "reconciles"
    assert [exchange["slug"] for exchange in shown["exchanges"]] == [path.stem for path in shipped_dossiers()]


def test_the_demo_lists_every_shipped_exchange_then_reports_on_1000_for_1000_and_a_second_run_changes_nothing(
    store: str,
) -> None:
    first = recon(store, "demo")
    listed = recon(store, "list", "--format", "json").stdout
    again = recon(store, "demo")
    assert first.exit_code == again.exit_code == 0
    assert f"Imported {len(shipped_dossiers())} files" in first.stdout
    assert first.stdout.index("jun-2022-144-azovstal") < first.stdout.index("1,000 for 1,000 (1000-for-1000)")
    assert again.stdout.count(": nothing new (") == len(shipped_dossiers()) >= 9
    assert recon(store, "list", "--format", "json").stdout == listed


def test_the_demo_prints_the_shipped_report_as_a_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "recon"
    env = {**os.environ, "RECON_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}"}
    done = subprocess.run([str(script), "demo"], capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "1000-for-1000: new exchange" in done.stdout
    assert "1,000 for 1,000 (1000-for-1000)" in done.stdout
    assert "Verdict   reconciles" in done.stdout
    assert (tmp_path / "demo.sqlite3").exists()
    assert not (tmp_path / "var").exists()
    assert Path(shipped_dossier()).name == "1000-for-1000.yaml"
