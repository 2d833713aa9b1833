"""The reading room's write controls and its "announced before" control in a real headless Chromium.

A server of its own (a SQLite file holding the shipped dossier), so that what these tests correct, retract and
declare does not reach the figures the other page tests read."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Locator, Page

from adapters.auth.keyring import Role
from tests.browser import chromium
from tests.reading_desk import SLUG, Desk, accessible, served_desk, sign_in

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One server process for the module."""
    with served_desk(tmp_path_factory.mktemp("reading-room-acting")) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the module."""
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser, desk: Desk) -> Iterator[Page]:
    """A fresh browser context (no cookies) for each test, 1000 pixels wide."""
    context = browser.new_context(base_url=desk.url, viewport={"width": 1000, "height": 800})
    try:
        yield context.new_page()
    finally:
        context.close()


def stage_table(page: Page, stage: int, party: str) -> Locator:
    """The table of a stage's figures received by `party`, as the exchange page shows it."""
    tables = page.locator(f"section.stage[data-stage='{stage}'] table.figures")
    return tables.filter(has=page.locator("caption", has_text=f"To {party.lower()}"))


def open_claim(page: Page, stage: int, source: str) -> None:
    """From the exchange page, follow the first link to `source`'s claim in the stage's table to Ukraine."""
    page.goto(f"/exchanges/{SLUG}")
    stage_table(page, stage, "Ukraine").get_by_role("link", name=re.compile("^" + re.escape(source))).first.click()
    page.wait_for_url(re.compile(r"/claims/"))


def test_a_recorder_corrects_a_claim_and_the_exchange_shows_the_new_figure(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.RECORDER)
    open_claim(page, 1, "Ukraine's Defence Ministry")
    accessible(page)
    page.fill("#f-figures", "{total: 392}")
    page.fill("#f-reason", "The ministry revised its count.")
    page.click("#correct-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=corrected#changes$"))
    assert "total 392" in page.locator("li[data-kind=corrected]").inner_text()
    page.goto(f"/exchanges/{SLUG}")
    assert stage_table(page, 1, "Ukraine").locator("tr[data-figure='total'] td.num").inner_text() == "392"
    report = desk.json(f"/exchanges/{SLUG}/report")
    stage_1 = next(stage for stage in report["stages"] if stage["stage"] == 1)
    to_ukraine = next(d for d in stage_1["directions"] if d["direction"] == "to Ukraine")
    assert next(f for f in to_ukraine["figures"] if f["figure"] == "total")["accepted"] == 392


def test_a_correction_without_a_reason_is_refused_beside_the_reason(page: Page, desk: Desk) -> None:
    version = desk.json(f"/exchanges/{SLUG}/report")["exchange"]["version"]
    sign_in(page, desk, Role.RECORDER)
    open_claim(page, 1, "Kyiv Independent")
    page.fill("#f-figures", "{total: 391}")
    page.fill("#f-reason", "   ")
    page.click("#correct-form button[type=submit]")
    assert "The reason is empty" in page.locator("#e-reason").inner_text()
    assert page.locator("#f-reason").get_attribute("aria-invalid") == "true"
    assert page.input_value("#f-figures") == "{total: 391}"
    accessible(page)
    assert desk.json(f"/exchanges/{SLUG}/report")["exchange"]["version"] == version


def test_a_retracted_claim_leaves_the_figures(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.RECORDER)
    open_claim(page, 1, "Ukrainska Pravda")
    claim = page.url.split("?")[0]
    page.fill("#f-retract_reason", "The outlet withdrew the story.")
    page.click("#retract-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=retracted#changes$"))
    assert page.locator("[data-retracted=yes]").count() == 1
    assert "The outlet withdrew the story." in page.locator("li[data-kind=retracted]").inner_text()
    assert page.locator("#correct-form, #retract-form, #origin-form").count() == 0
    page.goto(f"/exchanges/{SLUG}")
    cited = page.locator(f"section.stage[data-stage='1'] a[href='{claim.removeprefix(desk.url)}']")
    assert cited.count() == 0


def test_a_recorder_declares_the_exchange_complete_and_the_page_says_so(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.RECORDER)
    page.goto(f"/exchanges/{SLUG}")
    accessible(page)
    page.fill("#f-source_name", "Coordination Headquarters")
    page.select_option("#f-tier", "official")
    page.click("#complete-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=declared#status$"))
    assert "Recorded: the declaration of completion" in page.locator("p[role=status]").inner_text()
    assert "Coordination Headquarters" in page.locator("#status").inner_text()


