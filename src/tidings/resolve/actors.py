"""Code noun phrases as CAMEO-style actors: country + sector, persons by name and role.

Conventions (see data/SOURCES.md):
- a state named bare ("Japan", "Pyongyang", "the Kremlin") acting is its government: GOV;
- a demonym used as a noun ("13 Japanese") is civilians: CVL ("the Japanese": GOV);
- international bodies: country IGO/NGO/IMG, the sector slot holds the group code
  (UN -> IGOUNO, ICRC -> NGOIRC); national societies ("Japanese Red Cross") are the
  country + NGO; a bare "Red Cross" is NGO with no country;
- a body named before a noun keeps its identity: an international body keeps its own code
  ("NATO troops", "EU foreign ministers" -> IGONAT, IGOEUR; the noun stays as role); a
  national body keeps its country and takes the noun's sector when the noun is a post or a
  branch (title/institution: "Hamas police" -> PSECOP), its own sector when the noun only
  says "people of" it ("Hezbollah fighters" -> LBNREB, "Red Cross workers" -> NGO);
- a specific institution word other than the state itself ("opposition", "army", "navy")
  beats a person noun or title it modifies ("opposition lawmakers" -> OPP, "army officers"
  -> MIL), while "government" does not ("government soldiers" -> MIL);
- a person title followed by a proper name ("President Buhari") names a person, however
  spaCy tags the name;
- a facility, vehicle or body an actor holds stands for that actor when a modifier names it
  ("an army camp" -> MIL, "the Iranian tanker" -> IRN, "the rebel-held enclave" -> REB,
  "the Saudi-led coalition" -> SAU MIL); a country modifier alone gives the holding's own
  sector ("a Yemeni school bus" -> YEM CVL). A place or a capital used as a modifier only
  locates the thing ("the Juba airport", "an airport in Juba" are no actors), nor does a
  maker or backer ("a U.S.-made bomb", "Iran-backed militia groups" stay without IRN);
- a partitive or a quantity stands for what it counts ("parts of the army", "a handful of
  journalists");
- places are actors only when the caller puts them in an actor role (``resolve_token``):
  a place noun with a country ("a village in Cameroon", "the Palestinian neighbourhood") is
  that country, a city the country it lies in ("Basra" -> IRQ) when the article names no
  other countries or names that one; capitals stay metonyms for governments (GOV);
- protesters, demonstrators and activists are CVL (as PLOVER); media are MED (as CAMEO);
- a person keeps the country, sector and role of the article's first full mention;
  a later surname ("Song", "Sasae") reuses them through :class:`ActorMemory`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from tidings.model import Actor
from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.gazetteer import CountryForm, Gazetteer, Holding, Organisation, SectorTerm

# dependency arcs that stay inside an actor's noun phrase
_INNER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "nummod", "npadvmod"})
_AFFILIATION_PREPS = frozenset({"of", "at", "from", "in", "within", "inside"})
_LOCATION_PREPS = frozenset({"in", "near", "inside", "within", "across", "around"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_GROUP_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "theirs"})
_NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
_NAME_ENTS = frozenset({"PERSON", ""})
_PEOPLE_SECTORS = frozenset({"CVL", "REF"})
_NAMING_DEPS = frozenset({"compound", "flat", "appos"})
_POST_KINDS = frozenset({"title", "institution"})  # nouns naming a post or branch of a body
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_TRANSPARENT = frozenset(
    {
        "group",
        "groups",
        "members",
        "member",
        "some",
        "many",
        "most",
        "all",
        "several",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "number",
        "rest",
        "remainder",
        "one",
        "none",
        "each",
        "part",
        "parts",
        "handful",
        "remnants",
        "majority",
        "dozen",
        "couple",
        "tens",
        "millions",
        "elements",
        "sections",
        "half",
        "both",
        "few",
    }
)
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_NAMING_MODS = frozenset({"amod", "compound", "poss", "nmod"})
_NOMINAL_ADJ = _NOMINAL | {"ADJ"}
# Country forms that only locate a facility ("the Juba airport", "a Kremlin office")
_LOCATING_FORMS = frozenset({"capital", "seat"})
# "rebel-held", "Saudi-led": participles whose modifier holds or leads the head
_HOLDING_VERBS = frozenset(
    {"hold", "control", "lead", "run", "occupy", "dominate", "rule", "own", "operate", "command"}
)


@dataclass
class ActorMemory:
    """What one article has established so far: persons, the last actors, countries seen."""

    persons: dict[str, Actor] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    last_person: Actor | None = None
    last_group: Actor | None = None

    @property
    def last_actor(self) -> Actor | None:
        return self.last_group if self.last_person is None else self.last_person

    def person(self, name: str) -> Actor | None:
        """The remembered person called ``name`` (full name, family name or surname)."""
        for candidate in _name_keys(name):
            found = self.persons.get(candidate)
            if found is not None:
                return found
        return None

    def remember(self, actor: Actor, person: bool = False) -> None:
        """Note a coded actor; ``person`` when it names a person (not an organisation)."""
        if actor.country and actor.country.isalpha():
            self.countries.add(actor.country)
        if person and actor.name:
            known = self.person(actor.name)
            if known is None or _more_specific(actor, known):
                for candidate in _name_keys(actor.name):
                    self.persons[candidate] = actor
            self.last_person = actor
        elif actor.country and actor.sector not in _PEOPLE_SECTORS:
            self.last_group = actor


def _more_specific(new: Actor, old: Actor) -> bool:
    return (new.country, new.sector, new.role) != (old.country, old.sector, old.role) and bool(
        new.country or new.sector
    )


def _name_keys(name: str) -> list[str]:
    words = name.replace("-", " ").split()
    keys = [name.lower()]
    if len(words) > 1:
        keys.extend([words[-1].lower(), words[0].lower()])
    return keys


@dataclass(frozen=True)
class _Match:
    """A gazetteer phrase found among a noun phrase's tokens (token indices [start, end))."""

    start: int
    end: int
    form: CountryForm | None = None
    organisation: Organisation | None = None
    term: SectorTerm | None = None

    def covers(self, token: Token) -> bool:
        return self.start <= token.i < self.end


