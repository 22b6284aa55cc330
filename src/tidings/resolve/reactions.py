"""Reactions to an act the article reported: "Karadzic condemned the raid".

A reaction (condemning, welcoming, rejecting, denying) whose object is a definite noun for a
kind of act ("the raid", "the criticism", "the offer", "the EU measures") is aimed at whoever
did that act. The sentence itself does not name them, but the article did: the target is the
author of the article's first earlier report of that kind of act by another actor than the
one reacting ("the raid" in a story about a NATO air strike is NATO's, even
after other raids were mentioned: a definite "the" names the story's known act). Inferred, so
the mention's confidence is lowered; nothing is filled without such an earlier report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.model import Actor, Mention

_REACTIONS = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# a noun for a kind of act -> the PLOVER types of the reports it can refer back to
_ACT_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "raid",
            "strike",
            "attack",
            "bombing",
            "shelling",
            "operation",
            "offensive",
            "assault",
            "incursion",
            "killing",
            "crackdown",
            "repression",
        ),
        frozenset({"ASSAULT", "COERCE"}),
    ),
    **dict.fromkeys(
        ("criticism", "charge", "accusation", "allegation", "condemnation"),
        frozenset({"ACCUSE"}),
    ),
    **dict.fromkeys(
        ("offer", "proposal", "plan", "initiative", "invitation"),
        frozenset({"AGREE", "CONCEDE", "RETREAT"}),
    ),
    **dict.fromkeys(("demand", "request", "appeal", "ultimatum"), frozenset({"REQUEST"})),
    **dict.fromkeys(
        ("measure", "sanction", "ban", "embargo", "blockade", "closure"),
        frozenset({"SANCTION", "COERCE"}),
    ),
    **dict.fromkeys(("threat", "warning"), frozenset({"THREATEN"})),
}
_DEFINITE_OBJECT = re.compile(
    r"^\s*(?:the|this|that|these|those|its|their)\s+((?:[\w'’.-]+\s+){0,2}?)([a-z]+?)(?:e?s)?\b"
)


def _act_kinds(mention: Mention) -> frozenset[str] | None:
    """The kinds of act named by the reaction's definite object, if it names one."""
    found = _DEFINITE_OBJECT.match(mention.text_after_trigger)
    if found is None:
        return None
    return _ACT_NOUNS.get(found.group(2).lower())


def _author(kinds: frozenset[str], reactor: Actor | None, earlier: list[Mention]) -> Actor | None:
    """The source of the first earlier report of such an act by another actor than the one
    reacting (a government condemns its own army's attack as readily as a foreign one)."""
    own = reactor.code if reactor is not None else None
    for candidate in earlier:
        source = candidate.source
        if candidate.action.plover not in kinds or source is None or source.country is None:
            continue
        if source.code != own:
            return source
    return None


def aim_reactions(mentions: list[Mention]) -> list[Mention]:
    """Give reactions to a reported act with no target of their own that act's author."""
    done: list[Mention] = []
    for mention in mentions:
        if mention.target is None and mention.action.plover in _REACTIONS:
            kinds = _act_kinds(mention)
            author = _author(kinds, mention.source, done) if kinds else None
            if author is not None:
                mention = replace(mention, target=author, confidence=mention.less_certain())
        done.append(mention)
    return done
