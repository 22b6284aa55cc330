"""Choosing an actor's country, sector and organisation among a phrase's matches.

Owns the ranking of country and sector matches (the head's own words first, a country that
only locates last), the organisation an actor belongs to ("NATO troops", "militants from
HTS") and the code such an actor takes (see the conventions in :mod:`tidings.resolve.actors`).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.resolve._actors_match import Match
from tidings.resolve._actors_names import title_role
from tidings.resolve._actors_phrase import Phrase, country_weight, depth_below, match_head
from tidings.resolve.gazetteer import Organisation

_POST_KINDS = frozenset({"title", "institution"})  # nouns naming a post or branch of a body


def _actor_tokens(phrase: Phrase, persons: set[int]) -> set[int]:
    covered = set(persons)
    for match in phrase.matches:
        if match.term is not None or match.organisation is not None:
            covered.update(range(match.start, match.end))
    return covered


def choose_country(phrase: Phrase, persons: set[int], diplomatic: bool) -> Match | None:
    """The country match the actor belongs to: the firmest attached (:func:`country_weight`),
    then the nearest the head; none when every country modifies some other word, and for a
    diplomatic post ("ambassador in Tokyo") never the country it is posted to."""
    actor_tokens = _actor_tokens(phrase, persons)
    ranked = []
    for match in phrase.matches:
        if match.form is None:
            continue
        weight = country_weight(match, phrase, actor_tokens)
        if weight == 1.0 and (diplomatic or _locates_person(match, phrase, persons)):
            continue
        depth = depth_below(match_head(match, phrase.root.doc), phrase.root)
        ranked.append((-weight, depth, match.start, match))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[:3])
    if -ranked[0][0] <= 0.5:
        return None
    return ethnic_home(phrase) or ranked[0][3]


def ethnic_home(phrase: Phrase) -> Match | None:
    """ "Bosnian Serbs", "Croatian Serbs", "Iraqi Turkmens": a people named by one state's
    demonym and qualified by another state's is an ethnic community living in the second
    state, so the qualifier, not the head, gives the country (the sector is CVL, as for
    other ethnic communities: :func:`sector_and_role`). Only for peoples news names so across
    borders (:data:`CROSS_BORDER_PEOPLES`): in "Turkish Cypriots" the head is the state's
    people and the qualifier their ethnicity."""
    root = phrase.root
    if root.text not in CROSS_BORDER_PEOPLES:
        return None
    head = next((m for m in phrase.matches if m.form is not None and m.covers(root)), None)
    if head is None or head.form is None or head.form.kind != "demonym" or head.start != root.i:
        return None
    for match in phrase.matches:
        form = match.form
        if form is None or form.region or form.iso3 == head.form.iso3 or match.end != root.i:
            continue
        qualifier = root.doc[match.end - 1]
        if form.kind in _STATE_NAMES and qualifier.head.i == root.i:
            return match
    return None


def _locates_person(match: Match, phrase: Phrase, persons: set[int]) -> bool:
    """ "Kim Jong Un in Singapore": where a named person is says nothing of whose person
    they are (the leaders table or the article tells that); a place locating some other
    word ("a resident in Gaza") still does."""
    located = match_head(match, phrase.root.doc).head.head
    return located.i in persons


def choose_sector(phrase: Phrase) -> Match | None:
    """The sector noun or organisation that gives the sector: a specific institution or a
    heading organisation first, then the nearest the head; weak terms only when no other."""
    doc = phrase.root.doc
    strong, weak = [], []
    for match in phrase.matches:
        if match.form is not None:
            continue
        depth = depth_below(match_head(match, doc), phrase.root)
        target = weak if match.term is not None and match.term.weak else strong
        target.append((not _specific(match, phrase.root), depth, -match.start, match))
    for group in (strong, weak):
        if group:
            group.sort(key=lambda item: item[:3])
            return group[0][3]
    return None


def _specific(match: Match, root: Token) -> bool:
    """An organisation heading the phrase, an institution other than the state ("army")."""
    if match.organisation is not None:
        return match.covers(root)
    return (
        match.term is not None and match.term.kind == "institution" and match.term.sector != "GOV"
    )


def belonging_organisation(
    phrase: Phrase, sector_match: Match | None, persons: set[int]
) -> Organisation | None:
    """The body the phrase's actor belongs to: "NATO troops", "militants from HTS"."""
    if sector_match is not None and sector_match.organisation is not None:
        return sector_match.organisation
    actor_tokens = _actor_tokens(phrase, persons)
    attached = [
        match
        for match in phrase.matches
        if match.organisation is not None and country_weight(match, phrase, actor_tokens) >= 2
    ]
    if not attached:
        return None
    doc = phrase.root.doc
    chosen = min(
        attached, key=lambda match: (depth_below(match_head(match, doc), phrase.root), match.start)
    )
    return chosen.organisation


