"""Definite event nouns that refer back: "the meeting", "the August meeting".

"Japan and North Korea on Sunday held talks in Beijing. ... The meeting comes amid mixed
signals" — the second sentence has no date of its own, but "the meeting" is Sunday's. A
mention whose trigger follows a definite determiner takes the date (and place, when it has
none) of the article's latest earlier mention of the same kind (CAMEO root) between the
same countries; a coarser date of its own ("the August meeting") is narrowed to the earlier
one's when it contains it ("last met Aug. 7").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.model import EventDate, Mention

_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _is_definite(mention: Mention) -> bool:
    return bool(_DEFINITE.search(mention.text_before_trigger))


def _countries(mention: Mention) -> frozenset[str | None]:
    return frozenset(a.country if a else None for a in (mention.source, mention.target))


def _antecedent(mention: Mention, earlier: list[Mention]) -> Mention | None:
    dyad = _countries(mention)
    if None in dyad:
        return None
    for candidate in reversed(earlier):
        same_kind = candidate.action.cameo_root == mention.action.cameo_root
        if same_kind and candidate.date is not None and _countries(candidate) == dyad:
            return candidate
    return None


def _narrowed(own: EventDate | None, theirs: EventDate) -> EventDate | None:
    if own is None:
        return theirs
    inside = own.start <= theirs.start and theirs.end <= own.end
    return theirs if inside and theirs.days < own.days else own


def resolve_references(mentions: list[Mention]) -> list[Mention]:
    """Date (and place) definite event nouns from the event they refer back to."""
    done: list[Mention] = []
    for mention in mentions:
        antecedent = _antecedent(mention, done) if _is_definite(mention) else None
        if antecedent is not None and antecedent.date is not None:
            mention = replace(
                mention,
                date=_narrowed(mention.date, antecedent.date),
                location=mention.location or antecedent.location,
            )
        done.append(mention)
    return done
