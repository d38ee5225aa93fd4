"""Job cards: a job board's search results and the one-line cards of a recruiter's bulletin.

A job board's results page (any board: Canadian, Irish, US layouts) lists many adverts for
one search.  Each advert is a **card** of short lines set apart by blank lines: badges
("new", "Sponsored", "★ Featured"), the advert's title, its company, a rating ("3.6 ★"),
its place (bare or "Location: …"), its pay (bare or "Salary: …"), job types and shifts,
"Easily apply", a snippet (bullets or a sentence or two) and an activity stamp ("Posted 3
days ago", "Employer Active 2 days ago", "More...").  A recruiter's bulletin prints a card
on one line, its cells parted by " | " (title, place, pay, company, reference, "[Apply
now]").

What this module reads, as data for the long-form parser:

- the **search** the page answers ("What: forklift operator", "Keywords: …", "Forklift
  operator jobs in Hamilton, ON"): the page's role;
- each **card**: its title, company, place, pay lines and snippet lines; every other line of
  the card is the board's chrome;
- the board's **facets** ("Industry: Nursing Homes (34) · Hospitals (21)"): the industry
  facet names sectors, every other facet (pay, job type) is chrome.

Which card is an opening of the role, and so whose pay a figure is, the parser decides with
its title rules.  The vocabulary (search labels, badges, stamps, facet names) is data:
``listings`` in ``data/headings.yaml``.

>>> page = search_page([(1, "What: tiler   Where: Leeds"), (3, "Wall Tiler"),
...     (4, "Grout & Co"), (5, "Leeds"), (6, "£14.10 an hour"), (7, "• Lay porcelain."),
...     (9, "Floor Tiler"), (10, "Stone Works Ltd"), (11, "Salary: £15 an hour"),
...     (12, "Posted 2 days ago"), (14, "Kitchen Fitter"), (15, "Fitwell"), (16, "York"),
...     (17, "£16 an hour")])
>>> page.query, [card.title for card in page.cards]
(('Tiler', 1), ['Wall Tiler', 'Floor Tiler', 'Kitchen Fitter'])
>>> page.cards[0].company, page.cards[0].snippet
(('Grout & Co', 4), [(7, 'Lay porcelain.')])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from careergraph.guides.amounts import find_amounts
from careergraph.guides.headings import bundled_section
from careergraph.guides.roles import title_case

__all__ = ["JobCard", "SearchPage", "card_line", "card_owners", "card_title", "common_title",
           "listing_words", "one_line_card", "qualified_title", "read_facets", "search_page",
           "without_wish"]

_MIN_CARDS = 3  # fewer cards make no results page
_MIN_SHORT = 2  # cards of a page that states its search or prints one-line heads
_MIN_SAME = 2  # cards of one title that make it a bulletin's job
_QUALIFIER_WORDS = 2  # "Night Shift Forklift Operator": words before the role on a card
_CARD_LINES = 4  # an advert's title, company, place or type, and pay at least
# Words that make a line under a title a pay label, no company ("Average Salary").
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|pay|wages?|average|median)\b",
                        re.IGNORECASE)
_MAX_TITLE_WORDS = 10
_MAX_COMPANY_WORDS = 8
_SNIPPET_WORDS = 7  # a line this long (or a bullet) is the advert's snippet
_HEAD_LINES = 20  # the search form is among a page's first lines
_ABBREVIATION = 5  # "Inc.", "Ltd.", "B.V.": a last word this short may end with a full stop
_CONNECTORS = frozenset({"of", "and", "&", "the", "de", "du", "la", "for", "in", "on", "at",
                         "und", "van", "der", "y", "a", "to"})
_BULLET = re.compile(r"^\s*(?:[•·▪◦*-]|\d{1,2}[.)])\s+")
_RATING = re.compile(r"^\d(?:\.\d)?\s*(?:★|\*|stars?)?(?:\s*\(\d[\d,]*\))?$")
_LABEL = re.compile(r"^([A-Za-z][A-Za-z /-]{1,20}):\s*(.*)$")
_COUNT = re.compile(r"\s*\(\d[\d,]*\)\s*$")
_SPACED = re.compile(r"\s{2,}|\t")
_PLACE = re.compile(r"^[A-Z][\w.'’ -]+,\s*(?:Co\.\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
                    r"(?:\s*\([\w -]+\))?$|^(?:Remote|Hybrid)\b")


@dataclass(frozen=True)
class ListingWords:
    """The vocabulary of results pages (``listings`` in ``data/headings.yaml``)."""

    query_labels: frozenset[str]
    badges: frozenset[str]
    stamps: re.Pattern[str]
    place_labels: frozenset[str]
    pay_labels: frozenset[str]
    company_labels: frozenset[str]
    sector_facets: frozenset[str]
    no_pay: frozenset[str]
    other_ranks: frozenset[str]
    query_title: re.Pattern[str]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> ListingWords:
        """Build from the YAML's ``listings`` mapping."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in raw.get(key) or ())

        stamps = "|".join(str(s) for s in raw.get("stamps") or ()) or "(?!)"
        nouns = "|".join(re.escape(str(s)) for s in raw.get("result_nouns") or ()) or "(?!)"
        return cls(words("query_labels"), words("badges"),
                   re.compile(rf"^(?:{stamps})", re.IGNORECASE),
                   words("place_labels"), words("pay_labels"), words("company_labels"),
                   words("sector_facets"), words("no_pay"), words("other_ranks"),
                   re.compile(rf"^(?P<title>[A-Za-z][\w&'’/ -]{{2,60}}?)\s+(?i:{nouns})"
                              rf"(?:\s+(?:in|near|at)\s+.+)?$"))


