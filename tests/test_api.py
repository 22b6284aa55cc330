"""The HTTP API over a small hand-built store (FastAPI TestClient, no NLP)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from api_store import build_store
from tidings.api import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="module")
def client(db: Path):
    with TestClient(create_app(db)) as test_client:
        yield test_client


def _dates(items: list[dict]) -> list[str]:
    return [item["date_start"] for item in items]


def test_real_events_form_the_dyad_chronology(client: TestClient) -> None:
    body = client.get("/api/real-events", params={"dyad": "PRK-JPN"}).json()
    dates = _dates(body["items"])
    assert dates == sorted(dates)
    assert dates[0] == "2004-05-01" and dates[-1] == "2014-03-30"
    shenyang = [e for e in body["items"] if e["date_start"] == "2014-03-19"]
    assert len(shenyang) == 1
    assert shenyang[0]["mentions"] == 2 and shenyang[0]["sources"] == 2
    assert shenyang[0]["place"]["name"] == "Shenyang"


def test_keyset_pages_cover_everything_once(client: TestClient) -> None:
    seen, after = [], None
    while True:
        params = {"limit": 2, **({"after": after} if after else {})}
        page = client.get("/api/real-events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        after = page["next_after"]
        if not after:
            break
    everything = client.get("/api/real-events", params={"limit": 500}).json()["items"]
    assert seen == [e["id"] for e in everything]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"quad_class": 4}, ["2012-11-16"]),
        ({"plover": "threaten"}, ["2014-03-30"]),
        ({"cameo_root": "03"}, ["2014-03-20"]),
        ({"since": "2014-01-01", "until": "2014-03-25"}, ["2014-03-19", "2014-03-20"]),
        ({"place": "beijing"}, ["2005-11-03"]),
        ({"q": "Ulaanbaatar"}, ["2012-11-15"]),
        ({"q": "March 19 and 20"}, ["2014-03-19"]),  # found through a non-best mention
        ({"actor": "Koizumi"}, ["2004-05-01"]),
        ({"q": "100%_"}, []),
    ],
)
def test_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    response = client.get("/api/real-events", params=params)
    assert response.status_code == 200
    assert _dates(response.json()["items"]) == expected


def test_event_detail_has_mentions_and_highlights(client: TestClient) -> None:
    items = client.get("/api/real-events", params={"place": "Shenyang", "cameo_root": "04"}).json()
    detail = client.get(f"/api/real-events/{items['items'][0]['id']}").json()
    assert {m["outlet"] for m in detail["mentions"]} == {"Seoul Morning Daily", "Capital Wire"}
    first = detail["mentions"][0]
    marked = {h["kind"]: first["sentence"][h["start"] : h["end"]] for h in first["highlights"]}
    assert marked == {"actor": "North Korea", "trigger": "met", "date": "Wednesday"}
    assert [first["sentence"][h["start"] : h["end"]] for h in first["highlights"]][:2] == [
        "Japan",
        "North Korea",
    ]


def test_unknown_event_is_404_and_bad_input_is_422(client: TestClient) -> None:
    assert client.get("/api/real-events/ffffffffffffffff").status_code == 404
    assert client.get("/api/real-events/bad%20id").status_code == 422
    assert client.get("/api/real-events", params={"dyad": "JPN"}).status_code == 422
    assert client.get("/api/real-events", params={"limit": 0}).status_code == 422
    assert client.get("/api/real-events", params={"after": "x'; DROP TABLE"}).status_code == 422
    assert client.get("/api/real-events", params={"until": "0"}).status_code == 422
    assert client.get("/api/real-events", params={"since": "2014-02-30"}).status_code == 422
    empty_range = {"since": "2015-01-01", "until": "2014-01-01"}
    assert client.get("/api/real-events", params=empty_range).json()["items"] == []
    past_the_end = client.get("/api/real-events", params={"after": "9999999~z"})
    assert past_the_end.json() == {"items": [], "next_after": None}


def test_injection_attempts_are_plain_text(client: TestClient) -> None:
    for text in ["' OR 1=1 --", "%' UNION SELECT * FROM articles --", "<script>"]:
        response = client.get("/api/events", params={"q": text, "actor": text, "place": text})
        assert response.status_code == 200 and response.json()["items"] == []
    assert client.get("/api/real-events").json()["items"]  # the store is intact


def test_mentions_trend_and_actors(client: TestClient) -> None:
    mentions = client.get("/api/events", params={"dyad": "JPN-PRK"}).json()["items"]
    assert len(mentions) == 8
    trend = client.get("/api/trend", params={"dyad": "JPN-PRK", "by": "year"}).json()
    by_year = {p["period"]: (p["q1"], p["q3"], p["q4"]) for p in trend["points"]}
    assert by_year == {"2004": (1, 0, 0), "2005": (1, 0, 0), "2012": (1, 0, 1), "2014": (2, 1, 0)}
    assert client.get("/api/trend", params={"by": "auto"}).json()["by"] == "year"
    names = {a["name"] for a in client.get("/api/actors").json()}
    assert "Junichiro Koizumi" in names


def test_exports(client: TestClient) -> None:
    csv = client.get("/api/export", params={"format": "csv", "dyad": "JPN-PRK"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert len(csv.text.strip().splitlines()) == 1 + 7
    jsonl = client.get("/api/export", params={"format": "jsonl", "kind": "events"})
    rows = [json.loads(line) for line in jsonl.text.splitlines()]
    assert len(rows) == 8 and {"mention_id", "sentence", "cameo"} <= set(rows[0])
    parquet = client.get("/api/export", params={"format": "parquet", "quad_class": 1})
    assert pq.read_table(io.BytesIO(parquet.content)).num_rows == 5


def test_page_assets_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "tidings" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("app.js", "map.js", "trend.js", "dom.js", "style.css", "world-110m.json"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert client.get("/static/../api/app.py").status_code == 404
    assert "/api/real-events" in client.get("/openapi.json").json()["paths"]


def test_ingest_is_off_without_a_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"text": "Japan met North Korea."})
    assert response.status_code == 403


def test_ingest_needs_the_right_token_and_limits_size(tmp_path: Path) -> None:
    db = build_store(tmp_path / "rw.duckdb")
    with TestClient(create_app(db, token="s3cret")) as client:
        article = {"id": "x1", "text": "Japan met North Korea."}
        assert client.post("/api/ingest", json=article).status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert client.post("/api/ingest", json=article, headers=wrong).status_code == 401
        good = {"Authorization": "Bearer s3cret"}
        huge = client.post("/api/ingest", content=b"x" * 3_000_000, headers=good)
        assert huge.status_code == 413
        bad = client.post(
            "/api/ingest",
            content=b"{not json",
            headers={**good, "Content-Type": "application/json"},
        )
        assert bad.status_code == 422
        empty = client.post("/api/ingest", json={"text": "  "}, headers=good)
        assert empty.status_code == 422


def test_missing_store_is_503(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        assert client.get("/api/real-events").status_code == 503
        assert client.get("/api/health").json()["status"] == "ok"
