"""Holdings and places: phrases whose head is a thing or place some actor holds.

Owns the facility, vehicle, body and place heads of ``data/holdings.tsv`` ("an army camp" ->
MIL, "the Iranian tanker" -> IRN, "the rebel-held enclave" -> REB) and the reading of a named
place in an actor role as its country ("a village in Cameroon" -> CMR, "Basra" -> IRQ). A
place or capital modifier only locates a holding; a maker or backer does not hold it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.resolve._actors_match import Match
from tidings.resolve._actors_memory import ActorMemory
from tidings.resolve._actors_phrase import Phrase, country_weight, holding_participle, match_head
from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.gazetteer import CountryForm, Gazetteer, Holding, SectorTerm

_PLACE_ENTS = frozenset({"GPE", "LOC"})
_NAMING_MODS = frozenset({"amod", "compound", "poss", "nmod"})
# Country forms that only locate a facility ("the Juba airport", "a Darfur camp")
_LOCATING_FORMS = frozenset({"capital", "seat", "region", "city"})


def holding_head(
    gazetteer: Gazetteer, root: Token, tokens: frozenset[int]
) -> tuple[Holding | None, int]:
    """The holding noun heading the phrase, with its compounds ("school bus", "air base"),
    and where its words start."""
    if root.pos_ != "NOUN":
        return None, root.i
    start = root.i
    doc = root.doc
    while start - 1 in tokens and _compound_of(doc[start - 1], start):
        start -= 1
    for first in range(start, root.i + 1):
        found = gazetteer.holding(doc[first : root.i + 1].text)
        if found is not None:
            return found, first
    return None, root.i


def _compound_of(token: Token, start: int) -> bool:
    return token.dep_ == "compound" and token.head.i >= start


def place_country(phrase: Phrase, places: PlaceIndex | None, memory: ActorMemory) -> str | None:
    """The country a place in an actor role stands for: the one a modifier names ("Iraqi
    Kurdistan", "Pakistan's Swat valley"), else the one a city lies in ("Basra" -> IRQ),
    unless the article is about other countries only: a small namesake abroad is likelier a
    place we do not know."""
    located = _modifier_country(phrase)
    if located is not None:
        return located
    if places is None:
        return None
    for name in _place_names(phrase):
        found = places.lookup(name)
        if found is None or not found.country:
            continue
        if memory.countries and found.country not in memory.countries:
            return None
        return found.country
    return None


def _place_names(phrase: Phrase) -> list[str]:
    """Place names a phrase is about: its head ("Basra"), or what a place noun names ("the
    town of Gjilan", "the Deraa countryside")."""
    root = phrase.root
    if _names_a_place(root):
        return [_entity_text(root)]
    if phrase.holding is None or not phrase.holding.place:
        return []
    doc = root.doc
    inside = [doc[i] for i in sorted(phrase.tokens) if doc[i].pos_ == "PROPN"]
    return [_entity_text(token) for token in inside if _names_place(token, root)]


def city_matches(
    doc: Doc,
    tokens: frozenset[int],
    matches: tuple[Match, ...],
    places: PlaceIndex | None,
    memory: ActorMemory,
) -> tuple[Match, ...]:
    """Cities named inside a phrase, as matches of their country ("a court in Lyon", "an
    Istanbul court"): they place an actor as the country's name would, and a city heading
    the phrase stands for its country only in an actor role, as a region does. A city of a
    country other than those the article names is likelier a namesake we do not know."""
    if places is None:
        return ()
    taken = {index for match in matches for index in range(match.start, match.end)}
    found = []
    for named in doc.ents:
        if named.start not in tokens:  # every city found below starts where its entity does
            continue
        ent = named if _placed(named) else _city_of_body(named, matches)
        if ent is None or not all(t.i in tokens and t.i not in taken for t in ent):
            continue
        place = places.city(ent.text)
        if place is None or not place.country:
            continue
        if memory.countries and place.country not in memory.countries:
            continue
        form = CountryForm(iso3=place.country, kind="city", text=ent.text)
        found.append(Match(ent.start, ent.end, form=form))
    return tuple(found)


# words that open names of national bodies and are also the names of some town
# ("Federal Police", "Union Army"): no city there
_NOT_CITIES_IN_NAMES = frozenset(
    {"federal", "central", "union", "independence", "liberty", "national", "state", "capital"}
)


def _city_of_body(ent: Span, matches: tuple[Match, ...]) -> Span | None:
    """ "Delhi Police", "Karachi Police": a body named by its city, which spaCy tags as one
    organisation or person; the words before the institution noun that ends the name may be
    the city (not before a title: "Mayor Dayton King" is a person)."""
    if ent.label_ not in ("ORG", "PERSON"):
        return None
    for match in matches:
        term = match.term
        if term is None or term.kind != "institution" or match.end != ent.end:
            continue
        if ent.start < match.start:
            words = ent.doc[ent.start : match.start]
            return None if words.text.lower() in _NOT_CITIES_IN_NAMES else words
    return None


def _placed(ent: Span) -> bool:
    """A place entity, or any name after "in" ("demonstrators in Yerevan"), which spaCy at
    times tags a person or an organisation."""
    if ent.label_ in _PLACE_ENTS:
        return True
    root = ent.root
    return (
        ent.label_ in ("PERSON", "ORG", "NORP")
        and root.dep_ == "pobj"
        and root.head.lower_ in ("in", "near", "inside", "across", "around")
    )


def _modifier_country(phrase: Phrase) -> str | None:
    """The country a demonym, a possessive or an "of" names for a place ("Iraqi Kurdistan")."""
    if not _names_a_place(phrase.root):
        return None
    for match in phrase.matches:
        head = match_head(match, phrase.root.doc)
        if match.form is not None and _names_owner(head, phrase.root):
            return match.form.iso3
    return None


def _names_owner(token: Token, root: Token) -> bool:
    """A direct modifier of ``root`` or the object of its "of" ("the Republic of Chad")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head
    return token.head.i == root.i and token.dep_ in _NAMING_MODS | {"prep"}


def _names_a_place(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in _PLACE_ENTS


def _names_place(token: Token, root: Token) -> bool:
    """A place name inside a place phrase: "Gjilan" in "the town of Gjilan", "Deraa" in "the
    Deraa countryside" however spaCy tags it."""
    return token.ent_type_ in _PLACE_ENTS or (token.dep_ == "compound" and token.head.i == root.i)


def _entity_text(token: Token) -> str:
    """The text of the named entity around ``token`` (the token alone outside entities)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


@dataclass(frozen=True)
class Holder:
    """The sector of whoever holds a phrase's holding (None: a country alone)."""

    sector: str | None


def holder(
    phrase: Phrase, sector_match: Match | None, country_match: Match | None
) -> Holder | None:
    """The holder a modifier of a holding names, or None when the phrase names none.

    A facility, vehicle or body is held by a sector noun or a country demonym or name that
    modifies it; a place ("town", "enclave") only in an actor role, then also by a country
    the phrase locates it in ("a village in Cameroon").
    """
    holding = phrase.holding
    if holding is None or (holding.place and not phrase.in_role):
        return None
    term = _holding_term(phrase, sector_match)
    if term is not None:
        return Holder(term.sector)
    if country_match is None or country_match.form is None:
        return None
    if holding.place:
        return Holder(holding.sector)
    if country_match.form.kind in _LOCATING_FORMS:
        return None
    owning = country_weight(country_match, phrase, set()) >= 2
    return Holder(holding.sector) if owning else None


def _holding_term(phrase: Phrase, sector_match: Match | None) -> SectorTerm | None:
    """The sector noun that holds the phrase's holding ("army" in "an army camp")."""
    if sector_match is None or sector_match.term is None or sector_match.term.weak:
        return None
    holds = _holds(match_head(sector_match, phrase.root.doc), phrase.root)
    return sector_match.term if holds else None


def _holds(token: Token, root: Token) -> bool:
    """Whether a modifier reaches the head only through "of", possessives, compounds and
    holding participles: "camps of the army", "rebel-held" hold; "a camp for soldiers",
    "government-funded" do not."""
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        if token.pos_ == "ADP" and token.lower_ != "of":
            return False
        if token.pos_ in ("VERB", "AUX") and not holding_participle(token):
            return False
    return token.i == root.i