def organisation_code(
    organisation: Organisation, sector_match: Match | None, country: str | None, sector: str | None
) -> tuple[str | None, str | None]:
    """Country and sector of an actor of ``organisation`` (see :mod:`tidings.resolve.actors`)."""
    if organisation.international:
        return organisation.country, organisation.org
    term = sector_match.term if sector_match is not None else None
    if term is None or term.kind not in _POST_KINDS:
        sector = organisation.sector
    return (country if organisation.national else organisation.country), sector


# peoples named by a state's demonym who live as large communities in neighbouring states
CROSS_BORDER_PEOPLES = frozenset(
    {"Serbs", "Croats", "Albanians", "Russians", "Hungarians", "Armenians", "Azeris", "Somalis"}
    | {"Uzbeks", "Tajiks", "Turkmens", "Ukrainians", "Romanians", "Greeks", "Bosnians"}
)

_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
_STATE_NAMES = frozenset({"name", "alias", "demonym"})


def state_body_country(
    organisation: Organisation, phrase: Phrase, country_match: Match | None
) -> str | None:
    """ "Pakistan's Foreign Office", "the Peruvian Congress": a state body the table places in
    the state where the name is best known belongs to another state named before it, since
    many states name their bodies alike. A country named after it ("Congress on China") or a
    region ("the Texas ...") says nothing of whose body it is."""
    if organisation.international or organisation.national:
        return None
    if organisation.sector not in _STATE_SECTORS or country_match is None:
        return None
    form = country_match.form
    if form is None or form.kind not in _STATE_NAMES:
        return None
    body = next((m for m in phrase.matches if m.organisation == organisation), None)
    if body is None or country_match.end > body.start:
        return None
    return form.iso3


def sector_and_role(
    phrase: Phrase, sector_match: Match | None, country_match: Match | None
) -> tuple[str | None, str | None]:
    """The sector and role the chosen sector match gives; a country alone is its government,
    a demonym heading the phrase its people or its government (:func:`_demonym_sector`)."""
    if sector_match is not None:
        if sector_match.organisation is not None:
            return sector_match.organisation.actor_sector, title_role(phrase)
        assert sector_match.term is not None
        return sector_match.term.sector, title_role(phrase)
    if country_match is None or country_match.form is None:
        return None, None
    if country_match.form.region:
        return None, None
    if country_match.form.kind == "demonym" and country_match.covers(phrase.root):
        return _demonym_sector(phrase.root), None
    if country_match is ethnic_home(phrase):
        return "CVL", None
    return "GOV", None


def _demonym_sector(root: Token) -> str:
    """ "13 Japanese" are civilians; "the Japanese" (acting as a side) the government, as is
    the leader of "a Saudi-led strike"."""
    if root.dep_ == "npadvmod" and root.head.tag_ == "VBN":
        return "GOV"
    determiners = [child for child in root.children if child.dep_ == "det"]
    numbers = [child for child in root.children if child.dep_ == "nummod"]
    return "GOV" if determiners and not numbers else "CVL"


def title_country(match: Match | None) -> str | None:
    """Titles used by one country only ("Chief Cabinet Secretary" -> JPN)."""
    if match is None or match.term is None:
        return None
    return match.term.country
