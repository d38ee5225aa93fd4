"""Small, linear-time helpers over guide text: numbered lines, bullets, labels, lists.

Nothing here knows about layouts; :mod:`careergraph.guides.card` and
:mod:`careergraph.guides.longform` combine these pieces.

>>> strip_bullet("  • Build pipelines")
('Build pipelines', True)
>>> split_label("Problem-Solving: Strong analytical skills")
('Problem-Solving', 'Strong analytical skills')
>>> split_items("finance, healthcare, and e-commerce")
['finance', 'healthcare', 'e-commerce']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import repeat
from typing import NamedTuple

from careergraph.guides.company_forms import SECOND_FORMS

__all__ = [
    "BULLET_FIRST",
    "SMALL_WORDS",
    "Line",
    "clean",
    "guide_lines",
    "is_title_case",
    "may_hold_cells",
    "number_lines",
    "pdf_glyph_bullets",
    "repair_mojibake",
    "split_glued_sentence",
    "split_items",
    "split_label",
    "split_sentences",
    "strip_bullet",
]

# Control characters other than tab become spaces: scraped text sometimes carries them and
# they must never reach a Fact.
# An image's file extension: a file name left in scraped text ("PathPilot Flags.png") is chrome,
# whether it stands as a title line or over a pay line.
IMAGE_SUFFIX = r"\.(?:png|jpe?g|gif|svg|webp|bmp)"
IMAGE_FILE_END = re.compile(IMAGE_SUFFIX + "$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")
# ("・" is a Japanese page's bullet, glued to its item: "・Rice washing")
# ("○ resilience": a white circle before a spaced item, as a church's or a school's page
# prints it; "▸ 163 Signal Squadron, Leeds": a small triangle before a spaced item, set 32)
_BULLET = re.compile(r"[-*•▪◦‣·–○▸]\s+|[•▪◦‣·・]")
BULLET_FIRST = frozenset("-*•▪◦‣·–・○▸")  # the characters a _BULLET match starts with
# Words that stay lowercase inside a Title Case heading.
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "via",
        "with",
        "without",
    ]
)
# Words that open a sentence scraped onto the end of a list item ("...environments These ...").
_OPENERS = frozenset(
    [
        "These",
        "This",
        "By",
        "As",
        "The",
        "Staying",
        "Success",
        "Remember",
        "Overall",
        "Together",
        "Note",
        "In",
        "With",
    ]
)
# (a comma before a company's legal form parts no items: "Hinata Care Co., Ltd.")
_LEGAL_FORM_NEXT = rf"(?!\s*(?:{'|'.join(SECOND_FORMS)})\b)"
_ITEM_SEPARATOR = re.compile(f";|,{_LEGAL_FORM_NEXT}")
_FORM_AHEAD = re.compile(_LEGAL_FORM_NEXT.replace("(?!", "(?=", 1))
_CONJUNCTION = re.compile(" (?:and/or|and|or) ")  # the words _split_conjunctions_nested tries
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "Sr.", "Jr.", "Dr.", "St.")


class Line(NamedTuple):
    """One physical line of a guide: 1-based number and text (control characters blanked).

    A named tuple: guides are split into tens of thousands of lines, and a tuple is built
    several times faster than a frozen dataclass.
    """

    no: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


# Characters that UTF-8 read as Windows-1252/1253 leaves behind ("â€”", "Ã©", "β€”").
_MOJIBAKE = re.compile("[ÃÂâβ][\u0080-\u02ff\u0370-\u03ff\u2000-\u20ff]")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text decoded as a Windows code page (``ftfy``), only where it shows.

    >>> repair_mojibake("Senior â€” Staff"), repair_mojibake("Senior β€” Staff β€“ Lead")
    ('Senior — Staff', 'Senior — Staff – Lead')
    >>> repair_mojibake("plain text") == "plain text"
    True
    >>> repair_mojibake("πŸ“ˆ Market Demand: 49,000β€”78,000")
    '📈 Market Demand: 49,000—78,000'
    """
    if _MOJIBAKE.search(text) is None:
        return text  # the common case costs one scan, not ftfy's analysis
    import ftfy  # imported on demand: most guides never need it

    fixed = ftfy.fix_encoding(text)
    if _MOJIBAKE.search(fixed) is None:
        return fixed
    # ftfy judges a text as a whole and leaves it alone when genuine symbols sit beside the
    # damage ("49,000β€”78,000", "πŸ“ˆ Market"); each damaged run is then re-read on its own.
    return _MOJIBAKE_RUN.sub(_rerun, fixed)


def pdf_glyph_bullets(text: str) -> str:
    """PDF bullet glyphs that text extraction leaves behind read as "• " list markers.

    A bullet font's glyph comes out of a PDF as ``(cid:127)``, a private-use character or a
    Wingdings "l"; ligatures ("ﬁ") are spelt out.  A line opening with "l " counts only when
    two or more lines do so (the English word is never "l").

    >>> pdf_glyph_bullets("(cid:127) Map reading\\n\\uf0b7 Compass\\nﬁxed plots")
    '• Map reading\\n• Compass\\nfixed plots'
    >>> pdf_glyph_bullets("l Splinting\\nl Seating"), pdf_glyph_bullets("l Alone")
    ('• Splinting\\n• Seating', 'l Alone')
    """
    if _LIGATURE.search(text):
        text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "(cid:" in text or _PRIVATE_USE.search(text):
        text = _GLYPH_MARKER.sub(r"\1• ", text)
    return _l_bullets(text)


