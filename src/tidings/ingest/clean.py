"""``clean_document``: a ``RawDocument`` to an ``Article`` holding only the story body.

Decisions (documented here and in ``docs``):
- ``Article.text`` is the story body only. The headline goes to ``Article.title`` and does
  not start the text; lines repeating it are removed. Paragraphs are separated by one blank
  line. Every character offset downstream refers to this text.
- Metadata given with the document (JSON Lines fields, WARC headers) wins over what is found
  in the page: HTML metadata read by trafilatura (title, author, date, site name, URL), then
  header lines printed in the text ("Updated: 03/30/2014 19:27 | By Agence France-Presse").
- A byline naming an organisation ("By Agence France-Presse", "• Kyodo") sets the outlet;
  a person's byline ("BY SARAH KIM [email]") sets ``byline`` ("Sarah Kim").
- HTML or text with no story left after cleaning is ``ReadProblem("no article text")``; for
  HTML the story must hold at least one sentence-like paragraph (six words or more, ending
  like a sentence), so a page of menus and link lists is not taken for an article.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from tidings.ingest.boilerplate import Boilerplate
from tidings.ingest.html import PageFacts, extract_page
from tidings.ingest.options import MAX_DOCUMENT_BYTES
from tidings.ingest.plaintext import CleanText, clean_text
from tidings.model import Article, RawDocument, ReadProblem

log = logging.getLogger(__name__)

_MIN_SENTENCE_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")


@dataclass(frozen=True)
class Cleaner:
    """Cleans documents with loaded boilerplate rules; build once, reuse."""

    rules: Boilerplate
    max_chars: int = MAX_DOCUMENT_BYTES

    @classmethod
    def load(cls) -> Cleaner:
        return cls(rules=Boilerplate.load())

    def clean(self, raw: RawDocument) -> Article | ReadProblem:
        size = max(len(raw.text or ""), len(raw.html or ""))
        if size > self.max_chars:
            return ReadProblem(raw.origin, f"too large: {size} characters (limit {self.max_chars})")
        if raw.html is not None and raw.html.strip():
            return self._clean_html(raw)
        if raw.text is not None and raw.text.strip():
            return _article(raw, clean_text(raw.text, self.rules, raw.title), PageFacts())
        return ReadProblem(raw.origin, "no article text")

    def _clean_html(self, raw: RawDocument) -> Article | ReadProblem:
        page = extract_page(raw.html or "", raw.url, raw.origin)
        if page is None:
            return ReadProblem(raw.origin, "no article text")
        body = clean_text(_one_paragraph_per_line(page.text), self.rules, raw.title or page.title)
        if not has_prose(body.text):
            return ReadProblem(raw.origin, "no article text")
        return _article(raw, body, page)


def clean_document(raw: RawDocument, cleaner: Cleaner | None = None) -> Article | ReadProblem:
    """The cleaned article, or the reason there is none. Pass a ``Cleaner`` to reuse rules."""
    return (cleaner or Cleaner.load()).clean(raw)


def _article(raw: RawDocument, body: CleanText, page: PageFacts) -> Article | ReadProblem:
    if not body.text:
        return ReadProblem(raw.origin, "no article text")
    return Article(
        doc_id=raw.doc_id,
        text=body.text,
        title=raw.title or body.title or page.title,
        outlet=raw.outlet or page.outlet or body.outlet,
        byline=raw.byline or page.byline or body.byline,
        published=_first_date(raw.published, page.published, body.published),
        url=raw.url or page.url,
        origin=raw.origin,
    )


def has_prose(text: str) -> bool:
    """At least one paragraph reads like a sentence, not like a menu of links."""
    return any(
        len(paragraph.split()) >= _MIN_SENTENCE_WORDS and paragraph.endswith(_SENTENCE_ENDS)
        for paragraph in text.split("\n\n")
    )


def _first_date(*dates: date | None) -> date | None:
    return next((value for value in dates if value is not None), None)


def _one_paragraph_per_line(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())
