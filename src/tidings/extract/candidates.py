"""Candidates: a matched predicate with its CAMEO code, role tokens and modality.

Actors are not resolved here (see ``extractor``); this module only reads the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tidings.extract.arguments import (
    OWNER_DEPS,
    Roles,
    conjuncts,
    is_document_clause,
    is_passive,
    noun_roles,
    object_owners,
    prep_objects,
    purpose_targets,
    secondary_verb_targets,
    verb_roles,
)
from tidings.extract.codes import DEMAND, INTENT, REFUSE, THREAT, lookup, wrapped_code
from tidings.extract.lexicon import Kind, PredicateEntry
from tidings.extract.modality import base_modality, is_future, wrapper_modality
from tidings.extract.structure import DIRECTIVES, WRAPPERS, Analysis, event_agents, is_event
from tidings.model import Modality

LEADER_VERBS = frozenset({"lead", "attend", "chair", "head", "join"})
TARGET_FIRST = DIRECTIVES | {Kind.ACCUSE, Kind.REFUSE}
OBLIGATION = frozenset({"should", "must", "ought"})
EMPTY_NOUNS = frozenset({"utmost", "effort"})  # mean nothing without what they aim at
NOMINAL = frozenset({"NOUN", "PROPN"})
SCOPE_WORDS = frozenset(
    {"multilateral", "six", "four", "regional", "international", "global", "multinational"}
)
GROUP_WORDS = frozenset({"country", "nation", "side", "government", "neighbour", "neighbor"})
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
FORCE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# what the source gives, sends or moves is its own: "sent troops", "gave $5 million",
# "withdrew its forces"; elsewhere an object the lexicon requires may be the target
# ("summoned the ambassador", "accepted refugees", "trains Iraqi pilots")
OWN_OBJECT_CODES = ("070", "071", "072", "074", "15", "0874", "1661")
ASKING_ROOTS = frozenset({"02", "10"})  # "demanded the withdrawal of X": X is asked to act
# "refused a request from X", "welcomed an offer from X": who asked or offered; but
# "withdrawal from Iraq", "release from prison" (yielding, force) name a place
FROM_IS_AGENT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13"})
EVENT_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
REQUIRED_OWNER_DEPTH = 3  # "sanctions" > "imposed" > "on" > X


@dataclass(frozen=True)
class Candidate:
    trigger: Token
    trigger_span: Span
    cameo: str
    roles: Roles
    symmetric: bool
    modality: Modality
    rule: str
    noun: bool
    contextual: bool = False  # parties may come from the preceding sentences
    fallback: tuple[Token, ...] = ()  # actors inside a non-actor object, tried last
    qualifiers: tuple[Token, ...] = ()  # "Red Cross talks": the sector of unnamed parties


# a judgement adjective is passed on a party through a copula or a verb of judging
PREDICATE_ADJ_DEPS = frozenset({"acomp", "oprd", "ccomp", "xcomp", "attr"})
JUDGING_HEADS = frozenset({"be", "become", "remain", "seem", "appear", "look", "sound"}) | {
    "call",
    "find",
    "consider",
    "deem",
    "declare",
    "rule",
    "label",
    "brand",
    "term",
}


def candidate(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate | None:
    if entry.kind is Kind.SUPPORT:
        return None
    if entry.kind in WRAPPERS:
        return wrapper(token, entry, analysis)
    if entry.cameo is None:
        return None
    untethered = not any(c.dep_ == "nsubj" for c in token.children)
    titled = token.dep_ == "acl" and token.tag_ != "VBN" and not is_document_clause(token)
    if entry.pos == "verb" and titled and untethered:
        return None  # "ambassador for talks to normalise relations": a title, not an event
    if entry.pos == "adj":
        return _judgement(token, entry, analysis)
    speech_verb = analysis.speaker.get(token.i)
    if speech_verb is not None and any(c.lower_ in OBLIGATION for c in token.children):
        return _obligation(token, entry, analysis, speech_verb)
    return _plain(token, entry, analysis)


def _plain(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate:
    light = analysis.light_verb.get(token.i)
    cameo = entry.cameo or "010"
    if entry.pos == "noun":
        roles = _noun_roles(token, cameo, light)
    else:
        roles = _verb_roles(token, entry, analysis)
        if entry.converse:
            roles = _converse(token, roles)
    anchor = light if light is not None else token
    modality = base_modality(anchor)
    if light is not None and modality is Modality.ASSERTED:
        modality = base_modality(token)
    cameo, modality = _announced(anchor, cameo, modality)
    span = _noun_span(token, light) if entry.pos == "noun" else trigger_span(token, entry)
    return Candidate(
        trigger=anchor,
        trigger_span=span,
        cameo=cameo,
        roles=roles,
        symmetric=entry.symmetric,
        modality=modality,
        rule=entry.rule + (f"<{light.lemma_}" if light is not None else ""),
        noun=entry.pos == "noun",
        contextual=entry.symmetric and _salient(token, light) and _unnamed(roles, anchor, analysis),
        fallback=_fallback_targets(token, entry, roles, analysis) if entry.pos == "verb" else (),
        qualifiers=_qualifiers(token) if entry.pos == "noun" else (),
    )


def _fallback_targets(
    verb: Token, entry: PredicateEntry, roles: Roles, analysis: Analysis
) -> tuple[Token, ...]:
    """Targets tried when the verb's own name no actor, best first (the extractor takes the
    first that resolves): the agent of an event object ("condemned a rally by X"), owners of
    the verb's own objects (not of the places in "sanctions on X in Y"), the object of a
    purpose clause ("donated aid to help X"), and for statements what they are about."""
    cameo = entry.cameo or "010"
    own = verb_roles(verb, entry.particle, speech=entry.kind is Kind.SPEECH)
    required = _event_objects(verb, entry)
    taken = {t.i for t in required}
    own = replace(own, targets=tuple(t for t in own.targets if t.i not in taken))
    found = (
        _event_participants(roles.targets, cameo, analysis)
        + _owners(verb, own)
        + _required_object_owners(tuple(required), cameo)
        + tuple(purpose_targets(verb))
    )
    return found + _told_about(verb) if cameo.startswith("01") else found


def _required_object_owners(objects: tuple[Token, ...], cameo: str) -> tuple[Token, ...]:
    """ "lifted a boycott of X", "lifted sanctions imposed on X": actors near the object the
    lexicon requires; not deep inside it ("imposed sanctions on an entity that runs farms in
    Y"), and not the unit named in one's own forces ("placed an Army brigade on alert")."""
    deps = OWNER_DEPS - {"compound"} if cameo.startswith(OWN_OBJECT_CODES) else OWNER_DEPS
    return object_owners(objects, depth=REQUIRED_OWNER_DEPTH, deps=deps)


def _event_participants(
    objects: tuple[Token, ...], cameo: str, analysis: Analysis
) -> tuple[Token, ...]:
    """ "condemned an anarchic rally by X", "refused a request from X", "welcomed X's
    decision": whoever did the act named as the object is what the verb is aimed at. Asking
    for an act aims at its patient too: "demanded the withdrawal of X"."""
    agents: list[Token] = []
    patients: list[Token] = []
    for token in objects:
        entry = analysis.entries.get(token.i)
        if not is_event(entry) or entry.pos != "noun":
            continue
        code = entry.cameo or cameo
        roles = noun_roles(token, code, None)
        agents.extend(roles.sources or _from_agents(token, code))
        patients.extend(roles.targets)
    if agents:
        return tuple(agents)
    return tuple(patients) if cameo[:2] in ASKING_ROOTS else ()


def _from_agents(noun: Token, cameo: str) -> list[Token]:
    return prep_objects(noun, frozenset({"from"})) if cameo[:2] in FROM_IS_AGENT_ROOTS else []


def _verb_roles(verb: Token, entry: PredicateEntry, analysis: Analysis) -> Roles:
    """Roles of a verbal predicate, with what its event object and its subject event stand for.

    "filed a lawsuit against X", "lifted its sanctions on X": the object that makes the verb
    an event ("file" + lawsuit) carries the target in its own prepositions. "opened fire on
    X": with no other object, a hostile verb's "on" names the target. "French airstrikes
    killed X": an act as subject stands for whoever carried it out."""
    roles = verb_roles(verb, entry.particle, speech=entry.kind is Kind.SPEECH)
    if entry.kind is Kind.SPEECH:
        return roles
    cameo = entry.cameo or "010"
    objects = _event_objects(verb, entry)
    taken = {t.i for t in objects}
    others = [t for t in roles.targets if t.i not in taken]
    kept = others if cameo.startswith(OWN_OBJECT_CODES) else list(roles.targets)
    carried = [t for o in objects for t in _carried_targets(o, cameo, analysis)]
    secondary = [] if others else secondary_verb_targets(verb, cameo)
    sources = _actors_of_events(roles.sources, analysis)
    targets = _unique(kept + carried + secondary, exclude={t.i for t in sources} | {verb.i})
    return replace(roles, sources=sources, targets=targets)


def _event_objects(verb: Token, entry: PredicateEntry) -> list[Token]:
    """The objects the lexicon entry requires ("send" + troops, "file" + lawsuit)."""
    if not entry.objects:
        return []
    return [
        child
        for child in verb.children
        if child.dep_ in EVENT_OBJECT_DEPS and _forms(child) & entry.objects
    ]


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_, token.lower_.rstrip("s")}


