"""Candidates: a matched predicate with its CAMEO code, role tokens and modality.

Roles come from ``predicate_roles`` (which completes what ``arguments`` reads off the
parse); this module decides the code, modality, trigger span and whether a candidate is an
event at all (titles, duties, open intents). Actors are not resolved here (see ``extractor``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from tidings.extract.arguments import (
    REQUEST_NOUNS,
    Roles,
    is_decided_act,
    is_document_clause,
    is_infinitive,
    misparsed_main_verb,
    object_owners,
    place_targets,
    refuge_places,
    takes_place_target,
    verb_roles,
)
from tidings.extract.cautions import condition_parties, is_idle_warning, reprisal_parties
from tidings.extract.codes import (
    APPEAL,
    DEMAND,
    INTENT,
    REFUSE,
    THREAT,
    is_conflict,
    is_declined,
    lookup,
    wrapped_code,
)
from tidings.extract.lexicon import Kind, PredicateEntry
from tidings.extract.modality import (
    APPEALING,
    base_modality,
    is_future,
    is_imperative,
    is_negated,
    mandating_verb,
    needed_act,
    wrapper_modality,
)
from tidings.extract.predicate_roles import (
    commanded_roles,
    commands_own_forces,
    converse,
    fallback_targets,
    inner_fallback,
    predicate_noun_roles,
    predicate_verb_roles,
    wrapper_fallback,
    wrapper_roles,
)
from tidings.extract.structure import (
    DESIRE_VERBS,
    DIRECTIVES,
    OBLIGATION_AUX,
    WRAPPERS,
    Analysis,
    desired_event,
)
from tidings.model import Modality

TARGET_FIRST = DIRECTIVES | {Kind.ACCUSE, Kind.REFUSE}
# attitudes one party takes towards another, even about a joint act: "threatened to break
# off the talks" is one side's threat, aimed at the other
ONE_SIDED = TARGET_FIRST | {Kind.THREAT}
# modals of a reported obligation on a known predicate; ``structure`` turns unknown verbs
# into obligations only with OBLIGATION_AUX
OBLIGATION = OBLIGATION_AUX | {"ought"}
EMPTY_NOUNS = frozenset({"utmost", "effort"})  # mean nothing without what they aim at
SCOPE_WORDS = frozenset(
    {"multilateral", "six", "four", "regional", "international", "global", "multinational"}
)
GROUP_WORDS = frozenset({"country", "nation", "side", "government", "neighbour", "neighbor"})
COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# "would not accept Russia's terms", "will not agree to a freeze": announcing that one will not
# accept or agree refuses (12x), as announcing that one will not cooperate does
ACCEPTING_ROOTS = frozenset({"03"})
# what one wants others to give or concede ("wants the lifting of sanctions") is asked for
GRANTED_ROOTS = frozenset({"07", "08"})
THREAT_ROOT = "13"
MATERIAL_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


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
    places: tuple[Token, ...] = ()  # "deployed troops in Libya": the country is the target, last


# a judgement adjective is passed on a party through a copula or a verb of judging
PREDICATE_ADJ_DEPS = frozenset({"acomp", "oprd", "ccomp", "xcomp", "attr"})
PREDICATE_PREP_DEPS = frozenset({"prep"})  # "was behind the attack"
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
    if _to_blame(token, entry):
        return _judgement(token, entry, analysis)
    if entry.kind in WRAPPERS:
        return wrapper(token, entry, analysis)
    if entry.cameo is None:
        return None
    untethered = not _subjects_of(token)
    titled = token.dep_ == "acl" and token.tag_ != "VBN" and not is_document_clause(token)
    titled = titled and not _decided(token, analysis) and not misparsed_main_verb(token)
    if entry.pos == "verb" and titled and untethered:
        return None  # "ambassador for talks to normalise relations": a title, not an event
    if entry.pos in {"adj", "prep"}:
        return _judgement(token, entry, analysis)
    asker = mandating_verb(analysis.light_verb.get(token.i, token))
    if asker is not None:
        table = APPEAL if asker.lemma_.lower() in APPEALING else DEMAND
        return _asked(token, entry, analysis, asker, table, "mandate")
    speech_verb = analysis.speaker.get(token.i)
    if speech_verb is not None and any(c.lower_ in OBLIGATION for c in token.children):
        return _asked(token, entry, analysis, speech_verb, DEMAND, "obligation")
    if speech_verb is not None and needed_act(token):
        return _asked(token, entry, analysis, speech_verb, APPEAL, "needed")
    if speech_verb is not None and entry.pos == "verb" and is_imperative(token):
        return _ordered(token, entry, speech_verb)
    return _plain(token, entry, analysis)


def _decided(verb: Token, analysis: Analysis) -> bool:
    """ "Germany's decision to expel the envoy" does the act; a decision that is itself acted
    on ("reversed its decision to expel", "postponed the decision to"), or denied ("no
    decision to"), does not."""
    if not is_decided_act(verb):
        return False
    noun = verb.head
    if noun.i in analysis.consumed or any(c.lower_ == "no" for c in noun.children):
        return False
    governor = noun.head
    undone = noun.dep_ == "dobj" and governor.lemma_.lower() in CALLING_OFF | UNDOING
    return not (undone or _called_off(noun) or is_negated(governor))


def _ordered(token: Token, entry: PredicateEntry, speech_verb: Token) -> Candidate:
    """'"Release the hostages," the minister told the rebels', 'said the message was clear:
    end hostilities now': an imperative in someone's words demands the act of whom they
    address (the speech verb's object), and reports no act."""
    addressees = tuple(c for c in speech_verb.children if c.dep_ in {"dobj", "dative"})
    return Candidate(
        trigger=token,
        trigger_span=trigger_span(token, entry),
        cameo=lookup(DEMAND, entry.cameo, "100"),
        roles=Roles(_subjects_of(speech_verb), addressees, inferred=True),
        symmetric=False,
        modality=Modality.ASSERTED,
        rule=f"imperative>{entry.rule}",
        noun=False,
    )


def _plain(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate:
    light = analysis.light_verb.get(token.i)
    cameo = entry.cameo or "010"
    if entry.pos == "verb" and cameo == TROOP_DEPLOYMENT and _keeps_peace(token):
        cameo = PEACEKEEPING
    if entry.pos == "noun":
        roles = predicate_noun_roles(token, cameo, light)
    else:
        roles = predicate_verb_roles(token, entry, analysis)
        if entry.converse:
            roles = converse(token, roles)
    anchor = light if light is not None else token
    modality = base_modality(anchor)
    if light is not None and modality is Modality.ASSERTED:
        modality = base_modality(token)
    if entry.pos == "noun" and light is None and _called_off(token):
        modality = Modality.NEGATED
    cameo, modality = _announced(anchor, cameo, modality)
    fallback = fallback_targets(token, entry, roles, analysis) if entry.pos == "verb" else ()
    if modality is Modality.THREATENED:
        fallback += condition_parties(anchor)
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
        fallback=fallback,
        qualifiers=_qualifiers(token) if entry.pos == "noun" else (),
        places=_places(token, light, cameo, entry),
    )


def _places(
    token: Token, light: Token | None, cameo: str, entry: PredicateEntry
) -> tuple[Token, ...]:
    """Places standing for the target: where a material act is done, where refuge is sought."""
    if takes_place_target(cameo):
        return place_targets(token, light, cameo.startswith(GIVING))
    return refuge_places(token) if entry.pos == "verb" else ()


# Verbs that keep their subject event from happening: "the withdrawal was postponed", "the
# delivery of aid was delayed"; "was completed", "began", "resumed" leave it asserted
CALLING_OFF = frozenset(
    {"postpone", "delay", "cancel", "suspend", "shelve", "defer", "halt", "scrap", "stall"}
    | {"block", "stop", "freeze", "abandon", "drop", "reschedule"}
)
UNDOING = frozenset({"reverse", "revoke", "overturn", "rescind", "reconsider", "annul"})
CALLING_OFF_PARTICLES = frozenset({"call", "put"})  # "was called off", "was put off"


def _called_off(noun: Token) -> bool:
    """Whether an event noun is the subject of a verb that calls it off."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    off = any(c.lower_ == "off" and c.dep_ in {"prt", "advmod", "prep"} for c in verb.children)
    return lemma in CALLING_OFF or (lemma in CALLING_OFF_PARTICLES and off)


GIVING = "07"  # aid of every kind, whose places are also those of its beneficiaries
TROOP_DEPLOYMENT = "154"
PEACEKEEPING = "074"  # provide military protection or peacekeeping
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"})
# where a deployment says what it is for: "sent troops to join the UN peacekeeping force",
# "as part of a peacekeeping mission", "to Kuwait, its first peacekeeping mission"
PURPOSE_DEPS = frozenset({"prep", "advcl", "xcomp", "dobj"})


def _keeps_peace(verb: Token) -> bool:
    """Troops sent to keep the peace, or at the request of the country they go to, protect
    it (CAMEO 074, aid) rather than show force (154): "sent 900 troops to join the UN
    peacekeeping force in Lebanon", "sent troops to Bahrain at the request of its government".
    Only the verb's own objects, prepositions and purpose clauses count: a peacekeeping force
    named elsewhere in the sentence says nothing of this deployment."""
    for child in verb.children:
        if child.dep_ not in PURPOSE_DEPS:
            continue
        if _at_request(child):
            return True
        if child.dep_ in CLAUSE_DEPS and not _purpose_clause(child):
            continue  # "as UN peacekeepers withdrew" is no purpose of the deployment
        if any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in child.subtree):
            return True
    return False


CLAUSE_DEPS = frozenset({"advcl", "xcomp"})


def _at_request(prep: Token) -> bool:
    """ "at the request of its government", "at the invitation of Baghdad"."""
    at = prep.dep_ == "prep" and prep.lower_ == "at"
    return at and any(g.lemma_.lower() in REQUEST_NOUNS for g in prep.children)


def _purpose_clause(clause: Token) -> bool:
    """An infinitive of purpose with no subject of its own: "to join the force"."""
    return is_infinitive(clause) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children
    )


def _announced(anchor: Token, cameo: str, modality: Modality) -> tuple[str, Modality]:
    """A future act is announced, not done: "will release X" is an intent to release (035x),
    "will not lift the ban" a refusal (124x), "will attack" a threat (13x); a deal that
    parties "failed to reach" is rejected (127); a conflict act that only "could" come
    "unless" (or "if") the other side gives way is a threat too, and a cooperative one that
    "could" come "if" it does an offer (03x)."""
    if cameo == "057" and anchor.dep_ == "xcomp" and anchor.head.lemma_ == "fail":
        return "127", Modality.ASSERTED  # "failed to reach a deal": the plan is rejected
    root = cameo[:2]
    if modality is Modality.HYPOTHETICAL and root in MATERIAL_CONFLICT_ROOTS and _unless(anchor):
        return lookup(THREAT, cameo, "130"), Modality.THREATENED  # "could cut gas unless"
    if modality is Modality.HYPOTHETICAL and root in COOPERATIVE_ROOTS and _unless(anchor):
        return lookup(INTENT, cameo, "030"), Modality.INTENDED  # "could resume aid if"
    if not is_future(anchor) or modality is Modality.HYPOTHETICAL:
        return cameo, modality
    if root in COOPERATIVE_ROOTS | ACCEPTING_ROOTS and modality is Modality.NEGATED:
        return lookup(REFUSE, cameo, "120"), Modality.ASSERTED
    if root in COOPERATIVE_ROOTS:
        return lookup(INTENT, cameo, "030"), Modality.INTENDED
    if root in MATERIAL_CONFLICT_ROOTS and modality is Modality.ASSERTED:
        return lookup(THREAT, cameo, "130"), Modality.THREATENED
    return cameo, modality


# conjunctions of a condition a threatened act hangs on
THREAT_CONDITIONS = frozenset({"unless", "if"})


def _unless(anchor: Token) -> bool:
    """The act hangs on an "unless" or "if" clause: a condition set to the other side, as
    threats are ("could cut supplies unless Kiev pays", "could suspend its aid if the
    fighting went on")."""
    return any(
        child.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS for m in child.children)
        for child in anchor.children
    )


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


def _asked(
    token: Token,
    entry: PredicateEntry,
    analysis: Analysis,
    asker: Token,
    table: dict[str, str],
    how: str,
) -> Candidate:
    """'X said Y should be returned', 'X insists that the rebels release them', 'X proposed
    that the parties resume talks': a demand (10x) or an appeal (02x) by X, whoever is to act
    the target; the act itself is not reported."""
    own = _plain(token, entry, analysis)
    addressee = own.roles.sources  # the subject, or the agent of a passive
    default = "100" if table is DEMAND else "020"
    return Candidate(
        trigger=token,
        trigger_span=own.trigger_span,
        cameo=lookup(table, entry.cameo, default),
        roles=Roles(_subjects_of(asker), addressee, inferred=True),
        symmetric=False,
        modality=Modality.ASSERTED,
        rule=f"{how}>{entry.rule}",
        noun=False,
    )


def _subjects_of(verb: Token) -> tuple[Token, ...]:
    """A verb's active subjects: the speaker of a speech verb, the party a copula judges."""
    return tuple(c for c in verb.children if c.dep_ == "nsubj")


def _to_blame(token: Token, entry: PredicateEntry) -> bool:
    """ "Kiev is to blame for this tragedy, Putin said": the copula's subject is the one
    blamed, by the speaker; it blames no one itself."""
    if entry.kind is not Kind.ACCUSE or token.dep_ != "xcomp" or token.head.lemma_ != "be":
        return False
    return is_infinitive(token)


def _predicated(adjective: Token) -> bool:
    """ "said the vote was illegal", "called the move unconstitutional": the adjective is said
    of a party; "illegal migration" (a modifier), "pleaded guilty" (an admission) and "those
    who were responsible" (nobody named) judge no one."""
    deps = PREDICATE_PREP_DEPS if adjective.pos_ == "ADP" else PREDICATE_ADJ_DEPS
    if adjective.dep_ not in deps or adjective.head.lemma_ not in JUDGING_HEADS:
        return False
    return not any(s.tag_ in {"WP", "WDT"} for s in _subjects_of(adjective.head))


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
    subjects = _subjects_of(token.head)
    return Candidate(
        trigger=token,
        trigger_span=token.doc[token.i : token.i + 1],
        cameo=entry.cameo or "010",
        roles=Roles(_subjects_of(speech), subjects, inferred=True),
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
    own = _wrapper_base_modality(token, entry)
    embedded = inner_entry.cameo if inner_entry else None
    if entry.kind is Kind.THREAT and is_idle_warning(token, inner, embedded):
        return _foreseen(token, entry, analysis)
    if _wants_granted(token, entry, inner, embedded, analysis):
        entry = replace(entry, kind=Kind.APPEAL, cameo="020")  # "wants the lifting of X"
    cameo = wrapped_code(entry.kind, entry.cameo, embedded, own is Modality.NEGATED)
    roles = wrapper_roles(token, entry, inner, inner_entry, analysis)
    modality = wrapper_modality(entry.kind, embedded, own)
    if _calls_for_sanctions(token, entry, inner, embedded) and own is Modality.ASSERTED:
        cameo, modality = lookup(THREAT, embedded, "131"), Modality.THREATENED
    if own is Modality.ASSERTED and _forsworn(entry, inner):
        cameo, modality = _forswearing(entry.kind, embedded)
    if _will_not_agree(token, entry, own, embedded):
        cameo, modality = lookup(REFUSE, embedded, "120"), Modality.ASSERTED
    if entry.kind is Kind.ORDER and inner_entry and embedded and commands_own_forces(token):
        cameo = embedded  # the orderer's own act, done through its forces
        roles = commanded_roles(token, inner, inner_entry, roles, analysis)
    fallback = wrapper_fallback(token, entry, roles, analysis)
    fallback += inner_fallback(token, cameo, inner, inner_entry, analysis)
    if cameo[:2] == THREAT_ROOT:
        fallback += reprisal_parties(token) + condition_parties(token, inner)
    symmetric = entry.kind is Kind.AGREE or bool(inner_entry and inner_entry.symmetric)
    symmetric = symmetric and entry.kind not in ONE_SIDED and cameo[:2] != REFUSAL_ROOT
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
        fallback=fallback,
        places=_wrapped_places(entry, inner, embedded, analysis),
    )


def _foreseen(token: Token, entry: PredicateEntry, analysis: Analysis) -> Candidate:
    """ "Aid agencies warned of famine", "warned that the policy was dangerous": a warning
    that threatens no one is a statement (010) by whoever gives it."""
    roles = wrapper_roles(token, entry, None, None, analysis)
    return Candidate(
        trigger=token,
        trigger_span=trigger_span(token, entry),
        cameo="010",
        roles=Roles(roles.sources, (), roles.inferred, roles.paired),
        symmetric=False,
        modality=base_modality(token),
        rule=f"{entry.rule}>foreseen",
        noun=False,
    )


# "vowed not to release her", "pledged never to negotiate with terrorists": a promise not to
# make a concession or to cooperate refuses it (12x); "promised not to attack" forswears force,
# an intent to de-escalate (0356; 035 for other conflict acts)
FORSWEARING = frozenset({Kind.INTENT, Kind.PLEDGE})
REFUSAL_ROOT = "12"  # one party refuses, even to talk: never symmetric
DE_ESCALATION_ROOTS = frozenset({"15", "18", "19", "20"})


def _will_not_agree(
    token: Token, entry: PredicateEntry, own: Modality, embedded: str | None
) -> bool:
    """ "Israel will not agree to a settlement freeze": an agreement announced as never coming
    refuses the act (12x); "has not agreed to" is only not yet done, and a refusal to agree to
    fight is no refusal of cooperation."""
    if entry.kind is not Kind.AGREE or own is not Modality.NEGATED or is_conflict(embedded):
        return False
    return is_future(token)


def _forsworn(entry: PredicateEntry, inner: Token | None) -> bool:
    if entry.kind not in FORSWEARING and entry.kind is not Kind.AGREE:
        return False
    return inner is not None and inner.pos_ in {"VERB", "AUX"} and is_negated(inner)


def _forswearing(kind: Kind, embedded: str | None) -> tuple[str, Modality]:
    if is_conflict(embedded):
        code = "0356" if embedded and embedded[:2] in DE_ESCALATION_ROOTS else "035"
        return code, Modality.INTENDED
    if kind in FORSWEARING:
        return lookup(REFUSE, embedded, "120"), Modality.ASSERTED
    return lookup(INTENT, embedded, "030"), Modality.INTENDED


# wrappers of the source's own act: "agreed to lay down their weapons in eastern Lebanon",
# "threatened to launch strikes in Syria"; an act asked of others has an addressee instead
OWN_ACT_WRAPPERS = frozenset({Kind.INTENT, Kind.PLEDGE, Kind.AGREE, Kind.THREAT})


def _wrapped_places(
    entry: PredicateEntry, inner: Token | None, embedded: str | None, analysis: Analysis
) -> tuple[Token, ...]:
    """Places the wrapped material act is done in: the wrapper's target when none other."""
    if inner is None or not embedded or entry.kind not in OWN_ACT_WRAPPERS:
        return ()
    if not takes_place_target(embedded):
        return ()
    return place_targets(inner, analysis.light_verb.get(inner.i))


def _wrapper_base_modality(token: Token, entry: PredicateEntry) -> Modality:
    """ "is not willing to withdraw": an adjective is negated through its copula."""
    own = base_modality(token)
    if own is Modality.ASSERTED and entry.pos == "adj" and token.dep_ == "acomp":
        return Modality.NEGATED if is_negated(token.head) else own
    return own


def _wants_granted(
    token: Token,
    entry: PredicateEntry,
    inner: Token | None,
    embedded: str | None,
    analysis: Analysis,
) -> bool:
    """ "Cuba wants the lifting of sanctions", "sought the easing of the embargo": wanting
    an act of giving or conceding, named as a noun, asks it of whoever is to grant it; and
    "Cuba wants the US to lift sanctions" wants an act of someone else whatever it is."""
    if entry.kind is not Kind.INTENT or inner is None or not embedded:
        return False
    if _acted_by_another(token, inner):
        return True
    if embedded[:2] not in GRANTED_ROOTS:
        return False
    found = desired_event(token, analysis.entries)
    return found is not None and found.i == inner.i


def _acted_by_another(verb: Token, inner: Token) -> bool:
    """ "wants the US to lift sanctions", "wants the US to stop arms sales": a verb of
    wanting whose clause, holding the act, has its own subject."""
    if verb.lemma_.lower() not in DESIRE_VERBS:
        return False
    clause = inner
    while clause.head.i != verb.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.head.i != verb.i or clause.dep_ != "ccomp":
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


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
    # "is not ready to contribute to Y"
    declined = is_declined(entry.kind, None, own is Modality.NEGATED)
    return Candidate(
        trigger=token,
        trigger_span=trigger_span(token, entry),
        cameo="120" if declined else entry.cameo or "030",
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
    if _addressee_acts(token, inner):
        return False
    if entry.pos == "noun" or inner is None:
        return entry.pos == "noun"
    return all(t.i == inner.i for t in verb_roles(token, entry.particle).targets)


def _addressee_acts(wrapper: Token, inner: Token | None) -> bool:
    """ "renewed its call for Israel to halt the demolitions", "wants Israel to freeze
    settlement activity": the act asked for has its own subject between the wrapper and it,
    so someone named is asked to do it (an appeal), not threatened with it."""
    if inner is None:
        return False
    token = inner
    while token.i != wrapper.i and token.head.i != token.i:
        if token.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        ):
            return True
        token = token.head
    return False


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
