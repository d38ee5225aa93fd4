"""A translated posting's title line: the post in English, then its name in the page's own
language after a slash.

A job board read through a browser translator prints its posting's title twice on one line:
as the translator renders it and as the site printed it ("CAR PAINTER / LAKÝRNÍK OSOBNÍCH
VOZŮ (m/f)", "Orderly / Sanitář – Department of Internal Medicine …").  The English half is
the role when it is a known title or ends in a worker noun; the other half (letters outside
ASCII, or any words on a page whose bar says it was translated) is its spelling in the source
language, an alias.  A gender mark ("(m/f)", "(m/ž)"), a ward or a place after a dash, and an
employer glued on after a bracket are no part of either.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.roles import practitioner_noun, title_case, trade_noun
from careergraph.legal_forms import legal_forms

__all__ = ["firm_topped_title", "head_firms", "posting_employer", "translated_title"]

_TITLE_ROWS = 12  # a posting's title stands among the page's first lines
# "ENGLISH TITLE / NATIVE TITLE", each half two to five words of letters (no figures).
_HALVES = re.compile(r"^(?P<english>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,4})"
                     r"\s+/\s+(?P<native>[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,4})"
                     r"(?P<rest>\s*(?:[(–—|-].*)?)$")
# "ENGLISH / ITS OTHER GENDER (NATIVE[/NATIVE])": a translated posting names both forms of the
# post, then the site's original in brackets ("Host / Hostess (Οικοδεσπότης/Οικοδέσποινα) -
# Season 2027"); the bracket holds letters outside ASCII and no figures.
_PAIRED = re.compile(r"^(?P<english>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,4})"
                     r"\s+/\s+(?P<other>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,4})"
                     r"\s+\((?P<native>[^\W\d_][^()\d]{1,80})\)(?P<rest>\s*(?:[–—|-].*)?)$")
# (rules41a) "ENGLISH (NATIVE) - place" and "ENGLISH - terms (NATIVE) – place": the translated
# post first, the site's own word for it in brackets (letters outside ASCII, no figures:
# "Confectioner (cukrász) - Debrecen", "Machine setter - 3 shifts (Gépbeállító) – Győr").
_NATIVE_BRACKET = re.compile(r"^(?P<english>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,4})"
                             r"(?:\s+[–—-]\s+[^()–—]{1,30}?)?"
                             r"\s+\((?P<native>[^\W\d_][^\W\d_'’-]*"
                             r"(?: [^\W\d_][^\W\d_'’-]*){0,4})\)"
                             r"(?P<rest>\s*(?:[–—|-].*)?)$")
# (rules51a) "NATIVE/a … - what the post is (English title)": a Catalan or Spanish posting's
# title in both genders ("Monitor/a de lleure", "Gerocultor/a"), a dash and the post's
# terms, and the translator's English name of the post in the closing bracket ("Monitor/a de
# lleure - Casal of Christmas … (Leisure monitor)"): the English is the role, the native
# title (up to the dash) its alias.
_GLOSSED_SLASH = re.compile(r"^(?P<native>[^\W\d_][^\W\d_'’-]*/(?:a|as|es|ora|ra)\b"
                            r"(?: [^\W\d_][^\W\d_'’-]*){0,4})"
                            r"\s+[–—-]\s+[^()\d]{1,90}?"
                            r"\s+\((?P<english>[A-Za-z][A-Za-z'’-]*"
                            r"(?: [A-Za-z][A-Za-z'’-]*){0,4})\)\s*$")
# (rules51a) The workplace a translated title names after its post ("… In Sewing Room").
_WORKPLACE_TAIL = re.compile(r" (?i:in|at|on) (?:(?i:the) )?[A-Z]\w*(?: [A-Z]\w*){0,2}$")
# (carry51) "NATIVE · ENGLISH IN CAPITALS": the site's own title first, its translation after
# a middle dot or a dash, the native one in both genders or in letters outside ASCII
# ("Infermer/a auxiliar · AUXILIARY NURSE", "Monitor/a de natació — SWIMMING MONITOR").
_NATIVE_FIRST = re.compile(r"^(?P<native>[^\W\d_][\w/'’]*(?: [\w/'’]+){0,4}?)\s+[·—–]\s+"
                           r"(?P<english>[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,4})$")
_GENDER_SLASH = re.compile(r"[^\W\d_]/(?:a|e|na|ka)\b")
# ((carry51) and a Catalan bar: "Traduït de: català · Google · Mostra l'original")
_TRANSLATED = re.compile(r"\btranslat|\bpřeloženo|\bshow (?:the )?original\b|\btraduït\b|"
                         r"\bmostra l'original\b", re.IGNORECASE)
_BAR_ROWS = 3  # a translator's bar is the page's first line or close to it


def _spelling(name: str) -> str:
    """A name printed in capitals, with its first letter kept capital ("LAKÝRNÍK OSOBNÍCH
    VOZŮ" -> "Lakýrník osobních vozů"); any other as printed."""
    return name[:1] + name[1:].lower() if name.isupper() else name


def translated_title(rows: Sequence[tuple[int, str]],
                     is_role_title: Callable[[str], bool]) -> tuple[str, int, str] | None:
    """The role a translated posting's "English / native" title line names, its line and
    the native name (an alias), or None.

    >>> translated_title([(1, "Translated from Polish  Show original"),
    ...                   (3, "TILER / GLAZURNIK (m/f)")], lambda t: t == "Tiler")
    ('Tiler', 3, 'Glazurnik')
    >>> translated_title([(2, "Boat Builder / Łodziarz – Gdańsk yard")], lambda t: False)
    ('Boat Builder', 2, 'Łodziarz')
    >>> translated_title([(2, "Sales / Marketing Manager")], lambda t: True) is None
    True

    The post in its two genders before its original in brackets: the first form is the
    role, the other its alias (the bracketed original is neither):

    (rules51a) A title in both genders, the post's terms after a dash and the translator's
    English name in brackets:

    >>> translated_title([(1, "Translate ▸ Catalan → English"),
    ...                   (5, "Cuiner/a de menjador - torn de matí (Canteen cook)")],
    ...                  lambda t: False)
    ('Canteen Cook', 5, 'Cuiner/a de menjador')

    >>> translated_title([(4, "Steward / Stewardess (Αεροσυνοδός) - Season 2027")],
    ...                  lambda t: False)
    ('Steward', 4, 'Stewardess')
    """
    translated = any(_TRANSLATED.search(text) for _, text in rows[:_BAR_ROWS])
    for no, text in rows[:_TITLE_ROWS]:
        if translated and "/" in text and text.endswith(")") and (
                glossed := _GLOSSED_SLASH.match(" ".join(text.split()))) is not None:
            # (rules51a) "Monitor/a de lleure - … (Leisure monitor)": the gloss is the role
            english = glossed.group("english")
            return title_case(english.lower()), no, glossed.group("native")
        first = _NATIVE_FIRST.match(" ".join(text.split())) if translated and (
            "·" in text or "—" in text or "–" in text) else None
        gendered = first is not None and _GENDER_SLASH.search(first.group("native"))
        if first is not None and (gendered or not first.group("native").isascii()):
            title = title_case(first.group("english").lower())
            # (a title in both genders names a post, whatever its English head noun)
            if gendered or is_role_title(title) or practitioner_noun(title.split()[-1].lower()):
                return title, no, first.group("native")
        if " / " not in text:
            if "(" in text and sum(other == no for other, _ in rows[:_TITLE_ROWS]) == 1 and (
                    bracketed := _native_bracket(text, is_role_title)) is not None:
                # (a whole line, not a cell of a strip: "Full time · Permanent (αορίστου …)")
                return bracketed[0], no, bracketed[1]
            continue
        paired = _gendered(" ".join(text.split()), is_role_title)
        if paired is not None:
            return paired[0], no, paired[1]
        found = _HALVES.match(" ".join(text.split()))
        if found is None:
            continue
        english, native = found.group("english"), found.group("native")
        if native.isascii() and not (translated and not is_role_title(title_case(native))):
            continue  # ("Sales / Marketing Manager": two English titles, no translation)
        title = title_case(english.lower() if english.isupper() else english)
        if is_role_title(title) or practitioner_noun(title.split()[-1].lower()):
            return title, no, _spelling(native)
    return None


def _native_bracket(text: str, is_role_title: Callable[[str], bool]) -> tuple[str, str] | None:
    """The role and its native name of a translated title line "English (native) - place",
    or None: the bracket must hold letters outside ASCII (not "(m/f)", "(remote)"), the
    English a known title or a worker noun.

    >>> _native_bracket("Confectioner (cukrász) - Debrecen, Piac utca", lambda t: False)
    ('Confectioner', 'cukrász')
    >>> _native_bracket("Machine setter - 3 shifts (Gépbeállító) – Győr", lambda t: False)
    ('Machine Setter', 'Gépbeállító')
    >>> _native_bracket("Welder (m/f) - Győr", lambda t: True) is None
    True
    >>> _native_bracket("PACKER IN COLD STORE (Пакувач во ладилник)", lambda t: False)
    ('Packer', 'Пакувач во ладилник')
    """
    found = _NATIVE_BRACKET.match(" ".join(text.split()))
    if found is None or found.group("native").isascii():
        return None
    english = found.group("english")
    title = title_case(english.lower() if english.isupper() else english)
    if is_role_title(title) or practitioner_noun(title.split()[-1].lower()):
        return title, found.group("native")
    placed = _WORKPLACE_TAIL.search(title)
    if placed is not None and placed.start() > 0 and (
            is_role_title(head := title[:placed.start()]) or practitioner_noun(
                head.split()[-1].lower())):
        # (rules51a) "QUALITY CONTROLLER IN SEWING ROOM (Контролор …)": the post, then the
        # room or plant it works in
        return head, found.group("native")
    return None


def _gendered(text: str, is_role_title: Callable[[str], bool]) -> tuple[str, str] | None:
    """The role and its other gender's form of a title line "A / B (NATIVE)", or None.

    The two forms share their first four letters ("Waiter / Waitress", "Barman / Barmaid");
    two different posts ("Receptionist / Night Auditor (…)") are never merged, and the
    bracket must hold letters outside ASCII (a source language, not "(m/f)").
    """
    found = _PAIRED.match(text)
    if found is None or found.group("native").isascii():
        return None
    english, other = (title_case(found.group(key).lower() if found.group(key).isupper()
                                 else found.group(key)) for key in ("english", "other"))
    if english.lower()[:4] != other.lower()[:4] or english == other:
        return None
    if not (is_role_title(english) or practitioner_noun(english.split()[-1].lower())
            or is_role_title(other) or practitioner_noun(other.split()[-1].lower())
            or len(english.split()) == 1):
        return None
    return english, other


# The employer glued on after the title line's closing bracket ("… (day and night
# shifts)Fakultní nemocnice u sv. Alžběty Brno, příspěvková organizace").
_GLUED_EMPLOYER = re.compile(r"\)(?P<firm>[^\W\d_][^()|·]{4,100})$")
# The employer line under the title: a firm with its legal form, then its place after a dot
# ("Autolak Vysočany s.r.o. · Pardubice – Dubina").
_FIRM_LINE = re.compile(r"^(?P<firm>[^\W\d_][^·|]{2,80}?)\s+[·|]\s+\S")

# (rules44b) A body and its town after a comma ("Harton Academy, Derby").
_FIRM_PLACE = re.compile(r"^(?P<firm>[^\W\d_][^·|(),]{2,80}?),\s+[A-Z][\w .'’-]{1,40}$")
# (rules41a) A firm alone on the line under the title ("Édes Kúria Cukrászda Kft.").
_FIRM_ALONE = re.compile(r"^(?P<firm>[^\W\d_][^·|()★☆—]{2,80}?)$")  # (rules47a: no stars, no cells)
# (rules50b) A business with its customers' rating on the line under the title ("The Larkspur
# Hotel & Conference Center ★ 4.6 (212 reviews) · 0.8 mi away"): a shift app's or a job
# board's venue or site, rated as a business, legal form or none.
_RATED_FIRM = re.compile(r"^(?P<firm>[^\W\d_][^·|()★☆]{2,80}?)\s+(?:·\s+)?★\s?\d(?:[.,]\d)?\s*"
                         r"\(\s*\d[\d,.]*\s+(?:reviews?|ratings?)\s*\)")
# A staffing agency posting for another firm ("ProWork Kft. (on behalf of partner)"): the
# agency employs no one on the page; the partner its text names does.
_FOR_PARTNER = re.compile(r"\b(?:on behalf of|for (?:our|its|a) (?:client|partner))\b",
                          re.IGNORECASE)
_PARTNER_NAMED = re.compile(r"\b(?:[Pp]artner|[Cc]lient)(?:\s+company)?,?\s+(?:the\s+)?"
                            r"(?P<firm>[A-Z][^,;()]{2,60}?\.?)(?=[,;()]|\s+(?:is|has|makes|"
                            r"manufactures|produces|runs|operates)\b)")
_PARTNER_ROWS = 8  # the partner is named in the posting's first paragraphs


# (rules47b) An employer's field label before the firm on the line under a title.
# ((rules52a) a Georgian board's "Provider: X LLC", the firm that posts its own vacancy)
_EMPLOYER_LABEL = re.compile(r"^(?i:employer|company|organi[sz]ation|hiring company|provider)"
                             r"\s*:\s*")
# (rules52a) The posting's other fields after the firm, a wide gap before each ("X LLC
# Published: 12 May   Deadline: …"): the firm is the first cell.
_NEXT_FIELD = re.compile(r"\s{3,}[A-Z][\w ]{1,20}:\s")


def posting_employer(rows: Sequence[tuple[int, str]], title_line: int, *,
                     glued: bool = True) -> str | None:
    """The employer a translated posting names at its title: glued on after the title's
    closing bracket, or on the next line as a firm with its legal form before a "·" and
    its place; None when neither.

    >>> posting_employer([(4, "TILER / GLAZURNÍK (m/f)"), (5, "Obklady Novák s.r.o. · Brno")],
    ...                  4)
    'Obklady Novák s.r.o.'
    >>> posting_employer([(3, "Cook / Kuchař – Ward 2 (shifts)Nemocnice Kolín, a.s.")], 3)
    'Nemocnice Kolín, a.s.'

    A firm alone on the next line employs; a staffing agency posting "on behalf of" its
    partner does not, the partner its text names by its legal form does:

    >>> posting_employer([(2, "Baker (pék) - Pécs"), (3, "Kovász Pékség Kft.")], 2)
    'Kovász Pékség Kft.'
    >>> posting_employer([(2, "Welder (hegesztő)"), (3, "JobHíd Kft. (on behalf of partner)"),
    ...                   (5, "Our partner, the Dunai Acél Zrt., builds frames.")], 2)
    'Dunai Acél Zrt.'

    ``glued=False`` reads the next line only (a title any finder named: (carry41) "Baker" over
    "Kovász Pékség Kft. · Pécs · Posted 3 days ago"):

    >>> posting_employer([(2, "Baker"), (3, "Kovász Pékség Kft. · Pécs · 9 napja")], 2,
    ...                  glued=False)
    'Kovász Pékség Kft.'
    """
    forms = tuple(sorted(legal_forms("firm"), key=len, reverse=True))
    for index, (no, text) in enumerate(rows):
        if no != title_line:
            continue
        attached = _GLUED_EMPLOYER.search(text.strip()) if glued else None
        if attached is not None:
            return attached.group("firm").strip()
        following = rows[index + 1][1].strip() if index + 1 < len(rows) else ""
        # (rules47b) "Employer: X Bank, N.A." under a labelled title line: the firm, not its
        # label
        following = _EMPLOYER_LABEL.sub("", following, count=1)
        if (field := _NEXT_FIELD.search(following)) is not None and (
                ":" not in following[:field.start()]):
            following = following[:field.start()]  # (not a cell labelled by another field:
            # "Host: X Ltd    Person shadowed: …" names a host, no posting's firm)
        if _FOR_PARTNER.search(following) or following[:12].lower() == "our partner ":
            # ((carry41) "Our partner X Zrt., which makes …" right under the title)
            return _partner(rows[index + 1:], forms)  # an agency posts for its partner
        line = _FIRM_LINE.match(following) or _FIRM_ALONE.match(following)
        placed = _FIRM_PLACE.match(following) if "," in following else None
        if placed is not None and _public_body(placed.group("firm")):
            # (rules44b) "Wrekin Valley Academy, Telford" under a vacancy's title: a public
            # body, then its town
            return placed.group("firm")
        rated = _RATED_FIRM.match(following) if "★" in following else None
        if rated is not None and not any(c.isdigit() for c in rated.group("firm")):
            return rated.group("firm")  # (rules50b) "X ★ 4.6 (212 reviews)": the venue
        if (line is None or not line.group("firm").rstrip(".").endswith(forms)) and (
                placed_form := _form_then_town().match(following)) is not None:
            # (rules51a; carry51 wrote the same rule: "Mlekara Pelister Breg DOOEL Bitola")
            return placed_form.group("firm")  # "Vinarija Crn Kamen DOOEL Kavadarci"
        if line is not None and (line.group("firm").rstrip(".").endswith(forms) or (
                ":" not in line.group("firm") and _public_body(line.group("firm")))):
            return line.group("firm")
        return None
    return None


@cache
def _body_heads() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("heads", ()))


