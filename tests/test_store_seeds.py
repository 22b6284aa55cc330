"""End to end on the seeds: the Japan-North Korea chronology with the Shenyang talks once."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tidings import query
from tidings.run import articles_from
from tidings.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.seeds]


@pytest.fixture(scope="module")
def seeded(coder, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    documents = json.loads((shared_dir / "gold" / "seeds.json").read_text())["documents"]
    articles = []
    for article in articles_from([shared_dir / "seeds"]):
        meta = documents.get(article.doc_id, {})
        published = date.fromisoformat(meta["published"]) if meta.get("published") else None
        articles.append(
            replace(article, published=published, outlet=meta.get("outlet") or article.outlet)
        )
    with Store(tmp_path_factory.mktemp("seeds") / "seeds.duckdb") as store:
        store.write_all(coder.code(articles))
        yield store


def consults(store: Store) -> list[dict]:
    rows = query.timeline(store, "JPN-PRK")
    return [r for r in rows if r["cameo"].startswith("04") and r["date_start"]]


def test_shenyang_talks_are_one_event_with_two_sources(seeded: Store) -> None:
    shenyang = [
        r for r in consults(seeded)
        if r["date_start"] <= date(2014, 3, 20) and r["date_end"] >= date(2014, 3, 19)
        and r["place_name"] == "Shenyang"
    ]  # fmt: skip
    assert len(shenyang) == 1
    assert shenyang[0]["n_sources"] == 2
    assert (shenyang[0]["date_start"], shenyang[0]["date_end"]) == (
        date(2014, 3, 19),
        date(2014, 3, 20),
    )


def test_meetings_of_different_years_stay_apart_in_date_order(seeded: Store) -> None:
    rows = consults(seeded)
    starts = [r["date_start"] for r in rows]
    assert starts == sorted(starts)
    years = {d.year for d in starts}
    assert {2004, 2005, 2012, 2014} <= years
    assert "2014-03-19/20" in query.format_timeline(query.timeline(seeded, "JPN-PRK"))
