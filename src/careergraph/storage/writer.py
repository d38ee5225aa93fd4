"""Write a built graph to a store file, atomically, whole or as a row diff.

The file is written aside under a unique temporary name in the target's folder (so two
writers never share one), in one SQLite transaction, flushed to disk, then renamed over the
target: a reader sees the old file or the new one, never half of one.  Any failure (a full
disk, an interrupt) removes the temporary file; a process killed outright leaves at most a
``.<name>.*.tmp`` file, which the next writer to that folder sweeps once it is stale.

Given a ``base`` (a previous store, typically of the same corpus before an edit), the
temporary file starts as a copy of it and only the rows that differ are written
(:mod:`.rowdiff`): the same rows, digest and order as a whole write, at the cost of the
change.  A base that is missing, damaged, foreign, of another version, or too far from the
new graph is ignored and the store written whole.

>>> import tempfile
>>> from careergraph.graph import CareerGraph
>>> g = CareerGraph.from_guides()
>>> path = write_store(g.nx, g.report.model_dump_json().encode(), g.lexicon,
...                    tempfile.mkdtemp() + "/g.db")
>>> again = write_store(g.nx, g.report.model_dump_json().encode(), g.lexicon,
...                     path.with_name("h.db"), base=path)
>>> CareerGraph.load(again).digest == g.digest
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import struct
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from careergraph.bulk import paused_gc
from careergraph.errors import DamagedStoreError
from careergraph.lexicon import Lexicon
from careergraph.model import EdgeType, NodeType
from careergraph.storage.content import (
    MOVE_BITS,
    Adjacency,
    Digest,
    NameKeys,
    encode_attrs,
    name_rows,
)
from careergraph.storage.files import default_mode
from careergraph.storage.integrity import check_header, check_meta, crc, row_crc, text_crc
from careergraph.storage.rowdiff import GAP, Plan, Rebase, plan_rows
from careergraph.storage.schema import APPLICATION_ID, DDL, FORMAT, VERSION

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["INSERT_CHUNK", "STALE_TEMP_S", "EdgeRow", "NodeRow", "chunk_record", "copy_store",
           "counts_blob", "meta_rows", "on_copy", "update_chunks", "write_edge_plan",
           "write_node_plan", "write_store"]

#: Temporary files older than this are a killed writer's leftovers and may be removed.
STALE_TEMP_S = 3600.0

NodeRow = tuple[str, str, str, str, bytes, str]  # id, type, name, aliases, attrs, degree
EdgeRow = tuple[str, str, str, bytes]  # src, dst, key, attrs

#: For tests of a writer killed mid-write (tests/test_storage_faults.py) and nothing else: a
#: process whose environment sets this to a file's path, writing that file, sleeps a minute
#: with the temporary file filled but not yet in place, so a test can kill it there without
#: a corpus big enough to make the write take a moment.  Unset, it costs one look-up a write.
PAUSE_ENV = "CAREERGRAPH_TEST_PAUSE_IN_WRITE"

#: A digest row's length prefix (as :func:`~careergraph.storage.content.chunk_hash` writes it).
_LENGTH = struct.Struct(">Q")


def write_store(graph: nx.MultiDiGraph, report_json: bytes, lexicon: Lexicon,
                path: str | Path, *, names_fingerprint: str = "",
                base: str | Path | None = None, name_keys: NameKeys | None = None) -> Path:
    """Write ``graph`` (and its build report, as JSON bytes) to ``path``; return ``path``.

    ``names_fingerprint`` records the code that made the name keys, so a reader running other
    code recomputes them instead of trusting stale keys.  ``base``: a previous store to
    update row by row instead of writing every row (``path`` itself is allowed).
    ``name_keys``: name keys an earlier write computed, reused and updated
    (:class:`~careergraph.storage.content.NameKeys`).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep(path)
    def content() -> _Content:  # fresh each time: the digest accumulates as rows stream
        return _Content(graph, report_json, lexicon, names_fingerprint, name_keys)

    # Millions of long-lived objects (the graph, the guides) and no cycles: a collection
    # pass here rescans them all, about half of the write's time.
    with paused_gc():
        if base is not None:
            with contextlib.suppress(Rebase):
                return _atomic(path, lambda tmp: _update(tmp, Path(base), content()))
        return _atomic(path, lambda tmp: _fill(tmp, content()))


