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

import functools
import itertools
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from careergraph.lexicon import Lexicon
from careergraph.model import EdgeType, SkillKind, Source
from careergraph.routing.models import SkillItem
from careergraph.storage import GraphAccess, MemoryGraph
from careergraph.storage.content import MOVE_BITS, Adjacency
from careergraph.storage.content import rank_of as rank_of

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["MOVE_TYPES", "RoleIndex", "forget", "rank_of", "role_index"]

#: Edge types that are moves between roles, preferred first when both join a pair.
MOVE_TYPES = (EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO)
#: Kinds that do not make a skill a requirement (to learn on a route): a guide's often-missing
#: list, and a taxonomy's optional skills.
_NOT_REQUIRED = frozenset({SkillKind.OFTEN_MISSING, SkillKind.OPTIONAL})
_NOT_REQUIRED_VALUES = frozenset(kind.value for kind in _NOT_REQUIRED)


class _LazyAttrs(Mapping[str, Any]):
    """A move edge's attributes, read from the graph only when a key is asked for (a search
    with unit costs never asks)."""

    __slots__ = ("_data", "_fetch")

    def __init__(self, fetch: Callable[[], dict[str, Any] | None]) -> None:
        self._fetch = fetch
        self._data: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            self._data = self._fetch() or {}
        return self._data

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


class _Adjacent(dict[Any, dict[Any, dict[str, Any]]]):
    """``succ`` or ``pred`` of the role graph, expanded from the compact adjacency one role
    at a time, when a search first reaches it."""

    def __init__(self, fill: Callable[[Any], dict[Any, dict[str, Any]]],
                 members: Mapping[Any, int]) -> None:
        super().__init__()
        self._fill = fill
        self._members = members

    def __missing__(self, key: Any) -> dict[Any, dict[str, Any]]:
        if key not in self._members:
            raise KeyError(key)
        value = self._fill(key)
        self[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self._members


class _PerRole(Mapping[str, Any]):
    """A role -> value table computed per role on first use."""

    def __init__(self, compute: Callable[[str], Any], roles: Mapping[str, int]) -> None:
        self._compute = compute
        self._roles = roles
        self._done: dict[str, Any] = {}

    def __getitem__(self, role: str) -> Any:
        if role not in self._done:
            if role not in self._roles:
                raise KeyError(role)
            self._done[role] = self._compute(role)
        return self._done[role]

    def __iter__(self) -> Iterator[str]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)


@dataclass
class RoleIndex:
    """Routing's view of one career graph (see the module docstring)."""

    moves: nx.DiGraph
    rank: Mapping[str, int]
    name: Mapping[str, str]
    #: role id -> skill ids the role requires (any kind but often_missing and optional)
    required: Mapping[str, frozenset[str]]
    #: role id -> {skill id: REQUIRES edge attributes} (any kind)
    skill_edges: Mapping[str, dict[str, dict[str, Any]]]
    #: roles whose requirements are known (they have a guide or REQUIRES edges)
    known: frozenset[str]
    adjacency: Adjacency
    skill_names: dict[str, str] = field(default_factory=dict)
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
                required = any(k not in _NOT_REQUIRED for k in kinds)
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


_CACHE: weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[int, RoleIndex]] = (
    weakref.WeakKeyDictionary())


def role_index(graph: CareerGraph | nx.MultiDiGraph) -> RoleIndex:
    """The (cached) :class:`RoleIndex` of a career graph or of a networkx graph."""
    if not isinstance(graph, nx.MultiDiGraph):
        access = graph.access  # refreshes graph.memo if the graph changed in place
        index: RoleIndex | None = graph.memo.get("role-index")
        if index is None:
            index = graph.memo["role-index"] = _build(access)
        return index
    signature = graph.number_of_nodes()
    cached = _CACHE.get(graph)
    if cached is None or cached[0] != signature:
        cached = (signature, _build(MemoryGraph(graph, Lexicon())))
        _CACHE[graph] = cached
    return cached[1]


def forget(graph: nx.MultiDiGraph) -> None:
    """Drop the cached index of ``graph`` (after changing its edges in place)."""
    _CACHE.pop(graph, None)


def _sources(attrs: Mapping[str, Any]) -> list[Source]:
    return [Source.model_validate(s) for s in attrs.get("sources") or []]


def _build(access: GraphAccess) -> RoleIndex:
    adjacency = access.adjacency
    roles = adjacency.roles
    # Built at C speed (zip, compress): these tables have one entry per role of the corpus.
    position = dict(zip(roles, range(len(roles)), strict=True))
    # Ranks and names are read per role from the adjacency's lists: a query needs those of
    # the roles on its routes, not a table of every role.
    ranks, names = adjacency.ranks, adjacency.names
    rank: Mapping[str, int] = _PerRole(lambda role: ranks[position[role]], position)
    edge_data: dict[tuple[int, int], dict[str, Any]] = {}

    def data(u: int, v: int, bits: int) -> dict[str, Any]:
        found = edge_data.get((u, v))
        if found is None:
            src, dst = roles[u], roles[v]
            moves = {t: _LazyAttrs(functools.partial(access.edge, src, dst, t.value))
                     for t in MOVE_TYPES if bits & MOVE_BITS[t]}
            found = edge_data[(u, v)] = {"moves": moves,
                                         "down": adjacency.ranks[v] < adjacency.ranks[u]}
        return found

    def succ(role: str) -> dict[Any, dict[str, Any]]:
        u = position[role]
        return {roles[v]: data(u, v, bits) for v, bits in adjacency.successors(u)}

    def pred(role: str) -> dict[Any, dict[str, Any]]:
        v = position[role]
        return {roles[u]: data(u, v, bits) for u, bits in adjacency.predecessors(v)}

    moves = nx.DiGraph()
    moves._node = dict(zip(roles, iter(dict, None), strict=False))  # a fresh {} per role
    moves._adj = moves._succ = _Adjacent(succ, position)
    moves._pred = _Adjacent(pred, position)
    skill_names: dict[str, str] = {}

    def skill_edges(role: str) -> dict[str, dict[str, Any]]:
        edges = {d: a for _, d, _, a in access.out_edges(role, EdgeType.REQUIRES.value)}
        skill_names.update(access.names(sorted(set(edges) - set(skill_names))))
        return edges

    edges_of = _PerRole(skill_edges, position)

    def required(role: str) -> frozenset[str]:
        return frozenset(sid for sid, attrs in edges_of[role].items()
                         if any(k not in _NOT_REQUIRED_VALUES
                                for k in attrs.get("kinds") or ["top"]))

    known = frozenset(itertools.compress(roles, adjacency.known))
    return RoleIndex(moves=moves, rank=rank,
                     name=_PerRole(lambda role: names[position[role]], position),
                     required=_PerRole(required, position), skill_edges=edges_of, known=known,
                     adjacency=adjacency, skill_names=skill_names)
