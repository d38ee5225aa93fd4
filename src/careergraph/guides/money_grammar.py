"""The tokens of the money grammar: currencies, symbols and codes, number formats, scales,
periods and regions.

Low-level pieces the amount reader (:mod:`careergraph.guides.amounts`) combines: the
:class:`Money` it returns, the amount pattern, the notations a figure is rewritten from
(pounds and shillings ``£3 10s``, a sign after the figure ``1 802 €``, a decimal comma
``7.184,36``), scales (``k``, ``lakh``, ``crore``, ``万``), the period a figure is paid per and
the region named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Money",
    "comma_decimal",
    "label_period",
    "labelled_band",
    "region_name",
]


_SYMBOLS = {
    "US$": "USD", "R$": "BRL", "$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD",
    "S$": "SGD", "NZ$": "NZD", "HK$": "HKD", "€": "EUR", "£": "GBP", "₹": "INR", "Rs.": "INR",
    "Rs": "INR", "¥": "JPY", "R": "ZAR", "₦": "NGN", "N": "NGN", "₱": "PHP", "Php": "PHP",
    "Ksh": "KES", "KSh": "KES", "Kshs": "KES", "KShs": "KES", "RM": "MYR",
    # the Tanzanian shilling as a translated posting writes it ("TSh 650,000", "Tshs 500,000")
    "TSh": "TZS", "Tsh": "TZS", "TShs": "TZS", "Tshs": "TZS",
    "Tk.": "BDT", "Tk": "BDT", "৳": "BDT", "S/": "PEN", "S/.": "PEN",
    "J$": "JMD", "TT$": "TTD", "NT$": "TWD", "EC$": "XCD", "BZ$": "BZD",
    "円": "JPY", "yen": "JPY",  # (after the figure: "1,180 yen", "369.1万円")
    "₩": "KRW", "won": "KRW", "원": "KRW",  # (after the figure: "2,721,000 won", "3,400만원")
    # Chinese yuan after the figure, as a translator leaves it ("6500-8500 yuan", "9.5万元"),
    # and "RMB" before it ("RMB 8,000")
    "元": "CNY", "yuan": "CNY", "RMB": "CNY",
    # (a translator's "around 3,012 euros": the word after a figure in English notation)
    "euro": "EUR", "euros": "EUR",
    # the rupiah's "Rp" before a figure ("Rp 7.500.000", "Rp4,8 million", "Rp 5,6 jt")
    "Rp": "IDR",
    # the dong's sign after a figure ("15.000.000₫")
    "₫": "VND",
    # the Turkish lira after a figure, as a translator leaves it ("32.000 TL", "30 thousand TL")
    "TL": "TRY", "₺": "TRY",
    # the Thai baht, a translator's word after a figure ("16,000 - 22,000 baht", "450
    # baht/day") or the sign before or after it ("฿18,000")
    "baht": "THB", "Baht": "THB", "฿": "THB",
    # the new shekel, its sign before or after a figure ("₪ 6,900", "9,000-14,000 ₪") and the
    # "NIS" a translator writes for ש"ח ("NIS 7,200", "45 NIS per hour")
    "₪": "ILS", "NIS": "ILS",
    # (rules53a) the tugrik's sign after a figure or its scale ("3,800,000₮", "1.5 million ₮");
    # the toman's "IRT" is what amounts.py writes for "tomans" (ten rials, read as IRR there)
    "₮": "MNT", "IRT": "IRT",
    # (rules54a) the rouble's sign after a figure ("180 000 ₽", space-grouped: amounts.py reads
    # it with the koruna's notation) and the Ethiopian birr, a translator's word after a figure
    # or the sign "Br" before it ("18,500 birr gross", "Br 9,200")
    "₽": "RUB", "birr": "ETB", "Birr": "ETB", "Br": "ETB",
    # (rules56a) the tenge's sign after a figure or its scale ("1.2 mln ₸"; space-grouped
    # thousands, "450 000 ₸", read by amounts.py with the koruna's notation)
    "₸": "KZT",
    # (rules57a) the manat's sign and the kyat's "Ks" after a figure ("650 – 900 ₼", "600,000 -
    # 800,000 Ks", "22,000 Ks per working day"), as Azerbaijani and Myanmar postings print them
    "₼": "AZN", "Ks": "MMK", "kyat": "MMK", "kyats": "MMK", "Kyats": "MMK",
}
_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "INR", "SGD", "CHF", "JPY", "NZD", "ZAR", "HKD",
          "AED", "SEK", "NOK", "DKK", "MXN", "BRL", "CNY", "KES", "NGN", "PHP", "SAR", "QAR",
          "MYR", "PKR", "BDT", "PEN", "LKR", "NPR", "JMD", "TTD", "TWD", "XCD", "PLN", "KRW",
          "IDR", "VND", "TRY", "THB", "CZK", "BZD", "RON", "HUF", "ILS", "UAH", "RSD", "TZS",
          "MKD", "GEL", "IRR", "MNT", "RUB", "ETB", "UZS", "KZT", "AZN", "MMK", "AMD", "LAK",
          # (rules58a) the Fijian dollar's code before a figure ("FJD 9.80 per hour")
          "FJD",
          # (rules59a) the Kyrgyz som's code ("KGS 45 000"; the word "som" after a figure is
          # read by amounts.py with the koruna's notation)
          "KGS")
# The rand's "R" counts only glued to a figure ("R4 500"), never a word's letter or a lone R.
_CUR = (r"US\$|R\$|CA\$|AU\$|NZ\$|HK\$|TT\$|NT\$|EC\$|BZ\$|C\$|A\$|S\$|J\$|\$|€|£|₹|¥|₦|₱|৳|₩|฿|₪"
        r"|\bNIS(?=\s?\d)"
        r"|Rs\.?(?=\s?\d)|(?<![\w&])R(?=\d)"
        # The taka's "Tk" and the sol's "S/" count only before a figure ("Tk. 16,000", "S/ 2,840").
        r"|(?<![\w&])(?:Tk\.?|S/\.?)(?=\s?\d)"
        # Shillings, pesos and ringgit written as words glued to or spaced from a figure
        # ("Ksh 31,270", "Ksh.27,100", "Php 21,500", "RM3,500"), never a word's letters.
        r"|(?<![\w&])(?:[KT][Ss]hs?|Php|RM|Rp)\.?(?=\s?\d)"
        # (rules54a) the birr's sign likewise, only before a figure ("Br 9,200", "Br.18,500")
        r"|(?<![\w&])Br\.?(?=\s?\d)"
        # The naira's "N" likewise, glued to a figure with a thousands group or a scale
        # ("N185,000", "N1.2 million"), never "N95" masks or "Level N3".
        r"|(?<![\w&])N(?=\d{1,3}(?:,\d{3}|\.\d+\s?million))"
        r"|\bRMB(?=\s?\d)|"
        + "|".join(_CODES))
# A code written before a symbol names the symbol's currency ("AUD $105,000", "cad $82,000"):
# looked for behind a matched symbol, not at every position of every line.
# (a whole word: "makes $18.60" is no shillings)
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:" + "|".join(_CODES) + r")\s?$|\bUS\s$")
_NUM = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = (r"[kK](?![A-Za-z])|thousand\b|[Ll]a(?:kh|hk)s?\b|LAKHS?\b|[Ll]acs?\b|LPA\b|L(?![A-Za-z])"
          r"|[Cc]rores?\b|CRORES?\b"
          r"|[Cc]r\b|million\b|billion\b|trillion\b|bn\b|mn\b|[mMbB](?![A-Za-z])"
          # (rules55a) "mln", a translator's million ("10 mln soums", "from 6 mln so'm")
          r"|mln\b"
          # (the rupiah's juta, a million, as an Indonesian page shortens it: "Rp 5,6 jt")
          r"|jt\b|juta\b"
          # (Japanese and Korean ten thousands, only before the yen's or won's sign:
          # "369.1万円", "3,400만원", "3,400만 원"; a Chinese page's 万 before the yuan's sign
          # or standing alone, "9.5万元", "1.1万 yuan", "3.5万/month", never before a word
          # "万人")
          r"|万(?=円|元|\s?yuan\b|[^\u3040-\u30ff\u4e00-\u9fff]|$)|만(?=\s?원)"
          # (a Japanese posting's thousands before the yen's sign: "195千円")
          r"|千(?=円)")
_AMOUNT = re.compile(
    rf"(?P<pre>{_CUR})?\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?(?P<plus>\+(?!\d))?"
    # A code after an amount is its currency unless it opens the next one ("… AUD $105,000").
    rf"(?:\s?(?P<post>{'|'.join(_CODES)}|IRT|₮|€|£|円|yen\b|won\b|원|元|yuan\b|euros?\b|₫|TL\b|₺|[Bb]aht\b|฿|₪|NIS\b|(?<=\d)ALL\b|₽|₸|[Bb]irr\b|₼|(?<=\d\s)Ks\b|[Kk]yats?\b)(?![a-z])(?![A-Z](?![a-z]))(?!\s?[$€£₹¥\d]))?"
)


# A range's ends may each carry a one-word label ("£24,000 Starter to £43,000 Experienced").
_DIGIT = re.compile(r"\d")


# (?=[…]): what a match can start with, one test per position before the alternatives.
_CURRENCY = re.compile(rf"(?=[A-Z$€£₹¥₦₱৳₩฿₪₮₽₸₼lcywbk円원元₫\d])"
                       rf"(?:{_CUR}|[Ll]a(?:kh|hk)|LAKH|[Ll]acs?\b|LPA|[Cc]rore|CRORE|\d\s?L\b|円|yen\b"
                       r"|\bwon\b|원|元|\byuan\b|₫|₮|\bIRT\b|\bTL\b|₺|\b[Bb]aht\b|฿|₪|\bNIS\b"
                       # (rules49a) the lek's code as the lek's reading glues it: "45000ALL"
                       r"|(?<=\d)ALL\b"
                       # (rules54a) the rouble's sign and the birr's word after a figure
                       r"|₽|\b[Bb]irr\b"
                       # (rules56a) the tenge's sign after a figure
                       r"|₸"
                       # (rules57a) the manat's sign, the kyat's "Ks" and word after a figure
                       r"|₼|(?<=\d )Ks\b|\b[Kk]yats?\b)")


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


# Pounds and pence, dollars and cents in words, as an easy-read page writes pay ("£12 and 40p
# for each hour", "$21 and 5 cents"): one figure.
_AND_PENCE = re.compile(r"([£$€])(\d{1,3}) and (\d{1,2})\s?(?:p\b|pence\b|cents?\b|c\b)")


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {**{word: n for n, word in enumerate(_UNITS, 1)},
                 **{word: 10 * n for n, word in enumerate(_TENS, 2)}}
# A number in words before an Indian scale ("seven lakhs", "twenty-five lakh", "two crore"):
# Indian pages write round pay so.
_WORDED_LAKH = re.compile(
    rf"\b(?i:(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<unit>{'|'.join(_UNITS[:9])}))?"
    rf"|(?P<alone>{'|'.join(_UNITS)}))(?=\s+(?:[Ll]a(?:kh|hk)s?|LAKHS?|lacs?|[Cc]rores?)\b"
    # (not the lakhs of a figure that goes on in thousands: "one lakh twenty thousand")
    r"(?!\s+(?:and\s+)?(?:[\w-]+\s+){1,2}(?i:thousand)))")


def worded_lakh(match: re.Match[str]) -> str:
    """``seven`` (before "lakhs") as ``7``, padded in front so that offsets stay.

    >>> _WORDED_LAKH.sub(worded_lakh, "about seven lakhs, or twenty-five lakh").split()
    ['about', '7', 'lakhs,', 'or', '25', 'lakh']
    """
    words = match.groupdict()
    value = _NUMBER_WORDS[(words["tens"] or words["alone"]).lower()] + (
        _NUMBER_WORDS[words["unit"].lower()] if words["unit"] else 0)
    return str(value).rjust(len(match.group()))


def _pence_joined(match: re.Match[str]) -> str:
    """``£12 and 40p`` as ``£12.40`` padded behind, so that offsets stay.

    >>> _AND_PENCE.sub(_pence_joined, "get £12 and 40p for each hour").split()
    ['get', '£12.40', 'for', 'each', 'hour']
    """
    figure = f"{match.group(1)}{match.group(2)}.{int(match.group(3)):02d}"
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


# A translator's "between 21 and 25 thousand euros" ("entre 21 y 25 mil euros"): the thousand
# belongs to both ends; "around 29 thousand euros" is a figure in euros.
_THOUSAND_EUROS = re.compile(r"(?<![\d.,])(\d{1,3})(?:(\s(?:and|to|-|–)\s)(\d{1,3}))?"
                             r"\sthousand(?=\seuros?\b)")


def _thousand_euros(match: re.Match[str]) -> str:
    """``21 and 25 thousand`` (before "euros") as ``€21000 and €25000``, padded in front like
    :func:`_real_point`.

    >>> " ".join(_THOUSAND_EUROS.sub(_thousand_euros, "between 21 and 25 thousand euros").split())
    'between €21000 and €25000 euros'
    """
    low = f"€{match.group(1)}000"
    figure = low if match.group(3) is None else f"{low}{match.group(2)}€{match.group(3)}000"
    return figure.rjust(len(match.group()))


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
        if match.group(4) is not None:  # a band's upper end in the same notation
            figure += match.group(3) + comma_decimal(match.group(4))
    else:
        figure = "€" + comma_decimal(match.group(6))
    return figure.rjust(len(match.group()))


def _zloty_first(match: re.Match[str]) -> str:
    """``5 420 zł`` as ``5420PLN `` and ``PLN 8,4 thousand`` as ``PLN 8.4 thousand``: the
    code glued after the figure, the decimal comma a point, padded behind (the figure starts
    where it did, so that the words before it stay whole; offsets stay)."""
    if match.group(1) is None:
        return f"PLN{match.group(2)}{match.group(3)}.{match.group(4)}"
    digits = re.sub(r"[ \u00a0\u202f]", "", match.group(1))
    return (comma_decimal(digits) + "PLN").ljust(len(match.group()))


_KORUNA_CODES = {"Kč": "CZK", "CZK": "CZK", "lei": "RON", "RON": "RON", "Ft": "HUF", "HUF": "HUF",
                 "UAH": "UAH", "грн": "UAH", "₴": "UAH",
                 "RSD": "RSD", "din.": "RSD", "dinar": "RSD", "dinars": "RSD",
                 "lek": "ALL", "lekë": "ALL", "leke": "ALL", "Lek": "ALL", "Lekë": "ALL",
                 "Leke": "ALL",
                 # (rules51a, carry51) the Macedonian denar: "30.000 денари net", "350 den."
                 "MKD": "MKD", "денари": "MKD", "денар": "MKD", "ден.": "MKD", "den.": "MKD",
                 "denars": "MKD", "denari": "MKD",
                 # (rules54a) the Russian rouble: "180 000 ₽", "95 000 rub.", "120 000 roubles"
                 "₽": "RUB", "RUB": "RUB", "руб.": "RUB", "rub.": "RUB", "ruble": "RUB",
                 "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
                 # (rules55a) the Uzbek soum as a translator leaves it ("6 000 000 soums",
                 # "7 500 000 so'm", "UZS"), and "c.u." (conventional units, Russian "у.е."),
                 # a Central Asian posting's name for US dollars ("3 200 - 4 000 c.u.")
                 "UZS": "UZS", "soum": "UZS", "soums": "UZS", "so'm": "UZS", "soʻm": "UZS",
                 "so‘m": "UZS", "so’m": "UZS", "sum": "UZS", "сўм": "UZS", "сум": "UZS",
                 "c.u.": "USD", "у.е.": "USD",
                 # (rules56a) the Kazakh tenge as a translator leaves it ("450 000 ₸", "1 200 000
                 # tenge", "350 000 тг.", "KZT")
                 "KZT": "KZT", "₸": "KZT", "tenge": "KZT", "Tenge": "KZT", "теңге": "KZT",
                 "тенге": "KZT", "тг": "KZT", "тг.": "KZT",
                 # (rules57a) the Azerbaijani manat as a translator leaves it ("2 000 – 2 800
                 # AZN", "650 – 900 ₼", "650 - 900 manat")
                 "AZN": "AZN", "₼": "AZN", "manat": "AZN", "manats": "AZN",
                 # (rules58a) the Armenian dram ("350 000 - 500 000 ֏", "450 000 AMD", "470 000
                 # dram") and the Lao kip with point-grouped thousands ("3.500.000 Kip", "LAK")
                 "AMD": "AMD", "֏": "AMD", "dram": "AMD", "drams": "AMD",
                 "LAK": "LAK", "₭": "LAK", "Kip": "LAK", "kip": "LAK", "Baht": "THB",
                 "baht": "THB",
                 # (rules59a) the Kyrgyz som as a translator leaves it ("35 000 - 55 000 som to
                 # hand", "800 soms", "KGS", Russian "сом")
                 "KGS": "KGS", "som": "KGS", "soms": "KGS", "сом": "KGS"}


def _koruna_first(match: re.Match[str]) -> str:
    """``45 000 – 52 000 Kč`` as ``45000 – 52000CZK``, padded behind (offsets stay): Czech
    notation's space-grouped thousands (and an Austrian-style ",-") read as one figure each,
    the code glued after the top end (the range grammar gives it to both ends); Romanian
    lei's point-grouped thousands and decimal comma likewise (``41,30 lei`` as ``41.30RON``).
    """
    code = _KORUNA_CODES[match.group("code")]
    low = comma_decimal(re.sub(r"[ \u00a0\u202f]|,-", "", match.group("low")))
    if match.group("high") is None:
        return (low + code).ljust(len(match.group()))
    high = comma_decimal(re.sub(r"[ \u00a0\u202f]|,-", "", match.group("high")))
    return f"{low}{match.group('join')}{high}{code}".ljust(len(match.group()))


# A dash read through the wrong code page ("52,000β€”98,000") still joins a range.
# ("310万円～420万円": a Japanese page's full-width tilde joins its range too)
# (rules45a) A capitalised word between the ends ("€30,000 Gross – €40,000") only after one
# space: after a wide gap it starts the next cell ("Ukraine – 20 800 UAH   Kyiv – 26 000 UAH").
# (real45) "between £15,000 to around £23,000": a hedge before the second end joins it too.
# (carry51) A form's Title Case "From $92,500 To $105,000 Per Year" joins its ends as "to".
# (real53) So does "up to" right after the low end: "can earn £48,000 up to £90,000 a year".
_JOIN = re.compile(r"(?:(?!\s{2})\s+[A-Z][a-z]+)?\s*(?:-|–|—|~|〜|～|"
                   # (real54) "from a low of about $X to a high of about $Y": one band
                   r"(?:[Tt]o(?:\s+a\s+high\s+of)?|ris(?:es|ing)\s+to|up\s+to)"
                   r"(?:\s+(?:around|about|approximately|roughly)(?=\s*\D))?"
                   r"|and(?:\s+(?:tops?|maxes|peaks)\s+out"
                   # "starts at $64,200 and tops out at $97,800": one band
                   r"\s+(?:at|near|around|about)|\s+ris(?:es|ing)\s+to)?|until|β€[”“]|â€[”“])\s*"
                   r"(?P<over>over\s+|more than\s+)?")

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


# A day named by what is done in it ("$650 per education day", "per teaching day").
_NAMED_DAY = re.compile(r"\s*(?:a|per)\s+[a-z]+\s+day\b", re.IGNORECASE)
# An hour named by what is counted in it ("$18.25 per active hour", "an engaged hour").
_NAMED_HOUR = re.compile(r"\s*(?:an?|per)\s+[a-z]+\s+hour\b", re.IGNORECASE)

_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000,
                "lahk": 100_000, "lahks": 100_000,  # (a common misspelling: "Rs. 6 lahks")
                "lac": 100_000, "lacs": 100_000, "lpa": 100_000, "l": 100_000,
                "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000,
                "million": 1_000_000,  # (a million is read only as pay: see _MILLION_PAY)
                "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                "万": 10_000, "만": 10_000, "千": 1_000, "jt": 1_000_000, "juta": 1_000_000}


# Japanese pay is told in millions of yen ("4.023 million yen" a year), Korean pay in millions
# of won ("47.5 million won"): a few millions of either are pay with no period after them (a
# firm's sales run to hundreds of millions or billions).  The ceiling is in millions.
_FEW_MILLIONS = {"yen": 30, "円": 30, "won": 300, "원": 300}
_RUPIAH_MILLIONS = 500  # a month's pay in millions of rupiah stays below this


def _yen_millions(amount: re.Match[str]) -> bool:
    """A few million yen or won ("4.023 million yen", "47.5 million won"): pay, where other
    millions need a period."""
    ceiling = _FEW_MILLIONS.get((amount.group("post") or "").lower())
    return (amount.group("scale") == "million" and ceiling is not None
            and float(amount.group("num").replace(",", "")) < ceiling)


def _rupiah_millions(amount: re.Match[str]) -> bool:
    """Millions of rupiah ("Rp 8,2 million", "Rp 18 million"): pay, as any Indonesian
    monthly salary is told, with or without a period after it.

    >>> rupiah, dollars = _AMOUNT.match("Rp 18 million"), _AMOUNT.match("$18 million")
    >>> _rupiah_millions(rupiah), _rupiah_millions(dollars)
    (True, False)
    """
    return (amount.group("scale") == "million" and (amount.group("pre") or "").startswith("Rp")
            and float(amount.group("num").replace(",", "")) < _RUPIAH_MILLIONS)


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


_INDIAN = frozenset({"lakh", "lakhs", "lahk", "lahks", "lac", "lacs", "lpa", "l", "crore", "crores",
                     "cr"})
_PERIODS = (
    ("per hour", "hour"), ("/hour", "hour"), ("/hr", "hour"), ("an hour", "hour"),
    ("hourly", "hour"), ("per month", "month"), ("/month", "month"), ("/mo", "month"),
    ("monthly", "month"), ("a month", "month"), ("per day", "day"), ("/day", "day"),
    ("daily", "day"), ("a day", "day"), ("per week", "week"), ("/week", "week"), ("a week", "week"),
    ("weekly", "week"), ("/wk", "week"), ("per annum", "year"), ("per year", "year"),
    ("a year", "year"), ("/year", "year"), ("/yr", "year"), ("annually", "year"),
    # Australian and New Zealand award pay is paid and quoted by the fortnight: its own period
    # (the printed figure kept, not halved into a week's)
    ("per fortnight", "fortnight"), ("a fortnight", "fortnight"), ("/fortnight", "fortnight"),
    ("fortnightly", "fortnight"),
    # a shift rate is a day's pay ("Rate: £210 a shift")
    ("a shift", "day"), ("per shift", "day"), ("/shift", "day"),
    # (rules37b) a fee for one day's work ("Poll Clerk | £215.00 for the day")
    ("for the day", "day"), ("for a day", "day"),
    # (rules41a) a Hungarian posting's units left by a translator: "Ft/hó" a month, "Ft/óra"
    # an hour ("Ft/órától", from an hour's rate)
    ("/hó", "month"), ("/óra", "hour"), ("/órá", "hour"),
    # (rules42a) a Finnish posting's "€/kk" (kuukausi), a month, as a translator leaves it
    ("/kk", "month"),
)

# The period as an adjective right after the figure ("$72,800 annual salary"); further on,
# "annual" describes what comes next ("…, an annual increment of …", "Annual income …").
# (rules51a) And a Catalan or Spanish posting's yearly gross as a translator leaves it: "SBA"
# (salari brut anual) after the figure or "gross annual": "20.160 € SBA in 14 pays", "21.300 €
# gross annual" (not "in 14 pays" alone: a month's pay is paid in 14 payments too).
_ADJECTIVE_YEAR = re.compile(r"\s*(?:(?:annual|yearly)\s+(?:salary|pay|income|wage|earnings)\b"
                             r"|(?:gross|brut|bruto)\s+(?:annual|anual)\b|sba\b)")
# (rules51a) The yearly gross named before the figure: "SBA (salari brut anual): 20.160 €",
# "Median SBA in the Girona region: 19.600 €".
_YEARLY_GROSS_BEFORE = re.compile(r"\b(?:SBA|salari brut anual|salario bruto anual)\b"
                                  r"[^.;\d€$£]{0,40}$")

_SEGMENT_MARKS = "|;·•\t"

_REGIONS = (
    "United States", "United Kingdom", "USA", "US", "UK", "U.S.", "Europe", "EU", "Germany",
    "France", "Netherlands", "Ireland", "Spain", "India", "Canada", "Australia", "Singapore",
    "Japan", "Switzerland", "London", "New York", "San Francisco", "Seattle", "Bangalore",
    "Bengaluru", "Berlin", "Toronto", "Remote", "Global", "Worldwide", "North America", "APAC",
    "Latin America", "Asia",
)

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
# (a span of time counted between them is no figure: "average gross weekly pay over the 12
# weeks before dismissal was £1,184")
_PERIOD_BEFORE = re.compile(
    # ((fresh61) "Pay: day wages from 36.000 kr.", a translated posting's day wage)
    r"(?:\b(hourly|weekly|fortnightly|monthly|daily|annual|yearly|day rates?|day wages?)\b"
    # (a capitalised name that opens with a period word: "Daily Clarion", "Weekly Herald";
    # a pay label's own word after it still counts, "Daily Rate", "Annual Salary")
    r"(?!\s+(?=(?-i:[A-Z][a-z]))(?!(?:rate|wage|pay|salar|earning|income|average|median|mean|"
    r"gross|net|base|basic|fee|total|minimum|maximum|range|figure|amount|cost|bonus)))"
    # (a Japanese or Chinese posting's own words left by a translator: "年収例 370万円", an
    # example of annual income; "月給", "時給", "日給", "年薪", "月薪")
    r"|(年収|月給|時給|日給|年薪|月薪))"
    # (a bound after the label's colon: "Median weekly earnings: < $920", "…: under $920")
    r"(?:[^.;:$€£₹\d]|\d{1,3}\s(?:weeks|months|days|years)\b)*"
    r"(?::\s*(?:[<>≤≥]|(?:under|over|below|above|less than|more than|up to|about|around)\b)?\s*"
    # (carry33) or a row's own short label after it: "DAILY RATES: Tier A $550; Tier B $520"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s[\w'’-]+){0,2}\s+)?)?$",
    re.IGNORECASE)  # ("Weekly average for a full-time guard: $812": the label's colon)

# (rules42b: a schedule's "Day rate (Mon-Fri)" column, a shift's "Day rates" heading)
_PERIOD_WORD = re.compile(r"\b(hourly|weekly|fortnightly|monthly|daily|annual|yearly|"
                          r"day\s+rates?)\b", re.IGNORECASE)
# (prec11) A capitalised word after a capitalised period word that makes the two a name ("Daily
# Clarion", "Weekly Courier"), not a pay label's word ("Daily Rate", "Yearly Max", "Monthly Gross").
# (one space: a table's header "Hourly      Annual" names two columns, no name)
_NAME_AFTER = re.compile(r" (?=[A-Z][a-z])(?!(?i:hourly|weekly|fortnightly|monthly|daily|annual|"
                         r"yearly|rates?|wages?|pay|salar|earning|income|average|"
                         r"median|mean|gross|net|base|basic|fees?|total|min|mid|max|low|high|top|"
                         r"range|figure|amount|cost|bonus|stipend|allowance|compensation|"
                         r"remuneration|band|scale|equivalent|hour|increment|starting|entry|"
                         r"package|earn|take|ctc|salary)\b|(?i:salar|earning))")
_PERIOD_WORDS = {"day rate": "day", "day rates": "day", "day wage": "day", "day wages": "day",
                 "hourly": "hour", "weekly": "week",
                 "fortnightly": "fortnight",
                 "monthly": "month", "daily": "day", "annual": "year", "yearly": "year",
                 "年収": "year", "月給": "month", "時給": "hour", "日給": "day", "年薪": "year",
                 "月薪": "month"}


# (rules42c) A column head's period in brackets after "per" ("Pay rate to worker (per day)",
# "Charge rate (per hour)", "Salary (per annum)"): the period of the figures under it.
_BRACKET_PERIOD = re.compile(r"\(per\s+(hour|day|week|fortnight|month|annum|year)\)",
                             re.IGNORECASE)
# (fixes79) A label that ends in a "per" period ("Pay per hour", "Rate/hour"): its column's.
_TAIL_PERIOD = re.compile(r"(?:\bper\s+|/\s?)(hour|day|week|fortnight|month|annum|year)\s*$",
                          re.IGNORECASE)
_BRACKET_PERIODS = {"hour": "hour", "day": "day", "week": "week",
                    "fortnight": "fortnight", "month": "month", "annum": "year", "year": "year"}


def label_period(label: str) -> str | None:
    """The period a label or heading states for the figures under it, when it names one
    ("Weekly Earnings", "Hourly Wage"); None when it names none or several.

    >>> label_period("Weekly Earnings"), label_period("Hourly and annual pay")
    ('week', None)
    >>> label_period("Day rate (Mon-Fri 08:00-18:00)")
    'day'

    A capitalised name that opens with a period word ("staff photographer, Daily Clarion",
    "the Weekly Courier") states none; a pay label's own word after it still does:

    >>> label_period("staff photographer, Daily Clarion"), label_period("Yearly Max")
    (None, 'year')
    >>> label_period("Position   Hourly   Annual"), label_period("Hourly Annual")
    (None, None)

    A bracketed "per" period states the column's ("Pay rate to worker (per day)"):

    >>> label_period("Pay rate to worker (per day)"), label_period("Salary (per annum)")
    ('day', 'year')

    So does a column's closing "per" period (fixes79):

    >>> label_period("Pay per hour"), label_period("Rate/hour"), label_period("Per hour worked")
    ('hour', 'hour', None)

    How often the pay is paid states no period of it (rules53b):

    >>> label_period("Pay frequency   Weekly")
    """
    if label[:1] in "PpFf" and _HOW_OFTEN_PAID.match(label):
        return None  # (rules53b) "Pay frequency   Weekly": how often the pay is paid, no
        # period of the rate ("Rate type   Hourly")
    found = {_PERIOD_WORDS[" ".join(w.group(1).lower().split())]
             for w in _PERIOD_WORD.finditer(label)
             if not (w.group(1)[:1].isupper() and _NAME_AFTER.match(label, w.end()))}
    if "(per " in label.lower():  # (rules42c) "Pay rate to worker (per day)": its bracket
        found.update(_BRACKET_PERIODS[w.lower()] for w in _BRACKET_PERIOD.findall(label))
    if not found and (tail := _TAIL_PERIOD.search(label)) is not None:
        found.add(_BRACKET_PERIODS[tail.group(1).lower()])  # (fixes79) "Pay per hour"
    return found.pop() if len(found) == 1 else None


# (rules53b) A form's field saying how often the pay is paid: "Pay frequency", "Payment
# schedule", "Frequency" ("Paid hourly" names the rate's period: no such field).
_HOW_OFTEN_PAID = re.compile(r"(?i:pay(?:ment)?\s+(?:frequency|schedule|cycle)|frequency)\b")
# A period word right after the figure that ends its bracket or clause ("($58,947 annual)"):
# the figure's own period, whatever period a later figure names.
_CLOSING_PERIOD = re.compile(r"\s*(hourly|weekly|fortnightly|monthly|daily|annual|yearly)"
                             r"(?=\s*(?:[)\],;]|\.(?:\s|$)|$))")
# A new clause after a figure ("$64,300, and hourly positions pay …"): a period word past it
# is the next clause's, not this figure's (real29: "£16,000 to £19,000, plus there is the
# option to work four extra hours a week": the hours' week, not the pay's).
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|plus)\s|;\s")
# How often something happens ("salary increase twice a year"): no period of the figure.
_HOW_OFTEN = re.compile(r"\b(?:once|twice|\w+ times)\s+(?:a|an|per|every)\s+\w+", re.IGNORECASE)
# (real53) The hours a worker puts in after the figure ("$19,500 for patrollers working
# three hours a day"): a schedule, no period of the figure.
_WORKED_HOURS = re.compile(r"\b(?:work(?:s|ing)?|for)\s+(?:an?\s+)?(?:\d{1,2}(?:\.\d)?|one|two|"
                           r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]hours?\s+"
                           r"(?:a|an|per|each|every)\s+(?:day|week|night|shift)\b", re.IGNORECASE)


# (rules50a) An addition named after the figure with its own period ("+ the daily
# allowances", "plus an annual bonus"): the addition's period, not the figure's.
_ADDED_PERIODIC = re.compile(r"(?:\+|\bplus|\band|\bwith)\s+(?:the\s+|an?\s+)?(?:hourly|daily|"
                             r"weekly|monthly|annual|yearly)\s+(?:allowances?|bonus(?:es)?)\b")
# (rules33a) A period's length between "per" and the period ("per 5-day week").
_SIZED_PERIOD = re.compile(r"\b(per|an?)\s+\d{1,2}(?:\.\d)?-(?:day|hour|hr)\s+(week|day|shift|"
                           r"fortnight)\b")


# (carry37) The hour's one-letter unit glued to a figure's currency ("280 Kč/h", "14 €/h").
_SLASH_HOUR = re.compile(r"/h(?![a-z])")
# (rules42a) A Finnish figure's year, "€/v" (vuosi), glued to its currency like the hour's.
_SLASH_YEAR = re.compile(r"/v(?![a-zäö])")


def _period(window: str, default: str | None = None, before: str = "") -> str | None:
    """The period stated after a figure (or before it in its clause), else ``default``.

    >>> _period(" a year, and the median hourly rate is "), _period(", and hourly jobs pay ")
    ('year', None)
    >>> _period(" annual) to Step G $38.26/hour"), _period("/h. A foreman earns")
    ('year', 'hour')
    """
    if (clause := _NEXT_CLAUSE.search(window)) is not None:
        window = window[: clause.start()]
    window = _HOW_OFTEN.sub("", window)
    if "hour" in window:
        window = _WORKED_HOURS.sub("", window)
    lowered = window.lower().replace("/ ", "/")  # "$1,444 / week"
    if "allowance" in lowered or "bonus" in lowered:  # (rules50a) "2.400 EUR net + the
        lowered = _ADDED_PERIODIC.sub("", lowered)  # daily allowances": the addition's period
    if "-" in lowered:  # "£1,840 per 5-day week", "$610 a 10-hour day": a week, a day
        lowered = _SIZED_PERIOD.sub(r"\1 \2", lowered)
    # the first period named after the figure ("$41,600 to $58,900 a year, and the median
    # hourly rate is …": a year), whatever the list's order
    closing = _CLOSING_PERIOD.match(lowered)
    if closing is not None:  # "($58,947 annual) to …": the bracket's own period
        return _PERIOD_WORDS[closing.group(1)]
    places = [(lowered.find(key), name) for key, name in _PERIODS if key in lowered]
    stated = min(places)[1] if places else None
    if stated is None and _ADJECTIVE_YEAR.match(lowered):
        stated = "year"  # "($72,800 annual salary)": the adjective right after the figure
    if stated is None and _NAMED_DAY.match(lowered):
        stated = "day"  # "per education day"
    if stated is None and _NAMED_HOUR.match(lowered):
        stated = "hour"  # "per active hour"
    if stated is None and lowered[:1] == "/" and _SLASH_HOUR.match(lowered):
        stated = "hour"  # (carry37) a Czech or German rate's "280 Kč/h", "14 €/h"
    if stated is None and lowered[:1] == "/" and _SLASH_YEAR.match(lowered):
        stated = "year"  # (rules42a) a Finnish figure's "36 000 €/v"
    if stated is None and before and (word := _PERIOD_BEFORE.search(before[-90:])):
        stated = _PERIOD_WORDS[(word.group(1) or word.group(2)).lower()]
    if stated is None and ("SBA" in before or "anual" in before) and (
            _YEARLY_GROSS_BEFORE.search(before[-60:]) is not None):
        stated = "year"  # (rules51a) "Median SBA in the Girona region: 19.600 €"
    return stated or default


def stated_period(after: str) -> str | None:
    """The period the words right after a figure state, or None when they state none.

    >>> stated_period(" for the day"), stated_period(" "), stated_period("/hr (Level 2)")
    ('day', None, 'hour')
    """
    return _period(after)


# Currencies whose pay is quoted by the month (Philippine and Kenyan pay news, Gulf offers).
_MONTHLY_CURRENCIES = frozenset({"PHP", "KES", "SAR", "AED", "QAR", "MYR", "PKR", "BDT", "PEN",
                                 "MXN", "LKR", "NPR", "BRL", "PLN", "CNY", "IDR",
                                 "VND", "TRY", "THB", "CZK", "RON", "HUF", "ILS", "UAH",
                                 "RSD", "TZS", "ALL", "MKD", "GEL", "IRR", "MNT", "RUB", "ETB",
                                 "UZS", "KZT", "AZN", "MMK", "AMD", "LAK", "KGS"})

_HOURLY_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "GBP", "EUR", "CHF"})


def _unspace(match: re.Match[str]) -> str:
    """``R4 500`` as ``R4500 ``: the group's spaces move behind it (offsets stay)."""
    figure = match.group()
    head = len(figure) - len(figure.lstrip("R$€£CHFZAEUSKNOD"))
    body = figure[head:]
    lead = body[: len(body) - len(body.lstrip())]
    # (the groups' spaces only: a band's "1 800 - 2 600" keeps the spaces round its dash)
    digits = re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d)", "", body.strip())
    return figure[:head] + lead + digits + " " * (len(body) - len(lead) - len(digits))


