"""Pages of a site family whose layout wraps the text in the site's own chrome: a shared
AI-chat conversation, a mentoring platform's mentor profile, a how-to wiki's "How to become"
article.  Which lines are the page and which are the site is data (``page_families`` in
``data/headings.yaml``), one entry a family:

- ``marks``: lines only such a page prints ("Image titled …", "Book a session", "Shared
  chat"); a page showing ``min_marks`` of them (two unless stated) is of the family;
- ``chrome``: lines that are chrome wherever they stand (regular expressions matched against
  the whole stripped line, case ignored); ``short_chrome`` the same for lines of at most
  twelve words (a fee line "60 min · Mock interview · S$80", never a paragraph that mentions a
  session);
- ``cut``: pieces removed from inside a line (a caption "Image titled Become a Tiler Step 3"
  glued into a step, a citation "[4]", a step number glued to its heading "2Apply …");
- ``trim``: pieces removed from a line that keeps its spacing (a table's columns stay set
  apart): a share after a ranked item ("Grant writing      22%"), a duty's share of time;
- ``sections``: ``[opens, closes]`` pairs: from a line matching ``opens`` up to the first
  later line matching ``closes`` (an empty ``closes``: the page's end) the lines are chrome
  (related articles, reviews, similar mentors, a chat's sidebar);
- ``contents``: a line opening a table of contents ("Explore this Article", "Methods"): the
  short lines after it, up to the first sentence, are chrome;
- ``headings``: heading words that name a section only on such a page (``{kind: {words,
  headings}}``, as a lexicon's ``headings``): an employer's programme page's "What you'll
  learn" lists techniques, a blog's lists its own contents;
- ``issuer``: patterns with an ``org`` group finding the organisation whose page it is (an
  employer's footer "© 2026 Keel Rail Ltd"): it employs the page's role;
- ``run_in``: patterns with a ``label`` group matching a run-in heading at a line's start
  ("Pay. You won't take a cut …"): the line is rewritten "Pay: You won't …", so the label
  opens its section as a colon label does;
- ``flanked``: lines whose neighbours are chrome too (a search result's URL breadcrumb,
  with the site's name printed above it and the result's title below it);
- ``run_together``: patterns with a ``label`` group (and an optional ``count`` group)
  matching a list's label glued to its items, which are printed without separators
  ("Essential skills (9)voice organ pipesbuild wind chests…"): the line is rewritten
  "label: item · item · …" (:mod:`careergraph.guides.run_together`), or to the bare label
  when the items cannot be told apart;
- ``scored``: patterns matching the score printed after each item of a list that rates its
  items ("Work ability (importance): Hand and arm steadiness 4.3 Spatial perception 4.0"):
  each score becomes an item separator, "… steadiness · Spatial perception";
- ``title``: patterns with a ``title`` group finding the page's own role on a line of its
  own (a dictionary entry's upper-case base title after its code: "199.261-010 TAXIDERMIST
  (museum) alternate titles: …");
- ``byline``: patterns with a ``title`` group matching an answer's byline ("▸ Fiber
  Splicer (Former Employee) · Phoenix", "Answered by a Lift Mechanic in Stowe"): the answer
  below it, up to a blank or chrome line, is that worker's (see
  :mod:`careergraph.guides.answer_owners`);
- ``dedent``: true when the page indents its text under its headings (a wiki FAQ's answers
  under numbered questions): the lines are read without their indentation, so that a
  wrapped answer is joined back into one paragraph;
- ``over_mail``: true when the family's chrome and rewritten lines hold on a page that also
  reads as a mail (a memo's TO/FROM/DATE/RE block);
- ``duty_objects``: true when the imperative items of the page's duties list name the
  techniques, kit and software the role learns ("Log soil borings with a hand auger"), read
  by :mod:`careergraph.guides.told_duties` (a student programme's "What you'll do");
- ``told_workplaces``: true when the writer's own sentences name where she held her posts
  ("I have been an RVN at Castlegate Hospital"): those organisations employ the role (a
  job-seeker's letter);
- ``numbered_items``: true when the page numbers the items of its lists ("1. Minimum
  education D3", "2. Master Ms. Excel …" under "Requirements:"): each numbered line is read
  as a bullet, not as a sentence of prose;
- ``paragraphs``: true when the page breaks its short sentences over narrow lines (an
  easy-read booklet's column beside its pictures): a line that ends mid-sentence is joined
  with the lines after it up to a sentence's end, a blank line, a bullet or an arrow;
- ``term_cards``: true when the page is a set of cards, each a short term on its own line
  with its definition on the next and a blank line after (a flashcard set): each term heads
  its card as a heading does (:func:`card_terms`);
- ``phrase_skills``: true when every item of the page's skills lists is a skill as printed,
  verb phrases too ("bend staves over a fire"), as a classification lists them.
- ``rated_attributes``: true when the lines rated on a scale name the role's attributes (an
  interview scorecard's "Forklift operation ○ 1 ○ 2 ○ 3"), read as skills
  (:func:`careergraph.guides.assessment_rows.rated_attributes`); elsewhere a scale rates
  other things (an exit survey's "Manager support ○1 ○2 ◉3"), no skills.

A line printed both in a chrome section and outside it (a chat's title, shown in the sidebar
and above the conversation) is chrome too, and an unfinished last sentence of the page's last
line when that is a paragraph (an answer cut off mid-word) is dropped.

>>> page = family_page([(1, "New chat"), (2, "Today"), (3, "Tiler pay?"), (4, "Upgrade plan"),
...     (5, "Tiler pay?"), (6, "You said:"), (7, "what do tilers earn?"),
...     (8, "Assistant said:"), (9, "Tilers earn $30 an hour. Apprentices start lower, "
...     "and most firms pay them for the hours spent at their block courses as we"),
...     (10, "Copy"), (11, "ChatGPT can make mistakes. Check important info.")])
>>> page.family, sorted(page.chrome)
('chatexport', [1, 2, 3, 4, 5, 6, 8, 10, 11])
>>> page.text[9]
'Tilers earn $30 an hour.'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from careergraph.guides.headings import bundled_section
from careergraph.guides.lazy_re import Lazy
from careergraph.guides.literals import AnyOf
from careergraph.guides.phrase_gate import FoldedLines
from careergraph.guides.price_blocks import heads_prices
from careergraph.guides.regex_literals import required_literals
from careergraph.guides.roles import singular_title, title_case
from careergraph.guides.run_together import page_words, run_together_items

__all__ = ["FamilyPage", "FamilyWords", "family_page", "family_words", "glued_by_case"]

_SHORT_WORDS = 12  # ``short_chrome`` reads lines of at most this many words
_CONTENTS_WORDS = 7  # a contents list's entries are shorter than this
# Numbered entries glued on one line ("1Studying2Finding Your First Job3Growing"): however
# long, still the contents list.
# Capitalised items glued together ("Stream ProcessingEvent Processing"), not verb phrases.
_CASE_GLUE = re.compile(r"[a-z]{2}[A-Z][a-z]")
_GLUED_ENTRIES = re.compile(r"1\s?[A-Z][^\d]{2,80}2\s?[A-Z]")
_SENTENCE_END = re.compile(r"[.!?:)\"”’]$")
_LAST_SENTENCE = re.compile(r"^(?P<done>.*[.!?])\s+\S.*$")
_NEVER = Lazy(r"(?!)")
# Two spaces or more, unless before a form's next "Label:" field (whole: no backing off).
_WIDE_GAP = re.compile(r"\s{2,}(?!\s)(?![A-Z][A-Za-z/&-]*(?: [A-Za-z/&-]+){0,2}:\s)")
# A capitalised title in the plural ("Rehabilitation Therapists"), not "Sales" or "Logistics".
_PLURAL_END = re.compile(r"[a-z]{3}(?<!ss|us|ic|le)s$")
# A label and its list ("Industries that employ X: a, b, c"): complete without a full stop.
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # (``numbered_items``)
_LABELLED_LIST = re.compile(r"[^:.!?]{2,80}:\s+[^,]+(?:,\s*[^,]+){2,}$")


def glued_by_case(text: str) -> bool:
    """True when capitalised list items are glued together ("Stream ProcessingEvent
    Processing"): the list reader cuts them by case, not as glued verb phrases.

    >>> glued_by_case("Survey DesignThreat Modeling"), glued_by_case("voice pipesbuild chests")
    (True, False)
    """
    return _CASE_GLUE.search(text) is not None


def _any(patterns: Sequence[str]) -> Lazy:
    """One pattern matching a whole line that matches any of ``patterns`` (case ignored)."""
    if not patterns:
        return _NEVER
    return Lazy("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class FamilyWords:
    """One family's vocabulary (an entry of ``page_families`` in ``data/headings.yaml``)."""

    name: str
    marks: tuple[Lazy, ...]
    min_marks: int
    chrome: Lazy
    short_chrome: Lazy
    cut: Lazy
    sections: tuple[tuple[Lazy, Lazy | None], ...]
    contents: Lazy
    headings: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    issuer: tuple[Lazy, ...] = ()
    run_in: Lazy = _NEVER
    flanked: Lazy = _NEVER
    run_together: Lazy = _NEVER
    phrase_skills: bool = False
    title: tuple[Lazy, ...] = ()
    scored: Lazy = _NEVER
    byline: tuple[Lazy, ...] = ()
    dedent: bool = False
    trim: Lazy = _NEVER
    over_mail: bool = False
    duty_objects: bool = False
    told_workplaces: bool = False
    numbered_items: bool = False
    outline_owners: bool = False
    paragraphs: bool = False
    term_cards: bool = False
    rated_attributes: bool = False

    @classmethod
    def from_mapping(cls, name: str, raw: Mapping[str, Any]) -> FamilyWords:
        """Build from one entry of the YAML's ``page_families`` mapping."""

        def listed(key: str) -> list[str]:
            return [str(p) for p in raw.get(key) or ()]

        sections = tuple(
            (Lazy(str(opens), re.IGNORECASE),
             Lazy(str(closes), re.IGNORECASE) if closes else None)
            for opens, closes in raw.get("sections") or ())
        cut = listed("cut")
        headings = {str(kind): {str(part): tuple(str(w) for w in words or ())
                                for part, words in (spec or {}).items()}
                    for kind, spec in (raw.get("headings") or {}).items()}
        return cls(name, tuple(Lazy(p, re.IGNORECASE) for p in listed("marks")),
                   int(raw.get("min_marks") or 2), _any(listed("chrome")),
                   _any(listed("short_chrome")),
                   Lazy("|".join(f"(?:{p})" for p in cut)) if cut else _NEVER,
                   sections, _any(listed("contents")), headings,
                   tuple(Lazy(p) for p in listed("issuer")), _any(listed("run_in")),
                   _any(listed("flanked")), _any(listed("run_together")),
                   bool(raw.get("phrase_skills")),
                   tuple(Lazy(p) for p in listed("title")), _any(listed("scored")),
                   tuple(Lazy(p) for p in listed("byline")),
                   bool(raw.get("dedent")),
                   Lazy("|".join(f"(?:{p})" for p in trim)) if (
                       trim := listed("trim")) else _NEVER, bool(raw.get("over_mail")),
                   bool(raw.get("duty_objects")), bool(raw.get("told_workplaces")),
                   bool(raw.get("numbered_items")), bool(raw.get("outline_owners")),
                   bool(raw.get("paragraphs")), bool(raw.get("term_cards")),
                   bool(raw.get("rated_attributes")))


@cache
def family_words() -> tuple[FamilyWords, ...]:
    """The bundled families, in the order of ``data/headings.yaml``."""
    return tuple(FamilyWords.from_mapping(str(name), raw)
                 for name, raw in bundled_section("page_families").items()
                 if isinstance(raw, Mapping))


@dataclass
class FamilyPage:
    """A page of one family: its chrome lines and the lines whose text changes."""

    family: str
    chrome: set[int] = field(default_factory=set)
    #: Lines whose text changes (pieces cut out, an unfinished sentence dropped).
    text: dict[int, str] = field(default_factory=dict)
    #: The family's own heading words (see ``headings`` above), empty for most families.
    headings: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    #: The organisation whose page it is, with its line (see ``issuer`` above).
    issuer: tuple[str, int] | None = None
    #: The kinds the organisation calls itself ("registered charity"; the pattern's ``kind``
    #: and ``field`` groups), sectors of the role.
    issuer_kinds: tuple[str, ...] = ()
    #: Every item of a skills list is a skill as printed (see ``phrase_skills`` above).
    phrase_skills: bool = False
    #: A duties list's imperative items name their objects (see ``duty_objects`` above).
    duty_objects: bool = False
    #: The writer's posts name their employers (see ``told_workplaces`` above).
    told_workplaces: bool = False
    #: The family's chrome holds on a page a mail reader reads too (see ``over_mail``).
    over_mail: bool = False
    #: The page's own role as printed, with its line (see ``title`` above).
    title: tuple[str, int] | None = None
    #: Each answer line's answerer, as the answer's byline titles them (see ``byline``).
    answerers: dict[int, str] = field(default_factory=dict)
    #: A nested node's line and the move's title its parent node names (``outline_owners``).
    owners: dict[int, str] = field(default_factory=dict)
    #: Each card's term heads its definition (see ``term_cards`` above).
    term_cards: bool = False
    #: Lines rated on a scale name the role's attributes (see ``rated_attributes`` above).
    rated_attributes: bool = False
    #: The lines ``flanked`` matches (a search result's URL breadcrumb): each opens a new
    #: result, so a card title or sub-heading above it owns nothing below it.
    breaks: set[int] = field(default_factory=set)


@cache
def _gated_marks() -> tuple[tuple[FamilyWords, tuple[tuple[Lazy,
                                                             tuple[str, ...] | None], ...]], ...]:
    """Each family with its marks, each mark with the literals one of which it needs; the
    marks with the rarest literals first (a family's count does not depend on the order, and
    a family most of whose marks are absent is given up before its common ones are read)."""
    return tuple((words, tuple(sorted(
        ((mark, required_literals(mark.pattern, mark.flags)) for mark in words.marks),
        key=lambda gated: -min(map(len, gated[1])) if gated[1] else 0)))
                 for words in family_words())


@cache
def _mark_literals() -> tuple[AnyOf, frozenset[str]]:
    """Every literal of every family's marks, found on a page in one pass."""
    literals = frozenset(literal for _, marks in _gated_marks() for _, found in marks
                         for literal in found or ())
    return AnyOf(literals), literals


@cache
def _literal_marks() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], tuple[int, ...]]:
    """Each literal's marks (every family's marks numbered in :func:`_gated_marks`' order),
    each mark's family (its place in :func:`_gated_marks`), and each family's count of marks
    with no literal (searched on every page)."""
    marks_of: dict[str, list[int]] = {}
    family_of: list[int] = []
    unindexed: list[int] = []
    for index, (_, marks) in enumerate(_gated_marks()):
        unindexed.append(sum(literals is None for _, literals in marks))
        for _, literals in marks:
            for literal in set(literals or ()):
                marks_of.setdefault(literal, []).append(len(family_of))
            family_of.append(index)
    return ({literal: tuple(found) for literal, found in marks_of.items()}, tuple(family_of),
            tuple(unindexed))


