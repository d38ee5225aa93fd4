"""Score careergraph's guide extraction against hand-written fixtures (precision and recall).

A fixture is a guide page ``NAME.txt`` (or ``.md``) next to ``NAME.expected.yaml``, the facts a
careful reader takes from the page (schema: ``tests/fixtures/extraction/dev/README.md``).  Each
page is parsed with the real parser (:func:`careergraph.guides.parse_file`); the parsed
:class:`~careergraph.model.Guide` is turned into the same categories by ONE function,
:func:`facts_of`, and the two are compared per category:

- ``role``: the guide's role title against the expected title or one of its aliases;
- ``skills``, ``employers``, ``sectors``: names;
- ``moves``: untyped directed edges between roles; the page's own role is ``@self``, so a move
  is scored independently of whether the role title itself was right.  ``leads_to`` and
  ``transitions_to`` give ``(@self, X)``, ``moves_in`` gives ``(X, @self)``, a ladder
  ``[A, B, C]`` gives ``(A, B)`` and ``(B, C)``;
- ``salaries``: ``(owner, min, max, currency, period)``; the owner is ``@self`` unless the
  figure belongs to another role (``belongs_to``); a median or average (``point: true``) is
  ``min == max``.

Names are compared by a normalised key (case, punctuation, spacing and a trailing plural or
full stop ignored, ``&`` read as ``and``); a name that still differs is matched, in a second
pass, with any trailing parenthetical removed on both sides ("Containers and orchestration
(Docker, Kubernetes)" matches "Containers and orchestration"), and an employer, in a third,
without its trailing legal forms ("Harlow Steel Ltd" matches "Harlow Steel": the graph makes
them one Employer).  An expected entry may list
several acceptable spellings.  A page the parser rejects counts as all misses.

Usage::

    python -m benchmarks.extraction                       # dev and holdout folders
    python -m benchmarks.extraction tests/fixtures/extraction/heldback --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback3 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback4 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback5 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback6 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback7 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback8 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback9 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback10 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback11 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback12 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback13 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback14 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback15 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback16 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback17 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback18 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback19 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/heldback20 --by-style
    python -m benchmarks.extraction tests/fixtures/extraction/dev --verbose
    python -m benchmarks.extraction DIR --json
    python -m benchmarks.generate --size 1000 --style web --out /tmp/web-1000
    python -m benchmarks.extraction /tmp/web-1000          # the generator's web pages at scale
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from careergraph.errors import CareerGraphError
from careergraph.firm_names import firm_base
from careergraph.guides import parse_file
from careergraph.model import Guide
from careergraph.yamlload import safe_load

__all__ = [
    "CATEGORIES",
    "Expected",
    "Facts",
    "FixtureScore",
    "Tally",
    "default_dirs",
    "expected_from",
    "facts_of",
    "load_expected",
    "main",
    "name_key",
    "score_dir",
    "score_fixture",
    "score_generated",
    "score_page",
]

CATEGORIES = ("role", "skills", "moves", "employers", "sectors", "salaries")
SELF = "@self"
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "extraction"
PAGE_SUFFIXES = (".txt", ".md")
# Held-back fixtures are scored only when named, so that a default run while rules are
# being written never shows them.
HELD_BACK = frozenset({"heldback", "heldback3", "heldback4", "heldback5", "heldback6",
                       "heldback7", "heldback8", "heldback9", "heldback10",
                       "heldback11", "heldback12", "heldback13", "heldback14",
                       "heldback15", "heldback16", "heldback17",
                       "heldback18", "heldback19", "heldback20",
                       "heldback21", "heldback22", "heldback23",
                       "heldback24", "heldback25", "heldback26",
                       "heldback27", "heldback28", "heldback29",
                       "heldback30", "heldback31", "heldback32",
                       "heldback33", "heldback34", "heldback35",
                       "heldback36", "heldback37", "heldback38",
                       "heldback39", "heldback40", "heldback41",
                       "heldback42", "heldback43", "heldback44",
                       "heldback45", "heldback46",
                       "heldback47", "heldback48", "heldback49",
                       "heldback50", "heldback51", "heldback52",
                       "heldback53", "heldback54", "heldback55",
                       "heldback56", "heldback57",
                       "heldback58", "heldback59",
                       "heldback60"})

# Attribute names a newer Guide may use for moves into the role and for a salary's owner,
# region and point-ness.  Today's Guide has none of them; getattr keeps the scorer working
# whichever the extractor adds (first one present wins).
MOVES_IN_ATTRS = ("moves_in", "moves_into", "leads_from", "entry_from", "feeder_roles")
SALARY_OWNER_ATTRS = ("belongs_to", "role", "owner")
SALARY_POINT_ATTRS = ("point", "is_point")

Salary = tuple[str, float | None, float | None, str, str]
Edge = tuple[str, str]


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def name_key(text: str, *, loose: bool = False) -> str:
    """A comparison key: lowercase words of letters and digits, '&' as 'and'.

    A trailing 's' of the last word (plural) is dropped; ``loose`` also drops a trailing
    parenthetical first.

    >>> name_key("Site Reliability Engineers.") == name_key("site reliability engineer")
    True
    >>> name_key("Containers (Docker, Kubernetes)", loose=True)
    'container'
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if loose:
        text = _PAREN_TAIL.sub("", text)
    text = text.lower().replace("&", " and ")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    if words:
        last = words[-1]
        if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "ics", "us")):
            words[-1] = last[:-1]
    return " ".join(words)


