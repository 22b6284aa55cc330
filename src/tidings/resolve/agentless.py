"""Agentless reports of an event the article has already told with its agent.

"North Korea admitted it had kidnapped 13 Japanese ... Megumi Yokota, who was abducted on
a spy boat in 1977, ..." — the passive names no abductor, but the article has just said who
did such things. An event with no source takes the source of the article's latest earlier
mention with the same CAMEO code (and so the same kind of act), when that mention names one;
a target that has no country takes the earlier target's country (and sector) when its
sector is unknown or the same ("13 Japanese" civilians -> "Megumi Yokota").

Only material acts are completed (assaults, coercion, aid ...): a verbal act with no
speaker is not attributed on the strength of another sentence.
"""

from __future__ import annotations

from dataclasses import replace

from tidings.model import Actor, Mention


def _antecedent(mention: Mention, earlier: list[Mention]) -> Mention | None:
    for candidate in reversed(earlier):
        if candidate.action.cameo == mention.action.cameo and _has_country(candidate.source):
            return candidate
    return None


def _has_country(actor: Actor | None) -> bool:
    return actor is not None and actor.country is not None


def _victim(target: Actor | None, model: Actor | None) -> Actor | None:
    """``target`` with the antecedent target's country when it lacks one and sectors agree."""
    if target is None or target.country or model is None or not model.country:
        return target
    if target.sector not in (None, model.sector):
        return target
    sector = model.sector or ""
    return replace(target, country=model.country, sector=model.sector, code=model.country + sector)


def _completed(mention: Mention, antecedent: Mention) -> Mention:
    assert antecedent.source is not None
    source = replace(antecedent.source, start=None, end=None)  # not in this sentence
    return replace(
        mention,
        source=source,
        target=_victim(mention.target, antecedent.target),
        confidence=mention.less_certain(),
    )


def inherit_agents(mentions: list[Mention]) -> list[Mention]:
    """Give agentless material events the agent of the article's earlier same-code report."""
    done: list[Mention] = []
    for mention in mentions:
        if mention.source is None and mention.action.is_material:
            antecedent = _antecedent(mention, done)
            if antecedent is not None:
                mention = _completed(mention, antecedent)
        done.append(mention)
    return done
