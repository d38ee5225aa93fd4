"""Amounts of money in a line, read as a small grammar: ranges, open tops, periods, regions and
statistics (the job of :func:`find_amounts` and :func:`find_money`).

An *amount* is a number with an optional scale (``k``, ``thousand``, ``lakh``, ``LPA``,
``crore``) and a currency written before it (``$``, ``€``, ``£``, ``₹``, ``USD`` …) or after
it (``110,000 USD``).  Two amounts joined by ``-``, ``–``, ``—``, ``to`` or ``and`` are a
*range*; a currency or scale written once applies to both ends (``$85-110k``,
``110,000 to 150,000 USD``, ``₹12–18 lakh``).  A top is open with ``+``, ``plus``, ``or more``,
``and above`` or ``over``; ``up to`` leaves the bottom open.  Every range on a line is read,
each with the region named just before it (``US: $120k–$150k | UK: £70k–£90k``); a currency
code before a symbol says which dollar it is (``AUD $105,000``, ``cad $82,000``).  A single
figure labelled *median* or *average* is a point of that statistic, not a range.

Some amounts are not pay and are never read: market sizes (millions, billions), counts
(``6,900 employees``, ``Projected job openings 3,000``), occupation codes (``51-9082``),
fees, bonuses and incentives, and one-sided percentile figures (``the top 10% earn
$98,000+``, ``the lowest 10 percent earned less than $65,200``), which bound a distribution
rather than state a band.

Scanning is regular expressions without nested repetition, so it stays linear in the input.

>>> [(m.currency, m.low, m.high, m.open_ended) for m in find_amounts("€45k – €65k or more")]
[('EUR', 45000, 65000, True)]
>>> [(m.region, m.currency, m.low, m.high) for m in
...  find_amounts("US: $120k-$150k | India: ₹25-40 lakh per year")]
[('US', 'USD', 120000, 150000), ('India', 'INR', 2500000, 4000000)]
>>> [(m.low, m.high) for m in find_amounts("NZ$51,200 (step 1) to NZ$63,900 (step 6)")]
[(51200, 63900)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.memo import Memo
from careergraph.guides.money_grammar import (
    _AMOUNT,
    _AND_PENCE,
    _CODES,
    _CURRENCY,
    _DIGIT,
    _HOURLY_CURRENCIES,
    _JOIN,
    _MONTHLY_CURRENCIES,
    _SHILLINGS,
    _SYMBOLS,
    _THOUSAND_EUROS,
    _WORDED_LAKH,
    Money,
    _currency,
    _decimal_pounds,
    _euro_point,
    _is_year,
    _koruna_first,
    _pence_joined,
    _period,
    _real_point,
    _region,
    _rupiah_millions,
    _scale,
    _segment_start,
    _sentence_start,
    _sign_first,
    _ten_thousands,
    _thousand_euros,
    _unspace,
    _value,
    _won_band,
    _yen_millions,
    _zloty_first,
    comma_decimal,
    worded_lakh,
)
from careergraph.guides.not_pay import _PAY_NAMED, _not_pay
from careergraph.guides.text import clean
from careergraph.model import money_amount

__all__ = [
    "bound_pair",
    "column_terms",
    "find_amounts",
    "find_money",
    "joined_extremes",
    "legend_extremes",
    "running_scale",
]


# How far before its figure an amount can start: the longest currency ``pre`` ("KShs.") and
# one space.  ``pre`` holds no digit, so the figure is the first digit after the start.
_PRE_REACH = 8


# A pay scale's three figures, start-increment-maximum, are joined by bare dashes.
_STEP = re.compile(r"\s?[-–]\s?(?=\S?\s?\d)")
# A running (incremental) scale: "Rs. 31,040 - 10 x 445 - 11 x 660 - 60,550" is the band
# from the first to the last figure, each "n x step" between them n yearly increments; two
# segments may be printed glued ("10 x 73010 x 1,050"), which backtracking still reads.
_RUNNING = re.compile(r"\s?[-–](?:\s?[-–]?\s?\d{1,2}\s?[x×]\s?\d[\d,]*(?:\.\d+)?)+"
                      r"\s?[-–]\s?(?P<over>)")
# (rules38b) A Caribbean or colonial-service scale printed start "x" increment "–" maximum
# ("$33,408 x 936 – $46,512 per annum", "$21,576 x $600 - $29,976"): the band from the first
# to the last figure; the increment between them is no amount of its own.
_TIMES_STEP = re.compile(r"\s?[x×]\s?\$?\d[\d,]*(?:\.\d+)?\s?[-–]\s?(?P<over>)")

# A glued table row's grade code run into its band's first figure ("Post NameGradeScale" /
# "Survey Analyst0943,450 – 104,280"): digits right after a letter, before a grouped figure
# and a dash and a second grouped figure.
_GLUED_CODE_GATE = re.compile(r"[A-Za-z]\d")
_GLUED_CODE = re.compile(r"(?<=[A-Za-z])(\d+)((?:,\d{3})+)(\s*[–—-]\s*)(\d{1,3}(?:,\d{3})+)"
                         r"(?![\d,])")
_CODE_DIGITS = 2  # a grade code glued to a figure has one digit or two


def _code_apart(match: re.Match[str]) -> str:
    """The glued row's code blanked out when the figure is malformed or above the band's top
    without it and well formed with it gone ("0943,450 – 104,280" -> "  43,450 – 104,280").

    >>> _GLUED_CODE.sub(_code_apart, "Analyst111,140,000 – 2,736,000")
    'Analyst  1,140,000 – 2,736,000'
    >>> _GLUED_CODE.sub(_code_apart, "Level110,000 – 150,000")
    'Level110,000 – 150,000'
    """
    lead, groups, dash, top = match.groups()
    ceiling = int(top.replace(",", ""))
    if len(lead) <= 3 and not lead.startswith("0") and int(lead + groups.replace(",", "")) <= (
            ceiling):
        return match.group()  # a well-formed band: no code in it
    for cut in range(1, _CODE_DIGITS + 1):
        rest = lead[cut:]
        if 0 < len(rest) <= 3 and not rest.startswith("0") and int(
                rest + groups.replace(",", "")) <= ceiling:
            return f"{' ' * cut}{rest}{groups}{dash}{top}"
    return match.group()


# A dollar or pound figure typed with a decimal comma ("$45,77 – $52.54 per hour"): two
# digits after a lone comma are cents (a thousands group, Indian lakhs too, ends on three).
_CENTS_COMMA = re.compile(r"(?<=[$£])(\d{1,3}),(\d{2})(?!\d|,\d)")
_SPLIT_GROUP = re.compile(r"(?=[$€£₹₱KPR])"
                          r"((?:[$€£₹₱]|(?<![\w&])(?:K[Ss]hs?|Php|RM)\.?)\s?\d{1,3}),\s(\d{3})"
                          r"(?![\d,])")
# Thousands grouped by spaces after a currency ("R4 500", "R1 250 000", "CHF 48 000"): only
# behind a currency, so that "Level 2 110,000" stays two numbers.
# (rules55a) A band's top end so grouped after a dash is the band's ("$1 800 - 2 600 per
# month", a Central Asian posting through a translator): read with it, not as "2" and "600".
_SPACED = re.compile(r"(?=[R$€£CZESND])"
                     r"(?:(?<![\w&])R|[$€£]|\b(?:CHF|ZAR|EUR|SEK|NOK|DKK))\s?\d{1,3}"
                     r"(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
                     r"(?:\s?[–—-]\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d))?")
# (rules35b) Thousands grouped by spaces before a currency's code, as Nordic and Swiss pages
# print them ("38 900 SEK/month", a band's first end too: "34 500–41 000 SEK"): only right
# before the code (or a band's dash and a figure so grouped), so "Level 2 110,000" stays.
_GROUP = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+"
_SPACED_BEFORE_CODE = re.compile(
    rf"(?<![\d,.])(?<!\d )(?<!\d\u00a0){_GROUP}(?![\d,]|\.\d)(?=(?:\s?[–—-]\s?{_GROUP})?"
    r"[ \u00a0\u202f]?(?:SEK|NOK|DKK|CHF|ISK)\b)")


# (rules35d) The krona's and krone's "kr" after a figure ("38 700 kr/month", "29 000 – 33 000
# kr"): ambiguous alone, so it is the page's own currency's code, and only on a page whose
# figures are written in a krona or krone (its ``home``); " kr" and the code are as long.
_KRONA_CODES = frozenset({"SEK", "NOK", "DKK", "ISK"})
_KR_AFTER = re.compile(r"(?<=\d)(?: kr\.?|kr\.)(?![\wåäöæø])")
# (carry36) and "kr." before a figure, as a translated Danish posting prints it ("kr.
# 27.415,87", "kr 145.000"); a word ending in "kr" ("Dkr") is no mark
_KR_BEFORE = re.compile(r"(?<![\w.])kr(?:\. ?| )(?=\d)")


def _krona_coded(text: str, home: str) -> str:
    """``text`` with each "kr" after a figure (or "kr." before one) written as ``home``'s
    code (offsets stay).

    >>> _krona_coded("Median: 38 700 kr/month, 31 000kr. a month, 9 kroner", "NOK")
    'Median: 38 700NOK/month, 31 000NOK a month, 9 kroner'
    >>> _krona_coded("Step 1: kr. 27.415,87; from kr 145.000", "DKK")
    'Step 1: DKK 27.415,87; from DKK145.000'
    """
    def coded(match: re.Match[str]) -> str:
        return home.rjust(len(match.group()))

    def before(match: re.Match[str]) -> str:
        return home.ljust(len(match.group()))
    return _KR_BEFORE.sub(before, _KR_AFTER.sub(coded, text))


# (rules36b) Danish and Norwegian notation behind the currency's code, as a browser's
# translator leaves it: thousands grouped by points and a decimal comma ("DKK 28.512,40",
# "DKK 38.000–42.500", "NOK 41.250").  Only right behind the code, so that "$1.500" or a
# version number elsewhere stays as written; a figure in English notation ("DKK 34,260", a
# third digit after the comma) is no match.
_NORDIC_FIGURE = r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}"
_NORDIC_POINT = re.compile(
    rf"(?<![\w&])(?:DKK|NOK|ISK)\s?(?:{_NORDIC_FIGURE})(?![\d.,]\d|\d)"
    rf"(?:\s?[–-]\s?(?:{_NORDIC_FIGURE})(?![\d.,]\d|\d))?"
    # (and right before it, as Danish and Norwegian pages print it: "33.800 DKK",
    # "36.250,50–38.000 NOK")
    rf"|(?<![\w.,])(?:{_NORDIC_FIGURE})(?:\s?[–-]\s?(?:{_NORDIC_FIGURE}))?\s?(?:DKK|NOK|ISK)\b")
_NORDIC_PART = re.compile(_NORDIC_FIGURE)


def _nordic_point(match: re.Match[str]) -> str:
    """``DKK 28.512,40`` as ``DKK 28512.40  ``: each figure of the match in plain notation,
    the padding behind (the code stays right before its figure; offsets stay, and the
    match starts where it did: the words before it name the figure's owner, "Chef").

    >>> _nordic_point(_NORDIC_POINT.search("at DKK 38.000–42.500 a month"))
    'DKK 38000–42500  '
    >>> _nordic_point(_NORDIC_POINT.search("is 33.800 DKK a month"))
    '33800 DKK '
    >>> _NORDIC_POINT.search("v1.500 DKK") is None
    True
    """
    text = match.group()
    plain = _NORDIC_PART.sub(lambda part: comma_decimal(part.group()), text)
    return plain.ljust(len(text))


def _code_unspaced(match: re.Match[str]) -> str:
    """``38 900`` as `` 38900``: the group's spaces move before it (offsets stay; the code
    stays one space behind the figure)."""
    figure = match.group()
    digits = re.sub(r"\D", "", figure)
    return " " * (len(figure) - len(digits)) + digits


# French notation, the sign after the figure: thousands grouped by spaces and a decimal comma
# ("1 802 €", "66 840 $", "38,76 $").  Only a figure with the sign right behind it, so that
# "Level 2 110,000" or "1,350 hours" stay as written.
_SIGN_AFTER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{2}|\d+)"
                         r"[ \u00a0\u202f]?(?P<sign>[€$])(?![ \u00a0\u202f]?\d)")


# (the lead, stop 48) The same French notation before the code "EUR" ("2 110,02 EUR brut",
# "1 250 EUR a month"): only with a space-grouped thousand, so "950,00 EUR" stays the euro
# reader's and "Level 2 110 EUR" cannot arise from a bare number.
_CODE_AFTER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?)"
                         r"[ \u00a0\u202f]?EUR\b(?![ \u00a0\u202f]?\d)")


def _code_first(match: re.Match[str]) -> str:
    """``2 110,02 EUR`` as ``    €2110.02``: the euro's sign before the figure, offsets kept.

    >>> _CODE_AFTER.sub(_code_first, "Salaire : 2 110,02 EUR brut").split()
    ['Salaire', ':', '€2110.02', 'brut']
    """
    digits = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
    return ("€" + comma_decimal(digits)).rjust(len(match.group()))


# (the lead, stop 48) A French range's lower end, whose sign or code is printed after the top
# only ("45 000 - 52 000 €", "1 800 and 2 100 EUR"): its spaces go too, or "000" was read as
# the lower end.
_LOW_BEFORE_SIGN = re.compile(
    r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?)(?=\s?(?:-|–|to|and)\s?"
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?[ \u00a0\u202f]?(?:€|\$|EUR\b))")


def _low_joined(match: re.Match[str]) -> str:
    """``45 000`` before ``- 52 000 €`` as ``  45000``, offsets kept.

    >>> _LOW_BEFORE_SIGN.sub(_low_joined, "Salaire 45 000 - 52 000 € par an").split()
    ['Salaire', '45000', '-', '52', '000', '€', 'par', 'an']
    """
    digits = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
    return comma_decimal(digits).rjust(len(match.group()))


# Brazilian notation behind the real's sign: thousands grouped by points and a decimal comma
# ("R$ 7.184,36", "R$ 35,04"), which a browser's translator leaves as printed.  Only behind
# "R$", so that "$1.500" or "1,350 hours" elsewhere stay as written.
# (a figure in English notation, "R$ 1,960.00" as a translator may leave it, stays: a digit
# after the comma's two is a thousands group)
_REAL = re.compile(r"(?<![\w&])R\$(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})"
                   r"(?!\d|[.,]\d)")
# The real's sign in lower case, as a translated page printed all in lower case leaves it
# ("salary r$ 1,960.00"): a lone "r$" is no other currency's sign.
_LOWER_REAL = re.compile(r"(?<![\w&])r\$(?=\s?\d)")
# (rules33a) A salary site's labelled bounds side by side ("Floor: R$ 2,410.00     Ceiling:
# R$ 4,880.50", "piso: … teto: …"): the two ends of one band (one bound alone stays none),
# a dot or bar between them too ("Floor: R$ 2.400 · Ceiling: R$ 3.900", fixes61).
# (real52) A range's high end in whole thousands ("40,000") after a low one in bare units
# ("$30-40,000"): the writer printed the thousands once, for both ends.
_SHARED_THOUSANDS = re.compile(r"\d{1,3},000")
_FLOOR_CEILING = re.compile(r"(?P<floor>\b(?:[Ff]loor|[Pp]iso)\s*:\s*)(?P<low>\S{0,3}\s?\d[\d.,]*)"
                            r"(?P<gap>(?:\s*[·•|;/])?\s+(?:[Cc]eiling|[Tt]eto)\s*:\s*)"
                            r"(?=\S{0,3}\s?\d)")


# The two labelled ends of one band as a list strip prints them apart ("Floor: R$ 2.600",
# "Ceiling: R$ 6.200"): the bounds _FLOOR_CEILING reads as one band once rejoined.
_LOW_BOUND = re.compile(r"(?:[Ff]loor|[Pp]iso)\s*:\s*\S{0,3}\s?\d")
_HIGH_BOUND = re.compile(r"(?:[Cc]eiling|[Tt]eto)\s*:\s*\S{0,3}\s?\d")


def bound_pair(first: str, second: str) -> str | None:
    """Two items of a strip that are a band's labelled floor and ceiling, in order, as the
    band they print ("X to Y"), else None.

    >>> bound_pair("Floor: R$ 2.600,00", "Ceiling: R$ 6.200,00")
    'R$ 2.600,00 to R$ 6.200,00'
    >>> bound_pair("Average salary: R$ 4.196,84 / month", "Floor: R$ 2.600,00") is None
    True
    """
    if _LOW_BOUND.match(first) is None or _HIGH_BOUND.match(second) is None:
        return None
    return " ".join(_FLOOR_CEILING.sub(_band_of_bounds, f"{first} {second}").split())


def _band_of_bounds(match: re.Match[str]) -> str:
    """"Floor: X   Ceiling: " as "X to ", the same length (offsets stay)."""
    gap = match.group("gap")
    return " " * len(match.group("floor")) + match.group("low") + " to".ljust(len(gap))


# Indonesian notation behind the rupiah's sign: thousands grouped by points and a decimal comma
# ("Rp 7.500.000", "Rp4,8 million", "Rp 5,6 jt"), as a browser's translator leaves it.
_SWAP_MARKS = str.maketrans(".,", ",.")
_RUPIAH = re.compile(r"(?<![\w&])(Rp\.?\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})"
                     r"(?![\d.,]\d)")


def _rupiah_point(match: re.Match[str]) -> str:
    """``Rp 7.500.000`` as ``Rp 7,500,000`` and ``Rp 8,2`` as ``Rp 8.2``: the points and the
    comma swapped, so that every offset stays (the title before the sign too).

    >>> _rupiah_point(_RUPIAH.search("Clerk Rp 4.200.000")), _rupiah_point(_RUPIAH.search("Rp4,8"))
    ('Rp 4,200,000', 'Rp4.8')
    """
    return match.group(1) + match.group(2).translate(_SWAP_MARKS)


_DONG_MILLIONS = 500  # a month's pay in millions of dong stays below this
# (rules53a) Other currencies whose monthly pay is told in millions with no sign before the
# figure, as a translator leaves an Iranian or Mongolian posting ("18 to 22 million tomans",
# "250 million rials", "3.8-4.6 million ₮"): the code or sign after the top end, or the page's
# own currency; each with the ceiling a month's pay in its millions stays below.
_MILLION_POSTS = {"VND": "VND", "₫": "VND", "IRR": "IRR", "IRT": "IRR", "MNT": "MNT", "₮": "MNT",
                  "UZS": "UZS", "KZT": "KZT", "₸": "KZT"}
_CUT_COMPOUND = re.compile(r" \d{1,3}\s*$")
_MILLION_WORDS = ("million", "mln")  # (rules55a) "10 mln soums"
_MILLIONS_BELOW = {"VND": _DONG_MILLIONS, "IRR": 5000, "MNT": 100, "UZS": 200, "KZT": 50}
# Vietnamese and Turkish notation before the dong's or the lira's code or sign: thousands
# grouped by points ("15.000.000 - 22.000.000 VND/month", "30.000₫", "32.000 TL - 38.000 TL"),
# as a browser's translator leaves it; the points become commas (offsets stay).
_DONG_POINT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)"
                         r"(?=(?:\s?(?:-|–|~|to)\s?\d{1,3}(?:\.\d{3})+)?\s?(?:VND\b|₫|TL\b|TRY\b|₺))")


def _dong_point(match: re.Match[str]) -> str:
    """``15.000.000`` (before "VND") as ``15,000,000``.

    >>> _DONG_POINT.sub(_dong_point, "6.500.000 - 8.000.000 VND")
    '6,500,000 - 8,000,000 VND'
    """
    return match.group().replace(".", ",")


def _dong_millions(text: str, first: re.Match[str], currency: str | None) -> bool:
    """A few million dong, alone or as a band's ends ("15 million VND", "6 - 8 million"
    under a "(VND/month)" header or on a page whose figures are dong): pay, as Vietnamese
    pay is told by the month, with or without a period after it.

    >>> text = "6 - 8 million"
    >>> amount = _AMOUNT.match(text)
    >>> _dong_millions(text, amount, "VND"), _dong_millions(text, amount, "USD")
    (True, False)
    """
    top: re.Match[str] | None = first
    if _scale(first) not in _MILLION_WORDS:  # ("6 - 8 million": the top end's scale is both's)
        join = _JOIN.match(text, first.end())
        top = _AMOUNT.match(text, join.end()) if join is not None else None
    if top is None or _scale(top) not in _MILLION_WORDS or _CUT_COMPOUND.match(text, top.end()):
        return False  # ("1 million 6" at the end: a compound figure cut off, no pay)
    post = (top.group("post") or "").strip().upper()
    if first.group("pre") or top.group("pre") or (post and post not in _MILLION_POSTS):
        return False  # ("20 million USD", "$6 - 8 million": another currency's millions)
    own = _MILLION_POSTS[post] if post else currency
    return own in _MILLIONS_BELOW and float(
        top.group("num").replace(",", "")) < _MILLIONS_BELOW[own]


# The same notation behind the euro's sign, glued to a word or not, or before "euro(s)"
# ("€ 1.682,50", "Lombardy€ 28.600", "€ 13,33", "28.000 euros": Italian, Spanish, German and
# Dutch pages and their translations), or behind the code "EUR": a point before exactly three
# digits groups thousands, never a decimal in a euro amount; a scale after the figure
# ("€1.250 million") keeps it.
_EURO_POINT = re.compile(
    # (an Austrian whole figure's ",-", "€ 2.460,-": no cents, part of the figure)
    # (the code before the figure too: "Base pay …… EUR 2.450", "EUR 14,60 an hour")
    r"(?:(?:(?<![\d.,&])€|(?<![\w&])EUR)(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})"
    r"(?:,-)?"
    # (rules43b: a band's upper end behind its dash, in the same notation with no sign of its
    # own: "EUR 3.410,55 - 4.120,30 per month" is 3410.55 to 4120.30)
    r"(?:(\s?[–-]\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?![\d.,]\d|\d))?"
    # (fixes72: a figure with cents and no thousands before the code or word, "950,00 EUR",
    # "between 880,50 and 950,00 euros": its comma is the decimal one too, as before "€";
    # not the last group of a French figure, "2 110,02 €")
    r"|(?<![\d,.])()(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|(?<!\d[ \u00a0\u202f])\d+,\d{1,2}(?=[^\d.,]))"
    # (the sign right after the figure goes with it: "1.010 € to 1.090 €" is one band)
    r"(?:\s?€"
    # (the lower end of a range before the currency word: "between 1.450 and 1.900 euros")
    r"|(?=(?:\s?(?:-|–|to|and)\s?(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}))?"
    r"\s?(?:euros?\b|EUR\b|€))))"
    r"(?![\d.,]\d|\d)(?!\s?(?:[kKmMbB]\b|million|billion|bn\b|mn\b))")


# Polish notation, the złoty's sign after the figure: thousands grouped by spaces and a
# decimal comma ("5 420 zł", "4 480,00 zł", "28,50 zł", "6 110 PLN"), glued to a word before
# it or not ("Masovian6 110 zł"); and a decimal comma before a scale behind the code ("PLN
# 8,4 thousand").  A browser's translator leaves both as printed.
_ZLOTY = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}|\d+)"
                    r"[ \u00a0\u202f]?(?:zł|PLN\b)(?![ \u00a0\u202f]?\d)"
                    r"|(?<![\w&])PLN(\s?)(\d+),(\d)(?=\s?(?:thousand\b|k\b))")


# (rules38a) A Gulf currency's name after its figure, as a translator renders an Arabic
# posting ("2,400 - 3,100 dirhams monthly", "from 6,000 riyals"): the dirham is the UAE's and
# the riyal Saudi Arabia's unless the page's own currency is another one's (Morocco's
# dirham, Qatar's or Oman's riyal).
_GULF_WORD = re.compile(r"(?<=\d)\s(dirhams?|riyals?|rials?)\b", re.IGNORECASE)
_DIRHAMS = ("AED", "MAD")
_RIYALS = ("SAR", "QAR", "OMR", "YER")


# (rules53a) The toman and the tugrik named after a figure or its scale, as a translator leaves
# an Iranian or Mongolian posting ("18 to 22 million tomans", "800 thousand tugriks", "1.5
# million төгрөг"): coded (the toman as "IRT", read as ten rials when the amount is made); and
# "rials" after a figure or its scale on a page paid in Iranian rials ("250 million rials"),
# whose rial is no Gulf riyal.  A word cut short ("from 17 million tom") names nothing.
# (rules54a) And the rouble after a scale ("from 160 thousand rubles", "1.2 million roubles"):
# coded "RUB" (the figure itself after a figure: the koruna step's space-grouped reading).
# (rules55a) And the soum after a scale ("10 mln soums", "from 6 mln so'm", "500 thousand
# sum"): coded "UZS" ("mln" a million; the figure itself after a figure: the koruna step).
_TOMAN_TUGRIK = re.compile(r"(?:(?<=\d)|(?<=million)|(?<=thousand)|(?<=mln))(?P<gap>\s?)"
                           r"(?P<word>[Tt]omans?\b|تومان|[Tt]ugri?ks?\b|төгрөг(?:ийн)?"
                           r"|(?<=million\s)[Rr]o?ubles?\b|(?<=thousand\s)[Rr]o?ubles?\b"
                           r"|(?:(?<=million\s)|(?<=thousand\s)|(?<=mln\s))(?:soums?|so[ʻ'‘’]m"
                           r"|sum)\b"
                           # (rules56a) and the tenge ("350 thousand tenge", "1.2 mln tenge")
                           r"|(?:(?<=million\s)|(?<=thousand\s)|(?<=mln\s))(?:[Tt]enge|теңге"
                           r"|тенге)\b"
                           # (rules58a) and the dram ("280 thousand drams")
                           r"|(?:(?<=million\s)|(?<=thousand\s))drams?\b"
                           # (rules59a) and the Kyrgyz som ("from 35 thousand to 55 thousand
                           # soms")
                           r"|(?:(?<=million\s)|(?<=thousand\s))soms?\b"
                           r"|(?<=\s)[Rr]ials?\b|(?<=\s)ریال)")


def _toman_tugrik_code(match: re.Match[str], home: str) -> str:
    """The word of ``match`` as its code, padded to the same length (offsets stay).

    >>> _TOMAN_TUGRIK.sub(lambda m: _toman_tugrik_code(m, "IRR"), "22 million tomans, 9 rials")
    '22 million IRT   , 9 IRR  '
    """
    word = match.group("word").lower()
    if "ubl" in word:
        return (match.group("gap") + "RUB").ljust(len(match.group()))  # (rules54a) roubles
    if word in ("som", "soms"):
        return (match.group("gap") + "KGS").ljust(len(match.group()))  # (rules59a) soms
    if word.startswith("s"):
        return (match.group("gap") + "UZS").ljust(len(match.group()))  # (rules55a) soums
    if word.startswith("dram"):
        return (match.group("gap") + "AMD").ljust(len(match.group()))  # (rules58a) drams
    if "enge" in word or "еңге" in word or "енге" in word:
        return (match.group("gap") + "KZT").ljust(len(match.group()))  # (rules56a) tenge
    if word.startswith(("r", "ر")):
        if home != "IRR":
            return match.group()  # (an Omani or Yemeni rial: the Gulf reading below)
        code = "IRR"
    else:
        code = "IRT" if word.startswith(("t", "ت")) and "g" not in word else "MNT"
    return (match.group("gap") + code).ljust(len(match.group()))


# (rules56a) A Cambodian posting pays in US dollars and glosses its figures in riel ("$280 -
# $350 per month (about 1,148,000 - 1,435,000 riel)", "night allowance 4,000 riel") or in
# Khmer digits ("(៣,៦៩០,០០០ – ៥,៣៣០,០០០ រៀល)", "ប្រាក់ឈ្នួល ១០ ដុល្លារ"): the same pay or an
# add-on, never a salary of its own on a page not paid in riel (blanked; offsets stay).
_KHMER_DIGIT = re.compile(r"[\u17e0-\u17e9]")
_RIEL_FIGURE = r"\d{1,3}(?:[,. \u00a0]\d{3})+|\d+"
_RIEL_GLOSS = re.compile(rf"(?:(?:about|approx\.?|approximately|around|~)\s*)?(?<![\d,.])"
                         rf"(?:{_RIEL_FIGURE})(?:\s?(?:-|–|—|to)\s?(?:{_RIEL_FIGURE}))?"
                         r"\s?(?:[Rr]iels?\b|រៀល|៛|KHR\b)"
                         r"|[\u17e0-\u17e9]+(?:[,.][\u17e0-\u17e9]{3})*")


# (rules53a) A translator's compound figure ("1 million 300 thousand tugriks", Mongolian and
# Vietnamese notation): one figure in millions, right-aligned (offsets stay).
_MILLION_THOUSAND = re.compile(r"(?<![\d.,])(\d{1,3}) million (\d{1,3}) thousand\b")


def _million_thousand(match: re.Match[str]) -> str:
    """``1 million 300 thousand`` as ``1.3 million``, padded before.

    >>> _MILLION_THOUSAND.sub(_million_thousand, "pay 1 million 300 thousand ₮")
    'pay            1.3 million ₮'
    """
    figure = f"{match.group(1)}.{int(match.group(2)):03d}".rstrip("0")
    return f"{figure} million".rjust(len(match.group()))


def _gulf_code(match: re.Match[str], home: str) -> str:
    """The currency word of ``match`` as its code, padded to the same length."""
    own = _DIRHAMS if match.group(1)[:2].lower() == "di" else _RIYALS
    return f" {home if home in own else own[0]}".ljust(len(match.group()))


# (rules37a) Czech notation, the koruna's "Kč" or "CZK" after the figure: thousands grouped
# by spaces ("45 000 Kč", "41 800 Kč/month"), a range's lower end often bare ("45 000 –
# 52 000 CZK gross/month"); a translator leaves them as printed.  ("CZK 38,000" before the
# figure is the ordinary code.)
# (rules40a) The same continental reading for Romanian lei ("4.800 - 5.600 lei gross/month",
# "41,30 lei brut/hour", "between 3.000 and 4.800 lei net"): thousands grouped by points, a
# decimal comma; the word after the figure names the currency (RON).
# (rules41a) And the Hungarian forint's "Ft" or "HUF" after space-grouped thousands ("bruttó
# 420 000 - 510 000 Ft/hó", "2 650 Ft/óra"), as a translator leaves them.
# (rules45a) And the hryvnia's "UAH" (or "грн", "₴") after space-grouped thousands ("22 000 –
# 30 000 UAH", "from 35 000 UAH"), as a Ukrainian posting read through a translator prints it.
# (rules46a) And the Serbian dinar's "RSD", "din." or "dinars" after point-grouped thousands
# ("85.000 – 98.000 din. net", "from 90.000 to 120.000 RSD").
# (rules51a, carry51) And the Macedonian denar's "денари", "ден.", "den." or "MKD" likewise
# ("30.000 - 34.000 денари net per month", "350 den. daily").
# (rules54a) And the Russian rouble's "₽", "rub." or "roubles" after space-grouped thousands, as
# a translator leaves a Russian posting ("from 180 000 to 240 000 ₽ on hand", "265 ₽").
_KORUNA_FIGURE = (r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2}|,-)?"
                  r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,-)?|\d+(?:,\d{1,2}|,-)?")
_KORUNA = re.compile(rf"(?<![\d,.])(?P<low>{_KORUNA_FIGURE})"
                     rf"(?:(?P<join>\s?(?:-|–|—)\s?|\s(?:and|to)\s)(?P<high>{_KORUNA_FIGURE}))?"
                     r"[ \u00a0\u202f]?(?P<code>Kč|CZK\b|lei\b|RON\b|Ft\b|HUF\b|UAH\b|грн|₴"
                     # (rules46a) the Serbian dinar: "85.000 – 98.000 din. net", "RSD"
                     r"|RSD\b|din\.|dinars?\b"
                     # (rules49a) the Albanian lek: "60 000 – 75 000 lek net", "110 000 lekë"
                     r"|[Ll]ek[ëe]?\b"
                     # (rules51a, carry51) the Macedonian denar: "30.000 - 34.000 денари net per
                     # month", "350 den. daily", "27.000 and 33.000 den. net"
                     r"|MKD\b|денари?\b|ден\.|den\.|denar[si]\b"
                     # (rules54a) the rouble: "from 180 000 to 240 000 ₽ on hand", "95 000 rub.",
                     # "120 000 roubles" (a translator's word; "RUB" also what the toman step
                     # below writes for "thousand rubles")
                     r"|₽|RUB\b|руб\.|rub\.|ro?ubles?\b"
                     # (rules55a) the soum: "from 6 000 000 to 8 000 000 soums in hand",
                     # "7 500 000 so'm", and "c.u." for US dollars ("1 500 - 2 000 c.u.")
                     r"|UZS\b|soums?\b|so[ʻ'‘’]m\b|(?<=\d )sum\b|сўм|сум\b|c\.u\.|у\.е\."
                     # (rules56a) the Kazakh tenge: "450 000 – 600 000 ₸ on hand", "from
                     # 1 200 000 to 1 500 000 tenge", "350 000 тг", "KZT"
                     r"|KZT\b|₸|[Tt]enge\b|теңге\b|тенге\b|тг\b\.?"
                     # (rules57a) the Azerbaijani manat: "2 000 – 2 800 AZN net", "650 – 900 ₼",
                     # "650 - 900 manat"
                     r"|AZN\b|₼|manats?\b"
                     # (rules58a) the Armenian dram ("350 000 - 500 000 ֏ (clean)", "450 000
                     # AMD", "about 470 000 dram") and the Lao kip, point-grouped ("3.500.000 -
                     # 4.200.000 Kip / month", "2.990.000 Kip per month", "₭", "LAK")
                     r"|AMD\b|֏|drams?\b|LAK\b|₭|[Kk]ip\b"
                     # (rules59a) the Kyrgyz som, only right after a figure ("35 000 - 55 000
                     # som to hand", "800 som per day", "KGS", "сом")
                     r"|KGS\b|(?<=\d )soms?\b|сом\b"
                     # (rules58a) and the baht a Lao posting glosses its kip with, grouped the
                     # same way ("or about 3.600 - 4.300 Baht")
                     r"|(?<=\d\.\d{3} )[Bb]aht\b)"
                     r"(?![ \u00a0\u202f]?\d)")
# (rules57a) An Azerbaijani (or Turkish) thousand left untranslated between a figure's parts,
# "1 min 500 manat" (*1 min 500 manat*, Turkish "1 bin 500 lira"): one figure, 1,500.
_MIN_THOUSAND = re.compile(r"(?<![\d,.])(?P<thousands>\d{1,3}) (?:min|bin) (?P<rest>\d{3})"
                           r"(?= ?(?:manats?\b|₼|AZN\b|TL\b|lira\b))")


def _min_thousand(match: re.Match[str]) -> str:
    """``1 min 500`` as ``    1 500``: the space-grouped figure, padded in front (offsets
    stay; the code after it stays glued for the koruna step).

    >>> _MIN_THOUSAND.sub(_min_thousand, "up to 1 min 500 manat")
    'up to     1 500 manat'
    """
    figure = f"{match.group('thousands')} {match.group('rest')}"
    return figure.rjust(len(match.group()))


# (rules49a) A pay range printed as its minimum, midpoint and maximum ("$58,000 – $68,000 –
# $78,000", a compensation memo's "min – mid – max"): one band from the first to the last;
# the midpoint is no figure of its own (blanked: the band's ends join across the gap).  A
# fourth figure in the chain makes it a list of steps, left as it is.
_TRIPLE_FIGURE = r"(?:[$€£]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d{2})?|[$€£]\s?\d+(?:\.\d+)?[kK]?"
_TRIPLE_DASH = r"\s?[-–—]\s?"
_MIN_MID_MAX = re.compile(rf"(?<![\d,.$€£])(?<![-–—]\s)(?<![-–—])(?P<low>{_TRIPLE_FIGURE})"
                          rf"(?P<mid>{_TRIPLE_DASH}(?P<middle>{_TRIPLE_FIGURE}))"
                          rf"(?={_TRIPLE_DASH}(?P<high>{_TRIPLE_FIGURE})(?![\d,]|\.\d|{_TRIPLE_DASH}\S?\d))")


# (rules59a) A South Asian figure's "only" mark, "/=" (Sri Lanka) or "/-" (India), after both
# ends of a band: "Rs. 95,000/= - 120,000/=" is one band (the marks blanked, so offsets stay;
# a lone "Rs. 60,000/= + allowance" keeps its mark and stays one figure).
_ONLY_MARK = re.compile(r"(?<=\d)/([=-])(?P<join>\s?(?:-|–|—|to)\s?(?:Rs\.?\s?)?\d[\d,.]*)/\1"
                        r"(?![\w\d])")


# (rules49a) A band's midpoint in a bracket after it ("£37,000 – £46,000 (midpoint £41,500)"):
# inside the band the line states, no figure of its own (blanked).
_MIDPOINT_AFTER = re.compile(r"(?<=\d)(?P<gap>[kK]?\s*)\(\s*(?:mid-?point|mid point)\s*:?\s*"
                             r"(?:[$€£]\s?)?\d[\d,.]*[kK]?\s*\)")

# (rules55a) A monthly figure's yearly equivalent in the bracket after it ("Rs. 35,000 to Rs.
# 42,000 (annual 4.2 lakh to 5.04 lakh)", "$2,100 a month (yearly $25,200)"): the same pay,
# no figure of its own (blanked, so offsets stay).
_YEARLY_ASIDE = re.compile(r"(?<=\d)(?P<gap>(?:\s+(?:a|per)\s+month|\s*/\s*month)?\s*)"
                           r"\(\s*(?:annual(?:ly)?|yearly|per annum)\s+[^()]{0,40}"
                           r"\d[^()]{0,40}\)")
# (real53) The same equivalent with its period after the figures, after a weekly or monthly
# band: "$1,400 and $1,650 per week ($72,800 and $85,800 per year)".
_YEARLY_AFTER = re.compile(r"(?:(?<=week)|(?<=month))(?P<gap>\s*)\(\s*[$€£]?\s?\d[^()]{0,50}"
                           r"(?:per|a)\s+(?:year|annum)\s*\)")

# (rules49c) A figure restated as the floor of the range in the bracket after it ("lift the
# Tech I floor to $51,000 (new range $51,000 – $57,000 – $63,000)"): the range is the fact,
# the figure before it no figure of its own (blanked, so offsets stay).
_RESTATED_FLOOR = re.compile(r"(?<![\d,.])(?P<figure>[$€£]\s?\d[\d,.]*\d[kK]?)(?=\s*\(\s*"
                             r"(?:(?:new|revised|proposed|current)\s+)?(?:pay\s+|salary\s+)?"
                             r"range\s*:?\s*(?P=figure)(?![\d,]|\.\d))")


def _figure_value(figure: str) -> float:
    """The value of one of :data:`_MIN_MID_MAX`'s figures ("$68,000", "€45k")."""
    digits = figure.lstrip("$€£ ").replace(",", "")
    if digits[-1:] in "kK":
        return float(digits[:-1]) * 1000
    return float(digits)


