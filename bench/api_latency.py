"""HTTP API latency on a generated store of 1,000,000 events (goal: p95 under 100 ms).

The store is created with the project's own schema (``tidings.store.Store``) and filled by
bulk INSERT ... SELECT in DuckDB (no NLP): N mentions and N real events over 40 countries and
25 years, then its words index is built (``tidings.store.words.rebuild``). The sentences use a
few very common words, which the index cannot narrow (those searches scan), and one mention in
5,000 names a rare place ("Sinuiju"), which it can. Each query is then asked through the
FastAPI app (TestClient, so the figures include validation, SQL and JSON encoding) and its
p50/p95 reported. A baseline in the same run, the
bare ``SELECT count(*) FROM real_events``, shows the machine's speed.

    .venv/bin/python bench/api_latency.py [--events 1000000] [--runs 40] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from tidings.api import create_app
from tidings.store import Store, words

COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "JPN",
    "PRK",
    "KOR",
    "GBR",
    "FRA",
    "DEU",
    "IND",
    "PAK",
    "IRN",
    "ISR",
    "PSE",
    "SYR",
    "IRQ",
    "TUR",
    "UKR",
    "EGY",
    "SAU",
    "BRA",
    "MEX",
    "CAN",
    "AUS",
    "IDN",
    "PHL",
    "VNM",
    "THA",
    "NGA",
    "ZAF",
    "ETH",
    "KEN",
    "SDN",
    "AFG",
    "LBY",
    "YEM",
    "VEN",
    "COL",
    "CUB",
    "MMR",
]
PLOVER = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
]
WORDS = ["talks", "met", "agreed", "accused", "warned", "visited", "attacked", "protested"]


def _countries_sql() -> str:
    return "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"


def _list_sql(items: list[str]) -> str:
    return "[" + ", ".join(f"'{i}'" for i in items) + "]"


GENERATED = f"""
    SELECT i,
        lpad(printf('%x', hash(i)), 16, '0') AS id,
        {_countries_sql()}[1 + (hash(i * 7) % {len(COUNTRIES)})::BIGINT] AS a,
        {_countries_sql()}[1 + (hash(i * 13) % {len(COUNTRIES)})::BIGINT] AS b,
        1 + (hash(i * 3) % 20)::INTEGER AS root,
        DATE '1995-01-01' + (hash(i * 5) % 9125)::INTEGER AS day,
        {_list_sql(PLOVER)}[1 + (hash(i * 11) % {len(PLOVER)})::BIGINT] AS plover,
        {_list_sql(WORDS)}[1 + (hash(i * 17) % {len(WORDS)})::BIGINT] AS word,
        CASE WHEN i % 5000 = 0 THEN ' near Sinuiju' ELSE '' END AS rare
    FROM range({{n}}) t(i)