def _spellings(entry: Any) -> list[str]:
    """An expected entry: a name, or a list of acceptable spellings (the first canonical)."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, list) and entry and all(isinstance(e, str) for e in entry):
        return list(entry)
    raise ValueError(f"expected a name or a list of names, got {entry!r}")


# --------------------------------------------------------------------------------------
# Expected facts
# --------------------------------------------------------------------------------------
@dataclass
class Expected:
    """The hand-written truth of one fixture (``NAME.expected.yaml``)."""

    role: list[str]  # the title, then accepted aliases
    skills: list[list[str]] = field(default_factory=list)
    moves: list[tuple[list[str], list[str]]] = field(default_factory=list)
    employers: list[list[str]] = field(default_factory=list)
    sectors: list[list[str]] = field(default_factory=list)
    salaries: list[Salary] = field(default_factory=list)
    points: list[bool] = field(default_factory=list)  # parallel to salaries
    forbidden: list[str] = field(default_factory=list)
    optional: set[str] = field(default_factory=set)  # keys of names neither required nor wrong
    style: str = ""


def _salary(entry: dict[str, Any]) -> tuple[Salary, bool]:
    owner = entry.get("belongs_to")
    if owner is not None and not isinstance(owner, str):
        # A list of spellings would be matched as one odd name; say so instead.
        raise ValueError(f"salary belongs_to must be one title, not {owner!r}")
    low = entry.get("min")
    high = entry.get("max", low if entry.get("point") else None)
    key: Salary = (
        name_key(owner) if owner else SELF,
        None if low is None else float(low),
        None if high is None else float(high),
        str(entry.get("currency", "USD")).upper(),
        str(entry.get("period", "year")).lower(),
    )
    return key, bool(entry.get("point", False))


def _ladder_edges(steps: Sequence[Any], own: set[str]) -> list[tuple[list[str], list[str]]]:
    """Consecutive pairs of a ladder; a step naming the page's own role is ``@self``."""
    names = [[SELF] if {name_key(n) for n in _spellings(s)} & own else _spellings(s)
             for s in steps]
    return [(a, b) for a, b in itertools.pairwise(names)]


