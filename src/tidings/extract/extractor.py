"""EventExtractor: frames from one parsed sentence, via the predicate lexicon and dependencies.

For each predicate the lexicon knows (and that no other predicate already codes, such as the
"talks" in "agreed to resume talks"), build a candidate (code, role tokens, modality), resolve
the role tokens to actors, and emit one frame per source-target pair. Frames without any
political actor are dropped; the rest are returned best supported first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from tidings.extract.arguments import (
    DOCUMENT_NOUNS,
    EASING_CODES,
    expand,
    happened,
    issuers,
    noun_roles,
    place_targets,
    pointed_parties,
    prep_objects,
)
from tidings.extract.candidates import Candidate, candidate
from tidings.extract.frames import Frame, best_first
from tidings.extract.lexicon import PredicateLexicon, agent_objects
from tidings.extract.modality import (
    attribution,
    is_hearsay,
    is_refused_condition,
    refused_condition,
)
from tidings.extract.participants import Participants, Resolver, as_country
from tidings.extract.sourcing import is_sourcing_formula
from tidings.extract.structure import NATIONAL_ENTS, Analysis, analyse, event_agents
from tidings.model import Actor, Modality
from tidings.resolve.gazetteer import INTERNATIONAL

Found = list[tuple[Actor, bool]]  # resolved actors with "inferred" flags
SELF_DIRECTED_NONSENSE = frozenset({"01", "05"})  # statements, praise aimed at oneself


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
            token = sentence.doc[index]
            if index in analysis.consumed or _in_apposition(token) or _topic(token, analysis):
                continue
            if is_refused_condition(token):  # the refuser's price, not a reported act
                continue
            if is_sourcing_formula(token):  # "who asked not to be named"
                continue
            found = candidate(token, entry, analysis)
            if found is not None:
                frames.extend(_resolve(found, analysis, people))
        return best_first(frames)


def _resolve(candidate: Candidate, analysis: Analysis, people: Participants) -> list[Frame]:
    speech_verb = analysis.speaker.get(candidate.trigger.i)
    speaker = _speaker_token(speech_verb) if speech_verb is not None else None
    events = set(analysis.entries)  # an event noun ("the meeting") is never a participant
    sources = _actors(_not_events(candidate.roles.sources, events, people), people, speaker)
    if not sources:  # "a Saudi-led strike killed 40": the actor behind the event noun
        nouns = candidate.roles.sources + ((candidate.trigger,) if candidate.noun else ())
        sources = _actors(event_agents(nouns, events), people, speaker)
    if not sources:
        issued = _actors(_document_issuers(candidate.roles.sources), people, speaker)
        sources = [(actor, True) for actor, _ in issued]
    named = _not_agreement_names(candidate.roles.targets)
    targets = _actors(_not_events(named, events, people), people, speaker)
    if _joint_subject(candidate, sources, targets):
        sources = _coordinated(candidate.roles.sources, people) or sources
    if not targets:
        targets = _pointed_actors(candidate, analysis, sources, people, speaker)
    if not targets:
        targets = _awaited_party(candidate.trigger, people, sources, speaker)
    if _only_self(targets, sources) and candidate.fallback:
        targets = _fallback_actors(candidate, sources, people, speaker) or targets
    candidate = _without_partner(candidate, sources, targets)
    if not targets and candidate.places:
        targets = _place_countries(candidate.places, people, sources)
    if candidate.contextual and len({a.country for a, _ in sources + targets} - {None}) < 2:
        pair = people.context_pair()
        if pair is not None:
            sector = _qualifier_sector(candidate, people)
            sources, targets = (
                [(_sectored(pair[0], sector), True)],
                [(_sectored(pair[1], sector), True)],
            )
    if (not sources and _backgrounded(candidate)) or _looks_back(candidate.trigger):
        return []
    if not sources and _helped_by_no_actor(candidate, events):
        return []
    attributed = people.actor(speaker)[0] if speaker is not None else None
    hearsay = is_hearsay(candidate.trigger)
    claimant = attribution(candidate.trigger) if speaker is None else None
    if claimant is not None:  # "according to the Red Cross, troops killed 30 civilians"
        attributed = people.actor(claimant)[0]
        hearsay = hearsay or attributed is None  # "according to witnesses"
    frames = []
    for source, target, inferred, symmetric in _pairs(candidate, sources, targets):
        reported = attributed is not None and not _same_code(attributed, source)
        modality = candidate.modality
        if (reported or hearsay) and modality is Modality.ASSERTED:
            modality = Modality.REPORTED
        frames.append(
            Frame(
                trigger=candidate.trigger,
                trigger_span=candidate.trigger_span,
                cameo=_protest_kind(candidate, source),
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


# verbs of plain help: aid only when an actor helps ("Japan aided the victims"); "cooler
# weather aided firefighters", "the gunmen were aided by insiders" help, but give nothing
HELPING_VERBS = frozenset({"aid", "help", "assist"})


def _helped_by_no_actor(candidate: Candidate, events: set[int]) -> bool:
    """A helping verb whose named helper is no actor (weather, prices, unnamed insiders);
    a gift as helper ("aid from the World Bank helped Uganda") is still aid."""
    trigger = candidate.trigger
    helping = trigger.pos_ == "VERB" and trigger.lemma_.lower() in HELPING_VERBS
    helpers = candidate.roles.sources
    named = bool(helpers) and not any(t.i in events for t in helpers)
    return helping and candidate.cameo.startswith("07") and named


# Who protests says what a protest is. A state protests diplomatically, which PLOVER codes as
# a verbal complaint (ACCUSE): "Seoul protested to Tokyo over the visit" (CAMEO 114, as the
# lexicon codes "lodged a formal protest"). People protest by gathering (PROTEST): "thousands
# of Kenyans protested against the tax" is a demonstration (140), not an official complaint.
PROTEST_LEMMA = "protest"
PLAIN_PROTEST = "140"
OFFICIAL_COMPLAINT = "114"


def _protest_kind(candidate: Candidate, source: Actor | None) -> str:
    cameo = candidate.cameo
    # the protest word itself, also when a light verb carries it ("lodged a protest")
    words = [t for t in candidate.trigger_span if t.lemma_.lower() == PROTEST_LEMMA]
    if words and source is None and cameo == OFFICIAL_COMPLAINT and _crowd(words[0]):
        return PLAIN_PROTEST
    if not words or source is None:
        return cameo
    if cameo == PLAIN_PROTEST and _is_state(source):
        return OFFICIAL_COMPLAINT
    if cameo == OFFICIAL_COMPLAINT and words[0].pos_ == "VERB" and not _is_state(source):
        return PLAIN_PROTEST
    return cameo


def _crowd(verb: Token) -> bool:
    """ "Thousands protested", "tens of thousands took to the streets to protest": a counted
    crowd, which names no actor, protests by gathering; a state is never counted so."""
    if verb.pos_ != "VERB":
        return False
    clauses = [verb, verb.head] if verb.dep_ in {"xcomp", "advcl", "conj"} else [verb]
    return any(
        subject.dep_ == "nsubj" and subject.ent_type_ == "CARDINAL" and subject.pos_ == "NOUN"
        for clause in clauses
        for subject in clause.children
    )


def _is_state(actor: Actor) -> bool:
    """A government, or a country named alone ("Seoul", "China")."""
    return actor.sector == "GOV" or (not actor.sector and bool(actor.country))


def _only_self(targets: Found, sources: Found) -> bool:
    """No target, or only the source itself: "denied U.S. claims that it was behind the
    attack" names Iran in the claim, but the denial answers the claimant, a second-line
    target; "lifted its curfew" has none and stays aimed at itself."""
    return all(any(_same(target, source) for source, _ in sources) for target, _ in targets)


def _fallback_actors(
    candidate: Candidate, sources: Found, people: Participants, speaker: Token | None
) -> Found:
    """The first second-line target that names an actor, less certain; never the source
    itself ("pledged his support", "lifted its sanctions": the owner of the act is who acts,
    and "Ambassador Bass promised Washington's support" is the envoy's own government's). A
    participant named in the object is another actor ("lifted restrictions imposed on
    former Prime Minister Olmert")."""
    for token in _not_agreement_names(candidate.fallback):
        same = _same_code if token.dep_ == "poss" else _same
        for actor, _ in _actors((token,), people, speaker):
            if not any(same(actor, other) for other, _ in sources):
                return [(actor, True)]
    return []


def _joint_subject(candidate: Candidate, sources: Found, targets: Found) -> bool:
    """Whether one acting noun may name two parties: a reciprocal act with no target
    ("Kenyan and Ugandan police are cooperating"), or any other act by one noun ("Iraqi and
    U.S. forces raided the compound")."""
    if candidate.symmetric:
        return len(sources) <= 1 and not targets
    return len(sources) == 1


def _coordinated(tokens: tuple[Token, ...], people: Participants) -> Found:
    """ "British and EU negotiators failed to reach a deal": a joint act of one noun with two
    coordinated modifiers is between the two parties they name. An act of such a noun on a
    third party is done by each ("Iraqi and U.S. forces jointly raided the compound": two
    assaults); the partnership itself is coded only when named as a joint act or body ("a
    joint operation", "a joint task force"), so that one act is not also counted twice as
    cooperation."""
    if len(tokens) != 1:
        return []
    parties = people.coordinated_parties(tokens[0])
    return [(party, False) for party in parties] if parties is not None else []


def _place_countries(places: tuple[Token, ...], people: Participants, sources: Found) -> Found:
    """The country of the first place an act is done in ("deployed troops in Libya" -> LBY,
    "declared a ceasefire in Tripoli" -> LBY): the country as a whole, no sector, since the
    act lands on the place and not on its government. International bodies are no places. A
    foreign place goes before the source's own ("deployed troops in Kashmir near the Pakistani
    border" is aimed at Pakistan); an act at home lands on its own country."""
    own = {actor.country for actor, _ in sources}
    found = []
    for token in places:
        actor, _ = people.actor(token)
        if actor is None or not actor.country or actor.country in INTERNATIONAL:
            continue
        found.append(as_country(actor))
    foreign = [country for country in found if country.country not in own]
    return [((foreign or found)[0], False)] if found else []


# Military cooperation with no partner named is a show of force: "China staged military
# exercises near Taiwan", "Iran's Revolutionary Guards held war games" (150), while "Jordan
# and the United States began military exercises" cooperate (062).
WITHOUT_PARTNER = {"062": "150"}


def _without_partner(candidate: Candidate, sources: Found, targets: Found) -> Candidate:
    solo = WITHOUT_PARTNER.get(candidate.cameo)
    if solo is None or not candidate.symmetric or targets or len(sources) != 1:
        return candidate
    places = place_targets(candidate.trigger)
    return replace(candidate, cameo=solo, symmetric=False, places=places)


HOSTILE_ROOT = "10"  # CAMEO 10 and above: demands, threats, protests, force


def _pointed_actors(
    candidate: Candidate,
    analysis: Analysis,
    sources: Found,
    people: Participants,
    speaker: Token | None,
) -> Found:
    """Actors inside the prepositional phrases of a target that names no actor.

    "conceded to the demands of the miners", "welcomed the decision by the WEF", "refused talks
    with the Afghan government": the act reaches the party the noun points to. An event noun's
    own doers come first ("protested the detention of its fishermen by Sri Lankan forces" is
    aimed at the forces, "demanded the extradition of the cleric from the US" at the US), then
    the nearest phrase naming an actor ("the request of Somalia for more troops" reaches
    Somalia, not the troops). Neither the source nor its own side is the target ("the court
    overturned the decision of the court"), and the party is read one level down only: "an
    eye to Ankara's power projection" does not reach Ankara. Like the other second-line
    targets, only the first actor found ("contacts between Havana and Washington were
    frozen" names a pair, not two targets), marked inferred: less certain than an object."""
    taken = {t.i for t in candidate.roles.sources}
    for noun in candidate.roles.targets:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        pointed = _pointed(noun, analysis, candidate.cameo.startswith(RESTRICTING_CODES))
        for party in _not_agreement_names(pointed):
            actor = people.actor(party, speaker)[0] if party.i not in taken else None
            actor = _nation(party, actor) if actor is not None else None
            if actor is not None and _coded(actor) and _other(actor, sources):
                return [(actor, True)]
    return []


def _pointed(noun: Token, analysis: Analysis, restricting: bool = False) -> tuple[Token, ...]:
    """Whom a non-actor noun points to, best first. A named possessor owns the noun and is
    the only candidate ("recognised South Ossetia's independence from Georgia" is not aimed
    at Georgia). Otherwise an event noun's doers ("by" and "from" agents), then the parties
    of its prepositions in sentence order ("on" too when the event is hostile), and under a
    trade measure (``restricting``) the nation its goods come from."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if owners:
        return expand(owners)
    national = _national_authors(noun)
    if national:
        return national
    entry = analysis.entries.get(noun.i)
    code = entry.cameo if entry is not None and entry.pos == "noun" else None
    parties = pointed_parties(noun, hostile=code is not None and code[:2] >= HOSTILE_ROOT)
    if restricting or (code is not None and code.startswith(RESTRICTING_CODES)):
        parties += _origins(parties)
    if code is None:
        return parties
    return noun_roles(noun, code, None).sources + parties


NAME_MODIFIERS = frozenset({"compound", "nmod"})
ORIGIN_PREPS = frozenset({"of"})
# measures that restrict trade, and their easing: goods under them name their nation
RESTRICTING_CODES = ("16", "17", *EASING_CODES)


def _origins(parties: tuple[Token, ...]) -> tuple[Token, ...]:
    """The nation a pointed thing comes from, last: "a ban on imports of Russian oil", "a ban
    on Japanese seafood" reach Russia and Japan through the goods, named by an adjective on
    the thing or on what it is of; a party the phrase names itself goes first. Only for
    measures on trade: "investigated the crash of a Ukrainian airliner" is not aimed at
    Ukraine."""
    things = [p for p in parties if p.pos_ == "NOUN"]
    things += [o for p in things for o in prep_objects(p, ORIGIN_PREPS) if o.pos_ == "NOUN"]
    return tuple(n for thing in things for n in _national_authors(thing) if n.dep_ == "amod")


def _national_authors(noun: Token) -> tuple[Token, ...]:
    """ "rebuffed an Iranian offer", "rejected the Egyptian ceasefire proposal", "denied U.S.
    claims": a national adjective or a country name modifying the noun says whose proposal,
    demand or claim it is, as a possessor would ("Iran's offer"). It may hang on a compound
    of the noun ("Egyptian" on "ceasefire" in "the Egyptian ceasefire proposal")."""
    modifiers = [c for c in noun.children if c.dep_ in {"amod"} | NAME_MODIFIERS]
    modifiers += [
        g
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "NOUN"
        for g in c.children
        if g.dep_ == "amod"
    ]
    return tuple(m for m in modifiers if _national(m))


def _national(modifier: Token) -> bool:
    if modifier.ent_type_ not in NATIONAL_ENTS:
        return False
    return modifier.dep_ == "amod" or modifier.pos_ == "PROPN"


def _awaited_party(
    trigger: Token, people: Participants, sources: Found, speaker: Token | None
) -> Found:
    """Whom a refusal waits on: "will not end the strike until their demands are met by the
    company", "won't lift sanctions until Tehran stops enrichment". The party whose act is
    the condition is the one the refusal is aimed at; the refuser's own side is not."""
    condition = refused_condition(trigger)
    if condition is None:
        return []
    doers = agent_objects(condition) or [
        c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}
    ]
    found = _actors(tuple(doers), people, speaker)
    return [(actor, True) for actor, _ in found if _other(actor, sources)]


