"""Pay reading for the long-form parser: salary lines and sentences, pay rows and
cards, wage grids, glued pay rows and whose pay a figure is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from careergraph.guides.activity_fields import activity_title, pay_field
from careergraph.guides.amounts import (
    column_terms,
    find_amounts,
    find_money,
    joined_extremes,
    legend_extremes,
    running_scale,
)
from careergraph.guides.builder import Bucket, fact_key
from careergraph.guides.delimited import band_joined
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.hire_fields import next_entry, verified_post
from careergraph.guides.issuers import card_titles
from careergraph.guides.items import other_role
from careergraph.guides.ladders import _NUMERAL
from careergraph.guides.leader_rows import (
    flair_jobs,
    inverted_title,
    leader_owner,
    template_job,
)
from careergraph.guides.level_rows import (
    attribution_line,
    heading_region,
    row_stage,
    scope_of_practice,
    whole_trade_row,
)
from careergraph.guides.listed_pay import listed_title, next_listed
from careergraph.guides.listings import qualified_title
from careergraph.guides.longform_lines import (
    _DIGIT,
    _FIGURE,
    _OWN_RATE,
    _PAY_LEAD,
    _SHORT_HEADING,
    _SHORT_WORDS,
    _STAT_LABEL,
    _Row,
)
from careergraph.guides.longform_patterns import (
    _LEVEL_WORDS,
    _OTHER_JOBS,
    _OTHER_RANKS,
    _SPECIALISM_TAIL,
    _TRAILING_ASIDE,
    RUNG_FIRST,
    _base_key,
    _graded_tail,
    _occupation_cell,
    _pay_key,
    _role_tail,
    _same_role,
    _stepped_role,
    learner_after,
)
from careergraph.guides.longform_skills import SkillMixin
from careergraph.guides.money_grammar import Money, label_period, labelled_band, stated_period
from careergraph.guides.move_items import ladder_step
from careergraph.guides.move_stories import held_now
from careergraph.guides.next_job import next_job
from careergraph.guides.not_pay import (
    is_not_pay,
    penalty_days,
    price_heading,
    rate_then_total,
    timed_money,
    week_estimate,
)
from careergraph.guides.notices import grade_lead
from careergraph.guides.pay_columns import glued_header, grid_rows, row_title
from careergraph.guides.pay_leads import charge_title, dashed_grade, graded_cell, owner_lead
from careergraph.guides.pay_owners import (
    card_term_owner,
    cohort_owner,
    comparator_title,
    compared_clause,
    family_title,
    figure_titles,
    lower_plural_title,
    membership_grade,
    pay_label_title,
    salary_title,
    stand_in_owner,
    stated_for,
    stated_owners,
)
from careergraph.guides.position_blocks import BLOCK_ROWS, block_title, from_head, to_head
from careergraph.guides.rank_rows import own_rank_row, rank_owner, role_at_rank
from careergraph.guides.roles import (
    SOC_CODE,
    alias_titles,
    practitioner_noun,
    singular_title,
    title_case,
)
from careergraph.guides.rung_pay import ladder_rungs, row_rungs, rung_asides, rung_owner
from careergraph.guides.said_pay import said_owner
from careergraph.guides.salary import Statistic, read_salaries, salary_level
from careergraph.guides.section_kinds import (
    _HIRING_PAY,
    _MOVE_BUCKETS,
    _PAID_ASIDE,
    _PER_PERIOD,
    _SALARY_WORDS,
    _WAS_ON,
    Kind,
    classify_heading,
)
from careergraph.guides.start_top import joined_top, starts
from careergraph.guides.survey_focus import professional_body, qualifiers
from careergraph.guides.text import strip_bullet
from careergraph.guides.told_pay import told_owner
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wage_schedule import not_pay_heading, not_wage, schedule_words, work_fee_row
from careergraph.lexicon import bundled_level_words
from careergraph.model import SalaryRange, money_amount
from careergraph.names import is_acronym_of

# (fixes78) Grade words that open a post's title and name its holders alone ("Consultant
# Radiologist": "Consultants earn …"), and the buckets a distinct rung of that name sits in.
_GRADE_WORDS = frozenset({"consultant", "specialist", "registrar", "attending", "resident",
                          "fellow"})
_RUNG_BUCKETS: tuple[Bucket, ...] = ("moves_in", "leads_to", "transitions_to")

# A bracketed aside right before a price ("Temp Clerk (peak season) $95 - $120 per hour").
# ("Chief Plant Operator (exempt) - $104,200 - …": a dash may set the figure off)
# A strip's heading naming places ("By state (Arborist, median hourly)", "Median by region"):
# its cells' names are places, the role's pay in each.
# A sentence's pay "for that role" / "in that post": the post the sentence before names.
# A table row's cell priced with a currency mark, and a cell holding a bare range of figures
# ("| 2 | 2,000 - 4,000 | 60% | $30.58 |": the hours, points or units of an apprentice step;
# "| Texas | 8,730 | 9,607 | $74,466.00 |": a region's head counts; beside a priced cell, a
# bare figure or range is no money and is blanked, so offsets stay).
_PRICED_CELL = re.compile(r"(?:^|\|)[^|]*[$€£₹₱₦¥৳][^|]*(?:\||$)")
_BARE_RANGE_CELL = re.compile(r"(?<=\|)\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?=\|)")
# A code's or a class's label right before a bare figure ("Risk class: 5363", "Job code 4410").
# (fresh58: a classification's "(series 4620)" too)
_CODE_LABEL = re.compile(r"\b(?:class|code|number|no\.|ref(?:erence)?|id|series)\s*[:#]?\s*$",
                         re.IGNORECASE)
_CURRENCY_MARK = re.compile(r"[$€£₹₱₦¥৳]|\b[A-Z]{3}\b")
_THAT_POST = re.compile(r"\b(?:for|in)\s+that\s+(?:role|post|position|job|grade)\b")
# A told career's "It paid $N" (or "That job paid"): the pay of the post told just before.
_IT_PAID = re.compile(r"^\s*(?:It|That(?:\s+(?:job|role|post|position))?|The\s+(?:job|role|post|"
                      r"position))\s+(?:only\s+)?(?:paid|was\s+paying)\b")
# A post told "as a X" (a told career's step), up to its place, employer or the sentence end.
_AS_POST = re.compile(r"\bas\s+an?\s+([a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?)"
                      r"(?=[.,;]|\s+(?:at|in|with|for|from|on|until)\b)")
_LISTED_CELLS = 3  # a job list's row: its job, its company, its pay
_POST_PROBE = 40  # characters of a sentence that find it in its paragraph
# A sentence's subject that is a job holder, not a person by name ("A Pastry Baker earns").
_HOLDER_SUBJECT = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Oo]ur|[Ee]very|[Ee]ach|[Aa]ny)\s")
# The post a figure is earned in, right after it ("earns £41,000 a year as a site manager in
# Leeds"), up to its place, employer, a conjunction, a bracketed aside or the sentence's end;
# (fresh50) after a slashed period and without an article when in Title Case ("€290/day as
# Lighting Programmer (via agency)").
# (fixes71) A post after a spaced slash, then its holder's year: "… yen / Site leader, 8th year".
_SLASH_HOLDER = re.compile(r"\s*/\s+(?P<post>[A-Z][a-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,3}),\s+"
                           r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fifth|tenth)\s+year\b")
_AS_AFTER = re.compile(r"(?:\s*/\s*(?:yr|year|annum|mo|month|wk|week|day|hr|hour)\b|"
                       r"\s+(?:a|an|per)\s+(?:year|annum|month|week|day|hour))?\s+as\s+"
                       r"(?:an?\s+([A-Za-z][\w'-]*(?:\s[A-Za-z][\w'-]*){0,3}?)|"
                       r"([A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,3}?))"
                       # ((rules49b) "earning around $48,000 as a Marketing Coordinator now —")
                       r"(?=[.,;]|\s+\(|\s+(?:at|in|with|for|from|on|until|and|but|after|now|"
                       r"currently|today)\b|\s+[—–]\s|$)")

_STRIP_BY_PLACE = re.compile(r"(?i)\b(?:by|per|across)\s+(?:state|region|province|territory|"
                             r"county|city|metro(?:politan area)?|location|area)s?\b")


# (rules40b) A short caption line naming fees, with no figure ("Test fees 2026/27 (per
# candidate, payable at the bank)", "Trade test fees 2026"): a few words, "fees", perhaps a
# year and a bracketed note.
_FEE_CAPTION = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+fees(?:\s+(?:19|20)\d\d"
                          r"(?:[/-]\d\d)?)?\s*(?:\([^()]*\))?\s*:?$")


def _fee_caption(text: str) -> bool:
    """Whether ``text`` is a short caption of fees (and of no pay) over the figures below it.

    >>> _fee_caption("Test fees 2026/27 (per candidate)"), _fee_caption("Trade test fees 2026")
    (True, True)
    >>> _fee_caption("Salary and fees"), _fee_caption("Fees rose by $2,000 in 2025")
    (False, False)
    """
    return "fees" in text and _FEE_CAPTION.match(text.strip()) is not None and (
        not_pay_heading(text))


@cache
def _stat_opening() -> re.Pattern[str]:
    """A key finding's statistic before the people it is about ("Middle 50% of qualified
    X", "Average annual base for a Y", "Median hourly rate for all Zs"); its qualifiers
    ("qualified") are the survey headline's (``survey_focus.qualifiers``)."""
    return re.compile(r"(?i:(?:the\s+)?(?:middle|top|bottom)\s+\d{1,2}\s?%\s+of\s+|"
                      r"(?:the\s+)?(?:median|average|mean|typical)\b[\w ]{0,30}?"
                      # (carry36) a statistics row's "Median salary, all Xs", "Median,
                      # Region Y": the statistic, then whom or where it is about
                      r"(?:\s(?:for|of)\s+|,\s+)(?:an?\s+|all\s+|the\s+)?)"
                      rf"(?:(?:{phrase_alternation(qualifiers())})\s+)?")


_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
# The head of a figure in euro notation a clause may end with ("3.", "€ 1" of "3.904 €",
# "€ 1.970,-"), and that figure ("€ 1.970", "3.904").
_EURO_HEAD = re.compile(r"(?:€\s?)?\d{1,3}\.?$")
_EURO_FIGURE = re.compile(r"(?:€\s?)?\d{1,3}(?:\.\d{3})+")
_CLAUSE_VERB = re.compile(r"\s(?:is|are|was|were|earns?|makes?|gets?|takes?|ranges?|sits?)\b")
# A grade printed with its title in brackets before a figure ("Grade 7 (Enforcement Officer):
# £31,067 – £33,366", "Band 5 (Staff Nurse) –").
# (rules41c) A title glossed with its native word ("Machine Operator (gépkezelő)", "Lead
# Confectioner (műszakvezető cukrász)"): lower-case words, no figure.
_GLOSSED = re.compile(r"\b(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+\("
                      r"(?P<native>[^\W\d_A-Z][^\W\d_]*(?:\s[^\W\d_A-Z][^\W\d_]*){0,2})\)")
# (speed23) What every _GLOSSED match holds: a space, then its native words in brackets.
_GLOSS_BRACKET = re.compile(r"\s\([^\W\d_A-Z][^\W\d_]*(?:\s[^\W\d_A-Z][^\W\d_]*){0,2}\)")
# The words opening a clause before its subject ("the", "our").
_CLAUSE_OPENING = re.compile(r"^(?:(?:and|while|whereas)\s+)?(?:the|our|a|an)\s+",
                             re.IGNORECASE)
# "… and Title (Range 28) $…": the next graded title's figure after an "and".
_AND_NEXT_TITLE = re.compile(r"\s+and(?= [A-Z][\w'&/-]*(?:\s+[A-Z][\w'&/-]*){0,5}\s*\(\s*"
                             r"(?i:grade|band|scale|level|range|class)\s+\w{1,4}\s*\))")
# (rules41c: a salary schedule's range, "Range 26 (Bus Driver Trainer) is $24.90 - …", too)
# (carry47) The same at a line's start in sentence case, a grade's numeral kept with it
# ("Meter technician II (Grade 20): $…", "Meter shop supervisor (Grade 25, exempt): $…").
_SENTENCE_GRADED = re.compile(r"^\s*(?P<title>[A-Z][a-z][\w'&/-]*(?:\s+[a-z][\w'&/-]*){1,4}"
                              r"(?:\s+[IVX]{1,4})?)\s+\(\s*(?i:grade|band)\s+\w{1,4}"
                              r"(?:\s*,[^()]{1,30})?\s*\)\s*[:–—-]?\s*\S?$")
# (carry48) the same title named after a verb or "to" inside a sentence ("The usual next step
# is Plant operations manager (band S4: $86,000 – …"): its band is its own
_SENTENCE_GRADED_AFTER = re.compile(r"\b(?:is|are|to|as|becomes?)\s+(?:an?\s+|the\s+)?"
                                    r"(?P<title>[A-Z][a-z][\w'&/-]*(?:\s+[a-z][\w'&/-]*){1,4})"
                                    r"\s+\(\s*(?i:grade|band)\s+\w{1,4}\s*[,:]\s*\S?$")
_GRADE_NUMERAL = re.compile(r"[IVX]{1,4}")
_GRADE_OWNER = re.compile(r"\b(?:Grade|Band|Level|Scale|Class|Range)\s+\w{1,4}\s*\("
                          r"(?P<title>[A-Z][\w'&/-]*(?:\s+[A-Z][\w'&/-]*){0,5})\)\s*"
                          r"(?:is\s+)?[:–—-]?\s*$")
# A title, then its grade or band and the figure ("Contracts Officer (Grade 5, £29,605 – …",
# "GIS Analyst is grade 19 ($68,400 – …"): the figure is that title's.
# (rules35c: "For reference, Engineering Technician II is at grade 13: $27.31 – …" too)
_TITLE_GRADED = re.compile(r"(?:^|[\s(])(?!(?:It|This|That|The|Each)\s)(?P<title>[A-Z][\w'&/-]*"
                           # (rules44b) "Data and Exams Manager (Grade 7, …": "and" inside
                           r"(?:\s+(?:of\s+|and\s+(?=[A-Z][\w'&/-]*\s+[A-Z]))?[A-Z][\w'&/-]*){0,5})"
                           r"\s+(?:(?:\(\s*|is\s+(?:on\s+|at\s+)?)(?:pay\s+)?(?i:grade|band|scale|level)\s+\w{1,4}"
                           r"\s*[,(:]\s*(?:about\s+|around\s+)?\S?"
                           # (left58) a pay range's number with its figure in one bracket
                           # ("Records Clerk II (Range 30: $19.10 – …")
                           r"|\(\s*(?i:range)\s+\d{1,3}\s*[,:]\s*\S?"
                           # (rules41c) "Transportation Dispatcher (Range 28) $26.15 - …":
                           # the grade's bracket closed before the figure
                           r"|\(\s*(?i:grade|band|scale|level|range)\s+\w{1,4}\s*\)\s*(?:is\s+)?"
                           r"[:–—-]?\s*\S?)$")
# A programme with its own title that newcomers join, then its figure ("New graduates first
# join the Management Trainee (MT) program for 6 months with a salary of Rp …").
_PROGRAMME_PAY = re.compile(r"\bjoin(?:s|ed)?\s+(?:the|our|a)\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z]"
                            r"[\w-]*){0,3})\s+(?:\([A-Z]{2,5}\)\s+)?(?:program|programme|scheme)\b")
# (rules44b) A level word's holders as a pay clause's subject ("; our principals earn").
_LEVEL_HOLDERS = re.compile(r"(?:^|[;:,]\s+)(?:our\s+|the\s+|and\s+)*([a-z]+)s\s+(?:typically\s+|"
                            r"usually\s+|often\s+)?(?:earn|make|get|are\s+paid)\w*\s*$")
# (fresh59) A run-in rate label: a title (capitalised, five words at most) and a note in lower
# case in a bracket, no figure or pay word in it ("Multi-skilled operator (two or more
# machines): ").
# (Not "We offer- for trainees (pripravnik): ", no title, nor "Production manager (for
# reference): ", a comparison the note names.)
# (fixes103) A form's row of fields set apart by wide spaces, the figure's field last ("JOB:
# KILN OPERATOR      JOB CLASS: 14      RATE: $27.10/hr" on a bid sheet): the figure is read
# under its own field's label alone (the job's, not a title from the other fields' words).
_FIELD_ROW = re.compile(r"^[A-Z][\w ]{0,20}:\s.*\S\s{3,}(?P<cell>[A-Z][A-Za-z ]{1,20}:\s*)$")
_ASIDE_LABEL = re.compile(r"^(?!(?i:we|our|you|your|for)\b)(?P<title>[A-Z][\w'’]*(?:-[\w'’]+)*"
                          r"(?: [\w'’]+(?:-[\w'’]+)*){0,4}) \((?![^()]*(?:\d|\b(?:"
                          r"hour|day|week|month|year|annum|gross|net|basic|pay|rate|salary|"
                          r"wage|shift|time|for|reference|compar\w*|information|example|"
                          r"previous|former|old)\b))[a-z][^()]*\): $")
# (fresh59) A rate row's title whose "lead" a field word qualifies before the role's title
# ("clinical lead physiotherapist").
_QUALIFIED_LEAD = re.compile(r"^(?P<field>[A-Za-z][a-z-]+)\s+(?i:lead)\s+(?P<rest>\S.*)$")
_STRIP_LABEL_WORDS = 8  # (rules44b) "Other jobs at Tadika Bulan Sdn Bhd:"
_NUMBERED_PLACE = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} \d{1,3}")
# A grade or band with its figure in a sentence ("The post is Grade 6 (£33,966 - …"): pay.
# ("Band: AfC Band 2 – £24,465 – …": a dash between the band and its figures too)
# (also a public service's "Classification: AO5 ($98,210 – …) plus employer superannuation …":
# the class's band, whatever follows its bracket)
# (rules52a: a form's field "Grade: T-12 ($21.40 - $29.10 hourly)", its grade lettered and
# dashed, after another field on the line)
_GRADED_FIGURE = re.compile(r"\b(?i:grade:?|band|pay scale|classification:?)\s+\w{1,4}"
                            r"(?:-\d{1,3})?\s*[,(:–—]"
                            # (carry38: a lettered dollar or a code, "Grade M (EC$29,460 x …")
                            r"\s*(?:[A-Z]{1,3}\$|[A-Z]{3}\s|\S)?\d"
                            # (rules38b) a gazette's level or scale and its priced band ("in
                            # Level 6 (₹35,400—…", "(Level 12, ₹78,800", "Scale 12: $21,576")
                            # (capitalised: a Dutch "(scale 6, € 2.893 …" after a
                            # lower-case title is read as before)
                            r"|\b(?:Level|LEVEL|Scale|SCALE)\s+\d{1,2}[A-Za-z]?\s*[,(:]\s*"
                            r"[$€£₹]\s?\d"
                            # (rules41c) a pay spine's point and its priced figure ("Grade 7,
                            # spine point 31 (£41,064 per annum)")
                            r"|\b(?i:spine|pay)\s+points?\s+\d{1,3}\s*[,(:]\s*[$€£₹]\s?\d")
_GRADE_WORD = re.compile(r"\s+(?:I{1,3}|IV|\d)$")  # "GIS Tech II": the title's own grade
# (fixes98) the writer's own post marked in brackets after its title: "Support Tech II (my
# job) is grade 16"
_MINE_MARKS = ("(my job)", "(my role)", "(my post)", "(my position)")
_MINE_SPAN = 60  # characters before the mark searched for its title
_SHORT_HEAD_MIN = 3  # letters of a head word cut short ("Tech" of "Technician")
# A job card's pay line: a band in thousands and the number of monthly payments a year
# ("15-25K·13 salary", "9-13K·14薪", "8K-20K·13 salary"; "9-19K/month" alone on its line):
# a band by the month, with no pay word before it.
_CARD_PAY = re.compile(r"\d{1,3}(?:\.\d)?[Kk]?\s?[-–~]\s?\d{1,3}(?:\.\d)?[Kk]\s?(?:·\s?\d{1,2}\s?"
                       r"(?:salary|薪)|/\s?(?:month|月)$)")
_PRICED_ASIDE = re.compile(r"\)\s(?:[-–—:]\s)?(?:[$€£₹¥₱]|[A-Z]{1,3}\$|Rs\.?\s?|[A-Z]{3}\s)\d")
# A writer's earlier job and its pay ("When I started as a X three years ago I was on $N").
# "My last PM salary was", "my previous Recruiter pay of": the speaker's earlier job's pay.
_MY_PAY = re.compile(r"\b[Mm]y\s+(?:last|old|previous|former|final)\s+([A-Z][\w&-]*(?:\s+[A-Z]"
                     r"[\w&-]*){0,3})\s+(?:salary|pay|wage|rate)\s+(?:was|of|is)\s*(?:about\s+)?$")
# "I went PM → Delivery Manager instead and the pay was": where the speaker went (also in a
# comment glued to its time stamp, "4dI went …").
# ("After a few years I went to Head of Sales and my pay jumped to": no "from" part)
_WENT_TO = re.compile(r"(?<![A-Za-z]{2})I\s+(?:went|moved|switched|stepped\s+up|got\s+promoted)\s+"
                      r"(?:(?:from\s+)?[\w &-]{1,40}?\s*(?:→|->|\bto\b)|(?:up\s+|over\s+)?to)"
                      r"\s*(?:an?\s+)?([A-Z][\w&-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&-]*){0,4})\b"
                      r"[^.;]*?\b(?:pay|salary)\s+(?:was|is|jumped\s+to|went\s+up\s+to|rose\s+to|"
                      r"climbed\s+to|hit)\s*(?:about\s+|around\s+)?$")
# "My buddy is a paralegal and pulls $35/hr": the pay of the job said just before it
_IS_A_AND = re.compile(r"\b(?:is|was|'s|’s)\s+an?\s+([A-Za-z][\w -]{2,40}?)\s+and\s+(?:\w+\s+)?"
                       r"(?:makes|made|pulls|pulled|earns|earned|gets|got|clears|takes\s+home|"
                       r"is\s+on|was\s+on)\s+(?:about\s+|around\s+|like\s+)?$")
# "I'm sailing as Chief Engineer on tankers with X, USD 13,800 a month": the speaker's own job.
# ("I'm a CPA working as a Senior Auditor at a firm (about $78,000)": a credential first)
_NOW_AS = re.compile(r"\bI(?:'m|’m|\s+am)\s+(?:an?\s+[A-Z]{2,5}\s+)?"
                     r"(?:currently\s+|now\s+|still\s+)?[a-z]+ing\s+as\s+"
                     r"(?:an?\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})\b[^.;]*$")
_EARLIER_JOB = re.compile(r"\b(?:[Ww]hen|[Ww]hile|[Bb]ack when)\s+I\s+(?:first\s+)?"
                          r"(?:started|began|worked|was)\s+(?:out\s+)?(?:as\s+)?an?\s+"
                          r"([A-Za-z][\w ,'’-]{2,80}?)\s+"
                          r"I\s+(?:was on|made|earned|got|was paid)\b")
# A full stop that ends a sentence, not an abbreviation before a figure ("Rs. 2,500").
# (a quotation may close after the stop: '"… plus bonus." The survey …')
# (rules33c: "commission (avg. $8k)", "approx. $40k": an abbreviation's dot ends no sentence)
# A place a pay label's title is paid in, named by the page ("… in the same city").
_SAME_PLACE = re.compile(r"\s+in\s+(?:the\s+same|this|that|your)\s+(?:city|town|state|region|"
                         r"province|area|municipality)$", re.IGNORECASE)
# A semicolon before a clause whose own subject, a title, is paid ("…; a Medical Intern is
# paid £12.61 an hour", "; our Senior Chefs earn …").
# (rules40c) after ", while" / ", whereas" / ", and" too, and a title "on" a grade level
# ("…, while a Chief Tailor is on GL 08 (N…)") or receiving its figure
# (carry41) and after a bare "and" ("our Curate receives £26,870 and the Parish Administrator
# is paid £15.90 an hour"), or its verb left out before a known title's figure
_PAID_CLAUSE = re.compile(r"(?:; |,\s+(?P<joint>and|while|whereas)\s+|\s+(?P<bare>and)\s+)"
                          r"(?=(?:an?|our|the)\s+"
                          r"(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}"
                          # (fresh54) a title in sentence case, a known one only (see
                          # ``salary``): "… and a Depot mechanic 2 390 €/kk"
                          r"|[A-Z][a-z-]+(?:\s+[a-z][a-z-]*){1,3}"
                          # (fixes103) or all in lower case, a known one only: "the
                          # assistant geologist is paid 2.2 million ₮ and the chief
                          # geologist 5.8 million ₮"
                          r"|[a-z][a-z-]+(?:\s+[a-z][a-z-]*){1,3})"
                          r"(?:\s+(?:(?:is|are|was|were)\s+paid|earns?|gets?|makes?|receives?|"
                          r"(?:is|are)\s+on\s+(?:GL|Band|Grade|Level)\s?\d+)\b"
                          # (fresh58) a title and its grade's bracket, its figure inside: "…
                          # compared the A (Grade 5, £…) and the B (Grade 6, £… – £…) posts"
                          r"|\s+\((?:GL|Band|Grade|Level|Scale)\s?\d{1,2}[A-Za-z]?,\s*[£$€]\d"
                          # (rules40c) the verb said once for two titles: "a Welder earns
                          # 5.200 lei, and a Welding Inspector in the Pitești plant from
                          # 6.900 lei" (after ", and" only)
                          r"|(?P<elided>(?:\s+(?:in|at|with)\s+[^,;.()\d]{1,40}?)?\s+"
                          # ((carry41) a basis word before the figure: "… and a Delivery
                          # Driver bruttó 395 000 Ft/hó", a known title after a bare "and")
                          r"(?:from\s+|(?:brutt[oó]|nett[oó]|gross|net)\s+)?[\d£$€])))")
# (fixes92) A later post's bracket after an earlier one's in one sentence ("… course
# director (2.800,00 € net) and later dive centre manager (from 2.700,00 €)"): a clause of its
# own, the lower-case post before its bracket owning that figure (``aside_title``).
_NEXT_ASIDE = re.compile(r"(?<=\))\s+and\s+(?=(?:later|then|afterwards|eventually)\s+"
                         r"(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+\("
                         r"(?:(?:from|up\s+to|about)\s+)?[\d£$€])")
# (fixes86) A clause whose verb the first one said, a plural title and "at" before its own
# figure ("Stock clerks start at $15.97, meat wrappers at $16.89 and cashiers at $15.20"):
# the title owns the figure after it (checked as a known title by the reader).
_GAPPED_NOT_TITLE = frozenset({"those", "these", "the", "a", "an", "our", "their", "in", "at",
                               "on", "with", "for", "from", "by", "to", "others", "ones"})
_GAPPED_AT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)"
                        # (rules47c) "on" too: "bartenders are on £13.50 per hour and
                        # supervisors on £14.25"
                        r"(?=(?P<title>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?s)\s+(?:at|on)\s+"
                        r"(?:about\s+|around\s+)?[£$€]\s?\d)")
_SENTENCE_CASE = re.compile(r"\s[a-z]")  # a later word in lower case ("Depot mechanic")
# (rules50b) The abbreviations before a figure whose stop ends no sentence ("(avg. $27.50/hr)",
# "Est. total $175.00"), read back from a figure (an "approx." keeps its old reading: the
# sentence from the figure on).
_ABBREVIATED_STOP = re.compile(r"(?<!\w)(?:avg|[Ee]st)$")
# ((rules50b) "Est. total $175.00", "Incl. holiday pay": a label's abbreviation ends no
# sentence; (rules50a, carry50) nor a currency's abbreviated word before its period: "38.500
# kr. per day", "600 din. per working day"; (rules52a) nor the taka's "Tk." before its figure:
# "the unit manager is Tk. 30,000 - 36,000, zonal manager Tk. 48,000 - 55,000")
_SENTENCE_STOP = re.compile(r"(?<!\bRs)(?<!\bTk)(?<!\bNo)(?<!\bavg)(?<!\bapprox)(?<!\best)"
                            r"(?<!\bEst)(?<!\bIncl)(?<!\bincl)(?<!\bApprox)(?<!\bkr)(?<!\bdin)"
                            r"\.[\"”]? (?!per\b|a (?:day|month|week|year)\b|an hour\b)")
# (fixes68) A sentence inside a line opening with a title and a colon ("… a month. Assistant
# Housekeeping Manager: from AED 6,000."): the title labels the figures after it.
# (rules43a: an aside in brackets between the title and its colon, "Unit Supervisor (non-unit,
# for reference): $…", is no part of the title)
# (rules43a) A caption that names pay and ends with a colon, over a run of short figure rows
# (see ``captioned``), and how far up and how long those rows may be.
_PAY_CAPTION = re.compile(r"\b(?:salary|salaries|pay|wages?|schedule)\b[^:]*:$", re.IGNORECASE)
_CAPTION_REACH = 12
_CAPTIONED_ROW = 120
_TITLED_SENTENCE = re.compile(r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})"
                              r"(?:\s\([^()]{1,40}\))?:\s+")
# A numbered clause of a service minute, and one about appointment to another post.
_CLAUSE_NO = re.compile(r"\d{1,2}\.\s+[A-Z]")
_POST_CLAUSE = re.compile(r"\d{1,2}\.\s+(?:Appointment|Promotion|Recruitment) to the "
                          r"(?:post|grade|rank|position) of (?:an? )?([A-Z][\w' -]{2,60}?)\.?$")
_GRID_DOTS = 3  # a flattened wage grid prints at least three rates with cents
# A numbered sub-clause of a service minute or a contract ("5.4 Officers are entitled …").
_SUB_CLAUSE = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+[A-Z]")
# A class title with its code in brackets on a line of its own ("Court Clerk 2 (4412)").
_CODED_TITLE = re.compile(r"([A-Z][\w'’&/ -]{2,70}?)\s*\((?:#|No\.?\s*)?[A-Z]{0,6}\d{2,8}\)$")


# A year of training before a level word ("First-year Apprentice", "2nd-year trainee").
_YEAR_LEVEL = re.compile(r"^(?:first|second|third|fourth|fifth|final|\d(?:st|nd|rd|th))[- ]year\s+"
                         r"([A-Za-z]+)$", re.IGNORECASE)
# A short form with a grade after it ("BMET II", "CNA 2").
_SHORT_GRADE = re.compile(r"^([A-Z]{2,6}?)(?:\s*\d{1,2}|\s+[IVX]{1,4})?$")


_LEADER_END = re.compile(r"\s*\.{3,}[\s.:]*$")  # a row label's leader dots
_ADD_ON = re.compile(r"^\s*\+\s*$")  # a figure opening its line with a plus sign


def _row_figures(amounts: Sequence[Money]) -> int:
    """How many figures a line prints: a band with labelled ends ("$44,120 Yearly Min / …
    $66,180 Yearly Max") counts its two ends, so that such a line is pay as before."""
    return len(amounts) + sum(1 for money in amounts if money.labelled)
# A row label of a flattened table that names a practitioner ("Horticulturist").
_AGENT = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]{3,}(?:ist|ian|grapher|wright)$")
_SHORT_ROW = 3
_PROSE_WORDS = 8
# (real33) A pay sentence whose subject is a pronoun, after a fronted clause or none ("Once
# they are regarded as competent, their salaries increase to …", "They then earn …").
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][^,.;:]{0,60},\s*)?(?:they|their)\b", re.IGNORECASE)
_PRONOUN_GAP = 2  # lines between the titled figure and the pronoun's sentence
_ASKED = re.compile(r"[^.!?\n]{0,40}\?")  # the figure's sentence is a question
_ROW_LEAD = 60
# A pay row's lead ending in a dash before its figure: (rules56b) a pay deal's "Senior Ticket
# Inspector — £37,100" or "Guard, Northway Trains — £33,000" (a title, its employer after a
# comma), and (rules56a) a translated perk list's row naming the role at a level in lower
# case, perhaps with an aside and "from" ("senior welder — 900 000 ₸ on hand", "junior welder
# (after the course) — from 600 000 ₸"); (rules59a) the dash a spaced hyphen too, as a
# translated Kyrgyz perk list prints it ("Senior sewer (native title) - from 60 000 som").
_DASHED_ROW = re.compile(r"^(?P<title>[^\W\d][^,()—–\n]{2,58}?)(?P<employer>,\s[^,()—–\n]{1,60}?)?"
                         r"\s*(?P<aside>\([^()]{1,80}\)\s*)?(?:[—–]|(?<=\s)-)\s*(?P<start>from)?$",
                         re.IGNORECASE)
_ALL_JOBS = re.compile(r"(?i)total,?\s+all\s+(?:occupations|jobs|workers)\b")
# (prec11) A pay formula's benchmark labelled by its title in brackets ("Benchmark (Kiln
# Operator) ........ $51,000"): the bracketed title's figure, the word "benchmark" no part of it.
_BENCHMARK_OF = re.compile(r"(?i)(?:(?:role|pay|salary|base)\s+)?benchmark\s*\(\s*"
                           r"(?P<title>[A-Za-z][^()]{2,60}?)\s*\)$")
