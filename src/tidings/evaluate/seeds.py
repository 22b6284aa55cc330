"""Score coded events against a gold file shaped like ``shared/gold/seeds.json``.

Matching is as lenient as the gold file says: acceptable CAMEO prefixes or PLOVER
types, acceptable sectors, symmetric events in either direction, a predicted date
inside the gold interval. Core events must be found; minor ones may be found without
counting as false positives.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tidings.model import Mention


@dataclass(frozen=True)
class GoldActor:
    country: str
    sectors: tuple[str, ...]
    name: str | None

    @classmethod
    def parse(cls, raw: dict[str, Any] | None) -> GoldActor | None:
        if raw is None:
            return None
        return cls(raw["country"], tuple(raw.get("sectors") or ()), raw.get("name"))


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    real_event: str
    tier: str
    evidence: str
    cameo: tuple[str, ...]
    plover: tuple[str, ...]
    source: GoldActor | None
    target: GoldActor | None
    symmetric: bool
    date: tuple[date, date] | None
    place_country: str | None
    place_name: str | None

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> GoldEvent:
        when = raw.get("date")
        where = raw.get("location")
        return cls(
            doc=raw["doc"],
            real_event=raw["real_event"],
            tier=raw["tier"],
            evidence=raw["evidence"],
            cameo=tuple(raw["cameo"]),
            plover=tuple(raw["plover"]),
            source=GoldActor.parse(raw.get("source")),
            target=GoldActor.parse(raw.get("target")),
            symmetric=bool(raw.get("symmetric")),
            date=(date.fromisoformat(when["start"]), date.fromisoformat(when["end"]))
            if when
            else None,
            place_country=where["country"] if where else None,
            place_name=where["place"] if where else None,
        )

    @property
    def family(self) -> str:
        return self.plover[0]


@dataclass(frozen=True)
class GoldFile:
    documents: dict[str, dict[str, Any]]
    events: tuple[GoldEvent, ...]

    @classmethod
    def load(cls, path: Path) -> GoldFile:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(raw["documents"], tuple(GoldEvent.parse(e) for e in raw["events"]))

    def published(self, doc_id: str) -> date | None:
        value = self.documents.get(doc_id, {}).get("published")
        return date.fromisoformat(value) if value else None


def type_matches(gold: GoldEvent, mention: Mention) -> bool:
    plover = mention.action.plover
    return mention.action.cameo.startswith(gold.cameo) or plover in gold.plover


def _actor_matches(gold: GoldActor | None, actor: Any) -> bool:
    if gold is None:
        return True  # the gold names no one: any coded actor is acceptable
    if actor is None or actor.country != gold.country:
        return False
    return not gold.sectors or actor.sector in gold.sectors


def actors_match(gold: GoldEvent, mention: Mention) -> bool:
    forward = _actor_matches(gold.source, mention.source) and _actor_matches(
        gold.target, mention.target
    )
    if forward or not gold.symmetric:
        return forward
    return _actor_matches(gold.source, mention.target) and _actor_matches(
        gold.target, mention.source
    )


def date_matches(gold: GoldEvent, mention: Mention) -> bool:
    if gold.date is None:
        return mention.date is None
    if mention.date is None:
        return False
    start, end = gold.date
    return start <= mention.date.start and mention.date.end <= end


def place_matches(gold: GoldEvent, mention: Mention) -> bool:
    if gold.place_country is None:
        return True
    place = mention.location
    return place is not None and place.country == gold.place_country


def _normalise(text: str) -> str:
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
    return " ".join(text.translate(table).split())


def in_evidence_sentence(gold: GoldEvent, mention: Mention) -> bool:
    return _normalise(gold.evidence) in _normalise(mention.sentence.text)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class SeedsReport:
    core_total: int = 0
    core_found: int = 0
    core_found_dated: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    matched: int = 0
    dates_right: int = 0
    places_checked: int = 0
    places_right: int = 0
    actors_checked: int = 0
    actors_right: int = 0
    repeats: int = 0  # later reports of a real event already found (gold groups by real_event)
    repeats_merged: int = 0  # of those, put in the same real event by deduplication
    per_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    missed: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def format(self) -> str:
        lines = [
            f"core events found (type + dyad):        {self.core_found}/{self.core_total}"
            f"  recall {_ratio(self.core_found, self.core_total)}",
            f"core events found (type + dyad + date): {self.core_found_dated}/{self.core_total}"
            f"  recall {_ratio(self.core_found_dated, self.core_total)}",
            f"precision (predictions matching a gold event): "
            f"{self.predicted_correct}/{self.predicted}"
            f"  {_ratio(self.predicted_correct, self.predicted)}",
            f"date accuracy (matched events):  {self.dates_right}/{self.matched}"
            f"  {_ratio(self.dates_right, self.matched)}",
            f"place accuracy (matched, gold place): {self.places_right}/{self.places_checked}"
            f"  {_ratio(self.places_right, self.places_checked)}",
            f"actor accuracy (type found in the evidence sentence): "
            f"{self.actors_right}/{self.actors_checked}"
            f"  {_ratio(self.actors_right, self.actors_checked)}",
            f"repeated reports merged by dedup: {self.repeats_merged}/{self.repeats}"
            f"  {_ratio(self.repeats_merged, self.repeats)}",
            "",
            f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn",
        ]
        for name in sorted(self.per_type):
            t = self.per_type[name]
            lines.append(
                f"{name:<10} {t.precision():6.2f} {t.recall():6.2f} {t.f1():6.2f}"
                f"  {t.tp:>2} {t.fp:>2} {t.fn:>2}"
            )
        if self.missed:
            lines += ["", "missed core events:", *(f"  - {m}" for m in self.missed)]
        if self.unmatched:
            header = "predictions matching no gold event:"
            lines += ["", header, *(f"  - {u}" for u in self.unmatched)]
        return "\n".join(lines)


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "n/a"


def _best_match(gold: GoldEvent, mentions: list[Mention]) -> Mention | None:
    """The prediction that reports this gold event best, or None."""
    candidates = [m for m in mentions if type_matches(gold, m) and actors_match(gold, m)]
    if not candidates:
        return None

    def rank(m: Mention) -> tuple[bool, bool]:
        return (date_matches(gold, m), in_evidence_sentence(gold, m))

    best = max(candidates, key=rank)
    # Outside the evidence sentence only a date-consistent report counts as the same event.
    return best if any(rank(best)) else None


def _describe(mention: Mention) -> str:
    source = mention.source.code if mention.source else "-"
    target = mention.target.code if mention.target else "-"
    when = mention.date.start.isoformat() if mention.date else "no date"
    return (
        f"{mention.doc_id[:3]} {mention.action.plover}/{mention.action.cameo} "
        f"{source}->{target} {when}: {mention.sentence.text[:90]}"
    )


def score(
    gold: GoldFile,
    mentions_by_doc: dict[str, list[Mention]],
    clusters: dict[str, str] | None = None,
) -> SeedsReport:
    """Score the predictions; ``clusters`` (mention event id -> real event id, from
    deduplication) also scores whether repeated reports of one real event were merged."""
    report = SeedsReport()
    correct: set[str] = set()
    found: dict[tuple[str, str], str] = {}  # (doc, gold real_event) -> first match's event id
    for event in gold.events:
        mentions = mentions_by_doc.get(event.doc, [])
        match = _best_match(event, mentions)
        _score_actors(report, event, mentions)
        if match is not None:
            if clusters is not None:
                _score_repeat(report, found, (event.doc, event.real_event), match, clusters)
            correct.add(match.event_id)
            report.matched += 1
            report.dates_right += date_matches(event, match)
            if event.place_country:
                report.places_checked += 1
                report.places_right += place_matches(event, match)
        if event.tier != "core":
            continue
        report.core_total += 1
        tally = report.per_type[event.family]
        if match is None:
            tally.fn += 1
            report.missed.append(f"{event.doc[:3]} {event.real_event}")
            continue
        tally.tp += 1
        report.core_found += 1
        report.core_found_dated += date_matches(event, match)
    _score_precision(report, gold, mentions_by_doc, correct)
    return report


def _score_repeat(
    report: SeedsReport,
    found: dict[tuple[str, str], str],
    key: tuple[str, str],
    match: Mention,
    clusters: dict[str, str],
) -> None:
    """A second report of a real event already matched: merged when dedup put both together."""
    first = found.setdefault(key, match.event_id)
    if first == match.event_id:
        return
    report.repeats += 1
    report.repeats_merged += clusters.get(first) == clusters.get(match.event_id)


def _score_actors(report: SeedsReport, event: GoldEvent, mentions: list[Mention]) -> None:
    typed = [m for m in mentions if in_evidence_sentence(event, m) and type_matches(event, m)]
    if typed:
        report.actors_checked += 1
        report.actors_right += any(actors_match(event, m) for m in typed)


def _score_precision(
    report: SeedsReport,
    gold: GoldFile,
    mentions_by_doc: dict[str, list[Mention]],
    correct: set[str],
) -> None:
    docs = {event.doc for event in gold.events}
    for doc in sorted(docs):
        for mention in mentions_by_doc.get(doc, []):
            report.predicted += 1
            ok = mention.event_id in correct or _matches_any(gold, mention)
            report.predicted_correct += ok
            if not ok:
                report.per_type[mention.action.plover].fp += 1
                report.unmatched.append(_describe(mention))


def _matches_any(gold: GoldFile, mention: Mention) -> bool:
    return any(
        event.doc == mention.doc_id
        and type_matches(event, mention)
        and actors_match(event, mention)
        and (date_matches(event, mention) or in_evidence_sentence(event, mention))
        for event in gold.events
    )


def group_by_doc(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        grouped[mention.doc_id].append(mention)
    return dict(grouped)


def type_counts(mentions: Iterable[Mention]) -> Counter[str]:
    return Counter(m.action.plover for m in mentions)


def seed_articles(gold: GoldFile, seeds_dir: Path) -> list[Any]:
    """The gold file's documents, cleaned, with publication date and outlet from the gold file."""
    from tidings.ingest import clean_document
    from tidings.model import RawDocument

    articles = []
    for doc_id, meta in sorted(gold.documents.items()):
        path = seeds_dir / f"{doc_id}.txt"
        raw = RawDocument(
            doc_id=doc_id,
            origin=str(path),
            text=path.read_text(encoding="utf-8"),
            published=gold.published(doc_id),
            outlet=meta.get("outlet"),
        )
        articles.append(clean_document(raw))
    return articles


def evaluate_seeds(coder: Any, gold_path: Path, seeds_dir: Path) -> SeedsReport:
    """Code the gold file's documents end to end and score them."""
    from tidings.dedup import cluster_all, facts_of

    gold = GoldFile.load(gold_path)
    coded = list(coder.code(seed_articles(gold, seeds_dir)))
    mentions = [m for article in coded for m in article.mentions]
    clusters = cluster_all(facts_of(m, a.article) for a in coded for m in a.mentions)
    return score(gold, group_by_doc(mentions), clusters)
