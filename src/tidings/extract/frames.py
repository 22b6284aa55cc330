"""Frame: one candidate event found in one sentence, before classification and resolution."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.model import Actor, Modality

STATEMENT_CODES = frozenset({"01", "010"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True)
class Frame:
    """A candidate event: trigger words, CAMEO code from the lexicon, participants, modality.

    ``modality`` says how the text presents the event. Negated frames ("did not attack") are
    returned too, with ``Modality.NEGATED``, so the pipeline can decide to keep or drop them;
    they are never meant to be stored as asserted events.
    """

    trigger: Token
    trigger_span: Span
    cameo: str
    source: Actor | None
    target: Actor | None
    symmetric: bool
    modality: Modality
    attributed_to: Actor | None
    rule: str
    confidence: float

    @property
    def is_reported_obligation(self) -> bool:
        """ "X said Y should be returned", "X insisted that Y be returned": a demand read from
        speech around a deontic modal or a subjunctive."""
        return self.rule.startswith(("obligation>", "mandate>"))

    @property
    def is_statement(self) -> bool:
        return self.cameo in STATEMENT_CODES

    @property
    def is_bare_statement(self) -> bool:
        """A plain statement to no one, which is not published (see ``tidings.publish``)."""
        return self.cameo == "010" and self.target is None

    def key(self) -> tuple[str, str, str]:
        """Identity for "one frame per source-target-action" (symmetric pairs unordered)."""
        source, target = _actor_key(self.source), _actor_key(self.target)
        if self.symmetric and target < source:
            source, target = target, source
        return (source, target, self.cameo)


def _actor_key(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.code or actor.name or actor.text


def _clause(token: Token) -> int:
    """Index of the verb heading the clause a trigger sits in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token.i


def _rank(frame: Frame, triggers: set[int]) -> tuple[int, bool, bool, float, int]:
    modal_penalty = 1 if frame.modality in {Modality.NEGATED, Modality.HYPOTHETICAL} else 0
    statement_penalty = 2 if frame.is_statement else 0
    return (
        modal_penalty + statement_penalty,
        _acted_upon(frame, triggers),
        _in_time_clause(frame.trigger),
        -frame.confidence,
        frame.trigger.i,
    )


# subordinators of a clause that only sets the time or cause of the main one
BACKGROUND_MARKS = frozenset({"after", "before", "when", "as", "since", "until", "once", "while"})


def _in_time_clause(trigger: Token) -> bool:
    """ "US was willing to withdraw its troops as soon as a UN force had been sent to
    Lebanon": an act in a clause of time is background to the main clause, the news."""
    clause = trigger.doc[_clause(trigger)]
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children
    )


def _acted_upon(frame: Frame, triggers: set[int]) -> bool:
    """An event noun that is the object of another coded act ("Syria rejected a UN demand",
    "condemned the attack") is background to that act, which is the sentence's news."""
    trigger = frame.trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ in TOPIC_PREPS:
        return _reacted_to(trigger.head, triggers)
    return (
        trigger.dep_ in OBJECT_DEPS and trigger.head.i != trigger.i and trigger.head.i in triggers
    )


# "demanded an apology over the prime minister's visit", "protested about the arrests": the
# act a reaction is about is its occasion, background to the reaction
TOPIC_PREPS = frozenset({"over", "about"})


def _reacted_to(prep: Token, triggers: set[int]) -> bool:
    """The preposition hangs on another coded act or on that act's object ("demanded an
    apology over X" parses "over" under "apology" as often as under "demanded")."""
    head = prep.head
    return head.i in triggers or (head.dep_ in OBJECT_DEPS and head.head.i in triggers)


def best_first(frames: Iterable[Frame]) -> list[Frame]:
    """One frame per source-target-action, the best supported first.

    Plain statements ("X said ...") are kept only when the sentence yields nothing else.
    """
    frames = list(frames)
    triggers = {frame.trigger.i for frame in frames}
    ordered = sorted(frames, key=lambda frame: _rank(frame, triggers))
    kept: dict[tuple[str, str, str, int], Frame] = {}
    seen: dict[tuple[str, str, str], set[int]] = {}
    for frame in ordered:
        clauses = seen.setdefault(frame.key(), set())
        clause = _clause(frame.trigger)
        if clause in clauses or (clauses and frame.is_statement):
            continue
        clauses.add(clause)
        kept[(*frame.key(), clause)] = frame
    result = list(kept.values())
    substantive = [frame for frame in result if not frame.is_statement]
    return substantive or result
