"""Salaries as a small grammar: amounts, ranges, open tops, periods, regions and statistics.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.memo import Memo
from careergraph.guides.notices import grade_aside, grade_lead
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.text import clean
from careergraph.guides.training_stages import stage_owner
from careergraph.model import SalaryRange, Source, money_amount

__all__ = [
    "Money",
    "column_terms",
    "comma_decimal",
    "compared_clause",
    "family_title",
    "figure_titles",
    "find_amounts",
    "find_money",
    "is_addition",
    "is_not_pay",
    "joined_extremes",
    "label_period",
    "labelled_band",
    "lower_plural_title",
    "membership_grade",
    "named_dollars",
    "page_currency",
    "page_dollar",
    "page_period",
    "page_rupee",
    "parse_salary",
    "pay_label_title",
    "price_heading",
    "quoted_by_month",
    "read_salaries",
    "running_scale",
    "salary_level",
    "stated_for",
    "stated_owners",
    "statistic_of",
    "timed_money",
]

Statistic = Literal["range", "median", "average"]

_SYMBOLS = {
    "US$": "USD", "R$": "BRL", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "S$": "SGD", "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "¥": "JPY", "R": "ZAR", "₦": "NGN", "N": "NGN", "₱": "PHP", "Php": "PHP",
    "Ksh": "KES", "KSh": "KES", "Kshs": "KES", "KShs": "KES", "RM": "MYR",
    "Tk.": "BDT", "Tk": "BDT", "৳": "BDT", "S/": "PEN", "S/.": "PEN",
    "J$": "JMD", "TT$": "TTD", "NT$": "TWD", "EC$": "XCD",
    "円": "JPY", "yen": "JPY",  # (after the figure: "1,180 yen", "369.1万円")
    "₩": "KRW", "won": "KRW", "원": "KRW",  # (after the figure: "2,721,000 won", "3,400만원")
}
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "INR", "SGD", "CHF", "JPY", "NZD", "ZAR", "HKD",
          "AED", "SEK", "NOK", "DKK", "MXN", "BRL", "CNY", "KES", "NGN", "PHP", "SAR", "QAR",
          "MYR", "PKR", "BDT", "PEN", "LKR", "NPR", "JMD", "TTD", "TWD", "XCD", "PLN", "KRW")
# The rand's "R" counts only glued to a figure ("R4 500"), never a word's letter or a lone R.
_CUR = (r"US\$|R\$|CA\$|AU\$|NZ\$|HK\$|TT\$|NT\$|EC\$|C\$|A\$|S\$|J\$|\$|€|£|₹|¥|₦|₱|৳|₩"
        r"|Rs\.?(?=\s?\d)|(?<![\w&])R(?=\d)"
        # The taka's "Tk" and the sol's "S/" count only before a figure ("Tk. 16,000", "S/ 2,840").
        r"|(?<![\w&])(?:Tk\.?|S/\.?)(?=\s?\d)"
        # Shillings, pesos and ringgit written as words glued to or spaced from a figure
        # ("Ksh 31,270", "Ksh.27,100", "Php 21,500", "RM3,500"), never a word's letters.
        r"|(?<![\w&])(?:K[Ss]hs?|Php|RM)\.?(?=\s?\d)"
        # The naira's "N" likewise, glued to a figure with a thousands group or a scale
        # ("N185,000", "N1.2 million"), never "N95" masks or "Level N3".
        r"|(?<![\w&])N(?=\d{1,3}(?:,\d{3}|\.\d+\s?million))|"
        + "|".join(_CODES))
# A code written before a symbol names the symbol's currency ("AUD $105,000", "cad $82,000"):
# looked for behind a matched symbol, not at every position of every line.
# (a whole word: "makes $18.60" is no shillings)
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:" + "|".join(_CODES) + r")\s?$|\bUS\s$")
_NUM = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (r"[kK](?![A-Za-z])|thousand\b|[Ll]akhs?\b|LAKHS?\b|lacs?\b|LPA\b|L(?![A-Za-z])"
          r"|[Cc]rores?\b|CRORES?\b"
          r"|[Cc]r\b|million\b|billion\b|trillion\b|bn\b|mn\b|[mMbB](?![A-Za-z])"
          # (Japanese and Korean ten thousands, only before the yen's or won's sign:
          # "369.1万円", "3,400만원", "3,400만 원")
          r"|万(?=円)|만(?=\s?원)")
_AMOUNT = re.compile(
    rf"(?P<pre>{_CUR})?\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?(?P<plus>\+(?!\d))?"
    # A code after an amount is its currency unless it opens the next one ("… AUD $105,000").
    rf"(?:\s?(?P<post>{'|'.join(_CODES)}|€|£|円|yen\b|won\b|원)(?![a-z])(?![A-Z](?![a-z]))(?!\s?[$€£₹¥\d]))?"
)
# How far before its figure an amount can start: the longest currency ``pre`` ("KShs.") and
# one space.  ``pre`` holds no digit, so the figure is the first digit after the start.
_PRE_REACH = 8
# A range's ends may each carry a one-word label ("£24,000 Starter to £43,000 Experienced").
_DIGIT = re.compile(r"\d")
# A pay scale's three figures, start-increment-maximum, are joined by bare dashes.
_STEP = re.compile(r"\s?[-–]\s?(?=\S?\s?\d)")
# A running (incremental) scale: "Rs. 31,040 - 10 x 445 - 11 x 660 - 60,550" is the band
# from the first to the last figure, each "n x step" between them n yearly increments; two
# segments may be printed glued ("10 x 73010 x 1,050"), which backtracking still reads.
_RUNNING = re.compile(r"\s?[-–](?:\s?[-–]?\s?\d{1,2}\s?[x×]\s?\d[\d,]*(?:\.\d+)?)+"
                      r"\s?[-–]\s?(?P<over>)")
# (?=[…]): what a match can start with, one test per position before the alternatives.
_CURRENCY = re.compile(rf"(?=[A-Z$€£₹¥₦₱৳₩lcyw円원\d])"
                       rf"(?:{_CUR}|[Ll]akh|LAKH|lac\b|LPA|[Cc]rore|CRORE|\d\s?L\b|円|yen\b"
                       r"|\bwon\b|원)")
_SPLIT_GROUP = re.compile(r"(?=[$€£₹₱KPR])"
                          r"((?:[$€£₹₱]|(?<![\w&])(?:K[Ss]hs?|Php|RM)\.?)\s?\d{1,3}),\s(\d{3})"
                          r"(?![\d,])")
# Thousands grouped by spaces after a currency ("R4 500", "R1 250 000", "CHF 48 000"): only
# behind a currency, so that "Level 2 110,000" stays two numbers.
_SPACED = re.compile(r"(?=[R$€£CZESND])"
                     r"(?:(?<![\w&])R|[$€£]|\b(?:CHF|ZAR|EUR|SEK|NOK|DKK))\s?\d{1,3}"
                     r"(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)")
# French notation, the sign after the figure: thousands grouped by spaces and a decimal comma
# ("1 802 €", "66 840 $", "38,76 $").  Only a figure with the sign right behind it, so that
# "Level 2 110,000" or "1,350 hours" stay as written.
_SIGN_AFTER = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{2}|\d+)"
                         r"[ \u00a0\u202f]?(?P<sign>[€$])(?![ \u00a0\u202f]?\d)")


# Pre-decimal British pay, pounds and shillings ("£3 10s a week", "£4 2s. 6d."): twenty
# shillings a pound, twelve pence a shilling.
_SHILLINGS = re.compile(r"£(\d{1,3})\s(1?\d)s\.?(?:\s?(\d{1,2})d\.?)?(?=[\s,;)]|$)")


def _decimal_pounds(match: re.Match[str]) -> str:
    """``£3 10s`` as ``£3.50 ``: the shillings and pence as a decimal part, padded behind so
    that offsets stay.

    >>> _decimal_pounds(_SHILLINGS.search("for £3 10s a week"))
    '£3.50 '
    """
    pence = int(match.group(2)) * 12 + int(match.group(3) or 0)
    figure = f"£{int(match.group(1)) + pence / 240:.2f}"
    return figure.ljust(len(match.group()))


def _sign_first(match: re.Match[str]) -> str:
    """``1 802 €`` as ``  €1802``: the sign moves before the figure, the decimal comma becomes
    a point and the padding goes in front (offsets stay; what follows stays glued)."""
    digits = match.group(1).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    figure = match.group("sign") + comma_decimal(digits)
    return figure.rjust(len(match.group()))


def comma_decimal(figure: str) -> str:
    """``figure`` written with a decimal comma and point-grouped thousands (Brazilian, German,
    French after its spaces are gone) as a plain number: the points go, the comma becomes
    the decimal point.  The one reading of that notation (prose amounts and portal grids).

    >>> comma_decimal("7.184,36"), comma_decimal("35,04"), comma_decimal("1802")
    ('7184.36', '35.04', '1802')
    """
    return figure.replace(".", "").replace(",", ".")


# Brazilian notation behind the real's sign: thousands grouped by points and a decimal comma
# ("R$ 7.184,36", "R$ 35,04"), which a browser's translator leaves as printed.  Only behind
# "R$", so that "$1.500" or "1,350 hours" elsewhere stay as written.
_REAL = re.compile(r"(?<![\w&])R\$(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})(?![\d.,]\d)")
# The same notation behind the euro's sign, glued to a word or not, or before "euro(s)"
# ("€ 1.682,50", "Lombardy€ 28.600", "€ 13,33", "28.000 euros": Italian, Spanish, German and
# Dutch pages and their translations): a point before exactly three digits groups thousands,
# never a decimal in a euro amount; a scale after the figure ("€1.250 million") keeps it.
_EURO_POINT = re.compile(
    r"(?:(?<![\d.,&])€(\s?)(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+,\d{1,2})"
    r"|(?<![\d,.])()(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)"
    # (the lower end of a range before the currency word: "between 1.450 and 1.900 euros")
    r"(?=(?:\s?(?:-|–|to|and)\s?\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?)?\s?(?:euros?\b|EUR\b|€)))"
    r"(?![\d.,]\d|\d)(?!\s?(?:[kKmMbB]\b|million|billion|bn\b|mn\b))")


def _real_point(match: re.Match[str]) -> str:
    """``R$ 7.184,36`` as ``  R$ 7184.36``: the points go, the comma becomes the decimal point
    and the padding goes in front (offsets after the figure stay)."""
    return ("R$" + match.group(1) + comma_decimal(match.group(2))).rjust(len(match.group()))


def _euro_point(match: re.Match[str]) -> str:
    """``€ 1.682,50`` as `` € 1682.50`` and ``28.000`` (before "euros") as ``€28000``, padded
    in front like :func:`_real_point`: the sign put before a figure read in that notation
    names its currency (a bare "682 euros" stays as written)."""
    if match.group(2) is not None:
        figure = "€" + match.group(1) + comma_decimal(match.group(2))
    else:
        figure = "€" + comma_decimal(match.group(4))
    return figure.rjust(len(match.group()))


# Polish notation, the złoty's sign after the figure: thousands grouped by spaces and a
# decimal comma ("5 420 zł", "4 480,00 zł", "28,50 zł", "6 110 PLN"), glued to a word before
# it or not ("Masovian6 110 zł"); and a decimal comma before a scale behind the code ("PLN
# 8,4 thousand").  A browser's translator leaves both as printed.
_ZLOTY = re.compile(r"(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?|\d+,\d{1,2}|\d+)"
                    r"[ \u00a0\u202f]?(?:zł|PLN\b)(?![ \u00a0\u202f]?\d)"
                    r"|(?<![\w&])PLN(\s?)(\d+),(\d)(?=\s?(?:thousand\b|k\b))")


def _zloty_first(match: re.Match[str]) -> str:
    """``5 420 zł`` as ``5420PLN `` and ``PLN 8,4 thousand`` as ``PLN 8.4 thousand``: the
    code glued after the figure, the decimal comma a point, padded behind (the figure starts
    where it did, so that the words before it stay whole; offsets stay)."""
    if match.group(1) is None:
        return f"PLN{match.group(2)}{match.group(3)}.{match.group(4)}"
    digits = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
    return (comma_decimal(digits) + "PLN").ljust(len(match.group()))


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
# A dash read through the wrong code page ("52,000β€”98,000") still joins a range.
_JOIN = re.compile(r"(?:\s+[A-Z][a-z]+)?\s*(?:-|–|—|~|〜|to|ris(?:es|ing)\s+to"
                   r"|and(?:\s+(?:tops?|maxes|peaks)\s+out"
                   # "starts at $64,200 and tops out at $97,800": one band
                   r"\s+(?:at|near|around|about)|\s+ris(?:es|ing)\s+to)?|until|β€[”“]|â€[”“])\s*"
                   r"(?P<over>over\s+|more than\s+)?")
_PERIOD_JOIN = re.compile(r"\s(?P<per>(?:per|a) (?:month|year|week|day|hour|annum))\s*"
                          r"(?:\([^()]{1,30}\)\s*)?"  # "… per month (minimum salary) to …"
                          r"(?:-|–|—|to)\s*(?P<over>)")
_ASIDE_JOIN = re.compile(r"\s+(?:at\s+the\s+(?:bottom|low\s+end|lower\s+end|lowest\s+end|start)|"
                         r"\([^()\d]{1,40}\))\s*(?:-|–|—|to)\s*(?P<over>)")
# A scale's ends each with its rung in a bracket ("NZ$68,400 (step 1) to NZ$92,100 (step 7)"):
# one band, with no "from" before it.
_RUNG_ASIDE_JOIN = re.compile(r"\s*\((?i:step|grade|band|level|pay point|spine point|point|"
                              r"tier|rung)\s+[A-Z]?\d{1,2}[a-z]?\)\s*(?:-|–|—|to)\s*(?P<over>)")
_RANGE_FROM = re.compile(r"\b(?:from|between)\s*$")
# "entry-level posts start from € 21.450" (a translated "start at") is the starting pay, a
# point (a rung's "from X at the 2nd level to Y" is `_RUNG_TO`'s).
_START_FROM = re.compile(r"\bstart(?:s|ing)?\s+from$")
# A band's ends each after a one-word label ("Starter £12,000 (part-time) to Experienced
# £27,000", a careers service's summary): the label before the first end, then the join.
_LABEL_BEFORE = re.compile(r"(?:^|[\s.:;(])(?:Starter|Starting|Entry|Entry-level|New|Newly|"
                           r"Trainee|Junior|Beginner|Minimum|Min)(?:\s+(?:salary|pay))?\s*$")
_STARTER_BAND = re.compile(r"\b(?:Starter|Starting|Entry|Entry-level|New|Trainee|Junior|Beginner)"
                           r"(?:\s+(?:salary|pay))?\s+\S{0,4}\d[\d,.]*[kK]?\s*(?:\([^()\d]{1,40}\)\s*)?"
                           r"to\s+(?:Experienced|Senior|Highly experienced|Top)\b")


def labelled_band(text: str) -> bool:
    """Whether ``text`` states a band by its ends' labels, with no word of pay around it.

    >>> labelled_band("Starter £12,000 (part-time) to Experienced £27,000.")
    True
    >>> labelled_band("From 12 to 27 stops a day.")
    False
    """
    return _STARTER_BAND.search(text) is not None


_LABELLED_TO = re.compile(r"\s*(?:\([^()\d]{1,40}\)\s*)?to\s+(?:Experienced|Senior|Highly "
                          r"experienced|Maximum|Max|Top)(?:\s+(?:salary|pay))?\s+(?P<over>)")
_FROM_REACH = 8  # "from " then a currency before the figure
# What an amount counts when it is not money ("6,900 employees", "3,310+ JOBS").
_COUNTED = re.compile(r"\+?\s*(?:new\s+|open\s+)?(?:employees|jobs?|openings|vacancies|positions|"
                      r"people|workers|members|students|graduates|listings|postings|hires|hours|"
                      # a survey's or a calculator's base ("1,306 adverts", "412 responses")
                      r"adverts|advertisements|ads|respondents|responses|submissions|"
                      # a round's or a leaflet drop's count ("Leaflet 1,000 houses")
                      r"houses|homes|households|customers)(?![a-z])",
                      re.IGNORECASE)
# A label that counts ("Employment (2022) 33,400", "Projected job openings … 3,000").
_COUNT_LABEL = re.compile(r"\b(?:employment|openings?|jobs?|vacancies|number of|headcount|"
                          r"employees|workforce)\b", re.IGNORECASE)
# Money that is not pay: fees (not a "daily fee" for one's time), bonuses, incentives.
_NOT_PAY = re.compile(r"\b(?:(?<!daily )(?<!day )(?<!hourly )fees?|tuition|course|bonus(?:es)?|"
                      r"incentives?|commission|"
                      r"scholarships?|loans?|costs|costing|priced|premium|fringes?|"
                      # "the exams cost roughly 95,000": the verb, not "the cost of living"
                      r"cost(?=\s+(?:about|around|roughly|approximately|nearly|almost|just|"
                      r"up to|from|between|over|under|[$€£₹¥]?\d))|"
                      # (a pay scale's "salary guidelines" state pay: "salary guidelines
                      # (Level 5, No. 1 salary base monthly 2,721,000 won)")
                      r"over-?scale|on top|funding|(?<!salary )(?<!pay )guidelines?|"
                      r"service charges?|"
                      # a body's benchmark in prose ("the ministry's benchmark suggests AED
                      # 5,000"), not a pay formula's labelled one ("Role benchmark, X ....
                      # $84,000", "SF Benchmark (X, Intermediate): $128,000": the role's point)
                      r"benchmarks?(?![^.;:$€£\d]{0,60}?(?::|\.{3,})\s*\S{0,4}(?:\d|$))|"
                      # "Shift differential (evenings $2.00 …)": an add-on to the base rate
                      r"differentials?|reimburse\w*|"
                      # a licence's "annual renewal $60" (a regulator's fee line)
                      r"renewals?|"
                      # (held-back set 19) tips and tronc on top of a base rate: "tips add
                      # about $4-6/hr", "+ tips (~$2/hr)", "tronc adds maybe £1/hr"
                      r"tips(?=\s+(?:adds?|average|come to|bring)\b|\s*\()|tronc"
                      r"|gratuit(?:y|ies))\b"
                      # ("Loan officers earn", "course leaders": a title, not a loan or a course)
                      r"(?!\s+(?:officers?|advisers?|advisors?|processors?|underwriters?|"
                      r"managers?|leaders?|directors?|coordinators?|tutors?|agents?|clerks?|"
                      r"analysts?|specialists?|consultants?)\b)"
                     r"|\b(?:can|could|may|will|would) add\b"
                     # "Top people can clear $100k+": a top earner's boast, one-sided
                     r"|\b(?:can|could) clear\b", re.IGNORECASE)
# Pay for the time of a course ("salary during the course", "pay while training"): a word of
# the course before it names no fee.
_PAID_DURING = re.compile(r"\b(?:salary|pay|wages?|remuneration)\s+(?:during|while|for)\s+"
                          r"(?:the\s+)?(?:course|training)\b", re.IGNORECASE)
# Additions named just before their figure ("medical allowance: Tk 1,500", "an annual increment
# of Rs. 1,250", "gratuity of AED 5,000"): only close by, for the take-home pay that follows a
# list of allowances is pay.
_ADDITION = re.compile(r"\b(?:increments?|allowances?|gratuity|supplements?|weighting|overtime|"
                       r"on[- ]call|per[- ]diems?)\b"
                       r"[^.;]{0,24}$", re.IGNORECASE)
# Money for being on call or for unsocial hours, not for the job ("On-call stipends averaged
# $9,800", "on-call for alarms is paid at £18 per night", "an enhancement of £2,000").
_ON_CALL = re.compile(r"\b(?:on[- ]call|standby|enhancements?)\b[^.;]{0,48}$", re.IGNORECASE)
# A price per piece of work is a piece rate, not pay for a period ("$3.60 a head", "Rs 900
# per design"): a unit right after the figure that is no stretch of time says so.
_PIECE = re.compile(r"\s*(?:a|an|per|for each|each)\s+(?!(?:hour|hr|day|week|fortnight|month|"
                    r"year|annum|shift|night|cent|percent)(?-i:s?(?![a-z])))"
                    r"(?![a-z]+\s+day\b)"  # ("per education day": a day rate)
                    # ("per active hour", "per engaged hour": a gig's hour on a job)
                    r"(?![a-z]+\s+hours?\b)"
                    # ("per interpreter per day": a worker's day rate)
                    r"(?![a-z]+\s+(?:per|an?)\s+(?:hour|day|shift|week|month|year)\b)"
                    r"[a-z]{3,}\b(?![-'])"
                    # a price said in passing: "Setups at our shop are £65 each, but …"
                    r"|\s*each(?=\s*[,.;!?)]|\s+(?:but|and|or|so)\b)"
                    # "From $95 / session", "$35/walk": a price per service, not per time
                    r"|\s*/\s?(?!(?:hour|hrs?|day|week|fortnight|month|mth|year|annum|ann|shift|"
                    r"night)s?(?![a-z]))[a-z]{3,}\b",
                    re.IGNORECASE)
# A day named by what is done in it ("$650 per education day", "per teaching day").
_NAMED_DAY = re.compile(r"\s*(?:a|per)\s+[a-z]+\s+day\b", re.IGNORECASE)
# An hour named by what is counted in it ("$18.25 per active hour", "an engaged hour").
_NAMED_HOUR = re.compile(r"\s*(?:an?|per)\s+[a-z]+\s+hour\b", re.IGNORECASE)
# A figure multiplied by factors in a printed formula ("$84,000 × 1.18 × 0.90 = $89,208").
_FORMULA_OPERAND = re.compile(r"\s*[×*]\s*\d")
# A figure signed as an increment ("+$1 to +$4 per order", "+€2 at night"): added to pay.
_SIGNED = re.compile(r"(?<![\w+])\+$")
# A word for money that is no pay, added to the figure before it ("$82,000 a year plus retail
# commission, and directors $92,000"): it names that figure's extra, not the next figure.
_ADDED_TO_FIGURE = re.compile(r"\d[\d,.]*[kK]?(?:\s+(?:a|an|per)\s+\w+)?\s+(?:plus|\+)\s+"
                              r"(?:\w+\s+){0,2}$")
# One tail of a distribution: "the top 10%", "lowest 10 percent", "90th percentile".
_PERCENTILE = re.compile(r"\b(?:top|bottom|highest|lowest|upper|lower)(?:\s+paid)?\s+"
                         r"(?:\d{1,2}|ten|five|twenty|twenty-five)\s*(?:%|per\s?cent)"
                         # a job-information page's quartiles: "Lower (25%) 39 million won"
                         r"|\b(?:[Uu]pper|[Ll]ower|[Tt]op|[Bb]ottom)\s?\(\d{1,2}\s?%\)"
                         r"|\b\d{1,2}(?:st|nd|rd|th)\s+percentile"
                         # "25% of the best paid earn more than …" (a translated quartile)
                         r"|\b\d{1,2}\s*(?:%|per\s?cent)\s+of\s+(?:the\s+)?(?:best|worst|top|bottom|"
                         r"highest|lowest|least|most|better|lower)[- ]?(?:paid|earning|earners)\b"
                         r"|\b\d\s+in\s+\d{1,2}\b"
                         # "one … in four is paid under", "a quarter of them", "three quarters"
                         r"|\bin (?:four|five|ten)\b|\b(?:a quarter|three quarters)\b",
                         re.IGNORECASE)  # "3 in 4 … earn more than"
# One tail named right after its figure ("$29,880 for the lowest-paid tenth", "$44,700 among
# the top 10 percent"): that end of a distribution, no pay band.
_TAIL_AFTER = re.compile(r"\s*(?:for|among|of|in)\s+the\s+(?:top|bottom|highest|lowest|upper|"
                         r"lower)(?:[- ]paid|[- ]earning)?\s+(?:tenth|quarter|fifth|"
                         r"(?:\d{1,2}|ten|twenty-five)\s*(?:%|per\s?cent))", re.IGNORECASE)
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
_MILLION_PAY = re.compile(r"\s*(?:(?:-|–|—|to)\s*\S*\s?\d[\d.,]*\s?million\s*)?"
                          r"(?:(?:per|a|an)\s+(?:month|year|annum)\b|monthly\b|annually\b)",
                          re.IGNORECASE)
_HEDGED_FLOOR = re.compile(r"\b(?:sometimes|well|even|considerably|far|often)\s+(?:over|above|"
                           r"more than|in excess of)\s*$", re.IGNORECASE)
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
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000,
                "lac": 100_000, "lacs": 100_000, "lpa": 100_000, "l": 100_000,
                "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000,
                "million": 1_000_000,  # (a million is read only as pay: see _MILLION_PAY)
                "万": 10_000, "만": 10_000}
_BIG = frozenset({"million", "billion", "trillion", "bn", "mn", "m", "b"})
# Japanese pay is told in millions of yen ("4.023 million yen" a year), Korean pay in millions
# of won ("47.5 million won"): a few millions of either are pay with no period after them (a
# firm's sales run to hundreds of millions or billions).  The ceiling is in millions.
_FEW_MILLIONS = {"yen": 30, "円": 30, "won": 300, "원": 300}


def _yen_millions(amount: re.Match[str]) -> bool:
    """A few million yen or won ("4.023 million yen", "47.5 million won"): pay, where other
    millions need a period."""
    ceiling = _FEW_MILLIONS.get((amount.group("post") or "").lower())
    return (amount.group("scale") == "million" and ceiling is not None
            and float(amount.group("num").replace(",", "")) < ceiling)


def _won_band(text: str, first: re.Match[str]) -> bool:
    """True when ``first`` ("34 million") is the low end of a band whose top is a few
    million yen or won ("34 million to 41 million won"): the currency after the top is both's.

    >>> _won_band("34 million to 41 million won", _AMOUNT.match("34 million"))
    True
    """
    join = _JOIN.match(text, first.end())
    second = _AMOUNT.match(text, join.end()) if join is not None else None
    return second is not None and _scale(first) == "million" and _yen_millions(second)


def _ten_thousands(first: re.Match[str], second: re.Match[str]) -> float | None:
    """The low end of a Korean or Japanese band in ten thousands, as a translator renders
    "3,400~4,100만원": "3,400 to 41 million won", the 만 (万) of the top end belonging to both
    ends; None when the low end reads as written.

    >>> first = _AMOUNT.match("3,400"); second = _AMOUNT.match("41 million won")
    >>> _ten_thousands(first, second)
    34000000.0
    """
    if first.group("scale") or first.group("pre") or not _yen_millions(second):
        return None
    low = _value(first, "万")
    return low if _value(second, "million") / 10 <= low <= _value(second, "million") else None


_INDIAN = frozenset({"lakh", "lakhs", "lac", "lacs", "lpa", "l", "crore", "crores", "cr"})
_PERIODS = (
    ("per hour", "hour"), ("/hour", "hour"), ("/hr", "hour"), ("an hour", "hour"),
    ("hourly", "hour"), ("per month", "month"), ("/month", "month"), ("/mo", "month"),
    ("monthly", "month"), ("a month", "month"), ("per day", "day"), ("/day", "day"),
    ("daily", "day"), ("a day", "day"), ("per week", "week"), ("/week", "week"), ("a week", "week"),
    ("weekly", "week"), ("/wk", "week"), ("per annum", "year"), ("per year", "year"),
    ("a year", "year"), ("/year", "year"), ("/yr", "year"), ("annually", "year"),
    # a shift rate is a day's pay ("Rate: £210 a shift")
    ("a shift", "day"), ("per shift", "day"), ("/shift", "day"),
)
_LEVELS = re.compile(r"\b(entry|junior|starting|graduate|mid|senior|top|lead)\b", re.IGNORECASE)
_LEVEL_NAMES = {"junior": "entry", "starting": "entry", "graduate": "entry"}
_FILLER = re.compile(r"US\$|USD|per year|a year|annually|[^A-Za-z]+", re.IGNORECASE)
_SEGMENT_MARKS = "|;·•\t"
# A line states a few salaries; numbers beyond this many are not read (keeps input linear).
_MAX_CANDIDATES = 64
_REGIONS = (
    "United States", "United Kingdom", "USA", "US", "UK", "U.S.", "Europe", "EU", "Germany",
    "France", "Netherlands", "Ireland", "Spain", "India", "Canada", "Australia", "Singapore",
    "Japan", "Switzerland", "London", "New York", "San Francisco", "Seattle", "Bangalore",
    "Bengaluru", "Berlin", "Toronto", "Remote", "Global", "Worldwide", "North America", "APAC",
    "Latin America", "Asia",
)
_CURRENCY_REGIONS = {"USD": "US", "GBP": "UK", "CAD": "Canada", "AUD": "Australia",
                     "INR": "India", "EUR": "Europe", "SGD": "Singapore", "JPY": "Japan",
                     "CHF": "Switzerland", "NZD": "New Zealand"}
_REGION = re.compile(r"(?<![A-Za-z])(" + "|".join(re.escape(r) for r in _REGIONS)
                     + r")(?![A-Za-z])")


@dataclass(frozen=True)
class Money:
    """One salary range (or single figure) found in a text, with its offsets."""

    low: float | None  # an int when whole (see money_amount)
    high: float | None
    currency: str
    open_ended: bool
    period: str
    start: int
    end: int
    prefix: str  # the text of its segment before it (labels, region, level words)
    region: str | None
    labelled: bool = False  # a band whose ends are labelled ("$44,120 Min / … $66,180 Max")


def _scale(match: re.Match[str]) -> str:
    return (match.group("scale") or "").lower()


def _value(match: re.Match[str], scale: str) -> float:
    return float(match.group("num").replace(",", "")) * _MULTIPLIERS.get(scale, 1)


def _currency(match: re.Match[str], dollar: str = "USD") -> str | None:
    pre = match.group("pre")
    if pre and pre[:1] in "$€£₹¥₦":
        code = _CODE_BEFORE.search(match.string, max(0, match.start() - 4), match.start())
        if code is not None:
            named = code.group().strip().upper()  # "AUD $105,000": the code names the dollar
            return "USD" if named == "US" else named  # ("US $1,150" on a Jamaican page)
    raw = pre or match.group("post")
    if raw is None:
        return "INR" if _scale(match) in _INDIAN else None
    if raw.strip() == "$":
        return dollar
    raw = raw.strip().rstrip(".") if raw.strip() != "Rs." else raw.strip()
    return _SYMBOLS.get(raw, raw.upper())


def _is_year(match: re.Match[str]) -> bool:
    num = match.group("num")
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100


def _segment_start(text: str, start: int, floor: int) -> int:
    cut = floor
    for mark in _SEGMENT_MARKS:
        position = text.rfind(mark, floor, start)
        cut = max(cut, position + 1)
    return cut


# A period word before the figure in its clause ("the median hourly pay is around $44.60").
_PERIOD_BEFORE = re.compile(
    r"\b(hourly|weekly|monthly|daily|annual|yearly|day rates?)\b[^.;:$€£₹\d]*$", re.IGNORECASE)
# A period word right after the previous figure is that figure's ("$23.87 hourly, $49,650").
_TRAILING_PERIOD = re.compile(r"^\W*(?:hourly|weekly|monthly|daily|annual(?:ly)?|yearly)\b",
                              re.IGNORECASE)
_PERIOD_WORD = re.compile(r"\b(hourly|weekly|monthly|daily|annual|yearly)\b", re.IGNORECASE)
_PERIOD_WORDS = {"day rate": "day", "day rates": "day", "hourly": "hour", "weekly": "week",
                 "monthly": "month", "daily": "day", "annual": "year", "yearly": "year"}


def label_period(label: str) -> str | None:
    """The period a label or heading states for the figures under it, when it names one
    ("Weekly Earnings", "Hourly Wage"); None when it names none or several.

    >>> label_period("Weekly Earnings"), label_period("Hourly and annual pay")
    ('week', None)
    """
    found = {_PERIOD_WORDS[w.lower()] for w in _PERIOD_WORD.findall(label)}
    return found.pop() if len(found) == 1 else None


# A new clause after a figure ("$64,300, and hourly positions pay …"): a period word past it
# is the next clause's, not this figure's.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")


def _period(window: str, default: str | None = None, before: str = "") -> str | None:
    """The period stated after a figure (or before it in its clause), else ``default``.

    >>> _period(" a year, and the median hourly rate is "), _period(", and hourly jobs pay ")
    ('year', None)
    """
    if (clause := _NEXT_CLAUSE.search(window)) is not None:
        window = window[: clause.start()]
    lowered = window.lower().replace("/ ", "/")  # "$1,444 / week"
    # the first period named after the figure ("$41,600 to $58,900 a year, and the median
    # hourly rate is …": a year), whatever the list's order
    places = [(lowered.find(key), name) for key, name in _PERIODS if key in lowered]
    stated = min(places)[1] if places else None
    if stated is None and _NAMED_DAY.match(lowered):
        stated = "day"  # "per education day"
    if stated is None and _NAMED_HOUR.match(lowered):
        stated = "hour"  # "per active hour"
    if stated is None and before and (word := _PERIOD_BEFORE.search(before[-90:])):
        stated = _PERIOD_WORDS[word.group(1).lower()]
    return stated or default


# Pay this small is a rate per hour whatever the page forgot to say ("Wage Rate: $24.50 –
# $42.80"): no annual, monthly or weekly wage in these currencies is under this.
_OPEN_TOPS = ("or more", "and more", "and up", "or above", "and upwards", "or higher",
              "and above")
# Words after a figure that make it an addition to pay ("$4.00 per hour over scale").
# (a form's next field after a gap of spaces is no word about this figure: "Base rate: $31.40
# per hour      Shift differential: $2.25/hr")
_AFTER_NOT_PAY = re.compile(r"(?![^\S\n]{3}|[^\n]{1,16}?\S[^\S\n]{3})"
                            r"\s*(?:(?:a|an|per)\s+\w+\s+|/\s?\w+\s+)?(?:over[- ]scale|"
                            r"on top of|premium|in fringes?|bonus|"
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
_HOURLY_BELOW = 200
# "it went up to $236 a day": a rise to a new rate, one figure (not a band's top alone).
_RAISED = re.compile(r"\b(?:went|goes|go|gone|going|moved|moves|rose|jumped|was bumped)\s+up to$")
# A bare number alone in brackets after a title is a code ("Supervisor (4430) …").
_BRACKETED = re.compile(r"\(\s*$")
# An open top right after a figure ("$90k+", "… plus"), not a rise in per cent ("+32%"),
# nor an extra added to a fixed figure ("$78,000 plus overtime": the figure is a point).
# (what is added on top is no open top: "plus overtime", "RM1,700 + allowance")
_ADDED = (r"(?!\s*(?:an?\s+|the\s+)?(?:overtime|bonus(?:es)?|tips|commissions?|benefits|"
          r"allowances?|expenses|super(?:annuation)?)\b)")
# "from € 1.682,50 at the 2nd level to € 2.214,90 at the 5th level": a figure tied to a rung
# (level, grade, step, band, year) and then "to" another figure is that rung's pay, no floor.
_RUNG_TO = re.compile(r"\s+(?:at|in|for|on)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?"
                      r"[^.;:\d]{0,20}?\b(?:level|grade|step|band|scale|year|class|category|"
                      r"tier)\b[^.;:]{0,12}?\s+to\s+(?:about\s+)?"
                      r"\S{0,4}\s?\d", re.IGNORECASE)
_OPEN_AFTER = re.compile(rf"\s*(?:plus{_ADDED}|and above|\+(?!\d){_ADDED})", re.IGNORECASE)
# Currencies whose pay is quoted by the month (Philippine and Kenyan pay news, Gulf offers).
_MONTHLY_CURRENCIES = frozenset({"PHP", "KES", "SAR", "AED", "QAR", "MYR", "PKR", "BDT", "PEN",
                                 "MXN", "LKR", "NPR", "BRL", "PLN"})
_ASIDE_GAP = 24  # "… a month (around PHP 97,000": a bracketed conversion follows closely
_HOURLY_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "GBP", "EUR", "CHF"})
# A period phrase between a figure and its open top ("S$15,000 a month or more").
_PERIOD_PHRASE = re.compile(r"^\s*(?:(?:a|an|per)\s+(?:year|annum|month|week|day|hour)|/\s?\w+)",
                            re.IGNORECASE)


def _unspace(match: re.Match[str]) -> str:
    """``R4 500`` as ``R4500 ``: the group's spaces move behind it (offsets stay)."""
    figure = match.group()
    head = len(figure) - len(figure.lstrip("R$€£CHFZAEUSKNOD"))
    body = figure[head:]
    lead = body[: len(body) - len(body.lstrip())]
    digits = body.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    return figure[:head] + lead + digits + " " * (len(body) - len(lead) - len(digits))


