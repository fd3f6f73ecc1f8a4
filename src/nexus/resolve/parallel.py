"""Running one function over many items in worker processes that inherit its data by fork, not by pickling.

The name index (and everything resolution compares) is large and read-only: forked workers share it at no cost,
while pickling it to each worker would cost more than the work. Only the items and results cross processes.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_TASK: Callable[[Any], Any] | None = None


def fork_map(fn: Callable[[T], R], items: Sequence[T], processes: int, *, chunksize: int = 1) -> Iterator[R]:
    """`fn` over `items` in order; in this process when `processes` is 1, else in forked workers."""
    if processes <= 1:
        yield from map(fn, items)
        return
    global _TASK
    _TASK = fn  # set before the fork, so every worker inherits it with the data it closes over
    with mp.get_context("fork").Pool(processes) as pool:
        yield from pool.imap(_run, items, chunksize=chunksize)


def _run(item: Any) -> Any:
    assert _TASK is not None
    return _TASK(item)
