"""How a clause presents its event: negated, hypothetical, intended, threatened, asserted."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.codes import is_conflict
from tidings.extract.lexicon import Kind
from tidings.model import Modality

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HEDGES = frozenset({"could", "might", "may"})
CONDITIONALS = frozenset({"if", "unless", "whether"})
AWAITING = frozenset({"until", "till", "til"})  # "will not end the strike until X is met"
CLAUSE_CHAIN = frozenset({"xcomp", "conj", "aux", "auxpass"})
FUTURE_AUX = frozenset({"will", "wo", "would", "'ll", "shall"})


def is_negated(token: Token) -> bool:
    """ "did not attack", "never met", "no talks", "failed to", "without producing",
    "no longer supplies"."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and child.lower_ in NEGATORS):
            return True
        if child.dep_ == "advmod" and _no_longer(child):
            return True
    if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "without":
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ in {"fail", "refrain"} and head.i != token.i


def _no_longer(adverb: Token) -> bool:
    """ "is no longer the largest donor", "no longer supplies arms": the act has stopped."""
    return adverb.lower_ == "longer" and any(c.lower_ == "no" for c in adverb.children)


def _clause_tokens(token: Token) -> list[Token]:
    """The token and the verbs it hangs from within one clause (xcomp / conj chains)."""
    chain = [token]
    while chain[-1].dep_ in CLAUSE_CHAIN and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def is_hypothetical(token: Token) -> bool:
    """ "if they attack", "could strike", "might meet", "demanded that Russia withdraw"."""
    for clause in _clause_tokens(token):
        if _mandative(clause):
            return True
        for child in clause.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONALS:
                return True
            if child.dep_ == "mark" and child.lower_ in AWAITING and _awaited(clause):
                return True
            if child.dep_ == "aux" and child.lower_ in HEDGES:
                return True
    return False


def _mandative(clause: Token) -> bool:
    """ "demands that Moscow withdraw its troops", "insisted that he resign": a bare verb with
    its own subject and no auxiliary is a subjunctive, an act asked for, not reported
    ("Moscow withdraws" or "Moscow withdrew" would report it)."""
    if clause.tag_ not in {"VB", "VBP"} or clause.dep_ not in {"ccomp", "conj", "acl", "relcl"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # the parser may tag the bare verb VBP; with a singular noun subject it is still bare
    singular = [
        s
        for s in subjects
        if s.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in s.children)
    ]
    return bool(singular) if clause.tag_ == "VBP" else bool(subjects)


def _awaited(clause: Token) -> bool:
    """ "will not end the strike until their demands are met", "won't lift sanctions till X
    stops": the "until" clause of a refused or announced act is a condition still awaited,
    not something that happened (unlike "fought until the army withdrew")."""
    head = clause.head
    return clause.dep_ == "advcl" and head.i != clause.i and (is_negated(head) or is_future(head))


def is_future(token: Token) -> bool:
    """ "will release", "would not lift", "won't meet": the clause announces the act."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children)


def base_modality(token: Token) -> Modality:
    if is_negated(token):
        return Modality.NEGATED
    if is_hypothetical(token):
        return Modality.HYPOTHETICAL
    return Modality.ASSERTED


def wrapper_modality(kind: Kind, embedded: str | None, own: Modality) -> Modality:
    """Modality of a frame coded from a wrapping predicate of ``kind``."""
    if kind is Kind.RULEOUT:
        return Modality.THREATENED if own is Modality.NEGATED else Modality.ASSERTED
    if own is not Modality.ASSERTED:
        return own
    if kind is Kind.THREAT:
        return Modality.THREATENED
    if kind in {Kind.INTENT, Kind.PLEDGE, Kind.AGREE} and is_conflict(embedded):
        return Modality.THREATENED
    if kind in {Kind.INTENT, Kind.PLEDGE}:
        return Modality.INTENDED
    return Modality.ASSERTED
