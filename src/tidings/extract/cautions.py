"""Warnings and threats: whether a warning threatens, and whom a conditional threat aims at.

"Warn" is a threat (13x) when the speaker holds out harm of its own making to someone:
"warned Syria that it would face consequences", "warned against any attack", "warned it
would cut aid". Far more often in the news it only predicts or judges ("aid agencies warned
of famine", "warned that growth would slow", "warned that the policy was dangerous"): a
statement, not a threat. "Threaten" itself always threatens and is not judged here.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.arguments import expand
from tidings.extract.codes import is_conflict

CAUTIONING = frozenset({"warn"})
# what a warned party is told it will meet: the speaker's answer to what it does
REPRISAL_NOUNS = frozenset(
    {"consequence", "repercussion", "retaliation", "reprisal", "response", "reaction"}
    | {"countermeasure", "punishment", "retribution", "revenge", "price", "force"}
    | {"action", "measure", "step", "sanction"}
)
REPRISAL_PREPS = frozenset({"of", "against"})
REPRISAL_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})
ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# active and passive noun subjects (not arguments.SUBJECT_DEPS, which is active and clausal)
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONDITION_MARKS = frozenset({"if", "unless"})
# a danger foreseen, whoever would cause it: "warned of possible attacks"
HEDGED = frozenset({"possible", "potential", "likely", "imminent", "looming"})


def is_idle_warning(token: Token, inner: Token | None, embedded: str | None) -> bool:
    """Whether ``token`` is a verb of warning that foresees or judges without threatening.

    A warning threatens when it is addressed to a party ("warned Syria", "warned Washington
    against"), aims "against" an act, holds out a reprisal ("would face consequences", "a
    firm response") or announces a hostile act of the speaker's own ("warned it would impose
    sanctions", "warned of military action")."""
    if token.lemma_.lower() not in CAUTIONING or token.pos_ not in {"VERB", "AUX"}:
        return False
    if _addressed(token) or _against(token) or _holds_out_reprisal(token):
        return False
    if _conditional_act_of_a_party(token):
        return False
    return not (is_conflict(embedded) and inner is not None and _own_act(inner, token))


def _addressed(verb: Token) -> bool:
    """ "warned Syria that ...", "warned the rebels": a party is told, a threat's target."""
    return any(c.dep_ in ADDRESSEE_DEPS and c.pos_ in NOMINAL_POS for c in verb.children)


def _against(verb: Token) -> bool:
    """ "warned against any attack on its territory": the warning deters an act."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


def _holds_out_reprisal(verb: Token) -> bool:
    """ "warned of a firm response", "warned that Pyongyang would face grave consequences"."""
    return _warned_of_reprisal(verb) or bool(_reprisal_clauses(verb))


def _warned_of_reprisal(verb: Token) -> bool:
    """ "warned of consequences", "warned of tough action against the rebels"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in REPRISAL_PREPS and _reprisal(pobj)
        for prep in verb.children
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _reprisal_clauses(verb: Token) -> list[Token]:
    """The warning's clauses in which a party is to meet a reprisal ("Kiev would pay a heavy
    price"); a thing that would "have consequences" foresees, it is no party punished."""
    return [
        clause
        for clause in _party_clauses(verb)
        if any(t.dep_ in REPRISAL_OBJECT_DEPS and _reprisal(t) for t in clause.subtree)
    ]


def _party_clauses(verb: Token) -> list[Token]:
    """The verb's reported clauses whose subjects are all parties ("that Kiev would ...")."""
    found = []
    for clause in verb.children:
        subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        if clause.dep_ == "ccomp" and subjects and all(_party_like(s) for s in subjects):
            found.append(clause)
    return found


def reprisal_parties(verb: Token) -> tuple[Token, ...]:
    """Who is told they would meet the reprisal: "warned that North Korea would face
    consequences" is aimed at North Korea."""
    found = [
        subject
        for clause in _reprisal_clauses(verb)
        for subject in clause.children
        if subject.dep_ in NOMINAL_SUBJECT_DEPS
    ]
    return expand(found)


def _reprisal(noun: Token) -> bool:
    return noun.lemma_.lower() in REPRISAL_NOUNS


def _own_act(inner: Token, warner: Token) -> bool:
    """Whether the warned-of act is the speaker's own, or done to a party, not a calamity or
    a third party's move foreseen: "warned it would strike", "warned of fresh attacks",
    "warned that Israeli jets would respond", "warned that Hamas leaders would be targeted"
    do; "warned that the epidemic could kill thousands", "warned of possible attacks" and
    "the Pentagon warned that the Taliban could launch an offensive" do not."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in HEDGED for c in inner.children):
        return False
    clause = inner.head if inner.dep_ == "dobj" else inner  # "launch an offensive"
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    if not subjects:
        return True
    if any(s.dep_ == "nsubjpass" and _party_like(s) for s in subjects):
        return True
    if any(s.pos_ == "PRON" or _possessed_by_pronoun(s) for s in subjects):
        return True
    speakers = [c for c in warner.children if c.dep_ == "nsubj"]
    return any(_same_name(s, speaker) for s in subjects for speaker in speakers)


def _possessed_by_pronoun(noun: Token) -> bool:
    """ "its forces", "our army": the speaker's own."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _same_name(subject: Token, speaker: Token) -> bool:
    """Whether two noun phrases share a name ("Israel" and "Israeli jets"), by word stem."""
    names = {_stem(t) for t in speaker.subtree if t.pos_ == "PROPN" or t.ent_type_}
    return any(_stem(t) in names for t in subject.subtree if t.pos_ == "PROPN" or t.ent_type_)


def _stem(token: Token) -> str:
    return token.lower_[:5]


def _conditional_act_of_a_party(verb: Token) -> bool:
    """ "warned that Russia could target its missiles at Ukraine if Kiev joined NATO",
    "warned that Hamas leaders would be targeted if the rocket fire continued": what a party
    would do, or have done to it, on a condition is held out as a threat."""
    return any(
        c.dep_ == "advcl" and _marked_condition(c)
        for clause in _party_clauses(verb)
        for c in clause.children
    )


def _party_like(subject: Token) -> bool:
    """A pronoun, a name, or a noun qualified by one ("Israeli forces", "the Syrian army")."""
    if subject.pos_ in {"PRON", "PROPN"}:
        return True
    return any(
        c.dep_ in {"amod", "compound", "poss"} and (c.ent_type_ or c.pos_ in {"PROPN", "PRON"})
        for c in subject.children
    )


def condition_parties(*verbs: Token | None) -> tuple[Token, ...]:
    """Whom a conditional threat is aimed at: the party whose act would set it off ("will
    retaliate if Washington deploys the missiles", "threatened attacks unless the government
    frees their leader"). A threat that names no target of its own is aimed at them."""
    found: list[Token] = []
    for verb in verbs:
        if verb is None:
            continue
        for clause in verb.children:
            if clause.dep_ == "advcl" and _marked_condition(clause):
                found.extend(c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS)
    return expand(found)


def _marked_condition(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
