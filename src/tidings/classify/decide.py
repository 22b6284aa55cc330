"""Combine the rules' CAMEO code with the learned PLOVER type of one frame."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from spacy.tokens import Span

from tidings.classify.fallback import RULE, guess
from tidings.classify.features import Clue, actor_offsets, actor_sector, hashed
from tidings.classify.linear import LinearModel, load_models
from tidings.classify.vectors import SentenceVectors
from tidings.data import path
from tidings.extract import Frame
from tidings.model import Action
from tidings.ontology import Ontology, yield_type

if TYPE_CHECKING:
    from tidings.classify.fallback import Resolver

ARTIFACT = "classifier.npz"
DEFAULT_THRESHOLD = 0.6
DEFAULT_GATE = 0.5
# The learned type reads the whole sentence, so it speaks for the sentence's main event. For
# the other frames of a sentence, and for demands the rules read from reported speech
# ("said the abductees should be returned"), it overrides the rules only above
# this probability (on the seeds, low-probability guesses turned side mentions of meetings
# and abductions, and such demands, into concessions).
SECONDARY_FLOOR = 0.5
# A learned type alone makes an event (no rule fired) only from this probability on: lower
# guesses over fifteen types were wrong on the seeds and on a validation slice of the pairs
# TRAIN part about half the time.
FALLBACK_FLOOR = 0.3
# The sentence encoder is the slow part: the hashed-only model answers alone when it is at
# least this sure, and the model with the sentence vector decides the rest.
DEFAULT_CASCADE = 0.4
EVENT = "EVENT"


class Mode(StrEnum):
    RULES = "rules"  # keep the lexicon's code
    CLASSIFIER = "classifier"  # always take the learned type
    COMBINED = "combined"  # learned type when it is confident enough (threshold from training)


@dataclass(frozen=True)
class Decision:
    action: Action
    method: str  # "rules" | "classifier" | "combined"
    confidence: float


def clue_of(frame: Frame, sentence: Span) -> Clue:
    return Clue(
        sentence,
        frame.trigger,
        actor_offsets(frame.source),
        actor_offsets(frame.target),
        frame.cameo,
        actor_sector(frame.source),
        actor_sector(frame.target),
    )


class EventClassifier:
    """Learned PLOVER type beside the rules; see ``tidings.classify.train`` for the artifact."""

    def __init__(
        self,
        ontology: Ontology,
        types: LinearModel,
        yields: LinearModel | None,
        threshold: float = DEFAULT_THRESHOLD,
        mode: Mode = Mode.COMBINED,
        gate: LinearModel | None = None,
        gate_threshold: float = DEFAULT_GATE,
        vectors: SentenceVectors | None = None,
        quick: LinearModel | None = None,
        cascade: float = DEFAULT_CASCADE,
        guesses: LinearModel | None = None,
    ) -> None:
        self.ontology = ontology
        self.vectors = vectors
        self.quick = quick
        self.cascade = cascade
        self.types = types
        self.yields = yields
        self.threshold = threshold
        self.mode = Mode(mode)
        self.gate = gate
        self.gate_threshold = gate_threshold
        self.guesses = guesses

    @classmethod
    def load(
        cls, ontology: Ontology, mode: Mode | str = Mode.COMBINED, vectors: bool = False
    ) -> EventClassifier:
        """The shipped classifier; ``vectors`` adds the sentence-embedding model (slower).

        The artifact holds the hashed-feature model ("quick") and, beside it, the model that
        also reads the sentence vector ("type"); without ``vectors`` the quick one decides,
        with the override threshold cross-validated for it (``quick_threshold``).
        """
        models, settings = load_models(path(ARTIFACT))
        types, quick, reader = models["type"], models.get("quick"), None
        threshold = settings.get("threshold", DEFAULT_THRESHOLD)
        if types.uses_vectors and not vectors and quick is not None:
            types, quick = quick, None
            threshold = settings.get("quick_threshold", threshold)
        elif types.uses_vectors:
            from tidings.classify.encoder import SentenceEncoder

            reader = SentenceVectors(SentenceEncoder.load())
        return cls(
            ontology,
            types,
            models.get("yield"),
            threshold,
            Mode(mode),
            models.get("gate"),
            settings.get("gate_threshold", DEFAULT_GATE),
            reader,
            quick,
            settings.get("cascade", DEFAULT_CASCADE),
            models.get("guess"),
        )

    def with_mode(self, mode: Mode | str, threshold: float | None = None) -> EventClassifier:
        """A copy that runs in ``mode`` (and with another override ``threshold``, if given)."""
        return EventClassifier(
            self.ontology,
            self.types,
            self.yields,
            self.threshold if threshold is None else threshold,
            Mode(mode),
            self.gate,
            self.gate_threshold,
            self.vectors,
            self.quick,
            self.cascade,
            self.guesses,
        )

    def predict(self, clue: Clue) -> tuple[str, float]:
        """The learned PLOVER type (CONCEDE and RETREAT together as YIELD) and its probability."""
        return self._predict(hashed(clue), clue.sentence)

    def _predict(
        self, buckets: list[int], sentence: Span, settled: str | None = None, quick: bool = False
    ) -> tuple[str, float]:
        """``predict`` on the clue's hashed features, computed once by the caller (the gate,
        the type and the yield models all read the same ones).

        The sentence vector is the slow part, so the quick model answers alone when it is
        sure enough, when it names ``settled`` (the rules' type, which the caller keeps when
        the two agree) or when the caller asks for ``quick`` only.
        """
        if self.vectors is None or not self.types.uses_vectors:
            return self.types.best(buckets)
        if self.quick is not None:
            learned, probability = self.quick.best(buckets)
            if probability >= self.cascade or learned == settled or quick:
                return learned, probability
        return self.types.best(buckets, self.vectors(sentence.text))

    def _guess_type(self, buckets: list[int], sentence: Span) -> tuple[str, float]:
        """The learned type of a fallback clue: the model trained on such clues when the
        artifact has one (the type model learned from the rules' frames, whose CAMEO code a
        fallback clue lacks), else the type model."""
        if self.guesses is not None:
            return self.guesses.best(buckets)
        return self._predict(buckets, sentence)

    def is_event(self, buckets: list[int]) -> float:
        """Probability that the clue with these hashed features reports a political action
        (1.0 without a gate)."""
        if self.gate is None:
            return 1.0
        probs = self.gate.probabilities(buckets)
        return float(probs[self.gate.classes.index(EVENT)])

    def fallback(
        self, frames: list[Frame], sentence: Span, actors: Resolver, memory: object
    ) -> list[Frame]:
        """``frames``, or one learned event when the rules found none in the sentence but bare
        statements ("X said on Monday ...", which ``publish`` drops).

        The learned event needs a coded actor, an action predicate and the gate's yes; never
        in rules mode. (Adding it beside frames that lack a pair cost precision on the seeds.)
        """
        if self.mode is Mode.RULES or any(not frame.is_bare_statement for frame in frames):
            return frames
        found = guess(sentence, actors, memory)
        if found is None or (found.source is None and found.target is None):
            return frames
        buckets = hashed(found.clue)
        gate = self.is_event(buckets)
        if gate < self.gate_threshold:
            return frames
        learned, probability = self._guess_type(buckets, sentence)
        if probability < FALLBACK_FLOOR:
            return frames
        action = self._action(learned, buckets, None)
        trigger = found.predicate
        extra = Frame(
            trigger=trigger,
            trigger_span=sentence.doc[trigger.i : trigger.i + 1],
            cameo=action.cameo,
            source=found.source,
            target=found.target,
            symmetric=False,
            modality=found.modality,
            attributed_to=None,
            rule=RULE,
            confidence=round(gate * probability, 4),
        )
        return [extra]  # the bare statements it replaces would not be published anyway

    def decide(self, frame: Frame, sentence: Span, primary: bool = True) -> Decision:
        """The frame's action: the rules' code, or the learned type when it is trusted.

        ``primary`` says the frame is the sentence's best supported one (see ``best_first``).
        """
        rules = self.ontology.action(frame.cameo)
        if frame.rule == RULE:
            return Decision(rules, "classifier", frame.confidence)
        if self.mode is Mode.RULES:
            return Decision(rules, "rules", frame.confidence)
        buckets = hashed(clue_of(frame, sentence))
        # Reading the sentence vector for a frame the quick model reads as the rules do, or
        # for a bare statement, cost two thirds of the encodings on the bench and seldom
        # changed the outcome (a statement is overridden only above SECONDARY_FLOOR).
        settled = yield_type(rules.plover)
        learned, probability = self._predict(buckets, sentence, settled, frame.is_statement)
        if yield_type(rules.plover) == learned:
            return Decision(rules, "combined", max(frame.confidence, probability))
        trusted = primary and not (frame.is_reported_obligation or frame.is_statement)
        floor = self.threshold if trusted else max(self.threshold, SECONDARY_FLOOR)
        if self.mode is Mode.CLASSIFIER or probability >= floor:
            return Decision(self._action(learned, buckets, rules), "classifier", probability)
        return Decision(rules, "rules", frame.confidence)

    def _action(self, learned: str, buckets: list[int], rules: Action | None) -> Action:
        plover = learned
        if learned == "YIELD":
            plover = self.yields.best(buckets)[0] if self.yields else "RETREAT"
        return self.ontology.action_for_type(plover, rules.cameo if rules else None)
