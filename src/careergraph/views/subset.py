"""Which nodes and edges a graph view shows: type filter, then a role's neighbourhood.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("role:a", type="Role"); g.add_node("role:b", type="Role")
>>> g.add_node("skill:x", type="Skill")
>>> g.add_edge("role:a", "role:b", key="LEADS_TO"); g.add_edge("role:a", "skill:x", key="REQUIRES")
'LEADS_TO'
'REQUIRES'
>>> select(g, only=[NodeType.ROLE]).nodes
['role:a', 'role:b']
>>> select(g, focus="role:b", depth=1).nodes
['role:a', 'role:b']
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from careergraph.model import NodeType
from careergraph.views.errors import ViewError

__all__ = ["Selection", "select"]


@dataclass(frozen=True)
class Selection:
    """Sorted node ids, sorted ``(source, target, edge type)`` triples, hops from the focus."""

    nodes: list[str]
    edges: list[tuple[str, str, str]]
    focus: str | None = None
    hops: dict[str, int] = field(default_factory=dict)


def select(
    graph: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    only: Iterable[NodeType] | None = None,
) -> Selection:
    """Keep the node types in ``only`` (default: all), then, with a ``focus`` node id, the
    nodes within ``depth`` hops of it (edges followed both ways).  Edges between kept nodes
    are kept.
    """
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, not {depth}")
    types = {t.value for t in only} if only is not None else {t.value for t in NodeType}
    kept = {n for n, attrs in graph.nodes(data=True) if attrs.get("type") in types}
    hops: dict[str, int] = {}
    if focus is not None:
        if focus not in graph:
            raise ViewError(f"no node {focus!r} in the graph")
        if focus not in kept:
            shown = ", ".join(sorted(types))
            raise ViewError(f"{graph.nodes[focus].get('name', focus)!r} is a "
                            f"{graph.nodes[focus].get('type')}, not one of the types shown "
                            f"({shown}); add its type to --only")
        hops = {focus: 0}
        queue = deque([focus])
        while queue:  # breadth-first, both directions, inside the kept types
            node = queue.popleft()
            if hops[node] == depth:
                continue
            for other in sorted(set(graph.successors(node)) | set(graph.predecessors(node))):
                if other in kept and other not in hops:
                    hops[other] = hops[node] + 1
                    queue.append(other)
        kept = set(hops)
    edges = sorted((a, b, str(k)) for a, b, k in graph.edges(keys=True)
                   if a in kept and b in kept)
    return Selection(nodes=sorted(kept), edges=edges, focus=focus, hops=hops)