@dataclass(frozen=True)
class _Phrase:
    """The tokens of one noun phrase that describe its head, and what they match."""

    root: Token
    tokens: frozenset[int]
    matches: tuple[_Match, ...]
    holding: Holding | None = None  # the head is a facility, body or place some actor holds
    holding_start: int = -1  # where the holding's words start ("school" in "school bus")
    in_role: bool = False  # the caller put the phrase in an actor role


class ActorResolver:
    """Codes noun phrases (spaCy spans) as actors, one :class:`ActorMemory` per article."""

    def __init__(self, gazetteer: Gazetteer, places: PlaceIndex | None = None) -> None:
        self.gazetteer = gazetteer
        self.places = places

    def memory(self) -> ActorMemory:
        return ActorMemory()

    def resolve(self, span: Span, memory: ActorMemory, in_role: bool = False) -> Actor | None:
        """The actor a noun phrase names, or None when it names no political actor.

        ``in_role``: the caller has put the phrase in an actor role (subject, object), so a
        place stands for its country ("shelled a village in Cameroon" -> CMR); a phrase met
        anywhere ("fighting in the village") names no actor by being a place.
        """
        coded = self._code(span, memory, in_role)
        if coded is None:
            return None
        actor, person = coded
        memory.remember(actor, person)
        return actor

    def resolve_token(self, token: Token, memory: ActorMemory) -> Actor | None:
        """Resolve the noun phrase headed by ``token``, which fills an actor role."""
        return self.resolve(noun_phrase(token), memory, in_role=True)

    def is_actor(self, span: Span) -> bool:
        """Whether the phrase names an actor with a country or a sector."""
        coded = self._code(span, ActorMemory())
        return coded is not None and bool(coded[0].country or coded[0].sector)

    def _code(
        self, span: Span, memory: ActorMemory, in_role: bool = False
    ) -> tuple[Actor, bool] | None:
        if len(span) == 0:
            return None
        root = span.root
        if root.pos_ == "PRON" or root.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            return _pronoun(span, root, memory)
        phrase = self._phrase(content_head(root), span, memory, in_role)
        built = _build(span, phrase, memory)
        if built is None and in_role:
            return self._named_place(span, phrase, memory)
        return built

    def _phrase(
        self, root: Token, span: Span, memory: ActorMemory, in_role: bool = False
    ) -> _Phrase:
        tokens = frozenset(i for i in _inner_tokens(root) if span.start <= i < span.end)
        matches = tuple(self._matches(root.doc, sorted(tokens), memory))
        if any(match.covers(root) for match in matches):
            return _Phrase(root, tokens, matches, in_role=in_role)
        holding, start = self._holding(root, tokens)
        if holding is None:
            return _Phrase(root, tokens, matches, in_role=in_role)
        # a holding's holder is often an adjective ("a military base", "terrorist camps");
        # "school" in "a school bus" is part of the thing held, no holder
        found = self._matches(root.doc, sorted(tokens), memory, adjectives=True)
        matches = tuple(match for match in found if not start <= match.start <= root.i)
        return _Phrase(root, tokens, matches, holding, start, in_role)

    def _holding(self, root: Token, tokens: frozenset[int]) -> tuple[Holding | None, int]:
        """The holding noun heading the phrase, with its compounds ("school bus", "air base")."""
        if root.pos_ != "NOUN":
            return None, root.i
        start = root.i
        doc = root.doc
        while start - 1 in tokens and _compound_of(doc[start - 1], start):
            start -= 1
        for first in range(start, root.i + 1):
            found = self.gazetteer.holding(doc[first : root.i + 1].text)
            if found is not None:
                return found, first
        return None, root.i

    def _named_place(
        self, span: Span, phrase: _Phrase, memory: ActorMemory
    ) -> tuple[Actor, bool] | None:
        """A city in an actor role is its country ("Basra" -> IRQ), unless the article is about
        other countries only: a small namesake abroad is likelier a place we do not know."""
        located = _modifier_country(phrase)
        if located is not None:  # "Iraqi Kurdistan", "Pakistan's Swat valley"
            return _actor(span, located, None, None, None), False
        if self.places is None:
            return None
        for name in _place_names(phrase):
            found = self.places.lookup(name)
            if found is None or not found.country:
                continue
            if memory.countries and found.country not in memory.countries:
                return None
            return _actor(span, found.country, None, None, None), False
        return None

    def _matches(
        self, doc: Doc, indices: list[int], memory: ActorMemory, adjectives: bool = False
    ) -> list[_Match]:
        found: list[_Match] = []
        position = 0
        while position < len(indices):
            match = self._longest(doc, indices, position, memory, adjectives)
            if match is None:
                position += 1
                continue
            found.append(match)
            position += match.end - match.start
        return found

    def _longest(
        self, doc: Doc, indices: list[int], position: int, memory: ActorMemory, adjectives: bool
    ) -> _Match | None:
        start = indices[position]
        run = 1
        while position + run < len(indices) and indices[position + run] == start + run:
            run += 1
        for length in range(min(run, self.gazetteer.max_words), 0, -1):
            match = self._lookup(doc[start : start + length], memory, adjectives)
            if match is not None:
                return match
        return None

    def _lookup(self, words: Span, memory: ActorMemory, adjectives: bool = False) -> _Match | None:
        if words[0].tag_ == "POS" or words[0].dep_ == "case" or words[0].is_punct:
            return None
        text = words.text
        organisation = self.gazetteer.organisation(text)
        if organisation is not None and _proper(words):
            return _Match(words.start, words.end, organisation=organisation)
        form = _usable_form(self.gazetteer.forms(text), words, memory)
        if form is not None:
            return _Match(words.start, words.end, form=form)
        term = self.gazetteer.sector_term(text)
        if term is not None and words[-1].pos_ in (_NOMINAL_ADJ if adjectives else _NOMINAL):
            return _Match(words.start, words.end, term=term)
        return None


