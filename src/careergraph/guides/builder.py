"""Collects the facts a parser finds, tracks which content lines they came from, and builds
the :class:`~careergraph.model.Guide`.

Text is whitespace-cleaned; a fact already present in its list (same words, ignoring case and
punctuation) is not added twice, but its line still counts as used.

>>> from careergraph.model import Layout, SkillKind
>>> b = GuideBuilder("g.txt", Layout.CARD)
>>> b.content(1, "Lead MLOps Engineer"); b.set_role("Lead MLOps Engineer", 1)
>>> b.content(2, "Docker")
>>> b.skill("Docker", SkillKind.TOOL, 2), b.skill("docker", SkillKind.TOOL, 2)
(True, False)
>>> g = b.build(); (g.role.text, len(g.skills), g.coverage.ratio)
('Lead MLOps Engineer', 1, 1.0)
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Literal, get_args

from careergraph.errors import GuideError
from careergraph.guides import trusted
from careergraph.guides.band_ends import (
    joined_strips,
    without_brackets,
    without_repeated_ends,
    without_restated_fortnights,
)
from careergraph.guides.company_forms import COMPANY_FORMS, SECOND_FORMS
from careergraph.guides.employer_names import joined_bodies
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.headings import bundled_section
from careergraph.guides.languages import language_stand_in, spoken_languages
from careergraph.guides.pay_floor import below_floor
from careergraph.guides.skill_trailers import (
    clothing,
    entrance_exam,
    paperwork,
    site_link,
    standing,
    training_activity,
    without_ratings,
    without_trailers,
)
from careergraph.guides.text import _CONTROL, clean, split_sentences
from careergraph.guides.title_frames import code_line, uncoded
from careergraph.guides.training_stages import spanned_grades
from careergraph.lexicon import bundled_level_words, load_lexicon
from careergraph.model import (
    Coverage,
    Fact,
    Guide,
    Layout,
    Problem,
    SalaryRange,
    Seniority,
    Severity,
    SkillFact,
    SkillKind,
    Source,
    UnusedLine,
)
from careergraph.names import is_acronym_of, name_key, singular_key

__all__ = ["Bucket", "GuideBuilder", "fact_key"]

Bucket = Literal[
    "aliases",
    "responsibilities",
    "leads_to",
    "transitions_to",
    "moves_in",
    "development_suggestions",
    "next_steps",
    "employers",
    "sectors",
    "requirements",
    "challenges",
    "best_practices",
]
_BUCKETS: tuple[Bucket, ...] = get_args(Bucket)
_MOVE_ORDER: tuple[Bucket, ...] = ("leads_to", "transitions_to", "moves_in")
# A position's code before its title in a team list ("K-2 Hydrologist", "T-1 Team Leader").
_WHOLE_LADDER = 3  # (rules44b) rungs of a ladder printed whole
_POSITION_CODE = re.compile(r"^[A-Z]{1,2}-\d{1,2}\s+(?=[A-Z])")
# (rules38a) A pay grade printed before its holder's title ("Band 5 Staff Nurse £31,049 –
# …", "Grade 7 Chief Chemist"): the grade is the figure's level, no word of the title.
# (A "Level 3 Supervisor" keeps its level: a trade's certified grade names the post.)
# (carry38: a letter grade too, "Band C Process Technician")
_GRADE_BEFORE = re.compile(r"^(?:Band|Grade|Pay Band|Scale)\s+(?:\d{1,2}[a-d]?|[A-H])\s+"
                           r"(?=[A-Z][a-z])")
# How a post is held, before its title ("a casual Data Entry Operator is paid …"): no word of
# the title whose figure it is.
_TENURE = re.compile(r"^(?:casual|temporary|part-time|full-time)\s+(?=[A-Z])", re.IGNORECASE)
# (rules46b) The age band a title's rate is for, in brackets after it ("Team Member (21+)",
# "Crew (16–17)", "Porter (aged 18 to 20)"): no word of the title whose figure it is.
_AGE_BRACKET = re.compile(r"\s*\((?:aged\s+)?(?:\d{2}\s*\+|\d{2}\s*(?:[–-]|to)\s*\d{2}|"
                          r"under\s+\d{2}|\d{2}\s+and\s+(?:over|above))\)$", re.IGNORECASE)
_MOVE_BUCKETS = frozenset(_MOVE_ORDER)
# Words before a role's title that name a rung below it.
_BELOW_WORDS = frozenset({"assistant", "junior", "trainee", "apprentice", "student"})
# Words before a role's title that name the credential its holders have, not another job.
_CREDENTIAL_WORDS = frozenset({"licensed", "registered", "certified", "chartered", "qualified",
                               "accredited"})
# Buckets of names of organisations and industries: a question never names one (a page's
# feedback prompt "Was this page useful? 👍 👎" read at the end of a list), nor a pay row.
_NAME_BUCKETS = frozenset({"employers", "sectors"})
# A title of learner words only ("University Intern", "Summer Trainee"): the page's role at
# its learner level, no other job (held-back set 24's intern teacher's rate).
_LEARNERS = frozenset({"intern", "interns", "trainee", "trainees"})
_LEARNER_QUALIFIERS = frozenset({"university", "college", "summer", "vacation", "student",
                                 "graduate"})


def _learner_only(title: str) -> bool:
    """``title`` names a learner and no occupation ("University Intern").

    >>> _learner_only("University Interns"), _learner_only("Intern Architect")
    (True, False)
    """
    words = title.lower().split()
    return bool(words) and words[-1] in _LEARNERS and _LEARNER_QUALIFIERS.issuperset(words[:-1])
# A figure of money inside a name ("Upholstery Clerk  4 200 zł", a pay row of another job).
# A name of legal forms only ("Co., Ltd.", "Inc"): what is left of a list whose company's
# name was removed (", , Co., Ltd.,"), no employer.
_LEGAL_FORMS = "|".join(map(re.escape, sorted({*COMPANY_FORMS, *SECOND_FORMS})))
# (rules50c) A legal form as a firm prints it after its name ("Ltd", "B.V.", "d.o.o."), and
# a name already ending in one; how many employers a page may list for _short_firm_names to
# look (a directory's hundred names are no letter's one firm).
_CASED_FORMS = "|".join(map(re.escape, sorted({*COMPANY_FORMS, *SECOND_FORMS},
                                               key=len, reverse=True)))
_FORMS_END = re.compile(rf"\s(?:{_CASED_FORMS})\.?$", re.IGNORECASE)
# (compiled once: a pattern built per firm name and page cost more than the whole reading of a
# card guide — the names after a firm's first words up to its legal form, and a plural title's
# legal form after it)
_FIRM_TAIL = re.compile(rf"(?:\s+[A-Z][\w&'-]{{0,20}}){{1,3}}\s+(?:{_CASED_FORMS})\.?(?![\w-])")
_PLURAL_FIRM_TAIL = re.compile(rf"s,?\s+(?:{_LEGAL_FORMS})\b")


def _name_starts(page: str, name: str, joiners: str = "_&-") -> Iterator[int]:
    """Where ``name`` starts in ``page`` with no letter, digit or ``joiners`` before it.

    >>> list(_name_starts("Acme and MegaAcme and -Acme", "Acme"))
    [0]
    """
    at = page.find(name)
    while at >= 0:
        if at == 0 or not (page[at - 1].isalnum() or page[at - 1] in joiners):
            yield at
        at = page.find(name, at + 1)
_SHORT_FIRM_LIST = 12
_SENTENCE_WORDS = 8  # (words of a line of prose, no footer or strip)
# (rules50c) A month's figure opening a bracket after a year's ("per year (equal to €2,900
# gross per month)", "a year (€2,900 a month)").
_BRACKETED_MONTH = re.compile(r"\b(?:year|annum|annually)\)?\s*\((?:(?:equal|equivalent)\s+"
                              r"to\s+|i\.e\.\s+|about\s+)?\D{0,4}\d[^()]*\bmonth",
                              re.IGNORECASE)
# (rules50c) A skill as a duty's verb and its plural object ("planning rotas"): the same
# skill as its noun form "rota planning" on the page (one key for both).
_TURNED = re.compile(r"^([a-z]{3,}ing) ([a-z]{3,}[^s])s$")
_FORMS_ONLY = re.compile(rf"(?:(?:{_LEGAL_FORMS})\.?,?\s*)+", re.IGNORECASE)
_FIRM_WORDS = 3  # (fresh60) a move's title this long may be a firm's name
# (fresh60) A title's initials in capitals, a seniority word before them or a class numeral
# after them ("SRE II", "Senior SRE").
_INITIALLED = re.compile(r"(?:(?P<rank>Senior|Junior|Lead|Principal|Staff)\s+)?"
                         r"(?P<initials>[A-Z]{2,5})(?:\s+(?:[IVX]{1,4}|[1-9]))?")
# A web address as a site prints it: written all in lower case ("jobsite.example",
# "www.hirebank.com.my/x") or naming a job board ("CareerBuilder.com", "Jobs.ac.uk"): a
# board's or a page's address, never an employer's name (a firm named by its domain
# writes it capitalised: "Booking.com", "Amazon.com").
_LOWER_ADDRESS = r"(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?"


@lru_cache(maxsize=1)
def _site_address() -> re.Pattern[str]:
    """An address a site prints (all lower case) or one whose name holds a job board's stem
    (``letterheads.board_stems`` in data/headings.yaml: "CareerBuilder.com")."""
    stems = phrase_alternation(word_lists("letterheads").get("board_stems", ()))
    board = (rf"|(?i:(?:www\.)?[a-z0-9-]*(?:{stems})[a-z0-9-]*(?:\.[a-z0-9-]+)+(?:/\S*)?)"
             if stems else "")
    return re.compile(_LOWER_ADDRESS + board)


_SCALE_SPAN = 40  # a rating scale's word is short
_PAPERS_LIST = 2  # (prec15) papers on one line that make it a list of documents to gather


@lru_cache(maxsize=1)
def _move_opener() -> re.Pattern[str]:
    """(rules44a) The word of a move read with the title after it ("Promotion to Senior
    Teaching Fellow is through …"): ``listings.move_openers`` in data/headings.yaml.

    >>> _move_opener().match("Promotion to Head Gardener").end()
    13
    >>> _move_opener().match("Moving to Head Gardener").end()
    10
    """
    return re.compile(rf"(?:{phrase_alternation(word_lists('listings').get('move_openers', ()))})"
                      r"\s+(?=[A-Z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _scale_words() -> frozenset[str]:
    """(rules44a) The words of a proficiency scale a record rates a competency at
    (``promotion_rubric.scale_words``: "Proficient", "Developing"): alone, no skill.

    >>> "proficient" in _scale_words(), "welding" in _scale_words()
    (True, False)
    """
    return frozenset(word_lists("promotion_rubric").get("scale_words", ()))


@lru_cache(maxsize=1)
def _work_times() -> re.Pattern[str]:
    """(real39) Items naming only times of work (``sector_noise.times``: "evenings",
    "weekends and public holidays", read from "shifts covering A, B and C"): no skill.

    >>> bool(_work_times().fullmatch("weekends and public holidays")), bool(
    ...     _work_times().fullmatch("weekend planning"))
    (True, False)
    """
    from careergraph.guides.sector_noise import sector_noise  # (a late import: no cycle)
    times = phrase_alternation(sorted(sector_noise().times))
    one = rf"(?:(?:public|bank|school)\s+)?(?:{times})"
    return re.compile(rf"(?i:{one}(?:\s*(?:,|and|or|&)\s*{one})*)")


@lru_cache(maxsize=1)
def _stand_ins() -> re.Pattern[str]:
    """Whole items that stand in for a skill without naming one (``skill_trailers.stand_ins``
    in data/headings.yaml: "in addition", "a closely related field"), an article or "in"
    before them allowed.

    >>> bool(_stand_ins().fullmatch("in a closely related field")), bool(
    ...     _stand_ins().fullmatch("field work"))
    (True, False)
    """
    phrases = phrase_alternation(word_lists("skill_trailers").get("stand_ins", ()))
    return re.compile(rf"(?i:(?:in\s+)?(?:an?\s+|the\s+|any\s+)?(?:{phrases})s?)" if phrases
                      else r"(?!)")


@lru_cache(maxsize=1)
def _quantity_lead() -> re.Pattern[str]:
    """(fixes87) A quantity opening a skill's text before a plural (``skill_trailers.quantities``
    in data/headings.yaml: "a range of hand tools"): no part of the skill.

    >>> _quantity_lead().sub("", "a range of hand tools"), _quantity_lead().sub(
    ...     "", "range of motion")
    ('hand tools', 'range of motion')
    """
    phrases = phrase_alternation(word_lists("skill_trailers").get("quantities", ()))
    # (a plural last word: "range of motion", "number of the beast" name one thing)
    return re.compile(rf"^(?i:(?:an?\s+|the\s+)?(?:{phrases})\s+)(?=[\w' -]*[a-z]s$)"
                      if phrases else r"(?!)")


# (real40) A list's closer left as its last item ("…, delivering messages, etc."): no skill
# (in its cases only: "ETCS" is a train protection system).
_LIST_CLOSERS = frozenset({"etc", "etc.", "Etc", "Etc.", "ETC", "ETC."})
# (real44) A card's empty value ("Unemployment Rate" over "n/a" in a labour-market snapshot):
# the mark of a missing figure, no skill.
_EMPTY_MARK = re.compile(r"n/a|tb[cd]", re.IGNORECASE)
_CUT_BASED_SPACES = 2  # "evidence based", "web based" stay skills


_LONE_SPAN = 12  # longer than the longest generic word alone ("techniques")


@lru_cache(maxsize=1)
def _lone_generic() -> frozenset[str]:
    """Generic plurals that name no skill alone (``skill_trailers.lone_generic`` in
    data/headings.yaml): what is left of "specialized tools and techniques" once split."""
    return frozenset(word_lists("skill_trailers").get("lone_generic", ()))


@lru_cache(maxsize=1)
def _praised_skills() -> re.Pattern[str]:
    """Praise words alone before "skill(s)" (``skill_trailers.praise`` in
    data/headings.yaml: "valuable skills", "Special skill"): a skill's name without a skill."""
    praise = phrase_alternation(word_lists("skill_trailers").get("praise", ()))
    return re.compile(rf"(?i:(?:{praise})\s+)+(?i:skills?|knowledge)" if praise else r"(?!)")


