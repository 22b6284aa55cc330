"""Finding the place entity where an event happened, from the dependency tree.

Only locative uses count: a GPE/LOC/FAC entity under "in"/"at"/"through" (or "to" after a
visit verb, or the object of "visit") attached to the predicate, possibly nested in a container
noun ("at the embassy in Beijing", "in the Chinese city of Shenyang", "on the sidelines of talks
in Beijing", "off the coast of Somalia"), or attached to the predicate's object ("killed 12
people in Baghdad", "fired on crowds in Andijan": the parser hangs the locative on the nearest
noun). Subjects and objects that name governments ("Pyongyang said") never count. A proper
noun the tagger did not label a place ("in Calcutta" as a PRODUCT) is a candidate too; the
resolver keeps it only if the place table knows it.
The search climbs from a noun to its verb and through coordinated or open complements, but not
from a reported clause to the verb of saying: where something was said is not where it happened.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels of proper nouns that are never places, even when the tagger slips
NOT_PLACE_LABELS = frozenset(
    {"PERSON", "ORG", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
LOCATIVE_PREPS = frozenset(
    {"in", "at", "inside", "near", "outside", "throughout", "across", "through"}
)
# prepositions that locate only with a container noun: "on the outskirts of", "off the coast of"
CONTAINER_PREPS = frozenset({"on", "off"})
VISIT_LEMMAS = frozenset(
    {"visit", "travel", "go", "come", "fly", "arrive", "trip", "tour", "journey"}
)
CONTAINERS = frozenset(
    {
        "city",
        "town",
        "capital",
        "province",
        "region",
        "village",
        "county",
        "state",
        "island",
        "district",
        "area",
        "country",
        "sideline",
        "sidelines",
        "outskirts",
        "suburb",
        "port",
        "border",
        "territory",
        "republic",
        "kingdom",
        "heart",
        "centre",
        "center",
        "coast",
        "coasts",
        "shore",
        "shores",
        "streets",
        "street",
    }
)
CLIMB = frozenset(
    {"xcomp", "conj", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "acl", "attr", "advcl"}
)
EVENT_NOUNS = frozenset(
    {"meeting", "talk", "talks", "summit", "negotiation", "conference", "visit", "session", "round"}
)
# objects that are happenings talked about, not things acted on: "condemned the bombing in
# Kabul" or "protested against the war in Iraq" happened wherever the speaker was
TOPIC_NOUNS = frozenset(
    {
        "war",
        "violence",
        "bombing",
        "attack",
        "killing",
        "crackdown",
        "situation",
        "crisis",
        "conflict",
        "fighting",
        "unrest",
        "massacre",
        "shooting",
        "explosion",
        "blast",
        "coup",
        "occupation",
        "invasion",
        "election",
        "repression",
        "abuse",
        "incident",
        "atrocity",
        "persecution",
        "treatment",
        "policy",
        "development",
        "event",
        "presence",
        "role",
        "involvement",
        "intervention",
    }
)
MAX_CLIMB = 4
MAX_NEST = 4


def locative_entity(trigger: Token) -> Span | None:
    """The place entity the event of ``trigger`` is located at, or None."""
    node = trigger
    for _ in range(MAX_CLIMB):
        found = _own_locative(node)
        if found is not None:
            return found
        if node.dep_ not in CLIMB or node.head is node:
            return None
        node = node.head
    return None


def _own_locative(node: Token) -> Span | None:
    visit = node.lemma_.lower() in VISIT_LEMMAS
    for child in node.children:
        found = None
        if child.dep_ == "prep" and _locative_prep(child, visit):
            found = _first_place(_objects(child), 0)
        elif visit and child.dep_ == "dobj":
            found = _place_in(child, 0)
        elif child.dep_ == "dobj" and _is_event_noun(child):
            found = _own_locative(child)  # "held talks in Harbin"
        if found is not None:
            return found
    return _object_locative(node)


def _object_locative(node: Token) -> Span | None:
    """A locative the parser attached to the predicate's object rather than to the predicate
    ("killed 12 people in Baghdad", "fired on crowds in the city of Andijan", "attacked a base
    on the outskirts of Mogadishu"), or the object itself when it is a container noun ("shelled
    the town of Kandahar"). An object that is itself a name ("accused Kiev") never counts."""
    for noun in _object_nouns(node):
        if _is_place_word(noun) or noun.lemma_.lower() in TOPIC_NOUNS:
            continue
        found = _place_in(noun, 0)
        if found is not None:
            return found
    return None


def _object_nouns(node: Token) -> list[Token]:
    nouns = [child for child in node.children if child.dep_ in {"dobj", "nsubjpass"}]
    for prep in (child for child in node.children if child.dep_ == "prep"):
        nouns.extend(_objects(prep))
    return [noun for noun in nouns if noun.pos_ in {"NOUN", "PRON", "PROPN"}]


def clause_place(head: Token) -> Span | None:
    """The place a main clause locates its events at: its own locative, or its subject's
    when that subject is an event ("The two-day meeting in Beijing came after ...")."""
    found = _own_locative(head)
    if found is not None:
        return found
    for subject in (child for child in head.children if child.dep_ in {"nsubj", "nsubjpass"}):
        if _is_event_noun(subject):
            found = _own_locative(subject)
            if found is not None:
                return found
    return None


def event_venues(sentence: Span) -> list[tuple[Token, Span]]:
    """Event nouns of a sentence with the place they are said to be at, read loosely: any
    in/at place nested under the noun's modifiers ("a round of talks ... with officials in
    Shenyang"). Used only to remember episodes, never for the event's own place."""
    found = []
    for token in sentence:
        if token.pos_ == "NOUN" and _is_event_noun(token):
            venue = _own_locative(token) or _loose_place(token, 0)
            if venue is not None:
                found.append((token, venue))
    return found


def _loose_place(noun: Token, depth: int) -> Span | None:
    if depth >= MAX_NEST:
        return None
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        for obj in _objects(child):
            if child.lower_ in LOCATIVE_PREPS and obj.ent_type_ in PLACE_LABELS:
                return entity_span(obj)
            found = _loose_place(obj, depth + 1)
            if found is not None:
                return found
    return None


def _is_event_noun(token: Token) -> bool:
    return token.lemma_.lower() in EVENT_NOUNS or token.lower_ in EVENT_NOUNS


def beside_time(time: Token) -> Span | None:
    """A locative phrase attached next to the event's time phrase: "on March 3 in Shenyang",
    "in November in Pyongyang" — time and place of one event are said together."""
    found = _own_locative(time)
    if found is not None or time.dep_ != "pobj":
        return found
    return _own_locative(time.head.head) if time.head.head is not time.head else None


def _locative_prep(prep: Token, visit: bool) -> bool:
    word = prep.lower_
    if word in LOCATIVE_PREPS or (visit and word in {"to", "in"}):
        return True
    return word in CONTAINER_PREPS and any(_is_container(obj) for obj in _objects(prep))


def _objects(prep: Token) -> list[Token]:
    return [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]


def _first_place(tokens: list[Token], depth: int) -> Span | None:
    for token in tokens:
        found = _place_in(token, depth)
        if found is not None:
            return found
    return None


def _is_place_word(token: Token) -> bool:
    """A place entity, or a proper noun the tagger left unlabelled or mislabelled as a
    nationality or product ("Andijan" as NORP); PERSON/ORG names are trusted."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in NOT_PLACE_LABELS


def _place_in(noun: Token, depth: int) -> Span | None:
    if _is_place_word(noun):
        return entity_span(noun) if noun.ent_type_ else _proper_span(noun)
    if depth >= MAX_NEST:
        return None
    container = _is_container(noun)
    for child in noun.children:
        nested: list[Token] = []
        if child.dep_ == "prep" and (
            _locative_prep(child, False) or (child.lower_ == "of" and container)
        ):
            nested = _objects(child)
        elif child.dep_ in {"appos", "compound"} and container:
            nested = [child]  # "the capital, Kabul"; "Anbar province"
        found = _first_place(nested, depth + 1)
        if found is not None:
            return found
    return None


def _proper_span(token: Token) -> Span:
    """An unlabelled proper noun with the proper-noun compounds before it ("Ras Lanuf")."""
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].pos_ == "PROPN"
        and token.doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    return token.doc[start : token.i + 1]


def entity_span(token: Token) -> Span:
    """The whole named entity ``token`` belongs to."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    span = doc[start:end]
    if span and span[0].lower_ == "the":
        span = doc[start + 1 : end]
    return span


def _is_container(noun: Token) -> bool:
    """A noun that holds a place ("city", "the outskirts" — whose lemma may be "outskirt")."""
    return noun.lemma_.lower() in CONTAINERS or noun.lower_ in CONTAINERS
