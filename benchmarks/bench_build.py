"""Build one synthetic corpus and measure it (run in a fresh process per size).

    python -m benchmarks.bench_build benchmarks/out/corpus-10000 [--routes 200] [--profile F]
    python -m benchmarks.bench_build benchmarks/out/corpus-10000 --only card   # card guides only

Times ``load_corpus`` (read + parse) and ``build_graph`` (resolve + graph) separately,
records peak memory (``ru_maxrss`` of this process: it starts fresh, so the peak is the build
plus the interpreter), node and edge counts, how well the graph recovers the generator's
ground truth (role count, LEADS_TO edges), and, with ``--routes N``, route-query latencies
on the built graph against a bare networkx shortest path.  ``--only card`` (or ``longform``,
``yaml``, ``json``) keeps the files of one layout (named ``<slug>.card.txt`` and so on by the
generator): ``parse_guides_per_s`` is then that layout's parse speed (ground-truth recovery is
of the whole corpus, so it reads low).  ``parse_cpu_s`` / ``build_cpu_s`` are CPU seconds
(the parse's include its worker processes): on a machine shared with other work they move
far less than wall time (``parse_parent_cpu_s`` / ``parse_workers_cpu_s`` split the parse's).
``--workers N``: N processes parse (this one and N - 1 forked workers; 1: this process
alone).  ``--parse-only`` stops after the parse (no build, no recovery: a card-only graph's
recovery step runs for minutes); ``--no-recovery`` builds but skips that step.
``build_cpu_s`` counts the process the build forks (it resolves the roles there).
Prints one JSON document.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import random
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from careergraph.build import build_graph
from careergraph.graph import CareerGraph
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _layout_files(guides_dir: Path, only: str | None) -> list[Path]:
    files = sorted(p for p in guides_dir.iterdir() if p.is_file())
    if only is None:
        return files
    suffix = {"card": ".card.txt", "longform": ".longform.txt"}.get(only, f".{only}")
    return [p for p in files if p.name.endswith(suffix)]


def _cpu_s() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children (workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def measure(corpus_dir: Path, *, routes: int = 0, profile: Path | None = None,
            no_gc: bool = False, only: str | None = None,
            workers: int | None = None, parse_only: bool = False,
            recovery: bool = True) -> dict[str, Any]:
    guides_dir = corpus_dir / "guides"
    truth = json.loads((corpus_dir / "truth.json").read_text(encoding="utf-8"))
    files = _layout_files(guides_dir, only)
    size_bytes = sum(p.stat().st_size for p in files)
    lexicon = load_lexicon()
    base_rss = _rss_mib()
    profiler = cProfile.Profile() if profile else None
    gc.collect()
    if no_gc:
        gc.disable()

    if profiler:
        profiler.enable()
    t0, cpu0 = time.perf_counter(), _cpu_s()
    corpus = load_corpus([guides_dir] if only is None else files, lexicon=lexicon,
                         workers=workers)
    t1, cpu1 = time.perf_counter(), _cpu_s()
    parse = _parse_figures(len(corpus.guides), t1 - t0, cpu0, cpu1)
    if parse_only:
        if profiler:
            profiler.disable()
            profiler.dump_stats(str(profile))
        return {"size": truth["size"], "only": only, "workers": workers, "files": len(files),
                "guides": len(corpus.guides), "mb": size_bytes / 1e6, **parse,
                "peak_rss_mib": _rss_mib()}
    graph, report = build_graph(corpus.guides, lexicon, corpus.problems)
    t2, cpu2 = time.perf_counter(), _cpu_s()
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    peak_rss = _rss_mib()
    gc.enable()

    nodes = Counter(attrs["type"] for _, attrs in graph.nodes(data=True))
    edges = Counter(key for _, _, key in graph.edges(keys=True))
    total = t2 - t0
    result: dict[str, Any] = {
        "size": truth["size"],
        "only": only,
        "gc": not no_gc,
        "files": len(files),
        "guides": len(corpus.guides),
        "mb": size_bytes / 1e6,
        **parse,
        "build_s": t2 - t1,
        "total_s": total,
        "guides_per_s": len(corpus.guides) / total,
        "build_cpu_s": cpu2[0] + cpu2[1] - cpu1[0] - cpu1[1],  # with its forked child
        "mb_per_s": size_bytes / 1e6 / total,
        "base_rss_mib": base_rss,
        "peak_rss_mib": peak_rss,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "nodes_by_type": dict(sorted(nodes.items())),
        "edges_by_type": dict(sorted(edges.items())),
        "problems": len(corpus.problems) + sum(len(g.problems) for g in report.guides),
        "truth_roles": len(truth["roles"]),
        "truth_leads_to": len(truth["leads_to"]),
    }
    cg = CareerGraph(graph, report, lexicon)
    if recovery:
        result.update(_recovery(cg, truth))
    if routes:
        result["routes"] = _routes(cg, truth, routes)
    return result


def _parse_figures(guides: int, wall: float, cpu0: tuple[float, float],
                   cpu1: tuple[float, float]) -> dict[str, float]:
    """Wall and CPU figures of the parse: CPU of this process, of its workers, and both (the
    fairer figure on a shared machine)."""
    parent, workers = cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]
    return {"parse_s": wall, "parse_guides_per_s": guides / wall,
            "parse_cpu_s": parent + workers, "parse_parent_cpu_s": parent,
            "parse_workers_cpu_s": workers,
            "parse_guides_per_cpu_s": guides / max(1e-9, parent + workers)}


def _recovery(cg: CareerGraph, truth: dict[str, Any]) -> dict[str, Any]:
    """How many generated roles map to exactly one node, and LEADS_TO edges found."""
    from careergraph.errors import ResolveError
    from careergraph.model import EdgeType, NodeType

    node_of: dict[str, str] = {}
    unresolved = 0
    for key, role in truth["roles"].items():
        try:
            node_of[key] = cg.find(role["title"], NodeType.ROLE)
        except ResolveError:
            unresolved += 1
    found = {(s, d) for s, d, _ in cg.edges(EdgeType.LEADS_TO)}
    hit = sum((node_of.get(a), node_of.get(b)) in found for a, b in truth["leads_to"])
    return {
        "roles_resolved": len(node_of),
        "roles_unresolved": unresolved,
        "roles_distinct_nodes": len(set(node_of.values())),
        "leads_to_found": hit,
    }


def _routes(cg: CareerGraph, truth: dict[str, Any], n: int) -> dict[str, Any]:
    """Median/p95 latency of shortest and 3-best routes vs a bare networkx shortest path."""
    import networkx as nx

    from careergraph.errors import CareerGraphError
    from careergraph.model import EdgeType, NodeType
    from careergraph.routes import find_routes

    rng = random.Random(11)
    titles = [r["title"] for r in truth["roles"].values()]
    moves = nx.DiGraph()
    for src, dst, key in cg.nx.edges(keys=True):
        if key in (EdgeType.LEADS_TO.value, EdgeType.TRANSITIONS_TO.value):
            moves.add_edge(src, dst)
    # Pairs with a route between them, so every timing is of a successful query.
    pairs: list[tuple[str, str]] = []
    ids = {t: cg.find(t, NodeType.ROLE) for t in titles}
    starts = rng.sample(titles, min(len(titles), n * 4))
    for a in starts:
        if ids[a] not in moves:
            continue
        reach = nx.single_source_shortest_path_length(moves, ids[a], cutoff=6)
        far = [t for t in titles if reach.get(ids[t], 0) >= 2]
        if far:
            pairs.append((a, rng.choice(far)))
        if len(pairs) >= n:
            break
    t0 = time.perf_counter()
    find_routes(cg, pairs[0][0], pairs[0][1])
    first_ms = (time.perf_counter() - t0) * 1000
    timings: dict[str, list[float]] = {"shortest": [], "3-best": [], "to level Director": [],
                                       "nx.shortest_path": []}
    misses = 0
    for a, b in pairs:
        for label, call in (
            ("shortest", lambda a=a, b=b: find_routes(cg, a, b)),
            ("3-best", lambda a=a, b=b: find_routes(cg, a, b, k=3)),
            ("to level Director", lambda a=a: find_routes(cg, a, "Director")),
            ("nx.shortest_path", lambda a=a, b=b: nx.shortest_path(moves, ids[a], ids[b])),
        ):
            t = time.perf_counter()
            try:
                call()
            except CareerGraphError:
                misses += 1
                continue
            timings[label].append((time.perf_counter() - t) * 1000)
    out: dict[str, Any] = {"pairs": len(pairs), "first_query_ms": first_ms, "misses": misses}
    base = statistics.median(timings["nx.shortest_path"])
    for label, values in timings.items():
        if values:
            med = statistics.median(values)
            out[label] = {"median_ms": med, "p95_ms": _percentile(values, 0.95),
                          "ratio_to_nx": med / base if base else None, "n": len(values)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder written by benchmarks.generate")
    parser.add_argument("--routes", type=int, default=0, help="route queries to time")
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile stats")
    parser.add_argument("--no-gc", action="store_true",
                        help="disable the cyclic garbage collector while building")
    parser.add_argument("--only", choices=("card", "longform", "yaml", "json"), default=None,
                        help="only the guide files of one layout")
    parser.add_argument("--workers", type=int, default=None,
                        help="parse processes (default: one per CPU; 1: in this process)")
    parser.add_argument("--parse-only", action="store_true",
                        help="stop after the parse (no build, recovery or routes)")
    parser.add_argument("--no-recovery", action="store_true",
                        help="skip the ground-truth recovery step (minutes on a card-only "
                             "graph; the timed figures do not include it)")
    args = parser.parse_args(argv)
    result = measure(args.corpus, routes=args.routes, profile=args.profile, no_gc=args.no_gc,
                     only=args.only, workers=args.workers, parse_only=args.parse_only,
                     recovery=not args.no_recovery)
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
