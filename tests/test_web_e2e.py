"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright).

A real uvicorn server on a free loopback port serves a SQLite store ingested from examples/news plus a hostile
document (script tags, an <img onerror>). Screenshots of every page go to test-artifacts/web/ (git-ignored); with
KABARCHI_README_SCREENSHOT=1 the pair page is also written to docs/img/dashboard-pair.png for the README.
Skipped only where /usr/bin/chromium is absent (scripts/ci_chromium.sh installs it).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts" / "web"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
XSS_TEXT = (
    " date 2026-03-02\n"
    "<script>window.__pwned = 1</script> Kyrgyzstan <img src=x onerror=\"window.__pwned = 2\"> trade\n\n"
    "Trade between Kyrgyzstan and Tajikistan reached $77 million in 2025, the <b>ministry</b> said.\n"
)

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent: run scripts/ci_chromium.sh "
                       "(installs Debian's chromium) to run the browser tests"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    import uvicorn

    import kabarchi
    from kabarchi.web import create_app

    tmp = tmp_path_factory.mktemp("web-e2e")
    (tmp / "xss").mkdir()
    (tmp / "xss" / "hostile.txt").write_text(XSS_TEXT, encoding="utf-8")
    store = kabarchi.open(str(tmp / "kb.db"))
    store.ingest_paths([str(REPO / "examples" / "news"), str(tmp / "xss")])
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 30 s")
        time.sleep(0.05)
    xss_id = next(d.doc_id for d in store.documents(limit=1000) if d.source.endswith("hostile.txt"))
    yield {"base": f"http://127.0.0.1:{port}", "store": store, "xss_id": xss_id}
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser(server: dict[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:  # launch() gives every run a fresh temporary profile
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, server: dict[str, Any]) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server["base"])
    pg = ctx.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def on_request(req: Any) -> None:
        if not req.url.startswith(server["base"]) and not req.url.startswith(("data:", "blob:", "about:")):
            outside.append(req.url)

    pg.on("request", on_request)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.outside_requests = outside
    pg.js_errors = errors
    yield pg
    ctx.close()
    assert outside == [], f"the page asked for something outside the app: {outside}"


def _busiest_pair(server: dict[str, Any]) -> str:
    """The pair with a turnover chart that has both targets and conflicts in examples/news."""
    store = server["store"]
    conflicted = {(c.parties or ("", "")) for c in store.conflicts(type="trade_turnover")}
    targets = {f.parties for f in store.facts(type="trade_target")}
    best = max((p for p in store.pairs() if p.parties in conflicted and p.parties in targets),
               key=lambda p: (p.facts, p.parties))
    return f"{best.parties[0]}-{best.parties[1]}"


def test_overview_shows_the_pair_matrix_and_links_to_pairs(page: Any, server: dict[str, Any]) -> None:
    page.goto("/")
    cells = page.locator("#pair-matrix td a")
    assert cells.count() > 10
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    href = cells.first.get_attribute("href")
    cells.first.click()
    page.wait_for_load_state()
    assert page.url.endswith(href) and page.locator("h1").count() == 1
    assert page.js_errors == []


def test_pair_chart_renders_and_a_point_opens_its_source_sentence(page: Any, server: dict[str, Any]) -> None:
    pair = _busiest_pair(server)
    page.goto(f"/pairs/{pair}")
    page.wait_for_selector("#chart[data-rendered='1']", timeout=15000)
    # actual line, target stars and conflict crosses are all drawn
    assert page.locator("#chart .scatterlayer .trace").count() == 3
    assert page.locator("#chart .legendtext").all_text_contents() == ["Actual", "Target", "Conflicting"]
    assert page.locator("#target-box .card.actual .big").inner_text().strip()
    page.screenshot(path=str(ARTIFACTS / "pair.png"), full_page=True)
    if os.environ.get("KABARCHI_README_SCREENSHOT"):
        (REPO / "docs" / "img").mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 1280, "height": 1100})
        page.screenshot(path=str(REPO / "docs" / "img" / "dashboard-pair.png"), full_page=False)
        page.set_viewport_size({"width": 1280, "height": 900})

    # click the first actual point where Plotly drew it
    point = page.locator("#chart .scatterlayer .trace").first.locator("path.point").first
    box = point.bounding_box()
    assert box is not None
    data = page.evaluate("JSON.parse(document.getElementById('chart-data').textContent)")
    expected = {c[0] for t in data["traces"] for c in t["customdata"]}  # a cross may lie on top of the point
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(200)
    with page.expect_navigation(timeout=10000):
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    path = page.url[len(server["base"]):]
    assert path in expected, f"{path} is not one of the chart's sources"
    anchor = path.split("#", 1)[1]
    target = page.locator(f"mark#{anchor}")
    assert target.count() == 1
    # the sentence is the fact's evidence and it is the :target (highlighted) element
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    fact_id = int(anchor.split("-", 1)[1])
    [fact] = [f for f in server["store"].facts(pair=pair) if f.fact_id == fact_id]
    assert target.inner_text() == fact.evidence.text
    bg = page.evaluate("getComputedStyle(document.querySelector(':target')).backgroundColor")
    assert bg == "rgb(255, 159, 28)"
    target.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "document-from-chart.png"))
    assert page.js_errors == []


def test_document_page_highlights_spans_in_the_original_language(page: Any, server: dict[str, Any]) -> None:
    store = server["store"]
    doc = next(d for d in store.documents(lang="ky", limit=100) if store.document(d.doc_id).fact_ids)
    page.goto(f"/documents/{doc.doc_id}")
    assert page.locator("#doc-text").get_attribute("lang") == "ky"
    assert page.locator("#doc-text mark.hl-fact").count() >= 1
    assert page.locator("#doc-text mark.hl-entity").count() >= 1
    assert page.locator("#doc-text mark.hl-quantity").count() >= 1
    full = store.document(doc.doc_id).text
    assert page.locator("#doc-text").inner_text() == full  # marks add no text: the original, untouched
    page.screenshot(path=str(ARTIFACTS / "document.png"), full_page=True)


def test_hostile_document_renders_as_text(page: Any, server: dict[str, Any]) -> None:
    page.goto(f"/documents/{server['xss_id']}")
    text = page.locator("#doc-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x onerror=" in text
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("#doc-text script, #doc-text img, #doc-text b").count() == 0
    page.screenshot(path=str(ARTIFACTS / "hostile-document.png"), full_page=True)


def test_russian_labels_and_docs_page_work_offline(page: Any, server: dict[str, Any]) -> None:
    page.goto("/?lang=ru")
    assert page.locator("h1").inner_text() == "Пары стран по активности"
    assert page.locator("#pair-matrix td a").first.get_attribute("href").endswith("?lang=ru")
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 8
    page.screenshot(path=str(ARTIFACTS / "docs.png"))
    assert page.js_errors == []
