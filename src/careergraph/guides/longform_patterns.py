"""Patterns and small helpers shared by several of the long-form parser's
mixins (titles, rungs, cards, tables): each is used by more than one job.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from careergraph.guides.builder import Bucket, fact_key
from careergraph.guides.gated_re import Gated
from careergraph.guides.longform_lines import _DIGIT
from careergraph.guides.move_items import role_base
from careergraph.guides.rank_rows import UNIT_NAME
from careergraph.guides.roles import singular_title
from careergraph.guides.section_kinds import Kind
from careergraph.guides.text import is_title_case
from careergraph.guides.vocab import Vocabulary

_POST_OF = re.compile(r"\s+of\s+(?:an?|the|his|her|their)\s.*$")
_GLUED_ITEMS = re.compile(r"[a-z)][A-Z]")
# ((rules53b) "Employer disclaimer: X provides its data through Y only": a form's note too)
_NOTE = Gated(re.compile(r"(?:(?:[a-z]+\s+)?disclaimer|note|source|sources|footnote)s?\s*:",
                         re.IGNORECASE))
# List items that name no organisation: "themselves, as owner-operators", "Last updated 3
# March 2025" (a date left over from the page's footer).
# A posting's employer field with no name in it ("Employer: Confidential").
_WITHHELD = re.compile(r"(?i:confidential|undisclosed|not disclosed|withheld|anonymous|private|"
                       r"various|self[- ]employed|n/?a|not stated|tbc|unknown)")
# An employer field's value that is the next field ("Company:   Location: Leeds   Industry:
# …": the company left blank): no organisation.
_NEXT_FIELD = re.compile(r"^[A-Z][A-Za-z]+(?: [a-z]+)?\s?:\s")
_NOT_A_NAME = re.compile(r"^(?:themselves|themself|yourself|himself|herself|oneself)\b|"
                         # a share table's catch-all row ("Others ...... 8 %")
                         r"^(?:others?|all others|other sectors|other industries|autres)$|"
                         # a record's stamps and credit in a page's footer ("Registration
                         # 2025.10.02", "Views 1480", "Data: Korea Employment Information …")
                         r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|^(?:views|hits|visits)\s+\d|"
                         r"^(?:data|source|sources)\s*:|"
                         # (rules39b) a strip's count of the rest: "and five more (see …)"
                         r"^(?:and|plus)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|"
                         r"ten|many|several|a few)\s+(?:more|others)\b|"
                         r"\b(?:updated|posted|published)\b|\b(?:January|February|March|April|"
                         r"May|June|July|August|September|October|November|December)\s+\d{4}\b|"
                         # a price cut at its thousands comma ("499 only (₹2,999) Book now");
                         # a unit's number opens its name ("163 Signal Squadron", set 32)
                         rf"^(?!(?-i:{UNIT_NAME})\b)\d|[$€£₹¥]\s?\d",
                         re.IGNORECASE)
# A grade or a bracketed level after a title heading ("X II", "X (Intermediate)").
_HEADING_GRADE = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|[1-9])$|\s+\([A-Za-z -]{2,20}\)$")
# A seniority word before a title: "Senior Teller" is the Bank Teller at a level ("Chief" and
# "Head" name posts of their own).
_SENIORITY = re.compile(r"^(?:senior|junior|trainee|sr\.?|jr\.?|entry-level|mid-level)\s+",
                        re.IGNORECASE)
# The sections a rung printed as a title heading holds ("What You Do:", "Salary").
_RUNG_PARTS = frozenset({Kind.RESPONSIBILITIES, Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS,
                         Kind.SALARY})
_GLUED_TITLE = re.compile(r"[a-z)][A-Z]")  # a cheap gate: one title glued to the next
# Sections whose names are not the role's skills or sectors (other roles, pay, next steps).
# (A salary section's sentences are read: pay sentences give nothing, and prose under a pay
# line the page never closed with a known heading is often the role's description.)
_NO_NAMES = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.NEXT_STEPS,
                       Kind.OFTEN_MISSING, Kind.ALIASES})
_NO_SKILLS = frozenset({Kind.EMPLOYERS, Kind.SECTORS, Kind.CHALLENGES})
_ROLE_LISTS = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.LADDER,
                         Kind.PROGRESSION})
_DIRECTIONS: dict[str, Bucket] = {"up": "leads_to", "lateral": "transitions_to",
                                  "in": "moves_in"}
_NAME_BUCKETS: dict[Kind, Bucket] = {Kind.SECTORS: "sectors", Kind.EMPLOYERS: "employers"}
# A level table's rows make a ladder from this many consecutive numbers on.
_MIN_TABLE_RUNGS = 3
_WIDE_GAP = re.compile(r"\s{3,}|\t")


def _base_key(title: str) -> str:
    return fact_key(role_base(title))
# A title that opens with these is another post, not the role at a level ("Chief
# Physiotherapist" on the physiotherapist's pay table).
_OTHER_RANKS = frozenset({"chief", "head", "deputy"})
# (rules37a) A title's specialism in brackets after it ("Graduate Network Planner (Rail
# Freight)"): the role with a note, for comparing with the role's own title.
_SPECIALISM_TAIL = re.compile(r"\s+\([^()]{1,40}\)$")


# Words that open the role at an entry rung ("Graduate Geologist" on a rubric's pay spine).
_ENTRY_RUNGS = frozenset({"graduate", "trainee", "apprentice", "intern", "cadet"})
# Words that make a title the role at another level on a framework's level list.
_LEVEL_WORDS = frozenset({"junior", "associate", "senior", "staff", "lead", "principal"})
_OCCUPATION_CELL = re.compile(r"[A-Z][a-z]+(?:\s+(?:and|of|[A-Z][a-z]+)){0,5}s")
_AGENT_END = re.compile(r"(?:er|or|ist|ian|ive|ant|ent|man|men)$")


def _occupation_cell(cell: str) -> str | None:
    """A table cell naming an occupation in the plural ("Couriers and Messengers",
    "Police and Detectives"), made singular; None for any other cell.

    >>> _occupation_cell("Zoologists and Wildlife Biologists"), _occupation_cell("Total")
    ('Zoologists and Wildlife Biologist', None)
    """
    cell = cell.strip()
    if not _OCCUPATION_CELL.fullmatch(cell):
        return None
    single = singular_title(cell)
    return single if _AGENT_END.search(single) else None


def _pay_key(title: str) -> str:
    """The key whose pay a title's figure is: the role's own (its level words dropped)
    unless the title opens with a rank of another post.

    >>> _pay_key("Senior Welder"), _pay_key("Chief Welder"), _pay_key("Newly Qualified Welder")
    ('welder', 'chiefwelder', 'welder')
    """
    first = title.split(maxsplit=1)[:1]
    if first and first[0].lower() in _OTHER_RANKS:
        return fact_key(title)
    # ("Newly Qualified Social Worker": the role in its first year, a seniority phrase)
    return _base_key(_NEWLY_QUALIFIED.sub("", title))


_NEWLY_QUALIFIED = re.compile(r"^Newly[ -][Qq]ualified\s+(?=[A-Z])")


def _role_tail(title: str, role: str) -> bool:
    """``title`` is ``role`` or its last words ("Conservator" for Museum Conservator).

    >>> _role_tail("General manager", "Hotel General Manager"), _role_tail("Hotel", "Hotel X")
    (True, False)

    (carry38) A role opening with a rung below another post ("Assistant Executive Engineer",
    "Deputy Registrar") does not end in that post: "Executive Engineer" is the rung above.

    >>> _role_tail("Executive Engineer", "Assistant Executive Engineer")
    False
    """
    key, words = fact_key(title), role.split()
    below = 1 if len(words) > 2 and words[0].lower() in _BELOW_RUNGS else 0
    return any(fact_key(" ".join(words[start:])) == key for start in range(len(words))
               if start != below or not below)


# (carry38) A role's first word naming a rung below the post its other words name.
_BELOW_RUNGS = frozenset({"assistant", "deputy", "associate", "junior", "trainee"})
# A heading about pay, no title ("X Salary Distribution in Lima", "X Average Salary in Leeds";
# "Pay Analyst" is a title)
_PAY_IN_TITLE = re.compile(r"\b(?:salary|salaries|pay|wages?|earnings)\s+(?:distribution|range|"
                           r"ranges|guide|survey|scale|in|by|for|of|at)\b|\b(?:average|median|"
                           r"typical)\s+(?:salary|salaries|pay|wages?)\b", re.IGNORECASE)
# (fixes79) A heading about becoming the role ("Skills Required To Become A Police Constable",
# "How To Be A Harbour Pilot"): a section's words before the title, no rung owning pay.
_BECOMING = re.compile(r"\bto\s+(?:become|be)\s+(?:an?|the)\s", re.IGNORECASE)
# (a band of experience is a level too: "Mid-level Designer", "Entry-level Glaze Designer")
_GRADE_MARKS = re.compile(r"^(?:Senior|Junior|(?i:mid[- ]?level|entry[- ]level|mid[- ]career))"
                          r"\s+|\s+(?:I{1,3}|IV|[1-4])$")


def _graded_tail(title: str, role: str) -> bool:
    """``title`` is the role's last words with a seniority word or a grade ("Senior
    Underwriter", "Underwriter II" on the Insurance Underwriter's guide): the role at a level.

    >>> _graded_tail("Senior Underwriter", "Insurance Underwriter")
    True
    >>> _graded_tail("Trainee Technician", "Lab Technician"), _graded_tail("Underwriter", "X")
    (False, False)
    >>> _graded_tail("Mid-level Designer", "Textile Designer")
    True
    >>> _graded_tail("Junior Engineer", "Assistant Engineer (Civil)")
    False
    """
    bare = _GRADE_MARKS.sub("", title)
    if bare != title and role.split(maxsplit=1)[0].lower() in RUNG_FIRST and (
            fact_key(bare) != fact_key(role_base(role))):
        return False  # (rules38b) "Junior Engineer" on the Assistant Engineer's page: a rung
    return bare != title and _role_tail(bare, role)


# (rules38b) A role's first word that is itself a rung of its cadre ("Assistant Engineer",
# "Deputy Registrar"): another rung word before the same head names another post.
RUNG_FIRST = frozenset({"assistant", "deputy", "associate", "junior", "senior", "chief",
                        "principal", "executive", "superintending"})


_STEP_WORDS = frozenset({"senior", "junior", "trainee", "graduate"})


def _stepped_role(title: str, role: str) -> bool:
    """``title`` is the role's words with a seniority word inside them, before its head noun
    ("Two-Wheeler Senior Technician" on the Two-Wheeler Service Technician's page, a word of
    the qualifier dropped): the role's own step, whose pay is the role's.  The seniority word
    and the head noun alone ("Graduate Geologist" on the Exploration Geologist's page) is a
    rung named apart (set 11), so it is none.

    >>> _stepped_role("Pit Senior Welder", "Pit Welder"), _stepped_role("Senior Welder", "Pit X")
    (True, False)
    >>> _stepped_role("Pit Chief Welder", "Pit Welder")
    False
    """
    words, own = title.split(), role.split()
    if len(words) < 3 or len(own) < 2 or words[-2].lower() not in _STEP_WORDS or (
            fact_key(singular_title(words[-1])) != fact_key(own[-1])):
        return False
    before, qualifier = fact_key(" ".join(words[:-2])), fact_key(" ".join(own[:-1]))
    return qualifier.startswith(before) or qualifier.endswith(before)


# (rules34a2) A learner's word after the role's name ("Clinical Officer Intern", "Cabinet
# Maker Apprentice"): the role at its learner level, as "Trainee Cabinet Maker" is.
_LEARNER_AFTER = frozenset({"intern", "trainee", "apprentice"})


def learner_after(title: str, role: str) -> str | None:
    """The learner's word after the role's name in ``title`` (the role at that level, its
    pay the role's own), or None.

    >>> learner_after("Clinical Officer Intern", "Clinical Officer")
    'intern'
    >>> learner_after("Clinical Officer Intern", "Nurse"), learner_after("Intern", "Nurse")
    (None, None)
    """
    words = title.split()
    if len(words) < 2 or words[-1].lower() not in _LEARNER_AFTER or not role:
        return None
    return words[-1].lower() if _base_key(" ".join(words[:-1])) == _base_key(role) else None


_END_BRACKET = re.compile(r"\(([^()]+)\)\s*$")


def _other_bracket(title: str, role: str) -> bool:
    """``title`` and the role each end in a bracket, and the brackets differ: "Loco Pilot
    (Shunting)" on the page of "Loco Pilot (Goods)" is another post, a sibling of the role.

    >>> _other_bracket("Loco Pilot (Shunting)", "Loco Pilot (Goods)")
    True
    >>> _other_bracket("Loco Pilot", "Loco Pilot (Goods)")
    False
    """
    mine = _END_BRACKET.search(role) if role.endswith(")") else None
    theirs = _END_BRACKET.search(title) if title.endswith(")") and mine else None
    return theirs is not None and mine is not None and (
        theirs.group(1).strip().lower() != mine.group(1).strip().lower())


# (rules58a) "Middle" (or "Mid-level") before a posting's title is the role's rung as IT boards
# in Armenia and Central Asia grade posts (Junior / Middle / Senior): a card of the same title
# at another rung ("Java developer (Senior)", "Junior Java developer") is the role's own.
# ("Middle School Teacher", "Middle East Sales Manager" name no rung.)
_MIDDLE_RUNG = re.compile(r"(?:Middle|Mid-level|Mid-Level)\s+(?!School\b|East\b|Eastern\b)"
                          r"(?=\S+\s+\S)")


def unrung_role(role: str) -> str | None:
    """The role's title without its leading "Middle" rung, None when it has none.

    >>> unrung_role("Middle Java Developer"), unrung_role("Middle School Teacher")
    ('Java Developer', None)
    """
    middle = _MIDDLE_RUNG.match(role)
    return role[middle.end():] if middle is not None else None


def _same_role(title: str, role: str) -> bool:
    """``title`` is ``role`` up to level words and an acronym of its leading words ("Senior
    BI Developer" on the guide for Business Intelligence Developer).

    >>> _same_role("Senior BI Developer", "Business Intelligence Developer")
    True
    >>> _same_role("BI Manager", "Business Intelligence Developer")
    False
    >>> _same_role("Licensed AME (B1/B2)", "Aircraft Maintenance Engineer")
    True
    """
    if _other_bracket(title, role):
        return False
    key = _base_key(title)
    if key == _base_key(role):
        return True
    words = role_base(role).split()
    last = title.split(" (")[0].split()[-1:]
    if last and len(words) >= 2 and last[0] == "".join(w[0] for w in words).upper():
        return True  # "Licensed AME (B1/B2)" on the guide for Aircraft Maintenance Engineer
    for start, stop in itertools.combinations(range(len(words) + 1), 2):
        if stop - start >= 2:
            part = words[start:stop]
            initials = "".join(w[0] for w in part).upper()
            # ("L&D Practitioner" on the guide for Learning and Development Practitioner)
            ampersand = "".join("&" if w == "and" else w[0] for w in part).upper()
            if any(fact_key(" ".join([*words[:start], short, *words[stop:]])) == key
                   for short in {initials, ampersand}):
                return True
    return False


_TITLE_CELL_WORDS = 6
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")  # "Girdawar (Kanungo)": the owner is Girdawar


def _table_title(vocab: Vocabulary) -> Callable[[str], bool]:
    """A title a table's title cell names: one the vocabulary knows, in the singular or the
    plural ("Zoologists"), or a short name in Title Case (the column's header says it is a
    title: "Glazier", "Head Brewer"; a description in a sentence's case is none)."""
    def is_title(text: str) -> bool:
        return vocab.is_role_title(text) or vocab.is_role_title(singular_title(text)) or (
            len(text.split()) <= _TITLE_CELL_WORDS and is_title_case(text)
            and not _DIGIT.search(text))

    # "Head of Archives / City Archivist": two whole titles sharing a row
    return lambda text: is_title(text) or (" / " in text and all(
        is_title(part.strip()) for part in text.split(" / ")))


def _table_skill(vocab: Vocabulary) -> Callable[[str], bool]:
    """A skill or a tool the vocabulary knows: what tells a table column of skills whose
    header word is unknown ("Stack": "Kafka; dbt; SQL")."""
    known: set[str] = set()  # filled on first use: most pages never ask

    def is_skill(text: str) -> bool:
        if not known:
            known.update(name.lower() for name in vocab.skills)
        return text.lower() in known or bool(vocab.lexicon_tools(text))

    return is_skill
_BRACKETED = re.compile(r"\s*\([^()]*\)")


# Other jobs than the page's role, named in a heading ("Salaries for similar jobs", "Growth
# Trends for Related Jobs", "Wages for Related Occupations").
# (rules45a: a translated board's "Vacancies similar to this", "Similar ads")
_OTHER_JOBS = re.compile(r"\b(?:similar|related|other|comparable|nearby|interesting|recommended)"
                         r"\s+(?:jobs|roles|careers|grades|"
                         r"occupations|positions|titles|professions|vacancies|openings|ads|"
                         r"adverts)\b"
                         r"|\b(?:vacancies|jobs|ads|offers|positions)\s+similar\s+to\s+this\b"
                         # (fresh56) a translated board's "Similar offers: Road worker · …"
                         r"|\b(?:similar|related|comparable)\s+offers\b"
                         # (rules48a) a posting's "Also We Are Hiring at the Same Site", "We
                         # are also hiring": the employer's other vacancies
                         r"|\balso\s+(?:we\s+are\s+|we're\s+)?(?:hiring|recruiting)\b"
                         r"|\bwe(?:\s+are|'re|’re)\s+also\s+(?:hiring|recruiting)\b"
                         r"|\bfor\s+comparison\s*$"
                         # (fresh59) a job board's "More jobs at X: Delivery Rider · …", as
                         # "Other jobs at X:" (a firm's further vacancies)
                         r"|\bmore\s+(?:jobs|vacancies|openings|positions)\s+(?:at|from)\b",
                         re.IGNORECASE)
