"""Predicate roles: what a predicate's kind and required objects add to the plain roles.

``arguments`` reads sources and targets off the dependency tree word by word; this module
completes them with what the lexicon entry knows about the predicate: the event object a
verb requires carries the target in its own prepositions ("filed a lawsuit against X"), an
event noun as subject stands for its agents ("U.S. airstrikes killed X"), converse verbs swap
giver and receiver, a wrapper ("agreed to", "urged") takes its targets from the act it
embeds, and second-line (fallback) targets are offered for when the predicate's own objects
name no actor. ``candidates`` builds Candidates from these roles; actors are resolved later.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tidings.extract.arguments import (
    EASING_CODES,
    OWNER_DEPS,
    Roles,
    causees,
    conjuncts,
    document_addressees,
    expand,
    is_passive,
    letter_addressees,
    national_givers,
    noun_roles,
    object_owners,
    prep_objects,
    protest_sites,
    purpose_targets,
    secondary_verb_targets,
    verb_roles,
)
from tidings.extract.codes import VIOLENT_ROOTS
from tidings.extract.lexicon import (
    FORCE_NOUNS,
    Kind,
    PredicateEntry,
    agent_objects,
    for_clause,
    measured,
    parts_of,
    phrase_words,
)
from tidings.extract.structure import (
    DIRECTIVES,
    Analysis,
    event_agents,
    gift_terms,
    is_event,
    required_objects,
)

LEADER_VERBS = frozenset({"lead", "attend", "chair", "head", "join"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# what the source gives, sends or moves is its own: "sent troops", "gave $5 million",
# "withdrew its forces", "joined forces with X"; elsewhere an object the lexicon requires
# may be the target ("summoned the ambassador", "accepted refugees", "trains Iraqi pilots")
OWN_OBJECT_CODES = ("060", "070", "071", "072", "074", "15", "0874", "1661")
# demonstrations: a required object is where they go ("took to the streets of Nairobi"),
# neither a target nor a holder of one
SITE_CODES = ("141",)
# giving, yielding and mobilising move the source's own things ("withdrew its troops")
MOVING_CODES = ("07", "08", "15")
ASKING_ROOTS = frozenset({"02", "10"})  # "demanded the withdrawal of X": X is asked to act
# "refused a request from X", "welcomed an offer from X": who asked or offered; but
# "withdrawal from Iraq", "release from prison" (yielding, force) name a place
FROM_IS_AGENT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13"})
REQUIRED_OWNER_DEPTH = 3  # "sanctions" > "imposed" > "on" > X
# wrappers aimed at whom they are addressed to: demands, appeals, orders and threats
ADDRESSED = DIRECTIVES | {Kind.THREAT}


def predicate_verb_roles(verb: Token, entry: PredicateEntry, analysis: Analysis) -> Roles:
    """Roles of a verbal predicate, with what its event object and its subject event stand for.

    "filed a lawsuit against X", "lifted its sanctions on X": the object that makes the verb
    an event ("file" + lawsuit) carries the target in its own prepositions. "opened fire on
    X": with no other object, a hostile verb's "on" names the target. "French airstrikes
    killed X": an act as subject stands for whoever carried it out."""
    roles = verb_roles(verb, entry.particle, speech=entry.kind is Kind.SPEECH)
    if entry.kind is Kind.SPEECH:
        return roles
    if entry.arrival:
        return arrival_roles(verb, roles, analysis)
    cameo = entry.cameo or "010"
    roles = _sent_forces(verb, roles, cameo)
    objects = required_objects(verb, entry)
    roles = _national_gift(verb, roles, entry)
    taken = {t.i for t in objects}
    if cameo.startswith(OWN_OBJECT_CODES):  # "sent doctors and nurses": both are sent
        taken |= {c.i for o in objects for c in conjuncts(o)}
        taken |= {t.i for t in _sent_by_kind(verb, entry)}
    others = [t for t in roles.targets if t.i not in taken]
    kept = others if cameo.startswith(OWN_OBJECT_CODES + SITE_CODES) else list(roles.targets)
    if cameo.startswith(MOVING_CODES):
        kept = [t for t in kept if not _own(t, roles.sources)]
    if cameo.startswith(DEPLOYING_CODES):  # "deployed troops in Kashmir": the force sent
        kept = [t for t in kept if not _moved_force(t)]
    kept = _victims_of_clause(verb, cameo) + kept
    carriers = objects + parts_of(objects) + gift_terms(verb, cameo)
    carried = [t for o in carriers for t in _carried_targets(o, cameo, analysis)]
    if cameo.startswith(SITE_CODES):
        carried = []
        kept = [t for t in kept if t.lemma_.lower() not in entry.objects]
    secondary = [] if others else secondary_verb_targets(verb, cameo)
    if not kept and not carried:  # the force it moves is no target ("mobilized its army")
        secondary += _planned_act_targets(verb, cameo, analysis)
    sources = _actors_of_events(roles.sources, analysis)
    targets = _unique(kept + carried + secondary, exclude={t.i for t in sources} | {verb.i})
    return replace(roles, sources=sources, targets=targets)


