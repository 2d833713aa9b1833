"""What a dossier can be refused for: the file, the entry's path inside it, its line, and why."""

from __future__ import annotations

from domain.errors import InvalidInputError

Segment = str | int
"""One step into a dossier: a key of a mapping or the index of a list item."""

EntryPath = tuple[Segment, ...]
"""Where an entry sits in a dossier, e.g. ('claims', 3, 'figures', 'total')."""


def render_path(path: EntryPath) -> str:
    """The path as an author reads it: 'claims[3].figures.total'."""
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += f".{segment}" if text else segment
    return text


class DossierError(InvalidInputError):
    """Raised when a dossier file cannot be read or says something malformed; names file, path and line."""

    def __init__(self, message: str, *, file: str, path: str = "", line: int | None = None) -> None:
        super().__init__(message, path or None)
        self.file = file
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class EntryError(Exception):
    """Raised inside the loader for a malformed entry; becomes a DossierError once the file and line are known."""

    def __init__(self, path: EntryPath, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