def _compound_of(token: Token, start: int) -> bool:
    return token.dep_ == "compound" and token.head.i >= start


def _place_names(phrase: _Phrase) -> list[str]:
    """Place names a phrase is about: its head ("Basra"), or what a place noun names ("the
    town of Gjilan", "the Deraa countryside")."""
    root = phrase.root
    if _names_a_place(root):
        return [_entity_text(root)]
    if phrase.holding is None or not phrase.holding.place:
        return []
    doc = root.doc
    inside = [doc[i] for i in sorted(phrase.tokens) if doc[i].pos_ == "PROPN"]
    return [_entity_text(token) for token in inside if _names_place(token, root)]


def _modifier_country(phrase: _Phrase) -> str | None:
    """The country a demonym, a possessive or an "of" names for a place ("Iraqi Kurdistan")."""
    if not _names_a_place(phrase.root):
        return None
    for match in phrase.matches:
        head = _match_head(match, phrase.root.doc)
        if match.form is not None and _names_owner(head, phrase.root):
            return match.form.iso3
    return None


def _names_owner(token: Token, root: Token) -> bool:
    """A direct modifier of ``root`` or the object of its "of" ("the Republic of Chad")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head
    return token.head.i == root.i and token.dep_ in _NAMING_MODS | {"prep"}


def _names_a_place(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in _PLACE_ENTS


def _names_place(token: Token, root: Token) -> bool:
    """A place name inside a place phrase: "Gjilan" in "the town of Gjilan", "Deraa" in "the
    Deraa countryside" however spaCy tags it."""
    return token.ent_type_ in _PLACE_ENTS or (token.dep_ == "compound" and token.head.i == root.i)


