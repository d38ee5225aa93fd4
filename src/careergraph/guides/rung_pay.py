"""Pay rows labelled by a rung of the page's own ladder.

A page that prints its career path as an arrow chain ("ground hand → climber → lead tech →
crew foreman") and its pay as rows labelled by those rungs ("Crew foreman: $42/hr and up")
says who each row is for, though the lexicon may not know the rung's title.  A rung that
opens with a grade word ("Lead tech", "Junior stew") is the role at a level, and a rung
naming the role is the role's own: the caller keeps those as the role's pay.

>>> rungs = ladder_rungs("Path: junior stew → second stew → chief stew → purser (big boats).")
>>> sorted(rungs)
['chief stew', 'junior stew', 'purser', 'second stew']
>>> rung_owner("Chief stews:", rungs), rung_owner("Junior stew", rungs), rung_owner("Tips", rungs)
('Chief Stew', None, None)
"""

from __future__ import annotations

import re

from careergraph.guides.roles import singular_title, title_case

__all__ = ["ladder_rungs", "row_rungs", "rung_asides", "rung_owner"]

# An arrow between two rungs (not ">", which also compares figures).
_ARROW = re.compile(r"\s*(?:→|->|⟶|➔)\s*")
# The characters an _ARROW match needs one of: a line holding none (its asides cut out or
# not: a cut adds no character) splits into one part, so it is not split at all.
_ARROW_CHARS = ("→", ">", "⟶", "➔")
_ASIDE = re.compile(r"\s*\([^()]*\)")  # "purser (on bigger boats)"
# (carry37) A rung and the pay grade its bracket names ("Professor (professorial band)").
_RUNG_ASIDE = re.compile(r"(?P<rung>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3})\s*"
                         r"\((?P<aside>[^()]*\b(?i:band|grade|scale|level)\b[^()]*)\)")
_SENTENCE_END = re.compile(r"[.;!?]\s.*$|[.;!?]$|\s[-–—]\s.*$")
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+or\s+")
_RUNG_WORDS = 6  # ((fixes98) six: "Head of the sales office" is one rung of five words)
_MIN_ARROWS = 2  # a chain of three rungs or more: a ladder, not one move
# Words that make a rung the role at a level rather than a title of its own.
# (fixes63) A row of a career path printed one rung a line, its pay after a dash ("Tutor —
# $14.78–$16.42/hr"); the reader has cut a "STEP 1 ·" mark before it.
_PAY_ROW = re.compile(r"^(?P<title>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+[—–]\s+"
                      r"(?:[$£€₹]\s?)?\d")
_MIN_ROWS = 3  # three rows or more, one of them the role's: a ladder, not a pay note
_CLASS_SUFFIXES = (" class", " level")  # a translated pay label's "X class" (X-kyu)
_GRADE_WORDS = frozenset({"junior", "senior", "lead", "trainee", "apprentice", "graduate",
                          "intern", "entry-level", "jr", "sr", "jr.", "sr."})


def ladder_rungs(page: str) -> frozenset[str]:
    """The rungs (lower case, singular) of the arrow ladders ``page`` prints, one chain a
    line with two arrows or more; a lead-in before a colon and asides in brackets go.

    >>> sorted(ladder_rungs("Ladder: Ground hand -> climber -> crew foreman. Then more."))
    ['climber', 'crew foreman', 'ground hand']
    >>> ladder_rungs("From nurse → manager"), ladder_rungs("Home > Careers > Nurse")
    (frozenset(), frozenset())
    >>> sorted(ladder_rungs("The track: Tutor > Lecturer > Reader"))
    ['lecturer', 'reader', 'tutor']
    """
    rungs: set[str] = set()
    if not any(char in page for char in _ARROW_CHARS):
        return frozenset()  # (most pages: no arrow, no ladder)
    for line in page.splitlines():
        if not any(char in line for char in _ARROW_CHARS):
            continue
        parts = _ARROW.split(_ASIDE.sub("", line))
        if len(parts) <= _MIN_ARROWS and ":" in line.split(" > ", 1)[0]:
            parts = _ASIDE.sub("", line).split(" > ")  # (carry37) "The track: A > B > C"
        if len(parts) <= _MIN_ARROWS:
            continue
        parts[0] = parts[0].rsplit(":", 1)[-1]
        parts[-1] = _SENTENCE_END.sub("", parts[-1])
        for part in parts:
            for name in _ALTERNATIVES.split(part.strip()):
                words = name.split()
                if 0 < len(words) <= _RUNG_WORDS and all(w.replace("-", "").isalpha()
                                                         for w in words):
                    rungs.add(singular_title(name.lower()))
    return frozenset(rungs)


