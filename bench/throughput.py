"""Throughput of the coder as a ratio to spaCy's own parse of the same texts, in one run.

    python bench/throughput.py [--articles 300] [--n-process 1]

The corpus is a few hundred news-like articles: the synthetic stories in
../shared/dev when present (read at run time, never committed), otherwise the bundled
examples repeated under new ids. Both timings use the same loaded spaCy pipeline and
the same batch settings, so the ratio is what the rest of tidings costs on top of the
parse (cleaning, extraction, classifier, resolution, serialisation).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

from tidings.annotate import AnnotateOptions
from tidings.model import Article
from tidings.pipeline import Coder, CoderOptions
from tidings.run import articles_from

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT.parent / "shared" / "dev" / "synthetic_plover_stories.csv"


def corpus(size: int) -> list[Article]:
    if STORIES.exists():
        return _stories(size)
    examples = list(articles_from([ROOT / "examples"]))
    return [replace(examples[i % len(examples)], doc_id=f"bench-{i}") for i in range(size)]


def _stories(size: int) -> list[Article]:
    csv.field_size_limit(sys.maxsize)
    with STORIES.open(encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(size), csv.DictReader(handle), strict=False)]
    return [Article(doc_id=f"story-{i}", text=row["text"]) for i, row in enumerate(rows)]


def time_spacy(coder: Coder, articles: list[Article], options: AnnotateOptions) -> float:
    started = time.perf_counter()
    for _ in coder.nlp.pipe(
        (a.text for a in articles), n_process=options.n_process, batch_size=options.batch_size
    ):
        pass
    return time.perf_counter() - started


def time_coder(coder: Coder, articles: list[Article]) -> tuple[float, int]:
    started = time.perf_counter()
    events = 0
    for coded in coder.code(articles):
        for mention in coded.mentions:
            json.dumps(mention.to_record(coded.article))
            events += 1
    return time.perf_counter() - started, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--sentence-vectors", action="store_true")
    args = parser.parse_args()
    options = AnnotateOptions(n_process=args.n_process, batch_size=args.batch_size)
    coder = Coder.load(
        CoderOptions(
            annotate=options,
            use_classifier=not args.rules_only,
            sentence_vectors=args.sentence_vectors,
        )
    )
    articles = corpus(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    time_spacy(coder, articles[:10], options)  # warm-up
    spacy_seconds = time_spacy(coder, articles, options)
    coder_seconds, events = time_coder(coder, articles)
    print(f"articles {len(articles)}, words {words}, events {events}")
    print(f"spaCy parse alone: {spacy_seconds:.2f} s ({words / spacy_seconds:,.0f} words/s)")
    print(f"tidings code:      {coder_seconds:.2f} s ({words / coder_seconds:,.0f} words/s)")
    print(f"ratio (tidings / spaCy): {coder_seconds / spacy_seconds:.2f}")


if __name__ == "__main__":
    main()
