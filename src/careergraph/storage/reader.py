"""Read a store file: only what a question needs.

:class:`GraphStore` opens the file read-only (checking its header, format and version, not
every page) and answers the lookups the graph model asks for: a node by id, the ids under a
name key, the edges at a node, the routing adjacency, the build report.  Every row it decodes
is checked against its CRC-32; a mismatch or a SQLite structure error raises
:class:`~careergraph.errors.DamagedStoreError` naming the file.

>>> import tempfile
>>> from careergraph.graph import CareerGraph
>>> path = CareerGraph.from_guides().save(tempfile.mkdtemp() + "/g.db")
>>> store = GraphStore(path)
>>> store.lookup("title", "lead mlops engineer")
['role:lead-mlops-engineer']
>>> store.node("role:lead-mlops-engineer")["level"]
'lead'
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import orjson

from careergraph.names import Normaliser
from careergraph.storage.content import Adjacency, replay
from careergraph.storage.integrity import (
    check_header,
    check_meta,
    crc,
    damaged,
    deep_check,
    row_crc,
)

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GraphStore", "names_fingerprint"]

T = TypeVar("T")
#: The most of a store mapped into memory (SQLite's own ceiling).
MMAP_BYTES = 0x7FFF0000
Edge = tuple[str, str, str, dict[str, Any]]


@cache
def names_fingerprint() -> str:
    """A hash of the code that makes name keys (a store made by other code is not trusted
    for them)."""
    from careergraph import names
    from careergraph.storage import content

    sha = hashlib.sha256()
    for module in (names, content):
        sha.update(Path(str(module.__file__)).read_bytes())
    return sha.hexdigest()[:16]


class GraphStore:
    """A saved graph on disk, opened read-only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        check_header(self.path)
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro&immutable=1"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise damaged(self.path, f"cannot open graph file: {exc}") from exc
        # Pages read through a memory map, not one read call each: a popular skill's row
        # spans megabytes of overflow pages.  Safe because a store is never changed in place
        # (writers rename a new file over it).
        self._guard(lambda: self._db.execute(f"PRAGMA mmap_size={MMAP_BYTES}"))
        self.meta: dict[str, str] = self._guard(
            lambda: dict(self._db.execute("SELECT key, value FROM meta")))
        check_meta(self.path, self.meta)

    def close(self) -> None:
        self._db.close()

    # -- guarded access --------------------------------------------------------------------
    def _guard(self, read: Callable[[], T]) -> T:
        try:
            return read()
        except sqlite3.DatabaseError as exc:
            raise damaged(self.path, f"graph file is damaged: {exc}") from exc
        except UnicodeDecodeError as exc:  # SQLite's message quotes the damaged schema bytes
            raise damaged(self.path, "graph file is damaged: its schema is unreadable") from exc

    def _rows(self, sql: str, *args: Any) -> list[Any]:
        return self._guard(lambda: self._db.execute(sql, args).fetchall())

    def _checked(self, rows: list[Any], what: str) -> list[Any]:
        """``rows`` whose last column is the CRC of the others; raise on a mismatch."""
        for row in rows:
            if not all(isinstance(v, (str, bytes)) for v in row[:-1]) or row_crc(
                    *row[:-1]) != row[-1]:
                raise damaged(self.path, f"graph file is damaged: checksum mismatch in {what} "
                                         f"{row[0]!r}")
        return rows

    def _json(self, data: bytes, what: str) -> Any:
        with contextlib.suppress(orjson.JSONDecodeError):
            # The same values as json's at a third of the cost; json reads what orjson does
            # not take (an int beyond 64 bits, NaN, a lone surrogate escape).
            return orjson.loads(data)
        try:
            return json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise damaged(self.path, f"graph file is damaged: {what} is not JSON") from exc

    def _node_rows(self, where: str, *args: Any) -> list[Any]:
        return self._checked(self._rows(
            f"SELECT id, type, name, aliases, attrs, degree, crc FROM nodes {where}", *args),
            "node")

    def _head_rows(self, where: str, *args: Any) -> list[Any]:
        """``(id, type, name, aliases, degree, head)`` rows: a node without its attributes."""
        return self._checked(self._rows(
            f"SELECT id, type, name, aliases, degree, head FROM nodes {where}", *args), "node")

    def _edge_rows(self, where: str, *args: Any) -> list[Any]:
        return self._checked(self._rows(
            f"SELECT src, dst, key, attrs, crc FROM edges {where}", *args), "edge")

    def _node_attrs(self, row: Any) -> dict[str, Any]:
        attrs = self._json(row[4], f"node {row[0]!r}")
        if not isinstance(attrs, dict):
            raise damaged(self.path, f"graph file is damaged: node {row[0]!r} is not an object")
        return attrs

    def _edge(self, row: Any) -> Edge:
        attrs = self._json(row[3], f"edge {row[0]} -> {row[1]}")
        if not isinstance(attrs, dict):
            raise damaged(self.path, f"graph file is damaged: edge {row[0]} -> {row[1]}")
        return row[0], row[1], row[2], attrs

    def blob(self, name: str) -> bytes:
        """A stored blob (``report``, ``routing``, ``acronyms``, ``counts``), CRC-checked."""
        rows = self._rows("SELECT data, crc FROM blobs WHERE name = ?", name)
        if not rows or not isinstance(rows[0][0], bytes) or crc(rows[0][0]) != rows[0][1]:
            raise damaged(self.path, f"graph file is damaged: the {name} section is missing "
                                     "or fails its checksum")
        data: bytes = rows[0][0]
        return data

    # -- what the graph model asks ---------------------------------------------------------
    @property
    def digest(self) -> str:
        """The content hash of the graph's nodes and edges (same graph, same digest)."""
        return str(self.meta.get("digest", ""))

    def counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = json.loads(self.blob("counts"))
        return counts

    def node(self, node_id: str) -> dict[str, Any] | None:
        rows = self._node_rows("WHERE id = ?", node_id)
        return self._node_attrs(rows[0]) if rows else None

    def name(self, node_id: str) -> str:
        rows = self._head_rows("WHERE id = ?", node_id)
        if not rows:
            raise KeyError(node_id)
        return str(rows[0][2])

    def names(self, ids: list[str]) -> dict[str, str]:
        """``{id: name}`` for many ids at once."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ",".join("?" * len(part))
            found.update((r[0], r[2]) for r in self._head_rows(f"WHERE id IN ({marks})", *part))
        if len(found) != len(set(ids)):  # the ids come from edges: each names a node
            missing = sorted(set(ids) - set(found))[0]
            raise damaged(self.path, f"graph file is damaged: node {missing!r} is missing")
        return found

    def nodes(self, type_: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` in id order (of one type if given)."""
        where = ("WHERE type = ? " if type_ else "") + "ORDER BY id"
        for row in self._node_rows(where, *([type_] if type_ else [])):
            yield row[0], self._node_attrs(row)

    def aliases(self, type_: str) -> list[tuple[str, str]]:
        """``(alias, id)`` of every node of a type, in id order (for fuzzy matching)."""
        out: list[tuple[str, str]] = []
        for row in self._head_rows("WHERE type = ? ORDER BY id", type_):
            aliases = self._json(row[3].encode("utf-8"), f"node {row[0]!r}")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise damaged(self.path, f"graph file is damaged: aliases of {row[0]!r}")
            out.extend((alias, row[0]) for alias in aliases)
        return out

    def edges(self, type_: str | None = None) -> Iterator[Edge]:
        """``(source, target, type, attributes)`` in build order."""
        where = ("WHERE key = ? " if type_ else "") + "ORDER BY seq"
        for row in self._edge_rows(where, *([type_] if type_ else [])):
            yield self._edge(row)

    def out_edges(self, node_id: str, type_: str | None = None) -> list[Edge]:
        return self._edges_at("src", node_id, type_)

    def in_edges(self, node_id: str, type_: str | None = None) -> list[Edge]:
        return self._edges_at("dst", node_id, type_)

    def _edges_at(self, end: str, node_id: str, type_: str | None) -> list[Edge]:
        degree = self._degree(node_id)
        return [self._edge(row) for _, row in self._edge_rows_at(end, node_id, type_, degree)]

    def _degree(self, node_id: str) -> tuple[str, str] | None:
        """The node's recorded (out, in) degree, None if there is no such node."""
        nodes = self._head_rows("WHERE id = ?", node_id)
        if not nodes:
            return None
        out_degree, _, in_degree = nodes[0][4].partition(" ")
        return out_degree, in_degree

    def _edge_rows_at(self, end: str, node_id: str, type_: str | None,
                      degree: tuple[str, str] | None) -> list[tuple[int, Any]]:
        """``(seq, row)`` of the edges at a node (of one type if given), in build order."""
        # The edges found are counted against the node's recorded degree, so a damaged index
        # cannot silently hide one.  Of one type, only that type's rows are read (a popular
        # skill has thousands of REQUIRES edges in and a few RELATED_TO): the degree is then
        # checked by counting the node's entries in the same index, which reads no rows.
        select = f"SELECT seq, src, dst, key, attrs, crc FROM edges WHERE {end} = ?"
        if type_ is None:
            found = self._rows(f"{select} ORDER BY seq", node_id)
            count = len(found)
        else:
            found = self._rows(f"{select} AND key = ? ORDER BY seq", node_id, type_)
            count = self._rows(f"SELECT count(*) FROM edges WHERE {end} = ?", node_id)[0][0]
        rows = self._checked([row[1:] for row in found], "edge")
        if degree is not None and str(count) != degree[0 if end == "src" else 1]:
            raise damaged(self.path, f"graph file is damaged: edges of {node_id!r} are missing")
        return [(row[0], checked) for row, checked in zip(found, rows, strict=True)]

    def links(self, node_id: str, type_: str) -> list[tuple[str, dict[str, Any]]]:
        """``(other end, attributes)`` of the ``type_`` edges at a node, either direction, in
        build order (a self-loop once)."""
        degree = self._degree(node_id)
        found = [(seq, row, row[1])
                 for seq, row in self._edge_rows_at("src", node_id, type_, degree)]
        found += [(seq, row, row[0])
                  for seq, row in self._edge_rows_at("dst", node_id, type_, degree)
                  if row[0] != row[1]]
        found.sort(key=lambda item: item[0])
        return [(other, self._edge(row)[3]) for _, row, other in found]

    def edge(self, src: str, dst: str, type_: str) -> dict[str, Any] | None:
        found = [e for e in self._edges_at("src", src, type_) if e[1] == dst]
        return found[0][3] if found else None

    def lookup(self, kind: str, key: str) -> list[str]:
        """Node ids stored under a lookup key (see :mod:`careergraph.storage.content`)."""
        rows = self._checked(self._rows("SELECT kind, key, node, crc FROM lookup WHERE kind = ? "
                                        "AND key = ? ORDER BY node", kind, key), "name key")
        return [r[2] for r in rows]

    @cached_property
    def trusted_names(self) -> bool:
        """Whether the stored name keys were made by this careergraph's code."""
        return self.meta.get("names") == names_fingerprint()

    def normaliser(self) -> Normaliser:
        pairs = json.loads(self.blob("acronyms"))
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
                for p in pairs):
            raise damaged(self.path, "graph file is damaged: bad acronyms section")
        return replay((a, e) for a, e in pairs)

    @cached_property
    def adjacency(self) -> Adjacency:
        try:
            return Adjacency.decode(self.blob("routing"))
        except ValueError as exc:
            raise damaged(self.path, f"graph file is damaged: {exc}") from exc

    def report_json(self) -> bytes:
        return self.blob("report")

    def materialise(self) -> nx.MultiDiGraph:
        """The whole graph as networkx, in build order."""
        import networkx as nx  # only commands that need the whole graph pay for it

        graph = nx.MultiDiGraph()
        for row in self._node_rows("ORDER BY seq"):
            graph.add_node(row[0], **self._node_attrs(row))
        for row in self._edge_rows("ORDER BY seq"):
            src, dst, key, attrs = self._edge(row)
            if src not in graph or dst not in graph:
                raise damaged(self.path, f"graph file is damaged: edge {src} -> {dst} joins "
                                         "an undeclared node")
            graph.add_edge(src, dst, key=key, **attrs)
        return graph

    def verify(self) -> None:
        """Read every page (``PRAGMA quick_check``); raise if the file is damaged."""
        self._guard(lambda: deep_check(self._db, self.path))

