"""The same lookups as :class:`~careergraph.storage.reader.GraphStore`, over a networkx graph.

A graph built in this process (or given as networkx) answers through this class; a saved one
through the store.  Both take their name keys and routing adjacency from
:mod:`careergraph.storage.content`, so they answer alike.

>>> from careergraph.graph import CareerGraph
>>> g = CareerGraph.from_guides()
>>> MemoryGraph(g.nx, g.lexicon).lookup("title", "lead mlops engineer")
['role:lead-mlops-engineer']
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeGuard

from careergraph.lexicon import Lexicon
from careergraph.names import Normaliser
from careergraph.storage.content import Adjacency, NameRows, name_rows

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["MemoryGraph", "is_networkx_graph"]

Edge = tuple[str, str, str, dict[str, Any]]


def is_networkx_graph(graph: object) -> TypeGuard[nx.MultiDiGraph]:
    """Whether ``graph`` is a networkx ``MultiDiGraph`` (asked without importing networkx:
    no such graph exists until something else has imported it).

    >>> is_networkx_graph({})
    False
    """
    module = sys.modules.get("networkx")
    return module is not None and isinstance(graph, module.MultiDiGraph)


class MemoryGraph:
    """Lookups over an in-memory networkx graph (indexes computed on first use)."""

    def __init__(self, graph: nx.MultiDiGraph, lexicon: Lexicon) -> None:
        self.graph = graph
        self.lexicon = lexicon
        self._link_tables: dict[str, dict[str, list[tuple[str, dict[str, Any]]]]] = {}

    @cached_property
    def _names(self) -> tuple[NameRows, dict[tuple[str, str], list[str]]]:
        rows = name_rows(self.graph, self.lexicon)
        table: dict[tuple[str, str], list[str]] = {}
        for kind, key, node in rows.rows:
            table.setdefault((kind, key), []).append(node)
        return rows, table

    def counts(self) -> dict[str, dict[str, int]]:
        nodes = Counter(str(a["type"]) for _, a in self.graph.nodes(data=True))
        edges = Counter(str(k) for _, _, k in self.graph.edges(keys=True))
        return {"nodes": dict(nodes), "edges": dict(edges)}

    def node(self, node_id: str) -> dict[str, Any] | None:
        attrs: dict[str, Any] | None = self.graph.nodes.get(node_id)
        return attrs

    def name(self, node_id: str) -> str:
        return str(self.graph.nodes[node_id]["name"])

    def names(self, ids: list[str]) -> dict[str, str]:
        return {n: self.name(n) for n in ids if n in self.graph}

    def nodes(self, type_: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for node_id in sorted(self.graph.nodes):
            attrs = self.graph.nodes[node_id]
            if type_ is None or attrs["type"] == type_:
                yield node_id, attrs

    def aliases(self, type_: str) -> list[tuple[str, str]]:
        return [(alias, node_id) for node_id, attrs in self.nodes(type_)
                for alias in attrs["aliases"]]

    def edges(self, type_: str | None = None) -> Iterator[Edge]:
        for src, dst, key, attrs in self.graph.edges(keys=True, data=True):
            if type_ is None or key == type_:
                yield src, dst, key, attrs

    def out_edges(self, node_id: str, type_: str | None = None) -> list[Edge]:
        return [(s, d, k, a) for s, d, k, a in self.graph.out_edges(node_id, keys=True,
                                                                      data=True)
                if type_ is None or k == type_]

    def in_edges(self, node_id: str, type_: str | None = None) -> list[Edge]:
        return [(s, d, k, a) for s, d, k, a in self.graph.in_edges(node_id, keys=True,
                                                                     data=True)
                if type_ is None or k == type_]

    def edge(self, src: str, dst: str, type_: str) -> dict[str, Any] | None:
        attrs: dict[str, Any] | None = self.graph.get_edge_data(src, dst, key=type_)
        return attrs

    def links(self, node_id: str, type_: str) -> list[tuple[str, dict[str, Any]]]:
        return list(self._links(type_).get(node_id, []))

    def _links(self, type_: str) -> dict[str, list[tuple[str, dict[str, Any]]]]:
        # One pass over the edges per type, on first use (the graph is in memory anyway).
        table = self._link_tables.get(type_)
        if table is None:
            table = self._link_tables[type_] = {}
            for src, dst, _, attrs in self.edges(type_):
                table.setdefault(src, []).append((dst, attrs))
                if dst != src:
                    table.setdefault(dst, []).append((src, attrs))
        return table

    def lookup(self, kind: str, key: str) -> list[str]:
        return list(self._names[1].get((kind, key), []))

    def normaliser(self) -> Normaliser:
        return self._names[0].normaliser()

    @cached_property
    def adjacency(self) -> Adjacency:
        return Adjacency.of(self.graph)
