"""Finding the time expression that governs an event predicate in the dependency tree.

The search starts at the trigger and looks at its own modifiers, nearest first (breadth-first),
without entering other clauses (complements, relative clauses, coordinated verbs) that carry
their own time. When nothing is found it climbs to the clause that embeds the trigger
("Kim replied that he would ..." takes the time of "replied"), and repeats.

A time word is read the way its own clause looks: "will meet on Friday" is the coming Friday.
A date that names another noun ("violated the 2015 agreement", "denounced Sunday's vote") is
that noun's date, not the event's, unless the noun is where the event happened ("killed in
last week's attack") or what the verb brings about ("won the 2012 election").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from tidings.model import EventDate, Precision
from tidings.resolve._dates_base import Reading
from tidings.resolve._dates_rules import WEEKDAYS, interpret
from tidings.resolve._dates_tense import governing_verb

TEMPORAL_WORDS = frozenset(
    {
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "recent",
        "recently",
        "lately",
        "weekend",
        "overnight",
        *WEEKDAYS,
    }
)
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# words that give a time only when the clause names no day: "overnight on Monday" is Monday
VAGUE_WORDS = frozenset({"overnight"})
# "the following day", "the day before": dates only counted from the narrative's date
NARRATIVE_NOUNS = frozenset({"day", "week", "month", "year"})
COUNT_WORDS = frozenset({"before", "after", "earlier", "later"})
# a to-infinitive under these looks ahead: "plans to march on Tuesday", "is due to vote"
LOOKING_AHEAD = frozenset(
    {
        "plan",
        "expect",
        "schedule",
        "due",
        "set",
        "intend",
        "threaten",
        "promise",
        "vow",
        "pledge",
        "agree",
        "decide",
        "aim",
        "hope",
        "want",
        "prepare",
        "be",
        "go",
        "seek",
        "propose",
        "offer",
        "arrange",
    }
)
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
NAMING_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
EVENT_SETTING = frozenset({"at", "in", "during", "amid", "on"})
# verbs whose object is the dated event itself: "won the 2012 election"
BRINGING_ABOUT = frozenset(
    {"win", "lose", "hold", "sign", "conclude", "launch", "stage", "contest", "boycott", "call"}
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


def explicit_date(
    trigger: Token, published: date | None, anchor: EventDate | None = None
) -> EventDate | None:
    """The date the text itself gives for the event of ``trigger``, or None. ``anchor`` is the
    narrative's current date, for "the following day" and the like."""
    found = time_expression(trigger, published, anchor)
    return _with_duration(found[1], trigger) if found is not None else None


def time_expression(
    trigger: Token, published: date | None, anchor: EventDate | None = None
) -> tuple[Token, EventDate] | None:
    """The token of the time expression governing ``trigger`` and the dates it denotes.

    First the trigger's clause and the clauses above it, then — only when none of them has a
    time word — their adverbial clauses ("told reporters after the meeting ended yesterday").
    """
    reading = Reading(published, anchor=anchor)
    return _climbing(trigger, reading, False) or _climbing(trigger, reading, True)


def _climbing(trigger: Token, reading: Reading, adverbial: bool) -> tuple[Token, EventDate] | None:
    node, came_from = trigger, None
    for _ in range(MAX_CLIMB):
        found = _search(node, came_from, reading, MAX_DEPTH, adverbial, trigger)
        if found is not None:
            return found
        if not _may_climb(node, came_from):
            return None
        came_from, node = node, node.head
    return None


def _modifies(token: Token, trigger: Token) -> bool:
    """A bare adjective ("recent") dates only the noun it modifies, when that is the trigger;
    a date naming another noun dates that noun (see the module doc)."""
    if token.ent_type_ not in TIME_ENTITIES and token.pos_ == "ADJ" and token.head != trigger:
        return False
    return not _names_another_noun(token, trigger)


def _names_another_noun(token: Token, trigger: Token) -> bool:
    if token.dep_ not in NAMING_DEPS:
        return False
    noun = token.head
    if noun == trigger or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.ent_type_ in TIME_ENTITIES or noun.lower_ in TEMPORAL_WORDS | NARRATIVE_NOUNS:
        return False  # inside a time expression itself: "the night of January 5"
    if noun.dep_ == "pobj" and noun.head.lower_ in EVENT_SETTING:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in BRINGING_ABOUT)