def load_expected(path: Path) -> Expected:
    """Read an ``*.expected.yaml`` file.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.expected.yaml"
    >>> _ = p.write_text("role: Nurse\\nleads_to: [Charge Nurse]\\n")
    >>> load_expected(p).moves
    [(['@self'], ['Charge Nurse'])]
    """
    raw = safe_load(path.read_text("utf-8")) or {}
    if not isinstance(raw, dict) or "role" not in raw:
        raise ValueError(f"{path}: an expected file is a mapping with at least 'role'")
    try:
        return expected_from(raw)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def expected_from(raw: dict[str, Any]) -> Expected:
    """The :class:`Expected` facts of an expected-file mapping (see :func:`load_expected`).

    >>> expected_from({"role": "Nurse", "salaries": [{"min": 86000, "point": True}]}).salaries
    [('@self', 86000.0, 86000.0, 'USD', 'year')]
    """
    role = _spellings(raw["role"]) + [a for e in raw.get("aliases", []) for a in _spellings(e)]
    moves: list[tuple[list[str], list[str]]] = []
    for key in ("leads_to", "transitions_to"):
        moves += [([SELF], _spellings(e)) for e in raw.get(key, [])]
    moves += [(_spellings(e), [SELF]) for e in raw.get("moves_in", [])]
    own = {name_key(r) for r in role}
    for ladder in raw.get("ladder", []):
        moves += _ladder_edges(ladder, own)
    salaries = [_salary(s) for s in raw.get("salaries", [])]
    # A move stated twice (in a ladder and under leads_to) is one fact.
    moves = list({(tuple(a), tuple(b)): (a, b) for a, b in moves}.values())
    return Expected(
        role=role,
        skills=[_spellings(e) for e in raw.get("skills", [])],
        moves=moves,
        employers=[_spellings(e) for e in raw.get("employers", [])],
        sectors=[_spellings(e) for e in raw.get("sectors", [])],
        salaries=[k for k, _ in salaries],
        points=[p for _, p in salaries],
        forbidden=[str(x) for x in raw.get("must_not_appear", [])],
        optional={name_key(n) for e in raw.get("optional", []) for n in _spellings(e)},
        style=str(raw.get("style", "")),
    )


# --------------------------------------------------------------------------------------
# What the parser found: the ONE mapping from a Guide to the scored categories
# --------------------------------------------------------------------------------------
@dataclass
class Facts:
    """The scored categories of one parsed guide (names as written, salaries as keys)."""

    role: str
    skills: list[str] = field(default_factory=list)
    moves: list[tuple[str, str]] = field(default_factory=list)  # SELF stands for the role
    employers: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    salaries: list[Salary] = field(default_factory=list)
    points: list[bool | None] = field(default_factory=list)  # None: the Guide does not say


def _texts(items: Iterable[Any]) -> list[str]:
    return [str(getattr(item, "text", item)) for item in items]


def _first_attr(obj: object, names: Sequence[str]) -> Any:
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def facts_of(guide: Guide, self_names: Sequence[str] = ()) -> Facts:
    """Map a parsed Guide to the scored categories (robust to fields a newer Guide adds).

    Moves into the role are read from the first of :data:`MOVES_IN_ATTRS` present; a
    salary's owner, point-ness and region from optional attributes of the salary (see the
    module constants).  ``self_names`` are extra spellings of the page's own role (the
    expected title and aliases), so that a ladder step naming the role is ``@self``.
    """
    role = guide.role.text
    own = {name_key(role)} | {name_key(n) for n in self_names}

    def node(text: str) -> str:
        return SELF if name_key(text) in own else text

    moves = [(SELF, node(t)) for t in _texts(guide.leads_to) + _texts(guide.transitions_to)]
    moves += [(node(t), SELF) for t in _texts(_first_attr(guide, MOVES_IN_ATTRS) or [])]
    for chain in guide.progressions:
        steps = [node(t) for t in _texts(chain)]
        moves += list(itertools.pairwise(steps))
    salaries: list[Salary] = []
    points: list[bool | None] = []
    for band in guide.salaries:
        owner = _first_attr(band, SALARY_OWNER_ATTRS)
        owner_text = None if owner is None else str(getattr(owner, "text", owner))
        salaries.append((
            SELF if owner_text is None or name_key(owner_text) in own else name_key(owner_text),
            None if band.min is None else float(band.min),
            None if band.max is None else float(band.max),
            band.currency.upper(), band.period.lower(),
        ))
        point = _first_attr(band, SALARY_POINT_ATTRS)
        points.append(None if point is None else bool(point))
    return Facts(
        role=role,
        skills=_texts(guide.skills),
        moves=[(a, b) for a, b in moves if a != b],
        employers=_texts(guide.employers),
        sectors=_texts(guide.sectors),
        salaries=salaries,
        points=points,
    )


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------
@dataclass
class Tally:
    """Counts for one category: expected facts, found facts, and how many matched."""

    expected: int = 0
    found: int = 0
    matched: int = 0

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched

    @property
    def precision(self) -> float:
        """Matched share of what was found (1.0 when nothing was found)."""
        return 1.0 if self.found == 0 else self.matched / self.found

    @property
    def recall(self) -> float:
        """Matched share of what was expected (1.0 when nothing was expected)."""
        return 1.0 if self.expected == 0 else self.matched / self.expected


