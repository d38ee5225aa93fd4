"""Where the parse spends its time: CPU per file by page family and by size, and whether any
family's cost grows faster than its length.

    PYTHONPATH=src python -m benchmarks.parse_cost /tmp/c10k/guides [--cards] [--concat 4]
    PYTHONPATH=src python -m benchmarks.parse_cost /tmp/web300/guides --json cost.json

Every file is parsed in this process as ``load_corpus(..., workers=1)`` parses it (one
indexed lexicon shared by all files, the collector paused), after one warm-up file, and timed
alone (``time.process_time``).  A file's *family* is the word before its suffix
(``x.citypay.txt``: ``citypay``; ``bundle-00113.json``: ``bundle.json``; ``x.json``:
``json``).  Per family the table gives the files, the median size and CPU, the total and its
share, the median µs per KB, a least-squares line ``ms = a + b × KB`` and the log-log
exponent of CPU against size (1: linear; above 1: a cost that grows faster than the page).

``--concat N`` checks the growth directly for the N families with the most CPU: the first
1, 2, 4 and 8 text pages of a family joined into one page and parsed as one; a reader that
re-scans earlier lines for every line shows as µs per KB rising with the number of pages
joined (the ``growth`` column: µs per KB of the largest join over that of one page).
Card guides are left out unless ``--cards`` is given (their parse is timed by
``bench_build --only card``).  Cards are not joined (a card's layout does not survive it),
nor structured files.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

from careergraph.bulk import paused_gc
from careergraph.guides.jobs import ParseJob, parse_job
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

#: Joins of this many pages (``--concat``).
JOINS = (1, 2, 4, 8)
_TEXT_SUFFIXES = frozenset({".txt", ".md"})
_FIT_MIN_FILES = 5
_FIT_MIN_SPREAD = 1.3  # the largest file at least this many times the smallest


@dataclass(frozen=True, slots=True)
class Timed:
    """One file's parse: its family, bytes, lines, guides (-1: refused) and CPU seconds."""

    path: str
    family: str
    size: int
    lines: int
    guides: int
    cpu: float


@dataclass(frozen=True, slots=True)
class FamilyCost:
    """A family's row of the table (sizes in KB, times in ms)."""

    family: str
    files: int
    median_kb: float
    median_ms: float
    total_s: float
    share: float
    us_per_kb: float
    intercept_ms: float | None
    ms_per_kb: float | None
    exponent: float | None


def family_of(path: Path) -> str:
    """The page family a file's name gives (see the module)."""
    parts = path.name.split(".")
    if path.name.startswith("bundle-"):
        return "bundle." + parts[-1]
    return parts[-2] if len(parts) > 2 else parts[-1]


def guide_files(paths: Sequence[Path], *, cards: bool = False) -> list[Path]:
    """The files under ``paths`` (folders listed by name), card guides only with ``cards``."""
    files: list[Path] = []
    for path in paths:
        files += sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    return [f for f in files if cards or not f.name.endswith(".card.txt")]


def _job(path: Path) -> ParseJob:
    return ParseJob(label=path.name, data=path.read_bytes(), suffix=path.suffix)


def time_files(files: Sequence[Path], vocab: Vocabulary) -> list[Timed]:
    """Every file parsed and timed alone, after one warm-up parse (the readers' imports)."""
    jobs = [_job(f) for f in files]
    rows: list[Timed] = []
    with paused_gc():
        if jobs:
            parse_job(jobs[0], vocab)
        for path, job in zip(files, jobs, strict=True):
            start = time.process_time()
            outcome = parse_job(job, vocab)
            cpu = time.process_time() - start
            guides = len(outcome.guides) if outcome.error is None else -1
            rows.append(Timed(str(path), family_of(path), len(job.data),
                              job.data.count(b"\n") + 1, guides, cpu))
    return rows


def line_fit(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float] | None:
    """Least-squares ``(intercept, slope)`` of ys on xs; None when xs do not vary.

    >>> line_fit([1.0, 2.0, 4.0], [3.0, 5.0, 9.0])
    (1.0, 2.0)
    """
    if len(set(xs)) < 2:
        return None
    fit = statistics.linear_regression(xs, ys)
    return fit.intercept, fit.slope


def growth_exponent(sizes: Sequence[float], cpus: Sequence[float]) -> float | None:
    """The slope of log CPU against log size: 1 for a cost in proportion to the size.

    >>> round(growth_exponent([1.0, 2.0, 4.0], [3.0, 12.0, 48.0]) or 0, 6)
    2.0
    """
    pairs = [(math.log(s), math.log(c)) for s, c in zip(sizes, cpus, strict=True)
             if s > 0 and c > 0]
    fit = line_fit([p[0] for p in pairs], [p[1] for p in pairs]) if len(pairs) >= 2 else None
    return None if fit is None else fit[1]


