"""The subjects an examination tests, listed after a colon and parted by semicolons.

A civil service's examination notice names what its written test or its interview covers
("The test may include questions on: the X Code; A and B; C (Tool); written communication;
and other related areas", "assesses knowledge of: A; B; C"): each subject is a skill the
title needs.  A subject is kept whole unless it joins two phrases of two words or more ("door
operators and safety circuits" gives two); a tool in a bracket after a subject is a skill too
("shelter database (Chameleon)"), any other bracket ("(Phase I and Phase II)") is dropped.

>>> exam_subjects("The test may include questions on: the Harbour Code; winch and "
...               "capstan handling; mooring lines and fender checks; log software (Tidely); "
...               "radio procedure (VHF and DSC); and other related areas.")[:4]
['Harbour Code', 'winch and capstan handling', 'mooring lines', 'fender checks']
>>> exam_subjects("Questions on: knots; log software (Tidely); radio procedure (VHF and DSC)")
['knots', 'log software', 'Tidely', 'radio procedure']
>>> exam_subjects("Bring: a pen; a photo ID; your notice.")
[]
"""

from __future__ import annotations

import re

__all__ = ["exam_subjects"]

# What a test covers, then a colon: its list of subjects follows.
_CUE = re.compile(r"\b(?:questions\s+on|knowledge\s+of|tested\s+on|examined\s+on|"
                  r"test\s+subjects|examination\s+subjects)\s*:\s*", re.IGNORECASE)
_MIN_SUBJECTS = 3
_LIST_END = re.compile(r"\.(?:\s|$)")
_REST = re.compile(r"^(?:and\s+)?(?:other\s+)?related\s+(?:areas|subjects|matters)$",
                   re.IGNORECASE)
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)$")
_TOOL = re.compile(r"[A-Z][\w+.-]*")  # a product's name: one capitalised word
_PAIR = re.compile(r"^(?P<left>\S+\s+\S+(?:\s+\S+)?)\s+and\s+(?P<right>\S+\s+\S+(?:\s+\S+)?)$")


def exam_subjects(text: str) -> list[str]:
    """The subjects a test's list in ``text`` names, in order; [] for no such list."""
    cue = _CUE.search(text)
    if cue is None:
        return []
    end = _LIST_END.search(text, cue.end())
    parts = [part.strip() for part in text[cue.end(): end.start() if end else None].split(";")]
    if len(parts) < _MIN_SUBJECTS:
        return []
    subjects: list[str] = []
    for part in parts:
        part = re.sub(r"^(?:and|or)\s+", "", part)
        part = re.sub(r"^the\s+", "", part, flags=re.IGNORECASE)
        if not part or _REST.match(part):
            continue
        bracket = _BRACKET.search(part)
        tool = None
        if bracket is not None:
            part = part[: bracket.start()]
            inner = bracket.group("inner").strip()
            tool = inner if _TOOL.fullmatch(inner) else None
        pair = _PAIR.match(part)
        subjects += [pair.group("left"), pair.group("right")] if pair else [part]
        if tool is not None:
            subjects.append(tool)
    return subjects
