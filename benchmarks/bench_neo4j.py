"""Neo4j: load throughput of careergraph's loader against bare statements, and the
10,000-guide graph loaded and queried.

Run (from the repository root, after ``mvn -q -f tools/neo4j-server/pom.xml package``)::

    python benchmarks/bench_neo4j.py                          # 1k, 10k, 50k rows; 10,000 guides
    python benchmarks/bench_neo4j.py --sizes 1000 10000 --guides 1000 --repeat 3

The server is the tests' (``tools/neo4j-server``: embedded Neo4j 5.26, Bolt on 127.0.0.1,
started here and stopped at the end; its start-up time is reported), or the one
``NEO4J_URI`` / ``NEO4J_PASSWORD`` name (its careergraph data and label ``X`` are deleted).
For each size, on the synthetic graphs of ``bench_cypher.py`` (about that many load rows),
after one warm-up round (the server's JIT and plan cache), the median of ``--repeat`` runs,
each into an emptied database, of:

- ``careergraph``: ``Neo4jStore.load`` end to end, as ``careergraph load`` runs it: the graph
  turned into rows, the schema statements, one write transaction with every node and
  relationship batch and its written-count check, then the counts;
- ``bare``: ``UNWIND $rows AS r MERGE (n:X {id: r.id})`` over the same number of one-property
  rows, the same batch size, a uniqueness constraint on ``X.id``, one transaction: the
  server's raw MERGE rate, the baseline;
- ``bare (same rows)``: careergraph's own rows through the minimal statements
  (``MERGE (n:X {id: r.id}) SET n = r``; ``MATCH (a:X {id: r.src}) MATCH (b:X {id: r.dst})
  MERGE (a)-[e:T]->(b) SET e = r.props``) in one transaction: the loader's own costs
  (two labels, typed relationships, checks) on top of the same data.

Then the ``--guides`` corpus (``benchmarks/out/corpus-N``, generated if missing) is built,
loaded, and the library queries timed on it (median and p95 of ``--queries`` runs).  Prints a
table and writes ``benchmarks/out/neo4j.json``.  Target: careergraph ≥ 0.5× the bare rate.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.neo4j_server import Neo4jServer, external, started  # noqa: E402

from benchmarks.bench_cypher import SAME_EDGES, SAME_NODES, synthetic, write_report  # noqa: E402
from careergraph.graph import CareerGraph  # noqa: E402
from careergraph.stores.cypher import statement  # noqa: E402
from careergraph.stores.neo4j import Neo4jConfig, Neo4jStore  # noqa: E402
from careergraph.stores.rows import batches, load_plan  # noqa: E402

# The baseline is deliberately not a careergraph statement, so it is spelled out here.
BARE_CONSTRAINT = "CREATE CONSTRAINT bench_x_id IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE"
BARE_MERGE = "UNWIND $rows AS r MERGE (n:X {id: r.id})"
CLEAR = ("MATCH (n) WHERE n:X OR n:CareerGraph "
         "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
SLOW_RUNS = 3
QUERIES: dict[str, Callable[[list[str], random.Random], dict[str, Any]]] = {
    "shortest_route": lambda roles, rng: {"from": rng.choice(roles), "to": rng.choice(roles)},
    "route_to_level": lambda roles, rng: {"from": rng.choice(roles), "level": "director"},
    "skills_gap": lambda roles, rng: {"from": rng.choice(roles), "to": rng.choice(roles)},
    "who_hires": lambda roles, rng: {"role": rng.choice(roles)},
    "role_neighbourhood": lambda roles, rng: {"role": rng.choice(roles)},
    "top_skills": lambda roles, rng: {"limit": 10},
}


@contextlib.contextmanager
def server() -> Iterator[tuple[Neo4jServer, float | None]]:
    """The NEO4J_URI server, else the tests' server started here (with its start-up time)."""
    own = external()
    if own is not None:
        yield own, None
        return
    # Throughput matters here, not start-up: the JVM's default JIT (C2) and a 2 GiB heap
    # (the 10,000-guide graph is one transaction) instead of tools/neo4j-server/run's flags.
    os.environ.setdefault("CAREERGRAPH_NEO4J_JAVA_OPTS", "-Xms1g -Xmx2g")
    with tempfile.TemporaryDirectory() as tmp:
        begun = time.perf_counter()
        with started(Path(tmp) / "server.log") as ours:
            yield ours, time.perf_counter() - begun


