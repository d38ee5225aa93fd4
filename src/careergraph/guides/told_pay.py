"""Whose pay a sentence of an advice column or a letter states, when it is not the role's.

A careers column's reader gives his own job with his pay ("I'm 38, a scaffolder in Perth on
$52 an hour"); the columnist gives the pay of a stage on the way in ("a season or two as a
dive tender (diver's attendant) on the surface at $38–$44 an hour"), of a post above with
its figure in brackets ("step up to Dive Supervisor (around $1,900 a day)") and of a
specialised track named as the sentence's subject ("The saturation divers you read about
earn $2,400 a day").  Each names the title right before the figure; the caller decides
whether that title is the page's own role (at a level) or another job.

>>> told_owner("I'm 38, a scaffolder in Perth on ", lambda t: t == "Scaffolder")
'Scaffolder'
>>> told_owner("good divers step up to Dive Supervisor (around ", lambda t: True)
'Dive Supervisor'
>>> told_owner("I have been a bus driver for 9 years and make ", lambda t: t == "Bus Driver")
'Bus Driver'
>>> told_owner("I'm currently a Shift Manager, on ", lambda t: t == "Shift Manager")
'Shift Manager'
>>> told_owner("cook here, we start on about ", lambda t: t == "Cook")
'Cook'
>>> told_owner("I'm a grain elevator inspector, we make ", lambda t: t.endswith("Inspector"))
'Grain Elevator Inspector'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.roles import singular_title, title_case

__all__ = ["told_owner"]

_ABOUT = r"(?:about\s+|around\s+|roughly\s+|some\s+)?"
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_OWN_PAY = r"(?:make|earn|get|take\s+home|(?:are|am)\s+on|start(?:ed)?\s+(?:on|at))"
_TITLE_WORDS = 3  # words at the start of a span tried as a title, longest first
# Spans whose first words name the title (tried as prefixes): the writer's own job ("I'm
# 38, a scaffolder in Perth on"), a stage spent as a title ("as a dive tender on the surface
# at", brackets left out).
_SPANS = (
    # ("I'm currently a Team Leader, on": the job as the page capitalises it)
    re.compile(rf"\bI(?:'m|’m|\s+am)\s+(?:\d{{2}},\s+)?(?:currently\s+|now\s+)?an?\s+"
               rf"([A-Za-z][\w' -]{{2,60}}?),?\s+(?:on|at)\s+{_ABOUT}$"),
    # The job held for a while ("I have been a call centre agent for 10 years and make",
    # "Been a groundman for a line contractor for 8 months,"): its pay follows.
    re.compile(rf"(?:\bI(?:'ve|’ve|\s+have)\s+been|^\s*Been)\s+an?\s+([a-z][\w' -]{{2,60}}?)"
               rf"\s+for\s+[^.;:]{{1,60}}?(?:,\s*|\s+and\s+(?:make|earn|get|take home)\s+"
               rf"{_ABOUT})$"),
    re.compile(rf"\bas\s+an?\s+([a-z][a-z' -]{{2,60}}?)\s+(?:at|on)\s+{_ABOUT}$"),
    # a life story's first job, what it was spent doing, then its wage ("went to a mill as a
    # bobbin boy, sweeping floors for £2 a week")
    re.compile(rf"\bas\s+an?\s+([a-z][a-z' -]{{2,60}}?),\s+[a-z]+ing\b[^.;:]{{0,80}}?\s+"
               rf"for\s+(?:an?\s+(?:wage|pay)\s+of\s+)?{_ABOUT}$"),
    # A reply's writer giving their own job, then what "we" make there ("deckhand here, we
    # start on about"; "I'm an RF engineer at a carrier, we make" is a whole title below).
    re.compile(rf"^\s*([A-Za-z][\w' -]{{2,40}}?)\s+here,?\s+(?:we|I)\s+{_OWN_PAY}\s+{_ABOUT}$"),
)
# Whole titles: one with its figure in brackets ("step up to Dive Supervisor (around"), a
# plural subject with a relative clause ("The saturation divers you read about earn").
_WHOLE = (
    re.compile(r"\b(?:to|as|become|becomes)\s+(?:an?\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
               r"\s*\((?:around|about|roughly|on|at|paid|earning)?\s*$"),
    re.compile(rf"^(?:the\s+)?([a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}s)\s+"
               r"(?:(?:you|we|they|who|that)\s+[^,;]{1,30}?\s+)?"
               rf"(?:earn|make|are\s+on|take)\s+{_ABOUT}$", re.IGNORECASE),
    # (carry36) a title's posts and what they pay ("Our Clinical Nurse Manager posts pay",
    # "(Recovery Coordinator posts are advertised at"): that title's figure
    re.compile(r"^[(\s]*(?:(?:our|the|its|their)\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s+"
               r"(?:posts|roles|jobs|positions|vacancies)\s+(?:pay|are\s+paid|are\s+advertised\s+at"
               rf"|were\s+advertised\s+at|are\s+graded\s+at|start\s+(?:on|at))\s+{_ABOUT}$",
               re.IGNORECASE),
    # A named colleague's pay in a post ("Mr Lund's salary as Crane Supervisor was"): that
    # post's figure.
    re.compile(r"\b(?:salary|pay|wage|rate|earnings)\s+as\s+(?:an?\s+|the\s+)?"
               r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s+(?:was|is|were|of)\s+"
               rf"{_ABOUT}$"),
    # A replier's own job before what "we" make ("I'm an RF engineer at a carrier, we make
    # $95k-ish"): the whole title, however long, ends at its place or the comma.
    re.compile(r"\bI(?:'m|’m|\s+am)\s+an?\s+([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4}?)"
               r"(?:\s+(?:at|in|with|for|on)\s+[^,.;]{1,40})?,\s*(?:and\s+)?(?:we|I)\s+"
               rf"(?:{_OWN_PAY}|pull\s+in)\s+{_ABOUT}$"),
)

# A sentence about a short form's holders that ends in what their job pays ("PSOs manage
# lower-risk cases, and the job pays around"): the title the short form stands for.
_SHORT_SUBJECT = re.compile(rf"^([A-Z]{{2,6}})s\s+[^.;]*?\b(?:the\s+(?:job|role|post)|it|they)"
                            rf"\s+(?:pays?|earns?|are\s+paid)\s+{_ABOUT}$")


def told_owner(clause: str, is_title: Callable[[str], bool],
               expand: Callable[[str], str | None] = lambda _: None) -> str | None:
    """The title ``clause`` (a sentence up to its figure) gives the figure to, singular and in
    Title Case, when ``is_title`` knows it; else None.

    >>> told_owner("Most new divers spend a season as a dive tender on the surface at ",
    ...            lambda t: t.endswith("Tender"))
    'Dive Tender'
    >>> told_owner("The saturation divers you read about earn ", lambda t: True)
    'Saturation Diver'
    >>> told_owner("Once you're diving, commercial divers are on ", lambda t: True) is None
    True
    >>> told_owner("(Kennel Supervisor posts are advertised at ", lambda t: True)
    'Kennel Supervisor'

    ``expand`` spells a short form the page defines ("PSO" -> "Probation Services Officer"):

    >>> told_owner("PSOs write short reports, and the job pays around ", lambda t: True,
    ...            {"PSO": "Probation Services Officer"}.get)
    'Probation Services Officer'
    """
    short = _SHORT_SUBJECT.search(clause.strip() + " ")
    spelled = expand(short.group(1)) if short else None
    if spelled and is_title(spelled):
        return spelled
    for pattern in _WHOLE:
        match = pattern.search(clause)
        title = title_case(singular_title(match.group(1).strip())) if match else ""
        if title and is_title(title):
            return title
    bare = _BRACKETS.sub("", clause) if "(" in clause else clause
    for pattern in _SPANS:
        match = pattern.search(bare)
        words = match.group(1).split() if match else []
        for size in range(min(len(words), _TITLE_WORDS), 0, -1):
            title = title_case(singular_title(" ".join(words[:size])))
            if is_title(title):
                return title
    return None
