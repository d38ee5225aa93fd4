"""Skill and tool reading for the long-form parser: skill lists and items, cued
and said skills, languages, duty tools, techniques and competency cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.amounts import find_money
from careergraph.guides.builder import fact_key, trait
from careergraph.guides.criteria import criterion_skills, framework_label
from careergraph.guides.dash_items import context_tools, described_tools, label_aside
from careergraph.guides.duty_lists import embedded_lists
from careergraph.guides.duty_objects import third_person_duty
from careergraph.guides.duty_tools import duty_tools, named_examples, system_products
from careergraph.guides.exam_subjects import exam_subjects
from careergraph.guides.gazetteer import fold, post_field
from careergraph.guides.gerund_tasks import gerund_item
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.item_settings import without_setting
from careergraph.guides.items import (
    _DUTIES,
    HOLDS_CLAUSE,
    PEOPLE_RANGE,
    USE_LEAD,
    VERBS,
    WORK_LEAD,
    bracket_examples,
    bracket_kit,
    bracket_names,
    category_examples,
    clause_item,
    done_in_tools,
    experience_names,
    focused_item,
    group_label,
    imperative_skills,
    kit_cued,
    mastered_skills,
    modal_skills,
    or_similar,
    qualified_skills,
    sentence_skills,
    skill_names,
    strip_acronym,
    syllabus_topics,
    task_on_tools,
    task_using,
    tool_category,
    with_tools,
    without_cut_off,
    without_reason,
    without_skill_note,
)
from careergraph.guides.languages import language_skills, leveled_language, qualified_languages
from careergraph.guides.longform_lines import (
    _AND_SPLIT,
    _ASIDE_CLAUSE,
    _DIGIT,
    _FUNCTION_WORDS,
    _PLATFORM_TAIL,
    _QUESTION_WORDS,
    _SHORT_WORDS,
    _STRIP_ITEMS,
    _STRIP_WORDS,
    _Row,
    _short_title,
)
from careergraph.guides.longform_patterns import (
    _BRACKETED,
    _GLUED_ITEMS,
    _GLUED_TITLE,
    _NO_NAMES,
    _NO_SKILLS,
    _NOTE,
    _OTHER_JOBS,
    _TRAILING_ASIDE,
    _table_skill,
)
from careergraph.guides.longform_roles import RoleMixin
from careergraph.guides.narrated_tools import appositive_tools, narrated_tools
from careergraph.guides.page_families import glued_by_case
from careergraph.guides.panels import dash_label
from careergraph.guides.plus_clause import plus_tools
from careergraph.guides.requirement_items import (
    eligibility,
    experienced_skills,
    post_held,
    without_degree,
    without_level,
    without_qualifiers,
)
from careergraph.guides.roles import PRACTITIONERS, practitioner_noun, singular_title, title_case
from careergraph.guides.section_kinds import (
    _LICENCE_HEAD,
    _MOVE_BUCKETS,
    _REQUIREMENT_LABELS,
    _SAID_TITLE_WORDS,
    _SKILL_KINDS,
    _SPOKEN_SKILLS,
    Kind,
    classify_heading,
)
from careergraph.guides.skill_cues import (
    activity,
    added_skills,
    credential_end,
    cued_skills,
    known_name,
    known_software,
    labelled_skills,
    paired_skills,
    skill_cue_dispatch,
    spaced_slash,
    stated_requirement,
)
from careergraph.guides.skill_trailers import lists_exams, without_ratings
from careergraph.guides.talk import said_skills
from careergraph.guides.task_products import task_products
from careergraph.guides.techniques import equipment, techniques
from careergraph.guides.text import (
    SMALL_WORDS,
    is_title_case,
    split_items,
    split_label,
    split_sentences,
)
from careergraph.guides.vehicles import vehicle_skills
from careergraph.guides.verb_lists import verb_list_skills
from careergraph.guides.versus import opened_by
from careergraph.lexicon import bundled_level_words
from careergraph.model import SkillKind
from careergraph.names import is_acronym_of

# (rules48b) A course module's code before its name: "M1 Marketing fundamentals".
# (real46) A label's description that lists its own aspects ("including their origins,
# properties and uses"): parts of the label's topic, no skills of their own.
# (rules54b) A skills list's label naming a rating scale ("(self-rated, 1–4)", "rated 1-5"),
# and an item's rating after it ("epidural management 4 · OB triage 3").
_RATING_SCALE = re.compile(r"\brat(?:ed|ing)\b[^:]{0,20}?\b[0-9]\s*[–-]\s*[0-9]{1,2}\b|"
                           r"\b[0-9]\s*[–-]\s*[0-9]{1,2}\b[^:]{0,12}\bscale\b", re.IGNORECASE)
_ITEM_RATING = re.compile(r"\s+[0-9]{1,2}(?=\s*(?:[·;|]|$))")
_ASPECTS = re.compile(r"(?:including|incl\.)\s+(?:their|its)\s", re.IGNORECASE)
_MODULE_ITEM = re.compile(r"M\d{1,2}\s+[A-Z]")
_LISTED = re.compile(r"[,;]")  # a list's separators inside a duty
# A doubt after a dash at a list item's end ("pyrotechnics — maybe", "welding - perhaps?").
_HEDGED = re.compile(r"\s[—–-]\s(?:maybe|perhaps|possibly)\??$", re.IGNORECASE)
# A run-in label glued to the list it opens ("Skills that count:patiencetact").
# A label that ends in a preposition leads into the items after it ("Written test on:",
# "Interview covering:", "Knowledge of:"): no skill itself.
# (fresh59) A criterion's opener before the subject known, and the items of a list of criteria
# parted by semicolons (two semicolons at least: "A; B; C").
_KNOWN_SUBJECT = re.compile(r"^(?:a\s+)?(?:good\s+|sound\s+|working\s+)?knowledge\s+of\s+"
                            r"(?:the\s+)?(?=\w)", re.IGNORECASE)
_PARTED_ITEMS = 2


@cache
def _criteria_weight() -> re.Pattern[str]:
    """A criteria list's weight as a run-in label ("essential:", "Desirable:";
    ``criteria.section_headings`` in ``data/headings.yaml``) opening an item."""
    words = word_lists("criteria").get("section_headings", ())
    return re.compile(rf"^(?i:{phrase_alternation(words)})\s*:\s+")


_LEAD_IN = re.compile(r"\s(?:on|of|in|covering|including|about)$", re.IGNORECASE)
# A quantity in a cue's list, no thing named ("a number of different areas", "a variety of
# settings"); "range of motion" names one.
_QUANTITY = re.compile(r"(?:an?\s+)?(?:(?:wide|broad|large|great|small)\s+)?"
                       r"(?:number|variety|lot|host|couple|multitude)\s+of\b"
                       # (real42) "specialize in diverse areas such as A, B": the kinds'
                       # collective noun with a word of many before it, no skill
                       r"|(?:diverse|various|varied|many|different|several|numerous)\s+"
                       r"(?:areas|fields|subjects|topics|beats|disciplines|sectors)$",
                       re.IGNORECASE)
_SOLE_TRAIT_SPACES = 3  # a known trait standing alone as a requirement: at most three words
# (rules39d) A list of qualities: "A, B and C" (an Oxford comma or not), each one to three
# lower-case words after its article (the first capitalised), no figure, no bracket.
_LISTED_QUALITIES = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_QUALITY = re.compile(r"[A-Za-z][a-z-]+(?: [a-z][a-z-]+){0,2}")
_ARTICLE_LEAD = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_MIN_QUALITIES = 3
# A quality's one abstract noun ("calmness", "honesty", "patience", "composure").
_ONE_QUALITY = re.compile(r"[A-Za-z][a-z]+(?:ness|ity|ance|ence|ism|ty|th|ure|ion)")
# Number words opening a technique read off a count ("the top five physical therapy employers").
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_GLUED_LABEL = re.compile(r"[a-z]:[a-z]")
# (fixes97) The role's workers as a sentence's subject, then "need" and a list in lower case
# ("Attendants need customer care, conflict resolution and basic IT" in a job profile on the
# Car Park Attendant's page): their skills.  A bare "you need" stays no cue (it names
# licences and checks as often as skills); the subject must be the role's head noun in the
# plural.
_WORKERS_NEED = re.compile(r"(?:^|(?<=[.;:]\s))(?P<who>[A-Z][a-z]{1,20}(?:\s[a-z]{2,20}){0,3})"
                           r"\s+need\s+(?=[a-z])")
_NEED_CUE = ("need",)
# A quality told of the reader ("You are safety conscious"): the quality is the item.
_YOU_ARE = re.compile(r"^(?:you\s+are|you're|you’re)\s+", re.IGNORECASE)
# (a kind in lower case may come first: "(tools such as GitHub Actions or Terraform)")
_EXAMPLE_OPENER = re.compile(r"^(?:[a-z]+\s+)?(?:e\.g\.,?|i\.e\.,?|such as|like|incl\.|"
                             r"including|for example,?|for instance,?)\s+",
                             re.IGNORECASE)
_DATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                    r"\d{1,2},\s+\d{4}\b")
# A generic noun ("Leadership skills and strategic thinking ability", "Deep understanding of
# A and B") makes an item a requirement that describes qualities, not two named skills.
# Words that make a part of a paired item a clause or a qualified phrase ("safely at
# heights", "Maths for measuring", "what has gone wrong"), not a noun phrase naming a skill.
_FUNCTION_WORD = re.compile(r"\b(?:at|in|for|under|of|with|on|out|to|by|from|what|has|have|"
                            r"is|are|as|well|your|their|you)\b", re.IGNORECASE)
_GENERIC_END = re.compile(r"\b(?:skills?|abilit(?:y|ies)|knowledge|understanding|experience|"
                          r"expertise|proficien\w*|awareness|familiarity)\b", re.IGNORECASE)
_DESCRIPTION_OPENERS = frozenset({"knowledge", "ability", "understanding", "awareness"})


_QUOTE_MARKS = "\"“”"


def _unquoted(item: str) -> str:
    """An item without the quote marks that open or close it: a survey's quoted answer over
    lines ('"Chris21 and Ascender for pays, …') opens its first skill and closes its last."""
    if item[:1] in _QUOTE_MARKS or item[-1:] in _QUOTE_MARKS:
        return item.strip(_QUOTE_MARKS + " ")
    return item


def _described_by(text: str) -> bool:
    """``text`` opens like the description of a skill: a gerund or "Knowledge of …"."""
    first = text.split(" ", 1)[0].lower().rstrip(",;:")
    return first.endswith("ing") or first in _DESCRIPTION_OPENERS


_TOOL_ITEM_WORDS = 2  # a lower-case item naming a known tool: the tool and a word at most
# Words of a section's heading, never of a skill's title ("Where the Career Goes").
_NOT_SKILL_TITLE = frozenset({"the", "you", "your", "we", "our", "they", "their", "here", "my",
                              "to", "becoming", "become", "how", "why"})


# Words that open a requirement rather than name a skill ("Proficiency in Python").
_QUALIFYING = frozenset({"proficiency", "familiarity", "experience", "knowledge", "expertise",
                         "understanding", "hands-on", "skill", "skills", "ability", "strong",
                         "your"})  # "Your own A, B and C": an opener


# Words that open a requirement sentence rather than a list of skills.
_REQUIREMENT_OPENERS = frozenset({
    "deep", "solid", "good", "excellent", "sound", "working", "basic", "advanced", "in-depth",
    "thorough", "demonstrated", "proven", "familiarity", "bachelor's", "master's", "degree",
    "minimum", "total", "relevant", "adaptability", "commitment", "exposure",
    "background", "track", "a", "an", "the", "at", "ability", "able", "must", "should"})


# (rules36c) An acronym in brackets inside a phrase, lower-case words after it.
# (not "Source data verification (SDV) and source data review": two skills after it)
_MID_ACRONYM = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,3} \([A-Z]{2,6}\) (?!(?:and|or)\b)"
                          r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}")
# (rules36c) "X incl. Y" / "X including Y" inside a short skill item: two skills.
_INCLUDED = re.compile(r"\s+(?:incl\.|including)\s+")
# A skills list's item told as an order to the reader ("Be calm and tactful", "Have good
# listening skills", "Have patience and tact"): the traits after the verb.
# (real29: a list's later items may be capitalised, "Have physical strength, Stamina and
# Flexibility")
# (real38: the same order as a gerund, "Having IT skills", "Being flexible and proactive")
_ORDERED_TRAITS = re.compile(r"^(?:Be|Have|Being|Having)\s+(?P<traits>(?:[a-z]|[A-Z]{2,}\b)"
                             r"[A-Za-z' -]*(?:,\s*[A-Za-z][A-Za-z' -]*)*)$")
# What is left of a clause cut at its "to" ("Alert, able to stand for hours"): no trait
# alone, though it still shows the item is a list.
_CUT_CLAUSES = frozenset({"able", "unable"})
# A labelled item's label of these kinds names moves, a ladder or the profile, no skill (one
# set, not a tuple unpacked on every item: mypyc also refuses the unpacking in a membership test)
_NOT_SKILL_LABEL_KINDS = frozenset((*_MOVE_BUCKETS, Kind.LADDER, Kind.PROGRESSION, Kind.OVERVIEW))
_TRAIT_WORDS = 4  # words after the verb: more is a clause ("Have a responsible attitude …")


# Labels that name a group of skills, not a skill ("Technical: …", "All levels: …").
_GROUP_LABELS = frozenset({"technical", "soft", "general", "other", "core", "essential",
                           "required", "preferred", "nice to have", "bonus", "must have"})


def _skill_label(label: str) -> bool:
    """A label before a list of skills that is a skill itself ("Statistics: testing,
    regression"), not a group ("Technical:") or a kind of tools ("Software: A, B")."""
    lowered = label.lower()
    # ("People:", "Tickets:": a group's name)
    return (lowered not in _GROUP_LABELS and "level" not in lowered and not tool_category(label)
            and not _category_group(label)
            and not any(c.isdigit() for c in label)
            # a context the items apply in ("For car delivery: licence, registration")
            and not lowered.startswith(("for ", "if ", "when ")))


def _category_group(label: str) -> bool:
    """A label naming a group of skills or credentials (``skill_categories`` in
    ``data/headings.yaml``: "People", "Tickets"), no skill.

    >>> _category_group("Tickets"), _category_group("Rigging")
    (True, False)
    """
    lowered = label.strip().lower()
    return any(lowered in words for words in word_lists("skill_categories").values())


def _group_label(label: str) -> bool:
    """A one-word label naming a group of skills ("Technical", "People"), no skill
    (``skill_groups.labels`` in ``data/headings.yaml``).

    >>> _group_label("People"), _group_label("Leadership")
    (True, False)
    """
    return label.strip().lower() in _skill_groups()


@cache
def _skill_groups() -> frozenset[str]:
    return frozenset(word_lists("skill_groups").get("labels", ()))


def _category_label(label: str) -> bool:
    """A label in sentence case over several words names a category of tools ("Flow
    meters", "Spreadsheet software"), not a tool ("Kubernetes", "Power BI").

    >>> _category_label("Spreadsheet software"), _category_label("Power BI")
    (True, False)
    """
    words = label.split()
    return len(words) >= 2 and any(w[:1].islower() and w not in SMALL_WORDS for w in words[1:])
# Words of a clause, never of a group label ("You may need" opens another list).
_NOT_LABEL = frozenset({"you", "we", "they", "i", "need", "needs", "may", "must", "should",
                        "will", "can", "could", "might"})
# A line about study, whose technique names are subjects ("a BSc in Radiography")
_COURSE_LINE = re.compile(r"\b(?:degree|diploma|bachelor|master|BSc|MSc|BA|MA|course|"
                          r"module|programme|program|major|GCSE|A[- ]levels?)s?\b", re.IGNORECASE)
# What opens the wrapped last part of a list item: a lower-case word or a bracket.
_CONTINUATION_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyz(")
# The two words a glue point joins ("Kubeflow|Billing"): both long enough to be words of
# their own, unlike a brand's parts ("Fin|Ops", "Git|Hub", "Service|Now").
_GLUE_SIDES = re.compile(r"([A-Za-z]+?)(?<=[a-z])([A-Z][a-z]*)")
_GLUE_SIDE = 5


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


def _brand(name: str) -> bool:
    """``name`` reads as a brand or a product: capitalised, its first word in lower case after
    its capital ("Cavitron", "Siemens S7"); no acronym or code ("VFDs", "L3", "QTRA").

    >>> _brand("Siemens S7"), _brand("VFDs"), _brand("motor starters")
    (True, False, False)
    """
    return name[:1].isupper() and name[1:2].islower()


def _listed_maker(name: str, names: list[str]) -> bool:
    """``name`` is a maker in capitals listed beside a brand ("SATA, Iwata"; rules37c): a
    word of three or more capitals, which alone would be the item's own short name.

    >>> _listed_maker("SATA", ["SATA", "Iwata"]), _listed_maker("QTRA", ["QTRA"])
    (True, False)
    """
    return (len(name) >= 3 and name.isalpha() and name.isupper() and len(names) > 1
            and any(_brand(other) for other in names))


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


_BRACKET_ITEM_WORDS = 4


def listed_bracket(item: str) -> bool:
    """(rules40c) A requirement item that is a skill's short name with a bracket listing
    what it covers: two lower-case items or more ("Linen handling protocols (soiled linen
    sorting, clean linen storage)") or one product's name ("Staff rostering (Kronos)"); not
    a credential ("Forklift licence (counterbalance, reach)") nor an item with a figure.

    >>> listed_bracket("Linen handling protocols (soiled linen sorting, clean linen storage)")
    True
    >>> listed_bracket("Forklift licence (counterbalance, reach)"), listed_bracket(
    ...     "2 years experience (hotels, hospitals)"), listed_bracket("Master of Arts (History)")
    (False, False, False)
    >>> listed_bracket("Participatory methods (PHAST, CHAST)")
    True
    """
    head, _, inner = item.strip().rstrip(".")[:-1].partition(" (")
    if not inner or "(" in inner or any(c.isdigit() for c in head) or not _short_skill(head) or (
            credential_end(head)) or len(head.split()) < 2 or "of" in head.lower().split():
        return False  # (nor a degree: "Bachelor of Engineering (Mining)")
    if "!" in inner or "?" in inner:
        return False  # (recall14) an aside: "Confident talking to groups (yes, on a mic!)"
    if "," in inner and not _LICENCE_HEAD.search(head) and not _PARTY_HEAD.search(head) and (
            not _SCHOOLED_HEAD.search(head)) and not _WHOM_HEAD.search(head) and (
            all(not _DIGIT.search(p) or p[:1].isupper() for p in inner.split(","))) and (
            bracket_examples(inner)):
        return True  # (recall15) two names or more: "Participatory methods (PHAST, CHAST)"
    if any(c.isdigit() for c in inner):
        return False  # (a figure in lower-case pieces: "(2 years, hotels)")
    pieces = [p.strip() for p in inner.split(",")]
    if len(pieces) == 1:
        return bool(re.fullmatch(r"[A-Z][\w-]+", pieces[0])) and not pieces[0].isupper()
    return all(p[:1].islower() and 0 < len(p.split()) <= _BRACKET_ITEM_WORDS for p in pieces)


# (recall15) A list piece kept whole with a bracket of its parts: "Excel (pivots, XLOOKUP)".
_LIST_JOINER = re.compile(r"^(?:and|or|&)\s+")  # "(A, B, and C)": the joiner before the last
_PARTS_BRACKET = re.compile(r"([^()]{2,60}?) \(([^()]+)\)")
# Words of a bracket that grade or place its skill, not parts of it ("(verbal, written)",
# "(retail, wholesale)"): data ``headings.yaml`` has no such list, so the words are here.
_NOT_PARTS = frozenset({"basic", "intermediate", "advanced", "expert", "beginner", "fluent",
                        "native", "preferred", "required", "optional", "desirable",
                        "essential", "spoken", "written", "oral", "verbal", "reading",
                        "conversational", "professional", "mandatory", "plus", "bonus",
                        "retail", "wholesale", "domestic", "commercial", "industrial",
                        "residential", "public", "private", "internal", "external", "desired",
                        "ideal", "ideally", "minimum", "level", "grade", "years", "year"})


def bracketed_parts(name: str) -> list[str] | None:
    """(recall15) A list piece read whole with a bracket of two parts or more, each a short
    name ("Excel (pivots, XLOOKUP, Power Query)", "Non-destructive testing (MPI,
    ultrasonic)"): the skill before the bracket, then each part; none for a bracket of
    qualities, grades or places ("Spanish (spoken, written)"), a licence's or a party's list
    ("Forklift licence (counterbalance, reach)"), a figure or a clause.

    >>> bracketed_parts("Excel (pivots, XLOOKUP, Power Query)")
    ['Excel', 'pivots', 'XLOOKUP', 'Power Query']
    >>> bracketed_parts("Spanish (spoken, written)"), bracketed_parts("Sales (retail, B2B)")
    (None, None)
    """
    match = _PARTS_BRACKET.fullmatch(name.strip().rstrip("."))
    if match is None or "," not in match.group(2):
        return None
    head, inner = match.group(1).strip(), match.group(2).strip()
    if trait(head):
        return None  # ("Attention to detail (torque sequence, PSI)": what a quality minds)
    if any(c.isdigit() for c in head) or not _short_skill(head) or credential_end(head) or (
            _LICENCE_HEAD.search(head) or _PARTY_HEAD.search(head)) or "," in head or (
            "!" in inner or "?" in inner or ":" in inner):
        return None
    # commas part the list; a last "A and B" stays whole unless both are phrases ("drip, ebb
    # and flood": "ebb and flood" is one method, as `paired_skills` reads it)
    pieces = [_LIST_JOINER.sub("", piece.strip()) for piece in inner.split(",")]
    parts = [name for piece in pieces if piece
             for name in (paired_skills(piece) if " and " in piece else [piece])]
    if len(parts) < 2:
        return None
    for part in parts:
        words = part.split()
        if not 0 < len(words) <= _BRACKET_ITEM_WORDS or part[:1].isdigit() or (
                clause_item(part) or _ASIDE_CLAUSE.search(f" {part} ")) or (
                words[0].lower() in _QUALIFYING | VERBS | _MANNER_OPENERS) or (
                {w.lower().strip(".") for w in words} & _NOT_PARTS) or (
                part[:1].islower() and part.endswith(("ed", "ly"))):
            return None
    # (the head stays even when it names a kind: "Practice software (RxWorks, ezyVet)")
    return [head, *parts]


# (recall15) A title-case name with its initials in a bracket: "Intentional Peer Support (IPS)".
_HEAD_ACRONYM = re.compile(r"([A-Z][^()]{3,60}?) \(([A-Z]{2,6})\)")
# (recall15) A schooling or standing asked for, whose bracket lists its kinds or bodies, no
# tools: "Degree in Engineering (BEng, MEng)", "Chartered accountancy (ICAEW, ACCA or CIMA)".
# (recall15) A skill dealing with someone, whose bracket names the parties: "Engagement with
# partners (A Council, B Police)".
_WHOM_HEAD = re.compile(r"\b(?:with|for|to|between|across)\b", re.IGNORECASE)
_SCHOOLED_HEAD = re.compile(r"\b(?:degrees?|diplomas?|certificates?|qualifications?|bachelor|"
                            r"masters?|bsc|msc|phd|nvq|gcses?|a[- ]levels?|hnd|hnc|chartered|"
                            r"registered|registration|membership)\b",
                            re.IGNORECASE)
_SEMICOLON_WORDS = 4  # a bullet's semicolon piece names one skill in a few words


# The word counts of "A and B" read as two skills: both of two words or more, or (recall14) a
# phrase and one word ("time series analysis and regression"; paired_skills keeps two
# single words whole: "anatomy and physiology").
_PAIR_SHAPES = ([True, True], [True, False], [False, True])


def _short_list(text: str) -> bool:
    """A description that is only a list of short names ("pandas, scikit-learn and dbt")."""
    items = split_items(text.rstrip("."))
    listed = "," in text or ";" in text or (  # "A and B", when they are two skills
        len(items) == 2 and " and " in text and text.split()[0].lower() not in (
            _REQUIREMENT_OPENERS) and [len(p.split()) > 1 for p in paired_skills(
                text.rstrip("."))] in _PAIR_SHAPES)  # (not "verbal and written skills")
    return listed and len(items) >= 2 and all(
        0 < len(i.split()) <= 4 and i.split()[0].lower() not in _QUALIFYING | VERBS
        for i in items) and not any(
        c.isdigit() and not _CODE_NAME.fullmatch(w) and not _versioned(text.split(), n)
        for n, w in enumerate(text.split()) for c in w)


def _named_parts(item: str) -> list[str]:
    """(fixes102) The parts of "Power BI and Excel (pivot tables, XLOOKUP)", each a product
    named in capitals before its bracket; [] for any other item ("Knows the A and B (…)").

    >>> _named_parts("Power BI and Excel (pivot tables, XLOOKUP)")
    ['Power BI', 'Excel (pivot tables, XLOOKUP)']
    >>> _named_parts("Knows the SMAW and GMAW welding (stick, MIG)")
    []
    """
    text = item.rstrip(".")
    parts = split_items(text) if text.endswith(")") else []
    return parts if parts and all(_CAPITALISED_NAME.fullmatch(part.split(" (", 1)[0])
                                  for part in parts) else []


# A product's name in capitals: "Power BI", "Google Analytics 4", "Excel".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w.+#-]*(?:\s+(?:[A-Z][\w.+#-]*|\d[\w.]*)){0,3}")


def _versioned(words: list[str], index: int) -> bool:
    """(fixes102) ``words[index]`` is a product's version or dimension after its name in
    the same item ("Civil 3D", "Analytics 4", "Office 365"), no figure of pay or time.

    >>> _versioned("AutoCAD Civil 3D, Excel".split(), 2), _versioned("Excel, 3 years".split(), 1)
    (True, False)
    """
    before = words[index - 1] if index else ""
    return bool(_VERSION.fullmatch(words[index])) and before[:1].isupper() and (
        before[-1:].isalnum())


# A version or a dimension: "3D", "4", "365", "2.0", with the item's comma after it.
_VERSION = re.compile(r"\d{1,3}(?:D|\.\d)?[,;]?")


def _named_pair(text: str) -> list[str]:
    """The two names of a description that is only "A or B" / "A and B", both capitalised,
    short and each a known tool or written with a capital inside a word ("TypeScript or Go",
    "PyTorch and Keras"); empty for anything else ("Retail or Hospitality").

    >>> _named_pair("TypeScript or Go"), _named_pair("Written or Spoken English")
    (['TypeScript', 'Go'], [])
    """
    text = text.strip().rstrip(".")
    parts = re.split(r"\s+(?:or|and)\s+", text)
    if len(parts) != 2 or "," in text or ";" in text or (
            len(parts[0].split()) == 1 < len(parts[1].split())):
        return []  # ("Front or Back End": one head shared, no two names)
    if all(p[:1].isupper() and len(p.split()) <= _PAIR_NAME_WORDS and not _DIGIT.search(p)
           and (known_name(p) or _INNER_CAPITAL.search(p)) for p in parts):
        return parts  # (a capital inside a word, or a known tool: a product, no plain noun)
    return []


_PAIR_NAME_WORDS = 3  # words of one name of an "A or B" pair
_INNER_CAPITAL = re.compile(r"\w[A-Z]|\b[A-Z]{2,}\b")  # "TypeScript", "DJ"


# A name with figures in it ("I2C", "ICD-10", "OPCS-4"): no count or amount.
_CODE_NAME = re.compile(r"[A-Z][A-Za-z-]*\d[\w-]*[,.;]?")


# A numbered term of training or pay ("Period 1", "Year 2", "Stage 3") and a figure after it.
_NUMBERED_TERM = re.compile(r"(?:period|year|stage|step|phase|term|semester|month|block)\s+\d{1,2}",
                            re.IGNORECASE)
_FIGURE_START = re.compile(r"\s*[$€£₹]?\d")


# Words opening a bracket that says how or how often a skill is used, naming no tool:
# "(by ear, not only with the sync button)", "(usually on site, sometimes remote)".
# (recall6) A bracket's one technique: at most four words, and none of these (a note on
# the item, no technique: "(training provided)", "(or equivalent)", "(on the job)").
_TECHNIQUE_WORDS = 4
_ING_STEM = 5
_PRACTICE_ENDS = ("ing", "tion", "osis", "ysis", "ics", "ance")
_TECHNIQUE_NOT = frozenset({"or", "and", "provided", "including", "during", "ongoing",
                            "pending", "outstanding", "willing", "according", "following",
                            "nothing", "something", "anything", "everything", "morning",
                            "evening", "job", "equivalent", "preferred", "required",
                            "desirable", "essential", "optional", "training", "working",
                            "shift", "shifts", "plus", "bonus", "only", "etc", "e.g.", "i.e."})
_MANNER_OPENERS = frozenset({"by", "not", "without", "under", "mostly", "mainly", "ideally",
                             "usually", "often", "sometimes"})
# (rules38c) How much a person spec asks for a line ("— essential"), and the standings it
# may ask for ("NMC registration (RN Adult) — essential": no skill).
_ASKED_WEIGHTS = frozenset({"essential", "desirable", "required", "mandatory", "preferred"})
_STANDINGS = frozenset({"registration", "membership", "licence", "license", "certificate",
                        "certification", "accreditation", "chartership"})
# (prec12) A standing two registers share ("NMC or HCPC registration", "CIPD or CMI
# membership"): read as a pair, the standing goes and the registers' names were left as two
# skills; the item asks for a standing, no skill.
_REGISTERED = frozenset({"registration", "registrations", "membership", "memberships",
                         "chartership", "accreditation"})
def _standing_pair(item: str, names: list[str]) -> bool:
    """(prec12) Whether ``names``, read from ``item`` as a pair, are two registers that
    share a standing the pair cut off ("NMC or HCPC registration"): the item asks for a
    standing, and neither name is a skill.

    >>> _standing_pair("NMC or HCPC registration", ["NMC", "HCPC"])
    True
    >>> _standing_pair("Beneficiary registration", ["Beneficiary registration"])
    False
    """
    standing = item.rstrip(". ").rpartition(" ")[2].lower()
    return len(names) > 1 and standing in _REGISTERED and not any(
        name.lower().endswith(standing) for name in names)


def brands_apart(names: list[str], text: str) -> list[str]:
    """(rules38c) ``names`` read from ``text`` with the kind of product two brands share
    cut from the last ("knowledge of Technal and Schüco systems": each brand alone).

    >>> brands_apart(["Velux", "Fakro windows"], "fitting Velux and Fakro windows")
    ['Velux', 'Fakro windows']
    >>> brands_apart(["Velux", "Fakro systems"], "fitting Velux and Fakro systems")
    ['Velux', 'Fakro']
    """
    if len(names) >= 2 and (brand := _BRAND_KIND.fullmatch(names[-1])) and (
            names[-2][:1].isupper() and f"{names[-2]} and {names[-1]}" in text):
        return [*names[:-1], brand.group(1)]
    return names


# (rules38c) A brand and the kind of product a pair of brands shares ("Schüco systems").
_BRAND_KIND = re.compile(r"([A-Z][\w.+&'-]*(?: [A-Z][\w.+&'-]*)?) (?:systems|software|"
                         r"products|platforms|machines|equipment|tools|profiles|ranges)")
# (rules38c) A second skill after a bracket's close: " and duty of candour conversations".
_SECOND_SKILL = re.compile(r"\s+(?:and|&)\s+([a-z][\w-]*(?:\s+[\w-]+){0,4})\s*$")
# (rules38c) A product named in capitals, then the practice it serves in lower case
# ("Allocate HealthRoster e-rostering", "Xero bookkeeping").
_PRODUCT_PRACTICE = re.compile(r"((?:[A-Z][\w.+-]*\s+){0,3}[A-Z][\w.+-]*[A-Z][\w.+-]*|"
                               r"(?:[A-Z][\w.+-]*\s+){1,3}[A-Z][\w.+-]*)\s+"
                               r"((?:[a-z][a-z-]* )?[a-z][a-z-]*ing)")
# (rules38c) A relations skill's head ("stakeholder management", "community engagement",
# "client liaison"): its bracket names the parties it deals with.
# (Clients and customers are left out: "client relations (Salesforce)" names a tool.)
_PARTY_HEAD = re.compile(r"\b(?:stakeholders?|community|communities|public|partners?|"
                         r"unions?|members?|residents?)\s+"
                         r"(?:management|engagement|liaison|relations|communications?)$",
                         re.IGNORECASE)
# (rules38c) A bracket that grades its skill ("(Tier 2 plan)", "(Level 3)", "(Category B)").
_GRADE_ASIDE = re.compile(r"(?:tier|level|grade|category|class|stage|phase)\s+"
                          r"(?:\d{1,2}|[A-E]|[IVX]{1,4})(?:\s+[a-z]+)?", re.IGNORECASE)
_MATRIX_NAMES, _MATRIX_NAME_WORDS = 2, 3  # a matrix cell listing names: "DCIM; Jira"
_TOOL_USE = re.compile(r" (?:in|with|using|on|via) [A-Z]")  # "ticketing in ServiceNow"
# A verb of use before a thing ("Using a multimeter"): the lead-in of a cell's item.
_USE_LEAD = re.compile(r"(?:using|use of|use)\s+(?:an?\s+|the\s+)?(?=\w)", re.IGNORECASE)
_IMPERATIVE_WORDS = 8  # an imperative item "you need to:" longer than this is no skill
# A classification's skill phrase ("shape barrel heads with a croze and a bung borer").
_PHRASE_SKILL_WORDS = 12
_HEADING_WORDS = 7  # words of another section's heading left among the items
_PART_WORDS = 5  # words of each short item of a bullet parted by semicolons
# Verbs that make a part a clause ("Own car is a plus; kit can be provided"), no item; a
# part joining two ("threading and brazing") is left whole to the item reader.
_PART_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "can", "will", "may", "must",
                                "should", "could", "would", "has", "have", "and", "or",
                                "&"})