def _family(lines: Sequence[tuple[int, str]]) -> FamilyWords | None:
    # A mark is searched for only on the lines holding one of its literals (most pages hold
    # few marks' literals, on few lines): the same marks found, a fraction of the searches.
    finder, indexed = _mark_literals()
    page = FoldedLines([text for _, text in lines], finder, indexed)
    present = page.present
    readable: Counter[int] | None = None
    if present is not None:
        # (speed22) each family's marks that hold one of the page's literals, counted from
        # the literals (about 30 a page) at once: a family with fewer than it needs is given
        # up without a test of its marks (it could find no more marks than these)
        marks_of, family_of, unindexed = _literal_marks()
        held: set[int] = set()
        for literal in present:
            held.update(marks_of[literal])
        readable = Counter(map(family_of.__getitem__, held))
    for index, (words, marks) in enumerate(_gated_marks()):
        if readable is not None and readable[index] + unindexed[index] < words.min_marks:
            continue
        needed, left = words.min_marks, len(marks)
        for mark, literals in marks:
            if needed <= 0 or needed > left:
                break  # (found enough, or too few marks left to find enough)
            left -= 1
            if present is not None and literals is not None and present.isdisjoint(literals):
                continue  # none of its literals on the page (most marks of most pages)
            if any(mark.search(lines[index][1]) for index in page.holding(literals)):
                needed -= 1
        if needed <= 0:
            return words
    return None


