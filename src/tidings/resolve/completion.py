"""Article-level completion of actors the sentence leaves without a country.

A sentence often names an official without saying whose ("Kenichiro Sasae, director
general of the Foreign Ministry ...") or speaks of "the two countries". Read with the
whole article, the answer is usually plain:

- a national actor (government, military, a named person ...) with no country, acting
  on a counterpart of country C, belongs to the article's most reported country other
  than C — and a person so placed keeps that country in every mention of the article;
- "the two countries", "both sides" ... are the article's two most reported countries,
  as a reciprocal pair;
- police, courts, the opposition, rebels and groups of citizens (protesters, students,
  unions ...) named with no country in an event placed in a country belong to it ("riot
  police fired on demonstrators in Managua"): unlike governments and armies, they do not
  travel. All these rules read the place through ``_event_country``;
- the people a state's own forces arrest, repress or storm, and the government facing a
  national opposition, are that state's (``_own_target``, ``_domestic_rivals``);
- what is still unplaced in an event with no foreign party is the article's leading state's;
- a person's relatives ("the parents of Megumi Yokota", "Smith's family") share the
  country the article gives that person;
- a meeting with one coded party ("the parents ... were allowed to meet the kidnapped
  woman's daughter") is with the article's leading state other than that party's, as an
  inferred government counterpart, with lower confidence; so is the agent of a cooperative
  material act with no agent ("the abductees have been repatriated to Japan"), never of an
  attack.

Nothing is filled when the article gives no clear answer (no counterpart, or fewer than
two mentions of the candidate country).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeGuard

from tidings.model import Actor, Mention
from tidings.resolve.gazetteer import INTERNATIONAL

_PAIR = re.compile(
    r"\b(the two|both)\s+(countries|nations|sides|governments|states|neighbou?rs|parties|"
    r"delegations|capitals|leaders)\b",
    re.IGNORECASE,
)
_NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "OPP", None})
_MIN_SUPPORT = 2
# relatives all three kin patterns know; each pattern adds its own forms to these
_KIN_WORDS = "parents|family|relatives|wife|husband|widow|mother|father|children"
_KIN = re.compile(
    rf"\b(?:{_KIN_WORDS}|parent|families|relative|sons?|daughters?|brothers?|sisters?|"
    r"granddaughter|grandson|grandparents?)\s+of\s+(.+)$",
    re.IGNORECASE,
)
_KIN_POSSESSIVE = re.compile(rf"^(.+?)'s\s+(?:\w+\s+)?(?:{_KIN_WORDS})\b", re.IGNORECASE)
_KIN_PRONOUN = re.compile(
    rf"^(?:his|her|their)\s+(?:\w+\s+)?(?:{_KIN_WORDS}|son|daughter)\b", re.IGNORECASE
)


def country_counts(mentions: Iterable[Mention]) -> Counter[str]:
    """How often each state is a coded participant of the article's events."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        for actor in (mention.source, mention.target):
            if actor is not None and _is_state(actor.country):
                counts[actor.country] += 1
    return counts


def _is_state(country: str | None) -> TypeGuard[str]:
    """A country code of a state (not an international body or a region)."""
    return country is not None and country not in INTERNATIONAL and len(country) == 3


def _home(counts: Counter[str], other: str | None) -> str | None:
    for country, count in counts.most_common():
        if country != other and count >= _MIN_SUPPORT:
            return country
    return None


def _needs_country(actor: Actor | None) -> bool:
    return (
        actor is not None
        and actor.country is None
        and actor.sector in _NATIONAL_SECTORS
        and (actor.name is not None or actor.sector is not None)
    )


def _with_country(actor: Actor, country: str, default_sector: str = "GOV") -> Actor:
    sector = actor.sector or default_sector
    return replace(actor, country=country, sector=sector, code=country + sector)


