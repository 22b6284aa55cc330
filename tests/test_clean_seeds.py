"""The three real seed reports (read from ../shared at run time): body kept, boilerplate gone."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.ingest import read_articles
from tidings.model import Article

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def seeds(shared_dir) -> dict[str, Article]:
    articles = list(read_articles([shared_dir / "seeds"]))
    assert all(isinstance(article, Article) for article in articles), articles
    return {article.doc_id[:3]: article for article in articles}


def _lines(shared_dir, prefix: str) -> list[str]:
    [path] = (shared_dir / "seeds").glob(f"{prefix}_*.txt")
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentence_lines(lines: list[str]) -> list[str]:
    """Lines of the source that read as story prose: long and ending like a sentence."""
    return [line for line in lines if len(line.split()) >= 12 and line.endswith((".", '"', "”"))]


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_every_story_paragraph_survives_verbatim(seeds, shared_dir, prefix):
    text = seeds[prefix].text
    prose = _sentence_lines(_lines(shared_dir, prefix))
    missing = [line for line in prose if line not in text and not _is_known_noise(line)]
    assert not missing


def _is_known_noise(line: str) -> bool:
    """Prose-shaped lines that are not story: captions, radio ads, subscription appeals."""
    lowered = line.lower()
    return any(mark in lowered for mark in ("(4th left)", "talk station", "journalism"))


def test_joongang_report(seeds):
    article = seeds["000"]
    assert article.title == "Japan, North Korea to resume formal gov’t talks"
    assert article.byline == "Sarah Kim"
    assert article.text.startswith("After more than a yearlong gap, Japan and North Korea agreed")
    assert article.text.endswith("North Korea’s nuclear and missile ambitions.")
    for noise in ("Home >", "print dictionary", "@", "Log in", "comments", "lock icon", "BY SARAH"):
        assert noise not in article.text
    assert article.text.count("to resume formal gov’t talks") == 0


def test_afp_report(seeds):
    article = seeds["001"]
    assert article.title == "Japan, N.Korea hold first formal talks since 2012"
    assert article.outlet == "Agence France-Presse"
    assert article.published == date(2014, 3, 30)
    assert article.text.startswith("Japan and North Korea on Sunday held the first formal")
    assert article.text.endswith("which triggered widespread international condemnation.")
    for noise in ("Updated:", "Photo Galleries", "facebook", "938", "(4th left)", "Jiji Press"):
        assert noise not in article.text
    assert "hold first formal talks since 2012" not in article.text


def test_kyodo_report(seeds):
    article = seeds["004"]
    assert article.outlet == "Kyodo"
    assert article.title is None
    assert article.text.startswith("North Korean Vice Foreign Minister Kim Kye Gwan on Wednesday")
    assert article.text.endswith("insists on its right to nuclear programs for civilian use.")
    assert "subscribing" not in article.text and "journalism" not in article.text
    assert "•" not in article.text
