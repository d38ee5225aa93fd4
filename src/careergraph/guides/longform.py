"""Parse the *long-form* layout: prose sections (Overview, Key Responsibilities, Requirements,
Career Development, Market Demand, Salary Ranges, …) with sub-headings and bullets.

There is no title line: the role is inferred from statements such as "A Lead MLOps Engineer
is a …" or "The role of a … is".  Each section is classified by the words of its heading
(:class:`Kind`); a sub-heading whose words say nothing inherits its section's kind.
Sub-headings (plain, numbered "1. …", or bullets introducing nested bullets) are structure,
not content, although in responsibility and skill sections they also yield a fact.

>>> from careergraph.guides.text import number_lines
>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> text = ("Overview\\nA Data Engineer is a builder of pipelines.\\nTechnical Skills\\n"
...         "- SQL Modeling: Proficiency in SQL and dbt")
>>> g = parse_longform(number_lines(text), "d.txt", Vocabulary.from_lexicon(load_lexicon()))
>>> g.role.text, [(s.text, s.kind.value) for s in g.skills]
('Data Engineer', [('SQL Modeling', 'technical'), ('SQL', 'tool')])
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache, lru_cache

from careergraph.errors import GuideError
from careergraph.guides.alias_titled import alias_labelled_title
from careergraph.guides.apprentice_title import apprentice_line, vacancy_trade
from careergraph.guides.asked_owner import asked_owner
from careergraph.guides.board_rows import board_rows
from careergraph.guides.builder import Bucket, GuideBuilder, fact_key
from careergraph.guides.by_content import content_kind
from careergraph.guides.card_snippets import (
    duty_nouns,
    listed_skills,
    snippet_jobs,
    snippet_moves,
    snippet_skills,
)
from careergraph.guides.career_history import CareerHistory, career_history
from careergraph.guides.careers_told import career_told
from careergraph.guides.chat import pasted_adverts
from careergraph.guides.company_forms import NOT_AFTER_FORM
from careergraph.guides.company_rows import company_rows
from careergraph.guides.course import CourseFacts, course_facts
from careergraph.guides.credited import credited_skills
from careergraph.guides.criteria import (
    credential,
    criteria_aside,
    criteria_section,
    criteria_sublabel,
    criterion_skills,
    framework_label,
    specialised_experience,
)
from careergraph.guides.dash_items import described_tools, label_aside
from careergraph.guides.day_lists import day_skills
from careergraph.guides.delimited import (
    Table,
    export_lines,
    find_tables,
    key_value_lines,
    level_matrix,
    matrix_owner,
    table_role,
    title_core,
    title_named,
)
from careergraph.guides.dictionary_entry import (
    base_title,
    crosswalk_title,
    definition_tools,
    designated_sectors,
    entry_aliases,
    lead_places,
)
from careergraph.guides.duty_names import named_duties
from careergraph.guides.duty_objects import duty_objects, third_person_duty
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.entry_sentences import entry_titles
from careergraph.guides.episodes import chapter_skills
from careergraph.guides.gazetteer import fold
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.headings import HeadingVocabulary, load_headings, normalise_heading
from careergraph.guides.headline import is_masthead, story_origin
from careergraph.guides.hiring_lines import answered_workplaces, run_in_workplaces
from careergraph.guides.howto import HowtoSteps, howto_steps
from careergraph.guides.interview_reports import (
    answer_line,
    answer_skills,
    earlier_job,
    interview_reports,
    promoted_to,
    salary_rows,
)
from careergraph.guides.issuers import (
    dashed_employers,
    equal_opportunity_employer,
    exhibitor_employers,
    issuers,
    job_card_employers,
    offer_employer,
    offer_row_employers,
    other_card_pay,
    service_branch,
)
from careergraph.guides.items import (
    IMPERATIVE_LEAD,
    VERBS,
    bracket_examples,
    bracket_names,
    category_examples,
    clause_item,
    clause_skills,
    coded_skills,
    covered_skills,
    done_in_tools,
    experience_names,
    glued_labels,
    imperative_skills,
    ksa_row,
    modal_skills,
    other_role,
    prose_skills,
    qualified_skills,
    sentence_skills,
    skill_names,
    strip_acronym,
    task_using,
    topic_skills,
    with_tools,
    without_cut_off,
)
from careergraph.guides.ladders import (
    FORK,
    block_edges,
    broken_boxes,
    column_ladder,
    fork_edges,
    glued_ladder,
    glued_rows,
    grade_ladder,
    grade_runs,
    heading_rungs,
    level_heading,
    level_ladder,
    level_tracks,
    printed_top_first,
    row_ladder,
    years_ladder,
    years_start,
)
from careergraph.guides.languages import language_skills
from careergraph.guides.leader_rows import flair_jobs, leader_owner, template_job
from careergraph.guides.listings import (
    SearchPage,
    card_owners,
    common_title,
    one_line_card,
    qualified_title,
    search_page,
    without_wish,
)
from careergraph.guides.literals import folded_absent
from careergraph.guides.logo_strip import hiring_lead, strip_names
from careergraph.guides.mail import MailPage, mail_page
from careergraph.guides.match_cards import match_card, top_match
from careergraph.guides.mentions import (
    advancement_roles,
    arrow_chain,
    hiring_employers,
    section_names,
    sectors,
)
from careergraph.guides.mentor import MentorPath, mentor_path
from careergraph.guides.military_match import MilitaryRow, military_rows
from careergraph.guides.moves import (
    answered_feeders,
    bracketed_moves,
    entry_rung,
    enumerated_titles,
    first_chance,
    graded_own,
    held_now,
    included_titles,
    is_truncated,
    ladder_step,
    listed_role,
    move_titles,
    own_story,
    plain_titles,
    prose_moves,
    prose_steps,
    prose_title,
    role_base,
    sentence_case_title,
    stated_ladder,
    step_number,
    story_ladder,
    titles_in,
    trade_title,
)
from careergraph.guides.narrated_tools import appositive_tools, narrated_tools
from careergraph.guides.nominal_duties import (
    later_posts,
    nominal_duty_skills,
    praised_skills,
    story_skills,
)
from careergraph.guides.notices import NoticeFacts, grade_lead, notice_facts
from careergraph.guides.numbered_sections import contents_sections
from careergraph.guides.page_families import FamilyPage, family_page, glued_by_case
from careergraph.guides.panels import (
    dash_label,
    glued_panels,
    header_cells,
    number_cell,
    panel_value,
    strip_code,
)
from careergraph.guides.pathway import arrow_line, diagram_edges, pathway_diagrams, study_step
from careergraph.guides.pay_columns import (
    cell_rows,
    column_pay,
    glued_header,
    grid_rows,
    not_pay_cells,
    region_rows,
    row_title,
    title_column_line,
)
from careergraph.guides.pay_leads import owner_lead
from careergraph.guides.paycheck import calculator_lines
from careergraph.guides.period_grid import period_rows, place_rows
from careergraph.guides.phrase_gate import PhraseGate
from careergraph.guides.placed_dollars import placed_dollars
from careergraph.guides.placement import day_plan_skills, module_skills
from careergraph.guides.records import record_lines
from careergraph.guides.releases import release_issuers
from careergraph.guides.requirement_items import requirement_skills
from careergraph.guides.resume_jobs import resume_jobs
from careergraph.guides.roles import (
    PRACTITIONERS,
    alias_titles,
    choose_role,
    page_sites,
    practitioner_noun,
    role_from_file_name,
    role_from_text,
    singular_title,
    stated_aliases,
    title_case,
)
from careergraph.guides.rubric import RubricFacts, promotion_document, rubric_facts
from careergraph.guides.rung_pay import ladder_rungs, rung_owner
from careergraph.guides.said_pay import said_owner
from careergraph.guides.salary import (
    Money,
    column_terms,
    compared_clause,
    family_title,
    figure_titles,
    find_amounts,
    find_money,
    is_not_pay,
    joined_extremes,
    label_period,
    labelled_band,
    lower_plural_title,
    membership_grade,
    page_currency,
    page_dollar,
    page_period,
    pay_label_title,
    price_heading,
    quoted_by_month,
    read_salaries,
    running_scale,
    salary_level,
    stated_for,
    stated_owners,
    timed_money,
)
from careergraph.guides.side_columns import side_by_side
from careergraph.guides.skill_cues import (
    activity,
    credential_end,
    cued_skills,
    fixed_pair,
    labelled_skills,
    paired_skills,
    stated_requirement,
)
from careergraph.guides.slides import Deck, slide_deck, talk_role
from careergraph.guides.split import join_brand_names, segment
from careergraph.guides.spoken import Speech, own_job, transcript
from careergraph.guides.start_business import started_business
from careergraph.guides.statements import statement_lines
from careergraph.guides.story import author_path
from careergraph.guides.survey_focus import professional_body, survey_focus
from careergraph.guides.table_facts import cell_titles, table_facts
from careergraph.guides.talent_cards import talent_page
from careergraph.guides.talk import said_fields, said_moves, said_sectors, said_skills
from careergraph.guides.techniques import equipment, techniques
from careergraph.guides.text import (
    SMALL_WORDS,
    Line,
    clean,
    is_title_case,
    split_glued_sentence,
    split_items,
    split_label,
    split_sentences,
    strip_bullet,
)
from careergraph.guides.threads import thread_job
from careergraph.guides.titled_fields import role_fields
from careergraph.guides.told_pay import told_owner
from careergraph.guides.vacancy_header import header_employers, host_employers
from careergraph.guides.verb_lists import verb_list_skills, without_verb_lists
from careergraph.guides.versus import comparison_row, opened_by, versus_pair
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wage_schedule import (
    Rate,
    not_pay_heading,
    not_wage,
    schedule_ladder,
    schedule_rates,
)
from careergraph.guides.workplaces import (
    ASIDE_EXAMPLES,
    employer_types,
    full_name,
    industry_name,
    industry_shares,
    listed_workplace,
    organisation_name,
    role_employers,
    second_kind,
    unit_owners,
    workplaces,
)
from careergraph.guides.workplaces import EXAMPLES as _EXAMPLES
from careergraph.guides.wrap import unwrap
from careergraph.lexicon import load_lexicon
from careergraph.model import Fact, Guide, Layout, SalaryRange, SkillKind, money_amount
from careergraph.names import is_acronym_of

__all__ = ["Kind", "classify_heading", "parse_longform"]


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
# ... of which these are recognised by their words ("Common feeder roles: …").
_WORD_LABEL_KINDS = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.LADDER})
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
_REQUIREMENT_LABELS = ("experience", "education", "degree", "background", "certif", "qualif")
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
                 # a recruiter's offer ("the base for this role is …", "a package of …")
                 "the base for ", " base is ", "a base of ", "package of ", "package is ",
                 # a source's statistic ("the OEWS release gives a median of $42,310")
                 "a median of ")
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
                         r"[^.()]{0,80}\bon\s+[$€£₹]\d")
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
                         # (a euro rate by the hour, gross: "14,20 € brutto/h")
                         r"|\d\s?[€£$]?\s?(?:brutto|gross)?\s?/\s?h(?![a-z])")


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


@dataclass(frozen=True)
class _Row:
    """A non-blank line (or part of one), classified."""

    no: int
    text: str  # bullet marker removed
    bullet: bool
    heading: str = ""  # non-empty for plain, numbered and bullet sub-headings
    numbered: bool = False
    kind: Kind | None = None  # a known heading's kind, or a bullet label's for its own line
    top: bool = False  # a known heading: opens a top-level section
    full: str = ""  # a labelled line's whole text (``text`` is what follows the label)
    rung: int | None = None  # a rung block's title: its first year (-1: no years line)
    label: str = ""  # a panel row's label ("Average Salary" of "Average Salary$48,300")


_OPENING_WORDS = 4  # words of a title ending the prose before an arrow chain


def _last_title(text: str, step: Callable[[str], str | None]) -> str | None:
    """The longest title of up to four words ending ``text``, in lower case too ("From
    adviser, the usual path is senior mortgage adviser" -> "Senior Mortgage Adviser").

    >>> titled = {"senior tiler": "Senior Tiler", "tiler": "Tiler"}
    >>> _last_title("the path is senior tiler", titled.get)
    'Senior Tiler'
    """
    words = text.split()
    for size in range(min(_OPENING_WORDS, len(words) - 1), 0, -1):
        found = step(" ".join(words[-size:]))
        if found:
            return found
    return None


def _top_fork(chain: Sequence[str] | None,
              step: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The two titles an arrow chain's last step names with "or" ("… → team leader → branch
    manager or network director"), each a rung above the step before; None otherwise.

    >>> _top_fork(["A", "Team Leader", "Branch Manager or Network Director"], lambda t: t)
    ('Branch Manager', 'Network Director')
    """
    if not chain or len(chain) < 2 or " or " not in chain[-1]:
        return None
    first, _, second = chain[-1].partition(" or ")
    one, other = step(first.strip()), step(second.strip())
    return (one, other) if one and other else None


def _box_blocks(rows: Sequence[_Row], is_title: Callable[[str], bool],
                kinds: frozenset[Kind] = frozenset({Kind.LADDER}),
                ) -> list[tuple[list[str], int, int]]:
    """The rungs of each ladder graphic flattened one box a line under a ladder heading (the
    lines up to the first blank one), with the heading's and the block's last line number;
    ``kinds``: the headings that may hold one (a slide titled "Career path" too)."""
    found: list[tuple[list[str], int, int]] = []
    for index, row in enumerate(rows):
        if row.kind not in kinds or not row.heading:
            continue
        block: list[str] = []
        for after in rows[index + 1:]:
            if after.no != row.no + len(block) + 1 or after.bullet or after.kind is not None:
                break
            block.append(after.text)
        if rungs := broken_boxes(block, is_title):
            found.append((rungs, row.no, row.no + len(block)))
    return found


def _role_work(role: str) -> str:
    """The work a role's title names, as a field ("Embalmer" -> "embalming", "Surveyor"
    -> "surveying"), or "" when its last word is no "-er"/"-or" agent noun."""
    last = role.rpartition(" ")[2].lower()
    return f"{last[:-2]}ing" if len(last) > 5 and last.endswith(("er", "or")) else ""


def _plain_heading(text: str) -> bool:
    text = _DECORATION.sub("", text)  # "🛠️ Skills Needed": an emoji before the heading
    words = text.split()
    return (
        0 < len(words) <= 10
        and text[0].isupper()
        and text[-1] not in ".:!?,;"
        and "$" not in text
        # "Junior Medical Technologist Php 21,500": a table row ("Salary: INR 6-12 LPA" is
        # a heading that the heading reads)
        and not ((priced := _PRICED.search(text)) and not _PAY_WORDS.search(
            text, 0, priced.start()))
        and " | " not in text  # a table's header row, not a heading
        and "; " not in text  # "Python; Data Labeling; Demand Planning": a list of items
        # "COMPENSATION (Hourly, effective January 1, 2026)": a dated aside after a heading
        # is prose ("Electrotherapy (ultrasound, TENS)" is an item, its aside undated)
        and is_title_case(_DATED_ASIDE.sub("", text) or text)
    )


_DATED_ASIDE = re.compile(r"(?<=\S)\s+\([^()$€£]{0,40}\b(?:19|20)\d\d\)\s*$")


# ((?=[…]): what a match can start with, one test per position before the alternatives.)
_PRICED = re.compile(r"(?=[€£₹₱₦¥৳A-Z\d])(?:(?:[€£₹₱₦¥৳]|\b(?:Php|K[Ss]hs?|Rs|[A-Z]{3})\.?)\s?\d"
                     r"|\d,\d{3}\s?[A-Z]{3}\s*$)")  # ("High School 1,940 PEN": the code after)
_PAY_LEAD = re.compile(r"[^:.]{0,60}\b(?:salary|pay|wages?)\s*:\s*\d", re.IGNORECASE)
_PAY_WORDS = re.compile(r"\b(?:salary|salaries|pay|wages?|stipend|earnings)\b", re.IGNORECASE)
# Symbols before a heading's first word (emoji, their variation selectors, arrows).
_DECORATION = re.compile(r"^[^\w\s\"'(\[$€£₹#*•-]+\s+")


# Pictographs before a social post's section heading ("🏢 Who's hiring").
_EMOJI_LEAD = re.compile("^(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
                         "[\ufe0f\u200d]*)+\\s+")
_EMOJI_HEADING_WORDS = 8


def _emoji_heading(text: str, following: tuple[int, str, bool] | None) -> str | None:
    """The heading a short line opened by a pictograph states ("🪜 The path, as I see it"
    -> "The path, as I see it"), or None: a sentence, a figure, or one of a list of lines
    opened by the same pictograph.

    >>> _emoji_heading("\U0001f4b7 UK money talk", None)
    'UK money talk'
    >>> _emoji_heading("\U0001f4b7 Pay was \u00a348,000.", None) is None
    True
    """
    match = _EMOJI_LEAD.match(text)
    if match is None:
        return None
    rest = text[match.end():].strip()
    words = rest.split()
    if (not 1 <= len(words) <= _EMOJI_HEADING_WORDS or not (rest[0].isupper() or rest[0].isdigit())
            or rest[-1] in ".,;:" or _PRICED.search(rest) or "=" in rest):
        return None
    if following is not None and following[1].startswith(match.group().strip()):
        return None  # "🔹 Audits" / "🔹 Testing": items of a list, not headings
    return rest


def _short_title(text: str, vocab: Vocabulary) -> bool:
    """A short Title Case phrase such as "Containerization and Orchestration".

    Capitals that come only from named tools ("Expertise in Docker and Kubernetes") do not
    make a title, and neither does an enumeration with commas.
    """
    words = text.split()
    if not 0 < len(words) <= 6 or text[-1:] in ".!?" or "," in text:
        return False
    if not is_title_case(text):
        return False
    tools = set(vocab.lexicon_tools(text))
    rest = [w for w in words[1:] if w.lower() not in SMALL_WORDS and w.strip("()") not in tools]
    return len(words) == 1 or bool(rest)


# Words inside an item that make it a phrase, not a name ("architecture on AWS").
_FUNCTION_WORDS = re.compile(r"\b(?:on|in|with|including|such as|like|of|at|to)\b")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]{1,80}?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]{0,200})\]\([^)\s]{0,300}\)")
# An encyclopedia's citation or edit marker glued to the word or stop before it
# ("drafters.[11]", "urban planning.[citation needed]", "Career path[edit]"): chrome.
_CITATION = re.compile(r"(?<=[\w.,;:)\"'’])\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|edit|"
                       r"citation needed|clarification needed|who\?|when\?|by whom\?)\]")


# Whole lines of page navigation: chrome, never content ("back to top" under every table).
_NAVIGATION = frozenset({"back to top", "top of page", "return to top", "scroll to top",
                         "go to top", "skip navigation", "skip to content",
                         "skip to main content"})
# A listing's "show more" link: "View all 48 companies", "More Welder cities ▾" (chrome).
_EXPAND_LINK = re.compile(r"(?:(?:view|see|show|browse) all(?: \d[\d,]*\+?)?(?: [\w'-]+){1,4}"
                          r"\s*[›>»▾▼▸→]?|more(?: [\w'-]+){1,4}\s*[▾▼▸›»])\s*$", re.IGNORECASE)
_FORM_BLANK = re.compile(r"(?<!_)_{3,}(?!_)")
_PAGE_MARK = re.compile(r"^page \d{1,4}(?: of \d{1,4})?\s*$", re.IGNORECASE)
# A "More" link left between a panel's label and its value: chrome, not an item.
_SHORT_LINK = 16
_SURVEY_ROWS = 60  # rows read for a pay survey's headline figure (summary, key findings)
_VERSUS_ROWS = 12  # rows read for an "X vs Y" comparison's title
_SITE_ROWS = 400  # rows read for the site's own name (masthead, copyright line)
# What a title printed alone looks like: capitalised words, brackets and slashes, no stop.
_TITLE_SHAPE = re.compile(r"[A-Z][\w&/' ()-]*$")
# A hedge beside a sector's name in a list ("telecom mostly, also broadcast").
_SECTOR_HEDGE = re.compile(r"(?:(?<=^)|(?<=, ))(?:and also|also|plus)\s+|"
                           r"\s+(?:mostly|mainly|largely|too|as well)(?=,|$|\.)")
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")
# The sectors a list adds after "also" ("…, also broadcast and utilities"), one word each.
_ALSO_PAIR = re.compile(r"(?:(?<=^)|(?<=, ))(also [a-z-]+) and ([a-z-]+)(?=[.,;]|$)")
_PARAGRAPH_WORDS = 12  # a line of prose under a heading, not another item of a list
# A step's aside in words ("purser (on bigger boats)"): no part of its title.
_ASIDE = re.compile(r"\s*\((?![^)]*\d)[^()]*\)")
_SHORT_WORDS = 6
# A panel's rating value, not a skill ("High skill", "Below average").
_RATING = re.compile(r"^(?:very\s+)?(?:high|medium|low|above average|below average|average)"
                     r"(?:\s+skill(?:ed|s)?)?$", re.IGNORECASE)
_MORE_LINKS = frozenset({"more", "read more", "see more", "show more", "view more",
                         "learn more"})
# A post's or comment's vote and action bar ("⬆ 2.4k ⬇  💬 310 comments  Share  Save",
# "↑ 57 ↓  Reply  Report", "16 upvotes · 9 comments"): arrows, counts and action words only.
_ACTION_BAR = re.compile(
    r"(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote)"
    r"(?:\s+(?:[⬆⬇↑↓▲▼💬·•|]|\d[\d.,]*[km]?|(?:up|down)?votes?|upvotes?|points?|comments?|"
    r"repl(?:y|ies)|share|save|report|award|give award|hide|edit|permalink|quote))+\s*",
    re.IGNORECASE)
_ACTION_WORD = re.compile(r"[⬆⬇↑↓▲▼💬]|\b(?:repl(?:y|ies)|share|save|report|award|upvotes?|"
                          r"comments?)\b", re.IGNORECASE)
# A comment's byline: the handle, perhaps a flair ("Site Manager | Hull"), the time ago
# ("grout_gary · 2 days ago", "spacer_sam OP · Site Manager | Hull · 9 hr. ago"): chrome,
# its flair no page's title.
_COMMENT_BYLINE = re.compile(
    r"(?:u/)?(?:[\w.-]{3,30}|\[deleted\])(?: OP)?\s+[·•]\s+(?:[^·•]{1,60}\s+[·•]\s+)?"
    r"\d{1,2}\s*(?:min|mins|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?|y|yr|yrs|years?)"
    r"\.?\s+ago")
# A forum post's byline ("Posted by u/kettle_kate · 5 hours ago"); the short tag on the line
# under it ("Discussion", "Pay thread") is the post's flair: chrome, no heading.
_POST_BYLINE = re.compile(r"posted by\s.{1,80}\b(?:ago|\d{4})", re.IGNORECASE)
_FLAIR = re.compile(r"[A-Z][\w&'/-]*(?: [\w&'/-]+){0,2}")


