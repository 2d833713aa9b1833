"""JSON request bodies read strictly: a key written twice, nesting too deep for the parser or a number too long to
convert is the client's error, named, never a 500 or a silent choice of one of two values."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute

from adapters.http.problems import ApiError


def parse_json(data: bytes) -> Any:
    """The JSON value of a request body; ApiError (400 or 422) naming what cannot be read."""
    try:
        return json.loads(data, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as error:
        detail = f"the body is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise ApiError(400, "malformed-body", detail, "body") from None
    except UnicodeDecodeError as error:
        detail = f"the body is not UTF-8: byte {error.start:,} cannot be read"
        raise ApiError(400, "malformed-body", detail, "body") from None
    except RecursionError:
        raise ApiError(400, "malformed-body", "the body nests arrays or objects too deeply to read", "body") from None
    except ValueError:  # the only other ValueError json raises: an integer longer than Python will convert
        limit = sys.get_int_max_str_digits()
        raise ApiError(422, "invalid-input", f"the body holds a number of more than {limit:,} digits", "body") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key, value in pairs:
        if key in mapping:
            raise ApiError(422, "duplicate-key", f"the key {key!r} is written twice in one object", key)
        mapping[key] = value
    return mapping


class StrictJSONRequest(Request):
    """A request whose JSON body is read by `parse_json`."""

    async def json(self) -> Any:
        """The body's JSON value, read once."""
        if not hasattr(self, "_json"):
            self._json = parse_json(await self.body())
        return self._json


class StrictJSONRoute(APIRoute):
    """A route whose body FastAPI reads through `StrictJSONRequest` (FastAPI's documented way to change it)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """FastAPI's handler, given the strict request."""
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict
