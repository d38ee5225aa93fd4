"""The title of a job sheet printed in capitals near its top, with the sheet's other names
for it: "DRY LINER   (also called a Drylining Fixer or a Partition Fixer)", or a pathway
form's banner ">>> PATHWAY: WELDER / FABRICATION WELDER <<<", a handout's labelled box
"CAREER SNAPSHOT: COURT REPORTER", or a recruitment page's call "BECOME A PARAMEDIC —
Frequently Asked Questions".  Read only when no other signal names the role (before the file
name).

>>> sheet_title([(4, "DRY LINER   (also called a Board Fixer or a Stud Fixer)")],
...             lambda t: True)
('Dry Liner', 4, ('Board Fixer', 'Stud Fixer'))
>>> sheet_title([(5, ">>> PATHWAY: MACHINIST / CNC MACHINIST <<<")], lambda t: True)
('Machinist', 5, ('CNC Machinist',))
>>> sheet_title([(2, "Become a Prison Officer — FAQs")], lambda t: True)
('Prison Officer', 2, ())
>>> sheet_title([(30, "JOB PROFILE: TREE SURGEON")], lambda t: True)
('Tree Surgeon', 30, ())
>>> sheet_title([(2, "Become a member today")], lambda t: False) is None
True
>>> sheet_title([(1, "WHAT YOU DO (also called duties)")], lambda t: False) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.roles import title_case

__all__ = ["sheet_title"]

_CAPS_TITLE = r"[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,4}"
# "DRY LINER   (also called a Drylining Fixer or a Partition Fixer)"
_ALSO_CALLED = re.compile(rf"(?P<title>{_CAPS_TITLE})\s+\((?:also\s+called|also\s+known\s+as)"
                          r"\s+(?P<aliases>[^()]{2,80})\)")
# ">>> PATHWAY: WELDER / FABRICATION WELDER <<<" (a banner's label, then the titles)
_BANNER = re.compile(rf">{{2,}}\s*(?:[A-Z ]{{2,20}}:\s*)?(?P<title>{_CAPS_TITLE}"
                     rf"(?:\s+/\s+{_CAPS_TITLE})*)\s*<{{2,}}")
# "BECOME A POLICE CONSTABLE — Frequently Asked Questions", "Become a Paramedic: FAQs": a
# recruitment page's title is the post it recruits (the title's words are capitalised)
_BECOME = re.compile(r"(?i:becom(?:e|ing)\s+an?)\s+(?P<title>[A-Z][\w'’&-]*(?:\s+(?:of|and|"
                     r"[A-Z][\w'’&-]*)){0,4}?)\s*(?:[—–:|-]\s*.{0,60}|[!?.])?")
# "CAREER SNAPSHOT: COURT REPORTER", "JOB PROFILE: TREE SURGEON": a handout's labelled box,
# read further down the page (a lesson plan prints it after the teacher's notes)
_PROFILE_BOX = re.compile(rf"(?:CAREER|JOB|OCCUPATION)(?: (?:SNAPSHOT|PROFILE|SPOTLIGHT|"
                          rf"FOCUS|FILE|CARD))?:\s*(?P<title>{_CAPS_TITLE})")
_BOX_ROWS = 40
_ALIAS_SPLIT = re.compile(r",\s*|\s+or\s+")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_SHEET_ROWS = 12


def sheet_title(rows: Sequence[tuple[int, str]], is_title: Callable[[str], bool]
                ) -> tuple[str, int, tuple[str, ...]] | None:
    """The role a job sheet's capitals title names, its line and its other spellings, or
    None; ``is_title`` tells a role title from other words."""
    for at, (no, text) in enumerate(rows[:_BOX_ROWS]):
        stripped = text.strip()
        boxed = _boxed_title(stripped, at < _SHEET_ROWS)
        if boxed is not None:
            if is_title(boxed):
                return boxed, no, ()
            continue
        if at >= _SHEET_ROWS:
            continue
        called = _ALSO_CALLED.fullmatch(stripped)
        if called is not None:
            title = _words(called.group("title"))
            aliases = tuple(_ARTICLE.sub("", a).strip() for a in _ALIAS_SPLIT.split(
                called.group("aliases")) if a.strip())
        else:
            banner = _BANNER.fullmatch(stripped)
            if banner is None:
                continue
            title, *rest = [_words(t) for t in banner.group("title").split(" / ")]
            aliases = tuple(rest)
        if is_title(title):
            return title, no, aliases
    return None


def _boxed_title(line: str, top: bool) -> str | None:
    """The title a profile box names anywhere in reach, or a recruitment call at the top."""
    box = _PROFILE_BOX.fullmatch(line)
    if box is not None:
        return _words(box.group("title"))
    become = _BECOME.fullmatch(line) if top else None
    if become is None:
        return None
    title = become.group("title")
    return _words(title) if title.isupper() else title


def _words(text: str) -> str:
    """Capitals in Title Case, a short form without vowels kept ("CNC MACHINIST": "CNC
    Machinist"; "DRY LINER": "Dry Liner")."""
    return " ".join(word if word.isalpha() and not _VOWELS & set(word)
                    else title_case(word.lower()) for word in text.split())


_VOWELS = frozenset("AEIOUY")