def _sections(lines: Sequence[tuple[int, str]],
              words: FamilyWords) -> tuple[set[int], set[int]]:
    """The lines inside a chrome section, and those of a table of contents."""
    found: set[int] = set()
    listed: set[int] = set()
    closes: Lazy | None = None
    inside = contents = False
    for no, raw in lines:
        text = raw.strip()
        if not text:
            continue
        if inside and closes is not None and closes.fullmatch(text):
            inside = False
        if contents and not _GLUED_ENTRIES.match(text) and (
                len(text.split()) >= _CONTENTS_WORDS or (_SENTENCE_END.search(text)
                                                         and not text.endswith(":"))):
            contents = False
        if not inside and not contents:  # (a contents entry "Related Articles" opens none)
            for opens, until in words.sections:
                if opens.fullmatch(text):
                    inside, closes = True, until
                    break
        if inside:
            found.add(no)
        elif contents or words.contents.fullmatch(text):
            listed.add(no)
            contents = True
    return found, listed


def _issuer(lines: Sequence[tuple[int, str]], words: FamilyWords) -> tuple[str, int] | None:
    """The organisation the first ``issuer`` pattern finds on the page, last lines first (a
    footer states the legal name)."""
    found = _issuer_match(lines, words)
    return None if found is None else (_name_case(found[0].group("org").strip()), found[1])