def test_a_recorder_declares_only_the_bodies_complete_and_the_page_names_the_unit(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.RECORDER)
    page.goto(f"/exchanges/{SLUG}")
    page.fill("#f-source_name", "Ukraine's Ombudsman")
    page.select_option("#f-tier", "official")
    page.select_option("#f-unit", "bodies")
    page.click("#complete-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=declared#status$"))
    assert "Ukraine's Ombudsman (of the bodies)" in page.locator("#status").inner_text()
    accessible(page)


def test_a_recorder_changes_the_origin_of_a_claims_source_and_the_history_keeps_the_one_replaced(
    page: Page, desk: Desk
) -> None:
    sign_in(page, desk, Role.RECORDER)
    open_claim(page, 1, "Kyiv Independent")
    accessible(page)
    was = page.input_value("#f-origin")
    page.fill("#f-origin", "Ukraine / Coordination Headquarters")
    page.fill("#f-origin_reason", "the article quotes the headquarters")
    page.click("#origin-form button[type=submit]")
    page.wait_for_url(re.compile(r"done=attributed#changes$"))
    assert page.input_value("#f-origin") == "Ukraine / Coordination Headquarters"
    change = page.locator("ol.changes li").last.inner_text()
    assert f"re-attributed from {was} to Ukraine / Coordination Headquarters" in change


def test_a_reader_sees_no_write_controls_and_its_posts_are_refused(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.READER)
    page.goto(f"/exchanges/{SLUG}")
    assert page.locator("#complete-form").count() == 0
    open_claim(page, 1, "Kyiv Independent")
    assert page.locator("#correct-form, #retract-form, #origin-form").count() == 0
    claim = page.url.split("?")[0]
    csrf = page.locator("form[action='/sign-out'] input[name=csrf]").input_value()
    posts: dict[str, dict[str, str | float | bool]] = {
        f"{claim}/correct": {"csrf": csrf, "figures": "{total: 1}", "reason": "a reader tries"},
        f"{claim}/retract": {"csrf": csrf, "retract_reason": "a reader tries"},
        f"{claim}/attribute": {"csrf": csrf, "origin": "Russia / Defence Ministry", "origin_reason": "a reader tries"},
        f"/exchanges/{SLUG}/complete": {"csrf": csrf, "source_name": "A reader", "tier": "official"},
    }
    for path, form in posts.items():
        assert page.request.post(path, form=form).status == 403, path


def test_announced_before_hides_what_sources_said_later(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.READER)
    page.goto(f"/exchanges/{SLUG}")
    assert page.locator("section.stage[data-stage='2']").count() == 1
    page.fill("#announced-before", "2025-05-24")
    page.click("#announced-form button[type=submit]")
    page.wait_for_url(re.compile(r"announced_before=2025-05-24$"))
    assert page.locator("section.stage[data-stage='1']").count() == 1
    assert page.locator("section.stage[data-stage='2'], section.stage[data-stage='3']").count() == 0
    assert "as announced before 2025-05-24 00:00 UTC" in page.locator("#status").inner_text()
    accessible(page)
    shared = page.url
    page.goto(shared)
    assert page.locator("section.stage[data-stage='2']").count() == 0


def test_the_new_pages_pass_the_accessibility_check_at_phone_width(browser: Browser, desk: Desk) -> None:
    context = browser.new_context(base_url=desk.url, viewport={"width": 375, "height": 740})
    try:
        page = context.new_page()
        sign_in(page, desk, Role.RECORDER)
        page.goto(f"/exchanges/{SLUG}")
        claim = page.locator("table.figures a").first.get_attribute("href")
        for path in (str(claim), f"/exchanges/{SLUG}/complete", f"/exchanges/{SLUG}?announced_before=2025-05-25"):
            page.goto(path)
            accessible(page)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375 + 1, f"{path} is {width} px wide at phone width"
    finally:
        context.close()


def test_an_exchange_page_prints_as_a_report_without_controls(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.RECORDER)
    page.goto(f"/exchanges/{SLUG}")
    assert page.locator("#complete-form").is_visible()
    page.emulate_media(media="print")
    for control in ("header.top", "nav.actions", "#as-of-form", "#announced-form", "#complete-form", "footer.foot"):
        assert not page.locator(control).is_visible(), f"{control} would be printed"
    assert page.locator("figure.chart").first.is_visible()
    assert page.locator("section.stage[data-stage='1'] table.figures").first.is_visible()
    assert page.locator("#findings").is_visible()
