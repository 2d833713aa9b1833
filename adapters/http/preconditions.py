"""A write that names the exchange's version it was decided on (If-Match), and the version it leaves (ETag)."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Header, Response

from adapters.http.problems import CONFLICT, documented
from domain.errors import InvalidInputError

_TAG = re.compile(r'"(\d{1,9})"')

PRECONDITION: dict[int | str, dict[str, Any]] = {
    **CONFLICT,
    412: documented(412, "The exchange has changed since the version named in If-Match; nothing was written"),
}
"""Documented on the writes that take If-Match."""


IfMatch = Annotated[
    str | None,
    Header(
        description='The exchange\'s version the write was decided on, quoted ("42"), as `version` in the report or '
        "in the ETag of the last write's answer; `*` or none: whatever it is now. A version the exchange has moved on "
        "from is refused (412) and nothing is written."
    ),
]
"""The If-Match header every write on one exchange takes."""


def tagged(response: Response, version: int) -> None:
    """The answer's ETag: the exchange's version after the write, for the next write's If-Match."""
    response.headers["ETag"] = version_tag(version)


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
