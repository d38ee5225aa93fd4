"""Row splitting for the long-form parser: :func:`_rows` cuts numbered lines into
headings and items (menus, captions, glued cells, run-in lists, chip strips).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from careergraph.guides.by_content import content_kind
from careergraph.guides.headings import normalise_heading
from careergraph.guides.ladders import years_start
from careergraph.guides.longform_lines import (
    _ASIDE_LINE,
    _DIGIT,
    _FIGURE,
    _ITEM_LIKE,
    _QUESTION_MARKS,
    _QUESTION_WORDS,
    _RUN_IN_JOIN,
    _RUN_IN_WORDS,
    _SHORT_HEADING,
    _SHORT_WORDS,
    _STRIP_ITEMS,
    _STRIP_WORDS,
    _known_heading,
    _panel_kind,
    _Row,
    _short_title,
)
from careergraph.guides.longform_patterns import _GLUED_TITLE, _NAME_BUCKETS, _PAY_IN_TITLE
from careergraph.guides.moves import step_number
from careergraph.guides.numbered_sections import contents_sections
from careergraph.guides.panels import dash_label, glued_panels, panel_value
from careergraph.guides.salary import find_money
from careergraph.guides.section_kinds import (
    _LABEL_KINDS,
    _NUMBERED,
    _SKILL_KINDS,
    _WORD_LABEL_KINDS,
    Kind,
    classify_heading,
)
from careergraph.guides.text import Line, is_title_case, split_label, strip_bullet
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
        and is_title_case(_DATED_ASIDE.sub("", text) or text)
    )


_DATED_ASIDE = re.compile(r"(?<=\S)\s+\([^()$€£]{0,40}\b(?:19|20)\d\d\)\s*$")


# ((?=[…]): what a match can start with, one test per position before the alternatives.)
_PRICED = re.compile(r"(?=[€£₹₱₦¥৳A-Z\d])(?:(?:[€£₹₱₦¥৳]|\b(?:Php|K[Ss]hs?|Rs|[A-Z]{3})\.?)\s?\d"
                     r"|\d,\d{3}\s?[A-Z]{3}\s*$)")  # ("High School 1,940 PEN": the code after)
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|pay|wages?|stipend|earnings)\b", re.IGNORECASE)
# Symbols before a heading's first word (emoji, their variation selectors, arrows).
_DECORATION = re.compile(r"^[^\w\s\"'(\[$€£₹#*•-]+\s+")


# Pictographs before a social post's section heading ("🏢 Who's hiring").
_EMOJI_LEAD = re.compile("^(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
                         "[\ufe0f\u200d]*)+\\s+")
_EMOJI_HEADING_WORDS = 8


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
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]{1,80}?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]{0,200})\]\([^)\s]{0,300}\)")
# An encyclopedia's citation or edit marker glued to the word or stop before it
# ("drafters.[11]", "urban planning.[citation needed]", "Career path[edit]"): chrome.
_CITATION = re.compile(r"(?<=[\w.,;:)\"'’])\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|edit|"
                       r"citation needed|clarification needed|who\?|when\?|by whom\?)\]")


# Whole lines of page navigation: chrome, never content ("back to top" under every table).
_NAVIGATION = frozenset({"back to top", "top of page", "return to top", "scroll to top",
                         "go to top", "skip navigation", "skip to content",
                         "skip to main content"})
# A listing's "show more" link: "View all 48 companies", "More Welder cities ▾" (chrome).
_EXPAND_LINK = re.compile(r"(?:(?:view|see|show|browse) all(?: \d[\d,]*\+?)?(?: [\w'-]+){1,4}"
                          r"\s*[›>»▾▼▸→]?|more(?: [\w'-]+){1,4}\s*[▾▼▸›»])\s*$", re.IGNORECASE)
_FORM_BLANK = re.compile(r"(?<!_)_{3,}(?!_)")
_PAGE_MARK = re.compile(r"^page \d{1,4}(?: of \d{1,4})?\s*$", re.IGNORECASE)
_PARAGRAPH_WORDS = 12  # a line of prose under a heading, not another item of a list
# A post's or comment's vote and action bar ("⬆ 2.4k ⬇  💬 310 comments  Share  Save",
# "↑ 57 ↓  Reply  Report", "16 upvotes · 9 comments"): arrows, counts and action words only.
_ACTION_BAR = re.compile(
    r"(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote)"
    r"(?:\s+(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote))+\s*",
    re.IGNORECASE)
_ACTION_WORD = re.compile(r"[⬆⬇↑↓▲▼💬]|\b(?:repl(?:y|ies)|share|save|report|award|upvotes?|"
                          r"comments?)\b", re.IGNORECASE)
# A comment's byline: the handle, perhaps a flair ("Site Manager | Hull"), the time ago
# ("grout_gary · 2 days ago", "spacer_sam OP · Site Manager | Hull · 9 hr. ago"): chrome,
# its flair no page's title.
_COMMENT_BYLINE = re.compile(
    r"(?:u/)?(?:[\w.-]{3,30}|\[deleted\])(?: OP)?\s+[·•]\s+(?:[^·•]{1,60}\s+[·•]\s+)?"
    r"\d{1,2}\s*(?:min|mins|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|yrs|years?)"
    r"\.?\s+ago")
# A forum post's byline ("Posted by u/kettle_kate · 5 hours ago"); the short tag on the line
# under it ("Discussion", "Pay thread") is the post's flair: chrome, no heading.
_POST_BYLINE = re.compile(r"posted by\s.{1,80}\b(?:ago|\d{4})", re.IGNORECASE)
_FLAIR = re.compile(r"[A-Z][\w&'/-]*(?: [\w&'/-]+){0,2}")


def _markup(text: str) -> str:
    """Leftover markdown and flattened table cells made plain ("| a | b |" -> "a | b");
    a navigation line ("back to top") made empty."""
    if len(text) < 30 and text.strip().lower().rstrip(" ↑^") in _NAVIGATION:
        return ""
    if len(text) < 90 and _ACTION_BAR.fullmatch(text.strip()) and _ACTION_WORD.search(text):
        return ""  # a post's vote and action bar ("↑ 57 ↓  Reply  Share"): chrome
    if " ago" in text[-12:] and len(text) < 130 and _COMMENT_BYLINE.fullmatch(text.strip()):
        return ""  # a comment's byline ("grout_gary · Site Manager | Hull · 2 days ago")
    if text[:5].lower() == "page " and _PAGE_MARK.match(text):
        return ""  # a printed document's page number ("Page 4 of 47")
    if len(text) < 50 and _EXPAND_LINK.match(text.strip()):
        return ""  # a list's "View all 48 companies" / "More Welder cities ▾" link
    if "___" in text and len(_FORM_BLANK.findall(text)) >= 2:
        return ""  # a form's fields to fill ("Apprentice's initials ____  Date ______")
    if " | " in text and _link_strip(text):
        return ""
    if "[" in text:
        text = _without_citations(text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
        if text.strip().lower().startswith(("back to", "return to", "← ", "see also")):
            return ""  # a navigation link
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    if "`" in text or "*" in text:
        text = _EMPHASIS.sub(r"\1", text.replace("`", ""))  # `code`, *italics*
    if text.startswith("#"):
        text = text.lstrip("#").strip()
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        text = " | ".join(c for c in cells if c and set(c) - set("-: "))
    return text


# A strip of links to other articles ("Also read: X Salary | Y Jobs in Z"): no facts.
_LINK_STRIP = re.compile(r"^\s*(?:also read|read also|read more|see also|related(?: posts| "
                         r"articles| reading)?)\s*:\s*\S", re.IGNORECASE)


def _link_strip(text: str) -> bool:
    """True for a labelled strip of article links separated by " | "."""
    return _LINK_STRIP.match(text) is not None


def _without_citations(text: str) -> str:
    """``text`` without citation and edit markers; a line that was only markers is kept.

    >>> _without_citations("Many begin as drafters.[11] Some move on.[citation needed]")
    'Many begin as drafters. Some move on.'
    >>> _without_citations("[01] SALARY REALITY")
    '[01] SALARY REALITY'
    """
    return _CITATION.sub("", text) if "]" in text else text


def _titles_row(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``(label, value)`` of a panel row that lists other titles after its label and a
    space ("Alternate Title(s) A, B, C"), or None."""
    words = text.split(" ")
    for size in (1, 2, 3):
        label = " ".join(words[:size])
        if len(words) > size and _known_heading(label, vocab) is Kind.ALIASES:
            return label, _ALIAS_LEAD.sub("", " ".join(words[size:]))
    return None