_PRICED = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:zł|Kč|€|£|PLN|CZK|UAH|EUR|USD|GBP)(?!\w)")
# Two sentences run together at a full stop with no space ("… using Primavera.Team
# Management: …", a scraped page's lost line break): the text is pieces of two, no name
# ("Node.js", "ASP.NET": a lower-case or capitals-only part after the dot is one name).
_GLUED_STOP = re.compile(r"[a-z]{2}\.[A-Z][a-z]{2,}")
# (fixes63) A site's footer links glued to the text before them, as a cut-off page ends
# ("… slinging and HelpSend feedbackPrivacyTer"): a footer word right after a lower-case
# letter, with no space, is the page's chrome, and the piece names no skill.
# A bracketed aside after a rung's title ("Staff Nurse (School Nursing)").
_RUNG_ASIDE = re.compile(r"\s*\([^()]*\)\s*")
# (rules41c) A qualification as a whole item ("HNC/HND", "degree in a biological science",
# "a BSc in Chemistry"): no skill.
_DEGREE_ITEM = re.compile(r"(?:an?\s+)?(?:(?:(?:bachelor|master)['’]?s\s+)?degree|diploma|"
                          r"HNC|HND|BTEC|BSc|MSc|PhD)(?:\s*/\s*(?:HNC|HND|BTEC|BSc|MSc|degree|"
                          r"diploma))*(?:\s+(?:in|or)\s.*)?$", re.IGNORECASE)
_DEGREE_INITIALS = frozenset("aAbBdDhHmMpP")
_GLUED_FOOTER = re.compile(r"[a-z](?:Send feedback|Privacy|Terms|Cookies)")
# (fixes75) "experience of rural" (from "experience of rural or multi-parish ministry"),
# "experience of working with": a wrapper whose object is cut to a bare adjective or ends
# at a preposition names no skill.
_CUT_OBJECT = re.compile(r"(?i:experience|knowledge|understanding|awareness)\s+(?:of|in|with)\s+"
                         r"(?:[a-z]+(?:[^a\W]al|[^a\W]ic|ive|ous|ary|ful|ern)|working|"
                         r"(?:\w+\s+){0,2}(?:with|of|in|for|to|on|at|from|by))")


def _apprentice_of(trade: str, rung: str) -> bool:
    """``rung`` names ``trade``'s apprentice or trainee rung ("Plumber's Apprentice",
    "Apprentice Plumber", "Trainee Plumber").

    >>> _apprentice_of("Glazier", "Glazier's Apprentice"), _apprentice_of("Glazier", "Glazier")
    (True, False)
    """
    own, other = trade.lower().strip(), rung.lower().strip().replace("’", "'")
    return other in {f"{own}'s {learner}" for learner in _RUNG_LEARNERS} | {
        f"{learner} {own}" for learner in _RUNG_LEARNERS} | {f"{own} apprentice"}


# A body's name: a union, a guild, a society ("International Brotherhood of Electrical
# Workers", "Guild of Master Craftsmen"): its members' trade word makes it no title.
# (real27) A word that points at a list, no sector of its own ("in the following
# industries: A; B", "the above sectors").
_POINTERS = frozenset({"following", "the following", "above", "the above", "below",
                       "the below", "these", "those", "such"})
# (real27) A job board's count after a name it lists ("Barchester Healthcare (445 jobs)",
# "Leeds (15 vacancies)"): how many posts the board holds, no part of the name.
_POST_COUNT = re.compile(r"\s*\(\s*\d[\d,]*\+?\s+(?:(?:open|live|new)\s+)?(?:jobs?|vacanc(?:y|ies)|"
                         r"openings?|posts?|positions?|listings?|roles?)\s*\)$", re.IGNORECASE)
# (real27) A template's blank for its reader to fill ("[Company Name]", "{Employer}",
# "<Company>"): a slot, no name.
_TEMPLATE_SLOT = re.compile(r"\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>")
_BODY_NAME = re.compile(r"^(?:(?:The|International|National|United|Royal|American|British|"
                        r"Canadian|Australian|Irish|Indian|Scottish|Examining|Awarding)\s+)*"
                        r"(?:Brotherhood|Sisterhood|Union|Association|Federation|Guild|Society|"
                        # (real46) "National Examining Board for Dental Nurses (NEBDN)" under
                        # a "Getting On" heading: an examining body, no next job
                        r"Institute|Council|Confederation|League|Board)\s+(?:of|for)\b")
_RUNG_LEARNERS = ("apprentice", "trainee")  # the learner words of a trade's lowest rung
# A credential's name as a whole rung ("Certificate IV in Fitness", "Diploma of Nursing",
# "Bachelor of Laws"): a level list of a qualification framework names no job.
_CREDENTIAL_RUNG = re.compile(
    r"^(?:(?:Advanced|Graduate|Associate|Higher|National|Postgraduate)\s+)?"
    r"(?:(?:Certificate|Diploma|Degree|Licen[cs]e)(?:\s+[IVX]{1,4}|\s+\d)?(?:\s+(?:of|in)\s+\S.*)?"
    r"|(?:Bachelor|Master|Doctor)(?:'s)?\s+(?:of|in)\s+\S.*)$")  # ("Master Electrician": a job)
# Words a sentence puts before a title that no title opens with ("maybe a driver manager
# after that", "or became site managers", "is graduate surveyor"): the phrase is no title.
# (rules38c) "Several supervisors have gone on to become X": a plural rung word, its holders'
# step up (``_rungs_gone_on``).
# (fresh59) A list item's marks before its title, and the head count in brackets after it
# ("• Lead X (6)": how many past holders are in that post now).
_ITEM_MARKS = re.compile(r"^[\s•·*+>▪◦‣–—-]+")
_ITEM_COUNT = re.compile(r"\s*\(\d{1,4}\)\s*$")
_RUNG_GONE_ON = re.compile(
    r"\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Aa] few|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Ss]ix|[Ee]ight)\s+(?:of\s+(?:our|the|its)\s+)?(?P<noun>[a-z]{3,}s)\s+(?:have\s+|"
    r"has\s+)?(?:gone|went)\s+on\s+to\s+(?:become|be|lead)\s+(?:an?\s+|the\s+)?"
    r"(?P<target>[A-Z][^.;:,()]*)")
_NO_TITLE_OPENERS = frozenset({"maybe", "perhaps", "possibly", "probably", "became", "become",
                               "becomes", "becoming", "is", "was", "were", "are", "be",
                               "eventually", "then", "later", "also", "even", "finally"})


# A function word alone, a list's label ("Route 3: Lateral Entry" / "For:" / "- Navy …").
_LONE_WORDS = frozenset({"for", "from", "to", "with", "by", "via", "and", "or", "of", "as",
                         "in", "into", "on", "at", "the", "a", "an"})


_SKILL_SCOPES = {kind: f"skill:{kind.value}" for kind in SkillKind}
# A name read both as a technical skill and as a tool is one skill: a tool (the named product
# is the better type), listed once ("software such as AutoCAD" read by two readers).
_TYPED_TWICE = {SkillKind.TOOL: SkillKind.TECHNICAL, SkillKind.TECHNICAL: SkillKind.TOOL}
# The opener of a skill named with its qualifier ("Knowledge of hand stitches").
_KNOWLEDGE_OF = re.compile(r"knowledge of\s+(?=\S)", re.IGNORECASE)
# A long form with its own short form in a bracket ("good documentation practices (GDP)").
# (rules50c) A short form, maybe a kind word after it, and its long form in lower case in
# brackets after ("LLOP licence (low-level order picker truck)").
_GLOSSED = re.compile(r"^([A-Z]{2,6})(\s+[a-z]{3,12})?\s*\(([a-z][a-z -]{3,60})\)$")


