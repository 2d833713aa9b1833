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
