"""Parse many guide files, in several processes when there are enough to pay for them.

Parsing is pure per file, so files are parsed in parallel and the results come back in input
order: the corpus is the same whatever the number of processes.  Where the platform can
fork, this process parses a share itself beside ``workers - 1`` forked workers
(:mod:`careergraph.guides.forked`); elsewhere a pool of ``workers`` spawned processes parses
and this process collects.  Workers never outlive the parse
(:mod:`careergraph.guides.lifetime`): a SIGTERM to the parent kills them first, and an
interrupted parse (an exception, Ctrl-C) stops them instead of finishing the queued files.

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
from multiprocessing.context import BaseContext

from careergraph.guides import wire
from careergraph.guides.forked import parse_forked
from careergraph.guides.jobs import ParseJob, ParseOutcome, parse_job
from careergraph.guides.lifetime import die_with_parent, started_since, stop_signals_kill_workers
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import Lexicon, load_lexicon

__all__ = ["PARALLEL_MIN_FILES", "ParseJob", "ParseOutcome", "auto_workers", "parse_all"]

#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 200
_MAX_WORKERS = 8


def auto_workers(files: int) -> int:
    """How many processes to parse ``files`` files with (1: in this process alone)."""
    if files < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, _MAX_WORKERS))


def parse_all(
    jobs: Sequence[ParseJob], *, lexicon: Lexicon | None = None, workers: int | None = None,
    start_method: str | None = None,
) -> Iterator[ParseOutcome]:
    """Parse every job, yielding outcomes in input order.

    ``workers`` is the number of processes that parse, this one included where the platform
    forks: ``None`` picks :func:`auto_workers`; ``1`` parses in this process.
    ``start_method`` (``"fork"`` or ``"spawn"``; default: fork where the platform has it)
    picks how the workers start.
    """
    lexicon = lexicon or load_lexicon()
    count = auto_workers(len(jobs)) if workers is None else max(1, workers)
    if count == 1:
        vocab = Vocabulary.from_lexicon(lexicon)  # indexed once, not per guide
        for job in jobs:
            yield parse_job(job, vocab)
        return
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("fork" if "fork" in methods else "spawn")
    # Only the card reader is imported ahead (``read`` imports it on first use, so that a
    # rebuild that parses nothing does without it): forked workers share it, as they did
    # when ``read`` imported it.  A corpus of cards needs no long-form reader (~0.3 CPU s
    # of imports on the parent's serial path), and the parent parses a chunk before it forks,
    # so a corpus with long-form pages has most often imported it by then (else a worker
    # imports it on its first long-form page).
    from careergraph.guides import card  # noqa: F401
    if method == "fork":
        context = multiprocessing.get_context("fork")
        yield from parse_forked(jobs, Vocabulary.from_lexicon(lexicon), count, context)
    else:
        yield from _parse_spawned(jobs, lexicon, count, multiprocessing.get_context(method))


# A spawned worker's indexed lexicon, set once by the pool initializer (not pickled per file).
_worker_vocab: Vocabulary | None = None


def _init_worker(lexicon: Lexicon, parent: int) -> None:
    global _worker_vocab
    _worker_vocab = Vocabulary.from_lexicon(lexicon)
    die_with_parent(parent)


def _parse_in_worker(job: ParseJob) -> bytes:
    assert _worker_vocab is not None
    outcome = parse_job(job, _worker_vocab)
    return wire.dumps((outcome.guides, outcome.error))


def _received(data: bytes) -> ParseOutcome:
    guides, error = wire.loads(data)
    return ParseOutcome(guides=guides, error=error)


def _parse_spawned(jobs: Sequence[ParseJob], lexicon: Lexicon, count: int,
                   context: BaseContext) -> Iterator[ParseOutcome]:
    """Parse in a pool of ``count`` workers that receive each file's bytes (no fork)."""
    chunk = max(1, min(64, len(jobs) // (count * 8)))
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_init_worker,
                               initargs=(lexicon, os.getpid()))
    finished = False
    try:
        with stop_signals_kill_workers(before):
            for index, data in enumerate(pool.map(_parse_in_worker, jobs, chunksize=chunk), 1):
                # Every file parsed: a caller that stops after the last outcome (load_corpus
                # takes exactly one per job) lets the workers exit and be reaped, not killed.
                finished = index == len(jobs)
                yield _received(data)
        finished = True
    finally:
        # Interrupted: drop the queued files and stop the workers now rather than after them.
        pool.shutdown(wait=finished, cancel_futures=not finished)
        if not finished:
            for worker in started_since(before):
                worker.kill()