def region_name(text: str) -> str | None:
    """The region ``text`` is, whole ("UK", "United States"), as a figure's region is named;
    None for any other text.

    >>> region_name(" UK "), region_name("gross basic")
    ('UK', None)
    """
    found = _REGION.fullmatch(text.strip())
    return str(found.group(1)).rstrip(".") if found else None


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
    """Where the sentence holding ``start`` opens (not before ``segment``); "e.g." and
    "i.e." end no sentence (carry40: "Daily subsistence allowance at UN rates, e.g. USD 179").

    >>> text = "Pay is set. DSA at UN rates, e.g. USD 179 a day"
    >>> text[_sentence_start(text, 0, text.index("USD")):].strip()
    'DSA at UN rates, e.g. USD 179 a day'
    """
    stop = text.rfind(". ", 0, start)
    while stop >= 3 and (text[stop - 3:stop].lower() in ("e.g", "i.e")
                         # (rules47a) "(in-hand approx. ₹14,000 …)": an abbreviation
                         or text[max(0, stop - 7):stop].lower() in (" approx", "(approx")
                         # (fresh61) a percentile's abbreviation: "25th pct. $28.10/hr"
                         or text[max(0, stop - 7):stop].lower().endswith(("th pct", "th pctl"))
                         # (rules54b) a form's abbreviated label: "Est. weekly pay $2,786",
                         # "Locality Adj. $11,753"
                         or text[max(0, stop - 4):stop].lower() in (" est", "(est", " adj")
                         or text[:stop].lower() in ("est", "adj")):
        stop = text.rfind(". ", 0, stop - 3)
    if stop < 1 or text[stop - 1] != ".":
        return max(segment, stop + 1)
    stops = [m.end() - 1 for m in _STOP.finditer(text, 0, start)]  # a leader's dots
    return max(segment, stops[-1] if stops else 0)
