"""Parse many guide files, in worker processes when there are enough to pay for them.

Parsing is pure per file, so files are parsed in parallel and the results come back in input
order: the corpus is the same whatever the number of workers.  Workers return a
:class:`ParseOutcome` instead of raising, because careergraph's exceptions carry keyword
arguments that do not survive pickling.

>>> from careergraph.resources import guides_dir
>>> paths = sorted(guides_dir().iterdir())
>>> jobs = [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix) for p in paths]
>>> [len(o.guides) for o in parse_all(jobs, workers=1)]
[1, 1, 1, 1, 1]
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from careergraph.errors import GuideError
from careergraph.guides.read import parse_bytes
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import Guide

__all__ = ["PARALLEL_MIN_FILES", "ParseJob", "ParseOutcome", "auto_workers", "parse_all"]

#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 200
_MAX_WORKERS = 8


@dataclass(frozen=True, slots=True)
class ParseJob:
    label: str
    data: bytes
    suffix: str


@dataclass(slots=True)
class ParseOutcome:
    """Either the file's guides or the error that stopped it (file, line, problem, hint)."""

    guides: list[Guide] = field(default_factory=list)
    error: tuple[str, int, str, str | None] | None = None

    def raise_error(self) -> None:
        if self.error is not None:
            file, line, problem, hint = self.error
            raise GuideError(file, line, problem, hint=hint)


def auto_workers(files: int) -> int:
    """How many processes to parse ``files`` files with (1: in this process)."""
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, _MAX_WORKERS))


def _parse(job: ParseJob, lexicon: Lexicon) -> ParseOutcome:
    try:
        return ParseOutcome(guides=parse_bytes(job.data, job.label, suffix=job.suffix,
                                               lexicon=lexicon))
    except GuideError as exc:
        return ParseOutcome(error=(exc.file, exc.line, exc.problem, exc.hint))


# A worker process's lexicon, set once by the pool initializer (not pickled per file).
_worker_lexicon: Lexicon | None = None


def _init_worker(lexicon: Lexicon) -> None:
    global _worker_lexicon
    _worker_lexicon = lexicon


def _parse_in_worker(job: ParseJob) -> ParseOutcome:
    assert _worker_lexicon is not None
    return _parse(job, _worker_lexicon)


def parse_all(
    jobs: Sequence[ParseJob], *, lexicon: Lexicon | None = None, workers: int | None = None
) -> Iterator[ParseOutcome]:
    """Parse every job, yielding outcomes in input order.

    ``workers=None`` picks :func:`auto_workers`; ``1`` parses in this process.
    """
    lexicon = lexicon or load_lexicon()
    count = auto_workers(len(jobs)) if workers is None else max(1, workers)
    if count == 1:
        for job in jobs:
            yield _parse(job, lexicon)
        return
    # fork where the platform has it (fast, nothing re-imported); spawn elsewhere.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(64, len(jobs) // (count * 8)))
    with ProcessPoolExecutor(count, mp_context=context, initializer=_init_worker,
                             initargs=(lexicon,)) as pool:
        yield from pool.map(_parse_in_worker, jobs, chunksize=chunk)
