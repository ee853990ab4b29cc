"""End to end in real headless Chromium (Debian's, driven by playwright): every page opens, the
timeline leads to an article with the right span marked, a click on a record marks its span, and
no injected script runs. Screenshots go to ``test-output/screenshots/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# How long the server may take to start, and a page to settle: generous for a loaded 2-core CI box.
SERVER_START_TIMEOUT_S = 30
PAGE_TIMEOUT_MS = 20_000
VIEWPORT = {"width": 1280, "height": 900}


def chromium_path() -> str | None:
    """Debian's chromium: $ACCORD_CHROMIUM, else ``chromium`` on PATH, else /usr/bin/chromium."""
    for candidate in (os.environ.get("ACCORD_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(full_db) -> Iterator[str]:
    """The app over the example store, served by uvicorn on a free loopback port in a thread."""
    import uvicorn

    from accord.web import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(full_db.url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no chromium binary (set ACCORD_CHROMIUM or `apt-get install chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Watched:
    """A page plus everything that must not happen on it: dialogs, page errors, foreign requests."""

    def __init__(self, page, base_url: str) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        host = urlsplit(base_url).netloc
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: None if urlsplit(request.url).netloc == host or request.url.startswith("data:")
                else self.foreign.append(request.url))

    def check_clean(self) -> None:
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        assert self.errors == [], self.errors
        assert self.foreign == [], f"requests outside the server: {self.foreign}"


@pytest.fixture
def watched(browser, server_url) -> Iterator[Watched]:
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(PAGE_TIMEOUT_MS)
    page = context.new_page()
    view = Watched(page, server_url)
    yield view
    try:
        view.check_clean()
    finally:
        context.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def active_text(page, role: str) -> str:
    """Text of the marked pieces of the article carrying ``role`` (``e1-trigger``, ``s2-content``)."""
    return page.evaluate(
        """role => Array.from(document.querySelectorAll('#article-text .hl.active'))
              .filter(el => el.dataset.roles.split(' ').includes(role))
              .map(el => el.textContent).join('')""",
        role,
    )


def in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """sel => { const r = document.querySelector(sel).getBoundingClientRect();
                    return r.bottom > 0 && r.top < window.innerHeight; }""",
        selector,
    )


@pytest.mark.parametrize(
    ("name", "path"),
    [("negotiation", "/"), ("timeline", "/timeline"), ("who-said-what", "/who-said-what"), ("search", "/search?q=talks"),
     ("articles", "/articles"), ("api-docs", "/docs"), ("divergence", "/divergence"),
     ("clusters", "/clusters"), ("positions", "/positions"), ("map", "/map"), ("entities", "/entities")],
)
def test_each_page_opens(watched, server_url, name, path) -> None:
    page = watched.page
    response = page.goto(server_url + path)
    assert response.status == 200
    assert page.locator("header.site .brand").inner_text() == "accord"
    if name == "api-docs":
        page.wait_for_selector("section.endpoint")
        assert page.locator("section.endpoint").count() >= 5
    screenshot(page, name)


def test_timeline_leads_to_the_marked_event(watched, server_url, full_db) -> None:
    page = watched.page
    page.goto(server_url + "/timeline?type=AGREE")
    link = page.locator(".event-item a.source").first
    href = link.get_attribute("href")
    article_id, event_id = href.split("/articles/")[1].split("#")
    link.click()
    page.wait_for_selector("body[data-ready=true]")
    assert page.url.endswith(f"/articles/{article_id}#{event_id}")
    article = page.request.get(f"{server_url}/api/articles/{article_id}").json()
    event = next(e for e in article["events"] if e["id"] == event_id)
    assert active_text(page, f"{event_id}-trigger") == event["trigger"]["text"]
    assert page.locator(f'.rec[data-rec="{event_id}"]').get_attribute("class").split().count("active") == 1
    assert in_viewport(page, "#article-text .hl.active")
    screenshot(page, "article-from-timeline")


def test_divergence_statement_leads_to_its_marked_span(watched, server_url) -> None:
    page = watched.page
    page.goto(server_url + "/divergence")
    assert page.locator(".divergence .side").count() >= 2
    screenshot(page, "divergence")
    link = page.locator('.divergence .side[data-polarity="negative"] a.source').first
    article_id, statement_id = link.get_attribute("href").split("/articles/")[1].split("#")
    link.click()
    page.wait_for_selector("body[data-ready=true]")
    article = page.request.get(f"{server_url}/api/articles/{article_id}").json()
    statement = next(s for s in article["statements"] if s["id"] == statement_id)
    assert statement["polarity"] == "negative"
    assert active_text(page, f"{statement_id}-content") == statement["content"]["text"]
    assert in_viewport(page, "#article-text .hl.active")
    screenshot(page, "article-from-divergence")


def test_clicking_a_record_marks_and_scrolls_to_its_span(watched, server_url, full_db) -> None:
    page = watched.page
    examples = [sid for rid, sid in full_db.ids.items() if not rid.startswith("web-")]
    articles = [page.request.get(f"{server_url}/api/articles/{sid}").json() for sid in examples]
    article = max(articles, key=lambda a: len(a["statements"]))
    assert len(article["statements"]) >= 2, "the example articles should have statements"
    store_id = article["id"]
    page.goto(f"{server_url}/articles/{store_id}")
    page.wait_for_selector("body[data-ready=true]")
    last = article["statements"][-1]  # far down the text: it must be scrolled to
    page.locator(f'.rec[data-rec="{last["id"]}"]').click()
    assert active_text(page, f"{last['id']}-content") == last["content"]["text"]
    assert in_viewport(page, f'#article-text [data-roles~="{last["id"]}-content"]')
    assert page.evaluate("location.hash") == f"#{last['id']}"
    screenshot(page, "article-record-clicked")
    first = article["statements"][0]
    page.locator(f'.rec[data-rec="{first["id"]}"]').click()
    assert active_text(page, f"{first['id']}-content") == first["content"]["text"]
    assert active_text(page, f"{last['id']}-content") == ""  # the previous mark is cleared
    # and the other way: a click in the text selects the record in the list
    page.locator(f'#article-text [data-roles~="{last["id"]}-content"]').first.click()
    assert "active" in page.locator(f'.rec[data-rec="{last["id"]}"]').get_attribute("class").split()


def test_injected_markup_is_shown_not_run(watched, server_url, full_db) -> None:
    page = watched.page
    page.goto(f"{server_url}/articles/{full_db.ids['web-xss']}")
    page.wait_for_selector("body[data-ready=true]")
    shown = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in shown
    assert "&amp; then left" in shown
    assert page.locator("h1").inner_text().startswith('<script>alert("title")</script>')
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.getAttribute('src'))")
    assert scripts == ["/static/article.js"]
    assert page.locator("#article-text i, #article-text script, aside i").count() == 0
    page.locator('.rec[data-rec="s1"]').click()
    assert active_text(page, "s1-content").startswith("<script>alert(1)</script>")
    screenshot(page, "article-escaped")
    # the same texts on the list pages
    for path in ("/", "/timeline", "/who-said-what", "/articles", "/entities", "/positions", "/map"):
        page.goto(server_url + path)
    assert watched.dialogs == []


def test_negotiation_round_and_its_sources(watched, server_url) -> None:
    """The front page: a dot on the time axis leads to its round; a round's source opens its article."""
    page = watched.page
    page.goto(server_url + "/")
    assert page.locator("h1").inner_text() == "The negotiation, round by round"
    rounds = page.locator("section.round")
    assert rounds.count() >= 1
    dot = page.locator("svg.time-axis a").first
    target = dot.get_attribute("href")
    dot.locator("circle").click()
    assert page.evaluate("location.hash") == target
    assert in_viewport(page, target)
    screenshot(page, "negotiation")
    source = page.locator(f"{target} details.sources a.source").first
    title = source.inner_text()
    source.click()
    page.wait_for_selector("body[data-ready=true]")
    assert page.locator("h1").inner_text() == title


def test_positions_point_leads_to_its_statement(watched, server_url) -> None:
    page = watched.page
    page.goto(server_url + "/positions")
    points = page.locator("svg.positions-chart a.point")
    assert points.count() >= 2
    screenshot(page, "positions")
    point = points.last  # drawn last, so on top of any point it overlaps
    href = point.get_attribute("href")
    article_id, statement_id = href.split("/articles/")[1].split("#")
    point.locator("circle").click(force=True)
    page.wait_for_selector("body[data-ready=true]")
    article = page.request.get(f"{server_url}/api/articles/{article_id}").json()
    statement = next(s for s in article["statements"] if s["id"] == statement_id)
    assert active_text(page, f"{statement_id}-content") == statement["content"]["text"]


def test_map_place_leads_to_its_events(watched, server_url) -> None:
    page = watched.page
    page.goto(server_url + "/map")
    places = page.locator("svg.place-map a.place")
    assert places.count() >= 1
    screenshot(page, "map")
    place = places.last  # drawn last (the smallest), so on top of any circle it overlaps
    name = place.get_attribute("data-place")
    place.locator("circle").click(force=True)
    page.wait_for_selector("ol.timeline")
    assert page.locator(".event-item").count() >= 1
    assert all(place == name for place in page.locator(".event-item .place").all_inner_texts())


def test_names_lead_to_entity_pages_and_stay_escaped(watched, server_url) -> None:
    page = watched.page
    page.goto(server_url + "/who-said-what")
    link = page.locator("a.entity", has_text="Bob <i>Sample</i>").first
    link.click()
    page.wait_for_selector("article.entity-view")
    assert page.locator("h1").inner_text().startswith("Bob <i>Sample</i>")
    assert page.locator("h1 i, .spelling i").count() == 0
    assert page.locator(".entity-statements .statement-item").count() >= 1
    page.goto(server_url + "/entities")
    assert page.locator("table.entities tbody tr").count() >= 3
    page.locator("table.entities a.entity").first.click()
    page.wait_for_selector("article.entity-view")
    screenshot(page, "entity")


def test_round_leads_to_its_event_page_and_its_parties(watched, server_url) -> None:
    """A round's TALKS badge opens the event's page (every report); a party named there opens its entity page."""
    page = watched.page
    page.goto(server_url + "/negotiation")
    page.locator("section.round h2 a.cluster-link").first.click()
    page.wait_for_selector("ul.cluster-reports")
    assert page.locator("h1 .badge").first.inner_text() == "CONSULT"
    assert page.locator("ul.cluster-reports li.report a.source").count() >= 1
    screenshot(page, "event")
    party = page.locator("h1 a.entity").first
    href = party.get_attribute("href")  # the name as reported ("Kyiv") may differ from the entity's ("Ukraine")
    party.click()
    page.wait_for_selector("article.entity-view")
    assert page.url == server_url + href and page.locator("h1").inner_text().strip()
