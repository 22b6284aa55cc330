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
    "no longer supplies", "stopped supporting", "nearly clashed", "was unable to meet",
    "neither met nor spoke", "no troops were deployed", "instead of shooting", "rather than
    attack", "denied reports that its army had shelled"."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and child.lower_ in NEGATORS):
            return True
        if child.dep_ == "advmod" and (_no_longer(child) or child.lower_ in NEAR_MISSES):
            return True
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return True
        if child.dep_ in PARTY_DEPS and _nobody(child):
            return True
    if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "without":
        return True
    if _prevented(token):
        return True
    if _nor_joined(token) or is_alternative(token) or _denied_content(token):
        return True
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    if head.lemma_.lower() in INCAPABLE or (head.lemma_.lower() == "able" and _denied(head)):
        return True
    if any(c.dep_ == "nsubj" and _nobody(c) for c in head.children):
        return True  # "neither Russia nor China voted to impose sanctions"
    return head.lemma_ in {"fail", "refrain"} or (token.tag_ == "VBG" and head.lemma_ in CEASING)


# verbs that keep someone "from" an act: "barred U.S. firms from investing in Iran"
PREVENTING = frozenset(
    {"prevent", "bar", "ban", "stop", "block", "keep", "prohibit", "forbid", "deter"}
    | {"discourage", "exclude", "hinder", "dissuade", "restrain", "preclude", "restrict"}
)


def _prevented(token: Token) -> bool:
    """ "barred U.S. companies from investing in Iran", "prevented aid agencies from
    delivering food": the act kept from happening did not happen."""
    preposition = token.head
    if token.dep_ != "pcomp" or preposition.lower_ != "from":
        return False
    return preposition.head.lemma_.lower() in PREVENTING


def _denied(adjective: Token) -> bool:
    """ "not able", "was not able": an adjective negated itself or through its copula."""
    if is_negated(adjective):
        return True
    return adjective.dep_ == "acomp" and is_negated(adjective.head)


# "nearly clashed", "almost collided": the act did not happen
NEAR_MISSES = frozenset({"nearly", "almost"})
# "were unable to meet", "was powerless to stop"; "not able to" goes through the copula
INCAPABLE = frozenset({"unable", "powerless", "incapable"})
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
NO_ONE = frozenset({"nobody", "none", "noone"})


def _nobody(party: Token) -> bool:
    """ "No troops were deployed", "fired no shots", "neither Israel nor Hamas has
    accepted", "nobody was arrested": a party or object that is none at all."""
    if party.lower_ in NO_ONE and party.dep_ != "dobj":
        return True
    return any(
        c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for c in party.children
    )


def _nor_joined(token: Token) -> bool:
    """ "neither met the envoy nor spoke to him": the verb joined by "nor"."""
    if token.dep_ != "conj" or token.head.i == token.i:
        return False
    return any(c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children)


def is_alternative(token: Token) -> bool:
    """ "fired into the air instead of shooting at them", "chose to negotiate rather than
    attack", "Rather than impose sanctions, the EU offered talks": the act set aside for
    another is not done."""
    if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "of":
        return _rather(token.head)
    if token.dep_ == "conj" and token.head.i != token.i:
        return any(c.dep_ == "cc" and _rather(c) for c in token.head.children)
    return any(c.dep_ == "mark" and _rather(c) for c in token.children)


def _rather(word: Token) -> bool:
    """ "instead of", "rather than": the connective and its first word."""
    if word.lower_ not in {"of", "than"}:
        return False
    first = {"of": "instead", "than": "rather"}[word.lower_]
    neighbours = [*word.children, word.head] + ([word.nbor(-1)] if word.i > 0 else [])
    return any(n.lower_ == first for n in neighbours)


# nouns whose content clause only reports a claim ("reports that its army had shelled")
CLAIM_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "charge", "rumour", "rumor", "suggestion"}
    | {"speculation"}
)
DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "rebuff", "contest"})


