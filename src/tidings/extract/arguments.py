"""Which tokens fill the source and target roles of a predicate, read off the dependency tree.

Verbs: the subject (or the "by" agent of a passive) is the source; the object, dative,
passive subject and prepositional objects (with, to, against ...) are targets. A verb
without its own subject takes it from the verb it hangs from ("were allowed to meet",
"urged X to resume": object control). Nouns: the possessor ("Pyongyang's abduction of X"),
"by X", the subject of a light verb ("A and B held talks"), "between A and B", "with X",
"on/against X" for hostile acts, "of X" for what was done to someone, and the participants
of the clause an event noun sits in ("told Japan in a meeting", "in protest at X").

Second-line targets, used by ``predicate_roles`` when a predicate's own objects name no one: the
prepositions a hostile verb aims with ("opened fire on X", "fired at X"), a cooperative verb's
beneficiary ("opened its borders for X"), and the object of a purpose clause ("donated $5
million to help X").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.annotate_dateline import DATELINE_DASHES, is_capitals_word
from tidings.extract.codes import VIOLENT_ROOTS
from tidings.extract.lexicon import (
    CAUSATIVE_VERBS,
    FORCE_NOUNS,
    agent_objects,
    parts_of,
    restored_lemma,
)
from tidings.extract.modality import is_negated

VERB_TARGET_PREPS = frozenset({"with", "to", "against", "toward", "towards"})
NOUN_TARGET_PREPS = frozenset({"with", "to", "toward", "towards", "for", "against"})
HOSTILE_TARGET_PREPS = frozenset({"on", "upon", "against", "at"})
PROBE_TARGET_PREPS = frozenset({"into"})  # "an investigation into X", "an incursion into X"
VERB_HOSTILE_PREPS = frozenset({"on", "upon"})  # "opened fire on X", "cracked down on X"
DISAPPROVAL_PREPS = frozenset({"at"})  # "hit out at X", "lashed out at X", "took aim at X"
FORCE_PREPS = frozenset({"at"})  # "fired at X"; elsewhere "at" is mostly a place
BENEFICIARY_PREPS = frozenset({"for"})  # "opened its borders for X", "provided aid for X"
# a demonstration outside an embassy or a ministry is aimed at whoever the building houses
# ("demonstrated outside the Chinese embassy"); the resolver finds no actor in a square
PROTEST_ROOT = "14"
PROTEST_SITE_PREPS = frozenset({"outside"})
COOPERATIVE_CODE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# easing a measure: "reduced tariffs on X", "eased restrictions on X", "lifted the blockade"
EASING_CODES = ("081", "085", "0872")
# documents through which an actor speaks: "issued a statement condemning X"
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "letter", "communique", "declaration", "resolution", "message"}
    | {"note", "tweet", "post", "video", "speech", "editorial", "op-ed", "bill", "motion"}
)
DISAPPROVE_ROOT = "11"  # CAMEO disapproval: criticism, accusations, complaints
DATELINE_MARKS = frozenset({"--", "-", "\u2013", "\u2014", "(", ":"})
SPEECH_TARGET_PREPS = frozenset({"to"})
SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "when", "while"})
SETTING_PREPS = frozenset({"in", "during", "at"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})
ACTIVE_OBJECTS = frozenset({"dobj", "dative"})
OF_IS_SOURCE_ROOTS = frozenset({"04", "14", "15"})
# "a request from X", "aid from X", "threats from X": what is asked, said or given comes
# from its source; a withdrawal, release or expulsion "from X" leaves a place, and "demand
# from Asia" (10) is as often a market's as a government's
# troops withdrawn "of" a withdrawal withdraw themselves, "from" the place they leave
RETREAT_CODE = "087"
GIVING_ROOT = "07"
FROM_IS_SOURCE_ROOTS = frozenset({"02", "03", "05", "06", "07", "11", "12", "13"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(frozen=True)
class Roles:
    sources: tuple[Token, ...] = ()
    targets: tuple[Token, ...] = ()
    inferred: bool = False  # an argument came from outside the predicate's own dependents
    paired: bool = False  # "between A and B": sources and targets are the two parties


def conjuncts(token: Token) -> list[Token]:
    """``token`` and its conjuncts ("Japan and North Korea", "A, an envoy, and B")."""
    result = [token]
    for child in token.children:
        if child.dep_ == "conj":
            result.extend(conjuncts(child))
        elif child.dep_ == "appos":
            result.extend(c for g in child.children if g.dep_ == "conj" for c in conjuncts(g))
    return result


def antecedent(token: Token) -> Token:
    """A relative pronoun ("who was abducted") stands for the noun its clause modifies."""
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ in {"relcl", "acl"}:
        return _agreeing_head(token.head)
    return token


_SINGULAR_VERBS = frozenset({"was", "is", "has", "does"})
_PLURAL_NOUNS = frozenset({"NNS", "NNPS"})


def _agreeing_head(clause: Token) -> Token:
    """The noun a relative clause modifies, checked by number agreement.

    "the parents of Megumi Yokota, who was abducted": the parser hangs the clause on
    "parents", but a singular "was" agrees only with "Yokota".
    """
    head = clause.head
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    singular = any(v.lower_ in _SINGULAR_VERBS or v.tag_ == "VBZ" for v in verbs)
    if not singular or head.tag_ not in _PLURAL_NOUNS:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.tag_ not in _PLURAL_NOUNS:
                    return noun
    return head


def _counted_group(token: Token) -> bool:
    """ "dozens of IS members", "hundreds of protesters": a quantity noun heading the people
    it counts (the resolver looks through it); numerals ("five of the ...") stay excluded."""
    return (
        token.ent_type_ in {"CARDINAL", "QUANTITY"}
        and token.pos_ == "NOUN"
        and bool(prep_objects(token, frozenset({"of"})))
    )


def expand(tokens: list[Token]) -> tuple[Token, ...]:
    result: list[Token] = []
    seen: set[int] = set()
    for token in tokens:
        if token.ent_type_ in NOT_ACTORS and not _counted_group(token):
            continue
        if in_dateline(token):
            continue
        for item in conjuncts(antecedent(token)):
            if item.i not in seen:
                seen.add(item.i)
                result.append(item)
    return tuple(result)


def _children(token: Token, deps: frozenset[str]) -> list[Token]:
    return [child for child in token.children if child.dep_ in deps]


def is_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is marked by infinitival "to" ("to help refugees", "told Y to
    leave"): the one test the purpose, order and decision rules share for an act that is
    intended, asked for or decided rather than reported as done."""
    return any(child.tag_ == "TO" for child in clause.children)


def prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    found = []
    for prep in token.children:
        if prep.dep_ in {"prep", "dative", "agent"} and prep.lower_ in preps:
            found.extend(child for child in prep.children if child.dep_ == "pobj")
            found.extend(_visiting_guests(prep))
    return found


def _visiting_guests(prep: Token) -> list[Token]:
    """ "met with visiting Nepali Prime Minister Oli": with no article before "visiting",
    the parser reads a gerund clause whose object is the guest; the guest is the object
    of the preposition, "visiting" only describes him (as in "met with the visiting ...")."""
    return [
        guest
        for clause in prep.children
        if clause.dep_ == "pcomp" and clause.lower_ == "visiting"
        for guest in clause.children
        if guest.dep_ == "dobj" and guest.pos_ in {"PROPN", "NOUN"}
    ]


def between(token: Token) -> list[Token]:
    for pobj in prep_objects(token, frozenset({"between"})):
        return conjuncts(pobj)
    return []


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def _subjects(verb: Token) -> list[Token]:
    return _children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)


_NAMED_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _named_adverbial_subject(verb: Token) -> list[Token]:
    """ "USAID pledged $50 million": an acronym or name the tagger took for an adverb ("US
    aid") is the subject when the verb has none and the word comes before it."""
    return [
        child
        for child in verb.children
        if child.dep_ in {"advmod", "npadvmod"}
        and child.i < verb.i
        and child.text[:1].isupper()
        and (child.ent_type_ in _NAMED_ENTITIES or _acronym(child))
        and not is_dateline(child)
    ][:1]


def _acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def is_dateline(token: Token) -> bool:
    """ "KABUL (Pajhwok): ...", "MANILA -- ...": a capitalised word opening the sentence and
    cut off by a dash, bracket or colon is where the story was filed; the parser makes it a
    second subject of the main verb (``verb_roles`` drops it only when a later one exists)."""
    sentence_start = token.sent.start
    if token.i - sentence_start > 3 or not token.text.isupper() or len(token.text) < 2:
        return False
    opening = token.doc[sentence_start : token.i + 1]
    if not all(t.text.isupper() or t.is_punct for t in opening):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text in DATELINE_MARKS


def _controller(verb: Token) -> tuple[list[Token], bool]:
    """Subject of a verb that has none of its own, and whether it is the verb's patient."""
    head = verb.head
    if head.i == verb.i:
        return [], False
    if verb.dep_ == "xcomp":
        objects = _children(head, ACTIVE_OBJECTS)
        if objects and not is_passive(head) and _controls_by_object(head, objects):
            return objects, False
        if not _subjects(head) and head.pos_ == "ADJ":  # "had been reluctant to talk"
            return _subjects(head.head), False
        return _subjects(head), False
    if verb.dep_ == "conj":
        clause_subject = _subordinate_subject(verb)
        if clause_subject is not None:
            return [clause_subject], False
        subjects = _without_dateline(_children(head, SUBJECT_DEPS))
        return (subjects, False) if subjects else _controller(head)
    if misparsed_main_verb(verb):
        return [head], False
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN":
        return [head], True  # "citizens kidnapped by agents"
    if is_document_clause(verb):
        return issuers(head), False
    if is_decided_act(verb):
        return deciders(head), False
    if verb.dep_ == "relcl":
        return [head], False
    if verb.dep_ == "advcl" and _shares_subject(verb):
        shared = _without_dateline(_children(head, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))
        return shared or _controller(head)[0], False
    return [], False


# verbs whose object does what the infinitive says: "urged Iran to talk", "ordered the
# police to withdraw", "allowed inspectors to visit"
OBJECT_CONTROL_VERBS = frozenset(
    {"ask", "urge", "tell", "order", "force", "persuade", "allow", "permit", "invite"}
    | {"encourage", "help", "enable", "authorize", "authorise", "instruct", "warn", "press"}
    | {"pressure", "pressurise", "pressurize", "push", "lead", "cause", "get", "want"}
    | {"expect", "need", "require", "compel", "oblige", "advise", "remind", "beg", "implore"}
    | {"call", "challenge", "dare", "empower", "mandate", "direct", "appoint", "elect"}
    | {"train", "teach", "prompt", "lobby", "convince", "induce", "provoke", "incite"}
    | {"inspire", "motivate", "tempt", "recruit", "hire", "assign", "let", "make", "leave"}
    | {"trust", "request", "petition", "exhort", "nominate", "choose", "select", "task"}
    | {"commission", "summon", "bribe", "coerce", "drive", "spur", "mobilize", "mobilise"}
    | {"rally", "prod", "nudge", "forbid", "send", "dispatch", "deploy", "like", "prefer"}
)
# objects that can act: names, pronouns, and nouns tagged as people, bodies or places
_ACTING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _controls_by_object(head: Token, objects: list[Token]) -> bool:
    """Whether an infinitive's doer is the object of the verb it hangs from. "urged Iran to
    talk": yes. "Police fired tear gas to disperse the crowd": a purpose, done by the
    subject; the parser makes it an object-controlled complement all the same. A thing
    (a common noun no one named) under a verb that does not govern its object's acts is
    the means, not the doer."""
    if head.lemma_.lower() in OBJECT_CONTROL_VERBS:
        return True
    return any(
        obj.pos_ in {"PROPN", "PRON"} or obj.ent_type_ in _ACTING_ENTITIES for obj in objects
    )


