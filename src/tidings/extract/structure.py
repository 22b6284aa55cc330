"""Sentence structure the extractor needs: matched predicates, light verbs, complements, speech.

``Analysis`` is built once per sentence: which tokens the lexicon knows, which event nouns are
carried by a light verb ("held talks"), what each wrapping predicate wraps ("agreed to
resume talks"), and which clauses are reported speech of whom ("X said Y attacked Z").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from tidings.extract.arguments import is_infinitive, prep_objects
from tidings.extract.codes import VIOLENT_ROOTS
from tidings.extract.lexicon import (
    Kind,
    PredicateEntry,
    PredicateLexicon,
    given_noun,
    measured,
    particle_objects,
    phrase_words,
)
from tidings.extract.modality import is_alternative, is_needing_clause, mandating_verb
from tidings.extract.ultimatum import ULTIMATUM, demanded_tokens, ultimatum_parts

OF = frozenset({"of"})
WRAPPERS = frozenset(
    {
        Kind.INTENT,
        Kind.PLEDGE,
        Kind.AGREE,
        Kind.THREAT,
        Kind.APPEAL,
        Kind.DEMAND,
        Kind.ORDER,
        Kind.ACCUSE,
        Kind.DENY,
        Kind.REFUSE,
        Kind.RULEOUT,
    }
)
# predicates that ask someone else to act: the addressee is the target
DIRECTIVES = frozenset({Kind.APPEAL, Kind.DEMAND, Kind.ORDER})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "acl", "relcl", "advcl"})
DESCEND_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acl", "pcomp", "pobj", "prep"})
SPEECH_CLAUSES = frozenset({"ccomp", "parataxis", "dobj", "xcomp"})
MAX_DEPTH = 4


@dataclass
class Analysis:
    """Per-sentence structure; built by ``analyse`` and only read afterwards."""

    entries: dict[int, PredicateEntry] = field(default_factory=dict)
    light_verb: dict[int, Token] = field(default_factory=dict)  # event noun -> light verb
    complement: dict[int, Token] = field(default_factory=dict)  # wrapper -> wrapped predicate
    consumed: set[int] = field(default_factory=set)  # predicates coded by another predicate
    speaker: dict[int, Token] = field(default_factory=dict)  # predicate -> speech verb


def is_event(entry: PredicateEntry | None) -> bool:
    return entry is not None and entry.cameo is not None and entry.kind is not Kind.SUPPORT


# Nouns that count their "of" object: "began a new round of talks", "launched a wave of
# airstrikes", "carried out a series of raids", "issued a list of demands" hold the talks,
# airstrikes and raids, make the demands.
SERIES_NOUNS = frozenset(
    {"round", "series", "wave", "spate", "string", "succession", "list", "set", "raft", "flurry"}
)
# Nouns that carry their "of" object: "sent a message of condolence", "made a gesture of
# goodwill", "a show of support" express the condolence, goodwill and support.
CARRIER_NOUNS = frozenset({"message", "expression", "gesture", "show", "word"})


def _counted(noun: Token) -> Token:
    """The event a series or carrier noun stands for, or the noun itself."""
    if noun.lemma_.lower() not in SERIES_NOUNS | CARRIER_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return noun


REQUIRED_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def required_objects(verb: Token, entry: PredicateEntry) -> list[Token]:
    """The objects the lexicon entry requires ("send" + troops, "file" + lawsuit): they make
    the verb an event, so they are no event or participant of their own."""
    if not entry.objects:
        return []
    if entry.pos == "noun":  # "the lifting of sanctions": the sanctions are lifted, not imposed
        return [o for o in prep_objects(verb, OF) if _object_forms(o) & entry.objects]
    found = [
        child
        for child in verb.children
        if child.dep_ in REQUIRED_OBJECT_DEPS and _counted_forms(child) & entry.objects
    ]
    if entry.arrival:  # "aid from X reached Y": what arrives is matched as the lexicon did
        found += [c for c in verb.children if c.dep_ == "nsubj" and _phrase_matches(c, entry)]
    if entry.particle:  # "withdrew from the treaty", "pulled out of the deal"
        found += [
            o for o in particle_objects(verb, entry.particle) if _object_forms(o) & entry.objects
        ]
    gift = given_noun(verb, entry)
    if gift is not None and _phrase_matches(gift, entry):
        found.append(gift)  # "an aid package approved by the EU"
    return found


def _phrase_matches(noun: Token, entry: PredicateEntry) -> bool:
    return bool(phrase_words(noun) & entry.objects)


def _counted_forms(token: Token) -> set[str]:
    """Forms of an object and of what it counts or measures: "massed thousands of troops"
    moves troops, as the lexicon matched it."""
    return {form for noun in (token, *measured([token])) for form in _object_forms(noun)}


def _object_forms(token: Token) -> set[str]:
    """Lemma and surface forms; strips every final "s" (``lexicon._forms`` strips one)."""
    return {token.lemma_.lower(), token.lower_, token.lower_.rstrip("s")}


def _event_object(verb: Token, entries: dict[int, PredicateEntry]) -> Token | None:
    for child in verb.children:
        if child.dep_ not in {"dobj", "attr", "nsubjpass"}:
            continue
        noun = _counted(child)
        entry = entries.get(noun.i)
        if is_event(entry) and entry.pos == "noun":
            return noun
    return None


def _embedded(start: Token, entries: dict[int, PredicateEntry], wrapper: Token) -> Token | None:
    """The nearest event predicate at or below ``start`` (breadth first, a few levels deep)."""
    frontier = [start]
    for _ in range(MAX_DEPTH):
        following: list[Token] = []
        for token in frontier:
            entry = entries.get(token.i)
            if token.i != wrapper.i and is_event(entry) and token.dep_ != "compound":
                return token
            if entry is not None and entry.kind is Kind.SUPPORT:
                noun = _event_object(token, entries)
                if noun is not None:
                    return noun
            following.extend(c for c in token.children if c.dep_ in DESCEND_DEPS)
        frontier = following
    return None


def _to_infinitives(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.dep_ in {"acl", "relcl", "advcl"} and is_infinitive(t)]


def _complement_starts(wrapper: Token, kind: Kind) -> list[Token]:
    children = list(wrapper.children)
    if kind in {Kind.ACCUSE, Kind.DENY}:
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over"}]
        return preps + [c for c in children if c.dep_ in {"xcomp", "ccomp", "dobj"}]
    if kind is Kind.RULEOUT:
        return [c for c in children if c.dep_ in {"dobj", "xcomp", "ccomp", "nsubjpass"}]
    starts = [c for c in children if c.dep_ in COMPLEMENT_DEPS]
    if wrapper.pos_ == "NOUN" and wrapper.dep_ in {"dobj", "attr"}:  # "do his utmost to see"
        starts += [c for c in wrapper.head.children if c.dep_ in {"advcl", "xcomp"}]
    if kind in {Kind.INTENT, Kind.PLEDGE}:  # "is committed to holding talks"
        starts += [c for c in children if c.dep_ == "prep" and c.lower_ == "to"]
    if kind is Kind.INTENT and wrapper.pos_ == "NOUN":  # "no intention of releasing her"
        starts += [c for c in children if c.dep_ == "prep" and c.lower_ == "of"]
    if kind is Kind.THREAT and wrapper.pos_ in {"VERB", "AUX"}:  # "warned of fresh attacks"
        starts += [c for c in children if c.dep_ == "prep" and c.lower_ == "of"]
    if kind in DIRECTIVES or kind is Kind.AGREE:
        # "called for talks", "agreed on a truce"; "urged X during a meeting to resume"
        starts += [c for c in children if c.dep_ == "prep" and c.lower_ in {"on", "for", "to"}]
        for child in children:
            if child.dep_ in {"prep", "dobj", "npadvmod"}:
                starts += _to_infinitives(child)
    starts = [s for s in starts if not is_alternative(s)]
    if kind is Kind.AGREE:
        starts = _in_sentence_order(starts)
    return _adverbial_clauses_last(starts)


def _in_sentence_order(starts: list[Token]) -> list[Token]:
    """ "agreed to a cease-fire to end months of fighting": what is agreed to comes first; an
    infinitive after it is its purpose, though the parser hangs it on "agreed" too."""
    return sorted(starts, key=lambda start: start.i)


def _adverbial_clauses_last(starts: list[Token]) -> list[Token]:
    """ "agreed to a ceasefire, clearing the way for talks": a participle hung on the wrapper
    adds a circumstance; its event is what the wrapper is about only when nothing else is."""
    return sorted(starts, key=lambda start: start.dep_ == "advcl")


def find_complement(wrapper: Token, kind: Kind, entries: dict[int, PredicateEntry]) -> Token | None:
    for start in _complement_starts(wrapper, kind):
        found = _embedded(start, entries, wrapper)
        if found is not None:
            return found
    if kind in DIRECTIVES and wrapper.pos_ in {"VERB", "AUX"}:  # "demanded the release of X"
        return _event_object(wrapper, entries)
    return desired_event(wrapper, entries) if kind is Kind.INTENT else None


DESIRE_VERBS = frozenset({"want", "wish", "desire", "seek"})


def desired_event(verb: Token, entries: dict[int, PredicateEntry]) -> Token | None:
    """The event noun a verb of wanting takes as its object: "wants the lifting of sanctions",
    "seeks a new round of talks". Only the object itself: "wants a share of the aid" wants
    no aid."""
    if verb.lemma_.lower() not in DESIRE_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return _event_object(verb, entries)


def _speech_clauses(verb: Token) -> list[Token]:
    clauses = [c for c in verb.children if c.dep_ in SPEECH_CLAUSES and c.pos_ in {"VERB", "AUX"}]
    if verb.dep_ in {"parataxis", "ccomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        clauses.append(verb.head)  # '"We will attack," he said' parsed the other way round
    return clauses


def analyse(sentence: Span, lexicon: PredicateLexicon) -> Analysis:
    analysis = Analysis()
    for token in sentence:
        entry = lexicon.match(token)
        if entry is not None and entry.agentive:
            entry = _predicated_role(token, entry, analysis)
        if entry is not None:
            analysis.entries[token.i] = entry
    _add_ultimatums(sentence, analysis)
    _recode_by_purpose(sentence, analysis)
    _recode_instructions(sentence, analysis)
    for index, entry in list(analysis.entries.items()):
        token = sentence.doc[index]
        _link(token, entry, analysis)
        _link_state(token, entry, analysis)
        _link_claim(token, analysis)
    return analysis


def _add_ultimatums(sentence: Span, analysis: Analysis) -> None:
    """ "gave X 48 hours to Y": an ultimatum (139) to X; Y is demanded, no act of its own."""
    for token in sentence:
        parts = ultimatum_parts(token)
        if not parts:
            continue
        analysis.entries[token.i] = ULTIMATUM
        analysis.consumed.update(i for i in demanded_tokens(parts) if i in analysis.entries)


COPULAS = frozenset({"be", "remain", "stay", "become"})


def _copula_of(noun: Token) -> Token | None:
    """The copula a noun is predicated by: "X remains the largest donor" or "X is one of the
    largest donors"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ == "attr" and verb.lemma_.lower() in COPULAS:
        return verb
    return None


