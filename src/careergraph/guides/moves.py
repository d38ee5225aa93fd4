"""Career moves written in every form: list items, ladder steps, arrow chains and prose.

Each function reads one item or line and returns role titles as plain strings; the parser
attaches sources.  ``A / B`` and ``A or B`` become two roles when both halves are role titles,
and stay one title otherwise (``Staff/Principal Platform Engineer``).  A bare level word in a
ladder (``Senior → Staff → Principal``) is completed with the guide's own role
(``Senior Site Reliability Engineer``).

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> move_titles("SRE Manager / Reliability Engineering Lead", v)
['SRE Manager', 'Reliability Engineering Lead']
>>> move_titles("Staff/Principal Platform Engineer (AI/ML)", v)
['Staff/Principal Platform Engineer (AI/ML)']
>>> ladder_step("Level 2: Data Analyst (2-4 years)", v, "Data Analyst")
'Data Analyst'
>>> ladder_step("Staff", v, "Site Reliability Engineer")
'Staff Site Reliability Engineer'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.literals import AnyOf
from careergraph.guides.roles import PRACTITIONERS, practitioner_noun, singular_title, title_case
from careergraph.guides.split import segment
from careergraph.guides.text import clean, is_title_case, split_items
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "LEVEL_WORDS",
    "StatedLadder",
    "bracketed_moves",
    "first_chance",
    "graded_own",
    "included_titles",
    "is_truncated",
    "ladder_step",
    "listed_role",
    "move_titles",
    "other_track",
    "own_story",
    "plain_titles",
    "prose_moves",
    "prose_steps",
    "prose_title",
    "role_base",
    "sentence_case_title",
    "step_number",
    "story_ladder",
    "titles_in",
]

#: Level words that may stand alone as a ladder step.
LEVEL_WORDS = ("Junior", "Associate", "Mid-level", "Mid-Level", "Senior", "Staff", "Principal",
               "Lead", "Distinguished", "Entry-level", "Entry-Level", "Chief", "Trainee",
               "Apprentice", "Journeyman", "Journeyperson", "Journeyworker")
_LEVEL_SET = frozenset(w.lower() for w in LEVEL_WORDS)
_STEP_PREFIX = re.compile(
    r"^(?:(?:level|step|stage|tier|grade|band)\s*\d{1,2}\b|L\d{1,2}\b|[IVX]{1,4}\b|\d{1,2}\b)"
    r"\s*[.):–—-]?\s*", re.IGNORECASE)
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
# Where a listed occupation's name ends: ", Except …", a tag column ("  Bright Outlook").
_LISTED_TAIL = re.compile(r",?\s+(?:except|excluding)\b.*$|\s{2,}.*$", re.IGNORECASE)

_QUALIFIER = re.compile(r"\s\((?:[A-Z][\w/&+.-]*\s?){1,4}\)$")
_PROSE_UP = ("advance to ", "advance into ", "advancing to ", "promoted to ", "promotion to ",
             "progress to ", "progress into ", "move up to ", "moves up to ", "step up to ",
             "grow into ",
             "go on to become ", "moving up to ", "advancement to ", "can lead to ",
             "step into ", "leads to ", "later become ", "could become ", "can become ",
             "go on to ", "grows into ", "move up into ", "become a ", "become an ",
             "may become ", "will become ", "often become ", "eventually become ",
             "be promoted to ", "move on to ", "title becomes ", "many become ", "rise to ",
             "they become ", "then become ",
             # a qualification that confers a title ("the advanced course makes you an A")
             "makes you a ", "makes you an ", "make you a ", "make you an ",
             "rises to ", "rose to ", "gone on to become ", "gone on to ",
             # told in the first person or the past ("went to yardmaster in 2016")
             "went to ", "went on to be ", "went on to become ", "go to the ", "got promoted to ",
             "went on to ", "moved up to ", "moved on to ",
             "be appointed ", "are appointed ", "appointed as ", "become ",
             "appointment to the post of ", "promotion to the post of ",
             "next step is ", "next step would be ", "next step up is ",
             # a track's first rung ("the people path starts at Support Team Lead")
             "path starts at ", "track starts at ", "path begins at ", "track begins at ",
             # a qualification that is a title ("study part-time and qualify as …")
             "qualify as ", "qualifies as ", "qualified as ", "train further as ",
             # a platform's higher tier ("join the Pro tier and train as a Quality Inspector")
             "and train as a ", "and train as an ",
             # a collective agreement's job postings ("may bid on X vacancies", "A Mechanic
             # appointed Planner")
             "may bid on ", "bid on ", "appointed ",
             # an employer's posting or ladder policy ("are considered for X openings", "RT
             # IV therapists may apply for posted X positions")
             "are considered for ", "be considered for ", "may apply for posted ",
             "may apply for ")
_PROSE_LATERAL = ("move laterally into ", "move laterally to ", "sideways move is to ",
                  "sideways move to ", "move sideways to ", "transition to ", "transition into ",
                  "switch to ", "move sideways into ",
                  # a translated occupation sheet's "Some change to A or B"
                  "some change to ", "others change to ",
                  # examples of a sideways move ("Some move sideways (e.g., A, B).")
                  "move sideways (e.g., ", "move sideways (e.g. ", "move sideways, e.g., ",
                  "move sideways, e.g. ", "move sideways (for example ",
                  "move sideways, for example ", "move sideways, such as ",
                  "lateral move to ", "lateral moves to ", "pivot to ", "pivot into ",
                  "cross over to ", "crossover to ", "switch into ", "specialise as ",
                  "specialize as ", "move into ", "moves into ", "move to ", "moves to ",
                  "retrain as ", "sideways into ", "across into ", "across to ",
                  # a job sheet's "Some transfer to A after obtaining …"
                  "some transfer to ", "others transfer to ", "can transfer to ",
                  "may transfer to ",
                  # a printed careers guide's "A few transfer to sales work as a
                  # representative, or to teaching as a lecturer"
                  "transfer to ", "transfers to ", "transferred to ",
                  # a specialism taken up beside or instead of the trade ("Some branch out
                  # into A or B work")
                  "branch out into ", "branches out into ", "branched out into ",
                  "branching out into ",
                  # "become A or train as B": training for another title, told as a choice
                  # "Some move in-house as an in-house counsel at a bank": the post taken
                  "move in-house as ", "moves in-house as ", "moved in-house as ",
                  "or train as ", "some train as ", "others train as ", "can train as ",
                  "could train as ", "may train as ",
                  "some become ", "leave the floor to become ", "others become ",
                  "moved to ", "moved into ", "switched to ", "switched into ",
                  "move over to ", "moves over to ", "moved over to ",
                  # a union's seniority bidding ("Some members bid into A or B jobs")
                  "bid into ", "bids into ",
                  "transitioned to ", "transitioned into ", "and become ", "move across to ",
                  "moves across to ", "move across into ", "moves across into ",
                  # leaving a service for civilian work ("leave the Army to work as A")
                  "leave the service to work as ", "leave the army to work as ",
                  "leave the military to work as ", "leave the forces to work as ",
                  "leave the navy to work as ", "leave to work as ", "left to work as ",
                  # a field or a place entered ("went into primary teaching", "shift to freight
                  # forwarding as …", "leave for private work as …")
                  "went into ", "go into ", "goes into ", "gone into ", "shift to ", "shifts to ",
                  "shifted to ", "leave for ", "leaves for ", "left for ", "moving into ",
                  # an employer joined, or work on one's own, in a new title ("Others join
                  # pharma companies as …", "went freelance as …", "move ashore as …")
                  "others join ", "some join ", "many join ", "freelance as ",
                  # a share of a programme's graduates ("about a quarter join A as B")
                  "quarter join ", "third join ", "half join ", "few join ",
                  "self-employed as ", "ashore as ", "abroad as ", "overseas as ")
# The title one is hired in ("A fresher usually joins as a trainee X", "you come in as a
# deputy pilot"); joining a named employer as X is read with the place (_placed_as).
_HIRED_AS = ("join as ", "joins as ", "joined as ", "come in as ", "comes in as ",
             "came in as ")
_PROSE_IN = ("come from ", "comes from ", "came from ", "i was a ", "i was an ",
             "arrive from ", "arrives from ", "start as ",
             "started as ", "start out as ", "started out as ", "starts out as ",
             "transition from ", "move in from ",
             "previous roles such as ", "after working as ", "feeder roles include ",
             "feeder roles such as ", "feeder role such as ", "feeder roles are ",
             "towards this role from ", "job as a ", "job as an ", "jobs as a ", "jobs as an ",
             "join from ", "start out in ", "started out in ", "starts out in ",
             "start their careers in ",
             "begin as ", "begins as ", "began as ", "start out as ", "start their careers as ",
             "learn the trade as ", "learned the trade as ", "learnt the trade as ",
             "first work as ", "first worked as ", "are former ", "were formerly ",
             "experience as ", "worked as ", "previously worked as ", "came in from ",
             "come in from ", "comes in from ", "into the job from ", "into the role from ",
             # a class specification's minimum qualifications ("experience, one of which
             # was as a Z"; "two years as a X" in a requirements section: longform)
             "which was as a ", "which was as an ",
             # a service minute's limited recruitment ("vacancies shall be filled from among
             # A and B with five years' service")
             "filled from among ", "first be posted to ", "move across from ",
             "moves across from ",
             "move over from ", "moves over from ",
             # "Many enter the profession from bar work as a waiter", "joined from the front
             # desk as Receptionists"
             # an answer naming who comes in ("the other common feeders are A and B", "we
             # have former A, B and C", "a chemist who used to be a lab technician")
             "feeders are ", "have former ", "used to be a ", "used to be an ",
             "enter the profession from ", "enter the field from ", "enter the trade from ",
             "enter the occupation from ", "entered the profession from ",
             "entered the field from ", "joined from ", "joins from ",
             # a company's page on its own staff ("Many joined us from helpdesk jobs")
             "joined us from ", "join us from ", "joins us from ",
             # promoted out of a lower title ("Most captains are promoted from banquet server")
             "promoted from ", "starting as ",
             # trained on the job in another title ("train you while you work as a clerk")
             "while you work as a ", "while you work as an ", "while working as a ",
             "while working as an ",
             # the role's holders who were seafarers ("the surveyors I place came ashore as
             # Chief Engineers"; "move ashore as X" is a seafarer's own lateral move)
             "came ashore as ", "come ashore as ", "comes ashore as ",
             *_HIRED_AS)


def _notice_moves(direction: str) -> tuple[str, ...]:
    """More triggers of ``direction`` from a notice's career-development paragraph
    (``notices.moves`` in ``data/headings.yaml``)."""
    raw = bundled_section("notices").get("moves") or {}
    return tuple(str(p).lower() for p in raw.get(direction) or ())


_UP_TRIGGERS = (*_PROSE_UP, *_notice_moves("up"))
_LATERAL_TRIGGERS = (*_PROSE_LATERAL, *_notice_moves("lateral"))
_IN_TRIGGERS = (*_PROSE_IN, *_notice_moves("in"))
_ANY_TRIGGER = AnyOf((*_UP_TRIGGERS, *_LATERAL_TRIGGERS, *_IN_TRIGGERS))
# Triggers into the role that end with a sideways one ("came ashore as " / "ashore as "):
# where one of them is printed, the longer one tells the direction.
_LONGER_IN = tuple(t for t in _IN_TRIGGERS
                   if any(t != s and t.endswith(s) for s in _LATERAL_TRIGGERS))
# Triggers after which a field of work names the move as well as a title ("move into
# phlebotomy or sample reception", "went into primary teaching, heritage interpretation …").
_FIELD_TRIGGERS = frozenset({"move into ", "moves into ", "moved into ", "moving into ",
                             "move to ", "moves to ", "moved to ", "switch to ", "switched to ",
                             "switch into ", "switched into ", "went into ", "go into ",
                             "gone into ",
                             "goes into ", "shift to ", "shifts to ", "shifted to ",
                             "transition into ", "transitioned into ", "pivot into ",
                             "move sideways into ", "move laterally into ", "sideways into ",
                             "across into ", "branch out into ", "branches out into ",
                             "branched out into ", "branching out into "})
# Triggers into the role after which a field stands for its workers, when people are the
# subject ("many of our patrollers come from ski instructing", "Most glassblowers I know
# came in from ceramics"); things come from places and fields too ("Most contracts come
# from mining"), so the subject is checked (_people_before).
_FIELD_IN_TRIGGERS = frozenset({"come from ", "came from ", "come in from ", "came in from "})
# A subject that is people by itself ("many come from …", "most of us came from …").
_PEOPLE_WORDS = frozenset({"many", "most", "some", "others", "us", "people", "few", "lot",
                           "plenty", "folks"})
# Words between a subject and its verb ("… I know came from", "… usually come from").
_SUBJECT_FILLER = frozenset({"i", "we", "know", "knew", "met", "hire", "usually", "often",
                             "also", "typically", "generally", "originally", "mostly",
                             "all", "tend", "to", "actually", "still"})


def _people_before(text: str, position: int) -> bool:
    """The clause before ``position`` has people as its subject: a plural person noun
    ("patrollers", "ex-linemen") or a word that is people by itself ("many", "most of us").

    >>> _people_before("Many of our patrollers come from ski instructing", 29)
    True
    >>> _people_before("Most contracts come from mining", 15)
    False
    """
    clause = re.split(r"[.;:!?]\s|,\s", text[:position])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", clause)]
    while words and words[-1] in _SUBJECT_FILLER:
        words.pop()
    if not words:
        return False
    if words[-1] in _PEOPLE_WORDS:
        return True
    return any(w.endswith(("s", "men")) and w not in _NOT_FIELD and practitioner_noun(w)
               for w in words)


_ARTICLES = ("usually ", "often ", "typically ", "normally ", "generally ",
             "becoming a ", "becoming an ", "becoming ", "a ", "an ", "the ", "roles such as ",
             "roles like ", "positions such as ", "titles such as ", "such as ", "e.g., ",
             "e.g. ", "like ",
             # a count before a plural ("a couple of software developers", "a handful of …")
             "couple of ", "handful of ", "few ", "several ")


def step_number(text: str) -> int | None:
    """The rung number of an explicit ladder step ("Level 2: …", "Step 3 — …"), else None.

    >>> step_number("Step 3 — Senior Backend Developer (5–8 years)"), step_number("L4 | X")
    (3, 4)
    """
    match = _RUNG.match(text.strip())
    return int(match.group(1)) if match else None


def is_truncated(text: str) -> bool:
    """True for an item cut off mid-way: an unclosed parenthesis or a trailing ellipsis.

    >>> is_truncated("VP Engineering (In"), is_truncated("Incident leadership (triage, cl")
    (True, True)
    >>> is_truncated("Head of Platform (AI/ML)")
    False
    """
    stripped = text.rstrip()
    return stripped.count("(") > stripped.count(")") or stripped.endswith(("...", "…"))


def role_base(role: str) -> str:
    """A role title without its level words ("Senior Data Engineer" -> "Data Engineer")."""
    words = [w for w in role.split() if w.lower() not in _LEVEL_SET]
    return " ".join(words) or role


# A grade after the role's own title in a ladder step, with the grade's aside
# ("Cabin Crew Grade II (Economy)", "Bank Teller Level 2").
_OWN_GRADE = re.compile(r"\s+(?:grade|level|band|tier|class)\s*(?:\d{1,2}|[IVX]{1,4})"
                        r"(?:\s*\([^()]*\))?$", re.IGNORECASE)


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
        # "Senior DevOps Engineer with multi-account experience": a title, then prose.
        if rest and (rest[0].islower() or rest[0] in "(–—-,:·"):
            return prefix
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
    return titled if _SENTENCE_CASE.fullmatch(words) and vocab.is_role_title(titled) else None


def _head(title: str) -> str:
    words = title.split()
    return words[0].lower() if len(words) > 2 and words[1] == "of" else words[-1].lower()


_DEGREE = re.compile(r"(?:Master|Bachelor|Doctor|Associate)(?:'s|s)?\s+(?:of|in|degree)\b")


def move_titles(item: str, vocab: Vocabulary) -> list[str]:
    """The role titles one list item names (none when it names no role).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> move_titles("Engineering Manager or Staff Engineer (after 5+ years)", v)
    ['Engineering Manager', 'Staff Engineer']
    >>> move_titles("Staff EngineerPrincipal Engineer", v)
    ['Staff Engineer', 'Principal Engineer']
    """
    item = clean(_CODE.sub("", item.strip(), count=1))
    if not item or _DEGREE.match(item):
        return []  # "Master of Archival Studies (MAS) or …": a degree, no role
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


# "work as an orchard hand or farm worker": a list item naming earlier jobs.
_WORK_AS = re.compile(r"^(?:(?:paid|previous|prior|some)\s+)?(?:work|worked|working|jobs?|"
                      r"experience)\s+(?:as|in)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)

# a description after a dash, or in brackets opening in lower case ("(sizing systems …)")
_DESCRIBED = re.compile(r"\s+(?:[–—-]\s+.*|\([a-z][^()]*\))$")
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z]{2,6}\)")

_MAX_PLAIN_STEP = 5
# A rung's pay printed after its title ("… Rs. 57,060 – Rs. 130,130", "… PKR 45,070", "… $58k").
_PAY_AFTER_STEP = re.compile(r"\s+(?:[$€£₹₱৳]\s?\d|(?:Rs|Tk|Ksh)\.?\s?\d|"
                             r"(?:PKR|INR|BDT|USD|GBP|EUR|AED|KES|PHP|NGN)\s?\d)")


def plain_titles(item: str, vocab: Vocabulary) -> list[str]:
    """Role titles a sentence-case list item names ("Kitchen hand", "Marine apprentice", "work
    as an orchard hand or farm worker"); activities name none ("Sail making").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> plain_titles("Boat yard hand", v), plain_titles("work as a deck hand or ferry porter", v)
    (['Boat Yard Hand'], ['Deck Hand', 'Ferry Porter'])
    >>> plain_titles("Sail making", v), plain_titles("Retail Supervisor", v)
    ([], [])
    >>> plain_titles("Sterile compounding (IV) technician – hospital cleanroom work", v)
    ['Sterile Compounding Technician']
    """
    text = _WORK_AS.sub("", clean(item).strip(" .;"), count=1)
    # "Sterile compounding (IV) technician – hospital cleanroom work": the title before its
    # description, without an acronym aside
    text = _ACRONYM_ASIDE.sub("", _DESCRIBED.sub("", text))
    words = text.split()
    if not 0 < len(words) <= 8 or any(c.isupper() for c in text[1:]):
        return []  # (Title Case items are titles already, read by move_titles)
    found = [prose_title(part[:1].lower() + part[1:], vocab) for part in split_items(text)]
    return [title for title in found if title]


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
    if not text:
        return None
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
        return f"{first} {role_base(role)}"  # a bare level word: "Staff", "Principal"
    found = _title_part(text, vocab)
    if found and text != found and text.startswith(f"{found} ") and _LONGER_NAME.fullmatch(
            text[len(found):]):
        return text  # "Pastry Chef de Partie": a known title with its name's tail
    if plain and 1 < len(text.split()) <= _MAX_PLAIN_STEP:
        # "Apprentice farrier → Farrier": a step in sentence case is one title, not the
        # known word it starts with ("Apprentice").
        titles = plain_titles(text, vocab)
        if len(titles) == 1 and len(titles[0]) > len(found or ""):
            found = titles[0]
    return found


# The tail of a longer name after a known title: a small word, then capitalised words
# ("… de Partie", "… of Conservation").
_LONGER_NAME = re.compile(r"\s+(?:de|du|des|la|le|of)(?:\s+[A-Z][\w'’-]*){1,3}")


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


_CONNECTORS = frozenset({"of", "and", "&", "for", "in", "to"})
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


# Where a role phrase in prose ends: "party chiefs, who direct …", "persons on a crew".
_CLAUSE = re.compile(r"\s(?:who|which|that|after|through|once|with|when|on|at|by|because|if|"
                     r"where|while|before|within|in|for|to|running|working|moving|"
                     r"charging|earning|making|paid|over|across)\s.*$|"
                     # a time after the title ("a ward coordinator next year", "… one day")
                     r"\s(?:next\s+(?:year|month|spring|summer|autumn|fall|winter)|"
                     r"this\s+(?:year|spring|summer|autumn|fall|winter)|one\s+day|someday|"
                     r"soon)\b.*$")
_CLAUSE_VERBS = frozenset({"train", "retrain", "qualify", "work", "open", "run", "move",
                           "start", "go", "leave", "set", "reach", "earn", "get", "take",
                           "spend", "stay", "study"})
# Adverbs before a list item's verb ("and usually reach buyer within five years").
_ADVERBS = ("usually ", "often ", "typically ", "normally ", "generally ", "later ",
            "eventually ", "then ", "soon ")
# A participle's aside between two titles ("a concert technician, preparing instruments for
# halls and studios, or a restorer"): it names no role and must not end the list.
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\s[^,;()]{2,80}?,\s+(?=(?:or|and)\s)")

# When a move was made, after its title ("a front desk agent three years ago I was …").
_AGO = re.compile(r"\s+(?:\S+\s+){0,2}ago\b.*$")
_NEXT_CLAUSE = re.compile(r"\s(?:after which|while|whereas|but|more than|rather than)\s"
                          # "transfer to welding inspector after obtaining …": when, no title
                          r"|\s(?:after|once|upon|on)\s+(?:obtaining|gaining|completing|passing|"
                          r"earning|getting|acquiring)\s"
                          r"|,\s+(?:others|some)\s"  # "…, others move into …"
                          r"|,?\s+and\s+(?:some|many|others|most)\s"  # "…, and some are"
                          # "Who starts as A often passes to …": an adverb and a verb
                          r"|\s(?:often|usually|typically|generally|normally|soon|quickly)\s+"
                          r"[a-z]+s\s")
# Words after a role that only say it is one ("GIS manager positions", "HR Business Partner
# roles").
# (and the pool or panel a court or agency keeps of them: "the court interpreter pool")
_ROLE_NOUNS = re.compile(r"\s(?:positions?|roles?|jobs?|posts?|work|level|vacanc(?:y|ies)|"
                         r"pool|panel|roster)$", re.IGNORECASE)
_ROLE_NOUN_AFTER = re.compile(r"\s+(?:positions?|roles?|jobs?|posts?|track)\b", re.IGNORECASE)
# "Jobs", "Vacancies" in capitals after a title: a link's or a search box's words.
_SEARCH_LINK = re.compile(r"s?\s+(?:Jobs|Vacancies|Openings)\b")
_DISCIPLINE_ENDS = ("ing", "ment", "ics", "ence", "ance", "ogy", "ion", "ure")
_FIELD_WORDS = 3  # "insurance risk engineering": longer phrases are clauses, not fields
# Words that make a phrase before a field no name of one ("which is management", "directors
# of development").
_NOT_FIELD = frozenset({"which", "who", "that", "is", "are", "was", "it", "this", "the", "of",
                        "a", "an", "and", "or", "into", "to", "in", "their", "your"})
# Where a move item names a place before its title ("into the loans team as a loan officer",
# "from broking as an account executive", "join the regulator as inspectors").
# A part of an organisation before the title held there ("a forwarder's sales team as …").
_UNIT_AS = re.compile(r"\b(?:team|teams|side|department|division|unit|desk|office)\s+as\s")
_PLACE_FIRST = frozenset({"into", "to", "from", "in", "at", "join", "joins", "joining"})
# How far after a trigger its roles are read (keeps long lines linear).
_WINDOW = 320
_BRACKETED = re.compile(r"\s*\([^()]{1,80}\)")
_PLACE_ASIDE = re.compile(r",\s+(?:in|at|on|for|with)\s+[^,.;]{2,40},\s+")
# The workplace a post is held in, after its agent noun ("a counselor of the facility", "a
# steward at the same company"): no part of the title ("head of the school" keeps it).
_OWN_WORKPLACE = re.compile(r"(?:(?<=[a-z]or)|(?<=[a-z]er)|(?<=ist)|(?<=ant)|(?<=ian))"
                            r"\s+(?:of|at|in)\s+the\s+(?:same\s+)?(?:facility|facilities|"
                            r"company|firm|organi[sz]ation|hospital|school|home|centre|center|"
                            r"site|plant|office|branch|store|station)\b")
# "a team leader of a welding crew", "medical director of an emergency department": the unit
# a two-word title leads, no part of the title
# (never "the manager of a night shift": a bare head stays as written)
_UNIT_LED = re.compile(r"(?<!\S)(?!(?:the|a|an|our|their|his|her|its)\s)"
                       r"([a-z]+\s+(?:[a-z]+(?:er|or|ist|ian|ant)|chief|lead|captain|head))"
                       r"\s+of\s+an?\s+(?:[a-z-]+\s+){0,2}(?:crew|gang|squad|shift|team|unit|"
                       # "medical director of an emergency department": where, no title
                       r"department|ward|clinic)\b"
                       r"(?=\s*(?:[,;.)]|then\b|and\b|or\b|$))")
_THEN_WORDS = ("then", "later", "eventually", "afterwards", "from there", "ultimately",
               "in time", "after that", "and, after ")
_THEN = re.compile(r",?\s+(?:and\s+)?(?:then|later|eventually|afterwards|from there)\s+"
                   r"(?:on\s+)?(?:to\s+|into\s+)?"
                   # a time set off by commas: "A and, later, B", "A and, after a management
                   # course, B"
                   r"|,?\s+and,\s+(?:then|later(?:\s+on)?|eventually|in time|after\s+[^,.;]{2,40}),"
                   r"\s+(?:to\s+|into\s+)?", re.IGNORECASE)


# A later rung told with its own verb after a "then" step ("…, then B, and on the largest
# estates move up to C").
_ONWARD = re.compile(r",?\s+and\s+(?:[^,.;]{0,40}\s)?(?:move up to|move on to|progress to|"
                     r"go on to become|become)\s+(?:an?\s+)?", re.IGNORECASE)


# A post over a field, however the field ends ("head of buying", "directors of development",
# "director of catering and events"): the field names what the post heads, not a person.
# ("clinical director of theatres and anaesthesia": a kind of director over two fields)
_OF_POST = re.compile(r"^(?:(?:assistant|deputy|associate)\s+)?(?:(?:clinical|medical|nursing|"
                      r"technical|executive|managing|regional|divisional)\s+)?"
                      r"(?:head|director|chief|dean|"
                      r"vice[- ]president|vp)s?\s+of\s+(?:[a-z][\w-]*\s?){1,5}$",
                      re.IGNORECASE)


# A teaching post in a subject ("a lecturer in orthoptics").
_TAUGHT_POST = re.compile(r"^(?:an?\s+)?((?:senior\s+)?(?:lecturer|professor|tutor|instructor|"
                          r"teacher)s?)\s+in\s+([a-z][\w-]*(?:\s[a-z][\w-]*)?)$")


def _of_post(phrase: str) -> str | None:
    """``phrase`` as a post over a field in Title Case and singular, or None."""
    if _OF_POST.match(phrase) is None or phrase.split(" of ", 1)[1].split()[0] in _NOT_FIELD:
        return None  # ("head of the team": no field)
    post, _, field = phrase.partition(" of ")
    return f"{title_case(singular_title(post))} of {title_case(field)}"


def prose_title(item: str, vocab: Vocabulary) -> str | None:
    """A role named in prose in any case, singular and Title Case ("party chiefs" ->
    "Party Chief", "GIS manager positions" -> "GIS Manager"): a role title once cased, or a
    noun phrase ending in a practitioner noun ("rodpersons", "photogrammetrists",
    "drafters").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_title("instrument persons on a crew", v), prose_title("GIS manager positions", v)
    ('Instrument Person', 'GIS Manager')
    >>> prose_title("careers in the public sector", v) is None
    True
    """
    taught = _TAUGHT_POST.match(clean(item).strip(" .,;"))
    if taught is not None:  # "a lecturer in orthoptics": the subject is part of the post
        return f"{title_case(singular_title(taught.group(1)))} in {title_case(taught.group(2))}"
    phrase = _ROLE_NOUNS.sub("", _CLAUSE.sub("", _AGO.sub("", clean(item).strip(" .,;"))))
    words = phrase.split()
    if len(words) > 5 and " of " in phrase and phrase.islower() and (
            post := _of_post(phrase)) is not None:
        return post  # "clinical director of theatres and anaesthesia": one post, however long
    if not 0 < len(words) <= 5 or "as" in words or not all(
            w.replace("-", "").replace("&", "").replace("'", "").replace("’", "").isalpha()
            for w in words):  # ("plumber's labourers" is one title)
        return None
    # ("bedroom DJs": an acronym's plural takes no case, like the acronym itself)
    cases = {w[:1].isupper() for w in words if not w.isupper() and w not in _CONNECTORS
             and not _ACRONYM_PLURAL.fullmatch(w)}
    if len(cases) > 1:
        return None  # "become Data Scientists": a verb before a title, not one phrase
    post = _of_post(phrase) if " of " in phrase and phrase.islower() else None
    if post is not None:
        return post
    title = title_case(singular_title(phrase))
    head, _, last = title.rpartition(" ")
    title = f"{head} {vocab.singular_head(last)}".lstrip()  # "Paramedics": a known plural
    if (phrase.islower() or _ROLE_NOUNS.search(clean(item).strip(" .,;"))) and title.rpartition(
            " ")[2].lower().endswith(_DISCIPLINE_ENDS):
        person = PRACTITIONERS.get(last) if head and phrase.islower() and len(
            words) <= _FIELD_WORDS and not _NOT_FIELD.intersection(words) else None
        # "move into site management": the field's practitioner ("Site Manager"); a bare
        # "management" is a field, not a role, and so is "Management Roles".
        return f"{head} {person}" if person else None
    if vocab.is_role_title(title):
        return title
    # Broad agent endings only in the plural ("drafters"): "order", "power" are not people.
    return title if practitioner_noun(words[-1], strict=not words[-1].endswith("s")) else None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
_EARLIER_COPULA = re.compile(r"(\bor|\band|,)\s+(?:were|was)\s+")
_FIRST_AFTER = re.compile(r"\s+(?:first|before that)\s*\.?\s*$")


_POST_OF = re.compile(r"^(?:the\s+)?(?:position|post|job|role)\s+of\s+(?:an?\s+)?(?=[A-Za-z])")


def _titles_after(text: str, start: int, vocab: Vocabulary, own: str = "", *,
                  fields: bool = False) -> list[str]:
    return _steps_after(text, start, vocab, own, fields=fields)[0]


# A list before "then" that says its titles are choices ("A, B or C", "either A, B"):
# no ladder.
_THEN_IN_TURN = re.compile(r"\b(?:either|or|such as|like|e\.g\.)\b")


_OUR_TITLES = re.compile(r"^\s*(?:our|their|its)\s+(?=[A-Z])")


def _steps_after(text: str, start: int, vocab: Vocabulary, own: str = "", *,
                 fields: bool = False) -> tuple[list[str], list[tuple[str, str]]]:
    """The titles a trigger at ``start`` names, and the ladder steps that follow them
    ("move up to A, then B": ``[A]`` and ``[(A, B)]``)."""
    tail = text[start : start + _WINDOW]
    if start + _WINDOW < len(text):  # the window cut an item short: it names nothing
        tail = tail[: max(tail.rfind(cut) for cut in (", ", " or ", " and ", ". ", "; "))]
    for opener in ("(e.g., ", "(e.g. ", "such as ", "(such as ", "like ", " as "):
        position = tail.find(opener)
        sentence_end = tail.find(". ")
        ahead = tail[:position].removesuffix(" or").removesuffix(" and").rstrip(",")
        if position > 0 and (_part_titles(ahead, vocab) or (opener == " as " and (
                ", " in tail[:position] or "after " in tail[:position]
                # "into robotic programming as shops automate": a clause, no title, after "as"
                or not _part_titles(re.split(r"[.;:)]\s|[.;:)]$", tail[position + len(
                    opener):], maxsplit=1)[0], vocab, own)))):
            # "A and then B, or retrain as C"; "A or B and train as C"; "after … as"; "A or B
            # with contractors such as C": the titles came first, the rest names no role
            continue
        if 0 <= position < 60 and not 0 <= sentence_end < position:
            # "adjacent specialities (e.g., A, B)", "related work as A or B"
            tail = tail[position + len(opener):]
            break
    tail = _BRACKETED.sub("", tail)  # "a state-certified technician (Staatlich geprüfter …)"
    # "move to the position of a tram depot mechanic": the post's own title
    tail = _POST_OF.sub("", tail, count=1)
    # "moved sideways into our Product Manager and Content Strategist roles": the
    # employer's own posts, titled
    tail = _OUR_TITLES.sub("", tail, count=1)
    for stop in (". ", "; ", ":", ")"):
        position = tail.find(stop)
        if position != -1:
            tail = tail[:position]
    tail = _PLACE_ASIDE.sub(" ", tail)  # "supervisors or, in small branches, managers"
    tail = _OWN_WORKPLACE.sub("", tail)  # "a life counselor of the facility": where, no title
    tail = _UNIT_LED.sub(r"\1", tail) if " of a" in tail else tail
    tail = _PARTICIPLE_ASIDE.sub(" ", tail)
    # A new clause ends the list even with no punctuation ("… installers while others …").
    tail = _NEXT_CLAUSE.split(tail, maxsplit=1)[0]
    # "came from A or were B or C first": a copula after a joiner and a closing "first"
    # are no part of the titles
    tail = _EARLIER_COPULA.sub(r"\1 ", _FIRST_AFTER.sub("", tail)) if " were " in tail or (
        " first" in tail) else tail
    parts = _THEN.split(tail)
    found = _part_titles(parts[0], vocab, own, fields=fields)
    steps: list[tuple[str, str]] = []
    before = found[:1]
    if len(parts) > 1 and len(found) > 1 and " or " not in parts[0] and _THEN_IN_TURN.search(
            parts[0]) is None:
        # "progress to A, B, C and then D": the titles before "then" are rungs in turn too
        steps.extend(itertools.pairwise(found))
        found, before = found[:1], found[-1:]
    for part in parts[1:] if found else ():
        after = _part_titles(part.split(", or ")[0], vocab)  # "… then B, or retrain as C"
        if len(after) > 1 and " and " in part and " or " not in part:
            # "then to payroll supervisor and payroll manager": later rungs in turn
            steps.extend(itertools.pairwise([before[0], *after]))
            before = after[-1:]
            continue
        steps.extend((before[0], title) for title in after)
        if not after:
            break
        before = after[:1]
        onward = _ONWARD.search(part)
        if onward is not None:  # "then B, and on large estates move up to C": C after B
            more = _part_titles(part[onward.end():], vocab)
            steps.extend((before[0], title) for title in more)
            before = more[:1] or before
    return found, steps


def _own_kind(item: str, own: str) -> str | None:
    """A plain phrase headed by the page's own role's head noun ("seasonal walking guides"
    on the Tour Guide's page), in Title Case and singular: a title of the role's trade in a
    move's slot, whether or not the lexicon knows the head."""
    phrase = _ROLE_NOUNS.sub("", _CLAUSE.sub("", clean(item).strip(" .,;")))
    words = phrase.split()
    head = own.rpartition(" ")[2].lower()
    if not head or not 2 <= len(words) <= _OWN_KIND_WORDS or not all(
            w.isalpha() and w.islower() for w in words):
        return None
    if all(w in _LEVEL_SET for w in words[:-1]):
        return None  # "junior perfumers": the role at a level, which ladders read
    title = title_case(singular_title(phrase))
    return title if title.rpartition(" ")[2].lower() == head and (
        title.lower() != own.lower()) else None


_OWN_KIND_WORDS = 4
_EXAMPLES = re.compile(r"\b(?:e\.g\.|i\.e\.)|\b(?:for example|such as|like)\s")
# A role noun after a list of titles that all share it ("retail clerk or call centre agent
# jobs"): every item of the list is a title.
# Where a listed title's people come from, after it ("police officers from financial crime
# units"): no part of the title.
_FROM_UNIT = re.compile(r"(?<=[a-z]s)\s+from\s+(?:the\s+)?[a-z][a-z -]{2,40}$")

# ("A or B work": the trade's work named by its two titles)
_SHARED_ROLE_NOUN = re.compile(r"\s(?:jobs|roles|positions|work)(?:\s+in\s+[a-z]+)?\.?$")


# How a job was held, in lower case before a title in Title Case ("started as casual
# Biosecurity Assistants"): no part of the title, which its capitals mark.
_TENURE = re.compile(r"^(?:casual|temporary|seasonal|part-time|full-time|contract|freelance|"
                     r"relief|locum|former)\s+(?=[A-Z][a-z])")
_LEVEL_WORDS = 2  # "Lead CRA", "Senior Field CRA": capitalised words before the role


def _part_titles(tail: str, vocab: Vocabulary, own: str = "", *,
                 fields: bool = False) -> list[str]:
    lowered = tail.lower()
    for article in _ARTICLES:
        if lowered.startswith(article):
            tail = tail[len(article):]
            lowered = tail.lower()
    found: list[str] = []
    shared = _SHARED_ROLE_NOUN.search(tail) is not None and " or " in tail
    # "into informatics, e.g., A": the examples are the moves, not the field before them
    fields = fields and _EXAMPLES.search(tail) is None
    def whole(text: str) -> bool:  # "director of catering and events" is one post
        text = _ROLE_NOUNS.sub("", text)  # ("Lead Trust and Safety Analyst roles": one)
        return vocab.is_role_title(text) or (" of " in text and _of_post(text) is not None) or (
            # "health and safety manager" in lower case: one title when the one word before
            # "and" is a field, not a title, a plural or a level ("cashier and bartender",
            # "photogrammetrists and urban planners", "staff and principal" are two)
            text.islower() and " and " in text and vocab.is_role_title(title_case(text))
            and " " not in (first := text.split(" and ", 1)[0]) and not first.endswith("s")
            and first not in _LEVEL_SET and not vocab.is_role_title(title_case(first)))

    items = split_items(tail.rstrip("."), keep_whole=whole)
    for index, item in enumerate(items):
        if " as " in item and (item.split(" ", 1)[0] in _PLACE_FIRST or _UNIT_AS.search(item)
                               or _placed_as(item, vocab)):
            # "into the loans team as a loan officer", "to the buying side as a buyer",
            # "pharmaceutical companies as product specialists"
            item = item.rpartition(" as ")[2]
        item = item.removeprefix("to ").removeprefix("as ").removeprefix("become ")
        # ("… or to Y", "… or as apprentices", "… or become Y")
        item = item.rpartition(" become ")[2]  # "…, and many become licensed contractors"
        verb = item
        for adverb in _ADVERBS:
            verb = verb.removeprefix(adverb)
        if verb.split(" ", 1)[0] in _CLAUSE_VERBS or item.startswith("from "):
            # "… or mortuary assistants and train as arrangers": a new verb, no title;
            # "are appointed from among officers": where they come from, not where they go
            break
        for article in _ARTICLES:
            if item.lower().startswith(article):
                item = item[len(article):]
        item = _TENURE.sub("", item, count=1)  # "casual Biosecurity Assistants"
        item = _FROM_UNIT.sub("", item)  # "police officers from financial crime units"
        title = vocab.role_title_at(item, 0)
        if title is not None and is_truncated(title):
            # "SDET (Software Development Engineer in Test)": the title before the bracket.
            head = title.split(" (", 1)[0]
            title = head if vocab.is_role_title(head) else None
        plain = prose_title(item, vocab) if title is None or len(title.split()) < len(
            _CLAUSE.sub("", item).split()) else None
        # "Lead Sonographer": the whole phrase, not the known head inside it ("Lead").
        title = plain if plain is not None and (title is None or len(plain) > len(title)) \
            else title
        bare = item.strip(" .")
        if title is not None and own and len(title) < len(bare) and (
                bare.lower().endswith(f" {own.lower()}")) and 0 < len(
                lead := bare[: -len(own)].split()) <= _LEVEL_WORDS and all(
                w[:1].isupper() for w in lead):
            title = bare  # "Lead CRA" on the CRA's page: the role at a level
        title = title or (_own_kind(item, own) if own else None) or (
            _shared_title(item, capitalised=bool(found)) if shared else None)
        if title is None and fields and own:
            title = _own_track(item, own)  # "into community midwifery" on a midwife's page
        if title is None and fields and not _OTHER_FIELD.match(item):
            # ("moved to another occupation": some other job, no field named)
            title = field_name(item)
            if title is not None and own and title.rpartition(" ")[2][:_STEM].lower() == (
                    own.rpartition(" ")[2][:_STEM].lower()):
                title = None  # "move into plumbing" on a plumber's page: its own trade
            if title is not None and _CLAUSE.search(item):
                found.append(title)  # "plumbing after working as …": the list ends here
                break
        if title is None and fields and item.strip(" .").lower() in _GENERIC_FIELDS and (
                index + 1 < len(items) and not items[index + 1].lower().startswith(_ARTICLE_OPENS)):
            continue  # "into community midwifery, research or teaching as lecturers": an
            # area that names no job, between two fields ("… into engineering, or a graduate
            # engineer" ends the list: the article opens another)
        if title is None and index + 1 < len(items) and _JOBS_ITEM.search(item) and (
                items[index + 1].lower().startswith(("as ", "or as "))):
            continue  # "… customer service roles, or as a mortgage administrator": jobs of
            # no title, then the list goes on with another
        if title is None:
            break
        found.append(title)
    return found


_JOBS_ITEM = re.compile(r"\s(?:roles|jobs|positions|posts)$")
_OTHER_FIELD = re.compile(r"(?:another|other|a different|different|some other)\s", re.IGNORECASE)


def _own_track(item: str, own: str) -> str | None:
    """A specialised branch of the page's own trade, named as a field with a qualifier ("into
    community midwifery" on a Midwife's page -> "Community Midwife"), or None.

    >>> _own_track("community midwifery", "Midwife"), _own_track("plumbing", "Plumber")
    ('Community Midwife', None)
    """
    words = _CLAUSE.sub("", clean(item).strip(" .,;")).split()
    head = own.rpartition(" ")[2]
    if not 2 <= len(words) <= _FIELD_MAX_WORDS or len(head) < _STEM or not all(
            w.isalpha() and w.islower() for w in words) or _NOT_FIELD.intersection(words):
        return None
    last = words[-1]
    if last[:_STEM] != head[:_STEM].lower() or not last.endswith(_BRANCH_ENDS):
        return None
    return f"{title_case(' '.join(words[:-1]))} {own}"


def _shared_title(item: str, capitalised: bool = False) -> str | None:
    """An item of a list of titles that share a role noun ("retail clerk" in "retail clerk
    or call centre agent jobs"): two to four plain lower-case words, in Title Case; with
    ``capitalised`` (a title came before it in the list) Title Case words too ("Drug Safety
    Associate" in "Medical Representative, Drug Safety Associate or X roles")."""
    words = _ROLE_NOUNS.sub("", item.strip(" .")).split()
    lower = all(w.isalpha() and w.islower() for w in words)
    cased = capitalised and all(w.isalpha() and w[:1].isupper() and w[1:].islower()
                                for w in words)
    if not 2 <= len(words) <= _OWN_KIND_WORDS or not (lower or cased):
        return None
    return title_case(" ".join(words))


_PLACE_WORDS = 4


def _placed_as(item: str, vocab: Vocabulary) -> bool:
    """True when ``item`` names a place or field, then " as " and a title ("freight
    forwarding as forwarding coordinators"): the title is the move, not the place."""
    before, _, after = item.rpartition(" as ")
    words = before.split()
    if not 0 < len(words) <= _PLACE_WORDS or words[0] in _CLAUSE_VERBS or _CLAUSE.search(
            " " + before + " "):
        return False  # "train as arrangers", "plumbing after working as labourers": clauses
    # ("event production as an AV technician": a field whose practitioner prose_title names
    # is still the place, not the title)
    return (prose_title(before, vocab) is None or (
        before.islower() and field_name(before) is not None)) and vocab.role_title_at(
        before, 0) is None and (
        prose_title(after.removeprefix("an ").removeprefix("a "), vocab) is not None)


# Field words that name a whole area of work, not a move anyone could look up ("move into
# management", "go into research").
_GENERIC_FIELDS = frozenset({"management", "research", "teaching", "training", "consulting",
                             "consultancy", "education", "administration", "business",
                             "industry", "government", "academia", "operations", "production",
                             "leadership", "sales", "marketing", "finance", "engineering",
                             "science", "technology", "design", "nursing", "medicine",
                             "manufacturing", "retail", "hospitality", "construction",
                             # departments of any employer ("move across into procurement")
                             "procurement", "purchasing", "accounting", "compliance",
                             "planning", "communications", "policy"})
# Last words that make a phrase a field of work ("sample reception", "exhibition design").
_FIELD_ENDS = (*_DISCIPLINE_ENDS, "omy", "phy", "sales", "design", "analysis", "affairs",
               "research")  # ("UX research", "regulatory affairs"; "research" alone is generic)
_ONE_WORD_FIELD_ENDS = ("ing", "ment", "ics", "ogy", "omy", "phy", "tion", "sion")
_FIELD_MAX_WORDS = 3
_ARTICLE_OPENS = ("a ", "an ", "the ")
# Endings of a trade's field ("midwifery", "plumbing", "accountancy", "physiotherapy").
_BRANCH_ENDS = ("ry", "ing", "ism", "cy", "py", "gy", "ics")
_AS_CLAUSE = re.compile(r"\s+as\s+(?!an?\s).*$")
_STEM = 5  # letters a field shares with its practitioner ("plumbing", "plumber")


def field_name(item: str) -> str | None:
    """A field of work a move names ("phlebotomy", "retail operations analysis", "QA"), in
    Title Case; None for a generic area ("management") or anything that is no field.

    >>> field_name("sample reception"), field_name("QA"), field_name("management")
    ('Sample Reception', 'QA', None)
    >>> field_name("the city") is None, field_name("their own shop") is None
    (True, True)
    """
    # ("robotic welding programming as shops automate": a clause after the field)
    phrase = _AS_CLAUSE.sub("", _CLAUSE.sub("", clean(item).strip(" .,;")))
    words = phrase.split()
    if not 0 < len(words) <= _FIELD_MAX_WORDS or _NOT_FIELD.intersection(w.lower() for w in words):
        return None
    if len(words) == 1 and 2 <= len(phrase) <= 4 and phrase.isupper() and phrase.isalpha():
        return phrase  # "QA", "HR": a department's initials
    if not all(w.replace("-", "").isalpha() for w in words) or (
            len({w[:1].isupper() for w in words if not w.isupper()}) > 1) or (
            phrase.lower() in _GENERIC_FIELDS):  # ("CART captioning": an acronym, then a field)
        return None
    ends = _FIELD_ENDS if len(words) > 1 else _ONE_WORD_FIELD_ENDS  # ("conference": a thing)
    return title_case(phrase) if words[-1].lower().endswith(ends) else None


# Triggers whose move belongs to the sentence's subject, which may be another title ("Some
# attendants … qualify as massage therapists").
_SUBJECT_TRIGGERS = frozenset({"qualify as ", "qualifies as ", "qualified as ",
                               "train further as ", "promoted from "})


def _other_subject(text: str, position: int, own: str) -> bool:
    """True when the clause before ``position`` is about people of another title than
    ``own`` ("Some attendants take the other road and …" on a spa director's page)."""
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position))
    head = own.rpartition(" ")[2].lower()
    people = [w for w in re.findall(r"\b[a-z]+s\b", text[start + 1 : position].lower())
              if practitioner_noun(w, strict=False) and w not in _NOT_FIELD]
    return bool(people) and not any(singular_title(w).lower() == head for w in people)