def _markup(text: str) -> str:
    """Leftover markdown and flattened table cells made plain ("| a | b |" -> "a | b");
    a navigation line ("back to top") made empty."""
    if len(text) < 30 and text.strip().lower().rstrip(" ↑^") in _NAVIGATION:
        return ""
    if len(text) < 90 and _ACTION_BAR.fullmatch(text.strip()) and _ACTION_WORD.search(text):
        return ""  # a post's vote and action bar ("↑ 57 ↓  Reply  Share"): chrome
    if " ago" in text[-12:] and len(text) < 130 and _COMMENT_BYLINE.fullmatch(text.strip()):
        return ""  # a comment's byline ("grout_gary · Site Manager | Hull · 2 days ago")
    if text[:5].lower() == "page " and _PAGE_MARK.match(text):
        return ""  # a printed document's page number ("Page 4 of 47")
    if len(text) < 50 and _EXPAND_LINK.match(text.strip()):
        return ""  # a list's "View all 48 companies" / "More Welder cities ▾" link
    if "___" in text and len(_FORM_BLANK.findall(text)) >= 2:
        return ""  # a form's fields to fill ("Apprentice's initials ____  Date ______")
    if " | " in text and _link_strip(text):
        return ""
    if "[" in text:
        text = _without_citations(text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
        if text.strip().lower().startswith(("back to", "return to", "← ", "see also")):
            return ""  # a navigation link
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    if "`" in text or "*" in text:
        text = _EMPHASIS.sub(r"\1", text.replace("`", ""))  # `code`, *italics*
    if text.startswith("#"):
        text = text.lstrip("#").strip()
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        text = " | ".join(c for c in cells if c and set(c) - set("-: "))
    return text


# A strip of links to other articles ("Also read: X Salary | Y Jobs in Z"): no facts.
_LINK_STRIP = re.compile(r"^\s*(?:also read|read also|read more|see also|related(?: posts| "
                         r"articles| reading)?)\s*:\s*\S", re.IGNORECASE)


def _link_strip(text: str) -> bool:
    """True for a labelled strip of article links separated by " | "."""
    return _LINK_STRIP.match(text) is not None


def _without_citations(text: str) -> str:
    """``text`` without citation and edit markers; a line that was only markers is kept.

    >>> _without_citations("Many begin as drafters.[11] Some move on.[citation needed]")
    'Many begin as drafters. Some move on.'
    >>> _without_citations("[01] SALARY REALITY")
    '[01] SALARY REALITY'
    """
    return _CITATION.sub("", text) if "]" in text else text


def _titles_row(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``(label, value)`` of a panel row that lists other titles after its label and a
    space ("Alternate Title(s) A, B, C"), or None."""
    words = text.split(" ")
    for size in (1, 2, 3):
        label = " ".join(words[:size])
        if len(words) > size and _known_heading(label, vocab) is Kind.ALIASES:
            return label, _ALIAS_LEAD.sub("", " ".join(words[size:]))
    return None


# "Alternative titles for this job include A, B": the words before the list.
_ALIAS_LEAD = re.compile(r"^(?:for (?:this|the) (?:job|role|career|occupation)\s+)?"
                         r"(?:include|includes|are|:)\s+", re.IGNORECASE)


# A diary entry's time stamp opening its short heading ("6:45am – Setting up"; glued to it in
# "7:00 AMAvalanche control").
_DIARY_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:[ap]m\b|[AP]M)\s*(?:[–—-]\s*)?")
_DIARY_WORDS = 8


def _known_heading(text: str, vocab: Vocabulary) -> Kind | None:
    """The kind of a line that is a known heading however decorated (own line)."""
    if len(text) > 60 or "$" in text:
        return None
    kind = vocab.headings.exact(text)
    return Kind(kind) if kind is not None else None


_GLUED_CELLS = re.compile(r"[a-z][A-Z]")  # "ImportanceSkill": a flattened table header
_INLINE_BULLET = re.compile(r"\s+[•·▪]\s+")
# Where a heading can touch its neighbour: "ToStaff", "strong.Companies", "Level110,000".
_GLUE = re.compile(r"[a-z.)!?:][A-Z0-9$€£₹]")


_ASKED_WORDS = 10  # words of a question answered on its own line
# (and "Who makes good stews? Most of us came from hospitality: A, B": the titles before)
_ASKED_KINDS = frozenset({"employers", "sectors", "moves_in"})
_WH_QUESTION = re.compile(r"(?:Who|Where|Which|What)\s")


def _answered_question(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A question heading with its answer on the same line ("Who employs signalling
    engineers? Infrastructure owners, signalling suppliers and design consultancies"): the
    question and the answer, when the question names who employs the role; else None."""
    question, _, answer = text.partition("? ")
    if not answer.strip() or len(question.split()) > _ASKED_WORDS or not (
            _WH_QUESTION.match(question)):
        return None  # ("Is coding moving to the private sector? Some …": a yes-no question)
    kind = vocab.headings.classify(f"{question}?")
    return (f"{question}?", answer.strip()) if kind in _ASKED_KINDS else None

_LEGAL_TAIL = re.compile(r",\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LLP|PLLC|Pty Ltd|GmbH|S\.A\.)$")
# A heading in sentence case with an aside ("Registered sponsoring firms (Travis County)").
# (a team page's "Our levels and pay" over a pay table is read as before)
_SENTENCE_LABEL = re.compile(r"^((?!Our\b|Your\b|My\b|Their\b)[A-Z][a-z]+(?:\s+[a-z][\w'-]*){1,4})"
                             r"(?:\s*\([^()]{1,40}\))?$")
_LABEL_LISTS = frozenset({Kind.EMPLOYERS, Kind.LADDER})
# A name or a title alone on its line ("Pecan Creek Home Inspections", "Trainee Technician").
_NAME_LINE = re.compile(r"[A-Z][\w&'’.-]*(?:,?\s+[\w&'’.-]+){0,6}")
# A footer strip: links set apart by separators, with a copyright mark among them.
_FOOTER = re.compile(r"(?:[·|•]\s*©|©[^·|•]{0,60}[·|•])|(?:[·|•]\s*(?:site policies|privacy policy|"
                     r"terms of use|accessibility|sitemap)\s*(?:\([^()]*\))?\s*[·|•].*[·|•])",
                     re.IGNORECASE)
# An attachment's heading in a letter or a contract: "Exhibit A – Position summary".
_ATTACHMENT = re.compile(r"^(?:Exhibit|Appendix|Annex|Schedule|Attachment)\s+[A-Z0-9]{1,3}\s*"
                         r"[–—:-]\s*([A-Z][^.!?]{2,80})$")


_RUN_IN_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_RUN_IN_WORDS = 4  # words of one name in a run-in list of workplaces


def _run_in_list(kind: Kind, rest: str) -> bool:
    """A run-in skills or workplaces label over a list that ends on its own line ("What gets
    you hired: A, B and C.", "Where tilers work: A, B and C."): the label names this line's
    list and opens no section."""
    body = rest.rstrip()
    if kind in (Kind.EMPLOYERS, Kind.SECTORS) and ". " not in body:
        # ("Where tilers work: Housing and Retail."): a few names, each short and capitalised
        names = _RUN_IN_JOIN.split(body.rstrip("."))
        return all(n[:1].isupper() and len(n.split()) <= _RUN_IN_WORDS for n in names)
    return (kind in _SKILL_KINDS and body.count(",") >= 2 and body.endswith(".")
            and ". " not in body  # one sentence: "… Bucket truck operation too." goes on
            and not body.lower().startswith(("a ", "an ", "the ")))  # a requirement's prose


# A freelancer's rate for his own time, opening its line ("Day rate £720 (…)"): pay even
# under "Fees", where the prices per service around it are none.
_OWN_RATE = re.compile(r"(?:day|daily|hourly)\s+(?:rate|fee)\s*:?\s*(?:of\s+)?[$€£¥₹A-Z]{1,3}\s?\d",
                       re.IGNORECASE)
# The platforms or tools after a skill's bracket: "(RSI) on Interprefy and KUDO".
_PLATFORM_TAIL = re.compile(r"\s*(?:on|in|with|using|via)\s+(?=[A-Z])(.{2,60}?)\.?$")
_AND_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_PREMIUM = re.compile(r"\s+[+−-]\s?\d{1,3}(?:\.\d)?\s?%$")  # "Fumigation +9%"
_SCORED = re.compile(r"^(\D.*?)\s+\d\.\d{2}$")  # "Service orientation 3.48"
_SCORED_RUN = 3  # rows in a row of a rated list, so one "Python 3.11" is no score


def _scored_rows(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``raw`` with the level scores of a rated list cut off its names (an occupation
    site's "Skills" rows: "Service orientation 3.48", "Speaking 3.30", …).

    >>> [t for _, t, _ in _scored_rows([(1, "Speaking 3.30", False), (2, "Writing 3.02",
    ...  False), (3, "Monitoring 2.95", False), (4, "Tools", False), (5, "Python 3.11",
    ...  False)])]
    ['Speaking', 'Writing', 'Monitoring', 'Tools', 'Python 3.11']
    """
    # (a score ends its line, "3.48": a line without a full stop in its last four characters
    # has none, and most lines are tested by that alone)
    scored = [_SCORED.match(text) if "." in text[-4:] else None for _, text, _ in raw]
    out = list(raw)
    start = 0
    while start < len(raw):
        end = start
        while end < len(raw) and scored[end] is not None:
            end += 1
        if end - start >= _SCORED_RUN:
            for at in range(start, end):
                match = scored[at]
                if match is not None:
                    out[at] = (raw[at][0], match.group(1), raw[at][2])
        start = end + 1
    return out


_PIPED_WORDS = 6  # a cell of a piped list names one thing in a few words
_FIGURE_CELL = re.compile(r"^\W*\d|[$€£¥₹%]")  # a table's figure, no name ("BS 4142" is)


def _piped_items(text: str, above: _Row | None, before: str, after: str) -> list[str]:
    """The items of a lone piped line right under a skills heading ("Specialisms" /
    "Building acoustics | Room acoustics | Expert witness"), or [] for a table's row (its
    neighbours piped too, a figure or a long cell in it).

    >>> heading = _Row(3, "Specialisms", False, "Specialisms", kind=Kind.SKILLS, top=True)
    >>> _piped_items("Rigging | Load charts", heading, "Specialisms", "Fees")
    ['Rigging', 'Load charts']
    >>> _piped_items("Rigging | £40", heading, "Specialisms", "Fees")
    []
    """
    if (above is None or not above.top or above.kind not in _SKILL_KINDS
            or "|" in before or "|" in after):
        return []
    cells = [cell.strip() for cell in text.strip().strip("|").split(" | ")]
    if len(cells) < 2 or any(not cell or len(cell.split()) > _PIPED_WORDS
                             or _FIGURE_CELL.search(cell) for cell in cells):
        return []
    return cells


def _split_line(no: int, text: str, vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """One raw line as ``(no, text, bullet)`` parts: known headings glued to it split off."""
    text = _markup(text)
    item, bullet = strip_bullet(text)
    if not item:
        return []
    if ("·" in item or "|" in item or "•" in item) and _FOOTER.search(item):
        return [(no, item, False)]  # a site's footer strip: one line, read in _rows
    inline = (len(_INLINE_BULLET.findall(item)) if "•" in item or "·" in item or "▪" in item
              else 0)
    label, rest = split_label(item) if inline else (None, item)
    # "Patient care • Radiation safety • Image processing": a list printed on one line; two
    # items need a label that names a section ("Soft Skills: Empathy • Patience").
    if inline >= 2 or (inline == 1 and label and rest
                       and vocab.headings.classify(label) is not None):
        head = [(no, f"{label}:", False)] if label and rest else []
        items = [i.strip() for i in _INLINE_BULLET.split(rest if head else item)]
        # A heading of the other column glued to an item ends it; the last one opens the
        # section the next line continues ("… • Keep records TYPICAL EMPLOYERS").
        across = _CAPS_TAIL.search(items[-1])
        last = [(no, across.group().strip(), False)] if across and vocab.headings.classify(
            normalise_heading(across.group().strip())) is not None else []
        # ("People coaching +12% · Zendesk": a pay site's premium after a skill, no part of it)
        items = [_PREMIUM.sub("", _CAPS_TAIL.sub("", i)).strip() for i in items]
        return [*head, *((no, i, True) for i in items if i), *last]
    caps = _CAPS_LEAD.match(item) if not bullet else None
    if caps and vocab.headings.classify(normalise_heading(caps.group(1))) is not None:
        # "TYPICAL EMPLOYERS Large dairy farms such as …": a two-column page read across;
        # the text after the heading ends the section before it, and a fragment of a
        # sentence cut by the column ("cooperatives, or you may …") is not read
        rest = item[caps.end():]
        return [*([(no, rest, False)] if rest[:1].isupper() else []),
                (no, caps.group(1), False)]
    if not bullet and "? " in item and (asked := _answered_question(item, vocab)) is not None:
        return [(no, asked[0], False), (no, asked[1], False)]
    parts: list[tuple[int, str, bool]] = []
    if bullet or not _GLUE.search(item):
        return [(no, item, bullet)]  # no heading can be glued without a case change
    glued = vocab.headings.split_glued(item)
    if glued and glued[2] and not bullet:
        parts.append((no, glued[0], False))
        item = panel_value(glued[2])  # "Growth OpportunitiesFair 📈 (A, B)🟩": A and B
    tail = vocab.headings.split_glued_end(item)
    if tail and not bullet and tail[0]:
        return [*parts, (no, tail[0], False), (no, tail[1], False)]
    return [*parts, (no, item, bullet)]


# Kinds a panel row's label ("Industry", "Skill Level", "Top Employers") gives its value.
_PANEL_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS, Kind.SKILLS, Kind.SOFT_SKILLS,
                          Kind.TOOLS, Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN,
                          Kind.ALIASES})
# Kinds a heading names only for a section of its own (never a part of a list).
_SECTION_KINDS = frozenset({Kind.REQUIREMENTS, Kind.EMPLOYERS, Kind.SECTORS, Kind.SALARY,
                            Kind.MOVES_IN, Kind.LATERAL, Kind.MOVES_UP})
# Kinds whose words also name list items ("Roadmaps", "Prioritisation frameworks").
_ITEM_LIKE = frozenset({Kind.LADDER, Kind.PROGRESSION, Kind.TOOLS, Kind.SKILLS,
                        Kind.SOFT_SKILLS, Kind.OTHER})


def _section_word(text: str, vocab: Vocabulary) -> bool:
    return classify_heading(text, vocab.headings) not in _ITEM_LIKE


# Capitals that open a line before ordinary text ("TYPICAL EMPLOYERS Large dairy farms …")
# or end an item ("Crew supervision FUTURE JOB MARKET/OUTLOOK"): a heading read across two
# columns.
_CAPS_WORD = r"[A-Z][A-Z&/'’.,-]*\??"
_CAPS_LEAD = re.compile(rf"^((?:{_CAPS_WORD}\s+){{1,6}}{_CAPS_WORD})\s+(?=[A-Za-z]*[a-z])")
_CAPS_TAIL = re.compile(rf"(?<=[a-z)])\s+(?:{_CAPS_WORD}\s+){{1,6}}{_CAPS_WORD}$")
# A Title Case line ending in a colon is a heading up to this many words.
_LONG_HEADING = 12
_SHORT_HEADING = 6
_QUESTION_HEADING = 10  # words of a question line that heads a section it names
# A sentence that introduces a list of skills, whatever its section.
_TOPIC_INTRO = re.compile(r"\b(?:course content|syllabus|curriculum)\b", re.IGNORECASE)
_SKILL_INTRO = re.compile(r"\b(?=[sacywt])"  # (the letters a match can start with, tested first)
                          r"(?:skills|strengths|abilities|competenc(?:y|ies)|attributes|"
                          r"(?:you will|you'll|will) learn|course content|syllabus|"
                          r"curriculum|software|tools|should study)\b", re.IGNORECASE)
# "Employers look for:", "Good surveyors also have:": what the role's people bring follows.
_WANTED = re.compile(r"(?:^|\.\s)[A-Z][\w ]{0,40}?s\s+(?:also\s+|usually\s+|should\s+|"
                     r"must\s+)?(?:look for|have|value|want):$")
# A line that states skills by itself, in no skills section ("Proficient in A and B").
_QUALIFIED_LINE = re.compile(r"(?:Knowledge of|Proficient in|Skilled in|"
                             r"Familiar with) ")
_LONG_SENTENCE = 25
_MAX_GRADE_LABEL = 6
_LONG_ROW = 80  # a level table flattened into one line is at least this long
# A value that opens with a figure, in any currency ("₦420,000 per month", "N1.2 million").
_FIGURE_FIRST = re.compile(r"\s*\S{0,3}?\s?\d")
# A bracket that says something of its tool with a verb ("(Instagram is the shop window)").
_ASIDE_CLAUSE = re.compile(r"\s(?:is|are|was|were)\s")
# A line that is only a bracketed remark ("(technical training and on the job)").
_ASIDE_LINE = re.compile(r"\([^()]{1,120}\)")
_QUESTION_WORDS = frozenset({"who", "where", "what", "how", "which", "when", "why"})
_MARKERS = frozenset("-–•*·▪✗✘✓✔")


def _lone_markers(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A bullet marker alone on its line marks the next line as a bullet ("-" then "X: …");
    two markers in a row after a short item make that item the heading of what follows."""
    out: list[tuple[int, str, bool]] = []
    pending = False
    for no, text, bullet in raw:
        if text in _MARKERS:
            if pending and out and out[-1][2] and len(out[-1][1].split()) <= _SHORT_WORDS:
                # "-" / "Knowledge Areas" / "-" / "-" / "Geography": an empty item after a
                # short one, which heads the nested list below it (a flattened page's heading)
                out[-1] = (out[-1][0], out[-1][1], False)
            pending = True
            continue
        out.append((no, text, bullet or pending))
        pending = False
    return out


_STORY_TOP = 15  # rows at a post's top searched for its "From A to B" title
_DASH_SPLIT = re.compile(r"\s+[–—]\s+")
_STRIP_ITEMS = 3
_STRIP_WORDS = 5
_STRIP_KINDS = frozenset({Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS})


def _dash_strips(raw: list[tuple[int, str, bool]],
                 vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """A strip of short names set apart by dashes right under a skills heading or a lead-in
    ending in ":" ("Facilitation – Coaching – Kanban") is a list, one item a name; a title
    with its site ("Welder – Career Guide – 2024") has no such line above it."""
    out: list[tuple[int, str, bool]] = []
    for no, text, bullet in raw:
        parts = _DASH_SPLIT.split(text) if not bullet and ("–" in text or "—" in text) else []
        lead = out[-1][1] if out else ""
        if (len(parts) >= _STRIP_ITEMS
                and all(1 <= len(part.split()) <= _STRIP_WORDS and not any(
                    c.isdigit() or c in ".:;!?$€£" for c in part) for part in parts)
                and (lead.endswith(":") or classify_heading(
                    normalise_heading(lead), vocab.headings) in _STRIP_KINDS)):
            out.extend((no, part.strip(), True) for part in parts)
            continue
        out.append((no, text, bullet))
    return out


# A figure alone on its line: "$63,400", "11%", "9,420+".
_FIGURE = re.compile(r"[$€£₹]?\s?\d[\d,.]*\s?(?:%|[kK]|[kK]\+|\+)?")
_CAPTION = re.compile(r"[a-z][a-z' -]{2,40}")


def _captions(raw: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """A stat chip prints its value above a lowercase caption ("$63,400" / "median
    salary"): the two lines become one labelled line ("Median salary: $63,400")."""
    out: list[tuple[int, str, bool]] = []
    skip = False
    for index, (no, text, bullet) in enumerate(raw):
        if skip:
            skip = False
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if (following is not None and (text[:1].isdigit() or text[:1] in "$€£₹")
                and not bullet and not following[2]
                and _FIGURE.fullmatch(text) and _CAPTION.fullmatch(following[1])
                and len(following[1].split()) <= 4):
            caption = following[1]
            out.append((no, f"{caption[0].upper()}{caption[1:]}: {text}", False))
            skip = True
            continue
        out.append((no, text, bullet))
    return out


_LOOKAHEAD = 8  # lines of a list read to judge the heading above it
_DIGIT = re.compile(r"\d")


def _unnamed_heading(text: str, raw: Sequence[tuple[int, str, bool]], index: int,
                     vocab: Vocabulary) -> Kind | None:
    """The kind of a short line set apart by a blank line whose words name no section but
    whose list below shows one (pay, known employers or sectors, tools), else None."""
    if (index + 2 >= len(raw) or (index and raw[index - 1][0] >= raw[index][0] - 1)
            or len(text) > 60 or text[-1:] in ".,;:!" or not text[:1].isupper()):
        return None  # cheap tests first: most lines are not set apart by a blank line
    words = text.split()
    if len(words) > 6 or _DIGIT.search(text):
        return None
    below: list[str] = []
    for no, line, _ in raw[index + 1: index + 1 + _LOOKAHEAD]:
        if below and no > raw[index][0] + len(below) + 2:
            break  # a blank line ends the list (one may follow the heading)
        below.append(line)
    found = content_kind(below, vocab)
    if found is None or content_kind([text, text], vocab) == found:
        return None  # the line reads like the items themselves: the list's first item
    return Kind(found)


def _rung_block(text: str, raw: Sequence[tuple[int, str, bool]], index: int,
                vocab: Vocabulary) -> int | None:
    """The first year of a rung block's title line (-1 without a years line), else None:
    a role title followed by "5-8 years", or by a pay label ("BASE") and an amount."""
    if (index + 2 >= len(raw) or len(text) > 80 or ":" in text
            or step_number(text) is not None or not vocab.is_role_title(text)
            or _PAY_IN_TITLE.search(text)):
        # ("Level 2: X" rungs are read by their number; "Director of X Salary Distribution
        # in Lima" heads a survey's figures, no rung)
        return None
    following = raw[index + 1][1]
    start = years_start(following)
    if start is not None:
        return start
    label = following.replace(" ", "")
    if (following.isupper() and label.isalpha() and len(following.split()) <= 3
            and find_money(raw[index + 2][1]) is not None):
        return -1
    return None


_SKILL_LEADS = frozenset({"skills", "competencies", "qualities", "abilities"})
_SKILL_LINE_WORDS = 8


def _skills_line(text: str, vocab: Vocabulary) -> bool:
    """A short sentence-case line that opens with "Skills" and states nothing ("Skills we
    look for at Chartered level"): the heading of the list on the line below it."""
    words = text.split()
    lead = 1 if len(words) > 2 and words[1].lower() in _SKILL_LEADS else 0  # ("Key skills …")
    return (len(words) <= _SKILL_LINE_WORDS and words[lead].lower() in _SKILL_LEADS
            and text[-1] not in ".!?,;:" and "," not in text and "$" not in text
            and words[lead + 1:lead + 2] not in (["and"], ["&"])  # ("Skills and progression")
            and (bool(lead) or ("and" not in words and "&" not in words))
            and classify_heading(text, vocab.headings) in _SKILL_KINDS)


def _lead_in(raw: Sequence[tuple[int, str, bool]], index: int) -> bool:
    """The line after ``index`` introduces a list ("As a welder, you need to:" above
    bullets): the line at ``index`` heads both ("Personal qualities and skills")."""
    return (index + 2 < len(raw) and raw[index + 1][1].endswith(":") and raw[index + 2][2]
            and not raw[index + 1][2])


def _tab_panel(text: str, vocab: Vocabulary) -> tuple[Kind, str] | None:
    """A flattened infobox row, its label and value apart by a tab ("Activity sectors <tab>
    Hospitality, restaurants"), whose label names sectors or employers: the kind and value.
    """
    label, _, value = text.partition("\t")
    if label[:1].isdigit():
        return None  # "186 Employer Nomination <tab> CSOL <tab> Yes": a coded table row
    kind = _panel_kind(label.strip(), vocab) if len(label.split()) <= _SHORT_HEADING else None
    return (kind, value.strip()) if kind in _NAME_BUCKETS and value.strip() else None


def _blank_between(joined: frozenset[int], before: int, after: int) -> bool:
    """A blank (or dropped) line lies between row ``before`` and row ``after``: a line of the
    gap that no hard-wrapped paragraph's row took in (``joined``).

    >>> _blank_between(frozenset(), 4, 6), _blank_between(frozenset({5}), 4, 6)
    (True, False)
    """
    return any(no not in joined for no in range(before + 1, after))


def _panel_label(rows: Sequence[_Row], index: int, joined: frozenset[int] = frozenset()) -> bool:
    """``rows[index]`` labels one value line in a run of label/value lines (an encyclopedia
    infobox flattened: "Fields of employment" / "A, B, C" / "Related jobs" / "D, E"), and a
    paragraph of prose follows the run after a blank line: the section is the value only.
    """
    if not 0 < index < len(rows) - 2:
        return False
    before, row, value, after = rows[index - 1], rows[index], rows[index + 1], rows[index + 2]
    return (before.no == row.no - 1 and value.no == row.no + 1 and not value.heading
            and not value.bullet and _blank_between(joined, value.no, after.no)
            and not after.heading and not after.bullet and after.text[-1:] == "."
            and ":" not in row.text)


def _names_lead(label: str, vocab: Vocabulary) -> bool:
    """A longer sentence-case lead-in that names a list of sectors or employers ("Industries
    where you could do this work:"): a heading of the names listed under it."""
    return len(label.split()) <= _LONG_HEADING and classify_heading(
        label, vocab.headings) in _NAME_BUCKETS


def _caps_heading(text: str) -> bool:
    """A short line in capitals ("[02] SALARY REALITY", "KNOWN ALIASES / DISGUISES:")."""
    if not text.isupper():
        return False  # the common prose line: no letters counted
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 4 and len(text.split()) <= 8
            and text[-1:] not in ".!,;" and not any(c.isdigit() for c in text.split("]")[-1]))


_HEADING_WORDS = 6
_LEAD_IN_WORDS = 10


def _long_question(words: Sequence[str]) -> bool:
    """Words of a question that may head a section at up to ten words ("What an X does in
    Canada", "How can you advance in this career?"); "How to become an X" is a page's
    title, no section."""
    return len(words) > 1 and words[0].lower() in _SECTION_QUESTIONS and (
        words[1].lower() != "to")


_SECTION_QUESTIONS = frozenset({"what", "where", "how", "who"})  # ("Why Leeds cannot …": news)


def _sentence_heading(text: str, vocab: Vocabulary, *, longer: bool = False) -> bool:
    """A short sentence-case line whose words name a known section ("Skills you need");
    ``longer``: a list is known to follow, so the line may run as long as a lead-in."""
    words = text.split()
    # a lead-in ending in a colon may run longer ("Other directions once you have 2–3 years
    # of experience:"): the colon says a list follows; so may a question ("What an X does
    # in Canada")
    most = _LEAD_IN_WORDS if longer or text.endswith(":") or _long_question(
        words) else _HEADING_WORDS
    return (0 < len(words) <= most and text[0].isupper() and text[-1] not in ".!,;"
            and "$" not in text
            and classify_heading(text, vocab.headings) is not Kind.OTHER)


_QUESTION_MARKS = " ▼▲►▸▾+−-"
_FIRST_ITEM = re.compile(r"1[.)]\s+\S")  # a numbered list's first item


def _question(text: str) -> str | None:
    """The question of an FAQ line ("What skills do I need?▼"), or None."""
    stripped = text.rstrip(_QUESTION_MARKS)
    words = stripped.split()
    if not stripped.endswith("?") or not 2 <= len(words) <= 16 or not stripped[0].isupper():
        return None
    return stripped if stripped.count("?") == 1 else None


_UNDERLINE = re.compile(r"\s*(?:=+|-{3,})\s*")


def _markdown_headings(lines: Sequence[Line]) -> tuple[set[int], set[int]]:
    """Lines marked as headings by markdown ("## X", or "X" above "===" / "---"), and the
    underlines themselves."""
    marked: set[int] = set()
    underlines: set[int] = set()
    previous: Line | None = None
    for line in lines:
        text = line.text
        if text.startswith("#") or text.lstrip().startswith("#"):
            marked.add(line.no)
        elif (previous is not None and not previous.blank and text[:1] in "=-"
              and _UNDERLINE.fullmatch(text)):
            marked.add(previous.no)
            underlines.add(line.no)
        previous = line
    return marked, underlines


def _panel_kind(label: str, vocab: Vocabulary) -> Kind | None:
    """What a panel row's label announces ("Industry", "Skill Level"), None if unknown."""
    kind = classify_heading(label, vocab.headings)
    return None if kind in (Kind.OTHER, Kind.OVERVIEW) else kind


_MENU_LINES = 5  # a site menu: this many short lines in a row …
_MENU_KINDS = 3  # … naming sections of at least this many kinds
_MENU_WORDS = 4
_MENU_SMALL = frozenset({"&", "and", "of", "the", "to", "for", "in", "a", "on", "with"})


def _named_by_head(label: str, vocab: Vocabulary) -> bool:
    """A long label whose first word or two name a list of skills or tools on their own
    ("Skills respondents said they use weekly")."""
    words = label.split()
    if len(words) < _HEADED_LABEL_WORDS:
        return False  # (a short label is read by the heading vocabulary as it is)
    kind = classify_heading(label, vocab.headings)
    # the head goes on as a clause in lower case ("Skills respondents use"); a Title Case
    # run after it is a name ("Knowledge Graph Engineer Career Guide: Duties, Pay")
    return kind in _HEADED_KINDS and any(
        classify_heading(" ".join(words[:size]), vocab.headings) is kind
        and words[size][:1].islower() for size in (1, 2))


# A title that opens a scheme's name ("the NHS Scientist Training Programme"): no post.
_PROGRAMME = r"(?:Training\s+)?(?:Programme|Program|Scheme)\b"
_CARDS_BELOW = re.compile(r"\bhiring\b.*\bnear (?:you|me)$|^(?:companies|employers) hiring\b"
                          # an employment service's "Companies that recruit near you"
                          r"|\brecruit(?:ing)? near (?:you|me)\b",
                          re.IGNORECASE)
_RELATED_STRIP = re.compile(r"(?:Related|Other|More|Popular) [a-z]+s(?::(?: .*)?)?$")
# A page's questions and answers: no part of the list above them ("Frequently asked questions")
_FAQ_HEADING = re.compile(r"(?:frequently asked questions|faqs?)\s*:?$", re.IGNORECASE)
# A title's label before its statistic: "(HCPC registered): median", ": average".
_STAT_LABEL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:\s*(?:median|average|mean|typical)?\s*$",
                         re.IGNORECASE)
# Sections a numbered heading in capitals opens ("7. OTHER PATHWAYS", "3. SKILLS").
_CAPS_SECTIONS = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.SKILLS,
                            Kind.TOOLS, Kind.EMPLOYERS, Kind.SECTORS})
_FORM_FIELD = re.compile(r"[^:_]{1,40}:\s*_{3,}")
_HEADED_LABEL_WORDS = 4
_HEADED_KINDS = frozenset({Kind.SKILLS, Kind.TOOLS})
# A lead-in clause before a survey's list: "…, managers named:", "respondents listed:".
_LEAD_IN = re.compile(r"[A-Z][^:]{6,160}\s(?:named|listed|cited|mentioned|picked|chose|ranked)"
                      r":\s+(?=\S)")


def _menus(raw: list[tuple[int, str, bool]], vocab: Vocabulary) -> list[tuple[int, str, bool]]:
    """Without the lines of a site menu: a run of short capitalised lines, one after
    another with no blank line, that names sections of several kinds ("Career Interviews",
    "Sector Profiles", "Study Skills", …); read as headings they would open sections."""
    keep = [True] * len(raw)
    start = 0
    while start < len(raw):
        stop = start
        while stop < len(raw) and _menu_item(raw[stop]) and (
                stop == start or raw[stop][0] == raw[stop - 1][0] + 1):
            stop += 1
        if stop - start >= _MENU_LINES and len({
                kind for _, text, _ in raw[start:stop]
                if (kind := classify_heading(text, vocab.headings)) is not Kind.OTHER
        }) >= _MENU_KINDS:
            keep[start:stop] = [False] * (stop - start)
        start = max(stop, start + 1)
    return [item for item, kept in zip(raw, keep, strict=True) if kept]


def _menu_item(item: tuple[int, str, bool]) -> bool:
    _, text, bullet = item
    return (not bullet and 0 < len(text.split()) <= _MENU_WORDS and text[:1].isupper()
            and _DIGIT.search(text) is None and text[-1:] not in ".:;,?!"
            and all(w[:1].isupper() or w in _MENU_SMALL for w in text.split()))
    # (a panel's values are not capitalised: "High skill")


# A label then a question to the reader ("Employers and Universities: Work with us?"): site
# chrome inviting a click, which heads no section.
# A lower-case plural ending a listed name ("… Head Start programs", "… body shops"): a kind
# of workplace, no company.
_KIND_TAIL = re.compile(r"[a-z][a-z-]+[^s']s")
_KIND_WORDS = 4  # a kind of workplace in lower case ("tea packing companies") is short
# Occupation codes of four to six digits before each listed title ("324211 Vehicle Body
# Builder · 324311 Vehicle Painter"): no part of the titles.
_LISTED_CODES = re.compile(r"(?:^|(?<=[·•|;,]\s))\d{4,6}\s+([A-Z][^·•|;,]*)")


# An occupation code in brackets after a listed title ("Pastry cook (D1104)", "Cabinetmakers
# (CNP 72311)"): no part of the title.
_CODE_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}[\s:-]+)?[A-Z]?\d{3,6}(?:[.-]\d{1,4})?\)")


def _uncoded_titles(text: str) -> str:
    """``text`` less the codes before its listed titles in Title Case ("324311 Vehicle
    Painter" -> "Vehicle Painter"); a unit group in sentence case keeps its code ("41221
    Elementary school and kindergarten teachers" names no single role)."""
    return _LISTED_CODES.sub(
        lambda m: m.group(1) if is_title_case(m.group(1).strip()) else m.group(0), text)
# A blank to fill in on a worksheet or form ("Who employs her now? ________").
_BLANK = re.compile(r"_{4,}\s*$")
_INVITATION = re.compile(r":\s+[^:?]{0,40}\b(?:us|you|your)\b[^:?]{0,40}\?\s*$",
                         re.IGNORECASE)  # (bounded: linear on any line)


def _rows(lines: Sequence[Line], vocab: Vocabulary,
          spoken: Mapping[int, str] | None = None, *, flat: bool = False) -> list[_Row]:
    """The rows of a page; ``spoken``: headings a transcript or a slide deck implies (a
    chapter, an interviewer's question, a slide's title), by line; ``flat``: a bullet never
    heads the bullets after it (a slide marks its second level)."""
    marked, underlines = _markdown_headings(lines)
    # Rows of a glued label/value panel are read one by one, never as headings of sections.
    panels = glued_panels(lines, lambda label: _panel_kind(label, vocab))
    raw = [part for line in lines if not line.blank and line.no not in underlines
           for part in ([(line.no, line.text.strip(), False)] if line.no in panels
                        else _split_line(line.no, line.text, vocab))]
    raw = _scored_rows(_menus(_captions(_dash_strips(_lone_markers(raw), vocab)), vocab))
    blanks = {line.no for line in lines if "____" in line.text and _BLANK.search(line.text)}
    listed = contents_sections([(line.no, line.text) for line in lines if not line.blank])
    rows: list[_Row] = []
    for index, (no, text, bullet) in enumerate(raw):
        if spoken and spoken.get(no) == text:  # a chapter, a question, a slide's title
            kind = classify_heading(text, vocab.headings)
            rows.append(_Row(no, text, False, text, kind=kind, top=True))
            continue
        if no in listed.contents:
            continue  # a table of contents: chrome
        if no in listed.headings:  # "6. Progression", as the contents list names it
            heading = normalise_heading(text)
            rows.append(_Row(no, text, False, heading, kind=classify_heading(
                heading, vocab.headings), top=True))
            continue
        following = raw[index + 1] if index + 1 < len(raw) else None
        if following is not None and _ASIDE_LINE.fullmatch(following[1]) and index + 2 < len(raw):
            following = raw[index + 2]  # "Key Skills" / "(on the job)" / bullets: past the aside
        if not text:
            continue
        if (index and not bullet and _FLAIR.fullmatch(text)
                and _POST_BYLINE.fullmatch(raw[index - 1][1])):
            continue  # a post's flair under its byline ("Posted by u/… · 2 days ago")
        if no in panels:
            panel_label, value = panels[no]
            # A row whose label no rule knows is kept as OTHER: reported, not guessed.
            kind = _panel_kind(panel_label, vocab) or Kind.OTHER
            rows.append(_Row(no, panel_value(value), False, kind=kind, full=text,
                             label=panel_label))
            continue
        if not bullet and ("·" in text or "|" in text or "•" in text) and _FOOTER.search(text):
            # "Terms of use · Privacy · © TradesON 2026": the site's footer ends any section
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        if " | " in text and not bullet:
            cells = _piped_items(text, rows[-1] if rows else None, raw[index - 1][1] if index
                                 else "", following[1] if following else "")
            # (a lone line of names under a skills heading: "A | B | C", one item a cell)
            rows.extend(_Row(no, cell, True) for cell in cells)
            if not cells:
                rows.append(_Row(no, text, False))  # a table row (or its header): no heading
            continue
        if not bullet and _CONTENTS_ENTRY.search(text):
            # "Who is hiring ........ 6": a contents entry names a section further on; it
            # opens none here (and ends any before it)
            rows.append(_Row(no, text, False, text, kind=Kind.OTHER, top=True))
            continue
        if not bullet and no in blanks:
            # "2. Who employs Rosie now? ______": a worksheet's prompt, the blank its answer;
            # no heading of what follows
            rows.append(_Row(no, text, False))
            continue
        tabbed = _tab_panel(text, vocab) if "\t" in text and not bullet else None
        if tabbed is not None:  # "Fields of employment <tab> Restaurants, hotels": a panel row
            rows.append(_Row(no, panel_value(tabbed[1]), False, kind=tabbed[0], full=text,
                             label=text.split("\t", 1)[0].strip()))
            continue
        dashed = dash_label(text) if not bullet and ("—" in text or "–" in text) else None
        dash_kind = _known_heading(dashed[0], vocab) if dashed else None
        if dashed and dash_kind in _PANEL_KINDS:
            # "Industry — Construction, Utilities": a panel row with a dash.
            rows.append(_Row(no, panel_value(dashed[1]), False, kind=dash_kind, full=text,
                             label=dashed[0]))
            continue
        titled = _titles_row(text, vocab) if (not bullet and "," in text and "itle" in text[:40]
                                              ) else None
        if titled is not None:  # "Alternate Title(s) Art Conservators, Paper Conservators"
            rows.append(_Row(no, titled[1], False, kind=Kind.ALIASES, full=text,
                             label=titled[0]))
            continue
        known = _known_heading(text, vocab) if not bullet else None
        if known is not None:
            rows.append(_Row(no, text, False, normalise_heading(text), kind=known, top=True))
            continue
        timed = _DIARY_ENTRY.match(text) if not bullet else None
        if timed is not None and 0 < len(text[timed.end():].split()) <= _DIARY_WORDS:
            # "6:45am – Setting up", "7:00 AMAvalanche control": a diary's entry, a stretch of
            # the working day (its lines say what the job does)
            rows.append(_Row(no, text, False, text, kind=Kind.RESPONSIBILITIES, top=True))
            continue
        rung = _rung_block(text, raw, index, vocab) if not bullet else None
        if rung is not None:
            rows.append(_Row(no, text, False, text, rung=rung))
            continue
        emoji = _emoji_heading(text, following) if not bullet and not text.isascii() else None
        if emoji is not None:
            # "💷 UK money talk", "🔑 5 skills that got me hired": a post's section heading
            kind = classify_heading(normalise_heading(emoji), vocab.headings)
            known_kind = kind is not Kind.OTHER
            rows.append(_Row(no, text, False, emoji, kind=kind if known_kind else None,
                             top=known_kind))
            continue
        if not bullet and "___" in text and _FORM_FIELD.match(text):
            continue  # "Manager: ________  Date: ___/___": a form's blank field, no fact
        if not bullet and (_RELATED_STRIP.match(text) or _FAQ_HEADING.match(text)) and (
                classify_heading(text, vocab.headings) is Kind.OTHER):
            # "Related calculators:", "Other tools:": a site's strip of links ends the section
            rows.append(_Row(no, text, False, text.split(":")[0], kind=Kind.OTHER, top=True))
            continue
        if (not bullet and following is not None and not following[2]
                and len(text.split()) <= _HEADING_WORDS and text[:1].isupper()
                and not text.isupper()  # (a heading in capitals is read below, as before)
                and text[-1:] not in ".!?:;" and len(following[1].split()) >= _PARAGRAPH_WORDS
                and any(pattern.search(text) for _, pattern in vocab.headings.questions)):
            # "The money, since everyone asks" above a paragraph (after a one-a-line list): a
            # heading by the shape the vocabulary's question patterns name
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        caps = not bullet and _caps_heading(text)
        if caps or (not bullet and not _plain_heading(text) and (
                (len(text.split()) <= 6 and ":" not in text.rstrip(":")
                 and (text.split()[0].lower() in _QUESTION_WORDS
                      or (len(text.split()) <= 4 and _section_word(text, vocab))
                      # "Companies hiring roofers near you": a strip of job cards below
                      or _CARDS_BELOW.search(text)))
                # "What an early childhood educator does in Canada": a longer question that
                # names a section
                or (len(text.split()) <= _QUESTION_HEADING and text[-1:].isalpha()
                    and _long_question(text.split())
                    and classify_heading(text, vocab.headings) is not Kind.OTHER)
                or (following is not None and (following[2] or _lead_in(raw, index)
                                               # (a numbered list below: "1. Botanical ID")
                                               or _FIRST_ITEM.match(following[1]) is not None
                                               # (a strip of skills run together below)
                                               or _chip_strip(text, following[1], vocab))))
                and _sentence_heading(text, vocab, longer=following is not None and (
                    _chip_strip(text, following[1], vocab)
                    or _skills_lead_in(text, following, vocab)))):
            # "[03] SALARY REALITY", "Who is hiring", "Typical duties" above bullets.
            heading = normalise_heading(text)
            kind = classify_heading(heading, vocab.headings)
            known_kind = kind is not Kind.OTHER
            # A numbered capitals heading opens a section; "MARKET AVERAGE" labels a part.
            top = known_kind and (not caps or text[:1] in "[#0123456789")
            rows.append(_Row(no, text, False, heading, kind=kind if top else None, top=top))
            continue
        if no in marked and not bullet and len(text.split()) <= 12:
            heading = normalise_heading(text).rstrip(_QUESTION_MARKS)
            kind = classify_heading(heading, vocab.headings)
            rows.append(_Row(no, text, False, heading, kind=kind, top=True))
            continue
        if (not bullet and following is not None and not following[2] and "," in following[1]
                and following[1][-1:] != ":" and _skills_line(text, vocab)):
            # "Skills we look for at senior level" above a sentence listing them
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if (not bullet and following is not None and following[0] <= no + 2 and (
                following[2] or following[1][-1:] == ":") and _skills_line(text, vocab)):
            # "Key skills for trainee store managers" above bullets, "Skills employers look
            # for" above "Trusts ask for:": the heading of the list below
            rows.append(_Row(no, text, False, text, kind=Kind.SKILLS))
            continue
        if not bullet and "?" in text and ": " in text and _INVITATION.search(text):
            continue  # "Employers and Universities: Work with us?": a link, read as nothing
        question = _question(text) if not bullet and "?" in text else None
        if question is not None:
            # "Which tools should I learn?▼": an FAQ question heads its answer.
            kind = classify_heading(question, vocab.headings)
            rows.append(_Row(no, text, False, question, kind=kind, top=True))
            continue
        label, rest = split_label(text) if ":" in text[:200] else (None, text)
        if (label and rest and not bullet and "," not in rest and len(rest.split()) <= 4
                and _plain_heading(f"{label} {rest}") and not vocab.is_role_title(rest)
                and _known_heading(label, vocab) not in _PANEL_KINDS):
            # "The Roadmap: Key Stages": a heading with a subtitle, not a label and its text.
            kind = classify_heading(text, vocab.headings)
            if kind is not Kind.OTHER:
                rows.append(_Row(no, text, False, normalise_heading(text), kind=kind, top=True))
                continue
        lead_in = _LEAD_IN.match(text) if not bullet and ": " in text else None
        if lead_in is not None and "," in text[lead_in.end():]:
            # "Asked which skills they need, managers named: A (62%), B (54%)": a survey's
            # lead-in clause, no name; the list after it stays in its section
            rows.append(_Row(no, text[lead_in.end():], False, full=text))
            continue
        if label and rest and not bullet and "," in rest and _named_by_head(label, vocab):
            # "Skills respondents use weekly (top 8): A, B": a label whose head word names
            # the list
            rows.append(_Row(no, rest, False, kind=classify_heading(label, vocab.headings),
                             full=text))
            continue
        if label and rest:
            kind = classify_heading(label, vocab.headings)
            exact = _known_heading(label, vocab)
            if (kind in _LABEL_KINDS and (kind in _WORD_LABEL_KINDS or exact)) or (
                    not bullet and exact) or (not bullet and _run_in_list(kind, rest)):
                # "• Advancement To: Staff X" / "Feeder roles: A, B": a heading for this line.
                rows.append(_Row(no, panel_value(rest), bullet, kind=kind, full=text))
                continue
        attached = _ATTACHMENT.match(text) if not bullet and text[:1] in "EASC" else None
        if attached is not None and ":" not in attached.group(1) and len(
                attached.group(1).split()) <= _SHORT_HEADING:
            # "Exhibit A – Position summary", "Appendix B – Career ladder": a letter's or a
            # contract's attachment, headed by what it holds
            head = attached.group(1).strip()
            rows.append(_Row(no, text, False, head, kind=classify_heading(head, vocab.headings),
                             top=True))
            continue
        short = _SENTENCE_LABEL.match(text) if not bullet and following is not None and (
            not following[2]) and _NAME_LINE.fullmatch(following[1]) else None
        if short is not None and (
                short_kind := classify_heading(short.group(1), vocab.headings)) in _LABEL_LISTS:
            # "Registered sponsoring firms (Travis County)", "License types": a sentence-case
            # heading over its names or its rungs, one a line
            rows.append(_Row(no, text, False, short.group(1), kind=short_kind, top=True))
            continue
        unnamed = _unnamed_heading(text, raw, index, vocab) if not bullet else None
        if unnamed is not None:
            # "Who you would work for" above a list of employers: a heading by its content.
            rows.append(_Row(no, text, False, text, kind=unnamed, top=True))
            continue
        if not bullet:
            numbered = _NUMBERED.fullmatch(text)
            if numbered and _plain_heading(numbered.group(2).replace("*", "")):
                rows.append(_Row(no, text, False, numbered.group(2), numbered=True))
            elif numbered and _sentence_heading(numbered.group(2), vocab):
                # "3. What you'll do": a numbered section of the page.
                kind = classify_heading(numbered.group(2), vocab.headings)
                rows.append(_Row(no, text, False, numbered.group(2), kind=kind, top=True))
            elif _plain_heading(text) and not _chips_under(text, rows):
                rows.append(_Row(no, text, False, text))
            elif numbered and ")" in text[:3] and step_number(text) is None:
                # "2) API testing (Postman)": a numbered list item, read as a bullet.
                rows.append(_Row(no, numbered.group(2), True))
            elif text.endswith(":") and label and not rest and (
                    len(label.split()) <= 6 or (len(label.split()) <= _LONG_HEADING
                                                and is_title_case(label))
                    or _names_lead(label, vocab)):
                # "Skills you need:", "Skills Required to Become a Merchant Navy Officer:"
                kind = classify_heading(label, vocab.headings)
                if kind is not Kind.OTHER:  # "Skills you need:" in sentence case
                    rows.append(_Row(no, text, False, label, kind=kind, top=True))
                else:
                    rows.append(_Row(no, text, False))
            else:
                rows.append(_Row(no, text, False))
            continue
        # A bullet introduces nested bullets when it is "Label:" alone, or a short Title Case
        # phrase followed by a bullet that is not itself such a phrase.
        # ("Python (SageMaker)" below is a name with its tool aside: an item like this one)
        child = following is not None and following[2] and not _short_title(
            _TAIL_ASIDE.sub("", following[1]), vocab) and not flat
        if label and not rest and following is not None and following[2]:
            rows.append(_Row(no, text, True, label))
        elif ":" not in text and _short_title(text, vocab) and child:
            rows.append(_Row(no, text, True, text))
        else:
            rows.append(_Row(no, text, True))
    return rows