def _entity_text(token: Token) -> str:
    """The text of the named entity around ``token`` (the token alone outside entities)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def _proper(words: Span) -> bool:
    """Organisation names and acronyms are written with capitals."""
    return any(token.text[:1].isupper() for token in words)


# Country names that are also common personal names: tagged PERSON, they stay persons.
_PERSONAL_NAMES = frozenset({"chad", "jordan", "georgia", "israel", "india", "kenya", "cuba"})


def _usable_form(forms: list[CountryForm], words: Span, memory: ActorMemory) -> CountryForm | None:
    if not forms or (not words[0].text[:1].isupper() and words[0].lower_ != "the"):
        return None
    tags = {token.ent_type_ for token in words}
    if tags & (_NOT_PLACES - {"PERSON"}):
        return None
    for form in forms:
        if "PERSON" in tags and not _country_despite_person_tag(form, words):
            continue
        if form.kind != "elliptic" or memory.countries.intersection(form.requires):
            return form
    return None


def _country_despite_person_tag(form: CountryForm, words: Span) -> bool:
    """spaCy tags "Mali", "Malawi", "Sri Lanka" as persons at times; a country's full name
    that is no common personal name is still the country."""
    return form.kind == "name" and words.text.lower() not in _PERSONAL_NAMES


def _inner_tokens(root: Token) -> list[int]:
    """Token indices of the head and the modifiers that describe it (not clauses, conjuncts)."""
    found = [root.i]
    for child in root.children:
        if _across_lines(root, child):
            continue
        if child.dep_ in _INNER_DEPS:
            found.extend(_inner_tokens(child))
        elif _inner_hyphen(child):
            found.append(child.i)
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            found.append(child.i)
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found.extend(_inner_tokens(grandchild))
    return found


def _inner_hyphen(token: Token) -> bool:
    """A hyphen joining two words with no space ("Al-Shabaab", "al-Sham")."""
    if token.text not in _HYPHENS or token.whitespace_ or token.i == 0:
        return False
    return not token.doc[token.i - 1].whitespace_


def _across_lines(head: Token, child: Token) -> bool:
    """Whether a paragraph break separates two tokens (headlines, bylines, captions)."""
    low, high = sorted((head.i, child.i))
    return any("\n" in token.text_with_ws for token in head.doc[low:high])


def _naming_tokens(root: Token) -> set[int]:
    """The head with its compounds and appositions: where the phrase's own name is."""
    found = {root.i}
    for child in root.children:
        if child.dep_ in _NAMING_DEPS and not _across_lines(root, child):
            found |= _naming_tokens(child)
    return found