def copy_store(source: str | Path, path: str | Path) -> Path:
    """Write a copy of the store ``source`` to ``path`` (atomically, as :func:`write_store`
    does): the same content as writing its graph again, without encoding a row.
    :class:`~careergraph.errors.DamagedStoreError` if ``source`` is not a whole store.

    >>> import tempfile
    >>> from careergraph.graph import CareerGraph
    >>> g = CareerGraph.from_guides()
    >>> first = write_store(g.nx, g.report.model_dump_json().encode(), g.lexicon,
    ...                     tempfile.mkdtemp() + "/g.db")
    >>> CareerGraph.load(copy_store(first, first.with_name("h.db"))).digest == g.digest
    True
    """
    source = Path(source)

    def fill(tmp: Path) -> None:
        check_header(source)
        shutil.copyfile(source, tmp)
        check_header(tmp)  # the copy is what is trusted (the source may change meanwhile)

    return atomic_write(Path(path), fill)


def atomic_write(path: Path, fill: Callable[[Path], None]) -> Path:
    """Write ``path`` through ``fill(temporary file)``, then fsync and rename it into place
    (stale leftovers of killed writers swept first)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep(path)
    return _atomic(path, fill)


def _atomic(path: Path, fill: Callable[[Path], None]) -> Path:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, default_mode())
        fill(tmp)
        if os.environ.get(PAUSE_ENV) == str(path):  # tests only (see PAUSE_ENV)
            time.sleep(60.0)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _sweep(path: Path) -> None:
    """Remove stale temporary files a killed writer left beside ``path``."""
    now = time.time()
    for old in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime > STALE_TEMP_S:
                old.unlink()


class _Content:
    """The rows, blobs and meta of a store of ``graph``, encoded once, in build order; the
    digest and counts accumulate as the rows stream by (nodes first, then edges)."""

    def __init__(self, graph: nx.MultiDiGraph, report_json: bytes, lexicon: Lexicon,
                 names_fingerprint: str, name_keys: NameKeys | None = None) -> None:
        self.graph = graph
        self.name_keys = name_keys
        self.report_json = report_json
        self.lexicon = lexicon
        self.names_fingerprint = names_fingerprint
        self.digest = Digest()
        self.node_types: Counter[str] = Counter()
        self.edge_types: Counter[str] = Counter()
        self.pairs: list[tuple[str, str]] = []

    def nodes(self) -> Iterator[NodeRow]:
        # networkx's documented adjacency (dicts of dicts of key dicts), read directly: the
        # views cost more per row than encoding it, and every row is streamed.
        graph, digest = self.graph, self.digest
        succ, pred = graph._succ, graph._pred
        add, types = digest.node, self.node_types
        for node_id, attrs in graph._node.items():
            data = encode_attrs(attrs)
            add(node_id, node_id.encode() + b"\0" + data)
            types[str(attrs["type"])] += 1
            aliases = encode_attrs(attrs["aliases"]).decode("utf-8")
            degree = (f"{sum(map(len, succ[node_id].values()))} "
                      f"{sum(map(len, pred[node_id].values()))}")
            yield node_id, attrs["type"], attrs["name"], aliases, data, degree

    def edges(self) -> Iterator[EdgeRow]:
        for _, src, dst, key, data, _ in self.edge_records():
            yield src, dst, key, data

    def edge_records(self) -> Iterator[tuple[int, str, str, str, bytes, int]]:
        """The edge rows as :func:`edge_record` gives them, numbered from ``GAP``.

        The hot loop of a whole write (1.6M edges at 50,000 guides), so per edge it makes
        the digest's row once and takes the row's CRC from it (the row's columns, NUL after
        each, are the digest row's bytes); types are counted once, at the end, at C speed.
        """
        chunks, keys = self.digest.edges, list[str]()
        dumps, crc32, size, sha256 = orjson.dumps, zlib.crc32, _LENGTH.pack, hashlib.sha256
        seq = GAP
        for src, targets in self.graph._succ.items():  # the order graph.edges() gives
            if not targets:
                continue
            sha = sha256()
            update = sha.update
            for dst, keyed in targets.items():
                pair = f"{src}\0{dst}\0"
                keys.extend(keyed)
                for key, attrs in keyed.items():
                    try:
                        data = dumps(attrs)
                    except TypeError:  # a value orjson does not take: the slow path
                        data = encode_attrs(attrs)
                    row = f"{pair}{key}\0".encode() + data
                    update(size(len(row)))
                    update(row)
                    yield seq, src, dst, key, data, crc32(b"\0", crc32(row))
                    seq += GAP
            # What Digest.edge makes row by row (sources are distinct keys of _succ).
            chunks[src] = sha.digest()
        self.edge_types.update(keys)  # in the order the rows first show them, as counted

    def lookup(self) -> list[tuple[str, str, str]]:
        names = name_rows(self.graph, self.lexicon, self.name_keys)
        self.pairs = names.pairs
        return names.rows

    def blobs(self) -> dict[str, bytes]:
        """After :meth:`nodes`, :meth:`edges` and :meth:`lookup` have run."""
        return {"report": self.report_json, "routing": routing_of(self.graph).encode(),
                "acronyms": encode_attrs(self.pairs),
                "counts": counts_blob(self.node_types, self.edge_types)}

    def meta(self) -> list[tuple[str, str]]:
        """After the rows have streamed (the digest)."""
        return meta_rows(self.digest, self.names_fingerprint)


def routing_of(graph: nx.MultiDiGraph) -> Adjacency:
    """:meth:`Adjacency.of` ``graph``, read from networkx's adjacency directly: the views
    cost more than the work, and most of 143k edges at 10k guides are skills, not moves.

    >>> from careergraph.graph import CareerGraph
    >>> g = CareerGraph.from_guides().nx
    >>> routing_of(g) == Adjacency.of(g)
    True
    """
    nodes, role, requires = graph._node, NodeType.ROLE.value, EdgeType.REQUIRES.value
    roles = {node for node, attrs in nodes.items() if attrs.get("type") == role}
    moves: dict[tuple[str, str], int] = {}
    has_skills: set[str] = set()
    for src, targets in graph._succ.items():
        from_role = src in roles
        for dst, keyed in targets.items():
            if requires in keyed:
                has_skills.add(src)
            if from_role and dst in roles and dst != src:
                bits = 0
                for key in keyed:
                    bits |= MOVE_BITS.get(key, 0)
                if bits:
                    moves[(src, dst)] = bits
    return Adjacency.of_table({r: Adjacency.role_entry(r, nodes[r], r in has_skills)
                               for r in roles}, moves)


def meta_rows(digest: Digest | str, names_fingerprint: str) -> list[tuple[str, str]]:
    """The ``meta`` table of a store whose rows ``digest`` has taken in (or of that digest)."""
    hexdigest = digest if isinstance(digest, str) else digest.hexdigest()
    return sorted({"format": FORMAT, "version": str(VERSION), "digest": hexdigest,
                   "names": names_fingerprint}.items())


def counts_blob(node_types: Counter[str], edge_types: Counter[str]) -> bytes:
    """The ``counts`` blob: nodes and edges per type, in the order the rows first show them."""
    # str(): a writer counts edge keys as the graph holds them (a StrEnum counts as its text)
    return encode_attrs({"nodes": dict(node_types),
                         "edges": {str(key): n for key, n in edge_types.items()}})


#: The nodes table's columns in the order :func:`node_record` gives them (``attrs`` last, so
#: a reader reaches the other columns without walking its overflow pages).
_NODE_COLUMNS = "seq, id, type, name, aliases, degree, head, crc, attrs"


INSERT_NODE = f"INSERT INTO nodes ({_NODE_COLUMNS}) VALUES ({', '.join('?' * 9)})"


def node_record(seq: int, row: NodeRow) -> tuple[object, ...]:
    """``(seq, id, type, name, aliases, degree, head, crc, attrs)``: ``head`` checks the
    columns before ``attrs``, ``crc`` the whole row."""
    node_id, type_, name, aliases, data, degree = row
    head = text_crc(node_id, type_, name, aliases)  # a running CRC: the columns once
    return (seq, node_id, type_, name, aliases, degree, text_crc(degree, start=head),
            text_crc(degree, start=crc(b"\0", crc(data, head))), data)


INSERT_CHUNK = "INSERT INTO chunks VALUES (?, ?, ?, ?)"


def chunk_record(kind: str, key: str, sha: bytes) -> tuple[str, str, bytes, int]:
    """A ``chunks`` row: a digest chunk's kind, key and hash, and their CRC."""
    return kind, key, sha, row_crc(kind, key, sha)


def update_chunks(connection: sqlite3.Connection, rows: list[tuple[str, str, bytes]]) -> None:
    """Make the ``chunks`` table hold ``rows``, writing only the rows that differ."""
    old = {(kind, key): sha for kind, key, sha in
           connection.execute("SELECT kind, key, sha FROM chunks")}
    new = {(kind, key): sha for kind, key, sha in rows}
    connection.executemany("DELETE FROM chunks WHERE kind = ? AND key = ?",
                           [key for key in old if key not in new])
    connection.executemany("INSERT OR REPLACE INTO chunks VALUES (?, ?, ?, ?)",
                           [chunk_record(*key, sha) for key, sha in new.items()
                            if old.get(key) != sha])


def edge_record(seq: int, row: EdgeRow) -> tuple[object, ...]:
    src, dst, key, data = row
    return (seq, src, dst, key, data, crc(b"\0", crc(data, text_crc(src, dst, key))))


def connect_private(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    # The file is private until renamed, so no journal: a failure discards it anyway.
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    return connection


def _fill(tmp: Path, content: _Content) -> None:
    connection = connect_private(tmp)
    try:
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("BEGIN")
        # Tables first, indexes after the rows: one sorted index build is cheaper than
        # keeping three indexes ordered through 300k inserts.
        indexes = [statement for statement in DDL if statement.startswith("CREATE INDEX")]
        for statement in DDL:
            if statement not in indexes:
                connection.execute(statement)
        # Rows are streamed into SQLite (50,000 guides make 1.6M edges: no list of them all),
        # GAP apart so a later write can insert between them (see rowdiff).
        connection.executemany(INSERT_NODE, (
            node_record(GAP * (i + 1), row) for i, row in enumerate(content.nodes())))
        connection.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)",
                               content.edge_records())
        for statement in indexes:
            connection.execute(statement)
        crc32 = zlib.crc32  # text_crc of the row, inline: 72k rows at 10k card guides
        connection.executemany("INSERT INTO lookup VALUES (?, ?, ?, ?)", (
            (kind, key, node, crc32(f"{kind}\0{key}\0{node}\0".encode()))
            for kind, key, node in content.lookup()))
        connection.executemany("INSERT INTO blobs VALUES (?, ?, ?)",
                               [(k, v, crc(v)) for k, v in content.blobs().items()])
        connection.executemany(INSERT_CHUNK, (chunk_record(*row)
                                              for row in content.digest.chunks()))
        connection.executemany("INSERT INTO meta VALUES (?, ?)", content.meta())
        connection.execute("COMMIT")
    finally:
        connection.close()