def _predicated_role(
    noun: Token, entry: PredicateEntry, analysis: Analysis
) -> PredicateEntry | None:
    """A noun naming the doer of an act ("donor", "supplier") reports the act only when it
    is said of someone: the copula then carries it like a light verb, so its subject is the
    doer. Elsewhere ("donors met in Paris") it is no predicate at all."""
    copula = _copula_of(noun)
    if copula is None:
        return None
    analysis.light_verb[noun.i] = copula
    return entry


# "sent troops to help the army", "offered to deploy forces to protect civilians", "will send
# instructors to train the army": a force sent for someone's benefit is military aid (CAMEO
# 074), not a show of force (15)
AID_ROOT = "07"
MILITARY_COOPERATION = "062"
FORCE_POSTURE_ROOT = "15"
MILITARY_AID = "074"
# "called Morrison to congratulate him": a phone call (041) made to praise, thank or condole
# is that act; the call is only its channel
PHONE_CALL = "041"
CALLED_FOR = ("05", "018")
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def _purposes(verb: Token, entries: dict[int, PredicateEntry]) -> list[Token]:
    """Predicates of the verb's "to"-infinitive purpose clauses ("in order to" included)."""
    return [
        clause
        for clause in verb.children
        if clause.dep_ in PURPOSE_DEPS and clause.i in entries and is_infinitive(clause)
    ]


