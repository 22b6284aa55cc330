"""Dedup: which mentions become one real event, incrementally and deterministically."""

from __future__ import annotations

from datetime import date

from tidings.dedup import Facts, MemoryIndex, assign, best_date, cluster_all
from tidings.evaluate.dedup_eval import evaluate_clusters, pairwise_scores


def facts(mention_id: str, doc: str = "d1", **kw) -> Facts:
    base = {
        "cameo": "040", "source_country": "JPN", "target_country": "PRK", "symmetric": True,
        "date_start": date(2014, 3, 19), "date_end": date(2014, 3, 19), "precision": "day",
    }  # fmt: skip
    base.update(kw)
    return Facts(mention_id=mention_id, doc_id=doc, **base)


def day(d: int) -> dict:
    return {"date_start": date(2014, 3, d), "date_end": date(2014, 3, d), "precision": "day"}


EARLIER_THIS_MONTH = {
    "date_start": date(2014, 3, 1), "date_end": date(2014, 3, 29), "precision": "month",
}  # fmt: skip


def test_symmetric_talks_join_in_either_direction_across_outlets() -> None:
    labels = cluster_all(
        [
            facts("a", "d1", outlet="Kyodo"),
            facts("b", "d2", source_country="PRK", target_country="JPN", outlet="AFP"),
        ]
    )
    assert labels["a"] == labels["b"]


def test_directed_events_keep_their_direction() -> None:
    kw = {"cameo": "111", "symmetric": False}
    labels = cluster_all(
        [facts("a", **kw), facts("b", "d2", source_country="PRK", target_country="JPN", **kw)]
    )
    assert labels["a"] != labels["b"]


def test_agree_and_consult_stay_apart() -> None:
    labels = cluster_all([facts("a"), facts("b", "d2", cameo="036")])
    assert labels["a"] != labels["b"]


def test_two_day_meeting_reported_as_wednesday_and_yesterday_is_one_event() -> None:
    labels = cluster_all([facts("a", **day(19)), facts("b", "d2", **day(20))])
    assert labels["a"] == labels["b"]


def test_meetings_on_different_days_of_the_same_pair_stay_apart() -> None:
    labels = cluster_all([facts("a", **day(3)), facts("b", "d2", **day(19))])
    assert labels["a"] != labels["b"]


def test_month_mention_joins_the_more_reported_meeting_inside_it() -> None:
    labels = cluster_all(
        [
            facts("mar3", "d1", **day(3)),
            facts("wed", "d1", **day(19)),
            facts("yday", "d1", **day(20)),
            facts("afp", "d2", **EARLIER_THIS_MONTH),
        ]
    )
    assert labels["afp"] == labels["wed"] == labels["yday"]
    assert labels["mar3"] != labels["wed"]


def test_month_mention_does_not_join_a_meeting_outside_it() -> None:
    labels = cluster_all([facts("a", **day(30)), facts("b", "d2", **EARLIER_THIS_MONTH)])
    assert labels["a"] != labels["b"]


def test_different_places_stay_apart() -> None:
    labels = cluster_all(
        [facts("a", place_name="Shenyang"), facts("b", "d2", place_name="Beijing")]
    )
    assert labels["a"] != labels["b"]


def test_undated_mentions_join_only_within_their_article() -> None:
    undated = {"date_start": None, "date_end": None, "precision": None}
    labels = cluster_all(
        [facts("a", "d1"), facts("b", "d1", **undated), facts("c", "d2", **undated)]
    )
    assert labels["a"] == labels["b"]
    assert labels["c"] != labels["a"]


def test_negated_reports_do_not_join_asserted_ones() -> None:
    labels = cluster_all([facts("a"), facts("b", "d2", modality="negated")])
    assert labels["a"] != labels["b"]


def test_best_date_is_the_most_precise_consistent_one() -> None:
    members = [facts("a", **day(19)), facts("b", **day(20)), facts("c", **EARLIER_THIS_MONTH)]
    best = best_date(members)
    assert (best.start, best.end, best.precision) == (date(2014, 3, 19), date(2014, 3, 20), "range")
    only_month = best_date([facts("c", **EARLIER_THIS_MONTH)])
    assert only_month.precision == "month"


def test_incremental_assignment_matches_batch_and_is_deterministic() -> None:
    items = [facts("a", **day(19)), facts("b", "d2", **day(20)), facts("c", "d3", **day(3))]
    index = MemoryIndex()
    incremental = {f.mention_id: assign(f, index) for f in items}
    assert incremental == cluster_all(items) == cluster_all(items)


def test_pairwise_scores() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "1", "d": "2"}
    scores = pairwise_scores(gold, predicted)
    assert scores.precision == 1 / 3
    assert scores.recall == 1 / 2


def test_paraphrase_corpus_clusters_well() -> None:
    scores = evaluate_clusters()
    assert scores.precision >= 0.9 and scores.recall >= 0.9
    assert scores.clusters_gold >= 10
