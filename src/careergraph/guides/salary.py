"""Read salary ranges written as text into :class:`~careergraph.model.SalaryRange`.

Handles ``USD 140,000 to 180,000``, ``$120k–$155k``, ``$210k–$300k+``, ``$85,000 - $110,000``,
``$220,000+``, ``Up to $180,000``, ``over $200,000``, ``$131,158 to over $200,000`` and single
figures.  Amounts in billions or millions (market sizes) are not salaries.

>>> from careergraph.model import Source
>>> r = parse_salary("US (approx.): $210k–$300k+ total compensation", label="Senior Level",
...                  level="senior", source=Source(file="x", line=3))
>>> (r.min, r.max, r.open_ended, r.currency)
(210000, 300000, True, 'USD')
"""

from __future__ import annotations

import re

from careergraph.guides.text import clean
from careergraph.model import SalaryRange, Source

__all__ = ["find_money", "parse_salary", "salary_level"]

_CURRENCIES = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "CAD": "CAD",
    "C$": "CAD",
    "AUD": "AUD",
    "A$": "AUD",
}
_CUR = r"US\$|C\$|A\$|\$|€|£|USD|EUR|GBP|CAD|AUD"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# One amount: currency, number, optional k, optional "+".  No nested repetition, so matching
# is linear in the input.
_MONEY = re.compile(rf"(?P<cur>{_CUR})\s?(?P<num>{_NUM})(?P<k>\s?[kK](?![A-Za-z]))?(?P<plus>\+)?")
_TAIL = re.compile(
    rf"\s*(?:to|-|–|—|and)\s*(?P<over>over\s+|more than\s+)?(?P<cur>{_CUR})?\s?"
    rf"(?P<num>{_NUM})(?P<k>\s?[kK](?![A-Za-z]))?(?P<plus>\+)?"
)
_BIG = re.compile(r"\s?(?:billion|million|trillion|bn|mn|[mMbB](?![A-Za-z]))")
_PERIODS = (
    ("per hour", "hour"),
    ("/hour", "hour"),
    ("/hr", "hour"),
    ("hourly", "hour"),
    ("per month", "month"),
    ("/month", "month"),
    ("monthly", "month"),
)
_LEVELS = re.compile(r"\b(entry|junior|starting|mid|senior|top|lead)\b", re.IGNORECASE)
_LEVEL_NAMES = {"junior": "entry", "starting": "entry"}
_FILLER = re.compile(r"US\$|USD|per year|a year|annually|[^A-Za-z]+", re.IGNORECASE)


def find_money(text: str) -> re.Match[str] | None:
    """The first currency amount in ``text`` that is not in millions or billions.

    >>> find_money("grow from $1.1 billion to $5.9 billion") is None
    True
    >>> find_money("Global Median: $160,000").group("num")
    '160,000'
    """
    for match in _MONEY.finditer(text):
        if not _BIG.match(text, match.end()):
            return match
    return None


def salary_level(*texts: str) -> str | None:
    """The first level word (entry, mid, senior, top, lead) in the first text that has one.

    >>> salary_level("Mid-level US Range", "Mid-level to Senior MLOps Engineers")
    'mid'
    >>> salary_level("Range in Major Tech Hubs", "Lead Machine Learning Engineer Salaries")
    'lead'
    """
    for text in texts:
        match = _LEVELS.search(text)
        if match:
            word = match.group(1).lower()
            return _LEVEL_NAMES.get(word, word)
    return None


def _amount(num: str, k: str | None) -> float:
    value = float(num.replace(",", ""))
    return value * 1000 if k else value


def parse_salary(text: str, *, label: str, level: str | None, source: Source) -> SalaryRange | None:
    """Parse the first salary range in ``text``; None when there is no usable amount.

    >>> from careergraph.model import Source
    >>> s = Source(file="g.txt", line=1)
    >>> r = parse_salary("USD 140,000 to 180,000", label="Entry Level", level="entry", source=s)
    >>> (r.min, r.max, r.note)
    (140000, 180000, None)
    >>> r = parse_salary("Up to $180,000", label="Senior-level US", level="senior", source=s)
    >>> (r.min, r.max, r.open_ended)
    (None, 180000, False)
    >>> r = parse_salary("$131,158 to over $200,000", label="", level=None, source=s)
    >>> (r.min, r.max, r.open_ended)
    (131158, 200000, True)
    """
    first = find_money(text)
    if first is None:
        return None
    low = _amount(first.group("num"), first.group("k"))
    high: float | None = None
    open_ended = bool(first.group("plus"))
    end = first.end()
    tail = _TAIL.match(text, end)
    if tail and not _BIG.match(text, tail.end()):
        high = _amount(tail.group("num"), tail.group("k"))
        if tail.group("k") and not first.group("k") and low < 1000:
            low *= 1000
        open_ended = bool(tail.group("plus") or tail.group("over"))
        end = tail.end()
    before = text[max(0, first.start() - 12) : first.start()].lower()
    after = text[end : end + 12].lower()
    minimum: float | None = low
    maximum: float | None = high if high is not None else low
    if high is None:
        if before.rstrip().endswith("up to"):
            minimum = None
        elif (
            open_ended
            or after.lstrip().startswith("or more")
            or before.rstrip().endswith(("over", "more than", "above", "at least"))
        ):
            maximum, open_ended = None, True
    if minimum is not None and maximum is not None and minimum > maximum:
        return None
    residual = _FILLER.sub(" ", text[: first.start()] + " " + text[end:]).strip()
    lowered = text.lower()
    period = next((name for key, name in _PERIODS if key in lowered), "year")
    return SalaryRange(
        level=level,
        label=label,
        currency=_CURRENCIES.get(first.group("cur"), "USD"),
        min=None if minimum is None else round(minimum),
        max=None if maximum is None else round(maximum),
        open_ended=open_ended,
        period=period,
        note=clean(text) if residual else None,
        source=source,
    )
