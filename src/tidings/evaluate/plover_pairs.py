"""Score the coder on the PLOVER pairs set, end to end from the raw sentence.

For each row the whole pipeline codes the plain sentence; we take our event whose actors
cover the marked source and target spans (``pair``), else one that covers one of them
(``partial``), else the best event of the sentence (``sentence``), else none. The PLOVER
type is scored 15-way (CONCEDE and RETREAT both count as YIELD), and the 5-way class of our
event is ``Ontology.penta`` of its CAMEO code: 0 for CAMEO 01 statements, otherwise the
class of the code's PLOVER type (AGREE/CONSULT/SUPPORT 1, AID/YIELD/COOPERATE 2,
ACCUSE/REJECT/REQUEST/THREATEN 3, ASSAULT/COERCE/MOBILIZE/PROTEST/SANCTION 4) — which is the
CAMEO quad class except that appeals (02) count as requests (3), as in the dataset.
The held-out split (``corpus.is_heldout``, ~30% by CRC32 of the sentence id) is never
trained or tuned on.
"""

from __future__ import annotations

import argparse
import copy
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tidings.classify.corpus import Example, is_heldout, read_pairs
from tidings.classify.features import actor_offsets
from tidings.classify.frames import overlap
from tidings.model import Article, CodedArticle, Mention
from tidings.ontology import yield_type

NONE = "NONE"
SPLITS = ("heldout", "train", "all")


@dataclass(frozen=True)
class Scored:
    example: Example
    gold_penta: int
    predicted: str
    predicted_penta: int
    case: str  # pair | partial | sentence | none
    actors_right: bool