def _blank_midpoint(match: re.Match[str]) -> str:
    """The range's low end with its midpoint blanked, when the three figures rise; else as
    printed."""
    low, middle = _figure_value(match.group("low")), _figure_value(match.group("middle"))
    high = _figure_value(match.group("high"))
    if not low < middle < high:
        return match.group()
    return match.group("low") + " " * len(match.group("mid"))


# (rules51a) A filing form's wage fields "From: $92,000.00   To: $108,000.00   Per: Year": the
# two ends of one band (the "To:" field read as a range's "to", offsets kept).
_FORM_TO = re.compile(r"(?<=\d)\s+To:\s+(?=[$€£]\s?\d)")


# (rules49a) An Albanian posting's "old lek" figure, the same pay times ten ("(600 – 750
# thousand old lek)"): no second salary, blanked before the figures are read.
_OLD_LEK = re.compile(r"\d[\d \u00a0\u202f]*(?:\s?[-–—]\s?\d[\d \u00a0\u202f]*)?"
                      r"(?:thousand\s+|million\s+)?old\s+[Ll]ek[ëe]?\b")


# (rules41a) The code before a figure with space-grouped thousands ("HUF 450 000", "CZK 41 800").
_SPACED_FIGURE = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)"
_CODE_SPACED = re.compile(rf"(?<=\b(?:HUF|CZK|UAH)[ \u00a0]){_SPACED_FIGURE}"
                          rf"(?:\s?[-–—]\s?{_SPACED_FIGURE})?")
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")
# (rules43a) and a krone's or krona's code (or "kr", already coded) before a band whose both
# ends group thousands by spaces ("kr 468 000 - 535 000 per year"): the second end, behind no
# currency, would otherwise read as two numbers
_NORDIC_SPACED = re.compile(rf"(?:(?<=\b(?:NOK|SEK|DKK|ISK))|(?<=\b(?:NOK|SEK|DKK|ISK)[ \u00a0]))"
                            rf"{_SPACED_FIGURE}\s?[-–—]\s?{_SPACED_FIGURE}")


