"""Web boilerplate rules, loaded from ``data/boilerplate.txt`` (patterns written by us)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tidings import data

_SECTIONS = ("drop", "tail", "caption", "outlet")


@dataclass(frozen=True)
class Boilerplate:
    """Line patterns that are not part of a story, and words that mark an outlet's name."""

    drop: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
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
        """A line to remove: navigation, prompts, ads, captions."""
        return _any(self.drop, line) or _any(self.caption, line)

    def ends_article(self, line: str) -> bool:
        """A line after which nothing belongs to the story."""
        return _any(self.tail, line)


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


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(pattern.search(line) for pattern in patterns)