# (rules48c) A pay row's label naming a title as a comparison ("Chief Estimator comparator (not
# hiring)", "Head Chef benchmark"), perhaps with a bracketed note after it.
# (rules48c) A person's first name and the initials of a post in brackets, the subject of a
# pay verb ("Dev (LAM) sits at £45,000", "Ann (SLC) is on £34,000").
_NAMED_INITIALS = re.compile(r"\b[A-Z][a-z]{1,15}\s+\((?P<initials>[A-Z]{2,5})\)\s+"
                             r"(?:sits|is|was|earns|gets|makes|takes home)\b")
_COMPARATOR_ROW = re.compile(r"^\s*(?P<title>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,4})\s+"
                             r"(?i:comparator|comparison|benchmark)(?:\s*\([^()]{1,40}\))?"
                             r"\s*[:–—-]?\s*$")
_PLURAL_HEAD = re.compile(r"([a-z]{3,})s (de|of|du|della) ([a-z]+)")
_ENTRY_WORD = re.compile(r"^(?:Graduate|Trainee|Apprentice|Intern|Probationary)\s+")
# (carry35) The same, or the role's holder fully trained ("Qualified reach stacker operators").
# (fixes69) a credential word too: "Registered dog groomers earn …" on the Dog Groomer's page
_OWN_FRAME = re.compile(r"^(?:Graduate|Trainee|Apprentice|Intern|Probationary|(?:Fully\s+)?"
                        r"Qualified|Registered|Licensed|Certified|Chartered|Accredited)\s+",
                        re.IGNORECASE)
def fuller_words(short: str, long: str, more: int = 2) -> bool:
    """(fixes95) ``long`` is ``short`` with one to ``more`` words more inside it: the same
    first and last word, the rest of ``short`` in order in between (any case).

    >>> fuller_words("Wind Technician", "Wind Turbine Technician", more=1)
    True
    >>> fuller_words("Wind Technician", "Wind Technician"), fuller_words("Tech", "Wind Tech")
    (False, False)
    """
    few, many = short.lower().split(), long.lower().split()
    if not 1 <= len(many) - len(few) <= min(more, _MORE_WORDS) or len(few) < _FEW_WORDS or (
            few[0] != many[0] or few[-1] != many[-1]):
        return False
    inner = iter(many[1:-1])
    return all(word in inner for word in few[1:-1])


_MORE_WORDS = 2
_FEW_WORDS = 2


def clipped_title(title: str, role: str) -> bool:
    """``title`` is ``role`` with its leading words clipped ("Lab Technician" for Laboratory
    Technician): the same head noun, each word before it the start of the role's word.

    >>> clipped_title("Lab Technicians", "Laboratory Technician")
    True
    >>> clipped_title("Lab Manager", "Laboratory Technician"), clipped_title("La Tech", "Lab Tech")
    (False, False)
    """
    words, own = singular_title(title).lower().split(), role.lower().split()
    return len(words) == len(own) > 1 and words[-1] == own[-1] and words != own and all(
        len(short) >= _CLIP and whole.startswith(short) for short, whole in zip(
            words[:-1], own[:-1], strict=True))


_CLIP = 3  # letters a clipped word keeps at least ("Lab", "Admin")
# (rules36c) Circled step numbers ("①" … "⑳") before a pathway step's title.
_CIRCLED = frozenset(chr(code) for code in range(0x2460, 0x2474))
_ASSISTANT = re.compile(r"^Assistant\s+(?=[A-Z])")
_STEP_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _capital_step(lead: str) -> str:
    """A numbered step's title less its bracketed aside, in Title Case when printed in
    capitals ("AREA MANAGER (4–6 shops)" → "Area Manager").

    >>> _capital_step("AREA MANAGER (4–6 shops)"), _capital_step("Key Holder (volunteer)")
    ('Area Manager', 'Key Holder')
    """
    bare = _STEP_ASIDE.sub("", lead)
    return title_case(bare.lower()) if bare.isupper() else bare


# (rules36c) Experience before a title ("Experienced", "Newly qualified", "Newly trained"):
# no word of any post's title.
# (fixes67) "New agents earn …": the role's own starters when the rest is the role's name.
# (carry48: the post's last holder, "the previous credit controller (relocating) earned
# £27,500" on a vacancy's notes: what the post paid, the role's own pay)
_NEW_HOLDER = re.compile(r"^(?:New|Newer|Beginning|Starting|Previous|Former|Outgoing|Departing)"
                         r"\s+", re.IGNORECASE)
# ((left55) and the writer's peers: "Other caregivers in my building are paid …", "Fellow
# porters earn …": the role's own head noun is the role, another title owns it bare)
_EXPERIENCE = re.compile(r"^(?:Experienced|Newly[ -](?:qualified|trained|registered)|Other|Fellow)"
                         r"\s+", re.IGNORECASE)
# (carry35) A capitalised title listed last before its figure, after "and" or a comma, with
# an approximation or a pay verb between ("… and an Ecology Team Manager about £310 a day").
_LISTED_OWNER = re.compile(r"(?:,|\band)\s+(?:an?\s+|the\s+)?(?P<title>[A-Z][\w'’-]*"
                           r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})\s+(?:(?:earns?|makes?|gets?|"
                           r"is\s+paid|on)\s+)?(?:about|around|roughly|nearly|some|typically)"
                           r"\s*[£$€]?\s*$")
# Labels of a figure that counts people or shares rather than paying anyone.
_COUNT_ABOVE = re.compile(r"\b(?:employ\w*|openings?|jobs?|vacancies|number|headcount|workforce|"
                          r"workers|size|share|age|hours)\b", re.IGNORECASE)
_CHIP_LABEL = 60
# A count's label before its bare figure ("Employed 2,400", "Job openings 380"), not a job's
# name ("Sewing employee 11,000 - 13,500 baht")
_COUNT_LEAD = re.compile(r"(?:number\s+of\s+|total\s+)?(?:(?:workers|people|persons)\s+)?"
                         r"(?:employed|employment|(?:job\s+)?openings|vacancies|headcount|"
                         r"workforce|workers)", re.IGNORECASE)
# A count's opening before its bare figure ("There are over 20,000 …", "there were some").
_THERE_ARE = re.compile(r"\b[Tt]here\s+(?:are|were|is)(?:\s+(?:now|currently|roughly|about|around|"
                        r"over|nearly|almost|some|approximately|more\s+than|fewer\s+than|"
                        r"less\s+than|just\s+over|just\s+under))*\s*$")
# A label of a count printed over its figure ("Number of Registered Nurses").
_COUNT_LABEL = re.compile(r"\W*(?:total\s+)?number\s+of\b", re.IGNORECASE)
# A sentence about the writer's earlier job ("When I was behind the bar … it was $15.90").
_PAST_TOLD = re.compile(r"\b(?:was|were|used to|back when|before that|previously)\b", re.IGNORECASE)
# A figure's own pay label on its line (a pay thread's template: "Rate: £190/day").
_RATE_LABELLED = re.compile(
    r"(?:(?:day|daily|hourly|pay|base|my)\s+)?(?:rate|pay|wage|salary)\s*:\s*\S", re.IGNORECASE)
_LABEL_ABOVE = 2  # words of a label printed above its figure ("Overtime", "Bonus")
_CAPS_LABEL_ABOVE = 4  # (rules56b) the same in capitals ("AVAILABLE TO TRANSFER")
_LABEL_ABOVE_WORDS = 5  # words of a pay label above its figure ("Avg. Weekly Pay")
_LABEL_GAP = 2  # lines from a label to its figure (a blank line between them)
# (real26) A unit note on the line above a bare band ("(thousands per year)*", "In thousands
# a year", "(thousands)"): its figures count thousands, of the period it names.
_THOUSANDS_NOTE = re.compile(r"\(?\s*(?:in\s+)?thousands(?:\s+(?:per|a|an)\s+"
                             r"(?P<period>year|annum|month|week))?\s*\)?\s*\**", re.IGNORECASE)
_DOTTED_RUN = 60  # rows of one dotted rate table looked through for its title
# One end of a distribution printed under its figure ("$27" / "Lower").
_ONE_END = frozenset({"lower", "upper", "lowest", "highest", "bottom", "top", "min", "max",
                      "minimum", "maximum"})
_SENTENCE_ENDS = ".!?:|;"
_FOR_A = re.compile(r"\+?\s*(?:(?:a|per) year\s+)?for (?:a|an|the)\s+(?=[A-Z])")
# A figure named for workers by their plural title after it ("KES 63,800 for Veterinary
# Officers", "… a month for Fisheries Officers.", "compared with KShs 62,500 for Registered
# Nurses at comparable grades"): those workers' figure (the title ends before a lower-case word).
_FOR_WORKERS = re.compile(r"\s*(?:(?:a|per)\s+(?:month|year|hour|day)\s+)?for\s+"
                          r"(?P<workers>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}s)"
                          r"(?=\s*(?:[.,;()]|$)|\s+[a-z])")
_SHORT_LEAD = 80
# Last words of a pay label that are no unit of a post ("Team Leader Salary", "… Median").
_FIELD_TAIL_STOPS = frozenset((
    "salary", "salaries", "pay", "wage", "wages", "rate", "rates", "band", "bands", "range",
    "median", "average", "mean", "total", "starting", "start", "entry", "senior", "junior",
    "trainee", "level", "grade", "scale", "step", "minimum", "maximum", "base", "basic",
    "earnings", "income", "bonus", "allowance", "overtime", "hourly", "annual", "weekly",
    "monthly", "daily", "gross", "net", "package", "compensation", "benchmark", "typical",
    "new", "experienced", "only", "equivalent", "comparison", "elsewhere", "nationally"))
# A statistic of pay named after its figure with its holder ("$46,950 average annual salary
# of a store manager"): the holder's words, to be checked as a title.
_STAT_OF_AFTER = re.compile(r"\s*(?:a\s+year\s+)?(?:average|median|typical|mean)\s+(?:annual\s+|"
                            r"yearly\s+|hourly\s+)?(?:salary|pay|wage|earnings)\s+(?:of|for)\s+"
                            r"(?:an?|the)\s+(?P<title>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})",
                            re.IGNORECASE)
# A bulleted rate's lead around a title in lower case: "started as an X", "our X", "X now".
_LEAD_FRAME = re.compile(r"^(?:(?:i\s+)?(?:started|began|starting|start)\s+(?:out\s+)?as\s+"
                         r"(?:an?\s+|the\s+)?|(?:our|my|the|a|an)\s+)")
_LEAD_NOW = re.compile(r"\s+(?:now|today|currently)\s*$")
_ANY_ASIDE = re.compile(r"\s*\([^()]*\)")
_LOWER_LEAD_WORDS = 4
# (fixes90) The move onto posts named next ("have moved on to", "were promoted into").
_MOVED_ON = re.compile(r"\b(?:moved?|moving|went|gone|go|progress(?:ed|es)?|promoted|stepped)"
                       r"\s+(?:on\s+|up\s+)?(?:to|into)\s*$", re.IGNORECASE)
# Nouns for the posts of a title printed after it ("Senior Technician posts (£…)").
_POST_NOUNS = frozenset({"posts", "positions", "roles", "jobs", "post", "position", "role"})
# (fixes90) A bulleted rate's lead naming the post, then after a comma the capitalised name of
# the firm that pays it ("- staff photographer, Daily Clarion: $44,000 – $59,000"): the firm
# is no part of the title.
_LEAD_EMPLOYER = re.compile(r"(?<=[a-z]),\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+)?"
                            r"[A-Z][\w&'’.-]*){0,3}$")
_LEAD_NOT_TITLE = frozenset({"for", "of", "in", "at", "per", "with", "median", "average", "mean",
                             "typical", "starting", "state", "national", "pay", "salary",
                             "wage", "rate", "range"})
_SLASH_WORDS = 4
# An article opening an owner a sentence names ("A VP of Sales … earns"): no part of the title.
# ((carry51) and a tracker's "Now: Graphic Designer, $89,000 base": the owner's current job,
# its "now" label no part of the title)
# (real55: the definite article too, "The Kite Maker Salary Guide" over a guide's figures)
_OWNER_ARTICLE = re.compile(r"^(?:(?:An?|an?|The|the)\s+|(?:Now|Currently)\s*:?\s+)(?=[A-Z])")
# (rules40c) "For reference, the Deputy Registrar post is paid on Grade 9 (£…)": the word
# naming the opening ("post", "role", "position", "vacancy") is no part of the owner's title.
_POST_WORD = re.compile(r"(?<=[a-z])\s+(?:post|role|position|vacancy)$")
# (fixes87) A move to another rung, then the pay it brings in the same sentence ("you could move
# up to a supervisory role, earning", "X promoted to cargo supervisors in Y received average
# annual wages of"): the rung's pay.  "Before you move up to …" is the pay until then.
_RUNG_MOVE = re.compile(r"(?<!\bbefore you )(?<!\buntil you )(?<!\bbefore they )"
                        r"\b(?:(?:are|were|get|gets|got|been|being)\s+)?(?:promoted|"
                        r"(?:move[sd]?|moving|step(?:s|ped)?|stepping)\s+up)\s+(?:in)?to\s+"
                        r"(?:an?\s+|the\s+)?(?P<target>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)"
                        r"{0,4}?)(?P<rest>(?:,|\s+(?:in|at|within|who|where|with|earning|making|"
                        r"on|received|receive|earn|the)\b)[^.;:!?]*)$")
_RUNG_PAY_WORDS = re.compile(r"\b(?:earn\w*|making|received|paid|pay|salar\w*|wages?|rate)\b")
_LATER_FIGURE = re.compile(r"[.;!?]\s[^.;!?]*\d")
# (fixes87) A figure cut at the page's end: its currency, digits and the comma, point or dash
# its next digits or its band's other end would follow ("… Earns £20,", "£16,000 -"); a
# full stop ends a sentence ("The median is $31.") and cuts nothing.
_CUT_ENDS = frozenset(",–—-")
# (carry48) one digit after a currency sign ending the text ("· Jumbo Operator — $5")
_CUT_DIGIT = re.compile(r"(?<![\w.,])[$€£¥₹]\s?\d\s*$")
_LAST_LINES = 4  # the page's last non-empty lines where a cut figure may stand (a footer
# strip is split into its links)
_CUT_FIGURE = re.compile(r"(?:[$€£¥₹]\s?|\b[A-Z]{3}\s)\d[\d,.]*,?\s*[–—-]?\s*$")
_NEXT_RUNG = re.compile(r"\b(?:one|a) (?:step|level|rung) up\b|\bthe next (?:step|level|rung)\b",
                        re.IGNORECASE)
# A title with another occupation's pay after it, under "Related Jobs" or "Similar
# Occupations": a comparison of pay, not a move.
# A title then its pay: "Bus Mechanics $58,920/yr", "Shipping Supervisor 38,600 MXN", and
# with the figure's label between ("Dental Assistants - Median Salary: $44,990").
_PAY_AFTER = re.compile(r"[A-Za-z]:?\s+(?:[$€£₱]\s?\d|\d[\d,.]*\s?[A-Z]{3}\b)")
_COMPARED = re.compile(r"\b(?:related|similar)\b", re.IGNORECASE)
# ((rules54b) a year or a week too: "Gross salary£54,000.00 per yearGuaranteed allowances£0.00")
# (rules54b) A personnel form's field of an hourly rate, and of that rate by another period.
_HOURLY_FIELD = re.compile(r"(?i:hourly(?:\s+rate)?|rate\s+per\s+hour)\s*:\s*\S?\s?\d")
_PERIOD_FIELD = re.compile(r"(?i:bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly|"
                           r"annual\s+equivalent)\s*:\s*\S?\s?\d")
_GLUED_PERIOD = re.compile(r"\b((?:per|a) (?:month|year|week|annum))(?=[A-Z][a-z])")
_PERIOD_START = re.compile(r"(?:month|year|annum|week|day|hour)\b")
_FULL_STOP = re.compile(r"(?<!\.)\. (?!\.)")
_LEADER = re.compile(r"\s*(?:\.\s?){3,}$")  # the dots of a rate line's leader
# A grade cell after a row's leader ("Leakage Operative ....... Band B   £24,100 – …", "Victim
# Advocate I ..... grade 114 ... $22.10"): the row's title is the lead before the dots.
_LEADER_GRADE = re.compile(r"(\s*(?:\.\s?){3,})\s*(?i:grade|band|level|scale|step|class)\s*"
                           r"[A-Z0-9]{1,4}(?:\s*(?:\.\s?)+)?\s*$")
# Superscript footnote marks right after a full stop ("… $134,000.¹ For comparison").
_FOOTNOTE_MARK = re.compile(r"\.[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s)")
# A line of figures alone: a scale word ("31 thousand TL") and a bracketed note of the pay's
# basis and period ("(Net / Monthly)") are part of the figures.
_AMOUNTS_ONLY = re.compile(r"[^\s]*\d[^\s]*|[-–—:]|to\b|per\b|year\b|a\b|thousand\b|"
                           r"\((?:net|gross)\s*/\s*(?:monthly|yearly|annual|weekly|hourly)\)|"
                           # (real46) "💰 $35,000 - $65,000 (Varies by location, experience,
                           # and commission structure)": the figure's caveat, no words
                           r"\((?:varies|vary|varying|depending|depends|dependent)\b[^()]*\)",
                           re.IGNORECASE)


def _card_title_names(title: str) -> tuple[str, ...]:
    """A card's title and, when it ends in a bracketed other name, that name (either may be
    the one the vocabulary knows: "Kiln Loader (Setter)" is a post's two names; a bracket of
    no title, "Welder (MIG/MAG)", leaves the card to the readers of qualified titles).

    >>> _card_title_names("Kiln Loader (Setter)"), _card_title_names("Packer")
    (('Kiln Loader (Setter)', 'Setter'), ('Packer',))
    """
    aside = _TITLE_ASIDE.search(title)
    if aside is None:
        return (title,)
    return (title, aside.group().strip()[1:-1])


def _pictograph(word: str) -> bool:
    """Is ``word`` only pictographs (emoji with their selectors and joiners), a decoration?"""
    return not word.isascii() and all(
        unicodedata.category(char) in ("So", "Cf", "Mn") or 0xFE00 <= ord(char) <= 0xFE0F
        for char in word)


# A line opened by the pay's basis right before its figure ("• Gross 41.750 TL for the
# beginning", "Net $2,900 a month"): pay, though no pay word follows ("Gross margin" is none).
# (rules41a: a Hungarian basis left by a translator, "bruttó 420 000 - 510 000 Ft/hó")
_BASIS_FIRST = re.compile(r"[-•*·]?\s*(?:gross|net|brutt[oó]|nett[oó])\s+"
                          # (fixes73) a hedge before the figure: "Net about 1.085 € per month"
                          r"(?:(?:about|around|approx\.?|approximately|roughly)\s+)?"
                          r"[$€£₺]?\s?\d"
                          # (rules34b2) a study card's answer opened by its statistic
                          # ("median $46,180 — no degree required"): a figure of pay
                          r"|[-•*·]?\s*(?:median|average|mean)\s+[$€£]\s?\d"
                          # (rules40a) a posting's pay headline opened by its figure and the
                          # figure's basis ("4.800 - 5.600 lei gross/month (approx. … net) +
                          # …", "2,900 RON net a month")
                          r"|\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?(?:[A-Z]{3}|lei|Kč|zł)\s+"
                          r"(?:gross|brut|brutto|net|netto)\b"
                          # (rules49a) a translated posting's local pay label left as printed,
                          # its basis word after the pay word ("Paga bruto: 110 000 – 130 000
                          # lekë / month", "Plata neto: …")
                          r"|\w{3,10}\s+(?:bruto|brutto|neto|netto)\s*:\s*\d", re.IGNORECASE)
# (rules46a) A run-in label's value opened by its figure and the figure's basis ("For a
# Junior X without experience: 1500 – 1700 EUR gross during …"); a statistic's value
# ("Triagist (scale 5): average € 3.120 gross") is left to the rules for titled rows.
_FIGURE_BASIS = re.compile(r"\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?(?:[A-Z]{3}|lei|Kč|zł)\s+"
                           r"(?:gross|brut|brutto|net|netto)\b")
# A figure received with its basis after it ("an agent receives 21 405 € gross per year",
# "receive about $3,100 net a month"): pay stated by what reaches the worker ("receives a
# grant of £2,000" names no basis, no pay).
# ((rules47a) or "from" the figure, its basis as a translator leaves it, "brutto", or its
# period: "A brigadier receives from 1 350 EUR net", "head cashiers receive ₱17,500 monthly")
_RECEIVED_BASIS = re.compile(r"\breceiv(?:e|es|ed|ing)\s+(?:about\s+|around\s+|roughly\s+|"
                             r"some\s+|from\s+)?\S{0,4}\d[\d\s.,\u00a0\u202f]*(?:[kK]\b)?\s*"
                             r"(?:[$€£₽]|[A-Z]{3}\b|euros?\b|dollars?\b|pounds?\b|birr\b)?\s*"
                             # ((rules54a) "on hand", a translator's net: "Lead fitters receive
                             # from 150 000 ₽ on hand")
                             r"(?:gross|net|brutto|netto|before\s+tax(?:es)?|monthly|daily|weekly|"
                             r"on\s+hand|in\s+hand|"
                             r"per\s+(?:month|day|week|year)|a\s+(?:month|day|week|year))\b",
                             re.IGNORECASE)
# (fresh54) A line of a site's statistics opened by the statistic's label, with no other
# noun in it than its place ("National median (Finland): 2 643 €/kk · Oulu: 2 558 €/kk",
# "Average in Pirkanmaa: 2 631 €/kk", "Range on the site: 2 355 - 2 984 €/kk"): the post's
# pay ("Average rent in Oulu: …" names a thing, no statistic of pay).
_STATISTIC_FIELD = re.compile(r"(?:(?:national|regional|overall|site)\s+)?"
                              r"(?:median|average|mean|range)"
                              r"(?:\s+(?:in|on|for|across)\s+[^:()\d]{1,30}|\s*\([^():\d]{1,30}\)"
                              # (fixes92) a job site's "Range of offers: 1 100 – 1 900 EUR"
                              r"|\s+of\s+(?:(?:most|all|the)\s+)?(?:offers|ads|vacancies|postings))?"
                              r":\s*\S{0,3}\d", re.IGNORECASE)
_ROW_FIGURES = 3  # figures on one line that make it a flattened pay table
# A rate list's title line closed by its period ("Wages in the paving sector (CAO …, 2027,
# per hour)"): the period of the leader-dot rows under it that state none.
_TITLE_PERIOD = re.compile(r"\b(?:per|an?)\s+(hour|day|week|month|year)\)?:?\s*$", re.IGNORECASE)


def _title_period(text: str) -> str | None:
    """The period a line's end states for the rate rows under it, or None.

    >>> _title_period("Rates in the trade (agreement 2026, per hour)"), _title_period("Pay")
    ('hour', None)
    """
    found = _TITLE_PERIOD.search(text)
    return found.group(1).lower() if found else None
# A year of the past in a pay sentence before its figure (an occupation's history): before
# 1980, when no figure is today's pay ("the 1870s", "of 1888", "In 1948").
_PAST_YEAR = re.compile(r"(?<![$€£¥₹\w.,])(?:1[6-8]\d\d|19[0-7]\d)(?:s|'s)?\b(?![,.]\d)"
                        # (a figure of that size is no year: "$1800 a month", "1650 euros")
                        r"(?!\s*(?:a|an|per|/)\s*(?:month|year|week|hour|day)\b)"
                        r"(?!\s*(?:euros?|dollars|pounds|USD|EUR|GBP|€)(?!\w))")
_HISTORY_TITLE = re.compile(r"\bhistory of\b|\b(?:short|brief) history\b|^history\b",
                            re.IGNORECASE | re.MULTILINE)
_HISTORY_HEAD = 300  # (the title and hatnote: the page's first lines)
_SOC_WORDS = 8  # (a row's title alone, no sentence before it)
_SOC_GENERAL = re.compile(r",\s+(?:General|All Other|Except [A-Z][\w ,]{0,40})$")
_CODE_TAIL = re.compile(r"(?<=[a-z])\d{1,2}$")  # a glued row's grade code ("Manager19")
_PARAGRAPH_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+")  # a report's "2.2 " before a label
_PAY_LABELS = frozenset({"", "salary", "pay", "stipend", "wage", "wages", "salary range",
                         "average salary", "typical salary", "starting salary", "basic salary",
                         "basic pay", "base salary", "base pay"})
# A label giving one end of a range on its own line ("High Salary: $61000").
_BOUND = re.compile(r"^(high|highest|top|max|maximum|low|lowest|bottom|min|minimum)\s+"
                    r"(?:basic\s+|base\s+)?(?:salary|pay|wage|earnings)$", re.IGNORECASE)
_HIGH_SIDES = frozenset({"high", "highest", "top", "max", "maximum"})
_TITLE_AFTER = re.compile(r"\s*\(((?:[A-Z][a-z]+\s?){1,5})\)\s*\.?\s*")


def _counted_lead(lead: str) -> bool:
    """Whether the few words before a bare figure label a count of people or posts
    ("Employed 2,400", "Job openings 380") rather than pay.

    >>> _counted_lead("  • Employed "), _counted_lead("Avg. Wage "), _counted_lead("")
    (True, False, False)
    >>> _counted_lead("Sewing employee ")  # (a job and its pay)
    False
    """
    return _COUNT_LEAD.fullmatch(lead.strip(" •*:–—-#")) is not None


def _not_pay(lead: str, vocab: Vocabulary) -> bool:
    """Whether the words before a figure label something other than pay ("Employment
    (2022)", "Projected job openings", "Job Openings:"), by the heading vocabulary.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _not_pay("Projected job openings (2022-2032) ", v), _not_pay("Median wages ", v)
    (True, False)
    """
    words = lead.strip(" :–—-")
    if not words or len(words.split()) > 6:
        return False
    return classify_heading(words, vocab.headings) is Kind.MARKET
# A title, its pay in a bracket, then what the title does ("Centre Supervisors (S$4,800 –
# S$5,600) manage a team of 12").
_TITLE_PAID = re.compile(r"^([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&)){0,6})\s+"
                         r"\(([^()]*\d[^()]*)\)\s+[a-z]")
_PIPE_CELL = re.compile(r"\s*\|\s*")  # (a pipe table's cells, its outer pipes gone)
# A column head naming one tail of a distribution ("90th", "10th Percentile", "Top 10%"); the
# quartiles and the median are points of their own.
_TAIL_HEAD = re.compile(r"(?P<rank>\d{1,2})(?:st|nd|rd|th)(?:\s+percentile)?"
                        r"|(?:top|bottom|highest|lowest|upper|lower)\s+\d{1,2}\s*%",
                        re.IGNORECASE)
_POINT_RANKS = frozenset({"25", "50", "75"})
# (fixes94) A distribution's middle and its quartiles as a table's head or row label
# ("Median", "50th", "P50"; "25th", "P75", "Lower quartile"); with two ranks beside the median
# the table is a distribution, whose median alone is pay.
_MEDIAN_RANK = re.compile(r"(?i:median|50th(?:\s+percentile)?|p50)")
_QUARTILE_HEAD = re.compile(r"(?i:(?:25|75)th(?:\s+percentile)?|p(?:10|25|75|90)|"
                            r"(?:lower|upper|first|third|bottom|top)\s+quartile)")
_RANKS_BESIDE = 2
_RULE_GAP = 2
# (fixes94) A bullet's pay label naming a statistic, its figure on the lines below ("Median
# pay: How much do X make?", "Average salary:").
_STAT_ABOVE = re.compile(r"^(?:[-•*]\s*)?(median|average|mean)\s+(?:annual\s+|hourly\s+)?"
                         r"(?:pay|salary|wages?|earnings)\s*:", re.IGNORECASE)
_STAT_RUN = 3  # (the figures of one label: a year's and an hour's, and one more)
_RANK_CELL_CHARS = 20  # (a row label naming a percentile is short: "10th percentile")
# (rules38a) A post's pay band as one field of a header strip ("Grade: THT 9   Band: £61,200
# – £70,400   Reports to: …"): the post's own pay, whatever the other fields.
_BAND_FIELD = re.compile(r"(?:^|\s{3}|\|\s)(?:Pay |Salary )?[Bb]and:\s*(?:[$€£₹]|[A-Z]{3}\s?)\d")
_CELL_GAP = re.compile(r"\s{3,}|\t|\s+·\s+")  # (a strip's cells: wide gaps or middle dots)
# (rules47b) Job cards side by side: three spaces or more, or a tab, between two cards.
_WIDE_CARD_GAP = re.compile(r"\s{3,}|\t")
# A title and its figure in one cell ("Train Operator $68K", "Rigger  £18.75 per hour")
_ONE_END_WORDS = frozenset({"low", "high", "min", "max", "minimum", "maximum", "average",
                            "median", "mean", "typical", "entry", "starting", "total", "base",
                            "top", "bottom", "from", "to"})
# (rules36b: a title in sentence case before a currency's code too, the first cell after a
# comparison's label: "Compare: Nurse DKK 43,940 · Social and health helper DKK 31,720")
_TITLED_CELL = re.compile(r"^(?:(?:For comparison|Compared?)\s*:\s*)?"
                          r"([A-Z][\w&'’/-]*(?:\s[A-Z][\w&'’/-]*){0,4}"
                          r"|[A-Z][a-z]+(?:\s[a-z][\w'’-]*){0,4}(?=\s+[A-Z]{3}\s?\d))\s+"
                          r"(?=(?:[$€£₹]|[A-Z]{3})\s?\d)")
_TITLED_CELLS = 2


# A FAQ's question line and its answer's marker ("Q. …?" / "A. …"; "A.  Trainee X …… £…").
_QUESTION = re.compile(r"\s*Q[.:]\s+\S.*\?\s*$")
_ANSWER_MARK = re.compile(r"^A[.:]\s+(?=\S)")
_PAID = re.compile(r"\b(?:are|is) paid\b|\bearns?\b")
_RANK_PREFIXES = frozenset({"assistant", "associate"})
_GRADED_RANK_PREFIXES = _RANK_PREFIXES | {"senior", "principal"}  # ("principal": carry37)
# A wage printed as a sum of lettered parts ("Wage (a + b)  190,000 yen", then "a Basic salary
# 160,000 yen", "b Fixed allowance …"): the sum is the pay, a lettered line one part of it.
_SUM_OF_PARTS = re.compile(r"\(\s*([a-e])\s*\+\s*([a-e])(?:\s*\+\s*([a-e]))?\s*\)")
_PART_LINE = re.compile(r"^\s*([a-e])[.)]?\s+[A-Z][a-z]")
# (carry36) A sentence whose subject is the role's learners ("Apprentices on the degree route
# are paid £…", "Trainees earn …"): their figure, a level of the role, whatever rung or
# sub-heading was read last.
_LEARNERS_PAID = re.compile(r"\s*(?:our\s+|the\s+)?(?:apprentices|trainees|students|cadets|"
                            r"learners)\b[^.;:]{0,60}?\b(?:(?:are|is)\s+paid|earn|start\s+on)\b",
                            re.IGNORECASE)
_TAB_CELLS = 2
_ANSWER_BAND = re.compile(r"(?i)(?:anywhere |somewhere )?(?:from|between)\s+\S?\d")
_YEARLY_LOW, _YEARLY_HIGH = 10_000, 1_000_000


def _first_cell_title(clause: str, vocab: Vocabulary) -> str | None:
    """The role title, in Title Case, that the first cell of a pipe row names in any case
    ("Help desk analyst | Midpoint"); None when the cell is no title."""
    cell = _ROW_ASIDE.sub("", clause.split("|", 1)[0].strip())  # ("… (non-tenure track)")
    # (an org chart's outline row: "1.1.1.4  Night Concierge | A. Nur | H3 | £13.10/hr", its
    # number and a head count "×3" no part of the title)
    outlined = cell[:1].isdigit()
    cell = _HEAD_COUNT.sub("", _OUTLINE_NUMBER.sub("", cell)) if outlined else cell
    if not cell or _DIGIT.search(cell) or len(cell.split()) > _SHORT_LEAD_WORDS:
        return None
    titled = title_case(cell)
    # (an outline's box names a post: a person noun will do, "Doorman")
    return titled if vocab.is_role_title(titled) or (outlined and practitioner_noun(
        titled.rpartition(" ")[2].lower())) else None


# (rules37b) A grade table's row opening with its grade ("Grade 10 | Reader | spine 47–51 |
# £…"): the grade's cell, then the title's; a letter after a title is a sub-grade of it
# ("Grade 7 | Lecturer A | …": the Lecturer's grade A).
_GRADE_CELL = re.compile(r"(?i:grade|band|level|scale|step)\s+\w{1,4}")
_SUB_GRADE = re.compile(r"\s+[A-D]$")


def _graded_cell_title(clause: str) -> str | None:
    """The title cell after a grade cell in a pipe row ("Grade 10 | Reader | spine 47–51"),
    a sub-grade letter dropped; None when the row opens with no grade or no short title.

    >>> _graded_cell_title("Grade 7 | Lecturer A | spine 30–35 | "), _graded_cell_title("X | Y")
    ('Lecturer', None)
    """
    cells = [cell.strip() for cell in clause.split("|")]
    if len(cells) < 3 or not _GRADE_CELL.fullmatch(cells[0]):
        return None
    title = _SUB_GRADE.sub("", cells[1])
    words = title.split()
    return title if 0 < len(words) <= _SHORT_LEAD_WORDS and all(
        word[:1].isupper() or word in ("of", "and", "in") for word in words) and not (
        _DIGIT.search(title)) else None


_SHORT_LEAD_WORDS = 6


def _ranked_cell(clause: str) -> str | None:
    """A pipe row's first cell naming a rank above another title in capitals or an
    acronym ("Chief CRNA | $250,000 – …", "Head Sommelier | …"), or None.

    >>> _ranked_cell("Chief CRNA | "), _ranked_cell("Mid-career (3–10 yrs) | ")
    ('Chief CRNA', None)
    >>> _ranked_cell("Deputy II | $80,111 |") is None
    True
    """
    cell = clause.split("|", 1)[0].strip()
    words = cell.split()
    if not 2 <= len(words) <= _RANKED_WORDS or words[0].lower() not in _OTHER_RANKS or not all(
            word[:1].isupper() and word.replace("-", "").isalpha() for word in words) or (
                _NUMERAL.match(words[-1])):
        return None  # ("Deputy II | $80,111": a grade of the rank table, no rank above)
    return cell


_RANKED_WORDS = 4
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+")
_HEAD_COUNT = re.compile(r"\s+[×x]\d{1,3}$")


_HEADED_WORDS = 4
_CARD_LINES = 3  # a card: its title, a description, then its figure
_SIGNS = "€£$¥₹"
_SIGN_END = re.compile(r"\s*[€£$¥₹]$")
_RUNG_TITLE = re.compile(r"Level\s+\d{1,2}\s+")
# A class of a title, as a police service grades its constables ("4th Class Constable").
_CLASS_RUNG = re.compile(r"(?:[1-9](?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+class\s+",
                         re.IGNORECASE)
_IN_TRAINING_HEAD = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+)?")  # "Cadet", "Police officer"
_HEAD_SUFFIX = 5  # "Keeper" heads "Gamekeeper": a head noun this long inside a compound


