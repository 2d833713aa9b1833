"""What `recon` refuses to read or to create: devices, pipes and oversized files, and stores in missing folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier, shipped_dossiers
from tests.integration.test_cli_failures import many_stages, one_error, recon

pytestmark = pytest.mark.integration

READERS = [["import"], ["import-bundle"], ["verify"], ["extract"]]
"""Every command that reads a file named on its command line."""


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


@pytest.mark.parametrize("command", READERS)
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(command: list[str], store: str, tmp_path: Path) -> None:
    pipe = tmp_path / "statement.yaml"
    os.mkfifo(pipe)
    done = recon("--db", store, *command, str(pipe))  # opening the pipe would wait for ever: the test would hang
    assert one_error(done, 2) == f"error: {pipe}: this is a named pipe (FIFO), not a file recon reads\n"


@pytest.mark.parametrize("command", READERS)
def test_a_device_is_refused_before_reading(command: list[str], store: str, tmp_path: Path) -> None:
    zeros = tmp_path / "zeros.yaml"
    zeros.symlink_to("/dev/zero")  # read to its end, /dev/zero would fill the memory
    done = recon("--db", store, *command, str(zeros))
    assert one_error(done, 2) == f"error: {zeros}: this is a character device, not a file recon reads\n"


@pytest.mark.parametrize("command", [["import"], ["import-bundle"], ["verify"]])
def test_a_file_over_the_size_limit_is_refused_before_reading(command: list[str], store: str) -> None:
    size = shipped_dossier().stat().st_size
    done = recon("--db", store, *command, str(shipped_dossier()), env={"RECON_MAX_FILE_BYTES": str(size - 1)})
    assert one_error(done, 2) == (
        f"error: {shipped_dossier()}: this file is {size:,} bytes, "
        f"over the limit of {size - 1:,} bytes (RECON_MAX_FILE_BYTES)\n"
    )


def test_a_file_at_the_size_limit_is_read(store: str) -> None:
    size = str(shipped_dossier().stat().st_size)
    done = recon("--db", store, "import", str(shipped_dossier()), env={"RECON_MAX_FILE_BYTES": size})
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "command", [["list"], ["import", str(shipped_dossier())], ["demo"], ["findings"], ["serve", "--port", "0"]]
)
def test_a_store_in_a_missing_folder_is_refused_naming_it_and_nothing_is_created(
    command: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "typo"
    done = recon("--db", f"sqlite:///{missing / 'recon.sqlite3'}", *command)
    assert one_error(done, 2) == (
        f"error: --db: {missing} does not exist, so no store can be kept at {missing / 'recon.sqlite3'}: "
        "check the path, or create it with `recon init`\n"
    )
    assert not missing.exists()


@pytest.mark.parametrize("command", [["list"], ["init"], ["import", str(shipped_dossier())], ["serve", "--port", "0"]])
def test_a_folder_given_as_the_store_is_refused_as_a_folder(command: list[str], tmp_path: Path) -> None:
    done = recon("--db", f"sqlite:///{tmp_path}", *command)
    assert one_error(done, 2) == (
        f"error: --db: {tmp_path} is a folder, not a store's file: name a file in it, "
        f"like sqlite:///{tmp_path / 'recon.sqlite3'}\n"
    )
    assert sorted(tmp_path.iterdir()) == []


def test_init_creates_the_folder_and_the_store_which_then_works(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'desk' / 'team' / 'recon.sqlite3'}"
    created = recon("--db", store, "init")
    assert created.returncode == 0, created.stderr
    assert created.stdout == f"Store {store} ready: 0 exchanges recorded.\n"
    assert recon("--db", store, "demo").returncode == 0
    assert f"{len(shipped_dossiers())} exchanges recorded" in recon("--db", store, "init").stdout


def test_the_default_store_is_created_in_var_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    answer = CliRunner().invoke(app, ["demo"], env={"RECON_DATABASE_URL": None})
    assert answer.exit_code == 0, answer.output
    assert (tmp_path / "var" / "recon.sqlite3").is_file()


def test_export_into_a_missing_folder_is_refused_naming_it(store: str, tmp_path: Path) -> None:
    assert recon("--db", store, "demo").returncode == 0
    target = tmp_path / "bundles" / "istanbul.bundle"
    done = recon("--db", store, "export", "1000-for-1000", "-o", str(target))
    assert one_error(done, 2) == f"error: --output: {target.parent} is not a folder that exists; create it first\n"
    assert not target.parent.exists()


def test_export_onto_a_full_disk_fails_naming_the_file_and_leaves_the_previous_bundle(
    store: str, tmp_path: Path
) -> None:
    assert recon("--db", store, "import", str(many_stages(tmp_path))).returncode == 0
    target = tmp_path / "many.bundle"
    target.write_text("the bundle exported yesterday\n")
    done = recon("--db", store, "export", "many-stages", "-o", str(target), file_limit=64 * 1024)
    assert one_error(done, 2) == f"error: --output: cannot write {target}: File too large\n"
    assert target.read_text() == "the bundle exported yesterday\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["many.bundle", "many.yaml", "recon.sqlite3"]


def test_a_file_the_system_will_not_write_is_named_as_invalid_input(tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("Ukraine returned 390 people: 270 military and 120 civilians.\n")
    target = tmp_path / ("claims-" * 40 + ".yaml")  # a name longer than the file system takes, in a folder that is
    done = recon("extract", str(statement), "-o", str(target))
    assert one_error(done, 2) == f"error: {target}: File name too long\n"