def _recode_by_purpose(sentence: Span, analysis: Analysis) -> None:
    """Code a deployment or a phone call by the act its purpose clause names (see above)."""
    entries = analysis.entries
    for index, entry in list(entries.items()):
        token = sentence.doc[index]
        if entry.pos != "verb" or entry.kind is not Kind.EVENT or entry.cameo is None:
            continue
        for purpose in _purposes(token, entries):
            aim = entries[purpose.i]
            if aim.kind is not Kind.EVENT or aim.cameo is None:
                continue
            benefit = aim.cameo.startswith((AID_ROOT, MILITARY_COOPERATION))
            if entry.cameo.startswith(FORCE_POSTURE_ROOT) and benefit:
                entries[index] = replace(entry, cameo=MILITARY_AID)
            elif entry.cameo == PHONE_CALL and aim.cameo.startswith(CALLED_FOR):
                entries[index] = replace(entry, cameo=aim.cameo)
            else:
                continue
            analysis.consumed.add(purpose.i)
            break


# "told Belgrade to show restraint": a saying verb with an addressee and a "to" clause
# tells the addressee what to do, an appeal (02x), not a report of what was said
INSTRUCTING_SPEECH = frozenset({"tell"})


def _recode_instructions(sentence: Span, analysis: Analysis) -> None:
    """Code "X told Y to Z" as X's appeal to Y to do Z (see above)."""
    entries = analysis.entries
    for index, entry in list(entries.items()):
        token = sentence.doc[index]
        if entry.kind is not Kind.SPEECH or entry.lemma not in INSTRUCTING_SPEECH:
            continue
        if _told_to_act(token):
            entries[index] = replace(entry, cameo="020", kind=Kind.APPEAL)


