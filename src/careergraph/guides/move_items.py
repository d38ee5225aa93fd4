"""Role titles in move items: list items, ladder steps, arrow chains and bracketed moves.

Each function reads one item or line and returns role titles as plain strings; the parser
attaches sources.  ``A / B`` and ``A or B`` become two roles when both halves are role titles,
and stay one title otherwise (``AI/ML Engineer``); level words joined by a slash before one
title name one title per level (``Staff/Principal Platform Engineer``).  A bare level word in a
ladder (``Senior → Staff → Principal``) is completed with the guide's own role
(``Senior Site Reliability Engineer``).

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> move_titles("SRE Manager / Reliability Engineering Lead", v)
['SRE Manager', 'Reliability Engineering Lead']
>>> move_titles("Staff/Principal Platform Engineer (AI/ML)", v)
['Staff Platform Engineer (AI/ML)', 'Principal Platform Engineer (AI/ML)']
>>> ladder_step("Level 2: Data Analyst (2-4 years)", v, "Data Analyst")
'Data Analyst'
>>> ladder_step("Staff", v, "Site Reliability Engineer")
'Staff Site Reliability Engineer'
"""

from __future__ import annotations

import re

from careergraph.guides.entry_rungs import _subject_opener, ungraded
from careergraph.guides.level_forks import level_forks
from careergraph.guides.prose_titles import (
    _CONNECTORS,
    _DISCIPLINE_ENDS,
    _LEVEL_SET,
    _distributed,
    is_truncated,
    prose_title,
    unit_post,
)
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.skill_cues import fixed_pair
from careergraph.guides.split import segment
from careergraph.guides.text import clean, split_items
from careergraph.guides.title_departments import dashed_department
from careergraph.guides.vocab import Vocabulary
from careergraph.names import is_acronym_of, name_key

__all__ = [
    "bracketed_moves",
    "graded_own",
    "ladder_step",
    "listed_role",
    "move_titles",
    "other_track",
    "plain_titles",
    "role_base",
    "sentence_case_title",
    "step_number",
    "titles_in",
    "unlabelled_step",
    "worded_level",
]


_STEP_PREFIX = re.compile(
    r"^(?:(?:level|step|stage|tier|grade|band)\s*\d{1,2}\b|L\d{1,2}\b|[IVX]{1,4}\b|\d{1,2}\b)"
    r"\s*[.):·–—-]?\s*|"
    # (real49) a ladder's level named in words before its colon: "Entry Level: Assistant X /
    # Y", "Mid Level: X" (the level's label, no words of its title)
    r"^(?:entry|junior|mid|middle|intermediate|senior|top|advanced|executive)[\s-]*level\s*:\s*",
    re.IGNORECASE)
_WORDED_LEVEL = re.compile(r"(?:entry|junior|mid|middle|intermediate|senior|top|advanced|"
                           r"executive)[\s-]*level\s*:", re.IGNORECASE)
_RUNG = re.compile(r"(?:level|step|stage|tier|grade|band|L)\s*(\d{1,2})\b", re.IGNORECASE)
# A grade code in brackets after a step's title ("Veterinary Officer (BS-17)", "(BPS-9)",
# "(Grade 14)", "(Band 6)"): the rung's grade, not part of its title.
_GRADE_CODE = re.compile(r"\s*\((?:[A-Z]{1,4}-?\s?\d{1,2}|"
                         r"(?i:grade|band|scale|level)\s*[\w-]{1,4}|"
                         # a job family's level or track in brackets ("Support Engineer
                         # (Intermediate)", "… (management track)"): no part of the title
                         r"(?i:intermediate|mid|mid-level|medior|entry(?:[- ]level)?|"
                         r"(?:management|manager|leadership|people|technical|individual[- ]"
                         r"contributor|ic)\s+track))\)")
# A job family's rung marked as another track ("Manager, X (management track)").
_OTHER_TRACK = re.compile(r"\((?:management|manager|people|leadership)\s+track\)", re.IGNORECASE)


def other_track(step: str) -> bool:
    """A ladder list's step marked as a branch to another track ("Manager, Support
    Engineering (management track)"): an up move from the role, not the next rung.

    >>> other_track("Head of Copy (management track)"), other_track("Senior Copy Editor")
    (True, False)
    """
    return _OTHER_TRACK.search(step) is not None


# A title printed head first, its field after a comma ("Manager, Support Engineering").
_INVERTED = re.compile(r"^(?:Manager|Director|Head|Lead|Chief|Supervisor|Vice President|VP),\s+"
                       r"[A-Z][\w&-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&-]*){0,3}$")
_YEARS = re.compile(r"\(?\s*\d{1,2}\s*(?:[-–—]|to)?\s*\d{0,2}\+?\s*(?:years?|yrs?)\b[^)]*\)?",
                    re.IGNORECASE)
# Where a step's title ends and its description starts.
_STEP_CUTS = (": ", " – ", " — ", " - ", " (", ", ", "\t", " | ", " · ")
_GLUED = re.compile(r"[a-z)][A-Z]")
# An occupation or grade code before a title: "19-2042.00  Geoscientists", "QE1 - Quality …".
_CODE = re.compile(r"^(?:\d{2}-\d{4}\.\d{2}\s+|(?:\d{2}-\d{4}|\d{4}|[A-Z]{1,4}\d{1,2})"
                   r"(?:\s*[-–—:]\s*|\s{2,}))")