class _LongformParser:
    def __init__(self, file: str, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.out = GuideBuilder(file, Layout.LONGFORM)
        self.top = Kind.OTHER
        self.kind = Kind.OTHER
        self.top_text = ""
        self.sub_text = ""
        self.sites: frozenset[str] = frozenset()  # the site's masthead: no section's title
        self.notice: NoticeFacts | None = None
        self.criteria = False  # the section lists selection criteria (see guides.criteria)
        self.criteria_block = False  # … or a part of such a list that names none
        self.chain: list[tuple[str, int, bool]] = []
        self.rungs: list[tuple[int, list[str], int]] = []
        self.table_header: list[str] = []
        self.dollar = "USD"  # what a bare "$" means on this page
        self.home = "USD"  # the currency of a figure printed with none
        self.shares = False  # inside rows of employers' shares ("Federal government  4%")
        self.last_text = ""  # the line before the one being read
        self.next_text = ""  # the line after it
        self.next_row: _Row | None = None
        self.continuation_lines: set[int] = set()  # a duty bullet's wrapped last lines
        self.wrap = (0, 0)  # a hard-wrapped line's start read with the line before: line, size
        self.skill_bullets = 0  # bullets read in the current skills section
        self.line_title = ""  # the rung whose sections are being read (a title heading)
        self.period: str | None = None  # the period of figures that state none
        self.bounds: dict[bool, SalaryRange] = {}  # "Low Salary:" / "High Salary:" lines
        self.section_prose = 0
        self.role = ""
        self.currency_lines: list[int] = []
        self.blocks: list[tuple[str, int | None, int]] = []  # rung blocks: title, year, line
        self.block_title = ""
        self.fork_line = ""
        self.rung_titles: dict[int, str] = {}  # the last numbered ladder, by rung number
        self.table_rungs: list[tuple[int, str, int]] = []  # numbered table rows: no, title
        self.columns: tuple[int, dict[int, Kind]] = (0, {})  # a table's named columns
        self.column_periods: dict[int, str | None] = {}  # the period each column's head states
        self.last_no = 0  # the line of the row before the current one
        self.workplace_lines: set[int] = set()  # lines whose workplace cues were read
        self.dashed_lines: set[int] = set()  # "Org – Town – detail" lines (issuers)
        self.titled_rungs: list[tuple[str, int]] = []  # title headings in a ladder section
        self.cued_lines: set[int] = set()  # prose lines read only for a cued skill list
        self.stated_lines: set[int] = set()  # lines whose stated ladder was read
        self.told_lines: set[int] = set()  # lines whose told career was read
        self.told_rungs: set[str] = set()  # its posts: "as a paint shop boy … for £3 10s"
        self.grades: list[tuple[str, int]] = []  # pay rows by grade in a row: label, line
        self.imperative = False  # items below "you need to:": imperatives naming skills
        self.topics = False  # items below "Course content includes:": topics naming skills
        self.described: set[int] = set()  # lines describing a skill titled above them
        self.levels: list[tuple[int, str, int]] = []  # "Level N [Title]" headings: N, title
        self.level_posts: list[tuple[int, str]] = []  # "Skill Level N Serves as X": N, X
        self.own_level_keys: set[str] = set()  # the role's own levels a ladder table folded
        self.page = ""  # the page's text, one row a line
        self.strip_line = -1  # the line under "Companies hiring Xs": a strip of names
        self.ladder_steps: frozenset[str] | None = None  # its arrow ladders' rungs (when asked)
        self.subject_lines: set[int] = set()  # lines whose moves from another role were read
        self.cards: list[tuple[list[str], int]] = []  # grade cards' "Typical roles: A, B"
        self.member_grades: frozenset[str] = frozenset()  # see run()
        self.ranks: frozenset[str] = frozenset()  # military ranks on a service's page
        self.column_paid: set[int] = set()  # lines of a column-by-column table, read in run()
        self.blanked: dict[int, list[tuple[int, int]]] = {}  # no-pay cells by line, in run()
        self.glued: tuple[str, int] | None = None  # a glued pay header's currency and line
        self.post = ""  # the post a numbered clause of a service minute is about
        self.card = ("", 0)  # the last line that may title a card: text, line
        self.lead_block = False  # names listed under a lead-in sentence ("Industries …:")
        # lines a hard-wrapped paragraph's row took in (set in parse_longform): a gap of
        # these between two rows is no blank line
        self.joined: frozenset[int] = frozenset()
        self.last_row: _Row | None = None  # the row before the one being read
        self.last_heading = ""  # the text of the last heading of any kind
        self.prose_sectors: set[tuple[str, int]] = set()  # kinds read in sentences: key, line
        self.heading_rungs: dict[str, str] = {}  # level headings of the role's trade, by key
        self.schedule: list[Rate] = []  # a wage schedule's rates, read before the rows
        self.schedule_lines: set[int] = set()
        self.no_pay_section = False  # the last heading says its money is no pay
        self.price_section = False  # the last heading prices a service (see price_heading)
        self.price_line = -1  # the last line of a run of prices under a price label
        self.arrow_lines: list[tuple[int, str]] = []  # a page with a pathway diagram's arrows
        self.spaced: dict[int, str] = {}  # lines printed in columns (2 spaces or more), as is
        self.dotted: set[int] = set()  # lines whose items are parted by " · "
        self.titled_strips: dict[int, bool] = {}  # dotted lines: read as titles' figures?
        self.tables: list[Table] = []  # delimited tables read by their header (see run())
        self.matrix: list[tuple[int, dict[str, str]]] = []  # competency rows by level title
        self.owners: list[tuple[str, int]] = []  # the company an export's title row names
        # A results page's cards, a mail's chrome, one-line job cards (see parse_longform)
        self.listing: SearchPage | None = None
        self.mail: MailPage | None = None
        #: A pay survey's job as its headline figure names it (read before mail chrome goes).
        self.survey: tuple[str, int] | None = None
        #: an "X vs Y" comparison page's two roles (the page's own first)
        self.versus: tuple[str, str] | None = None
        self.compared: tuple[int, str, str] | None = None  # (its title's line, as printed)
        self.printed: dict[int, str] = {}  # the page's lines as printed (before any reading)
        self.flairs: dict[int, str] | None = None  # thread comments' writers' jobs (flair_jobs)
        self.family: FamilyPage | None = None
        self.mentor: MentorPath | None = None  # a mentor profile's own path
        self.history = CareerHistory()  # a profile's dated career history
        self.steps: HowtoSteps | None = None  # a how-to article's steps
        self.step_lines: list[tuple[int, str]] = []  # (read once the role is known)
        self.interview_lines: list[tuple[int, str]] = []  # an interview page's, unblanked
        self.hiring_lines: list[tuple[int, str]] = []  # as printed: "Org (stand) - hiring X"
        self.adverts: dict[int, str] = {}  # a chat's pasted adverts: their titles by line
        self.line_cards: list[tuple[int, tuple[str, str | None, str, str | None]]] = []
        self.family_chrome: dict[int, str] = {}  # their chrome lines, as printed
        # Cards of another title with their company, as (title, company, line): a title
        # that is one of the role's aliases (read later) still names the role.
        self.other_cards: list[tuple[str, str, int]] = []
        self.speech: Speech | None = None  # a transcript read as speech (guides.spoken)
        self.deck: Deck | None = None  # a slide deck read slide by slide (guides.slides)
        self.course: CourseFacts | None = None  # a course or pathway page's facts (run())
        self.calculator: set[int] = set()  # a pay calculator's arithmetic (guides.paycheck)
        self.rubric: RubricFacts | None = None  # a promotion rubric's facts (guides.rubric)
        self.military: list[MilitaryRow] = []  # a translator's military jobs (military_match)

    # -- role --------------------------------------------------------------------------------
    def find_role(self, rows: Sequence[_Row]) -> None:
        def is_heading(text: str) -> bool:
            return classify_heading(text, self.vocab.headings) is not Kind.OTHER

        if self.survey is not None:  # a pay survey titled by its field: its headline job
            self.out.set_role(*self.survey, signal="survey_focus")
            self.role = self.survey[0]
            return
        started = started_business(list(self.printed.items()), " ".join(
            self.printed.values()).lower())
        if started is not None and (self.vocab.is_role_title(started[1]) or practitioner_noun(
                started[1].split()[-1])):  # "How to Start a Window Cleaning Business"
            self.out.set_role(started[1], started[0], signal="page_title")
            self.role = started[1]
            return
        if self.family is not None and self.family.title is not None:
            # a dictionary entry's base title after its code ("SEWING-MACHINE REPAIRER")
            named_title, line = self.family.title
            self.role = base_title(named_title)
            self.out.set_role(self.role, line, signal="title_line")
            return
        top = top_match(list(self.printed.items()))
        title = top and (" ".join(w.capitalize() for w in top[1].split()) if top[1].isupper()
                         else top[1])  # ("PHYSICIAN ASSOCIATE" in capitals)
        if top is not None and title and (self.vocab.is_role_title(title) or practitioner_noun(
                title.split()[-1])):  # a quiz result's "#1 MATCH": its top match
            self.out.set_role(title, top[0], signal="title_line")
            self.role = title
            return
        compared = self.compared
        if compared is not None and all(self.vocab.is_role_title(t) or practitioner_noun(
                t.split()[-1]) for t in compared[1:]):
            # "X vs Y: which career?": the page's role is the title's first
            self.versus = (title_case(singular_title(compared[1])),
                           title_case(singular_title(compared[2])))
            self.out.set_role(self.versus[0], compared[0], signal="page_title")
            self.role = self.versus[0]
            return
        named = self.listing.query if self.listing is not None else (
            self.mail.role if self.mail is not None else None)
        if named is None and self.mail is not None and self.line_cards:
            named = common_title([(no, card[0]) for no, card in self.line_cards])
        if named is None and self.mentor is not None and self.mentor.headline is not None:
            self.out.set_role(*self.mentor.headline, signal="title_line")  # a mentor's title
            self.role = self.mentor.headline[0]
            return
        if named is not None:  # a results page's search, a mail's subject or pitch
            self.out.set_role(named[0], named[1],
                              signal="search" if self.listing is not None else "mail_subject")
            self.role = named[0]
            return
        notice = self.notice.title if self.notice is not None else None
        if notice is not None and (self.vocab.is_role_title(notice[0]) or (
                0 < len(notice[0].split()) <= _SHORT_WORDS and is_title_case(notice[0]))):
            # (the line above the department in a notice's header names the post, known
            # head noun or not: "Immigration Caseworker")
            self.out.set_role(notice[0], notice[1], signal="title_line")
            self.role = notice[0]
            return
        about = talk_role(self.deck, self.vocab.is_role_title) if self.deck else None
        if about is not None:  # "Becoming a Lead X": the talk's job, not a rung it names next
            self.out.set_role(about[0], about[1], signal="page_title")
            self.role = about[0]
            return
        posted = thread_job([(row.no, row.text) for row in rows if row.text], self.said_title) if (
            self.family is not None and self.family.family == "socialthread") else None
        if posted is not None:  # a thread's writer: "Superyacht stew for 6 seasons."
            self.out.set_role(posted[0], posted[1], signal="speech")
            self.role = posted[0]
            return
        self.sites = page_sites([row.text for row in rows[:_SITE_ROWS]])
        tabled = set().union(*(table.lines for table in self.tables))  # (read by their cells)
        asked = self.family is not None and self.family.family == "chatexport"
        choice = choose_role([(row.no, row.text) for row in rows if (
            row.kind is None or row.top) and row.no not in tabled and not (
                asked and row.text.endswith("?"))], self.vocab, is_heading,  # (a chat's
            # questions are the user's, no page's title: "what is the path from X to Y?")
                             frozenset(row.no for row in rows if row.heading))
        if choice is not None:
            self.out.set_role(choice.title, choice.line, signal=choice.signal)
            for alias in choice.aliases:  # "Sonographer/ Diagnostic Medical Sonographer"
                self.out.add("aliases", alias, choice.line)
            self.role = choice.title
            return
        labelled = alias_labelled_title(
            [(row.no, row.full or row.text) for row in rows],
            lambda label: _known_heading(label, self.vocab) is Kind.ALIASES)
        if labelled is not None:  # "Station staff (railway)" over "Another name: …"
            self.out.set_role(labelled[0], labelled[1], signal="title_line")
            if labelled[2] is not None:
                self.out.add("aliases", labelled[2], labelled[1])
            self.role = labelled[0]
            return
        first = next((row for row in rows if not row.bullet), None)
        if (
            first
            and first.heading
            and not is_masthead(first.text, self.sites)  # "The Halifax Courier"
            and self.vocab.is_role_title(first.text)
            and (classify_heading(first.text, self.vocab.headings) is Kind.OTHER)
        ):
            self.out.set_role(first.text, first.no, signal="title_line")
            self.role = first.text
            return
        spoken = own_job([Line(row.no, row.text) for row in rows if (
            self.speech is not None and row.no in self.speech.spoken) or (
            self.deck is not None and row.no == self.deck.presenter)], self.said_title)
        if spoken is not None:  # a transcript's guest: "I'm a luthier", "who is a cheesemaker"
            self.out.set_role(spoken[0], spoken[1], signal="speech")
            self.role = spoken[0]
            return
        in_table = table_role(self.tables, self.out.file)
        if in_table is not None:  # a page that is a table: its title column names the role
            self.out.set_role(in_table[0], in_table[1], signal="table_title")
            self.role = in_table[0]
            return
        line = rows[0].no if rows else 1
        vacancy = self.vacancy_title(rows)
        if vacancy is not None:  # "Apprentice Thatcher" over an apprenticeship's vacancy
            self.out.set_role(vacancy[0], vacancy[1], signal="vacancy_title")
            self.role = vacancy[0]
            return
        in_text = role_from_text(sorted(self.printed.items())[:200], self.vocab)
        if in_text is not None:  # "Preferred label: cooper"; "his life as a cooper"
            self.out.set_role(in_text[0], in_text[1], signal=in_text[2])
            self.role = in_text[0]
            return
        from_name = role_from_file_name(self.out.file, self.vocab,
                                        " ".join(row.text for row in rows[:200]))
        if from_name is not None:
            self.out.set_role(from_name, line, signal="file_name", used=False)
            self.out.warn(line, f"no role named in the text; using the file name: {from_name!r}")
            self.role = from_name
            return
        raise GuideError(
            self.out.file,
            line,
            "no role found in a long-form guide",
            hint="start with the role's title or a sentence such as 'A Data Engineer is …'",
        )

    @staticmethod
    def vacancy_title(rows: Sequence[_Row]) -> tuple[str, int] | None:
        """The trade an apprenticeship vacancy's title near the top names ("Apprentice
        Thatcher"), when no other signal named the role, and its line."""
        page = "\n".join(row.text for row in rows[:200])
        if "pprentice" not in page:
            return None
        return next(((trade, row.no) for row in rows[:_VACANCY_REACH]
                     if (trade := vacancy_trade(row.text, page)) is not None), None)

    def apprentice_vacancy(self, rows: Sequence[_Row]) -> None:
        """On an apprenticeship vacancy titled "Apprentice X", the trade X is the role and
        the vacancy's title the rung below it (:mod:`careergraph.guides.apprentice_title`)."""
        role = self.out.role
        if role is None or "pprentice" not in (page := "\n".join(
                row.text for row in rows[:200])):
            return
        trade = vacancy_trade(role.text, page)
        if trade is not None:
            self.out.set_role(trade, role.source.line, signal=self.out.role_signal)
            self.role = trade
        titled = apprentice_line(self.role, [(row.no, row.text) for row in rows], page)
        if titled is not None:
            self.out.progression([titled, (self.role, titled[1])])
            # the line under the vacancy's title names its employer (or two: a group
            # training organisation and its host employer), and a sentence its host employer
            # ("Host employer: X" is cut into a label and its text: the line's rows joined)
            after = next((row.no for row in rows if row.no > titled[1]), None)
            for name in header_employers(" ".join(row.text for row in rows if row.no == after)):
                self.out.add("employers", name, after or titled[1])
            for row in rows if "ost employer" in page else ():
                for name in host_employers(row.text):
                    self.out.add("employers", name, row.no)

    # -- walk --------------------------------------------------------------------------------
    def run(self, rows: Sequence[_Row]) -> Guide:
        # A vacancy notice's header: its title, department and public service.
        self.notice = notice_facts([(row.no, row.full or row.text) for row in rows])
        self.find_role(rows)
        self.apprentice_vacancy(rows)
        if self.notice is not None:
            for name, no in filter(None, [self.notice.employer]):
                self.out.add("employers", name, no)
            for name, no in self.notice.sectors:
                self.out.add("sectors", name, no)
        page = self.page = "\n".join(row.text for row in rows)
        self.dollar, self.period = page_dollar(page), page_period(page)
        if self.family_chrome:  # (a card's place, a board's name: "Hamilton, ON", "… NZ")
            self.dollar = page_dollar("\n".join([page, *self.family_chrome.values()]))
        self.home = page_currency(page, self.dollar)
        if self.family_chrome or self.line_cards:
            self.job_cards()
        if self.mentor is not None:
            self.mentor_facts(self.mentor)
        if self.history.jobs:
            self.history_facts(self.history)
        for job in self.military:  # a translator's military jobs (guides.military_match)
            if self.role and not _same_role(job.title, self.role):
                self.out.add("moves_in", job.title, job.line)
            for skill in job.skills:  # what carries over from each
                self.out.skill(skill, SkillKind.TECHNICAL, job.line)
        if self.step_lines:
            self.steps = howto_steps(self.step_lines, self.role)
            self.step_facts(self.steps)
        if self.course is not None:  # a course or pathway page: its lines read there
            rows = self.course_read(rows)
        if self.rubric is not None:  # a promotion rubric: its tables, strip and spine
            rows = self.rubric_read(rows)
        if self.tables:  # read here, by their header: no other rule reads their rows
            taken = self.delimited_tables()
            for row in rows:
                if row.no in taken:
                    self.out.content(row.no, row.text)
            rows = [row for row in rows if row.no not in taken]
        # Membership grades ("Fellow") are levels only on a page about membership; elsewhere
        # a fellow is a post ("Fellows on grants are paid stipends …").
        self.member_grades = self.vocab.headings.grades if "ember" in page else frozenset()
        self.ranks = self.vocab.headings.ranks if (
            "rmy" in page or "ilitary" in page or "nlisted" in page) and (
            _MILITARY.search(page)) else frozenset()
        if ")\n" in page:  # (a column-by-column table's pay header ends with its currency)
            self.column_table(rows)
        # Figures under a fixed-width table's no-pay column ("Ladder differential"), blanked.
        self.blanked = not_pay_cells([(row.no, row.text) for row in rows]) if (
            "  " in page) else {}
        if "Salary" in page or "Wage" in page or "Pay" in page:  # a portal's period grid
            self.period_grid(rows)
        if "Wage" in page or "Salary" in page:  # (a metro pay table's header names its pay)
            self.region_table(rows)
        if title_column_line(page):  # a title column's head alone on its line
            self.cell_table(rows)
        if self.schedule:
            self.schedule_pay()
        if "Spec" in page or "Authority" in page:  # a class specification, a service minute
            for name, no in issuers([(row.no, row.full or row.text) for row in rows]):
                self.out.add("employers", name, no)
        dashed = dashed_employers([(row.no, row.full or row.text) for row in rows
                                   if not row.bullet]) if "mployer" in page else []
        self.dashed_lines = {no for _, no in dashed}
        for name, no in dashed:
            self.out.add("employers", name, no)
        if self.hiring_lines and self.role:  # "Org (Hall B, stand 4) - hiring 6 welders"
            hiring, listed = exhibitor_employers(self.hiring_lines, self.own_card)
            self.dashed_lines |= listed  # (a line unwrapped into the next keeps its number)
            for name, no in hiring:
                self.out.add("employers", name, no)
        if " | " in page and self.role:  # a board's job offers: "X | Employer | Town | …"
            for name, no in offer_row_employers([(row.no, row.full or row.text) for row in rows],
                                                self.own_card):
                self.out.add("employers", name, no)
        if "offer you" in page or "mployer" in page:  # an offer letter, a contract
            for name, no in offer_employer([(row.no, row.full or row.text) for row in rows]):
                self.out.add("employers", name, no)
        if "pportunity" in page:  # a job advertisement's equal-opportunity statement
            for name, no in equal_opportunity_employer(
                    [(row.no, row.full or row.text) for row in rows]):
                self.out.add("employers", name, no)
        if ("Apply" in page or "via " in page) and self.role:  # job cards: "Company - Town"
            holder = self.role.rsplit(" ", 1)[-1]
            printed = [(row.no, row.full or row.text) for row in rows]
            for name, no in job_card_employers(printed, holder):
                self.out.add("employers", name, no)
            self.adverts.update(other_card_pay(printed, holder))  # "Bar Back": its own pay
        if "this way" in page or "pplicants from" in page:  # titles before their verb
            for row in rows:
                for name in entry_titles(row.full or row.text, self.vocab.is_role_title):
                    if fact_key(name) != fact_key(self.role or ""):
                        self.out.add("moves_in", name, row.no)
        if "PROVIDED BY" in page or "RELEASE" in page or "###" in page or "-30-" in page:
            # a news release announcing an appointment: its issuer employs the post
            for name, no in release_issuers([(row.no, row.full or row.text) for row in rows]):
                self.out.add("employers", name, no)
        if self.ranks:  # a service's job: the service is its employer
            for name, no in service_branch([(row.no, row.full or row.text) for row in rows]):
                self.out.add("employers", name, no)
        levels = heading_rungs([(row.no, row.heading) for row in rows
                                if row.heading and not row.bullet], self.rung_heading)
        self.heading_rungs = {fact_key(title): title for title, _ in levels}
        read: list[tuple[_Row, Kind]] = []
        for index, row in enumerate(rows):
            self.last_no = rows[index - 1].no if index else 0
            self.last_row = rows[index - 1] if index else None
            if self.lead_block and _blank_between(self.joined, self.last_no, row.no):
                self.end_lead_block()
            self.last_text = rows[index - 1].text if index else ""
            self.next_row = rows[index + 1] if index + 1 < len(rows) else None
            self.next_text = self.next_row.text if self.next_row is not None else ""
            if self.notice is not None and row.no in self.notice.lines:
                self.out.use(row.no)  # a notice's title or department: no heading, no item
                continue
            if row.no in self.dashed_lines:  # "Org – Town – detail": its employer read,
                self.salary(row, None, "")  # its rate kept, no names
                self.out.use(row.no)
                continue
            if not row.bullet and _card_title(row.text):
                self.card = (row.text, row.no)  # a related career's card opens with its title
            if row.heading and self.step_ends_list(row.text):
                self.kind = self.top = Kind.OTHER  # "Step 3: Register with the Board"
                self.out.use(row.no)
                continue
            if row.heading and not self.item_not_heading(row, rows, index):
                self.heading(row)
                if self.kind is Kind.OTHER and self.top is Kind.OTHER and row.rung is None and (
                        self.course is None or row.no not in self.course.breaks):
                    self.kind_by_content(rows, index)  # (a course's step heading: no guess)
                self.lead_block = self.lead_block or _panel_label(rows, index, self.joined)
            else:
                if row.top:  # a heading word listed as a name ("Education" among sectors)
                    row = replace(row, kind=None, top=False, heading="")
                self.content(row)
                read.append((row, row.kind or self.kind))
        self.flush_chain()
        self.flush_grades()
        self.flush_rungs()
        self.flush_blocks()
        self.flush_table()
        self.flush_title_rungs(rows)
        self.out.progression(level_ladder(self.levels))
        if len(self.titled_rungs) >= 2 and not self.heading_rungs and not any(
                _HEADING_GRADE.sub("", title) != title for title, _ in self.titled_rungs):
            # (a ladder of blocks with their own sub-headings, or of the role's grades, is
            # read by heading_rungs)
            self.out.progression(self.titled_rungs)
        self.out.progression(self.heading_ladder(levels))
        self.flush_cards()
        for rungs, line in grade_runs([(row.no, row.full or row.text) for row in rows
                                       if not row.bullet]):  # (bullets: a list of moves)
            self.out.progression([(rung, line) for rung in rungs])  # cadre lists, grade tables
        plain = [(row.no, row.full or row.text) for row in rows if not row.bullet]
        for chain in [*column_ladder(plain, self.vocab.is_role_title),
                      *row_ladder(plain, self.opening_title)]:
            # a position table flattened by columns, or its rows glued cell to cell
            self.out.progression(self.own_levels(chain, record=True))
        for rungs, line, last in _box_blocks(rows, self.box_title, _SLIDE_LADDERS if (
                self.deck is not None) else frozenset({Kind.LADDER})):
            self.out.progression([(rung, line) for rung in rungs])  # a flattened graphic
            for bucket in _MOVE_BUCKETS.values():  # its boxes read one by one name no moves
                self.out.lists[bucket] = [f for f in self.out.lists[bucket]
                                          if f.source is None or not line < f.source.line <= last]
        for diagram in pathway_diagrams(self.arrow_lines, self.pathway_title):
            for before, after in diagram_edges(diagram):  # a flattened pathway diagram
                self.out.progression([before, after])
            for bucket in _MOVE_BUCKETS.values():  # its boxes read one by one name no moves
                self.out.lists[bucket] = [
                    f for f in self.out.lists[bucket]
                    if f.source is None or not diagram.first <= f.source.line <= diagram.last]
        tracks = level_tracks([(row.no, row.full or row.text) for row in rows])
        for chain in tracks:  # a framework's "L3: X" lists, one per track
            self.out.progression(self.own_levels(chain))
        if self.role and not tracks:
            # a level table whose title cells are glued to their rows' first cells (where the
            # page lists no tracks, which would tell its ladders apart)
            for chain in glued_rows(plain, self.vocab.is_role_title):
                self.out.progression(self.own_levels(chain))
        self.author_path(rows)
        if self.interview_lines:
            self.interview_page(self.interview_lines)
        companies = company_rows([(row.no, row.full or row.text) for row in rows],
                                 lambda text: find_money(text) is not None)
        carded, firms = {line for _, line in companies}, {fact_key(n) for n, _ in companies}
        self.out.lists["employers"] = [  # (a card's town and pay read as names: none)
            f for f in self.out.lists["employers"] if f.source is None or (
                f.source.line not in carded) or fact_key(f.text) in firms]
        for name, line in companies:
            self.out.add("employers", name, line)  # "X pay by company": each employs X
        for title, firm, line in resume_jobs([(row.no, row.full or row.text) for row in rows
                                              if not row.bullet]):
            if self.own_card(title):  # a sample resume's job in the role, at any level
                self.out.add("employers", firm, line)
        if self.steps is not None and self.steps.rungs:  # ("Move up to X": a rung below)
            below = {fact_key(rung) for rung, _ in self.steps.rungs}
            self.out.lists["leads_to"] = [f for f in self.out.lists["leads_to"]
                                          if fact_key(f.text) not in below]
        self.match_card_pay()
        self.working_in()
        if self.versus is not None:
            self.versus_pay(rows)
            self.versus_places(rows)
        self.fold_own_levels()
        self.gazetteer(read)  # after every structural rule, so those facts stay as they are
        self.techniques(read)
        if "days are" in page or "itself is" in page:  # "Most days are A, B and C" (after
            for row in rows:                            # the gazetteer: it reads the rest)
                for name in day_skills(row.full or row.text):
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
        self.drop_named_sectors()
        self.drop_sector_moves()
        self.asked_pay()
        if self.family is not None and self.family.title is not None:
            self.entry_facts(*self.family.title)
        self.alias_cards()
        return self.out.build()

    def alias_cards(self) -> None:
        """A job card titled by one of the role's aliases, or by an alias with a qualifier
        ("Pipe Organ Technician" where "organ technician" is an alternative label), is an
        opening of the role: its company employs the role."""
        aliases = [fact.text for fact in self.out.lists["aliases"]]
        for title, company, line in self.other_cards if aliases else ():
            named = singular_title(_BRACKETED.sub("", title).strip())
            if any(_same_role(named, alias) or qualified_title(named, alias)
                   for alias in aliases):
                self.out.add("employers", company, line)

    def entry_facts(self, title: str, line: int) -> None:
        """A dictionary entry's facts (:mod:`careergraph.guides.dictionary_entry`): the
        industry designation after the base title, the places of the definition's lead
        statement, the tools of its tasks; a crosswalked occupation's wage is its own."""
        printed = self.printed.get(line, "")
        designated = designated_sectors(printed[printed.find(title):])
        for name in designated:
            self.out.add("sectors", name, line)
        for name in entry_aliases(printed):
            self.out.add("aliases", base_title(name), line)
        after = [(no, text) for no, text in sorted(self.printed.items()) if no > line
                 and text.strip()]
        if after and not _TRAILER.match(after[0][1]):  # (the definition: one paragraph)
            no, text = after[0]
            for name in lead_places(text):
                if name.lower().removesuffix("s") not in designated:  # ("museums": museum)
                    self.out.add("sectors", name, no)
            for name in definition_tools(text):
                self.out.skill(name, SkillKind.TOOL, no)
            for name in entry_aliases(text):
                self.out.add("aliases", base_title(name), no)
        for index, band in enumerate(self.out.salaries):
            other = crosswalk_title(self.printed.get(band.source.line, ""))
            if band.role is None and other is not None and fact_key(other) != fact_key(
                    self.role or ""):
                self.out.salaries[index] = band.model_copy(update={"role": other})

    def asked_pay(self) -> None:
        """A figure quoted in answer to a question naming another title ("A shop owner like
        Marco? 'Some years $120k.'") is that title's pay (:mod:`asked_owner`)."""
        # (the role at another level asked about keeps its figure: "A Principal X?" on
        # Senior X's page is the role's own higher rung)
        own = fact_key(role_base(self.role or ""))
        for index, band in enumerate(self.out.salaries):
            if band.role is not None or band.min is None or band.min != band.max or (
                    not band.note or "?" not in band.note):
                continue
            title = asked_owner(band.note, band.min)
            name = title_case(title) if title is not None else ""
            if name and fact_key(role_base(name)) != own and self.vocab.is_role_title(name):
                self.out.salaries[index] = band.model_copy(update={"role": name})

    def drop_sector_moves(self) -> None:
        """A name read as an industry on its line ("The work sits in Government Contractors,
        Telecommunications and Utilities") is no move on that line."""
        taken = {(f.source.line, fact_key(singular_title(f.text)))
                 for f in self.out.lists["sectors"] if f.source is not None}
        if not taken:
            return
        for bucket in _MOVE_BUCKETS.values():
            self.out.lists[bucket] = [
                f for f in self.out.lists[bucket] if f.source is None or (
                    f.source.line, fact_key(singular_title(f.text))) not in taken]

    def match_card_pay(self) -> None:
        """A quiz result's other matches ("Radiographer · 86% · £29,970 to £36,483"): each
        card's figure is its title's, read here in place of any reading of the line."""
        for no, text in self.printed.items():
            card = match_card(text) if "%" in text else None
            if card is None or _same_role(singular_title(card[0]), self.role) or not (
                    self.pay_title(card[0]) or practitioner_noun(card[0].split()[-1])):
                continue
            self.out.salaries = [s for s in self.out.salaries if s.source.line != no]
            for salary in read_salaries(card[1], label=card[0], level=None, bare=True,
                                        source=self.out.source(no), role=card[0],
                                        dollar=self.dollar, home=self.home, period=self.period):
                self.out.salary(salary)

    def versus_pay(self, rows: Sequence[_Row]) -> None:
        """An "X vs Y" comparison's figures for its second role belong to that role: a
        comparison row's second figure, and every figure of a line opened by that role's
        name ("Physical therapists: the median is …")."""
        assert self.versus is not None
        other = self.versus[1]
        texts = {row.no: row.full or row.text for row in rows}
        texts.update(self.printed)
        unowned: dict[int, list[int]] = {}
        both = _compact(self.versus[0] + self.versus[1])
        for index, salary in enumerate(self.out.salaries):
            if salary.role is not None and _compact(salary.role) == both:
                # the table's header row, its two titles glued ("Tiler" + "Plasterer"), is
                # no title: the row's figures are the two columns'
                salary = self.out.salaries[index] = salary.model_copy(update={"role": None})
            if salary.role is None:
                unowned.setdefault(salary.source.line, []).append(index)
        for line, indexes in unowned.items():
            text = texts.get(line, "")
            theirs = indexes if opened_by(text, other) else (
                indexes[1::2] if comparison_row(text) and len(indexes) % 2 == 0 else [])
            for index in theirs:
                self.out.salaries[index] = self.out.salaries[index].model_copy(
                    update={"role": other})

    def working_in(self) -> None:
        """A list item "Working in GitHub Actions" names the tool: the item as a whole is no
        skill when the tool was read from the same line."""
        read = {(fact_key(s.text), s.source.line) for s in self.out.skills}
        self.out.skills = [s for s in self.out.skills if not (
            (found := _WORKING_IN.match(s.text)) and (
                fact_key(found.group(1)), s.source.line) in read)]

    def versus_places(self, rows: Sequence[_Row]) -> None:
        """An "X vs Y" comparison's sentence opened by its second role ("Consultants work
        mainly in consultancies") tells where that role works: its workplaces are not the
        page role's (one another sentence of the line names too stays)."""
        assert self.versus is not None
        other = self.versus[1]
        texts = {row.no: row.full or row.text for row in rows}
        texts.update(self.printed)
        for bucket in ("employers", "sectors"):
            kept = []
            for fact in self.out.lists[bucket]:
                sentences = split_sentences(texts.get(fact.source.line, ""))
                name = fact.text.lower()
                theirs = [opened_by(s, other) for s in sentences if name in s.lower()]
                if not (theirs and all(theirs)):
                    kept.append(fact)
            self.out.lists[bucket] = kept

    def interview_page(self, lines: Sequence[tuple[int, str]]) -> None:
        """Candidates' interview reports and example answers
        (:mod:`careergraph.guides.interview_reports`): a report for the role at any level
        names a company that employs it, an offer that is its pay, an earlier job (a move
        in) and what the interview tested (skills); another title's report owns its offer."""
        for report in interview_reports(lines):
            own = self.own_card(report.title)
            if own and report.company is not None:
                self.out.add("employers", *report.company)
            for no, text in report.offers:
                self.interview_pay(report.title, own, _OFFER_EXTRA.split(text)[0], no)
            for no, text in [*report.offers, *report.account] if own else ():
                promoted = promoted_to(text)  # ("I declined … and was promoted to X": up)
                if promoted and self.vocab.is_role_title(promoted):
                    self.out.add("leads_to", promoted, no)
            for no, text in report.account if own else ():
                earlier = earlier_job(text)
                if earlier and self.vocab.is_role_title(earlier) and not self.own_card(earlier):
                    self.out.add("moves_in", earlier, no)  # "I had been an Escrow Assistant"
                for name in answer_skills(text):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, no)
        for company, title, pay, no in salary_rows(lines):
            own = self.own_card(title)
            if own:
                self.out.add("employers", company, no)
            self.interview_pay(title, own, pay, no)
        for no, text in lines:
            if answer_line(text):  # "Example answer: I used EMIS Web every day …"
                for name in answer_skills(text.partition(":")[2]):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TOOL, no)

    def interview_pay(self, title: str, own: bool, text: str, no: int) -> None:
        """An offer or a company's average for ``title``: the role's own at the title's level
        when ``own``, else that title's."""
        for money in find_amounts(text, dollar=self.dollar, home=self.home, period=self.period):
            self.out.salary(SalaryRange(
                level=salary_level(title) if own else None, label=title,
                currency=money.currency, min=money.low, max=money.high,
                open_ended=money.open_ended, period=money.period,
                role=None if own else title, source=self.out.source(no)))
        self.out.use(no)

    def techniques(self, read: list[tuple[_Row, Kind]]) -> None:
        """Named techniques and used equipment in any line (:mod:`.techniques`: "I do
        otoscopy and tympanometry", "operates bandsaws"; :mod:`.narrated_tools`: "we use
        Connect"), but not in a line about a degree
        or a course, nor in one about another role; a technique not inside a skill its line
        gave already ("MRI-guided radiotherapy"), a machine not one the page has as a skill
        ("forklifts" beside "forklift operation")."""
        for row, kind in read:
            if kind in _NO_NAMES or kind in _NO_SKILLS or row.no in self.described:
                continue
            text = row.full or row.text
            if _COURSE_LINE.search(text) or self.other_subject(text):
                continue
            named = techniques(text, self.role)
            read_here = [fold(skill.text) for skill in self.out.skills  # (only for a name:
                         if skill.source.line == row.no] if named else []  # most rows have none)
            for name in named:
                if not any(fold(name) in other for other in read_here):  # ("MRI-guided …")
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for name in equipment(text):
                single = fold(name.removesuffix("s") if not name.endswith("ss") else name)
                if not any(single in fold(skill.text) for skill in self.out.skills):
                    self.out.skill(name, SkillKind.TOOL, row.no)
            # "I use Case CATalyst", "ZIMS, the shared records system": a name the page has
            # as a skill of another kind already is not added again as a tool
            for name in (*narrated_tools(text, self.not_tool),
                         *appositive_tools(text, self.not_tool)):
                if not self.out.has_skill(name):
                    self.out.skill(name, SkillKind.TOOL, row.no)

    def job_cards(self) -> None:
        """The facts of job cards (:mod:`careergraph.guides.listings`): a card titled by the
        role at any level or grade is an opening of it (its company employs the role, its pay
        is the role's own); another title's card owns its pay.  The board's and the mail's
        chrome is read as nothing."""
        for no, text in self.family_chrome.items():
            self.out.content(no, text)
            self.out.use(no)
        cards = [(card.title, card.line, card.company, card.place, card.pay)
                 for card in (self.listing.cards if self.listing is not None else [])]
        cards += [(title, no, None if company is None else (company, no), place, [(no, pay)])
                  for no, (title, place, pay, company) in self.line_cards]
        for title, line, company, place, pay in cards:
            owners = card_owners(title, self.own_card)
            if company is not None and any(owner is None for _, owner in owners):
                self.out.add("employers", _BRACKETED.sub("", company[0]).strip(), company[1])
            elif company is not None:
                self.other_cards.append((title, _BRACKETED.sub("", company[0]).strip(),
                                         company[1]))
            for no, text in pay:
                for money in find_amounts(text, dollar=self.dollar, home=self.home,
                                          period=self.period):
                    for named, owner in owners:
                        self.out.salary(SalaryRange(
                            level=salary_level(named) if owner is None else None, label=title,
                            region=place, currency=money.currency, min=money.low,
                            max=money.high, open_ended=money.open_ended, period=money.period,
                            role=owner, source=self.out.source(no)))
            self.out.use(line)
        for name, no in self.listing.sectors if self.listing is not None else []:
            self.out.add("sectors", name, no)
        for card in self.listing.cards if self.listing is not None else []:
            title = self.talent_title(card.title, card.snippet)
            self.card_snippet(title, card.snippet)
            if card.chips and any(owner is None for _, owner in card_owners(
                    title, self.own_card)):
                for no, chip in card.chips:  # a talent card's skill chips, on the role's card
                    self.out.skill(chip, SkillKind.TECHNICAL, no)
        for name, no in self.mail.employers if self.mail is not None else []:
            self.out.add("employers", name, no)  # the recruiter's client
        for no, duty in self.mail.duties if self.mail is not None else []:
            for skill in [*snippet_skills(duty), *duty_nouns(duty)]:  # the outreach's duties
                self.out.skill(skill, SkillKind.TECHNICAL, no)

    def mentor_facts(self, path: MentorPath) -> None:
        """A mentor profile's jobs, earliest first, up to the current one (the role, however
        the headline words it) and the goal above it; the current employer employs the role
        (:mod:`careergraph.guides.mentor`)."""
        if len(path.ladder) >= 2:  # (one job alone is no ladder)
            current = {path.current, path.headline[0] if path.headline else None}
            self.out.progression([(self.role if title in current and self.role else title,
                                   no) for title, no in path.ladder])
        if path.employer is not None:
            self.out.add("employers", *path.employer)
        for title, no in path.arrivals:  # "my mentees come in as Registrars"
            if not self.own_card(title):
                self.out.add("moves_in", title, no)

    def glued_titles(self, text: str) -> bool:
        """``text`` is two titles of three words or more glued with no mark between them
        ("Records Audit Inspector Claims Operations Developer" on a translated sheet's
        related-occupations strip): no one title."""
        words = text.split()
        return any(words[cut][:1].isupper() and self.vocab.is_role_title(" ".join(words[:cut]))
                   and self.vocab.is_role_title(" ".join(words[cut:]))
                   for cut in range(_GLUED_HALF, len(words) - _GLUED_HALF + 1))

    def history_facts(self, history: CareerHistory) -> None:
        """A profile's dated career history (:mod:`careergraph.guides.career_history`) where
        one of its jobs is the role: the jobs, earliest first, are a ladder (a job of another
        kind right before the role's first is a move in); the employers of the role's jobs
        and of jobs of its kind (a "Staff Interpreter" for a conference interpreter) employ
        the role, an earlier employer of a different job does not."""
        jobs = history.jobs
        first = next((k for k, job in enumerate(jobs) if self.own_card(job.title)), None)
        if not self.role or first is None:
            return
        words = set(self.role.lower().split())
        jobs = tuple(job for k, job in enumerate(jobs) if k <= first or not (
            job.current and not words & set(job.title.lower().split())))
        # (a post held now beside the role, of another kind: "2021–  Consultant: leads
        # teams for clients' events" on an engineer's profile, no rung of its ladder)
        head = self.role.split()[-1].lower()
        if first and jobs[first - 1].title.split()[-1].lower() != head:
            # "Sound Engineer" right before "Graduate Acoustic Consultant": a move into the
            # role (the jobs before it a path of their own), not its lowest rung
            self.out.add("moves_in", jobs[first - 1].title, jobs[first - 1].line)
            if first >= 2:
                self.out.progression([(job.title, job.line) for job in jobs[:first]])
            jobs = jobs[first:]
        if len(jobs) >= 2:
            self.out.progression([(job.title, job.line) for job in jobs])
        for job in jobs:
            if job.firm and (self.own_card(job.title) or job.title.split()[-1].lower() == head):
                self.out.add("employers", job.firm, job.line)

    def step_facts(self, steps: HowtoSteps) -> None:
        """A how-to article's path and skills (:mod:`careergraph.guides.howto`): feeders into
        the rung they lead to, each rung into the role, the tools and subjects of the steps."""
        for before, after, no in steps.edges:
            self.out.progression([(before, no), (after, no)])
        for rung, no in steps.rungs:
            if self.role and not self.own_card(rung):
                self.out.progression([(rung, no), (self.role, no)])
        for title, no in steps.moves_in:
            if not self.own_card(title):
                self.out.add("moves_in", title, no)
        for name, no in steps.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        for name, no in steps.employers:  # "tiling contractors like A, B and C"
            self.out.add("employers", name, no)
        for name, no in steps.sectors:
            self.out.add("sectors", name, no)

    def talent_title(self, title: str, snippet: Sequence[tuple[int, str]]) -> str:
        """A local pro's card headed by a business name ("Kirra Bennett — Calm Canines") is
        the role's when its snippet's first sentence names the role ("Dog trainer, 8
        years."); any other card keeps its title."""
        if not snippet or not self.role or self.own_card(title) or self.vocab.is_role_title(
                title):
            return title
        first = re.split(r"(?<=[.!?])\s", snippet[0][1], maxsplit=1)[0]
        named = re.search(rf"\b{re.escape(self.role)}s?\b", first, re.IGNORECASE)
        return self.role if named is not None else title

    def through_role(self, chain: Sequence[str]) -> bool:
        """An arrow chain of lower-case steps, one of them the role's own title as printed
        (singular or plural, at a level or not: "junior stew"): the path runs through the
        role."""
        return bool(self.role) and all(step.strip()[:1].islower() for step in chain) and any(
            self.own_card(title_case(singular_title(_ASIDE.sub("", step).strip())))
            for step in chain)

    def own_card(self, title: str) -> bool:
        """A card's title (or a slash part of it) names the role at any level or grade."""
        return bool(self.role) and (_same_role(singular_title(title), self.role)
                                    or _graded_tail(title, self.role)
                                    or qualified_title(title, self.role))

    def card_snippet(self, title: str, snippet: Sequence[tuple[int, str]]) -> None:
        """The facts of a card's snippet (:mod:`careergraph.guides.card_snippets`): on the
        role's card its duties' skills, the next step (up) and the other titles it welcomes
        (in); on another title's card, the role's holders it welcomes move across to it."""
        owners = card_owners(title, self.own_card)
        own = any(owner is None for _, owner in owners)
        for no, text in snippet:
            moves = snippet_moves(text)
            for person in moves["welcomed"]:
                named = prose_title(person, self.vocab)
                if named is None:
                    continue
                if self.own_card(named) and not own:
                    for _, other in owners:  # the role's holders welcome on another card
                        self.out.add("transitions_to", other or title, no)
                elif own and not self.own_card(named):
                    self.out.add("moves_in", named, no)
            if not own:
                continue
            # ("Path to Senior X" on the card of X itself: the role a level up is a move)
            exact = any(owner is None and fact_key(part) == fact_key(self.role)
                        for part, owner in owners)
            for held, firm in snippet_jobs(text):  # "… as a guide dog trainer with X"
                if self.own_card(title_case(held)):
                    self.out.add("employers", firm, no)
            for person in moves["earlier"]:  # the card holder's earlier job: a move in
                named = prose_title(person, self.vocab) or title_case(person)
                if not self.own_card(named):
                    self.out.add("moves_in", named, no)
            for named in moves["up"]:
                if self.vocab.is_role_title(named) and (not self.own_card(named) or (
                        exact and fact_key(named) != fact_key(self.role))):
                    self.out.add("leads_to", named, no)
            for skill in [*snippet_skills(text), *listed_skills(text)]:
                self.out.skill(skill, SkillKind.TECHNICAL, no)

    def course_read(self, rows: Sequence[_Row]) -> list[_Row]:
        """The facts of a course or certification-pathway page
        (:mod:`careergraph.guides.course`); the rows left to the other rules."""
        assert self.course is not None
        course = self.course
        for name, no in course.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        buckets: tuple[tuple[Bucket, list[tuple[str, int]]], ...] = (
            ("leads_to", course.moves_up), ("moves_in", course.moves_in),
            ("employers", course.employers), ("sectors", course.sectors))
        for bucket, found in buckets:
            for name, no in found:
                self.out.add(bucket, name, no)
        for band, no in course.pay:
            self.out.salary(SalaryRange(**band.model_dump(), source=self.out.source(no)))
        for name, no in course.aliases(self.role) if self.role else ():
            self.out.add("aliases", name, no)
        for title, money, no in course.titled_pay:  # the role's own, or another title's
            self.owned_pay(no, title, money.low, money.high, money)
        for no in course.lines | course.breaks:
            self.out.use(no)
        # (a learner's wage row is no rate of a union schedule, "Age 18" no rung)
        self.schedule = [rate for rate in self.schedule if rate.line not in course.lines]
        kept: list[_Row] = []
        for row in rows:
            if row.no in course.breaks:  # a section's or a level's heading: ends a section
                if not kept or kept[-1].no != row.no:
                    kept.append(_Row(row.no, row.text, False, row.text, kind=Kind.OTHER,
                                     top=True))
            elif row.no not in course.lines:
                kept.append(row)
        return kept

    def rubric_read(self, rows: Sequence[_Row]) -> list[_Row]:
        """The facts of a promotion rubric (:mod:`careergraph.guides.rubric`); the rows left
        to the other rules.  A spine's band is the role's own at a level or another
        title's."""
        assert self.rubric is not None
        for name, no in self.rubric.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        for ladder in self.rubric.ladders:
            self.out.progression(ladder)
        for name, no in self.rubric.employers:
            self.out.add("employers", name, no)
        for title, band, no in self.rubric.pay:
            bare = _TRAILING_ASIDE.sub("", title)  # "Team Leader (Horticulture)"
            # ("G1 Graduate Geologist": a graduate, like a trainee, is the role at a rung)
            own = self.own_title(bare) or (self.own_title(bare.split(" ", 1)[-1]) and (
                bare.split(" ", 1)[0].lower() in _ENTRY_RUNGS))
            for money in find_amounts(band, dollar=self.dollar, home=self.home,
                                      period=self.period):
                self.out.salary(SalaryRange(
                    level=salary_level(title) if own else None, label=title,
                    currency=money.currency, min=money.low, max=money.high,
                    open_ended=money.open_ended, period=money.period,
                    role=None if own else singular_title(bare), source=self.out.source(no)))
        for no in self.rubric.lines:
            self.out.use(no)
        return [row for row in rows if row.no not in self.rubric.lines]

    def delimited_tables(self) -> set[int]:
        """The facts of the delimited tables found on the page (a CSV or TSV export, a pipe
        table read by its header row: :mod:`careergraph.guides.table_facts`); the lines
        the tables take.  A row under a header that does not fit it is reported."""
        taken: set[int] = set()
        for table in self.tables:
            taken |= table.lines
            facts = table_facts(
                table, own=self.own_title, role=self.role,
                skills_of=self.cell_skills,
                is_title=_table_title(self.vocab), known=self.vocab.is_role_title,
                dollar=self.dollar, home=self.home,
                period=self.period)
            for line, cell, money, statistic in facts.pay:
                for title in cell_titles(cell, self.own_title) if table.titled else [cell]:
                    # "Band 5 | £31,000 – £37,000" (no title column): the role at a level
                    own = not table.titled or self.own_title(title)
                    self.out.salary(SalaryRange(
                        level=salary_level(title) if own else None, label=cell,
                        currency=money.currency, min=money.low, max=money.high,
                        open_ended=money.open_ended, period=money.period,
                        statistic=statistic, source=self.out.source(line),
                        role=None if own else singular_title(_shared_tail(
                            _TRAILING_ASIDE.sub("", title_named(title))))))
            for line, name in facts.skills:
                self.out.skill(name, SkillKind.TECHNICAL, line)
            for chain in facts.chains:
                self.out.progression(chain)
            for name, line in facts.lateral:
                self.out.add("transitions_to", name, line)
            for name, line in facts.employers:
                self.out.add("employers", name, line)
            for row in table.skipped:
                self.out.warn(row.lines[0], f"table row does not fit its header: {row.reason}")
        for name, line in self.owners:  # the company whose career matrix it is
            self.out.add("employers", name, line)
        return taken | self.matrix_skills()

    def matrix_skills(self) -> set[int]:
        """The names a competency matrix by level lists in the role's own level columns
        ("Tooling | ServiceNow; DCIM (Sunbird) | …"); the lines its rows take."""
        for line, cells in self.matrix:
            for title, cell in cells.items():
                items = [item.strip() for item in cell.split(";")]
                if not self.own_title(title) or len(items) < _MATRIX_NAMES or not all(
                        item[:1].isupper() and len(item.split()) <= _MATRIX_NAME_WORDS
                        for item in items):
                    continue  # ("Meets SLAs; reduces repeat tickets": duties, no names)
                for item in items:
                    self.out.skill(_TRAILING_ASIDE.sub("", item), SkillKind.TOOL, line)
                    for inner in bracket_names(item):  # "DCIM (Sunbird)": both
                        self.out.skill(inner, SkillKind.TOOL, line)
        return {line for line, _ in self.matrix}

    def cell_skills(self, cell: str) -> list[str]:
        """The skills a table's skills cell lists; an item that names a tool after a word of
        use ("ticketing in ServiceNow") gives the tool."""
        found: list[str] = []
        for name in skill_names(cell, self.vocab) if cell else ():
            tools = duty_tools(name, self.not_tool) if name[:1].islower() and _TOOL_USE.search(
                name) else []
            found.extend(tools or [name])
        return found

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

    def alias_step(self, step: str) -> bool:
        """A ladder's step naming one of the role's aliases read so far, bracket aside."""
        bare = _ASIDE.sub("", step).strip()
        key = fact_key(singular_title(bare))
        return bool(bare) and any(fact_key(singular_title(alias.text)) == key
                                  for alias in self.out.lists["aliases"])

    def own_or_alias(self, title: str) -> bool:
        """``title`` is the role (:meth:`own_title`) or one of the aliases read so far."""
        key = fact_key(singular_title(title))
        return self.own_title(title) or any(
            fact_key(singular_title(alias.text)) == key for alias in self.out.lists["aliases"])

    def own_title(self, title: str) -> bool:
        """``title`` is the role, at a grade ("Technician II") or a level ("Senior …"); a
        title opening with another post's rank ("Chief …", "Head …") is that post."""
        core = title_core(title) if "," not in title else title
        if not self.role or core.split(" ", 1)[0].lower() in _OTHER_RANKS:
            return False
        if _same_role(singular_title(core), self.role) or (
                _pay_key(core) == _base_key(self.role)):
            return True
        # "Band 7 Senior Clinical Embryologist", "Trainee Clinical Embryologist" on the
        # embryologist's page: the role, titled in full, at a level
        words = role_base(core).split()
        if words and words[0].lower() in _ENTRY_RUNGS:
            words = words[1:]
        rest = singular_title(" ".join(words))
        return len(words) < len(core.split()) and (
            _same_role(rest, self.role) or qualified_title(rest, self.role))

    def author_path(self, rows: Sequence[_Row]) -> None:
        """A career post's own path (:func:`careergraph.guides.story.author_path`) is a ladder
        ending at the role; its earlier jobs are then no moves up or across from the role."""
        spoken = (self.speech.spoken if self.speech is not None
                  else self.deck.notes if self.deck is not None else frozenset())
        if self.out.role_signal != "headline" and not spoken:
            return  # only a post titled by its story ("From A to B", "why I became B")
        start = next((origin for row in rows[:_STORY_TOP]
                      if (origin := story_origin(row.text)) is not None), None)
        prose = [row for row in rows if not row.heading and not row.bullet
                 and (not spoken or row.no in spoken)]  # a transcript: the speech only
        path = author_path([row.text for row in prose], self.role, self.vocab, start)
        if not path:
            return
        line = prose[0].no if prose else 1
        self.out.progression([(rung, line) for rung in path])
        earlier = {fact_key(rung) for rung in path[:-1]}
        for bucket in ("leads_to", "transitions_to"):
            self.out.lists[bucket] = [f for f in self.out.lists[bucket]
                                      if fact_key(f.text) not in earlier]
        # the story's own sentences ("I was a line cook for six years") move in no further;
        # a feeder named elsewhere ("Library technicians are our biggest feeders") still does
        told = {row.no for row in prose if re.search(r"\bI\b", row.text) and any(
            rung.lower() in row.text.lower() for rung in path[:-1])}
        self.out.lists["moves_in"] = [
            f for f in self.out.lists["moves_in"] if fact_key(f.text) not in earlier
            or f.source is None or f.source.line not in told or any(
                row.no not in told and f.text.lower() in row.text.lower() for row in rows)]
        # "I started as a library technician at a public library": where an earlier job was
        # done is no sector of the role
        texts = {row.no: row.text.lower() for row in prose if row.no in told}
        self.out.lists["sectors"] = [
            f for f in self.out.lists["sectors"] if f.source is None
            or f.source.line not in texts or not re.search(
                rf"\bat (?:an?|the) {re.escape(f.text.lower())}\b", texts[f.source.line])]

    def step_ends_list(self, text: str) -> bool:
        """``text`` is a how-to's next step ("Step 3: Apply for your certificate") after a
        step about what to study: it ends that list (a step naming a rung or a skills
        section does not)."""
        step = _STEP_LINE.match(text) if self.kind in _SKILL_KINDS else None
        return step is not None and classify_heading(
            step.group(1), self.vocab.headings) not in _SKILL_KINDS and not (
            self.vocab.is_role_title(step.group(1)))

    def end_lead_block(self) -> None:
        """A list of names under a lead-in sentence ("Industries where you could do this
        work:"), or the value of a panel's label, is the block of lines under it: a blank
        line ends it."""
        self.lead_block = False
        self.kind = self.top = Kind.OTHER

    def opening_title(self, text: str) -> str | None:
        """The role title ``text`` opens with, as written, or None."""
        title = self.vocab.role_title_at(text, 0)
        return title if title and text.startswith(title) else None

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

    def drop_named_sectors(self) -> None:
        """A name the page marks as an employer ("pet superstores such as Pawsome Pets") or
        a place a salary is stated for ("United States") is no sector."""
        employers = {fact_key(f.text) for f in self.out.lists["employers"]}
        places = {fact_key(r) for r in self.vocab.headings.regions}
        # "work for optometrists" on the optometrist's page: the role's own people.
        people = {fact_key(self.role + end) for end in ("", "s", "es")} if self.role else set()
        self.out.lists["sectors"] = [f for f in self.out.lists["sectors"]
                                     if fact_key(f.text) not in employers | places | people]
        self.drop_qualified_sectors()
        # "St" cut from "St. Benilde Medical Center" by a sentence split: part of a name.
        whole = [f.text for f in self.out.lists["employers"]]
        self.out.lists["employers"] = [
            f for f in self.out.lists["employers"]
            if not any(w.startswith(f.text + ". ") for w in whole) and not (
                # speech shortens a name it says in full too ("Larkspur hired me", "Larkspur
                # Creamery"), and so does any page ("Ironleaf hired me" under "Ironleaf
                # Brewing Co."): the one-word form is that organisation again, unless the
                # lexicon knows it as one of its own ("Google" beside "Google DeepMind")
                (self.speech or self.deck or f.text not in self.vocab.employers)
                and " " not in f.text and any(w.startswith(f.text + " ") for w in whole))]
        # "to Harrow Marine" in a quote, "Harrow Marine Works" in the story: one organisation
        expanded = [f.model_copy(update={"text": full_name(f.text, self.page)})
                    for f in self.out.lists["employers"]]
        # (a short form spelled out as a name already listed, "… Pvt. Ltd" beside "… Pvt.
        # Ltd.": that one, once)
        keys = [fact_key(f.text.rstrip(".")) for f in expanded]
        self.out.lists["employers"] = [f for index, f in enumerate(expanded)
                                       if keys[index] not in keys[:index]]

    def drop_qualified_sectors(self) -> None:
        """A kind read in a sentence that only qualifies a sector the page lists ("large
        hotels" in prose, "Hotels" in the infobox; "local government planning departments"
        after "local government") is that sector again: the listed name is kept."""
        listed = [fold(f.text).split() for f in self.out.lists["sectors"]
                  if (fold(f.text), f.source.line) not in self.prose_sectors]

        def qualified(fact: Fact) -> bool:
            words = fold(fact.text).split()
            if "and" in words or "&" in words:
                return False  # ("tea and coffee factories" names more than factories)
            return (fold(fact.text), fact.source.line) in self.prose_sectors and any(
                0 < len(short) < len(words) and short in (words[:len(short)],
                                                          words[-len(short):])
                for short in listed)

        self.out.lists["sectors"] = [f for f in self.out.lists["sectors"] if not qualified(f)]

    def kind_by_content(self, rows: Sequence[_Row], index: int) -> None:
        """A section whose heading says nothing takes the kind its lines show (pay,
        employers, sectors, tools); otherwise it stays unknown."""
        texts: list[str] = []
        for row in rows[index + 1:]:
            if row.top or row.kind is not None or row.rung is not None or (
                    row.heading and classify_heading(row.heading, self.vocab.headings)
                    is not Kind.OTHER):
                break
            texts.append(row.text)  # a one-word Title Case line may be an item ("Google")
        found = content_kind(texts, self.vocab)
        if found is not None:
            self.top = self.kind = Kind(found)

    def item_not_heading(self, row: _Row, rows: Sequence[_Row], index: int) -> bool:
        """A plain Title Case line inside a list ("Python" under "Skills") is an item, unless
        the lines after it are its own items (bullets or prose); a role title in a list of
        moves is always an item."""
        if row.rung is not None or (not row.bullet and not_pay_heading(row.text)):
            return False  # "Fees" after a list of related occupations: a section of its own
        if not row.bullet and (money := find_money(row.text)) is not None and (
                money.start == 0 and money.end >= len(row.text.rstrip()) - 1):
            return True  # "RM15,800" under "Median monthly pay": the label's figure
        if row.bullet and not row.numbered and self.kind in _ROLE_LISTS:
            return self.vocab.is_role_title(row.text) or bool(move_titles(row.text, self.vocab))
        if self.kind in _NAME_BUCKETS and not (row.bullet or row.numbered) and (
                self.listed_between(row, rows, index)):
            return True  # "Sectors:" / "Finance" / "Education" / "Retail": a name, not a heading
        if self.kind in _NAME_BUCKETS and (
                (index and rows[index - 1].no == row.no and row.no in self.dotted)
                # ("A · B · C" parted into items)
                or self.spaced_cells(row.text, row.no)):  # names printed in columns
            return True
        if row.top or row.bullet or row.numbered or self.kind not in _LIST_KINDS:
            return False
        if self.kind in _MOVE_BUCKETS and "," in row.text and all(
                listed_role(part, self.vocab) == singular_title(part.strip())
                for part in row.text.split(",")):
            return True  # "Lateral options" / "Head Baker, Pastry Chef": the label's titles
        if (self.kind in _MOVE_BUCKETS and row.text.split()[0].lower() not in _QUESTION_WORDS
                and listed_role(row.text, self.vocab) == singular_title(row.text.strip())
                and not self.glued_titles(row.text)):
            # "Telematics Experience Analyst" under "Related Occupations", "Queen Bee Breeder"
            # (then its description) under "… may specialise as:": a title, whatever its words
            return True
        if self.kind in (Kind.LADDER, Kind.PROGRESSION) and " (" in row.text and (
                step := ladder_step(row.text, self.vocab, self.role)) and row.text.startswith(
                f"{step} ("):
            return True  # "Court Clerk 1 (4411) Salary Range 13": a class of a promotion line
        if classify_heading(row.heading, self.vocab.headings) is not Kind.OTHER:
            return False
        after = rows[index + 1] if index + 1 < len(rows) else None
        return after is None or after.top or (
            not after.bullet and len(after.text.split()) <= 8 and after.text[-1:] != ".") or (
            # ("Adaptability" / "Certs: A, first aid.": a labelled line of credentials or
            # tools heads only itself, so the name above it is the list's last item)
            not after.bullet and after.kind in (Kind.REQUIREMENTS, Kind.TOOLS)
            and after.kind is not self.kind and bool(after.full) and after.no == row.no + 1
            and not row.text.isupper())

    def listed_between(self, row: _Row, rows: Sequence[_Row], index: int) -> bool:
        """``row`` is a short line with no colon between two plain items of a name list (or
        right under its label, or last on the page)."""
        before = rows[index - 1] if index else None
        after = rows[index + 1] if index + 1 < len(rows) else None

        def item(other: _Row | None) -> bool:
            return other is not None and not other.bullet and not other.top and (
                ":" not in other.text and len(other.text.split()) <= _NAME_LINE_WORDS
                and classify_heading(other.text, self.vocab.headings) is Kind.OTHER)

        if after is not None and classify_heading(row.text, self.vocab.headings) in (
                Kind.SALARY, Kind.MARKET) and find_money(after.text) is not None:
            return False  # "Median annual pay" / "£31,000" after the names: the next label
        label = before is not None and before.top and before.kind in _NAME_BUCKETS
        # (a blank line before it ends the list: "Top Employers" after the sector items)
        joined = before is not None and before.no == row.no - 1
        # The last item of two or more: the page ends or a blank line follows it.
        last = item(before) and (after is None or after.no > row.no + 1)
        if label and joined and not row.bullet and ":" not in row.text and "," in row.text and (
                not row.text.rstrip().endswith(".")):
            return True  # "Top industries" / "Retail, Energy, Education": the label's value
        return (row.bullet is False and ":" not in row.text and joined
                and len(row.text.split()) <= _NAME_LINE_WORDS
                and ((item(before) or label) and (item(after) or last or (
                    after is None and not label))))

    def heading(self, row: _Row) -> None:
        if is_masthead(row.heading, self.sites):
            return  # "The Leeds Courier" over a feature: the site, not a section
        # "Fees and funding", "Fringes"; a label under it ("Skills assessment: AUD 2,100")
        # keeps the section
        self.no_pay_section = not_pay_heading(row.heading) or (
            self.no_pay_section and row.text.rstrip().endswith(":") and classify_heading(
                row.heading, self.vocab.headings) is not Kind.SALARY)
        self.price_section = price_heading(row.heading)  # "How much does a X cost?"
        self.last_heading = row.heading  # (a numbered one too: "1. Pay by Employer Type")
        if row.rung is not None:
            self.block(row)
            return
        if row.numbered and self.kind in (Kind.LADDER, Kind.PROGRESSION) and self.numbered_rung(
                row):
            return
        if (row.numbered or row.bullet) and not self.numbered_section(row):
            self.flush_chain() if row.numbered else None
            self.sub_heading_fact(row)
            return
        self.flush_chain()
        self.flush_grades()
        if not row.top and self.top is Kind.LADDER and self.rung_heading(row.heading):
            # "License types" / "Apprentice Inspector" / … / "Professional Inspector": the
            # titled blocks of a ladder section, one rung each
            self.titled_rungs.append((row.heading, row.no))
        kind = row.kind or classify_heading(row.heading, self.vocab.headings)
        self.lead_block = kind in _NAME_BUCKETS and row.text.endswith(":") and len(
            row.heading.split()) > _SHORT_HEADING
        level = level_heading(row.heading) if row.heading[:5].lower() in (
            "level", "band ", "grade") and (
                self.course is None or row.no not in self.course.breaks) else None
        # (a course's "LEVEL 4 · MASTER COLOURIST" heads a module: no rung, see course_read)
        trade = level is not None and bool(self.role) and bool(level[1]) and (
            level[1].rpartition(" ")[2].lower() == self.role.rpartition(" ")[2].lower())
        # ("Band 5: Newly Qualified X": a title of the role's trade, whatever its words say)
        if level is not None and (kind is Kind.OTHER or trade) and (
                not level[1] or trade or self.vocab.is_role_title(level[1])):
            # "Level 2" / "Level 3 Performance Coach" above what that level does: a rung
            self.levels.append((*level, row.no))
            kind = Kind.LADDER
        top = (row.top or row.heading.lower() in _TOP_HEADINGS
               or row.heading.lower().startswith("salary ranges")
               or (kind in _SECTION_KINDS and self.top in _LIST_KINDS and kind is not self.top
                   and row.no > self.last_no + 1))
        # (A heading naming another section, set apart by a blank line, ends a list: "Top
        # Colleges" after the skills; "Requirements Gathering" inside the list is an item.)
        if top:
            self.top, self.top_text, self.sub_text = kind, row.heading, ""
            self.kind = kind
        else:
            self.sub_text = row.heading
            self.kind = kind if kind is not Kind.OTHER else self.top
            if self.top is Kind.SALARY and kind is Kind.MARKET:
                self.kind = Kind.SALARY  # "Market average" labels a figure of the section
        if kind is Kind.OTHER and top:
            self.out.content(row.no, row.text)  # a section no rule knows: reported unused
        elif not top and (kind is Kind.OTHER or kind not in _ITEM_LIKE) and (
                self.described_skill(row)):
            return  # ("Sales and Marketing" names a skill here, not the market)
        self.section_prose = 0
        self.skill_bullets = 0
        self.imperative = self.topics = False
        # A list of selection criteria goes on under its sub-labels ("Experience:"); its
        # "Education:" part names degrees, no skills.
        # (a promotion rubric's "criteria" are read as its table: no selection criteria)
        self.criteria_block = (criteria_section(row.heading) and self.rubric is None and not (
            promotion_document(row.heading))) or (
            self.criteria_block and (criteria_sublabel(row.heading)
                                     or criteria_aside(row.heading)))
        self.criteria = self.criteria_block and not criteria_aside(row.heading)
        if self.criteria and self.kind not in _SKILL_KINDS:
            self.kind = Kind.SKILLS
        rung = self.rung_title(row.heading)
        if rung is not None:
            self.line_title = rung  # a rung printed as a title heading
        elif kind not in _RUNG_PARTS:
            self.line_title = ""
        label, colon, value = row.heading.partition(": ")
        if kind is Kind.SALARY and colon and find_money(value, bare=True) is not None:
            self.sub_text = "" if self.sub_text == row.heading else self.sub_text
            self.salary(row, label, value)  # "Salary: INR 6-12 LPA" read as a heading

    def described_skill(self, row: _Row) -> bool:
        """A short title in a skills section above a sentence that describes it ("Manual
        Dexterity" / "Holding small parts steadily …"): the title is the skill, and the
        description names none (a next title glued to its end does: "….Active Listening")."""
        after = self.next_row
        words = row.heading.lower().split()
        if (self.top not in _SKILL_KINDS or after is None or after.heading or after.bullet
                or words[0] in _QUESTION_WORDS or not _NOT_SKILL_TITLE.isdisjoint(words)
                or _GLUED_TITLE.search(row.heading)  # ("A TestingB Design": a glued list)
                # A description is a fragment ("Using arithmetic to …", "Knowledge of …"),
                # not a sentence with a subject ("Arborists usually hold …") after a title.
                or not _described_by(after.text)
                or after.kind is not None or _DIGIT.search(after.text.split(" ", 1)[0])
                or row.text[:1] in "[0123456789"  # ("[05] EVOLUTION PATHS", "B1 takes …")
                or _short_title(self.last_text, self.vocab)
                or len(row.heading.split()) > _SHORT_WORDS or after.no > row.no + 2
                or (self.vocab.is_role_title(row.heading)
                    and row.heading.rpartition(" ")[2] not in PRACTITIONERS)  # (a rung title)
                or not (after.text.endswith(".") or len(after.text.split()) > _SHORT_WORDS)):
            return False
        self.out.skill(row.heading, _SKILL_KINDS[self.top], row.no)
        self.out.use(row.no)
        self.described.add(after.no)
        return True

    def gazetteer(self, read: Sequence[tuple[_Row, Kind]]) -> None:
        """Generic skill and sector names the rows' sentences state (see
        :mod:`careergraph.guides.gazetteer`), read after every structural rule and only
        where a line's own rules found none of that kind: a list item that is a skill
        already ("customer service skills") is not cut into the names inside it, and a
        sector read in any wording ("Hospitals and health systems") gives no "health"."""
        names = self.vocab.gazetteer
        if names is None:
            return
        skill_lines = {skill.source.line for skill in self.out.skills} - self.cued_lines
        sector_lines: dict[int, list[str]] = {}
        for fact in self.out.lists["sectors"]:
            sector_lines.setdefault(fact.source.line, []).append(fold(fact.text))
        for row, kind in read:
            if kind in _NO_NAMES or row.no in self.described:
                continue  # (a skill's description explains it: no names of its own)
            text = row.full or row.text
            if _CRUMB_TRAIL.match(text):
                continue  # "You are here: Home / Study / Science / …": the site's sections
            section = kind in _SKILL_KINDS
            # In a skills section a short item its rules could not read is one skill as a
            # whole ("the ability to read wiring diagrams"), not a place to look for names.
            whole_item = section and not (text.rstrip().endswith((".", "!"))
                                          or len(text.split()) > 12
                                          or names.opens_with_trait(text))
            want_skills = (kind not in _NO_SKILLS and not whole_item
                           and row.no not in skill_lines
                           # ("Certs: Rigging Safety Certificate, first aid.": credentials)
                           and not (row.full and _CERT_LABEL.match(row.full)))
            if not want_skills and kind is not Kind.SECTORS and not names.sector_cue(text):
                continue
            found_skills, found_sectors = names.read(
                text, skill_section=section, sector_section=kind is Kind.SECTORS,
                skills=want_skills)
            if not (found_skills or found_sectors):
                continue
            if self.other_subject(text):
                continue  # "Civil Engineers use AutoCAD" on another role's page
            for name, skill_kind in found_skills:
                if not self.out.has_skill(name):
                    self.out.skill(name, SkillKind(skill_kind), row.no)
            known = sector_lines.get(row.no, [])
            if self.duty_stations(text):
                found_sectors = []  # ("rail yards" of a service's duty stations)
            for name in found_sectors:
                if not any(fold(name) in other or other in fold(name) for other in known) and (
                        not self.own_field(name, text)):
                    self.out.add("sectors", name, row.no)

    def own_field(self, name: str, text: str, *, whole: bool = False) -> bool:
        """``name`` opens the role's own field where ``text`` names it ("security" in
        "security governance projects" on a Security Governance Manager's page), or is that
        field (only that with ``whole``): words of the role's title, no sector of their own."""
        words = [w for w in role_base(self.role).lower().split() if w not in ("of", "and")]
        field = " ".join(words[:-1]) if words and not self.role.lower().startswith(
            ("director of", "head of", "vp of")) else " ".join(words[1:])
        lowered = name.lower()
        known = self.vocab.gazetteer
        # (the whole field too, "Museum Lighting Technicians work in museum lighting", unless it
        # is an industry the gazetteer knows: "public health" for a Public Health Nurse)
        return len(field.split()) >= 2 and ((not whole and field.startswith(f"{lowered} ")) or (
            lowered == field and not (known is not None and known.sectors(
                field, section=True)))) and field in text.lower()

    def other_subject(self, text: str) -> bool:
        """Whether ``text`` opens with another role's title ("Civil Engineers use …"); the
        role itself, however shortened or plural ("Recruiters" on the Technical Recruiter's
        page), is not another role."""
        title = self.vocab.role_title_at(text, 0)
        if title is None:
            return False
        mine, theirs = fact_key(role_base(self.role)), fact_key(role_base(title))
        return not (mine.endswith(theirs) or theirs.endswith(mine))

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
        titles = [t for t in (ladder_step(p, self.vocab, self.role) for p in parts) if t]
        if not titles:
            return False
        number = int(match.group(1))
        if self.rungs and number <= self.rungs[-1][0]:
            self.flush_rungs()
        self.rungs.append((number, titles, row.no))
        self.sub_text = titles[0]
        self.out.use(row.no)
        return True

    def numbered_section(self, row: _Row) -> bool:
        """A numbered heading that opens a skills section ("2. Skills Employers Ask For")
        after a section that is no list (pay, an overview): a section of the page, not an item
        of a list."""
        # ("8. Soft Skills Application" among numbered duties is one of them; "1. Knowledge
        # Graph Engineer" is a rung, not knowledge)
        if row.numbered and row.heading.isupper() and (
                classify_heading(row.heading, self.vocab.headings) in _CAPS_SECTIONS) and not (
                self.vocab.is_role_title(title_case(row.heading.lower()))):
            return True  # "7. OTHER PATHWAYS": a document's numbered section in capitals
        return (row.numbered and self.kind not in _LIST_KINDS
                and "skill" in row.heading.lower()
                and not self.vocab.is_role_title(row.heading)
                and classify_heading(row.heading, self.vocab.headings) in _SKILL_KINDS)

    def sub_heading_fact(self, row: _Row) -> None:
        # Numbered and bullet sub-headings are structure; some sections read them as facts.
        if self.kind is Kind.RESPONSIBILITIES and row.numbered:
            self.out.add("responsibilities", row.heading, row.no)
        elif self.kind is Kind.SKILLS:
            for name in paired_skills(row.heading):  # ("EMIS Web or SystmOne": two)
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        elif self.kind is Kind.SOFT_SKILLS:
            self.out.skill(row.heading, SkillKind.SOFT, row.no)
        elif self.kind is Kind.DEVELOPMENT and row.numbered:
            self.out.add("development_suggestions", row.heading, row.no)
        elif self.kind is Kind.PRACTICES and row.numbered:
            self.out.add("best_practices", row.heading, row.no)
        elif self.kind in _NAME_BUCKETS and row.numbered:
            self.names(_NAME_BUCKETS[self.kind], row.heading, row.no)  # "1. Healthcare"
        elif self.kind in _MOVE_BUCKETS and row.numbered:
            self.moves(self.kind, row.heading, row.no)  # "2. Senior Quality Engineer"
        elif self.kind in _PAY_BY_KIND:
            self.employer_types(row.heading, row.no)

    def employer_types(self, label: str, line: int) -> None:
        """A pay section "by employer type": its sub-heading or lettered label ("a. MEP
        Contractors") names a kind of employer, a sector."""
        section = f"{self.top_text} | {self.sub_text} | {self.last_heading}"
        for kind in employer_types(label, section, self.vocab):
            self.out.add("sectors", kind, line)

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
                and find_money(row.text) is None and find_money(after.text) is not None)

    def content(self, row: _Row) -> None:
        out = self.out
        out.content(row.no, row.text)
        if row.text[:1] in "PpIiCcFfSsMmHhTt" and _MEDIA_CREDIT.fullmatch(row.text.strip()):
            out.use(row.no)  # "Photo from Unsplash" under a picture: its credit, no fact
            return
        if row.no in self.history.lines:  # read whole (history_facts): no item of a section
            self.kind = self.top = Kind.OTHER
            out.use(row.no)
            return
        if self.speech is not None and row.no in self.speech.spoken:
            for kind_of_place in said_sectors(row.text):  # "there's work …: A, B"
                out.add("sectors", kind_of_place, row.no)
            known = self.vocab.gazetteer
            for field in said_fields(row.text):  # "there's work in Energy": a known industry
                if known is not None and known.sectors(field, section=True) == [field]:
                    out.add("sectors", field, row.no)
            for direction, titles in said_moves(row.text, self.said_title).items():
                for title in titles:  # "some go the affineur route", "step up is to X"
                    if fact_key(title) != fact_key(self.role):
                        out.add(_DIRECTIONS[direction], title, row.no)
        if self.said_skills(row):
            # (a turn that talks skills may go on to pay or employers: "Most places pay £X
            # an hour", "A and B are always hiring", read as on any line)
            self.salary(row, None, "")
            self.workplaces(row.text, row.no)
            return
        if self.pay_label(row):  # "X salary in other cities" above its figure rows
            self.sub_text = row.text
        lettered = _LETTERED.fullmatch(row.text) if self.kind in _PAY_BY_KIND else None
        if lettered is not None:
            self.employer_types(lettered.group(1), row.no)
        if self.levels and row.text[:5].lower() in ("band ", "grade", "level"):
            own = level_heading(row.text)  # "Band 6: X" among titled band headings: the
            if own is not None and fact_key(own[1]) == fact_key(self.role):  # role's own band
                self.levels.append((*own, row.no))
        priced = _PRICED_RUNG.match(row.text) if self.kind in (
            Kind.LADDER, Kind.PROGRESSION) else None
        if priced is not None:  # "2. Senior X (BS-18) Rs. 57,060 – …": a rung and its pay
            self.numbered_rung(replace(row, text=priced.group(1)))
        named = _EMPLOYER_PAY.match(row.text) if ":" in row.text else None
        if named is not None and organisation_name(named.group(1)):
            out.add("employers", named.group(1), row.no)  # "1. X Hospital salary: Ksh …"
        share = _SHARE_ROW.fullmatch(row.text) if "%" in row.text else None
        self.shares = share is not None and (self.shares or bool(_SHARE_LEAD.search(
            self.last_text)))
        if share is not None and self.shares:
            # "State government, excluding education and hospitals <tab> 86%" under "… at
            # these employers:": the kind of employer, without its qualifier.
            out.add("sectors", share.group(1), row.no)
            return
        glued_number = _GLUED_NUMBER.search(row.text) if self.kind in _MOVE_BUCKETS else None
        if glued_number is not None:  # "Port supervisor14. Review: …": the next item glued on
            row = replace(row, text=row.text[:glued_number.start() + 1])
        numbered = (_NUMBERED_ITEM.match(row.text) or _numbered_dash_item(row.text)) if (
            not row.bullet and self.kind in _SKILL_KINDS) else None
        if numbered is not None:  # "1. Manual therapy" (every item numbered "1."): an item
            row = replace(row, text=numbered.group(1), bullet=True)
        typical = _TYPICAL_ROLES.search(row.text) if "roles:" in row.text else None
        if typical is not None:  # "…the work you do.Typical roles: Training Officer, …"
            self.cards.append((move_titles(typical.group(1), self.vocab), row.no))
        if self.kind in _SKILL_KINDS and _NOTE.match(row.text):
            # "Source: occupational data …" closes a list of skills that had no bullets
            self.kind = self.top = Kind.OTHER
            out.use(row.no)
            return
        if not row.bullet and self.step_ends_list(row.text):
            self.kind = self.top = Kind.OTHER
            out.use(row.no)
            return
        if len(row.text) < _SHORT_LINK and row.text.strip(" .…>›»").lower() in _MORE_LINKS:
            out.use(row.no)
            return
        if row.no in self.described and not row.bullet:
            # "Knowledge of colour and form.Active ListeningGiving full attention …": the
            # description names no skill; a title glued into it is the next skill.
            for name in _GLUED_SKILL.findall(row.text) if "." in row.text else ():
                out.skill(name, _SKILL_KINDS.get(self.top, SkillKind.TECHNICAL), row.no)
            out.use(row.no)
            return
        if not row.bullet:
            self.imperative = row.text[-1:] == ":" and IMPERATIVE_LEAD.search(row.text) is not None
            if self.imperative and self.kind in _SKILL_KINDS:
                out.use(row.no)  # "As a welder, you need to:": the items below say what
                return
        if self.criteria and self.kind in _SKILL_KINDS and row.kind is None and (
                self.criterion(row, row.text)):
            return  # a selection criterion, bulleted, numbered or one a line
        if (self.notice is not None and row.kind in _SKILL_KINDS and row.full
                and ":" in row.full):  # a notice's "Essential skills: A; Ability to B"
            self.criteria, self.kind = True, row.kind
            if self.criterion(row, row.full):
                return
        # "Medical terminology.Anatomy and physiology.Accuracy.": a list glued at its stops
        glued_list = (not row.bullet and self.kind in _SKILL_KINDS
                      and len(_STOP_GLUE.findall(row.text)) >= _MIN_STOP_GLUE)
        # "… for listed buildingsEstimating materials": rows run together, read as a list (no
        # bullet: a plain line after it does not end the section)
        run_together = (not row.bullet and self.kind in _SKILL_KINDS
                        and len(row.text.split()) <= _GLUED_ROWS_WORDS and ". " not in row.text
                        and _WORD_GLUE.search(row.text) is not None)
        if row.bullet or glued_list:
            self.skill_bullets += self.kind in _SKILL_KINDS
        elif (self.skill_bullets and self.kind in _SKILL_KINDS and row.kind is None
              and self.sub_label(row)):
            out.use(row.no)  # "Video conferencing software" / "- Zoom": a group's label
            return
        elif (self.skill_bullets and self.kind in _SKILL_KINDS and row.kind is None
              and dash_label(row.text) is None):  # ("Geodesy — …" is one more item)
            # A bulleted skills list ends at its first plain line ("Timeline to Next Level:
            # 2-4 years", the next rung's title): that line is no skill.
            self.kind, self.skill_bullets = Kind.OTHER, 0
            if self.top in _SKILL_KINDS:
                self.top = Kind.OTHER
        kind = row.kind or self.kind
        item, _ = split_glued_sentence(row.text) if row.bullet else (row.text, "")
        label, description = split_label(item) if row.bullet else (None, item)
        if not row.bullet and kind is Kind.SALARY and ":" in item[:60]:
            # "Deck Cadet: cadets receive INR 25,000 …": a rank's own line in a pay section.
            titled, rest = split_label(item)
            if titled and rest and self.vocab.is_role_title(titled):
                label, description = titled, rest
        if not row.bullet and row.kind is None and (rung := self.rung_title(item)) is not None:
            # A rung title on its own line: the pay below is its; a title listed in a section
            # of another kind (a move under "Career path", a next step) heads nothing, so the
            # pay section after the list stays the page's own.
            self.line_title = rung if kind is Kind.OTHER or kind in _RUNG_PARTS else ""
        if kind in _SKILL_KINDS and not row.bullet and (
                _RATING.match(item) or (len(item.split()) <= _SHORT_WORDS and self.names_role(
                    item) and not self.vocab.is_role_title(item))):
            out.use(row.no)  # "High skill", "Top skills for Arborists": no skill
            return
        dotted = _DOT_LABEL.match(item) if kind in _SKILL_KINDS and not row.bullet else None
        if dotted is not None:  # "Physical stamina. Patrols cover many miles …"
            out.skill(dotted.group(1), _SKILL_KINDS[kind], row.no)
            out.use(row.no)
            return
        glued = glued_labels(item) if not row.bullet and (
            kind in _SKILL_KINDS or "skill" in self.last_text.lower()) else []
        if glued:  # "Speaking: Explaining …clearly.Coordination: Timing …": glued labels
            for name in glued:
                out.skill(name, _SKILL_KINDS.get(kind, SkillKind.TECHNICAL), row.no)
            out.use(row.no)
            if self.kind in _SKILL_KINDS:  # the whole list was this line; a heading glued
                self.kind = self.top = Kind.OTHER  # to its end opened another section
            return
        coded = coded_skills(row.text) if row.text[:1] in "KSB" else None
        if coded is not None:  # "K4: Dangerous goods classification", "S2 Use …", "B1 …"
            for name in coded:
                out.skill(name, SkillKind.TECHNICAL, row.no)
            out.use(row.no)
            return
        if FORK in item:
            self.fork_line = item  # read when the rung blocks are known
            out.use(row.no)
            return
        if (not row.bullet and _GLUED_TITLE.search(item) and (
                kind in (Kind.LADDER, Kind.PROGRESSION) or _LADDER_CUE.search(self.last_text))
                and self.glued_ladder(item, row.no)):
            return
        if self.blocks and years_start(item) is not None:
            out.use(row.no)  # "5-8 years" under a rung block
            return
        tabled = "|" in item and (self.column_cells(item, row.no) or (
            kind not in _MOVE_BUCKETS and self.pay_table(row, item)) or (
            item.count("|") >= 2 and kind not in _MOVE_BUCKETS and self.table_row(row, item)))
        if tabled:
            if " | " in item and item.count(": ") > 1:
                # a template's fields read as a table's row ("Job: X | Rate: €260 | Notes:
                # skills that pay: A, B"): a field's run-in skills label still lists skills
                for name in labelled_skills(item, self.skills_label):
                    out.skill(name, SkillKind.TECHNICAL, row.no)
            return
        if not row.bullet and self.rung(row, item):
            return
        if (row.kind is None and kind in _LIST_KINDS
                and (item[:1].isdigit() or _GLUED_CELLS.search(item))
                and self.table_cell(row, item)):
            return
        if item[:1].isdigit() and kind in _MOVE_BUCKETS:
            item = strip_code(item)  # "17-2081.00 Environmental Engineers": a coded row
        self.mentions(row, label or row.label or None, description)
        if kind in _SKILL_KINDS and not row.bullet and _ASIDE_LINE.fullmatch(item):
            return  # "(technical training and on the job)" under a skills heading: a remark
        # (a classification's skills: one item a line, however long)
        phrase_item = kind in _SKILL_KINDS and self.family is not None and (
            self.family.phrase_skills)
        listed = row.bullet or glued_list or run_together or row.kind is not None or (
            phrase_item) or (
            (kind in _MOVE_BUCKETS or kind in _NAME_BUCKETS) and item.count(" | ") >= 2) or (
            kind in _LIST_KINDS and kind is not Kind.RESPONSIBILITIES and _listish(
                _CODE_AFTER.sub("", row.text) if ")" in row.text else row.text)) or (
            kind in _MOVE_BUCKETS and listed_role(row.text, self.vocab) is not None)
        dashed = dash_label(item) if (("—" in item or "–" in item or " -" in item)
                                      and kind in _SKILL_KINDS and ":" not in item[:60]) else None
        if dashed is not None:  # "Monitoring — checking your own work …": a skill row
            self.dash_skills(kind, *dashed, row.no)
            return
        if not listed and kind in _NAME_BUCKETS and (spaced := _spaced_names(row.text)):
            # "Little Owl Bakery   Brewhaus   Kai Co": names set apart by runs of spaces.
            self.names(_NAME_BUCKETS[kind], ", ".join(spaced), row.no)
            return
        if not listed:
            self.prose(row)
            return
        if kind is Kind.RESPONSIBILITIES and row.bullet:
            item = self.duty_continued(row, item)
        if kind in _SKILL_KINDS and is_truncated(item):
            item = without_cut_off(item)  # a snippet's list: its whole items stay
        if is_truncated(item):
            out.warn(row.no, f"text cut off mid-item, not read: {item!r}")
            return
        if kind in (Kind.PROGRESSION, Kind.LADDER) and label and description and (
                classify_heading(label, self.vocab.headings) in _SKILL_KINDS):
            # "- Skills Gained: circuit analysis, load calculations" inside a ladder rung.
            self.skill_list(classify_heading(label, self.vocab.headings), description, row.no)
            return
        if kind in (Kind.PROGRESSION, Kind.LADDER) and self.progression_item(row, label, item):
            return
        if kind in _MOVE_BUCKETS and "|" in item and find_money(item) is not None:
            return  # "Title | Company | Town | 38,76 $/h | Permanent": a job card, no strip
        if kind in _MOVE_BUCKETS and "|" in item and any(  # "A | B | C": one role a cell
                [self.moves(kind, cell if row.bullet else singular_title(cell.strip()), row.no)
                 for cell in item.split("|") if cell.strip()]):
            return  # (a strip of plural occupations names one role each: "Embalmers")
        if kind is Kind.MOVES_UP and not row.bullet and _only_chain(item):
            return  # "A → B" under "Where could this take you?": a ladder (see mentions)
        if kind in _MOVE_BUCKETS and self.moves(kind, item, row.no):
            return
        if row.kind is not None and kind is not self.kind and kind in _ROLE_LISTS:
            # A labelled line whose label promised moves but names no role: read it as part
            # of its section ("Entry Point: Professionals often transition from …").
            kind, item = self.kind, row.full or item
            label, description = split_label(item)
        self.flush_chain()
        if kind in _SKILL_KINDS and not row.bullet and _ATTRIBUTION.match(item):
            out.use(row.no)  # "— Marisol D., CloudLeap graduate, …": a quote's speaker
            return
        if kind not in _SKILL_KINDS and kind not in _PLAN_KINDS:
            # "- good at budgeting" under "Personal requirements" (a step of a plan, "Acquire
            # experience with A and B", is what to do next, not what the role requires)
            self.cued(item, row.no)
        if kind is Kind.RESPONSIBILITIES:
            out.add("responsibilities", item, row.no)
            self.tools(item, row.no, enumerations=False)
            self.duty_tools(item, row.no)
            # "Execution of stability studies as per ICH guidelines": a duty written as nouns
            for name in nominal_duty_skills(item) if item[:1].isupper() else ():
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for name in named_duties(item) if row.full and not row.bullet else ():
                self.out.skill(name, SkillKind.TECHNICAL, row.no)  # "The job: A, B, C and D."
        elif kind in (Kind.TOOLS, Kind.OFTEN_MISSING) or (
                kind in (Kind.SKILLS, Kind.SOFT_SKILLS) and not row.bullet and not (
                    self.family is not None and self.family.phrase_skills)):
            # (a classification's items stand one a line without bullets: items)
            self.skill_list(kind, item, row.no)
        elif kind in (Kind.SKILLS, Kind.SOFT_SKILLS):
            self.skill_item(row, label, description, item)
        elif kind is Kind.REQUIREMENTS:
            out.add("requirements", item, row.no)
            for name in requirement_skills(item) if row.bullet and not label else ():
                self.out.skill(name, SkillKind.TECHNICAL, row.no)  # "Valid driving licence"
            self.experience_tools(item, row.no)
            self.tools(item, row.no, enumerations=True)
        elif kind in (Kind.PROGRESSION, Kind.LADDER, Kind.DEVELOPMENT):
            out.add("development_suggestions", item, row.no)
            self.tools(item, row.no, enumerations=True)
        elif kind is Kind.NEXT_STEPS:
            out.add("next_steps", item, row.no)
        elif kind is Kind.CHALLENGES:
            if label == "Solution" and description:
                out.add("best_practices", description, row.no)
            else:
                out.add("challenges", description if label == "Challenge" else item, row.no)
        elif kind is Kind.PRACTICES:
            out.add("best_practices", item, row.no)
            self.tools(item, row.no, enumerations=False)
        elif kind is Kind.EMPLOYERS:
            if not row.bullet and row.kind is None and row.no in self.workplace_lines:
                return  # the sentence's cues said which names are employers
            if row.bullet and not label and self.listed_workplace(item, row.no):
                return
            said = description or item
            if row.kind is not None and self.labelled_workplaces(said, row.no):
                return
            if not ("," in item and _LEGAL_TAIL.search(said) is None
                    and self.section_names(said, row.no)):
                # (a slide's line is one name: "Southern Skies MetCentre" stays whole)
                self.names("employers", said, row.no, whole=(row.bullet and _one_brand(
                    said)) or (self.deck is not None and "," not in said
                               and len(said.split()) <= _SLIDE_NAME_WORDS))
        elif kind is Kind.ALIASES:
            self.aliases(item, row.no)
        elif kind is Kind.SECTORS:
            if label and row.bullet and row.kind is None:
                out.add("sectors", label, row.no)
            else:
                self.names("sectors", item, row.no, whole=self.one_a_line(row))

    def labelled_workplaces(self, said: str, line: int) -> bool:
        """A workplaces label's short value with no comma ("Top recruiters: Oracle and
        Redfield Insurance", "Where tilers work: Housing"): two names joined by "and" are two,
        and an industry the lexicon knows is a sector; False when neither reads it."""
        bare = said.strip().rstrip(".")
        parts = [part.strip() for part in _RUN_IN_JOIN.split(bare)]
        if len(parts) > _RUN_IN_WORDS * 2 or any(len(p.split()) > _RUN_IN_WORDS for p in parts):
            return False
        if all(industry_name(part, self.vocab) or part.lower() in {
                name.lower() for name in self.vocab.sectors} for part in parts):
            for part in parts:  # ("Where tilers work: Housing, Retail and Energy")
                self.out.add("sectors", part, line)
            return True
        return "," not in bare and len(parts) > 1 and self.section_names(bare, line)

    def criterion(self, row: _Row, item: str) -> bool:
        """Read ``item`` as a selection criterion ("Experience of A, or of …", "1. Client
        focus – you will …") when its section announces criteria; True when it was read."""
        if not self.criteria or item[-1:] == ":" or len(item.split()) > _LONG_CRITERION or (
                find_money(item) is not None):
            return False  # a lead-in ("You will need:"), prose or pay: other rules read it
        if credential(item):  # "Registration as an ODP or nurse": no skill
            self.out.add("requirements", item, row.no)
            self.out.use(row.no)
            return True
        for name in criterion_skills(item):
            self.out.skill(name, _SKILL_KINDS[self.kind if self.kind in _SKILL_KINDS
                                              else Kind.SKILLS], row.no)
        self.out.use(row.no)
        return True

    def one_a_line(self, row: _Row) -> bool:
        """A plain line of a list printed one name a line keeps its commas ("Professional,
        Science, & Technical" between "Retail" and "Government" is one industry): the
        line break is that list's separator."""
        if row.bullet or row.kind is not None or "," not in row.text or "." in row.text:
            return False
        def single(other: _Row | None) -> bool:  # a one-name item next to the line
            return other is not None and not (other.bullet or other.top or other.kind) and (
                abs(other.no - row.no) == 1 and "," not in other.text) and (
                other.text[-1:] not in ":." and len(other.text.split()) <= _NAME_LINE_WORDS)

        # (below a label with no colon, a panel's value: "Activity sectors" / "A, B, C")
        lead = self.last_row is not None and self.last_row.text.endswith(":")
        return single(self.last_row) or (lead and single(self.next_row))

    def section_names(self, text: str, line: int) -> bool:
        """Employers and sectors a sentence under their heading lists; False for none."""
        if _NOTE.match(text):
            return False  # "Disclaimer: figures are rounded …": a note about the page
        if self.kind in _NAME_BUCKETS and self.spaced_cells(text, line):
            self.names(_NAME_BUCKETS[self.kind], text, line)  # names printed in columns
            return True
        employers, found = section_names(text, self.vocab)
        if self.duty_stations(text):
            found = []
        if industry_shares(text):
            employers = []  # "followed by Education and Training (9.1%)" names industries
        elif employers:  # "industries such as Education, Hospitality": sectors, not employers
            stated = {fold(name) for name in sectors(text)}
            employers = [name for name in employers if fold(name) not in stated]
        for name in employers:
            self.out.add("employers", strip_acronym(name), line)
        known = [fact_key(f.text) for f in self.out.lists["sectors"]]
        for name in found:
            key = fact_key(name)
            if not any(k.startswith(key) for k in known):  # "X firms" already read as X
                self.out.add("sectors", name, line)
        return bool(employers or found)

    def names(self, bucket: Bucket, text: str, line: int, *, whole: bool = False) -> None:
        """Employers or sectors from a list however glued ("GoogleAmazon Web Services (AWS)")."""
        if bucket == "sectors":
            text = _SHARE.sub("", text)  # "Other Services 81.6%": an industry and its share
            text = _SECTOR_TAIL.sub("", text)  # "Banks building digital channels" -> "Banks"
            text = text.replace(" / ", ", ")  # "Government / Public Sector": two sectors
            # "telecom mostly, also broadcast and utilities. Follow for more": the list's
            # own sentence, its hedges no part of a name
            text = _SECTOR_HEDGE.sub("", _ALSO_PAIR.sub(r"\1, \2", _NEXT_SENTENCE.split(
                text, 1)[0]))  # ("also broadcast and utilities": two more sectors)
        known = self.vocab.employers if bucket == "employers" else self.vocab.sectors
        # "A · GreenCart Markets · B": names a page already parted by dots keep their own
        # letter case ("GreenCart" is one brand, not two glued names).
        columns = self.spaced_cells(text, line)
        # "Hill Country Property Inspectors, LLC": a legal form after a comma is the name's
        whole = whole or (bucket == "employers" and _LEGAL_TAIL.search(text) is not None
                          and text.count(",") == 1)
        pieces = columns if columns else [text] if whole else [
            piece.text for piece in join_brand_names(segment(text, known))]
        if bucket == "sectors" and not whole:
            pieces = _sector_pairs(pieces, known)  # "mining and agriculture": two sectors
        for piece in pieces:
            name = strip_acronym(piece).strip(" .")
            if name.startswith("the ") and bucket == "employers":
                name = name[4:]  # "the county Public Health team": an article in running text
            words = name.split()
            if bucket == "employers" and len(words) >= 2 and all(
                    w[:1].islower() for w in words[1:]) and not set(words[1:]) <= SMALL_WORDS:
                if name.islower() and len(words) <= _KIND_WORDS and _KIND_TAIL.fullmatch(
                        words[-1]) and not set(words) & SMALL_WORDS:
                    # "Employed by: tea brokers, tea estates, A Ltd": a kind in lower case
                    self.names("sectors", name, line, whole=True)
                continue  # "Common mistakes": a phrase, not a company
            if bucket == "employers" and len(words) >= 2 and _KIND_TAIL.fullmatch(words[-1]):
                # "Indigenous Head Start programs": a kind of workplace, named by its plural
                self.names("sectors", name, line, whole=True)
                continue
            if name and len(name.split()) <= 6 and not is_truncated(name) and not (
                    _NOT_A_NAME.search(name)):
                self.out.add(bucket, name, line)

    def spaced_cells(self, text: str, line: int) -> list[str]:
        """The names a line printed in columns ("Redgum Resources     Tasman Copper"), its
        cells set apart by two spaces or more, when ``text`` is that whole line; else []."""
        raw = self.spaced.get(line, "")
        if not raw or " ".join(raw.split()) != " ".join(text.split()):
            return []
        cells = [cell.strip() for cell in _SPACED_CELLS.split(raw.strip()) if cell.strip()]
        # (every cell a name: "2   FORESTRY CAREERS" is a page number and a running head,
        # "Employers include Acme.  They also …" two sentences)
        return cells if len(cells) >= 2 and all(
            cell[:1].isupper() and not cell.isupper() and len(cell.split()) <= _NAME_WORDS
            and not _SENTENCE_END.search(cell) for cell in cells) else []

    def prose_moves(self, kind: Kind, text: str, line: int) -> bool:
        """Roles a sentence under a moves heading names ("Most start as an A or a B"); "A,
        then B" is a ladder, which starts at a role the heading names ("What comes after
        Senior X?")."""
        if self.compared_pay(kind, text, line):
            return True
        text = _uncoded_titles(text) if text[:1].isdigit() else text
        directed: set[str] = set()
        source = self.rung_source(text)
        stepped = prose_steps(text, self.vocab)
        reached = self.rungs_reached(text, stepped)
        for direction, roles in prose_moves(text, self.vocab, self.role).items():
            for role in roles:
                directed.add(fact_key(role))
                if source is not None and direction != "in":
                    self.out.progression([(source, line), (role, line)])
                elif fact_key(role) != fact_key(self.role) and fact_key(role) not in reached:
                    self.out.add(_DIRECTIONS[direction], self.fuller(role), line)
        for before, after in stepped:
            directed.add(fact_key(after))  # "become a team leader, then Operations Manager"
            self.step(before, after, line)
        found = [(t, linked) for t, linked in titles_in(_without_employers(text), self.vocab)
                 if fact_key(t) not in directed  # "started out as X" says its direction
                 and not re.search(rf"\b{re.escape(t)}\s+{_PROGRAMME}", text)]
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
                    title.split()[0].lower() in _ENTRY_RUNGS and self.own_title(title)):
                bucket = _MOVE_BUCKETS[kind]
                if kind is not Kind.MOVES_IN and _FROM.search(text, 0, text.find(title)):
                    bucket = "moves_in"  # "people join from A roles"
                self.out.add(bucket, title, line)
        if len(chain) >= 2 and kind is not Kind.MOVES_IN:
            self.out.progression([(title, line) for title in chain])
        self.out.use(line)
        return True

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

    def fuller(self, title: str) -> str:
        """A one-word title in prose ("auditors") as the one fuller title the page prints
        with it as head ("Clinical Coding Auditor" in a band table), else as it is."""
        if " " in title or not self.page:
            return title
        found = {match.group(1) for match in re.finditer(  # (a cell or a line's start)
            rf"(?:^|[|:,(])[ \t]*((?:[A-Z][\w-]*[ \t]){{1,3}}{re.escape(title)})\b", self.page,
            re.MULTILINE)}
        titles = {t for t in found if self.vocab.is_role_title(t) and not _same_role(t, self.role)}
        return titles.pop() if len(titles) == 1 and len(found) == 1 else title

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

    def rung_source(self, text: str) -> str | None:
        """The rung a sentence starts from ("From Step 3, many move to …"), if numbered."""
        match = _FROM_RUNG.match(text) if "from" in text.lower() else None
        if match is None:
            return None
        rungs = {**self.rung_titles, **{n: titles[0] for n, titles, _ in self.rungs}}
        return rungs.get(int(match.group(1)))

    def compared_pay(self, kind: Kind, item: str, line: int) -> bool:
        """True for a title with its own pay under "Related Jobs" ("Bus Mechanics
        $58,920/yr", "Dental Assistants - Median Salary: $44,990"): pay compared, no move."""
        if kind is Kind.LATERAL and _PAY_AFTER.search(item) and _COMPARED.search(
                self.sub_text or self.top_text):
            self.out.use(line)
            return True
        return False

    def moves(self, kind: Kind, item: str, line: int) -> bool:
        """Roles of a move list item; False when it names none."""
        if self.compared_pay(kind, item, line):
            return True
        if not any(mark in item for mark in ",;:·()") and self.glued_titles(item):
            return False  # two titles glued on a strip: which words are whose is unsure
        item = _uncoded_titles(item) if item[:1].isdigit() else item
        item = _CODE_AFTER.sub("", item) if ")" in item else item
        # ("Head baker - chef de fournil" on a translated sheet: "Head Baker", never "Head")
        sentence = sentence_case_title(item, self.vocab) if item[:1].isupper() else None
        titles = [sentence] if sentence else move_titles(item, self.vocab)
        listed = listed_role(item, self.vocab) if not titles else None
        titles = [listed] if listed else titles  # "19-2042.00  Geoscientists  Bright Outlook"
        titles = titles or plain_titles(item, self.vocab)  # "Kitchen hand"
        if not titles and (self.deck or self.speech):  # "Broadcast Meteorologist – on TV"
            lead = re.split(r"\s+[–—-]\s+|:\s", item, maxsplit=1)[0].strip(" .")
            titles = [t] if (t := trade_title(lead, self.role)) and " " in t else []
        if not titles or (item[:1].islower()
                          and len(titles_in(item, self.vocab)) > len(titles)):
            # A sentence, not a list item: "with experience they move on to A, B or C".
            return self.prose_moves(kind, item, line)
        for title in titles:
            if fact_key(title) != fact_key(self.role):
                self.out.add(_MOVE_BUCKETS[kind], title, line)
            else:
                self.out.use(line)
        return bool(titles)

    def table_cell(self, row: _Row, item: str) -> bool:
        """A cell of a table flattened one cell a line: a score or code ("72"), or the
        header glued together ("ImportanceSkill"); neither names anything."""
        if number_cell(item):
            return True
        cells = header_cells(item, self.vocab.headings.columns) if not row.bullet else None
        if cells is None:
            return False
        self.table_header = cells
        return True

    def dash_skills(self, kind: Kind, label: str, rest: str, line: int) -> None:
        """"Label — rest" in a skills section: "Spreadsheet software — Microsoft Excel;
        Sheets" names tools under a category (the category is no skill, unless it is a
        name itself); "Physics — how fluids move" describes the skill its label names."""
        if _NUMBERED_TERM.fullmatch(label.strip()) and _FIGURE_START.match(rest):
            return  # "Period 1 – 50% · Period 2 – 60%": a wage schedule's terms, no skills
        skill_kind = _SKILL_KINDS.get(kind, SkillKind.TECHNICAL)
        label, aside = label_aside(label)  # "Habitat survey (now usually UKHab)"
        for name in aside:
            self.out.skill(name, SkillKind.TOOL, line)
        # ("Report writing – Preliminary Appraisals (PEAs) and Impact Assessments": names)
        items = split_items(rest.rstrip(".")) if (";" in rest or "," in rest or (
            len(rest.split()) <= 4) or is_title_case(rest)) else []
        # (capitalised prose is no name: "Stihl is standard in smaller firms")
        if items and all((i[:1].isupper() and (len(i.split()) <= 4 or is_title_case(i)))
                         or i[:1].isdigit() or self.vocab.lexicon_tools(i)
                         for i in items):
            for name in items:
                self.out.skill(strip_acronym(name), SkillKind.TOOL, line)
            # ("Report writing – A and B": an activity over what it makes is a skill too)
            if not _category_label(label) or activity(label):
                self.out.skill(label, skill_kind, line)
            return
        if len(label.split()) <= 4 and not credential_end(label) and not stated_requirement(
                label):  # ("A full driving licence", "No experience is needed")
            for name in paired_skills(label):  # ("Pricing & buying — …": two skills)
                self.out.skill(name, skill_kind, line)
            # "GIS – QGIS is standard in smaller firms, ArcGIS Pro in the larger ones"
            for name in described_tools(rest):
                self.out.skill(name, SkillKind.TOOL, line)
            techniques = [item.strip("*_ ") for item in items]  # (bold marks aside)
            if kind is Kind.SKILLS and _technique_list(techniques):
                for name in techniques:  # "Glass work — annealing, cane pulling": its parts
                    self.out.skill(name, skill_kind, line)

    def skill_list(self, kind: Kind, item: str, line: int) -> None:
        if _DATED.search(item):
            return  # "Apprenticeships | Feb 2, 2024": a post's date line, no skills
        skill_kind = _SKILL_KINDS.get(kind, SkillKind.TECHNICAL)
        dashed = dash_label(item) if ":" not in item[:60] else None
        if dashed is not None:
            self.dash_skills(kind, *dashed, line)
            return
        label, description = split_label(item)
        if label and "," in description and _category_label(label):
            item = description  # "Measuring tools: diameter tape, Biltmore stick, …": the tools
        elif label and description and kind in (Kind.SKILLS, Kind.SOFT_SKILLS):
            self.out.skill(label, skill_kind, line)
            return
        item = without_cut_off(item)  # "…, chainsaws and ...": a snippet's cut
        sentences = split_sentences(item) if ". " in item else [item]
        if len(sentences) > 1 and "," in sentences[0]:
            # "Skills: A, B and C. Rangers use D and E": the list, then a sentence naming more
            item = sentences[0]
            for name in sentence_skills(" ".join(sentences[1:]), self.vocab):
                self.out.skill(name, skill_kind, line)
        for name in skill_names(item, self.vocab):
            self.out.skill(name, skill_kind, line)
        if "(" in item and len(_GLUED_ITEMS.findall(item)) >= _STRIP_ITEMS:
            for inner in _TAG_ASIDE.findall(item):  # a glued tag's tools: "Excel (pivot
                parts = split_items(inner)  # tables, XLOOKUP)Incoterms"
                if all(0 < len(p.split()) <= _STRIP_WORDS - 2 and not _DIGIT.search(p)
                       for p in parts):
                    for name in parts:
                        self.out.skill(name, skill_kind, line)

    def cued(self, text: str, line: int) -> None:
        """Skills running text lists after a cue phrase, in any section ("Employers look for
        A, B and C", a bullet "good at A"): :mod:`careergraph.guides.skill_cues`."""
        # (the bundled lexicon's soft skills do not count as known here: "Patience and good
        # shoes matter as much as the recipes" would make a skill of the shoes)
        names = cued_skills(text, self.vocab.headings.skill_cues, self.people,
                            _table_skill(self.vocab))
        names += [n for n in verb_list_skills(text) if n not in names]  # "learn to A, B"
        if ": " in text and (". " in text or text.count(": ") > 1) and " | " not in text:
            # "… $15/h. Useful: A, B and C.", "Notes: skills that pay: A, B": a run-in label
            # (a piped line's lists the prose reader below takes in)
            names += [n for n in labelled_skills(text, self.skills_label) if n not in names]
        for name in names:
            self.out.skill(name, SkillKind.TECHNICAL, line)
        if names:
            self.cued_lines.add(line)  # one cued list: the gazetteer still reads the rest
        self.languages(text, line)

    def skills_label(self, label: str) -> bool:
        """``label`` heads skills in the vocabulary ("Skills that got me hired", "Useful")."""
        headings = self.vocab.headings
        return (classify_heading(label, headings) in _SKILL_KINDS
                or headings.exact(label) in ("skills", "tools", "soft_skills"))

    def languages(self, text: str, line: int, *, last: bool = False) -> None:
        """Languages a line asks for ("Arabic, Mandarin or Hindi a plus"): :mod:`.languages`.
        A line that had no skill before stays open to the gazetteer ("fluent English"); a
        language another reader kept in a name of this line ("English language") is no
        second skill.  ``last``: every other reader of the line has run, so a qualified
        first language no reader kept is read too ("Spoken English and Hindi")."""
        names = language_skills(text, qualified_first=last)
        if not names:
            return
        kept = {word for skill in self.out.skills if skill.source.line == line
                for word in skill.text.split()}
        if not kept:
            self.cued_lines.add(line)
        names = [name for name in names if not set(name.split()) & kept]
        for name in names:
            self.out.skill(name, SkillKind.TECHNICAL, line)

    def people(self, name: str) -> bool:
        """``name`` names people: its last word is a plural of a role title ("fitters")."""
        last = name.rsplit(" ", 1)[-1]
        return last.lower().endswith("s") and self.vocab.is_role_title(
            title_case(singular_title(last)))

    def said_title(self, phrase: str) -> str | None:
        """The role a phrase of speech names: a title in prose, or one word naming a person
        ("affineur"); a presenter's "Senior Forester" holds the role at a level."""
        phrase = _SENIORITY.sub("", phrase) if self.deck is not None else phrase
        return prose_title(phrase, self.vocab) or (
            title_case(singular_title(phrase)) if " " not in phrase and practitioner_noun(
                phrase) else None)

    def said_skills(self, row: _Row) -> bool:
        """A transcript's speech about skills, tools or the day's work, read by its fragments
        and cue phrases (:func:`careergraph.guides.talk.said_skills`) and by nothing else."""
        if self.speech is None or row.no not in self.speech.spoken or (
                self.kind not in _SPOKEN_SKILLS):
            return False
        kind = _SKILL_KINDS.get(self.kind, SkillKind.TECHNICAL)
        text = row.text
        said = split_sentences(text)
        if said and len(said[0].split()) <= _SAID_TITLE_WORDS and classify_heading(
                said[0].rstrip(" ."), self.vocab.headings) is not Kind.OTHER:
            text = text[len(said[0]):]  # "Tools and skills. You need …": the chapter, said
        for name in said_skills(text, duties=self.kind is Kind.RESPONSIBILITIES):
            people = singular_title(name)  # "Data Engineers" in a list of names: no skill
            if self.vocab.headings.exact(name) is None and not (
                    people != name and self.vocab.is_role_title(people)):
                self.out.skill(name, kind, row.no)
        return True

    def prose(self, row: _Row) -> None:
        self.section_prose += 1
        if row.text.endswith(":") and criteria_section(row.text):
            # "You will be assessed against these selection criteria:": criteria follow
            self.criteria = True
            self.kind = self.kind if self.kind in _SKILL_KINDS else Kind.SKILLS
            return
        if "xperience" in row.text:  # "Specialized experience … includes: 1) A; AND 2) B"
            for name in specialised_experience(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        self.cued(row.text, row.no)
        if self.family is not None and self.family.family in ("serviceletter", "obituary"):
            # a reference letter's praise: "She scrubs A, B and C", "he handles D (E)"; a
            # life story's kit and crafts: "with a height gauge", "taught jig grinding"
            read = praised_skills if self.family.family == "serviceletter" else story_skills
            work = _role_work(self.role)
            for sentence in split_sentences(row.text):
                for post in later_posts(sentence) if self.family.family == "obituary" else ():
                    title = prose_title(post, self.vocab)  # "worked as a consultant after …"
                    if title and fact_key(title) != fact_key(self.role):
                        self.out.add("transitions_to", title, row.no)
                for name in read(sentence) if not work or work not in sentence.lower() else [
                        n for n in read(sentence) if n.lower() != work]:
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if self.kind is Kind.RESPONSIBILITIES and (numbered := _NUMBERED_DUTY.match(row.text)):
            # "3. Execution of stability studies as per ICH guidelines": a numbered duty
            # written as nouns
            for name in nominal_duty_skills(row.text[numbered.end():]):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.no in self.continuation_lines:
            pass  # (read with its bullet: see duty_continued)
        elif self.kind is Kind.RESPONSIBILITIES and row.text.count("; ") >= _DUTY_PARTS:
            # "Planning audits …; vouching and verification; bank reconciliations; documenting
            # work in CaseWare": duties run on by semicolons, each read on its own; a short
            # one in lower case names a technique, and so does a short name in Title Case
            # ("Claims Analytics; Funnel Analysis; SQL")
            for part in row.text.rstrip(".").split("; "):
                self.duty_tools(part, row.no)
                bare = _BRACKETED.sub("", part).strip()
                if (bare[:1].islower() or is_title_case(bare)) and len(
                        bare.split()) <= _TECHNIQUE_WORDS and not _DUTY_VERB.match(bare):
                    self.out.skill(bare, SkillKind.TECHNICAL, row.no)
        elif self.kind is Kind.RESPONSIBILITIES and len(row.text.split()) <= _DUTY_LINE:
            self.duty_tools(row.text, row.no)  # a duty per line, with no bullet
        elif self.kind is Kind.RESPONSIBILITIES:  # a paragraph of duties: each sentence's
            for sentence in split_sentences(row.text):  # tools ("… in Wwise, with Blueprints")
                self.duty_tools(sentence, row.no, prose=True)
            duties = [sentence for sentence in split_sentences(row.text)
                      if third_person_duty(sentence)] if third_person_duty(row.text) else []
            for sentence in duties if len(duties) >= _MIN_DUTIES else ():
                # "Performs A, B and C on …. Documents D in E.": a position summary's
                # duties, one a sentence (one such sentence opens a definition instead)
                for name in duty_objects(sentence):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, row.no)
        text = self.stated_ladder(row.text, row.no)
        moving = self.moves_text(text) if self.kind in _PROSE_MOVE_KINDS else ""
        if self.kind in _MOVE_BUCKETS:
            if moving and (self.kind is not Kind.MOVES_UP or arrow_chain(moving) is None):
                self.prose_moves(self.kind, moving, row.no)  # (an arrow chain: a ladder)
        elif self.kind in (Kind.LADDER, Kind.PROGRESSION):
            if moving and "→" not in moving and arrow_chain(moving) is None:
                step = ladder_step(moving, self.vocab, self.role)
                if (step is not None and moving.startswith(step) and len(moving.split()) <= 12
                        and not step.startswith(("A ", "An ", "The "))):
                    self.progression_item(row, None, moving)  # "X · typically 0–2 years"
                else:
                    self.prose_moves(Kind.MOVES_UP, moving, row.no)
        elif self.kind in (Kind.EMPLOYERS, Kind.SECTORS):
            self.section_names(text, row.no)
        if self.kind is Kind.REQUIREMENTS and " cover" in text and "train" in (
                self.sub_text or self.top_text).lower():
            for name in covered_skills(text):  # "Training" / "AIT covers A, B and C"
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        for name in clause_skills(text) if "shall " in text or "Employer's" in text else ():
            self.out.skill(name, SkillKind.TECHNICAL, row.no)  # an agreement's clause
        if self.kind not in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS):
            named = prose_skills(text, anywhere=True)
            if 2 * sum(1 for name in named if self.people(name)) >= len(named) > 1:
                named = []  # "the knowledge of veteran lineworkers, pump mechanics …": people
            for name in named:
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
                self.cued_lines.add(row.no)  # one cued list: the gazetteer still reads the rest
        if self.kind is Kind.OVERVIEW and self.out.summary is None:
            self.out.set_summary(text, row.no)
        elif text.endswith(":"):
            if self.kind not in _SKILL_KINDS and (_SKILL_INTRO.search(
                    text.rpartition(". ")[0] or text) or _WANTED.search(text)):
                # "X brings a mix of personal strengths … These include:", "During the
                # apprenticeship you will learn:": the list below names skills
                self.kind = Kind.SKILLS
                # "Course content typically includes:": the items are a course's topics
                self.topics = _TOPIC_INTRO.search(text) is not None
            return  # "Here's a comprehensive overview…:" introduces a list; it states nothing
        elif (self.kind not in (Kind.REQUIREMENTS, Kind.RESPONSIBILITIES)
              and _QUALIFIED_LINE.match(text) and len(text.split()) <= _LONG_SENTENCE):
            for name in qualified_skills(text) or ():  # "Knowledge of A and B" on its own line
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        elif self.kind is Kind.DEVELOPMENT:
            self.out.add("development_suggestions", split_sentences(text)[0], row.no)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and (
                ksa := ksa_row(text) if text[:1] in "KSAksa" and ":" in text[:20] else None
        ) is not None:
            for name in ksa:  # "Knowledge of: A; B", "Skill in: C (Tool)"; "Ability to: …"
                self.out.skill(name, _SKILL_KINDS[self.kind], row.no)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS):
            kind = _SKILL_KINDS[self.kind]
            text = without_verb_lists(text)  # (a verb-phrase list is read by `cued`)
            text = without_cut_off(text)  # "…, chainsaws and ...": a snippet's cut
            for name in [*prose_skills(text), *sentence_skills(text, self.vocab)]:
                self.out.skill(name, kind, row.no)
            self.tools(text, row.no, enumerations=True)
            for name in [*done_in_tools(text), *with_tools(text)] if (
                    " in " in text or " with " in text) else ():
                self.out.skill(name, SkillKind.TOOL, row.no)  # "mapping in QGIS"
        elif self.kind in (Kind.LADDER, Kind.PROGRESSION):
            for name in sentence_skills(text, self.vocab, cued=True):  # what a rung expects
                self.out.skill(name, SkillKind.TECHNICAL, row.no)

    def skill_item(self, row: _Row, label: str | None, description: str, item: str) -> None:
        self.item_skills(row, label, description, item)
        self.languages(item, row.no, last=True)  # "Spoken English and Hindi/Urdu for …"
        if " in " in item or " with " in item or " using " in item:
            # "signalling CAD in MicroStation and AutoCAD", "… with a track circuit tester":
            # the tools after the item's own skills, so a label keeps its place first
            for name in [*done_in_tools(item), *with_tools(item)]:
                self.out.skill(name, SkillKind.TOOL, row.no)

    def item_skills(self, row: _Row, label: str | None, description: str, item: str) -> None:
        if self.topics and label is None and row.bullet:  # "- Forklift and crane operation"
            for name in topic_skills(clean(item.strip(" ."))):
                self.out.skill(name, _SKILL_KINDS[self.kind], row.no)
            return
        # (a classification's skills lists: every item a skill as printed, verb phrases too)
        phrases = self.family is not None and self.family.phrase_skills
        if (self.imperative or phrases) and label is None:  # "- Have a head for heights."
            # ("Survey DesignThreat Modeling": capitalised items glued, cut by case first)
            pieces = skill_names(item, self.vocab) if phrases and glued_by_case(item) else [item]
            for piece in pieces:
                names, tools = imperative_skills(
                    piece, _PHRASE_SKILL_WORDS if phrases else _IMPERATIVE_WORDS)
                for name in names:
                    self.out.skill(name, _SKILL_KINDS[self.kind], row.no)
                for name in tools:
                    self.out.skill(name, SkillKind.TOOL, row.no)
            return
        dashed = dash_label(item) if label is None and ":" not in item[:60] else None
        if dashed is not None:
            self.dash_skills(self.kind, *dashed, row.no)
            return
        soft = self.kind is Kind.SOFT_SKILLS
        kind = SkillKind.SOFT if soft else SkillKind.TECHNICAL
        modal = modal_skills(item) if label is None else None
        if modal is not None:  # "He should have keen eyesight and a steady hand so that …"
            for name in modal:
                self.out.skill(name, kind, row.no)
            return
        if label and description and framework_label(label):
            for name in criterion_skills(item):  # "Policy Standards: evidence and analysis"
                self.out.skill(name, kind, row.no)
            return
        exact = self.vocab.headings.exact(label) if label else None
        named = Kind(exact) if exact is not None else Kind.OTHER
        listed = (skill_names(description, self.vocab)
                  if label and (_short_list(description) or exact) else [])
        if label and listed:
            # "Tools: pandas, scikit-learn and dbt": a heading word labels its items;
            # "Statistics: hypothesis testing, regression": the label is a skill too.
            if named is Kind.OTHER and _skill_label(label):
                self.out.skill(label, kind, row.no)
            item_kind = _SKILL_KINDS.get(named, kind)
            for name in listed:
                self.out.skill(name, item_kind, row.no)
            if not soft:
                self.tools(description, row.no, enumerations=True)
            return
        examples = category_examples(label, description) if label and description else []
        if examples:  # "Software: pharmacy systems such as PioneerRx or Epic Willow"
            for name in examples:
                self.out.skill(name, SkillKind.TOOL, row.no)
            return
        if label and len(label.split()) <= 6 and not label.lower().startswith(_REQUIREMENT_LABELS):
            self.out.skill(label, kind, row.no)
            if not soft:
                self.tools(description, row.no, enumerations=True)
            return
        short = len(item.split()) <= 5 and not any(char.isdigit() for char in item)
        head, colon, rest = item.partition(": ")
        if not label and colon and len(head.split()) <= 3 and ("|" in rest or _short_list(rest)):
            # "a warehouse: Snowflake | BigQuery", "protocols: I2C, SPI, UART": its items.
            for name in skill_names(rest, self.vocab):
                self.out.skill(name, kind, row.no)
            return
        if not label and ("," in item or ";" in item) and _short_list(
                item.replace(";", ",")) and not _FUNCTION_WORDS.search(item):
            for name in skill_names(item, self.vocab):  # "dbt, Git, CI for data"; "A; B; C"
                self.out.skill(name, kind, row.no)
            return
        used = task_using(item) if not label and " using " in item else None
        if used is not None:  # "cable pulling using Fluke": the task and its tool
            for name in used:
                self.out.skill(name, kind, row.no)
            return
        chips = self.glued_chips(item) if _GLUED_TITLE.search(item) else None
        if chips is not None:  # "KubeflowBilling Systems": two items run together
            for name in chips:
                self.out.skill(name, kind, row.no)

        elif (soft and short) or (not soft and _short_title(item, self.vocab)):
            # ("Westlaw or Lexis": two; a soft skill's pair is one trait: "Problem-solving
            # and critical thinking")
            for name in [item.rstrip(".")] if soft else paired_skills(item.rstrip(".")):
                self.out.skill(name, kind, row.no)
        elif not soft and _short_skill(item):
            # "Log analysis", "Networking fundamentals (TCP/IP, DNS)": a short noun phrase.
            head, _, inner = item.rstrip(".").partition(" (")
            cut = head.lower().rfind(" with ")
            if cut > 0 and with_tools(head[cut:]):
                head = head[:cut]  # "fault-finding with a multimeter": the tool is its own
            asked = credential_end(_BRACKETED.sub("", item.rstrip(".")))
            for name in [] if asked else paired_skills(head):
                # ("Current driver licence (or …)": a licence is asked for, no skill, but
                # "Uniform (Idox) planning system" is a system; "Navigation and chart
                # work": two skills)
                if not clause_item(name):  # ("a DAW you love (…)": a clause)
                    self.out.skill(name, kind, row.no)
            inner = _EXAMPLE_OPENER.sub("", inner)  # "(e.g. Dampsoft, …)": the names after it
            inner, _, tail = inner.partition(")")
            # "Remote interpreting (RSI) on Interprefy and KUDO": the platforms after it
            platforms = _PLATFORM_TAIL.match(tail)
            for name in _AND_SPLIT.split(platforms.group(1)) if platforms else ():
                if name[:1].isupper():
                    self.out.skill(name, SkillKind.TOOL, row.no)
            if inner.split(" ", 1)[0].lower() in _MANNER_OPENERS:
                inner = ""  # "(by ear, not only with the sync button)": how, not what
            if tail.strip() and (platforms is None or is_acronym_of(inner, head.split())):
                inner = ""  # ("(RSI)": the head's own short name; "Uniform (Idox) planning
                # system": a bracket inside the name, no item of its own)
            for name in bracket_examples(inner) or (
                    skill_names(inner, self.vocab) if inner else []):
                if clause_item(name) or _ASIDE_CLAUSE.search(name):
                    continue  # ("(Instagram is the shop window)": a remark, no tool)
                if _LICENCE_HEAD.search(head):
                    break  # "IRSE licences (Designer, Tester)": the licence's grades
                if name[:1].isupper():
                    self.out.skill(name, SkillKind.TOOL, row.no)
                elif "," in inner and name.split()[0].lower() not in _QUALIFYING | VERBS:
                    self.out.skill(name, kind, row.no)  # "(JTAG, oscilloscope, logic analyser)"
        elif "," in item and item.split()[0].lower().strip(":,") not in (
                _QUALIFYING | _REQUIREMENT_OPENERS) and len(
                named_in := sentence_skills(item, self.vocab)) >= 2:
            for name in named_in:  # "C and some C++, Rust is creeping in"
                self.out.skill(name, kind, row.no)
        elif (qualified := qualified_skills(item)) is not None:
            for name in qualified:  # "knowledge of A and B", "Ability to work at heights"
                self.out.skill(name, kind, row.no)
        elif not soft and len(pair := paired_skills(item.rstrip("."))) == 2 and all(
                _short_skill(name) for name in pair) and not _FUNCTION_WORD.search(item) and (
                not _GENERIC_END.search(item)):
            for name in pair:  # "Menu planning and food service management": two skills
                self.out.skill(name, kind, row.no)
        else:
            self.out.add("requirements", item, row.no)
            self.experience_tools(item, row.no)
        if not soft:
            self.tools(item, row.no, enumerations=True)

    def experience_tools(self, item: str, line: int) -> None:
        """The names a requirement item asks experience with, as tools ("Experience with an
        LMS such as A, B or C")."""
        for name in experience_names(item):
            self.out.skill(name, SkillKind.TOOL, line)

    def sub_label(self, row: _Row) -> bool:
        """A short plain line between bullets of a skills list that labels the bullets
        below it ("Word processing software" / "- Microsoft Word"): the list goes on."""
        after = self.next_row
        if (after is not None and after.bullet and row.text.endswith(":") and self.role
                and opened_by(row.text, self.role)):
            return True  # "Plasterer only:" / "- Skimming": the role's own group of the list
        return (after is not None and (after.bullet or after.heading[:1].isupper())
                and after.no == row.no + 1 and row.text[-1:] not in ".:!?"
                and ": " not in row.text  # ("Tools you'll use: SQL" lists its own names)
                and len(row.text.split()) <= _SHORT_WORDS and bool(after.text)
                and after.text[:1] not in "0123456789"
                and _NOT_LABEL.isdisjoint(row.text.lower().split()))  # ("You may need")

    def glued_chips(self, item: str) -> list[str] | None:
        """Skill names run together in one item ("KubeflowBilling Systems"), or None when a
        cut would break a name ("JavaScript", "QuickBooks Online"): every piece must be a
        phrase of two words or more or a name the lexicon knows."""
        if any(len(left) < _GLUE_SIDE or len(right) < _GLUE_SIDE - 1
               for left, right in _GLUE_SIDES.findall(item)):
            return None  # ("FinOps", "GitHub", "ServiceNow": one brand's parts)
        pieces = skill_names(item, self.vocab)
        if len(pieces) < 2 or not all(
                len(piece.split()) >= 2 or piece in self.vocab.lexicon_tools(piece)
                for piece in pieces):
            return None
        return pieces

    def progression_item(self, row: _Row, label: str | None, item: str) -> bool:
        title = label if label and self.vocab.is_role_title(label) else None
        # ("Career path: A → B → C": a labelled arrow line too; an unlabelled one is read
        # as an arrow chain by the mentions)
        labelled = bool(label) or row.kind is not None  # ("Career path:" gave the row its kind)
        steps = [s for s in re.split(
            r"\s+/\s+|\s*(?:->|→|>)\s*" if labelled else r"\s+/\s+|\s*>\s*", item) if s.strip()]
        if title is None and len(steps) > 2:  # "Junior X / X / Senior X / Lead X" on one line
            chain = [ladder_step(step, self.vocab, self.role) or (
                clean(step.strip(" .;")) if self.own_card(clean(step.strip(" .;"))) else None)
                for step in steps]  # (the role itself, at a level too: "Firefighter → …")
            titles = [(t, row.no) for t in chain if t]
            if len(titles) > 2:
                self.flush_chain()
                self.out.progression(titles)
                return True
        if title is None:
            title = ladder_step(item, self.vocab, self.role)
        if title is None:
            return False
        # A labelled, numbered or "Level N" step is a ladder rung; a bare title may be
        # just a place the role leads (decided when the list ends).
        explicit = label is not None or title != clean(item.strip(" .;"))
        self.chain.append((title, row.no, explicit))
        return True

    def rung(self, row: _Row, item: str) -> bool:
        """A numbered ladder step on its own line ("Step 2 — Backend Developer (2–5 years)",
        "Level 4: Lead X / Principal X"), wherever it stands; rungs form one ladder."""
        number = step_number(item)
        if number is None or len(item) > 120:
            return False
        titles = [t for t in (ladder_step(part, self.vocab, self.role)
                              for part in re.split(r"\s+/\s+|\s+or\s+", item)) if t]
        if not titles:
            return False
        if self.rungs and number <= self.rungs[-1][0]:
            self.flush_rungs()
        self.rungs.append((number, titles, row.no))
        self.out.use(row.no)
        self.sub_text = titles[0]  # the pay and skills below belong to this rung
        if self.kind not in (Kind.LADDER, Kind.PROGRESSION, Kind.SALARY):
            self.kind = Kind.LADDER
        return True

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

    def table_row(self, row: _Row, item: str) -> bool:
        """A flattened table row ("L4 | Technical Writer | $82,000 - $108,000 | …"): its
        role (a ladder rung in a ladder section) and the salaries in its cells."""
        cells = [c.strip() for c in item.split("|")]
        if self.table_rung(row, cells):
            return True
        found = [t for t in (ladder_step(c, self.vocab, self.role) for c in cells
                             if c and "$" not in c and not c[0].isdigit()) if t]
        # "2 | Junior | Junior Data Analyst II": the fullest title, not the level word's.
        title = max(found, key=lambda t: len(t.split()), default=None)
        priced = [c for c in cells if find_money(c) is not None]
        if priced and (occupation := _occupation_cell(cells[0])) is not None:
            title = occupation  # "Couriers and Messengers | … | $38,540": the whole cell
        if title is None:
            if not priced:
                self.table_header = cells
            return False
        number = int(cells[0]) if cells[0].isdigit() and len(cells[0]) <= 2 else None
        if self.kind in (Kind.PROGRESSION, Kind.LADDER):
            self.chain.append((title, row.no, True))
        elif number is not None and not priced:
            self.level_rung(number, title, row.no)
        own = _pay_key(title) == _base_key(self.role) or title.lower() in self.ranks
        for index, cell in enumerate(cells):
            if find_money(cell) is None:
                continue
            header = self.table_header[index] if index < len(self.table_header) else ""
            for salary in read_salaries(
                    cell, label=" / ".join(p for p in (header, title) if p),
                    level=salary_level(title) if own else None,
                    source=self.out.source(row.no), bare=False,
                    role=None if own else title, dollar=self.dollar, home=self.home,
                    period=label_period(header) or self.period):  # "Monthly basic pay"
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def pay_table(self, row: _Row, item: str) -> bool:
        """A pay table's header whose columns state a currency ("Region | Annual Salary
        Range (AUD)"), or one of its rows (:meth:`pay_cells`)."""
        cells = [c.strip() for c in item.strip().strip("|").split("|")]
        if not any(c[:1].isdigit() for c in cells):
            terms = [column_terms(c) for c in cells]
            if not any(t is not None and t[0] for t in terms):
                return False
            self.table_header = cells
            self.out.use(row.no)
            return True
        return self.pay_cells(row, cells)

    def pay_cells(self, row: _Row, cells: Sequence[str]) -> bool:
        """A row of bare figures under pay columns whose header states the currency or the
        period ("Level | Annual Salary (AUD) | Hourly Wage (AUD)"): each pay cell is the
        role's pay at the row's level (or in the row's region).  False when the row is no
        such row (it may be a header)."""
        if len(cells) != len(self.table_header) or not any(c[:1].isdigit() for c in cells):
            return False
        terms = {index: found for index, head in enumerate(self.table_header)
                 if (found := column_terms(head)) is not None}
        if not terms or not any(currency for currency, _ in terms.values()):
            return False
        # The row's title ("2 | Data Analyst | 63,000 – 78,000") names whose pay it is and
        # makes the row a rung of a numbered level table; else its first label cell
        # ("Entry level") says the level.
        labels = [c for i, c in enumerate(cells) if c and i not in terms]
        title = max((t for t in (ladder_step(c, self.vocab, self.role) for c in labels
                                 if not c[0].isdigit()) if t),
                    key=lambda t: len(t.split()), default=None)
        lead = title or next((c for c in labels if not c.isdigit()), "")
        full = next((c for c in labels if title and _TITLE_COMMA.fullmatch(c[len(title):])
                     and c.startswith(title)), None)
        lead = full or lead  # "Deputy Director, Rehabilitative Services": one title
        # "Chief Physiotherapist" on the physiotherapist's table: the role under another rank.
        ranked = fact_key(lead).endswith(fact_key(self.role)) or full is not None
        other = lead if ((self.vocab.is_role_title(lead) or ranked)
                         and _pay_key(lead) != _base_key(self.role)) else None
        if title is not None and cells[0].isdigit() and len(cells[0]) <= 2:
            self.level_rung(int(cells[0]), title, row.no)
        for index, (currency, period) in terms.items():
            for salary in read_salaries(
                    cells[index], label=" / ".join(p for p in (self.table_header[index], lead)
                                                   if p),
                    level=salary_level(lead), source=self.out.source(row.no), bare=True,
                    currency=currency, period=period, dollar=self.dollar, home=self.home,
                    role=other):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def column_cells(self, item: str, line: int) -> bool:
        """Tables whose header names what a column holds ("Industry | Median Wage",
        "Employer | Location"): each row's cell in that column is a sector, employer or
        skill, and a pay column's cell that name's pay.  True for the header row itself (it
        states nothing)."""
        cells = [c.strip() for c in item.split("|")]
        kinds = {index: kind for index, cell in enumerate(cells)
                 if len(cell.split()) <= 3 and (kind := _panel_kind(cell, self.vocab))
                 in _COLUMN_KINDS}
        if any(k is not Kind.SALARY for k in kinds.values()) and not any(
                find_money(c) for c in cells) and not any(
                self.vocab.is_role_title(c) for c in cells):
            self.columns = (len(cells), kinds)
            self.column_periods = {i: label_period(cells[i]) for i in kinds}
            return True
        width, named = self.columns
        if width != len(cells):
            self.columns = (0, {})
            return False
        names = [cells[i] for i, kind in named.items() if kind is not Kind.SALARY]
        for index, kind in named.items():
            cell = cells[index]
            if kind is Kind.SALARY and cell:  # "Hospitals | 78,000": pay in that industry
                for salary in read_salaries(cell, label=" / ".join(names), level=None,
                                            source=self.out.source(line), bare=True,
                                            dollar=self.dollar, home=self.home,
                                            period=self.column_periods.get(
                                                index) or self.period):
                    self.out.salary(salary)
            elif kind in _SKILL_KINDS and cell:
                self.out.skill(cell, _SKILL_KINDS[kind], line)
            elif kind in _NAME_BUCKETS and cell and len(cell.split()) <= 6 and not find_money(
                    cell):
                self.out.add(_NAME_BUCKETS[kind], cell, line)
        # The row is read; its other cells (a location, a rating) name nothing, unless they
        # hold pay that no column named: that is read as any line's pay.
        priced = Kind.SALARY not in named.values() and any(find_money(c) for c in cells)
        if not priced:
            self.out.use(line)
        return not priced

    def table_rung(self, row: _Row, cells: Sequence[str]) -> bool:
        """A row of a level table ("3 | Medior | Medior Data Analyst", "1 | No | QE1 -
        Quality Engineer 1"): a level number first, a role title under a title column (or
        the last title of the row), no pay.  The rows make a ladder when the table ends."""
        if not cells or not cells[0].isdigit() or any(find_money(c) for c in cells):
            return False
        named = [index for index, head in enumerate(self.table_header)
                 if head.lower() in _TITLE_COLUMNS]
        order = named or list(range(len(cells) - 1, 0, -1))
        title = next((t for t in (_graded_title(cells[i], self.vocab) for i in order
                                  if 0 < i < len(cells)) if t), None)
        if title is None:
            return False
        number = int(cells[0])
        if self.table_rungs and number != self.table_rungs[-1][0] + 1:
            self.flush_table()
        self.table_rungs.append((number, title, row.no))
        self.out.use(row.no)
        return True

    def flush_table(self) -> None:
        rungs, self.table_rungs = self.table_rungs, []
        if len(rungs) >= _MIN_TABLE_RUNGS:
            self.out.progression([(title, line) for _, title, line in rungs])

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
                _PAY_IN_TITLE.search(text)) or professional_body(text):
            # ("Director of X Salary Distribution": no title; "Institute of Applied
            # Practitioners" heads a survey: no rung)
            return None
        parts = text.split(" / ")
        known = self.box_title if self.deck is not None else self.vocab.is_role_title
        if all(known(part.split(" (")[0]) for part in parts):  # (a slide: "Graduate Forecaster")
            return parts[0]
        return None

    def names_role(self, text: str) -> bool:
        """``text`` names the page's role by its head word ("Top skills for Arborists")."""
        head = self.role.split()[-1] if self.role else ""
        return bool(head) and re.search(rf"\b{re.escape(head)}s?\b", text) is not None

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
                if printed_top_first([title for title, _ in steps]):
                    steps.reverse()  # a ladder box printed top rung first
                self.out.progression(self.class_series(steps))
            return
        for title, line, _ in chain:  # bare titles: where the role leads
            if fact_key(title) != own:
                self.out.add("leads_to", title, line)

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

    def duty_continued(self, row: _Row, item: str) -> str:
        """A duty bullet with its wrapped last part ("- Calibrate analysers in LabTrack (daily," /
        "  weekly and after repairs)"): the next line, no bullet, going on in lower case or
        with a bracket, ends the item; the continued line itself is not read as a duty."""
        after = self.next_row
        if (after is None or after.bullet or after.heading or after.kind is not None
                or after.no != row.no + 1 or after.text[:1] not in _CONTINUATION_OPENERS):
            return item
        self.continuation_lines.add(after.no)
        return f"{item.rstrip()} {after.text.strip()}"

    def duty_tools(self, text: str, line: int, *, prose: bool = False) -> None:
        """Tools a duty names ("Track signatures in DocuSign"): :mod:`.duty_tools`.  A rung
        title glued before the duty ("Senior X EngineerOwn Cohort Analysis") is cut off."""
        if _NOTE.match(text) or find_money(text, bare=False) is not None:
            return  # "Source: Office for National Statistics", a pay line: no duty
        for glue in _GLUED_TITLE.finditer(text):
            if self.vocab.is_role_title(text[:glue.start() + 1]):
                text = text[glue.start() + 1:]
                break
        for name in duty_tools(text, self.not_tool, prose=prose):
            self.out.skill(name, SkillKind.TOOL, line)
        for name in with_tools(text) if " with " in text or " using " in text else ():
            self.out.skill(name, SkillKind.TOOL, line)  # "… with power saws and routers"

    def not_tool(self, name: str) -> bool:
        """A capitalised name in a duty that is a role, a place, the page's own role or a
        word of its title."""
        head = self.role.lower().rpartition(" ")[2].strip("()")
        last = name.lower().rpartition(" ")[2]
        return (self.vocab.is_role_title(name) or name in self.vocab.headings.regions
                or fact_key(name) == fact_key(self.role)
                or (bool(head) and last in (head, f"{head}s"))  # ("Specialist Orthoptist")
                or name in self.role.split())  # ("for MLOps processes" on an MLOps page)

    def tools(self, text: str, line: int, *, enumerations: bool) -> None:
        for tool in self.vocab.find_tools(text, enumerations=enumerations):
            self.out.skill(tool, SkillKind.TOOL, line)

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
        ladder = stated_ladder(text, self.vocab, self.role if self.speech else "",
                               levels_of=self.role) if "then " in text or " to " in text else None
        if ladder is None:
            return text
        if line not in self.stated_lines:
            self.stated_lines.add(line)
            rungs = [self.role] if ladder.from_role else []
            for rung in ladder.rungs:  # "teller, senior teller, …" on the Bank Teller guide
                # (the role's head alone names the role, with a level word too; a ladder
                # that climbs from the role names its level words: "path to Senior X")
                plain = _SENIORITY.sub("", rung)
                own = f" {self.role.lower()}".endswith(f" {plain.lower()}") and not (
                    ladder.from_role and plain != rung)
                if ladder.levelled or self.role.split(" ", 1)[0].lower() in _LEVEL_WORDS:
                    own = fact_key(rung) == fact_key(self.role)  # (a levelled role's page:
                    # "junior X, X, senior X, lead X, principal X" are its ladder's rungs)
                rung = self.role if own else rung
                if not rungs or fact_key(rungs[-1]) != fact_key(rung):
                    rungs.append(rung)
            self.out.progression([(rung, line) for rung in rungs])
        return f"{text[:ladder.start]} {text[ladder.end:]}".strip()

    def listed_workplaces(self, employers: list[str], kinds: list[str], line: int) -> None:
        """Employers and kinds of workplace a hiring line lists (``hiring_lines``); a
        one-word name opening an employer named already ("Crestmoor itself") is that one."""
        for name in employers:
            if industry_name(name, self.vocab):  # ("Mostly Hospitality and Mining.")
                kinds = [*kinds, name]
            elif not any(f.text.startswith(f"{name} ") for f in self.out.lists["employers"]):
                self.out.add("employers", name, line)
        for kind in kinds:
            self.out.add("sectors", kind, line)

    def told_career(self, text: str, line: int) -> str:
        """``text`` without one person's career it tells ("began his career as A … promoted
        to B in 2009 and C in 2013"), which becomes a ladder ending at the page's role: the
        appointee of a release, a guest of an episode (see
        :mod:`careergraph.guides.careers_told`)."""
        told = career_told(text, self.vocab, self.role) if (
            "began " in text or "started " in text or "went to " in text or "served " in text
            or "entered " in text or (" us " in text and (
                "joined us" in text or "came to us" in text))) and (
            self.role) else None
        if told is None or ("started " in text and story_ladder(text, self.vocab, self.spelled)):
            return text  # ("started as A, went to B, and became C": that reader's ladder)
        rungs = list(told.rungs)
        apprentice = fact_key(f"Apprentice {self.role}")
        if fact_key(self.role) not in {fact_key(rung) for rung in rungs}:
            # the post the person now holds or is appointed to; a trade's own rung after its
            # apprenticeship ("served his apprenticeship as a toolmaker, later foreman")
            at = next((i + 1 for i, rung in enumerate(rungs) if fact_key(rung) == apprentice),
                      len(rungs))
            rungs.insert(at, self.role)
        if line not in self.told_lines:  # (once: the line's text is read more than once)
            self.told_lines.add(line)
            self.told_rungs.update(rungs)
            self.out.progression([(rung, line) for rung in rungs])
            # "joined A Fire Rescue as a firefighter in 2003": where the career was told
            self.workplaces(text[told.start:told.end], line)
        return f"{text[:told.start]} {text[told.end:]}".strip()

    def spelled(self, short: str) -> str | None:
        """The title a short form stands for where the page defines it ("our able seaman
        (AB) ticket" -> "Able Seaman": its words, one a letter, or spelling it), or None."""
        for match in re.finditer(rf"((?:[A-Za-z][\w-]*\s+){{1,4}})\({re.escape(short)}\)",
                                 self.page):
            words = match.group(1).split()
            for size in range(len(short), 0, -1):
                if len(words) >= size and (is_acronym_of(short, words[-size:]) or (
                        size == len(short) and words[-size][:1].lower() == short[:1].lower())):
                    return prose_title(" ".join(words[-size:]), self.vocab)
        return None

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
            moves = prose_moves(match.group(0), self.vocab)
            targets = [t for direction in ("up", "lateral") for t in moves[direction]]
            if not targets:
                continue
            if line not in self.stated_lines:
                if fact_key(source) not in self.heading_rungs:  # (a rung of the page's ladder)
                    self.out.progression([(self.role, line), (source, line)])
                for target in targets:
                    self.out.progression([(source, line), (target, line)])
            kept = kept.replace(match.group(0), " ")
        if kept != text:
            self.stated_lines.add(line)
        return kept.strip()

    def moves_text(self, text: str) -> str:
        """The part of a paragraph that can state moves: none under a level heading of the
        page's own ladder ("Senior X Job Grade" / "The Senior X is a grade 7."), and no
        sentence saying whom a role reports to."""
        heading = self.sub_text or self.top_text
        if any(heading.startswith(title) for title in self.heading_rungs.values()):
            return ""
        related = _RELATED_RUN_IN.search(text) if "elated" in text else None
        if related is not None:  # "… supervision. Related trades: A (310T), B": no moves
            text = text[:related.start()]
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

    def known_title(self, title: str) -> bool:
        """``title`` is the role's or one the vocabulary knows."""
        return fact_key(title) == fact_key(self.role) or self.vocab.is_role_title(title)

    def opened_post(self, text: str, line: int) -> str:
        """``text`` without a sentence opening a post to holders of another ("Appointments
        to Senior Geologist are also open to staff in Field Geologist posts"): a move from
        the other post into it."""
        match = _opened_post().search(text)
        if match is None or not all(self.known_title(match.group(i)) for i in (1, 2)):
            return text
        self.step(match.group(2), match.group(1), line)
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

    def flush_cards(self) -> None:
        """Grade cards in rising order, each with its "Typical roles": the card naming the
        page's role is its grade; the roles of the cards below lead into it, those above
        are where it leads."""
        own = next((index for index, (titles, _) in enumerate(self.cards)
                    if any(_same_role(title, self.role) for title in titles)), -1)
        for index, (titles, line) in enumerate(self.cards if own >= 0 else ()):
            if index != own:
                for title in titles:
                    self.out.add("moves_in" if index < own else "leads_to", title, line)

    def subject_sentences(self, text: str, line: int) -> str:
        """``text`` without its sentences whose subject is another role ("Supervisors can go
        on to become A or B" on a technician's page): their moves start from that role."""
        kept = text
        found = [*(_SUBJECT_SENTENCE.finditer(text) if _ANY_MODAL.search(text) else ()),
                 *(_FROM_SENTENCE.finditer(text) if "From " in text else ())]
        for match in found:
            subject = prose_title(match.group(1), self.vocab)
            own = fact_key(self.role)
            if subject is None or own.endswith(fact_key(subject)):
                continue  # "Coaches often begin as …" on the Rowing Coach guide: the role
            moves = prose_moves(match.group(0), self.vocab)
            targets = [t for direction in ("up", "lateral") for t in moves[direction]]
            for target in targets if line not in self.subject_lines else ():
                self.out.progression([(subject, line), (target, line)])
            for before, after in prose_steps(match.group(0), self.vocab):
                self.step(before, after, line)  # "… move up to A and then B"
            if targets:
                kept = kept.replace(match.group(0), " ")
        if kept != text:
            self.subject_lines.add(line)
        return kept.strip()

    def unlabelled(self, step: str) -> str:
        """``step`` without a heading phrase printed before it with no colon ("Career Path
        Apprentice Marine Fitter" -> "Apprentice Marine Fitter")."""
        words = step.split()
        for size in (1, 2, 3):  # the shortest heading: "Career Path" before "… Apprentice"
            # (a heading of a path only: "Director of Knowledge" opens a title, no label)
            if len(words) > size + 1 and classify_heading(
                    " ".join(words[:size]), self.vocab.headings) in _PATH_LABELS:
                return " ".join(words[size:])
        return step

    def mentions(self, row: _Row, label: str | None, description: str) -> None:
        if row.text[:1] in "[~0123456789":  # a podcast's chapter line: the names it lists
            for name in chapter_skills(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.text[:1] in "MTWFSD":  # a placement's day ("MONDAY – Introduction to A")
            # or a programme's module ("Module 2Legal researchUse Westlaw and …")
            for name in day_plan_skills(row.text) or module_skills(row.text, duty_tools):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.text[:3] in ("Who", "Whe") and ":" in row.text:
            # "Who's hiring: kinds (A, B), C and the D." / "Where Xs work: A, the B, C."
            self.listed_workplaces(*run_in_workplaces(row.full or row.text), row.no)
        elif self.last_row is not None and self.last_row.text.endswith("?"):
            # "And who's hiring?" / "Consultancies like ours, the big miners, …": an answer
            self.listed_workplaces(*answered_workplaces(self.last_row.text, row.text), row.no)
        if self.last_row is not None and self.last_row.no != row.no and hiring_lead(
                self.last_row.text):
            self.strip_line = row.no  # "Companies hiring Xs this week" / "A · B · C"
        if row.no == self.strip_line and (cells := strip_names(row.full or row.text)):
            self.listed_workplaces(cells, [], row.no)
        if " in " in row.text or "led " in row.text or "wrote " in row.text:
            # "He is trained in A, B and C", "led the rollout of A": a profile's credits
            for name in credited_skills(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if row.text[:6] in ("Skill ", "Level "):
            self.level_post(row.text, row.no)
        if "started " in row.text and (rungs := story_ladder(row.text, self.vocab, self.spelled)):
            self.out.progression([(rung, row.no) for rung in rungs])  # "started as A, went to B"
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
        if self.kind is Kind.REQUIREMENTS and ("s as a" in text or "r as a" in text):
            # "two years as a food safety inspector" among the minimum qualifications
            text = _SERVED_AS.sub("experience as a", text)
        chain = arrow_chain(text)
        if chain and len(chain) > _MAX_LADDER:
            chain = None  # hundreds of arrows are not a career ladder
        printed: list[str] = []
        if chain:  # "Career Path Apprentice X > X > …": a label with no colon first
            chain = [self.unlabelled(chain[0]), *chain[1:]]
            if " is " in chain[0]:  # "the usual path is senior X → …": the path's first step
                chain[0] = chain[0].rsplit(" is ", 1)[-1]
            # "BMET I ($24.60 – $33.20/hr) → BMET II": a rung's pay aside is no part of it
            # (the printed steps keep it, for the rung's own figure below)
            printed = chain
            chain = [_PAY_ASIDE.sub("", step) if "(" in step else step for step in chain]
        schooled = next((index for index, raw in enumerate(chain or ()) if not study_step(
            raw) or ladder_step(raw, self.vocab, self.role, plain=True)), 0)
        if chain and 0 < schooled <= len(chain) - 2:
            # "Class 12 (PCM) ➜ B.Sc. ➜ Junior X ➜ X": schooling before the first rung
            chain, printed = chain[schooled:], printed[schooled:]
        top = _top_fork(chain, lambda part: ladder_step(part, self.vocab, self.role, plain=True))
        if top is not None and chain:  # "… → branch manager or network director": two tops
            chain = [*chain[:-1], top[0]]
        # (a step named by the role's alias, "Motorman → …" on the tram driver's page: the role)
        steps = [self.role if graded_own(step, self.role) or self.alias_step(step) else ladder_step(
            step, self.vocab, self.role, plain=True) for step in chain or ()]
        # ("Cabin Crew Grade II (Economy) → …": a chain from the role at a grade is its own)
        graded = bool(chain) and graded_own((chain or [""])[0], self.role)
        if graded and all(steps):  # (its grades are one rung: "… Grade II → … Grade I")
            kept = [not index or step != steps[index - 1] for index, step in enumerate(steps)]
            chain = [raw for raw, keep in zip(chain or (), kept, strict=True) if keep]
            printed = [raw for raw, keep in zip(printed, kept, strict=False) if keep]
            steps = [step for step, keep in zip(steps, kept, strict=True) if keep]
        if chain and not all(steps) and ((self.kind in (
                Kind.LADDER, Kind.PROGRESSION, Kind.MOVES_UP) and (
                self.kind is not Kind.MOVES_UP or _same_role(
                    singular_title(chain[0].strip()), self.role))) or (
                # "the station route: station staff → assistant stationmaster → …" in any
                # section: a chain from the role itself is its ladder
                len(chain) > 2 and (graded or self.own_card(chain[0].strip())
                                    or self.alias_step(chain[0]))) or (
                # "seasonal bee hand → beekeeper → lead beekeeper": a lower-case chain
                # through the role itself (its own title, not a level of it) is its ladder
                len(chain) > 2 and self.through_role(chain))):
            # "Junior Hydrologist → Hydrologist" under a pathway heading (or "Firefighter →
            # Lieutenant → …" under "How can you advance?"): titles of the role's own trade,
            # whether or not the lexicon knows its head word
            own_chain = graded or self.own_card(chain[0].strip()) or self.through_role(
                chain) or self.alias_step(chain[0])
            steps = [step or self.trade_step(raw) or self.graded_short(raw) or (
                # (a chain from the role, lower case: "station staff → assistant stationmaster")
                # ("clinical director of the community service": the post, not its place)
                title_case(_POST_OF.sub("", _ASIDE.sub("", raw)).strip()) if own_chain and (
                    _TITLE_SHAPE.match(title_case(raw.strip()))) and len(
                    _POST_OF.sub("", raw).split()) <= _SHORT_WORDS else None)
                     for step, raw in zip(steps, chain, strict=True)]
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
        laddered = bool(chain and all(steps))
        if laddered and self.kind is Kind.MOVES_UP and fact_key(self.role) not in {
                fact_key(step or "") for step in steps}:
            # "Where could this take you?" / "A → B": from the role (a chain through the
            # role's own title is a ladder, from its first rung)
            steps.insert(0, self.role)
        if laddered and steps[0] and self.role and fact_key(steps[0]) != fact_key(
                self.role) and _from_role_in(text[: text.find("→")], self.role):
            steps.insert(0, self.role)  # "From adviser, the usual path is senior X → …"
        if laddered:
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
                    self.owned_pay(row.no, step, money.low, money.high, money)
            boxed = [ladder_step(part, self.vocab, self.role, plain=True)
                     for part in (chain[0].split(" / ") if chain and " / " in chain[0] else ())]
            if len(boxed) == 2 and all(boxed) and steps[0] in boxed:
                # "Field Assistant / Seasonal Surveyor → Assistant X": each leads to the next
                self.out.progression([(next(b for b in boxed if b != steps[0]) or "", row.no),
                                      (steps[1] or "", row.no)])
        else:
            for role in advancement_roles(text, self.vocab):
                self.out.add("leads_to", role, row.no)
            for role in bracketed_moves(row.full or text, self.vocab) if "(" in text else ():
                self.out.add("leads_to", role, row.no)  # "Growth Opportunities (A, B, C)"
        if not row.bullet or (row.kind or self.kind) not in _MOVE_BUCKETS:
            # "A → B. Some switch to C instead": the chain's sentence states no other move.
            tail = text[text.rfind("→") + 1:] if laddered else text
            ahead = text.rfind(". ", 0, text.find("→")) if laddered else -1
            if ahead > 0:  # "Most arrive from A. The path is B → C. …": A too
                tail = f"{text[:ahead + 1]} {tail}"
            source = self.rung_source(text)
            stepped = prose_steps(tail if ". " in tail else "" if laddered else text,
                                  self.vocab)
            reached = self.rungs_reached(text, stepped)
            for direction, roles in prose_moves(tail if ". " in tail else "" if laddered
                                                else text, self.vocab, self.role).items():
                for role in roles:
                    if source is not None and direction != "in":
                        self.out.progression([(source, row.no), (role, row.no)])
                    elif fact_key(role) != fact_key(self.role) and (
                            fact_key(role) not in reached) and not _inside_title(
                                role, text, self.role) and role.lower() not in _BARE_LEVELS:
                        # ("Most start as juniors": a level of the role, no other title)
                        self.out.add(_DIRECTIONS[direction], self.fuller(role), row.no)
            for before, after in stepped:
                self.step(before, after, row.no)  # "move up to A, then B"
        for title in answered_feeders(text, self.vocab, self.role) if "Who " in text else ():
            self.out.add("moves_in", title, row.no)  # "Who becomes an X? A, B and C …"
        if self.role and (entry := entry_rung(text, self.role)) is not None:
            self.step(entry, self.role, row.no)  # "Apprentice Xs become qualified Xs"
        for sector in () if self.duty_stations(text) else [
                *sectors(unit_owners(text)), *role_fields(text, self.role)]:  # "an X in A and B"
            if self.own_field(sector, text, whole=True):
                continue  # "Museum Lighting Technicians work in museum lighting": their own work
            self.out.add("sectors", sector, row.no)
            self.prose_sectors.add((fold(sector), row.no))
        run_in = text[:3] in ("Who", "Whe") and any(run_in_workplaces(row.full or text))
        for employer in () if run_in else hiring_employers(text, self.vocab):
            # ("Who's hiring: X itself, and employers across A": the run-in label's list)
            self.out.add("employers", employer, row.no)
        self.workplaces(row.full or text, row.no)
        if " called" in text or " known as" in text:  # (and "Also called: …")
            for alias in stated_aliases(text, self.role, self.vocab):
                self.out.add("aliases", alias, row.no)
        self.salary(row, label, description)
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

    def aliases(self, text: str, line: int) -> None:
        """Other titles for the page's role ("Alternative job titles", "Alternate
        Title(s) Art Conservators, Paper Conservators"); the role itself is skipped."""
        for title in alias_titles(text, self.vocab, stated=True):
            if fact_key(title) != fact_key(self.role):
                self.out.add("aliases", title, line)

    def listed_workplace(self, item: str, line: int) -> bool:
        """A bullet under "Where X work" naming a kind of workplace, with or without
        examples ("Hospital chains like A and B"); False for a bullet that is a plain name."""
        words = re.sub(r"\s*\(.*", "", item).split()
        if _NOT_A_NAME.search(item):
            return True  # "themselves, as owner-operators": no workplace, and no name either
        if not (_EXAMPLES.search(item) or ASIDE_EXAMPLES.search(item) or (len(words) >= 2 and all(
                w[:1].islower() or w in ("and", "or", "&") for w in words[1:])) or (
                len(words) <= _KNOWN_KIND_WORDS and self.vocab.gazetteer is not None
                and self.vocab.gazetteer.sectors(item, section=True) == [item])):
            # (a name the gazetteer knows as a whole is a kind: "Aviation", "Legal Services")
            return False
        employers, kind = listed_workplace(item, self.vocab)
        for name in employers:
            self.out.add("employers", name, line)
        if kind:
            self.out.add("sectors", kind, line)
            if (second := second_kind(kind)) is not None:
                self.out.add("sectors", second, line)  # "… and grocery pharmacies": one too
        return bool(employers or kind)

    def workplaces(self, text: str, line: int) -> None:
        """Employers and kinds of workplace a sentence names (see
        :mod:`careergraph.guides.workplaces`); a kind already read on the line in another
        wording ("national service" for "national service companies") is not repeated."""
        holder = self.role.rpartition(" ")[2]
        if self.deck is not None and line == self.deck.presenter and (
                presenter := _PRESENTER_TITLE.match(text)) is not None and not (
                _same_role(presenter.group(1), self.role)
                or _graded_tail(presenter.group(1), self.role)):
            return  # a careers adviser's own employer is no employer of the role
        text = _CUT_PLACE.sub("", text)  # "… work for a drinks ...": the place cut off
        employers, kinds = workplaces(text, self.vocab, holder)
        employers += role_employers(text, self.role, self.vocab)
        if self.duty_stations(text):
            kinds = []
        if employers or kinds:
            self.workplace_lines.add(line)
        for name in employers:
            if " " not in name and any(f.text.endswith(f" {name}")
                                       for f in self.out.lists["employers"]):
                continue  # "work for the Council": the council named in full already
            if _role_plural(name, self.role):
                continue  # "Directors of Audit employed under a contract …": the workers
            self.out.add("employers", name, line)
        for kind in kinds:
            key = fold(kind)
            facts = self.out.lists["sectors"]
            if any(fold(f.text).startswith(key) for f in facts if f.source.line == line):
                continue  # read already in a longer wording
            shorter = [f for f in facts if f.source.line == line and key.startswith(fold(f.text))]
            if shorter:  # "national service" -> "national service companies"
                self.out.lists["sectors"] = [f for f in facts if f not in shorter]
            self.out.add("sectors", kind, line)
            self.prose_sectors.add((fold(kind), line))

    def duty_stations(self, text: str) -> bool:
        """On a service's job page, "They work in ports, air terminals …" names where the
        service posts its members: no kinds of employer (the service employs them).  So does
        an employer's own vacancy speaking of its staff, "Our officers work at airports and
        seaports" (its graduates or members are not its staff: "Our graduates work in …")."""
        if bool(self.ranks) and _DUTY_STATIONS.search(text) is not None:
            return True
        if "ur " not in text:
            return False
        holder = self.role.rpartition(" ")[2].lower()
        return holder != "" and any(
            word in (holder, f"{holder}s", *_OWN_STAFF)
            for word in _OUR_STAFF.findall(text))

    def column_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a table flattened column by column, each the pay of the title in
        the same position of the title column (:func:`pay_columns.column_pay`)."""
        for no, title, money in column_pay([(row.no, row.text) for row in rows], self.titled,
                                           dollar=self.dollar, home=self.home):
            self.owned_pay(no, title_case(title), money.low, money.high, money)
            self.column_paid.add(no)

    def region_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a metro pay table ("City/Area Employees Median Annual Salary …" /
        "Akron 410 $33,700 …"): the role's own pay in each row's place
        (:func:`pay_columns.region_rows`); its header and rows are read here."""
        found, taken = region_rows([(row.no, row.text) for row in rows if not row.bullet],
                                   dollar=self.dollar, home=self.home)
        for pay in found:
            money = pay.money
            self.out.salary(SalaryRange(
                label=pay.head, currency=money.currency, min=money.low, max=money.high,
                period=money.period, statistic=pay.statistic, region=pay.region,
                source=self.out.source(pay.line)))
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def period_grid(self, rows: Sequence[_Row]) -> None:
        """The average and median rows of a salary portal's grid of periods ("Monthly
        Salary Annual Salary …" / "Salary Median 2.980,00 35.760,00 …"): the role's own
        points in each period, in the page's currency (:func:`period_grid.period_rows`); the
        grid's other rows (quartiles, ceiling) are no pay, and all its lines are read here.
        The portal's table by city gives the role's band, average and median in each city
        (:func:`period_grid.place_rows`)."""
        found, taken = period_rows([(row.no, row.text) for row in rows if not row.bullet])
        for pay in found:
            amount = money_amount(pay.amount)
            self.out.salary(SalaryRange(
                label=pay.label, currency=self.home, min=amount, max=amount,
                period=pay.period, statistic=pay.statistic, source=self.out.source(pay.line)))
        places, place_lines = place_rows([(row.no, row.text) for row in rows if not row.bullet])
        period = "month" if quoted_by_month(self.home) else "year"
        for place in places:
            low, high = money_amount(place.low), money_amount(place.high)
            self.out.salary(SalaryRange(
                label=place.head, currency=self.home, min=low, max=high,
                period=place.period or period,
                statistic=place.statistic, region=place.region,
                source=self.out.source(place.line)))
        for no in taken | place_lines:
            self.out.use(no)
        self.column_paid.update(taken | place_lines)

    def cell_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a pay table flattened one cell a line, row by row ("Position" /
        "Starting" / "Experienced" / "Forester" / "$61,000" / "$84,500"): each figure is its
        row's title's (:func:`pay_columns.cell_rows`); the table's lines are read here."""
        found, taken = cell_rows([(row.no, row.text) for row in rows if not row.bullet],
                                 dollar=self.dollar, home=self.home)
        for pay in found:
            money = pay.money
            self.owned_pay(pay.line, title_case(pay.title), money.low, money.high, money)
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def wage_schedule(self, lines: Sequence[tuple[int, str]]) -> None:
        """Read a union's wage schedule from the page's lines as printed (their cells set
        apart by tabs or spaces, which the rows no longer keep): its rates are paid in
        :meth:`schedule_pay` once the role and the page's dollar are known."""
        self.schedule, self.schedule_lines = schedule_rates(lines)
        self.column_paid.update(self.schedule_lines)

    def schedule_pay(self) -> None:
        """A wage schedule's rates (:mod:`careergraph.guides.wage_schedule`): each a point an
        hour, the trade's own at its journey, apprentice and improver levels, another
        classification's (a foreman's, a service technician's) otherwise; the journey, the
        apprentice and the foremen's rows make a ladder."""
        for rate in self.schedule:
            found = find_amounts(f"${rate.amount:.2f} an hour", dollar=self.dollar)
            if not found:
                continue
            money = found[0]
            qualifier = rate.title[: -len(self.role)].strip() if self.role and (
                rate.title.lower().endswith(f" {self.role.lower()}")) else ""
            if rate.own or qualifier:  # ("Residential Sheet Metal Worker": another agreement)
                self.out.salary(SalaryRange(
                    level=rate.level or qualifier, label=rate.column, currency=money.currency,
                    min=money.low, max=money.high, period="hour",
                    source=self.out.source(rate.line)))
            else:
                self.owned_pay(rate.line, rate.title, money.low, money.high, money)
        self.out.progression(schedule_ladder(self.schedule))

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

    def titled(self, text: str) -> bool:
        """A role title in any case ("Merchandising manager")."""
        return self.vocab.is_role_title(title_case(text))

    def owned_pay(self, no: int, title: str, low: float | None, high: float | None,
                  money: Money) -> None:
        """A figure printed for ``title``: the role's own (at the title's level) or the other
        title's."""
        own = _same_role(singular_title(title), self.role) or (
            _pay_key(title) == _base_key(self.role))
        self.out.salary(SalaryRange(
            level=salary_level(title) if own else None, label=title, currency=money.currency,
            min=low, max=high, open_ended=money.open_ended, period=money.period,
            role=None if own else singular_title(title), source=self.out.source(no)))

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
        if known and any(m is not None and self.own_card(m.group(1)) for m in matches):
            return False  # ("Senior TSE $90k · Escalation $112k": the role's own levels)
        for cell, match in zip(cells, matches, strict=True):
            assert match is not None
            for money in find_amounts(cell[match.end(1):], dollar=self.dollar, home=self.home,
                                      period=self.period):
                self.owned_pay(row.no, title_case(match.group(1)), money.low, money.high,
                               money)
        self.out.use(row.no)
        return True

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
        if not found:
            return False
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

    def salary(self, row: _Row, label: str | None, description: str) -> None:
        if row.no in self.blanked:
            text = row.text
            for start, end in self.blanked[row.no]:
                text = text[:start] + " " * (end - start) + text[end:]
            row = replace(row, text=text)
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
        if " | " in row.text or " · " in row.text:  # "Minimum X | Median Y | Maximum Z"
            row = replace(row, text=joined_extremes(row.text))
        if (self.no_pay_section and not _OWN_RATE.match(row.text)) or row.no in self.calculator:
            return  # under "Fees and funding", "Fringe benefits"; a calculator's deductions
            # (a freelancer's "Day rate £720" under "Fees" is the pay for his own time; the
            # prices after its sentence are none)
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
                self.titled_strips[row.no] = self.titled_cells(replace(
                    row, text=self.printed.get(row.no, "")), known=True)
            if self.titled_strips[row.no]:
                return  # "Jeweller € 25.300 · Optician € 27.100": each title's figure
        if not label and (currency := glued_header(row.text)) is not None:
            self.glued = (currency, row.no)
            return
        if not label and (self.glued is not None or (") " in row.text and _PRICED_ASIDE.search(
                row.text))) and self.glued_row(row, row.text):
            return
        text = description if label else self.unwrapped(row)
        if "." in text and _FOOTNOTE_MARK.search(text):
            # "… $134,000.¹ For comparison, …": a footnote mark after a full stop still ends
            # the sentence (blanked, so offsets stay)
            text = _FOOTNOTE_MARK.sub(lambda m: "." + " " * (len(m.group()) - 1), text)
        # "Customs Broker's Salary: 420,000 – 780,000 per year": a pay label opens the line.
        in_section = (row.kind or self.kind) is Kind.SALARY or bool(
            ":" in text and _PAY_LEAD.match(text))
        # "… per monthMaster weavers can earn …": a clause glued after a period word.
        text = _GLUED_PERIOD.sub(r"\1; ", text) if "onth" in text else text
        money = find_money(text, bare=in_section)
        if money is None:
            if text.count(".") >= _GRID_DOTS and not label:
                self.wage_grid(row, text)  # rates with no currency in a flattened wage grid
            return
        if in_section and _not_pay(text[: money.start], self.vocab):
            return  # "Employment (2022) 6,900 employees": a count in the pay section
        if self.schedule and (not_wage(f"{label or ''} {text[: money.start]}") or (
                text[: money.start].rstrip().endswith("+"))):
            return  # a wage schedule's fringe fund, allowance or a foreman's "+ $2.00"
        lowered = row.text.lower()
        alone = len(_AMOUNTS_ONLY.sub(" ", text).split()) <= 3  # "💰 $150,000 - $225,000"
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
                _WAS_ON.search(row.text) and self.whole_sentence()) and not (
                # "I was on about £69,000 a year" (not a caption's fragment: "Manager I was on")
                _HIRING_PAY.search(row.text)) and not (
                self.pay_row(text, money)) and not running_scale(text) and not (
                labelled_band(row.text)) and not (  # "Starter £12,000 to Experienced £27,000"
                self.notice is not None and grade_lead(text[:money.start]) is not None):
            return  # (a table flattened into one line, a notice's "APS 4 - $…", is pay)
        # In prose, read each sentence that holds an amount on its own.
        start = 0
        while money is not None:
            start = text.rfind(". ", 0, money.start)
            if start > 0 and text[start - 1] == ".":  # a leader's dots end no sentence
                stops = [m.end() for m in _FULL_STOP.finditer(text, 0, money.start)]
                start = stops[-1] if stops else 0
            else:
                start = 0 if start == -1 else start + 2
            stop = _SENTENCE_STOP.search(text, money.end)  # (not "… allowance of Rs. 2,500")
            end = -1 if stop is None else stop.start()
            sentence = text[start:] if end == -1 else text[start : end + 1]
            asked = _ASKED.match(text, money.end)
            if asked is None:  # ("is it true pilots make $400k?": a rumour asked about)
                self.salary_sentence(row, label, sentence, money.start - start, in_section)
            if stop is None:
                break
            following = find_money(text[stop.end() :], bare=in_section)
            if following is None:
                break
            text, money = text[stop.end() :], following

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
        if 0 < money.start <= _ROW_LEAD and self.vocab.is_role_title(
                _STAT_LABEL.sub("", _GRADE_TAG.sub("", text[: money.start])).strip()):
            return True  # (also "Embryologist (HCPC registered): median £43,500")
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
        if not (tail[:1].islower() or tail[:1].isdigit()) or not (
                _DIGIT.search(tail) or _PERIOD_START.match(tail)) or _SUB_CLAUSE.match(tail):
            return text  # ("5.4 Officers are …" opens a clause of its own)
        self.wrap = (after.no, len(tail))
        return f"{text} {tail}"

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
        if len(above) < _CHIP_LABEL and not _DIGIT.search(above) and _COUNT_ABOVE.search(
                above) and not any(w in f" {above.lower()}" for w in _SALARY_WORDS):
            return True
        if len(above.split()) <= _LABEL_ABOVE and not _DIGIT.search(above) and is_not_pay(above):
            return True  # "Overtime" / "£3,240" / "per year": an addition, no pay
        below = self.next_text.strip(" :").lower()
        if below in _ONE_END:
            found = find_amounts(text, bare=True, dollar=self.dollar, home=self.home)
            return len(found) == 1 and found[0].low == found[0].high
        return False

    def salary_sentence(self, row: _Row, label: str | None, text: str, offset: int,
                        in_section: bool) -> None:
        if label and is_not_pay(label):
            return  # "Annual Increment: PKR 2,840", "Assessment fee: £395": not pay
        clause = text[:offset]
        if _CHARGED.search(clause):
            return  # "We charge £150 for a half-day audit": a price, not a wage
        also_figured: list[str] = []
        heading = self.sub_text or self.top_text
        level = salary_level(label or "", clause, self.sub_text)
        name = " / ".join(part for part in (heading, label) if part)
        # "Agricultural interns are paid …" under the last rung: the sentence's own subject.
        subject = stated_owners(clause, self.pay_title) if (
            self.sub_text and not label and _PAID.search(re.split(r"[,;]", clause)[-1])) else []
        subject = [o for o in subject if not _same_role(o, self.role)]
        # (a pay section's own heading may name whose pay it is: "Pay as a Shift Lead")
        whose = self.sub_text or (self.top_text if self.top is Kind.SALARY and (
            _WHOSE_PAY.search(self.top_text)) else "")
        other = None if subject else other_role(  # (the subject is read below)
            whose, clause, self.role, self.vocab) or (
            self.block_title if self.kind is Kind.SALARY and self.block_title else None) or (
            # "Head Teller" over a record's pay on the bank teller's page
            self.sub_text if _role_headed(self.sub_text, self.role) else None)
        if other is not None and (_graded_tail(other, self.role) or professional_body(other)):
            other = None  # "Senior Underwriter" over a record on the insurance underwriter's page
            # (and "Institute of Applied Surveyors" over a survey's tables: the body, no job)
        elif other is not None and " as " in whose and _same_role(other, self.role):
            # "Pay as a Welder" on the Junior Welder's page: the role a level up, its level
            level = salary_level(other) or level
            other = None
        if other is None and self.line_title and (label or clause).strip(" :").lower() in (
                _PAY_LABELS) and not _same_role(singular_title(self.line_title), self.role) and (
                not _role_tail(self.line_title, self.role)):  # ("Upholsterers" titles the page)
            other = self.line_title  # "Salary: …" under a rung title printed as a heading
        figured = figure_titles(text, self.pay_title) if not (
            label or clause.strip()) else None
        if figured:  # "$86,000 — payroll managers/supervisors": those titles' figure
            owners = [t for t in figured if not (_same_role(t, self.role) or _graded_tail(
                t, self.role))]
            if len(owners) == len(figured):
                other, also_figured = owners[0], owners[1:]
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
        if other is None and not label and self.one_figure(text, offset) and (
                told := told_owner(clause, lambda title: self.vocab.is_role_title(title) or (
                    title in self.told_rungs), self.spelled)
        ) is not None and not (self.own_level(told) or _role_tail(told, self.role)
                               or told.lower() in _level_words()
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
        lead = (label or _GRADE_TAG.sub("", clause).strip().rstrip(":–—-").strip()) if (
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
            other = None if _same_role(cell, self.role) else cell
            lead = ""
        elif other is None and not label and " | " in clause and (
                cell := self.longer_title(clause.split("|", 1)[0].strip())) is not None:
            other, lead = cell, ""  # "Pastry Chef de Partie | $21–$25/hr": that title's pay
        elif other is None and not label and (at := _TITLE_AT.search(clause)) is not None and (
                named := self.longer_title(at.group(1))) is not None:
            other, lead = named, ""  # "… Chef de Partie at $23.00 an hour is above …"
        if other is None and row.no in self.adverts and not self.own_card(
                self.adverts[row.no]):
            other, lead = self.adverts[row.no], ""  # a pasted advert: its own title's pay
        dotted = _LEADER.search(lead)  # "Foreman ........ $38.85/hr": a rate line's title
        lead = lead[: dotted.start()] if dotted else lead
        lead = _STAT_LABEL.sub("", lead) if ":" in lead else lead  # "Lab Director: median"
        lead = owner_lead(lead, self.vocab.is_role_title) if lead else lead  # "Fresher (X)"
        if lead and _ALL_JOBS.match(lead):
            return  # "Total, all occupations  $49,500": a comparison, no one's pay
        if lead and len(lead) < 80 and (" " in lead or dotted) and not self.vocab.is_role_title(
                lead) and lead[:1].isupper() and lead.endswith("s") and ":" not in lead and len(
                lead.split()) <= _SHORT_ROW + 2 and self.vocab.is_role_title(
                title_case(singular_title(lead))):
            lead = title_case(singular_title(lead))  # "Postal service workers  $57,950"
        ranked = lead.split(maxsplit=1)[0].lower() in _OTHER_RANKS and fact_key(
            lead).endswith(fact_key(self.role)) if lead else False  # "Chief X Php 55,900"
        # (under "Salaries for similar jobs" a title is another job's, even at the role's
        # own trade: "Data Engineer 56,400" on the Junior Data Engineer's page)
        others = bool(lead) and _OTHER_JOBS.search(heading) is not None and (
            fact_key(lead) != fact_key(self.role))
        if lead and len(lead) < 80 and (" " in lead or dotted or others) and (
                self.vocab.is_role_title(lead) or ranked) and (
                _pay_key(lead) != _base_key(self.role) or others) and not (
                self.ends_with_role(lead.split())):
            other = lead  # "Compiler Services Manager: $176K-$194K" on the analyst's page
        elif others and lead and _ROW_LABEL.fullmatch(lead) and not self.names_role(lead):
            # "Seamstress  4 390 zł" under "Compare with other professions": a row's label
            # is another job's title there, though the lexicon may not know it
            other = title_case(lead)
        if other is None and lead and len(lead) < 80:
            # "Spa attendant salary range: $22,900-$31,400": pay labelled with another title.
            named = pay_label_title(lead)
            if named is not None and self.vocab.is_role_title(named) and (
                    _base_key(named) != _base_key(self.role)) and not _role_tail(
                    named, self.role):  # "General manager" on the hotel GM's page
                other = named
        if other is None and lead and len(lead) < _SHORT_LEAD and (
                rung := self.ladder_owner(lead)) is not None:
            other = rung  # "Crew foreman: $42/hr and up" under the page's "… → crew foreman"
        if other is None and dotted and lead and (named := leader_owner(
                lead, self.vocab.is_role_title, self.own_or_alias)) is not None:
            other = named  # "Laundry attendant ..... $26.85/hr" among a contract's rates
        also: list[str] = also_figured
        if other is None and lead and " / " in lead and len(lead) < _SHORT_LEAD:
            # "Chief Inspector / Area Manager: …": one figure for two titles.
            parts = [p.strip() for p in lead.split(" / ")]
            if all(p[:1].isupper() and len(p.split()) <= _SLASH_WORDS for p in parts) and any(
                    self.vocab.is_role_title(p) for p in parts) and not any(
                    _same_role(p, self.role) for p in parts):
                other, also = parts[0], parts[1:]
        spoken = other is None and not in_speech and (not label or _same_role(
            singular_title(label), self.role))  # ("Chiropractors: …, and practice owners …")
        if spoken:
            # "Deck Cadet: Cadets … receive …", "Party chiefs averaged about $58,000"; "A and
            # B earn …" is both titles' pay.  A figure alone under "Deck hands usually earn"
            # is spoken by its heading.
            said = clause if clause.strip() or not heading else f"{heading} "
            owners = [o for o in stated_owners(said, self.pay_title)
                      if not (_role_tail(o, self.role) and fact_key(o) != _base_key(self.role))
                      and not self.own_level(o) and not self.placed(o)
                      # ("Junior Xs earn …" on Senior X's page: the role at another level,
                      # unless the page says it is the next rung)
                      # ("Chief pharmacists" stay another post: see _pay_key)
                      and not (_same_role(o, self.role) and _pay_key(o) == _base_key(
                          self.role) and not _NEXT_RUNG.search(clause))
                      ] if said.strip() else []  # ("Dispatchers earn" on Aircraft Dispatcher)
            other, also = (owners[0], owners[1:]) if owners else (None, [])
        if other is not None:
            other = _OWNER_ARTICLE.sub("", other)  # ("A VP of Sales at a big centre earns")
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
        found = read_salaries(text, label=name, level=level, source=self.out.source(row.no),
                              bare=in_section, role=other, dollar=self.dollar, home=self.home,
                              period=label_period(name) or self.period,
                              role_before=lambda before: self.role_before(before),
                              # ("X (currently £12 an hour); our Senior X post pays
                              # £29,000": a later clause names its own title)
                              speaker=self.speaker if spoken or aside else None,
                              # ("Salary by voivodeship" / "Masovian6 110 zł…": places,
                              # whose demonyms read like titles, no titled row)
                              row_title=self.row_title if spoken and not _BY_PLACE.search(
                                  heading) else None,
                              role_after=self.role_after)
        if not found:
            self.out.warn(row.no, f"salary range could not be read: {text!r}")
        if not label and len(text.split()) > _PROSE_WORDS:
            # "… practices pay up to €3,100" in a sentence: one end, no band (a labelled
            # "Senior-level: Up to $180,000" is a band with an open bottom).
            found = [f for f in found if f.min is not None]
        bound = _BOUND.match(lead) if lead and len(found) == 1 else None
        if bound is not None:
            self.bound(bound.group(1).lower(), found[0])
            return
        for salary in found:
            self.out.salary(salary)
            for name in also:
                self.out.salary(salary.model_copy(update={"role": name}))

    def graded_short(self, step: str) -> str | None:
        """The role, for its short form at a grade in a ladder ("BMET II" on the Biomedical
        Equipment Technician's page); None for any other step."""
        graded = _SHORT_GRADE.match(step.strip())
        if graded is None or not self.role:
            return None
        short = graded.group(1)  # its letters, or the page spelling it after the role's name
        defined = is_acronym_of(short, self.role.split()) or re.search(
            rf"{re.escape(self.role)}(?:\s+(?:[IVX]{{1,4}}|\d{{1,2}}))?\s*\({re.escape(short)}\b",
            self.page) is not None
        return self.role if defined else None

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
                wide = family_title(tail, size, self.role, _level_words()) if (
                    size < len(tail)) else None
                titled = title_case(singular_title(wide)) if wide else titled
                own = _ENTRY_WORD.sub("", titled)  # "Graduate X": the role at entry level
                return "" if _same_role(titled, self.role) or _same_role(
                    own, self.role) or _same_role(singular_title(titled), self.role) else (
                    singular_title(titled))  # "Foremen**": a Foreman's ("UX Designers": own)
        return None

    def ladder_owner(self, lead: str) -> str | None:
        """The title a pay row's label names as a rung of the page's own arrow ladder, when
        that is another post than the role (not the role at a level)."""
        if self.ladder_steps is None:
            self.ladder_steps = ladder_rungs(self.page)
        title = rung_owner(lead, self.ladder_steps) if self.ladder_steps else None
        if title is None or _same_role(title, self.role) or self.own_level(title) or (
                _role_tail(title, self.role) or _graded_tail(title, self.role)
                or fact_key(title).startswith(fact_key(self.role))):  # ("… Grade II")
            return None
        return title

    def own_level(self, title: str) -> bool:
        """``title`` is the role at a level: a membership grade ("Chartered Members"), or the
        role's own name or last words after "Level N" ("Level 2 Technician")."""
        rung = _RUNG_TITLE.match(title)
        year = _YEAR_LEVEL.match(title)
        if year is not None and year.group(1).lower() in _level_words():
            return True  # "First-year apprentices earn …": the role at its apprentice level
        return membership_grade(title, self.member_grades) or title.lower() in self.ranks or (
            rung is not None and (
            _same_role(title[rung.end():], self.role)
            or _role_tail(title[rung.end():], self.role)))

    def pay_title(self, text: str) -> bool:
        """A title whose pay a sentence may state: a known role title, or one headed by the
        role's own head noun ("Head Keeper", "Club Coach" on a coach's page)."""
        return self.vocab.is_role_title(text) or _role_headed(text, self.role)

    def placed(self, title: str) -> bool:
        """``title`` is the role after a place the page names ("Texas roofers" on a page of
        "Roofer pay in Texas" or "Roofer paycheck calculator — Texas"): the role's own pay
        there."""
        words, own = title.split(), self.role.split()
        if len(words) <= len(own) or fact_key(" ".join(words[-len(own):])) != fact_key(
                singular_title(self.role)):
            return False
        place = " ".join(words[: -len(own)])
        return place[:1].isupper() and re.search(
            rf"(?:\b(?:in|across|for)|[—–,-])\s+{re.escape(place)}\b", self.page) is not None

    def speaker(self, clause: str) -> str | None:
        """The title a later clause of a pay sentence is about, None for the page's role."""
        other = stated_for(clause, self.pay_title)
        return None if other is None or _same_role(other, self.role) or _role_tail(
            other, self.role) or self.own_level(other) else other

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
        if cue is None:
            return None
        title = self.vocab.role_title_at(after, cue.end())
        return None if title is None or _same_role(title, self.role) else title

    def role_before(self, before: str) -> str | None:
        """The role a figure is printed beside: "BI Architect ($140,000–$180,000)"; None for
        the guide's own role or when no role title ends just before the bracket."""
        if not before.rstrip().endswith("("):
            return None
        words = before.rstrip()[:-1].split()[-6:]
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[-size:]).strip(",;:")
            if self.vocab.is_role_title(candidate):
                return None if _same_role(candidate, self.role) else candidate
        return None


# A bracketed aside right before a price ("Temp Clerk (peak season) $95 - $120 per hour").
# ("Chief Plant Operator (exempt) - $104,200 - …": a dash may set the figure off)
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
_SENTENCE_STOP = re.compile(r"(?<!\bRs)(?<!\bNo)\.[\"”]? ")
# A numbered clause of a service minute, and one about appointment to another post.
_CLAUSE_NO = re.compile(r"\d{1,2}\.\s+[A-Z]")
_POST_CLAUSE = re.compile(r"\d{1,2}\.\s+(?:Appointment|Promotion|Recruitment) to the "
                          r"(?:post|grade|rank|position) of (?:an? )?([A-Z][\w' -]{2,60}?)\.?$")
# On a service's job page, "They work in ports, air terminals …" names duty stations: the
# service is the employer (a civilian job after service, "work as X for Y", is read).
_DUTY_STATIONS = re.compile(r"\b(?:They|[Tt]hey also|[A-Z][a-z]+ [a-z]+s) (?:may )?(?:also )?"
                            r"work (?:in|at|on)\b")
# "Our officers work at A": the employer's own staff (the noun) and where it posts them.
_OUR_STAFF = re.compile(r"\b[Oo]ur ([a-z]+) (?:\w+ )?work (?:in|at|on|from)\b")
_OWN_STAFF = ("staff", "employees", "people", "team", "workers", "crews")
_GRID_DOTS = 3  # a flattened wage grid prints at least three rates with cents
# A numbered sub-clause of a service minute or a contract ("5.4 Officers are entitled …").
_SUB_CLAUSE = re.compile(r"\d{1,2}\.\d{1,2}\.?\s+[A-Z]")
# A page about a job in the armed services (its ranks are the soldier's own standing).
_MILITARY = re.compile(r"\b(?:Army|Navy|Air Force|Marine Corps|military|enlisted|MOS)\b")
# A class title with its code in brackets on a line of its own ("Court Clerk 2 (4412)").
_CODED_TITLE = re.compile(r"([A-Z][\w'’&/ -]{2,70}?)\s*\((?:#|No\.?\s*)?[A-Z]{0,6}\d{2,8}\)$")


# A run-in "Related trades:" strip after a paragraph's moves: related titles name no move.
_RELATED_RUN_IN = re.compile(r"(?:^|(?<=[.;!?])\s+)Related\s+(?:trades|occupations|careers|jobs|"
                             r"professions|roles)\s*:", re.IGNORECASE)
@cache
def _level_words() -> frozenset[str]:
    """The lexicon's one-word level names, lower case ("apprentice", "senior")."""
    return frozenset(word.lower() for words in load_lexicon().levels.values()
                     for word in words if " " not in word)


# A year of training before a level word ("First-year Apprentice", "2nd-year trainee").
_YEAR_LEVEL = re.compile(r"^(?:first|second|third|fourth|fifth|final|\d(?:st|nd|rd|th))[- ]year\s+"
                         r"([A-Za-z]+)$", re.IGNORECASE)
_MIN_DUTIES = 2  # third-person duty sentences that make a paragraph a position summary
# A short form with a grade after it ("BMET II", "CNA 2").
_SHORT_GRADE = re.compile(r"^([A-Z]{2,6})(?:\s+(?:[IVX]{1,4}|\d{1,2}))?$")
# A bracketed aside holding a figure after a rung's title ("($33.50 – $45.10/hr, requires X)").
_PAY_ASIDE = re.compile(r"\s*\([^()]*[$€£₹]\s?\d[^()]*\)")


def _row_figures(amounts: Sequence[Money]) -> int:
    """How many figures a line prints: a band with labelled ends ("$44,120 Yearly Min / …
    $66,180 Yearly Max") counts its two ends, so that such a line is pay as before."""
    return len(amounts) + sum(1 for money in amounts if money.labelled)


def _only_chain(text: str) -> bool:
    """The line is an arrow chain and nothing else ("A → B", not "A → B, or C")."""
    chain = arrow_chain(text)
    return chain is not None and "".join(chain) == re.sub(
        r"\s*(?:->|⇒|=>|⟶|➔|➜|→)\s*", "", clean(text)).rstrip(".")


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


# Years served in a post, among a class's minimum qualifications.
_SERVED_AS = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                        r"years?\s+as\s+a", re.IGNORECASE)
# A class's grade after its title ("Court Clerk 2", "Inspector III", "Officer Grade I").
_CLASS_GRADE = re.compile(r"\s+(?:[Gg]rade\s+)?(?:\d{1,2}|[IVX]{1,4})$")
# "Skill Level 2 Supervises …", "Level 3 Serves as …": a level's paragraph glued to its label.
_LEVEL_PARAGRAPH = re.compile(r"^(?:Skill\s+)?Level\s+(\d{1,2})\s+(?=[A-Z][a-z])")
_SERVES_AS = re.compile(r"\b(?:[Ss]erves?|[Aa]cts?|[Ww]orks?) as (?:an?\s+|the\s+)?")
_POST_OF = re.compile(r"\s+of\s+(?:an?|the|his|her|their)\s.*$")
_FROM_RUNG = re.compile(r".{0,40}?\bfrom\s+(?:step|level|stage|tier|grade|band|L)\s*(\d{1,2})\b",
                        re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$")
# Words joining two titles of a ladder in prose: "A, then B", "A and later B".
_LINKED = re.compile(r"\b(?:then|later|eventually|afterwards)\b")
# What follows a sector's name in a bullet: "… with many business units", "Banks building …".
_SECTOR_TAIL = re.compile(r"\s+(?:with|that|which|who|where|for)\s.*$|(?<=s)\s+[a-z]+ing\s.*$")
_GLUED_ITEMS = re.compile(r"[a-z)][A-Z]")
# A row label of a flattened table that names a practitioner ("Horticulturist").
_AGENT = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]{3,}(?:ist|ian|grapher|wright)$")
_SHORT_ROW = 3
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_PROSE_WORDS = 8
_ASKED = re.compile(r"[^.!?\n]{0,40}\?")  # the figure's sentence is a question
_ROW_LEAD = 60
_ALL_JOBS = re.compile(r"(?i)total,?\s+all\s+(?:occupations|jobs|workers)\b")
_PLURAL_HEAD = re.compile(r"([a-z]{3,})s (de|of|du|della) ([a-z]+)")
_ENTRY_WORD = re.compile(r"^(?:Graduate|Trainee|Apprentice|Intern|Probationary)\s+")
# Labels of a figure that counts people or shares rather than paying anyone.
_COUNT_ABOVE = re.compile(r"\b(?:employ\w*|openings?|jobs?|vacancies|number|headcount|workforce|"
                          r"workers|size|share|age|hours)\b", re.IGNORECASE)
_CHIP_LABEL = 60
# A sentence about the writer's earlier job ("When I was behind the bar … it was $15.90").
_PAST_TOLD = re.compile(r"\b(?:was|were|used to|back when|before that|previously)\b", re.IGNORECASE)
# A figure's own pay label on its line (a pay thread's template: "Rate: £190/day").
_RATE_LABELLED = re.compile(
    r"(?:(?:day|daily|hourly|pay|base|my)\s+)?(?:rate|pay|wage|salary)\s*:\s*\S", re.IGNORECASE)
_LABEL_ABOVE = 2  # words of a label printed above its figure ("Overtime", "Bonus")
# One end of a distribution printed under its figure ("$27" / "Lower").
_ONE_END = frozenset({"lower", "upper", "lowest", "highest", "bottom", "top", "min", "max",
                      "minimum", "maximum"})
_SENTENCE_ENDS = ".!?:|;"
_NAME_LINE_WORDS = 4
_FOR_A = re.compile(r"\+?\s*(?:(?:a|per) year\s+)?for (?:a|an|the)\s+(?=[A-Z])")
_SHORT_LEAD = 80
_SLASH_WORDS = 4
# An article opening an owner a sentence names ("A VP of Sales … earns"): no part of the title.
_OWNER_ARTICLE = re.compile(r"^(?:An?|an?)\s+(?=[A-Z])")
_NEXT_RUNG = re.compile(r"\b(?:one|a) (?:step|level|rung) up\b|\bthe next (?:step|level|rung)\b",
                        re.IGNORECASE)
_SPACE_RUN = re.compile(r" {3,}|\t+")
_SPACED_WORDS = 6
# A note about the page, not a fact of it.
def _compact(text: str) -> str:
    """``text`` in lower case without spaces or marks, to compare glued and spaced titles.

    >>> _compact("Tiler") + _compact("Wall Plasterer") == _compact("tilerwall plasterer")
    True
    """
    return re.sub(r"\W", "", text.lower())


# An item naming its tool by the work done in it ("Working in Go", "Working with Dagster").
_WORKING_IN = re.compile(r"(?:Working|Work|Experience)\s+(?:in|with)\s+(\S.*)$")
_NOTE = re.compile(r"(?:disclaimer|note|source|sources|footnote)s?\s*:", re.IGNORECASE)
# List items that name no organisation: "themselves, as owner-operators", "Last updated 3
# March 2025" (a date left over from the page's footer).
_NOT_A_NAME = re.compile(r"^(?:themselves|themself|yourself|himself|herself|oneself)\b|"
                         # a share table's catch-all row ("Others ...... 8 %")
                         r"^(?:others?|all others|other sectors|other industries|autres)$|"
                         r"\b(?:updated|posted|published)\b|\b(?:January|February|March|April|"
                         r"May|June|July|August|September|October|November|December)\s+\d{4}\b|"
                         # a price cut at its thousands comma ("499 only (₹2,999) Book now")
                         r"^\d|[$€£₹¥]\s?\d",
                         re.IGNORECASE)
# A quality or skill named, then described after a full stop ("Good judgment. Wardens must
# decide …"), as government occupation profiles print them.
_DOT_LABEL = re.compile(r"^([A-Z][\w'-]*(?:[ -][\w'-]+){0,3})\.\s+(?=[A-Z][^.]{8,})")
# A title with another occupation's pay after it, under "Related Jobs" or "Similar
# Occupations": a comparison of pay, not a move.
# A title then its pay: "Bus Mechanics $58,920/yr", "Shipping Supervisor 38,600 MXN", and
# with the figure's label between ("Dental Assistants - Median Salary: $44,990").
_PAY_AFTER = re.compile(r"[A-Za-z]:?\s+(?:[$€£₱]\s?\d|\d[\d,.]*\s?[A-Z]{3}\b)")
_COMPARED = re.compile(r"\b(?:related|similar)\b", re.IGNORECASE)
_GLUED_NUMBER = re.compile(r"[a-z]\d{1,2}\.\s[A-Z]")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+([^.:]{2,80})$")
_NUMBERED_LONG = re.compile(r"^\d{1,2}[.)]\s+(.{2,200})$")


def _numbered_dash_item(text: str) -> re.Match[str] | None:
    """"3. Botanical ID – being able to name plants …": a numbered skill with a dash and its
    description, however long the description runs."""
    match = _NUMBERED_LONG.match(text)
    return match if match is not None and dash_label(match.group(1)) is not None else None
# Grades above the role that can be a sentence's subject ("Senior welders can …").
_RUNG_WORDS = "senior|lead|principal|chief|head|staff"
# "After Lead, coordinators usually continue in …": what follows a level of the ladder.
_AFTER_RUNG = re.compile(r"(?:^|(?<=[.!?]\s))After\s+(senior|lead|principal|staff)(?:\s+level)?,"
                         r"\s+([^.!?]*[.!?]?)", re.IGNORECASE)
# "After Lead Geologist, staff can step up to A or B": a full title's next steps.
_AFTER_TITLE = re.compile(r"(?:^|(?<=[.!?]\s))After\s+([A-Z][\w-]*(?:\s+(?:of|and|&|"
                          r"[A-Z][\w-]*)){1,7}),\s+([^.!?]*[.!?]?)")
_TITLE_RUN = r"([A-Z][\w-]*(?:\s+(?:of|and|&|[A-Z][\w-]*)){0,7})"
# "After Senior X the usual steps are A and then B", "From lead, the next rungs are A": the
# next steps from a title the sentence opens with.
_NEXT_WORDS = (" next ", " usual ", " typical ", " normal ", " natural ", " obvious ", " common ")
_NEXT_FROM = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:After|From|Beyond|Above)\s+(?:the\s+)?(?P<title>[\w'&-]+"
    r"(?:\s+[\w'&-]+){0,5}?)(?:\s+(?:level|grade|rank|role|post))?,?\s+the\s+(?:\w+\s+)?"
    r"(?:next|usual|typical|normal|natural|obvious|common)\s+(?:\w+\s+)?(?:steps?|moves?|"
    r"rungs?|promotions?)(?:\s+up)?\s+(?:is|are|would be|tend to be)\s+"
    r"(?P<rest>[^.!?;]*[.!?;]?)")


@cache
def _opened_post() -> re.Pattern[str]:
    """"Appointments to X are (also) open to staff in Y posts" (``post_moves``)."""
    words = word_lists("post_moves")
    return re.compile(
        rf"(?i:{phrase_alternation(words['openings'])})\s+(?:the\s+)?{_TITLE_RUN}\s+"
        rf"(?i:is|are)\s+(?:(?i:also|usually|normally|often)\s+)?open\s+to\s+"
        rf"(?i:{phrase_alternation(words['holders'])})\s+(?:in|from|holding)\s+"
        rf"(?:(?i:an?|the)\s+)?{_TITLE_RUN}\s+(?i:{phrase_alternation(words['posts'])})"
        r"\b[^.!?]*[.!?]?")


_PROSE_MOVE_KINDS = frozenset({*_MOVE_BUCKETS, Kind.LADDER, Kind.PROGRESSION})
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


# A sentence saying whom a role reports to: its manager, not a move.
_REPORTS_TO = re.compile(r"(?:^|(?<=[.!?]\s))[^.!?]*\breport(?:s|ing)?\s+(?:directly\s+)?to\b"
                         r"[^.!?]*(?:[.!?]|$)")
# A grade or a bracketed level after a title heading ("X II", "X (Intermediate)").
_HEADING_GRADE = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|[1-9])$|\s+\([A-Za-z -]{2,20}\)$")
# A grade opening the line or a sentence (two patterns: one led by [.!?] is scanned for fast).
_RUNG_OPENING = re.compile(rf"(?:{_RUNG_WORDS})\s", re.IGNORECASE)
_RUNG_SUBJECT = re.compile(rf"[.!?]\s(?:{_RUNG_WORDS})\s", re.IGNORECASE)

