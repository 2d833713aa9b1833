"""The reading room: server-rendered pages for the verification desk, in the same app as the API."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from adapters.http.pages import claim_page, completion, desk, history, reading, recording
from adapters.http.pages.errors import nowhere, page_error, sign_in_needed
from adapters.http.pages.render import HERE
from adapters.http.pages.session import PageError, SignInNeededError


def install(app: FastAPI) -> list[re.Pattern[str]]:
    """Add the pages, their static files (/static) and the handlers that answer their errors as pages (also an
    address nothing answers, for a browser).

    Returns the patterns of the pages' paths: their forms are signed in by the session cookie and guarded by its
    CSRF token, not by a bearer token, so the API's front door lets them through to their own checks."""
    paths: list[re.Pattern[str]] = []
    for module in (reading, claim_page, completion, history, desk, recording):
        app.include_router(module.router)
        paths += [route.path_regex for route in module.router.routes if hasattr(route, "path_regex")]
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(PageError, page_error)
    app.add_exception_handler(SignInNeededError, sign_in_needed)
    # An address nothing answers is the API's problem document for scripts, but a page for a browser.
    app.add_exception_handler(HTTPException, nowhere)
    return paths
