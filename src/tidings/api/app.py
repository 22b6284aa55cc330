"""The FastAPI application: JSON API under /api, the web page at /, its assets under /static."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources as package_files
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from tidings import __version__
from tidings.api import ingest, routes
from tidings.api.deps import ApiConfig, Resources
from tidings.api.models import CameoRoot, Vocabulary

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def web_dir() -> Path:
    """The page's static files, shipped inside the package."""
    return Path(str(package_files.files("tidings").joinpath("web")))


def load_vocabulary() -> Vocabulary:
    from tidings.ontology import Ontology

    ontology = Ontology.load()
    roots = [
        CameoRoot(code=c, name=ontology.cameo_name(c)) for c in ontology.codes() if len(c) == 2
    ]
    return Vocabulary(
        cameo_roots=sorted(roots, key=lambda r: r.code), plover_types=ontology.plover_types()
    )


async def security_headers(request: Request, call_next) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.url.path.startswith("/api/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def create_app(db_path: str | Path, token: str | None = None) -> FastAPI:
    """The API and page over the store at ``db_path``; ingest only when ``token`` is set."""
    config = ApiConfig(db_path=Path(db_path), token=token or None)
    state = Resources(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="tidings",
        version=__version__,
        description="Political events coded from news, each traced to its sentences.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.resources = state
    app.state.vocabulary = load_vocabulary()
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.middleware("http")(security_headers)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.mount("/static", StaticFiles(directory=web_dir()), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web_dir() / "index.html", media_type="text/html; charset=utf-8")

    return app


def serve(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Run the API and the page with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db_path, token=token), host=host, port=port, log_level="info")