_RUNG_SENTENCE = re.compile(rf"(?:^|(?<=[.!?]\s))({_RUNG_WORDS})\s+([^.!?]*[.!?]?)",
                            re.IGNORECASE)
# (a kind in lower case may come first: "(tools such as GitHub Actions or Terraform)")
_EXAMPLE_OPENER = re.compile(r"^(?:[a-z]+\s+)?(?:e\.g\.,?|i\.e\.,?|such as|like|incl\.|"
                             r"including|for example,?|for instance,?)\s+",
                             re.IGNORECASE)
_DATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                    r"\d{1,2},\s+\d{4}\b")
_GLUED_PERIOD = re.compile(r"\b((?:per|a) month)(?=[A-Z][a-z])")
_PERIOD_START = re.compile(r"(?:month|year|annum|week|day|hour)\b")
_FULL_STOP = re.compile(r"(?<!\.)\. (?!\.)")
_LEADER = re.compile(r"\s*(?:\.\s?){3,}$")  # the dots of a rate line's leader
# A how-to's step line: "Step 3: Apply for your certificate" (no sentence after it).
_STEP_LINE = re.compile(r"Step\s+\d{1,2}\s*[:.–—-]\s+([A-Z][^.!?:]{2,80})$")
# A quote's attribution line: "— Marisol D., graduate, Admin at X", "– Jordan Reyes, Welder".
_ATTRIBUTION = re.compile(r"[—–]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){1,2}\s*,")
# Superscript footnote marks right after a full stop ("… $134,000.¹ For comparison").
_FOOTNOTE_MARK = re.compile(r"\.[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s)")
# A contents entry: a section's name, a dot leader and its page number.
_CONTENTS_ENTRY = re.compile(r"[A-Za-z)]\s*(?:\.\s?){4,}\s*\d{1,3}$")
_AMOUNTS_ONLY = re.compile(r"[^\s]*\d[^\s]*|[-–—:]|to\b|per\b|year\b|a\b", re.IGNORECASE)
_MAX_LADDER = 20
# Characters a line that is only an arrow between diagram boxes holds (pathway.arrow_line).
_DIAGRAM_MARKS = ("↓", "⬇", "▼", "⇓", "⇩", "↡", "⤓", "→", "⟶", "➜", "➔", "\n|\n", "->")
# A breadcrumb trail from the site's home page ("You are here: Home / Study / Science").
_CRUMB_TRAIL = re.compile(r"^(?:You are here:?\s*)?Home\s*[/>»›|]", re.IGNORECASE)
# A generic noun ("Leadership skills and strategic thinking ability", "Deep understanding of
# A and B") makes an item a requirement that describes qualities, not two named skills.
# Words that make a part of a paired item a clause or a qualified phrase ("safely at
# heights", "Maths for measuring", "what has gone wrong"), not a noun phrase naming a skill.
_FUNCTION_WORD = re.compile(r"\b(?:at|in|for|under|of|with|on|out|to|by|from|what|has|have|"
                            r"is|are|as|well|your|their|you)\b", re.IGNORECASE)
