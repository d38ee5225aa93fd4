"""Route-query latency on a large synthetic career graph.

Run (from the repository root)::

    python benchmarks/bench_routes.py                      # 10,000 roles, 300 queries each
    python benchmarks/bench_routes.py --roles 2000 --queries 100 --seed 3

It builds a seeded synthetic graph with networkx in the careergraph schema (role families
with junior → … → VP ladders, lateral TRANSITIONS_TO links between families at similar
levels, skills with Zipf-like frequencies), then times with ``time.perf_counter``:

- ``shortest → level``: ``find_routes(g, role, "Director")`` (nearest director-level role);
- ``shortest → role``: ``find_routes(g, role, other_role)``;
- ``3-best → level`` / ``3-best → role``: the same with ``k=3``;
- ``effort → role``: ``rank_by="effort"``;
- ``nx.shortest_path``: a bare networkx shortest path on the same graph between the same
  roles (the route's end role for level queries), the baseline of the ratios.

It prints a table (median, p95, ratio of medians to the baseline) and writes
``benchmarks/out/routes.json``.  The one-off cost of the per-graph routing index (first query)
is reported separately.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from careergraph.errors import NoRouteError
from careergraph.graph import CareerGraph
from careergraph.model import Seniority
from careergraph.routes import find_routes

LADDER = [Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR, Seniority.LEAD,
          Seniority.PRINCIPAL, Seniority.MANAGER, Seniority.DIRECTOR, Seniority.VP]
TITLES = {Seniority.JUNIOR: "Junior {f} Engineer", Seniority.MID: "{f} Engineer",
          Seniority.SENIOR: "Senior {f} Engineer", Seniority.LEAD: "Lead {f} Engineer",
          Seniority.PRINCIPAL: "Principal {f} Engineer", Seniority.MANAGER: "{f} Manager",
          Seniority.DIRECTOR: "Director of {f}", Seniority.VP: "VP of {f}"}
UP = [(0, 1), (1, 2), (2, 3), (3, 4), (3, 5), (4, 6), (5, 6), (6, 7)]


def _src(rng: random.Random, family: int) -> list[dict[str, Any]]:
    return [{"file": f"family-{family}.txt", "line": rng.randint(1, 200)}]


def synthetic_graph(roles: int, seed: int, skills: int = 3000) -> nx.MultiDiGraph:
    """A seeded career graph of about ``roles`` roles (families of 8) in the careergraph schema."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    families = max(1, roles // len(LADDER))
    skill_ids = [f"skill:s{i}" for i in range(skills)]
    for i, sid in enumerate(skill_ids):
        g.add_node(sid, type="Skill", name=f"Skill {i}", aliases=[f"Skill {i}"], sources=[])
    zipf = [1 / (i + 1) ** 1.1 for i in range(skills)]
    by_level: dict[Seniority, list[str]] = {lv: [] for lv in LADDER}
    for f in range(families):
        family = f"Area{f}"
        ids = []
        for level in LADDER:
            name = TITLES[level].format(f=family)
            rid = f"role:{name.lower().replace(' ', '-')}"
            ids.append(rid)
            by_level[level].append(rid)
            g.add_node(rid, type="Role", name=name, aliases=[name], level=level.value,
                       rank=level.rank, track=level.track.value, guides=[f"family-{f}.txt"],
                       salaries=[], sources=_src(rng, f), summary=None)
            for sid in set(rng.choices(skill_ids, weights=zipf, k=rng.randint(5, 12))):
                kind = "often_missing" if rng.random() < 0.15 else "top"
                g.add_edge(rid, sid, key="REQUIRES", type="REQUIRES", kinds=[kind],
                           sources=_src(rng, f))
        for a, b in UP:
            g.add_edge(ids[a], ids[b], key="LEADS_TO", type="LEADS_TO", sources=_src(rng, f))
    # Lateral moves between families at the same or a neighbouring level, a few cross-family
    # promotions, and some moves back down (so cycles and downward moves exist).
    for level_index, level in enumerate(LADDER):
        for rid in by_level[level]:
            for _ in range(2):
                near = LADDER[max(0, min(len(LADDER) - 1, level_index + rng.choice((-1, 0, 0, 1))))]
                other = rng.choice(by_level[near])
                if other != rid:
                    g.add_edge(rid, other, key="TRANSITIONS_TO", type="TRANSITIONS_TO",
                               sources=_src(rng, 0))
            if rng.random() < 0.2 and level_index + 1 < len(LADDER):
                other = rng.choice(by_level[LADDER[level_index + 1]])
                g.add_edge(rid, other, key="LEADS_TO", type="LEADS_TO", sources=_src(rng, 0))
    return g


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(ordered), "p95_ms": p95, "n": len(ordered)}


