"""Local Cypher engine: load throughput of careergraph's loader, and library query latency.

Run (from the repository root)::

    python benchmarks/bench_cypher.py                         # 1k, 10k and 50k rows
    python benchmarks/bench_cypher.py --sizes 1000 5000 --batch-size 2000 --repeat 30

For each size it builds a seeded synthetic career graph with networkx (about that many load
rows: nodes plus relationships, in the careergraph schema), starts one private local engine
(FalkorDB) and measures, with ``time.perf_counter``:

- ``careergraph``: ``FalkorStore.load`` into a fresh graph key, end to end (the graph turned
  into rows, schema, every node and relationship batch with its written-count check, the
  count check, the swap);
- ``bare``: ``UNWIND $rows AS r MERGE (n:X {id: r.id})`` (the same number of rows, the same
  batch size, an index on ``X(id)``): the engine's raw MERGE rate, the baseline;
- ``bare (same rows)``: careergraph's own rows (every property, every relationship) through
  the minimal statements — ``UNWIND $rows AS r MERGE (n:X {id: r.id}) SET n = r`` and
  ``… MATCH (a:X {id: r.src}) MATCH (b:X {id: r.dst}) MERGE (a)-[e:T]->(b) SET e = r.props``
  — without the namespace label, the written-count checks or the staging copy: what the
  loader's own machinery costs on top of the same data;
- the median and p95 latency of a few ``cypher/queries/`` statements on the loaded graph.

It prints a table and writes ``benchmarks/out/cypher.json``.  Target: the careergraph loader
reaches at least 0.5x the bare rate although its rows carry all properties, two labels and
relationships (each a two-node lookup).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from careergraph.graph import CareerGraph
from careergraph.stores.cypher import statement
from careergraph.stores.falkor import FalkorStore
from careergraph.stores.local import LocalEngine
from careergraph.stores.rows import batches, load_plan

LEVELS = ["junior", "mid", "senior", "lead", "principal", "director", "vp", "c-level"]
# The baseline is deliberately not a careergraph statement, so it is spelled out here.
BARE_INDEX = "CREATE INDEX FOR (n:X) ON (n.id)"
BARE_MERGE = "UNWIND $rows AS r MERGE (n:X {id: r.id})"
SAME_NODES = "UNWIND $rows AS r MERGE (n:X {id: r.id}) SET n = r"
SAME_EDGES = ("UNWIND $rows AS r MATCH (a:X {id: r.src}) MATCH (b:X {id: r.dst}) "
              "MERGE (a)-[e:T]->(b) SET e = r.props")


def synthetic(rows: int, seed: int = 1) -> CareerGraph:
    """About ``rows`` load rows: 10% roles, 5% skills, relationships for the rest."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    src = [{"file": "bench.txt", "line": 1}]
    roles = [f"role:r{i}" for i in range(max(8, rows // 10))]
    skills = [f"skill:s{i}" for i in range(max(4, rows // 20))]
    employers = [f"employer:e{i}" for i in range(50)]
    sectors = [f"sector:x{i}" for i in range(20)]
    for i, node in enumerate(roles):
        level = LEVELS[i % len(LEVELS)]
        g.add_node(node, type="Role", name=f"{level.title()} Role {i}", aliases=[f"R{i}"],
                   sources=src, level=level, rank=i % 8 + 1, track="individual_contributor",
                   guides=[], salaries=[], summary=f"Role {i}")
    for kind, nodes in (("Skill", skills), ("Employer", employers), ("Sector", sectors)):
        for node in nodes:
            g.add_node(node, type=kind, name=node.split(":")[1], aliases=[], sources=src)

    def edge(u: str, v: str, key: str, **attrs: Any) -> None:
        if u != v:
            g.add_edge(u, v, key=key, type=key, sources=src, **attrs)

    for i, node in enumerate(roles):
        if (i + 1) % len(LEVELS):
            edge(node, roles[(i + 1) % len(roles)], "LEADS_TO")
        if i % 2 == 0:
            edge(node, rng.choice(roles), "TRANSITIONS_TO")
            edge(rng.choice(employers), node, "HIRES")
            edge(node, rng.choice(sectors), "IN_SECTOR")
    have = g.number_of_nodes() + g.number_of_edges()
    while have < rows:  # counted here: MultiDiGraph.number_of_edges() walks every edge
        u, v = rng.choice(roles), rng.choice(skills)
        if not g.has_edge(u, v, key="REQUIRES"):
            edge(u, v, "REQUIRES", kinds=["top"])
            have += 1
    return CareerGraph(g)


def _seconds(fn: Any) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def bare_load(db: Any, key: str, rows: int, batch_size: int) -> float:
    graph = db.select_graph(key)
    graph.query(BARE_INDEX)
    data = [{"id": f"x{i}"} for i in range(rows)]

    def go() -> None:
        for chunk in batches(data, batch_size):
            graph.query(BARE_MERGE, {"rows": chunk})

    return _seconds(go)


def bare_same_rows_load(db: Any, key: str, graph: CareerGraph, batch_size: int) -> float:
    plan = load_plan(graph)
    target = db.select_graph(key)
    target.query(BARE_INDEX)

    def go() -> None:
        for step in plan.steps:
            text = SAME_NODES if step.statement.startswith("load/nodes_") else SAME_EDGES
            for chunk in batches(step.rows, batch_size):
                target.query(text, {"rows": chunk})

    return _seconds(go)


QUERIES: dict[str, Any] = {
    "shortest_route": lambda roles, rng: {"from": rng.choice(roles), "to": rng.choice(roles)},
    "route_to_level": lambda roles, rng: {"from": rng.choice(roles), "level": "director"},
    "skills_gap": lambda roles, rng: {"from": rng.choice(roles), "to": rng.choice(roles)},
    "who_hires": lambda roles, rng: {"role": rng.choice(roles)},
    "top_skills": lambda roles, rng: {"limit": 10},
}


def query_latency(store: FalkorStore, roles: list[str], repeat: int) -> dict[str, Any]:
    rng = random.Random(7)
    found: dict[str, Any] = {}
    for name, make in QUERIES.items():
        stmt = statement(f"queries/{name}", store.engine)
        text = "\n".join(stmt.statements)
        samples = []
        for _ in range(repeat):
            params = stmt.bind(make(roles, rng))
            started = time.perf_counter()
            store.run(text, params)
            samples.append(time.perf_counter() - started)
        found[name] = {"median_ms": statistics.median(samples) * 1000,
                       "p95_ms": sorted(samples)[int(0.95 * (len(samples) - 1))] * 1000}
    return found


def run(sizes: list[int], batch_size: int, repeat: int) -> dict[str, Any]:
    results = []
    started = time.perf_counter()
    with LocalEngine() as engine:
        startup = time.perf_counter() - started
        db = engine.client()
        for size in sizes:
            graph = synthetic(size)
            rows = load_plan(graph).rows
            store = FalkorStore(db, graph=f"bench-{size}")
            # End to end, including turning the graph into rows.
            loaded = _seconds(lambda: store.load(graph, batch_size=batch_size))  # noqa: B023
            bare = bare_load(db, f"bare-{size}", rows, batch_size)
            same = bare_same_rows_load(db, f"same-{size}", graph, batch_size)
            roles = [n for n, a in graph.nodes() if a["type"] == "Role"]
            results.append({
                "rows": rows, "batch_size": batch_size,
                "careergraph_rows_per_s": rows / loaded,
                "bare_rows_per_s": rows / bare,
                "ratio": bare / loaded,
                "bare_same_rows_per_s": rows / same,
                "ratio_same_rows": same / loaded,
                "careergraph_s": loaded, "bare_s": bare, "bare_same_s": same,
                "queries": query_latency(store, roles, repeat),
            })
    return {"benchmark": "cypher", "engine": "falkordb (local)",
            "engine_startup_s": startup, "python": platform.python_version(),
            "machine": platform.machine(), "results": results}


def print_table(report: dict[str, Any]) -> None:
    print(f"local engine start-up: {report['engine_startup_s'] * 1000:.0f} ms")
    print(f"{'rows':>7} {'careergraph rows/s':>19} {'bare rows/s':>12} {'ratio':>6} "
          f"{'same-rows bare/s':>17} {'ratio':>6}   "
          + "  ".join(f"{q} (ms)" for q in QUERIES))
    for r in report["results"]:
        latency = "  ".join(f"{r['queries'][q]['median_ms']:>{len(q) + 5}.2f}"
                            for q in QUERIES)
        print(f"{r['rows']:>7} {r['careergraph_rows_per_s']:>19,.0f} "
              f"{r['bare_rows_per_s']:>12,.0f} {r['ratio']:>6.2f} "
              f"{r['bare_same_rows_per_s']:>17,.0f} {r['ratio_same_rows']:>6.2f}   {latency}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20, help="runs per query")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / "out" / "cypher.json")
    args = parser.parse_args()
    report = run(args.sizes, args.batch_size, args.repeat)
    print_table(report)
    write_report(report, args.out)


def write_report(report: dict[str, Any], out: Path) -> None:
    """Write a benchmark's JSON report (also used by bench_neo4j)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
