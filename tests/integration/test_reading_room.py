"""The reading room in a real headless Chromium, against the real app served from its own process on a SQLite file."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from tests.browser import chromium
from tests.reading_desk import SLUG, Desk, accessible, served_desk, sign_in
from tests.service_processes import ROOT

pytestmark = pytest.mark.integration
SCREENSHOT = ROOT / "adapters" / "http" / "pages" / "docs" / "exchange-page.png"
"""The README's picture of the exchange page; written again when RECON_WRITE_SCREENSHOT=1."""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One server process for the module, on a SQLite file holding the shipped dossier."""
    with served_desk(tmp_path_factory.mktemp("reading-room")) as served:
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


def test_the_exchange_page_shows_the_figures_of_the_json_report(page: Page, desk: Desk) -> None:
    report = desk.json(f"/exchanges/{SLUG}/report")
    sign_in(page, desk, Role.READER)
    page.goto(f"/exchanges/{SLUG}")
    for line in report["progress"]:
        chart = page.locator(f"figure.chart[data-party='{line['party']}']")
        assert chart.get_attribute("data-accepted") == str(line["accepted"])
        assert chart.get_attribute("data-target") == str(line["target"])
        assert f"{line['accepted']:,}" in chart.locator("figcaption").inner_text()
    for stage in report["stages"]:
        section = page.locator(f"section.stage[data-stage='{stage['stage'] or 'all'}']")
        shown = section.locator("tr[data-figure='total'] td.num").all_inner_texts()
        wanted = [f"{f['accepted']:,}" for d in stage["directions"] for f in d["figures"] if f["figure"] == "total"]
        assert shown == wanted
    # Who said each figure, as the report's corroboration states it: three origins of Ukraine's, one outlet each.
    said = page.locator("section.stage[data-stage='1'] tr[data-figure='total'] .said-by").first.inner_text()
    outlets = report["stages"][0]["directions"][0]["figures"][0]["corroboration"]["outlets"]
    assert said.startswith("stated by "), said
    assert said.endswith(f"(independent origins of one party; {outlets} outlets)"), said
    accessible(page)
    if os.environ.get("RECON_WRITE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 900, "height": 700})
        page.screenshot(path=str(SCREENSHOT), clip={"x": 0, "y": 0, "width": 900, "height": 700})


def test_moving_the_version_control_back_hides_stage_3(page: Page, desk: Desk) -> None:
    first_with_stage_3 = next(
        version
        for version in range(1, desk.json(f"/exchanges/{SLUG}/report")["exchange"]["version"] + 1)
        if any(s["stage"] == 3 for s in desk.json(f"/exchanges/{SLUG}/report?as_of_version={version}")["stages"])
    )
    sign_in(page, desk, Role.READER)
    page.goto(f"/exchanges/{SLUG}")
    assert page.locator("section.stage[data-stage='3']").count() == 1
    page.locator("#as-of-range").fill(str(first_with_stage_3 - 1))
    assert page.input_value("#as-of-version") == str(first_with_stage_3 - 1)
    page.click("#as-of-form button[type=submit]")
    page.wait_for_url(re.compile(rf"as_of_version={first_with_stage_3 - 1}$"))
    assert page.locator("section.stage[data-stage='3']").count() == 0
    assert page.locator("section.stage[data-stage='2']").count() == 1
    accessible(page)


def test_a_recorded_claim_raises_a_finding_that_an_acknowledgement_takes_off_the_morning_list(
    page: Page, desk: Desk
) -> None:
    sign_in(page, desk, Role.ADMIN)
    page.goto(f"/exchanges/{SLUG}/record")
    accessible(page)
    page.fill("#f-stage", "1")
    page.select_option("#f-direction", "to Ukraine")
    page.fill("#f-source_name", "Sakh.online")
    page.select_option("#f-tier", "aggregator")
    page.fill("#f-figures", "{total: 391}")
    page.click("form.stack button[type=submit]")
    assert "1 claim recorded" in page.locator("[role=status]").inner_text()
    page.goto("/morning")
    accessible(page)
    finding = page.locator("li.finding").first.get_attribute("data-finding")
    assert finding is not None
    page.goto(f"/exchanges/{SLUG}")
    article = page.locator("article.finding").filter(has=page.locator(f"input[name=finding][value='{finding}']"))
    form = article.locator("form.acknowledge")
    form.locator("input[name=note]").fill("Sakh.online rounds up; the ministry's 390 stands.")
    form.locator("button").click()
    page.wait_for_url(re.compile(r"#findings$"))
    assert "Sakh.online rounds up" in page.locator(f"article.finding[data-finding='{finding}']").inner_text()
    page.goto("/morning")
    assert page.locator(f"li.finding[data-finding='{finding}']").count() == 0


def test_a_malformed_dossier_is_refused_naming_its_line(page: Page, desk: Desk) -> None:
    text = shipped_dossier().read_text(encoding="utf-8").replace("total: 390", "total: -390", 1)
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "total: -390" in row)
    sign_in(page, desk, Role.RECORDER)
    page.goto("/record")
    page.set_input_files("#dossier", {"name": "broken.yaml", "mimeType": "application/yaml", "buffer": text.encode()})
    page.click("form.stack button[type=submit]")
    problem = page.locator("#dossier-problem").inner_text()
    assert f"broken.yaml:{line}:" in problem
    assert "total" in problem
    accessible(page)


def test_a_reader_sees_no_write_controls_and_a_readers_post_is_refused(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.READER)
    page.goto(f"/exchanges/{SLUG}")
    assert page.locator("form.acknowledge").count() == 0
    assert page.get_by_role("link", name="Record a claim").count() == 0
    csrf = page.locator("form[action='/sign-out'] input[name=csrf]").input_value()
    answer = page.request.post(
        f"/exchanges/{SLUG}/acknowledge", form={"csrf": csrf, "finding": "any", "note": "a reader tries"}
    )
    assert answer.status == 403
    page.goto("/record")
    assert page.locator("#dossier").count() == 0
    answer = page.request.post(
        "/record",
        multipart={
            "csrf": csrf,
            "dossier": {"name": "d.yaml", "mimeType": "application/yaml", "buffer": b"format: recon-dossier/1\n"},
        },
    )
    assert answer.status == 403


def test_every_page_passes_the_accessibility_check_at_phone_width(browser: Browser, desk: Desk) -> None:
    context = browser.new_context(base_url=desk.url, viewport={"width": 375, "height": 740})
    try:
        page = context.new_page()
        sign_in(page, desk, Role.ADMIN)
        page.goto(f"/exchanges/{SLUG}")
        claim = page.locator("table.figures a").first.get_attribute("href")
        paths = [
            "/",
            f"/exchanges/{SLUG}",
            str(claim),
            f"/exchanges/{SLUG}/history",
            f"/exchanges/{SLUG}/changes",
            "/morning",
            "/record",
            f"/exchanges/{SLUG}/record",
            "/sign-in",
            "/exchanges/no-such-exchange",
        ]
        for path in paths:
            page.goto(path)
            accessible(page)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375 + 1, f"{path} is {width} px wide at phone width"
    finally:
        context.close()


def test_the_keyboard_reaches_the_content_first_and_focus_is_always_visible(page: Page, desk: Desk) -> None:
    sign_in(page, desk, Role.REVIEWER)
    page.goto(f"/exchanges/{SLUG}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the content"
    unmarked = []
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "[document.activeElement.outerHTML.slice(0, 80), getComputedStyle(document.activeElement).outlineStyle]"
        )
        if focused[1] == "none":
            unmarked.append(focused[0])
    assert not unmarked
