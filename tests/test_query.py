"""Query module: filters, keyset pages, one event with its mentions, timeline, actors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings import query
from tidings.query import EventFilter
from tidings.store import Store


@pytest.fixture(scope="module")
def store(paraphrase_store):
    return paraphrase_store


def test_dyad_is_symmetric(store: Store) -> None:
    one = query.mentions(store, EventFilter(dyad="JPN-PRK"), limit=500).rows
    other = query.mentions(store, EventFilter(dyad="prk-jpn"), limit=500).rows
    assert one == other and one
    assert all({r["source"]["country"], r["target"]["country"]} == {"JPN", "PRK"} for r in one)


def test_filters_combine(store: Store) -> None:
    rows = query.mentions(
        store, EventFilter(cameo_root="15", since=date(2014, 3, 26), until=date(2014, 3, 26))
    ).rows
    assert rows and all(r["cameo_root"] == "15" for r in rows)
    assert query.mentions(store, EventFilter(place="Donetsk")).rows[0]["location"]["name"] == (
        "Donetsk"
    )
    protests = query.mentions(store, EventFilter(text="protest")).rows
    assert protests and all("protest" in r["sentence"].lower() for r in protests)
    material_conflict = query.real_events(store, EventFilter(quad_class=4)).rows
    assert material_conflict and all(r["quad_class"] == 4 for r in material_conflict)
    assert query.mentions(store, EventFilter(actor="RUSMIL")).rows


def test_injection_is_just_a_value(store: Store) -> None:
    assert query.mentions(store, EventFilter(text="'; DROP TABLE mentions; --")).rows == []
    assert store.counts()["mentions"] > 0


def test_keyset_pages_cover_everything_once(store: Store) -> None:
    seen, after = [], None
    while True:
        page = query.mentions(store, limit=4, after=after)
        seen.extend(r["mention_id"] for r in page.rows)
        if page.next is None:
            break
        after = page.next
    assert len(seen) == len(set(seen)) == store.counts()["mentions"]


def test_real_event_has_its_mentions_and_highlights(store: Store) -> None:
    events = query.real_events(store, EventFilter(dyad="JPN-PRK", cameo_root="04"), limit=50)
    biggest = max(events.rows, key=lambda r: r["n_mentions"])
    event = query.real_event(store, biggest["real_event_id"])
    assert len(event["mentions"]) == event["n_mentions"] >= 5
    assert event["n_sources"] == len(event["outlets"]) >= 3
    mention = event["mentions"][0]
    kinds = {h["kind"] for h in mention["highlights"]}
    assert "trigger" in kinds
    for h in mention["highlights"]:
        assert 0 <= h["start"] < h["end"] <= len(mention["sentence"])
    assert query.real_event(store, "no-such-id") is None


def test_timeline_is_in_date_order_with_meetings_apart(store: Store) -> None:
    rows = query.timeline(store, "JPN-PRK")
    starts = [r["date_start"] for r in rows if r["date_start"]]
    assert starts == sorted(starts)
    talks = [r for r in rows if r["cameo"].startswith("04") and r["plover"] == "CONSULT"]
    days = {(r["date_start"], r["date_end"]) for r in talks}
    assert (date(2014, 3, 3), date(2014, 3, 3)) in days
    assert (date(2014, 3, 19), date(2014, 3, 20)) in days
    text = query.format_timeline(rows)
    assert "2014-03-19/20" in text and "Kyodo" in text


def test_actor_registry(store: Store) -> None:
    people = {p["name"]: p for p in query.actors(store)}
    song = people["Song Il-Ho"]
    assert song["country"] == "PRK" and song["role"] == "ambassador"
    assert song["first_seen"] == date(2014, 3, 30)
    assert "Tasaka" in people["Osamu Tasaka"]["aliases"]
    assert store.registry.lookup("Tasaka").name == "Osamu Tasaka"


def test_bad_dyad_is_a_clear_error(store: Store) -> None:
    with pytest.raises(ValueError, match="dyad"):
        query.mentions(store, EventFilter(dyad="JPN"))


def test_paging_stays_fast_on_many_rows(tmp_path: Path) -> None:
    import time

    with Store(tmp_path / "big.duckdb") as big:
        big.con.execute(
            """INSERT INTO real_events (real_event_id, family, directed, dyad, sort_date,
                   date_start, date_end, cameo, plover, quad_class, goldstein, n_mentions)
               SELECT printf('%016x', i), '04', false, 'JPN-PRK',
                      DATE '2000-01-01' + CAST(i % 5000 AS INTEGER),
                      DATE '2000-01-01' + CAST(i % 5000 AS INTEGER),
                      DATE '2000-01-01' + CAST(i % 5000 AS INTEGER), '040', 'CONSULT', 1, 1.0, 1
               FROM range(200000) t(i)"""
        )
        first = query.real_events(big, EventFilter(dyad="JPN-PRK"), limit=50)
        start = time.perf_counter()
        page = query.real_events(big, EventFilter(dyad="JPN-PRK"), limit=50, after=first.next)
        elapsed = time.perf_counter() - start
        assert len(page.rows) == 50 and page.rows[0]["sort_date"] <= first.rows[-1]["sort_date"]
        assert elapsed < 1.0