def _seconds(fn: Callable[[], Any]) -> float:
    begun = time.perf_counter()
    fn()
    return time.perf_counter() - begun


def _clear(store: Neo4jStore) -> None:
    # CALL {} IN TRANSACTIONS needs an implicit (auto-commit) transaction.
    with store._driver.session(database=store.config.database) as session:
        session.run(CLEAR).consume()


def _in_one_transaction(store: Neo4jStore, work: list[tuple[str, list[dict[str, Any]]]],
                        batch_size: int) -> float:
    def run(tx: Any) -> None:
        for text, rows in work:
            for chunk in batches(rows, batch_size):
                tx.run(text, rows=chunk).consume()

    with store._driver.session(database=store.config.database) as session:
        return _seconds(lambda: session.execute_write(run))


def bare(store: Neo4jStore, rows: int, batch_size: int) -> float:
    store.run(BARE_CONSTRAINT, write=True)
    return _in_one_transaction(store, [(BARE_MERGE, [{"id": f"x{i}"} for i in range(rows)])],
                               batch_size)


def bare_same_rows(store: Neo4jStore, graph: CareerGraph, batch_size: int) -> float:
    store.run(BARE_CONSTRAINT, write=True)
    work = [(SAME_NODES if step.statement.startswith("load/nodes_") else
             SAME_EDGES.replace(":T]", f":{step.kind}]"), step.rows)
            for step in load_plan(graph).steps]
    return _in_one_transaction(store, work, batch_size)


def median_of(repeat: int, store: Neo4jStore, fn: Callable[[], float]) -> float:
    samples = []
    for _ in range(repeat):
        _clear(store)
        samples.append(fn())
    return statistics.median(samples)


def query_latency(store: Neo4jStore, roles: list[str], runs: int) -> dict[str, Any]:
    rng = random.Random(7)
    found: dict[str, Any] = {}
    for name, make in QUERIES.items():
        # route_to_level runs one shortest-path search per role at the level: tens of
        # seconds on the 10,000-guide graph, so it gets a few runs only.
        count = min(runs, SLOW_RUNS) if name == "route_to_level" else runs
        stmt = statement(f"queries/{name}", store.engine)
        text = "\n".join(stmt.statements)
        store.run(text, stmt.bind(make(roles, rng)))  # plan cached from here on
        samples = []
        for _ in range(count):
            params = stmt.bind(make(roles, rng))
            samples.append(_seconds(lambda: store.run(text, params)))  # noqa: B023
        samples.sort()
        found[name] = {"median_ms": statistics.median(samples) * 1000,
                       "p95_ms": samples[int(0.95 * (len(samples) - 1))] * 1000, "n": count}
        print(f"  {name}: median {found[name]['median_ms']:.1f} ms", file=sys.stderr,
              flush=True)
    return found


def guides_graph(size: int) -> tuple[CareerGraph, float]:
    from benchmarks.run import ensure_corpus

    folder = ensure_corpus(size, 20240607)
    begun = time.perf_counter()
    graph = CareerGraph.from_guides(folder / "guides")
    return graph, time.perf_counter() - begun