def _persons_placed(mentions: list[Mention], counts: Counter[str]) -> dict[str, str]:
    """Persons whose country follows from a counterpart in some mention of the article."""
    placed: dict[str, str] = {}
    for mention in mentions:
        for actor, other in ((mention.source, mention.target), (mention.target, mention.source)):
            if _needs_country(actor) and actor.name and other and _is_state(other.country):
                home = _home(counts, other.country)
                if home:
                    placed.setdefault(actor.name, home)
    return placed


def _named_countries(mentions: list[Mention]) -> dict[str, str]:
    """Each named person or body the article places in a country."""
    named: dict[str, str] = {}
    for mention in mentions:
        for actor in (mention.source, mention.target):
            if actor is not None and actor.name and _is_state(actor.country):
                named.setdefault(actor.name, actor.country)
    return named


def _kin_country(actor: Actor, named: dict[str, str], latest: str | None) -> str | None:
    """The country of the person whose relatives ``actor`` names, if the article gives one
    ("her parents": the latest named person before this mention)."""
    if _KIN_PRONOUN.search(actor.text):
        return latest
    found = _KIN.search(actor.text) or _KIN_POSSESSIVE.search(actor.text)
    if found is None:
        return None
    relative = found.group(1).strip()
    for name, country in named.items():
        if name in relative or relative.endswith(name.split()[-1]):
            return country
    return None


def _complete_kin(actor: Actor | None, named: dict[str, str], latest: str | None) -> Actor | None:
    if actor is None or actor.country is not None:
        return actor
    country = _kin_country(actor, named, latest)
    if country is None:
        return actor
    return _with_country(actor, country, default_sector="CVL")


def _complete(
    actor: Actor | None, other: Actor | None, counts: Counter[str], placed: dict[str, str]
) -> Actor | None:
    if not _needs_country(actor):
        return actor
    assert actor is not None
    if actor.name and actor.name in placed:
        return _with_country(actor, placed[actor.name])
    if other is not None and _is_state(other.country) and not _domestic(other):
        home = _home(counts, other.country)
        if home:
            return _with_country(actor, home)
    return actor


def _domestic(actor: Actor) -> bool:
    """Rebels, an opposition, citizens, police or courts: parties that act at home, so the
    government or army facing them ("the rebels accused the government") is as likely their
    own state's as a foreign one; the counterpart rule, which picks a state other than
    theirs, would guess wrong (left to the article's leading state instead)."""
    return actor.sector in _RESIDENT_SECTORS or actor.sector == _REBELS


def _split_pair(mention: Mention, counts: Counter[str]) -> Mention:
    """'the two countries held talks' -> the article's two leading states, reciprocally."""
    source = mention.source
    if source is None or source.country or mention.target or not _PAIR.search(source.text):
        return mention
    leading = [c for c, n in counts.most_common(2) if n >= _MIN_SUPPORT]
    if len(leading) < 2:
        return mention
    sector = source.sector if source.sector not in (None, "CVL") else "GOV"
    first, second = (
        replace(source, country=c, sector=sector, code=c + sector, name=None) for c in leading
    )
    return replace(mention, source=first, target=second, symmetric=True)


_MEETING = "CONSULT"


def _other_side(known: Actor | None, counts: Counter[str]) -> Actor | None:
    """The government of the article's leading state other than ``known``'s, if clear."""
    if known is None or not _is_state(known.country):
        return None
    home = _home(counts, known.country)
    if home is None:
        return None
    return Actor(text=home, code=home + "GOV", country=home, sector="GOV")


def _counterpart(mention: Mention, counts: Counter[str]) -> Mention:
    if mention.action.plover != _MEETING or mention.target is not None:
        return mention
    other = _other_side(mention.source, counts)
    if other is None:
        return mention
    return replace(mention, target=other, symmetric=True, confidence=mention.less_certain())