def _spells(short: str, gloss: str) -> bool:
    """Whether ``gloss`` (its last word, the kind of thing, left out or not) spells
    ``short``: "low-level order picker truck" spells "LLOP"."""
    words = gloss.replace("-", " ").split()
    return is_acronym_of(short, words) or (len(words) > 1 and is_acronym_of(short, words[:-1]))


_SPELT = re.compile(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})\)$")
# (fixes97) A system known by its short form ("knowledge of the HACCP system": the skill is
# "HACCP").
_SYSTEM_KNOWN = re.compile(r"(?i:(?:(?:good|basic|working|sound)\s+)?knowledge\s+of\s+"
                           r"(?:the\s+)?)([A-Z][A-Z0-9]{1,5})(?i:\s+system)")


def _fact_text(text: str) -> str:
    """Fact text: control characters blanked, whitespace collapsed."""
    # Printable text holds no control character (the common case: no regex pass).
    return clean(text if text.isprintable() else _CONTROL.sub(" ", text))


def fact_key(text: str) -> str:
    """Comparison key: case and punctuation ignored, "+", "#" and a leading "." kept.

    >>> fact_key("E-commerce") == fact_key("eCommerce"), fact_key("C++") == fact_key("C#")
    (True, False)
    """
    return name_key(text)


# A list's lead-in fused with its first item ("College courses include ecology"): the item
# is the words after it.
_COURSES_INCLUDE = re.compile(r"^(?:[A-Za-z-]+\s+){0,2}(?:courses|subjects|topics|modules|classes|"
                              r"units)\s+(?:include|includes|cover|covers)\s+(?=\S)",
                              re.IGNORECASE)


def trait(text: str) -> bool:
    """Whether ``text`` is wholly a personal quality of the bundled gazetteer (its soft
    skills and its ``traits``), an article or "good"/"great" before it allowed.

    >>> trait("Calmness"), trait("a sense of humour"), trait("Patience"), trait("Welding")
    (True, True, True, False)
    >>> trait("calmness when handling animals")
    False
    """
    return _TRAIT_LEAD.sub("", text.strip(" .;,").lower()) in _traits()


_TRAIT_LEAD = re.compile(r"^(?:an? |good |great )+")