# (fixes63) A field's teaching staff named as a clause's subject ("clinical radiology faculty
# start at $A"): the faculty's post, another title than a residency's role; a field's word is
# needed ("Faculty earn …" alone may be the role's own holders).
_FIELD_FACULTY = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}Faculty")


def _role_headed(title: str, role: str) -> bool:
    """``title`` is a title of two to four capitalised words headed by the role's own head
    noun ("Head Teller" on the Bank Teller's guide, "Beat Keeper" on the Gamekeeper's): a
    title of the role's trade that the lexicon need not know.

    >>> _role_headed("Head Teller", "Bank Teller"), _role_headed("Beat Keeper", "Gamekeeper")
    (True, True)
    >>> _role_headed("Teller", "Bank Teller"), _role_headed("Loan Officer", "Bank Teller")
    (False, False)
    """
    words = title.split()
    if not role or not 2 <= len(words) <= _HEADED_WORDS or not all(
            w[:1].isupper() and w.isalpha() for w in words):
        return False
    head = singular_title(words[-1]).lower()
    own = role.split()[-1].lower()
    return (head == own or (len(head) >= _HEAD_SUFFIX and own.endswith(head))) and not (
        _same_role(title, role) or _role_tail(singular_title(title), role))


_PAY_LABEL_WORDS = 10
# A band's statistic named with no pay word ("Typical range for graduates", "Middle band").
_RANGE_LABEL = re.compile(r"^(?:typical|usual|middle|common|normal|interquartile)\s+"
                          r"(?:pay\s+|salary\s+)?(?:range|band)\b", re.IGNORECASE)
_CHARGED = re.compile(r"\b(?:we|I|they|you|firms|shops|agencies)\s+(?:usually\s+|typically\s+|"
                      r"normally\s+)?(?:charge|charged|bill|billed|invoice)\b[^.;!?]*$",
                      re.IGNORECASE)
# (a job board's "Interesting jobs from this company", "Recommended positions" too)
# (rules34a2: a pay review's "Other grades …, for comparison" table too)
# A short label opening a row ("Seamstress", "Furniture carpenter"): capitalised, no figure.
_ROW_LABEL = re.compile(r"[A-Z][\w'’-]+(?:\s[\w'’-]+){0,3}")
# (rules34a2) A row label's aside in lower case or figures ("Resident doctor (foundation year
# 1)"): the grade it is at, no part of the title.
_ROW_ASIDE = re.compile(r"\s*\((?=[a-z0-9])[^()]*\)$")
# A table's caption saying its rows are there to compare ("Table 3: Other grades, 2027, for
# comparison"): each row's title owns its figure.
_COMPARED_CAPTION = re.compile(r"^(?:table|figure)\s+[\w.]+\s*[:.–—-].*\bfor\s+comparison\s*$",
                               re.IGNORECASE)
_CAPTION_SPAN = 6  # rows between a caption and a row of its table at most
# A pay section by place ("Salary by voivodeship", "Pay by region"): its rows are places.
_BY_PLACE = re.compile(r"\bby\s+(?:voivodeships?|regions?|provinces?|states?|counties|county|"
                       r"cantons?|cities|city|locations?|areas?|districts?)\b", re.IGNORECASE)
_WHOSE_PAY = re.compile(r"\s(?:for|as)\s+(?:an?\s+|the\s+)?[A-Z]")
_LIST_JOINS = frozenset({",", ";", "and", "or", "&", "while", "whereas"})
# "Pastry Chef de Partie at $23.00 an hour": a title opening a sentence, then its figure.
# A grade after a title in a career grade scheme ("Senior Planning Officer – Grade 10 (£…"):
# the title owns the figure.
# ("GIS Data Manager - Grade 10: $…", "Parts Technician (grade 11): $…": the grade's tag
# before the figure's colon too)
# (rules38a) A level's code before its title in a level list ("Level C4 – Care Services
# Manager – £36,500"): the level, no word of the title.
# (a "Level 3 Supervisor" with no dash keeps its level: a trade's certified grade)
_LEVEL_LEAD = re.compile(r"^(?:(?:Level|Grade|Band|Step)\s+[A-Z]{0,3}\d{1,2}[a-z]?\s*[–—:-]\s*|"
                         r"(?:Grade|Band)\s+\d{1,2}[a-z]?\s+)(?=[A-Z][a-z])")


_DIGIT_IN = re.compile(r"\d")


def _unlevelled(lead: str) -> str:
    """``lead`` without a level's code before a title of two words or more (a one-word
    title keeps it, its owner read with the code: see the builder's grade rule).

    >>> _unlevelled("Level C4 – Care Services Manager"), _unlevelled("Band 8a Matron")
    ('Care Services Manager', 'Band 8a Matron')
    """
    coded = _LEVEL_LEAD.match(lead) if lead[:1] in "LGBS" else None
    return lead[coded.end():] if coded is not None and " " in lead[coded.end():] else lead


_GRADE_TAG = re.compile(r"\s*(?:[–—-]\s*(?:Grade|Band|Level|Scale|Pay band)\s*\d+[A-Za-z]?"
                        r"\s*[(:]?|\((?i:grade|band|level|scale|pay band)\s*\d+[A-Za-z]?\)\s*:)"
                        r"\s*$")
# A bound word the card's figure opens with ("Sourcing Executive · Up to $1,100"): the
# figure's, not the title's.
# A title's figure given roughly ("Head Chef about £41,000", "Director of X around 3.8万").
_ABOUT_TAIL = re.compile(r"\s+(?:about|around|roughly|approx\.|approximately)$")
_BOUND_TAIL = re.compile(r"\s*[·•]\s*(?:up\s*to|from|over|under|around|about)\s*$", re.IGNORECASE)
# A job taken at a figure, its title in capitals ("took a Chief CRNA job at", "accepted a
# Clinical Director post on").
_TOOK_JOB = re.compile(r"\b(?:took|accepted|landed|taking|accepting)\s+(?:a|an|the)\s+"
                       r"(?P<title>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+"
                       r"(?:job|role|post|position)\s+(?:at|on|for)\s*$")
_TITLE_AT = re.compile(r"(?:^|[.!?]\s+)([A-Z][^.!?]{2,60}?)\s+(?:at|on)\s*$")
# A table cell that is one name: capitalised words and the small words inside titles
# ("Chef de Partie", "Head of Archives").
_NAME_TAIL = re.compile(r"\s(?:de|du|des|la|le|of)\s+[A-Z]")  # "… de Partie", "… of Works"
_NAME_CELL = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|du|des|la|le|of|and|&|for))"
                        r"{1,5}")

# (fresh60) A letter's run-in label for a post held before or now, then the post's title
# and its grade after a comma ("Present post: Kitchen assistant, Grade 3, …").
_POST_LABEL = re.compile(r"(?:Present|Current|Previous|Former|Substantive|Old)\s+"
                         r"(?:post|role|position|job)\s*:\s+(?P<title>[A-Z][a-z'’-]+"
                         r"(?:\s[A-Za-z][a-z'’-]+){0,4}),\s")

# (fresh60) A row's title in sentence case, an aside in brackets, then a spaced dash before
# the figure ("Mold setter (2nd shift) — $27.00 / hour").
_SENTENCE_DASHED = re.compile(r"(?P<title>[A-Z][a-z'’-]+(?:\s[a-z][a-z'’-]+){0,3})"
                              r"(?:\s\([^()]{1,30}\))?\s[—–]\s"
                              # (rules52c) a board's statistics, one line a title: "Roofer —
                              # median 1,400 GEL gross" under a pay heading
                              r"(?:(?P<stat>median|average|mean)\s)?")
_DASHED_ENDS = ("—", "–", "median", "average", "mean")

# A run-in label in sentence case, two to four words and a colon, a pay group's code after
# it or none ("Forest master: EG 9a,", "Bus driver:"): read as a title when it is one.
_SENTENCE_RUN_IN = re.compile(r"(?P<title>[A-Z][a-z'’-]+(?: [a-z'’-]+){1,3}):"
                              r"(?:\s*(?:[A-Z]{1,3} ?\d{1,2}[a-z]?|(?:Grade|Band|Level|Scale|"
                              r"Step) \w{1,3})\s*,?)?")
# A line's run-in label ("Stipends: doctorate $1,800; …"): its first words before a colon.
_RUN_IN = re.compile(r"^\s*([A-Z][\w-]*(?:\s+[\w-]+){0,2})\s*:\s")


def _expert_row(lead: str) -> bool:
    """A tender's key-expert code, a post and its leader dots before a figure ("K-1 Team
    Leader / Highway Engineer ....", "NK-2 Surveyor ..").

    >>> _expert_row("K-1 Team Leader / Highway Engineer ...."), _expert_row("K-9 was set ..")
    (True, False)
    """
    code = _EXPERT_CODE.match(lead)
    if code is None:
        return False
    post = _DOTS_END.sub("", lead[code.end():])
    titled = _TITLE_WORDS.fullmatch(post.replace(" / ", " ")) is not None
    return titled and post != lead[code.end():]


def _compared_item(text: str, money: Money, *, bare: bool = False) -> tuple[int, int] | None:
    """Where the item of a comparison's list that holds ``money`` ends and the next begins,
    when a figure follows in the next item ("Electrician 36 200 SEK/month · Plumber …",
    "Electrician £36,200, Plumber £37,100": parted by "·", ";" or a comma right after the
    figure and its period); else None.

    >>> _compared_item("Electrician £36,200 · Plumber £37,100", find_money("Electrician £36,200"))
    (19, 22)
    >>> _compared_item("Welder £31,000 a year, Fitter £33,500", find_money("Welder £31,000 a year"))
    (21, 23)
    """
    cut = _COMPARED_SEP.search(text, money.end)
    if cut is None or cut.start() - money.end > _PERIOD_GAP or not (
            cut.group() == " · " or "|" in cut.group() or _PERIOD_ONLY.fullmatch(
                text, money.end, cut.start())):
        return None
    return (cut.start(), cut.end()) if find_money(text[cut.end():], bare=bare) is not None else (
        None)


# A comparison's items: parted by a dot, a semicolon or a comma; a comma or a semicolon only
# right after the figure and its period ("36 200 SEK/month, Plumber …")
_COMPARED_SEP = re.compile(r" · |; |, |\s+\|\s+")
_PERIOD_GAP = 16
_PERIOD_ONLY = re.compile(
    # (fixes70: "gross"/"net" before or instead of the period: "900,00 € gross, …")
    r"\s*(?:(?:gross|net)\s*)?(?:/\s*|a |an |per )?(?:month|year|annum|week|hour|day|mo|yr|hr)?"
    r"\.?\)?\s*",
    re.IGNORECASE)


def _own_head(title: str, role: str) -> bool:
    """(rules44a) ``title`` ends in ``role``'s head word or opens with a level word ("Qualified
    Body Repairer", "Apprentice Vehicle Body Repairer" of a Vehicle Body Repairer): the
    role at a level or by its short form, no other job.

    >>> _own_head("Qualified Body Repairer", "Vehicle Body Repairer")
    True
    >>> _own_head("Body Shop Manager", "Vehicle Body Repairer")
    False
    """
    words = title.lower().split()
    return bool(words) and (words[-1].removesuffix("s") == role.lower().rpartition(" ")[
        2].removesuffix("s") or words[0] in bundled_level_words(single=True) or (
        words[0] in ("qualified", "trainee", "experienced")) or words[-1] in _RUNG_TAILS)


# A rung's word ending a pay list's label ("Studio lead: $…" on a glass blower's page): the
# role at that rung, no other job.
_RUNG_TAILS = frozenset({"lead", "senior", "junior", "staff", "principal", "associate",
                         "fellow", "intern", "trainee", "apprentice"})


def _compared_lead(lead: str) -> str:
    """A pay line's title less a comparison's label before it, a statistic after it and the
    title's aside ("For comparison: Lift attendant (unskilled)" -> "Lift attendant",
    "Master tiler (master craftsman), median" -> "Master tiler"); other leads as they are.

    >>> _compared_lead("For comparison: Dental assistant (unskilled)")
    'Dental assistant'
    >>> _compared_lead("Master baker (master craftsman), median"), _compared_lead("Pay, 2024")
    ('Master baker', 'Pay, 2024')
    >>> _compared_lead("Site Foreman (grade 4) day rate, for reference")
    'Site Foreman'
    >>> _compared_lead("For comparison: Relief Porter, Grade 2 SCP 4")
    'Relief Porter'
    """
    trimmed = _GRADE_TAIL.sub("", _STAT_TAIL.sub("", _COMPARED_HEAD.sub("", lead)))
    if trimmed == lead and (referred := _REFERENCE_TAIL.search(lead)) is not None:
        # "Rope Access Supervisor (L3) rate, for reference": the title, less its rate word
        trimmed = _RATE_WORD.sub("", lead[: referred.start()])
    if trimmed == lead:
        return lead
    return _BRACKET_TAIL.sub("", trimmed).strip() or lead


# (rules36b) A post "in Charge" of the role's own trade opening a pay row ("Anaesthetic
# Technician in Charge (for information) …"): a post of its own ("in charge of" is a duty).
_IN_CHARGE = re.compile(r"^([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+in\s+[Cc]harge)\b(?!\s+of\b)")
# (rules36b) Another job's pay named as a comparison ("Salary of a biomedical laboratory
# scientist (for comparison): median DKK 44.800"): the job after "of" owns the figure.
_COMPARED_OF = re.compile(r"^(?:the\s+)?(?:salary|pay|wages?|earnings)\s+(?:of|for)\s+"
                          r"(?:an?\s+|the\s+)?([a-z][\w'’-]*(?:\s[\w'’-]+){0,4})\s*"
                          r"\((?:for\s+)?comparison\)", re.IGNORECASE)
# (rules52a) A sentence that names whose salary its figure is, in lower case ("The gross
# salary of the unit manager is Tk. 30,000 - 36,000" in a circular's promotion paragraph).
_SALARY_OF_IS = re.compile(r"(?:^|[.;]\s+)(?:[Tt]he\s+)?(?:(?:gross|basic|net|monthly)\s+)?"
                           r"salary\s+of\s+the\s+([a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3})\s+is"
                           r"(?:\s+(?:about|around|from))?\s*(?:Tk\.?|Rs\.?)?\s*$")
# "For comparison:" before another job's figure; ", median" after a title (its statistic).
# (rules35d: a job site's "Compare: X 36 200 SEK/month · Y …", its other jobs' figures)
_CARD_CELLS = 3  # a job card's strip: title · place · figure
# (rules51a) A Catalan or Spanish post named in both genders ("Monitor/a de menjador",
# "Treballador/a familiar"): a title by its slash ending, known to the vocabulary or not.
_GENDER_SLASH_TITLE = re.compile(r"[A-ZÀ-Ý][\w'’-]*/(?:a|as|es|ora)\b(?: [\w'’-]+){0,4}$")
_CARD_TITLE_WORDS = 5  # (a similar ad's title, and the heading over such cards)
# (fixes100) A translated page's English name for a post, its native title kept in brackets
# after it ("… or as the monitor of the kitchen (monitor/a de cuina)"): the words after "as",
# "to" or "into" (and an article) up to the bracket.
_GLOSS_MOST = 6  # words of such a name
_GLOSS_SMALL = frozenset({"of", "the", "and", "for", "in", "a", "an"})
_GLOSS_LEAD = r"(?:^|[\s,;])(?:as|to|into)\s+(?:the\s+|an?\s+)?"
_GLOSS_WORDS = r"(?P<english>[a-z](?:(?!\b(?:as|to|into)\b)[a-z'’ -]){2,50}?)\s*\("
_CAPITALISED = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}")
_CARD_PLACE_WORDS = 3
# (rules54a) A job card's last cell counting its openings ("Line Cook · Town, ST · $17.50/hr ·
# 4 openings"), and a title's bracketed other name ("Kiln Loader (Setter)"): no figure and
# no word of the title the vocabulary is asked about.
_OPENINGS_CELL = re.compile(r"\d{1,4}\s+(?:openings?|positions?|vacanc(?:y|ies)|posts?|jobs?)",
                            re.IGNORECASE)
_TITLE_ASIDE = re.compile(r"\s*\([^()]{2,40}\)$")
_CARD_FIRM_WORDS = 6  # a similar-ad row's firm: "Naxos Bay Hotel", "Cyclades Foods S.A."
# A pay label's items, each a title in capitals and its figure, parted by semicolons (the
# first item's title, and nothing else, before its figure; nothing cut: an empty match).
_TITLE_ITEMS = re.compile(r"(?=(?:[A-Z][\w'’&-]*\s+(?:(?:of|and|&)\s+)?){1,6}(?:(?:about|around)"
                          r"\s+)?\S{0,3}\d[^;]*;\s+[A-Z])")
# (fixes70: a translated page's "For information: commis waiter 900,00 € gross, …")
# (rules47a) A portal's strip of related jobs on one line, each "Title – Place – figure".
# (real46) A ceiling alone on its line: "Up to £24,000", "up to $30k a year".
_CEILING_ALONE = re.compile(r"\s*up\s+to\s+\S*\d[\d,.]*\s*[kK]?(?:\s+(?:a|per)\s+\w+)?\s*",
                            re.IGNORECASE)
_RELATED_STRIP = re.compile(r"^(?:Related|Similar|You may also like)(?: walk-ins| jobs| offers| "
                            r"vacancies| ads)?\s*:\s*(?=[A-Z])", re.IGNORECASE)
# (rules47a) An employer's other openings under their heading, each "Title – rate".
# (fixes90) A listing row: a title in Title Case, a capitalised place, then the figure, each
# set apart by a dash ("Field Sales Executive – Tiruppur – ₹ 2.2 Lacs P.A.").
# ((rules56b) a union's deal row names the employer after a comma: "Guard, Northway Trains —
# £33,000")
_TITLE_PLACE_FIGURE = re.compile(r"^(?P<title>[A-Z][\w'’-]*(?: (?:of |& )?[A-Z][\w'’-]*){0,4})"
                                 r"(?:\s+[–—]\s+[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}|"
                                 r",\s+[A-Z][\w'’.-]*(?: (?:& )?[A-Z][\w'’.-]*){0,3})\s+[–—]\s+"
                                 r"(?=[$€£₱₹]|[A-Z]{3}\s?\d)")
_OTHER_OPENINGS = re.compile(r"^Also (?:hiring|recruiting)\b", re.IGNORECASE)
# (fresh58) A portal's pay check on one line, each item "Title — average figure" parted by
# semicolons, after a run-in label ("Salary check (X data, Dubai): A — average AED 1,900 per
# month; B — average AED 1,750 per month"): each title owns its own statistic.
# (The statistic words are ``pay_cells.stats`` in data/headings.yaml, which fixes88's
# ``_stat_cell`` reads too: that rule owns a later cell of a partly read line, this one a
# whole strip of "title — statistic figure" items, its first item included.)


@cache
def _stat_strip() -> re.Pattern[str]:
    return re.compile(rf"^(?:[A-Z][^:;]{{0,60}}:\s+)?(?=[A-Z][^;:]{{0,50}}?\s[—–-]\s"
                      rf"(?i:{_stat_words()})(?![\w.])[^;]*;\s[A-Z])")


@cache
def _stat_item() -> re.Pattern[str]:
    return re.compile(rf"^([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){{0,4}})\s+[—–-]\s+"
                      rf"(?i:{_stat_words()})(?![\w.])")


# (fresh58) A figure in brackets right after a title in lower case on a career line ("the
# position of course director (2.800,00 € net) and later dive centre manager (from 2.700,00
# €)", "Door collector → foreman of the line (from 1 900 EUR per month)"): the bracket's
# opening, a bound word at most, then the figure and its basis or period, closed.
_ASIDE_OPEN = re.compile(r"\s\((?:from|up to|about|around|approx\.?|c\.)?\s*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"\s*(?:(?:net|gross)\b\s*)?(?:(?:a|an|per|/)\s*)?(?:month|year|"
                          r"annum|week|hour|day|h|mo)?\.?\s*\)")
# the word that opens a move's target before its title ("position of", "become", "→")
_ASIDE_BOUND = frozenset(("of", "to", "as", "become", "into", "later", "then", "→", "a", "an"))
_ASIDE_WORD = re.compile(r"[a-z][a-z'’-]*")
# (rules59a) the unit a head heads, after "of the" and one word ("the IT department")
_ASIDE_UNITS = frozenset(("department", "division", "unit", "section", "branch", "office",
                          "team", "shop", "workshop", "service"))
_SENTENCE_CASED = re.compile(r"[A-Z][a-z'’-]+")


def _qualified_level(title: str) -> bool:
    """(fixes92) A level word after a qualifier of its own ("Flotilla Lead Skipper", set 45's
    "flotilla lead skipper (2.700,00 € net)"): a post of its own, not the role at that level.

    >>> _qualified_level("Flotilla Lead Skipper"), _qualified_level("Lead Skipper")
    (True, False)
    """
    words = title.lower().split()
    return len(words) >= 3 and words[1] in _LEVEL_WORDS and words[0] not in _LEVEL_WORDS


def aside_title(clause: str, rest: str) -> str | None:
    """(fresh58) The title in lower case whose bracket holds the figure that opens ``rest``
    ("… and later dive centre manager (from " / "2.700,00 €)."): a practitioner's noun at
    its end (a tail "of the X" kept, "foreman of the line"), set off by a word that opens a
    move's target, printed in Title Case; None for any other bracket.

    >>> aside_title("and later dive centre manager (from ", "2.700,00 €).")
    'Dive Centre Manager'
    >>> aside_title("Door collector → foreman of the line (from ", "1 900 EUR per month).")
    'Foreman of the Line'
    >>> aside_title("Apprentices (from ", "£18,000).") is None
    True
    >>> aside_title("are promoted to Area sales supervisor (", "TSh 1,060,000 per month)")
    'Area Sales Supervisor'
    >>> aside_title("possible to become the head of the IT department (from ", "9 000 som).")
    'Head of the IT Department'
    """
    opening = _ASIDE_OPEN.search(clause)
    if opening is None:
        return None
    words = clause[: opening.start()].split()
    tail: list[str] = []
    if len(words) > 3 and words[-3] == "of" and words[-2] == "the" and _ASIDE_WORD.fullmatch(
            words[-1]):
        tail, words = words[-3:], words[:-3]
    elif len(words) > 4 and words[-4:-2] == ["of", "the"] and words[-1] in _ASIDE_UNITS and (
            _ASIDE_WORD.fullmatch(words[-2]) or words[-2].isupper()):
        # (rules59a) a unit's head: "become the head of the IT department (from …)"
        tail, words = words[-4:], words[:-4]
    head: list[str] = []
    while words and len(head) < 4 and _ASIDE_WORD.fullmatch(words[-1]) and (
            words[-1] not in _ASIDE_BOUND and words[-1] not in ("and", "or", "the")):
        head.insert(0, words.pop())
    if head and len(words) > 1 and len(head) < 4 and _SENTENCE_CASED.fullmatch(words[-1]) and (
            words[-2] in _ASIDE_BOUND):
        # (fresh59) "are promoted to Area sales supervisor (TSh 1,060,000 – …)": a title in
        # sentence case after the move's word, its first word capitalised
        head.insert(0, words.pop())
    if head == ["head"] and tail and len(words) > 1 and words[-1] == "the":
        words.pop()  # (rules59a) "become the head of the X department"
    if not head or not words or words[-1] not in _ASIDE_BOUND or not (practitioner_noun(
            head[-1]) or (head == ["head"] and tail)):
        return None
    money = find_money(rest)
    if money is None or money.start > 1:
        return None
    end = money.end
    while end < len(rest) and rest[end].isalpha():
        end += 1  # ((rules59a) a currency word rewritten shorter, "120 000 som": its rest)
    if _ASIDE_CLOSE.match(rest, end) is None:
        return None
    # (a plural names one holder's figure: "become educational audiologists ($61,000 - …)")
    named = title_case(singular_title(" ".join(head)))
    return f"{named} of the {title_case(' '.join(tail[2:]))}" if tail else named


_DASHED_TITLE = re.compile(r"^([A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3})\s+[–—-]\s+"
                           r"(?=\S*\d|[$€£₱₹]|[A-Z])")
_COMPARED_HEAD = re.compile(r"^(?:For comparison|For information|Compared?(?: with)?|Comparison"
                            # (rules40a) a requisition's "Comparators: X (S10) $… | Y …"
                            r"|Comparators?)\s*:\s*")
# A comparison's label before a comma ("For reference, Parts Technician (grade 11): $…"),
# read as one when the lead ends at the figure's colon (not "For comparison, Xs average $…",
# a sentence whose subject owns its figure).
_COMPARED_COMMA = re.compile(r"^(?:For (?:comparison|reference)|By comparison),\s*")
# A grade's name, no title ("Grade 6", "Band 4").
_GRADE_NAME = re.compile(r"(?i:grade|band|level|step|scale|pay band)\s*\d")
# A short title as printed, first word capitalised ("Lift attendant", "Master baker").
# A rate table's title naming the period of its rows ("CAO wage table (hourly wages, 2026)",
# "Day rates 2027"): a pay word, at most a year for figures.
_RATE_TABLE = re.compile(r"(?!.*[£$€¥₹]).*\b(?:wages?|rates?|pay|salar(?:y|ies))\b.*",
                         re.IGNORECASE)
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\b")


def _table_period(title: str) -> str | None:
    """The period a short rate table's title states for its rows, or None."""
    if len(title.split()) > _LABEL_ABOVE_WORDS + 2 or not _RATE_TABLE.fullmatch(title):
        return None
    bare = _YEARS.sub("", title)
    return None if _DIGIT.search(bare) else label_period(bare)


_OWN_TITLE = re.compile(r"[A-Z][\w'-]*(?:\s+[\w'-]+){0,5}")
# A labelled line's next item after a semicolon, with a label of its own ("Senior X: ₹16 – 20
# LPA; Analytics Lead: ₹22 – 27 LPA"): the label the figure after it has.  (fresh51) A wide
# gap parts two such items too ("Team Leaders: NZ$37/hr   Tractor Operators: NZ$39/hr").
# (carry38) A holder's figure right after "gets" ("the foreman gets AED 5,000").
_GETS_FIGURE = re.compile(r"\bgets?\s+(?:[$€£¥₹]|[A-Z]{3}\s?\d|[A-Z]{1,3}\$)"
                          # (rules49a) a translated posting's "takes" for a title's pay ("The
                          # salon manager takes 90 000 – 110 000 lek net"), never "it takes
                          # $5,000 to start"
                          r"|(?<![Ii]t )\btakes\s+(?:[$€£¥₹]|[A-Z]{3}\s?\d|\d[\d \u00a0.,]*"
                          r"(?:\s?[-–]\s?\d[\d \u00a0.,]*)?\s?(?:€|£|lek[ëe]?\b|lei\b|Kč|Ft\b|"
                          r"zł|din\.|[A-Z]{3}\b))")
# (carry38) A sentence's own label naming a title ("Pastry Chef de Partie: from QAR 5,700.").
_SENTENCE_LABEL = re.compile(r"([A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}):\s+")
_NEXT_ITEM_LABEL = re.compile(r"(?:;\s*|\s{3,})(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,5})"
                              r"\s*:\s*")
_ITEM_GAP = 2  # characters at most between the next item's label and its figure
# A tender's code for a key or non-key expert before the post ("K-3", "NK-2").
_EXPERT_CODE = re.compile(r"N?K-\d{1,2}\.?\s+(?=[A-Z])")
# Leader dots (two or more) closing a row's label; capitalised words of a title.
_DOTS_END = re.compile(r"\s*\.{2,}\s*$")
_TITLE_WORDS = re.compile(r"[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|for|de))*")
_PERSON_MONTH = re.compile(r"\bper\s+person[- ]months?\b", re.IGNORECASE)
# (rules35d) ", for reference" after another title's figure's lead, and the rate word
# before it ("Rope Access Supervisor (L3) rate, for reference: £330 – £360 / day").
# (rules38b: "Stonemason for comparison: £…", the comma left out)
_REFERENCE_TAIL = re.compile(r",?\s*for (?:reference|comparison|information)$", re.IGNORECASE)
_RATE_WORD = re.compile(r"\s+(?:(?:day|daily|hourly|weekly)\s+)?(?:rate|pay)$", re.IGNORECASE)
_STAT_TAIL = re.compile(r",\s*(?:median|average|mean)$", re.IGNORECASE)
# (rules40c) A compared title's grade after a comma ("Relief Porter, Grade 2 SCP 4 - £…"):
# the grade is no part of the title.
_GRADE_TAIL = re.compile(r",\s*(?:grade|band|level|scale)\s+[\w.-]+(?:\s+SCP\s+[\d-]+)?$",
                         re.IGNORECASE)


def _standing(title: str) -> bool:
    """A student's academic standing ("Rising junior", "Graduate students"): the intern's
    own level on a programme's pay table (``student_standings`` in ``data/headings.yaml``).

    >>> _standing("Rising sophomores"), _standing("Graduate Engineer")
    (True, False)
    """
    return singular_title(title.strip()).lower() in word_lists("student_standings").get(
        "standings", ())


# Levels a page puts before the role's head noun alone ("senior hygienists"): the role's own.
_SHORT_LEVELS = frozenset({"junior", "senior", "trainee"})
# (fixes86) A level said as "<level> level" before the role's own name ("Senior level
# signallers", "entry-level signallers").
_LEVEL_PHRASE = re.compile(r"^(?:senior|junior|entry|mid|middle|top|upper|lower|graduate)"
                           r"[- ]level\s+", re.IGNORECASE)


# A bullet's mark before a rate line's title ("> Team Leaders (pruning): $28.50/hr").
_BULLETS = ">-•*–·✔✓►▪"
_BULLET_MARK = re.compile(r"^[>\-•*–·✔✓►▪]+\s*")
_LOWER_ASIDE = re.compile(r"\s*\([a-z][^()]*\)$")  # "(pruning)", "(mulching, spraying)"


def _bulleted_title(lead: str, is_title: Callable[[str], bool]) -> str:
    """A bulleted rate line's title without its bullet mark and its lower-case aside, when
    what is left (or its singular) is a title; else the lead without its mark.

    >>> t = lambda s: s in ("Team Leader", "Team Leaders")
    >>> _bulleted_title("> Team Leaders (pruning)", t), _bulleted_title("> Training week", t)
    ('Team Leader', 'Training week')
    """
    lead = _BULLET_MARK.sub("", lead)
    bare = _LOWER_ASIDE.sub("", lead)
    single = title_case(singular_title(bare))
    if bare != lead and is_title(single):
        return single  # ("Row Supervisors": one row supervisor's rate)
    return bare if bare != lead and is_title(bare) else lead


def _label_title(label: str, is_title: Callable[[str], bool]) -> str | None:
    """The title a sentence's label names: a plural label's singular when that is a title,
    else the label itself when it is one (rules43c: "Orthotists: median $71,300." gives
    one orthotist's figure); None for no title.

    >>> t = lambda s: s in ("Orthotist", "Head Chef", "Contractor")
    >>> _label_title("Head Chef", t), _label_title("Orthotists", t), _label_title("Earnings", t)
    ('Head Chef', 'Orthotist', None)
    >>> _label_title("Contractors", t) is None  # (how the role's holders are engaged)
    True
    """
    single = singular_title(label) if label.endswith("s") else label
    if single != label and single.lower() in word_lists("pay_owner_frames").get(
            "engaged_holders", ()):
        return None  # ("Contractors: £300 – £400 per day": the role on other terms)
    if single != label and is_title(single):
        return single
    return label if is_title(label) else None


def _within(role: str, title: str) -> bool:
    """Every word of ``role`` stands in ``title`` ("Senior Purchasing Staff" on the
    Purchasing Staff's page): the role itself at a level, not another job sharing its head
    ("Warehouse Staff" beside it among similar jobs).

    >>> _within("Purchasing Staff", "Senior Purchasing Staffs")
    True
    >>> _within("Purchasing Staff", "Warehouse Staff")
    False
    """
    words = {singular_title(w).lower() for w in title.split()}
    return all(singular_title(w).lower() in words for w in role.split())


# A column header naming the rate before the fringes paid beside it ("Rates      Fringes"):
# the rows below are rates, though the header names no-pay money too.
_RATES_FIRST = re.compile(r"(?:hourly\s+)?(?:rates?|wages?)\s+(?:and\s+)?fringes?"
                          r"(?:\s+benefits?)?$", re.IGNORECASE)
# Another job's capitals ad before a figure ("HAY HAULERS WANTED - Hill Hay - $21/hr").
_WANTED_AD = re.compile(r"(?<![A-Za-z])((?:[A-Z][A-Z'&-]+\s){0,3}[A-Z][A-Z'&-]+)\s+WANTED\b")
_NO_WANTED_TITLE = frozenset({"HELP", "STAFF", "WORKERS", "PEOPLE", "HANDS"})
# (fresh50) The same ad in Title Case, its figure after a dash ("Custom Cutter wanted — $30/hr
# — Red Mesa Harvesting").
_WANTED_TITLED = re.compile(r"(?<![\w-])((?:[A-Z][\w'-]*\s){0,3}[A-Z][\w'-]*)\s+wanted\s*[—–-]\s*$")


# (rules36a) A title in capitals right before "vacancy" ("our Sport Scientist vacancy").
_VACANCY_OF = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)\s+vacanc(?:y|ies)\b")