def _sent_by_kind(verb: Token, entry: PredicateEntry) -> list[Token]:
    """ "dispatched relief teams", "sent rescue teams": an object the lexicon matched by its
    modifier is what the source sends, however its head noun ("team") reads as an actor."""
    if not entry.objects:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and phrase_words(c) & entry.objects]


# a show of force made for a hostile act: "mobilized troops for a war against Iraq", "massed
# tanks for an offensive on Kharkiv"; the act planned names whom the force is aimed at
POSTURE_CODES = ("15",)
HOSTILE_ACT_ROOT = "13"  # threats and worse
OPPOSING_PREPS = frozenset({"against"})
PURPOSE_PREPS = frozenset({"for"})


def _planned_act_targets(verb: Token, cameo: str, analysis: Analysis) -> list[Token]:
    """The target of the hostile act a show of force is made for ("for a ground assault
    against Gaza", "for a war against Iraq"), on the verb or on the force it moves; a
    peaceful purpose ("for riot control", "for the elections") names none."""
    if not cameo.startswith(POSTURE_CODES):
        return []
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "troops for a war"
    found: list[Token] = []
    for noun in (n for h in holders for n in prep_objects(h, PURPOSE_PREPS)):
        entry = analysis.entries.get(noun.i)
        code = entry.cameo if entry is not None and entry.pos == "noun" else None
        if is_event(entry) and code is not None and code[:2] >= HOSTILE_ACT_ROOT:
            found.extend(noun_roles(noun, code, None).targets)
        else:  # "a war against Iraq", "a battle against the rebels"
            found.extend(prep_objects(noun, OPPOSING_PREPS))
    return found


# sending or moving forces: peacekeepers (074), shows of force (15) and withdrawals (087)
DEPLOYING_CODES = ("074", "15", "087")


def _sent_forces(verb: Token, roles: Roles, cameo: str) -> Roles:
    """ "UN peacekeepers were deployed to Somalia", "troops were sent to the capital": with no
    agent, the force a passive moves stands for whoever sends it, as its own subject would in
    "UN peacekeepers deployed in Somalia"; it is no target of the move."""
    if not cameo.startswith(DEPLOYING_CODES) or roles.sources or not is_passive(verb):
        return roles
    forces = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in FORCE_NOUNS]
    if not forces:
        return roles
    moved = {t.i for force in forces for t in conjuncts(force)}
    targets = tuple(t for t in roles.targets if t.i not in moved)
    return Roles(tuple(t for f in forces for t in conjuncts(f)), targets, roles.inferred)


# giving: aid, economic and military aid, peacekeeping (070-072, 074)
GIVING_CODES = ("070", "071", "072", "074")


def _national_gift(verb: Token, roles: Roles, entry: PredicateEntry) -> Roles:
    """ "German rescue teams were flown to Haiti", "Chinese vaccines were delivered to Lagos":
    with no agent, the nation named on what a passive gives is its giver, as "U.S. aid" comes
    from the United States; the gift is no target of its own giving."""
    cameo = entry.cameo or ""
    if not cameo.startswith(GIVING_CODES) or roles.sources or not is_passive(verb):
        return roles
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    gifts = [s for s in subjects if phrase_words(s) & entry.objects]  # not "Kenya was granted"
    givers = national_givers([t for g in gifts for t in conjuncts(g)])
    if not givers:
        return roles
    given = {t.i for g in gifts for t in conjuncts(g)}
    targets = tuple(t for t in roles.targets if t.i not in given)
    return Roles(tuple(givers[:1]), targets, roles.inferred)


