"""A version 1 dossier rewritten as version 2: the same file, its comments and layout kept, meaning the same."""

from __future__ import annotations

from pathlib import Path

from adapters.dossier.document import parse_document
from adapters.dossier.errors import DossierError
from adapters.dossier.loader import read_dossier

VERSION_1 = "recon-dossier/1"
VERSION_2 = "recon-dossier/2"


def upgrade_file(path: Path) -> str:
    """The text of the dossier at `path` as version 2; raises DossierError naming what stands in the way."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DossierError("no such file", file=str(path)) from None
    except UnicodeDecodeError:
        raise DossierError("this file is not UTF-8 text", file=str(path)) from None
    except OSError as error:
        raise DossierError(f"this file cannot be read: {error.strerror or error}", file=str(path)) from None
    return upgrade_text(text, str(path))


def upgrade_text(text: str, name: str) -> str:
    """A version 1 dossier's text with its format saying version 2, once both are known to give the same plan.

    Version 2 reads every version 1 key with the same meaning, so only the `format` line changes, and comments
    and layout stay as their author wrote them. What version 2 checks beyond version 1 (a group's base must be a
    group or part the claims name) would refuse the upgraded file: that is said before anything is written.
    """
    before = read_dossier(text, name)
    document = parse_document(text, _suffix(name))
    line = document.line_of(("format",)) or 1
    if document.data["format"] != VERSION_1:
        raise DossierError(
            f"this dossier is already {document.data['format']}; there is nothing to upgrade",
            file=name,
            path="format",
            line=line,
        )
    lines = text.splitlines(keepends=True)
    if lines[line - 1].count(VERSION_1) != 1:
        raise DossierError(
            f"the format is not written on a line of its own with {VERSION_1} once; write it as `format: {VERSION_1}`",
            file=name,
            path="format",
            line=line,
        )
    lines[line - 1] = lines[line - 1].replace(VERSION_1, VERSION_2)
    upgraded = "".join(lines)
    try:
        after = read_dossier(upgraded, name)
    except DossierError as refused:
        raise DossierError(
            f"as version 2 this dossier would be refused ({refused.message}); correct it, then upgrade",
            file=name,
            path=refused.path,
            line=refused.line,
        ) from None
    if after != before:  # version 2 promises version 1's meaning; a difference is a defect, never a silent change
        raise AssertionError(f"{name} would mean something else as version 2")
    return upgraded


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()