def _head(name: str) -> str:
    """A job name's head word, lower case and singular: its last word, or the word before
    "of".

    >>> _head("Bee Inspectors"), _head("Director of Compiler Platform"), _head("Glass")
    ('inspector', 'director', 'glass')
    """
    words = name.rstrip(" .").lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _singular_word(word: str) -> str:
    """One lower-case job word in the singular ("foremen", "planners", "nurses").

    >>> _singular_word("foremen"), _singular_word("planners"), _singular_word("glass")
    ('foreman', 'planner', 'glass')
    """
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1)
def _name_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Word endings of an activity or a field ("nutrition", "management") and of a person's
    noun ("inspector", "technician"): ``course.activity_endings`` and
    ``course.person_endings``."""
    course = bundled_section("course")
    return (tuple(str(w).lower() for w in course.get("activity_endings") or ()),
            tuple(str(w).lower() for w in course.get("person_endings") or ()))


@lru_cache(maxsize=1)
def _traits() -> frozenset[str]:
    names = load_lexicon().gazetteer
    return frozenset(n.lower() for n in (*names.skills.get("soft", ()), *names.traits))


# (real56) The full stop a list's last item ends with ("• massage" / "• hydrotherapy."): a word
# of three small letters or more, no other stop in the text (an abbreviation, "approx.",
# "etc.", or a name's dots, "B.Sc.", keep theirs).
_LIST_STOP = re.compile(r"^(?![^.]*\b(?:etc|approx|incl|misc|dept)\.$)[^.]*[a-z]{3}\.$")


@lru_cache(maxsize=1 << 14)  # skill lines repeat across a corpus's guides (~4 times)
def _skill_name(text: str) -> tuple[str, str | None]:
    """A skill's text as a guide keeps it ("SAP an advantage" -> "SAP") and its key; the
    key is None when the text names no skill (no letter: "Skill Level: 3"; a training
    activity: "ICU shadowing")."""
    # (a table row's cell read with its bar: "refueler trucks |")
    text = without_trailers(_COURSES_INCLUDE.sub("", " ".join(text.split()).strip(" |")))
    text = without_ratings(text) if text.endswith(")") else text  # "SQL (Required)": SQL
    if text.endswith(".") and _LIST_STOP.search(text):
        text = text[:-1]  # (real56) a list's last bullet with its full stop ("• hydrotherapy.")
    if text[:1] in "aAt" and (named := _ARTICLE_NAME.match(text)) is not None:
        text = text[named.end():]  # ("a CSCS card": the card's name, no article)
    if not any(c.isalpha() for c in text) or training_activity(text) or clothing(text) or (
            paperwork(text)) or entrance_exam(text) or site_link(text):
        return text, None  # ("EMS ride-alongs": what a programme does, no skill; "black
        # shirt": what a worker wears; "W-4": a form a starter fills in; "GATE score": a
        # test passed to get in; prec15: "Log out", "Tags": a site's links)
    if text[-1:] in "sySe)" and _PAY_LABEL.search(text):
        return text, None  # (prec15) "Trainee Salary (Year 4)": a pay list's label
    if text.count("(") != text.count(")") or _ROUTE_NAME.search(text) or (
            _TIME_CLAUSE.match(text)) or text.lower() in _BARE_CAPACITIES or (
            text.startswith("then ")):
        return text, None  # (real27: "specific field)", a bracket's cut-off end; "General
        # Nursing Programme", a route of study; "After becoming a registered nurse", when;
        # real30: "ability" alone, "then transition")
    return text, name_key(text)


# An indefinite article before a name ("a CSCS card", "an Acme Forklift permit"): the name is
# the skill; a name's capitals follow (an acronym or two capitalised words; never "A Level").
# (prec12) A lower-case "the" before any capital ("handling of the McLeod", "the GPS", "the
# Pulaski"): an item cut from a sentence keeps its article, the name is the skill ("The R
# Project …" is a title: capital T).
_ARTICLE_NAME = re.compile(r"^(?:(?:a|an|A|An)\s+(?!Levels?\b)"
                           r"(?=[A-Z][\w&+-]*[A-Z]|[A-Z][a-z]+\s+[A-Z])|the\s+(?=[A-Z]))")
# (prec15) A pay list's label read as an item ("- Trainee Salary (Year 4): ~€1,214 Gross",
# "Starting Salary (Full Time)"): a name ending on salary or wage (a bracketed note after
# it) names what is paid, no skill ("Salary negotiation", "wage calculation" stay).
_PAY_LABEL = re.compile(r"\b(?i:salary|salaries|wage|wages)(?:\s*\([^()]{1,30}\))?$")
# (real30) A capacity with its object cut off ("and an ability to drive sales": "ability"),
# a next step's adverb ("…, then transition to a full-time role"): no skill named.
_BARE_CAPACITIES = frozenset({"ability", "abilities", "capacity", "capability", "willingness",
                              "aptitude", "knack", "desire", "eagerness"})
# (real27) A named programme of study or training ("General Nursing Programme", "Bachelor
# of Nursing Science Program"): a route into the job, no skill.
_ROUTE_NAME = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|in|and|for|&))*"
                         r"\s+(?:Programme|Program)$")
# (real27) A clause of time before a list's items ("After becoming a registered nurse, …"):
# when, no skill.
_TIME_CLAUSE = re.compile(r"^(?i:after|before|once|upon|when|while|until)\s+[a-z]+ing\b")


def _translated_half(text: str) -> str:
    """A name printed in the page's own language and as a translator renders it ("tolómérő /
    caliper"): the translated half, in ASCII letters; any other name as it is.

    >>> _translated_half("tolómérő / caliper"), _translated_half("CAD / CAM")
    ('caliper', 'CAD / CAM')
    """
    halves = text.split(" / ")
    if len(halves) != 2 or halves[0].isascii() == halves[1].isascii():
        return text
    english = halves[0] if halves[0].isascii() else halves[1]
    return english.strip() if any(c.isalpha() for c in english) else text


_TEXT_LAYOUTS = frozenset({Layout.CARD, Layout.LONGFORM})


def _has_latin(text: str) -> bool:
    """True when ``text`` has a letter of the Latin script (accented ones too).

    >>> [_has_latin(t) for t in ("Técnico", "ισοζύγια", "ΚΦΕ/ΦΠΑ", "Kỹ sư", "日本語")]
    [True, False, False, True, False]
    """
    return any(char.isalpha() and (char < "\u0250" or "\u1e00" <= char <= "\u1eff")
               for char in text)


# (rules51c) A pointer to a kind of system by its acronym ("a similar TMS", "comparable ERP"):
# the acronym, as `skill_cues` reads the pointer inside a list's item.
_SIMILAR_KIND = re.compile(r"(?i:(?:an?\s+)?(?:similar|equivalent|comparable))\s+([A-Z]{2,6})s?")


# (real53) An occupation explorer's count of the skills it lists ("4 skills", "0 skills
# selected"), printed under its group labels: no skill.
_SKILL_COUNT = re.compile(r"\d{1,3}\s+(?:skills?|competences?|competencies)(?:\s+selected)?",
                          re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # (speed23) skill texts repeat across a corpus's guides
def _skill_text(raw: str) -> tuple[str, str | None, tuple[str, ...], bool]:
    """What :meth:`GuideBuilder.skill` makes of a skill's text by its words alone, worked out
    once a text: ``(text, key, languages, named)``.  ``text`` is the skill's text as a guide
    keeps it and ``key`` its key, None when the text names no skill whatever follows it;
    ``languages``, when the text is a run of two or more languages (each a skill then, read
    again); ``named``, False when the text names no skill once it is no run of languages."""
    text = _translated_half(raw) if " / " in raw else raw  # (rules41a) "tolómérő / caliper"
    if text[:1] in "sSaAeEcC" and (pointer := _SIMILAR_KIND.fullmatch(text)) is not None:
        text = pointer.group(1)  # (rules51c) "Kyriba or a similar TMS" cut at its "or": the
        # pointer names the kind of system, its acronym the skill ("similar TMS": "TMS")
    if " of " in text[:24]:
        text = _quantity_lead().sub("", text)  # (fixes87) "range of hand tools": "hand tools"
    text, key = _skill_name(text)
    if key is None or text.endswith("?") or (
            text[-1:].isdigit() and (not uncoded(text) or code_line(text))):
        return text, None, (), False  # "Skill Level: 3": a number names no skill; "Why X?"
        # asks; an occupation code alone ("CNP 71501", "ROME code: K2204") names none
    if text[:2] in ("a ", "an") and standing(text):
        return text, None, (), False  # (fixes81) "- a full licence holder": what one is
    if text in _LIST_CLOSERS or _EMPTY_MARK.fullmatch(text) or _stand_ins().fullmatch(text) or (
            text[:1] in "aAoOwWsSvV" and language_stand_in(text)):
        return text, None, (), False  # ("… in addition to English", "or a related field":
        # no skill; (rules43c) "another Scandinavian language", "written and oral": none)
    if text.endswith(" based") and text.count(" ") >= _CUT_BASED_SPACES:
        return text, None, (), False  # (real44) "changing what is done based" of "… based
        # on other people's actions": a clause cut before its "on", no skill
    if len(text) < _LONE_SPAN and text.lower() in _lone_generic():
        return text, None, (), False  # (fixes99) "techniques" of "specialized tools and
        # techniques", "costs" of "transport methods, costs and benefits": no skill alone
    if len(text) < _SCALE_SPAN and text.lower() in _scale_words():
        return text, None, (), False  # (rules44a) "Proficient", "Developing": a rating word
    if len(text) < 60 and _work_times().fullmatch(text):
        return text, None, (), False  # (real39) "evenings", "weekends and public holidays"
    if text[:1].isdigit() and _SKILL_COUNT.fullmatch(text):
        return text, None, (), False  # (real53) an occupation explorer's "4 skills",
        # "0 skills selected": a count of the skills it lists, no skill
    spoken = spoken_languages(text) if " " in text else []
    if spoken and spoken != [text]:
        return text, key, tuple(spoken), True
    named = not (
        _praised_skills().fullmatch(text)  # ("You will learn valuable skills": praise)
        or ("." in text and _GLUED_STOP.search(text))  # ("Primavera.Team Management")
        or _GLUED_FOOTER.search(text)
        or (text[:1] in "eEkKuUaA" and _CUT_OBJECT.fullmatch(text))
        # (rules41c) "HNC/HND", "degree in a biological science": a qualification asked
        # for (optional), no skill
        or (text[:1] in _DEGREE_INITIALS and _DEGREE_ITEM.match(text)))
    return text, key, (), named


# (carry49) a place after a kind of firm ("insurance brokers outside London", "retailers
# across Europe"): where the firms are, cut from the sector
_SECTOR_PLACE = re.compile(r"\s+(?:based\s+)?(?:outside|across|throughout)\s+(?:the\s+)?"
                           r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$")
# ... unless the words before it name no kind ("employers across Financial Services": the
# sector is after the preposition, read as it was)
_ANY_FIRMS = frozenset({"employers", "companies", "firms", "businesses", "organisations",
                        "organizations", "clients", "jobs", "roles", "openings"})


@lru_cache(maxsize=1 << 15)  # (speed23) names repeat across a corpus's guides
def _added_text(bucket: Bucket, raw: str) -> tuple[str, str | None, tuple[str, ...]]:
    """What :meth:`GuideBuilder.add` makes of a fact's text for ``bucket`` by its words
    alone, worked out once a text: ``(checked, text, bodies)``.  ``text`` is the fact's text
    as the guide keeps it, None when it names no fact of the bucket; ``checked``, the text a
    sector's script is told by (before a board's count is cut); ``bodies``, two employers
    joined by "and" (each added on its own)."""
    text = " ".join((raw if raw.isprintable() else _CONTROL.sub(" ", raw)).split())
    if not text or (bucket in _MOVE_BUCKETS and text.split(" ", 1)[0].lower()
                    in _NO_TITLE_OPENERS):
        return text, None, ()  # ("Maybe A Driver Manager": a sentence's hedge with a title)
    if bucket in _MOVE_BUCKETS and text.lower() in _LONE_WORDS:
        return text, None, ()  # (real42) "For:" over a lateral entry's list: a label
    if bucket in _MOVE_BUCKETS and text[:1] in "PpMm" and (
            cue := _move_opener().match(text)) is not None and cue.end() < len(text):
        text = text[cue.end():]  # (rules44a) "Promotion to Senior X is …": the title X
        # ((fresh55) and "Moving to Senior X is through …")
    if bucket in _NAME_BUCKETS and ("?" in text or _PRICED.search(text)):
        return text, None, ()
    if bucket in _NAME_BUCKETS and len(text) == 1:
        return text, None, ()  # (carry51) a form's yes/no box, "H-1B dependent employer: N"
    if bucket == "sectors" and text.lower() in word_lists("languages").get("names", ()):
        return text, None, ()  # (rules44a) "the UK and Norwegian sectors of the North Sea"
    if bucket == "sectors" and text.lower() in _POINTERS:
        return text, None, ()  # ("employed in the following industries: …": the pointer)
    checked = text
    if bucket == "sectors" and (placed := _SECTOR_PLACE.search(text)) is not None and (
            placed.start() > 0) and text[:placed.start()].lower() not in _ANY_FIRMS:
        text = text[:placed.start()]  # (carry49) "insurance brokers outside London": the
        # kind of firm; where the peer group's firms are is no sector
    if bucket in _NAME_BUCKETS and text.endswith(")") and (
            counted := _POST_COUNT.search(text)):
        text = text[:counted.start()]  # ("Agincare (109 jobs)": the board's count)
    if not text or (text[0] in "[{<" and _TEMPLATE_SLOT.fullmatch(text)):
        return checked, None, ()  # ("[Company Name]": a template's blank, no name)
    if (bucket in _NAME_BUCKETS or bucket in _MOVE_BUCKETS) and "." in text and (
            _GLUED_STOP.search(text)):
        return checked, None, ()  # ("Primavera.Team Management": two sentences glued)
    if bucket in _MOVE_BUCKETS and _BODY_NAME.match(text):
        return checked, None, ()  # ("The International Brotherhood of X Workers": a union)
    if bucket == "employers" and _FORMS_ONLY.fullmatch(text):
        return checked, None, ()  # ("Co., Ltd" of ", , Co., Ltd.,": a name's legal form)
    if bucket == "employers" and _site_address().fullmatch(text):
        return checked, None, ()  # ("jobsite.example" of a brochure's footer)
    if bucket == "employers" and " and " in text and (bodies := joined_bodies(text)):
        return checked, text, tuple(bodies)
    return checked, text, ()


class GuideBuilder:
    """Mutable collector for one guide; :meth:`build` returns the immutable result."""

    def __init__(self, file: str, layout: Layout) -> None:
        self.file = file
        self.layout = layout
        self.role: Fact | None = None
        self.role_signal: str | None = None
        self.summary: Fact | None = None
        #: A summary paragraph opened with a marketing hook: the page speaks in its own voice
        #: ("we surveyed …"), which later paragraphs' first-person sentences keep.
        self.hooked = False
        self.growth_trend: Fact | None = None
        self.lists: dict[Bucket, list[Fact]] = {bucket: [] for bucket in _BUCKETS}
        self.skills: list[SkillFact] = []
        self.progressions: list[list[Fact]] = []
        self.salaries: list[SalaryRange] = []
        self.problems: list[Problem] = []
        self._keys: defaultdict[str, set[str]] = defaultdict(set)
        # short forms a skill read with its long form spells ("GDP" of "good documentation
        # practices (GDP)"): the same skill, whichever kind a reader gives the bare one
        self._short_forms: set[str] = set()
        self._own_grades: set[str] = set()  # grade words naming the role itself (own_grade)
        self._content: dict[int, str] = {}  # as given: cleaned when reported unused
        self._used: set[int] = set()
        self._sources: dict[int, Source] = {}
        # (prec15) papers to show named on a line ("contract letter", "proof of address"):
        # the line's count, for :meth:`_papers_lines`
        self._papers: defaultdict[int, int] = defaultdict(int)
        #: (rules50c) keys of titles read from a list of related jobs, which says no way
        #: (:meth:`unsided_move`, :meth:`_unsided_moves_in`)
        self._unsided: set[str] = set()
        #: (carry51) the role at the grade its page's job-title field prints ("Controls
        #: Engineer II"): a ladder's rung of that name is the role itself
        self.role_grade: str | None = None

    # -- provenance --------------------------------------------------------------------------
    def source(self, line: int) -> Source:
        # Sources are immutable: facts read from one line share one (fewer objects to build,
        # pickle and keep).
        found = self._sources.get(line)
        if found is None:
            found = self._sources[line] = (
                trusted.source_as_is(self.file, line)
                if type(line) is int and line >= 1 and type(self.file) is str
                else trusted.source(self.file, line))  # validated: the check's error
        return found

    def fact(self, text: str, line: int) -> Fact | None:
        """A cleaned :class:`Fact` (control characters blanked), or None for empty text."""
        text = _fact_text(text)
        return trusted.fact(text, self.source(line)) if text else None

    def _untranslated(self, text: str) -> bool:
        """True for a name with no Latin letter on a text page written in Latin script (its
        role is): the source text a translator left, "trial balances (ισοζύγια)", "the
        ΚΦΕ/ΦΠΑ", "aluminium sectors (القطاعات)" — no skill or sector of its own."""
        return (self.layout in _TEXT_LAYOUTS and self.role is not None
                and not _has_latin(text) and _has_latin(self.role.text))

    def content(self, line: int, text: str) -> None:
        """Declare ``line`` a content line (counted by coverage)."""
        self._content.setdefault(line, text)

    def use(self, line: int) -> None:
        """Mark ``line`` as having produced a fact."""
        self._used.add(line)

    def warn(self, line: int, message: str) -> None:
        self.problems.append(trusted.problem(self.file, max(1, line), message, Severity.WARNING))

    # -- facts -------------------------------------------------------------------------------
    def set_role(self, text: str, line: int, *, signal: str | None = None,
                 used: bool = True) -> None:
        """The guide's role; ``signal`` says what named it (``title_line``, ``definition``…);
        ``used=False`` when the line does not state it (a file-name fallback)."""
        self.role = self.fact(text, line)
        self.role_signal = signal
        if used:
            self.use(line)

    def set_summary(self, text: str, line: int) -> None:
        # (a paragraph of hooks only describes nothing: the next one may)
        if self.summary is None:
            head = self.role.text.rsplit(" ", 1)[-1] if self.role is not None else ""
            described = without_hooks(text, head, hooked=self.hooked)
            self.hooked = self.hooked or described != text
            if described:
                self.summary = self.fact(described, line)
        self.use(line)

    def set_growth_trend(self, text: str, line: int) -> None:
        if self.growth_trend is None:
            self.growth_trend = self.fact(text, line)
        self.use(line)

    def add(self, bucket: Bucket, text: str, line: int) -> bool:
        """Append a fact to ``bucket`` unless already there; True if added."""
        # Every fact of a guide comes through here or skill(): _fact_text(), the key check
        # (name_key: fact_key's rule) and source() are written out in both.
        checked, added, bodies = _added_text(bucket, text)
        if added is None or (bucket == "sectors" and not checked.isascii() and (
                self._untranslated(checked))):
            return False  # (see _added_text; a sector in a script the role is not written in)
        if bodies:  # (carry44) "X Academy and Y Learning Trust": two employers, never one
            return any([self.add(bucket, body, line) for body in bodies])
        text = added
        self._used.add(line)
        if bucket in _MOVE_BUCKETS and self._credential_less(text):
            return False  # ("become registered as a pharmacist" on the Licensed Pharmacist's
            # page: the same job, no move)
        if bucket == "leads_to" and self._below_role(text):
            bucket = "moves_in"  # ("start as a bartender, then become an assistant X": a rung
            # below X on the way in, not a move up from it)
        key = name_key(text)
        seen = self._keys[bucket]
        if not key or key in seen:
            return False  # a repeat: no Fact to build
        seen.add(key)
        # (text: a non-empty str; the source: a Source, so the fact needs no check)
        self.lists[bucket].append(trusted.fact_as_is(text, self._sources.get(line)
                                                     or self.source(line)))
        return True

    def unsided_move(self, text: str) -> None:
        """(rules50c) Mark a title read as a move across from a list of related jobs
        ("Related job descriptions" / "Banquet Server"): such a list says no way, so a title
        the page also names as a way in is that move in alone (:meth:`_unsided_moves_in`)."""
        self._unsided.add(name_key(text))

    def _unsided_moves_in(self) -> None:
        """Drop a move across read only from a list of related jobs whose title is a move in
        too ("Most captains are promoted from banquet server" above "Related job descriptions"
        / "Banquet Server"): the page says which way that move goes."""
        both = self._unsided & self._keys["moves_in"]
        if both:
            self.lists["transitions_to"] = [fact for fact in self.lists["transitions_to"]
                                            if name_key(fact.text) not in both]

    def _credential_less(self, title: str) -> bool:
        """Is ``title`` the guide's role without the credential word it opens with ("Pharmacist"
        on the Licensed Pharmacist's page)?"""
        role = self.role.text.lower() if self.role is not None else ""
        first, _, rest = role.partition(" ")
        return first in _CREDENTIAL_WORDS and rest == title.lower()

    def _below_role(self, title: str) -> bool:
        """Is ``title`` the guide's role under a word that puts it below ("Assistant X",
        "Trainee X")?"""
        first, _, rest = title.partition(" ")
        role = self.role.text.lower() if self.role is not None else ""
        # (the role's head noun will do: "assistant keeper" on the Lighthouse Keeper's page;
        # a role named with the word itself is below it: the Sub-Assistant Engineer's
        # "Assistant Engineer" is a step up)
        return (first.lower() in _BELOW_WORDS and bool(rest) and first.lower() not in role
                and f" {role}".endswith(f" {rest.lower()}"))

    def skill(self, text: str, kind: SkillKind, line: int) -> bool:
        """Add a skill of ``kind`` unless the guide already has it with that kind."""
        glossed = _GLOSSED.match(text) if text.endswith(")") else None
        if glossed is not None and _spells(glossed.group(1), glossed.group(3)):
            # (rules50c) "LLOP licence (low-level order picker truck)": the bracket spells
            # out the short form, the skill is named without it
            return self.skill(f"{glossed.group(1)}{glossed.group(2) or ''}", kind, line)
        system = _SYSTEM_KNOWN.fullmatch(text) if text[:1] in "BGKSWbgksw" else None
        if system is not None:  # (fixes97) "knowledge of the HACCP system": "HACCP"
            return self.skill(system.group(1), kind, line)
        text, key, spoken, named = _skill_text(text)
        if key is None and paperwork(text):
            self._papers[line] += 1  # (prec15) counted: a line of papers (_papers_lines)
            return False
        if key is None or (not text.isascii() and self._untranslated(text)):
            return False  # (see _skill_text; "ισοζύγια" on a page in Latin script: no skill)
        if spoken:  # (rules42a) "Arabic or Russian", "good Finnish": each language
            return any([self.skill(name, kind, line) for name in spoken])
        if not named:
            return False
        if kind is SkillKind.TECHNICAL and trait(text):
            kind = SkillKind.SOFT  # ("Calmness" in a skills list: a personal quality)
        self._used.add(line)
        seen = self._keys[_SKILL_SCOPES[kind]]
        if not key or key in seen or key in self._short_forms:
            return False
        if (kind in _TYPED_TWICE and key in self._keys[_SKILL_SCOPES[_TYPED_TWICE[kind]]]
                and (at := self._typed_at(key, _TYPED_TWICE[kind])) is not None):
            seen.add(key)
            if kind is not SkillKind.TOOL:
                return False
            fact = self.skills[at]
            self.skills[at] = trusted.skill_as_is(fact.text, fact.source, kind)
            return True
        spelt = _SPELT.match(text) if text.endswith(")") else None
        if spelt is not None and is_acronym_of(spelt.group(2), spelt.group(1).split()):
            self._short_forms.add(name_key(spelt.group(2)))
        # "Knowledge of X" and "X" read from one line twice are one skill: the first stays
        opener = _KNOWLEDGE_OF.match(text) if text[:1] in "Kk" else None
        core = name_key(text[opener.end():]) if opener is not None else key
        if text.endswith(" language") and spoken_languages(text[:-9]) == [text[:-9]]:
            core = name_key(text[:-9])  # (rules48a) "Latvian language" and "Latvian": one
        turned = _TURNED.match(text)
        if turned is not None:  # (rules50c) "planning rotas" beside "rota planning": one
            core = name_key(f"{turned.group(2)} {turned.group(1)}")
        if core in seen:
            return False
        seen.update((key, core))
        where = self._sources.get(line) or self.source(line)
        self.skills.append(trusted.skill_as_is(text, where, kind) if type(kind) is SkillKind
                           else trusted.skill_fact(text, where, kind))
        return True

    def _typed_at(self, key: str, kind: SkillKind) -> int | None:
        """Where the skill named ``key`` of ``kind`` is in the list, if it is there by name."""
        return next((i for i, fact in enumerate(self.skills)
                     if fact.kind is kind and name_key(fact.text) == key), None)

    def has_skill(self, text: str) -> bool:
        """Whether the guide already has this skill, of any kind."""
        key = name_key(text)
        return any(key in self._keys.get(scope, ()) for scope in _SKILL_SCOPES.values())

    def progression(self, chain: list[tuple[str, int]]) -> None:
        # ("The usual ladder is graduate surveyor → …": the verb before the first rung goes)
        chain = [(text.split(" ", 1)[1] if " " in text and text.split(" ", 1)[0].lower()
                  in _NO_TITLE_OPENERS else text, line) for text, line in chain]
        if self.role_grade is not None and self.role is not None:
            graded = self.role_grade.lower()
            # ((rules59b) the post's other classes in the same numbering, "X 1 → X 2 → X 3 →
            # Y" where the form gives the post as "X 2": the role at each, one rung)
            chain = [(self.role.text if text.strip().lower() == graded or self._own_class(
                text) else text, line) for text, line in chain]
        # (a credential rung goes: the chain's jobs still follow one another)
        chain = [(text, line) for text, line in chain if not _CREDENTIAL_RUNG.match(text.strip())]
        if any(_apprentice_of(a, b) for (a, _), (b, _) in itertools.pairwise(chain)):
            chain = chain[::-1]  # printed top first: an apprentice rung is below its trade
        if self.role is not None and len(chain) >= 2 and chain[0][0].strip().lower() in (
                _RUNG_LEARNERS) and chain[1][0].strip().lower() == self.role.text.lower():
            # (rules35d) "Path: Apprentice → Arborist → …": a bare learner's word below the
            # role is the role's own learner rung ("Apprentice Arborist")
            chain = [(f"{chain[0][0].strip()} {self.role.text}", chain[0][1]), *chain[1:]]
        if self.role is not None and len(chain) >= _WHOLE_LADDER and (
                " " in self.role.text.strip()) and (
                chain[0][0].strip().lower() == self.role.text.split()[-1].lower()) and not any(
                text.strip().lower() == self.role.text.lower() for text, _ in chain):
            # (rules44b) "Teacher → Senior Teacher → …" on the Preschool Teacher's page: the
            # role's head noun alone at the foot of its own ladder is the role (each time it
            # is printed: "Therapist (A) → Therapist (B) → Senior …" is one rung); a ladder
            # printed whole, three rungs or more (boxes read in pairs keep their words)
            head = chain[0][0].strip().lower()
            chain = [(self.role.text if text.strip().lower() == head else text, line)
                     for text, line in chain]
        facts = [f for f in (self.fact(text, line) for text, line in chain) if f is not None]
        # (carry38) one title repeated down a column ("1 | A. Name | Senior X, Town" and the
        # next rows of a posting list) is one rung, no step
        facts = [f for i, f in enumerate(facts)
                 if not i or f.text.lower() != facts[i - 1].text.lower()]
        if len(facts) >= 2 and [f.text for f in facts] not in (
                [f.text for f in chain] for chain in self.progressions):
            # (one ladder once: a table two readers take gives it twice)
            self.progressions.append(facts)
            for fact in facts:
                self.use(fact.source.line)

    def salary(self, salary: SalaryRange) -> None:
        if below_floor(salary, self._content.get(salary.source.line, "")):
            # ("$2 an hour": a tip or a premium, no one's wage)
            top = salary.max if salary.max is not None else salary.min
            self.warn(salary.source.line, f"figure too small to be pay per {salary.period}, "
                      f"not read: {top} {salary.currency}")
            return
        if salary.role is not None and _POSITION_CODE.match(salary.role):
            # "K-2 Hydrologist  PHP 230,000": a team list's position code, no word of the title
            salary = salary.model_copy(update={"role": _POSITION_CODE.sub("", salary.role)})
        grade = _GRADE_BEFORE.match(salary.role) if salary.role is not None else None
        if grade is not None and salary.role is not None:
            salary = salary.model_copy(update={"role": salary.role[grade.end():],
                                               "level": salary.level or grade.group().strip()})
        if salary.role is not None and ")" in salary.role and _AGE_BRACKET.search(salary.role):
            salary = salary.model_copy(update={"role": _AGE_BRACKET.sub("", salary.role)})
        if salary.role is not None and _TENURE.match(salary.role):
            salary = salary.model_copy(update={"role": _TENURE.sub("", salary.role)})
        if salary.role is not None and _learner_only(salary.role):
            # "University interns are paid …": a learner names the role at its learner level
            salary = salary.model_copy(update={"role": None, "level": salary.role})
        self.salaries.append(salary)
        self.use(salary.source.line)

    def own_grade(self, word: str) -> None:
        """Note a grade word that names the role itself at its last grade ("Consultant" on a
        medical training page): a move to "<grade> <role>" is no move (see :meth:`build`)."""
        self._own_grades.add(word.lower())

    def _stage_owners(self) -> None:
        """(carry38) A figure owned by one stage word that the page's ladder puts before the
        role ("| Apprentice | £9.10 to £11.80 per hour |" under "Apprentice Cooper › Journeyman
        Cooper › Master Cooper"): the role's own pay at that stage, no owner of its own."""
        if self.role is None or not self.progressions:
            return
        role = self.role.text.lower()
        stages = {fact.text.lower()[: -len(role)].strip() for chain in self.progressions
                  for fact in chain if fact.text.lower().endswith(f" {role}")}
        self.salaries = [salary.model_copy(update={"role": None, "level": salary.level or (
            salary.role)}) if salary.role is not None and " " not in salary.role.strip() and (
                salary.role.strip().lower() in stages) else salary for salary in self.salaries]

    def _spanned_grades(self) -> None:
        """(rules44a) A figure owned by an earlier training grade's doctor ("Foundation Year 1
        (FY1) | £…") on a page whose role spans that grade by its title ("Resident Doctor"):
        the role's own pay at that grade."""
        spanned = spanned_grades(self.role.text) if self.role is not None else frozenset()
        if spanned:
            self.salaries = [salary.model_copy(update={"role": None, "level": salary.level or (
                salary.role)}) if (salary.role or "").strip().lower() in spanned else salary
                for salary in self.salaries]

    def _unclosed_owners(self) -> None:
        """(rules44a) An owner cut inside its bracket ("Warehouse Associate II (WH-AS-02" of
        "… (WH-AS-02, Grade H11, $18.10 - $23.50)"): the title before the bracket, the
        bracket's code or grade no part of it."""
        for index, salary in enumerate(self.salaries):
            owner = salary.role or ""
            if "(" in owner and ")" not in owner[owner.rindex("("):] and (
                    head := owner[: owner.index("(")].strip()):
                self.salaries[index] = salary.model_copy(update={"role": head})

    def _owners_labels(self) -> None:
        """(fixes94) A figure another title owns, labelled with the page's own role (the
        page's title line standing as the heading of a sentence that names other titles:
        "Substitute teachers earn $150 per day" on the School Librarian's page): its owner's
        title labels it, as the role's card prints the label, never the page's role."""
        if self.role is None:
            return
        own = fact_key(self.role.text)
        self.salaries = [salary.model_copy(update={"label": salary.role}) if (
            salary.role is not None and salary.label is not None and fact_key(
                salary.label) == own and fact_key(salary.role) != own) else salary
            for salary in self.salaries]

    def _short_owners(self) -> None:
        """(rules42a) A figure owned by one head word ("Foremen earn 3 700 – 4 100 €/month")
        that ends exactly one title of the page's ladders and moves, a ladder's rung
        ("työnjohtaja (maintenance foreman)"): that rung's figure, the page's own name for it."""
        if self.role is None or not any(" " not in (s.role or " ").strip() for s in self.salaries):
            return
        titles = {fact.text for chain in self.progressions for fact in chain}
        own = self.role.text.lower()
        # (a title of the page's moves alone counts only as a rival: "went into producing"
        # is no "Overnight Producer" move's figure)
        rivals = {fact.text for bucket in _MOVE_ORDER for fact in self.lists[bucket]}
        for index, salary in enumerate(self.salaries):
            word = (salary.role or " ").strip()
            if " " in word or not word:
                continue
            head = _singular_word(word.lower())
            if any(_singular_word(title.strip().lower()) == head for title in titles | rivals):
                continue  # ("Foreperson" a title of its own beside "General Foreperson")
            named = {title for title in titles | rivals if " " in title.strip() and (
                title.lower() != own) and _singular_word(title.lower().split()[-1]) == head}
            printed = self._content.get(salary.source.line, "").lower()
            forms = {head, f"{head}s", f"{head[:-3]}men" if head.endswith("man") else head}
            if len(named) == 1 and named <= titles and any(
                    re.search(rf"\b{re.escape(form)}\b", printed) for form in forms):
                # (the owner as the line prints it: "went into producing" names no
                # "producer" of the ladder)
                self.salaries[index] = salary.model_copy(update={"role": named.pop()})

    def _initialled_own(self) -> None:
        """(fresh60) A figure owned by the role's initials with a class numeral ("SRE I (P1) |
        $63,700 | …" on the Site Reliability Engineer's page) or a seniority word ("Senior
        SRE"): the role's own at that class, as "Site Reliability Engineer II"'s is (set 4's
        "ATCO III" figures are the Air Traffic Controller's).  Ladders keep such rungs as
        printed: set 4's hand truth climbs "ATCO III → ATCO II → ATCO I"."""
        if self.role is None or len(words := self.role.text.split()) < 2 or not any(
                _INITIALLED.fullmatch((s.role or "").strip()) for s in self.salaries):
            return

        def own(text: str) -> bool:
            found = _INITIALLED.fullmatch(text.strip())
            return found is not None and is_acronym_of(found["initials"], words)

        self.salaries = [s.model_copy(update={"role": None}) if s.role and own(s.role) else s
                         for s in self.salaries]

    def _own_class(self, title: str) -> bool:
        """(rules59b) ``title`` is the role at another class of the series its own grade
        belongs to ("Tax Clerk 1" or "Tax Clerk 3" where a field gives the post as "Tax Clerk
        2"; Roman numerals with Roman ones): the role itself."""
        if self.role_grade is None or self.role is None:
            return False
        own, graded = self.role.text.lower(), self.role_grade.lower()
        series = _SERIES_RUNG.fullmatch(graded[len(own):]) if graded.startswith(own) else None
        text = title.strip().lower()
        other = _SERIES_RUNG.fullmatch(text[len(own):]) if text.startswith(own) else None
        return series is not None and other is not None and (
            bool(other["digit"]) == bool(series["digit"]))

    def _own_class_pay(self) -> None:
        """(rules59b) A figure owned by one of the role's own classes ("Tax Clerk 1 (band 4,
        $20 – $25/hr)" on a ladder): the role's own at that class."""
        if self.role_grade is None:
            return
        own = {(s.min, s.max, s.currency, s.period) for s in self.salaries if s.role is None}
        # (the ladder's figure read twice, once as the role's: once)
        self.salaries = [salary.model_copy(update={"role": None}) if salary.role is not None
                         and self._own_class(salary.role) else salary for salary in self.salaries
                         if salary.role is None or not self._own_class(salary.role) or (
                             salary.min, salary.max, salary.currency, salary.period) not in own]

    def _own_grade_moves(self) -> None:
        """Moves up or across to the role under one of its own grades left out."""
        if not self._own_grades or self.role is None:
            return
        own = {f"{grade} {self.role.text.lower()}" for grade in self._own_grades}
        for bucket in _MOVE_ORDER[:2]:  # (up and across)
            self.lists[bucket] = [f for f in self.lists[bucket] if f.text.lower() not in own]

    def _qualified_role_moves(self) -> None:
        """The role under a word saying it is fully trained ("Move up to full upholsterer",
        "become a qualified X") or at a class of its series ("X II", "X III" on a job
        evaluation's "X I → II → III → Senior X", its head alone too) is the role itself:
        no move to it, and a ladder's rung of that spelling is the role's own."""
        if self.role is None:
            return
        role = self.role.text.lower()
        own = {f"{word} {role}" for word in _qualified_words()}
        if self._class_series(role):
            # (also the title's tail: "Operator II" on the Water Plant Operator's page)
            words = role.split()
            own.update(f"{' '.join(words[start:])} {numeral}" for start in range(len(words))
                       for numeral in _CLASS_NUMERALS)
        if not any(fact.text.lower() in own for bucket in _MOVE_ORDER
                   for fact in self.lists[bucket]) and not any(
                fact.text.lower() in own for chain in self.progressions for fact in chain):
            return
        for bucket in _MOVE_ORDER:
            self.lists[bucket] = [f for f in self.lists[bucket] if f.text.lower() not in own]
        chains: list[list[Fact]] = []
        for chain in self.progressions:
            named = [trusted.fact_as_is(self.role.text, fact.source)
                     if fact.text.lower() in own else fact for fact in chain]
            # ("Upholsterer → Full Upholsterer": one rung, no step)
            rungs = [fact for index, fact in enumerate(named)
                     if not index or fact.text != named[index - 1].text]
            if len(rungs) > 1 and [f.text for f in rungs] not in (
                    [f.text for f in c] for c in chains):
                chains.append(rungs)  # (a ladder read twice, once by each spelling: once)
        self.progressions = chains

    def _class_series(self, role: str) -> bool:
        """Whether the page prints the role's class series in bare numerals ("X I → II →
        III", its head alone too): its classes are one title's grades, the role at each (a
        ladder printing each class's full title, "X I > X II > Crew Leader", has them as
        rungs, as vacancy feeds and schemes of service do)."""
        words = role.split()
        tails = tuple(" ".join(words[start:]) for start in range(len(words)))
        return any(text[: found.start() + 1].lower().endswith(tails)
                   for text in self._content.values() if " II" in text
                   for found in _SERIES.finditer(text)) or self._one_own_class(role)

    def _one_own_class(self, role: str) -> bool:
        """(left58) Whether the page names the role at one class of its title ("Position:
        Claims Examiner II", "Classification: …") and its ladder alone prints another class
        ("Claims Examiner I → Claims Examiner II → Senior …"): the ladder's classes are the
        role's grades around its own, no rungs.  A page printing two classes outside its
        ladder (a feed's "X I" and "X II" postings) keeps them as rungs."""
        ladder = {fact.source.line for chain in self.progressions for fact in chain}
        if not ladder:
            return False
        printed = re.compile(rf"\b{re.escape(role)}\s+({'|'.join(_CLASS_NUMERALS)})(?![\w'])",
                             re.IGNORECASE)
        inside: set[str] = set()
        outside: set[str] = set()
        for line, text in self._content.items():
            (inside if line in ladder else outside).update(
                found.group(1).lower() for found in printed.finditer(text))
        return len(outside) == 1 and bool(inside - outside)

    def _climbs_to_own_grades(self) -> None:
        """A ladder opening at the role a grade up ("Senior X → Y or Z", "After Senior X the
        usual steps are …" on the X guide) starts from the role: the role is its first rung,
        once, where no ladder already climbs to that grade (from the role or a rung between)
        and the role's moves up do not name it."""
        if self.role is None or not self.progressions:
            return
        role = self.role.text.lower()
        grades = _higher_grades()
        reached = {after.text.lower() for chain in self.progressions for after in chain[1:]}
        reached.update(fact.text.lower() for fact in self.lists["leads_to"])  # (a move up)
        for index, chain in enumerate(self.progressions):
            grade, _, rest = chain[0].text.partition(" ")
            start = chain[0].text.lower()
            if rest.lower() != role or grade.lower() not in grades or start in reached:
                continue
            own = self.fact(self.role.text, chain[0].source.line)
            if own is not None:
                self.progressions[index] = [own, *chain]
                reached.add(start)

    def _rungs_gone_on(self) -> None:
        """(rules38c) "Several supervisors have gone on to become X" on a page whose ladder
        has a Warehouse Supervisor rung (the role's own head another word): X is that rung's
        step up, no move up from the role."""
        if self.role is None or not self.progressions or not self.lists["leads_to"]:
            return
        role_head = self.role.text.lower().rsplit(" ", 1)[-1]
        rungs: dict[str, Fact] = {}
        for chain in self.progressions:
            for rung in chain:
                head = rung.text.lower().rsplit(" ", 1)[-1]
                rungs.setdefault(head, rung)
        kept: list[Fact] = []
        for fact in self.lists["leads_to"]:
            text = self._content.get(fact.source.line, "")
            match = None
            if " on to " in text:
                for found in _RUNG_GONE_ON.finditer(text):
                    if name_key(found.group("target")).startswith(name_key(fact.text)):
                        match = found
                        break
            noun = match.group("noun").lower().removesuffix("s") if match else ""
            step = rungs.get(noun) if noun and noun != role_head else None
            if step is None or name_key(step.text) == name_key(fact.text):
                kept.append(fact)
                continue
            chain = [step, fact]
            if [f.text for f in chain] not in ([f.text for f in c] for c in self.progressions):
                self.progressions.append(chain)
        self.lists["leads_to"] = kept

    def _rungs_past_next(self) -> None:
        """(fresh59) A move up to a rung the page's own ladder sets two rungs or more above
        the role ("a clear path to Senior X, Lead X, Principal X and X Manager" over "Where
        our graduates are now: • Lead X (6) • Principal X (15)") is no step the role takes
        next when a census of where past holders are names it (:meth:`_title_item`): the
        ladder already orders it, so it goes from the moves up (set 15's hand truth keeps
        such rungs out of the moves).  The next rung, and titles the ladder does not hold,
        stay."""
        if self.role is None or not self.progressions or not self.lists["leads_to"]:
            return
        role = name_key(self.role.text)
        later: set[str] = set()
        for chain in self.progressions:
            keys = [name_key(fact.text) for fact in chain]
            if role in keys:
                later.update(keys[keys.index(role) + 2:])
        if later:
            self.lists["leads_to"] = [fact for fact in self.lists["leads_to"]
                                      if name_key(fact.text) not in later
                                      or not self._title_item(fact)]

    def _rungs_restated(self) -> None:
        """(carry50) Moves up that restate the page's own ladder: one sentence naming two
        rungs above the role in the ladder's order ("two were promoted to Senior X and one
        to Lead Y" under a grade table "X / Senior X / Lead Y") tells the ladder's steps, no
        moves from the role (the first is the ladder's first step, told twice).  A rung
        named alone, rungs offered as alternatives ("promoted to Senior X or Lead Y") and
        titles the ladder does not hold stay moves up."""
        if self.role is None or not self.progressions or not self.lists["leads_to"]:
            return
        role = name_key(self.role.text)
        following: dict[str, str] = {}  # a rung above the role -> the rung before it
        for chain in self.progressions:
            keys = [name_key(fact.text) for fact in chain]
            if role in keys:
                at = keys.index(role)
                for before, rung in itertools.pairwise(keys[at:]):
                    following.setdefault(rung, before)
        if not following:
            return
        said = {(name_key(fact.text), fact.source.line): fact
                for fact in self.lists["leads_to"]}
        told: set[tuple[str, int]] = set()  # pairs of rungs one sentence names in order
        for (key, line), fact in said.items():
            prior = said.get((following.get(key, ""), line))
            if prior is not None and self._told_in_turn(prior.text, fact):
                told |= {(name_key(prior.text), line), (key, line)}
        self.lists["leads_to"] = [fact for fact in self.lists["leads_to"]
                                  if (name_key(fact.text), fact.source.line) not in told]

    def _told_in_turn(self, before: str, fact: Fact) -> bool:
        """(carry50) ``before`` and ``fact`` are told in turn on the fact's line, joined by
        "and" ("two were promoted to Senior X and one to Lead Y"); alternatives ("promoted
        to Principal X or X Manager") and a list of examples ("advancement paths (e.g.,
        Principal X, X Manager)") are next steps, each a move up."""
        text = self._content.get(fact.source.line, "").lower()
        first, second = text.find(before.lower()), text.find(fact.text.lower())
        between = text[first + len(before):second] if 0 <= first < second else ""
        return " and " in between and " or " not in between

    def _title_item(self, fact: Fact) -> bool:
        """``fact`` is read from a list item that names it and how many hold it now (a
        bullet, the title, a bracketed head count: "• Lead X (6)"): a census of where past
        holders are, no step told.  A sentence ("Studio Managers can buy in as Franchise
        Owners") or a list of next roles ("Next roles: - Principal X - X Manager") states
        the step, past the next rung or not."""
        line = _ITEM_MARKS.sub("", self._content.get(fact.source.line, ""))
        counted = _ITEM_COUNT.search(line)
        return counted is not None and singular_key(line[: counted.start()]) == singular_key(
            fact.text)

    def _ladders_within_ladders(self) -> None:
        """(rules41c) A ladder whose rungs, less a bracketed aside ("Staff Nurse (School
        Nursing)"), follow one another inside a longer ladder the page states is that ladder
        told again (a grade table's two rows beside the prose's four rungs): it goes."""
        def bare(chain: list[Fact]) -> list[str]:
            return [name_key(_RUNG_ASIDE.sub("", fact.text)) for fact in chain]
        keys = [bare(chain) for chain in self.progressions]
        kept = []
        for at, chain in enumerate(self.progressions):
            inside = any(other != at and len(keys[other]) > len(keys[at]) and any(
                keys[other][start:start + len(keys[at])] == keys[at]
                for start in range(len(keys[other]) - len(keys[at]) + 1))
                for other in range(len(keys)))
            if not inside or not any(_RUNG_ASIDE.search(fact.text) for fact in chain):
                kept.append(chain)
        self.progressions = kept

    def _one_spelling_per_move(self) -> None:
        """A title and the same title under a qualifier the page gives its own role too, in
        one list of moves ("start as firemen", "began as locomotive firemen" on a page about
        locomotive engineers), name one role: the qualified spelling stays, and pay the bare
        title owns goes to it.  Another qualifier names another job ("Cook", "Pastry Cook";
        "Foreman", "General Foreman"), a level word another rung ("Senior X"), and a bare
        title two qualified ones could spell stays as it is."""
        if self.role is None:
            return
        pairs = [(bucket, fact, other) for bucket in _MOVE_ORDER for fact in self.lists[bucket]
                 for other in self.lists[bucket]
                 if other.text.lower().endswith(f" {fact.text.lower()}")]
        if not pairs:
            return
        page = " ".join(self._content.values()).lower()
        role = self.role.text.lower()
        levels = bundled_level_words()
        renamed: dict[str, str] = {}
        for bucket, fact, other in pairs:
            qualifier = other.text.lower()[:-len(fact.text) - 1]
            if f"{qualifier} {role}" not in page or fact.text.lower() == role or sum(
                    1 for b, f, _ in pairs if b == bucket and f is fact) > 1 or not (
                    levels.isdisjoint(qualifier.split())):
                continue  # (the role itself, or the role a level up: "Senior X")
            renamed[fact.text.lower()] = other.text
            self.lists[bucket] = [f for f in self.lists[bucket] if f is not fact]
        if renamed:
            self.salaries = [band.model_copy(update={"role": renamed[band.role.lower()]})
                             if band.role is not None and band.role.lower() in renamed else band
                             for band in self.salaries]

    def _restated_months(self) -> None:
        """(rules50c) A month's figure in a bracket after a year's that is twelve of it, for
        the same owner on one line ("€34,800 gross per year (equal to €2,900 gross per
        month)"): one pay printed twice; the year's, printed first, is kept."""
        years = {(band.source.line, band.role, band.level, band.currency, band.min)
                 for band in self.salaries if band.period == "year" and band.min is not None
                 and band.min == band.max}
        if not years:
            return
        kept: list[SalaryRange] = []
        for band in self.salaries:
            if band.period == "month" and band.min is not None and band.min == band.max and (
                    (band.source.line, band.role, band.level, band.currency,
                     band.min * 12) in years) and _BRACKETED_MONTH.search(
                        self._content.get(band.source.line, "")):
                continue
            kept.append(band)
        self.salaries = kept

    def _shared_language_head(self) -> None:
        """(rules50c) "English and German language": the last language keeps the head word
        both share ("German language"), which a line naming another language bare shows;
        the language by its name alone, as the other ("German")."""
        bare = {(fact.source.line, fact.text) for fact in self.skills
                if " " not in fact.text and spoken_languages(fact.text) == [fact.text]}
        lines = {line for line, _ in bare}
        if not lines:
            return
        names = {text.lower() for _, text in bare}
        renamed: list[SkillFact] = []
        for fact in self.skills:
            stem = fact.text[:-9] if fact.text.endswith(" language") else ""
            if stem and fact.source.line in lines and stem.lower() not in names and (
                    spoken_languages(stem) == [stem]):
                fact = trusted.skill_as_is(stem, fact.source, fact.kind)
            renamed.append(fact)
        self.skills = renamed

    def _short_firm_names(self) -> None:
        """(rules50c) An employer named by its first words ("Meridian employs supervisors
        …") on a page that prints its whole name with a legal form ("the contract to
        Meridian Support Services Ltd"): the firm, by its whole name (one such name only;
        the short one goes when the whole one is there already)."""
        employers = self.lists["employers"]
        if not employers or len(employers) > _SHORT_FIRM_LIST:
            return
        # (sentences only: a footer's "Sparkla Technologies Ltd · Terms · Privacy" is the
        # operator's legal name, the brand the page's own name for it)
        shorts = [not (len(fact.text.split()) > 2 or not fact.text[:1].isupper()
                       or _FORMS_END.search(fact.text)) for fact in employers]
        if not any(shorts):
            return  # (perf62) no short name to look for: the page is not put together
        # ((perf62) split no further than the count asks: the same test on long lines)
        page = "\n".join(text for text in self._content.values()
                         if " · " not in text and "|" not in text
                         and len(text.split(None, _SENTENCE_WORDS - 1)) >= _SENTENCE_WORDS)
        have = {name_key(fact.text) for fact in employers}
        kept: list[Fact] = []
        for fact, is_short in zip(employers, shorts, strict=True):
            short = fact.text
            if not is_short:
                kept.append(fact)
                continue
            # (a dotted form keeps its last dot, "d.o.o.", "Ltd" none: "… Ltd. from 1 May")
            found = (page[at:tail.end()] for at in _name_starts(page, short)
                     if (tail := _FIRM_TAIL.match(page, at + len(short))) is not None)
            whole = {name if "." in name.rpartition(" ")[2][:-1] else name.rstrip(".")
                     for name in found}
            if len(whole) != 1:
                kept.append(fact)
                continue
            name = whole.pop()
            if name_key(name) not in have:
                have.add(name_key(name))
                kept.append(trusted.fact_as_is(name, fact.source))
        self.lists["employers"] = kept

    def _roles_not_skills(self) -> None:
        """Drop a skill named like a job the guide moves to or from (a
        list of "specialities (e.g., Platform Engineer, …)" read as skills too): a name
        ending on a person's noun is a role, never a skill.  A field named as a move ("move
        sideways into public health nutrition", "food microbiology") stays both."""
        if not self.skills:
            return
        fields, persons = _name_endings()
        # (moves only: a "ladder" read from narration can hold kit, "Chain Hoist → Lever Hoist")
        names = (fact for bucket in _MOVE_ORDER for fact in self.lists[bucket])
        roles = {singular_key(fact.text) for fact in names
                 if (head := _head(fact.text)).endswith(persons) and not head.endswith(fields)}
        roles.discard("")
        if roles:
            self.skills = [fact for fact in self.skills if singular_key(fact.text) not in roles]

    def _firms_not_moves(self) -> None:
        """(fresh60) Drop a move to a title the page also prints in the plural with a legal
        form after it ("→ moved to Exe Valley Water Consultants" beside "Exe Valley Water
        Consultants Ltd, Exeter"): a firm joined, its plural head read as a title.  Only a
        name of three words or more: a title names no firm so long."""
        moves = {fact.text for bucket in _MOVE_ORDER for fact in self.lists[bucket]
                 if len(fact.text.split()) >= _FIRM_WORDS}
        if not moves:
            return
        page = "\n".join(self._content.values())
        firms = {text for text in moves if any(
            _PLURAL_FIRM_TAIL.match(page, at + len(text)) is not None
            for at in _name_starts(page, text, joiners="_"))}
        if firms:
            for bucket in _MOVE_ORDER:
                self.lists[bucket] = [f for f in self.lists[bucket] if f.text not in firms]

    def _papers_lines(self) -> None:
        """(prec15) Drop the other items of a line that names mostly papers to show ("What to
        bring: photo ID, proof of address, right-to-work documents, certificates", "payslips
        · contract letter · rotation pattern · 3 months' bank statements"): two papers or
        more, outnumbering the names kept from that line, make it a list of documents to
        gather, and its other items ("rotation pattern", "certificates") documents too."""
        lines = {line for line, count in self._papers.items() if count >= _PAPERS_LIST}
        if not lines or not self.skills:
            return
        kept = Counter(fact.source.line for fact in self.skills if fact.source.line in lines)
        drop = {line for line, count in kept.items() if count < self._papers[line]}
        if drop:
            self.skills = [fact for fact in self.skills if fact.source.line not in drop]

    # -- result ------------------------------------------------------------------------------
    def coverage(self) -> Coverage:
        used = sorted(line for line in self._used if line in self._content)
        unused = [
            UnusedLine(line=no, text=clean(text))
            for no, text in sorted(self._content.items())
            if no not in self._used
        ]
        return Coverage(content_lines=len(self._content), used_lines=used, unused=unused)

    def build(self) -> Guide:
        """The finished guide; raises :class:`GuideError` when no role was found."""
        if self.role is None:
            first = min(self._content, default=1)
            raise GuideError(
                self.file,
                first,
                "no role title found",
                hint="start the guide with the role's title on its own line",
            )
        self._own_grade_moves()
        self._unsided_moves_in()
        self._qualified_role_moves()
        self._one_spelling_per_move()
        self._climbs_to_own_grades()
        self._rungs_gone_on()
        self._rungs_past_next()
        self._rungs_restated()
        self._stage_owners()
        self._spanned_grades()
        self._unclosed_owners()
        self._short_owners()
        self._initialled_own()
        self._own_class_pay()
        self._owners_labels()  # (after every owner is settled: the label follows the owner)
        self._ladders_within_ladders()
        self._roles_not_skills()
        self._firms_not_moves()
        self._papers_lines()
        self._short_firm_names()
        self._shared_language_head()
        self._restated_months()
        given: dict[str, Any] = {
            "file": self.file,
            "layout": self.layout,
            "role": self.role,
            "role_signal": self.role_signal,
            "summary": self.summary,
            "skills": self.skills,
            "progressions": self.progressions,
            "salaries": joined_strips(without_restated_fortnights(without_repeated_ends(
                without_brackets(self.salaries)))),
            "growth_trend": self.growth_trend,
            "coverage": self.coverage(),
            "problems": self.problems,
        }
        given.update(self.lists.items())
        if not _valid_as_is(given):
            return Guide(**given)  # validated: converted, or the check's error
        # What validation would give (the same objects, in fresh lists), without its ~25 µs:
        # the fields in their order, the unset ones (``level``) at their defaults.
        given["progressions"] = [list(chain) for chain in self.progressions]
        values = {name: _FIELDS[name].get_default(call_default_factory=True)
                  if name not in given else list(given[name]) if type(given[name]) is list
                  else given[name] for name in _FIELDS}
        return trusted.assembled(Guide, values, set(given))


