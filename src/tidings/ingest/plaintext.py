"""Plain-text cleaning: boilerplate lines out, header facts (title, byline, date, outlet) kept.

The text is read as paragraphs separated by blank lines. Each line is either noise
(``Boilerplate``), a header line (dateline, byline, "• Outlet"), the headline, or story.
Story lines of one paragraph are joined with single spaces (hard-wrapped text is
unwrapped); paragraphs are separated by one blank line. The headline is *not* part of the
story text, and later lines that only repeat it are removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from tidings.ingest.boilerplate import Boilerplate
from tidings.ingest.metadata import HeaderFacts, read_header_line

_MAX_TITLE_WORDS = 20
_MAX_TITLE_CHARS = 200
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BULLET_ONLY = re.compile(r"^[•·▪*–—-]\s")


@dataclass(frozen=True)
class CleanText:
    """The story body and what the header lines said."""

    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None


def normalise(text: str) -> str:
    """NFC, Unix newlines, no invisible characters, single spaces, stripped lines."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def clean_text(text: str, rules: Boilerplate, title: str | None = None) -> CleanText:
    """Separate the story from boilerplate and header lines of a plain-text article."""
    paragraphs = _paragraphs(normalise(text))
    facts, body = HeaderFacts(), False
    kept: list[list[str]] = []
    for paragraph in paragraphs:
        lines: list[str] = []
        for line in paragraph:
            if body and rules.ends_article(line):
                return _finish(kept, lines, facts, title)
            header = _header(line, rules, allow_bullet=not body)
            if header is not None:
                facts = _merge(facts, header)
            elif not rules.is_noise(line):
                if title is None and not body and looks_like_title(line):
                    title = line
                    continue
                lines.append(line)
                body = True
        kept.append(lines)
    return _finish(kept, [], facts, title)


def looks_like_title(line: str) -> bool:
    """A short line that does not end like a sentence."""
    return (
        len(line) <= _MAX_TITLE_CHARS
        and len(line.split()) <= _MAX_TITLE_WORDS
        and not line.endswith((".", ",", ";", ":"))
    )


def _paragraphs(text: str) -> list[list[str]]:
    blocks = re.split(r"\n\s*\n", text)
    return [[line for line in block.split("\n") if line] for block in blocks]


def _header(line: str, rules: Boilerplate, allow_bullet: bool) -> HeaderFacts | None:
    if not allow_bullet and _BULLET_ONLY.match(line):
        return None
    return read_header_line(line, rules.outlet_words)


def _merge(facts: HeaderFacts, new: HeaderFacts) -> HeaderFacts:
    return replace(
        facts,
        published=facts.published or new.published,
        byline=facts.byline or new.byline,
        outlet=facts.outlet or new.outlet,
    )


def _finish(
    kept: list[list[str]], current: list[str], facts: HeaderFacts, title: str | None
) -> CleanText:
    paragraphs = [*kept, current]
    key = _title_key(title) if title else None
    texts = [" ".join(line for line in lines if _title_key(line) != key) for lines in paragraphs]
    return CleanText(
        text="\n\n".join(text for text in texts if text),
        title=title,
        byline=facts.byline,
        outlet=facts.outlet,
        published=facts.published,
    )


def _title_key(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()