# arrests, detentions and violent repression: what a state's own forces do at home
_DOMESTIC_COERCION = ("173", "175")
_STATE_AGENTS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
# those who act where they live: their country is the event's place when the text names none
# (not governments, armies, envoys, refugees: they act abroad as often as at home)
_RESIDENT_SECTORS = frozenset(
    {"COP", "JUD", "LEG", "OPP", "PTY", "CVL", "EDU", "LAB", "REL", "MED", "BUS", "AGR", "HLH"}
)
_HOME_SECTORS = _RESIDENT_SECTORS | {"GOV"}
# parties at home even when attacked: a state's forces storming the opposition's offices
_DOMESTIC_FOES = frozenset({"OPP", "PTY", "EDU", "LAB"})
_ATTACKS = ("18", "19")
_ROLES = ("source", "target")
_ROLE_PAIRS = (("source", "target"), ("target", "source"))


def _unplaced(actor: Actor | None, sectors: frozenset[str]) -> TypeGuard[Actor]:
    """An actor of one of ``sectors`` that the text gives no country."""
    return actor is not None and actor.country is None and actor.sector in sectors


def _needs_any_country(actor: Actor | None) -> TypeGuard[Actor]:
    """An actor of any known sector that the text gives no country."""
    return actor is not None and actor.country is None and actor.sector is not None


def _event_country(mention: Mention) -> str | None:
    """The state the event happens in, when its place names one: the shared evidence of the
    rules below, which give people who act at home the country where they act."""
    place = mention.location
    return place.country if place is not None and _is_state(place.country) else None


def _state_agent_country(actor: Actor | None) -> str | None:
    """The country of a state's own agent (government, police, army, court, intelligence)."""
    if actor is None or actor.sector not in _STATE_AGENTS or not _is_state(actor.country):
        return None
    return actor.country


def _placed(mention: Mention, role: str, country: str) -> Mention:
    """``mention`` with the actor in ``role`` given ``country``."""
    return replace(mention, **{role: _with_country(getattr(mention, role), country)})


# people who travel: named by the place they are in or held in, they would take its country
# wrongly
_TRAVELLERS = re.compile(
    r"\b(tourists?|foreigners?|visitors?|pilgrims?|expatriates?|journalists?|reporters?|"
    r"migrants?|refugees?|passengers?|sailors?|crew|hostages?|aid workers?|diplomats?)\b",
    re.IGNORECASE,
)


def _placed_residents(mention: Mention) -> Mention:
    """Give residents named with no country (police, opposition, protesters ...) the country
    of the place the event happens in; travellers ("tourists detained in Lhasa", "foreign
    journalists in Cairo") are not its residents."""
    country = _event_country(mention)
    if country is None:
        return mention
    roles = [role for role in _ROLES if _resident(getattr(mention, role))]
    for role in roles:
        mention = _placed(mention, role, country)
    return _local_agents(mention, country) if roles else mention


def _resident(actor: Actor | None) -> bool:
    unplaced = _unplaced(actor, _RESIDENT_SECTORS)
    return unplaced and actor is not None and not _TRAVELLERS.search(actor.text)


def _local_agents(mention: Mention, country: str) -> Mention:
    """ "Government supporters attacked the marchers in Managua", "troops fired on protesters in
    Conakry": with residents of the place on the other side, an unplaced state agent is the
    place's own, not the article's other leading state."""
    sides = {"source": mention.source, "target": mention.target}  # as they stood before
    for role, other_role in _ROLE_PAIRS:
        other = sides[other_role]
        if not _unplaced(sides[role], _STATE_AGENTS) or other is None:
            continue
        if other.country == country and other.sector in _RESIDENT_SECTORS:
            mention = _placed(mention, role, country)
    return mention


