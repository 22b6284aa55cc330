"""The predicate lexicon: words and phrases that report events, mapped to CAMEO codes.

The lexicon is data (``data/predicates.tsv``, documented in its header). An entry names a head
lemma and part of speech, optionally a required particle/preposition ("call off", "call on")
and required object words ("hold ... prisoner", "launch ... missile"). Entries with conditions
win over bare entries of the same lemma when their conditions hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from spacy.tokens import Token

from tidings import data

FILE_NAME = "predicates.tsv"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
PREDICATIVE = frozenset({"ccomp", "oprd", "acomp", "xcomp"})  # "found him guilty"
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


class Kind(StrEnum):
    """How a predicate relates to the clause it governs (see the lexicon header)."""

    EVENT = "event"
    SUPPORT = "support"
    SPEECH = "speech"
    INTENT = "intent"
    PLEDGE = "pledge"
    AGREE = "agree"
    THREAT = "threat"
    APPEAL = "appeal"
    DEMAND = "demand"
    ORDER = "order"
    ACCUSE = "accuse"
    DENY = "deny"
    REFUSE = "refuse"
    RULEOUT = "ruleout"


NOT_PREDICATES = frozenset(
    {"DATE", "TIME", "PERSON", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
)
POS_OF_SPACY = {
    "VERB": "verb",
    "AUX": "verb",
    "NOUN": "noun",
    "PROPN": "noun",
    "ADJ": "adj",
    "ADP": "prep",  # "said Iran was behind the attack": a preposition judging a party
}


@dataclass(frozen=True)
class PredicateEntry:
    lemma: str
    pos: str
    cameo: str | None
    particle: str | None
    objects: frozenset[str]
    kind: Kind
    symmetric: bool
    agentive: bool = False  # names the doer: "X is the largest donor" reports X giving
    converse: bool = False  # the subject undergoes: "Y received aid from X" is X aiding Y
    arrival: bool = False  # the subject is what arrives: "aid from X reached Y"
    forces: bool = False  # only said of armed forces or states: "troops left Afghanistan"
    bare: bool = False  # only with no object: "Musharraf quit" resigns, "quit smoking" does not
    transitive: bool = False  # only with an object: "returned the land", not "returned to power"
    stance: bool = False  # also names a group: "opposition to X" vs "the opposition"
    naming: bool = False  # the object condition names the object: "called X a partner"

    @property
    def rule(self) -> str:
        parts = [self.lemma]
        if self.particle:
            parts.append(self.particle)
        if self.objects:
            parts.append("+" + "|".join(sorted(self.objects)))
        return f"{self.pos}:{' '.join(parts)}:{self.kind}"

    @property
    def specificity(self) -> int:
        return (2 if self.particle else 0) + (1 if self.objects else 0)


def parse_line(line: str) -> PredicateEntry:
    """One TSV row -> entry; raises ValueError naming the problem."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) != 7:
        raise ValueError(f"expected 7 tab-separated cells, got {len(cells)}: {line!r}")
    lemma, pos, cameo, particle, objects, kind, flags = cells
    flag_set = set(flags.split(","))
    if pos not in {"verb", "noun", "adj", "prep"}:
        raise ValueError(f"unknown part of speech {pos!r}: {line!r}")
    return PredicateEntry(
        lemma=lemma.lower(),
        pos=pos,
        cameo=None if cameo == "-" else cameo,
        particle=None if particle == "-" else particle.lower(),
        objects=frozenset() if objects == "-" else frozenset(objects.lower().split("|")),
        kind=Kind(kind),
        symmetric="sym" in flag_set,
        agentive="agent" in flag_set,
        converse="converse" in flag_set,
        arrival="arrival" in flag_set,
        forces="forces" in flag_set,
        bare="bare" in flag_set,
        transitive="transitive" in flag_set,
        stance="stance" in flag_set,
        naming="naming" in flag_set,
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


INFLECTED_ENDINGS = ("ed", "es", "ing")


def restored_lemma(token: Token) -> str:
    """The lemma with its final "e" given back: the lemmatiser strips it from some inflected
    verbs as if they came from another word ("raped" -> "rap", "hoped" -> "hop", "lambasted"
    -> "lambast"); tried only when neither the lemma nor the word itself is known."""
    lemma = _lemma(token)
    inflected = token.lower_.endswith(INFLECTED_ENDINGS) and token.lower_.startswith(lemma)
    return lemma + "e" if inflected and not lemma.endswith("e") else ""


def _forms(token: Token) -> set[str]:
    """Lemma and surface forms; a sentence-initial "Talks" may be tagged as a proper noun."""
    lower = token.lower_
    return {_lemma(token), lower, lower[:-1] if lower.endswith("s") else lower}


_WHEN = frozenset({"DATE", "TIME"})
# "rolled back" parsed with "back" as an adverb; so are "set free", "worked together" and
# "jointly built"
ADVERB_PARTICLES = frozenset(
    {"back", "off", "up", "down", "out", "away", "free", "together", "jointly"}
)


def _particles(token: Token) -> set[str]:
    """Particles and prepositions of a verb; a preposition of time ("called X on Saturday")
    is none of "call on"."""
    found = {
        _lemma(c)
        for c in token.children
        if (c.dep_ in {"prt", "prep", "agent", "dative"} and not _of_time(c))
        or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)
    }
    return found | ({"for"} if for_clause(token) is not None else set())


