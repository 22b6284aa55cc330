"""Per-app resources: the store connection, the token check and the (lazily loaded) coder.

Everything lives on ``app.state`` (one ``Resources`` per app): no module-level state.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tidings.api.source import EventSource
from tidings.store import Store

REQUIRED_TABLES = {"articles", "sentences", "mentions", "real_events", "actors"}


class StoreUnavailable(RuntimeError):
    """The database file is missing or is not a tidings store."""


@dataclass(frozen=True)
class ApiConfig:
    db_path: Path
    token: str | None = None
    max_ingest_bytes: int = 2_000_000

    @property
    def ingest_enabled(self) -> bool:
        return bool(self.token)


@dataclass
class Resources:
    """The app's open store connection and coder, created on first use, closed on shutdown."""

    config: ApiConfig
    lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    store: Store | None = None
    coder: Any = None

    def open(self) -> Store:
        with self.lock:
            if self.store is None:
                self.store = open_store(self.config)
            return self.store

    def connection(self) -> duckdb.DuckDBPyConnection:
        return self.open().con

    def close(self) -> None:
        with self.lock:
            if self.store is not None:
                self.store.close()
                self.store = None


def open_store(config: ApiConfig) -> Store:
    """Read-only unless ingest is enabled; a writable store is created (migrated) if new."""
    if config.ingest_enabled:
        return Store(config.db_path)
    if not config.db_path.is_file():
        raise StoreUnavailable(f"no tidings store at {config.db_path}")
    try:
        store = Store(config.db_path, read_only=True)
    except duckdb.Error as error:
        raise StoreUnavailable(f"{config.db_path} is not a tidings store: {error}") from error
    if not store.tables() >= REQUIRED_TABLES:
        store.close()
        raise StoreUnavailable(f"{config.db_path} is not a tidings store")
    return store


def resources(request: Request) -> Resources:
    return request.app.state.resources


def cursor(res: Annotated[Resources, Depends(resources)]) -> Iterator[duckdb.DuckDBPyConnection]:
    """One cursor per request: DuckDB connections are not shared across threads."""
    try:
        con = res.connection()
    except StoreUnavailable as error:
        raise HTTPException(status_code=503, detail=str(error)) from error
    cur = con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def source(cur: Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]) -> EventSource:
    return EventSource(cur)


BEARER = HTTPBearer(auto_error=False, description="the token given to `tidings serve --token`")


def require_token(
    res: Annotated[Resources, Depends(resources)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
) -> None:
    expected = res.config.token
    if not expected:
        raise HTTPException(status_code=403, detail="ingest is disabled: the server is read-only")
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=401,
            detail="a valid bearer token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