# (rules45b) A line a calculation example opens ("Worked example: …", "Example: a Level 2
# TA working 32.5 hours … receives about £18,260"): a pension or tax guide's sums for one
# invented member, no pay of the role.
# (carry45) or a member's story, named and run in, that works out a pension ("Gareth's story:
# pensionable pay of £32,176 builds £600 of pension a year"): the same sums for one member (a
# career story's "Sarah's story: I started on £24,000" states pay and is read).
_WORKED_EXAMPLE = re.compile(r"\s*(?:(?:worked\s+)?example(?:\s+\d+)?"
                             r"|[A-Z][a-z]+['’]s\s+(?:story|example|case)"
                             r"(?=[^\n]*\b(?:pension|contributions?\b|tax\s+relief)))\s*[:—–]\s",
                             re.IGNORECASE)

# (real42) A list item naming a title, a dash, then its figure's kind before a colon.
_DASHED_PAY_LABEL = re.compile(r"^(?P<title>[A-Z][^—–:;,$]{2,60}?)\s+[—–-]\s+"
                               r"(?P<pay>[A-Z][^:;$]{2,60}?)\s*:\s*")


# (rules48b) The post a letter's reader holds now, as a field: "Current post: A, Grade 3,
# spinal point 6 (£24,027 a year)", "Your current rate as A: $26.40 per hour".
# ((rules57b) and a training agreement's "Previous occupation: X, Firm (laid off) — last wage
# $17.00/hr": the trainee's post before)
_HELD_POST = re.compile(r"(?i:(?:your\s+)?(?:current|present|previous|former|old|new)\s+"
                        r"(?:post|role|position|job|rate|pay|salary|wage|occupation))"
                        # (carry48: the title in sentence case too, "as Sanitation lead:")
                        r"(?:\s+as\s+(?P<as>[A-Z][\w&'’/-]*(?:\s+[A-Za-z][\w&'’/-]*){0,4}?))?"
                        # ((rules54b) a note in brackets before the colon, "Your current
                        # position (for the file): X at Y", or the title's workplace after
                        # it, "Your current role as X at Y in Z (KES … a month)")
                        r"(?:\s*\([^()]{1,30}\))?(?(as)(?:\s*:|\s+(?=at\s+(?:the\s+)?[A-Z]))|\s*:)"
                        r"\s*(?P<rest>.+)$")
_HELD_AT = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")
_HELD_FIRST = re.compile(r"[A-Z][\w&'’/-]*(?:\s+(?:[A-Z][\w&'’/-]*|of|and|&)){0,4}"
                         r"(?=\s*[,(]|\s+[-–—]\s|\s+at\s+(?:the\s+)?[A-Z])")


# (left54) A held post's field naming the post held now or before ("Current position: X at
# Y — $…", "Previous post: X, Grade 3 (£…)"), not the new post a letter gives; and the post
# held before it, told after it ("… Before that: Z (2019–2021)."), as a CV's history reads.
_HELD_BEFORE = re.compile(r"(?i:(?:your\s+)?(?:current|present|previous|former)\s+"
                          r"(?:post|role|position|job|occupation)\b)")
_EARLIER_POST = re.compile(r"\b(?i:before that|previously|prior to that):\s*(?P<title>[A-Z]"
                           r"[\w&'’/-]*(?:\s+[A-Z][\w&'’/-]*){0,4})\s*(?:\(|[.,;]|$)")


def _held_title(held: re.Match[str]) -> str | None:
    """The title of a held post's field: after its "as", else the words opening its value."""
    if held.group("as"):
        return held.group("as")
    first = _HELD_FIRST.match(held.group("rest"))
    return first.group() if first is not None else None


# (carry49) a later item of a line that is a title and its figure, nothing between
# ("…; Lab Technician $16.00/hr")
_BARE_TITLED_ITEM = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,6}[$£€]\s?\d")



def _class_of_mine(title: str, text: str, role: str) -> bool:
    """(fixes98) ``title`` is a class of the series whose other class ``text`` marks as the
    writer's own ("Support Tech I is pay grade 14, $…; Support Tech II (my job) is grade 16"
    on a handover note): the role at a class below, its figure the role's, as "GIS Tech I"
    is on the GIS Technician's page.  Both must carry a class numeral and share the rest,
    whose head word is the ``role``'s, perhaps cut short ("Tech" of "IT Support
    Technician"): a series of another post stays that post's.

    >>> _class_of_mine("Support Tech I", "Support Tech I is grade 14, $1; Support Tech II "
    ...                "(my job) is grade 16, $2", "IT Support Technician")
    True
    >>> _class_of_mine("Systems Administrator", "Support Tech II (my job) is grade 16",
    ...                "IT Support Technician")
    False
    """
    own = _GRADE_WORD.search(title)
    if own is None or not role:
        return False
    stem = title[:own.start()].strip().lower()
    head, role_head = stem.rsplit(" ", 1)[-1], role.lower().rsplit(" ", 1)[-1]
    if len(head) < _SHORT_HEAD_MIN or not role_head.startswith(head):
        return False  # ("Lab Aide I" on a page whose role is no aide: that post's own)
    for mark in _MINE_MARKS:
        at = text.find(mark)
        while at != -1:  # the words just before the mark: "…; Support Tech II (my job)"
            before = text[max(at - _MINE_SPAN, 0):at].rstrip()
            cut = max(before.rfind(";"), before.rfind(". "), before.rfind(","))
            mine = before[cut + 1:].strip()
            numeral = _GRADE_WORD.search(mine)
            if numeral is not None and mine[:numeral.start()].strip().lower() == stem and (
                    mine.lower() != title.lower()):
                return True
            at = text.find(mark, at + len(mark))
    return False