def misparsed_main_verb(verb: Token) -> bool:
    """ "Khodorkovsky, a former tycoon, called for sanctions", "A US report called for X":
    the parser hangs the only finite verb on the subject as a modifier and makes the noun the
    root. A past-tense form, or a participle said of a document, is then the main verb."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and head.lemma_.lower() in DOCUMENT_NOUNS and head.i < verb.i
    )


def _shares_subject(clause: Token) -> bool:
    """ "X issued a report, demanding Y stop", "X sent a team to investigate": a participle or
    purpose infinitive hung on a verb, with no subject of its own, is done by that verb's
    subject. A clause opened by a subordinator other than "to" ("as", "if") may not be, and
    an infinitive set off by a comma often belongs to a noun the parser skipped."""
    if clause.pos_ != "VERB" or _children(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return False
    if clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    marker = [c for c in clause.children if c.tag_ == "TO"]
    if marker:  # "condemnation of the declaration, to annex X": often a noun's, misattached
        return not clause.doc[marker[0].i - 1].is_punct
    return clause.tag_ == "VBG"


# Nouns of choosing to act: "Germany's decision to expel Iran's envoy", "Russia's move to
# annex Crimea" report the act as done by the noun's owner, as "Germany decided to expel" does
DECIDING_NOUNS = frozenset({"decision", "move"})


def is_decided_act(verb: Token) -> bool:
    """The infinitive a deciding noun takes, when someone owns the decision."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.lemma_.lower() in DECIDING_NOUNS
        and is_infinitive(verb)
        and bool(deciders(head))
    )


def deciders(noun: Token) -> list[Token]:
    """Who decides: the owner ("Germany's decision") or the "by" agent ("a decision by X")."""
    return _children(noun, frozenset({"poss"})) + prep_objects(noun, frozenset({"by"}))


# legal instruments that act as their signer's act: "signed a law imposing sanctions on
# Syria", "issued a decree expelling the envoys", "passed a law banning the party"
LEGAL_INSTRUMENTS = frozenset(
    {"law", "decree", "order", "legislation", "ordinance", "directive", "edict", "act"}
)


def is_document_clause(verb: Token) -> bool:
    """ "a statement condemning X", "a letter threatening to cut funds", "a law imposing
    sanctions on X": the participle says what the document does, so it is an act of whoever
    issues the document."""
    head = verb.head
    documents = DOCUMENT_NOUNS | LEGAL_INSTRUMENTS
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in documents