def _told_to_act(verb: Token) -> bool:
    """An addressee object and a "to" infinitive of the verb: "told Y to leave"."""
    addressed = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return addressed and any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)


OBLIGATION_AUX = frozenset({"must", "should"})
OBLIGED = PredicateEntry("oblige", "verb", "100", None, frozenset(), Kind.EVENT, False)
NEEDED = PredicateEntry("need", "verb", "020", None, frozenset(), Kind.EVENT, False)
# "said the country should remain calm": advice about a state, not a demand for an act
STATE_OF_BEING = frozenset({"remain", "stay", "become", "seem", "appear", "look", "sound", "feel"})


def _add_obligations(clauses: list[Token], analysis: Analysis) -> None:
    """ "EU says intervention must be avoided": a reported obligation is a demand (100) even
    when the lexicon does not know the verb (``candidates`` codes it from the speaker)."""
    for clause in clauses:
        obliged = any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children)
        obliged = obliged or mandating_verb(clause) is not None  # "insisted that they leave"
        acting = clause.pos_ == "VERB" and clause.lemma_.lower() not in STATE_OF_BEING
        if obliged and acting and clause.i not in analysis.entries:
            analysis.entries[clause.i] = OBLIGED
        elif is_needing_clause(clause) and _party_needed_to_act(clause, analysis):
            # "said reform of the WHO was required": the speaker asks for it (020); the
            # lexicon's "require" would read the reform as the one a demand is made of
            analysis.entries[clause.i] = NEEDED


