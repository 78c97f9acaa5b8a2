"""The web layer's failures: each maps to an HTTP status and a JSON body {"error": {"code", "message"}}."""

from __future__ import annotations

from typing import ClassVar

from kabarchi.errors import KabarchiError


class WebError(KabarchiError):
    status = 400
    code = "bad-request"
    headers: ClassVar[dict[str, str] | None] = None


class NotFound(WebError):
    status = 404
    code = "not-found"


class BadParameter(WebError):
    status = 422
    code = "invalid-parameter"


class Unauthorized(WebError):
    status = 401
    code = "unauthorized"
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}


class ReadOnly(WebError):
    """No token configured: a POST can never be authorised, so it is answered 401 like a missing token (the
    issue's rule: without the token, 401), with its own code so a client can tell the two apart."""

    status = 401
    code = "read-only"
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}
