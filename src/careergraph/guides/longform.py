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
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from careergraph.firm_names import firm_base
from careergraph.guides.amounts import find_amounts, find_money
from careergraph.guides.assessment_rows import RATING_MARKS, assessed_units, rated_attributes
from careergraph.guides.board_rows import board_rows
from careergraph.guides.builder import GuideBuilder, fact_key
from careergraph.guides.career_history import career_history
from careergraph.guides.chat import pasted_adverts
from careergraph.guides.column_rungs import column_rungs
from careergraph.guides.company_fields import (
    agency_field,
    assignment_parties,
    company_field,
    counted_industry,
    glued_sector,
    position_organisation,
    supplier_field,
)
from careergraph.guides.company_rows import company_rows
from careergraph.guides.competing_offers import offered_titles
from careergraph.guides.course import course_facts
from careergraph.guides.criteria import criteria_section, specialised_experience
from careergraph.guides.day_lists import day_cue, day_skills
from careergraph.guides.declared_units import declared_currency
from careergraph.guides.delimited import (
    Table,
    employer_table_rows,
    export_lines,
    find_tables,
    key_value_lines,
    level_matrix,
    matrix_owner,
)
from careergraph.guides.dev_plans import dev_plan, plan_form, workforce_letterhead
from careergraph.guides.document_numbering import standard_skills
from careergraph.guides.duty_names import named_duties, named_duty_item
from careergraph.guides.duty_objects import (
    duty_list_kit,
    duty_objects,
    role_duty_list,
    subject_duty_objects,
    third_person_duty,
)
from careergraph.guides.earnings_record import earnings_lines, may_hold_earnings
from careergraph.guides.employer_cuts import without_led
from careergraph.guides.employer_names import organisation_name
from careergraph.guides.entry_sentences import entry_titles, joined_titles
from careergraph.guides.feed_items import feed_lines, feed_page
from careergraph.guides.firm_sentences import own_group, trade_site, trading_firms
from careergraph.guides.form_parties import (
    about_business,
    firm_business,
    form_employer,
    respondent_business,
)
from careergraph.guides.gated_re import Gated
from careergraph.guides.gerund_tasks import gerund_runs, gerund_tasks
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headline import page_labels
from careergraph.guides.hire_fields import hire_cued, hired_as
from careergraph.guides.hiring_lists import opening_employers, placed_employers
from careergraph.guides.howto import howto_steps
from careergraph.guides.issuers import (
    applied_employer,
    board_paper_body,
    careers_header_employer,
    dashed_employers,
    equal_opportunity_employer,
    exhibitor_blocks,
    exhibitor_employers,
    gazette_bodies,
    holder_card_employers,
    issuers,
    job_card_employers,
    masthead_employer,
    offer_employer,
    offer_row_employers,
    other_card_pay,
    own_site_employer,
    posting_header_employer,
    service_branch,
    similar_card_employers,
)
from careergraph.guides.issuing_parties import agreement_employer, statement_issuer
from careergraph.guides.items import (
    IMPERATIVE_LEAD,
    clause_skills,
    coded_skills,
    course_topics,
    covered_skills,
    disposition,
    done_in_tools,
    glued_labels,
    kit_cued,
    ksa_row,
    mastered_skills,
    modal_skills,
    prose_skills,
    qualified_skills,
    sentence_skills,
    skill_names,
    with_tools,
    without_cut_off,
    without_perks,
    without_skill_note,
)
from careergraph.guides.ladders import (
    FORK,
    band_runs,
    coded_runs,
    column_ladder,
    glued_rows,
    grade_runs,
    heading_rungs,
    level_heading,
    level_ladder,
    level_tracks,
    row_ladder,
    years_start,
)
from careergraph.guides.league_rows import league_rows
from careergraph.guides.letterheads import (
    formed_company,
    labour_hire_employer,
    letter_letterhead,
    letterhead_employer,
    staff_employer,
    union_counterpart,
)
from careergraph.guides.listings import one_line_card, search_page, without_wish
from careergraph.guides.longform_ladders import capitalised_items
from careergraph.guides.longform_lines import (
    _ASIDE_LINE,
    _CLIENT_FIELD,
    _CLIENT_LINES,
    _CODE_AFTER,
    _DIGIT,
    _FORMED_HEAD,
    _GLUED_CELLS,
    _LEGAL_TAIL,
    _LONG_SENTENCE,
    _MORE_LINKS,
    _QUALIFIED_LINE,
    _RATING,
    _SHORT_LINK,
    _SHORT_WORDS,
    _SKILL_INTRO,
    _SURVEY_ROWS,
    _TOPIC_INTRO,
    _VERSUS_ROWS,
    _WANTED,
    _blank_between,
    _box_blocks,
    _panel_label,
    _role_work,
    _Row,
)
from careergraph.guides.longform_mentions import MentionMixin
from careergraph.guides.longform_patterns import (
    _BRACKETED,
    _DIRECTIONS,
    _GLUED_ITEMS,
    _GLUED_TITLE,
    _HEADING_GRADE,
    _NAME_BUCKETS,
    _NOTE,
    _ROLE_LISTS,
    _RUNG_PARTS,
    _same_role,
    _table_skill,
    _table_title,
    unrung_role,
)
from careergraph.guides.longform_rows import KSB_LABEL, _rows, card_lines
from careergraph.guides.longform_skills import (
    _criteria_weight,
    _group_label,
    brands_apart,
    listed_bracket,
)
from careergraph.guides.lower_headings import capitalised_headings
from careergraph.guides.mail import mail_page
from careergraph.guides.match_tables import match_table_lines
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.mentor import mentor_path
from careergraph.guides.military_match import military_rows
from careergraph.guides.move_items import (
    ladder_step,
    listed_role,
    move_titles,
    role_base,
    unlabelled_step,
    worded_level,
)
from careergraph.guides.next_job import job_after_cue, survey_employer
from careergraph.guides.nominal_duties import (
    later_posts,
    nominal_duty_skills,
    praised_skills,
    story_skills,
)
from careergraph.guides.notices import field_row_employer, internal_employer, notice_facts
from careergraph.guides.offer_employers import offer_employers
from careergraph.guides.openings import opening_firms, openings_heading_pattern
from careergraph.guides.page_families import card_terms, family_page
from careergraph.guides.page_money import page_currency, page_dollar, page_period
from careergraph.guides.panel_members import panel_employers, shortened_title
from careergraph.guides.panels import (
    bar_header,
    dash_label,
    meta_columns,
    strip_code,
    without_columns,
)
from careergraph.guides.pathway import arrow_line, diagram_edges, pathway_diagrams
from careergraph.guides.pay_columns import not_pay_cells, title_column_line
from careergraph.guides.pay_leads import charge_title
from careergraph.guides.paycheck import calculator_lines
from careergraph.guides.phrase_gate import PhraseGate
from careergraph.guides.placed_dollars import peso_letters, placed_dollars
from careergraph.guides.prose_titles import is_truncated, prose_title, without_cut_ending
from careergraph.guides.public_bodies import comparator_bodies
from careergraph.guides.public_employers import (
    answering_body,
    budget_publisher,
    careers_publisher,
    programme_provider,
    recruiting_places,
    schedule_publisher,
    unit_department,
)
from careergraph.guides.rank_rows import unit_without_place
from careergraph.guides.rated_firms import rated_firm
from careergraph.guides.records import record_lines
from careergraph.guides.releases import release_issuers
from careergraph.guides.requirement_items import (
    comma_requirements,
    requirement_skills,
    tooled_requirement,
)
from careergraph.guides.requirement_lists import kinded_requirements, requirement_list
from careergraph.guides.resume_jobs import resume_jobs
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.rubric import rubric_facts
from careergraph.guides.scope_work import scope_skills
from careergraph.guides.section_kinds import (
    _DUTY_PARTS,
    _DUTY_VERB,
    _LETTERED,
    _LIST_KINDS,
    _MOVE_BUCKETS,
    _PAY_BY_KIND,
    _PRICED_RUNG,
    _SKILL_KINDS,
    _SLIDE_LADDERS,
    _SLIDE_NAME_WORDS,
    _TECHNIQUE_WORDS,
    Kind,
    classify_heading,
)
from careergraph.guides.sector_frames import sector_pairs
from careergraph.guides.side_columns import picture_column, side_by_side
from careergraph.guides.similar_offers import (
    listed_offers,
    offer_cells,
    offer_strip,
    same_title,
    towns_listed,
)
from careergraph.guides.site_owner import site_owner
from careergraph.guides.skill_cues import labelled_skills, parted_items
from careergraph.guides.skill_trailers import without_item_wish
from careergraph.guides.slides import slide_deck
from careergraph.guides.spaced_labels import spaced_label_lines
from careergraph.guides.spaced_pay_table import piped_pay_table
from careergraph.guides.speaker_cards import speaker_employers
from careergraph.guides.spoken import transcript
from careergraph.guides.stage_matrix import coded_matrix, stage_matrix
from careergraph.guides.star_fields import star_field_lines
from careergraph.guides.statements import statement_lines
from careergraph.guides.successor_pools import external_sources, successor_posts
from careergraph.guides.survey_focus import survey_focus
from careergraph.guides.survey_rows import HEADERLESS_ROW, run_header
from careergraph.guides.talent_cards import talent_page
from careergraph.guides.talk import said_fields, said_moves, said_sectors
from careergraph.guides.text import (
    Line,
    clean,
    is_title_case,
    split_glued_sentence,
    split_label,
    split_sentences,
)
from careergraph.guides.title_frames import firm_named, legal_form
from careergraph.guides.told_duties import (
    listed_projects,
    told_duty_objects,
    told_opening,
    told_pieces,
    told_sentences,
    told_workplaces,
)
from careergraph.guides.unit_columns import has_unit
from careergraph.guides.vacancy_clients import client_employers
from careergraph.guides.verb_lists import without_verb_lists
from careergraph.guides.versus import versus_pair
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.worked_examples import worked_examples
from careergraph.guides.wrap import unwrap
from careergraph.legal_forms import legal_forms
from careergraph.model import Guide, SkillKind

__all__ = ["Kind", "classify_heading", "parse_longform"]

# (real44) A short bare item naming a card's field of figures ("Job outlook", "Salary"): a
# label whose value the copy lost, under the field before it.
_VALUE_LABEL_KINDS = frozenset({"market", "salary"})  # a known heading's kind, exactly
_BARE_LABEL_SPACES = 3

# (rules42b) The literals of a tender's supplier fields ("Tenderer:", "Awarded supplier:").
_SUPPLIER_CUES = ("enderer:", "upplier:", "warded to:", "idder:", "ontractor:",
                  "ranchisee:")  # (rules46b) a franchise handbook's "Franchisee: X Ltd"
# (rules43a) The literals of an assignment's agency field ("Agency: X", "Hire company: X"),
# a gate before its pattern (``assignment_parties.agency`` in data/headings.yaml).
_AGENCY_FIELD_CUES = ("business:", "ngaged by:", "gency:", "ire company:", "ffing company:",
                      "upplied by:", "mployed by:",
                      "fee-payer):")  # ((rules52b) "Agency (fee-payer):")
# (rules55b) A rate billed to a client ("Bill rate", "Charge rate"): a sign the page is an
# agency's (a timesheet's), whose parties' fields the same pattern reads.
_AGENCY_RATE_CUES = ("ill rate", "harge rate")
# (rules57b) A screening report's position block ("Position applied for: X", "Client
# industry: …"): a consumer reporting agency reports to its client, the hirer, so the page's
# "Client: X, LLC" field names the employer, as an agency's assignment page does.
_SCREENING_CUES = ("osition applied for:", "lient industry:")


# A page about a job in the armed services (its ranks are the soldier's own standing).
def _manner_of(name: str, text: str) -> bool:
    """(real40) ``name`` ("reassuring manner") is how something is done in ``text``
    ("patients must be dealt with in a calm and reassuring manner"), no quality to have.

    >>> _manner_of("reassuring manner", "dealt with in a calm and reassuring manner.")
    True
    >>> _manner_of("polite manner", "You will need to have a polite manner.")
    False
    """
    return re.search(rf"\bin an? (?:[a-z]+,? (?:and |or )?)*{re.escape(name)}\b", text) is not None


def _alone_piped(before: _Row | None, row: _Row, after: _Row | None) -> bool:
    """``row`` is a line of cells parted by bars with no such line right above or below."""
    return not any(near is not None and abs(near.no - row.no) == 1 and " | " in near.text
                   for near in (before, after))


# (fresh62) A course named as a wish ("the Manual Handling course", "short courses").
_WISHED_COURSE = re.compile(r"\bcourses?\.?$", re.IGNORECASE)
# (rules48b) A numbered section's line, short and unpunctuated: "4. Probationary period".
_NEXT_SECTION = re.compile(r"\d{1,2}[.)]\s+[A-Z][^.:;!?]{2,48}")
# A statistic's figure on its own line, under its label ("100,700", "36.7 years old", "62%").
# (rules39d) A translated item that keeps its original word (Greek, Cyrillic …) before the
# English one and a dash: "Μεθοδικότητα - methodicalness, accuracy and discretion".
_ORIGINAL_FIRST = re.compile(r"^[\u0370-\u052f\u1f00-\u1fff]+(?:\s+[\u0370-\u052f\u1f00-\u1fff]+)"
                             r"{0,3}\s+[-–—]\s+(?=[A-Za-z])")
_BARE_FIGURE = re.compile(r"[$£€]?\d[\d.,]*\s*(?:%|[a-z]+(?: old)?)?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MILITARY = re.compile(r"\b(?:Army|Navy|Air Force|Marine Corps|military|enlisted|MOS)\b")
_PLAN_HEAD = 4  # lines of a development plan form where its title stands
_PARTY_HEAD = 30  # lines of a form or a decision where its parties stand
_MIN_DUTIES = 2  # third-person duty sentences that make a paragraph a position summary
_DUTY_CLAUSE = re.compile(r";\s+")
_LEAD_WORDS = 8  # words of a list's one-sentence lead-in ("Similar positions to consider include:")


# (rules39a) A list's lead-in naming jobs ("Newcomers have worked as:", "Roles to try:").
_JOBS_LEAD = re.compile(r"\b(?:worked as|work as|working as|jobs?|roles?|positions?|posts?|"
                        r"careers?|occupations?)\b", re.IGNORECASE)


# (real35) A list's lead-in telling where the role's people move up to ("Electricians may
# progress to become:", "Many go on to roles such as:", "You could move up to:").
_MOVES_LEAD = re.compile(r"\b(?:can|could|may|might|will|often|usually|typically|later)\s+"
                         r"(?:also\s+|then\s+|eventually\s+)?(?:progress|advance|go\s+on|"
                         r"move\s+(?:up|on))\s+(?:to|into)(?:\s+(?:become|be|roles?|positions?|"
                         r"jobs?)(?:\s+(?:such\s+as|like|as))?)?\s*:$", re.IGNORECASE)


# (real33) the value of a classification's skill-level label: "Lower skill", "High skill"
_SKILL_RATING = re.compile(r"\s*(?:very\s+)?(?:high|higher|low|lower|medium|moderate)\s+"
                           r"skill(?:ed)?\s*", re.IGNORECASE)
_RATED_SKILL = frozenset({" skill", "killed"})


# (real33) A bullet of where one may work, opening on the gerund: the capitalised name after
# it ("working in the Australian Defence Force, assisting …").
# (rules49b) A labelled employer field's firm, then a spaced dash and its unit and place,
# parted by commas ("Mercy Lakes Health — Maternal-Fetal Medicine clinic, Minneapolis, MN").
# (rules49c) Or its department's path, two units or more parted by spaced dashes
# ("Northfell Mutual — Finance & Audit — Internal Audit").
_NAMED_UNIT = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,5})"
                         r"\s+[—–]\s+(?:[^,—–()]{3,60},\s+[A-Z][^,]{1,30}(?:,\s+[A-Z][^,]{1,30})?"
                         r"|[A-Z][^,—–()]{2,40}(?:\s+[—–]\s+[A-Z][^,—–()]{2,40})+"
                         # (carry49) "Organisation: Marlow Motor Finance — Financial Crime": a
                         # unit in Title Case alone after the firm
                         r"|[A-Z][\w'’-]*(?:\s+(?:&|and|of|[A-Z][\w'’-]*)){0,3})\s*$")
# (rules49b) A labelled employer field's firm and the group it belongs to, in brackets.
_GROUP_ASIDE = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6})\s*"
                          r"\((?:a\s+|an\s+)?(?:member|part|division|subsidiary|unit)\s+of\s+"
                          r"(?:the\s+)?[A-Z][^()]{1,60}\)\s*$")
_WORKING_AT = re.compile(r"working\s+(?:in|for|at|with)\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of|and|&|[A-Z][\w&'’.-]*))*)"
                         r"(?=\s*(?:[,;.(–—-]|$))")
# (real33) Plural heads of kinds of workplace: a short bullet ending on one names workplaces.
_WORKPLACE_PLURALS = frozenset({"industries", "firms", "companies", "agencies", "institutions",
                                "organisations", "organizations", "businesses", "ministries",
                                "corporations", "consultancies", "schools", "colleges",
                                "universities"})
_NOT_IN_KIND = frozenset({"from", "of", "in", "at", "with", "for", "by", "to", "on", "as"})
_WORKPLACE_KIND_WORDS = 4


# (real33) A cell of figures alone, a currency's sign or letter before them ("N500, 000 to
# N3, 000, 000", "₦1, 680, 000", "$40,000 - $55,000"): no name of an employer.
_FIGURES_ONLY = re.compile(r"(?:(?:[A-Z]{1,3}|[$€£₦₹¥])?\s?\d[\d,.\s]*(?:k|m)?\s*"
                           r"(?:to|-|–|—)?\s*)+")


def _workplace_item(item: str) -> bool:
    """A short item naming a kind of workplace ("Engineering consulting firms", "Government
    agencies"), no requirement ("Degree from accredited institutions" keeps its "from").

    >>> _workplace_item("Oil and gas industries"), _workplace_item("Degree from accredited firms")
    (True, False)
    """
    words = item.rstrip(" .;").split()
    return (0 < len(words) <= _WORKPLACE_KIND_WORDS and words[-1].lower() in _WORKPLACE_PLURALS
            and _NOT_IN_KIND.isdisjoint(w.lower() for w in words))


def _only_chain(text: str) -> bool:
    """The line is an arrow chain and nothing else ("A → B", not "A → B, or C")."""
    chain = arrow_chain(text)
    return chain is not None and "".join(chain) == re.sub(
        r"\s*(?:->|⇒|=>|⟶|➔|➜|→)\s*", "", clean(text)).rstrip(".")