"""

MENTIONS = """
    INSERT INTO mentions BY NAME
    SELECT id AS mention_id, id AS event_id, 'doc' || (i // 8) AS doc_id, (i % 8) AS ordinal,
        0 AS sentence_index, 0 AS sentence_start, 60 AS sentence_end,
        a || ' officials ' || word || ' with ' || b || ' on the border' || rare || '.' AS sentence,
        word AS trigger, 15 AS trigger_start, 15 + length(word) AS trigger_end,
        lpad(root::VARCHAR, 2, '0') || '0' AS cameo, lpad(root::VARCHAR, 2, '0') AS cameo_root,
        (10 - root)::DOUBLE AS goldstein,
        CASE WHEN root <= 5 THEN 1 WHEN root <= 8 THEN 2 WHEN root <= 13 THEN 3 ELSE 4 END
            AS quad_class,
        plover, a AS source_text, a || 'GOV' AS source_code, a AS source_country,
        'GOV' AS source_sector, b AS target_text, b || 'GOV' AS target_code,
        b AS target_country, 'GOV' AS target_sector, false AS is_symmetric,
        least(a, b) || '-' || greatest(a, b) AS dyad, day AS date_start, day AS date_end,
        'day' AS date_precision, 'on Monday' AS date_text, 'asserted' AS modality,
        0.8 AS confidence, 'rules' AS method, 'Outlet ' || (i % 50) AS outlet,
        day AS published, day AS sort_date, id AS real_event_id
    FROM ({generated})
"""

REAL_EVENTS = """
    INSERT INTO real_events BY NAME
    SELECT id AS real_event_id, lpad(root::VARCHAR, 2, '0') AS family, a AS actor_a,
        b AS actor_b, true AS directed, least(a, b) || '-' || greatest(a, b) AS dyad,
        day AS date_start, day AS date_end, 'day' AS date_precision, day AS sort_date,
        lpad(root::VARCHAR, 2, '0') || '0' AS cameo, plover,
        CASE WHEN root <= 5 THEN 1 WHEN root <= 8 THEN 2 WHEN root <= 13 THEN 3 ELSE 4 END
            AS quad_class,
        (10 - root)::DOUBLE AS goldstein, a || 'GOV' AS source_code, b || 'GOV' AS target_code,
        'Capital ' || a AS place_name, a AS place_country,
        (hash(i) % 120)::DOUBLE - 60 AS place_lat, (hash(i * 2) % 340)::DOUBLE - 170 AS place_lon,
        id AS best_mention_id,
        a || ' officials ' || word || ' with ' || b || ' on the border' || rare || '.' AS sentence,
        'Outlet ' || (i % 50) AS outlets, 1 AS n_mentions, 1 AS n_sources, 1 AS n_articles
    FROM ({generated})
"""


def build(path: Path, n: int) -> float:
    started = time.perf_counter()
    with Store(path) as store:
        generated = GENERATED.format(n=n)
        store.con.execute(MENTIONS.format(generated=generated))
        store.con.execute(REAL_EVENTS.format(generated=generated))
        words.rebuild(store.con)
        store.con.execute("CHECKPOINT")
    return time.perf_counter() - started


def timed(call: Callable[[], object], runs: int) -> dict[str, float]:
    call()  # warm up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[max(0, int(len(samples) * 0.95) - 1)], 2),
    }


def _get(client: TestClient, url: str) -> Callable[[], object]:
    def call() -> object:
        response = client.get(url)
        response.raise_for_status()
        return response

    return call


def queries(client: TestClient) -> dict[str, str]:
    first = client.get("/api/real-events?dyad=JPN-PRK&limit=100").json()
    some_id = first["items"][0]["id"]
    middle = client.get("/api/real-events?dyad=JPN-PRK&since=2008-01-01&limit=1").json()
    return {
        "dyad timeline, first page": "/api/real-events?dyad=JPN-PRK&limit=100",
        "dyad timeline, page from a cursor": (
            f"/api/real-events?dyad=JPN-PRK&limit=100&after={middle['next_after']}"
        ),
        "dyad trend by month": "/api/trend?dyad=JPN-PRK&by=month",
        "events: country + quad class + dates": (
            "/api/events?country=PRK&quad_class=4&since=2005-01-01&until=2010-12-31&limit=100"
        ),
        "events: CAMEO root + PLOVER": "/api/events?cameo_root=19&plover=ASSAULT&limit=100",
        "events: dyad + text search": "/api/events?dyad=JPN-PRK&q=talks&limit=100",
        "events: text search alone": "/api/events?q=accused%20with%20PRK&limit=100",
        "events: rare word (words index)": "/api/events?q=Sinuiju&limit=100",
        "real events: rare words (words index)": (
            "/api/real-events?q=border%20near%20sinu&limit=100"
        ),
        "real events: place": "/api/real-events?place=Capital%20IRN&limit=100",
        "one real event with mentions": f"/api/real-events/{some_id}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--db", type=Path, help="reuse or create this store file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.duckdb"
        build_s = None if path.exists() else round(build(path, args.events), 1)
        with TestClient(create_app(path)) as client:
            con = client.app.state.resources.connection()
            baseline = timed(lambda: con.execute("SELECT count(*) FROM real_events").fetchall(), 20)
            urls = queries(client)
            results = {name: timed(_get(client, url), args.runs) for name, url in urls.items()}
    report = {"events": args.events, "build_s": build_s, "baseline_count": baseline, **results}
    worst = max(r["p95_ms"] for r in results.values())
    report["worst_p95_ms"] = worst
    report["goal_met"] = worst < 100
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