# force acts (18-20); a main clause whose subject suffers them: "nine soldiers died when
# insurgents attacked", "two civilians were wounded when a shell hit their house"
SUFFERING_MAIN_VERBS = frozenset({"die", "perish"})
SUFFERING_PASSIVES = frozenset({"kill", "wound", "injure", "hurt"})


def _victims_of_clause(verb: Token, cameo: str) -> list[Token]:
    """Who the main clause says died or was hurt by the force act its "when" clause tells:
    the act's first target, before its own object ("attacked their patrol")."""
    if not cameo.startswith(VIOLENT_ROOTS) or verb.dep_ != "advcl":
        return []
    main = verb.head
    lemma = main.lemma_.lower()
    suffering = lemma in SUFFERING_MAIN_VERBS or (lemma in SUFFERING_PASSIVES and is_passive(main))
    if not suffering or not any(c.lower_ == "when" for c in verb.children):
        return []
    return [c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}]


# forces a state deploys besides its army: "deployed hundreds of police officers"
DEPLOYED_NOUNS = FORCE_NOUNS | frozenset(
    {"police", "policeman", "officer", "personnel", "guard", "commando", "reinforcement"}
)


def _moved_force(token: Token) -> bool:
    """An armed force as the object of a move, alone or coordinated ("massed tanks and
    troops"), or counted ("hundreds of police officers"): what the source sends, not whom it
    aims at."""
    objective = _object_or_part(token) or (token.dep_ == "conj" and token.head.dep_ == "dobj")
    return objective and any(
        noun.lemma_.lower() in DEPLOYED_NOUNS for noun in (token, *measured([token]))
    )


def _object_or_part(token: Token) -> bool:
    """The direct object, or what a part object is part of ("withdrew most of its troops")."""
    owner = token.head.head
    return token.dep_ == "dobj" or (owner.dep_ == "dobj" and token in parts_of([owner]))


# where an arrival ends: "reached Gaza", "arrived in Juba", "landed at Lagos airport"
ARRIVAL_PREPS = frozenset({"in", "at", "to", "into"})


def arrival_roles(verb: Token, roles: Roles, analysis: Analysis) -> Roles:
    """ "Humanitarian aid from Turkey reached Gaza", "the first shipment of U.S. vaccines
    landed in Lagos", "Chinese peacekeepers arrived in Juba": what arrives is sent by the
    actor named inside it (else it is that actor, as peacekeepers are their army), and the
    place it reaches receives it."""
    subjects = roles.sources
    senders = object_owners(subjects)
    if not senders:
        senders = tuple(_named_or_self(t, analysis) for t in subjects)
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += prep_objects(verb, ARRIVAL_PREPS)
    return Roles(senders, _unique(places, exclude={t.i for t in senders}), roles.inferred)


def _named_or_self(subject: Token, analysis: Analysis) -> Token:
    """An event noun stands for the nationality modifying it or what it carries ("Turkish
    aid", "a consignment of Chinese medical supplies" are Turkey's and China's)."""
    if subject.i not in analysis.entries:
        return subject
    for token in subject.subtree:
        if token.dep_ == "amod" and token.ent_type_ in {"NORP", "GPE"}:
            return token
    return subject


def _own(token: Token, sources: tuple[Token, ...]) -> bool:
    """ "withdrew its troops", "the allies deployed their warships": an object the pronoun of
    the subject possesses is what the source moves, not whom it acts on ("Iran released
    their crew" is someone else's crew)."""
    plural = any(
        s.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in s.children) for s in sources
    )
    pronouns = {"its", "their"} if plural else {"its"}
    return _object_or_part(token) and any(
        c.dep_ == "poss" and c.lower_ in pronouns for c in token.children
    )


def _carried_targets(noun: Token, cameo: str, analysis: Analysis) -> tuple[Token, ...]:
    return noun_roles(noun, _noun_code(noun, cameo, analysis), None).targets


# a measure eased undoes a restriction imposed on someone (172), whose "on X" names the target
LIFTED_MEASURE = "172"