# A grade number or numeral after a title: "Quality Engineer 1", "Junior Data Analyst II".
_GRADE = re.compile(r"\s(?:\d{1,2}|I{1,3}|IV|VI{0,3})$")
# A head count after a listed title ("Director of Audit (4)": where four alumni are now):
# no part of the title.
_HEAD_COUNT = re.compile(r"\s+\(\d{1,4}\)$")
# Where a listed occupation's name ends: ", Except …", a tag column ("  Bright Outlook").
_LISTED_TAIL = re.compile(r",?\s+(?:except|excluding)\b.*$|\s{2,}.*$", re.IGNORECASE)

_QUALIFIER = re.compile(r"\s\((?:[A-Z][\w/&+.-]*\s?){1,4}\)$")


def step_number(text: str) -> int | None:
    """The rung number of an explicit ladder step ("Level 2: …", "Step 3 — …"), else None.

    >>> step_number("Step 3 — Senior Backend Developer (5–8 years)"), step_number("L4 | X")
    (3, 4)
    """
    match = _RUNG.match(text.strip())
    return int(match.group(1)) if match else None


# Level words that, after a noun, are the title's own head: "Miso Brewing Staff", "Team
# Lead", "Sales Associate" (only "Staff Engineer"'s "Staff", before the noun, is a level).
_HEAD_LEVELS = frozenset({"staff", "lead", "associate"})


def role_base(role: str) -> str:
    """A role title without its level words ("Senior Data Engineer" -> "Data Engineer"); a
    head-noun level word after a noun stays ("Senior Miso Brewing Staff" -> "Miso Brewing
    Staff", "Team Lead" stays, "Lead Engineer" -> "Engineer").

    >>> role_base("Senior Staff Engineer"), role_base("Senior Miso Brewing Staff")
    ('Engineer', 'Miso Brewing Staff')
    >>> role_base("Team Lead"), role_base("Sales Associate"), role_base("Lead Engineer")
    ('Team Lead', 'Sales Associate', 'Engineer')
    """
    split = role.split()
    words = [w for at, w in enumerate(split) if w.lower() not in _LEVEL_SET or (
        at == len(split) - 1 and at and w.lower() in _HEAD_LEVELS
        and split[at - 1].lower() not in _LEVEL_SET)]
    return " ".join(words) or role


# A grade after the role's own title in a ladder step, with the grade's aside
# ("Cabin Crew Grade II (Economy)", "Bank Teller Level 2").
_OWN_GRADE = re.compile(r"\s+(?:grade|level|band|tier|class)\s*(?:\d{1,2}|[IVX]{1,4})"
                        r"(?:\s*\([^()]*\))?$", re.IGNORECASE)


def inverted_title(text: str) -> bool:
    """True for one title printed rank first, after a comma ("Manager, Support Engineering").

    >>> inverted_title("Director, Client Services"), inverted_title("Senior Chef, Head Chef")
    (True, False)
    """
    return _INVERTED.match(text) is not None


def graded_own(step: str, role: str) -> bool:
    """A ladder step that is the role's own title at a grade: one rung of the role, not a
    title of its own.

    >>> graded_own("Cabin Crew Grade II (Economy)", "Cabin Crew")
    True
    >>> graded_own("Senior Cabin Crew", "Cabin Crew"), graded_own("Grade II", "Cabin Crew")
    (False, False)
    """
    step = clean(step.strip())
    bare = _OWN_GRADE.sub("", step)
    return bool(role) and bare != step and bare.casefold() == role.casefold()


def _title_part(text: str, vocab: Vocabulary) -> str | None:
    """The role title an item opens with, before its description or years."""
    text = clean(text.strip(" .;:•*"))
    if text.endswith(")") and (counted := _HEAD_COUNT.sub("", text)) != text:
        text = singular_title(counted)  # ("Senior Surveyors (14)": fourteen of them)
    if not text:
        return None
    if vocab.is_role_title(text):
        return text
    grade = _GRADE.search(text)
    if grade and vocab.is_role_title(text[: grade.start()]):
        return text  # "Quality Engineer 1": a graded rung of a title
    qualifier = _QUALIFIER.search(text)
    if qualifier and vocab.is_role_title(text[: qualifier.start()]):
        return text  # "Platform Engineer (AI/ML)": a qualifier in capitals is part of it
    prefix = vocab.role_title_at(text, 0)
    if prefix and text.startswith(prefix):
        rest = text[len(prefix):].lstrip()
        trainee = _IN_TRAINING.match(rest)
        if trainee is not None:  # "Engineer in Training (EIT)": the trainee rung, whole
            return text[:len(text) - len(rest) + trainee.end()]
        # "Senior DevOps Engineer with multi-account experience": a title, then prose.
        if rest and (rest[0].islower() or rest[0] in "(–—-,:·"):
            # ((rules47c) "→ Assistant Manager – Collections": a department the data names
            # after a dash is part of the step's title, as in prose; a place is not)
            dept = dashed_department(text, len(prefix)) if rest[0] in "–—-" else None
            return prefix + dept if dept is not None and len(prefix) + len(dept) == len(
                text.rstrip(" .;,")) else prefix
    for cut in _STEP_CUTS:
        position = text.find(cut)
        if position > 0:
            head = text[:position].strip()
            graded = _GRADE.search(head) if head[-1:].isdigit() or head[-1:] in "IV" else None
            if vocab.is_role_title(head) or (
                    graded and vocab.is_role_title(head[: graded.start()])):
                return head  # ("Court Clerk 1 (4411) Salary Range 13": a graded class)
    return None


