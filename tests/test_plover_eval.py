"""The PLOVER pairs scorer: choosing our event between the marked spans, and the report."""

from __future__ import annotations

import pytest

from tidings.classify.corpus import Example
from tidings.evaluate.plover_pairs import PairsReport, Scored, choose, evaluate_pairs, prf
from tidings.model import Action, Actor, Mention, Sentence

TEXT = "Iran freed the sailors while Iraq attacked Kuwait."


def _mention(source: str, target: str, plover: str, confidence: float = 0.5) -> Mention:
    s, t = TEXT.index(source), TEXT.index(target)
    return Mention(
        doc_id="d",
        sentence=Sentence(0, 0, len(TEXT), TEXT),
        action=Action(cameo="0841", plover=plover),
        trigger="x",
        trigger_start=0,
        trigger_end=1,
        source=Actor(source, start=s, end=s + len(source)),
        target=Actor(target, start=t, end=t + len(target)),
        confidence=confidence,
    )


def _example() -> Example:
    return Example("1", TEXT, "RETREAT", (0, 4), (11, 22))


def test_choose_prefers_the_event_between_the_marked_spans():
    wanted = _mention("Iran", "the sailors", "RETREAT", 0.1)
    other = _mention("Iraq", "Kuwait", "ASSAULT", 0.9)
    assert choose(_example(), [other, wanted]) == (wanted, "pair")


def test_choose_falls_back_to_partial_then_sentence_then_none():
    partial = _mention("Iran", "Kuwait", "ASSAULT")
    assert choose(_example(), [partial])[1] == "partial"
    assert choose(_example(), [_mention("Iraq", "Kuwait", "ASSAULT")])[1] == "sentence"
    assert choose(_example(), []) == (None, "none")


def test_prf_counts():
    table = prf(["A", "A", "B"], ["A", "B", "B"], ["A", "B"])
    assert table["A"] == pytest.approx((1.0, 0.5, 2 / 3, 2))
    assert table["B"][:2] == pytest.approx((0.5, 1.0))


def test_report_merges_concede_and_retreat_into_yield():
    rows = [
        Scored(Example("1", "t", "CONCEDE"), 2, "YIELD", 2, "pair", True),
        Scored(Example("2", "t", "ASSAULT"), 4, "NONE", -1, "none", False),
    ]
    report = PairsReport("all", rows)
    assert report.types() == ["ASSAULT", "YIELD"]
    assert report.macro_f1() == pytest.approx(0.5)
    assert report.cases()["none"] == 1
    text = report.format()
    assert "macro-F1" in text and "confusion" in text


@pytest.mark.slow
def test_evaluate_pairs_runs_the_whole_pipeline(coder, tmp_path):
    tsv = tmp_path / "pairs.tsv"
    header = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n"
    rows = [
        (
            "1",
            "4",
            "ASSAULT",
            "Syrian troops shelled the town of Homs on Sunday.",
            "<s>Syrian troops</s> shelled <t>the town of Homs</t> on Sunday.",
        ),
        (
            "2",
            "1",
            "CONSULT",
            "The French president met the Chinese premier in Paris.",
            "<s>The French president</s> met <t>the Chinese premier</t> in Paris.",
        ),
    ]
    lines = [
        f"\t{sid}\t{penta}\t{root}\t{plain}\t{marked}\tx\ty\n"
        for sid, penta, root, plain, marked in rows
    ]
    tsv.write_text(header + "".join(lines), encoding="utf-8")
    report = evaluate_pairs(coder, tsv, split="all")
    assert len(report.rows) == 2
    assert sum(report.cases().values()) == 2
    assert "PLOVER pairs" in report.format()
