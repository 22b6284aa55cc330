"""Event places: the locative entity attached to the predicate, resolved offline.

1. A GPE/LOC/FAC entity in a locative phrase of the trigger (see ``_places_find``) is looked up
   in data/places.tsv: countries (approximate centroid), else a city of that name, one in a
   country the event's actors belong to first ("Lebanese troops ... in Tripoli"), else the
   likeliest; country aliases the place table lacks ("DPRK") go through the Gazetteer, and so
   do provinces and regions ("Helmand province", "Darfur": named, with their country but no
   coordinates). Disputed areas ("Kashmir") and entities nobody knows are kept by name,
   without country or coordinates; a proper noun the tagger did not label a place is dropped
   unless the table knows it.
2. No locative phrase: the discourse may supply the place, conservatively —
   - the trigger has its own time word: the place of a remembered episode whose dates contain
     it ("on Wednesday" inside "the two-day meetings ... in Shenyang");
   - no time word: the current episode's place, if that episode is at most a week long and the
     verb is not perfect or generic present ("have been repatriated" gets none).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from tidings.model import EventDate, Mention, Place
from tidings.resolve._dates_find import clause_date, explicit_date, time_expression
from tidings.resolve._dates_tense import Tense, tense
from tidings.resolve._places_find import (
    PLACE_LABELS,
    beside_time,
    clause_place,
    event_venues,
    locative_entity,
)
from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.discourse import Discourse

if TYPE_CHECKING:
    from tidings.resolve.gazetteer import Gazetteer

EPISODE_DAYS = 7
REGION_WORDS = frozenset({"province", "region", "state", "district", "governorate", "area"})
LOOK_AHEAD = 2


class PlaceResolver:
    """Resolves the place of one event trigger against the bundled place table."""

    def __init__(self, index: PlaceIndex, gazetteer: Gazetteer | None = None) -> None:
        self.index = index
        self.gazetteer = gazetteer

    @classmethod
    def load(cls, gazetteer: Gazetteer | None = None) -> PlaceResolver:
        return cls(PlaceIndex.load(), gazetteer)

    def resolve(
        self, trigger: Token, discourse: Discourse, context: Collection[str] = ()
    ) -> Place | None:
        """``context``: the countries of the event's actors, preferred for ambiguous names."""
        entity = locative_entity(trigger) or self._beside_time(trigger, discourse)
        if entity is not None:
            found = self._entity_place(entity, context)
            if found is not None:
                return found
        carried = self._from_discourse(trigger, discourse)
        if carried is None and discourse.place is None:
            ahead = _ahead(trigger, discourse)
            carried = Place(name=ahead.text, text=ahead.text) if ahead is not None else None
        return self.complete(carried, context) if carried is not None else None

    def _entity_place(self, entity: Span, context: Collection[str]) -> Place | None:
        place = self.named(entity.text, context)
        if place.country is None and entity[-1].ent_type_ not in PLACE_LABELS:
            return None  # an unlabelled proper noun the table does not know is no place
        return place

    def _beside_time(self, trigger: Token, discourse: Discourse) -> Span | None:
        found = time_expression(trigger, discourse.published)
        return beside_time(found[0]) if found is not None else None

    def named(self, text: str, context: Collection[str] = ()) -> Place:
        """The place a name denotes; unknown names are kept without coordinates."""
        found = (
            self.index.lookup(text, context)
            or self._gazetteer_country(text)
            or self._region(text, context)
        )
        if found is None:
            return Place(name=text, text=text)
        return replace(found, text=text)

    def complete(self, place: Place, context: Collection[str] = ()) -> Place:
        """A place remembered by name only gets its country and coordinates."""
        if place.country is not None:
            return place
        return self.named(place.text or place.name, context)

    def _gazetteer_country(self, text: str) -> Place | None:
        if self.gazetteer is None:
            return None
        iso3 = self.gazetteer.country(text)
        return self.index.country(iso3) if iso3 else None

    def _region(self, text: str, context: Collection[str]) -> Place | None:
        """A province or region of a country ("Helmand province", "the Darfur region"): its
        country, no coordinates (a region is no point). A name several countries share
        ("Punjab") needs one of them among the actors."""
        if self.gazetteer is None:
            return None
        name = _region_name(text)
        for form in self.gazetteer.forms(name):
            if form.kind != "region" or not form.text[:1].isupper():
                continue
            if form.requires and form.iso3 not in context:
                continue
            return Place(name=name, country=form.iso3)
        return None

    def _from_discourse(self, trigger: Token, discourse: Discourse) -> Place | None:
        when = explicit_date(trigger, discourse.published)
        if when is not None:
            episode = discourse.containing(when)
            return episode.place if episode is not None else None
        if tense(trigger) in {Tense.PERFECT, Tense.PRESENT}:
            return None
        current = discourse.current
        if current is None or current.date.days > EPISODE_DAYS:
            return None
        return current.place


def _region_name(text: str) -> str:
    """ "the Helmand province" -> "Helmand": the name a region table lists."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        words = words[:-1]
    return " ".join(words)


def _ahead(trigger: Token, discourse: Discourse) -> Span | None:
    """A lead sentence often names the place only in the next sentences of the same episode:
    the main-clause place of the next ``LOOK_AHEAD`` sentences, stopping at another date."""
    if tense(trigger) in {Tense.PERFECT, Tense.PRESENT}:
        return None
    when = explicit_date(trigger, discourse.published) or discourse.date
    if when is None or when.days > EPISODE_DAYS:
        return None
    sentence = trigger.sent
    for _ in range(LOOK_AHEAD):
        if sentence.end >= len(trigger.doc):
            return None
        sentence = trigger.doc[sentence.end].sent
        other = clause_date(sentence.root, discourse.published, 3)
        if other is not None and not other.overlaps(when):
            return None
        found = clause_place(sentence.root) or _undated_venue(sentence, when, discourse)
        if found is not None:
            return found
    return None


def _undated_venue(sentence: Span, when: EventDate, discourse: Discourse) -> Span | None:
    for noun, venue in event_venues(sentence):
        other = explicit_date(noun, discourse.published)
        if other is None or other.overlaps(when):
            return venue
    return None


def placed_at_dateline(mentions: list[Mention], filed_from: Place | None) -> list[Mention]:
    """A wire story filed from a country's city ("MANAGUA, April 23 (Reuters) -") tells of
    events in that country: a mention the text gives no place, all of whose coded actors are of
    that country ("police fired tear gas at demonstrators"), happened there. Events with a
    foreign or international party may have happened anywhere and stay unplaced."""
    if filed_from is None or filed_from.country is None:
        return mentions
    return [_at_dateline(mention, filed_from) for mention in mentions]


def _at_dateline(mention: Mention, filed_from: Place) -> Mention:
    if mention.location is not None:
        return mention
    countries = {a.country for a in (mention.source, mention.target) if a and a.country}
    if countries != {filed_from.country}:
        return mention
    return replace(mention, location=filed_from)