_DUTY_LABEL_WORDS = 4  # words of a duty bullet's label before its list of items
_DUTY_ITEM_WORDS = 4  # words of an item of that list that is a name, not a clause
_ALTERNATIVE = re.compile(r"\bor\b")
# An item that is a thing with its article ("a pressure washer"), not a doing phrase.
_ARTICLE_ITEM = re.compile(r"^(?:an?|the)\s+(?=[a-z])")
# An occupational database's descriptor item: the descriptor's name, then its definition as
# a sentence with no colon or dash between ("Active Listening Giving full attention to what
# others say …", "Law and Government Knowledge of laws, legal codes …"): the name is the skill.
_DESCRIPTOR_ITEM = re.compile(r"^([A-Z][a-z]+(?:(?:\s+(?:and|&|to|of))?\s+[A-Z][a-z]+){0,3})"
                              r"\s+(?:Knowledge\s+of|[A-Z][a-z]*ing)\s+(?:[a-z][\w,'()-]*\s+){3,}")
# The people an item's skill deals with ("guests", "floor staff", "other stakeholders").
_PEOPLE_END = re.compile(r"\b(?:staff|guests|customers|clients|colleagues|patients|visitors|"
                         r"users|stakeholders|members|residents|shoppers|patrons|public|"
                         r"people|suppliers|vendors|managers|supervisors|"
                         r"co-?workers|employees)$", re.IGNORECASE)
