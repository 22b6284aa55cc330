"""The words index of mention sentences: which normalised words each sentence contains.

Text search is a case-insensitive substring test, and a substring test scans every sentence.
The index lets a search look only at sentences holding the words the searched text must touch
(``tidings.query`` works out which). A word is a run of letters and digits of the lower-cased
sentence. DuckDB cuts the words both when mentions are stored and when a search is planned,
with the same ``lower`` that ``ILIKE`` uses, so the two sides agree on every character (Python's
case mapping differs from DuckDB's on some letters, e.g. 'İ').

``mention_words`` holds one row per (word, mention); ``words`` the distinct words, for matching
a searched word that is only part of a stored one. Both are written in the transaction that
writes the mentions, so an interrupted run leaves no stale or missing postings.
"""

from __future__ import annotations

import duckdb

WORD_CHARACTER = r"[\pL\pN]"


def words_of(expression: str) -> str:
    """SQL for the list of normalised words of a text expression (a column or ``?``)."""
    return f"regexp_extract_all(lower({expression}), '{WORD_CHARACTER}+')"


def create(con: duckdb.DuckDBPyConnection) -> None:
    """The two tables (the index on ``mention_words.word`` is made by ``rebuild``)."""
    con.execute("CREATE TABLE mention_words (word VARCHAR NOT NULL, mention_id VARCHAR NOT NULL)")
    con.execute("CREATE TABLE words (word VARCHAR PRIMARY KEY)")


def index_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Add the words of one article's stored mentions (the caller holds the transaction)."""
    con.execute(
        f"""INSERT INTO mention_words
            SELECT DISTINCT unnest({words_of("sentence")}) AS word, mention_id
            FROM mentions WHERE doc_id = ?""",
        [doc_id],
    )
    con.execute(
        f"""INSERT OR IGNORE INTO words
            SELECT DISTINCT unnest({words_of("sentence")}) FROM mentions WHERE doc_id = ?""",
        [doc_id],
    )


def unindex_article(con: duckdb.DuckDBPyConnection, doc_id: str) -> None:
    """Drop the postings of one article's mentions, before the mentions themselves go.

    ``words`` keeps words no sentence holds any more: a search only uses it to find postings.
    """
    con.execute(
        """DELETE FROM mention_words
           WHERE mention_id IN (SELECT mention_id FROM mentions WHERE doc_id = ?)""",
        [doc_id],
    )


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the index from every stored mention: for a store made before it existed, or
    filled by bulk SQL (the latency benchmark). The ART index is built after the rows."""
    con.execute("DROP INDEX IF EXISTS mention_words_word")
    con.execute("DELETE FROM mention_words")
    con.execute(
        f"""INSERT INTO mention_words
            SELECT DISTINCT unnest({words_of("sentence")}) AS word, mention_id FROM mentions"""
    )
    con.execute("INSERT OR IGNORE INTO words SELECT DISTINCT word FROM mention_words")
    con.execute("CREATE INDEX mention_words_word ON mention_words (word)")