_GENERIC_END = re.compile(r"\b(?:skills?|abilit(?:y|ies)|knowledge|understanding|experience|"
                          r"expertise|proficien\w*|awareness|familiarity)\b", re.IGNORECASE)
_ASIDE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")  # "Hydrologist (2-5 years)": an aside
_BOX_WORDS = 6
_TITLE_CONNECTORS = frozenset({"of", "and", "&", "for", "in"})
# A cell that ends a sentence (not an abbreviation of a company's form: "Ltd.", "Inc.").
_SENTENCE_END = re.compile(rf"{NOT_AFTER_FORM}[.!?:]$|[.!?:]\s")
_NAME_WORDS = 6
# Cells of a line printed in columns: set apart by a tab or by two spaces or more.
_SPACED_CELLS = re.compile(r"\t+\s*|\s{2,}")
# The first box of a printed path that is no known title: two or three words in sentence or
# title case ("Vacation student", "Year 12 leaver" not: no figures).
_FIRST_BOX = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){1,2}$")
_ROW_FIGURES = 3  # figures on one line that make it a flattened pay table
_MAX_TITLE_LINE = 60
_OR_SPLIT = re.compile(r"\s+or\s+|\s+/\s+")
# "Career Path Breakdown: From Spa Attendant to Spa Director" (a page's title).
_FROM_TO = re.compile(r"\bfrom\s+(?:an?\s+)?([A-Z][\w' -]{2,50}?)\s+to\s+(?:an?\s+)?"
                      r"([A-Z][\w' -]{2,50})$", re.IGNORECASE)
