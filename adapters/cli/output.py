"""How `recon` prints an answer, apart from the command line's machinery so that a quick read prints as every
command does."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adapters.reports.formats import Rendering


def write(rendering: Rendering) -> None:
    """Print to stdout: a rich view in colour on a terminal, plain fixed-width text otherwise."""
    if not isinstance(rendering, str) and sys.stdout.isatty():
        from rich.console import Console

        Console().print(rendering)
        return
    from adapters.reports.formats import as_text

    sys.stdout.write(as_text(rendering))
    sys.stdout.flush()
