"""`recon import` of one large dossier says on a terminal what it is doing, as an import of several files does:
the installed script run with its stderr on a pseudo-terminal, on a SQLite file."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from adapters.cli.importing import LARGE_BYTES

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"
HEAD = """\
format: recon-dossier/2
exchange:
  id: long-swap
  title: A long swap
  parties: [Ukraine, Russia]
  terms: {each side: 100000}
  agreed_on: 2025-01-01
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official}
claims:
"""
CLAIM = (
    "  - {{stage: {stage}, direction: to Ukraine, source: ministry, figures: {{total: 1}}, "
    'note: "one returned in stage {stage}, as the ministry\'s daily statement put it"}}\n'
)


def large_dossier(folder: Path) -> Path:
    """A dossier of one exchange, one claim a stage, just over LARGE_BYTES."""
    claims, stage = list[str](), 0
    while sum(map(len, claims)) < LARGE_BYTES:
        stage += 1
        claims.append(CLAIM.format(stage=stage))
    path = folder / "long-swap.yaml"
    path.write_text(HEAD + "".join(claims), encoding="utf-8")
    return path


def on_a_terminal(*args: str) -> tuple[int, str]:
    """Run `recon ARGS...` with its stderr on a pseudo-terminal; its exit status and what the terminal showed."""
    leader, follower = pty.openpty()
    shown = bytearray()

    def drain() -> None:  # read as it is written, so that a full terminal buffer never holds the command up
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the command ended and the terminal closed
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        done = subprocess.run(
            [str(RECON), *args],
            stdout=subprocess.DEVNULL,
            stderr=follower,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
            check=False,
            timeout=600,
        )
    finally:
        os.close(follower)
        reader.join(timeout=60)
        os.close(leader)
    return done.returncode, shown.decode("utf-8", "replace")


def test_one_large_dossier_is_read_and_recorded_with_a_word_on_the_terminal(tmp_path: Path) -> None:
    dossier = large_dossier(tmp_path)
    code, shown = on_a_terminal("--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", "import", str(dossier))
    assert code == 0, shown
    assert "Reading 1 dossier file" in shown
    assert "Recording 1 exchange" in shown