def _carried_targets(noun: Token, cameo: str, analysis: Analysis) -> tuple[Token, ...]:
    return noun_roles(noun, _noun_code(noun, cameo, analysis), None).targets


def _noun_code(noun: Token, cameo: str, analysis: Analysis) -> str:
    """An event object's own code when the lexicon knows it: lifting sanctions lifts a
    hostile act, whose "on X" names the target."""
    entry = analysis.entries.get(noun.i)
    if entry is not None and entry.pos == "noun" and entry.cameo:
        return entry.cameo
    return cameo


def _actors_of_events(tokens: tuple[Token, ...], analysis: Analysis) -> tuple[Token, ...]:
    """An event noun as a participant ("U.S. airstrikes killed X") stands for its agents."""
    found: list[Token] = []
    for token in tokens:
        entry = analysis.entries.get(token.i)
        agents: tuple[Token, ...] = ()
        if is_event(entry) and entry.pos == "noun" and token.pos_ == "NOUN":
            agents = event_agents((token,), set(analysis.entries)) or _named_in(token)
        found.extend(agents or (token,))
    return tuple(found)


def _named_in(noun: Token) -> tuple[Token, ...]:
    """ "U.S. drone strikes": a name inside the noun's modifiers ("U.S." modifies "drone")."""
    return tuple(
        token
        for modifier in noun.children
        if modifier.dep_ in {"compound", "amod"}
        for token in modifier.subtree
        if token.i != modifier.i and token.dep_ in {"compound", "nmod"} and token.pos_ == "PROPN"
    )[:1]


