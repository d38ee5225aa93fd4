"""An occupational dictionary's entry (the US Dictionary of Occupational Titles on a
reference site): the base title line, the one-paragraph definition and the site's crosswalk.

- The title line's industry designation in brackets names the sectors the occupation is
  defined for ("(museum; prof. & kin.)" gives "museum"); an abbreviated category ("prof. &
  kin.", "furn.") and "any industry" name none.
- The definition's lead statement (its text before the first colon) places the work: the
  list after its last "in" ("… in homes, repair shops, and clothing factories") names
  sectors.
- The task statements name tools and materials after "using", "with" and "such as"
  ("using pliers, awls, and a bench vise" gives three); a list ends after its "and" item,
  and an item ends at a preposition ("with oil paints to restore …" gives "oil paints").
  After "using" and "such as" a product or a named method may be capitalised ("using
  AutoCAD", "using Statistical Process Control"); after "with" only lower-case items count
  ("with Product and Design teams" names people).
- The alternate titles after the base title ("alternate titles: cobbler; shoe mender") and
  "May be known as X when working in …" are aliases.
- A wage the site adds for a crosswalked occupation of another title ("… for 51-9199
  Assemblers, All Other: median $41,000"; "Median hourly wage $28.10 (Machine Fitters,
  national)") belongs to that title, not to the entry's role.

>>> definition_tools("Cuts leather, using shears, awls, and a bench vise, taking care.")
['shears', 'awls', 'bench vise']
>>> definition_tools("Tests circuits, using meters, such as ohmmeters, or oscilloscopes.")
['meters', 'ohmmeters', 'oscilloscopes']
>>> definition_tools("Drafts plans, using Computer-Aided Design. Meets with Sales staff.")
['Computer-Aided Design']
>>> lead_places("Repairs boots in homes, repair shops, and clothing factories, following "
...             "guides: Cuts soles.")
['homes', 'repair shops', 'clothing factories']
>>> designated_sectors("BOOT REPAIRER (footwear; pers. ser.) alternate titles: cobbler")
['footwear']
>>> base_title("SEWING-MACHINE REPAIRER"), base_title("DIRECTOR OF MUSEUM")
('Sewing-Machine Repairer', 'Director of Museum')
>>> entry_aliases("BOOT REPAIRER (footwear) alternate titles: cobbler; shoe mender")
['cobbler', 'shoe mender']
>>> entry_aliases("Resoles boots. May be known as HEEL BAR HAND (retail) when working in shops.")
['HEEL BAR HAND']
>>> crosswalk_title("OEWS 51-9199 Median wage $41,000 (Assemblers, All Other, national)")
'Assemblers, All Other'
"""

from __future__ import annotations

import re

from careergraph.guides.text import is_title_case

__all__ = ["base_title", "crosswalk_title", "definition_tools", "designated_sectors",
           "entry_aliases", "lead_places", "shouted_word"]

_CUE = re.compile(r"\b(?P<cue>using|with|such as)\s+(?P<list>[^.:;]+)")
_IN = re.compile(r"\bin\s+(?=(?P<list>[^.:;]+))")  # (each "in", overlapping)
# Where an item stops: a preposition or a participle opening the rest of the task.
_ITEM_END = re.compile(r"\s(?:to|for|in|into|on|onto|from|at|by|when|while|so)\s.*$")
_ARTICLE = re.compile(r"^(?:the|a|an|and|or)\s+")
_AND_ITEM = re.compile(r"^(?:and|or)\s+")
# An aside of examples inside the list ("testing devices, such as ohmmeters, …"): its frame
# is no part of the item, the examples are items too.
_EXAMPLES = re.compile(r"^(?:such as|like|including|e\.g\.,?)\s", re.IGNORECASE)
_PAIR = re.compile(r"\s+(?:and|or)\s+")
_MAX_WORDS = 4
_DESIGNATION = re.compile(r"^[A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*)*\s+\((?P<list>[^()]+)\)")
_NO_SECTOR = frozenset({"any industry", "any ind."})
_ALTERNATE = re.compile(r"\balternate titles:\s*(?P<list>[^.:]+?)\s*$")
_KNOWN_AS = re.compile(r"\bMay be known as (?P<title>[A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*)*)"
                       r"(?: \([^()]*\))? when\b")
