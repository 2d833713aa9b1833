"""A real headless Chromium for the page tests: Debian's `chromium` package, driven by Playwright for Python."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.postgres_server import in_ci

CHROMIUM = Path("/usr/bin/chromium")
INSTALL_HINT = "install Debian's browser: sudo apt-get install chromium"
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
"""axe-core 4.14.1 (MPL-2.0, its licence header kept), injected into each page the tests open."""
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium() -> Iterator[Browser]:
    """The system's Chromium, headless; skipped when it is missing, except under CI, where that is a failure."""
    if not CHROMIUM.exists():
        message = f"no browser at {CHROMIUM}: {INSTALL_HINT}"
        if in_ci():
            pytest.fail(f"CI needs Chromium: {message}", pytrace=False)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def serious_violations(page: Page) -> list[str]:
    """axe-core's violations of serious or critical impact on the page as it stands, one line each."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{item['id']} ({item['impact']}): {item['help']} at {[node['target'] for node in item['nodes']][:3]}"
        for item in found
        if item.get("impact") in ("serious", "critical")
    ]
