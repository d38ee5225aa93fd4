"""Page-level money: the currency and the pay period a whole page quotes figures in.

A page's figures may carry no currency sign of their own ("$" on a page about Canada, bare
figures on a rupee page) or no period; these functions read the page once for its dollar,
its home currency and whether it quotes by month or by year.
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.amounts import _RUPEES, find_amounts
from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import word_lists
from careergraph.guides.literals import AnyOf
from careergraph.guides.money_grammar import _CODES, _MONTHLY_CURRENCIES, _SYMBOLS

__all__ = [
    "named_dollars",
    "page_currency",
    "page_dollar",
    "page_period",
    "page_rupee",
    "quoted_by_month",
]


# What names a dollar's country on a page (the country, or a state or province that only it
# has); the first group is the United States ("American" is an adjective of many things:
# "American foulbrood").  ("CAD" is left out: on career pages it is computer-aided design
# more often than the currency.)
_DOLLAR_SIGNS = re.compile(
    r"\b(?=[A-Z])(?:(USD|US\$|(?<![A-Z]{2} )US\b|U\.S\.|United States|America\b"
    # (a capitals heading's pronoun, "GROW WITH US", "ABOUT US", names no country)
    # (held-back set 19: a pay thread's commenters by their cities: "Portland OR, 3 years",
    # "Denver, 6 yrs"; a town and its state's code, or a large city only that country has)
    # ("Job ID", "Log IN", "Perth WA": Idaho and Washington's codes are left out; codes that
    # are words count only after a comma)
    r"|[A-Z][a-z]+, (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|IL|IN|IA|KS|KY|MD|MA|ME|MI|MN|MS|MO|MT"
    r"|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)(?![\w.])"
    r"|[A-Z][a-z]+ (?:AZ|CT|FL|GA|IL|KY|MN|NV|NJ|NY|NC|OR|TN|TX|UT|VA|WI)(?![\w.])"
    r"|Seattle|Chicago|Denver|Boston|Houston|Dallas|Atlanta|Phoenix|Philadelphia|San Francisco"
    r"|Los Angeles|San Diego|Minneapolis|Detroit|Nashville|New York City)"
    # (AHPRA registers Australia's health practitioners: a health page naming it is Australian)
    # ("AUDIOVISUAL TECHNICIAN", "AUDIO ENGINEER" in capitals name no currency)
    r"|(AUD(?![A-Za-z])|A\$|Australian?|ANZSCO|AHPRA|"
    r"New South Wales|Queensland|Tasmania|NSW|Sydney|Melbourne|Brisbane|Pty Ltd|ABN(?=\s\d)"
    r"|Perth|Adelaide|Hobart|Canberra|Darwin(?= NT)|Pilbara|Kalgoorlie"
    r"|(?<=[a-z], )(?:VIC|QLD|TAS|ACT)(?![\w.])|(?<=[A-Z]{2}, )(?:VIC|QLD|TAS)(?=, ))"
    # ("CAD" only as money: "Levels (CAD a year)", "CAD 72,000"; "CAD drafting" is design)
    # (and a pay grid's note in its heading: "SALARY GRID (2026, annual, CAD)")
    r"|(CA?\$|CAD(?=\s?\$?\d|\s+(?:a|an|per)\s+(?:year|annum|month|week|day|hour)\b)|"
    r"(?:(?<=annual, )|(?<=hourly, )|(?<=yearly, )|(?<=\d{4}, ))CAD(?=\))|"
    # (carry36) a pay heading's note of its currency: "Pay (CAD)", "Wages (CAD, per hour)"
    r"(?:(?<=[Pp]ay \()|(?<=PAY \()|(?<=[Ss]alary \()|(?<=SALARY \()|(?<=[Ww]ages \()"
    r"|(?<=WAGES \()|(?<=[Rr]ates \()|(?<=RATES \()|(?<=[Mm]oney \()|(?<=MONEY \())"
    r"CAD(?=[),])|"
    # (a collective agreement's parties line in capitals: "CANADIAN UNION OF …", set 32)
    r"Canad(?:a|ian)|CANAD(?:A|IAN)\b|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|"
    r"Nova Scotia|New Brunswick|Qu[eé]bec\b|Montr[eé]al\b"
    # (real23) a province's initials ("B.C. Labour Market …", not "500 B.C. ...") and a
    # National Occupational Classification code ("(NOC 72203)", "NOC code: 7244")
    r"|(?<!\d )B\.C\.(?=\s[A-Z])|\bNOC(?:\s+code)?:?\s+\d{4,5}\b"
    r"|(?<=[a-z], )(?:ON|BC|AB|MB|SK|NS|NB|QC)(?![\w.])"
    r"|(?<=[A-Z]{2}, )(?:ON|BC|AB|MB|SK|NS|NB|QC)(?=, )"
    # ((rules55a) a mailing address's province before its postal code: "London ON N6E 1X1")
    r"|(?<=[a-z] )(?:ON|BC|AB|MB|SK|NS|NB|QC|PE|NL)(?= [A-Z]\d[A-Z] ?\d[A-Z]\d\b))"
    r"|(NZD|NZ\$|New Zealand|Aotearoa|NZ(?![\w$]))|(SGD|S\$|Singapore)|(JMD|J\$|Jamaica)"
    r"|(TTD|TT\$|Trinidad)|(TWD|NT\$|Taiwan)|(HKD|HK\$|Hong Kong)"
    # (rules38b) Belize's dollar: a Belize gazette's or ministry's "$33,408"
    r"|(BZD|BZ\$|Belize))")
# Pay "plus super" (superannuation, the employer's pension contribution) is Australian.
# ("$82,500 + super (12%)": the plus sign has no word boundary before it)
_SUPER = Gated(re.compile(r"(?:\b(?:plus|and|including|inc\.?)|\+) super\b|\bsuperannuation\b",
                          re.I))
_DOLLARS = ("USD", "AUD", "CAD", "NZD", "SGD", "JMD", "TTD", "TWD", "HKD", "BZD")
# (rules55a, left55) A maker or brand in brackets after its lower-case machine ("the slicer
# (Acme)", "scale/labeller (Acme)", "forklift (Acme Tech)") is no place, whichever name it is
# (a maker may share a dollar city's name); after any other lower-case word ("nurse
# (Perth)", a job at a place) the bracket stays a place.  The machine nouns are data:
# ``tool_lists.heads``, ``machines`` and ``maker_heads``.
_MAKER = re.compile(r"(?<![\w-])(?P<machine>[a-z][a-z/-]*) "
                    r"\([A-Z][A-Za-z&.'-]*(?: [A-Z][A-Za-z&.'-]*)?\)")
# A page that says which dollars its figures are in ("the salaries quoted are in Jamaican
# Dollars") means that dollar, whatever other country it names ("US $1,150" is marked).
_DOLLARS_STATED = re.compile(
    r"\b(US|U\.S\.|American|Australian|Canadian|New Zealand|Singapore|Jamaican|"
    r"Trinidad and Tobago|Taiwan|Hong Kong|Belize) [Dd]ollars?\b")
_STATED_CODES = {"US": "USD", "U.S.": "USD", "American": "USD", "Australian": "AUD",
                 "Canadian": "CAD", "New Zealand": "NZD", "Singapore": "SGD",
                 "Jamaican": "JMD", "Trinidad and Tobago": "TTD", "Taiwan": "TWD",
                 "Hong Kong": "HKD", "Belize": "BZD"}


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
    >>> page_dollar("Base salary   $91,000 + super (12%)")
    'AUD'
    >>> page_dollar("Registration with AHPRA is required. Annual: $71,300")
    'AUD'
    >>> page_dollar("AUDIOVISUAL TECHNICIAN I   $21.62"), page_dollar("AUD 1,450 a week, $1,450")
    ('USD', 'AUD')
    >>> page_dollar("Figures are in Jamaican Dollars: $92,000 (about US $590)")
    'JMD'
    >>> page_dollar("Working in Australia as a Dentist in Queensland or Tasmania; "
    ...             "New Zealand graduates register directly. Pay: $95,000")
    'AUD'
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
    if len(named) > 1:
        return _page_country(text) or "USD"
    return next(iter(named)) if named else "USD"


# (rules39a) A page about one dollar country that names another in passing ("Working in
# Australia as a Dentist … If you qualified in New Zealand you can apply directly"): the
# country named this many times, and this many times as often as every other, is the page's.
_COUNTRY_MENTIONS = 3
_COUNTRY_DOMINANCE = 3


def _page_country(text: str) -> str | None:
    """The dollar country ``text`` is about when it names several: the one it names
    ``_COUNTRY_MENTIONS`` times or more and ``_COUNTRY_DOMINANCE`` times as often as any
    other; None when no country dominates.

    >>> page = "Working in Australia as a Dentist. Queensland pays well; Brisbane too. "
    >>> _page_country(page + "Qualified in New Zealand? Apply directly. $95,000")
    'AUD'
    >>> _page_country("Offices in Canada and the United States pay $70k") is None
    True
    >>> _page_country("Chicago: $20/hr. Melbourne: A$31.90/hr. Casuals get A$39.88") is None
    True
    """
    counts: dict[str, int] = {}
    for match in _DOLLAR_SIGNS.finditer(text):
        if "$" in match.group():
            continue  # ("A$31.90": a figure's own sign, often written in from its line's place)
        for index, group in enumerate(match.groups()):
            if group:
                counts[_DOLLARS[index]] = counts.get(_DOLLARS[index], 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] < _COUNTRY_MENTIONS:
        return None
    if ranked[0] < _COUNTRY_DOMINANCE * ranked[1]:
        return None
    return max(counts, key=lambda code: counts[code])


def named_dollars(text: str) -> frozenset[str]:
    """The dollar countries ``text`` names, by their currency codes (its places, states and
    provinces, its currency's signs).

    >>> sorted(named_dollars("Melbourne, full-time: $29.40/hr")), sorted(named_dollars("$9"))
    (['AUD'], [])
    >>> sorted(named_dollars("Portland OR, 3 years, $17.40/hr; Toronto, ON pays more"))
    ['CAD', 'USD']
    >>> sorted(named_dollars("GRID (2026, annual, CAD)")), named_dollars("Tools (Revit, CAD)")
    (['CAD'], frozenset())
    >>> sorted(named_dollars("Pay (CAD)")), named_dollars("Computer-aided design (CAD)")
    (['CAD'], frozenset())
    """
    if not _DOLLAR_WORDS.search(text):
        return frozenset()  # (speed27) most lines name no dollar country: no scan
    if "(" in text:
        text = _MAKER.sub(_machine_alone, text)  # "labeller (Acme)": a maker, no place
    return frozenset(_DOLLARS[index] for match in _DOLLAR_SIGNS.finditer(text)
                     for index, group in enumerate(match.groups()) if group)


@cache
def _machine_nouns() -> frozenset[str]:
    """The lower-case nouns of a machine or a tool a maker's name may follow in brackets."""
    lists = word_lists("tool_lists")
    return frozenset(word for key in ("heads", "machines", "maker_heads")
                     for word in lists.get(key, ()))


def _machine_alone(match: re.Match[str]) -> str:
    """A :data:`_MAKER` match without its bracket when its noun (the last of a slash pair:
    "scale/labeller") is a machine's; else the match unchanged ("nurse (Perth)").

    >>> _MAKER.sub(_machine_alone, "band saw, scale/labeller (Hobart), vacuum packer")
    'band saw, scale/labeller, vacuum packer'
    >>> _MAKER.sub(_machine_alone, "a nurse (Perth) and a slicer (Berkel)")
    'a nurse (Perth) and a slicer'
    """
    machine = match.group("machine")
    return machine if machine.rsplit("/", 1)[-1] in _machine_nouns() else match.group()


# (speed27) Literals, case as printed, one of which every match of _DOLLAR_SIGNS holds (each
# alternative's own word, code or sign; a state's or province's code for the alternatives
# that open on a town or a look-behind): a line holding none names no dollar country.  The
# pattern opens on "\b(?=[A-Z])", which re cannot skip ahead by, so it was tried at every
# capital of every line of a page that prints a "$" (tests/test_speed27.py checks the list
# against the pattern on the development pages).
_DOLLAR_WORDS = AnyOf((
    "US", "U.S.", "United States", "America",
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "IL", "IN", "IA", "KS",
    "KY", "MD", "MA", "ME", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WV",
    "WI", "WY", "Seattle", "Chicago", "Denver", "Boston", "Houston", "Dallas", "Atlanta",
    "Phoenix", "Philadelphia", "San Francisco", "Los Angeles", "San Diego", "Minneapolis",
    "Detroit", "Nashville", "New York City",
    "AUD", "A$", "Australia", "ANZSCO", "AHPRA", "New South Wales", "Queensland", "Tasmania",
    "NSW", "Sydney", "Melbourne", "Brisbane", "Pty Ltd", "ABN", "Perth", "Adelaide", "Hobart",
    "Canberra", "Darwin", "Pilbara", "Kalgoorlie", "VIC", "QLD", "TAS", "ACT",
    "C$", "CAD", "Canad", "CANAD", "Ontario", "Alberta", "British Columbia", "Manitoba",
    "Saskatchewan", "Nova Scotia", "New Brunswick", "Quebec", "Québec", "Montreal", "Montréal",
    "B.C.", "NOC", "ON", "BC", "AB", "MB", "SK", "NS", "NB", "QC",
    "NZ", "New Zealand", "Aotearoa", "SGD", "S$", "Singapore", "JMD", "J$", "Jamaica",
    "TTD", "TT$", "Trinidad", "TWD", "NT$", "Taiwan", "HKD", "HK$", "Hong Kong",
    "BZD", "BZ$", "Belize"))


# (a cheap scan: symbols, and three capitals or a currency word before a figure)
_MARK = re.compile(r"(?=[$€£₹¥₦₱৳A-Z])(?:(?<![\w&])R\$(?=\s?\d)|[$€£₹¥₦₱৳](?=\s?\d)"
                   r"|\b(?:[KT][Ss]hs?|Php|Rs|RM|Tk|[A-Z]{3})\.?(?=\s?\d)|(?<![\w&])S/\.?(?=\s?\d))")


def page_rupee(text: str) -> str:
    """The currency "Rs." means on a page: the one other rupee country it names, else INR.

    >>> page_rupee("BPS-9 in Pakistan: Rs. 26,360"), page_rupee("Rs 4 lakh a year")
    ('PKR', 'INR')
    """
    named = [code for code, sign in _RUPEES if sign.search(text)]
    return named[0] if len(named) == 1 else "INR"

_HOME_MENTIONS = 2
# Yuan written after a figure ("4,800 yuan", "9.5万元", "3.5万/month": a Chinese page's ten
# thousands), and a page a translator says it read from Chinese.
_YUAN = re.compile(r"\d\s?(?:万|元|yuan\b)")
_CHINESE_PAGE = re.compile(r"\b[Tt]ranslated from:?\s+Chinese\b|\bfrom Chinese\b")
# A page a translator says it read from Vietnamese, or that keeps Vietnamese words (letters
# no other language writes: "Công ty TNHH", "Nhân viên"): its bare figures are dong.
_VIETNAMESE_PAGE = re.compile(r"\b[Tt]ranslated from:?\s+Vietnamese\b|\bfrom Vietnamese\b"
                              r"|\b[Aa]lways translate Vietnamese\b|\bCông ty\b|\bTNHH\b"
                              r"|(?i:[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ])")

# Baht written after a figure ("16,000 - 22,000 baht", "450 baht/day"), and a page a translator
# says it read from Thai or that keeps Thai script: its bare figures are baht.
_BAHT = re.compile(r"\d\s?(?:[Bb]aht\b|฿)|฿\s?\d|\bTHB\s?\d")
_THAI_PAGE = re.compile(r"\b(?:[Tt]ranslated from|[Aa]lways translate|[Oo]riginal language:?)"
                        r"\s+Thai\b|\bfrom Thai\b|[\u0e01-\u0e5b]{3}")

# Indian figures ("2.4 lakh", "1.2 crore", "6 LPA") and the country or its large cities.
_INDIAN_FIGURE = re.compile(r"\d\s?(?:lakhs?|lacs?|crores?|LPA)\b", re.IGNORECASE)
_INDIAN_PLACE = re.compile(r"\b(?:India|Mumbai|Delhi|Bengaluru|Bangalore|Pune|Chennai|Hyderabad"
                           r"|Kolkata|Noida|Gurugram|Gurgaon|Ahmedabad)\b")

# (rules35d) A krona's or krone's code after a figure, as Nordic pages print it ("38 900
# SEK/month", "41 000 NOK"): a page of such figures is in that currency (its bare "kr" too).
_CODE_AFTER = re.compile(r"(?<=\d)[ \u00a0]?(SEK|NOK|DKK|ISK)\b")

# A krona or krone country, or its language, named on a page; and "kr" beside a figure.
_NORDIC_NAMED = re.compile(
    r"\b(Danish|Denmark|Swedish|Sweden|Norwegian|Norway|Icelandic|Iceland)\b")
_NORDIC = {"Danish": "DKK", "Denmark": "DKK", "Swedish": "SEK", "Sweden": "SEK",
           "Norwegian": "NOK", "Norway": "NOK", "Icelandic": "ISK", "Iceland": "ISK"}
# (carry50) The language a translator names as the page's own ("Icelandic to English",
# "Icelandic → English", "translated from Danish").
_NORDIC_SOURCE = re.compile(r"\b(Danish|Swedish|Norwegian|Icelandic)\s*(?:to|→|➝|->)\s*English\b"
                            r"|\b[Tt]ranslated\s+from:?\s+(Danish|Swedish|Norwegian|Icelandic)\b")
_KR_MARK = re.compile(r"(?<![\w.])kr\.? ?(?=\d)|(?<=\d) ?kr\b")
# (real27) The Philippines or its large cities, named twice on a page that prints its
# figures bare ("Top 10 Highest Paying Jobs in the Philippines … Salary: 1,200,000 –
# 1,260,000 per year"): pesos.
_PHILIPPINE = re.compile(r"\b(?:Philippines|Filipinos?|Manila|Cebu|Davao|Makati|Quezon City)\b")

# (rules53a) Tomans or tugriks after a figure or its scale ("22 million tomans", "800 thousand
# tugriks", "3,800,000₮"), and a page a translator says it read from Persian or Mongolian: its
# rials are Iran's (IRR, the toman ten of them) and its bare figures tugriks (MNT).
_TOMANS = re.compile(r"\d\s?(?:(?:million|thousand)\s)?(?:[Tt]omans?\b|تومان)")
_TUGRIKS = re.compile(r"\d\s?(?:(?:million|thousand)\s)?(?:₮|[Tt]ugri?ks?\b|төгрөг)")
# (rules55a) Soums likewise ("6 000 000 soums", "10 mln so'm") and a page read from Uzbek:
# its bare figures and its dollars' period are an Uzbek posting's (UZS, by the month).
_SOUMS = re.compile(r"\d\s?(?:(?:million|thousand|mln)\s)?(?:soums?\b|so[ʻ'‘’]m\b|UZS\b)")
# (rules56a) Tenge likewise ("450 000 ₸", "1 200 000 tenge") and a page read from Kazakh (KZT).
_TENGE = re.compile(r"\d\s?(?:(?:million|thousand|mln)\s)?(?:₸|[Tt]enge\b|теңге|тенге|KZT\b)")
# (rules57a) Manats ("2 000 AZN", "650 ₼", "900 manat") and kyats ("800,000 Ks", "22,000 kyats")
# likewise, and a page read from Azerbaijani or Burmese (AZN, MMK).
_MANATS = re.compile(r"\d\s?(?:₼|manats?\b|AZN\b)")
_KYATS = re.compile(r"\d\s?(?:Ks\b|[Kk]yats?\b|MMK\b|ကျပ်)")
# (rules58a) Drams ("350 000 ֏", "450 000 AMD", "280 thousand drams") and kips ("3.500.000
# Kip", "₭") likewise, and a page read from Armenian or Lao (AMD, LAK).
_DRAMS = re.compile(r"\d\s?(?:(?:million|thousand)\s)?(?:֏|drams?\b|AMD\b)")
_KIPS = re.compile(r"\d\s?(?:₭|[Kk]ip\b|LAK\b)")
# (rules59a) Soms ("35 000 som", "55 thousand soms", "KGS") likewise, and a page read from
# Kyrgyz (KGS).
_SOMS = re.compile(r"\d\s?(?:(?:million|thousand)\s)?(?:soms?\b|KGS\b|сом\b)")
# (rules58a) A posting read from Armenian or Lao that prices its pay in dollars ("$2 500 -
# $3 500 clean, paid in drams") still glosses a figure in its home currency: that currency is
# the page's (its dollar figures are a month's pay, like the dong's pages), however many
# dollar signs it prints.
_HOME_FIRST = frozenset({"Armenian", "Lao"})
_IRAN_MONGOLIA_PAGE = re.compile(r"\b(?:[Tt]ranslated from:?|[Aa]lways translate|[Oo]riginal "
                                 r"language:?|[Ff]rom)\s+(Persian|Mongolian|Uzbek|Kazakh"
                                 r"|Azerbaijani|Burmese|Armenian|Lao|Kyrgyz)\b"
                                 r"|\b(Persian|Mongolian|Uzbek|Kazakh|Azerbaijani|Burmese"
                                 r"|Armenian|Lao|Kyrgyz)\s*"
                                 r"(?:>|→|›|to)\s*English\b")

# (rules57a) A page a translator read from Burmese, or that prints kyats after its figures.
_BURMESE_PAGE = re.compile(r"\b(?:[Tt]ranslated from:?|[Aa]lways translate|[Ff]rom)\s+Burmese\b"
                           r"|\bBurmese\s*(?:>|→|›|to)\s*English\b|\d\s?(?:Ks|[Kk]yats?)\b")

_KENYAN = re.compile(r"\b(?:Kenyan?|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret)\b")
_SHILLINGS_WORD = re.compile(r"\bKenyan?\s+[Ss]hillings?\b")


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
    >>> page_currency("Translated from: Chinese … 15-25K a month")
    'CNY'
    >>> page_currency("This page has been translated from Vietnamese … 6 - 8 million")
    'VND'
    >>> page_currency("Salary: 34 500–41 000 SEK … from 27 800 SEK/month … 36 kr/hour")
    'SEK'
    >>> page_currency("Translated from Danish · Step 1: kr. 27.415,87 · Step 2: kr. 28.208,36")
    'DKK'
    >>> page_currency("Icelandic to English · 40.000 kr. a day, 44.000 kr. · Swedish helps")
    'ISK'
    >>> page_currency("Best jobs in the Philippines … a welder in the Philippines earns 18,000")
    'PHP'
    >>> page_currency("Nurses in Kenya … a nurse in Nairobi starts on 42,000")
    'KES'
    >>> page_currency("Persian > English … 18 to 22 million tomans (180,000,000 rials)")
    'IRR'

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
    if "元" in text or "yuan" in text or "万" in text or "hinese" in text:
        yuan = len(_YUAN.findall(text))
        if yuan or _CHINESE_PAGE.search(text):  # (a Chinese card's bare "15-25K")
            counts["CNY"] = counts.get("CNY", 0) + max(yuan, _HOME_MENTIONS)
    if ("VND" in text or "ietnam" in text or "TNHH" in text) and _VIETNAMESE_PAGE.search(text):
        counts["VND"] = counts.get("VND", 0) + _HOME_MENTIONS  # (a bare "15 - 22 million")
    if "aht" in text or "฿" in text or "hai" in text or "THB" in text:
        baht = len(_BAHT.findall(text))  # (figures before "baht" have no mark before them)
        counts["THB"] = counts.get("THB", 0) + baht + (
            _HOME_MENTIONS if _THAI_PAGE.search(text) else 0)
        if not counts["THB"]:
            del counts["THB"]
    if "lakh" in text or "lac" in text or "crore" in text or "LPA" in text or "India" in text:
        # (figures in lakhs or crores have no mark before them; an Indian place adds one;
        # rules57a: a Myanmar page's lakhs are kyats, its own hundred thousands)
        rupees = len(_INDIAN_FIGURE.findall(text)) + (1 if _INDIAN_PLACE.search(text) else 0)
        code = "MMK" if ("urmese" in text or "Ks" in text or "yat" in text) and (
            _BURMESE_PAGE.search(text)) else "INR"
        if rupees:
            counts[code] = counts.get(code, 0) + rupees
    if "Kenya" in text or "hilling" in text:
        # (a Kenyan place or "Kenyan shillings" adds one: "Salary in Kenya … KES"; real29:
        # a page with no currency mark at all that names Kenya twice, "How to become a
        # Clinical Officer in Kenya … an entry salary of 19,323", quotes shillings)
        places = _HOME_MENTIONS if not counts else 1
        counts["KES"] = counts.get("KES", 0) + len(_KENYAN.findall(text)[:places]) + len(
            _SHILLINGS_WORD.findall(text)[:1])
        if not counts["KES"]:
            del counts["KES"]
    if "hilippine" in text or "ilipino" in text or "Manila" in text:
        counts["PHP"] = counts.get("PHP", 0) + len(_PHILIPPINE.findall(text)[:_HOME_MENTIONS])
    if "oman" in text or "تومان" in text or "ugri" in text or "₮" in text or "ersian" in text or (
            "ongolian" in text) or "zbek" in text or "soum" in text or "UZS" in text or (
            "o'm" in text or "oʻm" in text or "o‘m" in text or "o’m" in text) or (
            "azakh" in text or "₸" in text or "enge" in text or "KZT" in text) or (
            "AZN" in text or "₼" in text or "manat" in text or "zerbaijani" in text) or (
            "urmese" in text or "Ks" in text or "yat" in text or "MMK" in text) or (
            "rmenian" in text or "֏" in text or "dram" in text or "AMD" in text) or (
            "Lao" in text or "₭" in text or "ip" in text or "LAK" in text) or (
            "yrgyz" in text or "som" in text or "KGS" in text):
        source = _IRAN_MONGOLIA_PAGE.search(text)
        language = (source.group(1) or source.group(2)) if source else ""
        for code, figures, own in (("IRR", _TOMANS, "Persian"), ("MNT", _TUGRIKS, "Mongolian"),
                                   ("UZS", _SOUMS, "Uzbek"), ("KZT", _TENGE, "Kazakh"),
                                   ("AZN", _MANATS, "Azerbaijani"), ("MMK", _KYATS, "Burmese"),
                                   ("AMD", _DRAMS, "Armenian"), ("LAK", _KIPS, "Lao"),
                                   ("KGS", _SOMS, "Kyrgyz")):
            printed = len(figures.findall(text))
            found = printed + (_HOME_MENTIONS if language == own else 0)
            if printed and language == own and own in _HOME_FIRST:
                return code
            if found:
                counts[code] = counts.get(code, 0) + found
    if "SEK" in text or "NOK" in text or "DKK" in text or "ISK" in text:
        for code in _CODE_AFTER.findall(text):  # (Nordic pages print the code after a figure)
            counts[code] = counts.get(code, 0) + 1
    nordic = {_NORDIC[m] for m in _NORDIC_NAMED.findall(text)} if "kr" in text else set()
    if len(nordic) > 1 and (source := _NORDIC_SOURCE.search(text)) is not None:
        # (carry50) "Icelandic to English" on a page that also asks for Swedish: the
        # language the translator read the page from names its krona
        nordic = {_NORDIC[source.group(1) or source.group(2)]}
    if len(nordic) == 1:
        # (carry36) "kr. 27.415,87" on a page that names one krone country or its language
        # ("translated from: Danish"): that country's krone
        code = nordic.pop()
        counts[code] = counts.get(code, 0) + len(_KR_MARK.findall(text))
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

# (rules43a) pay stated by the hour ("$29.64 - $38.12 per hour", "$2.25/hr", "hourly rate")
_HOURLY = re.compile(r"\b(?:a|per|an) hour\b|/\s?(?:hr|hour)\b|\bhourly\b", re.IGNORECASE)


# (rules49a) "twice a year", "once a year": how often something is paid, not a yearly figure
_HOW_OFTEN = re.compile(r"\b(?:once|twice|thrice)\s*$", re.IGNORECASE)
# (fresh60) "a year or more", "a year of experience": how long, no period of pay
_SPAN_AFTER = re.compile(r"\s+(?:or\s+(?:more|longer|over)|of\s+(?:experience|work|practice))\b",
                         re.IGNORECASE)
_ALLOWANCE_YEAR = 2_000  # no yearly pay is this low: "sports compensation up to 400 € a year"


def _pay_year(text: str, year: re.Match[str]) -> bool:
    """Whether a yearly period word states pay by the year: not one that says how often
    something is paid ("result pay twice a year") nor one after a figure too small to be a
    year's pay ("sports compensation up to 400 € a year", an allowance on a monthly posting)."""
    before = text[max(0, year.start() - 24):year.start()]
    if _HOW_OFTEN.search(before):
        return False
    if year.group()[:2].lower() == "a " and _SPAN_AFTER.match(text, year.end()):
        return False  # (fresh60) "Any sales experience – a year or more": a span of time
    figures = find_amounts(before)
    return not (figures and max(figures[-1].low or 0, figures[-1].high or 0) < _ALLOWANCE_YEAR)


# A page that says its pay is quoted by the month ("Salaries are monthly", "salaries shown
# are per month").
_MONTHLY_STATED = re.compile(r"\b[Ss]alar(?:y|ies)\s+(?:figures\s+)?(?:(?:quoted|shown|given|"
                             r"listed|stated)\s+)?(?:are|is)\s+(?:(?:quoted|shown|given|stated)\s+)?"
                             r"(?:monthly|per month|by the month)\b")
_MONTHLY_CEILING = 20_000  # no yearly pay in dollars, pounds or euros is this low
# (a figure, a currency sign or a pay word: "PAY GUIDE (GBP, a month, …)" over a dotted table)
_DIGIT_NEAR = re.compile(r"\d|[$€£¥₹]|\b(?i:pay|paid|salar(?:y|ies)|wages?|earn\w*|rates?|"
                         r"income|stipend)\b")
_NEAR = 40  # characters either side of a period word where its figure may stand
# (rules56b) A figure in a currency of at most two whole digits right before a period word
# ("£5.95 a month", "€9/month"): a price, too small to be any month's pay.
_PETTY_BEFORE = re.compile(r"(?:[$€£]|\b(?:USD|EUR|GBP)\s?)\d{1,2}(?:[.,]\d\d)?\s*$")


# (rules59b) A count of working spells before a period word ("2–3 weekends a month", "four
# shifts per month"): how often the work is done.
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|a few|several))\s*"
                             r"(?:[-–]\s*\d+\s*)?(?:weekends?|shifts?|days?|nights?|evenings?|"
                             r"sessions?|visits?|times)\s*$", re.IGNORECASE)