_PEOPLE_WORDS = 3  # ("other stakeholders", "retail store managers"; longer: a phrase)

def _dealt_with(name: str, role: str) -> bool:
    """``name`` names the people a skill deals with ("guests", "floor staff", "retail
    managers" of "communication to deal with guests, floor staff and …"; the page's own
    workers), no skill.

    >>> _dealt_with("retail managers", "Cashier"), _dealt_with("ski patrollers", "Ski Patroller")
    (True, True)
    >>> _dealt_with("training end users", "Trainer"), _dealt_with("steam cleaners", "Cleaner")
    (False, False)
    """
    if singular_title(name).lower() == role.lower():
        return True  # ("in contact with ski patrollers" on the Ski Patroller's page)
    # ("training end users", "supervising staff": a skill done to people; "steam cleaners",
    # "hydrant dispensers": kit whose plural reads like a worker's)
    return bool(_PEOPLE_END.search(name)) and len(name.split()) <= _PEOPLE_WORDS and not (
        name.split(" ", 1)[0].lower().endswith("ing"))

# A label's value that is a head count alone ("Currently Employed: 430"; no rating: a score
# out of 5, 10 or 100, "Python: 90%", stays the labelled skill's)
_COUNT_ONLY = re.compile(r"\d{1,3}(?:,\d{3})+|[1-9]\d{3,}|[2-9]\d\d|1\d[1-9]|1[1-9]\d")
_TAG_ASIDE = re.compile(r"\(([^()]{2,60})\)")  # a glued tag's bracket of tools
# (rules44b) A posting form's value after its label: a small count, yes / no, none asked.
_FORM_VALUE = re.compile(r"\d{1,2}\+?|yes|no|none|not required|not needed|n/a|any",
                         re.IGNORECASE)
_FORM_LABEL = re.compile(r"\b(?:number|years?|experience)\b", re.IGNORECASE)