def _code_spaced(match: re.Match[str]) -> str:
    """``450 000 – 520 000`` after its code as ``450000 – 520000``, padded behind."""
    return _GROUP_SPACE.sub("", match.group()).ljust(len(match.group()))


# Thousands grouped by apostrophes, the Swiss way ("CHF 1'300", "71’500"): read as commas (the
# same length, so offsets stay); a quote after a word ("10 years' experience") is no group.
_APOSTROPHE_GROUP = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
# A collective agreement's minimum for a trade, before its one figure in the sentence
# ("Minimum wage under the collective labour agreement (GAV) …: CHF 4'380", "the CAO minimum
# is €2,310"): the trade's open-ended floor.  A legal minimum for every job names no
# agreement and stays a figure.
_AGREED_FLOOR = re.compile(
    r"\b[Mm]inim(?:um|al)\b[^.;$€£\d]{0,80}\b(?:collective|CAO|GAV|CCT|CCNT|union|labour agreement"
    r"|labor agreement|award|tariff)|\b(?:collective (?:labou?r )?agreement|CAO|GAV|CCT|award)"
    r"[^.;$€£\d]{0,30}\bminim(?:um|al)\b")

# Yen figures of a month's pay: a year's is in millions ("3.1 million yen"), a day's or an
# hour's in thousands.
_YEN_MONTH = (100_000, 1_000_000)
# (rules36b) Kroner figures of a month's pay: a Nordic year's pay runs to six figures, a
# month's (a student's or apprentice's too) to five ("DKK 14.622,69 in the first year").
_KRONE_MONTH = (5_000, 100_000)
_KRONER = frozenset({"DKK", "NOK", "SEK"})
_PERIOD_JOIN = re.compile(r"\s(?P<per>(?:per|an?) (?:month|year|week|day|hour|annum))\s*"
                          r"(?:\([^()]{1,30}\)\s*)?"  # "… per month (minimum salary) to …"
                          r"(?:-|–|—|to)\s*(?P<over>)")
_ASIDE_JOIN = re.compile(r"\s+(?:at\s+the\s+(?:bottom|low\s+end|lower\s+end|lowest\s+end|start)|"
                         # (a pay scale's first point: "from €29,386 on the first point to
                         # €47,215 on the maximum")
                         r"(?:on|at)\s+the\s+(?:first|lowest|bottom|minimum)\s+(?:point|step)|"
                         # ("from R180,000 annually for entry-level roles to R450,000+ for
                         # experienced practitioners": the first end's level after it)
                         r"(?:(?:annually|a\s+year|per\s+(?:year|annum))\s+)?for\s+"
                         r"(?:an?\s+|the\s+|those\s+)?(?:entry[- ]level|junior|new(?:ly[- ]"
                         r"qualified)?|trainee|beginner|starter|graduate|"
                         r"less[- ]experienced|inexperienced|first[- ]year)[a-z -]{0,25}?|"
                         r"\([^()\d]{1,40}\))\s*(?:-|–|—|to)\s*(?P<over>)")
# A scale's ends each with its rung in a bracket ("NZ$68,400 (step 1) to NZ$92,100 (step 7)"):
# one band, with no "from" before it.
_RUNG_ASIDE_JOIN = re.compile(r"\s*\((?i:step|grade|band|level|pay point|spine point|point|"
                              r"tier|rung)\s+[A-Z]?\d{1,2}[a-z]?\)\s*(?:-|–|—|to)\s*(?P<over>)")
_RANGE_FROM = re.compile(r"\b(?:from|between)\s*$")
# (rules58b) One person's pay changed from a figure to another ("your basic salary will
# increase from £34,500 to £35,900", "from your current $82,000 to $89,500"): the pay
# before and the pay after, two points, never one band (a scale's "rises from X to Y with
# experience" stays a band).
_CHANGED_FROM = re.compile(r"(?i)(?:\b(?:will\s+(?:increase|rise|go\s+up)|(?:is|was|be|been|being)"
                           r"\s+(?:increased|raised)|increased)\s+from|\bfrom\s+(?:your|his|her|"
                           r"their|the)\s+current)\s*(?:[$£€]|[A-Z]{3}\s?)?\s*$")
# (real44) A period or a scale right after a figure ("£31,000 a year", "$40k", "/hr"): the
# figure's own, not the period of the band's first end.
_OWN_PERIOD = re.compile(r"\s*(?:[kKmM]\b|/|(?:per|an?|each|every)\s|hourly|weekly|monthly|"
                         r"yearly|annually|p\.?a\b|pa\b|a\s)", re.IGNORECASE)
# "entry-level posts start from € 21.450" (a translated "start at") is the starting pay, a
# point (a rung's "from X at the 2nd level to Y" is `_RUNG_TO`'s) when its clause names the
# entry level; "the setter starts from 2 200 an hour" alone is an open floor (fixes75).
_START_FROM = re.compile(r"\bstart(?:s|ing)?\s+from$")
# "gross" or "net" between a floor word and its figure ("from gross £28,000", "from bruttó
# 2 200 Ft"): the floor word is read before it.
_GROSS_BEFORE = re.compile(r"(?i)\s(?:gross|brutto|bruttó|net|netto|nettó)\s*$")
_ENTRY_LEVEL = re.compile(r"(?i)\b(?:entry|junior|beginners?|starters?|trainees?|newly|new "
                          r"(?:hires?|recruits?|starters?|entrants?)|first[- ]year)\b")
# A band's ends each after a one-word label ("Starter £12,000 (part-time) to Experienced
# £27,000", a careers service's summary): the label before the first end, then the join.
_LABEL_BEFORE = re.compile(r"(?:^|[\s.:;(])(?:Starter|Starting|Entry|Entry-level|New|Newly|"
                           r"Trainee|Junior|Beginner|Minimum|Min)(?:\s+(?:salary|pay))?\s*$")

_LABELLED_TO = re.compile(r"\s*(?:\([^()\d]{1,40}\)\s*)?to\s+(?:Experienced|Senior|Highly "
                          r"experienced|Maximum|Max|Top)(?:\s+(?:salary|pay))?\s+(?P<over>)")
_FROM_REACH = 8  # "from " then a currency before the figure
# A pay scale's point a figure is at ("starts from point 17 of £X", "ends with point 25 of")
_SCALE_POINT = r"(?:\s+(?:spinal\s+(?:column\s+)?)?(?:point|step)\s+\d{1,3}\s+(?:of|at|on))?"
# A start and a top told in one sentence ("starts you at $21.30 an hour and tops out at
# $30.85 after four years", "start on NZ$23.50 an hour and reach about NZ$28 by the final
# year"): one band from the start to the top, a period allowed after the start.
_START_BEFORE = re.compile(r"\b(?:start(?:s|ing)?(?:\s+(?:you|them|out|new\s+\w+))?"
                           # (rules45b) "starts on Band 5 at £31,049, rising to £37,796"
                           r"(?:\s+on\s+(?:band|grade|level|step|scale|point)\s+[A-Z]?\d{1,2}[a-z]?)?"
                           # (real48) "starting at around £15,000 a year and reaching …"
                           r"(?:\s+(?:on|at|around|near|about)(?:\s+(?:around|about))?|\s+from"
                           + _SCALE_POINT + r")?"
                           r"|starting\s+(?:salar(?:y|ies)|"
                           # ("your starting salary is likely to be £21,909")
                           r"pay|rates?|wages?)(?:\s+(?:is|are|of|(?:is|are)\s+(?:likely|"
                           r"expected)\s+to\s+be|will\s+be))?(?:\s+(?:about|around))?)\s*$",
                           re.IGNORECASE)
# (the period a figure may carry before what follows it: "$21.30 an hour", "£11.50 p/h")
_PERIOD_AFTER = r"(?:\s*(?:an?|per)\s+(?:hour|year|annum|month|week|day)|\s*p/?h)?"
# Characters before a start figure that its cue ends in ("starting salary is likely to be ").
_START_REACH = 45
# The pay band a start figure is on, in brackets ("£21,909 (Band 5), rising to …").
_BAND_ASIDE = r"(?:\s*\((?i:band|grade|step|level|scale|point)\s+[A-Z]?\d{1,2}[a-z]?\))?"
_START_TOP_JOIN = re.compile(_PERIOD_AFTER + _BAND_ASIDE
                             + r"\s*,?\s+(?:and\s+)?(?:ends?\s+(?:with|at|on)" + _SCALE_POINT
                             + r"|(?:tops?|maxes|peaks)\s+"
                             r"out\s+(?:at|near|around|about)|reach(?:es|ing)?(?:\s+(?:about|around|over))?"
                             # ("… and can go up to around $20 per hour")
                             # ("start at $50,000, up to $70,000": the job card's band)
                             r"|up\s+to"
                             r"|(?:(?:can|may|could|will)\s+)?"
                             # ("start on $44,000 a year, and can progress to $65,000")
                             r"(?:ris(?:es|ing|e)|climb(?:s|ing)?|go(?:es|ing)?\s+up|"
                             r"progress(?:es|ing)?)"
                             # ("rising up the pay scale to £28,462": the same band's top)
                             r"(?:\s+up\s+(?:the\s+|your\s+)?(?:pay\s+)?(?:scale|band|grade))?\s+to"
                             r"(?:\s+(?:about|around))?)\s*(?P<over>)", re.IGNORECASE)
# What follows a top that is only the next step's pay ("rising to £12.71 p/h after 6 mths",
# "after the probation", "in year 2", "and £23,400 in year 3", "for leads"): two points.
_STEP_AFTER = re.compile(_PERIOD_AFTER + r"\s*,?\s*(?:(?:after|within|from)\s+(?:the\s+)?"
                         r"(?:first\s+)?(?:\d+|one|two|three|six|nine|twelve|[\w-]+-(?:day|week|"
                         r"month))?\s*(?:m(?:on)?ths?|weeks?|probation\w*|trial)\b|in\s+(?:year|"
                         r"the\s+(?:second|third)\s+year)\b|and\s+\S{0,4}\d|"
                         # another rung's figure: "climbing to $24 an hour for leads"
                         # ((real48) "reaching £50,000 for someone very successful": the
                         # same role's top, no other rung)
                         r"for\s+(?!(?:the\s+)?(?:most\s+)?experienced\b|(?:someone|somebody|"
                         r"anyone|those)\b)(?:an?\s+|the\s+)?"
                         r"[a-z]+)", re.IGNORECASE)


