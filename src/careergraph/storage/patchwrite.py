"""Write a store as a previous store with some rows replaced: a rebuild's patch.

:func:`write_patch` copies the previous store (``base``) aside, deletes, updates and inserts
only the node and edge rows it is given, and writes the lookup rows, blobs and meta of the
new graph, then renames the copy into place as every write does (:mod:`.writer`).  Rows it
is not given are never read: the rows around a change are found through the indexes, the
digest is taken again only for the chunks a change touches (a changed node's row, the edges
of a source with a changed edge; the other chunks' hashes are the ``chunks`` table's, see
:class:`~careergraph.storage.content.Digest`) and the counts are the previous ones moved by
the change.  It relies on the order a build gives rows — nodes by id, edges by ``(source,
target, key)`` — and checks it around every change; a base out of that order, damaged, or
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
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Mapping
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

import orjson

from careergraph.bulk import paused_gc
from careergraph.storage.content import EDGE_CHUNK, NODE_CHUNK, chunk_hash, combine
from careergraph.storage.copyahead import CopyAhead
from careergraph.storage.integrity import row_crc
from careergraph.storage.rowdiff import Plan, Rebase, place
from careergraph.storage.writer import (
    INSERT_CHUNK,
    EdgeRow,
    NodeRow,
    atomic_write,
    chunk_record,
    counts_blob,
    meta_rows,
    on_copy,
    update_blobs,
    update_lookup,
    write_edge_plan,
    write_node_plan,
)

__all__ = ["EdgeKey", "select_in", "write_patch"]

#: An edge's key in a store: (source, target, key).
EdgeKey = tuple[str, str, str]
#: The SQLite parameters one ``IN (...)`` list takes at a time.
_BATCH = 500


def write_patch(base: str | Path, path: str | Path, nodes: Mapping[str, NodeRow | None],
                edges: Mapping[EdgeKey, bytes | None], lookup: list[tuple[str, str, str]],
                blobs: Mapping[str, bytes], *, names_fingerprint: str,
                lookup_scope: Collection[str] | None = None,
                ahead: CopyAhead | None = None) -> Path:
    """Write to ``path`` the store ``base`` with the node rows ``nodes`` (by id; None
    deletes) and the edge attributes ``edges`` (by key; None deletes) replaced or added,
    the lookup rows ``lookup`` and the ``blobs`` given (``counts`` is computed here).
    ``lookup_scope``: the only nodes whose lookup rows can differ from the base's (with
    the rows their role keys share), when the name keys' acronym context is the base's;
    None compares every row.  ``ahead``: the copy of ``base`` started already (see
    :mod:`.copyahead`).  :class:`Rebase` when ``base`` cannot serve."""
    base, path = Path(base), Path(path)

    def write(connection: sqlite3.Connection) -> list[tuple[str, str]]:
        counts = _Counts(connection)
        chunks: dict[tuple[str, str], bytes | None] = {}
        _patch_nodes(connection, nodes, counts, chunks)
        _patch_edges(connection, edges, counts, chunks)
        if lookup_scope is None:
            update_lookup(connection, lookup)
        else:
            _patch_lookup(connection, lookup, set(lookup_scope))
        update_blobs(connection, {**blobs, "counts": counts.blob()}, keep_others=True)
        return meta_rows(_digest(connection, chunks), names_fingerprint)

    with paused_gc():
        return atomic_write(path, lambda tmp: on_copy(
            tmp, base, write, ahead.take() if ahead is not None else None))


def select_in(connection: sqlite3.Connection, query: str, keys: list[str]) -> list[Any]:
    """``query`` (with one ``{}`` for the ``IN`` list) over ``keys``, in batches.

    >>> db = sqlite3.connect(":memory:")
    >>> _ = db.execute("CREATE TABLE t (k TEXT)")
    >>> _ = db.executemany("INSERT INTO t VALUES (?)", [("a",), ("b",)])
    >>> select_in(db, "SELECT k FROM t WHERE k IN ({})", ["b", "c"])
    [('b',)]
    """
    found: list[Any] = []
    for start in range(0, len(keys), _BATCH):
        part = keys[start:start + _BATCH]
        found += connection.execute(query.format(",".join("?" * len(part))), part)
    return found


class _Counts:
    """Nodes and edges per type (the ``counts`` blob), the base's moved by the change.  The
    blob lists types in the order the rows first show them: a row that appears or goes can
    move that order, which is then found again through the indexes."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        found = connection.execute("SELECT data FROM blobs WHERE name = 'counts'").fetchone()
        if found is None:
            raise Rebase
        counts = orjson.loads(found[0])
        self.nodes = Counter[str](counts["nodes"])
        self.edges = Counter[str](counts["edges"])

    def blob(self) -> bytes:
        return counts_blob(self.nodes, self.edges)