_SENTENCE_CASE = re.compile(r"[A-Z][a-z]+(?:[ -][a-z]+){1,3}")


def sentence_case_title(text: str, vocab: Vocabulary) -> str | None:
    """A list item's title printed in sentence case before its aside ("Head baker - chef de
    fournil", "Bakery manager"), in Title Case, when so it is a role title; else None (so
    that "Head" alone is never read out of "Head baker").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> sentence_case_title("Head baker - chef de fournil", v), sentence_case_title("Baker", v)
    ('Head Baker', None)
    """
    head = min((p for p in (text.find(cut) for cut in _STEP_CUTS) if p > 0), default=len(text))
    words = text[:head].strip()
    titled = title_case(words)
    if " or " in words:
        return None  # "Barista or waiter": two titles offered, read one by one
    lowered = words[:1].lower() + words[1:]
    if " and " in words and _distributed(lowered, vocab) != lowered:
        return None  # "Depot and fleet supervisor": two posts sharing the head (plain_titles)
    return titled if _SENTENCE_CASE.fullmatch(words) and vocab.is_role_title(titled) else None


def _head(title: str) -> str:
    words = title.split()
    return words[0].lower() if len(words) > 2 and words[1] == "of" else words[-1].lower()


_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Associate)(?:'s|s)?\s+(?:of|in|degree)\b")


# A two-way arrow between two titles ("A ⇄ B", "A <-> B"): people move either way.
_TWO_WAY = re.compile(r"\s*(?:⇄|⇆|↔|⟷|<->|<=>)\s*")


def two_way(item: str) -> bool:
    """True when ``item`` joins two titles by a two-way arrow ("A ⇄ B")."""
    return _TWO_WAY.search(item) is not None


def move_titles(item: str, vocab: Vocabulary) -> list[str]:
    """The role titles one list item names (none when it names no role); level words joined
    by a slash before one title ("Senior/Staff X") name one title per level.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> move_titles("Engineering Manager or Staff Engineer (after 5+ years)", v)
    ['Engineering Manager', 'Staff Engineer']
    >>> move_titles("Staff EngineerPrincipal Engineer", v)
    ['Staff Engineer', 'Principal Engineer']
    >>> move_titles("Senior/Lead Hydrologist", v)
    ['Senior Hydrologist', 'Lead Hydrologist']
    """
    titles = _move_titles(item, vocab)
    if not any("/" in title for title in titles):
        return titles
    return [fork for title in titles for fork in level_forks(title)]


def _move_titles(item: str, vocab: Vocabulary) -> list[str]:
    """The role titles one list item names, as the page prints them."""
    item = clean(_CODE.sub("", item.strip(), count=1))
    if not item or _DEGREE.match(item):
        return []  # "Master of Archival Studies (MAS) or …": a degree, no role
    if two_way(item):
        # "Cable Jointer ⇄ Network Surveyor": a move either way between the two titles
        # (the role's own side is dropped by the caller like any item naming the role)
        sides = [_title_part(side, vocab) for side in _TWO_WAY.split(item)]
        return [side for side in sides if side]
    if "pplicants from" in item or "andidates from" in item or "ransfers from" in item:
        item = _from_posts(item, vocab)  # "internal applicants from A and B posts": A; B
    pieces = segment(item) if _GLUED.search(item) else []
    if len(pieces) > 1 and not any(mark in item for mark in ",;/"):
        glued = [t for t in (_title_part(p.text, vocab) for p in pieces) if t]
        if len(glued) == len(pieces):
            return glued
    if "," in item or ";" in item:
        # "A, B or C": a list first, so that "A, B" is never taken for one title.
        listed = split_items(item, keep_whole=vocab.is_role_title)
        parts = [_title_part(i, vocab) for i in listed]
        # (three titles in a comma list are a list even when their words run on as one
        # title: "Store Detective, Retail Security Supervisor" is no "Detective Retail …")
        if len(listed) > 1 and all(parts) and (
                len(listed) >= 3 or not vocab.is_role_title(item.replace(",", ""))):
            return [t for t in parts if t]
    whole = _title_part(item, vocab) if not any(m in item for m in ",;") else None
    # Two titles joined by "/" or "or" are two roles; one title with a "/" inside is one.
    for joiner in (" / ", "/", " or ", " OR "):
        if joiner in item:
            halves = [_title_part(h, vocab) for h in item.split(joiner)]
            titles = [h for h in halves if h]
            # "A or B" names two roles; "A / B" with one head word ("Tech Lead / Engineering
            # Lead") is one role named two ways.
            heads = {_head(t) for t in titles}
            bases = {role_base(t) for t in titles}
            # Both full titles of three words or more name two roles too.
            full = all(len(t.split()) >= 3 for t in titles)
            if (len(titles) == len(halves) > 1
                    and (len(heads) == len(titles) or "/" not in joiner or len(bases) == 1
                         or full)
                    and all(len(t.split()) > 1 or "/" not in joiner for t in titles)):
                return titles
    pair = _title_pair(item, vocab) if whole and item.count(" and ") == 1 else None
    if pair:
        return pair  # "Ward Clerk and Medical Secretary": two whole titles
    if whole:
        return [whole]
    if "," in item or ";" in item or " and " in item:
        items = split_items(item, keep_whole=vocab.is_role_title)
        found = [t for t in (_title_part(i, vocab) for i in items) if t]
        if len(found) < len(items) and vocab.is_role_title(item.replace(",", "")):
            return [item]  # "Governance, Risk and Compliance (GRC) Analyst": one title
        if found:
            return found
    return []


# "internal applicants from Ward Clerk and Medical Secretary posts": the posts people come
# from, listed between the cue and the word for posts.
_APPLICANTS_FROM = re.compile(
    r"^(?:(?:internal|external|existing|experienced)\s+)?(?:applicants|candidates|transfers|"
    r"entrants)\s+from\s+(?:the\s+)?(?P<list>[A-Z].*?)(?:\s+(?:posts|roles|positions|jobs|"
    r"grades))?$", re.IGNORECASE)


def _from_posts(item: str, vocab: Vocabulary) -> str:
    """``item`` with each "applicants from A and B posts" part of its ";" list as the posts
    it names ("A; B").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _from_posts("Trainee Coder ; internal applicants from Ward Clerk and Medical "
    ...             "Secretary posts", v)
    'Trainee Coder; Ward Clerk; Medical Secretary'
    """
    parts = []
    for part in (piece.strip() for piece in item.split(";")):
        applicants = _APPLICANTS_FROM.match(part)
        listed = applicants.group("list") if applicants else part
        parts.append("; ".join(_title_pair(listed, vocab) or [listed]) if applicants else part)
    return "; ".join(parts)


def _title_pair(item: str, vocab: Vocabulary) -> list[str]:
    """Two titles joined by "and", each a whole title of two words or more ("Ward Clerk and
    Medical Secretary"); none when one side is no title alone ("Food and Beverage Manager").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _title_pair("Ward Clerk and Medical Secretary", v)
    ['Ward Clerk', 'Medical Secretary']
    >>> _title_pair("Food and Beverage Manager", v)
    []
    >>> _title_pair("Welders and Farm Hands.", v)
    ['Welders', 'Farm Hands']
    """
    halves = [half.strip() for half in item.rstrip(" .").split(" and ")]
    # (a first half in the plural is never a modifier of the second: "Welders and Farm
    # Hands" are two titles however short)
    if all((len(half.split()) >= 2 or halves[0].endswith("s")) and _title_part(
            half, vocab) == half for half in halves):
        return halves
    if len(halves) == 2 and _plural_people(halves[0]) and _title_part(
            halves[1], vocab) == halves[1]:
        return halves  # "Lifeguards and Swim Coach", "EMTs and Paramedic": two roles (fixes61)
    return []


# A plural acronym that names people ("EMTs", "LPNs"): one word of capitals and an "s".
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


def _plural_people(word: str) -> bool:
    """True for one capitalised plural word naming people the lexicon may not know
    ("Lifeguards", "EMTs"): never a modifier of a title after "and"."""
    return " " not in word and word[:1].isupper() and word.endswith("s") and (
        _ACRONYM_PLURAL.fullmatch(word) is not None or practitioner_noun(word))


# Two plural people nouns joined by "&" ("legal secretaries & paralegals"): two kinds of
# worker, as with "and" ("food & beverage manager" keeps its "&": "food" names no people).
_PEOPLE_AMPERSAND = re.compile(r"\b(?P<plural>[a-z]+s)\s+&\s+(?=[a-z])")


def _people_and(text: str) -> str:
    """``text`` with an "&" after a plural people noun read as "and"."""
    return _PEOPLE_AMPERSAND.sub(lambda m: f"{m.group('plural')} and " if practitioner_noun(
        m.group("plural")) else m.group(), text)


# "work as an orchard hand or farm worker": a list item naming earlier jobs.
_WORK_AS = re.compile(r"^(?:(?:paid|previous|prior|some)\s+)?(?:work|worked|working|jobs?|"
                      r"experience)\s+(?:as|in)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)

# a description after a dash, or in brackets opening in lower case ("(sizing systems …)")
_DESCRIBED = re.compile(r"\s+(?:[–—-]\s+.*|\([a-z][^()]*\))$")
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z]{2,6}\)")
_ASIDE = re.compile(r"\s*\([^()]*\)")  # a bracket's aside ("(Oyakata)", "(5+ years)")

