"""From an argument token to a coded Actor: the noun phrase span, pronouns, the resolver.

Pronouns are resolved cheaply: first person inside reported speech stands for the speaker;
third person for the nearest earlier subject of the sentence that is a political actor, else
the subject of the previous sentence. Such actors are marked as inferred (lower confidence).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from spacy.tokens import Span, Token

from tidings.model import Actor
from tidings.resolve.gazetteer import INTERNATIONAL

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})
THIRD_PERSON = frozenset(
    {"it", "its", "he", "his", "him", "she", "her", "they", "their", "them", "itself"}
)
EXCLUDED_CHILDREN = frozenset({"conj", "cc", "relcl", "acl", "advcl", "punct", "prep"})
KEPT_PREPS = frozenset({"of", "from", "for"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PAIR_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# modifiers naming whose people a noun means: "British negotiators", "House negotiators",
# "Afghanistan's intelligence services"
PARTY_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound", "poss"})
NAMED_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


class Resolver(Protocol):
    def resolve(self, span: Span, memory: Any) -> Actor | None: ...


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without conjuncts, clauses and most PPs."""
    tokens = [token]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in KEPT_PREPS:
            tokens.extend(child.subtree)
        elif child.dep_ == "appos":
            tokens.extend(phrase(child))
        elif child.dep_ not in EXCLUDED_CHILDREN:
            tokens.extend(child.subtree)
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    doc = token.doc
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


class Participants:
    """Resolves argument tokens of one sentence; holds the speaker for first-person pronouns."""

    def __init__(self, resolver: Resolver, memory: Any, sentence: Span) -> None:
        self.resolver = resolver
        self.memory = memory
        self.sentence = sentence
        self._cache: dict[int, Actor | None] = {}

    def actor(self, token: Token, speaker: Token | None = None) -> tuple[Actor | None, bool]:
        """(actor, inferred) for an argument token."""
        lower = token.lower_
        if token.pos_ == "PRON" and lower in FIRST_PERSON:
            return (self._direct(speaker), True) if speaker is not None else (None, False)
        if token.pos_ == "PRON" and lower in THIRD_PERSON:
            return self._antecedent(token), True
        return self._direct(token), False

    def _direct(self, token: Token) -> Actor | None:
        if token.i not in self._cache:
            by_token = getattr(self.resolver, "resolve_token", None)
            if by_token is not None:
                actor = by_token(token, self.memory)
            else:
                actor = self.resolver.resolve(phrase(token), self.memory)
            self._cache[token.i] = actor
        return self._cache[token.i]

    def coordinated_parties(self, head: Token) -> tuple[Actor, Actor] | None:
        """The two parties of "British and EU negotiators", "House and Senate negotiators",
        "Pakistan and Afghanistan's intelligence services": one noun with two coordinated
        modifiers names two parties, each the noun's people of its modifier.

        A country modifier takes the noun's sector ("British" + negotiators -> GBRGOV), a
        body keeps its own code ("EU negotiators" -> IGOEUR, as the resolver codes them).
        The first party is its modifier's words, the second runs to the noun ("EU
        negotiators"). None unless both modifiers name distinct parties."""
        pair = coordinated_modifiers(head)
        if pair is None:
            return self._coordinated_origins(head)
        first, second = pair
        doc = head.doc
        noun = self.resolver.resolve(doc[second.right_edge.i + 1 : head.i + 1], self.memory)
        sector = noun.sector if noun is not None and not noun.country else None
        one = self._party(doc[first.left_edge.i : first.i + 1], sector)
        two = self._party(doc[second.left_edge.i : second.i + 1], sector)
        if one is None or two is None:
            return None
        if one.code == two.code and not (_is_name(first) and _is_name(second)):
            return None  # one code twice is one party, unless two bodies are named
        whole = doc[second.left_edge.i : head.i + 1]
        return one, replace(two, text=whole.text, start=whole.start_char, end=whole.end_char)

    def _coordinated_origins(self, head: Token) -> tuple[Actor, Actor] | None:
        """ "Officials from South Korea and North Korea met", "the leaders of Armenia and
        Azerbaijan held talks": the noun's people from each of two coordinated places."""
        pair = coordinated_origins(head)
        if pair is None:
            return None
        first, second = pair
        doc = head.doc
        noun = self.resolver.resolve(doc[head.left_edge.i : head.i + 1], self.memory)
        sector = noun.sector if noun is not None else None
        one = self._party(_own_words(first), sector)
        two = self._party(_own_words(second), sector)
        if one is None or two is None or one.code == two.code:
            return None
        return one, two

    def _party(self, modifier: Span, sector: str | None) -> Actor | None:
        """A modifier as a party: a country with the noun's sector, or a body as it is."""
        actor = self.resolver.resolve(modifier, self.memory)
        if actor is None or not (actor.country or actor.sector):
            return None
        if not actor.country or actor.country in INTERNATIONAL:
            return actor
        return as_country(actor, sector)

    def _antecedent(self, pronoun: Token) -> Actor | None:
        """Nearest earlier subject, then nearest earlier proper noun, then the article memory."""
        earlier = list(reversed(self.sentence[: pronoun.i - self.sentence.start]))
        wanted = _pronoun_kind(pronoun)
        for pick in (_is_subject, _is_proper):
            for token in earlier:
                if pick(token) and _kind_matches(token, wanted):
                    actor = self._direct(token)
                    if actor is not None:
                        return actor
        doc = pronoun.doc
        return self.resolver.resolve(doc[pronoun.i : pronoun.i + 1], self.memory)

    def context_pair(self, lookback: int = 10) -> tuple[Actor, Actor] | None:
        """The two parties of the latest earlier sentence naming two countries together.

        Stands in for "the two countries", "both sides" and for talks with no named party.
        """
        doc = self.sentence.doc
        start = self.sentence.start
        for _ in range(lookback):
            if start == 0:
                return None
            previous = doc[start - 1].sent
            pair = self._pair_in(previous)
            if pair is not None:
                return pair
            start = previous.start
        return None

    def _pair_in(self, sentence: Span) -> tuple[Actor, Actor] | None:
        """Two named parties of distinct countries: "A and B", else a subject and an object."""
        for token in sentence:
            conj = [c for c in token.children if c.dep_ == "conj"]
            if conj and token.pos_ == "PROPN":
                pair = self._distinct(token, conj[0])
                if pair is not None:
                    return pair
        core = [t for t in sentence if t.pos_ == "PROPN" and t.dep_ in PAIR_DEPS]
        for first in core:
            for second in core:
                pair = self._distinct(first, second) if first.i < second.i else None
                if pair is not None:
                    return pair
        return None

    def _distinct(self, first: Token, second: Token) -> tuple[Actor, Actor] | None:
        one, two = self._direct(first), self._direct(second)
        if one is None or two is None or not one.country or not two.country:
            return None
        if REPORTERS & {one.sector, two.sector}:
            return None  # "Song replied, Kyodo reported": the outlet is no party to talks
        return (one, two) if one.country != two.country else None


