"""Dedup evaluation: pairwise precision/recall/F1 of real-event clusters against gold labels.

The synthetic corpus (``tests/data/paraphrases/corpus.json``) holds short paraphrased
reports of a few events, each already coded by hand (actors, CAMEO code, date as the text
supports it, place) with a gold ``event`` label; ``build_articles`` turns it into
``CodedArticle`` values, so the clustering is scored without the NLP stages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from tidings.dedup import cluster_all, facts_of
from tidings.model import (
    Action,
    Actor,
    Article,
    CodedArticle,
    EventDate,
    Mention,
    Modality,
    Place,
    Precision,
    Sentence,
)

# Enough of the ontology to build test mentions without loading the data files.
ROOTS = {
    "01": ("AGREE", 1, 0.0), "02": ("REQUEST", 1, 3.0), "03": ("AGREE", 1, 4.0),
    "04": ("CONSULT", 1, 1.0), "05": ("SUPPORT", 1, 3.5), "06": ("COOPERATE", 2, 6.0),
    "07": ("AID", 2, 7.0), "08": ("CONCEDE", 2, 5.0), "09": ("INVESTIGATE", 2, -2.0),
    "10": ("REQUEST", 3, -5.0), "11": ("ACCUSE", 3, -2.0), "12": ("REJECT", 3, -4.0),
    "13": ("THREATEN", 3, -6.0), "14": ("PROTEST", 3, -6.5), "15": ("MOBILIZE", 4, -7.2),
    "16": ("SANCTION", 4, -4.0), "17": ("COERCE", 4, -7.0), "18": ("ASSAULT", 4, -9.0),
    "19": ("ASSAULT", 4, -10.0), "20": ("ASSAULT", 4, -10.0),
}  # fmt: skip


@dataclass(frozen=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    pairs_gold: int
    pairs_predicted: int
    clusters_gold: int
    clusters_predicted: int

    def format(self) -> str:
        return (
            f"pairwise precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"F1 {self.f1:.3f}  (gold pairs {self.pairs_gold}, predicted pairs "
            f"{self.pairs_predicted}; gold events {self.clusters_gold}, "
            f"predicted events {self.clusters_predicted})"
        )


def _pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
    by_label: dict[str, list[str]] = {}
    for item, label in labels.items():
        by_label.setdefault(label, []).append(item)
    return {pair for group in by_label.values() for pair in combinations(sorted(group), 2)}


def pairwise_scores(gold: Mapping[str, str], predicted: Mapping[str, str]) -> PairScores:
    """Pairwise scores over the items present in both mappings (item -> cluster label)."""
    items = gold.keys() & predicted.keys()
    gold_pairs = _pairs({i: gold[i] for i in items})
    predicted_pairs = _pairs({i: predicted[i] for i in items})
    hits = len(gold_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(
        precision,
        recall,
        f1,
        len(gold_pairs),
        len(predicted_pairs),
        len({gold[i] for i in items}),
        len({predicted[i] for i in items}),
    )


def evaluate_clusters(
    corpus: Path | None = None,
    gold: Mapping[str, str] | None = None,
    predicted: Mapping[str, str] | None = None,
) -> PairScores:
    """Score clusters: given ``gold`` and ``predicted`` labels, or by clustering ``corpus``
    (default: the bundled synthetic paraphrase corpus) in memory."""
    if gold is None or predicted is None:
        articles, gold = load_corpus(corpus or default_corpus())
        predicted = cluster_articles(articles)
    return pairwise_scores(gold, predicted)


def cluster_articles(articles: Iterable[CodedArticle]) -> dict[str, str]:
    facts = [facts_of(m, coded.article) for coded in articles for m in coded.mentions]
    return cluster_all(facts)


def default_corpus() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "paraphrases" / "corpus.json"


def load_corpus(path: Path) -> tuple[list[CodedArticle], dict[str, str]]:
    """Articles of the corpus and gold labels (mention event_id -> gold event)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles: list[CodedArticle] = []
    gold: dict[str, str] = {}
    for spec in data["articles"]:
        coded = build_article(spec)
        articles.append(coded)
        for mention, mention_spec in zip(coded.mentions, spec["mentions"], strict=True):
            gold[mention.event_id] = mention_spec["event"]
    return articles, gold


