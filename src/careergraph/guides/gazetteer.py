"""Generic skill and sector names recognised in prose, whatever the page's structure.

Pages from sites no heading rule knows state their skills and sectors in running text ("Day
to day you rely on cost estimating and Excel", "most work in construction or government").
The gazetteer holds generic names (``data/lexicon/gazetteer.yaml``: soft skills, knowledge
areas, common software, industry sectors, kinds of employer) plus every skill, tool and sector
name of the lexicon, and finds them in a line in one pass of an Aho-Corasick automaton
(:mod:`ahocorasick`), on word boundaries, longest match first.

Seeing a name is not stating a fact: a match becomes a fact only where its sentence says so
(:func:`Gazetteer.skills` needs a skill cue such as "knowledge of", "proficient in", "use",
"courses include", or a skills section; :func:`Gazetteer.sectors` needs a sector cue such as
"industry", "work in", "employers include", or a sectors section), and only when it stands as
a name of its own: a match glued inside a longer phrase ("job security", "Northgate
Construction", "sales manager") is not one.

>>> from careergraph.lexicon import load_lexicon
>>> g = Gazetteer.from_lexicon(load_lexicon())
>>> [m.text for m in g.find("Use Microsoft Excel and QGIS; teamwork matters.")]
['Microsoft Excel', 'QGIS', 'teamwork']
>>> g.skills("Good with numbers and patience; the job calls for statistics and Excel.")
[('patience', 'soft'), ('statistics', 'technical'), ('Excel', 'tool')]
>>> g.sectors("Most work in construction, retail banking or local government.")
['construction', 'local government']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import ahocorasick

from careergraph.guides.heading_data import word_lists
from careergraph.guides.text import is_title_case
from careergraph.lexicon import Lexicon
from careergraph.model import SkillKind

__all__ = ["Gazetteer", "Match", "fold"]

Kind = Literal["skill", "sector"]

# Skill groups of the data file that give soft skills and tools (any other: technical).
_GROUP_KINDS = {"soft": SkillKind.SOFT, "software": SkillKind.TOOL}

# What makes a sentence state skills: "knowledge of", "proficient in", "use", "courses"...
_SKILL_CUE = re.compile(
    r"\b(?:knowledge|proficien\w*|skill\w*|experience[sd]? (?:with|in|of|using)|"
    r"familiar\w*|understanding of|expertise|competen\w*|fluen\w*|grounding in|"
    r"background in|abilit\w*|able to|use|uses|using|rely on|relies on|works? with|"
    # ("outbound calls for a bank": the noun, no cue)
    r"(?<!bound )(?<!coming )(?<!going )(?<!phone )calls? for|confiden\w*|comfortable with|"
    r"good (?:at|with)|trained in|training in|"
    r"certif\w*|courses?|subjects?|study|studies|qualities|strengths?|tools?|software|"
    r"master\w*|learn(?:s|t|ed)?|command of|grasp of|aptitude|attributes?|toolkit|toolbox|"
    r"requires|required|demands|rewards|values|enjoys?|"
    r"(?:systems?|packages?|platforms?|programs?|applications?) (?:such as|like|including))\b")
# A name as the subject of a skill statement: "Good teamwork matters", "Excel is essential".
_SKILL_PREDICATE = re.compile(
    r"\s+(?:skills?\s+)?(?:matters?|(?:is|are)\s+(?:also\s+)?(?:essential|vital|key|"
    r"important|crucial|critical|a must|needed|required|expected))\b")
# What makes a sentence name sectors: "industry", "work in", "employers include"...
_SECTOR_CUE = re.compile(
    r"industr\w*|\b(?:sectors?|work(?:s|ed|ing)? (?:in|for|across|within|at)|employ\w*|"
    r"serv(?:es?|ed|ing) in|"  # (prec10) "the cadre serves in agriculture and public service"
    # (rules50b) a contractor's sites by whom it works for ("it runs car parks for NHS
    # hospitals, shopping centres and railway stations")
    # (its sites' noun after the verb: "run talks for schools" names an audience, no sector)
    r"(?:runs?|operates?|manages?|cleans?) (?:[a-z-]+ )?(?:parks?|sites?|facilities|services|"
    r"contracts|operations|premises|buildings|estates) for|"
    r"hires?|hiring|companies|firms|organi[sz]ations|businesses|"
    r"clients? (?:in|include)|demand (?:in|from|across)|"
    # (fixes89) a market as a noun of its own, not a compound's first word ("market data",
    # "Market Making": a field of the work, no cue; "in partnership with product and
    # security" after it gave a "security" sector)
    r"markets?(?=\s*(?:$|[,.;:!?)]|(?:in|for|of|such|like|and|or|is|are|was|were|where|that|"
    r"which|with|across|including|includes?|served|we|our)\b))|"
    # a business's work by where it comes from ("Most contracts come from Retail and Energy")
    r"(?:contracts?|bookings?|clients?|customers?|orders?) (?:\w+ly )?(?:come|comes|came) from)\b")
# "… but don't want to work in sales": a field the reader avoids, no workplace.
# ("not for profit businesses and charities": a kind of organisation, no negation)
NEGATED_BEFORE = re.compile(r"(?:\bnot(?![\s-]+for[\s-]+profit)|\bnever|n[’']t)\s+"
                            r"(?:\w+\s+){0,2}$")
# A question put to the reader ("Want to work in …?", "Interested in a career in …?").
_ASKED_READER = re.compile(r"^\s*(?:(?:do|would) you\s+)?(?:want|wish|like|interested|keen|"
                           r"thinking|fancy|considering)\b[^.!]*\?\s*$", re.IGNORECASE)
# A comparison's "than" before the cue ("safer than working in mining"): the work compared.
_THAN_BEFORE = re.compile(r"\bthan\s+(?:\w+\s+){0,2}$")
# A means right before a name ("through education", "via training"): how, not where.


@cache
def _body_leads() -> tuple[str, ...]:
    """(prec10) The leads of a public body's name ("ministry of", "department of": the
    letterheads' ``leads`` in ``data/headings.yaml``), each with its trailing space."""
    return tuple(lead + " " for lead in word_lists("letterheads").get("leads", ()))