# "Alternative titles for this job include A, B": the words before the list.
_ALIAS_LEAD = re.compile(r"^(?:for (?:this|the) (?:job|role|career|occupation)\s+)?"
                         r"(?:include|includes|are|:)\s+", re.IGNORECASE)


# A diary entry's time stamp opening its short heading ("6:45am – Setting up"; glued to it in
# "7:00 AMAvalanche control").
_DIARY_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]m\b|[AP]M)\s*(?:[–—-]\s*)?")
_DIARY_WORDS = 8
_INLINE_BULLET = re.compile(r"\s+[•·▪]\s+")
# Where a heading can touch its neighbour: "ToStaff", "strong.Companies", "Level110,000".
_GLUE = re.compile(r"[a-z.)!?:][A-Z0-9$€£₹]")


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
# A footer strip: links set apart by separators, with a copyright mark among them.
_FOOTER = re.compile(r"(?:[·|•]\s*©|©[^·|•]{0,60}[·|•])|(?:[·|•]\s*(?:site policies|privacy policy|"
                     r"terms of use|accessibility|sitemap)\s*(?:\([^()]*\))?\s*[·|•].*[·|•])",
                     re.IGNORECASE)
# An attachment's heading in a letter or a contract: "Exhibit A – Position summary".
_ATTACHMENT = re.compile(r"^(?:Exhibit|Appendix|Annex|Schedule|Attachment)\s+[A-Z0-9]{1,3}\s*"
                         r"[–—:-]\s*([A-Z][^.!?]{2,80})$")


def _run_in_list(kind: Kind, rest: str) -> bool:
    """A run-in skills or workplaces label over a list that ends on its own line ("What gets
    you hired: A, B and C.", "Where tilers work: A, B and C."): the label names this line's
    list and opens no section."""
    body = rest.rstrip()
    if kind in (Kind.EMPLOYERS, Kind.SECTORS) and ". " not in body:
        # ("Where tilers work: Housing and Retail."): a few names, each short and capitalised
        names = _RUN_IN_JOIN.split(body.rstrip("."))
        return all(n[:1].isupper() and len(n.split()) <= _RUN_IN_WORDS for n in names)
    return (kind in _SKILL_KINDS and body.count(",") >= 2 and body.endswith(".")
            and ". " not in body  # one sentence: "… Bucket truck operation too." goes on
            and not body.lower().startswith(("a ", "an ", "the ")))  # a requirement's prose