def run(sizes: list[int], batch_size: int, repeat: int, guides: int,
        queries: int) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    report: dict[str, Any] = {"benchmark": "neo4j", "python": platform.python_version(),
                              "machine": platform.machine(), "results": results}
    with server() as (where, startup):
        report["server"] = where.uri if startup is None else "tools/neo4j-server (embedded)"
        if startup is not None:
            report["server_startup_s"] = startup
        store = Neo4jStore(Neo4jConfig.resolve(env=where.env()))
        report["neo4j_version"] = store.run("CALL dbms.components() YIELD versions "
                                            "RETURN versions[0]").rows[0][0]
        warm = synthetic(1000)  # compile the plans and warm the JIT before measuring
        for fn in (lambda: store.load(warm).seconds, lambda: bare(store, 1000, batch_size),
                   lambda: bare_same_rows(store, warm, batch_size)):
            median_of(2, store, fn)
        for size in sizes:
            graph = synthetic(size)
            rows = load_plan(graph).rows
            ours = median_of(repeat, store, lambda: store.load(
                graph, batch_size=batch_size).seconds)  # noqa: B023
            base = median_of(repeat, store, lambda: bare(store, rows, batch_size))  # noqa: B023
            same = median_of(repeat, store, lambda: bare_same_rows(
                store, graph, batch_size))  # noqa: B023
            results.append({
                "rows": rows, "batch_size": batch_size, "repeat": repeat,
                "careergraph_rows_per_s": rows / ours, "bare_rows_per_s": rows / base,
                "ratio": base / ours, "bare_same_rows_per_s": rows / same,
                "ratio_same_rows": same / ours,
                "careergraph_s": ours, "bare_s": base, "bare_same_s": same})
            print(f"  {rows:,} rows: careergraph {ours:.2f} s, bare {base:.2f} s, "
                  f"same rows {same:.2f} s", file=sys.stderr, flush=True)
        if guides:
            graph, build_s = guides_graph(guides)
            _clear(store)
            loaded = store.load(graph, batch_size=batch_size)
            print(f"  {guides:,} guides: {loaded.rows:,} rows loaded in {loaded.seconds:.1f} s",
                  file=sys.stderr, flush=True)
            roles = [a["name"] for _, a in graph.nodes() if a["type"] == "Role"]
            report["guides"] = {"guides": guides, "build_s": build_s, "rows": loaded.rows,
                                "load_s": loaded.seconds,
                                "rows_per_s": loaded.rows_per_second,
                                "queries": query_latency(store, roles, queries)}
        _clear(store)
        store.close()
    return report


def print_table(report: dict[str, Any]) -> None:
    if "server_startup_s" in report:
        print(f"server start-up: {report['server_startup_s']:.1f} s "
              f"(Neo4j {report['neo4j_version']})")
    print(f"{'rows':>7} {'careergraph rows/s':>19} {'bare rows/s':>12} {'ratio':>6} "
          f"{'same-rows bare/s':>17} {'ratio':>6}")
    for r in report["results"]:
        print(f"{r['rows']:>7} {r['careergraph_rows_per_s']:>19,.0f} "
              f"{r['bare_rows_per_s']:>12,.0f} {r['ratio']:>6.2f} "
              f"{r['bare_same_rows_per_s']:>17,.0f} {r['ratio_same_rows']:>6.2f}")
    g = report.get("guides")
    if g:
        print(f"{g['guides']:,} guides: built in {g['build_s']:.1f} s, {g['rows']:,} rows "
              f"loaded in {g['load_s']:.1f} s ({g['rows_per_s']:,.0f} rows/s)")
        for name, row in g["queries"].items():
            print(f"  {name:<20} median {row['median_ms']:8.2f} ms  p95 {row['p95_ms']:8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000, 50000],
                        help="rows per synthetic load (none: skip)")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="loads per size (median)")
    parser.add_argument("--guides", type=int, default=10000,
                        help="corpus size to build, load and query (0: skip)")
    parser.add_argument("--queries", type=int, default=10, help="runs per query")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "neo4j.json")
    args = parser.parse_args()
    report = run(args.sizes, args.batch_size, args.repeat, args.guides, args.queries)
    print_table(report)
    write_report(report, args.out)


if __name__ == "__main__":
    main()
