"""Names in a noun phrase: the person it is about, the title held, an unknown body's name.

Owns finding a person's name however spaCy tags it ("President Buhari"), the role a title
gives ("director general"), and the name of an organisation the gazetteer does not know.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from tidings.resolve._actors_match import NOT_PLACES
from tidings.resolve._actors_phrase import Phrase, depth_below, match_head, naming_tokens

HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_NAME_ENTS = frozenset({"PERSON", ""})


def person_name(phrase: Phrase) -> tuple[str | None, set[int]]:
    """The name of the person the phrase is about, with its token indices."""
    doc = phrase.root.doc
    matched = {i for match in phrase.matches for i in range(match.start, match.end)}
    naming = naming_tokens(phrase.root) & phrase.tokens
    seeds = [
        token
        for token in (doc[i] for i in naming)
        if token.ent_type_ == "PERSON" and token.i not in matched
    ]
    if not seeds and _bare_proper(phrase.root, matched):
        seeds = [phrase.root]
    if not seeds:
        run = _titled_name(phrase, matched)
        return (_join([doc[i] for i in run]), set(run)) if run else (None, set())
    seed = min(seeds, key=lambda token: (depth_below(token, phrase.root), token.i))
    run = _name_run(seed, phrase, matched)
    return _join([doc[i] for i in run]), set(run)


def listed_name(phrase: Phrase, listed: Callable[[str], object]) -> tuple[str | None, set[int]]:
    """A well-known leader's name heading the phrase that spaCy tagged as a place or a body
    ("telephoned Erdogan" with Erdogan a GPE): the name when the leaders table lists it."""
    root = phrase.root
    matched = {i for match in phrase.matches for i in range(match.start, match.end)}
    if root.pos_ != "PROPN" or root.i in matched:
        return None, set()
    start = root.i
    while start - 1 in phrase.tokens and start - 1 not in matched:
        if _joined_hyphen(root.doc, start - 1) and start - 2 in phrase.tokens:
            start -= 2
            continue
        if root.doc[start - 1].pos_ != "PROPN":
            break
        start -= 1
    run = list(range(start, root.i + 1))
    name = _join([root.doc[i] for i in run])
    return (name, set(run)) if listed(name) else (None, set())


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen written between two proper names with no space ("Boutros-Ghali"): spaCy
    splits such a double surname into three tokens, the hyphen tagged as punctuation."""
    if i < 1 or i + 1 >= len(doc) or doc[i].text not in HYPHENS:
        return False
    before = doc[i - 1]
    return not before.whitespace_ and not doc[i].whitespace_ and before.pos_ == "PROPN"


def _titled_name(phrase: Phrase, matched: set[int]) -> list[int]:
    """ "President Buhari": a proper name right after a title, however spaCy tags it."""
    root = phrase.root
    if root.pos_ != "PROPN" or root.i in matched or root.ent_type_ in NOT_PLACES:
        return []
    start = root.i
    while start - 1 in phrase.tokens and start - 1 not in matched:
        if root.doc[start - 1].pos_ != "PROPN":
            break
        start -= 1
    titled = any(
        match.term is not None and match.term.kind == "title" and match.end == start
        for match in phrase.matches
    )
    return list(range(start, root.i + 1)) if titled else []


def _bare_proper(root: Token, matched: set[int]) -> bool:
    return root.pos_ == "PROPN" and root.i not in matched and root.ent_type_ in _NAME_ENTS


def _name_token(token: Token, phrase: Phrase, matched: set[int]) -> bool:
    if token.i in matched:
        return False
    if token.ent_type_ == "PERSON" and (token.i in phrase.tokens or token.text in "-'."):
        return token.tag_ != "POS" and token.dep_ != "case"
    if token.i not in phrase.tokens:
        return False
    return token.pos_ == "PROPN" and token.ent_type_ == "" and token.dep_ in ("compound", "flat")


def _name_run(seed: Token, phrase: Phrase, matched: set[int]) -> list[int]:
    doc = seed.doc
    start = end = seed.i
    while start > 0 and (
        _name_token(doc[start - 1], phrase, matched) or _hyphen_joined_start(doc, start, matched)
    ):
        start -= 1
    while end + 1 < len(doc) and _name_token(doc[end + 1], phrase, matched):
        end += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return list(range(start, end + 1))


def _hyphen_joined_start(doc: Doc, start: int, matched: set[int]) -> bool:
    """ "Bashar al-Assad": when a run would start at the hyphen of a name spaCy split in
    three ("al", "-", "Assad", each its own subject), the word before the hyphen belongs to
    the name too, whatever its arc."""
    return (
        _joined_hyphen(doc, start)
        and start - 1 not in matched
        and doc[start - 1].ent_type_ == "PERSON"
    )


def _join(tokens: list[Token]) -> str:
    text = "".join(token.text_with_ws for token in tokens).strip()
    return text.rstrip(",;:")


def title_role(phrase: Phrase) -> str | None:
    """The title nearest the head ("director general", "ambassador"), with its qualifiers."""
    doc = phrase.root.doc
    titles = [
        match
        for match in phrase.matches
        if match.term is not None and match.term.kind != "institution"
    ]
    if not titles:
        return None
    chosen = min(
        titles, key=lambda match: (depth_below(match_head(match, doc), phrase.root), -match.end)
    )
    start = chosen.start
    for match in sorted(phrase.matches, key=lambda item: -item.start):
        if match.end == start and match.term is not None:
            start = match.start
    return doc[start : chosen.end].text.lower()


# legal forms that end a company's name ("Siemens AG", "Freeport-McMoRan Inc.")
_COMPANY_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "ltd", "llc", "plc", "co", "ag", "gmbh", "sa", "nv", "bv"}
    | {"spa", "ab", "asa", "oy", "ou", "oü", "kk", "bhd", "pte", "pty", "lp", "llp", "limited"}
)


def company_name(name: str) -> bool:
    """Whether an organisation's name ends in a company's legal form: a business (BUS)."""
    words = name.replace(",", " ").split()
    return len(words) > 1 and words[-1].strip(".").lower() in _COMPANY_SUFFIXES


def entity_name(root: Token) -> str | None:
    """The name of an organisation the gazetteer does not know ("the Asia Foundation")."""
    if root.ent_type_ != "ORG" or root.pos_ != "PROPN":
        return None
    for ent in root.doc.ents:
        if ent.start <= root.i < ent.end and ent.root.i == root.i:
            text = ent.text.rsplit("\n", 1)[-1].strip()
            return text[4:] if text.lower().startswith("the ") else text
    return None
