"""Tense and aspect of the verb that governs an event trigger, for dates without a time word."""

from __future__ import annotations

from enum import StrEnum

from spacy.tokens import Token

REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "state",
        "add",
        "claim",
        "insist",
        "note",
        "stress",
        "declare",
        "confirm",
        "deny",
        "warn",
        "reply",
        "respond",
        "write",
        "quote",
        "accord",
    }
)
MODALS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll"}
)
MAX_STEPS = 4


class Tense(StrEnum):
    PERFECT = "perfect"  # "have been repatriated": no time anchor of its own
    PRESENT = "present"
    MODAL = "modal"
    PAST = "past"
    NOMINAL = "nominal"  # a noun predicate with no verb above it


def governing_verb(trigger: Token, max_steps: int = MAX_STEPS) -> Token | None:
    """The trigger itself when it is a verb, else the nearest verb above it (within
    ``max_steps`` tokens, counting the trigger)."""
    token = trigger
    for _ in range(max_steps):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def tense(trigger: Token) -> Tense:
    verb = governing_verb(trigger)
    if verb is None:
        return Tense.NOMINAL
    if _participle_modifier(verb):
        return tense(verb.head) if verb.head is not verb else Tense.NOMINAL
    auxes = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lower_ in MODALS or aux.tag_ == "MD" for aux in auxes):
        return Tense.MODAL
    if any(aux.lemma_.lower() == "have" for aux in auxes if aux.dep_ == "aux"):
        return Tense.PERFECT
    finite = next((aux for aux in auxes), verb)
    if finite.tag_ in {"VBZ", "VBP"}:
        return Tense.PRESENT
    return Tense.PAST


def _participle_modifier(verb: Token) -> bool:
    """ "the people abducted", "the talks planned": no tense of their own."""
    has_aux = any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    return verb.dep_ in {"acl", "amod"} and verb.tag_ in {"VBN", "VBG"} and not has_aux


def is_reporting(trigger: Token) -> bool:
    verb = governing_verb(trigger)
    return verb is not None and verb.lemma_.lower() in REPORTING