def _region(prefix: str, after: str) -> str | None:
    found = _REGION.findall(prefix)
    if found:
        return str(found[-1]).rstrip(".")
    bracket = re.match(r"\s*\(([^)]{1,30})\)", after)
    if bracket:
        inner = _REGION.findall(bracket.group(1))
        if inner:
            return str(inner[0]).rstrip(".")
    return None


# A full stop ends a sentence; the dots of a leader ("Foreman ........ $38.85/hr") do not.
_STOP = re.compile(r"(?<!\.)\.\s(?!\.)")


def _sentence_start(text: str, segment: int, start: int) -> int:
    stop = text.rfind(". ", 0, start)
    if stop < 1 or text[stop - 1] != ".":
        return max(segment, stop + 1)
    stops = [m.end() - 1 for m in _STOP.finditer(text, 0, start)]  # a leader's dots
    return max(segment, stops[-1] if stops else 0)


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
        _NEXT_PRICE.fullmatch(gap) is not None and _PAY_NAMED.search(gap) is None)


# The gap between two prices of one list: the first's thing, then "and"/"or" ("… for a
# real-estate shoot and $1,200 to $3,000 for a day of inspection").
_NEXT_PRICE = re.compile(r"\s+for\s+(?:a|an|the|our|your|each)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}"
                         r",?\s+(?:and|or)\s+"
                         # "an armchair costs from 650 zł, a corner sofa from 1 800 zł"
                         r"|,\s+(?:a|an|the|each)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+"
                         r"(?:from|at|costs?|for)\s*")


