"""Section kinds of a long-form guide: :class:`Kind`, the kind sets the parser
consults, and :func:`classify_heading` (a heading's words → its kind).

>>> classify_heading("Career Progression")
<Kind.LADDER: 'ladder'>
"""

from __future__ import annotations

import re
from enum import Enum

from careergraph.guides.builder import Bucket
from careergraph.guides.headings import HeadingVocabulary, load_headings
from careergraph.model import SkillKind


class Kind(Enum):
    """What a section's lines are about."""

    OVERVIEW = "overview"
    RESPONSIBILITIES = "responsibilities"
    SKILLS = "skills"
    SOFT_SKILLS = "soft_skills"
    REQUIREMENTS = "requirements"
    PROGRESSION = "progression"
    DEVELOPMENT = "development"
    SALARY = "salary"
    EMPLOYERS = "employers"
    SECTORS = "sectors"
    MARKET = "market"
    CHALLENGES = "challenges"
    PRACTICES = "practices"
    MOVES_UP = "moves_up"
    LATERAL = "lateral"
    MOVES_IN = "moves_in"
    LADDER = "ladder"
    TOOLS = "tools"
    OFTEN_MISSING = "often_missing"
    NEXT_STEPS = "next_steps"
    ALIASES = "aliases"
    OTHER = "other"

    # (a kind equals itself only: hashed by identity in C, not by ``Enum.__hash__``'s Python
    # call; a page tests its rows' kinds against kind sets ~1,000 times: speed16)
    __hash__ = object.__hash__


# Sections whose lines are items of a list (a short plain line is an item, not prose).
_LIST_KINDS = frozenset({
    Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS, Kind.OFTEN_MISSING, Kind.EMPLOYERS,
    Kind.SECTORS, Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.LADDER, Kind.PROGRESSION,
    Kind.RESPONSIBILITIES, Kind.NEXT_STEPS, Kind.ALIASES,
})
# Kinds a bullet label may open for its own line ("• Advancement To: Staff X, Principal X").
_LABEL_KINDS = frozenset({
    Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.LADDER, Kind.EMPLOYERS, Kind.SECTORS,
    Kind.TOOLS, Kind.OFTEN_MISSING,
})
# Sections that name other roles as moves: up, across, in, or a ladder of rungs.
MOVE_KINDS = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.LADDER})
# ... all of which a label is recognised as by its words ("Common feeder roles: …").
_WORD_LABEL_KINDS = MOVE_KINDS
_VACANCY_REACH = 15  # an apprenticeship vacancy's title is among its first lines
_MOVE_BUCKETS: dict[Kind, Bucket] = {
    Kind.MOVES_UP: "leads_to", Kind.LATERAL: "transitions_to", Kind.MOVES_IN: "moves_in",
}
_SAID_TITLE_WORDS = 4  # a chapter's title said as the chapter's first sentence
_SLIDE_NAME_WORDS = 6  # a slide's line of this many words or fewer may be one employer
# Slide titles above a career-path graphic flattened one box a line ("Career path at X").
_SLIDE_LADDERS = frozenset({Kind.LADDER, Kind.PROGRESSION})
# Sections of a transcript whose speech names skills (see guides.talk).
_SPOKEN_SKILLS = frozenset({Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS, Kind.RESPONSIBILITIES})
_SKILL_KINDS = {Kind.SKILLS: SkillKind.TECHNICAL, Kind.SOFT_SKILLS: SkillKind.SOFT,
                Kind.TOOLS: SkillKind.TOOL, Kind.OFTEN_MISSING: SkillKind.OFTEN_MISSING}


# Headings that open a top-level section (sub-headings that say nothing inherit its kind).
_TOP_HEADINGS = frozenset(
    {
        "overview",
        "core responsibilities",
        "essential skills",
        "required skills and experience",
        "educational and experience requirements",
        "preferred qualifications",
        "career path and salary",
        "requirements",
        "career development",
        "market demand",
        "industry trends",
        "essential soft skills",
        "best practices",
        "common challenges",
    }
)
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")
_LONG_CRITERION = 60  # words: a longer line under criteria is a paragraph, not a criterion
# Sections whose lettered labels may be kinds of employer ("1. Pay by Employer Type" is read
# as pay, as a section no rule knows, or as employers: "Monthly figures by employer type:").
_PAY_BY_KIND = frozenset({Kind.SALARY, Kind.OTHER, Kind.EMPLOYERS})
_LETTERED = re.compile(r"[a-h][.)]\s+(\S.*)")  # "b. MEP Contractors": a lettered label
# A numbered rung with its pay after it ("2. Senior X (BS-18) Rs. 57,060 – Rs. 130,130").
_PRICED_RUNG = re.compile(r"(\d{1,2}[.)]\s+[A-Z][^\d]{2,80}?(?:\([^)]{1,12}\))?)\s+"
                          r"(?:Rs\.?|PKR|BDT|Tk\.?|[A-Z]{3}|[$€£₹৳₱₦])\s?\d")