_SOC = r"\b\d{2}-\d{4}(?:\.\d{2})?"
_CODE_TITLE = re.compile(
    _SOC + r"\s+(?P<title>[A-Z][\w'&-]*(?:,? (?:and |of |& )?[A-Z][\w'&-]*)*):\s")
_FIGURE_TITLE = re.compile(r"\d\s*\((?P<title>[A-Z][^()]*?)(?:,\s+[a-z][^()]*)?\)")


def _listed(text: str, *, named: bool = False) -> list[str]:
    """The items of a list opening ``text``, up to its "and" item; ``named``: capitalised
    names (in Title Case) count too."""
    found: list[str] = []
    for raw in text.split(","):
        piece = raw.strip()
        piece = _EXAMPLES.sub("", piece)
        last = _AND_ITEM.match(piece) is not None
        piece = _ITEM_END.sub("", _ARTICLE.sub("", _AND_ITEM.sub("", piece))).strip()
        names = [_ARTICLE.sub("", n).strip() for n in _PAIR.split(piece)] if not last else [piece]
        if not piece or any(not n or len(n.split()) > _MAX_WORDS
                            or not (n[0].islower() or (named and is_title_case(n)))
                            for n in names):
            break
        found.extend(names)
        if last or len(names) > 1:
            break
    return found


def definition_tools(text: str) -> list[str]:
    """The tools and materials a definition's task statements name after "using", "with"
    and "such as" (see the module docstring)."""
    found: list[str] = []
    for cue in _CUE.finditer(text):
        found.extend(_listed(cue.group("list"), named=cue.group("cue") != "with"))
    return list(dict.fromkeys(found))


def lead_places(text: str) -> list[str]:
    """The places the lead statement (the text before the first colon) lists after its last
    "in"."""
    lead = text.split(":", 1)[0]
    places = list(_IN.finditer(lead))
    return _listed(places[-1].group("list")) if places else []


def designated_sectors(text: str) -> list[str]:
    """The industries a base title's bracket designates, abbreviated categories left out."""
    found = _DESIGNATION.match(text.strip())
    if found is None:
        return []
    return [part for raw in found.group("list").split(";")
            if (part := raw.strip()) and "." not in part and part.lower() not in _NO_SECTOR]


_SMALL = frozenset({"of", "and", "in", "the", "for", "to", "on"})


# Short words of English a shouted title may hold: any other word of two letters, or of three
# without a vowel, is an acronym ("QA", "HR", "IT", "XNK").
_SHORT_ENGLISH = frozenset({"a", "an", "as", "at", "by", "in", "of", "on", "or", "to", "up"})
_NO_VOWEL = re.compile(r"[B-DF-HJ-NP-TV-Z]{3}")


def shouted_word(word: str) -> str:
    """One word of a title printed in capitals, in title case: a short acronym stays upper
    case ("QA", "HR", "XNK"), each part of a hyphenated word is capitalised.

    >>> shouted_word("QA"), shouted_word("XNK"), shouted_word("SEWING-MACHINE"), shouted_word("BAR")
    ('QA', 'XNK', 'Sewing-Machine', 'Bar')
    """
    if (len(word) == 2 and word.isalpha() and word.lower() not in _SHORT_ENGLISH) or (
            _NO_VOWEL.fullmatch(word)):
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def base_title(title: str) -> str:
    """An upper-case base title in title case (see :func:`shouted_word`), its small words in
    lower case.

    >>> base_title("QA STAFF"), base_title("HEAD OF IT")
    ('QA Staff', 'Head of IT')
    """
    if not title.isupper():
        return title
    return " ".join(word.lower() if word.lower() in _SMALL and index else shouted_word(word)
                    for index, word in enumerate(title.split()))


def entry_aliases(text: str) -> list[str]:
    """Other names of the entry's occupation: its alternate titles, and a name it is known
    by in one setting."""
    found: list[str] = []
    alternate = _ALTERNATE.search(text)
    if alternate is not None:
        found.extend(t.strip() for t in alternate.group("list").split(";") if t.strip())
    found.extend(match.group("title") for match in _KNOWN_AS.finditer(text))
    return found


def crosswalk_title(text: str) -> str | None:
    """The crosswalked occupation a wage line names beside its code, or None."""
    if re.search(_SOC, text) is None:
        return None
    found = _CODE_TITLE.search(text) or _FIGURE_TITLE.search(text)
    return found.group("title").strip() if found else None