#: Guide's fields in order (those :meth:`GuideBuilder.build` leaves unset get their defaults).
_FIELDS = Guide.model_fields
#: The exact type every item of a list field holds (``progressions``: lists of these).
_ITEM_TYPES: dict[str, type] = {
    **dict.fromkeys(_BUCKETS, Fact), "skills": SkillFact, "progressions": Fact,
    "salaries": SalaryRange, "problems": Problem,
}


def _valid_as_is(given: dict[str, Any]) -> bool:
    """Whether validation would keep every value of a guide as it is: exact types only
    (a subclass, a dict or a wrong type goes through validation).

    >>> from careergraph.guides.trusted import fact, source
    >>> role = fact("Nurse", source("g.txt", 1))
    >>> base = {"file": "g.txt", "layout": Layout.CARD, "role": role, "role_signal": None,
    ...         "summary": None, "growth_trend": None, "coverage": Coverage(),
    ...         "skills": [], "progressions": [[role, role]], "salaries": [], "problems": []}
    >>> _valid_as_is(base), _valid_as_is({**base, "progressions": [[{"text": "x"}]]})
    (True, False)
    """
    if not (type(given["file"]) is str and type(given["layout"]) is Layout
            and type(given["role"]) is Fact and type(given["coverage"]) is Coverage
            and (given["role_signal"] is None or type(given["role_signal"]) is str)
            and (given["summary"] is None or type(given["summary"]) is Fact)
            and (given["growth_trend"] is None or type(given["growth_trend"]) is Fact)):
        return False
    for name, kind in _ITEM_TYPES.items():
        items = given.get(name, [])
        if type(items) is not list:
            return False
        if name == "progressions":
            if not all(type(chain) is list and all(type(f) is kind for f in chain)
                       for chain in items):
                return False
        elif not all(type(item) is kind for item in items):
            return False
    return True