def _l_bullets(text: str) -> str:
    """The "l" markers of :func:`pdf_glyph_bullets`."""
    # An "l" marker opens a line: the first, or one after a line break (a search by that
    # literal "\n" is ten times faster than _L_MARKER's scan of every position).
    if ((_L_MARKER.match(text) or _L_LINE.search(text))
            and len(_L_MARKER.findall(text)) >= 2):
        text = _L_MARKER.sub(r"\1• ", text)
    return text


def post_glyph_bullets(text: str) -> str:
    r"""Social posts' list glyphs read as "• " list markers: a check mark, a pointing hand,
    a small diamond or a keycap digit ("✅ Write microcopy", "👉 Card sorting", "1️⃣ Figma")
    that opens two or more lines.

    >>> post_glyph_bullets("\u2705 Audits\n\u2705 Tree testing\n\u2714 Alone")
    '• Audits\n• Tree testing\n✔ Alone'
    >>> post_glyph_bullets("1\ufe0f\u20e3 Figma\n2\ufe0f\u20e3 Scrum")
    '• Figma\n• Scrum'
    """
    if text.isascii():
        return text  # most pages: nothing to look for
    if "\u2219" in text:  # "A ∙ B ∙ C": a bullet operator between a strip's items
        text = _DOT_OPERATOR.sub(" · ", text)
    if _COLUMN_CHECKS.search(text):  # ("✔ Triage     ✖ State licence": two columns)
        text = _COLUMN_CHECKS.sub(_bulleted_checks, text)
    if _GLUED_CHECK.search(text):
        text = _GLUED_CHECKS.sub(_dotted_checks, text)
    for glyph in {m.group(2) for m in _POST_GLYPH.finditer(text)}:
        marker = re.compile(rf"^([ \t]*){re.escape(glyph)}\ufe0f?[ \t]+", re.MULTILINE)
        if len(marker.findall(text)) >= 2:
            text = marker.sub(r"\1• ", text)
    if len(_KEYCAP.findall(text)) >= 2:
        text = _KEYCAP.sub(r"\1• ", text)
    return text


# (rules47a) A run of three lines or more opened by an arrow ("→ Product demonstration and
# sampling", "► First month (probationary): ₱950 per day"): a list's items when they read as
# phrases, not titles (a ladder flattened one rung a line stays: "→ Senior Welder").
_ARROW_RUN = re.compile(r"(?:^[ \t]*[→►][ \t]+\S[^\n]*(?:\n|$)){3,}", re.MULTILINE)
_PHRASE_ITEM = re.compile(r"^\S+(?:\s+\S+)*?\s+(?!(?:of|and|or|the|to|for|in|on|at|a|an|with)\b)"
                          r"[a-z][\w-]*\s+\S|:")


def _arrow_items(run: re.Match[str]) -> str:
    r"""The arrow-opened lines of ``run`` as "• " items when most of them are phrases (a
    lower-case word after their first two words); else the run as printed.

    >>> _ARROW_RUN.sub(_arrow_items, "→ Fluent English\n→ Product demonstration and sampling"
    ...                "\n→ Customer engagement and a smile\n")
    '• Fluent English\n• Product demonstration and sampling\n• Customer engagement and a smile\n'
    >>> _ARROW_RUN.sub(_arrow_items, "→ Junior Welder\n→ Senior Welder\n→ Lead Welder\n")
    '→ Junior Welder\n→ Senior Welder\n→ Lead Welder\n'
    """
    lines = run.group().split("\n")
    items = [line.strip()[1:].strip() for line in lines if line.strip()]
    phrases = sum(1 for item in items if _PHRASE_ITEM.search(item))
    if 2 * phrases <= len(items):
        return run.group()
    return "\n".join(re.sub(r"^([ \t]*)[→►][ \t]+", r"\1• ", line) for line in lines)


# A strip's last item glued to the label of a second strip on its line ("… · Scientific
# writingLab skills: microscopy, PCR"): the label, a category naming no skill, gives way to
# a separator.
_GLUED_SKILL_LABEL = re.compile(r"(·[^\n]*?[a-z])([A-Z][a-z]+(?: [a-z]+)? skills:)")
# Two dashed items glued at a lost line break ("- Tool selection and offsets- Measuring"): a
# dash right after a word, then a capital, on a line that opens with the same dash.
_GLUED_DASH_ITEM = re.compile(r"(?m)^(- [^\n]*?[A-Za-z0-9)])- (?=[A-Z])")
_CHECKS = "\u2705\u2714\u2611\u2713"
_DOT_OPERATOR = re.compile(r"[ \t]+\u2219[ \t]+")
# A checklist printed in columns: a line opening with a tick or a cross and holding another
# after a gap of spaces ("✔ Triage and CPR        ✖ State licence (exam needed)").
_CROSSES = frozenset("\u2716\u2718\u2717")
_STRIP_TICKS = 3  # ticked items on one line that make it a strip, no columns
_MATCH_MARKS = _CHECKS + "".join(sorted(_CROSSES))
_COLUMN_CHECKS = re.compile(f"^[ \\t]*[{_MATCH_MARKS}]\ufe0f?[ \\t]+[^\\n]*?\\S[ \\t]+"
                            f"[{_MATCH_MARKS}][^\\n]*$", re.MULTILINE)
