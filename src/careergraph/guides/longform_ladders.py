"""Moves, ladders and rungs for the long-form parser: prose moves, stated and told
ladders, numbered and titled rungs, grade rows and chains.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.amounts import find_amounts
from careergraph.guides.builder import fact_key
from careergraph.guides.careers_told import CareerTold, career_opens, career_told
from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.ladders import (
    block_edges,
    fork_edges,
    glued_ladder,
    grade_ladder,
    printed_top_first,
    ranked_around,
)
from careergraph.guides.level_forks import level_forks
from careergraph.guides.level_rows import glued_first_rung, level_post
from careergraph.guides.literals import needle_matches
from careergraph.guides.longform_lines import (
    _CODE_AFTER,
    _FIGURE_FIRST,
    _MAX_GRADE_LABEL,
    _PROGRAMME,
    _QUESTION_MARKS,
    _TITLE_SHAPE,
    _role_work,
    _Row,
    _uncoded_titles,
)
from careergraph.guides.longform_patterns import (
    _BECOMING,
    _DIRECTIONS,
    _ENTRY_RUNGS,
    _HEADING_GRADE,
    _LEVEL_WORDS,
    _MIN_TABLE_RUNGS,
    _PAY_IN_TITLE,
    _POST_OF,
    _SENIORITY,
    _base_key,
    _role_tail,
    _same_role,
)
from careergraph.guides.longform_state import CHAIN_REACH
from careergraph.guides.longform_workplaces import WorkplaceMixin
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.move_items import (
    graded_own,
    inverted_title,
    ladder_step,
    listed_role,
    move_titles,
    other_track,
    plain_titles,
    sentence_case_title,
    step_number,
    titles_in,
    two_way,
    worded_level,
)
from careergraph.guides.moves import enumerated_titles, included_titles, prose_moves, prose_steps
from careergraph.guides.pay_leads import charge_title
from careergraph.guides.pay_owners import cohort_owner
from careergraph.guides.prose_titles import field_post, prose_title
from careergraph.guides.roles import field_of_work, practitioner_noun, singular_title, title_case
from careergraph.guides.rubric import grade_title
from careergraph.guides.section_kinds import _MOVE_BUCKETS, _NUMBERED, Kind, classify_heading
from careergraph.guides.spaced_labels import box_title_lead
from careergraph.guides.stated_ladders import (
    own_story,
    start_ladder,
    stated_ladder,
    story_ladder,
    trade_title,
)
from careergraph.guides.survey_focus import professional_body
from careergraph.guides.text import clean, is_title_case
from careergraph.guides.training_stages import earlier_grades
from careergraph.guides.worked_examples import is_worked_example
from careergraph.lexicon import load_lexicon
from careergraph.model import Fact
from careergraph.names import is_acronym_of

# A labelled progression line of alternatives ("Progression: A, B or C"): an "or" before a
# capitalised last title, no arrow; its titles are moves up each (an ordered ladder is
# written with arrows, slashes or commas alone).
_ALTERNATIVES = re.compile(r"^[^→>]*\w,?\s+or\s+(?:an?\s+|the\s+)?[A-Z][^→>]*$")

_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s+")  # "16. ", "[8] "
_TOLD_PARAGRAPHS = 5  # lines from a career's first paragraph within which the next goes on
_DIGIT = re.compile(r"\d")

# A run-in "Related trades:" strip after a paragraph's moves: related titles name no move.
_RELATED_RUN_IN = re.compile(r"(?:^|(?<=[.;!?])\s+)Related\s+(?:trades|occupations|careers|jobs|"
                             r"professions|roles)\s*:", re.IGNORECASE)
# (prec5) An employer's other openings told in a paragraph ("Also hiring in the kitchen: A,
# B.", "We're also hiring: A"): vacancies beside the role, no moves into or out of it.
_OTHER_OPENINGS = re.compile(r"(?:^|(?<=[.;!?])\s+)(?:we(?:['’]re|\s+are)\s+)?(?:also|now|"
                             r"currently)\s+hiring\b[^:.]{0,40}:[^.!?]*[.!?]?", re.IGNORECASE)


# A move list's item in lower case, a field word and a worker's noun ("broadcast captioner").
_LOWER_WORKER = re.compile(r"[a-z]{3,}(?: [a-z]{3,}){0,2} [a-z]{4,}")


# (rules48c) A lower-case plural of workers, then what qualifies them: "truck drivers with an
# HR licence", "farmhands who've driven headers", "maintenance technicians who taught …".
_QUALIFIED_WORKERS = re.compile(r"(?P<workers>[a-z][a-z-]+s|[a-z][a-z-]+(?:\s[a-z][a-z-]+){1,2}s)"
                                r"\s+(?:with|who|who've|who’ve|who have|that have)\s+\S")


def _worker_item(item: str) -> list[str]:
    """A move list's lower-case items of two or three words that end in a worker's noun in
    the singular ("broadcast captioner" under "Switch it up:"), as titles, when they make
    half the list at least (a list of techniques, "blocking, punty transfer, annealing",
    names none; plurals are read as known titles elsewhere).

    >>> _worker_item("broadcast captioner, DJ"), _worker_item("more paperwork")
    (['Broadcast Captioner'], [])
    >>> _worker_item("gathering, blocking, punty transfer")
    []
    """
    parts = [part.strip(" .") for part in item.split(", ")]
    found = [title_case(part) for part in parts if _LOWER_WORKER.fullmatch(part)
             and part[-1] != "s" and practitioner_noun(part.rsplit(" ", 1)[1])]
    return found if 2 * len(found) >= len(parts) else []


def _chain_members(joiners: Sequence[str]) -> set[int]:
    """Which titles of a sentence form its ladder: the run of titles listed before the last
    one joined by "then"/"later" ("A, B and later C": all three)."""
    linked = [i for i, joiner in enumerate(joiners) if _LINKED.search(joiner)]
    if not linked:
        return set()
    index = linked[-1]
    members = {index}
    while index > 0 and (_LINKED.search(joiners[index])
                         or joiners[index] in (",", "and", ", and", "")):
        index -= 1
        members.add(index)
    return members
# (rules41b) A class series told with the classes above it ("The Juror Clerk class series is
# I, II and III, with Jury Supervisor above it and Jury Manager at the top").
_SERIES_TITLE = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,5}"
# (carry41) "… class series has levels I, II and III, with an X above it and a Y at the top"
_CLASS_SERIES = re.compile(r"\bclass series (?:is|runs|comprises|includes|has"
                           r"(?:\s+(?:levels|grades|classes))?)\s+(?:[IVX]{1,4}|[1-5])"
                           r"(?:(?:,\s*|\s+and\s+|\s+through\s+|\s+to\s+)(?:[IVX]{1,4}|[1-5]))+"
                           rf",?\s+with\s+(?:the\s+|an?\s+)?(?P<above>{_SERIES_TITLE})\s+above"
                           rf"\s+it(?:,?\s+and\s+(?:the\s+|an?\s+)?(?P<top>{_SERIES_TITLE})\s+"
                           r"at\s+the\s+top)?")
# A class's grade after its title ("Court Clerk 2", "Inspector III", "Officer Grade I").
_CLASS_GRADE = re.compile(r"\s+(?:[Gg]rade\s+)?(?:\d{1,2}|[IVX]{1,4})$")
# "Skill Level 2 Supervises …", "Level 3 Serves as …": a level's paragraph glued to its label.
_LEVEL_PARAGRAPH = re.compile(r"^(?:Skill\s+)?Level\s+(\d{1,2})\s+(?=[A-Z][a-z])")
_SERVES_AS = re.compile(r"\b(?:[Ss]erves?|[Aa]cts?|[Ww]orks?) as (?:an?\s+|the\s+)?")
_FROM_RUNG = re.compile(r".{0,40}?\bfrom\s+(?:step|level|stage|tier|grade|band|L)\s*(\d{1,2})\b",
                        re.IGNORECASE)
# (an organisation's possessive may come between: "joined from an airline's Change Manager
# team")
_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*['’]s\s+)?$")
# A grade numeral after a title in prose ("reclassified to Operator II").
_GRADE_AFTER = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|[1-9])\b")


def _priced_title(text: str, title: str) -> bool:
    """``title`` is printed with its figure right after it ("Sous Chef £34,000 – £40,000",
    "Sous Chef: £34,000"): a priced rung, no move.

    >>> _priced_title("Other rungs: Sous Chef £34,000 – £40,000; Head Chef £60,000+", "Head Chef")
    True
    >>> _priced_title("Sous Chefs can become a Head Chef.", "Head Chef")
    False
    """
    return re.search(rf"\b{re.escape(title)}s?\s*[:\-–—(]?\s*[$£€]\s?\d", text,
                     re.IGNORECASE) is not None


def _graded_head(title: str, role: str, text: str) -> bool:
    """``title`` is the role's head word alone printed with a grade ("An Operator I …
    reclassified to Operator II" on the Water Distribution Operator's page) or after a level
    ("L1 Engineer", "Entry level Engineer"): the role at one of its classes, no other post.

    >>> _graded_head("Engineer", "Software Engineer", "L1 Engineer: Entry level Engineer")
    True
    >>> _graded_head("Engineer", "Software Engineer", "Some move on to Engineer posts")
    False
    """
    own = role.split()
    if len(own) < 2 or title.lower() != own[-1].lower():
        return False
    return any(_GRADE_AFTER.match(text, found.end()) or _GRADE_BEFORE.search(
        text, max(0, found.start() - 14), found.start())
               for found in re.finditer(rf"\b{re.escape(title)}\b", text))


# (real36) A level's code or name before the head word ("L1 Engineer: Entry level Engineer"
# on a Software Engineer levels guide): the role at one of its levels.
_GRADE_BEFORE = re.compile(r"(?:\b[A-Z]{1,2}\d{1,2}|\b[Ll]evel\s+(?:\d{1,2}|[IVX]{1,4})|"
                           r"\b(?:[Ee]ntry|[Mm]id)[\s-][Ll]evel)\s+$")
# Colleagues who came from other routes, their jobs named after it in the same sentence ("Two
# came from other routes: one was a CAD Technician, another had been a Site Engineer").
_CAME_FROM = re.compile(r"\b(?:came|come|comes|joined|moved)\s+(?:in\s+)?from\s+(?:other|"
                        r"different|various)\s+(?:routes|backgrounds|paths|careers|jobs|fields)"
                        r"\b[^.!?]*$")
# A line that goes on from the rung the line before moved up to ("After that the next step
# is B", "From there, …"): its moves are steps from that rung.
# (an easy-read booklet's "You could become A." / "Then you could become B.": on from A)
# (fixes74) A promotion line said to go on past the rung just named ("… eligible for promotion
# to B. The promotion line continues to C."): its next step is from that rung, not the role.
_LINE_GOES_ON = (r"(?:the\s+)?(?:promotion(?:al)?\s+(?:line|ladder|path)|line\s+of\s+promotion|"
                 r"career\s+(?:line|ladder))\s+(?:then\s+)?(?:continues|goes\s+on|extends)"
                 r"\s+(?:up\s+)?to\b")
_LINE_GOES_ON_MID = re.compile(r"(?<=[.;]\s)" + _LINE_GOES_ON, re.IGNORECASE)
_GOES_ON = re.compile(r"^(?:after (?:that|this)|from there|beyond that|then,? (?:you|they|he|she|"
                      r"some|many|most|people)\b|" + _LINE_GOES_ON + ")", re.IGNORECASE)
_GOES_ON_REACH = 2  # lines between the two (a blank line between paragraphs)
# Words joining two titles of a ladder in prose: "A, then B", "A and later B".
_LINKED = re.compile(r"\b(?:then|later|eventually|afterwards)\b")
# Grades above the role that can be a sentence's subject ("Senior welders can …").
_RUNG_WORDS = "senior|lead|principal|chief|head|staff"
# "After Lead, coordinators usually continue in …": what follows a level of the ladder.
_AFTER_RUNG = re.compile(r"(?:^|(?<=[.!?]\s))After\s+(senior|lead|principal|staff)(?:\s+level)?,"
                         r"\s+([^.!?]*[.!?]?)", re.IGNORECASE)
# "After Lead Geologist, staff can step up to A or B": a full title's next steps.
_AFTER_TITLE = re.compile(r"(?:^|(?<=[.!?]\s))After\s+([A-Z][\w-]*(?:\s+(?:of|and|&|"
                          r"[A-Z][\w-]*)){1,7}),\s+([^.!?]*[.!?]?)")
_TITLE_RUN = r"([A-Z][\w-]*(?:\s+(?:of|and|&|[A-Z][\w-]*)){0,7})"
_TITLE_ITEM = r"(?:[A-Z][\w-]*(?:\s+(?:of|and|&|[A-Z][\w-]*)){0,7})"
# The titles of a list ("A, B or C"): each held post of ``_opened_post``.
_HELD_SPLIT = re.compile(r",?\s+or\s+|,\s+")
# "After Senior X the usual steps are A and then B", "From lead, the next rungs are A": the
# next steps from a title the sentence opens with.
_NEXT_WORDS = (" next ", " usual ", " typical ", " normal ", " natural ", " obvious ", " common ")
_NEXT_FROM = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:After|From|Beyond|Above)\s+(?:the\s+)?(?P<title>[\w'&-]+"
    r"(?:\s+[\w'&-]+){0,5}?)(?:\s+(?:level|grade|rank|role|post))?,?\s+the\s+(?:\w+\s+)?"
    r"(?:next|usual|typical|normal|natural|obvious|common)\s+(?:\w+\s+)?(?:steps?|moves?|"
    r"rungs?|promotions?)(?:\s+up)?\s+(?:is|are|would be|tend to be)\s+"
    r"(?P<rest>[^.!?;]*[.!?;]?)")

# (fresh57) A further step told after the next one ("From Senior X the next step is Lead X,
# and a few have progressed to Y"): Y comes after Lead X, as set 43's hand truth reads it.
_FURTHER_STEP = re.compile(r",?\s+and\s+(?:a few|a handful|some|several|others|many)\b"
                           r"[^.;,]{0,30}?\b(?:have\s+|has\s+)?(?:progressed|gone on|moved on)"
                           r"\s+(?:up\s+)?(?:to|into)\s+", re.IGNORECASE)

_NEXT_STEP_IS = re.compile(r"\bnext\s+(?:step|move|rung|promotion)\s+(?:up\s+)?(?:is|would be)\b",
                           re.IGNORECASE)


@cache
def _opened_post() -> re.Pattern[str]:
    """"Appointments to X are (also) open to staff in Y posts" (``post_moves``)."""
    words = word_lists("post_moves")
    return re.compile(
        rf"(?i:{phrase_alternation(words['openings'])})\s+(?:the\s+)?{_TITLE_RUN}\s+"
        rf"(?i:is|are)\s+(?:(?i:also|usually|normally|often)\s+)?open\s+to\s+"
        rf"(?i:{phrase_alternation(words['holders'])})\s+(?:in|from|holding)\s+"
        rf"(?:(?i:an?|the)\s+)?(?P<held>{_TITLE_ITEM}(?:,\s+{_TITLE_ITEM})*"
        rf"(?:,?\s+or\s+{_TITLE_ITEM})?)\s+(?i:{phrase_alternation(words['posts'])})"
        r"\b[^.!?]*[.!?]?")
# A sentence about who employs the role ("Employers include …, and the group X Partners").
_EMPLOYER_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]*\b(?:employers|employ|employs|"
                                r"employed by|companies|firms)\b[^.!?]*(?:[.!?]|$)",
                                re.IGNORECASE)


def _without_employers(text: str) -> str:
    """``text`` without its sentences about employers: the names there are companies,
    not roles, even when one ends like a title ("X Veterinary Partners").

    >>> _without_employers("Some become A Leads. Employers include B Partners.")
    'Some become A Leads. '
    """
    return _EMPLOYER_SENTENCE.sub("", text) if "mploy" in text or "firms" in text or (
        "compan" in text) else text


# (fixes71) A form's record line: two or more "Label: value" fields apart by "|" or a wide
# gap ("Employer contact: site manager  |  Worker: [withheld]").  Its labels are the form's
# parties, no roles; a label whose value is a figure or a time ("Team Leader: 2 years") is a
# rung's row and kept.
_FIELD_LABEL = re.compile(r"(?:^|\s*\|\s*|\s{3,})(?P<label>[A-Z][\w’'/ -]{0,40}?)\s*:\s+"
                          r"(?P<value>\S)")
_FIELD_TIMED = re.compile(r"\d|(?i:after|within|year|month|week)")


def _without_field_labels(text: str) -> str:
    """``text`` with a form record's labels blanked: the parties it names make no move.

    >>> _without_field_labels("Contact: site supervisor  |  Worker: [withheld]").split()
    [':', 'site', 'supervisor', '|', ':', '[withheld]']
    >>> _without_field_labels("Team Leader: 2 years | Supervisor: 5 years")
    'Team Leader: 2 years | Supervisor: 5 years'
    >>> _without_field_labels("Next step: Supervisor")
    'Next step: Supervisor'
    """
    fields = list(_FIELD_LABEL.finditer(text))
    if len(fields) < 2 or not any(m.start() > 0 for m in fields):
        return text
    for match in reversed(fields):
        if _FIELD_TIMED.match(text, match.start("value")):
            continue
        text = text[:match.start("label")] + " " * len(match["label"]) + text[match.end("label"):]
    return text


_DIGIT_SIGN = re.compile(r"[$€£₹]\s?\d")  # a figure with its currency's sign
# A sentence saying whom a role reports to: its manager, not a move.
_REPORTS_TO = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]*\breport(?:s|ing)?\s+(?:directly\s+)?to\b"
                         r"[^.!?]*(?:[.!?]|$)")
# Whom to ask about the job: a contact line ("Enquiries: Dr A. Lee, Graduate Program
# Coordinator", "Contact: Recruitment Officer, 07 …") or a contact's title in a sentence
# ("contact our Graduate Program Coordinator"): the contact's post, not a move.
_CONTACT = re.compile(r"^(?i:enquiries|inquiries|contacts?|questions)\b[^:]{0,30}:.*$|"
                      r"\b(?i:contact|email|e-mail|call|phone|ring)\s+(?i:our|the|your)\s+"
                      r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5}")
_OR_PART = re.compile(r"^(?:or|and)\s+")  # a list item's joiner ("…, or Curator")
_CONTACT_CUE = re.compile(r"nquir|ontact|uestions|\b(?:e-?mail|call|phone|ring)\s",
                          re.IGNORECASE)
# (real50) A pathway page's pointer to its other tabs ("See the Band 7 and Band 8 Nurse
# tabs", "click on Band 7 X for more info") and its denial ("There are no directly
# associated roles to a Band 5 X"): the titles there are pages or no moves at all.
_POINTER = re.compile(r"(?:^|(?<=[.!?(]\s)|(?<=\())(?:(?i:see|click on|visit)\s+(?:the\s+)?"
                      r"[^.!?()]{1,60}?\b(?i:tabs?|pages?|sections?|for more info\w*)|"
                      r"(?i:there (?:are|is) no(?: directly)? (?:associated|related|linked))\b"
                      r"[^.!?]*)[.!?)]?")
# A grade opening the line or a sentence (two patterns: one led by [.!?] is scanned for fast).
_RUNG_OPENING = Gated(re.compile(rf"(?:{_RUNG_WORDS})\s", re.IGNORECASE))
_RUNG_SUBJECT = re.compile(rf"[.!?]\s(?:{_RUNG_WORDS})\s", re.IGNORECASE)

_RUNG_SENTENCE = re.compile(rf"(?:^|(?<=[.!?]\s))({_RUNG_WORDS})\s+([^.!?]*[.!?]?)",
                            re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")  # "Hydrologist (2-5 years)": an aside
# A ladder step by a short form, a seniority word before it ("Senior ODP", "ASYE").
_SHORT_FORM_STEP = re.compile(r"(?:(?P<level>Trainee|Apprentice|Junior|Senior|Lead|Principal|"
                              r"Graduate|Assistant|Associate)\s+)?(?P<short>[A-Z]{2,6})")
_BOX_WORDS = 6
_ANSWER_LABEL = re.compile(r"^(?:A|Ans|Answer)\s*[.:)]\s+(?=[A-Z])")  # an FAQ answer's label
# A chain's arrows, and an aside opening a step ("(hopefully) lead tech": the hope, no name).
_CHAIN_ARROW = re.compile(r"\s*(?:→|->)\s*")
_LEAD_ASIDE = re.compile(r"^\s*\([^()]{1,30}\)\s*")
# A sentence's label and the arrow chain after it, up to the sentence's end.
_PROSE_CHAIN = re.compile(r"(?:^|(?<=[.!?]\s))(?P<label>[A-Za-z][\w'’ ]{1,40}?):\s*"
                          r"(?P<chain>[^.!?:→]+(?:(?:→|->)[^.!?:→]+)+)")
# A level's code in a ladder ("L1 → L2 → L3"), and where the page names it ("L1 Associate |
# L2 Designer"); a chain's trailing "on the designer track" is no part of its last step.
_CODE_STEP = re.compile(r"[A-Z]{1,2}\d{1,2}")
_LONG_STEP = 120  # characters of a numbered step's line read whole
_STEP_DASH = re.compile(r"\s[—–]\s")
# (a long line holding two steps, or a step and a sentence after it, is no one step's line)
_STEP_AGAIN = re.compile(r"\b(?:step|stage|level)\s+\d", re.IGNORECASE)
_NEXT_SENTENCE_IN = re.compile(r"[a-z)]\.\s+[A-Z]")
_CODE_NAME = re.compile(r"\b([A-Z]{1,2}\d{1,2})\s+([A-Z][a-z]+)\b")
_TRACK_TAIL = re.compile(r"\s+(?:on|in|along)\s+the\s+[\w -]{1,30}?\s+(?:track|path|ladder|route)$")
_CHAINS_JOINED = re.compile(r",?\s+or\s+(?=[^,.;]{1,40}→)|;\s+")
_CODED_LEVELS = frozenset({"associate", "junior", "senior", "principal", "lead", "staff",
                           "trainee", "graduate", "entry", "distinguished"})
_TITLE_CONNECTORS = frozenset({"of", "and", "&", "for", "in"})
_MAX_TITLE_LINE = 60
_OR_SPLIT = re.compile(r"\s+or\s+|\s+/\s+")
# "Career Path Breakdown: From Spa Attendant to Spa Director" (a page's title).
_FROM_TO = re.compile(r"\bfrom\s+(?:an?\s+)?([A-Z][\w' -]{2,50}?)\s+to\s+(?:an?\s+)?"
                      r"([A-Z][\w' -]{2,50})$", re.IGNORECASE)
_TITLE_ROWS = 6
# (fixes86) A heading phrased as a journey, its label before it or not ("Bank Teller Career
# Path Guide: From the Teller Line to Branch Leadership and Beyond"): in Title Case and with
# no sentence's end, it names a page or section, not a step the role takes.
_JOURNEY_HEADING = re.compile(r"^(?:[^:.!?]{1,80}:\s+)?From\s+\S[^.!?:;]*?\s+to\s+"
                              r"[^.!?:;]*[^.!?:;\s]$")
# A sentence whose subject is a plural title and whose verb says what it may become
# ("Supervisors can go on to …", "Head keepers may move up to …").
_GLUED_HALF = 3  # words of each title glued on a strip, at least (not "Nurse Practitioner")
_SUBJECT_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+(?: [a-z]+){0,3}s)\s+"
                               r"(?:can|may|could|often|usually|sometimes|later)\s[^.!?]*[.!?]?")
# "From assistant stage manager you could move up to …": the sentence's moves start there.
_FROM_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))From\s+(?:an?\s+|the\s+)?([A-Za-z][\w' -]{2,50}?)"
                            r",?\s+(?:you|they|many|most|some|people|workers)\s[^.!?]*[.!?]?")
_ANY_MODAL = re.compile(r"s (?:can|may|could|often|usually|sometimes|later) ")  # a cheap gate
_RUNG_LINE = re.compile(r"^[A-Z][A-Za-z' /-]+$")  # a short line of words only: a rung title


# A label that orders its titles: "Career path: A, B" reads A then B, rung by rung.
_PATH_LABEL = re.compile(r"\b(?:path|pathway|ladder|route)\b", re.IGNORECASE)


_ROMAN_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # "Asset Data Steward II": a grade


# A job in capitals after an arrow, with its terms in a bracket ("→ year-round RANCH HAND job
# opening up in June ($46,000/yr + house)").
_ARROW_JOB = re.compile(r"(?:→|-->|->)\s*(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}"
                        r"(?P<title>[A-Z][A-Z'&-]+(?:\s[A-Z][A-Z'&-]+){0,3})\s+(?:job|position|role)"
                        r"\b(?:[^()→]{0,40}\((?P<aside>[^()]*)\))?")


# A signature block's party and its signatory ("For the Union: Secretary-Treasurer", "FOR THE
# EMPLOYER: ____ Mayor"): the people who sign an agreement, no move.
_SIGNATURE = re.compile(r"^For\s+the\s+(?:[A-Z][\w-]*\s?){1,3}:", re.IGNORECASE)

_CLIPPED_LETTERS = 4


def _clipped_compound(subject: str, role: str) -> bool:
    """(rules40c) ``subject`` is the first part of the role's one compound word ("Head" for
    Headteacher, "Station" is no short form of "Station Manager"): the role, said short.

    >>> _clipped_compound("Head", "Headteacher"), _clipped_compound("Head", "Head Chef")
    (True, False)
    """
    return " " not in subject and " " not in role and len(subject) >= _CLIPPED_LETTERS and (
        role.lower().startswith(subject.lower())) and len(role) > len(subject) + 2



# (rules49b) Two whole titles on one rung of an arrow ladder ("Manager / clinic supervisor").
_RUNG_OR = re.compile(r"\s+/\s+|\s+or\s+")


# A grade's line naming its title in brackets before its figure: "Grade 5 (Senior X): £…"
_BRACKETED_RUNG = re.compile(r"^\s*(?:grade|band|level)\s+\w{1,3}\s*\([A-Z][^()]*\)\s*:",
                             re.IGNORECASE)


def _unbracketed(title: str) -> str:
    """A rung's title printed in brackets after its grade ("Grade 5 (Senior X): £…"): the
    title without them, so its pay is the role's at its level or the title's own."""
    if title.startswith("(") and title.endswith(")") and title.count("(") == 1:
        return title[1:-1].strip()
    return title



# (fixes95) Two rungs above the role in one item, the first with when it comes ("Lead
# Technician after 2–3 years, then Service Manager").
_THEN_STEPS = re.compile(r"(?P<a>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})(?:\s+(?:after|within|in)"
                         r"\s+[^,;.]{1,25})?,\s+(?:and\s+)?then\s+(?:on\s+)?(?:to\s+)?(?:an?\s+)?"
                         r"(?P<b>[A-Z][\w-]*(?: [A-Z][\w-]*){0,4})(?:\.(?=\s|$)|$)")

# (real48) One name of a move list item's pair apart by a spaced slash ("Master Glass Blower /
# Senior Artisan"): up to four capitalised words.
# (left58) A dated job history's entries under a moves-in label ("Job history: 04/2018
# Stores Clerk → 05/2020 Buyer I → 06/2023 Buyer II"): each a post held before, its date gone.
_DATED_CHAIN = re.compile(r"(?:^|→\s*)(?:(?:0?[1-9]|1[0-2])/)?(?:19|20)\d\d\s+[A-Z]")
# (its entries are split by the chains' _CHAIN_ARROW above)
_ASIDE_TAIL = re.compile(r"\s*\([^()]*\)$")
_SLASHED_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")

class LadderMixin(WorkplaceMixin):
    """Read moves, career ladders and their rungs."""


    def arrow_job(self, text: str, line: int) -> None:
        """A job the role leads on to, named in capitals after an arrow ("stay on for the
        fall work --> year-round RANCH HAND job opening in June ($46,000/yr + house)"): a move
        up, and the figure in the bracket after it that job's pay."""
        for found in _ARROW_JOB.finditer(text):
            title = title_case(found.group("title").lower())
            if fact_key(singular_title(title)) == fact_key(self.role):
                continue
            self.out.add("leads_to", title, line)
            amounts = find_amounts(found.group("aside") or "")
            if amounts:
                self.owned_pay(line, title, amounts[0].low, amounts[0].high, amounts[0])
    def code_ladders(self, text: str, line: int) -> bool:
        """"Moving up: L1 → L2 → L3 on the designer track, or L3 → Team Lead → Head of X":
        arrow chains of level codes the page names elsewhere ("L1 Associate | L2 Designer"),
        each code the role at that level (its own head word: the role), each chain a ladder.
        True when a chain was read."""
        named: dict[str, str] = {}
        head = self.role.rsplit(" ", 1)[-1].lower() if self.role else ""
        for code, word in _CODE_NAME.findall(self.page):
            if word.lower() in _CODED_LEVELS:
                named.setdefault(code, f"{word} {self.role}")
            elif head and word.lower() == head:
                named.setdefault(code, self.role)
        read = False
        for piece in _CHAINS_JOINED.split(text) if named else ():
            chain = arrow_chain(piece)
            if not chain or not any(_CODE_STEP.fullmatch(step) for step in chain):
                continue
            chain = [_TRACK_TAIL.sub("", step.strip()) for step in chain]
            steps = [named.get(step) if _CODE_STEP.fullmatch(step) else ladder_step(
                step, self.vocab, self.role, plain=True) for step in chain]
            if all(steps):
                self.out.progression([(step or "", line) for step in steps])
                read = True
        return read

    def glued_titles(self, text: str) -> bool:
        """``text`` is two titles of three words or more glued with no mark between them
        ("Records Audit Inspector Claims Operations Developer" on a translated sheet's
        related-occupations strip): no one title."""
        words = text.split()
        return any(words[cut][:1].isupper() and self.vocab.is_role_title(" ".join(words[:cut]))
                   and self.vocab.is_role_title(" ".join(words[cut:]))
                   for cut in range(_GLUED_HALF, len(words) - _GLUED_HALF + 1))

    def own_levels(self, chain: list[tuple[str, int]], *,
                   record: bool = False) -> list[tuple[str, int]]:
        """``chain`` with the run of the role's own levels around the role ("Associate X",
        "X", "Senior X") made one rung, the role; a variant above a differently named rung
        ("Principal X" after "Strategic X") stays a rung of its own.  ``record``: the same
        levels named elsewhere on the page are the role too (:meth:`fold_own_levels`)."""
        role = self.role
        titles = [title for title, _ in chain]
        if not role or role not in titles:
            return chain
        start = stop = titles.index(role)
        while start and _same_role(titles[start - 1], role):
            start -= 1
        while stop + 1 < len(titles) and _same_role(titles[stop + 1], role) and (
                titles[stop + 1].split()[0].lower() in _LEVEL_WORDS):
            stop += 1
        if record:
            self.own_level_keys.update(fact_key(title) for title in titles[start:stop + 1]
                                       if title.split()[0].lower() in _LEVEL_WORDS)
        return [*chain[:start], (role, chain[start][1]), *chain[stop + 1:]]

    def fold_own_levels(self) -> None:
        """On a page whose ladder table shows the role's own levels as one rung, the same
        levels named in prose ("move up to senior coordinator and then …" on the Shipping
        Coordinator's page) are that rung too."""
        role, own_keys = self.role, self.own_level_keys - {fact_key(self.role)}
        if not own_keys:
            return

        def own(text: str) -> bool:
            head, _, rest = text.partition(" ")
            return fact_key(text) in own_keys or (head.lower() in _LEVEL_WORDS and bool(rest)
                                                  and f" {role.lower()}".endswith(
                                                      f" {rest.lower()}"))

        chains: list[list[Fact]] = []
        for chain in self.out.progressions:
            facts: list[Fact] = []
            for fact in chain:
                fact = Fact(text=role, source=fact.source) if own(fact.text) else fact
                if not facts or fact_key(facts[-1].text) != fact_key(fact.text):
                    facts.append(fact)
            if len(facts) >= 2:
                chains.append(facts)
        self.out.progressions[:] = chains
        for bucket in _DIRECTIONS.values():
            self.out.lists[bucket][:] = [f for f in self.out.lists[bucket] if not own(f.text)]

    def grade_row(self, label: str | None, description: str, line: int) -> None:
        """Pay rows by grade ("• Trainee X: …", "• X II: …", "• Senior X: …") in a row
        form a ladder (:func:`~careergraph.guides.ladders.grade_ladder`)."""
        if label and label[:1].isupper() and len(label.split()) <= _MAX_GRADE_LABEL and (
                _FIGURE_FIRST.match(description)):  # (any currency: "N1.2 million monthly")
            self.grades.append((label, line))
        else:
            self.flush_grades()

    def flush_grades(self) -> None:
        grades, self.grades = self.grades, []
        rungs, branches = grade_ladder([label for label, _ in grades]) if grades else ([], [])
        line = grades[0][1] if grades else 0
        if rungs:
            self.out.progression([(rung, line) for rung in rungs])
        for before, after in branches:
            self.out.progression([(before, line), (after, line)])

    def block(self, row: _Row) -> None:
        """A rung block's title ("Senior Data Engineer" above "5-8 years"): the pay and
        skills below belong to it until the next block."""
        self.flush_chain()
        title = clean(row.text)
        self.blocks.append((title, None if row.rung == -1 else row.rung, row.no))
        self.block_title = title
        self.top, self.kind, self.top_text, self.sub_text = Kind.SALARY, Kind.SALARY, title, ""
        self.out.use(row.no)

    def flush_blocks(self) -> None:
        blocks, self.blocks = self.blocks, []
        if len(blocks) < 2:
            return
        lines = {title: line for title, _, line in blocks}
        if self.fork_line:
            edges = fork_edges(self.fork_line, [t for t, _, _ in blocks], self.role)
        else:
            edges = [(blocks[a][0], blocks[b][0])
                     for a, b in block_edges([(t, y) for t, y, _ in blocks])]
        for before, after in edges:
            self.out.progression([(before, lines.get(before, blocks[0][2])),
                                  (after, lines.get(after, blocks[0][2]))])

    def numbered_rung(self, row: _Row) -> bool:
        """"1. Staff Accountant" in a ladder section: a rung, whose block of bullets (years,
        skills, pay) follows; "4. Principal X or X Lead" forks."""
        match = _NUMBERED.fullmatch(row.text)
        if match is None:
            return False
        parts = re.split(r"\s+\*?(?:or|/)\*?\s+", match.group(2).replace("*", " "))
        titles = [t for t in (ladder_step(fork, self.vocab, self.role) for p in parts
                              for fork in level_forks(p)) if t]
        if not titles:
            return False
        number = int(match.group(1))
        if self.rungs and number <= self.rungs[-1][0]:
            self.flush_rungs()
        self.rungs.append((number, titles, row.no))
        self.sub_text = titles[0]
        self.out.use(row.no)
        return True

    def prose_moves(self, kind: Kind, text: str, line: int) -> bool:
        """Roles a sentence under a moves heading names ("Most start as an A or a B"); "A,
        then B" is a ladder, which starts at a role the heading names ("What comes after
        Senior X?")."""
        if self.compared_pay(kind, text, line):
            return True
        if "From " in text and _JOURNEY_HEADING.match(text) and is_title_case(text):
            return True  # "…: From the Teller Line to Branch Leadership": a heading, no move
        if text[:4] == "For " and _SIGNATURE.match(text):
            return True  # "For the University: Associate Vice President, …": who signs
        if _COMPARISON_LEAD.match(text) and not _NEXT_SENTENCE.search(text) and find_amounts(
                text, home=self.home):
            # (fresh55) "For comparison, a Maintenance Worker is paid $42,040 - $49,876."
            # under a career heading: another job's pay (the pay readers own it), no move
            self.out.use(line)
            return True
        on = _LINE_GOES_ON_MID.search(text) if "ontinues" in text or "goes on" in text or (
            "extends" in text) else None
        if on is not None:  # "… promotion to B. The promotion line continues to C.": B → C
            first = self.prose_moves(kind, text[:on.start()].rstrip(), line)
            climbed = [fact.text for fact in self.out.lists[_MOVE_BUCKETS[kind]]
                       if fact.source.line == line] if kind in _MOVE_BUCKETS else []
            if climbed and line not in self.line_rungs:
                self.line_rungs[line] = climbed[-1]  # (read by rung_source: on from B)
            return self.prose_moves(kind, text[on.start():], line) or first
        text = _uncoded_titles(text) if text[:1].isdigit() else text
        directed: set[str] = set()
        for grade in earlier_grades(text) if "FY" in text or "F1" in text or (
                "oundation" in text) else ():
            # "Medical school ▸ FY1 ▸ FY2 ▸ CT1 ▸ …": the foundation doctors move in
            self.out.add("moves_in", grade, line)
            directed.add(fact_key(grade))
        source = self.rung_source(text, line)
        stepped = prose_steps(text, self.vocab, self.role)
        reached = self.rungs_reached(text, stepped)
        moved = prose_moves(text, self.vocab, self.role)
        self.note_rung(line, stepped, moved)
        moved = self.climbed_entry(moved, stepped, line)
        for direction, roles in moved.items():
            for role in roles:
                directed.add(fact_key(role))
                if source is not None and direction != "in":
                    self.step(source, role, line)
                elif fact_key(role) != fact_key(self.role) and fact_key(role) not in reached and (
                        not self.rank_of_role(role)):
                    self.out.add(_DIRECTIONS[direction], self.fuller(role), line)
        for before, after in stepped:
            directed.add(fact_key(after))  # "become a team leader, then Operations Manager"
            self.step(before, after, line)
        # (a rung of a ladder read on the line above opening this one: "… → Supervisor" /
        # "Supervisors manage a team", the rung's own sentence, no move)
        laddered = self.chain_rungs[1] if 0 < line - self.chain_rungs[0] <= CHAIN_REACH else (
            frozenset())
        # ("Good pruners move up: A → B → C. …": the chain's rungs are its ladder's, no move
        # each from the role)
        steps = (arrow_chain(text) or []) if "→" in text or "->" in text else []
        chained = {fact_key(step) for step in steps}
        for before, step in itertools.pairwise(steps):
            # (rules49b) "Senior X → X Manager / clinic supervisor": a slash or "or" between
            # two whole titles names two rungs above the one before, each no move of the role
            # (a ladder reader keeps the first; the second is a step of its own)
            alternatives = _RUNG_OR.split(step)
            if len(alternatives) < 2 or _RUNG_OR.search(before):
                continue
            titled = [prose_title(alt, self.vocab) for alt in alternatives]
            if all(titled) and all(fact_key(t or "") == fact_key(alt) for t, alt in zip(
                    titled, alternatives, strict=True)):
                chained.update(fact_key(alt) for alt in alternatives)
                for alt in alternatives[1:]:
                    self.out.progression([(before, line), (alt, line)])
        unfielded = _without_field_labels(text) if text.count(":") >= 2 else text
        found = [(t, linked) for t, linked in titles_in(_without_employers(unfielded), self.vocab)
                 if fact_key(t) not in directed  # "started out as X" says its direction
                 # (fixes102) "Lead Picker and Shift Supervisor": two titles the cue read
                 and not (" and " in t and all(
                     fact_key(half) in directed for half in t.split(" and ")))
                 and fact_key(t) not in chained
                 and not (fact_key(t) in laddered and text.lower().startswith(t.lower()))
                 # (rules39c) "Typical pay on the other rungs: A £32,000 – £38,000; B …"
                 # under "A → B → X → C": the rungs' own figures, no move each
                 and not (laddered and fact_key(t) in self.chain_steps
                          and _priced_title(text, t))
                 and not _programme_named(t, text)
                 # (fixes93) "into a Management role": a bare field, no title
                 and field_post(t) is not None]
        if not found and not directed:
            # "Other workers who … include surveyors and urban planners."
            found = [(t, "") for t in included_titles(text, self.vocab)]
        if not found and not directed and kind is Kind.MOVES_IN:
            # "Where our people come from" / "Foley artists, film sound editors and …": a
            # line that only lists titles
            found = [(t, "") for t in enumerated_titles(text, self.vocab)]
        if not found:
            return bool(directed)
        own = fact_key(self.role)
        named = titles_in((self.sub_text or self.top_text).rstrip("?" + _QUESTION_MARKS),
                          self.vocab)
        start = [t for t, _ in named[:1] if fact_key(t) != own]
        if start and _base_key(start[0]) == _base_key(self.role):
            start = [self.role, *start]
        chain: list[str] = list(start) or [self.role]
        members = _chain_members([joiner for _, joiner in found])
        for index, (title, joiner) in enumerate(found):
            if index in members:
                chain.append(title)
            elif index - 1 in members and joiner.strip(" ,") in ("or", "/") and len(chain) >= 2:
                self.out.progression([(chain[-2], line), (title, line)])  # "then A or B"
            elif source is not None and kind is not Kind.MOVES_IN:
                self.out.progression([(source, line), (title, line)])  # "From Step 3, …"
            elif fact_key(title) != own and not (  # ("Trainee Xs … become Xs": a rung below)
                    title.split()[0].lower() in _ENTRY_RUNGS and self.own_title(title)) and (
                    not self.rank_of_role(title)) and not self.alias_step(title) and (
                    not _graded_head(title, self.role, text)):
                # (the role under its other name is no move: "hired into Library Assistant I")
                bucket = _MOVE_BUCKETS[kind]
                if kind is not Kind.MOVES_IN and (_FROM.search(text, 0, text.find(title)) or (
                        _CAME_FROM.search(text, 0, text.find(title)))):
                    bucket = "moves_in"  # "people join from A roles"
                self.out.add(bucket, title, line)
        if len(chain) >= 2 and kind is not Kind.MOVES_IN:
            self.out.progression([(title, line) for title in chain])
        self.out.use(line)
        return True

    def climbed_entry(self, moved: dict[str, list[str]], stepped: list[tuple[str, str]],
                      line: int) -> dict[str, list[str]]:
        """``moved`` without the first rung of a ladder told up to the role ("you start as
        A, then move up to B and then C and then <the role>"): A → B is a step, as the rungs
        after it, no entry to the role and no move up from it (fixes74)."""
        entry, ups = moved.get("in", []), {fact_key(up) for up in moved.get("up", [])}
        if len(entry) != 1 or not stepped or fact_key(stepped[0][0]) not in ups or not any(
                fact_key(after) == fact_key(self.role) for _, after in stepped):
            return moved
        self.step(entry[0], stepped[0][0], line)
        climbed = {fact_key(entry[0]), fact_key(stepped[0][0])}
        return {direction: [role for role in roles if fact_key(role) not in climbed]
                for direction, roles in moved.items()}

    def note_rung(self, line: int, stepped: list[tuple[str, str]],
                  moved: dict[str, list[str]]) -> None:
        """Keep the last rung ``line`` moved up to (its last step, else its last move up),
        for a next line that goes on from it (:meth:`rung_source`)."""
        ups = [after for _, after in stepped] or moved.get("up", [])
        if ups:
            self.line_rungs[line] = ups[-1]

    def rungs_reached(self, text: str, stepped: list[tuple[str, str]]) -> set[str]:
        """Titles a sentence names as rungs rather than moves from the role: a stated chain's
        later steps, and the speaker's own later jobs ("I got promoted to A")."""
        return {fact_key(after) for _, after in stepped} | {
            fact_key(rung) for rung in self.story_rungs(text)}

    def box_title(self, text: str) -> bool:
        """A ladder box's title: a known title, or one word naming a person ("Forester"); on
        a slide, a Title Case title ending in such a word ("Graduate Forecaster")."""
        words = text.split()
        return self.vocab.is_role_title(text) or (
            " " not in text and text[:1].isupper() and practitioner_noun(text)) or (
            self.deck is not None and len(words) <= 3 and all(w[:1].isupper() for w in words)
            and practitioner_noun(words[-1]))

    def story_rungs(self, text: str) -> list[str]:
        """The speaker's own jobs told in the first person, read on into the next row (a
        story runs across paragraphs and line breaks: "… I got promoted to A." / "In 2019 X
        hired me as B, and I've been C since 2023.")."""
        if "I" not in text:
            return []
        after = self.next_row
        more = after.text if after is not None and not (after.heading or after.bullet) else ""
        return own_story(f"{text} {more}", self.vocab)

    def rank_of_role(self, title: str) -> bool:
        """``title`` is one word the page also prints before the role's own name ("Consultant"
        in a pathway "… ▸ CCT ▸ Consultant" on a page that speaks of a "consultant
        anaesthetist"): the role at that rank, no move."""
        if " " in title or not self.page or not self.role or " " in self.role:
            return False
        return re.search(rf"\b{re.escape(title)}\s+{re.escape(self.role)}s?\b", self.page,
                         re.IGNORECASE) is not None

    def fuller(self, title: str) -> str:
        """A one-word title in prose ("auditors") as the one fuller title the page prints
        with it as head ("Clinical Coding Auditor" in a band table), else as it is."""
        if " " in title or not self.page or re.search(
                rf"^[ \t]*{re.escape(title)}(?:[ \t]{{2,}}|[ \t]*[→>]|$)", self.page, re.MULTILINE):
            return title  # ("Sergeant   $132,450", a row of its own: that post, not "Staff …")
        if f"{title} of the " in self.page and (charged := self.charged(title)) is not None:
            return charged
        found = {match.group(1) for match in re.finditer(  # (a cell or a line's start)
            # (not inside a longer name: "German Lifeguard Badge" is a badge's)
            rf"(?:^|[|:,(])[ \t]*((?:[A-Z][\w-]*[ \t]){{1,3}}{re.escape(title)})\b"
            rf"(?![ \t]+[A-Z])", self.page, re.MULTILINE)}
        titles = {t for t in found if self.vocab.is_role_title(t) and not _same_role(t, self.role)}
        return titles.pop() if len(titles) == 1 and len(found) == 1 else title

    def charged(self, title: str) -> str | None:
        """(fixes100) A one-word title the page prints with "of the" and its charge in lower
        case ("pass to Coordinator of the centre (coordinador/a de centre)"), always the same
        charge, ended by a bracket, a stop or a clause: a translated page's whole title
        ("Coordinator of the Centre"), as "Electrician of maintenance" is one."""
        charges = set(re.findall(rf"\b{re.escape(title)} of the ([a-z]+(?: [a-z]+)?)"
                                 r"(?=\s*[(.,;]|\s+(?:and|in|at|with)\b)", self.page))
        if len(charges) != 1:
            return None
        return charge_title(f"{title} of the {charges.pop()}", self.vocab.is_role_title)

    def step(self, before: str, after: str, line: int) -> None:
        """One ladder step read from prose, once however many readings of its line find it.
        A one-word rung the page prints once with its charge ("Curator of Living
        Collections") is that post."""
        if " " not in after and " of " in self.page:
            posts = set(re.findall(rf"\b{re.escape(after)} of (?:[A-Z][a-z]+)(?: (?:and |& )?"
                                   rf"[A-Z][a-z]+){{0,2}}\b", self.page))
            after = posts.pop() if len(posts) == 1 else after
        pair = [fact_key(before), fact_key(after)]
        if not any([fact_key(f.text) for f in chain] == pair
                   for chain in self.out.progressions if chain[0].source.line == line):
            self.out.progression([(before, line), (after, line)])

    def rung_source(self, text: str, line: int) -> str | None:
        """The rung a sentence starts from ("From Step 3, many move to …"), if numbered, or
        the rung the line just before moved up to when this one goes on from it ("After that
        the next step is B")."""
        if _GOES_ON.match(text):
            # (the line itself first: "… promotion to B. The promotion line continues to C.")
            for before in range(line, line - _GOES_ON_REACH - 1, -1):
                if before in self.line_rungs:  # "After that the next step is B": on from A
                    return self.line_rungs[before]
        match = _FROM_RUNG.match(text) if "from" in text.lower() else None
        if match is None:
            return None
        rungs = {**self.rung_titles, **{n: titles[0] for n, titles, _ in self.rungs}}
        return rungs.get(int(match.group(1)))

    def moves(self, kind: Kind, item: str, line: int) -> bool:
        """Roles of a move list item; False when it names none."""
        if self.compared_pay(kind, item, line):
            return True
        if (head := _LIST_THEN_PROSE.match(item)) is not None and capitalised_items(
                head.group(1)):
            # (fresh55) "A, B, C. Some moved across to D and E roles.": the list, then a
            # sentence of its own read as prose, its cue saying where D and E stand
            return any([self.moves(kind, head.group(1) + ".", line),
                        self.prose_moves(kind, item[head.end():], line)])
        if kind is Kind.MOVES_IN and "→" in item and len(_DATED_CHAIN.findall(item)) >= 2:
            # (the role's own grades on it, "Buyer I", "Senior Buyer", are the role: no move)
            own = fact_key(self.role)
            # (and the unit aside after it: "Stores Clerk (Warehouse)")
            held = [_ASIDE_TAIL.sub("", _uncoded_titles(entry))
                    for entry in _CHAIN_ARROW.split(item.strip(" ."))]
            return any([self.moves(kind, entry, line) for entry in held
                        if entry and own not in fact_key(entry)])
        pieces = capitalised_items(item.rstrip(".")) if item[-1:] == "." or (
            ";" in item) or ", " in item else []
        if pieces and item[-1:] != "." and ";" not in item and not all(
                practitioner_noun(singular_title(piece).split()[-1]) for piece in pieces):
            pieces = []  # ("Director, Human Resources": one inverted title, no two workers)
        if pieces:  # "Fish Grader, Yard Hand, Stock Controller.", "Set Dresser; Deckhand"
            return any([self.moves(kind, piece, line) for piece in pieces])
        halves = item.split(" / ") if " / " in item and item[:1].isupper() else []
        if len(halves) == 2 and all(_SLASHED_NAME.fullmatch(half.strip()) for half in halves):
            # (real48) "- Master Glass Blower / Senior Artisan" under "Advancement To:": two
            # names of the move, each read whole ("Master" alone is another trade's title)
            return any([self.moves(kind, half.strip(), line) for half in halves])
        parts = [part.strip(" .") for part in item.split("; ")] if (
            "; " in item and item[:1].islower()) else []
        if len(parts) >= 2 and all(parts):  # "sales engineer; product manager": one a part
            return any([self.moves(kind, part, line) for part in parts])
        if not any(mark in item for mark in ",;:·()") and self.glued_titles(item):
            return False  # two titles glued on a strip: which words are whose is unsure
        if item[:1].islower() and (qualified := _QUALIFIED_WORKERS.match(item)) is not None and (
                self.moves(kind, qualified.group("workers"), line)):
            # (rules48c) "truck drivers with an HR licence (…)", "farmhands who've driven
            # headers …" under "The people who do best here were:": the workers, qualified
            return True
        if kind is Kind.MOVES_UP and ", then " in item and (
                steps := _THEN_STEPS.match(item.strip())) is not None and all(
                self.vocab.is_role_title(step) for step in steps.group("a", "b")):
            # (fixes95) "Lead Technician after 2–3 years, then Service Manager": two rungs
            # above the role, one after the other (a sentence after them read as prose)
            self.out.progression([(self.role, line), (steps["a"], line), (steps["b"], line)])
            rest = item.strip()[steps.end():].strip()
            if rest:
                self.prose_moves(kind, rest, line)
            return True
        item = _uncoded_titles(item) if item[:1].isdigit() else item
        item = _CODE_AFTER.sub("", item) if ")" in item else item
        # ("Head baker - chef de fournil" on a translated sheet: "Head Baker", never "Head")
        # (a two-way move, "A ⇄ B", is no one title)
        sentence = (sentence_case_title(item, self.vocab)
                    if item[:1].isupper() and not two_way(item) else None)
        titles = [sentence] if sentence else move_titles(item, self.vocab)
        listed = listed_role(item, self.vocab) if not titles else None
        titles = [listed] if listed else titles  # "19-2042.00  Geoscientists  Bright Outlook"
        titles = titles or plain_titles(item, self.vocab) or _worker_item(item)  # "Kitchen hand"
        if not titles and (self.deck or self.speech):  # "Broadcast Meteorologist – on TV"
            lead = re.split(r"\s+[–—-]\s+|:\s", item, maxsplit=1)[0].strip(" .")
            titles = [t] if (t := trade_title(lead, self.role)) and " " in t else []
        if not titles or (item[:1].islower()
                          and len(titles_in(item, self.vocab)) > len(titles)):
            # A sentence, not a list item: "with experience they move on to A, B or C".
            return self.prose_moves(kind, item, line)
        titles = [title for title in titles if not self.other_heading(title)]
        for title in titles:
            # (real40) "Career Spotlight: Property Manager - Explore …" under a subtitle: a
            # label before the role's own title, no move to it
            if fact_key(title) != fact_key(self.role) and not (
                    ": " in title and fact_key(title.rsplit(": ", 1)[1]) == fact_key(self.role)):
                for fork in level_forks(title):  # "Senior/Staff X": Senior X and Staff X
                    self.out.add(_MOVE_BUCKETS[kind], fork, line)
                    if kind is Kind.LATERAL and _UNSIDED_LIST.search(self.last_heading):
                        self.out.unsided_move(fork)  # (rules50c) "Related job descriptions"
            else:
                self.out.use(line)
        return bool(titles)

    def other_heading(self, title: str) -> bool:
        """``title`` is another section's heading left among a list's items ("Pay Rates
        Vary", "Growth Trends for Related Jobs" below a related-jobs list): words the heading
        vocabulary gives a kind, and no role title."""
        return not self.vocab.is_role_title(title_case(title)) and classify_heading(
            title, self.vocab.headings) not in (None, Kind.OTHER)

    def progression_item(self, row: _Row, label: str | None, item: str) -> bool:
        if self.offers and any(no == row.no for no, _, _ in self.offers):
            self.flush_chain()  # (rules41c) a similar job listed under a path's section
            return True  # ("Similar jobs near X" / "Prep Cook · Firm · $16"): no rung
        if "=" in item and (is_worked_example(item) or (bool(label) and is_worked_example(
                f"{label}: {item}"))):
            return False  # (rules38c) "W3 Senior X, Chicago (zone A): $46,800 × 1.1 = …": a
            # pay formula at work for a level, no rung of a ladder
        if label is None and worded_level(item):
            # (real49) "Entry Level: Assistant X / Y" … "Mid Level: X": one ladder whose rungs
            # stand over their own lines of pay and duties (read when the page ends)
            step = ladder_step(item, self.vocab, self.role)
            if step is not None:
                self.level_steps.append((step, row.no))
            return step is not None
        title = label if label and self.vocab.is_role_title(label) else None
        # ("Career path: A → B → C": a labelled arrow line too; an unlabelled one is read
        # as an arrow chain by the mentions)
        labelled = bool(label) or row.kind is not None  # ("Career path:" gave the row its kind)
        steps = [s for s in re.split(
            r"\s+/\s+|\s*(?:->|→|>)\s*" if labelled else r"\s+/\s+|\s*>\s*", item) if s.strip()]
        if title is None and len(steps) > 2:  # "Junior X / X / Senior X / Lead X" on one line
            chain = [ladder_step(step, self.vocab, self.role) or (
                clean(step.strip(" .;")) if self.own_card(clean(step.strip(" .;"))) else None)
                or self.short_form_step(step)
                for step in steps]  # (the role itself, at a level too: "Firefighter → …")
            titles = [(t, row.no) for t in chain if t]
            if len(titles) < len(chain) and ("→" in item or "->" in item):
                # ("Career path: A → B → Inventory Control Staff → D": the arrow chain is read
                # whole by the mentions; without a step it would join B to D, skipping one)
                if labelled and self.labelled_chain(item, row.no):
                    return True  # ("my path: medical assistant → scribe → …": sentence case)
                titles = []
            if len(titles) > 2:
                self.flush_chain()
                self.out.progression(titles)
                return True
        if title is None and labelled and len(steps) == 1 and _ALTERNATIVES.search(item) and (
                self.moves(Kind.MOVES_UP, item, row.no)):
            return True  # "Where it goes: A, B or C": places the role leads, not one ladder
        if title is None and labelled and len(steps) == 1 and self.comma_rungs(row, item):
            return True
        if title is None and (", " in item or " or " in item) and self.listed_rung(
                item.strip(" .;")):
            title = item.strip(" .;")  # (real50) "Consultant, or Curator, or Appraiser": a
            # rung of several titles, each read when the chain ends
        if title is None:
            title = ladder_step(item, self.vocab, self.role)
        if title is None:
            return False
        if other_track(item):  # "Manager, X (management track)": a branch from the role
            self.out.add("leads_to", title, row.no)
            return True
        # A labelled, numbered or "Level N" step is a ladder rung; a bare title may be
        # just a place the role leads (decided when the list ends).
        explicit = label is not None or title != clean(item.strip(" .;"))
        self.chain.append((title, row.no, explicit))
        if "€" in item or "$" in item or "£" in item:
            self.rung_pay(row.no, item, title)  # "X II - Grade 8 - $81,600 to $95,400"
        return True

    def labelled_chain(self, chain: str, line: int) -> bool:
        """A labelled arrow chain in sentence case ("my path: medical assistant → scribe →
        (hopefully) lead tech", "Career path I'm following: Trainee → PT2 → PT1 → Senior"):
        its ladder, each step a title (a level word or a grade short form of the role, a
        one-word step by the fuller name the page gives it), the role's grades one rung.
        False, and nothing read, when a step names no title."""
        raw = [_LEAD_ASIDE.sub("", step).strip(" .;:!") for step in _CHAIN_ARROW.split(chain)]
        if len(raw) < 3 or not all(raw):
            return False
        fields = {word for step in raw for word in step.lower().split()[:-1]}
        steps = [ladder_step(step, self.vocab, self.role) or self.graded_short(step)
                 or ladder_step(step, self.vocab, self.role, plain=True)
                 or self.fielded_step(step, fields) for step in raw]
        if not all(steps):
            return False
        titles = [(title, line) for index, title in enumerate(steps) if title and (
            not index or fact_key(title) != fact_key(steps[index - 1] or ""))]
        if len(titles) < 2:
            return False
        self.flush_chain()
        self.out.progression(titles)
        return True

    def prose_chain(self, text: str, line: int) -> bool:
        """A sentence of prose that labels an arrow chain as a path ("… to start! my path: A →
        B → C", "Career path I'm following: Trainee → PT2 → Senior."): its ladder."""
        read = False
        for match in _PROSE_CHAIN.finditer(text):
            if classify_heading(match.group("label").strip(), self.vocab.headings) in (
                    Kind.LADDER, Kind.PROGRESSION):
                read = self.labelled_chain(match.group("chain"), line) or read
        return read

    def fielded_step(self, step: str, fields: set[str]) -> str | None:
        """A one-word step in lower case ("scribe") by the name the page gives it with a
        field word the chain's other steps share ("an ophthalmic scribe" beside "ophthalmic
        assistant"): that name as a title, or None."""
        if " " in step or not step.islower():
            return None
        for match in re.finditer(rf"\b([a-z]+) {re.escape(step)}\b", self.page):
            if match.group(1) in fields:
                return title_case(f"{match.group(1)} {step}")
        return None

    def chevron_rungs(self, text: str) -> list[str] | None:
        """The rungs of a ladder line set apart by spaced chevrons ("Deck Hand > Bosun >
        Mate > Master"), three or more, each a title (a slashed rung, "Ground Crew / Yard
        Hand", as printed when one of its names is a title); None for any other line."""
        # (recall10) "A. Firefighter > Crew Manager > …": an FAQ answer's label is no rung
        steps = [step.strip(" .;") for step in _CHEVRON_SPLIT.split(
            _ANSWER_LABEL.sub("", text.strip(), count=1))]
        if len(steps) < _MIN_CHEVRON_RUNGS:
            return None
        last = self.vocab.role_title_at(steps[-1], 0)
        if last and steps[-1][len(last):].strip()[:1].isupper():
            steps[-1] = last  # ("… > Chief Pilot Most graduates spend …": the next paragraph)
        # (the slashed rung whole first: "Ground Crew / Base Hand" is one rung, its first name
        # a title of its own too)
        rungs = [(clean(step) if " / " in step and any(
            ladder_step(part, self.vocab, self.role) for part in step.split(" / ")) else None)
            or ladder_step(step, self.vocab, self.role) for step in steps]
        return [rung for rung in rungs if rung] if all(rungs) else None

    def comma_rungs(self, row: _Row, item: str) -> bool:
        """Read "Career path: Senior Loss Assessor, Claims Manager": titles apart by commas
        after a label, each a title of its own (never "Manager, Operations", one inverted
        title). A label naming a path or ladder orders them as rungs; any other label lists
        places the role leads. False (nothing read) unless every part is a title."""
        parts = [clean(part.strip(" .;")) for part in item.split(",")]
        if len(parts) < 2 or inverted_title(clean(item.strip(" .;"))) or not all(
                self.vocab.is_role_title(part) for part in parts):
            return False
        label = row.full[: len(row.full) - len(row.text)] if row.full.endswith(row.text) else ""
        if _PATH_LABEL.search(label):
            self.flush_chain()
            self.out.progression([(part, row.no) for part in parts])
            return True
        for part in parts:
            if fact_key(part) != fact_key(self.role):
                self.out.add("leads_to", part, row.no)
        return True

    def short_form_step(self, step: str) -> str | None:
        """A ladder step naming a title by the short form the page gave it ("Apprentice ODP",
        "ODP (Band 5)" where "Operating Department Practitioners (ODPs)" stands above;
        "ASYE" where a row reads "Newly Qualified Social Worker (ASYE)"): the title spelt out,
        or, with a seniority word before it, the step as printed ("Senior ODP"); None when
        the page defines no such short form."""
        bare = clean(_ASIDE_AFTER.sub("", step.strip(" .;:–—-")).strip(" .;:–—-"))
        match = _SHORT_FORM_STEP.fullmatch(bare)
        if match is None:
            return None
        title = self.spelled_short(match.group("short"))
        if title is None:
            return None
        level = match.group("level")  # (a rung at a level keeps its printed short form)
        return f"{level} {match.group('short')}" if level else title

    def spelled_short(self, short: str) -> str | None:
        """The title a capitalised short form stands for on this page: spelt by its letters
        ("… Practitioners (ODPs)", :meth:`spelled`) or printed in brackets right after a
        title the vocabulary knows ("Newly Qualified Social Worker (ASYE)")."""
        spelt = self.spelled(short)
        if spelt is not None:
            return singular_title(spelt)
        for match in re.finditer(rf"((?:[A-Za-z][\w-]*\s+){{1,5}})\({re.escape(short)}s\)",
                                 self.page):  # a plural's short form: "Podiatrists (CPs)"
            words = match.group(1).split()
            if len(words) >= len(short) and is_acronym_of(short, words[-len(short):]) and (
                    title := prose_title(" ".join(words[-len(short):]), self.vocab)):
                return singular_title(title)
        # ("Speech and Language Therapists (SLTs)": a connector inside the title)
        for match in re.finditer(rf"((?:[A-Z][\w-]* (?:(?:and|of|&) )?){{0,5}}[A-Z][\w-]*) "
                                 rf"\({re.escape(short)}s?\)", self.page):
            words = match.group(1).split()
            for size in range(len(words), 0, -1):  # the longest known title before it
                title = singular_title(" ".join(words[-size:]))
                if self.vocab.is_role_title(title):
                    return title
        return None

    def rung(self, row: _Row, item: str) -> bool:
        """A numbered ladder step on its own line ("Step 2 — Backend Developer (2–5 years)",
        "Level 4: Lead X / Principal X"), wherever it stands; rungs form one ladder."""
        number = step_number(item)
        if number is None and (glued := glued_first_rung(item)):
            # (fixes96) "Deployment levelsLevel 1 - Team Member: …": a heading glued before
            # the list's first rung
            item = item[glued:]
            number = step_number(item)
        # (rules33c) "STEP 6  Franchise Partner — buy into a new site through … (fee …)": a
        # long step's title stands before its dash, the description after it
        named = _STEP_DASH.split(item, 1)[0] if len(item) > _LONG_STEP and len(
            _STEP_AGAIN.findall(item)) <= 1 and not _NEXT_SENTENCE_IN.search(item) else item
        # (fixes96) "Level 2 - Team Leader: leads a team … as Cash Transfer Team Leader":
        # the level's short name, then the post held at it (a long line too)
        post = level_post(item, self.vocab.is_role_title) if (
            number is not None and ": " in item) else None
        if number is None or (len(named) > _LONG_STEP and post is None):
            return False
        if " · " in item and sum(bool(_DIGIT_SIGN.search(part)) for part in item.split(
                " · ")) >= 2:
            return False  # (rules38a) "Band 6 X £… · Band 9 Y £…": graded titles' pay, a strip
        titles = [_unbracketed(t) for t in (ladder_step(fork, self.vocab, self.role)
                                            for part in re.split(r"\s+/\s+|\s+or\s+", named)
                                            for fork in level_forks(part)) if t] if len(
            named) <= _LONG_STEP else []
        if len(titles) <= 1 and post is not None:
            titles = [post]
        if not titles:
            return False
        if self.rungs and number <= self.rungs[-1][0]:
            self.flush_rungs()
        self.rungs.append((number, titles, row.no))
        self.out.use(row.no)
        if not _BRACKETED_RUNG.search(named):
            self.sub_text = titles[0]  # the pay and skills below belong to this rung
        # (carry49: a grade's line naming its title in brackets, "Grade 5 (Senior X): £…",
        # is one row of a list of grade ranges; the lines after it are not the title's)
        if len(titles) == 1 and ("€" in item or "$" in item or "£" in item):
            self.rung_pay(row.no, item, titles[0])  # "L4  Senior X ..... €77,000 – €91,000"
        if self.kind not in (Kind.LADDER, Kind.PROGRESSION, Kind.SALARY):
            self.kind = Kind.LADDER
        return True

    def rung_pay(self, no: int, item: str, title: str) -> None:
        """The figure printed on a numbered rung's own line after its title: that rung's
        pay (the role's own at its level, or the rung's title's); a line of several figures
        is a grid's row, read with its columns."""
        own = graded_own(title, self.role) or _ROMAN_GRADE.sub("", title) == self.role
        owner = self.role if own else title  # ("X II", "X Grade 2": the role's own)
        found = find_amounts(item, dollar=self.dollar, home=self.home, period=self.period)
        if no in self.column_paid or len(found) != 1 or any(
                salary.source.line == no for salary in self.out.salaries):
            return  # (a grid's row of step figures is read with its columns; a line's
            # figure read already keeps its reading)
        self.owned_pay(no, owner, found[0].low, found[0].high, found[0])

    def flush_rungs(self) -> None:
        rungs, self.rungs = self.rungs, []
        if len(rungs) < 2:
            return
        self.rung_titles = {number: titles[0] for number, titles, _ in rungs}
        self.out.progression([(titles[0], line) for _, titles, line in rungs])
        for (_, before, _), (_, after, line) in itertools.pairwise(rungs):
            for alternative in after[1:]:  # a fork: "Lead X / Principal X"
                self.out.progression([(before[0], line), (alternative, line)])

    def level_rung(self, number: int, title: str, line: int) -> None:
        """A row of a numbered level table ("1 | No | QE1 - Quality Engineer 1", "2 | Data
        Analyst | 63,000 – 78,000"): a rung of a ladder, which a lower number restarts."""
        if self.rungs and number <= self.rungs[-1][0]:
            self.flush_rungs()
        self.rungs.append((number, [title], line))

    def flush_title_rungs(self, rows: Sequence[_Row]) -> None:
        """A page titled "From A to B" whose short title lines name the rungs from A to B in
        order ("Spa attendant", "Spa receptionist or spa coordinator", …): a ladder, a rung
        of two titles forking it."""
        match = next((m for row in rows[:_TITLE_ROWS] if (m := _FROM_TO.search(row.text))),
                     None)
        if match is None:
            return
        first, last = (title_case(match.group(i).strip(" .:")) for i in (1, 2))
        rungs: list[tuple[list[str], int]] = []
        for row in rows:
            text = row.text.strip()
            if row.bullet or len(text) > _MAX_TITLE_LINE or not _RUNG_LINE.match(text):
                continue
            parts = [title_case(p) for p in _OR_SPLIT.split(text)]
            if all(self.vocab.is_role_title(p) for p in parts):
                rungs.append((parts, row.no))
        # The last rung may drop a word of the title ("General manager" for Hotel GM).
        start = next((i for i, (titles, _) in enumerate(rungs)
                      if any(_role_tail(t, first) for t in titles)), None)
        end = next((i for i, (titles, _) in enumerate(rungs)
                    if any(_role_tail(t, last) for t in titles)), None)
        if start is None or end is None or end - start + 1 < _MIN_TABLE_RUNGS:
            return
        rungs = rungs[start : end + 1]
        self.out.progression([(titles[0], line) for titles, line in rungs])
        for (before, _), (after, line) in itertools.pairwise(rungs):
            for pair in itertools.product(before, after):
                if pair != (before[0], after[0]):
                    self.out.progression([(pair[0], line), (pair[1], line)])

    def rung_title(self, text: str) -> str | None:
        """The title a line names when it is only a role title, or titles ("Chief Engineer /
        Quality Manager": the first, which owns the pay printed under it)."""
        if len(text) > _MAX_TITLE_LINE or not _TITLE_SHAPE.match(text) or (
                _PAY_IN_TITLE.search(text)) or professional_body(text) or (
                _BECOMING.search(text)) or field_of_work(text) or box_title_lead(text):
            # ("Director of X Salary Distribution": no title; "Institute of Applied
            # Practitioners" heads a survey: no rung; (fixes79) "Skills Required To Become A
            # Police Constable": a section about becoming one, no rung; (fixes83)
            # "Laboratory Management" over a career zone's pay box: a field, no rung; (real51)
            # "Key Facts Tower Rigger": the box's title, the page's own figures under it)
            return None
        parts = text.split(" / ")
        known = self.box_title if self.deck is not None else self.vocab.is_role_title
        if all(known(part.split(" (")[0]) for part in parts):  # (a slide: "Graduate Forecaster")
            return parts[0]
        return None

    def glued_ladder(self, item: str, line: int) -> bool:
        """A hierarchy printed as titles with no separator ("Pharmacy Assistant (Aide)
        Registered PharmacistClinical Pharmacist…"): a ladder, every alternative of a step
        leading to every alternative of the next."""
        steps = glued_ladder(item, self.vocab.is_role_title)
        if steps is None:
            return False
        self.out.progression([(step[0], line) for step in steps])
        for before, after in itertools.pairwise(steps):
            for pair in itertools.product(before, after):
                if pair != (before[0], after[0]):
                    self.out.progression([(pair[0], line), (pair[1], line)])
        self.out.use(line)
        return True

    def flush_chain(self) -> None:
        if not self.chain:
            return  # (most rows: nothing to flush)
        chain, self.chain = self.chain, []
        own = fact_key(self.role)
        if any(explicit for _, _, explicit in chain) or any(
                _role_tail(title, self.role)
                for title, _, _ in chain):  # "Conservator" in the Museum Conservator's box
            if len(chain) >= 2:
                steps = [(title, line) for title, line, _ in chain]
                own_at = next((index for index, (title, _) in enumerate(steps)
                               if _role_tail(title, self.role)), None)
                if printed_top_first([title for title, _ in steps]) or (
                        not printed_top_first(list(reversed([t for t, _ in steps])))
                        and printed_top_first(self.ladder_items)) or (
                        own_at is not None and ranked_around([t for t, _ in steps], own_at)):
                    steps.reverse()  # a ladder box printed top rung first (or a part of one:
                    # (real47) its list's first item, "Microbrewery Owner", ranks above its
                    # last, "Homebrewer or Apprentice Brewer", the rungs between them unranked)
                forks = [self.listed_rung(title) or level_forks(title) for title, _ in steps]
                self.out.progression(self.class_series(
                    [(titles[0], line) for titles, (_, line) in zip(forks, steps, strict=True)]))
                for (before, _), (after, (_, line)) in itertools.pairwise(
                        zip(forks, steps, strict=True)):
                    for alternative in after[1:]:  # "Lead/Principal X": a fork
                        self.out.progression([(before[0], line), (alternative, line)])
            return
        for title, line, _ in chain:  # bare titles: where the role leads
            if fact_key(title) != own and fact_key(grade_title(title) or title) != own:
                # (a grade code before the role's own title, "G1 Fleet Planner" under
                # "Levels", is its one level: no move)
                self.out.add("leads_to", title, line)

    def listed_rung(self, title: str) -> list[str]:
        """(real46) A ladder box's rung naming several titles in a comma list ("Head
        Archivist, Curator, Chief Librarian" over "Archivist"): each a title of that rung,
        a fork of the ladder; ``[]`` unless every part is a known role title."""
        if ", " not in title:
            # (real51) "Garden Therapy Consultant or Professor": two titles joined by "or",
            # each a fork of the rung when both are titles ("Header or Gang Boss" is none)
            parts = title.split(" or ")
            return parts if len(parts) == 2 and all(
                self.vocab.is_role_title(part.strip()) for part in parts) else []
        # ((real50) "Consultant, or Curator, or Appraiser": each comma's "or" joins one more)
        parts = [_OR_PART.sub("", part.strip()) for part in title.split(",")]
        if len(parts) < 2 or not all(part and self.vocab.is_role_title(part) for part in parts):
            return []
        return parts

    def class_series(self, steps: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """``steps`` with the role's own graded classes ("Court Clerk 1", "Court Clerk 2")
        as one rung, the role, when the ladder lists the role at two grades or more."""
        own = fact_key(self.role)
        graded = [fact_key(_CLASS_GRADE.sub("", title)) == own and _CLASS_GRADE.search(title)
                  is not None for title, _ in steps]
        if sum(graded) < 2:
            return steps
        folded: list[tuple[str, int]] = []
        for (title, line), is_own in zip(steps, graded, strict=True):
            title = self.role if is_own else title
            if not folded or fact_key(folded[-1][0]) != fact_key(title):
                folded.append((title, line))
        return folded

    # -- statements anywhere -----------------------------------------------------------------
    def stated_ladder(self, text: str, line: int) -> str:
        """``text`` without the ladder it states ("The usual progression is A, B, then C",
        "promoted to A, B and C"), which becomes a progression once, in any section."""
        text = self.subject_sentences(self.rung_sentences(self.told_career(text, line), line),
                                      line)
        work = _role_work(self.role)
        if work and f"into {work}" in text.lower():  # "Attendants often move into embalming"
            # (only the field itself: "into welding engineering technician roles" is a title)
            text = re.sub(rf"\binto {work}\b(?=\s*(?:[^\w\s-]|$|(?:or|and|but|as|after|"
                          r"when|instead|full-time|later)\b))", "into the field", text,
                          flags=re.IGNORECASE)
        series = _CLASS_SERIES.search(text) if "class series" in text and self.role else None
        if series is not None and line not in self.stated_lines:
            # (rules41b) "The X class series is I, II and III, with Y above it and Z at the
            # top": the numbered classes are the role, then the classes above it
            self.stated_lines.add(line)
            rungs = [self.role, *(t for t in series.group("above", "top") if t)]
            self.out.progression([(rung, line) for rung in rungs])
            return f"{text[:series.start()]} {text[series.end():]}".strip()
        if "tart" in text and "then " in text and (
                told := start_ladder(text, self.vocab, self.role or "")) is not None and any(
                fact_key(rung) == fact_key(self.role) for rung in told[0]):
            # (fixes73) "start as A in the school, then become B, and the best reach C and
            # later D", B the role: a ladder in turn, the sentence read no more for moves
            # ("start as A and move up to B, then C" without the role: its entry and moves)
            if line not in self.stated_lines:
                self.stated_lines.add(line)
                self.out.progression([(self.role if fact_key(rung) == fact_key(self.role)
                                       else rung, line) for rung in told[0]])
            text = f"{text[:told[1]]} {text[told[2]:]}".strip()
        ladder = stated_ladder(text, self.vocab, self.role if self.speech else "",
                               levels_of=self.role) if "then " in text or " to " in text else None
        if ladder is None:
            return text
        if line not in self.stated_lines:
            self.stated_lines.add(line)
            rungs = [self.role] if ladder.from_role else []
            # (a ladder printing the role's whole title as one rung: "hydrologist, then senior
            # hydrologist" has the role's levels as rungs of their own)
            printed_whole = any(fact_key(rung) == fact_key(self.role) for rung in ladder.rungs)
            for rung in ladder.rungs:  # "teller, senior teller, …" on the Bank Teller guide
                # (the role's head alone names the role, with a level word too; a ladder
                # that climbs from the role names its level words: "path to Senior X")
                plain = _SENIORITY.sub("", rung)
                own = f" {self.role.lower()}".endswith(f" {plain.lower()}") and not (
                    ladder.from_role and plain != rung)
                if ladder.levelled or printed_whole or (
                        self.role.split(" ", 1)[0].lower() in _LEVEL_WORDS):
                    own = fact_key(rung) == fact_key(self.role)  # (a levelled role's page:
                    # "junior X, X, senior X, lead X, principal X" are its ladder's rungs)
                rung = self.role if own else rung
                if not rungs or fact_key(rungs[-1]) != fact_key(rung):
                    rungs.append(rung)
            self.out.progression([(rung, line) for rung in rungs])
        return f"{text[:ladder.start]} {text[ladder.end:]}".strip()

    def told_career(self, text: str, line: int) -> str:
        """``text`` without one person's career it tells ("began his career as A … promoted
        to B in 2009 and C in 2013"), which becomes a ladder ending at the page's role: the
        appointee of a release, a guest of an episode (see
        :mod:`careergraph.guides.careers_told`)."""
        told = career_told(text, self.vocab, self.role) if (
            "began " in text or "started " in text or "went to " in text or "served " in text
            or "commenced " in text
            or "entered " in text or "joined " in text or (" us " in text and (
                "joined us" in text or "came to us" in text))) and (
            self.role) else None
        parts = self.told_parts
        number = _PARAGRAPH_NUMBER.match(text)  # ("16." would read as a sentence)
        if told is None and self.role and parts and (
                # the next numbered paragraph, or the line a paragraph wrapped onto
                (parts[-1][0] < line <= parts[-1][0] + _TOLD_PARAGRAPHS and (
                    number or line == parts[-1][0] + 1))
                or (len(parts) > 1 and parts[-1][0] == line)):
            # a findings paragraph going on with the career the ones before began ("15. …
            # began work … as a slinger signaller." / "16. … worked as a Mobile Crane
            # Operator … was appointed Tower Crane Operator"): read them as one story
            own = text[number.end() if number else 0:]
            before = " ".join(part for at, part in parts if at != line)
            lead = len(before) + 1 - (number.end() if number else 0)
            joined = career_told(f"{before} {own}", self.vocab, self.role)
            told = joined if joined is not None and joined.end > lead else None
            if told is not None:
                told = CareerTold(told.rungs, max(0, told.start - lead), told.end - lead)
                if parts[-1][0] != line:
                    parts.append((line, own))
        elif self.role and number and career_opens(text) and not (
                parts and parts[-1][0] == line):
            parts[:] = [(line, text)]  # (findings' numbered paragraphs only)
        if told is None or ("started " in text and story_ladder(text, self.vocab, self.spelled)):
            return text  # ("started as A, went to B, and became C": that reader's ladder)
        rungs = list(told.rungs)
        apprentice = fact_key(f"Apprentice {self.role}")
        held = any(rung.lower().endswith(f" {self.role.lower()}") and fact_key(rung) != (
            apprentice) for rung in rungs[:-1])  # (rules35c) "worked as a staff X before
        # becoming Chief X": the story passes through the role already, named with a qualifier
        if fact_key(self.role) not in {fact_key(rung) for rung in rungs} and not (
                told.at_employer) and not held:
            # the post the person now holds or is appointed to; a trade's own rung after its
            # apprenticeship ("served his apprenticeship as a toolmaker, later foreman")
            at = next((i + 1 for i, rung in enumerate(rungs) if fact_key(rung) == apprentice),
                      len(rungs))
            rungs.insert(at, self.role)
        if line not in self.told_lines and not (len(parts) > 1 and {
                fact_key(rung) for rung in rungs} <= {fact_key(r) for r in self.told_rungs}):
            # (once: the line's text is read more than once, and a story's next paragraph
            # that adds no post adds no ladder)
            self.told_lines.add(line)
            self.told_rungs.update(rungs)
            self.out.progression([(rung, line) for rung in rungs])
            # "joined A Fire Rescue as a firefighter in 2003": where the career was told
            self.workplaces(text[told.start:told.end], line)
        return f"{text[:told.start]} {text[told.end:]}".strip()

    def level_post(self, text: str, line: int) -> None:
        """A level's paragraph glued to its label ("Skill Level 3 Serves as squad leader of
        a section. Plans …"): the post it says the role's people hold at that level is a
        rung, reached from the post of the level below (or from the role)."""
        level = _LEVEL_PARAGRAPH.match(text)
        serves = _SERVES_AS.search(text, level.end()) if level else None
        if level is None or serves is None:
            return
        title = prose_title(_POST_OF.sub("", text[serves.end():].split(". ", 1)[0]), self.vocab)
        number = int(level.group(1))
        if title is None or (self.level_posts and self.level_posts[-1][0] >= number):
            return
        before = self.level_posts[-1][1] if self.level_posts else self.role
        self.level_posts.append((number, title))
        self.step(before, title, line)

    def rung_sentences(self, text: str, line: int) -> str:
        """``text`` without its sentences whose subject is a higher grade of the role
        ("Senior radiographers can progress to A or become B"): their moves start from that
        grade, which the role leads to."""
        if "After " in text:
            text = self.after_title(self.after_rung(text, line), line)
        if any(word in text for word in _NEXT_WORDS):
            text = self.next_from(text, line)
        if " open to " in text:
            text = self.opened_post(text, line)
        if not self.role or not (_RUNG_OPENING.match(text) or _RUNG_SUBJECT.search(text)):
            return text  # most lines name no grade at a sentence's start: one scan
        kept = text
        own = self.role.lower()
        for match in _RUNG_SENTENCE.finditer(text):
            rest = match.group(2).lower()
            if not rest.startswith(own) or rest[len(own):len(own) + 1] not in ("s", " "):
                continue  # another title's grade ("Senior nurses …" on a midwife's page)
            source = f"{match.group(1).capitalize()} {self.role}"
            sentence, beyond = match.group(0), ""
            if (further := _FURTHER_STEP.search(sentence)) is not None and _NEXT_STEP_IS.search(
                    sentence, 0, further.start()):
                # (only after "the next step is A": "X have moved into A, and some have gone
                # on to B" names two moves from X, as set 9's hand truth reads it)
                sentence, beyond = sentence[:further.start()], sentence[further.end():]
            moves = prose_moves(sentence, self.vocab)
            targets = [t for direction in ("up", "lateral") for t in moves[direction]]
            if not targets:
                continue
            if line not in self.stated_lines:
                if fact_key(source) not in self.heading_rungs:  # (a rung of the page's ladder)
                    self.out.progression([(self.role, line), (source, line)])
                for target in targets:
                    self.out.progression([(source, line), (target, line)])
                # "…; the next step is A, and a few have progressed to B": B after A
                for target in prose_moves(f"move up to {beyond}", self.vocab)["up"] if (
                        beyond) else []:
                    if fact_key(target) != fact_key(targets[-1]):
                        self.out.progression([(targets[-1], line), (target, line)])
            kept = kept.replace(match.group(0), " ")
        if kept != text:
            self.stated_lines.add(line)
        return kept.strip()

    def moves_text(self, text: str) -> str:
        """The part of a paragraph that can state moves: none under a level heading of the
        page's own ladder ("Senior X Job Grade" / "The Senior X is a grade 7."), and no
        sentence saying whom a role reports to or whom to contact."""
        heading = self.sub_text or self.top_text
        if any(heading.startswith(title) for title in self.heading_rungs.values()):
            return ""
        label, colon, rest = text.partition(": ")
        if colon and _DIGIT.search(rest) and cohort_owner(label, self.vocab.is_role_title):
            return ""  # "Graduates who went into producing: median $47,000": whose pay, no move
        related = _RELATED_RUN_IN.search(text) if "elated" in text else None
        if related is not None:  # "… supervision. Related trades: A (310T), B": no moves
            text = text[:related.start()]
        if "hiring" in text:  # "Also hiring in the kitchen: A, B.": other openings
            text = _OTHER_OPENINGS.sub(" ", text).strip()
        text = _CONTACT.sub(" ", text).strip() if _CONTACT_CUE.search(text) else text
        text = _POINTER.sub(" ", text).strip() if "ee " in text or "here " in text or (
            "lick " in text) else text
        return _REPORTS_TO.sub(" ", text).strip() if "report" in text else text

    def after_rung(self, text: str, line: int) -> str:
        """``text`` without a sentence opening "After Lead, …" on a page whose level
        headings name that rung ("Lead Paralegal"): the titles it names come after that
        rung."""
        match = _AFTER_RUNG.search(text) if self.heading_rungs else None
        rung = next((title for key, title in self.heading_rungs.items()
                     if match and title.split()[0].lower() == match.group(1).lower()), None)
        if match is None or rung is None:
            return text
        targets = [t for t, _ in titles_in(match.group(2), self.vocab)
                   if not _same_role(t, self.role) and fact_key(t) not in self.heading_rungs]
        for target in targets:
            self.step(rung, target, line)
        return text.replace(match.group(0), " ").strip() if targets else text

    def after_title(self, text: str, line: int) -> str:
        """``text`` without a sentence opening with a full title ("After Lead Geologist, staff
        can step up to A or B"): the titles it names come after that title, the role's own
        next steps when it is the role."""
        match = _AFTER_TITLE.search(text)
        if match is None or not self.known_title(match.group(1)):
            return text
        targets = [t for t, _ in titles_in(match.group(2), self.vocab)
                   if fact_key(t) != fact_key(match.group(1))]
        for target in targets:
            self.step(match.group(1), target, line)
        return text.replace(match.group(0), " ").strip() if targets else text

    def next_from(self, text: str, line: int) -> str:
        """``text`` without a sentence naming the next steps from a title ("After Senior X
        the usual steps are A and then B", "From general manager, the next moves are A or
        B", "From lead, the next rungs are A"): the steps start at that title, not at the
        role.  A bare grade word is the title with that grade the line named before it."""
        for match in _NEXT_FROM.finditer(text):
            source = self.next_source(match.group("title"), text[:match.start()])
            if source is None:
                continue
            rest = f"move up to {match.group('rest')}"
            further = _FURTHER_STEP.search(rest)
            if further is not None:
                rest, beyond = rest[:further.start()], f"move up to {rest[further.end():]}"
            targets = prose_moves(rest, self.vocab)["up"]
            steps = prose_steps(rest, self.vocab)
            if not targets:
                continue
            later = {fact_key(after) for _, after in steps}
            for target in targets:
                if fact_key(target) not in later and fact_key(target) != fact_key(source):
                    self.step(source, target, line)
            for before, after in steps:
                self.step(before, after, line)
            if further is not None:
                last = steps[-1][1] if steps else targets[-1]
                for target in prose_moves(beyond, self.vocab)["up"]:
                    if fact_key(target) != fact_key(last):
                        self.step(last, target, line)
            text = text.replace(match.group(0), " ")
        return text.strip()

    def next_source(self, title: str, before: str) -> str | None:
        """The title "After/From <title>" names: the role (its whole title or its last
        words, "general manager" for Hotel General Manager), a title the vocabulary knows,
        or for a bare grade ("lead") the last title with that grade named ``before``."""
        if fact_key(title) == fact_key(self.role) or (" " in title.strip() and (
                f" {self.role.lower()}".endswith(f" {title.strip().lower()}"))):
            return self.role
        if title.lower() in _RUNG_WORDS.split("|"):
            earlier = [t for t, _ in titles_in(before, self.vocab)
                       if t.split()[0].lower() == title.lower()]
            return earlier[-1] if earlier else None
        return title_case(title) if self.known_title(title) else None

    def opened_post(self, text: str, line: int) -> str:
        """``text`` without a sentence opening a post to holders of another ("Appointments
        to Senior Geologist are also open to staff in Field Geologist posts"): a move from
        the other post into it."""
        match = _opened_post().search(text)
        if match is None:
            return text
        held = _HELD_SPLIT.split(match.group("held"))
        if not all(self.known_title(title) for title in (match.group(1), *held)):
            return text
        for title in held:
            self.step(title, match.group(1), line)
        return text.replace(match.group(0), " ").strip()

    def rung_heading(self, text: str) -> bool:
        """``text`` is a title heading of the role's own trade: the role, or a title with the
        role's head noun, with a grade ("X II") or a bracketed level ("X (Intermediate)")."""
        base = _HEADING_GRADE.sub("", text)
        return bool(self.role) and self.vocab.is_role_title(base) and (
            fact_key(base.split()[-1]) == fact_key(self.role.split()[-1]))

    def heading_ladder(self, rungs: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
        """Level headings as one ladder: the role at a grade or with a bracketed level
        ("Paralegal (Intermediate)", "Coordinator II") is the role, one rung however many
        grades."""
        chain: list[tuple[str, int]] = []
        for title, line in rungs:
            base = _HEADING_GRADE.sub("", title)
            step = self.role if fact_key(base) == fact_key(self.role) else title
            if not chain or fact_key(chain[-1][0]) != fact_key(step):
                chain.append((step, line))
        return chain if len(chain) >= 2 else []

    def subject_sentences(self, text: str, line: int) -> str:
        """``text`` without its sentences whose subject is another role ("Supervisors can go
        on to become A or B" on a technician's page): their moves start from that role."""
        kept = text
        found = [*(_SUBJECT_SENTENCE.finditer(text) if _ANY_MODAL.search(text) else ()),
                 *(_FROM_SENTENCE.finditer(text) if "From " in text else ())]
        for match in found:
            subject = prose_title(match.group(1), self.vocab)
            own = fact_key(self.role)
            if subject is None or own.endswith(fact_key(subject)) or (
                    _clipped_compound(subject, self.role)):
                continue  # "Coaches often begin as …" on the Rowing Coach guide: the role
                # ((rules40c) "Heads can go on to become …" on the Headteacher's: its
                # short form)
            moves = prose_moves(match.group(0), self.vocab)
            targets = [t for direction in ("up", "lateral") for t in moves[direction]]
            if " " not in subject and targets and all(
                    fact_key(t.split()[-1]) == fact_key(subject) for t in targets):
                # "Officers can also move across to Loss Prevention Officer" on the security
                # guard's page: the page's workers by the head word they share, no post
                continue
            for target in targets if line not in self.subject_lines else ():
                self.out.progression([(subject, line), (target, line)])
            for before, after in prose_steps(match.group(0), self.vocab):
                self.step(before, after, line)  # "… move up to A and then B"
            if targets:
                kept = kept.replace(match.group(0), " ")
        if kept != text:
            self.subject_lines.add(line)
        return kept.strip()

    def pathway_title(self, text: str) -> bool:
        """A title in a pathway diagram's box: a known title, or one of the role's trade
        ("Student Dietitian" on a dietitian's page)."""
        last = self.role.rpartition(" ")[2].lower()
        return self.vocab.is_role_title(text) or (bool(last) and (
            text.rpartition(" ")[2].lower() in (last, f"{last}s")))

    def trade_step(self, text: str) -> str | None:
        """A step of a printed path that is a title of the role's trade in Title Case
        ("Principal Hydrologist" on a hydrologist's page), its bracketed aside dropped."""
        bare = " ".join(_ASIDE_AFTER.sub("", text).split())
        words = bare.split()
        if not 0 < len(words) <= _BOX_WORDS or not all(
                w[:1].isupper() or w in _TITLE_CONNECTORS for w in words):
            return None
        return bare if self.pathway_title(bare) else None


_LIST_ITEM_WORDS = 6  # a listed title is a few words
_CHEVRON_SPLIT = re.compile(r"\s+>\s+")
_MIN_CHEVRON_RUNGS = 3


# (fresh55) The lead of a sentence comparing another job's pay ("For comparison, a X is paid
# …", "By comparison, Xs earn …"), and a stop that opens a further sentence.
_COMPARISON_LEAD = re.compile(r"(?:For|By|In)\s+(?:comparison|reference)\b"
                              r"|Compared\s+(?:with|to)\b")
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
# (fresh55) A list of names closed by a stop, then a sentence opened by a capitalised word
# and going on in lower case ("GIS Analyst, Statistician. Some moved across to …").
# (rules50c) A heading of a list of the site's other job descriptions ("Related job
# descriptions"): links to other pages, which say no way; the page's prose may
# (builder.unsided_move).  (A "Related Careers" list names careers to move to, whichever
# way the prose has them too: set 3's dog groomer keeps "Kennel Assistant" both ways.)
_UNSIDED_LIST = re.compile(r"\b(?:related|similar|other)\s+job\s+descriptions?\b",
                           re.IGNORECASE)
_LIST_THEN_PROSE = re.compile(r"([^.]+?)\.\s+(?=[A-Z][a-z]+\s+[a-z]+\b)")


def capitalised_items(text: str) -> list[str]:
    """Two or more short capitalised names set apart by commas or semicolons ("and" before
    the last), as their pieces, or [].

    >>> capitalised_items("Yard Hand, Forklift Driver and Stock Controller")
    ['Yard Hand', 'Forklift Driver', 'Stock Controller']
    >>> capitalised_items("Some move into sales, others teach")
    []

    In a list set apart by semicolons an "and" inside an item joins two words of one title
    when the word before it names no worker ("Health and Safety Engineer"):

    >>> capitalised_items("Energy Engineer; Health and Safety Engineer; Site Manager")
    ['Energy Engineer', 'Health and Safety Engineer', 'Site Manager']
    """
    if ";" in text:
        pieces = [p.strip() for part in re.split(r";\s*(?:and\s+|or\s+)?", text)
                  for p in _joined_title(part.strip())]
    else:
        pieces = [p.strip() for p in re.split(r"[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+",
                                              text)]
    return pieces if len(pieces) >= 2 and ("," in text or ";" in text) and all(
        p and len(p.split()) <= _LIST_ITEM_WORDS and all(
            w[:1].isupper() or w == "and" for w in p.split()) for p in pieces) else []


def _joined_title(part: str) -> list[str]:
    """A semicolon list's item, cut at its "and"/"or" (or commas) unless the "and" joins two
    words of one title: one word before it that names no worker, a worker's noun ending the
    words after it ("Health and Safety Engineer"; "Welder and Fitter" is two)."""
    pieces = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", part)
    if len(pieces) == 2 and " and " in part and " " not in pieces[0] and (
            not practitioner_noun(pieces[0])) and pieces[0] not in load_lexicon().role_heads and (
            " " in pieces[1] and practitioner_noun(pieces[1].split()[-1])):
        return [part]
    return pieces


# A title's programme: the title, then a programme's word ("Graduate Engineer Programme").
# (real44) or a qualification's: "become a leisure centre manager with the National Pool
# Management Qualification" names the award, no title
# ((real48) and an apprenticeship named by its trade and level: "apply to do a Removals
# Operative Level 2 Intermediate Apprenticeship": the course, no post moved from)
_PROGRAMME_AFTER = re.compile(rf"\s+(?:{_PROGRAMME}|(?:Qualification|Certificate|Diploma)\b|"
                              r"(?:Level\s+\d\s+)?(?:(?:Intermediate|Advanced|Higher|Degree)\s+)?"
                              r"Apprenticeship\b)")


def _programme_named(title: str, text: str) -> bool:
    """``text`` names ``title`` followed by a programme's word: the title found as a
    literal, then the word matched after it (no pattern compiled a title: speed16).

    >>> _programme_named("Graduate Engineer", "Join our Graduate Engineer Programme."), (
    ...     _programme_named("Graduate Engineer", "A Graduate Engineer earns more."))
    (True, False)
    """
    if not title:
        return re.search(rf"\b\s+{_PROGRAMME}", text) is not None
    return next(needle_matches(text, text, title, _PROGRAMME_AFTER, edge=True),
                None) is not None
