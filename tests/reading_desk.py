"""The reading room served for the browser tests: one server process on a SQLite file holding the shipped dossier."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Page

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from adapters.settings import keyring_url
from tests.browser import serious_violations
from tests.service_processes import SERVE, issue_token, socket_server

SLUG = "1000-for-1000"


class Desk:
    """The served reading room: its address and a token per role."""

    def __init__(self, url: str, tokens: dict[Role, str]) -> None:
        self.url = url
        self.tokens = tokens

    def json(self, path: str) -> Any:
        """An API answer, read with the admin's token."""
        headers = {"Authorization": f"Bearer {self.tokens[Role.ADMIN]}"}
        answer = httpx.get(self.url + path, headers=headers, timeout=60)
        answer.raise_for_status()
        return answer.json()


@contextmanager
def served_desk(folder: Path) -> Iterator[Desk]:
    """A server process on a SQLite file in `folder` holding the shipped dossier, with a token for every role."""
    url = f"sqlite:///{folder / 'recon.sqlite3'}"
    tokens = {role: issue_token(keyring_url(url, None), role) for role in Role}
    env = {**os.environ, "RECON_DATABASE_URL": url}
    with (folder / "server.log").open("ab") as log, socket_server(SERVE, env, log) as server:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        text = shipped_dossier().read_text(encoding="utf-8")
        httpx.post(server.url + "/dossiers", content=text, headers=headers, timeout=120).raise_for_status()
        yield Desk(server.url, tokens)


def sign_in(page: Page, desk: Desk, role: Role) -> None:
    """Sign in through the form, as the desk does, and land on the exchanges."""
    page.goto("/sign-in")
    page.fill("#token", desk.tokens[role])
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))


def accessible(page: Page) -> None:
    """No violation of serious or critical impact on the page as it stands."""
    violations = serious_violations(page)
    assert not violations, f"{page.url}: {violations}"
