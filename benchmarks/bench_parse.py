"""Parse speed of two source trees side by side, runs interleaved (for a shared machine).

    python -m benchmarks.bench_parse /tmp/c10k --only card --base /work/main/src --rounds 3

Each round runs ``python -m benchmarks.bench_build CORPUS --parse-only`` once per tree and
per ``--workers`` value (default ``1,2``), each in a fresh process with ``PYTHONPATH`` set to
that tree's ``src``; this checkout's benchmarks run every time, so only careergraph differs.
Prints each run as it ends, then per tree and worker count the medians of wall seconds,
guides per wall second, CPU seconds of parent + workers, the parent's own CPU, and the ratio
of each worker count's CPU to the one-process CPU (1.0: parallel parsing costs nothing
extra).  ``--json FILE`` keeps every run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parents[1]


def run_once(corpus: Path, src: Path, workers: int, only: str | None) -> dict[str, Any]:
    """One ``bench_build --parse-only`` run of tree ``src`` in a fresh process."""
    command = [sys.executable, "-m", "benchmarks.bench_build", str(corpus), "--parse-only",
               "--workers", str(workers)]
    if only:
        command += ["--only", only]
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(command, cwd=_HERE, env=env, capture_output=True, text=True,
                          check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def summary(runs: dict[tuple[str, int], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Medians per (tree, workers), and each one's CPU over its tree's one-process CPU."""
    rows = []
    for (tree, workers), done in runs.items():
        alone = runs.get((tree, 1))
        cpu = _median(done, "parse_cpu_s")
        rows.append({
            "tree": tree, "workers": workers, "runs": len(done),
            "wall_s": _median(done, "parse_s"),
            "guides_per_s": _median(done, "parse_guides_per_s"),
            "cpu_s": cpu, "parent_cpu_s": _median(done, "parse_parent_cpu_s"),
            "cpu_vs_one_process": cpu / _median(alone, "parse_cpu_s") if alone else None,
        })
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder written by benchmarks.generate")
    parser.add_argument("--base", type=Path, required=True, help="the other tree's src folder")
    parser.add_argument("--new", type=Path, default=_HERE / "src", help="default: this tree")
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--only", choices=("card", "longform", "yaml", "json"), default=None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None, help="write every run here")
    args = parser.parse_args(argv)
    counts = [int(part) for part in args.workers.split(",")]
    runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for round_ in range(1, args.rounds + 1):
        for workers in counts:
            for tree, src in (("base", args.base), ("new", args.new)):
                result = run_once(args.corpus, src, workers, args.only)
                runs.setdefault((tree, workers), []).append(result)
                print(f"round {round_} {tree} workers={workers}: "
                      f"wall {result['parse_s']:.2f} s, "
                      f"{result['parse_guides_per_s']:.0f} guides/s, "
                      f"CPU {result['parse_cpu_s']:.2f} s "
                      f"(parent {result['parse_parent_cpu_s']:.2f})", flush=True)
    rows = summary(runs)
    for row in rows:
        ratio = row["cpu_vs_one_process"]
        print(f"{row['tree']:4} workers={row['workers']}: median wall {row['wall_s']:.2f} s, "
              f"{row['guides_per_s']:.0f} guides/s, CPU {row['cpu_s']:.2f} s "
              f"(parent {row['parent_cpu_s']:.2f})"
              + (f", CPU / one process {ratio:.2f}" if ratio else ""))
    if args.json:
        args.json.write_text(json.dumps({"runs": {f"{t}-{w}": r for (t, w), r in runs.items()},
                                         "summary": rows}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
