"""Shortest and k-best loopless routes on the role graph of a :class:`RoleIndex`.

Moves are filtered without copying the graph, networkx-style: a cost function returns
``None`` for a move that is not allowed (a lateral move with ``lateral=False``, a move down
in rank with ``downward=False``, or a move the user's ``weight`` callable hides).  Between
two roles joined by both ``LEADS_TO`` and ``TRANSITIONS_TO`` the cheaper allowed move is taken
(``LEADS_TO`` on a tie).

Three searches, all deterministic, ties broken by the role names along the route:

- :func:`fewest_moves` (k = 1, unit costs): a bidirectional breadth-first search (like
  ``nx.shortest_path``), backward from all targets at once, then a walk along the layers of
  shortest routes taking the alphabetically first role at each step.
- :func:`k_fewest` (k > 1, unit costs): Yen's algorithm with that search as the spur search.
- :func:`k_best` (weighted): Yen's algorithm via ``nx.shortest_simple_paths`` to a virtual
  sink joined to every target, collecting the routes tied with the k-th so the name order
  decides among them (up to ``TIE_CAP`` extra routes).
- :func:`least_effort`: the effort of a route (distinct skills to learn) depends on the whole
  route, not on single moves, so no edge weight captures it.  It is however monotone: a
  longer route never needs fewer skills than its prefix.  A best-first search over partial
  loopless routes keyed by (skills so far ∪ the target's skills, cost, names) therefore pops
  complete routes in exact effort order; for k = 1 dominated partial routes (same role, a
  superset of skills learnt, no cheaper) are dropped.  If the search expands more than
  ``EFFORT_BUDGET`` partial routes (large graphs where many routes need similar numbers of
  skills) it falls back to Yen's algorithm with the additive upper bound "skills of each next
  role not held at the start" as edge weight and re-ranks ``k + EFFORT_POOL`` candidates by
  their exact effort: the efforts reported stay exact, but a better route outside the pool
  can be missed.

>>> import networkx as nx
>>> from careergraph.routing.index import role_index
>>> g = nx.MultiDiGraph()
>>> for n, r in [("a", 2), ("b", 3), ("c", 3), ("d", 6)]:
...     g.add_node(n, type="Role", name=n.upper(), aliases=[n.upper()], rank=r)
>>> for u, v in [("a", "c"), ("a", "b"), ("b", "d"), ("c", "d")]:
...     _ = g.add_edge(u, v, key="LEADS_TO", type="LEADS_TO", sources=[])
>>> index = role_index(g)
>>> [f.path for f in fewest_moves(index, "a", ["d"], MoveRules())]
[['a', 'b', 'd']]
>>> [f.path for f in k_best(index, "a", ["d"], MoveRules(), k=2)]
[['a', 'b', 'd'], ['a', 'c', 'd']]
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from careergraph.model import EdgeType
from careergraph.routing.index import MOVE_TYPES, RoleIndex

__all__ = [
    "EFFORT_BUDGET",
    "EFFORT_POOL",
    "TIE_CAP",
    "Found",
    "MoveRules",
    "WeightSpec",
    "fewest_moves",
    "k_best",
    "k_fewest",
    "least_effort",
]

#: A move's cost: an edge attribute name (missing = 1), or ``f(u, v, attrs)`` returning a
#: non-negative number or None to hide the move; None means every move costs 1.
WeightSpec = str | Callable[[str, str, dict[str, Any]], float | None] | None

#: Extra routes tied with the k-th that are collected so names can break the tie.
TIE_CAP = 50
#: Partial routes the exact effort search may expand before falling back.
EFFORT_BUDGET = 20_000
#: Candidate routes (beyond k) the effort fallback re-ranks.
EFFORT_POOL = 10


@dataclass(frozen=True)
class MoveRules:
    """Which moves are allowed and what each costs."""

    lateral: bool = True
    downward: bool = True
    weight: WeightSpec = None

    @property
    def unit(self) -> bool:
        return self.weight is None

    def cost_fn(self) -> Callable[[str, str, dict[str, Any]], float | None]:
        weight = self.weight
        if weight is None:
            return lambda u, v, d: 1.0
        if callable(weight):
            return weight
        name = weight
        return lambda u, v, d: d.get(name, 1)

    def chooser(self) -> Callable[[str, str, dict[str, Any]], tuple[EdgeType, float] | None]:
        """``f(u, v, role_edge_data)`` -> (move type, cost) of the best allowed move, or None."""
        cost = self.cost_fn()
        lateral, downward = self.lateral, self.downward

        def choose(u: str, v: str, d: dict[str, Any]) -> tuple[EdgeType, float] | None:
            if d.get("sink") is not None or (not downward and d["down"]):
                return None
            best: tuple[EdgeType, float] | None = None
            for move_type in MOVE_TYPES:
                attrs = d["moves"].get(move_type)
                if attrs is None or (move_type is EdgeType.TRANSITIONS_TO and not lateral):
                    continue
                w = cost(u, v, attrs)
                if w is None:
                    continue
                if w < 0:
                    raise ValueError(f"negative move cost {w!r} on {u!r} -> {v!r}")
                if best is None or w < best[1]:
                    best = (move_type, float(w))
            return best

        return choose


@dataclass
class Found:
    """A route found: role ids, the move type taken into each, and the costs."""

    path: list[str]
    moves: list[EdgeType] = field(default_factory=list)
    costs: list[float] = field(default_factory=list)
    cost: float = 0.0
    effort: int = 0


def _names_key(index: RoleIndex, path: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple((index.name[n], n) for n in path)


def _complete(index: RoleIndex, path: list[str], rules: MoveRules) -> Found:
    choose = rules.chooser()
    found = Found(path=path)
    for u, v in itertools.pairwise(path):
        choice = choose(u, v, index.moves[u][v])
        assert choice is not None  # the search only walks allowed moves
        found.moves.append(choice[0])
        found.costs.append(choice[1])
        found.cost += choice[1]
    return found


def fewest_moves(
    index: RoleIndex, source: str, targets: Sequence[str], rules: MoveRules,
    ignore_nodes: Set[str] = frozenset(), ignore_edges: Set[tuple[str, str]] = frozenset(),
) -> list[Found]:
    """The route with fewest moves to the nearest target (``[]`` if none); unit costs only.

    A bidirectional breadth-first search (forward from the source, backward from every
    target at once, always growing the smaller frontier by a whole layer) finds the distance
    ``D``; the route is then read off the layers, taking the alphabetically first role at
    each step among those still on a shortest route.  ``ignore_nodes`` and ``ignore_edges``
    are left out of the graph (for Yen's spur searches).
    """
    goal = set(targets)
    if source in goal:
        return [Found(path=[source])]
    choose = rules.chooser()
    if ignore_nodes or ignore_edges:
        base = choose

        def choose(u: str, v: str, d: dict[str, Any]) -> tuple[EdgeType, float] | None:
            if v in ignore_nodes or u in ignore_nodes or (u, v) in ignore_edges:
                return None
            return base(u, v, d)

    succ, pred = index.moves._succ, index.moves._pred  # plain dicts on the hot path
    fdepth = {source: 0}
    bdepth = dict.fromkeys(goal, 0)
    flayers: list[list[str]] = [[source]]
    blayers: list[list[str]] = [sorted(goal)]
    children: dict[str, list[str]] = {}
    meet: list[str] = []
    while not meet:
        if not flayers[-1] or not blayers[-1]:
            return []
        layer = []
        if len(flayers[-1]) <= len(blayers[-1]):
            below = len(flayers)
            for u in flayers[-1]:
                kids = children[u] = []
                for v, data in succ[u].items():
                    seen = fdepth.get(v)
                    if (seen is not None and seen != below) or choose(u, v, data) is None:
                        continue
                    if seen is None:
                        fdepth[v] = below
                        layer.append(v)
                    kids.append(v)
            flayers.append(layer)
            meet = [v for v in layer if v in bdepth]
        else:
            above = len(blayers)
            for v in blayers[-1]:
                for u, data in pred[v].items():
                    if u in bdepth or u in goal or choose(u, v, data) is None:
                        continue
                    bdepth[u] = above
                    layer.append(u)
            blayers.append(layer)
            meet = [u for u in layer if u in fdepth]
    dist = min(fdepth[v] + bdepth[v] for v in meet)
    # Positions 0..p are read from the forward layers, p..dist from the backward depths.
    p = dist - (len(blayers) - 1)
    useful = {v for v in flayers[p] if bdepth.get(v) == dist - p}
    for d in range(p - 1, -1, -1):
        useful.update(u for u in flayers[d] if any(v in useful for v in children[u]))
    path: list[str] = [source]
    for i in range(dist):
        u = path[-1]
        if i + 1 <= p:
            options = [v for v in children[u] if v in useful]
        else:
            options = [v for v, data in succ[u].items()
                       if bdepth.get(v) == dist - i - 1 and choose(u, v, data) is not None]
        path.append(min(options, key=lambda v: (index.name[v], v)))
    return [_complete(index, path, rules)]


def k_fewest(
    index: RoleIndex, source: str, targets: Sequence[str], rules: MoveRules, k: int
) -> list[Found]:
    """The ``k`` loopless routes with fewest moves, in (moves, names) order; unit costs.

    Yen's algorithm with :func:`fewest_moves` as the spur search: each spur search returns
    the alphabetically first of its shortest spurs, so the candidate popped next is the
    first in (moves, names) order among all routes not yet returned.
    """
    first = fewest_moves(index, source, targets, rules)
    if not first or len(first[0].path) == 1:
        return first
    found = [first[0].path]
    seen = {tuple(found[0])}
    heap: list[tuple[int, tuple[tuple[str, str], ...], list[str]]] = []
    while len(found) < k:
        prev = found[-1]
        for i in range(len(prev) - 1):
            root = prev[: i + 1]
            ignore_edges = {(p[i], p[i + 1]) for p in found if p[: i + 1] == root}
            spur = fewest_moves(index, prev[i], targets, rules, frozenset(root[:-1]),
                                ignore_edges)
            if spur:
                path = root[:-1] + spur[0].path
                if tuple(path) not in seen:
                    seen.add(tuple(path))
                    heapq.heappush(heap, (len(path), _names_key(index, path), path))
        if not heap:
            break
        found.append(heapq.heappop(heap)[2])
    return [_complete(index, path, rules) for path in found]


def _yen(
    index: RoleIndex, source: str, targets: Sequence[str],
    weight: Callable[[Any, Any, dict[str, Any]], float | None],
) -> Iterator[tuple[list[str], float]]:
    """Loopless routes to any target in order of ``weight``: (path, total weight)."""
    if len(targets) == 1:
        dest: Any = targets[0]
        sink = None
    else:
        sink = dest = index.sink(frozenset(targets))
    goal = set(targets)

    def wt(u: Any, v: Any, d: dict[str, Any]) -> float | None:
        s = d.get("sink")
        if s is not None:
            return 0.0 if s == sink else None
        if u in goal:  # a route ends at the first target it reaches
            return None
        return weight(u, v, d)

    for path in nx.shortest_simple_paths(index.moves, source, dest, weight=wt):
        total = sum(wt(u, v, index.moves[u][v]) or 0.0 for u, v in itertools.pairwise(path))
        yield (path[:-1] if sink is not None else path), total


def k_best(
    index: RoleIndex, source: str, targets: Sequence[str], rules: MoveRules, k: int
) -> list[Found]:
    """The ``k`` cheapest loopless routes to any target, ties broken by role names."""
    if source in targets:
        return [Found(path=[source])]
    if rules.unit:
        return k_fewest(index, source, targets, rules, k)
    choose = rules.chooser()

    def weight(u: Any, v: Any, d: dict[str, Any]) -> float | None:
        choice = choose(u, v, d)
        return None if choice is None else choice[1]

    pool: list[tuple[float, list[str]]] = []
    try:
        for path, total in _yen(index, source, targets, weight):
            if len(pool) >= k and (total > pool[k - 1][0] + 1e-9 or len(pool) >= k + TIE_CAP):
                break
            pool.append((total, path))
    except nx.NetworkXNoPath:
        return []
    pool.sort(key=lambda item: (round(item[0], 9), _names_key(index, item[1])))
    return [_complete(index, path, rules) for _, path in pool[:k]]


def least_effort(
    index: RoleIndex,
    source: str,
    targets: Sequence[str],
    rules: MoveRules,
    k: int,
    needs: Callable[[str], frozenset[str]],
    budget: int = EFFORT_BUDGET,
) -> list[Found]:
    """The ``k`` routes needing the fewest distinct skills (``needs(role)`` = skills still to
    learn for a role, before the route), then the lowest cost, then by names."""
    if source in targets:
        return [Found(path=[source])]
    exact = _best_first(index, source, frozenset(targets), rules, k, needs, budget)
    if exact is not None:
        return exact
    return _approximate(index, source, targets, rules, k, needs)


_Entry = tuple[int, float, tuple[tuple[str, str], ...], int, list[str], frozenset[str]]


def _best_first(
    index: RoleIndex, source: str, goal: frozenset[str], rules: MoveRules, k: int,
    needs: Callable[[str], frozenset[str]], budget: int,
) -> list[Found] | None:
    """Best-first search over partial loopless routes, exact in effort order.

    The key of a partial route is ``|learnt ∪ needs(t)|`` for a single target ``t`` (a
    monotone lower bound: the target's skills must be learnt anyway) or ``|learnt|``, then
    the cost, then the names.  With ``k == 1`` a partial route is dropped when an expanded one
    reached the same role having learnt a subset at no greater cost: any completion of it
    gives, shortcut at a repeated role if need be, a route at least as good.
    """
    choose = rules.chooser()
    succ = index.moves._succ
    last = needs(next(iter(goal))) if len(goal) == 1 else frozenset()
    counter = itertools.count()
    heap: list[_Entry] = [(len(last), 0.0, _names_key(index, [source]), next(counter),
                           [source], frozenset())]
    done: list[Found] = []
    labels: dict[str, list[tuple[frozenset[str], float]]] = {}
    expanded = 0
    while heap and len(done) < k:
        _, cost, names, _, path, learnt = heapq.heappop(heap)
        u = path[-1]
        if u in goal:
            found = _complete(index, path, rules)
            found.effort = len(learnt)
            done.append(found)
            continue
        if k == 1:
            here = labels.setdefault(u, [])
            if any(seen <= learnt and c <= cost for seen, c in here):
                continue
            here.append((learnt, cost))
        expanded += 1
        if expanded > budget:
            return None
        on_path = set(path)
        for v, data in succ[u].items():
            if v in on_path:
                continue
            choice = choose(u, v, data)
            if choice is None:
                continue
            now = learnt | needs(v)
            heapq.heappush(heap, (len(now | last), cost + choice[1],
                                  (*names, (index.name[v], v)), next(counter), [*path, v], now))
    return done


def _approximate(
    index: RoleIndex, source: str, targets: Sequence[str], rules: MoveRules, k: int,
    needs: Callable[[str], frozenset[str]],
) -> list[Found]:
    choose = rules.chooser()
    scale = 1e6  # skills first, move cost as the tie-break

    def weight(u: Any, v: Any, d: dict[str, Any]) -> float | None:
        choice = choose(u, v, d)
        return None if choice is None else len(needs(v)) * scale + choice[1]

    pool: list[Found] = []
    try:
        for path, _ in _yen(index, source, targets, weight):
            found = _complete(index, path, rules)
            found.effort = len(frozenset().union(*(needs(v) for v in path[1:])))
            pool.append(found)
            if len(pool) >= k + EFFORT_POOL:
                break
    except nx.NetworkXNoPath:
        return []
    pool.sort(key=lambda f: (f.effort, round(f.cost, 9), _names_key(index, f.path)))
    return pool[:k]