@dataclass
class Outcome:
    tally: Tally
    missed: list[str]
    extra: list[str]


def firm_key(text: str) -> str:
    """An employer's comparison key without its trailing legal forms, the key resolution
    joins two spellings of one firm by (rule ``legal-form``).

    >>> firm_key("Altamira Blades Ltd") == firm_key("Altamira Blades") == "altamira blade"
    True
    >>> firm_key("Ltd")
    'ltd'
    """
    return name_key(firm_base(text) or text)


def _match_names(expected: list[list[str]], found: list[str], *,
                 firms: bool = False) -> Outcome:
    """One-to-one matching: exact keys first, then keys without a trailing parenthetical;
    with ``firms`` (employers), last keys without a legal form ("X Ltd" is "X", as the graph
    makes them one Employer)."""
    found_left = list(dict.fromkeys(found, None))  # duplicates count once
    exp_left = list(range(len(expected)))
    matched = 0
    passes: list[Callable[[str], str]] = [name_key, partial(name_key, loose=True)]
    if firms:
        passes.append(firm_key)
    for key in passes:
        for i in list(exp_left):
            keys = {key(s) for s in expected[i]}
            hit = next((f for f in found_left if key(f) in keys), None)
            if hit is not None:
                found_left.remove(hit)
                exp_left.remove(i)
                matched += 1
    return Outcome(Tally(len(expected), len(set(found)), matched),
                   [expected[i][0] for i in exp_left], found_left)


def _match_moves(expected: list[tuple[list[str], list[str]]],
                 found: list[tuple[str, str]]) -> Outcome:
    def keyset(names: list[str], loose: bool) -> set[str]:
        return {n if n == SELF else name_key(n, loose=loose) for n in names}

    found_left = list(dict.fromkeys(found))
    exp_left = list(range(len(expected)))
    matched = 0
    for loose in (False, True):
        for i in list(exp_left):
            src, dst = keyset(expected[i][0], loose), keyset(expected[i][1], loose)
            hit = next((f for f in found_left
                        if (f[0] if f[0] == SELF else name_key(f[0], loose=loose)) in src
                        and (f[1] if f[1] == SELF else name_key(f[1], loose=loose)) in dst),
                       None)
            if hit is not None:
                found_left.remove(hit)
                exp_left.remove(i)
                matched += 1
    return Outcome(Tally(len(expected), len(set(found)), matched),
                   [f"{expected[i][0][0]} -> {expected[i][1][0]}" for i in exp_left],
                   [f"{a} -> {b}" for a, b in found_left])


def _match_salaries(expected: Expected, facts: Facts) -> Outcome:
    """Multiset matching on (owner, min, max, currency, period); a Guide that states
    point-ness must state it right."""
    # A figure printed twice (a summary line and a table) is one fact.
    left = list(dict.fromkeys(zip(facts.salaries, facts.points, strict=True)))
    missed: list[str] = []
    matched = 0
    for key, point in zip(expected.salaries, expected.points, strict=True):
        hit = next((f for f in left if _same_salary(f[0], key) and f[1] in (None, point)), None)
        if hit is None:
            missed.append(_salary_label(key, point))
        else:
            left.remove(hit)
            matched += 1
    found = len(set(zip(facts.salaries, facts.points, strict=True)))
    return Outcome(Tally(len(expected.salaries), found, matched), missed,
                   [_salary_label(k, p) for k, p in left])