_MAX_PLAIN_STEP = 5
# A rung's pay printed after its title ("… Rs. 57,060 – Rs. 130,130", "… PKR 45,070", "… $58k").
_PAY_AFTER_STEP = re.compile(r"\s+(?:[$€£₹₱৳]\s?\d|(?:Rs|Tk|[KT][Ss]hs?)\.?\s?\d|"
                             r"(?:PKR|INR|BDT|USD|GBP|EUR|AED|KES|TZS|PHP|NGN)\s?\d)")


def plain_titles(item: str, vocab: Vocabulary) -> list[str]:
    """Role titles a sentence-case list item names ("Kitchen hand", "Marine apprentice", "work
    as an orchard hand or farm worker"); activities name none ("Sail making").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> plain_titles("Boat yard hand", v), plain_titles("work as a deck hand or ferry porter", v)
    (['Boat Yard Hand'], ['Deck Hand', 'Ferry Porter'])
    >>> plain_titles("Sail making", v), plain_titles("Retail Supervisor", v)
    ([], [])
    >>> plain_titles("Store and area manager", v), plain_titles("Health and safety officer", v)
    (['Store Manager', 'Area Manager'], ['Health and Safety Officer'])
    >>> plain_titles("Sterile compounding (IV) technician – hospital cleanroom work", v)
    ['Sterile Compounding Technician']
    """
    text = _people_and(_WORK_AS.sub("", clean(item).strip(" .;"), count=1))
    # "Sterile compounding (IV) technician – hospital cleanroom work": the title before its
    # description, without an acronym aside
    text = _ACRONYM_ASIDE.sub("", _DESCRIBED.sub("", text))
    words = text.split()
    if not 0 < len(words) <= 8 or any(c.isupper() for c in text[1:]):
        return []  # (Title Case items are titles already, read by move_titles)
    # ("Site and project manager": two posts sharing the head; "Health and safety manager"
    # keeps the lexicon's fixed pair whole)
    text = _distributed(text[:1].lower() + text[1:], vocab)
    found = [prose_title(part, vocab) for part in split_items(text, keep_whole=fixed_pair)]
    return [title for title in found if title]


