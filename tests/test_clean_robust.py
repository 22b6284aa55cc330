"""Cleaning never crashes and stays fast on hostile input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.ingest import Cleaner
from tidings.model import Article, RawDocument, ReadProblem


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.load()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000))
def test_any_text_gives_an_article_or_a_problem(cleaner, text):
    result = cleaner.clean(RawDocument("t", "fuzz", text=text))
    assert isinstance(result, Article | ReadProblem)
    if isinstance(result, Article):
        assert result.text and result.text == result.text.strip()


@settings(max_examples=100, deadline=None)
@given(html=st.text(alphabet=st.sampled_from(list("<>/=\"' apbodyhtml\n&;#x")), max_size=500))
def test_any_markup_gives_an_article_or_a_problem(cleaner, html):
    result = cleaner.clean(RawDocument("t", "fuzz", html=html))
    assert isinstance(result, Article | ReadProblem)


@pytest.mark.parametrize(
    "text",
    [
        "a > " * 300_000,  # regression: breadcrumb pattern backtracked exponentially
        ("Home > World > Asia\n\nThe envoy met the minister on Monday.\n\n") * 20_000,
        "By " + "Abc " * 200_000,
        "print share email " * 60_000,
    ],
    ids=["one-long-breadcrumb", "many-lines", "long-byline", "tool-words"],
)
def test_hostile_text_is_cleaned_quickly(cleaner, text):
    start = time.perf_counter()
    cleaner.clean(RawDocument("t", "big", text=text))
    assert time.perf_counter() - start < 10
