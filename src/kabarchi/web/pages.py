"""Server-rendered pages (Jinja2, autoescape on): overview, pair, document, events, conflicts, search.

Nothing from a document is marked safe except the highlighter's output, which escapes every slice of text itself.
Chart data goes to the browser as JSON in a ``<script type="application/json">`` block (``tojson`` escapes ``<``),
read by a static script: the Content-Security-Policy allows no inline script.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from kabarchi import config
from kabarchi.store import Store
from kabarchi.web import params
from kabarchi.web.errors import NotFound
from kabarchi.web.highlight import document_marks, render
from kabarchi.web.labels import choose_lang, labels, state_name
from kabarchi.web.views import fact_url, pair_view, pairs_cached, source_url, stats_cached

router = APIRouter(include_in_schema=False)
_SNIPPET_HIT = re.compile(r"\[([^\[\]]*)\]")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=PackageLoader("kabarchi.web", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = _num
    # tojson still escapes < > & ' (safe inside <script>); keeping other characters as they are halves the chart
    # data of a Cyrillic pair page (\uXXXX is 6 bytes per letter).
    env.policies["json.dumps_kwargs"] = {"sort_keys": False, "ensure_ascii": False}
    return env


def _num(v: float | None) -> str:
    """Figures as people read them: 1.2 bn, 45 mln, 3.5."""
    if v is None:
        return ""
    a = abs(v)
    for scale, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "mln"), (1e3, "k")):
        if a >= scale:
            return f"{v / scale:,.2f}".rstrip("0").rstrip(".") + " " + word
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def _store(request: Request) -> Store:
    return request.app.state.store


def _render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang, explicit = choose_lang(request.query_params.get("lang"), request.headers.get("accept-language"))

    def href(path: str, **query: Any) -> str:
        q = {k: v for k, v in query.items() if v not in (None, "")}
        if explicit:
            q["lang"] = lang
        return path + ("?" + urlencode(q) if q else "")

    other = "ru" if lang == "en" else "en"
    switch = request.url.path + "?" + urlencode({**dict(request.query_params), "lang": other})
    html = _env().get_template(template).render(
        t=labels(lang), lang=lang, href=href, state=lambda c: state_name(c, lang), switch_url=switch,
        fact_url=fact_url, source_url=source_url, path=request.url.path, **ctx,
    )
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status=status, status_code=status, message=message)


def _page_no(page: int) -> int:
    return (page - 1) * config.WEB_PAGE_SIZE


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    pairs = pairs_cached(request.app.state, _store(request))
    states = sorted({c for p in pairs for c in p.parties})
    cells = {p.parties: p for p in pairs}
    top = max((p.facts + p.events for p in pairs), default=0)

    def heat(n: int) -> int:
        return 0 if not n or not top else 1 + min(4, int(5 * n / (top + 1)))

    active = sorted(pairs, key=lambda p: (-(p.facts + p.events), p.parties))[:15]
    return _render(request, "overview.html", states=states, cells=cells, heat=heat, active=active,
                   stats=stats_cached(request.app.state, _store(request)))


@router.get("/pairs/{pair}", response_class=HTMLResponse)
def pair_page(request: Request, pair: str) -> Response:
    a, b = params.pair(pair) or ("", "")
    if f"{a}-{b}" != pair:
        q = ("?" + urlencode(dict(request.query_params))) if request.query_params else ""
        return RedirectResponse(f"/pairs/{a}-{b}{q}", status_code=307)
    view = pair_view(_store(request), a, b)
    if view is None:
        raise NotFound(f"the store knows nothing about {a}-{b}", fix="Pick a pair on the overview.")
    return _render(request, "pair.html", view=view, chart=view.chart(), a=a, b=b)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> HTMLResponse:
    doc = _store(request).document(params.doc_id(doc_id))
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in the store", fix="Find documents through search or a pair page.")
    text = doc.text or ""
    marks, bad = document_marks(text, doc.record, doc.fact_ids)
    has_text = bool(marks) or not (doc.record.get("facts") or doc.record.get("events"))
    body = render(text, marks) if has_text else None
    facts = list(zip(doc.record.get("facts") or [], doc.fact_ids, strict=False))
    return _render(request, "document.html", doc=doc, body=body, skipped=bad if has_text else 0, facts=facts,
                   events=list(enumerate(doc.record.get("events") or [])))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(
    request: Request, country: str | None = None, since: str | None = None, page: int = Query(1, ge=1, le=100_000),
) -> HTMLResponse:
    off = _page_no(page)
    items = _store(request).documents(country=params.country(country), since=params.day(since),
                                      limit=config.WEB_PAGE_SIZE + 1, offset=off)
    return _render(request, "documents.html", items=items[: config.WEB_PAGE_SIZE], page=page,
                   more=len(items) > config.WEB_PAGE_SIZE, filters={"country": country, "since": since})


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    filters: Annotated[params.EventFilters, Depends(params.event_filters)],
    page: int = Query(1, ge=1, le=100_000),
) -> HTMLResponse:
    off = _page_no(page)
    items = _store(request).events(**filters.store, limit=config.WEB_PAGE_SIZE + 1, offset=off)
    return _render(request, "events.html", items=items[: config.WEB_PAGE_SIZE], page=page,
                   more=len(items) > config.WEB_PAGE_SIZE, filters=filters.shown, types=params.EVENT_TYPES,
                   statuses=params.EVENT_STATUSES)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(
    request: Request, pair: str | None = None, type: str | None = None,
    page: int = Query(1, ge=1, le=100_000),
) -> HTMLResponse:
    off = _page_no(page)
    p = params.pair(pair)
    items = _store(request).conflicts(pair=p, type=params.choice(type, params.FACT_TYPES, "type"),
                                      limit=config.WEB_PAGE_SIZE + 1, offset=off)
    filters = {"pair": f"{p[0]}-{p[1]}" if p else None, "type": type}
    return _render(request, "conflicts.html", items=items[: config.WEB_PAGE_SIZE], page=page,
                   more=len(items) > config.WEB_PAGE_SIZE, filters=filters, types=params.FACT_TYPES)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    hits = _store(request).search(params.words(q), limit=50) if q.strip() else None
    return _render(request, "search.html", q=q, hits=hits, snippet=_snippet)


def _snippet(s: str) -> Markup:
    """The store's snippet with its [hit] markers as <mark>; every piece of text escaped."""
    out, pos = [], 0
    for m in _SNIPPET_HIT.finditer(s):
        out.append(str(escape(s[pos : m.start()])) + "<mark>" + str(escape(m.group(1))) + "</mark>")
        pos = m.end()
    out.append(str(escape(s[pos:])))
    return Markup("".join(out))