_TITLE_ROWS = 6
_DESCRIPTION_OPENERS = frozenset({"knowledge", "ability", "understanding", "awareness"})


def _described_by(text: str) -> bool:
    """``text`` opens like the description of a skill: a gerund or "Knowledge of …"."""
    first = text.split(" ", 1)[0].lower().rstrip(",;:")
    return first.endswith("ing") or first in _DESCRIPTION_OPENERS


# Words of a section's heading, never of a skill's title ("Where the Career Goes").
_NOT_SKILL_TITLE = frozenset({"the", "you", "your", "we", "our", "they", "their", "here", "my",
                              "to", "becoming", "become", "how", "why"})
# A sentence whose subject is a plural title and whose verb says what it may become
# ("Supervisors can go on to …", "Head keepers may move up to …").
_GLUED_HALF = 3  # words of each title glued on a strip, at least (not "Nurse Practitioner")
_SUBJECT_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][a-z]+(?: [a-z]+){0,3}s)\s+"
                               r"(?:can|may|could|often|usually|sometimes|later)\s[^.!?]*[.!?]?")
# A grade card's example titles ("Typical roles: Training Officer, L&D Adviser"), glued to
# the description before them or on their own line.
_TYPICAL_ROLES = re.compile(r"(?:^|(?<=[.!?)]))\s*(?:Typical|Example|Common) (?:job )?roles:\s*"
                            r"([^.]{3,200})$")