_REQUIREMENT_LABELS = ("experience", "education", "degree", "background", "certif", "qualif",
                       # a context, not a skill ("For car delivery: licence, registration")
                       "for ")
# What an offer adds to its base ("$72,000 base plus $95 per closing"): a fee, no pay.
_OFFER_EXTRA = re.compile(r"\s+(?:plus|\+|and)\s+", re.IGNORECASE)
# A licence or certificate named before its grades in brackets ("IRSE licences (Designer,
# Tester)", "CSCS card (Gold, Blue)"): the grades are no skills.
_LICENCE_HEAD = re.compile(r"\b(?:licen[cs]es?|certificates?|certifications?|cards?|"
                           r"registrations?|tickets?)$", re.IGNORECASE)
# A line labelled with the credentials it lists ("Certs: A, first aid.", "Tickets you need:
# …"): certificates, whose names (first aid) are no skills there.
_CERT_LABEL = re.compile(r"(?:certs?|certificates?|certifications?|tickets?)\b[^:]{0,40}:",
                         re.IGNORECASE)
_DUTY_PARTS = 3  # semicolons in a paragraph of duties run on one line
# A duty's verb and its object ("calls the calendar", "prepares orders"): a duty, no technique.
_DUTY_VERB = re.compile(r"[a-z]+[^s\W]s\s|\S+\s+(?:the|a|an|all|their|its|each)\s")
_TECHNIQUE_WORDS = 4  # words of a duty list's item that names a technique
_SALARY_WORDS = ("salar", "compensation", "earn", " pay", " paid", "(paid", "wage", "remunerat",
                 "stipend", " pro rata",  # ("12 months, £23,000 pro rata": a placement's)
                 "start at ", "start on ", "starting at ", "take home", "takes home",
                 # first-person pay in forum posts ("I made $71k", "starts at … tops out at")
                 "starts at ", "tops out", " made ", " make ", " makes ",
                 # "For comparison, a X starts on £…", "a Y begins at 2 001,30 €"
                 "starts on ", "begins at ", "begins on ",
                 # (rules49a) a translated posting's next rung ("The area manager starts
                 # from 160 000 lekë bruto")
                 "starts from ", "start from ",
                 # a recruiter's offer ("the base for this role is …", "a package of …")
                 "the base for ", " base is ", "a base of ", "package of ", "package is ",
                 # a source's statistic ("the OEWS release gives a median of $42,310")
                 "a median of ",
                 # (real38) a statistics office's word for a worker's pay ("the average,
                 # yearly income for flight attendants was $37,740")
                 "yearly income", "annual income",
                 # a pay formula's labelled benchmark ("Role benchmark, X ...... $84,000")
                 "benchmark",
                 # an Indian appraisal's or offer's cost to company ("Current CTC: ₹9.6 L
                 # p.a.") and an HR block's current and new base ("New base $70,794")
                 " ctc", "ctc:", " base salary", "new base ", "current base ",
                 # (fixes90) an Indian job board's yearly package in lakhs "per annum" ("₹ 2.0
                 # – 2.8 Lacs P.A."; a bare "LPA" is not enough: "join as X at ₹4.8 LPA" in
                 # prose and a testimonial's "…, Pune, 4.5 LPA" stay unread)
                 " lacs p.a", " lac p.a", " lakhs p.a", " lakh p.a",
                 # (rules34b2) a contractor's word for pay ("Staff jobs instead of day
                 # rate: PT1 roughly £48,000 – £62,000 a year")
                 "day rate",
                 # (rules36b) a posting's second-person offer ("as a student you receive
                 # DKK 14.622,69 in the first year")
                 "you receive ", "you will receive ", "you'll receive ",
                 # (rules36b) a roster page's year ("an offsider typically grosses $128,000")
                 " grosses ", " grossed ",
                 # (rules36a) an opening's advertised band ("Current vacancy: X — full time,
                 # £32,000 – £36,000 per annum", "roles are advertised at £40,000")
                 "vacanc", "advertised at ",
                 # (carry41) a grant's costed post on a UK pay spine ("costed at Grade 6,
                 # spine points 22 to 25 (£…)", "the Grade 5 entry point of £…", "one post at
                 # £… for 24 months", "regrading as Senior X (£…)")
                 "spine point", "costed at", "entry point of", " post at ", "regrading as",
                 # (rules57a) a translated posting's probation pay with no pay word ("During
                 # the probation period (3 months) 1 700 AZN net")
                 "probation period", "trial period")