def _update(tmp: Path, base: Path, content: _Content) -> None:
    """Copy ``base`` to ``tmp`` and write only the rows that differ from ``content``;
    :class:`Rebase` when ``base`` cannot serve (the caller then writes the store whole)."""
    def write(connection: sqlite3.Connection) -> list[tuple[str, str]]:
        _update_nodes(connection, content)
        _update_edges(connection, content)
        update_lookup(connection, content.lookup())
        update_blobs(connection, content.blobs())
        update_chunks(connection, content.digest.chunks())
        return content.meta()

    on_copy(tmp, base, write)


def on_copy(tmp: Path, base: Path,
            write: Callable[[sqlite3.Connection], list[tuple[str, str]]],
            copied: Path | None = None) -> None:
    """Copy ``base`` to ``tmp`` and run ``write`` over the copy in one transaction (it
    returns the new ``meta`` rows); :class:`Rebase` when ``base`` is not a usable store or
    the write meets a damaged or inconsistent row.  ``copied``: a private copy of ``base``
    made already (:mod:`.copyahead`), moved to ``tmp`` instead of copying."""
    try:
        check_header(base)
        if copied is not None:
            os.replace(copied, tmp)
        else:
            shutil.copyfile(base, tmp)
        check_header(tmp)  # the copy, not the base, is what is trusted from here on
        connection = connect_private(tmp)
    except (OSError, sqlite3.Error, DamagedStoreError) as exc:
        raise Rebase from exc
    try:
        check_meta(tmp, dict(connection.execute("SELECT key, value FROM meta")))
        connection.execute("BEGIN")
        meta = write(connection)
        connection.execute("DELETE FROM meta")
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta)
        connection.execute("COMMIT")
    except (sqlite3.Error, DamagedStoreError, ValueError) as exc:
        raise Rebase from exc
    finally:
        connection.close()


