"""The REST API and the server-rendered pages, through FastAPI's test client over a store of examples/news.

Also: the store's paginated queries that the web uses, on SQLite and PostgreSQL; the highlighter's HTML; labels.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kabarchi.store as ks

pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette's test client asks for httpx2; httpx works the same here
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from kabarchi.web import create_app
from kabarchi.web.highlight import Mark, render
from kabarchi.web.labels import LANGS, _tables, choose_lang

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

REPO = Path(__file__).resolve().parent.parent
HOSTILE = (
    " date 2026-03-02\n"
    "<script>alert(1)</script> Kyrgyzstan <img src=x onerror=alert(2)> \"quoted\" & 'single'\n\n"
    "Trade between Kyrgyzstan and Tajikistan reached $77 million in 2025, the <b>ministry</b> said.\n"
)
TOKEN = "t0ken-for-tests"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("web-api")
    (tmp / "hostile").mkdir()
    (tmp / "hostile" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    store = ks.open(str(tmp / "kb.db"))
    store.ingest_paths([str(REPO / "examples" / "news"), str(tmp / "hostile")])
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(kb: ks.Store) -> TestClient:
    return TestClient(create_app(kb))


@pytest.fixture(scope="module")
def hostile_id(kb: ks.Store) -> str:
    return next(d.doc_id for d in kb.documents(limit=1000) if d.source.endswith("hostile.txt"))


def _error(r: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"])
    if code:
        assert body["error"]["code"] == code
    return body["error"]


# --- API ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/documents", "/api/facts", "/api/events", "/api/conflicts", "/api/pairs"])
def test_lists_are_pages(client: TestClient, path: str) -> None:
    body = client.get(path).json()
    assert set(body) == {"items", "next"} and body["items"]


@pytest.mark.parametrize("path", ["/api/documents", "/api/facts", "/api/events", "/api/conflicts"])
def test_cursor_pages_cover_everything_once(client: TestClient, path: str) -> None:
    everything = client.get(path, params={"limit": 500}).json()
    assert everything["next"] is None
    seen, cursor = [], None
    while True:
        page = client.get(path, params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        assert len(page["items"]) <= 2
        seen += page["items"]
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == everything["items"]


def test_facts_filters(client: TestClient, kb: ks.Store) -> None:
    items = client.get("/api/facts", params={"pair": "TJ-KG", "limit": 500}).json()["items"]
    assert items and all(sorted(f["parties"] if "parties" in f else [f["from"], f["to"]]) == ["KG", "TJ"]
                         for f in items)
    assert len(items) == len(kb.facts(pair="KG-TJ"))
    turn = client.get("/api/facts", params={"type": "trade_turnover", "since": "2025-06-01", "limit": 500}).json()
    assert turn["items"] and all(f["type"] == "trade_turnover" for f in turn["items"])
    assert all(((f["period"] or {}).get("end") or (f["published"] or "")[:10]) >= "2025-06-01" for f in turn["items"])
    ru = client.get("/api/facts", params={"lang": "ru", "limit": 500}).json()["items"]
    assert ru and {f["lang"] for f in ru} == {"ru"}
    f = ru[0]
    assert f["url"] == f"/documents/{f['doc_id']}#f-{f['fact_id']}"


@pytest.mark.parametrize(("params", "what"), [
    ({"limit": 0}, "limit"), ({"limit": 501}, "limit"), ({"pair": "KG"}, "pair"), ({"pair": "KG-KG"}, "pair"),
    ({"since": "2025-13-01"}, "since"), ({"lang": "xx"}, "lang"), ({"type": "trade"}, "type"),
    ({"cursor": "not-a-cursor"}, "cursor"), ({"pair": "KG-TJ' OR 1=1 --"}, "pair"),
])
def test_bad_parameters_are_422_with_the_fix(client: TestClient, params: dict[str, Any], what: str) -> None:
    err = _error(client.get("/api/facts", params=params), 422)
    assert what in err["message"] and err["message"].endswith(".")


def test_events_and_conflicts_filters(client: TestClient) -> None:
    evs = client.get("/api/events", params={"country": "kz", "type": "meeting", "min_reports": 2}).json()["items"]
    assert evs and all("KZ" in e["countries"] and len(e["reports"]) >= 2 for e in evs)
    assert _error(client.get("/api/events", params={"status": "maybe"}), 422)
    conf = client.get("/api/conflicts", params={"pair": "UZ-KZ"}).json()["items"]
    assert conf and all(sorted(c.get("parties") or [c["from"], c["to"]]) == ["KZ", "UZ"] for c in conf)


def test_documents_one_and_unknown(client: TestClient, kb: ks.Store) -> None:
    doc = client.get("/api/documents", params={"lang": "kk", "limit": 1}).json()["items"][0]
    one = client.get(f"/api/documents/{doc['doc_id']}").json()
    assert one["lang"] == "kk" and one["text"] and one["record"]["doc_id"] == doc["doc_id"]
    for fid, fact in zip(one["fact_ids"], one["record"]["facts"], strict=True):
        ev = fact["evidence"]
        assert fid is None or one["text"][ev["start"]:ev["end"]] == ev["text"]
    _error(client.get("/api/documents/0000000000000000"), 404, "not-found")
    _error(client.get("/api/documents/..%2F..%2Fetc%2Fpasswd"), 404)
    _error(client.get("/api/nothing-here"), 404, "not-found")


def test_pair_view(client: TestClient) -> None:
    body = client.get("/api/pairs/UZ-KZ").json()
    assert body["parties"] == ["KZ", "UZ"] and body["summary"]["facts"] > 0
    assert body["targets"]["target"]["type"] == "trade_target"
    assert any(f["conflicting"] for f in body["turnover"])
    assert body["events"] and body["conflicts"]
    _error(client.get("/api/pairs/KG-ZZ"), 404, "not-found")
    _error(client.get("/api/pairs/KGTJ"), 422)


def test_search(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "товарооборот"}).json()["items"]
    assert hits and all(h["lang"] in ("ru", "kk", "ky", "tg") for h in hits)
    _error(client.get("/api/search", params={"q": "!!"}), 422)
    _error(client.get("/api/search"), 422)


def test_search_pages_cover_every_hit_once(client: TestClient) -> None:
    everything = [h["doc_id"] for h in client.get("/api/search", params={"q": "2025", "limit": 100}).json()["items"]]
    assert len(everything) > 3
    seen, cursor = [], None
    while True:
        body = client.get("/api/search", params={"q": "2025", "limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        assert len(body["items"]) <= 2
        seen += [h["doc_id"] for h in body["items"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == everything


def test_post_documents_needs_the_token(kb: ks.Store) -> None:
    read_only = TestClient(create_app(kb))
    n_before = kb.count("documents")
    doc = {"text": "Kazakhstan and Kyrgyzstan trade reached $2 billion in 2025, the ministry said.",
           "published": "2026-04-01", "title": "A test"}
    r = read_only.post("/api/documents", json=doc, headers={"Authorization": f"Bearer {TOKEN}"})
    _error(r, 401, "read-only")
    assert r.headers["www-authenticate"] == "Bearer"
    assert kb.count("documents") == n_before
    app = TestClient(create_app(kb, token=TOKEN))
    r = app.post("/api/documents", json=doc)
    _error(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    _error(app.post("/api/documents", json=doc, headers={"Authorization": "Bearer wrong"}), 401)
    _error(app.post("/api/documents", json=doc, headers={"Authorization": TOKEN}), 401)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    _error(app.post("/api/documents", json={"text": ""}, headers=auth), 422)
    _error(app.post("/api/documents", json={**doc, "published": "April"}, headers=auth), 422)
    r = app.post("/api/documents", json=doc, headers=auth)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["added"] and out["facts"] >= 1 and out["url"] == f"/documents/{out['doc_id']}"
    stored = app.get(f"/api/documents/{out['doc_id']}").json()
    assert stored["title"] == "A test" and stored["published"] == "2026-04-01"
    assert any(f["value"] == 2e9 for f in stored["record"]["facts"])
    again = app.post("/api/documents", json=doc, headers=auth)
    assert again.status_code == 200 and not again.json()["added"]


# --- pages -------------------------------------------------------------------------------------------------------

PAGES = ["/", "/pairs/KZ-UZ", "/events", "/events?country=KG&type=meeting", "/conflicts", "/conflicts?pair=KZ-UZ",
         "/documents", "/search?q=Бишкек", "/search"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_pages_render_in_both_languages(client: TestClient, path: str, lang: str) -> None:
    r = client.get(path, params={"lang": lang})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert f'<html lang="{lang}">' in r.text


def test_pages_reference_nothing_outside_the_app(client: TestClient, kb: ks.Store) -> None:
    doc = kb.documents(limit=1)[0].doc_id
    for path in [*PAGES, f"/documents/{doc}", "/docs"]:
        page = client.get(path).text
        refs = re.findall(r"""(?:src|href|action)\s*=\s*["']([^"']*)["']""", page)
        assert refs and all(ref.startswith(("/", "#", "?")) for ref in refs), (path, refs)
        assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page), path
        for ref in refs:
            if ref.startswith("/static/"):
                assert client.get(ref).status_code == 200, ref


def test_security_headers(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    assert client.get("/api/facts").headers["x-content-type-options"] == "nosniff"


def test_hostile_document_is_escaped(client: TestClient, hostile_id: str) -> None:
    page = client.get(f"/documents/{hostile_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page and "<img" not in page
    assert "&lt;b&gt;ministry&lt;/b&gt;" in page
    # the only scripts on any page are the app's own files
    assert re.findall(r"<script[^>]*>", page) == []


def test_chart_points_link_to_their_sentences(client: TestClient) -> None:
    page = client.get("/pairs/KZ-UZ").text
    data = json.loads(html.unescape(re.search(r'<script type="application/json" id="chart-data">(.*?)</script>',
                                              page, re.DOTALL).group(1)))
    kinds = {t["kind"]: t for t in data["traces"]}
    assert kinds["actual"]["x"] and kinds["target"]["x"] and kinds["conflict"]["x"]
    for t in data["traces"]:
        for url, *_ in t["customdata"]:
            path, anchor = url.split("#")
            doc = client.get(path).text
            assert f'id="{anchor}"' in doc, url


def test_pair_page_redirects_to_sorted_and_404s(client: TestClient) -> None:
    r = client.get("/pairs/UZ-KZ?lang=ru", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/pairs/KZ-UZ?lang=ru"
    r = client.get("/pairs/KG-ZZ", headers={"accept": "text/html"})
    assert r.status_code == 404 and "<h1>" in r.text
    assert client.get("/events?since=yesterday", headers={"accept": "text/html"}).status_code == 422


def test_labels_exist_in_both_languages_and_accept_language_picks_one() -> None:
    tables = _tables()
    assert set(tables["en"]) == set(tables["ru"]) and len(tables["en"]) > 50
    assert all(tables[lang][k].strip() for lang in LANGS for k in tables["en"])
    assert choose_lang(None, "ru-RU,ru;q=0.9,en;q=0.5") == ("ru", False)
    assert choose_lang(None, "de, en;q=0.3, ru;q=0.2") == ("en", False)
    assert choose_lang("ru", "en") == ("ru", True)
    assert choose_lang("fr", None) == ("en", False)


def test_every_label_used_by_a_template_exists() -> None:
    used = set()
    for p in (REPO / "src" / "kabarchi" / "web" / "templates").glob("*.html"):
        used |= set(re.findall(r"\bt\.(\w+)", p.read_text(encoding="utf-8")))
    assert used and used <= set(_tables()["en"]), used - set(_tables()["en"])


def test_docs_page_uses_local_swagger(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in page and "/static/vendor/swagger-ui.css" in page
    spec = client.get("/openapi.json").json()
    assert {"/api/facts", "/api/documents", "/api/documents/{doc_id}", "/api/pairs/{pair}", "/api/search",
            "/api/events", "/api/conflicts"} <= set(spec["paths"])


# --- the highlighter ---------------------------------------------------------------------------------------------


def _strip(out: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", out))


def _balanced(out: str) -> bool:
    depth = 0
    for tag in re.findall(r"</?mark\b", out):
        depth += -1 if tag.startswith("</") else 1
        if depth < 0:
            return False
    return depth == 0


def test_highlight_nests_and_splits_crossing_spans() -> None:
    text = "<b>Kyrgyzstan</b> & Tajikistan traded $5 million."
    out = render(text, [Mark(0, 49, "fact", anchor="f-1"), Mark(3, 13, "entity"), Mark(10, 40, "quantity")])
    assert _strip(out) == text and _balanced(out)
    assert out.count('id="f-1"') == 1 and "&lt;b&gt;" in out and "<b>" not in out


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<>&\"' ", min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.sampled_from(["fact", "entity", "quantity"])),
                max_size=6))
def test_highlight_keeps_the_text_and_is_well_formed(text: str, spans: list[tuple[int, int, str]]) -> None:
    marks = [Mark(min(a, b), max(a, b), k, anchor=f"x-{i}") for i, (a, b, k) in enumerate(spans)]
    out = render(text, marks)
    assert _strip(out) == text and _balanced(out)
    for i, m in enumerate(marks):
        expected = 1 if 0 <= m.start < m.end <= len(text) else 0
        assert out.count(f'id="x-{i}"') == expected


# --- the store's queries behind the pages, on both backends ------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    from tests.test_store import _new_store

    s, drop = _new_store(request.param, tmp_path)
    yield s
    s.close()
    if drop:
        drop()


def test_store_pages_documents_and_pairs(any_store: ks.Store) -> None:
    from tests.test_store import event, fact, record

    k2 = record("k2", lang="en", published="2026-02-10", text="Kazakhstan and Uzbekistan talked by phone.",
                facts=[fact("trade_turnover", 4.5e9, "USD", parties=("KZ", "UZ"), period=("2024-01-01", "2024-12-31"))],
                events=[event("call", "2026-02-09", countries=("KZ", "UZ"))])
    k2["countries"] = ["KZ", "UZ"]
    any_store.ingest([
        record("k1", lang="ky", published="2026-01-10", text="Кыргызстан менен Тажикстандын соодасы өстү.",
               facts=[fact("trade_turnover", 36e6, "USD")], events=[event("meeting", "2026-01-10")]),
        k2,
        record("k3", lang="ru", published=None, text="Без даты.", facts=[], events=[]),
    ])
    assert [d.doc_id for d in any_store.documents()] == ["k2", "k1", "k3"]  # undated last
    assert [d.doc_id for d in any_store.documents(limit=1, offset=1)] == ["k1"]
    assert [d.doc_id for d in any_store.documents(country="UZ")] == ["k2"]
    assert [d.doc_id for d in any_store.documents(lang="ky", since="2026-01-01")] == ["k1"]
    doc = any_store.document("k1")
    assert doc and doc.text.startswith("Кыргызстан") and len(doc.fact_ids) == 1 and doc.fact_ids[0]
    assert any_store.document("nope") is None
    pairs = {p.parties: p for p in any_store.pairs()}
    assert pairs[("KG", "TJ")].facts == 1 and pairs[("KG", "TJ")].events == 1
    assert pairs[("KZ", "UZ")].last_seen == "2026-02-10"
    assert [p.parties for p in any_store.pairs("UZ-KZ")] == [("KZ", "UZ")]
    assert len(any_store.facts(limit=1)) == 1 and any_store.facts(offset=1)[0].doc_id == any_store.facts()[1].doc_id
    assert [e.type for e in any_store.events(limit=1, offset=1)] == [any_store.events()[1].type]
    assert [r.position for e in any_store.events() for r in e.reports] == [0, 0]
    assert any_store.conflicts(limit=5) == []
    any_store.ingest([record("k4", lang="ru", published="2026-03-01", text="Товарооборот 90 млн.",
                             facts=[fact("trade_turnover", 90e6, "USD")])])
    [full] = any_store.conflicts(pair="KG-TJ")
    summaries, ids, total = any_store.conflict_summaries(pair="TJ-KG", limit=5)
    assert total == 1 and [s.conflict_id for s in summaries] == [full.conflict_id]
    assert summaries[0].facts == 2 and {c.value for c in summaries[0].examples} == {36e6, 90e6}
    assert ids == {c.fact_id for c in full.claims}
    assert any_store.conflict_summaries(pair="KZ-UZ") == ([], frozenset(), 0)
    page = TestClient(create_app(any_store)).get("/documents/k1").text  # stored offsets do not fit this text
    assert "evidence sentences are shown instead" in page and f'id="f-{doc.fact_ids[0]}"' in page


def test_serve_command_is_registered(capsys: pytest.CaptureFixture[str]) -> None:
    from kabarchi.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["serve", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--port" in out and "--host" in out and "KABARCHI_TOKEN" in out


def test_targets_of_one_pair_match_the_rule_over_all_facts(kb: ks.Store) -> None:
    from kabarchi.store.store import target_statuses

    checked = 0
    for p in kb.pairs():
        facts = [f for t in ("trade_target", "trade_turnover") for f in kb.facts(pair=p.parties, type=t)]
        assert kb.targets(p.parties) == target_statuses(facts)
        checked += bool(facts)
    assert checked >= 5