# A seniority word before a title: "Senior Teller" is the Bank Teller at a level ("Chief" and
# "Head" name posts of their own).
_SENIORITY = re.compile(r"^(?:senior|junior|trainee|sr\.?|jr\.?|entry-level|mid-level)\s+",
                        re.IGNORECASE)
# "From assistant stage manager you could move up to …": the sentence's moves start there.
_FROM_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))From\s+(?:an?\s+|the\s+)?([A-Za-z][\w' -]{2,50}?)"
                            r",?\s+(?:you|they|many|most|some|people|workers)\s[^.!?]*[.!?]?")
_ANY_MODAL = re.compile(r"s (?:can|may|could|often|usually|sometimes|later) ")  # a cheap gate
# A skill's title glued between two descriptions: "…look right.Customer ServiceKnowledge of".
_GLUED_SKILL = re.compile(r"(?<=[a-z]\.)([A-Z][a-z]+(?: (?:and|of|&|[A-Z][a-z]+)){0,4})"
                          r"(?=[A-Z][a-z])")
_RUNG_LINE = re.compile(r"^[A-Z][A-Za-z' /-]+$")  # a short line of words only: a rung title
# The sections a rung printed as a title heading holds ("What You Do:", "Salary").
_RUNG_PARTS = frozenset({Kind.RESPONSIBILITIES, Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS,
                         Kind.SALARY})
_PAY_LABELS = frozenset({"", "salary", "pay", "stipend", "wage", "wages", "salary range",
                         "average salary", "typical salary", "starting salary"})
_GLUED_TITLE = re.compile(r"[a-z)][A-Z]")  # a cheap gate: one title glued to the next
# A line announcing the hierarchy printed under it ("The Typical X Ladder (bottom to top):").
_LADDER_CUE = re.compile(r"\b(?:ladder|hierarchy|bottom to top|career path)\b", re.IGNORECASE)
# A label giving one end of a range on its own line ("High Salary: $61000").
_BOUND = re.compile(r"^(high|highest|top|max|maximum|low|lowest|bottom|min|minimum)\s+"
                    r"(?:basic\s+|base\s+)?(?:salary|pay|wage|earnings)$", re.IGNORECASE)
_HIGH_SIDES = frozenset({"high", "highest", "top", "max", "maximum"})
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


# Words that open a requirement rather than name a skill ("Proficiency in Python").
_QUALIFYING = frozenset({"proficiency", "familiarity", "experience", "knowledge", "expertise",
                         "understanding", "hands-on", "skill", "skills", "ability", "strong"})


# Words that open a requirement sentence rather than a list of skills.
_REQUIREMENT_OPENERS = frozenset({
    "deep", "solid", "good", "excellent", "sound", "working", "basic", "advanced", "in-depth",
    "thorough", "demonstrated", "proven", "familiarity", "bachelor's", "master's", "degree",
    "minimum", "total", "relevant", "adaptability", "commitment", "exposure",
    "background", "track", "a", "an", "the", "at", "ability", "able", "must", "should"})


# Labels that name a group of skills, not a skill ("Technical: …", "All levels: …").
_GROUP_LABELS = frozenset({"technical", "soft", "general", "other", "core", "essential",
                           "required", "preferred", "nice to have", "bonus", "must have"})


def _spaced_names(text: str) -> list[str]:
    """The names of a line that sets them apart by runs of spaces or tabs, none of them a
    sentence; [] for any other line.

    >>> _spaced_names("Harbour Mills   Kestrel Foods\tOakline"), _spaced_names("One  line.")
    (['Harbour Mills', 'Kestrel Foods', 'Oakline'], [])
    """
    parts = [p.strip() for p in _SPACE_RUN.split(text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > _SPACED_WORDS or p.endswith(".") or not (
            p[:1].isupper()) for p in parts):
        return []
    return parts


def _skill_label(label: str) -> bool:
    lowered = label.lower()
    return (lowered not in _GROUP_LABELS and "level" not in lowered
            and not any(c.isdigit() for c in label))


# Columns a table header can name: their cells are names of that kind.
_COLUMN_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS, Kind.SKILLS, Kind.TOOLS, Kind.SALARY})
_SHARE = re.compile(r"\s*\(?\d+(?:[.,]\d+)?\s*%\)?\s*$")
_CASE_CUT = re.compile(r"[a-z][A-Z]")
_TITLE_AFTER = re.compile(r"\s*\(((?:[A-Z][a-z]+\s?){1,5})\)\s*\.?\s*")