@cache
def listing_words() -> ListingWords:
    """The bundled results-page vocabulary."""
    return ListingWords.from_mapping(bundled_section("listings"))


@dataclass
class JobCard:
    """One advert of a results page, each part with its line."""

    title: str
    line: int
    company: tuple[str, int] | None = None
    place: str | None = None
    pay: list[tuple[int, str]] = field(default_factory=list)
    snippet: list[tuple[int, str]] = field(default_factory=list)
    #: A talent card's skill chips (see :mod:`careergraph.guides.talent_cards`).
    chips: list[tuple[int, str]] = field(default_factory=list)
    #: The card's lines read here as its parts or as the board's chrome.
    lines: set[int] = field(default_factory=set)


@dataclass
class SearchPage:
    """What a results page states: its search, its cards, the sectors of its facets."""

    query: tuple[str, int] | None = None
    cards: list[JobCard] = field(default_factory=list)
    sectors: list[tuple[str, int]] = field(default_factory=list)
    #: Lines of the board's own chrome outside the cards (facets, the search form).
    chrome: set[int] = field(default_factory=set)
    #: The cards are a digest's stacked listings ("► Title — Company (Place)", pay below).
    stacked: bool = False


def _label(text: str) -> tuple[str, str] | None:
    match = _LABEL.match(text.strip())
    return (match.group(1).strip().lower(), match.group(2).strip()) if match else None


def _badge(text: str, words: ListingWords) -> bool:
    return text.strip(" ★☆*[]").lower() in words.badges


def card_title(text: str) -> bool:
    """A line that may title an advert: a few words from a capital, no sentence end, no
    label, no money.

    >>> card_title("Lift Truck Driver (Class 5)"), card_title("Posted: 3 days ago")
    (True, False)
    """
    text = text.strip()
    if not text[:1].isupper() or text[-1:] in ".!?:;," or _label(text) is not None:
        return False
    if not _capitalised(re.split(r"\s[-–—]\s", text)[0]):
        return False  # "Salary guide": a section of the board, no advert
    words = text.split()
    return len(words) <= _MAX_TITLE_WORDS and not find_amounts(text) and "$" not in text


def _capitalised(text: str) -> bool:
    """Every word of ``text`` before a bracket is capitalised, connectors aside ("Bank of
    Leeds"); "Tiler salaries in Leeds" is a sentence's start, no name."""
    words = text.split("(")[0].split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS
                               or not w[:1].isalnum() for w in words)


