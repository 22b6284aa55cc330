"""Code noun phrases as CAMEO-style actors: country + sector, persons by name and role.

Conventions (see data/SOURCES.md):
- a state named bare ("Japan", "Pyongyang", "the Kremlin") acting is its government: GOV;
- a demonym used as a noun ("13 Japanese") is civilians: CVL ("the Japanese": GOV);
- international bodies: country IGO/NGO/IMG, the sector slot holds the group code
  (UN -> IGOUNO, ICRC -> NGOIRC); national societies ("Japanese Red Cross") are the
  country + NGO; a bare "Red Cross" is NGO with no country;
- a body named before a noun keeps its identity: an international body keeps its own code
  ("NATO troops", "EU foreign ministers" -> IGONAT, IGOEUR; the noun stays as role); a
  national body keeps its country and takes the noun's sector when the noun is a post or a
  branch (title/institution: "Hamas police" -> PSECOP), its own sector when the noun only
  says "people of" it ("Hezbollah fighters" -> LBNREB, "Red Cross workers" -> NGO);
- a specific institution word other than the state itself ("opposition", "army", "navy")
  beats a person noun or title it modifies ("opposition lawmakers" -> OPP, "army officers"
  -> MIL), while "government" does not ("government soldiers" -> MIL);
- a person title followed by a proper name ("President Buhari") names a person, however
  spaCy tags the name;
- a facility, vehicle or body an actor holds stands for that actor when a modifier names it
  ("an army camp" -> MIL, "the Iranian tanker" -> IRN, "the rebel-held enclave" -> REB,
  "the Saudi-led coalition" -> SAU MIL); a country modifier alone gives the holding's own
  sector ("a Yemeni school bus" -> YEM CVL). A place or a capital used as a modifier only
  locates the thing ("the Juba airport", "an airport in Juba" are no actors), nor does a
  maker or backer ("a U.S.-made bomb", "Iran-backed militia groups" stay without IRN);
- a partitive or a quantity stands for what it counts ("parts of the army", "a handful of
  journalists");
- places are actors only when the caller puts them in an actor role (``resolve_token``):
  a place noun with a country ("a village in Cameroon", "the Palestinian neighbourhood") is
  that country, a city the country it lies in ("Basra" -> IRQ) when the article names no
  other countries or names that one; capitals stay metonyms for governments (GOV);
- a region or a city inside a phrase places the actor in its country as the country's name
  would ("Darfur rebels" -> SDNREB, "a court in Lyon" -> FRAJUD, "the Uttar Pradesh
  government" -> INDGOV); a region heading the phrase is the country alone, in an actor
  role only; disputed areas are never coded (data/SOURCES.md);
- a known organisation named right after a descriptor wins over it ("the opposition Syrian
  National Coalition" -> SYROPP); a well-known leader named with no country takes the
  country of the leaders table ("Putin" -> RUSGOV), and so does a body he owns ("Gaddafi's
  forces" -> LBYMIL); a state body the table places in one state belongs to another state
  named before it ("Pakistan's Foreign Office" -> PAKGOV); a country after "pro-" or "anti-"
  is a stance, not the actor's country ("pro-Russian separatists" -> REB);
- protesters, demonstrators and activists are CVL (as PLOVER); media are MED (as CAMEO);
- a demonym before a person noun gives that country ("a Chinese actor" -> CHNCVL); generic
  occupations are weak civilian (or labour, business ...) words that a stronger word in the
  phrase overrides ("army engineers" -> MIL); religious and ethnic communities ("Christians",
  "Kurds") are civilians (PLOVER keeps religion and ethnicity apart from the sector; REL is
  for clergy and religious institutions); a company named with its legal form ("Siemens AG")
  is BUS; "ex-members of X" is coded as X;
- a leader's name the leaders table lists is a person whatever entity type spaCy gave it;
- a person keeps the country, sector and role of the article's first full mention;
  a later surname ("Song", "Sasae") reuses them through :class:`ActorMemory`.

The decisions live in helper modules, each with one concern: ``_actors_phrase`` (the phrase
and how its words attach to the head), ``_actors_match`` (gazetteer phrases among its words),
``_actors_names`` (persons, titles), ``_actors_codes`` (choosing country, sector and
organisation), ``_actors_holdings`` (holdings and places in an actor role) and
``_actors_memory`` (what the article established, pronouns). This module puts them together.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tidings.model import Actor
from tidings.resolve._actors_backref import group_referent, is_back_reference, title_holder
from tidings.resolve._actors_codes import (
    belonging_organisation,
    choose_country,
    choose_sector,
    organisation_code,
    sector_and_role,
    state_body_country,
    title_country,
)
from tidings.resolve._actors_holdings import city_matches, holder, holding_head, place_country
from tidings.resolve._actors_match import Match, PhraseMatcher
from tidings.resolve._actors_memory import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    ActorMemory,
    known_person,
    possessor_country,
    resolve_pronoun,
)
from tidings.resolve._actors_names import company_name, entity_name, listed_name, person_name
from tidings.resolve._actors_phrase import Phrase, content_head, covered, inner_tokens, noun_phrase
from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.gazetteer import INTERNATIONAL, Gazetteer, Leader


class ActorResolver:
    """Codes noun phrases (spaCy spans) as actors, one :class:`ActorMemory` per article."""

    def __init__(self, gazetteer: Gazetteer, places: PlaceIndex | None = None) -> None:
        self.gazetteer = gazetteer
        self.places = places
        self.matcher = PhraseMatcher(gazetteer)

    def memory(self) -> ActorMemory:
        return ActorMemory()

    def resolve(self, span: Span, memory: ActorMemory, in_role: bool = False) -> Actor | None:
        """The actor a noun phrase names, or None when it names no political actor.

        ``in_role``: the caller has put the phrase in an actor role (subject, object), so a
        place stands for its country ("shelled a village in Cameroon" -> CMR); a phrase met
        anywhere ("fighting in the village") names no actor by being a place.
        """
        coded = self._code(span, memory, in_role)
        if coded is None:
            return None
        actor, person = coded
        memory.remember(actor, person, span.root.lemma_.lower())
        return actor

    def note_persons(self, sentence: Span, memory: ActorMemory) -> None:
        """Remember the persons a sentence introduces with their country or office, whether or
        not they take part in a coded event: later sentences name them by surname alone."""
        for entity in sentence.ents:
            if entity.label_ != "PERSON" or memory.person(entity.text) is not None:
                continue
            coded = self._code(noun_phrase(_described(entity.root)), memory)
            if coded is not None and coded[1] and coded[0].country and coded[0].name:
                memory.know(coded[0])

    def resolve_token(self, token: Token, memory: ActorMemory) -> Actor | None:
        """Resolve the noun phrase headed by ``token``, which fills an actor role."""
        return self.resolve(noun_phrase(token), memory, in_role=True)

    def is_actor(self, span: Span) -> bool:
        """Whether the phrase names an actor with a country or a sector."""
        coded = self._code(span, ActorMemory())
        return coded is not None and bool(coded[0].country or coded[0].sector)

    def _code(
        self, span: Span, memory: ActorMemory, in_role: bool = False
    ) -> tuple[Actor, bool] | None:
        if len(span) == 0:
            return None
        root = span.root
        if root.pos_ == "PRON" or root.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return resolve_pronoun(span, root, memory)
        prefixed = _after_ex_prefix(root)
        if prefixed is not None:
            coded = self._code(prefixed, memory, in_role)
            if coded is not None:
                whole = span.doc[min(span.start, prefixed.start) : max(span.end, prefixed.end)]
                start, end = whole.start_char, whole.end_char
                return replace(coded[0], text=whole.text, start=start, end=end), coded[1]
            return None
        name = self._juxtaposed_name(span, root)
        if name is not None:
            coded = self._code(name, memory, in_role)
            if coded is not None:
                whole = span.doc[span.start : name.end]
                start, end = whole.start_char, whole.end_char
                return replace(coded[0], text=whole.text, start=start, end=end), coded[1]
        phrase = self._phrase(content_head(root), span, memory, in_role)
        built = _build(span, phrase, memory, self.gazetteer)
        if built is None or not built[0].country:
            referred = self._referent(span, memory) if is_back_reference(span) else None
            referred = referred or self._owned_by_referent(span, root, built, memory)
            if referred is not None:
                return referred
        if built is None and in_role:
            return self._named_place(span, phrase, memory)
        if built is not None and built[0].sector in ARMED_SECTORS and not built[0].country:
            return self._loyal_forces(span, built[0], root, memory) or built
        return built

    def _referent(self, span: Span, memory: ActorMemory) -> tuple[Actor, bool] | None:
        """The earlier actor a definite description refers back to ("the envoy", "the
        rebels", "the bloc"), moved to the description's span; see ``_actors_backref``."""
        term = self.gazetteer.sector_term(span.root.text)
        if term is not None and term.kind in _PERSON_TITLE_KINDS:
            person = title_holder(span, memory.persons_in_order())
            found = (person, True) if person is not None else None
        else:
            group = group_referent(span, memory.headed_groups)
            found = (group, False) if group is not None else None
        if found is None:
            return None
        moved = replace(found[0], text=span.text, start=span.start_char, end=span.end_char)
        return moved, found[1]

    def _owned_by_referent(
        self, span: Span, root: Token, built: tuple[Actor, bool] | None, memory: ActorMemory
    ) -> tuple[Actor, bool] | None:
        """ "The group's political wing leader, S.P. Thamilselvan", "the union's commission
        chairman": a member or officer of a body the article named is coded as that body
        (country and sector), keeping the person's name."""
        owner = next((child for child in root.children if child.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN":
            return None
        found = self._referent(span.doc[owner.left_edge.i : owner.i + 1], memory)
        if found is None or found[1]:
            return None
        body = found[0]
        person = built is not None and built[1]
        name = built[0].name if built is not None and person else body.name
        role = built[0].role if built is not None else None
        moved = replace(
            body, text=span.text, start=span.start_char, end=span.end_char, name=name, role=role
        )
        return moved, person

    def _loyal_forces(
        self, span: Span, forces: Actor, root: Token, memory: ActorMemory
    ) -> tuple[Actor, bool] | None:
        """ "forces loyal to Gaddafi": armed men named by whom they serve belong to that
        leader's country, as its military, or as rebels when the leader leads rebels
        ("fighters loyal to rebel leader Riek Machar")."""
        leader_head = _allegiance_object(root)
        if leader_head is None:
            return None
        leader = self._code(noun_phrase(leader_head), memory, in_role=True)
        if leader is None or not leader[0].country or leader[0].country in INTERNATIONAL:
            return None
        sector = REBEL if leader[0].sector == REBEL else forces.sector
        whole = root.doc[span.start : max(span.end, leader_head.right_edge.i + 1)]
        return _actor(whole, leader[0].country, sector, forces.name, forces.role), False

    def _juxtaposed_name(self, span: Span, root: Token) -> Span | None:
        """A known organisation named right after a descriptor the parser split from it ("the
        opposition | Syrian National Coalition", both subjects of the verb): the name, which
        says more than the descriptor's sector."""
        doc = root.doc
        if root.i != span.end - 1 or root.pos_ != "NOUN" or root.i + 1 >= len(doc):
            return None
        if self.gazetteer.sector_term(root.text) is None:
            return None
        for token in doc[root.i + 1 : root.i + self.gazetteer.max_words + 1]:
            if token.pos_ != "PROPN":
                return None
            if token.head.i == root.head.i and token.dep_ == root.dep_:
                name = doc[root.i + 1 : token.i + 1]
                return noun_phrase(token) if self.gazetteer.organisation(name.text) else None
        return None

    def _phrase(
        self, root: Token, span: Span, memory: ActorMemory, in_role: bool = False
    ) -> Phrase:
        tokens = frozenset(i for i in inner_tokens(root) if span.start <= i < span.end)
        matches = tuple(self.matcher.matches(root.doc, sorted(tokens), memory))
        matches = matches + city_matches(root.doc, tokens, matches, self.places, memory)
        if any(match.covers(root) for match in matches):
            return Phrase(root, tokens, matches, in_role=in_role)
        holding, start = holding_head(self.gazetteer, root, tokens)
        if holding is None:
            return Phrase(root, tokens, matches, in_role=in_role)
        # a holding's holder is often an adjective ("a military base", "terrorist camps");
        # "school" in "a school bus" is part of the thing held, no holder
        found = self.matcher.matches(root.doc, sorted(tokens), memory, adjectives=True)
        matches = tuple(match for match in found if not start <= match.start <= root.i)
        return Phrase(root, tokens, matches, holding, start, in_role)

    def _named_place(
        self, span: Span, phrase: Phrase, memory: ActorMemory
    ) -> tuple[Actor, bool] | None:
        """A place in an actor role is its country ("Basra" -> IRQ, "Iraqi Kurdistan")."""
        country = place_country(phrase, self.places, memory)
        if country is None:
            return None
        return _actor(span, country, None, None, None), False


# sector words that name a person's office: "the envoy" refers to a person, not a body
_PERSON_TITLE_KINDS = frozenset({"title", "diplomatic"})
# sectors of armed men, and the words that say whom they serve
ARMED_SECTORS = frozenset({"MIL", "REB", "SPY"})
REBEL = "REB"
BUSINESS = "BUS"
ALLEGIANCE_WORDS = frozenset({"loyal", "faithful", "allied"})


def _described(name: Token) -> Token:
    """The noun a name stands in apposition to ("its special envoy, Jon Hanssen-Bauer"), whose
    phrase says whose the person is; else the name itself."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        return name.head
    return name


def _allegiance_object(root: Token) -> Token | None:
    """The object of "loyal to" (or "allied to") modifying a noun: "forces loyal to X"."""
    for adjective in root.children:
        if adjective.dep_ != "amod" or adjective.lower_ not in ALLEGIANCE_WORDS:
            continue
        for prep in adjective.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _after_ex_prefix(root: Token) -> Span | None:
    """ "nine ex-members of the government": the parser splits "ex", "-" and the noun into
    three objects of the verb, so a phrase headed by "ex" is read as the phrase of the noun
    after the hyphen (a former member is coded as the body it belonged to; the caller widens
    the span to the words before "ex")."""
    doc = root.doc
    if root.lower_ != "ex" or root.i + 2 >= len(doc) or root.whitespace_:
        return None
    hyphen, noun = doc[root.i + 1], doc[root.i + 2]
    if hyphen.text not in "-\u2010\u2011" or hyphen.whitespace_:
        return None
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun_phrase(noun)


def _build(
    span: Span, phrase: Phrase, memory: ActorMemory, gazetteer: Gazetteer
) -> tuple[Actor, bool] | None:
    """The actor a phrase names and whether it is a person: the person's name, the sector
    and country chosen among the matches, a holding's holder and the organisation belonged
    to, a well-known leader's country, then what the article already knows (possessors'
    antecedents, remembered persons)."""
    name, person_tokens = person_name(phrase)
    if not person_tokens:
        name, person_tokens = listed_name(phrase, gazetteer.leader)
    sector_match = choose_sector(phrase)
    diplomatic = (
        sector_match is not None
        and sector_match.term is not None
        and (sector_match.term.kind == "diplomatic")
    )
    country_match = choose_country(phrase, person_tokens, diplomatic)
    if _bare_region(phrase, country_match):
        return None
    country = country_match.form.iso3 if country_match and country_match.form else None
    sector, role = sector_and_role(phrase, sector_match, country_match)
    held = holder(phrase, sector_match, country_match)
    if held is not None:
        sector, role = held.sector, None
    organisation = belonging_organisation(phrase, sector_match, person_tokens)
    if organisation is not None:
        country, sector = organisation_code(organisation, sector_match, country, sector)
        other_state = state_body_country(organisation, phrase, country_match)
        if other_state is not None and other_state != country:
            country = other_state  # the table's name ("US Congress") is not this body's
        else:
            name = name or organisation.name
    person = bool(person_tokens)
    if name is None and organisation is None and not covered(phrase):
        name = entity_name(phrase.root)
        if name is not None and company_name(name) and sector_match is None:
            sector, role = BUSINESS, None
    if not (person or name or covered(phrase) or held):
        return None
    leader = gazetteer.leader(name) if person and name and country is None else None
    if leader is not None and organisation is None:
        country, sector, name = leader.country, _leader_sector(leader, sector), leader.name
    if country is None and organisation is None:
        country = possessor_country(phrase.root, memory) or title_country(sector_match)
    if country is None and organisation is None and sector is not None and not person:
        country = _person_possessor_country(phrase.root, memory, gazetteer)
    if person and not (country or sector):
        return known_person(span, name or "", memory), True
    if country is None and sector is None:
        return (_actor(span, None, None, name, None), False) if name else None
    if person and name:
        known = memory.person(name)
        if known is not None:
            name = known.name
    return _actor(span, country, sector, name, role), person


def _person_possessor_country(root: Token, memory: ActorMemory, gazetteer: Gazetteer) -> str | None:
    """ "Gaddafi's forces", "Mugabe's government": a body owned by a named person is that
    person's country's, when the leaders table or the article places the person in a state.
    Only for bodies with a sector (the caller checks), so "Trump's critics" stays uncoded."""
    for child in root.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN":
            continue
        words = [t for t in child.subtree if t.i == child.i or t.dep_ in ("compound", "flat")]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        leader = gazetteer.leader(name)
        if leader is not None and leader.country not in INTERNATIONAL:
            return leader.country
        known = memory.person(name)
        if known is not None and known.country and known.country.isalpha():
            return known.country if known.country not in INTERNATIONAL else None
    return None


def _leader_sector(leader: Leader, sector: str | None) -> str | None:
    """A title in the phrase tells the sector ("General Burhan"), except for the head of an
    international body, whose code is the body's ("Secretary-General Guterres" -> IGOUNO)."""
    if leader.country in INTERNATIONAL or sector is None:
        return leader.sector
    return sector


def _bare_region(phrase: Phrase, country_match: Match | None) -> bool:
    """A region heading a phrase out of an actor role ("fighting in Darfur") is a place, no
    actor, as a city would be."""
    return (
        not phrase.in_role
        and country_match is not None
        and country_match.form is not None
        and country_match.form.region
        and country_match.covers(phrase.root)
    )


def _actor(
    span: Span, country: str | None, sector: str | None, name: str | None, role: str | None
) -> Actor:
    code = f"{country or ''}{sector or ''}" or None
    return Actor(
        text=span.text,
        code=code,
        country=country,
        sector=sector,
        name=name,
        role=role,
        start=span.start_char,
        end=span.end_char,
    )


__all__ = ["ActorMemory", "ActorResolver", "noun_phrase"]