def _other(actor: Actor, sources: Found) -> bool:
    """Not the source nor its own side: "Ambassador Bass promised Washington's support",
    "the minister defended the decision of his government" point back at the source."""
    return not any(_same_code(actor, source) for source, _ in sources)


def _coded(actor: Actor) -> bool:
    return bool(actor.country or actor.sector)


BACK_WORDS = frozenset({"earlier", "previous", "past", "former", "prior", "previously"})


def _looks_back(trigger: Token) -> bool:
    """ "eased off its earlier demands", "had previously been reluctant to talk": a reference
    back to an act or a state the article does not report as news."""
    if trigger.pos_ == "NOUN":
        return any(c.dep_ == "amod" and c.lower_ in BACK_WORDS for c in trigger.children)
    if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp":
        verb = trigger.head
        perfect = any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")
        return perfect and any(c.lower_ in BACK_WORDS for c in verb.children)
    return False


TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})


def _topic(token: Token, analysis: Analysis) -> bool:
    """ "mixed signals over its willingness to re-engage", "fears about an attack": an act
    named as what a non-event noun is about is a topic, not a report."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS:
        return False
    owner = prep.head
    return owner.pos_ == "NOUN" and owner.i not in analysis.entries


def _in_apposition(token: Token) -> bool:
    """ "Song Il-Ho, North Korea's ambassador for talks to normalise relations, replied":
    a predicate inside an apposition describes someone; it reports nothing."""
    while token.head.i != token.i and token.dep_ not in {"ROOT", "ccomp", "xcomp", "advcl"}:
        if token.dep_ == "appos":
            return True
        if token.pos_ in {"VERB", "AUX"} and token.dep_ in {"conj", "relcl"}:
            return False
        token = token.head
    return False


def _backgrounded(candidate: Candidate) -> bool:
    """An act named only as a noun or a participle modifier ("the abductions", "the number
    of people abducted") with no one doing it: a topic of the sentence, not a report. A noun
    the clause says happened ("there were protests against X", "clashes erupted") is the
    report itself, whoever did it."""
    if candidate.noun and happened(candidate.trigger):
        return False
    return candidate.noun or candidate.trigger.dep_ in {"acl", "amod"}


def _qualifier_sector(candidate: Candidate, people: Participants) -> str | None:
    for token in candidate.qualifiers:
        actor, _ = people.actor(token)
        if actor is not None and actor.sector and not actor.country:
            return actor.sector
    return None


def _sectored(actor: Actor, sector: str | None) -> Actor:
    """The party of an unnamed "Red Cross talks": its country with the qualifier's sector."""
    if sector is None or not actor.country:
        return actor
    return as_country(actor, sector)


def _not_events(
    tokens: tuple[Token, ...], events: set[int], people: Participants
) -> tuple[Token, ...]:
    """The role tokens that are not event nouns ("the meeting" is never a participant), but
    for a word that is both an event and a group, used as the group: "the opposition accused
    the government" (no complement, and coded as an actor), unlike "opposition to the plan"."""
    return tuple(
        t for t in tokens if t.i not in events or t.pos_ == "PRON" or _names_a_group(t, people)
    )


# Agreements are never parties, whatever place names them: "withdrew from the Paris climate
# agreement" leaves a treaty, it is not aimed at France
AGREEMENT_NOUNS = frozenset(
    {"agreement", "accord", "treaty", "pact", "deal", "convention", "protocol", "accords"}
)


def _not_agreement_names(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """Without the words naming an agreement: "the Paris climate agreement", "the Minsk
    accords", "the Intermediate-Range Nuclear Forces Treaty" name a treaty after a place or
    its subject; the place is no party to an act on the treaty."""
    return tuple(t for t in tokens if not _in_agreement_name(t))


def _in_agreement_name(token: Token) -> bool:
    while token.dep_ in {"compound", "nmod", "amod"} and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in AGREEMENT_NOUNS:
            return True
    return False


def _names_a_group(token: Token, people: Participants) -> bool:
    if token.lemma_.lower() in AGREEMENT_NOUNS:
        return False
    if any(child.dep_ in {"prep", "acl", "relcl"} for child in token.children):
        return False
    actor = people.actor(token)[0]
    return actor is not None and bool(actor.sector)


def _speaker_token(speech_verb: Token) -> Token | None:
    for child in speech_verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def _actors(tokens: tuple[Token, ...], people: Participants, speaker: Token | None) -> Found:
    found: Found = []
    for token in tokens:
        actor, inferred = people.actor(token, speaker)
        if actor is None:
            actor, inferred = _possessor(token, people, speaker)
        if actor is not None:
            actor = _nation(token, actor)
        if actor is not None and not any(_same(actor, other) for other, _ in found):
            found.append((actor, inferred))
    return found


def _possessor(token: Token, people: Participants, speaker: Token | None) -> tuple:
    """ "Trump's reelection campaign filed a lawsuit": a thing no actor, its owner is."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return people.actor(child, speaker)
    return None, False


def _nation(token: Token, actor: Actor) -> Actor:
    """ "Russian airstrikes", "Australian aid": a national adjective behind an act names the
    country, not a Russian civilian (the resolver's reading of a demonym alone)."""
    if token.dep_ != "amod" or not actor.country:
        return actor
    return as_country(actor)


def _document_issuers(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """ "X introduced a bill that would sanction Y": a document that acts stands for whoever
    puts it out (only for sources: "rejected the resolution" is not aimed at oneself)."""
    return tuple(
        issuer
        for token in tokens
        if token.lemma_.lower() in DOCUMENT_NOUNS
        for issuer in issuers(token)
    )


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
REFLEXIVE_PRONOUNS = frozenset(
    {"itself", "themselves", "himself", "herself", "ourselves", "myself", "themself"}
)


def _same(first: Actor | None, second: Actor | None) -> bool:
    """Whether two participants of one act are one actor (the second is then dropped).

    A named actor is the same only as the same name: "Merkel defended Germany's decision",
    "Israel's president lifted restrictions on Olmert" are a person and a government of one
    country, two actors sharing a code. A pronoun's reference ("their delegations", "itself")
    points back at someone already named, so it is the same when its code agrees.
    """
    if first is None or second is None:
        return False
    one_named = bool(first.name) != bool(second.name)
    if one_named and not (_refers_back(first) or _refers_back(second)):
        return False
    return _same_code(first, second)


def _same_code(first: Actor | None, second: Actor | None) -> bool:
    """One country and sector: a person speaks for, and owns the acts of, their government
    ("Merkel said Germany would ...", "Ambassador Bass promised Washington's support")."""
    if first is None or second is None:
        return False
    if first.name and second.name:
        return first.name == second.name
    return (first.code or first.text) == (second.code or second.text)


def _refers_back(actor: Actor) -> bool:
    """ "their delegations", "its own forces", "himself": words that name no one themselves
    but point back at an actor of the sentence."""
    words = actor.text.lower().split()
    return bool(words) and (words[0] in POSSESSIVE_PRONOUNS or words[0] in REFLEXIVE_PRONOUNS)


def _pairs(candidate: Candidate, sources: Found, targets: Found) -> list:
    """(source, target, inferred, symmetric) for each participant combination."""
    inferred_roles = candidate.roles.inferred
    if candidate.symmetric and len(sources) >= 2:
        (first, a), (second, b) = sources[0], sources[1]
        return [(first, second, a or b or inferred_roles, True)]
    pairs = []
    for source, s_inferred in sources or [(None, False)]:
        # "lifted its curfew": the only target is the source itself -> no target; but
        # "defended its launch" is no act of support at all
        others = [(t, inferred) for t, inferred in targets if not _same(source, t)]
        if targets and not others and candidate.cameo[:2] in SELF_DIRECTED_NONSENSE:
            continue
        for target, t_inferred in others or [(None, False)]:
            if source is None and target is None:
                continue
            inferred = s_inferred or t_inferred or inferred_roles
            symmetric = candidate.symmetric and source is not None and target is not None
            pairs.append((source, target, inferred, symmetric))
    return pairs


def _confidence(
    candidate: Candidate, source: Actor | None, target: Actor | None, inferred: bool
) -> float:
    score = 0.9
    score -= 0.15 if source is None else 0.0
    score -= 0.1 if target is None else 0.0
    score -= 0.15 if inferred else 0.0
    score -= 0.05 if candidate.noun else 0.0
    if candidate.cameo in {"010", "01"}:
        score *= 0.4
    return round(max(0.05, min(0.99, score)), 3)