# (real37) The rest of a body's name after a capitalised industry in it ("Health & Care
# Professions Council", "Construction Industry Training Board"): capitalised words, "and"
# or "&" between them, up to the body's noun.
_BODY_AFTER = re.compile(r"(?:\s+(?:and|&)\s+|\s+)(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,3}"
                         r"(?:Council|Institute|Institution|Society|Association|Board|Authority|"
                         r"Agency|Commission|Federation|Union|Trust|Foundation|Ministry|"
                         r"Department)\b")


# (real37) The leads of a learned or professional body's name ("Institution of Mining and
# Construction", "Society of Dyers"): its fields are the body's, no sector of the role.
_LEARNED_LEADS = ("institution of ", "society of ", "association of ", "federation of ",
                  "academy of ", "council of ")


def _in_body_name(clause: str, match: Match) -> bool:
    """(prec10) A capitalised industry inside a body's name after its lead ("the Ministry of
    Health", "Department of Fisheries and Agriculture"): the body, no sector of the role.

    >>> from careergraph.lexicon import load_lexicon
    >>> gazetteer = Gazetteer.from_lexicon(load_lexicon())
    >>> gazetteer.sectors("Officers work in agriculture, advised by the Ministry of Agriculture.")
    ['agriculture']
    >>> gazetteer.sectors("Most work in hospitals, registered with the Health & Care Council.")
    ['hospitals']
    """
    if not clause[match.start:match.start + 1].isupper():
        return False
    if _BODY_AFTER.match(clause, match.end):
        return True  # (real37) "the Health & Care Professions Council": a body's name
    window = clause[max(0, match.start - 60):match.start]
    lowered = window.lower()
    for lead in (*_body_leads(), *_LEARNED_LEADS):
        at = lowered.rfind(lead)
        if at >= 0 and all(word[:1].isupper() or word in ("and", "&")
                           for word in window[at + len(lead):].split()):
            return True
    return False


_MEANS_BEFORE = re.compile(r"\b(?:through|via)\s+$")
# (real41) A possessive before the name ("because of your education and experience", "their
# health"): the person's own schooling or state, no field they work in.
_OWNED_BEFORE = re.compile(r"\b(?:your|their|his|her|my)\s+$")
# (real52) Schooling named beside training ("a substitute for more formal types of training or
# education", "on-the-job training and education"): how a worker learns, no field of work.
_SCHOOLING_BEFORE = re.compile(r"\btraining\s+(?:or|and)\s+$")
# (real36) A list led by a noun for jobs ("roles which include A, B and C", "jobs such as …"):
# its items are jobs, though a name the gazetteer knows as a sector be among them.
_ROLES_LISTED = re.compile(r"\b(?:roles|jobs|positions|posts|job titles|occupations)\s+"
                           r"(?:(?:which|that)\s+includ\w*|such\s+as|like|includ\w*)\s")