@cache
def _body_leaders() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("leaders", ()))


@cache
def _body_openers() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("openers", ()))


@cache
def _form_then_town() -> re.Pattern[str]:
    """(rules51a) A firm with its legal form in capitals, then its town as one capitalised
    word on the line under a translated posting's title ("Tekstil Bregalnica Moda DOO Štip"),
    built once."""
    forms = "|".join(re.escape(form) for form in sorted(
        (form for form in legal_forms("firm") if form.isupper() and len(form) >= 3),
        key=len, reverse=True))
    return re.compile(rf"^(?P<firm>[^\W\d_][\w'’&.-]*(?: [\w'’&.-]+){{0,6}}? (?:{forms}))"
                      r" [^\W\d_][^\W\d_'’-]+$")


def _public_body(name: str) -> bool:
    """(rules42a) ``name`` ends on a public employer's head word that posts its own jobs
    (data: ``posting_bodies`` in ``data/headings.yaml``): "Järvi-Hämeen hyvinvointialue",
    "Oakvale Borough Council", a firm's name in capitals excepted.

    >>> _public_body("Länsi-Uudenmaan hyvinvointialue"), _public_body("Harbour Ward")
    (True, False)
    >>> _public_body("Harton Academy"), _public_body("Ministry of Works Ruritania")
    (True, True)
    >>> _public_body("Associació Esplai Can Roure"), _public_body("Association Rules")
    (True, False)
    """
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and (
        words[-1].lower() in _body_heads() or (
            # (rules51a, carry51) a non-profit or a club named by its kind first, two name
            # words after it ("Associació Esplai Can Roure", "Fundació Menjadors del Maresme")
            len(words) >= 3 and words[0].lower() in _body_leaders() and words[1][:1].isupper()
        ) or (
            # (rules44b) "Ministry of Health Malaysia": the body's head word first
            len(words) >= 3 and words[1] == "of" and words[0].lower() in _body_openers()))


