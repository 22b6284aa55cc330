"""A classifier-driven event for sentences where the rules found none.

``guess`` codes the actors of a sentence with the ``ActorResolver``, picks the main
predicate (the root, or the clause a speech verb reports) and splits the actors into the
subject side (source) and the object side (target). ``EventClassifier.fallback`` then asks
a "no event" gate whether the sentence reports a political action at all and, if so, the
type model which one; it returns a ``Frame`` like the extractor's (``rule="fallback"``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Span, Token

from tidings.classify.features import Clue, actor_offsets, actor_sector
from tidings.extract.arguments import in_dateline
from tidings.extract.modality import attribution, is_hearsay, is_hypothetical, is_negated
from tidings.model import Actor, Modality
from tidings.resolve.actors import noun_phrase

RULE = "fallback"
_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
_INSIDE = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "det"})
_SUBJECTS = frozenset({"nsubj", "csubj"})
_SPEECH = frozenset(
    {"say", "tell", "announce", "report", "state", "add", "claim", "insist", "declare", "note"}
)
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should"})
# Predicates that describe a state, not an action: "ties remain tense", "the meeting comes amid".
_STATES = frozenset(
    {"be", "have", "come", "remain", "seem", "appear", "become", "stand", "lie", "stay", "exist"}
)


class Resolver(Protocol):
    def resolve(self, span: Span, memory: object) -> Actor | None: ...


@dataclass(frozen=True)
class Placed:
    """A coded actor with the token heading its phrase."""

    actor: Actor
    root: Token


@dataclass(frozen=True)
class Guess:
    """What the fallback proposes before classification."""

    clue: Clue
    predicate: Token
    source: Actor | None
    target: Actor | None
    modality: Modality


def sentence_actors(sentence: Span, resolver: Resolver, memory: object) -> list[Placed]:
    """Coded political actors of a sentence, one per noun phrase, left to right.

    Resolved against a copy of ``memory`` so the fallback never changes the article's state.
    """
    scratch = copy.deepcopy(memory)
    found: list[Placed] = []
    taken: set[int] = set()
    for token in sentence:
        if token.pos_ not in _HEADS or token.i in taken or in_dateline(token):
            continue  # a dateline ("SEOUL, March 3 (Yonhap) --") says where and by whom
        if token.dep_ in _INSIDE and not in_dateline(token.head):
            continue  # the parser hangs the real subject on the dateline as an apposition
        phrase = noun_phrase(token)
        actor = resolver.resolve(phrase, scratch)
        if actor is None or not (actor.country or actor.sector):
            continue
        taken.update(range(phrase.start, phrase.end))
        found.append(Placed(actor, token))
    return found


def main_predicate(sentence: Span) -> Token:
    """The root verb, or the verb of the clause a speech verb ("said") reports."""
    root = sentence.root
    if root.lemma_.lower() in _SPEECH:
        for child in root.children:
            if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
                return child
    return root


def _chain(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _role(placed: Placed, predicate: Token) -> tuple[str, int]:
    """("source" | "target" | "other", depth) of an actor relative to the predicate."""
    chain = _chain(placed.root)
    ids = [t.i for t in chain]
    if predicate.i not in ids:
        return "other", len(chain)
    depth = ids.index(predicate.i)
    if depth == 0:
        return "other", 0
    edge = chain[depth - 1]  # the predicate's child on the path
    if edge.dep_ in _SUBJECTS:
        return "source", depth
    if edge.dep_ == "agent":
        return "source", depth
    return "target", depth


def _key(actor: Actor) -> str:
    return actor.code or actor.name or actor.text


def split_roles(actors: list[Placed], predicate: Token) -> tuple[Placed | None, Placed | None]:
    """The subject-side actor and the object-side actor of ``predicate``."""
    roles = [(placed, *_role(placed, predicate)) for placed in actors]
    passive = any(child.dep_ == "auxpass" for child in predicate.children)
    sources = sorted((r for r in roles if r[1] == "source"), key=lambda r: r[2])
    targets = sorted((r for r in roles if r[1] == "target"), key=lambda r: (r[2], r[0].root.i))
    if passive:
        subjects = [r for r in roles if r[1] == "target" and r[0].root.dep_ == "nsubjpass"]
        if subjects:
            targets = subjects + [r for r in targets if r not in subjects]
    source = sources[0][0] if sources else None
    others = [r[0] for r in targets] + [r[0] for r in roles if r[1] == "other"]
    if source is None:
        before = [p for p in actors if p.root.i < predicate.i]
        source = before[0] if before else None
    target = next(
        (p for p in others if source is None or _key(p.actor) != _key(source.actor)), None
    )
    if source is None and target is not None:
        source = next((p for p in actors if _key(p.actor) != _key(target.actor)), None)
    return source, target


def _modality(predicate: Token) -> Modality | None:
    """The predicate's modality; None when it is negated (no event is asserted)."""
    chain = [predicate, *(t for t in _chain(predicate)[1:2] if predicate.dep_ in {"xcomp"})]
    for token in chain:
        for child in token.children:
            if child.dep_ == "neg" or child.lower_ in {"not", "never", "n't"}:
                return None
    if is_negated(predicate):  # "nearly clashed", "were unable to meet", "neither ... nor"
        return None
    if is_hypothetical(predicate):  # "if they attack", "Did troops fire?", "would have"
        return Modality.HYPOTHETICAL
    for child in predicate.children:
        if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL:
            return Modality.HYPOTHETICAL
    if is_hearsay(predicate) or attribution(predicate) is not None:
        return Modality.REPORTED  # "allegedly recruited", "according to Amnesty"
    return Modality.ASSERTED


def guess(sentence: Span, resolver: Resolver, memory: object) -> Guess | None:
    """Predicate, source and target of the sentence's main action; None without actors."""
    predicate = main_predicate(sentence)
    if predicate.pos_ != "VERB" or predicate.lemma_.lower() in _STATES:
        return None
    modality = _modality(predicate)
    if modality is None:
        return None
    actors = sentence_actors(sentence, resolver, memory)  # the costly part: checked last
    if not actors:
        return None
    source, target = split_roles(actors, predicate)
    source_actor = source.actor if source else None
    target_actor = target.actor if target else None
    clue = Clue(
        sentence,
        predicate,
        actor_offsets(source_actor),
        actor_offsets(target_actor),
        source_sector=actor_sector(source_actor),
        target_sector=actor_sector(target_actor),
    )
    return Guess(
        clue,
        predicate,
        source_actor,
        target_actor,
        modality,
    )
