"""Worker processes never outlive the parse that started them.

On Linux the kernel sends a worker SIGKILL when its parent dies (``PR_SET_PDEATHSIG``), even
by SIGKILL; elsewhere a watchdog thread in each worker exits when its parent is gone.  While
a parse runs, SIGTERM or SIGINT kills the workers first.  Workers hold a copy of the parent's
stdout, so this is also what lets a pipeline reading careergraph's output see its end.

>>> import multiprocessing
>>> started_since(set(multiprocessing.active_children()))
[]
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
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from types import FrameType

__all__ = ["die_with_parent", "started_since", "stop_signals_kill_workers", "watch_parent"]

#: ``prctl`` option: the signal a process gets when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1
#: How often a worker without ``prctl`` checks that its parent is alive (seconds).
_WATCH_INTERVAL = 0.5
#: Signals that end a parse, each with the handler Python starts with for it.
_STOP_SIGNALS = ((signal.SIGTERM, signal.SIG_DFL), (signal.SIGINT, signal.default_int_handler))


def die_with_parent(parent: int) -> None:
    """Make this worker exit when process ``parent`` dies, even by SIGKILL."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before prctl took effect
                    os._exit(1)
                return
    threading.Thread(target=watch_parent, args=(parent,), daemon=True).start()


def watch_parent(parent: int) -> None:
    """Exit this process (at once, no clean-up) once ``parent`` is no longer its parent."""
    while os.getppid() == parent:
        time.sleep(_WATCH_INTERVAL)
    os._exit(1)


def started_since(before: set[BaseProcess]) -> list[BaseProcess]:
    """This process's live children that are not in ``before``."""
    return [p for p in multiprocessing.active_children() if p not in before]


@contextlib.contextmanager
def stop_signals_kill_workers(before: set[BaseProcess]) -> Iterator[None]:
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
        for worker in started_since(before):
            worker.kill()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    previous = {signum: signal.signal(signum, stop) for signum in ours}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