def _update_nodes(connection: sqlite3.Connection, content: _Content) -> None:
    old = connection.execute("SELECT seq, id, attrs, degree FROM nodes ORDER BY seq")
    plan = plan_rows(((row[0], (row[4], row[5]), row) for row in content.nodes()),
                     ((seq, key, (data, degree)) for seq, key, data, degree in old),
                     content.graph.has_node, lambda key: _has(
                         connection, "SELECT 1 FROM nodes WHERE id = ?", key))
    write_node_plan(connection, plan)


def _update_edges(connection: sqlite3.Connection, content: _Content) -> None:
    old = connection.execute("SELECT seq, src, dst, key, attrs FROM edges ORDER BY seq")
    graph = content.graph
    plan = plan_rows((((row[0], row[1], row[2]), row[3], row) for row in content.edges()),
                     ((seq, (src, dst, key), data) for seq, src, dst, key, data in old),
                     lambda edge: graph.has_edge(*edge), lambda edge: _has(
                         connection, "SELECT 1 FROM edges WHERE src = ? AND key = ? AND dst = ?",
                         edge[0], edge[2], edge[1]))
    write_edge_plan(connection, plan)


def write_node_plan(connection: sqlite3.Connection, plan: Plan[NodeRow]) -> None:
    """Delete, update and insert node rows as ``plan`` says."""
    connection.executemany("DELETE FROM nodes WHERE seq = ?", ((s,) for s in plan.deletes))
    connection.executemany(
        "UPDATE nodes SET id = ?, type = ?, name = ?, aliases = ?, degree = ?, head = ?, "
        "crc = ?, attrs = ? WHERE seq = ?",
        ((*node_record(seq, row)[1:], seq) for seq, row in plan.updates))
    connection.executemany(INSERT_NODE, (node_record(seq, row) for seq, row in plan.inserts))