# (rules42a) An O*NET-SOC occupation code with its detail digits ("31-1122.00", "29-2061.01").
_DETAILED_CODE = re.compile(r"(?<![\d.,$€£])\d{2}-\d{4}\.\d{2}(?![\d%])")
# (real38) A named occupation code without its detail digits ("Farm Managers (SOC 11-9013)",
# "O*NET 43-4121"): its two parts are no bare range, nor its second part a figure.
_NAMED_CODE = re.compile(r"\b(?:SOC|O\*NET(?:-SOC)?)(?:\s+[Cc]ode)?[\s:#]{0,3}\d{2}-\d{4}(?![\d%])")
# (rules47a) A reference code of capitals, a hyphen and digits ("ID KT-55871", "RV-4471902",
# "TNT-0093318"): no bare figure.  ("CTC-35000" aside: a currency code is no such prefix.)
_LETTERED_CODE = re.compile(r"(?<![\w$€£₱₹])(?!(?:USD|EUR|GBP|INR|PHP|AED|CTC)-)[A-Z]{1,4}-\d{3,}"
                            r"(?![\d.,%])")
# (real39) A US retirement plan named by its tax-code section ("401K plan with company match",
# "403(b)"): a benefit in a pay section's list, no bare figure of 401 thousand.
_RETIREMENT_PLAN = re.compile(r"(?<![\d.,$€£])40[13]\s?(?:\([kKbB]\)|[kKbB])"
                              r"(?![A-Za-z\d]|\s?(?:to|-|–)\s?\$?\d)")

# One tail of a distribution: "the top 10%", "lowest 10 percent", "90th percentile".
# ((real53) the paid word hyphenated, "the lowest-paid 10 percent", "the best-paid 10
# percent made …")
_PERCENTILE = re.compile(r"\b(?:(?:top|bottom|highest|lowest|upper|lower)(?:[\s-]paid)?|"
                         r"(?:best|worst|least)[\s-]paid)\s+"
                         r"(?:\d{1,2}|ten|five|twenty|twenty-five)\s*(?:%|per\s?cent)"
                         # a job-information page's quartiles: "Lower (25%) 39 million won"
                         r"|\b(?:[Uu]pper|[Ll]ower|[Tt]op|[Bb]ottom)\s?\(\d{1,2}\s?%\)"
                         r"|\b\d{1,2}(?:st|nd|rd|th)\s+percentile"
                         # (fresh61) the abbreviation a wage table prints: "25th pct. $28.10/hr
                         # · median $29.75/hr · 75th pct. $34.20/hr"
                         r"|\b(?!50th)\d{1,2}(?:st|nd|rd|th)\s+pctl?\b"
                         # (rules42a) a salary site's "Lowest quartile under 2 700 €/month"
                         r"|\b(?:top|bottom|highest|lowest|upper|lower)\s+(?:quartile|decile|"
                         r"quintile)\b"
                         # (real51) "with top earners making over $200,000", "the highest
                         # earners report $150,000 or more": the top tail told in prose (a
                         # verb after it; a "Top Earners: $220,000+" row stays a labelled band)
                         r"|\b(?:top|highest)[- ](?:earners|paid|earning)(?:\s*\([^()]{1,40}\))?"
                         r"\s+(?:(?:can|may|could|will)\s+)?(?:make|making|earn|earning|report|"
                         r"reporting|"
                         r"reach|reaching|take|taking|bring|bringing|command|commanding)\b"
                         # (rules46a) a job site's share of its ads: "Quarter of offers exceeds
                         # 1 700 EUR", "12% of ads offer more than 110.000 RSD"
                         r"|\b(?:quarter|tenth|fifth|third|\d{1,2}\s*(?:%|per\s?cent))\s+of\s+"
                         r"(?:the\s+|all\s+)?(?:offers|ads|adverts|vacancies|postings|listings|"
                         r"job\s+ads|job\s+offers|posts)\b"
                         # (rules47a) a translated job site's share told by its count or
                         # its few: "Every fifth offer exceeds 1 300 EUR", "Only few posts
                         # give more than ₱16,000", "Highest posts start at ₱35,000"
                         r"|\bevery\s+(?:second|third|fourth|fifth|tenth)\s+(?:offer|ad|"
                         r"advert|vacancy|posting|listing|post)\b"
                         r"|\b(?:only\s+)?(?:a\s+)?few\s+(?:offers|ads|adverts|vacancies|"
                         r"postings|listings|posts)\s+(?:give|pay|offer|pass|exceed|are|go)\b"
                         # (rules49a) a translated board's rare top: "Rarely over 170 000
                         # lekë", "Only few offers pass 100 000 lek"
                         r"|\brarely\s+(?:over|above|more\s+than|exceeds?)\b"
                         # (rules50a) "Rarely any offer is above 55.000 kr.", "Rarely any
                         # offer is over 1.700 EUR net": the same rare top, its subject told
                         r"|\brarely\s+(?:any|an?)\s+(?:offer|ad|advert|vacancy|posting|listing|"
                         r"post)\s+(?:is|goes|pays)\s+(?:over|above|more\s+than)\b"
                         r"|\b(?:highest|top|best)(?:[- ]paid)?\s+(?:offers|ads|adverts|"
                         r"vacancies|postings|listings|posts)\s+(?:start|begin)\b"
                         # "25% of the best paid earn more than …" (a translated quartile)
                         r"|\b\d{1,2}\s*(?:%|per\s?cent)\s+of\s+(?:the\s+)?(?:best|worst|top|bottom|"
                         r"highest|lowest|least|most|better|lower)[- ]?(?:paid|earning|earners)\b"
                         r"|\b\d\s+in\s+\d{1,2}\b"
                         # (rules36b) a job site's deciles: "10 % earn under DKK 33.100"
                         r"|\b\d{1,2}\s*(?:%|per\s?cent)\s+(?:earn|make|are\s+paid|get)\s+"
                         r"(?:under|over|below|above|less|more)\b"
                         # "one … in four is paid under", "a quarter of them", "three quarters"
                         r"|\bin (?:four|five|ten)\b|\b(?:a quarter|three quarters)\b",
                         re.IGNORECASE)  # "3 in 4 … earn more than"
# One tail named right after its figure ("$29,880 for the lowest-paid tenth", "$44,700 among
# the top 10 percent"): that end of a distribution, no pay band.
_TAIL_AFTER = re.compile(r"\s*(?:(?:for|among|of|in)\s+the\s+(?:top|bottom|highest|lowest|upper|"
                         r"lower)(?:[- ]paid|[- ]earning)?\s+(?:tenth|quarter|fifth|"
                         r"(?:\d{1,2}|ten|twenty-five)\s*(?:%|per\s?cent))"
                         # a percentile named in brackets after its figure ("£33,900 (25th
                         # percentile)", a visa's going rate): one point of a distribution,
                         # the median ("(50th percentile)") excepted
                         r"|\(\s*(?:the\s+)?(?!50th)\d{1,2}(?:st|nd|rd|th)\s+percentile\s*\))",
                         re.IGNORECASE)
# (real52) The same figure restated exactly in a bracket after a rounded one ("the top 10%
# bring in nearly $44/hour ($43.82)"): dropped with the figure it restates.
# (real54) So is the tail's figure in another period in that bracket ("Top 10% Annual
# Salary: More than $130,720 ($62.87/hour)").
_RESTATED_AFTER = re.compile(r"(?:\s?/\s?[a-z]{1,5}|\s(?:an?|per)\s[a-z]{3,6})?\s*\(\s*"
                             r"(?:[$€£]\s?)?\d[\d,.]*(?:\s?/\s?[a-z]{1,5}|\s(?:an?|per)\s"
                             r"[a-z]{3,6})?\s*\)")
# The median told as halves: "Half of all X earned more than $N … and half earned less".
# The middle of the same quartiles is the median, whatever the quartiles beside it say
# ("Lower (25%) 39 million won   Middle (50%) 47.5 million won").
_MIDDLE_BEFORE = re.compile(r"\b(?:[Mm]iddle|[Mm]edian)\s?\(50\s?%\)\s*$")
_HALF_BELOW = re.compile(r"\b[Hh]alf\b[^.;$]{0,60}\b(?:more|less) than\s*$")
_HALF_ABOVE = re.compile(r"[^.;$]{0,40}\b(?:and|while)\s+(?:the other\s+)?half\b[^.;$]{0,20}"
                         r"\b(?:less|more)\b")
# Two percentiles joined are a band's label ("25th – 75th percentile"), not one tail.
_PERCENTILE_BAND = re.compile(r"\d(?:st|nd|rd|th)\s*(?:-|–|—|to|and)\s*\d{1,2}(?:st|nd|rd|th)\b")
# Millions are pay only with a currency glued on and a pay period after ("N1.2 million
# monthly", "₦1.9 million to ₦2.6 million a month"); otherwise a market size.
_MILLION_PAY = re.compile(r"\s*(?:(?:-|–|—|to)\s*\S*\s?\d[\d.,]*\s?(?:million|[mM]n?)\s*)?"
                          r"(?:(?:per|a|an)\s+(?:month|year|annum)\b|monthly\b|annually\b)",
                          re.IGNORECASE)
# ("KES 1.4M a year": an "M" after a currency and before a period is a million too)
_PAY_MILLIONS = frozenset({"million", "m", "mn", "mln"})
_HEDGED_FLOOR = re.compile(r"\b(?:sometimes|well|even|considerably|far|often)\s+(?:over|above|"
                           # (real52) "with the highest salaries often exceeding £65,000"
                           r"more than|in excess of|exceeding|surpassing|topping)\s*$",
                           re.IGNORECASE)
# A figure named a salary floor or ceiling ("the salary ceiling of R$ 14.880,15", "R$ 6.940,27
# being the average of the salary floor"): one bound of a distribution or a legal minimum,
# no band.
_BOUND_BEFORE = re.compile(r"\b(?:ceiling|floor)\s+(?:of|is|at|was)\s*$", re.IGNORECASE)
_BOUND_AFTER = re.compile(r"\s*,?\s*(?:being|is|was)\s+the\s+(?:average\s+of\s+the\s+)?"
                          r"(?:salary\s+|pay\s+|wage\s+)?(?:floor|ceiling)\b", re.IGNORECASE)
# "between R$ 5.312,00 median salary of the survey and the salary ceiling of R$ 14.880,15":
# a band whose ends each carry a few words of label (only after "between").
# (never an end's owner or level: "between $40,000 for juniors and $90,000 for seniors")
_LABEL_WORD = r"(?!(?:for|at|in|as|with|by|per|a|an)\s)[a-z]+\s+"
_LABELLED_AND = re.compile(rf"\s+(?:{_LABEL_WORD}){{1,8}}?and\s+(?:{_LABEL_WORD}){{0,6}}(?P<over>)")

_BIG = frozenset({"million", "billion", "trillion", "bn", "mn", "m", "b", "mln"})


# A line states a few salaries; numbers beyond this many are not read (keeps input linear).
_MAX_CANDIDATES = 64
_CENTS = re.compile(r"\.\d{2}$")  # a figure printed to the cent
_CENTS_MONTH = (500, 12_000)  # … and this large: a month's pay
_PRECISE_MONTH = (1_000, 10_000)  # a figure to the unit this large, no period: a month
_PRECISE_MONTH_CURRENCIES = frozenset({"EUR", "CHF"})
_DOTTED_THOUSANDS = re.compile(r"(?<![\d.,])\d\.\d{3}(?![\d.]|,\d{3})")  # "1.400", "2.100,00"
# (rules35d) Swedish, Norwegian and Danish pay with no period: tens of thousands a month.
_KRONA_MONTH_CODES = frozenset({"SEK", "NOK", "DKK"})
_KRONA_MONTH = (10_000, 100_000)
# (rules50a) Icelandic pay is quoted by the month: hundreds of thousands of krónur with no
# period ("from 780.000 kr. base") are a month's pay (a year's is millions)
_ISK_MONTH = (150_000, 3_000_000)


# A period word right after the previous figure is that figure's ("$23.87 hourly, $49,650").
_TRAILING_PERIOD = re.compile(r"^\W*(?:hourly|weekly|monthly|daily|annual(?:ly)?|yearly)\b",
                              re.IGNORECASE)


# Pay this small is a rate per hour whatever the page forgot to say ("Wage Rate: $24.50 –
# $42.80"): no annual, monthly or weekly wage in these currencies is under this.
# Words that make one figure an open-ended floor ("in excess of £40,000": no top stated).
_FLOOR_WORDS = ("over", "more than", "above", "at least", "from", "in excess of", "upwards of",
                "north of", ">", "≥",  # (a data table's sign: "Median weekly earnings: > $X")
                # (rules42b) a fair-pay clause's "shall pay … no less than £X per hour"
                "no less than", "not less than",
                # (real52) "salaries exceeding £65,000": a floor, as "over"
                "exceeding")
_TOP_WORDS = ("up to", "under", "below", "less than", "<", "≤")  # ("… earnings: < $920")
_NOT_TOPS = ("no less than", "not less than")  # a floor, though it ends in "less than"
_OPEN_TOPS = ("or more", "and more", "and up", "or above", "and upwards", "or higher",
              "and above")
# Words after a figure that make it an addition to pay ("$4.00 per hour over scale").
# (a form's next field after a gap of spaces is no word about this figure: "Base rate: $31.40
# per hour      Shift differential: $2.25/hr")
_AFTER_NOT_PAY = re.compile(r"(?![^\S\n]{3}|[^\n]{1,16}?\S[^\S\n]{3})"
                            r"\s*(?:(?:a|an|per)\s+\w+\s+|/\s?\w+\s+)?(?:over[- ]scale|"
                            r"on top of|premium|in fringes?|bonus|"
                            # "Foreman: $2.25 per hour above the Zone rate": a premium
                            r"above (?:the |their )?(?:\w+\s+){0,2}(?:rate|scale|wage)\b|"
                            # "a $3,000 sign-on bonus", "$1,500 yearly learning budget":
                            # money named by its noun; not pay joined to an extra ("£70,000
                            # plus bonus", "Tk 38,500 gross with allowances")
                            r"(?:(?!(?:salary|pay|wages?|base|rate|gross|plus|and|with|or|"
                            r"including|excluding|before|after|not|without)\b)[a-z][\w-]*\s+){1,3}"
                            r"(?:bonus|budget|allowance|differential|reimbursement)s?|"
                            # "plus a $1.50 night differential": a shift's add-on
                            r"(?:night|shift|evening|weekend)\s+(?:differential|premium)|"
                            # "a $600 home-office stipend": money for a thing, not a
                            # trainee's stipend ("a $2,100 monthly stipend")
                            r"(?:(?:yearly|annual|monthly|one[- ]off|one[- ]time)\s+)?"
                            r"(?:home[- ]office|equipment|wellness|learning|commuter|commuting|"
                            r"phone|internet|remote[- ]work|relocation|gym|meal|travel|"
                            r"technology|tech|wfh|"
                            # a resident's extras: "an additional $3,000 administrative
                            # stipend" for a chief year, a housing or education stipend
                            r"administrative|admin|chief|leadership|housing|education|"
                            r"educational|book|moonlighting)\s+stipends?|"
                            # "contributes £9,038 towards you being a member of the … Pension
                            # scheme": an employer's pension contribution, no pay
                            r"towards\b[^.;]{0,80}?\b(?:pension|superannuation))\b",
                            re.IGNORECASE)
# (rules33a) A period with its length after a figure ("£1,840 per 5-day week"): the length's
# number is no next amount that ends the figure's window.
_SIZED_AFTER = re.compile(r"\s*(?:per|an?)\s+\d{1,2}(?:\.\d)?-(?:day|hour|hr)\s+(?:week|day|"
                          r"shift|fortnight)\b", re.IGNORECASE)
_HOURLY_BELOW = 200
_NO_HOURLY_WAGE = 1000  # (in an hourly currency) no hourly wage reaches this figure
# "it went up to $236 a day": a rise to a new rate, one figure (not a band's top alone).
_RAISED = re.compile(r"\b(?:went|goes|go|gone|going|moved|moves|rose|jumped|was bumped)\s+up to$")
# A bare number alone in brackets after a title is a code ("Supervisor (4430) …").
_BRACKETED = re.compile(r"\(\s*$")
# An open top right after a figure ("$90k+", "… plus"), not a rise in per cent ("+32%"),
# nor an extra added to a fixed figure ("$78,000 plus overtime": the figure is a point).
# (what is added on top is no open top: "plus overtime", "RM1,700 + allowance")
# (a named premium in per cent, "R$ 1,960.00 + insalubridade 20%", a premium or a voucher
# is an addition too)
_ADDED = (r"(?!\s*(?:an?\s+|the\s+)?(?:overtime|bonus(?:es)?|tips|commissions?|benefits|"
          r"allowances?|expenses|super(?:annuation)?|premiums?|vouchers?|piece[- ]?rates?|"
          r"[^\W\d]+(?:\s[^\W\d]+)?\s\d{1,3}(?:[.,]\d+)?\s?%)(?:\b|(?<=%)))")
