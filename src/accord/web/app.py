"""The FastAPI application: JSON API under ``/api``, HTML pages, self-hosted static files and API docs.

``create_app`` opens the store once (read-only by default) and shares it with every request. Nothing
is loaded from outside this server: FastAPI's CDN-based Swagger and ReDoc pages are replaced by a
small self-hosted reader of ``/openapi.json``, and a Content-Security-Policy forbids other origins.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.engine import make_url
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accord import __version__
from accord.store import open_store
from accord.web import analyst_routes, api, entity_routes, pages
from accord.web.cached import DivergenceWarmer, app_cache
from accord.web.hosts import HostAllowList
from accord.web.paths import RoutePaths
from accord.web.views import article_label

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

# Only this server's own scripts, styles and images: an injected <script> or inline handler cannot
# run even if some text escaped escaping, and no page can pull anything from the internet.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeadersMiddleware:
    """Adds ``SECURITY_HEADERS`` to every HTTP response (plain ASGI, so streaming is untouched).

    ``create_app`` puts it outside Starlette's error middleware, so 500 pages carry them too.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGetMiddleware:
    """Answers HEAD as GET without the body (HTTP's HEAD), for ``curl -I`` and uptime checks: FastAPI's
    routes take GET only, and every page and API route is read-only, so the two ask the same."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # the body's chunks are dropped; the last one ends the response
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


class HostCheckMiddleware:
    """Refuses (400) a request whose Host header is not one this server answers to.

    A page on another site can make the browser send requests to 127.0.0.1 under its own domain
    name (DNS rebinding) and read the answers; such requests carry that domain in Host. Addresses
    written as IP literals cannot be rebound, so they pass when the server listens on all interfaces.
    """

    def __init__(self, app: ASGIApp, allowed: HostAllowList) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self.allowed.permits(_host_header(scope)):
            if scope["type"] == "http":
                await send({"type": "http.response.start", "status": 400,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"Invalid Host header\n"})
            return
        await self.app(scope, receive, send)


def _host_header(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"host":
            return value.decode("latin-1")
    return ""


def _with_outer_middleware(app: FastAPI, allowed: HostAllowList) -> None:
    """Wrap the app's whole middleware stack (error handling included) in the header and Host checks,
    and HEAD answered as GET."""
    build = app.build_middleware_stack

    def build_wrapped() -> ASGIApp:
        return SecurityHeadersMiddleware(HostCheckMiddleware(HeadAsGetMiddleware(build()), allowed))

    app.build_middleware_stack = build_wrapped  # type: ignore[method-assign]


def make_templates(app: FastAPI) -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template, plus URL helpers that give paths (not hosts)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )

    paths = app.state.paths = RoutePaths(app)

    def url(name: str, **params: object) -> str:
        return paths.path(name, **{key: str(value) for key, value in params.items()})

    def article_url(article_id: object, record: str | None = None) -> str:
        path = url("article_page", article_id=article_id)
        return f"{path}#{quote(record, safe='')}" if record else path

    env.globals.update(url=url, article_url=article_url, article_label=article_label)
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    """API clients get JSON errors; people browsing pages get an HTML error page."""
    return request.url.path.startswith("/api/") or request.url.path == app_openapi_path(request)


def app_openapi_path(request: Request) -> str:
    return request.app.openapi_url or "/openapi.json"


def _error_page(request: Request, status_code: int, heading: str, message: str):
    return pages.render(request, "error.html", {"status_code": status_code, "heading": heading, "message": message},
                        status_code=status_code, page_name="error")


async def _http_error(request: Request, exc: StarletteHTTPException):
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
    heading = "Not found" if exc.status_code == 404 else f"Error {exc.status_code}"
    message = exc.detail if isinstance(exc.detail, str) else "The request could not be served."
    return _error_page(request, exc.status_code, heading, message)


async def _validation_error(request: Request, exc: RequestValidationError):
    errors = [
        {key: value for key, value in error.items() if key in ("loc", "msg", "type", "input")}
        for error in exc.errors()
    ]
    if _wants_json(request):
        return JSONResponse({"detail": errors}, status_code=422)
    message = "; ".join(f"{error['loc'][-1]}: {error['msg']}" for error in errors)
    return _error_page(request, 422, "Invalid request", message)


async def _unexpected_error(request: Request, exc: Exception):
    """A bug or an unreachable database is a one-line 500, never a traceback in the response."""
    if _wants_json(request):
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500)
    return _error_page(request, 500, "Something went wrong", f"internal error: {type(exc).__name__}")


def database_label(url: str) -> str:
    """The database URL as pages show it: a PostgreSQL password is never displayed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a parseable URL: show nothing rather than something secret
        return "database"


def create_app(db_url: str | None = None, read_only: bool = True, bound_host: str = "127.0.0.1",
               allowed_hosts: Iterable[str] = (), warm_divergences: bool = True) -> FastAPI:
    """The accord web app over the store at ``db_url`` (default ``sqlite:///accord.db``).

    ``read_only`` (the default) opens the store without write access; the app has no route that
    writes in either case, the flag only decides how the database connection is opened.
    Requests must name ``bound_host`` (or a loopback name, or one of ``allowed_hosts``, e.g. the
    name a reverse proxy forwards) in their Host header. ``warm_divergences`` keeps the unfiltered
    divergences computed in the background while the app runs (``accord.web.cached.DivergenceWarmer``).
    """
    store = open_store(db_url, read_only=read_only)

    @asynccontextmanager
    async def lifespan(started: FastAPI) -> AsyncIterator[None]:
        warmer = DivergenceWarmer(app_cache(started), store) if warm_divergences else None
        if warmer is not None:
            warmer.start()
        try:
            yield
        finally:
            if warmer is not None:
                warmer.stop()
            store.close()

    app = FastAPI(
        title="accord",
        version=__version__,
        description="Who said what, who did what to whom: statements and PLOVER events from news, "
        "every record pointing at the exact characters of its source.",
        docs_url=None,  # FastAPI's Swagger/ReDoc pages load assets from a CDN; ours are self-hosted
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.read_only = read_only
    app.state.db_label = database_label(store.url)  # for the terminal (accord serve), never for pages
    app.state.templates = make_templates(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(entity_routes.router)
    app.include_router(analyst_routes.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected_error)
    _with_outer_middleware(app, HostAllowList.for_server(bound_host, allowed_hosts))
    return app
