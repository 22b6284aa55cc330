"""EventExtractor: frames from one parsed sentence, via the predicate lexicon and dependencies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from tidings.extract.arguments import Roles, noun_roles, verb_roles
from tidings.extract.codes import wrapped_code
from tidings.extract.frames import Frame, best_first
from tidings.extract.lexicon import Kind, PredicateEntry, PredicateLexicon
from tidings.extract.modality import base_modality, wrapper_modality
from tidings.extract.participants import Participants, Resolver
from tidings.extract.structure import WRAPPERS, Analysis, analyse
from tidings.model import Actor, Modality

LEADER_VERBS = frozenset({"lead", "attend", "chair", "head", "join"})
TARGET_FIRST = frozenset({Kind.APPEAL, Kind.DEMAND, Kind.ACCUSE})


@dataclass(frozen=True)
class Candidate:
    """A predicate with its code, roles and modality, before actors are resolved."""

    trigger: Token
    trigger_span: Span
    cameo: str
    roles: Roles
    symmetric: bool
    modality: Modality
    rule: str
    noun: bool


class EventExtractor:
    """Finds candidate events (frames) in a sentence; see ``Frame`` for what they carry."""

    def __init__(self, lexicon: PredicateLexicon, actors: Resolver, ontology: Any = None) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.ontology = ontology

    def frames(self, sentence: Span, memory: Any) -> list[Frame]:
        analysis = analyse(sentence, self.lexicon)
        people = Participants(self.actors, memory, sentence)
        frames: list[Frame] = []
        for index, entry in analysis.entries.items():
            if index in analysis.consumed:
                continue
            candidate = self._candidate(sentence.doc[index], entry, analysis)
            if candidate is not None:
                frames.extend(self._resolve(candidate, analysis, people))
        return best_first(frames)

    def _candidate(self, token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate | None:
        if entry.kind is Kind.SUPPORT or entry.cameo is None and entry.kind not in WRAPPERS:
            return None
        if entry.kind in WRAPPERS:
            return self._wrapper(token, entry, analysis)
        return _plain(token, entry, analysis)

    def _wrapper(self, token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate | None:
        inner = analysis.complement.get(token.i)
        inner_entry = analysis.entries.get(inner.i) if inner is not None else None
        if inner is None and (entry.kind is Kind.INTENT or entry.pos == "noun"):
            return None
        own = base_modality(token)
        embedded = inner_entry.cameo if inner_entry else None
        cameo = wrapped_code(entry.kind, entry.cameo, embedded, own is Modality.NEGATED)
        if cameo == "010" and entry.kind is not Kind.DENY:
            cameo = entry.cameo or "010"
        roles = _wrapper_roles(token, entry, inner, inner_entry, analysis)
        symmetric = entry.kind is Kind.AGREE or bool(inner_entry and inner_entry.symmetric)
        symmetric = symmetric and entry.kind not in TARGET_FIRST and entry.kind is not Kind.REFUSE
        rule = entry.rule + (f">{inner_entry.rule}" if inner_entry else "")
        return Candidate(
            trigger=token,
            trigger_span=_trigger_span(token, entry),
            cameo=cameo,
            roles=roles,
            symmetric=symmetric,
            modality=wrapper_modality(entry.kind, embedded, own),
            rule=rule,
            noun=entry.pos == "noun",
        )

    def _resolve(self, candidate: Candidate, analysis: Analysis, people: Participants) -> list[Frame]:
        speech_verb = analysis.speaker.get(candidate.trigger.i)
        speaker = _speaker_token(speech_verb) if speech_verb is not None else None
        sources = _actors(candidate.roles.sources, people, speaker)
        targets = _actors(candidate.roles.targets, people, speaker)
        attributed, _ = people.actor(speaker) if speaker is not None else (None, False)
        frames = []
        for source, target, inferred, symmetric in _pairs(candidate, sources, targets):
            modality = candidate.modality
            reported = attributed is not None and not _same(attributed, source)
            if reported and modality is Modality.ASSERTED:
                modality = Modality.REPORTED
            frames.append(
                Frame(
                    trigger=candidate.trigger,
                    trigger_span=candidate.trigger_span,
                    cameo=candidate.cameo,
                    source=source,
                    target=target,
                    symmetric=symmetric,
                    modality=modality,
                    attributed_to=attributed if reported else None,
                    rule=candidate.rule,
                    confidence=_confidence(candidate, source, target, inferred),
                )
            )
        return frames


def _plain(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate:
    light = analysis.light_verb.get(token.i)
    cameo = entry.cameo or "010"
    if entry.pos == "noun":
        roles = _noun_roles_with_context(token, cameo, light)
    else:
        roles = verb_roles(token, speech=entry.kind is Kind.SPEECH)
    anchor = light if light is not None else token
    modality = base_modality(anchor)
    if light is not None and modality is Modality.ASSERTED:
        modality = base_modality(token)
    return Candidate(
        trigger=anchor,
        trigger_span=_noun_span(token, light) if entry.pos == "noun" else _trigger_span(token, entry),
        cameo=cameo,
        roles=roles,
        symmetric=entry.symmetric,
        modality=modality,
        rule=entry.rule + (f"<{light.lemma_}" if light is not None else ""),
        noun=entry.pos == "noun",
    )


def _noun_roles_with_context(noun: Token, cameo: str, light: Token | None) -> Roles:
    roles = noun_roles(noun, cameo, light)
    if roles.sources or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return roles
    verbs = [noun.head] + [c for c in noun.head.children if c.dep_ == "conj"]
    leaders = [
        pobj
        for verb in verbs
        if verb.lemma_ in LEADER_VERBS
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]
    if not leaders:
        return roles
    expanded = Roles(sources=tuple(_with_conjuncts(leaders)), targets=roles.targets, inferred=True)
    return expanded


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    from tidings.extract.arguments import conjuncts

    return [item for token in tokens for item in conjuncts(token)]


def _wrapper_roles(
    token: Token,
    entry: PredicateEntry,
    inner: Token | None,
    inner_entry: PredicateEntry | None,
    analysis: Analysis,
) -> Roles:
    if entry.pos == "noun":
        light = token.head if token.dep_ in {"dobj", "attr"} else None
        own = noun_roles(token, entry.cameo or "030", light)
    else:
        own = verb_roles(token)
    targets = own.targets
    if inner is not None and inner_entry is not None:
        embedded = _embedded_roles(inner, inner_entry, analysis)
        if entry.kind in {Kind.APPEAL, Kind.DEMAND} and not targets:
            targets = embedded.sources
        if not targets:
            taken = {t.i for t in own.sources}
            targets = tuple(t for t in embedded.targets if t.i not in taken)
    return Roles(own.sources, targets, own.inferred, own.paired)


def _embedded_roles(inner: Token, entry: PredicateEntry, analysis: Analysis) -> Roles:
    if entry.pos == "noun":
        return noun_roles(inner, entry.cameo or "040", analysis.light_verb.get(inner.i))
    return verb_roles(inner)


def _speaker_token(speech_verb: Token) -> Token | None:
    for child in speech_verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _actors(tokens: tuple[Token, ...], people: Participants, speaker: Token | None) -> list:
    found = []
    for token in tokens:
        actor, inferred = people.actor(token, speaker)
        if actor is not None and not any(_same(actor, other) for other, _ in found):
            found.append((actor, inferred))
    return found


def _same(first: Actor | None, second: Actor | None) -> bool:
    if first is None or second is None:
        return False
    if first.name and second.name:
        return first.name == second.name
    return (first.code or first.text) == (second.code or second.text) and first.name == second.name


def _pairs(candidate: Candidate, sources: list, targets: list) -> list:
    """(source, target, inferred, symmetric) for each participant combination."""
    if candidate.symmetric and len(sources) >= 2 and not targets:
        (first, a), (second, b) = sources[0], sources[1]
        return [(first, second, a or b or candidate.roles.inferred, True)]
    pairs = []
    for source, s_inferred in sources or [(None, False)]:
        for target, t_inferred in targets or [(None, False)]:
            if source is None and target is None:
                continue
            if _same(source, target):
                continue
            inferred = s_inferred or t_inferred or candidate.roles.inferred
            symmetric = candidate.symmetric and source is not None and target is not None
            pairs.append((source, target, inferred, symmetric))
    return pairs


def _confidence(candidate: Candidate, source: Actor | None, target: Actor | None, inferred: bool) -> float:
    score = 0.9
    score -= 0.15 if source is None else 0.0
    score -= 0.1 if target is None else 0.0
    score -= 0.15 if inferred else 0.0
    score -= 0.05 if candidate.noun else 0.0
    if candidate.cameo in {"010", "01"}:
        score *= 0.4
    return round(max(0.05, min(0.99, score)), 3)


def _trigger_span(token: Token, entry: PredicateEntry) -> Span:
    words = [token] + [c for c in token.children if c.dep_ == "prt"]
    if entry.kind is Kind.RULEOUT:
        words += [c for c in token.children if c.dep_ in {"aux", "neg"}]
    start = min(w.i for w in words)
    end = max(w.i for w in words) + 1
    return token.doc[start:end]


def _noun_span(noun: Token, light: Token | None) -> Span:
    if light is None:
        return noun.doc[noun.i : noun.i + 1]
    start, end = min(noun.i, light.i), max(noun.i, light.i) + 1
    return noun.doc[start:end]