def _unique(tokens: list[Token], exclude: set[int]) -> tuple[Token, ...]:
    seen = set(exclude)
    found = []
    for token in tokens:
        if token.i not in seen:
            seen.add(token.i)
            found.append(token)
    return tuple(found)


def _told_about(verb: Token) -> tuple[Token, ...]:
    """ "admitted that it had kidnapped 13 Japanese": a statement about an act concerns the
    act's target."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in {"VERB", "AUX"}:
            found = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
            if found:
                return tuple(found[:1])
    return ()


def _announced(anchor: Token, cameo: str, modality: Modality) -> tuple[str, Modality]:
    """A future act is announced, not done: "will release X" is an intent to release (035x),
    "will not lift the ban" a refusal (124x), "will attack" a threat (13x); a deal that
    parties "failed to reach" is rejected (127)."""
    if cameo == "057" and anchor.dep_ == "xcomp" and anchor.head.lemma_ == "fail":
        return "127", Modality.ASSERTED  # "failed to reach a deal": the plan is rejected
    if not is_future(anchor) or modality is Modality.HYPOTHETICAL:
        return cameo, modality
    root = cameo[:2]
    if root in COOPERATIVE_ROOTS and modality is Modality.NEGATED:
        return lookup(REFUSE, cameo, "120"), Modality.ASSERTED
    if root in COOPERATIVE_ROOTS:
        return lookup(INTENT, cameo, "030"), Modality.INTENDED
    if root in FORCE_ROOTS and modality is Modality.ASSERTED:
        return lookup(THREAT, cameo, "130"), Modality.THREATENED
    return cameo, modality


def _owners(verb: Token, roles: Roles) -> tuple[Token, ...]:
    """Actors owning the object ("condemned Russia's annexation"), or owning what the object
    is in ("hailed the change in Pyongyang's attitude", with "in" hung on the verb)."""
    owners = object_owners(roles.targets)
    if owners or not roles.targets:
        return owners
    inside = [
        owner
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}
        for noun in prep.children
        if noun.dep_ == "pobj"
        for owner in noun.children
        if owner.dep_ == "poss"
    ]
    return tuple(inside[:1])


def _converse(verb: Token, roles: Roles) -> Roles:
    """ "Y received aid from X": X, the "from" object, gives; Y, the subject, receives."""
    givers = tuple(prep_objects(verb, frozenset({"from"})))
    receivers = roles.sources + tuple(t for t in roles.targets if t not in givers)
    return Roles(givers, receivers, roles.inferred)


def _qualifiers(noun: Token) -> tuple[Token, ...]:
    return tuple(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN")


def _salient(token: Token, light: Token | None) -> bool:
    """Whether an unnamed symmetric event is the clause's own topic ("The talks were called
    off", "held talks"), not a passing mention ("rounds of talks", "the six-party talks")."""
    events = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    if any(m.lower_ in SCOPE_WORDS for e in events for m in e.children):
        return False
    if token.pos_ in {"VERB", "AUX"} or light is not None:
        return True
    if any(t.lower_ in {"two", "both"} for t in token.subtree):
        return True
    return token.dep_ in {"nsubj", "nsubjpass"}


