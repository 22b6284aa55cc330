"""The words index: searches through it find exactly what a plain substring scan finds, and
it follows every write (new, replaced, deleted, failed, interrupted) and old stores."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import test_store as ingest_runs
from api_store import JAPAN, MEET, NORTH_KOREA, Code, build_store, coded
from tidings import query
from tidings.api import create_app
from tidings.model import Article
from tidings.query import EventFilter
from tidings.store import Store, words

# Sentences written for these tests: case, accents, apostrophes, hyphens, dashes, digits and
# LIKE wildcards, each with the actors and trigger the hand coder needs.
AWKWARD = Article(
    doc_id="awkward-2015-06-02",
    outlet="Test Gazette",
    published=date(2015, 6, 2),
    title="Awkward text",
    text=(
        "İSTANBUL: Japan met North Korea's envoy (Song Il-Ho) on 19–20 March.\n"
        "At the ÉTÉ forum Japan met North Korea; negotiations resumed.\n"
        "Japan met North Korea, 100% sure_thing, said officials.\n"
        "Japan met North Korea in Ulaanbaatar again."
    ),
)


def coded_awkward(article: Article) -> object:
    """Each sentence coded as Japan meeting North Korea (the search looks at the text)."""
    return coded(article, [Code(i, JAPAN, NORTH_KOREA, "met", MEET, None, None) for i in range(4)])


AWKWARD_CODED = coded_awkward(AWKWARD)

SEARCHES = [
    "istanbul", "İstanbul", "ISTANBUL:", "stanb", "korea's", "Korea'", "rea's env",
    "Il-Ho", "il-h", "-Ho)", "(Song", "19–20", "19", "9–2", "été", "ÉTÉ forum", "t", "té fo",
    "negotiat", "tiations", "egotiatio", "negotiations resumed.", "100%", "0% s", "%", "_",
    "sure_thing", "e_t", "Ulaanbaatar again", "ulaanbaatar", "north korea", "NORTH KOREA IN",
    "met North", "et Nort", "Japan met", "  ", "..", "", "zzz", "Japan met North Korea in Beijing",
    "talks", "alks", "Talks in", "March 19 and 20", "<b>", "first of their kind",
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    path = build_store(tmp_path_factory.mktemp("words") / "words.duckdb")
    with Store(path) as writable:
        writable.write(AWKWARD_CODED)
    with Store(path, read_only=True) as opened:  # read-only, as the HTTP app opens it too
        yield opened


def scanned(store: Store, text: str) -> list[str]:
    """The plain scan the index must agree with: ILIKE with the wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = store.con.execute(
        "SELECT mention_id FROM mentions WHERE sentence ILIKE ? ESCAPE '\\' "
        "ORDER BY sort_date DESC, mention_id DESC",
        [f"%{escaped}%"],
    ).fetchall()
    return [row[0] for row in rows]


def found(store: Store, text: str) -> list[str]:
    rows = query.mentions(store, EventFilter(text=text), limit=1000).rows
    return [row["mention_id"] for row in rows]


@pytest.mark.parametrize("text", SEARCHES)
def test_search_finds_what_a_scan_finds(store: Store, text: str) -> None:
    assert found(store, text) == scanned(store, text)


def test_rare_words_are_narrowed_by_the_index(store: Store) -> None:
    """The index answers these (not the scan fallback), with a superset of the matches."""
    for text in ["negotiat", "Il-Ho", "korea's env", "Ulaanbaatar again", "zzz"]:
        candidates = query._candidates(store.con, text)
        assert candidates is not None, text
        assert set(scanned(store, text)) <= set(candidates)
    assert query._candidates(store.con, "zzz") == []


