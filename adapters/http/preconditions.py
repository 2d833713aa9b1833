"""A write that names the exchange's version it was decided on (If-Match), and the version it leaves (ETag)."""

from __future__ import annotations

import re
from typing import Any

from adapters.http.problems import CONFLICT, documented
from domain.errors import InvalidInputError

_TAG = re.compile(r'"(\d{1,9})"')

PRECONDITION: dict[int | str, dict[str, Any]] = {
    **CONFLICT,
    412: documented(412, "The exchange has changed since the version named in If-Match; nothing was written"),
}
"""Documented on the writes that take If-Match."""


def version_tag(version: int) -> str:
    """The strong ETag of an exchange at `version`: its events up to that version are fixed for good."""
    return f'"{version}"'


def expected_version(if_match: str | None) -> int | None:
    """The version If-Match names; None when it is absent or `*` (any version). A tag that is not a quoted version
    is refused naming the header: a weak tag (W/"...") names a report's rendering, not the record's version."""
    if if_match is None or if_match.strip() == "*":
        return None
    match = _TAG.fullmatch(if_match.strip())
    if match is None:
        raise InvalidInputError(
            f'If-Match: write the exchange\'s version quoted, as "42" (or *), not {if_match!r}', "If-Match"
        )
    return int(match[1])