# "from € 1.682,50 at the 2nd level to € 2.214,90 at the 5th level": a figure tied to a rung
# (level, grade, step, band, year) and then "to" another figure is that rung's pay, no floor.
_RUNG_TO = re.compile(r"\s+(?:at|in|for|on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?"
                      r"[^.;:\d]{0,20}?\b(?:level|grade|step|band|scale|year|class|category|"
                      r"tier)\b[^.;:]{0,12}?\s+to\s+(?:about\s+)?"
                      r"\S{0,4}\s?\d", re.IGNORECASE)
# (rules37b) A rank's minimum alone, in its table cell or after "a minimum of" ("Professorial
# Band P1 | minimum £72,500", "a minimum of £30,000"), no maximum after it.
_MINIMUM_BEFORE = re.compile(r"(?:\|\s*|\ba\s+)minimum(?:\s+of)?\s*$", re.IGNORECASE)


def _rank_minimum(text: str, start: int, end: int) -> bool:
    """The figure at ``start`` is a minimum alone: an open-ended floor.

    >>> _rank_minimum("Band P1 | minimum £72,500", 18, 25), _rank_minimum("Minimum £9", 8, 10)
    (True, False)
    """
    return "inimum" in text[max(0, start - 14):start] and _MINIMUM_BEFORE.search(
        text, max(0, start - 24), start) is not None and "max" not in text[end:end + 40].lower()


# (rules37a: nor another figure added on, "£31,500 + £2,000 on completion of year 1",
# "$208,000 plus a $25k sign-on")
# ((rules55a) and "onwards", a South Asian posting's floor: "Branch Manager (Rs. 60,000 onwards)")
_OPEN_AFTER = re.compile(rf"\s*(?:plus(?!\s+(?:an?\s+|the\s+)?[$€£¥₹\d]){_ADDED}|and above|"
                         r"onwards?\b|"
                         # (rules56a) and "up" right after the figure in its bracket, a
                         # Cambodian posting's floor ("Shift leader ($450 up)", "$800 up)")
                         r"up(?=\s*(?:\)|$))|"
                         rf"\+(?!\s?[$€£¥₹\d]){_ADDED}|"
                         # (rules37b) a rank's minimum alone ("Professor | $121,000 minimum")
                         r"minimum\s*(?:$|\|)|"
                         # (rules41a) a Hungarian "from" suffix left by a translator
                         # ("400 000 Ft-tól/hó", "3 200 Ft/órától"): an open-ended floor
                         # ((carry41) after the month too: "380 000 Ft/hó-tól")
                         r"(?:/(?:ór[aá]|h[óo]))?-?t[óo]l\b)", re.IGNORECASE)

_ASIDE_GAP = 24  # "… a month (around PHP 97,000": a bracketed conversion follows closely
# (rules58a) A posting paid in its home currency glosses the pay in a neighbour's currency in
# a bracket right after it ("3.500.000 - 4.200.000 Kip per month (or about 3.600 - 4.300
# Baht, adjusted every 6 months)"): the same pay, never a salary of its own.  (A foreign
# figure glossed in the home currency, "SAR 6,500 (around PHP 97,000)", is left as it was.)
_FOREIGN_GLOSS = re.compile(r"[^()\d]{0,30}\(\s*(?:or\s+)?(?:about|approx\.?|approximately|around|"
                            r"roughly|≈|~)\s*")


# A period phrase between a figure and its open top ("S$15,000 a month or more").
# (carry39b: after "gross" or "net", "£830 gross per week and over")
_PERIOD_PHRASE = re.compile(r"^\s*(?:(?:gross|net)\s+)?(?:(?:a|an|per)\s+(?:year|annum|month|week|"
                            r"day|hour)|/\s?\w+)", re.IGNORECASE)
# (carry39b) "and over" as an open top, but not before a count ("… and over 25 days' leave")
_AND_OVER = re.compile(r"and over\b(?!\s*\d)")


# (rules39b) The next figure of a series by year or stage: "Training allowance: £1,150 a month
# in year 1, £1,250 in year 2": the gap after one figure closes its stage.
_NEXT_STAGE = re.compile(r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:in|for)\s+(?:year|stage|phase|"
                         r"level|term)\s+\d{1,2},\s*(?:and\s+)?")


def _alternative(gap: str) -> bool:
    """``gap`` joins a figure to the one before it as its conversion or alternative, with no
    pay word between ("costs 180,000 (US $1,150)", "fee: £395 (members) / £520"), or as the
    next price of a list ("$350 to $800 for a shoot and $1,200 …"): when the one before is no
    pay, neither is this one.

    >>> _alternative(" for a real-estate shoot and "), _alternative(" for a shoot, pilots earn ")
    (True, False)
    """
    return (len(gap) <= _ALTERNATIVE_GAP and ("(" in gap or "/" in gap or " or " in gap) and (
        "." not in gap and ";" not in gap and _PAY_NAMED.search(gap) is None)) or (
        _NEXT_PRICE.fullmatch(gap) is not None and _PAY_NAMED.search(gap) is None) or (
        _NEXT_STAGE.fullmatch(gap) is not None)


# The gap between two prices of one list: the first's thing, then "and"/"or" ("… for a
# real-estate shoot and $1,200 to $3,000 for a day of inspection").
_NEXT_PRICE = re.compile(r"\s+for\s+(?:a|an|the|our|your|each)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}"
                         r",?\s+(?:and|or)\s+"
                         # "an armchair costs from 650 zł, a corner sofa from 1 800 zł"
                         r"|,\s+(?:a|an|the|each)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+"
                         r"(?:from|at|costs?|for)\s*")

_ALTERNATIVE_GAP = 30
# The number of a rung, never an amount ("at Level 1 and £18", "Grade 3 – £24,000").
# (a public service's grade: "APS 4 - $67,190"; a pay grid's index: "IM 422 – 2 077,41 €")
# (rules40c) a spinal column point too ("Grade 2 SCP 3 - £12.45 per hour"; (rules59b) spelt
# out, "spine point 14 — £25,138 a year", "pay point 3 – £…")
_RUNG_NUMBER = re.compile(r"\b(?:[Ll]evel|[Gg]rade|[Bb]and|[Ss]tep|[Tt]ier|"
                          r"APS|EL|GS|IM|IB|INM|SCP|[Ii]ndex|(?:[Ss]pine|[Pp]ay|[Ss]pinal)\s+[Pp]oint)"
                          r"[\s-]$")
# A year of training's number ("£19,760 in year 2 and £23,400 in year 3"), never a figure.
_YEAR_NUMBER = re.compile(r"\b[Yy]ear\s$")
# A group of a telephone number ("Call +44 (0)20 7946 0321"), never a bare amount.
_PHONE = re.compile(r"(?:\+\d{1,3}|\(0\))[\d\s()-]{0,12}$")
# A bare number opened by a zero ("01632", "0161"): a dialling code, never an amount.
_TRUNK_NUMBER = re.compile(r"0\d{3,}")
# An identifier glued to one to four capital letters ("E48213", "Q42", a course code
# "BSB30120"), not money.
_IDENTIFIER = re.compile(r"(?<![A-Za-z])[A-Z]{1,4}$")
# A bare figure under a number's label ("ITEM NUMBER: 4513", "Ref. no. 2207"): an
# identifier, not money.
_NUMBER_LABEL = re.compile(r"\b(?:number|no\.|nr\.?|code|id|ref(?:erence)?)\s*[:#]?\s*$",
                           re.IGNORECASE)
# A postcode before its town ("…, 93047 Regensburg", "8010 Graz"): no grouping, a
# capitalised place name right after it.
_POSTCODE = re.compile(r"\d{4,5}(?= [A-ZÄÖÜ][a-zäöüß]{2,}(?:$|[\s,;)]))")

# (rules40c) a label may open the first cell ("Compensation Range:   Minimum $22.40/hr")
_EXTREME_CELL = re.compile(r"^\s*(?P<lead>[A-Z][\w ]{0,40}:\s+"
                           # ((rules59b) the band's code after the label, "Pay band: E4 —
                           # Minimum $64,000 | …": left out, or its digit opens the band)
                           r"(?P<code>[A-Z][A-Z\d]{0,3}\d\s+[—–-]\s+)?)?(?P<end>min(?:imum)?|"
                           r"max(?:imum)?|lowest|highest|low|high|bottom|"
                           r"top)\b"
                           # (rules44b) the end's pay noun between ("MINIMUM SALARY RM1,795.00
                           # | MAXIMUM SALARY RM7,430.00": a grade's salary schedule)
                           r"(?:\s+(?:salary|pay|wage|rate))?"
                           r"\s*:?\s*(?P<figure>.+?)\s*$", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[|·•]\s*$")
_LOW_ENDS = frozenset({"min", "minimum", "lowest", "low", "bottom"})


def joined_extremes(text: str) -> str:
    """A strip of labelled figures whose lowest and highest cells bound one band
    ("Minimum 21,500 | Median 42,100 | Maximum 66,600"), with those two cells joined into
    one range in the first one's place ("21,500 – 66,600 | Median 42,100"); any other
    text as is.

    >>> joined_extremes("Lowest £18,200 | Median £24,000 | Highest £31,900 |")
    '£18,200 – £31,900 | Median £24,000'
    >>> joined_extremes("Range:  Minimum $22.40/hr  |  Midpoint $27.85/hr  |  Maximum $33.30/hr")
    'Range:  $22.40 – $33.30/hr | Midpoint $27.85/hr'
    >>> joined_extremes("MINIMUM SALARY RM1,000.00 | MAXIMUM SALARY RM5,200.00 | INCREMENT RM90")
    'RM1,000.00 – RM5,200.00 | INCREMENT RM90'
    >>> joined_extremes("Band 4 | £25,000")
    'Band 4 | £25,000'
    """
    cells = [c for c in _CELL_SPLIT.split(text) if c.strip()]
    ends = {index: match for index, cell in enumerate(cells)
            if (match := _EXTREME_CELL.match(cell)) is not None and find_money(
                match.group("figure"), bare=True) is not None}
    low = [i for i, m in ends.items() if m.group("end").lower() in _LOW_ENDS]
    high = [i for i, m in ends.items() if m.group("end").lower() not in _LOW_ENDS]
    if len(low) != 1 or len(high) != 1 or len(cells) < _STRIP_CELLS:
        return text
    lowest, highest = ends[low[0]].group("figure"), ends[high[0]].group("figure")
    tail = _FIGURE_TAIL.search(highest)
    if tail is not None and lowest.endswith(tail.group()):
        # (rules40c) "Minimum $22.40/hr | … | Maximum $33.30/hr": the period once, after
        # the band ("$22.40 – $33.30/hr"), or the two ends are read as two rates
        lowest = lowest[: -len(tail.group())].rstrip()
    lead = ends[low[0]].group("lead") or ""
    code = ends[low[0]].group("code")
    band = f"{lead[:-len(code)] if code else lead}{lowest} – {highest}"
    kept = [band if i == low[0] else cell.strip() for i, cell in enumerate(cells)
            if i != high[0]]
    return " | ".join(kept)


_STRIP_CELLS = 2
# A figure's period after its last digit ("/hr", " an hour"), when both ends print it (a
# currency after each end, "21,500 MXN – 66,600 MXN", stays).
_FIGURE_TAIL = re.compile(r"(?<=\d)\s*(?:/\s*|per\s+|an?\s+)(?:hr|hour|h|yr|year|annum|month|mo|"
                          r"week|wk|day)\.?$", re.IGNORECASE)
# Three figures parted by slashes and a legend naming them ("$21.50 / $24.00 / $27.80 per
# hour (low / median / high)"): a labour-market row's band and its middle statistic.
_LEGEND_TRIPLE = re.compile(
    r"(?P<low>[^\s/]*\d[\d.,]*[^\s/]*)\s*/\s*(?P<mid>[^\s/]*\d[\d.,]*[^\s/]*)\s*/\s*"
    r"(?P<high>[^\s/]*\d[\d.,]*[^\s/]*)(?P<period>[^()/]{0,20}?)\s*"
    r"\(\s*(?:low|min(?:imum)?|entry)\s*/\s*(?P<stat>median|average|mean|mid)\s*/\s*"
    r"(?:high|max(?:imum)?|experienced)\s*\)", re.IGNORECASE)


def legend_extremes(text: str) -> str:
    """``text`` with a slashed triple of figures read by its legend ("A / B / C per hour
    (low / median / high)") as the band from A to C and the statistic B; any other text as
    is.

    >>> legend_extremes("Wages:  $19.10 / $22.00 / $26.40 per hour (low / median / high)")
    'Wages:  $19.10 – $26.40 per hour; median $22.00 per hour'
    """
    return _LEGEND_TRIPLE.sub(
        lambda m: f"{m['low']} – {m['high']}{m['period']}; {m['stat'].lower()} "
                  f"{m['mid']}{m['period']}", text)


def _near(one: float, other: float) -> bool:
    """Figures of one magnitude (a factor of five at most): pay for the same period."""
    return 0 < one <= other * 5 and 0 < other <= one * 5


# A range's dash with nothing after it: the text was cut off mid-range ("… Mill Rd. $19-").
_CUT_RANGE = re.compile(r"\s?[-–]\s*$")
_CUT_PERIOD = re.compile(r"\s+per$")
# (rules48a) A marked figure that ends the text one digit after its separator ("Also open: …
# Dump Truck Trainer — $58.0", "Supervisor — $88,0", "TSh 1,0"): a listing cut off inside
# its figure (pay is written with two cents or three-digit groups), no pay at all.
# ((real46, fixes95) not after five digits or more: "Avg Salary: $30131.5" is a whole
# average with one decimal digit, no group of a longer figure)
_CUT_GROUP = re.compile(r"(?<!\d{4})\d[.,]\d")
_CUT_THOUSANDS = re.compile(r",\d\s*$")


_FOREIGN_MONTH = 10_000  # a foreign figure below this on a page paid by the month: monthly


def _start_top(text: str, first: re.Match[str]) -> tuple[re.Match[str], re.Match[str]] | None:
    """The join and the top when ``first`` is a start told with its top in one sentence
    ("starts you at $21.30 an hour and tops out at $30.85"), not when the second figure is
    only the next step's ("Starts £11.50 p/h, rising to £12.71 p/h after 6 mths").

    >>> text = "starts at $21.30 an hour and tops out at $30.85 after four years"
    >>> _start_top(text, _AMOUNT.search(text)) is not None
    True
    >>> text = "starts £11.50 p/h, rising to £12.71 p/h after 6 mths"
    >>> _start_top(text, _AMOUNT.search(text)) is None
    True
    """
    if _START_BEFORE.search(text, max(0, first.start() - _START_REACH), first.start()) is None:
        return None
    join = _START_TOP_JOIN.match(text, first.end())
    if join is None:
        return None
    top = _AMOUNT.match(text, join.end())
    if top is None or not top.group("num") or not top.group("pre") or _STEP_AFTER.match(
            text, top.end()):
        return None
    return join, top


# A figure whose comma is a decimal point, two digits after it ("46,02" beside "53.11").
_DECIMAL_COMMA = re.compile(r"(\d{1,3}),(\d{2})")


def _numbered(text: str, start: int, end: int) -> bool:
    """Is the bare figure at ``text[start:end]`` an item's number ("ITEM NUMBER: 4513") or
    a postcode before its town ("Hörhaus GmbH, 93047 Regensburg")?

    >>> _numbered("ITEM NUMBER: 4513", 13, 17), _numbered("Kiel GmbH, 24103 Kiel", 11, 16)
    (True, True)
    >>> _numbered("Entry level: 24103 a year", 13, 18)
    False
    """
    if _NUMBER_LABEL.search(text, max(0, start - 16), start):
        return True
    postcode = _POSTCODE.match(text, start)
    return postcode is not None and postcode.end() == end and text[max(0, start - 2):start] in (
        ", ", "")


# (rules35c) A pay scale's step or point named after a figure: "$28.64 (Step A)".
_STEP_TAG = re.compile(r"(?<=\d)\s?\((?i:step|point|level|band)\s+[A-Z0-9]{1,2}\)")
# (rules53a) And each end's step named before it ("Rate of pay: Step 1 $22.14/hr - Step 6
# $27.89/hr"): the band from the first step to the last, the step words blanked.
_STEP_BEFORE = re.compile(r"\b(?i:step)\s+[A-Z0-9]{1,2}\s+(?=[$€£]\s?\d[\d,.]*"
                          r"(?:\s?/\s?[a-z]{2,5})?\s*[-–—]\s*(?i:step)\s+[A-Z0-9]{1,2}\s+[$€£]\s?\d)"
                          r"|(?<=[-–—]\s)(?i:step)\s+[A-Z0-9]{1,2}\s+(?=[$€£]\s?\d)")
# (real41) A band whose low end repeats the period its high end closes with ("$29.00/hour -
# $46.77/hour", "$52,000/year to $75,000/year"): the low end's period is no break in the band.
_REPEATED_PERIOD = re.compile(
    r"(?<=\d)\s?/\s?(?P<per>hour|hr|year|yr|month|week|day)\b(?=\s*(?:[-–—]|to\s)\s*"
    r"[^\d\s]{0,4}\s?\d[\d,.]*\s?/\s?(?P=per)\b)", re.IGNORECASE)

# (fixes86) A distribution's two symmetric tails printed as the ends of one span: "$31,270 at
# the 10th percentile to $48,270 at the 90th", "$33,400 (25th percentile) to $67,900 (75th
# percentile)".  Together they are the role's band (the written conventions: an explicit
# "Percentile 10 – 90" is a band; one tail alone stays no pay), so both tags are blanked.
_PERCENTILE_PAIR = re.compile(
    r"(?<=\d)(?P<low>\s?(?:\(\s*(?:the\s+)?(?P<a>\d{1,2})(?:st|nd|rd|th)\s+percentile\s*\)"
    r"|at\s+the\s+(?P<b>\d{1,2})(?:st|nd|rd|th)\s+percentile))"
    r"\s*(?:[-–—]|to|and)\s*[^\d\s]{0,4}\s?\d[\d,.]*[kK]?"
    r"(?P<high>\s?(?:\(\s*(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+percentile\s*\)"
    r"|at\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\s+percentile)?))", re.IGNORECASE)


def _blank_percentile_pairs(text: str) -> str:
    """``text`` with the tags of each symmetric percentile pair blanked (offsets kept):
    a low tail under the median and a high one the same distance above it."""
    def blank(match: re.Match[str]) -> str:
        low = int(match.group("a") or match.group("b"))
        high = int(match.group("c") or match.group("d"))
        if not (low < 50 < high and low + high == 100):
            return match.group()
        start = match.start()
        spans = (match.span("low"), match.span("high"))
        out = match.group()
        for begin, end in spans:
            out = out[: begin - start] + " " * (end - begin) + out[end - start :]
        return out
    return _PERCENTILE_PAIR.sub(blank, text)


@cache
def _misspelt_codes() -> tuple[dict[str, str], re.Pattern[str]]:
    """A misspelt currency code by its code (``currency_misspellings`` in
    ``data/headings.yaml``), and the pattern finding one before a figure (a whole word).

    >>> _misspelt_codes()[1].sub("NGN", "NRN 50,000 or NRNA 7")
    'NGN 50,000 or NRNA 7'
    """
    named = {str(k): str(v) for k, v in (bundled_section("currency_misspellings") or {}).items()
             if len(str(k)) == len(str(v))}  # (the same length: the line's offsets stay)
    alternatives = "|".join(map(re.escape, named)) or r"(?!)"
    return named, re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?=\s?\d)")