def rung_asides(page: str) -> dict[str, str]:
    """(carry37) The pay grades the rungs of ``page``'s arrow ladders name in brackets,
    lower case, each mapped to its rung (lower case, singular): a pay row labelled by the
    grade alone ("Professorial band | minimum £64,000") is that rung's.

    >>> rung_asides("Path: Lecturer (Grade 7) → Reader (Grade 9) → Professor (professorial band)")
    {'grade 7': 'lecturer', 'grade 9': 'reader', 'professorial band': 'professor'}
    >>> rung_asides("Lecturer (Grade 7) and Reader (Grade 9)")
    {}
    """
    asides: dict[str, str] = {}
    if not any(char in page for char in _ARROW_CHARS):
        return asides
    for line in page.splitlines():
        if "(" not in line or len(_ARROW.split(_ASIDE.sub("", line))) <= _MIN_ARROWS:
            continue
        for part in _ARROW.split(line.rsplit(":", 1)[-1] if ":" in line.split("(", 1)[0]
                                 else line):
            match = _RUNG_ASIDE.search(part)
            if match is not None:
                asides[match.group("aside").strip().lower()] = singular_title(
                    match.group("rung").strip().lower())
    return asides


def row_rungs(page: str, role: str) -> frozenset[str]:
    """The rungs (lower case, singular) of a run of three or more "Title — figure" lines of
    ``page`` one of which is ``role``'s own: the career path printed a rung a row, each
    rung with its pay ("Crew Member — $12/hr", "Shift Lead — $15/hr", "Store Manager — …").

    >>> sorted(row_rungs("Crew Member — $12/hr\\nShift Lead — $15/hr\\nStore Manager — $50,000"
    ...                  "\\nWhat we offer", "Store Manager"))
    ['crew member', 'shift lead', 'store manager']
    >>> row_rungs("Entry — $12/hr\\nMedian — $15/hr\\nTop — $19/hr", "Store Manager")
    frozenset()
    """
    own = singular_title(role.lower())
    rungs: set[str] = set()
    run: list[str] = []
    for line in [*page.splitlines(), ""]:
        match = _PAY_ROW.match(line.strip())
        if match is not None:
            run.append(singular_title(match.group("title").lower()))
            continue
        if len(run) >= _MIN_ROWS and own in run:
            rungs.update(run)
        run = []
    return frozenset(rungs)


def rung_owner(label: str, rungs: frozenset[str], *, graded: bool = False) -> str | None:
    """The title (Title Case) a pay row's ``label`` names when it is one of ``rungs`` and
    opens with no grade word; None otherwise.  ``graded``: a rung opening with a grade word
    too ("senior chef de partie" on a kitchen's ladder; the caller tells it from the role's
    own level, rules37b).

    >>> rungs = frozenset({"commis", "senior chef de partie", "sous chef"})
    >>> rung_owner("senior chef de partie", rungs), rung_owner("senior chef de partie", rungs,
    ...                                                         graded=True)
    (None, 'Senior Chef De Partie')
    """
    key = singular_title(label.strip(" :–—-").lower())
    label_part = key.split(": ", 1)[0] if ": " in key else key
    if key not in rungs and label_part.endswith(_CLASS_SUFFIXES):
        # (fixes71) "Master lacquerer class: annual income of": the rung at its class
        key = label_part.rsplit(" ", 1)[0]
    if key not in rungs and key.endswith("s"):
        key = key[:-1]  # ("chief stews": a plural the singular form leaves as written)
    if key not in rungs or (key.split()[0] in _GRADE_WORDS and not graded):
        return None
    return title_case(key)
