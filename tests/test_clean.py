"""Cleaning: story body only, boilerplate gone, title/byline/outlet/date kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tidings.ingest import Cleaner, read_paths
from tidings.model import Article, RawDocument, ReadProblem

DATA = Path(__file__).parent / "data" / "ingest"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.load()


def _clean(cleaner: Cleaner, text: str, **fields) -> Article:
    article = cleaner.clean(RawDocument(doc_id="t", origin="test", text=text, **fields))
    assert isinstance(article, Article), article
    return article


def test_plain_text_header_lines_become_metadata(cleaner):
    [raw] = read_paths([DATA / "good.txt"])
    article = cleaner.clean(raw)
    assert isinstance(article, Article)
    assert article.title == "Envoys agree to meet again next month"
    assert article.outlet == "Tidings Wire"
    assert article.byline is None
    assert article.published == date(2019, 2, 28)
    assert article.text.startswith("Negotiators from the two governments met on Thursday")
    assert "Home >" not in article.text
    assert "Share this" not in article.text
    assert "newsletter" not in article.text
    assert "Envoys agree" not in article.text, "the repeated headline is removed"


def test_hard_wrapped_paragraphs_are_unwrapped_and_separated_by_blank_lines(cleaner):
    [raw] = read_paths([DATA / "good.txt"])
    article = cleaner.clean(raw)
    assert isinstance(article, Article)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].endswith(
        "agreed to hold a further round of talks next month, officials said."
    )
    assert "\n" not in paragraphs[0]
    assert paragraphs[1] == "The talks lasted four hours. Neither side gave details of the agenda."


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("BY SARAH KIM [sarah.kim@example.com]", "Sarah Kim", None),
        ("By Maria de la Cruz", "Maria de la Cruz", None),
        ("By Agence France-Presse", None, "Agence France-Presse"),
        ("By the Associated Press", None, "Associated Press"),
        ("• Kyodo", None, "Kyodo"),
    ],
)
def test_bylines_name_a_person_or_an_outlet(cleaner, line, byline, outlet):
    article = _clean(cleaner, f"{line}\n\nThe minister arrived in the capital on Monday for talks.")
    assert (article.byline, article.outlet) == (byline, outlet)
    assert article.text == "The minister arrived in the capital on Monday for talks."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated: 03/30/2014 19:27 | By Agence France-Presse", date(2014, 3, 30)),
        ("Published March 3, 2014", date(2014, 3, 3)),
        ("2014-03-30", date(2014, 3, 30)),
        ("Posted on Sept. 15, 2005 at 10:05 a.m.", date(2005, 9, 15)),
        ("Wednesday, 21 March 2018", date(2018, 3, 21)),
        ("Updated: 30/03/2014", date(2014, 3, 30)),
    ],
)
def test_printed_dates_are_used_when_metadata_gives_none(cleaner, line, expected):
    article = _clean(cleaner, f"{line}\n\nThe minister arrived in the capital on Monday for talks.")
    assert article.published == expected
    assert line not in article.text


def test_metadata_wins_over_printed_header(cleaner):
    article = _clean(
        cleaner,
        "2014-03-30 | By Example Wire\n\nThe minister arrived on Monday for talks.",
        published=date(2014, 4, 1),
        outlet="Given Outlet",
    )
    assert (article.published, article.outlet) == (date(2014, 4, 1), "Given Outlet")


def test_dates_inside_story_sentences_are_not_publication_dates(cleaner):
    article = _clean(cleaner, "The treaty was signed on March 3, 2014 in Vienna by both sides.")
    assert article.published is None


def test_boilerplate_lines_are_removed(cleaner):
    text = "\n\n".join(
        [
            "Home > National > Politics",
            "print dictionary print",
            "The two delegations met for seven hours on Wednesday in the border town.",
            "Advertisement",
            "Officials said the next round would follow within weeks.",
            "Latest Photo Galleries on example",
            "This line follows a footer marker and is dropped.",
        ]
    )
    article = _clean(cleaner, text)
    assert article.text == (
        "The two delegations met for seven hours on Wednesday in the border town.\n\n"
        "Officials said the next round would follow within weeks."
    )


def test_photo_captions_are_removed(cleaner):
    text = (
        "The envoys shook hands before the talks began on Monday.\n\n"
        "Envoy A (2nd left) greets B (right) at the embassy on March 30 - by Example Press\n\n"
        "The talks lasted two days."
    )
    article = _clean(cleaner, text)
    assert "greets" not in article.text
    assert article.text.endswith("The talks lasted two days.")


def test_a_given_title_is_kept_and_not_repeated_in_the_text(cleaner):
    article = _clean(
        cleaner,
        "Summit ends early\n\nThe summit ended early on Thursday without an agreement.",
        title="Summit ends early",
    )
    assert article.title == "Summit ends early"
    assert article.text == "The summit ended early on Thursday without an agreement."


def test_a_first_line_that_is_a_sentence_is_not_a_title(cleaner):
    article = _clean(cleaner, "The summit ended early on Thursday.\n\nNo date was set.")
    assert article.title is None
    assert article.text.startswith("The summit ended early")


def test_text_of_only_boilerplate_is_a_problem(cleaner):
    problem = cleaner.clean(RawDocument("t", "test", text="Share this article\n\nAdvertisement"))
    assert problem == ReadProblem("test", "no article text")


def test_html_page_is_cleaned_with_metadata(cleaner):
    [raw] = read_paths([DATA / "page.html"])
    article = cleaner.clean(raw)
    assert isinstance(article, Article), article
    assert article.title == "Leaders pledge to keep talking"
    assert article.outlet == "The Example Herald"
    assert article.byline == "Maria Lopez"
    assert article.published == date(2018, 6, 12)
    assert article.text.startswith("The two leaders met on Tuesday")
    assert "\n\nOfficials on both sides" in article.text
    for noise in ("Home", "Sport", "Football", "Share on", "Copyright", "Most read", "By Maria"):
        assert noise not in article.text


def test_html_without_text_is_a_problem(cleaner):
    [raw] = read_paths([DATA / "no_text.html"])
    assert cleaner.clean(raw) == ReadProblem(str(DATA / "no_text.html"), "no article text")


@pytest.mark.parametrize("html", ["<html", "<<<>>>", "\x00", "<p></p>" * 3])
def test_malformed_html_is_a_problem_not_a_crash(cleaner, html):
    result = cleaner.clean(RawDocument("t", "test", html=html))
    assert isinstance(result, ReadProblem)


def test_jsonl_html_and_fields_are_cleaned(cleaner):
    items = [item for item in read_paths([DATA / "mixed.jsonl"]) if isinstance(item, RawDocument)]
    articles = {item.doc_id: cleaner.clean(item) for item in items}
    j1, j6 = articles["j1"], articles["j6"]
    assert isinstance(j1, Article) and isinstance(j6, Article)
    assert (j1.title, j1.outlet, j1.url) == (
        "Ministers talk",
        "Example Wire",
        "https://example.org/j1",
    )
    assert j6.text.startswith("The council met on Monday")
    assert j6.published == date(2022, 3, 2)


def test_oversized_raw_document_is_a_problem():
    small = Cleaner(rules=Cleaner.load().rules, max_chars=100)
    result = small.clean(RawDocument("t", "test", text="word " * 50))
    assert isinstance(result, ReadProblem) and "too large" in result.reason
