"""Choosing the override threshold on the validation set (``tidings.classify.calibrate``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tidings.classify.calibrate import choose, score, sweep


def test_choose_prefers_the_highest_threshold_within_tolerance() -> None:
    scores = [(0.2, 0.80), (0.5, 0.84), (0.8, 0.835), (1.0, 0.79)]
    assert choose(scores, tolerance=0.01) == 0.8


def test_choose_takes_the_best_when_nothing_else_is_close() -> None:
    scores = [(0.2, 0.80), (0.5, 0.86), (0.8, 0.83), (1.0, 0.79)]
    assert choose(scores, tolerance=0.01) == 0.5


def test_choose_keeps_the_rules_when_the_set_cannot_tell_them_apart() -> None:
    scores = [(0.0, 0.801), (0.5, 0.80), (1.0, 0.795)]
    assert choose(scores, tolerance=0.01) == 1.0


def _report(fifteen: float, five: float) -> SimpleNamespace:
    return SimpleNamespace(
        macro_f1=lambda: fifteen, penta_macro_f1=lambda: five, cases=lambda: {"none": 3}
    )


def test_score_weighs_both_tasks_equally() -> None:
    assert score(_report(0.7, 0.9)) == pytest.approx(0.8)


def test_sweep_scores_every_threshold_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[float] = []

    def evaluate(threshold: float) -> SimpleNamespace:
        seen.append(threshold)
        return _report(threshold, 1.0)

    scores = sweep(evaluate, [0.4, 0.9])
    assert seen == [0.4, 0.9]
    assert scores == [(0.4, pytest.approx(0.7)), (0.9, pytest.approx(0.95))]
    assert "threshold 0.90" in capsys.readouterr().out


def test_a_mode_copy_keeps_the_threshold_unless_given_one() -> None:
    from tidings.classify.decide import EventClassifier
    from tidings.ontology import Ontology

    classifier = EventClassifier.load(Ontology.load())
    assert classifier.with_mode("rules").threshold == classifier.threshold
    changed = classifier.with_mode("combined", 0.25)
    assert changed.threshold == 0.25
    assert changed.mode == "combined"


def test_scoring_parsed_sentences_again_matches_a_full_run(tmp_path, coder) -> None:
    from tidings.classify.calibrate import pipeline_scorers
    from tidings.evaluate.plover_pairs import evaluate_pairs, with_classifier_mode

    header = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget"
    marked = [
        ("4", "ASSAULT", "<s>Rebels</s> shelled <t>the army base</t> near Goma on Sunday."),
        ("1", "CONSULT", "<s>Japan</s> held talks with <t>China</t> in Beijing on Monday."),
        ("3", "ACCUSE", "<s>Amnesty International</s> accused <t>the police</t> of torture."),
    ]
    lines = [header]
    for n, (penta, plover, text) in enumerate(marked):
        plain = text.replace("<s>", "").replace("</s>", "").replace("<t>", "").replace("</t>", "")
        lines.append(f"\tv-{n}\t{penta}\t{plover}\t{plain}\t{text}\tx\ty")
    file = tmp_path / "pairs.tsv"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    (evaluate,) = pipeline_scorers(file, [False])
    variant = with_classifier_mode(coder, "combined")
    variant.classifier = variant.classifier.with_mode("combined", 0.5)
    again, full = evaluate(0.5), evaluate_pairs(variant, file, split="all")
    assert [(r.predicted, r.case) for r in again.rows] == [(r.predicted, r.case) for r in full.rows]
    assert [r.predicted for r in full.rows] == ["ASSAULT", "CONSULT", "ACCUSE"]
