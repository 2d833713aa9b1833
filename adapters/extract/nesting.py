"""Groups within groups: '82 defenders of Mariupol, 50 of whom held Azovstal' draws the 50 from the 82, not from
everyone the statement counts."""

from __future__ import annotations

import re
from itertools import pairwise

from adapters.extract.headcount import Headcount
from adapters.extract.layout import Layout

_AMONG_THOSE_BEFORE = re.compile(
    r"(?:\bamong\s+them|\bincluding|\bof\s+(?:them|whom|those)|(?<!\w)(?:з|із|зі|серед|из|среди)\s+них"
    r"|(?<!\w)у\s+тому\s+числі|(?<!\w)в\s+том\s+числе)\s*[:\-\u2013\u2014]?\s*$",
    re.I,
)
"""Words just before a count that draw it from the group named before: 'among them', 'з них', 'среди них'."""
_OF_THOSE_AFTER = re.compile(r"\s+(?:of\s+(?:them|whom|those)|(?:з|із|из)\s+них)\b", re.I)
"""Words right after a count that draw it from the group named before: '43 of those', 'fifty of whom'."""
_LAST_OF_A_LIST = re.compile(r"(?<!\w)(?:and|і|й|та|и)\s+$", re.I)
"""'six officers and 101 privates and sergeants, 74 of whom...': after a list, 'of whom' draws from all of it."""
_PARENTS = ("subset:", "branch:")
"""What a group can be drawn from besides everyone counted: another group, or one branch of the servicemen. A group
drawn from the servicemen or the total is a group of the whole, as a dossier writes it."""


_OF_THE_NUMBER = re.compile(r"\s+of\s+the\s+(\d[\d,]*)\b")
"""'43 of the 95 belong to the Azov Regiment': the group of 95 named earlier, wherever it was."""


def nest(counts: list[Headcount], text: str, layout: Layout) -> None:
    """Mark each group drawn from the group or branch counted just before it, in the same sentence, or from the
    earlier group whose count it names ('43 of the 95'). A branch drawn from another branch ('eight of the Armed Forces
    (two of them Territorial Defence fighters)') is a group within it, not a branch of the servicemen beside it."""
    ordered = sorted(counts, key=lambda count: count.reading.start)
    for parent, child in pairwise(ordered):
        if _drawn_from(parent, child, text, layout):
            child.within = parent.key
            child.key = child.key.replace("branch:", "subset:", 1)
    for index, child in enumerate(ordered):
        named = _OF_THE_NUMBER.match(text, child.reading.end)
        if named is None or not child.key.startswith("subset:"):
            continue
        group = next((c for c in reversed(ordered[:index]) if _is_group_of(c, child, named[1])), None)
        child.within = group.key if group is not None else child.within


def _is_group_of(parent: Headcount, child: Headcount, count: str) -> bool:
    same = parent.direction == child.direction and parent.key != child.key
    return same and parent.key.startswith(_PARENTS) and parent.value == int(count.replace(",", ""))


def _drawn_from(parent: Headcount, child: Headcount, text: str, layout: Layout) -> bool:
    branch_in_branch = child.key.startswith("branch:") and parent.key.startswith("branch:")
    if not (child.key.startswith("subset:") or branch_in_branch) or not parent.key.startswith(_PARENTS):
        return False
    if parent.key == child.key:
        return False
    if parent.direction != child.direction or parent.reading.planned or child.reading.in_addition:
        return False
    if layout.sentence(parent.reading.start) != layout.sentence(child.reading.start):
        return False
    if _LAST_OF_A_LIST.search(text, max(0, parent.reading.start - 6), parent.reading.start):
        return False
    before = text[parent.reading.end : child.reading.start]
    return _AMONG_THOSE_BEFORE.search(before) is not None or _OF_THOSE_AFTER.match(text, child.reading.end) is not None
