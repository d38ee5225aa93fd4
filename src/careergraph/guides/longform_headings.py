"""Heading shapes for the long-form parser's row splitting: plain, emoji, caps,
markdown, question and sentence headings, tab panels and lead-ins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.by_content import content_kind
from careergraph.guides.longform_lines import (
    _DIGIT,
    _ITEM_LIKE,
    _QUESTION_MARKS,
    _SHORT_HEADING,
    _panel_kind,
)
from careergraph.guides.longform_patterns import _NAME_BUCKETS
from careergraph.guides.section_kinds import _SKILL_KINDS, Kind, classify_heading
from careergraph.guides.text import Line, is_title_case
from careergraph.guides.vocab import Vocabulary


def _plain_heading(text: str) -> bool:
    text = _DECORATION.sub("", text)  # "🛠️ Skills Needed": an emoji before the heading
    words = text.split()
    return (
        0 < len(words) <= 10
        and text[0].isupper()
        and text[-1] not in ".:!?,;"
        and "$" not in text
        # "Junior Medical Technologist Php 21,500": a table row ("Salary: INR 6-12 LPA" is
        # a heading that the heading reads)
        and not ((priced := _PRICED.search(text)) and not _PAY_WORDS.search(
            text, 0, priced.start()))
        and " | " not in text  # a table's header row, not a heading
        and "; " not in text  # "Python; Data Labeling; Demand Planning": a list of items
        # "COMPENSATION (Hourly, effective January 1, 2026)": a dated aside after a heading
        # is prose ("Electrotherapy (ultrasound, TENS)" is an item, its aside undated)
        and is_title_case(_infinitive_shape(_DATED_ASIDE.sub("", text) or text))
    )


# (real33) "Skills & Qualities Required to be a Chartered Accountant": a title-case heading
# whose infinitive's "be" stays lower case, as "to" and "a" do (an Indian portal's headings;
# its ampersand is the small word "and")
_TO_BE = re.compile(r"(?<=[A-Za-z]) to be (?=an? [A-Z])")


def _infinitive_shape(text: str) -> str:
    """``text`` with a lower-case "to be a(n)" and, then, an ampersand read as small words
    ("Skills & Qualities Required to be a X"); a line without the infinitive as it is (a
    card's "Patent Illustrator & Technical Drawing Specialist" stays no heading).

    >>> _infinitive_shape("Skills & Qualities Required to be a Chartered Accountant")
    'Skills and Qualities Required to a Chartered Accountant'
    >>> _infinitive_shape("Patent Illustrator & Drawing Specialist")
    'Patent Illustrator & Drawing Specialist'
    """
    if " to be a" not in text or _TO_BE.search(text) is None:
        return text
    return _TO_BE.sub(" to ", text).replace(" & ", " and ")


# A year opening a heading ("2016 Salary Information for X", "2024 Pay Guide").
_YEAR_LEAD = re.compile(r"^(?:19|20)\d\d\s+(?=[A-Z])")


def _dated_heading(text: str, vocab: Vocabulary | None = None) -> bool:
    """``text`` is a heading led by a year: the words after the year are a plain heading
    that names a section ("2016 Salary Information for Dental Hygienists"); a year before
    words that name none ("2019 Senior Designer", a career history's line) is no heading.

    >>> _dated_heading("2024 Pay Guide"), _dated_heading("2019 Senior Designer")
    (True, False)
    """
    lead = _YEAR_LEAD.match(text)
    rest = text[lead.end():] if lead is not None else ""
    return bool(rest) and _plain_heading(rest) and classify_heading(
        rest, vocab.headings if vocab is not None else None) is not Kind.OTHER


_DATED_ASIDE = re.compile(r"(?<=\S)\s+\([^()$€£]{0,40}\b(?:19|20)\d\d\)\s*$")


# ((?=[…]): what a match can start with, one test per position before the alternatives.)
_PRICED = re.compile(r"(?=[€£₹₱₦¥৳A-Z\d])(?:(?:[€£₹₱₦¥৳]|\b(?:Php|K[Ss]hs?|Rs|[A-Z]{3})\.?)\s?\d"
                     r"|\d,\d{3}\s?[A-Z]{3}\s*$"  # ("High School 1,940 PEN": the code after)
                     # (rules35d: a Nordic figure, its code after it: "Average, Western
                     # Sweden: 35 600 SEK/month" is a row, no heading)
                     # (rules37a: and a Czech one, "median 41 800 Kč/month")
                     r"|\d[ \u00a0]?\d{3}\s?(?:SEK|NOK|DKK|ISK|CZK|Kč|UAH)\b)")
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|pay|wages?|stipend|earnings)\b", re.IGNORECASE)
# Symbols before a heading's first word (emoji, their variation selectors, arrows).
# (real30) a pictograph may be glued to the heading ("✅Certification", "🏢Top Industries")
_DECORATION = re.compile(r"^(?:[^\w\s\"'(\[$€£₹#*•-]+\s+|(?:[\U0001f000-\U0001faff\u2600-\u27bf"
                         r"\u2b00-\u2bff][\ufe0f\u200d]*)+(?=[A-Z]))")


# Pictographs before a social post's section heading ("🏢 Who's hiring").
_EMOJI_LEAD = re.compile("^(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
                         "[\ufe0f\u200d]*)+\\s+")
_EMOJI_HEADING_WORDS = 8
_TOGGLE_QUESTION_WORDS = 14


def _emoji_heading(text: str, following: tuple[int, str, bool] | None) -> str | None:
    """The heading a short line opened by a pictograph states ("🪜 The path, as I see it"
    -> "The path, as I see it"), or None: a sentence, a figure, or one of a list of lines
    opened by the same pictograph.

    >>> _emoji_heading("\U0001f4b7 UK money talk", None)
    'UK money talk'
    >>> _emoji_heading("\U0001f4b7 Pay was \u00a348,000.", None) is None
    True
    """
    match = _EMOJI_LEAD.match(text)
    if match is None:
        return None
    rest = text[match.end():].strip()
    words = rest.split()
    if (not 1 <= len(words) <= _EMOJI_HEADING_WORDS or not (rest[0].isupper() or rest[0].isdigit())
            or rest[-1] in ".,;:" or _PRICED.search(rest) or "=" in rest):
        return None
    if following is not None and following[1].startswith(match.group().strip()):
        return None  # "🔹 Audits" / "🔹 Testing": items of a list, not headings
    return rest


# An accordion's toggle before its section's question or title ("+ What will I do?",
# "▸ Who is it for?"): the page's folded section headings.
_TOGGLE_LEAD = re.compile(r"^[+▸►▶]\s+(?=[A-Z])")


def _toggle_heading(text: str) -> str | None:
    """The heading an accordion's toggled line states ("+ What skills will help?" -> "What
    skills will help?"), or None: a sentence or a figure after the mark.

    >>> _toggle_heading("+ What is the pay?"), _toggle_heading("+ Pay rises 3% in May.")
    ('What is the pay?', None)
    >>> _toggle_heading("+ Can I work as a tutor while I wait for my registration?")
    'Can I work as a tutor while I wait for my registration?'
    """
    match = _TOGGLE_LEAD.match(text)
    if match is None:
        return None
    rest = text[match.end():].strip()
    # (rules39a) an accordion's question may run longer: "+ Can I work in dentistry while I
    # sit the exams?"
    most = _TOGGLE_QUESTION_WORDS if rest[-1:] == "?" else _EMOJI_HEADING_WORDS
    if not 1 <= len(rest.split()) <= most or rest[-1] in ".,;:" or (
            _PRICED.search(rest)):
        return None
    return rest


_EMOJI_LABEL_WORDS = 4  # "👉 Drop-in:", "📖 On the display this week:"


def _emoji_label(text: str, most: int = _EMOJI_LABEL_WORDS) -> tuple[str, str] | None:
    """A line opened by a pictograph and a short label (``most`` words at most) before a
    colon ("👉 Drop-in: Resume Lab, Tuesdays 6 pm"): the label (a callout's own heading) and
    its text, or None.

    >>> _emoji_label("\U0001f449 Drop-in: Trades night with college reps, Dec. 9, 6:30 pm")
    ('Drop-in', 'Trades night with college reps, Dec. 9, 6:30 pm')
    >>> _emoji_label("\U0001f449 Call us now") is None
    True
    """
    match = _EMOJI_LEAD.match(text)
    if match is None:
        return None
    label, colon, rest = text[match.end():].partition(": ")
    if not colon or not rest.strip() or not 1 <= len(label.split()) <= most:
        return None
    return label.strip(), rest.strip()


# "Alternative titles for this job include A, B": the words before the list.
_ALIAS_LEAD = re.compile(r"^(?:for (?:this|the) (?:job|role|career|occupation)\s+)?"
                         r"(?:include|includes|are|:)\s+", re.IGNORECASE)


# A diary entry's time stamp opening its short heading ("6:45am – Setting up"; glued to it in
# "7:00 AMAvalanche control").
_DIARY_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]m\b|[AP]M)\s*(?:[–—-]\s*)?")
_DIARY_WORDS = 8


_ASKED_WORDS = 10  # words of a question answered on its own line
# (and "Who makes good stews? Most of us came from hospitality: A, B": the titles before)
_ASKED_KINDS = frozenset({"employers", "sectors", "moves_in"})
_WH_QUESTION = re.compile(r"(?:Who|Where|Which|What)\s")


def _answered_question(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A question heading with its answer on the same line ("Who employs signalling
    engineers? Infrastructure owners, signalling suppliers and design consultancies"): the
    question and the answer, when the question names who employs the role; else None."""
    question, _, answer = text.partition("? ")
    if not answer.strip() or len(question.split()) > _ASKED_WORDS or not (
            _WH_QUESTION.match(question)):
        return None  # ("Is coding moving to the private sector? Some …": a yes-no question)
    kind = vocab.headings.classify(f"{question}?")
    return (f"{question}?", answer.strip()) if kind in _ASKED_KINDS else None
# A heading in sentence case with an aside ("Registered sponsoring firms (Travis County)").
# (a team page's "Our levels and pay" over a pay table is read as before)
_SENTENCE_LABEL = re.compile(r"^((?!Our\b|Your\b|My\b|Their\b)[A-Z][a-z]+(?:\s+[a-z][\w'-]*){1,4})"
                             r"(?:\s*\([^()]{1,40}\))?$")
_LABEL_LISTS = frozenset({Kind.EMPLOYERS, Kind.LADDER})
# A name or a title alone on its line ("Pecan Creek Home Inspections", "Trainee Technician").
_NAME_LINE = re.compile(r"[A-Z][\w&'’.-]*(?:,?\s+[\w&'’.-]+){0,6}")


# Kinds a panel row's label ("Industry", "Skill Level", "Top Employers") gives its value.
_PANEL_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS, Kind.SKILLS, Kind.SOFT_SKILLS,
                          Kind.TOOLS, Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN,
                          Kind.ALIASES})


def _section_word(text: str, vocab: Vocabulary) -> bool:
    return classify_heading(text, vocab.headings) not in _ITEM_LIKE


# Capitals that open a line before ordinary text ("TYPICAL EMPLOYERS Large dairy farms …")
# or end an item ("Crew supervision FUTURE JOB MARKET/OUTLOOK"): a heading read across two
# columns.
_CAPS_WORD = r"[A-Z][A-Z&/'’.,-]*\??"
_CAPS_LEAD = re.compile(rf"^((?:{_CAPS_WORD}\s+){{1,6}}{_CAPS_WORD})\s+(?=[A-Za-z]*[a-z])")
_CAPS_TAIL = re.compile(rf"(?<=[a-z)])\s+(?:{_CAPS_WORD}\s+){{1,6}}{_CAPS_WORD}$")
# A Title Case line ending in a colon is a heading up to this many words.
_LONG_HEADING = 12
_QUESTION_HEADING = 10  # words of a question line that heads a section it names


_LOOKAHEAD = 8  # lines of a list read to judge the heading above it


def _unnamed_heading(text: str, raw: Sequence[tuple[int, str, bool]], index: int,
                     vocab: Vocabulary) -> Kind | None:
    """The kind of a short line set apart by a blank line whose words name no section but
    whose list below shows one (pay, known employers or sectors, tools), else None."""
    if (index + 2 >= len(raw) or (index and raw[index - 1][0] >= raw[index][0] - 1)
            or len(text) > 60 or text[-1:] in ".,;:!" or not text[:1].isupper()):
        return None  # cheap tests first: most lines are not set apart by a blank line
    words = text.split()
    if len(words) > 6 or _DIGIT.search(text):
        return None
    below: list[str] = []
    for no, line, _ in raw[index + 1: index + 1 + _LOOKAHEAD]:
        if below and no > raw[index][0] + len(below) + 2:
            break  # a blank line ends the list (one may follow the heading)
        below.append(line)
    found = content_kind(below, vocab)
    if found is None or content_kind([text, text], vocab) == found:
        return None  # the line reads like the items themselves: the list's first item
    return Kind(found)


# ((rules48b) and the tools a course teaches: "Tools you will master" over "A | B | C")
_SKILL_LEADS = frozenset({"skills", "competencies", "qualities", "abilities", "tools"})
_SKILL_LINE_WORDS = 8


def _skills_line(text: str, vocab: Vocabulary) -> bool:
    """A short sentence-case line that opens with "Skills" and states nothing ("Skills we
    look for at Chartered level"): the heading of the list on the line below it; a note of
    its source after it counts no words ("… (adapted from the X framework)")."""
    text = _SOURCE_NOTE.sub("", text) if text.endswith(")") else text
    words = text.split()
    lead = 1 if len(words) > 2 and words[1].lower() in _SKILL_LEADS else 0  # ("Key skills …")
    return (len(words) <= _SKILL_LINE_WORDS and words[lead].lower() in _SKILL_LEADS
            and text[-1] not in ".!?,;:" and "," not in text and "$" not in text
            and words[lead + 1:lead + 2] not in (["and"], ["&"])  # ("Skills and progression")
            and (bool(lead) or ("and" not in words and "&" not in words))
            and classify_heading(text, vocab.headings) in _SKILL_KINDS)


def _lead_in(raw: Sequence[tuple[int, str, bool]], index: int) -> bool:
    """The line after ``index`` introduces a list ("As a welder, you need to:" above
    bullets): the line at ``index`` heads both ("Personal qualities and skills")."""
    return (index + 2 < len(raw) and raw[index + 1][1].endswith(":") and raw[index + 2][2]
            and not raw[index + 1][2])


def _tab_panel(text: str, vocab: Vocabulary) -> tuple[Kind, str] | None:
    """A flattened infobox row, its label and value apart by a tab ("Activity sectors <tab>
    Hospitality, restaurants"), whose label names sectors or employers: the kind and value.
    """
    label, _, value = text.partition("\t")
    if label[:1].isdigit():
        return None  # "186 Employer Nomination <tab> CSOL <tab> Yes": a coded table row
    kind = _panel_kind(label.strip(), vocab) if len(label.split()) <= _SHORT_HEADING else None
    return (kind, value.strip()) if kind in _NAME_BUCKETS and value.strip() else None


def _names_lead(label: str, vocab: Vocabulary) -> bool:
    """A longer sentence-case lead-in that names a list of sectors or employers ("Industries
    where you could do this work:"): a heading of the names listed under it."""
    return len(label.split()) <= _LONG_HEADING and classify_heading(
        label, vocab.headings) in _NAME_BUCKETS


# A lower-case note in brackets after a heading in capitals: "(added to base; not shown)",
# "(USD, a year, as reported by members)" (a currency's code first).
# ("RELATED GRADES (for reference)": a section kept for reference states no facts; as prose)
_CAPS_NOTE = re.compile(r"(?<=[A-Z])\s+\((?!for (?:reference|information|comparison)\b)"
                        # (rules37b) a year first: "PAY, RUNG BY RUNG (2026, per hour …)"
                        # (rules39b) or a region: "WHAT CLIENTS PAY (London & Kent, full time)"
                        r"(?:[a-z]|[A-Z]{3},\s|(?:19|20)\d\d,\s|[A-Z][a-z]+(?:\s(?:&\s|and\s)?(?:the\s)?"
                        r"[A-Z][a-z]+){0,3},\s[a-z])[^()]{0,90}\)$")
# A lower-case note after a spaced dash: "PAY – reservists are paid a daily rate (AUD)".
_CAPS_DASH_NOTE = re.compile(r"(?<=[A-Za-z])\s+[–—]\s+[a-z][^–—]{0,90}$")
# A known heading of three capitals ("PAY"), too short for _caps_heading's letter count.
_SHORT_CAPS = re.compile(r"[A-Z]{3}")


def _noted_caps_heading(text: str, vocab: Vocabulary) -> bool:
    """A known section's heading in capitals with a lower-case note after it ("WHAT THE POST
    INVOLVES (from the job profile)"); a title in capitals with its note ("MOBILE GUARD
    (company car)") heads a rate card's rows, read as before.  The note may follow a spaced
    dash ("PAY – members are paid by the day")."""
    if text.isupper() or not (text.endswith(")") or "–" in text or "—" in text):
        return False
    bare = _CAPS_NOTE.sub("", text) if text.endswith(")") else text
    if bare == text and ("–" in text or "—" in text):
        bare = _CAPS_DASH_NOTE.sub("", text)
    short = _SHORT_CAPS.fullmatch(bare) is not None  # ("PAY (a day, per training day)")
    return bare != text and (_caps_heading(bare) or short) and classify_heading(
        bare, vocab.headings) is not Kind.OTHER


def _caps_heading(text: str) -> bool:
    """A short line in capitals ("[02] SALARY REALITY", "KNOWN ALIASES / DISGUISES:"); a
    plural acronym's small "s" is a capital's ("HOW ODPs PROGRESS HERE").

    >>> _caps_heading("HOW ODPs PROGRESS HERE"), _caps_heading("How ODPs progress")
    (True, False)
    """
    # (speed27: the pattern only turns an "s" into "S", so its result is in capitals only if
    # the text with every "s" a capital is: that test first, no pattern on a prose line)
    if not text.isupper() and not ("s " in text and text.replace("s", "S").isupper() and (
            _PLURAL_ACRONYM.sub("S", text).isupper())):
        return False  # the common prose line: no letters counted
    letters = [c for c in text if c.isalpha()]
    # ("3  SKILLS YOU NEED": an infographic's panel number before its words)
    words = _PANEL_NUMBER.sub("", text.split("]")[-1])
    return (len(letters) >= 4 and len(text.split()) <= 8
            and text[-1:] not in ".!,;" and not any(c.isdigit() for c in words))


_PLURAL_ACRONYM = re.compile(r"(?:(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b[A-Z]{4}))s\b")
# A panel's number before a heading in capitals of two words or more ("3  SKILLS YOU NEED").
_PANEL_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+(?=[A-Z&'’]+\s+[A-Z])")


_HEADING_WORDS = 6
_LEAD_IN_WORDS = 10


def _long_question(words: Sequence[str]) -> bool:
    """Words of a question that may head a section at up to ten words ("What an X does in
    Canada", "How can you advance in this career?"); "How to become an X" is a page's
    title, no section."""
    return len(words) > 1 and words[0].lower() in _SECTION_QUESTIONS and (
        words[1].lower() != "to")


_SECTION_QUESTIONS = frozenset({"what", "where", "how", "who"})  # ("Why Leeds cannot …": news)


def _sentence_heading(text: str, vocab: Vocabulary, *, longer: bool = False,
                      noted: bool = False) -> bool:
    """A short sentence-case line whose words name a known section ("Skills you need");
    ``longer``: a list is known to follow, so the line may run as long as a lead-in;
    ``noted``: a bracketed note after the heading's words counts no words ("Pay by stage
    (basic salary, nodal points)"; a numbered item's "(X is …)" aside still counts)."""
    words = (_noted(text) if noted else text).split()
    # a lead-in ending in a colon may run longer ("Other directions once you have 2–3 years
    # of experience:"): the colon says a list follows; so may a question ("What an X does
    # in Canada")
    most = _LEAD_IN_WORDS if longer or text.endswith(":") or _long_question(
        words) else _HEADING_WORDS
    # (rules37b) a site that sets its headings in lower case ("what a sous needs:", "pay by
    # rung — salaried, London / outside London"): a colon or a dash's note marks them
    opening = text[0].isupper() or (text[0].islower() and (text.endswith(":") or (
        noted and ("—" in text or "–" in text) and _CAPS_DASH_NOTE.search(text) is not None)))
    return (0 < len(words) <= most and opening and text[-1] not in ".!,;"
            and "$" not in text and not _LEADER_FIGURE.search(text)
            and classify_heading(text, vocab.headings) is not Kind.OTHER)


# A label, dot leaders and a figure that is no page number ("Basic salary ....... £31,400",
# "Base pay ..... EUR 2.450"): a statement's row, its label's value beside it, no heading.
_LEADER_FIGURE = re.compile(r"(?:\.\s?){4,}\s*(?!\d{1,3}\s*$)[^\w\s]{0,3}\s?[A-Z]{0,3}\s?\d")
_FIRST_ITEM = re.compile(r"1[.)]\s+\S")  # a numbered list's first item
# (a source's name in the bracket, "(from the State Workforce Board)", keeps the line prose
# here: its figures are quoted, read as before)
_HEADING_NOTE = re.compile(r"(?<=\w)\s+\((?!(?:from|source|sources|via|according|see|by)\b)"
                           r"[^()$€£\d]{1,40}\)$", re.IGNORECASE)

# A heading's note of where its list comes from, a framework's name ("Competencies we look for
# (adapted from the National Standards for Lay Ministry)"): longer than a note, no figures.
_SOURCE_NOTE = re.compile(r"(?<=\w)\s+\((?:adapted|abridged|drawn|taken)\s+from\s+"
                          r"[^()$€£\d]{3,70}\)$", re.IGNORECASE)


# A heading's note of the date its figures run from ("(from 1 September 2026)", "(effective
# 1 July 2027)"); another dated note ("(national agreement, April 2026)") still counts.
_FROM_DATE = re.compile(r"(?<=\w)\s+\((?:from|effective|as of|as at)\s+[^()$€£]{0,30}"
                        r"\b(?:19|20)\d\d\)$", re.IGNORECASE)


# A heading's note naming the scheme and year its figures come from, then their source after a
# dash ("Pay (NHS Agenda for Change, 2026/27 — from the careers website)").
_DATED_SOURCE = re.compile(r"(?<=\w)\s+\([^()$€£]{2,60}\b(?:19|20)\d\d(?:/\d\d)?\s*[—–]\s*"
                           r"(?:from|sources?:?|via|according\s+to)\s+[^()$€£\d]{3,70}\)$",
                           re.IGNORECASE)


# (rules38a) A pay heading's note naming the survey its figures are quoted from, with its
# year ("Benchmarks we quote (Regional Freight Pay Survey 2026, medians)"): no words of it.
_SURVEY_NOTE = re.compile(r"(?<=\w)\s+\((?:the\s+)?[A-Z][^()$€£]{2,60}\b(?:[Ss]urvey|[Rr]eview|"
                          r"[Bb]enchmark)\s+(?:19|20)\d\d(?:,\s*[^()$€£\d]{1,50})?\)$")


# (rules33c) A pay heading's note opening on its currency's code ("Pay guide (NZD, 2026,
# varies by owner)"): the currency, year and caveat of its figures, no words of the heading.
_CURRENCY_NOTE = re.compile(r"(?<=\w)\s+\([A-Z]{3}(?:,\s*[^()$€£]{1,40})?\)$")


# (rules39b) A note of the hours or terms the figures are for: "(full time, 50 hours a week)".
_TERMS_NOTE = re.compile(r"(?<=\w)\s+\((?:full[- ]time|part[- ]time|\d{1,2}\s+hours?\b)"
                         r"[^()$€£]{0,50}\)$", re.IGNORECASE)
# A year closing a heading's words: "Pay we see in 2026", "Salaries for 2026/27".
_YEAR_TAIL = re.compile(r"(?<=[a-z])\s+(?:in|for)\s+(?:19|20)\d\d(?:[/-]\d\d)?$")


# (rules48a) A pay heading's note of the law or policy its figures are posted under ("Pay for
# this role (shown under the Ohio pay transparency policy of Brightwater)"): no words of it.
_POLICY_NOTE = re.compile(r"(?<=\w)\s+\((?:shown|posted|published|disclosed|listed|given)\s+"
                          r"(?:under|per|as required by|in line with|in accordance with)\s+"
                          r"[^()$€£\d]{3,80}\)$", re.IGNORECASE)


def _noted(text: str) -> str:
    """A heading's words without a bracketed note after them ("Pay by stage (basic salary,
    nodal points)"); a table's header row, its cells parted by wide gaps, and a heading in
    capitals (read as such, see :func:`_caps_heading`) keep theirs."""
    # ("Wage rates (from 1 July 2026)": the date rates start from is a note too; so is a pay
    # table's scheme, year and source: "Pay (national scale, 2026/27 — from the union)")
    # (speed27: every match of the five notes holds "(", and cutting one adds none, so a text
    # without one keeps its words; the patterns open on a look-behind, which re cannot skip
    # ahead by, so each was tried at every position of every row)
    bare = _DATED_SOURCE.sub("", _FROM_DATE.sub("", _HEADING_NOTE.sub("", _CURRENCY_NOTE.sub(
        "", _SURVEY_NOTE.sub("", text) if "urvey" in text or "eview" in text or "enchmark" in (
            text) else text)))) if "(" in text else text
    if bare[-1:] == ")":  # (rules38b) "Earnings reported to the register (2025)": its year
        bare = _DATED_ASIDE.sub("", bare)
    if bare[-1:] == ")":  # (rules39b) the terms of the pay: "(full time, 50 hours a week)"
        bare = _TERMS_NOTE.sub("", bare)
    if bare[-1:] == ")":  # (rules48a) "(shown under the … pay transparency policy)"
        bare = _POLICY_NOTE.sub("", bare)
    if bare[-2:].isdigit():  # (rules39b) and its year: "Pay we see in 2026"
        bare = _YEAR_TAIL.sub("", bare)
    if "—" in bare or "–" in bare:  # (rules37b) "pay by rung — salaried, 48 hrs/week, …"
        bare = _CAPS_DASH_NOTE.sub("", bare)
    return text if "   " in text.strip() or bare.isupper() else bare


# A form's required-answer star or "(optional)" after its question.
# (rules37a) and a pay table's note of its figures ("What are vets paid? (UK practice, gross
# basic, 2026)"), kept in the row's text
_FORM_TRAILER = re.compile(r"(?<=\?)\s*(?:\*|\((?:optional|required)\)|\([^()?]{3,80}\))\s*$",
                           re.IGNORECASE)


def _question(text: str) -> str | None:
    """The question of an FAQ line ("What skills do I need?▼") or of a form ("Where are you
    going? (optional)", "Your reason for leaving? *"), or None."""
    stripped = _FORM_TRAILER.sub("", text).rstrip(_QUESTION_MARKS)
    words = stripped.split()
    if not stripped.endswith("?") or not 2 <= len(words) <= 16 or not stripped[0].isupper():
        return None
    return stripped if stripped.count("?") == 1 else None


_UNDERLINE = re.compile(r"\s*(?:=+|-{3,})\s*")
# A labelled list ("Sectors: construction, fit-out, refurbishment") above a rule: the rule
# closes the sheet's body before its footer and makes no heading of the field.
_LABELLED_LIST = re.compile(r"[^:]{2,40}:\s+\S[^:]*,[^:]*")
# A question with its answer after it on its line ("Where could I work? Breweries and
# cider mills") above a rule: the rule closes the handout's body; the line is no heading.
_ANSWERED_LINE = re.compile(r"[A-Z][^?]{2,80}\?\s+\S[^?]*")
# A dotted-leader row ("BRICKLAYER ........ $ 36.48") above a rule: a table's row, no heading.
_LEADER_ROW = re.compile(r"\.{4,}\s*\S")


def _markdown_headings(lines: Sequence[Line]) -> tuple[set[int], set[int]]:
    """Lines marked as headings by markdown ("## X", or "X" above "===" / "---"), and the
    underlines themselves."""
    marked: set[int] = set()
    underlines: set[int] = set()
    previous: Line | None = None
    for line in lines:
        text = line.text
        if text.startswith("#") or text.lstrip().startswith("#"):
            marked.add(line.no)
        elif (previous is not None and not previous.blank and text[:1] in "=-"
              and _UNDERLINE.fullmatch(text)):
            if not (_LABELLED_LIST.fullmatch(previous.text.strip())
                    or _ANSWERED_LINE.fullmatch(previous.text.strip())
                    or _LEADER_ROW.search(previous.text)):
                marked.add(previous.no)
            underlines.add(line.no)
        previous = line
    return marked, underlines


# A page's questions and answers: no part of the list above them ("Frequently asked questions")
# (real46) also a site's newsletter box ("Career Update Newsletter" / "Tips and tools to
# help you …"): the site's offer ends the section above (no rung, no skill in its blurb)
_FAQ_HEADING = re.compile(r"(?:frequently asked questions|faqs?|(?:[A-Za-z]+\s+){0,3}newsletter)"
                          r"\s*:?$", re.IGNORECASE)
_HEADED_LABEL_WORDS = 4
_HEADED_KINDS = frozenset({Kind.SKILLS, Kind.TOOLS})
# A lead-in clause before a survey's list: "…, managers named:", "respondents listed:".
_LEAD_IN = re.compile(r"[A-Z][^:]{6,160}\s(?:named|listed|cited|mentioned|picked|chose|ranked)"
                      r":\s+(?=\S)")