def claim_noun(token: Token) -> Token | None:
    """The claim noun whose content clause the act is in: "reports" in "denied reports that
    its army had shelled Indian positions"."""
    for clause in _clause_tokens(token):
        if _content_clause(clause) and clause.head.lemma_.lower() in CLAIM_NOUNS:
            return clause.head
    return None


def _content_clause(clause: Token) -> bool:
    """ "(reports) that its army had shelled": a finite clause with "that" on a noun."""
    if clause.dep_ != "acl" or clause.head.i == clause.i or clause.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "mark" for c in clause.children)


def _denied_content(token: Token) -> bool:
    """ "denied reports that its army had shelled", "rejected claims that it had invaded":
    the content of a claim someone denies is not asserted."""
    noun = claim_noun(token)
    if noun is None or noun.dep_ not in {"dobj", "pobj"}:
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return verb.lemma_.lower() in DENYING


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
    if _possible_only(token):
        return True
    for clause in _clause_tokens(token):
        if _mandative(clause) or _conditioned(clause):
            return True
        if _polar_question(clause) or _inverted_condition(clause) or _counterfactual(clause):
            return True
        if _weighed(clause) or _unconfirmed(clause):
            return True
        if _generic_doers(clause):
            return True
        for child in clause.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONALS:
                return True
            if _awaiting_word(child) and _awaited(clause):
                return True
            if child.dep_ == "aux" and child.lower_ in HEDGES and not _doubted_past(clause):
                return True
    return False


DOUBTING = frozenset({"may", "might"})


def _doubted_past(clause: Token) -> bool:
    """ "rebels may have shot down the helicopter", "the militia might have fired the
    rockets": a perfect after "may" or "might" doubts who did a past act, it does not suppose
    one; the act is reported, like an allegation. "Could have", "would have" and "should
    have" more often say what did not happen."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return "have" in auxiliaries and bool(auxiliaries & DOUBTING)


# pronouns standing for whoever does an act: "those who fire rockets", "anyone who attacks"
GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})
PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})


def _generic_doers(clause: Token) -> bool:
    """ "will act against those who fire rockets at our towns", "anyone who attacks us will
    pay": a present-tense act said of whoever does it describes a kind of doer, not an act
    done ("those who attacked the embassy" tells one, and stays)."""
    head = clause.head
    return (
        clause.dep_ == "relcl"
        and head.lower_ in GENERIC_PRONOUNS
        and clause.tag_ in PRESENT_TAGS
        and not any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBN"} for c in clause.children)
    )


WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _polar_question(clause: Token) -> bool:
    """ "Did Syrian troops fire on the protesters?", "Will Iran attack?": a yes-no question
    asks whether the act happens. A wh-question ("Why did you attack us?") takes the act as
    given."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in clause.children):
        return False
    if any(t.tag_ in WH_TAGS for t in clause.subtree if t.i < clause.i):
        return False
    subjects = [c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    auxiliaries = [c.i for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return bool(subjects and auxiliaries) and min(auxiliaries) < min(subjects)


INVERTING = frozenset({"should", "had", "were"})


def _inverted_condition(clause: Token) -> bool:
    """ "Should Serb forces resume shelling, NATO will strike", "Had the army not
    intervened", "Were Israel to attack Iran": an adverbial clause opened by an auxiliary
    before its subject is a condition."""
    if clause.dep_ != "advcl":
        return False
    if clause.head.dep_ == "advcl" and any(c.tag_ == "TO" for c in clause.children):
        clause = clause.head  # "Were Israel to attack": the infinitive hangs on "Were"
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in INVERTING or any(c.dep_ == "mark" for c in clause.children):
        return False
    return first.i == clause.i or (first.head.i == clause.i and first.dep_ in {"aux", "auxpass"})


def _counterfactual(clause: Token) -> bool:
    """ "would have captured the capital", "should have withdrawn": what did not happen."""
    auxiliaries = [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return "have" in auxiliaries and bool({"would", "should", "'d"} & set(auxiliaries))


# verbs weighing an act not yet decided: "is considering expelling diplomats"
WEIGHING = frozenset(
    {"consider", "contemplate", "weigh", "mull", "debate", "discuss", "ponder", "explore"}
)


def _weighed(clause: Token) -> bool:
    head = clause.head
    return clause.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in WEIGHING


# verbs whose negation leaves their content unconfirmed: "has never confirmed that it struck"
CONFIRMING = frozenset(
    {"confirm", "verify", "say", "admit", "acknowledge", "announce", "claim", "prove"}
)


def _unconfirmed(clause: Token) -> bool:
    head = clause.head
    if clause.dep_ != "ccomp" or head.i == clause.i or head.lemma_.lower() not in CONFIRMING:
        return False
    return is_negated(head)


# nouns that present an act as only possible: "the possibility of sending troops", "fears
# that Israel would attack", "the prospect of talks"
POSSIBILITY_NOUNS = frozenset(
    {"possibility", "prospect", "option", "idea", "likelihood", "chance", "risk", "danger"}
    | {"fear", "spectre", "specter", "speculation", "rumour", "rumor"}
)


def _possible_only(token: Token) -> bool:
    """The act is what a noun of possibility is "of", or that noun's content clause."""
    head = token.head
    if token.dep_ in {"pobj", "pcomp"} and head.lower_ == "of":
        return head.head.lemma_.lower() in POSSIBILITY_NOUNS
    for clause in _clause_tokens(token):
        if clause.dep_ == "acl" and clause.head.lemma_.lower() in POSSIBILITY_NOUNS:
            return True
        if _due_by_deadline(clause):
            return True
    return False


# nouns setting the time by which an act is to be done: the act is still owed
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "timetable", "timeline"})
DEADLINE_HOLDER_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "attr", "dative"})