# Connectors a company's name keeps in lower case once its capitals are undone (Turkish "ve").
_NAME_CONNECTORS = frozenset({"ve", "and", "of", "the", "und", "et", "de", "du"})


def _name_case(org: str) -> str:
    """An organisation printed in capitals ("NİLÜFER MAKİNA SAN. VE TİC. A.Ş.") in the case
    its own text would write it: words capitalised, connectors small, dotted initials ("A.Ş.")
    and short acronyms kept; any other name as printed.

    >>> _name_case("NİLÜFER MAKİNA SAN. VE TİC. A.Ş."), _name_case("Keel Rail Ltd")
    ('Nilüfer Makina San. ve Tic. A.Ş.', 'Keel Rail Ltd')
    """
    letters = [c for c in org if c.isalpha()]
    if len(org.split()) < 3 or not letters or not all(c.isupper() for c in letters):
        return org
    words = []
    for word in org.split():
        low = word.replace("İ", "i").lower()
        if low in _NAME_CONNECTORS:
            words.append(low)
        elif "." in word.rstrip(".") or (len(word) <= 3 and "." not in word):
            words.append(word)  # ("A.Ş.", "CNC": initials and acronyms)
        else:
            words.append(word[:1] + low[1:])
    return " ".join(words)


def _issuer_kinds(lines: Sequence[tuple[int, str]], words: FamilyWords) -> tuple[str, ...]:
    """The kinds of organisation the issuer's own sentence calls it ("registered charity";
    "nonprofit" and "adult education" of "a nonprofit adult education program"; the industry
    after a business, "… company in the X industry"), but not the bare word "organisation"."""
    found = _issuer_match(lines, words)
    if found is None:
        return ()
    groups = found[0].groupdict()
    # (fixes72) the industry the sentence names after the business is its field: "a palm oil
    # mill company in the palm oil processing industry" is in palm oil processing
    return tuple(kind for key in ("kind", "industry" if groups.get("industry") else "field")
                 if (kind := groups.get(key)) and not kind.startswith("organi"))


