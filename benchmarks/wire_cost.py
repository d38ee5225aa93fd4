"""What handing parsed guides from a parse worker to the parent costs, against the parse.

    PYTHONPATH=src python -m benchmarks.wire_cost /tmp/c10k/guides            # mixed corpus
    PYTHONPATH=src python -m benchmarks.wire_cost DIR_OF_CARD_FILES --every 5

Two measurements, printed as JSON:

- ``run``: one real two-process parse of every file (``parse_all(..., workers=2)``, as
  ``load_corpus`` runs it): the guides the forked worker sent, the CPU seconds of the parent
  and of the reaped worker (``getrusage``), and the parent's CPU seconds spent decoding what
  the worker sent (``forked._received`` timed with ``time.process_time``); then what a parse
  cache's ``put`` spends encoding every outcome again in the parent (a cold build with the
  cache on).
- ``sample``: every ``--every``-th file parsed in this process, then, per guide and best of
  three, the wire's encode and decode (:mod:`careergraph.guides.wire`) against the floor of a
  C-speed form: the same values as nested plain tuples (enums by name), pickled or
  marshalled.  The floor leaves out making those tuples (a Python walk here) and reading
  them in the build, so it bounds what a row form for the wire could save.
"""

from __future__ import annotations

import argparse
import gc
import json
import marshal
import pickle
import resource
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from careergraph.guides import forked, wire
from careergraph.guides.jobs import ParseJob, ParseOutcome, parse_job
from careergraph.guides.pool import parse_all
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _plain(value: object) -> Any:
    """``value`` with every model as the tuple of its field values, enums by name."""
    if isinstance(value, BaseModel):
        return tuple(_plain(item) for item in value.__dict__.values())
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, list | tuple):
        return tuple(_plain(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, _plain(item)) for key, item in value.items())
    return value


def _best(work: Callable[[], object], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def measure_run(jobs: list[ParseJob]) -> dict[str, float | int]:
    """The two-process parse's figures (see the module docstring)."""
    received = forked._received
    decode = [0.0, 0]

    def timed(data: bytes) -> tuple[int, list[ParseOutcome]]:
        start = time.process_time()
        index, outcomes = received(data)
        decode[0] += time.process_time() - start
        decode[1] += sum(len(outcome.guides) for outcome in outcomes)
        return index, outcomes

    forked._received = timed
    try:
        before = _cpu()
        outcomes = list(parse_all(jobs, lexicon=load_lexicon(), workers=2))
        after = _cpu()
    finally:
        forked._received = received
    start = time.process_time()
    for outcome in outcomes:
        wire.dumps(outcome)
    encode_again = time.process_time() - start
    parent, worker = after[0] - before[0], after[1] - before[1]
    return {"guides": sum(len(outcome.guides) for outcome in outcomes),
            "guides_from_worker": decode[1], "parent_cpu_s": round(parent, 3),
            "worker_cpu_s": round(worker, 3), "parent_decode_s": round(decode[0], 3),
            "decode_share_of_parse_cpu": round(decode[0] / (parent + worker), 4),
            "cache_put_encode_s": round(encode_again, 3)}


def measure_sample(jobs: list[ParseJob]) -> dict[str, float | int]:
    """Per-guide microseconds of the parse, the wire and the plain-tuple floor."""
    vocab = Vocabulary.from_lexicon(load_lexicon())
    for job in jobs[:20]:  # readers imported, patterns compiled: not the parse's cost
        parse_job(job, vocab)
    start = time.process_time()
    outcomes = [parse_job(job, vocab) for job in jobs]
    parse = time.process_time() - start
    guides = max(1, sum(len(outcome.guides) for outcome in outcomes))
    pairs = [(outcome.guides, outcome.error) for outcome in outcomes]
    plain = [_plain(pair) for pair in pairs]
    wired = [wire.dumps(pair) for pair in pairs]
    pickled = [pickle.dumps(rows, pickle.HIGHEST_PROTOCOL) for rows in plain]
    marshalled = [marshal.dumps(rows) for rows in plain]
    seconds = {
        "parse": parse,
        "wire_encode": _best(lambda: [wire.dumps(pair) for pair in pairs]),
        "wire_decode": _best(lambda: [wire.loads(data) for data in wired]),
        "tuples_pickle_encode": _best(
            lambda: [pickle.dumps(rows, pickle.HIGHEST_PROTOCOL) for rows in plain]),
        "tuples_pickle_decode": _best(lambda: [pickle.loads(data) for data in pickled]),
        "tuples_marshal_decode": _best(lambda: [marshal.loads(data) for data in marshalled]),
    }
    return {"files": len(jobs), "guides": guides,
            **{f"{name}_us": round(value / guides * 1e6) for name, value in seconds.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of guide files")
    parser.add_argument("--every", type=int, default=10, help="sample every Nth file")
    args = parser.parse_args()
    paths = sorted(path for path in args.folder.iterdir() if path.is_file())
    jobs = [ParseJob(label=p.name, data=p.read_bytes(), suffix=p.suffix) for p in paths]
    gc.disable()  # as load_corpus parses (bulk.paused_gc)
    sample = measure_sample(jobs[::max(1, args.every)])
    run = measure_run(jobs)
    print(json.dumps({"sample": sample, "run": run}, indent=1))


if __name__ == "__main__":
    main()