class PayMixin(SkillMixin):
    """Read salaries: lines, sentences, rows, grids and their owners."""

    def flair_job(self, no: int) -> str | None:
        """The other job the flair of line ``no``'s comment names (:func:`flair_jobs`), None
        for the role's own, an alias or no flair."""
        if self.flairs is None:
            # (the printed lines: a comment's byline is chrome in the page's reading text)
            self.flairs = flair_jobs(sorted(self.printed.items())) if any(
                " · " in text for text in self.printed.values()) else {}
        job = self.flairs.get(no)
        if job is None:
            return None
        job = title_case(job) if job[:1].isupper() else job
        if self.names_role(job) or self.own_or_alias(job):
            return None
        return job if self.vocab.is_role_title(job) or practitioner_noun(job.split()[-1]) else None

    def template_job(self, no: int) -> str | None:
        """The other job a filled-in template's "Job:" field names above line ``no`` (a pay
        thread's "Job: / Location: / Rate:" block), None for the role's own or no template."""
        job = template_job([self.printed.get(at, "") for at in range(no - 1, max(0, no - 8), -1)])
        if job is None or self.names_role(job) or set(job.lower().split()) <= set(
                self.role.lower().split()) or self.own_or_alias(job):
            return None  # ("Job: Painter" on the painter and decorator's thread)
        return job if self.vocab.is_role_title(job) or practitioner_noun(
            job.split()[-1], strict=True) else None

    def whole_sentence(self) -> bool:
        """The row being read opens a sentence: a turn of speech, or a line after one that
        ends a sentence (a hard-wrapped caption's next line is a fragment)."""
        last = self.last_text.rstrip()
        return self.speech is not None or not last or last[-1:] in ".!?:;"

    def pay_label(self, row: _Row) -> bool:
        """In a pay section, a short line with a pay word and no figure right above figure
        lines ("Salary in other cities" / "Leeds £31,000") labels them, as a sub-heading
        would: the figures take none of an earlier label's words (its period)."""
        after = self.next_row
        lowered = f" {row.text.lower()}"
        return (self.kind is Kind.SALARY and not row.bullet and after is not None
                and after.no == row.no + 1 and len(row.text.split()) <= _PAY_LABEL_WORDS
                and row.text[-1:] not in ".:;,!?" and any(w in lowered for w in _SALARY_WORDS)
                and find_money(row.text) is None and find_money(after.text) is not None
                # (fixes96) "Data: … Salary Tracker 2026" under the pay heading names where
                # the figures come from: no label of them (the heading above labels them)
                and not attribution_line(row.text))

    def compared_pay(self, kind: Kind, item: str, line: int) -> bool:
        """True for a title with its own pay under "Related Jobs" ("Bus Mechanics
        $58,920/yr", "Dental Assistants - Median Salary: $44,990"): pay compared, no move."""
        if kind is Kind.LATERAL and _PAY_AFTER.search(item) and _COMPARED.search(
                self.sub_text or self.top_text):
            self.out.use(line)
            return True
        return False

    def near_page_end(self, text: str) -> bool:
        """``text`` (a line's end) stands on one of the page's last few non-empty lines."""
        tail = [line.strip() for line in self.page.rstrip().splitlines()[-_LAST_LINES * 3:]]
        tail = [line for line in tail if line][-_LAST_LINES:]
        return any(line.endswith(text.strip()) for line in tail)

    def gapped_owner(self, title: str) -> bool:
        """Is ``title`` (a plural) a known title other than the role's, which a clause with
        its verb left out names as its figure's owner ("…, meat wrappers at $16.89")?"""
        single = singular_title(title)
        words = title.lower().split()
        # (a known title, or words naming a person by their ending: "meat wrappers"; never a
        # phrase of pronouns or places, "those in rural areas")
        return single != title and (self.titled(single) or (
            practitioner_noun(words[-1]) and not _GAPPED_NOT_TITLE.intersection(words))) and (
            _pay_key(title) not in (_base_key(self.role), _base_key(singular_title(self.role))))

    def titled(self, text: str) -> bool:
        """A role title in any case ("Merchandising manager")."""
        return self.vocab.is_role_title(title_case(text))

    def owned_pay(self, no: int, title: str, low: float | None, high: float | None,
                  money: Money, region: str | None = None) -> None:
        """A figure printed for ``title``: the role's own (at the title's level) or the other
        title's; ``region``: the place the figure is paid in."""
        learner = learner_after(title, self.role)  # ("Clinical Officer Intern": the role's)
        own = _same_role(singular_title(title), self.role) or (
            _pay_key(title) == _base_key(self.role)) or _standing(title) or learner is not None
        self.out.salary(SalaryRange(
            level=(salary_level(title) or learner) if own else None, label=title,
            currency=money.currency,
            min=low, max=high, open_ended=money.open_ended, period=money.period,
            role=None if own else singular_title(title), region=region,
            source=self.out.source(no)))

    def titled_cells(self, row: _Row, *, known: bool = False) -> bool:
        """A strip of cells set apart by wide spaces or middle dots, each a title and its
        figure ("School Bus Driver $36K   Train Operator $68K   Paratransit Driver $42K",
        "Jeweller € 25.300 · Optician € 27.100"): each figure is its own cell's title's; False
        when the line is no such strip.  ``known``: a strip naming the role itself is the
        role's levels, read elsewhere."""
        cells = [cell.strip() for cell in _CELL_GAP.split(row.text.strip()) if cell.strip()]
        matches = [_TITLED_CELL.match(cell) for cell in cells]
        if len(cells) < _TITLED_CELLS or not all(matches) or any(
                _ONE_END_WORDS.intersection(m.group(1).lower().split()) for m in matches if m):
            return False  # ("Low £20   High £55": a band's ends, no titles)
        if known and any(m is not None and self.own_card(m.group(1)) for m in matches) and not (
                # (each cell a full title: "Lead X $81,450 · Senior Y $69,300" under "Compare
                # with similar jobs" gives the role's level and the other title their figures)
                all(m is not None and self.vocab.is_role_title(title_case(m.group(1).strip()))
                    and len(m.group(1).split()) >= 2 for m in matches)):
            return False  # ("Senior TSE $90k · Escalation $112k": the role's own levels)
        if any(m is not None and is_not_pay(m.group(1)) for m in matches) and not any(
                m is not None and self.vocab.is_role_title(title_case(m.group(1).strip()))
                for m in matches):
            # (rules54b) "Overtime $72.00/hr · Call $5.00/hr · Holiday $39.00/hr": a strip of
            # add-ons to the rate (one cell names an addition, none a title), no pay
            self.out.use(row.no)
            return True
        # (rules33a: or a caption a few lines above it, "X salary by state (median …)", a
        # national figure's line between, when no cell names a title)
        places = _STRIP_BY_PLACE.search(self.last_text) is not None or (
            any(_STRIP_BY_PLACE.search(self.printed.get(row.no - back, "")) for back in (
                2, 3)) and all(
                m is not None and not self.vocab.is_role_title(m.group(1).strip())
                for m in matches))
        for cell, match in zip(cells, matches, strict=True):
            assert match is not None
            if places:  # "By state (…)" / "OH $50,200   MI $49,100": the role's, by place
                for money in find_amounts(cell[match.end(1):], dollar=self.dollar,
                                          home=self.home, period=self.period):
                    self.out.salary(SalaryRange(
                        label=self.last_text, currency=money.currency, min=money.low,
                        max=money.high, period=money.period, region=match.group(1).strip(),
                        source=self.out.source(row.no)))
                continue
            for money in find_amounts(cell[match.end(1):], dollar=self.dollar, home=self.home,
                                      period=self.period):
                self.owned_pay(row.no, title_case(match.group(1)), money.low, money.high,
                               money)
        self.out.use(row.no)
        return True

    def similar_ad_card(self, no: int, text: str) -> bool:
        """(fresh57) A card of two cells, a title and its figure ("Wine tour host · 1.900,00
        €"), right under a heading of other jobs ("Similar ads", "Related jobs") or another
        such card: the figure is that title's (the role's own when the title is the role's),
        though the vocabulary may not know it, the heading saying it is a job.  False when
        the line is no such card."""
        cells = [cell.strip() for cell in text.split(" · ")]
        if len(cells) != 2 or _DIGIT.search(cells[0]) or not _DIGIT.search(cells[1]) or not (
                cells[0][:1].isupper()) or len(cells[0].split()) > _CARD_TITLE_WORDS:
            return False
        above = no - 1
        while above > 0 and not self.printed.get(above, "").strip():
            above -= 1
        heading = self.printed.get(above, "").strip()
        if not (above in self.similar_cards or (
                len(heading.split()) <= _CARD_TITLE_WORDS and _OTHER_JOBS.search(heading)
                and not _DIGIT.search(heading) and " · " not in heading)):
            return False
        found = find_amounts(cells[1], dollar=self.dollar, home=self.home, period=self.period)
        for money in found:
            self.owned_pay(no, self.role if self.own_card(cells[0]) else title_case(cells[0]),
                           money.low, money.high, money)
        if found:
            self.similar_cards.add(no)
            self.out.use(no)
        return bool(found)

    def other_jobs_strip(self, no: int, text: str) -> bool:
        """(rules44b) A run-in label of other jobs over job cards parted by bars ("Similar
        jobs: Bricklayer · Martin · 7,00 €/h | Tiler · Ruže", "Other jobs at X: Cook · Town ·
        RM 1,700 | Van Dr"): each whole card read as :meth:`job_card_strip` reads one (a card
        cut off reads nothing); False when the line is no such strip."""
        label, colon, rest = text.partition(": ")
        if not colon or len(label.split()) > _STRIP_LABEL_WORDS or _OTHER_JOBS.search(
                label) is None:
            return False
        read = False
        for cell in rest.split(" | "):
            read = self.job_card_strip(no, cell.strip()) or read
        return read

    def spaced_job_cards(self, no: int, text: str) -> bool:
        """(rules47b) Job cards set side by side with wide gaps, each "Title · Place ·
        figure" (a hiring app's "other shifts near you": "Food Runner · Leeds Dock · £12.71/hr
        Barista · Headingley · £12.90/hr      Bar Supervisor · Wakefi"): each whole card read
        as :meth:`job_card_strip` reads one, a card cut off reading nothing; False when the
        line is no such row of cards."""
        cells = [cell for cell in _WIDE_CARD_GAP.split(text.strip()) if cell]
        if len(cells) < _TITLED_CELLS or not all(" · " in cell for cell in cells):
            return False
        read = False
        for cell in cells:
            read = self.job_card_strip(no, cell) or read
        if read:
            self.out.use(no)
        return read

    def glossed(self, native: str) -> str | None:
        """(fixes100) The English name the page gives a native title ``native`` in its prose,
        the native one in brackets right after it ("jump to the school as the monitor of the
        dining room (monitor/a de menjador)"): the translator's name and the native title
        are one post, named in English; None where the page prints no such gloss."""
        found = re.search(_GLOSS_LEAD + _GLOSS_WORDS + re.escape(native) + r"\s*[)/]",
                          self.page, re.IGNORECASE)
        if found is None or not found.group("english")[:1].islower() or len(
                found.group("english").split()) > _GLOSS_MOST:
            return None
        # (the native title marks a post, whatever the lexicon knows of its English head)
        return " ".join(word if word in _GLOSS_SMALL else word[:1].upper() + word[1:]
                        for word in found.group("english").split())

    def job_card_strip(self, no: int, text: str, sep: str = " · ") -> bool:
        """A job card's strip of three cells, a known title, its place and its figure
        ("Kiln Operator · Foshan · 6,000 - 8,000 yuan" under "Similar positions"): the
        figure is the title's (not the role's own, when the title is the role); False when
        the line is no such strip.

        (rules39c) a job board's similar-ad row of four cells parted by " - ", a title, its
        firm, its place and its figure ("Porter - Naxos Bay Hotel - Naxos - 1.100 € gross"),
        is one too: the firm's cell is dropped (``sep`` is " - ", split three times only, so
        a range in the figure's cell stays whole)."""
        firm = True  # (a similar ad that names its firm)
        if sep == " · ":
            cells = [cell.strip() for cell in text.split(" · ")]
            if len(cells) > _CARD_CELLS and _OPENINGS_CELL.fullmatch(cells[-1]):
                del cells[-1]  # (rules54a) "… · $19.10/hr · 2 openings": a count, no pay
            firm = len(cells) == _CARD_CELLS + 1 and not _DIGIT.search(cells[1]) and len(
                cells[1].split()) <= _CARD_FIRM_WORDS
            if firm:
                # (carry39b) "Billing Officer · Pinios Water Utility · Larissa · 1.280 -
                # 1.390 € gross": a similar ad's firm between title and place, dropped
                del cells[1]
        elif len(parts := [part.strip() for part in text.split(sep)]) > _CARD_CELLS and not (
                _DIGIT.search(parts[0] + parts[1] + parts[-1])) and all(
                _DIGIT.search(part) for part in parts[2:-1]) and len(
                parts[-1].split()) <= _CARD_FIRM_WORDS:
            # (rules59a) a classifieds site's similar ad with its firm last, "Clerk - Town -
            # Rs. 40,000/= - 48,000/= - Firm PLC": title, place, figure (a band's ends both
            # cells of it), the firm dropped
            cells = [parts[0], parts[1], sep.join(parts[2:-1])]
        else:
            cells = [cell.strip() for cell in text.split(sep, _CARD_CELLS)]
            if len(cells) != _CARD_CELLS + 1 or _DIGIT.search(cells[1]) or len(
                    cells[1].split()) > _CARD_FIRM_WORDS:
                return False
            del cells[1]  # the firm's cell
        if len(cells) != _CARD_CELLS or _DIGIT.search(cells[0]) or (
                # (rules44b) a place's numbered district ("Seksyen 13") is no figure
                _DIGIT.search(cells[1]) and _NUMBERED_PLACE.fullmatch(cells[1]) is None) or not (
                _DIGIT.search(cells[2])) or len(cells[1].split()) > _CARD_PLACE_WORDS or not (
                any(self.vocab.is_role_title(title_case(name)) or (
                    # ("Packer · Chonburi · …": a worker's noun in capitals)
                    # (fresh56: in sentence case too, a translated board's "Road worker")
                    _CAPITALISED.fullmatch(title_case(name)) is not None
                    and name[:1].isupper()
                    and practitioner_noun(name.rsplit(" ", 1)[-1]))
                    # (rules54a) or its other name in brackets: "Crab Cooker (Steamer Operator)"
                    for name in _card_title_names(cells[0])) or (
                    firm and self.own_card(cells[0])) or (
                    # (rules51a) a title in both genders ("Monitor/a de menjador - Escola X
                    # - Badalona - 10,95 €/h"): the slash ending marks a post's name
                    firm and _GENDER_SLASH_TITLE.match(cells[0]) is not None) or (
                    # (rules52c) a translated board's post named by its head and its charge
                    # ("Fitter of the workshop · Firm LLC · Town · 1,200 GEL")
                    firm and charge_title(cells[0], self.vocab.is_role_title) is not None)) or (
                self.own_card(_TITLE_ASIDE.sub("", cells[0])) and not firm):
            return False
        if week_estimate(cells[2]):
            self.out.use(no)
            return True  # (rules54b) "… · Est. $2,910/wk": a package's total, no pay
        found = find_amounts(cells[2], dollar=self.dollar, home=self.home, period=self.period)
        slashed = _GENDER_SLASH_TITLE.match(cells[0]) is not None
        # ((rules54a) the role's title, or one of its aliases with a qualifier, with another
        # name in brackets: "Tea taster (Q Grader)" of the alias "Taster")
        bare = _TITLE_ASIDE.sub("", cells[0])
        own = self.own_card(cells[0]) or (bare != cells[0] and (
            self.own_card(bare) or self.own_or_alias(bare) or any(
                qualified_title(title_case(bare), alias.text)
                for alias in self.out.lists["aliases"]))) or (slashed and any(
            # (rules51a) the role's native title, as the posting's title line printed it
            # ("Gerocultor/a" of the alias "Gerocultor/a per a residència")
            (alias.text.lower() + " ").startswith(cells[0].lower() + " ")
            for alias in self.out.lists["aliases"]))
        other = cells[0] if slashed else title_case(cells[0])
        if slashed and not own and (glossed := self.glossed(cells[0])) is not None:
            other = glossed  # (fixes100) the page's English name for the native title
        for money in found:
            # (fixes73) a similar ad for the role itself at another firm ("Waiter - Bay
            # Hotel - Kos - 1.050 € net + meals"): the role's own pay
            self.owned_pay(no, self.role if own else other, money.low, money.high, money)
        if found:
            self.out.use(no)
        return bool(found)

    def wage_grid(self, row: _Row, text: str) -> None:
        """A wage grid flattened into one line with no currency ("Warehouseperson 19.40
        20.90 … Courier Driver 22.10 …"): each rate is its row's title's, in the page's
        dollar (``pay_columns.grid_rows``)."""
        for title, rates in grid_rows(text):
            for rate in rates:
                for money in find_amounts(f"${rate:.2f} an hour", dollar=self.dollar):
                    self.owned_pay(row.no, title, money.low, money.high, money)

    def glued_row(self, row: _Row, text: str) -> bool:
        """A row of a table whose cells are glued, under a header naming its pay column
        ("Shipping Clerk Prepare invoices … $14,000 - $17,500 0-2 yrs F.5"), or a priced
        line of a title and an aside ("Temp Shipping Clerk (peak season) $95 - $120 per
        hour"): the figures are the pay of the title that opens the row."""
        found = find_amounts(text, dollar=self.dollar, home=self.home, period=self.period)
        if not found or (len(found) > 1 and _COMPARED_HEAD.match(text) is not None):
            return False  # (rules40a) "Comparators: X (S10) $… | Y (H05) $…": each its own
        lead = text[: found[0].start]
        under = self.glued is not None and self.glued[1] == row.no - 1
        if not under and not lead.rstrip(" -–—:").endswith(")"):
            return False
        if not under and not lead.rstrip().endswith(")") and not all(
                word[:1].isupper() for word in lead.partition("(")[0].split()):
            return False  # set off by a dash: only a Title Case title ("Most operators (…) -")
        title = row_title(lead.rstrip(" -–—:") + " ", self.titled)
        if title is None:
            return False
        if under and self.glued is not None:
            self.glued = (self.glued[0], row.no)  # the next row is the table's too
        for money in found:
            self.owned_pay(row.no, title_case(title), money.low, money.high, money)
        self.out.use(row.no)
        return True

    def home_money(self, text: str, bare: bool) -> Money | None:
        """The first pay ``text`` states in the page's own currency when it is no dollar (a
        Vietnamese posting's bare "15 - 22 million" is dong), or None."""
        if self.home == "USD":
            return None
        found = find_amounts(text, bare=bare, home=self.home, only_first=True)
        return found[0] if found else None

    def heading_money(self, text: str) -> str:
        """``text`` with the currency its section's heading states ("Hourly pay (USD)")
        written before each bare figure it reads with that currency, else ``text``."""
        terms = column_terms(self.sub_text or self.top_text, self.dollar)
        if terms is None or terms[0] is None:
            return text
        sign = "$" if terms[0] == self.dollar else f"{terms[0]} "  # (as a page prints it)
        for money in reversed(find_amounts(text, bare=True, currency=terms[0], period=terms[1],
                                           dollar=self.dollar, home=self.home)):
            at = money.start + len(text[money.start :]) - len(text[money.start :].lstrip())
            text = f"{text[:at]}{sign}{text[at:]}"
        return text

    def vacancy_owner(self, clause: str) -> str | None:
        """(rules36a) The other title whose opening a pay clause names ("For reference: our
        Sport Scientist vacancy last season was advertised at …"): that title owns the
        figure; the role's own vacancy, or no title before "vacancy", names none."""
        found = _VACANCY_OF.search(clause)
        title = found.group(1) if found is not None else ""
        if not title or not self.vocab.is_role_title(title) or _same_role(title, self.role) or (
                _graded_tail(title, self.role)):
            return None
        return title

    def captioned(self, no: int) -> bool:
        """(rules43a) Row ``no`` stands in a run of figure rows right under a caption that
        names pay and ends with a colon ("Top-step monthly base wage, Deputy X, 2025:" /
        "Kittson County | $7,386", "… the monthly salary schedule shall be:" / "Step A
        $5,912 | …" / "Sergeant: Step A $7,880"): the caption's pay section, no heading's."""
        for back in range(no - 1, max(0, no - _CAPTION_REACH), -1):
            text = self.printed.get(back, "").rstrip()
            if not text:
                return False
            if text.endswith(":"):
                return _PAY_CAPTION.search(text) is not None
            if len(text) > _CAPTIONED_ROW or find_money(text) is None:
                return False
        return False

    def held_history(self, held: re.Match[str], title: str, no: int) -> None:
        """(left54) The post a held-post field names as held now or before ("Your current
        position: Mother-Baby RN at X — $…/hr") is a move in, and a post held before it
        ("Before that: Medical-Surgical RN (2019–2021)") the step before that one."""
        if _HELD_BEFORE.match(held.group()) is None or _same_role(title, self.role):
            return
        earlier = _EARLIER_POST.search(held.group("rest"))
        before = "" if earlier is None else earlier.group("title")
        if before and (self.vocab.is_role_title(before) or practitioner_noun(before.split()[
                -1]) or before.split()[-1] == title.split()[-1]) and not _same_role(
                before, self.role):  # (the same head as the post now: "Ward RN", "ICU RN")
            self.out.progression([(before, no), (title, no), (self.role, no)])
        else:
            self.out.add("moves_in", title, no)

    def stat_strip(self, text: str) -> list[tuple[str, str, Money]]:
        """(fresh58) The items of a one-line pay check ("Salary check (X data, Dubai):
        Security guard — average AED 1,900 per month; CCTV Operator — average AED 1,750 per
        month"): each item's title as printed in Title Case, the item and its figure; empty
        unless every item is a role title, a dash, a statistic's word and a figure."""
        strip = _stat_strip().match(text)
        if strip is None:
            return []
        found: list[tuple[str, str, Money]] = []
        for cell in text[strip.end():].split("; "):
            cell = cell.strip()
            item = _stat_item().match(cell)
            money = find_money(cell)
            if item is None or money is None or money.start < item.end():
                return []
            title = title_case(item.group(1))
            if not (self.vocab.is_role_title(title) or _same_role(title, self.role)):
                return []  # (fixes88) "Weekends — average £…": no title, the role's own
            found.append((title, cell, money))
        return found if len(found) > 1 else []

    def position_block(self, row: _Row) -> None:
        """(rules54b) Follow a personnel form's blocks: the position the employee leaves
        ("FROM: POSITION TITLE AND NUMBER" / "7. PHYSICAL SCIENCE TECHNICIAN  00418812", or
        "CURRENT POSITION" / "Job title: X") owns the pay printed in it, up to the block of
        the position they move to ("TO: …", "NEW POSITION"); and a field restating the
        hourly rate above it by the pay period ("Biweekly: $2,088.00", "Annual: …") is the
        same pay."""
        for skipped in range(self.last_no + 1, row.no):  # (a head the rows left out)
            if from_head(self.printed.get(skipped, "")):
                self.from_post, self.from_rows = "", 0
            elif to_head(self.printed.get(skipped, "")):
                self.from_post = None
        text = row.text.strip()
        rate = _HOURLY_FIELD.match(text) is not None
        self.restating = not rate and self.rate_row and _PERIOD_FIELD.match(text) is not None
        self.rate_row = rate or self.restating
        line = self.printed.get(row.no, text)  # (a lone field's label is cut off the row)
        if self.verified_block and self.from_post is not None and next_entry(line):
            self.from_post, self.verified_block = None, False  # (the next employer's entry)
        if "erified" in line and (verified := verified_post(line, self.vocab, self.role or "")):
            # (rules57b) a screening report's "Title verified: X": the entry's rows after it
            # are that post's, its verified (or reported) pay among them
            self.from_post, self.from_rows, self.verified_block = verified, 0, True
        elif to_head(text):
            self.from_post = None
        elif from_head(text):
            self.from_post, self.from_rows = "", 0
        elif self.from_post is not None:
            self.from_rows += 1
            if self.from_rows > BLOCK_ROWS:
                self.from_post = None  # (a block no TO head closed)
            elif self.from_post == "":
                self.from_post = block_title(text) or ""
                if self.from_post and not _same_role(self.from_post, self.role):
                    self.out.add("moves_in", self.from_post, row.no)  # the post left

    def block_pay(self, row: _Row) -> bool:
        """(rules59b) A form block's pay field under its own job title field ("Your title:
        Dog Groomer" / "Pay: $18 per hour", an outside job's or an earlier job's block): that
        title's figure, never the role's.  False, nothing read, for any other row."""
        printed = self.printed.get(row.no, row.text)
        pay = pay_field(printed) if ":" in printed else None
        money = find_money(pay) if pay else None
        if pay is None or money is None:
            return False
        title = activity_title([(no, self.printed.get(no, "")) for no in (row.no - 1, row.no)],
                            row.no)
        if title is None or fact_key(title) == fact_key(self.role) or not (
                self.vocab.is_role_title(title) or practitioner_noun(title.split()[-1])):
            return False
        for part in pay.split(", "):  # ("$30 per hour, private lessons $45": both its own)
            if (money := find_money(part)) is not None:
                self.salary_sentence(row, None, part, money.start, False, title_case(title))
        return True

    def salary(self, row: _Row, label: str | None, description: str) -> None:
        if self.restating:
            return  # (rules54b) "Hourly rate: $29.47" / "Biweekly: $2,357.60": the same pay
        if row.no in self.earnings:
            self.out.use(row.no)  # (rules53b) "2025 | $53,190.20 | $9,022.88 | …": what the
            return  # employee earned in a year or a pay period, no rate of the job
        if row.text[:2] in ("Up", "up") and (self.kind in _MOVE_BUCKETS or self.kind in (
                Kind.LADDER, Kind.PROGRESSION)) and _CEILING_ALONE.fullmatch(row.text) and (
                self.vocab.is_role_title(self.last_text.strip())):
            # (real46) a progression's rung, then its bracket on a line of its own ("Junior
            # Florist" / "Up to £14,000"): a ceiling in a rung's bracket is no band (dev
            # README), the role's or the rung's
            self.out.use(row.no)
            return
        if row.text[:1] in "RSY" and (strip := _RELATED_STRIP.match(row.text)) is not None:
            # (rules47a) "Related walk-ins: Cashier – Ajman – AED 2,000 | Merchandiser – …":
            # each listed job owns its whole figure (one cut off mid-figure gives nothing)
            for cell in row.text[strip.end():].split(" | "):
                job = _DASHED_TITLE.match(cell.strip())
                money = find_money(cell.strip())
                if job is not None and money is not None and not _same_role(
                        job.group(1), self.role):
                    self.salary_sentence(row, None, cell.strip(), money.start, False,
                                         title_case(job.group(1)))
            return
        if "enalty" in (line := self.printed.get(row.no, row.text)) and penalty_days(line):
            # (fresh58) "Saturday $49.30/hr · Sunday $59.16/hr (penalty rates)", read item by
            # item: the days' rates, no pay
            return
        if "; " in row.text and (stats := self.stat_strip(row.text)):
            for owner, cell, money in stats:
                self.salary_sentence(row, None, cell, money.start, False, owner)
            return
        held = _HELD_POST.match(strip_bullet(row.full or row.text)[0]) if (
            row.text[:1] in "CcPpYyFfOoNn•-") else None
        if held is not None and (title := _held_title(held)) and (
                money := find_money(held.group("rest"))) is not None and (
                self.vocab.is_role_title(title) or practitioner_noun(title.split()[-1])
                # (carry48) a rung's seat: "Current rate as Sanitation lead: $26.50/hour"
                or title.split()[-1].lower() in _RUNG_TAILS
                # (rules54b) a title in capitals held at a named workplace ("Your current
                # position: Mother-Baby RN at St. Luke's, … — $47.20/hr")
                or (_HELD_AT.match(held.group("rest"), len(title)) is not None and all(
                    word[:1].isupper() for word in title.split()))):
            # (rules48b) a promotion letter's "Current post: Leisure Attendant, Grade 3
            # (£24,027 a year)", "Your current rate as Line Lead: $26.40 per hour": the post
            # held now owns its pay, never the role the letter promotes to ("New post: X,
            # Grade 6 (£…)" gives the role's own)
            self.salary_sentence(row, None, held.group("rest"), money.start, False,
                                 title_case(title))
            self.held_history(held, title_case(title), row.no)
            return
        if self.block_pay(row):
            return
        if "Salar" in (lead := label or description) or "alary" in lead or "Pay" in lead:
            titled = _DASHED_PAY_LABEL.match(label + ": " if label else description)
            if titled is not None and classify_heading(
                    titled.group("pay"), self.vocab.headings) is Kind.SALARY and (
                    self.vocab.is_role_title(titled.group("title")) or (
                        self.vocab.is_role_title(singular_title(titled.group("title"))))):
                # (real42) "Crane Operators — Median Annual Salary (May 2020): $56,690": a
                # list item's title, then the kind of its figure; the title owns the figure
                description = description if label else description[titled.end():]
                label = titled.group("title")
                if self.vocab.is_role_title(one := singular_title(label)):
                    label = one  # ("Medical Secretaries": one secretary's figure)
        if row.no in self.ad_lines:
            return  # a classified ad's pay, read with its headline's titles (classified_facts)
        if row.no in self.blanked:
            text = row.text
            for start, end in self.blanked[row.no]:
                text = text[:start] + " " * (end - start) + text[end:]
            row = replace(row, text=text)
        if (row.kind or self.kind) is Kind.SALARY and not label and find_money(
                row.text, bare=True) is None and (headed := self.heading_money(row.text)) != (
                row.text):
            # "Hourly pay (USD)" / "Low 21.60 | Median 28.35 | High 37.10": the heading's
            # currency is the bare figures'
            row = replace(row, text=headed, full=row.full and self.heading_money(row.full))
        if row.text[:1].isdigit() and _CLAUSE_NO.match(row.full or row.text):
            # "09. Appointment to the post of Supervising X": the clause's pay is that post's
            post = _POST_CLAUSE.match(row.full or row.text)
            self.post = "" if post is None else title_case(post.group(1))
        if not label and "\t" in row.text and is_not_pay(row.text.partition("\t")[0]):
            return  # a facts table's "Sign-on bonus<TAB>$4,500": labelled money, no pay
        if row.no in self.column_paid and not _OWN_RATE.match(row.text):
            return  # read with its title column (column_table); (a freelancer's "Daily fee:
            # CHF 1,450" under "FEES AND CONDITIONS" is his pay, the schedule's no-pay lines
            # aside)
        if _WORKED_EXAMPLE.match(row.full or row.text):
            return  # (rules45b) "Worked example: Dev … on £42,000 pensionable pay. He pays
            # 9.8% (£4,116 a year)": one made-up member's sums, no one's pay
        run_in = _RUN_IN.match(row.full or row.text)
        if run_in is not None and not_pay_heading(run_in.group(1)) and not _OWN_RATE.match(
                row.text):
            return  # "Stipends: doctorate $1,800; …": a labelled line of add-ons, no pay
        if row.text[:2] in ("A.", "A:") and _QUESTION.match(self.last_text):
            # "Q. What will I be paid?" / "A. Trainee: £24,100 …": the answer's marker is no
            # article of an owner ("a trainee")
            row = replace(row, text=_ANSWER_MARK.sub("", row.text))
            label = _ANSWER_MARK.sub("", label) if label else label
        if " | " in row.text and self.table_header:  # "| Sacristan | $27,000 | $33,400 |"
            # under "Position | Minimum | Maximum": one band (a title the vocabulary does
            # not know leaves the row to this reader)
            cells = [c.strip() for c in row.text.split("|")]
            joined = band_joined(self.table_header, cells, self.vocab.headings.table_columns)
            row = row if joined == cells else replace(row, text=" | ".join(joined))
        if " | " in row.text or " · " in row.text:  # "Minimum X | Median Y | Maximum Z"
            row = replace(row, text=joined_extremes(row.text))
        if " / " in row.text and "(" in row.text:  # "A / B / C an hour (low / median / high)"
            row = replace(row, text=legend_extremes(row.text))
        if (self.no_pay_section and not _OWN_RATE.match(row.text) and not (
                work_fee_row(row.text))) or row.no in self.calculator:
            return  # under "Fees and funding", "Fringe benefits"; a calculator's deductions
            # (a freelancer's "Day rate £720" under "Fees" is the pay for his own time; the
            # prices after its sentence are none)
        if self.last_no == row.no - 1 and _fee_caption(self.last_text):
            self.fee_line = row.no  # (each of its cells is read as a row of the same line)
        if row.no == self.fee_line:
            return  # (rules40b) "Test fees 2026/27 (per candidate)" / "Grade III: KSh 2,800 |
            # Grade II: KSh 3,900": a caption of fees over its figures, no pay
        if self.no_pay_section:
            row = replace(row, text=row.text.split(". ", 1)[0])
        priced = self.price_section or self.price_line == self.last_no or (
            len(self.last_text.split()) <= _SHORT_HEADING and not _DIGIT.search(
                self.last_text) and price_heading(self.last_text))
        if priced and not timed_money(row.text):
            self.price_line = row.no  # (the next line of money continues the prices)
            return  # "Average price" / "Low $70   High $260": a service's price, no pay
        if "   " in row.text and self.titled_cells(row):
            return  # "School Bus Driver $36K   Train Operator $68K": each title's figure
        if (row.kind or self.kind) in (Kind.PROGRESSION, Kind.LADDER) and (
                paid := _TITLE_PAID.match(row.text)) is not None and self.vocab.is_role_title(
                singular_title(paid.group(1))):
            # "Centre Supervisors (S$4,800 – S$5,600) manage a team of 12": on a career
            # path, the bracket is the pay of the title before it
            for amount in find_amounts(paid.group(2), dollar=self.dollar, home=self.home,
                                       period=self.period):
                self.owned_pay(row.no, paid.group(1), amount.low, amount.high, amount)
            self.out.use(row.no)
            return
        if row.no in self.dotted:  # a " · " strip (or a cell of one, split into items)
            if row.no not in self.titled_strips:  # (read once, at its first cell)
                printed = self.printed.get(row.no, "")
                self.titled_strips[row.no] = self.titled_cells(replace(
                    row, text=printed), known=True) or self.other_jobs_strip(
                    row.no, printed) or self.job_card_strip(row.no, printed) or (
                    self.spaced_job_cards(row.no, printed)) or self.similar_ad_card(
                    row.no, printed)
            if self.titled_strips[row.no]:
                return  # "Jeweller € 25.300 · Optician € 27.100": each title's figure
        elif not label and row.text.count(" - ") >= _CARD_CELLS and self.job_card_strip(
                row.no, row.text, " - "):
            return  # (rules39c) "Porter - Naxos Bay Hotel - Naxos - 1.100 € gross"
        elif not label and row.text.count(" — ") >= _CARD_CELLS and self.job_card_strip(
                row.no, row.text, " — "):
            return  # (rules57a) "Network administrator — Kaspi Telekom MMC — Baku — 1 800 – …"
        if not label and (currency := glued_header(row.text)) is not None:
            self.glued = (currency, row.no)
            return
        if not label and (self.glued is not None or (") " in row.text and _PRICED_ASIDE.search(
                row.text))) and self.glued_row(row, row.text):
            return
        text = description if label else self.unwrapped(row)
        if not label and text.count(" | ") == 1 and self.percentile_row(row) == "median":
            text = text.replace(" | ", " ", 1)  # (fixes94) "| Median | $42,300 |": the median
        if " | " in text and _PRICED_CELL.search(text):
            text = _BARE_RANGE_CELL.sub(lambda m: " " * len(m.group()), text)
        if "." in text and _FOOTNOTE_MARK.search(text):
            # "… $134,000.¹ For comparison, …": a footnote mark after a full stop still ends
            # the sentence (blanked, so offsets stay)
            text = _FOOTNOTE_MARK.sub(lambda m: "." + " " * (len(m.group()) - 1), text)
        # "Customs Broker's Salary: 420,000 – 780,000 per year": a pay label opens the line.
        in_section = (row.kind or self.kind) is Kind.SALARY or row.no in self.declared or bool(
            ":" in text and _PAY_LEAD.match(text)) or bool(
            ("·" in text or "/" in text) and _CARD_PAY.match(text)) or (
            len(text) <= _CAPTIONED_ROW and self.captioned(row.no))
        # "… per monthMaster weavers can earn …": a clause glued after a period word.
        text = _GLUED_PERIOD.sub(r"\1; ", text) if ("onth" in text or "ear" in text or (
            "eek" in text) or "nnum" in text) else text
        money = find_money(text, bare=in_section) or self.home_money(text, in_section)
        if money is None:
            if text.count(".") >= _GRID_DOTS and not label:
                self.wage_grid(row, text)  # rates with no currency in a flattened wage grid
            return
        if in_section and _not_pay(text[: money.start], self.vocab):
            return  # "Employment (2022) 6,900 employees": a count in the pay section
        if in_section and _counted_lead(text[: money.start]) and not _CURRENCY_MARK.search(
                text, money.start, money.end):
            return  # "Employed 2,400" in a card of pay figures: a headcount, no pay
        if not _CURRENCY_MARK.search(text, money.start, money.end) and (_THERE_ARE.search(
                text, 0, money.start) or _COUNT_LABEL.match(label or self.sub_text or "")):
            return  # "Number of nurses" / "There are over 20,000 nurses": a count, no pay
        if in_section and _CODE_LABEL.search(text, 0, money.start) and not _CURRENCY_MARK.search(
                text, money.start, money.end):
            return  # "Risk class: 5363": a bare figure after a code's label is no pay
        if _ADD_ON.match(text[: money.start]):
            return  # "+ $1.00/hr for hospital posts": an add-on to a rate, no pay
        if self.schedule and (not_wage(f"{label or ''} {text[: money.start]}") or (
                text[: money.start].rstrip().endswith("+"))):
            return  # a wage schedule's fringe fund, allowance or a foreman's "+ $2.00"
        if not label and "   " in text:
            text = self.without_tails(text)  # "$43K   $110K" over "ENTRY   TOP 10%"
            if (money := find_money(text, bare=in_section) or self.home_money(
                    text, in_section)) is None:
                return
        if " | " in row.text and self.percentile_row(row) == "other":
            return  # (fixes94) "| 25th | $36,900 |" in a table of percentiles: no pay
        if " | " in text and " | " in self.last_text:
            text = self.without_tail_columns(text)  # "| 10th | … | 90th |" over the figures
            if (money := find_money(text, bare=in_section)) is None:
                return
        lowered = row.text.lower()
        # "💰 $150,000 - $225,000"; (fixes86) a pictograph is no word of the line: "💰 $45,000
        # - $85,000 Annually (Experience Dependent)" is as alone as it is printed without one
        alone = sum(1 for word in _AMOUNTS_ONLY.sub(" ", text).split()
                    if not _pictograph(word)) <= 3
        if alone and not label and self.chip_not_pay(text):
            return
        if alone and not label and row.bullet and (row.kind or self.kind) in _MOVE_BUCKETS and (
                self.card_pay(row, text)):
            return
        if not in_section and not alone and not any(
                w in lowered for w in _SALARY_WORDS) and (
                _row_figures(find_amounts(text, dollar=self.dollar, home=self.home))
                < _ROW_FIGURES) and not (
                _PER_PERIOD.search(row.text)) and not (  # ("per monthWith": a glued sentence)
                _OWN_RATE.match(row.text)) and not (  # "Daily fee: CHF 1,450 per day"
                _STATISTIC_FIELD.match(row.text)) and not (  # "Average in X: 2 631 €/kk"
                _BASIS_FIRST.match(row.text)) and not (  # "- Gross 41.750 TL for the …"
                # (rules46a) the same after a run-in label: "For a Junior X without
                # experience: 1500 – 1700 EUR gross during …"
                ": " in row.text and _FIGURE_BASIS.match(row.text.split(": ", 1)[1])) and not (
                "receiv" in lowered and _RECEIVED_BASIS.search(row.text)) and not (
                _WAS_ON.search(row.text) and self.whole_sentence()) and not (
                # "I was on about £69,000 a year" (not a caption's fragment: "Manager I was on")
                _HIRING_PAY.search(row.text)) and not (
                # (carry38) "a helper gets AED 1,800; the foreman gets AED 5,000–6,200"
                ("gets " in lowered or "takes " in lowered) and (
                    _GETS_FIGURE.search(row.text))) and not (
                self.pay_row(text, money)) and not running_scale(text) and not (
                labelled_band(row.text)) and not (  # "Starter £12,000 to Experienced £27,000"
                # (rules38a) a post's header fields "Grade: X   Band: £61,200 – £70,400"
                "and:" in row.text and _BAND_FIELD.search(row.text)) and not (
                self.notice is not None and grade_lead(text[:money.start]) is not None) and not (
                _GRADED_FIGURE.search(text, 0, money.start + 5)) and (  # "Grade 6 (£33,966 - …"
                next_job(text[:money.start]) is None) and (  # a leaver's or a claimant's next pay
                # (rules37a) "Other schemes: A Graduate (£30,000), B Graduate (£31,000)"
                listed_title(text[:money.start], text, self.vocab.is_role_title) is None) and not (
                # (fixes70) "For information: commis waiter 900,00 € gross, …" under a career
                # path: a comparison's label before other jobs' figures is pay anywhere
                text[:3] in ("For", "Com") and _COMPARED_HEAD.match(text)):
            return  # (a table flattened into one line, a notice's "APS 4 - $…", is pay)
        # In prose, read each sentence that holds an amount on its own.
        start = 0
        # "Compare: X 36 200 SEK/month · Y 37 100 SEK/month": each item is read on its own,
        # after the comparison's label (its title owns its figure)
        compared = _COMPARED_HEAD.match(text) if text[:3] in ("For", "Com") and (
            " · " in text or ", " in text or "; " in text or " | " in text) else None
        if compared is None and in_section and "; " in text and _TITLE_ITEMS.match(text):
            # "Salary reference: A 21-33K; B about 3.8万/month": a pay label's list of titles
            # and their figures, each item read on its own
            compared = _TITLE_ITEMS.match(text)
        parted = later = False
        told: str | None = None  # (rules40c) the title of a clause whose verb was left out
        elided: str | None = None
        while money is not None:
            if compared is not None and (item := _compared_item(
                    text, money, bare=in_section and not compared.group())) is None and (
                    not parted):
                compared = None  # (no list of items after all: read sentence by sentence)
            if compared is not None:
                parted = True
                head = "" if text.startswith(compared.group()) else compared.group()
                self.salary_sentence(row, label, head + text[: item and item[0]],
                                     len(head) + money.start, in_section)
                if item is None:
                    break
                text = text[item[1] :]
                money = find_money(text, bare=in_section)
                continue
            start = text.rfind(". ", 0, money.start)
            while start > 0 and _ABBREVIATED_STOP.search(text, max(0, start - 8), start):
                start = text.rfind(". ", 0, start)  # ((rules50b) "(avg. $27.50/hr)": one
                # sentence, as _SENTENCE_STOP reads its end)
            if start > 0 and text[start - 1] == ".":  # a leader's dots end no sentence
                stops = [m.end() for m in _FULL_STOP.finditer(text, 0, money.start)]
                start = stops[-1] if stops else 0
            else:
                start = 0 if start == -1 else start + 2
            stop = _SENTENCE_STOP.search(text, money.end)  # (not "… allowance of Rs. 2,500")
            claused = False
            if ("; " in text[money.end:] or ", " in text[money.end:] or (
                    " and " in text[money.end:])) and (
                    paid := _PAID_CLAUSE.search(
                    text, money.end, stop.start() if stop else len(text))) is not None and (
                    _pay_key(paid.group("title")) not in (
                        _base_key(self.role), _base_key(singular_title(self.role)))) and (
                    paid.group("elided") is None or ((paid.group("joint") == "and" or (
                        paid.group("bare"))) and (
                        self.titled(paid.group("title"))))) and (
                    (_SENTENCE_CASE.search(paid.group("title")) is None and (
                        paid.group("title")[0].isupper())) or (
                        self.titled(paid.group("title")))) and (
                    # (a title in lower case only with its verb left out: "…, and the middle
                    # half of nurses earn $… – $…" is the role's band, no title's)
                    paid.group("title")[0].isupper() or paid.group("elided") is not None):
                # "X was £31,000; a Y is paid £12.61 an hour": the clause after the
                # semicolon, its own subject paid its own figure, is read on its own (not
                # the role at a level: "…; a Senior X is paid …" stays the role's band)
                stop, claused = paid, True
                # (rules40c) "…, and a Y (in Z) from £…": Y owns the figure, its verb the
                # first clause's
                elided = paid.group("title") if paid.group("elided") is not None else None
            if not claused and (gapped := _GAPPED_AT.search(
                    text, money.end, stop.start() if stop else len(text))) is not None and (
                    self.gapped_owner(gapped.group("title"))):
                stop = gapped  # "…, meat wrappers at $16.89": their own figure
                elided = title_case(singular_title(gapped.group("title")))
            if not claused and ") and " in text[money.end:] and (rung := _NEXT_ASIDE.search(
                    text, money.end, stop.start() if stop else len(text))) is not None:
                # (fixes92) "… the position of course director (2.800,00 € net) and later
                # dive centre manager (from 2.700,00 €)": each bracket its own post's
                stop, elided = rung, None
            end = -1 if stop is None else stop.start()
            sentence = text[start:] if end == -1 else text[start : end + 1]
            asked = _ASKED.match(text, money.end)
            titled = _TITLED_SENTENCE.match(sentence) if ": " in sentence else None
            own = _SENTENCE_LABEL.match(sentence) if label and (start > 0 or later) else None
            if own is not None and asked is None and any(self.vocab.is_role_title(" ".join(
                    own.group(1).split()[cut:])) for cut in range(max(1, len(
                    own.group(1).split()) - 1))):  # (a known title's tail: "… Chef de Partie")
                # (carry38) "Commis Cook: QAR 2,100 - 2,700 monthly. Pastry Chef de Partie:
                # from QAR 5,700.": a later sentence's own label names its figure's title
                self.salary_sentence(row, own.group(1), sentence[own.end():],
                                     money.start - start - own.end(), in_section)
            elif titled is not None and titled.end() <= money.start - start and (
                    title_label := _label_title(titled.group(1), self.vocab.is_role_title)):
                # (fixes68) "Pay: attendants start on AED 2,500. Assistant Housekeeping
                # Manager: from AED 6,000.": a later sentence labelled by a title is its pay
                # (rules43c: a plural title too, "… Orthotists: median $71,300.")
                self.salary_sentence(row, title_label, sentence[titled.end():],
                                     money.start - start - titled.end(), in_section)
            elif asked is None:  # ("is it true pilots make $400k?": a rumour asked about)
                self.salary_sentence(row, label, sentence, money.start - start, in_section,
                                     told)
            if stop is None:
                break
            following = find_money(text[stop.end() :], bare=in_section)
            if following is not None and ".." in text[max(0, stop.start() - 2):stop.end()] and (
                    rate_then_total(text[max(0, stop.start() - 24):stop.end()])):
                # (rules54b) "Taxable hourly rate $26.00/hr ........ $1,040.00": the row's
                # total for its hours after the rate's leader, the same pay
                text = text[stop.end() + following.end:]
                following = find_money(text, bare=in_section)
                if following is None:
                    break
                money, later = following, True
                continue
            if following is None:
                break
            text, money = text[stop.end() :], following
            later = True
            told, elided = elided, None

    def placed_title(self, lead: str) -> str | None:
        """The title a pay label names before "in the same city" ("Engineer of Work Safety",
        a translator's "head of object" order too), unless it is the role's own."""
        head, of, _ = lead.partition(" of ")
        if not (self.vocab.is_role_title(lead) or (of and self.vocab.is_role_title(head))) or (
                _same_role(singular_title(lead), self.role)):
            return None
        return lead

    def wanted_pay(self, no: int, clause: str, rest: str) -> bool:
        """A figure after another job's capitals "X WANTED" ad in the sentence ("Also on the
        board: "HAY HAULERS WANTED - Hill Hay - $21/hr""): that job's pay, read here; False
        when no such ad (or the role's own) comes before the figure."""
        wanted = _WANTED_AD.search(clause) if "WANTED" in clause else (
            _WANTED_TITLED.search(clause) if " wanted" in clause else None)
        money = find_money(rest) if wanted is not None else None
        if wanted is None or money is None:
            return False
        title = title_case(wanted.group(1).lower())
        if _same_role(singular_title(title), self.role) or (
                wanted.group(1).upper() in _NO_WANTED_TITLE) or (
                wanted.re is _WANTED_TITLED and not self.vocab.is_role_title(title)):
            return False
        self.owned_pay(no, title, money.low, money.high, money)
        return True

    def card_title(self, line: int) -> str | None:
        """The title the card holding ``line`` names in its "Title:" field, or None."""
        if self.card_titles is None:
            self.card_titles = card_titles(sorted(self.printed.items())) if (
                "Title:" in self.page) else {}
        return self.card_titles.get(line)

    def opening_pay(self, row: _Row, title: str | None) -> None:
        """(rules48b) The figure a current opening's card prints ("Junior UX Designer ·
        Pinecrest Labs · Austin, TX · $68,000 – $80,000 · [Apply]"): its title's pay, the
        role's own when the card posts the role itself; a card naming no title gives none."""
        if not title or find_money(row.text) is None:
            return
        own = _same_role(singular_title(title), self.role)
        for salary in read_salaries(row.text, label=title, level=None,
                                    source=self.out.source(row.no),
                                    role=None if own else singular_title(title),
                                    dollar=self.dollar, home=self.home, period=self.period):
            self.out.salary(salary)

    def card_pay(self, row: _Row, text: str) -> bool:
        """A figure alone on a bullet of a related careers card ("Window Dressers" / its
        description / "• £21,386"): the pay of the card's title, read here; False when no
        title opens the card a line or two above."""
        title, line = self.card
        if not title or not 0 < row.no - line <= _CARD_LINES or classify_heading(
                title, self.vocab.headings) is not Kind.OTHER:
            return False
        own = _same_role(singular_title(title), self.role)
        for salary in read_salaries(text, label=title, level=None, bare=True,
                                    source=self.out.source(row.no), role=None if own else title,
                                    dollar=self.dollar, home=self.home, period=self.period):
            self.out.salary(salary)
        return True

    def pay_row(self, text: str, money: Money) -> bool:
        """A line that is pay with no pay word: a title and its figure ("Small Engine
        Mechanics $45,470/yr"), or a reply that is only a band of yearly pay ("Anywhere
        from $105,000 to $180,000 depending on overtime"; a cost or a size says so, see
        ``salary._NOT_PAY``)."""
        lead = _STAT_LABEL.sub("", _GRADE_TAG.sub("", text[: money.start])).strip()
        lead = _ANSWER_MARK.sub("", lead) if lead[:2] == "A." else lead  # an FAQ's first row
        if 0 < money.start <= _ROW_LEAD and self.vocab.is_role_title(lead):
            return True  # (also "Embryologist (HCPC registered): median £43,500")
        dashed = _DASHED_ROW.match(lead) if "—" in lead or "–" in lead or " -" in lead else None
        if dashed is not None and 0 < money.start <= _ROW_LEAD and not dashed["aside"] and (
                not dashed["start"]) and (self.own_title(dashed["title"].rstrip()) or (
                self.vocab.is_role_title(dashed["title"].rstrip()))):
            return True  # (rules56b) "Senior Ticket Inspector — £37,100", "Guard, Northway
            # Trains — £33,000": a title (its employer after a comma), a dash, its figure
        if dashed is not None and not dashed["employer"] and self.own_or_alias(
                title_case(dashed["title"].rstrip())):
            return True  # (rules56a) "senior welder (after the course) — from 600 000 ₸"
        if 0 < money.start <= _ROW_LEAD and "   " in text[: money.start] and owner_lead(
                text[: money.start], self.vocab.is_role_title) != text[: money.start]:
            return True  # a fixed-width row: "Newly Qualified X (NQX)   Grade 9   £35,235 …"
        # a rate list's row set off by leader dots ("Lead Tech (all years) ...... $51.75"):
        # a title (the role's own at a level, or another) and its figure
        lead = _LEADER_GRADE.sub(r"\1", lead) if "..." in lead else lead  # ("X ... Band B")
        dotted = _TRAILING_ASIDE.sub("", _LEADER_END.sub("", lead)).strip()
        if dotted != lead and 0 < money.start <= _ROW_LEAD and (
                self.vocab.is_role_title(dotted) or self.own_title(dotted)
                or self.own_or_alias(_LEADER_END.sub("", lead).strip())
                or inverted_title(dotted, self.vocab.is_role_title)):
            # (or "Trainee Firefighter (Control) ……" on a page aliasing the rank, or a title
            # printed head first: "Supervisor, Fleet Services ……")
            return True
        if lead[:1] in "KN" and 0 < money.start <= _ROW_LEAD and _expert_row(lead):
            return True  # "K-5 Gender Specialist .. PHP 150,000": a key expert's billing row
        if dotted != lead and _RANGE_LABEL.search(dotted) and money.low is not None and (
                money.high is not None and _YEARLY_LOW <= money.low < money.high <= _YEARLY_HIGH):
            return True  # "Typical range for those roles ...... $56,000 - $71,000": a band
        if " | " in text[: money.start] and _first_cell_title(text[: money.start],
                                                                self.vocab) is not None:
            return True  # "Help desk analyst | Midpoint $51,500": a similar job's row
        return (_ANSWER_BAND.match(text) is not None and money.low is not None
                and money.high is not None and _YEARLY_LOW <= money.low < money.high
                <= _YEARLY_HIGH)

    def unwrapped(self, row: _Row) -> str:
        """A hard-wrapped prose line with the start of the next line's sentence added when
        the line breaks a sentence ("… a salary of Rs 15,000-Rs" / "20,000 per month."),
        without what the previous line took from it (blanked, so offsets stay)."""
        text = row.text
        taken = self.wrap[1] if self.wrap[0] == row.no else 0
        if taken:
            text = " " * taken + text[taken:]
        after = self.next_row
        if (row.bullet or after is None or after.heading or after.bullet or after.kind
                or text.rstrip()[-1:] in _SENTENCE_ENDS or after.no != row.no + 1):
            return text
        stop = after.text.find(". ")
        if stop == -1 and after.text.rstrip(" |")[-1:] != ".":
            return text  # the next line runs on too: it reads its own figures
        tail = after.text if stop == -1 else after.text[: stop + 1]
        if stop != -1 and _LEADER.search(tail):
            return text  # (fixes96) "3–5 years ....... £…": the next row's leader dots end
            # no sentence; that row reads its own figure
        if tail.count("(") > tail.count(")"):
            return text  # (rules40a) "… (approx. 2.810 …": a point inside a bracket ends no
            # sentence (a pay headline under a posting's fields is no wrapped sentence)
        if not (tail[:1].islower() or tail[:1].isdigit()) or not (
                _DIGIT.search(tail) or _PERIOD_START.match(tail)) or _SUB_CLAUSE.match(tail):
            return text  # ("5.4 Officers are …" opens a clause of its own)
        self.wrap = (after.no, len(tail))
        return f"{text} {tail}"

    def without_tails(self, text: str) -> str:
        """A strip of figures printed over a strip of their captions, cell for cell ("$43K
        $110K" / "ENTRY   TOP 10%"), without the figures whose caption is one tail of a
        distribution: read with that caption, the figure is no pay band (as "TOP 10% $110K"
        on one line is not)."""
        cells = [cell for cell in _CELL_GAP.split(text.strip()) if cell]
        captions = [cell for cell in _CELL_GAP.split(self.next_text.strip()) if cell]
        if len(cells) < _TAB_CELLS or len(cells) != len(captions) or any(
                find_money(caption) for caption in captions):
            return text  # (a second strip of figures below: no captions)
        kept = [cell for cell, caption in zip(cells, captions, strict=True)
                if not (find_amounts(cell, bare=True) and not find_amounts(
                    f"{caption} {cell}", bare=True))]
        return "   ".join(kept) if len(kept) < len(cells) else text

    def without_tail_columns(self, text: str) -> str:
        """A pipe table's row under a header of percentiles ("10th | 25th | Median | 75th |
        90th"), without the cells under a tail: the 10th and 90th percentiles (or a "Top 10%")
        are one end of a distribution, no pay.  (fixes94) Beside a median column the
        quartiles' cells go too, the median alone the role's point (sets 49 and 50: the
        quartiles in their columns are no band and no pay); with no median column the
        quartiles stay points."""
        cells = _PIPE_CELL.split(text.strip())
        heads = _PIPE_CELL.split(self.last_text.strip())
        if len(cells) != len(heads):
            return text
        median = next((head for head in heads if _MEDIAN_RANK.fullmatch(head.strip())), None)
        if median is not None and sum(1 for head in heads if _TAIL_HEAD.fullmatch(
                head.strip()) or _QUARTILE_HEAD.fullmatch(head.strip())) >= _RANKS_BESIDE:
            kept = [f"{head} {cell}" for cell, head in zip(cells, heads, strict=True)
                    if head is median]  # ("Median $35,900": the statistic kept with it)
            return "   ".join(kept)
        kept = [cell for cell, head in zip(cells, heads, strict=True) if not _tail_head(head)]
        return "   ".join(kept) if len(kept) < len(cells) else text

    def percentile_row(self, row: _Row) -> str | None:
        """(fixes94) "other" when ``row`` is a pipe table's row labelled by a percentile
        other than the median ("| 25th | $36,900 |", "| P90 | … |", "| Lower quartile | … |")
        in a table of percentiles (its label says so, or a row above in the same table names
        "percentile" or "quartile"): one point of a distribution, no pay and no band (the
        conventions of sets 49 and 50); "median" for the "| Median | … |" row of such a
        table, the role's point; None for any other row."""
        first = _PIPE_CELL.split(row.text.strip().strip("|").strip(), maxsplit=1)[0].strip()
        median = _MEDIAN_RANK.fullmatch(first) is not None
        if len(first) > _RANK_CELL_CHARS or not (median or _TAIL_HEAD.fullmatch(
                first) or _QUARTILE_HEAD.fullmatch(first)):
            return None
        rank = "median" if median else "other"
        if re.search(r"(?i)percentile|quartile|^p\d", first):
            return rank
        line = row.no
        for index in range(self.row_index - 1, max(self.row_index - _DOTTED_RUN, 0) - 1, -1):
            above = self.page_rows[index]
            if line - above.no > _RULE_GAP or "|" not in above.text:
                return None  # (the header's "|---|" rule line is no row)
            if re.search(r"(?i)percentile|quartile", above.text):
                return rank
            line = above.no
        return None

    def period_above(self, row: _Row, text: str) -> str | None:
        """The period a short pay label on the line above states for a figure alone on its
        line ("• Avg. Weekly Pay" / "$900": a list item's label, which heads no section),
        or None."""
        above = self.last_text
        if "...." in text:
            return self.dotted_table_period(row)
        if "|" in text and (piped := self.piped_period(row, text)) is not None:
            return piped
        if row.no - self.last_no > _LABEL_GAP or len(above.split()) > _LABEL_ABOVE_WORDS or (
                _DIGIT.search(above)) or len(_AMOUNTS_ONLY.sub(" ", text).split()) > 1:
            return None
        lowered = f" {above.lower()}"
        return label_period(above) if any(w in lowered for w in _SALARY_WORDS) else None

    def statistic_above(self, row: _Row) -> Statistic | None:
        """(fixes94) The statistic a pay label names on the line above a run of lines that
        print a figure alone ("- Median pay: How much do X make?" over "- $33,040 Annual
        Salary" and "- $15.88 per hour"): "median" or "average"; None when the nearest line
        above without a figure is no such label or the run is broken."""
        line = row.no
        for index in range(self.row_index - 1, max(self.row_index - _STAT_RUN, 0) - 1, -1):
            above = self.page_rows[index]
            if line - above.no > 1:
                return None
            if not find_money(above.text):
                match = _STAT_ABOVE.match(above.text)
                if match is None:
                    return None
                return "median" if match.group(1).lower() == "median" else "average"
            if len(_AMOUNTS_ONLY.sub(" ", above.text).split()) > _LABEL_ABOVE_WORDS:
                return None
            line = above.no
        return None

    def piped_period(self, row: _Row, text: str) -> str | None:
        """(rules37b) The period of a pipe table's row whose figure states none ("Polling
        Station Inspector | £295.00") under rows that state one ("Presiding Officer | £340.00
        for the day"): the nearest figured row's above it, in one run of pipe rows; None
        when the row states its own or no row above states one."""
        money = find_money(text)
        if money is None or stated_period(text[money.end:]) is not None:
            return None
        line = row.no
        for index in range(self.row_index - 1, max(self.row_index - _DOTTED_RUN, 0) - 1, -1):
            above = self.page_rows[index]
            if line - above.no > 1 or "|" not in above.text:
                return None
            if (figure := find_money(above.text)) is not None:
                return stated_period(above.text[figure.end:])
            line = above.no
        return None

    def dotted_table_period(self, row: _Row) -> str | None:
        """The period a dotted rate table's title states for the row read ("CAO wage table
        (hourly wages, 2026)" or "Wages in the paving sector (CAO …, 2027, per hour)" over
        "Carpenter II ....... € 16,75" and the dotted rows under it), or None: the title is
        the first line above the table's run of dotted rows."""
        line = row.no
        for index in range(self.row_index - 1, max(self.row_index - _DOTTED_RUN, 0) - 1, -1):
            above = self.page_rows[index]
            if line - above.no > _LABEL_GAP:
                return None
            if "...." not in above.text:
                return _table_period(above.text) or _title_period(above.text)
            line = above.no
        return None

    def title_above(self, row: _Row, text: str) -> str | None:
        """(fixes63) The title on the line right above a figure alone on its line, when it is
        a short known title other than the role's own ("- Team Leader" / "  $38,000" in a
        career path): that title's pay; None otherwise."""
        above = self.last_text.strip().lstrip("-•*·▪ ").strip()
        if row.no - self.last_no > _LABEL_GAP or not above or _DIGIT.search(above) or len(
                above.split()) > _LABEL_ABOVE_WORDS or not above[:1].isupper() or len(
                _AMOUNTS_ONLY.sub(" ", text).split()) > 1:
            return None
        title = title_case(above) if above.isupper() else above
        if not (self.vocab.is_role_title(title) or self.ladder_owner(title)) or _same_role(
                title, self.role) or self.own_post(title):
            return None
        return title

    def chip_not_pay(self, text: str) -> bool:
        """A figure alone on its line is labelled by the line above or below it: a count
        above ("Employment size" / "2,700") or one end of a distribution below ("$27" /
        "Lower") makes it no pay band.  A title before the figure labels it ("Similar jobs"
        / "Tax Manager  £68,500": that title's pay)."""
        money = find_money(text)
        if money is not None and self.vocab.is_role_title(text[: money.start].strip(" :–-")):
            return False
        if _RATE_LABELLED.match(text):
            return False  # "Rate: £190/day" under "Status: Employed": labelled on its own line
        above = self.last_text
        # (a priced figure counts nobody: "Similar jobs" / "Sewing operator 11,000 baht")
        if money is None and len(above) < _CHIP_LABEL and not _DIGIT.search(above) and (
                _COUNT_ABOVE.search(
                above)) and not any(w in f" {above.lower()}" for w in _SALARY_WORDS):
            return True
        # ((rules56b) an app panel's label in capitals may run longer: "AVAILABLE TO
        # TRANSFER" / "$142.80", a balance)
        if len(above.split()) <= (_CAPS_LABEL_ABOVE if above.isupper() else _LABEL_ABOVE) and (
                not _DIGIT.search(above)) and is_not_pay(above) and not _RATES_FIRST.match(above):
            return True  # "Overtime" / "£3,240" / "per year": an addition, no pay
        below = self.next_text.strip(" :").lower()
        if below in _ONE_END:
            found = find_amounts(text, bare=True, dollar=self.dollar, home=self.home)
            return len(found) == 1 and found[0].low == found[0].high
        return False

    def slash_rung(self, lead: str) -> bool:
        """Whether ``lead`` ("Deck Hand / Loader") is printed whole as a rung of a ladder the
        page has stated, or shares a name with a slash rung of it ("Yard Crew / Deck Hand"):
        one job of two names, not two titles sharing a figure."""
        key = fact_key(lead)
        parts = {fact_key(part) for part in lead.split(" / ")}
        steps = [step.text for chain in self.out.progressions for step in chain]
        return any(fact_key(step) == key or (" / " in step and parts & {
            fact_key(part) for part in step.split(" / ")}) for step in steps)

    def labels_figures(self, heading: str) -> bool:
        """Whether a heading says something of the figures under it: a pay heading, a level,
        a period or a title ("Earnings", "Entry level", "Hourly", "Senior Welder"); a page's
        other headings ("More Information", "Contact Us") label no figure (fixes61)."""
        return bool(not heading or salary_level(heading) or label_period(heading) or any(
            word.strip("(),:;") in self.vocab.role_heads for word in heading.split())
            or classify_heading(heading, self.vocab.headings) is Kind.SALARY)

    def next_item(self, text: str, offset: int, in_section: bool) -> tuple[int, str, int] | None:
        """Where a later item of a labelled line with a label of its own starts, its label and
        where its figure starts ("Senior X: ₹16 – 20 LPA; Analytics Lead: ₹22 – 27 LPA"), or
        None."""
        item = _NEXT_ITEM_LABEL.search(text, offset)
        if item is None:
            return None
        money = find_money(text[item.end():], bare=in_section)
        if money is None or money.start > _ITEM_GAP:
            return None
        return item.start(), item.group("label"), item.end() + money.start

    def part_of_sum(self, text: str) -> bool:
        """Whether ``text`` is one lettered part of a wage the page prints as their sum
        ("a Basic salary …" when a line says "Wage (a + b)")."""
        part = _PART_LINE.match(text) if text[:1] in "abcde " else None
        return part is not None and "+" in self.page and any(
            part.group(1) in found.groups() for found in _SUM_OF_PARTS.finditer(self.page))

    def salary_sentence(self, row: _Row, label: str | None, text: str, offset: int,
                        in_section: bool, listed: str | None = None) -> None:
        item = self.next_item(text, offset, in_section) if label and (
            ";" in text[offset:] or "   " in text[offset:]) else None
        if item is not None:  # "Senior X: ₹16 – 20 LPA; Analytics Lead: ₹22 – 27 LPA"
            item_end, item_label, item_start = item
            self.salary_sentence(row, label, text[:item_end], offset, in_section)
            self.salary_sentence(row, item_label, text[item_start:], 0, in_section)
            return
        if text[-1:] in _CUT_ENDS and (cut := _CUT_FIGURE.search(text)) is not None and (
                self.page.rstrip().endswith(text.rstrip())):
            # (fixes87) "… Earns £20," as the page's last characters: a figure the page cuts
            # mid-number at its end; truncated text is no data (issue 10), the rest is read
            if cut.start() <= offset:
                return
            text = text[: cut.start()].rstrip(" •·,;–—-")
        elif text[-1:].isdigit() and (cut := _CUT_DIGIT.search(text)) is not None and (
                self.near_page_end(text)):
            # (carry48) "Also recruiting: Diesel Fitter — $62.00/hr · Blast Crew Trainer — $5"
            # over the page's footer: one digit after a sign, nothing after it, on the page's
            # last lines, is a figure the page cuts mid-number (no pay of a whole dollar)
            if cut.start() <= offset:
                return
            text = text[: cut.start()].rstrip(" •·,;–—-")
        clause = text[:offset]
        if clause.endswith("): ") and (asided := _ASIDE_LABEL.match(clause)) is not None and (
                self.vocab.is_role_title(title_case(asided.group("title")))):
            # (fresh59) "Multi-skilled operator (two or more machines): $50.50 per hour": a
            # rate row's title with a lower-case note of what it takes; the title owns the
            # figure as it would with no note
            clause = f"{asided.group('title')}: "
        elif "   " in clause and (fields := _FIELD_ROW.match(clause)) is not None:
            clause = fields.group("cell")  # "JOB: X      JOB CLASS: 14      RATE: $…"
        if label and is_not_pay(label):
            return  # "Annual Increment: PKR 2,840", "Assessment fee: £395": not pay
        if self.part_of_sum(row.text):
            return  # "a Basic salary 160,000 yen" under "Wage (a + b)": one part of the pay
        if "€" in text and (cut := _EURO_HEAD.search(clause)) is not None and (
                _EURO_FIGURE.match(text, cut.start())):
            # "… median: 3.904 €", "…: € 2.130,-": the figure, read in euro notation, starts
            # before the point where its rewritten amount begins; its head is no clause
            clause = clause[: cut.start()]
        if _CHARGED.search(clause):
            return  # "We charge £150 for a half-day audit": a price, not a wage
        if self.wanted_pay(row.no, clause, text[offset:]):
            return
        if _PAST_YEAR.search(clause) and _HISTORY_TITLE.search(self.page[:_HISTORY_HEAD]):
            # "a reporter of 1888 was paid $2,500", "In 1948 a tuner earned …" in an article
            # on the occupation's history (a tribute's or an old scan's figures stay pay)
            return
        also_figured: list[str] = []
        heading = self.sub_text or self.top_text
        if heading in self.page_labels:
            heading = ""  # "PEOPLE" over a tribute's pay survey: the magazine's department
        level = salary_level(label or "", clause, self.sub_text)
        # (a sub-heading under a pay heading labels its figures: "Salary" / "Leeds")
        shown = heading if not heading.endswith("!") and (self.labels_figures(heading) or (
            self.sub_text and self.labels_figures(self.top_text))) else ""
        # (an exclaimed banner, "You're invited to a paid trial shift!", labels no figure)
        name = " / ".join(part for part in (shown, label) if part)
        # "Agricultural interns are paid …" under the last rung: the sentence's own subject.
        subject = stated_owners(clause, self.pay_title, self.role) if (
            self.sub_text and not label and _PAID.search(re.split(r"[,;]", clause)[-1])) else []
        subject = [o for o in subject if not _same_role(o, self.role)]
        # (a pay section's own heading may name whose pay it is: "Pay as a Shift Lead")
        whose = self.sub_text or (self.top_text if self.top is Kind.SALARY and (
            _WHOSE_PAY.search(self.top_text)) else "")
        if whose and not label and _LEARNERS_PAID.match(clause):
            whose = ""  # "Apprentices … are paid" under a band table's last row: the role's
        other = None if subject else other_role(  # (the subject is read below)
            whose, clause, self.role, self.vocab) or (
            self.block_title if self.kind is Kind.SALARY and self.block_title else None) or (
            # "Head Teller" over a record's pay on the bank teller's page
            self.sub_text if _role_headed(self.sub_text, self.role) else None)
        if other is None and not subject and self.family is not None and (
                self.family.term_cards) and self.top_text:
            other = self.card_owner(self.top_text)  # "personal trainer (compare!)" / "$46,180"
        if other is None and not subject and row.bullet and heading[:4] == "Also" and (
                _OTHER_OPENINGS.match(heading)) and (
                dashed := _DASHED_TITLE.match(text)) is not None and not _same_role(
                dashed.group(1), self.role):
            # (rules47a) "Also hiring in our projects:" / "• Mason – ₱750 per day": the
            # employer's other opening owns its rate
            other = title_case(dashed.group(1))
        if other is None and not subject and not label and (" – " in text or " — " in text) and (
                placed_row := _TITLE_PLACE_FIGURE.match(text)) is not None and (
                self.vocab.is_role_title(placed_row.group("title"))) and not self.own_or_alias(
                placed_row.group("title")) and not _same_role(placed_row.group("title"), self.role):
            # (fixes90) a job board's listing row "Customer Care Executive – Chennai – ₹ 2.0 –
            # 2.8 Lacs P.A.": the listed title, then its place, then its pay
            other = placed_row.group("title")
        if other is not None and (_graded_tail(other, self.role) or professional_body(other)):
            other = None  # "Senior Underwriter" over a record on the insurance underwriter's page
            # (and "Institute of Applied Surveyors" over a survey's tables: the body, no job)
        elif other is not None and " as " in whose and _same_role(other, self.role):
            # "Pay as a Welder" on the Junior Welder's page: the role a level up, its level
            level = salary_level(other) or level
            other = None
        if other is None and self.line_title and (label or clause).strip(" :").lower() in (
                _PAY_LABELS) and not _same_role(singular_title(_SPECIALISM_TAIL.sub(
                    "", self.line_title)), self.role) and (
                not _role_tail(self.line_title, self.role)):  # ("Upholsterers" titles the page)
            other = self.line_title  # "Salary: …" under a rung title printed as a heading
        figured = figure_titles(text, self.pay_title) if not (
            label or clause.strip()) else None
        if figured:  # "$86,000 — payroll managers/supervisors": those titles' figure
            owners = [t for t in figured if not (_same_role(t, self.role) or _graded_tail(
                t, self.role))]
            if len(owners) == len(figured):
                other, also_figured = owners[0], owners[1:]
        title = listed if listed is not None else listed_title(
            clause, text, self.vocab.is_role_title) if other is None and not label else None
        if title is not None:
            # (rules37a) "Other schemes: Buying Graduate (£34,000), Finance Graduate (…)":
            # each item read on its own, its title owning its figure
            item_cut = next_listed(text, offset)
            if item_cut is None:
                listed = title
            else:
                self.salary_sentence(row, label, text[:item_cut], offset, in_section, title)
                rest = text[item_cut:]
                if (next_money := find_money(rest)) is not None:
                    self.salary_sentence(row, label, rest, next_money.start, in_section,
                                         listed_title(rest[:next_money.start], text,
                                                      self.vocab.is_role_title, opening=True)
                                         or "")
                return
        if listed and not (_same_role(listed, self.role) or self.own_level(listed)
                           or _graded_tail(listed, self.role)):
            other = listed  # (rules37a) "Other schemes: Buying Graduate (£34,000), …"
        if other is None and not label and clause.rstrip()[-1:] in "(emt." and (
                bracketed := aside_title(clause, text[offset:])) is not None and (
                _qualified_level(bracketed) or not (
                _same_role(bracketed, self.role) or self.own_level(bracketed) or _graded_tail(
                    bracketed, self.role) or self.own_or_alias(bracketed) or (
                    bracketed.lower() in bundled_level_words(single=True)))):
            other = bracketed  # (fresh58) "… and later dive centre manager (from 2.700,00 €)"
        if other is None and not label and "vacanc" in clause:
            other = self.vacancy_owner(clause)  # "our Sport Scientist vacancy was advertised at"
        paid = _PAID_ASIDE.search(clause) if other is None and not label else None
        asides = alias_titles(paid.group(1), self.vocab, stated=True) if paid else []
        aside = len(asides) == 1 and not (_same_role(asides[0], self.role)
                                          or _graded_tail(asides[0], self.role))
        if aside:
            other = asides[0]  # "… as Regional Educators (paid $650 per education day)"
        if other is None and not label and not clause.strip():
            other = self.coded_title()  # "Program Manager (#PHEH05)" / "$71,900.00 Yearly Min …"
        if other is None and self.post and self.vocab.is_role_title(self.post) and not (
                _same_role(self.post, self.role) or _graded_tail(self.post, self.role)):
            other = self.post
        if other is None and self.from_post and not _same_role(self.from_post, self.role):
            other = self.from_post  # (rules54b) a personnel form's FROM block: the post left
        if other is None and not self.names_role(title_case(clause)) and not _PAST_TOLD.search(
                clause) and (flair := self.flair_job(row.no)) is not None:
            other = flair  # "Roaster now, $24/hr." under "pete · Roaster | Chicago · 1 day ago"
        if other is None and not self.names_role(title_case(clause)) and (
                job := self.template_job(row.no)) is not None:
            # "Job: Commercial foreman" over a pay thread's "Rate: £210 a shift" (not "Notes:
            # the decorators on my gang are on …": the role's)
            other = job
        if other is None and not label and (" as a" in clause or " was a" in clause) and (
                earlier := _EARLIER_JOB.search(clause)) is not None:
            # "When I started as a front desk agent … I was on $15.75", "When I was a Junior
            # Welder I was on …": the earlier job's pay
            words = earlier.group(1).split()[:_SHORT_WORDS]
            title = next((t for size in range(len(words), 0, -1)
                          if self.vocab.is_role_title(t := title_case(" ".join(words[:size])))),
                         None)  # the longest title that opens the span ("front desk agent")
            if title is None and all(w[:1].isupper() for w in words):
                title = " ".join(words)  # "When I was a Welder's Helper": a job, as capitalised
            if title is not None and not _same_role(title, self.role):
                other = title
        if other is None and not label and "now" in clause.lower() and (
                now := held_now(clause, self.vocab)) is not None and not (
                _same_role(now, self.role) or self.own_level(now)):
            other = now  # "Was a tiler for 9 years. Now an estimator on £41,000": his pay now
        if other is None and not label and ("my " in clause.lower() or "I " in clause
                                            or "I'm " in clause or "I’m " in clause):
            other = self.told_job(clause)  # "My last PM salary was £52,000"
        if other is None and not label and (("that " in clause and _THAT_POST.search(clause))
                                            or ("paid" in clause and _IT_PAID.match(clause))):
            # "… began work … as a slinger signaller. He held a card for that role and was
            # paid £13.80 per hour", "I started as a pipe fitter. It paid $52,000": the post
            # the sentence before names owns the figure
            other = self.post_before(row, text)
        # "Lena Mason earns £41,000 as a site manager": the post after the figure owns a
        # person's figure (the role's own post: the role's); a job holder named with an
        # article ("A Pastry Baker earns … as a …") is the sentence's subject, read below
        as_post = self.post_after(text, offset) if other is None and not label and (
            " as " in text[offset:]) and self.one_figure(text, offset) and not (
            _HOLDER_SUBJECT.match(clause)) else None
        if as_post is not None and not self.own_post(as_post):
            other = as_post
        if other is None and " / " in text[offset:] and (
                holder := self.slash_holder(text, offset)) is not None:
            other = holder  # (fixes71) "4.9 million yen / Workshop chief, 8th year": its holder
        if other is None and not label and self.one_figure(text, offset) and (
                told := told_owner(clause, lambda title: self.vocab.is_role_title(title) or (
                    title in self.told_rungs), self.spelled)
        ) is not None and not (self.own_level(told) or _role_tail(told, self.role)
                               or told.lower() in bundled_level_words(single=True)
                               or _same_role(told, self.role) or _graded_tail(told, self.role)
                               or fact_key(told).endswith(fact_key(self.role))):
            # "I'm 38, a scaffolder … on $52", "as a dive tender … at $38" (a sentence with
            # more figures is read figure by figure below)
            other = told
        in_speech = other is None and not label and self.speech is not None and (
            row.no in self.speech.spoken)
        if in_speech:  # a transcript's speech: its subject or "as a X" owns the figure, or none
            other = said_owner(clause, text[offset:], self.page.replace(text, " "),
                               role=self.role, is_title=self.vocab.is_role_title)
        if other is None and not in_speech and (comparator := _COMPARATOR_ROW.match(
                clause)) is not None and self.vocab.is_role_title(
                compared_title := title_case(comparator.group("title"))) and fact_key(
                compared_title) != fact_key(self.role):
            # (rules48c) "Chief Estimator comparator (not hiring): $145,000+" in a hiring
            # note: the title compared with owns its figure, the post is no opening
            other = compared_title
        if other is None and not in_speech and not label and "(" in clause and (
                initials := _NAMED_INITIALS.search(clause)) is not None and (
                spelt := self.ladder_initials(initials.group("initials"))) is not None:
            # (rules48c) "For reference Dev (LAM) sits at £45,000 – £50,000": a colleague
            # and his post's initials, a rung of the page's own ladder, own the figure
            other = spelt
        if other is None and clause[:1] in "PCOFS" and (
                posted := _POST_LABEL.match(clause)) is not None and (
                held := title_case(posted.group("title"))) and (self.vocab.is_role_title(
                    held) or practitioner_noun(held.rpartition(" ")[2])) and not (
                self.own_or_alias(held) or _same_role(held, self.role)):
            # (fresh60) "Present post: Kitchen assistant, Grade 3, point 8 (£24,726 per
            # annum)" in a promotion letter: the post held now, another title, owns its pay
            other = held
        # ("Warehouse Staff · 8 - 10 million": a similar job's card, its title before a dot)
        lead = (label or _unlevelled(_BOUND_TAIL.sub("", _GRADE_TAG.sub(
            "", clause)).strip().rstrip(":–—-·").strip())) if (
            other is None and not in_speech) else ""
        if not label and clause.count("\t") >= _TAB_CELLS and (
                occupation := _occupation_cell(clause.split("\t")[0])) is not None:
            # "Police and Detectives <tab> duties <tab> education <tab> $74,910": a row of a
            # similar-occupations table flattened with tabs.
            other = None if _same_role(occupation, self.role) else occupation
            lead = ""
        if other is None and not label and " | " in clause and (
                cell := _first_cell_title(clause, self.vocab)) is not None:
            # "Help desk analyst | Midpoint $51,500" among similar jobs: that title's figure
            # ("X (Rail Freight) | Start: … | Salary: …": the role with its specialism;
            # "Professor | $121,000 minimum" on the Associate Professor's rank table: another
            # rank of the page's ladder, rules37b)
            other = None if _same_role(_SPECIALISM_TAIL.sub("", cell), self.role) and not (
                self.other_rank(cell)) else cell
            lead = ""
        elif other is None and not label and " | " in clause and (
                cell := _ranked_cell(clause)) is not None:
            other, lead = cell, ""  # (rules37a) "Chief CRNA | $250,000 – …": a rank above
        elif other is None and not label and " | " in clause and (
                grade_cell := _graded_cell_title(clause)) is not None and (
                self.other_rank(grade_cell, graded=True) or (
                    self.ladder_owner(grade_cell) is not None)):
            other, lead = grade_cell, ""  # "Grade 10 | Reader | spine 47–51 | £…": the rank's
        elif other is None and not label and " | " in clause and (
                cell := self.longer_title(clause.split("|", 1)[0].strip())) is not None:
            other, lead = cell, ""  # "Pastry Chef de Partie | $21–$25/hr": that title's pay
        elif other is None and not label and (at := _TITLE_AT.search(clause)) is not None and (
                named := self.longer_title(at.group(1))) is not None:
            other, lead = named, ""  # "… Chef de Partie at $23.00 an hour is above …"
        elif other is None and not label and "   " in row.text and _OTHER_JOBS.search(
                heading) and (cell := self.listed_job(row.text)) is not None:
            # "Gallery clerk   Mori Paper Co.   Monthly salary 180,000 yen" under "Other jobs
            # at this company": the listed job's figure
            other, lead = cell or None, ""
        if other is None and row.no in self.adverts and not self.own_card(
                self.adverts[row.no]):
            other, lead = self.adverts[row.no], ""  # a pasted advert: its own title's pay
        carded = self.card_title(row.no) if other is None else None
        if carded is not None and not self.own_title(carded) and self.vocab.is_role_title(carded):
            other, lead = carded, ""  # "Title: Crew Leader" / "Earning: $34/hr": its own pay
        nested = self.family.owners.get(row.no) if self.family is not None else None
        if other is None and nested is not None and not _same_role(nested, self.role):
            other, lead = nested, ""  # a mind map's pay under "→ Systems Tech": that job's
        lead = _bulleted_title(lead, self.vocab.is_role_title) if lead[:1] in _BULLETS else lead
        if lead[-1:] in "tdyx." and (about := _ABOUT_TAIL.search(lead)) is not None and (
                self.vocab.is_role_title(lead[:about.start()])):
            lead = lead[:about.start()]  # "Director of X about 3.8万/month": the title's
        if lead[:1] in _CIRCLED:  # (rules36c) "⑥ AREA MANAGER (4–6 shops) — €…": a
            # numbered step's title in capitals owns its figure, as printed in Title Case
            lead = _capital_step(lead[1:].strip())
            if _same_role(_ASSISTANT.sub("", lead), self.role):
                lead = ""  # ("ASSISTANT SHOP MANAGER" on the shop manager's: the role's own)
        # ("Deckhand ....... € 2.900": a sign set apart from its figure ends the lead)
        lead = _SIGN_END.sub("", lead) if lead[-1:] in _SIGNS else lead
        lead = _LEADER_GRADE.sub(r"\1", lead) if "..." in lead else lead
        dotted = _LEADER.search(lead)  # "Foreman ........ $38.85/hr": a rate line's title
        lead = lead[: dotted.start()] if dotted else lead
        if dotted and lead.strip().lower() in schedule_words().journey:
            lead = ""  # (fixes70) "Journeyman ........ 38,76 $": the trade's certified rung
        if other is None and "comparison" in lead and (
                of := _COMPARED_OF.match(lead)) is not None and not _same_role(
                    title := title_case(of.group(1)), self.role) and self.vocab.is_role_title(
                    title):
            other = title  # "Salary of a biomedical scientist (for comparison): median …"
        if other is None and "alary of the " in lead and (
                of_is := _SALARY_OF_IS.search(lead)) is not None and not _same_role(
                    title := title_case(of_is.group(1)), self.role) and (
                self.vocab.is_role_title(title)):
            other = title  # (rules52a) "The gross salary of the unit manager is Tk. 30,000"
        lead = _STAT_LABEL.sub("", lead) if ":" in lead else lead  # "Lab Director: median"
        if other is None and label and lead[:1].isupper() and (
                stat_title := stat_label_title(lead)) is not None and self.vocab.is_role_title(
                stat_title) and stat_title.split(" ", 1)[0].lower() not in bundled_level_words(
                single=True):
            # (fixes90) "Median: $78,000 · Range: … · Dental Therapist median: $66,500", its
            # cells read one by one: a cell labelled by a title and a statistic word is that
            # title's statistic (the role's own when it names the role; a level, "Senior
            # median", is the role's level), never the role's with "Median" glued on
            other = None if self.own_or_alias(stat_title) or _same_role(
                stat_title, self.role) else stat_title
            lead = ""
        compared = (lead[:3] in ("For", "Com") and _COMPARED_HEAD.match(lead) is not None) or (
            (", for " in lead or lead.endswith((" for comparison", " for reference"))) and (
                _REFERENCE_TAIL.search(lead) is not None))
        # (carry48: "By comparison, UX Writers: median $…", a statistic after the colon)
        if not compared and lead[:3] in ("For", "By ") and _STAT_LABEL.search(clause) and (
                comma := _COMPARED_COMMA.match(lead)) is not None and not _GRADE_NAME.match(
                    lead, comma.end()):  # (not "For comparison, Grade 6 (…): £…": a grade's)
            lead, compared = lead[comma.end():], True  # "For reference, X (grade 11): $…"
        lead = _compared_lead(lead) if compared or ", " in lead else lead
        if other is None and (compared or lead[:7] == "Master ") and _OWN_TITLE.fullmatch(
                lead) and not _same_role(lead, self.role) and not _CLAUSE_VERB.search(lead) and (
                not _GRADE_NAME.match(lead)) and not (  # ("For comparison, Grade 6 (…): £…")
                # (rules38b) "Master wheelwright: £…" on a page whose route runs "… →
                # Journeyman Wheelwright → Master Wheelwright": the guild's top grade of the
                # role, its own pay
                not compared and self.guild_master(lead)):
            # (a clause is no title: "Master electricians earn: …" is read by its subject)
            # "For comparison: Lift attendant …: € 2.130,-" is that job's figure; a master
            # craftsman's title ("Master tiler, median: …") is a title of its own, no level
            other = lead
        elif other is None and compared and lead.islower() and 0 < len(lead.split()) <= 3 and (
                self.vocab.is_role_title(title_case(lead)) or practitioner_noun(
                    lead.rpartition(" ")[2])) and not _same_role(title_case(lead), self.role):
            other = title_case(lead)  # (rules38b) "For comparison: farrier £200 – £280 a day"
        elif other is None and lead[-1:] in ":," and (
                run_in := _SENTENCE_RUN_IN.fullmatch(lead)) is not None and (
                named := title_case(run_in.group("title"))) and (self.vocab.is_role_title(
                    named) or practitioner_noun(named.rpartition(" ")[2])) and not (
                self.own_or_alias(named)):
            # (fresh51) "Forest master: EG 9a, 3.140,45 / 3.279,56 €": a run-in label in
            # sentence case that is another title (its pay group after it) owns the figures,
            # as the label in Title Case does
            other = named
        elif other is None and row.bullet and bool(label) and (
                run_in := _SENTENCE_RUN_IN.fullmatch(
                    f"{_BRACKET_TAIL.sub('', lead).strip()}:")) is not None and (
                named := title_case(run_in.group("title"))) and (
                practitioner_noun(named.rpartition(" ")[2]) or self.vocab.is_role_title(
                    named)) and not self.own_or_alias(named) and not _same_role(
                    named, self.role) and not _own_head(named, self.role):
            # (rules44a) "- Body shop manager: £40,000 - £47,000" in a pay list: a bullet's
            # run-in title in sentence case, another job's (the role's own head, "Qualified
            # body repairer", "Apprentice X", stays the role's)
            other = named
        elif other is None and clause.rstrip().endswith(_DASHED_ENDS) and (
                dashed := _SENTENCE_DASHED.fullmatch(f"{clause.rstrip()} ")) is not None and (
                " " in dashed.group("title") or dashed.group("stat")) and (
                named := title_case(dashed.group("title"))) and self.vocab.is_role_title(
                named) and not self.own_or_alias(named) and not _same_role(
                named, self.role) and not _own_head(named, self.role):
            # (fresh60) "Machine operator — $19.00 – $22.50 / hour — $1,000 reward" in a
            # list of open roles: a row's title in sentence case before a spaced dash owns
            # the figure, as the same title in Title Case does; (rules52c) so does one
            # title word before a statistic ("Plumber — median 1,400 GEL gross")
            other = named
        billed = None  # (a key expert's billing row: its period, where the tender states it)
        if lead[:1] in "KN" and (code := _EXPERT_CODE.match(lead)) is not None:
            # "K-1 Team Leader / Highway Engineer …. USD 21,500": a key expert's billing row,
            # its title as printed (a slash in it is one post), less the tender's code; the
            # rates of a tender "per person-month" are a month's
            lead = _DOTS_END.sub("", lead[code.end():])
            billed = "month" if _PERSON_MONTH.search(self.page) else None
            if other is None and _OWN_TITLE.fullmatch(lead.replace(" / ", " ")) and not (
                    _same_role(lead, self.role)):
                other = lead
        if lead[:1] in "AMTBaImt" and (stat := _stat_opening().match(lead)) is not None and (
                not _CLAUSE_VERB.search(lead, stat.end())):
            # "Middle 50% of qualified arborists", "Average annual base for a Consulting
            # Arborist (AQF Level 5)": the statistic's people, less qualifier and aside (not
            # a sentence: "The average salary for a X is …" is read as before)
            lead = _BRACKET_TAIL.sub("", lead[stat.end():]).strip()
        # (a job-family row's title cell before its grade: a title, its head known or not)
        family_row = graded_cell(lead) if lead and (
            "   " in lead or "Band " in lead or "Grade " in lead) else None
        shown = lead
        lead = owner_lead(lead, self.vocab.is_role_title) if lead else lead  # "Fresher (X)"
        if other is None and lead != shown and " of the " in lead and shown.endswith(
                ")") and "(for " in shown and not _same_role(lead, self.role):
            # (rules51c) "Coordinator of the center (for comparison): 1.480 €": the post the
            # page shows for comparison, named by its head and its charge, owns the figure
            other, lead = lead, ""
        if family_row is not None and family_row[-1:] == "s" and self.vocab.is_role_title(
                singular_title(family_row)) and not self.vocab.is_role_title(lead):
            # (carry36) "Weekend Clerks    casual    £…": the plural title cell, singular
            family_row = lead = singular_title(family_row)
        if other is None and family_row is not None and not self.vocab.is_role_title(
                family_row) and practitioner_noun(family_row.split()[-1]) and not (
                self.own_or_alias(family_row)):
            other, lead = family_row, ""  # "Water Quality Sampler    Band D   £…"
        # ("Survey Manager19|1,320,000 – …": a glued grade code's digit left before the figure)
        lead = _CODE_TAIL.sub("", lead) if lead[-1:].isdigit() else lead
        # ("47-2231    Solar Photovoltaic Installers  $51,860": an SOC code before the title)
        if lead[:1].isdigit() and SOC_CODE.match(lead):  # (its title plural, as SOC prints it)
            lead = singular_title(SOC_CODE.sub("", lead))
            if other is None and lead and not (self.own_or_alias(lead) or _same_role(
                    lead, self.role) or self.own_level(lead) or _graded_tail(lead, self.role)):
                # (fixes80) the code marks the row's words as an occupation's title, known
                # or not ("51-2041  Structural Metal Fitters  $…"): its figure
                other, lead = lead, ""
        programme = _PROGRAMME_PAY.search(clause) if other is None and "rogram" in clause else None
        if programme is not None and not self.own_card(programme.group("title")):
            # "join the Management Trainee (MT) program … with a salary of Rp …": a trainee
            # programme with its own title is a rung of its own, and owns its pay
            other, lead = programme.group("title"), ""
        took = _TOOK_JOB.search(clause) if other is None and (
            "job" in clause or "role" in clause or "post" in clause or "position" in clause
        ) else None
        if took is not None and (took.group("title").split()[0].lower() in _OTHER_RANKS or not (
                self.own_card(took.group("title")) or self.own_level(took.group("title")))):
            # (rules37a) "My friend took a Chief CRNA job at $268,000": that title's figure
            other, lead = took.group("title"), ""
        leaving = next_job(clause) if other is None else None
        if leaving is not None and not self.own_card(leaving):
            other, lead = leaving, ""  # "I've accepted a X position (about $78,000)": X's pay
        titled = _TITLE_GRADED.search(clause) if other is None and (
            "rade" in clause or "and" in clause or "ange" in clause) else None
        if other is None and (titled is None or _GRADE_NUMERAL.fullmatch(
                titled.group("title"))) and ("rade" in clause or "and" in clause):
            # (carry47) a sentence-case title at the line's start ("Meter technician II
            # (Grade 20): $…", "Meter shop supervisor (Grade 25, exempt): $…"): the whole
            # title, not its grade's numeral
            titled = _SENTENCE_GRADED.match(clause) or _SENTENCE_GRADED_AFTER.search(
                clause) or titled
        graded_title = titled.group("title") if titled is not None else ""
        if " and " in graded_title and self.vocab.is_role_title(singular_title(
                graded_title.partition(" and ")[0])):
            # (rules44b) "Senior Xs and Xs (Grade 7, …": two titles, the bracket the last's
            # ("Data and Exams Manager (Grade 7, …" is one)
            graded_title = graded_title.partition(" and ")[2]
        if titled is not None and not self.own_card(graded_title) and not (
                self.short_role(_GRADE_WORD.sub("", graded_title))) and not (
                _class_of_mine(graded_title, text, self.role or "")):
            # "… Research Grants Administrator (Grade 5, £29,605 – …)", "GIS Analyst is grade
            # 19 ($68,400 – …)": the graded title's pay (the role's own grades stay its own)
            other, lead = graded_title, ""
            rest_at = text.find("; ", offset)
            if rest_at != -1 and (next_money := find_money(text[rest_at + 2:])) is not None:
                # (prec11) "X is pay grade 13, $…; Y (my job) is grade 15, $…": the next
                # clause names its own title, the first title owns no more
                self.salary_sentence(row, label, text[rest_at + 2:], next_money.start,
                                     in_section)
                text = text[:rest_at]
        graded = _GRADE_OWNER.search(clause) if other is None and "(" in clause else None
        if graded is not None and not _same_role(graded.group("title"), self.role):
            # "For comparison, Grade 7 (Enforcement Officer): £31,067 – £33,366": the grade of
            # the title in brackets, that title's pay
            other, lead = graded.group("title"), ""
            rest_at = text.find("; ", offset)
            # (rules41c) "… is $24.90 - $32.25 per hour and Transportation Dispatcher (Range
            # 28) $26.15 - …": an "and" before the next capitalised title parts them too
            joined = _AND_NEXT_TITLE.search(text, offset) if " and " in text[offset:] else None
            if joined is not None and (rest_at == -1 or joined.start() < rest_at):
                rest_at = joined.start() + 3
            if rest_at != -1:  # "…; Grade 11 (Principal TSO): £45,718 – …": the next title's
                rest = text[rest_at + 2:]
                if (next_money := find_money(rest)) is not None:
                    self.salary_sentence(row, label, rest, next_money.start, in_section)
                text = text[:rest_at]
        if lead and _ALL_JOBS.match(lead):
            return  # "Total, all occupations  $49,500": a comparison, no one's pay
        if lead and "enchmark" in lead and (bench := _BENCHMARK_OF.match(lead)) is not None:
            lead = bench.group("title")  # "Benchmark (Kiln Operator) ..... $51,000": its title's
        general = _SOC_GENERAL.search(lead) if lead and "," in lead and "(" not in lead and (
            len(lead.split()) <= _SOC_WORDS) else None
        if general is not None and self.vocab.is_role_title(title_case(singular_title(
                lead[:general.start()]))) and not _same_role(lead[:general.start()], self.role):
            # "Maintenance and Repair Workers, General  $48,620": an SOC title's inverted
            # qualifier after its plural
            other, lead = lead, ""
        if lead and len(lead) < 80 and (" " in lead or dotted) and not self.vocab.is_role_title(
                lead) and lead[:1].isupper() and lead.endswith("s") and ":" not in lead and len(
                lead.split()) <= _SHORT_ROW + 2 and self.vocab.is_role_title(
                title_case(singular_title(lead))):
            lead = title_case(singular_title(lead))  # "Postal service workers  $57,950"
        charged = _IN_CHARGE.match(lead) if other is None and " charge" in lead.lower() else None
        if charged is not None:  # (rules36b) "X in Charge (for information) …": a post above
            other, lead = charged.group(1), ""
        if lead.endswith(")") and (core := _ROW_ASIDE.sub("", lead)) != lead and (
                core.split(maxsplit=1)[0].lower() in _OTHER_RANKS) and fact_key(core).endswith(
                fact_key(self.role)):
            lead = core  # (carry39b) "Head Chauffeur (staff of 4+): £N": its aside a condition
        if other is None and dotted and ": " in lead and lead.partition(":")[0].isupper() and (
                classed := leader_owner(lead, self.vocab.is_role_title, self.own_or_alias)):
            # (fixes82) a wage determination's "LABORER: Mason Tender ....": the subclass's
            # worker (with its class where it names a machine), never the printed row label
            other, lead = classed, ""
        ranked = lead.split(maxsplit=1)[0].lower() in _OTHER_RANKS and fact_key(
            lead).endswith(fact_key(self.role)) if lead else False  # "Chief X Php 55,900"
        # (under "Salaries for similar jobs" a title is another job's, even at the role's
        # own trade: "Data Engineer 56,400" on the Junior Data Engineer's page)
        others = bool(lead) and (_OTHER_JOBS.search(heading) is not None or self.compared_rows(
            row.no)) and fact_key(lead) != fact_key(self.role)
        if lead and len(lead) < 80 and (" " in lead or dotted or others or (
                label and _one_word_post(lead, self.role))) and (
                self.vocab.is_role_title(lead) or ranked) and (
                _pay_key(lead) != _base_key(self.role) or others) and not (
                self.ends_with_role(lead.split())) and not (
                # "Principal Xs with experience earn A, while Ys earn B" on the X's page: the
                # role's own figure, and each later clause's subject owns its figure
                lead.endswith("s") and _same_role(singular_title(lead), self.role)):
            other = lead  # "Compiler Services Manager: $176K-$194K" on the analyst's page
        elif others and lead and _ROW_LABEL.fullmatch(bare_lead := _ROW_ASIDE.sub(
                "", lead)) and not (self.names_role(lead) and _within(self.role, lead)):
            # "Seamstress  4 390 zł" under "Compare with other professions": a row's label
            # is another job's title there, though the lexicon may not know it
            other = title_case(bare_lead)
        stood = False
        if other is None and lead and len(lead) < 80 and (
                stand_in := stand_in_owner(lead, self.role)) is not None:
            other = stand_in  # "Day-to-day substitute teacher: $185 per day": the stand-in's
            stood = True  # (fixes93) and a later clause may name its own stand-in
        if other is None and lead and (cohort := cohort_owner(
                lead, self.vocab.is_role_title)) is not None and not _same_role(cohort, self.role):
            other = cohort  # "Graduates who went into producing: median $47,000"
        if other is None and lead and len(lead) < 80:
            # "Spa attendant salary range: $22,900-$31,400": pay labelled with another title.
            named = pay_label_title(lead)
            if named is None and ": " in lead and not _BARE_TITLED_ITEM.match(
                    text[offset:].partition("; ")[2]):
                # (carry49) "For comparison only: Infrastructure Engineering Manager range
                # $…", "Internal note (hidden from applicants): Licensed Optician reference
                # range $…": a run-in label before the labelled title (not when a bare
                # "Lab Technician $16.00/hr" item follows a semicolon: the clause's owner
                # would take its figure too)
                named = pay_label_title(lead.rpartition(": ")[2])
            if named is not None and self.vocab.is_role_title(named) and (
                    _base_key(named) != _base_key(self.role)) and not _role_tail(
                    named, self.role):  # "General manager" on the hotel GM's page
                other = named
        if other is None and lead and len(lead) < _SHORT_LEAD and (
                placed := _SAME_PLACE.search(lead)) is not None and (
                named := self.placed_title(lead[:placed.start()])) is not None:
            other = named  # (rules33c) "Engineer of Work Safety in the same city: R$ 9,870.15
            # average" on the technician's page: the other title's figure there
        if other is None and lead and row.bullet and len(lead) < _SHORT_LEAD and (
                lowered := self.lower_lead(lead)) is not None:
            other = lowered  # "• our surgical coordinator: ~$24/hr": a lower-case title's
        seated = lead.strip()
        if seated.endswith(("posts", "positions", "roles", "jobs")):
            seated = seated.rsplit(" ", 1)[0]  # (carry39b) "X-in-Training posts: $N"
        if other is None and seated[-12:].lower() == "-in-training" and (
                learner := self.in_training(seated)) is not None:
            other = learner  # "Cadet-in-training   $71,260" on a constable's pay table
        ranked = bool(lead) and (bool(dotted) or "   " in row.text) and self.ranked_table()
        if ranked and own_rank_row(lead, self.role, self.vocab.headings.ranks):
            other, lead = None, ""  # "Trained X (Private) ....": the role's own row, at a rank
        elif ranked and (rank := rank_owner(lead)) is not None and not self.own_or_alias(rank):
            other = rank  # "Lance Corporal .... £92.10 a day" beside the role's own row
        if other is None and lead and len(lead) < _SHORT_LEAD and (
                rung := self.ladder_owner(lead)) is not None:
            other = rung  # "Crew foreman: $42/hr and up" under the page's "… → crew foreman"
        if other is None and lead and len(lead) < _SHORT_LEAD and f"{lead}:" in row.text and (
                fielded := self.field_titled(lead)) is not None:
            other = fielded  # (fixes80) "Team Leader Youth: $83,741 – …": a title and its unit
        if other is None and dotted and lead and (named := leader_owner(
                lead, self.vocab.is_role_title, self.own_or_alias)) is not None:
            other = named  # "Laundry attendant ..... $26.85/hr" among a contract's rates
        if other is None and dotted and lead and (
                led := _QUALIFIED_LEAD.match(lead.strip())) is not None and (
                led.group("field").lower() not in _LEVEL_WORDS) and _same_role(
                title_case(led.group("rest")), self.role):
            # (fresh59) "clinical lead physiotherapist ..... £57,000 – £70,000" on the
            # physiotherapist's page: "lead" qualified by a field names a post of its own
            # (a clinical lead), no lead level of the role (as "Lead physiotherapist" is)
            other = title_case(lead.strip())
        also: list[str] = also_figured
        if other is None and lead and " / " in lead and self.slash_rung(lead):
            other = lead  # "Deck Hand / Loader ... $41,000": the ladder's rung of that name
        if other is None and lead and " / " in lead and len(lead) < _SHORT_LEAD:
            # "Chief Inspector / Area Manager: …": one figure for two titles.
            parts = [p.strip() for p in lead.split(" / ")]
            if all(p[:1].isupper() and len(p.split()) <= _SLASH_WORDS for p in parts) and any(
                    self.vocab.is_role_title(p) for p in parts) and not any(
                    _same_role(p, self.role) for p in parts):
                other, also = parts[0], parts[1:]
        level_too: list[str] = []  # "Senior / party chief": the role's senior band, and the
        if other is None and lead and " / " in lead and len(lead) < _SHORT_LEAD:  # title's
            level_word, _, named = (p.strip(" |") for p in lead.partition(" / "))
            title = named and (self.ladder_owner(named) or (
                title_case(named) if self.vocab.is_role_title(title_case(named)) else None))
            if level_word.lower() in _LEVEL_WORDS and title and not _same_role(title, self.role):
                level_too = [title]
        if other is None and not lead and not label and (
                above := self.title_above(row, text)) is not None:
            other = above  # "- Team Leader" / "  $38,000": the title's figure, on its own line
        rung = self.rung_owner(clause, text[offset:]) if other is None and (
            "promot" in clause or " up " in clause) else None
        if rung == "":
            self.out.warn(row.no, f"a seat's pay, no title named: {text!r}")
            return  # (fixes87) "move up to a supervisory role, earning £…": no owner named
        if rung is not None:
            other = rung  # (fixes87) "promoted to cargo supervisors … received … $48,790"
        glossed = self.glossed_owner(clause) if other is None and not label else None
        if glossed is not None and not (_same_role(glossed, self.role) or _role_tail(
                glossed, self.role) or self.own_level(glossed)):
            other = glossed  # (rules41c) "the gépkezelő starts from …": the glossed title's
            # (and each later clause names its own: "…, the műszakvezető bruttó …")
        spoken = other is None and not in_speech and as_post is None and (not label or _same_role(
            singular_title(label), self.role)  # ("Chiropractors: …, and practice owners …")
            # (a report's numbered paragraph "2.2 Pay: ODPs start at …, Theatre Co-ordinators
            # are Band 7 (…)": its sentences' subjects own their figures)
            or (_PARAGRAPH_NO.match(label) is not None and _PARAGRAPH_NO.sub(
                "", label).lower() in _PAY_LABELS))
        if spoken:
            # "Deck Cadet: Cadets … receive …", "Party chiefs averaged about $58,000"; "A and
            # B earn …" is both titles' pay.  A figure alone under "Deck hands usually earn"
            # is spoken by its heading.
            said = clause if clause.strip() or not heading else f"{heading} "
            owners = [o for o in stated_owners(said, self.pay_title, self.role)
                      if not (_role_tail(o, self.role) and fact_key(o) != _base_key(self.role))
                      and not self.own_level(o) and not self.placed(o)
                      # ("Entry level designers earn …" on the Glaze Designer's page,
                      # unless the page says it is the next rung: "…, one step up, report")
                      and not (_graded_tail(o, self.role) and not _NEXT_RUNG.search(clause))
                      # ("Junior Xs earn …" on Senior X's page: the role at another level,
                      # unless the page says it is the next rung)
                      # ("Chief pharmacists" stay another post: see _pay_key)
                      and not (_same_role(o, self.role) and _pay_key(o) == _base_key(
                          self.role) and not _NEXT_RUNG.search(clause))
                      ] if said.strip() else []  # ("Dispatchers earn" on Aircraft Dispatcher)
            other, also = (owners[0], owners[1:]) if owners else (None, [])
        if other is None and not also and not label and " " in clause and (
                rung_subject := _RUNG_SUBJECT.search(clause)) is not None and (
                laddered := self.ladder_owner(rung_subject.group("who"))) is not None:
            # (fixes88) "knitter → brigadier (shift leader) → …. A brigadier receives from
            # 1 350 EUR net.": a rung of the page's own ladder, the pay verb's subject, owns it
            # though the vocabulary knows no such title (after the spoken owners: "A library
            # assistant earns £13.16; a library supervisor £15.31" names each its own)
            other = laddered
        if other is not None and dotted and other[:11].lower() == "consultant " and _same_role(
                title_case(other[11:]), self.role):
            # "Consultant anaesthetist ..... £…", a training page's grade row: the role's own
            # top grade (in prose, "Consultant midwives … from £55,690" is that post's pay)
            other = None
        if other is not None:
            other = _OWNER_ARTICLE.sub("", other).rstrip(",;: ") or other  # ("A VP of Sales
            # at a big centre earns"; (carry51) "Now: X, $89,000 base": no comma after X)
            other = _POST_WORD.sub("", other) or other  # (rules40c) "the X post is paid"
            if " " not in other:  # a pay table's "Manager" row for "Manager, Support X"
                other = self.inverted_title(other) or other
            elif other.islower():  # (a title in prose, "… and a shop manager £33,000": the
                other = title_case(other)  # same title as its Title Case)
        if other is not None and (graded := _CLASS_RUNG.match(other)) is not None and _role_tail(
                singular_title(other[graded.end():]), self.role):
            other = None  # "4th Class Constable" on the police constable's page: its grade
        if (other is None or _same_role(other, self.role)) and (
                graded_title := dashed_grade(clause)) is not None and (
                self.vocab.is_role_title(graded_title)) and not (
                self.own_or_alias(graded_title) or _same_role(graded_title, self.role) or (
                    self.own_level(graded_title))):
            other = graded_title  # (rules50b) "Team Leader — Grade 6 (SCP 17–22) — £…": its band
        if other is not None and _stepped_role(other, self.role):
            other = None  # "Graduate Engineer: €…" on the Structural Engineer's page: its step
        if other is not None and self.own_grade_word(singular_title(other)):
            other = None  # (fixes78) "Consultants earn …" on the Consultant Radiologist's page
        if other is not None and (framed := _OWN_FRAME.match(other)) is not None and (_same_role(
                other[framed.end():], self.role) or clipped_title(other[framed.end():], self.role)):
            # "Graduate X: £…", "Qualified Xs: $…" on X's own page: the role at its entry
            # level, or fully trained
            other = None
        if other is not None and " " in other and fuller_words(
                singular_title(other), self.role, more=1) and not self.ladder_rung(other):
            # (fixes95) "Wind Technician Grade 2: £…" on the Wind Turbine Technician's page:
            # the role named with one inner word left out (no rung of the page's ladders)
            other = None
        if other is not None and other.strip().lower() in schedule_words().journey:
            # (fresh56) "Journeyperson median wage: $…" on a trade's page: the trade's
            # certified rung, the role itself (as fixes70's dotted "Journeyman ..... $")
            other = None
        if other is not None and (framed := _EXPERIENCE.match(other)) is not None:
            # (rules36c) "Experienced technicians earn …", "Newly qualified lab staff …": a
            # holder's experience names no post; the role's own head noun is the role
            # ("technicians" on the Laboratory Technician's page), another title owns it bare
            rest = singular_title(other[framed.end():])
            other = None if _same_role(rest, self.role) or _role_tail(rest, self.role) or (
                clipped_title(rest, self.role)) else title_case(rest)
        if other is not None and (framed := _NEW_HOLDER.match(other)) is not None and (
                rest := singular_title(other[framed.end():])) and (_same_role(
                rest, self.role) or _role_tail(rest, self.role) or clipped_title(rest, self.role)):
            other = None  # "New agents earn …" on the estate agent's page: the role, starting
            # ("New Business Manager" on another title's page stays that title)
        if other is not None and _pay_key(other) == _base_key(self.role) and (
                _base_key(self.role) == fact_key(self.role) or (
                    # "Lead Xs earn …" on Senior X's guide: the role's own lead band (not
                    # under "Salaries for similar jobs": another job there)
                    other.split(maxsplit=1)[0].lower() in _LEVEL_WORDS
                    and _OTHER_JOBS.search(heading) is None)
        ) and not _NEXT_RUNG.search(clause):
            other = None  # "Senior X" on the guide for X: the role's own senior band, unless
            # the page says it is the next rung ("Senior Xs, one step up, report …")
        elif other is not None and _pay_key(other) == _base_key(self.role) and (
                compared_clause(clause)):
            other = None  # "For comparison, an X earns …" on Senior X's page: its own level
        scoped = bool(dotted and lead) and scope_of_practice(lead) and (
            other is None or fact_key(other) == fact_key(title_case(lead.strip())))
        if scoped:
            # (fixes96) "extended scope practitioner ..... £…" on the physiotherapist's page:
            # scope words before a generic practitioner head name no other occupation; the
            # row is the role at that scope (its level)
            other = None
        if other is None and dotted and lead and level is None and (
                stage := row_stage(lead) or (" ".join(lead.split()) if scoped else None)):
            level = stage  # (fixes96) "newly qualified ....", "3–5 years ....": its stage
        found = read_salaries(text, label=name, level=level, source=self.out.source(row.no),
                              bare=in_section, role=other, dollar=self.dollar, home=self.home,
                              period=billed or label_period(name) or (
                                  # (rules33c) "Daily engagement (casual, 10 hrs): X $745":
                                  # the run-in label's period, its bracket no label
                                  label_period(clause.partition(": ")[0]) if ": " in clause
                                  else None) or self.period_above(row, text)
                              or self.period,
                              role_before=lambda before: self.role_before(before),
                              # ("X (currently £12 an hour); our Senior X post pays
                              # £29,000": a later clause names its own title)
                              speaker=self.speaker if spoken or aside or (
                                  glossed is not None) else self.stand_in_speaker if (
                                  stood) else None,
                              # ("Salary by voivodeship" / "Masovian6 110 zł…": places,
                              # whose demonyms read like titles, no titled row)
                              row_title=self.row_title if spoken and not _BY_PLACE.search(
                                  heading) else None,
                              role_after=self.role_after)
        if found and "housand" in self.last_text and row.no - self.last_no <= _LABEL_GAP and (
                note := _THOUSANDS_NOTE.fullmatch(self.last_text.strip())) is not None and len(
                _AMOUNTS_ONLY.sub(" ", text).split()) <= 1:
            # "Salary Range" / "(thousands per year)*" / "€35 - 45": the figures are thousands
            found = [_in_thousands(salary, note.group("period")) for salary in found]
        if found and other is None and dotted and whole_trade_row(clause) and (
                region := heading_region(self.top_text)) is not None:
            # (fixes96) "median, all physiotherapists ..... £…" under "what are
            # physiotherapists paid? (UK, gross basic, 2026)": the table's region is its figure's
            found = [salary.model_copy(update={"region": region}) if salary.region is None
                     else salary for salary in found]
        if not found:
            self.out.warn(row.no, f"salary range could not be read: {text!r}")
        if found and not label and len(text.split()) <= _LABEL_ABOVE_WORDS and (
                above_stat := self.statistic_above(row)) is not None:
            # (fixes94) "- Median pay: How much do X make?" / "- $33,040 Annual Salary" /
            # "- $15.88 per hour": the label's statistic is each point's below it
            found = [salary.model_copy(update={"statistic": above_stat}) if (
                salary.min is not None and salary.min == salary.max) else salary
                for salary in found]
        started, self.start_point = self.start_point, None
        if not label and self.out.salaries and self.out.salaries[-1] is started and (
                band := joined_top(started, clause, text, found)) is not None:
            # "A new worker gets about $29.80 an hour. A worker with a lot of experience can
            # get up to $35.50 an hour.": the start read before becomes the band
            self.out.salaries[-1] = band
            return
        if not label and len(text.split()) > _PROSE_WORDS:
            # "… practices pay up to €3,100" in a sentence: one end, no band (a labelled
            # "Senior-level: Up to $180,000" is a band with an open bottom).
            found = [f for f in found if f.min is not None]
        bound = _BOUND.match(lead) if lead and len(found) == 1 else None
        if bound is not None:
            self.bound(bound.group(1).lower(), found[0])
            return
        if other is None and not label and found and (
                owner := self.pronoun_owner(row.no, clause)) is not None:
            # (real33) "Crew managers receive £30,271 …" / "Once they are regarded as
            # competent, their salaries increase to £31,576": the pronoun's title owns it
            found = [salary.model_copy(update={"role": owner}) if salary.role is None
                     else salary for salary in found]
        for salary in found:
            self.out.salary(salary)
            for name in also:
                self.out.salary(salary.model_copy(update={"role": name}))
            for name in level_too:
                self.out.salary(salary.model_copy(update={"role": name, "level": None}))
        if not label and not also and not level_too and starts(clause, found) and (
                self.out.salaries and self.out.salaries[-1] is found[0]):
            self.start_point = found[0]  # (a top with experience may follow: joined_top)

    def pronoun_owner(self, line: int, clause: str) -> str | None:
        """The title that owned the figures just before, when a pay sentence's subject is a
        pronoun standing for it ("Once they are regarded as competent, their salaries …"
        after "Crew managers receive …"), or None."""
        if not self.out.salaries or _PRONOUN_SUBJECT.match(clause) is None:
            return None
        last = self.out.salaries[-1]
        if last.role is None or not 0 <= line - last.source.line <= _PRONOUN_GAP:
            return None
        return last.role

    def card_owner(self, term: str) -> str | None:
        """Another title a study card's term names (:func:`card_term_owner`), or None: no
        title, the role itself or one of its levels."""
        owner = card_term_owner(term, self.vocab.is_role_title)
        if owner is None or _same_role(owner, self.role) or self.own_level(owner) or (
                self.own_or_alias(owner)):
            return None
        return owner

    def lower_lead(self, lead: str) -> str | None:
        """Another title a bulleted rate's lead names in lower case ("started as an ophthalmic
        scribe", "our surgical coordinator", "ophthalmic assistant (after my COA)"), or None:
        the role itself ("ophthalmic technician now"), one of its levels, or no title."""
        bare = _LEAD_NOW.sub("", _LEAD_FRAME.sub("", _ANY_ASIDE.sub("", lead))).strip(" :–—-~")
        bare = _LEAD_EMPLOYER.sub("", bare)  # (fixes90) "staff photographer, Daily Clarion"
        words = bare.split()
        if not 1 <= len(words) <= _LOWER_LEAD_WORDS or not all(
                word.isalpha() and word.islower() and word not in _LEAD_NOT_TITLE
                for word in words):
            return None  # ("state median for photographers": a statistic of the role)
        title = title_case(singular_title(bare))
        if not self.vocab.is_role_title(title) or _same_role(title, self.role) or (
                self.own_level(title) or self.own_or_alias(title) or _role_tail(title, self.role)):
            return None
        return title

    def graded_short(self, step: str) -> str | None:
        """The role, for its short form at a grade in a ladder ("BMET II" on the Biomedical
        Equipment Technician's page); None for any other step."""
        graded = _SHORT_GRADE.match(step.strip())
        if graded is None or not self.role:
            return None
        short = graded.group(1)  # its letters, or the page spelling it after the role's name
        defined = is_acronym_of(short, self.role.split()) or re.search(
            rf"{re.escape(self.role)}(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}}))?\s*\({re.escape(short)}\b",
            self.page) is not None or self.graded_tail(step.strip(), short)
        return self.role if defined else None

    def graded_tail(self, step: str, short: str) -> bool:
        """The page spells ``step`` as a grade of the role's last words ("Pilot Technician
        Grade 2 (PT2)" on the ROV Pilot Technician's page): the role at a grade."""
        for match in re.finditer(rf"((?:[A-Z][\w-]*[ \t]+){{0,4}}[A-Z][\w-]*)[ \t]+(?:Grade|"
                                 rf"Level|Band|Class)[ \t]+\w{{1,3}}[ \t]*\({re.escape(step)}\)",
                                 self.page):
            words = match.group(1).split()[-len(short):]
            if is_acronym_of(short, words) and f" {self.role.lower()}".endswith(
                    f" {' '.join(words).lower()}"):
                return True
        return False

    def listed_job(self, line: str) -> str | None:
        """The job a row of a job list opens with, its cells set apart by wide spaces ("Gallery
        clerk   Mori Paper Co., Ltd.   Monthly salary …": a company's "Ltd." ends no row):
        the title ("" for the page's role), None when the first cell is no title."""
        cells = _CELL_GAP.split(line.strip())
        cell = cells[0].strip()
        titled = title_case(cell)
        if not cell or len(cell.split()) > _SHORT_LEAD_WORDS or not (
                self.vocab.is_role_title(titled) or (
                    # (fresh50) "Hall staff   Tsurugi Co., Ltd.   Monthly salary …": a row of
                    # three cells or more opens with its job, a title known or not
                    len(cells) >= _LISTED_CELLS and cell[:1].isupper()
                    and all(w.isalpha() for w in cell.split()))):
            return None
        return "" if _same_role(titled, self.role) else titled

    def one_figure(self, text: str, offset: int) -> bool:
        """The sentence ``text`` states no figure after the one at ``offset``."""
        money = find_money(text[offset:])
        return money is None or find_money(text[offset + money.end:]) is None

    def longer_title(self, cell: str) -> str | None:
        """A cell that is a known title with more words of the name after it ("Pastry Chef de
        Partie", "Head of Archives and Records"), when that is no name of the role."""
        if not _NAME_CELL.fullmatch(cell) or not _NAME_TAIL.search(cell) or salary_level(
                cell) is not None or _same_role(cell, self.role):
            return None
        known = ladder_step(cell, self.vocab, self.role)  # (kept whole with its tail)
        return cell if known is not None and cell.startswith(known) else None

    def post_before(self, row: _Row, text: str) -> str | None:
        """The post the sentence before ``text`` in ``row`` names last ("as a slinger
        signaller"), when a title and not the role's own; else None."""
        paragraph = row.full or row.text
        at = paragraph.find(text[:_POST_PROBE])
        posts = _AS_POST.findall(paragraph, 0, at) if at > 0 else []
        title = title_case(posts[-1]) if posts else None
        if title is None or _same_role(title, self.role) or self.own_card(title) or not (
                self.vocab.is_role_title(title) or title in self.told_rungs
                or practitioner_noun(title.rpartition(" ")[2])):
            return None
        return title

    def told_job(self, clause: str) -> str | None:
        """The job a first-person pay sentence is about, when it is not the role: "My last PM
        salary was …" (an acronym the page spells as a title), "I went PM → Delivery Manager
        and the pay was …" (where the speaker went), "My cousin is a welder and makes …"
        (the job said with the figure)."""
        mine = _MY_PAY.search(clause)
        went = _WENT_TO.search(clause) if mine is None else None
        found = mine or went or _NOW_AS.search(clause) or _IS_A_AND.search(clause)
        name = found.group(1).strip() if found is not None else ""
        name = title_case(name) if name.islower() else name  # ("is a paralegal and pulls")
        if name.isupper() and 2 <= len(name) <= 4:
            spelt = {t for t in re.findall(r"\b((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\b", self.page)
                     if is_acronym_of(name, t.split()) and self.vocab.is_role_title(t)}
            name = spelt.pop() if len(spelt) == 1 else ""
        if not name or not self.vocab.is_role_title(name) or _same_role(name, self.role):
            return None
        return name

    def coded_title(self) -> str | None:
        """The class a line of figures belongs to when the line above is a class title with
        its code in brackets ("Environmental Health Program Manager (#PHEH05)"); None for
        none or for the page's own role at a grade ("… Specialist II (#PHEH02)")."""
        coded = _CODED_TITLE.match(self.last_text) if self.last_text.endswith(")") else None
        if coded is None:
            return None
        title = coded.group(1)
        if not self.vocab.is_role_title(title) or _same_role(title, self.role) or (
                _graded_tail(title, self.role)) or _base_key(title) == _base_key(self.role):
            return None
        return title

    def ends_with_role(self, words: Sequence[str]) -> bool:
        """``words`` end with the role's own title after a cell that is no word of a title
        ("… Jul 1/25 Courier Driver"; "Head Chef" is another title on the chef's page)."""
        size = len(self.role.split())
        return 0 < size < len(words) and _DIGIT.search(words[-size - 1]) is not None and (
            fact_key(singular_title(" ".join(words[-size:]))) == fact_key(self.role))

    def row_title(self, words: str) -> str | None:
        """The role title ``words`` end with ("123.6% Welder "): "" for the page's role,
        None when they end with no title."""
        # "Medical Assistant (MFA) €1,010": the title before its bracketed short form.
        tail = _TRAILING_ASIDE.sub("", _FIGURE.sub(" ", words)).split()[-6:]
        while tail and tail[0].lower() in _LIST_JOINS:  # ", and Procurement Managers S$7,500"
            tail = tail[1:]
        if self.ends_with_role(tail):
            return ""  # "Rates Jul 1/23 Jul 1/24 Courier Driver $27.40": the role's own row
        for size in range(len(tail), 0, -1):
            candidate = " ".join(tail[-size:])
            # A row label in sentence case ("Landscape designer") is a title too, and so is
            # a plural in lower case in a sentence listing pay by title ("head cooks €…").
            titled = title_case(candidate) if candidate[:1].isupper() else candidate
            if (plural := lower_plural_title(tail[-size:])) is not None:
                titled = plural
            elif (headed := _PLURAL_HEAD.fullmatch(candidate)) and self.vocab.is_role_title(
                    title_case(headed.group(1))):  # "chefs de partie": the head is plural
                return f"{title_case(headed.group(1))} {headed.group(2)} {headed.group(3).title()}"
            if self.vocab.is_role_title(titled) or (
                    size == len(tail) and size <= _SHORT_ROW and _AGENT.search(titled)):
                # ("payments systems engineers €68,000" on a payments systems page: the
                # family's own title, not the known "Systems Engineer" it ends with)
                wide = family_title(tail, size, self.role, bundled_level_words(single=True)) if (
                    size < len(tail)) else None
                titled = title_case(singular_title(wide)) if wide else titled
                own = _ENTRY_WORD.sub("", titled)  # "Graduate X": the role at entry level
                return "" if _same_role(titled, self.role) or _same_role(
                    own, self.role) or _same_role(singular_title(titled), self.role) else (
                    singular_title(titled))  # "Foremen**": a Foreman's ("UX Designers": own)
        return None

    def inverted_title(self, word: str) -> str | None:
        """The page's up move printed head first that a bare pay label shortens ("Manager"
        for "Manager, Support Engineering" on the support engineer's page), or None."""
        return next((fact.text for fact in self.out.lists["leads_to"]
                     if fact.text.lower().startswith(f"{word.lower()}, ")), None)

    def other_rank(self, title: str, *, graded: bool = False) -> bool:
        """(rules37b) ``title`` is another rank though it shares the role's words: the role's
        title opens with a level word ("Associate Professor", "Senior Lecturer") and the
        page's own arrow ladder prints both as rungs ("Assistant Professor → Associate
        Professor → Professor"), so "Professor" there is a post of its own, no level of the
        role."""
        words = self.role.split()
        # (a rank's prefix, as academic ladders use it: "Junior X" and "X" are one job at
        # two levels, "Associate Professor" and "Professor" two ranks; in a grade table,
        # "Grade 5 | Tutor" on the Senior Tutor's page, each graded post is its own too)
        prefixes = _GRADED_RANK_PREFIXES if graded else _RANK_PREFIXES
        if len(words) < 2 or words[0].lower() not in prefixes or fact_key(
                title) == fact_key(self.role):
            return False
        if self.ladder_steps is None:
            self.ladder_steps = ladder_rungs(self.page) | row_rungs(self.page, self.role)
        return singular_title(title.lower()) in self.ladder_steps and (
            singular_title(self.role.lower()) in self.ladder_steps)

    def graded_rung(self, title: str) -> bool:
        """(rules37b) ``title``, a rung of the page's ladder opening with a grade word, is
        another post: the words after the grade word are a rung of their own, the role's own
        title is a different rung of that ladder ("commis → chef de partie → senior chef de
        partie → sous chef" on the Sous Chef's page), so "Senior Chef de Partie" is the
        senior grade of another post, no level of the role."""
        rest = title.split(maxsplit=1)[1:]
        steps = self.ladder_steps or frozenset()
        return bool(rest) and singular_title(rest[0].lower()) in steps and (
            singular_title(self.role.lower()) in steps) and not (
            _same_role(rest[0], self.role) or _role_tail(rest[0], self.role)
            or _graded_tail(title, self.role) or _same_role(title, self.role))

    def ladder_initials(self, initials: str) -> str | None:
        """(rules48c) The rung of the page's own arrow ladder whose words ``initials`` spell
        ("LAM": "Legal Accounts Manager"), when it is another post than the role; None when
        no rung, or more than one, is spelt so."""
        if self.ladder_steps is None:
            self.ladder_steps = ladder_rungs(self.page) | row_rungs(self.page, self.role)
        spelt = {step for step in self.ladder_steps if len(step.split()) == len(initials)
                 and is_acronym_of(initials, step.split())}
        return self.ladder_owner(title_case(next(iter(spelt)))) if len(spelt) == 1 else None

    def ladder_owner(self, lead: str) -> str | None:
        """The title a pay row's label names as a rung of the page's own arrow ladder, when
        that is another post than the role (not the role at a level)."""
        if self.ladder_steps is None:
            self.ladder_steps = ladder_rungs(self.page) | row_rungs(self.page, self.role)
        title = rung_owner(lead, self.ladder_steps) if self.ladder_steps else None
        if title is None and self.ladder_steps and (graded := rung_owner(
                lead, self.ladder_steps, graded=True)) is not None and self.graded_rung(graded):
            title = graded  # (rules37b) "senior chef de partie" on the Sous Chef's ladder
        if title is None and self.ladder_steps:
            if self.rung_grades is None:
                self.rung_grades = rung_asides(self.page)
            graded_rung = self.rung_grades.get(lead.split("|", 1)[0].strip(" :–—-").lower())
            title = title_case(graded_rung) if graded_rung else None  # (carry37) the
            # ladder's "Professor (professorial band)": a "Professorial band | …" row's owner
        if title is not None and self.other_rank(title) and not self.guild_master(title):
            return title
        if title is None or _same_role(title, self.role) or self.own_level(title) or (
                self.guild_master(title)) or (
                _role_tail(title, self.role) or _graded_tail(title, self.role)
                or fact_key(title).startswith(fact_key(self.role))):  # ("… Grade II")
            return None
        return title

    def field_titled(self, lead: str) -> str | None:
        """(fixes80) A pay row's label that is a known title, other than the role, followed by
        one capitalised word naming its unit or field ("Team Leader Youth", "Coordinator
        Events"): that post's own figure, though the whole label is no known title. A tail
        that is a pay or level word ("Team Leader Salary"), or a head that is the role, is none."""
        words = lead.split()
        if not 3 <= len(words) <= 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
            return None
        head, tail = " ".join(words[:-1]), words[-1]
        if tail.lower() in _FIELD_TAIL_STOPS or is_not_pay(tail) or not self.vocab.is_role_title(
                head) or self.vocab.is_role_title(lead):
            return None
        if _same_role(head, self.role) or self.own_level(head) or _role_tail(head, self.role):
            return None
        return lead

    def guild_master(self, title: str) -> bool:
        """(rules38b) ``title`` is "Master <role>" on a page of a craft's guild grades, whose
        route runs "Apprentice → Journeyman X → Master X": the role's top grade."""
        return title[:7].lower() == "master " and "ourneyman" in self.page and _same_role(
            title[7:], self.role)

    def slash_holder(self, text: str, offset: int) -> str | None:
        """The post a spaced slash after the figure at ``offset`` names with its holder's
        year ("Model annual income: 4.9 million yen / Workshop chief, 8th year of
        employment"): a rung of the page's ladder or a known title other than the role."""
        money = find_money(text[offset:])
        found = _SLASH_HOLDER.match(text, offset + money.end) if money is not None else None
        if found is None:
            return None
        post = found.group("post")
        title = self.ladder_owner(post) or (
            title_case(post) if self.vocab.is_role_title(title_case(post)) else None)
        return title if title is not None and not self.own_post(title) else None

    def post_after(self, text: str, offset: int) -> str | None:
        """The post "as a X" names right after the figure at ``offset`` ("Anna earns
        £41,000 as a site manager"), when X is a title; else None."""
        money = find_money(text[offset:])
        found = _AS_AFTER.match(text, offset + money.end) if money is not None else None
        title = title_case(found.group(1) or found.group(2)) if found is not None else None
        return title if title is not None and (self.vocab.is_role_title(title) or (
            title.lower() in bundled_level_words(single=True))) else None

    def own_post(self, title: str) -> bool:
        """``title`` is the role's own post at any level ("Senior X", "Trainee")."""
        return self.own_card(title) or self.own_level(title) or _role_tail(title, self.role) or (
            title.lower() in bundled_level_words(single=True))

    def in_training(self, lead: str) -> str | None:
        """The post a pay row's "X-in-training" lead names: a registered trainee status is
        a rung of its own, also when X is the role or its last words (carry39b:
        "Engineer-in-Training posts: $N" on the civil engineer's page, set 39's convention,
        as the ladder "Engineer-in-Training → Engineer" reads it); "Cadet-in-training" too."""
        head = lead.strip()[:-12]
        if not _IN_TRAINING_HEAD.fullmatch(head):
            return None
        return lead.strip()

    def ranked_table(self) -> bool:
        """A pay row names the role at a rank (:func:`role_at_rank`): the other rows' ranks
        are other posts, each owning its rate."""
        if self.rank_placed is None:
            self.rank_placed = role_at_rank(self.page, self.role, self.vocab.headings.ranks)
        return self.rank_placed

    def compared_rows(self, no: int) -> bool:
        """Line ``no`` is a row of a table captioned as one to compare with ("Table 5.2: Other
        grades, for comparison"), the caption a few unbroken lines above it."""
        for at in range(no - 1, max(0, no - _CAPTION_SPAN), -1):
            text = self.printed.get(at, "").strip()
            if not text:
                return False
            if _COMPARED_CAPTION.match(text):
                return True
        return False

    def rung_owner(self, clause: str, after: str) -> str | None:
        """(fixes87) The rung a move in the figure's own sentence leads to, whose pay the
        figure is ("you could move up to Shift Lead, earning …"): its title; "" for a seat
        with no title ("a supervisory role", ``rung_pay.seats`` in data/headings.yaml), whose
        pay is no one's; None when the sentence names no such move (or its line goes on to a
        later sentence's figure, read as before)."""
        sentence = re.split(r"[.!?]\s+(?=[A-Z])", clause)[-1]
        moved = _RUNG_MOVE.search(sentence)
        if moved is None or not _RUNG_PAY_WORDS.search(moved["rest"]) or (
                _LATER_FIGURE.search(after)):
            return None
        target = moved["target"]
        if target.rsplit(" ", 1)[-1].lower() in word_lists("rung_pay").get("seats", ()):
            return ""
        title = title_case(singular_title(target))
        return title if self.pay_title(title) else None

    def own_level(self, title: str) -> bool:
        """``title`` is the role at a level: a membership grade ("Chartered Members"), or the
        role's own name or last words after "Level N" ("Level 2 Technician")."""
        leveled = _LEVEL_PHRASE.match(title)
        if leveled is not None and _same_role(singular_title(title[leveled.end():]), self.role):
            return True  # (fixes86) "Senior level signallers earn …": the role at its level
        rung = _RUNG_TITLE.match(title)
        year = _YEAR_LEVEL.match(title)
        if year is not None and year.group(1).lower() in bundled_level_words(single=True):
            return True  # "First-year apprentices earn …": the role at its apprentice level
        words = title.split()
        if len(words) == 2 and words[0].lower() in word_lists("rung_pay").get(
                "learner_status", ()) and words[1].lower().removesuffix("s") in _LEARNERS:
            return True  # (fresh61) "registered apprentices begin at …": the role's learners
        if len(words) >= 2 and words[0].lower() in _SHORT_LEVELS and len(self.role.split()) > len(
                words) - 1 and _role_tail(singular_title(" ".join(words[1:])), self.role) and (
                # (rules38b) a role named by its own rung ("Assistant Engineer"): "Junior
                # Engineers" are the rung below, a post of their own
                self.role.split()[0].lower() not in RUNG_FIRST):
            return True  # "Senior hygienists are on …" on the Occupational Hygienist's page
        return membership_grade(title, self.member_grades) or (
            title.lower() in self.ranks and not self.ranked_table()) or (
            rung is not None and (
            _same_role(title[rung.end():], self.role)
            or _role_tail(title[rung.end():], self.role))) or trade_learner(title, self.role)

    def pay_title(self, text: str) -> bool:
        """A title whose pay a sentence may state: a known role title, or one headed by the
        role's own head noun ("Head Keeper", "Club Coach" on a coach's page)."""
        return self.vocab.is_role_title(text) or _role_headed(text, self.role) or (
            _FIELD_FACULTY.fullmatch(text) is not None)

    def placed(self, title: str) -> bool:
        """``title`` is the role after a place the page names ("Texas roofers" on a page of
        "Roofer pay in Texas" or "Roofer paycheck calculator — Texas"): the role's own pay
        there."""
        words, own = title.split(), self.role.split()
        if len(words) <= len(own) or fact_key(" ".join(words[-len(own):])) != fact_key(
                singular_title(self.role)):
            # ("Chicago couriers" on the Delivery Courier's page: the place before the
            # role's head noun, the rest of its name left out)
            if not (len(words) == 2 and fact_key(words[1]) == fact_key(own[-1])):
                return False
            own = own[-1:]
        place = " ".join(words[: -len(own)])
        if place.lower() in RUNG_FIRST:
            return False  # (rules38b) "Deputy Surveyor": a rung, no place
        # (fixes88) the place whole, no longer place's first word ("General Foreman" on a
        # page listing "Steelman – General Trias": "General" names no place there)
        return place[:1].isupper() and re.search(
            rf"(?:\b(?:in|across|for)|[—–,-])\s+{re.escape(place)}\b(?![ \t]+[A-Z])",
            self.page) is not None

    def glossed_owner(self, clause: str) -> str | None:
        """(rules41c) The title a pay clause names by the native word the page glossed it
        with ("Machine Operator (gépkezelő)" earlier, then "the gépkezelő starts from
        bruttó …", "…, the műszakvezető bruttó …"): that title; None when the clause opens
        with no glossed word."""
        if "(" not in self.page:
            return None
        if self.glosses is None:
            self.glosses = {}
            # (speed23) every gloss holds a native word in brackets after a space, which few
            # pages have: the title-first pattern, tried at each capital, runs on those only
            for found in _GLOSSED.finditer(self.page) if _GLOSS_BRACKET.search(
                    self.page) is not None else ():
                if self.vocab.is_role_title(found.group("title")):
                    self.glosses.setdefault(found.group("native").lower(), found.group("title"))
        if not self.glosses:
            return None
        tail = _CLAUSE_OPENING.sub("", re.split(r"[,;:]\s", clause)[-1].strip()).lower()
        return next((title for native, title in sorted(
            self.glosses.items(), key=lambda pair: -len(pair[0]))
            if tail == native or tail.startswith(native + " ")), None)

    def ladder_rung(self, title: str) -> bool:
        """(fixes95) ``title`` is a rung of one of the page's ladders."""
        key = fact_key(title)
        return any(fact_key(fact.text) == key for chain in self.out.progressions
                   for fact in chain)

    def fuller_rung(self, title: str) -> str:
        """(fixes95) The rung of the page's ladder a later clause names short ("the head of
        the department 3 000 €" after "… → Head of the Management Department"): the rung with
        the title's first and last words and all its words in order, one or two more among
        them; else the title as read.

        >>> fuller_words("head of the department", "Head of the Management Department")
        True
        >>> fuller_words("head of the department", "Head of Sales"), fuller_words(
        ...     "senior manager", "Senior Area Sales Manager Trainee")
        (False, False)
        """
        rungs = {fact.text for chain in self.out.progressions for fact in chain
                 if fuller_words(title, fact.text)}
        return rungs.pop() if len(rungs) == 1 else title

    def held_level_rung(self, clause: str) -> str | None:
        """(rules44b) The page's ladder rung a level word's holders name ("Teacher → Senior
        Teacher → Kindergarten Principal; our principals earn …"): the rung that ends in that
        word; None when no rung does (then "principals earn" is the role at its level)."""
        held = _LEVEL_HOLDERS.search(clause) if "s " in clause else None
        if held is None or held.group(1) not in bundled_level_words(single=True):
            return None
        rungs = [fact.text for chain in self.out.progressions for fact in chain
                 if fact.text.lower().endswith(f" {held.group(1)}")
                 and not _same_role(fact.text, self.role)]
        return rungs[0] if len(set(rungs)) == 1 else None

    def speaker(self, clause: str) -> str | None:
        """The title a later clause of a pay sentence is about, None for the page's role."""
        glossed = self.glossed_owner(clause)
        other = glossed or stated_for(clause, self.pay_title, self.role) or (
            self.held_level_rung(clause))
        if other is not None and " " in other:
            other = self.fuller_rung(other)
        # (recall12) "…; the BLS puts the median for tattoo artists at $…": a statistic for
        # the role's holders, the role's own figure
        return None if other is None or _same_role(other, self.role) or _role_tail(
            other, self.role) or self.own_level(other) or _statistic_for_role(
            other, self.role) else other

    def stand_in_speaker(self, clause: str) -> str | None:
        """(fixes93) The stand-in a later clause of a substitute's pay sentence names
        ("Substitute teachers earn $150 per day, and the district pays substitute librarians
        $140" on the librarian's page: the second figure the librarians' stand-in's); a later
        clause naming no substitute is the clause a figure's own title is read from, as
        :meth:`speaker` reads it."""
        return stand_in_owner(clause, self.role) if "ubstitute" in clause else self.speaker(
            clause)

    def own_grade_word(self, title: str) -> bool:
        """(fixes78) ``title`` is the grade word opening the role's title, alone
        ("Consultants earn …" on the Consultant Radiologist's page): the role, unless the
        page names that grade as a rung of its own (a move or a ladder's step)."""
        role = self.role or ""
        if " " in title or title.lower() not in _GRADE_WORDS or not role.lower().startswith(
                f"{title.lower()} "):
            return False
        key = fact_key(title)
        return not any(fact_key(fact.text) == key for bucket in _RUNG_BUCKETS
                       for fact in self.out.lists[bucket]) and not any(
            fact_key(rung.text) == key for chain in self.out.progressions for rung in chain)

    def bound(self, side: str, salary: SalaryRange) -> None:
        """"Low Salary: $31000" and "High Salary: $61000" on their own lines: one range once
        both ends are read; one end alone bounds nothing and is not reported."""
        high = side in _HIGH_SIDES
        self.bounds[high] = salary
        low_end, high_end = self.bounds.get(False), self.bounds.get(True)
        if low_end is None or high_end is None or low_end.min is None or high_end.min is None:
            return
        self.bounds = {}
        if low_end.min < high_end.min and low_end.currency == high_end.currency:
            self.out.salary(low_end.model_copy(update={
                "max": high_end.min, "label": f"{low_end.label} / {high_end.label}".strip(" /"),
                "statistic": "range"}))

    def role_after(self, after: str) -> str | None:
        """The role a figure is stated for after it ("… to $300,000+ for a CFO"); None for
        the guide's own role or when no role title follows "for a"."""
        cue = _FOR_A.match(after)
        bracket = _TITLE_AFTER.fullmatch(after)
        if bracket is not None:
            # "Band 7: £47,810 – £54,710 (Specialist Orthoptist)": the band's post, named in a
            # bracket that ends the line
            title = bracket.group(1)
            known = self.vocab.is_role_title(title) or (
                # ("Specialist Orthoptist" on the orthoptist's guide: a post of its kind)
                len(title.split()) >= 2 and bool(self.role) and fact_key(title.split()[-1]) == (
                    fact_key(self.role.split()[-1])))
            return None if not known or _same_role(title, self.role) else title
        if cue is None and (stat := _STAT_OF_AFTER.match(after)) is not None:
            # "… than the $46,950 average annual salary of a store manager": that title's
            words = stat.group("title").split()
            for size in range(len(words), 0, -1):
                title = title_case(singular_title(" ".join(words[:size])))
                if self.vocab.is_role_title(title):
                    return None if _same_role(title, self.role) else title
            return None
        plural = _FOR_WORKERS.match(after) if cue is None else None
        if plural is not None:
            # "… KES 70,400, against KES 63,800 for Veterinary Officers": those workers' figure
            # (a level's plural, "for Graduates", is the role's own level)
            title = title_case(singular_title(plural.group("workers")))
            known = self.vocab.is_role_title(title) or (  # ("Valuation Officers": a post)
                " " in title and practitioner_noun(title.split()[-1]))
            return None if not known or _same_role(
                title, self.role) or _graded_tail(title, self.role) or title.split()[
                0].lower() in bundled_level_words(single=True) else title
        if cue is None:
            return None
        title = self.vocab.role_title_at(after, cue.end())
        return None if title is None or _same_role(title, self.role) else title

    def role_before(self, before: str) -> str | None:
        """The role a figure is printed beside: "BI Architect ($140,000–$180,000)"; None for
        the guide's own role or when no role title ends just before the bracket."""
        if " · " in before and _DIGIT_IN.search(before.rpartition(" · ")[0]):
            # (rules38a) "Band 6 A / B £… · Band 9 Head of X £…": a strip's later cell names
            # its own title (its level's code before it)
            cell = _unlevelled(before.rpartition(" · ")[2].strip())
            if self.vocab.is_role_title(cell) and not _same_role(cell, self.role):
                return cell
        if ("; " in before or " · " in before) and (
                stat_title := _stat_cell(before)) is not None and self.vocab.is_role_title(
                stat_title):
            # (fixes88) "Salary check: X — average AED 2,450; Merchandiser — average AED
            # 2,100", "Median: $78,000 · Dental Therapist median: $66,500": a later cell of a
            # line of statistics names its own title, never the role's
            return None if self.own_title(stat_title) or _same_role(
                stat_title, self.role) else stat_title
        if (compared := comparator_title(before)) is not None and self.vocab.is_role_title(
                compared):
            # (rules49c, fixes94) "Audit Manager — Grade G, £…", "X — Grade B, median paid £…",
            # "For reference: Depot Manager (M3) range $…": a pay memo's comparator line
            # opens with the title its grade and figure are of (`pay_owners._COMPARATOR`,
            # the rule `pay_label_title` reads a row's label with)
            return None if self.own_title(compared) or _same_role(
                compared, self.role) else compared
        salaried = salary_title(before, self.vocab.is_role_title) if "salary" in before else None
        if salaried is not None:  # (rules38a) "helper salary 1,300 AED, foreman 5,000 AED"
            return None if _same_role(salaried, self.role) else salaried
        if before.endswith(", ") and (aside := _HOURS_ASIDE.search(before)) is not None:
            # (rules38b) "Carved out of: Office Clerk (full-time, $19.40/hour": the bracket's
            # hours first, then the post's figure
            before = before[: aside.start()] + " ("
        if not before.rstrip().endswith("("):
            listed = _LISTED_OWNER.search(before) if (
                " and " in before or ", " in before) else None
            if listed is None or not self.vocab.is_role_title(title := listed.group("title")):
                return None
            # "…, Seniors £210 a day and an Ecology Team Manager about £310 a day": the title
            # listed last before its figure owns it (the role at a level stays the role's)
            return None if self.own_title(title) else title
        words = before.rstrip()[:-1].split()
        posts = len(words) > 1 and words[-1] in _POST_NOUNS
        if posts:
            words = words[:-1]  # (fixes90) "moved on to Senior X posts (£…)": the posts' title
        head, words = words[:-6], words[-6:]
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[-size:]).strip(",;:")
            if candidate[:1].islower() or candidate.split(" ", 1)[0] in _ARTICLES_CAPS:
                continue  # "… the grades to Senior Geologist (": a title opens capitalised
                # (rules38b: and no article opens it, "The Mailroom Supervisor ($…)")
            if self.vocab.is_role_title(candidate):
                if candidate.endswith("s") and self.vocab.is_role_title(
                        one := singular_title(candidate)):
                    candidate = one  # (carry38) "The following Forest Guards (Grade K: …"
                if posts and fact_key(candidate) != fact_key(self.role) and _MOVED_ON.search(
                        " ".join([*head, *words[:-size]])) is not None:
                    return candidate  # (fixes90) "RTs have moved on to Senior Research
                    # Technician posts (£…)": the posts moved on to are a rung above the role
                return None if _same_role(candidate, self.role) else candidate
        return None


