"""What earlier sentences of an article established: the episodes (dates and places) reported.

An *episode* is an explicit event date with the place it happened, when known. The *current*
episode is the one the narrative is in: the latest explicit date of a sentence's main clause.
Later sentences without a time word inherit it; a sentence naming a day inside a remembered
episode ("on Wednesday" within "the two-day meetings") inherits that episode's place.
A vaguer mention of a period that contains the current episode ("the August meeting" after
"Aug. 7") is taken to refer to the same episode and does not replace it. A dated main clause in
the past perfect ("Smith had warned the army on Thursday") is a flashback: it is remembered as an
episode but the narrative stays where it was, so the next sentence ("Karadzic condemned the raid")
does not move back to Thursday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Span, Token

from tidings.model import EventDate, Mention, Place
from tidings.resolve._dates_find import clause_date, explicit_date
from tidings.resolve._dates_tense import is_reporting
from tidings.resolve._places_find import clause_place, event_venues

ROOT_DEPTH = 3  # how deep under a sentence's main verb a time word still sets the episode


@dataclass(frozen=True)
class Episode:
    date: EventDate
    place: Place | None = None

    def same_dates(self, when: EventDate) -> bool:
        return self.date.start == when.start and self.date.end == when.end

    def contains(self, when: EventDate) -> bool:
        return self.date.start <= when.start and when.end <= self.date.end


@dataclass(frozen=True)
class Discourse:
    published: date | None
    current: Episode | None = None
    episodes: tuple[Episode, ...] = ()

    @property
    def date(self) -> EventDate | None:
        return self.current.date if self.current else None

    @property
    def place(self) -> Place | None:
        return self.current.place if self.current else None

    def containing(self, when: EventDate) -> Episode | None:
        """The narrowest remembered episode whose dates contain ``when``, placed ones first."""
        candidates = [episode for episode in self.episodes if episode.contains(when)]
        if not candidates:
            return None
        return min(candidates, key=lambda episode: (episode.place is None, episode.date.days))

    def after_sentence(self, sentence: Span, mentions: list[Mention]) -> Discourse:
        """A new Discourse that also knows what ``sentence`` and its coded events established."""
        updated = self
        for mention in mentions:
            if mention.date is not None:
                updated = updated._remember(Episode(mention.date, mention.location))
        return updated._venues(sentence)._main_clause(sentence)

    def _venues(self, sentence: Span) -> Discourse:
        """Dated event nouns with a place ("talks this month ... in Shenyang") are episodes."""
        updated = self
        for noun, venue in event_venues(sentence):
            when = explicit_date(noun, self.published, self.date)
            if when is not None:
                updated = updated._remember(Episode(when, Place(name=venue.text, text=venue.text)))
        return updated

    def _remember(self, episode: Episode) -> Discourse:
        episodes = list(self.episodes)
        for index, known in enumerate(episodes):
            if known.same_dates(episode.date):
                if known.place is None and episode.place is not None:
                    episodes[index] = replace(known, place=episode.place)
                    return self._with_episodes(tuple(episodes))
                return self
        return self._with_episodes((*episodes, episode))

    def _with_episodes(self, episodes: tuple[Episode, ...]) -> Discourse:
        current = self.current
        if current is not None:
            current = next((e for e in episodes if e.same_dates(current.date)), current)
        return replace(self, episodes=episodes, current=current)

    def _placed(self, root: Token) -> Discourse:
        """A main clause with no time word continues the episode and may say where it is."""
        if self.current is None or self.current.place is not None:
            return self
        entity = clause_place(root)
        if entity is None:
            return self
        return self._remember(Episode(self.current.date, Place(name=entity.text, text=entity.text)))

    def _main_clause(self, sentence: Span) -> Discourse:
        root = _narrative_head(sentence.root, self.published)
        when = clause_date(root, self.published, ROOT_DEPTH, self.date)
        if when is None and root is not sentence.root:
            root = sentence.root
            when = clause_date(root, self.published, ROOT_DEPTH, self.date)
        if when is None:
            return self._placed(sentence.root)
        entity = clause_place(root)
        place = Place(name=entity.text, text=entity.text) if entity is not None else None
        if self.current is not None and is_flashback(root):
            return self._remember(Episode(when, place))
        if self.current is not None and _refers_back(when, self.current.date):
            if self.current.place is None and place is not None:
                return self._remember(Episode(self.current.date, place))
            return self
        known = self._remember(Episode(when, place))
        episode = next(e for e in known.episodes if e.same_dates(when))
        if episode.place is None:
            container = self.containing(when)
            if container is not None and container.place is not None:
                episode = replace(episode, place=container.place)
                known = known._remember(episode)
        return replace(known, current=episode)


def _narrative_head(root: Token, published: date | None) -> Token:
    """ "X told Y on Wednesday that ..., officials said": the reported clause carries the news,
    unless it looks back from a reporting act that is dated itself ("the commission announced on
    Wednesday that Bongo had won Saturday's election": the story is at Wednesday)."""
    if not is_reporting(root):
        return root
    reported = [child for child in root.children if child.dep_ == "ccomp"]
    if not reported:
        return root
    if is_flashback(reported[0]) and clause_date(root, published, ROOT_DEPTH) is not None:
        return root  # the clause search does not enter the reported clause
    return reported[0]


def is_flashback(verb: Token) -> bool:
    """A past perfect clause ("had warned", "had been seized") tells what happened before the
    narrative's time, not where the narrative now is."""
    return verb.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in {"had", "'d"} for child in verb.children
    )


def _refers_back(when: EventDate, current: EventDate) -> bool:
    """A coarser period that contains the current episode, or the same dates again."""
    return when.start <= current.start and current.end <= when.end
