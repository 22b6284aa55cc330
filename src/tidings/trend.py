"""Dyad trends: per-period counts of real events by quad class and summed Goldstein weight.

Periods are calendar days, ISO weeks (starting Monday) or months, keyed by each event's
best date (its start; undated events are left out). Periods without events between the
first and last one are included with zeros so series and charts show the gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tidings.store import Store

PERIODS = ("day", "week", "month")
UNITS = {"events": "real_events", "mentions": "mentions"}


@dataclass(frozen=True)
class TrendRow:
    period: date  # first day of the period
    verbal_coop: int  # quad class 1
    material_coop: int  # 2
    verbal_conflict: int  # 3
    material_conflict: int  # 4
    goldstein: float  # summed Goldstein weight

    @property
    def total(self) -> int:
        return self.verbal_coop + self.material_coop + self.verbal_conflict + self.material_conflict


def trend(store: Store, dyad: str, by: str = "month", unit: str = "events") -> list[TrendRow]:
    """The series for a country pair ("JPN-PRK"), counting real events (or mentions)."""
    from tidings.query import parse_dyad

    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    table = UNITS.get(unit)
    if table is None:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    rows = store.con.execute(
        f"""SELECT date_trunc('{by}', date_start)::DATE AS period,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0)
            FROM {table} WHERE dyad = ? AND date_start IS NOT NULL
            GROUP BY period ORDER BY period""",
        [parse_dyad(dyad)],
    ).fetchall()
    return fill_gaps([TrendRow(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows], by)


def next_period(day: date, by: str) -> date:
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def fill_gaps(rows: list[TrendRow], by: str) -> list[TrendRow]:
    if not rows:
        return []
    present = {row.period: row for row in rows}
    out, day = [], rows[0].period
    while day <= rows[-1].period:
        out.append(present.get(day, TrendRow(day, 0, 0, 0, 0, 0.0)))
        day = next_period(day, by)
    return out


def format_trend(rows: list[TrendRow]) -> str:
    """A fixed-width table: period, counts per quad class, total and summed Goldstein."""
    if not rows:
        return "(no dated events for this dyad)"
    header = (
        f"{'period':<10}  {'verb.coop':>9}  {'mat.coop':>8}  {'verb.confl':>10}  "
        f"{'mat.confl':>9}  {'total':>5}  {'goldstein':>9}"
    )
    lines = [header]
    for row in rows:
        lines.append(
            f"{row.period.isoformat():<10}  {row.verbal_coop:>9}  {row.material_coop:>8}  "
            f"{row.verbal_conflict:>10}  {row.material_conflict:>9}  {row.total:>5}  "
            f"{row.goldstein:>9.1f}"
        )
    return "\n".join(lines)


def trend_chart(rows: list[TrendRow], path: Path, title: str = "") -> Path:
    """Write a PNG or SVG chart (by the file suffix): stacked counts and the Goldstein line."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise ValueError(f"chart must be .png or .svg, not {path.name}")
    figure = Figure(figsize=(9, 4.5), layout="constrained")
    counts = figure.add_subplot()
    _draw(counts, rows)
    counts.set_title(title or "events per period")
    figure.savefig(path)
    return path


COLOURS = ("#4c9f70", "#1f6f8b", "#e0a030", "#c0392b")
LABELS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _draw(counts, rows: list[TrendRow]) -> None:
    periods = [row.period for row in rows]
    series = [
        [row.verbal_coop for row in rows],
        [row.material_coop for row in rows],
        [-row.verbal_conflict for row in rows],
        [-row.material_conflict for row in rows],
    ]
    width = _bar_width(periods)
    coop_base = [0] * len(rows)
    conflict_base = [0] * len(rows)
    for number, (values, colour, label) in enumerate(zip(series, COLOURS, LABELS, strict=True)):
        base = conflict_base if number >= 2 else coop_base
        counts.bar(periods, values, width, bottom=list(base), color=colour, label=label)
        for i, value in enumerate(values):
            base[i] += value
    counts.axhline(0, color="#555555", linewidth=0.8)
    counts.set_ylabel("events (conflict below zero)")
    goldstein = counts.twinx()
    sums = [row.goldstein for row in rows]
    goldstein.plot(periods, sums, color="black", marker="o", label="Goldstein")
    goldstein.set_ylabel("summed Goldstein")
    counts.legend(loc="upper left", fontsize="small")


def _bar_width(periods: list[date]) -> float:
    if len(periods) < 2:
        return 20.0
    return max(0.8, 0.8 * min((b - a).days for a, b in pairwise(periods)))
