"""The exchange page states the terms as each source gave them, terms never announced, and denials of completion."""

from __future__ import annotations

import re

from adapters.auth.keyring import Role
from adapters.dossier.loader import read_dossier
from adapters.http.pages.reading import parts_of
from adapters.http.pages.render import templates
from adapters.persistence.store import open_reconciler
from adapters.reports.page_view import exchange_view
from domain.report import build_report
from tests.unit.test_dossier_terms import DOSSIER


class Reader:
    """A visitor who may not write: the page shows no write controls."""

    def may(self, role: Role) -> bool:
        return False


def page_text() -> str:
    """The exchange page of the dossier with every version 2 construct, as words without markup."""
    reconciler = open_reconciler("memory:")
    plan = read_dossier(DOSSIER)
    reconciler.record_plans([plan])
    latest = reconciler.exchange(plan.agreement.slug)
    view = exchange_view(build_report(latest), latest)
    context = {"view": view, "parts": parts_of(view), "who": Reader(), "Role": Role}
    html = templates.get_template("exchange.html").render(request=None, **context)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_page_says_terms_were_not_announced_and_lists_each_statement_of_them() -> None:
    text = page_text()
    assert "Terms: not announced." in text
    assert "to Russia at least 50; to Ukraine 84 (people), stated by Coordination Headquarters" in text


def test_the_page_names_the_sources_that_deny_completion_and_the_unit_they_speak_of() -> None:
    text = page_text()
    assert "Declared complete by Coordination Headquarters (of the bodies), TASS." in text
    assert "Not complete according to: Coordination Headquarters says it is not complete;" in text
    assert "TASS says it continues (of the bodies)." in text
