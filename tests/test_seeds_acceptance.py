"""The seeds: every core event found with the right dyad, type family and date.

Runs only when ../shared is present. Scores are printed by `tidings eval`; this test
holds the must-haves of the spine issue, not a tuned number.
"""

from __future__ import annotations

import pytest

from tidings.evaluate.seeds import GoldFile, group_by_doc, score, seed_articles

pytestmark = [pytest.mark.slow, pytest.mark.seeds]


@pytest.fixture(scope="module")
def seeds(coder, shared_dir):
    gold = GoldFile.load(shared_dir / "gold" / "seeds.json")
    coded = list(coder.code(seed_articles(gold, shared_dir / "seeds")))
    mentions = group_by_doc(m for article in coded for m in article.mentions)
    return gold, mentions


def test_every_core_event_is_found_with_dyad_type_and_date(seeds):
    gold, mentions = seeds
    report = score(gold, mentions)
    assert report.missed == [], report.format()
    assert report.core_found_dated == report.core_total, report.format()


def test_few_predictions_match_no_gold_event(seeds):
    gold, mentions = seeds
    report = score(gold, mentions)
    assert len(report.unmatched) <= 5, report.format()


def test_both_reports_of_the_shenyang_talks_agree_on_dates_and_place(seeds):
    _, mentions = seeds
    shenyang = [
        m
        for doc in ("000_ada49d65f0a62fe3", "001_d06172ae75601dfd")
        for m in mentions.get(doc, [])
        if m.action.plover == "CONSULT"
        and m.location
        and m.location.name == "Shenyang"
        and m.date
        and m.date.start.isoformat().startswith("2014-03")
        and m.date.start.day != 3
    ]
    docs = {m.doc_id for m in shenyang}
    assert docs == {"000_ada49d65f0a62fe3", "001_d06172ae75601dfd"}
    for mention in shenyang:  # every report overlaps the two days of talks, 19-20 March
        assert mention.location.country == "CHN"
        assert mention.date.start.isoformat() <= "2014-03-20"
        assert mention.date.end.isoformat() >= "2014-03-19"