_SPACE_RUN = re.compile(r" {3,}|\t+")
_SPACED_WORDS = 6
# (recall14) a skills label's semicolon list on a requirements line: pieces, words a piece
_MIN_SEMICOLON_PIECES = 3
_SEMICOLON_PIECE_WORDS = 8
# (rules52b) Sections whose lines may hold a run-in skills label's semicolon list.
_RUN_IN_SKILLS = frozenset({Kind.REQUIREMENTS, Kind.OVERVIEW, Kind.RESPONSIBILITIES,
                            Kind.OTHER})
_SKILLS_FIRST = re.compile(r"(?:key\s+)?skills\b", re.IGNORECASE)  # a label's first word
# A quality or skill named, then described after a full stop ("Good judgment. Wardens must
# decide …"), as government occupation profiles print them.
# A lower-case aside after an industry's name, in a bracket or after a spaced dash ("Food
# industry – frozen and canned seafood for export", "Garment manufacturing (export of …)").
# (rules38c) A sector's aside naming one segment by two slash-parted names.
_SEGMENT_ASIDE = re.compile(r"\w\s+\(([a-z][a-z-]+(?: [a-z-]+)?) / [a-z][a-z-]+(?: [a-z-]+)?\)$")
# ((rules54b) the dash's aside with its own bracket: "Horseracing — racehorse trainer (licensed
# by the …)")
_SECTOR_ASIDE = re.compile(r"(?<=\w)\s+(?:[–—]\s+[a-z][^–—()]*(?:\([^()]*\))?|\([a-z][^()]*\))$")
# (a sentence opening with a pronoun or a demonstrative is no label: "These are minimums.")
_DOT_LABEL = re.compile(r"^(?!(?:These|This|That|Those|It|We|You|They|Our|Your|There)\b)"
                        r"([A-Z][\w'-]*(?:[ -][\w'-]+){0,3})\.\s+(?=[A-Z][^.]{8,})")
_GLUED_NUMBER = re.compile(r"[a-z]\d{1,2}\.\s[A-Z]")
_COLUMN_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # "Forensic Scientist II": a grade
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+([^.:]{2,80})$")
_NUMBERED_LONG = re.compile(r"^\d{1,2}[.)]\s+(.{2,200})$")


def _numbered_dash_item(text: str) -> re.Match[str] | None:
    """"3. Botanical ID – being able to name plants …": a numbered skill with a dash and its
    description, however long the description runs."""
    match = _NUMBERED_LONG.match(text)
    return match if match is not None and dash_label(match.group(1)) is not None else None


_PROSE_MOVE_KINDS = frozenset({*_MOVE_BUCKETS, Kind.LADDER, Kind.PROGRESSION})
# The line under a quotation naming its speaker: a name of two or three words and a comma.
_SPEAKER = re.compile(r"[—–-]?\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}),")
_SPEAKER_WORDS = 14
_TESTIMONIAL_WORDS = 5  # words of a quotation with no full stop that is still a sentence
# A card's labelled field ("Entry:  A · B"): its label and its value.
_ENTRY_FIELD = re.compile(r"^([A-Z][a-z]+(?: [a-z]+){0,2})\s*:\s+(\S.*)$")
_DOT_SPLIT = re.compile(r"\s+[·•]\s+")
_TRAILING_NOTES = re.compile(r"(?:\s*\([^()]*\))+$")  # "(level 2)", "(light vehicle)"
_ENTRY_WORDS = 7
# (rules40c) A requisition's field of the titles that may apply, items parted by ";".
_ELIGIBLE = re.compile(r"^(?:Eligible\s+(?:internal\s+)?(?:applicants|candidates|titles)|"
                       r"Who\s+(?:may|can)\s+apply(?:\s+internally)?)\s*(?::|\|)\s+(.+)$",
                       re.IGNORECASE)
_ROMAN_TAIL = re.compile(r"\s+(?:I{1,3}|IV|V)$")  # "Academic Advisor I": the role, a level


def _worker_title(title: str, vocab: Vocabulary) -> bool:
    """``title`` names a job: no article or figure in it (a course is "a level 3
    certificate"), its last word a worker's."""
    return not _COURSE_MARK.search(title) and vocab.is_role_title(title) and practitioner_noun(
        title.split()[-1])


# (rules35d) A card's next steps, two titles and how they follow ("Next step: Glazing
# Supervisor, then Contracts Manager", "Wants next: Crew Leader, and one day a Consulting X").
_STEP_TITLE = r"[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,4}?"
_NEXT_STEPS = re.compile(rf"^(?P<label>[A-Z][a-z]+(?: [a-z]+){{0,2}})\s*:\s+"
                         rf"(?P<first>{_STEP_TITLE}),?"
                         r"\s+(?:and\s+)?(?P<link>then|one day|later|eventually|or)\s+(?:an?\s+)?"
                         rf"(?P<second>{_STEP_TITLE})\.?$")
_COURSE_MARK = re.compile(r"^(?:an?|the)\s|\d", re.IGNORECASE)

# A short label in sentence case before an employers section's list ("Trailblazer group: A,
# B", "Founding members: C, D").
_GROUP_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}")
# A site's name, a dash and the company that owns it, named with its legal form ("Brand
# Ponsonby — Tui Wellness Ltd", "Brand Macon – Piedmont Wash Partners LLC").
# A job board's dateline or count of applicants in a posting's header strip.
_POSTED_CELL = re.compile(r"(?:Published|Posted|Updated)\b.*\bago$|\d+\+?\s+(?:applications|"
                          r"applicants|candidates)$", re.IGNORECASE)
_POSTING_HEAD_ROWS = 30  # rows of a page's head where a posting's strip stands
_FIRM_REACH = 3  # (rules45a) lines after a posting's title where its firm's line stands
# (rules38a) A posting strip's cell of the job's terms ("full time", "2 vacancies").
# ((rules50c) a translator's "Fixed time (May – October 2027)" for a fixed term too)
_TERMS_CELL = re.compile(r"(?:full|part)[ -]time|permanent|temporary|fixed[ -](?:term|time)|"
                         r"\d+\s+vacanc(?:y|ies)$|\d+\s+(?:positions|openings)$", re.IGNORECASE)
_DASHED_CELLS = re.compile(r"\s[—–]\s")
_TRADE_NAME_AFTER = re.compile(r"\s*\([^()]{1,60}\)$")  # (rules50c) "… d.o.o. (Picerija X)"
# (rules45a) A posting's head line naming its firm alone or beside the place, a brand or a
# badge ("LLC "Podillia Agro"  ✔ Verified company", "Stryi · Garment factory "Tekstyl" LLC",
# "Hotel Vila d.d. – Spa"): its cells, apart by middle dots, dashes or wide gaps.
# (rules45c) A firm said to be part of a group of firms ("X is part of the Y group").
_GROUP_MEMBER = re.compile(r"(?:^|[.!?]\s+)(?!(?:The|Our|This|Each|Every)\s)"
                           r"(?P<firm>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){1,4})\s+is\s+(?:now\s+)?"
                           r"part\s+of\s+the\s+(?P<group>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
                           r"\s+group\b")
# (rules47a) A firm's sentence naming the group or corporation it belongs to, by its head word
# or its legal form: "Trikotazh Yantra EOOD is a family knitwear manufacturer … and part of
# Balkan Knit Group.", "Mabuhay Mart is a chain of 9 supermarkets … under Lualhati Retail
# Corporation."; (fresh62) or what the firm does first, then "and is part of" the group:
# "Kovo Lis EOOD presses steel trays for … and is part of Lis Metal Holding."
_GROUP_OWNER = re.compile(r"(?:^|[.!?]\s+|(?<=[a-z])(?=[A-Z]))"
                          r"(?P<firm>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})"
                          r"\s+(?:is\s+(?:an?|the|one)\s+[^.!?]{0,120}?\b(?:part\s+of|under|"
                          r"owned\s+by|a\s+member\s+of|a\s+subsidiary\s+of)|[a-z]{3,}s\s+"
                          r"[^.!?]{0,120}?\band\s+is\s+(?:part\s+of|owned\s+by|a\s+member\s+of|"
                          r"a\s+subsidiary\s+of))\s+(?:the\s+)?"
                          r"(?P<group>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’.-]*){1,4})")
_GROUP_HEADS = frozenset({"group", "corporation", "holding", "holdings", "corp", "corp."})
# ((rules47a) or on a machine, for a place: "Seamstress on an overlock machine", "Bartender
# for pool bar"; (fresh62) both, what and on which machine: "Cutter of felt on a press")
_WORKER_OF = re.compile(r"^[A-Z][a-z]+\s+(?:of|in|on|for)\s+(?:the\s+|an?\s+)?[a-z]+"
                        r"(?:\s+[a-z]+){0,3}$")
# (rules47b) "The Copper Kettle is a 300-cover … bar run by Northgate Taverns Ltd": a venue
# and the company by its legal form that runs it (a "The" opens a name of two capitalised
# words or more; a heading may be glued before it: "About usThe Copper Kettle is …").
_RUN_BY = re.compile(r"(?:^|[.!?]\s+|(?<=[a-z])(?=The\s))"
                     r"(?P<firm>(?:The\s+(?=[A-Z][\w&'’-]*\s+[A-Z]))?[A-Z][\w&'’-]*"
                     r"(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){1,4})\s+is\s+an?\s+[^.;]{3,80}?\s+(?:run|"
                     r"operated|owned|managed)\s+by\s+(?P<group>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?"
                     r"[A-Z][\w&'’-]*){0,4}\s+(?P<form>[A-Za-z.]{2,8}))(?=[\s,.;]|$)")
# (rules47b) A move's title, an optional bracket, a dash or a colon, then its figure.
_MOVE_PAY = re.compile(r"^(?P<title>[A-Z][^—–:()$£€\d]{2,60}?)\s*(?:\([^()]*\))?\s*(?:[—–]|:)\s*"
                       r"(?=[$£€]\s?\d|[A-Z]{3}\s?\d)")
# (rules48c) A job card's cells: "Title – Firm Ltd – Town – pay" (a band's own dash, "600,000
# – 700,000", stands between figures, so the cells are joined again from the first paid one)
_CARD_CELLS = re.compile(r"\s+[·—–]\s+")
_HEAD_CELLS = re.compile(r"\s+[·—–|]\s+|\s{2,}")  # ((rules46a) or pipes: "UAB X | Town")
# A firm's cell: a legal form before or after a quoted name (a translated Ukrainian posting's
# "LLC "X"", "Garment factory "X" LLC"), or capitalised words ending in a legal form.
_QUOTED_FIRM = re.compile(r"(?P<pre>[A-Z][A-Za-z.]{1,5})\s+[\"“«][^\"”»]{2,60}[\"”»]"
                          r"|(?:[A-Z][a-z]+(?:\s[a-z]+){0,2}\s+)?[\"“«][^\"”»]{2,60}[\"”»]"
                          r"\s+(?P<post>[A-Z][A-Za-z.]{1,5})")
# ((rules48a) its form after a comma too: "Daugavas Mājokļi, SIA"; (rules59a) and a bracketed
# form before it, as Sri Lankan and South African firms print theirs: "X Estates (Pvt) Ltd",
# "Y Logistics (Pty) Ltd")
_FORMED_FIRM = re.compile(r"[A-Z][\w&'’-]*(?:\s[A-Z0-9][\w&'’-]*){0,5}(?:\s\(P(?:vt|ty)\.?\))?,?"
                          r"\s+(?P<post>\S+)")
# (rules46a) A legal form before the name, the name's later words in any case ("UAB Vėjo
# staklės"), and a firm in capitals with its town after its form ("VUKOV SERVIS d.o.o.
# Čačak"): the town is no part of the name.
_PREFORMED_FIRM = re.compile(r"(?P<pre>[A-Z]{2,4})\s+[^\W\d_][\w&'’-]*(?:\s[^\W\d_][\w&'’-]*)"
                             r"{0,4}")
_FORMED_PLACED = re.compile(r"(?P<firm>[A-Z][\w&'’-]*(?:\s[A-Z0-9][\w&'’-]*){0,5}\s+"
                            r"(?P<post>\S+))\s+[^\W\d_][^\W\d_A-Z]+")
_OWNED_SITE = re.compile(r"[A-Z][^—–:|]{1,60}?\s[—–]\s(?P<owner>[A-Z][^—–:;,|]{1,60}?\s"
                         r"(?:Ltd|Limited|LLC|Inc|Pty Ltd|GmbH|LLP|Co|Corp|plc))\.?$")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'«„", "”\"’'»“"
_SLASH_ITEMS = 3  # slashes that part a line of skills (three at least: four items)
# A step table's column heads (its header: "START   6 MONTHS", "Step 1   Step 2").
_STEP_COLUMNS = re.compile(r"(?i:start|step\s*1|\d\s*months?)\s{2,}(?i:step\s*2|\d{1,2}\s*months?)")
# A quotation's close, then its speaker after a dash ('"…enjoy." – Cpl Imogen Hart, 163 Sqn').
_QUOTE_SPEAKER = re.compile(r"[”\"’]\s*[—–-]\s*[A-Z]")
# A quote's attribution line: "— Marisol D., graduate, Admin at X", "– Jordan Reyes, Welder".
_ATTRIBUTION = re.compile(r"[—–]\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){1,2}\s*,")
# Characters a line that is only an arrow between diagram boxes holds (pathway.arrow_line).
_DIAGRAM_MARKS = ("↓", "⬇", "▼", "⇓", "⇩", "↡", "⤓", "→", "⟶", "➜", "➔", "\n|\n", "->")
# A grade card's example titles ("Typical roles: Training Officer, L&D Adviser"), glued to
# the description before them or on their own line.
_TYPICAL_ROLES = re.compile(r"(?:^|(?<=[.!?)]))\s*(?:Typical|Example|Common) (?:job )?roles:\s*"
                            r"([^.]{3,200})$")
# A skill's title glued between two descriptions: "…look right.Customer ServiceKnowledge of".
_GLUED_SKILL = re.compile(r"(?<=[a-z]\.)([A-Z][a-z]+(?: (?:and|of|&|[A-Z][a-z]+)){0,4})"
                          r"(?=[A-Z][a-z])")
# A line announcing the hierarchy printed under it ("The Typical X Ladder (bottom to top):").
_LADDER_CUE = re.compile(r"\b(?:ladder|hierarchy|bottom to top|career path)\b", re.IGNORECASE)


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
_CASE_CUT = re.compile(r"[a-z][A-Z]")


def _one_brand(item: str) -> bool:
    """A list item that is one name with one brand word in CamelCase ("GreenCart Markets"):
    the item is already parted from its neighbours, so its letter case cuts nothing."""
    return len(item.split()) >= 2 and len(_CASE_CUT.findall(item)) == 1 and (
        _CASE_CUT.search(item.split()[0]) is not None)


_STOP_GLUE = re.compile(r"(?<=[a-z)])\.(?=[A-Z])")  # "terminology.Anatomy"
_MIN_STOP_GLUE = 2
# A lower-case word run straight into a capitalised one ("buildingsEstimating", not "iPhone",
# "JavaScript" or "eBay"): a line break lost between two rows of a list.
_WORD_GLUE = re.compile(r"\b[a-z]{3,}[A-Z][a-z]{3,}\b")
_GLUED_ROWS_WORDS = 16
_PLAN_KINDS = frozenset({Kind.PROGRESSION, Kind.LADDER, Kind.DEVELOPMENT, Kind.NEXT_STEPS})
# A numbered list's item: "3. Execution of …"
_NUMBERED_DUTY = re.compile(r"\d{1,2}[.)]\s+(?=[A-Z])")
_DUTY_LINE = 15  # a duty printed on its own line is short; a paragraph is read by cues
_KIND_LABEL_WORDS = 2  # a run-in label naming the kinds after it ("sectors: …")
_STRIP_ITEMS = 2  # pipes in a line that make it a strip of names, not a sentence
_SENTENCE_STOP = re.compile(r"[a-z]{2}\.\s+[A-Z]")
# (fresh61) A sentence telling what the assessor of a record does ("The assessor observes
# each unit three times and marks it C (competent) or NYC (…)"): the record's instructions.
_ASSESSOR_DOES = re.compile(r"\s*(?:the|your|an?|each)\s+(?:named\s+|workplace\s+)?(?:assessor|"
                            r"verifier|examiner)s?\s+(?:observes?|marks?|signs?|records?|"
                            r"checks?|watches|watch|initials?|ticks?|rates?|grades?|will|must|"
                            r"should)\b", re.IGNORECASE)
# A sentence asking for a degree by its class ("A 2:1 in physics or maths"): its subjects
# are studies, no skills.
_DEGREE_CLASS = re.compile(r"\b(?:[12][:.][12]|first[- ]class|upper second|lower second)\b"
                           r"(?:\s+(?:honours|hons|degree))?\s+in\b", re.IGNORECASE)
# A first-person lead-in to a list of the writer's duties ("In my current role I:", "…,
# where I:", "Day to day I:").
_TOLD_LEAD = re.compile(r"\b(?:where|role|job|post|position|week|day|shift|currently|now|there|"
                        r"here|which|and|typically|usually),?\s+(?:I|we)(?:\s+(?:also|now|"
                        r"currently|mainly|usually|regularly))?\s*:$")  # (not "Level I:")
_EMPLOYER_PAY = Gated(re.compile(r"(?:\d{1,2}[.)]\s+)?([A-Z][\w&'. -]{2,60}?)\s+"
                                 r"(?:salary|pay|wages?)\s*:"))
_SHARE_ROW = re.compile(r"([A-Z][\w' &-]{2,50}?)(?:,[^\t%]{0,60})?(?:\t|\s{2,})\d{1,3}(?:\.\d)?%")
_SHARE_LEAD = re.compile(r"(?i)\b(?:employers|industries|employed)\b[^.]*:\s*$")
_CARD_WORDS = 8


def _card_title(text: str) -> bool:
    """A line that may title a card: a few words from a capital, no figure, no sentence end.

    >>> _card_title("Sales Supervisors - Retail and Wholesale"), _card_title("Apply now.")
    (True, False)
    """
    return text[:1].isupper() and text[-1:] not in ".…:!?,;" and (
        text.count(" ") < _CARD_WORDS) and _DIGIT.search(text) is None