def _noun_code(noun: Token, cameo: str, analysis: Analysis) -> str:
    """An event object's own code when the lexicon knows it: lifting sanctions lifts a
    hostile act, whose "on X" names the target; a measure eased is read as imposed."""
    entry = analysis.entries.get(noun.i)
    if entry is not None and entry.pos == "noun" and entry.cameo:
        return entry.cameo
    if cameo.startswith(EASING_CODES):
        return LIFTED_MEASURE
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


FROM = frozenset({"from"})


def converse(verb: Token, roles: Roles) -> Roles:
    """ "Y received aid from X": X, the "from" object, gives; Y, the subject, receives."""
    sums = [c for c in verb.children if c.dep_ == "dobj"]  # "got $5 million from X"
    givers = tuple(prep_objects(verb, FROM) or [g for s in sums for g in prep_objects(s, FROM)])
    receivers = roles.sources + tuple(t for t in roles.targets if t not in givers)
    return Roles(givers, receivers, roles.inferred)


def predicate_noun_roles(noun: Token, cameo: str, light: Token | None) -> Roles:
    """Noun roles, plus "meetings ... were led by A and B" when the noun has no possessor."""
    roles = noun_roles(noun, cameo, light)
    if cameo.startswith(MOVING_CODES):  # "put its air force on alert": its own, no target
        roles = replace(roles, targets=tuple(t for t in roles.targets if not _own(t, ())))
    if roles.sources or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return roles
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
    leaders = [p for verb in verbs if verb.lemma_ in LEADER_VERBS for p in agent_objects(verb)]
    # a misparse attaches the last leader to the clause: "led by A, and his counterpart, B"
    leaders += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ in NOMINAL]
    if not leaders:
        return roles
    sources = tuple(item for token in leaders for item in conjuncts(token))
    return Roles(sources=sources, targets=roles.targets, inferred=True)


def wrapper_roles(
    token: Token,
    entry: PredicateEntry,
    inner: Token | None,
    inner_entry: PredicateEntry | None,
    analysis: Analysis,
) -> Roles:
    if entry.pos == "noun":
        own = noun_roles(token, entry.cameo or "030", _carrier(token, analysis))
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
    if entry.kind in DIRECTIVES and not targets:
        targets = _for_clause_subjects(token) or _that_clause_subjects(token)
        targets = targets or tuple(letter_addressees(token))
    if entry.kind is Kind.ACCUSE and not targets and entry.pos == "verb":
        targets = accused_in_clause(token)
    if embedded is not None and not targets and inner is not None:
        targets = _let_act(token, inner)
    if embedded is not None:
        if entry.kind in DIRECTIVES and not targets:
            targets = embedded.sources
        if not targets and not (entry.kind is Kind.AGREE and len(own.sources) >= 2):
            taken = {t.i for t in own.sources}
            targets = tuple(t for t in embedded.targets if t.i not in taken)
        if not targets and _refused_act_of_others(entry, inner_entry):
            taken = {t.i for t in own.sources}
            targets = tuple(t for t in embedded.sources if t.i not in taken)
    return Roles(own.sources, targets, own.inferred, own.paired)


def _refused_act_of_others(entry: PredicateEntry, inner_entry: PredicateEntry | None) -> bool:
    """ "refused to accept the deployment of AU peacekeepers", "refused to allow a visit by
    the UN envoy": an act named by a noun that the refuser turns down is someone else's, and
    whoever would do it is the one refused."""
    return entry.kind is Kind.REFUSE and inner_entry is not None and inner_entry.pos == "noun"


def _for_clause_subjects(verb: Token) -> tuple[Token, ...]:
    """ "called for the United States to reform its laws": whoever the "for" clause has act
    is asked, whether or not the lexicon knows the act."""
    clause = for_clause(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if clause is None:
        return ()
    return expand([c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}])