def issuers(document: Token) -> list[Token]:
    """Who speaks through a statement, report or letter: its "by" or possessive actor ("a
    report by Amnesty accusing X", "its statement condemning X"), else the subject of the verb
    that puts it out ("Amnesty issued a statement condemning X", "sent a letter threatening")."""
    owners = [c for c in document.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    owners += [g for c in document.children if c.lower_ == "by" for g in c.children]
    if owners:
        return owners
    if document.dep_ in {"dobj", "dative"} and document.head.pos_ == "VERB":
        subjects = _children(document.head, SUBJECT_DEPS)
        return subjects or _controller(document.head)[0]
    return []


def document_addressees(clause: Token) -> list[Token]:
    """Whom a letter is sent to, for the act its clause says it does: "sent a letter to the
    head of the WHO threatening to cut funding", "a letter to Kabul demanding the release of
    X" are aimed at the addressee (used for threats and demands, when nothing else is)."""
    if is_document_clause(clause):
        document = clause.head
    elif clause.dep_ == "advcl" and _shares_subject(clause):
        sent = [c for c in _children(clause.head, ACTIVE_OBJECTS) if _is_document(c)]
        if not sent:
            return []
        document = sent[0]
    else:
        return []
    found = prep_objects(document, SPEECH_TARGET_PREPS)
    if document.dep_ in ACTIVE_OBJECTS:  # "sent a letter to X", "sent X a letter"
        found += prep_objects(document.head, SPEECH_TARGET_PREPS)
        found += [c for c in _children(document.head, ACTIVE_OBJECTS) if c.i != document.i]
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"}]


def letter_addressees(verb: Token) -> list[Token]:
    """ "In a letter to the Security Council, Pakistan asked for debt relief": whom the
    letter the verb's act is made in goes to is the one addressed."""
    documents = [d for d in prep_objects(verb, frozenset({"in"})) if _is_document(d)]
    found = [t for d in documents for t in prep_objects(d, SPEECH_TARGET_PREPS)]
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"}]


def _is_document(token: Token) -> bool:
    return token.lemma_.lower() in DOCUMENT_NOUNS


def _subordinate_subject(verb: Token) -> Token | None:
    """Misparse "X did A after B, an envoy, urged C": B is urged's subject, not X."""
    for token in verb.doc[verb.head.i + 1 : verb.i]:
        prep = token.head
        linked = prep.lower_ in SUBORDINATORS and prep.head.i == verb.head.i
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and linked:
            return token
    return None


def _small_clause_subjects(verb: Token) -> list[Token]:
    """ "found Nielsen guilty", parsed as a clause "Nielsen guilty": Nielsen is the object;
    so is the subject the parser gives the bare infinitive of a causative ("help Lebanon
    rebuild", "let inspectors visit")."""
    causative = verb.lemma_.lower() in CAUSATIVE_VERBS
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "ccomp" and (clause.pos_ == "ADJ" or causative)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def causees(verb: Token) -> list[Token]:
    """Whom a causative verb lets or helps act: its object or small-clause subject."""
    if verb.lemma_.lower() not in CAUSATIVE_VERBS or verb.pos_ != "VERB":
        return []
    objects = _children(verb, ACTIVE_OBJECTS) + _small_clause_subjects(verb)
    return [o for o in objects if o.pos_ in {"NOUN", "PROPN"}]


def _without_dateline(subjects: list[Token]) -> list[Token]:
    if len(subjects) < 2 or not is_dateline(subjects[0]):
        return past_dateline(subjects)
    return past_dateline(subjects[1:])


DATELINE_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
MAX_DATELINE_TOKENS = 16
MAX_AGENCY_TOKENS = 4


def dateline_end(sentence: Span) -> int | None:
    """Index of the dash closing a wire dateline that opens the sentence, if there is one.

    "NEW DELHI, March 8 (IANS) --", "BEIJING, May 3 (Xinhua) --": capitalised place words,
    a date and the agency in brackets, then a dash. The parser hangs the place on the main
    verb as a subject and the agency on the date as an apposition, so both would otherwise
    be coded as actors (Xinhua as Chinese media, PTI as a Pakistani party).
    """
    if not len(sentence) or not is_capitals_word(sentence[0]):
        return None  # most sentences: no need to look further
    tokens = list(sentence[:MAX_DATELINE_TOKENS])
    position = 0
    while position < len(tokens) and is_capitals_word(tokens[position]):
        position += 1
    if position == 0:
        return None
    if position < len(tokens) and tokens[position].text == ",":
        position += 1
    while position < len(tokens) and _is_date_word(tokens[position]):
        position += 1
    if position < len(tokens) and tokens[position].text == "(":
        closing = next((i for i in range(position + 1, len(tokens)) if tokens[i].text == ")"), None)
        if closing is None or closing - position - 1 > MAX_AGENCY_TOKENS:
            return None
        position = closing + 1
    if position < len(tokens) and _dateline_dash(tokens[position - 1], tokens[position]):
        return tokens[position].i
    return None


def _dateline_dash(before: Token, dash: Token) -> bool:
    """A dash set off by a space or after the agency's bracket: "US-led" is no dateline."""
    return dash.text in DATELINE_DASHES and (bool(before.whitespace_) or before.text == ")")


def _is_date_word(token: Token) -> bool:
    return token.like_num or token.lower_.rstrip(".") in DATELINE_MONTHS or token.text == "."


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is part of the wire dateline opening its sentence."""
    sentence = token.sent
    if token.i - sentence.start >= MAX_DATELINE_TOKENS:
        return False  # a dateline ends within its first tokens
    end = dateline_end(sentence)
    return end is not None and token.i <= end


def past_dateline(subjects: list[Token]) -> list[Token]:
    """Subjects with a dateline place replaced by the real subject the parser hung on it
    ("NAIROBI, July 7 (Xinhua) -- Kenya and Ethiopia agreed": "Kenya" is an apposition of
    "NAIROBI"); a place with no such dependent is dropped."""
    result: list[Token] = []
    for subject in subjects:
        if not in_dateline(subject):
            result.append(subject)
            continue
        result.extend(
            c for c in subject.children if c.dep_ in {"appos", "conj"} and not in_dateline(c)
        )
    return result


def _misparsed_objects(verb: Token) -> list[Token]:
    """ "Biden called Erdogan on Tuesday": with no direct object, the parser may take a name
    for a predicate complement ("called him a liar"); a proper name there is the object."""
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]


# verbs a speaker names something with: "condemned what it called Turkish interference"
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize"})


def _named_objects(verb: Token) -> list[Token]:
    """ "denounced what it called Turkish interference", "condemned what it described as an
    Israeli attack": the free relative "what" is the object, and the speaker's name for it
    (the naming verb's complement) says what, and whose, it is."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in NAMING_VERBS:
            continue
        if not any(c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass"} for c in clause.children):
            continue
        found += [c for c in clause.children if c.dep_ == "oprd"]
        found += prep_objects(clause, frozenset({"as"}))
    return found


def verb_roles(verb: Token, particle: str | None = None, speech: bool = False) -> Roles:
    """Source and target tokens of a verbal predicate."""
    preps = SPEECH_TARGET_PREPS if speech else VERB_TARGET_PREPS
    if particle:
        preps = preps | {particle}
    objects = _children(verb, ACTIVE_OBJECTS) or _misparsed_objects(verb) or _named_objects(verb)
    objects = objects + parts_of(objects) + prep_objects(verb, preps)
    if speech:
        objects = [o for o in objects if o.pos_ in {"PROPN", "NOUN", "PRON"}]
    else:
        objects += _small_clause_subjects(verb)
    if is_passive(verb):
        patients = _children(verb, PASSIVE_SUBJECT_DEPS)
        return Roles(expand(agent_objects(verb)), expand(patients + objects))
    subjects = _without_dateline(_children(verb, SUBJECT_DEPS))
    inferred = False
    if not subjects:
        controllers, patient = _controller(verb)
        inferred = bool(controllers)
        if patient:
            return Roles(expand(agent_objects(verb)), expand(controllers + objects), inferred)
        subjects = controllers or _named_adverbial_subject(verb)
        inferred = bool(controllers)
    pair = between(verb)
    if pair and not objects and not subjects:
        return Roles(expand([pair[0]]), expand(pair[1:]), inferred, paired=True)
    if pair and not objects:  # "Norway mediated between the government and the rebels"
        objects = pair
    return Roles(expand(subjects), expand(objects), inferred)


# verbs whose subject suffers the act it dies or perishes in: "three soldiers died in an
# attack by Boko Haram" is an attack on the soldiers, never by them
SUFFERING_VERBS = frozenset({"die", "perish"})


def _setting_verb(noun: Token, cameo: str = "") -> Token | None:
    """The verb of "told Japan in a meeting", "stepped up ... in protest at X"; for a gift
    also the verb it is made "with" ("responded with a contribution of $5 million"), whose
    subject gives it."""
    prep = noun.head
    giving = cameo[:2] == GIVING_ROOT and not _with_the_help_of(noun)
    preps = SETTING_PREPS | GIFT_SETTING_PREPS if giving else SETTING_PREPS
    if noun.dep_ == "pobj" and prep.lower_ in preps and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


GIFT_SETTING_PREPS = frozenset({"with"})


def _with_the_help_of(noun: Token) -> bool:
    """ "crossed the river with the aid of local guides": the idiom says who helped the
    subject, so the subject gives nothing."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return definite and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


REQUEST_NOUNS = frozenset({"request", "invitation", "behest", "urging"})


def _at_request_of(noun: Token) -> bool:
    """ "at the request of X", "at the invitation of X": X asks whoever does the act the
    phrase sits on, unlike "a request from X to Y" whose "of" may name what is asked."""
    at = noun.dep_ == "pobj" and noun.head.lower_ == "at"
    named = any(p.lower_ == "of" for p in noun.children if p.dep_ == "prep")
    return at and named and noun.lemma_.lower() in REQUEST_NOUNS


def noun_roles(noun: Token, cameo: str, light_verb: Token | None) -> Roles:
    """Source and target tokens of an event noun ("talks", "abduction", "demand")."""
    happening = happening_verb(noun)
    pair = _event_pair(noun) or (_event_pair(happening) if happening is not None else [])
    if pair:
        return Roles(expand([pair[0]]), expand(pair[1:]), paired=True)
    sources = _children(noun, frozenset({"poss"})) + prep_objects(noun, frozenset({"by"}))
    sources = sources or _stranded_agents(noun)
    if not sources and cameo[:2] in FROM_IS_SOURCE_ROOTS:  # "aid from Turkey", "a request from X"
        sources = prep_objects(noun, frozenset({"from"}))
    targets = prep_objects(noun, noun_target_preps(cameo)) or _stranded_opponents(noun)
    of_objects = prep_objects(noun, frozenset({"of"}))
    withdrawn = [o for o in of_objects if o.lemma_.lower() in FORCE_NOUNS]
    if cameo.startswith(RETREAT_CODE) and withdrawn and not sources:
        sources += withdrawn  # "the withdrawal of Syrian troops from Lebanon"
        targets += prep_objects(noun, frozenset({"from"}))
    elif (cameo[:2] in OF_IS_SOURCE_ROOTS or _at_request_of(noun)) and not sources:
        sources += of_objects
    elif cameo[:2] == GIVING_ROOT and not sources and national_givers(of_objects):
        sources += national_givers(of_objects)  # "the delivery of U.S. aid to the region"
    else:
        targets += of_objects
    targets += _clause_subjects(noun)
    receivers = receivers_of_gift(noun) if cameo[:2] == GIVING_ROOT else []
    targets = receivers + targets
    inferred = False
    host = light_verb if light_verb is not None else _setting_verb(noun, cameo) or happening
    if host is not None and light_verb is None and host.lemma_.lower() in SUFFERING_VERBS:
        targets += _children(host, SUBJECT_DEPS)  # "three soldiers died in an attack by X"
        host = None
    if host is not None:
        verb = verb_roles(host)
        inferred = light_verb is None
        known = {t.i for t in targets} | {noun.i}
        targets += [t for t in verb.targets if t.i not in known]
        if not targets and light_verb is not None:  # "launched raids, mainly on rebel posts"
            targets += [t for t in secondary_verb_targets(host, cameo) if t.i != noun.i]
        if _at_request_of(noun):  # "sent troops at the request of X": X asks the senders
            targets = [s for s in verb.sources if s.i not in {t.i for t in sources}]
        if not sources:
            sources = [s for s in verb.sources if s.i not in {r.i for r in receivers}]
    modifiers = [
        c
        for c in noun.children
        if c.dep_ in {"compound", "nmod"}
        and c.pos_ == "PROPN"
        and not (is_dateline(c) or in_dateline(c))
    ]
    if not sources and modifiers:
        sources, targets = modifiers[:1], targets or modifiers[1:]
    return Roles(expand(sources), expand(targets), inferred)


def _stranded_agents(noun: Token) -> list[Token]:
    """ "the arrest of the opposition leader by police", "the killing of two soldiers by
    militants": the parser hangs the event noun's "by" agent on its "of" object, the nearest
    noun; the agent acts the event, the object undergoes it."""
    return [
        agent
        for patient in prep_objects(noun, frozenset({"of"}))
        for agent in prep_objects(patient, frozenset({"by"}))
    ]


# where an event noun happens: "protests in several cities", "clashes across the north"
SCENE_PREPS = frozenset({"in", "across", "at", "outside", "throughout"})
OPPONENT_PREPS = frozenset({"against"})


def _event_pair(head: Token) -> list[Token]:
    """ "clashes between A and B", also when the parser hangs "between" on the place the
    event happens in ("fighting raged in the outskirts of X between A and B")."""
    pair = between(head)
    for place in prep_objects(head, SCENE_PREPS):
        pair = pair or between(place)
    return pair


def _stranded_opponents(noun: Token) -> list[Token]:
    """ "demonstrations in several cities against the government": the parser hangs the event
    noun's "against" phrase on the nearer place noun; whom the event opposes is the noun's."""
    return [
        opponent
        for place in prep_objects(noun, SCENE_PREPS)
        for opponent in prep_objects(place, OPPONENT_PREPS)
    ]


# verbs that say their subject, an event noun, took place: "protests erupted", "fighting
# raged", "clashes broke out", "the ceasefire will start on Tuesday", "protests continued";
# "flare" and "take" only with their particle
HAPPENING_VERBS = frozenset(
    {"erupt", "occur", "rage", "flare", "break", "take", "spread"}
    | {"begin", "start", "resume", "continue", "intensify", "escalate"}
)
HAPPENING_PARTICLES = {"break": "out", "take": "place", "flare": "up"}
# "the ceasefire will take effect on Sunday", "the truce came into force"
TAKING_EFFECT = {"take": "effect", "come": "force", "enter": "force"}


def happening_verb(noun: Token) -> Token | None:
    """The verb that says an event noun happened ("Protests erupted in Lagos against X"):
    its prepositions are the event's, as a light verb's are."""
    verb = noun.head
    lemma = next(
        (f for f in (verb.lemma_.lower(), restored_lemma(verb)) if f in HAPPENING_VERBS), ""
    )
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or not lemma:
        return None
    particle = HAPPENING_PARTICLES.get(lemma)
    if particle is None or _has_particle(verb, particle):
        return verb
    return None


def _has_particle(verb: Token, word: str) -> bool:
    """ "broke out", "took place", "took effect", "came into force"."""
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "dobj", "advmod", "prep"}}
    words |= {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children}
    return word in words


def _taking_effect(noun: Token) -> bool:
    verb = noun.head
    word = TAKING_EFFECT.get(verb.lemma_.lower())
    return noun.dep_ == "nsubj" and word is not None and _has_particle(verb, word)


# "It was the deadliest attack on X since 2006": the pronoun presents the event just told
PRESENTING = frozenset({"it"})


def happened(noun: Token) -> bool:
    """The clause says the event noun took place: "There were demonstrations against X",
    "Clashes broke out", so it is reported, not a topic ("the abductions")."""
    verb = noun.head
    if is_negated(noun) or is_negated(verb):
        return False
    if noun.dep_ == "attr" and verb.lemma_.lower() == "be":
        return any(c.dep_ == "expl" or c.lower_ in PRESENTING for c in verb.children)
    return happening_verb(noun) is not None or _taking_effect(noun)


RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "secure", "accept", "take"})


def receivers_of_gift(noun: Token) -> list[Token]:
    """Who a gift noun goes to when a receiving verb takes it: "Egypt receives U.S. military
    aid", "Israel receives $3 billion a year in military aid from Washington" (the gift named
    as what a sum is "in"). The receiver is the verb's subject, never the giver."""
    head = noun
    if head.dep_ == "pobj" and head.head.lower_ == "in":
        head = head.head.head  # "$3 billion in aid", "received in aid $3 billion"
    verb = head.head if head.dep_ == "dobj" else head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING_VERBS or is_passive(verb):
        return []
    return _children(verb, SUBJECT_DEPS)


def national_givers(gifts: list[Token]) -> list[Token]:
    """The nation named on a gift: "U.S. aid", "Japanese food aid" come from that nation."""
    return [
        c
        for gift in gifts
        for c in gift.children
        if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
    ]


def noun_target_preps(cameo: str) -> frozenset[str]:
    """Prepositions introducing an event noun's target: "talks with X", "aid to X", "a lawsuit
    against X"; "attack on X" for hostile acts; "investigation into X" for probes and worse."""
    preps = NOUN_TARGET_PREPS
    if cameo[:2] >= "09":
        preps = preps | PROBE_TARGET_PREPS
    if cameo[:2] >= "10":
        preps = preps | HOSTILE_TARGET_PREPS
    return preps


def secondary_verb_targets(verb: Token, cameo: str) -> list[Token]:
    """Targets a verb reaches only through a preposition of its code's kind: "opened fire on
    X" (hostile "on"), "fired at X" (force), "lashed out at X" (verbal attack), "opened its
    borders for X" (beneficiary), "cut tariffs on X" (a measure eased).

    Second line: ``predicate_roles`` uses them only when the verb's own objects name no one, so
    that a topic ("criticised X on Twitter") does not become a second target."""
    root = cameo[:2]
    preps: frozenset[str] = frozenset()
    if root >= "10":
        preps = preps | VERB_HOSTILE_PREPS
    if root == DISAPPROVE_ROOT:
        preps = preps | DISAPPROVAL_PREPS
    if root in VIOLENT_ROOTS:
        preps = preps | FORCE_PREPS
    if root in COOPERATIVE_CODE_ROOTS:
        preps = preps | BENEFICIARY_PREPS
    if cameo.startswith(EASING_CODES):  # "cut tariffs on X": the measure was imposed on X
        preps = preps | VERB_HOSTILE_PREPS
    return [t for t in prep_objects(verb, preps) if t.pos_ in {"NOUN", "PROPN", "PRON"}]


def protest_sites(verb: Token, cameo: str) -> list[Token]:
    """ "demonstrated outside the Chinese embassy": the building a protest is held at, for
    whoever it houses (used last: "burned U.S. flags outside the embassy" is aimed at the
    flags' owner)."""
    if not cameo.startswith(PROTEST_ROOT):
        return []
    return [t for t in prep_objects(verb, PROTEST_SITE_PREPS) if t.pos_ in {"NOUN", "PROPN"}]


def purpose_targets(verb: Token) -> list[Token]:
    """ "donated $5 million to help Haitian farmers": the object of a purpose infinitive is
    whom the act is for (used last, when the verb's own objects name no one)."""
    found: list[Token] = []
    for clause in purpose_clauses(verb, frozenset({"advcl"}), SUBJECT_DEPS):
        if clause.pos_ == "VERB":
            found.extend(_children(clause, ACTIVE_OBJECTS))
            found.extend(prep_objects(clause, frozenset({"to"})))
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"}]


PURPOSE_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def purpose_clauses(
    holder: Token,
    deps: frozenset[str] = PURPOSE_CLAUSE_DEPS,
    subjects: frozenset[str] = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS,
) -> list[Token]:
    """The "to" infinitives of ``holder`` (by ``deps``) with none of ``subjects`` of their
    own: what the act or gift is for ("donated $5 million to help Haitian farmers"), whose
    objects stand for whom it reaches; a clause with its own subject is someone else's act."""
    return [
        clause
        for clause in holder.children
        if clause.dep_ in deps and is_infinitive(clause) and not _children(clause, subjects)
    ]


def _clause_subjects(noun: Token) -> list[Token]:
    """ "its demand that Pyongyang come clean": the addressee is the clause's subject."""
    clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}]
    return [
        s
        for c in clauses
        if any(m.lower_ == "that" for m in c.children)
        for s in c.children
        if s.dep_ in SUBJECT_DEPS
    ]