def _one_brand(item: str) -> bool:
    """A list item that is one name with one brand word in CamelCase ("GreenCart Markets"):
    the item is already parted from its neighbours, so its letter case cuts nothing."""
    return len(item.split()) >= 2 and len(_CASE_CUT.findall(item)) == 1 and (
        _CASE_CUT.search(item.split()[0]) is not None)
_NAME_BUCKETS: dict[Kind, Bucket] = {Kind.SECTORS: "sectors", Kind.EMPLOYERS: "employers"}
# A level table's rows make a ladder from this many consecutive numbers on.
_MIN_TABLE_RUNGS = 3
_TITLE_COLUMNS = frozenset({"position", "title", "role", "job title", "job", "role title"})
_GRADE = re.compile(r"(.+?)\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})")
_LEVEL_CODE = re.compile(r"[A-Z]{1,4}\d{0,2}")


def _graded_title(cell: str, vocab: Vocabulary) -> str | None:
    """The role title of a level table's cell, its grade kept ("Junior Data Analyst II",
    "Quality Engineer 1" from "QE1 - Quality Engineer 1"); None for other cells.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _graded_title("QE1 - Quality Engineer 1", v), _graded_title("Junior", v)
    ('Quality Engineer 1', None)
    """
    text = clean(cell)
    coded = dash_label(text)
    if coded is not None and _LEVEL_CODE.fullmatch(coded[0]):
        text = coded[1]
    graded = _GRADE.fullmatch(text)
    return text if vocab.is_role_title(graded.group(1) if graded else text) else None


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


def _category_label(label: str) -> bool:
    """A label in sentence case over several words names a category of tools ("Flow
    meters", "Spreadsheet software"), not a tool ("Kubernetes", "Power BI").

    >>> _category_label("Spreadsheet software"), _category_label("Power BI")
    (True, False)
    """
    words = label.split()
    return len(words) >= 2 and any(w[:1].islower() and w not in SMALL_WORDS for w in words[1:])


_STOP_GLUE = re.compile(r"(?<=[a-z)])\.(?=[A-Z])")  # "terminology.Anatomy"
_MIN_STOP_GLUE = 2
# A lower-case word run straight into a capitalised one ("buildingsEstimating", not "iPhone",
# "JavaScript" or "eBay"): a line break lost between two rows of a list.
_WORD_GLUE = re.compile(r"\b[a-z]{3,}[A-Z][a-z]{3,}\b")
_GLUED_ROWS_WORDS = 16
# Words of a clause, never of a group label ("You may need" opens another list).
_NOT_LABEL = frozenset({"you", "we", "they", "i", "need", "needs", "may", "must", "should",
                        "will", "can", "could", "might"})
_PLAN_KINDS = frozenset({Kind.PROGRESSION, Kind.LADDER, Kind.DEVELOPMENT, Kind.NEXT_STEPS})
_WIDE_GAP = re.compile(r"\s{3,}|\t")
# A title, its pay in a bracket, then what the title does ("Centre Supervisors (S$4,800 –
# S$5,600) manage a team of 12").
_TITLE_PAID = re.compile(r"^([A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&)){0,6})\s+"
                         r"\(([^()]*\d[^()]*)\)\s+[a-z]")
_CELL_GAP = re.compile(r"\s{3,}|\t|\s+·\s+")  # (a strip's cells: wide gaps or middle dots)
# A title and its figure in one cell ("Train Operator $68K", "Rigger  £18.75 per hour")
_ONE_END_WORDS = frozenset({"low", "high", "min", "max", "minimum", "maximum", "average",
                            "median", "mean", "typical", "entry", "starting", "total", "base",
                            "top", "bottom", "from", "to"})
_TITLED_CELL = re.compile(r"^([A-Z][\w&'’/-]*(?:\s[A-Z][\w&'’/-]*){0,4})\s+"
                          r"(?=[$€£₹]\s?\d)")
_TITLED_CELLS = 2
# A line about study, whose technique names are subjects ("a BSc in Radiography")
_COURSE_LINE = re.compile(r"\b(?:degree|diploma|bachelor|master|BSc|MSc|BA|MA|course|"
                          r"module|programme|program|major|GCSE|A[- ]levels?)s?\b", re.IGNORECASE)
# A numbered list's item: "3. Execution of …"
_NUMBERED_DUTY = re.compile(r"\d{1,2}[.)]\s+(?=[A-Z])")
_DUTY_LINE = 15  # a duty printed on its own line is short; a paragraph is read by cues
# What opens the wrapped last part of a list item: a lower-case word or a bracket.
_CONTINUATION_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyz(")
# The two words a glue point joins ("Kubeflow|Billing"): both long enough to be words of
# their own, unlike a brand's parts ("Fin|Ops", "Git|Hub", "Service|Now").
_GLUE_SIDES = re.compile(r"([A-Za-z]+?)(?<=[a-z])([A-Z][a-z]*)")
_GLUE_SIDE = 5


def _chip_strip(heading: str, text: str, vocab: Vocabulary) -> bool:
    """``text`` is a line of skills run together with no sentence or figure in it
    ("AutoCADSite supervisionMS Excel"), a scraped strip of chips, under ``heading``, a line
    naming a skills section ("Skills that help in the exam and the job")."""
    return (len(_GLUED_TITLE.findall(text)) >= _CHIP_GLUES and not _CHIP_SENTENCE.search(text)
            and not _CHIP_FIGURE.search(text)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


def _technique_list(items: Sequence[str]) -> bool:
    """Two or more short lower-case noun phrases after a skill's dash ("annealing, cane
    pulling, gathering"): the techniques the skill is made of; not qualities ("clear,
    calm"), a sentence or figures."""
    return len(items) >= 2 and all(
        0 < len(words := item.split()) <= 3 and item[:1].islower() and item.replace(
            " ", "").replace("-", "").replace("'", "").isalpha()
        and words[0] not in _QUALIFYING | VERBS | _CLAUSE_WORDS
        and not words[-1].endswith(("ly", "ful", "ous", "ive", "able", "ible"))
        and words[-1] not in _QUALITY_ADJECTIVES
        for item in items)


# Words that open a clause, not a technique's name ("how fluids move", "when it rains").
_CLAUSE_WORDS = frozenset({"how", "what", "why", "when", "where", "which", "who", "that",
                           "the", "a", "an", "and", "or", "to", "for", "with", "in", "on",
                           "you", "your", "it", "they", "we"})
_QUALITY_ADJECTIVES = frozenset({"clear", "calm", "concise", "kind", "firm", "fair", "quick",
                                 "neat", "tidy", "friendly", "polite", "honest", "warm",
                                 "accurate", "precise", "fast", "safe", "strong", "good"})


def _skills_lead_in(heading: str, following: tuple[int, str, bool], vocab: Vocabulary) -> bool:
    """``heading`` names a skills section and a bulleted or numbered list follows it, so it may
    run as long as a lead-in ("Skills the crew told me count most" above "1. Kiln safety"),
    not above a paragraph."""
    return ((following[2] or _FIRST_ITEM.match(following[1]) is not None)
            and classify_heading(heading, vocab.headings) in _SKILL_KINDS)


_CHIP_GLUES = 3
_CHIP_SENTENCE = re.compile(r"[.!?]\s")
_CHIP_FIGURE = re.compile(r"(?<![A-Za-z\d])\d")  # a figure, not a product's digit ("Pix4D")


def _chips_under(text: str, rows: Sequence[_Row]) -> bool:
    """A line of skill names run together ("Stream ProcessingMap MatchingLoad Testing")
    right under a skills heading: the section's list, not a heading of its own."""
    return (bool(rows) and rows[-1].kind in _SKILL_KINDS and bool(rows[-1].heading)
            and len(_GLUED_TITLE.findall(text)) >= 2)


def _short_skill(item: str) -> bool:
    """A short noun phrase such as "Landing zone design" (not "Experience with X")."""
    head = item.rstrip(".").partition(" (")[0]
    words = head.split()
    if not words or words[0].lower() in _QUALIFYING | VERBS:
        return False
    if len(words) <= 3:
        return True
    return (len(words) <= 5 and not any(c.isdigit() for c in head) and "," not in head
            and not item.rstrip().endswith("."))


def _short_list(text: str) -> bool:
    """A description that is only a list of short names ("pandas, scikit-learn and dbt")."""
    items = split_items(text.rstrip("."))
    listed = "," in text or ";" in text or (  # "A and B", when they are two skills
        len(items) == 2 and " and " in text and text.split()[0].lower() not in (
            _REQUIREMENT_OPENERS) and [len(p.split()) > 1 for p in paired_skills(
                text.rstrip("."))] == [True, True])  # (not "verbal and written skills")
    return listed and len(items) >= 2 and all(
        0 < len(i.split()) <= 4 and i.split()[0].lower() not in _QUALIFYING | VERBS
        for i in items) and not any(
        c.isdigit() and not _CODE_NAME.fullmatch(w) for w in text.split() for c in w)


# A name with figures in it ("I2C", "ICD-10", "OPCS-4"): no count or amount.
_CODE_NAME = re.compile(r"[A-Z][A-Za-z-]*\d[\w-]*[,.;]?")


def _base_key(title: str) -> str:
    return fact_key(role_base(title))


_PAID = re.compile(r"\b(?:are|is) paid\b|\bearns?\b")
_TITLE_COMMA = re.compile(r",(?:\s+[A-Z][a-z]+){1,3}")  # "…, Rehabilitative Services"
# A title that opens with these is another post, not the role at a level ("Chief
# Physiotherapist" on the physiotherapist's pay table).
_OTHER_RANKS = frozenset({"chief", "head", "deputy"})


# Words that open the role at an entry rung ("Graduate Geologist" on a rubric's pay spine).
_ENTRY_RUNGS = frozenset({"graduate", "trainee", "apprentice", "intern", "cadet"})
# Words that make a title the role at another level on a framework's level list.
_LEVEL_WORDS = frozenset({"junior", "associate", "senior", "staff", "lead", "principal"})
# Level words that name no job alone ("start as juniors"; an "Associate" is a law firm's job).
_BARE_LEVELS = frozenset({"junior", "senior"})
_TAB_CELLS = 2
_EMPLOYER_PAY = re.compile(r"(?:\d{1,2}[.)]\s+)?([A-Z][\w&'. -]{2,60}?)\s+"
                           r"(?:salary|pay|wages?)\s*:")
_ANSWER_BAND = re.compile(r"(?i)(?:anywhere |somewhere )?(?:from|between)\s+\S?\d")
_YEARLY_LOW, _YEARLY_HIGH = 10_000, 1_000_000
_SHARE_ROW = re.compile(r"([A-Z][\w' &-]{2,50}?)(?:,[^\t%]{0,60})?(?:\t|\s{2,})\d{1,3}(?:\.\d)?%")
_SHARE_LEAD = re.compile(r"(?i)\b(?:employers|industries|employed)\b[^.]*:\s*$")
_OCCUPATION_CELL = re.compile(r"[A-Z][a-z]+(?:\s+(?:and|of|[A-Z][a-z]+)){0,5}s")
_AGENT_END = re.compile(r"(?:er|or|ist|ian|ive|ant|ent|man|men)$")


def _first_cell_title(clause: str, vocab: Vocabulary) -> str | None:
    """The role title, in Title Case, that the first cell of a pipe row names in any case
    ("Help desk analyst | Midpoint"); None when the cell is no title."""
    cell = clause.split("|", 1)[0].strip()
    if not cell or _DIGIT.search(cell) or len(cell.split()) > _SHORT_LEAD_WORDS:
        return None
    titled = title_case(cell)
    return titled if vocab.is_role_title(titled) else None


_SHORT_LEAD_WORDS = 6


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

    >>> _pay_key("Senior Welder"), _pay_key("Chief Welder")
    ('welder', 'chiefwelder')
    """
    first = title.split(maxsplit=1)[:1]
    if first and first[0].lower() in _OTHER_RANKS:
        return fact_key(title)
    return _base_key(title)


def _role_tail(title: str, role: str) -> bool:
    """``title`` is ``role`` or its last words ("Conservator" for Museum Conservator).

    >>> _role_tail("General manager", "Hotel General Manager"), _role_tail("Hotel", "Hotel X")
    (True, False)
    """
    key, words = fact_key(title), role.split()
    return any(fact_key(" ".join(words[start:])) == key for start in range(len(words)))


_HEADED_WORDS = 4
_CARD_LINES = 3  # a card: its title, a description, then its figure
_CARD_WORDS = 8


# A place cut off by a snippet's "..." ("brand ambassador work for a drinks ..."): its words
# may be the start of a longer name ("a drinks company"), so none is read.
_CUT_PLACE = re.compile(r"\s(?:for|at|in|with|by|from)\s(?:an?\s|the\s)?[^,.;]{0,40}?\s?"
                        r"(?:\.{3}|…)\s*$")


def _card_title(text: str) -> bool:
    """A line that may title a card: a few words from a capital, no figure, no sentence end.

    >>> _card_title("Sales Supervisors - Retail and Wholesale"), _card_title("Apply now.")
    (True, False)
    """
    return text[:1].isupper() and text[-1:] not in ".…:!?,;" and (
        text.count(" ") < _CARD_WORDS) and _DIGIT.search(text) is None
_RUNG_TITLE = re.compile(r"Level\s+\d{1,2}\s+")
_HEAD_SUFFIX = 5  # "Keeper" heads "Gamekeeper": a head noun this long inside a compound


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
_PRESENTER_TITLE = re.compile(r"The presenter is an? (.+?) at ")
_KNOWN_KIND_WORDS = 3
# A heading about pay, no title ("X Salary Distribution in Lima", "X Average Salary in Leeds";
# "Pay Analyst" is a title)
_PAY_IN_TITLE = re.compile(r"\b(?:salary|salaries|pay|wages?|earnings)\s+(?:distribution|range|"
                           r"ranges|guide|survey|scale|in|by|for|of|at)\b|\b(?:average|median|"
                           r"typical)\s+(?:salary|salaries|pay|wages?)\b", re.IGNORECASE)
_CHARGED = re.compile(r"\b(?:we|I|they|you|firms|shops|agencies)\s+(?:usually\s+|typically\s+|"
                      r"normally\s+)?(?:charge|charged|bill|billed|invoice)\b[^.;!?]*$",
                      re.IGNORECASE)
_OTHER_JOBS = re.compile(r"\b(?:similar|related|other|comparable|nearby)\s+(?:jobs|roles|careers|"
                         r"occupations|positions|titles|professions)\b", re.IGNORECASE)
# A short label opening a row ("Seamstress", "Furniture carpenter"): capitalised, no figure.
_ROW_LABEL = re.compile(r"[A-Z][\w'’-]+(?:\s[\w'’-]+){0,3}")
# A pay section by place ("Salary by voivodeship", "Pay by region"): its rows are places.
_BY_PLACE = re.compile(r"\bby\s+(?:voivodeships?|regions?|provinces?|states?|counties|county|"
                       r"cantons?|cities|city|locations?|areas?|districts?)\b", re.IGNORECASE)
_TAIL_ASIDE = re.compile(r"\s*\([^()]*\)$")
_PATH_LABELS = frozenset({Kind.LADDER, Kind.PROGRESSION, Kind.MOVES_UP, Kind.MOVES_IN,
                          Kind.LATERAL, Kind.NEXT_STEPS})
_WHOSE_PAY = re.compile(r"\s(?:for|as)\s+(?:an?\s+|the\s+)?[A-Z]")
_GRADE_MARKS = re.compile(r"^(?:Senior|Junior)\s+|\s+(?:I{1,3}|IV|[1-4])$")


def _graded_tail(title: str, role: str) -> bool:
    """``title`` is the role's last words with a seniority word or a grade ("Senior
    Underwriter", "Underwriter II" on the Insurance Underwriter's guide): the role at a level.

    >>> _graded_tail("Senior Underwriter", "Insurance Underwriter")
    True
    >>> _graded_tail("Trainee Technician", "Lab Technician"), _graded_tail("Underwriter", "X")
    (False, False)
    """
    bare = _GRADE_MARKS.sub("", title)
    return bare != title and _role_tail(bare, role)


def _sector_pairs(pieces: list[str], known: Sequence[str]) -> list[str]:
    """Sectors of a list with two joined by "and" parted: the last item of a comma list
    ("telecoms, mining and farming"), or a lone pair of known sectors ("healthcare and
    retail"); a fixed pair ("oil and gas"), a pair with an unknown ("energy and critical
    minerals", "road and highway construction") or a middle item ("mining · energy and
    metals · government") is one sector.

    >>> _sector_pairs(["telecoms", "mining and farming"], [])
    ['telecoms', 'mining', 'farming']
    >>> _sector_pairs(["healthcare and retail"], ["Healthcare", "Retail"])
    ['healthcare', 'retail']
    >>> _sector_pairs(["energy and critical minerals"], ["Energy"])
    ['energy and critical minerals']
    >>> _sector_pairs(["road and highway construction"], ["Healthcare"])
    ['road and highway construction']
    >>> _sector_pairs(["mining", "energy and metals", "government"], ["Energy"])
    ['mining', 'energy and metals', 'government']
    """
    folded = {fold(name) for name in known}
    out: list[str] = []
    for index, piece in enumerate(pieces):
        left, joined, right = piece.partition(" and ")
        if joined and " and " not in right and not fixed_pair(piece) and (
                (index and index == len(pieces) - 1)
                or (len(pieces) == 1 and fold(left) in folded and fold(right) in folded)):
            out.extend((left, right))
        else:
            out.append(piece)
    return out


def _role_plural(name: str, role: str) -> bool:
    """``name`` is the role's title, its workers in the plural ("Directors of Audit" on the
    guide for Director of Audit): no employer.

    >>> _role_plural("Directors of Audit", "Director of Audit")
    True
    >>> _role_plural("Tram Operators", "Tram Driver")
    False
    """
    head, of, rest = name.partition(" of ")
    return fact_key(f"{singular_title(head)}{of}{rest}") == fact_key(role)


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


# The credit line under a picture ("Photo from Unsplash", "Image: Jane Roe / Flickr",
# "Credit: Getty Images", "Photograph by A. Person") or a picture's placeholder left in the
# text ("first image", "Featured image").
_MEDIA_CREDIT = re.compile(r"(?:(?:photo(?:graph)?|image|picture|illustration)s?(?:\s+credits?)?"
                           r"\s*(?:by|from|via|courtesy(?:\s+of)?|:|©)|credits?\s*:)"
                           r"\s*[\w©@][^.!?]{0,60}|(?:(?:first|second|main|hero|header|featured|"
                           r"cover|top)\s+)?(?:image|photo|picture)", re.IGNORECASE)


# A numbered term of training or pay ("Period 1", "Year 2", "Stage 3") and a figure after it.
_NUMBERED_TERM = re.compile(r"(?:period|year|stage|step|phase|term|semester|month|block)\s+\d{1,2}",
                            re.IGNORECASE)
_FIGURE_START = re.compile(r"\s*[$€£₹]?\d")


# Words opening a bracket that says how or how often a skill is used, naming no tool:
# "(by ear, not only with the sync button)", "(usually on site, sometimes remote)".
_MANNER_OPENERS = frozenset({"by", "not", "without", "under", "mostly", "mainly", "ideally",
                             "usually", "often", "sometimes"})


# A line of a wrapped paragraph, not a list item: it stops on a word that needs the next line
# ("Most of them combine a lab background with") or a sentence ends inside it ("… fixing
# things. Managers").
_WRAPPED = re.compile(r"\s(?:with|and|or|of|the|a|an|to|for|in|on|at|by|from|as|that)$"
                      r"|[a-z]{3}\.\s+[A-Z][a-z]")


def _listish(text: str) -> bool:
    """A plain line that reads as list items rather than a sentence (or a glued list).

    >>> _listish("Welding, brazing, soldering"), _listish("Most of them pair a lab background with")
    (True, False)
    """
    if _WRAPPED.search(text):
        return False
    words = text.split()
    if text[-1:] not in ".!?:" and len(_GLUED_ITEMS.findall(text)) >= 2:
        return True
    if len(words) <= 6 and text[-1:] not in ".!?:":
        return True
    # (a semicolon list too: "child development; emergent curriculum; …")
    return text[-1:] not in ".!?:" and (text.count(",") >= 2 or text.count("; ") >= 2) and (
        " is " not in text)


# Columns that the rules for pipe rows read line by line (``table_row``, ``pay_table``) do not
# know: a pipe table with one of them is read by its header.
_HEADER_ONLY = frozenset({"skills", "next", "previous", "lateral", "employers"})


_TITLE_CELL_WORDS = 6
_MATRIX_NAMES, _MATRIX_NAME_WORDS = 2, 3  # a matrix cell listing names: "DCIM; Jira"
_TOOL_USE = re.compile(r" (?:in|with|using|on|via) [A-Z]")  # "ticketing in ServiceNow"
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")  # "Girdawar (Kanungo)": the owner is Girdawar
_EXPORT_MOVES = frozenset({Kind.MOVES_UP, Kind.MOVES_IN, Kind.LATERAL, Kind.LADDER,
                           Kind.PROGRESSION})


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
    return re.search(rf"\b{re.escape(part)}\b", rest, re.IGNORECASE) is None


def _table_skill(vocab: Vocabulary) -> Callable[[str], bool]:
    """A skill or a tool the vocabulary knows: what tells a table column of skills whose
    header word is unknown ("Stack": "Kafka; dbt; SQL")."""
    known: set[str] = set()  # filled on first use: most pages never ask

    def is_skill(text: str) -> bool:
        if not known:
            known.update(name.lower() for name in vocab.skills)
        return text.lower() in known or bool(vocab.lexicon_tools(text))

    return is_skill


def _shared_tail(title: str) -> str:
    """One post whose two heads share a tail: "Chief / Head of Medical Physics" is the Head
    of Medical Physics (the first head alone names no post).

    >>> _shared_tail("Chief / Head of Medical Physics"), _shared_tail("Clerk / Typist")
    ('Head of Medical Physics', 'Clerk / Typist')
    """
    match = _SHARED_TAIL.match(title)
    return match.group(1) if match else title


_SHARED_TAIL = re.compile(r"^[A-Z][a-z]+\s*/\s*([A-Z][a-z]+\s+of\s+\S.*)$")


def _new_table(table: Table) -> bool:
    """A delimited table read by its header (:meth:`_LongformParser.delimited_tables`): any
    CSV, TSV or semicolon table; a pipe table only when its columns are more than a title and
    its pay (those are read row by row as before), or a column of counts beside them.  A
    table with a row right under its header whose title the vocabulary does not know is left
    to the rules that read rows one by one (they know occupations in the plural, cells glued
    to codes …)."""
    if any(row.unknown_title for row in table.skipped):
        return False
    return table.separator != "|" or any(  # (a survey's "Respondents" column: read by header)
        c.kind in _HEADER_ONLY or c.kind == "not_pay" or c.end is not None
        for c in table.columns)


# (gated by their words: most pages hold none, and the whole page is not searched)
_MAIL_MARK = PhraseGate(("from:", "subject:", "to:", "sent:", "date:", "view this email"),
                        re.compile(r"^(?:From|Subject|To|Sent|Date):|view this email",
                                   re.MULTILINE | re.IGNORECASE), whole=True)
_LISTING_MARK = PhraseGate(("jobs", "salary:", "posted", "apply"),
                           r"\bjobs\b|\bSalary:|\bposted\b|\bapply\b")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _job_pages(parser: _LongformParser, lines: Sequence[Line], whole: str,
               vocab: Vocabulary) -> Sequence[Line]:
    """A mail's lines without their quote markers and chrome, a results page's lines without
    its cards' chrome, and the lines of one-line job cards, each read into ``parser``
    (:mod:`careergraph.guides.mail`, :mod:`careergraph.guides.listings`); the chrome lines
    are kept, as printed, for the build report."""
    pairs = [(line.no, line.text) for line in lines]
    blank: set[int] = set()
    if _MAIL_MARK.search(whole):
        parser.mail = mail_page(pairs, vocab.is_role_title)
    if parser.mail is not None:
        blank |= parser.mail.chrome
        lines = [Line(no, parser.mail.text.get(no, text)) for no, text in lines]
    if _LISTING_MARK.search(whole) and whole.count("\n\n") >= _MIN_BLOCKS:
        parser.listing = search_page([(line.no, line.text) for line in lines])
    if parser.listing is None and ("[" in whole or "★" in whole):
        parser.listing = talent_page(pairs)  # a marketplace's cards of people for hire
    if parser.listing is not None:
        blank |= parser.listing.chrome
        snippets: set[int] = set()
        for card in parser.listing.cards:
            blank |= card.lines - {no for no, _ in card.snippet}
            snippets |= {no for no, _ in card.snippet}
        lines = [Line(no, without_wish(text) if no in snippets else text) for no, text in lines]
    if parser.family is not None and parser.mail is None and parser.listing is None:
        blank |= parser.family.chrome
        lines = [Line(no, parser.family.text.get(no, text)) for no, text in lines]
    if " | " in whole:
        parser.line_cards = [(line.no, one) for line in lines
                             if (one := one_line_card(line.text)) is not None]
        blank |= {no for no, _ in parser.line_cards}
    if "—" in whole or "–" in whole or " · " in whole:
        # a newsletter's board: "Title — Company — Place — Pay" (or " · " between cells)
        board = board_rows([(line.no, line.text) for line in lines])
        parser.line_cards += [(no, card) for no, card in board if card is not None]
        blank |= {no for no, _ in board}
    if not blank:
        return lines
    parser.family_chrome = {no: text for no, text in pairs if no in blank and text.strip()}
    return [Line(no, "" if no in blank else text) for no, text in lines]


_MIN_BLOCKS = 2  # (a short results page: its search, then two cards)
_TRAILER = re.compile(r"\s*[A-Z]{2,}:\s")  # a dictionary entry's coded trailer ("GOE: …")
_IMPERATIVE_WORDS = 8  # an imperative item "you need to:" longer than this is no skill
# A classification's skill phrase ("shape barrel heads with a croze and a bung borer").
_PHRASE_SKILL_WORDS = 12
_LIST_JOINS = frozenset({",", ";", "and", "or", "&", "while", "whereas"})
_TAG_ASIDE = re.compile(r"\(([^()]{2,60})\)")  # a glued tag's bracket of tools
# "Pastry Chef de Partie at $23.00 an hour": a title opening a sentence, then its figure.
# A grade after a title in a career grade scheme ("Senior Planning Officer – Grade 10 (£…"):
# the title owns the figure.
_GRADE_TAG = re.compile(r"\s*[–—-]\s*(?:Grade|Band|Level|Scale|Pay band)\s*\d+[A-Za-z]?\s*\(?\s*$")
_TITLE_AT = re.compile(r"(?:^|[.!?]\s+)([A-Z][^.!?]{2,60}?)\s+(?:at|on)\s*$")
# A table cell that is one name: capitalised words and the small words inside titles
# ("Chef de Partie", "Head of Archives").
_NAME_TAIL = re.compile(r"\s(?:de|du|des|la|le|of)\s+[A-Z]")  # "… de Partie", "… of Works"
_NAME_CELL = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|du|des|la|le|of|and|&|for))"
                        r"{1,5}")



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


def parse_longform(lines: Sequence[Line], file: str, vocab: Vocabulary) -> Guide:
    """Parse a long-form guide; raises :class:`GuideError` when no role can be inferred."""
    parser = _LongformParser(file, vocab)
    lines = placed_dollars(lines)  # ("Melbourne: $29.40/hr" among US commenters' rates)
    lines = side_by_side(lines)  # a printed sheet's two columns, one after the other
    # A chat, a mentor profile, a how-to article: the site's chrome (a how-to's lone step
    # numbers are no slides, a chat's turns no cues)
    parser.family = family_page([(line.no, line.text) for line in lines])
    if parser.family is not None and parser.family.headings:
        # a family's own section words ("What you'll learn" on an employer's programme page)
        vocab = parser.vocab = replace(vocab, headings=vocab.headings.extended(
            parser.family.headings))
    if parser.family is not None and parser.family.issuer is not None:
        parser.out.add("employers", *parser.family.issuer)  # the employer's own page
        for kind in parser.family.issuer_kinds:  # ("… is a registered charity")
            parser.out.add("sectors", kind, parser.family.issuer[1])
    if parser.family is not None and parser.family.family == "vettranslator":
        # a military-to-civilian translator's matched military jobs: read whole, then chrome
        parser.military = military_rows([(line.no, line.text) for line in lines])
        parser.family.chrome |= {job.line for job in parser.military}
    parser.compared = versus_pair([(line.no, line.text) for line in lines[:_VERSUS_ROWS]])
    parser.printed = {line.no: line.text for line in lines}
    parser.survey = survey_focus([(line.no, line.text) for line in lines[:_SURVEY_ROWS]], vocab)
    speech = transcript(lines, vocab.headings.classify) if parser.family is None else None
    names = vocab.gazetteer
    deck = slide_deck(lines, vocab.headings.exact, None if names is None else (
        lambda text: [(m.start, m.end) for m in names.find(text)])) if (
        speech is None and parser.family is None) else None
    if speech is not None:  # a podcast's cues or a video's timed lines: one line a turn
        parser.speech, lines = speech, speech.lines
    elif deck is not None:  # a careers talk's slides: each title heads its slide
        parser.deck, lines = deck, deck.lines
    # Structures read from the lines as printed (the rows lose their spacing): one look at
    # the whole text decides whether any can be there.
    whole = "\n".join(line.text for line in lines)
    if parser.family is not None and parser.family.family == "interviewqs":
        parser.interview_lines = [(line.no, line.text) for line in lines]  # (before its chrome)
    if speech is None and deck is None:  # a job board's results, a recruiter's mail
        lines = _job_pages(parser, lines, whole, vocab)
        whole = "\n".join(line.text for line in lines)
    if parser.family is not None and parser.family.family == "mentorprofile":
        parser.mentor = mentor_path([(line.no, line.text) for line in lines])
    else:
        parser.history = career_history([(line.no, line.text) for line in lines])
    if parser.family is not None and parser.family.family == "chatexport":
        parser.adverts = pasted_adverts([(line.no, line.text) for line in lines])
    if "iring" in whole or "ecruiting" in whole:  # before unwrapping joins a list's lines
        parser.hiring_lines = [(line.no, line.text) for line in lines if "iring" in line.text
                               or "ecruiting" in line.text]
    if parser.family is not None and parser.family.family == "howtosteps":
        parser.step_lines = [(line.no, line.text) for line in lines]
    if " · " in whole:
        parser.dotted = {line.no for line in lines if " · " in line.text}
    if "\t" in whole or "...." in whole or "   " in whole:  # a text table's cells, leaders
        parser.wage_schedule([(line.no, line.text) for line in lines])
        parser.spaced = {line.no: line.text for line in lines if "  " in line.text.strip()}
    if any(mark in whole for mark in _DIAGRAM_MARKS) and any(
            arrow_line(line.text) for line in lines):  # a pathway diagram's arrows
        parser.arrow_lines = [(line.no, line.text) for line in lines if line.text.strip()]
    if any("," in text or "\t" in text or "|" in text or ";" in text for _, text in lines):
        parser.tables = [table for table in find_tables(
            lines, vocab.headings.table_columns, _table_title(vocab), _table_skill(vocab))
            if _new_table(table)]
        parser.matrix = level_matrix(lines, parser.tables, vocab.headings.table_columns)
        parser.owners = [owner for table in parser.tables[:1] if table.separator != "|"
                         for owner in matrix_owner(lines, table, vocab.headings.table_columns)]
        plain = export_lines(lines, parser.tables, lambda label: classify_heading(
            label, vocab.headings) in _EXPORT_MOVES)
        if plain:  # a spreadsheet export: its other rows as "label: value" lines
            lines = [Line(no, plain.get(no, text)) for no, text in lines]
        taken = set().union(*(table.lines for table in parser.tables))
        pairs = {no: text for no, text in key_value_lines(
            lines, vocab.headings.table_columns, lambda label: (
                classify_heading(label, vocab.headings) is not Kind.OTHER)).items()
                 if no not in taken}
        if pairs:  # key/value blocks ("Field,Values" / "Sectors;Retail, Food"): tab rows
            lines = [Line(no, pairs.get(no, text)) for no, text in lines]
    parser.course = course_facts([(line.no, line.text) for line in lines], vocab)
    parser.calculator = calculator_lines([(line.no, line.text) for line in lines])
    parser.rubric = rubric_facts([(line.no, line.text) for line in lines],
                                 vocab.is_role_title)
    titled = speech.headings if speech is not None else deck.headings if deck else None
    recorded = record_lines(statement_lines(lines))
    unwrapped = unwrap(recorded)
    parser.joined = frozenset(line.no for line in recorded if not line.blank) - frozenset(
        line.no for line in unwrapped)
    return parser.run(_rows(unwrapped, vocab, titled, flat=deck is not None))
