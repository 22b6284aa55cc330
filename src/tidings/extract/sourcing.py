"""Sourcing formulas: how a wire story says why a source goes unnamed.

"a student leader, who asked not to be named", "a diplomat who declined to be identified",
"an official who requested anonymity", "an aide who asked that his name not be used" describe
the reporter's arrangement with a source, not a political act: no request, refusal or appeal
is made to anyone the news is about. Their verbs are therefore no event triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

# passive verbs saying a source is made known: "(not) to be named / identified / quoted"
NAMING_VERBS = frozenset({"name", "identify", "quote", "cite", "use", "publish", "disclose"})
ANONYMITY_NOUNS = frozenset({"anonymity"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
NAME_NOUNS = frozenset({"name", "identity"})


def is_sourcing_formula(verb: Token) -> bool:
    """Whether ``verb`` only asks for (or declines) being named in the story."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ANONYMITY_NOUNS:
            return True  # "requested anonymity"
        if child.dep_ in CLAUSE_DEPS and _naming_passive(child):
            return True
    return False


def _naming_passive(clause: Token) -> bool:
    """ "to be named", "not to be identified", "that his name not be used"."""
    if clause.lemma_.lower() not in NAMING_VERBS:
        return False
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
    return not subjects or any(s.lemma_.lower() in NAME_NOUNS for s in subjects)
