"""CLI wall time on the bundled corpus with a warm graph cache, against bare imports.

    python -m benchmarks.bench_cli [--runs 10]

Times (median of ``--runs`` fresh subprocesses each):

- ``careergraph path "MLOps Engineer" "Director"`` (falls back to ``careergraph role "MLOps
  Engineer"`` when there is no ``path`` command), after one run that fills the cache;
- ``python -c "import careergraph"`` and ``python -c "pass"`` (interpreter start-up);

and lists what the command imports (``python -X importtime``): the heaviest modules and any
of the optional heavy packages (pyvis, neo4j, falkordb, …) that a ``path`` answer must not
load.  Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: Packages the path command has no use for; importing any of them is a start-up bug.
#: (yaml is used: the lexicon is read to normalise the names asked for.)
FORBIDDEN = ("pyvis", "neo4j", "falkordb", "redis", "jinja2", "IPython", "numpy", "scipy",
             "pandas", "matplotlib", "rapidfuzz", "nbformat", "typer.testing")
PATH_ARGS = ["path", "MLOps Engineer", "Director"]
ROLE_ARGS = ["role", "MLOps Engineer"]


def _script() -> list[str]:
    beside = Path(sys.executable).parent / "careergraph"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("careergraph")
    return [found] if found else [sys.executable, "-m", "careergraph.cli"]


def _time(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, Any]:
    times: list[float] = []
    code = 0
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        code = done.returncode
    return {"median_s": statistics.median(times), "min_s": min(times), "runs": runs,
            "exit_code": code}


def _imports(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    code = ("import sys; from careergraph.cli import main; "
            f"sys.argv = ['careergraph', *{args!r}]; main()")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env,
                          capture_output=True, text=True, check=False)
    rows: list[tuple[int, int, str]] = []  # (cumulative µs, depth, module)
    for line in done.stderr.splitlines():
        fields = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(fields) != 3:
            continue
        if not fields[1].strip().isdigit():
            continue
        name = fields[2].rstrip()
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(fields[1]), depth, name.strip()))
    modules = {name for _, _, name in rows}
    tops = {m.split(".")[0] for m in modules}
    heaviest = sorted(((us, name) for us, depth, name in rows if depth == 0), reverse=True)[:12]
    return {
        "modules": len(modules),
        "forbidden_loaded": sorted(t for t in tops if t in FORBIDDEN),
        "networkx_loaded": "networkx" in tops,
        "pydantic_loaded": "pydantic" in tops,
        "heaviest_top_level_ms": [(name, round(us / 1000, 1)) for us, name in heaviest],
    }


def measure(runs: int = 10) -> dict[str, Any]:
    cache = tempfile.mkdtemp(prefix="careergraph-bench-cache-")
    env = {**os.environ, "CAREERGRAPH_CACHE_DIR": cache, "NO_COLOR": "1", "COLUMNS": "120"}
    script = _script()
    try:
        args = PATH_ARGS
        warm = subprocess.run([*script, *args], env=env, capture_output=True, text=True,
                              check=False)
        if warm.returncode != 0 and "No such command" in (warm.stderr + warm.stdout):
            args = ROLE_ARGS
            warm = subprocess.run([*script, *args], env=env, capture_output=True, text=True,
                                  check=False)
        cold = _time([*script, *args], {**env, "CAREERGRAPH_CACHE_DIR": tempfile.mkdtemp()}, 1)
        result: dict[str, Any] = {
            "command": "careergraph " + " ".join(f'"{a}"' if " " in a else a for a in args),
            "script": script[0],
            "warm_exit_code": warm.returncode,
            "answer_head": warm.stdout.strip().splitlines()[:3],
            "cli_warm": _time([*script, *args], env, runs),
            "cli_cold_cache": cold,
            "import_careergraph": _time([sys.executable, "-c", "import careergraph"], env, runs),
            "python_bare": _time([sys.executable, "-c", "pass"], env, runs),
            "imports": _imports(args, env),
        }
        base = result["import_careergraph"]["median_s"]
        result["ratio_cli_to_import"] = result["cli_warm"]["median_s"] / base
        return result
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    json.dump(measure(args.runs), sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