# Earlier jobs told before the move ("many were A or B before joining the family") or as
# where people arrive from ("People arrive in coding from A and B posts").
# ("Many of us worked as a ward clerk before.": the sentence ends at "before")
_BEFORE_JOINING = re.compile(r"\b(?:were|was|had been|worked as)\s+(?:an?\s+)?([^.;:]{3,80}?)"
                             r"\s+before(?:\s+(?:joining|becoming|moving|entering|switching|"
                             r"training)\b|\s*(?:[.!;]|$))", re.IGNORECASE)
_ARRIVE_IN = re.compile(r"\b(?:arrive|arrives|arrived|come|comes|came)\s+(?:in|into|to)\s+"
                        r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+from\s+")


# Leaving a field for another title ("A steady number leave coding for analyst jobs").
_LEAVE_FOR = re.compile(r"\bleav(?:e|es|ing)\s+(?:the\s+)?[a-z][\w-]*\s+for\s+")


def _earlier_titles(text: str, vocab: Vocabulary) -> list[str]:
    """Titles held before the move into the role, from the two forms above."""
    found: list[str] = []
    for match in _BEFORE_JOINING.finditer(text):
        found.extend(_part_titles(match.group(1), vocab))
    for match in _ARRIVE_IN.finditer(text):
        found.extend(_titles_after(text, match.end(), vocab))
    return found


# The role's holders, counted or in the plural, who became another title ("Some of my
# classmates became clinic directors", "4 became Radiation Safety Officers"): a story's "I
# became X" is one rung of its own ladder, read by the story readers.
_THEY_BECAME = re.compile(r"\b(?P<who>[A-Za-z]+s|\d+|others|several|few|many|some|most)\s+"
                          r"(?:(?:later|eventually|have|had|then|also|since|all)\s+)?became\s+")
_NOT_PEOPLE_S = frozenset({"this", "was", "has", "is", "his", "its", "us", "yes", "as", "thus",
                           "hers", "ours", "theirs", "years", "months", "weeks", "days"})


def _they_became(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """Titles the role's holders (not another title's) "became"."""
    head = own.rpartition(" ")[2].lower()
    found: list[str] = []
    for match in _THEY_BECAME.finditer(text):
        who = match.group("who")
        single = singular_title(who.lower())
        if who.lower() in _NOT_PEOPLE_S or (who[:1].isupper() and who[1:].islower() and (
                match.start() == 0 or text[match.start() - 2: match.start()] not in (". ", ""))):
            continue  # ("this became", "Jess became": no holders of the role)
        if single != head and vocab.is_role_title(title_case(single)):
            continue  # "Some nurses became midwives" on a doctor's page
        found.extend(t for t in _titles_after(text, match.end(), vocab, own)
                     if t.lower() != own.lower())
    return found


_JOIN_TRIGGERS = frozenset({"others join ", "some join ", "many join "})
_FROM_SCHOOL = re.compile(r"(?:straight\s+|directly\s+|right\s+)?from\s+(?:school|college|"
                          r"university|sixth\s+form|high\s+school)\b")
_COUNTED_TO = re.compile(r"\d+\s+(?:to|into|as)\b")


# A change someone led or oversaw ("led the move to A", "oversaw the switch to B") is a
# project of the job, not a move between jobs.
_LED_THE = re.compile(r"\b(?:led|leads|leading|lead|drove|drives|driving|oversaw|oversees|"
                      r"overseeing|managed|manages|championed|spearheaded|headed|coordinated|"
                      r"ran|planned|delivered)\s+the\s+$")


def prose_moves(text: str, vocab: Vocabulary, own: str = "") -> dict[str, list[str]]:
    """Moves stated in a sentence (see :func:`_stated_moves`), and when none leads out of the
    role, the title a former holder says he holds now ("When I was a tiler … I'm a site
    manager now"; a move the line states in other words, "moved into estimating", wins).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_moves("Was a tiler for 9 years. Now a site manager on £40,000.", v, "Tiler")
    {'up': [], 'lateral': ['Site Manager'], 'in': []}
    """
    found = _stated_moves(text, vocab, own)
    if own and " now" in text.lower() and not found["up"] and not found["lateral"]:
        found["lateral"].extend(_now_held(text, vocab, own))
    return found


def _stated_moves(text: str, vocab: Vocabulary, own: str = "") -> dict[str, list[str]]:
    """Moves stated in a sentence: ``{"up": [...], "lateral": [...], "in": [...]}``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _stated_moves("With experience you can advance to Staff Engineer or Engineering Manager.",
    ...               v)["up"]
    ['Staff Engineer', 'Engineering Manager']
    >>> _stated_moves("Radiographers and nurses often move into the field.", v)["in"]
    ['Radiographer', 'Nurse']
    >>> _stated_moves("As head of the unit she led the move to Kubernetes and Terraform.", v)
    {'up': [], 'lateral': [], 'in': []}
    """
    # "I started out after college as an X": the aside before "as" dropped
    text = _STARTED_ASIDE.sub(r"\1 as ", text) if "start" in text else text
    lowered = text.lower()
    found: dict[str, list[str]] = {"up": [], "lateral": [], "in": []}
    if " from " in lowered and own:
        found["in"].extend(_went_from(text, vocab, own))
    if " into th" in lowered:
        found["in"].extend(_subjects_into(text, vocab))
    if " years as " in lowered:  # "After twelve years as a firefighter I joined …"
        found["in"].extend(t for m in _YEARS_AS_I.finditer(text)
                           if (t := _held_title(next(g for g in m.groups() if g), vocab))
                           and t.lower() != own.lower())
    mates = _COURSE_MATES.search(text) if " my " in lowered or " our " in lowered or (
        "among the " in lowered) else None
    if mates is not None:  # "Two of the people in my intake were …: a former A and a B"
        found["in"].extend(t for t in enumerated_titles(text[mates.end():].split(". ")[0], vocab)
                           if t.lower() != own.lower())
    if " make " in lowered and own:  # "research nurses often make great CRAs"
        found["in"].extend(_make_good(text, vocab, own))
    if "transfer" in lowered:  # "Employees in the A and B classifications … may transfer into"
        found["in"].extend(_transferring_in(text, vocab, own))
    if "retrain" in lowered and own:  # "Motor mechanics retraining as panelbeaters need …"
        found["in"].extend(_subjects_into(text, vocab, _retrained_as(own)))
    if "feeder" in lowered:  # "Library technicians and history graduates are our two
        # biggest feeders" (graduates name no role)
        found["in"].extend(_subjects_into(text, vocab, _FEEDERS, every=False))
    if " apply " in lowered or " eligible " in lowered:
        # "X who finish our course are encouraged to apply for this role"
        found["in"].extend(t for t in _subjects_into(text, vocab, _APPLY_HERE)
                           if t.lower() not in _ANYONE)
    if ((" before " in lowered or " before." in lowered) and (
            "were " in lowered or "was " in lowered or "as " in lowered)) or (
            " from " in lowered and ("arriv" in lowered or " c" in lowered)):
        found["in"].extend(_earlier_titles(text, vocab))  # (substring gates: most sentences)
    if own and "came " in lowered and " from " in lowered:  # "Came from A or B and it's …"
        for match in _CAME_FROM.finditer(text):
            found["in"].extend(t for t in _titles_after(text, match.end(), vocab, own)
                               if t.lower() != own.lower())
    if " became " in lowered and own:  # "Some of my classmates became clinic directors"
        found["lateral"].extend(_they_became(text, vocab, own))
    if "leav" in lowered:  # "leave coding for information analyst jobs"
        for match in _LEAVE_FOR.finditer(text):
            found["lateral"].extend(_titles_after(text, match.end(), vocab))
    if not _ANY_TRIGGER.search(lowered):
        return found  # most sentences state no move: one scan instead of one per trigger
    read: set[int] = set()  # where a trigger's roles start: "some become" is no "become"
    began: set[int] = set()  # where a trigger starts: "went on to be" is no "went on to"
    for direction, triggers in (("lateral", _LATERAL_TRIGGERS), ("in", _IN_TRIGGERS),
                                ("up", _UP_TRIGGERS)):
        for trigger in triggers:
            position = lowered.find(trigger)
            while position != -1:
                end = position + len(trigger)
                if direction == "lateral" and any(
                        lowered.endswith(longer, 0, end) for longer in _LONGER_IN):
                    position = lowered.find(trigger, position + 1)
                    continue  # ("came ashore as A": A is the job held before, read below)
                if lowered.endswith("the ", 0, position) and _LED_THE.search(
                        lowered, max(0, position - 20), position):
                    position = lowered.find(trigger, position + 1)
                    continue  # ("she led the move to A and B": a project, no career move)
                if end not in read and position not in began and (
                        position == 0 or not lowered[position - 1].isalpha()
                                        ) and not lowered.endswith("how to ", 0, position) and (
                        trigger not in _SUBJECT_TRIGGERS or not _other_subject(
                            text, position, own)):
                    # ("How to Become a Payroll Manager": an article's title, no move)
                    read.add(end)
                    began.add(position)
                    seen = {t for titles in found.values() for t in titles}
                    # ("move across to A or become B": B is sideways, not up as well)
                    kind_only = _KIND_OF_ROLE.match(text, end) is not None
                    # ("join as trainees": a bare level is no earlier job)
                    bare = _LEVEL_SET | _ANYONE if trigger in _HIRED_AS else frozenset()
                    # ("Others join straight from school as a solicitor apprentice": the
                    # title they join in, not a move away)
                    into = "in" if trigger in _JOIN_TRIGGERS and _FROM_SCHOOL.match(
                        lowered, end) else direction
                    found[into].extend(t for t in _titles_after(
                        text, end, vocab, own, fields=trigger in _FIELD_TRIGGERS or (
                            trigger in _FIELD_IN_TRIGGERS and _people_before(text, position)))
                        if t not in seen and not (kind_only and t.lower() in _KIND_WORDS)
                        and t.lower() not in bare)
                position = lowered.find(trigger, position + 1)
    # ("… moved to Senior X posts and 11 to Chief or Head of X": a count, no title)
    return {k: list(dict.fromkeys(ungraded(t, vocab) for t in v if not _COUNTED_TO.match(t)))
            for k, v in found.items()}


# "Radiographers and nurses … move into the field": the subject comes into the role.
_INTO_ROLE = re.compile(r"\b(?:move|moves|moving|switch|switches|come|comes|cross|crosses|"
                        r"transfer|transfers|transition|transitions|promoted|recruited)\b"
                        r"(?:\s+\w+){0,2}?\s+into\s+"
                        r"(?:the|this)\s+(?:role|field|profession|career|occupation|job)\b",
                        re.IGNORECASE)
_SUBJECT_END = re.compile(r"\s(?:are|is|often|usually|also|typically|commonly|can|may|"
                          r"sometimes|frequently|tend|regularly|most|who|to|move|moves)(?:\s|$)")


# "Production operators who finish the course are encouraged to apply for this role": an
# employer's posting inviting holders of another title into the advertised one.
_APPLY_HERE = re.compile(r"\b(?:are|is)\s+(?:(?:also|especially|strongly)\s+)?(?:encouraged|"
                         r"invited|welcome|eligible)\s+to\s+apply\s+(?:for|to)\s+(?:this|"
                         r"the)\s+(?:role|position|job|opening|post|vacancy)\b"
                         # a ladder policy's entry grade ("are eligible for RT I placement")
                         r"|\b(?:are|is)\s+eligible\s+for\s+(?:[A-Z]{1,4}\s+)?(?:[IVX]{1,4}|"
                         r"[Ll]evel\s+\d|[Gg]rade\s+\d)\s+(?:placement|appointment)\b")

# "X and Y are our two biggest feeders": a talk's or a profile's word for where people come from.
_FEEDERS = re.compile(r"\b(?:are|is)\s+(?:our|the)\s+(?:\w+\s+){0,2}?(?:biggest|main|largest|usual|"
                      r"commonest|most\s+common|best)\s+feeders?\b", re.IGNORECASE)

_STARTED_ASIDE = re.compile(r"\b((?:[Ss]tart|[Ss]tarted|[Ss]tarting)\s+out)\s+(?:after|"
                            r"straight out of|right out of|fresh out of|out of)\s+"
                            r"(?:\w+\s+){1,2}?as\s")
# A testimonial: "I went from front-desk receptionist at a clinic to Salesforce Admin".
_WENT_FROM = re.compile(r"\bI\s+(?:went|moved|switched|jumped|made the jump)\s+from\s+(?:being\s+)?"
                        r"(?:an?\s+|the\s+)?(?P<before>[^,.;]{2,60}?)\s+to\s+(?:being\s+)?"
                        r"(?:an?\s+|the\s+)?(?P<after>[^,.;]{2,60})")
_PLACE_AFTER = re.compile(r"\s+(?:at|in|for|with)\s.*$")
_OWN_STEM = 4  # letters of a word its short form keeps ("Admin", "Administrator")


def _went_from(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The earlier job of a first-person "I went from A to B" whose B is the page's role (its
    words' stems all among B's first words: "Salesforce Admin" for Salesforce Administrator)."""
    stems = {w[:_OWN_STEM].lower() for w in own.split()}
    found: list[str] = []
    for match in _WENT_FROM.finditer(text):
        after = _PLACE_AFTER.sub("", match.group("after"))
        if not stems <= {w[:_OWN_STEM].lower() for w in after.split()[: len(stems) + 1]}:
            continue  # "from retail to logistics": not into this role
        title = prose_title(_PLACE_AFTER.sub("", match.group("before")), vocab)
        if title is not None and title.lower() != own.lower():
            found.append(title)
    return found

# A personnel policy's transfer clause ("Employees in the Utility Worker II and Mechanic I
# classifications who obtain … may transfer into the Operator in Training classification").
_TRANSFER_IN = re.compile(
    r"\b(?:employees|staff|incumbents|workers)\s+(?:in|holding|from)\s+(?:the\s+)?"
    r"(?P<titles>[^.;]{3,120}?)\s+(?:classifications?|classes|positions|job titles|titles)\b"
    r"[^.;]{0,160}?\b(?:may|can|are eligible to)\s+(?:laterally\s+)?(?:transfer|move)\s+"
    r"(?:into|to)\s+(?:the\s+|this\s+)?(?P<target>[^.;]{2,80}?)\s+(?:classification|class|"
    r"series|position|role)\b", re.IGNORECASE)


def _transferring_in(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The classifications a transfer clause lets into the page's role: the clause's target
    is the role itself or a grade of it (its head noun: "Operator in Training" on a Water
    Treatment Operator's page), else the clause is about another series and names no move."""
    head = own.rpartition(" ")[2].lower()
    found: list[str] = []
    for match in _TRANSFER_IN.finditer(text):
        target = match.group("target").lower()
        if head and (head in target.split() or target in ("role", "this role")):
            found.extend(_part_titles(match.group("titles"), vocab, own))
    return found

# A first-person story's earlier job: "After twelve years as a firefighter I joined …", "I
# spent two years as a line cook at Quill Bistro"; a feature's career changer: "spent eight
# years as an auto body technician before enrolling".
_YEARS_AS_I = re.compile(r"\b(?:[Aa]fter\s+(?:[\w-]+\s+){1,2}years?\s+as\s+(?:an?\s+)?"
                         r"([A-Za-z][\w'& -]{1,40}?),?\s+I\s|"
                         r"(?:spent|spending|after)\s+(?:[\w-]+\s+){1,2}years?\s+as\s+"
                         r"(?:an?\s+)?([A-Za-z][\w'& -]{1,40}?),?\s+before\s+(?:[a-z]+ing|"
                         r"s?he|they|I)\b|"
                         # a first-person story's "I spent two years as a line cook at Quill
                         # Bistro": the job, then where it was held
                         r"\bI\s+spent\s+(?:[\w-]+\s+){1,2}years?\s+as\s+(?:an?\s+)?"
                         r"([A-Za-z][\w'& -]{1,40}?)\s+(?:at|with|for)\s+(?:an?\s+|the\s+)?"
                         r"[A-Z]|"
                         # "Before that I spent twelve years as a secondary school teacher
                         # (maths) in Galway.": the job, then its aside or its town
                         r"\b[Bb]efore\s+that,?\s+I\s+spent\s+(?:[\w-]+\s+){1,2}years?\s+as\s+"
                         r"(?:an?\s+)?([a-z][\w'& -]{1,40}?)\s*(?:\(|[.;,]|\s+in\s+[A-Z]))")
_HELD_WORDS = 3
# A career changer's course-mates by their earlier jobs: "Two of the people in my intake
# were also career changers: A and B", "Others on our course: A, B and C".
_COURSE_MATES = re.compile(r"\b(?:in|on)\s+(?:my|our)\s+(?:intake|course|cohort|class)\b"
                           r"[^.:;]{0,50}:\s+"
                           # "among the participants of the last course there were also a
                           # former A and a B" (a recruiter's earlier trainees)
                           r"|\b[Aa]mong\s+the\s+(?:participants|trainees|members|people|recruits)\s+"
                           r"(?:of|in|on)\s+(?:the|our|my)\s+(?:last\s+|latest\s+|recent\s+|previous\s+)?"
                           r"(?:intake|course|cohort|class|edition)\s+there\s+(?:were|was)\s+"
                           r"(?:also\s+)?")


# A commenter's earlier job ("Came from A, B or C and it's …", "came over from A"): the
# list after it names where he was before the role.
_CAME_FROM = re.compile(r"(?:^|(?<=[.:!?]\s)|\bI\s+)[Cc]ame\s+(?:over\s+|across\s+)?from\s+")
# The writer once held the role ("When I was a tiler", "Was a tiler for 9 years", "Not a
# tiler anymore"), and the title he holds now ("I'm a site manager now", "Now a site
# manager on …", "Site Manager now, $31/hr").
_ONCE_HELD = r"\b(?:[Ww]hen I was|[Ww]as|[Nn]ot|I used to be|I started as)\s+an?\s+{own}\b"
_NOW_HELD = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+an?\s+(?P<a>[a-z][\w -]{2,60}?)\s+now\b"
    r"|(?:^|(?<=[.!?]\s))Now\s+an?\s+(?P<b>[a-z][\w -]{2,60}?)(?=\s+(?:on|at|in|for|with)\b|[.,])"
    r"|(?:^|(?<=[.!?]\s))(?P<c>[A-Z][\w -]{2,60}?)\s+now,")


def _now_held(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The title a former holder of ``own`` holds now, in the line that says he held it.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _now_held("I'm a site manager now. When I was a tiler it was $20/hr.", v, "Tiler")
    ['Site Manager']
    >>> _now_held("I'm a site manager now.", v, "Tiler")
    []
    """
    if re.search(_ONCE_HELD.format(own=re.escape(own.lower())), text, re.IGNORECASE) is None:
        return []
    return [title for match in _NOW_HELD.finditer(text)
            if (title := _now_title(match, vocab)) and title.lower() != own.lower()]


def _now_title(match: re.Match[str], vocab: Vocabulary) -> str | None:
    phrase = next(g for g in match.groups() if g)
    return prose_title(phrase, vocab) or (
        title_case(phrase) if len(phrase.split()) <= _HELD_WORDS + 3 and (
            phrase.islower() or is_title_case(phrase)) else None)


def held_now(clause: str, vocab: Vocabulary) -> str | None:
    """The title the writer says he holds now, last in ``clause`` (the words before a pay
    figure: "Now an estimator on ", "I'm a site manager now so it's salary, "), else None.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> held_now("Was a tiler for 9 years. Now an estimator on ", v)
    'Estimator'
    """
    found = [title for match in _NOW_HELD.finditer(clause + ".")
             if (title := _now_title(match, vocab))]
    return found[-1] if found else None


def _held_title(phrase: str, vocab: Vocabulary) -> str | None:
    """The job a speaker says they held ("years as a firefighter"): a title in prose, or, the
    slot being a job's, up to three plain words in Title Case."""
    title = prose_title(phrase, vocab)
    words = phrase.split()
    if title is None and 0 < len(words) <= _HELD_WORDS and all(
            w.isalpha() and w.islower() for w in words):
        title = title_case(phrase)
    return title


_CLAUSE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
# Subjects that name anyone at all, not a job ("Applicants are encouraged to apply …").
_ANYONE = frozenset({"applicant", "candidate", "employee", "graduate", "student", "individual",
                     "member", "person", "worker", "team member", "internal candidate",
                     "internal applicant", "current employee"})


def entry_rung(text: str, own: str) -> str | None:
    """The role's own entry rung a sentence says becomes the role ("Apprentice panelbeaters
    become qualified Panelbeaters after four years"): "Apprentice Panelbeater", else None.

    >>> entry_rung("Trainee glaziers become fully qualified glaziers in three years.",
    ...            "Glazier")
    'Trainee Glazier'
    >>> entry_rung("Trainee glaziers cut glass.", "Glazier") is None
    True
    """
    lowered = text.lower()
    if not (_ENTRY_WORDS.search(lowered) and _BECOME_WORDS.search(lowered)):
        return None  # most lines: no pattern built for the role at all
    match = _entry_rung_pattern(own).search(text)
    return f"{match.group(1).capitalize()} {own}" if match else None


_ENTRY_WORDS = re.compile(r"apprentice|trainee|graduate|cadet")
_BECOME_WORDS = re.compile(r"become|qualif|promoted|progress")


@lru_cache(maxsize=256)
def _entry_rung_pattern(own: str) -> re.Pattern[str]:
    """The sentence shape ``entry_rung`` reads, for one role (built once a role)."""
    forms = "|".join(map(re.escape, _plural_forms(own)))
    return re.compile(rf"\b(apprentice|trainee|graduate|cadet)\s+(?:{forms})\s+"
                      rf"(?:[a-z]+\s+){{0,3}}?(?:become|becomes|qualify as|qualifies as|"
                      rf"are promoted to|progress to)\s+"
                      rf"(?:an?\s+)?(?:fully\s+)?(?:qualified\s+|licensed\s+|certified\s+)?"
                      rf"(?:{forms})\b", re.IGNORECASE)


def _plural_forms(own: str) -> list[str]:
    """``own`` and its plurals ("Midwife", "Midwifes", "Midwives"), longest first."""
    forms = {own, f"{own}s", f"{own}es", f"{own[:-2]}ves", f"{own[:-1]}ies"}
    return sorted(forms, key=len, reverse=True)


def _retrained_as(own: str) -> re.Pattern[str]:
    """"<subject> (who are) retraining as <the page's role>": the subject moves in."""
    return re.compile(rf"\s+(?:who\s+(?:are\s+)?)?retrain(?:s|ed|ing)?\s+(?:as|to\s+become)\s+"
                      rf"(?:an?\s+)?(?:{'|'.join(map(re.escape, _plural_forms(own)))})\b",
                      re.IGNORECASE)


def _subjects_into(text: str, vocab: Vocabulary,
                   pattern: re.Pattern[str] = _INTO_ROLE, *, every: bool = True) -> list[str]:
    """Roles that are the subject of "… move into the role/field" (all of them, or none), or
    of another ``pattern`` naming the page's role as where they go; ``every=False`` keeps
    the subjects that are roles ("Library technicians and history graduates are …")."""
    match = pattern.search(text)
    if match is None:
        return []
    subject = text[text.rfind(". ", 0, match.start()) + 1 : match.start()]
    subject = _CLAUSE_NUMBER.sub("", subject)  # "6.2  Care assistants who …": a policy clause
    # "Many HEO Policy Officers in our division have been promoted into this role": the
    # subject's quantifier and its place are no part of the titles
    subject = _SUBJECT_PLACE.sub("", _subject_opener(subject.strip()))
    end = _SUBJECT_END.search(subject)
    subject = subject.strip()
    words = subject.split()
    if subject[1:2].islower() and (len(words) < 2 or words[1][:1].islower()):
        subject = subject[:1].lower() + subject[1:]  # sentence case; Title Case stays
    items = split_items(subject[: end.start()] if end else subject)
    titles = [prose_title(item, vocab) for item in items]
    return [t for t in titles if t] if titles and (all(titles) or not every) else []


# "apply for specialist roles in stroke": one lower-case word before a role noun is a kind
# of role (its level or field), not a title.
_KIND_OF_ROLE = re.compile(r"(?:an?\s+)?[a-z][\w-]*\s+(?:roles|posts|positions|jobs)\b")
_KIND_WORDS = _LEVEL_SET | {"specialist", "specialists", "management", "leadership",
                            "supervisory", "managerial", "advanced", "expert"}
_SUBJECT_PLACE = re.compile(r"\s+(?:in|at|across|within)\s+(?:our|the|this|their|your)\s.*$")


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence's subject before its titles ("Successful", "Many"):
    ``notices.subject_openers`` in ``data/headings.yaml``."""
    return frozenset(str(w).lower() for w in bundled_section("notices").get(
        "subject_openers") or ())


@cache
def _grade_first() -> re.Pattern[str]:
    grades = "|".join(str(g) for g in bundled_section("notices").get("grades") or ()) or "(?!)"
    return re.compile(rf"^(?:{grades})\s+(?=[A-Z])")


def ungraded(title: str, vocab: Vocabulary) -> str:
    """``title`` less a public-service grade printed before it ("APS 6 Biosecurity Team
    Leader" -> "Biosecurity Team Leader", "Grade 7 Policy Lead" -> "Policy Lead"), when the
    rest is a title.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> ungraded("APS 6 Biosecurity Team Leader", v), ungraded("Band 6 Nurse", v)
    ('Biosecurity Team Leader', 'Nurse')
    """
    rest = _grade_first().sub("", title)
    return rest if rest != title and vocab.is_role_title(rest) else title


def _subject_opener(text: str) -> str:
    """``text`` less an opening quantifier or quality word ("Successful Policy Advisers" ->
    "Policy Advisers").

    >>> _subject_opener("Many HEO Policy Officers"), _subject_opener("Policy Officers")
    ('HEO Policy Officers', 'Policy Officers')
    """
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _openers() else text


_INCLUDE = re.compile(r"\b(?:include|includes|including)\s")
# "study coordinators and research nurses at hospital sites often make great CRAs": the
# subject's holders make good holders of the role, so they come into it.
_MAKE_GOOD = re.compile(r"(?:^|[:;.]\s+)(?P<who>[^:;.]{3,120}?)\s+(?:(?:often|usually|"
                        r"typically|also|tend to)\s+)?make\s+(?:great|good|excellent|strong|"
                        r"natural|fine|ideal)\s+(?P<role>[A-Za-z][\w -]{1,60})")
_WHO_CUT = re.compile(r"\s(?:at|in|with|from|who|on)\s.*$")


def _make_good(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles whose holders "make great <role>s" (all of them, or none)."""
    found: list[str] = []
    for match in _MAKE_GOOD.finditer(text):
        role = match.group("role").lower()
        if not role.startswith(own.lower()) and singular_title(role.split()[0]) != (
                own.rpartition(" ")[2].lower()):
            continue  # "… make great managers": another title's holders ("make good divers"
            # on a Commercial Diver's page: the role by its head noun)
        who = _WHO_CUT.sub("", match.group("who").strip())
        if who[1:2].islower():
            who = who[:1].lower() + who[1:]  # sentence case
        titles = [prose_title(item, vocab) for item in split_items(who)]
        if titles and all(titles):
            found += [t for t in titles if t]
    return found


def included_titles(text: str, vocab: Vocabulary) -> list[str]:
    """Roles a sentence lists after "include" ("Other workers who map include surveyors,
    photogrammetrists and urban planners"): for a sentence under a moves heading.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> included_titles("Related jobs include surveyors and urban planners.", v)
    ['Surveyor', 'Urban Planner']
    """
    match = _INCLUDE.search(text)
    if match is None:
        return []
    tail = text[match.end() : match.end() + 200]
    return _part_titles(tail.split(". ")[0].split(";")[0], vocab)


def enumerated_titles(text: str, vocab: Vocabulary) -> list[str]:
    """The titles of a line that is only a list of them, in any case ("Foley artists, film
    sound editors, music composers and a handful of graduates"): read when two or more of
    its items are titles and at most one is not; a sentence ("Nurses often move into this
    role") is no list.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> enumerated_titles("Dental nurses, practice receptionists and a few school leavers.", v)
    ['Dental Nurse', 'Practice Receptionist']
    >>> enumerated_titles("Nurses often move into this role after a few years.", v)
    []
    """
    # ("Retired A, B and C make up half of our volunteers; …": the list is the subject)
    # ("A, B and C — Cs moving up is the most common route": the list before its aside)
    # ("Most of us came from hospitality: A, B and C": the list after its lead-in)
    listed = text.strip().split(" — ")[0]
    listed = listed.rsplit(": ", 1)[-1] if ": " in listed else listed
    items = split_items(_SHARE_OF.sub("", listed).rstrip("."))
    if len(items) < _LIST_ITEMS:
        return []
    if items[0][:1].isupper() and items[0][1:2].islower():
        items[0] = items[0][:1].lower() + items[0][1:]  # (the sentence's capital)
    # ("a former police officer, a bus driver and two conductors": one person or a count
    # of people holding a title, unlike "a few school leavers")
    items = [_ONE_HOLDER.sub("", item) for item in items]
    titles = [title for item in items if not item.lower().startswith(_DETERMINERS) and (
        title := prose_title(_WHO_CLAUSE.sub("", _EARLIER.sub("", item)), vocab)) is not None]
    return titles if len(titles) >= _LIST_ITEMS and len(titles) >= len(items) - 1 else []


_LIST_ITEMS = 2
# An item that counts people rather than naming a title ("a handful of graduates").
_DETERMINERS = ("a ", "an ", "the ", "some ", "many ", "most ", "other ", "few ", "several ")
# "operators who know Tally", "a nanny on my last boat"
_WHO_CLAUSE = re.compile(r"\s+(?:who|that|with|from|on)\s.*$")
# An article or a small count before a title ("a bus driver", "two conductors"), not before
# a word that counts people vaguely ("a few", "a handful of").
_ONE_HOLDER = re.compile(r"^(?:even\s+)?(?:a|an|one|two|three|four|five)\s+"
                         r"(?!(?:few|handful|couple|number|lot|bunch|group|mix|range|variety|"
                         r"host|dozen)\b)(?=[a-zA-Z])",
                         re.IGNORECASE)
# The share of a team a listed subject makes up ("… make up about half of our tutors; …").
_SHARE_OF = re.compile(r"\s+(?:make|makes) up\s.*$|\s+(?:account|accounts) for\s.*$")
# A word for the earlier job being over ("retired teachers", "former nurses"): no part of it.
# ("an ex-Army REME technician", "an ex-Air Corps aircraft technician": the service the
# earlier job was in, no part of its title)
_EARLIER = re.compile(r"^(?:retired|former|ex-(?:(?-i:[A-Z][a-z]+\s+)(?=[A-Za-z])){0,2})\s*",
                      re.IGNORECASE)
# "Who becomes an accounts executive? A, B and C": the answer lists the titles people hold
# before the role.
_WHO_BECOMES = re.compile(r"(?:^|(?<=[.!?]\s))Who\s+(?:usually\s+|typically\s+)?(?:becomes|"
                          r"goes on to become|moves into|gets hired as)\s+(?:an?\s+)?"
                          r"(?P<role>[^?]{2,60})\?\s+(?P<answer>.+?)(?:[.!?](?:\s|$)|$)")


def answered_feeders(text: str, vocab: Vocabulary, own: str) -> list[str]:
    """The titles a "Who becomes an X?" question's answer lists when X is the page's role
    (``own``): where its holders come from.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> answered_feeders("Who becomes a claims handler? Call centre agents, insurance "
    ...                  "clerks and graduates.", v, "Claims Handler")
    ['Call Centre Agent', 'Insurance Clerk']
    """
    found: list[str] = []
    for match in _WHO_BECOMES.finditer(text) if "Who " in text else ():
        if title_case(singular_title(match.group("role").strip())).lower() == own.lower():
            found.extend(enumerated_titles(match.group("answer"), vocab))
    return found


def prose_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Ladder steps a sentence states after a move up or across ("move up to A, then B",
    "progress to A and later B", "A and from there to B"): ``[(A, B)]``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> prose_steps("Many move up to Senior Data Analyst, then Analytics Manager.", v)
    [('Senior Data Analyst', 'Analytics Manager')]
    """
    lowered = text.lower()
    steps: list[tuple[str, str]] = []
    if " on to " in lowered:
        steps.extend(_onward_steps(text, vocab))
    if "from there" in lowered:
        steps.extend(_from_there_steps(text, vocab))
    if not any(word in lowered for word in _THEN_WORDS) or not _ANY_TRIGGER.search(lowered):
        return steps  # most sentences name no later step: a few substring tests
    for trigger in (*_UP_TRIGGERS, *_LATERAL_TRIGGERS):
        position = lowered.find(trigger)
        while position != -1:
            steps.extend(_steps_after(text, position + len(trigger), vocab)[1])
            position = lowered.find(trigger, position + 1)
    steps.extend(_later_sentence_steps(text, vocab) if ". " in text else ())
    return list(dict.fromkeys(steps))


# A clause that goes on from the move before it ("promoted to A …; from there the usual line
# is B and C", "…, and from there to D").
_FROM_THERE = re.compile(r"(?:[;.]|,\s+and|,)\s+from there,?\s+(?:[a-z]+\s+){0,5}?"
                         r"(?:is|are|to|becomes?|runs|goes)\s+(?:to\s+)?", re.IGNORECASE)


def _from_there_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps on from the last title a clause moved up to: the titles after "from there"
    follow it in turn ("B and C"), or each follow it ("B or C")."""
    steps: list[tuple[str, str]] = []
    for match in _FROM_THERE.finditer(text):
        start = text.rfind(". ", 0, match.start())
        earlier = prose_moves(text[start + 1 if start != -1 else 0 : match.start()], vocab)["up"]
        end = min((p for p in (text.find(". ", match.end()), text.find("; ", match.end()))
                   if p != -1), default=len(text))
        tail = text[match.end():end].rstrip(".")
        later = _part_titles(tail, vocab)
        if not earlier or not later:
            continue
        if " or " in tail:
            steps.extend((earlier[-1], title) for title in later)
        else:
            steps.extend(itertools.pairwise([earlier[-1], *later]))
    return steps


# "…, and some go on to run their own firms as tour operators": a step after the move the
# sentence told before it.
_GO_ON = re.compile(r"\b(?:go|goes|went|gone)\s+on\s+to\s+", re.IGNORECASE)


def _onward_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps a sentence tells with "go on to" after a move up earlier in it: ``[(A, B)]``
    for "can become A, and some go on to B"."""
    steps: list[tuple[str, str]] = []
    for match in _GO_ON.finditer(text):
        # (a clause after ";" tells other people's moves: "qualify as A; some go on to B")
        start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start()))
        earlier = prose_moves(text[start + 1 if start != -1 else 0 : match.start()], vocab)["up"]
        if earlier:
            steps.extend((earlier[-1], after) for after in _titles_after(text, match.end(), vocab)
                         if after != earlier[-1])
    return steps


# A sentence that opens with a later time ("Eventually, they may become C") after one that
# states a move up ("With experience, they become A and B").
_LATER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:eventually|later(?: on)?|ultimately|in time|"
                             r"after that|from there)\b,?\s+", re.IGNORECASE)


def _later_sentence_steps(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Steps of a ladder told in two sentences: each role the later sentence moves up to is
    reached from each role the sentence before it moved up to (``[(A, C), (B, C)]``)."""
    steps: list[tuple[str, str]] = []
    for match in _LATER_SENTENCE.finditer(text):
        start = text.rfind(". ", 0, match.start() - 1)
        earlier = prose_moves(text[start + 1 if start != -1 else 0 : match.start()], vocab)
        end = text.find(". ", match.end())
        later = prose_moves(text[match.end() : end if end != -1 else len(text)], vocab)
        steps.extend((before, after) for before in earlier["up"] for after in later["up"]
                     if before != after)
    return steps


_MAX_TITLES = 32
# A capitalised agent noun right after a one-word title ("Head Gardeners", "Chief Brewer").
_AGENT_AFTER = re.compile(r" ([A-Z][a-z]+(?:er|or|ist|ian|ant|man)s?)\b(?! [A-Z])")


def titles_in(text: str, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Every role title a sentence names, in order, each with the words joining it to the
    one before ("then": the ladder goes on; "or": an alternative; "" for the first).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> titles_in("Most start as a Data Analyst, then Senior Data Analyst or BI Developer.", v)
    [('Data Analyst', ''), ('Senior Data Analyst', ', then'), ('BI Developer', 'or')]
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
            title = vocab.role_title_at(text, position)
            if title and (title.startswith(("A ", "An ", "The ")) or _subject_opener(
                    title) != title):
                # "The DevOps Engineer …", "Successful Policy Advisers …": the title starts
                # after the article or the quantifier (read at the next word)
                title = None
            elif title and is_truncated(title):
                title = None  # "SDET (Software Development Engineer in Test)" cut short
            if title and _discipline(title) and _ROLE_NOUN_AFTER.match(text, position + len(title)):
                title = None  # "Management Roles: …": a field's label, not a role
            if title and _SEARCH_LINK.match(text, position + len(title)):
                title = None  # "Find Welder Jobs Near You": a link to a job search
            if title and " and " in title:
                # "Principal X and Head of Y": two titles joined, not one.
                left = title.split(" and ", 1)[0]
                title = left if vocab.is_role_title(left) else title
            word_end = position + len(title or "")
            while word_end < size and text[word_end].isalpha():
                word_end += 1  # past a plural "s"
            after = text[word_end:word_end + 6]
            agent = _AGENT_AFTER.match(text, word_end) if title and " " not in title and (
                word_end == position + len(title)) else None
            if agent is not None:  # "Head Gardeners": a rank word and the noun it heads
                title = singular_title(f"{title} {agent.group(1)}")
                word_end = agent.end()
            if title and " " not in title and after[:1] == " " and after[1:2].islower() and not (
                    after.startswith((" or ", " and ", " role"))):
                title = None  # "Consultants also move …": a bare head word is not a role
            if title:
                between = text[last_end:position].lower().strip()
                joiner = between if found and len(between) < 30 else ""
                found.append((ungraded(title, vocab), joiner))
                position = last_end = word_end
                continue
        position += 1
    return found


# "The usual progression is A, B, C, then D", "The typical route goes A, B and C", "the
# usual order is A, then B, then C".
# (\b(?=[…]): the letters a match can start with, tested before the alternatives.)
_LADDER_SAID = re.compile(r"\b(?=[utncs])"
                          r"(?:usual|typical|normal|common|standard|traditional|classic)\s+"
                          r"(?:career\s+)?(?:road|route|path|pathway|progression|ladder|"
                          r"sequence|order|track|steps)\s+(?:is|are|goes|runs)\s*:?\s+",
                          re.IGNORECASE)  # ("the usual order is gatherer, then …": a team's ranks)
# "From underwriter the usual steps are …", "After Senior Tax Adviser the usual steps are …":
# the stated ladder starts at that title.
_LADDER_FROM = re.compile(r"(?:^|[.!?]\s+)(?:from|after)\s+(?:an?\s+|the\s+)?"
                          r"([a-z][\w' -]{2,50}?),?\s+(?:the\s+)?$", re.IGNORECASE)
# "promoted to A, B and C", "with a clear path to A, B and C", "from there the path leads
# to A, B and C": ranks in turn, from the role.
_RANKS_SAID = re.compile(r"\b(?=[pcdsrt])(?:(?:promoted|promotion|rise|rises|rose)\s+"
                         r"(?:through\s+|to\s+)(?:the\s+ranks\s+of\s+)?|"
                         r"(?:clear|direct|defined|structured)\s+"
                         r"(?:career\s+)?(?:path|pathway|route)\s+to\s+|"
                         r"the\s+(?:career\s+)?(?:path|pathway|route)\s+(?:then\s+)?"
                         r"(?:leads|goes|runs|continues)\s+(?:on\s+)?to\s+)", re.IGNORECASE)
# A rung above a stated ladder, told after it: "…; a few become X", "…, and some go on to
# become X".
_FEW_BECOME = re.compile(r"\s*(?:;|,\s*and)\s+(?:a few|some|the best|a handful)"
                         r"(?:\s+of\s+(?:us|them))?\s+"
                         r"(?:([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+)??(?:go on to\s+)?"
                         r"(?:become|rise to|reach|end up as)\s+(?:an?\s+|the\s+)?",
                         re.IGNORECASE)
_LADDER_JOIN = re.compile(r",\s*(?:and\s+)?(?:then\s+|finally\s+)?|"
                          r"\s+(?:and\s+)?(?:then|finally)\s+|\s+and\s+")
# "The hierarchy usually runs from A to B, then C and finally D": a ladder from its first
# rung, however the page names the ladder.
_FROM_TO_SAID = re.compile(r"\b(?=[hlprsc])(?:hierarchy|ladder|progression|path|pathway|route|"
                           r"sequence|career)\s+(?:\w+\s+)?(?:runs|goes|leads|climbs|rises|"
                           r"moves|progresses)\s+from\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# "People typically progress from A (during their degree) to B, then C and D": a ladder
# told of the role's people with a verb; an aside in brackets is no part of a rung.
_PROGRESS_FROM = re.compile(r"\b(?=[par])(?:progress(?:es)?|advance[sd]?|rise|rises)\s+from\s+"
                            r"(?:an?\s+|the\s+)?", re.IGNORECASE)
_ASIDE = re.compile(r"\s\([^()]{1,60}\)")
_MIN_STATED = 3


@dataclass(frozen=True)
class StatedLadder:
    """A ladder a sentence states in turn: its rungs, whether it starts at the page's role
    ("promoted to A, B and C") and the span of text it was read from."""

    rungs: tuple[str, ...]
    from_role: bool
    start: int
    end: int
    #: told rung by rung with a verb ("progress from A to senior A, lead A"): a level word
    #: before the role's title names a rung of its own
    levelled: bool = False


def trade_title(phrase: str, role: str) -> str | None:
    """A title the lexicon lacks, told in speech or a story: the role's head with up to two
    words before it ("head cheesemaker" on a Cheesemaker's page), or one word naming a
    person ("joiner"); in Title Case.

    >>> trade_title("assistant cheesemaker", "Cheesemaker"), trade_title("joiner", "Luthier")
    ('Assistant Cheesemaker', 'Joiner')
    >>> trade_title("the make room", "Cheesemaker") is None
    True
    """
    words = phrase.split()
    head = role.rpartition(" ")[2].lower()
    if not 0 < len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    if (head and words[-1].lower() == head) or (len(words) == 1 and practitioner_noun(words[0])):
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


def stated_ladder(text: str, vocab: Vocabulary, role: str = "", *,
                  levels_of: str = "") -> StatedLadder | None:
    """The ladder a sentence states rung by rung: after "the usual progression is", "A,
    then B, then C" opening a sentence, or three ranks joined by "and" after "promoted
    to".  Three rungs or more, each a role title (or a title of ``role``'s trade:
    :func:`trade_title`, or a bare level word naming ``levels_of`` at that level: "graduate,
    then hygienist, then senior"); "or" offers choices, not a ladder.  Speech opens it with
    "it goes" ("At Larkspur it goes cheesemaker, then head cheesemaker, then …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> stated_ladder("The usual route is line cook, sous chef, then head chef.", v).rungs
    ('Line Cook', 'Sous Chef', 'Head Chef')
    >>> stated_ladder("Rangers may be promoted to sergeant, lieutenant and captain.", v).rungs
    ('Sergeant', 'Lieutenant', 'Captain')
    >>> stated_ladder("Some are promoted to supervisor or manager.", v) is None
    True
    """
    found = [(m, False) for m in _LADDER_SAID.finditer(text)]
    found += [(m, True) for m in _RANKS_SAID.finditer(text)]
    found += [(m, False) for m in _FROM_TO_SAID.finditer(text)] if " from " in text else []
    found += [(m, False) for m in _PROGRESS_FROM.finditer(text)] if " from " in text else []
    for sentence in _SENTENCE.finditer(text) if text.count("then ") >= 2 else ():
        if sentence.group(1).count("then ") >= 2:  # "Journeyman, then foreman, then …"
            found.append((sentence, False))
    for match, from_role in found:
        start = match.end() if match.re is not _SENTENCE else match.start(1)
        window = text[start:start + _WINDOW]
        if match.re is _PROGRESS_FROM:
            window = _ASIDE.sub("", window)  # "from A (during their degree) to B"
        tail = re.split(r"[.;:!?](?:\s|$)|\s\(", window)[0]
        if " or " in tail or (from_role and " and " not in tail):
            continue
        if match.re in (_FROM_TO_SAID, _PROGRESS_FROM):
            tail = tail.replace(" to ", ", ", 1)  # "from A to B, then C": A is a rung too
        rungs: list[str] = []
        # a ladder told in the role's short forms ("graduate, then hygienist, then senior"):
        # its bare level words are the role at those levels
        short_forms = bool(levels_of) and levels_of.rpartition(" ")[2].lower() in {
            item.strip().lower() for item in _LADDER_JOIN.split(tail)}
        opening = _LADDER_FROM.search(text, max(0, match.start() - 60), match.start()) if (
            match.re is _LADDER_SAID) else None
        first = prose_title(opening.group(1), vocab) if opening else None
        rungs += [first] if first else []
        for item in _LADDER_JOIN.split(tail):
            item = item.strip().rpartition(" as ")[2]  # "last six years as a superintendent"
            if not rungs:  # "At Larkspur it goes cheesemaker, then …" (spoken)
                item = re.split(r"\b(?:it|that)\s+(?:goes|runs)\s+", item)[-1]
            if not rungs and item[1:2].islower() and item[1:].islower():
                item = item[:1].lower() + item[1:]  # "Journeyman lineman" opening a sentence
                # (a title in Title Case keeps its capitals: "Senior Signalling Engineer")
            if match.re is _PROGRESS_FROM:
                item = item.removeprefix("to ")  # "…, then to A and B"
            for article in ("a ", "an ", "the "):
                item = item.removeprefix(article)
            title = f"{item.title()} {levels_of}" if short_forms and (
                item.lower() in _RUNG_LEVELS) else None  # "graduate, then X, then senior"
            title = title or ((prose_title(item, vocab) or trade_title(item, role)) if item
                              else None)
            if title is None and match.re is _PROGRESS_FROM:
                title = _level_rung(item)
                # ("to associate"); "from Level 1 to Level 3": the role itself at numbered
                # levels, one rung
                if title is None and levels_of and _NUMBERED_LEVEL.fullmatch(item):
                    if rungs and rungs[-1] == levels_of:
                        continue
                    title = levels_of
            if title is None:
                break
            rungs.append(title)
        end = start + len(tail)
        onward = _FEW_BECOME.match(text, end) if len(rungs) >= _MIN_STATED - 1 else None
        if onward is not None and onward.group(1) and (
                prose_title(onward.group(1), vocab) or "").lower() != rungs[-1].lower():
            onward = None  # "; some porters become …": people of another rung go on
        more = _part_titles(text[onward.end():onward.end() + _WINDOW].split(". ")[0],
                            vocab)[:1] if onward else []
        if onward is not None and more and len(rungs) + 1 >= _MIN_STATED:
            # "…, then underwriting manager; a few become chief underwriting officer"
            rungs.append(more[0])
            end = onward.end() + len(text[onward.end():].split(". ")[0].split(";")[0])
        if len(rungs) >= _MIN_STATED or (from_role and _two_levels(rungs)):
            return StatedLadder(tuple(rungs), from_role, match.start(), end,
                                levelled=match.re is _PROGRESS_FROM)
    return None


def _two_levels(rungs: list[str]) -> bool:
    """Two ranks of one title above the role ("path to Senior Signalling Engineer and
    Principal Signalling Engineer"): a ladder, where two unrelated titles are choices."""
    if len(rungs) != 2:
        return False
    first, second = (rung.split(maxsplit=1) for rung in rungs)
    return len(first) == len(second) == 2 and first[1] == second[1] and first[0] != second[0]


_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))([^.!?;]+)")
_RUNG_LEVELS = _LEVEL_SET | {"graduate"}
# A numbered level of one title ("Level 3", "Grade II", "Band 5"): no title of its own.
_NUMBERED_LEVEL = re.compile(r"(?:[Ll]evel|[Gg]rade|[Bb]and|[Ss]tep)\s+(?:\d{1,2}|[IVX]{1,4})")
_RUNG_WORDS = 2


def _level_rung(item: str) -> str | None:
    """A rung a stated ladder names by a level word, alone or after one or two words
    ("associate", "architectural graduate"), in Title Case; else None."""
    words = item.split()
    if 0 < len(words) <= _RUNG_WORDS and all(w.isalpha() for w in words) and (
            words[-1].lower() in _RUNG_LEVELS):
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


# A career told as one person's story: "started as a deckhand in 2016, went to AB, and became
# bosun in 2021".
_STORY_START = re.compile(r"\bstarted (?:out )?as (?:an? |the )?([^,.;]{2,50}?)(?:\s+in\s+\d{4})?,"
                          r"\s+([^.;]{4,200})")
_STORY_STEP = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:went (?:on )?to|moved (?:up |on )?to|became|"
                         r"made|was promoted to|got promoted to|rose to|stepped up to)\s+"
                         r"(?:an? |the )?(.+?)(?:\s+in\s+\d{4}|\s+(?:\S+\s+){0,2}later)?$")
_STORY_CUT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:then\s+)?(?:went|moved|became|made|was|"
                        r"got|rose|stepped)\b)")


def story_ladder(text: str, vocab: Vocabulary,
                 spelled: Callable[[str], str | None] = lambda _: None) -> list[str]:
    """The rungs of a career told as a story ("started as A in 2016, went to B, and became
    C"): three or more titles, or [].  ``spelled`` expands a short form the page defines
    ("AB" -> "Able Seaman").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> story_ladder("Our head baker started as a baker in 2010, went to shift "
    ...              "supervisor, and became head baker in 2019.", v)
    ['Baker', 'Shift Supervisor', 'Head Baker']
    """
    match = _STORY_START.search(text)
    if match is None:
        return []
    first = prose_title(match.group(1), vocab)
    rungs = [first] if first else []
    for part in _STORY_CUT.split(match.group(2)):
        step = _STORY_STEP.match(part.strip())
        if step is None or not rungs:
            break
        name = step.group(1).strip()
        title = spelled(name) if name.isupper() else prose_title(name, vocab)
        if title is None:
            return []
        rungs.append(title)
    return rungs if len(rungs) >= _MIN_STATED else []


# The speaker's own jobs in a first-person story ("then I got promoted to assistant brewer. In
# 2019 Ironleaf hired me as a brewer, and I've been head brewer here since 2023").
_TITLE_SLOT = r"(?:an? |the )?([A-Za-z][\w' -]{1,40}?)"
_OWN_STEP = re.compile(
    r"\bI(?:'ve| have| had)?\s+(?:got |was |been |finally got )?promoted\s+to\s+" + _TITLE_SLOT
    + r"(?=[,.;!]|\s+(?:in|at|after|and|when|within|by)\b)"
    r"|\b(?:hired|took|brought|taken)\s+me\s+(?:on\s+)?as\s+" + _TITLE_SLOT
    + r"(?=[,.;!]|\s+(?:in|at|after|and|when)\b)"
    r"|\bI(?:'ve| have)\s+been\s+" + _TITLE_SLOT + r"\s+(?:here\s+|there\s+)?since\b"
    r"|\bI\s+(?:then\s+)?became\s+" + _TITLE_SLOT + r"(?=[,.;!]|\s+(?:in|at|after|and)\b)")


def own_story(text: str, vocab: Vocabulary) -> list[str]:
    """The speaker's own jobs, earliest first, told in the first person: a ladder when three
    or more titles are named, else [].  The story's later jobs are rungs, not moves from the
    page's role, even where a promotion phrase names them.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> own_story("I got promoted to line cook. In 2019 the hotel hired me as a sous chef, "
    ...           "and I've been head chef here since 2023.", v)
    ['Line Cook', 'Sous Chef', 'Head Chef']
    >>> own_story("Chefs are often promoted to head chef after five years.", v)
    []
    """
    rungs: list[str] = []
    unknown: set[str] = set()
    for match in _OWN_STEP.finditer(text):
        phrase = next(g for g in match.groups() if g).strip()
        title = prose_title(phrase, vocab)
        if title is None and 0 < len(words := phrase.split()) <= _OWN_KIND_WORDS and all(
                w.isalpha() for w in words):
            title = title_case(phrase)  # a trade the lexicon lacks ("brewer"): see below
            unknown.add(title)
        if title is None:
            return []  # a step that names no title: not a ladder to trust
        if title not in rungs:
            rungs.append(title)
    heads = [r.rpartition(" ")[2] for r in rungs]
    if any(heads.count(r.rpartition(" ")[2]) < 2 for r in unknown):
        return []  # an unknown phrase counts only as a rung of its own trade's ladder
    return rungs if len(rungs) >= _MIN_STATED else []


# Who is offered a post first, in a collective agreement: "Lube Technicians and Service Truck
# Operators with two years' seniority shall be given first opportunity to enter the X
# apprenticeship"; "When a Foreman position is to be filled, X with five years … shall be
# considered first".
_FIRST_OFFER = re.compile(r"\b(?:shall|will|are|is)\s+(?:be\s+)?(?:given|offered)\s+(?:the\s+)?"
                          r"first\s+(?:opportunity|chance|consideration|refusal)\b")
_TO_FILL = re.compile(r"(?:^|(?<=[.!?]\s))(?:[Ww]hen|[Ww]here|[Ii]f)\s+an?\s+"
                      r"([A-Z][\w -]{2,60}?)\s+(?:position|vacancy|post)\b[^,]{0,60}?\bfilled,"
                      r"\s+(.+?)\s+shall\s+be\s+considered\s+first")
_MAY_APPLY = re.compile(r"(?:^|(?<=[.!?)]\s))([A-Z][^.;:()]{2,120}?)\s+may\s+apply\s+for\s+"
                        r"(?:the\s+post\s+of\s+)?(?:an?\s+)?([A-Z][\w ]{1,60}?)"
                        r"(?=[,.;]|\s+(?:under|in|within|which|on|after)\b)")
_SUBJECT_CUT = re.compile(r"\s+(?:with|who|having|holding|in|shall|will|may)\s.*$")


def first_chance(text: str, role: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Who a clause offers a post first, as moves: the subjects offered first opportunity to
    enter ``role`` move into it, and a post filled first from the role's people is where it
    leads.  ``(moves in, moves up)``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> first_chance("Yard Hands and Drivers with a year's service shall be given first "
    ...              "opportunity to enter the Welder apprenticeship.", "Welder", v)
    (['Yard Hand', 'Driver'], [])
    >>> first_chance("When a Foreman position is to be filled, Welders with five years shall "
    ...              "be considered first.", "Welder", v)
    ([], ['Foreman'])
    """
    into: list[str] = []
    up: list[str] = []
    own = role.lower()
    match = _FIRST_OFFER.search(text)
    if match is not None and own in text[match.end():match.end() + 120].lower():
        subject = _SUBJECT_CUT.sub("", text[text.rfind(". ", 0, match.start()) + 1:
                                        match.start()].strip())
        found = [prose_title(item, vocab) for item in split_items(subject)]
        into = [title for title in found if title] if all(found) else []
    for apply in _MAY_APPLY.finditer(text) if "may apply" in text else ():
        # "A and B holding NVQ Level 5 … may apply for Grade II", "Senior X may apply for
        # the post of Chief X": into the role's grade, or up from the role
        subjects = [prose_title(item, vocab) or "" for item in split_items(
            _SUBJECT_CUT.sub("", apply.group(1)))]
        target = apply.group(2).strip()
        if subjects and all(t.lower().endswith(own) for t in subjects):
            up.extend(t for t in (prose_title(target, vocab),) if t and t.lower() != own)
        elif all(subjects) and (target.lower() == own or target.startswith("Grade ")):
            into.extend(subjects)
    post = _TO_FILL.search(text)
    if post is not None and (prose_title(_SUBJECT_CUT.sub("", post.group(2)), vocab) or ""
                             ).lower() == own:
        up = [title for title in (prose_title(post.group(1), vocab),) if title]
    return into, up