# Nouns after a sector name that make it a team or a subject, not an industry ("their
# financial data": what is kept, no field of work).
# ((real32) "paperwork": "the verification of any financial paperwork", a document's kind)
# ((real36) "Safety and Health requirements", "for training and education purposes": rules
# and aims the name qualifies)
# ((real37) "enter the sector from military, retail or transport backgrounds": where the
# workers come from, no field of the role)
_NOT_SECTOR_AFTER_WORDS = """team teams department departments role roles staff manager managers
skills skill degree degrees background backgrounds experience knowledge project projects work
job jobs tasks costs cost premium premiums data records statements reports documents information
paperwork transactions requirements requirement regulations purposes purpose formats format
future futures stability freedom independence"""
# (real52: "future" … "independence": a worker's own finances, "a strong financial future")
_NOT_SECTOR_AFTER = frozenset(_NOT_SECTOR_AFTER_WORDS.split())
# (prec8) A name coordinated with others before one head noun ("van, water and insurance
# costs"): the head after the last item (group 1) is the name's head too.
_COORDINATORS = frozenset({"and", "or", "&"})
_COORDINATED_HEAD = re.compile(r"(?:\s*,\s*[a-z-]+(?:\s+[a-z-]+)?)*,?\s+(?:and|or|&)\s+"
                               r"[a-z-]+\s+([a-z]+)\b")
# (fixes97) One alternative modifier and the plural both share after "or" ("furniture or
# department stores").
_ALTERNATIVE_KIND = re.compile(r"\s+or\s+[a-z-]+\s+([a-z]+)\b")
# Role heads that also name a business function after a sector ("construction engineering",
# "retail management"): these leave the sector standing; any other head makes it a title.
_FUNCTION_HEADS = frozenset({"engineering", "management"})
# Sentences that are not about the role's own skills: pay, adverts, degrees.
# ((fixes97) an occupation database's boilerplate about a whole group of occupations, "These
# occupations usually involve using communication and organizational skills …" under a job
# zone: no skill of the role)
_NOT_SKILLS = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|earn\w*|paid|enrol\w*|apply now|our courses?|sign up|"
    r"these occupations|occupations in this (?:zone|group|category))\b")
_PAY = re.compile(r"\b(?:salar(?:y|ies)|wages?|earn\w*|paid|pay)\b")
_DEGREE = re.compile(r"\b(?:degree|diploma|bachelor\w*|master's|majors?|qualification|gcse|"
                     # (real40) "a Level 2 Award in Support Work in Schools": its subject
                     r"a[- ]level|grade|award in|certificate in)s?\b"
                     r"[^.;]{0,40}$")
# (real40) A post named by its field after "of" ("director of photography", "head of
# marketing"): the field is the post's name, no skill the role needs.
_POST_OF = re.compile(r"\b(?:director|head|heads|directors|professor|dean|chief|vice president)"
                      r" of $")


