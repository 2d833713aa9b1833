"""The reading room in a real headless Chromium on a version 2 record: who said each figure, and ranges as bands."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page

from adapters.auth.keyring import Role
from tests.browser import chromium
from tests.easter_dossier import EASTER, SLUG
from tests.reading_desk import Desk, accessible, served_desk, sign_in

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One server process on a SQLite file holding the shipped dossier and the desk's Easter swap."""
    with served_desk(tmp_path_factory.mktemp("reading-room-record")) as served:
        headers = {"Authorization": f"Bearer {served.tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        httpx.post(served.url + "/dossiers", content=EASTER, headers=headers, timeout=120).raise_for_status()
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture(params=[1000, 375], ids=["desktop", "phone"])
def page(request: pytest.FixtureRequest, browser: Browser, desk: Desk) -> Iterator[Page]:
    """A fresh signed-in reader at desktop and at phone width."""
    context = browser.new_context(base_url=desk.url, viewport={"width": request.param, "height": 800})
    try:
        opened = context.new_page()
        sign_in(opened, desk, Role.READER)
        yield opened
    finally:
        context.close()


def test_each_origin_of_a_figure_is_shown_with_its_outlets_and_leads_to_their_claims(page: Page, desk: Desk) -> None:
    report = desk.json(f"/exchanges/{SLUG}/report")
    total = report["stages"][0]["directions"][0]["figures"][0]
    page.goto(f"/exchanges/{SLUG}")
    row = page.locator("section.stage[data-stage='1'] table.figures").first.locator("tr[data-figure='total']")
    origins = [" ".join(text.split()) for text in row.locator("ul.behind li").all_inner_texts()]
    assert origins == [
        "First said by Ukraine's Coordination Headquarters, relayed by Censor.NET",
        "Also said by Russia's Defence Ministry, relayed by TASS, Interfax",
    ]
    assert "confirmed by both parties" in row.locator(".said-by").inner_text()
    assert total["corroboration"]["kind"] == "confirmed_by_both_parties"
    accessible(page)
    row.locator("ul.behind a", has_text="Interfax").click()
    interfax = next(e["claim_id"] for e in total["sources"] if e["source"] == "Interfax")
    page.wait_for_url(f"**/claims/{interfax}")
    assert "Russia's Defence Ministry (Russia / Defence Ministry), carried by Interfax" in page.inner_text("main")
    accessible(page)


def test_a_stage_said_as_a_range_is_a_lighter_band_from_its_low_to_its_high(page: Page, desk: Desk) -> None:
    page.goto(f"/exchanges/{SLUG}")
    # The exchange's own chart: the bodies beside the people have a chart to Ukraine of their own further down.
    chart = page.locator("section[aria-labelledby='progress'] figure.chart[data-party='Ukraine']")
    svg = chart.locator("svg.bar")
    assert "Stage 2 was said as a range: 200 to 250." in str(svg.get_attribute("aria-label"))
    assert "200\N{EN DASH}250" in chart.locator("table").inner_text()
    track, low, band = (chart.locator(f"rect.{name}").bounding_box() for name in ("track", "ranged-low", "band"))
    assert track is not None
    assert low is not None
    assert band is not None
    # The bar's scale is the target, 500: the certain 200 and the band of the 50 beyond it.
    assert low["width"] / track["width"] == pytest.approx(200 / 500, abs=0.01)
    assert band["width"] / track["width"] == pytest.approx(50 / 500, abs=0.01)
    assert band["x"] == pytest.approx(low["x"] + low["width"], abs=3)  # the band's outline widens its box
    solid, light = (
        float(chart.locator(f"rect.{name}").evaluate("el => getComputedStyle(el).fillOpacity"))
        for name in ("ranged-low", "band")
    )
    assert light < solid
    accessible(page)
