"""Finding gazetteer phrases (countries, organisations, sector nouns) among a phrase's words.

Owns :class:`Match` and :class:`PhraseMatcher`: the longest known phrase wins at each point,
organisations must be written with capitals, and a country name spaCy tags as a person stays
a person when it is also a common personal name ("Jordan", "Chad").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.resolve._actors_memory import ActorMemory
from tidings.resolve.gazetteer import CountryForm, Gazetteer, Organisation, SectorTerm

NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_NOMINAL_ADJ = _NOMINAL | {"ADJ"}
_STYLE_WORDS = (
    "Democratic|Federal|Federative|Islamic|Arab|People's|Socialist|United|Hashemite|"
    "Bolivarian|Plurinational|Co-operative|Cooperative|Oriental|Independent|Sovereign"
)
_STATE_STYLE = re.compile(
    rf"^(?:(?:(?:{_STYLE_WORDS}) )*(?:Republic|Kingdom|Sultanate|Emirate|Principality|"
    r"Commonwealth|Federation|Grand Duchy)|State) of (?:the )?(.+)$"
)


@dataclass(frozen=True)
class Match:
    """A gazetteer phrase found among a noun phrase's tokens (token indices [start, end))."""

    start: int
    end: int
    form: CountryForm | None = None
    organisation: Organisation | None = None
    term: SectorTerm | None = None

    def covers(self, token: Token) -> bool:
        return self.start <= token.i < self.end


class PhraseMatcher:
    """Finds the gazetteer's phrases among the words of one noun phrase."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def matches(
        self, doc: Doc, indices: list[int], memory: ActorMemory, adjectives: bool = False
    ) -> list[Match]:
        """The known phrases among the tokens ``indices``, left to right, longest first.

        ``adjectives``: sector terms may end in an adjective ("a military base"), which only
        a holding's holder does.
        """
        found: list[Match] = []
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
    ) -> Match | None:
        start = indices[position]
        ends = _run_ends(doc, indices, position)
        for end in reversed(ends[: self.gazetteer.max_words]):
            match = self._lookup(doc[start:end], memory, adjectives)
            if match is not None:
                return match
        return None

    def _state_form(self, words: Span, memory: ActorMemory) -> CountryForm | None:
        """A country under its official style ("the Republic of the Gambia")."""
        name = _state_country(words.text) if words[0].text[:1].isupper() else None
        if name is None:
            return None
        form = _named_country(self.gazetteer.forms(name))
        return form if form is not None and _usable_form([form], words, memory) else None

    def _lookup(self, words: Span, memory: ActorMemory, adjectives: bool = False) -> Match | None:
        if words[0].tag_ == "POS" or words[0].dep_ == "case" or words[0].is_punct:
            return None
        text = words.text
        organisation = self.gazetteer.organisation(text)
        if organisation is not None and _proper(words):
            return Match(words.start, words.end, organisation=organisation)
        form = _usable_form(self.gazetteer.forms(text), words, memory)
        if form is None:
            form = self._state_form(words, memory)
        if form is not None:
            return Match(words.start, words.end, form=form)
        term = None if _counted(words) else self.gazetteer.sector_term(text)
        if term is not None and words[-1].pos_ in (_NOMINAL_ADJ if adjectives else _NOMINAL):
            if term.kind == "person" and _inside_name(words):
                return None
            if term.weak and _surname(words):
                return None
            return Match(words.start, words.end, term=term)
        return None


def _counted(words: Span) -> bool:
    """A time, a date or an amount ("at 5 pm", "two parties' worth") names no one, whatever
    its words would mean elsewhere ("the PM")."""
    return words[-1].ent_type_ in NOT_PLACES - {"PERSON"}


def _state_country(text: str) -> str | None:
    """The country an official style names: "Republic of the Gambia", "Federal Democratic
    Republic of Ethiopia", "Kingdom of Morocco", "State of Qatar" -> the country's name."""
    found = _STATE_STYLE.match(text)
    return found.group(1) if found else None