def post_field(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` only as the field of a post ("the director of
    photography", "Head of Marketing").

    >>> post_field("They liaise with the director of photography.", "photography")
    True
    >>> post_field("Skills in photography and lighting.", "photography")
    False
    """
    return re.search(rf"{_POST_OF.pattern[:-1]}(?:the )?{re.escape(name)}\b", text,
                     re.IGNORECASE) is not None


# "an educational background in architecture, construction …": fields studied, no sector.
_BACKGROUND = re.compile(r"\b(?:educational|academic)\s+background\s+in\b[^.;]{0,60}$")
# A list of someone's troubles: "issues such as housing, employment, financial …" before a
# name, or "… financial or other personal issues" after it: what clients need help with, no
# field of work.
_TROUBLES = r"(?:issues|problems|difficulties|concerns|worries|troubles|hardships?)"
# (fixes72) Topics in a field before its list ("problems in the farming industry including
# irrigation and power", "issues facing the sector such as …"): the examples are the
# topics', no kinds of industry.
_TOPIC_IN = (r"(?:problems?|issues?|challenges?|questions?|topics?|difficulties|concerns|"
             r"risks?|hazards?)\s+(?:in|of|for|facing|across|within|throughout|affecting)\s+"
             r"(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w&-]+\s+){0,3}"
             r"(?:industry|industries|sectors?|domains|field)")
TOPICS_IN_FIELD = re.compile(rf"\b{_TOPIC_IN}$")
_TROUBLES_BEFORE = re.compile(rf"\b(?:{_TROUBLES}|{_TOPIC_IN})\s+(?:such\s+as|like|including)\b"
                              r"[^.;:()]*$")
_TROUBLES_AFTER = re.compile(rf"^[^.;:()]*?\bor\s+other\s+(?:[a-z-]+\s+)?{_TROUBLES}\b")
# How much of one line is read for names (a paragraph is far shorter).
_MAX_LINE = 3000
# Modifiers sharing the head of the sector name after them ("the private or public sector",
# "private, public or voluntary sector"): each with that head is a name of its own when the
# gazetteer knows it.
_SHARED_HEAD = re.compile(r"((?:\b[a-z]+,\s+)*\b[a-z]+),?\s+(?:and/or|or|and)\s+$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
# Where a clause ends inside a sentence: a label's colon, a semicolon, a dash.
_CLAUSE_END = re.compile(r":(?:\s+|$)|;\s*|\s[—–]\s")

# Words that may stand just before a name without making it part of a longer phrase (not
# "a"/"an": a skill is a mass noun, "an organisation" is not organisation skills).
_BEFORE_WORDS = """
the and or nor but of in on with for to as at by from about including include
includes included such like e.g. i.e. also plus both either especially particularly mainly
mostly largely notably use uses using used rely relies need needs require requires required
strong good excellent solid basic advanced sound working effective clear deep practical
thorough proven demonstrable confident some any all its their your our his her is are be
been being was were have has had know knows knowing understand understands understanding
learn learns learning study studies studying master mastering apply applying demonstrate show
develop developing bring brings build building gain gaining improve improving need needed
essential important key vital helpful useful core general fundamental hands-on professional
personal excellent great high higher plenty then later via through within across among over
under between skills skill knowledge expertise experience experienced proficiency proficient
fluency fluent familiarity familiar competence competent grounding background training trained
certification certified courses course subjects subject include: involve involves involving
enjoy enjoys enjoying rewards values demands
over whether where when while which who what how than
"""
_BEFORE = frozenset(_BEFORE_WORDS.split())
# Words that may follow a name: function words, and nouns that say "the skill of it".
_AFTER_WORDS = """
a an the and or nor but of in on with for to as at by from into about including such like
also plus is are was were be been will would can could should must may might has have had
do does did every each daily often when where while which who that than so because if
then through across within among via skills skill knowledge abilities ability software
expertise techniques technique principles tools tool fundamentals basics experience
certification certificate qualification training package packages programs program
systems system etc etc. sector sectors industry industries firms companies organisations
organizations employers providers businesses matters matter during
"""
_AFTER = frozenset(_AFTER_WORDS.split())
# Capitalised words after a Title Case name that still leave it the name ("Project
# Management Skills"); any other makes it part of a longer name.
_SKILL_NOUNS = frozenset({"skills", "skill"})
# What may stand before a trait that opens a list item: markup and a qualifier.
_TRAIT_LEAD = re.compile(r"^[\s*_•·-]*(?:\d{1,2}[.)]\s+)?[*_]*(?:(?:good|strong|excellent|"
                         r"great|real|genuine|plenty of|lots of|a lot of)\s+)?[*_]*",
                         re.IGNORECASE)


def fold(text: str) -> str:
    """``text`` in lowercase with every position kept (``"İ".lower()`` is two characters,
    so such a character is left as it is).

    >>> fold("Excel İstanbul") == "excel İstanbul"
    True
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# (real48) Characters of a short name ("Go") that "on the" before it makes an idiom ("Learn On
# The Go", "food on the go"), no tool.
_IDIOM_NAME = 3


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    kind: Kind
    skill_kind: SkillKind | None  # for skills
    exact: bool  # matched only with this case
    common_word: bool  # also an English word: never a sentence's first word


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer name found in a text: its span, its spelling there, and what it names."""

    start: int
    end: int
    text: str
    skill_kind: SkillKind | None  # None: not a skill name
    sector: bool


def _exact_case(name: str) -> bool:
    # "R", "C#", "GIS", "SCADA": short names and acronyms are words only in this spelling.
    return len(name) <= 3 or (name.isupper() and any(c.isalpha() for c in name))


def _word(char: str) -> bool:
    return char.isalnum() or char in "+#"


class Gazetteer:
    """Names indexed for linear-time matching (see the module docstring)."""

    def __init__(self, entries: Iterable[_Entry], titles: Iterable[str] = ()) -> None:
        # Role heads ("millwright", "nurses"): a sector name just before one qualifies a job
        # title ("construction millwright", "retail assistants"), it names no sector.
        self.titles = frozenset(fold(t) for t in titles) - _FUNCTION_HEADS
        by_key: dict[str, list[_Entry]] = {}
        for entry in entries:
            group = by_key.setdefault(fold(entry.name), [])
            if not any(e.kind == entry.kind and e.name == entry.name for e in group):
                group.append(entry)
        self._automaton = ahocorasick.Automaton()
        for key, group in by_key.items():
            simple = not any(e.exact or e.common_word for e in group)
            # Names matched only as written ("R", "Go"): any other spelling is dropped at
            # once (the one-letter "r" occurs inside most words of a line).
            spellings = frozenset(e.name for e in group) if all(e.exact for e in group) else None
            self._automaton.add_word(key, (len(key), tuple(group), simple, spellings))
        self.size = len(by_key)
        if by_key:
            self._automaton.make_automaton()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Gazetteer:
        """The gazetteer of ``lexicon``: its ``gazetteer`` names and every skill, tool and
        sector spelling (built once per distinct set of names)."""
        data = lexicon.gazetteer
        skills = tuple((name, group) for group, names in data.skills.items() for name in names)
        lexicon_skills = tuple(n for canon, al in lexicon.skills.items() for n in (canon, *al))
        sectors = tuple([*(n for names in data.sectors.values() for n in names),
                         *lexicon.sector_names()])
        return _build(skills, lexicon_skills, tuple(lexicon.tools), sectors,
                      tuple(data.case_sensitive), tuple(lexicon.role_heads))

    # -- matching ----------------------------------------------------------------------------
    def find(self, text: str) -> list[Match]:
        """Every name in ``text`` on word boundaries, leftmost and longest first, none
        overlapping; names that need their exact case (or must not open a sentence) are
        checked against the text as written."""
        if not self.size or not text:
            return []
        found: list[Match] = []
        for last, (size, group, simple, spellings) in self._automaton.iter_long(fold(text)):
            start, end = last + 1 - size, last + 1
            spelt = text[start:end]
            if (spellings is not None and spelt not in spellings) or not _boundary(
                    text, start, end):
                continue
            if size <= _IDIOM_NAME and text[max(0, start - 7):start].lower() == "on the ":
                continue  # (real48) "Learn On The Go": the idiom, no language named
            usable = group if simple else tuple(
                e for e in group if _case_fits(e, spelt, text, start))
            if usable:
                skill = next((e.skill_kind for e in usable if e.kind == "skill"), None)
                found.append(Match(start, end, spelt, skill,
                                   any(e.kind == "sector" for e in usable)))
        return found

    def _known_sector(self, name: str) -> bool:
        entry = self._automaton.get(fold(name), None) if self.size else None
        return entry is not None and any(e.kind == "sector" for e in entry[1])

    # -- facts -------------------------------------------------------------------------------
    def skills(self, text: str, *, section: bool = False) -> list[tuple[str, str]]:
        """``(name, kind)`` of the skills ``text`` states: names in a clause with a skill
        cue before them (any clause when ``section``: the line is in a skills section),
        standing on their own; never in a sentence about pay, a course advert or a degree
        subject.

        >>> from careergraph.lexicon import load_lexicon
        >>> g = Gazetteer.from_lexicon(load_lexicon())
        >>> g.skills("Strong communication skills and Python are essential.")
        [('communication skills', 'soft'), ('Python', 'tool')]
        >>> g.skills("She met the marketing team."), g.skills("Excel at negotiation matters.")
        ([], [('negotiation', 'soft')])
        """
        return self.read(text, skill_section=section)[0]

    def sectors(self, text: str, *, section: bool = False) -> list[str]:
        """Sector names ``text`` states: names after a sector cue in their clause (any
        clause when ``section``), standing on their own.

        >>> from careergraph.lexicon import load_lexicon
        >>> g = Gazetteer.from_lexicon(load_lexicon())
        >>> g.sectors("Employment is growing in healthcare and the public sector.")
        ['healthcare', 'public sector']
        >>> g.sectors("IndustryLegal Services, Government / Public Sector")
        ['Legal Services', 'Government', 'Public Sector']
        >>> g.sectors("Insurance is a hard subject."), g.sectors("Job security draws many in.")
        ([], [])
        """
        return self.read(text, sector_section=section)[1]

    def opens_with_trait(self, text: str) -> bool:
        """Whether ``text`` opens with a soft skill the gazetteer knows (after markup and a
        qualifier such as "good"): a skills-list item led by traits ("Patience and empathy
        with anxious clients during the evening rush") names them, while an item such as
        "the ability to read wiring diagrams" stays one skill.

        >>> from careergraph.lexicon import load_lexicon
        >>> g = Gazetteer.from_lexicon(load_lexicon())
        >>> g.opens_with_trait("**Patience** with nervous learners")
        True
        >>> g.opens_with_trait("Ability to show patience")
        False
        """
        opening = _TRAIT_LEAD.match(text)
        start = opening.end() if opening else 0
        first = next(iter(self.find(text[start:start + 60])), None)
        return first is not None and first.start == 0 and first.skill_kind is SkillKind.SOFT

    @staticmethod
    def sector_cue(text: str) -> bool:
        """Whether ``text`` has a sector cue anywhere (a cheap test before :meth:`read`).

        >>> Gazetteer.sector_cue("Most work in retail"), Gazetteer.sector_cue("Uses Excel")
        (True, False)
        """
        return _SECTOR_CUE.search(fold(text)) is not None

    def read(self, text: str, *, skill_section: bool = False, sector_section: bool = False,
             skills: bool = True, sectors: bool = True) -> tuple[list[tuple[str, str]],
                                                                  list[str]]:
        """``(skills, sectors)`` as :meth:`skills` and :meth:`sectors` give them, from one
        scan of ``text`` (``skills``/``sectors``: whether each is wanted).

        >>> from careergraph.lexicon import load_lexicon
        >>> g = Gazetteer.from_lexicon(load_lexicon())
        >>> g.read("Employers in banking want knowledge of accounting and Excel.")
        ([('accounting', 'technical'), ('Excel', 'tool')], ['banking'])
        """
        found_skills: list[tuple[str, str]] = []
        found_sectors: list[str] = []
        text = text[:_MAX_LINE]  # cues are looked up per name: a bounded line stays linear
        matches = self.find(text)
        if not matches:
            return found_skills, found_sectors
        folded = fold(text)
        for start, end, label_start in _clause_spans(text, matches):
            clause, lowered = text[start:end], folded[start:end]
            label = folded[label_start:start] if label_start is not None else ""
            inside = [Match(m.start - start, m.end - start, m.text, m.skill_kind, m.sector)
                      for m in matches if start <= m.start and m.end <= end]
            if skills and any(m.skill_kind is not None for m in inside):
                found_skills.extend(_clause_skills(clause, lowered, label, inside,
                                                   skill_section))
            if sectors and any(m.sector for m in inside):
                found_sectors.extend(_clause_sectors(clause, lowered, label, inside,
                                                     sector_section, self.titles,
                                                     self._known_sector))
        return list(dict.fromkeys(found_skills)), list(dict.fromkeys(found_sectors))


def _clause_spans(text: str, matches: list[Match]) -> list[tuple[int, int, int | None]]:
    """``(start, end, label start)`` of every clause of ``text`` that holds a match; the
    label is the short clause just before it in its sentence ("Soft skills: …"), whose
    cue counts for it."""
    spans: list[tuple[int, int, int | None]] = []
    sentence_start = 0
    cuts = [*_SENTENCE_END.finditer(text), None] if len(text) > 40 else [None]
    for cut in cuts:
        sentence_end = cut.start() if cut else len(text)
        start, previous = sentence_start, None
        for inner in [*_CLAUSE_END.finditer(text, sentence_start, sentence_end), None]:
            end = inner.start() if inner else sentence_end
            if any(start <= m.start < end for m in matches):
                short = previous is not None and len(text[previous:start].split()) <= 9
                spans.append((start, end, previous if short else None))
            previous, start = start, inner.end() if inner else end
        sentence_start = cut.end() if cut else len(text)
    return spans


# (carry46) What follows a language a name is given in ("in English also X", "in English:
# X", "in English called X"): the name's language, no skill of the role.
_NAMED_IN_AFTER = re.compile(r"\s*(?::|,?\s+(?:also|called|known\s+as|often|usually)\b)")


def _clause_skills(clause: str, lowered: str, label: str, matches: list[Match],
                   section: bool) -> list[tuple[str, str]]:
    if _NOT_SKILLS.search(lowered):
        return []
    labelled = _SKILL_CUE.search(label) is not None
    found: list[tuple[str, str]] = []
    for match in matches:
        if match.skill_kind is None or _DEGREE.search(lowered, 0, match.start):
            continue
        if lowered.endswith(" of ", 0, match.start) and _POST_OF.search(lowered, 0, match.start):
            continue  # (real40) "the director of photography": a post's field, no skill
        if lowered.endswith("in ", 0, match.start) and _NAMED_IN_AFTER.match(clause, match.end):
            continue  # (carry46) "(…; in English also light rail driver)": a name's language
        if not (section or labelled or _SKILL_PREDICATE.match(clause, match.end)
                or _SKILL_CUE.search(lowered, 0, match.end)):
            continue  # a cue before the name or inside it ("knowledge of X", "X skills")
        # An acronym names its tool even as a modifier ("SCADA monitoring", "SQL queries").
        acronym = match.text.isupper() and len(match.text) >= 2
        if not _stands_alone(clause, match, None if acronym else _AFTER):
            continue
        if match.sector and _nearest_is_sector(lowered, match.start):
            continue
        if match.skill_kind is SkillKind.SOFT and lowered.endswith("the ", 0, match.start) and (
                _next_word(clause, match.end) in ("", "as")):
            continue  # (real36) "contributions to the organization": the firm, no trait
        found.append((match.text, match.skill_kind.value))
    return found


def _clause_sectors(clause: str, lowered: str, label: str, matches: list[Match],
                    section: bool, titles: frozenset[str],
                    known: Callable[[str], bool] = lambda _: False) -> list[str]:
    if _PAY.search(lowered):
        return []  # "salaries are highest in banking": pay, not where the role works
    if _ASKED_READER.match(clause):
        return []  # (real29) "Want to work in retail? Take our quiz": asked, not stated
    # The clause's first cue outside a name ("public sector" is a name, not a cue).
    first_cue = next((c.start() for c in _SECTOR_CUE.finditer(lowered) if not any(
        m.start <= c.start() < m.end for m in matches)), None)
    if not section and first_cue is None and _SECTOR_CUE.search(label) is None:
        return []
    if first_cue is not None and NEGATED_BEFORE.search(lowered, max(0, first_cue - 30),
                                                       first_cue):
        return []  # "… would rather not work in retail": a field the reader avoids
    if first_cue is not None and _THAN_BEFORE.search(lowered, max(0, first_cue - 30), first_cue):
        return []  # (real29) "no more dangerous than working in the construction industry":
        # the work compared with, no field of the role
    found: list[str] = []
    for match in matches:
        after = _next_word(clause, match.end)
        if not match.sector or not _stands_alone(clause, match, None) or any(
                m.start == match.end + 1 for m in matches) or after in _NOT_SECTOR_AFTER or (
                after in titles or after.removesuffix("s") in titles):
            continue  # "Northgate Construction", "retail banking", "construction millwright"
        if _compound_tail(clause, match.start):
            continue  # (prec8) "deep-water berths", "agri-food": a compound word's tail
        if not section and _modifies_kind(match, after):
            continue  # (fixes79) "health spas": the word names the kind of place, no industry
        if _in_body_name(clause, match):
            continue  # (prec10) "the Ministry of Health": a body's name, no sector
        listed = after in _COORDINATORS or lowered[match.end:match.end + 1] == ","
        if listed and (shared := _COORDINATED_HEAD.match(lowered, match.end)) and (
                shared.group(1) in _NOT_SECTOR_AFTER):
            continue  # (prec8) "after van, water and insurance costs": "water costs" too
        if not section and after == "or" and (alike := _ALTERNATIVE_KIND.match(
                lowered, match.end)) is not None and _modifies_kind(match, alike.group(1)):
            continue  # (fixes97) "furniture or department stores": both words name a kind
            # of store, the word alone no industry
        if not section and first_cue is not None and match.start < first_cue:
            continue  # "adhere to security …, in regulated industries": not a sector
        if not section and (_DEGREE.search(lowered, 0, match.start)
                            or _BACKGROUND.search(lowered, 0, match.start)):
            continue  # "a degree in business or finance": a field of study, no sector
        if not section and _MEANS_BEFORE.search(lowered, 0, match.start):
            continue  # "… for businesses, through education and enforcement": a means
        if not section and (_OWNED_BEFORE.search(lowered, max(0, match.start - 8), match.start)
                            or _SCHOOLING_BEFORE.search(lowered, max(0, match.start - 16),
                                                        match.start)):
            continue  # (real41) "because of your education and experience": the person's
        if _ROLES_LISTED.search(lowered, first_cue or 0, match.start):
            continue  # (real36) "… at a company with roles which include IT, cybersecurity
            # and engineer": the list after a roles noun names jobs, no industry
        if _TROUBLES_BEFORE.search(lowered, 0, match.start) or _TROUBLES_AFTER.match(
                lowered[match.end:]):
            continue  # "social issues such as housing, financial or other issues": needs
        if match.skill_kind is not None and not section and not _nearest_is_sector(
                lowered, match.start):
            continue
        found.extend(_shared_head(clause, lowered, match, known))
        found.append(match.text)
    return found


def _shared_head(clause: str, lowered: str, match: Match,
                 known: Callable[[str], bool]) -> list[str]:
    """The sector names whose modifiers share ``match``'s head before it: "private" in "the
    private or public sector" is the private sector when the gazetteer knows that name (a
    modifier that is a name of its own, "healthcare and the public sector", stays itself).

    >>> from careergraph.lexicon import load_lexicon
    >>> Gazetteer.from_lexicon(load_lexicon()).sectors("Most work in the private or public sector.")
    ['private sector', 'public sector']
    """
    before = lowered[max(0, match.start - 40):match.start]
    if " " not in match.text or (" or " not in before and " and " not in before):
        return []
    shared = _SHARED_HEAD.search(lowered, max(0, match.start - 80), match.start)
    if shared is None:
        return []
    head = match.text.rsplit(" ", 1)[1]
    names: list[str] = []
    for word in re.finditer(r"[a-z]+", lowered[shared.start(1):shared.end(1)]):
        spelt = clause[shared.start(1) + word.start():shared.start(1) + word.end()]
        if not known(word.group()) and known(f"{word.group()} {fold(head)}"):
            names.append(f"{spelt} {head}")
    return names


# (fixes79) Plural nouns after a one-word name that still leave it an industry ("energy
# companies" reads as energy; "health spas", "water parks" name kinds of place instead).
_INDUSTRY_AFTER = frozenset({"sector", "sectors", "industry", "industries", "companies",
                             "firms", "businesses", "employers", "organisations",
                             "organizations", "services", "providers", "clients"})


def _modifies_kind(match: Match, after: str) -> bool:
    """(fixes79) Is a one-word name in prose the modifier of a plural kind of place after it
    ("health spas", "water parks")? The phrase is a workplace the prose readers take whole;
    the name alone is no industry.

    >>> _modifies_kind(Match(0, 6, "health", None, True), "spas")
    True
    >>> [_modifies_kind(Match(0, 6, "energy", None, True), w) for w in ("companies", "")]
    [False, False]
    """
    return " " not in match.text and match.text.islower() and len(after) > 3 and (
        after.isalpha() and after.endswith("s") and not after.endswith(("ss", "ics"))
        and after not in _INDUSTRY_AFTER)


def _compound_tail(text: str, start: int) -> bool:
    """(prec8) Does the name at ``start`` end a hyphenated word ("water" of "deep-water
    terminals", "food" of "agri-food")? Such a tail names no sector of its own.

    >>> _compound_tail("from deep-water terminals", 10), _compound_tail("oil - gas", 6)
    (True, False)
    """
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def _boundary(text: str, start: int, end: int) -> bool:
    """A whole word: no letter or digit glued on, except a name glued by case after a
    lowercase letter ("IndustryLegal Services": scraped label and value).  (fixes83) A
    name glued to an underscore or after an "@" is part of a user's handle ("Kai_R.",
    "@Go_fan"), no name.

    >>> _boundary("Kai_R., 02.05.2026", 4, 5), _boundary("@R fan", 1, 2)
    (False, False)
    >>> _boundary("R and Python", 0, 1)
    True
    """
    if start > 0 and (_word(text[start - 1]) or text[start - 1] in "_@") and not (
            text[start].isupper() and text[start - 1].islower()):
        return False
    return end >= len(text) or not (_word(text[end]) or text[end] in "-'’_")


def _case_fits(entry: _Entry, spelt: str, text: str, start: int) -> bool:
    if entry.exact and spelt != entry.name:
        return False
    if entry.common_word:
        if spelt != entry.name:
            return False
        before = text[:start].rstrip(" \t\"'“(*")
        return bool(before) and before[-1] not in ".!?:;•-–—|"
    return True


def _stands_alone(sentence: str, match: Match, after_ok: frozenset[str] | None) -> bool:
    """The name is not glued inside a longer phrase: the word before it (if any, with no
    punctuation between) is a function word or qualifier, the word after one of
    ``after_ok`` (None: any word but a capitalised one, "Construction Ltd")."""
    before = sentence[:match.start]
    stripped = before.rstrip(" ")
    if (stripped and stripped != before and stripped[-1].isalnum()
            and fold(stripped.rsplit(" ", 1)[-1]) not in _BEFORE):
        return False
    after = sentence[match.end:]
    if after.startswith(" ") and after[1:2].isalnum():
        word = after[1:].split(" ", 1)[0].rstrip(".,;:!?)")
        if word[:1].isupper() if after_ok is None else fold(word) not in after_ok:
            return False
        if word[:1].isupper() and " " in match.text and is_title_case(match.text) and (
                fold(word) not in _SKILL_NOUNS and not is_title_case(sentence)):
            return False  # "Risk Management Fundamentals" in a sentence: a longer name
    return True


def _next_word(text: str, end: int) -> str:
    return fold(text[end:end + 40].lstrip(" ").split(" ", 1)[0]).rstrip(".,;:!?") if text[
        end:end + 1] == " " else ""  # ("… and insurance costs.": the word, not its stop)


def _nearest_is_sector(lowered: str, position: int) -> bool:
    """Whether the cue nearest before ``position`` (else after it) is a sector cue."""
    def nearest(pattern: re.Pattern[str]) -> int | None:
        best: int | None = None
        for cue in pattern.finditer(lowered):
            distance = position - cue.end() if cue.end() <= position else (
                cue.start() - position) * 2
            best = distance if best is None else min(best, distance)
        return best

    sector, skill = nearest(_SECTOR_CUE), nearest(_SKILL_CUE)
    return sector is not None and (skill is None or sector <= skill)


@cache
def _build(skills: tuple[tuple[str, str], ...], lexicon_skills: tuple[str, ...],
           tools: tuple[str, ...], sectors: tuple[str, ...],
           case_sensitive: tuple[str, ...], titles: tuple[str, ...] = ()) -> Gazetteer:
    common = frozenset(case_sensitive)

    def entry(name: str, kind: Kind, skill_kind: SkillKind | None) -> _Entry:
        name = name.strip()
        return _Entry(name, kind, skill_kind, _exact_case(name) or name in common,
                      name in common)

    entries = [  # the first skill entry of a name gives its kind: tools, groups, the rest
        *(entry(n, "skill", SkillKind.TOOL) for n in tools),
        *(entry(n, "skill", _GROUP_KINDS.get(g, SkillKind.TECHNICAL)) for n, g in skills),
        *(entry(n, "skill", SkillKind.TECHNICAL) for n in lexicon_skills),
        *(entry(n, "sector", None) for n in sectors),
    ]
    return Gazetteer((e for e in entries if e.name), titles)
