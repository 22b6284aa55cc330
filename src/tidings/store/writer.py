"""Writing one coded article, with its sentences, mentions and real events, in one transaction."""

from __future__ import annotations

import duckdb

from tidings.dedup import assign, facts_of
from tidings.model import CodedArticle
from tidings.registry import refresh_actors
from tidings.store import words
from tidings.store.clusters import FACTS_COLUMNS, DuckIndex, facts_from_row, refresh
from tidings.store.rows import article_row, mention_ids, mention_rows, sentence_row


def stored_hash(con: duckdb.DuckDBPyConnection, doc_id: str) -> str | None:
    row = con.execute("SELECT content_hash FROM articles WHERE doc_id = ?", [doc_id]).fetchall()
    return row[0][0] if row else None


def write_article(con: duckdb.DuckDBPyConnection, coded: CodedArticle) -> None:
    """Insert or replace ``coded`` (the caller holds the transaction)."""
    doc_id = coded.article.doc_id
    index = DuckIndex(con)
    names = _names(con, doc_id)
    orphans = remove_article(con, doc_id)
    _insert_article(con, coded)
    _recluster(con, index, orphans)
    _insert_mentions(con, index, coded)
    words.index_article(con, doc_id)
    refresh(con, index.touched | orphans)
    refresh_actors(con, names | {n for m in coded.mentions for n in _mention_names(m)})


def delete_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Delete an article and re-cluster the mentions of the events it belonged to."""
    index = DuckIndex(con)
    names = _names(con, doc_id)
    orphans = remove_article(con, doc_id)
    _recluster(con, index, orphans)
    refresh(con, index.touched | orphans)
    refresh_actors(con, names)


def remove_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> set[str]:
    """Delete an article's rows; dissolve the real events it belonged to and return their ids.

    The other members of those events are left unassigned (real_event_id NULL) for
    ``_recluster`` to place again, so no event keeps a date only the old text supported.
    """
    ids = {
        row[0]
        for row in con.execute(
            "SELECT DISTINCT real_event_id FROM mentions WHERE doc_id = ? "
            "AND real_event_id IS NOT NULL",
            [doc_id],
        ).fetchall()
    }
    words.unindex_article(con, doc_id)
    con.execute("DELETE FROM mentions WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM sentences WHERE doc_id = ?", [doc_id])
    con.execute("DELETE FROM articles WHERE doc_id = ?", [doc_id])
    for real_event_id in sorted(ids):
        con.execute(
            "UPDATE mentions SET real_event_id = NULL WHERE real_event_id = ?", [real_event_id]
        )
        con.execute("DELETE FROM real_events WHERE real_event_id = ?", [real_event_id])
    return ids


def _insert_article(con: duckdb.DuckDBPyConnection, coded: CodedArticle) -> None:
    con.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)",
        list(article_row(coded.article)),
    )
    rows = [sentence_row(coded.article.doc_id, s) for s in coded.sentences]
    if rows:
        con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)


def _insert_mentions(con: duckdb.DuckDBPyConnection, index: DuckIndex, coded: CodedArticle) -> None:
    ids = mention_ids(coded.mentions)
    rows = mention_rows(coded)
    for mention, mention_id, row in zip(coded.mentions, ids, rows, strict=True):
        real_event_id = assign(facts_of(mention, coded.article, mention_id), index)
        placeholders = ", ".join("?" * len(row))
        con.execute(f"INSERT INTO mentions VALUES ({placeholders})", [*row[:-1], real_event_id])


def _recluster(con: duckdb.DuckDBPyConnection, index: DuckIndex, orphans: set[str]) -> None:
    if not orphans:
        return
    rows = con.execute(
        f"""SELECT {FACTS_COLUMNS} FROM mentions m WHERE real_event_id IS NULL
            ORDER BY (SELECT a.ingested_at FROM articles a WHERE a.doc_id = m.doc_id),
                     doc_id, ordinal"""
    ).fetchall()
    for row in rows:
        facts = facts_from_row(row)
        real_event_id = assign(facts, index)
        con.execute(
            "UPDATE mentions SET real_event_id = ? WHERE mention_id = ?",
            [real_event_id, facts.mention_id],
        )


def _names(con: duckdb.DuckDBPyConnection, doc_id: str) -> set[str]:
    rows = con.execute(
        "SELECT source_name FROM mentions WHERE doc_id = ? AND source_name IS NOT NULL "
        "UNION SELECT target_name FROM mentions WHERE doc_id = ? AND target_name IS NOT NULL",
        [doc_id, doc_id],
    ).fetchall()
    return {row[0] for row in rows}


def _mention_names(mention) -> list[str]:
    return [a.name for a in (mention.source, mention.target) if a is not None and a.name]
