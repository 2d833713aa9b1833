"""The domain's refusals as a visitor reads them on a page, never as the API's problem documents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import mimeparse
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import URL
from starlette.exceptions import HTTPException

from adapters.http.pages.session import PageError, SignInNeededError, the_service, visitor
from adapters.http.problems import http_problem
from domain.errors import (
    ClaimNotFoundError,
    ConflictError,
    ExchangeNotFoundError,
    FindingNotFoundError,
    InvalidInputError,
)


@contextmanager
def on_page() -> Iterator[None]:
    """Turn the domain's errors into a page's: 404 for what does not exist, 422 for malformed input, 409 else."""
    try:
        yield
    except (ExchangeNotFoundError, ClaimNotFoundError, FindingNotFoundError) as error:
        raise PageError(404, _sentence(error.message)) from None
    except InvalidInputError as error:
        raise PageError(422, _sentence(error.message)) from None
    except ConflictError as error:
        raise PageError(409, _sentence(error.message)) from None


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


async def page_error(request: Request, error: Exception) -> Response:
    """The error page, with the status the error carries."""
    from adapters.http.pages.render import page

    if not isinstance(error, PageError):
        raise error
    return page(
        request, "error.html", visitor(request, the_service(request)), status=error.status, message=error.message
    )


async def sign_in_needed(request: Request, error: Exception) -> HTMLResponse | RedirectResponse:
    """Send the visitor to sign in, and back to the page asked for afterwards."""
    if not isinstance(error, SignInNeededError):
        raise error
    target = URL("/sign-in").include_query_params(next=error.back_to)
    return RedirectResponse(str(target), status_code=303)


NOWHERE = "There is nothing at this address. The exchanges are listed on the first page."


def wants_a_page(request: Request) -> bool:
    """Whether the client prefers HTML to JSON: a browser does; a script asking JSON, anything or nothing does not
    (JSON wins a tie, so `Accept: */*` keeps the problem document scripts read)."""
    chosen: str = mimeparse.best_match(["text/html", "application/json"], request.headers.get("accept", ""))
    return chosen == "text/html"


async def nowhere(request: Request, error: Exception) -> Response:
    """An address nothing answers: the reading room's page for a browser; else, as for any other status Starlette
    or the service refuses with, the API's problem document."""
    if not isinstance(error, HTTPException):
        raise error
    if error.status_code == 404 and wants_a_page(request):
        return await page_error(request, PageError(404, NOWHERE))
    return http_problem(error)
