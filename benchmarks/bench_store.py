"""The store: warm queries at scale against the bundled corpus, and incremental rebuilds.

    python benchmarks/bench_store.py [--sizes 5000,50000] [--edit-size 10000] [--runs 3]
        [--commands path,role,skills-gap,cypher] [--sources guides,graph] [--work DIR]
        [--src SRC] [--store SIZE=FILE] [--edit-corpus DIR] [--compiled]

Rows (each a median of ``--runs`` fresh ``careergraph`` subprocesses, the bundled-corpus
command timed in the same run, interleaved with the order alternating run by run, so the
ratio compares like with like; wall seconds and CPU seconds of the process and its children,
each with its ratio):

- warm ``path A Director``, ``role A``, ``skills-gap A B`` and ``cypher "MATCH (r:Role)
  RETURN count(r)"`` on a generated corpus of each size, with ``--guides CORPUS`` (the cache
  is filled first, that build is reported; each command checks the corpus is unchanged by
  its files' stat) and with ``--graph STORE`` (the saved store alone);
- ``build`` of a ``--edit-size`` corpus after editing one guide, adding one and removing one,
  each against the same run's cold build (medians of the ratios over ``--runs``, of wall
  time and of CPU time, the process and its parse workers);
- opening the saved graph and answering ``role`` in-process: the store against the JSON
  document the cache used to keep (the baseline that motivated the store).

``--work DIR`` keeps the caches, so a second run of the same code skips the first builds;
``--src SRC`` runs another tree's ``src`` (a frozen copy of main's, say) on the same corpus;
``--compiled`` runs the commands with compiled modules kept (in ``WORK/pycache``), as an
installed careergraph has them, where the environment sets ``PYTHONDONTWRITEBYTECODE`` (then
every command compiles every module it imports: about 0.4 CPU s of a rebuild);
``--store SIZE=FILE`` queries a saved store of that corpus instead of building one (on a
loaded machine a 50,000-guide build can take hours): ``--graph`` rows open it, and for the
``--guides`` rows the cache's stat manifest points at it, as a build would leave it.

Writes ``benchmarks/out/store.json`` (``results``: a list of row dicts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.run import OUT, _env, ensure_corpus  # noqa: E402

BUNDLED = {"path": ["MLOps Engineer", "Director"], "role": ["MLOps Engineer"],
           "skills-gap": ["MLOps Engineer", "Machine Learning Operations Manager"]}


#: The Cypher statement of the warm ``cypher`` rows (issue 13's).
QUERY = "MATCH (r:Role) RETURN count(r)"
#: ``--src``: the careergraph source folder the commands run (default: this checkout's).
SOURCE: list[Path] = []
#: ``--compiled``: the folder compiled modules are kept in (none: the environment decides).
PYCACHE: list[Path] = []


def _src_path() -> dict[str, str]:
    """PYTHONPATH with ``--src`` first, when given (to compare two trees on the same
    corpus: a frozen copy of the code before a change against the checkout)."""
    if not SOURCE:
        return {}
    return {"PYTHONPATH": os.pathsep.join([str(SOURCE[0]), _env()["PYTHONPATH"]])}


def _compiled() -> dict[str, str]:
    """The environment of ``--compiled``: modules compiled once, kept under the work
    folder (not beside the sources)."""
    if not PYCACHE:
        return {}
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(PYCACHE[0])}


def _cli(args: list[str], cache: Path) -> tuple[float, int, str]:
    seconds, _, code, err = _cli_cpu(args, cache)
    return seconds, code, err


def _cli_cpu(args: list[str], cache: Path) -> tuple[float, float, int, str]:
    """One ``careergraph`` process: wall seconds, the CPU seconds (user + system) of the
    process and its children (parse workers, a private Cypher engine) -- the machine is
    shared, so CPU time is the steadier figure -- its exit code and the end of its stderr."""
    env = {**_env(), "CAREERGRAPH_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "120",
           **_src_path(), **_compiled(),
           # A short private folder for the engines' sockets (of the cache's work folder).
           "CAREERGRAPH_RUNTIME_DIR": str(cache.parent / "run")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", "from careergraph.cli import main; main()",
                           *args], env=env,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu, done.returncode, done.stderr[-300:]


def _roles(corpus: Path, cache: Path) -> tuple[str, str]:
    """Two roles with guides from the cached graph (a mid-level one and a manager)."""
    code = ("import json,sys; from careergraph.cache import cached_build; "
            "from careergraph.model import NodeType; g = cached_build([sys.argv[1]]); "
            "r = [a for _, a in g.nodes(NodeType.ROLE) if a.get('guides')]; "
            "mid = [a['name'] for a in r if a.get('level') == 'mid']; "
            "mgr = [a['name'] for a in r if a.get('level') == 'manager']; "
            "print(json.dumps([mid[len(mid) // 2], mgr[len(mgr) // 2]]))")
    env = {**_env(), "CAREERGRAPH_CACHE_DIR": str(cache), **_src_path()}
    done = subprocess.run([sys.executable, "-c", code, str(corpus)], env=env,
                          capture_output=True, text=True, check=True)
    a, b = json.loads(done.stdout)
    return a, b


def _newest_store(cache: Path) -> Path:
    """The store the last command used (a warm command touches it; older ones can remain
    in a kept work folder, from earlier code)."""
    return max(cache.glob("graph-*.db"), key=lambda p: p.stat().st_mtime_ns)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def _plant(store: Path, corpus: Path, cache: Path) -> None:
    """Make ``store`` the cached graph of ``corpus`` in ``cache`` without building it: the
    store is linked in under a made-up key, and the stat manifest, as the code under test
    computes it, points the corpus's stat key at that key -- what a build leaves behind."""
    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(f"planted {store.resolve()}".encode()).hexdigest()
    target = cache / f"graph-{key}.db"
    if not target.exists():
        target.symlink_to(store.resolve())
    code = ("import sys; from pathlib import Path; from careergraph import cache; "
            "k = cache._stat_key([sys.argv[1]], (), False); assert k, 'stat key'; "
            "cache._Cache(Path(sys.argv[2]), print)._remember(k, sys.argv[3])")
    env = {**_env(), "CAREERGRAPH_CACHE_DIR": str(cache), **_src_path()}
    subprocess.run([sys.executable, "-c", code, str(corpus), str(cache), key], env=env,
                   check=True)