# India's central pay matrix ("7th CPC pay matrix", "Level-6 in the Pay Matrix"): its levels'
# ranges are monthly basic pay (a page that says so states no period beside them).
_PAY_MATRIX = re.compile(r"\b\d(?:st|nd|rd|th)\s+CPC\b|\b[Pp]ay [Mm]atrix\b")


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
    >>> print(page_period("Steps: $31.20 … $38.90 per hour; nights $3/hr; premium $150 per month"))
    None

    """
    if ("CPC" in text or "atrix" in text) and _PAY_MATRIX.search(text):
        return "month"  # an Indian pay commission's matrix levels are monthly pay
    if "onth" not in text and "ensuel" not in text and "par mois" not in text:
        return None  # (most pages never say "month": a few substring tests)
    if _MONTHLY_STATED.search(text):
        return "month"  # "Salaries are monthly and based on a 13-month per year payment"
    if any(_pay_year(text, year) for year in _YEARLY.finditer(text)):
        return None
    # (carry48) a "monthly" with no figure and no pay word near it ("run the monthly update
    # with the PMs") says how often something is done, not how pay is stated
    # ((rules56b) a price of two digits a month, a union's or an app's subscription, "£5.95 a
    # month", "$9.99/month", is no pay: it says nothing of how the page states pay)
    # ((rules59b) a figure before the period word stands on its line — "Start: 01/2027"
    # above "monthly bookkeeping" is no monthly pay; a heading's "(monthly)" over its figures
    # still counts —, and a count of weekends, shifts or days before it, "2–3 weekends a
    # month", says how often one works, not how pay is stated)
    mentions = sum(1 for month in _MONTHLY.finditer(text) if _DIGIT_NEAR.search(
        text, max(0, month.start() - _NEAR, text.rfind("\n", 0, month.start()) + 1),
        month.end() + _NEAR) and not _PETTY_BEFORE.search(
            text, max(0, month.start() - 12), month.start()) and not _COUNTED_BEFORE.search(
            text, max(0, month.start() - 30), month.start()))
    if "our" in text or "hr" in text:
        hourly = len(_HOURLY.findall(text))
        if hourly > mentions:
            return None  # (rules43a) an hourly schedule, one add-on a month ("premium $150 per
            # month"): its figures with no period are no monthly pay
    if mentions == 1 and all(max(m.low or 0, m.high or 0) < _MONTHLY_CEILING
                             for m in find_amounts(text, bare=True)):
        # One band stated monthly ("$4791 to $6212 monthly") among pay steps that state no
        # period, none of them a yearly figure: the page's figures are monthly.
        return "month"
    return "month" if mentions >= 2 else None