def _partner(rows: Sequence[tuple[int, str]], forms: tuple[str, ...]) -> str | None:
    """The partner firm a staffing agency's posting names in its text ("Our partner, the
    Rábatech Alkatrész Zrt., manufactures …"), by its legal form; None when none."""
    for no, text in rows:
        if no > rows[0][0] + _PARTNER_ROWS:
            break
        for found in _PARTNER_NAMED.finditer(text):
            firm = found.group("firm").strip()
            if firm.rstrip(".").endswith(forms):
                return firm
    return None


# (rules46a) A translated posting's title alone on its line: the post (one to four words), a
# bracketed other name, then a dash and what the job is about or "in" its field ("Furniture
# collector – production of case furniture", "FORWARDER (TRANSPORT MANAGER) IN ROAD
# TRANSPORT").
# (rules47a) … after an urgency label in capitals ("NEED IMMEDIATELY: FOREMAN (Kapatas) FOR
# HOUSES …", "URGENT HIRING!!! CASHIER (Kahera / Kahero)"), and with what or when the post
# is "for" after it ("ANIMATOR FOR SUMMER SEASON 2027 (hotel entertainer)").
# (carry47) … and a worker noun "of" what it works ("OPERATOR OF A BOTTLING LINE (operator na
# liniya)", "STITCHER OF SHOE UPPERS (shivach)"): the worker noun first, up to four words
# after "of".  ("KNITTER ON FLAT KNITTING MACHINES" is left to the file name's "Knitter": its
# page calls the role "our knitters", which the long title would no longer own.)
_TOPPED = re.compile(r"^(?:[A-Z][A-Z ]{2,30}?(?:!+|:)\s+)?"
                     r"(?P<title>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,3}?"
                     r"|[A-Za-z][A-Za-z'’-]* (?i:of)(?: [A-Za-z][A-Za-z'’-]*){1,4})"
                     r"(?:\s*\((?P<aside>[A-Za-z][A-Za-z /'’-]{2,40})\))?"
                     r"(?:\s+[–—-]\s+\S.*|(?<=\))\s+(?i:in)\s+\S.*|\s+(?i:for)\s+\S.*)?$")