def _patch_nodes(connection: sqlite3.Connection, nodes: Mapping[str, NodeRow | None],
                 counts: _Counts, chunks: dict[tuple[str, str], bytes | None]) -> None:
    found = select_in(connection, "SELECT seq, id, type, attrs, degree FROM nodes "
                      "WHERE id IN ({})", list(nodes))
    old = {node_id: (seq, type_, data, degree) for seq, node_id, type_, data, degree in found}
    plan = Plan[NodeRow]()
    added: dict[str, NodeRow] = {}
    new_types = False
    for node_id, row in nodes.items():
        was = old.get(node_id)
        if was is not None:
            counts.nodes[was[1]] -= 1
        if row is None:
            if was is not None:
                plan.deletes.append(was[0])
                chunks[(NODE_CHUNK, node_id)] = None
            continue
        new_types |= row[1] not in counts.nodes or (was is not None and was[1] != row[1])
        counts.nodes[row[1]] += 1
        chunks[(NODE_CHUNK, node_id)] = chunk_hash((node_id.encode() + b"\0" + row[4],))
        if was is None:
            added[node_id] = row
        elif (was[1], was[2], was[3]) != (row[1], row[4], row[5]):
            plan.updates.append((was[0], row))
    for (low, high), group in groupby(sorted(added), key=lambda n: _node_gap(connection, n)):
        rows: list[NodeRow] = [added[node_id] for node_id in group]
        place(rows, low, high, plan.inserts)
    write_node_plan(connection, plan)
    if new_types or plan.inserts or plan.deletes:
        counts.nodes = _first_shown(counts.nodes, dict(connection.execute(
            "SELECT type, min(seq) FROM nodes GROUP BY type")))


def _node_gap(connection: sqlite3.Connection, node_id: str) -> tuple[int, int | None]:
    """The ``seq`` of the rows before and after a new node's id (0 / None at the ends)."""
    low = connection.execute("SELECT seq FROM nodes WHERE id < ? ORDER BY id DESC LIMIT 1",
                             (node_id,)).fetchone()
    high = connection.execute("SELECT seq FROM nodes WHERE id > ? ORDER BY id LIMIT 1",
                              (node_id,)).fetchone()
    return _gap(low[0] if low else 0, high[0] if high else None)


def _gap(low: int, high: int | None) -> tuple[int, int | None]:
    if high is not None and not low < high:
        raise Rebase  # not in build order: rows would be misplaced
    return low, high


def _first_shown(counts: Counter[str], first: Mapping[str, int]) -> Counter[str]:
    """``counts`` without the types no row has any more, in the order the rows first show
    them (``first``: each type's first ``seq``)."""
    if any(n > 0 and type_ not in first for type_, n in counts.items()):
        raise Rebase  # the counts and the rows disagree
    return Counter[str]({type_: counts[type_] for type_ in sorted(
        (t for t, n in counts.items() if n > 0), key=first.__getitem__)})


