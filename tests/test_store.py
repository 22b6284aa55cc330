"""Store: one transaction per article, idempotent re-ingest, replacement, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tidings.evaluate.dedup_eval import build_article, default_corpus
from tidings.store import Store
from tidings.store.schema import MIGRATIONS


def corpus_specs() -> list[dict]:
    return json.loads(default_corpus().read_text(encoding="utf-8"))["articles"]


def spec(doc_id: str) -> dict:
    return next(s for s in corpus_specs() if s["id"] == doc_id)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "t.duckdb") as opened:
        yield opened


def test_schema_version_recorded(store: Store) -> None:
    assert store.version == len(MIGRATIONS)
    names = [r[0] for r in store.con.execute("SELECT name FROM migrations").fetchall()]
    assert names == [m.__name__ for m in MIGRATIONS]


def test_write_stores_article_sentences_mentions(store: Store) -> None:
    coded = build_article(spec("p01"))
    assert store.write(coded) is True
    counts = store.counts()
    assert counts["articles"] == 1
    assert counts["sentences"] == len(coded.sentences)
    assert counts["mentions"] == len(coded.mentions)
    row = store.con.execute(
        "SELECT outlet, published, content_hash FROM articles WHERE doc_id = 'p01'"
    ).fetchall()[0]
    assert row[0] == "Kyodo" and str(row[1]) == "2014-03-21"
    assert row[2] == coded.article.content_hash
    linked = store.con.execute(
        "SELECT count(*) FROM mentions WHERE real_event_id IS NULL"
    ).fetchall()[0][0]
    assert linked == 0


def test_same_content_twice_is_a_no_op(store: Store) -> None:
    coded = build_article(spec("p01"))
    assert store.write(coded)
    before = store.counts()
    assert store.write(coded) is False
    assert store.counts() == before
    assert store.has("p01", coded.article.content_hash)
    assert not store.has("p01", "other-hash")


def test_changed_content_replaces_article(store: Store) -> None:
    first = build_article(spec("p01"))
    store.write(first)
    shorter = dict(spec("p01"), mentions=spec("p01")["mentions"][:2])
    assert store.write(build_article(shorter)) is True
    assert store.counts()["mentions"] == 2
    assert store.counts()["articles"] == 1
    orphans = store.con.execute(
        "SELECT count(*) FROM real_events WHERE real_event_id NOT IN "
        "(SELECT real_event_id FROM mentions)"
    ).fetchall()[0][0]
    assert orphans == 0


def test_replacing_one_article_reclusters_the_others(store: Store) -> None:
    for doc_id in ("p01", "p02"):
        store.write(build_article(spec(doc_id)))
    events_before = store.counts()["real_events"]
    store.delete("p01")
    store.write(build_article(spec("p01")))
    assert store.counts()["real_events"] == events_before
    shared = store.con.execute(
        "SELECT max(n_articles) FROM real_events WHERE dyad = 'JPN-PRK'"
    ).fetchall()[0][0]
    assert shared == 2


def test_failed_write_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.store import writer

    def broken(con, coded) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(writer, "refresh", lambda con, ids: broken(con, None))
    with pytest.raises(RuntimeError):
        store.write(build_article(spec("p01")))
    assert store.counts() == dict.fromkeys(store.counts(), 0)


def test_read_only_store_reads(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    with Store(path) as store:
        store.write(build_article(spec("p02")))
    with Store(path, read_only=True) as store:
        assert store.version == len(MIGRATIONS)
        assert store.counts()["articles"] == 1


def test_mention_ids_unique_when_an_article_repeats_a_frame(store: Store) -> None:
    coded = build_article(spec("p02"))
    doubled = replace(coded, mentions=coded.mentions + coded.mentions[:1])
    store.write(doubled)
    assert store.counts()["mentions"] == len(coded.mentions) + 1


INGEST_SCRIPT = """
import json, sys, time
from tidings.evaluate.dedup_eval import build_article
from tidings.store import Store
specs = json.loads(open(sys.argv[2], encoding="utf-8").read())["articles"]
with Store(sys.argv[1]) as store:
    for round_ in range(4):
        for spec in specs:
            spec = dict(spec, id=f"{spec['id']}-{round_}")
            store.write(build_article(spec))
            print(spec["id"], flush=True)
            time.sleep(float(sys.argv[3]))
"""

TABLE_ORDER = {
    "articles": "doc_id",
    "sentences": "doc_id, sentence_index",
    "mentions": "mention_id",
    "real_events": "real_event_id",
    "actors": "actor_id",
}
VOLATILE = {"ingested_at", "updated_at"}


def dump(path: Path) -> dict[str, list]:
    out = {}
    with Store(path, read_only=True) as store:
        for table, order in TABLE_ORDER.items():
            cursor = store.con.execute(f"SELECT * FROM {table} ORDER BY {order}")
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if n not in VOLATILE]
            out[table] = [tuple(row[i] for i in keep) for row in cursor.fetchall()]
    return out


def run_ingest(db: Path, pause: float) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", INGEST_SCRIPT, str(db), str(default_corpus()), str(pause)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_sigkill_mid_ingest_then_resume_equals_uninterrupted(tmp_path: Path) -> None:
    whole = tmp_path / "whole.duckdb"
    assert run_ingest(whole, 0).wait(timeout=120) == 0

    killed = tmp_path / "killed.duckdb"
    process = run_ingest(killed, 0.05)
    done = [process.stdout.readline() for _ in range(7)]
    assert all(done)
    time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    partial = dump(killed)
    assert 7 <= len(partial["articles"]) < len(dump(whole)["articles"])

    assert run_ingest(killed, 0).wait(timeout=120) == 0
    assert dump(killed) == dump(whole)
