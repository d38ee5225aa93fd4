"""Titles a sentence names as where the role's people come from, written before the verb.

Most moves-in triggers come before their titles ("came from A or B"); two sentences put the
titles first or around a noun:

- a salary portal's career paragraph: "Many agricultural technicians who graduate in
  Agronomy enter the profession this way" (the technicians come into the role);
- a vacancy's welcome: "We welcome applicants from welder or fitter backgrounds" (people in
  those jobs apply);
- a training programme's intake: "Applicants are final-year nursing students applying
  through …" (the students come in; the year of study is no part of the title).

Only names that read as role titles are kept (``is_title``, on the singular title-cased
name): "applicants from electrical or plumbing backgrounds" names trades' fields, no title.

>>> titled = lambda name: name.endswith(("Technician", "Welder", "Fitter"))
>>> entry_titles("Many agricultural technicians who graduate in Agronomy enter the "
...              "profession this way.", titled)
['Agricultural Technician']
>>> entry_titles("We welcome applicants from welder and pipe fitter backgrounds.", titled)
['Welder', 'Pipe Fitter']
>>> entry_titles("Applicants from electrical or plumbing backgrounds are welcome.", titled)
[]
>>> entry_titles("Applicants are final-year vet technicians applying in spring.", titled)
['Vet Technician']
>>> entry_titles("Applicants are third-year dental students.", titled)
['Dental Student']
>>> entry_titles("Field Technicians (Civil) with site experience are encouraged to apply.",
...              titled)
['Field Technician (Civil)']
>>> entry_titles("Colleagues in Welder or Pipe Fitter posts are also welcome to apply.", titled)
['Welder', 'Pipe Fitter']
>>> entry_titles("Many applicants come from trades (pipe fitters, welders).", titled)
['Pipe Fitter', 'Welder']
>>> entry_titles("Pipe Fitters within the Port would be eligible to apply as lateral "
...              "transfers.", titled)
['Pipe Fitter']
>>> entry_titles("We take people from hotel and cafe kitchens (Pipe Fitter, Welder).", titled)
['Pipe Fitter', 'Welder']
>>> entry_titles("Jo was a lab technician before dental school.", titled)
['Lab Technician']
>>> entry_titles("Many came offshore from onshore work as pipe fitters; others stayed.",
...              titled)
['Pipe Fitter']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.roles import singular_title, title_case
from careergraph.guides.text import split_items

__all__ = ["entry_titles", "joined_titles"]

_ENTERED = re.compile(r"\b(?:Many|Most|Some)\s+(?P<titles>[a-z][\w' ,-]{2,120}?)"
                      r"(?:\s+who\s[^.;]{1,80}?)?\s+(?:enter|entered|join|joined)\s+the\s+"
                      r"(?:profession|occupation|field|trade|career)\s+this\s+way\b")
# A programme's intake: "Applicants are final-year nursing students applying through …".
_APPLICANTS_ARE = re.compile(r"\b(?:Applicants|Candidates|Entrants)\s+(?:are|must\s+be)\s+"
                             r"(?:usually\s+|typically\s+|mostly\s+)?(?:(?:first|second|third|"
                             r"fourth|fifth|final|last)[- ]year\s+)?"
                             r"(?P<titles>[a-z][\w' ,-]{2,80}?)(?=\s+(?:matching|who|with|from|"
                             r"in|at|applying|through|entering|and\s+[a-z]+ing)\b|[.;:]|$)")
# (rules35c) "many applicants come from nursing (ICU nurses)": the jobs in the bracket after
# the field the applicants come from.
# (rules40a) … and an employer's intake told the same way: "We take people from restaurant
# and pub kitchens (Commis Chef, Line Cook)", "we recruit from hotel kitchens (…)".
_COME_FROM = re.compile(r"\b(?:(?:applicants|entrants|candidates|students|trainees)\s+"
                        r"(?:usually\s+|often\s+|mostly\s+)?come\s+from\s+[a-z]+(?:\s+[a-z]+)?"
                        r"|[Ww]e\s+(?:also\s+)?(?:take|recruit|hire)\s+(?:(?:people|staff|"
                        r"applicants|candidates)\s+)?from\s+[a-z]+(?:\s+[a-z]+){0,4})"
                        r"\s+\((?P<titles>[A-Za-z][\w' ,-]{2,80}?)\)")
# (rules35c) Groups who joined in other posts: "Other Site Managers joined us as Assistant
# Managers from quick-service restaurants or as Service Advisors from auto dealerships" (each
# plural title moves in; one person's "joined us as a X" is a told career's first rung).
_GROUP_TITLE = r"[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}s"
_JOINED_AS = re.compile(rf"\bjoined\s+us\s+as\s+(?P<titles>{_GROUP_TITLE})\b"
                        rf"(?:\s+from\s+(?:(?!,?\s+or\s+as\b)[^.;]){{1,60}})?"
                        rf"(?:,?\s+or\s+as\s+(?P<more>{_GROUP_TITLE})\b)?")
# A speaker's or a worker's job before the role's training: "Brianna was a respiratory
# therapist before perfusion school", "had been a paramedic before retraining".
_WAS_BEFORE = re.compile(r"\b(?:was|had\s+been|worked\s+as)\s+an?\s+(?P<titles>[a-z][\w' -]{2,50}?)"
                         r"\s+before\s+(?:[a-z]+\s+){0,2}(?:school|training|retraining|course)\b")
# (carry44) A group's earlier trade told by where its work was: "Many came offshore from
# onshore work as industrial electricians", "Most came to us from hospital work as porters"
# (work only: "from jobs as Xs" is read by the earlier-jobs reader).
_CAME_FROM_WORK = re.compile(r"\b(?:came|come|moved|switched)\s+(?:[a-z]+\s+){0,2}?from\s+"
                             r"(?:[a-z-]+\s+){0,3}?work\s+as\s+(?:(?:an?|the)\s+)?"
                             r"(?P<titles>[A-Za-z][\w' -]{2,60}?)(?=\s*(?:[.;,:)]|$|\s+(?:and|or|"
                             r"before|first|then|in|at|for|with)\b))")
_BACKGROUNDS = re.compile(r"\bapplicants\s+from\s+(?P<titles>[\w' ,-]{2,160}?)\s+backgrounds?\b",
                          re.IGNORECASE)


# An internal notice's invited grades, titles first: "Technical Officers (Civil) with
# maintenance experience are encouraged to apply", "Colleagues in A or B posts are also
# welcome to apply" (people holding those posts apply to act in the role).
_INVITED = re.compile(r"(?:^|[.;!]\s+)(?:(?:Colleagues|Staff|Employees|Officers|Those|People)\s+"
                      r"(?:in|holding)\s+)?(?P<titles>[A-Z][\w' ,()/&-]{2,160}?)"
                      r"(?:\s+(?:posts|roles|positions|grades))?"
                      r"(?:\s+(?:with|who|from|at)\s[^.;]{1,80}?)?\s+are\s+(?:also\s+|particularly\s+|"
                      r"especially\s+|strongly\s+)?(?:encouraged|welcome|invited)\s+to\s+apply\b")
# (rules35c) A staff report's "Construction Inspectors and Water Quality Technicians within
# the City would be eligible to apply as lateral transfers": people in those posts move in.
_TRANSFERS = re.compile(r"(?:^|[.;!]\s+)(?P<titles>[A-Z][\w' ,&-]{2,120}?)(?:\s+(?:within|in|at|"
                        r"from)\s[^.;]{1,40}?)?\s+(?:would|will|may|are|is|could)\s+(?:also\s+)?"
                        r"(?:be\s+)?eligible\s+to\s+apply\s+as\s+lateral\s+transfers?\b")
_BRACKETED_STREAM = re.compile(r"\s*\([^()]{1,30}\)$")  # "Technical Officers (Civil)"


def _invited_name(item: str) -> str:
    """One invited title as a singular in Title Case, its stream in brackets kept after it
    ("Technical Officers (Civil)" -> "Technical Officer (Civil)")."""
    stream = _BRACKETED_STREAM.search(item)
    if stream is None:
        return title_case(singular_title(item))
    return title_case(singular_title(item[:stream.start()])) + stream.group()


def entry_titles(text: str, is_title: Callable[[str], bool]) -> list[str]:
    """The titles ``text`` names as the role's people's earlier jobs (see above)."""
    found: list[str] = []
    for pattern in (_ENTERED, _BACKGROUNDS, _APPLICANTS_ARE, _COME_FROM, _WAS_BEFORE,
                    _CAME_FROM_WORK):
        for match in pattern.finditer(text):
            names = [title_case(singular_title(item.strip()))
                     for item in split_items(match.group("titles"))]
            # (an intake's students are people on their way in: "Medical Student")
            if names and all(is_title(name) or (pattern is _APPLICANTS_ARE and name.endswith(
                    " Student")) for name in names):
                found.extend(name for name in names if name not in found)
    for match in [*_INVITED.finditer(text), *_TRANSFERS.finditer(text)]:
        names = [_invited_name(item.strip()) for item in split_items(match.group("titles"))]
        if names and all(is_title(_BRACKETED_STREAM.sub("", name)) for name in names):
            found.extend(name for name in names if name not in found)
    return found


def joined_titles(text: str, is_title: Callable[[str], bool]) -> list[str]:
    """The posts groups "joined us as" ("… joined us as Assistant Managers from restaurants or
    as Service Advisors"), each title singular.

    >>> joined_titles("Others joined us as Pipe Fitters from shipyards or as Welders.",
    ...               lambda name: name.endswith(("Fitter", "Welder")))
    ['Pipe Fitter', 'Welder']
    """
    found: list[str] = []
    for match in _JOINED_AS.finditer(text) if "joined us as " in text else ():
        names = [title_case(singular_title(group)) for group in match.groups() if group]
        if all(is_title(name) for name in names):
            found.extend(name for name in names if name not in found)
    return found
