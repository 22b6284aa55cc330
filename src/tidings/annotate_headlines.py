"""Parse Title-Case headlines from a case-normalised copy, keeping the original text.

Headlines and titles are often written in Title Case ("Police Arrest Dozens Of Protesters In
Minsk", "Rebels Free 20 Hostages"). The small English model reads every capitalised word as a
proper noun, so the verb is lost in a run of names and the event is missed or miscoded. A line
that is a paragraph of its own (or the text's first line) of three words or more reads as a
headline when none of its words starts in lower case except the short words headline styles
leave small ("of", "in", "the") and at least two of its capitalised words after the first are
lowered by the rules below.

In such a line an ordinary word is lower-cased: a function word, a verb, adjective or adverb
of the English lemmatiser's word index, a head word of the predicate lexicon, a sector or
holding noun ("Police"), or a noun of the word index unless it stands right next to a word that
looks like a name (no English word, in capitals, an initial: "Alyssa Pointer", "KOMO News").
Known names keep their capitals: countries, regions, capitals, demonyms, organisations and
leaders of the gazetteer ("North Korea", "Red Cross", "Jordan"), places of the place index with
two words or more ("Abu Dhabi") or one word that is no verb, adjective or adverb ("Minsk"),
months and weekdays that are no verbs ("June", not "March"). The first word keeps its capital,
as any sentence's does, and words in capitals (acronyms, "MINSK" in a dateline) are never
touched. Lower-casing keeps every character at its offset, so the copy is parsed and its
annotations (tags, lemmas, dependencies, entities) are laid back onto the original words:
tokens, sentences, spans and provenance refer to the original text. Text with no Title-Case
line is parsed as it is, so normal text is coded exactly as before.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from tidings.resolve._places_index import PlaceIndex
from tidings.resolve.gazetteer import Gazetteer

# a word: letters, perhaps with an apostrophe or hyphen inside ("Iran's", "Test-Fires")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# a word's first small letter, at the start of the sentence or after a space, quote or bracket
_SMALL_START = re.compile(r"(?<![^\s\"(\[])[a-z]+")
_POSSESSIVE = re.compile(r"['\u2019]s$", re.IGNORECASE)
# words that headline styles write small, and particles of names ("Bashar al-Assad")
_SMALL = "a an the and but or nor of in on at to for by with from as vs via per into over off up"
_PARTICLES = "al el ad ar bin ibn de da du van von der la le"
SMALL_WORDS = frozenset(f"{_SMALL} {_PARTICLES}".split())
MIN_WORDS = 3  # shorter lines ("Live Updates") are labels, not sentences
MIN_ORDINARY = 2  # capitalised ordinary words after the first that make a headline
WORD_CLASSES = ("verb", "adj", "adv")  # word-index classes that are never place names
ALL_CLASSES = (*WORD_CLASSES, "noun")
# month and weekday names (and their short forms) are names, whatever the case of the line
CALENDAR_WORDS = frozenset(
    name.lower()
    for name in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if name
)
# annotations laid back onto the original words (ORTH comes from the original text)
_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]


_LEXICAL, _NOUN = "lexical", "noun"


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str


class HeadlineCase:
    """Finds Title-Case lines in a text and lower-cases their ordinary words (see module
    doc). ``is_name`` says whether a phrase is a known name; ``is_lexical`` whether a word
    (lower case) is a function word, verb, adjective, adverb or a noun of our lexicons;
    ``is_noun`` whether the word index knows it as a noun (which may be a name: "Patrick");
    ``max_name_words`` bounds the names tried."""

    def __init__(
        self,
        is_name: Callable[[str], bool],
        is_lexical: Callable[[str], bool],
        is_noun: Callable[[str], bool],
        max_name_words: int = 4,
    ) -> None:
        self.is_name = is_name
        self.is_lexical = is_lexical
        self.is_noun = is_noun
        self.max_name_words = max_name_words

    @classmethod
    def load(
        cls, nlp: Language, gazetteer: Gazetteer, places: PlaceIndex, predicates: frozenset[str]
    ) -> HeadlineCase:
        """Names from the gazetteer and the place index; ordinary words from the stop words,
        the predicate lexicon's head words (``predicates``), the gazetteer's sector and
        holding nouns and the lemmatiser's word index."""
        index = _word_index(nlp)
        rules = _lemma_rules(nlp)

        def known(word: str, classes: tuple[str, ...]) -> bool:
            return any(
                form in index[word_class] or form in predicates
                for word_class in classes
                for form in _base_forms(word, rules[word_class])
            )

        def lexical(word: str) -> bool:
            """Never a place name alone: "Of", "Police", "Free", "Ceasefire"."""
            if word in STOP_WORDS or gazetteer.sector_term(word) or gazetteer.holding(word):
                return True
            return known(word, WORD_CLASSES)

        def is_name(phrase: str) -> bool:
            if _known_name(gazetteer, phrase):
                return True
            if places.lookup(phrase) is None:
                return False
            # one word that is a place and only a noun of English ("Minsk", "Aleppo")
            return " " in phrase or not lexical(phrase.lower())

        def is_noun(word: str) -> bool:
            return known(word, ("noun",))

        return cls(is_name, lexical, is_noun, gazetteer.max_words)

    def normalise(self, text: str) -> str:
        """``text`` with its Title-Case lines case-normalised; same length, same offsets
        (``text`` itself when it has none)."""
        chars: list[str] | None = None
        for start, sentence in _lines(text):
            lowered = self._lowered_words(sentence)
            if not lowered:
                continue
            chars = chars if chars is not None else list(text)
            for word in lowered:
                chars[start + word.start : start + word.end] = word.text.lower()
        return text if chars is None else "".join(chars)

    def _lowered_words(self, sentence: str) -> list[_Word]:
        """The words to lower-case when the line ``sentence`` is a Title-Case headline, else
        none."""
        if not _may_be_title_case(sentence):
            return []
        words = [_Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
        if len(words) < MIN_WORDS or not all(_title_word(word.text) for word in words):
            return []
        named = self._named(sentence, words)
        kinds = [self._kind(word.text) for word in words]
        lowered = [
            word
            for n, word in enumerate(words)
            if n > 0
            and n not in named
            and _capitalised(word.text)
            and len(word.text.lower()) == len(word.text)
            and _lowerable(sentence, words, kinds, n)
        ]
        return lowered if len(lowered) >= MIN_ORDINARY else []

    def _kind(self, word: str) -> str | None:
        """_LEXICAL when each part of the word is ("Talks", "Test-Fires"), _NOUN when some part
        is only a noun of the word index ("Pointer"), None for anything else (names and
        months: "June", not "March" or "May", which are verbs)."""
        parts = _POSSESSIVE.sub("", word).lower().split("-")
        if all(self.is_lexical(part) for part in parts):
            return _LEXICAL
        if any(part in CALENDAR_WORDS for part in parts):
            return None
        if all(self.is_lexical(part) or self.is_noun(part) for part in parts):
            return _NOUN
        return None

    def _named(self, sentence: str, words: list[_Word]) -> set[int]:
        """Indexes of the words inside known names, longest names first."""
        named: set[int] = set()
        n = 0
        while n < len(words):
            size = self._name_size(sentence, words, n)
            named.update(range(n, n + size))
            n += max(size, 1)
        return named

    def _name_size(self, sentence: str, words: list[_Word], first: int) -> int:
        """How many words from ``first`` on make a known name (0 when none)."""
        if not words[first].text[0].isupper() or words[first].text.lower() in STOP_WORDS:
            return 0  # "The Summit" is no name because "Summit" is none
        longest = min(len(words) - first, self.max_name_words)
        for size in range(longest, 0, -1):
            phrase = sentence[words[first].start : words[first + size - 1].end]
            if self.is_name(_POSSESSIVE.sub("", phrase)):
                return size
        return 0


def _lowerable(sentence: str, words: list[_Word], kinds: list[str | None], n: int) -> bool:
    """A lexical word, or a noun that is not part of a name: a noun right next to a word
    that is no English word, in capitals or an initial is ("Alyssa Pointer", "Patrick J.",
    "KOMO News")."""
    if kinds[n] != _NOUN:
        return kinds[n] == _LEXICAL
    for other in (n - 1, n + 1):
        if not 0 <= other < len(words):
            continue
        first, second = sorted((words[n], words[other]), key=lambda word: word.start)
        text = words[other].text
        name_like = text[0].isupper() and (kinds[other] is None or not _capitalised(text))
        if name_like and sentence[first.end : second.start] == " ":
            return False
    return True


def restore_text(doc: Doc, text: str) -> Doc:
    """A Doc of ``text`` (of the same length as ``doc.text``) with ``doc``'s tokens and
    annotations: the parse of a case-normalised copy laid back onto the original words."""
    words = [text[token.idx : token.idx + len(token)] for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    restored.from_array(_PARSE_ATTRS, doc.to_array(_PARSE_ATTRS))
    return restored


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for the lines that may be headlines: the text's first line and every
    line that is a paragraph of its own, between blank lines. A line is not cut at its full
    stops (they also end "Mr." or "J."), and a line inside a paragraph may be a piece of a
    sentence broken across lines ("the United Nations High\nCommissioner for Refugees")."""
    lines = text.split("\n")
    offset = 0
    for n, line in enumerate(lines):
        alone_before = n == 0 or not lines[n - 1].strip()
        alone_after = n == len(lines) - 1 or not lines[n + 1].strip()
        if n == 0 or (alone_before and alone_after):
            yield offset, line
        offset += len(line) + 1


def _may_be_title_case(sentence: str) -> bool:
    """Cheap test first: normal sentences fail it at their first small-letter content word."""
    return all(match.group() in SMALL_WORDS for match in _SMALL_START.finditer(sentence))


def _title_word(word: str) -> bool:
    """Capitalised, in capitals, or one of the small words headlines leave small ("of",
    "al-Assad")."""
    return word[0].isupper() or word.split("-")[0] in SMALL_WORDS


def _capitalised(word: str) -> bool:
    """ "Arrest", not "US" or "MINSK" (capitals are acronyms and datelines)."""
    return word[0].isupper() and any(char.islower() for char in word[1:])


def _known_name(gazetteer: Gazetteer, phrase: str) -> bool:
    """A country, region, capital or demonym ("Europe", "Kashmir"), an organisation, or a
    leader's full name or surname (not any phrase ending in one: "Meets Erdogan")."""
    leader = gazetteer.leader(phrase)
    return bool(
        gazetteer.forms(phrase)
        or gazetteer.organisation(phrase)
        or (leader and (" " not in phrase or leader.name == phrase))
    )


def _word_index(nlp: Language) -> dict[str, frozenset[str]]:
    """The English lemmatiser's index of words by class (noun, verb, adj, adv)."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_index", {})
    return {word_class: frozenset(table.get(word_class, ())) for word_class in ALL_CLASSES}


def _lemma_rules(nlp: Language) -> dict[str, tuple[tuple[str, str], ...]]:
    """The lemmatiser's suffix rules by word class ("ies" -> "y")."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_rules", {})
    return {
        word_class: tuple((old, new) for old, new in table.get(word_class, ()))
        for word_class in ALL_CLASSES
    }


def _base_forms(word: str, rules: tuple[tuple[str, str], ...]) -> Iterator[str]:
    """The word and what the suffix rules make of it ("hostages" -> "hostage")."""
    yield word
    for old, new in rules:
        if word.endswith(old) and len(word) > len(old):
            yield word[: len(word) - len(old)] + new
