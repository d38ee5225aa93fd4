"""Compare two extraction scores: what a change to the rules gained, lost and newly got wrong.

Each side is the ``--json`` output of :mod:`benchmarks.extraction` (one file holding any
number of fixture folders or generated corpora), or a folder of such files (one per set, as
a script scoring every set writes them).  Pages are matched by folder name and page name; for
every category a fact the old run matched and the new run misses is *lost*, one the old run
missed and the new one matches is *gained*, and an extra (a wrong fact) the new run reports
that the old one did not is a *new extra*.  The no-fact-lost gate every extraction change
passes before it merges is ``lost == 0``, with each new extra explained.

Usage::

    python -m benchmarks.extraction tests/fixtures/extraction/dev --json > /tmp/old.json
    # … change a rule …
    python -m benchmarks.extraction tests/fixtures/extraction/dev --json > /tmp/new.json
    python -m benchmarks.extraction_compare /tmp/old.json /tmp/new.json

The exit status is 1 when a fact was lost (so a script can stop on it), else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.extraction import CATEGORIES

#: (set, page) → the page's entry in the scorer's ``per_fixture`` list.
Pages = dict[tuple[str, str], dict[str, Any]]
#: set → the scorer's entry for the folder (``totals``, ``rejected``, ``per_fixture``).
Sets = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Change:
    """One fact that differs between the runs: ``kind`` is lost, gained or extra."""

    kind: str
    set_name: str
    page: str
    category: str
    fact: str


@dataclass
class Comparison:
    """What :func:`compare` found; ``changes`` lists every lost, gained and new extra fact."""

    changes: list[Change] = field(default_factory=list)
    only_in_one: list[tuple[str, str]] = field(default_factory=list)

    def count(self, kind: str) -> int:
        """How many changes of one kind (``lost``, ``gained`` or ``extra``)."""
        return sum(1 for change in self.changes if change.kind == kind)


def _set_name(key: str) -> str:
    return Path(key.rstrip("/")).name or key


def load_sets(path: Path) -> Sets:
    """Read a scorer JSON file, or every ``*.json`` in a folder, keyed by set folder name.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.json").write_text('{"tests/x/dev": {"per_fixture": []}}')
    >>> sorted(load_sets(folder))
    ['dev']
    """
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    sets: Sets = {}
    for file in files:
        try:
            data = json.loads(file.read_text("utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise SystemExit(f"{file}: not a scorer JSON file ({err})") from err
        if not isinstance(data, dict):
            raise SystemExit(f"{file}: not a scorer JSON file (expected an object of sets)")
        for key, value in data.items():
            sets[_set_name(key)] = value
    return sets


def _pages(sets: Sets) -> Pages:
    return {(name, page["name"]): page
            for name, entry in sets.items() for page in entry.get("per_fixture", [])}


def _keys(items: Iterable[Any]) -> set[str]:
    # Facts are strings, lists (moves) or objects (salaries): one canonical text each.
    return {item if isinstance(item, str) else json.dumps(item, sort_keys=True)
            for item in items}


def compare(old: Sets, new: Sets) -> Comparison:
    """Lost, gained and new extra facts of every page both runs scored.

    >>> page = {"name": "p.txt", "missed": {"skills": ["SQL"]}, "extra": {"skills": []}}
    >>> after = {"name": "p.txt", "missed": {"skills": []}, "extra": {"skills": ["Go"]}}
    >>> result = compare({"dev": {"per_fixture": [page]}}, {"dev": {"per_fixture": [after]}})
    >>> [(c.kind, c.fact) for c in result.changes]
    [('gained', 'SQL'), ('extra', 'Go')]
    """
    before, after = _pages(old), _pages(new)
    result = Comparison(only_in_one=sorted(set(before) ^ set(after)))
    for key in sorted(set(before) & set(after)):
        for category in CATEGORIES:
            missed_before = _keys(before[key].get("missed", {}).get(category, []))
            missed_after = _keys(after[key].get("missed", {}).get(category, []))
            extra_before = _keys(before[key].get("extra", {}).get(category, []))
            extra_after = _keys(after[key].get("extra", {}).get(category, []))
            for kind, facts in (("lost", missed_after - missed_before),
                                ("gained", missed_before - missed_after),
                                ("extra", extra_after - extra_before)):
                result.changes.extend(Change(kind, key[0], key[1], category, fact)
                                      for fact in sorted(facts))
    return result


def micro_totals(sets: Sets, names: Iterable[str]) -> dict[str, tuple[int, int, int]]:
    """(expected, found, matched) per category summed over the named sets.

    >>> tally = {"expected": 4, "found": 2, "matched": 1}
    >>> micro_totals({"dev": {"totals": {"role": tally}}}, ["dev"])["role"]
    (4, 2, 1)
    """
    sums = {category: [0, 0, 0] for category in CATEGORIES}
    for name in names:
        for category, tally in sets[name].get("totals", {}).items():
            if category in sums:
                for i, part in enumerate(("expected", "found", "matched")):
                    sums[category][i] += int(tally[part])
    return {category: (e, f, m) for category, (e, f, m) in sums.items()}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "—"


def totals_line(sets: Sets, names: Sequence[str]) -> str:
    """One line of precision/recall (matched/found/expected) per category, plus rejections."""
    sums = micro_totals(sets, names)
    cells = [f"{category} {_ratio(m, f)}/{_ratio(m, e)} ({m}/{f}/{e})"
             for category, (e, f, m) in sums.items()]
    rejected = sum(len(sets[name].get("rejected", [])) for name in names)
    forbidden = sum(len(page.get("forbidden_hits", []))
                    for name in names for page in sets[name].get("per_fixture", []))
    return "; ".join(cells) + f"; rejected {rejected}; forbidden {forbidden}"


def report(old: Sets, new: Sets, result: Comparison, *, verbose: bool) -> str:
    """The comparison as text: totals of both runs, per-set changes, lost and new extras."""
    common = sorted(set(old) & set(new))
    lines = [f"old: {totals_line(old, common)}", f"new: {totals_line(new, common)}"]
    for name in common:
        before, after = micro_totals(old, [name]), micro_totals(new, [name])
        moved = [f"{c} {before[c][2]}/{before[c][1]} -> {after[c][2]}/{after[c][1]}"
                 for c in CATEGORIES if before[c] != after[c]]
        if moved:
            lines.append(f"  {name}: " + ", ".join(moved))
    shown = ("lost", "extra", "gained") if verbose else ("lost", "extra")
    lines.extend(f"{change.kind.upper()} {change.set_name} {change.page} {change.category} "
                 f"{change.fact}" for change in result.changes if change.kind in shown)
    if result.only_in_one:
        lines.append(f"pages scored by one run only: {len(result.only_in_one)}")
    lines.append(f"lost {result.count('lost')}, gained {result.count('gained')}, "
                 f"new extras {result.count('extra')}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m benchmarks.extraction_compare OLD NEW [--verbose]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="scorer JSON file or folder of them (before)")
    parser.add_argument("new", type=Path, help="scorer JSON file or folder of them (after)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also list every gained fact")
    args = parser.parse_args(argv)
    old, new = load_sets(args.old), load_sets(args.new)
    result = compare(old, new)
    print(report(old, new, result, verbose=args.verbose))
    return 1 if result.count("lost") else 0


if __name__ == "__main__":
    sys.exit(main())