# Prepositions through which a non-actor noun points at a party: its owner or agent ("the
# demands of the miners", "a decision by the WEF", "a request from X"), its partner or
# addressee ("talks with X", "an ultimatum to X") or its opponent ("charges against X").
# "for" names what is sought more often than whom ("demands for independence", "calls for
# calm"), "on" a topic ("a report on Iran", "talks on Syria") and "in"/"at" a place ("talks in
# Geneva"); an aid or support noun that takes "for" is an event whose own roles read it.
POINTING_PREPS = frozenset({"of", "by", "from", "with", "to", "against", "between"})
HOSTILE_POINTING_PREPS = frozenset({"on", "upon"})  # "condemned the attack on X"


def pointed_parties(noun: Token, hostile: bool = False) -> tuple[Token, ...]:
    """The parties a non-actor noun points to through its prepositions, nearest first.

    "conceded to the demands of the striking miners", "refused talks with the Afghan
    government": the noun the verb is aimed at is no actor, but the party inside its
    prepositional phrase is whom the act reaches. One level only: "rejected calls for
    sanctions against X" does not reach X. ``hostile`` adds "on" for a hostile event noun
    ("condemned the attack on the embassy")."""
    preps = POINTING_PREPS | HOSTILE_POINTING_PREPS if hostile else POINTING_PREPS
    objects = [
        child
        for prep in noun.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps
        for child in prep.children
        if child.dep_ == "pobj" and child.pos_ in {"NOUN", "PROPN"}
    ]
    return expand(objects)