_COLUMN_MARK = re.compile(f"[ \\t]*[{_MATCH_MARKS}]\ufe0f?[ \\t]*")
_GLUED_CHECK = re.compile(f"\\S[ \\t]*[{_CHECKS}]")
# A line of two or more check marks run together ("needs:✅ Fact-finding✅ Empathy"): a list
# flattened onto one line.
_GLUED_CHECKS = re.compile(f"^[^\\n{_CHECKS}]*(?:[{_CHECKS}]\ufe0f?[^\\n{_CHECKS}]+){{2,}}$",
                           re.MULTILINE)
_ONE_CHECK = re.compile(f"\\s*[{_CHECKS}]\ufe0f?\\s*")


def _bulleted_checks(match: re.Match[str]) -> str:
    """A line of a checklist printed in columns as one bulleted strip of its ticked items
    ("; " apart), so that each column's item is a list item of its own; an item marked with
    a cross is one the reader lacks, left out (a line of crosses only stays as printed).

    >>> _COLUMN_CHECKS.sub(_bulleted_checks, "\u2714 Triage and CPR     \u2714 Splints")
    '• Triage and CPR; Splints'
    >>> _COLUMN_CHECKS.sub(_bulleted_checks, "\u2714 Triage     \u2716 State licence")
    '• Triage'
    >>> _COLUMN_CHECKS.sub(_bulleted_checks, "\u2714 Splints (rigid)   \u2714 CPR   \u2714 Triage")
    '• Splints (rigid) · CPR · Triage'
    """
    line = match.group()
    marks = _COLUMN_MARK.findall(line)
    items = _COLUMN_MARK.split(line)[1:]
    ticked = [item.strip() for mark, item in zip(marks, items, strict=False)
              if item.strip() and not set(mark) & _CROSSES]
    # (rules36b) three ticked items or more run across the line as one strip ("✔ A (x, y)
    # ✔ B ✔ C"): a dot strip, its items however long; two are a checklist's two columns
    joint = " · " if len(ticked) >= _STRIP_TICKS else "; "
    return "• " + joint.join(ticked) if ticked else line


def _dotted_checks(match: re.Match[str]) -> str:
    """A line of glued check-mark items as a " · " strip (its label kept before them).

    >>> _GLUED_CHECKS.sub(_dotted_checks, "It needs:\u2705 Tact\u2705 Grit\u2705 Care")
    'It needs: Tact · Grit · Care'
    """
    head, *items = _ONE_CHECK.split(match.group())
    return (head + " " if head.strip() else "") + " · ".join(i.strip() for i in items)


# (No arrows: "→ Senior X" a line is a ladder flattened one rung a line.)
# (rules36b: a guillemet opening two lines or more too, "» Floor machines: …")
# (real42: an aviation training site's "✈ have good memory;" lines; "✦", "❖" and "➢" open a
# list's lines on other sites the same way.  No stars: "★ 4.8 (2,311 reviews)" is a rating.)
_POST_GLYPH = re.compile("^([ \t]*)([\u2705\u2714\u2611\u2713\u25b6\u25b8\u00bb"
                         "\u2708\u2726\u2756\u27a2"
                         "\U0001f449\U0001f539\U0001f538\U0001f4cc])\ufe0f?[ \t]+", re.MULTILINE)
_KEYCAP = re.compile("^([ \t]*)(?:\\d\ufe0f?\u20e3|\U0001f51f)[ \t]*", re.MULTILINE)
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_GLYPH_MARKER = re.compile("^([ \t]*)(?:\\(cid:\\d+\\)|[\ue000-\uf8ff])[ \t]*", re.MULTILINE)
_L_MARKER = re.compile(r"^([ \t]*)l (?=[A-Z(])", re.MULTILINE)
_L_LINE = re.compile(r"\n[ \t]*l (?=[A-Z(])")  # an _L_MARKER match after the first line


# A run of characters that a Windows code page shows for UTF-8 lead and continuation bytes.
_MOJIBAKE_RUN = re.compile("[ÃÂâβποΎΏΈΉΊΌðÐÏÎÍÌ][\u0080-\u02ff\u0370-\u03ff\u2000-\u20ff]+")
_CODE_PAGES = ("cp1253", "cp1252")


def _rerun(match: re.Match[str]) -> str:
    """One damaged run as the UTF-8 it was, when its characters read back as bytes through
    the Windows code pages (Greek, then Western; a byte neither defines shows as itself)."""
    run = match.group(0)
    data = bytearray()
    for char in run:
        for page in _CODE_PAGES:
            try:
                data += char.encode(page)
                break
            except UnicodeError:
                continue
        else:
            if ord(char) > 0xFF:
                return run
            data.append(ord(char))
    try:
        return data.decode("utf-8")
    except UnicodeError:
        return run