def clause_date(
    head: Token, published: date | None, max_depth: int, anchor: EventDate | None = None
) -> EventDate | None:
    """The date given in the clause of ``head`` itself, not in its adverbial clauses."""
    found = _search(head, None, Reading(published, anchor=anchor), max_depth, False, head)
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
    node: Token,
    skip: Token | None,
    reading: Reading,
    max_depth: int,
    adverbial: bool,
    trigger: Token,
) -> tuple[Token, EventDate] | None:
    vague: tuple[Token, EventDate] | None = None
    for token in _nearest_first(node, skip, max_depth, adverbial):
        found = _date_at(token, reading)
        if found is None or not _modifies(token, trigger):
            continue
        if token.lower_ not in VAGUE_WORDS:
            return token, found
        vague = vague or (token, found)
    return vague


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
            if child == skip or not _may_enter(child, adverbial):
                continue
            if _same_phrase(child):
                queue.appendleft((child, depth))
            else:
                queue.append((child, depth + 1))


def _same_phrase(child: Token) -> bool:
    """A preposition's object and a coordinated noun are no step further from the predicate:
    depth counts phrases ("at demonstrators in Managua and other cities on Thursday")."""
    return child.dep_ == "pobj" or (child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"})


def _may_enter(child: Token, adverbial: bool) -> bool:
    if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}:
        return True  # "in Managua and other cities on Thursday": a noun, not a clause
    if adverbial and _participle_of_subject(child):
        return True
    if child.dep_ in CLAUSES:
        return False
    if child.dep_ == "advcl":
        if not adverbial:
            return False
        marks = [mark for mark in child.children if mark.dep_ in {"mark", "advmod"}]
        if child.tag_ == "VBG" and not any(mark.dep_ == "mark" for mark in marks):
            return True  # "speaking in Rome on Sunday, the pope called ...": the same time
        return any(mark.lower_ in SAME_TIME_MARKS for mark in marks)
    return not (child.dep_ == "prep" and child.lower_ in NOT_EVENT_TIME)


def _participle_of_subject(child: Token) -> bool:
    """ "Pope Francis, speaking in Rome on Sunday, called ...": the subject's participle tells
    when the act was done."""
    return child.dep_ == "acl" and child.tag_ == "VBG" and child.head.dep_ in {"nsubj", "nsubjpass"}


def _date_at(token: Token, reading: Reading) -> EventDate | None:
    if not _may_be_time(token, reading):
        return None
    if token.head.pos_ == "PROPN" and token.dep_ in {"compound", "nummod", "amod", "nmod"}:
        return None  # part of a name: "the 2002 Pyongyang Declaration"
    reading = replace(reading, future=looks_ahead(token))
    found = interpret(expression(token).text, reading.published, reading)
    if found is None:
        return None
    return _union_coordinated(token, found, reading)


def _may_be_time(token: Token, reading: Reading) -> bool:
    if token.ent_type_ in TIME_ENTITIES or token.lower_ in TEMPORAL_WORDS:
        return True
    return reading.anchor is not None and token.lower_ in NARRATIVE_NOUNS


def looks_ahead(token: Token) -> bool:
    """Whether the clause a time word sits in looks ahead: "will meet on Friday", "plans to
    march on Tuesday", "is due to vote in November" (not "could have met on Friday")."""
    verb = governing_verb(token.head, MAX_DEPTH)
    if verb is None:
        return False
    auxes = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lemma_.lower() == "have" for aux in auxes):
        return False
    if any(aux.lower_ in FUTURE_AUX or aux.tag_ == "MD" for aux in auxes):
        return True
    infinitive = any(aux.tag_ == "TO" for aux in auxes)
    return infinitive and verb.head.lemma_.lower() in LOOKING_AHEAD


def _union_coordinated(token: Token, found: EventDate, reading: Reading) -> EventDate:
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
            interpret(expression(partner).text, reading.published, reading)
            if partner.ent_type_ == "DATE"
            else None
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
    if token.ent_type_ in TIME_ENTITIES:
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    elif token.lower_ in NARRATIVE_NOUNS:
        start, end = token.left_edge.i, token.i + 1  # "the following day"
    if end < len(doc) and doc[end].lower_ in COUNT_WORDS and doc[end].head.i in range(start, end):
        end += 1  # "the day before"
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
