"""Mentions for the long-form parser: workplaces, rungs, pay and moves a prose
line mentions outside the sections that list them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from careergraph.guides.amounts import find_amounts
from careergraph.guides.builder import fact_key
from careergraph.guides.credited import credited_skills
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.entry_rungs import entry_rung, first_chance
from careergraph.guides.episodes import chapter_skills
from careergraph.guides.gazetteer import fold
from careergraph.guides.heading_data import word_lists
from careergraph.guides.hiring_lines import (
    RUN_IN_OPENERS,
    answered_workplaces,
    run_in_workplaces,
)
from careergraph.guides.items import bracket_names, skill_names
from careergraph.guides.ladders import rung_rank, years_ladder
from careergraph.guides.literals import folded_absent
from careergraph.guides.logo_strip import hiring_lead, strip_names
from careergraph.guides.longform_lines import (
    _ASIDE,
    _LONG_ROW,
    _SHORT_WORDS,
    _TITLE_SHAPE,
    _last_title,
    _Row,
    _top_fork,
)
from careergraph.guides.longform_patterns import (
    _DIRECTIONS,
    _LEVEL_WORDS,
    _OTHER_RANKS,
    _POST_OF,
    _same_role,
)
from careergraph.guides.longform_sections import SectionMixin
from careergraph.guides.longform_state import CHAIN_REACH
from careergraph.guides.mentions import (
    PATH_LABEL,
    USUAL_ADVERBS,
    advancement_roles,
    arrow_chain,
    hiring_employers,
    sectors,
)
from careergraph.guides.move_items import bracketed_moves, graded_own, ladder_step, titles_in
from careergraph.guides.moves import answered_feeders, prose_moves, prose_steps
from careergraph.guides.pathway import study_step
from careergraph.guides.pay_owners import cohort_owner
from careergraph.guides.placement import day_plan_skills, module_skills, rotation_items
from careergraph.guides.roles import rank_aliases, singular_title, stated_aliases, title_case
from careergraph.guides.section_kinds import _MOVE_BUCKETS, Kind
from careergraph.guides.stated_ladders import rose_ladder, story_ladder
from careergraph.guides.story import worker_ladder
from careergraph.guides.text import is_title_case
from careergraph.guides.titled_fields import role_fields
from careergraph.guides.training_stages import final_grade
from careergraph.guides.workplace_kinds import places_in, unit_owners
from careergraph.guides.workplaces import COUNTED_JOBS
from careergraph.lexicon import bundled_level_words
from careergraph.model import SkillKind

# (fixes102) A class series' number after a title ("Technician 3", "Specialist II").
_CLASS_NUMBER = re.compile(r"\s+(?:\d{1,2}|I{1,3}|IV|V)")
# (rules51b) A chain's last box naming two posts: "X Planner or X Supervisor".
_LAST_FORK = re.compile(r"\s+or\s+")
_FORK_WORDS = 4  # (each post of a fork a short Title-Case name)
# (rules38b) A chain's first step that is a learner's word alone, with an aside ("Apprentice (4
# years, with a journeyman or master)").
_LEARNER_FIRST = re.compile(r"(Apprentice|Trainee|Improver)(?:\s*\([^()]*\))?")
# A ladder step in Title Case, two to five words ("Library Technician").
_CAPITALISED_STEP = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}")
# A step of a route naming an apprenticeship standard ("Level 2 Installer standard").

_STANDARD_STEP = re.compile(r"\bstandard\s*$", re.IGNORECASE)
# A sentence going on from the rung the one before reached ("He then accesses B").
_THEN = re.compile(r"\b(?:he|she|they|one|you|the\s+\w+)\s+then\b", re.IGNORECASE)
# A bracketed aside holding a figure after a rung's title ("($33.50 – $45.10/hr, requires X)").
# (recall10) Grades a firm prints bare as its posts above the senior rung ("… → Associate →
# Director"); read as the role at that level they would rank below the rung before them.
_FIRM_GRADES = frozenset({"associate"})
# ((left56) and a sign after the figure, as translated postings print it: "(from 650 000 ₸)")
_PAY_ASIDE = re.compile(r"\s*\([^()]*(?:[$€£₹]\s?\d|\d\s?[₸₽₴₦₱₩€£])[^()]*\)")
# (rules37b) A rung's grade in brackets ("Lecturer (Grade 7/8) → Senior Lecturer (Grade 9)",
# "Professor (Band P1–P3)"): the rung's pay grade, no part of its name.
_GRADE_ASIDE = re.compile(r"\s*\((?i:grade|band|level|scale|step)\s+[\w/–-]{1,8}\)\s*$")
def _head_word(step: str, role: str) -> bool:
    """``step`` is the bare head word of a role of two words or more ("polisher" on the
    diamond polisher's page, a bracketed gloss aside).

    >>> _head_word("cutter (leikkaaja)", "Glass Cutter"), _head_word("planner", "Glass Cutter")
    (True, False)
    """
    words = role.lower().split()
    return len(words) >= 2 and _BRACKETS.sub("", step).strip().lower() == words[-1]


def _fuller_rung(step: str, raw: str) -> str:
    """A rung of the role's own chain as printed when the title read from it dropped its
    last words ("Master lacquerer" read as "Master"): the printed words in Title Case."""
    printed = title_case(_BRACKETS.sub("", raw).strip())
    extra = printed[len(step):].split()
    # (only words the title lacks: "Trading Standards Officer (Grade 9)" keeps its title)
    if printed.lower().startswith(f"{step.lower()} ") and len(printed.split()) <= (
            _SHORT_WORDS) and _TITLE_SHAPE.match(printed) and all(
                word.replace("-", "").isalpha() for word in extra):
        return printed
    return step


_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _deputy_top(raw: str, before: str) -> str | None:
    """A one-word rung printed after its deputy ("Deputy Chief → Chief"): the post as
    printed, no level word of the role ("Chief" is no "Chief Police Constable" there).

    >>> _deputy_top(" Chief", "Deputy Chief "), _deputy_top("Senior", "Analyst") is None
    ('Chief', True)
    """
    word = raw.strip()
    return title_case(word) if word.isalpha() and before.strip().lower().endswith(
        f" {word.lower()}") else None


# A rung's short form in a bracket after it ("Assistant Loco Pilot (ALP)", "Senior
# Assistant Loco Pilot (Sr. ALP)"): a spelling, no part of the title.
_SHORT_FORM = re.compile(r"\s*\((?:(?:Sr|Jr|Dy|Asst|Ch)\.?\s)?[A-Z]{2,6}\)\s*$")
# A rung glossed in the page's source language ("Noodle cutter (Kirikata)" on a translated
# job listing): the gloss, words only, is no part of the title.
_GLOSS = re.compile(r"\s*\([^()\d]{2,40}\)\s*$")


# Years served in a post, among a class's minimum qualifications.
# (time at sea or offshore counts the same: "12 months sea service as Third Engineer", "1 year
# offshore as Pumpman")
_SERVED_AS = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"(?:years?|months?)\s+(?:(?:offshore|at sea|sea service|sea time|"
                        r"on board|onboard)\s+)?as\s+(?:an?\s+)?", re.IGNORECASE)
_SERVED_AS_A = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                          r"years?\s+as\s+an?\s+", re.IGNORECASE)
# (rules43c) How often a path is taken, said before its first step ("The path is usually
# apprentice → …", "is typically helper → …").
_PATH_ADVERB = re.compile(rf"^(?:{USUAL_ADVERBS}|often|most often|most commonly)\s+",
                          re.IGNORECASE)
_MAX_LADDER = 20
# The first box of a printed path that is no known title: two or three words in sentence or
# title case ("Vacation student", "Year 12 leaver" not: no figures).
_FIRST_BOX = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){1,2}$")
# Level words that name no job alone ("start as juniors"; an "Associate" is a law firm's job).
# ((rules47c) "fresher", Indian English's newcomer without experience: "Many of our
# telecallers joined as freshers" names the role at its entry level, no other post)
_BARE_LEVELS = frozenset({"junior", "senior", "fresher"})
# A licence's status before the page's own title ("to become a licensed dental hygienist" on
# the dental hygienist's page): the role itself once licensed, no move.
# (real35) "needed to become a skilled plumber" on the Plumber's page: the role itself, become
# good at it, no move
_LICENSED = re.compile(r"^(?:licensed|skilled|competent|fully\s+qualified)\s+", re.IGNORECASE)


def _one_alternative(part: str, title: str) -> bool:
    """``part`` is one of the alternatives the page's title joins by "or" ("a primary or
    secondary-level teacher" on the "Primary or Secondary School Teacher" page): the role
    itself, no move.

    >>> _one_alternative("Secondary-level Teacher", "Primary Or Secondary School Teacher")
    True
    >>> _one_alternative("Head Teacher", "Primary Or Secondary School Teacher")
    False
    """
    words = title.lower().split()
    if "or" not in words:
        return False
    own = {word.removesuffix("-level") for word in part.lower().split()}
    return own <= set(words)


def _inside_title(part: str, text: str, title: str) -> bool:
    """``part`` is named in ``text`` only inside ``title`` ("VP of Trust" in "worked as a VP
    of Trust and Safety"): a piece of the page's own role, no other role.

    >>> _inside_title("VP of Trust", "She is a VP of Trust and Safety.", "VP of Trust and Safety")
    True
    >>> _inside_title("VP of Trust", "A VP of Trust became VP of Trust and Safety.",
    ...               "VP of Trust and Safety")
    False
    """
    if not title or part.lower() not in title.lower():
        return False
    rest = re.sub(re.escape(title), " ", text, flags=re.IGNORECASE)
    if re.search(rf"\b{re.escape(part)}\b", rest, re.IGNORECASE) is None:
        return True
    return title.lower().startswith(f"{part.lower()} of ") and _head_printed_whole(
        part, text, title)


def _rung_subject(text: str, title: str, ups: list[str], own: str = "") -> str | None:
    """(fixes98) The move up in ``ups`` that ``text`` names before ``title`` and whose head
    word, in the plural, is the subject of the clause moving on to ``title``: "apply for Gate
    Supervisor shifts, and many of our supervisors have gone on to be Access Manager" gives
    "Gate Supervisor" (a rung the sentence already placed above the role, so its holders'
    move is a step from it).  A plural of another kind ("Applicators … often become
    supervisors") is no such rung, nor are the holders of ``own``, the page's role ("our
    therapists have progressed to Senior Radiation Therapist or Team Leader": the role's).

    >>> _rung_subject("You can apply for Gate Supervisor shifts, and many of our supervisors "
    ...               "have gone on to be Access Manager.", "Access Manager",
    ...               ["Access Manager", "Gate Supervisor"])
    'Gate Supervisor'
    >>> _rung_subject("Most of us go on to be Access Manager or Gate Supervisor.",
    ...               "Access Manager", ["Access Manager", "Gate Supervisor"]) is None
    True
    >>> _rung_subject("Our therapists have progressed to Senior Therapist or Team Leader.",
    ...               "Team Leader", ["Senior Therapist", "Team Leader"], "Therapist") is None
    True
    """
    at = text.find(title)
    if at < 0:
        return None
    start = max(text.rfind(". ", 0, at), text.rfind(", and ", 0, at), text.rfind("; ", 0, at))
    clause = f" {text[start + 1:at].lower()} "
    for other in ups:
        spot = text.find(other)
        if other == title or spot < 0 or spot >= at or " " not in other:
            continue
        head = other.split()[-1].lower()
        if own and own.lower().rsplit(" ", 1)[-1] == head:
            continue  # (the role's own holders: their moves are the role's)
        if f" our {head}s " in clause or f" the {head}s " in clause:
            return other
    return None


def _head_printed_whole(head: str, text: str, title: str) -> bool:
    """(fixes98) ``head`` (the role's noun before its "of" tail) is printed in ``text``, as
    spelt, only where the whole ``title`` follows ("then become Electrician of maintenance"):
    a lower-case mention elsewhere ("start as Apprentice electrician") is another title's
    word, and the move read as ``head`` is the role itself.

    >>> _head_printed_whole("Electrician", "start as Apprentice electrician, then become "
    ...                     "Electrician of maintenance", "Electrician of maintenance")
    True
    >>> _head_printed_whole("Electrician", "an Electrician can become Electrician of "
    ...                     "maintenance", "Electrician of maintenance")
    False
    """
    tail, size = title[len(head):].lower(), len(head)
    start = text.find(head)
    seen = False
    while start != -1:
        end = start + size
        if not (start and text[start - 1].isalnum()) and not text[end:end + 1].isalnum():
            if text[end:end + len(tail)].lower() != tail:
                return False
            seen = True
        start = text.find(head, end)
    return seen


def _from_role_in(text: str, role: str) -> bool:
    """Whether ``text`` starts a path from ``role`` (:func:`_from_role`); a text without
    "from" or the role's head word is not searched (nor the role's pattern compiled).

    >>> _from_role_in("From advisers, the usual path is ", "Financial Adviser")
    True
    """
    if folded_absent(text, "from") or folded_absent(text, role.split()[-1]):
        return False
    return _from_role(role).search(text) is not None


@lru_cache(maxsize=64)
def _from_role(role: str) -> re.Pattern[str]:
    """"from adviser", "from an X": the role (or its head word) a path's sentence starts
    from; compiled once a role, not once a row (``re``'s own cache is churned by the other
    per-role patterns of a corpus).

    >>> bool(_from_role("Financial Adviser").search("From advisers, the usual path is "))
    True
    """
    return re.compile(rf"\bfrom\s+(?:an?\s+|the\s+)?(?:{re.escape(role)}|"
                      rf"{re.escape(role.split()[-1])})s?\b", re.IGNORECASE)


# A question that moves on from a level of the role ("What comes after apprentice?").
_AFTER_LEVEL = re.compile(r"\bafter (?:the |an? )?([A-Za-z-]+)\s*[?:]?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _asked_levels() -> frozenset[str]:
    """The level words such a question names: the lexicon's one-word levels and a trade's
    journey and apprentice words (``wage_schedule`` in ``data/headings.yaml``)."""
    trade = word_lists("wage_schedule")
    return frozenset({*bundled_level_words(single=True), *trade.get("journey", ()),
                      *trade.get("apprentice", ())})


# What ends a line's sentence (or its label): the next line's text is no part of it.
_RUN_ENDS = ".!?:;|)"
_RUN_LINES = 3  # lines a broken sentence is run on through



# A class number standing alone as a chain's step ("Technician I → II → III → Lead").
_BARE_CLASS = re.compile(r"^\s*(?:[IVX]{1,4}|\d)\s*$")
_CLASS_TAIL = re.compile(r"\s+(?:[IVX]{1,4}|\d)$")


def _numbered_on(chain: list[str], own: Callable[[str], bool]) -> list[str]:
    """``chain`` with a bare class number after a numbered title of the role's own (``own``
    of its title less the number: the role or an alias) read as that title's class ("Animal
    Care Technician I → II → III": the technician's classes II and III).

    >>> _numbered_on(["Grower I", "II", "Head Grower"], lambda title: title == "Grower")
    ['Grower I', 'Grower II', 'Head Grower']
    """
    steps: list[str] = []
    for step in chain:
        previous = steps[-1] if steps else ""
        if _BARE_CLASS.match(step) and _CLASS_TAIL.search(previous) and own(
                _CLASS_TAIL.sub("", previous)):
            step = f"{_CLASS_TAIL.sub('', previous)} {step.strip()}"
        steps.append(step)
    return steps

# A title after a demonstrative or a possessive ("that institution's curator", "their
# employer's buyer"): the page's own role at one place, no other title.
_DETERMINED = re.compile(r"(?:that|this|these|those|its|their|your|his|her)\s+\S+['’]s\s",
                         re.IGNORECASE)

class MentionMixin(SectionMixin):
    """Read what a prose line mentions in passing."""


    def level_asked(self) -> str | None:
        """The role at the level its section's question moves on from ("Where does it go
        after journeyman?" on the pipe fitter's page: "Journeyman Pipe Fitter"), or None."""
        asked = _AFTER_LEVEL.search((self.sub_text or self.top_text or "").strip())
        if asked is None or not self.role or asked.group(1).lower() not in _asked_levels():
            return None
        return f"{asked.group(1).title()} {self.role}"

    def worker_quote(self, row: _Row) -> None:
        """A worker's quote: "I started delivering … Now I'm a Fleet Captain, … and next I want
        the Hub Lead job": a ladder from the role to the title held now and the one wanted
        next (:func:`story.worker_ladder`), the quote run on to a next line in lower case."""
        after = self.next_row
        quote = f"{row.full or row.text} {after.text}" if (
            after is not None and after.text[:1].islower()) else row.full or row.text
        steps = worker_ladder(quote, self.role, self.vocab)
        if steps:
            self.out.progression([(step, row.no) for step in steps])

    def run_on(self, row: _Row, text: str) -> str:
        """``text`` with the rest of its sentence when the line breaks it and the next line
        goes on in lower case ("… others were" / "military mechanics before joining."): a
        move's cue and its titles on two lines of a paragraph the page was not found to wrap
        as a whole (:mod:`wrap` joins only pages wrapped at one width)."""
        if row.bullet or row.heading:
            return text
        # (a sentence broken over several short lines runs on through each of them: "… could
        # move" / "into a team leader or" / "supervisor role.")
        for after in self.page_rows[self.row_index + 1 : self.row_index + 1 + _RUN_LINES]:
            if (after.heading or after.bullet or after.kind or after.no != row.no + 1
                    or not after.text[:1].islower() or text.rstrip()[-1:] in _RUN_ENDS
                    or not text.rstrip()[-1:].isalpha()):
                break
            stop = after.text.find(". ")
            text = f"{text.rstrip()} {after.text if stop == -1 else after.text[: stop + 1]}"
            row = after
        return text

    def then_from(self, text: str, role: str) -> str | None:
        """The rung the sentence before went up to, when the sentence naming ``role`` goes
        on from it with "then" ("She can be promoted to A. She then becomes B"): A, the
        last rung that sentence names; None otherwise."""
        lowered = text.lower()
        at = lowered.find(role.lower())
        start = lowered.rfind(". ", 0, at)
        if at < 0 or start < 0 or _THEN.search(lowered, start, at) is None:
            return None
        before = text[text.rfind(". ", 0, start) + 1:start + 1].strip()
        # (a rung the page has read already, or one the sentence's own words move up to)
        known = [fact.text for chain in self.out.progressions for fact in chain[1:]]
        known += [fact.text for fact in self.out.lists["leads_to"]]
        known += prose_moves(before, self.vocab, self.role).get("up", [])
        lowered_before = before.lower()
        named = [(lowered_before.rfind(title.lower()), title) for title in known
                 if fact_key(title) not in (fact_key(role), fact_key(self.role))]
        named = [(spot, title) for spot, title in named if spot >= 0]
        return max(named)[1] if named else None

    def unglossed(self, step: str) -> str:
        """An arrow chain's step without its gloss in brackets ("Noodle cutter (Kirikata)",
        "Journeyman carpenter (Shokunin)"), unless the gloss helps name the rung."""
        bare = _GLOSS.sub("", step)
        if bare == step or self.alias_step(step):
            return step  # ("Firefighter (Control)": the role's alias, qualifier and all)
        full = ladder_step(step, self.vocab, self.role, plain=True)
        short = ladder_step(bare, self.vocab, self.role, plain=True)
        return bare if full is None or len(short or "") > len(full) else step

    def mentions(self, row: _Row, label: str | None, description: str) -> None:
        if ("Now I" in row.text or "I started as" in row.text) and self.role:
            self.worker_quote(row)
        if row.text[:1] in "[~0123456789":  # a podcast's chapter line: the names it lists
            for name in chapter_skills(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.text[:1] in "MTWFSD":  # a placement's day ("MONDAY – Introduction to A")
            # or a programme's module ("Module 2Legal researchUse Westlaw and …")
            for name in day_plan_skills(row.text) or module_skills(row.text, duty_tools):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        rotation = rotation_items(row.text) if row.text[:1] in "RB" else None
        if rotation is not None:  # "Rotation 2 – Treatment Delivery: A on B, C with D"
            for name in skill_names(rotation, self.vocab):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for name in bracket_names(rotation):  # "surface guidance (AlignRT)": the system
                self.out.skill(name, SkillKind.TOOL, row.no)
        if row.text[:3] in RUN_IN_OPENERS and ":" in row.text:
            # "Who's hiring: kinds (A, B), C and the D." / "Where Xs work: A, the B, C."
            self.listed_workplaces(*run_in_workplaces(row.full or row.text), row.no,
                                   row.full or row.text)
        elif self.last_row is not None and self.last_row.text.endswith("?"):
            # "And who's hiring?" / "Consultancies like ours, the big miners, …": an answer
            self.listed_workplaces(*answered_workplaces(self.last_row.text, row.text), row.no,
                                   row.text)
        if self.last_row is not None and self.last_row.no != row.no and hiring_lead(
                self.last_row.text):
            self.strip_line = row.no  # "Companies hiring Xs this week" / "A · B · C"
        if row.no == self.strip_line and (cells := strip_names(row.full or row.text)):
            self.listed_workplaces(cells, [], row.no, row.text)
        if " in " in row.text or "led " in row.text or "wrote " in row.text:
            # "He is trained in A, B and C", "led the rollout of A": a profile's credits
            for name in credited_skills(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.text[:6] in ("Skill ", "Level "):
            self.level_post(row.text, row.no)
        if "started " in row.text and (rungs := story_ladder(row.text, self.vocab, self.spelled,
                                                             own=self.role or "")):
            self.out.progression([(rung, row.no) for rung in rungs])  # "started as A, went to B"
        if "rose " in row.text and (rungs := rose_ladder(row.text, self.vocab)):
            self.out.progression([(rung, row.no) for rung in rungs])  # "rose from A to B and C"
        if rungs := self.story_rungs(row.text):
            self.out.progression([(rung, row.no) for rung in rungs])  # "I got promoted to A, …"
        if (" first" in row.text or "may apply" in row.text) and self.role:
            into, up = first_chance(row.text, self.role, self.vocab)  # an agreement's postings
            for title in into:
                self.out.add("moves_in", title, row.no)
            for title in up:
                self.out.add("leads_to", title, row.no)
        text = self.stated_ladder(row.text, row.no)
        if "next step is " in text and self.last_text and (
                f"next step is {self.last_text.lower()}" in text.lower()):
            # "Front office supervisor" / "The next step is front office supervisor. …": a
            # rung the page's own ladder tells under its title, not a move from the role
            text = re.sub(r"next step is ", "rung is ", text, flags=re.IGNORECASE)
        if self.kind is Kind.REQUIREMENTS and " as " in text:
            # "two years as a food safety inspector" among the minimum qualifications; with
            # no article, not on a table's row ("Operator II    2 years as Operator I": a
            # grade's step)
            text = (_SERVED_AS if "   " not in text else _SERVED_AS_A).sub(
                "experience as a ", text)
        coded = "→" in text and self.code_ladders(text, row.no)  # "L1 → L2 → L3"
        # (rules38c) "Matron → Head of Nursing is the next step after that": the chain ends
        # at its last rung, the sentence's verb after it
        chain = None if coded else arrow_chain(_NEXT_STEP_TAIL.sub("", text) if (
            " next " in text and "→" in text) else text)
        if chain and " / " in text and " > " in text and "→" not in text and self.kind in (
                Kind.LADDER, Kind.PROGRESSION) and self.chevron_rungs(text):
            # (fixes71) "Dock Hand / Loader  >  First Officer  >  …" under a ladder heading:
            # the chevron reader takes the line, its slashed rung whole; read once, not again
            # here by the rung's first name
            chain = None
        if ("FY" in text or "F1" in text) and (grade := final_grade(text)) is not None:
            self.out.own_grade(grade)  # "FY1 ▸ … ▸ CCT ▸ Consultant": "Consultant X" is X
        if chain and len(chain) > _MAX_LADDER:
            chain = None  # hundreds of arrows are not a career ladder
        printed: list[str] = []
        if chain:  # "Career Path Apprentice X > X > …": a label with no colon first
            # (the title's head alone too: "Operator I → II" on the Plant Operator's page)
            chain = _numbered_on([self.unlabelled(chain[0]), *chain[1:]],
                                 lambda base: self.alias_step(base) or self.own_card(base)
                                 or f" {self.role}".lower().endswith(f" {base.lower()}"))
            if " is " in chain[0]:  # "the usual path is senior X → …": the path's first step
                # (rules43c: an adverb before it is no part of it, "The path is usually
                # apprentice → …")
                chain[0] = _PATH_ADVERB.sub("", chain[0].rsplit(" is ", 1)[-1])
            # "BMET I ($24.60 – $33.20/hr) → BMET II": a rung's pay aside is no part of it
            # (the printed steps keep it, for the rung's own figure below)
            printed = chain
            chain = [_PAY_ASIDE.sub("", step) if "(" in step else step for step in chain]
            if len(chain) > 2 and self.role and (
                    bare := _LEARNER_FIRST.fullmatch(chain[0].strip())) is not None and (
                    chain[1].lower().endswith(f" {self.role.lower()}")):
                # (rules38b) "Apprentice (4 years, with a master) → Journeyman Wheelwright →
                # Master Wheelwright": the bare learner's word is the role's first grade
                chain = [f"{bare.group(1)} {self.role}", *chain[1:]]
            elif len(chain) > 2 and self.role and (bare := _LEARNER_FIRST.fullmatch(
                    chain[0].strip().capitalize())) is not None and _head_word(
                    chain[1], self.role):
                # (rules42a) a translated ladder "Trainee → cutter → planner → …" on the glass
                # cutter's page: the bare learner's word is the role's first grade and the
                # role's head word the role itself, lowest rung first (no top-first ladder)
                chain = [f"{bare.group(1)} {self.role}", self.role, *chain[2:]]
            elif len(chain) > 2 and (bare := _LEARNER_FIRST.fullmatch(
                    chain[0].strip().capitalize())) is not None and _CAPITALISED_STEP.fullmatch(
                    chain[1].strip()) and ladder_step(chain[1], self.vocab, self.role):
                # (fresh56) "Trainee → Library Technician → …" on a page whose visible
                # title is "Library Media Technician": the bare learner's word is the next
                # rung's first grade as printed ("Trainee Library Technician"), not the role
                # name's (the same when the next rung is the role)
                chain = [f"{bare.group(1)} {chain[1].strip()}", *chain[1:]]
            chain = [self.unglossed(_SHORT_FORM.sub("", step)) if step.endswith(")") else step
                     for step in chain]
        schooled = next((index for index, raw in enumerate(chain or ()) if not study_step(
            raw) or ladder_step(raw, self.vocab, self.role, plain=True)), 0)
        if chain and 0 < schooled <= len(chain) - 2:
            # "Class 12 (PCM) ➜ B.Sc. ➜ Junior X ➜ X": schooling before the first rung
            chain, printed = chain[schooled:], printed[schooled:]
        top = _top_fork(chain, lambda part: ladder_step(part, self.vocab, self.role, plain=True))
        if top is not None and chain:  # "… → branch manager or network director": two tops
            chain = [*chain[:-1], top[0]]
        # (a step named by the role's alias, "Motorman → …" on the tram driver's page: the role)
        # (the role's own title as printed, in any case: "Bus and coach technician → …", whose
        # "and" parts no two titles)
        steps = [self.role if fact_key(step) == fact_key(self.role) or graded_own(
            step, self.role) or self.alias_step(step) or (
            self.short_role(step)) else ladder_step(step, self.vocab, self.role, plain=True) or (
                self.short_form_step(step))  # ("Apprentice ODP", the page's own short form)
                 for step in chain or ()]
        for index in range(1, len(steps)):
            if steps[index] and (post := _deputy_top((chain or [])[index], (chain or [])[
                    index - 1])) is not None:
                steps[index] = post  # "… → Deputy Chief → Chief": the post as printed
            elif (chain or [])[index].strip().lower() in _FIRM_GRADES and (
                    now := steps[index]) and (before := steps[index - 1]) and rung_rank(
                    now) < rung_rank(before):
                # (recall10) "Senior Structural Engineer → Associate → Director": a bare
                # grade above a senior rung is the firm's post as printed, no "Associate X"
                # below the rung before it
                steps[index] = (chain or [])[index].strip().title()
        # ("Cabin Crew Grade II (Economy) → …": a chain from the role at a grade is its own)
        graded = bool(chain) and graded_own((chain or [""])[0], self.role)
        if graded and all(steps):  # (its grades are one rung: "… Grade II → … Grade I")
            kept = [not index or step != steps[index - 1] for index, step in enumerate(steps)]
            chain = [raw for raw, keep in zip(chain or (), kept, strict=True) if keep]
            printed = [raw for raw, keep in zip(printed, kept, strict=False) if keep]
            steps = [step for step, keep in zip(steps, kept, strict=True) if keep]
        # (rules36a) "Route at a glance: Shop Volunteer ▸ Key Holder ▸ … ▸ X ▸ …": a path
        # the page labels, running through the role's own title, is the role's ladder
        labelled = bool(chain) and self.role in steps and PATH_LABEL.search(text) is not None
        # (rules37b) "Lecturer (Grade 7/8) ➜ …": the first rung without its grade's bracket
        first = _GRADE_ASIDE.sub("", chain[0]).strip() if chain and chain[0].endswith(")") else (
            chain[0].strip() if chain else "")
        if chain and not all(steps) and ((self.kind in (
                Kind.LADDER, Kind.PROGRESSION, Kind.MOVES_UP) and (
                self.kind is not Kind.MOVES_UP or _same_role(
                    singular_title(chain[0].strip()), self.role))) or (
                # "the station route: station staff → assistant stationmaster → …" in any
                # section: a chain from the role itself is its ladder
                len(chain) > 2 and (graded or self.own_card(first)
                                    or self.alias_step(chain[0])
                                    or self.short_role(chain[0]))) or (
                # "seasonal bee hand → beekeeper → lead beekeeper": a lower-case chain
                # through the role itself (its own title, not a level of it) is its ladder
                len(chain) > 2 and (self.through_role(chain) or labelled))):
            # "Junior Hydrologist → Hydrologist" under a pathway heading (or "Firefighter →
            # Lieutenant → …" under "How can you advance?"): titles of the role's own trade,
            # whether or not the lexicon knows its head word
            own_chain = graded or self.own_card(first) or self.through_role(
                chain) or self.alias_step(chain[0]) or self.short_role(chain[0]) or labelled
            steps = [_fuller_rung(step, raw) if own_chain and step else step
                     for step, raw in zip(steps, chain, strict=True)]
            steps = [step or self.trade_step(raw) or self.graded_short(raw) or (
                # (a chain from the role, lower case: "station staff → assistant stationmaster")
                # ("clinical director of the community service": the post, not its place)
                title_case(_POST_OF.sub("", _ASIDE.sub("", raw)).strip()) if own_chain and (
                    _TITLE_SHAPE.match(title_case(raw.strip()))) and len(
                    _POST_OF.sub("", raw).split()) <= _SHORT_WORDS and not (
                    # (rules47a) "manager of the entertainment of the complex": no bare
                    # "Manager" (a generic head alone names no rung)
                    " of " in raw and len(_POST_OF.sub("", raw).split()) < 2) else None)
                     for step, raw in zip(steps, chain, strict=True)]
            steps = [_GRADE_ASIDE.sub("", step) if step and step.endswith(")") else step
                     for step in steps]  # ("Reader (Grade 10)": the rung, rules37b)
            # ("BMET I → BMET II → BMET III → X": the role's own grades are one rung)
            steps = [step for index, step in enumerate(steps)
                     if not index or step is None or step != steps[index - 1]]
        if chain and steps[0] is None and len(steps) > 2 and all(steps[1:]):
            # "Most engineers follow Graduate Engineer > …": the last title before the arrow.
            opening = titles_in(chain[0], self.vocab)
            steps[0] = opening[-1][0] if opening else _last_title(
                chain[0], lambda part: ladder_step(part, self.vocab, self.role, plain=True))
            if steps[0] is None and self.kind in (Kind.LADDER, Kind.PROGRESSION) and (
                    _FIRST_BOX.match(chain[0].strip())):
                # "Vacation student → Graduate X → …" under a pathway heading: the first box
                # of the printed path, a placement or a student, is its first rung
                steps[0] = title_case(chain[0].strip())
        # ("Private → Lance Corporal → Corporal → Sergeant": a chain of ranks alone is the
        # service's ladder of ranks, whether or not the lexicon knows them as titles; the
        # role is no rung of it)
        ranked = bool(chain) and len(chain or ()) > 2 and all(
            raw.strip().lower() in self.vocab.headings.ranks for raw in chain or ())
        steps = [title_case(raw.strip()) for raw in chain or ()] if ranked else steps
        laddered = bool(chain and all(steps)) and not any(
            # (rules35d) "Route: Level 2 Fenestration Installer standard → Level 3 Glazier":
            # apprenticeship standards one trains through, no jobs
            _STANDARD_STEP.search(raw) for raw in chain or ())
        if laddered and self.kind not in (Kind.LADDER, Kind.PROGRESSION, Kind.MOVES_UP) and any(
                raw.strip().isalpha() and raw.strip().islower() for raw in chain or ()) and not (
                graded or self.through_role(chain or ())):
            # "Path: cook → chef → head chef" on a beekeeper's page: a lone lower-case job
            # word is a step only on a ladder through the role or under a ladder heading
            laddered = False
        if laddered and not ranked and self.kind is Kind.MOVES_UP and fact_key(self.role) not in {
                fact_key(step or "") for step in steps}:
            # "Where could this take you?" / "A → B": from the role (a chain through the
            # role's own title is a ladder, from its first rung); "Where does it go after
            # journeyman?": from the role at the level the question names, unless the chain
            # prints that level itself ("Apprentice X → Journeyman X → Foreman")
            asked = self.level_asked()
            if asked is None or fact_key(asked) not in {fact_key(s or "") for s in steps}:
                steps.insert(0, asked or self.role)
        if laddered and steps[0] and self.role and fact_key(steps[0]) != fact_key(
                self.role) and _from_role_in(text[: text.find("→")], self.role):
            steps.insert(0, self.role)  # "From adviser, the usual path is senior X → …"
        if laddered and len(steps) >= 2 and steps[0] and steps[1] and self.role and (
                _CLASS_NUMBER.fullmatch(steps[0][len(self.role):])) and fact_key(
                steps[0][: len(self.role)]) == fact_key(self.role) and not (
                # ("X I → X II → …": the class series' grades in turn, each a rung)
                _CLASS_NUMBER.fullmatch(steps[1][len(self.role):])):
            # (fixes102) a position description's "promotional path: X Specialist 3 → X
            # Supervisor": the role's own class at its number is the role, the ladder's foot
            steps[0] = self.role
        if laddered:
            self.chain_rungs = (row.no, frozenset(fact_key(step) for step in steps[1:] if step))
            self.chain_steps = frozenset(fact_key(step) for step in steps if step)
            forks = [step for part in _LAST_FORK.split(chain[-1].strip().rstrip("."))
                     if (step := ladder_step(part, self.vocab, self.role, plain=True) or (
                         part.strip() if 0 < len(part.split()) <= _FORK_WORDS
                         and is_title_case(part.strip()) else None))
                     ] if chain and len(steps) >= 2 and _LAST_FORK.search(chain[-1]) else []
            if len(forks) == 2:  # ((rules51b) "… → Senior X → X Planner or X Supervisor":
                # the ladder forks at its top into two posts, each a rung)
                for fork in forks:
                    self.out.progression([(role, row.no) for role in [*steps[:-1], fork]
                                          if role])
            else:
                self.out.progression([(role, row.no) for role in steps if role])
            if top is not None and len(steps) >= 2 and steps[-2]:
                self.out.progression([(steps[-2] or "", row.no), (top[1], row.no)])
            for raw, step in zip(printed, steps, strict=False) if chain and len(
                    printed) == len(steps) else ():
                # "… → Senior X (after 2 years, ₹16–19 LPA) → Assistant Manager (₹20–24 LPA)":
                # a rung's figure in its brackets is that rung's
                if step is None or "(" not in raw:
                    continue
                for money in find_amounts(raw[raw.find("("):], dollar=self.dollar,
                                          home=self.home, period=self.period):
                    if money.low is None:
                        # (fixes92) "Team Leader (CTC up to ₹3.5 LPA)": a rung's ceiling is
                        # no band (dev/README.md, one-sided ceilings)
                        continue
                    self.owned_pay(row.no, step, money.low, money.high, money)
            boxed = [ladder_step(part, self.vocab, self.role, plain=True)
                     for part in (chain[0].split(" / ") if chain and " / " in chain[0] else ())]
            if len(boxed) == 2 and all(boxed) and steps[0] in boxed:
                # "Field Assistant / Seasonal Surveyor → Assistant X": each leads to the next
                self.out.progression([(next(b for b in boxed if b != steps[0]) or "", row.no),
                                      (steps[1] or "", row.no)])
        else:
            after_chain = self.chain_rungs[1] if 0 < row.no - self.chain_rungs[0] <= (
                CHAIN_REACH) else frozenset()
            for role in advancement_roles(text, self.vocab):
                if fact_key(role) not in after_chain or not text.lower().startswith(
                        role.lower()):  # ("… → Supervisor" / "Supervisors manage …")
                    self.out.add("leads_to", role, row.no)
            for role in bracketed_moves(row.full or text, self.vocab) if "(" in text else ():
                self.out.add("leads_to", role, row.no)  # "Growth Opportunities (A, B, C)"
        lead, colon, figure = text.partition(": ")
        cohort = bool(colon) and any(map(str.isdigit, figure)) and cohort_owner(
            lead, self.vocab.is_role_title) is not None  # (whose pay: "Graduates who went
        # into producing: median $47,000" states no move)
        if not cohort and (not row.bullet or (row.kind or self.kind) not in _MOVE_BUCKETS):
            # "A → B. Some switch to C instead": the chain's sentence states no other move.
            tail = text[text.rfind("→") + 1:] if laddered else text
            ahead = text.rfind(". ", 0, text.find("→")) if laddered else -1
            if ahead > 0:  # "Most arrive from A. The path is B → C. …": A too
                tail = f"{text[:ahead + 1]} {tail}"
            source = self.rung_source(text, row.no)
            stepped = prose_steps(tail if ". " in tail else "" if laddered else text,
                                  self.vocab, self.role)
            reached = self.rungs_reached(text, stepped)
            if not laddered and 0 < row.no - self.chain_rungs[0] <= CHAIN_REACH:
                # "A → Supervisor" / "Supervisors manage …": the rung opening the line
                reached |= {key for key in self.chain_rungs[1]
                            if fact_key(text.split(" (", 1)[0][:len(key) + 2]).startswith(key)}
            moved = prose_moves(tail if ". " in tail else "" if laddered
                                else self.run_on(row, text), self.vocab, self.role)
            self.note_rung(row.no, stepped, moved)
            moved = self.climbed_entry(moved, stepped, row.no)
            for direction, roles in moved.items():
                for role in roles:
                    if _DETERMINED.match(role):
                        continue  # "qualify as that institution's curator": the role there
                    then_from = self.then_from(text, role) if (
                        direction == "up" and " then " in text) else None
                    above = _rung_subject(text, role, roles, self.role or "") if (
                        direction == "up" and source is None and len(roles) > 1) else None
                    if above is not None:
                        # (fixes98) "apply for A shifts, and many of our As' plural have
                        # gone on to be B": B is a step from A, no move from the role
                        self.step(self.fuller(above), self.fuller(role), row.no)
                    elif source is not None and direction != "in":
                        self.step(source, role, row.no)
                    elif then_from is not None and fact_key(role) != fact_key(then_from):
                        # "… can be promoted A. He then accesses B": from A, one rung on
                        self.out.progression([(then_from, row.no), (self.fuller(role), row.no)])
                    elif fact_key(_LICENSED.sub("", role)) != fact_key(self.role) and (
                            fact_key(role) not in reached) and not _inside_title(
                                role, text, self.role) and role.lower() not in _BARE_LEVELS and (
                            not _one_alternative(role, self.role)) and not (
                            direction == "in" and _bare_head(role, self.role or "")):
                        # ("Most start as juniors": a level of the role, no other title;
                        # (rules54b) "experience as a technologist" on the cath lab
                        # technologist's page: the role by its head noun)
                        self.out.add(_DIRECTIONS[direction], self.fuller(role), row.no)
            for before, after in stepped:
                self.step(before, after, row.no)  # "move up to A, then B"
        for title in answered_feeders(text, self.vocab, self.role) if "Who " in text else ():
            self.out.add("moves_in", title, row.no)  # "Who becomes an X? A, B and C …"
        if self.role and (entry := entry_rung(text, self.role)) is not None:
            self.step(entry, self.role, row.no)  # "Apprentice Xs become qualified Xs"
        for sector in () if self.duty_stations(text) else [
                *sectors(unit_owners(text)), *role_fields(text, self.role),  # "an X in A and B"
                # "serve food in A, B and C" (not in a moves section: another job's places)
                *(places_in(text) if " in " in text and self.kind not in _MOVE_BUCKETS else ())]:
            if self.own_field(sector, text, whole=True) or COUNTED_JOBS.fullmatch(sector):
                continue  # "Museum Lighting Technicians work in museum lighting": their own work
            self.out.add("sectors", sector, row.no)
            self.prose_sectors.add((fold(sector), row.no))
        run_in = text[:3] in RUN_IN_OPENERS and any(run_in_workplaces(row.full or text))
        for employer in () if run_in else hiring_employers(text, self.vocab):
            # ("Who's hiring: X itself, and employers across A": the run-in label's list)
            self.out.add("employers", employer, row.no)
        self.workplaces(row.full or text, row.no)
        if " called" in text or " known as" in text or " Called" in text or (
                " Known" in text):  # (and "Also called: …"; real44: "Also Called: …")
            for alias in stated_aliases(text, self.role, self.vocab):
                self.out.add("aliases", alias, row.no)
        # ("on the rank structure it is X", "nationally the rank is X")
        if " structure " in text or " title is " in text or (
                "ly the rank is " in text or "ly the grade is " in text):
            for alias in rank_aliases(text, self.role, self.vocab):
                self.out.add("aliases", alias, row.no)
        if ("→" not in text and " > " not in text) or not self.bracketed_rung_pay(row, text):
            self.salary(row, label, description)  # (rules39b) rungs' brackets, each its own
            # rung's pay ((rules53b) ">" between them too)
        self.grade_row(label, description, row.no)
        if len(text) > _LONG_ROW and (rungs := years_ladder(text, self.vocab.is_role_title)):
            # "Entry Level SGD 3,800 … Graduate X 0 – 3 Mid Level … X 3 – 8 …": a level
            # table flattened into one line
            self.out.progression([(rung, row.no) for rung in rungs])
        if (
            self.top is Kind.MARKET
            and self.kind is Kind.MARKET
            and not row.bullet
            and self.out.growth_trend is None
            and "demand" in text.lower()
        ):
            self.out.set_growth_trend(text.rstrip(":"), row.no)


# (rules38c) A sentence's verb after an arrow chain's last rung ("… → B is the next step").
_NEXT_STEP_TAIL = re.compile(r"\s+(?:is|are|would be|will be|comes?)\s+(?:the|a|your|their)\s+"
                             r"(?:usual\s+|likely\s+)?next\s+(?:step|move|rung|stage)\b.*$")


def _bare_head(title: str, role: str) -> bool:
    """(rules54b) ``title`` is one word, the head noun of a role of three words or more that
    opens with no rank ("Technologist" of "Travel Cath Lab Technologist"): the role itself,
    named loosely, no job before it ("Nurse" of "Senior Staff Nurse" is a rung below).

    >>> _bare_head("Technologist", "Travel Cath Lab Technologist")
    True
    >>> _bare_head("Nurse", "Senior Staff Nurse"), _bare_head("Technologist", "Lab Technologist")
    (False, False)
    """
    words = role.split()
    return " " not in title.strip() and len(words) >= _HEAD_ROLE_WORDS and (
        words[-1].lower() == title.strip().lower()) and (
        words[0].lower() not in _LEVEL_WORDS | _OTHER_RANKS)


_HEAD_ROLE_WORDS = 3