OWNER_DEPS = frozenset({"poss", "pobj", "compound"})


def object_owners(
    objects: tuple[Token, ...], depth: int | None = None, deps: frozenset[str] = OWNER_DEPS
) -> tuple[Token, ...]:
    """Actors inside a non-actor object: "hailed the change in Pyongyang's attitude".

    With ``depth``, only that many arcs down and never into a relative clause: "lifted
    sanctions imposed on X", not "sanctions on an entity that runs farms where Y live"."""
    found = []
    for obj in objects:
        inner = obj.subtree if depth is None else _near(obj, depth)
        for token in inner:
            inside = token.i != obj.i and token.dep_ in deps
            if inside and (token.pos_ == "PROPN" or token.dep_ == "poss" or _national_by(token)):
                found.append(token)
    return tuple(found[:2])


AUTHOR_PREPS = frozenset({"from", "by"})


def _national_by(token: Token) -> bool:
    """A nationality-qualified noun the object comes from: "rejected an offer of talks from the
    Afghan government", "dismissed a demand by Indian officials" (a bare "from the region" or
    "by hand" names no party)."""
    if token.dep_ != "pobj" or token.head.lower_ not in AUTHOR_PREPS:
        return False
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)


def _near(token: Token, depth: int) -> list[Token]:
    """``token`` and its dependents down to ``depth`` arcs, in sentence order, no relatives."""
    found, frontier = [token], [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if c.dep_ != "relcl"]
        found.extend(frontier)
    return sorted(found, key=lambda t: t.i)


