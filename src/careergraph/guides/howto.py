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
  :func:`careergraph.guides.skill_cues.cued_skills`;
- "kinds like A, B and C" (``example_cues``) names employers of a kind of workplace, "A, B
  and C also hire Xs" (``hire_verbs``, Xs the role) and "A and B are the two big markets"
  (``market_nouns``) kinds of workplace.

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
from careergraph.guides.text import split_items, split_sentences

__all__ = ["HowtoSteps", "howto_steps", "listed_titles"]

_MAX_TITLE_WORDS = 4
# A name's words: capitalised, with the small words inside names ("Kauri Tile & Stone").
_NAME_RUN = re.compile(r"(?:the\s+)?[A-ZĀ-Ż][\wā-ž'’.-]*(?:\s+(?:[A-ZĀ-Ż][\wā-ž'’.-]*|&|of|and|de)"
                       r"(?=\s+[A-ZĀ-Ż]|$)|\s+[A-ZĀ-Ż][\wā-ž'’.-]*)*")
_CLAUSES = re.compile(r",?\s+and\s+(?=at\s|in\s|with\s)")
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
    examples: re.Pattern[str]
    lead_verb: re.Pattern[str]
    hirers: re.Pattern[str]
    markets: re.Pattern[str]


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
        tuple(str(c) for c in raw.get("skill_cues") or ()),
        # "tiling contractors like A, B and C": a kind of workplace, then its names
        re.compile(r"(?P<kind>(?:\b[A-Za-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\s+"
                   rf"(?:{alternation('example_cues')})\s+(?:the\s+)?(?P<names>[A-Z].*)$"),
        # "Look at tiling contractors", "Try fabrication shops": the verb before the kind
        re.compile(rf"^(?:(?:{alternation('lead_verbs')})\s+)?(?:at\s+|to\s+)?(?:the\s+)?",
                   re.IGNORECASE),
        # "Universities, community colleges and law firms also hire librarians"
        re.compile(rf"^(?P<kinds>[A-Z][^.;:]*?)\s+(?:also\s+)?(?:{alternation('hire_verbs')})"
                   r"\s+(?P<whom>[a-z][\w -]*)"),
        # "Residential renovation and commercial fit-out are the two big markets"
        re.compile(rf"^(?P<kinds>[A-Z][^.;:]*?)\s+are\s+the\s+(?:\w+\s+){{0,2}}"
                   rf"(?:{alternation('market_nouns')})\b"))


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
    employers: list[tuple[str, int]] = field(default_factory=list)
    sectors: list[tuple[str, int]] = field(default_factory=list)


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


def _names(phrase: str) -> list[str]:
    """The names a list after "like" gives, up to the first item that is no name ("A, B and
    C, and at large firms …"; "… and C post openings …" ends C at its verb)."""
    found: list[str] = []
    for item in split_items(phrase):
        run = _NAME_RUN.match(item.strip())
        if run is None:
            break
        found.append(run.group().strip().rstrip("."))
        if run.end() < len(item.strip()):
            break
    return found


def _kinds(phrase: str, *, titled: bool = False) -> list[str]:
    """Kinds of workplace a sentence's subject lists, each a short lower-case phrase (or, in
    a frame that says they are markets, ``titled``, a Title Case one: "Real Estate")."""
    items = [_ARTICLE.sub("", item.strip()) for item in split_items(phrase)]
    # (one item is enough where the frame says it is a market: "Legal Services are the big
    # markets")
    if len(items) < (1 if titled else 2) or not all(
            0 < len(item.split()) <= _MAX_TITLE_WORDS and (item[1:] == item[1:].lower() or (
                titled and all(w[:1].isupper() or w in ("and", "&", "of")
                               for w in item.split())))
            and not any(c.isdigit() for c in item.replace("–12", "")) for item in items):
        return []
    return items


@cache
def _generic_kinds() -> frozenset[str]:
    raw = bundled_section("page_families").get("howtosteps") or {}
    return frozenset(str(w).lower() for w in raw.get("generic_kinds") or ())


def _workplaces(sentence: str, role: str, cues: _Cues, no: int, steps: HowtoSteps) -> None:
    """Employers and kinds of workplace a step's sentence names."""
    examples = [example for clause in _CLAUSES.split(sentence)  # ("…, and at large firms
                for example in cues.examples.finditer(clause)]  # such as D": its own list)
    for example in examples:
        names = _names(example.group("names"))
        if names:
            kind = cues.lead_verb.sub("", example.group("kind")).strip()
            if kind.lower() not in _generic_kinds():  # ("Look at employers like A, B")
                steps.sectors.append((kind, no))
            steps.employers += [(name, no) for name in names]
    hired = cues.hirers.match(sentence)
    head = role.rpartition(" ")[2].lower()
    if hired is not None and head and head in hired.group("whom").lower():
        steps.sectors += [(kind, no) for kind in _kinds(hired.group("kinds"))]
    market = cues.markets.match(sentence)
    if market is not None:
        steps.sectors += [(kind, no) for kind in _kinds(market.group("kinds"), titled=True)]


def howto_steps(lines: Sequence[tuple[int, str]], role: str = "") -> HowtoSteps:
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
            _workplaces(sentence.strip(), role, cues, no, steps)
    steps.moves_in += pending
    return steps