def write_edge_plan(connection: sqlite3.Connection, plan: Plan[EdgeRow]) -> None:
    """Delete, update and insert edge rows as ``plan`` says."""
    connection.executemany("DELETE FROM edges WHERE seq = ?", ((s,) for s in plan.deletes))
    connection.executemany(
        "UPDATE edges SET src = ?, dst = ?, key = ?, attrs = ?, crc = ? WHERE seq = ?",
        ((*edge_record(seq, row)[1:], seq) for seq, row in plan.updates))
    connection.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)",
                           (edge_record(seq, row) for seq, row in plan.inserts))


def _has(connection: sqlite3.Connection, query: str, *key: str) -> bool:
    return connection.execute(query, key).fetchone() is not None


def update_lookup(connection: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
    old = set(connection.execute("SELECT kind, key, node FROM lookup"))
    new = set(rows)
    connection.executemany("DELETE FROM lookup WHERE kind = ? AND key = ? AND node = ?",
                           old - new)
    connection.executemany("INSERT INTO lookup VALUES (?, ?, ?, ?)",
                           ((*row, row_crc(*row)) for row in new - old))


def update_blobs(connection: sqlite3.Connection, blobs: dict[str, bytes], *,
                 keep_others: bool = False) -> None:
    """Write the blobs that differ; drop the others unless ``keep_others``."""
    old = dict(connection.execute("SELECT name, data FROM blobs"))
    connection.executemany("DELETE FROM blobs WHERE name = ?", (
        (name,) for name in old if name not in blobs and not keep_others))
    connection.executemany("INSERT OR REPLACE INTO blobs VALUES (?, ?, ?)",
                           [(k, v, crc(v)) for k, v in blobs.items() if old.get(k) != v])
