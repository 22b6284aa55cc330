"""Command line: a thin layer over the Python API. Only this module prints.

Data goes to stdout (or ``-o FILE``); messages about inputs go to stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tidings.model import CodedArticle, ReadProblem

DEFAULT_DB = "tidings.duckdb"
log = logging.getLogger("tidings")


@dataclass
class ProblemCounter:
    """Reports unreadable inputs on stderr, naming each, and counts them."""

    problems: list[ReadProblem] = field(default_factory=list)

    def __call__(self, problem: ReadProblem) -> None:
        self.problems.append(problem)
        print(f"tidings: skipped {problem.origin}: {problem.reason}", file=sys.stderr)


def _coder_options(args: argparse.Namespace) -> Any:
    from tidings.annotate import AnnotateOptions
    from tidings.pipeline import CoderOptions

    return CoderOptions(
        annotate=AnnotateOptions(n_process=args.n_process, batch_size=args.batch_size),
        use_classifier=not args.rules_only,
        sentence_vectors=args.sentence_vectors,
    )


def _coder(args: argparse.Namespace) -> Any:
    from tidings.pipeline import Coder

    return Coder.load(_coder_options(args))


def _run_coder(args: argparse.Namespace, articles: Iterator[Any]) -> Iterator[CodedArticle]:
    """In-process by default; on Dask with ``--dask N`` partitions."""
    if args.dask:
        from tidings.dask_runner import DaskOptions, code_on_dask

        return code_on_dask(articles, _coder_options(args), DaskOptions(partitions=args.dask))
    return _coder(args).code(articles)


def _coded(args: argparse.Namespace, counter: ProblemCounter) -> Iterator[CodedArticle]:
    from tidings.run import articles_from

    return _run_coder(args, articles_from([Path(p) for p in args.paths], counter))


def _exit_status(read: int, counter: ProblemCounter) -> int:
    if read == 0:
        print("tidings: no article could be read", file=sys.stderr)
        return 1
    if counter.problems:
        print(f"tidings: {read} read, {len(counter.problems)} skipped", file=sys.stderr)
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    counter = ProblemCounter()
    records: list[dict[str, Any]] = []
    read = 0
    with _open_output(args.output, args.format) as out:
        for coded in _coded(args, counter):
            read += 1
            rows = [m.to_record(coded.article) for m in coded.mentions]
            if args.format == "jsonl":
                out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
                out.flush()
            else:
                records.extend(rows)
        if args.format != "jsonl":
            _write_table(records, args.format, args.output, out)
    return _exit_status(read, counter)


class _open_output:
    """stdout or a file, as a context manager (parquet needs a real file)."""

    def __init__(self, path: str | None, fmt: str) -> None:
        if fmt == "parquet" and not path:
            raise SystemExit("tidings: --format parquet needs -o FILE")
        self.path, self.fmt = path, fmt
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.path and self.fmt != "parquet":
            self.handle = open(self.path, "w", encoding="utf-8", newline="")
            return self.handle
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        if self.handle:
            self.handle.close()


def _write_table(records: list[dict[str, Any]], fmt: str, path: str | None, out: TextIO) -> None:
    import pandas as pd

    frame = pd.json_normalize(records, sep="_") if records else pd.DataFrame()
    if fmt == "csv":
        frame.to_csv(out, index=False)
    else:
        frame.to_parquet(path, index=False)


def cmd_ingest(args: argparse.Namespace) -> int:
    from tidings.run import articles_from
    from tidings.store import Store

    counter = ProblemCounter()
    read = stored = 0
    with Store(Path(args.db)) as store:

        def fresh() -> Iterator[Any]:
            nonlocal read
            for article in articles_from(map(Path, args.paths), counter):
                read += 1
                if not store.has(article.doc_id, article.content_hash):
                    yield article

        for coded in _run_coder(args, fresh()):
            stored += store.write(coded)
    print(f"tidings: {stored} new article(s) stored in {args.db}", file=sys.stderr)
    return _exit_status(read, counter)


def _filter(args: argparse.Namespace) -> Any:
    from tidings.query import EventFilter

    return EventFilter(
        dyad=args.dyad,
        since=_date(args.since),
        until=_date(args.until),
        plover=getattr(args, "plover", None),
        cameo_root=getattr(args, "cameo_root", None),
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def cmd_events(args: argparse.Namespace) -> int:
    from tidings import query
    from tidings.store import Store

    with Store(Path(args.db), read_only=True) as store:
        page = query.mentions(store, _filter(args), limit=args.limit)
        for row in page.rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from tidings import query
    from tidings.store import Store

    with Store(Path(args.db), read_only=True) as store:
        rows = query.timeline(store, _filter(args))
        print(query.format_timeline(rows))
    return 0


def cmd_trend(args: argparse.Namespace) -> int:
    from tidings import trend
    from tidings.store import Store

    with Store(Path(args.db), read_only=True) as store:
        rows = trend.trend(store, args.dyad, by=args.by)
    print(trend.format_trend(rows))
    if args.chart:
        trend.trend_chart(rows, Path(args.chart), title=f"{args.dyad} by {args.by}")
        print(f"tidings: chart written to {args.chart}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tidings import export
    from tidings.store import Store

    with Store(Path(args.db), read_only=True) as store:
        count = export.export(store, args.kind, args.format, Path(args.output), _filter(args))
    print(f"tidings: {count} row(s) written to {args.output}", file=sys.stderr)
    return 0


def default_documents(gold: Path) -> Path:
    """Where a gold file's articles are: a texts/ folder beside it (eval/articles/), else the
    seeds/ folder beside its parent (shared/gold/seeds.json and shared/seeds/)."""
    beside = gold.parent / "texts"
    return beside if beside.is_dir() else gold.parent.parent / "seeds"


def cmd_eval(args: argparse.Namespace) -> int:
    coder = _coder(args) if args.gold or args.pairs else None
    if args.gold:
        from tidings.evaluate.seeds import evaluate_seeds

        gold = Path(args.gold)
        seeds = Path(args.seeds) if args.seeds else default_documents(gold)
        print(f"== seeds: {gold}")
        print(evaluate_seeds(coder, gold, seeds).format())
    if args.pairs:
        from tidings.evaluate.plover_pairs import evaluate_pairs

        print(f"\n== PLOVER pairs: {args.pairs} (split: {args.split})")
        print(evaluate_pairs(coder, Path(args.pairs), split=args.split).format())
    if args.dedup:
        from tidings.evaluate.dedup_eval import evaluate_clusters

        print("\n== dedup: synthetic paraphrase corpus")
        print(evaluate_clusters().format())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from tidings.api import serve

    serve(Path(args.db), host=args.host, port=args.port, token=args.token)
    return 0


def _add_coder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--n-process", type=int, default=1, help="spaCy processes (2 uses both cores)"
    )
    parser.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch")
    parser.add_argument(
        "--rules-only", action="store_true", help="do not use the learned classifier"
    )
    parser.add_argument(
        "--sentence-vectors",
        action="store_true",
        help="let the classifier read a MiniLM sentence embedding when unsure "
        "(more accurate, about 1.5x slower; see NOTES.md)",
    )
    parser.add_argument(
        "--dask", type=int, metavar="N", default=0, help="run on Dask with N partitions"
    )


def _add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB})")
    parser.add_argument("--dyad", help="country pair, e.g. JPN-PRK (either direction)")
    parser.add_argument("--since", help="first day, YYYY-MM-DD")
    parser.add_argument("--until", help="last day, YYYY-MM-DD")
    parser.add_argument("--plover", help="PLOVER type, e.g. CONSULT")
    parser.add_argument("--cameo-root", help="CAMEO root, e.g. 04")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tidings", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    code = sub.add_parser("code", help="code articles, one JSON event per line on stdout")
    code.add_argument("paths", nargs="+")
    code.add_argument("-o", "--output", help="write to FILE instead of stdout")
    code.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    _add_coder_options(code)
    code.set_defaults(run=cmd_code)

    ingest = sub.add_parser("ingest", help="code articles into the DuckDB store")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--db", default=DEFAULT_DB)
    _add_coder_options(ingest)
    ingest.set_defaults(run=cmd_ingest)

    events = sub.add_parser("events", help="list stored event mentions as JSON lines")
    _add_filter_options(events)
    events.add_argument("--limit", type=int, default=100)
    events.set_defaults(run=cmd_events)

    timeline = sub.add_parser("timeline", help="print a chronology of real events")
    _add_filter_options(timeline)
    timeline.set_defaults(run=cmd_timeline)

    trend = sub.add_parser("trend", help="dyad series by quad class and Goldstein")
    trend.add_argument("--db", default=DEFAULT_DB)
    trend.add_argument("--dyad", required=True)
    trend.add_argument("--by", choices=["day", "week", "month"], default="month")
    trend.add_argument("--chart", help="also write a PNG or SVG chart")
    trend.set_defaults(run=cmd_trend)

    export = sub.add_parser("export", help="export events or mentions")
    _add_filter_options(export)
    export.add_argument(
        "--kind", choices=["events", "mentions", "gdelt", "polecat"], default="events"
    )
    export.add_argument("--format", choices=["parquet", "csv", "jsonl"], default="parquet")
    export.add_argument("-o", "--output", required=True)
    export.set_defaults(run=cmd_export)

    evaluate = sub.add_parser("eval", help="score the coder against gold files")
    evaluate.add_argument("gold", nargs="?", help="gold file shaped like shared/gold/seeds.json")
    evaluate.add_argument(
        "--seeds",
        help="folder of the gold documents, DOC_ID.txt each (default: texts/ beside the gold "
        "file, else ../seeds)",
    )
    evaluate.add_argument("--pairs", help="PLOVER pairs TSV (shared/dev/plover_pairs_train.tsv)")
    evaluate.add_argument("--split", choices=["heldout", "train", "all"], default="heldout")
    evaluate.add_argument("--dedup", action="store_true", help="also score event clustering")
    _add_coder_options(evaluate)
    evaluate.set_defaults(run=cmd_eval)

    serve = sub.add_parser("serve", help="HTTP API and web page")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--token", help="enables POST /api/ingest with this bearer token")
    serve.set_defaults(run=cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="tidings: %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
