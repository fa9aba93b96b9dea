"""The ASGI application of `kg serve`: the page, its files and the JSON API (Starlette).

Read-only by construction: every endpoint runs saved queries or the guarded
ad-hoc Cypher of ``kg cypher``, never a write. Every response carries a
Content-Security-Policy that lets the page load nothing but this server's own
files. With a token, every request must carry it (the page gets it as a
cookie from ``/?token=...``).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from policy_kg.cypher.library import list_saved
from policy_kg.graph.errors import (
    ConfigError,
    KGError,
    NotFoundError,
    OntologyError,
    QueryError,
    QueryTimeoutError,
    ReadOnlyViolationError,
    StoreError,
    StoreUnavailableError,
)
from policy_kg.graph.store import GraphStore

from ..report import DEFAULT_LANG
from . import api

STATIC = Path(__file__).parent / "static"
# What this machine's own address may be called in a request's Host header.
LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
VENDOR_FILES = ("vendor/vis-network.min.js", "vendor/vis-network.min.css")
MAX_BODY_BYTES = 64 * 1024
TOKEN_COOKIE = "kg_token"
TOKEN_HEADER = "x-kg-token"
# The page's own files only: no inline script, no other origin, no frames.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {"content-security-policy": CSP, "x-content-type-options": "nosniff",
                    "referrer-policy": "no-referrer", "x-frame-options": "DENY"}
# Most specific first: the first class an error is an instance of gives the status.
STATUS = ((NotFoundError, 404), (ReadOnlyViolationError, 403), (QueryTimeoutError, 504), (QueryError, 400),
          (OntologyError, 400), (StoreUnavailableError, 503), (StoreError, 502))


def run(store: GraphStore, *, host: str, port: int, token: str | None = None, text_of: api.TextReader | None = None,
        user_queries: Path | None = None, ready: Callable[[str], None] | None = None) -> None:
    """Serve the explorer over ``store`` until Ctrl-C or SIGTERM; any address but this machine's needs a token.

    ``user_queries`` is the user's folder of saved queries (KG_QUERIES), offered beside the built-in ones.
    ``ready`` is told the page's URL once the settings are checked, just before the server starts.
    """
    import uvicorn

    local = is_local(host)
    if not local and not token:
        raise ConfigError(f"listening on {host} lets other machines in",
                          hint="set a token with --token or KG_SERVE_TOKEN, or keep --host 127.0.0.1")
    check_assets()
    # On this machine's own address only requests naming it are answered: a web page
    # elsewhere cannot rebind its own host name to this server.
    app = create_app(store, text_of=text_of, token=token, hosts=LOCAL_HOSTS if local else None,
                     user_queries=user_queries)
    if ready:
        shown = "127.0.0.1" if host == "0.0.0.0" else host
        ready(f"http://{shown}:{port}/" + (f"?token={token}" if token else ""))
    # uvicorn stops gently on SIGTERM and then raises it again: leave through Python, so the store closes
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    uvicorn.run(app, host=host, port=port, log_level="warning")


def is_local(host: str) -> bool:
    """Whether ``host`` is this machine's own (loopback) address."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def check_assets() -> None:
    """Refuse to serve a page whose front-end files were never vendored."""
    missing = [name for name in VENDOR_FILES if not (STATIC / name).is_file()]
    if missing:
        raise ConfigError(f"the explorer's front-end files are missing: {', '.join(missing)} in {STATIC}",
                          hint="run `bash scripts/vendor.sh` (scripts/setup.sh does) to fetch them with npm")