@cache
def _stat_words() -> str:
    """(fixes88) The statistic words of a pay cell (``pay_cells`` in ``data/headings.yaml``)
    as a regex alternation."""
    return phrase_alternation(word_lists("pay_cells").get("stats", ()))


def _stat_cell(before: str) -> str | None:
    """(fixes88) The title opening the last cell of a line of pay statistics cut by "; " or
    " · " ("…; Merchandiser — average ", "… · Dental Therapist median: "), when a cell before
    holds a figure and this one names a title and a statistic word, and nothing else.

    >>> _stat_cell("Pay: Promoter — average AED 2,450; Merchandiser — average ")
    'Merchandiser'
    >>> _stat_cell("Median: $78,000 a year · Range: $63,000 - $93,000 · Dental Therapist median: ")
    'Dental Therapist'
    >>> _stat_cell("Median: $78,000 · Range: ") is None
    True
    >>> _stat_cell("Benefits: visa; Merchandiser — average ") is None
    True
    """
    cut = max(before.rfind("; "), before.rfind(" · "))
    if not _DIGIT_IN.search(before[:cut]):
        return None
    return stat_label_title(before[cut + 2:])


def stat_label_title(cell: str) -> str | None:
    """(fixes88, fixes90) The Title Case title a pay-statistic cell opens with, when the cell
    is that title and a statistic word and nothing else ("Dental Therapist median: ",
    "Merchandiser — average "); None otherwise.  Read by :func:`_stat_cell` on a strip's
    later cell and by the run-in label branch of ``salary_sentence`` on a cell the page's
    dotted strip has already cut off ("Dental Therapist median" as its own label).

    >>> stat_label_title("Dental Therapist median"), stat_label_title("Case Manager median: ")
    ('Dental Therapist', 'Case Manager')
    >>> stat_label_title("Median advertised wage") is None
    True
    """
    match = re.fullmatch(rf"\s*(?P<title>[A-Z][\w&'’/-]*(?:\s+(?:of\s+|&\s+|and\s+)?"
                         rf"[A-Z][\w&'’/-]*){{0,4}})\s*(?:[—–:-]\s*)?(?i:{_stat_words()})"
                         rf"(?:\s+(?:pay|salary|wage|rate))?\s*[:—–-]?\s*",
                         cell) if _stat_words() else None
    return match.group("title") if match is not None else None