@lru_cache(maxsize=1)
def _higher_grades() -> frozenset[str]:
    """One-word level words above the working grade ("senior", "lead", "principal"): a
    title opening with one names the role a rung up."""
    levels = load_lexicon().levels
    groups = (Seniority.SENIOR, Seniority.LEAD, Seniority.PRINCIPAL)
    return frozenset(word.lower() for group in groups for word in levels.get(group, [])
                     if " " not in word and word.lower() not in _NOT_GRADES)


# A class series printed in bare numerals after its title ("Analyst I → II → III").
_SERIES = re.compile(r"\w\s+I\s*(?:→|->|>|–|-)\s*II\b")
# A class series' Roman numerals after the role's title ("Permit Technician II"): the role at
# that class, one rung (the fixtures' convention: a numeral of one title is no rung).
_CLASS_NUMERALS = ("i", "ii", "iii", "iv", "v")
# (rules59b) A class's numeral after the role's title, in figures or Roman (" 2", " iii").
_SERIES_RUNG = re.compile(r"\s+(?:(?P<digit>[1-9])|i{1,3}|iv|v)")


@lru_cache(maxsize=1)
def _qualified_words() -> frozenset[str]:
    """Words before a title saying its holder is fully trained ("full", "qualified"): the
    title itself, not a rung of its own (``qualified_role`` in data/headings.yaml)."""
    words = bundled_section("qualified_role").get("words") or ()
    return frozenset(str(word).lower() for word in words)


