"""A data feed's items flattened to text: one field a line, its name set off by leader dots.

A job feed (RSS or XML, a JSON export) shown by a feed reader or pasted from a terminal prints
each item as a block of fields, the field's name as the feed spells it (``salary_min``,
``jobTitle``) then leader dots and its value, a long value wrapped onto indented lines::

    [item 2]
      title ............. Senior Ferry Deckhand
      pay_from .......... 21.40
      pay_to ............ 25.10
      pay_period ........ Hourly
      duties ............ Lines handling, mooring and passenger counts; keeps the
                          deck log.
      equipment ......... capstan; radio; life rafts

Each block is rewritten as the lines the page's other rules read (:func:`feed_lines`): the
title on a line of its own (heading what follows, so another title's pay is that title's),
prose fields as prose, tool and skill lists under "Tools:" / "Skills:", a career-path field
as "Career path: …", requirements under "Requirements:", the employer field as
"Employer: …", and the pay fields of the item joined into one "Salary: low - high a year"
line.  Every other field (ids, codes, dates, places, hours, supplemental pay) is chrome and
becomes a blank line.  Which field names mean what is vocabulary: ``feed_fields`` in
``data/headings.yaml``.

>>> rows = [(1, "[job 1]"), (2, "  title ...... Ferry Deckhand"),
...         (3, "  pay_from ... 19.00"), (4, "  pay_to ..... 23.50"),
...         (5, "  pay_period .. Hourly"), (6, "  equipment .. capstan; radio;"),
...         (7, "                life rafts"), (8, "  job_id ..... 77-1")]
>>> for no, text in sorted(feed_lines(rows).items()):
...     print(no, repr(text))
1 ''
2 'Ferry Deckhand'
3 'Salary: USD 19.00 - 23.50 an hour'
4 ''
5 ''
6 'Tools: capstan; radio; life rafts'
7 ''
8 ''
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from careergraph.guides.headings import bundled_data

__all__ = ["FeedWords", "feed_lines", "feed_page", "feed_words"]

# A field row: an indented field name as a feed spells it (lower case first: "salary_min",
# "jobTitle"; a person's "Start ...... $33.40" is no field), leader dots, its value.
_FIELD = re.compile(r"^\s{0,8}(?P<key>[a-z][A-Za-z0-9_:-]{1,40})\s*\.{2,}\s*(?P<value>.*)$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# An item's marker line ("[job 1]", "[item 3]", "--- entry 2 ---", "<item>").
_MARKER = re.compile(r"^\s*(?:\[[^\]]{1,20}\]|-{2,}.{0,20}-{2,}|</?\w{1,12}>)\s*$")
_MIN_FIELDS = 4  # field rows a page needs to be a feed
_CONTINUED = 8  # a wrapped value's lines are indented at least this far


@dataclass(frozen=True)
class FeedWords:
    """The field names of feeds by what they hold (``feed_fields`` in ``headings.yaml``)."""

    title: tuple[str, ...]
    prose: tuple[str, ...]
    tools: tuple[str, ...]
    skills: tuple[str, ...]
    ladder: tuple[str, ...]
    requirements: tuple[str, ...]
    employer: tuple[str, ...]
    pay_low: tuple[str, ...]
    pay_high: tuple[str, ...]
    pay_period: tuple[str, ...]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> FeedWords:
        """Build from ``data/headings.yaml``'s mapping (its ``feed_fields`` block)."""
        block = raw.get("feed_fields") or {}
        return cls(*(tuple(_name(str(word)) for word in block.get(key) or ()) for key in (
            "title", "prose", "tools", "skills", "ladder", "requirements", "employer",
            "pay_low", "pay_high", "pay_period")))


@cache
def feed_words() -> FeedWords:
    """The bundled feed-field vocabulary."""
    return FeedWords.from_mapping(bundled_data())


def _name(key: str) -> str:
    """A field name in one spelling: "salary_min", "salaryMin", "salary-min" -> "salary min"."""
    return " ".join(re.split(r"[\s_:-]+", _CAMEL.sub(" ", key).lower())).strip()


_LABELS = {"tools": "Tools", "skills": "Skills", "ladder": "Career path",
           "requirements": "Requirements", "employer": "Employer"}
_PERIODS = (("hour", "an hour"), ("day", "a day"), ("week", "a week"), ("month", "a month"),
            ("annual", "a year"), ("year", "a year"))


def _kind(key: str, words: FeedWords) -> str:
    name = _name(key)
    for kind in ("title", "prose", "tools", "skills", "ladder", "requirements", "employer",
                 "pay_low", "pay_high", "pay_period"):
        if name in getattr(words, kind):
            return kind
    return ""


def feed_page(lines: Sequence[tuple[int, str]]) -> bool:
    """The page prints feed items: four field rows or more (a quick look, before
    :func:`feed_lines`).

    >>> feed_page([(1, "  job_id .... 7"), (2, "Start ...... $33.40")])
    False
    """
    return sum(1 for _, text in lines if "." in text and _FIELD.match(text)) >= _MIN_FIELDS


def feed_lines(lines: Sequence[tuple[int, str]], home: str = "USD",
               words: FeedWords | None = None) -> dict[int, str]:
    """The new text, by line, of a page whose items are flattened feed fields (see the
    module); {} for any other page (fewer than four field rows).  ``home``: the currency of
    the feed's bare figures (the page's), written before them."""
    if not feed_page(lines):
        return {}
    words = words or feed_words()
    out: dict[int, str] = {}
    fields: list[tuple[int, str, str]] = []  # (line, kind, value) of the open item
    last: int | None = None  # the line of the field a wrapped line continues

    def flush() -> None:
        pay = {kind: (no, value) for no, kind, value in fields if kind.startswith("pay_")}
        for no, kind, value in fields:
            if kind.startswith("pay_"):
                out[no] = ""
            elif kind == "title" or kind == "prose":
                out[no] = value
            else:
                out[no] = f"{_LABELS[kind]}: {value}" if kind else ""
        if "pay_low" in pay:
            high = pay.get("pay_high", (0, ""))[1]
            period = pay.get("pay_period", (0, ""))[1].lower()
            per = next((said for word, said in _PERIODS if word in period), "")
            band = f"{pay['pay_low'][1]} - {high}" if high else pay["pay_low"][1]
            money = band if any(not ch.isdigit() for ch in band.split()[0][:1]) else (
                f"{home} {band}")  # (a bare figure in the feed's currency)
            out[min(no for no, _ in pay.values())] = f"Salary: {money} {per}".rstrip()
        fields.clear()

    for no, text in lines:
        field = _FIELD.match(text)
        if field is not None:
            kind = _kind(field.group("key"), words)
            fields.append((no, kind, field.group("value").strip()))
            last = len(fields) - 1
            continue
        indent = len(text) - len(text.lstrip())
        if last is not None and text.strip() and indent >= _CONTINUED:
            line, kind, value = fields[last]  # a wrapped value goes on
            fields[last] = (line, kind, f"{value} {text.strip()}")
            out[no] = ""
            continue
        last = None
        if _MARKER.match(text):
            flush()
            out[no] = ""
    flush()
    return out