_FIRST_CELL = re.compile(r"\s+[·|]\s+|\s{2,}")


def _formed(cell: str) -> bool:
    """``cell`` is a firm by a legal form it ends or (a Baltic firm's) starts with."""
    forms = {form.lower() for form in legal_forms("firm")}
    words = cell.split()
    return len(words) >= 2 and (words[-1].rstrip(".").lower() in forms
                                or (words[0].isupper() and words[0].lower() in forms))


def firm_topped_title(rows: Sequence[tuple[int, str]], *, bar: Sequence[str] = ()
                      ) -> tuple[str, int, str | None] | None:
    """The role a translated posting's title line names when the next line opens with the
    hiring firm by its legal form, its line and the bracketed other name (an alias), or
    None.  Only on a page whose first lines say it was translated (``bar``: the page's first
    printed lines, a translator's bar among them when the rows dropped it as chrome); the
    title must end in a worker noun, or open with one before "of"
    ("Operator of a bottling line").

    >>> firm_topped_title([(1, "This page has been translated from Lithuanian"),
    ...                    (4, "Window fitter – plastic windows"), (5, "UAB Langų Meistrai"),
    ...                    (5, "Vilnius")])
    ('Window Fitter', 4, None)
    >>> firm_topped_title([(1, "Translated from Latvian"), (3, "PACKER (WAREHOUSE WORKER) IN "
    ...                    "LOGISTICS"), (4, "Baltic Boxes AS · Riga")])
    ('Packer', 3, 'Warehouse Worker')
    >>> firm_topped_title([(1, "Translated from Latvian"), (3, "Our values"),
    ...                    (4, "Baltic Boxes AS · Riga")]) is None
    True
    """
    if not any(_TRANSLATED.search(text) for text in (
            *(text for _, text in rows[:_BAR_ROWS]), *bar[:_BAR_ROWS])):
        return None
    head = rows[:_TITLE_ROWS]
    for index, (no, text) in enumerate(head):
        if index > 0 and head[index - 1][0] == no:
            continue  # (a later cell of a strip)
        following = next((t for n, t in head[index + 1:] if n != no), "")
        found = _TOPPED.match(" ".join(text.split()))
        if found is None or not (_formed(_FIRST_CELL.split(following.strip())[0].strip())
                                 or head_firms(following)):
            continue
        words = found.group("title").lower().split()
        linked = len(words) > 2 and words[1] == "of"
        # the worker noun: the last word, or the first before "of" ("Operator of a …",
        # kept in sentence case as the translator printed it: no "Operator of A Bottling Line")
        worker = words[0] if linked else words[-1]
        if not (practitioner_noun(worker) or trade_noun(worker)):
            continue
        title = _spelling(" ".join(words).capitalize()) if linked else title_case(
            " ".join(words))
        aside = found.group("aside")
        alias = title_case(aside.lower()) if aside and practitioner_noun(
            aside.split()[-1].lower()) else None
        return title, no, alias
    return None