def number_lines(text: str) -> list[Line]:
    r"""Split ``text`` into numbered lines (``\n``, ``\r\n`` or ``\r`` endings).

    >>> [(x.no, x.text) for x in number_lines("a\r\nb\rc")]
    [(1, 'a'), (2, 'b'), (3, 'c')]
    """
    # One pass over the whole text: no line ending is left that _CONTROL would blank.
    normal = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    # enumerate's (no, text) pairs made Lines at C speed (Line's own __new__ is a Python call).
    return list(map(tuple.__new__, repeat(Line), enumerate(normal.split("\n"), 1)))


# Every character none of the repairs above and no line split looks for: printable ASCII,
# tab, newline and common typography (Latin-1 letters but the mojibake leads "Ã", "Â" and
# "â"; dashes, quotes, bullets, arrows, currency signs).
# A numbered step as a list marker ("STEP 2 · Shift Lead — $17/hr"): a careers page's path
# printed as steps, one rung a line, the dot parting the number from the rung.
_STEP_MARKER = re.compile(r"^([ \t]*)(?:STEP|Step)[ \t]+\d{1,2}[ \t]+[·•][ \t]+", re.MULTILINE)
# A tick written out at a checklist line's start ("ticked: HTML"; "not ticked" is no mark).
_WRITTEN_TICK = re.compile(r"^([ \t]*)(?:ticked|checked):[ \t]+", re.MULTILINE | re.IGNORECASE)
# Two such lines in a row: a list of rungs (a course's "STEP 1 · THE ENTRY POINT" headings,
# each over a block of its own, stay headings).
_STEP_RUN = re.compile(r"^[ \t]*(?:STEP|Step)[ \t]+\d{1,2}[ \t]+[·•][ \t]+[^\n]*\n"
                       r"[ \t]*(?:STEP|Step)[ \t]+\d{1,2}[ \t]+[·•][ \t]+", re.MULTILINE)
# (a guillemet is no ordinary character: it may open list items, see _POST_GLYPH)
_ORDINARY_ONLY = re.compile("[^\t\n -~\u00a0-\u00ba\u00bc-\u00c1\u00c4-\u00e1\u00e3-\u00ff"
                            "\u2010-\u2027\u2030-\u205e\u20a0-\u20cf\u2122\u2190-\u21ff]")


# An arrow drawn from a rule and a head between two words ("Helper  ──►  Welder", "A ─▶ B",
# "A ===> B"): the ladder's arrow, read as "→" like a typed one.
# (fresh52) Or a dingbat arrow glyph between two words ("Assistant  ➝  Librarian"): the
# rightward arrows a page may print for "→" (not the arrowheads "➢", "➤" that mark bullets).
_GLYPH_ARROWS = "➙➛➝➞➡⮕"
_GLYPH_ARROW = re.compile(f"[{_GLYPH_ARROWS}]")
# (real52) Or a typed "->" whose hyphen a word processor turned into a dash ("officer–>senior
# officer–>director").
_DRAWN_ARROW = re.compile(r"(?<=\w)([ \t]*)(?:[─━—=-]{2,}[►▶>]|[–—]>|["
                          + _GLYPH_ARROWS + r"])[ \t]*(?=\w)")


# (rules53a) A line of progression printed as rungs joined by spaced hyphens, each rung's
# class or rate in brackets ("Helper (JC 10, $24.10) - Operator B (JC 12, $26.40) - Operator A
# (JC 14, $28.90) - Lead Operator (JC 16, $31.20)"): a ladder's chain, each hyphen an arrow.
# Only a whole line of three joins or more, every rung a capitalised name and its bracket.
_BRACKET_RUNG = r"[A-Z0-9][^()\n]{0,60}?\s\([^()\n]{1,60}\)"
_HYPHENED_RUNGS = re.compile(rf"^[ \t]*{_BRACKET_RUNG}(?:[ \t]+[-–][ \t]+{_BRACKET_RUNG}){{3,}}"
                             r"[ \t]*$", re.MULTILINE)
_RUNG_HYPHEN = re.compile(r"(?<=\))[ \t]+[-–][ \t]+(?=[A-Z0-9])")


def hyphened_rungs(text: str) -> str:
    """``text`` with its hyphen-joined lines of bracketed rungs joined by "→".

    >>> hyphened_rungs("Helper (JC 10) - Operator B (JC 12) - Operator A (JC 14) - Lead (JC 16)")
    'Helper (JC 10) → Operator B (JC 12) → Operator A (JC 14) → Lead (JC 16)'
    >>> hyphened_rungs("Mon (9-5) - Tue (9-5)")
    'Mon (9-5) - Tue (9-5)'
    """
    return _HYPHENED_RUNGS.sub(lambda m: _RUNG_HYPHEN.sub(" → ", m.group()), text)


def drawn_arrows(text: str) -> str:
    """``text`` with drawn arrows between words as "→".

    >>> drawn_arrows("Helper / Fitter Helper  ──►  Welder ==> Lead (CWI)")
    'Helper / Fitter Helper → Welder → Lead (CWI)'
    >>> drawn_arrows("Porter  ➝  Head Porter ➝ Estates Manager"), drawn_arrows("➡ Apply")
    ('Porter → Head Porter → Estates Manager', '➡ Apply')
    >>> drawn_arrows("officer–>senior officer–>director")
    'officer → senior officer → director'
    """
    return _DRAWN_ARROW.sub(" → ", text)


