"""Definite descriptions that refer back to an actor the article has named.

Wire stories name an actor once and then call it by a common noun: "the Liberation Tigers of
Tamil Eelam ... the rebels", "ECOWAS ... the bloc", "the U.N. Security Council ... the council",
"four Russian army officers ... the officers", "special envoy Jon Hanssen-Bauer ... the envoy".
Such a description carries no country of its own, so coded alone it is a bare sector (REB, MIL)
that the article completion may then give the wrong country. Read as a reference, it is the
latest earlier actor it can describe:

- a person noun ("the envoy", "the president", "the prime minister") is the latest person
  whose mention carried that title, every modifier included ("the foreign minister" is not
  "Prime Minister Meles");
- any other noun is first the latest actor headed by the same noun ("the council", "the
  officers"), else, by kind: rebel words ("the rebels", "the guerrillas", "the militants") the
  latest rebels with a country; "the group" or "the movement" the latest named non-state
  group; "the bloc", "the alliance", "the union", "the regional body" the latest
  intergovernmental body.

Words that name a state ("the government", "the country", "the authorities") are left alone:
in a foreign-datelined story they need not be the state named last, and a missing country is
better than a wrong one. A description with a country, a name, an "of" complement or a
number of its own ("the two sides") is no back-reference.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.model import Actor
from tidings.resolve.gazetteer import INTERNATIONAL

REBEL_WORDS = frozenset(
    {"rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "insurgent", "militants"}
    | {"militant", "separatists", "separatist", "fighters"}
)
GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization", "faction"})
BODY_WORDS = frozenset(
    {"bloc", "alliance", "union", "body", "grouping", "organisation", "organization"}
    | {"council", "commission", "coalition"}
)
# nouns that name a state or people at large: whose they are is not the latest actor's
STATE_WORDS = frozenset(
    {"government", "country", "state", "nation", "authorities", "officials", "people"}
    | {"regime", "administration", "leaders", "leader", "leadership", "side", "sides", "capital"}
    | {"parties", "party", "neighbour", "neighbor", "republic", "kingdom", "region", "public"}
)
_GROUP_SECTORS = frozenset({"REB", "OPP", "PTY", "NGO", "REL", "LAB"})
_INTERGOVERNMENTAL = "IGO"
_NATIONAL_SECTORS = frozenset({"GOV", "MIL", "REB", "COP", "OPP", "CVL", "SPY", "JUD", "LEG"})
_MODIFIER_DEPS = frozenset({"compound", "amod"})
_BLOCKING_DEPS = frozenset({"poss", "nummod", "appos", "relcl", "acl"})


def is_back_reference(span: Span) -> bool:
    """ "the rebels", "the regional body", "The envoy": a definite common-noun phrase with no
    number, possessor, name or complement of its own."""
    root = span.root
    if root.pos_ not in ("NOUN", "PROPN") or root.lower_ in STATE_WORDS:
        return False
    dets = [c for c in root.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i != span.start:
        return False
    if any(child.dep_ in _BLOCKING_DEPS or _noun_complement(child) for child in root.children):
        return False
    words = [t for t in span if t.i != root.i and t.dep_ not in ("det", "case")]
    return all(t.dep_ in _MODIFIER_DEPS and t.ent_type_ in ("", "NORP") for t in words) and (
        root.ent_type_ in ("", "ORG", "NORP")
    )


def _noun_complement(child: Token) -> bool:
    """ "the group of protesters", "the council in Addis Ababa": a prepositional object that
    says which one is meant ("the rebels of betraying ..." is the verb's, misattached)."""
    return child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children)


def _words(actor: Actor) -> set[str]:
    return {word.strip(".,'’\"()").lower() for word in actor.text.split()} | set(
        (actor.role or "").lower().split()
    )


def _before(actor: Actor, start: int) -> bool:
    return actor.start is None or actor.start < start


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def title_holder(span: Span, persons: list[Actor]) -> Actor | None:
    """The latest person whose mention carried every word of the description ("the prime
    minister" <- "Prime Minister Meles Zenawi")."""
    wanted = [t for t in span if t.dep_ != "det"]
    for person in reversed(persons):
        if not (_before(person, span.start_char) and person.country and person.name):
            continue
        words = _words(person)
        if all(_forms(token) & words for token in wanted):
            return person
    return None


def _same_head(root: Token, groups: list[tuple[str, Actor]]) -> Actor | None:
    forms = _forms(root)
    for head, actor in reversed(groups):
        if head in forms and _before(actor, root.idx):
            return actor
    return None


def _of_kind(root: Token, groups: list[tuple[str, Actor]]) -> Actor | None:
    word = root.lower_
    for _, actor in reversed(groups):
        if not _before(actor, root.idx):
            continue
        state = actor.country not in INTERNATIONAL
        if word in REBEL_WORDS and actor.sector == "REB" and state:
            return actor
        if word in GROUP_WORDS and actor.name and actor.sector in _GROUP_SECTORS:
            return actor
        if word in BODY_WORDS and _international_body(actor):
            return actor
    return None


def _international_body(actor: Actor) -> bool:
    """An intergovernmental body coded by its own code (IGOWAF, IGOUNO), not a national
    sector an "its" gave the IGO country ("its fighters")."""
    return actor.country == _INTERGOVERNMENTAL and actor.sector not in _NATIONAL_SECTORS


def group_referent(span: Span, groups: list[tuple[str, Actor]]) -> Actor | None:
    """The latest earlier group actor the description refers to: the same head noun first
    ("the council" <- "the U.N. Security Council"), else one of the kind the noun names.
    ``groups`` pairs each remembered actor with the lemma of its phrase's head."""
    known = [(head, actor) for head, actor in groups if actor.country]
    return _same_head(span.root, known) or _of_kind(span.root, known)