REPORTERS = frozenset({"MED"})


def as_country(actor: Actor, sector: str | None = None) -> Actor:
    """The actor as its country's people of ``sector`` ("British" + negotiators -> GBRGOV),
    or as the country itself without one ("Russian airstrikes" -> RUS): no named person.
    An international body keeps its own code ("a European offer" -> IGOEUR, not IGO)."""
    if actor.country in INTERNATIONAL and actor.code:
        return actor
    code = (actor.country or "") + (sector or "")
    return replace(actor, code=code, sector=sector, name=None, role=None)


def coordinated_modifiers(head: Token) -> tuple[Token, Token] | None:
    """The modifiers X and Y of "X and Y <noun>", both names of parties, before the noun."""
    for child in head.children:
        if child.dep_ in PARTY_MODIFIER_DEPS and child.i < head.i:
            second = _paired_party(child, before=head.i)
            if second is not None:
                return child, second
    return None


ORIGIN_PREPS = frozenset({"from", "of"})


def coordinated_origins(head: Token) -> tuple[Token, Token] | None:
    """The X and Y of "<noun> from X and Y" or "the foreign ministers of X and Y", both names
    of parties."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ORIGIN_PREPS:
            continue
        for first in prep.children:
            second = _paired_party(first) if first.dep_ == "pobj" else None
            if second is not None:
                return first, second
    return None


def _paired_party(first: Token, before: int | None = None) -> Token | None:
    """The one party "and"-joined to the party ``first`` (only conjuncts before ``before``)."""
    joined = [c for c in first.children if c.dep_ == "conj" and (before is None or c.i < before)]
    coordinated = any(c.dep_ == "cc" for c in first.children)
    if len(joined) == 1 and coordinated and _is_party(first) and _is_party(joined[0]):
        return joined[0]
    return None


def _own_words(token: Token) -> Span:
    """A conjunct's own words: "South Korea" of "South Korea and North Korea"."""
    left = min([token.i] + [c.left_edge.i for c in token.children if c.i < token.i])
    return token.doc[left : token.i + 1]


def _is_party(token: Token) -> bool:
    """A national adjective, a country, or an organisation ("British", "EU", "Senate")."""
    return token.ent_type_ in NAMED_ENTITIES or token.pos_ == "PROPN"


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN"


def _is_subject(token: Token) -> bool:
    return token.dep_ in SUBJECTS and token.pos_ != "PRON"


def _is_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.dep_ != "compound"


def _pronoun_kind(pronoun: Token) -> str:
    lower = pronoun.lower_
    if lower in {"he", "his", "him", "she", "her"}:
        return "person"
    if lower in {"it", "its", "itself"}:
        return "thing"
    return "any"


def _kind_matches(token: Token, wanted: str) -> bool:
    if wanted == "person":
        return token.ent_type_ in {"PERSON", ""}
    if wanted == "thing":
        return token.ent_type_ != "PERSON"
    return True