def _group(token: Token) -> bool:
    """ "the two countries", "both sides"."""
    lemma = token.lemma_.lower()
    return lemma in GROUP_WORDS and any(c.lower_ in {"two", "both"} for c in token.children)


def _unnamed(roles: Roles, anchor: Token, analysis: Analysis) -> bool:
    """The parties are not named: no role tokens but event nouns and "the two countries"."""
    if any(_group(t) for t in anchor.subtree):
        return True
    tokens = roles.sources + roles.targets
    return all(_group(t) or t.i in analysis.entries for t in tokens)


def _obligation(
    token: Token, entry: PredicateEntry, analysis: Analysis, speech: Token
) -> Candidate:
    """'X said Y should be returned': a demand by X (10x), whoever is to act the target."""
    own = _plain(token, entry, analysis)
    speaker = [c for c in speech.children if c.dep_ == "nsubj"]
    addressee = own.roles.sources  # the subject, or the agent of a passive
    return Candidate(
        trigger=token,
        trigger_span=own.trigger_span,
        cameo=lookup(DEMAND, entry.cameo, "100"),
        roles=Roles(tuple(speaker), addressee, inferred=True),
        symmetric=False,
        modality=Modality.ASSERTED,
        rule=f"obligation>{entry.rule}",
        noun=False,
    )


def _predicated(adjective: Token) -> bool:
    """ "said the vote was illegal", "called the move unconstitutional": the adjective is said
    of a party; "illegal migration" (a modifier), "pleaded guilty" (an admission) and "those
    who were responsible" (nobody named) judge no one."""
    if adjective.dep_ not in PREDICATE_ADJ_DEPS or adjective.head.lemma_ not in JUDGING_HEADS:
        return False
    subjects = [c for c in adjective.head.children if c.dep_ == "nsubj"]
    return not any(s.tag_ in {"WP", "WDT"} for s in subjects)