def _statistic_for_role(owner: str, role: str) -> bool:
    """``owner`` is a statistic's phrase ending "for <the role>" ("puts the median for tattoo
    artist"): the role's own figure, no other title.

    >>> _statistic_for_role("Bls puts the median for tattoo artist", "Tattoo Artist")
    True
    >>> _statistic_for_role("Head Tattoo Artist", "Tattoo Artist")
    False
    """
    words = owner.lower().split()
    if "for" not in words[:-1] or not role:
        return False
    after = " ".join(words[len(words) - words[::-1].index("for"):])
    return fact_key(after) == fact_key(singular_title(role))


# (fixes88) A sentence's subject in lower case with its article, then a pay verb ("A brigadier
# receives from "): the rung of the page's ladder it names owns the figure.  ((fixes98) a
# rung of up to six words: "The head of the sales office earns from ")
_RUNG_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:An?|The|Our)\s+(?P<who>[a-z][\w-]*(?:\s+[a-z][\w-]*)"
                           r"{0,5})\s+(?:receives|earns|gets|makes|is\s+paid)\s+(?:(?:about|"
                           r"around|from|up\s+to)\s+)?$")
_HOURS_ASIDE = re.compile(r"\s*\((?:full|part)[- ]time,\s*$", re.IGNORECASE)
_ARTICLES_CAPS = frozenset({"The", "A", "An", "Our"})
_LEARNERS = frozenset({"apprentice", "trainee"})
_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian)$")
_STEM = 4  # letters a trade's stem keeps at least ("plumb-er", "electric-ian")