# (rules47a) The cells of the line under a translated posting's title: parted by a dot, a bar,
# a spaced dash or a wide gap; a hotel's rating stars after its name are no part of it.
_HEAD_CELLS = re.compile(r"\s+[·|–—]\s+|\s{2,}")
_STARS = re.compile(r"\s*[★☆]+\s*$")
_NAME_LINKS = frozenset({"&", "and", "of", "the", "de", "y"})


@cache
def _firm_heads() -> frozenset[str]:
    return frozenset(word_lists("posting_bodies").get("firms", ()))


def head_firms(line: str) -> list[str]:
    """(rules47a) The firms the line under a translated posting's title names: each cell
    that is a capitalised name of two words or more ending in a legal form or a firm's head
    word (``posting_bodies.firms`` in ``data/headings.yaml``); the town's and the region's
    cells aside.

    >>> head_firms("Zlatna Vulna Hotel Complex ★★★★ — Pomorie Resort Hotels AD")
    ['Zlatna Vulna Hotel Complex', 'Pomorie Resort Hotels AD']
    >>> head_firms("Ridgeway Builders & Roofing Services · Imus, Cavite")
    ['Ridgeway Builders & Roofing Services']
    >>> head_firms("Gabrovo · Full working time · Permanent employment contract")
    []
    """
    found: list[str] = []
    for cell in _HEAD_CELLS.split(line.strip()):
        # ((rules52a) a cell's field label goes: "Provider: X LLC" names X LLC)
        name = _EMPLOYER_LABEL.sub("", _STARS.sub("", cell).strip(), count=1)
        words = name.split()
        if len(words) < 2 or len(words) > 7 or not all(
                word[:1].isupper() or word in _NAME_LINKS for word in words):
            continue
        if _formed(name) or words[-1].lower() in _firm_heads():
            found.append(name)
    return found