def content_head(token: Token) -> Token:
    """The head that names the actor: "five of the abductees" -> "abductees"."""
    if token.lower_ not in _TRANSPARENT and token.pos_ != "NUM":
        return token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
            if objects:
                return content_head(objects[0])
    return token


def noun_phrase(token: Token) -> Span:
    """The contiguous phrase headed by ``token``: its subtree less clauses and conjuncts."""
    indices = _inner_tokens(token) + [child.i for child in token.children if child.dep_ == "det"]
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].dep_ in ("cc", "case")):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _pronoun(span: Span, root: Token, memory: ActorMemory) -> tuple[Actor, bool] | None:
    word = root.lower_
    antecedent = None
    if word in _PERSON_PRONOUNS:
        antecedent = memory.last_person
    elif word in _GROUP_PRONOUNS:
        antecedent = memory.last_group
    if antecedent is None:
        return None
    moved = replace(antecedent, text=span.text, start=span.start_char, end=span.end_char)
    return moved, antecedent is memory.last_person


def _depth(token: Token, root: Token) -> int:
    depth = 0
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _match_head(match: _Match, doc: Doc) -> Token:
    for index in range(match.start, match.end):
        if not match.start <= doc[index].head.i < match.end or doc[index].head.i == index:
            return doc[index]
    return doc[match.end - 1]


def _anchor(token: Token, root: Token) -> Token | None:
    """The first content word above ``token`` (skipping prepositions), or None at the root."""
    if token.i == root.i or token.head.i == token.i:
        return None
    parent = token.head
    while parent.pos_ == "ADP" and parent.i != root.i and parent.head.i != parent.i:
        parent = parent.head
    return parent


def _country_weight(match: _Match, phrase: _Phrase, actor_tokens: set[int]) -> float:
    head = _match_head(match, phrase.root.doc)
    if match.covers(phrase.root):
        return 3.0
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATION_PREPS:
        return 1.0
    anchor = _anchor(head, phrase.root)
    if anchor is None or anchor.i == phrase.root.i or anchor.i in actor_tokens:
        return 2.0
    if _stands_for_head(anchor, phrase):
        return 2.0
    return 0.5


def _stands_for_head(anchor: Token, phrase: _Phrase) -> bool:
    """A modifier of these modifies the head: a word of the holding ("a Yemeni school bus"),
    the head's own name ("the Iranian Grace 1 tanker"), a holding participle ("the Saudi-led
    coalition", "US-controlled bases")."""
    if phrase.holding is None:
        return False
    if phrase.holding_start <= anchor.i <= phrase.root.i:
        return True
    above = _anchor(anchor, phrase.root)
    if above is None or above.i != phrase.root.i:
        return False
    named = anchor.pos_ == "PROPN" and anchor.dep_ in ("compound", "nmod")
    return named or _holding_participle(anchor)


def _holding_participle(token: Token) -> bool:
    """ "-held", "-led", "-controlled": the modifier holds the head (not "-made", "-backed")."""
    return token.pos_ == "VERB" and token.lemma_.lower() in _HOLDING_VERBS


def _actor_tokens(phrase: _Phrase, persons: set[int]) -> set[int]:
    covered = set(persons)
    for match in phrase.matches:
        if match.term is not None or match.organisation is not None:
            covered.update(range(match.start, match.end))
    return covered


