"""Parse many guide files, in worker processes when there are enough to pay for them.

Parsing is pure per file, so files are parsed in parallel and the results come back in input
order: the corpus is the same whatever the number of workers.  Workers return a
:class:`ParseOutcome` instead of raising, because careergraph's exceptions carry keyword
arguments that do not survive pickling.

Workers never outlive the process that started them, whatever kills it: on Linux the kernel
sends them SIGKILL when it dies (``PR_SET_PDEATHSIG``), elsewhere a watchdog thread in each
worker exits when its parent is gone.  A SIGTERM to the parent kills the workers first, and
an interrupted parse (an exception, Ctrl-C) cancels queued files instead of finishing them.
Workers hold a copy of the parent's stdout, so this is also what lets a pipeline reading
careergraph's output see its end.

>>> from careergraph.resources import guides_dir
>>> paths = sorted(guides_dir().iterdir())
>>> jobs = [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix) for p in paths]
>>> [len(o.guides) for o in parse_all(jobs, workers=1)]
[1, 1, 1, 1, 1]
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from types import FrameType

from careergraph.errors import GuideError
from careergraph.guides import wire
from careergraph.guides.read import parse_bytes
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import Guide

__all__ = ["PARALLEL_MIN_FILES", "ParseJob", "ParseOutcome", "auto_workers", "parse_all"]

#: Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 200
_MAX_WORKERS = 8
#: ``prctl`` option: the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1
#: How often a worker without ``prctl`` checks that its parent is alive (seconds).
_WATCH_INTERVAL = 0.5


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


def _parse(job: ParseJob, vocab: Vocabulary) -> ParseOutcome:
    try:
        return ParseOutcome(guides=parse_bytes(job.data, job.label, suffix=job.suffix,
                                               vocab=vocab))
    except GuideError as exc:
        return ParseOutcome(error=(exc.file, exc.line, exc.problem, exc.hint))


# A worker process's indexed lexicon, set once by the pool initializer (not pickled per file).
_worker_vocab: Vocabulary | None = None


def _init_worker(lexicon: Lexicon, parent: int) -> None:
    global _worker_vocab
    _worker_vocab = Vocabulary.from_lexicon(lexicon)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Make this worker exit when process ``parent`` dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_INTERVAL)
    os._exit(1)


def _started_since(before: set[BaseProcess]) -> list[BaseProcess]:
    return [p for p in multiprocessing.active_children() if p not in before]


#: Signals that end a parse, each with the handler Python starts with for it.
_STOP_SIGNALS = ((signal.SIGTERM, signal.SIG_DFL), (signal.SIGINT, signal.default_int_handler))


@contextlib.contextmanager
def _stop_signals_kill_workers(before: set[BaseProcess]) -> Iterator[None]:
    """While parsing, SIGTERM or SIGINT (Ctrl-C) kills the workers, then this process dies
    of the same signal, as it would have without workers (so a shell sees the usual status).

    Dying of the signal, rather than raising KeyboardInterrupt, is deterministic: an interrupt
    raised inside a finaliser is printed and swallowed by Python, and the build went on.
    Only the main thread can set handlers, and a handler someone else set is left alone.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    ours = [signum for signum, default in _STOP_SIGNALS
            if signal.getsignal(signum) is default]

    def stop(signum: int, frame: FrameType | None) -> None:
        for worker in _started_since(before):
            worker.kill()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    previous = {signum: signal.signal(signum, stop) for signum in ours}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _parse_in_worker(job: ParseJob) -> bytes:
    assert _worker_vocab is not None
    outcome = _parse(job, _worker_vocab)
    return wire.dumps((outcome.guides, outcome.error))


def _received(data: bytes) -> ParseOutcome:
    guides, error = wire.loads(data)
    return ParseOutcome(guides=guides, error=error)


def parse_all(
    jobs: Sequence[ParseJob], *, lexicon: Lexicon | None = None, workers: int | None = None
) -> Iterator[ParseOutcome]:
    """Parse every job, yielding outcomes in input order.

    ``workers=None`` picks :func:`auto_workers`; ``1`` parses in this process.
    """
    lexicon = lexicon or load_lexicon()
    count = auto_workers(len(jobs)) if workers is None else max(1, workers)
    if count == 1:
        vocab = Vocabulary.from_lexicon(lexicon)  # indexed once, not per guide
        for job in jobs:
            yield _parse(job, vocab)
        return
    # fork where the platform has it (fast, nothing re-imported); spawn elsewhere.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(64, len(jobs) // (count * 8)))
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(count, mp_context=context, initializer=_init_worker,
                               initargs=(lexicon, os.getpid()))
    finished = False
    try:
        with _stop_signals_kill_workers(before):
            # Outcomes travel in wire form: unpickling here is the parent's share of the work.
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
            for worker in _started_since(before):
                worker.kill()
