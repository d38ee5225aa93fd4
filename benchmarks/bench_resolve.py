"""Time entity resolution (and the whole graph build) on a parsed synthetic corpus.

    python -m benchmarks.bench_resolve benchmarks/out/corpus-10000 [--repeat 3]

Parses once, then times ``resolve_mentions`` over every mention and ``build_graph``
(resolution + graph + related skills) ``--repeat`` times each; prints one JSON document with
the median and best wall-clock seconds and the median CPU seconds of the process.
Resolution is timed with the cyclic garbage collector paused, as ``build_graph`` runs it in
the product (``careergraph.bulk.paused_gc``); ``--gc`` times it with the collector on.  Run it
with ``PYTHONPATH`` pointing at two trees to compare them on the same corpus in the same
session.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import statistics
import time
from pathlib import Path
from typing import Any

import careergraph
from careergraph.build import _mentions, build_graph
from careergraph.bulk import paused_gc
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon
from careergraph.resolve import resolve_mentions


def measure(corpus_dir: Path, repeat: int, *, with_gc: bool = False) -> dict[str, Any]:
    lexicon = load_lexicon()
    corpus = load_corpus([corpus_dir / "guides"], lexicon=lexicon)
    guides = sorted(corpus.guides, key=lambda g: (g.file, g.role.source.line))
    mentions = list(_mentions(guides))
    resolve_s: list[float] = []
    resolve_cpu: list[float] = []
    build_s: list[float] = []
    build_cpu: list[float] = []
    for _ in range(repeat):
        gc.collect()
        with contextlib.nullcontext() if with_gc else paused_gc():
            t0, c0 = time.perf_counter(), time.process_time()
            resolution = resolve_mentions(mentions, lexicon)
            resolve_s.append(time.perf_counter() - t0)
            resolve_cpu.append(time.process_time() - c0)
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        graph, _ = build_graph(corpus.guides, lexicon, corpus.problems)
        build_s.append(time.perf_counter() - t0)
        build_cpu.append(time.process_time() - c0)
    return {
        "tree": str(Path(careergraph.__file__).parents[2]), "gc": with_gc,
        "guides": len(guides), "mentions": len(mentions),
        "entities": len(resolution.entities),
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "resolve_s_median": round(statistics.median(resolve_s), 3),
        "resolve_s_best": round(min(resolve_s), 3),
        "build_s_median": round(statistics.median(build_s), 3),
        "build_s_best": round(min(build_s), 3),
        # CPU seconds of this process: less disturbed by other work on a shared machine.
        "resolve_cpu_s_median": round(statistics.median(resolve_cpu), 3),
        "build_cpu_s_median": round(statistics.median(build_cpu), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--gc", action="store_true",
                        help="time resolution with the garbage collector on")
    args = parser.parse_args()
    print(json.dumps(measure(args.corpus, args.repeat, with_gc=args.gc), indent=1))


if __name__ == "__main__":
    main()