def _choose_country(phrase: _Phrase, persons: set[int], diplomatic: bool) -> _Match | None:
    actor_tokens = _actor_tokens(phrase, persons)
    ranked = []
    for match in phrase.matches:
        if match.form is None:
            continue
        weight = _country_weight(match, phrase, actor_tokens)
        if diplomatic and weight == 1.0:
            continue
        depth = _depth(_match_head(match, phrase.root.doc), phrase.root)
        ranked.append((-weight, depth, match.start, match))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[:3])
    return ranked[0][3] if -ranked[0][0] > 0.5 else None


def _choose_sector(phrase: _Phrase) -> _Match | None:
    doc = phrase.root.doc
    strong, weak = [], []
    for match in phrase.matches:
        if match.form is not None:
            continue
        depth = _depth(_match_head(match, doc), phrase.root)
        target = weak if match.term is not None and match.term.weak else strong
        target.append((not _specific(match, phrase.root), depth, -match.start, match))
    for group in (strong, weak):
        if group:
            group.sort(key=lambda item: item[:3])
            return group[0][3]
    return None


def _specific(match: _Match, root: Token) -> bool:
    """An organisation heading the phrase, an institution other than the state ("army")."""
    if match.organisation is not None:
        return match.covers(root)
    return (
        match.term is not None and match.term.kind == "institution" and match.term.sector != "GOV"
    )


def _person_name(phrase: _Phrase) -> tuple[str | None, set[int]]:
    """The name of the person the phrase is about, with its token indices."""
    doc = phrase.root.doc
    matched = {i for match in phrase.matches for i in range(match.start, match.end)}
    naming = _naming_tokens(phrase.root) & phrase.tokens
    seeds = [
        token
        for token in (doc[i] for i in naming)
        if token.ent_type_ == "PERSON" and token.i not in matched
    ]
    if not seeds and _bare_proper(phrase.root, matched):
        seeds = [phrase.root]
    if not seeds:
        run = _titled_name(phrase, matched)
        return (_join([doc[i] for i in run]), set(run)) if run else (None, set())
    seed = min(seeds, key=lambda token: (_depth(token, phrase.root), token.i))
    run = _name_run(seed, phrase, matched)
    return _join([doc[i] for i in run]), set(run)


def _titled_name(phrase: _Phrase, matched: set[int]) -> list[int]:
    """ "President Buhari": a proper name right after a title, however spaCy tags it."""
    root = phrase.root
    if root.pos_ != "PROPN" or root.i in matched or root.ent_type_ in _NOT_PLACES:
        return []
    start = root.i
    while start - 1 in phrase.tokens and start - 1 not in matched:
        if root.doc[start - 1].pos_ != "PROPN":
            break
        start -= 1
    titled = any(
        match.term is not None and match.term.kind == "title" and match.end == start
        for match in phrase.matches
    )
    return list(range(start, root.i + 1)) if titled else []


def _bare_proper(root: Token, matched: set[int]) -> bool:
    return root.pos_ == "PROPN" and root.i not in matched and root.ent_type_ in _NAME_ENTS


def _name_token(token: Token, phrase: _Phrase, matched: set[int]) -> bool:
    if token.i in matched:
        return False
    if token.ent_type_ == "PERSON" and (token.i in phrase.tokens or token.text in "-'."):
        return token.tag_ != "POS" and token.dep_ != "case"
    if token.i not in phrase.tokens:
        return False
    return token.pos_ == "PROPN" and token.ent_type_ == "" and token.dep_ in ("compound", "flat")


def _name_run(seed: Token, phrase: _Phrase, matched: set[int]) -> list[int]:
    doc = seed.doc
    start = end = seed.i
    while start > 0 and _name_token(doc[start - 1], phrase, matched):
        start -= 1
    while end + 1 < len(doc) and _name_token(doc[end + 1], phrase, matched):
        end += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return list(range(start, end + 1))


def _join(tokens: list[Token]) -> str:
    text = "".join(token.text_with_ws for token in tokens).strip()
    return text.rstrip(",;:")


