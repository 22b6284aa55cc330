"""The Python API over the pipeline: paths in, coded articles out, problems reported.

The CLI, the HTTP ingest endpoint and the Dask runner call these; none of them prints.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tidings.ingest import Cleaner, read_paths
from tidings.model import Article, CodedArticle, RawDocument, ReadProblem
from tidings.pipeline import Coder

log = logging.getLogger(__name__)

ProblemSink = Callable[[ReadProblem], None]


def log_problem(problem: ReadProblem) -> None:
    log.warning("skipped %s: %s", problem.origin, problem.reason)


def articles_from(
    paths: Iterable[Path], on_problem: ProblemSink = log_problem
) -> Iterator[Article]:
    """Read and clean every document under ``paths``; report what cannot be read."""
    cleaner = Cleaner.load()
    for item in read_paths(paths):
        if isinstance(item, ReadProblem):
            on_problem(item)
            continue
        article = clean(cleaner, item)
        if isinstance(article, ReadProblem):
            on_problem(article)
            continue
        yield article


def clean(cleaner: Cleaner, raw: RawDocument) -> Article | ReadProblem:
    """Clean one raw document, turning an unexpected failure into a reported problem."""
    try:
        return cleaner.clean(raw)
    except Exception as error:  # a malformed page must not stop the other articles
        log.debug("cleaning failed for %s", raw.origin, exc_info=True)
        return ReadProblem(origin=raw.origin, reason=f"could not clean: {error}")


def code_paths(
    coder: Coder, paths: Iterable[Path], on_problem: ProblemSink = log_problem
) -> Iterator[CodedArticle]:
    """Code every readable article under ``paths``."""
    yield from coder.code(articles_from(paths, on_problem))
