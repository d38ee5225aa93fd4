"""Narrative pages' headlines: the role a news feature or a first-person career post is about.

A newspaper feature names its occupation in the headline and standfirst above its byline
("Sparks fly as fabricators scramble for welders" / "By Ann Lee | Staff Writer"), and the
body names it again and again; a career post names the job its author reached ("From
teacher to Content Designer: …", "Here's why I became a Scrum Master").  The byline itself,
the reporter's name and desk ("Health correspondent"), is chrome and never the role.

>>> byline("By Dana Roe | Staff Writer"), byline("Harriet Cole, Health correspondent")
(True, True)
>>> story_destination("From nurse to Data Analyst: what I learned 🚀")
'Data Analyst'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise

import inflection

from careergraph.guides.headings import bundled_section
from careergraph.legal_forms import legal_forms

__all__ = ["asked_destination", "byline", "headline_role", "is_masthead", "mastheads",
           "page_labels", "story_destination", "story_origin"]

_NAME = r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}"
# "By Experience Level", "By Industry Sector": a pay table's heading, not a reporter.
_TABLE_WORDS = (r"(?:[A-Z]\w*\s+)?(?:Level|Experience|Industry|Region|State|Location|Sector|"
                r"Country|City|Role|Title|Year|Education|Company|Size|Type|Grade|Band)\b")
# "By Dana Roe | Staff Writer", "By Dana Roe, Business reporter", "By DANA ROE";
# "Harriet Cole, Health correspondent", "Sam Ode | Senior reporter".
_BYLINE = re.compile(
    rf"^(?:By\s+(?!{_TABLE_WORDS}){_NAME}\s*(?:[|,·•—–-]|and\b|$)"
    rf"|{_NAME}\s*[,|·•]\s*(?:[\w&'-]+\s+){{0,3}}"
    r"(?i:correspondent|reporter|writer|editor|columnist|contributor|journalist))")
# "Published Nov. 18, 2026", "Updated 9:14 a.m.", "Sun 9 Aug 2026 07.00 BST": a dateline.
_DATELINE = re.compile(
    r"^(?:(?:Published|Updated|Posted|Last updated)\b.*\d"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b)")
_HEAD_SPAN = 16  # lines of a page's top searched for the byline
# "© The Leeds Courier", "Copyright 2026 Harbour Post Ltd. All rights reserved.": the site.
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                        r"(?:the\s+)?(.+?)\s*(?:[.,|]?\s*all rights reserved.*)?[.\s]*$",
                        re.IGNORECASE)
# A footer's copyright inside its line, the year after the name and links after it: "Adverts
# are published as supplied. © Wealdhope Gazette 2026 · Terms · Privacy".
_COPYRIGHT_INSIDE = re.compile(r"(?:^|[.!]\s+)©\s*(?:the\s+)?(?P<name>[A-Z][\w&'’.-]*"
                               r"(?:\s+[A-Z][\w&'’.-]*){0,5}?)\s+\d{4}\s*(?:[·|•].*)?$",
                               re.IGNORECASE)
# A masthead's cells: "Wealdhope Gazette  |  Jobs & Classifieds" (the site, then its section;
# a dot or a wide gap parts them too: "WYESIDE CAREERS HUB  ·  Map Explorer     Routes").
_MASTHEAD_CELL = re.compile(r"\s+[|·•]\s+|\s{3,}")
# A site's trail of crumbs opening with its own name: "Wealdhope Careers > Resources > Maps".
_CRUMB_CELL = re.compile(r"\s+[>»›]\s+")
# A legal form ending a copyright line's name ("… Careers Hub CIC"), which a masthead leaves off.
_FORM_TAIL = re.compile(r"\s+(?:" + "|".join(
    re.escape(form.lower()) for form in legal_forms("title")) + r")\.?$")
# "From A to B[: tail]", "From A to B — tail": a career post's title names where it ended.
# (rules56a) Never a range of figures after "from": "from 900 000 to 1 100 000 tenge to hand" is
# a posting's pay line, not a career changer's story ("From 8th-grade teacher to …" still is).
_FROM_TO = re.compile(r"^from\s+(?![$€£₹]?\d[\d\s,.]*\s+to\s+[$€£₹]?\d)(?:an?\s+)?.+?\s+to\s+"
                      r"(?:an?\s+|the\s+)?"
                      r"([A-Za-z][\w&/' -]{2,60}?)\s*(?:[^\w\s&/'-]|\s[|-]\s|$)", re.IGNORECASE)
# "… why I became a Scrum Master (and what it pays)", "How I became an Actuary".
_BECAME = re.compile(r"\b(?:why|how)\s+I\s+(?:became|become|turned into|retrained as)\s+"
                     r"(?:an?\s+|the\s+)?([A-Za-z][\w&/' -]{2,60}?)\s*(?:[^\w\s&/'-]|\s[|-]\s|$)",
                     re.IGNORECASE)
# "I swapped a nursing job for life as a train driver at 41", "I quit banking for a career
# as a Stonemason": a career changer's headline names the job reached after "as".
_SWAPPED = re.compile(r"\bI\s+(?:swapped|traded|left|quit|gave up)\s+.{1,80}?\s+for\s+"
                      r"(?:life|a (?:new )?(?:life|career|job))\s+as\s+(?:an?\s+|the\s+)?"
                      r"([A-Za-z][\w&/' -]{2,60}?)\s*(?:\s+at\s+\d{2}\b|[^\w\s&/'-]|\s[|-]\s|$)",
                      re.IGNORECASE)
# A reader's question in an advice column's headline: "Is it too late to become a probation
# officer?", "Can I retrain as a Court Reporter at 50?".
_ASKED = re.compile(r"\b(?:become|retrain as|train as|re-train as|qualify as|start as|"
                    r"switch careers? to|work as)\s+(?:an?\s+|the\s+)?"
                    r"([A-Za-z][\w&/' -]{2,50}?)(?:\s+(?:at|in|with|after|now)\b[^?]{0,30})?"
                    r"\?['’\"]?$", re.IGNORECASE)
_WORDS, _OF_WORDS = 4, 6  # words of an asked job, and of one with "of" ("head of X Y")
_AS_A = re.compile(r"\bas an?\s+[A-Za-z]")
_WORD = re.compile(r"[A-Za-z][a-z'-]+")
# Words that never qualify an occupation in a headline ("Britain's next midwives").
_NOT_MODIFIERS = frozenset({
    "the", "a", "an", "for", "of", "to", "in", "on", "at", "by", "with", "and", "or", "as",
    "next", "new", "more", "most", "many", "some", "few", "our", "your", "their", "its",
    "young", "old", "older", "wanted", "needed", "skilled", "why", "how", "what", "who",
    "fewer", "less", "all", "other", "these", "those", "us", "we", "train", "hire", "hiring",
    "scramble", "race", "meet", "inside", "amid", "into", "from", "than", "too", "not"})
_SPAN_WORDS = 6  # words of a headline tried as one occupation's title
# A worker's possessive right before a worker noun ("Doctor's assistant", "Surveyor's
# assistant"): one title, kept only when the possessor is itself a worker noun.
_POSSESSOR = re.compile(r"^[A-Za-z]+'s$")
_REPEATS = 3  # times the body must name the occupation


def byline(text: str) -> bool:
    """True for a reporter's byline or a dateline under a headline (chrome, never a role).

    >>> byline("By Dana Roe and Lee Park"), byline("Published Nov. 18, 2026 at 6:00 a.m.")
    (True, True)
    >>> byline("Welders earn a median of $52,340"), byline("Staff Writer")
    (False, False)
    """
    stripped = text.strip()
    return bool(_BYLINE.match(stripped) or _DATELINE.match(stripped))


def story_destination(text: str) -> str | None:
    """The job a career post's title says its author reached, as written, or None.

    >>> story_destination("I spent 9 years in sales. Here's why I became a Recruiter 🔁")
    'Recruiter'
    >>> story_destination("From the classroom to UX Writer | my first year")
    'UX Writer'
    >>> story_destination("Why I left teaching") is None
    True
    >>> story_destination("I swapped a bank clerk job for life as a stonemason at 44.")
    'stonemason'
    """
    stripped = text.strip()
    match = _FROM_TO.match(stripped) or _BECAME.search(stripped) or _SWAPPED.search(stripped)
    if match is None or _AS_A.search(stripped, match.end(1)):
        return None  # "From A to B: Five Years as a C": the post is about C
    phrase = match.group(1).strip(" '")
    return phrase if 1 <= len(phrase.split()) <= 5 else None


def asked_destination(text: str) -> str | None:
    """The job a reader's question in a column's headline asks about, as written, or None.

    >>> asked_destination("'I'm 46. Is it too late to become a probation officer?'")
    'probation officer'
    >>> asked_destination("Can I retrain as a Court Reporter at 50?")
    'Court Reporter'
    >>> asked_destination("How do I become more confident?") is None
    True
    >>> asked_destination("Is it too late to become a director of harbour fleet planning?")
    'director of harbour fleet planning'
    """
    match = _ASKED.search(text.strip())
    if match is None:
        return None
    phrase = match.group(1).strip(" '")
    words = phrase.split()
    # ("director of clinical data integration": a title with "of" runs longer)
    if not 1 <= len(words) <= (_OF_WORDS if " of " in phrase.lower() else _WORDS) or (
            words[0].lower() in _NOT_MODIFIERS):
        return None
    return phrase


def story_origin(text: str) -> str | None:
    """The job a career post's "From A to B" title says its author started in, or None.

    >>> story_origin("From night-shift barista to Data Analyst: my year")
    'night-shift barista'
    """
    match = _FROM_TO.match(text.strip())
    if match is None:
        return None
    origin = re.match(r"from\s+(?:an?\s+|the\s+)?(.+?)\s+to\s+", text.strip(), re.IGNORECASE)
    return origin.group(1) if origin and len(origin.group(1).split()) <= 5 else None


def mastheads(lines: Sequence[str], is_chrome: Callable[[str], bool]) -> frozenset[str]:
    """The site's own names on a page (lower case, "the" left off): the name its copyright
    line gives, and on a feature with a reporter's byline, the lines printed above the
    first menu over its headline.

    >>> sorted(mastheads(["The Harbour Post", "News | Sport", "Why ports need riggers",
    ...                   "By Ann Lee | Staff Writer", "Text.", "© 2026 The Harbour Post"],
    ...                  lambda t: "|" in t and "By" not in t))
    ['harbour post']
    """
    names = {match.group(1).lower() for text in lines
             if (match := _COPYRIGHT.match(text.strip())) and len(match.group(1)) < 60}
    names.update(match.group("name").lower() for text in lines if "©" in text and (
        match := _COPYRIGHT_INSIDE.search(text.strip())))
    top = [text.strip() for text in lines[:_HEAD_SPAN]]
    # (a reporter's byline, not a date alone: "Last updated: …" tops a union's rate sheet)
    marks = [i for i, text in enumerate(top) if _BYLINE.match(text)]
    menus = [i for i, text in enumerate(top[:marks[0]]) if text and is_chrome(text)] \
        if marks else []
    if menus:
        names.update(_site(text) for text in top[:menus[0]] if text)
    # (the footer's "© Wyeside Careers Hub CIC" names the site its masthead prints without
    # its legal form, "WYESIDE CAREERS HUB")
    # (and a footer's links after the name, "© Fenside Careers Hub · Disclaimer · Accessibility",
    # are no part of it; the legal form is taken off what is left)
    names.update(first for name in list(names)
                 if (first := _MASTHEAD_CELL.split(name, maxsplit=1)[0]) != name and first)
    names.update(bare for name in list(names) if (bare := _FORM_TAIL.sub("", name)) != name)
    return frozenset(names)


def page_labels(lines: Sequence[str]) -> frozenset[str]:
    """A printed magazine's section labels: a word or two in capitals printed right below a
    running head that carries the page's number ("BOAT & OAR | MAY 2026 | 31" / "PEOPLE").
    Such a label files the story under a department; it names no section of the guide,
    and no figure below it is its pay.

    >>> sorted(page_labels(["BOAT & OAR | MAY 2026 | 31", "PEOPLE", "OBITUARY",
    ...                     "A life on the water", "BOAT & OAR | MAY 2026 | 32", "PEOPLE"]))
    ['PEOPLE']
    >>> page_labels(["Pay", "SALARY", "£30,000"])
    frozenset()
    """
    # (a running head holds "|" or a run of three spaces: other lines are not matched)
    return frozenset(text.strip() for before, text in pairwise(lines) if (
        "|" in before or "   " in before) and _PAGE_HEAD.match(before.strip())
        and _CAPITALS_LABEL.fullmatch(text.strip()))


# A running head: cells parted by "|" (or wide gaps), the first or the last a page number.
_PAGE_HEAD = re.compile(r"(?:\d{1,4}(?: *\| *| {3,})\S.*|\S.*?(?: *\| *| {3,})\d{1,4})$")
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z&'-]+(?: [A-Z&][A-Z&'-]*)?")


# (carry37) A site's section named after its name in its masthead's first cell ("X Careers").
_SITE_SECTIONS = (" careers", " jobs", " recruitment", " vacancies")


def _site(text: str) -> str:
    """A site's name as :func:`mastheads` keeps it: lower case, "the" left off."""
    lowered = text.strip().lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


