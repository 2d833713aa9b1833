"""`recon dossier upgrade` end to end: a version 1 file in, its version 2 text out, and the same exchange imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app

pytestmark = pytest.mark.integration

VERSION_1 = Path(__file__).parent.parent / "dossiers" / "1000-for-1000-v1.yaml"


def recon(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_upgrade_prints_the_version_2_text_and_touches_no_store(tmp_path: Path) -> None:
    answer = recon("--db", f"sqlite:///{tmp_path / 'never.sqlite3'}", "dossier", "upgrade", str(VERSION_1))
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == VERSION_1.read_text(encoding="utf-8").replace("recon-dossier/1", "recon-dossier/2")
    assert not (tmp_path / "never.sqlite3").exists()


def test_an_upgraded_file_imports_into_the_same_report_as_its_version_1(tmp_path: Path) -> None:
    upgraded = tmp_path / "istanbul.yaml"
    answer = recon("dossier", "upgrade", str(VERSION_1), "-o", str(upgraded))
    assert answer.exit_code == 0, answer.output
    assert answer.stderr == f"{VERSION_1}: upgraded to version 2 in {upgraded}\n"
    reports = []
    for name, file in (("one", VERSION_1), ("two", upgraded)):
        store = f"sqlite:///{tmp_path / name}.sqlite3"
        assert recon("--db", store, "import", str(file)).exit_code == 0
        reports.append(json.loads(recon("--db", store, "report", "1000-for-1000", "-f", "json").stdout))
    assert reports[0] == reports[1]


def test_a_version_2_file_is_refused_with_exit_status_2_and_nothing_written(tmp_path: Path) -> None:
    once = tmp_path / "once.yaml"
    assert recon("dossier", "upgrade", str(VERSION_1), "-o", str(once)).exit_code == 0
    answer = recon("dossier", "upgrade", str(once), "-o", str(tmp_path / "twice.yaml"))
    assert answer.exit_code == 2
    assert (
        answer.stderr
        == f"error: {once}:4: format: this dossier is already recon-dossier/2; there is nothing to upgrade\n"
    )
    assert not (tmp_path / "twice.yaml").exists()


@pytest.mark.parametrize(
    ("name", "complaint"), [("absent.yaml", "no such file"), ("folder", "this is a folder, not a file recon reads")]
)
def test_a_missing_or_unreadable_file_is_refused_naming_it(tmp_path: Path, name: str, complaint: str) -> None:
    (tmp_path / "folder").mkdir()
    answer = recon("dossier", "upgrade", str(tmp_path / name))
    assert answer.exit_code == 2
    assert answer.stderr == f"error: {tmp_path / name}: {complaint}\n"


def test_an_output_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    answer = recon("dossier", "upgrade", str(VERSION_1), "-o", str(tmp_path / "no" / "out.yaml"))
    assert answer.exit_code == 2
    assert "is not a folder that exists" in answer.stderr


def test_the_help_shows_examples() -> None:
    answer = recon("dossier", "upgrade", "--help")
    assert answer.exit_code == 0
    assert "recon dossier upgrade istanbul.yaml -o istanbul-v2.yaml" in answer.stdout
    assert "dossier" in recon("--help").stdout