# A dash list typed without the space after its dash ("-Able to read drawings,"): a dash
# right before a capitalised word, opening a line.
_TIGHT_DASH = re.compile(r"^([ \t]*)-(?=[A-Z][a-z])", re.MULTILINE)
_TIGHT_BEFORE_LIST = re.compile(r"^([ \t]*)-(?=[A-Z](?:[a-z]| [a-z])[^\n]*\n[ \t]*- [A-Za-z])",
                                re.MULTILINE)
_TIGHT_DASHES = 3  # lines so marked, at least: one is a hyphenated word or a stray dash
# (perf62) What every match of _TIGHT_DASH and _TIGHT_BEFORE_LIST holds: a literal prefix
# the scan skips ahead by, where their "^" is tried at every position.
_DASH_CAPITAL = re.compile(r"-[A-Z]")


def tight_dashes(text: str) -> str:
    r"""Lines that open with a dash glued to a capitalised word read as a dash list, when
    three or more lines do so.

    >>> tight_dashes("Needs:\n-Shift work,\n-Team player,\n-Forklift licence")
    'Needs:\n- Shift work,\n- Team player,\n- Forklift licence'
    >>> tight_dashes("-OR-\n-Alone")
    '-OR-\n-Alone'
    >>> tight_dashes("Have:\n-Tact\n- Patience")
    'Have:\n- Tact\n- Patience'
    """
    if len(_TIGHT_DASH.findall(text)) < _TIGHT_DASHES:
        # (real34) one glued dash opening a spaced dash list ("-Excellent numerical
        # ability…" / "- Comfort with numbers"): the list's first item
        return _TIGHT_BEFORE_LIST.sub(r"\1- ", text)
    return _TIGHT_DASH.sub(r"\1- ", text)


_SPACED_COLON = re.compile(r"(?<=\w) +:(?=\n)")


def guide_lines(text: str) -> list[Line]:
    r"""A guide's text repaired and numbered:
    ``number_lines(post_glyph_bullets(pdf_glyph_bullets(repair_mojibake(text))))``, in one
    scan when the text holds only ordinary characters (most guides), where a scan per
    repair would find nothing.

    >>> [(x.no, x.text) for x in guide_lines("Nurse\r\n(cid:127) Triage\nl Wards\nl Rounds")]
    [(1, 'Nurse'), (2, '• Triage'), (3, '• Wards'), (4, '• Rounds')]
    >>> guide_lines("Skills: A · Scientific writingLab skills: PCR")[0].text
    'Skills: A · Scientific writing · PCR'
    """
    if " · " in text and " skills:" in text:
        text = _GLUED_SKILL_LABEL.sub(r"\1 ·", text)  # "A · Scientific writingLab skills: …"
    if "─" in text or "━" in text or "=>" in text or "—" in text or "–>" in text or (
            _GLYPH_ARROW.search(text) is not None):
        text = drawn_arrows(text)
    if ") - " in text or ") – " in text:
        text = hyphened_rungs(text)  # (rules53a) "Helper (JC 10) - Operator (JC 12) - …"
    if "\n-" in text and _DASH_CAPITAL.search(text) is not None:
        # ("-Able to read drawings,": a list typed without its spaces; (perf62) each of
        # tight_dashes' patterns needs a dash glued to a capital, most dash lists have none)
        text = tight_dashes(text)
    if " :\n" in text:  # (real34) "you will need to have :": a lead-in's colon spaced off
        text = _SPACED_COLON.sub(":", text)
    if "· " in text and ("STEP " in text or "Step " in text):
        text = step_markers(text)
    if "icked: " in text:
        text = written_ticks(text)
    if "(i) " in text and "(ii) " in text:
        text = roman_markers(text)
    if "- " in text:
        while (glued := _GLUED_DASH_ITEM.sub(r"\1; ", text)) != text:  # (three glued too)
            text = glued
    text, odd = _directed(text)
    if odd:
        return number_lines(post_glyph_bullets(pdf_glyph_bullets(repair_mojibake(text))))
    # No mojibake lead, ligature, private-use glyph, post glyph, keycap, control character
    # or carriage return here: only the ASCII markers can apply, and a split makes the lines.
    if "(cid:" in text:
        text = _GLYPH_MARKER.sub(r"\1• ", text)
    text = _l_bullets(text)
    return list(map(tuple.__new__, repeat(Line), enumerate(text.split("\n"), 1)))


def _directed(text: str) -> tuple[str, bool]:
    r"""``text`` read in its direction (a right-to-left page's labels, arrows opening lines),
    and whether it holds a character that is not ordinary (``_ORDINARY_ONLY``).

    (perf62) A right-to-left letter or mark is no ordinary character: a text of ordinary
    ones only (most pages) skips the RTL scan, and the test is kept while the text is.

    >>> _directed("Nurse\n\u2022 Triage"), _directed("Job\r\n")
    (('Nurse\n• Triage', False), ('Job\r\n', True))
    """
    odd = _ORDINARY_ONLY.search(text) is not None
    if odd and not text.isascii() and _RTL_PAGE.search(text) is not None:
        text = rtl_labels(text)
        if "←" in text:  # (rules53a) "A ← Senior A ← Head of B": read in the page's order
            text = _LEFT_ARROW.sub(" → ", text)
        odd = _ORDINARY_ONLY.search(text) is not None
    if "\n→ " in text or "\n► " in text:
        text = _ARROW_RUN.sub(_arrow_items, text)  # (rules47a) "→ Fluent English" items
        odd = _ORDINARY_ONLY.search(text) is not None
    return text, odd


