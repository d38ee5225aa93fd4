"""Small file helpers: tell a store from JSON, read and write saved JSON graphs atomically.

>>> import tempfile
>>> path = write_json({"a": 1}, tempfile.mkdtemp() + "/x.json")
>>> read_json(path), is_store(path)
({'a': 1}, False)
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careergraph.errors import InputError
from careergraph.storage.content import encode_attrs, graph_digest
from careergraph.storage.schema import SQLITE_MAGIC

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["atomic_write", "default_mode", "digest_of", "is_store", "read_json", "write_json"]


def default_mode() -> int:
    """The permissions a new file gets here (0666 less the umask; mkstemp makes 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def is_store(path: str | Path) -> bool:
    """Whether ``path`` starts like a SQLite file (a store) rather than JSON."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def atomic_write(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path`` via a unique temporary file in the same folder and a rename;
    a failure (a full disk) leaves no temporary file behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, default_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_json(document: dict[str, Any], path: str | Path) -> Path:
    """Write a JSON document atomically."""
    return atomic_write(json.dumps(document, ensure_ascii=False).encode("utf-8"), path)


def read_json(path: str | Path) -> Any:
    """Parse a JSON file; any failure is an :class:`InputError` naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), 0, f"cannot read graph file: {exc.strerror or exc}",
                         hint="check the path given with --graph") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), 0, "graph file is not UTF-8 text",
                         hint="give a file written by `careergraph build --out`") from exc
    try:
        # Huge integers become floats (the schema check then names the field) instead of
        # tripping Python's 4,300-digit limit.
        return json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), exc.lineno, f"not JSON: {exc.msg}") from exc
    except (ValueError, RecursionError) as exc:  # 5,000-digit numbers, deep nesting
        raise InputError(str(path), 0, f"graph file cannot be read: {exc}"[:300]) from exc


def _int(text: str) -> int | float:
    return int(text) if len(text) < 100 else float(text)


def digest_of(graph: nx.MultiDiGraph) -> str:
    """The digest a store of ``graph`` records (see :func:`~.content.graph_digest`)."""
    return graph_digest(
        ((node_id, node_id.encode() + b"\0" + encode_attrs(attrs))
         for node_id, attrs in graph.nodes(data=True)),
        ((src, "\0".join((src, dst, key)).encode() + b"\0" + encode_attrs(attrs))
         for src, dst, key, attrs in graph.edges(keys=True, data=True)))
