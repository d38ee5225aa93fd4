"""The build stage alone (resolution + graph), from a parse saved once: time it, digest it.

    python -m benchmarks.build_stage parse /tmp/c10k/guides /tmp/c10k.pkl   # parse once
    PYTHONPATH=/work/main/src python -m benchmarks.build_stage run /tmp/c10k.pkl --digest
    PYTHONPATH=src python -m benchmarks.build_stage run /tmp/c10k.pkl --digest

``parse`` parses guide folders (``load_corpus``) and pickles the guides and problems, so
two source trees build from the very same parse (the pickle holds :mod:`careergraph.model`
objects: both trees must share that module).  ``run`` loads it in a fresh process (with the
guides package imported, as after a real parse) and calls ``build_graph`` once, printing
one JSON line: the build's CPU seconds (``getrusage`` of this process and the child it
forks: less disturbed than wall time on a shared machine; the parent's alone, the build's
serial path when the child is done first), wall seconds, peak RSS before and after (MiB),
node and edge counts and, with ``--digest``, the SHA-256 of the node-link JSON of the graph
plus the JSON of the build report — equal digests, byte-identical output.  ``--out FILE``
writes that JSON (to see what differs); ``--profile FILE`` writes cProfile stats of the
build (CPU clock).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib
import json
import pickle
import resource
import sys
import time
from pathlib import Path
from typing import Any

import careergraph


def _cpu_s() -> float:
    """CPU seconds of this process and of its reaped children (a build may fork one)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def save_parse(folders: list[Path], target: Path) -> int:
    """Parse ``folders`` and pickle ``(guides, problems)`` to ``target``; the guide count."""
    from careergraph.guides import load_corpus
    from careergraph.lexicon import load_lexicon

    corpus = load_corpus(folders, lexicon=load_lexicon())
    with target.open("wb") as out:
        pickle.dump((list(corpus.guides), list(corpus.problems)), out, protocol=5)
    return len(corpus.guides)


def output_bytes(graph: Any, report: Any) -> bytes:
    """The graph as node-link JSON and the build report, as one JSON text."""
    import networkx as nx

    doc = {"graph": nx.node_link_data(graph, edges="edges"),
           "report": report.model_dump(mode="json")}
    return json.dumps(doc, indent=1, ensure_ascii=False).encode()


def run(saved: Path, *, digest: bool = False, out: Path | None = None,
        profile: Path | None = None) -> dict[str, Any]:
    """Build the graph of a saved parse once and measure it."""
    from careergraph.build import build_graph
    from careergraph.lexicon import load_lexicon

    # A real build has parsed first, so the guides package is loaded: without it the
    # forked child that resolves the roles imports it (~0.5 CPU s at 3,919 card guides),
    # a cost no build pays.
    importlib.import_module("careergraph.guides")

    lexicon = load_lexicon()
    with saved.open("rb") as source:
        guides, problems = pickle.load(source)
    gc.collect()
    rss0 = _rss_mib()
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    cpu0, wall0, own0 = _cpu_s(), time.perf_counter(), time.process_time()
    graph, report = build_graph(guides, lexicon, problems)
    cpu1, wall1, own1 = _cpu_s(), time.perf_counter(), time.process_time()
    if profiler is not None and profile is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    result: dict[str, Any] = {
        "tree": str(Path(careergraph.__file__).parents[1]), "guides": len(guides),
        "build_cpu_s": round(cpu1 - cpu0, 3), "build_s": round(wall1 - wall0, 3),
        "parent_cpu_s": round(own1 - own0, 3),
        "rss_before_mib": round(rss0), "peak_rss_mib": round(_rss_mib()),
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    if digest or out is not None:
        text = output_bytes(graph, report)
        result["sha256"] = hashlib.sha256(text).hexdigest()
        if out is not None:
            out.write_bytes(text)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse folders once and pickle the result")
    parse.add_argument("folders", nargs="+", type=Path)
    parse.add_argument("target", type=Path)
    build = commands.add_parser("run", help="build a pickled parse once and measure it")
    build.add_argument("saved", type=Path)
    build.add_argument("--digest", action="store_true", help="hash the graph and report")
    build.add_argument("--out", type=Path, help="write the graph and report JSON here")
    build.add_argument("--profile", type=Path, help="write cProfile stats here")
    args = parser.parse_args(argv)
    if args.command == "parse":
        print(json.dumps({"guides": save_parse(args.folders, args.target)}))
    else:
        print(json.dumps(run(args.saved, digest=args.digest, out=args.out,
                             profile=args.profile)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