def _same_amount(a: float | None, b: float | None) -> bool:
    """Equal, or within one unit (an hourly $43.94 stored as whole units)."""
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1)


def _same_salary(found: Salary, expected: Salary) -> bool:
    return (found[0] == expected[0] and found[3:] == expected[3:]
            and _same_amount(found[1], expected[1]) and _same_amount(found[2], expected[2]))


def _salary_label(key: Salary, point: bool | None) -> str:
    owner, low, high, currency, period = key
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:g}"

    amount = num(low) if point else f"{num(low)}-{num(high) if high is not None else '+'}"
    who = "" if owner == SELF else f" ({owner})"
    return f"{currency} {amount}/{period}{' point' if point else ''}{who}"


# --------------------------------------------------------------------------------------
# Fixtures and folders
# --------------------------------------------------------------------------------------
@dataclass
class FixtureScore:
    """The outcome of one fixture: a tally and the misses/extras per category."""

    name: str
    style: str
    rejected: str | None
    tallies: dict[str, Tally]
    missed: dict[str, list[str]]
    extra: dict[str, list[str]]
    forbidden_hits: list[str]


def _without_optional(facts: Facts, optional: set[str]) -> Facts:
    """Drop found names the truth marks optional (a page that is ambiguous about them)."""
    if not optional:
        return facts

    def keep(names: list[str]) -> list[str]:
        return [n for n in names if name_key(n) not in optional]

    moves = [m for m in facts.moves if not {name_key(n) for n in m if n != SELF} & optional]
    return Facts(role=facts.role, skills=keep(facts.skills), moves=moves,
                 employers=keep(facts.employers), sectors=keep(facts.sectors),
                 salaries=facts.salaries, points=facts.points)


def score_facts(name: str, expected: Expected, facts: Facts | None,
                rejected: str | None = None) -> FixtureScore:
    """Compare one fixture's expected facts with what was extracted (None: rejected)."""
    if facts is None:
        facts = Facts(role="")
    facts = _without_optional(facts, expected.optional)
    role_keys = {name_key(r) for r in expected.role}
    role_hit = bool(facts.role) and name_key(facts.role) in role_keys
    outcomes = {
        "role": Outcome(Tally(1, 1 if facts.role else 0, int(role_hit)),
                        [] if role_hit else [expected.role[0]],
                        [] if role_hit or not facts.role else [facts.role]),
        "skills": _match_names(expected.skills, facts.skills),
        "moves": _match_moves(expected.moves, facts.moves),
        "employers": _match_names(expected.employers, facts.employers, firms=True),
        "sectors": _match_names(expected.sectors, facts.sectors),
        "salaries": _match_salaries(expected, facts),
    }
    names = [facts.role, *facts.skills, *facts.employers, *facts.sectors,
             *(n for m in facts.moves for n in m if n != SELF)]
    bad = {name_key(f) for f in expected.forbidden} - {""}
    hits = sorted({n for n in names if n and name_key(n) in bad})
    return FixtureScore(name, expected.style, rejected,
                        {c: o.tally for c, o in outcomes.items()},
                        {c: o.missed for c, o in outcomes.items()},
                        {c: o.extra for c, o in outcomes.items()}, hits)


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.suffix in PAGE_SUFFIXES and p.name.lower() != "readme.md"
                  and p.with_suffix(".expected.yaml").exists())


def score_page(page: Path, expected: Expected) -> FixtureScore:
    """Parse one page with the real parser and score it against ``expected``."""
    try:
        guides = parse_file(page, name=page.name)
    except CareerGraphError as exc:
        return score_facts(page.name, expected, None, rejected=str(exc))
    if not guides:
        return score_facts(page.name, expected, None, rejected="no guide in the file")
    return score_facts(page.name, expected, facts_of(guides[0], expected.role))