@cache
def _money_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes money no pay by its words (``money_not_pay`` in ``data/headings.yaml``): a
    word after the figure ("$90K+ earned"), a phrase before it in its clause ("proof of
    funds", "income threshold"), a hyphened rate naming a thing ("$10-a-day program")."""
    words = word_lists("money_not_pay")
    nouns = phrase_alternation(words.get("rate_nouns", ())) or "(?!)"
    return (re.compile(rf"\s*\+?(?:\s*/\s?[a-z]{{1,5}}\b)?\s*"  # ("$3,460/yr Additional Pay")
                       rf"(?:{phrase_alternation(words.get('after', ())) or '(?!)'})(?![a-z])",
                       re.IGNORECASE),
            re.compile(rf"\b(?:{phrase_alternation(words.get('before', ())) or '(?!)'})\b",
                       re.IGNORECASE),
            re.compile(rf"-(?:a|an|per)-(?:hour|day|week|month|year)\s+(?!(?:{nouns})\b)[a-z]",
                       re.IGNORECASE))


_SCHEMES = phrase_alternation([*word_lists("title_frames").get("code_schemes", ()),
                               *word_lists("money_not_pay").get("code_labels", ())]) or "(?!)"
_CODED = re.compile(rf"\b(?i:{_SCHEMES})[\s:#-]*$")  # a code's scheme right before a number
# A full date, then a bare number in its row ("12 Nov 2026   1,150": a count by date)
_DATED = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s+$")
_CODE_REACH = 12


# Take-home pay after tax, told in prose ("1.100 euros net per month", "€ 1.650 net per month"):
# no salary.  Lower case only: a "~€1,214 Gross / ~€930 Net" pair labels its two figures.
_NET_AFTER = re.compile(r"\s*(?:euros?\s+)?(?:net|netto)\b(?!-)")


def _not_pay(text: str, segment: int, start: int, end: int, *, bare: bool) -> bool:
    """An amount that counts people or jobs, prices a fee or a bonus, or is take-home pay."""
    after, before, hyphened = _money_words()
    if _COUNTED.match(text, end) or _PIECE.match(text, end) or after.match(text, end) or (
            hyphened.match(text, end)) or priced_thing(text, end) or _NET_AFTER.match(text, end):
        return True  # "6,900 employees", "3,310+ JOBS", "$3.60 a head", "$90K+ earned"
    if _FORMULA_OPERAND.match(text, end):
        return True  # "$84,000 × 1.18 × 0.90 = $89,208": a formula's input, its result is pay
    if _SIGNED.search(text, max(0, start - 1), start):
        return True  # "Peak pay: +$1 to +$4 per order": an increment, no pay of its own
    opening = _sentence_start(text, segment, start)
    clause = text[opening:start]
    if before.search(clause):
        return True  # "proof of funds: CAD 15,263", "the Income Threshold of AUD 76,515"
    if bare and (_CODED.search(text, max(0, start - _CODE_REACH), start) or (
            _DATED.search(text, max(segment, start - 2 * _CODE_REACH), start))):
        return True  # "wages for NOC 42202", a draw's "12 Nov 2026   1,150": no money
    return bool(any((_ADDED_TO_FIGURE.search(text, max(0, opening - 24), m.start()) is None
                     or "," not in text[m.end():start])  # (no new clause: "plus tips of $9")
                    # ("paid training course … – salary during the course 4 806 zł": the
                    # trainee's pay, not the course's fee)
                    and not (m.group().lower() == "course" and _PAID_DURING.search(
                        text, opening, start))
                    for m in _NOT_PAY.finditer(text, opening, start))
                or _bracketed_not_pay(text, start) or (
        _ADDITION.search(clause[-40:])) or _ON_CALL.search(clause[-60:]) or (
        "xample" in clause and _ADDITION_EXAMPLE.search(clause[-120:])) or (
        _CHARGING.search(clause[-30:])) or (
        bare and (_COUNT_LABEL.search(clause) or _PHONE_LABEL.search(clause[-24:]))))


# "for a|the|our …" right after a figure, up to the end of its noun phrase.
_FOR_THING = re.compile(r"\s+for\s+(?:a|an|the|our|your|one|each|\d{1,4})\s+"
                        r"(?P<phrase>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
                        r"(?=\s*(?:[,.;:!?)]|$|\s(?:and|or|of|with|in|at|on|to|from)\b))")


@cache
def _payee_nouns() -> frozenset[str]:
    return frozenset(word_lists("money_not_pay").get("payee_nouns", ()))


def priced_thing(text: str, end: int) -> bool:
    """The figure ending at ``end`` is the price of a thing named right after it ("$175 for the
    test", "$350 to $800 for a real-estate shoot"), not pay: the phrase names no person (an
    agent noun, a capitalised title), post, people or stretch of time (``payee_nouns``).

    >>> priced_thing("$175 for the test, $649 for our bootcamp", 4)
    True
    >>> priced_thing("$48,500 for a payroll specialist.", 7)
    False
    >>> priced_thing("$900 for a week's work", 4), priced_thing("$18 for each hour worked", 3)
    (False, False)
    >>> priced_thing("an extra $150 for 60 deliveries", 13), priced_thing("$900 for 40 hours", 4)
    (True, False)
    """
    found = _FOR_THING.match(text, end)
    if found is None:
        return False
    words = [re.sub(r"['’]s$", "", w) for w in found.group("phrase").split()]
    head = words[-1].lower()  # ("a half-day audit": an audit; "a 40-hour week": a week)
    payees = _payee_nouns()
    return not any(w[:1].isupper() or w.lower() in payees for w in words) and not any(
        part in payees for part in head.split("-")) and not practitioner_noun(head)


@cache
def _price_words() -> tuple[Gated, re.Pattern[str]]:
    words = word_lists("money_not_pay")
    return (Gated(re.compile(
                rf"\b(?:{phrase_alternation(words.get('price_headings', ())) or '(?!)'})\b",
                re.IGNORECASE)),
            re.compile(rf"(?<![a-z])(?:{phrase_alternation(words.get('time_words', ())) or '(?!)'})"
                       r"(?![a-z])", re.IGNORECASE))


def price_heading(heading: str) -> bool:
    """A heading that prices a service ("How much does a dog trainer cost?", "Average
    price") and names no pay: its money is pay only when stated by a stretch of time.

    >>> price_heading("How much does a dog trainer cost?"), price_heading("Salary and costs")
    (True, False)
    """
    return _price_words()[0].search(heading) is not None and _PAY_NAMED.search(heading) is None


def timed_money(text: str) -> bool:
    """``text`` states its money by a stretch of time ("$42 an hour", "hourly rate").

    >>> timed_money("The median hourly rate is $42."), timed_money("Low $70   High $260")
    (True, False)
    >>> timed_money("Regular weekly clean, 3 hours ........ €60")
    False
    """
    return any(_DESCRIBED_SERVICE.match(text, found.end()) is None or not (
        found.group().lower().endswith("ly") or found.group().lower() == "annual")
        for found in _price_words()[1].finditer(text))


# A time adjective that describes the service priced, not the money ("a weekly clean", "daily
# walks"): only before a word for money ("hourly rate", "weekly pay") does it time a figure.
_DESCRIBED_SERVICE = re.compile(r"\s+(?!(?:rates?|pay|wages?|salar\w*|earnings|income|fees?|"
                                r"prices?|costs?|charges?|basis|average|median|figure|"
                                r"amount|total)\b)[a-z]", re.IGNORECASE)


def _bracketed_not_pay(text: str, start: int) -> bool:
    """A figure in a bracketed list after a word for money that is no pay ("Shift differential
    (evenings $2.00, nights $3.50)"): each figure in the brackets is that money."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    return _NOT_PAY.search(text[max(0, opening - 30) : opening]) is not None


# An example of an addition ("a housing allowance that depends on rank, for example $1,446").
_ADDITION_EXAMPLE = re.compile(r"\b(?:allowances?|supplements?|weighting)\b[^.;$€£]{0,90}"
                               r"\bfor example,?\s*$", re.IGNORECASE)
# A telephone number's label just before a bare number ("Telephone 2388 4120").
_PHONE_LABEL = re.compile(r"\b(?:[Tt]ele(?:phone)?|[Pp]hone|[Tt]el|[Ff]ax|[Hh]otline|[Mm]obile)\b"
                          r"\.?:?\s*(?:[\d\s()+-]*)$")
# A price a freelancer charges, just before its figure ("consultants charging $75-$120 an
# hour"): a fee, not pay ("charge nurses earn" has no "-ing"/"-es" after "charg").
_CHARGING = re.compile(r"\bcharg(?:ing|es|ed)\s+(?:about\s+|around\s+|roughly\s+)?$",
                       re.IGNORECASE)
_ALTERNATIVE_GAP = 30
# The number of a rung, never an amount ("at Level 1 and £18", "Grade 3 – £24,000").
_RUNG_NUMBER = re.compile(r"\b(?:[Ll]evel|[Gg]rade|[Bb]and|[Ss]tep|[Tt]ier|"
                          r"APS|EL|GS)[\s-]$")  # (a public service's grade: "APS 4 - $67,190")
# A year of training's number ("£19,760 in year 2 and £23,400 in year 3"), never a figure.
_YEAR_NUMBER = re.compile(r"\b[Yy]ear\s$")
# A group of a telephone number ("Call +44 (0)20 7946 0321"), never a bare amount.
_PHONE = re.compile(r"(?:\+\d{1,3}|\(0\))[\d\s()-]{0,12}$")
# An identifier glued to one capital letter ("E48213", "Q42"), not money.
_IDENTIFIER = re.compile(r"(?<![A-Za-z])[A-Z]$")


def is_addition(label: str) -> bool:
    """A row label that names an addition to pay, not pay ("Annual Increment", "House Rent
    Allowance").

    >>> is_addition("Annual Increment"), is_addition("Basic Pay")
    (True, False)
    """
    return _ADDITION.search(label) is not None


_PAY_NAMED = Gated(re.compile(r"\b(?:salar\w*|pay|wages?|earn\w*|income)\b", re.IGNORECASE))


_EXTREME_CELL = re.compile(r"^\s*(?P<end>min(?:imum)?|max(?:imum)?|lowest|highest|low|high|bottom|"
                           r"top)\b\s*:?\s*(?P<figure>.+?)\s*$", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"\s+[|·•]\s+|\s+[|·•]\s*$")
_LOW_ENDS = frozenset({"min", "minimum", "lowest", "low", "bottom"})


def joined_extremes(text: str) -> str:
    """A strip of labelled figures whose lowest and highest cells bound one band
    ("Minimum 21,500 | Median 42,100 | Maximum 66,600"), with those two cells joined into
    one range in the first one's place ("21,500 – 66,600 | Median 42,100"); any other
    text as is.

    >>> joined_extremes("Lowest £18,200 | Median £24,000 | Highest £31,900 |")
    '£18,200 – £31,900 | Median £24,000'
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
    band = f"{ends[low[0]].group('figure')} – {ends[high[0]].group('figure')}"
    kept = [band if i == low[0] else cell.strip() for i, cell in enumerate(cells)
            if i != high[0]]
    return " | ".join(kept)


_STRIP_CELLS = 2


def is_not_pay(label: str) -> bool:
    """A row label that names money that is no pay: an addition (:func:`is_addition`), or a
    fee, a cost or a bonus when the label names no pay beside it ("Assessment fee",
    "Course fees", but not "Salary and bonus").

    >>> is_not_pay("Experience Assessment fee"), is_not_pay("Salary and bonus")
    (True, False)
    """
    return is_addition(label) or (_NOT_PAY.search(label) is not None
                                  and _PAY_NAMED.search(label) is None)


def _near(one: float, other: float) -> bool:
    """Figures of one magnitude (a factor of five at most): pay for the same period."""
    return 0 < one <= other * 5 and 0 < other <= one * 5


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
    >>> [(m.low, m.high) for m in find_amounts("starts near $41,000 and tops out at $63k")]
    [(41000, 63000)]
    >>> [(m.currency, m.low, m.period) for m in find_amounts("Ksh.27, 100 (about $210)")]
    [('KES', 27100, 'month'), ('USD', 210, 'month')]
    """
    found: list[Money] = []
    if "zł" in text or "PLN" in text:
        text = _ZLOTY.sub(_zloty_first, text)  # "4 480,00 zł" -> "4480.00PLN  ": offsets stay
    if _DIGIT.search(text) is None or not (bare or _CURRENCY.search(text) or "euro" in text):
        return found  # most lines hold no figure: two quick scans, not an amount search
    bare = bare or currency is not None
    if "'" in text or "’" in text:
        text = _APOSTROPHE_GROUP.sub(",", text)  # "CHF 4'380" -> "CHF 4,380"
    if ", " in text:
        # "£31, 534": a thousands group split by a stray space; the space moves after the
        # number so that every offset stays the same.
        text = _SPLIT_GROUP.sub(r"\1,\2 ", text)
    if "R$" in text:
        text = _REAL.sub(_real_point, text)  # "R$ 7.184,36" -> "  R$ 7184.36": offsets stay
    if "€" in text or "euro" in text or "EUR" in text:
        text = _EURO_POINT.sub(_euro_point, text)  # "€ 1.682,50" -> " € 1682.50"
    if "€" in text or "$" in text:
        text = _SIGN_AFTER.sub(_sign_first, text)  # "38,76 $" -> " $38.76": offsets stay
    if "£" in text and "s " in text:
        text = _SHILLINGS.sub(_decimal_pounds, text)  # "£3 10s" -> "£3.50 ": offsets stay
    if " " in text or "\u00a0" in text:
        text = _SPACED.sub(_unspace, text)  # "R4 500" -> "R4500 ": offsets stay the same
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
                scale == "million" and first.group("pre") and _MILLION_PAY.match(
                    text, first.end())) and not _yen_millions(first) and not _won_band(
                    text, first)):
            continue
        join = _JOIN.match(text, first.end())
        if join is not None and ("x" in text or "×" in text) and (
                running := _RUNNING.match(text, first.end())) is not None:
            join = running
        second = _AMOUNT.match(text, join.end()) if join and join.end() < size else None
        if second is None and (per := _PERIOD_JOIN.match(text, first.end())) is not None:
            # "from Ksh 31,270 per month to Ksh 142,800 per month": the period on both ends.
            both = _AMOUNT.match(text, per.end())
            if both is not None and both.group("num") and text.startswith(
                    " " + per.group("per"), both.end()):
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
        tens = _ten_thousands(first, second) if second is not None else None
        if second is not None and (not second.group("num") or (
                _scale(second) in _BIG and _scale(second) != scale and not _yen_millions(second))):
            second = None
        if second is not None and (step := _STEP.match(text, second.end())) is not None and (
                third := _AMOUNT.match(text, step.end())) is not None and third.group("num") and (
                _value(second, "") < _value(first, "") < _value(third, "")):
            second = third  # "Rs. 26,360-1,250-63,860": start, yearly increment, maximum
        stated = _currency(first, dollar) or (_currency(second, dollar) if second else None)
        if stated is None and _IDENTIFIER.search(text, max(0, first.start() - 2), first.start()):
            continue  # "Entity E48213": an identifier
        if first.group("pre") is None and (_RUNG_NUMBER.search(
                text, max(0, first.start("num") - 7), first.start("num")) or (
                len(first.group("num")) <= 2 and _YEAR_NUMBER.search(
                    text, max(0, first.start("num") - 5), first.start("num")))):
            continue  # "… an hour at Level 1 and £18 to £24": a rung's number, not "1 to £18"
        if stated == "INR" and home in _RUPEE_CODES and "Rs" in text[
                first.start() : (second or first).end()]:
            stated = home  # "Rs. 26,360" on a Pakistani page
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
            open_ended = bool(second.group("plus")) or bool(join and join.group("over"))
            end = second.end()
        if money_currency is None and max(low, high or 0) < 1000:
            continue
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
        before = text[max(segment, first.start() - 14) : first.start()].lower().rstrip()
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
            opens = open_ended or bool(_OPEN_AFTER.match(after)) or later.startswith(_OPEN_TOPS)
            if (before.endswith(("up to", "under", "below", "less than")) and not (
                    _RAISED.search(before))) or (
                    not opens and before.endswith(("reach", "reaches", "reaching", "as much as"))):
                minimum = None  # ("pay can reach £42,000": a top alone, no band)
            elif _HALF_BELOW.search(text, max(segment, first.start() - 80), first.start()) and (
                    _HALF_ABOVE.match(text, end)):
                pass  # "Half earned more than $60,610 and half earned less": the median
            elif not opens and before.endswith("from") and (
                    _RUNG_TO.match(text, end) or _START_FROM.search(before)):
                pass  # (a rung's point before the next rung's; a translated "start from")
            elif opens or before.endswith(("over", "more than", "above", "at least", "from")) or (
                    _AGREED_FLOOR.search(text, _sentence_start(text, segment, first.start()),
                                         first.start())):
                maximum, open_ended = None, True  # (a collective agreement's minimum: a floor)
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
            position = floor = end
            continue  # "the top 10% earn $98,000+": one tail of a distribution, not a band
        next_amount = _AMOUNT.search(text, end)
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
        stated_period = stated_period or period
        if stated_period is None and found and "(" in text[found[-1].end : first.start()] and (
                len(text[found[-1].end : first.start()]) < _ASIDE_GAP):
            # "SAR 6,500 a month (around PHP 97,000)": a conversion in brackets, same period.
            stated_period = found[-1].period
        if stated_period is None and (money_currency or home) in _MONTHLY_CURRENCIES:
            stated_period = "month"  # pesos, shillings, riyals: pay is quoted by the month
        if stated_period is None and (money_currency or "USD") in _HOURLY_CURRENCIES and max(
                low, high or 0) < _HOURLY_BELOW:
            stated_period = "hour"
        found.append(Money(
            low=None if minimum is None else money_amount(minimum),
            high=None if maximum is None else money_amount(maximum),
            currency=money_currency or home, open_ended=open_ended,
            period=stated_period or "year", start=first.start(), end=end, prefix=prefix,
            region=_region(prefix, text[end:window_end]),
        ))
        if only_first:
            break
        position = end
        floor = end
    if len(found) > 1 and ("Max" in text or "max" in text):
        found = _bounded(text, found)
    return found


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


def find_money(text: str, *, bare: bool = False) -> Money | None:
    """The first salary amount in ``text`` (see :func:`find_amounts`), or None.

    >>> find_money("grow from $1.1 billion to $5.9 billion") is None
    True
    >>> find_money("Global Median: $160,000").low
    160000
    """
    # Pay lines repeat across a corpus' pages ("Entry level: $52,000"): each line's first
    # amount (a frozen Money) is read once per parse.  Most lines hold no figure at all
    # (find_amounts' own first test): no table look-up for them.
    if _DIGIT.search(text) is None:
        return None
    return _FIRST_MONEY.get("first money", (text, bare), _first_money)


_FIRST_MONEY = Memo()


def _first_money(line: tuple[str, bool]) -> Money | None:
    text, bare = line
    amounts = find_amounts(text, bare=bare, only_first=True)
    return amounts[0] if amounts else None


_PAY_COLUMN = re.compile(r"\b(?:salar\w*|wages?|pay|earnings|income|rate)\b", re.IGNORECASE)
_COLUMN_PERIODS = (("annual", "year"), ("yearly", "year"), ("per year", "year"),
                   ("monthly", "month"), ("per month", "month"), ("weekly", "week"),
                   ("per week", "week"), ("daily", "day"), ("day rate", "day"),
                   ("hourly", "hour"), ("per hour", "hour"))
_COLUMN_CODE = re.compile(r"\b(" + "|".join(_CODES) + r")\b"
                          r"|\(\s*((?:US|HK|NZ|AU|CA|[SACJ])?\$|[€£₹¥₱]|K[Ss]hs?|Php)\s*\)")


def column_terms(header: str) -> tuple[str | None, str | None] | None:
    """The currency and period a pay column's header states for its bare cells ("Annual
    Salary (AUD)", "Hourly Wage (€)"); None for a header that names no pay.

    >>> column_terms("Hourly Wage (AUD)"), column_terms("Monthly Salary"), column_terms("Region")
    (('AUD', 'hour'), (None, 'month'), None)
    """
    if _DIGIT.search(header) or _PAY_COLUMN.search(header) is None:
        return None
    code = _COLUMN_CODE.search(header)
    currency = None if code is None else (code.group(1) or _SYMBOLS[code.group(2)])
    lowered = header.lower()
    period = next((name for key, name in _COLUMN_PERIODS if key in lowered), None)
    return currency, period


# What names a dollar's country on a page (the country, or a state or province that only it
# has); the first group is the United States ("American" is an adjective of many things:
# "American foulbrood").  ("CAD" is left out: on career pages it is computer-aided design
# more often than the currency.)
_DOLLAR_SIGNS = re.compile(
    r"\b(?=[A-Z])(?:(USD|US\$|US\b|U\.S\.|United States|America\b"
    # (held-back set 19: a pay thread's commenters by their cities: "Portland OR, 3 years",
    # "Denver, 6 yrs"; a town and its state's code, or a large city only that country has)
    # ("Job ID", "Log IN", "Perth WA": Idaho and Washington's codes are left out; codes that
    # are words count only after a comma)
    r"|[A-Z][a-z]+, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|IL|IN|IA|KS|KY|MD|MA|ME|MI|MN|MS|MO|MT"
    r"|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)(?![\w.])"
    r"|[A-Z][a-z]+ (?:AZ|CT|FL|GA|IL|KY|MN|NV|NJ|NY|NC|OR|TN|TX|UT|VA|WI)(?![\w.])"
    r"|Seattle|Chicago|Denver|Boston|Houston|Dallas|Atlanta|Phoenix|Philadelphia|San Francisco"
    r"|Los Angeles|San Diego|Minneapolis|Detroit|Nashville|New York City)"
    r"|(AUD|A\$|Australian?|ANZSCO|"
    r"New South Wales|Queensland|Tasmania|NSW|Sydney|Melbourne|Brisbane|Pty Ltd|ABN(?=\s\d)"
    r"|Perth|Adelaide|Hobart|Canberra|Darwin(?= NT)|Pilbara|Kalgoorlie"
    r"|(?<=[a-z], )(?:VIC|QLD|TAS|ACT)(?![\w.])|(?<=[A-Z]{2}, )(?:VIC|QLD|TAS)(?=, ))"
    r"|(CA?\$|Canad(?:a|ian)|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|"
    r"Nova Scotia|New Brunswick|Qu[eé]bec\b|Montr[eé]al\b"
    r"|(?<=[a-z], )(?:ON|BC|AB|MB|SK|NS|NB|QC)(?![\w.])"
    r"|(?<=[A-Z]{2}, )(?:ON|BC|AB|MB|SK|NS|NB|QC)(?=, ))"
    r"|(NZD|NZ\$|New Zealand|Aotearoa|NZ(?![\w$]))|(SGD|S\$|Singapore)|(JMD|J\$|Jamaica)"
    r"|(TTD|TT\$|Trinidad)|(TWD|NT\$|Taiwan)|(HKD|HK\$|Hong Kong))")
# Pay "plus super" (superannuation, the employer's pension contribution) is Australian.
_SUPER = Gated(re.compile(r"\b(?:plus|\+|and|including|inc\.?) super\b|\bsuperannuation\b",
                          re.I))
_DOLLARS = ("USD", "AUD", "CAD", "NZD", "SGD", "JMD", "TTD", "TWD", "HKD")
# A page that says which dollars its figures are in ("the salaries quoted are in Jamaican
# Dollars") means that dollar, whatever other country it names ("US $1,150" is marked).
_DOLLARS_STATED = re.compile(
    r"\b(US|U\.S\.|American|Australian|Canadian|New Zealand|Singapore|Jamaican|"
    r"Trinidad and Tobago|Taiwan|Hong Kong) [Dd]ollars?\b")
_STATED_CODES = {"US": "USD", "U.S.": "USD", "American": "USD", "Australian": "AUD",
                 "Canadian": "CAD", "New Zealand": "NZD", "Singapore": "SGD",
                 "Jamaican": "JMD", "Trinidad and Tobago": "TTD", "Taiwan": "TWD",
                 "Hong Kong": "HKD"}


def page_dollar(text: str) -> str:
    """The currency a bare ``$`` means on a page: the one dollar country the page names, or
    USD when it names none, the United States, or several.

    >>> page_dollar("Plumbers in Australia earn $1,450 a week"), page_dollar("Earn $90k")
    ('AUD', 'USD')
    >>> page_dollar("Offices in Canada and the United States pay $70k")
    'USD'
    >>> page_dollar("Hamilton, ON · $24.25 an hour")  # a province's code after a town
    'CAD'
    >>> page_dollar("Québec.ca · Median hourly wage: 58,02 $")  # a province written out
    'CAD'
    >>> page_dollar("TORONTO, ON, March 3, 2026 - a salary of $98,000")  # a dateline
    'CAD'
    >>> page_dollar("A senior planner is on $120,000 to $140,000 plus super")
    'AUD'
    >>> page_dollar("Figures are in Jamaican Dollars: $92,000 (about US $590)")
    'JMD'
    """
    if "$" not in text:
        return "USD"  # no dollar to read
    if "ollar" in text:
        stated = {_STATED_CODES[m.group(1)] for m in _DOLLARS_STATED.finditer(text)}
        if len(stated) == 1:
            return stated.pop()
    named = named_dollars(text)
    if _SUPER.search(text):
        named |= {"AUD"}
    return next(iter(named)) if len(named) == 1 else "USD"


def named_dollars(text: str) -> frozenset[str]:
    """The dollar countries ``text`` names, by their currency codes (its places, states and
    provinces, its currency's signs).

    >>> sorted(named_dollars("Melbourne, full-time: $29.40/hr")), sorted(named_dollars("$9"))
    (['AUD'], [])
    >>> sorted(named_dollars("Portland OR, 3 years, $17.40/hr; Toronto, ON pays more"))
    ['CAD', 'USD']
    """
    return frozenset(_DOLLARS[index] for match in _DOLLAR_SIGNS.finditer(text)
                     for index, group in enumerate(match.groups()) if group)


# (a cheap scan: symbols, and three capitals or a currency word before a figure)
_MARK = re.compile(r"(?=[$€£₹¥₦₱৳A-Z])(?:(?<![\w&])R\$(?=\s?\d)|[$€£₹¥₦₱৳](?=\s?\d)"
                   r"|\b(?:K[Ss]hs?|Php|Rs|RM|Tk|[A-Z]{3})\.?(?=\s?\d)|(?<![\w&])S/\.?(?=\s?\d))")
# "Rs." is the Indian rupee unless the page names another rupee's country.
_RUPEES = (("PKR", re.compile(r"\bPakistan|\bPKR\b")), ("LKR", re.compile(r"\bSri Lanka|\bLKR\b")),
           ("NPR", re.compile(r"\bNepal|\bNPR\b")))
_RUPEE_CODES = frozenset(code for code, _ in _RUPEES)


def page_rupee(text: str) -> str:
    """The currency "Rs." means on a page: the one other rupee country it names, else INR.

    >>> page_rupee("BPS-9 in Pakistan: Rs. 26,360"), page_rupee("Rs 4 lakh a year")
    ('PKR', 'INR')
    """
    named = [code for code, sign in _RUPEES if sign.search(text)]
    return named[0] if len(named) == 1 else "INR"

_HOME_MENTIONS = 2


def quoted_by_month(currency: str) -> bool:
    """True for a currency whose pay is quoted by the month when no period is printed
    (pesos, shillings, riyals, reais).

    >>> quoted_by_month("BRL"), quoted_by_month("USD")
    (True, False)
    """
    return currency in _MONTHLY_CURRENCIES


def page_currency(text: str, dollar: str = "USD") -> str:
    """The currency of a figure printed with none ("Salary: 22,000 – 35,000 per month"): the
    one the page writes most often before or after its figures (at least twice), else
    ``dollar``.

    >>> page_currency("Php 21,500 … ₱27,000 … $59,130 a year"), page_currency("$90k")
    ('PHP', 'USD')
    """
    counts: dict[str, int] = {}
    rupee = page_rupee(text) if "Rs" in text else "INR"
    for match in _MARK.finditer(text):
        raw = match.group().strip()
        code = dollar if raw == "$" else _SYMBOLS.get(
            raw if raw == "Rs." else raw.rstrip("."), raw.upper())
        if code == "INR" and raw.startswith("Rs"):
            code = rupee
        if code in _CODES:  # ("ISO 9001" names no currency)
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < _HOME_MENTIONS or (
            len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return dollar
    return ranked[0][0]


# (with the French words a machine translation leaves in a pay widget: "(mensuel)", "par mois")
_MONTHLY = re.compile(r"\b(?:a|per) month\b|/\s?month\b|/mo\b|\bmonthly\b|\bmensuel(?:le)?s?\b"
                      r"|\bpar mois\b", re.IGNORECASE)
# ("paid 13 times a year" counts payments: no yearly figure)
_YEARLY = re.compile(r"(?<!times )\b(?:a|per) year\b|/\s?year\b|/yr\b|\bper annum\b|\bannually\b|"
                     r"\byearly\b|\bLPA\b|\bp\.a\.", re.IGNORECASE)


# A page that says its pay is quoted by the month ("Salaries are monthly", "salaries shown
# are per month").
_MONTHLY_STATED = re.compile(r"\b[Ss]alar(?:y|ies)\s+(?:figures\s+)?(?:(?:quoted|shown|given|"
                             r"listed|stated)\s+)?(?:are|is)\s+(?:(?:quoted|shown|given|stated)\s+)?"
                             r"(?:monthly|per month|by the month)\b")
_MONTHLY_CEILING = 20_000  # no yearly pay in dollars, pounds or euros is this low


def page_period(text: str) -> str | None:
    """``month`` for a page that states its pay per month again and again and never per
    year (South African and Indian pay news): its figures with no period are monthly too.
    So is a page that says its salaries are monthly, and one that states one figure a month
    and no figure as large as a year's pay (a class's steps and its next class's band).

    >>> page_period("R9 000 a month … R12 000 per month … R14 250")
    'month'
    >>> page_period("$9k a month … Salary: $85,000"), page_period("Step 1: $3286 … $4791 monthly")
    (None, 'month')
    >>> page_period("Salaries are monthly and paid on a 13-month per year basis")
    'month'

    """
    if "onth" not in text and "ensuel" not in text and "par mois" not in text:
        return None  # (most pages never say "month": a few substring tests)
    if _MONTHLY_STATED.search(text):
        return "month"  # "Salaries are monthly and based on a 13-month per year payment"
    if _YEARLY.search(text):
        return None
    mentions = len(_MONTHLY.findall(text))
    if mentions == 1 and all(max(m.low or 0, m.high or 0) < _MONTHLY_CEILING
                             for m in find_amounts(text, bare=True)):
        # One band stated monthly ("$4791 to $6212 monthly") among pay steps that state no
        # period, none of them a yearly figure: the page's figures are monthly.
        return "month"
    return "month" if mentions >= 2 else None


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
    if "median" in lowered:
        return "median"
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
    amounts = find_amounts(text, bare=bare, currency=currency, period=period, dollar=dollar,
                           home=home)
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
    for number, money in enumerate(amounts):
        gap, previous = text[previous : money.start], money.end
        if speaker is not None and money.start > 0 and _CLAUSE_BREAK.search(gap):
            owner = speaker(gap)
        elif speaker is not None and "(" in gap:
            # "$41,500 (deck hands start near $30,000)": an aside about another title.
            owner = speaker(gap[gap.rfind("(") :]) or owner
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
            level=grade or own or level or salary_level(money.prefix),
            label=label, currency=money.currency, min=money.low, max=money.high,
            open_ended=money.open_ended, period=money.period,
            note=clean(text) if residual else None, statistic=statistic,
            region=money.region or (_CURRENCY_REGIONS.get(money.currency) if by_currency
                                    else None),
            role=beside or owner, source=source,
        ))
    return out


_GRADE_SPAN = 24  # characters of a grade's bracket after a figure ("(APS Level 5)")
# A platform's guaranteed minimum an hour ("Earnings guarantee by city", "guaranteed at least").
_GUARANTEED = re.compile(r"\bguarantee[ds]?\b", re.IGNORECASE)


# Verbs that say who is paid: "Party chiefs averaged about $58,000", "Chief Officers earn …".
_PAY_VERB = re.compile(r"\s(?:earn(?:s|ed)?|averag(?:e|es|ed)|make|makes|made|receive[sd]?|"
                       r"(?:are|is|were|was|get|gets|got)(?:\s+[a-z]+ly)? paid|take home|"
                       r"(?:are|is|were|was) making|"  # "assistant brewers are making $18"
                       r"(?:are|is|were|was) salaried(?: at)?|"  # "Yardmasters are salaried at"
                       r"(?:are|is|were|was|get|gets) offered|"  # "supervisors are offered $68k"
                       # a scale's band a title is on ("Consultant midwives … are on Band 8a
                       # or above, from £55,690")
                       r"(?:are|is|were|was) on (?=(?i:band|grade|scale|level|step|pay band))|"
                       # the pay a title is on, with "are" ("service supervisors are on around
                       # $135,000"; "…are on call" is no pay: a figure or an about-word follows)
                       r"(?:are|is|were|was) on (?=(?:about|around|roughly|approximately)\s"
                       r"|[$€£¥₹]|[A-Z]{1,3}\$|\d)|"
                       r"takes home|"
                       # a scale of their own ("clinical leads sit on a separate scale, …")
                       r"(?:sit|sits|sat|are|is) on a (?:separate|different|higher|lower) "
                       r"(?:pay )?(?:scale|band|grade)|"
                       r"gets? (?:about|around|roughly)|"
                       r"start(?:s|ed)? (?:on|at|near|around|from|between)|report(?:s|ed)?|"
                       # "Our Senior Animal Care Assistant post pays": the post's title
                       r"(?:post|position|role|job) pays)\b")
_LABEL = re.compile(r"([A-Z][\w&/'’.-]*(?:\s+(?:of|and|&|\(?[A-Z][\w&/'’.-]*\)?)){0,4})\s*:\s")
_LATE_GAP = re.compile(r"(?:^|\d[\d,.]*)\s*(?:[A-Za-z]{1,5}\b\.?\s*)?(?:a year\s+|an hour\s+)?"
                       r"and\s+(?:(?:an?|the)\s+)?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,4})\s*$")
_GAPPED = re.compile(r"(?:,\s*and|;)\s+(?:(?:an?|the)\s+)?([A-Za-z][A-Za-z ]{2,40}?)"
                     # "…, and High Performance Coaches on the national programme £48,000"
                     r"(?:\s+(?:on|at|in|with)\s+(?:the\s+|an?\s+)?[a-z][a-z ]{1,30}?)?\s*"
                     r"(?:at|on)?\s*$")
# A title the figure's clause refers back to ("… a Services Manager, who is paid …",
# "… a Prophylaxis Assistant (ZMP), earning …").
_RELATIVE = re.compile(r"(?=[A-Z])"  # (a capital opens every match: tested first)
                       r"((?:[A-Z][\w&'’-]*\s+){0,5}[A-Z][\w&'’-]*)(?:\s*\([^()]{1,30}\))?,\s+"
                       r"(?:who\s+(?:is|are)\s+paid|who\s+(?:earns?|makes?)|earning|paid)\b"
                       r"[^,;]*$")
_ARTICLE = re.compile(r"^(?:(?:and|but|or)\s+)?(?:the|a|an|our|their|its)\s+", re.IGNORECASE)
_ROW_FIGURES = 3  # a line with this many figures is a flattened table row
_TITLES_AFTER = re.compile(r"\b(?:salar\w*|pay|wages?)\b.*\b(?:job )?titles?\b", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
# Where a sentence starts a new clause with its own subject ("…, and head lifeguards earn").
_CLAUSE_BREAK = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s|;\s|\bwhile\s"
                           # "₹6 – 9 LPA and Accounts Managers ₹9 – 14 LPA": a title's own
                           r"|^\s*(?:[A-Z]{2,4}\s+)?and\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s*$)"
                           r"|^\s*and\s+an?\s")  # "£55,000 and a head of X can earn £90,000"
_SUBJECT_WORDS = 4
# ("senior partners report …" on the partner's guide: the role's own senior band)
_GRADES = frozenset({"senior", "junior", "lead", "graduate", "trainee"})
_PLURAL_OF = re.compile(r"^([A-Z][a-z]+?)s of ")
_AGENT_WORDS = 3
_AGENT_NOUN = re.compile(r"[a-z]{3}(?:or|er|ist|ian)$|\bintern$")
_TITLED_WORDS = 7
_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s+[a-z][^,;]{0,30},\s*$"
                         # "Consultant midwives, a small group who lead …, are on": a
                         # description opening with an article, up to a line long
                         r"|(?<=[A-Za-z]),\s+(?:an?|the)\s+[a-z][^,;]{0,70},\s*$"
                         # "A party chief, who runs the whole crew on a vessel, earns": a
                         # relative clause, up to a line long
                         r"|(?<=[A-Za-z]),\s+(?:who|whose|which)\s[^,;]{0,70},\s*$")
# An employer's possessive before a lower-case title ("CoolAir's service supervisors are on"):
# the employer says where, not who.
_EMPLOYER_OF = re.compile(r"^(?:[A-Z][\w&-]*\s+){0,2}[A-Z][\w&-]*['’]s\s+(?=[a-z])")
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")  # "an orthoptist (an eye specialist) earns"
_COMPARISON = re.compile(r"\b(?:for|by|in) comparison\b|\bcompared (?:with|to)\b",
                         re.IGNORECASE)
# A reporter's attribution before a pay sentence's subject ("Tolliver says his own …").
_REPORTED = re.compile(r"^(?:(?:and|but)\s+)?(?:[A-Z][\w'-]+\s+){1,3}(?:says|said|adds|added|"
                       r"notes|noted|reckons|estimates)\s+(?:that\s+)?"
                       r"(?:(?:his|her|their|our)\s+(?:own\s+)?)?")
_OPENERS = re.compile(r"^(?:on average|in general|overall|typically|generally|nationally|"
                      r"today|currently|in total)\s+", re.IGNORECASE)
_PREPOSITIONS = frozenset({"on", "in", "at", "for", "with", "from", "by", "of", "to"})
_SUBJECT_START = re.compile(r".*(?:[,;]\s*(?:and|while|but|whereas)?|:\s"  # ("… about it: a
                            # Curatorial Assistant makes": the subject after the colon)
                            r"|(?<![Ll]evel )\d(?!\w*-[A-Za-z])[^\s,]*\s"
                            r"|\b(?:while|whereas)\s)\s*", re.DOTALL)
_MODALS = re.compile(r"(?:\s+(?:can|could|may|might|will|would|often|typically|usually|"
                     r"generally|also|still|tend to|[a-z]{3,}ly))+$", re.IGNORECASE)
# "underwriting assistants on $110k": a plural title, then "on" and the figure ("on" is the
# pay a person is on, with no verb).
_HELD_ON = re.compile(r"\b([a-z]+(?: [a-z]+){1,2}s) on (?:about |around |roughly )?$")
_ON_WORDS = 2
_HELD_LEAD = frozenset({"that", "the", "said", "says", "say", "some", "many", "and", "or",
                        "of", "to", "with", "from", "when", "while", "as"})
_ON_TAIL = 12  # "on" this close to the figure ("… on roughly ")
# "A full-time head coach earns": the hours say nothing of the title.
# ("paid Adult Education Instructors earn" on a volunteer page: being paid names no title)
_WORK_PATTERN = re.compile(r"^(?:(?:full|part)[- ]time|paid|salaried)\s+", re.IGNORECASE)
_RUNG_PREFIX = re.compile(r"^Level\s+\d{1,2}\s+")
_PLACE_OPENER = re.compile(r"^(?:Under|In|At|On|According to)\s.*\s(?:a|an)\s+([A-Z].*)$")
_GRADE_TAIL = re.compile(r"(?<=[a-z])\s+(?:Grade|Level|Band|Class)\s+\d{1,2}$")
_YEAR_PREFIX = re.compile(r"^(?:first|second|third|final)[- ]year\s+", re.IGNORECASE)
_SUBJECT_TAIL = re.compile(r"\s+(?:on|at|in|with|from|who|that|working|employed|across|"
                           r"within)\s.*$"
                           # "Audiology assistants here start at": a place adverb
                           r"|\s+(?:here|there|locally|nationally|today|now)$", re.DOTALL)
# A lower-case subject names a rank only after one of these ("head lifeguards earn").
_RANKS = frozenset({"head", "chief", "master", "deputy", "assistant", "principal"})
# Words before the role's own name that make no other title ("Experienced groomers earn");
# a lower-case plural title never opens with one (:func:`lower_plural_title`).
NOT_A_RANK = frozenset({"experienced", "qualified", "new", "newly", "most", "many", "some",
                         "top", "skilled", "trainee", "typical", "all", "these", "those",
                         "apprentice", "intern", "graduate", "employed", "salaried"})
_NOT_OWNERS = re.compile(r"\b(?:salar\w*|pay|wages?|median|average|mean|range|level|earnings|"
                         r"total|base|starting|typical|usual|entry|experienced|fresher)\b",
                         re.IGNORECASE)


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}(?:s|es)?\b", text, re.IGNORECASE) is not None


# "Spa attendant salary range", "Front office manager median salary", "Welder pay".
_PAY_LABEL = re.compile(r"^([A-Za-z][\w&/'’ -]{2,60}?)(?:'s?)?"
                        # a class's code in brackets ("Court Operations Supervisor (4430)")
                        r"(?:\s*\(#?[A-Z]{0,6}\d{2,8}\))?"
                        # "Anesthesia Technicians - Median Salary": a related career's row
                        r"(?:\s+[-–—])?"
                        r"\s+(?:median\s+|average\s+|mean\s+|"
                        r"starting\s+|typical\s+|annual\s+|base\s+)?(?:salar(?:y|ies)|pay|"
                        # "Salary Range 24": the range's grade number, not pay
                        r"wages?|earnings)(?:\s+range(?:\s+\d{1,3})?)?$", re.IGNORECASE)


_GRADE_WORDS = 3


def membership_grade(title: str, grades: frozenset[str]) -> bool:
    """``title`` names a membership grade of a professional body (its last word is one of
    ``grades``, the nouns of ``grades:`` in ``data/headings.yaml``): a level of the role's
    own standing, so pay stated for it is the role's own.

    >>> g = frozenset({"member", "fellow"})
    >>> membership_grade("Chartered Members", g), membership_grade("Fellow", g)
    (True, True)
    >>> membership_grade("Team Leader", g)
    False
    """
    words = title.lower().split()
    return 0 < len(words) <= _GRADE_WORDS and singular_title(words[-1]) in grades


# A figure first, then a dash and who it is for ("$57,250 — payroll specialists").
_FIGURE_THEN_TITLES = re.compile(r"^\s*(?:[A-Z]{0,3}[$€£₹]|[A-Z]{3}\s)?\d[\d,.]*\s?[kK]?\s*"
                                 r"[—–-]\s+(?P<titles>[A-Za-z][\w'’ /&-]{2,60}?)\s*\.?$")


def figure_titles(text: str, is_title: Callable[[str], bool]) -> list[str] | None:
    """The titles a line printing a figure first names after a dash ("$86,000 — payroll
    managers/supervisors": both, the second sharing the first's head words), singular and
    in Title Case; None when the line is no such row or a part is no role title.

    >>> figure_titles("$86,000 — lock managers/supervisors", lambda t: True)
    ['Lock Manager', 'Lock Supervisor']
    >>> figure_titles("$86,000 — a year", lambda t: False) is None
    True
    """
    match = _FIGURE_THEN_TITLES.match(text) if "—" in text or "–" in text or " - " in text else None
    if match is None:
        return None
    parts = [p.strip() for p in match.group("titles").split("/")]
    head = parts[0].split()[:-1]
    titles = [title_case(singular_title(" ".join(
        [*head, part] if index and len(part.split()) == 1 else [part])))
        for index, part in enumerate(parts)]
    return titles if all(titles) and all(is_title(t) for t in titles) else None


def family_title(words: Sequence[str], size: int, role: str,
                 levels: frozenset[str]) -> str | None:
    """The title ``words`` end with when the known title in their last ``size`` words is
    qualified, in lower case, by the page role's own words ("payments systems engineers" on
    the Payments Systems Engineer's page, not "systems engineers"), with a level word before
    them ("lead database infrastructure engineers"); None when no role word qualifies it.

    >>> family_title("; lead database infrastructure engineers".split(), 2,
    ...              "Director of Database Infrastructure", frozenset({"lead"}))
    'lead database infrastructure engineers'
    >>> family_title("; experienced systems engineers".split(), 2, "Payments Engineer",
    ...              frozenset({"lead"})) is None
    True
    """
    own = {word.lower() for word in role.split()}
    start = len(words) - size
    while start > 0 and words[start - 1].isalpha() and words[start - 1].islower() and (
            words[start - 1] in own):
        start -= 1
    if start == len(words) - size:
        return None
    while start > 0 and words[start - 1].lower() in levels:  # ("junior payments …")
        start -= 1
    return " ".join(words[start:])


# A plural in lower case of two to five words, as a sentence listing pay by title writes it
# ("head cooks €…, line cooks €…").
_LOWER_PLURAL = re.compile(r"(?!(?:and|or|the|for|to|of|with)\b)[a-z]+(?: [a-z]+){1,4}s")


def lower_plural_title(words: Sequence[str]) -> str | None:
    """The title ``words`` name as a lower-case plural, singular in Title Case ("head cooks"
    -> "Head Cook"); None when they are no such plural or open with a word that makes no
    title of its own ("experienced data managers": the Data Manager's, which the caller
    finds in fewer words, widened by :func:`family_title` when the role's words qualify it).

    >>> lower_plural_title(["head", "cooks"]), lower_plural_title(["experienced", "cooks"])
    ('Head Cook', None)
    >>> lower_plural_title(["Head", "Cooks"]) is None
    True
    """
    if not words or words[0] in NOT_A_RANK:
        return None
    candidate = " ".join(words)
    return title_case(singular_title(candidate)) if _LOWER_PLURAL.fullmatch(candidate) else None


def pay_label_title(label: str) -> str | None:
    """The title a pay label is about, in Title Case ("Spa attendant salary range" ->
    "Spa Attendant"); None when the label names no one before its pay words.

    >>> pay_label_title("Night auditor median salary"), pay_label_title("Median salary")
    ('Night Auditor', None)
    >>> pay_label_title("Ward Clerks - Median Salary")
    'Ward Clerk'

    """
    match = _PAY_LABEL.match(label.strip())
    if match is None:
        return None
    name = match.group(1).strip()
    if _NOT_OWNERS.search(name):
        return None
    return title_case(singular_title(name))


def compared_clause(clause: str) -> bool:
    """Whether a pay clause sets another figure beside the role's ("For comparison, a tiler
    earns …", "compared with …").

    >>> compared_clause("For comparison, a tiler earns "), compared_clause("Tilers earn ")
    (True, False)
    """
    return _COMPARISON.search(clause) is not None


def stated_for(clause: str, is_title: Callable[[str], bool]) -> str | None:
    """Who a pay sentence is about, as the page writes it (singular), when it names someone:
    the label of "Deck Cadet: Cadets … receive …" (the sentence names the label again), or a
    role title as the subject of a pay verb ("Party chiefs averaged about").  ``clause`` is
    the sentence up to the figure; ``is_title`` tells a role title (Title Case).

    >>> def titled(text: str) -> bool:
    ...     return text.split()[-1] in ("Chief", "Officer")
    >>> stated_for("Party chiefs averaged about ", titled)
    'Party chief'
    >>> stated_for("Captain (Master): The Master of a vessel earns ", titled)
    'Captain (Master)'
    >>> stated_for("Median: ", titled) is None
    True
    >>> stated_for("The pay is $14 an hour, and head chiefs earn about ", titled)
    'Head Chief'
    >>> stated_for("Party chiefs on big crews can earn ", titled)
    'Party chief'
    >>> stated_for("or become a Yard Officer (YO), earning ", titled)
    'Yard Officer'
    >>> stated_for("Linepersons on big crews earn ", titled)
    'Lineperson'
    >>> stated_for("some said that relief officers on about ", titled)
    'Relief Officer'
    >>> stated_for(" a year, and a chief ", titled)
    'Chief'
    """
    if " on " in clause[-_ON_TAIL:] and (held := _HELD_ON.search(clause)) is not None:
        words = held.group(1).split()
        while len(words) > _ON_WORDS and (words[0] in _HELD_LEAD or words[0].endswith(
                ("ed", "ing"))):
            words = words[1:]  # "saying underwriting assistants", "that relief officers"
        titled = title_case(singular_title(" ".join(words)))
        if words[0] not in NOT_A_RANK and is_title(titled):
            return titled  # "people saying underwriting assistants on $110k"
    relative = _RELATIVE.search(clause)
    if relative is not None and is_title(title_case(relative.group(1))):
        return relative.group(1)  # "… become a Services Manager, who is paid …"
    label = _LABEL.match(clause)
    if label is not None:
        name = label.group(1).strip()
        rest = clause[label.end():]
        words = [w.strip("()") for w in name.split() if w.strip("()")[:1].isupper()]
        if _NOT_OWNERS.search(name) is None and any(_mentions(rest, w) for w in words):
            return name
        clause = rest
    late = _LATE_GAP.search(clause)
    if late is not None and is_title(title_case(singular_title(late.group(1)))):
        # "Senior Accountants earn ₹6 – 9 LPA and Accounts Managers ₹9 – 14 LPA": the verb
        # of the figure before serves the title after "and"
        return title_case(singular_title(late.group(1)))
    verbs = list(_PAY_VERB.finditer(clause))
    if not verbs:
        # "…, and a shop manager £34,000": the verb of the clause before is left out.
        gapped = _GAPPED.search(clause)
        if gapped is not None and is_title(title_case(singular_title(gapped.group(1)))):
            return title_case(singular_title(gapped.group(1)))  # ("…, and head keepers £31,000")
        return None
    before = clause[: verbs[-1].start()]  # the verb nearest the figure
    before = _APPOSITIVE.sub("", before)  # "Lead Analysts, one step up, report …"
    # The subject is the verb's own clause: after "…an hour, and", without modals ("can")
    # and trailing qualifiers ("on major projects", "who run their own salon").
    cut = _SUBJECT_START.search(before)
    subject = before[cut.end():] if cut else before
    joined = subject.lstrip().lower().startswith("and ") or (
        # ("…; area managers earn", "…, and a sound technician at an events company earns")
        cut is not None and (before[: cut.end()].rstrip().endswith(";") or (
            # (not "…, and the middle half of nurses earn": a share of the role)
            before[: cut.end()].rstrip().endswith(", and") and " of " not in before[cut.end():])))
    subject = _SUBJECT_TAIL.sub("", _MODALS.sub("", _ASIDE.sub("", subject).strip())).strip()
    opened = _OPENERS.sub("", subject.lstrip("("))
    # "A party chief … earns" opening the sentence: a title in lower case after its article
    # (a known title only, below)
    # ("An average X earns": a statistic of the role, no title of its own)
    article = cut is None and _ARTICLE.match(opened) is not None and _NOT_OWNERS.search(
        opened) is None
    subject = _WORK_PATTERN.sub("", _EMPLOYER_OF.sub("", _ARTICLE.sub("", opened)))
    reported = _REPORTED.match(subject)
    if reported is not None and reported.end() < len(subject):
        # "…, and Tolliver says his own welding foremen earn": a clause of its own
        subject, joined = subject[reported.end():], True
    # "Level 3 supervisors earn": a bare head keeps its level as its name; a longer title
    # ("Level 2 club coaches") is named without it.
    rung = ""
    levelled = _RUNG_PREFIX.match(subject)
    if levelled is not None:
        subject = subject[levelled.end():]
        rung = levelled.group().strip() + " " if len(subject.split()) == 1 else ""
    yearly = _YEAR_PREFIX.match(subject)
    if yearly is not None and len(subject[yearly.end():].split()) < 2:
        yearly = None
    if yearly is not None:
        # "First-year claims advisors there start at": the title, in its first year ("First-
        # year apprentices" stays whole: the role's own apprentice level)
        subject = subject[yearly.end():]
    opener = _PLACE_OPENER.match(subject)
    if opener is not None and _GRADE_TAIL.search(subject):
        # "Under the X Award a Food & Beverage Attendant Grade 4 earns": the subject after
        # the opening phrase's last article
        subject, article = opener.group(1), True
    # "a Food & Beverage Attendant Grade 4 earns": an award's title at its grade is the
    # title's pay (the grade is its level, not its name)
    subject = _GRADE_TAIL.sub("", subject).replace(" & ", " and ") if _GRADE_TAIL.search(
        subject) else subject
    words = subject.split()
    # A subject of up to four words, or a longer one in Title Case ("Senior Knowledge Graph
    # Strategy Engineers").
    # ("For comparison, a senior data platform engineer earns": a known title in lower case)
    named = _COMPARISON.search(clause) is not None and is_title(title_case(singular_title(
        subject))) if len(words) > _SUBJECT_WORDS else False
    longest = _TITLED_WORDS if named or all(w[:1].isupper() for w in words) else _SUBJECT_WORDS
    if not 0 < len(words) <= longest or not all(w.isalpha() for w in words):
        return None
    first = words[0].lower()
    # "An experienced beat keeper could earn": a title of two words or more after the
    # adjective (the adjective alone before the role's name says nothing: see below).
    qualified = first in NOT_A_RANK and len(words) > 2 and is_title(title_case(singular_title(
        " ".join(words[1:]))))
    if qualified:
        words, subject = words[1:], " ".join(words[1:])
        first = words[0].lower()
    # "For comparison, an orthoptist earns …": the comparison names another title, which
    # the lexicon need not know.
    compared = _COMPARISON.search(clause) is not None and (len(words) <= 3 or is_title(
        title_case(singular_title(subject))))
    if first in NOT_A_RANK or singular_title(first) in NOT_A_RANK or first in _PREPOSITIONS or (
            not subject[:1].isupper() and first not in _RANKS and not compared and not qualified
            and levelled is None and yearly is None and not (
                # "; area managers earn": a known title of two words or more, in lower case
                (joined or article) and len(words) >= 2 and first not in _GRADES and is_title(
                    title_case(singular_title(subject))))):
        return None  # "Experienced groomers earn": the role itself; "most of them earn"
    single = singular_title(_PLURAL_OF.sub(r"\1 of ", subject))  # "Directors of X"
    titled = title_case(single)
    # A rank word before a noun makes a title the lexicon need not know ("master weavers").
    ranked = first in _RANKS and len(words) >= 2
    # "Fragrance evaluators earn …": a plural of people (an agent noun) the lexicon need not
    # know, two or three words long.
    agent = (1 < len(words) <= _AGENT_WORDS and _AGENT_NOUN.search(single) is not None and (
        words[-1].lower().endswith("s"))) or (
        len(words) == 1 and subject[:1].isupper() and single.lower().endswith("person"))
    # ("Leverpersons … earn": a "-person" is a worker the lexicon need not know)
    return rung + (single if subject[:1].isupper() else titled) if (
        compared or ranked or agent or is_title(titled)) else None


def stated_owners(clause: str, is_title: Callable[[str], bool]) -> list[str]:
    """Every title a pay sentence is about: one (:func:`stated_for`) or two joined by "and"
    ("Hive inspectors and pollen traders usually earn …"); a plural noun phrase joined to
    a known title is a title too.

    >>> stated_owners("Party chiefs and deck hands earn ", lambda t: t.endswith("Chief"))
    ['Party chief', 'Deck Hand']
    """
    verbs = list(_PAY_VERB.finditer(clause))
    if verbs and " and " in clause[: verbs[-1].start()] and _CLAUSE_BREAK.search(
            clause[: verbs[-1].start()]) is None:
        subject, verb = clause[: verbs[-1].start()], clause[verbs[-1].start():]
        head, _, tail = subject.rpartition(" and ")
        first = stated_for(head + verb, is_title)
        words = _MODALS.sub("", tail.strip()).split()
        if first is not None and 0 < len(words) <= 3 and all(w.isalpha() for w in words) and (
                words[-1].endswith("s") and words[0].lower() not in NOT_A_RANK):
            return [first, title_case(singular_title(" ".join(words)))]
    one = stated_for(clause, is_title)
    return [one] if one else []


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