# The credit line under a picture ("Photo from Unsplash", "Image: Jane Roe / Flickr",
# "Credit: Getty Images", "Photograph by A. Person") or a picture's placeholder left in the
# text ("first image", "Featured image").
_MEDIA_CREDIT = Gated(re.compile(
    r"(?:(?:photo(?:graph)?|image|picture|illustration)s?(?:\s+credits?)?"
    r"\s*(?:by|from|via|courtesy(?:\s+of)?|:|©)|credits?\s*:)"
    r"\s*[\w©@][^.!?]{0,60}|(?:(?:first|second|main|hero|header|featured|"
    r"cover|top)\s+)?(?:image|photo|picture)", re.IGNORECASE))


# A line of a wrapped paragraph, not a list item: it stops on a word that needs the next line
# ("Most of them combine a lab background with") or a sentence ends inside it ("… fixing
# things. Managers").
_WRAPPED = re.compile(r"\s(?:with|and|or|of|the|a|an|to|for|in|on|at|by|from|as|that)$"
                      r"|[a-z]{3}\.\s+[A-Z][a-z]")


def _testimonial(text: str) -> bool:
    """A whole line in quotation marks that is a sentence: someone's words, no list of names.

    >>> _testimonial("“Best job I have had.”"), _testimonial('"Kestrel Ridge"')
    (True, False)
    """
    inner = _quotation(text)
    return inner is not None and (
        inner[-1:] in ".!?…" or len(inner.split()) >= _TESTIMONIAL_WORDS)


def _quotation(text: str) -> str | None:
    """The words inside quotation marks that enclose the whole line (a full stop after the
    closing mark allowed), or None.

    >>> _quotation("“Best job I have had.”."), _quotation('He said "yes"') is None
    ('Best job I have had.', True)
    """
    said = text.strip().rstrip(".")
    if said[:1] not in _OPEN_QUOTES or said[-1:] not in _CLOSE_QUOTES:
        return None
    return said[1:-1].strip()


# A singular employer label, one firm of two words or more and its town after a comma
# ("Employer: Kestle Glass & Glazing, Bristol"; "Harlow, Finch" alone is a firm's name).
# (rules57c) A form's address field among an employer section's fields, to the next wide gap.
# (rules58a) A form's field of the firm's business in the same row ("Address: …   Type of
# business: Residential and light commercial HVAC and gas contractor").
_BUSINESS_FIELD = re.compile(r"\s{2,}(?i:type\s+of\s+business|business\s+type|nature\s+of\s+"
                             r"business|line\s+of\s+business)\s*:\s*(?P<kind>[^:\t]{3,80}?)"
                             r"\s*(?=\s{3,}|\t|$)")
_ADDRESS_FIELD = re.compile(r"(?:^|\s{2,})(?i:(?:street|mailing|business|site|postal)\s+)?"
                            r"(?i:address)\s*:\s*[^\t]*?(?=\s{3,}|\t|$)")
# (rules57c) and a US-style place after it, its street, town and state code ("Employer: Acme
# Bank, Marion, IA", "Employer: Acme Foods #12, 40 Elm St, Ames, IA 50010"): the firm only,
# a chain's store number cut
_ONE_EMPLOYER = re.compile(r"(?i:employer|host employer|employed by|works for)\s*:\s*"
                           r"(?P<firm>[A-Z][^,:;(]*?\s[^,:;(]+?)(?:\s+#\d{1,5})?,\s*"
                           r"(?:\d[\w-]*\s[^,:;]+,\s*)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
                           r"(?:,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?)?$")
_PLAIN_RUN = 3  # lines of a list printed one item a line, with no bullets


def _plain_item(row: _Row) -> bool:
    """A line that may be an item of a list printed one a line: plain, short, no sentence."""
    return not row.bullet and not row.top and not row.heading and ": " not in row.text and (
        _listish(row.text)) and len(row.text.split()) <= _PLAIN_ITEM_WORDS


_PLAIN_ITEM_WORDS = 9
# (rules47b) A semicolon piece opening with a word in -s ("records results", "responds to"):
# a verb's clause, no item.
_VERB_OPENED = re.compile(r"(?:^|;\s+)[a-z]+s\s")


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


# (rules32b) A licence ladder's step row: "STEP 3  <certificates> ....... <job>".
_STEP_ROW = re.compile(r"(?i:step|stage|level)\s+\d{1,2}\b.*?\.{4,}")
_SEMICOLON_ITEM_WORDS = 6


def _semicolon_items(text: str, least: int = 3) -> bool:
    """Three or more (``least``) short items set apart by semicolons, none a sentence of
    its own.

    >>> _semicolon_items("Patience; reading site plans; basic arithmetic")
    True
    >>> _semicolon_items("The crew starts at six; the foreman checks the tools; we load up")
    False
    """
    pieces = [piece.strip() for piece in re.sub(r"\([^()]*\)", "", text).split(";")]
    return len(pieces) >= least and all(
        piece and len(piece.split()) <= _SEMICOLON_ITEM_WORDS and piece[:4].lower() != "the "
        and not _FINITE.search(piece) for piece in pieces)


# The lead-in of what is asked for ("ads most often ask for", "employers look for", "Most
# posts require"): its verb last.
_ASKING_LEAD = re.compile(r"\b(?:ask|asks|asked|look|looks|want|wants|expect|expects|require|"
                          r"requires|need|needs|seek|seeks|prefer|prefers|value|values)"
                          r"(?:\s+(?:for|in|from))?\s*$", re.IGNORECASE)


def _introduced_items(text: str) -> list[str]:
    """The semicolon items after a line's lead-in and colon, three short ones or more (a
    longer item among them kept for the prose readers), or none.

    >>> _introduced_items("Ads ask for: CAD; duct sizing; knowledge of the local fire code "
    ...                   "and its annexes; costing.")
    ['CAD', 'duct sizing', 'knowledge of the local fire code and its annexes', 'costing']
    >>> _introduced_items("Note: we start at six; the foreman checks tools; we load up")
    []
    >>> _introduced_items("Senior resident: runs the ward; sedation; airway care; teaches")
    []
    """
    lead, _, tail = text.partition(": ")
    if ":" in tail or len(lead.split()) > _LONG_SENTENCE or not _ASKING_LEAD.search(lead):
        return []  # (a rung's "Senior resident: runs the …; teaches …" lists its duties)
    pieces = [piece.strip() for piece in tail.rstrip(" .").split(";")]
    short = [piece for piece in pieces if piece and _semicolon_items(
        f"{piece}; {piece}; {piece}")]
    return pieces if len(short) >= 3 and all(pieces) else []


# A finite verb that makes an item a sentence ("the crew starts", "we load").
_FINITE = re.compile(r"\b(?:is|are|was|were|we|you|they|I|he|she|it)\b")


# Columns that the rules for pipe rows read line by line (``table_row``, ``pay_table``) do not
# know: a pipe table with one of them is read by its header.
_GROUP_LABEL_END = 16  # where a one-word group label's colon falls ("Business:")
@cache
def _bar_meta() -> frozenset[str]:
    """A checklist table's columns telling about each row ("Type", "Status", "Due"):
    ``bar_columns.meta`` in data/headings.yaml."""
    return frozenset(word_lists("bar_columns").get("meta", ()))


_HEADER_ONLY = frozenset({"skills", "next", "previous", "lateral", "employers", "systems"})
_EXPORT_MOVES = frozenset({Kind.MOVES_UP, Kind.MOVES_IN, Kind.LATERAL, Kind.LADDER,
                           Kind.PROGRESSION})


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
        # (a schedule's "Period" column: each row's own period, "Hourly" or "Monthly")
        c.kind in _HEADER_ONLY or c.kind in ("not_pay", "period") or c.end is not None
        for c in table.columns)


# (gated by their words: most pages hold none, and the whole page is not searched)
_MAIL_MARK = PhraseGate(("from:", "subject:", "to:", "sent:", "date:", "view this email"),
                        re.compile(r"^(?:From|Subject|To|Sent|Date):|view this email",
                                   re.MULTILINE | re.IGNORECASE), whole=True)
_LISTING_MARK = PhraseGate(("jobs", "salary:", "posted", "apply"),
                           r"\bjobs\b|\bSalary:|\bposted\b|\bapply\b")


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
    if parser.family is not None and (parser.mail is None or parser.family.over_mail) and (
            parser.listing is None):  # (a memo's family: its chrome under the mail's)
        blank |= parser.family.chrome
        lines = [Line(no, parser.family.text.get(no, text)) for no, text in lines]
    # ((rules51b) a tracker's "Company | Role | … | Status" rows are a table's, whose
    # status "Not applying" is no apply button, whose band's dash is no board's)
    tabled = employer_table_rows(pairs, vocab.headings.table_columns) if (
        " | " in whole) else frozenset()
    if " | " in whole:
        parser.line_cards = [(line.no, one) for line in lines if line.no not in tabled
                             and (one := one_line_card(line.text)) is not None]
        blank |= {no for no, _ in parser.line_cards}
    if "—" in whole or "–" in whole or " · " in whole:
        # a newsletter's board: "Title — Company — Place — Pay" (or " · " between cells)
        board = board_rows([(line.no, line.text) for line in lines if line.no not in tabled])
        parser.line_cards += [(no, card) for no, card in board if card is not None]
        blank |= {no for no, _ in board}
    if not blank:
        return lines
    parser.family_chrome = {no: text for no, text in pairs if no in blank and text.strip()}
    # ((rules51b) a tracker card's "· Industry: Medical devices ·" note: the card's sector,
    # kept as a field line of its own when the card is read)
    kept = {no: found.group(1) for no, text in pairs if no in blank and "ndustry:" in text
            and (found := _CARD_INDUSTRY.search(text)) is not None}
    return [Line(no, kept.get(no, "") if no in blank else text) for no, text in lines]


# (rules53b) An industry classification's code before its title (NAICS "238910", SIC
# "4941", NACE "41.20"), then a spaced dash or a colon at most.
_INDUSTRY_CODE = re.compile(r"^\d{4,6}(?:\.\d{1,2})?\s*(?:[-–—:]\s*)?(?=[A-Z])")
# (rules54a) A form's numbered duties field ("7. Job Duties * Workers will …", "Job duties:").
_DUTY_FIELD = re.compile(r"(?:\d{1,2}[.)]\s+)?(?:Job\s+)?[Dd]uties\s*[*:]")
# (rules54a) The label of such a classification's title ("NAICS Title", "Industry (SIC)").
_CLASSIFICATION_LABEL = re.compile(r"\b(?:NAICS|SIC|NACE|ANZSIC)\b|\bIndustry Classification\b")
_CARD_INDUSTRY = re.compile(r"·\s*(Industry:\s*[^·]{2,60}?)\s*(?:·|$)")


_MIN_BLOCKS = 2  # (a short results page: its search, then two cards)
# (a cheap test for a table whose columns are a band's ends and its middle: survey_rows)
_BAND_COLUMNS = re.compile(r"(?i:quartile|percentile|midpoint|median|25th)|Minimum\s+Maximum")
# (a table by kind of employer: guides.employer_kinds)
_KIND_COLUMN = re.compile(r"(?i:employer\s+type|type\s+of\s+employer|employer\s+categor|"
                          r"kinds?\s+of\s+employer)")


# A bare plural noun in lower case: a kind of workplace ("mines", "state schools").
_LOWER_KIND = re.compile(r"^(?:[a-z-]+ ){0,2}[a-z-]{3,}[^s\W]s$")


# What follows an item's comma when it is a condition, not the list's next item.
_CONDITION_AFTER = re.compile(r"\s*(?:with|if|when|once|after|given|provided)\b")


def _lower_workplace(item: str, out: GuideBuilder, line: int) -> bool:
    """An employers list's item written wholly in lower case names no employer (an
    employer's name is capitalised): a bare plural is a kind of workplace, a sector ("-
    mines"); anything else ("self-employment, with the capital to start a business") is read
    and names none.  False for an item with a capital letter."""
    first, _, rest = item.partition(",")
    first = first.strip().rstrip(".")
    if not first or first != first.lower() or not first[:1].isalpha() or (
            rest and not _CONDITION_AFTER.match(rest)):
        return False  # (a list after its comma, "tea brokers, tea estates, Acme Ltd": read)
    if _LOWER_KIND.match(first):
        out.add("sectors", first, line)
    else:
        out.use(line)
    return True


# (real38) A sentence of prose asking for skills: "You must have good listening skills."
_MUST_HAVE_SKILLS = re.compile(r"(?:You|They|Candidates|Applicants)\s+must\s+have\s+"
                               r"[\w ,-]{3,80}?\bskills\.?$")


def parse_longform(lines: Sequence[Line], file: str, vocab: Vocabulary) -> Guide:
    """Parse a long-form guide; raises :class:`GuideError` when no role can be inferred."""
    parser = _LongformParser(file, vocab)
    lines = placed_dollars(lines)  # ("Melbourne: $29.40/hr" among US commenters' rates)
    lines = peso_letters(lines)  # ("P20,000 a month" on a page in pesos)
    # ("… | Maximum 64,600 (annual, USD)" over bare rows: pay rows of that currency)
    lines, parser.declared = declared_currency(lines)
    lines = without_cut_ending(lines)  # (a copy cut off mid-sentence: no stub of a fact)
    # a printed sheet's two columns, one after the other (a position card's fields are none)
    lines = picture_column(lines)  # ("[icon: tree]   A parks worker …": no second column)
    lines = side_by_side(lines, card_lines(lines, vocab))
    if any("esume" in line.text or "ESUME" in line.text for line in lines):
        # (rules51b) a resume scanner's keyword match table: the ad's keywords as skills
        lines = match_table_lines(lines)
    if feed_page(printed := [(line.no, line.text) for line in lines]):
        # a data feed's items, one "field ..... value" a line: as a page's lines, its bare
        # figures in the page's currency
        text = "\n".join(line.text for line in lines)
        fed = feed_lines(printed, page_currency(text, page_dollar(text)))
        lines = [Line(line.no, fed.get(line.no, line.text)) for line in lines]
    parser.page_labels = page_labels([line.text for line in lines])  # ("PEOPLE" under a head)
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
        parser.family.chrome |= {no for job in parser.military for no in (job.line, *job.lines)}
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
        if any(plan_form(line.text) for line in lines[:_PLAN_HEAD]):  # an IDP or a PDP
            parser.plan_lines = [(line.no, line.text) for line in lines]
        planned = workforce_letterhead([(line.no, line.text) for line in lines[:_PLAN_HEAD * 2]])
        if planned is not None:  # a council's or a trust's workforce plan: its employer
            parser.out.add("employers", *planned)
        if may_hold_earnings(whole):  # (rules53b) a verification's earnings by year
            parser.earnings = earnings_lines([(line.no, line.text) for line in lines])
        party = form_employer([(line.no, line.text) for line in lines[:_PARTY_HEAD]])
        if party is not None:  # an HR form's company, a decision's respondent
            parser.out.add("employers", *party)
        if "espondent" in whole:  # a decision's respondent, told by its business
            parser.respondent_sector(lines)
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
    if "   " in whole and (piped := piped_pay_table([(line.no, line.text) for line in lines])):
        # "Role   Hourly   Annual" over its rows: a pay table in fixed-width columns, read as
        # the delimited table it prints
        lines = [Line(line.no, piped.get(line.no, line.text)) for line in lines]
    if any("," in text or "\t" in text or "|" in text or ";" in text for _, text in lines):
        # (a pay league's ranked rows are employers, read by league_table(): a firm's name
        # is no title, "Tollgate Partners")
        ranked = league_rows([(line.no, line.text) for line in lines])[1] if (
            "Rank" in whole or "RANK" in whole) else set()
        parser.tables = [table for table in find_tables(
            lines, vocab.headings.table_columns, _table_title(vocab), _table_skill(vocab))
            if _new_table(table) and table.header_line not in ranked]
        parser.matrix = level_matrix(lines, parser.tables, vocab.headings.table_columns)
        parser.stages = stage_matrix([(line.no, line.text) for line in lines], lambda title: (
            vocab.is_role_title(title) or vocab.is_role_title(singular_title(title))))
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
    if boxed := spaced_label_lines([(line.no, line.text) for line in lines], lambda label: (
            classify_heading(label, vocab.headings) is not Kind.OTHER), lambda label: (
            vocab.headings.exact(label) is not None)):
        # (real42) a fact box flattened into "Required Education Completion of …" rows
        lines = [Line(no, boxed.get(no, text)) for no, text in lines]
    if "*" in whole and (starred := star_field_lines(  # (left56) "Sector / group*Health"
            [(line.no, line.text) for line in lines], lambda label: classify_heading(
                label, vocab.headings) in _STAR_FIELD_KINDS)):
        lines = [Line(no, starred.get(no, text)) for no, text in lines]
    if parser.stages is None and "   " in whole:  # a ladder's titles wrapped in columns
        parser.stages = column_rungs([(line.no, line.text) for line in lines], lambda title: (
            vocab.is_role_title(_COLUMN_GRADE.sub("", title))))
    if parser.stages is None and ":" in whole:  # a matrix by level codes ("A2: …")
        parser.stages = coded_matrix([(line.no, line.text) for line in lines], lambda title: (
            vocab.is_role_title(title) or vocab.is_role_title(singular_title(title))))
    parser.course = course_facts([(line.no, line.text) for line in lines], vocab)
    parser.calculator = calculator_lines([(line.no, line.text) for line in lines])
    parser.offers = listed_offers([(line.no, line.text) for line in lines]) if (
        "imilar" in whole or "elated" in whole or "ther offers" in whole or (
            "asonló" in whole) or "also like" in whole or "ame jobs" in whole or (
            "like this" in whole)) else []
    parser.examples = worked_examples([(line.no, line.text) for line in lines]) if (
        "×" in whole and "=" in whole) else []
    parser.successors = successor_posts([(line.no, line.text) for line in lines],
                                        vocab.is_role_title)
    parser.rubric = rubric_facts([(line.no, line.text) for line in lines],
                                 vocab.is_role_title)
    titled = speech.headings if speech is not None else deck.headings if deck else (
        card_terms([(line.no, line.text) for line in lines]) if (
            parser.family is not None and parser.family.term_cards) else None)
    # (rules37a) a page whose section headings are printed in lower case ("what to ask for")
    lines = capitalised_headings(lines, lambda words: classify_heading(
        words, vocab.headings) is not Kind.OTHER)
    recorded = record_lines(statement_lines(lines))
    unwrapped = unwrap(recorded)
    parser.joined = frozenset(line.no for line in recorded if not line.blank) - frozenset(
        line.no for line in unwrapped)
    return parser.run(_rows(unwrapped, vocab, titled, flat=deck is not None))