def _that_clause_subjects(verb: Token) -> tuple[Token, ...]:
    """ "demanded that Japan correct its textbooks", "insisted that India hand over the
    evidence": whoever the demanded clause has act is asked, whether or not the lexicon
    knows the act (an unknown act leaves the demand without its addressee otherwise)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return ()
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i and clause.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].tag_ not in {"WP", "EX"}:
                return expand(subjects)
    return ()


def _let_act(wrapper: Token, inner: Token) -> tuple[Token, ...]:
    """ "refused to let UN inspectors visit the site", "agreed to allow observers to monitor
    the vote": a causative between the wrapper and the act makes whom it lets act the party
    the refusal or agreement is aimed at, not the object of their act."""
    token = inner.head
    while token.i != wrapper.i and token.head.i != token.i:
        found = causees(token)
        if found:
            return expand(found)
        token = token.head
    return ()


def _carrier(noun: Token, analysis: Analysis) -> Token | None:
    """The verb whose subject makes the wrapping noun ("renewed its call for", "made a
    demand"): the light verb, else the verb it is the object of, unless that verb is an act of
    its own on someone else's demand or offer ("Syria rejected a UN demand")."""
    light = analysis.light_verb.get(noun.i)
    if light is not None or noun.dep_ not in {"dobj", "attr"}:
        return light
    return None if noun.head.i in analysis.entries else noun.head


def _committed(verb: Token, roles: Roles, kind: Kind) -> Roles:
    """ "the government is committed to opening up": a passive intent or pledge with no agent
    states the subject's own resolve, so the subject is the source."""
    if kind not in {Kind.INTENT, Kind.PLEDGE} or roles.sources or not is_passive(verb):
        return roles
    return Roles(roles.targets[:1], roles.targets[1:], roles.inferred)


# whom a government or commander orders as its own instrument: "ordered troops to occupy
# the gas fields", "ordered the police to disperse the crowd"
COMMANDED_NOUNS = frozenset(
    {"troop", "force", "soldier", "army", "military", "police", "policeman", "navy"}
    | {"guard", "marine", "paratrooper", "commando", "unit", "battalion", "brigade"}
    | {"division", "warplane", "jet", "warship", "gendarme", "gendarmerie", "militia"}
)


def commands_own_forces(order: Token) -> bool:
    """Whether an order's object is an armed force or police ("ordered troops to ..."): the
    ordered act is the orderer's own, not a demand made of another party."""
    objects = [c for c in order.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in COMMANDED_NOUNS for o in objects)


def commanded_roles(
    order: Token, inner: Token, inner_entry: PredicateEntry, roles: Roles, analysis: Analysis
) -> Roles:
    """ "Morales ordered troops to occupy the gas fields", "Maliki ordered the security forces
    to crack down on the militias": the orderer does the act through the forces, to the
    act's own targets (never the forces themselves)."""
    forces = {c.i for c in order.children if c.dep_ == "dobj"}
    embedded = _embedded_roles(inner, inner_entry, analysis)
    targets = tuple(t for t in embedded.targets if t.i not in forces)
    return Roles(roles.sources, targets, roles.inferred, roles.paired)


def _embedded_roles(inner: Token, entry: PredicateEntry, analysis: Analysis) -> Roles:
    if entry.pos == "noun":
        return noun_roles(inner, entry.cameo or "040", analysis.light_verb.get(inner.i))
    return predicate_verb_roles(inner, entry, analysis)


def _unknown_complement_roles(wrapper: Token) -> Roles | None:
    """ "agreed to allow X access", "pledged to work with X": a wrapped verb the lexicon does
    not know still names whom the agreement or pledge concerns (its objects only: its
    subject is the wrapper's)."""
    for clause in wrapper.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            targets = verb_roles(clause).targets
            reached = [t for t in targets if _addressed(t)]
            reached += [p for t in targets if not _addressed(t) for p in _partners(t)]
            return Roles(targets=tuple(reached))
    return None


PARTNER_PREPS = frozenset({"with", "between"})


def _partners(thing: Token) -> list[Token]:
    """ "vowed to deepen its partnership with Pakistan", "pledged to expand trade with X":
    the partner of a relation the unknown verb works on is whom the pledge concerns."""
    if thing.pos_ != "NOUN":
        return []
    return [o for p in prep_objects(thing, PARTNER_PREPS) for o in conjuncts(p)]


def _addressed(token: Token) -> bool:
    """A dative, a prepositional object or a name: someone the act is done to or with; a
    plain object of an unknown verb is as often a thing made ("set up a company"), but
    whom a causative lets act is someone ("allow UN peacekeepers into Darfur")."""
    if token.dep_ in {"dative", "pobj"} or token.pos_ == "PROPN":
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in RECEIVING_VERBS:
        return True
    governor = token.head.head if token.dep_ == "nsubj" else token.head
    return token in causees(governor)


# verbs whose plain object is someone let in: "refused to accept AU peacekeepers", "agreed to
# admit UN inspectors"
RECEIVING_VERBS = frozenset({"accept", "admit", "receive", "welcome", "host", "readmit"})


def fallback_targets(
    verb: Token, entry: PredicateEntry, roles: Roles, analysis: Analysis
) -> tuple[Token, ...]:
    """Targets tried when the verb's own name no actor, best first (the extractor takes the
    first that resolves): the agent of an event object ("condemned a rally by X"), owners of
    the verb's own objects (not of the places in "sanctions on X in Y"), the object of a
    purpose clause ("donated aid to help X"), and for statements what they are about."""
    cameo = entry.cameo or "010"
    if cameo.startswith(SITE_CODES) and entry.objects:  # "the streets of Nairobi" is a place
        return ()
    own = verb_roles(verb, entry.particle, speech=entry.kind is Kind.SPEECH)
    required = required_objects(verb, entry)
    taken = {t.i for t in required}
    own = replace(own, targets=tuple(t for t in own.targets if t.i not in taken))
    accusing = entry.kind is Kind.SPEECH and cameo.startswith(ACCUSATION_ROOT)
    found = (
        (accused_in_clause(verb) if accusing else ())
        + _event_participants(roles.targets, cameo, analysis)
        + _owners(verb, own)
        + _required_object_owners(tuple(required), cameo)
        + tuple(purpose_targets(verb))
        + tuple(protest_sites(verb, cameo))
    )
    return found + _told_about(verb) if cameo.startswith("01") else found


ACCUSATION_ROOT = "11"


def accused_in_clause(verb: Token) -> tuple[Token, ...]:
    """ "charged that Somalia had failed to stop the militants", "alleged that the ruling
    party had rigged the vote": the subject of what is charged is whom the charge is aimed
    at."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return expand(subjects)
    return ()


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


def _told_about(verb: Token) -> tuple[Token, ...]:
    """ "admitted that it had kidnapped 13 Japanese": a statement about an act concerns the
    act's target."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.pos_ in {"VERB", "AUX"}:
            found = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}]
            if found:
                return tuple(found[:1])
    return ()


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


