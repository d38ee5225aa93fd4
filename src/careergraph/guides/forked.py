"""Parse with forked workers that share the work with this process.

On two cores, a pool of two workers beside an idle parent parsed no faster than one process:
the parent shipped every file's bytes out, decoded every guide back, and its threads and the
two workers fought over the cores.  Here the jobs are cut into small chunks that the workers
take from the front and this process takes from the back, parsing them itself between
decoding what the workers send; forked workers inherit the jobs and the indexed lexicon, so
nothing but the parsed guides crosses a pipe.  ``count`` processes parse in all: this one
and ``count - 1`` workers.  A chunk a worker took but never delivered (the worker died) is
parsed here.  Outcomes are yielded in job order, whoever parsed them.

>>> import multiprocessing
>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.resources import guides_dir
>>> jobs = [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix)
...         for p in sorted(guides_dir().iterdir())]
>>> vocab = Vocabulary.from_lexicon(load_lexicon())
>>> outcomes = parse_forked(jobs, vocab, 2, multiprocessing.get_context("fork"))
>>> [o.guides[0].file for o in outcomes] == [job.label for job in jobs]
True
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext
from multiprocessing.process import BaseProcess
from typing import Any

from careergraph.guides import wire
from careergraph.guides.jobs import ParseJob, ParseOutcome, parse_job
from careergraph.guides.lifetime import die_with_parent, stop_signals_kill_workers
from careergraph.guides.vocab import Vocabulary

__all__ = ["chunk_size", "parse_forked"]

#: Files per chunk at most: small enough that the parent's turn at parsing never keeps a
#: worker's results waiting long, and that the two ends meet evenly.
_MAX_CHUNK = 4
#: A worker's results pipe is widened to this (Linux; best effort) so that a worker never
#: waits for the parent to read while the parent parses a chunk of its own.
_PIPE_BYTES = 1 << 20


def chunk_size(jobs: int, count: int) -> int:
    """Files per chunk for ``jobs`` files and ``count`` processes (1 to 4).

    >>> chunk_size(3919, 2), chunk_size(40, 2)
    (4, 1)
    """
    return max(1, min(_MAX_CHUNK, jobs // (count * 16)))


class _Claims:
    """Chunk numbers handed out once each, from both ends of ``range(chunks)``: workers take
    from the front, the parent from the back.  Shared through memory the workers inherit."""

    def __init__(self, context: ForkContext, chunks: int) -> None:
        self._ends = context.RawArray("q", [0, chunks])
        self._lock = context.Lock()

    def front(self) -> int | None:
        with self._lock:
            first, end = self._ends[0], self._ends[1]
            if first >= end:
                return None
            self._ends[0] = first + 1
            return int(first)

    def back(self) -> int | None:
        with self._lock:
            first, end = self._ends[0], self._ends[1]
            if first >= end:
                return None
            self._ends[1] = end - 1
            return int(end - 1)


def _work(jobs: Sequence[ParseJob], chunk: int, claims: _Claims, vocab: Vocabulary,
          results: Connection, parent: int) -> None:
    """A worker: parse chunks from the front until none is left, sending each one's outcomes."""
    die_with_parent(parent)
    # The parent's stop handlers are inherited by the fork; a worker just dies of a signal.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, signal.SIG_DFL)
    while (index := claims.front()) is not None:
        outcomes = [parse_job(job, vocab) for job in jobs[index * chunk:(index + 1) * chunk]]
        results.send_bytes(wire.dumps((index, [(o.guides, o.error) for o in outcomes])))
    results.close()


def _widen(pipe: Connection) -> None:
    with contextlib.suppress(OSError, AttributeError, ImportError):
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_BYTES)


def _start(jobs: Sequence[ParseJob], chunk: int, claims: _Claims, vocab: Vocabulary,
           context: ForkContext) -> tuple[BaseProcess, Connection]:
    reader, writer = context.Pipe(duplex=False)
    _widen(writer)
    worker = context.Process(target=_work, daemon=True,
                             args=(jobs, chunk, claims, vocab, writer, os.getpid()))
    worker.start()
    writer.close()  # the worker's copy is the only one left: its exit is the pipe's end
    return worker, reader


def _received(data: bytes) -> tuple[int, list[ParseOutcome]]:
    index, pairs = wire.loads(data)
    return index, [ParseOutcome(guides=guides, error=error) for guides, error in pairs]


def parse_forked(jobs: Sequence[ParseJob], vocab: Vocabulary, count: int,
                 context: ForkContext) -> Iterator[ParseOutcome]:
    """Parse ``jobs`` in this process and ``count - 1`` forked workers, in job order."""
    chunk = chunk_size(len(jobs), count)
    chunks = -(-len(jobs) // chunk)
    claims = _Claims(context, chunks)
    before = set(multiprocessing.active_children())
    workers: list[BaseProcess] = []
    pipes: list[Connection] = []
    done: dict[int, list[ParseOutcome]] = {}
    finished = False

    def parse_here(index: int) -> None:
        done[index] = [parse_job(job, vocab) for job in jobs[index * chunk:(index + 1) * chunk]]

    def receive(ready: list[Any]) -> None:
        for pipe in ready:
            try:
                index, outcomes = _received(pipe.recv_bytes())
            except EOFError:  # the worker is done (or dead: its chunk is parsed here)
                pipes.remove(pipe)
                continue
            done[index] = outcomes

    try:
        with stop_signals_kill_workers(before):
            # One chunk parsed here first: the workers fork with the vocabulary's patterns
            # and data already loaded (each loading them again cost ~0.3-0.7 CPU s).
            first = claims.back() if chunks > 1 else None
            if first is not None:
                parse_here(first)
            for _ in range(min(count, chunks) - 1):  # no worker without a chunk to take
                worker, pipe = _start(jobs, chunk, claims, vocab, context)
                workers.append(worker)
                pipes.append(pipe)
            for index in range(chunks):
                while index not in done:
                    receive(wait(pipes, timeout=0) if pipes else [])
                    if index in done:
                        break
                    mine = claims.back()
                    if mine is not None:
                        parse_here(mine)
                    elif pipes:
                        receive(wait(pipes))
                    else:  # every worker gone, this chunk undelivered
                        parse_here(index)
                if index == chunks - 1:
                    # Every chunk is in: the workers are exiting.  Reap them before the last
                    # outcomes, which may be the last a caller asks for (their CPU is counted).
                    for worker in workers:
                        worker.join()
                    finished = True
                yield from done.pop(index)
        finished = True
    finally:
        # Interrupted (an exception, the caller stopping early): stop the workers now.
        if not finished:
            for worker in workers:
                worker.kill()
            for worker in workers:
                worker.join()
        for pipe in pipes:
            pipe.close()
