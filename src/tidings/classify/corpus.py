"""Labelled sentences for training and evaluation: marked actor spans and their labels.

A marked sentence wraps the source in ``<s>..</s>`` and the target in ``<t>..</t>``;
``parse_marked`` removes the tags and returns the character spans they covered.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

Span = tuple[int, int]
_TAG = re.compile(r"</?[st]>")


@dataclass(frozen=True)
class Example:
    """One labelled sentence; ``source``/``target`` are character spans in ``text``."""

    key: str
    text: str
    plover: str
    source: Span | None = None
    target: Span | None = None
    mode: str | None = None
    cameo: str | None = None
    origin: str = "own"


def parse_marked(marked: str) -> tuple[str, Span | None, Span | None]:
    """Strip ``<s>``/``<t>`` tags; return the plain text and the source and target spans."""
    parts: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, Span] = {}
    length = 0
    position = 0
    for match in _TAG.finditer(marked):
        chunk = marked[position : match.start()]
        parts.append(chunk)
        length += len(chunk)
        tag = match.group()
        if tag.startswith("</"):
            start = opened.pop(tag[2], length)
            spans[tag[2]] = _trim(parts, start, length)
        else:
            opened[tag[1]] = length
        position = match.end()
    parts.append(marked[position:])
    return "".join(parts), spans.get("s"), spans.get("t")


def _trim(parts: list[str], start: int, end: int) -> Span:
    text = "".join(parts)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_heldout(key: str, share: int = 30) -> bool:
    """Deterministic held-out split: ``share`` percent of keys, by CRC32 of the key."""
    return zlib.crc32(key.encode("utf-8")) % 100 < share


def read_pairs(path: Path) -> Iterator[tuple[Example, int]]:
    """Rows of the PLOVER pairs set as examples, with their gold 5-way class."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text, source, target = parse_marked(row["marked_sentence"])
            key = row.get("uid") or row["sentence_id"]
            yield (
                Example(key, text, row["gold_root"].upper(), source, target, origin="pairs"),
                int(row["gold_penta"]),
            )


def read_own(path: Path) -> Iterator[Example]:
    """Our hand-written training sentences: plover, mode, cameo, marked sentence."""
    with path.open(encoding="utf-8") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        for number, row in enumerate(csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)):
            plover, mode, cameo, marked = row[:4]
            text, source, target = parse_marked(marked)
            yield Example(
                f"own-{number}", text, plover.upper(), source, target, mode or None, cameo or None
            )
