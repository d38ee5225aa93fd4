"""The facts a build states about edges, gathered by source node, then written into a graph.

An edge is ``(source node, target node, edge key)``; each carries the ``(file, line)`` places
that state it and, for ``REQUIRES``, the skill kinds.  Kept as networkx keeps edges — source
→ target → key → attributes — so the attributes are made once, when an edge is first
stated, and the graph takes the nested dicts as they are.  A 10,000-guide corpus states
~355,000 facts about ~325,000 edges: ordering them sorts ~17,000 sources and each one's
targets (short lists of strings), not 325,000 tuples.

>>> table = EdgeTable()
>>> table.add("role:b", "skill:go", "REQUIRES", "b.txt", 7, "core")
>>> table.add("role:a", "role:b", "LEADS_TO", "a.txt", 3)
>>> table.add("role:a", "role:b", "LEADS_TO", "a.txt", 2)
>>> [(src, dst, key, attrs["sources"]) for src, dst, key, attrs in table.edges()][0]
('role:a', 'role:b', 'LEADS_TO', [{'file': 'a.txt', 'line': 2}, {'file': 'a.txt', 'line': 3}])
>>> sorted(table.keys())[1]
('role:b', 'skill:go', 'REQUIRES')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EdgeTable", "Keyed"]

#: An edge's attributes by edge key (networkx's key dict).
Keyed = dict[str, dict[str, Any]]


class EdgeTable:
    """Edges by source, target and key, each with its attributes as the graph will hold
    them: ``{"type": key, "sources": [{"file", "line"}, …], "kinds": […]}`` (kinds only
    where a fact gave one)."""

    def __init__(self) -> None:
        #: source -> target -> key -> attributes (the hot loops of the build read it).
        self.by_source: dict[str, dict[str, Keyed]] = {}
        #: Attributes stated more than once: their lists are sorted and deduplicated last.
        self.repeated: list[dict[str, Any]] = []

    def add(self, src: str, dst: str, key: str, file: str, line: int,
            kind: str | None = None) -> None:
        """Record that ``file:line`` states the edge (with a skill ``kind``, if any)."""
        targets = self.by_source.get(src)
        if targets is None:
            targets = self.by_source[src] = {}
        keyed = targets.get(dst)
        if keyed is None:
            keyed = targets[dst] = {}
        attrs = keyed.get(key)
        if attrs is None:
            attrs = keyed[key] = {"type": key, "sources": [{"file": file, "line": line}]}
            if kind is not None:
                attrs["kinds"] = [kind]
            return
        self.again(attrs, file, line, kind)

    def again(self, attrs: dict[str, Any], file: str, line: int, kind: str | None) -> None:
        """Add a place (and kind) to an edge already stated."""
        attrs["sources"].append({"file": file, "line": line})
        if kind is not None:
            attrs.setdefault("kinds", []).append(kind)
        self.repeated.append(attrs)

    def keys(self) -> set[tuple[str, str, str]]:
        """Every edge's ``(source, target, key)``."""
        return {(src, dst, key) for src, targets in self.by_source.items()
                for dst, keyed in targets.items() for key in keyed}

    def _settle(self) -> None:
        """Each repeated edge's places sorted and unique, its kinds too (idempotent)."""
        for attrs in self.repeated:
            places = sorted({(s["file"], s["line"]) for s in attrs["sources"]})
            attrs["sources"] = [{"file": file, "line": line} for file, line in places]
            if "kinds" in attrs:
                attrs["kinds"] = sorted(set(attrs["kinds"]))
        self.repeated = []

    def sorted_targets(self) -> Iterator[tuple[str, str, Keyed]]:
        """``(source, target, key dict)`` by source then target, each key dict by key."""
        self._settle()
        by_source = self.by_source
        for src in sorted(by_source):
            targets = by_source[src]
            for dst in sorted(targets):
                keyed = targets[dst]
                if len(keyed) > 1:
                    keyed = targets[dst] = {key: keyed[key] for key in sorted(keyed)}
                yield src, dst, keyed

    def edges(self) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        """``(source, target, key, attributes)`` by source, target and key."""
        for src, dst, keyed in self.sorted_targets():
            for key, attrs in keyed.items():
                yield src, dst, key, attrs

    def write(self, graph: nx.MultiDiGraph) -> None:
        """Add every edge to ``graph``, in order, as ``graph.add_edge(src, dst, key=key,
        **attrs)`` would for a new graph whose nodes exist.

        Written straight into networkx's documented adjacency (dict of dicts of key dicts,
        one key dict shared by successors and predecessors): ``add_edge`` re-checks the
        nodes and clears caches on each of ~325,000 edges, several times the insertion's
        cost.  The key dicts are the table's own (the table is not used afterwards).
        """
        succ, pred = graph._succ, graph._pred
        # sorted_targets' loops, inlined (one generator step fewer per edge), same order.
        self._settle()
        by_source = self.by_source
        for src in sorted(by_source):
            targets, out = by_source[src], succ.get(src)
            for dst in sorted(targets):
                keyed = targets[dst]
                if len(keyed) > 1:
                    keyed = targets[dst] = {key: keyed[key] for key in sorted(keyed)}
                if out is None or dst not in succ or dst in out:
                    for key, attrs in keyed.items():  # a new node, or edges there already
                        graph.add_edge(src, dst, key=key, **attrs)
                    out = succ.get(src)  # add_edge may have made the node
                    continue
                out[dst] = pred[dst][src] = keyed
