"""``Store``: the embedded DuckDB database behind one class."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import duckdb

from tidings.model import CodedArticle
from tidings.registry import ActorRegistry
from tidings.store import schema
from tidings.store.writer import delete_article, stored_hash, write_article


class Store:
    """Articles, sentences, mentions, real events and actors in one DuckDB file.

    Every ``write`` is one transaction: a crash leaves either the whole article (with its
    sentences, mentions, real-event links and registry rows) or nothing of it.
    """

    def __init__(self, path: str | Path = "tidings.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        self.version = schema.version(self.con) if read_only else schema.migrate(self.con)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def has(self, doc_id: str, content_hash: str | None = None) -> bool:
        """Whether ``doc_id`` is stored (with this content, when a hash is given)."""
        stored = stored_hash(self.con, doc_id)
        return stored is not None and (content_hash is None or stored == content_hash)

    def write(self, coded: CodedArticle) -> bool:
        """Store one coded article; False when the same text is already stored."""
        if self.has(coded.article.doc_id, coded.article.content_hash):
            return False
        self._transaction(write_article, coded)
        return True

    def write_all(self, coded: Iterable[CodedArticle]) -> int:
        """Store many articles (one transaction each); return how many were new or changed."""
        return sum(self.write(one) for one in coded)

    def delete(self, doc_id: str) -> bool:
        """Remove an article and everything coded from it; re-cluster what it touched."""
        if not self.has(doc_id):
            return False
        self._transaction(delete_article, doc_id)
        return True

    @property
    def registry(self) -> ActorRegistry:
        return ActorRegistry(self.con)

    def tables(self) -> set[str]:
        """Names of the tables in the database (to tell a tidings store from another file)."""
        return {
            row[0] for row in self.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }

    def counts(self) -> dict[str, int]:
        tables = ("articles", "sentences", "mentions", "real_events", "actors")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}

    def _transaction(self, work, *args) -> None:
        self.con.begin()
        try:
            work(self.con, *args)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
