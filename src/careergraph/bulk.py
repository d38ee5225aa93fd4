"""Helpers for bulk steps (parsing a corpus, building its graph)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["leave_to_exit", "outlive", "paused_gc"]

#: What steps made that the process leaves to its end (see :func:`leave_to_exit`).
_LEFT: list[object] | None = None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk step, then restore its state.

    Parsing and building create millions of long-lived objects and no reference cycles;
    every full collection rescans them all (about 40% of a 10,000-guide build).

    >>> with paused_gc():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            _promote_to_oldest()
            gc.enable()


def _promote_to_oldest() -> None:
    """Move every tracked object into the oldest generation without scanning them.

    Re-enabled as it was, the collector's first young collection would traverse every
    object the step made (5 % of a 10,000-guide parse, again after the build).  Freezing and
    unfreezing merges the generations in constant time; the objects stay collectable by the
    next full collection.  Skipped when someone else froze objects (unfreezing would let
    theirs go too).
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def leave_to_exit() -> None:
    """Declare that this process ends without freeing its objects one by one (the
    ``careergraph`` command does, see :func:`careergraph.cli.main`): :func:`outlive` then
    keeps what it is given until that end."""
    global _LEFT
    _LEFT = []


def outlive(*objects: object) -> None:
    """Keep ``objects`` until the process ends, when it ends without freeing them
    (:func:`leave_to_exit`): a rebuild's 10,000 stub guides and its whole resolution
    would otherwise be freed one object at a time as the build returns.  Elsewhere
    nothing is kept.

    >>> outlive([1, 2]); _LEFT is None
    True
    """
    if _LEFT is not None:
        _LEFT.extend(objects)
