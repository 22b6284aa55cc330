"""Highlight spans of a mention's sentence: its actors, its trigger words and its date words."""

from __future__ import annotations

import re
from typing import Any

from tidings.api.models import Highlight

NOT_IN_TEXT = {"published", "dateline"}


def _span(row: dict[str, Any], start: int | None, end: int | None) -> tuple[int, int] | None:
    """Article offsets to sentence offsets, or None when they fall outside the sentence."""
    if start is None or end is None:
        return None
    base = row["sentence_start"]
    lo, hi = start - base, end - base
    if 0 <= lo < hi <= len(row["sentence"]):
        return lo, hi
    return None


def _date_span(sentence: str, words: str | None) -> tuple[int, int] | None:
    if not words or words.lower() in NOT_IN_TEXT:
        return None
    found = re.search(re.escape(words), sentence, flags=re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def highlights(row: dict[str, Any]) -> list[Highlight]:
    spans: list[Highlight] = []
    for prefix in ("source", "target"):
        span = _span(row, row.get(f"{prefix}_start"), row.get(f"{prefix}_end"))
        if span:
            code = row.get(f"{prefix}_code") or row.get(f"{prefix}_text") or prefix
            spans.append(
                Highlight(start=span[0], end=span[1], kind="actor", label=f"{prefix}: {code}")
            )
    trigger = _span(row, row.get("trigger_start"), row.get("trigger_end"))
    if trigger:
        label = f"action: {row.get('plover')} (CAMEO {row.get('cameo')})"
        spans.append(Highlight(start=trigger[0], end=trigger[1], kind="trigger", label=label))
    when = _date_span(row["sentence"], row.get("date_text"))
    if when:
        label = f"date: {row.get('date_start')} ({row.get('date_precision')})"
        spans.append(Highlight(start=when[0], end=when[1], kind="date", label=label))
    return sorted(spans, key=lambda h: (h.start, -h.end))