def _object_takes_particle(verb: Token, entry: PredicateEntry) -> bool:
    """ "launched missiles against Iraq": the parser may hang the entry's preposition on the
    object it requires rather than on the verb; the entry holds all the same."""
    if not entry.objects or entry.particle is None:
        return False
    return any(
        prep.dep_ == "prep" and _lemma(prep) == entry.particle and not _of_time(prep)
        for child in verb.children
        if child.dep_ == "dobj" and _forms(child) & entry.objects
        for prep in child.children
    )


def _converse_particles(entry: PredicateEntry, verb: Token) -> set[str]:
    """Prepositions the parser hangs on a converse verb's object: in "got $1.5 billion in aid
    from the United States" the giver's "from" goes with the sum."""
    if not entry.converse:
        return set()
    return {
        _lemma(p) for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"
    }


def for_clause(verb: Token) -> Token | None:
    """ "called for Iran to release him": the parser hangs "for" on the infinitive as its
    marker, with Iran as its subject; the verb still takes "for" (call for, push for)."""
    for clause in verb.children:
        if clause.dep_ in {"advcl", "ccomp", "xcomp"} and clause.i > verb.i:
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
            if marks and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
                return clause
    return None


# "to" with a length of time is a term, no time of the act: "sentenced X to six years"
DURATION_PREPS = frozenset({"to"})


def _of_time(prep: Token) -> bool:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ in DURATION_PREPS:
        return False
    return prep.dep_ == "prep" and bool(objects) and all(o.ent_type_ in _WHEN for o in objects)


ACTOR_MARKS = {"PERSON": "@person", "ORG": "@org", "GPE": "@gpe", "NORP": "@norp"}