def is_masthead(text: str, names: frozenset[str]) -> bool:
    """True when ``text`` is one of a page's :func:`mastheads`.

    A line whose first cell is the site's name, its section after a bar, is one too, and
    so is a trail of crumbs opening with the site's name.

    >>> is_masthead("THE HARBOUR POST", frozenset({"harbour post"}))
    True
    >>> is_masthead("Harbour Post  |  Jobs & Classifieds", frozenset({"harbour post"}))
    True
    >>> is_masthead("Harbour Careers  >  Resources", frozenset({"harbour careers"}))
    True
    >>> is_masthead("Harbour Post Careers   Stores | Graduates", frozenset({"harbour post"}))
    True
    """
    if not names:
        return False
    cell = _site(_MASTHEAD_CELL.split(text.strip(), maxsplit=1)[0]) if (
        "|" in text or "·" in text or "•" in text or "   " in text) else None
    if cell is not None and cell.endswith(_SITE_SECTIONS) and cell.rsplit(" ", 1)[0] in names:
        return True  # (carry37) "Halden Merchants Careers   Stores | …": the site's careers
    return _site(text) in names or (
        cell is not None and cell in names) or (
        (">" in text or "»" in text or "›" in text)
        and _site(_CRUMB_CELL.split(text.strip(), maxsplit=1)[0]) in names)


