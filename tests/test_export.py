"""Exports open in DuckDB and pandas with the documented column types."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tidings.export import export
from tidings.query import EventFilter
from tidings.store import Store

DOCUMENTED = {
    "gdelt": {
        "GLOBALEVENTID": "BIGINT", "SQLDATE": "INTEGER", "Actor1Code": "VARCHAR",
        "Actor1Name": "VARCHAR", "Actor1CountryCode": "VARCHAR", "Actor1Type1Code": "VARCHAR",
        "Actor2Code": "VARCHAR", "IsRootEvent": "INTEGER", "EventCode": "VARCHAR",
        "EventBaseCode": "VARCHAR", "EventRootCode": "VARCHAR", "QuadClass": "INTEGER",
        "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER", "NumSources": "INTEGER",
        "NumArticles": "INTEGER", "ActionGeo_FullName": "VARCHAR",
        "ActionGeo_CountryCode": "VARCHAR", "ActionGeo_Lat": "DOUBLE",
        "ActionGeo_Long": "DOUBLE", "DATEADDED": "BIGINT", "SOURCEURL": "VARCHAR",
    },
    "polecat": {
        "event_id": "VARCHAR", "event_date": "DATE", "event_type": "VARCHAR",
        "quad_code": "INTEGER", "actor_country": "VARCHAR", "latitude": "DOUBLE",
        "num_mentions": "INTEGER", "publication_date": "DATE",
    },
    "events": {
        "real_event_id": "VARCHAR", "date_start": "DATE", "goldstein": "DOUBLE",
        "n_mentions": "INTEGER", "n_sources": "INTEGER", "symmetric": "BOOLEAN",
    },
    "mentions": {
        "mention_id": "VARCHAR", "date_start": "DATE", "quad_class": "INTEGER",
        "confidence": "DOUBLE", "symmetric": "BOOLEAN", "published": "DATE",
        "trigger_start": "INTEGER",
    },
}  # fmt: skip
INFERRED = {"INTEGER": "BIGINT"}  # CSV and JSON Lines carry no width: readers widen integers
READERS = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}
PANDAS = {
    "BIGINT": "int", "INTEGER": "int", "DOUBLE": "float", "VARCHAR": "str", "DATE": "date",
    "BOOLEAN": "bool",
}  # fmt: skip


@pytest.fixture(scope="module")
def store(paraphrase_store):
    return paraphrase_store


def duckdb_types(path: Path, fmt: str) -> dict[str, str]:
    con = duckdb.connect()
    rows = con.execute(f"DESCRIBE SELECT * FROM {READERS[fmt]}(?)", [str(path)]).fetchall()
    return {row[0]: row[1] for row in rows}


def read_pandas(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "csv":
        return pd.read_csv(path)
    return pd.read_json(path, lines=True, dtype=False)


def pandas_kind(series: pd.Series) -> str:
    values = series.dropna()
    if pd.api.types.is_bool_dtype(series) or (len(values) and values.map(type).eq(bool).all()):
        return "bool"
    if pd.api.types.is_integer_dtype(series):
        return "int"
    if pd.api.types.is_float_dtype(series):
        return "float"
    return "date" if len(values) and hasattr(values.iloc[0], "isoformat") else "str"


@pytest.mark.parametrize("kind", sorted(DOCUMENTED))
@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_types(store: Store, tmp_path: Path, kind: str, fmt: str) -> None:
    path = tmp_path / f"{kind}.{fmt}"
    count = export(store, kind, fmt, path, EventFilter())
    assert count > 0
    types = duckdb_types(path, fmt)
    frame = read_pandas(path, fmt)
    assert len(frame) == count
    for column, expected in DOCUMENTED[kind].items():
        wanted = expected if fmt == "parquet" else INFERRED.get(expected, expected)
        assert types[column] == wanted, (column, types[column])
        if fmt == "parquet":
            assert pandas_kind(frame[column]) == PANDAS[expected], column


def test_gdelt_counts_and_dates(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "g.parquet"
    export(store, "gdelt", "parquet", path, EventFilter(dyad="JPN-PRK", cameo_root="04"))
    frame = pd.read_parquet(path)
    shenyang = frame[frame["SQLDATE"] == 20140319].iloc[0]
    assert shenyang["EventRootCode"] == "04"
    assert shenyang["NumMentions"] >= 5 and shenyang["NumSources"] >= 3
    assert shenyang["ActionGeo_FullName"] == "Shenyang"
    assert frame["GLOBALEVENTID"].is_unique


def test_jsonl_records_are_objects(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    count = export(store, "mentions", "jsonl", path, EventFilter(place="Beijing"))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count > 0
    assert all(json.loads(line)["place_name"] == "Beijing" for line in lines)


def test_unknown_kind_or_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export(store, "bogus", "csv", tmp_path / "x.csv", EventFilter())
    with pytest.raises(ValueError):
        export(store, "events", "xlsx", tmp_path / "x.xlsx", EventFilter())