# (rules38a) A page translated from a right-to-left language (Arabic, Persian, Urdu): its
# direction marks, and a label whose colon the translator left before it (":Requirements
# المتطلبات", "‏:Salary 2,400 - 3,100 dirhams"), the native words after a heading's.
_RTL_PAGE = re.compile("[\u200e\u200f\u061c\u0600-\u06ff]")
# (rules53a) A path printed for right-to-left reading, its arrows pointing left between words
# ("Clerk ← Senior Clerk ← Head of the office" on a translated Persian or Arabic page): the
# first rung is read first, as the original runs, so each arrow leads on like "→".
_LEFT_ARROW = re.compile(r"(?<=[\w)])[ \t]*←[ \t]*(?=\w)")
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_RTL_LABEL = re.compile("^(?P<lead>[ \t]*):(?P<label>[A-Za-z][^:\n0-9\u0600-\u06ff]{0,60}?)"
                        "(?P<rest>[ \t]*(?:[0-9][^\n]*|[\u0600-\u06ff][\u0600-\u06ff \t]*)?)$",
                        re.MULTILINE)


def _rtl_label(match: re.Match[str]) -> str:
    """A label's colon moved after it: a heading alone (its native words dropped), or a
    label and its figures."""
    rest = match.group("rest").strip()
    label = match.group("label").strip()
    if rest[:1].isdigit():
        return f"{match.group('lead')}{label}: {rest}"
    return f"{match.group('lead')}{label}"


def rtl_labels(text: str) -> str:
    r"""``text`` without direction marks, its labels' colons moved after them.

    >>> rtl_labels("\u200f:Job description\u200f\n:Requirements \u0627\u0644")
    'Job description\nRequirements'
    >>> rtl_labels("\u200f:Salary 2,400 - 3,100 dirhams monthly")
    'Salary: 2,400 - 3,100 dirhams monthly'
    """
    text = _BIDI_MARKS.sub("", text)
    return _RTL_LABEL.sub(_rtl_label, text) if ":" in text else text


# (rules38b) A lower-case Roman numeral in brackets opening a line ("  (ii) customs valuation"):
# a notice's or a vacancy's list marker, when two such lines run in a row.
_ROMAN_MARKER = re.compile(r"^([ \t]*)\((?:i{1,3}|iv|vi{0,3}|ix|x)\)[ \t]+", re.MULTILINE)
_ROMAN_RUN = re.compile(r"^[ \t]*\(i\)[ \t]+[^\n]*\n[ \t]*\(ii\)[ \t]+", re.MULTILINE)


def roman_markers(text: str) -> str:
    r"""Lines opened by "(i)", "(ii)", … in a run read as "• " list markers: a vacancy's
    numbered requirements.

    >>> roman_markers("know:\n  (i) tariffs\n  (ii) valuation"), roman_markers("(i) alone")
    ('know:\n  • tariffs\n  • valuation', '(i) alone')
    """
    if not _ROMAN_RUN.search(text):
        return text
    return _ROMAN_MARKER.sub(r"\1• ", text)


def step_markers(text: str) -> str:
    """Numbered steps that open two or more lines in a row ("STEP 1 · Crew Member — $15/hr")
    read as "• " list markers: the rungs of a path, one a line.

    >>> step_markers("STEP 1 · Porter\\nSTEP 2 · Head Porter"), step_markers("Step 1 · Apply")
    ('• Porter\\n• Head Porter', 'Step 1 · Apply')
    """
    if not _STEP_RUN.search(text):
        return text
    return _STEP_MARKER.sub(r"\1• ", text)


def written_ticks(text: str) -> str:
    """A checklist's ticks written out for screen readers ("ticked: HTML"), opening two or
    more lines, read as "• " list markers.

    >>> written_ticks("ticked: HTML\\nticked: CSS\\nnot ticked: Figma")
    '• HTML\\n• CSS\\nnot ticked: Figma'
    """
    if len(_WRITTEN_TICK.findall(text)) < 2:
        return text
    return _WRITTEN_TICK.sub(r"\1• ", text)


def clean(text: str) -> str:
    """Collapse runs of whitespace and trim.

    >>> clean("  Lead   MLOps\\tEngineer ")
    'Lead MLOps Engineer'
    """
    # str.split() and the regex ``\s`` agree on what whitespace is; split/join is faster.
    return " ".join(text.split())