def family_costs(rows: Sequence[Timed]) -> list[FamilyCost]:
    """One row per family, the costliest first."""
    by_family: dict[str, list[Timed]] = defaultdict(list)
    for row in rows:
        by_family[row.family].append(row)
    total = sum(row.cpu for row in rows) or 1.0
    costs = [_family_cost(family, timed, total) for family, timed in by_family.items()]
    return sorted(costs, key=lambda c: -c.total_s)


def _family_cost(family: str, timed: Sequence[Timed], total: float) -> FamilyCost:
    kbs = [t.size / 1024 for t in timed]
    mss = [t.cpu * 1e3 for t in timed]
    spread = len(timed) >= _FIT_MIN_FILES and max(kbs) >= _FIT_MIN_SPREAD * min(kbs)
    fit = line_fit(kbs, mss) if spread else None
    return FamilyCost(
        family, len(timed), statistics.median(kbs), statistics.median(mss),
        sum(mss) / 1e3, sum(mss) / 1e3 / total,
        statistics.median(ms * 1e3 / kb for ms, kb in zip(mss, kbs, strict=True) if kb),
        None if fit is None else fit[0], None if fit is None else fit[1],
        growth_exponent(kbs, mss) if spread else None)


def joined_cost(files: Sequence[Path], vocab: Vocabulary,
                joins: Sequence[int] = JOINS) -> list[tuple[int, float, float]]:
    """``(pages, KB, µs per KB)`` of the first 1, 2, 4… text pages joined and parsed as one
    under the first page's name (a role may come from it), the best of two parses; joins
    beyond the files given, and from the first join the page refuses on, are left out."""
    texts = [f.read_bytes() for f in files]
    out: list[tuple[int, float, float]] = []
    with paused_gc():
        for count in joins:
            if count > len(texts):
                break
            job = ParseJob(label=files[0].name, data=b"\n".join(texts[:count]),
                           suffix=files[0].suffix)
            cpu = [_cpu_of(job, vocab) for _ in range(2)]
            if any(c is None for c in cpu):
                break
            kb = len(job.data) / 1024
            out.append((count, kb, min(c for c in cpu if c is not None) * 1e6 / kb))
    return out


def _cpu_of(job: ParseJob, vocab: Vocabulary) -> float | None:
    """The CPU seconds of one parse; None when the page is refused."""
    start = time.process_time()
    outcome = parse_job(job, vocab)
    return time.process_time() - start if outcome.error is None else None


def _fmt(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def table(costs: Sequence[FamilyCost]) -> list[str]:
    """The per-family table as Markdown lines."""
    lines = ["| family | files | median KB | median ms | total s | share | µs/KB "
             "| fit: ms at 0 KB | fit: ms per KB | exponent |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for c in costs:
        lines.append(
            f"| {c.family} | {c.files} | {c.median_kb:.1f} | {c.median_ms:.2f} "
            f"| {c.total_s:.2f} | {c.share:.1%} | {c.us_per_kb:,.0f} "
            f"| {_fmt(c.intercept_ms, '.2f')} | {_fmt(c.ms_per_kb, '.2f')} "
            f"| {_fmt(c.exponent, '.2f')} |")
    return lines


def joined_table(family: str, joined: Sequence[tuple[int, float, float]]) -> str:
    """One family's joins as a Markdown row: µs per KB at each join and the growth."""
    cells = " | ".join(f"{pages}: {kb:.1f} KB, {us:,.0f}" for pages, kb, us in joined)
    growth = joined[-1][2] / joined[0][2] if joined and joined[0][2] else None
    return f"| {family} | {cells} | {_fmt(growth, '.2f')} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="guide folders or files")
    parser.add_argument("--cards", action="store_true", help="time card guides too")
    parser.add_argument("--concat", type=int, default=0, metavar="N",
                        help="join pages of the N costliest text families")
    parser.add_argument("--json", type=Path, help="write every file's timing here")
    args = parser.parse_args(argv)
    files = guide_files(args.paths, cards=args.cards)
    vocab = Vocabulary.from_lexicon(load_lexicon())
    rows = time_files(files, vocab)
    if args.json is not None:
        args.json.write_bytes(orjson.dumps([vars_of(r) for r in rows]))
    costs = family_costs(rows)
    print(f"{len(rows)} files, {sum(r.cpu for r in rows):.2f} CPU s")
    print("\n".join(table(costs)))
    texts = [c.family for c in costs if any(
        Path(r.path).suffix in _TEXT_SUFFIXES and r.family == c.family for r in rows)]
    for family in texts[:args.concat]:
        pages = [Path(r.path) for r in rows if r.family == family and r.guides > 0]
        print(joined_table(family, joined_cost(pages[:max(JOINS)], vocab)))
    return 0


def vars_of(row: Timed) -> dict[str, object]:
    """A timing as a JSON object."""
    return {"path": row.path, "family": row.family, "size": row.size, "lines": row.lines,
            "guides": row.guides, "cpu": row.cpu}


if __name__ == "__main__":
    sys.exit(main())
