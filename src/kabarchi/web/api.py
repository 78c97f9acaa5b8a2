"""The REST API under /api: JSON pages ``{"items": [...], "next": cursor-or-null}`` and single objects.

Every filter is checked (kabarchi.web.params) before it reaches the store, whose queries are parameterised.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator

from kabarchi import config
from kabarchi.store import Store
from kabarchi.web import params
from kabarchi.web.errors import NotFound, ReadOnly, Unauthorized
from kabarchi.web.views import fact_url, pair_view, pairs_cached

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=config.WEB_MAX_PAGE_SIZE, description="items per page")]
Cursor = Annotated[str | None, Query(description="the 'next' value of the previous page")]


def _store(request: Request) -> Store:
    return request.app.state.store


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page from ``limit + 1`` fetched items: the extra one only says whether there is a next page."""
    more = len(items) > limit
    return {"items": [i.to_dict() if hasattr(i, "to_dict") else i for i in items[:limit]],
            "next": params.encode_cursor(offset + limit) if more else None}


@router.get("/documents", summary="Stored documents, newest first (without their text)")
def list_documents(
    request: Request,
    lang: str | None = None,
    since: str | None = None,
    country: str | None = None,
    limit: Limit = config.WEB_PAGE_SIZE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    off = params.decode_cursor(cursor)
    items = _store(request).documents(lang=params.doc_lang(lang), since=params.day(since),
                                      country=params.country(country), limit=limit + 1, offset=off)
    return _page(items, limit, off)


@router.get("/documents/{doc_id}", summary="One document: text, contract record, and the store's fact ids")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    doc = _store(request).document(params.doc_id(doc_id))
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in the store", fix="Take document ids from /api/documents.")
    return doc.to_dict() | {"url": f"/documents/{doc.summary.doc_id}"}


class DocumentIn(BaseModel):
    """A document to extract and store: its text, and what is known about it."""

    text: str = Field(min_length=1, max_length=config.MAX_INPUT_BYTES, description="the article's text")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, description="YYYY-MM-DD or YYYY-MM-DDTHH:MM")

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        if v is None:
            return v
        from datetime import datetime

        try:
            datetime.fromisoformat(v)
        except ValueError:
            raise ValueError(f"expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {v!r}") from None
        return v[:16]


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.token
    if not token:
        raise ReadOnly("this server is read-only: it was started without a token",
                       fix="Start it with KABARCHI_TOKEN set to accept documents.")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("a valid bearer token is required to add documents",
                           fix="Send 'Authorization: Bearer <KABARCHI_TOKEN>'.")


@router.post("/documents", status_code=201, summary="Extract a document and store it (needs the bearer token)",
             responses={200: {"description": "already stored"},
                        401: {"description": "no or wrong token (code unauthorized), or the server is read-only "
                                             "because it was started without KABARCHI_TOKEN (code read-only)"}})
def post_document(
    request: Request,
    body: DocumentIn,
    authorization: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    _check_token(request, authorization)
    from kabarchi.document import RawDocument, content_id
    from kabarchi.extract import default_pipeline, process

    state = request.app.state
    if getattr(state, "pipeline", None) is None:
        state.pipeline = default_pipeline()
    source = body.url or f"api:{content_id(body.text)}"
    doc = process(RawDocument(source=source, text=body.text, published=body.published, title=body.title,
                              url=body.url), state.pipeline)
    rec = doc.to_dict()
    rec["text"] = doc.text
    report = _store(request).ingest([rec])
    state.cache.clear()
    out = {"doc_id": doc.doc_id, "added": report.added == 1, "facts": len(rec["facts"]),
           "events": len(rec["events"]), "lang": rec["lang"], "url": f"/documents/{doc.doc_id}"}
    return JSONResponse(out, status_code=201 if report.added else 200)


@router.get("/facts", summary="Facts, newest period first")
def list_facts(
    request: Request,
    pair: str | None = Query(None, description="two states, e.g. KG-TJ"),
    type: str | None = Query(None, description="fact type, e.g. trade_turnover"),
    since: str | None = Query(None, description="periods ending on or after YYYY-MM-DD"),
    lang: str | None = Query(None, description="the document's language"),
    country: str | None = None,
    limit: Limit = config.WEB_PAGE_SIZE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    off = params.decode_cursor(cursor)
    items = _store(request).facts(
        pair=params.pair(pair), type=params.choice(type, params.FACT_TYPES, "type"), since=params.day(since),
        lang=params.doc_lang(lang), country=params.country(country), limit=limit + 1, offset=off,
    )
    page = _page(items, limit, off)
    for d, f in zip(page["items"], items, strict=False):
        d["url"] = fact_url(f)
    return page


@router.get("/events", summary="Merged events with all their reports, newest first")
def list_events(
    request: Request,
    filters: Annotated[params.EventFilters, Depends(params.event_filters)],
    limit: Limit = config.WEB_PAGE_SIZE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    off = params.decode_cursor(cursor)
    return _page(_store(request).events(**filters.store, limit=limit + 1, offset=off), limit, off)


@router.get("/conflicts", summary="Figures that cannot all be true, with every source")
def list_conflicts(
    request: Request,
    pair: str | None = None,
    type: str | None = None,
    limit: Limit = config.WEB_PAGE_SIZE,
    cursor: Cursor = None,
) -> dict[str, Any]:
    off = params.decode_cursor(cursor)
    items = _store(request).conflicts(pair=params.pair(pair), type=params.choice(type, params.FACT_TYPES, "type"),
                                      limit=limit + 1, offset=off)
    return _page(items, limit, off)


@router.get("/pairs", summary="Every pair of states with facts or events: counts and last seen")
def list_pairs(request: Request) -> dict[str, Any]:
    return {"items": [p.to_dict() for p in pairs_cached(request.app.state, _store(request))], "next": None}


@router.get("/pairs/{pair}", summary="One pair: latest actual against target, turnover, conflicts, events, facts")
def get_pair(request: Request, pair: str) -> dict[str, Any]:
    p = params.pair(pair) or ("", "")  # a path parameter is never empty
    view = pair_view(_store(request), *p)
    if view is None:
        raise NotFound(f"the store knows nothing about {p[0]}-{p[1]}", fix="See /api/pairs for the pairs it knows.")
    return view.to_dict()


@router.get("/search", summary="Documents containing every word (prefixes, any script, any case)")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Cursor = None,
) -> dict[str, Any]:
    off = params.decode_cursor(cursor)
    return _page(_store(request).search(params.words(q), limit=limit + 1, offset=off), limit, off)


@router.get("/stats", summary="Counts of what the store holds")
def stats(request: Request) -> dict[str, Any]:
    return _store(request).stats()