# A slash between two names of one rung ("Roughneck / Floorman").
_SLASH_RUNG = re.compile(r"\s*/\s*")
_SLASH_WORDS = 3  # words of each name (not "Drivers and Driver/Sales Workers": a list)
_CAPITALISED_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")


_STEP_ACRONYM = re.compile(r"[A-Z]{2,5}")


# (rules39d) A rung's dotted post-nominal designation in brackets, two dotted parts or more
# ("Civil Engineer (P.Eng.)", "Nurse (R.N.)"): the licence its holder writes, not another
# rung ("Engineer (Sr.)", one part, stays).
_DOTTED_DESIGNATION = re.compile(r"\s*\((?:[A-Z][A-Za-z]{0,3}\.){2,3}\)$")


def unlabelled_step(text: str) -> str:
    """``text`` less a ladder step's level label ("Mid Level: Sommelier" -> "Sommelier").

    >>> unlabelled_step("Entry Level: Junior Baker / Baker's Aide")
    "Junior Baker / Baker's Aide"
    """
    return _STEP_PREFIX.sub("", text.strip(), count=1)


def worded_level(text: str) -> bool:
    """``text`` opens with a level named in words and its colon ("Senior Level: X")."""
    return _WORDED_LEVEL.match(text.strip()) is not None


def _own_rung(text: str, role: str) -> bool:
    """``text`` is the page's own role's title in Title Case, bare or after one level word
    ("Senior Loan Processor" on the Loan Processor's page)."""
    words = text.split()
    if not role or not words or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in _LEVEL_SET and len(words) > 1:
        words = words[1:]
    return name_key(" ".join(words)) == name_key(role)


