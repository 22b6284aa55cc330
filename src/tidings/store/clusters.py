"""Real events in DuckDB: the dedup ``ClusterIndex`` over the real_events table, and the
refresh that recomputes each touched event's counts, best date and best sentence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import duckdb

from tidings.dedup import Candidate, Cluster, Facts, best_date
from tidings.store.rows import dyad_of

CLUSTER_COLUMNS = (
    "real_event_id, family, actor_a, actor_b, directed, anchor_doc, fine_lo, fine_hi, "
    "coarse_lo, coarse_hi, place_name, place_country, source_code, target_code, n_mentions"
)
FACTS_COLUMNS = (
    "mention_id, doc_id, cameo, source_country, target_country, is_symmetric, date_start, "
    "date_end, date_precision, place_name, place_country, source_code, target_code, "
    "modality, outlet"
)
SHOW_COLUMNS = (
    "confidence, sentence, plover, quad_class, goldstein, source_name, target_name, "
    "place_lat, place_lon, published, ordinal"
)


def facts_from_row(row: Sequence) -> Facts:
    return Facts(*row)


class DuckIndex:
    """``ClusterIndex`` reading and writing real_events inside the caller's transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.touched: set[str] = set()

    def candidates(self, facts: Facts) -> list[Candidate]:
        a, b = facts.source_country, facts.target_country
        rows = self.con.execute(
            f"""
            SELECT {CLUSTER_COLUMNS},
                   EXISTS (SELECT 1 FROM mentions m
                           WHERE m.real_event_id = r.real_event_id AND m.doc_id = ?)
            FROM real_events r
            WHERE family = ?
              AND ((actor_a IS NOT DISTINCT FROM ? AND actor_b IS NOT DISTINCT FROM ?)
                OR (actor_a IS NOT DISTINCT FROM ? AND actor_b IS NOT DISTINCT FROM ?))
            """,
            [facts.doc_id, facts.family, a, b, b, a],
        ).fetchall()
        return [Candidate(Cluster(*row[:-1]), bool(row[-1])) for row in rows]

    def put(self, cluster: Cluster, facts: Facts) -> None:
        self.touched.add(cluster.id)
        values = [
            cluster.id,
            cluster.family,
            cluster.actor_a,
            cluster.actor_b,
            cluster.directed,
            cluster.anchor_doc,
            cluster.fine_lo,
            cluster.fine_hi,
            cluster.coarse_lo,
            cluster.coarse_hi,
            cluster.place_name,
            cluster.place_country,
            cluster.source_code,
            cluster.target_code,
            cluster.n_mentions,
            dyad_of(cluster.actor_a, cluster.actor_b),
        ]
        self.con.execute(
            f"INSERT OR REPLACE INTO real_events ({CLUSTER_COLUMNS}, dyad) "
            f"VALUES ({', '.join('?' * len(values))})",
            values,
        )


@dataclass(frozen=True)
class Member:
    facts: Facts
    confidence: float
    sentence: str
    plover: str
    quad_class: int
    goldstein: float
    source_name: str | None
    target_name: str | None
    lat: float | None
    lon: float | None
    published: object
    ordinal: int

    def preference(self) -> tuple:
        """Smaller is better: narrow date, high confidence, asserted, early in the article."""
        facts = self.facts
        days = (facts.date_end - facts.date_start).days if facts.dated else 10**6
        return (days, -self.confidence, facts.modality != "asserted", facts.doc_id, self.ordinal)


def members(con: duckdb.DuckDBPyConnection, real_event_id: str) -> list[Member]:
    rows = con.execute(
        f"SELECT {FACTS_COLUMNS}, {SHOW_COLUMNS} FROM mentions WHERE real_event_id = ?",
        [real_event_id],
    ).fetchall()
    return [Member(facts_from_row(row[:15]), *row[15:]) for row in rows]


def summary_values(group: list[Member]) -> list:
    """Presentation columns of one real event from its members."""
    facts = [m.facts for m in group]
    when = best_date(facts)
    cameo = _most_common([f.cameo for f in facts])
    best = min(group, key=Member.preference)
    typical = min((m for m in group if m.facts.cameo == cameo), key=Member.preference)
    outlets = sorted({f.outlet for f in facts if f.outlet})
    placed = [m for m in sorted(group, key=Member.preference) if m.lat is not None]
    published = [m.published for m in group if m.published is not None]
    return [
        when.start if when else None,
        when.end if when else None,
        when.precision if when else None,
        when.start if when else (min(published) if published else None),
        cameo,
        typical.plover,
        typical.quad_class,
        typical.goldstein,
        _most_common([f.source_code for f in facts if f.source_code]),
        _most_common([f.target_code for f in facts if f.target_code]),
        _most_common([m.source_name for m in group if m.source_name]),
        _most_common([m.target_name for m in group if m.target_name]),
        placed[0].lat if placed else None,
        placed[0].lon if placed else None,
        best.facts.mention_id,
        best.sentence,
        "; ".join(outlets) if outlets else None,
        len(group),
        len({f.outlet or f"doc:{f.doc_id}" for f in facts}),
        len({f.doc_id for f in facts}),
        min(published) if published else None,
    ]


SUMMARY_SET = (
    "date_start = ?, date_end = ?, date_precision = ?, sort_date = coalesce(?, DATE '0001-01-01'), "
    "cameo = ?, plover = ?, quad_class = ?, goldstein = ?, source_code = ?, target_code = ?, "
    "source_name = ?, target_name = ?, place_lat = ?, place_lon = ?, best_mention_id = ?, "
    "sentence = ?, outlets = ?, n_mentions = ?, n_sources = ?, n_articles = ?, "
    "first_published = ?, updated_at = current_timestamp"
)


def refresh(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> None:
    """Recompute the touched real events; delete those left without mentions."""
    for real_event_id in sorted(ids):
        group = members(con, real_event_id)
        if not group:
            con.execute("DELETE FROM real_events WHERE real_event_id = ?", [real_event_id])
            continue
        con.execute(
            f"UPDATE real_events SET {SUMMARY_SET} WHERE real_event_id = ?",
            [*summary_values(group), real_event_id],
        )


def _most_common(values: list) -> object:
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))