def _run_ends(doc: Doc, indices: list[int], position: int) -> list[int]:
    """Where a phrase starting at ``indices[position]`` may end: after each following word
    of the run, a determiner or possessive the phrase leaves out (:func:`_bridging`) joining
    two of its words ("the Democratic Republic of the Congo")."""
    ends = [indices[position] + 1]
    for index in indices[position + 1 :]:
        gap = doc[ends[-1] : index]
        if not all(_bridging(token) for token in gap):
            break
        ends.append(index + 1)
    return ends


def _bridging(token: Token) -> bool:
    """Words a phrase's tokens leave out that may sit inside a name: "the", a possessive
    "'s" ("Sudan People's Liberation Army")."""
    return (token.dep_ == "det" and token.lower_ == "the") or token.tag_ == "POS"


def _inside_name(words: Span) -> bool:
    """A capitalised singular word inside an organisation's name that goes on after it
    ("National" in "the Ogaden National Liberation Front", "People" in "People's Party"):
    part of the name, no people of its own (plurals do name members: "Students' Union")."""
    last = words[-1]
    if last.pos_ != "PROPN" or last.ent_type_ != "ORG" or last.tag_ != "NNP":
        return False
    entity = next((ent for ent in last.doc.ents if ent.start <= last.i < ent.end), None)
    return entity is not None and last.i < entity.end - 1


def _surname(words: Span) -> bool:
    """An occupation that is also a surname, written as part of a person's name ("Tim Cook",
    "Adam Driver"): a given name before it makes it the person, not a cook. A title comes
    before a name ("Director General Tedros"), so a weak word there stays a title."""
    if words.start == 0:
        return False
    return all(
        token.ent_type_ == "PERSON" and token.pos_ == "PROPN"
        for token in (words.doc[words.start - 1], words[-1])
    )


def _named_country(forms: list[CountryForm]) -> CountryForm | None:
    return next((form for form in forms if form.kind in ("name", "alias")), None)


def _proper(words: Span) -> bool:
    """Organisation names and acronyms are written with capitals."""
    return any(token.text[:1].isupper() for token in words)


# Country names and demonyms that are also common personal names or surnames: tagged
# PERSON, they stay persons ("Jordan Peterson", "Bill English").
_PERSONAL_NAMES = frozenset(
    {"chad", "jordan", "georgia", "israel", "india", "kenya", "cuba"}
    | {"german", "dane", "finn", "welsh", "english", "french", "turk", "dutch", "thai", "lao"}
)


def _usable_form(forms: list[CountryForm], words: Span, memory: ActorMemory) -> CountryForm | None:
    if not forms or (not words[0].text[:1].isupper() and words[0].lower_ != "the"):
        return None
    tags = {token.ent_type_ for token in words}
    if tags & (NOT_PLACES - {"PERSON"}):
        return None
    for form in forms:
        if "PERSON" in tags and not _country_despite_person_tag(form, words):
            continue
        if not form.requires or memory.countries.intersection(form.requires):
            return form
    return None


# capitals that are also personal names ("Paris Hilton", "Sofia Coppola")
_PERSONAL_CAPITALS = frozenset({"paris", "sofia", "santiago", "lima", "victoria", "regina"})


def _country_despite_person_tag(form: CountryForm, words: Span) -> bool:
    """spaCy tags "Mali", "Malawi", "Sri Lanka", "Sri Lankan" as persons at times; a
    country's full name or its people's name that is no common personal name is still the
    country. So is a capital or a seat heading its phrase ("Kiev accused Moscow") when the
    person the model saw is that word alone: not a longer name it begins or ends, nor a
    surname modifying a noun ("the Colombo family")."""
    if words.text.lower() in _PERSONAL_NAMES:
        return False
    if form.kind in ("name", "demonym"):
        return True
    if form.kind not in ("capital", "seat") or words.text.lower() in _PERSONAL_CAPITALS:
        return False
    return words.root.dep_ not in ("compound", "poss") and _whole_person_entity(words)


def _whole_person_entity(words: Span) -> bool:
    entity = next((ent for ent in words.doc.ents if ent.start <= words.start < ent.end), None)
    return entity is not None and entity.start == words.start and entity.end == words.end
