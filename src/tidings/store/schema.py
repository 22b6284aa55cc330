"""The store's schema as named migrations, applied in order and recorded in a table.

Each migration is a function taking a DuckDB connection. A migration, once released, is
never edited: changes go into a new function appended to ``MIGRATIONS``. The schema version
of a store is the number of migrations recorded in ``migrations``.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from tidings.store import words

Migration = Callable[[duckdb.DuckDBPyConnection], None]

ACTOR_COLUMNS = """
    {p}_text VARCHAR, {p}_code VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR,
    {p}_name VARCHAR, {p}_role VARCHAR, {p}_start INTEGER, {p}_end INTEGER"""


def m001_initial(con: duckdb.DuckDBPyConnection) -> None:
    """Articles, sentences, mentions, real events and the actor registry."""
    con.execute(
        """
        CREATE TABLE articles (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR,
            outlet VARCHAR, byline VARCHAR, published DATE, url VARCHAR, origin VARCHAR,
            text VARCHAR NOT NULL, ingested_at TIMESTAMP NOT NULL
        )"""
    )
    con.execute(
        """
        CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
            PRIMARY KEY (doc_id, sentence_index)
        )"""
    )
    actors = "".join(ACTOR_COLUMNS.format(p=p) + "," for p in ("source", "target", "attributed"))
    con.execute(
        f"""
        CREATE TABLE mentions (
            mention_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL, sentence VARCHAR NOT NULL,
            trigger VARCHAR NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
            cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, goldstein DOUBLE NOT NULL,
            quad_class INTEGER NOT NULL, plover VARCHAR NOT NULL, plover_mode VARCHAR,
            {actors}
            is_symmetric BOOLEAN NOT NULL, dyad VARCHAR,
            date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
            place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
            place_text VARCHAR,
            modality VARCHAR NOT NULL, confidence DOUBLE NOT NULL, method VARCHAR NOT NULL,
            outlet VARCHAR, published DATE, sort_date DATE NOT NULL,
            real_event_id VARCHAR
        )"""
    )
    con.execute(
        """
        CREATE TABLE real_events (
            real_event_id VARCHAR PRIMARY KEY, family VARCHAR NOT NULL,
            actor_a VARCHAR, actor_b VARCHAR, directed BOOLEAN NOT NULL, dyad VARCHAR,
            anchor_doc VARCHAR,
            fine_lo DATE, fine_hi DATE, coarse_lo DATE, coarse_hi DATE,
            place_name VARCHAR, place_country VARCHAR,
            date_start DATE, date_end DATE, date_precision VARCHAR, sort_date DATE,
            cameo VARCHAR, plover VARCHAR, quad_class INTEGER,
            goldstein DOUBLE, source_code VARCHAR, target_code VARCHAR,
            source_name VARCHAR, target_name VARCHAR,
            place_lat DOUBLE, place_lon DOUBLE,
            best_mention_id VARCHAR, sentence VARCHAR, outlets VARCHAR,
            n_mentions INTEGER NOT NULL DEFAULT 0, n_sources INTEGER NOT NULL DEFAULT 0,
            n_articles INTEGER NOT NULL DEFAULT 0, first_published DATE, updated_at TIMESTAMP
        )"""
    )
    con.execute(
        """
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, country VARCHAR,
            sector VARCHAR, code VARCHAR, role VARCHAR, aliases VARCHAR[],
            first_seen DATE, last_seen DATE, n_mentions INTEGER NOT NULL
        )"""
    )


def m002_indexes(con: duckdb.DuckDBPyConnection) -> None:
    """Indexes for the lookups done per write and the dyad/date/type filters."""
    statements = [
        "CREATE INDEX mentions_doc ON mentions (doc_id)",
        "CREATE INDEX mentions_real_event ON mentions (real_event_id)",
        "CREATE INDEX mentions_dyad ON mentions (dyad, sort_date)",
        "CREATE INDEX mentions_cameo_root ON mentions (cameo_root)",
        "CREATE INDEX mentions_sort ON mentions (sort_date, mention_id)",
        "CREATE INDEX real_events_block ON real_events (family, actor_a, actor_b)",
        "CREATE INDEX real_events_dyad ON real_events (dyad, sort_date)",
        "CREATE INDEX real_events_sort ON real_events (sort_date, real_event_id)",
        "CREATE INDEX actors_name ON actors (name)",
    ]
    for statement in statements:
        con.execute(statement)


def m003_words(con: duckdb.DuckDBPyConnection) -> None:
    """The words index for text search (``tidings.store.words``), filled from the mentions
    already stored, so a store made before it opens with its index complete."""
    words.create(con)
    words.rebuild(con)


MIGRATIONS: tuple[Migration, ...] = (m001_initial, m002_indexes, m003_words)


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    con.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
    )
    return [row[0] for row in con.execute("SELECT name FROM migrations").fetchall()]


def version(con: duckdb.DuckDBPyConnection) -> int:
    """Number of applied migrations, without changing anything (read-only connections)."""
    tables = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'migrations'"
    ).fetchall()[0][0]
    if not tables:
        return 0
    return con.execute("SELECT count(*) FROM migrations").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations not yet recorded, each in its own transaction; return the version."""
    done = set(applied(con))
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        con.begin()
        try:
            migration(con)
            con.execute(
                "INSERT INTO migrations VALUES (?, current_timestamp)", [migration.__name__]
            )
            con.commit()
        except BaseException:
            con.rollback()
            raise
    return len(applied(con))