# parties named where something is said to be needed ("a reform of the WHO"); "doctors said
# surgery was necessary", "said more rain was needed" ask no party for anything
PARTY_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _party_needed_to_act(clause: Token, analysis: Analysis) -> bool:
    """A needing clause whose subject is no event noun of its own ("said a ceasefire was
    needed": the noun is what is asked for) but which names a party or country ("said a
    political solution was essential in Syria"; see above)."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.i in analysis.entries for s in subjects):
        return False
    return any(t.ent_type_ in PARTY_ENTITIES for t in clause.subtree)


# "troops remained on alert", "went on strike", "were put on alert": the verb carries an
# event noun through a preposition, as "hold talks" carries it as an object
STATE_VERBS = frozenset({"remain", "stay", "be", "go", "keep", "put", "place"})
STATE_PREPS = frozenset({"on", "under"})


def _link_state(token: Token, entry: PredicateEntry, analysis: Analysis) -> None:
    prep = token.head
    if entry.pos != "noun" or token.dep_ != "pobj":
        return
    verb = prep.head
    if prep.lower_ == "in":
        verb = _participating_verb(verb)
    elif prep.lower_ not in STATE_PREPS or verb.lemma_.lower() not in STATE_VERBS:
        return
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        analysis.light_verb.setdefault(token.i, verb)


# "took part in the talks", "participated in the negotiations", "will not take part in any
# talks": the verb carries the event noun, so its subject, tense and negation are the act's
PARTICIPATING = frozenset({"participate"})
PART_TAKING = frozenset({"take"})


def _participating_verb(holder: Token) -> Token | None:
    """The verb of "participate in", or of "take part in" ("in" under "part" or the verb)."""
    lemma = holder.lemma_.lower()
    if lemma in PARTICIPATING:
        return holder
    if lemma == "part" and holder.dep_ == "dobj":
        holder = holder.head
    elif not any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in holder.children):
        return None
    return holder if holder.lemma_.lower() in PART_TAKING else None


def _link(token: Token, entry: PredicateEntry, analysis: Analysis) -> None:
    entries = analysis.entries
    if entry.kind is Kind.SUPPORT:
        noun = _event_object(token, entries)
        if noun is not None and noun.i not in analysis.light_verb:
            analysis.light_verb[noun.i] = token
    elif entry.kind in WRAPPERS:
        found = find_complement(token, entry.kind, entries)
        if found is not None:
            analysis.complement[token.i] = found
            analysis.consumed.add(found.i)
            if entry.kind in OWN_PLANS:
                analysis.consumed.update(t.i for t in _wrapped_objects(found, entries))
    elif entry.kind is Kind.SPEECH:
        clauses = _speech_clauses(token)
        for clause in clauses:
            for item in clause.subtree:
                analysis.speaker.setdefault(item.i, token)
        _add_obligations(clauses, analysis)
    if entry.kind is Kind.EVENT:
        analysis.consumed.update(t.i for t in required_objects(token, entry))
        analysis.consumed.update(t.i for t in gift_terms(token, entry.cameo or ""))
    if entry.kind is Kind.EVENT and entry.pos == "noun" and token.dep_ == "compound":
        analysis.consumed.add(token.i)  # "abduction issue": a topic, not an event


# wrappers of an act the source means to do itself, not yet done
OWN_PLANS = frozenset({Kind.INTENT, Kind.PLEDGE, Kind.AGREE})


def _wrapped_objects(inner: Token, entries: dict[int, PredicateEntry]) -> list[Token]:
    """ "intends to host talks", "plans to stage protests": an object naming the same kind
    of act as the wrapped verb is that act, wrapped with it; an object of another kind is
    already there ("agreed to end the attacks")."""
    entry = entries.get(inner.i)
    if inner.pos_ not in {"VERB", "AUX"} or entry is None or not is_event(entry):
        return []
    return [
        child
        for child in inner.children
        if child.dep_ == "dobj" and _same_root(entry, entries.get(child.i))
    ]


def _same_root(entry: PredicateEntry, other: PredicateEntry | None) -> bool:
    if other is None or not is_event(other) or other.pos != "noun":
        return False
    return (entry.cameo or "")[:2] == (other.cameo or "")[:2]


# "claimed responsibility for the bombing", "claimed credit for the attack", "claimed the
# attacks": who claims an act of force owns it, as the subject of a light verb does
CLAIMING_VERBS = frozenset({"claim"})
OWNERSHIP_NOUNS = frozenset({"responsibility", "credit"})
FOR = frozenset({"for"})


def claimed_event(verb: Token, entries: dict[int, PredicateEntry]) -> Token | None:
    """The act of force a claiming verb owns: its object, or what its object "responsibility"
    or "credit" is for."""
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        owned = [child]
        if child.lemma_.lower() in OWNERSHIP_NOUNS:
            owned = [_counted(o) for o in prep_objects(child, FOR)]
        for noun in owned:
            entry = entries.get(noun.i)
            if is_event(entry) and entry.pos == "noun" and entry.cameo.startswith(VIOLENT_ROOTS):
                return noun
    return None


def _link_claim(token: Token, analysis: Analysis) -> None:
    """A claimed attack is coded as the attack, done by the claimant; the claim (015 or a
    statement) is no event of its own."""
    noun = claimed_event(token, analysis.entries)
    if noun is None:
        return
    analysis.light_verb[noun.i] = token
    analysis.consumed.add(token.i)


# "a Saudi-led strike", "a US-led offensive": the leader named in the modifier acts
LEADING = frozenset({"lead", "spearhead", "command"})
NATIONAL_ENTS = frozenset({"NORP", "GPE"})


# gifts whose "from" names the giver ("aid from Japan"), unlike "withdrawal from Iraq"
GIFT_NOUNS = frozenset(
    {"aid", "assistance", "funding", "donation", "loan", "grant", "relief", "contribution"}
)


def _agent_prep(noun: Token, prep: Token) -> bool:
    """The "by" of an act ("the strike by rebel forces"), the "from" of a gift ("aid from
    the World Bank helped Uganda")."""
    if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
        return True
    return prep.dep_ == "prep" and prep.lower_ == "from" and noun.lemma_.lower() in GIFT_NOUNS


def event_agents(subjects: tuple[Token, ...], events: set[int]) -> tuple[Token, ...]:
    """Who acts through an event noun that is a verb's subject ("Israel's raid killed two",
    "a Saudi-led strike on a school bus killed 40", "the strike by rebel forces hit"): its
    possessor, its "by" agent (a gift's "from" giver), a named compound, a national adjective
    ("Australian aid"), or the X of an "X-led" modifier."""
    found: list[Token] = []
    for noun in subjects:
        if noun.i not in events or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                found.append(child)
            elif _agent_prep(noun, child):
                found += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "amod" and child.lemma_.lower() in LEADING:
                found += [g for g in child.children if g.dep_ in {"npadvmod", "compound"}]
            elif child.dep_ == "amod" and child.ent_type_ in NATIONAL_ENTS:
                found.append(child)  # "Australian aid supported", "Russian airstrikes hit"
    return tuple(found)


# giving and pledging to give (aid, economic and military aid; pledges of aid)
GIVING_AND_PLEDGING = ("07", "033")
SUM_TERM_PREPS = frozenset({"in"})


def gift_terms(verb: Token, cameo: str) -> list[Token]:
    """ "pledged $1 billion in assistance to Nepal", "gave 5 million euros in aid to Haiti":
    the gift a sum is given in is the verb's own act (no gift of its own) and carries the
    receiver."""
    if verb.pos_ != "VERB" or not cameo.startswith(GIVING_AND_PLEDGING):
        return []
    return [o for o in prep_objects(verb, SUM_TERM_PREPS) if o.lemma_.lower() in GIFT_NOUNS]
