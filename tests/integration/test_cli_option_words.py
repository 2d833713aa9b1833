"""Options and arguments the parser refuses are told in recon's words, naming the option, through the installed
script on a SQLite file: never pydantic's "Input should be ...". An unknown token is an unknown thing (exit 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.test_cli_messages import recon

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["serve", "--port", "99999"], "Invalid value for '--port': 99999 is more than 65535, the most it may be"),
        (["serve", "--port", "-1"], "Invalid value for '--port': -1 is less than 0, the least it may be"),
        (["extract", "-", "--stage", "0"], "Invalid value for '--stage': 0 is less than 1, the least it may be"),
        (["extract", "-", "--stage", "1.5"], "Invalid value for '--stage': '1.5' is not a whole number"),
        (
            ["extract", "-", "--max-bytes", "0"],
            "Invalid value for '--max-bytes' (env var: 'RECON_EXTRACT_MAX_BYTES'): "
            "0 is less than 1, the least it may be",
        ),
        (
            ["report", "x", "--as-of-version", "five"],
            "Invalid value for '--as-of-version': 'five' is not a whole number",
        ),
        (
            ["token", "revoke", "nope"],
            "Invalid value for 'ID': 'nope' is not an id (ids are UUIDs, like 3f2b8c1e-5d4a-4f6b-9c7e-2a1b0c9d8e7f)",
        ),
    ],
)
def test_a_value_out_of_range_or_of_the_wrong_kind_is_refused_in_recon_s_words(
    tmp_path: Path, args: list[str], said: str
) -> None:
    done = recon(f"sqlite:///{tmp_path / 'recon.sqlite3'}", *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.endswith(f"Error: {said}\n"), done.stderr
    assert "Input should" not in done.stderr


def test_revoking_a_token_nobody_issued_is_an_unknown_token_and_exits_3(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    assert recon(store, "token", "create", "--role", "reader", "--name", "Desk").returncode == 0
    done = recon(store, "token", "revoke", "3f2b8c1e-5d4a-4f6b-9c7e-2a1b0c9d8e7f")
    assert (done.returncode, done.stdout) == (3, "")
    assert done.stderr.startswith("error: ID: no token 3f2b8c1e-5d4a-4f6b-9c7e-2a1b0c9d8e7f\n")