def _patch_edges(connection: sqlite3.Connection, edges: Mapping[EdgeKey, bytes | None],
                 counts: _Counts, chunks: dict[tuple[str, str], bytes | None]) -> None:
    """Edges are most of a store (300,000 at 10,000 guides) and few change: only the edges
    of a source with a change are read (its digest chunk is hashed again from them)."""
    plan = Plan[EdgeRow]()
    inserts: list[tuple[EdgeRow, tuple[int, int | None]]] = []
    new_types = False
    by_src: dict[str, dict[tuple[str, str], bytes | None]] = {}
    for (src, dst, key), data in edges.items():
        by_src.setdefault(src, {})[(dst, key)] = data
    for src in sorted(by_src):
        changes = by_src[src]
        rows = connection.execute(
            "SELECT seq, dst, key, attrs FROM edges WHERE src = ? ORDER BY seq", (src,)
        ).fetchall()
        keys = [(dst, key) for _, dst, key, _ in rows]
        if any(not a < b for a, b in pairwise(keys)):
            raise Rebase  # not in build order: rows would be misplaced
        kept: dict[tuple[str, str], bytes] = {(dst, key): data for _, dst, key, data in rows}
        for (seq, dst, key, data) in rows:
            if (dst, key) not in changes:
                continue
            now = changes[(dst, key)]
            counts.edges[key] -= 1
            if now is None:
                plan.deletes.append(seq)
                del kept[(dst, key)]
                continue
            counts.edges[key] += 1
            kept[(dst, key)] = now
            if now != data:
                plan.updates.append((seq, (src, dst, key, now)))
        for (dst, key), now in sorted(changes.items()):
            if now is None or (dst, key) in kept:
                continue
            new_types |= key not in counts.edges
            counts.edges[key] += 1
            kept[(dst, key)] = now
            at = bisect_left(keys, (dst, key))
            low = rows[at - 1][0] if at > 0 else _src_end(connection, src, before=True)
            high = rows[at][0] if at < len(rows) else _src_end(connection, src, before=False)
            inserts.append(((src, dst, key, now), _gap(low or 0, high)))
        chunks[(EDGE_CHUNK, src)] = chunk_hash(
            f"{src}\0{dst}\0{key}\0".encode() + kept[(dst, key)]
            for dst, key in sorted(kept)) if kept else None
    for gap, group in groupby(inserts, key=lambda insert: insert[1]):
        place([row for row, _ in group], gap[0], gap[1], plan.inserts)
    write_edge_plan(connection, plan)
    if new_types or plan.inserts or plan.deletes:
        # The first edge of a type is the first the (src, key) index lists: rows are in
        # (src, dst, key) order.  One short index scan per type.
        first = "SELECT seq FROM edges INDEXED BY edges_src WHERE key = ? ORDER BY src LIMIT 1"
        counts.edges = _first_shown(counts.edges, {
            key: found[0] for key in counts.edges
            if (found := connection.execute(first, (key,)).fetchone()) is not None})


def _src_end(connection: sqlite3.Connection, src: str, *, before: bool) -> int | None:
    """The ``seq`` of the last edge of the source before ``src`` (``before``) or of the
    first edge of the source after it; None past the ends."""
    if before:
        query = ("SELECT max(seq) FROM edges WHERE src = "
                 "(SELECT src FROM edges WHERE src < ? ORDER BY src DESC LIMIT 1)")
    else:
        query = ("SELECT min(seq) FROM edges WHERE src = "
                 "(SELECT src FROM edges WHERE src > ? ORDER BY src LIMIT 1)")
    found = connection.execute(query, (src,)).fetchone()
    return found[0] if found else None


def _digest(connection: sqlite3.Connection, chunks: Mapping[tuple[str, str], bytes | None]
            ) -> str:
    """Write the changed chunk hashes, then combine every chunk's (each row's CRC checked:
    a damaged hash would give a wrong digest)."""
    connection.executemany("DELETE FROM chunks WHERE kind = ? AND key = ?",
                           [key for key, sha in chunks.items() if sha is None])
    connection.executemany(INSERT_CHUNK.replace("INSERT", "INSERT OR REPLACE"), [
        chunk_record(*key, sha) for key, sha in chunks.items() if sha is not None])
    sections: list[list[bytes]] = []
    for kind in (NODE_CHUNK, EDGE_CHUNK):
        hashes: list[bytes] = []
        for key, sha, check in connection.execute(
                "SELECT key, sha, crc FROM chunks WHERE kind = ? ORDER BY key", (kind,)):
            if row_crc(kind, key, sha) != check:
                raise Rebase  # a damaged chunk row
            hashes.append(sha)
        sections.append(hashes)
    return combine(*sections)


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
