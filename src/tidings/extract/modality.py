"""How a clause presents its event: negated, hypothetical, intended, threatened, asserted."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.codes import is_conflict, is_declined
from tidings.extract.lexicon import Kind
from tidings.model import Modality

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
HEDGES = frozenset({"could", "might", "may"})
CONDITIONALS = frozenset({"if", "unless", "whether"})
# "will not end the strike until X is met", "will lift the blockade once the soldier is freed":
# a condition still awaited when the act that waits for it is announced or refused
AWAITING = frozenset({"until", "till", "til", "once", "after"})
# "provided that X", "on condition that X": the clause is the condition of another act
CONDITION_WORDS = frozenset({"provided", "providing"})
CONDITION_NOUNS = frozenset({"condition", "proviso"})
# verbs whose "that" clause names an act asked of someone ("demanded that they leave")
DEMANDING = frozenset({"demand", "insist", "require", "order", "command", "stipulate"})
APPEALING = frozenset({"urge", "ask", "request", "propose", "recommend", "advise"})
MANDATING = DEMANDING | APPEALING
CLAUSE_CHAIN = frozenset({"xcomp", "conj", "aux", "auxpass"})
FUTURE_AUX = frozenset({"will", "wo", "would", "'ll", "shall"})


# "stopped supporting militants", "ceased funding the group": the act no longer happens
CEASING = frozenset({"stop", "cease", "quit"})


def is_negated(token: Token) -> bool:
    """ "did not attack", "never met", "no talks", "failed to", "without producing",
    "no longer supplies", "stopped supporting"."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and child.lower_ in NEGATORS):
            return True
        if child.dep_ == "advmod" and _no_longer(child):
            return True
    if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "without":
        return True
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    return head.lemma_ in {"fail", "refrain"} or (token.tag_ == "VBG" and head.lemma_ in CEASING)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "advcl", "conj"})


def is_imperative(token: Token) -> bool:
    """ "Release the hostages", "end hostilities now": a verb in its base form heading its own
    clause with no subject, auxiliary or "to". A base form joined to another verb shares that
    verb's auxiliary ("will attack and destroy"), so a joined one counts only after a finite
    verb ("was loud and clear: end hostilities")."""
    if token.tag_ != "VB" or token.dep_ not in CLAUSE_DEPS:
        return False
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"} for c in token.children
    ):
        return False
    return token.dep_ != "conj" or token.head.tag_ in FINITE_TAGS


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
    """ "if they attack", "could strike", "might meet", "demanded that Russia withdraw",
    "will withdraw provided that NATO ends its drills"."""
    for clause in _clause_tokens(token):
        if _mandative(clause) or _conditioned(clause):
            return True
        for child in clause.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONALS:
                return True
            if _awaiting_word(child) and _awaited(clause):
                return True
            if child.dep_ == "aux" and child.lower_ in HEDGES:
                return True
    return False


def _awaiting_word(child: Token) -> bool:
    """ "until", "once", "after", "as (soon as)" marking a clause, or a "when" opening it."""
    if child.dep_ == "mark" and child.lower_ == "as":  # "as soon as"
        return child.head.head.lower_ == "soon"
    if child.dep_ == "mark":
        return child.lower_ in AWAITING
    return child.dep_ == "advmod" and child.lower_ == "when" and child.i < child.head.i


def _conditioned(clause: Token) -> bool:
    """ "provided that NATO ends its drills", "on condition that the soldier is freed": a
    clause that only states the condition of another act."""
    head = clause.head
    if head.i == clause.i:
        return False
    if head.lower_ in CONDITION_WORDS:  # a connective, not "provided aid to support X"
        return clause.dep_ in {"ccomp", "pcomp"} and head.dep_ in {"prep", "mark"}
    return clause.dep_ in {"acl", "ccomp"} and head.lemma_.lower() in CONDITION_NOUNS