def may_hold_cells(text: str) -> bool:
    """Whether ``text`` may hold a break between table cells: a bar, or two white-space
    characters in a row (a tab, a run of spaces).  False only when it cannot: an ASCII text
    that prints whole (no tab, no other control) with neither a bar nor two spaces in a row,
    the only white space in it being single spaces; so a cell pattern built of ``|``, ``\\t``
    and ``\\s{2,}`` need not be run (a few C scans instead of a regex at every position).

    >>> may_hold_cells("Yearly\\tMonthly"), may_hold_cells("A  B"), may_hold_cells("a | b")
    (True, True, True)
    >>> may_hold_cells("Plain prose, one space apart."), may_hold_cells("Caf\u00e9 au lait")
    (False, True)
    """
    return "|" in text or "  " in text or not (text.isascii() and text.isprintable())


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet marker; return the rest and whether there was one.

    >>> strip_bullet("- Drive prototypes")
    ('Drive prototypes', True)
    >>> strip_bullet("-5% change")
    ('-5% change', False)
    >>> strip_bullet("○ deep listening")
    ('deep listening', True)
    """
    stripped = text.strip()
    if stripped[:1] not in BULLET_FIRST:
        return stripped, False  # most lines: no regex match to try
    match = _BULLET.match(stripped)
    if match is None:
        return stripped, False
    return stripped[match.end() :].strip(), True


def _top_level_colon(text: str) -> int:
    first = text.find(":")
    if first == -1 or ("(" not in text[:first] and "[" not in text[:first]):
        return first  # no colon, or no bracket opened before the first one
    depth = 0
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == ":" and depth == 0:
            return index
    return -1


def split_label(text: str, *, max_words: int = 8) -> tuple[str | None, str]:
    """Split ``"Label: description"``; the label is short and starts with a capital.

    >>> split_label("Entry-Level: $85,000 - $110,000")
    ('Entry-Level', '$85,000 - $110,000')
    >>> split_label("Initial Steps:")
    ('Initial Steps', '')
    >>> split_label("note the ratio: 3 to 1")
    (None, 'note the ratio: 3 to 1')
    """
    colon = _top_level_colon(text[:200])
    if colon <= 0:
        return None, text
    label = text[:colon].strip()
    if not label or not label[0].isupper() or len(label.split()) > max_words:
        return None, text
    return label, text[colon + 1 :].strip()


def is_title_case(text: str) -> bool:
    """True when every word (other than small words) starts with a capital or a digit.

    >>> is_title_case("DevOps and CI/CD"), is_title_case("Performance bonuses")
    (True, False)
    """
    words = text.split()
    if not words:
        return False
    for position, word in enumerate(words):
        head = word.lstrip("(\"'")
        if not head:
            continue
        if position > 0 and head.lower() in SMALL_WORDS:
            continue
        if not (head[0].isupper() or head[0].isdigit()):
            return False
    return True


def split_glued_sentence(text: str) -> tuple[str, str]:
    """Separate a list item from a sentence scraped onto its end without a full stop.

    >>> split_glued_sentence("Performance bonuses These ranges reflect high demand.")
    ('Performance bonuses', 'These ranges reflect high demand.')
    >>> split_glued_sentence("Focus on code optimization. By adhering to these practices, …")
    ('Focus on code optimization.', 'By adhering to these practices, …')
    >>> split_glued_sentence("Use containers (e.g., Docker) to package ML models")
    ('Use containers (e.g., Docker) to package ML models', '')
    """
    words = text.split(" ")
    for index in range(2, len(words) - 3):
        previous, word = words[index - 1], words[index]
        if word in _OPENERS and (previous[-1:].islower() or previous[-1:] == "."):
            return " ".join(words[:index]), " ".join(words[index:])
    return text, ""


# A sentence ends at ". ", "!" or "?" (a closing quote may follow) before a capital, a
# bracket or an opening quote ('… around. "It looks …').
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z(])")
# Three or more capitals each with its dot ("P.W.D.", "N.S.W."): an initialism, no sentence's
# end, however the next word is cased.
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,}$")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences at ``. `` followed by a capital (abbreviations kept).

    >>> split_sentences("Build depth. Practice (e.g. Python) daily. Done")
    ['Build depth.', 'Practice (e.g. Python) daily.', 'Done']
    """
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.end()].strip()
        if candidate.endswith(_ABBREVIATIONS) or (
                candidate[-2:-1].isupper() and _INITIALISM_END.search(candidate)):
            continue  # (rules38b) "the Odisha P.W.D. Code": an initialism's dots end nothing
        sentences.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def commas_apart(text: str) -> list[str]:
    """``text`` cut at its commas outside brackets, each piece stripped, empty ones dropped.

    >>> commas_apart("pruning of trees, drafting (CAD, BIM), ")
    ['pruning of trees', 'drafting (CAD, BIM)']
    """
    items, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
    return [item for item in [*items, text[start:].strip()] if item]


def split_items(text: str, keep_whole: Callable[[str], bool] | None = None) -> list[str]:
    """Split an enumeration at top-level commas, semicolons and ``and``/``or``.

    With ``keep_whole``, an item it accepts stays whole unless every piece of it is accepted
    too: "Trust and Safety Engineer" is one role title, "Data Engineer and ML Engineer" two.

    >>> split_items("Python, Java, or Scala")
    ['Python', 'Java', 'Scala']
    >>> split_items("TensorFlow, PyTorch (with CUDA, cuDNN) and Keras")
    ['TensorFlow', 'PyTorch (with CUDA, cuDNN)', 'Keras']
    >>> split_items("triage, scrubbing in for OR cases")
    ['triage', 'scrubbing in for OR cases']
    >>> split_items("sanding, priming, & glazing")
    ['sanding', 'priming', 'glazing']
    >>> split_items("Midori-kai and Hinata Care Co., Ltd.")
    ['Midori-kai', 'Hinata Care Co., Ltd.']
    >>> is_title = lambda s: s.endswith("Engineer")
    >>> split_items("Trust and Safety Engineer, Data Engineer and ML Engineer", is_title)
    ['Trust and Safety Engineer', 'Data Engineer', 'ML Engineer']
    """
    items: list[str] = []
    for part in _top_level_parts(text):
        items.extend(_part_items(part, keep_whole))
    return items