def score_fixture(page: Path) -> FixtureScore:
    """Score one fixture page against its sibling ``.expected.yaml``."""
    return score_page(page, load_expected(page.with_suffix(".expected.yaml")))


def score_dir(folder: Path) -> list[FixtureScore]:
    """Score every fixture (a page with a sibling ``.expected.yaml``) in ``folder``.

    A folder holding ``truth.json`` and ``guides/`` is a generated corpus instead (see
    :func:`score_generated`).
    """
    if (folder / "truth.json").is_file() and (folder / "guides").is_dir():
        return score_generated(folder)
    return [score_fixture(page) for page in _pages(folder)]


_SLASH_PAIR = re.compile(r"((?:[A-Z][\w'-]*\s?){1,3}) / ((?:[A-Z][\w'-]*\s?){1,3})")


def slash_spellings(entry: Any) -> Any:
    """A generated truth's role name, with the spellings a hand-written truth gives it: a
    slash pair of two short titles is one rank with two names ("Deck Hand / Painter"), and
    the reader takes its first (``docs/extraction-structures.md``, "A slash rung"), so the
    pair and each name are accepted; any other entry is kept.

    >>> slash_spellings("Banksman / Slinger"), slash_spellings("QA/QC Inspector")
    (['Banksman / Slinger', 'Banksman', 'Slinger'], 'QA/QC Inspector')
    """
    pair = _SLASH_PAIR.fullmatch(entry) if isinstance(entry, str) else None
    return entry if pair is None else [entry, pair.group(1).strip(), pair.group(2).strip()]


def score_generated(root: Path) -> list[FixtureScore]:
    """Score the web-style pages of a generated corpus (``benchmarks.generate --style web``).

    Their truth entries carry the page's facts in the expected-file schema; other guides
    (card, long-form, structured) are left out.
    """
    truth = json.loads((root / "truth.json").read_text("utf-8"))
    scores: list[FixtureScore] = []
    for entry in truth["guides"]:
        if "salaries" not in entry:
            continue
        raw = {key: entry.get(key, []) for key in (
            "aliases", "leads_to", "transitions_to", "moves_in", "ladder", "employers",
            "sectors", "salaries", "must_not_appear", "optional")}
        for key in ("leads_to", "transitions_to", "moves_in"):
            raw[key] = [slash_spellings(e) for e in raw[key]]
        raw["ladder"] = [[slash_spellings(e) for e in chain] for chain in raw["ladder"]]
        raw |= {"role": entry["title"], "style": entry["layout"],
                "skills": [s for names in entry["skills"].values() for s in names]}
        scores.append(score_page(root / "guides" / entry["file"], expected_from(raw)))
    return scores


def totals(scores: Sequence[FixtureScore]) -> dict[str, Tally]:
    """Sum the per-category tallies of several fixtures."""
    out = {c: Tally() for c in CATEGORIES}
    for s in scores:
        for c in CATEGORIES:
            out[c].add(s.tallies[c])
    return out


# --------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------
def _table(label: str, scores: Sequence[FixtureScore]) -> str:
    rejected = sum(1 for s in scores if s.rejected)
    forbidden = sum(len(s.forbidden_hits) for s in scores)
    lines = [f"{label}: {len(scores)} fixtures, {rejected} rejected, "
             f"{forbidden} forbidden names extracted",
             f"| {'category':<9} | expected | found | matched | precision | recall |",
             "|-----------|---------:|------:|--------:|----------:|-------:|"]
    for c, t in totals(scores).items():
        lines.append(f"| {c:<9} | {t.expected:>8} | {t.found:>5} | {t.matched:>7} | "
                     f"{t.precision:>9.2f} | {t.recall:>6.2f} |")
    return "\n".join(lines)