def _leading_state(counts: Counter[str]) -> str | None:
    """The state the article is about: the most reported one, clearly ahead of the next."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_SUPPORT:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


def _at_home(mention: Mention, home: str) -> Mention:
    """ "The government blamed small groups of the political opposition", "police arrested
    1,100 people" in a story about Gabon: with no foreign party in the event, the government,
    police, opposition and citizens named with no country are the article's leading state's
    (counted once the other rules have placed whom they can)."""
    sides = (mention.source, mention.target)
    if any(actor is not None and actor.country not in (None, home) for actor in sides):
        return mention
    for role in _ROLES:
        if _unplaced(getattr(mention, role), _HOME_SECTORS):
            mention = _placed(mention, role, home)
    return mention


def _own_target(
    mention: Mention, cameo_roots: tuple[str, ...], foes: frozenset[str] | None
) -> Mention:
    """A state's agent doing what states do at home (``cameo_roots``) to an unplaced target of
    ``foes`` (None: of any known sector): the target is that state's own, since foreigners
    acted on are named by nationality (or as travellers: "detained two tourists")."""
    if not mention.action.cameo.startswith(cameo_roots):
        return mention
    country = _state_agent_country(mention.source)
    target = mention.target
    if country is None or not _needs_any_country(target) or _TRAVELLERS.search(target.text):
        return mention
    if foes is not None and target.sector not in foes:
        return mention
    return _placed(mention, "target", country)


def _attacked_at_home(mention: Mention) -> Mention:
    """ "Gabonese security forces stormed the headquarters of opposition leader Jean Ping":
    the opposition, a party, students or unions a state's forces attack are that state's."""
    return _own_target(mention, _ATTACKS, foes=_DOMESTIC_FOES)


_COERCION_ROOT = "17"
_AUTHORITIES = frozenset({"GOV", "COP", "JUD"})


def _placed_authorities(mention: Mention) -> Mention:
    """ "Authorities imposed a curfew in parts of Srinagar", "police arrested 20 people in
    Lagos": authorities arresting, banning or imposing curfews act at home, so when the text
    names no country for them they are the country's where they do it."""
    if not mention.action.cameo.startswith(_COERCION_ROOT):
        return mention
    country = _event_country(mention)
    if country is None or not _unplaced(mention.source, _AUTHORITIES):
        return mention
    return _placed(mention, "source", country)


def _domestic_subjects(mention: Mention) -> Mention:
    """ "Chinese police detained dozens of activists", "Egyptian police fired tear gas at
    protesters": the people a state's police, courts or forces arrest or repress, named with
    no country, are its own (foreigners arrested are named by nationality)."""
    return _own_target(mention, _DOMESTIC_COERCION, foes=None)


# courts and prosecutors try, sentence and free the people of their own jurisdiction; the
# prisoners a state frees or pardons are held at home
_JUDICIARY = "JUD"
_RELEASE = "0841"


def _held_at_home(mention: Mention) -> Mention:
    """ "Guatemalan prosecutors charged a former army general", "a Panamanian court sentenced
    the former dictator", "Myanmar freed 100 political prisoners": the people a state's courts
    act on, or its authorities release, named with no country, are its own (foreign prisoners
    are named by nationality; travellers such as journalists or sailors are never placed)."""
    source, target = mention.source, mention.target
    if source is None or not _is_state(source.country) or not _needs_any_country(target):
        return mention
    judged = source.sector == _JUDICIARY
    released = mention.action.cameo == _RELEASE and source.sector in _STATE_AGENTS
    if not (judged or released) or _TRAVELLERS.search(target.text):
        return mention
    return _placed(mention, "target", source.country)


_REBELS = "REB"
_REBEL_SECTORS = frozenset({_REBELS})
# bodies that act only at home: rebels fighting them are that country's
_HOME_ONLY_SECTORS = frozenset({"COP", "JUD", "LEG"})


def _rebels_country(mention: Mention, other: Actor | None) -> str | None:
    """Where unnamed rebels belong: the country the event happens in ("struck rebel targets in
    Idlib"), else the country of the police, court or parliament they fight ("gunmen killed
    four Iraqi policemen"). Never a foreign army's or a victim's nationality: troops and
    tourists travel, insurgents fight at home."""
    country = _event_country(mention)
    if country is not None:
        return country
    if other is not None and other.sector in _HOME_ONLY_SECTORS and _is_state(other.country):
        return other.country
    return None