def _duty(adjective: Token) -> bool:
    """ "will be responsible for border security", "is responsible for organising the vote":
    a task assigned, not a judgement passed on what a party did."""
    if is_future(adjective.head):
        return True
    return any(
        prep.lower_ == "for" and any(c.dep_ == "pcomp" for c in prep.children)
        for prep in adjective.children
    )


def _judgement(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate | None:
    """'X responded that the claim was unacceptable': the speaker judges."""
    speech = analysis.speaker.get(token.i)
    if speech is None or not _predicated(token) or _duty(token):
        return None
    speaker = tuple(c for c in speech.children if c.dep_ == "nsubj")
    subjects = tuple(c for c in token.head.children if c.dep_ == "nsubj")
    return Candidate(
        trigger=token,
        trigger_span=token.doc[token.i : token.i + 1],
        cameo=entry.cameo or "010",
        roles=Roles(speaker, subjects, inferred=True),
        symmetric=False,
        modality=base_modality(token.head),
        rule=entry.rule,
        noun=False,
        fallback=object_owners(subjects),
    )


def wrapper(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate | None:
    inner = analysis.complement.get(token.i)
    inner_entry = analysis.entries.get(inner.i) if inner is not None else None
    if inner is None and entry.pos == "noun" and entry.cameo and entry.lemma not in EMPTY_NOUNS:
        return _plain(token, entry, analysis)  # "rejected the demand", "the threat"
    if inner is None and entry.kind is Kind.INTENT and entry.pos == "adj":
        return _open_intent(token, entry)
    if inner is None and (entry.kind is Kind.INTENT or entry.pos != "verb"):
        return None
    own = base_modality(token)
    embedded = inner_entry.cameo if inner_entry else None
    cameo = wrapped_code(entry.kind, entry.cameo, embedded, own is Modality.NEGATED)
    roles = _wrapper_roles(token, entry, inner, inner_entry, analysis)
    modality = wrapper_modality(entry.kind, embedded, own)
    if _calls_for_sanctions(token, entry, inner, embedded) and own is Modality.ASSERTED:
        cameo, modality = lookup(THREAT, embedded, "131"), Modality.THREATENED
    symmetric = entry.kind is Kind.AGREE or bool(inner_entry and inner_entry.symmetric)
    symmetric = symmetric and entry.kind not in TARGET_FIRST
    return Candidate(
        trigger=token,
        trigger_span=trigger_span(token, entry),
        cameo=cameo,
        roles=roles,
        symmetric=symmetric,
        modality=modality,
        rule=entry.rule + (f">{inner_entry.rule}" if inner_entry else ""),
        noun=entry.pos == "noun",
        contextual=symmetric and _salient(token, None) and _unnamed(roles, token, analysis),
        fallback=_wrapper_fallback(entry, roles, analysis),
    )


def _wrapper_fallback(entry: PredicateEntry, roles: Roles, analysis: Analysis) -> tuple[Token, ...]:
    """Owners of a non-actor object ("condemned Russia's annexation"); for demands and
    appeals, the agent or patient of the act asked for ("ordered the arrest of X")."""
    owners = object_owners(roles.targets)
    if owners or entry.kind not in DIRECTIVES:
        return owners
    asked = _event_participants(roles.targets, entry.cameo or "100", analysis)
    return asked or _asked_patients(roles.targets)


def _open_intent(token: Token, entry: PredicateEntry) -> Candidate | None:
    """ "X is ready to contribute more to Y": willingness to do what the lexicon does not know
    is an intent to cooperate (030) of the copula's subject towards the act's targets."""
    verbs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not verbs or token.dep_ != "acomp":
        return None
    sources = verb_roles(token.head).sources
    taken = {t.i for t in sources}
    targets = tuple(t for t in verb_roles(verbs[0]).targets if t.i not in taken)
    own = base_modality(token.head)
    return Candidate(
        trigger=token,
        trigger_span=trigger_span(token, entry),
        cameo=entry.cameo or "030",
        roles=Roles(sources, targets),
        symmetric=False,
        modality=wrapper_modality(entry.kind, None, own),
        rule=f"{entry.rule}>open",
        noun=False,
        fallback=object_owners(targets),
    )


def _calls_for_sanctions(
    token: Token, entry: PredicateEntry, inner: Token | None, embedded: str | None
) -> bool:
    """ "called for sanctions against X" threatens X with sanctions (1312), while "urged the
    EU to impose sanctions" asks the EU (an appeal with an addressee stays one)."""
    if entry.kind not in DIRECTIVES or not embedded or embedded[:2] != "16":
        return False
    if entry.pos == "noun" or inner is None:
        return entry.pos == "noun"
    return all(t.i == inner.i for t in verb_roles(token, entry.particle).targets)


def _noun_roles(noun: Token, cameo: str, light: Token | None) -> Roles:
    """Noun roles, plus "meetings ... were led by A and B" when the noun has no possessor."""
    roles = noun_roles(noun, cameo, light)
    if roles.sources or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return roles
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
    leaders = [
        pobj
        for verb in verbs
        if verb.lemma_ in LEADER_VERBS
        for agent in verb.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]
    # a misparse attaches the last leader to the clause: "led by A, and his counterpart, B"
    leaders += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ in NOMINAL]
    if not leaders:
        return roles
    sources = tuple(item for token in leaders for item in conjuncts(token))
    return Roles(sources=sources, targets=roles.targets, inferred=True)


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
    elif entry.pos == "adj":  # "had been reluctant to talk": the copula's subject
        own = Roles(verb_roles(token.head).sources if token.dep_ == "acomp" else ())
    else:
        own = _committed(token, verb_roles(token, entry.particle), entry.kind)
    targets = own.targets
    embedded = None
    if inner is not None and inner_entry is not None:
        embedded = _embedded_roles(inner, inner_entry, analysis)
    elif entry.pos == "verb":
        embedded = _unknown_complement_roles(token)
    if embedded is not None:
        if entry.kind in DIRECTIVES and not targets:
            targets = embedded.sources
        if not targets and not (entry.kind is Kind.AGREE and len(own.sources) >= 2):
            taken = {t.i for t in own.sources}
            targets = tuple(t for t in embedded.targets if t.i not in taken)
    return Roles(own.sources, targets, own.inferred, own.paired)


def _committed(verb: Token, roles: Roles, kind: Kind) -> Roles:
    """ "the government is committed to opening up": a passive intent or pledge with no agent
    states the subject's own resolve, so the subject is the source."""
    if kind not in {Kind.INTENT, Kind.PLEDGE} or roles.sources or not is_passive(verb):
        return roles
    return Roles(roles.targets[:1], roles.targets[1:], roles.inferred)


def _embedded_roles(inner: Token, entry: PredicateEntry, analysis: Analysis) -> Roles:
    if entry.pos == "noun":
        return noun_roles(inner, entry.cameo or "040", analysis.light_verb.get(inner.i))
    return _verb_roles(inner, entry, analysis)


def _unknown_complement_roles(wrapper: Token) -> Roles | None:
    """ "agreed to allow X access", "pledged to work with X": a wrapped verb the lexicon does
    not know still names whom the agreement or pledge concerns (its objects only: its
    subject is the wrapper's)."""
    for clause in wrapper.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            reached = [t for t in verb_roles(clause).targets if _addressed(t)]
            return Roles(targets=tuple(reached))
    return None


def _addressed(token: Token) -> bool:
    """A dative, a prepositional object or a name: someone the act is done to or with; a
    plain object of an unknown verb is as often a thing made ("set up a company")."""
    return token.dep_ in {"dative", "pobj"} or token.pos_ == "PROPN"


def _asked_patients(objects: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "ordered the retrial of X", "demanded the release of X": whom the asked-for act is
    done to, when the object names no actor itself."""
    return tuple(t for o in objects if o.pos_ == "NOUN" for t in prep_objects(o, frozenset({"of"})))


def trigger_span(token: Token, entry: PredicateEntry) -> Span:
    words = [token, *(c for c in token.children if c.dep_ == "prt")]
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