# Where a material act lands stands for whom it lands on, as event coders (GDELT, ICEWS) code
# it: "approved troop deployments in Libya" -> LBY, "declared a ceasefire in Tripoli" -> LBY,
# "imposed a curfew in Kashmir". Only acts done on a place: aid, easing and ceasefires,
# deployments, sanctions, coercion and force. Never statements, appeals, meetings, agreements
# or protests ("said in Washington", "met in Geneva", "rallied in Paris" happen somewhere, not
# to anyone there), nor an accession ("resigned in The Hague", 083) or a halt to talks (164,
# 165), which are about a venue too.
PLACE_TARGET_CODES = ("07", "081", "084", "085", "086", "087", "15", "161", "162", "163", "166")
PLACE_TARGET_CODES += ("17", "18", "19", "20")
PLACE_TARGET_PREPS = frozenset({"in", "into", "to", "inside", "across", "throughout", "near"})
PLACE_ENTITIES = frozenset({"GPE", "LOC"})
# what carries a place on to the act: "provided euros for aid in Yemen", "flew tons of medicine"
PLACE_CARRIER_PREPS = frozenset({"for", "of"})
PLACE_PARTS = frozenset({"poss", "compound", "appos"})


def takes_place_target(cameo: str) -> bool:
    """Whether an act of this code is done to the place it is done in (see above)."""
    return cameo.startswith(PLACE_TARGET_CODES)


