"""``kabarchi serve``: the web dashboard and REST API over a store."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from kabarchi.errors import UsageError


def _serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from kabarchi.web import create_app
    except ImportError as exc:
        raise UsageError(f"kabarchi serve needs {exc.name}",
                         fix="Reinstall kabarchi with its dependencies: pip install kabarchi (FastAPI, uvicorn, Jinja2).") from exc
    token = os.environ.get("KABARCHI_TOKEN") or None
    app = create_app(args.db, token=token)
    mode = "POST /api/documents accepts the bearer token in $KABARCHI_TOKEN" if token else \
        "read-only (set KABARCHI_TOKEN to accept documents)"
    print(f"kabarchi: serving http://{args.host}:{args.port}/ (API at /docs); {mode}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("serve", help="serve the web dashboard and REST API over the store",
                       description="Serve pages (overview, pairs, documents, events, conflicts, search) and the "
                       "REST API (/api, documented at /docs) over the store. Read-only unless KABARCHI_TOKEN is set.")
    p.add_argument("--db", metavar="URL", default=None,
                   help="database: a file path or sqlite:///FILE, or postgresql://USER@HOST:PORT/DB "
                        "(default: $KABARCHI_DB, else ./kabarchi.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return {"serve": _serve}