# A duty written in the third person ("Monitors …", "Performs and records …"): a line of
# duties observed, never a sentence about the job ("Employers ask …", "Most use …").
_DUTY_OPENING = re.compile(r"[A-Z][a-z]{2,}(?<!ss)s\s(?:and\s[a-z]+s\s)?"
                           r"(?!(?:to|that|for|the job|it|is|are|was|were)\b)[a-z]")

# "advance to roles like A, B, or C": the names after the cue are jobs, no skills.
_ROLE_EXAMPLES = re.compile(r"\b(?:roles?|positions?|jobs?|posts?|titles?)\s+(?:like|such as|"
                            r"including|e\.g\.,?)\s+(.+)$", re.IGNORECASE)


# Two skills a flyer's list item joins with a plus or a slash ("horseback + ATV",
# "tractor/skid steer"); "and/or" joins none.
_PLUS = re.compile(r"\s+\+\s+")
_SLASHED = re.compile(r"^([a-z]{3,})/([a-z][a-z -]{2,})$")


# A skill with the tools it uses in a bracket, joined by a plus ("tonometry (iCare + Goldmann)").
_PLUS_BRACKET = re.compile(r"^([^()]+?)\s*\(([^()]+\s\+\s[^()]+)\)$")


def joined_skills(name: str) -> list[str]:
    """One list item's skills where a plus, an ampersand or a slash between lower-case words
    joins two (an ampersand read as "and" is: "health & safety" stays whole).

    >>> joined_skills("horseback + ATV"), joined_skills("tractor/skid steer")
    (['horseback', 'ATV'], ['tractor', 'skid steer'])
    >>> joined_skills("tonometry (iCare + Goldmann)")
    ['tonometry', 'iCare', 'Goldmann']
    >>> joined_skills("stockmanship & low-stress handling"), joined_skills("and/or")
    (['stockmanship', 'low-stress handling'], ['and/or'])
    """
    bracketed = _PLUS_BRACKET.match(name) if " + " in name else None
    if bracketed is not None:  # "tonometry (iCare + Goldmann)": the skill, then each tool
        return [bracketed.group(1), *(part for part in _PLUS.split(bracketed.group(2)) if part)]
    if " + " in name:
        return [part for part in _PLUS.split(name) if part]
    slashed = _SLASHED.match(name) if "/" in name else None
    if slashed is not None and slashed.group(1) not in ("and", "or"):
        return [slashed.group(1), slashed.group(2)]
    if " & " in name and name[:1].islower():
        return paired_skills(name.replace(" & ", " and "))
    return [name]


# Two adjectives before one noun after an article ("A calm, methodical manner"): one skill,
# its comma no list's.
# (fixes102) An article opening a bullet's comma list ("A keen eye for X, tidy, punctual").
_LIST_ARTICLE = re.compile(r"^(?:An?|The)\s+(?=[a-z])")
_ONE_NOUN = re.compile(r"^(?:an?|A|An)\s+[a-z]+,\s+[a-z][\w-]*\s+[a-z]+\.?$")

# A verb of working together before "with" ("work closely with", "liaise with"): the list
# after it is of people.
_WORK_WITH = re.compile(r"\b(?:work|works|working|worked|liaise[sd]?|liaising|collaborat\w+|"
                        r"team\s+up|teams\s+up|partner|partners)\s+(?:closely\s+|directly\s+|"
                        r"together\s+)?with\b", re.IGNORECASE)


# (real43) A bullet opening with a modal and a verb of where or when one works ("may work
# nights and weekends", "might travel overseas", "can spend long hours standing"): a
# condition of the job, no skill.
# (real44) The plain-language "Abilities" heading of an O*NET-fed summary page (misspelt
# "Abilites" on one copy), and the words from which an item is a clause.
_ABILITY_HEADINGS = frozenset({"abilities", "abilites"})
_CLAUSE_SPACES = 3
# (real44) A bullet naming a kind of skills, then their purpose ("maths skills to work out
# quantities", "practical skills for using heavy machinery"): the kind of skills.
_SKILLS_FOR = re.compile(r"(?:(?:good|excellent|strong|basic|some)\s+)?(?P<skill>[a-z][a-z-]*"
                         r"(?:\s+[a-z][a-z-]*)?\s+skills)\s+(?:to|for)\s+[a-z]")
_MODAL_CONDITION = re.compile(r"(?:may|might|can|could|will|often|usually|sometimes)\s+"
                              r"(?:also\s+|have\s+to\s+|need\s+to\s+)?"
                              r"(?:work|travel|spend|be\s+on\s+call)\b", re.IGNORECASE)

# (carry36) Products named in brackets right after a skill, capitalised each ("LIMS (LabWare
# or STARLIMS)").
_NAMED_PRODUCTS = re.compile(r" \(((?:[A-Z][\w+#.-]*)(?:(?:,\s*|\s+or\s+)[A-Z][\w+#.-]*)*)\)")

# (fresh54) Up to three lower-case words after a technique's name (a title's tail).
_TAIL_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")



# (rules49b) An interview feedback mail's strengths and gaps ("What stood out", "Where the
# other candidate was ahead"): each item names skills, then judges them.
_FEEDBACK_HEAD = re.compile(r"(?:what stood out|where (?:the other|the successful|another) "
                            r"(?:candidate|applicant)s? (?:was|were) (?:ahead|stronger))\b",
                            re.IGNORECASE)