def warm_rows(size: int, seed: int, runs: int, work: Path,
              commands: list[str] | None = None,
              sources: tuple[str, ...] = ("--guides", "--graph"),
              given_store: Path | None = None) -> list[dict[str, Any]]:
    """Warm ``commands`` (default: path, role, skills-gap, cypher) on a corpus of ``size``
    against the bundled corpus, ``runs`` fresh processes each, interleaved (the order
    alternates run by run).  ``work``: the caches (kept when the caller keeps the folder,
    so the first build is paid once).  ``given_store``: a saved store of this corpus to use
    instead of building one (see :func:`_plant`)."""
    # The guides only: the corpus folder also holds the generator's truth.json (and
    # meta.json), which are no guides (build rejected truth.json: over 5 MB at 50,000, an
    # unknown key under "guides" below that).
    corpus = ensure_corpus(size, seed) / "guides"
    cache = work / f"cache-{size}"
    bundled_cache = work / "cache-bundled"
    (work / "run").mkdir(mode=0o700, exist_ok=True)
    if given_store is None:
        first, first_cpu, code, err = _cli_cpu(["build", str(corpus), "--json"], cache)
        if code != 0:
            raise RuntimeError(f"first build of {size} failed: {err}")
    else:
        first = first_cpu = 0.0
        _plant(given_store, corpus, cache)
    known = work / f"roles-{size}.json"  # the query roles, found once per work folder
    if not known.is_file():
        known.write_text(json.dumps(_roles(corpus, cache)), encoding="utf-8")
    a, b = json.loads(known.read_text(encoding="utf-8"))
    queries = {"path": [a, "Director"], "role": [a], "skills-gap": [a, b], "cypher": [QUERY]}
    bundled = {**BUNDLED, "cypher": [QUERY]}
    store = _newest_store(cache)
    _cli(["build"], bundled_cache)
    bundled_store = _newest_store(bundled_cache)
    rows = []
    for source in sources:
        for command in commands or list(queries):
            big_args = [command, *queries[command], source,
                        str(corpus) if source == "--guides" else str(store)]
            small_args = [command, *bundled[command],
                          *([] if source == "--guides" else ["--graph", str(bundled_store)])]
            for args in (big_args, small_args):  # warm-up: a Cypher snapshot is made once
                if _cli(args, bundled_cache if args is small_args else cache)[1] != 0:
                    raise RuntimeError(f"{args} failed")
            big: list[tuple[float, float]] = []
            small: list[tuple[float, float]] = []
            for run in range(runs):
                pair = [(big_args, cache, big), (small_args, bundled_cache, small)]
                for args, where, into in pair[::-1] if run % 2 else pair:
                    seconds, cpu, code, err = _cli_cpu(args, where)
                    if code != 0:
                        raise RuntimeError(f"{' '.join(args)} failed: {err}")
                    into.append((seconds, cpu))
            row = {"row": f"warm `{command}` ({source})", "guides": size,
                   "bundled_s": _median([s for s, _ in small]),
                   "corpus_s": _median([s for s, _ in big]),
                   "ratio": round(statistics.median([s for s, _ in big])
                                  / statistics.median([s for s, _ in small]), 2),
                   "bundled_cpu_s": _median([c for _, c in small]),
                   "corpus_cpu_s": _median([c for _, c in big]),
                   "cpu_ratio": round(statistics.median([c for _, c in big])
                                      / statistics.median([c for _, c in small]), 2),
                   "target": "≤ 1.5×", "runs": runs, "load": os.getloadavg()[0],
                   **({"first_build_s": round(first, 1),
                       "first_build_cpu_s": round(first_cpu, 1)} if given_store is None
                      else {"store": str(given_store)})}
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
    return rows


