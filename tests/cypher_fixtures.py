"""Shared helpers for the Cypher and store tests: a synthetic career graph, in-process
answers computed with plain networkx, and one local engine for the whole test run.

The engine is a module-level singleton (not a conftest fixture) so every test module that
imports these helpers shares one server; it stops at interpreter exit via the engine's own
atexit hook, which is also what the orphan tests exercise.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import networkx as nx

from careergraph.graph import CareerGraph
from careergraph.model import EdgeType, NodeType, Seniority
from careergraph.stores.falkor import FalkorStore
from careergraph.stores.local import LocalEngine
from careergraph.stores.neo4j import Neo4jStore
from careergraph.stores.rows import load_plan

MOVES = (EdgeType.LEADS_TO.value, EdgeType.TRANSITIONS_TO.value)
#: The route queries search at most this many moves (``*..15`` in the Cypher files).
MAX_HOPS = 15
LEVELS = [Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR, Seniority.LEAD,
          Seniority.PRINCIPAL, Seniority.DIRECTOR, Seniority.VP, Seniority.C_LEVEL]
TRACKS = ["MLOps", "Data", "Platform", "Security", "Analytics", "Research", "Product",
          "Quality", "Cloud", "Robotics"]

_engine: LocalEngine | None = None
_stores: dict[str, FalkorStore] = {}


def shared_engine() -> LocalEngine:
    """One local engine for the whole test run (started on first use)."""
    global _engine
    if _engine is None or not _engine.running:
        _engine = LocalEngine().start()
    return _engine


def fresh_store() -> FalkorStore:
    """An empty graph key of its own on the shared engine."""
    return FalkorStore(shared_engine().client(), graph=f"test-{uuid.uuid4().hex[:10]}")


def loaded_store(name: str, graph: CareerGraph) -> FalkorStore:
    """A graph key loaded once per test run with ``graph`` (do not write to it)."""
    if name not in _stores:
        store = FalkorStore(shared_engine().client(), graph=name)
        store.load(graph, replace=True)
        _stores[name] = store
    return _stores[name]


# -- graphs ----------------------------------------------------------------------------------
def _role(g: nx.MultiDiGraph, node_id: str, name: str, level: Seniority) -> None:
    g.add_node(node_id, type=NodeType.ROLE.value, name=name, aliases=[name],
               sources=[{"file": "synthetic.txt", "line": 1}], level=level.value,
               rank=level.rank, track=level.track.value, guides=[], salaries=[],
               summary=None)


def _thing(g: nx.MultiDiGraph, type_: NodeType, index: int) -> str:
    node_id = f"{type_.prefix}:{type_.prefix}-{index}"
    name = f"{type_.value} {index}"
    g.add_node(node_id, type=type_.value, name=name, aliases=[name], sources=[])
    return node_id


def _edge(g: nx.MultiDiGraph, src: str, dst: str, type_: EdgeType, **attrs: Any) -> None:
    if src != dst and not g.has_edge(src, dst, key=type_.value):
        g.add_edge(src, dst, key=type_.value, type=type_.value,
                   sources=[{"file": "synthetic.txt", "line": 2}], **attrs)


def synthetic_graph(tracks: int = 40, seed: int = 7) -> CareerGraph:
    """``tracks`` ladders of 8 levels (320 roles by default), promotions up each ladder with
    a few skipped rungs, lateral moves between ladders, random skills, employers, sectors."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    ladders: list[list[str]] = []
    for t in range(tracks):
        family = f"{TRACKS[t % len(TRACKS)]} {t // len(TRACKS) + 1}"
        ladder = []
        for level in LEVELS:
            node_id = f"role:{family.lower().replace(' ', '-')}-{level.value}"
            _role(g, node_id, f"{level.value.title()} {family} Engineer", level)
            ladder.append(node_id)
        ladders.append(ladder)
    skills = [_thing(g, NodeType.SKILL, i) for i in range(150)]
    employers = [_thing(g, NodeType.EMPLOYER, i) for i in range(30)]
    sectors = [_thing(g, NodeType.SECTOR, i) for i in range(12)]
    for t, ladder in enumerate(ladders):
        for i in range(len(ladder) - 1):
            if rng.random() < 0.85:  # some rungs have no direct promotion
                _edge(g, ladder[i], ladder[i + 1], EdgeType.LEADS_TO)
            if i + 2 < len(ladder) and rng.random() < 0.1:
                _edge(g, ladder[i], ladder[i + 2], EdgeType.LEADS_TO)
        for i, role in enumerate(ladder):
            for _ in range(rng.randint(0, 2)):  # lateral moves to a nearby ladder
                other = ladders[(t + rng.randint(1, 3)) % len(ladders)]
                _edge(g, role, other[max(0, i - rng.randint(0, 1))], EdgeType.TRANSITIONS_TO)
            for skill in rng.sample(skills, rng.randint(2, 8)):
                _edge(g, role, skill, EdgeType.REQUIRES,
                      kinds=sorted(rng.sample(["top", "technical", "tool", "soft"], 1)))
            for employer in rng.sample(employers, rng.randint(0, 3)):
                _edge(g, employer, role, EdgeType.HIRES)
            for sector in rng.sample(sectors, rng.randint(0, 2)):
                _edge(g, role, sector, EdgeType.IN_SECTOR)
    return CareerGraph(g)