def find_amounts(text: str, *, bare: bool = False, currency: str | None = None,
                 period: str | None = None, dollar: str = "USD",
                 home: str = "USD", only_first: bool = False) -> list[Money]:
    """Every salary range or figure in ``text``, in order.

    ``bare``: also accept amounts with no currency (in a salary section: ``Entry
    Level110,000 to 150,000``), when they are at least 1,000 and not a year.  ``currency``
    and ``period``: what the context states for bare amounts (a table header "Hourly Wage
    (AUD)"); with a stated currency a bare amount may be small (``35.10``).  ``dollar``: the
    currency a bare ``$`` means on this page; ``home``: the currency of a figure printed with
    none (:func:`page_currency`).  Pesos, shillings and riyals with no period are monthly.
    ``only_first``: stop at the first amount (an amount found is never changed by a later one).

    >>> [(m.low, m.high) for m in find_amounts("between $90,000 and $120,000 a year")]
    [(90000, 120000)]
    >>> [(m.low, m.high, m.open_ended) for m in find_amounts("£41,000, up from £39,500")]
    [(41000, 41000, False), (39500, 39500, False)]
    >>> [(m.low, m.high, m.open_ended) for m in find_amounts("USD 210,000 to 300,000 plus")]
    [(210000, 300000, True)]
    >>> find_amounts("grow from $1.1 billion to $5.9 billion")
    []
    >>> [(m.low, m.high) for m in find_amounts("Entry Level110,000 to 150,000", bare=True)]
    [(110000, 150000)]
    >>> [(m.currency, m.low, m.high, m.period) for m in find_amounts("R4 500 to R6 500 a month")]
    [('ZAR', 4500, 6500, 'month')]
    >>> [(m.currency, m.low, m.period) for m in find_amounts("35.10", bare=True, currency="AUD",
    ...                                                      period="hour")]
    [('AUD', 35.1, 'hour')]
    >>> [(m.low, m.high) for m in find_amounts("from $2,100 a month to $2,900 a month")]
    [(2100, 2900)]
    >>> [(m.low, m.high) for m in find_amounts("from €2,100 at the bottom to €2,900 at the top")]
    [(2100, 2900)]
    >>> [(m.low, m.high) for m in find_amounts("from €21,000 on the first point to €33,500")]
    [(21000, 33500)]
    >>> [(m.low, m.high) for m in find_amounts("starts near $41,000 and tops out at $63k")]
    [(41000, 63000)]
    >>> [(m.currency, m.low, m.period) for m in find_amounts("Ksh.27, 100 (about $210)")]
    [('KES', 27100, 'month'), ('USD', 210, 'month')]
    >>> [(m.low, m.high, m.period) for m in find_amounts("$31.10 (Step A) – $42.85 (Step F) "
    ...                                                 "per hour")]
    [(31.1, 42.85, 'hour')]
    """
    found: list[Money] = []
    printed = text  # (the rewrites below keep offsets; a figure's start is read on this)
    if currency is None and period is None and "(" in text and (
            terms := _label_terms(text)) is not None:
        # "Salary (per month): 16,000", "Pay (USD): 50,000": the label's bracket states the
        # currency or period of the bare figures after it
        home, period, bare = terms[0] or home, terms[1], True
    if "(" in text and _STEP_TAG.search(text):
        # "$28.64 (Step A) – $39.72 (Step G) per hour": each end's step named after it is no
        # part of the band (blanked, so offsets stay)
        text = _STEP_TAG.sub(lambda m: " " * len(m.group()), text)
    if ("Step" in text or "step" in text) and _STEP_BEFORE.search(text):
        text = _STEP_BEFORE.sub(lambda m: " " * len(m.group()), text)  # "Step 1 $22.14 - …"
    if "/" in text and _REPEATED_PERIOD.search(text):
        # (real41) "$29.00/hour - $46.77/hour": one band, its period said at both ends
        # (the first blanked, so offsets stay)
        text = _REPEATED_PERIOD.sub(lambda m: " " * len(m.group()), text)
    if "percentile" in text and _PERCENTILE_PAIR.search(text):
        text = _blank_percentile_pairs(text)  # "$31,270 at the 10th percentile to $48,270 …"
    misspelt = _misspelt_codes()
    if any(code in text for code in misspelt[0]):
        text = misspelt[1].sub(lambda m: misspelt[0][m.group()], text)  # "NRN 50,000"
    if "range" in text and _RESTATED_FLOOR.search(text) is not None:
        text = _RESTATED_FLOOR.sub(lambda m: " " * len(m.group()), text)  # "to $51,000 (new
        # range $51,000 – …)": the bracket's range is the fact
    if "(annual" in text or "(yearly" in text or "(per annum" in text:
        text = _YEARLY_ASIDE.sub(lambda m: m.group("gap") + " " * (
            len(m.group()) - len(m.group("gap"))), text)  # (rules55a) "(annual 4.2 lakh …)"
    if ("year)" in text or "annum)" in text) and _YEARLY_AFTER.search(text) is not None:
        text = _YEARLY_AFTER.sub(lambda m: m.group("gap") + " " * (
            len(m.group()) - len(m.group("gap"))), text)  # (real53) "($72,800 … per year)"
    if "mid" in text and _MIDPOINT_AFTER.search(text) is not None:
        text = _MIDPOINT_AFTER.sub(lambda m: m.group("gap") + " " * (
            len(m.group()) - len(m.group("gap"))), text)  # "(midpoint £41,500)": the band's
    if text.count("–") + text.count("-") + text.count("—") >= 2 and (
            _MIN_MID_MAX.search(text) is not None):
        text = _MIN_MID_MAX.sub(_blank_midpoint, text)  # "$58,000 – $68,000 – $78,000"
    if "/=" in text or "/-" in text:
        text = _ONLY_MARK.sub(lambda m: f"  {m.group('join')}  ", text)  # (rules59a)
    if "To:" in text and _FORM_TO.search(text) is not None:
        # (rules51a) "Wage Rate of Pay From: $92,000.00   To: $108,000.00": one band
        text = _FORM_TO.sub(lambda m: " to".ljust(len(m.group())), text)
    if "zł" in text or "PLN" in text:
        text = _ZLOTY.sub(_zloty_first, text)  # "4 480,00 zł" -> "4480.00PLN  ": offsets stay
    if home != "KHR" and ("iel" in text or "រៀល" in text or "៛" in text or "KHR" in text or (
            _KHMER_DIGIT.search(text) is not None)):
        text = _RIEL_GLOSS.sub(lambda m: " " * len(m.group()), text)  # "(about 1,148,000 riel)"
    if "million" in text and "thousand" in text:
        text = _MILLION_THOUSAND.sub(_million_thousand, text)  # "1 million 300 thousand"
    if "oman" in text or "ugri" in text or "төгрөг" in text or "تومان" in text or (
            home == "IRR" and ("ial" in text or "ریال" in text)) or (
            "ubles" in text and ("thousand" in text or "million" in text)) or (
            "mln" in text or "thousand s" in text or "million s" in text) or (
            "thousand t" in text or "million t" in text or "thousand dr" in text):
        text = _TOMAN_TUGRIK.sub(lambda m: _toman_tugrik_code(m, home), text)  # "tomans"
    if "irham" in text or "iyal" in text or "rial" in text:
        text = _GULF_WORD.sub(lambda m: _gulf_code(m, home), text)  # "3,100 dirhams"
    if "Kč" in text or "CZK" in text or "lei" in text or "RON" in text or "Ft" in text or (
            "HUF" in text) or "UAH" in text or "грн" in text or "₴" in text or (
            "RSD" in text or "din" in text) or "lek" in text or "Lek" in text or (
            "den" in text or "ден" in text or "MKD" in text) or "₽" in text or (
            "RUB" in text or "rub." in text or "ubles" in text or "руб" in text) or (
            "so" in text or "sum" in text or "UZS" in text or "c.u." in text or (
                "сўм" in text or "сум" in text or "у.е." in text)) or (
            "₸" in text or "enge" in text or "KZT" in text or "тг" in text or "нге" in text) or (
            "AZN" in text or "₼" in text or "manat" in text) or (
            "AMD" in text or "֏" in text or "dram" in text or "ip" in text or "LAK" in text or (
                "₭" in text or "aht" in text)) or "KGS" in text or "сом" in text:
        if "old" in text:
            text = _OLD_LEK.sub(lambda m: " " * len(m.group()), text)  # (the same pay)
        if " min " in text:
            text = _MIN_THOUSAND.sub(_min_thousand, text)  # "1 min 500 manat" -> "    1 500 …"
        text = _KORUNA.sub(_koruna_first, text)  # "45 000 – 52 000 Kč" -> "45000 – 52000CZK"
        if "HUF" in text or "CZK" in text or "UAH" in text:
            text = _CODE_SPACED.sub(_code_spaced, text)  # "HUF 450 000" -> "HUF 450000 "
    if "akh" in text or "ahk" in text or "lac" in text or "rore" in text or "AKH" in text:
        text = _WORDED_LAKH.sub(worded_lakh, text)  # "seven lakhs" -> "    7 lakhs"
    if "kr" in text and home in _KRONA_CODES:
        text = _krona_coded(text, home)  # "38 700 kr" -> "38 700SEK" on a krona page
    if _DIGIT.search(text) is None or not (bare or _CURRENCY.search(text) or "euro" in text):
        return found  # most lines hold no figure: two quick scans, not an amount search
    bare = bare or currency is not None
    if bare and "-" in text and "." in text:
        # (rules42a) "O*NET-SOC 31-1122.00": an occupation code with its detail digits, no
        # bare figure (blanked, so offsets stay)
        text = _DETAILED_CODE.sub(lambda m: " " * len(m.group()), text)
    if bare and "-" in text and ("SOC" in text or "O*NET" in text):
        text = _NAMED_CODE.sub(lambda m: " " * len(m.group()), text)  # (real38) "(SOC 11-9013)"
    if bare and "-" in text:
        # (rules47a) a posting's reference "ID KT-55871", "Ref. No.: RV-4471902": a code of
        # capitals, a hyphen and digits, no bare figure (blanked, so offsets stay)
        text = _LETTERED_CODE.sub(lambda m: " " * len(m.group()), text)
    if bare and "40" in text:
        text = _RETIREMENT_PLAN.sub(lambda m: " " * len(m.group()), text)  # (real39) "401K plan"
    if "'" in text or "’" in text:
        text = _APOSTROPHE_GROUP.sub(",", text)  # "CHF 4'380" -> "CHF 4,380"
    if "," in text and ("$" in text or "£" in text):
        text = _CENTS_COMMA.sub(r"\1.\2", text)  # "$45,77" -> "$45.77": offsets stay
    if ", " in text:
        # "£31, 534": a thousands group split by a stray space; the space moves after the
        # number so that every offset stays the same.
        text = _SPLIT_GROUP.sub(r"\1,\2 ", text)
    if "Rp" in text:
        text = _RUPIAH.sub(_rupiah_point, text)  # "Rp 7.500.000" -> "Rp 7,500,000"
    if "VND" in text or "₫" in text or "TL" in text or "TRY" in text or "₺" in text:
        text = _DONG_POINT.sub(_dong_point, text)  # "15.000.000 VND" -> "15,000,000 VND"
    if ("eiling" in text or "teto" in text) and (":" in text):
        text = _FLOOR_CEILING.sub(_band_of_bounds, text)  # "Floor: X  Ceiling: Y": X to Y
    if "r$" in text:
        text = _LOWER_REAL.sub("R$", text)  # "salary r$ 1,960.00": same length, offsets stay
    if "R$" in text:
        text = _REAL.sub(_real_point, text)  # "R$ 7.184,36" -> "  R$ 7184.36": offsets stay
    if "thousand euro" in text:
        text = _THOUSAND_EUROS.sub(_thousand_euros, text)  # "21 and 25 thousand euros"
    if "€" in text or "euro" in text or "EUR" in text:
        text = _EURO_POINT.sub(_euro_point, text)  # "€ 1.682,50" -> " € 1682.50"
    if "€" in text or "$" in text or "EUR" in text:
        text = _LOW_BEFORE_SIGN.sub(_low_joined, text)  # "45 000 - 52 000 €" -> "  45000 - …"
    if "EUR" in text:
        text = _CODE_AFTER.sub(_code_first, text)  # "2 110,02 EUR" -> "    €2110.02"
    if "€" in text or "$" in text:
        text = _SIGN_AFTER.sub(_sign_first, text)  # "38,76 $" -> " $38.76": offsets stay
    if "£" in text and "s " in text:
        text = _SHILLINGS.sub(_decimal_pounds, text)  # "£3 10s" -> "£3.50 ": offsets stay
    if " and " in text:
        text = _AND_PENCE.sub(_pence_joined, text)  # "£12 and 40p" -> "£12.40     "
    if ("SEK" in text or "NOK" in text or "DKK" in text or "CHF" in text or "ISK" in text):
        text = _SPACED_BEFORE_CODE.sub(_code_unspaced, text)  # "38 900 SEK" -> " 38900 SEK"
        text = _NORDIC_SPACED.sub(_code_spaced, text)  # "NOK 468 000 - 535 000" -> "… 535000  "
        text = _NORDIC_POINT.sub(_nordic_point, text)  # "DKK 28.512,40" -> "DKK  28512.40"
    if " " in text or "\u00a0" in text:
        text = _SPACED.sub(_unspace, text)  # "R4 500" -> "R4500 ": offsets stay the same
    if bare and _GLUED_CODE_GATE.search(text):
        text = _GLUED_CODE.sub(_code_apart, text)  # "Analyst0943,450 – 104,280": offsets stay
    position = 0
    floor = 0
    size = len(text)
    tried = 0
    dropped = -1  # where the last figure that is no pay ended
    while position < size and tried < _MAX_CANDIDATES:
        tried += 1
        # An amount's figure starts at the first digit after where the amount starts, at most
        # _PRE_REACH characters in (a currency word, a space): the search starts there, not
        # at every character before it (the same match, found without trying them).
        digit = _DIGIT.search(text, position)
        if digit is None:
            break
        first = _AMOUNT.search(text, max(position, digit.start() - _PRE_REACH))
        if first is None:
            break
        position = first.end() if first.end() > first.start() else first.start() + 1
        scale = _scale(first)
        if text[first.end() : first.end() + 1] == "%" or (scale in _BIG and not (
                scale in _PAY_MILLIONS and first.group("pre") and _MILLION_PAY.match(
                    text, first.end())) and not _yen_millions(first) and not _won_band(
                    text, first) and not _rupiah_millions(first) and not _dong_millions(
                    text, first, currency or home)):
            continue
        join = _JOIN.match(text, first.end())
        if join is not None and ("x" in text or "×" in text) and (
                running := _RUNNING.match(text, first.end())) is not None:
            join = running
        elif join is None and ("x" in text or "×" in text) and (
                times := _TIMES_STEP.match(text, first.end())) is not None and (
                scale_top := _AMOUNT.match(text, times.end())) is not None and (
                scale_top.group("num")) and _value(scale_top, "") > _value(first, ""):
            join = times  # (the maximum above the start, or no scale)
        if join is not None and "rom" in text[max(0, first.start() - 30):first.start()] and (
                _CHANGED_FROM.search(text, max(0, first.start() - 40), first.start())):
            join = None  # (rules58b) "will increase from £34,500 to £35,900": two points
        second = _AMOUNT.match(text, join.end()) if join and join.end() < size else None
        if second is None and (per := _PERIOD_JOIN.match(text, first.end())) is not None:
            # "from Ksh 31,270 per month to Ksh 142,800 per month": the period on both ends.
            both = _AMOUNT.match(text, per.end())
            if both is not None and both.group("num") and (text.startswith(
                    " " + per.group("per"), both.end()) or (
                    # (real44) "ranges from £6.50 an hour to £10": the period said once, after
                    # the first end of a band opened by "from" (a second end of its own period
                    # is another figure: "from $15 an hour to $31,000 a year")
                    _RANGE_FROM.search(text, max(0, first.start() - _FROM_REACH),
                                       first.start()) and not _scale(both) and not (
                        _OWN_PERIOD.match(text, both.end())))):
                join, second = per, both
        if second is None and (aside := _ASIDE_JOIN.match(text, first.end())) is not None and (
                _RANGE_FROM.search(text, max(0, first.start() - _FROM_REACH), first.start())):
            # "from 21,500 MXN at the bottom to 66,600 MXN at the top", "from $5,000 (lowest
            # average) to $9,000": the aside of the first end, then the second
            both = _AMOUNT.match(text, aside.end())
            if both is not None and both.group("num"):
                join, second = aside, both
        if second is None and (rung := _RUNG_ASIDE_JOIN.match(text, first.end())) is not None:
            both = _AMOUNT.match(text, rung.end())
            if both is not None and both.group("num") and both.group("pre"):
                join, second = rung, both
        if second is None and (pair := _LABELLED_TO.match(text, first.end())) is not None and (
                _LABEL_BEFORE.search(text, max(0, first.start() - _FROM_REACH * 3),
                                     first.start())):
            # "Starter £12,000 (part-time) to Experienced £27,000": each end after its label
            both = _AMOUNT.match(text, pair.end())
            if both is not None and both.group("num") and both.group("pre"):
                join, second = pair, both
        if second is None and (labelled := _LABELLED_AND.match(text, first.end())) is not None and (
                # (a Brazilian figure's padding stands before its sign: a wider reach)
                _RANGE_FROM.search(text, max(0, first.start() - 2 * _FROM_REACH), first.start())):
            both = _AMOUNT.match(text, labelled.end())
            if both is not None and both.group("num") and both.group("pre"):
                join, second = labelled, both
        if second is None and (top := _start_top(text, first)) is not None:
            join, second = top
        tens = _ten_thousands(first, second) if second is not None else None
        if second is not None and (not second.group("num") or (
                _scale(second) in _BIG and _scale(second) != scale and not _yen_millions(second)
                and not _rupiah_millions(second) and not _dong_millions(
                    text, second, currency or home))):
            second = None
        if second is not None and (step := _STEP.match(text, second.end())) is not None and (
                third := _AMOUNT.match(text, step.end())) is not None and third.group("num") and (
                _value(second, "") < _value(first, "") < _value(third, "")):
            second = third  # "Rs. 26,360-1,250-63,860": start, yearly increment, maximum
        stated = _currency(first, dollar) or (_currency(second, dollar) if second else None)
        if stated is None and _IDENTIFIER.search(text, max(0, first.start() - 5), first.start()):
            continue  # "Entity E48213": an identifier
        if stated is None and _numbered(text, first.start("num"), first.end("num")):
            continue  # "ITEM NUMBER: 4513", "…, 93047 Regensburg": no pay
        if first.group("pre") is None and (_RUNG_NUMBER.search(
                text, max(0, first.start("num") - 13), first.start("num")) or (
                len(first.group("num")) <= 2 and _YEAR_NUMBER.search(
                    text, max(0, first.start("num") - 5), first.start("num")))):
            continue  # "… an hour at Level 1 and £18 to £24": a rung's number, not "1 to £18"
        if stated == "INR" and home in _RUPEE_CODES and "Rs" in text[
                first.start() : (second or first).end()]:
            stated = home  # "Rs. 26,360" on a Pakistani page
        if stated == "INR" and home in _LAKH_HOMES and not (first.group("pre") or first.group(
                "post") or (second is not None and (second.group("pre") or second.group("post")))):
            stated = home  # (rules57a) "6 Lakhs - 8 Lakhs" on a Myanmar page: lakhs of kyats
        if stated is None and not (bare and not _is_year(first)):
            continue
        if stated is None and currency is None and "|" in text[:first.start()] and any(
                m.currency and _CURRENCY.search(text, m.start, m.end) for m in found):
            continue  # "$46,070 | 1,000 |": a bare cell beside priced ones counts people
        if stated is None and text[first.end() : first.end() + 1] == ")" and _BRACKETED.search(
                text, max(0, first.start() - 2), first.start()):
            continue  # "Court Operations Supervisor (4430)": a class number, not pay
        if stated is None and ("+" in text[max(0, first.start() - 16) : first.start()] or (
                "(0)" in text[max(0, first.start() - 16) : first.start()])) and _PHONE.search(
                text, max(0, first.start() - 16), first.start()):
            continue  # "+44 (0)20 7946 0321": a telephone number
        if stated is None and _TRUNK_NUMBER.fullmatch(first.group("num")):
            continue  # (rules45b) "01632 960 400": a dialling code's leading zero, no money
        # A header's currency reads a bare cell as money, small ones too ("35.10").
        money_currency = stated or currency
        second_scale = _scale(second) if second else ""
        low = _value(first, scale)
        high: float | None = None
        open_ended = bool(first.group("plus"))
        end = first.end()
        if second is not None:
            high = _value(second, second_scale)
            if tens is not None:
                low = tens  # "3,400 to 41 million won": ten thousands (만) of won
            elif second_scale and not scale and (low < 1000 or second_scale in ("万", "만")):
                low = _value(first, second_scale)  # "$85-110k", "₹12-18 lakh", "3,400~4,100만원"
            elif _SHARED_THOUSANDS.fullmatch(second.group("num")) and first.group("pre") and (
                    not second.group("pre") and not scale and not second_scale
                    and "." not in first.group("num") and 1 <= low < 1000 <= low * 1000 <= high):
                low *= 1000  # (real52) "$30-40,000", "£25-30,000": the thousands written once
            open_ended = bool(second.group("plus")) or bool(join and join.group("over"))
            end = second.end()
        if money_currency is None and max(low, high or 0) < 1000:
            continue
        if money_currency == "IRT":
            # (rules53a) tomans recorded in rials, ten to the toman ("25 million tomans")
            low, high, money_currency = low * 10, None if high is None else high * 10, "IRR"
        if second is None and _CUT_RANGE.match(text, end):
            position = end  # "$19-" at the end of the text: a range cut off, no pay at all
            continue
        if second is None and first.group("pre") and not first.group("scale") and (
                (_CUT_GROUP.fullmatch(first.group("num"), len(first.group("num")) - 3)
                and not text[end:].strip()) or _CUT_THOUSANDS.match(text, end)):
            position = end  # "… Trainer — $58.0" at the end of the text: cut mid-figure
            continue
        if text.endswith("per") and _CUT_PERIOD.match(text, end):
            position = end  # (rules43a) "… - $22 - $25 per" cut off before its period: none
            continue
        if high is not None and low > high and second is not None and (
                comma := _DECIMAL_COMMA.fullmatch(first.group("num"))) is not None and (
                "." in second.group("num")) and float(comma.expand(r"\1.\2")) <= high:
            low = float(comma.expand(r"\1.\2"))  # "$46,02 – $53.11 per hour": a cent's comma
        if high is not None and low > high:
            if second is not None and second.group("pre") and not _near(low, high):
                position = second.end()  # "$48,000 - $6": a figure cut off, no pay at all
            continue
        if money_currency is None and min(low, high if high is not None else low) < 1000:
            position = end
            continue  # "51-9082.00": an occupation code, not a bare range
        segment = _segment_start(text, first.start(), floor)
        if _not_pay(text, segment, first.start(), end, bare=stated is None) or (
                dropped >= 0 and _alternative(text[dropped : first.start()])) or (
                # "Telephone 2388 4120   3552 7160": bare numbers run on from one that is none
                stated is None and dropped >= 0 and not text[dropped : first.start()].strip()):
            position = floor = dropped = end
            continue
        # (a sign left behind by a figure rewritten before it: "reach 33.500 €")
        before = text[max(segment, first.start() - 14) : first.start()].lower().rstrip(" €")
        if "from " in before and (gross := _GROSS_BEFORE.search(
                text, max(segment, first.start() - 24), first.start())) is not None:
            # (fixes75) "starts from bruttó 2 200 Ft/óra": the words before "gross" lead it
            before = text[max(segment, gross.start() - 14) : gross.start()].lower()
        after = text[end : end + 16].lower()
        # "… a month or more": the period may come between a figure and its open top, but
        # "$41.20 per hour + benefits" adds benefits, not an open top.
        window = text[end : end + 30].lower()
        later = _PERIOD_PHRASE.sub("", window).lstrip() if (
            "or " in window or "and " in window) else ""
        if _AFTER_NOT_PAY.match(text, end):
            position = floor = dropped = end
            continue  # "$2.50 per hour over scale": a premium on top of the wage
        minimum: float | None = low
        maximum: float | None = high if high is not None else low
        if high is None:
            opens = open_ended or bool(_OPEN_AFTER.match(text[end : end + 40])) or (
                later.startswith(_OPEN_TOPS) or (  # (read far enough for "+ insalubridade 20%")
                    later.startswith("and over") and _AND_OVER.match(later) is not None))
            if (before.endswith(_TOP_WORDS) and not (
                    _RAISED.search(before)) and not before.endswith(_NOT_TOPS)) or (
                    not opens and before.endswith(("reach", "reaches", "reaching", "as much as"))):
                minimum = None  # ("pay can reach £42,000": a top alone, no band)
            elif _HALF_BELOW.search(text, max(segment, first.start() - 80), first.start()) and (
                    _HALF_ABOVE.match(text, end)):
                pass  # "Half earned more than $60,610 and half earned less": the median
            elif not opens and before.endswith("from") and (
                    _RUNG_TO.match(text, end) or (_START_FROM.search(before) and (
                        _ENTRY_LEVEL.search(text, _sentence_start(text, segment, first.start()),
                                            first.start())))
                    or before.endswith(("up from", "down from", "rising from", "risen from"))
                    or _CHANGED_FROM.search(text, max(0, first.start() - 40), first.start())):
                pass  # (a rung's point before the next rung's; a translated "start from";
                # "£62,500, up from £58,000 last year": last year's figure)
            elif opens or before.endswith(_FLOOR_WORDS) or _rank_minimum(
                    text, first.start(), end) or (
                    _AGREED_FLOOR.search(text, _sentence_start(text, segment, first.start()),
                                         first.start())):
                # (a collective agreement's minimum: a floor; so is a rank's minimum alone in
                # its cell, rules37b: "Professorial Band P1 | minimum £72,500")
                maximum, open_ended = None, True
        elif _OPEN_AFTER.match(after) or later.startswith(
                _OPEN_TOPS):
            open_ended = True
        if high is None and (_BOUND_BEFORE.search(text, max(segment, first.start() - 24),
                                                  first.start()) or _BOUND_AFTER.match(text, end)):
            position = floor = dropped = end
            continue  # "the salary ceiling of R$ 14.880,15": one bound, no pay
        if high is None and maximum is None and _HEDGED_FLOOR.search(
                text, max(segment, first.start() - 40), first.start()):
            position = floor = end
            continue  # "sometimes over 35,000 GBP", "well above R80,000": no band stated
        if high is None and not _MIDDLE_BEFORE.search(
                text, max(segment, first.start() - 16), first.start()) and (
                _PERCENTILE.search(text, _sentence_start(text, segment, first.start()), end)
                or _TAIL_AFTER.match(text, end)) and (
                _PERCENTILE_BAND.search(text, 0, first.start()) is None):
            restated = _RESTATED_AFTER.match(text, end)
            position = floor = restated.end() if restated else end
            continue  # "the top 10% earn $98,000+": one tail of a distribution, not a band
        sized = _SIZED_AFTER.match(text, end) if "-" in text[end : end + 12] else None
        next_amount = _AMOUNT.search(text, sized.end() if sized else end)  # (not its "5")
        window_end = next_amount.start() if next_amount else size
        prefix = clean(text[segment : first.start()])
        stated_period = _period(text[end:window_end], None, _TRAILING_PERIOD.sub(
            "", text[segment:first.start()]) if 0 < floor == segment else text[
            segment:first.start()]) if "LPA" not in text[first.start():end] else "year"
        if stated_period is None and _yen_millions(first):
            stated_period = "year"  # ("4.023 million yen" under "Job offer wage (monthly)")
        if stated_period is None and found and found[-1].currency == (money_currency or "USD") and (
                _near(found[-1].low or found[-1].high or 0, low)):
            # "INR 8,000 to 10,000 per month, later INR 11,000 to 14,000": the line's period,
            # before the page's ("$19.75 an hour, Level 2 at $21.50" on a page of monthly rent)
            stated_period = found[-1].period
        context = None if period == "hour" and (
            money_currency or home) in _HOURLY_CURRENCIES and max(
            low, high or 0) >= _NO_HOURLY_WAGE else period  # ("about $93,600" under a
        # heading of hourly rates: no hourly wage)
        stated_period = stated_period or context
        if stated_period is None and found and "(" in text[found[-1].end : first.start()] and (
                len(text[found[-1].end : first.start()]) < _ASIDE_GAP):
            # "SAR 6,500 a month (around PHP 97,000)": a conversion in brackets, same period.
            stated_period = found[-1].period
        if stated_period is None and (money_currency or home) == "JPY" and (
                _YEN_MONTH[0] <= max(low, high or 0) < _YEN_MONTH[1]):
            stated_period = "month"  # ("205 thousand yen ~ 265 thousand yen": a month's pay)
        if stated_period is None and (money_currency or home) in _KRONER and (
                _KRONE_MONTH[0] <= max(low, high or 0) < _KRONE_MONTH[1]):
            stated_period = "month"  # "DKK 14.622,69 in the first year": a month's pay
        if stated_period is None and (money_currency or home) in _MONTHLY_CURRENCIES:
            stated_period = "month"  # pesos, shillings, riyals: pay is quoted by the month
        if stated_period is None and (money_currency or home) == "INR" and max(
                low, high or 0) < _LAKH:
            stated_period = "month"  # "₹18,000": under a lakh, a month's pay (no year's)
        if stated_period is None and home in _MONTHLY_CURRENCIES and max(
                low, high or 0) < _FOREIGN_MONTH:
            # "Up to $1,100" on a page paid in dong by the month: a month's pay in dollars
            # (nobody's year there is a thousand dollars)
            stated_period = "month"
        if stated_period is None and (money_currency or home) in _KRONA_MONTH_CODES and (
                _KRONA_MONTH[0] <= low and max(low, high or 0) < _KRONA_MONTH[1]):
            # "Percentile 10 – 90: 32 400 – 45 900 kr": tens of thousands of kronor or kroner
            # is a month's pay (a year's is hundreds of thousands)
            stated_period = "month"
        if stated_period is None and (money_currency or home) == "ISK" and (
                _ISK_MONTH[0] <= low and max(low, high or 0) < _ISK_MONTH[1]):
            stated_period = "month"
        if stated_period is None and (money_currency or "USD") in _HOURLY_CURRENCIES and max(
                low, high or 0) < _HOURLY_BELOW:
            stated_period = "hour"
        if stated_period is None and _CENTS.search(first.group("num")) and (
                _CENTS_MONTH[0] <= low < _CENTS_MONTH[1]):
            # "3.398,00 € to 4.422,15 €": a few thousand printed to the cent is a month's
            # pay (a public pay table's cell), never a year's
            stated_period = "month"
        if stated_period is None and _PRECISE_MONTH[0] <= low < _PRECISE_MONTH[1] and (
                high is None or _PRECISE_MONTH[0] <= high < _PRECISE_MONTH[1]) and (
                low % 100 or (high or 0) % 100) and (
                money_currency or home) in _PRECISE_MONTH_CURRENCIES:
            # "around 3,012 euros gross": a few thousand told to the euro (a table's cell
            # restated) is a month's pay; nobody's year is a few thousand euros (carry39b:
            # a range so told too, a similar ad's "1.280 - 1.390 € gross")
            stated_period = "month"
        if stated_period is None and (money_currency or home) == "EUR" and (
                _PRECISE_MONTH[0] <= low and max(low, high or 0) < _PRECISE_MONTH[1]) and (
                _DOTTED_THOUSANDS.search(printed, first.start(), end) is not None):
            # (rules50a) "1.400 EUR net", "between 1.200 and 1.500 EUR": a few thousand euros
            # in continental notation (a point before the hundreds), round or not, is a
            # month's pay; nobody's year is a few thousand euros
            stated_period = "month"
        if stated_period is None and (money_currency or home) in _PRECISE_MONTH_CURRENCIES and (
                _HOURLY_BELOW <= max(low, high or 0) < _PRECISE_MONTH[0]):
            # "1st year of training: 883 €": a few hundred euros with no period is a month's
            # pay (an apprentice's allowance); nobody's year is under a thousand
            stated_period = "month"
        if money_currency and money_currency != home and found and (
                found[-1].currency == home) and "(" in text[found[-1].end : first.start()] and (
                _FOREIGN_GLOSS.fullmatch(text, found[-1].end, first.start()) is not None):
            position = floor = end  # (rules58a) "… Kip per month (or about 3.600 Baht": the
            continue  # home pay's worth in a neighbour's currency, the same pay
        found.append(Money(
            low=None if minimum is None else money_amount(minimum),
            high=None if maximum is None else money_amount(maximum),
            currency=money_currency or home, open_ended=open_ended,
            period=stated_period or "year", end=end, prefix=prefix,
            start=first.start() if text is printed else _printed_start(
                printed, text, first.start()),
            region=_region(prefix, text[end:window_end]),
        ))
        if only_first:
            break
        position = end
        floor = end
    if len(found) > 1 and ("Max" in text or "max" in text):
        found = _bounded(text, found)
    if len(found) == _PAIRED_FIGURES and " to " in text:
        found = _paired_ends(text, found)
    if " / " in printed and found:
        found = _slashed_points(printed, found, dollar=dollar, home=home)
    return found


