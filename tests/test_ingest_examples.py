"""The bundled sample corpus reads cleanly: every report an article with date and outlet."""

from __future__ import annotations

from collections import Counter

import pytest

from tidings.ingest import read_articles
from tidings.model import Article


@pytest.fixture(scope="module")
def corpus(examples_dir) -> list[Article]:
    items = list(read_articles([examples_dir]))
    problems = [item for item in items if not isinstance(item, Article)]
    assert not problems
    return items  # type: ignore[return-value]


def test_corpus_has_a_dozen_short_reports(corpus):
    assert 12 <= len(corpus) <= 15
    for article in corpus:
        assert 150 <= len(article.text.split()) <= 350, article.doc_id


def test_every_report_has_title_outlet_and_publication_date(corpus):
    for article in corpus:
        assert article.title and article.outlet and article.published, article.doc_id
        assert article.title not in article.text


def test_ids_are_unique_and_formats_are_mixed(corpus, examples_dir):
    assert len({article.doc_id for article in corpus}) == len(corpus)
    suffixes = Counter(path.suffix for path in examples_dir.iterdir())
    assert suffixes[".txt"] >= 8 and suffixes[".html"] >= 2 and suffixes[".jsonl"] == 1


def test_no_web_boilerplate_reaches_the_text(corpus):
    for article in corpus:
        for noise in ("Home", "Share", "newsletter", "Copyright", "Most read", "Subscribe"):
            assert noise not in article.text, (article.doc_id, noise)