def _actor_marks(verb: Token, objects: list[Token]) -> set[str]:
    """ "@person" for "called Merkel", "@gpe" for "phoned Berlin": objects that name actors,
    their appositions included ("his counterpart, Michel Aoun"); none when the verb names its
    object ("called them nutters", "called the move unconstitutional")."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if complements and not all(c.pos_ == "PROPN" for c in complements):
        return set()  # a name alone as complement is the misparsed object ("called Erdogan")
    named = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "appos"))]
    return {ACTOR_MARKS[t.ent_type_] for t in named if t.ent_type_ in ACTOR_MARKS}


MONEY_MARK = "@money"
# currency names the parser does not always tag as money ("30 million crowns")
CURRENCY_NOUNS = frozenset(
    {"dollar", "euro", "pound", "yen", "yuan", "renminbi", "franc", "mark", "crown", "krone"}
    | {"krona", "kronor", "rouble", "ruble", "rupee", "riyal", "rial", "dinar", "dirham"}
    | {"shekel", "lira", "peso", "real", "rand", "naira", "shilling", "won", "baht", "ringgit"}
)


def _money_mark(objects: list[Token]) -> set[str]:
    """ "@money" for an object that is a sum ("gave $20 million", "contributed 30 million
    crowns", "sent 5 billion yen"): a sum of any currency is given, whatever its unit's word."""
    sums = [o for o in objects if o.ent_type_ == "MONEY" or _lemma(o) in CURRENCY_NOUNS]
    return {MONEY_MARK} if sums else set()


# verbs that have someone else do something: "let inspectors visit", "help Lebanon rebuild",
# "allowed UN inspectors access"; whom they let or help is their object
CAUSATIVE_VERBS = frozenset({"let", "allow", "permit", "help", "enable", "make"})


def let_act_subjects(verb: Token) -> list[Token]:
    """ "allowed IAEA inspectors to visit the site": the parser makes the inspectors the
    subject of the clause, but whom a causative lets act is its object, so "allow" +
    inspectors is the allowing (086), not the visit. In "allowed aid agencies access" the
    parser makes the noun itself the clause: it is the object too."""
    if _lemma(verb) not in CAUSATIVE_VERBS:
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return subjects + [c for c in clauses if c.pos_ == "NOUN"]


def _objects(token: Token) -> set[str]:
    """Lemmas that can satisfy an entry's object condition, and marks of named actors."""
    if token.pos_ in {"NOUN", "PROPN"}:
        words = {_lemma(c) for c in token.children if c.dep_ in NOUN_MODIFIER_DEPS}
        words |= {_lemma(g) for c in token.children if c.dep_ == "prep" for g in c.children}
        return words
    if token.pos_ == "ADP":  # "behind the bombing": the preposition's object
        objects = [c for c in token.children if c.dep_ == "pobj"]
        # "behind the coup attempt", "behind the bomb plot": the noun that names the act
        objects += [c for o in objects for c in o.children if c.dep_ == "compound"]
        return {form for o in objects for form in _forms(o)}
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "people evacuated by X": the patient
        objects.append(token.head)
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]  # "X and Y"
    objects += measured(objects)
    words = {form for o in objects for form in _forms(o)}
    words |= {_lemma(c) for c in token.children if c.dep_ in PREDICATIVE and c.pos_ == "ADJ"}
    words |= {c.lower_ for c in token.children if c.dep_ == "intj"}  # "said no to the plan"
    words |= {_lemma(c) for c in _predicative_nouns(token)}
    words |= {_lemma(c) for o in objects for c in o.children if c.dep_ in {"compound", "amod"}}
    return words | _causee_words(token) | _actor_marks(token, objects) | _money_mark(objects)


CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "cop"})


def _predicative_nouns(verb: Token) -> list[Token]:
    """ "took 41 foreigners hostage", "taking 1,000 people hostage": a bare noun saying what the
    object becomes, which the parser may hang on the verb as a clause (ccomp, advcl) when it
    has no verb, subject or marker of its own."""
    return [
        c
        for c in verb.children
        if c.dep_ in PREDICATIVE | {"advcl"}
        and c.pos_ == "NOUN"
        and not any(g.dep_ in CLAUSE_MARKS for g in c.children)
    ]


def _causee_words(verb: Token) -> set[str]:
    """Whom a causative lets act, with its compounds ("aid workers"); not its adjectives: in
    "let free parking continue" nobody is set free."""
    causees = let_act_subjects(verb)
    return {form for c in causees for form in _forms(c)} | {
        _lemma(m) for c in causees for m in c.children if m.dep_ == "compound"
    }


