"""Figures too small to be anyone's pay for their period ("$2 an hour", "4 € a month" of an
index multiplier): a page's tip, premium or factor read as a wage.

The smallest hourly wage of each currency and the hours each period counts are
``pay_floors`` in ``data/headings.yaml``; a figure whose top end is under the floor of its
period is no pay.  A currency or period the data does not list has no floor, and a figure
whose line names a year before 1990 or prints shillings has none either: pay of the past
("starting at $1.45 an hour" in 1962, "£2 15s a week") was that small.

>>> from careergraph.model import SalaryRange, Source
>>> at = Source(file="g.txt", line=3)
>>> below_floor(SalaryRange(min=2, max=2, period="hour", source=at))
True
>>> below_floor(SalaryRange(min=2.13, max=2.13, period="hour", source=at))
False
>>> below_floor(SalaryRange(currency="EUR", min=4, max=4, period="month", source=at))
True
>>> below_floor(SalaryRange(currency="JPY", min=1100, max=1350, period="hour", source=at))
False
>>> below_floor(SalaryRange(currency="XYZ", min=1, max=1, period="hour", source=at))
False
>>> below_floor(SalaryRange(min=1.45, max=1.45, period="hour", source=at),
...             "In 1962 he started at $1.45 an hour.")
False
>>> below_floor(SalaryRange(currency="GBP", min=2.75, max=2.75, period="week", source=at),
...             "sweeping the sheds for a wage of £2 15s a week")
False
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.model import SalaryBand

__all__ = ["below_floor", "floor_of"]

# A year from 1800 to 1989, or shillings and pence of a pound before 1971 ("£2 15s a week"):
# pay of the past.
_PAST_YEAR = re.compile(r"\b1(?:[89][0-8]\d|89\d)\b|£\d{1,3}\s\d{1,2}s\b|\bshillings?\b")


@cache
def _floors() -> tuple[dict[str, float], dict[str, float]]:
    """The hourly floor by currency and the hours by period (read once)."""
    raw = bundled_section("pay_floors")
    return ({str(k).upper(): float(v) for k, v in (raw.get("hourly") or {}).items()},
            {str(k).lower(): float(v) for k, v in (raw.get("hours") or {}).items()})


def floor_of(currency: str, period: str) -> float | None:
    """The smallest figure that can be pay in ``currency`` per ``period``; None for none."""
    hourly, hours = _floors()
    if currency.upper() not in hourly or period.lower() not in hours:
        return None
    return hourly[currency.upper()] * hours[period.lower()]


def below_floor(band: SalaryBand, text: str = "") -> bool:
    """The band's top figure is under the floor of its currency and period (no pay);
    ``text``, the line stating it, may date it to the past (no floor then)."""
    top = band.max if band.max is not None else band.min
    floor = floor_of(band.currency, band.period)
    return top is not None and floor is not None and top < floor and (
        _PAST_YEAR.search(f"{text} {band.note or ''}") is None)
