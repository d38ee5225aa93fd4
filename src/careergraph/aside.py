"""One piece of work done in a forked process while this one does another.

The build stage runs in one process after the parse, with the second core idle: the roles
are resolved in a forked child while this process resolves the other node types
(:func:`careergraph.build.build_graph`).  The child computes from what it inherits and sends
its result back pickled; where the platform cannot fork, or the child fails, the work runs
here when its result is asked for, so the result is the same either way.

>>> with aside(lambda: sum(range(10))) as result:
...     here = 6 * 7
...     there = result()
>>> there, here
(45, 42)
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable, Iterator
from typing import NoReturn, TypeVar

__all__ = ["aside", "can_fork"]

T = TypeVar("T")


def can_fork() -> bool:
    """Whether work can go to a forked process that runs beside this one (a platform with
    ``fork`` and at least two CPUs this process may use)."""
    if not hasattr(os, "fork"):
        return False
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return (len(cpus) if cpus is not None else os.cpu_count() or 1) >= 2


@contextlib.contextmanager
def aside(work: Callable[[], T], *, fork: bool = True) -> Iterator[Callable[[], T]]:
    """Start ``work`` in a forked child (``fork`` and :func:`can_fork`); yield a function
    that returns its result, waiting for the child (or running ``work`` here if there is
    none, or it died).  Ask inside the block: leaving it kills a child not yet heard.
    ``work`` must depend only on what exists when it is started: the child sees this
    process as it was then."""
    if not (fork and can_fork()):
        yield work
        return
    reader, writer = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reader)
        _child(work, writer, parent)
    os.close(writer)
    reaped = False

    def result() -> T:
        nonlocal reaped
        if reaped:  # asked again, or after the block: nothing left to hear
            return work()
        with os.fdopen(reader, "rb", closefd=False) as source:
            data = source.read()
        _, status = os.waitpid(pid, 0)
        reaped = True
        if status != 0 or not data:  # the child failed: do the work here
            return work()
        found: T = pickle.loads(data)
        return found

    try:
        yield result
    finally:
        if not reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            reaped = True
        os.close(reader)


def _child(work: Callable[[], object], writer: int, parent: int) -> NoReturn:
    status = 1
    try:
        from careergraph.guides.lifetime import die_with_parent

        die_with_parent(parent)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, signal.SIG_DFL)
        data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writer, "wb") as sink:
            sink.write(data)
        status = 0
    finally:
        os._exit(status)  # no clean-up: the parent's files, buffers and handlers are its own
