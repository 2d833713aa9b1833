"""What `recon` says when input, settings or the store fail: one `error:` line and an exit code, no traceback."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"
PAGE = 4096
"""SQLite's page size for the store files recon creates."""


def recon(
    *args: str, env: dict[str, str] | None = None, file_limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed `recon` as a process of its own, optionally unable to grow any file past `file_limit` bytes."""

    def limited() -> None:  # in the child: Python ignores SIGXFSZ, so a write past the limit fails with EFBIG
        if file_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [str(RECON), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        preexec_fn=limited,
        check=False,
        timeout=300,
    )


def one_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    """The single error line a failed command printed, once its exit code and the absence of a traceback are checked."""
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    return done.stderr


@pytest.fixture
def store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'recon.sqlite3'}"


@pytest.fixture
def demo_store(store: str) -> str:
    """A SQLite file holding the shipped dossier."""
    assert recon("--db", store, "demo").returncode == 0
    return store


def many_stages(tmp_path: Path, stages: int = 400) -> Path:
    """A dossier of one exchange announced in many stages: large enough to outgrow a small file size limit."""
    claims = "".join(
        f"  - stage: {n}\n    direction: to Ukraine\n    source: ministry\n    figures: {{total: 10}}\n"
        for n in range(1, stages + 1)
    )
    path = tmp_path / "many.yaml"
    path.write_text(
        "format: recon-dossier/1\nexchange:\n  id: many-stages\n  title: Many stages\n  parties: [Ukraine, Russia]\n"
        "  terms: {each side: 100000}\n  source: ministry\n"
        "sources:\n  ministry: {name: Ministry, tier: official, published: 2025-05-23}\nclaims:\n" + claims
    )
    return path


def damage(store: str, pages: list[int]) -> Path:
    """Overwrite the header of each page given (numbered from 1), as a failing disk or a stray write would."""
    path = Path(store.removeprefix("sqlite:///"))
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * PAGE)
            file.write(b"\x07" * 8)
    return path


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("deep.json", '{"a": ' * 100_000 + "1" + "}" * 100_000, "deep.json: this JSON nests lists or mappings"),
        ("long.json", '{"format": "recon-dossier/1", "n": ' + "9" * 100_000 + "}", "long.json:1: n: this number"),
        ("nul.yaml", 'format: recon-dossier/1\ntitle: "a\x00b"\n', "nul.yaml:2: this is not valid YAML: the char"),
    ],
)
def test_a_dossier_the_parser_cannot_take_is_invalid_input(
    name: str, text: str, says: str, store: str, tmp_path: Path
) -> None:
    (tmp_path / name).write_text(text)
    done = recon("--db", store, "import", str(tmp_path / name))
    assert one_error(done, 2).startswith(f"error: {tmp_path / says}")


def test_a_damaged_page_read_by_report_is_a_store_failure_naming_the_store(demo_store: str) -> None:
    damage(demo_store, pages=[2, 3, 4, 5, 6])
    done = recon("--db", demo_store, "report", "1000-for-1000")
    assert one_error(done, 5) == f"error: the store {demo_store} cannot be used: database disk image is malformed\n"


def test_importing_into_a_damaged_file_fails_naming_the_store_and_writes_nothing(
    demo_store: str, tmp_path: Path
) -> None:
    # Pages 4 and 5 hold events of the shipped exchange, which recording another exchange never reads: SQLite
    # itself would write the new exchange into the damaged file and report success.
    path = damage(demo_store, pages=[4, 5])
    before = path.read_bytes()
    done = recon("--db", demo_store, "import", str(many_stages(tmp_path, stages=2)))
    assert one_error(done, 5).startswith(f"error: the store {demo_store} cannot be used: the file is damaged: ")
    assert path.read_bytes() == before


def test_a_disk_that_fills_up_while_importing_is_a_store_failure_and_nothing_is_half_written(
    demo_store: str, tmp_path: Path
) -> None:
    done = recon("--db", demo_store, "import", str(many_stages(tmp_path)), file_limit=64 * 1024)
    error = one_error(done, 5)
    assert error.startswith(f"error: the store {demo_store} cannot be used: ")
    assert "disk I/O error" in error or "disk is full" in error
    listed = recon("--db", demo_store, "list")
    assert listed.returncode == 0
    assert "1000-for-1000" in listed.stdout
    assert "many-stages" not in listed.stdout


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("RECON_PUBLIC_READS", "ture", "error: RECON_PUBLIC_READS: 'ture' is not accepted: write true or false"),
        ("RECON_MAX_BODY_BYTES", "abc", "error: RECON_MAX_BODY_BYTES: 'abc' is not accepted: write a whole number"),
        ("RECON_MAX_FILE_BYTES", "0", "error: RECON_MAX_FILE_BYTES: '0' is not accepted: write a whole number"),
    ],
)
@pytest.mark.parametrize("with_db", [False, True])
def test_a_mistyped_setting_is_refused_at_start_naming_the_variable(
    variable: str, value: str, says: str, with_db: bool, store: str
) -> None:
    done = recon(*(["--db", store] if with_db else []), "list", env={variable: value, "RECON_DATABASE_URL": store})
    assert one_error(done, 2).startswith(says)


def test_an_unexpected_failure_is_one_line_with_its_own_exit_code_and_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("adapters.reports.formats.rules", _defect)
    answer = CliRunner().invoke(app, ["--db", "memory:", "rules"])
    assert answer.exit_code == 70
    assert answer.stderr == (
        "error: unexpected RuntimeError: a defect\n"
        "hint: run again with --debug (or RECON_DEBUG=1) to see where it happened, and report it\n"
    )


@pytest.mark.parametrize(("args", "env"), [(["--debug"], {}), ([], {"RECON_DEBUG": "1"})])
def test_debug_shows_the_unexpected_failure_itself(
    args: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("adapters.reports.formats.rules", _defect)
    answer = CliRunner().invoke(app, ["--db", "memory:", *args, "rules"], env=env)
    assert isinstance(answer.exception, RuntimeError)


def test_the_shipped_dossier_still_imports_under_the_default_settings(store: str) -> None:
    done = recon("--db", store, "import", str(shipped_dossier()))
    assert done.returncode == 0, done.stderr


def _defect(*args: object) -> object:
    raise RuntimeError("a defect")


def test_an_unexpected_failure_quoting_the_store_url_does_not_show_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "postgresql://team:s%40cret@db.internal:5432/recon"

    def quoting(*args: object) -> object:
        raise RuntimeError(f"lost {url} (password s@cret)")

    monkeypatch.setattr("adapters.reports.formats.rules", quoting)
    answer = CliRunner().invoke(app, ["--db", url, "rules"])
    assert answer.exit_code == 70
    assert answer.stderr.startswith(
        "error: unexpected RuntimeError: lost postgresql://team:***@db.internal:5432/recon (password ***)\n"
    )


def test_a_short_password_is_hidden_without_cutting_it_out_of_the_words_around_it() -> None:
    done = recon("--db", "postgresql://u:p@127.0.0.1:1/db", "list")
    message = one_error(done, 5)
    assert message.startswith("error: the store postgresql://u:***@127.0.0.1:1/db cannot be used: "), message
    assert "port 1 failed" in message
    assert "***o" not in message


def test_an_absolute_path_written_with_three_slashes_is_refused_with_the_url_meant(tmp_path: Path) -> None:
    relative = str(tmp_path / "recon.sqlite3").lstrip("/")
    message = one_error(recon("--db", f"sqlite:///{relative}", "list"), 2)
    assert message.startswith(f"error: --db: {Path(relative).parent} does not exist"), message
    assert f"for /{relative} write sqlite:////{relative})" in message