def ladder_step(text: str, vocab: Vocabulary, role: str, *, plain: bool = False) -> str | None:
    """The role one ladder step names ("Level 3: Senior X (5+ years)"), or None.

    A bare level word ("Senior", "Staff") is completed with the guide's role base;
    ``plain``: a step of an arrow chain may be a title in sentence case ("Apprentice
    farrier").
    """
    text = clean(text.strip(" .;•*"))
    text = _STEP_PREFIX.sub("", text, count=1)
    text = _CODE.sub("", text, count=1)
    text = _YEARS.sub(" ", text)
    text = _GRADE_CODE.sub(" ", text)
    text = clean(text.strip(" :–—-"))
    spelt = _SPELT_AFTER.search(text) if text.endswith(")") else None
    if spelt is not None and is_acronym_of(spelt.group(1), text[:spelt.start()].split()):
        text = text[:spelt.start()]  # "Assistant Station Master (ASM)": the title, spelt out
    if text.endswith(".)") and (dotted := _DOTTED_DESIGNATION.search(text)) is not None:
        text = text[:dotted.start()]  # (rules39d) "Civil Engineer (P.Eng.)": its post-nominal
    if not text:
        return None
    if _own_rung(text, role):
        # (real54) "• Loan Processor" between the rungs of a "Career Ladder" list, or
        # "• Senior Loan Processor": the page's own role (at a level), a rung even when the
        # vocabulary lacks its title
        return text
    halves = _SLASH_RUNG.split(text) if "/" in text and "(" not in text else []
    if len(halves) == 2 and all(len(half.split()) <= _SLASH_WORDS for half in halves[1:]) and (
            len(halves[0].split()) <= _SLASH_WORDS or (vocab.is_role_title(halves[0]) and all(
                word[:1].isupper() for word in halves[0].split()))) and (
            first_name := ladder_step(halves[0], vocab, role, plain=plain)) and (
            _CAPITALISED_NAME.fullmatch(halves[1]) or ladder_step(
                halves[1], vocab, role, plain=plain)):
        # "Roughneck / Floorman": two names of one rank make one rung, the first name;
        # (fixes71) a capitalised second name the vocabulary lacks ("Forklift Driver /
        # Loader") still names the rank, no unknown step breaking the ladder; (rules42c) a
        # known first name of capitalised words may be longer ("Senior Traffic Management
        # Operative / Lead Operative"; not "Truck Drivers and Driver/Sales Workers": a list)
        return first_name
    if len(halves) == 2 and all(len(half.split()) <= _SLASH_WORDS for half in halves) and (
            _CAPITALISED_NAME.fullmatch(halves[0]) and len(halves[0].split()) > 1
            and vocab.is_role_title(halves[1])):
        # (rules42c) a rate card's "Traffic Marshal / Banksman": the vocabulary knows the
        # second name only, and the row names the rank by its first
        return halves[0]
    halves = text.split(" or ") if " or " in text and "(" not in text else []
    if len(halves) == 2 and all(len(half.split()) <= _SLASH_WORDS for half in halves) and (
            first_name := ladder_step(halves[0], vocab, role, plain=plain)) and (
            ladder_step(halves[1], vocab, role, plain=plain) or (
                _own_rung(halves[0], role) and _CAPITALISED_NAME.fullmatch(halves[1]))):
        # (real32) "Apprentice or Intern" at a career ladder's foot: one rung, two names;
        # (real54) "Senior Loan Processor or Loan Collector": the role's own rung with a
        # capitalised second name the vocabulary lacks, as a slash's second name
        return first_name
    paid = _PAY_AFTER_STEP.search(text)
    if paid is not None:  # "Deputy Director Livestock Rs. 88,500 – Rs. 180,900": the rung's pay
        text = text[: paid.start()]
        words = text.split()
        if 1 < len(words) <= _MAX_PLAIN_STEP and all(w[:1].isupper() or w in _CONNECTORS
                                                     for w in words) and (
                vocab.role_title_at(text, 0) is not None):
            return text  # a title ends where its pay starts, known head or not
    if _INVERTED.match(text):
        return text  # "Manager, Support Engineering": the whole title
    first = re.split(r"[\s:–—(,]", text, maxsplit=1)[0]
    if first.lower() in _LEVEL_SET and len(text.split()) == 1:
        # a bare level word: "Staff", "Principal" (in a lower-case chain too: "trainee →")
        return f"{first[:1].upper()}{first[1:]} {role_base(role)}"
    words = text.split()
    if plain and first.lower() in _LEVEL_SET and len(words) == 2 and _STEP_ACRONYM.fullmatch(
            words[1]) and is_acronym_of(words[1], role.split()):
        # (rules36b) "Senior ODP" on the Operating Department Practitioner's page: the role's
        # own initials at a level ("Senior XQT", a short form the page never spells, is none)
        return text
    if (post := unit_post(text)) is not None:
        # (rules46c) "head of the billing department", "master of the welding sector":
        # a post over a unit named with its article is one title, not the bare post word
        return post
    found = _title_part(text, vocab)
    if found and text.lower() == f"{found.lower()} in charge":
        return text  # (rules36b) "Anaesthetic Technician in Charge": a post of its own
    if found in _LEVEL_ONLY and text != found and not plain:
        # A stage word alone is a level of the page's role: "Intern (12 weeks)" is its
        # rung; "Trainee electricians earn $18 an hour" opens a sentence, no rung (fixes61)
        return None if text[len(found):].lstrip()[:1].isalpha() else (
            f"{found} {role_base(role)}")
    if found and text != found and text.startswith(f"{found} ") and _longer_name(
            text[len(found):]):
        return text  # "Pastry Chef de Partie": a known title with its name's tail
    if plain and found is None and text.isalpha() and text.islower() and (
            text.capitalize() in vocab.role_heads and text.capitalize() not in _LEVEL_ONLY):
        return text.capitalize()  # "foreman → general foreman → superintendent": a lone head
    if plain and 1 < len(text.split()) <= _MAX_PLAIN_STEP:
        # "Apprentice farrier → Farrier": a step in sentence case is one title, not the
        # known word it starts with ("Apprentice").
        titles = plain_titles(text, vocab)
        if len(titles) == 1 and len(titles[0]) > len(found or ""):
            found = titles[0]
        bare = _ASIDE.sub("", text)  # "Head brewer (Oyakata)": the rank and its trade
        rest = bare[len(found):].split() if found and bare.startswith(f"{found} ") else []
        if found and rest and " " not in found and all(w.islower() for w in rest) and (
                practitioner_noun(rest[-1])):
            found = title_case(bare)
    return found


# A title's trainee rung ("Engineer in Training", "Operator-in-Training", "Investigator Under
# Supervision", rules33c).
_IN_TRAINING = re.compile(r"-?(?:in[ -]training|under[ -]supervision)\b", re.IGNORECASE)
# A title's own acronym in brackets after it ("Station Master (SM)").
_SPELT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)$")
# Heads that name a level, never a post alone ("apprentice", "assistant" in a chain).
_LEVEL_ONLY = frozenset({"Apprentice", "Assistant", "Associate", "Trainee", "Intern", "Junior",
                         "Senior", "Lead", "Principal", "Staff", "Graduate", "Journeyman"})
# The tail of a longer name after a known title: a small word, then capitalised words
# ("… de Partie", "… of Conservation"), or an elided "d'"/"l'" glued to the first ("… d'Équipe").
_LONGER_NAME = re.compile(r"(?:\s+(?:de\s+)?[dl]['’]|\s+(?:de|du|des|la|le|of)\s+)"
                          r"(?P<words>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})")


