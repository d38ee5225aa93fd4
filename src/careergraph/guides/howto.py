"""A how-to wiki's "How to become" article read step by step.

Each step opens with its heading, an imperative sentence ("Work as a labourer or tiler's
assistant first.", "Move up to Library Technician."), and goes on with its text.  The headings
are duties; what they state about the path is read here, with the cue phrases kept as data
(``page_families.howtosteps`` in ``data/headings.yaml``):

- a ``feeder_steps`` heading ("Work as a A or B") names jobs people start in: they lead to the
  rung a later ``rung_steps`` heading names ("Move up to C"), else into the role itself;
- a ``rung_steps`` heading names a rung below the role (it leads to the role);
- people who "start here too" or "also make the switch" (``joiners``) move into the rung of
  their step, else into the role;
- the step texts' tools, techniques and subjects after a ``skill_cues`` phrase ("A tiler
  uses A, B and C", "Choose electives in A, B and C") are skills, read by the grammar of
  :func:`careergraph.guides.skill_cues.cued_skills`.

>>> steps = howto_steps([(1, "Work as a baker's assistant first. You learn the ovens."),
...     (2, "Move up to Line Baker. Former cooks start here too."),
...     (3, "Learn the trade. A baker uses a proofer, a deck oven and a dough sheeter.")])
>>> steps.edges
[("Baker's Assistant", 'Line Baker', 1), ('Cook', 'Line Baker', 2)]
>>> steps.rungs, steps.skills
([('Line Baker', 2)], [('proofer', 3), ('deck oven', 3), ('dough sheeter', 3)])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from careergraph.guides.heading_data import phrase_alternation
from careergraph.guides.headings import bundled_section
from careergraph.guides.roles import singular_title, title_case
from careergraph.guides.skill_cues import cued_skills
from careergraph.guides.text import split_sentences

__all__ = ["HowtoSteps", "howto_steps", "listed_titles"]

_MAX_TITLE_WORDS = 4
_PARTS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# Words before the people a sentence names ("Many former teachers …"): no part of a title.
_QUANTIFIERS = re.compile(r"^(?:(?:many|most|some|several|plenty of|lots of|a lot of|other|"
                          r"former|ex-|experienced)\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class _Cues:
    feeders: re.Pattern[str]
    rungs: re.Pattern[str]
    joiners: re.Pattern[str]
    skills: tuple[str, ...]


@cache
def _cues() -> _Cues:
    raw = bundled_section("page_families").get("howtosteps") or {}

    def alternation(key: str) -> str:
        return phrase_alternation(str(c) for c in raw.get(key) or ()) or "(?!)"

    return _Cues(
        re.compile(rf"^(?:{alternation('feeder_steps')})\s+(?P<titles>[^.!?]+?)"
                   r"(?:\s+first)?[.!]?$", re.IGNORECASE),
        re.compile(rf"^(?:{alternation('rung_steps')})\s+(?P<titles>[^.!?]+?)[.!]?$",
                   re.IGNORECASE),
        re.compile(rf"^(?P<titles>[^.!?]+?)\s+(?:{alternation('joiners')})\b", re.IGNORECASE),
        tuple(str(c) for c in raw.get("skill_cues") or ()))


@dataclass
class HowtoSteps:
    """What an article's steps state: moves between titles, rungs, skills."""

    #: ``(from, to, line)``: a feeder into a rung the steps name.
    edges: list[tuple[str, str, int]] = field(default_factory=list)
    #: Rungs below the role ("Move up to Library Technician"): each leads to the role.
    rungs: list[tuple[str, int]] = field(default_factory=list)
    #: Titles that move into the role itself (no rung stated between).
    moves_in: list[tuple[str, int]] = field(default_factory=list)
    skills: list[tuple[str, int]] = field(default_factory=list)


def listed_titles(phrase: str) -> list[str]:
    """The titles a phrase lists ("a Library Page or Library Assistant", "builders'
    labourers and flooring installers"), each in Title Case and the singular; none when a
    part is no short name.

    >>> listed_titles("many former teachers and bookstore managers")
    ['Teacher', 'Bookstore Manager']
    """
    found: list[str] = []
    for part in _PARTS.split(_QUANTIFIERS.sub("", phrase.strip())):
        part = _QUANTIFIERS.sub("", _ARTICLE.sub("", part.strip()))
        words = part.split()
        if not 0 < len(words) <= _MAX_TITLE_WORDS or any(c.isdigit() for c in part):
            return []
        found.append(title_case(singular_title(part)))
    return found


def howto_steps(lines: Sequence[tuple[int, str]]) -> HowtoSteps:
    """The path and skills of an article's steps (``lines``: number and text, chrome gone)."""
    cues, steps = _cues(), HowtoSteps()
    pending: list[tuple[str, int]] = []  # feeders waiting for the rung they lead to
    rung: str | None = None
    for no, text in lines:
        sentences = split_sentences(text.strip())
        if not sentences:
            continue
        head = sentences[0].strip()
        if (feeder := cues.feeders.match(head)) is not None and (
                titles := listed_titles(feeder.group("titles"))):
            pending, rung = [(title, no) for title in titles], None
        elif (up := cues.rungs.match(head)) is not None and len(
                titles := listed_titles(up.group("titles"))) == 1:
            rung = titles[0]
            steps.rungs.append((rung, no))
            steps.edges += [(title, rung, line) for title, line in pending]
            pending = []
        for sentence in sentences:
            joined = cues.joiners.match(sentence.strip())
            people = listed_titles(joined.group("titles")) if joined is not None else []
            if rung is not None:
                steps.edges += [(person, rung, no) for person in people]
            else:
                steps.moves_in += [(person, no) for person in people]
            steps.skills += [(name, no) for name in cued_skills(sentence, cues.skills)]
    steps.moves_in += pending
    return steps
