"""Finding the time expression that governs an event predicate in the dependency tree.

The search starts at the trigger and looks at its own modifiers, nearest first (breadth-first),
without entering other clauses (complements, relative clauses, coordinated verbs) that carry
their own time. When nothing is found it climbs to the clause that embeds the trigger
("Kim replied that he would ..." takes the time of "replied"), and repeats.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from tidings.model import EventDate, Precision
from tidings.resolve._dates_rules import WEEKDAYS, interpret

TEMPORAL_WORDS = frozenset(
    {"yesterday", "today", "tonight", "tomorrow", "recent", "recently", "lately", *WEEKDAYS}
)
EDGE_WORDS = frozenset({"earlier", "later", "late", "early", "mid", "last", "this", "next"})
CLAUSES = frozenset({"ccomp", "xcomp", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"})
SAME_TIME_MARKS = frozenset({"when", "as", "while", "once"})
NOT_EVENT_TIME = frozenset({"since", "until", "till", "by", "before", "after"})
CLIMB = frozenset(
    {
        "ccomp",
        "xcomp",
        "conj",
        "advcl",
        "dobj",
        "nsubj",
        "nsubjpass",
        "pobj",
        "prep",
        "attr",
        "acl",
        "pcomp",
        "appos",
        "oprd",
        "dep",
        "npadvmod",
        "compound",
        "amod",
        "dative",
        "agent",
    }
)
START_VERBS = frozenset({"kick", "begin", "start", "open", "launch", "commence"})
MAX_DEPTH = 6
MAX_CLIMB = 5


def explicit_date(trigger: Token, published: date | None) -> EventDate | None:
    """The date the text itself gives for the event of ``trigger``, or None."""
    found = time_expression(trigger, published)
    return _with_duration(found[1], trigger) if found is not None else None


def time_expression(trigger: Token, published: date | None) -> tuple[Token, EventDate] | None:
    """The token of the time expression governing ``trigger`` and the dates it denotes.

    First the trigger's clause and the clauses above it, then — only when none of them has a
    time word — their adverbial clauses ("told reporters after the meeting ended yesterday").
    """
    return _climbing(trigger, published, False) or _climbing(trigger, published, True)


def _climbing(
    trigger: Token, published: date | None, adverbial: bool
) -> tuple[Token, EventDate] | None:
    node, came_from = trigger, None
    for _ in range(MAX_CLIMB):
        found = _search(node, came_from, published, MAX_DEPTH, adverbial)
        if found is not None and _modifies(found[0], trigger):
            return found
        if not _may_climb(node, came_from):
            return None
        came_from, node = node, node.head
    return None


def _modifies(token: Token, trigger: Token) -> bool:
    """A bare adjective ("recent") dates only the noun it modifies, when that is the trigger."""
    return token.ent_type_ == "DATE" or token.pos_ != "ADJ" or token.head == trigger


def clause_date(head: Token, published: date | None, max_depth: int) -> EventDate | None:
    """The date given in the clause of ``head`` itself, not in its adverbial clauses."""
    found = _search(head, None, published, max_depth, False)
    return _with_duration(found[1], head) if found is not None else None


def _may_climb(node: Token, came_from: Token | None) -> bool:
    if node.head is node:
        return False
    if node.dep_ == "conj" and _own_aspect(node):
        return False  # "held talks in November, but none have been held since"
    if came_from is not None and came_from.dep_ == "relcl" and not _complement_like(came_from):
        return False  # a relative clause may borrow its noun's time, not the main clause's
    return node.dep_ in CLIMB or node.dep_ == "relcl"


def _own_aspect(verb: Token) -> bool:
    return any(
        child.dep_ == "aux" and (child.lemma_.lower() == "have" or child.tag_ == "MD")
        for child in verb.children
    )


def _complement_like(clause: Token) -> bool:
    """A "relative clause" opened by the complementiser "that" is a misparsed complement."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def _search(
    node: Token, skip: Token | None, published: date | None, max_depth: int, adverbial: bool
) -> tuple[Token, EventDate] | None:
    for token in _nearest_first(node, skip, max_depth, adverbial):
        found = _date_at(token, published)
        if found is not None:
            return token, found
    return None


def _nearest_first(
    node: Token, skip: Token | None, max_depth: int, adverbial: bool
) -> Iterator[Token]:
    queue: deque[tuple[Token, int]] = deque([(node, 0)])
    while queue:
        token, depth = queue.popleft()
        yield token
        if depth >= max_depth:
            continue
        for child in token.children:
            if child != skip and _may_enter(child, adverbial):
                queue.append((child, depth + 1))


def _may_enter(child: Token, adverbial: bool) -> bool:
    if child.dep_ in CLAUSES:
        return False
    if child.dep_ == "advcl":
        if not adverbial:
            return False
        return any(
            mark.lower_ in SAME_TIME_MARKS
            for mark in child.children
            if mark.dep_ in {"mark", "advmod"}
        )
    return not (child.dep_ == "prep" and child.lower_ in NOT_EVENT_TIME)


def _date_at(token: Token, published: date | None) -> EventDate | None:
    if token.ent_type_ != "DATE" and token.lower_ not in TEMPORAL_WORDS:
        return None
    if token.head.pos_ == "PROPN" and token.dep_ in {"compound", "nummod", "amod", "nmod"}:
        return None  # part of a name: "the 2002 Pyongyang Declaration"
    found = interpret(expression(token).text, published)
    if found is None:
        return None
    return _union_coordinated(token, found, published)


def _union_coordinated(token: Token, found: EventDate, published: date | None) -> EventDate:
    """ "the 1970s and 1980s", "from 2010 to 2012": one range over both ends."""
    partners = [child for child in token.children if child.dep_ == "conj"]
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "from":
        partners += [
            grand
            for sibling in head.head.children
            if sibling.dep_ == "prep" and sibling.lower_ in {"to", "until", "through"}
            for grand in sibling.children
            if grand.dep_ == "pobj"
        ]
    for partner in partners:
        other = (
            interpret(expression(partner).text, published) if partner.ent_type_ == "DATE" else None
        )
        if other is not None:
            text = token.doc[min(token.i, partner.i) : max(token.i, partner.i) + 1].text
            found = EventDate(
                min(found.start, other.start), max(found.end, other.end), Precision.RANGE, text
            )
    return found


def expression(token: Token) -> Span:
    """The words of the time expression containing ``token``, with edge modifiers."""
    doc = token.doc
    start, end = token.i, token.i + 1
    if token.ent_type_ == "DATE":
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    while start > 0 and doc[start - 1].lower_ in EDGE_WORDS:
        start -= 1
    return doc[start:end]


def _with_duration(found: EventDate, trigger: Token) -> EventDate:
    """A day on which a several-day event starts becomes the range it spans."""
    verb = trigger
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in START_VERBS:
        verb = trigger.head  # "the two-day meetings kicked off Wednesday"
    if found.precision != Precision.DAY or verb.lemma_.lower() not in START_VERBS:
        return found
    days = _duration_days(verb)
    if days is None or days < 2:
        return found
    return replace(found, end=found.start + timedelta(days=days - 1), precision=Precision.RANGE)


def _duration_days(trigger: Token) -> int | None:
    numbers = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
    for noun in (
        child for child in trigger.children if child.dep_ in {"nsubj", "nsubjpass", "dobj"}
    ):
        for token in noun.subtree:
            if token.lower_ == "day" and token.i >= 2 and token.nbor(-1).text == "-":
                return numbers.get(token.nbor(-2).lower_)
            if token.lower_.endswith("-day"):
                return numbers.get(token.lower_.split("-")[0])
    return None
