"""End to end through the command line: inputs in, JSON Lines / tables / store out."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from tidings.cli import main

pytestmark = pytest.mark.slow

STORY = (
    "Talks resume\n\n"
    "Japan and North Korea agreed on Tuesday to resume formal government talks, "
    "officials in Tokyo said.\n\n"
    "North Korea's army shelled a South Korean island on Monday, killing two soldiers.\n"
)


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "latin.txt").write_bytes("Caf\xe9 talks \xff\xfe broke down.".encode("latin-1"))
    (folder / "feed.jsonl").write_text(
        '{"id": "j1", "text": "' + STORY.replace("\n", " ") + '", "published": "2014-03-20",'
        ' "outlet": "Test Wire"}\n{not json\n',
        encoding="utf-8",
    )
    (folder / "blank.html").write_text("<html><body><nav>Home</nav></body></html>")
    return folder


def test_code_writes_one_json_record_per_event_and_names_bad_inputs(inputs, capsys):
    status = main(["code", str(inputs)])
    out, err = capsys.readouterr()
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["doc_id"] for r in records} >= {"good", "j1"}
    for name in ("empty.txt", "binary.txt", "feed.jsonl:2", "blank.html"):
        assert name in err
    record = next(r for r in records if r["doc_id"] == "j1" and r["plover"] in {"AGREE", "CONSULT"})
    assert {record["source"]["country"], record["target"]["country"]} == {"JPN", "PRK"}
    assert record["date"]["start"] == "2014-03-18"
    assert record["outlet"] == "Test Wire"
    start, end = record["span"]
    assert end > start


def test_code_exits_non_zero_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("")
    assert main(["code", str(tmp_path / "empty.txt")]) == 1
    assert "empty.txt" in capsys.readouterr().err


def test_code_writes_csv_and_parquet(inputs, tmp_path, capsys):
    parquet = tmp_path / "events.parquet"
    assert main(["code", str(inputs / "good.txt"), "-o", str(parquet), "--format", "parquet"]) == 0
    rows = duckdb.sql(f"select cameo, source_code from read_parquet('{parquet}')").fetchall()
    assert rows and all(cameo for cameo, _ in rows)
    assert main(["code", str(inputs / "good.txt"), "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "cameo" in header.split(",")


def test_ingest_twice_stores_each_article_once(inputs, tmp_path, capsys):
    db = tmp_path / "t.duckdb"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    first = _counts(db)
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    assert _counts(db) == first
    assert first[0] == 2
    assert main(["timeline", "--db", str(db), "--dyad", "JPN-PRK"]) == 0
    assert "talks" in capsys.readouterr().out


def _counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute("select count(*) from articles").fetchall()[0][0]
        mentions = con.execute("select count(*) from mentions").fetchall()[0][0]
    return articles, mentions