def _issuer_match(lines: Sequence[tuple[int, str]],
                  words: FamilyWords) -> tuple[re.Match[str], int] | None:
    for no, text in reversed(lines):
        for pattern in words.issuer:
            found = pattern.search(text.strip())
            if found is not None and found.group("org").strip():
                return found, no
    return None


def _title(lines: Sequence[tuple[int, str]], words: FamilyWords) -> tuple[str, int] | None:
    """The role the first ``title`` pattern finds on the page, first lines first; a title
    found in running text ("trains emergency physicians") in the singular and Title Case."""
    for no, text in lines:
        for pattern in words.title:
            found = pattern.search(text.strip())
            if found is not None and found.group("title").strip():
                title = found.group("title").strip()
                if title[:1].islower():
                    title = title_case(singular_title(title))
                elif _PLURAL_END.search(title):  # "Recruitment of Dental Hygienists": one
                    title = singular_title(title)
                return title, no
    return None


def _flanking(lines: Sequence[tuple[int, str]],
              flanked: Lazy) -> tuple[set[int], set[int]]:
    """The nearest non-blank lines above and below each line ``flanked`` matches, and the
    matching lines themselves."""
    if flanked is _NEVER:
        return set(), set()
    shown = [(no, text.strip()) for no, text in lines if text.strip()]
    found: set[int] = set()
    matched: set[int] = set()
    for index, (no, text) in enumerate(shown):
        if flanked.fullmatch(text):
            matched.add(no)
            found |= {shown[i][0] for i in (index - 1, index + 1) if 0 <= i < len(shown)}
    return found, matched