def _longer_name(tail: str) -> bool:
    """``tail`` lengthens the known title before it into a longer name: its small word, then
    words each capitalised in any script ("… de Partie", "… d'Équipe Électricité").

    >>> [_longer_name(t) for t in (" de Partie", " d'Équipe Électricité", " de l'Öl", " de garde")]
    [True, True, True, False]
    """
    found = _LONGER_NAME.fullmatch(tail)
    return found is not None and all(word[0].isupper() for word in found.group("words").split())


def _discipline(title: str) -> bool:
    """One word naming a field ("Management", "Engineering"), not a person."""
    return " " not in title and title.lower().endswith(_DISCIPLINE_ENDS)


def listed_role(item: str, vocab: Vocabulary) -> str | None:
    """The occupation a list row names, singular, without its code, tag or exclusions
    ("19-2042.00  Geoscientists, Except Hydrologists  Bright Outlook" -> "Geoscientist"): a
    role title, or a Capitalised practitioner noun the lexicon does not know.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> listed_role("19-2042.00  Geoscientists, Except Hydrologists  Bright Outlook", v)
    'Geoscientist'
    >>> listed_role("17-2081.00  Environmental Engineers", v)
    'Environmental Engineer'
    >>> listed_role("31-9091.00 Dental Assistants Bright Outlook", v)
    'Dental Assistant'
    >>> listed_role("Back to top", v) is None
    True
    """
    text = _LISTED_TAIL.sub("", _CODE.sub("", item.strip(), count=1))
    text = clean(text.strip(" .;:•*"))
    words = text.split()
    if not 0 < len(words) <= 6 or not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return None
    single = singular_title(text)
    if vocab.is_role_title(single) or practitioner_noun(words[-1]):
        return single
    # "Dental Assistants Bright Outlook": a title, then a short tag in capitals.
    for size in range(len(words) - 1, max(0, len(words) - 4), -1):
        title = singular_title(" ".join(words[:size]))
        if words[size].lower() in _SEARCH_NOUNS:
            continue  # "Find Welder Jobs Near You": a link to a job search, not a role
        if vocab.is_role_title(title) and not _discipline(title):
            return title  # ("Management Roles": a field, then what it holds)
    return None


# Words after a title that make a row a search for openings ("X Jobs Near You").
_SEARCH_NOUNS = frozenset({"jobs", "job", "vacancies", "openings", "careers"})
# What a parenthesis after "Growth Opportunities", "Career Advancement" … lists.
_MOVES_BEFORE = re.compile(r"\b(?:growth|advanc\w*|progress\w*|promot\w*|next|career path|"
                           r"career ladder|leads? to)\b", re.IGNORECASE)


def bracketed_moves(text: str, vocab: Vocabulary) -> list[str]:
    """Next roles listed in a parenthesis after a growth or advancement label, when every item
    is a role title ("Growth OpportunitiesGood (Senior X, X Coordinator, Conference X)").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> bracketed_moves("Growth Opportunities Good (Lead Mechanic, Service Supervisor)", v)
    ['Lead Mechanic', 'Service Supervisor']
    >>> bracketed_moves("Work Environment Hot (Lift Shafts, Machine Rooms)", v)
    []
    """
    open_at = text.find("(")
    close_at = text.find(")", open_at + 1)
    if open_at == -1 or close_at == -1 or not _MOVES_BEFORE.search(text, 0, open_at):
        return []
    items = split_items(text[open_at + 1 : close_at], keep_whole=vocab.is_role_title)
    titles = [clean(i) for i in items if vocab.is_role_title(clean(i))]
    return titles if len(titles) == len(items) >= 2 else []

_ROLE_NOUN_AFTER = re.compile(r"\s+(?:positions?|roles?|jobs?|posts?|track)\b", re.IGNORECASE)
# "Jobs", "Vacancies" in capitals after a title: a link's or a search box's words.
_SEARCH_LINK = re.compile(r"s?\s+(?:Jobs|Vacancies|Openings)\b")

_MAX_TITLES = 32
_GRADE_BRACKET = re.compile(r"\s*\([^()]{1,20}\)$")  # "(Grade 8)", "(AO7)" after a title
# A capitalised agent noun right after a one-word title ("Head Gardeners", "Chief Brewer").
_AGENT_AFTER = re.compile(r" ([A-Z][a-z]+(?:er|or|ist|ian|ant|man)s?)\b(?! [A-Z])")
_PLURAL_AFTER = re.compile(r" ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s)\b(?! [A-Z])")


def _head_plural(text: str, end: int, vocab: Vocabulary) -> re.Match[str] | None:
    """A plural of a role head right after ``end``, up to two words before it ("Executive
    Pastry Chefs": the rank word's title, a plural the lexicon need not list), or None."""
    found = _PLURAL_AFTER.match(text, end)
    return found if found is not None and found.group(1).rpartition(" ")[2][:-1] in (
        vocab.role_heads) else None


# Two one-word titles glued by a slash ("Trainer/Assessor", "Supervisor/Mentor"): one post
# printed with both its names (a spaced "A / B" is read by each half).
_GLUED_PAIR = re.compile(r"[A-Z][a-z]+/[A-Z][a-z]+\b(?![/-])")