@dataclass(frozen=True)
class PairsReport:
    split: str
    rows: list[Scored] = field(default_factory=list)

    def types(self) -> list[str]:
        return sorted({yield_type(r.example.plover) for r in self.rows})

    def per_type(self) -> dict[str, tuple[float, float, float, int]]:
        gold = [yield_type(r.example.plover) for r in self.rows]
        return prf(gold, [r.predicted for r in self.rows], self.types())

    def macro_f1(self) -> float:
        table = self.per_type()
        return sum(f for _, _, f, _ in table.values()) / max(1, len(table))

    def penta_macro_f1(self) -> float:
        gold = [str(r.gold_penta) for r in self.rows]
        table = prf(gold, [str(r.predicted_penta) for r in self.rows], sorted(set(gold)))
        return sum(f for _, _, f, _ in table.values()) / max(1, len(table))

    def accuracy(self) -> float:
        hits = sum(yield_type(r.example.plover) == r.predicted for r in self.rows)
        return hits / max(1, len(self.rows))

    def actor_accuracy(self) -> float:
        return sum(r.actors_right for r in self.rows) / max(1, len(self.rows))

    def cases(self) -> Counter[str]:
        return Counter(r.case for r in self.rows)

    def format(self) -> str:
        lines = [
            f"PLOVER pairs, split={self.split}: {len(self.rows)} rows",
            f"  PLOVER 15-way macro-F1 {self.macro_f1():.3f}   accuracy {self.accuracy():.3f}",
            f"  5-way macro-F1         {self.penta_macro_f1():.3f}",
            f"  actor spans right      {self.actor_accuracy():.3f}",
            "  event chosen by: " + ", ".join(f"{k} {v}" for k, v in sorted(self.cases().items())),
            f"  sentences with no event {self.cases().get('none', 0)}",
            "",
            f"  {'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
        ]
        for label, (p, r, f, n) in self.per_type().items():
            lines.append(f"  {label:<10} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
        lines += ["", "  confusion (rows gold, columns predicted):", *self._confusion()]
        return "\n".join(lines)

    def _confusion(self) -> list[str]:
        gold = [yield_type(r.example.plover) for r in self.rows]
        predicted = [r.predicted for r in self.rows]
        columns = sorted(set(predicted) | set(gold))
        counts = Counter(zip(gold, predicted, strict=True))
        head = "  " + " " * 10 + "".join(f"{c[:5]:>6}" for c in columns)
        body = [
            f"  {g:<10}" + "".join(f"{counts.get((g, c), 0) or '.':>6}" for c in columns)
            for g in sorted(set(gold))
        ]
        return [head, *body]


def prf(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        n_pred = sum(p == label for p in predicted)
        n_gold = sum(g == label for g in gold)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = (precision, recall, f1, n_gold)
    return out


def in_split(example: Example, split: str) -> bool:
    if split == "all":
        return True
    return is_heldout(example.key) == (split == "heldout")


def choose(example: Example, mentions: Sequence[Mention]) -> tuple[Mention | None, str]:
    """Our event between the marked spans, with how it was found."""
    if not mentions:
        return None, "none"

    def cover(m: Mention) -> tuple[int, int]:
        s, t = actor_offsets(m.source), actor_offsets(m.target)
        straight = bool(overlap(example.source, s)) + bool(overlap(example.target, t))
        crossed = bool(overlap(example.source, t)) + bool(overlap(example.target, s))
        return max(straight, crossed), straight

    best = max(mentions, key=lambda m: (cover(m), m.confidence))
    found = cover(best)[0]
    if found == 2:
        return best, "pair"
    if found == 1:
        return best, "partial"
    return max(mentions, key=lambda m: m.confidence), "sentence"


def _actors_right(example: Example, mention: Mention | None) -> bool:
    if mention is None:
        return False
    source, target = actor_offsets(mention.source), actor_offsets(mention.target)
    return bool(overlap(example.source, source)) and bool(overlap(example.target, target))


def pair_rows(tsv_path: Path, split: str) -> list[tuple[Example, int]]:
    """The rows of the pairs file in ``split``, with their gold 5-way class."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return [(e, penta) for e, penta in read_pairs(Path(tsv_path)) if in_split(e, split)]


def as_articles(rows: Sequence[tuple[Example, int]]) -> list[Article]:
    return [Article(doc_id=f"pair-{i}", text=e.text) for i, (e, _) in enumerate(rows)]


def evaluate_pairs(coder, tsv_path: Path, split: str = "heldout") -> PairsReport:
    """Run the whole pipeline on each sentence of the pairs file and score it."""
    rows = pair_rows(tsv_path, split)
    return score_pairs(coder, rows, coder.code(as_articles(rows)), split)


def score_pairs(
    coder, rows: Sequence[tuple[Example, int]], coded: Iterable[CodedArticle], split: str
) -> PairsReport:
    """Score the coded articles of ``rows`` (in the same order)."""
    scored = []
    for (example, penta), coded_article in zip(rows, coded, strict=True):
        mention, case = choose(example, coded_article.mentions)
        predicted = yield_type(mention.action.plover) if mention else NONE
        predicted_penta = coder.ontology.penta(mention.action.cameo) if mention else -1
        scored.append(
            Scored(
                example, penta, predicted, predicted_penta, case, _actors_right(example, mention)
            )
        )
    return PairsReport(split, scored)


def with_classifier_mode(coder, mode: str):
    """A shallow copy of ``coder`` whose classifier runs in ``mode`` (rules/classifier/combined)."""
    variant = copy.copy(coder)
    if coder.classifier is not None:
        variant.classifier = coder.classifier.with_mode(mode)
    return variant


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score rules, classifier and combined.")
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    parser.add_argument("--modes", default="rules,classifier,combined")
    parser.add_argument("--sentence-vectors", action="store_true", help="the slower classifier")
    args = parser.parse_args(argv)
    from tidings.pipeline import Coder, CoderOptions

    coder = Coder.load(CoderOptions(sentence_vectors=args.sentence_vectors))
    for mode in args.modes.split(","):
        report = evaluate_pairs(with_classifier_mode(coder, mode), args.tsv, args.split)
        print(f"== {mode}\n{report.format()}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
