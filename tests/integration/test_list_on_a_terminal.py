"""`recon list` at a terminal of 80 columns and narrower: the installed script with its stdout on a
pseudo-terminal, on a SQLite file holding the shipped exchanges. Every slug is printed whole, so that it can be
copied into `recon report`."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.dossier.loader import shipped_dossiers

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"
STYLE = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('list') / 'recon.sqlite3'}"
    paths = [str(path) for path in shipped_dossiers()]
    subprocess.run([str(RECON), "--db", url, "import", *paths], capture_output=True, check=True)
    return url


def list_on_a_terminal(store: str, columns: int) -> list[str]:
    """The lines `recon list` shows on a terminal `columns` wide, without their colours."""
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [str(RECON), "--db", store, "list"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env={**os.environ, "TERM": "xterm", "COLUMNS": str(columns)},
            check=False,
            timeout=120,
        )
        os.close(follower)
        shown = bytearray()
        while True:  # the table is far smaller than a terminal's buffer, so it is all there once the command ends
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown.extend(chunk)
    finally:
        os.close(leader)
    assert done.returncode == 0, done.stderr
    return STYLE.sub("", shown.decode("utf-8")).replace("\r\n", "\n").splitlines()


@pytest.mark.parametrize("columns", [60, 80, 100])
def test_every_slug_is_shown_whole_on_a_narrow_terminal(store: str, columns: int) -> None:
    lines = list_on_a_terminal(store, columns)
    starts = {line.split(" ")[0] for line in lines}
    for path in shipped_dossiers():
        assert path.stem in starts, (path.stem, lines)
    assert not any("…" in line for line in lines)
    assert all(len(line.rstrip()) <= columns for line in lines)


def test_at_80_columns_the_verdicts_and_titles_stay_and_the_list_says_what_it_left_out(store: str) -> None:
    lines = list_on_a_terminal(store, 80)
    assert lines[0].startswith("10 exchanges (left out at this width: Parties, Version, Claims)")
    assert any(line.startswith("1000-for-1000 ") and "1,000 for" in line and "reconciles" in line for line in lines)


@pytest.mark.parametrize("columns", [20, 30, 41])
def test_a_terminal_narrower_than_the_longest_slug_still_shows_each_slug_whole_on_its_line(
    store: str, columns: int
) -> None:
    lines = list_on_a_terminal(store, columns)
    for path in shipped_dossiers():
        assert path.stem in lines, (path.stem, lines)
    longest = max(len(path.stem) for path in shipped_dossiers())
    assert longest > columns
    assert all(len(line.rstrip()) <= columns for line in lines if line.strip() not in STEMS), lines


STEMS = {path.stem for path in shipped_dossiers()}