# (left56) A form's star-glued fields read as labelled lines: the sector's and the employer's.
_STAR_FIELD_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS})


# (rules55b) The note after an employer field's value that names a household, not a firm.
_HOUSEHOLD_NOTE = re.compile(r"\s*\((?:a\s+|private\s+)?household\)", re.IGNORECASE)


def _household(full: str, value: str) -> bool:
    """The field's value (``value``, on the printed line ``full``) is followed by a note that
    it names a household ("Employer name: Okoro, Ada and Ben (private household)")."""
    at = full.find(value)
    return at != -1 and _HOUSEHOLD_NOTE.match(full, at + len(value)) is not None


def _initials(name: str) -> str:
    """The capitals a name's acronym would have ("crowd and crisis management": "CCM")."""
    return "".join(word[0] for word in name.split() if word not in ("and", "of", "&")).upper()



# (rules40b) A line led by a label of the languages a post asks for ("LANGUAGES: English
# required (C1). …", "Language skills: …").
_LANGUAGES_LEAD = re.compile(r"(?:languages?|language (?:skills|requirements))\s*:\s",
                             re.IGNORECASE)

# (fresh56) A similar job's title cell in capitals, one to four words ("Host").
# ((rules47c) a translated title in sentence case too: "Lead man – Imus – ₱850 – ₱950 per day")
_LISTED_TITLE = re.compile(r"[A-Z][a-z'’-]+(?: [A-Za-z][a-z'’-]+){0,3}")

# (fixes95) A listed job's title with a qualifier after it: the trade's acronym ("Sales Agent
# FMCG") or where the job is, in lower case ("Receptionist in salon"); not a numeral ("Engineer
# II") nor a title's own "in charge" / "in training".
_LISTED_QUALIFIER = re.compile(r"\s+(?:(?![IVX]+$)[A-Z]{2,6}|in\s+(?!charge$|training$)"
                               r"(?:the\s+|a\s+)?[a-z][a-z-]+)$")


def _listed_core(title: str, known: Callable[[str], bool]) -> str:
    """(fixes95) A listed job's title without a qualifier after it, when what is left is a
    title the vocabulary knows (of two words or more before an acronym); else as listed.

    >>> known = lambda t: t in ("Sales Agent", "Receptionist", "Engineer")
    >>> _listed_core("Sales Agent FMCG", known), _listed_core("Receptionist in salon", known)
    ('Sales Agent', 'Receptionist')
    >>> _listed_core("Engineer II", known), _listed_core("Nurse in charge", known)
    ('Engineer II', 'Nurse in charge')
    >>> _listed_core("Engineer HVAC", known)  # (one word before an acronym: kept)
    'Engineer HVAC'
    """
    found = _LISTED_QUALIFIER.search(title)
    if found is None:
        return title
    core = title[:found.start()]
    if found.group().strip().isupper() and " " not in core:
        return title
    return core if known(title_case(core)) else title


# (carry51) A job-title field's value at a roman grade ("Job title: CONTROLS ENGINEER II").
# ((rules59b) and a form's "Classification / working title: Tax Clerk 2", "Job profile: X
# II", a field among others on its line: the class series numbered in figures too)
_FIELD_GRADE = re.compile(r"(?i:(?:job|post|position|working)\s+title|job\s+profile|"
                          r"classification)\s*:\s*(?P<title>[^\W\d_][\w'’ -]{1,60}?)\s+"
                          r"(?P<grade>I{1,3}|IV|V|[1-9])(?:\s*$|\s{2,})")

_FIELD_GRADE_LINES = 12  # a form's header fields stand among its first lines

# (carry51) A secondee's home post ("The Secondee's substantive post is Housing Officer",
# "your secondment from your post as Senior Risk Analyst at …", "return to your post as X")
# and its pay named as such ("the substantive salary", "substantive grade", "home salary").
_HOME_POST = re.compile(r"\b(?:substantive (?:post|role|position) is|(?:from|to) (?:your|the|"
                        r"his|her|their) (?:substantive )?post as)\s+(?:an? )?"
                        r"(?P<title>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4}+)")
_HOME_PAY = re.compile(r"\b(?:[Ss]ubstantive (?:salary|grade|pay)|[Hh]ome salary)\b")
_CLAUSES = re.compile(r";\s|\.\s")
_FIGURE = re.compile(r"[£$€]\s?\d|\d\s?(?:€|EUR\b|GBP\b)")


# (rules58a) A listed job's title opened by a seniority word ("Junior Java developer",
# "Senior Stone carver"): the role at that rung when the rest is the role's title.
_RUNG_FIRST = re.compile(r"(?:Junior|Senior|Trainee|Principal)\s+\S")