def _edit(corpus: Path) -> None:
    guide = sorted(corpus.rglob("*.card.txt"))[0]
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nQuantum Annealing\n", 1),
        encoding="utf-8")


def _add(corpus: Path) -> None:
    model = sorted(corpus.rglob("*.card.txt"))[1]
    lines = model.read_text(encoding="utf-8").split("\n")
    (model.parent / "quantum-annealing-engineer.card.txt").write_text(
        "\n".join(["Quantum Annealing Engineer", *lines[1:]]), encoding="utf-8")


def _remove(corpus: Path) -> None:
    sorted(corpus.rglob("*.card.txt"))[2].unlink()


#: The changes timed after a cold build, in this order, each against the previous state.
CHANGES = {"edit": ("`build` after editing one guide", _edit),
           "add": ("`build` after adding one guide", _add),
           "remove": ("`build` after removing one guide", _remove)}


def rebuild_rows(size: int, seed: int, work: Path, runs: int,
                 corpus_dir: Path | None = None) -> list[dict[str, Any]]:
    """Each run: a cold build, then edit one guide, add one, remove one (each rebuild timed
    against that run's cold build); medians of the runs' ratios, wall and CPU.
    ``corpus_dir``: an existing corpus to copy instead of the generated one."""
    cold_s: list[float] = []
    cold_cpu: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in CHANGES}
    cpus: dict[str, list[float]] = {name: [] for name in CHANGES}
    ratios: dict[str, list[float]] = {name: [] for name in CHANGES}
    cpu_ratios: dict[str, list[float]] = {name: [] for name in CHANGES}
    unchanged_s: list[float] = []
    build = ["build", "", "--json", "--keep-going"]
    for run in range(runs):
        corpus = work / f"edit-{size}-{run}"
        shutil.copytree(corpus_dir or ensure_corpus(size, seed), corpus)
        build[1] = str(corpus)
        cache = work / f"cache-edit-{size}-{run}"
        cold, cpu, code, err = _cli_cpu(build, cache)
        if code != 0:
            raise RuntimeError(f"cold build failed: {err}")
        cold_s.append(cold)
        cold_cpu.append(cpu)
        unchanged_s.append(_cli(build, cache)[0])
        for name, (_, change) in CHANGES.items():
            change(corpus)
            seconds, cpu, code, err = _cli_cpu(build, cache)
            if code != 0:
                raise RuntimeError(f"rebuild after {name} failed: {err}")
            times[name].append(seconds)
            cpus[name].append(cpu)
            ratios[name].append(seconds / cold)
            cpu_ratios[name].append(cpu / cold_cpu[-1])
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        print(json.dumps({"run": run, "cold": cold, "cold_cpu": cold_cpu[-1],
                          **{k: v[-1] for k, v in times.items()},
                          **{f"{k}_cpu": v[-1] for k, v in cpus.items()},
                          "load": os.getloadavg()}), file=sys.stderr, flush=True)
    rows = [{"row": label, "guides": size, "cold_build_s": round(statistics.median(cold_s), 1),
             "rebuild_s": round(statistics.median(times[name]), 2),
             "ratio": round(statistics.median(ratios[name]), 3), "target": "≤ 0.10",
             "cold_build_cpu_s": round(statistics.median(cold_cpu), 1),
             "rebuild_cpu_s": round(statistics.median(cpus[name]), 2),
             "cpu_ratio": round(statistics.median(cpu_ratios[name]), 3),
             "runs": runs} for name, (label, _) in CHANGES.items()]
    rows.append({"row": "`build` again, nothing changed", "guides": size,
                 "cold_build_s": round(statistics.median(cold_s), 1),
                 "rebuild_s": round(statistics.median(unchanged_s), 2),
                 "ratio": round(statistics.median(
                     [u / c for u, c in zip(unchanged_s, cold_s, strict=True)]), 3),
                 "runs": runs})
    return rows