def _role(phrase: _Phrase) -> str | None:
    """The title nearest the head ("director general", "ambassador"), with its qualifiers."""
    doc = phrase.root.doc
    titles = [
        match
        for match in phrase.matches
        if match.term is not None and match.term.kind != "institution"
    ]
    if not titles:
        return None
    chosen = min(
        titles, key=lambda match: (_depth(_match_head(match, doc), phrase.root), -match.end)
    )
    start = chosen.start
    for match in sorted(phrase.matches, key=lambda item: -item.start):
        if match.end == start and match.term is not None:
            start = match.start
    return doc[start : chosen.end].text.lower()


def _build(span: Span, phrase: _Phrase, memory: ActorMemory) -> tuple[Actor, bool] | None:
    name, person_tokens = _person_name(phrase)
    sector_match = _choose_sector(phrase)
    diplomatic = (
        sector_match is not None
        and sector_match.term is not None
        and (sector_match.term.kind == "diplomatic")
    )
    country_match = _choose_country(phrase, person_tokens, diplomatic)
    country = country_match.form.iso3 if country_match and country_match.form else None
    sector, role = _sector_and_role(phrase, sector_match, country_match)
    held = _held(phrase, sector_match, country_match)
    if held is not None:
        sector, role = held.sector, None
    organisation = _organisation(phrase, sector_match, person_tokens)
    if organisation is not None:
        country, sector = _organisation_code(organisation, sector_match, country, sector)
        name = name or organisation.name
    person = bool(person_tokens)
    if name is None and organisation is None and not _covered(phrase):
        name = _entity_name(phrase.root)
    if not (person or name or _covered(phrase) or held):
        return None
    if country is None and organisation is None:
        country = _possessor_country(phrase.root, memory) or _title_country(sector_match)
    if person and not (country or sector):
        return _known_person(span, name or "", memory), True
    if country is None and sector is None:
        return (_actor(span, None, None, name, None), False) if name else None
    if person and name:
        known = memory.person(name)
        if known is not None:
            name = known.name
    return _actor(span, country, sector, name, role), person


@dataclass(frozen=True)
class _Holder:
    """The sector of whoever holds a phrase's holding (None: a country alone)."""

    sector: str | None


def _held(
    phrase: _Phrase, sector_match: _Match | None, country_match: _Match | None
) -> _Holder | None:
    """The holder a modifier of a holding names, or None when the phrase names none.

    A facility, vehicle or body is held by a sector noun or a country demonym or name that
    modifies it; a place ("town", "enclave") only in an actor role, then also by a country
    the phrase locates it in ("a village in Cameroon").
    """
    holding = phrase.holding
    if holding is None or (holding.place and not phrase.in_role):
        return None
    term = _holding_term(phrase, sector_match)
    if term is not None:
        return _Holder(term.sector)
    if country_match is None or country_match.form is None:
        return None
    if holding.place:
        return _Holder(holding.sector)
    if country_match.form.kind in _LOCATING_FORMS:
        return None
    owning = _country_weight(country_match, phrase, set()) >= 2
    return _Holder(holding.sector) if owning else None


def _holding_term(phrase: _Phrase, sector_match: _Match | None) -> SectorTerm | None:
    """The sector noun that holds the phrase's holding ("army" in "an army camp")."""
    if sector_match is None or sector_match.term is None or sector_match.term.weak:
        return None
    holds = _holds(_match_head(sector_match, phrase.root.doc), phrase.root)
    return sector_match.term if holds else None


def _holds(token: Token, root: Token) -> bool:
    """Whether a modifier reaches the head only through "of", possessives, compounds and
    holding participles: "camps of the army", "rebel-held" hold; "a camp for soldiers",
    "government-funded" do not."""
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        if token.pos_ == "ADP" and token.lower_ != "of":
            return False
        if token.pos_ in ("VERB", "AUX") and not _holding_participle(token):
            return False
    return token.i == root.i


