"""Web boilerplate rules, loaded from ``data/boilerplate.txt`` (patterns written by us)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tidings import data

_SECTIONS = ("drop", "tail", "caption", "outlet")
MAX_PATTERN_LINE = 500  # boilerplate lines are short; longer lines are story (and cheap to skip)


@dataclass(frozen=True)
class Boilerplate:
    """Line patterns that are not part of a story, and words that mark an outlet's name."""

    drop: re.Pattern[str]
    tail: re.Pattern[str]
    caption: re.Pattern[str]
    outlet_words: frozenset[str]

    @classmethod
    def load(cls, source: Path | None = None) -> Boilerplate:
        sections = _read_sections(source or data.path("boilerplate.txt"))
        return cls(
            drop=_compile(sections["drop"]),
            tail=_compile(sections["tail"]),
            caption=_compile(sections["caption"]),
            outlet_words=frozenset(word.lower() for word in sections["outlet"]),
        )

    def is_noise(self, line: str) -> bool:
        """A line to remove: navigation, prompts, ads, captions (long lines never are)."""
        if len(line) > MAX_PATTERN_LINE:
            return False
        return bool(self.drop.search(line) or self.caption.search(line))

    def ends_article(self, line: str) -> bool:
        """A line after which nothing belongs to the story."""
        return len(line) <= MAX_PATTERN_LINE and bool(self.tail.search(line))


def _read_sections(source: Path) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {name: [] for name in _SECTIONS}
    current: str | None = None
    for number, raw in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            if current not in sections:
                raise ValueError(f"{source}:{number}: unknown section {line}")
        elif current is None:
            raise ValueError(f"{source}:{number}: pattern outside a section")
        else:
            sections[current].append(line)
    return sections


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """One alternation of the section's patterns (each checked on its own first)."""
    for pattern in patterns:
        re.compile(pattern)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns) or "(?!)", re.IGNORECASE)
