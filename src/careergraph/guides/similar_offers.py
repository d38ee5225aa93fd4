"""The employers of a job board's "similar offers" strip.

A posting ends with links to other offers, each "title – place (employer)" or "title –
employer", the cells parted by bars ("Similar offers: Welder – Brno (Kovo Hala s.r.o.)  |
Svářeč – Nemocnice Znojmo  |  Fitter – Plzeň").  An offer for the page's own title (or one
of its spellings: the posting's native title, which may run longer, "Sanitář na ARO") is the
same job at another employer, who employs the role; an offer for another title names that
title's employer, not the role's, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.guides.title_frames import legal_form

__all__ = ["listed_offers", "offer_cells", "offer_strip", "same_title", "towns_listed"]

_LABEL = re.compile(r"^(?:similar (?:offers|jobs|positions|vacancies)|you might also be "
                    r"interested in|related (?:offers|jobs)|other offers)\s*:\s*", re.IGNORECASE)
_CELL = re.compile(r"^(?P<title>[^–—|()]{2,60}?)\s+[–—-]\s+(?P<rest>[^–—|]{2,80})$")
_BRACKET = re.compile(r"\((?P<firm>[^()]{2,60})\)\s*$")


def offer_strip(text: str) -> bool:
    """(rules44c) ``text`` is a labelled strip of the board's other vacancies ("Similar jobs:
    Bricklayer · Martin · 7,00 €/h | Tiler · …"): another posting's title in it is no rung
    of the career section it ends, however the cells are parted.

    >>> offer_strip("Similar jobs: Roofer · Poprad · 8,10 €/h | Glazier · Nitra")
    True
    >>> offer_strip("Similar roles: Roofer, Glazier")
    False
    """
    return text[:1] in "SsYyRrOo" and _LABEL.match(text) is not None


def offer_cells(text: str) -> list[tuple[str, str]]:
    """The (title, employer) of each offer a labelled "similar offers" line links to; an
    offer whose cell names a place only (no bracket, one or two words after a place's dash
    are read as an employer only when the line's other cells bracket theirs) is left out.

    >>> offer_cells("Similar offers: Welder – Brno (Kovo Hala s.r.o.)  |  Fitter – Plzeň")
    [('Welder', 'Kovo Hala s.r.o.')]
    >>> offer_cells("You might also be interested in: Sanitář – Nemocnice Znojmo | Kuchař – "
    ...             "Hotel Slavia")
    [('Sanitář', 'Nemocnice Znojmo'), ('Kuchař', 'Hotel Slavia')]
    """
    label = _LABEL.match(text)
    if label is None:
        return []
    cells = [cell.strip() for cell in re.split(r"\s+\|\s+", text[label.end():].strip())]
    bracketed = any(_BRACKET.search(cell) for cell in cells)
    found: list[tuple[str, str]] = []
    for cell in cells:
        match = _CELL.match(cell)
        if match is None:
            continue
        rest = match.group("rest").strip()
        firm = _BRACKET.search(rest)
        if firm is not None:
            found.append((match.group("title").strip(), firm.group("firm").strip()))
        elif not bracketed and rest[:1].isupper():  # ("Sanitář – Nemocnice Znojmo")
            found.append((match.group("title").strip(), rest))
    return found


# (rules38a) A heading over similar jobs listed one a line ("Similar jobs", "Similar jobs
# وظائف مشابهة": a translator leaves the native words after it), and one listed job:
# "Title - Firm - Place - 2,600 - 3,000 AED" (its cells parted by spaced dashes).
# (rules41a: a Hungarian board's "Hasonló állások" the translator left)
# ((rules46a) and a Serbian job board's "Similar ads", as a translator renders it)
# ((rules47a) and a board's "You will also like", "Same jobs nearby", as translated)
_LIST_HEADING = re.compile(r"^(?:similar (?:offers|jobs|positions|vacancies|ads)|related (?:offers|"
                           r"jobs)|other offers|hasonló állások|you (?:will|may|might) also like|"
                           # ((rules59a) a classifieds site's "Other jobs like this")
                           r"other (?:jobs|ads|vacancies) like this|"
                           # ((rules47c) "Same jobs nearby": the adverb after it)
                           r"same jobs)\b(?:\s+nearby\b)?(?:\s+(?:near|in|around)\s+"
                           r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3})?[^A-Za-z:]*$",
                           re.IGNORECASE)
_DASHED = re.compile(r"\s+[–—-]\s+")
_DOTTED = re.compile(r"\s+·\s+")
_FIGURE = re.compile(r"\d")
_CURRENCY_SIGNS = "$€£¥₹₩₪₺"
_LISTED_JOBS = 12  # lines a list of similar jobs runs to
# (carry38) A job of two cells, its title and its firm (two capitalised words or more, no
# figure), dashed or in a bracket.
_TWO_CELLS = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){1,5}")
_BRACKETED_FIRM = re.compile(r"([A-Z][\w'’ -]{2,50}?)\s+\(([A-Z][^()\d]{3,60})\)")


def listed_offers(lines: Sequence[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """The (line, title, employer) of each job listed one a line under a "Similar jobs"
    heading, until a blank line or a line of another shape ("Title - Firm - Place", a
    figure after it or not; its first cell a title, its second the firm).

    >>> listed_offers([(1, "Similar jobs"), (2, "Tiler - Acme Tiles LLC - Dubai - 2,000 AED"),
    ...                (3, "Plasterer - Gulf Walls - Ajman"), (4, "Field: Construction")])
    [(2, 'Tiler', 'Acme Tiles LLC'), (3, 'Plasterer', 'Gulf Walls')]
    >>> listed_offers([(1, "Similar jobs"), (2, "Tiler — Acme Tiles LLC"),
    ...                (3, "Tiler (Gulf Walls Contracting)")])
    [(2, 'Tiler', 'Acme Tiles LLC'), (3, 'Tiler', 'Gulf Walls Contracting')]
    >>> listed_offers([(1, "Similar jobs"), (2, "Bus Driver · Redding · $")])
    [(2, 'Bus Driver', 'Redding')]
    """
    found: list[tuple[int, str, str]] = []
    under = -1
    late = False  # (a row's legal-form cell after its second: the second cells are places)
    for no, text in lines:
        if under < 0:
            under = 0 if _LIST_HEADING.match(text.strip()) else -1
            continue
        cells = _DASHED.split(text.strip())
        if " · " in text:  # (rules41a) "Title - Place · Firm Kft. · pay": dots part cells too
            cells = [part for cell in cells for part in _DOTTED.split(cell)]
        bracket = _BRACKETED_FIRM.fullmatch(text.strip()) if len(cells) == 1 else None
        if bracket is not None:  # (carry38) "HVAC Technician (Imdaad Facilities)"
            cells = [bracket.group(1), bracket.group(2)]
        if len(cells) == 2 and _TWO_CELLS.fullmatch(cells[1]) is not None:
            cells = [*cells, "-"]  # (carry38) "Pastry Cook — Msheireb Suites": title, firm
        if len(cells) < 3 or under >= _LISTED_JOBS or not all(
                cell[:1].isupper() or cell == "-" for cell in cells[:2]) or not (
                cells[2][:1].isupper() or cells[2] == "-" or _FIGURE.search(cells[2])
                # ((fresh55) a page cut off in its last job's pay: "Bus Driver · Redding · $")
                or cells[2][:1] in _CURRENCY_SIGNS):
            under = 0 if _LIST_HEADING.match(text.strip()) else -1
            continue
        under += 1
        # (rules41a) the cell named by its legal form is the firm, wherever it stands
        # ("Baker - Pécs · Kovász Pékség Kft. · 400 000 Ft"); else the second cell
        formed = next((at for at, cell in enumerate(cells[1:], 1) if legal_form(
            cell.split()[-1])), None)
        firm = cells[1] if formed is None else cells[formed]
        late = late or (formed is not None and formed > 1)
        found.append((no, cells[0], firm))
    places = _header_places(lines) if found else set()
    # ((rules59a) or a row names its firm by its legal form after the second cell, "Title ·
    # Town · 40 000 som · Firm OJSC": the second cells are towns, "Cook · Osh · 40 0" no firm)
    if late or any(firm.lower() in places for _, _, firm in found):
        # (rules50c) the list's middle cells are places ("Cook · Bled · 1.500 EUR net" on a
        # page whose own ad prints "Bohinjka d.o.o. · Bled · Fixed time"): a row names a
        # firm only by its legal form (another row names none: an empty firm, its title
        # still owning its figure)
        found = [(no, title, firm if legal_form(firm.split()[-1]) else "")
                 for no, title, firm in found]
    return found


_TRADE_NAME = re.compile(r"\s*\([^()]*\)$")


def _header_places(lines: Sequence[tuple[int, str]]) -> set[str]:
    """(rules50c) The places a page's own ad prints right after its firm's legal-form cell
    ("Jökulfarar ehf.  ·  Skaftafell / Höfn  ·  Seasonal job": "skaftafell", "höfn"),
    lower-cased, each of a slash's halves too.

    >>> sorted(_header_places([(5, "Bohinjka d.o.o.  ·  Bled  ·  Fixed time")]))
    ['bled']
    >>> _header_places([(5, "Cook · Bled · 1.500 EUR net")])
    set()
    """
    places: set[str] = set()
    for _, text in lines:
        if " · " not in text:
            continue
        cells = [cell.strip() for cell in _DOTTED.split(text.strip())]
        for index, cell in enumerate(cells[:-1]):
            # (its trade name in a bracket after it: "Bohinjka d.o.o. (Picerija Bohinjka)")
            words = _TRADE_NAME.sub("", cell).split()
            if words and legal_form(words[-1]) and not _FIGURE.search(cells[index + 1]):
                places.update(half.strip().lower() for half in cells[index + 1].split("/"))
                break
    places.discard("")
    return places


def towns_listed(offers: Sequence[tuple[int, str, str]]) -> bool:
    """(carry50) The second cells of a board's similar jobs are the jobs' towns, not their
    firms: two jobs or more are listed and every one's second cell is one word with no legal
    form ("Waiter · Portorož · 1.300 EUR net", "Guide · Hveragerði · 39.500 kr. per day"), as
    boards print "title · town · pay"; a firm's cell somewhere in the list ("Tiler - Acme
    Tiles LLC - Dubai") makes them firms.

    >>> towns_listed([(2, "Waiter", "Portorož"), (3, "Cook", "Izola")])
    True
    >>> towns_listed([(2, "Waiter", "Portorož"), (3, "Cook", "Hotel Riva")])
    False
    >>> towns_listed([(2, "Waiter", "Portorož")])
    False
    """
    # (a cell ``listed_offers`` already emptied as the page's own place counts as a town)
    return len(offers) >= 2 and all(
        not firm or (" " not in firm and firm[:1].isupper() and not legal_form(firm))
        for _, _, firm in offers)


def same_title(title: str, spellings: Sequence[str]) -> bool:
    """``title`` is one of ``spellings`` (any letter case), or one of them with more words
    after it, or the first words of one ("Lakýrník" of "Lakýrník osobních vozů").

    >>> same_title("Sanitář na ARO", ["Orderly", "Sanitář"]), same_title("Fitter", ["Welder"])
    (True, False)
    """
    lowered = title.lower().strip()
    for spelling in spellings:
        other = spelling.lower().strip()
        if other and (lowered == other or lowered.startswith(other + " ")
                      or other.startswith(lowered + " ")):
            return True
    return False
