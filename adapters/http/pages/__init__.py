"""The reading room: server-rendered pages for the verification desk, in the same app as the API."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from adapters.http.pages import desk, history, reading, recording
from adapters.http.pages.errors import page_error, sign_in_needed
from adapters.http.pages.render import HERE
from adapters.http.pages.session import PageError, SignInNeededError


def install(app: FastAPI) -> None:
    """Add the pages, their static files (/static) and the handlers that answer their errors as pages."""
    for module in (reading, history, desk, recording):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(PageError, page_error)
    app.add_exception_handler(SignInNeededError, sign_in_needed)