def _by_style(scores: Sequence[FixtureScore]) -> str:
    """One row per site style: fixtures, rejected, then precision/recall per category."""
    styles = sorted({s.style for s in scores})
    head = "| style | n | rejected | " + " | ".join(f"{c} P/R" for c in CATEGORIES) + " |"
    lines = [head, "|" + "---|" * (3 + len(CATEGORIES))]
    for style in styles:
        group = [s for s in scores if s.style == style]
        cells = [f"{t.precision:.2f}/{t.recall:.2f}" for t in totals(group).values()]
        lines.append(f"| {style or '-'} | {len(group)} | {sum(1 for s in group if s.rejected)}"
                     f" | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _details(scores: Sequence[FixtureScore]) -> str:
    out: list[str] = []
    for s in scores:
        head = f"- {s.name} [{s.style}]" + (f": REJECTED ({s.rejected})" if s.rejected else "")
        out.append(head)
        for c in CATEGORIES:
            if s.missed[c]:
                out.append(f"    {c} missed: {'; '.join(s.missed[c])}")
            if s.extra[c]:
                out.append(f"    {c} extra:  {'; '.join(s.extra[c])}")
        if s.forbidden_hits:
            out.append(f"    must not appear: {'; '.join(s.forbidden_hits)}")
    return "\n".join(out)


def _as_json(folders: dict[str, list[FixtureScore]]) -> dict[str, Any]:
    def tally(t: Tally) -> dict[str, Any]:
        return {"expected": t.expected, "found": t.found, "matched": t.matched,
                "precision": round(t.precision, 4), "recall": round(t.recall, 4)}

    return {label: {
        "fixtures": len(scores),
        "rejected": [s.name for s in scores if s.rejected],
        "totals": {c: tally(t) for c, t in totals(scores).items()},
        "per_fixture": [{"name": s.name, "style": s.style, "rejected": s.rejected,
                         "tallies": {c: tally(t) for c, t in s.tallies.items()},
                         "missed": s.missed, "extra": s.extra,
                         "forbidden_hits": s.forbidden_hits} for s in scores],
    } for label, scores in folders.items()}


def default_dirs(root: Path = FIXTURES) -> list[Path]:
    """The fixture folders a run without arguments scores: all but the held-back ones.

    >>> [p.name for p in default_dirs()]
    ['dev', 'holdout']
    """
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name not in HELD_BACK)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the fixture folders given (default: all but the held-back ones) and print tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path,
                        help="fixture folders, or generated corpora (a folder with truth.json "
                             "and guides/; web-style pages are scored); default: "
                             "tests/fixtures/extraction/* except the held-back folders "
                             "(heldback/, heldback3/, heldback4/, heldback5/, "
                             "heldback6/, heldback7/, heldback8/, heldback9/, "
                             "heldback10/, heldback11/, heldback12/, heldback13/, "
                             "heldback14/, heldback15/, heldback16/, heldback17/, "
                             "heldback18/, heldback19/, heldback20/, heldback21/, "
                             "heldback22/, heldback23/, heldback24/, "
                             "heldback25/, heldback26/, heldback27/, heldback28/, "
                             "heldback29/, heldback30/, heldback31/, heldback32/, "
                             "heldback33/, heldback34/, heldback35/, heldback36/, "
                             "heldback37/, heldback38/, heldback39/, heldback40/, "
                             "heldback41/, heldback42/, heldback43/, heldback44/, "
                             "heldback45/, heldback46/, heldback47/, heldback48/, "
                             "heldback49/, heldback50/, heldback51/, heldback52/, "
                             "heldback53/, heldback54/, heldback55/, heldback56/, "
                             "heldback57/, heldback58/, heldback59/, "
                             "heldback60/)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also list each fixture's misses and extras")
    parser.add_argument("--by-style", action="store_true",
                        help="also print precision/recall per site style")
    args = parser.parse_args(argv)
    dirs: list[Path] = args.dirs or default_dirs()
    folders = {str(d): score_dir(d) for d in dirs}
    if args.json:
        print(json.dumps(_as_json(folders), indent=1))
        return 0
    for label, scores in folders.items():
        print(_table(label, scores))
        if args.by_style:
            print(_by_style(scores))
        if args.verbose:
            print(_details(scores))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