# Heads that only measure their "of" object: "flew 13 tons of medicine", "$4 million worth of
# equipment", "a shipment of vaccines" deliver the medicine, equipment and vaccines.
MEASURE_NOUNS = frozenset(
    {
        "ton",
        "tonne",
        "kilogram",
        "kilo",
        "worth",
        "shipment",
        "consignment",
        "batch",
        "load",
        "truckload",
        "planeload",
        "cargo",
        "package",
        "quantity",
        "amount",
        "dose",
        "crate",
        "box",
        "container",
        "convoy",
        "contingent",
        # counts: "massed thousands of troops", "detained dozens of activists"
        "dozen",
        "score",
        "hundred",
        "thousand",
        "number",
    }
)
# parts: "eased some of its restrictions", "freed all of the hostages", "withdrew most of its
# troops" act on what they are part of
PART_WORDS = frozenset({"some", "all", "most", "many", "several", "part", "half", "rest", "bulk"})
MEASURE_NOUNS = MEASURE_NOUNS | PART_WORDS


def parts_of(objects: list[Token]) -> list[Token]:
    """What a part object is part of: "freed all of the prisoners" frees the prisoners."""
    return [
        whole
        for o in objects
        if _lemma(o) in PART_WORDS
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for whole in p.children
        if whole.dep_ == "pobj"
    ]


# Heads that only grow their "in" object: "announced a sixfold increase in funding" gives
# the funding.
GROWTH_NOUNS = frozenset({"increase", "boost", "rise", "hike", "injection"})


def _measuring_prep(noun: Token) -> str | None:
    lemma = _lemma(noun)
    if lemma in MEASURE_NOUNS:
        return "of"
    return "in" if lemma in GROWTH_NOUNS else None


