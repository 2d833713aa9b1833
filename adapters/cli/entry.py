"""The `recon` console script: a plain read the read models answer is printed at once; everything else goes through
the command line (adapters.cli.app)."""

from __future__ import annotations

import gc
import os
import sys


def main() -> None:
    """Run `recon`."""
    from adapters.cli.quick import answer, recognised

    # A quick read loads its modules and builds one report, none of it garbage in a cycle, and the process ends:
    # the cycle collector would only walk the new objects again and again (about a twentieth of the time).
    gc.disable()
    read = recognised(sys.argv[1:], os.environ)
    rendering = None if read is None else answer(read)
    if rendering is None:
        gc.enable()
        from adapters.cli.app import app

        app()
        return
    from adapters.cli.exit_codes import INVALID_INPUT, READER_GONE, quiet_stdout
    from adapters.cli.output import write

    try:
        write(rendering)
    except BrokenPipeError:  # as the command line ends when its reader stops reading: quietly
        quiet_stdout()
        raise SystemExit(READER_GONE) from None
    except OSError as error:  # as the command line reports a refused write: one line, exit status 2
        sys.stderr.write(f"error: {error.strerror or error}\n")
        raise SystemExit(INVALID_INPUT) from None
