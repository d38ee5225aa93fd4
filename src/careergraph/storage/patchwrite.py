"""Write a store as a previous store with some rows replaced: a rebuild's patch.

:func:`write_patch` copies the previous store (``base``) aside, deletes, updates and inserts
only the node and edge rows it is given, and writes the lookup rows, blobs and meta of the
new graph, then renames the copy into place as every write does (:mod:`.writer`).  Rows it
is not given keep their bytes: they are read once, in order, for the digest and the counts,
never encoded again.  It relies on the order a build gives rows — nodes by id, edges by
``(source, target, key)`` — and checks it on the way; a base out of that order, damaged, or
without room between two rows raises :class:`~careergraph.storage.rowdiff.Rebase` (the
caller then writes the store whole).

>>> import sqlite3, tempfile
>>> from careergraph.graph import CareerGraph
>>> g = CareerGraph.from_guides()
>>> base = g.save(tempfile.mkdtemp() + "/g.db")
>>> copy = write_patch(base, base.with_name("h.db"), {}, {}, [("Skill", "x", "skill:x")],
...                    {}, names_fingerprint="")
>>> CareerGraph.load(copy).digest == g.digest
True
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

from careergraph.bulk import paused_gc
from careergraph.storage.content import Digest
from careergraph.storage.integrity import row_crc
from careergraph.storage.rowdiff import Plan, Rebase, place
from careergraph.storage.writer import (
    EdgeRow,
    NodeRow,
    atomic_write,
    counts_blob,
    meta_rows,
    on_copy,
    update_blobs,
    update_lookup,
    write_edge_plan,
    write_node_plan,
)

__all__ = ["EdgeKey", "write_patch"]

#: An edge's key in a store: (source, target, key).
EdgeKey = tuple[str, str, str]
K = TypeVar("K", str, EdgeKey)
R = TypeVar("R", NodeRow, EdgeRow)


def write_patch(base: str | Path, path: str | Path, nodes: Mapping[str, NodeRow | None],
                edges: Mapping[EdgeKey, bytes | None], lookup: list[tuple[str, str, str]],
                blobs: Mapping[str, bytes], *, names_fingerprint: str,
                lookup_scope: Collection[str] | None = None) -> Path:
    """Write to ``path`` the store ``base`` with the node rows ``nodes`` (by id; None
    deletes) and the edge attributes ``edges`` (by key; None deletes) replaced or added,
    the lookup rows ``lookup`` and the ``blobs`` given (``counts`` is computed here).
    ``lookup_scope``: the only nodes whose lookup rows can differ from the base's (with
    the rows their role keys share), when the name keys' acronym context is the base's;
    None compares every row.  :class:`Rebase` when ``base`` cannot serve."""
    base, path = Path(base), Path(path)

    def write(connection: sqlite3.Connection) -> list[tuple[str, str]]:
        digest = Digest()
        node_types = _patch_nodes(connection, digest, nodes)
        edge_types = _patch_edges(connection, digest, edges)
        if lookup_scope is None:
            update_lookup(connection, lookup)
        else:
            _patch_lookup(connection, lookup, set(lookup_scope))
        update_blobs(connection, {**blobs, "counts": counts_blob(node_types, edge_types)},
                     keep_others=True)
        return meta_rows(digest, names_fingerprint)

    with paused_gc():
        return atomic_write(path, lambda tmp: on_copy(tmp, base, write))


class _Ops(Plan[R]):
    """Row operations gathered while the base streams by (a :class:`Plan`), and the new
    rows waiting for the next kept row (their upper neighbour)."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[R] = []
        self.low = 0

    def reach(self, seq: int | None) -> None:
        """Rows pending so far go between the last kept row and the row at ``seq``."""
        place(self.pending, self.low, seq, self.inserts)
        self.pending = []
        if seq is not None:
            self.low = seq


def _merged(old: Iterator[tuple[int, K, bytes, object]], changes: Mapping[K, R | None],
            ops: _Ops[R], data_of: Callable[[R], bytes], payload_of: Callable[[R], object]
            ) -> Iterator[tuple[K, bytes]]:
    """The new rows ``(key, attrs)`` in order: the base rows ``(seq, key, attrs, payload)``
    with ``changes`` applied (``ops`` gathers the writes they take)."""
    added = iter(sorted(k for k, v in changes.items() if v is not None))
    upcoming = next(added, None)
    last: K | None = None
    for seq, key, data, payload in old:
        if last is not None and not last < key:
            raise Rebase  # not in build order: rows would be misplaced
        last = key
        while upcoming is not None and upcoming < key:
            row = changes[upcoming]
            assert row is not None
            ops.pending.append(row)
            yield upcoming, data_of(row)
            upcoming = next(added, None)
        if upcoming == key:
            upcoming = next(added, None)
        ops.reach(seq)
        if key not in changes:
            yield key, data
            continue
        row = changes[key]
        if row is None:
            ops.deletes.append(seq)
            continue
        if payload_of(row) != payload:
            ops.updates.append((seq, row))
        yield key, data_of(row)
    while upcoming is not None:
        row = changes[upcoming]
        assert row is not None
        ops.pending.append(row)
        yield upcoming, data_of(row)
        upcoming = next(added, None)
    ops.reach(None)