def _due_by_deadline(clause: Token) -> bool:
    """ "ignored a UN deadline to return the weapons", "set a deadline for the rebels to free
    the hostages", "an ultimatum to withdraw": the infinitive says what a deadline demands,
    not what was done. The parser hangs it on the noun or on the verb governing the noun."""
    if not any(c.tag_ == "TO" for c in clause.children):
        return False
    head = clause.head
    if clause.dep_ not in {"acl", "advcl", "xcomp"} or head.i == clause.i:
        return False
    if head.lemma_.lower() in DEADLINE_NOUNS:
        return True
    return any(
        c.dep_ in DEADLINE_HOLDER_DEPS and c.lemma_.lower() in DEADLINE_NOUNS for c in head.children
    )


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


HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"})
# "are said to have killed", "is believed to have supplied", "were reported to have fired"
HEARSAY_PASSIVES = frozenset(
    {"say", "report", "believe", "allege", "think", "understand", "rumour", "rumor", "claim"}
)


def is_hearsay(token: Token) -> bool:
    """ "reportedly shelled", "allegedly beat", "are said to have killed", "reports that
    Turkish troops had entered": the outlet passes on what others claim ("according to X"
    names the claimant: see ``attribution``)."""
    if claim_noun(token) is not None:
        return True
    for clause in _clause_tokens(token):
        if any(_hedging(child) for child in clause.children):
            return True
        if clause.dep_ == "xcomp" and _said_of(clause.head):
            return True
    return False


def _said_of(verb: Token) -> bool:
    """ "are said (to have killed)", "is believed (to have supplied)"."""
    if verb.lemma_.lower() not in HEARSAY_PASSIVES:
        return False
    return any(c.dep_ == "auxpass" for c in verb.children)


def _hedging(child: Token) -> bool:
    return child.dep_ == "advmod" and child.lower_ in HEARSAY_ADVERBS


def according_to(prep: Token) -> Token | None:
    """The source of "according to X"."""
    if prep.lower_ != "according":
        return None
    for to in prep.children:
        if to.lower_ == "to":
            return next((o for o in to.children if o.dep_ == "pobj"), None)
    return None


def attribution(token: Token) -> Token | None:
    """Who an "according to X" hung on the act's clause names as its source."""
    for clause in _clause_tokens(token):
        for child in clause.children:
            found = according_to(child) if child.dep_ == "prep" else None
            if found is not None:
                return found
    return None


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