def row_graph(rows: int, seed: int = 1) -> CareerGraph:
    """A graph with about ``rows`` load rows (nodes + edges), for size-driven tests."""
    tracks = max(1, rows // 60)
    return synthetic_graph(tracks=tracks, seed=seed)


# -- in-process answers ----------------------------------------------------------------------
def moves_graph(graph: CareerGraph) -> nx.DiGraph:
    """Roles and their LEADS_TO / TRANSITIONS_TO moves as a plain digraph."""
    moves = nx.DiGraph()
    moves.add_nodes_from(n for n, _ in graph.nodes(NodeType.ROLE))
    moves.add_edges_from((u, v) for u, v, k in graph.nx.edges(keys=True) if k in MOVES)
    return moves


def distances(graph: CareerGraph, source: str) -> dict[str, int]:
    """Fewest moves from ``source`` to every role reachable within :data:`MAX_HOPS`."""
    found: dict[str, int] = nx.single_source_shortest_path_length(
        moves_graph(graph), source, cutoff=MAX_HOPS)
    return found


def targets(graph: CareerGraph, source: str, type_: EdgeType) -> set[str]:
    return {v for _, v, k in graph.nx.out_edges(source, keys=True) if k == type_.value}


def sources(graph: CareerGraph, node: str, type_: EdgeType) -> set[str]:
    return {u for u, _, k in graph.nx.in_edges(node, keys=True) if k == type_.value}


def names(graph: CareerGraph, ids: set[str]) -> set[str]:
    return {graph.name(i) for i in ids}


def top_skills(graph: CareerGraph, limit: int) -> list[tuple[str, int]]:
    counts = Counter(graph.name(v) for _, v, k in graph.nx.edges(keys=True)
                     if k == EdgeType.REQUIRES.value)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def node_id_by_name(graph: CareerGraph, name: str) -> str:
    [node_id] = [n for n, a in graph.nodes() if a["name"] == name]
    return node_id


def dump(store: FalkorStore | Any) -> tuple[dict[str, dict[str, Any]], set[tuple[Any, ...]]]:
    """Every careergraph node (by id, with labels and properties) and relationship."""
    nodes = store.run("MATCH (n:CareerGraph) RETURN n.id, labels(n), properties(n)")
    edges = store.run("MATCH (a:CareerGraph)-[r]->(b:CareerGraph) "
                      "RETURN a.id, type(r), b.id, properties(r)")
    node_map = {i: {"labels": sorted(lbl), "props": props} for i, lbl, props in nodes.rows}
    edge_set = {(a, t, b, _freeze(p)) for a, t, b, p in edges.rows}
    return node_map, edge_set


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def pairs(graph: CareerGraph, count: int, seed: int = 3) -> Iterator[tuple[str, str]]:
    """Sample (source, target) role pairs, reachable ones and not."""
    rng = random.Random(seed)
    roles = [n for n, _ in graph.nodes(NodeType.ROLE)]
    for _ in range(count):
        a, b = rng.sample(roles, 2)
        yield a, b


def holding(store: Neo4jStore, graph: CareerGraph) -> Neo4jStore:
    """``store`` with ``graph`` loaded (other tests load other graphs into the same server;
    the counts of every label and type tell which one is there): a test that only reads
    need not replace a graph the server already holds."""
    if store.counts().as_plan_counts() != load_plan(graph).expected():
        store.load(graph, replace=True)
    return store
