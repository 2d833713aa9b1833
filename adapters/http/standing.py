"""Where the read models stood when an answer was read from them, in the answer's headers."""

from __future__ import annotations

from fastapi import Response

from adapters.readside.service import Standing
from adapters.readside.view import SCHEMA_VERSION

POSITION_HEADER = "X-Read-Position"
"""The last log position the answer reflects."""
BEHIND_HEADER = "X-Behind-By"
"""How many log positions recorded when the read began the answer does not reflect yet: 0 once caught up."""


def position_headers(response: Response, standing: Standing | None) -> None:
    """Say where an answer read from the read models stands; an answer replayed from the events says nothing."""
    if standing is not None:
        response.headers[POSITION_HEADER] = str(standing.position)
        response.headers[BEHIND_HEADER] = str(standing.behind_by)


def report_tag(version: int) -> str:
    """The ETag of an exchange's latest report at `version`: a row's report is made from the exchange's events up to
    its version by the rules of the read models' SCHEMA_VERSION (raised whenever a report's JSON changes), so the two
    name it without reading its bytes. Weak: a release may format the same report differently."""
    return f'W/"{version}.{SCHEMA_VERSION}"'


def unless_held(document: bytes, tag: str, if_none_match: str | None) -> Response:
    """The report, or 304 without a body when the client's If-None-Match names its tag (or is `*`)."""
    held = {given.strip().removeprefix("W/") for given in (if_none_match or "").split(",")}
    if "*" in held or tag.removeprefix("W/") in held:
        return Response(status_code=304, headers={"ETag": tag})
    return Response(document, media_type="application/json", headers={"ETag": tag})
