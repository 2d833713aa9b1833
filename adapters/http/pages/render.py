"""Rendering pages: the Jinja2 templates of the reading room, their filters, and what every page is given."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from adapters.auth.keyring import Role
from adapters.http.pages.session import Visitor, fresh_csrf, session_cookie
from adapters.reports.page_view import when

HERE = Path(__file__).resolve().parent


class _DocumentEnvironment(Environment):
    """Looks a name up as a plain dict's key before as its attribute.

    The exchange pages render JSON documents read from the read models; Jinja would look each name up as an
    attribute first and, failing, as a key: a large exchange's page makes tens of thousands of such lookups, and the
    failed attempts were about half of its rendering time. (Templates iterate a document's dicts with `|items`, so
    that a key such as 'items' never hides the method.)"""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)


# Block tags leave no blank lines behind: a long exchange's page is a tenth lighter for it.
templates = Jinja2Templates(
    env=_DocumentEnvironment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
)


def _count(value: int | None) -> str:
    """1000 as '1,000'; nothing known as an en dash."""
    return "\u2013" if value is None else f"{value:,}"


def _anchor(finding_id: str) -> str:
    """A finding's id as a fragment an address can carry: 'source-agreement/1/to Ukraine/total' reads
    'finding-source-agreement-1-to-ukraine-total'."""
    return "finding-" + re.sub(r"[^a-z0-9]+", "-", finding_id.lower()).strip("-")


def web_address(url: str | None) -> str | None:
    """The address when it is a web address a link may point at; None for anything else (javascript:, data:)."""
    if url is None:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


templates.env.filters["count"] = _count
templates.env.filters["web_address"] = web_address
templates.env.filters["anchor"] = _anchor
templates.env.filters["when"] = when
templates.env.globals["Role"] = Role


def page(request: Request, template: str, who: Visitor, status: int = 200, **context: Any) -> HTMLResponse:
    """The template rendered for the visitor, with the session's CSRF token for its forms (made if needed)."""
    csrf, data = fresh_csrf(request)
    response = templates.TemplateResponse(request, template, {"who": who, "csrf": csrf, **context}, status_code=status)
    if csrf != who.csrf:
        response.set_cookie(**session_cookie(request, data))
    # Pages show what a token may see: never kept by a shared cache, never framed by another site.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    return response
