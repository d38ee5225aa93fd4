"""Salaries read from lines: :func:`read_salaries` and :func:`parse_salary`.

Turns the amounts the money grammar finds (:mod:`careergraph.guides.amounts`) into
``SalaryRange`` facts with their level, statistic, grade and owner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from careergraph.guides.amounts import find_amounts
from careergraph.guides.money_grammar import _DIGIT, Money
from careergraph.guides.notices import grade_aside, grade_lead
from careergraph.guides.pay_owners import _CLAUSE_BREAK
from careergraph.guides.text import clean
from careergraph.guides.training_stages import stage_owner
from careergraph.model import SalaryRange, Source

# (rules41c) A clause after a comma naming "the" title and its pay verb or basis word.
_THE_NEXT_EARNS = re.compile(r",\s+(?P<clause>the\s+[^,;()$€£\d]{2,50}?\s+(?:earns?|gets?|makes?|"
                             r"is\s+paid|starts?\s+(?:from|at|on)|brutt[oó]|nett[oó]|gross|"
                             # (rules46a) the verb said once for two titles: "a car mechanic
                             # has 115.000 – 140.000 RSD, the head of service from 150.000 RSD"
                             r"from)"
                             r"[^,;\d]*)$")

# (fixes95) The same with the verb and its "from" both left out, after an earlier figure ("…
# gets from 2 400 € gross, the head of the department 3 000 – 3 500 €"; "a cook earns
# 1.280,00 EUR net, the head pastry chef 1.950,00 EUR net"): the title in lower case.
_THE_NEXT_BARE = re.compile(r"\d[^,;()\d]{0,30},\s+(?P<clause>the\s+[a-z][a-z ]{2,40}?)\s*$")

_ELIDED_FROM = re.compile(r"(?<!\bearns)(?<!\bearn)(?<!\bstarts)(?<!\bstart)\s+from\s*$")

__all__ = [
    "parse_salary",
    "read_salaries",
    "salary_level",
    "statistic_of",
]


Statistic = Literal["range", "median", "average"]

# A bracketed figure closed, then a clause of its own (") and the Theatre Manager is …").
# (carry38: or a promotion's "…) to the rank of X in Level 10 (": the rank's figure next)
_BRACKET_THEN = re.compile(r"\)\s*,?\s*(?:(?:and|while|whereas|but)\s"
                           r"|to\s+the\s+(?:rank|post|grade)\s+of\s)")

_LEVELS = re.compile(r"\b(entry|junior|starting|graduate|mid|senior|top|lead)\b", re.IGNORECASE)
_LEVEL_NAMES = {"junior": "entry", "starting": "entry", "graduate": "entry"}
_FILLER = re.compile(r"US\$|USD|per year|a year|annually|[^A-Za-z]+", re.IGNORECASE)

_CURRENCY_REGIONS = {"USD": "US", "GBP": "UK", "CAD": "Canada", "AUD": "Australia",
                     "INR": "India", "EUR": "Europe", "SGD": "Singapore", "JPY": "Japan",
                     "CHF": "Switzerland", "NZD": "New Zealand"}


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


def statistic_of(*texts: str) -> Statistic:
    """``median`` or ``average`` when a label says so, else ``range``.

    >>> statistic_of("Global Median"), statistic_of("Average US Salary"), statistic_of("Range")
    ('median', 'average', 'range')
    """
    lowered = " ".join(texts).lower()
    if "median" in lowered or re.search(r"\bp50\b|\b50th percentile\b", lowered):
        return "median"  # (rules49a) a survey's "P50" column
    if "average" in lowered or re.search(r"\bmean\b|\bavg\b", lowered):
        return "average"
    return "range"


def read_salaries(
    text: str, *, label: str, level: str | None, source: Source, bare: bool = False,
    role: str | None = None, role_before: Callable[[str], str | None] | None = None,
    currency: str | None = None, period: str | None = None, dollar: str = "USD",
    speaker: Callable[[str], str | None] | None = None,
    row_title: Callable[[str], str | None] | None = None,
    role_after: Callable[[str], str | None] | None = None, home: str = "USD",
) -> list[SalaryRange]:
    """Every salary stated on one line, as :class:`SalaryRange` objects.

    ``level``: the level the context names (a heading); otherwise each range's level comes
    from the words before it.  A single figure labelled median/average is that statistic.
    ``role_before(text before the figure)`` may name the role a figure is printed beside.
    ``currency``, ``period``, ``dollar``, ``home``: see :func:`find_amounts`.  ``speaker(clause)``
    names who a later figure's own clause is about ("…, and head lifeguards earn about $17"):
    after a clause break the figure is that title's, or the page role's when it names none.
    ``row_title(words)``: in a table flattened into one line ("Welder R12 900 R28 400
    Fitter R15 300 …"), the title the words between two figures end with ("" for the page's
    role; None for none): it owns the figures after it.  ``role_after(text after the
    figure)`` may name the role a figure is stated for after it ("$300,000+ for a CFO").

    >>> s = Source(file="g.txt", line=4)
    >>> [(r.region, r.currency, r.min, r.max) for r in read_salaries(
    ...     "UK £70k–£90k; Germany €80,000 to €100,000", label="Senior", level="senior",
    ...     source=s)]
    [('UK', 'GBP', 70000, 90000), ('Germany', 'EUR', 80000, 100000)]
    >>> r = read_salaries("Global Median: $160,000", label="Salaries", level=None, source=s)[0]
    >>> (r.statistic, r.min, r.max)
    ('median', 160000, 160000)
    """
    amounts = _low_middle_high(text, find_amounts(
        text, bare=bare, currency=currency, period=period, dollar=dollar, home=home))
    out: list[SalaryRange] = []
    several = len(amounts) > 1
    # "USD $79,000 GBP £33,500 cad $71,000": one figure a country, named by its currency.
    by_currency = several and len({m.currency for m in amounts}) == len(amounts)
    owner = role
    if owner is None and amounts and amounts[0].start > 0 and (
            grade := stage_owner(text[: amounts[0].start])) is not None:
        owner = grade  # "FY1  1  £38,200" on a specialty's pathway: the foundation doctor's
    previous = 0
    # "Level Salary Range Job Titles …": the pay column comes before the title column, so
    # a row's title follows its figure ("Leadership SGD 10,500+ Design Director 15+").
    after_titles = row_title is not None and len(amounts) >= _ROW_FIGURES and (
        _TITLES_AFTER.search(text, 0, amounts[0].start) is not None)
    learner: str | None = None
    for number, money in enumerate(amounts):
        gap, previous = text[previous : money.start], money.end
        learner = learner_level(gap, learner)
        if speaker is not None and money.start > 0 and _CLAUSE_BREAK.search(gap):
            owner = speaker(gap)
        elif speaker is not None and money.start > 0 and ", the " in gap and (
                listed := _THE_NEXT_EARNS.search(gap)) is not None and (
                number > 0 or _ELIDED_FROM.search(listed.group("clause")) is None):
            # (rules41c) "the X starts from 2 200 Ft/óra, the Senior Y earns 3 300 Ft/óra, the
            # Z bruttó 680 000 Ft/hó": each "the …" clause after a comma names its own
            # (rules46a: "the Y from …" after an earlier figure, its verb elided, read as "the
            # Y earns from …"; "For comparison, the X scale runs from …" is no such clause)
            owner = speaker(_ELIDED_FROM.sub(" earns from", listed.group("clause")))
        elif speaker is not None and number > 0 and ", the " in gap and (
                elided := _THE_NEXT_BARE.search(text, 0, money.start)) is not None and (
                elided.start("clause") >= money.start - len(gap)):
            owner = speaker(f"{elided.group('clause')} earns ")  # (fixes95) its verb left out
        elif speaker is not None and gap[:1] == ")" and _BRACKET_THEN.match(gap):
            # "… are Band 7 (£47,810 - £54,710) and the Theatre Manager is Band 8a (£…)": the
            # clause after the bracketed figure names the next figure's title
            owner = speaker(gap[1:])
        elif speaker is not None and "(" in gap:
            # "$41,500 (deck hands start near $30,000)": an aside about another title.
            aside = speaker(gap[gap.rfind("(") :])
            # (rules41c) "An Assistant Curate … (curates' stipend £…)": the aside's head noun
            # of the sentence's own title names that title
            owner = owner if aside and owner and owner.lower().endswith(
                " " + aside.lower()) else aside or owner
        if after_titles and row_title is not None:
            stop = amounts[number + 1].start if number + 1 < len(amounts) else len(text)
            titled = row_title(_DIGIT.split(text[money.end : stop], maxsplit=1)[0])
            owner = titled or None  # ("" and None: the page's role)
        elif row_title is not None and len(amounts) >= _ROW_FIGURES and _LETTER.search(gap):
            titled = row_title(gap)
            if titled is not None:
                owner = titled or None
        if money.low is not None and money.high is not None and money.low > money.high:
            continue
        if money.high is None and money.open_ended and money.low is not None and (
                _GUARANTEED.search(f"{label} {text[: money.start]}")):
            # "Earnings guarantee: at least $18.25 per active hour": the guaranteed rate is
            # what the worker is paid an hour, a point, not the floor of a band
            money = replace(money, high=money.low, open_ended=False)
        residual = _FILLER.sub(" ", text[: money.start] + " " + text[money.end :]).strip()
        point = money.low is not None and money.low == money.high and not money.open_ended
        statistic = statistic_of(label, money.prefix) if point else "range"
        own = salary_level(money.prefix) if several else None
        beside = role_before(text[: money.start]) if role_before is not None else None
        if beside is None and role_after is not None:
            beside = role_after(text[money.end :])
        grade = grade_aside(text[money.end:money.end + _GRADE_SPAN]) if (
            text[money.end:money.end + 3].lstrip()[:1] == "(") else grade_lead(
            text[max(0, money.start - _GRADE_SPAN):money.start])
        out.append(SalaryRange(
            level=grade or own or learner or level or salary_level(money.prefix),
            label=label, currency=money.currency, min=money.low, max=money.high,
            open_ended=money.open_ended, period=money.period,
            note=clean(text) if residual else None, statistic=statistic,
            region=money.region or (_CURRENCY_REGIONS.get(money.currency) if by_currency
                                    else None),
            role=beside or owner, source=source,
        ))
    return out


# (real47) the words between a band and a third figure that go on with it: "$25,000 to
# $40,000 to $80,000", a career encyclopedia's lowest, middle and highest pay
_CHAIN_TO = re.compile(r"\s*(?:to|-|–|—)\s*")


def _low_middle_high(text: str, amounts: list[Money]) -> list[Money]:
    """``amounts`` with a chain of three rising figures ("$25,000 to $40,000 to $80,000",
    found as a band and a lone figure) read as its band (the lowest to the highest) and its
    middle figure, the median, after it."""
    if len(amounts) < 2 or ("to" not in text and "-" not in text and "–" not in text):
        return amounts
    out: list[Money] = []
    at = 0
    while at < len(amounts):
        band = amounts[at]
        top = amounts[at + 1] if at + 1 < len(amounts) else None
        if (top is not None and band.low is not None and band.high is not None
                and band.low < band.high and top.low is not None and top.low == top.high
                and not band.open_ended and top.currency == band.currency
                and top.period == band.period and top.low > band.high
                and _CHAIN_TO.fullmatch(text[band.end:top.start]) is not None):
            out.append(replace(band, high=top.low, end=top.end, open_ended=top.open_ended))
            out.append(replace(band, low=band.high, open_ended=False, start=top.end,
                               end=top.end, prefix=f"{band.prefix} median"))
            at += 2
            continue
        out.append(band)
        at += 1
    return out


# A learner a figure's sentence names before it ("First-year apprentices start on £8.00/hr"):
# the figure is the role's pay at that learner level.
_LEARNER = re.compile(r"\b(apprentice|trainee|intern|cadet)s?\b(?![-\w])", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# The words between two figures of one learner's stages ("£8.00/hr, third year £11.40",
# "rising to £12.71 after 6 months"): the same learner's pay.
_STAGE_GAP = re.compile(r"^(?:[\W\d]|\b(?:and|then|rising|rises|to|after|in|the|by|first|"
                        r"second|third|fourth|fifth|final|last|years?|yrs?|stage|months?|"
                        r"mths|st|nd|rd|th|an?|per|hr|hour|h|p|pa|wk|week|day|annum)\b)*$",
                        re.IGNORECASE)  # (and the first figure's period: "/hr", "an hour")


def learner_level(gap: str, before: str | None) -> str | None:
    """The learner level of a figure: the last learner its sentence names in ``gap`` (the
    text since the previous figure), or ``before`` (the previous figure's) when the gap
    only names a stage; else None.

    >>> learner_level("First-year apprentices start on ", None)
    'Apprentice'
    >>> learner_level("/hr, third year ", "Apprentice")
    'Apprentice'
    >>> learner_level(", qualified painters ", "Apprentice") is None
    True
    >>> learner_level("Apprentices come and go. Painters earn ", None) is None
    True
    """
    sentence = _SENTENCE_BREAK.split(gap)[-1]
    found = _LEARNER.findall(sentence)
    if found:
        return str(found[-1]).capitalize()
    if before is not None and len(_SENTENCE_BREAK.split(gap)) == 1 and _STAGE_GAP.match(gap):
        return before
    return None


_GRADE_SPAN = 24  # characters of a grade's bracket after a figure ("(APS Level 5)")
# A platform's guaranteed minimum an hour ("Earnings guarantee by city", "guaranteed at least").
_GUARANTEED = re.compile(r"\bguarantee[ds]?\b", re.IGNORECASE)

_ROW_FIGURES = 3  # a line with this many figures is a flattened table row
_TITLES_AFTER = re.compile(r"\b(?:salar\w*|pay|wages?)\b.*\b(?:job )?titles?\b", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")


def parse_salary(text: str, *, label: str, level: str | None, source: Source,
                 bare: bool = False) -> SalaryRange | None:
    """The first salary range in ``text``; None when there is no usable amount.

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
    found = read_salaries(text, label=label, level=level, source=source, bare=bare)
    return found[0] if found else None
