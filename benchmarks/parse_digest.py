"""Digest of every parsed guide, to prove a parser change leaves what is extracted unchanged.

    PYTHONPATH=/work/main/src python -m benchmarks.parse_digest /tmp/c10k/guides > base.txt
    PYTHONPATH=src python -m benchmarks.parse_digest /tmp/c10k/guides > new.txt
    diff base.txt new.txt   # empty: the same guides, facts, sources and problems

Parses the given folders or files in this process (``load_corpus(..., workers=1)``) and prints
one line per parsed guide (its file, role and the SHA-256 of its full JSON dump: every fact,
source, problem, unused line and coverage figure), then one line per corpus problem, then a
``total`` line hashing everything before it.  ``--cpu`` adds the parse's CPU seconds (this
process, ``getrusage``) on stderr, so a digest run is also a timing run; ``--dump FILE`` writes
the full JSON of every guide there (to see *what* differs when digests do not match).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import sys
from pathlib import Path

import orjson

from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _stable(value: object) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def digest_lines(paths: list[Path], *, dump: Path | None = None) -> tuple[list[str], float]:
    """The digest lines of the guides parsed from ``paths`` and the parse's CPU seconds."""
    lexicon = load_lexicon()
    start = _cpu_s()
    corpus = load_corpus(paths, lexicon=lexicon, workers=1)
    cpu = _cpu_s() - start
    lines: list[str] = []
    dumped: list[bytes] = []
    for guide in corpus.guides:
        body = _stable(guide.model_dump(mode="json"))
        dumped.append(body)
        role = guide.role.text
        lines.append(f"{guide.file}\t{role}\t{hashlib.sha256(body).hexdigest()[:20]}")
    for problem in corpus.problems:
        lines.append("problem\t" + _stable(problem.model_dump(mode="json")).decode())
    # The files read, by label (Corpus.digest hashes the inputs' bytes in a way that
    # changed once with the loader, and the inputs are not what this compares).
    listed = hashlib.sha256("\n".join(corpus.files).encode()).hexdigest()
    lines.append(f"files\t{len(corpus.files)}\t{listed[:20]}")
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    lines.append(f"total\t{len(corpus.guides)} guides\t{total}")
    if dump is not None:
        dump.write_bytes(b"\n".join(dumped) + b"\n")
    return lines, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="guide folders or files")
    parser.add_argument("--cpu", action="store_true", help="print parse CPU seconds on stderr")
    parser.add_argument("--dump", type=Path, help="write every guide's JSON here")
    parser.add_argument("--total", action="store_true", help="print the total line only")
    args = parser.parse_args(argv)
    lines, cpu = digest_lines(args.paths, dump=args.dump)
    print("\n".join(lines[-1:] if args.total else lines))
    if args.cpu:
        print(f"parse_cpu_s {cpu:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