def family_page(lines: Sequence[tuple[int, str]]) -> FamilyPage | None:
    """The family of a page (``lines``: number and text, in order) with its chrome and its
    rewritten lines, or None when the page is of no family."""
    words = _family(lines)
    if words is None:
        return None
    inside, listed = _sections(lines, words)
    page = FamilyPage(words.name, inside | listed, headings=words.headings,
                      # (a line outside the chrome sections first: "You might also
                      # like" lists other organisations' programmes; then the footer)
                      issuer=_issuer([line for line in lines if line[0] not in inside], words)
                      or _issuer(lines, words),
                      issuer_kinds=_issuer_kinds(lines, words),
                      phrase_skills=words.phrase_skills, duty_objects=words.duty_objects,
                      told_workplaces=words.told_workplaces,
                      title=_title(lines, words),
                      over_mail=words.over_mail, term_cards=words.term_cards,
                      rated_attributes=words.rated_attributes)
    in_sections = {text.strip() for no, text in lines if no in inside}
    flanking, page.breaks = _flanking(lines, words.flanked)
    page.chrome |= flanking
    glued = {no for no, text in lines if words.run_together.match(text.strip())}
    known = page_words([text for no, text in lines if no not in glued]) if glued else frozenset()
    last: tuple[int, str] | None = None
    for no, raw in lines:
        text = raw.strip()
        if not text or no in page.chrome:
            continue
        # ("Grant writing   22%": the item, its columns kept)
        kept = words.trim.sub("", text).rstrip() if words.trim is not _NEVER else text
        # (a wide gap before a form's next field stays: "Business type: A    Company size: …")
        cut = _WIDE_GAP.sub(" ", words.cut.sub(" ", kept)).strip() if (
            words.cut is not _NEVER) else kept  # ("Assistant.Image titled … Shelving")
        if words.scored is not _NEVER and words.scored.search(cut):
            # "Hand and arm steadiness 4.3 Spatial perception 4.0": the scores part the items
            cut = words.scored.sub(" ·", cut).rstrip(" ·")
        if words.numbered_items and (item := _NUMBERED_ITEM.match(cut)) is not None:
            cut = f"- {cut[item.end():]}"  # "2. Master Ms. Excel …": a list's item
        if words.term_cards and cut[:1] == "|" and cut.count("|") >= _CARD_PIPES:
            # "| Skill      | Sampling |": a card a padded table's row, its cells trimmed
            cut = " | ".join(cell.strip() for cell in cut.strip("| ").split("|"))
        if (run_in := words.run_in.match(cut)) is not None:  # "Pay. You …" -> "Pay: You …"
            cut = f"{run_in.group('label')}: {cut[run_in.end():].lstrip()}"
        elif no in glued and (label := words.run_together.match(cut)) is not None:
            count = label.groupdict().get("count")
            rest = cut[label.end():]
            if "  " in rest.strip():  # "Keywords: UG  Moldflow  Hot runner": wide gaps part them
                cells = [cell for cell in re.split(r"\s{2,}", rest.strip()) if cell]
                cut = f"{label.group('label')}: {' · '.join(cells)}"
            elif glued_by_case(rest):  # "Data LabelingRelease Management": the list
                cut = f"{label.group('label')}: {rest}"  # reader cuts it by case
            else:
                items = run_together_items(rest, known, int(count) if count else None)
                cut = f"{label.group('label')}:" + (f" {' · '.join(items)}" if items else "")
        if (words.chrome.fullmatch(cut) or not cut or cut in in_sections or (
                len(cut.split()) <= _SHORT_WORDS and words.short_chrome.search(cut))):
            page.chrome.add(no)
            continue
        if cut != text or (words.dedent and cut != raw):
            page.text[no] = cut  # (``dedent``: an answer indented under its question)
        last = (no, page.text.get(no, text))
    if last is not None and len(last[1].split()) > _SHORT_WORDS and not _SENTENCE_END.search(
            last[1]) and not any(no > last[0] for no in inside) and not _LABELLED_LIST.match(
                last[1]) and " | " not in last[1] and not (  # (a table's row is no cut-off
                " · " in last[1] and "   " in last[1]):  # sentence, nor a row of job cards)
        # (a section of links after it, "Related definitions …": the page went on, the
        # line was not cut off; a "Label: a, b, c" list ends where it ends)
        done = _LAST_SENTENCE.match(last[1])  # an answer cut off mid-word: its last sentence
        if done is not None:
            page.text[last[0]] = done.group("done")
        else:
            page.chrome.add(last[0])
    page.chrome |= _price_headings(lines, page.chrome)
    if words.paragraphs:
        page.text.update(_paragraphs(lines, page))
    page.answerers = _answerers(lines, words.byline, page.chrome)
    if words.outline_owners:
        page.owners = outline_owners(lines)
    for no in page.chrome:
        page.text[no] = ""
    return page


