"""Event dates: the time expression governing the predicate, read against the publication date.

Order of evidence:
1. a time expression in the trigger's own clause, nearest in the dependency tree first, then in
   the clauses that embed it ("Kim replied that he would convey ..." takes "replied"'s time);
2. no time word: the verb's form decides
   - perfect ("have been repatriated"): no date — the text gives no anchor;
   - present tense reporting verb ("says"): the publication day;
   - other present tense (generic, habitual): no date;
   - simple past, modal statements and noun predicates: the current episode of the discourse
     (the last explicit date of the narrative); with no episode, a past reporting verb
     ("said") gets the day before publication to the publication day; anything else none.
Relative expressions need a publication date; without one they give no date. A wire
dateline's own day ("MOSCOW, Oct 4 (Reuters) -") is the story's reference date when it is
close before the publication date, or the only date known (``filed_on``); "yesterday" then
counts from it.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from tidings.annotate_dateline import dateline_span
from tidings.model import EventDate, Precision
from tidings.resolve._dates_find import explicit_date
from tidings.resolve._dates_rules import interpret
from tidings.resolve._dates_tense import Tense, is_reporting, tense
from tidings.resolve.discourse import Discourse

PUBLISHED = "published"
DATELINE_LAG_DAYS = 7  # an archive may stamp a story some days after it was filed


class DateResolver:
    """Resolves the date of one event trigger. Stateless: the discourse is passed in."""

    def resolve(
        self, trigger: Token, published: date | None, discourse: Discourse
    ) -> EventDate | None:
        found = explicit_date(trigger, published, discourse.date)
        if found is not None:
            return found
        return self._without_time_word(trigger, published, discourse)

    def _without_time_word(
        self, trigger: Token, published: date | None, discourse: Discourse
    ) -> EventDate | None:
        form = tense(trigger)
        if form is Tense.PERFECT:
            return None
        if form is Tense.PRESENT:
            return _published_day(published) if is_reporting(trigger) else None
        if discourse.date is not None:
            return discourse.date
        if form is Tense.PAST and is_reporting(trigger) and published is not None:
            return EventDate(published - timedelta(days=1), published, Precision.RANGE, PUBLISHED)
        return None


def _published_day(published: date | None) -> EventDate | None:
    if published is None:
        return None
    return EventDate(published, published, Precision.DAY, PUBLISHED)


def filed_on(doc: Doc, published: date | None) -> date | None:
    """The day in the story's wire dateline ("MOSCOW, Oct 4 (Reuters) -"), when it is a day no
    later than ``published`` and at most a week before it, or has its own year when there is no
    publication date."""
    span = dateline_span(doc)
    if span is None:
        return None
    words = [token for token in span if token.ent_type_ == "DATE"]
    if not words:
        return None
    found = interpret(doc[words[0].i : words[-1].i + 1].text, published)
    if found is None or found.precision != Precision.DAY:
        return None
    day = found.start
    if published is not None and not timedelta(0) <= published - day <= timedelta(
        DATELINE_LAG_DAYS
    ):
        return None
    return day