# An opening announced with its band in brackets ("We're hiring two designers at X ($110k–
# $130k, hybrid)"): the advertised pay, with no pay word.
_HIRING_PAY = re.compile(r"\b[Hh]iring\b[^.()]{0,80}\(\s*[$€£][\d.,]+[kK]?\s*[–—-]\s*[$€£]?\d"
                         # "You'll join … as a Signalling Engineer (typically £40,000–£46,000)":
                         # a post one joins as, with its band in brackets
                         r"|\b(?:join|joins|start|starts|move|moves|promoted)\b[^.()]{0,60}\bas an?"
                         r"(?:\s+[A-Z][\w&-]*){1,5}\s*\((?:typically|usually|around|about)?"
                         r"\s*[$€£₹]\d"
                         # "Graduates finish as Survey Technicians on $70,000–$80,000": the
                         # post a programme ends in, with its band
                         r"|\b[Gg]raduates\s+(?:finish|stay on|remain|qualify|end up)\s+as\b"
                         r"[^.()]{0,80}\bon\s+[$€£₹]\d"
                         # (rules59a) a post one can become, its pay in brackets after it
                         # ("it is possible to become the head of the X department (from
                         # 120 000 som)")
                         r"|\bbecome\s+(?:the\s+|an?\s+)?[\w' -]{3,60}?\s*\((?:from|about|around"
                         r"|up\s+to)?\s*(?:[$€£₹]|Rs\.?)?\s?\d")
# A currency figure stated per month, week or hour is pay even with no pay word ("Freshers
# - INR 8,000 to INR 10,000 per month").
# A title with its pay in brackets after it ("Regional Educators (paid $650 a day)").
_PAID_ASIDE = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*\((?:paid|earning|on"
                         # ("as an Animal Care Assistant (currently £11.90 …)": a hedge first)
                         r"|currently|now|about|around|roughly|approximately|typically|usually"
                         # ("Placement Students (12 months, £23,000 pro rata)": its term first)
                         r"|\d{1,2}\s+(?:months?|weeks?|years?),)\s*$")
# Talk of one's own pay with no pay word: "I was on about £69,000 a year", "I'm on $31 an hour".
_WAS_ON = re.compile(r"\b(?:was|am|'m|’m|were|are)\s+on\s+"
                     r"(?:about\s+|around\s+|roughly\s+|like\s+)?[$€£₹¥]\s?\d")
_PER_PERIOD = re.compile(r"\d\s*(?:[Pp]er|[Aa]n?|/)\s?(?:[Mm]onth|[Ww]eek|[Dd]ay|[Ss]hift|[Hh]our"
                         r"|hr)(?![a-z])"
                         # (a flyer's capitals: "$165/DAY", "$21/HR")
                         r"|\d\s*/\s?(?:MONTH|WEEK|DAY|SHIFT|HOUR|HR)(?![A-Za-z])"
                         # (a euro rate by the hour, gross: "14,20 € brutto/h")
                         r"|\d\s?[€£$]?\s?(?:brutto|gross)?\s?/\s?h(?![a-z])"
                         # (rules35d: a currency's code between, as Nordic pages print it:
                         # "37 600 SEK/month", "36 200 SEK per month", "410 kr/hour")
                         # (rules37a: and Czech pages, "41 800 Kč/month", "CZK a month")
                         # (rules46a: and the euro's code, with "h" for the hour: a
                         # Lithuanian posting's "7,20 – 9,50 EUR/h gross")
                         # (rules59a: and the Kyrgyz som, "800 som per day")
                         r"|\d\s?(?:SEK|NOK|DKK|ISK|CHF|kr|CZK|Kč|UAH|EUR|soms?|KGS)\s?"
                         r"(?:/|per\s|an?\s)\s?"
                         r"(?:month|week|day|hour|h(?![a-z]))\b"
                         # (rules52a: a dollar figure and the adverb of its period, as a
                         # position description prints a class's range in passing:
                         # "Survey Aides (seasonal, $16.20 hourly)")
                         r"|[$€£]\s?\d[\d,]*(?:\.\d{1,2})?\s(?:hourly|monthly|weekly)\b(?!\s[a-z])")


def classify_heading(heading: str, vocab: HeadingVocabulary | None = None) -> Kind:
    """The :class:`Kind` a heading's words announce (OTHER when they say nothing), from the
    heading vocabulary (``data/headings.yaml``).

    >>> classify_heading("Salary Ranges (US Market, 2024)"), classify_heading("Soft Skills")
    (<Kind.SALARY: 'salary'>, <Kind.SOFT_SKILLS: 'soft_skills'>)
    >>> classify_heading("Geographic Variations")
    <Kind.OTHER: 'other'>
    """
    found = (vocab or load_headings()).classify(heading)
    return Kind(found) if found is not None else Kind.OTHER
