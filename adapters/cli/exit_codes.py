"""recon's exit codes, apart from the command line's machinery so that a quick read can end with one."""

from __future__ import annotations

OK = 0
FINDINGS_OPEN = 1
INVALID_INPUT = 2
NOT_FOUND = 3
CONFLICT = 4
STORE_UNAVAILABLE = 5
DEFECT = 70
"""An unexpected failure: a defect of recon itself (70 is EX_SOFTWARE in the BSD sysexits convention)."""
DAMAGED = STORE_UNAVAILABLE
"""A stored event cannot be loaded: damage that `recon verify-store` names; the store cannot be used as it is."""
READER_GONE = 141
"""Whoever read the output stopped reading (`recon list | head -1`): the command ends there, quietly, with the
status a shell reports for a Unix tool ended by SIGPIPE (128 + 13)."""


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush does not meet the closed pipe again."""
    import os
    import sys

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