def trade_learner(title: str, role: str) -> bool:
    """``title`` is a learner of the role's own trade, named by its field ("Social work
    apprentice" on the Social Worker's page, "Plumbing trainee" on the Plumber's): the role
    at its learner level.

    >>> trade_learner("Social work apprentice", "Social Worker")
    True
    >>> trade_learner("Plumbing trainee", "Plumber"), trade_learner("Joinery apprentice", "Plumber")
    (True, False)
    """
    words, own = title.lower().split(), role.lower().split()
    if len(words) != len(own) + 1 or words[-1] not in _LEARNERS or words[:-2] != own[:-1]:
        return False
    stem = _AGENT_SUFFIX.sub("", own[-1])
    return len(stem) >= _STEM and stem != own[-1] and words[-2].startswith(stem)


def _tail_head(head: str) -> bool:
    """Whether a column head names one tail of a distribution (no point of pay).

    >>> [_tail_head(h) for h in ("90th", "10th Percentile", "Top 10%", "25th", "Median")]
    [True, True, True, False, False]
    """
    match = _TAIL_HEAD.fullmatch(head.strip())
    return match is not None and match.group("rank") not in _POINT_RANKS


def _one_word_post(lead: str, role: str) -> bool:
    """Whether a pay label's one word may name a post of its own ("Estimator: £38,000"): a
    Capitalised word that is no level word ("Senior", "Trainee", "Manager", "Head"), no
    helper's rung ("Assistant") and not the role's own head ("Engineer" on the Building
    Services Engineer's page), singular (a plural opens a sentence about those workers);
    the caller checks it is a known title.

    >>> _one_word_post("Estimator", "Site Engineer"), _one_word_post("Senior", "Site Engineer")
    (True, False)
    >>> _one_word_post("Assistant", "Chef"), _one_word_post("Engineers", "Site Engineer")
    (False, False)
    >>> _one_word_post("Master", "Glass Blower")
    False
    """
    head = role.split()[-1].lower() if role.split() else ""
    return (lead.isalpha() and lead[:1].isupper() and lead[1:].islower()
            and singular_title(lead) == lead  # ("Tilers: the typical figure is …": its speaker's)
            and lead.lower() not in bundled_level_words(single=True)
            and lead.lower() not in _RUNG_WORDS
            and singular_title(lead).lower() != singular_title(head))


# One-word labels naming a rung of the role, not a post of its own.
# ("Master: $41.05/hour" on a glass blower's page is the master glass blower's rate)
_RUNG_WORDS = frozenset({"assistant", "journeyman", "helper", "learner", "cadet", "student",
                         "master", "apprentice", "improver", "probationer"})


def _in_thousands(salary: SalaryRange, period: str | None) -> SalaryRange:
    """``salary`` with its figures read as thousands, of ``period`` (a year when the note
    names none, as pay tables in thousands do).

    >>> from careergraph.model import Source
    >>> band = SalaryRange(min=35, max=45, period="hour", source=Source(file="g", line=4))
    >>> scaled = _in_thousands(band, "year")
    >>> scaled.min, scaled.max, scaled.period
    (35000, 45000, 'year')
    """
    period = "year" if period in (None, "annum") else period
    return salary.model_copy(update={
        "min": None if salary.min is None else money_amount(salary.min * 1000),
        "max": None if salary.max is None else money_amount(salary.max * 1000),
        "period": period})