def _body_count(phrase: str, body: str) -> int:
    """How often ``body`` (lower case) names ``phrase`` (singular, lower case) or its plural."""
    return len(re.findall(_mention(phrase), body))


def _mention(phrase: str) -> str:
    """A pattern for ``phrase`` (singular, lower case) or its plural: the plural is made on
    the head noun, before any "of" ("director of data" -> "directors of data")."""
    noun, of, tail = phrase.partition(" of ")
    plural = f"{inflection.pluralize(noun)}{of}{tail}"
    forms = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in (phrase, plural))
    return rf"\b(?:{forms})\b"


@cache
def _held_as() -> re.Pattern[str]:
    """The cue words before "a/an X" that say a person holds the job X (data)."""
    cues = bundled_section("features").get("held_as") or ()
    words = "|".join(re.escape(str(c)).replace(r"\ ", r"\s+")
                     for c in sorted(cues, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _held(phrase: str, body: str) -> str | None:
    """The body's own singular spelling of ``phrase`` where it names the job held ("has worked as a
    X", "is a X", "X at Kerr"), else any Title Case spelling, or None.

    >>> _held("site welder", "Ann has worked as a Site Welder at Kerr. Site welders earn")
    'Site Welder'
    """
    spelled = None
    singular = re.escape(phrase).replace(r"\ ", r"\s+")
    for match in re.finditer(rf"\b{singular}\b", body, re.IGNORECASE):
        text = match.group(0)
        if not text[:1].isupper():
            continue
        if (_held_as().search(body, max(match.start() - 40, 0), match.start())
                or re.match(r"\s+at\s+[A-Z]", body[match.end():])):
            return text
        spelled = spelled or text
    return spelled


def _spans(words: Sequence[str], end: int) -> list[tuple[int, int, str]]:
    """The phrases of ``words`` that end (or open an "of" tail) at the worker noun at
    ``end``, with their word range: "principal release engineers", "directors of data"."""
    single = inflection.singularize(words[end].lower())
    spans = [(end, end + 1, single)]
    for start in range(end - 1, max(end - _SPAN_WORDS, 0) - 1, -1):
        if words[start].lower() == "and" and start == end - 2 and start > 0 and (
                words[start - 1].lower() not in _NOT_MODIFIERS):
            # (rules36b) "social and health assistants": two fields joined before the noun
            # are one title, as a posting names it
            spans.append((start - 1, end + 1, " ".join(
                [*map(str.lower, words[start - 1:end]), single])))
            break
        if words[start].lower() in _NOT_MODIFIERS:
            break
        if "'" in words[start]:  # a possessor opens the phrase: "doctor's assistant"
            if _POSSESSOR.match(words[start]) and start == end - 1:
                spans.append((start, end + 1, f"{words[start].lower()} {single}"))
            break
        spans.append((start, end + 1, " ".join([*map(str.lower, words[start:end]), single])))
    if end + 2 < len(words) and words[end + 1].lower() == "of":
        for stop in range(end + 3, min(end + 2 + _SPAN_WORDS, len(words)) + 1):
            last = words[stop - 1].lower()
            if last == "and" and stop > end + 3:
                continue  # "directors of trust and safety": a tail may join two fields
            if last in _NOT_MODIFIERS:
                break
            tail = " ".join(w.lower() for w in words[end + 2:stop])
            spans.append((end, stop, f"{single} of {tail}"))
    return spans


def headline_role(lines: Sequence[str], as_title: Callable[[str], str | None],
                  is_chrome: Callable[[str], bool],
                  levels: frozenset[str] = frozenset(),
                  worker: Callable[[str], bool] = lambda _: False) -> str | None:
    """The occupation a news feature's headline and standfirst name, or None.

    Only a page with a byline or dateline near its top is a feature: the lines above it
    (chrome left out) are its headline and standfirst.  Each worker noun there
    (``as_title`` gives the singular title of a phrase, or None) is read with its longest
    title the body names three times, or twice with once in Title Case (where it names the
    job someone holds first: "has worked as a X at Y", "is a X"); a noun inside another's
    title ("principal" in "principal tax advisers") and a bare level word (``levels``, lower
    case) are no role; a possessive opens a title only when ``worker`` says its owner is a
    worker ("doctor's assistant", never "Britain's midwives").  The one whose noun the body
    names most is the role, in the body's Title Case spelling if it has one; weaker evidence
    leaves the role to other signals.

    >>> lines = ["The Daily", "Why towns cannot find enough site plumbers",
    ...          "By Ann Lee | Staff Writer", "Ann has worked as a Site Plumber at Kerr.",
    ...          "A plumber said so.", "Two site plumbers left."]
    >>> headline_role(lines, lambda p: p.title() if p.endswith("plumber") else None,
    ...               lambda _: False)
    'Site Plumber'
    """
    top = [text.strip() for text in lines[:_HEAD_SPAN]]
    marks = [i for i, text in enumerate(top) if byline(text)]
    if not marks:
        return None
    head = [text for text in top[:marks[0]] if text and not is_chrome(text)]
    text_body = " ".join(lines[marks[0] + 1:])
    body = text_body.lower()
    def titled(phrase: str) -> str | None:  # the body's spelling first ("VP of Web")
        spelled = _held(phrase, text_body)
        return (as_title(spelled) if spelled else None) or as_title(phrase)

    for text in head:  # "I swapped a X job for life as a Y at 41": the job reached is Y
        reached = story_destination(text)
        if reached is not None and (destination := titled(reached)) is not None:
            return destination
    found: list[tuple[int, str]] = []  # (the noun's count in the body, the title's phrase)
    for text in head:
        words = [match.group(0) for match in _WORD.finditer(text)]
        # (rules55a) a head line that is a bare title, a bracketed gloss after it ("Weaving
        # machine adjuster (toʻquv …)", a posting whose "Posted 3 December" reads as a
        # dateline): that title whole, named again in any case, outranks its shorter noun
        whole = len(_WORD.findall(text.partition("(")[0]))
        for end in range(len(words)):
            (_, _, noun), *longer = _spans(words, end)
            if titled(noun) is None:
                continue
            named = _body_count(noun, body)  # ranks the nouns: the body's subject
            best = (1, noun) if named >= _REPEATS else None
            for start, stop, phrase in longer:  # the longest title the body names too
                if "'" in phrase and not worker(phrase.partition("'")[0]):
                    continue  # "Britain's midwives": a place's, not a worker's, possessive
                count = _body_count(phrase, body)
                if (best is None or stop - start > best[0]) and (titled(phrase) or (
                        # (fixes98) a translated posting's "Electrician of maintenance": the
                        # noun's "of" tail the body prints again in Title Case, though the
                        # vocabulary knows only the noun ("Electrician")
                        stop - start > 2 and words[start + 1].lower() == "of"
                        and count >= 2 and _held(phrase, text_body))) and (
                        (count >= 2 and _held(phrase, text_body)) or count >= _REPEATS or (
                            count and start == 0 and stop == whole)):
                    best = (stop - start, phrase)
            if best and (best[0] > 1 or noun not in levels):  # never a bare "Principal"
                found.append((named, best[1]))
    # A noun inside another's title ("principal" in "principal tax advisers") is no role.
    kept = [(named, phrase) for named, phrase in found if not any(
        other != phrase and re.search(rf"\b{re.escape(phrase)}\b", other)
        for _, other in found)]
    if not kept:
        return None
    chosen = max(kept, key=lambda c: c[0])[1]  # ties: the earliest
    return titled(chosen) or _held(chosen, text_body)