def build_article(spec: Mapping[str, Any]) -> CodedArticle:
    """A ``CodedArticle`` from a compact hand-written spec (see the corpus file)."""
    texts = [m["text"] for m in spec["mentions"]]
    text = " ".join(texts)
    published = date.fromisoformat(spec["published"]) if spec.get("published") else None
    article = Article(
        doc_id=spec["id"],
        text=text,
        title=spec.get("title"),
        outlet=spec.get("outlet"),
        published=published,
        url=spec.get("url"),
    )
    sentences = _sentences(texts)
    mentions = tuple(
        build_mention(article.doc_id, sentence, m)
        for sentence, m in zip(sentences, spec["mentions"], strict=True)
    )
    return CodedArticle(article=article, sentences=sentences, mentions=mentions)


def _sentences(texts: Sequence[str]) -> tuple[Sentence, ...]:
    out, start = [], 0
    for index, text in enumerate(texts):
        out.append(Sentence(index=index, start=start, end=start + len(text), text=text))
        start += len(text) + 1
    return tuple(out)


def build_mention(doc_id: str, sentence: Sentence, spec: Mapping[str, Any]) -> Mention:
    cameo = spec["cameo"]
    plover, quad, goldstein = ROOTS[cameo[:2]]
    trigger = spec.get("trigger") or sentence.text.split()[min(2, len(sentence.text.split()) - 1)]
    offset = max(sentence.text.find(trigger), 0)
    return Mention(
        doc_id=doc_id,
        sentence=sentence,
        action=Action(cameo=cameo, plover=plover, goldstein=goldstein, quad_class=quad),
        trigger=trigger,
        trigger_start=sentence.start + offset,
        trigger_end=sentence.start + offset + len(trigger),
        source=_actor(spec.get("source"), sentence),
        target=_actor(spec.get("target"), sentence),
        symmetric=bool(spec.get("symmetric", False)),
        date=_date(spec.get("date")),
        location=_place(spec.get("place")),
        modality=Modality(spec.get("modality", "asserted")),
        confidence=float(spec.get("confidence", 0.8)),
    )


def _actor(spec: Any, sentence: Sentence) -> Actor | None:
    if spec is None:
        return None
    if isinstance(spec, str):
        spec = {"code": spec}
    code = spec["code"]
    surface = spec.get("text") or spec.get("name") or code
    offset = sentence.text.find(surface)
    start = sentence.start + offset if offset >= 0 else None
    return Actor(
        text=surface,
        code=code,
        country=spec.get("country", code[:3]),
        sector=spec.get("sector", code[3:] or None),
        name=spec.get("name"),
        role=spec.get("role"),
        start=start,
        end=start + len(surface) if start is not None else None,
    )


def _date(spec: Any) -> EventDate | None:
    if spec is None:
        return None
    if isinstance(spec, str):
        spec = [spec, spec, "day"]
    start, end, precision = spec[0], spec[1], spec[2]
    text = spec[3] if len(spec) > 3 else None
    return EventDate(date.fromisoformat(start), date.fromisoformat(end), Precision(precision), text)


def _place(spec: Any) -> Place | None:
    if spec is None:
        return None
    if isinstance(spec, str):
        return Place(name=spec)
    return Place(
        name=spec["name"], country=spec.get("country"), lat=spec.get("lat"), lon=spec.get("lon")
    )


def main() -> None:  # pragma: no cover - a thin entry for `python -m`
    print(evaluate_clusters().format())


if __name__ == "__main__":  # pragma: no cover
    main()
