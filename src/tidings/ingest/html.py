"""HTML pages through trafilatura: main text with one paragraph per line, and page metadata."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import trafilatura
from lxml.etree import LxmlError

from tidings.ingest.metadata import parse_published

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageFacts:
    """The main text of a page and the metadata trafilatura read from it."""

    text: str = ""
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None


def extract_page(html: str, url: str | None, origin: str) -> PageFacts | None:
    """The page's main text and metadata, or ``None`` when it has no main text."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (LxmlError, ValueError, TypeError) as error:
        log.warning("%s: HTML could not be parsed: %s", origin, error)
        return None
    if document is None or not (document.text or "").strip():
        return None
    return PageFacts(
        text=document.text,
        title=_field(document.title),
        byline=_field(document.author),
        outlet=_field(document.sitename),
        published=parse_published(document.date, origin) if document.date else None,
        url=_field(document.url),
    )


def _field(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