_PREMIUM = re.compile(r"\s+[+−-]\s?\d{1,3}(?:\.\d)?\s?%$")  # "Fumigation +9%"
_SCORED = re.compile(r"^(\D.*?)\s+\d\.\d{2}$")  # "Service orientation 3.48"
_SCORED_RUN = 3  # rows in a row of a rated list, so one "Python 3.11" is no score


def _scored_rows(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``raw`` with the level scores of a rated list cut off its names (an occupation
    site's "Skills" rows: "Service orientation 3.48", "Speaking 3.30", …).

    >>> [t for _, t, _ in _scored_rows([(1, "Speaking 3.30", False), (2, "Writing 3.02",
    ...  False), (3, "Monitoring 2.95", False), (4, "Tools", False), (5, "Python 3.11",
    ...  False)])]
    ['Speaking', 'Writing', 'Monitoring', 'Tools', 'Python 3.11']
    """
    # (a score ends its line, "3.48": a line without a full stop in its last four characters
    # has none, and most lines are tested by that alone)
    scored = [_SCORED.match(text) if "." in text[-4:] else None for _, text, _ in raw]
    out = list(raw)
    start = 0
    while start < len(raw):
        end = start
        while end < len(raw) and scored[end] is not None:
            end += 1
        if end - start >= _SCORED_RUN:
            for at in range(start, end):
                match = scored[at]
                if match is not None:
                    out[at] = (raw[at][0], match.group(1), raw[at][2])
        start = end + 1
    return out


_PIPED_WORDS = 6  # a cell of a piped list names one thing in a few words
_FIGURE_CELL = re.compile(r"^\W*\d|[$€£¥₹%]")  # a table's figure, no name ("BS 4142" is)


def _piped_items(text: str, above: _Row | None, before: str, after: str) -> list[str]:
    """The items of a lone piped line right under a skills heading ("Specialisms" /
    "Building acoustics | Room acoustics | Expert witness"), or [] for a table's row (its
    neighbours piped too, a figure or a long cell in it).

    >>> heading = _Row(3, "Specialisms", False, "Specialisms", kind=Kind.SKILLS, top=True)
    >>> _piped_items("Rigging | Load charts", heading, "Specialisms", "Fees")
    ['Rigging', 'Load charts']
    >>> _piped_items("Rigging | £40", heading, "Specialisms", "Fees")
    []
    """
    if (above is None or not above.top or above.kind not in _SKILL_KINDS
            or "|" in before or "|" in after):
        return []
    cells = [cell.strip() for cell in text.strip().strip("|").split(" | ")]
    if len(cells) < 2 or any(not cell or len(cell.split()) > _PIPED_WORDS
                             or _FIGURE_CELL.search(cell) for cell in cells):
        return []
    return cells


def _split_line(no: int, text: str, vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """One raw line as ``(no, text, bullet)`` parts: known headings glued to it split off."""
    text = _markup(text)
    item, bullet = strip_bullet(text)
    if not item:
        return []
    if ("·" in item or "|" in item or "•" in item) and _FOOTER.search(item):
        return [(no, item, False)]  # a site's footer strip: one line, read in _rows
    inline = (len(_INLINE_BULLET.findall(item)) if "•" in item or "·" in item or "▪" in item
              else 0)
    label, rest = split_label(item) if inline else (None, item)
    # "Patient care • Radiation safety • Image processing": a list printed on one line; two
    # items need a label that names a section ("Soft Skills: Empathy • Patience").
    if inline >= 2 or (inline == 1 and label and rest
                       and vocab.headings.classify(label) is not None):
        head = [(no, f"{label}:", False)] if label and rest else []
        items = [i.strip() for i in _INLINE_BULLET.split(rest if head else item)]
        # A heading of the other column glued to an item ends it; the last one opens the
        # section the next line continues ("… • Keep records TYPICAL EMPLOYERS").
        across = _CAPS_TAIL.search(items[-1])
        last = [(no, across.group().strip(), False)] if across and vocab.headings.classify(
            normalise_heading(across.group().strip())) is not None else []
        # ("People coaching +12% · Zendesk": a pay site's premium after a skill, no part of it)
        items = [_PREMIUM.sub("", _CAPS_TAIL.sub("", i)).strip() for i in items]
        return [*head, *((no, i, True) for i in items if i), *last]
    caps = _CAPS_LEAD.match(item) if not bullet else None
    if caps and vocab.headings.classify(normalise_heading(caps.group(1))) is not None:
        # "TYPICAL EMPLOYERS Large dairy farms such as …": a two-column page read across;
        # the text after the heading ends the section before it, and a fragment of a
        # sentence cut by the column ("cooperatives, or you may …") is not read
        rest = item[caps.end():]
        return [*([(no, rest, False)] if rest[:1].isupper() else []),
                (no, caps.group(1), False)]
    if not bullet and "? " in item and (asked := _answered_question(item, vocab)) is not None:
        return [(no, asked[0], False), (no, asked[1], False)]
    parts: list[tuple[int, str, bool]] = []
    if bullet or not _GLUE.search(item):
        return [(no, item, bullet)]  # no heading can be glued without a case change
    glued = vocab.headings.split_glued(item)
    if glued and glued[2] and not bullet:
        parts.append((no, glued[0], False))
        item = panel_value(glued[2])  # "Growth OpportunitiesFair 📈 (A, B)🟩": A and B
    tail = vocab.headings.split_glued_end(item)
    if tail and not bullet and tail[0]:
        return [*parts, (no, tail[0], False), (no, tail[1], False)]
    return [*parts, (no, item, bullet)]


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
_MARKERS = frozenset("-–•*·▪✗✘✓✔")


def _lone_markers(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A bullet marker alone on its line marks the next line as a bullet ("-" then "X: …");
    two markers in a row after a short item make that item the heading of what follows."""
    out: list[tuple[int, str, bool]] = []
    pending = False
    for no, text, bullet in raw:
        if text in _MARKERS:
            if pending and out and out[-1][2] and len(out[-1][1].split()) <= _SHORT_WORDS:
                # "-" / "Knowledge Areas" / "-" / "-" / "Geography": an empty item after a
                # short one, which heads the nested list below it (a flattened page's heading)
                out[-1] = (out[-1][0], out[-1][1], False)
            pending = True
            continue
        out.append((no, text, bullet or pending))
        pending = False
    return out
_DASH_SPLIT = re.compile(r"\s+[–—]\s+")
_STRIP_KINDS = frozenset({Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS})


def _dash_strips(raw: list[tuple[int, str, bool]],
                 vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """A strip of short names set apart by dashes right under a skills heading or a lead-in
    ending in ":" ("Facilitation – Coaching – Kanban") is a list, one item a name; a title
    with its site ("Welder – Career Guide – 2024") has no such line above it."""
    out: list[tuple[int, str, bool]] = []
    for no, text, bullet in raw:
        parts = _DASH_SPLIT.split(text) if not bullet and ("–" in text or "—" in text) else []
        lead = out[-1][1] if out else ""
        if (len(parts) >= _STRIP_ITEMS
                and all(1 <= len(part.split()) <= _STRIP_WORDS and not any(
                    c.isdigit() or c in ".:;!?$€£" for c in part) for part in parts)
                and (lead.endswith(":") or classify_heading(
                    normalise_heading(lead), vocab.headings) in _STRIP_KINDS)):
            out.extend((no, part.strip(), True) for part in parts)
            continue
        out.append((no, text, bullet))
    return out
_CAPTION = re.compile(r"[a-z][a-z' -]{2,40}")


def _captions(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A stat chip prints its value above a lowercase caption ("$63,400" / "median
    salary"): the two lines become one labelled line ("Median salary: $63,400")."""
    out: list[tuple[int, str, bool]] = []
    skip = False
    for index, (no, text, bullet) in enumerate(raw):
        if skip:
            skip = False
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if (following is not None and (text[:1].isdigit() or text[:1] in "$€£₹")
                and not bullet and not following[2]
                and _FIGURE.fullmatch(text) and _CAPTION.fullmatch(following[1])
                and len(following[1].split()) <= 4):
            caption = following[1]
            out.append((no, f"{caption[0].upper()}{caption[1:]}: {text}", False))
            skip = True
            continue
        out.append((no, text, bullet))
    return out


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


def _rung_block(text: str, raw: Sequence[tuple[int, str, bool]], index: int,
                vocab: Vocabulary) -> int | None:
    """The first year of a rung block's title line (-1 without a years line), else None:
    a role title followed by "5-8 years", or by a pay label ("BASE") and an amount."""
    if (index + 2 >= len(raw) or len(text) > 80 or ":" in text
            or step_number(text) is not None or not vocab.is_role_title(text)
            or _PAY_IN_TITLE.search(text)):
        # ("Level 2: X" rungs are read by their number; "Director of X Salary Distribution
        # in Lima" heads a survey's figures, no rung)
        return None
    following = raw[index + 1][1]
    start = years_start(following)
    if start is not None:
        return start
    label = following.replace(" ", "")
    if (following.isupper() and label.isalpha() and len(following.split()) <= 3
            and find_money(raw[index + 2][1]) is not None):
        return -1
    return None


_SKILL_LEADS = frozenset({"skills", "competencies", "qualities", "abilities"})
_SKILL_LINE_WORDS = 8


def _skills_line(text: str, vocab: Vocabulary) -> bool:
    """A short sentence-case line that opens with "Skills" and states nothing ("Skills we
    look for at Chartered level"): the heading of the list on the line below it."""
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


def _caps_heading(text: str) -> bool:
    """A short line in capitals ("[02] SALARY REALITY", "KNOWN ALIASES / DISGUISES:")."""
    if not text.isupper():
        return False  # the common prose line: no letters counted
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and len(text.split()) <= 8
            and text[-1:] not in ".!,;" and not any(c.isdigit() for c in text.split("]")[-1]))


_HEADING_WORDS = 6
_LEAD_IN_WORDS = 10


def _long_question(words: Sequence[str]) -> bool:
    """Words of a question that may head a section at up to ten words ("What an X does in
    Canada", "How can you advance in this career?"); "How to become an X" is a page's
    title, no section."""
    return len(words) > 1 and words[0].lower() in _SECTION_QUESTIONS and (
        words[1].lower() != "to")


_SECTION_QUESTIONS = frozenset({"what", "where", "how", "who"})  # ("Why Leeds cannot …": news)


def _sentence_heading(text: str, vocab: Vocabulary, *, longer: bool = False) -> bool:
    """A short sentence-case line whose words name a known section ("Skills you need");
    ``longer``: a list is known to follow, so the line may run as long as a lead-in."""
    words = text.split()
    # a lead-in ending in a colon may run longer ("Other directions once you have 2–3 years
    # of experience:"): the colon says a list follows; so may a question ("What an X does
    # in Canada")
    most = _LEAD_IN_WORDS if longer or text.endswith(":") or _long_question(
        words) else _HEADING_WORDS
    return (0 < len(words) <= most and text[0].isupper() and text[-1] not in ".!,;"
            and "$" not in text
            and classify_heading(text, vocab.headings) is not Kind.OTHER)
_FIRST_ITEM = re.compile(r"1[.)]\s+\S")  # a numbered list's first item


def _question(text: str) -> str | None:
    """The question of an FAQ line ("What skills do I need?▼"), or None."""
    stripped = text.rstrip(_QUESTION_MARKS)
    words = stripped.split()
    if not stripped.endswith("?") or not 2 <= len(words) <= 16 or not stripped[0].isupper():
        return None
    return stripped if stripped.count("?") == 1 else None


_UNDERLINE = re.compile(r"\s*(?:=+|-{3,})\s*")


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
            marked.add(previous.no)
            underlines.add(line.no)
        previous = line
    return marked, underlines


_MENU_LINES = 5  # a site menu: this many short lines in a row …
_MENU_KINDS = 3  # … naming sections of at least this many kinds
_MENU_WORDS = 4
_MENU_SMALL = frozenset({"&", "and", "of", "the", "to", "for", "in", "a", "on", "with"})


def _named_by_head(label: str, vocab: Vocabulary) -> bool:
    """A long label whose first word or two name a list of skills or tools on their own
    ("Skills respondents said they use weekly")."""
    words = label.split()
    if len(words) < _HEADED_LABEL_WORDS:
        return False  # (a short label is read by the heading vocabulary as it is)
    kind = classify_heading(label, vocab.headings)
    # the head goes on as a clause in lower case ("Skills respondents use"); a Title Case
    # run after it is a name ("Knowledge Graph Engineer Career Guide: Duties, Pay")
    return kind in _HEADED_KINDS and any(
        classify_heading(" ".join(words[:size]), vocab.headings) is kind
        and words[size][:1].islower() for size in (1, 2))
_CARDS_BELOW = re.compile(r"\bhiring\b.*\bnear (?:you|me)$|^(?:companies|employers) hiring\b"
                          # an employment service's "Companies that recruit near you"
                          r"|\brecruit(?:ing)? near (?:you|me)\b",
                          re.IGNORECASE)
_RELATED_STRIP = re.compile(r"(?:Related|Other|More|Popular) [a-z]+s(?::(?: .*)?)?$")
# A page's questions and answers: no part of the list above them ("Frequently asked questions")
_FAQ_HEADING = re.compile(r"(?:frequently asked questions|faqs?)\s*:?$", re.IGNORECASE)
_FORM_FIELD = re.compile(r"[^:_]{1,40}:\s*_{3,}")
_HEADED_LABEL_WORDS = 4
_HEADED_KINDS = frozenset({Kind.SKILLS, Kind.TOOLS})
# A lead-in clause before a survey's list: "…, managers named:", "respondents listed:".
_LEAD_IN = re.compile(r"[A-Z][^:]{6,160}\s(?:named|listed|cited|mentioned|picked|chose|ranked)"
                      r":\s+(?=\S)")


def _menus(raw: list[tuple[int, str, bool]], vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """Without the lines of a site menu: a run of short capitalised lines, one after
    another with no blank line, that names sections of several kinds ("Career Interviews",
    "Sector Profiles", "Study Skills", …); read as headings they would open sections."""
    keep = [True] * len(raw)
    start = 0
    while start < len(raw):
        stop = start
        while stop < len(raw) and _menu_item(raw[stop]) and (
                stop == start or raw[stop][0] == raw[stop - 1][0] + 1):
            stop += 1
        if stop - start >= _MENU_LINES and len({
                kind for _, text, _ in raw[start:stop]
                if (kind := classify_heading(text, vocab.headings)) is not Kind.OTHER
        }) >= _MENU_KINDS:
            keep[start:stop] = [False] * (stop - start)
        start = max(stop, start + 1)
    return [item for item, kept in zip(raw, keep, strict=True) if kept]


def _menu_item(item: tuple[int, str, bool]) -> bool:
    _, text, bullet = item
    return (not bullet and 0 < len(text.split()) <= _MENU_WORDS and text[:1].isupper()
            and _DIGIT.search(text) is None and text[-1:] not in ".:;,?!"
            and all(w[:1].isupper() or w in _MENU_SMALL for w in text.split()))
# A blank to fill in on a worksheet or form ("Who employs her now? ________").
_BLANK = re.compile(r"_{4,}\s*$")
_INVITATION = re.compile(r":\s+[^:?]{0,40}\b(?:us|you|your)\b[^:?]{0,40}\?\s*$",
                         re.IGNORECASE)  # (bounded: linear on any line)


def _rows(lines: Sequence[Line], vocab: Vocabulary,
          spoken: Mapping[int, str] | None = None, *, flat: bool = False) -> list[_Row]:
    """The rows of a page; ``spoken``: headings a transcript or a slide deck implies (a
    chapter, an interviewer's question, a slide's title), by line; ``flat``: a bullet never
    heads the bullets after it (a slide marks its second level)."""
    marked, underlines = _markdown_headings(lines)
    # Rows of a glued label/value panel are read one by one, never as headings of sections.
    panels = glued_panels(lines, lambda label: _panel_kind(label, vocab))
    raw = [part for line in lines if not line.blank and line.no not in underlines
           for part in ([(line.no, line.text.strip(), False)] if line.no in panels
                        else _split_line(line.no, line.text, vocab))]
    raw = _scored_rows(_menus(_captions(_dash_strips(_lone_markers(raw), vocab)), vocab))
    blanks = {line.no for line in lines if "____" in line.text and _BLANK.search(line.text)}
    listed = contents_sections([(line.no, line.text) for line in lines if not line.blank])
    rows: list[_Row] = []
    for index, (no, text, bullet) in enumerate(raw):
        if spoken and spoken.get(no) == text:  # a chapter, a question, a slide's title
            kind = classify_heading(text, vocab.headings)
            rows.append(_Row(no, text, False, text, kind=kind, top=True))
            continue
        if no in listed.contents:
            continue  # a table of contents: chrome
        if no in listed.headings:  # "6. Progression", as the contents list names it
            heading = normalise_heading(text)
            rows.append(_Row(no, text, False, heading, kind=classify_heading(
                heading, vocab.headings), top=True))
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if following is not None and _ASIDE_LINE.fullmatch(following[1]) and index + 2 < len(raw):
            following = raw[index + 2]  # "Key Skills" / "(on the job)" / bullets: past the aside
        if not text:
            continue
        if (index and not bullet and _FLAIR.fullmatch(text)
                and _POST_BYLINE.fullmatch(raw[index - 1][1])):
            continue  # a post's flair under its byline ("Posted by u/… · 2 days ago")
        if no in panels:
            panel_label, value = panels[no]
            # A row whose label no rule knows is kept as OTHER: reported, not guessed.
            kind = _panel_kind(panel_label, vocab) or Kind.OTHER
            rows.append(_Row(no, panel_value(value), False, kind=kind, full=text,
                             label=panel_label))
            continue
        if not bullet and ("·" in text or "|" in text or "•" in text) and _FOOTER.search(text):
            # "Terms of use · Privacy · © TradesON 2026": the site's footer ends any section
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        if " | " in text and not bullet:
            cells = _piped_items(text, rows[-1] if rows else None, raw[index - 1][1] if index
                                 else "", following[1] if following else "")
            # (a lone line of names under a skills heading: "A | B | C", one item a cell)
            rows.extend(_Row(no, cell, True) for cell in cells)
            if not cells:
                rows.append(_Row(no, text, False))  # a table row (or its header): no heading
            continue
        if not bullet and _CONTENTS_ENTRY.search(text):
            # "Who is hiring ........ 6": a contents entry names a section further on; it
            # opens none here (and ends any before it)
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        if not bullet and no in blanks:
            # "2. Who employs Rosie now? ______": a worksheet's prompt, the blank its answer;
            # no heading of what follows
            rows.append(_Row(no, text, False))
            continue
        tabbed = _tab_panel(text, vocab) if "\t" in text and not bullet else None
        if tabbed is not None:  # "Fields of employment <tab> Restaurants, hotels": a panel row
            rows.append(_Row(no, panel_value(tabbed[1]), False, kind=tabbed[0], full=text,
                             label=text.split("\t", 1)[0].strip()))
            continue
        dashed = dash_label(text) if not bullet and ("—" in text or "–" in text) else None
        dash_kind = _known_heading(dashed[0], vocab) if dashed else None
        if dashed and dash_kind in _PANEL_KINDS:
            # "Industry — Construction, Utilities": a panel row with a dash.
            rows.append(_Row(no, panel_value(dashed[1]), False, kind=dash_kind, full=text,
                             label=dashed[0]))
            continue
        titled = _titles_row(text, vocab) if (not bullet and "," in text and "itle" in text[:40]
                                              ) else None
        if titled is not None:  # "Alternate Title(s) Art Conservators, Paper Conservators"
            rows.append(_Row(no, titled[1], False, kind=Kind.ALIASES, full=text,
                             label=titled[0]))
            continue
        known = _known_heading(text, vocab) if not bullet else None
        if known is not None:
            rows.append(_Row(no, text, False, normalise_heading(text), kind=known, top=True))
            continue
        timed = _DIARY_ENTRY.match(text) if not bullet else None
        if timed is not None and 0 < len(text[timed.end():].split()) <= _DIARY_WORDS:
            # "6:45am – Setting up", "7:00 AMAvalanche control": a diary's entry, a stretch of
            # the working day (its lines say what the job does)
            rows.append(_Row(no, text, False, text, kind=Kind.RESPONSIBILITIES, top=True))
            continue
        rung = _rung_block(text, raw, index, vocab) if not bullet else None
        if rung is not None:
            rows.append(_Row(no, text, False, text, rung=rung))
            continue
        emoji = _emoji_heading(text, following) if not bullet and not text.isascii() else None
        if emoji is not None:
            # "💷 UK money talk", "🔑 5 skills that got me hired": a post's section heading
            kind = classify_heading(normalise_heading(emoji), vocab.headings)
            known_kind = kind is not Kind.OTHER
            rows.append(_Row(no, text, False, emoji, kind=kind if known_kind else None,
                             top=known_kind))
            continue
        if not bullet and "___" in text and _FORM_FIELD.match(text):
            continue  # "Manager: ________  Date: ___/___": a form's blank field, no fact
        if not bullet and (_RELATED_STRIP.match(text) or _FAQ_HEADING.match(text)) and (
                classify_heading(text, vocab.headings) is Kind.OTHER):
            # "Related calculators:", "Other tools:": a site's strip of links ends the section
            rows.append(_Row(no, text, False, text.split(":")[0], kind=Kind.OTHER, top=True))
            continue
        if (not bullet and following is not None and not following[2]
                and len(text.split()) <= _HEADING_WORDS and text[:1].isupper()
                and not text.isupper()  # (a heading in capitals is read below, as before)
                and text[-1:] not in ".!?:;" and len(following[1].split()) >= _PARAGRAPH_WORDS
                and any(pattern.search(text) for _, pattern in vocab.headings.questions)):
            # "The money, since everyone asks" above a paragraph (after a one-a-line list): a
            # heading by the shape the vocabulary's question patterns name
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        caps = not bullet and _caps_heading(text)
        if caps or (not bullet and not _plain_heading(text) and (
                (len(text.split()) <= 6 and ":" not in text.rstrip(":")
                 and (text.split()[0].lower() in _QUESTION_WORDS
                      or (len(text.split()) <= 4 and _section_word(text, vocab))
                      # "Companies hiring roofers near you": a strip of job cards below
                      or _CARDS_BELOW.search(text)))
                # "What an early childhood educator does in Canada": a longer question that
                # names a section
                or (len(text.split()) <= _QUESTION_HEADING and text[-1:].isalpha()
                    and _long_question(text.split())
                    and classify_heading(text, vocab.headings) is not Kind.OTHER)
                or (following is not None and (following[2] or _lead_in(raw, index)
                                               # (a numbered list below: "1. Botanical ID")
                                               or _FIRST_ITEM.match(following[1]) is not None
                                               # (a strip of skills run together below)
                                               or _chip_strip(text, following[1], vocab))))
                and _sentence_heading(text, vocab, longer=following is not None and (
                    _chip_strip(text, following[1], vocab)
                    or _skills_lead_in(text, following, vocab)))):
            # "[03] SALARY REALITY", "Who is hiring", "Typical duties" above bullets.
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            known_kind = kind is not Kind.OTHER
            # A numbered capitals heading opens a section; "MARKET AVERAGE" labels a part.
            top = known_kind and (not caps or text[:1] in "[#0123456789")
            rows.append(_Row(no, text, False, heading, kind=kind if top else None, top=top))
            continue
        if no in marked and not bullet and len(text.split()) <= 12:
            heading = normalise_heading(text).rstrip(_QUESTION_MARKS)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        if (not bullet and following is not None and not following[2] and "," in following[1]
                and following[1][-1:] != ":" and _skills_line(text, vocab)):
            # "Skills we look for at senior level" above a sentence listing them
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if (not bullet and following is not None and following[0] <= no + 2 and (
                following[2] or following[1][-1:] == ":") and _skills_line(text, vocab)):
            # "Key skills for trainee store managers" above bullets, "Skills employers look
            # for" above "Trusts ask for:": the heading of the list below
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if not bullet and "?" in text and ": " in text and _INVITATION.search(text):
            continue  # "Employers and Universities: Work with us?": a link, read as nothing
        question = _question(text) if not bullet and "?" in text else None
        if question is not None:
            # "Which tools should I learn?▼": an FAQ question heads its answer.
            kind = classify_heading(question, vocab.headings)
            rows.append(_Row(no, text, False, question, kind=kind, top=True))
            continue
        label, rest = split_label(text) if ":" in text[:200] else (None, text)
        if (label and rest and not bullet and "," not in rest and len(rest.split()) <= 4
                and _plain_heading(f"{label} {rest}") and not vocab.is_role_title(rest)
                and _known_heading(label, vocab) not in _PANEL_KINDS):
            # "The Roadmap: Key Stages": a heading with a subtitle, not a label and its text.
            kind = classify_heading(text, vocab.headings)
            if kind is not Kind.OTHER:
                rows.append(_Row(no, text, False, normalise_heading(text), kind=kind, top=True))
                continue
        lead_in = _LEAD_IN.match(text) if not bullet and ": " in text else None
        if lead_in is not None and "," in text[lead_in.end():]:
            # "Asked which skills they need, managers named: A (62%), B (54%)": a survey's
            # lead-in clause, no name; the list after it stays in its section
            rows.append(_Row(no, text[lead_in.end():], False, full=text))
            continue
        if label and rest and not bullet and "," in rest and _named_by_head(label, vocab):
            # "Skills respondents use weekly (top 8): A, B": a label whose head word names
            # the list
            rows.append(_Row(no, rest, False, kind=classify_heading(label, vocab.headings),
                             full=text))
            continue
        if label and rest:
            kind = classify_heading(label, vocab.headings)
            exact = _known_heading(label, vocab)
            if (kind in _LABEL_KINDS and (kind in _WORD_LABEL_KINDS or exact)) or (
                    not bullet and exact) or (not bullet and _run_in_list(kind, rest)):
                # "• Advancement To: Staff X" / "Feeder roles: A, B": a heading for this line.
                rows.append(_Row(no, panel_value(rest), bullet, kind=kind, full=text))
                continue
        attached = _ATTACHMENT.match(text) if not bullet and text[:1] in "EASC" else None
        if attached is not None and ":" not in attached.group(1) and len(
                attached.group(1).split()) <= _SHORT_HEADING:
            # "Exhibit A – Position summary", "Appendix B – Career ladder": a letter's or a
            # contract's attachment, headed by what it holds
            head = attached.group(1).strip()
            rows.append(_Row(no, text, False, head, kind=classify_heading(head, vocab.headings),
                             top=True))
            continue
        short = _SENTENCE_LABEL.match(text) if not bullet and following is not None and (
            not following[2]) and _NAME_LINE.fullmatch(following[1]) else None
        if short is not None and (
                short_kind := classify_heading(short.group(1), vocab.headings)) in _LABEL_LISTS:
            # "Registered sponsoring firms (Travis County)", "License types": a sentence-case
            # heading over its names or its rungs, one a line
            rows.append(_Row(no, text, False, short.group(1), kind=short_kind, top=True))
            continue
        unnamed = _unnamed_heading(text, raw, index, vocab) if not bullet else None
        if unnamed is not None:
            # "Who you would work for" above a list of employers: a heading by its content.
            rows.append(_Row(no, text, False, text, kind=unnamed, top=True))
            continue
        if not bullet:
            numbered = _NUMBERED.fullmatch(text)
            if numbered and _plain_heading(numbered.group(2).replace("*", "")):
                rows.append(_Row(no, text, False, numbered.group(2), numbered=True))
            elif numbered and _sentence_heading(numbered.group(2), vocab):
                # "3. What you'll do": a numbered section of the page.
                kind = classify_heading(numbered.group(2), vocab.headings)
                rows.append(_Row(no, text, False, numbered.group(2), kind=kind, top=True))
            elif _plain_heading(text) and not _chips_under(text, rows):
                rows.append(_Row(no, text, False, text))
            elif numbered and ")" in text[:3] and step_number(text) is None:
                # "2) API testing (Postman)": a numbered list item, read as a bullet.
                rows.append(_Row(no, numbered.group(2), True))
            elif text.endswith(":") and label and not rest and (
                    len(label.split()) <= 6 or (len(label.split()) <= _LONG_HEADING
                                                and is_title_case(label))
                    or _names_lead(label, vocab)):
                # "Skills you need:", "Skills Required to Become a Merchant Navy Officer:"
                kind = classify_heading(label, vocab.headings)
                if kind is not Kind.OTHER:  # "Skills you need:" in sentence case
                    rows.append(_Row(no, text, False, label, kind=kind, top=True))
                else:
                    rows.append(_Row(no, text, False))
            else:
                rows.append(_Row(no, text, False))
            continue
        # A bullet introduces nested bullets when it is "Label:" alone, or a short Title Case
        # phrase followed by a bullet that is not itself such a phrase.
        # ("Python (SageMaker)" below is a name with its tool aside: an item like this one)
        child = following is not None and following[2] and not _short_title(
            _TAIL_ASIDE.sub("", following[1]), vocab) and not flat
        if label and not rest and following is not None and following[2]:
            rows.append(_Row(no, text, True, label))
        elif ":" not in text and _short_title(text, vocab) and child:
            rows.append(_Row(no, text, True, text))
        else:
            rows.append(_Row(no, text, True))
    return rows
# A contents entry: a section's name, a dot leader and its page number.
_CONTENTS_ENTRY = re.compile(r"[A-Za-z)]\s*(?:\.\s?){4,}\s*\d{1,3}$")


def _chip_strip(heading: str, text: str, vocab: Vocabulary) -> bool:
    """``text`` is a line of skills run together with no sentence or figure in it
    ("AutoCADSite supervisionMS Excel"), a scraped strip of chips, under ``heading``, a line
    naming a skills section ("Skills that help in the exam and the job")."""
    return (len(_GLUED_TITLE.findall(text)) >= _CHIP_GLUES and not _CHIP_SENTENCE.search(text)
            and not _CHIP_FIGURE.search(text)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


def _skills_lead_in(heading: str, following: tuple[int, str, bool], vocab: Vocabulary) -> bool:
    """``heading`` names a skills section and a bulleted or numbered list follows it, so it may
    run as long as a lead-in ("Skills the crew told me count most" above "1. Kiln safety"),
    not above a paragraph."""
    return ((following[2] or _FIRST_ITEM.match(following[1]) is not None)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


_CHIP_GLUES = 3
_CHIP_SENTENCE = re.compile(r"[.!?]\s")
_CHIP_FIGURE = re.compile(r"(?<![A-Za-z\d])\d")  # a figure, not a product's digit ("Pix4D")


def _chips_under(text: str, rows: Sequence[_Row]) -> bool:
    """A line of skill names run together ("Stream ProcessingMap MatchingLoad Testing")
    right under a skills heading: the section's list, not a heading of its own."""
    return (bool(rows) and rows[-1].kind in _SKILL_KINDS and bool(rows[-1].heading)
            and len(_GLUED_TITLE.findall(text)) >= 2)
_TAIL_ASIDE = re.compile(r"\s*\([^()]*\)$")
