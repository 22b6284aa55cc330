"""The noun phrase an actor is read from, and how its words attach to its head.

Owns :class:`Phrase` and the tree geometry the actor decisions share: which tokens belong to
a phrase (modifiers, affiliations, not clauses or conjuncts), the head that names the actor
through partitives ("parts of the army"), and how firmly a country modifier belongs to the
head (:func:`country_weight`: on the head itself, modifying it, or only locating it).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.resolve._actors_match import Match
from tidings.resolve.gazetteer import Holding

# dependency arcs that stay inside an actor's noun phrase
_INNER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "npadvmod"})
_AFFILIATION_PREPS = frozenset({"of", "at", "from", "in", "within", "inside"})
_LOCATION_PREPS = frozenset({"in", "near", "inside", "within", "across", "around"})
_NAMING_DEPS = frozenset({"compound", "flat", "appos"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TRANSPARENT = frozenset(
    {
        "group",
        "groups",
        "members",
        "member",
        "some",
        "many",
        "most",
        "all",
        "several",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "number",
        "rest",
        "remainder",
        "one",
        "none",
        "each",
        "part",
        "parts",
        "handful",
        "remnants",
        "majority",
        "dozen",
        "couple",
        "tens",
        "millions",
        "elements",
        "sections",
        "half",
        "both",
        "few",
        "contingent",
        "contingents",
        "detachment",
        "detachments",
        "batch",
        "batches",
    }
)
# "rebel-held", "Saudi-led": participles whose modifier holds or leads the head
_HOLDING_VERBS = frozenset(
    {"hold", "control", "lead", "run", "occupy", "dominate", "rule", "own", "operate", "command"}
)


@dataclass(frozen=True)
class Phrase:
    """The tokens of one noun phrase that describe its head, and what they match."""

    root: Token
    tokens: frozenset[int]
    matches: tuple[Match, ...]
    holding: Holding | None = None  # the head is a facility, body or place some actor holds
    holding_start: int = -1  # where the holding's words start ("school" in "school bus")
    in_role: bool = False  # the caller put the phrase in an actor role


def inner_tokens(root: Token) -> list[int]:
    """Token indices of the head and the modifiers that describe it (not clauses, conjuncts)."""
    found = [root.i]
    for child in root.children:
        if _across_lines(root, child):
            continue
        if child.dep_ in _INNER_DEPS:
            found.extend(inner_tokens(child))
        elif _inner_hyphen(child):
            found.append(child.i)
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            found.append(child.i)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found.extend(inner_tokens(grandchild))
    return found


def _inner_hyphen(token: Token) -> bool:
    """A hyphen joining two words with no space ("Al-Shabaab", "al-Sham")."""
    if token.text not in _HYPHENS or token.whitespace_ or token.i == 0:
        return False
    return not token.doc[token.i - 1].whitespace_


def _across_lines(head: Token, child: Token) -> bool:
    """Whether a paragraph break separates two tokens (headlines, bylines, captions)."""
    low, high = sorted((head.i, child.i))
    return any("\n" in token.text_with_ws for token in head.doc[low:high])


def naming_tokens(root: Token) -> set[int]:
    """The head with its compounds and appositions: where the phrase's own name is."""
    found = {root.i}
    for child in root.children:
        if child.dep_ in _NAMING_DEPS and not _across_lines(root, child):
            found |= naming_tokens(child)
    return found


def content_head(token: Token) -> Token:
    """The head that names the actor: "five of the abductees" -> "abductees"."""
    if token.lower_ not in _TRANSPARENT and token.pos_ != "NUM":
        return token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return content_head(objects[0])
    return token


def noun_phrase(token: Token) -> Span:
    """The contiguous phrase headed by ``token``: its subtree less clauses and conjuncts."""
    indices = inner_tokens(token) + [child.i for child in token.children if child.dep_ == "det"]
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case")):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def depth_below(token: Token, root: Token) -> int:
    """How many arcs lead from ``token`` up to ``root``: nearer the head ranks first."""
    depth = 0
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def match_head(match: Match, doc: Doc) -> Token:
    """The token of a match that attaches it to the rest of the tree."""
    for index in range(match.start, match.end):
        if not match.start <= doc[index].head.i < match.end or doc[index].head.i == index:
            return doc[index]
    return doc[match.end - 1]


def _anchor(token: Token, root: Token) -> Token | None:
    """The first content word above ``token`` (skipping prepositions), or None at the root."""
    if token.i == root.i or token.head.i == token.i:
        return None
    parent = token.head
    while parent.pos_ == "ADP" and parent.i != root.i and parent.head.i != parent.i:
        parent = parent.head
    return parent


def country_weight(match: Match, phrase: Phrase, actor_tokens: set[int]) -> float:
    """How firmly a match belongs to the head: 3 it is the head, 2 it modifies the head or an
    actor word of it, 1 it only locates ("in Iraq"), 0.5 it modifies some other word."""
    head = match_head(match, phrase.root.doc)
    if stance_prefixed(match, phrase.root.doc):
        return 0.5
    if match.covers(phrase.root):
        return 3.0
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATION_PREPS:
        return 1.0
    anchor = _anchor(head, phrase.root)
    if anchor is None or anchor.i == phrase.root.i or anchor.i in actor_tokens:
        return 2.0
    if _stands_for_head(anchor, phrase):
        return 2.0
    return 0.5


_STANCE_PREFIXES = frozenset({"pro", "anti"})


def stance_prefixed(match: Match, doc: Doc) -> bool:
    """ "pro-Russian separatists", "anti-American militants": the country is whom the actor
    is for or against, never whose actor it is."""
    start = match.start
    if start >= 2 and doc[start - 1].text == "-":
        return doc[start - 2].lower_ in _STANCE_PREFIXES
    return start >= 1 and doc[start - 1].lower_.rstrip("-") in _STANCE_PREFIXES


def _stands_for_head(anchor: Token, phrase: Phrase) -> bool:
    """A modifier of these modifies the head: a word of the holding ("a Yemeni school bus"),
    the head's own name ("the Iranian Grace 1 tanker"), a holding participle ("the Saudi-led
    coalition", "US-controlled bases")."""
    if phrase.holding is None:
        return False
    if phrase.holding_start <= anchor.i <= phrase.root.i:
        return True
    above = _anchor(anchor, phrase.root)
    if above is None or above.i != phrase.root.i:
        return False
    named = anchor.pos_ == "PROPN" and anchor.dep_ in ("compound", "nmod")
    return named or holding_participle(anchor)


# a ship's flag or registry names the state it belongs to ("a British-flagged tanker"); the
# parser often tags these participles as adjectives
_FLAG_FORMS = frozenset({"flagged", "registered"})


def holding_participle(token: Token) -> bool:
    """ "-held", "-led", "-controlled", "-flagged": the modifier holds the head (not "-made",
    "-backed")."""
    if token.pos_ == "VERB" and token.lemma_.lower() in _HOLDING_VERBS:
        return True
    return token.pos_ in ("VERB", "ADJ") and token.lower_ in _FLAG_FORMS


def covered(phrase: Phrase) -> bool:
    """Whether the head word itself names an actor (not "Japan's intention")."""
    return any(match.covers(phrase.root) for match in phrase.matches)