def _mandative(clause: Token) -> bool:
    """ "demands that Moscow withdraw its troops", "insisted that he resign", "insisted that
    the soldiers be freed": a bare verb with its own subject and no modal is a subjunctive,
    an act asked for, not reported ("Moscow withdraws" or "withdrew" would report it). With
    a plural or pronoun subject the bare form looks like a present ("they release"), so it
    is read as a subjunctive only under a verb of demanding; a past ("insisted that the
    rebels released them") reports a claim."""
    if clause.dep_ not in {"ccomp", "conj", "acl", "relcl"} or not _bare(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    if clause.tag_ == "VB" or _bare_passive(clause):
        return True
    # the parser may tag the bare verb VBP; with a singular noun subject it is still bare
    if any(_singular_noun(s) for s in subjects):
        return True
    governor = _governor(clause)
    return governor is not None and governor.lemma_.lower() in MANDATING


def _bare(clause: Token) -> bool:
    """A verb without tense or modal of its own: "withdraw", "be freed"."""
    if _bare_passive(clause):
        return True
    if clause.tag_ not in {"VB", "VBP"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def _bare_passive(clause: Token) -> bool:
    """ "that the soldiers be freed": a passive whose only auxiliary is a bare "be"."""
    if clause.tag_ != "VBN":
        return False
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return len(auxiliaries) == 1 and auxiliaries[0].lower_ == "be"


def _singular_noun(subject: Token) -> bool:
    return subject.tag_ in {"NN", "NNP"} and not any(c.dep_ == "conj" for c in subject.children)


def _governor(clause: Token) -> Token | None:
    """The verb whose "that" clause this is ("demanded" in "demanded that X go and Y stay")."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in {"VERB", "AUX"}:
        return None
    return clause.head


# "said a ceasefire was needed", "said talks were essential": an act said to be necessary is
# asked for, by the speaker, of whoever is to do it
NEEDING_VERBS = frozenset({"need", "require"})
NECESSARY = frozenset({"necessary", "essential", "vital", "imperative", "needed", "required"})


def is_needing_clause(clause: Token) -> bool:
    """ "X was needed", "X is required", "X is necessary": the clause judges its subject a
    need ("needs to" and "needed it" say something else)."""
    if clause.pos_ not in {"VERB", "AUX"} or is_negated(clause):
        return False
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return False  # "it was necessary to": the act is elsewhere
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subjects[0].children):
        return False  # "no decision was needed"
    if clause.lemma_.lower() in NEEDING_VERBS:
        # "reform was required", not "was required by law" or "were required to register"
        deps = {c.dep_ for c in clause.children}
        return "auxpass" in deps and not deps & {"agent", "xcomp"}
    if clause.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in NECESSARY for c in clause.children)


def needed_act(token: Token) -> bool:
    """The token is the act a needing clause is about: its subject, or the clause itself."""
    if is_needing_clause(token):
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and is_needing_clause(token.head)


def mandating_verb(token: Token) -> Token | None:
    """The verb of demanding or appealing whose subjunctive clause the token's act is in:
    "demanded" in "demanded that Russia withdraw", "insists" in "insists that the rebels
    release the hostages". None for an act reported or asserted."""
    for clause in _clause_tokens(token):
        if not _mandative(clause):
            continue
        governor = _governor(clause)
        if governor is not None and governor.lemma_.lower() in MANDATING:
            return governor
    return None


def _awaited(clause: Token) -> bool:
    """ "will not end the strike until their demands are met", "won't lift sanctions till X
    stops", "will lift the blockade once the soldier is freed": the clause of a refused or
    announced act is a condition still awaited, not something that happened (unlike "fought
    until the army withdrew" or "will meet the envoy who arrived after the talks ended")."""
    head = clause.head
    if head.lower_ == "soon" and head.head.i != head.i:  # "as soon as X"
        head = head.head
    if clause.dep_ != "advcl" or head.i == clause.i or _past(clause):
        return False
    return is_negated(head) or is_future(head)


def refused_condition(token: Token) -> Token | None:
    """The awaited clause a refused act waits for: "will not end the strike until their
    demands are met by the company" -> "met". What that clause names is the refuser's
    price, not an act anyone is reported to do. Under "would not" a past tense is only the
    reported speech's ("would not end the strike until the government met their demands")."""
    if not is_negated(token):
        return None
    for child in token.children:
        if _awaiting_word_of(child) and (_awaited(child) or is_future(token)):
            return child
    return None


def is_refused_condition(token: Token) -> bool:
    """Whether the token's clause is the awaited condition of a refused act."""
    for clause in _clause_tokens(token):
        condition = refused_condition(clause.head) if clause.dep_ == "advcl" else None
        if condition is not None and condition.i == clause.i:
            return True
    return False


def _awaiting_word_of(clause: Token) -> bool:
    """A clause opened by "until", "once" ... (see ``_awaiting_word``)."""
    return clause.dep_ == "advcl" and any(_awaiting_word(c) for c in clause.children)


def _past(clause: Token) -> bool:
    """ "after the rebels released them", "once the soldier had been freed"."""
    if clause.tag_ == "VBD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children)


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
    if is_declined(kind, embedded, own is Modality.NEGATED):
        return Modality.ASSERTED  # "has no intention of releasing her": a refusal
    if own is not Modality.ASSERTED:
        return own
    if kind is Kind.THREAT:
        return Modality.THREATENED
    if kind in {Kind.INTENT, Kind.PLEDGE, Kind.AGREE} and is_conflict(embedded):
        return Modality.THREATENED
    if kind in {Kind.INTENT, Kind.PLEDGE}:
        return Modality.INTENDED
    return Modality.ASSERTED
