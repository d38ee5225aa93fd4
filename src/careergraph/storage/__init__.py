"""Built graphs on disk: a persistent, indexed store, and the per-file parse cache.

The bottom layer of careergraph: it knows networkx, SQLite and the graph schema, nothing of
routes, views or the CLI.

- :mod:`.schema` — the file layout and its version;
- :mod:`.content` — name keys, routing adjacency and digest derived from a graph;
- :mod:`.writer` / :mod:`.reader` — write a store atomically, read it partially;
- :mod:`.memory` — the same lookups over an in-memory networkx graph;
- :mod:`.integrity` — header, version and checksum checks;
- :mod:`.validate` — saved JSON graphs checked against the schema before use;
- :mod:`.parsecache` — parsed guides kept per file by content hash (incremental builds).

>>> from careergraph.graph import CareerGraph
>>> import tempfile
>>> g = CareerGraph.from_guides()
>>> path = g.save(tempfile.mkdtemp() + "/g.db")
>>> is_store(path), CareerGraph.load(path).digest == g.digest
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from careergraph.names import Normaliser
from careergraph.storage.content import Adjacency
from careergraph.storage.files import digest_of, is_store, read_json, write_json
from careergraph.storage.memory import MemoryGraph
from careergraph.storage.reader import GraphStore, names_fingerprint
from careergraph.storage.validate import validate_document
from careergraph.storage.writer import copy_store, write_store

__all__ = [
    "GraphAccess",
    "GraphStore",
    "MemoryGraph",
    "copy_store",
    "digest_of",
    "is_store",
    "names_fingerprint",
    "read_json",
    "validate_document",
    "write_json",
    "write_store",
]

Edge = tuple[str, str, str, dict[str, Any]]


class GraphAccess(Protocol):
    """What the graph model reads, from a store (:class:`GraphStore`) or from memory
    (:class:`MemoryGraph`)."""

    @property
    def adjacency(self) -> Adjacency: ...

    def counts(self) -> dict[str, dict[str, int]]: ...

    def node(self, node_id: str) -> dict[str, Any] | None: ...

    def name(self, node_id: str) -> str: ...

    def names(self, ids: list[str]) -> dict[str, str]: ...

    def nodes(self, type_: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]: ...

    def aliases(self, type_: str) -> list[tuple[str, str]]: ...

    def edges(self, type_: str | None = None) -> Iterator[Edge]: ...

    def out_edges(self, node_id: str, type_: str | None = None) -> list[Edge]: ...

    def in_edges(self, node_id: str, type_: str | None = None) -> list[Edge]: ...

    def edge(self, src: str, dst: str, type_: str) -> dict[str, Any] | None: ...

    def links(self, node_id: str, type_: str) -> list[tuple[str, dict[str, Any]]]: ...

    def lookup(self, kind: str, key: str) -> list[str]: ...

    def normaliser(self) -> Normaliser: ...

