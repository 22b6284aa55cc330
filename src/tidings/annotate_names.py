"""Repairs to the parse of personal names that are also function words or months.

The small English model reads the surname in "Prime Minister Theresa May criticised the
decision" as the modal "may" (an auxiliary of "criticised"), so the sentence loses its
subject, and in "Theresa May visited China" tags the name as a date (the month). A
capitalised "May" written right after a given name or a title that attaches to it is the
surname: it is made a proper noun, the subject when it was read as an auxiliary, and part of
a PERSON entity. Applied as a pipeline component after the entity recogniser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

COMPONENT = "tidings_name_repair"
# capitalised words the model reads as modals or months although they end a personal name
AMBIGUOUS_SURNAMES = frozenset({"May"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
NAME_DEPS = frozenset({"compound", "flat"})


@Language.component(COMPONENT)
def repair_names(doc: Doc) -> Doc:
    """Make a surname read as a modal or a month the person it names (see module doc)."""
    surnames = [token for token in doc if _misread_surname(token)]
    for token in surnames:
        _as_subject_name(token)
    if surnames:
        _as_person_entities(doc, surnames)
    return doc


def _misread_surname(token: Token) -> bool:
    """ "May" after a given name or an honorific that attaches to it ("Theresa May",
    "Mrs May"), not "in May", "last May", "5 May"."""
    if token.text not in AMBIGUOUS_SURNAMES or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.head.i != token.i or before.dep_ not in NAME_DEPS:
        return False
    given = before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ != "DATE"
    return given or before.lower_ in HONORIFICS


def _as_subject_name(token: Token) -> None:
    """A name read as an auxiliary becomes the subject of the verb it hung on, unless the
    verb already has one."""
    token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", token.text
    if token.dep_ != "aux":
        return
    verb = token.head
    if not any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children):
        token.dep_ = "nsubj"


def _as_person_entities(doc: Doc, surnames: list[Token]) -> None:
    """Each repaired name (its given names and the surname) is one PERSON entity; entities
    overlapping it (the month "May") give way."""
    people = [_name_span(doc, token) for token in surnames]
    kept = [ent for ent in doc.ents if not any(_overlap(ent, person) for person in people)]
    doc.ents = sorted(kept + people, key=lambda span: span.start)


def _name_span(doc: Doc, surname: Token) -> Span:
    start = surname.i
    while start > 0 and _name_word(doc[start - 1], surname):
        start -= 1
    return Span(doc, start, surname.i + 1, label="PERSON")


def _name_word(token: Token, surname: Token) -> bool:
    """A capitalised proper noun attached to the surname (given names), not a title."""
    return (
        token.pos_ == "PROPN"
        and token.head.i == surname.i
        and token.dep_ in NAME_DEPS
        and token.ent_type_ in ("PERSON", "", "DATE")
        and token.lower_ not in HONORIFICS
        and token.text[:1].isupper()
    )


def _overlap(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end
