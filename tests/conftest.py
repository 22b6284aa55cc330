"""Shared fixtures: one loaded Coder per test session, the ../shared folder when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():
    from tidings.pipeline import Coder

    return Coder.load()


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold" / "seeds.json").exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture(scope="session")
def resolver(coder):
    return coder.actors


@pytest.fixture(scope="session")
def paraphrase_store(tmp_path_factory: pytest.TempPathFactory):
    """A store holding our synthetic paraphrase corpus, shared read-only by query, trend and
    export tests."""
    from tidings.evaluate.dedup_eval import default_corpus, load_corpus
    from tidings.store import Store

    articles, _ = load_corpus(default_corpus())
    with Store(tmp_path_factory.mktemp("paraphrases") / "paraphrases.duckdb") as opened:
        opened.write_all(articles)
        yield opened