def create_app(store: GraphStore, *, text_of: api.TextReader | None = None, token: str | None = None,
               hosts: list[str] | None = None, user_queries: Path | None = None) -> ASGIApp:
    """The explorer over ``store``; ``text_of`` reads a document's text, ``hosts`` limits the Host header,
    ``user_queries`` adds the user's saved queries."""
    list_saved(user_queries)  # a broken folder of the user's stops the start, not the first form

    def endpoint(work: Callable[[Request, Any], Any]) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            body = await _json_body(request) if request.method == "POST" else None
            answer = await run_in_threadpool(work, request, body)
            return answer if isinstance(answer, Response) else JSONResponse(answer)
        return handle

    def search(request: Request, _: Any) -> Any:
        q = request.query_params
        return api.search(store, q.get("q", ""), q.get("label") or None, _int(q, "limit", api.DEFAULT_SUGGESTIONS))

    def neighbourhood(request: Request, _: Any) -> Any:
        q = request.query_params
        types = [t for t in q.get("types", "").split(",") if t] or None
        return api.neighbourhood(store, _required(q, "id"), _int(q, "depth", 1), types,
                                 _int(q, "limit", api.DEFAULT_EXPAND))

    def paths(request: Request, _: Any) -> Any:
        return api.paths(store, _required(request.query_params, "from"), _required(request.query_params, "to"))

    def run_query(request: Request, body: Any) -> Any:
        return api.run_query(store, request.path_params["name"], _object(body, "parameters"), user_queries)

    def export(request: Request, body: Any) -> Response:
        body = _object(body, "request")
        data, media, suffix = api.export(store, body.get("nodes"), body.get("format", ""))
        return Response(data, media_type=media,
                        headers={"content-disposition": f'attachment; filename="policy-kg.{suffix}"'})

    def report(request: Request, _: Any) -> Response:
        q = request.query_params
        data, media, name = api.report(store, _required(q, "id"), q.get("format", "html"), q.get("lang", DEFAULT_LANG))
        return Response(data, media_type=media,
                        headers={"content-disposition": f"attachment; filename=\"report.{name.rsplit('.', 1)[1]}\"; "
                                                        f"filename*=UTF-8''{quote(name)}"})

    def cypher(request: Request, body: Any) -> Any:
        body = _object(body, "request")
        if not isinstance(body.get("query"), str):
            raise QueryError("the request names no query", hint='send {"query": "MATCH ...", "params": {...}}')
        return api.cypher(store, body["query"], _object(body.get("params") or {}, "params"))

    routes = [
        Route("/", _index),
        Route("/api/schema", endpoint(lambda r, _: api.schema())),
        Route("/api/search", endpoint(search)),
        Route("/api/entities/{id:path}", endpoint(lambda r, _: api.entity(store, r.path_params["id"]))),
        Route("/api/neighbourhood", endpoint(neighbourhood)),
        Route("/api/paths", endpoint(paths)),
        Route("/api/documents/{id:path}", endpoint(lambda r, _: api.document(store, r.path_params["id"], text_of))),
        Route("/api/queries", endpoint(lambda r, _: api.queries(user_queries))),
        Route("/api/queries/{name}", endpoint(run_query), methods=["POST"]),
        Route("/api/cypher", endpoint(cypher), methods=["POST"]),
        Route("/api/export", endpoint(export), methods=["POST"]),
        Route("/api/report", endpoint(report)),
        Mount("/static", StaticFiles(directory=STATIC)),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=hosts)] if hosts else []
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={KGError: _kg_error, HTTPException: _http_error})
    return Guard(app, token)


class Guard:
    """Security headers on every response; the token, where one is set, on every request."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app, self.token = app, token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        given = (request.headers.get(TOKEN_HEADER) or request.cookies.get(TOKEN_COOKIE)
                 or (request.query_params.get("token") if scope["path"] == "/" else None))
        allowed = not self.token or bool(given and hmac.compare_digest(given.encode(), self.token.encode()))
        # the page's own requests carry the token as a cookie, set when / is opened with it
        cookie = self.token if allowed and self.token and scope["path"] == "/" else None

        async def send_secured(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                if cookie:
                    headers.append((b"set-cookie", f"{TOKEN_COOKIE}={cookie}; HttpOnly; SameSite=Strict; Path=/".encode()))
                message = {**message, "headers": headers}
            await send(message)

        if not allowed:
            refused = _json_error(401, None, "this server needs its token",
                                  f"open /?token=... once, or send the {TOKEN_HEADER} header")
            return await refused(scope, receive, send_secured)
        await self.app(scope, receive, send_secured)


async def _index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


async def _json_body(request: Request) -> Any:
    """The request's JSON, refused past MAX_BODY_BYTES before it is all read."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY_BYTES:
            raise _too_large()
    try:
        return json.loads(data or b"{}")
    except ValueError as exc:
        raise QueryError(f"the request body is not JSON: {exc}", hint='send a JSON object, e.g. {"bank": "..."}') from None


def _too_large() -> QueryError:
    return QueryError(f"the request body is over {MAX_BODY_BYTES // 1024} KB", hint="send fewer or shorter parameters")


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise QueryError(f"the {what} must be a JSON object, got {type(value).__name__}",
                         hint='send {"name": value, ...}')
    return value


def _required(params: Any, name: str) -> str:
    value = params.get(name)
    if not value:
        raise QueryError(f"the parameter {name} is missing", hint=f"add ?{name}=... (an entity id, see /api/search)")
    return value


def _int(params: Any, name: str, default: int) -> int:
    text = params.get(name)
    if text is None or text == "":
        return default
    try:
        return int(text)
    except ValueError:
        raise QueryError(f"the parameter {name} must be a whole number, got {text!r}", hint=f"e.g. {name}={default}") from None


def _json_error(status: int, code: str | None, message: str, hint: str | None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "hint": hint}}, status_code=status)


async def _kg_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, KGError)
    status = next((s for cls, s in STATUS if isinstance(exc, cls)), 500)
    return JSONResponse(api.error_body(exc), status_code=status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _json_error(exc.status_code, None, str(exc.detail), None)