def measured(objects: list[Token]) -> list[Token]:
    """The objects (and their conjuncts) that measuring or growth objects stand for."""
    found = [
        g
        for o in objects
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == _measuring_prep(o)
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return found + [c for g in found for c in g.children if c.dep_ == "conj"]


def phrase_words(noun: Token) -> set[str]:
    """Forms of a noun and of what it measures, with their modifiers: "humanitarian aid",
    "a convoy of relief supplies", "peacekeeping troops"."""
    nouns = [noun, *measured([noun])]
    words = {form for n in nouns for form in _forms(n)}
    return words | {_lemma(c) for n in nouns for c in n.children if c.dep_ in {"compound", "amod"}}


def _subjects(verb: Token, shared_through: frozenset[str]) -> list[Token]:
    """The verb's subjects, else those of the verb it hangs on by one of ``shared_through``
    ("peacekeepers began arriving", "troops crossed and left")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in shared_through:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def agent_objects(verb: Token) -> list[Token]:
    """The "by" agents of a passive ("talks were led by X", "troops backed by U.S. forces")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _arriving(verb: Token) -> set[str]:
    """Words of what arrives, the subject of an arrival verb: "humanitarian aid reached Gaza",
    "peacekeepers began arriving"."""
    subjects = _subjects(verb, frozenset({"xcomp"}))
    return {word for subject in subjects for word in phrase_words(subject)}


# Nouns naming an armed force: "Soviet troops left Afghanistan" withdraws them
FORCE_NOUNS = frozenset(
    {
        "troop",
        "force",
        "soldier",
        "army",
        "military",
        "contingent",
        "peacekeeper",
        "marine",
        "battalion",
        "brigade",
        "division",
        "unit",
        "mission",
        "coalition",
        "militant",
        "fighter",
        "rebel",
    }
)


AMOUNT_ENTITIES = frozenset({"MONEY", "CARDINAL", "PERCENT", "QUANTITY"})


def _reaches_amount(verb: Token) -> bool:
    """ "Japanese aid to Vietnam reached $1 billion": what reaches a sum grows to it, it
    arrives nowhere."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.ent_type_ in AMOUNT_ENTITIES for o in objects)


def _said_of_forces(verb: Token) -> bool:
    """Whether the verb's subject is an armed force or a state: troops or a country leaving
    a country withdraw from it, a minister or a delegation leaving it only travels."""
    subjects = _subjects(verb, frozenset({"xcomp", "conj"})) + agent_objects(verb)
    return any(s.ent_type_ == "GPE" or _lemma(s) in FORCE_NOUNS for s in subjects)


# CAMEO codes of giving: aid, economic aid, military aid (070-072); "aid approved by the EU"
GIVING_CODES = ("070", "071", "072")


# what a verb takes when it has an object: "quit the talks", "quit smoking", "quit to run"
TAKEN_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "nsubjpass"})
# the objects of a stance noun: "opposition to the plan", "opposition against the war"
STANCE_PREPS = frozenset({"to", "against"})


def _has_object(verb: Token) -> bool:
    """Whether the verb takes an object or clause (a passive's subject is its object)."""
    return any(c.dep_ in TAKEN_OBJECT_DEPS for c in verb.children)


TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _shifted_object(verb: Token) -> bool:
    """ "returned to Peru last week 30 stolen statues": a long object put after the
    adverbials, which the parser takes for an adverbial noun (not the "last week" itself)."""
    return any(
        c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ not in TIME_ENTITIES
        for c in verb.children
        if c.i > verb.i
    )


INDEFINITE = frozenset({"a", "an"})


def _addressed(verb: Token, entry: PredicateEntry) -> bool:
    """ "called the opposition leader", "called his partner": a naming verb's word as its only
    object, definite or possessed, is whom it calls, not what it calls someone; "called X a
    partner" has the word as a complement, and "called Trump a dotard", misparsed with
    "dotard" as the object, keeps its indefinite article."""
    if any(c.dep_ in {"oprd", "ccomp", "xcomp", "dative"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    named = [o for o in objects if _forms(o) & entry.objects]
    return (
        len(objects) == 1
        and bool(named)
        and not any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in named[0].children)
    )


def _stance_taken(noun: Token) -> bool:
    """ "voiced its opposition", "Russia's opposition to the plan": a stance noun reports a
    stance when it has a "to"/"against" object or is a verb's object; as a subject, possessor
    or modifier without one it names a group ("Zimbabwe's opposition boycotted the talks",
    "the opposition leader")."""
    if any(c.dep_ == "prep" and c.lower_ in STANCE_PREPS for c in noun.children):
        return True
    while noun.dep_ == "conj":  # "voiced concern and opposition"
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}


def given_noun(verb: Token, entry: PredicateEntry) -> Token | None:
    """ "an aid package approved by the EU for Greece": a passive participle of giving that
    modifies a noun, with its agent named, reports the gift of that noun ("package"). Only
    for giving: other participles mostly refer back to older acts ("lifted sanctions imposed
    by X")."""
    if entry.cameo is None or not entry.cameo.startswith(GIVING_CODES):
        return None
    agented = any(c.dep_ == "agent" for c in verb.children)
    return verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" and agented else None


def _prep_objects(token: Token, particle: str) -> set[str]:
    """Words of the objects of the verb's preposition `particle`: "went on strike",
    "used civilians as human shields", "sent troops to a peacekeeping force", and the marks
    of actors they name ("fired rockets into Israel" is "@gpe"). An entry with both a
    particle and objects may be satisfied by them."""
    words: set[str] = set()
    pobjs = particle_objects(token, particle)
    for pobj in pobjs:
        words |= _forms(pobj)
        words |= {_lemma(c) for c in pobj.children if c.dep_ in {"compound", "amod"}}
    return words | _actor_marks(token, pobjs)


def particle_objects(token: Token, particle: str) -> list[Token]:
    """Objects of the verb's preposition `particle`, also through a second preposition
    hung on it: "pulled out of the treaty" parses "of" under "out"."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ not in {"prep", "dative", "agent"} or _lemma(prep) != particle:
            continue
        found += [c for c in prep.children if c.dep_ == "pobj"]
        inner = [c for c in prep.children if c.dep_ == "prep"]
        found += [g for c in inner for g in c.children if g.dep_ == "pobj"]
    return found


def _event_noun_modifiers(
    token: Token, candidates: tuple[PredicateEntry, ...], bare_event: Callable[[Token], bool]
) -> set[str]:
    """Modifiers of a support verb's objects that are events on their own: in "launched a
    missile attack" the verb only supports the attack, it launched no missile. Modifiers that
    make their noun an event ("mediation efforts") and verbs that are never support ("ended
    mediation efforts", "violated the ceasefire agreement") keep them."""
    if token.pos_ not in {"VERB", "AUX"} or not any(e.kind is Kind.SUPPORT for e in candidates):
        return set()
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS and bare_event(c)]
    return {_lemma(c) for o in objects for c in o.children if c.dep_ in {"compound", "amod"}}


class PredicateLexicon:
    """Lookup of predicate entries by token, most specific matching entry first."""

    def __init__(self, entries: list[PredicateEntry]) -> None:
        index: dict[tuple[str, str], list[PredicateEntry]] = defaultdict(list)
        for entry in entries:
            index[(entry.lemma, entry.pos)].append(entry)
        self._index = {
            key: tuple(sorted(group, key=lambda e: -e.specificity)) for key, group in index.items()
        }

    @classmethod
    def load(cls, source: Path | None = None) -> PredicateLexicon:
        path = source or data.path(FILE_NAME)
        lines = path.read_text(encoding="utf-8").splitlines()
        return cls(
            [parse_line(line) for line in lines if line.strip() and not line.startswith("#")]
        )

    def __len__(self) -> int:
        return sum(len(group) for group in self._index.values())

    def lemmas(self) -> frozenset[str]:
        """Every head word the lexicon knows ("arrest", "ceasefire")."""
        return frozenset(lemma for lemma, _ in self._index)

    def entries(self, lemma: str, pos: str) -> tuple[PredicateEntry, ...]:
        return self._index.get((lemma.lower(), pos), ())

    def match(self, token: Token) -> PredicateEntry | None:
        """The most specific entry whose conditions the token's dependents satisfy."""
        pos = POS_OF_SPACY.get(token.pos_)
        if pos is None or token.ent_type_ in NOT_PREDICATES:
            return None
        candidates = (
            self.entries(_lemma(token), pos)
            or self.entries(token.lower_, pos)
            or self.entries(restored_lemma(token), pos)
        )
        if not candidates:
            return None
        particles = _particles(token)
        objects = _objects(token) - _event_noun_modifiers(token, candidates, self._bare_event)
        for entry in candidates:
            taken = particles | _converse_particles(entry, token)
            particle_missing = entry.particle and entry.particle not in taken
            if particle_missing and not _object_takes_particle(token, entry):
                continue
            if entry.forces and not _said_of_forces(token):
                continue
            if entry.arrival and _reaches_amount(token):
                continue
            if entry.bare and _has_object(token):
                continue
            if entry.transitive and not (_has_object(token) or _shifted_object(token)):
                continue
            if entry.stance and not _stance_taken(token):
                continue
            if entry.naming and _addressed(token, entry):
                continue
            found = _arriving(token) if entry.arrival else objects
            if entry.particle and entry.objects:
                found = found | _prep_objects(token, entry.particle)
            gift = given_noun(token, entry)
            if gift is not None:
                found = found | phrase_words(gift)
            if entry.objects and not entry.objects & found:
                continue
            return entry
        return None

    def _bare_event(self, token: Token) -> bool:
        """An event noun by itself, whatever modifies it ("attack", not "mediation effort")."""
        entry = self.match(token)
        return entry is not None and entry.pos == "noun" and bool(entry.cameo) and not entry.objects
