"""Plan a store update as a row diff: which rows to delete, update and insert.

A store keeps its node and edge rows in ``seq`` order (the graph's build order).  A full
write numbers the rows :data:`GAP` apart, so a later write can turn the previous store into
the new graph's by touching only the rows that differ: a row whose key left the graph is
deleted, a row whose bytes changed is updated in place, and a new row takes a ``seq``
between the rows it falls between.  When the kept rows are not in the same relative order
in the new graph, or a gap has no room left, the plan gives up (:class:`Rebase`) and the
writer writes the whole store again: the result is the same rows in the same order either
way.

>>> plan = plan_rows(
...     new=[("a", b"1", "A"), ("b", b"2", "B"), ("c", b"3", "C")],
...     old=[(GAP, "a", b"1"), (2 * GAP, "c", b"0"), (3 * GAP, "d", b"4")],
...     in_new={"a", "b", "c"}.__contains__, in_old={"a", "c", "d"}.__contains__)
>>> plan.deletes, plan.updates, plan.inserts
([12884901888], [(8589934592, 'C')], [(6442450944, 'B')])
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

__all__ = ["GAP", "Plan", "Rebase", "place", "plan_rows"]

#: ``seq`` distance between consecutive rows of a full write: room for 32 halvings of
#: inserts at one place (a 50,000-guide store's 1.6M edges stay far below 2**63).
GAP = 1 << 32

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")


class Rebase(Exception):
    """The previous store cannot be turned into the new one row by row: write it whole."""


@dataclass
class Plan(Generic[R]):
    """Row operations by ``seq``: deletes, updates ``(seq, row)`` and inserts ``(seq, row)``."""

    deletes: list[int] = field(default_factory=list)
    updates: list[tuple[int, R]] = field(default_factory=list)
    inserts: list[tuple[int, R]] = field(default_factory=list)


def plan_rows(new: Iterable[tuple[K, bytes | tuple[object, ...], R]],
              old: Iterable[tuple[int, K, bytes | tuple[object, ...]]],
              in_new: Callable[[K], bool], in_old: Callable[[K], bool]) -> Plan[R]:
    """The operations that turn the ``old`` rows ``(seq, key, payload)`` (in ``seq`` order)
    into the ``new`` rows ``(key, payload, row)`` (in the new order); ``row`` is what an
    update or insert writes.  ``in_new`` / ``in_old`` say whether a key has a row in the new
    graph / the old store (asked only where the two sequences part).  Raise :class:`Rebase`
    when the update cannot keep the new order."""
    plan: Plan[R] = Plan()
    rows = iter(old)
    upcoming = next(rows, None)
    pending: list[R] = []
    low = 0
    for key, payload, row in new:
        # Old rows whose key left the graph go; one still in it waits for its turn.
        while upcoming is not None and upcoming[1] != key and not in_new(upcoming[1]):
            plan.deletes.append(upcoming[0])
            upcoming = next(rows, None)
        if upcoming is not None and upcoming[1] == key:
            seq = upcoming[0]
            place(pending, low, seq, plan.inserts)
            pending = []
            if upcoming[2] != payload:
                plan.updates.append((seq, row))
            low = seq
            upcoming = next(rows, None)
        elif in_old(key):  # a kept row, but further on than the old order has it
            raise Rebase
        else:
            pending.append(row)
    while upcoming is not None:
        if in_new(upcoming[1]):  # kept, yet never reached: the order differs
            raise Rebase
        plan.deletes.append(upcoming[0])
        upcoming = next(rows, None)
    place(pending, low, None, plan.inserts)
    return plan


def place(rows: list[R], low: int, high: int | None, out: list[tuple[int, R]]) -> None:
    """Give ``rows`` evenly spaced ``seq`` values strictly between ``low`` and ``high``."""
    if not rows:
        return
    if high is None:
        high = low + GAP * (len(rows) + 1)
    step = (high - low) // (len(rows) + 1)
    if step < 1:
        raise Rebase
    out.extend((low + step * (i + 1), row) for i, row in enumerate(rows))
