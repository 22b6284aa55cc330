"""Event extraction: predicate lexicon + dependency structure -> candidate event frames."""

from tidings.extract.extractor import EventExtractor
from tidings.extract.frames import Frame
from tidings.extract.lexicon import Kind, PredicateEntry, PredicateLexicon

__all__ = ["EventExtractor", "Frame", "Kind", "PredicateEntry", "PredicateLexicon"]