_CARD_PIPES = 3  # "| term | definition |": a card printed as a table's row
_TERM_WORDS = 10  # a card's term is short ("local employers (guest speakers)")
_MIN_CARDS = 3  # cards in a set: fewer are a page's own short paragraphs
# A card printed as a table's row: its term, a pipe, its definition (a pipe may end it).
_CARD_ROW = re.compile(r"^(?:\|\s*)?([^|]{2,80}?)\s+\|\s+[^|]+?(?:\s*\|)?$")
# A card exported as a term, a tab and its definition ("Work settings<TAB>Clinics, gyms").
_TAB_CARD = re.compile(r"^([^\t|]{2,60}?)\t+[^\t]+$")


def card_terms(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The terms of a set of cards (``term_cards``), by line: a short line after a blank one
    (or the page's start) whose next line is its definition, followed by a blank line or the
    page's end, no term ending a sentence; or a table's row "term | definition |" (its
    term), or a term, a tab and its definition.  Fewer than three such cards: none.

    >>> card_terms([(1, "work settings"), (2, "clinics, gyms"), (3, ""), (4, "A note."),
    ...             (5, "local employers"), (6, "Ardent Rehab; Polk ISD"), (7, ""),
    ...             (8, "soft skills"), (9, "patience, tact"), (10, ""), (11, "RICE"),
    ...             (12, "rest, ice")])
    {1: 'work settings', 8: 'soft skills', 11: 'RICE'}
    """
    texts = [text.strip() for _, text in lines]
    found: dict[int, str] = {}
    for index, (no, _) in enumerate(lines):
        term = texts[index]
        row = _CARD_ROW.match(term) if " | " in term else None
        if row is not None:  # "Career ladder | A → B |": a card a table's row
            found[no] = row.group(1)
            continue
        tabbed = _TAB_CARD.match(term) if "\t" in term else None
        if tabbed is not None and len(tabbed.group(1).split()) <= _TERM_WORDS:
            found[no] = tabbed.group(1)  # "Work settings<TAB>Clinics, gyms": a card a line
            continue
        if (not term or (index and texts[index - 1]) or index + 1 >= len(lines)
                or not texts[index + 1] or (index + 2 < len(lines) and texts[index + 2])
                or len(term.split()) > _TERM_WORDS or term[-1:] in ".;,"):
            continue
        found[no] = term
    return found if len(found) >= _MIN_CARDS else {}


# What a narrow column's sentence does not run on into: a bullet, an arrow, a line's end mark.
_NOT_RUN_ON = re.compile(r"^(?:[-•*·–]\s|[↓↑→⟶⬇]|\|)")
_RUN_ON_END = re.compile(r"[.!?:;]$|^[↓↑→⟶⬇]")
_OPEN_END = re.compile(r"\b(?:a|an|the|and|or|of|to|at|as|in|with|for|by|from|is|are)$",
                       re.IGNORECASE)


def _paragraphs(lines: Sequence[tuple[int, str]], page: FamilyPage) -> dict[int, str]:
    """The lines of sentences a narrow column broke (``paragraphs``), joined under each
    sentence's first line; the lines joined into it become empty.

    >>> _paragraphs([(1, "A new worker gets about $29.80"), (2, "   an hour."),
    ...              (3, "- tools like a"), (4, "  mower"), (5, "Team Leader"), (6, "  ↓")],
    ...             FamilyPage("x"))
    {1: 'A new worker gets about $29.80 an hour.', 2: '', 3: '- tools like a mower', 4: ''}
    >>> _paragraphs([(1, "ROOFER"), (2, "ZONE 1 ..... $ 31.10"), (3, "Some start as a"),
    ...              (4, "Labourer.")], FamilyPage("x"))
    {3: 'Some start as a Labourer.', 4: ''}
    """
    joined: dict[int, str] = {}
    head: tuple[int, str] | None = None
    for no, raw in lines:
        text = "" if no in page.chrome else page.text.get(no, raw).strip()
        if head is not None and text and not _NOT_RUN_ON.match(text) and (
                text[:1].islower() or (not _NOT_RUN_ON.match(head[1]) and (
                    _OPEN_END.search(head[1]) or head[1].count("(") > head[1].count(")")))):
            # (a line runs on in lower case, or into a name after a word that ends no
            # sentence or inside a bracket: "… sometimes at" / "Tarrow City Council"; an
            # item runs on in lower case only: "- tools like a" / "mower")
            head = (head[0], f"{head[1]} {text}")
            joined[head[0]], joined[no] = head[1], ""
        else:
            head = (no, text) if text else None
        if head is not None and _RUN_ON_END.search(head[1]):
            head = None
    return joined


def _price_headings(lines: Sequence[tuple[int, str]], chrome: set[int]) -> set[int]:
    """Lines heading prices the family's chrome drops ("Plans" over "Lite · €130 / month"):
    chrome too, or the heading reads as one more item of the list above it."""
    texts = dict(lines)
    return {no for no, text in lines if no not in chrome and no + 1 in chrome and heads_prices(
        text, not texts.get(no - 1, "").strip(), texts.get(no + 1))}


# An outline node naming a move ("→ touring FOH Engineer", "-> Systems Tech for a PA hire
# co (…)"): the title, up to a clause or a bracket after it.
_MOVE_NODE = re.compile(r"^(?:[-*•]\s*)?(?:→|->|⇒)\s*(?P<title>[A-Za-z][\w&'’-]*"
                        r"(?:\s+[A-Za-z][\w&'’-]*){0,5}?)\s*(?:\(|\s(?:for|at|with|in|on|via)\s|[,:;]|$)")


def _indent(raw: str) -> int:
    """How deep an outline node sits: its leading tabs, or its leading spaces by two."""
    lead = raw[: len(raw) - len(raw.lstrip())]
    return lead.count("\t") * 2 + lead.count(" ")


def outline_owners(lines: Sequence[tuple[int, str]]) -> dict[int, str]:
    """The lines nested under an outline's move node, with the title that node names: a
    mind map's pay or notes under "→ Systems Tech …" are about that job.

    >>> outline_owners([(1, "Next moves"), (2, "\t→ touring Monitor Tech for a hire co"),
    ...                 (3, "\t\t£28,000 salary"), (4, "\tLong game: manager")])
    {2: 'Monitor Tech', 3: 'Monitor Tech'}
    """
    owners: dict[int, str] = {}
    parent: tuple[int, str] | None = None  # (depth, title) of the open move node
    for no, raw in lines:
        if not raw.strip():
            continue
        depth = _indent(raw)
        if parent is not None and depth > parent[0]:
            owners[no] = parent[1]
            continue
        node = _MOVE_NODE.match(raw.strip())
        parent = (depth, _titled_part(node.group("title"))) if node is not None else None
        if parent is not None and parent[1]:
            owners[no] = parent[1]  # (its pay may be printed on it, or wrapped onto it)
    return owners


def _titled_part(phrase: str) -> str:
    """A node's title less the lower-case words before its capitalised title ("touring FOH
    Engineer" -> "FOH Engineer"); a title all in lower case stays whole."""
    words = phrase.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    return " ".join(words[first:])


def _answerers(lines: Sequence[tuple[int, str]], bylines: Sequence[Lazy],
               chrome: set[int]) -> dict[int, str]:
    """The lines of each answer with its answerer's title: from a byline that titles the
    answerer (a ``byline`` pattern's ``title`` group) up to the next blank or chrome line."""
    found: dict[int, str] = {}
    title: str | None = None
    for no, text in lines:
        named = next((m for p in bylines if (m := p.search(text.strip())) is not None), None)
        if named is not None:
            title = named.group("title").strip()
        elif not text.strip() or no in chrome:
            title = None
        elif title is not None:
            found[no] = title
    return found
