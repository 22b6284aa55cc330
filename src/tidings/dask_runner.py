"""The same pipeline on Dask: articles partitioned into a bag, one Coder per partition.

In-process (``tidings.run``) stays the default; this runner is for corpora that need
more than one machine's worth of processes. It yields exactly what the in-process
runner yields, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import dask.bag as db

from tidings.model import Article, CodedArticle
from tidings.pipeline import Coder, CoderOptions


@dataclass(frozen=True)
class DaskOptions:
    partitions: int = 2
    scheduler: str = "processes"  # or "threads", "synchronous", or a distributed Client address


def _code_partition(articles: list[Article], options: CoderOptions) -> list[CodedArticle]:
    coder = Coder.load(options)
    return list(coder.code(articles))


def code_on_dask(
    articles: Iterable[Article],
    coder_options: CoderOptions | None = None,
    options: DaskOptions | None = None,
) -> Iterator[CodedArticle]:
    """Code articles on Dask and yield them in input order."""
    options = options or DaskOptions()
    items = list(articles)
    if not items:
        return iter(())
    bag = db.from_sequence(items, npartitions=min(options.partitions, len(items)))
    coded = bag.map_partitions(_code_partition, coder_options or CoderOptions())
    return iter(coded.compute(scheduler=options.scheduler))
