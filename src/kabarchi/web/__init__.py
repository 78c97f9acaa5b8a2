"""kabarchi's web dashboard and REST API (``kabarchi serve``): FastAPI, uvicorn and Jinja2, every asset local."""

from __future__ import annotations

from typing import Any


def create_app(store_or_url: Any, token: str | None = None) -> Any:
    """The FastAPI application over a store (see kabarchi.web.app.create_app)."""
    from kabarchi.web.app import create_app as _create

    return _create(store_or_url, token=token)


__all__ = ["create_app"]
