"""Where the read models stood when an answer was read from them, in the answer's headers."""

from __future__ import annotations

from fastapi import Response

from adapters.readside.service import Standing

POSITION_HEADER = "X-Read-Position"
"""The last log position the answer reflects."""
BEHIND_HEADER = "X-Behind-By"
"""How many log positions recorded when the read began the answer does not reflect yet: 0 once caught up."""


def position_headers(response: Response, standing: Standing | None) -> None:
    """Say where an answer read from the read models stands; an answer replayed from the events says nothing."""
    if standing is not None:
        response.headers[POSITION_HEADER] = str(standing.position)
        response.headers[BEHIND_HEADER] = str(standing.behind_by)
