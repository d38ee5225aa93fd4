"""The role's own rows of a pay table named by a stage or a scope of practice, and the lines
that say where a table's figures come from (helper fixes96).

A blog's dotted pay table on the physiotherapist's page prints "newly qualified ..... £…",
"3–5 years ..... £…", "extended scope practitioner ..... £…": each row is the role at that
stage (its level), no other job; a row naming an occupation ("clinical lead physiotherapist",
"nurse practitioner") stays that title's.  A line under the table's heading naming its data
("Data: … Salary Tracker 2026", "Source: …") labels none of its figures.

The words live in ``level_rows`` in ``data/headings.yaml``.

>>> scope_of_practice("extended scope practitioner"), scope_of_practice("Independent Prescriber")
(True, True)
>>> scope_of_practice("nurse practitioner"), scope_of_practice("general practitioner")
(False, False)
>>> row_stage("3–5 years"), row_stage("newly qualified"), row_stage("Year 1")
('3–5 years', 'newly qualified', None)
>>> attribution_line("Data: Allied Workers Salary Tracker 2026"), attribution_line("Salary")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.money_grammar import region_name

__all__ = ["attribution_line", "glued_first_rung", "heading_region", "level_post", "row_stage",
           "scope_of_practice", "whole_trade_row"]


@dataclass(frozen=True)
class _Words:
    scopes: tuple[str, ...]  # longest first, so "extended scope" is taken before "extended"
    heads: frozenset[str]
    stages: frozenset[str]
    attribution: re.Pattern[str]


@cache
def _words() -> _Words:
    """The bundled vocabulary (``level_rows`` in data/headings.yaml), read once."""
    section = bundled_section("level_rows")

    def words(key: str, block: object = section) -> tuple[str, ...]:
        found = block.get(key) if isinstance(block, Mapping) else None
        return tuple(str(word).lower() for word in found or ())

    said = section.get("attributions") or {}
    labels = "|".join(re.escape(w) for w in sorted(words("labels", said), key=len, reverse=True))
    openers = "|".join(re.escape(w) for w in sorted(words("openers", said), key=len,
                                                    reverse=True))
    # "Data: …", "Source – …" (a label and its mark) or "Figures from …" (an opening phrase)
    attribution = re.compile(rf"^\W{{0,3}}(?:(?:{labels})\s*[:–—]\s*\S|(?:{openers})\s+\S)",
                             re.IGNORECASE)
    return _Words(tuple(sorted(words("scopes"), key=len, reverse=True)),
                  frozenset(words("heads")), frozenset(words("stages")), attribution)


def scope_of_practice(lead: str) -> bool:
    """Whether a pay row's words name a scope of practice of the page's own profession: a
    generic practitioner head ("practitioner", "prescriber", singular or plural) after words
    of scope only ("advanced", "extended scope", "independent", "specialist") — the role at
    that level.  A row naming an occupation ("nurse practitioner", "operating department
    practitioner", "clinical lead physiotherapist") is no scope.

    >>> scope_of_practice("advanced practitioners"), scope_of_practice("practitioner")
    (True, False)
    >>> scope_of_practice("operating department practitioner")
    False
    """
    words = _words()
    parts = lead.strip().lower().split()
    if len(parts) < 2 or parts[-1].removesuffix("s") not in words.heads:
        return False
    rest = " ".join(parts[:-1])
    while rest:
        scope = next((s for s in words.scopes if rest == s or rest.startswith(f"{s} ")), None)
        if scope is None:
            return False  # a word of an occupation's name ("nurse", "general", "department")
        rest = rest[len(scope):].strip()
    return True


# Experience as a row prints it: "3–5 years", "10+ years", "2–4 years registered", "5 yrs".
_YEARS = re.compile(r"^(?:\d{1,2}\s*(?:[–-]\s*\d{1,2}|\+)?|under \d{1,2}|over \d{1,2})\s*"
                    r"(?:years?|yrs?)\b(?:\s+[a-z'’-]+){0,2}$", re.IGNORECASE)


def row_stage(lead: str) -> str | None:
    """The stage of the role a pay row's words name, as printed ("3–5 years", "newly
    qualified", "entry level", "pre-registration year"), or None when they name none.

    >>> row_stage("2–4 years registered"), row_stage("10+ years"), row_stage("Clinical lead")
    ('2–4 years registered', '10+ years', None)
    """
    printed = " ".join(lead.split())
    if _YEARS.match(printed) or printed.lower() in _words().stages:
        return printed
    return None


def attribution_line(text: str) -> bool:
    """Whether a line says where the figures under it come from ("Data: … Survey 2026",
    "Source: …", "Figures from …", "Based on 1,204 salaries"): a credit, no label of them.

    >>> attribution_line("Source: a union's pay survey"), attribution_line("Based on 812 salaries")
    (True, True)
    >>> attribution_line("Salary by experience"), attribution_line("Database administrator pay")
    (False, False)
    """
    return _words().attribution.match(text.strip()) is not None


# A table's bracket after its heading: "what are Xs paid? (UK, gross basic, 2026)".
_HEADING_BRACKET = re.compile(r"\(([^()]{1,60})\)\s*:?\s*$")


def heading_region(heading: str) -> str | None:
    """The one region a pay table's heading states in its closing bracket among the
    table's terms ("(UK, gross basic, 2026)"), or None: no bracket, no region or two.

    >>> heading_region("what are Xs paid? (UK, gross basic, 2026)")
    'UK'
    >>> heading_region("Pay (UK small-animal practice, gross basic, 2026)")
    'UK'
    >>> heading_region("Pay (gross basic, 2026)"), heading_region("Pay in the UK")
    (None, None)
    """
    bracket = _HEADING_BRACKET.search(heading)
    if bracket is None:
        return None
    named = {region for part in bracket.group(1).split(",")
             if (region := region_name(part) or _region_first(part)) is not None}
    return named.pop() if len(named) == 1 else None


def _region_first(part: str) -> str | None:
    """The region opening a bracket's term before lower-case words of what it covers ("UK
    small-animal practice"), or None."""
    first, _, rest = part.strip().partition(" ")
    if not rest or not rest[:1].islower() or any(region_name(word) for word in rest.split()):
        return None  # ("UK or US": two regions, none the table's)
    return region_name(first)


# A row of a statistic over every holder of the trade: "median, all physiotherapists",
# "average (all grades)", "Mean – all nurses".
_WHOLE_TRADE = re.compile(r"^(?:median|average|mean)\W{1,3}(?:for\s+)?all\s+[a-z][\w'’ -]*\)?$",
                          re.IGNORECASE)


def whole_trade_row(lead: str) -> bool:
    """Whether a pay row's words are a statistic over all the trade's holders ("median, all
    physiotherapists"): a figure for the whole table, whose heading's region it takes.

    >>> whole_trade_row("median, all physiotherapists ....."), whole_trade_row("median pay")
    (True, False)
    """
    return _WHOLE_TRADE.match(lead.strip().rstrip(" .:–—-")) is not None


# A rung line's post named after its level's short name (fresh59's humroster): "Level 2 - Team
# Leader: leads a team of national staff as Cash Transfer Team Leader, 2-3 months.", "Level 3 -
# Coordinator: Cash and Markets Coordinator for a country response". Anchored, words bounded.
_NAMED = r"[A-Z][\w'’&-]{0,30}(?:\s(?:[A-Z][\w'’&-]{0,30}|and|of|&)){0,5}"
_OPENS_TITLE = re.compile(rf"(?P<title>{_NAMED})")
_AS_TITLE = re.compile(rf"(?:[a-z0-9][\w'’-]{{0,20}}\s){{1,14}}?as\s(?:an?\s)?(?P<title>{_NAMED})")
_CLAUSE_END = re.compile(r"[,.;:(]")
_TRAILING_JOIN = re.compile(r"(?:\s(?:and|of|&))+$")


# "Level 2 - Team Leader: …": a level's number, its short name and its colon.
_LEVEL_LINE = re.compile(r"(?:Level|Step|Stage|Tier)\s\d{1,2}\s?[-–—.]\s?"
                         r"(?P<name>[A-Z][\w'’ -]{0,40}?):\s(?P<rest>.+)")


def level_post(line: str, is_title: Callable[[str], bool]) -> str | None:
    """The post a level's line ("Level N - <short name>: …") holds: a fuller title ending
    with the short name that opens the text after the colon ("Coordinator: Cash and Markets
    Coordinator for …") or follows "as" in its first clause ("Team Leader: leads a team … as
    Cash Transfer Team Leader"), or a known title after "as" ("Team Member: deploys as Cash
    Transfer Officer under …"); None when the line names none.

    >>> known = lambda t: t.endswith(("Officer", "Leader", "Coordinator"))
    >>> level_post("Level 2 - Team Leader: leads staff as Cash Transfer Team Leader, 2 months.",
    ...            known)
    'Cash Transfer Team Leader'
    >>> level_post("Level 3 - Coordinator: Cash and Markets Coordinator for a response.", known)
    'Cash and Markets Coordinator'
    >>> level_post("Level 1 - Team Member: deploys as Cash Transfer Officer under a lead.", known)
    'Cash Transfer Officer'
    >>> level_post("Level 2 - Team Leader: leads a team of eight, 2-3 months.", known) is None
    True
    """
    level = _LEVEL_LINE.match(line.strip())
    if level is None:
        return None
    name = level.group("name").strip()
    clause = _CLAUSE_END.split(level.group("rest").strip(), maxsplit=1)[0]
    for pattern in (_OPENS_TITLE, _AS_TITLE):
        found = pattern.match(clause)
        if found is None:
            continue
        title = _TRAILING_JOIN.sub("", found.group("title").strip())
        if title.lower() == name.lower():
            continue
        if title.lower().endswith(f" {name.lower()}") or (
                pattern is _AS_TITLE and is_title(title)):
            return title
    return None


# A section's heading glued before its list's first rung: "Deployment levelsLevel 1 - …".
_GLUED_FIRST_RUNG = re.compile(r"[A-Z][a-z]{1,20}(?: [a-z]{1,20}){0,3}(?=(?:Level|Step|Stage|Tier)"
                               r" 1\b)")


def glued_first_rung(line: str) -> int:
    """Where a ladder's first rung starts when a heading is glued before it ("Deployment
    levelsLevel 1 - Team Member: …"), or 0.

    >>> line = "Deployment levelsLevel 1 - Team Member: deploys as X."
    >>> line[glued_first_rung(line):][:7], glued_first_rung("Levels: Level 1 - X")
    ('Level 1', 0)
    """
    glued = _GLUED_FIRST_RUNG.match(line)
    return glued.end() if glued is not None else 0