# (rules49b) Notes' items joined by a spaced plus ("stability calcs + inclining experiments"),
# each a short phrase of letters; a bracketed aside or quote after the last is no item.
_FEEDBACK_JOIN = re.compile(r",\s+|\s+and\s+")
_PLUS_SPLIT = re.compile(r"\s+\+\s+")
_PLUS_PART = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:\s[A-Za-z][A-Za-z'’-]*){0,3}")
_PLUS_ASIDE = re.compile(r"\s*\([^()]*\)\s*\.?$")
# (real48) An item's examples set off by a pair of dashes ("Positioning cushioning material
# —such as cotton batting, foam rubber, or mohair—over the saddle tree"): examples of the
# material the task handles, no skills; the task is read without them.
# (real48) A bullet's two gerunds over one list of objects ("Reading and interpreting job
# specifications, sketches, and technical drawings"): the first verb alone names no skill
# (it shares the objects); the item is read from the second verb on.
# (real50) A skill's purpose naming the people it serves ("… skills for dealing with patients,
# doctors, and staff", "ability when working with clients and families").
_DEALING_WITH = re.compile(r"(?<=\w)\s+(?:for|when|in)\s+(?:dealing|working|interacting|"
                           r"communicating|liaising)\s+with\s+(?=\S+,)", re.IGNORECASE)
_GERUND_PAIR = re.compile(r"[A-Z][a-z]{2,20}ing and "
                          r"(?=[a-z]{3,20}ing [a-z][\w-]*(?: [a-z][\w-]*)?,)")
# (real48) A bullet's activity with the materials it works ("Constructing with brick, stone,
# and mortar"): one skill, its lower-case materials no skills of their own.
_WORKING_WITH = re.compile(r"[A-Z][a-z]{2,20}ing with [a-z][a-z -]*(?:, [a-z][a-z -]*)+,? "
                           r"(?:and|or) [a-z][a-z -]*")
_WORKING_CHARS = 120  # characters: such an item is short (a long line is prose)
# (real49) A sentence explaining a skill's label, its subject a worker or the skill ("A land
# surveyor must be …", "Precision is crucial …", "They need …"): no list of its own.
_EXPLAINING = re.compile(r"(?:An?|The|This|They|You|Precision|It)\s+(?:\S+\s+){0,4}?(?:is|are|"
                         r"must|need|needs|should|will|can|use|uses)\b[^:]{20,}[.!]$")
_DASHED_EXAMPLES = re.compile(r"\s*[—–]\s*(?:such as|including|like|e\.g\.,?|for example,?)"
                              r"\s[^—–\n]{1,120}?[—–]\s*")


class SkillMixin(RoleMixin):
    """Read skills and tools from items, cues and duty lines."""

    def drop_job_skills(self) -> None:
        """A skill that names a job is no skill: the page's own job ("electrician"), a title
        the page states pay for ("Commercial Electrician" over its salary range) or a job
        given as an example of a role ("can advance to roles like electrical inspector").
        (Moves are no test: a skill list misread as moves would lose its skills.)"""
        head = singular_title(self.role.split()[-1]).lower() if self.role else ""
        paid = {fact_key(band.role) for band in self.out.salaries if band.role}

        def job(text: str, line: int) -> bool:
            if text.lower() == head or fact_key(text) in paid:
                return True
            found = _ROLE_EXAMPLES.search(self.printed.get(line, ""))
            return found is not None and text.lower() in found.group(1).lower()

        self.out.skills = [s for s in self.out.skills
                           if s.source is None or not job(s.text, s.source.line)]

    def techniques(self, read: list[tuple[_Row, Kind]]) -> None:
        """Named techniques and used equipment in any line (:mod:`.techniques`: "I do
        otoscopy and tympanometry", "operates bandsaws"; :mod:`.narrated_tools`: "we use
        Connect"; outside duties a kit list after "with" and a system's bracketed products,
        which duty lines read themselves), but not in a line about a degree
        or a course, nor in one about another role; a technique not inside a skill its line
        gave already ("MRI-guided radiotherapy"), a machine not one the page has as a skill
        ("forklifts" beside "forklift operation")."""
        for row, kind in read:
            if kind in _NO_NAMES or kind in _NO_SKILLS or row.no in self.described:
                continue
            text = row.full or row.text
            # The readers first, the line's two tests only where one of them finds a name
            # (most lines name none): all are pure, so the order changes nothing read.
            named = self.own_names(text, techniques(text, self.role))
            if named:  # (fresh54) "former junior cryptography infrastructure engineers"
                named = [name for name in named if not self.title_field(text, name)]
            kit = self.own_names(text, equipment(text))
            if kind is not Kind.RESPONSIBILITIES:  # (a duty line's readers take these in)
                # "… check parts with a CMM, vernier calipers and bore gauges", "files deeds
                # in the land systems (A, B)": a kit list or a system's products anywhere
                # (a kind the page has by its acronym already, "SCADA system", adds nothing)
                listed = self.kit_not_people(text, with_tools(text, minimum=2))
                kit += [name for name in (*listed, *system_products(text))
                        if name not in kit and not self.not_tool(name) and not (
                            " " in name and self.out.has_skill(name.rsplit(" ", 1)[0]))]
            # (recall7) "GIS software such as QGIS", "a CRM such as Acre": the products a
            # kind of software is exemplified by, in any line
            kit += [name for name in named_examples(text)
                    if name not in kit and not self.not_tool(name)]
            told = self.own_names(text, (*narrated_tools(text, self.not_tool),
                                         *appositive_tools(text, self.not_tool)))
            if not (named or kit or told) or _COURSE_LINE.search(text) or self.other_subject(
                    text):
                continue
            read_here = [fold(skill.text) for skill in self.out.skills  # (only for a name:
                         if skill.source.line == row.no] if named else []  # most rows have none)
            for name in named:
                if name.split(" ", 1)[0].lower() in _COUNT_WORDS:
                    continue  # "the top five physical therapy employers": a count, no skill
                if " of " in text and post_field(text, name):
                    continue  # (real40) "the director of photography": a post, no skill
                if not any(fold(name) in other for other in read_here):  # ("MRI-guided …")
                    self.out.skill(name, SkillKind.TECHNICAL, row.no)
            for name in kit:
                single = fold(name.removesuffix("s") if not name.endswith("ss") else name)
                if not any(single in fold(skill.text) for skill in self.out.skills):
                    self.out.skill(name, SkillKind.TOOL, row.no)
            # "I use Case CATalyst", "ZIMS, the shared records system": a name the page has
            # as a skill of another kind already is not added again as a tool
            for name in told:
                if not self.out.has_skill(name):
                    self.out.skill(name, SkillKind.TOOL, row.no)

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
        names = skill_names(cell, self.vocab) if cell else []
        for index, name in enumerate(names):
            tools = duty_tools(name, self.not_tool) if name[:1].islower() and _TOOL_USE.search(
                name) else []
            found.extend(tools or [_shared_use(name, names[index + 1:index + 2], cell)])
        return found

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

    def duty_lists(self, item: str, line: int) -> bool:
        """The lists inside a duty in a skills section ("Monitors the process — coagulation,
        settling and filtration — from the desk"): their items are skills, and the tools a
        duty names too; False when the duty carries no list."""
        first = item.split(maxsplit=1)[0].lower()
        if _DUTY_OPENING.match(item) is None or practitioner_noun(first):
            return False  # (prose under a skills heading, "Arborists usually …": its readers)
        tools = self.duty_tools(item, line)  # "… records results in Hach WIMS": its tools
        lists = embedded_lists(item) if "—" in item or "–" in item or ": " in item else []
        for inside in lists:
            for name in skill_names(inside, self.vocab):
                for part in paired_skills(name):  # ("alkalinity and jar tests": two)
                    self.out.skill(part, SkillKind.TECHNICAL, line)
        # "Logs readings in Excel": a duty whose tools were read is no skill's name itself
        # (one with a list, "Services pumps, valves and …; logs jobs in X", read on)
        return bool(lists) or (tools and third_person_duty(item) and not _LISTED.search(item))

    def labelled_duty_list(self, label: str | None, description: str, line: int) -> None:
        """A duty or requirement bullet "Label: a, b and c" whose items are short names, one
        of them a skill or tool the lexicon knows ("Emergency response: first aid, CPR and
        fire drills"): the items are skills.  (The known item tells a list of techniques
        from one of hours, places or clients: "Settings: schools, clinics and care homes".)"""
        if (not label or not description or len(label.split()) > _DUTY_LABEL_WORDS
                or _DIGIT.search(label) or _DIGIT.search(description)
                or _ALTERNATIVE.search(description)):
            return  # ("AWS or GCP certification": alternatives sharing a head, no plain list)
        if classify_heading(label, self.vocab.headings) in _SKILL_KINDS:
            return  # ("Soft Skills: …" under requirements: the skills readers' own, by kind)
        items = split_items(description.rstrip(". "))
        if len(items) < 2 or not all(0 < len(i.split()) <= _DUTY_ITEM_WORDS for i in items):
            return
        if any(known_name(i) for i in items):
            for name in items:
                self.out.skill(name, SkillKind.TECHNICAL, line)

    def dash_skills(self, kind: Kind, label: str, rest: str, line: int) -> None:
        """"Label — rest" in a skills section: "Spreadsheet software — Microsoft Excel;
        Sheets" names tools under a category (the category is no skill, unless it is a
        name itself); "Physics — how fluids move" describes the skill its label names."""
        if _NUMBERED_TERM.fullmatch(label.strip()) and _FIGURE_START.match(rest):
            return  # "Period 1 – 50% · Period 2 – 60%": a wage schedule's terms, no skills
        if label.isupper() and rest.isupper() and self.out.role is not None and (
                fact_key(self.out.role.text) in (fact_key(label), fact_key(rest))):
            return  # (prec15) "TRACK OPERATIVE – LEVEL 2 WORKPLACE SIGN-OFF": the page's
            # title banner in capitals, the role and the document's kind, no skills
        skill_kind = _SKILL_KINDS.get(kind, SkillKind.TECHNICAL)
        label, aside = label_aside(label)  # "Habitat survey (now usually UKHab)"
        for name in aside:
            self.out.skill(name, SkillKind.TOOL, line)
        # ("Report writing – Preliminary Appraisals (PEAs) and Impact Assessments": names)
        items = split_items(rest.rstrip(".")) if (";" in rest or "," in rest or (
            len(rest.split()) <= 4) or is_title_case(rest)) else []
        # (capitalised prose is no name: "Stihl is standard in smaller firms")
        # (a known tool in a clause is no name: "TensorFlow is standard in smaller teams")
        if items and all((i[:1].isupper() and (len(i.split()) <= 4 or is_title_case(i)))
                         or i[:1].isdigit() or (len(i.split()) <= _TOOL_ITEM_WORDS
                                                and self.vocab.lexicon_tools(i))
                         for i in items):
            for name in items:
                self.out.skill(strip_acronym(name), SkillKind.TOOL, line)
            # ("Report writing – A and B": an activity over what it makes is a skill too)
            if not _category_label(label) or activity(label):
                self.out.skill(label, skill_kind, line)
            return
        if rest.strip(" .").lower() in _ASKED_WEIGHTS and (
                _BRACKETED.sub("", label).split() or [""])[-1].lower() in _STANDINGS:
            return  # (rules38c) "NMC registration (RN Adult) — essential": a standing asked
            # for, no skill
        if len(label.split()) <= 4 and not credential_end(label) and not stated_requirement(
                label):  # ("A full driving licence", "No experience is needed")
            # ((rules49b) a feedback mail's "What stood out" / "Typography and layout —
            # your pieces were …": two strengths, each a skill)
            feedback = _FEEDBACK_HEAD.match((self.sub_text or self.top_text).strip(" #:"))
            for name in _FEEDBACK_JOIN.split(label) if feedback else paired_skills(label):
                self.out.skill(name, skill_kind, line)
            # "GIS – QGIS is standard in smaller firms, ArcGIS Pro in the larger ones"
            for name in described_tools(rest):
                self.out.skill(name, SkillKind.TOOL, line)
            techniques = [item.strip("*_ ") for item in items]  # (bold marks aside)
            if kind is Kind.SKILLS and _technique_list(techniques):
                for name in techniques:  # "Glass work — annealing, cane pulling": its parts
                    self.out.skill(name, skill_kind, line)

    def skill_list(self, kind: Kind, item: str, line: int) -> None:
        item = without_skill_note(_unquoted(item))  # ("Load testing …… endorsed x3")
        if _DATED.search(item):
            return  # "Apprenticeships | Feb 2, 2024": a post's date line, no skills
        item = _HEDGED.sub("", item)  # "laser cutting — maybe": the skill, not the doubt
        if (weighed := _criteria_weight().match(item)) is not None:
            # (fresh59) "Person specification — essential: A; B; C. Desirable: D.": the
            # weight's label in lower case names no skill, and a later sentence under the
            # other weight is a list of its own (read on its own, its label dropped so)
            item = item[weighed.end():]
            first, _, later = item.partition(". ")
            if later and _criteria_weight().match(later) is not None:
                self.skill_list(kind, later, line)
                item = first
        skill_kind = _SKILL_KINDS.get(kind, SkillKind.TECHNICAL)
        dashed = dash_label(item) if ":" not in item[:60] else None
        if dashed is not None:
            self.dash_skills(kind, *dashed, line)
            return
        label, description = split_label(item)
        if label and description and _LEAD_IN.search(label):
            # "Written test on: A; B and C; D": the label leads into its items, names none
            item = description.replace("; ", ", ")
        elif label and "," in description and (_category_label(label) or _group_label(label)):
            item = description  # "Measuring tools: diameter tape, Biltmore stick, …": the tools
        elif label and description and kind in (Kind.SKILLS, Kind.SOFT_SKILLS):
            if _COUNT_ONLY.fullmatch(description.strip()):
                return  # ("Currently Employed: 430" under a "Compare Skills" link: a count)
            if _FORM_VALUE.fullmatch(description.strip().rstrip(".")) and (
                    _FORM_LABEL.search(label) or not description.strip()[:1].isdigit()):
                return  # (rules44b) a posting form's field ("Number of years of experience:
                # 0", "Driving license: not required"): the form's value, no skill
            if classify_heading(label, self.vocab.headings) not in _NOT_SKILL_LABEL_KINDS and (
                    # (fresh61) "Prerequisite: Certificate in …" on a sign-off record: a
                    # course detail's label asks for its value, names no skill
                    label.strip().lower() not in word_lists("course").get("details", ())):
                # ("Where our technicians come from: …" after the skills: a label of moves;
                # "Career path: A > B > C": a ladder's; "Interest code: …": the profile's)
                self.out.skill(label, skill_kind, line)
            return
        item = without_cut_off(item)  # "…, chainsaws and ...": a snippet's cut
        if "; " in item and " hold" in item:
            item = HOLDS_CLAUSE.sub("", item)  # (carry42) "A; b; holds V300 prescribing."
        sentences = split_sentences(item) if ". " in item else [item]
        if len(sentences) > 1 and "," in sentences[0]:
            # "Skills: A, B and C. Rangers use D and E": the list, then a sentence naming more
            item = sentences[0]
            for name in sentence_skills(" ".join(sentences[1:]), self.vocab):
                self.out.skill(name, skill_kind, line)
        parted = item.count("; ") >= _PARTED_ITEMS
        for name in skill_names(item, self.vocab):
            if parted and (known := _KNOWN_SUBJECT.match(name)) is not None:
                # (fresh59) "Knowledge, skills and abilities: Knowledge of sampling
                # procedures; Laboratory safety; …": in a list of criteria parted by
                # semicolons the opener names how the subject is held, the subject the skill
                name = name[known.end()].upper() + name[known.end() + 1:]
            for piece in bracketed_parts(name) or [name]:  # (recall15) "Excel (pivots, …)"
                for part in joined_skills(piece):
                    # (fixes100) "advanced Excel": the tool, its level no part of it
                    self.out.skill(without_level(part), skill_kind, line)
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
        # Only the readers whose trigger the row holds run (one scan: most rows hold none;
        # each trigger is necessary, :func:`~careergraph.guides.skill_cues.skill_cue_dispatch`).
        if line in self.task_lines:
            return  # (its cue's "-ing" task list is read whole: gerund_tasks)
        cues = self.vocab.headings.skill_cues
        on = skill_cue_dispatch(cues).readers(text)
        # (the bundled lexicon's soft skills do not count as known here: "Patience and good
        # shoes matter as much as the recipes" would make a skill of the shoes)
        names = cued_skills(text, cues, self.people, _table_skill(self.vocab),
                            self.other_trade) if "cues" in on else []
        if "verbs" in on:
            names += [n for n in verb_list_skills(text) if n not in names]  # "learn to A, B"
        if "vehicles" in on:
            names += [n for n in vehicle_skills(text) if n not in names]  # "by bike or car"
        if (": " in text or _GLUED_LABEL.search(text)) and (
                ". " in text or text.count(":") > 1) and " | " not in text:
            # "… $15/h. Useful: A, B and C.", "Notes: skills that pay: A, B": a run-in label
            # (a piped line's lists the prose reader below takes in)
            labelled = labelled_skills(text, self.skills_label)
            if labelled:
                self.run_in_skills = self.last_heading
            names += [n for n in labelled if n not in names]
        if self.run_in_skills == self.last_heading and "; " in text and ": " in text:
            # "Additionally: A; B; C" on the next class's entry: more of the list above
            names += [n for n in added_skills(text, _DUTIES.__contains__) if n not in names]
        if "; " in text and ":" in text:  # "questions on: A; B; C": an exam's subjects
            names += [n for n in exam_subjects(text) if n not in names]
        if " need " in text and self.out.role is not None:
            names += [n for n in self.workers_need(text, self.out.role.text) if n not in names]
        names = brands_apart(names, text)
        for name in names:
            if not _QUANTITY.match(name):  # ("specialize in a number of different areas
                self.out.skill(name, SkillKind.TECHNICAL, line)  # such as A": no skill)
        if names:
            self.cued_lines.add(line)  # one cued list: the gazetteer still reads the rest
        if "languages" in on:
            self.languages(text, line)

    def workers_need(self, text: str, role: str) -> list[str]:
        """(fixes97) The skills a sentence says the role's workers need ("Attendants need
        customer care, conflict resolution and basic IT" on the Car Park Attendant's page):
        the subject is the role's head noun in the plural, the list follows "need"."""
        words = role.lower().split()
        for match in _WORKERS_NEED.finditer(text):
            *lead, who = match.group("who").lower().split()
            # ("Lock keepers need …": the words before the head are the role's own)
            if words and who in (f"{words[-1]}s", f"{words[-1]}es") and (
                    lead == words[-1 - len(lead):-1] if lead else True):
                return cued_skills(text[match.start("who"):], _NEED_CUE, self.people,
                                   _table_skill(self.vocab), self.other_trade)
        return []

    def skills_label(self, label: str) -> bool:
        """``label`` heads skills in the vocabulary ("Skills that got me hired", "Useful")."""
        headings = self.vocab.headings
        # (rules34a2: "Core competences for appointment and promotion", its head before
        # the purpose)
        head, purpose, _ = label.partition(" for ")
        return (classify_heading(label, headings) in _SKILL_KINDS
                or headings.exact(label) in ("skills", "tools", "soft_skills")
                or (bool(purpose and head) and classify_heading(head, headings) in _SKILL_KINDS))

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

    def dealt_with(self, name: str) -> bool:
        """``name`` names the people a skill deals with: :func:`_dealt_with`."""
        return _dealt_with(name, self.role)

    def people(self, name: str) -> bool:
        """``name`` names people: its last word is a plural of a role title ("fitters")."""
        last = name.rsplit(" ", 1)[-1]
        return last.lower().endswith("s") and self.vocab.is_role_title(
            title_case(singular_title(last)))

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

    def title_field(self, text: str, name: str) -> bool:
        """(fresh54) Whether every use of the technique ``name`` in ``text`` opens a title
        written in lower case ("junior cryptography infrastructure engineers", "a
        radiography department manager"): the field of a post, no technique done."""
        uses = [m.end() for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
        return bool(uses) and all(self._title_tail(name, text[end:]) for end in uses)

    def _title_tail(self, name: str, after: str) -> bool:
        """Whether ``name`` and up to three lower-case words of ``after`` are a role title."""
        words = _TAIL_WORDS.match(after)
        tail = words.group(0).split() if words is not None else []
        for size in range(1, len(tail) + 1):
            phrase = title_case(f"{name} {' '.join(tail[:size])}")
            if self.vocab.is_role_title(phrase) or self.vocab.is_role_title(
                    singular_title(phrase)):
                return True
        return False

    def skill_item(self, row: _Row, label: str | None, description: str, item: str,
                   kind: Kind) -> None:
        """The skills of one item of a skills section; ``kind`` is the item's own kind (a
        labelled "Skills:" line inside another section is a skills item of that label)."""
        if not label and _OTHER_JOBS.search(item) and len(item.split()) <= _HEADING_WORDS:
            return  # "Growth Trends for Related Jobs": a sidebar's heading, never a skill
        scale = label or self.sub_text or self.top_text or ""
        if ("rate" in scale or "ating" in scale) and " and " not in item and (
                _RATING_SCALE.search(scale)):
            # (rules54b) "Skills checklist (self-rated, 1–4): epidural care 4 · triage 3":
            # each item's rating on the label's scale is no part of the skill (an item joined
            # by "and" keeps it for now: the rating is what parts "A monitoring and
            # interpretation 4" at its "and", a reading that item loses without it)
            description = _ITEM_RATING.sub("", description)
            item = _ITEM_RATING.sub("", item)
        if not label and row.bullet and item[:1] == "M" and _MODULE_ITEM.match(item):
            # (rules48b) a course's "M1 Spreadsheet basics · M2 …": its numbered modules,
            # the course's parts (optional), no skills
            self.out.use(row.no)
            return
        if not label and row.bullet and _MODAL_CONDITION.match(item):
            # (real43) "• may work nights and weekends and on call", an unheaded list after
            # a skills list: the hours and places of the work, no skill
            self.out.use(row.no)
            return
        if not label and item[:1].islower() and (
                self.sub_text or self.top_text)[-4:].lower() == " you":
            # (carry36) "We imagine that you" / "• have worked under GMP": the item ends the
            # heading's sentence, read as running text (a noun item, "Infection control",
            # is a name of the list)
            self.cued(f"We imagine that you {item}.", row.no)
            told = sentence_skills(f"You {item}.", self.vocab)  # "master A (B or C) and D"
            for name in told:
                self.out.skill(name, _SKILL_KINDS.get(kind, SkillKind.TECHNICAL), row.no)
                products = _NAMED_PRODUCTS.search(item, item.find(name) + len(name)) if (
                    f"{name} (" in item) else None
                for product in re.split(r",\s*|\s+or\s+", products.group(1)) if (
                        products is not None and products.start() == item.find(
                            name) + len(name)) else ():
                    self.out.skill(product, SkillKind.TECHNICAL, row.no)  # its products
            self.out.use(row.no)
            return
        if label and ("xam" in label or "est" in label) and lists_exams(f"{label}:"):
            self.out.use(row.no)  # "- Entrance exams: A, B, C": tests to pass, no skills
            return
        if not label and row.bullet and item[:1].islower() and (
                item.count(" ") >= _CLAUSE_SPACES) and (
                self.top_text.strip(" #:").lower() in _ABILITY_HEADINGS):
            # (real44) My Next Move's "Abilities" / "Controlled Movement" / "• quickly change
            # the controls of a machine, car, truck or boat": a clause of what the body can do,
            # read whole or not at all (heldback9's convention: optional), never in pieces
            self.out.use(row.no)
            return
        purposed = _SKILLS_FOR.match(item) if not label and row.bullet and (
            " skills " in item) else None
        if purposed is not None:
            # (real44) "• maths skills to work out quantities of materials", "• practical
            # skills for using heavy machinery": the skills, then what they are for
            self.out.skill(purposed.group("skill"), _SKILL_KINDS.get(kind, SkillKind.TECHNICAL),
                           row.no)
            return
        if label and " | " in label and (cut := label.rpartition(" | "))[2].strip():
            # "… · Underwater inspection | Tickets: A, B": the strip's last item, then a
            # labelled list of its own
            self.item_skills(row, None, "", cut[0].strip(), kind)
            label, item = cut[2].strip(), f"{cut[2].strip()}: {description}"
            if not _skill_label(label):  # ("Tickets: A, B": a group's name, no skill)
                label, item = None, description
        if label and description and _FEEDBACK_HEAD.match((self.sub_text or self.top_text).strip(
                " #:")):
            # (rules49b) a feedback mail's "What stood out" / "• Adobe Illustrator and
            # InDesign: fast, clean files, well organised": the label names the strengths,
            # the words after its colon judge them
            named = _FEEDBACK_JOIN.split(label)
            for name in named if all(len(part.split()) <= _PART_WORDS for part in named) else [
                    label]:
                # ("Typography and layout — …": two strengths, each a skill)
                self.item_skills(row, None, "", _unquoted(name), kind)
            self.out.use(row.no)
            return
        self.item_skills(row, label, description, _unquoted(item), kind)
        self.languages(item, row.no, last=True)  # "Spoken English and Hindi/Urdu for …"
        if label and _EXPLAINING.match(description):
            # (real49) "Attention to detail: A surveyor must be proficient in using …": the
            # sentence after the label explains it (its tools, if any, are the label's)
            item = label
        if " in " in item or kit_cued(item):
            # "signalling CAD in MicroStation and AutoCAD", "… with a track circuit tester":
            # the tools after the item's own skills, so a label keeps its place first
            for name in [*done_in_tools(item), *with_tools(item)]:
                self.out.skill(name, SkillKind.TOOL, row.no)

    def item_skills(self, row: _Row, label: str | None, description: str, item: str,
                    section: Kind) -> None:
        """The skills of one item; ``section``: the kind of list it is an item of."""
        if label is None and (lead := WORK_LEAD.match(item)) is not None and (
                item[lead.end():].strip(" .")):
            # (fixes78) "- Training covers A, B and C", "- The role covers chart work": what
            # the work takes in, the lead-in no word of the first item (nor of a lone one)
            item = item[lead.end():]
        if label is None and ", as " in item:
            # (real49) "Leadership skills, as they may lead …": the skill alone (a reason
            # after "since" or "because" is cut where the list is read, its items kept)
            item = without_reason(item)
        if label is None and "ing with " in item and (
                dealt := _DEALING_WITH.search(item)) is not None:
            # (real50) "Strong interpersonal skills for dealing with patients, doctors, and
            # staff": the skill, then the people it is used with (no skills)
            item = item[:dealt.start()]
        if label is None and ("—" in item or "–" in item):
            item = _DASHED_EXAMPLES.sub(" ", item).strip()  # (real48) "X—such as A, B—over Y"
        if label is None and row.bullet and "ing with " in item[:30] and len(
                item) <= _WORKING_CHARS and _WORKING_WITH.fullmatch(item.rstrip(" .")):
            self.out.skill(item.rstrip(" ."), _SKILL_KINDS[section], row.no)
            return  # (real48) "Constructing with brick, stone, and mortar": one activity
        if label is None and row.bullet and "ing and " in item[:30] and (
                gerunds := _GERUND_PAIR.match(item)) is not None:
            item = item[gerunds.end():]  # (real48) "Reading and interpreting A, B and C"
        if label is None and item[:1] in "Uu" and (use_lead := USE_LEAD.match(item)) is not None:
            item = item[use_lead.end():]  # (recall13) "Use of measuring instruments": the kit
        similar = or_similar(item) if label is None and "(or " in item else None
        if similar is not None:  # (fixes102) "Experience with Wix (or a similar CMS)"
            for name in similar:
                self.out.skill(name, SkillKind.TOOL, row.no)
            return
        if label is None and item.endswith(")") and item.count("(") == 1:
            # (recall13) "SQL (Required)": SQL, the bracket only says how needed or how well
            # ("German (native), English (C1)" is a list: its items are read one by one)
            item = without_ratings(item)
        parts = item.rstrip(" .").split("; ") if row.bullet and label is None and (
            "; " in item) and "(" not in item else []
        if len(parts) >= 2 and all(0 < len(part.split()) <= _PART_WORDS and not (
                _PART_CLAUSE_WORDS & set(part.lower().split())) for part in parts):
            # "• Communication with clients; conflict resolution": two short items in one
            for part in parts:
                self.item_skills(row, None, description, part, section)
            return
        plussed = _PLUS_SPLIT.split(_PLUS_ASIDE.sub("", item).rstrip(" .")) if (
            row.bullet and label is None and " + " in item) else []
        if len(plussed) >= 2 and all(_PLUS_PART.fullmatch(part) for part in plussed):
            # (rules49b) a student's notes: "• counseling skills + empathy ("…")": two
            # short items joined by a plus, the quote after them no item
            for part in plussed:
                self.item_skills(row, None, description, part, section)
            return
        traits = ordered_traits(item) if row.bullet and label is None else None
        if traits is not None:  # "Have patience and tact": the traits, not the order
            for name in traits:
                self.out.skill(name, _SKILL_KINDS[section], row.no)
            return
        descriptor = _DESCRIPTOR_ITEM.match(item) if row.bullet and label is None else None
        if descriptor is not None:  # "Critical Thinking Using logic and reasoning to …"
            self.out.skill(descriptor.group(1), _SKILL_KINDS[section], row.no)
            return
        if label is None and " as a" in item and post_held(
                item, lambda name: self.vocab.is_role_title(title_case(name))):
            return  # (prec13) "Successful leadership as a Site Manager or …": posts held
        if row.bullet and label is None and eligibility(item):
            # "What you need" / "- Right to work in Ireland": a condition, no skill
            self.out.add("requirements", item, row.no)
            return
        mastered = mastered_skills(item) if row.bullet and label is None and (
            item[:1] in "MUKAC") else None
        if mastered:  # "- Can read gauges and a P&ID diagram", "- Understand 5S and LOTO"
            for name in mastered:
                self.out.skill(name, _SKILL_KINDS[section], row.no)
            return
        if self.topics and label is None and row.bullet:  # "- Forklift and crane operation"
            for name in syllabus_topics(item):
                self.out.skill(name, _SKILL_KINDS[section], row.no)
            return
        # (a classification's skills lists: every item a skill as printed, verb phrases too)
        phrases = self.family is not None and self.family.phrase_skills
        if (self.imperative or phrases) and label is None:  # "- Have a head for heights."
            # ("Survey DesignThreat Modeling": capitalised items glued, cut by case first)
            pieces = skill_names(item, self.vocab) if phrases and glued_by_case(item) else [item]
            for piece in pieces:
                if phrases:  # "You might use:" / "• a pressure washer": the thing, no article
                    piece = _ARTICLE_ITEM.sub("", piece)
                names, tools = imperative_skills(
                    piece, _PHRASE_SKILL_WORDS if phrases else _IMPERATIVE_WORDS)
                for name in names:
                    self.out.skill(name, _SKILL_KINDS[section], row.no)
                for name in tools:
                    self.out.skill(name, SkillKind.TOOL, row.no)
            return
        tooled = context_tools(item) if label is None and item[:1].islower() else None
        if tooled is not None:  # (fixes91) "settlement funds on … — FASTPAY/SWIFT, …"
            context, names = tooled
            for name in skill_names(context, self.vocab):
                self.out.skill(name, _SKILL_KINDS[section], row.no)
            for name in names:
                self.out.skill(name, SkillKind.TOOL, row.no)
            return
        dashed = dash_label(item) if label is None and ":" not in item[:60] else None
        if dashed is not None:
            self.dash_skills(section, *dashed, row.no)
            return
        experienced = experienced_skills(
            item, lambda name: self.vocab.is_role_title(title_case(name))) if (
            label is None and row.bullet and "xperience" in item) else []
        if experienced:  # "- people management or mentoring experience": what it is in
            for name in experienced:
                self.out.skill(name, _SKILL_KINDS[section], row.no)
            return
        soft = section is Kind.SOFT_SKILLS
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
        products = task_products(item, self.not_tool, self.known_product) if (
            label is None and not soft and " " in item) else None
        if products is not None and " " not in products[0] and not products[0].isupper() and (
                task_products(item, self.not_tool, self.known_tool) is None):
            products = None  # (fixes95) "charting in Epic": a one-word task in software only
            # the gazetteer knows stays one item, as before
        if products is not None:  # "Test automation with Playwright or Selenium": all three
            self.out.skill(products[0], kind, row.no)
            for name in products[1:]:
                self.out.skill(name, SkillKind.TOOL, row.no)
            return
        tasks = gerund_item(item) if label is None and row.no in self.gerund_rows and (
            not soft) else None
        if tasks is not None:  # (fresh54) "- shaping sourdough loaves and croissants"
            for name in tasks[0]:
                self.out.skill(name, kind, row.no)
            for name in tasks[1]:  # "- styling with flat irons": the tools
                self.out.skill(name, SkillKind.TOOL, row.no)
            return
        gazetteer = self.vocab.gazetteer
        # (a trait's context and a language's use are their readers': "Patience with …",
        # "Spoken English and Hindi for site teams")
        setting = without_setting(item) if label is None and " " in item and not (
            gazetteer is not None and gazetteer.opens_with_trait(item)) and not (
            language_skills(item)) else None
        if setting is not None:  # "Shelf loading at speed": the skill before its setting
            for name in [setting] if soft else paired_skills(setting):
                self.out.skill(name, kind, row.no)
            if not soft:
                self.tools(item, row.no, enumerations=True)
            return
        plus = plus_tools(description) if label and description and ";" in description else None
        if plus is not None:  # "Excel, Word; know to use ERP (SAP, Bravo) is a plus"
            description = plus[0]
            for name in plus[1]:
                self.out.skill(name, SkillKind.TOOL, row.no)
        exact = self.vocab.headings.exact(label) if label else None
        named = Kind(exact) if exact is not None else Kind.OTHER
        listed = (skill_names(description, self.vocab)
                  if label and (_short_list(description) or exact) and not (
                      # (real46) "Principles of ingredients: including their origins,
                      # properties: purposes and uses": the label's own aspects, no skills
                      _ASPECTS.match(description)) else [])
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
        paired = _named_pair(description) if label else []
        for name in paired:
            self.out.skill(name, SkillKind.TOOL, row.no)  # "Language: TypeScript or Go"
        if label and len(label.split()) <= 6 and not label.lower().startswith(_REQUIREMENT_LABELS):
            if not description or not (tool_category(label) or _category_group(label)):
                self.out.skill(label, kind, row.no)
            elif tool_category(label) and not paired:  # ("Software: Xero", no skill itself)
                for name in split_items(description):
                    if name[:1].isupper() and len(name.split()) <= _STRIP_WORDS:
                        self.out.skill(name, SkillKind.TOOL, row.no)
            if not soft:
                self.tools(description, row.no, enumerations=True)
            return
        short = len(item.split()) <= 5 and not any(char.isdigit() for char in item)
        head, colon, rest = item.partition(": ")
        if not label and colon and len(head.split()) <= 3 and ("|" in rest or _short_list(rest)):
            # "a warehouse: Snowflake | BigQuery", "protocols: I2C, SPI, UART": its items.
            for name in skill_names(rest, self.vocab):
                for piece in bracketed_parts(name) or [name]:  # (recall15) its bracket's parts
                    self.out.skill(piece, kind, row.no)
            return
        if not label and "; " in item and "," not in item and " and " not in item and (
                row.bullet) and all(
                0 < len(piece.split()) <= _SEMICOLON_WORDS for piece in item.split("; ")):
            # "● Communication with growers; conflict resolution": two skills on one bullet,
            # a phrase with its preposition each
            for name in item.rstrip(".").split("; "):
                self.out.skill(name.strip(), kind, row.no)
            return
        if not label and _ONE_NOUN.match(item):  # "A calm, methodical manner": one skill
            self.out.skill(item.rstrip("."), kind, row.no)
            return
        if not label and row.bullet and "," in item and _LIST_ARTICLE.match(item) and (
                _short_list(bare := without_qualifiers(item))):
            # (fixes102) "- A keen eye for colour, tidy, punctual": the article and the
            # degree are the first item's, no words of a sentence; the list is read without
            item = bare[:1].upper() + bare[1:]
        if not label and ("," in item or ";" in item) and _short_list(
                item.replace(";", ",")) and not _FUNCTION_WORDS.search(self.unnamed(item)):
            # (fixes102) "Power BI and Excel (pivot tables, VLOOKUP)", which skill_names
            # leaves whole: the two names, the second with its bracket's parts
            for name in skill_names(item, self.vocab) or _named_parts(item):  # "dbt, Git"
                for piece in bracketed_parts(name) or [name]:  # (recall15) its bracket's parts
                    self.out.skill(piece, kind, row.no)
            return
        used = task_using(item) if not label and " using " in item else (
            task_on_tools(item) if not label and row.bullet else None)
        if used is not None:  # "cable pulling using Fluke": the task and its tool
            for name in used:
                self.out.skill(name, kind, row.no)
            return
        language = leveled_language(item) if not label else None
        if language is not None:  # "English (C1)": the language; its level is how well
            self.out.skill(language, kind, row.no)
            return
        spoken = qualified_languages(item) if not label and " " in item else []
        for language in spoken:  # (rules40c) "Bilingual English/Spanish": each language
            self.out.skill(language, kind, row.no)
        if spoken:
            return
        chips = self.glued_chips(item) if _GLUED_TITLE.search(item) else None
        if chips is not None:  # "KubeflowBilling Systems": two items run together
            for name in chips:
                self.out.skill(name, kind, row.no)

        elif not soft and (titled := self.titled_bracket(item)):
            # (recall6) "Spreadsheets (LibreOffice Calc)": the skill and the product it names
            head, products = titled
            for name in [] if group_label(head) else paired_skills(head):
                self.out.skill(name, kind, row.no)
            for name in products:
                self.out.skill(name, SkillKind.TOOL, row.no)
        elif (soft and short) or (not soft and _short_title(item, self.vocab)):
            # ("Westlaw or Lexis": two; a soft skill's pair is one trait: "Problem-solving
            # and critical thinking")
            names = _traits(item) if soft else paired_skills(item.rstrip("."))
            if _standing_pair(item, names):
                return  # (prec12) "NMC or HCPC registration": a standing, no two skills
            short_name = _HEAD_ACRONYM.fullmatch(item.rstrip(".")) if not soft else None
            if short_name is not None and is_acronym_of(short_name.group(2),
                                                        short_name.group(1).split()):
                # (recall15) "Intentional Peer Support (IPS)": the name and its initials, as
                # a lower-case item gives them ("Crew resource management (CRM)")
                names = [short_name.group(1), short_name.group(2)]
            for name in names:
                self.out.skill(name, kind, row.no)
        elif not soft and _short_skill(item):
            # "Log analysis", "Networking fundamentals (TCP/IP, DNS)": a short noun phrase.
            if _MID_ACRONYM.fullmatch(item.rstrip(".")):
                # (rules36c) "Post-anaesthetic (PACU) recovery care": an acronym inside
                # the phrase, which goes on after it: one skill as printed
                self.out.skill(item.rstrip("."), kind, row.no)
                return
            head, _, inner = item.rstrip(".").partition(" (")
            head = without_degree(head)  # "excellent call handling": how well, no part of it
            cut = head.lower().rfind(" with ")
            if cut > 0 and with_tools(head[cut:]):
                head = head[:cut]  # "fault-finding with a multimeter": the tool is its own
            # ("Eligible for state registration": a standing asked for, no skill)
            asked = credential_end(_BRACKETED.sub("", item.rstrip("."))) or (
                item.lower().startswith(("eligible ", "eligibility "))) or (
                head.rpartition(" ")[2].lower() in _REGISTERED  # (prec12) "NMC or HCPC
                and _standing_pair(head, paired_skills(head)))  # registration": a standing
            # (rules36c) "Anaesthetic assistance incl. difficult airway": the skill and the
            # narrower one it names, each
            # ((fixes85) "Languages (French, German)": a group's label before its bracketed
            # kinds is no skill, the kinds are)
            labelled = (bool(inner.strip()) and item.rstrip(". ").endswith(")")
                        and group_label(head))
            for name in [] if asked or labelled else [name for part in _INCLUDED.split(head)
                                                      for name in paired_skills(part)]:
                # ("Current driver licence (or …)": a licence is asked for, no skill, but
                # "Uniform (Idox) planning system" is a system; "Navigation and chart
                # work": two skills)
                if not clause_item(name):  # ("a DAW you love (…)": a clause)
                    self.out.skill(name, kind, row.no)
            inner = _EXAMPLE_OPENER.sub("", inner)  # "(e.g. Dampsoft, …)": the names after it
            inner, _, tail = inner.partition(")")
            if " / " in inner and all(part.strip()[:1].isupper() for part in inner.split(" / ")):
                inner = inner.replace(" / ", ", ")  # "(MTU / Caterpillar)": each brand
            # "Remote interpreting (RSI) on Interprefy and KUDO": the platforms after it
            platforms = _PLATFORM_TAIL.match(tail)
            second = _SECOND_SKILL.match(tail) if platforms is None and not asked else None
            if second is not None and not clause_item(second.group(1)):
                # (rules38c) "incident review (Datix) and duty of candour conversations":
                # the bracket closes the first skill, a second one follows its "and"
                for name in paired_skills(second.group(1)):
                    self.out.skill(name, kind, row.no)
                tail = ""
                if is_acronym_of(inner, head.split()):
                    inner = ""  # ("Source data verification (SDV) and …": its short name)
            for name in _AND_SPLIT.split(platforms.group(1)) if platforms else ():
                if name[:1].isupper():
                    self.out.skill(name, SkillKind.TOOL, row.no)
            if inner.split(" ", 1)[0].lower() in _MANNER_OPENERS or _GRADE_ASIDE.fullmatch(
                    inner) or leveled_language(f"{head.rpartition(',')[2].strip()} ({inner})"):
                inner = ""  # "(by ear, not only with the sync button)": how, not what;
                # "German, English (C1)": the last language's level;
                # (rules38c) "oil spill response (Tier 2 plan)": the skill's grade, no tool
            if tail.strip() and (platforms is None or is_acronym_of(inner, head.split())):
                inner = ""  # ("(RSI)": the head's own short name; "Uniform (Idox) planning
                # system": a bracket inside the name, no item of its own)
            for name in bracket_examples(inner) or (
                    skill_names(inner, self.vocab) if inner else []):
                if clause_item(name) or _ASIDE_CLAUSE.search(name):
                    continue  # ("(Instagram is the shop window)": a remark, no tool)
                if _LICENCE_HEAD.search(head) or _PARTY_HEAD.search(head):
                    break  # "IRSE licences (Designer, Tester)": the licence's grades;
                    # (rules38c) "stakeholder management (port users, RNLI, MCA)": whom the
                    # skill deals with, no tools
                practice = _PRODUCT_PRACTICE.fullmatch(name)
                if practice is not None:
                    # (rules38c) "(SafeCare, Allocate HealthRoster e-rostering)": the
                    # product and the practice it serves, each
                    self.out.skill(practice.group(1), SkillKind.TOOL, row.no)
                    self.out.skill(practice.group(2), kind, row.no)
                elif name[:1].isupper():
                    self.out.skill(name, SkillKind.TOOL, row.no)
                elif ("," in inner or bracket_kit(f"{head} ({inner})") == [name]) and (
                        name.split()[0].lower() not in _QUALIFYING | VERBS):
                    # "(JTAG, oscilloscope, logic analyser)"; one piece of kit named by a kit
                    # noun: "brake testing (roller brake tester)"
                    self.out.skill(name, kind, row.no)
                elif name == inner.strip() and self.bracket_technique(name):
                    # (recall6) one technique in the bracket: "Watermakers (reverse
                    # osmosis)", "Welding and burning (oxy-fuel cutting)": a skill too
                    self.out.skill(name, kind, row.no)
        elif "," in item and item.split()[0].lower().strip(":,") not in (
                _QUALIFYING | _REQUIREMENT_OPENERS) and not (
                " of " in item and PEOPLE_RANGE.search(item)) and len(
                named_in := sentence_skills(item, self.vocab)) >= (
                1 if focused_item(item) else 2):  # ("A, especially in the malls": A alone)
            for name in named_in:  # "C and some C++, Rust is creeping in"
                if not self.dealt_with(name) and name.lower() not in _CUT_CLAUSES:
                    self.out.skill(name, kind, row.no)
        elif (qualified := qualified_skills(item)) is not None:
            for name in qualified:  # "knowledge of A and B", "Ability to work at heights"
                self.out.skill(name, kind, row.no)
            if item.rstrip(".").endswith(")") and " (" in item:
                # "knowledge of PLC control (Siemens S7 an advantage)": the brands in its
                # bracket are tools of their own (rules35d)
                self.bracket_brands(item.rstrip(".")[:-1].rpartition(" (")[2], row.no)
        elif not soft and len(slashed := spaced_slash(item.rstrip("."))) == 2 and all(
                _short_skill(name) for name in slashed):
            # (fresh52) "Working at height / Colour matching": two short names a spaced
            # slash parts, each a skill however its own words run ("at", "for")
            for name in slashed:
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

    def bracketed_requirement(self, item: str, line: int) -> list[str]:
        """A requirement item's skill with its brands in a bracket ("Ultrasonic scaling
        (Cavitron)"): the brands are read here, the skill returned; none for a credential
        ("Forklift licence (counterbalance)") or an item that is no short noun phrase."""
        head, _, inner = item.rstrip(".")[:-1].partition(" (")
        words = head.lower().split()
        # (rules37c) two skills before the brands ("colour matching and spray gun technique
        # (SATA, Iwata)"): each, when both are short names of more than one word
        heads = split_items(head) if " and " in head and "," not in head and _short_list(
            head) else [head] if _short_skill(head) else []
        if len(words) < 2 or credential_end(head) or not heads or "(" in inner or (
                words[0] in bundled_level_words() or words[0] in VERBS or "of" in words):
            return []  # ("Senior (L3)": a level and its code; "Communicate English (…)";
            # "Bachelor of Engineering (Mining)", "Working knowledge of X (A, B)")
        pieces = skill_names(_EXAMPLE_OPENER.sub("", inner), self.vocab)
        if not pieces or not all(_brand(piece) or _listed_maker(piece, pieces)
                                 for piece in pieces):
            return []  # ("(motors, VFDs, motor starters)": things, no brands)
        return heads if self.bracket_brands(inner, line) else []

    def titled_bracket(self, item: str) -> tuple[str, list[str]] | None:
        """(recall6) A one-word skill in Title Case with the products it uses in a closing
        bracket ("Spreadsheets (LibreOffice Calc)", "Databases (Airtable)"): the skill and
        the names; None for a short form of the skill ("Welding (WLD)"), a note, or any other
        item."""
        text = item.strip().rstrip(".")
        head, _, inner = text.partition(" (")
        if not inner.endswith(")") or "(" in inner or len(head.split()) != 1 or (
                not head[:1].isupper()) or not _short_title(text, self.vocab):
            return None
        inner = inner[:-1].strip()
        names = bracket_names(f"({inner})")
        if not names or is_acronym_of(inner, head.split()) or inner.isupper() or any(
                clause_item(name) for name in names):
            return None
        return head, names

    def bracket_technique(self, name: str) -> bool:
        """(recall6) The one lower-case phrase a skill item's bracket holds names a technique
        of its own: two to four words, the last a practice ("oxy-fuel cutting", "dye penetrant
        inspection", "reverse osmosis") or
        the whole a skill the gazetteer knows ("reverse osmosis"); a note of how well, when
        or where ("(advanced)", "(night shifts)", "(training provided)") names none."""
        words = name.lower().split()
        if not 2 <= len(words) <= _TECHNIQUE_WORDS or not name[:1].islower() or any(
                char.isdigit() for char in name) or set(words) & _TECHNIQUE_NOT or (
                words[0] in _QUALIFYING | VERBS | _MANNER_OPENERS) or clause_item(name):
            return False
        if len(words[-1]) > _ING_STEM and words[-1].endswith(_PRACTICE_ENDS):
            return True
        gazetteer = self.vocab.gazetteer
        found = gazetteer.find(name) if gazetteer is not None else []
        return len(found) == 1 and found[0].start == 0 and found[0].end == len(name) and (
            found[0].skill_kind is not None)

    def bracket_brands(self, inner: str, line: int) -> list[str]:
        """The brands an item's bracket names ("Siemens S7 an advantage", "e.g. Fronius,
        SMA"), each a tool, read here; a remark with its verb, and a code or an acronym in
        capitals ("L3", "QTRA": the item's own short name), name none."""
        names = skill_names(_EXAMPLE_OPENER.sub("", inner), self.vocab)
        brands = [name for name in names
                  if (_brand(name) or _listed_maker(name, names)) and not clause_item(name)
                  and not _ASIDE_CLAUSE.search(name)]
        for name in brands:
            self.out.skill(name, SkillKind.TOOL, line)
        return brands

    def sole_trait(self, item: str) -> list[str]:
        """A requirements bullet that is one soft skill the gazetteer knows, and nothing
        else ("- Creativity", "- Resilience."): that skill, which the plain-noun reader
        leaves alone as a lone capitalised word (a link's or a subject's name)."""
        gazetteer = self.vocab.gazetteer
        text = item.strip().rstrip(".")
        if gazetteer is None or not text:
            return []
        if "," in text and " and " in text:
            # (rules39d) "- Team spirit, politeness and a calm manner": a comma list of short
            # lower-case qualities, one of them a trait the gazetteer knows, each a skill
            parts = [_ARTICLE_LEAD.sub("", part.strip()) for part in _LISTED_QUALITIES.split(
                text)]
            return parts if len(parts) >= _MIN_QUALITIES and all(
                _QUALITY.fullmatch(part) for part in parts) and any(
                trait(part) for part in parts) else []
        if " and " in text:
            # (rules37c) "- empathy and discretion", "- physical fitness and resilience": two
            # traits the gazetteer knows, each whole
            pair = text.split(" and ")
            if len(pair) == 2 and all(_ONE_QUALITY.fullmatch(part) for part in pair) and any(
                    trait(part) for part in pair):
                # (fresh62) "- Honesty and diligence": two one-word qualities (abstract
                # nouns), one of them a trait the gazetteer knows, each whole
                return pair
            return pair if len(pair) == 2 and all(
                self.sole_trait(part) for part in pair) else []
        if text.count(" ") >= _SOLE_TRAIT_SPACES:
            # (fresh49) up to three words: "- Physical fitness" is one known trait too
            return []
        found = gazetteer.find(text)
        whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
        return [text] if whole and found[0].skill_kind is SkillKind.SOFT else []

    def unnamed(self, item: str) -> str:
        """``item`` without the skills the gazetteer knows by name, whose small words
        ("attention to detail", "eye for detail") are no sign of a sentence."""
        gazetteer = self.vocab.gazetteer
        if gazetteer is None:
            return item
        for found in reversed(gazetteer.find(item)):
            if found.skill_kind is not None:
                item = item[:found.start] + item[found.end:]
        return item

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

    def duty_tools(self, text: str, line: int, *, prose: bool = False) -> bool:
        """Tools a duty names ("Track signatures in DocuSign"): :mod:`.duty_tools`.  A rung
        title glued before the duty ("Senior X EngineerOwn Cohort Analysis") is cut off.
        True when the duty named a tool."""
        if _NOTE.match(text) or find_money(text, bare=False) is not None:
            return False  # "Source: Office for National Statistics", a pay line: no duty
        for glue in _GLUED_TITLE.finditer(text):
            if self.vocab.is_role_title(text[:glue.start() + 1]):
                text = text[glue.start() + 1:]
                break
        named = duty_tools(text, self.not_tool, prose=prose)
        for name in named:
            self.out.skill(name, SkillKind.TOOL, line)
        kit = self.kit_not_people(text, with_tools(text) if kit_cued(text) else [])
        for name in kit:
            self.out.skill(name, SkillKind.TOOL, line)  # "… with power saws and routers"
        return bool(named or kit)

    def kit_not_people(self, text: str, kit: list[str]) -> list[str]:
        """A "with" list, or none when a verb of working together leads to it and one of its
        items is a job title ("work with designers and pattern cutters"): colleagues, no kit
        ("lubricates with the oilers": an oiler is a job and a tool)."""
        if kit and _WORK_WITH.search(text) and any(
                self.vocab.is_role_title(title_case(singular_title(name))) for name in kit):
            return []
        return kit

    def not_tool(self, name: str) -> bool:
        """A capitalised name in a duty that is a role, a place, the page's own role or a
        word of its title."""
        head = self.role.lower().rpartition(" ")[2].strip("()")
        last = name.lower().rpartition(" ")[2]
        return (self.vocab.is_role_title(name) or name in self.vocab.headings.regions
                or fact_key(name) == fact_key(self.role)
                or (bool(head) and last in (head, f"{head}s"))  # ("Specialist Orthoptist")
                or name in self.role.split()  # ("for MLOps processes" on an MLOps page)
                or _STATED_RULE.search(name) is not None)  # ("(Challenge 25 applies)": a rule)

    def known_tool(self, name: str) -> bool:
        """``name`` is a tool the lexicon knows, whole ("Terraform")."""
        return self.vocab.lexicon_tools(name) == [name]

    def known_product(self, name: str) -> bool:
        """(fixes95) ``name`` is a tool the lexicon knows or software its gazetteer names
        ("After Effects")."""
        return self.known_tool(name) or known_software(name)

    def tools(self, text: str, line: int, *, enumerations: bool) -> None:
        for tool in self.vocab.find_tools(text, enumerations=enumerations):
            self.out.skill(tool, SkillKind.TOOL, line)


# A bracketed aside that states a rule with its verb ("Challenge 25 applies", "ID required"):
# a policy, no tool or skill.
_STATED_RULE = re.compile(r"\s(?:applies|apply|required|needed|enforced|in force)$")


def _shared_use(name: str, following: list[str], cell: str) -> str:
    """``name`` without its verb of use when that verb governs the next item too: "Using a
    multimeter and flue gas analyser" names two tools, "multimeter" and "flue gas
    analyser"; one tool used stays as the cell words it ("Using a pressure gauge").

    >>> _shared_use("Using a lathe", ["bench grinder"], "Using a lathe and bench grinder")
    'lathe'
    >>> _shared_use("Using a lathe", ["Honesty"], "Using a lathe|Honesty")
    'Using a lathe'
    """
    lead = _USE_LEAD.match(name)
    if lead is None or not following or not re.search(
            rf"{re.escape(name)}\s+(?:and|or|&)\s+(?:an?\s+|the\s+)?{re.escape(following[0])}",
            cell):
        return name
    return name[lead.end():]


def ordered_traits(item: str) -> list[str] | None:
    """The traits a skills list's item names when told as an order to the reader ("Be
    calm and tactful", "Have good listening skills"), how well dropped; None when ``item``
    is no such short order ("Be able to …", "Have a responsible attitude towards …": a
    clause, read as before).

    >>> ordered_traits("Be calm and tactful"), ordered_traits("Have good listening skills")
    (['calm', 'tactful'], ['listening skills'])
    >>> ordered_traits("Be able to motivate people") is None
    True
    >>> ordered_traits("Have physical strength, Stamina and Flexibility")
    ['physical strength', 'Stamina', 'Flexibility']
    >>> ordered_traits("Having IT skills."), ordered_traits("Being tidy and punctual")
    (['IT skills'], ['tidy', 'punctual'])
    """
    found = _ORDERED_TRAITS.match(item.strip().rstrip("."))
    if found is None:
        return None
    traits = found.group("traits")
    names = [without_degree(part.strip()) for part in re.split(r",\s*|\s+and\s+", traits)]
    # (a list with commas may run longer than one trait: each of its items is short)
    long = len(traits.split()) > _TRAIT_WORDS and not (
        "," in traits and all(len(name.split()) < _TRAIT_WORDS for name in names))
    if long or _FUNCTION_WORD.search(traits) or (
            traits.split()[0] in {"a", "an", "the", "able"}):
        return None
    return [name for name in names if name] or None


def _traits(item: str) -> list[str]:
    """The traits of a short soft-skill item: one trait, or each of a list with commas
    ("understanding, empathetic and patient"); a pair alone stays one ("Problem-solving
    and critical thinking").

    >>> _traits("You are calm, tidy and punctual."), _traits("Problem-solving and tact")
    (['calm', 'tidy', 'punctual'], ['Problem-solving and tact'])
    """
    item = _YOU_ARE.sub("", item.rstrip("."))
    if ", " not in item:
        return [item]
    return [part for part in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", item) if part]
