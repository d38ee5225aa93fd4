"""Hard-wrapped prose joined back into paragraphs.

Pages saved from old career portals and plain-text exports break every line at a fixed
width, in the middle of a sentence, a company name or a salary range ("… a salary of Rs
15,000-Rs" / "20,000 per month").  Read line by line, such a page loses every fact that
spans a break.  A page is hard-wrapped when most of its lines stop near one width (no more
than a terminal's) and several of them end where the next line's first word would not have
fitted, the next line going on in lower case; then each line that ends so is joined with
the next, under the first line's number.

>>> from careergraph.guides.text import Line
>>> lines = [Line(1, "Glaziers cut and fit glass in windows and"),
...          Line(2, "shopfronts, and earn Rs 9,000 to Rs 14,000 per"),
...          Line(3, "month. Most work for glazing firms in big"),
...          Line(4, "cities."), Line(5, ""), Line(6, "Training")]
>>> joined = unwrap(lines, width=48)
>>> [line.no for line in joined], joined[0].text.endswith("Rs 14,000 per month. Most work for "
...                                                        "glazing firms in big cities.")
([1, 5, 6], True)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from careergraph.guides.text import Line

__all__ = ["joined_lines", "unwrap", "whole_words"]

_MAX_WIDTH = 100  # a page with a longer line was not wrapped at a fixed width
_MIN_WIDTH = 50
_MIN_BREAKS = 3  # forced breaks that make a page hard-wrapped
_WIDE_SHARE = 0.9
_SHORT_SHARE = 0.75  # lines no longer than the widest wrap that make the rest exceptions
_FULL_LINES = 6  # … of which this many reach (nearly) their wrap width
_FILL = 0.9  # the share of a page's lines no longer than its wrap width
# (and a Japanese page's "・" bullet, "■" section mark and "※" note: lines of their own)
_BULLETS = ("-", "•", "*", "·", "–", "|", "#", "・", "■", "◆", "※")
_ENDS = (".", "!", "?", ":", "|", ";")
_ROW = re.compile(r"\S\s*\|\s*\S")  # a cell border inside a line ("2 | Analyst | 63,000")
# ("2.5 Mortar mixing": a document's decimal item, its own line too)
_NUMBERED = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s|\s*\d{1,2}\.\d{1,2}\.?\s+[A-Z]")
# Cells set apart by runs of spaces, twice in a line ("RT II      $36.80 - $49.40      $0.90"):
# a row of a fixed-width table copied from a PDF as text.
_GAPPED = re.compile(r"\S {3,}\S.*\S {3,}\S")
_CHAIN_ARROWS = 2
# A dot leader between a label and its value ("Median salary ........ $63,500"): a form's
# or a report's row, a line of its own.
_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}|\S \.\. \S")
_LABEL_WORDS = 3  # a short capitalised line with no end mark is a label or heading


def _forced(text: str, after: str, width: int) -> bool:
    """The break after ``text`` was made by the width: the next word would (nearly) not have
    fitted, and the line either runs on mid-sentence or the next one continues it in lower
    case."""
    if not text or not after or after.lstrip().startswith(_BULLETS) or len(
            text) > width / _FILL or (  # (the width is a share of lines: a few run longer)
            _ROW.search(text) or _ROW.search(after) or _NUMBERED.match(after)
            or _GAPPED.search(text) or _GAPPED.search(after)
            or _LEADER.search(text) or _LEADER.search(after)):
        return False  # (table rows and numbered items are lines of their own)
    after = after.lstrip()  # (an answer's lines indented under its byline)
    if after[:1].isupper() and text.count("→") >= _CHAIN_ARROWS and text.endswith(")"):
        return False  # ("A → B → C (chief)" / "Those who …": a glossed last rung ends it)
    if after[:1].isupper() and len(after.split()) <= _LABEL_WORDS and text[-1:].isalpha() and (
            not after.rstrip().endswith(_ENDS)):
        return False  # ("… map publishers" / "Related jobs": a panel's next label)
    if _LABEL_ROW.match(after) and not _NEEDS_OBJECT.search(text.rstrip()):
        return False  # ("… family ministry" / "Administrative:  budgeting, …": a row's label)
    word = after.split()[0]
    if len(text) + 1 + len(word) <= width * _FILL:
        return False  # (wrapping is not always greedy: some room is left at a line's end)
    if after[:1].isupper() and _chain_line(text) and not _chain_goes_on(text, after):
        return False  # ("A → B → Service Manager" / "Some …": a ladder's line ends its chain)
    if _FIGURE_END.search(text) and after[:1].isupper():
        return False  # ("… $121,900" / "Schedule D – …": a figure ends its own line's entry)
    if after[:1].isupper() and " · " in text and _cell_line(text):
        return False  # ("A Films · B Pictures · C Productions" / "Work is …": a strip of
        # names ends its line, rules33c)
    if text.rstrip().endswith(":") and _AMOUNT_OPENS.match(after):
        return True  # ("… long-term substitute (21+ days):" / "$265 per day": its value)
    return not text.rstrip().endswith(_ENDS) or after[:1].islower()


# A capitalised label of a few words, its colon and a space ("Pastoral: …", "Key tools: …"):
# a labelled row opens a line of its own.
_LABEL_ROW = re.compile(r"[A-Z][\w&/'’-]*(?: [\w&/'’-]+){0,2}:\s")
# A line ending in an amount or a count ("… $121,900", "… Page 1 of 2"), not a year ("in 2025").
_FIGURE_END = re.compile(r"(?:[$€£¥₹]\s?[\d,.]+[kKmM]?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\b\d{1,2})$")
_ARROW = re.compile(r"[→➜➔⟶»]|->")
_CHAIN_STEP_WORDS = 5


_CELL_WORDS = 6  # words of one name in a strip of names


def _cell_line(text: str) -> bool:
    """A line that is a strip of names set apart by "·", each capitalised and short.

    >>> _cell_line("Moor Pictures (TV, Leeds) · Ribble Films · Calder Vale Productions")
    True
    >>> _cell_line("Pay is reviewed yearly · see the notes for what counts as overtime")
    False
    """
    cells = text.split(" · ")
    return len(cells) >= 3 and all(
        cell.strip()[:1].isupper() and 0 < len(cell.split()) <= _CELL_WORDS for cell in cells)


def _chain_line(text: str) -> bool:
    """A line that is a ladder on its own: two arrows or more, every step a short title, the
    last step whole (no arrow ends the line).

    >>> _chain_line("Crew Hand → Deckhand → Mate → Skipper")
    True
    >>> _chain_line("The usual path for new starters is Crew Hand → Deckhand → Senior")
    False
    """
    steps = _ARROW.split(text)
    return len(steps) >= 3 and bool(steps[-1].strip()) and all(
        0 < len(step.split()) <= _CHAIN_STEP_WORDS for step in steps)


def _chain_goes_on(text: str, after: str) -> bool:
    """The chain on ``text`` runs on to the next line: the next line goes on with arrows and
    the step the break cut is one word on each side ("… → Senior ODP → Theatre" /
    "Co-ordinator (Band 7) → Theatre Manager").  (Only a line filled to the page's width
    gets here: two short chains, one a line, stay apart.)

    >>> _chain_goes_on("A → Senior Nurse → Theatre", "Co-ordinator (Band 7) → Manager")
    True
    >>> _chain_goes_on("Crew Hand → Deckhand → Skipper", "Head Porter → Chef")
    False
    """
    steps = _ARROW.split(after)
    if len(steps) < 2:
        return False
    cut, rest = _ARROW.split(text)[-1].split(), _STEP_ASIDE.sub("", steps[0]).split()
    return (len(cut) == 1 and len(rest) == 1) or _head_cut(_ARROW.split(text)[:-1], cut, rest)


def _head_cut(steps: Sequence[str], cut: Sequence[str], rest: Sequence[str]) -> bool:
    """The break cut a step before its head word, which the chain's other steps share ("A
    Medicine Technologist → Senior Nuclear" / "Medicine Technologist → …"): the part before
    the break ends in no step's head, the part after it in one.

    >>> _head_cut(["Trainee Cargo Surveyor ", " Cargo Surveyor "], ["Senior", "Cargo"],
    ...           ["Surveyor"])
    True
    >>> _head_cut(["Crew Hand ", " Deckhand "], ["Skipper"], ["Head", "Porter"])
    False
    """
    heads = {step.split()[-1] for step in steps if step.split()}
    return bool(cut and rest) and len(cut) + len(rest) <= _CHAIN_STEP_WORDS and (
        cut[-1] not in heads and rest[-1] in heads)


_STEP_ASIDE = re.compile(r"\s*\([^()]*\)")
_AMOUNT_OPENS = re.compile(r"[$£€¥₹]\s?\d")


# A word hyphenated at the wrap ("Mana-" / "ger"): letters, a hyphen, and lower case after.
_SPLIT_WORD = re.compile(r"(?<=[A-Za-z][a-z])-$")
# …unless the part before the hyphen is a whole word of a compound ("variable-" / "radius").
_COMPOUND_HEAD = re.compile(r"(?:able|ible|ed|ful|less|based|level|time|term|free|wide|"
                            r"year|long|day|hand|self|well|high|low|full|part|non|co|re|pre)-$",
                            re.IGNORECASE)


def joined_lines(text: str, after: str, words: frozenset[str] = frozenset()) -> str:
    """``text`` and the wrapped line ``after`` it as one line; a word the wrap hyphenated is
    one word again (typeset and PDF-extracted pages break words, not only lines).  The
    hyphen stays after a compound's first word ("variable-" / "radius"), and, given the
    ``words`` the page prints whole (:func:`whole_words`), where the page prints the hyphened
    word, or both halves and never the joined word ("line-" / "haul").

    >>> joined_lines("as a Mana-", "ger of services")
    'as a Manager of services'
    >>> joined_lines("fixed- and variable-", "radius plots")
    'fixed- and variable-radius plots'
    >>> joined_lines("earn Rs 9,000 -", "12,000"), joined_lines("in the x-", "Ray room")
    ('earn Rs 9,000 - 12,000', 'in the x- Ray room')
    >>> joined_lines("work for line-", "haul railroads", frozenset({"line", "haul"}))
    'work for line-haul railroads'
    """
    if _SPLIT_WORD.search(text) and after[:1].islower():
        head = _LAST_WORD.search(text[:-1]) if words else None
        tail = _FIRST_WORD.match(after) if words else None
        keep = _hyphened(head.group().lower(), tail.group().lower(), words) if (
            head is not None and tail is not None) else None
        if keep is None:  # (the page does not tell: a compound's usual first words)
            keep = _COMPOUND_HEAD.search(text) is not None
        return f"{text}{after}" if keep else f"{text[:-1]}{after}"
    return f"{text} {after}"


_LAST_WORD = re.compile(r"[A-Za-z]+$")
_FIRST_WORD = re.compile(r"[a-z]+")
_MIN_HALF = 3  # letters of each half of a compound the hyphen is kept in


def _hyphened(head: str, tail: str, words: frozenset[str]) -> bool | None:
    """Is the word broken into ``head`` and ``tail`` a hyphened one, by the ``words`` of its
    page (``None``: they do not tell)?"""
    if f"{head}-{tail}" in words:
        return True
    if head + tail in words:
        return False
    if min(len(head), len(tail)) >= _MIN_HALF and head in words and tail in words:
        return True
    return None


# A word broken at the end of a line or of a line's left column; the first word of a line or
# of its right column.
_END_BROKEN = re.compile(r"[A-Za-z]+-(?= {3,}\S|\s*$)")
_START_WORD = re.compile(r"(?:^|(?<= {3}))\s*[a-z]+")
_HYPHENED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_LETTERS = re.compile(r"[A-Za-z]+")


def whole_words(texts: Sequence[str]) -> frozenset[str]:
    """The lower-case words (hyphened ones too) a page prints whole: not the piece of a word
    broken at a line's (or a column's) end, nor the first word of a line after one.

    >>> sorted(whole_words(["Diesel-electric engines haul elec-", "tric trains."]))
    ['diesel', 'diesel-electric', 'electric', 'engines', 'haul', 'trains']
    """
    words: set[str] = set()
    broke = False
    for text in texts:
        body = _END_BROKEN.sub(" ", text)
        if broke:
            body = _START_WORD.sub(" ", body)
        words.update(w.lower() for w in _HYPHENED.findall(body))
        words.update(w.lower() for w in _LETTERS.findall(body))
        broke = _END_BROKEN.search(text) is not None
    return frozenset(words)


def _split_words_joined(lines: Sequence[Line], words: frozenset[str] = frozenset()
                        ) -> Sequence[Line]:
    """``lines`` with each line that ends in a word the break hyphenated ("… as oc-" /
    "cupational therapy assistants") joined with the next, whatever the page's width: a
    broken word is proof of a wrap on its own (PDF text keeps a brochure's hyphenation).

    >>> [(x.no, x.text) for x in _split_words_joined(
    ...     [Line(1, "after working as oc-"), Line(2, "  cupational therapists"), Line(3, "Pay")])]
    [(1, 'after working as occupational therapists'), (3, 'Pay')]
    """
    # (a hyphen ending the stripped line first: the pattern's lookbehind is tried at every
    # position of a line, and almost no line ends in a hyphen)
    if not any(text.endswith("-") and _SPLIT_WORD.search(text)
               for text in (line.text.rstrip() for line in lines)):
        return lines
    out: list[Line] = []
    joining = False
    for line in lines:
        text = line.text.rstrip()
        if joining and text.lstrip()[:1].islower():
            out[-1] = Line(out[-1].no, joined_lines(out[-1].text.rstrip(), text.strip(), words))
        else:
            out.append(line)
        joining = bool(_SPLIT_WORD.search(out[-1].text.rstrip()))
    return out


def unwrap(lines: Sequence[Line], width: int | None = None) -> list[Line]:
    """``lines`` with the lines of hard-wrapped paragraphs joined (see the module); the
    lines unchanged when the page is not hard-wrapped.  ``width``: the wrap width, else the
    page's longest line."""
    # The page's own words tell a hyphened word from a broken one ("line-haul", "rail-road"):
    # read only on a page with a line ending in a hyphen (few do).
    words = whole_words([line.text for line in lines]) if any(
        line.text.rstrip().endswith("-") for line in lines) else frozenset()
    return _bracket_joined(_hanging_joined(list(_split_words_joined(
        _unwrapped(lines, width, words), words))))


_BRACKET_TAIL = 4  # words of a bracket's wrapped end ("And texture testing)")


def _bracket_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with a bracket left open at a line's end joined to the short next line that
    closes it (a graphic's narrow column wraps "Rheology (dough" / "And texture testing)");
    the closing line's first word goes to lower case after a word in lower case (the column
    capitalised each of its lines).

    >>> [x.text for x in _bracket_joined([Line(1, "Rheology (dough"),
    ...                                   Line(2, "And texture testing)"), Line(3, "HPLC")])]
    ['Rheology (dough and texture testing)', 'HPLC']
    >>> [x.text for x in _bracket_joined([Line(1, "Office (Microsoft"), Line(2, "Excel)")])]
    ['Office (Microsoft Excel)']
    """
    if not any("(" in line.text for line in lines):
        return lines  # (most pages: no bracket to close)
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.rstrip()
        after = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
        if (text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")")
                and after.endswith(")") and "(" not in after and after.count(")") == 1
                and len(after.split()) <= _BRACKET_TAIL):
            tail = after
            if text.split()[-1].lstrip("(")[:1].islower() and after[1:2].islower():
                tail = after[:1].lower() + after[1:]
            out.append(Line(line.no, f"{text} {tail}"))
            index += 2
            continue
        out.append(line)
        index += 1
    return out


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _text_column(bulleted: str) -> int:
    """Where a bullet line's text starts ("- item": 2); a Markdown item's lazy continuation
    lines start there, a brochure's hanging lines past it."""
    marker = bulleted.lstrip()
    return _indent(bulleted) + len(marker) - len(marker[1:].lstrip())


def _hanging_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with each bullet item's hanging continuation ("• Clear documentation in" /
    "   health records") joined to it: a line indented past the bullet's text, opening in lower case
    or with a bracket, goes on with the item (a brochure's narrow column wraps its bullets); and
    a long "Label: a, b, c" list's next line opening in lower case joined to it.

    >>> [(x.no, x.text) for x in _hanging_joined(
    ...     [Line(1, "• Functional assessment"), Line(2, "   (for example the MoCA)"),
    ...      Line(3, "Next paragraph")])]
    [(1, '• Functional assessment (for example the MoCA)'), (3, 'Next paragraph')]
    >>> [x.text for x in _hanging_joined([Line(1, "- Ladders, scaffolds and"),
    ...                                    Line(2, "  harness work")])]
    ['- Ladders, scaffolds and harness work']
    >>> [x.text for x in _hanging_joined([Line(1, "- Failed candidates in the last two rounds "
    ...     "of interviews most often lacked"), Line(2, "  CAD skills.")])]
    ['- Failed candidates in the last two rounds of interviews most often lacked CAD skills.']
    >>> [x.text for x in _hanging_joined([Line(1, "Tools and kit: mitre saws, routers, biscuit "
    ...     "jointers, laser"), Line(2, "levels and clamps")])]
    ['Tools and kit: mitre saws, routers, biscuit jointers, laser levels and clamps']
    """
    out: list[Line] = []
    for line in lines:
        last = out[-1].text if out else ""
        text = line.text.strip()
        indent = _indent(line.text)
        if (out and text[:1] in _HANGING_OPENERS and last.lstrip().startswith(_BULLETS) and (
                indent > _text_column(last) or (
                    # a plain-text list wrapped under its item's text ("- Good sense of A,
                    # knowledge of" / "  city cycling and B"): the item runs on unfinished
                    0 < indent == _text_column(last) and _UNFINISHED.search(last)))) or (
                # a long item wrapped under its own text mid-sentence before a capital
                # ("- … Unsuccessful applicants commonly lacked" / "  CAN bus diagnostics, …";
                # a lower-case line there is judged as above)
                out and 0 < indent == _text_column(last) and len(last) >= _MIN_WIDTH
                and last.lstrip().startswith(_BULLETS) and text[:1].isupper()
                and not last.rstrip().endswith(_ENDS)):
            out[-1] = Line(out[-1].no, joined_lines(last.rstrip(), text))
        elif (out and text[:1].islower() and len(last) >= _MIN_WIDTH
              and _LABELLED_LIST.match(last.strip())):
            # a labelled list run past the line's end ("Tools: saws, drills, laser" /
            # "levels, clamps"): its next line, in lower case, goes on with the list
            out[-1] = Line(out[-1].no, joined_lines(last.rstrip(), text))
        elif (out and text and indent > _indent(last) and _SPEAKER.match(last)
              and not _SPEAKER.match(line.text)):
            # a comment thread's message wrapped onto lines indented past its speaker ("  Jo
            # E.: Competencies: A, B, local" / "    knowledge of the city. Route in: …")
            out[-1] = Line(out[-1].no, joined_lines(last.rstrip(), text))
        elif out and text[:1].isalpha() and (text[:1].isupper() or last.rstrip()[-1:] != ",") and (
                _SEPARATOR_END.match(last.strip())):
            # a labelled list broken after a separator ("Skills: a | b |" / "c | d",
            # "Placements: A (Pune), B (Mysuru)," / "C (Salem)"): the next line goes on (a
            # comma before lower case is left to the readers of duty lines: "tests:
            # compaction, pH," / "nitrogen and moisture readings; records …")
            out[-1] = Line(out[-1].no, joined_lines(last.rstrip(), text))
        elif out and text[:1].isupper() and _JOINER_END.match(last.strip()):
            # a labelled list of names broken after its joiner ("Employers: A, B and" /
            # "C Ltd."): the next name ends the list
            out[-1] = Line(out[-1].no, joined_lines(last.rstrip(), text))
        else:
            out.append(line)
    return out


# A comment's speaker, a first name and an initial ("  Jonas E.: …"; a label, "Salary:", is
# no speaker).
_SPEAKER = re.compile(r"^\s{0,4}[A-Z][a-z]+\s[A-Z]\.:\s+\S")
# "Label: a, b and" / "Label: a, b, c &": a list of names cut after its last joiner.
_JOINER_END = re.compile(r"^[A-Z][\w &/'’-]{1,40}:\s+[^.!?:]*,[^.!?:]*\s(?:and|&)$")
# "Label: a | b |", "Label: a, b,": a list of two items or more cut after a separator.
_SEPARATOR_END = re.compile(r"^[A-Z][\w &/'’-]{1,60}:\s+[^.!?:|,·]+(?:(?:\s[|·]\s|,\s)[^.!?:|,·]+)+"
                            r"(?:\s[|·]|,)$")
# "Label: a, b, c" with no sentence end: a list that may run on to the next line.
_LABELLED_LIST = re.compile(r"^[A-Z][\w &/'’-]{1,40}:\s+[^.!?:]*,[^.!?:]*[a-z)]$")


_HANGING_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyz(")
# A bullet line cut inside its phrase: after a comma or a word that needs its object.
_UNFINISHED = re.compile(r"(?:,|\b(?:and|or|of|with|in|on|at|to|for|the|an?|using|as))\s*$")


# A line cut before the object of its last word ("… and move into" / "Instructional Coach
# roles"): the sentence runs on whatever case the next line opens in.
_NEEDS_OBJECT = re.compile(r"[a-z,]\s(?:and|or|of|into|onto|to|the|an?|our|their|its|with|for|"
                           r"from|by|as|at|in|on)$")


def _runs_on(text: str, after: str) -> bool:
    """Does the line ``text`` visibly run on into ``after``: the next line opens in lower case,
    or ``text`` ends in a word that needs its object?

    >>> _runs_on("teachers can join the academy and move into", "Instructional Coach roles")
    True
    >>> _runs_on("Career pathways", "Instructional Coach")
    False
    """
    return after.lstrip()[:1].islower() or _NEEDS_OBJECT.search(text.rstrip()) is not None


def _unwrapped(lines: Sequence[Line], width: int | None, words: frozenset[str] = frozenset()
               ) -> list[Line]:
    if width is None and sum(
            1 for a, b in itertools.pairwise(lines)
            if len(a.text) >= _MIN_WIDTH and _runs_on(a.text, b.text)) < _MIN_BREAKS:
        return list(lines)  # (most pages: no line runs on into a lower-case one)
    texts = [line.text.rstrip() for line in lines]
    if width is None:
        # The width most lines reach: a few longer lines (a menu strip) were not wrapped.
        lengths = sorted(len(t) for t in texts if t)
        short = [n for n in lengths if n <= _MAX_WIDTH]
        if len(short) >= len(lengths) * _SHORT_SHARE and sum(
                n >= _FILL * short[int(len(short) * _WIDE_SHARE)] for n in short) >= _FULL_LINES:
            # a few table rows or a glued paragraph run past any width; the rest fill lines
            lengths = short
        width = lengths[int(len(lengths) * _WIDE_SHARE)] if lengths else 0
        if not _MIN_WIDTH <= width <= _MAX_WIDTH:
            return list(lines)
    starts = [not t.lstrip().startswith(_BULLETS) for t in texts]
    breaks = [starts[i] and _forced(texts[i], texts[i + 1], width)
              for i in range(len(texts) - 1)]
    if sum(b and _runs_on(texts[i], texts[i + 1]) for i, b in enumerate(breaks)) < _MIN_BREAKS:
        return list(lines)  # (a sentence visibly running on is the proof of a wrap)
    out: list[Line] = []
    joining = False
    for index, line in enumerate(lines):
        if joining:
            head = out[-1]
            out[-1] = Line(head.no, joined_lines(head.text.rstrip(), line.text.strip(), words))
        else:
            out.append(line)
        joining = index < len(breaks) and breaks[index]
    return out