_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
# A list's last item after ", &" ("climbing, lifting, & handling loads"): the ampersand is
# the list's "and", no part of the item.
_AMPERSAND_LAST = re.compile(r"^\s*&\s+")


def _part_items(part: str, keep_whole: Callable[[str], bool] | None) -> list[str]:
    """The items of one part between commas (see :func:`split_items`)."""
    part = _AMPERSAND_LAST.sub("", part)
    pieces = [p for p in (clean(piece) for piece in _split_conjunctions(part)) if p]
    whole = clean(part)
    if (keep_whole is not None and len(pieces) > 1 and keep_whole(whole)
            and not all(keep_whole(p) for p in pieces)) and (
                len(pieces) == 2 or len(_rejoined(pieces, whole, keep_whole)) == len(pieces)):
        return [whole]  # ("moving and handling assessments and major adaptations": two)
    if keep_whole is not None and len(pieces) > 2 and " and " in whole.lower():
        pieces = _rejoined(pieces, whole, keep_whole)
    alternatives = _OR.split(part) if "(" not in part else []
    if keep_whole is not None and len(pieces) > 2 and 1 < len(alternatives) < len(pieces):
        # "A or B and C": each alternative first ("plant quarantine or meat and poultry
        # inspection" keeps its shared head)
        return [item for alternative in alternatives
                for item in _part_items(alternative, keep_whole)]
    return pieces


def _rejoined(pieces: list[str], whole: str, keep_whole: Callable[[str], bool]) -> list[str]:
    """``pieces`` with two neighbours joined again where ``whole`` writes them "A and B" and
    ``keep_whole`` accepts that as one item though not each half ("offshore wind and oil and
    gas": "oil and gas" is one sector, the list two)."""
    joined: list[str] = []
    lowered = whole.lower()
    for piece in pieces:
        pair = f"{joined[-1]} and {piece}" if joined else ""
        # (a neighbour already whole takes no more: "moving and handling assessments and
        # major adaptations" is two)
        if pair and pair.lower() in lowered and keep_whole(pair) and not keep_whole(joined[-1]):
            joined[-1] = pair
        else:
            joined.append(piece)
    return joined


def _top_level_parts(text: str) -> list[str]:
    """``text`` cut at commas and semicolons outside parentheses."""
    if "(" not in text:
        return _ITEM_SEPARATOR.split(text)  # nothing is nested: every separator cuts
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if char in ",;" and depth == 0 and not (
                char == "," and _FORM_AHEAD.match(text, index + 1)):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_conjunctions(part: str) -> list[str]:
    # Only split at " and " / " or " outside parentheses.
    if "(" not in part and part.isascii():
        # Nothing nested and lowercasing keeps every offset: the scan below, done by re.
        pieces: list[str] = []
        start = 0
        for match in _CONJUNCTION.finditer(part.lower()):
            if _capital_word(part, match.start() + 1, match.end() - 1):
                continue
            pieces.append(part[start : match.start()])
            start = match.end()
        pieces.append(part[start:])
        return pieces
    return _split_conjunctions_nested(part)


def _capital_word(part: str, start: int, end: int) -> bool:
    """The word ``part[start:end]`` is "OR" or "AND" in capitals inside a line in a
    sentence's case: an acronym ("teamwork with OR staff": the operating room), no
    conjunction; or (rules49c) the "and" inside a statute's capitalised name ("the Lifts
    and Escalators Safety Act"), which names one law."""
    word = part[start:end]
    if word == "and" and _STATUTE_AFTER.match(part, end + 1) is not None and (
            before := _CAPITAL_BEFORE.search(part, 0, max(0, start - 1))) is not None and (
            _STATUTE_END.fullmatch(before.group()) is None):
        return True  # (one statute ends before the "and": "the OHS Act and Y Regulations")
    return word.isupper() and not part.isupper()


# (rules49c) A statute's name after an "and" between capitalised words: capitalised words
# (and "of", "at", "for", "on", "the" between them) up to Act, Law, Code, Regulations …
_STATUTE_AFTER = re.compile(r"(?:[A-Z][\w'’-]*\s+|(?:of|at|for|on|the)\s+){0,6}?"
                            r"(?:Act|Law|Code|Regulations?|Directive|Ordinance|Decree)\b")
_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w'’-]*$")
_STATUTE_END = re.compile(r"Act|Law|Code|Regulations?|Directive|Ordinance|Decree")


def _split_conjunctions_nested(part: str) -> list[str]:
    pieces: list[str] = []
    depth = 0
    start = 0
    index = 0
    lowered = part.lower()
    while index < len(part):
        char = part[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and char == " ":
            for word in ("and/or ", "and ", "or "):
                if lowered.startswith(word, index + 1) and not _capital_word(
                        part, index + 1, index + len(word)):
                    pieces.append(part[start:index])
                    index += len(word)
                    start = index + 1
                    break
        index += 1
    pieces.append(part[start:])
    return pieces