def _company(text: str, words: ListingWords) -> bool:
    text = text.strip()
    last = text.split()[-1] if text else ""
    # ("Harbour Foods Inc.", "Maas B.V.": an abbreviation's full stop ends no sentence)
    ends = text[-1:] not in ".!?:;" or (last.endswith(".") and len(last) <= _ABBREVIATION)
    return (bool(text) and ends and _capitalised(text)
            and len(text.split()) <= _MAX_COMPANY_WORDS and not find_amounts(text)
            and not _RATING.match(text) and not words.stamps.match(text)
            and not _badge(text, words) and _label(text) is None
            and _PAY_WORDS.search(text) is None)


def _blocks(lines: Sequence[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Runs of consecutive non-blank lines."""
    blocks: list[list[tuple[int, str]]] = []
    last = -1
    for no, text in lines:
        if not text.strip():
            continue
        if blocks and no == last + 1:
            blocks[-1].append((no, text.strip()))
        else:
            blocks.append([(no, text.strip())])
        last = no
    return blocks


def _card(block: list[tuple[int, str]], words: ListingWords, *,
          short: bool = False) -> JobCard | None:
    """A block read as an advert, or None when it is none (a title and a company or pay
    line above a pay line or a salary field).  ``short``: a one-line head with fewer cells
    than the page's others ("Welder · Hull · £38,000" among "Welder · Acme · Hull · …"),
    whose second cell may be the place as well as the company: no company is read."""
    rest = [(no, text) for no, text in block if not _badge(text, words)]
    if len(rest) < _CARD_LINES or not card_title(rest[0][1]):
        return None
    card = JobCard(title=_COUNT.sub("", rest[0][1]).strip(), line=rest[0][0],
                   lines={no for no, _ in block})
    paid = fielded = False
    for index, (no, text) in enumerate(rest[1:], start=1):
        label = _label(text)
        if label is not None and label[0] in words.pay_labels:
            paid = True
            if label[1].lower() not in words.no_pay and find_amounts(label[1]):
                card.pay.append((no, label[1]))
        elif label is not None and label[0] in words.place_labels:
            card.place = label[1]
            fielded = True  # ("Location: Hull" / "Salary: …": a card of fields, no company)
        elif label is not None and label[0] in words.company_labels:
            card.company = (label[1], no)
        elif text.lower().strip(" .") in words.no_pay:
            paid = True  # "Not disclosed" where the pay stands: a card without a figure
        elif find_amounts(text) and ((cell := _pay_cell(text)) is not None
                                     or len(text.split()) <= _SNIPPET_WORDS):
            paid = True  # (a line of cells: its pay cell, "$52,000 · full-time · apply by …")
            card.pay.append((no, cell or text))
        elif index == 1 and not _BULLET.match(text) and _company(text, words):
            card.company = (text, no) if not short else None
        elif _BULLET.match(text) or len(text.split()) >= _SNIPPET_WORDS or (
                text.endswith(".") and len(text.split()) > 1):  # a sentence of the advert
            card.snippet.append((no, _BULLET.sub("", text)))
        elif card.place is None and not card.pay and _PLACE.match(text):
            card.place = text
    return card if paid and (card.company is not None or short or fielded) else None


def card_line(text: str) -> tuple[str, str | None, str | None, str | None] | None:
    """A card printed on one line with " | " between its cells ("▸ Senior Welder |
    Hull, UK | £38,000 – £42,000 | Humber Yards | Ref 1 [Apply now]"): its title, place,
    pay and company, or None.

    >>> card_line("▸ Lead Baker | Bath, UK | £31,000 | Crumb & Co | Ref B-2  [Apply now]")
    ('Lead Baker', 'Bath, UK', '£31,000', 'Crumb & Co')
    >>> card_line("Home | Jobs | About us") is None
    True
    """
    cells = [c.strip() for c in text.strip().lstrip("▸►▶•·*-→ ").split(" | ")]
    if len(cells) < 3 or not card_title(cells[0]):
        return None
    pay = next((c for c in cells[1:] if find_amounts(c)), None)
    if pay is None:
        return None
    place = cells[1] if _PLACE.match(cells[1]) else None
    words = listing_words()
    company = None
    for cell in cells[cells.index(pay) + 1:]:  # (the company follows the pay; a bare town
        # before it is the place: "Lead Baker | Bath | £31,000 | Crumb & Co")
        cell = cell.split("  ")[0].strip()
        if cell in (place, pay) or words.stamps.match(cell) or cell.lower().startswith(
                ("ref", "job ref", "id ", "#", "[")):
            continue
        if _company(cell, words) and not _PLACE.match(cell):
            company = cell
            break
    if company is None and place is None:
        # "EMT | Ridge EMS | Austin, TX | $21/hr | Posted today": the company before the place
        before = cells[1:cells.index(pay)]
        if len(before) == 2 and _PLACE.match(before[1]) and _company(before[0], words) and (
                not _PLACE.match(before[0])):
            place, company = before[1], before[0]
    return cells[0], place, pay, company


def _labelled_query(lines: Sequence[tuple[int, str]],
                    words: ListingWords) -> tuple[str, int] | None:
    """The search the page answers in a labelled field ("What: x", "Keywords: x")."""
    for no, text in lines[:_HEAD_LINES]:
        for cell in _SPACED.split(text.strip()):
            label = _label(cell)
            if label is not None and label[0] in words.query_labels and label[1]:
                value = label[1].strip(" []")
                if 0 < len(value.split()) <= _MAX_COMPANY_WORDS:
                    return _printed_case(value, lines), no
    return None


def _query(lines: Sequence[tuple[int, str]], words: ListingWords) -> tuple[str, int] | None:
    """The search the page answers: a labelled field ("What: x", "Keywords: x") or a
    results heading ("X jobs in Y")."""
    labelled = _labelled_query(lines, words)
    if labelled is not None:
        return labelled
    for no, text in lines[:_HEAD_LINES]:
        match = words.query_title.match(text.strip())
        if match is not None and match.group("title").split()[0].lower() not in _CONNECTORS:
            # ("and interpretation jobs in museums, …": a sentence's wrapped line, no search)
            return _printed_case(match.group("title").strip(), lines), no
    return None


def _printed_case(query: str, lines: Sequence[tuple[int, str]]) -> str:
    """A search typed in lower case as the page prints it capitalised ("hvac technician" ->
    "HVAC Technician" from a card), else in Title Case."""
    if not query.islower():
        return query
    pattern = re.compile(rf"\b{re.escape(query)}\b", re.IGNORECASE)
    for _, text in lines:
        for match in pattern.finditer(text):
            if _capitalised(match.group()):
                return match.group()
    return query.title()


_WISH_TAIL = re.compile(r"\s+(?:is\s+)?(?:required|essential|preferred|desirable|an advantage|"
                        r"a plus|an asset)(?=\s*[.;!]|\s*$)", re.IGNORECASE)


def without_wish(text: str) -> str:
    """A snippet's sentence without the wish that ends it ("Experience with A and B
    required." -> "Experience with A and B."): the wish is no part of the skill.

    >>> without_wish("• Experience with kilns and glazes required.")
    '• Experience with kilns and glazes.'
    """
    return _WISH_TAIL.sub("", text)


_CELL = re.compile(r"\s+[·•|]\s+")
_MIN_CELLS = 3  # a title, a company and a place or pay


# A digest's stacked listing: its head "► Title — Company (Place)" or "1) TITLE — Company,
# Place", its pay and its duties on the lines below.
# (square and diamond bullets too: "■ Title — Company (Place)", as newsletters print them)
_HEAD_MARK = re.compile(r"^\s*(?:[▸►▶•*■▪◆‣]|\d{1,2}[.)])\s*")
_HEAD_DASH = re.compile(r"\s[—–]\s")
_PLACE_BRACKETED = re.compile(r"^(?P<company>[^()]+?)\s*\((?P<place>[^()]+)\)$")
_PLACE_AFTER = re.compile(r"^(?P<company>.+?),\s+(?P<place>[A-Z][\w.'’ -]+?(?:,?\s+[A-Z]{2,3})?)$")
_PAY_CELLS = re.compile(r"\s+[·|]\s+|\s{3,}")


def _dash_head(block: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """A block headed "Title — Company (Place)" (or "Title — Company, Place") with its pay on
    the next line, its head's cells as lines of their own (the title in Title Case when
    printed in capitals), or None.

    >>> _dash_head([(3, "2) KILN OPERATOR — Claymore Tiles, Stoke ST"), (4, "Pay: £13/hr")])
    [(3, 'Kiln Operator'), (3, 'Claymore Tiles'), (3, 'Stoke ST'), (4, 'Pay: £13/hr')]
    """
    cells = _HEAD_DASH.split(_HEAD_MARK.sub("", block[0][1].strip()))
    if len(cells) != 2 or len(block) < 2 or not find_amounts(block[1][1]) or not card_title(
            cells[0]):
        return None
    found = _PLACE_BRACKETED.match(cells[1]) or _PLACE_AFTER.match(cells[1])
    if found is None or not _company(found.group("company"), listing_words()):
        return None
    title = title_case(cells[0].lower()) if cells[0].isupper() else cells[0]
    no = block[0][0]
    return [(no, title), (no, found.group("company").strip()),
            (no, found.group("place").strip()), *block[1:]]


def _pay_cell(text: str) -> str | None:
    """The pay cell of a line of cells ("$48,000–$52,000 · full-time · apply by 3 May"): the
    first cell, when it holds a figure, or None."""
    cells = _PAY_CELLS.split(text.strip())
    return cells[0] if len(cells) > 1 and find_amounts(cells[0]) else None


def _cells_apart(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A block whose first line prints the card's head in one line, its cells parted by
    " · " ("Pastry Chef · Crumb & Co · Bath · £31,000 a year", the compact view of many
    boards): the cells as lines of their own, each on that line; any other block as is."""
    cells = _CELL.split(block[0][1].strip())
    if len(cells) < _MIN_CELLS or not card_title(cells[0]) or not _company(cells[1],
                                                                           listing_words()):
        return block
    return [(block[0][0], cell) for cell in cells] + block[1:]


def search_page(lines: Sequence[tuple[int, str]]) -> SearchPage | None:
    """The cards, search and facets of a job board's results page (``lines``: number and
    text, in order), or None when the page holds fewer than three cards."""
    words = listing_words()
    raw = _blocks(lines)
    stacked = [_dash_head(block) for block in raw]  # (a digest's listings: three at least)
    blocks = [_cells_apart(block) if head is None else head
              for block, head in zip(raw, stacked, strict=True)]
    widths = [len(block) - len(printed) + 1 if block is not printed and head is None else 0
              for block, printed, head in zip(blocks, raw, stacked, strict=True)]
    # (one-line heads' cells)
    cards = [card for block, width in zip(blocks, widths, strict=True)
             if (card := _card(block, words, short=0 < width < max(widths))) is not None]
    # Two cards make a page when their heads are one line of " · " cells or when the page
    # states its search ("What: welder"): a short results page.
    # (a labelled search field, not a heading: "MedShift Jobs" names a site)
    asked = len(cards) >= _MIN_SHORT and _labelled_query(lines, words) is not None
    compact = sum(1 for width in widths if width)
    if len(cards) < (_MIN_SHORT if compact >= _MIN_SHORT or asked else _MIN_CARDS):
        return None
    page = SearchPage(query=_query(lines, words), cards=cards,
                      stacked=any(head is not None for head in stacked))
    read_facets(page, lines, min(card.line for card in cards))
    if page.query is not None:
        page.chrome.add(page.query[1])
    return page


def read_facets(page: SearchPage, lines: Sequence[tuple[int, str]], first: int) -> None:
    """The facets above a page's first card (``first``: its line), as ``page``'s chrome: a
    label whose value lists options ("Job type: Permanent (52) · Contract (19)", "Hourly
    rate: $10 - $30 · $30 - $60"); an industry facet's options are sectors, counts dropped.

    >>> page = SearchPage()
    >>> read_facets(page, [(1, "Industry: Retail (40) · Hospitality (12)")], 5)
    >>> page.sectors, page.chrome
    ([('Retail', 1), ('Hospitality', 1)], {1})
    """
    sectors = listing_words().sector_facets
    for no, text in lines:
        label = _label(text)
        if label is None or no >= first or (" · " not in label[1] and "(" not in label[1]):
            continue
        page.chrome.add(no)
        if label[0] in sectors:
            page.sectors += [(_COUNT.sub("", name).strip(), no)
                             for name in label[1].split(" · ") if name.strip()]


_QUALIFIER = re.compile(r"\s+[-–—]\s+.*$|\s*\([^()]*\)|,\s+[A-Z][^,]*$")
_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V|[1-9])$")
_REF = re.compile(r"^(?:ref|job ref|reference|id|job id)\b|^#\w|^\[", re.IGNORECASE)


def card_owners(title: str, is_own: Callable[[str], bool]) -> list[tuple[str, str | None]]:
    """Whose pay a card's figure is: each title the card names with None for the role's own
    (``is_own`` tells the role at any level or grade) or the other title.  A qualifier after a
    dash or in brackets is dropped ("Welder - Nights"), a grade after another title too
    ("Charge Nurse 2" owns as "Charge Nurse"); a slash names two titles only when one of
    them is the role's ("Welder / Fabricator").

    >>> own = lambda t: t.endswith("Welder")
    >>> card_owners("Senior Welder - Nights", own), card_owners("Welder / Fabricator", own)
    ([('Senior Welder', None)], [('Welder', None), ('Fabricator', 'Fabricator')])
    >>> card_owners("Pipe Fitter 2 (Days)", own), card_owners("Shipper / Receiver", own)
    ([('Pipe Fitter 2', 'Pipe Fitter')], [('Shipper / Receiver', 'Shipper / Receiver')])
    """
    base = _QUALIFIER.sub("", title).strip()
    parts = [part.strip() for part in base.split(" / ")]
    if len(parts) < 2 or not any(is_own(part) for part in parts):
        parts = [base]
    return [(part, None if is_own(part) else _GRADE.sub("", part)) for part in parts]


def qualified_title(title: str, role: str) -> bool:
    """``title`` is the role with a word or two of qualifier before it ("Mobile Dog Groomer",
    "Night Shift Forklift Operator"); a rank of another post ("Head", "Assistant") makes
    another title.

    >>> qualified_title("Mobile Dog Groomer", "Dog Groomer")
    True
    >>> qualified_title("Assistant Dog Groomer", "Dog Groomer"), qualified_title("Groomer", "X")
    (False, False)
    """
    lowered, own = title.lower().strip(), role.lower().strip()
    if not own or not lowered.endswith(f" {own}"):
        return False
    lead = title[: -len(own)].split()
    return 0 < len(lead) <= _QUALIFIER_WORDS and all(w[:1].isupper() for w in lead) and not (
        listing_words().other_ranks.intersection(w.lower() for w in lead))


def common_title(titles: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The title most of a bulletin's cards advertise (two cards at least), qualifiers
    dropped: the bulletin's job when its subject names none.

    >>> common_title([(4, "Roofer – Slate"), (5, "Scaffolder"), (6, "Roofer")])
    ('Roofer', 4)
    """
    counts: dict[str, list[int]] = {}
    for no, title in titles:
        counts.setdefault(_QUALIFIER.sub("", title).strip(), []).append(no)
    best = max(counts.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < _MIN_SAME or sum(
            len(lines) == len(best[1]) for lines in counts.values()) > 1:
        return None  # no title, or a tie
    return best[0], best[1][0]


def one_line_card(text: str) -> tuple[str, str | None, str, str | None] | None:
    """A one-line card (see :func:`card_line`) that carries a reference or an apply cell,
    as bulletins print them; a table row of titles and pay carries neither.

    >>> one_line_card("▸ Lead Baker | Bath, UK | £31,000 | Crumb & Co | Ref B-2")[3]
    'Crumb & Co'
    >>> one_line_card("Lead Baker | £31,000 | £35,000") is None
    True
    >>> one_line_card("Lead Baker | Crumb & Co | Bath, UK | £31,000 | Posted today")[3]
    'Crumb & Co'

    """
    if " | " not in text:
        return None
    cells = [cell.strip() for cell in text.split(" | ")]
    stamps = listing_words().stamps  # ("Posted 2 days ago": an advert's activity stamp)
    if not any(_REF.match(cell) or "apply" in cell.lower() or stamps.match(cell)
               for cell in cells[1:]):
        return None
    found = card_line(text)
    if found is None or found[2] is None:
        return None
    return found[0], found[1], found[2], found[3]
