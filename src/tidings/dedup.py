"""Deduplication: link mentions (one report of an event) to real events (one happening).

A mention joins an existing real event when all of these hold:

* same *family*: CAMEO root (``03`` agree and ``04`` consult stay apart), and the same
  modality group (asserted and reported claims are factual; negated, hypothetical,
  intended and threatened mentions each cluster only with their own kind);
* same actor countries, in either order when the mention or the event is symmetric
  (meetings, talks), in the same order otherwise;
* compatible dates. A date is *fine* when it spans at most ``FINE_DAYS`` days and
  *coarse* otherwise ("earlier this month", "late 2012"). A fine date joins when it lies
  within ``GAP_DAYS`` of the event's fine envelope (a two-day meeting reported once as
  "Wednesday" and once as "yesterday") and the envelope stays within ``MAX_SPAN_DAYS``;
  every date must overlap the event's fine envelope and the intersection of its coarse
  dates. Meetings of the same pair on different days therefore stay apart;
* compatible places: either side has none, or both name the same place;
* a mention without a date (or an event without one) joins only within the same article:
  nothing else ties two undated reports to one happening.

When several events qualify, the mention goes to the one sharing most actor codes and the
place name, then to the one with most mentions (an "earlier this month" report most likely
refers to the widely reported meeting), then to the most recent one.

The algorithm is incremental: ``assign`` places one mention given a ``ClusterIndex`` (an
in-memory one here, a DuckDB-backed one in ``tidings.store``). Given the same mentions in
the same order it always builds the same clusters with the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol

from tidings.model import Article, Mention

FINE_DAYS = 7
GAP_DAYS = 1
MAX_SPAN_DAYS = 7
FACTUAL = ("asserted", "reported")
PRECISION_ORDER = {"day": 0, "range": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class Facts:
    """What dedup needs to know about one mention."""

    mention_id: str
    doc_id: str
    cameo: str
    source_country: str | None = None
    target_country: str | None = None
    symmetric: bool = False
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    place_name: str | None = None
    place_country: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    modality: str = "asserted"
    outlet: str | None = None

    @property
    def family(self) -> str:
        root = self.cameo[:2]
        return root if self.modality in FACTUAL else f"{root}:{self.modality}"

    @property
    def dated(self) -> bool:
        return self.date_start is not None and self.date_end is not None

    @property
    def fine(self) -> bool:
        return self.dated and (self.date_end - self.date_start).days + 1 <= FINE_DAYS


@dataclass(frozen=True)
class Cluster:
    """The state of one real event that decides what may join it."""

    id: str
    family: str
    actor_a: str | None
    actor_b: str | None
    directed: bool
    anchor_doc: str
    fine_lo: date | None = None
    fine_hi: date | None = None
    coarse_lo: date | None = None
    coarse_hi: date | None = None
    place_name: str | None = None
    place_country: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    n_mentions: int = 0

    @property
    def dated(self) -> bool:
        return self.fine_lo is not None or self.coarse_lo is not None


@dataclass(frozen=True)
class Candidate:
    cluster: Cluster
    same_article: bool  # the cluster already holds a mention of the mention's article


class ClusterIndex(Protocol):
    def candidates(self, facts: Facts) -> list[Candidate]:
        """Clusters of the same family and country pair (either order)."""

    def put(self, cluster: Cluster, facts: Facts) -> None:
        """Store the new or updated cluster and record ``facts`` as its member."""


def assign(facts: Facts, index: ClusterIndex) -> str:
    """Place one mention: join the best compatible cluster or found a new one; return its id."""
    fitting = [c for c in index.candidates(facts) if compatible(c, facts)]
    if fitting:
        best = max(fitting, key=lambda c: rank(c, facts))
        cluster = absorb(best.cluster, facts)
    else:
        cluster = found(facts)
    index.put(cluster, facts)
    return cluster.id


def pair(facts: Facts) -> tuple[str | None, str | None]:
    a, b = facts.source_country, facts.target_country
    if facts.symmetric and a is not None and b is not None and b < a:
        return b, a
    return a, b


def found(facts: Facts) -> Cluster:
    a, b = pair(facts)
    base = Cluster(
        id=facts.mention_id,
        family=facts.family,
        actor_a=a,
        actor_b=b,
        directed=not facts.symmetric,
        anchor_doc=facts.doc_id,
        place_name=facts.place_name,
        place_country=facts.place_country,
        source_code=facts.source_code,
        target_code=facts.target_code,
    )
    return absorb(base, facts)


def absorb(cluster: Cluster, facts: Facts) -> Cluster:
    """The cluster after ``facts`` joined it."""
    updated = replace(
        cluster,
        n_mentions=cluster.n_mentions + 1,
        place_name=cluster.place_name or facts.place_name,
        place_country=cluster.place_country or facts.place_country,
    )
    if cluster.directed and facts.symmetric:
        a, b = sorted((cluster.actor_a or "", cluster.actor_b or ""))
        updated = replace(updated, directed=False, actor_a=a or None, actor_b=b or None)
    if not facts.dated:
        return updated
    if facts.fine:
        return replace(
            updated,
            fine_lo=_min(cluster.fine_lo, facts.date_start),
            fine_hi=_max(cluster.fine_hi, facts.date_end),
        )
    return replace(
        updated,
        coarse_lo=_max(cluster.coarse_lo, facts.date_start),
        coarse_hi=_min(cluster.coarse_hi, facts.date_end),
    )


def compatible(candidate: Candidate, facts: Facts) -> bool:
    cluster = candidate.cluster
    return (
        cluster.family == facts.family
        and _actors_fit(cluster, facts)
        and _places_fit(cluster, facts)
        and _dates_fit(candidate, facts)
    )


def rank(candidate: Candidate, facts: Facts) -> tuple:
    cluster = candidate.cluster
    shared = sum(
        1
        for ours, theirs in (
            (cluster.source_code, facts.source_code),
            (cluster.target_code, facts.target_code),
            (_norm(cluster.place_name), _norm(facts.place_name)),
        )
        if ours is not None and ours == theirs
    )
    latest = cluster.fine_hi or cluster.coarse_hi or date.min
    return (shared, candidate.same_article, cluster.n_mentions, latest, cluster.id)


def _actors_fit(cluster: Cluster, facts: Facts) -> bool:
    forward = (cluster.actor_a, cluster.actor_b) == (facts.source_country, facts.target_country)
    if forward:
        return True
    backward = (cluster.actor_a, cluster.actor_b) == (facts.target_country, facts.source_country)
    return backward and (facts.symmetric or not cluster.directed)


def _places_fit(cluster: Cluster, facts: Facts) -> bool:
    if cluster.place_name is None or facts.place_name is None:
        return True
    return _norm(cluster.place_name) == _norm(facts.place_name)


def _dates_fit(candidate: Candidate, facts: Facts) -> bool:
    cluster = candidate.cluster
    if not facts.dated or not cluster.dated:
        return candidate.same_article
    lo, hi = facts.date_start, facts.date_end
    if cluster.coarse_lo is not None and not _overlap(lo, hi, cluster.coarse_lo, cluster.coarse_hi):
        return False
    if cluster.fine_lo is None:
        return True
    if not facts.fine:
        return _overlap(lo, hi, cluster.fine_lo, cluster.fine_hi)
    gap = timedelta(days=GAP_DAYS)
    near = _overlap(lo - gap, hi + gap, cluster.fine_lo, cluster.fine_hi)
    span = (max(hi, cluster.fine_hi) - min(lo, cluster.fine_lo)).days + 1
    return near and span <= MAX_SPAN_DAYS


def _overlap(lo: date, hi: date, other_lo: date, other_hi: date) -> bool:
    return lo <= other_hi and other_lo <= hi


def _min(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)


def _norm(name: str | None) -> str | None:
    return name.casefold().strip() if name else None


@dataclass
class MemoryIndex:
    """A ``ClusterIndex`` held in memory: for evaluation and tests."""

    clusters: dict[str, Cluster] = field(default_factory=dict)
    docs: dict[str, set[str]] = field(default_factory=dict)

    def candidates(self, facts: Facts) -> list[Candidate]:
        ends = {facts.source_country, facts.target_country}
        return [
            Candidate(cluster, facts.doc_id in self.docs[cluster.id])
            for cluster in self.clusters.values()
            if cluster.family == facts.family and {cluster.actor_a, cluster.actor_b} == ends
        ]

    def put(self, cluster: Cluster, facts: Facts) -> None:
        self.clusters[cluster.id] = cluster
        self.docs.setdefault(cluster.id, set()).add(facts.doc_id)


def cluster_all(mentions: Iterable[Facts]) -> dict[str, str]:
    """Cluster mentions in order, in memory: mention id -> real event id."""
    index = MemoryIndex()
    return {facts.mention_id: assign(facts, index) for facts in mentions}


@dataclass(frozen=True)
class BestDate:
    start: date
    end: date
    precision: str


def best_date(members: Sequence[Facts]) -> BestDate | None:
    """The most precise date consistent with all members (the fine envelope when there is one)."""
    fine = [m for m in members if m.fine]
    if fine:
        lo = min(m.date_start for m in fine)
        hi = max(m.date_end for m in fine)
        precision = "day" if lo == hi else "range"
        return BestDate(lo, hi, precision)
    dated = [m for m in members if m.dated]
    if not dated:
        return None
    lo = max(m.date_start for m in dated)
    hi = min(m.date_end for m in dated)
    if lo > hi:
        narrowest = min(dated, key=lambda m: (m.date_end - m.date_start, m.mention_id))
        lo, hi = narrowest.date_start, narrowest.date_end
    exact = [m for m in dated if (m.date_start, m.date_end) == (lo, hi)]
    precision = min((m.precision or "range" for m in exact), key=_precision_rank, default="range")
    return BestDate(lo, hi, precision)


def _precision_rank(precision: str) -> int:
    return PRECISION_ORDER.get(precision, 1)


def facts_of(mention: Mention, article: Article, mention_id: str | None = None) -> Facts:
    """Dedup facts of a coded mention."""
    when, where = mention.date, mention.location
    return Facts(
        mention_id=mention_id or mention.event_id,
        doc_id=mention.doc_id,
        cameo=mention.action.cameo,
        source_country=mention.source.country if mention.source else None,
        target_country=mention.target.country if mention.target else None,
        symmetric=mention.symmetric,
        date_start=when.start if when else None,
        date_end=when.end if when else None,
        precision=str(when.precision) if when else None,
        place_name=where.name if where else None,
        place_country=where.country if where else None,
        source_code=mention.source.code if mention.source else None,
        target_code=mention.target.code if mention.target else None,
        modality=str(mention.modality),
        outlet=article.outlet,
    )
