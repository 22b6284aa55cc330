"""The web page in a real browser: Debian's Chromium driven by Playwright (no browser download).

A uvicorn server on a free loopback port serves a hand-built store; the tests search, open an
event and check what a person sees. Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from api_store import build_store

expect = pytest.importorskip("playwright.sync_api").expect

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
# Flags needed on this closed network: no background connections, no sandbox as root.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from tidings.api import create_app

    db = build_store(tmp_path_factory.mktemp("web") / "web.duckdb")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives each launch a new empty profile directory of its own.
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    yield opened
    context.close()
    assert errors == [], errors


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_shows_the_dyad_timeline_in_date_order(page, base_url: str) -> None:
    started = time.monotonic()
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=list] .tl-item")
    assert time.monotonic() - started < 5
    page.fill("#dyad", "prk-jpn")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"#/\?dyad=JPN-PRK$"))
    expect(page.locator("#timeline-title")).to_have_text("Timeline JPN-PRK")
    expect(page.locator(".tl-item .tl-date")).to_have_text(
        [
            "2004-05",
            "2005-11-03",
            "2012-11-15",
            "2012-11-16",
            "2014-03-19 – 20",
            "2014-03-20",
            "2014-03-30",
        ]
    )
    expect(page.locator(".timeline .year")).to_have_text(["2004", "2005", "2012", "2014"])
    expect(page.locator("#trend svg rect.bar")).to_have_count(6)
    # Pyongyang, Beijing, Ulaanbaatar and Shenyang
    expect(page.locator("#map circle.dot")).to_have_count(4)
    _shot(page, "timeline")


def test_text_search_and_event_page_highlights_the_sentence(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=list] .tl-item")
    page.fill("#q", "Shenyang")
    page.press("#q", "Enter")
    expect(page).to_have_url(re.compile(r"q=Shenyang"))
    items = page.locator(".tl-item")
    expect(items).to_have_count(1)  # two reports of one meeting: one real event
    shenyang = items.filter(has_text="2 sources")
    assert "Red Cross officials of Japan and North Korea met in Shenyang" in shenyang.inner_text()
    shenyang.locator("a").click()
    page.wait_for_selector("body[data-ready=event] .mention")
    sentences = page.locator(".mention .sentence")
    assert sentences.count() == 2
    first = sentences.nth(0)
    assert first.inner_text().startswith("Red Cross officials of Japan and North Korea met")
    assert first.locator("mark.hl-actor").all_inner_texts() == ["Japan", "North Korea"]
    assert first.locator("mark.hl-trigger").all_inner_texts() == ["met"]
    assert first.locator("mark.hl-date").all_inner_texts() == ["Wednesday"]
    second = sentences.nth(1)
    assert second.locator("mark.hl-trigger").all_inner_texts() == ["held talks"]
    assert second.locator("mark.hl-date").all_inner_texts() == ["March 19 and 20"]
    outlets = page.locator(".mention .outlet").all_inner_texts()
    assert outlets == ["Seoul Morning Daily", "Capital Wire"]
    assert "2 mentions in 2 articles from 2 sources" in page.locator(".ev-facts").inner_text()
    _shot(page, "event")
    page.click("text=Back to the timeline")
    expect(page.locator(".tl-item")).to_have_count(7)


def test_hostile_text_is_shown_not_run(page, base_url: str) -> None:
    page.goto(base_url + "/#/?q=Ulaanbaatar")
    page.wait_for_selector("body[data-ready=list] .tl-item")
    page.locator(".tl-item a").first.click()
    page.wait_for_selector("body[data-ready=event] .mention")
    head = page.locator(".mention-head")
    assert "<img src=x onerror=alert(1)>" in head.inner_text()
    assert page.locator(".mention img").count() == 0
    assert page.locator(".mention-head a").count() == 0  # a javascript: URL is not linked


def test_filters_and_small_screen(page, base_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=list] .tl-item")
    page.click("#toggle-filters")
    page.select_option("select[name=quad_class]", "4")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"quad_class=4"))
    expect(page.locator(".tl-item .tl-date")).to_have_text(["2012-11-16"])
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    _shot(page, "mobile-filtered")
