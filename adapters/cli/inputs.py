"""Files named on the command line, refused before reading when reading them could not end well."""

from __future__ import annotations

import stat
from pathlib import Path

from domain.errors import InvalidInputError

KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFSOCK: "a socket",
}
"""What a path can be other than a regular file; reading a device or a pipe may never end (/dev/zero, a FIFO
nobody writes to), so these are refused from their metadata alone, without opening them."""


def readable_file(path: Path, limit: int | None, setting: str = "RECON_MAX_FILE_BYTES") -> Path:
    """The path, once it is known to be a regular file of at most `limit` bytes (if given); else refused by name."""
    try:
        found = path.stat()
    except FileNotFoundError:
        raise InvalidInputError("no such file", str(path)) from None
    except OSError as error:
        raise InvalidInputError(f"this file cannot be read: {error.strerror or error}", str(path)) from None
    if not stat.S_ISREG(found.st_mode):
        kind = KINDS.get(stat.S_IFMT(found.st_mode), "something other than a regular file")
        raise InvalidInputError(f"this is {kind}, not a file recon reads", str(path))
    if limit is not None and found.st_size > limit:
        raise InvalidInputError(
            f"this file is {found.st_size:,} bytes, over the limit of {limit:,} bytes ({setting})", str(path)
        )
    return path