def _placed_rebels(mention: Mention) -> Mention:
    """Give rebels, militants or gunmen named with no country the country they fight in."""
    for role, other_role in _ROLE_PAIRS:
        if not _unplaced(getattr(mention, role), _REBEL_SECTORS):
            continue
        country = _rebels_country(mention, getattr(mention, other_role))
        if country is not None:
            mention = _placed(mention, role, country)
    return mention


# the opposition contests power at home: the government, police or courts it faces, or that
# act on it, named with no country, are its own country's
_OPPOSITION = "OPP"
_RIVALLED_SECTORS = _STATE_AGENTS | {"LEG"}


def _domestic_rivals(mention: Mention) -> Mention:
    """ "Thai opposition leaders accused the military government", "the government arrested
    Kenyan opposition leaders": the state body facing a national opposition is its own."""
    for role, other_role in _ROLE_PAIRS:
        actor = getattr(mention, role)
        if actor is None or actor.sector != _OPPOSITION or not _is_state(actor.country):
            continue
        if _unplaced(getattr(mention, other_role), _RIVALLED_SECTORS):
            mention = _placed(mention, other_role, actor.country)
    return mention


_PROTEST = "PROTEST"


def _local_protest(mention: Mention) -> Mention:
    """ "Tens of thousands marched in Hong Kong", "protesters in Basra stormed the government
    building": protesters named with no country are those of the country the protest takes
    place in, and the authority they protest against is their own (foreign marchers and
    foreign targets are named by nationality: "Pakistanis protested against U.S. strikes")."""
    if mention.action.plover != _PROTEST:
        return mention
    country = _event_country(mention)
    if country is not None and _needs_any_country(mention.source):
        mention = _placed(mention, "source", country)
    home = mention.source.country if mention.source is not None else None
    if _is_state(home) and _unplaced(mention.target, _RIVALLED_SECTORS):
        mention = _placed(mention, "target", home)
    return mention


def complete_actors(mentions: list[Mention]) -> list[Mention]:
    """Fill missing countries from counterparts and the article's leading states."""
    counts = country_counts(mentions)
    placed = _persons_placed(mentions, counts)
    named = _named_countries(mentions)
    completed: list[Mention] = []
    latest: str | None = None  # country of the latest named person
    for mention in mentions:
        mention = _placed_authorities(_split_pair(mention, counts))
        mention = _placed_rebels(_held_at_home(_domestic_subjects(mention)))
        mention = _local_protest(_domestic_rivals(mention))
        mention = replace(
            mention,
            source=_complete_kin(mention.source, named, latest),
            target=_complete_kin(mention.target, named, latest),
        )
        mention = _attacked_at_home(_placed_residents(mention))
        source, target = mention.source, mention.target
        mention = replace(
            mention,
            source=_complete(source, target, counts, placed),
            target=_complete(target, source, counts, placed),
        )
        mention = _releaser(_counterpart(mention, counts), counts)
        completed.append(mention)
        latest = _latest_person(mention, latest)
    home = _leading_state(country_counts(completed))
    return [_at_home(mention, home) for mention in completed] if home else completed


def _latest_person(mention: Mention, latest: str | None) -> str | None:
    """The country of the latest named private person (relatives in the news are a
    victim's or a citizen's far more often than an official's)."""
    for actor in (mention.target, mention.source):
        if actor is not None and actor.name and actor.sector == "CVL" and _is_state(actor.country):
            return actor.country
    return latest


_COOPERATIVE_MATERIAL = 2


def _releaser(mention: Mention, counts: Counter[str]) -> Mention:
    """ "Five of the abductees have been repatriated to Japan": a release, return or aid with
    no agent comes from the article's leading state other than the receiver's. Only for
    cooperative acts: an attack is never attributed by inference."""
    if mention.source is not None or mention.action.quad_class != _COOPERATIVE_MATERIAL:
        return mention
    giver = _other_side(mention.target, counts)
    if giver is None:
        return mention
    return replace(mention, source=giver, confidence=mention.less_certain())
