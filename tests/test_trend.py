"""Dyad trends: counts by quad class and summed Goldstein per period, table and chart."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from tidings.store import Store
from tidings.trend import format_trend, trend, trend_chart


@pytest.fixture(scope="module")
def store(paraphrase_store):
    return paraphrase_store


def test_monthly_counts_real_events_not_mentions(store: Store) -> None:
    rows = trend(store, "PRK-JPN", by="month")
    assert [r.period for r in rows] == [date(2014, 3, 1)]
    events = store.con.execute(
        "SELECT count(*), sum(goldstein) FROM real_events "
        "WHERE dyad = 'JPN-PRK' AND date_start IS NOT NULL"
    ).fetchall()[0]
    assert rows[0].total == events[0]
    assert rows[0].goldstein == pytest.approx(events[1])
    assert rows[0].verbal_conflict >= 1  # the protest at the missile launch
    mentions = trend(store, "JPN-PRK", by="month", unit="mentions")
    assert mentions[0].total > rows[0].total


def test_weekly_series_fills_gaps(store: Store) -> None:
    rows = trend(store, "JPN-PRK", by="week")
    periods = [r.period for r in rows]
    assert all(p.weekday() == 0 for p in periods)
    assert all((b - a).days == 7 for a, b in itertools.pairwise(periods))
    assert "verb.coop" in format_trend(rows)


def test_unknown_period_is_an_error(store: Store) -> None:
    with pytest.raises(ValueError):
        trend(store, "JPN-PRK", by="year")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_chart_is_written(store: Store, tmp_path: Path, suffix: str) -> None:
    path = trend_chart(trend(store, "JPN-PRK", by="day"), tmp_path / f"c{suffix}", "JPN-PRK")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in data[:2000]