def _patch_nodes(connection: sqlite3.Connection, digest: Digest,
                 nodes: Mapping[str, NodeRow | None]) -> Counter[str]:
    types: dict[str, str] = {}

    def old() -> Iterator[tuple[int, str, bytes, object]]:
        for seq, node_id, type_, data, degree in connection.execute(
                "SELECT seq, id, type, attrs, degree FROM nodes ORDER BY seq"):
            types[node_id] = type_
            yield seq, node_id, data, (data, degree)

    ops = _Ops[NodeRow]()
    digest.section(b"nodes")
    update, node_types = digest.update, Counter[str]()
    for node_id, data in _merged(old(), nodes, ops, lambda row: row[4],
                                 lambda row: (row[4], row[5])):
        encoded = node_id.encode() + b"\0" + data
        update(len(encoded).to_bytes(8, "big"))
        update(encoded)
        row = nodes.get(node_id)
        node_types[row[1] if row is not None else types[node_id]] += 1
    write_node_plan(connection, ops)
    return node_types


def _patch_edges(connection: sqlite3.Connection, digest: Digest,
                 edges: Mapping[EdgeKey, bytes | None]) -> Counter[str]:
    """Edges are most of a store (300,000 at 10,000 guides) and few change: the unchanged
    ones take a tight loop (digested in batches); only rows at a change take the general
    path of :func:`_merged`."""
    changes: dict[EdgeKey, EdgeRow | None] = {
        edge: (*edge, data) if data is not None else None for edge, data in edges.items()}
    marks = sorted(changes)
    ops = _Ops[EdgeRow]()
    digest.section(b"edges")
    update, edge_types = digest.update, Counter[str]()
    batch: list[bytes] = []
    add = batch.append
    rows = connection.execute("SELECT seq, src, dst, key, attrs FROM edges ORDER BY seq")
    at, last = 0, ("", "", "")
    while True:
        upto = marks[at] if at < len(marks) else None
        # Rows before the next change: kept as they are.
        for seq, src, dst, key, data in rows:
            edge = (src, dst, key)
            if not last < edge:
                raise Rebase  # not in build order: rows would be misplaced
            last = edge
            if upto is not None and not edge < upto:
                break
            row = f"{src}\0{dst}\0{key}\0".encode() + data
            add(len(row).to_bytes(8, "big"))
            add(row)
            edge_types[key] += 1
            ops.low = seq
        else:
            seq = None
        # At a change (or the end): the general path over the changes up to this row.
        here = [(seq, last, data, data)] if seq is not None else []
        taken = [m for m in marks[at:] if seq is None or m <= last]
        at += len(taken)
        for (src, dst, key), data in _merged(iter(here), {m: changes[m] for m in taken}, ops,
                                             lambda r: r[3], lambda r: r[3]):
            row = f"{src}\0{dst}\0{key}\0".encode() + data
            add(len(row).to_bytes(8, "big"))
            add(row)
            edge_types[key] += 1
        update(b"".join(batch))
        batch.clear()
        if seq is None:
            break
    write_edge_plan(connection, ops)
    return edge_types


_ROLE = "Role"


def _patch_lookup(connection: sqlite3.Connection, rows: list[tuple[str, str, str]],
                  scope: set[str]) -> None:
    """Write the lookup rows that differ, comparing only those of the nodes in ``scope``
    and those under a role key one of them has (a slash title's alternative is a row of
    another node only while no node has that key as its own): a node's other rows depend
    on its own names alone."""
    nodes = sorted(scope)
    old: set[tuple[str, str, str]] = set()
    for start in range(0, len(nodes), 500):
        part = nodes[start:start + 500]
        old.update(connection.execute(
            f"SELECT kind, key, node FROM lookup WHERE node IN ({','.join('?' * len(part))})",
            part))
    keys = {key for kind, key, node in old if kind == _ROLE}
    keys |= {key for kind, key, node in rows if kind == _ROLE and node in scope}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        part = ordered[start:start + 500]
        old.update(connection.execute(
            f"SELECT kind, key, node FROM lookup WHERE kind = ? AND key IN "
            f"({','.join('?' * len(part))})", [_ROLE, *part]))
    new = {row for row in rows if row[2] in scope or (row[0] == _ROLE and row[1] in keys)}
    connection.executemany("DELETE FROM lookup WHERE kind = ? AND key = ? AND node = ?",
                           old - new)
    connection.executemany("INSERT INTO lookup VALUES (?, ?, ?, ?)",
                           ((*row, row_crc(*row)) for row in new - old))