def wrapper_fallback(
    token: Token, entry: PredicateEntry, roles: Roles, analysis: Analysis
) -> tuple[Token, ...]:
    """Owners of a non-actor object ("condemned Russia's annexation"); for demands and
    appeals, the agent or patient of the act asked for ("ordered the arrest of X"), then for
    them and for threats whom the letter they are made in is sent to."""
    owners = object_owners(roles.targets)
    if owners or entry.kind not in ADDRESSED:
        return owners
    addressees = tuple(document_addressees(token))
    if entry.kind not in DIRECTIVES:
        return addressees
    asked = _event_participants(roles.targets, entry.cameo or "100", analysis)
    return (asked or _asked_patients(roles.targets)) + addressees


def inner_fallback(
    wrapper: Token,
    cameo: str,
    inner: Token | None,
    inner_entry: PredicateEntry | None,
    analysis: Analysis,
) -> tuple[Token, ...]:
    """Second-line targets of the act a wrapper embeds: "agreed to write off Iraq's debt",
    "refused to accept Fujimori's resignation" are aimed at the party the act itself would
    reach through its object, known verb or not."""
    if inner is not None and inner_entry is not None and inner_entry.pos == "verb":
        roles = predicate_verb_roles(inner, inner_entry, analysis)
        return fallback_targets(inner, inner_entry, roles, analysis)
    if inner is not None or wrapper.pos_ != "VERB":
        return ()
    for clause in wrapper.children:
        if clause.dep_ == "xcomp" and clause.pos_ == "VERB":
            objects = tuple(c for c in clause.children if c.dep_ == "dobj")
            return _event_participants(objects, cameo, analysis) + object_owners(objects)
    return ()


def _asked_patients(objects: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "ordered the retrial of X", "demanded the release of X": whom the asked-for act is
    done to, when the object names no actor itself."""
    return tuple(t for o in objects if o.pos_ == "NOUN" for t in prep_objects(o, frozenset({"of"})))