def baseline_row(size: int, seed: int, work: Path) -> dict[str, Any]:
    """Open + one role card: the store against the whole JSON document."""
    corpus = ensure_corpus(size, seed) / "guides"
    code = """
import sys, time, json
from careergraph.cache import cached_build
from careergraph.graph import CareerGraph
g = cached_build([sys.argv[1]])
name = next(a['name'] for _, a in g.nodes() if a['type'] == 'Role' and a.get('guides'))
g.save(sys.argv[2] + '/g.db'); g.save(sys.argv[2] + '/g.json')
out = {}
for suffix in ('db', 'json'):
    start = time.perf_counter()
    h = CareerGraph.load(sys.argv[2] + '/g.' + suffix)
    h.role(name)
    out[suffix] = time.perf_counter() - start
print(json.dumps(out))
"""
    env = {**_env(), "CAREERGRAPH_CACHE_DIR": str(work / f"cache-{size}"), **_src_path()}
    done = subprocess.run([sys.executable, "-c", code, str(corpus), str(work)], env=env,
                          capture_output=True, text=True, check=True)
    times = json.loads(done.stdout.strip().splitlines()[-1])
    return {"row": "open saved graph + one role card (in-process)", "guides": size,
            "store_s": round(times["db"], 3), "json_s": round(times["json"], 3),
            "ratio": round(times["json"] / times["db"], 1),
            "store_mb": round((work / "g.db").stat().st_size / 2**20, 1),
            "json_mb": round((work / "g.json").stat().st_size / 2**20, 1)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,50000")
    parser.add_argument("--edit-size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--commands", default="path,role,skills-gap,cypher",
                        help="the warm rows' commands (comma-separated)")
    parser.add_argument("--sources", default="guides,graph",
                        help="the warm rows' graph sources: guides (--guides CORPUS: with "
                             "the check that it is unchanged), graph (--graph STORE)")
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the caches in this folder (a later run with the same "
                             "folder and code skips the first builds); default: a temporary "
                             "folder, removed")
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--edit-corpus", type=Path, default=None,
                        help="an existing corpus folder for the rebuild rows (copied, never "
                             "edited) instead of generating one of --edit-size guides")
    parser.add_argument("--out", type=Path, default=OUT / "store.json",
                        help="where to write the results (benchmarks.run reads store.json)")
    parser.add_argument("--src", type=Path, default=None,
                        help="run careergraph from this src folder (e.g. a frozen copy of "
                             "main's src/, beside its data/ and cypher/) instead of the "
                             "checkout's")
    parser.add_argument("--store", action="append", default=[], metavar="SIZE=FILE",
                        help="a saved store of the SIZE corpus (build --out) to query instead "
                             "of building it first: on a loaded machine a 50,000-guide build "
                             "can take hours; the --guides rows then find it through the "
                             "cache's stat manifest, as after a build (repeatable)")
    parser.add_argument("--compiled", action="store_true",
                        help="keep compiled modules (in WORK/pycache), as an installed "
                             "careergraph has them, even where PYTHONDONTWRITEBYTECODE is set")
    args = parser.parse_args(argv)
    if args.src is not None:
        SOURCE[:] = [args.src.resolve()]
    work = args.work or Path(tempfile.mkdtemp(prefix="careergraph-bench-store-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.compiled:
        PYCACHE[:] = [work.resolve() / "pycache"]
    commands = [c for c in args.commands.split(",") if c]
    stores = {int(size): Path(file) for size, _, file in
              (item.partition("=") for item in args.store)}
    sources = tuple(f"--{s}" for s in args.sources.split(",") if s)
    rows: list[dict[str, Any]] = []
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s]
        for size in sizes:
            rows += warm_rows(size, args.seed, args.runs, work, commands, sources,
                              stores.get(size))
        if sizes and sizes[0] not in stores:  # (it saves the whole graph as JSON too)
            rows.append(baseline_row(sizes[0], args.seed, work))
        if args.edit_size:
            rows += rebuild_rows(args.edit_size, args.seed, work, args.runs,
                                 args.edit_corpus)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    doc = {"benchmark": "store", "results": rows, "python": sys.version.split()[0],
           "machine": f"{os.cpu_count()} CPUs"}
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