def run(roles: int, queries: int, seed: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    g = synthetic_graph(roles, seed)
    build_s = time.perf_counter() - t0
    cg = CareerGraph(g)
    rng = random.Random(seed + 1)
    low = [n for n, d in g.nodes(data=True) if d.get("type") == "Role" and d["rank"] <= 3]
    every = [n for n, d in g.nodes(data=True) if d.get("type") == "Role"]
    name = {n: g.nodes[n]["name"] for n in every}
    first_query_ms = _time(lambda: find_routes(cg, name[low[0]], "Director"))
    cg.match(name[every[0]])  # name index (shared with every other command)

    samples: dict[str, list[float]] = {k: [] for k in (
        "shortest → level", "shortest → role", "3-best → level", "3-best → role",
        "effort → role", "nx.shortest_path")}
    base_level: list[float] = []
    misses = 0
    for _ in range(queries):
        src = rng.choice(low)
        dst = rng.choice(every)
        try:
            routes: list[Any] = []
            samples["shortest → level"].append(_time(
                lambda s=src, out=routes: out.append(find_routes(cg, name[s], "Director"))))
            end = routes[-1][0].end.role_id
            base_level.append(_time(lambda s=src, e=end: nx.shortest_path(g, s, e)))
            samples["3-best → level"].append(_time(
                lambda s=src: find_routes(cg, name[s], "Director", k=3)))
            samples["shortest → role"].append(_time(
                lambda s=src, d=dst: find_routes(cg, name[s], name[d])))
            samples["nx.shortest_path"].append(_time(lambda s=src, d=dst:
                                                     nx.shortest_path(g, s, d)))
            samples["3-best → role"].append(_time(
                lambda s=src, d=dst: find_routes(cg, name[s], name[d], k=3)))
            samples["effort → role"].append(_time(
                lambda s=src, d=dst: find_routes(cg, name[s], name[d], rank_by="effort")))
        except NoRouteError:
            misses += 1
    baseline = statistics.median(samples["nx.shortest_path"])
    baseline_level = statistics.median(base_level) if base_level else float("nan")
    rows = {}
    for label, values in samples.items():
        if not values:
            continue
        row = _summary(values)
        base = baseline_level if label.endswith("level") else baseline
        row["ratio_to_nx"] = row["median_ms"] / base if base else float("nan")
        rows[label] = row
    return {
        "roles": sum(1 for _ in every), "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(), "seed": seed, "queries": queries,
        "unreachable_queries": misses, "graph_build_s": round(build_s, 3),
        "first_query_ms (builds the routing index)": round(first_query_ms, 1),
        "nx_shortest_path_to_level_end_median_ms": baseline_level,
        "results": rows, "python": platform.python_version(), "networkx": nx.__version__,
        "machine": platform.machine(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / "out" / "routes.json")
    args = parser.parse_args()
    report = run(args.roles, args.queries, args.seed)
    print(f"{report['roles']} roles, {report['nodes']} nodes, {report['edges']} edges; "
          f"{report['queries']} queries ({report['unreachable_queries']} unreachable); "
          f"first query {report['first_query_ms (builds the routing index)']} ms")
    print(f"{'query':<20}{'median ms':>11}{'p95 ms':>10}{'× nx':>8}")
    for label, row in report["results"].items():
        print(f"{label:<20}{row['median_ms']:>11.3f}{row['p95_ms']:>10.3f}"
              f"{row['ratio_to_nx']:>8.1f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