class _LongformParser(MentionMixin):
    """Read one long-form page: :meth:`run` walks its rows and dispatches them to the
    reading mixins (roles, skills, pay, workplaces, ladders, tables, pages, sections).
    """

    # -- walk --------------------------------------------------------------------------------
    def joined_moves(self, rows: Sequence[_Row]) -> None:
        """Posts groups "joined us as" are moves in, unless a rung of the page's own ladder
        (where the group started on the ladder, no move into the role)."""
        rungs = {fact_key(fact.text) for chain in self.out.progressions for fact in chain}
        for row in rows:
            for name in joined_titles(row.full or row.text, self.vocab.is_role_title):
                if fact_key(name) not in rungs | {fact_key(self.role or "")}:
                    self.out.add("moves_in", name, row.no)

    def worked_example_owners(self) -> None:
        """(rules38a) A pay formula's worked example ("W5 Warehouse Supervisor, Terre Haute
        (zone C): $61,500 × 0.9 = $55,350"): its result is that title's pay at that place,
        the role's own when the title is the role at one of its levels."""
        own = (self.role or "").lower()
        for no, title, place in self.examples:
            other = None if own and own in title.lower() else title
            self.out.salaries[:] = [salary.model_copy(update={
                "role": other if salary.role is None else salary.role,
                "region": salary.region or place})
                if salary.source.line == no else salary for salary in self.out.salaries]

    def home_post_pay(self) -> None:
        """(carry51) A secondment's home post, named as the secondee's substantive post or
        the post the secondee is seconded from and returns to ("The Secondee's substantive
        post is Housing Officer", "your secondment from your post as Senior Risk Analyst"):
        the pay of a line whose every clause with a figure names the substantive or home
        salary or grade ("The substantive salary is £37,053 (Grade 7); the substantive grade
        runs £33,030 – £37,053", "Your home salary of £71,000 (Band C) is paused") is that
        post's, no pay of the role the secondee holds while away."""
        post = next((found.group("title") for _, text in sorted(self.printed.items())
                     if (found := _HOME_POST.search(text)) is not None), None)
        if post is None or _same_role(post, self.role or ""):
            return
        lines = {no for no, text in self.printed.items() if _HOME_PAY.search(text) and all(
            _HOME_PAY.search(clause) for clause in _CLAUSES.split(text)
            if _FIGURE.search(clause))}
        self.out.salaries[:] = [salary.model_copy(update={"role": post})
                                if salary.role is None and salary.source.line in lines
                                else salary for salary in self.out.salaries]

    def listed_offer_facts(self) -> None:
        """(rules38a) Similar jobs listed one a line ("Title - Firm - Place - figure"): a job
        of the role's own title is the role's at another firm, who employs it; another
        title's job owns its figure (its firm no employer of the role's)."""
        if not self.offers:
            return
        spellings = [self.role or "", *(alias.text for alias in self.out.lists["aliases"])]
        plain = unrung_role(self.role) if self.role else None
        if plain is not None:
            spellings.append(plain)  # (rules58a) "Java developer" on "Middle Java Developer"
        head = (self.role or "").partition(" of ")[0] if " of " in (self.role or "") else ""
        others: dict[int, str] = {}
        placed = towns_listed(self.offers)  # (carry50) "Title · Town · pay": no firm named
        for no, title, firm in self.offers:
            # (rules41a) "Pék / Baker": a translator's listing names the job in both tongues
            halves = [title, *title.split(" / ")] if " / " in title else [title]
            halves = [_listed_core(half, self.vocab.is_role_title) for half in halves]
            if any(same_title(half, spellings) or (
                    # (rules58a) the role's title at another rung ("Junior Java developer ·
                    # Firm LLC · Town · 450 000 ֏"): the role's own, its firm an employer
                    _RUNG_FIRST.match(half) and same_title(role_base(half), [plain or self.role
                                                                            or ""]))
                    for half in halves) or (
                    head and not title.isascii() and any(same_title(half, [head])
                                                         for half in halves)):
                # ((fixes98) on the "Electrician of maintenance" posting, a listed job in the
                # page's own tongue, "Electrician întreținere utilaje": the role's noun
                # before its translated "of" tail, the same job)
                # (rules50c: "" for a cell the page's own ad prints as its place; carry50: a
                # list whose every second cell is one bare word is "title · town · pay")
                if firm and not placed:
                    self.out.add("employers", firm, no)
            elif (owner := next((title_case(half) for half in halves
                                 if self.vocab.is_role_title(title_case(half))
                                 # ((rules46a) a translator's "Sorter of fruit": a worker
                                 # noun, then what the worker works on)
                                 or (_WORKER_OF.match(half) and practitioner_noun(
                                     half.split()[0].lower()))), None)):
                others[no] = owner
            elif len(halves) == 1 and _LISTED_TITLE.fullmatch(title) and not legal_form(
                    title.rsplit(" ", 1)[-1]):
                # (fresh56) "Host · Sawtooth Diner · $21.25/hr": a listed job's first cell
                # is its title, known to the vocabulary or not; its figure is no pay of
                # the role's
                others[no] = title
        # ((rules47c) a level word read from the listed title is that title's, not a level
        # of the role's: "Lead man – Imus – ₱850 – ₱950 per day")
        self.out.salaries[:] = [salary.model_copy(update={
            "role": others[salary.source.line],
            "level": None if salary.level and salary.level.lower() in others[
                salary.source.line].lower().split() else salary.level})
            if salary.role is None and salary.source.line in others
            else salary for salary in self.out.salaries]

    def posting_firm(self, rows: Sequence[_Row]) -> None:
        """A job board's strip under a posting's title ("Firm Ltda. · Town - SP · Published 2
        days ago · 37 applications"): its first cell, a firm by its legal form, is the hiring
        firm (rules33c); a strip with no dateline or count of applications is no such strip."""
        strips: dict[int, list[str]] = {}
        for row in rows[:_POSTING_HEAD_ROWS]:
            if row.bullet:
                strips.setdefault(row.no, []).append(row.text)
            elif " — " in row.text or " – " in row.text:
                strips.setdefault(row.no, _DASHED_CELLS.split(row.text))
        for no, cells in strips.items():
            # ((rules50c) the firm's trade name in a bracket after its legal form, "Bohinjka
            # d.o.o. (Picerija Bohinjka) · Bled · Fixed time": the firm by its legal name)
            bare = _TRADE_NAME_AFTER.sub("", cells[0]) if cells[0].endswith(")") else ""
            cells = [bare, *cells[1:]] if bare.split() and legal_form(bare.split()[-1]) else cells
            words = cells[0].split()
            if len(cells) < 3 or len(words) < 2:
                continue
            if (legal_form(words[-1]) and any(_POSTED_CELL.match(cell) for cell in cells[1:])) or (
                    # (rules38a) "Firm LLC · Sharjah · full time", "The X Hotel — Doha —
                    # Full time — 2 vacancies": a strip with the job's terms, its first cell a
                    # firm by its legal form or its organisation's word
                    any(_TERMS_CELL.match(cell) for cell in cells[1:]) and (
                        legal_form(words[-1]) or firm_named(cells[0]) or any(
                            word.lower() in word_lists("posting_strip")["organisation_words"]
                            for word in words[1:]))
                    and not self.vocab.is_role_title(cells[0])):
                self.out.add("employers", cells[0], no)
                return
        self.head_firm(rows)

    def group_member(self, rows: Sequence[_Row]) -> None:
        """(rules45c) "Brackenridge Adventure Park is part of the Oakvale Leisure group.": a
        firm the page names elsewhere too (its header, its footer) said to be part of a group
        of firms names both employers; a name said once ("Ride Operations is part of the
        Attractions group", a department) or a role title is none."""
        page = "\n".join(row.full or row.text for row in rows).lower()
        forms = {form.lower() for form in legal_forms("firm")}
        for row in rows:
            text = row.full or row.text
            if " is " in text and (" part of " in text or " under " in text or " by " in text
                                   or " of " in text):
                for match in _GROUP_OWNER.finditer(text):
                    # (rules47a) the firm the page names again, the group by its head word
                    # or legal form ("… and part of Balkan Knit Group")
                    firm = match.group("firm")
                    group = match.group("group").split(". ", 1)[0].rstrip(".,")  # (its stop)
                    last = group.split()[-1].lower().rstrip(".")
                    if page.count(firm.lower()) >= 2 and (
                            last in _GROUP_HEADS or last in forms) and not (
                            self.vocab.is_role_title(group)):
                        self.out.add("employers", group, row.no)
            if " by " in text:  # (rules47b) "X is a … bar run by Y Ltd": X and Y
                for match in _RUN_BY.finditer(text):
                    firm, group = match.group("firm"), match.group("group")
                    if legal_form(match.group("form").rstrip(".")) and page.count(
                            firm.lower()) >= 2 and not self.vocab.is_role_title(firm):
                        self.out.add("employers", firm, row.no)
                        self.out.add("employers", group, row.no)
            for group in own_group(text):  # (fixes91) "We are a member of the X Group"
                if not self.vocab.is_role_title(group):
                    self.out.add("employers", group, row.no)
            for firm, name in trading_firms(text):
                # (fixes91) "X Pty Ltd runs an open-pit mine …": the page's firm when the page
                # names it again (a supplier named once is none)
                if (page.count(name.lower()) >= 2 or (
                        # ((fixes95) or the line opens with it and goes on about the role:
                        # "X, Inc. installs CT systems … The Field Service Engineer …")
                        text.startswith(firm) and bool(self.role)
                        and self.role.lower() in text.lower())) and not (
                        self.vocab.is_role_title(name)):
                    self.out.add("employers", firm, row.no)
                    if (site := trade_site(text)) is not None:  # "… runs a copper mine"
                        self.out.add("sectors", site, row.no)
            if "part of the" not in text:
                continue
            for match in _GROUP_MEMBER.finditer(text):
                firm, group = match.group("firm"), match.group("group")
                if page.count(firm.lower()) < 2 or any(
                        self.vocab.is_role_title(name) for name in (firm, group)):
                    continue
                self.out.add("employers", firm, row.no)
                self.out.add("employers", group, row.no)

    def head_firm(self, rows: Sequence[_Row]) -> None:
        """(rules45a) A posting's head line whose cell is a firm by its legal form and a quoted
        name or capitalised words ("LLC "Podillia Agro"  ✔ Verified company", "Hotel Vila
        d.d. – Spa"): the first such line, within a few lines after the title, names the
        hiring firm; a cell that is a role title is none."""
        if not self.role:
            return
        for row in rows[:_POSTING_HEAD_ROWS]:
            # ((left54) a firm line with its rating or badge, "X LLC ★ 4.6 · 212 reviews", "X
            # JSC   ✔ Verified employer": the hiring firm however the title line reads)
            firm = rated_firm(row.full or row.text)
            if firm is not None and not self.vocab.is_role_title(firm):
                self.out.add("employers", firm, row.no)
                return
        # ((rules46a) or with its head noun first, as a translator orders "the worker in the
        # cold store": "Worker in the refrigerator – sorting …" on the Cold Store Worker's page)
        head = f"{self.role.split()[-1].lower()} "
        titled = [row.no for row in rows[:_POSTING_HEAD_ROWS] if not row.bullet
                  and (row.text.lower().startswith(self.role.lower()) or (
                      " " in self.role and row.text.lower().startswith(head)
                      and row.text.lower()[len(head):].startswith(("in ", "of ", "for ")))
                  )]
        if not titled:
            return
        start = titled[0]  # the posting's title line (a breadcrumb ends with the title)
        for at, row in enumerate(rows[:_POSTING_HEAD_ROWS]):
            # ((rules46a) a strip parted by middle dots comes as items of one line: its first
            # cell is read, "UAB X · Kaunas · Valid until …")
            opens = not row.bullet or (at > 0 and rows[at - 1].no != row.no)
            if not opens or not start < row.no <= start + _FIRM_REACH or len(row.text) > 120:
                continue
            for cell in _HEAD_CELLS.split(row.text.strip()):
                cell = cell.strip(" ,")
                match = _QUOTED_FIRM.fullmatch(cell) or _FORMED_FIRM.fullmatch(cell)
                form = match and (match.groupdict().get("pre") or match.group("post"))
                if form and legal_form(form) and not self.vocab.is_role_title(cell):
                    self.out.add("employers", cell, row.no)
                    return
                prefixed = _PREFORMED_FIRM.fullmatch(cell)
                placed = _FORMED_PLACED.fullmatch(cell)
                if prefixed is not None and legal_form(prefixed.group("pre")) and not (
                        self.vocab.is_role_title(cell)):
                    self.out.add("employers", cell, row.no)
                    return
                if placed is not None and legal_form(placed.group("post")) and placed.group(
                        "firm")[: -len(placed.group("post"))].isupper():
                    self.out.add("employers", placed.group("firm"), row.no)
                    return

    def assessment_rows(self, rows: Sequence[_Row], page: str) -> Sequence[_Row]:
        """(rules43b) A recognition decision's table of the units assessed and a scorecard's
        attributes rated on a scale (:mod:`careergraph.guides.assessment_rows`; a family's
        ``rated_attributes``: elsewhere a scale rates other things, an exit survey's "Manager
        support ○1 ○2 ◉3"): their names are skills; their lines are read here only."""
        lines = [(row.no, row.full or row.text) for row in rows]
        taken: set[int] = set()
        for read in ((assessed_units,) if "|" in page else ()) + (
                (rated_attributes,) if self.family is not None and self.family.rated_attributes
                and any(mark in page for mark in RATING_MARKS) else ()):
            found = read(lines)
            for name, no in found.skills:
                self.out.skill(name, SkillKind.TECHNICAL, no)
            taken |= found.taken
        if not taken:
            return rows
        for row in rows:
            if row.no in taken:
                self.out.content(row.no, row.text)
                self.out.use(row.no)
        return [row for row in rows if row.no not in taken]

    def field_grade(self) -> str | None:
        """The grade a title field gives the role ("Job title: CONTROLS ENGINEER II" on the
        role's line, or (rules59b) a form's "Classification / working title: X 2" among its
        first lines when the role was read elsewhere), or None."""
        assert self.out.role is not None
        role = self.out.role.text.lower()
        line = self.out.role.source.line
        for _, text in [(line, self.printed.get(line, "")), *sorted(self.printed.items())[
                :_FIELD_GRADE_LINES]]:
            graded = _FIELD_GRADE.search(text) if ":" in text else None
            if graded is not None and graded.group("title").lower() == role:
                return graded.group("grade")
        return None

    def run(self, rows: Sequence[_Row]) -> Guide:
        # A vacancy notice's header: its title, department and public service.
        self.notice = notice_facts([(row.no, row.full or row.text) for row in rows])
        self.find_role(rows)
        if self.out.role is not None and (graded := self.field_grade()) is not None:
            # (carry51) "Job title: CONTROLS ENGINEER II": the page's own grade of the role,
            # a rung its ladder prints ("… I → … II → Senior …") that is the role itself
            self.out.role_grade = f"{self.out.role.text} {graded}"
        self.apprentice_vacancy(rows)
        own = fact_key(self.out.role.text) if self.out.role is not None else ""
        for offered, no in offered_titles(self.printed) if own else ():
            # (left58) a competing offer's post; the role's own title at a grade ("Senior
            # X", "X II") is the role, no move
            if own not in fact_key(offered):
                self.out.add("transitions_to", offered, no)
        self.posting_firm(rows)
        self.group_member(rows)
        if self.notice is not None:
            for name, no in filter(None, [self.notice.employer]):
                self.out.add("employers", name, no)
            for name, no in self.notice.sectors:
                self.out.add("sectors", name, no)
        page = self.page = "\n".join(row.text for row in rows)
        self.gerund_rows = gerund_runs((row.no, row.text, row.bullet) for row in rows)
        self.dollar, self.period = page_dollar(page), page_period(page)
        if self.family_chrome:  # (a card's place, a board's name: "Hamilton, ON", "… NZ")
            self.dollar = page_dollar("\n".join([page, *self.family_chrome.values()]))
        # (a translator's bar, chrome, names the page's language: "translated from Thai")
        self.home = page_currency("\n".join([page, *self.family_chrome.values()]) if (
            self.family_chrome) else page, self.dollar)
        if self.family_chrome or self.line_cards:
            self.job_cards()
        if self.ads and self.role:
            self.classified_facts()
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
        if self.plan_lines and (plan := dev_plan(self.plan_lines, self.role, self.vocab)):
            planned = self.plan_facts(plan)  # a development plan's fields, goals and bands
            rows = [row for row in rows if row.no not in planned]
        if self.stages is not None:  # a competency matrix by stage: read here, row by row
            staged = self.stage_facts(self.stages)
            for row in rows:
                if row.no in staged:
                    self.out.content(row.no, row.text)
            rows = [row for row in rows if row.no not in staged]
        if self.tables:  # read here, by their header: no other rule reads their rows
            taken = self.delimited_tables()
            told = self.feed_prose()  # (but a feed record's outcome sentences are prose)
            for row in rows:
                if row.no in taken and row.no not in told:
                    self.out.content(row.no, row.text)
            rows = [replace(row, text=told[row.no], full="") if row.no in told else row
                    for row in rows if row.no not in taken or row.no in told]
        if "|" in page or (self.family is not None and self.family.rated_attributes):
            rows = self.assessment_rows(rows, page)  # units assessed, attributes rated
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
        if self.spaced and _KIND_COLUMN.search(page):  # a table by kind of employer
            kinds = self.employer_kind_table(rows)
            rows = [row for row in rows if row.no not in kinds]
        # Every line as printed, with its number: built once for the many readers below.
        printed_rows = [(row.no, row.full or row.text) for row in rows]
        banded = self.spaced and (_BAND_COLUMNS.search(page) or HEADERLESS_ROW.search(page))
        if banded or (("uartile" in page or "ercentile" in page) and run_header(page)):
            # a survey's quartiles, a range table (or its rows with their header lost; or a
            # header run together with single spaces)
            self.survey_table(rows)
        if has_unit(page):  # a pay table whose currency and period are printed once
            self.unit_table(rows)
        if self.spaced and ("RATES" in page or "ates" in page):  # grades across, by column
            self.grade_table(rows)
        if "Rank" in page or "RANK" in page or "ranked" in page or "2=" in page:  # a pay league
            self.league_table()
        if "Step" in page or "STEP" in page or "chelon" in page or "Point " in page or (
                "Level 1" in page or "Stufe 1" in page):  # (a grid by level: "Level 1: …")
            self.step_grid(rows)  # a public employer's grids of pay by step
        if self.spaced and _STEP_COLUMNS.search(page):
            self.step_table(rows)  # an agreement's classifications by step, one band a row
        if "  " in page and ("Salary" in page or "Pay" in page):  # an open salary table
            self.staff_table(rows)
        if title_column_line(page):  # a title column's head alone on its line
            self.cell_table(rows)
        if self.schedule:
            self.schedule_pay()
        if "...." in page:  # a rate card's rows per market under each title
            self.market_pay(rows)
        if "chedule" in page or "ersonnel Action" in page or "ERSONNEL ACTION" in page:
            # a public body's own pay schedule or (rules54b) personnel action form: the body
            # employs the role
            for name, no in schedule_publisher(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "udget" in page or "UDGET" in page:  # (rules41b) a body's own budget book
            for name, no in budget_publisher(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "request to" in page:  # (rules41b) a request site's request to a public body
            for name, no in answering_body(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "›" in page or ">" in page:  # a service's or a diocese's own careers page
            for name, no in careers_publisher(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "rogram" in page or "ROGRAM" in page:  # a hospital's own programme page
            for name, no in programme_provider(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "ecruit" in page:  # "recruited by the city of X", "recruiting: A and B"
            for name, no in recruiting_places(sorted(self.printed.items())):
                self.out.add("employers", name, no)
        if "Spec" in page or "Authority" in page:  # a class specification, a service minute
            for name, no in issuers(printed_rows):
                self.out.add("employers", name, no)
        if "azette" in page or "AZETTE" in page:  # a gazette's issuing ministry, department
            for name, no in gazette_bodies(printed_rows):
                self.out.add("employers", name, no)
        if "iring now" in page or "pen positions" in page or "urrent vacancies" in page or (
                "IRING NOW" in page):  # a careers page's openings: their employers
            printed = sorted(self.printed.items())
            for name, no in [*opening_employers(printed, self.vocab.is_role_title),
                             *placed_employers(printed)]:
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
            for name, no in offer_row_employers(printed_rows,
                                                self.own_card):
                self.out.add("employers", name, no)
        if "lient:" in page and self.role:  # an agency's vacancies: "… - client: X"
            for name, no in client_employers(printed_rows,
                                             self.role):
                self.out.add("employers", name, no)
        if "offer you" in page or "mployer" in page:  # an offer letter, a contract
            for name, no in offer_employer(printed_rows):
                self.out.add("employers", name, no)
        if "areers" in page:  # an employer's careers page: "Tern Air — Careers"
            printed = printed_rows
            for name, no in careers_header_employer(printed) or masthead_employer(
                    printed, self.role.rsplit(" ", 1)[-1] if self.role else ""):
                self.out.add("employers", name, no)
        if self.role:  # (rules37b) an organisation's own site: its name before the menu
            for name, no in own_site_employer(printed_rows,
                                              internal=bool(self.successors)):
                self.out.add("employers", name, no)
        if ("oard paper" in page or "ntranet" in page or "taff portal" in page or (
                "taff hub" in page)) and self.role:  # (rules38a) a board paper's body
            # (rules39a: or a staff intranet's, "X Council — Staff Intranet")
            for name, no in board_paper_body(printed_rows):
                self.out.add("employers", name, no)
        if "pplication" in page:  # (rules52b) a receipt's "application has been sent to X"
            for name, no in applied_employer(printed_rows):
                self.out.add("employers", name, no)
        if "pportunity" in page:  # a job advertisement's equal-opportunity statement
            for name, no in equal_opportunity_employer(
                    printed_rows):
                self.out.add("employers", name, no)
        if self.role:  # a posting's header: the title, then "Company Ltd — Town"
            for name, no in posting_header_employer(
                    printed_rows, self.role.rsplit(" ", 1)[-1]):
                self.out.add("employers", name, no)
        if self.role and ("ity of " in page or "own of " in page or " County" in page or (
                "ality of " in page)):  # a staff report's comparable councils
            holder = self.role.rsplit(" ", 1)[-1]
            for row in rows:
                for name in comparator_bodies(row.full or row.text, holder):
                    self.out.add("employers", name, row.no)
        if self.role and ("anel" in page or "ANEL" in page or "ommittee" in page):  # a DACUM
            # chart's expert panel (rules50a): the firms of the members who hold the role
            role = self.role
            for name, no in panel_employers(
                    printed_rows,
                    lambda title: self.own_or_alias(title) or shortened_title(title, role)):
                self.out.add("employers", name, no)
        if "Speakers" in page and self.role:  # a speaker list's "Title, Employer" cards
            for name, no in speaker_employers(printed_rows):
                self.out.add("employers", name, no)
        if self.role and ("—" in page or "–" in page):  # a board's one-line similar cards
            for name, no in similar_card_employers(
                    printed_rows, self.role):
                self.out.add("employers", name, no)
        if " · " in page and self.role:  # people's cards: "Apprentice X · Year 1 · Firm Ltd"
            for name, no in holder_card_employers(sorted(self.printed.items()), self.role):
                self.out.add("employers", name, no)
        if ("Apply" in page or "via " in page or "│" in page) and self.role:  # job cards
            holder = self.role.rsplit(" ", 1)[-1]
            printed = printed_rows
            for name, no in job_card_employers(printed, holder):
                self.out.add("employers", name, no)
            self.adverts.update(other_card_pay(printed, holder))  # "Bar Back": its own pay
        if "new " in page or "re you going" in page or (  # an exit survey's next job
                "doing next" in page or "work next" in page or "next role" in page):
            self.survey_moves(rows)
        surveyed = survey_employer(printed_rows[:8])
        if surveyed is not None:  # "Bayview Hospital — Employee Exit Survey": its employer
            self.out.add("employers", *surveyed)
        if "   " in page and (agency := field_row_employer(
                printed_rows[:12])) is not None:
            self.out.add("employers", *agency)  # (carry52) a form's "… Agency: X …" field row
        if "this way" in page or "pplicants " in page or "ntrants " in page or (
                "andidates " in page) or " to apply" in page or (
                # (rules40a) an employer's intake: "We take people from … (A, B)"
                "e take " in page or "e recruit " in page or "e hire " in page) or (
                " before " in page and ("school" in page or "training" in page)) or (
                # (carry44) "came offshore from onshore work as Xs"
                " from " in page and " work as " in page):
            # titles before their verb
            for row in rows:
                for name in entry_titles(row.full or row.text, self.vocab.is_role_title):
                    if fact_key(name) != fact_key(self.role or ""):
                        self.out.add("moves_in", name, row.no)
        if "About " in page:  # a company's line about its own business: a sector
            for row in rows:
                if (business := about_business(row.full or row.text)) is not None:
                    self.out.add("sectors", business, row.no)
        if "open to " in page:  # an internal opportunity for one council's own staff
            for row in rows:
                if (internal := internal_employer(row.full or row.text)) is not None:
                    self.out.add("employers", internal, row.no)
        if "PROVIDED BY" in page or "RELEASE" in page or "###" in page or "-30-" in page:
            # a news release announcing an appointment: its issuer employs the post
            for name, no in release_issuers(printed_rows):
                self.out.add("employers", name, no)
        printed = sorted(self.printed.items())
        if "obs" in page or "iring" in page or "OBS" in page or "IRING" in page:
            # "CURRENT CRANE JOBS" / "Crane Operator – Basalt Lifting – …": the openings' firms
            self.openings = opening_firms(printed, openings_heading_pattern())
        issued = letterhead_employer(printed)
        if not issued:  # (fixes91) a letter's letterhead in capitals (the salutation is
            issued = letter_letterhead(printed)  # among the printed lines, not the rows)
        if "lient" in page:  # (rules48b) a job order's "Client: X LLP (Leeds)": who hires
            issued = issued + [(client.group("org"), no) for no, text in printed[:_CLIENT_LINES]
                               if (client := _CLIENT_FIELD.match(text.strip())) is not None]
        if issued and "Department" in page:  # (fixes76) a public body's notice: the
            # department its post sits in ("a unit in the Department of X") employs it too
            issued += unit_department(printed, lambda title: self.vocab.is_role_title(
                singular_title(title)))
        for name, no in issued + formed_company(printed) + (
                labour_hire_employer(printed) if "ime" in page or "hire" in page else []) + (
                staff_employer(printed) if "pen to" in page else []) + (
                union_counterpart(printed) if "nion" in page else []) + (
                agreement_employer(printed) if "GREEMENT" in page or "greement" in page
                else []) + (statement_issuer(printed) if "tatement" in page or "TATEMENT" in page
                            else []):
            self.out.add("employers", name, no)  # the organisation whose own document it is
        if self.ranks:  # a service's job: the service is its employer
            for name, no in service_branch(printed_rows):
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
            if self.top_line and self.top_line == self.last_no and _blank_between(
                    self.joined, self.last_no, row.no):
                # (rules36a) "Sector: A · B · C" on its own line, then a blank line: the
                # one-line list has ended (a back panel's e-mail and QR code are no sectors)
                self.kind = self.top = Kind.OTHER
                self.top_line = 0
            if self.sub_text and self.family is not None and self.family.breaks and any(
                    self.last_no < no < row.no for no in self.family.breaks):
                self.sub_text = ""  # (a search result's breadcrumb opens the next result:
                # the job card's title above it owns no figure of that result's snippet)
            self.last_text = rows[index - 1].text if index else ""
            self.next_row = rows[index + 1] if index + 1 < len(rows) else None
            self.page_rows, self.row_index = rows, index
            self.next_text = self.next_row.text if self.next_row is not None else ""
            self.position_block(row)  # (rules54b) a personnel form's FROM and TO blocks
            if self.notice is not None and row.no in self.notice.lines:
                self.out.use(row.no)  # a notice's title or department: no heading, no item
                continue
            if row.no in self.other_snippets:  # another title's listing: its duties
                self.out.use(row.no)
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
                if row.kind is Kind.ALIASES and ": " in row.text and not row.bullet and (
                        named := split_label(row.text)[1]):
                    # (real44) a card's "Also Called: Clerk to the Court" over its other names
                    # one a line: the first name, read on the label's own line
                    self.aliases(named, row.no)
                if self.kind is Kind.OTHER and self.top is Kind.OTHER and row.rung is None and (
                        self.course is None or row.no not in self.course.breaks):
                    self.kind_by_content(rows, index)  # (a course's step heading: no guess)
                self.lead_block = self.lead_block or _panel_label(rows, index, self.joined)
            else:
                if row.top:  # a heading word listed as a name ("Education" among sectors)
                    row = replace(row, kind=None, top=False, heading="")
                self.content(row)
                read.append((row, row.kind or self.kind))
        for no, name, title in self.openings:  # (after the aliases: "Also called: A")
            if name and (title is None or self.own_opening(title)):
                self.out.add("employers", name, no)
        if self.role and ("tand " in page or "ooth " in page or "OOTH " in page):
            # an exhibitor directory's entries recruiting the role or an alias employ it
            for name, no in exhibitor_blocks(sorted(self.printed.items()), self.own_opening):
                self.out.add("employers", name, no)
        if self.role and self.out.lists["aliases"] and (
                "anel" in page or "ANEL" in page or "ommittee" in page):
            # (fresh61) an expert panel's member titled by one of the role's other names
            # ("K. Osei / Clinical Engineering Technician / …" under "Also titled: …"): read
            # again once the aliases are known (the panel is read before them, above)
            role = self.role
            for name, no in panel_employers(
                    printed_rows,
                    lambda title: self.own_or_alias(title) or shortened_title(title, role)):
                self.out.add("employers", name, no)
        self.flush_chain()
        self.flush_grades()
        self.flush_rungs()
        self.flush_blocks()
        self.flush_table()
        for pay in self.league_pay:
            self.out.salary(pay)
        self.flush_title_rungs(rows)
        self.out.progression(level_ladder(self.levels))
        if len(self.level_steps) >= 2:
            self.out.progression(self.level_steps)  # "Entry Level: A" … "Mid Level: B"
        if len(self.titled_rungs) >= 2 and not self.heading_rungs and not any(
                _HEADING_GRADE.sub("", title) != title for title, _ in self.titled_rungs):
            # (a ladder of blocks with their own sub-headings, or of the role's grades, is
            # read by heading_rungs)
            self.out.progression(self.titled_rungs)
        self.out.progression(self.heading_ladder(levels))
        if "joined us as " in page:  # groups who joined in other posts (the ladder read)
            self.joined_moves(rows)
        for post, no in self.successors:  # (rules38a) a succession plan's successors
            if not _same_role(post, self.role or ""):
                self.out.add("moves_in", post, no)
        if self.successors:  # (and the bodies its external candidates come from)
            for name, no in external_sources(printed_rows):
                self.out.add("employers", name, no)
        self.flush_cards()
        plain = [(row.no, row.full or row.text) for row in rows if not row.bullet]
        # (bullets: a list of moves) cadre lists, grade tables, posts by their pay bands
        for rungs, line in [*grade_runs(plain), *band_runs(plain)]:
            self.out.progression([(rung, line) for rung in rungs])
        if self.role and "1 " in page:  # (carry38) a pay grid's coded level rows
            for chain in coded_runs(plain, self.role):
                self.out.progression(chain)
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
        tracks = level_tracks(printed_rows)
        for chain in tracks:  # a framework's "L3: X" lists, one per track
            self.out.progression(self.own_levels(chain))
        if self.role and not tracks:
            # a level table whose title cells are glued to their rows' first cells (where the
            # page lists no tracks, which would tell its ladders apart)
            for chain in glued_rows(plain, self.vocab.is_role_title):
                self.out.progression(self.own_levels(chain))
        self.author_path(rows)
        if job_after_cue(page):  # a leaver's or a claimant's next job (guides.next_job)
            self.next_job_moves(rows)
        if any("ath:" in text or "ATH:" in text for text in self.printed.values()):
            # a graduate's path on an alumni page (as printed: a "Career path:" label is
            # cut off its row as a heading's)
            self.graduate_paths()
        if self.interview_lines:
            self.interview_page(self.interview_lines)
        companies = company_rows(printed_rows,
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
        for no, text in self.printed.items() if (
                " name" in page or "acility:" in page or "mploying " in page) else ():
            posting = company_field(text)  # "Company name: X Co., Ltd.": who posts the job
            if posting is not None:
                self.out.add("employers", posting, no)
            if posting is not None and (sector := glued_sector(text)) is not None:
                self.out.add("sectors", sector, no)  # (left54) "…Sector of the sponsorX"
        if "rganization" in page and (organised := position_organisation(
                sorted(self.printed.items()))) is not None:
            self.out.add("employers", *organised)  # (rules54b) a personnel form's bureau
        if any(cue in page for cue in _SUPPLIER_CUES):
            for no, text in self.printed.items():
                supplier = supplier_field(text)  # (rules42b) "Tenderer: X Ltd": the supplier
                if supplier is not None:
                    self.out.add("employers", supplier, no)
        if hire_cued(page):
            for no, text in self.printed.items():  # (left55) "Position at hire: X"
                if hire_cued(text):
                    for post in hired_as(text, self.vocab, self.role or ""):
                        self.out.add("moves_in", post, no)
        agency_cued = any(cue in page for cue in _AGENCY_FIELD_CUES) or any(
            cue in page for cue in _AGENCY_RATE_CUES)
        if (agency_cued and any(agency_field(text) for text in self.printed.values())) or all(
                cue in page for cue in _SCREENING_CUES):
            for no, text in self.printed.items():
                for party in assignment_parties(text, agency_named=True):
                    self.out.add("employers", party, no)  # (rules43a) the agency, its client
        if self.steps is not None and self.steps.rungs:  # ("Move up to X": a rung below)
            below = {fact_key(rung) for rung, _ in self.steps.rungs}
            self.out.lists["leads_to"] = [f for f in self.out.lists["leads_to"]
                                          if fact_key(f.text) not in below]
        self.match_card_pay()
        self.benchmark_pay()
        if self.family is not None and self.family.answerers:
            self.answer_pay()
        self.working_in()
        if self.versus is not None:
            self.versus_pay(rows)
            self.versus_places(rows)
        else:
            self.column_pay()  # ("| Pay | $A | $B |" under "| Role | Other |")
        self.graded_pay()  # (rules41b) "Grade | Post title" rows, then "Grade 4 (£…)"
        if "(" in page:
            self.costed_pay()  # (rules41b) "[Redacted], MS, Biostatistician (1.2 months)"
        self.fold_own_levels()
        self.gazetteer(read)  # after every structural rule, so those facts stay as they are
        self.techniques(read)
        if day_cue(page):  # "Most days are A, B and C", a diary's "Then it's A, B and C"
            for row in rows:  # (after the gazetteer: it reads the rest)
                for name in day_skills(row.full or row.text):
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
        self.drop_named_sectors()
        self.drop_job_skills()
        self.drop_sector_moves()
        self.asked_pay()
        if " is a" in page or " are a" in page or " operates " in page or " runs " in page:
            # (rules53b) "X is a grocery chain"; (left56) "X is an … enterprise engaged in …",
            # "X operates … homes":
            # the business of a firm the page names as an employer (all of them read)
            firms = {name.lower() for fact in self.out.lists["employers"]
                     for name in (fact.text, firm_base(fact.text) or fact.text)}
            for no, text in printed_rows if firms else ():
                for business in firm_business(text, firms, sector_pairs()):
                    self.out.add("sectors", business, no)
        if "·" in page:  # (left56) "Nimbus Pay Ltd  (Fintech · 50-200 employees · …)"
            for no, text in self.printed.items():
                if (industry := counted_industry(text)) is not None:
                    self.out.add("sectors", industry, no)
        self.opened_row_pay()  # (after every rule that names a figure's owner)
        self.prose_pay()
        self.plain_owners()
        self.listed_offer_facts()
        if any("ubstantive" in text or "home salary" in text for text in self.printed.values()):
            self.home_post_pay()
        if self.examples:
            self.worked_example_owners()
        if self.family is not None and self.family.title is not None and (
                self.family.family == "dictionaryentry"):  # (other families' titles: the
            self.entry_facts(*self.family.title)  # role only, no definition after them)
        self.alias_cards()
        if self.title_firm is not None:  # (carry41) after every reader of the firm's name
            self.out.add("employers", *self.title_firm)
        for other_firm in self.title_firms:
            self.out.add("employers", *other_firm)
        if (owner := site_owner(sorted(self.printed.items()))) is not None:
            self.out.add("employers", *owner)  # (fixes81) the intranet's or HR system's body
        return self.out.build()

    def respondent_sector(self, lines: Sequence[Line]) -> None:
        """The business a decision's respondent is in ("an optical retailer", "… cranes on
        construction sites"): a sector of the role, read across the page's line breaks."""
        for first, second in itertools.pairwise([*lines, Line(lines[-1].no + 1, "")]):
            kind = respondent_business(f"{first.text.strip()} {second.text.strip()}")
            if kind is not None:
                self.out.add("sectors", kind, first.no)
                return

    def kinded_line(self, item: str) -> list[str]:
        """The skills of a requirements line whose label names a kind of requirement
        ("Physical requirements: early shifts, standing work"); the label names none."""
        label, listed = split_label(item)
        if label is None or classify_heading(label, self.vocab.headings) is not (
                Kind.REQUIREMENTS):  # (a skills label's list is read as skills already)
            return []
        return kinded_requirements(listed)

    def skills_labelled(self, item: str) -> str:
        """(recall14) The semicolon list a skills label opens on a requirements line
        ("Special skills: A; B; C. Must obtain …": "A; B; C"), or ""; the list is the
        label's first sentence, and every piece of it is short (a clause names no list)."""
        label, listed = split_label(item)
        # ((rules52b) "Skills and experience stated in the requisition: A; B; C": a label
        # opening with "Skills" lists skills, whatever requirement words follow it)
        if label is None or listed is None or (classify_heading(
                label, self.vocab.headings) is not Kind.SKILLS and not _SKILLS_FIRST.match(
                    label)):
            return ""
        first = split_sentences(listed)[0] if ". " in listed else listed
        pieces = [piece.strip() for piece in first.rstrip(" .").split(";")]
        if len(pieces) < _MIN_SEMICOLON_PIECES or not all(
                0 < len(piece.split()) <= _SEMICOLON_PIECE_WORDS for piece in pieces):
            return ""
        return first

    def told_duties(self, row: _Row) -> None:
        """A writer's own duties (:mod:`careergraph.guides.told_duties`): the items under a
        first-person lead-in ("In my current role I:"), a résumé's past-tense bullets,
        past-tense duty lines of a duties section (a resume translation's civilian side), a
        student programme's imperative duty bullets, and in paragraphs the sentences telling
        what learners do or what the writer learned, and semicolon lists of projects."""
        text = row.text.strip()
        # (the list under a lead-in runs on from item to item: a heading ends it)
        section = (self.kind, self.top_text, self.sub_text)
        listed = self.told_lead == section
        if row.bullet:  # (a duties section's imperative items: "Log borings with a rig")
            told = listed or told_opening(text, base=(
                self.kind is Kind.RESPONSIBILITIES and self.family is not None
                and self.family.duty_objects))
        else:
            # (a wrapped item's next line, in lower case, keeps the list open)
            self.told_lead = section if _TOLD_LEAD.search(text) or (
                listed and text[:1].islower()) else None
            told = self.kind is Kind.RESPONSIBILITIES and told_opening(text)
        # (résumé lines a wrap joined: each duty on its own; a long one is a paragraph)
        names = [name for piece in (told_pieces(text) if told else ()) if row.bullet or len(
            piece.split()) <= _DUTY_LINE for name in told_duty_objects(
                piece, any_verb=row.bullet and listed)]
        if not row.bullet and not told:  # a paragraph: its told sentences, its projects
            names = [*told_sentences(text), *listed_projects(text)]
            if self.family is not None and self.family.told_workplaces:
                for org in told_workplaces(text):  # (a letter's career: where she worked)
                    self.out.add("employers", org, row.no)
        for name in names:
            if not self.not_tool(name):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)

    def quote_speaker(self, row: _Row) -> bool:
        """True for the line under a quotation that names who said it: a person's name, then
        their post and firm ("Meera Shah, Head of Training, Dunmore Meats").  Its titles and
        firm are no aliases, skills or employers of the section the quotation stands in."""
        last = self.last_row
        if last is None or last.no != row.no - 1 or row.bullet or "," not in row.text:
            return False
        match = _SPEAKER.match(row.text)
        return bool(_quotation(last.text) is not None and match
                    and len(row.text.split()) <= _SPEAKER_WORDS
                    and not self.vocab.is_role_title(title_case(match.group(1))))

    def content(self, row: _Row) -> None:
        out = self.out
        out.content(row.no, row.text)
        if self.no_pay_section and not row.bullet and row.text[:1].isdigit() and (
                _NEXT_SECTION.fullmatch(row.text)):
            # (rules48b) "3. Training you will complete" after "2. Allowances": the letter's
            # next numbered section ends the no-pay one, known heading words or not
            self.no_pay_section = False
        if self.kind is Kind.SKILLS and row.text[-6:].lower() in _RATED_SKILL and (
                _SKILL_RATING.fullmatch(row.text)):
            # (real33) an occupation profile's "Skill Level" / "Lower skill": a rating, and
            # the fact sheet's next labels ("Unemployment Rate") name no skills either
            self.kind = Kind.OTHER
            out.use(row.no)
            return
        if row.text[:1] in "PpIiCcFfSsMmHhTt" and _MEDIA_CREDIT.fullmatch(row.text.strip()):
            out.use(row.no)  # "Photo from Unsplash" under a picture: its credit, no fact
            return
        if row.text[-1:] == ":" and not row.bullet and self.kind not in _PROSE_MOVE_KINDS and (
                "progress" in row.text or "go on" in row.text or "advance" in row.text or (
                    "move" in row.text)) and _MOVES_LEAD.search(row.text) is not None:
            # (real35) "Electricians may progress to become:" under a qualities or a subjects
            # heading: the list below names the jobs they move up to
            self.kind = Kind.MOVES_UP
            out.use(row.no)
            return
        if row.text[-1:] == ":" and not row.bullet and self.kind not in _PROSE_MOVE_KINDS and (
                "consider" in row.text) and len(
                (last := row.text.rpartition(". ")[2]).split()) <= _LEAD_WORDS and (
                classify_heading(last[:-1], self.vocab.headings) is Kind.LATERAL):
            # (real42) "… may be a better fit. Similar positions to consider include:" under
            # a "Types of X" heading: the list below names other jobs (with their own pay)
            self.kind = Kind.LATERAL
            out.use(row.no)
            return
        if self.kind in _PROSE_MOVE_KINDS and not row.bullet and offer_strip(row.text):
            # (rules44c) "Similar jobs: Bricklayer · Martin · 7,00 €/h | …" left at the end
            # of a career section: the board's other vacancies (their figures still read),
            # no rungs nor moves
            self.kind = self.top = Kind.OTHER
        if row.text[:1].isupper() and self.quote_speaker(row):
            out.use(row.no)  # "TOM REED, YARD MANAGER, OSTBY MARINE" under a quotation
            return
        opened = next((opening for opening in self.openings if opening[0] == row.no), None)
        if opened is not None:  # an opening: its firm is read, and its card's pay
            self.opening_pay(row, opened[2])
            out.use(row.no)
            return
        if ("→" in row.text or "->" in row.text) and ": " in row.text and not row.bullet:
            # "… to start! my path: A → B → C", in any section: the sentence's labelled ladder
            self.prose_chain(row.text, row.no)
        if row.no in self.history.lines:  # read whole (history_facts): no item of a section
            self.kind = self.top = Kind.OTHER
            out.use(row.no)
            return
        if "|" in row.text and bar_header(row.text, self.vocab.headings.columns):
            out.use(row.no)  # "| Module | Type |": a table's column names, no facts
            self.bar_meta = meta_columns(row.text, _bar_meta())
            return
        if self.bar_meta and "|" in row.text:  # ("| Hoist permit | Certification |")
            row = replace(row, text=without_columns(row.text, self.bar_meta), full="")
        else:
            self.bar_meta = ()
        if row.term and self.kind in _SKILL_KINDS and self.next_row is not None and not (
                self.next_row.bullet):
            # (real47) "• Use personal protection equipment" over "Make use of protection
            # equipment according to …": an occupation database's skill, named whole; the
            # sentence under it defines it and names none
            out.skill(row.text, _SKILL_KINDS[self.kind], row.no)
            self.described.add(self.next_row.no)
            return
        if row.standard and self.kind in _SKILL_KINDS:
            # a weighted standard or a numbered skill item: its head, parts, tools, techniques
            text = row.text
            if (weighed := _criteria_weight().match(text)) is not None:
                # (fresh62) "2.4 Desirable: the Tree Survey and Inspection course" in a
                # person specification: the weight's label names no skill, and a course
                # wished for is training to take, no skill
                text = text[weighed.end():]
                if _WISHED_COURSE.search(text):
                    out.use(row.no)
                    return
            for name in standard_skills(text):
                out.skill(name, _SKILL_KINDS[self.kind], row.no)
            self.standards = True
            return
        if self.standards and self.kind in _SKILL_KINDS:  # ("Total  100" below the weights)
            self.kind = self.top = Kind.OTHER  # the numbered list was the section's skills
        self.standards = False
        self.told_duties(row)
        for name in [] if _DUTY_FIELD.match(row.full or row.text) else gerund_tasks(row.text):
            # "Typical tasks include diagnosing faults with A" (not in a form's own duties
            # field: (rules54a) "7. Job Duties * … Duties include potting and pruning …", the
            # job's duties, no skills)
            out.skill(name, SkillKind.TECHNICAL, row.no)
            self.task_lines.add(row.no)
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
            if "; " in row.full and (semicolon_listed := self.skills_labelled(row.full)):
                # (carry45) "Special skills: A; B; C." on a line of its own: the list's items,
                # not the label as one criterion
                self.skill_list(Kind.SKILLS, semicolon_listed, row.no)
                return
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
              and dash_label(row.text) is None  # ("Geodesy — …" is one more item)
              # (a standard's "S:" or "B:" line after the "K:" items: the same list goes on)
              and KSB_LABEL.fullmatch(row.text) is None):
            # A bulleted skills list ends at its first plain line ("Timeline to Next Level:
            # 2-4 years", the next rung's title): that line is no skill.
            self.kind, self.skill_bullets = Kind.OTHER, 0
            if self.top in _SKILL_KINDS:
                self.top = Kind.OTHER
        kind = row.kind or self.kind
        if row.kind is Kind.MOVES_IN and row.full[:7].lower() == "before:" and (
                row.text[:1].isupper()):
            out.use(row.no)  # (rules35d) "Before: Employment Judge X, Mr Y": a decision's
            return  # bench, no earlier job (a card's "Before: forestry worker" is one)
        if row.kind in _SKILL_KINDS and self.kind in _MOVE_BUCKETS and self.top in _MOVE_BUCKETS:
            out.use(row.no)  # "Skills: A, B" on a related job's card: that job's, not the role's
            return
        item, _ = split_glued_sentence(row.text) if row.bullet else (row.text, "")
        if row.bullet and item[-1:] == ";":
            item = item[:-1].rstrip()  # (fresh49) "- NR-10;": a list's item ended by a semicolon
        if row.bullet and (kind in _SKILL_KINDS or kind is Kind.REQUIREMENTS) and (
                "; " not in item):
            # (recall11) "- TIG welding at basic level - constitutes an advantage": the
            # wish remark says how much the skills count, no part of their names (after a
            # semicolon it is its last clause's, which the clause readers weigh: "Excel,
            # Word; know to use ERP (SAP) is a plus")
            item = without_item_wish(item)
        label, description = split_label(item) if row.bullet else (None, item)
        for firm in offer_employers(row.text) if " - " in row.text else ():
            out.add("employers", firm, row.no)  # "… offers: X AG (Tyrol) - Lift technician"
        printed = self.printed.get(row.no, "")
        if " | " in printed and ("offers" in printed or "nterested in" in printed or (
                "imilar" in printed)):  # (rules37a) "Similar offers: X – Brno (Firm) | …"
            spellings = [self.role, *(alias.text for alias in out.lists["aliases"])]
            for title, firm in offer_cells(printed):
                if same_title(title, spellings):
                    out.add("employers", firm, row.no)
        if not row.bullet and "requirements" in item and (
                required := requirement_list(item)) is not None:
            for name in required:  # "Physical requirements: head for heights, …": skills
                out.skill(name, SkillKind.TECHNICAL, row.no)
            out.use(row.no)
            return
        if (kind in _NAME_BUCKETS or kind is Kind.ALIASES) and not row.bullet and (
                _testimonial(item)):
            out.use(row.no)  # "“Best job I have had.”" under "Employers": no name
            return
        if not row.bullet and kind is Kind.SALARY and ":" in item[:60]:
            # "Deck Cadet: cadets receive INR 25,000 …": a rank's own line in a pay section.
            titled, rest = split_label(item)
            # (fixes100) "Responsible of the plant: around 23.500 €": a translated title in
            # sentence case, its head and its charge (pay_leads.charge_title)
            charged = charge_title(titled, self.vocab.is_role_title) if titled and rest and (
                " of the " in titled) else None
            if titled and rest and (charged or self.vocab.is_role_title(titled)):
                label, description = charged or titled, rest
        if not row.bullet and row.kind is None and (rung := self.rung_title(item)) is not None:
            # A rung title on its own line: the pay below is its; a title listed in a section
            # of another kind (a move under "Career path", a next step) heads nothing, so the
            # pay section after the list stays the page's own.
            self.line_title = rung if kind is Kind.OTHER or kind in _RUNG_PARTS else ""
            self.listed_title = (rung, row.no) if kind in _MOVE_BUCKETS else None
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
        if kind in _MOVE_BUCKETS and ("|" in item or ", " in item) and self.vacancy_match(
                row, item, kind):
            return  # (rules39a) "V12 | Post | Grade | £… | 81% | Suitable": a matched vacancy
        if " | " in item and kind in _SKILL_KINDS and not row.bullet and ":" not in item and (
                self.printed.get(row.no, row.text).lstrip()[:1] != "|") and (
                self.last_row is not None and self.last_row.heading
                and self.last_row.no == row.no - 1) and _alone_piped(
                self.last_row, row, self.next_row) and find_money(item) is None:
            # (rules48b) "Tools you will master" / "A | B | C": one line of names parted by
            # bars right under a skills heading, no table (no row of cells above or below
            # it, no "| A | B |" table header), no labelled fields ("Visits: … | Closing
            # date: …")
            for name in skill_names(item, self.vocab):
                out.skill(name, _SKILL_KINDS[kind], row.no)
            return
        tabled = "|" in item and (self.titled_pay_cells(row, item) or self.column_cells(
            item, row.no) or (
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
        # (rules35d) "Your qualifications" / "Periodontal charting" / "Motivational
        # interviewing": a requirements list printed one item a line, read as its bullets
        one_a_line = self.kind is Kind.REQUIREMENTS and row.kind is None and not row.bullet and (
            self.plain_run(row))
        listed = row.bullet or glued_list or run_together or row.kind is not None or (
            phrase_item) or (
            (kind in _MOVE_BUCKETS or kind in _NAME_BUCKETS) and item.count(" | ") >= 2) or (
            kind in _LIST_KINDS and kind is not Kind.RESPONSIBILITIES and _listish(
                _CODE_AFTER.sub("", row.text) if ")" in row.text else row.text)) or (
            kind in _MOVE_BUCKETS and listed_role(row.text, self.vocab) is not None) or (
            # "Business: asset management principles (ISO 55000), …": a group label's items
            kind in _SKILL_KINDS and ":" in item[:_GROUP_LABEL_END] and _group_label(
                split_label(item)[0] or "")) or (
            # "Welder, pipe welder, fabricator welder." under "Typical job titles": a list
            # with a full stop (each item must still read as a title: alias_titles)
            kind is Kind.ALIASES and row.text[-1:] == "." and _listish(row.text[:-1])) or (
            # "Attention to detail; reading plans; basic math." under a skills heading: short
            # items set apart by semicolons, a full stop after the last
            kind in _SKILL_KINDS and row.text[-1:] == "." and ": " not in row.text
            and _semicolon_items(row.text[:-1])) or (
            # "Fish Grader, Packing Line Operator, Quality Control Assistant." under
            # "Suitable alternative duties": capitalised titles, a full stop after the last
            kind in _MOVE_BUCKETS and row.text[-1:] == "." and capitalised_items(row.text[:-1])
        ) or (
            # "Boom repair (MIG welding) ……… endorsed x1": a record's skill row, its note aside
            kind in _SKILL_KINDS and (noted := without_skill_note(row.text)) != row.text
            and _listish(noted)) or one_a_line
        if kind in _SKILL_KINDS and not label and self.duty_lists(item, row.no):
            return  # "Runs tests: hardness, pH and conductivity; …": the duty's own lists
        dashed = dash_label(item) if (("—" in item or "–" in item or " -" in item)
                                      and kind in _SKILL_KINDS and ":" not in item[:60]) else None
        if dashed is not None:  # "Monitoring — checking your own work …": a skill row
            self.dash_skills(kind, *dashed, row.no)
            return
        if kind in _SKILL_KINDS and not row.bullet and item.count(" / ") >= _SLASH_ITEMS and (
                item.rstrip()[-1:] != "."):
            # "Acoustic leak detection (geophones) / step testing / GIS network maps": a role
            # profile's skills on one line, parted by slashes
            for name in parted_items(item, " / "):
                out.skill(name, SkillKind.TECHNICAL, row.no)
            return
        if kind in _SKILL_KINDS and (chips := self.chip_row(row)):
            # "Voice Acting   Audio Editing   Adobe Audition": a profile's skill chips
            self.skill_list(kind, ", ".join(chips), row.no)
            return
        if not listed and kind in _NAME_BUCKETS and (spaced := _spaced_names(row.text)):
            # "Little Owl Bakery   Brewhaus   Kai Co": names set apart by runs of spaces.
            self.names(_NAME_BUCKETS[kind], ", ".join(spaced), row.no)
            return
        if not listed and kind in _RUN_IN_SKILLS and ": " in item and "; " in item and (
                semicolon_listed := self.skills_labelled(item)):
            # (recall14) a notice's run-in "Special skills: A; B; C. Must obtain …" among
            # its requirements: the semicolon list of its first sentence, read as skills
            # ((rules52b) and a form's "Skills stated in the requisition: A; B; C" in its
            # numbered section on the services)
            out.add("requirements", item, row.no)
            self.skill_list(Kind.SKILLS, semicolon_listed, row.no)
            return
        if not listed and kind is Kind.REQUIREMENTS and ": " in item and "," in item and (
                kinded := self.kinded_line(item)):
            out.add("requirements", item, row.no)  # "Physical requirements: A, B"
            for name in kinded:
                out.skill(name, SkillKind.TECHNICAL, row.no)
            return
        if kind is Kind.EMPLOYERS and (owned := _OWNED_SITE.match(row.text)) is not None:
            # (rules33c) "Kōrero Fit Ponsonby — Tūī Wellness Ltd": a franchised site and the
            # company that owns it; the owner employs, the site is its brand
            out.add("employers", owned.group("owner"), row.no)
            return
        if kind in _MOVE_BUCKETS and not row.bullet and not is_truncated(item) and (
                self.vacancy_card(row.no, item)):
            return  # "Title – Firm Ltd – Town – TSh 600,000": a job board's card, no move
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
        head, colon, rest = item.partition(": ") if row.bullet else ("", "", "")
        if kind in (Kind.PROGRESSION, Kind.LADDER) and colon and rest and len(
                head.split()) <= _KIND_LABEL_WORDS and (moved := classify_heading(
                    head, self.vocab.headings)) in _MOVE_BUCKETS and self.moves(
                        moved, rest, row.no):
            return  # "- sideways: A, B" among a path's arrows: lateral moves
        if kind in (Kind.PROGRESSION, Kind.LADDER) and ": " in row.text and self.entry_field(
                row.text, row.no):
            return  # "Next step: X" on a progression card: a move up (data card_fields)
        if kind in (Kind.PROGRESSION, Kind.LADDER) and row.bullet:
            if self.ladder_heading != (self.top_text, self.sub_text):  # a new list
                self.ladder_heading, self.ladder_items = (self.top_text, self.sub_text), []
            self.ladder_items.append(item)
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
        if kind in _MOVE_BUCKETS and self.offers and any(
                no == row.no for no, _, _ in self.offers):
            return  # (fresh60) "Glazier · Alytus · 8,63 – 11,33 EUR/h" under "Similar offers"
            # left in a moves section: another vacancy, no move (as in a ladder's section)
        if kind in _MOVE_BUCKETS and self.moves(kind, item, row.no):
            if (kind is Kind.LATERAL or kind is Kind.MOVES_UP) and find_money(item) is not None:
                self.moved_pay(row.no, item)  # (rules47b) "Bid Writer — £32,000 – £40,000"
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
            self.duty_workplaces(item, row.no)
            # "Execution of stability studies as per ICH guidelines": a duty written as nouns
            for name in nominal_duty_skills(item) if item[:1].isupper() else ():
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for name in named_duties(item, self.vocab.is_role_title) if (
                    row.full and not row.bullet) else ():
                self.out.skill(name, SkillKind.TECHNICAL, row.no)  # "The job: A, B, C and D."
            if row.bullet:  # "- Emergency response: first aid, CPR and fire drills"
                self.labelled_duty_list(label, description, row.no)
            if row.bullet and named_duty_item(item) and not self.not_tool(item) and (
                    self.vocab.headings.exact(item) is None):
                # (fixes68) "- relevance tuning" under "What you'll be doing": a duty
                # written as a technique's bare name (a contents list's "- Career
                # progression" names a section)
                self.out.skill(item, SkillKind.TECHNICAL, row.no)
        elif kind in (Kind.TOOLS, Kind.OFTEN_MISSING) or (
                kind in (Kind.SKILLS, Kind.SOFT_SKILLS) and not row.bullet and not (
                    self.family is not None and self.family.phrase_skills)):
            # (a classification's items stand one a line without bullets: items)
            if not self.dated_statistic(row) and not (
                    # (rules35d) "Earning: $33 – $36 per hour" after a card's skills line:
                    # a labelled figure, no skill
                    not row.bullet and ": " in item and find_money(item) is not None):
                self.skill_list(kind, item, row.no)
        elif kind in (Kind.SKILLS, Kind.SOFT_SKILLS):
            self.skill_item(row, label, description, item, kind)
        elif kind is Kind.REQUIREMENTS and row.bullet and label and description and (
                self.vocab.headings.exact(label) == "skills"):
            # "- Skills: A, B and C" among a post's qualifications: a skills list
            self.skill_item(row, label, description, item, Kind.SKILLS)
        elif kind is Kind.REQUIREMENTS and row.bullet and not label and _workplace_item(item):
            # (real33) "- Engineering consulting firms", "- Government agencies" listed after
            # "employment opportunities … include;": kinds of workplace, no requirements
            self.names("sectors", item, row.no, whole=True)
        elif kind is Kind.REQUIREMENTS and not label and item.count(" ") < _BARE_LABEL_SPACES and (
                self.vocab.headings.exact(item) in _VALUE_LABEL_KINDS):
            pass  # (real44) a card's "- Entry-level education / … / - Job outlook" with the
            # outlook's value missing: the next field's label, no requirement
        elif kind is Kind.REQUIREMENTS:
            out.add("requirements", item, row.no)
            itemised = row.bullet or one_a_line
            if label and description and itemised and without_item_wish(
                    f"{label} — {description}") == label:
                # (fixes91) "Beckhoff TwinCAT — nice to have": a wish, no label of a
                # description; the item is what is wished for
                item, label, description = label, None, ""
            if item[:1] > "\u036f":  # (rules39d) "Μεθοδικότητα - methodicalness, accuracy …":
                item = _ORIGINAL_FIRST.sub("", item)  # the original word, then its English
            mastered = mastered_skills(item) if itemised and not label else None
            if mastered is None and itemised and not label and " and " in item:
                # (rules37c) "- tact and discretion": two traits, each whole
                mastered = self.sole_trait(item) or None
            if mastered is None:
                mastered = requirement_skills(item, self.titled) if itemised and not (
                    label) else []
            if not mastered and itemised and not label:
                # (fixes91) "Omron PLCs in CX-Programmer (ladder logic, …)", "Wiring
                # diagrams — read … in DraftPro Electrical", "X TwinCAT — nice to have"
                mastered = tooled_requirement(item)
            if not mastered and not label and "," in item:
                mastered = comma_requirements(item)  # "Forklift licence, first aid, …"
            wished = without_item_wish(item) if itemised and not label else item
            if not mastered and itemised and not label and wished.rstrip(".").endswith(")"):
                # "A (Brand)"; (fixes91) "Weld cells (KUKA robots) — a plus"
                mastered = self.bracketed_requirement(wished, row.no)
            if not mastered and itemised and not label and item.rstrip(".").endswith(")") and (
                    listed_bracket(item)):
                # (rules40c) "- Linen handling protocols (soiled linen sorting, clean linen
                # storage)" among must-haves: a skill and its bracket's items, as a skills
                # list reads them
                self.skill_item(row, label, description, item, Kind.SKILLS)
            if not mastered and itemised and not label:
                mastered = self.sole_trait(item)  # "- Creativity" among requirements
            for name in brands_apart(list(mastered), item):  # "Valid driving licence",
                # "Master Ms. Excel and …"
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
            if row.bullet:  # "- Safety: first aid, manual handling and COSHH"
                self.labelled_duty_list(label, description, row.no)
            self.experience_tools(item, row.no)
            self.tools(item, row.no, enumerations=True)
        elif kind in (Kind.PROGRESSION, Kind.LADDER, Kind.DEVELOPMENT):
            out.add("development_suggestions", item, row.no)
            if row.bullet:  # "- Focus areas: budgeting, process improvement" on a rung
                self.labelled_duty_list(label, description, row.no)
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
            if item[-1:].isdigit() and _FIGURES_ONLY.fullmatch(item):
                return  # (real33) "N500, 000 to N3, 000, 000": a flattened table's pay cell
            if item[:1] in _OPEN_QUOTES and _QUOTE_SPEAKER.search(item):
                return  # '"Best unit going." – Cpl A. Hart, 163 Sqn': a quote and its speaker
            if row.bullet and item[-1:].isalpha() and (bare := unit_without_place(item)) != item:
                self.out.add("employers", bare, row.no)  # "- 171 Port Squadron, Marchwood"
                return
            if not row.bullet and row.kind is Kind.EMPLOYERS and "," in item and (
                    placed := _ONE_EMPLOYER.match(row.full)) is not None:
                # (rules35d) "Employer: Harbour Glass & Glazing, Leith": a singular label
                # names one employer, the word after its comma is where it is
                self.out.add("employers", placed.group("firm"), row.no)
                return
            head, colon, kinds = item.partition(": ")
            # (a card's own line too: "Typical sectors: bus and coach operators, …")
            if colon and kinds and len(head.split()) <= _KIND_LABEL_WORDS and (
                    row.bullet or _GROUP_LABEL.fullmatch(head)) and (
                    classify_heading(head, self.vocab.headings) is Kind.SECTORS):
                # "- sectors: legal, government, broadcasting" under "Who hires": the kinds
                self.names("sectors", kinds, row.no, whole=False)
                return
            if row.bullet and label and description and classify_heading(
                    label, self.vocab.headings) is Kind.SECTORS:
                # "- sectors: legal, government, broadcasting" under "Who hires": the kinds
                self.names("sectors", description, row.no, whole=False)
                return
            if row.bullet and not label and self.listed_workplace(item, row.no):
                return
            if row.bullet and not label and _lower_workplace(item, self.out, row.no):
                return  # (real29) "- mines", "- self-employment, with …": no employer's name
            said = without_led(description or item)  # (carry40) "WFP-led … operations"
            if row.bullet and said[:8].lower() == "working " and (
                    placed := _WORKING_AT.match(said)) is not None:
                # (real33) "- working in the Australian Defence Force, assisting in the care
                # of …": the employer after the gerund, not the clause after it
                said = placed.group("name")
            if not row.bullet and colon and "," in kinds and _GROUP_LABEL.fullmatch(head) and (
                    not _NOTE.match(item)) and all(
                    name.strip()[:1].isupper() for name in kinds.split(",")) and not any(
                    char.isdigit() for char in kinds):
                said = kinds  # "Trailblazer group: A, B, C": the label names no employer
            if row.kind is not None and self.labelled_workplaces(said, row.no):
                return
            if not row.bullet and "household" in row.full and _household(row.full, said):
                return  # (rules55b) "Employer name: Okoro, Ada and Ben (private household)":
                # a household named as its people, no company
            if not row.bullet and row.full != row.text and "(" in said and (
                    unit := _GROUP_ASIDE.match(said)) is not None:
                # (rules49b) "Employer: Harbourview Animal Hospital (a member of Maritime Vet
                # Partners)": the firm; the group that owns it hires no one itself
                self.out.add("employers", unit.group("org"), row.no)
                return
            if not row.bullet and row.full != row.text and " " in said and (
                    unit := _NAMED_UNIT.match(said)) is not None:
                # (rules49b) "Organization: Mercy Lakes Health — Maternal-Fetal Medicine clinic,
                # Minneapolis, MN": the firm before the dash; its unit and town name none
                self.out.add("employers", unit.group("org"), row.no)
                return
            formed = _FORMED_HEAD.match(said) if not row.bullet and row.full != row.text else None
            if formed is not None and formed.end() < len(said.rstrip()):
                # (rules48b) "Company: X, Inc. — Denver, CO (hybrid, …)": the name and its
                # form; the place and the working pattern after it name no employer
                self.out.add("employers", formed.group("org"), row.no)
                return
            if "ddress" in said and _ADDRESS_FIELD.search(said):
                # (rules57c) "Legal name: Acme, Inc.   Address: 12 Mill Rd SW, Dayton, OH
                # 45402" under a form's "EMPLOYER" section: a row of the form's fields, its
                # name fields read as such (``company_field``), its address naming no firm
                if "usiness" in said and (business := _BUSINESS_FIELD.search(said)) is not None:
                    # (rules58a) "…   Type of business: Residential HVAC and gas contractor":
                    # the firm's own business, a sector
                    self.out.add("sectors", business.group("kind"), row.no)
                return
            if not ("," in item and _LEGAL_TAIL.search(said) is None
                    and self.section_names(said, row.no)):
                # (a slide's line is one name: "Southern Skies MetCentre" stays whole)
                self.names("employers", said, row.no, whole=(row.bullet and _one_brand(
                    said)) or (self.deck is not None and "," not in said
                               and len(said.split()) <= _SLIDE_NAME_WORDS))
        elif kind is Kind.ALIASES:
            self.aliases(item, row.no, bullet=row.bullet)
        elif kind is Kind.SECTORS:
            if item[:1].isdigit() and row.kind is Kind.SECTORS:
                # (rules53b) "Employer industry (NAICS): 541330 Engineering Services": the
                # classification's code before its title names nothing
                item = _INDUSTRY_CODE.sub("", item, count=1)
            if row.bullet and not label and self.job_item(item):
                self.job_lines.add(row.no)
                return  # "Career Options by Sector" listing "- Park ranger": a job, no sector
            if label and row.bullet and row.kind is None and (
                    description.lstrip()[:1].isdigit() and " " not in label.strip()):
                out.use(row.no)  # (rules50b) "Industry: X · Venue: 600-seat ballroom": a
                return  # field's figure after its one-word label, no sector
            if label and row.bullet and row.kind is None:
                out.add("sectors", label, row.no)
            else:  # ("Garment manufacturing (export of …)": the industry, not its aside)
                # ((rules54a) a classification's title is one name: "NAICS Title: Nursery and
                # Tree Production")
                self.names("sectors", _SECTOR_ASIDE.sub("", item), row.no,
                           whole=self.one_a_line(row) or bool(_CLASSIFICATION_LABEL.search(
                               f"{label or ''} {(row.full or row.text).partition(item)[0]}")))
                if item.endswith(")") and (segment := _SEGMENT_ASIDE.search(item)):
                    # (rules38c) "Social care (domiciliary / homecare)": the narrower segment
                    # the aside names twice, a sector of its own (its first name)
                    out.add("sectors", segment.group(1), row.no)

    def vacancy_card(self, no: int, item: str) -> bool:
        """(rules48c) A job board's card of another vacancy under "Related Jobs" ("Van Salesman
        – Kilimanjaro Dairy Ltd – Arusha – TSh 600,000 – 700,000"): its title, a firm's name
        ending in a legal form, perhaps a town, and the pay last, cells parted by spaced dashes
        or middle dots.  Another firm's opening, no move of the role: the pay is the title's.
        False when the line is no such card."""
        cells = [cell.strip() for cell in _CARD_CELLS.split(item.strip())]
        if len(cells) < 3 or not cells[0][:1].isupper() or find_money(cells[0]) is not None:
            return False
        paid = next((index for index, cell in enumerate(cells) if find_money(
            cell, home=self.home) is not None), None)
        if paid is None or paid < 2 or not any(
                firm_named(cell) for cell in cells[1:paid]):
            return False
        money = find_amounts(" – ".join(cells[paid:]), dollar=self.dollar, home=self.home,
                             period=self.period)
        for found in money[:1]:
            self.owned_pay(no, cells[0], found.low, found.high, found)
        self.out.use(no)
        return True

    def moved_pay(self, no: int, item: str) -> None:
        """(rules47b) A move's item whose title is followed by a dash or a colon and its
        figure ("Small Business Relationship Manager — $85,000 – $105,000 base, …", "Mortgage
        Loan Officer — $45,000 base + commission" under "Options we explored"): the figure is
        that title's pay, not the role's; nothing when the line's figures were read already or
        the title before them is none of the moves the line gave."""
        paid = _MOVE_PAY.match(item)
        read = [salary for salary in self.out.salaries if salary.source.line == no]
        if paid is None or any(salary.role is not None for salary in read):
            return
        title = paid.group("title").strip()
        moved = {fact_key(fact.text) for bucket in ("leads_to", "transitions_to")
                 for fact in self.out.lists[bucket] if fact.source.line == no}
        if fact_key(title) not in moved:
            return
        rest = item[paid.end():]
        first = find_amounts(rest, dollar=self.dollar, home=self.home, period=self.period)
        for money in first[:1]:  # (the band right after the dash; later figures are asides)
            if read and not any((salary.min, salary.max, salary.period) == (
                    money.low, money.high, money.period) for salary in read):
                return  # (the line's figures were read otherwise: left as read)
            # (carry47) a sentence-case title's band read unowned before its move was
            # known ("Option A — Supply chain planner: £32,000 – £40,500"): now the title's
            self.out.salaries[:] = [salary for salary in self.out.salaries if not (
                salary.source.line == no and (salary.min, salary.max) == (money.low,
                                                                          money.high))]
            self.owned_pay(no, title, money.low, money.high, money)

    def dated_statistic(self, row: _Row) -> bool:
        """A dated label over its bare figure ("Employment in 2021" / "100,700", "Median Age
        of workers in 2021" / "36.7 years old"): an occupation profile's statistic, no
        item of the list above it."""
        below = self.next_row
        return _YEAR.search(row.text) is not None and below is not None and not (
            below.bullet) and _BARE_FIGURE.fullmatch(below.text.strip()) is not None

    def job_item(self, item: str) -> bool:
        """A list item naming one job ("Map librarian", "Park ranger"): its last word a
        singular role head, so it names a person, never a kind of employer ("Asset
        Management", "general contractors" stay sectors)."""
        last = item.split()[-1] if item.split() else ""
        if last.endswith(("s", "ment", "ing")) and not last.endswith("ss"):
            return False
        return practitioner_noun(last, strict=True) or self.vocab.is_role_title(title_case(item))

    def eligible_titles(self, text: str, line: int) -> None:
        """(rules40c) A requisition's titles eligible to apply ("Eligible internal applicants:
        A; B (Level II only); C. Employees on …", "Who may apply internally | A ; B ; C not
        eligible"): moves in, each a title alone (the role at another level and a title
        "not eligible" are none)."""
        for item in text.split(". ")[0].rstrip(".").split(";"):
            item = _TRAILING_NOTES.sub("", item.strip())
            if not item or "eligible" in item.lower() or len(item.split()) > _ENTRY_WORDS:
                continue
            title = ladder_step(item, self.vocab, self.role, plain=True) or (
                title_case(item) if item[:1].isupper() and practitioner_noun(
                    item.split()[-1]) else None)
            if title is None or title.lower() != item.lower() or fact_key(
                    _ROMAN_TAIL.sub("", title)) == fact_key(self.role):
                continue
            self.out.add("moves_in", title, line)

    def entry_field(self, text: str, line: int) -> bool:
        """A progression card's "Entry:" field listing the jobs one enters from, each item
        a title alone ("Entry:  Vehicle maintenance operative (level 2) · Body repairer"):
        moves in, read here; its "Next step:" field (data ``card_fields``, ``moves_up``)
        names the jobs above, one title enough; False for any other line."""
        field = _ENTRY_FIELD.match(text)
        label = field.group(1).lower() if field is not None else ""
        fields = word_lists("card_fields")
        up = label in fields["moves_up"]
        if field is None or not (up or label in fields["moves_in"]):
            return False
        items = [_TRAILING_NOTES.sub("", item.strip()) for item in _DOT_SPLIT.split(
            field.group(2))]
        # (a long title the lexicon does not know, "Motor vehicle service and maintenance
        # technician", names its worker by its last word)
        titles = [ladder_step(item, self.vocab, self.role, plain=True) or (
            title_case(item) if len(item.split()) <= _ENTRY_WORDS and practitioner_noun(
                item.split()[-1]) else None) for item in items]
        if len(items) < (1 if up else 2) or not all(
                title and title.lower() == item.lower() and not (up and not _worker_title(
                    title, self.vocab)) for title, item in zip(titles, items, strict=True)):
            return False  # ("Entry: Class 10 pass with a year as X, or ITI"): a requirement
            # ("Next step: a level 3 certificate": a course, no job above the role)
        for title in titles:
            if title and fact_key(title) != fact_key(self.role):
                self.out.add("leads_to" if up else "moves_in", title, line)
        self.out.use(line)
        return True

    def next_steps_line(self, stepped: re.Match[str], line: int) -> bool:
        """A card's "Next step: A, then B" (a ladder from the role through A to B) or "Wants
        next: A, and one day a B" (each a step up from the role); False when its label
        (``card_fields``, ``moves_up``) or its titles are none."""
        first, second = stepped.group("first"), stepped.group("second")
        if stepped.group("label").lower() not in word_lists("card_fields")["moves_up"] or not (
                _worker_title(first, self.vocab) and _worker_title(second, self.vocab)):
            return False
        if stepped.group("link") == "then" and self.role:
            self.out.progression([(self.role, line), (first, line), (second, line)])
        else:
            self.out.add("leads_to", first, line)
            self.out.add("leads_to", second, line)
        return True

    def plain_run(self, row: _Row) -> bool:
        """``row`` is one of a run of at least three plain short lines, one after another with
        no blank between (a list printed one item a line, with no bullets)."""
        rows, index = self.page_rows, self.row_index
        if not _plain_item(row) or rows[index].no != row.no:
            return False
        first = last = index
        while first > 0 and rows[first - 1].no == rows[first].no - 1 and _plain_item(
                rows[first - 1]):
            first -= 1
        while last + 1 < len(rows) and rows[last + 1].no == rows[last].no + 1 and _plain_item(
                rows[last + 1]):
            last += 1
        return last - first + 1 >= _PLAIN_RUN

    def prose(self, row: _Row) -> None:
        self.section_prose += 1
        if ("ligible" in row.text or "ay apply" in row.text) and (
                eligible := _ELIGIBLE.match(row.text)) is not None:
            self.eligible_titles(eligible.group(1), row.no)
        if row.text.endswith(":") and criteria_section(row.text):
            # "You will be assessed against these selection criteria:": criteria follow
            self.criteria = True
            self.kind = self.kind if self.kind in _SKILL_KINDS else Kind.SKILLS
            return
        if "xperience" in row.text:  # "Specialized experience … includes: 1) A; AND 2) B"
            for name in specialised_experience(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        self.cued(row.text, row.no)
        if self.kind is Kind.REQUIREMENTS and "," in row.text and not row.bullet:
            for name in comma_requirements(row.text):  # "Forklift licence, first aid, …"
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if "duties" in row.text or "tasks" in row.text or "description" in row.text:
            # "A Bus Driver's duties … include A, B and C" (a decision's finding)
            for name in role_duty_list(row.text, self.role):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if ": " in row.text and row.text[:1].isupper():
            # "Performs road upkeep: patching ruts with cold asphalt, crack sealing, …"
            for name in duty_list_kit(row.text):
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        if self.family is not None and self.family.family == "wagedet":
            for name in scope_skills(row.text):  # a trade's scope of work: its kit
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
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
            self.duty_workplaces(row.text, row.no)
        elif self.kind is Kind.RESPONSIBILITIES:  # a paragraph of duties: each sentence's
            for sentence in split_sentences(row.text):  # tools ("… in Wwise, with Blueprints")
                self.duty_tools(sentence, row.no, prose=True)
                self.duty_workplaces(sentence, row.no)
            # (a summary's duties may be clauses of one sentence: "Answers A; runs B; keeps C.")
            duties = [clause for sentence in split_sentences(row.text)
                      for clause in _DUTY_CLAUSE.split(sentence)
                      if third_person_duty(clause)] if third_person_duty(row.text) else []
            for sentence in duties if len(duties) >= _MIN_DUTIES else ():
                # "Performs A, B and C on …. Documents D in E.": a position summary's
                # duties, one a sentence (one such sentence opens a definition instead)
                for name in duty_objects(sentence):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for sentence in split_sentences(row.text) if not duties else ():
                # "Before a run he checks A, B and C": a handbook's duties told with their
                # subject ("he", "technicians use …")
                for name in subject_duty_objects(sentence):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, row.no)
        text = self.stated_ladder(row.text, row.no)
        if "→" in text or "->" in text:
            self.arrow_job(text, row.no)
        if ": " in text and (stepped := _NEXT_STEPS.match(text)) is not None and (
                self.next_steps_line(stepped, row.no)):
            return
        moving = self.moves_text(text) if self.kind in _PROSE_MOVE_KINDS else ""
        if self.kind in _MOVE_BUCKETS:
            if moving and (self.kind is not Kind.MOVES_UP or arrow_chain(moving) is None):
                self.prose_moves(self.kind, self.run_on(row, moving), row.no)  # (an arrow
                # chain: a ladder)
        elif self.kind in (Kind.LADDER, Kind.PROGRESSION):
            rungs = self.chevron_rungs(moving) if " > " in moving else None
            if ":" in moving and worded_level(moving) and len(moving.split()) <= 12:
                # (real49) "Entry Level: Assistant X / Y": a rung by its level's name (no
                # entry field), its pay and duties on the lines below
                self.progression_item(row, None, moving)
            elif ":" in moving and self.entry_field(moving, row.no):
                pass  # "Entry:  A (level 2) · B": a progression card's jobs one enters from
            elif rungs:  # "Yard Hand > Crane Operator > Crane Supervisor" under a ladder
                self.flush_chain()
                self.out.progression([(rung, row.no) for rung in rungs])
            elif "...." in moving and _STEP_ROW.match(moving):
                pass  # "STEP 2  Watch rating + medical ....... Third Mate": a certificate's
                # row, the job it unlocks one of the ladder's rungs, no move from the role
            elif moving and "→" not in moving and arrow_chain(moving) is None:
                step = ladder_step(moving, self.vocab, self.role)
                # ((real49) "Entry Level: Assistant X / Y": a level's label before the step)
                if (step is not None and unlabelled_step(moving).startswith(step)
                        and len(moving.split()) <= 12
                        and not step.startswith(("A ", "An ", "The "))):
                    self.progression_item(row, None, moving)  # "X · typically 0–2 years"
                else:
                    self.prose_moves(Kind.MOVES_UP, self.run_on(row, moving), row.no)
        elif self.kind in (Kind.EMPLOYERS, Kind.SECTORS) and not (
                text[:1] in _OPEN_QUOTES and _QUOTE_SPEAKER.search(text)):
            self.section_names(text, row.no)  # (a quote and its speaker name no employer)
        if self.kind is Kind.REQUIREMENTS and " cover" in text and "train" in (
                self.sub_text or self.top_text).lower():
            for name in covered_skills(text):  # "Training" / "AIT covers A, B and C"
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        elif " cover" in text:  # "Training at the academy covers A, B": any section
            taken = [fact.text for fact in self.out.skills if fact.source.line == row.no]
            for name in course_topics(text):
                if not any(name in whole or _initials(whole) == name for whole in taken):
                    # ("safety and emergency procedures (SEP)" read whole by another
                    # reader: no parts of it, nor its acronym)
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
        for name in clause_skills(text) if "shall " in text or "Employer's" in text else ():
            self.out.skill(name, SkillKind.TECHNICAL, row.no)  # an agreement's clause
        if self.kind not in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and (
                row.no not in self.task_lines) and not (  # (a cued "-ing" task list: whole)
                _DUTY_FIELD.match(row.full or row.text)):  # (rules54a) a form's duties field
            named = self.own_names(text, prose_skills(text, anywhere=True))
            if " skills" in text and "must have " in text:
                # (real38) "You must have excellent communication and listening skills.":
                # a requirement sentence in prose naming the skills asked for
                named += [name for sentence in split_sentences(text)
                          if _MUST_HAVE_SKILLS.match(sentence)
                          for name in modal_skills(sentence) or () if name not in named]
            if 2 * sum(1 for name in named if self.people(name)) >= len(named) > 1:
                named = []  # "the knowledge of veteran lineworkers, pump mechanics …": people
            for name in named:
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
                self.cued_lines.add(row.no)  # one cued list: the gazetteer still reads the rest
        if self.kind in _SKILL_KINDS and ";" in text and "; " not in text and text.count(
                ";") >= 2:
            # (rules40a) "A (we can train you);B;C;D": a list glued at its semicolons
            text = text.replace(";", "; ")
        if self.kind is Kind.OVERVIEW and self.out.summary is None:
            self.out.set_summary(text, row.no)
        elif text.endswith(":"):
            # (rules39a) under a moves heading a lead-in naming jobs says what it lists:
            # "Your skills are needed in related jobs. Newcomers have worked as:" lists jobs
            # ("… brings a mix of strengths. These include:" under "Getting in" still skills)
            last = text.rpartition(". ")[2]
            intro = last if self.kind in _MOVE_BUCKETS and _JOBS_LEAD.search(last) else (
                text.rpartition(". ")[0] or text)
            if self.kind not in _SKILL_KINDS and (_SKILL_INTRO.search(intro) or _WANTED.search(
                    text)):
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
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and "anguage" in (
                row.full or text)[:20].lower() and _LANGUAGES_LEAD.match(row.full or text):
            # (rules40b) "LANGUAGES: English required (C1). French or Spanish required for
            # Latin America rosters" inside a skills section: its languages only (the level
            # and the rosters they serve are no skills)
            self.languages(text, row.no, last=True)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and text.count(
                " | ") >= _STRIP_ITEMS and not _SENTENCE_STOP.search(text) and not (
                ":" in text or "%" in text or all(  # (a site's bar: "Home | Know Your Rights")
                    is_title_case(item.strip()) for item in text.split("|") if item.strip())):
            # a strip of names set apart by pipes, wrapped over lines ("welding | rigging |")
            for name in skill_names(text.strip(" |"), self.vocab):
                self.out.skill(name, _SKILL_KINDS[self.kind], row.no)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and "; " in text and (
                _semicolon_items(text, 2 if text[-1:] not in ".!?" and text[:1].islower() and not (
                    _VERB_OPENED.search(text)) else 3)):
            # "Reading work orders; Pallet building; Counting accuracy.": a skills section's
            # line of short items parted by semicolons, one skill each ((rules47b) two in
            # lower case with no full stop: "branch P&L management; deposit and loan growth
            # goals", read as prose it gave "deposit" and lost the first; not a duty's
            # "Calibrates online analyzers; responds to alarms …" nor a wrapped duty's end
            # "nitrogen readings; records results in X": a piece opening with an -s word)
            for name in skill_names(text.rstrip(" ."), self.vocab):
                self.out.skill(name, _SKILL_KINDS[self.kind], row.no)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS) and ": " in text and (
                "; " in text) and (pieces := _introduced_items(text)):
            # (rules39d) "Ads most often ask for: A; stormwater and drainage design; …": a
            # lead-in, then short items parted by semicolons, each whole ("and" inside one)
            kind = _SKILL_KINDS[self.kind]
            for piece in pieces:
                names = skill_names(piece, self.vocab) if _semicolon_items(
                    f"{piece}; {piece}; {piece}") else [
                    *prose_skills(piece), *sentence_skills(piece, self.vocab)]
                for name in names:
                    if not self.dealt_with(name):
                        self.out.skill(name, kind, row.no)
        elif self.kind in (Kind.SKILLS, Kind.SOFT_SKILLS, Kind.TOOLS):
            kind = _SKILL_KINDS[self.kind]
            text = without_verb_lists(text)  # (a verb-phrase list is read by `cued`)
            text = without_cut_off(text)  # "…, chainsaws and ...": a snippet's cut
            text = without_perks(text)  # ("Van and tools provided": what is handed out)
            if _DEGREE_CLASS.search(text):
                text = " ".join(part for part in split_sentences(text)
                                if not _DEGREE_CLASS.search(part))
            if "ssessor" in text or "erifier" in text or "xaminer" in text:
                # (fresh61) "The assessor observes each unit three times and marks it C
                # (competent) or NYC (not yet competent)": how a record is assessed, no skills
                text = " ".join(part for part in split_sentences(text)
                                if not _ASSESSOR_DOES.match(part))
            for name in [*prose_skills(text), *sentence_skills(text, self.vocab)]:
                if disposition(name):
                    continue  # (real45) "willing to learn and able to …": no skill
                if not self.dealt_with(name) and not (  # ("in contact with customers and staff")
                        name.endswith(" manner") and _manner_of(name, text)):
                    self.out.skill(name, kind, row.no)
            self.tools(text, row.no, enumerations=True)
            for name in [*done_in_tools(text), *with_tools(text)] if (
                    " in " in text or kit_cued(text)) else ():
                self.out.skill(name, SkillKind.TOOL, row.no)  # "mapping in QGIS"
        elif self.kind in (Kind.LADDER, Kind.PROGRESSION):
            for name in sentence_skills(without_perks(text), self.vocab, cued=True):
                # (what a rung expects; "tools provided" are handed out; rules40a: a title
                # in a route's sentence, "people from kitchens (Commis Chef, …)", no skill)
                if not self.vocab.is_role_title(name):
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
