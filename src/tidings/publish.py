"""Which coded mentions an article publishes.

A verbal act (a statement, appeal, accusation, praise ...) that names no one who performed
it tells an analyst nothing they can count: "the meeting was welcomed as a step in the right
direction" has no source. Such mentions are dropped. Material acts keep their place without
a source ("a car bomb killed two soldiers"), because who was hit, where and when is the news.

A plain statement (CAMEO 010: "..., he said", "Pyongyang insisted that ...") addressed to no
one is dropped as well: it only says that someone spoke. Typed statements (hopes, denials,
admissions: 011-019) and statements to someone ("told reporters") stay.
"""

from __future__ import annotations

from tidings.model import Mention

_PLAIN_STATEMENT = "010"


def publishable(mention: Mention) -> bool:
    if mention.action.cameo == _PLAIN_STATEMENT and mention.target is None:
        return False
    return mention.source is not None or not mention.action.is_verbal


def published(mentions: list[Mention]) -> list[Mention]:
    return [mention for mention in mentions if publishable(mention)]