def _organisation(
    phrase: _Phrase, sector_match: _Match | None, persons: set[int]
) -> Organisation | None:
    """The body the phrase's actor belongs to: "NATO troops", "militants from HTS"."""
    if sector_match is not None and sector_match.organisation is not None:
        return sector_match.organisation
    actor_tokens = _actor_tokens(phrase, persons)
    attached = [
        match
        for match in phrase.matches
        if match.organisation is not None and _country_weight(match, phrase, actor_tokens) >= 2
    ]
    if not attached:
        return None
    doc = phrase.root.doc
    chosen = min(
        attached, key=lambda match: (_depth(_match_head(match, doc), phrase.root), match.start)
    )
    return chosen.organisation


def _organisation_code(
    organisation: Organisation, sector_match: _Match | None, country: str | None, sector: str | None
) -> tuple[str | None, str | None]:
    """Country and sector of an actor of ``organisation`` (see the module docstring)."""
    if organisation.international:
        return organisation.country, organisation.org
    term = sector_match.term if sector_match is not None else None
    if term is None or term.kind not in _POST_KINDS:
        sector = organisation.sector
    return (country if organisation.national else organisation.country), sector


def _sector_and_role(
    phrase: _Phrase, sector_match: _Match | None, country_match: _Match | None
) -> tuple[str | None, str | None]:
    if sector_match is not None:
        if sector_match.organisation is not None:
            return sector_match.organisation.actor_sector, _role(phrase)
        assert sector_match.term is not None
        return sector_match.term.sector, _role(phrase)
    if country_match is None or country_match.form is None:
        return None, None
    if country_match.form.kind == "demonym" and country_match.covers(phrase.root):
        return _demonym_sector(phrase.root), None
    return "GOV", None


def _demonym_sector(root: Token) -> str:
    """ "13 Japanese" are civilians; "the Japanese" (acting as a side) the government, as is
    the leader of "a Saudi-led strike"."""
    if root.dep_ == "npadvmod" and root.head.tag_ == "VBN":
        return "GOV"
    determiners = [child for child in root.children if child.dep_ == "det"]
    numbers = [child for child in root.children if child.dep_ == "nummod"]
    return "GOV" if determiners and not numbers else "CVL"


def _covered(phrase: _Phrase) -> bool:
    """Whether the head word itself names an actor (not "Japan's intention")."""
    return any(match.covers(phrase.root) for match in phrase.matches)


def _possessor_country(root: Token, memory: ActorMemory) -> str | None:
    """ "its spies" / "their embassies": the country of the pronoun's antecedent."""
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            found = _pronoun(child.doc[child.i : child.i + 1], child, memory)
            if found is not None and found[0].country and found[0].country.isalpha():
                return found[0].country
    return None


def _title_country(match: _Match | None) -> str | None:
    """Titles used by one country only ("Chief Cabinet Secretary" -> JPN)."""
    if match is None or match.term is None:
        return None
    return match.term.country


def _entity_name(root: Token) -> str | None:
    """The name of an organisation the gazetteer does not know ("the Asia Foundation")."""
    if root.ent_type_ != "ORG" or root.pos_ != "PROPN":
        return None
    for ent in root.doc.ents:
        if ent.start <= root.i < ent.end and ent.root.i == root.i:
            text = ent.text.rsplit("\n", 1)[-1].strip()
            return text[4:] if text.lower().startswith("the ") else text
    return None


def _known_person(span: Span, name: str, memory: ActorMemory) -> Actor:
    known = memory.person(name)
    if known is not None:
        return replace(known, text=span.text, start=span.start_char, end=span.end_char)
    return Actor(text=span.text, name=name, start=span.start_char, end=span.end_char)


def _actor(
    span: Span, country: str | None, sector: str | None, name: str | None, role: str | None
) -> Actor:
    code = f"{country or ''}{sector or ''}" or None
    return Actor(
        text=span.text,
        code=code,
        country=country,
        sector=sector,
        name=name,
        role=role,
        start=span.start_char,
        end=span.end_char,
    )


__all__ = ["ActorMemory", "ActorResolver", "noun_phrase"]
