"""The local Cypher engine across commands: snapshot restore against a full reload, and a warm
``careergraph cypher`` on the bundled corpus against a generated corpus.

Run (from the repository root)::

    python benchmarks/bench_engine.py                       # sizes 5000 10000, CLI at 5000
    python benchmarks/bench_engine.py --sizes 5000 --runs 5

Corpora come from ``benchmarks/out/corpus-SIZE`` (generated as ``python -m benchmarks.run``
does), graphs from a graph cache in ``benchmarks/out/engine-cache`` (built once, reused).
Every figure is the median of ``--runs`` (at least 3) in this one run, with
``time.perf_counter``:

- per corpus, in this process: ``digest`` (what a warm command computes to name its graph:
  today the graph cache's key, which reads every guide), ``decode`` (the cached graph from
  JSON, what a warm command no longer does), ``engine start`` (an empty engine),
  ``full reload`` (an empty engine + every node and relationship loaded, graph already in
  memory), ``snapshot restore`` (:func:`~careergraph.stores.snapshot.start_loaded` with a
  snapshot: start-up, RDB load and the identity check);
- the CLI, each a fresh subprocess, interleaved bundled/large: ``careergraph cypher "MATCH
  (r:Role) RETURN count(r)"`` warm (graph cache and snapshot present, private engine), and
  the same with a long-running engine (``careergraph engine start``).

Writes ``benchmarks/out/engine.json``; ``python -m benchmarks.run`` merges it.  Target:
the warm ``cypher`` on 5,000 guides at most 1.5x the bundled corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

QUERY = "MATCH (r:Role) RETURN count(r)"
MAIN = "import sys; from careergraph.cli import main; sys.argv[0] = 'careergraph'; main()"
TARGET_RATIO = 1.5


def _median(fn: Callable[[], Any], runs: int, *, after: Callable[[Any], None] | None = None
            ) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        value = fn()
        samples.append(time.perf_counter() - started)
        if after is not None:
            after(value)
    return statistics.median(samples)


def engine_costs(label: str, guides: Path | None, runs: int) -> dict[str, Any]:
    """In-process costs for one corpus (see the module docstring)."""
    from careergraph.cache import cached_build
    from careergraph.cli.common import GraphSource
    from careergraph.cli.engine_cmds import source_digest
    from careergraph.stores.falkor import DEFAULT_GRAPH, FalkorStore
    from careergraph.stores.local import LocalEngine
    from careergraph.stores.snapshot import snapshot_path, start_loaded

    paths = [str(guides)] if guides else None
    source = GraphSource(guides=paths)
    graph = cached_build(paths)  # builds once when the cache is cold
    digest = source_digest(source)
    assert digest is not None

    def reload() -> LocalEngine:
        engine = LocalEngine().start()
        FalkorStore(engine.client(), DEFAULT_GRAPH).load(graph)
        return engine

    def refuse() -> Any:
        raise AssertionError("the snapshot should have been restored")

    start_loaded(digest, lambda: graph).stop()  # the snapshot exists from here on
    folder = snapshot_path(Path(os.environ["CAREERGRAPH_CACHE_DIR"]) / "engine", digest)
    stop: Callable[[Any], None] = lambda engine: engine.stop()  # noqa: E731
    return {
        "corpus": label,
        "roles": sum(1 for _, a in graph.nodes() if a["type"] == "Role"),
        "load rows": graph.nx.number_of_nodes() + graph.nx.number_of_edges(),
        "snapshot MB": folder.stat().st_size / 1e6,
        "digest s": _median(lambda: source_digest(source), runs),
        "decode s": _median(lambda: cached_build(paths), runs),
        "engine start s": _median(lambda: LocalEngine().start(), runs, after=stop),
        "full reload s": _median(reload, runs, after=stop),
        "snapshot restore s": _median(lambda: start_loaded(digest, refuse), runs, after=stop),
    }


def _cli(env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MAIN, *args], env=env, capture_output=True,
                          text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"careergraph {' '.join(args)} failed: {done.stderr[-2000:]}")
    return elapsed


def cli_runs(env: dict[str, str], large: Path, runs: int) -> dict[str, Any]:
    """Warm ``careergraph cypher`` medians, bundled vs ``large``, interleaved."""
    corpora = {"bundled": [], "large": ["--guides", str(large)]}
    found: dict[str, Any] = {}
    for mode in ("private engine", "long-running engine"):
        if mode == "long-running engine":
            for extra in corpora.values():
                _cli(env, "engine", "start", *extra)
        for extra in corpora.values():
            _cli(env, "cypher", QUERY, *extra)  # warm-up: cache and snapshot in place
        samples: dict[str, list[float]] = {name: [] for name in corpora}
        for _ in range(runs):
            for name, extra in corpora.items():
                samples[name].append(_cli(env, "cypher", QUERY, *extra))
        if mode == "long-running engine":
            _cli(env, "engine", "stop", "--all")
        small = statistics.median(samples["bundled"])
        big = statistics.median(samples["large"])
        found[mode] = {"bundled s": small, "large s": big, "ratio": big / small, "runs": runs}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
    parser.add_argument("--cli-size", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "engine.json")
    args = parser.parse_args()
    runs = max(3, args.runs)
    from benchmarks.run import ensure_corpus

    runtime = Path(tempfile.mkdtemp(prefix="cg-bench-"))
    os.environ.update({"CAREERGRAPH_CACHE_DIR": str(HERE / "out" / "engine-cache"),
                       "CAREERGRAPH_RUNTIME_DIR": str(runtime / "run")})
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]), "NO_COLOR": "1"}
    try:
        corpora = {size: ensure_corpus(size, args.seed) / "guides"
                   for size in sorted({*args.sizes, args.cli_size})}
        rows = [engine_costs("bundled", None, runs)]
        rows += [engine_costs(f"{size:,} guides", corpora[size], runs) for size in args.sizes]
        for row in rows:
            row["restore / reload"] = row["snapshot restore s"] / row["full reload s"]
        cli = cli_runs(env, corpora[args.cli_size], runs)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    report: dict[str, Any] = {
        "benchmark": "engine", "python": platform.python_version(),
        "machine": platform.machine(), "results": rows,
        "cli_size": args.cli_size, "cli": cli,
        f"warm cypher ratio, {args.cli_size:,} guides / bundled (private engine)":
            cli["private engine"]["ratio"],
        f"warm cypher ratio, {args.cli_size:,} guides / bundled (long-running engine)":
            cli["long-running engine"]["ratio"],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for row in rows:
        print("  ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                        for k, v in row.items()))
    for mode, row in cli.items():
        print(f"warm cypher, {mode}: bundled {row['bundled s']:.2f} s, "
              f"{args.cli_size:,} guides {row['large s']:.2f} s, ratio {row['ratio']:.2f} "
              f"(target ≤ {TARGET_RATIO})")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
