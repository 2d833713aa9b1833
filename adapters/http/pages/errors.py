"""The domain's refusals as a visitor reads them on a page, never as the API's problem documents."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import URL

from adapters.http.pages.session import PageError, SignInNeededError, the_service, visitor
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
