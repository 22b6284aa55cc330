"""Ultimatums given as time: "Serbia gave the guerrillas 48 hours to lay down their arms".

Giving someone a time limit to do something is an ultimatum (CAMEO 139) from the giver to
the one given the time. The act in the "to" clause is what the giver demands, not an act the
giver does, so it is no event of its own ("lay down their arms" is the guerrillas' act,
and they have not done it). The time limit is a span ("48 hours", "a week", "a deadline")
or a point the act must come by ("until Friday", "by midnight").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.lexicon import Kind, PredicateEntry

ULTIMATUM = PredicateEntry("give", "verb", "139", None, frozenset(), Kind.EVENT, False)
GIVING_VERBS = frozenset({"give", "grant"})
# "more time", "a year" are more often a reprieve than an ultimatum: left out
TIME_LIMITS = frozenset({"hour", "day", "week", "month", "minute", "deadline", "ultimatum"})
LIMIT_WORDS = frozenset({"until", "till", "by"})
LIMIT_DEPS = frozenset({"dobj", "npadvmod", "dative", "attr"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "ccomp"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def ultimatum_parts(verb: Token) -> tuple[Token, ...]:
    """The demanded "to" clause and the time limits of a verb giving a time limit ("gave X
    48 hours to leave", "gave X until Friday to surrender"); empty when it gives none."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_VERBS:
        return ()
    limits = [child for child in verb.children if _time_span(child)]
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS and _infinitive(c)]
    for limit in limits:  # "a deadline to disarm": the clause may hang on the limit noun
        clauses += [c for c in limit.children if c.dep_ in CLAUSE_DEPS and _infinitive(c)]
    for clause in clauses:
        if limits or any(_time_point(token) for token in clause.children):
            return (clause, *limits)
    return ()


def _infinitive(clause: Token) -> bool:
    return clause.pos_ in {"VERB", "AUX"} and any(c.tag_ == "TO" for c in clause.children)


def _time_span(token: Token) -> bool:
    """ "48 hours", "a week", "a deadline" as what is given."""
    return token.dep_ in LIMIT_DEPS and token.lemma_.lower() in TIME_LIMITS


def _time_point(token: Token) -> bool:
    """ "until Friday", "by midnight": a limit word governing a date or a time."""
    if token.lower_ not in LIMIT_WORDS:
        return False
    return any(item.ent_type_ in TIME_ENTITIES for item in token.subtree if item.i != token.i)


def demanded_tokens(parts: tuple[Token, ...]) -> set[int]:
    """The tokens of the demanded clause and the limits: none of their predicates is an act
    of its own (the clause is demanded; "an ultimatum" given is this same act)."""
    clause, *limits = parts
    return {token.i for token in clause.subtree} | {limit.i for limit in limits}
