"""Cut a wire dateline off the sentence it opens, before the parser runs.

Wire copy opens with where the story was filed and the agency that filed it: "GENEVA
(Reuters) - Croatia and the rebel Serbs signed ...", "SARAJEVO, Bosnia-Herzegovina (AP) -
...". Parsed as one sentence, the small English model makes the capitalised city the subject
and the real subject its apposition, so the event is coded with the agency (GBRMED) as an actor
or not at all. Starting a new sentence after the dateline dash lets the story parse on its own;
the text and its offsets are untouched. Applied as a pipeline component before the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

COMPONENT = "tidings_dateline_split"
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# a dateline is a city, perhaps a region or country and an agency credit: a few words only
MAX_DATELINE_TOKENS = 12


@Language.component(COMPONENT)
def split_dateline(doc: Doc) -> Doc:
    """Start a sentence after the dash of each paragraph-opening dateline (see module doc)."""
    for opening in _paragraph_openings(doc):
        dash = _dateline_dash(doc, opening)
        if dash is not None and dash + 1 < len(doc):
            doc[dash + 1].is_sent_start = True
    return doc


def _paragraph_openings(doc: Doc) -> list[int]:
    """Where a paragraph's first word is: the start of the text or after a line break."""
    openings = [0] if len(doc) else []
    openings += [t.i + 1 for t in doc if "\n" in t.text and t.i + 1 < len(doc)]
    return openings


def _dateline_dash(doc: Doc, start: int) -> int | None:
    """The dash closing "CITY[, Region] [(Agency)] -" at ``start``: the city in capitals,
    then a region after a comma and a bracketed credit, nothing else, before the dash."""
    if not is_capitals_word(doc[start]):
        return None
    bracket_depth, after_comma = 0, False
    for token in doc[start + 1 : start + MAX_DATELINE_TOKENS]:
        if _is_spaced_dash(token) and bracket_depth == 0:
            return token.i
        if token.text == "(":
            bracket_depth += 1
        elif token.text == ")":
            bracket_depth -= 1
        elif token.text == ",":
            after_comma = True
        elif not _may_sit_in_dateline(token, bracket_depth > 0, after_comma):
            return None
    return None


def _is_spaced_dash(token: Token) -> bool:
    """A dash set off by a space, not the hyphen inside "Bosnia-Herzegovina"."""
    return token.text in DATELINE_DASHES and bool(token.doc[token.i - 1].whitespace_)


def is_capitals_word(token: Token) -> bool:
    """A word in capitals, as a dateline's place is written ("SARAJEVO", "NEW DELHI")."""
    return token.is_alpha and token.is_upper and len(token.text) >= 2


def _may_sit_in_dateline(token: Token, inside_brackets: bool, after_comma: bool) -> bool:
    """More words in capitals ("KUWAIT CITY", "NEW DELHI/ISLAMABAD"); after a comma, the region
    or country in any capitalised spelling ("Bosnia-Herzegovina", "Ohio") or the day the story
    was filed ("SARAJEVO, May 26 (Reuter) -"); inside the credit any word ("(AP)", "(dpa)").
    "US President Bill Clinton - speaking in Ohio - ..." is no dateline."""
    if inside_brackets or is_capitals_word(token) or token.text == "/":
        return True
    if not after_comma:
        return False
    capitalised = token.text[:1].isupper() or token.text.endswith(".")
    return capitalised or token.text in {"-", "."} or token.is_digit


def dateline_place(doc: Doc) -> Span | None:
    """The city a wire story was filed from: the capitals opening its first dateline
    ("SARAJEVO" in "SARAJEVO, May 26 (Reuter) -", "NEW DELHI" in "NEW DELHI/ISLAMABAD, ...")."""
    dateline = dateline_span(doc)
    if dateline is None:
        return None
    end = dateline.start
    while end < dateline.end and is_capitals_word(doc[end]):
        end += 1
    return doc[dateline.start : end]


def dateline_span(doc: Doc) -> Span | None:
    """The words of the story's first dateline before its dash ("MOSCOW, Oct 4 (Reuters)")."""
    for opening in _paragraph_openings(doc):
        dash = _dateline_dash(doc, opening)
        if dash is not None:
            return doc[opening:dash]
    return None
