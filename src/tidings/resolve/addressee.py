"""Whom a reply, or a word said at a meeting, is addressed to.

"Kim repeated Pyongyang's position ..., but Sasae responded that the assertion was
unacceptable" — Sasae rejects what Kim said. "Sasae said in the August meeting that the
abductees should be returned" — the demand goes to whoever Sasae met. When such an event
has a source but no target, the target is the counterpart of the latest meeting (CONSULT
with two parties) the article reports for the source's side; for a reply with no such
meeting, the latest earlier speaker of another country.

The cue is in the sentence: a reply verb before the trigger, or a reference to the meeting
("in the meeting", "at the talks", "during Wednesday's session", "the venue of the first day
of the meeting"). Without a cue nothing is filled.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.model import Actor, Mention

_REPLY = re.compile(r"\b(respond(?:ed|s)?|repl(?:ied|ies|y)|retort(?:ed|s)?|answer(?:ed|s)?)\b")
_AT_MEETING = re.compile(
    r"\b(?:in|at|during|of)\s+(?:the|this|that|their|its|his|her)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:meeting|talks|session|summit|negotiations|discussions)\b",
    re.IGNORECASE,
)
_PENALTY = 0.1


def _side(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _counterpart_in_meeting(side: str, earlier: list[Mention]) -> Actor | None:
    for mention in reversed(earlier):
        if mention.action.plover != "CONSULT" or mention.source is None or mention.target is None:
            continue
        if _side(mention.source) == side and _side(mention.target) not in (None, side):
            return mention.target
        if _side(mention.target) == side and _side(mention.source) not in (None, side):
            return mention.source
    return None


def _previous_speaker(side: str, earlier: list[Mention]) -> Actor | None:
    for mention in reversed(earlier):
        if _side(mention.source) not in (None, side):
            return mention.source
    return None


def _cue(mention: Mention) -> str | None:
    if _REPLY.search(mention.text_before_trigger) or _REPLY.fullmatch(mention.trigger.lower()):
        return "reply"
    if _AT_MEETING.search(mention.sentence.text):
        return "meeting"
    return None


def _addressee(mention: Mention, earlier: list[Mention]) -> Actor | None:
    side = _side(mention.source)
    cue = _cue(mention)
    if side is None or cue is None:
        return None
    found = _counterpart_in_meeting(side, earlier)
    if found is None and cue == "reply":
        found = _previous_speaker(side, earlier)
    if found is None:
        return None
    return replace(found, start=None, end=None)  # named elsewhere in the article


def address_replies(mentions: list[Mention]) -> list[Mention]:
    """Fill the target of replies and of words said at a meeting from the article."""
    done: list[Mention] = []
    for mention in mentions:
        if mention.source is not None and mention.target is None:
            target = _addressee(mention, done)
            if target is not None:
                mention = replace(
                    mention,
                    target=target,
                    symmetric=mention.action.plover == "CONSULT",
                    confidence=mention.less_certain(_PENALTY),
                )
        done.append(mention)
    return done
