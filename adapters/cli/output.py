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

        # Not cropped at the terminal's edge: a view fits its lines to the width itself, except a slug longer than
        # the terminal is wide, which is printed whole (the terminal folds it) so that it can be copied.
        Console().print(rendering, crop=False)
        return
    from adapters.reports.formats import as_text

    sys.stdout.write(as_text(rendering))
    sys.stdout.flush()
