"""Choose when the learned type overrides the rules, on a validation set no rule came from.

``python -m tidings.classify.calibrate`` (``make calibrate``; ``tidings.classify.train`` runs it
after training). Why not cross-validation on the pairs TRAIN part: the rules were written
while reading those sentences, so the rules look better there than on unseen news and the
cross-validated threshold lets the classifier override too seldom. ``validation/pairs.tsv``
holds sentences written for tidings, in the pairs file's format, by writers who saw neither
the rules, the training sentences, the TRAIN rows nor the held-out split; nothing trains
on them and no rule may be written from them (see ``validation/README.md``).

The whole pipeline codes each validation sentence once per candidate threshold, and the
artifact keeps the highest threshold whose score is within ``TOLERANCE`` of the best: the
rules' code explains itself, so it is kept whenever the validation set cannot tell the two
apart. The score is the mean of the 15-way and the 5-way macro-F1.
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from tidings.classify.decide import ARTIFACT, EventClassifier
from tidings.classify.linear import load_models, save_models
from tidings.data import path
from tidings.evaluate.plover_pairs import (
    PairsReport,
    as_articles,
    pair_rows,
    score_pairs,
)

ROOT = Path(__file__).resolve().parents[3]
VALIDATION = ROOT / "validation" / "pairs.tsv"
THRESHOLDS = tuple(float(round(t, 2)) for t in np.arange(0.0, 1.01, 0.05))
# About 480 validation rows, 30 per type: a couple of rows move a type's F1 by 0.05 and the
# macro mean by about 0.005, so differences under 0.01 are not evidence.
TOLERANCE = 0.01

Scorer = Callable[[float], PairsReport]


def score(report: PairsReport) -> float:
    """What the threshold is chosen for: 15-way and 5-way macro-F1, equally."""
    return (report.macro_f1() + report.penta_macro_f1()) / 2


def choose(scores: Sequence[tuple[float, float]], tolerance: float = TOLERANCE) -> float:
    """The highest threshold whose score is within ``tolerance`` of the best score."""
    best = max(value for _, value in scores)
    return max(threshold for threshold, value in scores if value >= best - tolerance - 1e-9)


def sweep(evaluate: Scorer, thresholds: Sequence[float] = THRESHOLDS) -> list[tuple[float, float]]:
    """``(threshold, score)`` for each candidate, printing each report's headline."""
    scores = []
    for threshold in thresholds:
        report = evaluate(threshold)
        scores.append((threshold, score(report)))
        print(
            f"threshold {threshold:.2f}\t15-way {report.macro_f1():.3f}\t"
            f"5-way {report.penta_macro_f1():.3f}\tno event {report.cases()['none']}"
        )
    return scores


def pipeline_scorers(validation: Path, vectors: Sequence[bool]) -> list[Scorer]:
    """One scorer per classifier asked for (hashed features only, or also the sentence
    vector), each coding the validation file end to end with the shipped artifact at a given
    threshold. The sentences are parsed once for all of them; only the coding after the
    parse runs per classifier and threshold."""
    from tidings.annotate import annotate
    from tidings.pipeline import Coder, CoderOptions

    coder = Coder.load(CoderOptions())
    rows = pair_rows(validation, "all")
    parsed = list(annotate(coder.nlp, as_articles(rows), coder.options.annotate, coder.headlines))

    def scorer(classifier: EventClassifier) -> Scorer:
        def evaluate(threshold: float) -> PairsReport:
            variant = copy.copy(coder)
            variant.classifier = classifier.with_mode("combined", threshold)
            coded = (variant.code_doc(article, doc) for article, doc in parsed)
            return score_pairs(variant, rows, coded, "all")

        return evaluate

    return [scorer(EventClassifier.load(coder.ontology, vectors=v)) for v in vectors]


def calibrate(validation: Path = VALIDATION, with_vectors: bool = True) -> dict[str, float]:
    """Choose and store the quick model's threshold (and the vector model's, when the artifact
    has one and ``with_vectors``); returns the settings written."""
    models, settings = load_models(path(ARTIFACT))
    if "quick" not in models:  # a hashed-only artifact: its one model has the plain key
        variants = [("", False)]
    else:
        variants = [("quick_", False)] + ([("", True)] if with_vectors else [])
    scorers = pipeline_scorers(validation, [vectors for _, vectors in variants])
    chosen: dict[str, float] = {}
    for (prefix, vectors), evaluate in zip(variants, scorers, strict=True):
        print(f"== {'sentence vectors' if vectors else 'hashed features'}: {validation}")
        scores = sweep(evaluate)
        threshold = choose(scores)
        chosen[f"{prefix}threshold"] = threshold
        chosen[f"validation_{prefix}score"] = dict(scores)[threshold]
        print(f"chosen {threshold:.2f}")
    settings.update(chosen)
    save_models(path(ARTIFACT), models, settings)
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validation", type=Path, default=VALIDATION)
    parser.add_argument("--no-vectors", action="store_true", help="calibrate the quick model only")
    args = parser.parse_args(argv)
    calibrate(args.validation, with_vectors=not args.no_vectors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