# A figure as printed (digits with their group and decimal marks), and a run of such figures
# each followed by a spaced slash (before a figure with a currency) or preceded by one (after
# it): "3.040,45 / 3.179,56 / 3.329,23 €", "£12.10 / 12.50 / 13.20 an hour".
_PRINTED_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?")
_SLASHED_BEFORE = re.compile(r"(?:(?<![\w.,/])\d(?:[\d.,]*\d)? / )+$")
_SLASHED_AFTER = re.compile(r"(?: / \d(?:[\d.,]*\d)?(?![\w.,]?\d|\s*%))+")
_SLASH_SPREAD = 2.0  # a listed figure is within this factor of the one with the currency


def _skeleton(figure: str) -> str:
    return re.sub(r"\d+", "d", figure)


def _slashed_points(printed: str, found: list[Money], *, dollar: str,
                    home: str) -> list[Money]:
    """``found`` with the bare figures listed by spaced slashes beside a figure that carries
    the currency, each a figure of its own in that currency and period: the sign printed once
    is every figure's ("3.040,45 / 3.179,56 / 3.329,23 €": three figures, not the last
    alone).  A listed figure must be printed the same way (the same group and decimal marks)
    and be near the one with the sign, or it is some other number.

    >>> [(m.low, m.period) for m in find_amounts("Grade 7: 3.040,45 / 3.179,56 / 3.329,23 €.")]
    [(3040, 'month'), (3180, 'month'), (3329, 'month')]
    >>> [(m.low, m.period) for m in find_amounts("Rates £12.10 / 12.50 / 13.20 an hour")]
    [(12.1, 'hour'), (12.5, 'hour'), (13.2, 'hour')]
    >>> [m.low for m in find_amounts("Since 2019 / 2020 / £31,000")]
    [31000]
    >>> [m.low for m in find_amounts("Scale 1.900,00 / 2.400,00 € / 3.000,00 €")]
    [1900, 2400, 3000]
    """
    result: list[Money] = []
    taken = [(m.start, m.end) for m in found]
    for money in found:
        result.append(money)
        carried = _PRINTED_FIGURE.search(printed, money.start, money.end)
        if money.low is None or money.low != money.high or money.open_ended or carried is None:
            continue
        sides: list[list[tuple[int, int]]] = []
        before = _SLASHED_BEFORE.search(printed, max(0, money.start - 200), money.start)
        if before is not None and before.end() == carried.start():
            sides.append([(f.start(), f.end()) for f in _PRINTED_FIGURE.finditer(
                printed, before.start(), before.end())])
        after = _SLASHED_AFTER.match(printed, money.end)
        if after is not None:
            sides.append([(f.start(), f.end()) for f in _PRINTED_FIGURE.finditer(
                printed, after.start(), after.end())])
        for side in sides:  # (each side all or nothing: one odd number spoils its run)
            result += _listed_figures(printed, money, carried, side, taken, dollar, home)
    return sorted(result, key=lambda money: money.start)


