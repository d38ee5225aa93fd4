"""Write a built graph to a store file, atomically.

The file is written aside under a unique temporary name in the target's folder (so two
writers never share one), in one SQLite transaction, flushed to disk, then renamed over the
target: a reader sees the old file or the new one, never half of one.  Any failure (a full
disk, an interrupt) removes the temporary file; a process killed outright leaves at most a
``.<name>.*.tmp`` file, which the next writer to that folder sweeps once it is stale.

>>> import tempfile
>>> from careergraph.graph import CareerGraph
>>> g = CareerGraph.from_guides()
>>> path = write_store(g.nx, g.report.model_dump_json().encode(), g.lexicon,
...                    tempfile.mkdtemp() + "/g.db")
>>> path.name
'g.db'
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

from careergraph.lexicon import Lexicon
from careergraph.storage.content import Adjacency, Digest, encode_attrs, name_rows
from careergraph.storage.files import default_mode
from careergraph.storage.integrity import crc, row_crc
from careergraph.storage.schema import APPLICATION_ID, DDL, FORMAT, VERSION

__all__ = ["STALE_TEMP_S", "write_store"]

#: Temporary files older than this are a killed writer's leftovers and may be removed.
STALE_TEMP_S = 3600.0


def _json(value: object) -> bytes:
    return encode_attrs(value)


def write_store(graph: nx.MultiDiGraph, report_json: bytes, lexicon: Lexicon,
                path: str | Path, *, names_fingerprint: str = "") -> Path:
    """Write ``graph`` (and its build report, as JSON bytes) to ``path``; return ``path``.

    ``names_fingerprint`` records the code that made the name keys, so a reader running other
    code recomputes them instead of trusting stale keys.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _sweep(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, default_mode())
        _fill(tmp, graph, report_json, lexicon, names_fingerprint)
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


def _fill(tmp: Path, graph: nx.MultiDiGraph, report_json: bytes, lexicon: Lexicon,
          names_fingerprint: str) -> None:
    connection = sqlite3.connect(tmp, isolation_level=None)
    try:
        # The file is private until renamed, so no journal: a failure discards it anyway.
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("BEGIN")
        # Tables first, indexes after the rows: one sorted index build is cheaper than
        # keeping three indexes ordered through 300k inserts.
        indexes = [statement for statement in DDL if statement.startswith("CREATE INDEX")]
        for statement in DDL:
            if statement not in indexes:
                connection.execute(statement)
        # Rows are streamed into SQLite (50,000 guides make 1.6M edges: no list of them all).
        digest = Digest()
        node_types: Counter[str] = Counter()
        edge_types: Counter[str] = Counter()

        def nodes() -> Iterator[tuple[object, ...]]:
            digest.section(b"nodes")
            for seq, (node_id, attrs) in enumerate(graph.nodes(data=True)):
                data = _json(attrs)
                digest.row(node_id.encode() + b"\0" + data)
                node_types[str(attrs["type"])] += 1
                aliases = _json(attrs["aliases"]).decode("utf-8")
                degree = f"{graph.out_degree(node_id)} {graph.in_degree(node_id)}"
                head = (node_id, attrs["type"], attrs["name"], aliases)
                yield (seq, *head, degree, row_crc(*head, degree),
                       row_crc(*head, data, degree), data)

        def edges() -> Iterator[tuple[object, ...]]:
            digest.section(b"edges")
            for seq, (src, dst, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
                data = _json(attrs)
                digest.row("\0".join((src, dst, key)).encode() + b"\0" + data)
                edge_types[str(key)] += 1
                yield (seq, src, dst, key, data, row_crc(src, dst, key, data))

        connection.executemany("INSERT INTO nodes (seq, id, type, name, aliases, degree, head, "
                               "crc, attrs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", nodes())
        connection.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?)", edges())
        for statement in indexes:
            connection.execute(statement)
        names = name_rows(graph, lexicon)
        connection.executemany("INSERT INTO lookup VALUES (?, ?, ?, ?)",
                               ((*row, row_crc(*row)) for row in names.rows))
        blobs = {"report": report_json, "routing": Adjacency.of(graph).encode(),
                 "acronyms": _json(names.pairs),
                 "counts": _json({"nodes": dict(node_types), "edges": dict(edge_types)})}
        connection.executemany("INSERT INTO blobs VALUES (?, ?, ?)",
                               [(k, v, crc(v)) for k, v in blobs.items()])
        meta = {"format": FORMAT, "version": str(VERSION), "digest": digest.hexdigest(),
                "names": names_fingerprint}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        connection.execute("COMMIT")
    finally:
        connection.close()