def _glued_pair(text: str, position: int, vocab: Vocabulary) -> str | None:
    """The slash-glued pair of one-word titles at ``position``, as printed, or None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _glued_pair("become a Trainer/Assessor.", 9, v)
    'Trainer/Assessor'
    """
    pair = _GLUED_PAIR.match(text, position) if text[position + 1 : position + 20].find(
        "/") != -1 else None
    if pair is None:
        return None
    return pair.group(0) if all(vocab.is_role_title(half) for half in pair.group(0).split(
        "/")) else None


def _plural_titled(phrase: str, vocab: Vocabulary) -> bool:
    """``phrase`` is a Title Case plural of two or more words ending in a role head's plural
    ("Nursery Assistants"): a title of its own before "and", whether the lexicon lists it
    or not.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _plural_titled("Nursery Assistants", v), _plural_titled("Fish", v)
    (True, False)
    """
    words = phrase.split()
    last = words[-1] if words else ""
    single = vocab.singular_head(last)
    return len(words) >= 2 and single != last and single in vocab.role_heads and all(
        word[:1].isupper() and word.isalpha() for word in words)


# A count in figures before a title ("2 Trainee Surveyors"; "911 Dispatcher" is singular).
_COUNT = re.compile(r"\d{1,4} (?=[A-Z])")


# An award before its subject ("Level 3 Certificate in Site Management"): the words after it
# name a field of study, no role.
_AWARD_BEFORE = re.compile(r"\b(?:Certificate|Diploma|Degree|Award|Qualification|Course|"
                           r"Programme|Program)\s+(?:in|of)\s+$")


def titles_in(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Every role title a sentence names, in order, each with the words joining it to the
    one before ("then": the ladder goes on; "or": an alternative; "" for the first).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> titles_in("Most start as a Data Analyst, then Senior Data Analyst or BI Developer.", v)
    [('Data Analyst', ''), ('Senior Data Analyst', ', then'), ('BI Developer', 'or')]
    >>> titles_in("Consider the Diploma in Site Management.", v)
    []
    """
    found: list[tuple[str, str]] = []
    position = 0
    last_end = 0
    size = len(text)
    depth = 0
    while position < size and len(found) < _MAX_TITLES:
        char = text[position]
        depth += (char == "(") - (char == ")" and depth > 0)
        if depth == 0 and (char.isupper() or char.isdigit()) and (position == 0
                                                   or not text[position - 1].isalnum()):
            title = _glued_pair(text, position, vocab) or vocab.role_title_at(text, position)
            if title and (title.startswith(("A ", "An ", "The ")) or _subject_opener(
                    title) != title):
                # "The DevOps Engineer …", "Successful Policy Advisers …": the title starts
                # after the article or the quantifier (read at the next word)
                title = None
            elif title and is_truncated(title):
                title = None  # "SDET (Software Development Engineer in Test)" cut short
            elif title and _COUNT.match(title) and text[position + len(title):][:1].isalpha():
                # "took on 3 Apprentice Electricians": a count before a plural title, no
                # part of its name (the title is read at the next word)
                title = None
            if title and _discipline(title) and _ROLE_NOUN_AFTER.match(text, position + len(title)):
                title = None  # "Management Roles: …": a field's label, not a role
            if title and _SEARCH_LINK.match(text, position + len(title)):
                title = None  # "Find Welder Jobs Near You": a link to a job search
            if title and _AWARD_BEFORE.search(text, max(0, position - 30), position):
                position += len(title)  # "a Certificate in Security Management": an award's
                continue  # subject, its words no title either
            if title and " and " in title:
                # "Principal X and Head of Y": two titles joined, not one.
                left = title.split(" and ", 1)[0]
                # ("Parks Manager (Grade 8) and Y": the first title's grade in brackets)
                left = _GRADE_BRACKET.sub("", left) if left.endswith(")") else left
                if vocab.is_role_title(left) or _plural_titled(left, vocab):
                    # ("Signallers and Station Supervisors", "Nursery Assistants and General
                    # Yard Workers": two titles, the first read alone)
                    head, _, last = left.rpartition(" ")
                    title = f"{head} {vocab.singular_head(last)}".lstrip()
            word_end = position + len(title or "")
            while word_end < size and text[word_end].isalpha():
                word_end += 1  # past a plural "s"
            after = text[word_end:word_end + 6]
            agent = (_AGENT_AFTER.match(text, word_end) or _head_plural(text, word_end, vocab)
                     ) if title and " " not in title and word_end == position + len(title) else None
            if agent is not None:  # "Head Gardeners": a rank word and the noun it heads
                title = singular_title(f"{title} {agent.group(1)}")
                word_end = agent.end()
            if title and " " not in title and after[:1] == " " and after[1:2].islower() and not (
                    after.startswith((" or ", " and ", " role"))):
                title = None  # "Consultants also move …": a bare head word is not a role
            dept = dashed_department(text, word_end) if title and (
                word_end == position + len(title)) else None
            if title and dept:  # "Assistant Manager – Credit": its department is the title's
                title, word_end = title + dept, word_end + len(dept)
            if title:
                between = text[last_end:position].lower().strip()
                joiner = between if found and len(between) < 30 else ""
                found.append((ungraded(title, vocab), joiner))
                position = last_end = word_end
                continue
        position += 1
    return found