# "sought refuge in Niger", "sought asylum in Tanzania": the place where refuge is sought is
# the country asked to give it, though an appeal is otherwise done somewhere, to no one there
REFUGE_NOUNS = frozenset({"refuge", "asylum", "shelter", "sanctuary"})


def refuge_places(verb: Token) -> tuple[Token, ...]:
    """Places a verb seeking refuge names (see above); none for any other verb."""
    sought = [c for c in verb.children if c.dep_ in ACTIVE_OBJECTS]
    if not any(c.lemma_.lower() in REFUGE_NOUNS for c in sought):
        return ()
    return place_targets(verb)


def place_targets(
    trigger: Token, light: Token | None = None, giving: bool = False
) -> tuple[Token, ...]:
    """Places an act is done in or into, nearest first: on the trigger, its light verb, its
    object ("extended the curfew in Jamaica"), or what the object is for ("provided euros for
    aid in Yemen"); for a gift (``giving``) also where its beneficiaries or purpose are
    (see ``_gift_carriers``). Used last, when no participant names a target; the extractor
    codes each as its country."""
    anchors = [trigger] if light is None else [light, trigger]
    carriers = [c for a in anchors for c in a.children if c.dep_ in ACTIVE_OBJECTS]
    carriers += [o for c in carriers for o in prep_objects(c, PLACE_CARRIER_PREPS)]
    gift_carriers = _gift_carriers(anchors + carriers) if giving else []
    carriers += gift_carriers
    holders = anchors + carriers
    found = [
        party
        for holder in holders
        for noun in prep_objects(holder, BORDER_PREPS)
        for party in border_parties(noun)
    ]
    found += [
        noun
        for holder in holders
        for noun in prep_objects(holder, PLACE_TARGET_PREPS) + _out_of(holder)
        if _names_place(noun)
    ]
    found += [noun for noun in gift_carriers if noun.ent_type_ in PLACE_ENTITIES]
    return tuple(dict.fromkeys(found))


# what a gift goes to or is for: "$75 million in funding", "$85 million to relief efforts in
# Haiti", "20 million euros in aid for Somalia"
GIFT_CARRIER_PREPS = frozenset({"in", "to", "for"})


def _gift_carriers(holders: list[Token]) -> list[Token]:
    """Words of a gift that may hold the place it goes to: the gift's kind and beneficiaries
    ("in aid for Somalia", "to relief efforts in Haiti") and its purpose clause with its
    objects ("provided $75 million to fight Ebola in Liberia", "to help refugees in
    Jordan"). A gift to a place's people or its fight is a gift to that place."""
    found = [o for h in holders for o in prep_objects(h, GIFT_CARRIER_PREPS)]
    found += [o for f in list(found) for o in prep_objects(f, GIFT_CARRIER_PREPS)]
    for holder in holders:
        for clause in purpose_clauses(holder):
            found += [clause, *_purpose_objects(clause)]
    return found


def _purpose_objects(clause: Token) -> list[Token]:
    """What a purpose clause acts on, two prepositions deep: "to pay for food aid for refugees
    in Bangladesh" reaches the refugees, whose place is where the gift goes."""
    objects = _children(clause, ACTIVE_OBJECTS) + prep_objects(clause, GIFT_CARRIER_PREPS)
    return objects + [o for f in objects for o in prep_objects(f, GIFT_CARRIER_PREPS)]


# a border is named by the country across it: "massed troops along the Ukrainian border",
# "moved troops to its border with Pakistan", "deployed tanks on the Syria border"
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
BORDER_PREPS = PLACE_TARGET_PREPS | {"along", "on", "near", "at", "toward", "towards", "by"}
BORDER_NAME_DEPS = frozenset({"amod", "compound", "nmod"})


def border_parties(noun: Token) -> list[Token]:
    """The countries a border noun names, by adjective or name ("the Eritrean frontier",
    "the Thailand border") or by "with" ("its border with Pakistan")."""
    if noun.lemma_.lower() not in BORDER_NOUNS:
        return []
    named = [c for c in noun.children if c.dep_ in BORDER_NAME_DEPS]
    named += prep_objects(noun, frozenset({"with"}))
    return [t for t in named if t.ent_type_ in PLACE_ENTITIES | {"NORP"}]


OUT_OF = frozenset({"of"})


def _out_of(verb: Token) -> list[Token]:
    """ "pulled its troops out of Lebanon": the place after "out of"."""
    outs = [c for c in verb.children if c.lower_ == "out"]
    return [place for out in outs for place in prep_objects(out, OUT_OF)]


def _names_place(noun: Token) -> bool:
    """A country, region or city, or a phrase naming one as its part ("the northern city of
    Kunduz", "parts of Kashmir", "Jammu and Kashmir's Poonch district"): one arc down only,
    so that "in protest at Israel's policy" places nothing."""
    if noun.ent_type_ in PLACE_ENTITIES:
        return True
    parts = [c for c in noun.children if c.dep_ in PLACE_PARTS]
    parts += prep_objects(noun, frozenset({"of"}))
    return any(part.ent_type_ in PLACE_ENTITIES for part in parts)