def test_common_words_fall_back_to_the_scan(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(query, "MAX_CANDIDATES", 2)
    assert query._candidates(store.con, "Japan met North Korea") is None
    assert found(store, "Japan met North Korea") == scanned(store, "Japan met North Korea")


def test_real_event_searches_agree_with_their_mentions(store: Store) -> None:
    for text in ["negotiat", "Shenyang on", "march 19 and 20", "Sunday with"]:
        matching = set(scanned(store, text))
        by_mention = store.con.execute(
            "SELECT DISTINCT real_event_id FROM mentions WHERE list_contains(?, mention_id)",
            [list(matching)],
        ).fetchall()
        events = query.real_events(store, EventFilter(mention_text=text), limit=1000).rows
        assert {e["real_event_id"] for e in events} == {row[0] for row in by_mention}
        best = query.real_events(store, EventFilter(text=text), limit=1000).rows
        assert all(text.lower() in e["sentence"].lower() for e in best)
        assert {e["best_mention_id"] for e in best} <= matching


def test_http_search_uses_the_same_rows(store: Store) -> None:
    with TestClient(create_app(store.path)) as client:
        for text in ["negotiat", "100%", "Il-Ho"]:
            body = client.get("/api/events", params={"q": text, "limit": 500}).json()
            assert sorted(item["id"] for item in body["items"]) == sorted(scanned(store, text))


def postings(store: Store) -> list[tuple[str, str]]:
    rows = store.con.execute("SELECT word, mention_id FROM mention_words ORDER BY ALL")
    return rows.fetchall()


def rebuilt(store: Store) -> list[tuple[str, str]]:
    """The index as ``rebuild`` makes it from the stored mentions, left untouched."""
    store.con.begin()
    try:
        words.rebuild(store.con)
        return postings(store)
    finally:
        store.con.rollback()


def test_index_follows_replacements_and_deletions(tmp_path: Path) -> None:
    with Store(build_store(tmp_path / "edit.duckdb")) as store:
        store.write(AWKWARD_CODED)
        assert found(store, "negotiations") and postings(store) == rebuilt(store)
        changed = replace(AWKWARD, text=AWKWARD.text.replace("negotiations", "parleys"))
        store.write(coded_awkward(changed))
        assert found(store, "negotiations") == [] and found(store, "parleys")
        assert postings(store) == rebuilt(store)
        store.delete(AWKWARD.doc_id)
        assert found(store, "parleys") == [] and postings(store) == rebuilt(store)
        assert found(store, "Ulaanbaatar") == scanned(store, "Ulaanbaatar") != []


def test_failed_write_leaves_no_postings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.store import writer

    with Store(build_store(tmp_path / "fail.duckdb")) as store:
        before = postings(store)

        def broken(con, ids) -> None:
            raise RuntimeError("boom")

        monkeypatch.setattr(writer, "refresh", broken)
        with pytest.raises(RuntimeError):
            store.write(AWKWARD_CODED)
        assert postings(store) == before
        assert found(store, "negotiat") == []


def test_store_made_before_the_index_opens_and_searches(tmp_path: Path) -> None:
    path = build_store(tmp_path / "old.duckdb")
    with Store(path) as store:
        complete = postings(store)
        store.con.execute("DROP TABLE mention_words")
        store.con.execute("DROP TABLE words")
        store.con.execute("DELETE FROM migrations WHERE name = 'm003_words'")
    with Store(path, read_only=True) as old:  # not migrated: the searches scan
        assert old.version == 2
        assert query._candidates(old.con, "Ulaanbaatar") is None
        assert found(old, "ulaanbaatar") == scanned(old, "ulaanbaatar") != []
    with Store(path) as migrated:  # opened for writing: migrated and filled
        assert migrated.version == 3
        assert postings(migrated) == complete
        assert query._candidates(migrated.con, "Ulaanbaatar") is not None


def test_interrupted_ingest_resumes_with_the_same_index(tmp_path: Path) -> None:
    """Kill an ingest mid-way, run it again: the index equals the uninterrupted run's."""
    import os
    import signal

    whole = tmp_path / "whole.duckdb"
    assert ingest_runs.run_ingest(whole, 0).wait(timeout=120) == 0
    with Store(whole, read_only=True) as complete:
        all_mentions = complete.counts()["mentions"]
    killed = tmp_path / "killed.duckdb"
    process = ingest_runs.run_ingest(killed, 0.05)
    assert all(process.stdout.readline() for _ in range(5))
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    with Store(killed, read_only=True) as partial:
        assert postings(partial) and partial.counts()["mentions"] < all_mentions
    assert ingest_runs.run_ingest(killed, 0).wait(timeout=120) == 0
    with Store(whole, read_only=True) as one, Store(killed, read_only=True) as other:
        assert postings(one) == postings(other)
        assert one.con.execute("SELECT * FROM words ORDER BY ALL").fetchall() == (
            other.con.execute("SELECT * FROM words ORDER BY ALL").fetchall()
        )


@pytest.mark.parametrize("text", [t for t in SEARCHES if t.isascii()])
def test_ascii_words_are_cut_as_duckdb_cuts_them(store: Store, text: str) -> None:
    """Plain ASCII searches are cut in Python (no regex compile per query); they must agree
    with DuckDB's own cut, which other scripts use."""
    found_words, opens, closes = store.con.execute(
        "SELECT regexp_extract_all(lower(?), '[\\pL\\pN]+'), "
        "regexp_matches(lower(?), '^[\\pL\\pN]'), regexp_matches(lower(?), '[\\pL\\pN]$')",
        [text, text, text],
    ).fetchall()[0]
    cut = query._searched_words(store.con, text)
    assert [word for word, _ in cut] == found_words
    if cut:
        assert (cut[0][1] in ("inside", "end")) == opens
        assert (cut[-1][1] in ("inside", "start")) == closes
