"""The web application: a dashboard and a REST API over one store, with every asset served by the app itself.

``create_app(store_or_url, token=None)``: a Store, or a URL/path opened (and closed with the app). With no token
the API is read-only; with one, ``POST /api/documents`` needs ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from kabarchi import __version__
from kabarchi.errors import KabarchiError
from kabarchi.store import Store, StoreError
from kabarchi.web.errors import WebError

#: Scripts only from the app (document text can never run), no plugins, no framing, no outside connections.
#: Styles allow inline: Plotly and Swagger UI set element styles at run time.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def create_app(store_or_url: Store | str | None, token: str | None = None) -> FastAPI:
    """The dashboard and API over ``store_or_url`` (a Store, or a URL/path; None: $KABARCHI_DB or ./kabarchi.db)."""
    import kabarchi

    own = not isinstance(store_or_url, Store)
    store = kabarchi.open(store_or_url) if own else store_or_url  # type: ignore[arg-type]

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if own:
            store.close()

    app = FastAPI(
        title="kabarchi",
        version=__version__,
        description="Trade facts and interstate events from Central Asian news, each linked to its source sentence.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.cache = {}

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        if _wants_html(request):
            from kabarchi.web.pages import error_page

            return error_page(request, exc.status, exc.message)
        return _error(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        message = "; ".join(parts) + ". Correct the parameter (see /docs)."
        if _wants_html(request):
            from kabarchi.web.pages import error_page

            return error_page(request, 422, message)
        return _error(422, "invalid-parameter", message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http")
        message = str(exc.detail) if exc.status_code != 404 else f"nothing at {request.url.path}"
        if _wants_html(request):
            from kabarchi.web.pages import error_page

            return error_page(request, exc.status_code, message)
        return _error(exc.status_code, code, message + ". Check the address (the API is listed at /docs).")

    @app.exception_handler(KabarchiError)
    async def kabarchi_error(request: Request, exc: KabarchiError) -> Response:
        status = 503 if isinstance(exc, StoreError) else 422
        return _error(status, exc.code, exc.message)

    static = resources.files("kabarchi.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        html = resources.files("kabarchi.web").joinpath("templates", "docs.html").read_text(encoding="utf-8")
        return HTMLResponse(html)

    from kabarchi.web.api import router as api_router
    from kabarchi.web.pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    return app
