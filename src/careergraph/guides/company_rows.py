"""A pay page's rows per company: under "X pay by company" or "Top companies for Xs", each
row names a company and the role's pay there, so each company employs the role.

Four layouts: a table in spaced columns ("Company   Base pay   Salaries submitted" above
"Harbour Metro   $28.20/hr   204"), cards of a name, a rating line and a pay line, one-line
cards under "Companies hiring X near you" ("Lone Star Roofing — Houston, TX — $20–$27/hr",
"… — pay not listed") or "X salaries at companies" ("Brera Srl - € 27.800 / year - 22
salaries"), and cards flattened onto one line, the name glued to its rating
("Acme Ltd.4.1 ★ 212 reviews$31/hr").  The rows end at the first line that is neither (a
"Show more" link, the next heading).  The pay is read elsewhere (by the pay rules); this
reader gives the employers only.

>>> from careergraph.guides.amounts import find_money
>>> company_rows([(1, "Welder pay by company"), (2, "Company    Base pay"),
...               (3, "Ironvale Works    $31.40/hr"), (4, "Kestrel Fabrication    $29.10/hr"),
...               (5, "View all 12 companies")], lambda t: find_money(t) is not None)
[('Ironvale Works', 3), ('Kestrel Fabrication', 4)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from careergraph.guides.company_forms import COMPANY_FORMS
from careergraph.guides.heading_data import word_lists
from careergraph.guides.phrase_gate import PhraseGate, folded

__all__ = ["company_rows"]

_CELLS = re.compile(r"\s{2,}|\t")
_HEADING_WORDS = 12
_NAME_WORDS = 6
_CARD_GAP = 2  # lines from a card's name to its pay
# A job card on one line: the company, its town and its pay or a note, set off by dashes.
# "Guadalupe Roofing Co.", "Lintang Freight Pte. Ltd."
_ABBREVIATED = re.compile(rf"(?:\s(?:{'|'.join(map(re.escape, COMPANY_FORMS))})\.)+$")
_DASHED = re.compile(r"\s+[—–-]\s+")
# A card flattened onto one line, its name glued to its rating ("Acme Ltd.4.1 ★ 212 reviews$31/hr").
_GLUED_CARD = re.compile(r"(?P<name>\S.*?[^\d\s])\s?[0-5][.,]\d\s*★")
_PLACE = re.compile(r"[A-Z][\w.' -]{1,30}?(?:,\s*[A-Z]{2,3})?")


@cache
def _words() -> tuple[PhraseGate, tuple[str, ...], frozenset[str]]:
    lists = word_lists("company_rows")
    heading = PhraseGate(lists["headings"], r"\b(?:" + "|".join(
        re.escape(w) for w in sorted(lists["headings"], key=len, reverse=True)) + r")\b",
                         whole=True)
    columns = frozenset(word_lists("table_columns").get("employers", ()))
    return heading, lists["card_lines"], columns


def _name(cell: str) -> bool:
    """A company's name: capitalised, short, no figure, no sentence."""
    words = cell.split()
    return (0 < len(words) <= _NAME_WORDS and cell[:1].isupper() and "|" not in cell
            and not any(c.isdigit() for c in cell) and cell[-1:] not in ".:?!")


# A run-in list after the heading phrase and a colon, each company before its figure ("Top
# companies: Colorado Parks and Wildlife $57,900; Arizona State Parks $45,300 ...").
_RUN_IN_LEAD = re.compile(r"^(?:\s+for\s+[^:;$£€]{1,40})?\s*:\s*")
_RUN_IN_ITEM = re.compile(r"^(?P<name>[A-Z][^;:$£€]{1,60}?)\s+(?=[$£€]|[A-Z]{1,3}\$|RM\s?\d)")


def _run_in(rest: str, has_pay: Callable[[str], bool]) -> list[str]:
    """The companies of a run-in list ``rest`` follows its heading phrase with (none when no
    colon opens it).

    >>> _run_in(": Fenwick Tools and Dies $31.20; Orly Cranes $29.80 ...", lambda t: "$" in t)
    ['Fenwick Tools and Dies', 'Orly Cranes']
    """
    lead = _RUN_IN_LEAD.match(rest)
    if lead is None:
        return []
    names: list[str] = []
    for item in rest[lead.end():].split(";"):
        found = _RUN_IN_ITEM.match(item.strip())
        if found is None or not has_pay(item) or not _name(found["name"]):
            break
        names.append(found["name"])
    return names


def company_rows(lines: Sequence[tuple[int, str]],
                 has_pay: Callable[[str], bool]) -> list[tuple[str, int]]:
    """The companies of a pay page's per-company rows, with their lines; ``has_pay`` tells a
    text holding a pay figure."""
    heading, card_words, columns = _words()
    found: list[tuple[str, int]] = []
    if not heading.admits(folded("\n".join(text for _, text in lines))):
        return found  # (most pages: no heading phrase anywhere, no line searched for one)
    index = 0
    while index < len(lines):
        text = lines[index][1].strip()
        index += 1
        # (the heading first: most lines hold none, and a pay figure is the dearer test)
        if (label := heading.pattern.search(text)) is not None and has_pay(text):
            found.extend((name, lines[index - 1][0]) for name in _run_in(
                text[label.end():], has_pay))  # "Top companies: A $57,900; B $45,300"
        if len(text.split()) > _HEADING_WORDS or not heading.pattern.search(text) or has_pay(text):
            continue
        while index < len(lines):
            no, row = lines[index][0], lines[index][1].strip()
            cells = [c for c in _CELLS.split(row) if c]
            if cells and cells[0].lower() in columns:  # the table's header row
                index += 1
                continue
            if len(cells) >= 2 and _name(cells[0]) and has_pay(" ".join(cells[1:])):
                found.append((cells[0], no))  # "Harbour Metro   $28.20/hr   204"
                index += 1
                continue
            glued = _GLUED_CARD.match(row)
            if glued and _name(_ABBREVIATED.sub("", glued["name"])) and has_pay(row[glued.end():]):
                found.append((glued["name"], no))  # "Kestrel Fabrication3.9 ★ 88 reviews$29/hr"
                index += 1
                continue
            parts = _DASHED.split(row)
            if len(parts) >= 2 and _name(_ABBREVIATED.sub("", parts[0])) and (_PLACE.fullmatch(
                    parts[1]) or has_pay(parts[1])):
                # "Lone Star Roofing — Houston, TX — $20/hr", "Brera Srl - € 27.800 / year - 22
                # salaries"
                found.append((parts[0], no))
                index += 1
                continue
            ahead = [t for _, t in lines[index + 1:index + 1 + _CARD_GAP]]
            paid = next((k for k, t in enumerate(ahead) if has_pay(t)), None)
            # (at least one card line: a name right above a pay line may head other rows)
            if len(cells) == 1 and _name(row) and paid and all(
                    any(w in t.lower() for w in card_words) for t in ahead[:paid]):
                found.append((row, no))  # a card: name, rating line, pay line
                index += 2 + paid
                continue
            break
    return found
