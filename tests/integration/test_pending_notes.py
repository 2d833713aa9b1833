"""A check that cannot run yet is a note, not a finding: nowhere that counts findings counts it (SQLite, real HTTP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.auth.keyring import Role
from adapters.cli.app import app
from tests.http_service import serve

pytestmark = pytest.mark.integration

NOTE = "cumulative-sum/2/to Ukraine/cumulative"
WAITING = """\
format: recon-dossier/1
exchange:
  id: waiting-2025
  title: Waiting, 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: tass
sources:
  tass: {name: TASS, tier: established_media}
claims:
  - {stage: 1, direction: to Russia, source: tass, figures: {total: 390}}
  - {stage: 2, direction: to Ukraine, source: tass, figures: {total: 307, cumulative: 697}}
"""
"""Stage 1 to Ukraine was never given, so the running total of stage 2 cannot be checked; nothing else is off."""


def recon(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", store, *args])


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    dossier = tmp_path / "waiting.yaml"
    dossier.write_text(WAITING, encoding="utf-8")
    assert recon(url, "import", str(dossier)).exit_code == 0
    return url


def test_the_report_notes_why_apart_from_the_findings(store: str) -> None:
    report = json.loads(recon(store, "report", "waiting-2025", "--format", "json").stdout)
    assert (report["findings"], report["open_findings"], report["verdict"]) == ([], 0, "reconciles")
    [note] = report["pending"]
    assert (note["id"], note["rule"], note["stage"], note["direction"]) == (NOTE, "cumulative-sum", 2, "to Ukraine")
    assert note["reason"] == "697 cannot be checked yet: stage 1 total unknown"
    assert [item["source"] for item in note["evidence"]] == ["TASS"]
    text = recon(store, "report", "waiting-2025").stdout
    assert "no findings" in text
    assert "Cannot be checked yet: 1 note (not findings)" in text
    markdown = recon(store, "report", "waiting-2025", "--format", "markdown").stdout
    assert "## Cannot be checked yet: 1 note (not findings)" in markdown


def test_the_list_the_check_and_the_morning_list_count_no_note(store: str) -> None:
    [listed] = json.loads(recon(store, "list", "--format", "json").stdout)
    assert (listed["open_findings"], listed["open_errors"], listed["verdict"]) == (0, 0, "reconciles")
    checked = recon(store, "check", "--format", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout)["open_findings"] == 0
    found = json.loads(recon(store, "findings", "--format", "json").stdout)
    assert (found["count"], found["findings"]) == (0, [])


def test_a_note_is_not_acknowledged(store: str) -> None:
    answer = recon(store, "acknowledge", "waiting-2025", NOTE, "--note", "waiting for stage 1", "--reviewer", "ana")
    assert answer.exit_code == 3
    assert "has no finding" in answer.stderr
    assert "only a note that it cannot be checked yet" in answer.stderr


def test_the_service_and_the_reading_room_show_the_note_and_count_it_nowhere(tmp_path: Path) -> None:
    with serve(tmp_path, public_reads=True) as running, running.client(Role.RECORDER) as recorder:
        headers = {"Content-Type": "application/yaml"}
        recorder.post("/dossiers", content=WAITING, headers=headers).raise_for_status()
        with running.client(Role.READER) as reader:
            assert reader.get("/findings").json() == []
            [listed] = reader.get("/exchanges").json()
            assert listed["open_findings"] == 0
            assert reader.get("/exchanges/waiting-2025/report").json()["pending"][0]["id"] == NOTE
        with running.client() as visitor:
            page = visitor.get("/exchanges/waiting-2025").text
            assert 'data-pending="cumulative-sum/2/to Ukraine/cumulative"' in page
            assert "697 cannot be checked yet: stage 1 total unknown" in page
            morning = visitor.get("/morning")
            assert morning.status_code == 200
            assert "cumulative-sum/2" not in morning.text