# Level spellings that are titles of their own ("Architect", "Fellow"), or the working grade
# itself on some ladders ("Staff Nurse"): no grade above a role.
_NOT_GRADES = frozenset({"architect", "fellow", "distinguished", "staff"})


@lru_cache(maxsize=1)
def _hook_openers() -> re.Pattern[str]:
    """Openers of a marketing hook (``summary_hooks`` in data/headings.yaml)."""
    openers = word_lists("summary_hooks").get("openers", ())
    return re.compile(rf"(?:{phrase_alternation(openers)})\b", re.IGNORECASE)


def without_hooks(text: str, head: str = "", *, hooked: bool = False) -> str:
    """A description without the marketing hooks that open it ("Let's get real about …",
    "Ever wondered what …?", "Welcome to …!"): after them it starts at the first sentence
    that names the role by its head noun ``head`` (any sentence when no head is given);
    empty when none does.  A paragraph that opens with no hook is kept whole.  ``hooked``:
    an earlier paragraph opened with a hook, and the page's sentences in the first person
    plural ("Based on our survey, …") are its own voice too.

    >>> without_hooks("Ever wondered who fixes lifts? Lift engineers repair them.", "Engineer")
    'Lift engineers repair them.'
    >>> without_hooks("Let's be honest. Websites oversell jobs. We asked engineers.", "Welder")
    ''
    >>> without_hooks("Lift engineers repair lifts. Why join us? Pay is good.", "Engineer")
    'Lift engineers repair lifts. Why join us? Pay is good.'
    >>> without_hooks("From our survey, engineers like it. Engineers fix lifts.", "Engineer",
    ...               hooked=True)
    'Engineers fix lifts.'
    """
    sentences = split_sentences(text)
    first = 0
    while first < len(sentences) and (_is_hook(sentences[first]) or (
            hooked and _FIRST_PLURAL.search(sentences[first]) is not None)):
        first += 1
    if first == 0:
        return text
    stem = head.lower()[:-1] if len(head) > 3 else head.lower()  # ("Secretary": "secretaries")
    while stem and first < len(sentences) and stem not in sentences[first].lower():
        first += 1  # ("Job information online is often too rosy.": no word of the role yet)
    return " ".join(sentences[first:])


# The publisher's own voice: "we", "our", "us" (after a hook, no sentence of the description).
_FIRST_PLURAL = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


def _is_hook(sentence: str) -> bool:
    """A question or exclamation, or a sentence opened by a hook's words ("Let's …")."""
    return sentence.rstrip(" \"'”’)").endswith(("?", "!")) or hook_opened(sentence)


def hook_opened(sentence: str) -> bool:
    """``sentence`` opens with a marketing hook's words ("Ever wondered …", "Let's …").

    >>> hook_opened("Ever wondered who mends the nets?"), hook_opened("What does X do?")
    (True, False)
    """
    return _hook_openers().match(sentence.replace("’", "'")) is not None

