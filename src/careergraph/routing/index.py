"""A per-graph cache of what routing needs: the role-move graph, ranks and requirements.

Building it walks the whole ``MultiDiGraph`` once; queries then only touch the small role
graph.  The cache is keyed by the networkx graph object (weakly, so it dies with the graph)
and rebuilt when the graph's node count changes.  ``CareerGraph.nx`` is meant to be
read-only; code that adds edges between existing nodes must call :func:`forget` (counting a
multigraph's edges costs O(E), more than a whole route query, so it is not checked).  The
index holds no reference to the graph, so the cache entry goes when the graph does.

The role graph is a ``DiGraph`` over role ids: one edge per ordered pair of roles with a
move, its ``moves`` attribute mapping each :class:`~careergraph.model.EdgeType` present
(``LEADS_TO``, ``TRANSITIONS_TO``) to the original edge's attributes, and ``down`` True when
the move lowers the rank.  Virtual *sink* nodes (tuples, so they never clash with string ids)
join a set of target roles for multi-target searches; their in-edges carry ``sink``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("role:a", type="Role", name="A", aliases=["A"], level="mid", rank=2)
>>> g.add_node("role:b", type="Role", name="B", aliases=["B"], level="senior", rank=3)
>>> g.add_edge("role:a", "role:b", key="LEADS_TO", type="LEADS_TO", sources=[])
'LEADS_TO'
>>> index = role_index(g)
>>> list(index.moves.edges("role:a", data="down"))
[('role:a', 'role:b', False)]
>>> role_index(g) is index
True
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from careergraph.model import EdgeType, NodeType, Seniority, SkillKind, Source
from careergraph.routing.models import SkillItem

__all__ = ["MOVE_TYPES", "RoleIndex", "forget", "role_index"]

#: Edge types that are moves between roles, preferred first when both join a pair.
MOVE_TYPES = (EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO)
_DEFAULT_RANK = Seniority.MID.rank


@dataclass
class RoleIndex:
    """Routing's view of one career graph (see the module docstring)."""

    moves: nx.DiGraph
    rank: dict[str, int]
    name: dict[str, str]
    #: role id -> skill ids the role requires (any kind but often_missing)
    required: dict[str, frozenset[str]]
    #: role id -> {skill id: REQUIRES edge attributes} (any kind)
    skill_edges: dict[str, dict[str, dict[str, Any]]]
    skill_names: dict[str, str]
    #: roles whose requirements are known (they have a guide or REQUIRES edges)
    known: frozenset[str]
    signature: int
    sinks: dict[frozenset[str], tuple[str, int]] = field(default_factory=dict)
    #: other per-graph lookups (name tables, level role sets), filled on first use
    memo: dict[Any, Any] = field(default_factory=dict)

    def requires(self, role: str) -> dict[str, SkillItem]:
        """``{skill id: SkillItem}`` of the skills ``role`` requires (not only often-missing)."""
        return self._items(role, often=False)

    def often_missing(self, role: str) -> dict[str, SkillItem]:
        """``{skill id: SkillItem}`` of the skills ``role``'s guide lists as often missing."""
        return self._items(role, often=True)

    def _items(self, role: str, *, often: bool) -> dict[str, SkillItem]:
        key = ("items", role, often)
        items = self.memo.get(key)
        if items is None:
            items = {}
            for sid, attrs in self.skill_edges.get(role, {}).items():
                kinds = sorted(SkillKind(k) for k in attrs.get("kinds") or [SkillKind.TOP])
                is_often = SkillKind.OFTEN_MISSING in kinds
                required = any(k is not SkillKind.OFTEN_MISSING for k in kinds)
                if (often and is_often) or (not often and required):
                    items[sid] = SkillItem(id=sid, name=self.skill_names.get(sid, sid),
                                           kinds=kinds, sources=_sources(attrs))
            self.memo[key] = items
        result: dict[str, SkillItem] = items
        return result

    def sink(self, targets: frozenset[str]) -> tuple[str, int]:
        """A virtual node every role of ``targets`` leads to (made once per target set)."""
        node = self.sinks.get(targets)
        if node is None:
            node = ("__target__", len(self.sinks))
            self.moves.add_node(node)
            self.moves.add_edges_from((t, node, {"sink": node}) for t in sorted(targets))
            self.sinks[targets] = node
        return node


_CACHE: weakref.WeakKeyDictionary[nx.MultiDiGraph, RoleIndex] = weakref.WeakKeyDictionary()


def role_index(graph: nx.MultiDiGraph) -> RoleIndex:
    """The (cached) :class:`RoleIndex` of ``graph``."""
    signature = graph.number_of_nodes()
    index = _CACHE.get(graph)
    if index is None or index.signature != signature:
        index = _build(graph, signature)
        _CACHE[graph] = index
    return index


def forget(graph: nx.MultiDiGraph) -> None:
    """Drop the cached index of ``graph`` (after changing its edges in place)."""
    _CACHE.pop(graph, None)


def rank_of(attrs: dict[str, Any]) -> int:
    """A role's rank: its ``rank`` attribute, else its level's, else mid's."""
    rank = attrs.get("rank")
    if isinstance(rank, int):
        return rank
    level = attrs.get("level")
    try:
        return Seniority(level).rank if level else _DEFAULT_RANK
    except ValueError:
        return _DEFAULT_RANK


def _sources(attrs: dict[str, Any]) -> list[Source]:
    return [Source.model_validate(s) for s in attrs.get("sources") or []]


def _build(graph: nx.MultiDiGraph, signature: int) -> RoleIndex:
    role = NodeType.ROLE.value
    roles = sorted(n for n, a in graph.nodes(data=True) if a.get("type") == role)
    rank = {r: rank_of(graph.nodes[r]) for r in roles}
    moves = nx.DiGraph()
    moves.add_nodes_from(roles)
    required: dict[str, set[str]] = {}
    skill_edges: dict[str, dict[str, dict[str, Any]]] = {}
    skill_names: dict[str, str] = {}
    pending: dict[tuple[str, str], dict[EdgeType, dict[str, Any]]] = {}
    often = SkillKind.OFTEN_MISSING.value
    for src, dst, key, attrs in graph.edges(keys=True, data=True):
        if key in MOVE_TYPES and src in rank and dst in rank and src != dst:
            pending.setdefault((src, dst), {})[EdgeType(key)] = attrs
        elif key == EdgeType.REQUIRES and src in rank:
            skill_edges.setdefault(src, {})[dst] = attrs
            skill_names[dst] = str(graph.nodes[dst].get("name", dst))
            if any(k != often for k in attrs.get("kinds") or ["top"]):
                required.setdefault(src, set()).add(dst)
    for (src, dst) in sorted(pending):
        by_type = {t: pending[(src, dst)][t] for t in MOVE_TYPES if t in pending[(src, dst)]}
        moves.add_edge(src, dst, moves=by_type, down=rank[dst] < rank[src])
    known = frozenset(
        r for r in roles if graph.nodes[r].get("guides") or r in skill_edges
    )
    name = {r: str(graph.nodes[r].get("name", r)) for r in roles}
    return RoleIndex(moves=moves, rank=rank, name=name,
                     required={r: frozenset(ids) for r, ids in required.items()},
                     skill_edges=skill_edges, skill_names=skill_names, known=known,
                     signature=signature)