def _listed_figures(printed: str, money: Money, carried: re.Match[str],
                    spans: list[tuple[int, int]], taken: list[tuple[int, int]], dollar: str,
                    home: str) -> list[Money]:
    """The figures at ``spans`` as figures in ``money``'s currency and period, or none when
    one of them is printed otherwise, is far from ``money`` or is a figure found already."""
    assert money.low is not None
    shape = _skeleton(carried.group())
    listed: list[Money] = []
    for start, end in spans:
        figure = printed[start:end]
        if _skeleton(figure) != shape or any(start < e and s < end for s, e in taken):
            return []
        alone = find_amounts(printed[money.start:carried.start()] + figure
                             + printed[carried.end():money.end], dollar=dollar, home=home)
        value = alone[0].low if len(alone) == 1 else None
        if value is None or not money.low / _SLASH_SPREAD <= value <= money.low * _SLASH_SPREAD:
            return []
        listed.append(replace(money, low=value, high=value, start=start, end=end))
    return listed


_PAIRED_FIGURES = 4
# Between a figure and its equivalent in brackets ("/hour ("), and between the bracket's
# close and the band's other end (") to Step G ").
_EQUIVALENT_OPEN = re.compile(r"^[^()]{0,12}\($")
_EQUIVALENT_TO = re.compile(r"^[^()$]{0,20}\)[^()]{0,4}\bto\b[^()]{0,20}$")


def _paired_ends(text: str, found: list[Money]) -> list[Money]:
    """A band's two ends each printed with its equivalent in another period ("Step A
    $28.40/hour ($59,072 annual) to Step G $38.10/hour ($79,248 annual)") as two bands, one
    a period; ``found`` itself when the figures are not so paired.

    >>> [(m.low, m.high, m.period) for m in find_amounts(
    ...     "Step A $20.50/hour ($42,640 annual) to Step E $26.00/hour ($54,080 annual)")]
    [(20.5, 26, 'hour'), (42640, 54080, 'year')]
    """
    low, low_other, high, high_other = found
    if not (_EQUIVALENT_OPEN.match(text[low.end:low_other.start]) and _EQUIVALENT_OPEN.match(
            text[high.end:high_other.start]) and _EQUIVALENT_TO.match(
            text[low_other.end:high.start])):
        return found
    if any(m.low is None or m.low != m.high for m in found) or len(
            {m.currency for m in found}) != 1 or low.period != high.period or (
            low_other.period != high_other.period) or low.period == low_other.period:
        return found
    if not (low.low is not None and high.low is not None and low.low < high.low and (
            low_other.low is not None and high_other.low is not None
            and low_other.low < high_other.low)):
        return found
    return [replace(low, high=high.low, end=high.end),
            replace(low_other, high=high_other.low, end=high_other.end)]


# A figure labelled as one end of its band right after it ("$44,120.00 Yearly Min /
# $55,150.00 Yearly Mid / $66,180.00 Yearly Max"): the two ends are one band, a midpoint
# between them stays a figure of its own.
_END_LABEL = re.compile(r"\s*(?:\w+\s+)?(?P<end>min(?:imum)?|max(?:imum)?)\b", re.IGNORECASE)


def _bounded(text: str, found: list[Money]) -> list[Money]:
    """``found`` with each "… Min" figure and the next "… Max" figure of the same currency
    and period joined into one band."""
    ends = [_END_LABEL.match(text, money.end) for money in found]
    result: list[Money] = []
    low: Money | None = None
    for money, end in zip(found, ends, strict=True):
        side = end.group("end")[:3].lower() if end else ""
        if side == "min" and money.low is not None and money.low == money.high:
            low = money
            continue
        if side == "max" and low is not None and money.low is not None and (
                low.currency, low.period) == (money.currency, money.period) and (
                low.low is not None and low.low < money.low):
            result.append(replace(low, high=money.low, end=money.end, labelled=True))
            low = None
            continue
        if side == "min" and low is not None:
            result.append(low)  # a minimum with no maximum stays a figure
            low = None
        result.append(money)  # (a midpoint between the two ends stays a figure)
    if low is not None:
        result.append(low)
    return sorted(result, key=lambda money: money.start)


def running_scale(text: str) -> bool:
    """``text`` prints an incremental pay scale ("Rs. 35,810 - 10x595 - 11x755 - 50,065"):
    pay, whatever words stand around it.

    >>> running_scale("Rs. 35,810 - 10x595 - 50,065 p.m."), running_scale("10 x 20 ft")
    (True, False)
    """
    if "x" not in text and "×" not in text:
        return False
    scale = _RUNNING.search(text)
    return scale is not None and _AMOUNT.match(text, scale.end()) is not None and bool(
        _DIGIT.match(text, scale.start() - 1 if scale.start() else 0))


# (a figure's own characters: never a word's letters, "R$" or "thousand", nor a sign printed
# before its figure, "€ 2.537", which starts it already)
_FIGURE_CHARS = frozenset("0123456789.,'’ \u00a0\u202f")


def _printed_start(printed: str, written: str, start: int) -> int:
    """Where a figure starts in the line as printed, when a rewrite padded its front ("950 €"
    read as " €950"; fixes70): back over the padding that stands where the printed figure's
    digits were, so that the words before the figure hold none of them.

    >>> _printed_start("Porter 950 € gross", "Porter  €950 gross", 8)
    7
    >>> _printed_start("Cook 1 802 € net", "Cook   €1802 net", 7)
    5
    >>> _printed_start("€ 2.537 a month", " € 2537 a month", 1)
    1
    """
    at = start
    while at > 0 and written[at - 1] == " " and printed[at - 1] in _FIGURE_CHARS:
        at -= 1
    while at < start and printed[at].isspace():
        at += 1
    return at


def find_money(text: str, *, bare: bool = False, home: str = "USD") -> Money | None:
    """The first salary amount in ``text`` (see :func:`find_amounts`; ``home``: the page's
    own currency, which a krona's or krone's "kr" names), or None.

    >>> find_money("grow from $1.1 billion to $5.9 billion") is None
    True
    >>> find_money("Global Median: $160,000").low
    160000
    >>> find_money("kr 240,10") is None, find_money("kr 240,10", home="NOK").low
    (True, 240.1)
    """
    # Pay lines repeat across a corpus' pages ("Entry level: $52,000"): each line's first
    # amount (a frozen Money) is read once per parse.  Most lines hold no figure at all
    # (find_amounts' own first test): no table look-up for them.
    if _DIGIT.search(text) is None:
        return None
    return _FIRST_MONEY.get("first money", (text, bare, home), _first_money)


_FIRST_MONEY = Memo()


def _first_money(line: tuple[str, bool, str]) -> Money | None:
    text, bare, home = line
    amounts = find_amounts(text, bare=bare, home=home, only_first=True)
    return amounts[0] if amounts else None


_PAY_COLUMN = re.compile(r"\b(?:salar\w*|wages?|pay|earnings|income|rate)\b", re.IGNORECASE)
_COLUMN_PERIODS = (("annual", "year"), ("yearly", "year"), ("per year", "year"),
                   ("monthly", "month"), ("per month", "month"), ("fortnightly", "fortnight"),
                   ("per fortnight", "fortnight"), ("weekly", "week"),
                   ("per week", "week"), ("daily", "day"), ("day rate", "day"),
                   ("hourly", "hour"), ("per hour", "hour"),
                   # (rules32b) a bracket's "gross/year", "net/month"
                   ("/year", "year"), ("/month", "month"), ("/hour", "hour"))
# (a sign alone in the bracket, or first before its other terms: "(€, gross)")
# (or a sign alone after the pay word at the header's end: an award's "Rate $")
_COLUMN_CODE = re.compile(r"\b(" + "|".join(_CODES) + r")\b"
                          r"|\(\s*((?:US|HK|NZ|AU|CA|[SACJ])?\$|[€£₹¥₱฿]|K[Ss]hs?|Php|Rs\.?|baht)"
                          r"(?:\s*[),]|\s+(?=gross|net|before|after|a\b|per\b|/))"
                          r"|(?<=[a-z] )([$€£])$")


def column_terms(header: str, dollar: str = "USD") -> tuple[str | None, str | None] | None:
    """The currency and period a pay column's header states for its bare cells ("Annual
    Salary (AUD)", "Hourly Wage (€)"); None for a header that names no pay.  ``dollar``:
    the currency a sign after the pay word ("Rate $") means on the page.

    >>> column_terms("Hourly Wage (AUD)"), column_terms("Monthly Salary"), column_terms("Region")
    (('AUD', 'hour'), (None, 'month'), None)
    >>> column_terms("Rate £")
    ('GBP', None)
    >>> column_terms("Typical pay (€ gross/year, 2025 survey of 30 farms)")
    ('EUR', 'year')
    >>> column_terms("Recommended (£)"), column_terms("Course fee (£)"), column_terms("Amount (£)")
    (('GBP', None), None, None)
    """
    # (a survey's year and size in the bracket are its note: "Pay (€ gross/year, 2026 survey
    # of 41 units)"; a figure outside it makes the header a row of figures)
    if _DIGIT.search(_BRACKET_NOTE.sub("", header) if "(" in header else header) or (
            _PAY_COLUMN.search(header) is None and not (
                header[-1:] == ")" and _CURRENCY_HEAD.fullmatch(header.strip()))):
        return None
    code = _COLUMN_CODE.search(header)
    currency = None if code is None else (
        code.group(1) or (dollar if code.group(3) == "$" else _SYMBOLS[code.group(2)
                                                                       or code.group(3)]))
    lowered = header.lower()
    period = next((name for key, name in _COLUMN_PERIODS if key in lowered), None)
    return currency, period


_BRACKET_NOTE = re.compile(r"\([^()]*\)")
# (fresh51) A column headed by a word or two and a currency alone in brackets ("Current (£)",
# "Recommended (€)", "2026 (USD)" is no header: a digit) holds figures in that currency,
# unless the words name money that is no pay (a fee, a cost, a price, an allowance …) or
# any money at all ("Amount (PKR)" beside a pay slip's components: allowances among them).
_CURRENCY_HEAD = re.compile(r"(?![^(]*\b(?i:fees?|costs?|price|tax|budget|spend|charges?|fines?|"
                            r"grants?|loans?|tuition|allowances?|supplements?|bonus|expenses|"
                            r"savings?|funding|value|amounts?)\b)[A-Z][A-Za-z-]*(?: [a-z][a-z-]*)?"
                            r" ?\((?:[€£$¥₹]|[A-Z]{3})\)")
_LAKH = 100_000  # no year's pay in rupees is under a lakh

# A pay label with a bracket before its colon ("Salary (per month):", "Wage (€, gross):").
_BRACKETED_LABEL = re.compile(r"\b(?:salar(?:y|ies)|pay|wages?|earnings|income)\s*\([^()\d]{1,30}\)"
                              r"\s*:", re.IGNORECASE)


def _label_terms(text: str) -> tuple[str | None, str | None] | None:
    """The currency and period a pay label's bracket states for the figures after it
    ("Salary (USD): 50,000"), or None when ``text`` has no such label or its bracket states
    neither.

    >>> _label_terms("Salary (per month): 16,000"), _label_terms("Salary (baht): 9,000")
    ((None, 'month'), ('THB', None))
    >>> _label_terms("Salary (negotiable): 16,000") is None
    True
    """
    label = _BRACKETED_LABEL.search(text)
    terms = column_terms(label.group().rstrip(" :")) if label is not None else None
    return terms if terms is not None and terms != (None, None) else None


# "Rs." is the Indian rupee unless the page names another rupee's country.
_RUPEES = (("PKR", re.compile(r"\bPakistan|\bPKR\b")), ("LKR", re.compile(r"\bSri Lanka|\bLKR\b")),
           ("NPR", re.compile(r"\bNepal|\bNPR\b")))
_RUPEE_CODES = frozenset(code for code, _ in _RUPEES)
# (rules57a) Other countries that count in lakhs (Myanmar's *သိန်း*, a hundred thousand kyats):
# a bare figure in lakhs on such a page is in its own currency, not in rupees.
_LAKH_HOMES = frozenset({"MMK"})
