"""Skills a requirements list states as plain noun phrases, one a bullet.

A job family's or an advert's "Requirements" list mixes conditions (a degree, years of
experience, the right to work, shifts) with skills written as bare noun phrases: "Vendor
management and basic contract negotiation", "Budget tracking in spreadsheets", "Valid driving
licence".  A bullet of a few words with no figure, no verb first and no word of a condition
(data: ``requirement_items`` in ``data/headings.yaml``) is a skill, or two joined by "and";
a qualifier in front ("valid", "excellent", "basic") and a tail saying where it is used ("in
spreadsheets") are no part of it.

>>> requirement_skills("Vendor management and basic contract negotiation")
['Vendor management', 'contract negotiation']
>>> requirement_skills("Valid driving licence"), requirement_skills("Budget tracking in Excel")
(['driving licence'], ['Budget tracking'])
>>> requirement_skills("Case research using Westlaw or Lexis")
['Case research', 'Westlaw', 'Lexis']
>>> requirement_skills("3+ years in a similar role"), requirement_skills("Bachelor's degree")
([], [])

A longer bullet that lists what the work asks for, in clauses cut by semicolons, each a list
after an opener ("Solid shell scripting and Vim; comfortable with Jira, Trello and Asana",
"Good sense of timing, patience and friendly phone manner; for vans, knowledge of loading
rules") names each item (:func:`listed_skills`); a context before a comma ("for vans,") and an
opener ("comfortable with", "knowledge of", "using", "with an") are no part of an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.languages import spoken_languages
from careergraph.guides.skill_cues import credential_end, named_alternatives, paired_skills
from careergraph.guides.skill_trailers import without_item_wish
from careergraph.guides.text import clean, is_title_case

__all__ = ["comma_requirements", "eligibility", "experienced_skills", "listed_skills",
           "opened_list", "post_held", "requirement_skills", "tooled_requirement",
           "without_degree", "without_level"]


@dataclass(frozen=True)
class _Vocabulary:
    conditions: frozenset[str]
    qualifiers: frozenset[str]
    not_first: frozenset[str]
    experience_kinds: frozenset[str]
    experience_places: frozenset[str]
    knowledge_subjects: frozenset[str]
    with_whole: frozenset[str]
    faculties: frozenset[str]


# An age asked for ("Aged 18 or over", "18+ years of age", "must be 16 or older").
_AGE = re.compile(r"\baged?\s+\d|\d+\s*(?:\+\s*|\s+or\s+(?:over|older|above)\b)|"
                  r"\byears\s+of\s+age\b", re.IGNORECASE)


@cache
def _eligibility() -> re.Pattern[str]:
    phrases = word_lists("requirement_items").get("eligibility", ())
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases)) or '(?!)'})\b")


def eligibility(item: str) -> bool:
    """Whether a list item states an eligibility condition (the right to work, an age, own
    transport, a check on the applicant): no skill under any heading.

    >>> eligibility("Right to work in Ireland"), eligibility("Aged 17 or over")
    (True, True)
    >>> eligibility("Aged care"), eligibility("Patient transport"), eligibility("CPR")
    (False, False, False)
    """
    return bool(_AGE.search(item) or _eligibility().search(item.lower()))


# (real42) A task statement's verbs sharing one object, in the third person ("Plans,
# schedules, and coordinates funerals, burials, and cremations", as occupational databases
# word a task): one or more lone verbs, then "and"/"or" and the last verb with its object.
# (real46) the verb before "and" may go without its comma: "Feeds, waters and cares for
# flowers in a store".
_VERB_SERIES = re.compile(r"^([A-Z][a-z]+s),((?: [a-z]+s,)*)(?: [a-z]+s)? (?:and|or) ([a-z]+s) "
                          r"[a-z]")


@cache
def _series_verbs() -> frozenset[str]:
    return frozenset((*word_lists("run_together").get("verbs", ()),
                      *word_lists("requirement_items").get("series_verbs", ())))


def verb_series(text: str) -> bool:
    """Whether ``text`` opens with a task's verbs in the third person sharing one object
    ("Plans, schedules, and coordinates funerals"): a duty, whose lone verbs name no skill.
    The last verb's stem (the one before the object) is a verb of ``run_together.verbs``
    (data/headings.yaml).

    >>> verb_series("Plans, schedules, and coordinates funerals, burials, and cremations.")
    True
    >>> verb_series("Feeds, waters and cares for plants in a store.")
    True
    >>> verb_series("Drills, saws, and grinders for site work"), verb_series("Plans, budgets")
    (False, False)
    """
    found = _VERB_SERIES.match(text)
    if found is None:
        return False
    last = found.group(3)
    return last[:-1] in _series_verbs() or last[:-2] in _series_verbs() or (  # ("teaches")
        last.endswith("ies") and f"{last[:-3]}y" in _series_verbs())  # ("dries")


@cache
def _degree(before_skills: bool) -> re.Pattern[str]:
    lists = word_lists("requirement_items")
    words = [*lists.get("degrees", ()), *(lists.get("degrees_before_skills", ())
                                          if before_skills else ())]
    return re.compile(rf"^(?:{phrase_alternation(words) or '(?!)'})\s+(?=(?-i:[a-z]{{3}}))",
                      re.IGNORECASE)


# A skill named with its kind's noun last ("organisational skills", "analytical abilities").
_SKILLS_LAST = re.compile(r"\b(?:skills?|abilities)$", re.IGNORECASE)


def without_degree(skill: str) -> str:
    """``skill`` without a word of degree in front (``degrees`` in ``data/headings.yaml``):
    how much is asked is no part of the skill; "high" and "highly" only before a skills noun
    (fixes79).

    >>> without_degree("Strong communication skills"), without_degree("excellent call handling")
    ('communication skills', 'call handling')
    >>> without_degree("high organisational skills"), without_degree("high voltage switching")
    ('organisational skills', 'high voltage switching')
    >>> without_degree("Excellent"), without_degree("Good Manufacturing Practice")
    ('Excellent', 'Good Manufacturing Practice')
    """
    return _degree(_SKILLS_LAST.search(skill) is not None).sub("", skill, count=1)


@cache
def _vocabulary() -> _Vocabulary:
    words = word_lists("requirement_items")
    return _Vocabulary(*(frozenset(words.get(key, ())) for key in (
        "conditions", "qualifiers", "not_first", "experience_kinds", "experience_places",
        "knowledge_subjects", "with_whole", "faculties")))


_MAX_WORDS = 6
# (real34) A test named by how it is sat ("Written examination on theory", "Practical exam
# on cosmetology skills", "State board test"): a step of licensing, no skill; a clinical
# examination ("slit lamp examination", "physical examinations") is named by what it examines.
_TAKEN_TEST = re.compile(r"^(?:written|practical|oral|theory|theoretical|online|computer-based|"
                         r"entrance|licen[cs]ing|state(?: board)?|board)\s+(?:[a-z]+\s+)?"
                         r"(?:exam|examination|test)s?\b", re.IGNORECASE)
# A knack told as "a N for M" ("An eye for detail", "A head for figures"): the whole phrase.
_KNACK = re.compile(r"^an?\s+([a-z]+\s+for\s+[a-z]+)$", re.IGNORECASE)
# Where a skill's own words end: the place or tool it is used in ("… in spreadsheets").
_TAIL = re.compile(r"\s+(?:in|on|for|with|using|via|across|at|to)\s.*$", re.IGNORECASE)
_TOOL_TAIL = re.compile(r"\s+(?:in|with|using|via)\s", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# (fixes63) A noun phrase ending in what one knows ("Local history knowledge", "Food safety
# awareness"): its words before name a subject, so a condition's word there is none.
_KNOWN_LAST = re.compile(r"\b(?:knowledge|awareness)$", re.IGNORECASE)
# (fixes63) A bullet's last clause naming a preferred scheme by its acronym ("Triage skills,
# preferably the MTS"): the acronym is a skill when the words before the comma name one.
_PREFERRED_ACRONYM = re.compile(r",\s*(?:preferably|ideally)\s+(?:the\s+|an?\s+)?"
                                r"(?P<name>[A-Z][A-Z0-9&]{1,7})$")


# (rules38c) A skill cue over two objects, "the" before the second (and often the first):
# "operation of the A and the B", "Knowledge of A and the B (BRAND)".
_THE_OBJECTS = re.compile(r"(?:[Oo]peration|[Uu]se|[Hh]andling|[Kk]nowledge|[Ee]xperience|"
                          r"[Ff]amiliarity)\s+(?:of|with|in)\s+(?:the\s+)?"
                          r"([A-Za-z][\w -]{1,40}?)\s+and\s+the\s+([a-z][a-z -]{2,40}?)"
                          r"(?:\s+\(([^()]{2,60})\))?")


# (rules44b) A bullet's languages told by how well they are spoken ("Fluent in Malay and
# English", "Mandarin is an added advantage"), clause by clause.
_FLUENT = re.compile(r"^(?:fluent|fluency|proficient|proficiency|conversant|competent)\s+"
                     r"(?:in\s+)?(?P<names>.+)$|^(?P<wished>.+?)\s+(?:is|are)\s+(?:an?\s+)?"
                     r"(?:added\s+|big\s+|strong\s+)?(?:advantage|asset|plus|bonus)$",
                     re.IGNORECASE)
# (rules44b) "Experience in A and B": the skills the experience is in, each of two words or
# more (one word, "Experience in retail", names a field; an article, "in a busy kitchen", a
# place).
_EXPERIENCE_OF = re.compile(r"^(?:(?:some|previous|proven|prior|practical)\s+)?experience\s+"
                            r"(?:in|of|with)\s+(?!(?:a|an|the|any|similar|related)\s)"
                            r"(?P<what>(?-i:[a-z][a-z -]+))$", re.IGNORECASE)


_EXAMPLES_SAID = re.compile(r"\b(?:such as|including|like|e\.g\.|especially)\b")


def _fluent_languages(text: str) -> list[str]:
    """(rules44b) The languages of :data:`_FLUENT`'s clauses, when every clause names some.

    >>> _fluent_languages("Fluent in Malay and English; Tamil is an added advantage")
    ['Malay', 'English', 'Tamil']
    >>> _fluent_languages("Fluent in spreadsheets")
    []
    """
    found: list[str] = []
    for clause in text.split(";"):
        match = _FLUENT.match(clause.strip().rstrip("."))
        names = spoken_languages((match.group("names") or match.group("wished")).strip()) if (
            match is not None) else []
        if not names:
            return []
        found.extend(names)
    return found


def _experience_of(text: str) -> list[str]:
    """(rules44b) The skills of an "Experience in A and B" bullet (see :data:`_EXPERIENCE_OF`).

    >>> _experience_of("Experience in stock control and cash handling")
    ['stock control', 'cash handling']
    >>> _experience_of("Experience in retail"), _experience_of("Experience in a busy bar")
    ([], [])
    """
    match = _EXPERIENCE_OF.match(text.strip().rstrip("."))
    if match is None or _EXAMPLES_SAID.search(match.group("what")):
        return []  # ("… software such as X": the examples' reader names X)
    names = paired_skills(match.group("what"))
    vocabulary = _vocabulary()
    if not names or any(len(name.split()) < 2 or set(_WORD.findall(name.lower())) & (
            vocabulary.conditions | vocabulary.experience_places) for name in names):
        return []
    return names


def requirement_skills(item: str, is_title: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The skills one requirements bullet names as plain noun phrases (see the module
    docstring), or none; ``is_title`` tells a role title (no skill: see
    :func:`experienced_skills`)."""
    vocabulary = _vocabulary()
    text = item.strip().rstrip(".;")
    if _TAKEN_TEST.match(text):
        return []  # (real34) "Written examination on theory and procedures": a test to pass
    if (fluent := _fluent_languages(text)) and not (_EXPERIENCE_OF.match(text)):
        return fluent  # (rules44b) "Fluent in Malay and English; Mandarin is an advantage"
    if (experienced := _experience_of(text)):
        return experienced  # (rules44b) "Experience in classroom management and lesson …"
    if " or " in text and len(spoken := spoken_languages(text)) > 1:
        # "Arabic or Russian" (its "- an advantage" cut by the wish reader): each language
        # asked for is a skill, though the run is in Title Case
        return spoken
    if (preferred := _PREFERRED_ACRONYM.search(text)) is not None and (
            head_skills := requirement_skills(text[:preferred.start()], is_title)):
        return [*head_skills, preferred["name"]]  # (not "Degree, preferably a BSN")
    if " and the " in text and (objects := _THE_OBJECTS.fullmatch(text)) is not None:
        # (rules38c) "operation of the double head cutting saw and the copy router": a
        # translator's article before each object, each object a skill (brands in brackets)
        bracket = objects.group(3) or ""
        return [objects.group(1), objects.group(2), *(
            name.strip() for name in bracket.split(",") if name.strip()[:1].isupper())]
    if "xperience" in text and (experienced := [
            name for clause in text.split(";") for name in experienced_skills(
                clause, is_title)]):
        return experienced  # "Reach truck experience": the skill the experience is in
    if _KNOWN_OPENER.match(bare := _unqualified(text, vocabulary)):
        text = bare  # (fresh62) "Very good knowledge of English": its degree names nothing
    known = _known_items(text) if text[:1] in "KkMmDdPp" or ")" in text else []
    if known:
        return known  # "Knowledge in NR-11 and NR-18"; "Spreadsheet basic (Excel)"
    words = text.split()
    if words and (";" in text or "," in text) and (listed := listed_skills(text)):
        return listed  # "Solid X and Y; comfortable with A, B and C"
    if ";" in text and (clauses := _clause_skills(text, is_title)):
        return clauses  # "Planned maintenance in AMOS; spare parts ordering; bunkering"
    if not words or len(words) > _MAX_WORDS or any(c.isdigit() for c in text) or any(
            c in text for c in ":;,()[]/&!?@–—|\"'’") or is_title_case(text):
        return []  # (a figure, a clause, a link's or a subject's Title Case name)
    lowered = set(_WORD.findall(text.lower()))
    if _KNOWN_LAST.search(text):
        lowered -= vocabulary.knowledge_subjects  # ("Local history knowledge": a subject)
    if lowered & vocabulary.conditions:
        return []
    if (knack := _KNACK.match(text)) is not None:
        return [knack.group(1)]  # "An eye for detail": the whole knack, not its "eye"
    words = _unqualified_words(words, vocabulary)
    if not words or words[0].lower() in vocabulary.not_first or not words[0][:1].isalpha():
        return []
    tail = _TAIL.search(" ".join(words))
    head = _TAIL.sub("", " ".join(words))
    if tail is not None and tail.group().lstrip()[:5].lower() == "with " and (
            head.split()[-1].lower() in vocabulary.with_whole):
        return [" ".join(words)]  # (fixes70) "Communication with seniors": whom, part of it
    names = paired_skills(head)
    if tail is not None and _TOOL_TAIL.match(tail.group()):
        # "Legal research using Westlaw or Lexis": the products it is done in are skills too
        names += named_alternatives(tail.group().split(maxsplit=1)[1])
    out: list[str] = []
    for name in names:
        if parts := _unqualified_words(name.split(), vocabulary):
            out.append(" ".join(parts))
    return out


def without_qualifiers(text: str) -> str:
    """``text`` without the article and degree words opening it (its first item's).

    >>> without_qualifiers("A keen eye for colour, tidy, punctual")
    'eye for colour, tidy, punctual'
    >>> without_qualifiers("Good eyesight, steady hands, patience")
    'Good eyesight, steady hands, patience'
    """
    first, comma, rest = text.partition(",")
    return " ".join(_unqualified_words(first.split(), _vocabulary())) + comma + rest


def _unqualified_words(words: list[str], vocabulary: _Vocabulary) -> list[str]:
    """``words`` without the qualifiers before them ("Strong Excel" -> "Excel"), but for a
    faculty's: (fresh62) "Good eyesight", "keen hearing" name the faculty as it is asked
    for ("eyesight" alone asks nothing; the sets' truths keep "Good eyesight" whole)."""
    kept = words
    while kept and kept[0].lower() in vocabulary.qualifiers:
        kept = kept[1:]
    if kept and len(kept) < len(words) and kept[0].lower() in vocabulary.faculties:
        return words[len(words) - len(kept) - 1:]
    return kept


# (rules33a) A translated posting's requirement that opens with what is known, then its list
# ("Knowledge in NR-11 and NR-18", "Mastery of Excel and Power BI").
_KNOWN_OPENER = re.compile(r"^(?:knowledge|command|mastery|domain|proficiency)\s+(?:in|of|on)\s+"
                           r"(?P<rest>.+)$", re.IGNORECASE)
# An item, a level word after it and a bracket after that ("Spreadsheet intermediate (Excel)",
# "Reading of plans (SketchUp basic)", "WMS (events of stock)").
_BRACKETED_ITEM = re.compile(r"(?P<name>[^()]+?)(?:\s+(?:basic|intermediate|advanced))?\s*"
                             r"(?:\((?P<inner>[^()]+)\))?")
_LEVEL_WORD = re.compile(r"\s+(?:basic|intermediate|advanced)$", re.IGNORECASE)
_LEVEL = re.compile(r"\b(?:basic|intermediate|advanced)\b", re.IGNORECASE)
# (fresh62) A school level asked for ("Basic education (trade school an advantage)"): the
# worker's schooling, no skill, though "basic" reads as a level word.
_SCHOOLING = re.compile(r"(?:basic|primary|secondary|higher|general|compulsory|vocational)\s+"
                        r"(?:education|schooling)", re.IGNORECASE)
_BRACKET_NAME = re.compile(r"[A-Z][\w+#.-]*(?:\s[A-Z0-9][\w+#.-]*){0,2}")
# (fixes100) A level word in lower case before a named tool ("advanced Excel", "basic SAP
# PM"): how well, no part of the name.
_LEVEL_BEFORE_NAME = re.compile(r"(?:basic|intermediate|advanced|expert)\s+"
                                r"(?=[A-Z][\w+#./-]*(?:\s[A-Z0-9][\w+#./-]*){0,2}$)")


def without_level(skill: str) -> str:
    """``skill`` without a level word in lower case before a named tool: the tool.

    >>> without_level("advanced Excel"), without_level("basic SAP PM")
    ('Excel', 'SAP PM')
    >>> without_level("advanced life support"), without_level("Advanced Trauma Life Support")
    ('advanced life support', 'Advanced Trauma Life Support')
    """
    return _LEVEL_BEFORE_NAME.sub("", skill, count=1) if skill[:1].islower() else skill
_KNOWN_ITEM_WORDS = 6


def _known_items(text: str) -> list[str]:
    """The names a requirement lists after a "knowledge in" opener, or the items of a comma
    list whose items carry brackets of named tools (each item and each name in brackets; a
    bracket of lower-case words, "(events S-2210)", names nothing), or none.

    >>> _known_items("Knowledge in NR-11, NR-12 and NR-35")
    ['NR-11', 'NR-12', 'NR-35']
    >>> _known_items("Spreadsheet basic (Excel), WMS (events S-101, S-102)")
    ['Spreadsheet', 'Excel', 'WMS']
    >>> _known_items("Reading of plans (SketchUp basic)")
    ['Reading of plans', 'SketchUp']
    >>> _known_items("Knowledge of how the plant works in general")
    []
    """
    opened = _KNOWN_OPENER.match(text)
    if opened is not None:
        items = [item.strip() for item in re.split(r",\s*|\s+and\s+", opened.group("rest"))]
        names = [item for item in items if item and len(item.split()) <= 2 and (
            item[:1].isupper() or any(c.isdigit() for c in item))]
        return names if names and len(names) == len(items) else []
    if "(" not in text or _LEVEL.search(text) is None:
        return []  # (a bracket without a level word is an aside: "BLS (American Heart …)")
    vocabulary = _vocabulary()
    out: list[str] = []
    for part in re.split(r",\s*(?![^()]*\))", text):
        match = _BRACKETED_ITEM.fullmatch(part.strip())
        if match is None or len(match.group("name").split()) > _KNOWN_ITEM_WORDS:
            return []
        name = _LEVEL_WORD.sub("", match.group("name").strip())
        if _SCHOOLING.fullmatch(name):
            return []
        words = name.lower().split()
        if not words or words[0] in vocabulary.not_first or words[0] in vocabulary.conditions or (
                eligibility(name) or any(c in name for c in ";&/")):
            return []  # ("Have a driving licence (…)", "Bachelor of X (Y)": no skill)
        out.append(name)
        inner = _LEVEL_WORD.sub("", (match.group("inner") or "").strip())
        if inner and _BRACKET_NAME.fullmatch(inner):
            out.append(inner)
        elif inner[:1].isupper() or any(c.isdigit() for c in inner[:3]):
            return []  # (a bracket of other capitals or figures: a code, a date, a note)
    return out


def _clause_skills(text: str, is_title: Callable[[str], bool]) -> list[str]:
    """The skills of a bullet whose clauses, cut by semicolons, are each a requirements
    bullet of their own ("Planned maintenance in AMOS or ShipManager; spare parts ordering;
    bunkering and sounding"): every clause must name one (a condition among them, "3
    years' experience", makes the bullet no list of skills).

    >>> _clause_skills("Stock rotation; pallet wrapping; loading and unloading", str.istitle)
    ['Stock rotation', 'pallet wrapping', 'loading and unloading']
    >>> _clause_skills("Stock rotation; 3 years in a warehouse", str.istitle)
    []

    (recall11) A clause's wish remark is no part of its skills ("Welsh; Irish or Manx will
    be considered an additional qualification").

    >>> _clause_skills("Pallet wrapping; stock rotation would be a plus", str.istitle)
    ['Pallet wrapping', 'stock rotation']
    """
    clauses = [without_item_wish(clause.strip()) for clause in text.split(";")]
    if len(clauses) < _MIN_CLAUSES or not all(clauses):
        return []
    found = [requirement_skills(clause, is_title) for clause in clauses]
    return [name for names in found for name in names] if all(found) else []


_MIN_CLAUSES = 2


# "X experience", then what it is for or a remark ("… for baled paper", "… preferred").
_EXPERIENCE_IN = re.compile(r"^(?P<what>[A-Za-z][A-Za-z' -]*?)\s+experience"
                            r"(?:\s+(?:for|with|on|in|of)\s[^,;:()]*|\s+(?:is\s+)?(?:preferred|"
                            r"required|essential|desirable|needed|helps|an advantage|a plus|"
                            r"a bonus))?$", re.IGNORECASE)
_MIN_EXPERIENCE_WORDS = 2
# Using a tool, after its name ("forklift operating experience"): the tool is the skill
# ("cash handling", "bus driving" are skills as printed).
_USING = frozenset({"operating", "using"})


def experienced_skills(item: str, is_title: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The skills an "X experience" requirement names: X, when it is a skill or a tool of
    two words or more ("Reach truck experience", "people management or mentoring
    experience"), not which experience or where it was had ("previous warehouse
    experience", "care home experience", "retail experience" — one word could be a sector);
    a condition's word in X ("two years' …") names none, nor a post held before (``is_title``
    tells a role title: "care assistant experience").

    >>> experienced_skills("Pallet truck experience preferred")
    ['Pallet truck']
    >>> experienced_skills("people management or mentoring experience")
    ['people management', 'mentoring']
    >>> experienced_skills("Previous forklift operating experience is essential")
    ['forklift']
    >>> experienced_skills("Previous warehouse experience"), experienced_skills(
    ...     "Call centre experience"), experienced_skills("3 years' forklift experience")
    ([], [], [])
    """
    vocabulary = _vocabulary()
    match = _EXPERIENCE_IN.match(clean(item).strip().rstrip(".;"))
    if match is None:
        return []
    words = match.group("what").split()
    while words and words[0].lower() in vocabulary.qualifiers | vocabulary.experience_kinds:
        words = words[1:]
    if len(words) < _MIN_EXPERIENCE_WORDS or words[-1].lower() in vocabulary.experience_places:
        return []
    if len(words) > _MIN_EXPERIENCE_WORDS - 1 and words[-1].lower() in _USING:
        words = words[:-1]  # "forklift operating experience": the forklift
    what = " ".join(words)
    if set(_WORD.findall(what.lower())) & (vocabulary.conditions | _VERBS) or (
            words[0].lower() in vocabulary.not_first) or is_title_case(what) or is_title(what):
        return []  # ("care assistant experience": a post held before, no skill)
    names = [_unqualified(name, vocabulary) for name in _pair(what)]
    return [name for name in names if name]


# One word in sentence case opening a line ("Reliable", "Forklift"): capitalised only because
# it comes first.
_SENTENCE_CASE = re.compile(r"^[A-Z][a-z]")
_MIN_COMMA_ITEMS = 3
_DIGIT = re.compile(r"\d")


# (fixes95) A degree or diploma and the fields it may be in, listed ("university degree in
# pharmacy, medicine, nursing or biology"): one condition (optional), no list of skills.
# ((real52, left55) and the areas work experience may come from: "work experience in sales,
# the military, the prison service or the police" names fields of work, one condition)
_DEGREE_FIELDS = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}(?:degree|diploma|"
                            r"qualification|education|studies|work\s+experience)\s+(?:in|of)\s",
                            re.IGNORECASE)


# (rules53b) A last clause after a semicolon that only wishes for one more thing ("; CDL
# Class B preferred", "; Spanish a plus").
_WISHED_TAIL = re.compile(r";\s*[^;,:]{1,60}?\s(?:preferred|desirable|a plus|an advantage|"
                          r"nice to have)$")


# (rules53b) A bracketed product name with its model number ("(Leica TS16)", "(RD8100)"):
# letters and digits in one word, no currency sign.
_MODEL_ASIDE = re.compile(r"\((?=[^()]*[A-Za-z]\d)[^()$€£¥%]*\)")


def comma_requirements(line: str) -> list[str]:
    """The skills a plain comma line under a requirements heading names, each item read as
    one requirements bullet (:func:`requirement_skills`): "Forklift licence, first aid,
    reach truck experience", "Reliable, punctual, friendly".  The line must list three items
    or more, and at least half of them (two or more) must be skills; conditions among them
    ("two years' experience", "a degree") name none.  The first item's capital is the line's,
    not a name's.

    >>> comma_requirements("Counterbalance licence, manual handling, stock rotation experience")
    ['Counterbalance licence', 'manual handling', 'stock rotation']
    >>> comma_requirements("Dependable, courteous and cheerful")
    ['Dependable', 'courteous', 'cheerful']
    >>> comma_requirements("Calm, tidy and enjoys working with animals")
    ['Calm', 'tidy']
    >>> comma_requirements("Degree in biology, 3 years' experience, own car"), comma_requirements(
    ...     "Leeds, Bradford, York")
    ([], [])
    >>> comma_requirements("college diploma in chemistry, physics, geology or biology")
    []
    >>> comma_requirements("Be comfortable with heights, shift work, travel and long hours")
    []
    """
    text = clean(line).strip().rstrip(".;")
    if ";" in text and (wished := _WISHED_TAIL.search(text)) is not None:
        text = text[:wished.start()]  # (rules53b) "…, valid licence; CDL preferred": the
        # closing wish is one more condition, the comma list before it still the items
    if ";" in text or ":" in text:
        return []  # (a label or clauses: read by listed_skills)
    if (bear := _BEARING.match(text)) is not None and text[bear.end():].split(",")[0].strip(
            ).lower() in word_lists("sector_noise").get("conditions", ()):
        return []  # (left54) "Be comfortable with heights, working outside, flexible
        # scheduling and long hours": what the work is like, no skills
    if _DEGREE_FIELDS.match(text):
        return []  # (fixes95) "university degree in pharmacy, medicine, nursing or biology":
        # the fields a degree may be in, one condition, no skills
    if _shared_jurisdiction(text):
        return [text]  # (real43) "Local, state, and federal codes": one head, one item
    if verb_series(text):
        return []  # (real42) "Plans, schedules, and coordinates funerals, …": a task
    parts = [part.strip() for part in text.split(",")]
    # (rules44b) "Patient, creative and loves children": a closing clause with its own verb
    # is a disposition, no item; it still counts as the line's third
    told = _TOLD_CLAUSE.search(parts[-1]) if len(parts) >= 2 and " and " in parts[-1] else None
    if told is not None:
        parts[-1] = parts[-1][:told.start()]
    able = len(parts) >= _MIN_COMMA_ITEMS and len(parts[-1].split()) > _MAX_ITEM_WORDS and bool(
        _ABLE_CLAUSE.match(parts[-1]))
    if able:  # (fixes102) "Customer focus, teamwork, ability to work outdoors in all weather":
        parts.pop()  # a closing ability clause is the line's last item, a condition, no skill
    last = _JOIN.split(parts[-1])
    if len(parts) >= _MIN_COMMA_ITEMS and len(parts[-1].split()) > _MAX_ITEM_WORDS and (
            " and " in parts[-1]) and len(last) == 2 and all(
            len(part.split()) <= _MAX_ITEM_WORDS for part in last):
        parts[-1:] = last  # (rules33c) "…, proactivity, leadership of team and organization":
        # the last item's "and" joins two items too long to be one
    if not all(parts) or any(len(part.split()) > _MAX_ITEM_WORDS for part in parts):
        return []  # (a sentence with commas: "The job suits people who are calm, kind")
    if len(last) == 2 and all(len(part.split()) == 1 for part in [*parts[:-1], *last]):
        parts[-1:] = last  # "Dependable, courteous and cheerful": one-word qualities, three
    if len(parts) + len(_JOIN.findall(parts[-1])) + (told is not None) + able < _MIN_COMMA_ITEMS:
        return []
    if any(_DIGIT.search(_MODEL_ASIDE.sub("", part)) and not _condition(part) for part in parts):
        # ((rules53b) a model number in a bracket, "locator (Radiodetection RD8100)", is a
        # product's name, no figure)
        return []  # "Shift premium 2.000 TL, service, meal": a figure of pay or perks
    found = [_requirement_item(part, opening=position == 0) for position, part in
             enumerate(parts)]
    if sum(map(bool, found)) >= _MIN_PLAIN:
        # (rules34a2) beside two plain skills, a product's name and a written-out item are
        # items too ("DeltaV DCS", "lockout/tagout (LOTO)", "pump & compressor rounds")
        found = [names or _written_item(part) for names, part in zip(found, parts, strict=True)]
    if sum(map(bool, found)) < max(2, (len(parts) + 1) // 2):
        return []
    return [name for names in found for name in names]


_MIN_PLAIN = 2
# (left54) What a worker must bear, before the conditions of the work ("Be comfortable with
# heights, …", "Be prepared for confined spaces, …", "Used to all weathers, …").
_BEARING = re.compile(r"(?:be\s+)?(?:(?:comfortable|ok|okay|fine|happy)\s+(?:with|working\s+at)|"
                      r"(?:prepared|ready)\s+for|used\s+to|able\s+to\s+(?:handle|tolerate)|"
                      r"tolerate)\s+", re.IGNORECASE)


def _shared_jurisdiction(text: str) -> bool:
    """``text`` is a comma series of levels of government sharing the head after its last
    ("Local, state, and federal codes"): one requirement, no list of "Local" and "state".

    >>> _shared_jurisdiction("Local, state, and federal codes")
    True
    >>> _shared_jurisdiction("Local, state and federal building regulations")
    True
    >>> _shared_jurisdiction("Welding, brazing, and hand tools")
    False
    """
    match = _JURISDICTION_SERIES.fullmatch(text)
    if match is None:
        return False
    levels = _vocabulary_words("jurisdictions")
    return all(word.lower() in levels for word in re.findall(r"[A-Za-z]+",
                                                              match.group("levels"))
               if word.lower() not in ("and", "or"))


# The levels' words before the head: two or more, commas and one "and"/"or" between them.
_JURISDICTION_SERIES = re.compile(r"(?P<levels>[A-Za-z]+(?:,\s*[A-Za-z]+)*,?\s+(?:and|or)\s+"
                                  r"[A-Za-z]+)\s+[a-z]+(?:\s+[a-z]+)?")


@cache
def _vocabulary_words(key: str) -> frozenset[str]:
    """The words of list ``key`` under ``requirement_items`` in data/headings.yaml."""
    return frozenset(word_lists("requirement_items").get(key, ()))
# (fixes102) A closing clause of what the worker is able or willing to do.
_ABLE_CLAUSE = re.compile(r"(?:and\s+)?(?:the\s+)?(?:ability|able|willingness|willing)\s+to\s",
                          re.IGNORECASE)
_TOLD_CLAUSE = re.compile(r"\s+and\s+(?:loves|enjoys|likes|cares|wants|is|has|can)\s.*$")
# An item's bracket: an initialism of it ("lockout/tagout (LOTO)") or a lower-case aside
# ("forklift (certified on site)"); neither is part of the item's name.
_ASIDE = re.compile(r"\s*\((?:[A-Z]{2,6}|[a-z][a-z ]*)\)$")
# A product's or a system's name: capitalised words, up to three ("DeltaV DCS", "Microsoft
# Office"); a lone word needs a capital inside it ("SAP", "DeltaV"; "Leeds" is a place).
_PRODUCT = re.compile(r"(?:[A-Z][A-Za-z0-9+#.-]*\s){0,2}[A-Z][A-Za-z0-9+#.-]*")
# Two lower-case words joined by a slash or an ampersand, or a hyphenated compound of three
# ("lockout/tagout", "pump & compressor rounds", "permit-to-work"): one written-out item.
_WRITTEN = re.compile(r"[a-z]+(?:[/&-]|\s&\s)[a-z]+(?:-[a-z]+)?(?:\s[a-z]+)?")


def _written_item(part: str) -> list[str]:
    """The item a comma line's part names when it is no plain requirement: a product's name
    or a written-out item, its bracket's initialism or aside cut; [] for anything else (a
    place, a condition, a sentence).

    >>> _written_item("lockout/tagout (LOTO)"), _written_item("DeltaV DCS")
    (['lockout/tagout'], ['DeltaV DCS'])
    >>> _written_item("forklift (certified on site)"), _written_item("permit-to-work")
    (['forklift'], ['permit-to-work'])
    >>> _written_item("Microsoft Office"), _written_item("SCBA"), _written_item("Leeds")
    (['Microsoft Office'], ['SCBA'], [])
    >>> _written_item("2 years' experience"), _written_item("own car")
    ([], [])
    """
    text = _ASIDE.sub("", part.strip())
    if text != part.strip() and (names := requirement_skills(text)):
        return names  # "forklift (certified on site)"
    if _WRITTEN.fullmatch(text) and not set(text.lower().split()) & _vocabulary().conditions:
        return [text]  # (a compound's words are no condition's: "permit-to-work")
    if _PRODUCT.fullmatch(text) and (" " in text or any(c.isupper() for c in text[1:])):
        return [text]  # (a capital inside a lone word: a product, not a town's name)
    return []


def _condition(part: str) -> bool:
    """Whether a comma line's item states a condition ("3 years' experience", "aged 18+")."""
    return bool(set(_WORD.findall(part.lower())) & _vocabulary().conditions)


def _requirement_item(part: str, opening: bool) -> list[str]:
    """The skills one item of a comma line names; the line's first item is read without the
    capital the line gave it ("Reliable", "Forklift licence"), given back afterwards.  A
    manner adverb at the end is no part of it ("pressure bearing well", as a translator
    writes "copes with pressure well")."""
    if len(part.split()) > 2 and part.endswith(" well"):
        part = part[: -len(" well")]
    if not (opening and _SENTENCE_CASE.match(part) and part[1:] == part[1:].lower()):
        return requirement_skills(part)
    return [name[:1].upper() + name[1:] if part.startswith(name[:1].upper() + name[1:])
            else name for name in requirement_skills(part[:1].lower() + part[1:])]


# A clause's context before its list ("for bikes, knowledge of …"): where the items apply.
_CONTEXT = re.compile(r"^for\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?,\s*", re.IGNORECASE)
# An opener before a list of what is asked for ("comfortable with", "knowledge of", "using").
_OPENER = re.compile(r"^(?:(?:be|being|feel|are|is)\s+)?(?:confident|comfortable|familiar|"
                     r"experienced|skilled|happy|proficient|at home)\s+(?:with|in|at|using)\s+"
                     r"(?:(?:using|operating|running)\s+)?"
                     r"|^(?:[a-z]+\s+)?(?:knowledge|understanding|awareness)\s+of\s+"
                     # ("Proven skills in A, B and C": set 30)
                     r"|^(?:[a-z]+\s+)?skills\s+in\s+"
                     r"|^(?:using|operating|running)\s+", re.IGNORECASE)
# A part's own opener too: "with an eye for detail" (never a whole list's: "With a few years
# of experience, X can advance to …" is a sentence).
# (real34) and a participle's "involving" before its items ("…, involving logical thinking
# and attention to detail")
_PART_OPENER = re.compile(rf"{_OPENER.pattern}|^with\s+(?:an?\s+|the\s+)?|^involving\s+",
                          re.IGNORECASE)
# Where an item's own words end ("empathy with upset callers"); "for" stays ("eye for detail"),
# and so does the "to" of "attention to detail" (real34).
_ITEM_TAIL = re.compile(r"\s+(?:in|on|with|using|via|across|at|to(?!\s+detail\b))\s.*$",
                        re.IGNORECASE)
# Where a list's parts part: commas, and a joiner before an opener ("tiling and using A").
_PARTS = re.compile(r",|\s+(?:and|or)\s+(?=(?:using|operating|running)\s)", re.IGNORECASE)
_LEAD_JOIN = re.compile(r"^(?:and|or)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
_BRACKET = re.compile(r"\s*\([^()]*\)")
_MAX_ITEM_WORDS = 4
_MIN_LISTED = 2


def listed_skills(item: str) -> list[str] | None:
    """The items a bullet lists in clauses cut by semicolons and commas ("Solid shell
    scripting and Vim; comfortable with Jira, Trello and Asana"), each clause after its
    context and its opener; None unless two or more items are short noun phrases (a
    condition, a figure or a verb phrase names none).

    >>> listed_skills("Solid shell scripting and Vim; comfortable with Jira, Trello and Asana")
    ['shell scripting', 'Vim', 'Jira', 'Trello', 'Asana']
    >>> listed_skills("Keen sense of timing, patience and a friendly phone manner; for vans, "
    ...               "knowledge of loading rules and axle limits")
    ['sense of timing', 'patience', 'phone manner', 'loading rules', 'axle limits']
    >>> listed_skills("Proven skills in seismic picking (Kingdom or similar), log analysis "
    ...               "and QGIS")
    ['seismic picking', 'log analysis', 'QGIS']
    >>> listed_skills("A tablet with the Fieldly app, and a tool belt (we lend one)")
    ['tablet', 'Fieldly app', 'tool belt']
    >>> listed_skills("Be 18 or older, and pass a background check") is None
    True
    >>> listed_skills("Good grasp of statistics and libraries such as NumPy, SciPy") is None
    True
    >>> listed_skills("Deep knowledge of modelling and tools (dbt, Airflow, Spark)") is None
    True
    """
    vocabulary = _vocabulary()
    text = _BRACKET.sub("", clean(item)).strip().rstrip(".;")
    if any(c.isdigit() for c in text) or any(c in text for c in ":[]/!?@|\"“”"):
        return None  # (a figure, a label, a quotation: no list of skills)
    if "," not in text and ";" not in text:
        return None  # "concepts and frameworks (A, B, C)": the commas list a kind's examples
    first = text.split(maxsplit=1)[0].lower() if text else ""
    if not (_OPENER.match(text) or _ARTICLE.match(text) or first in _FRIENDLY or (
            first in vocabulary.qualifiers)):
        return None  # (a place "Reno, NV", a résumé's "Decontaminated, inspected and …",
        # a sector strip "Consumer Goods, Construction": no list of what the work asks)
    if _CREDENTIAL.search(text):
        return None  # "a National Certificate in X, completed through …": a qualification
    if _EXAMPLES.search(text):
        return None  # "frameworks like A, B and C": a kind and its examples, read elsewhere
    names: list[str] = []
    for clause in (part.strip() for part in text.split(";")):
        clause = _OPENER.sub("", _CONTEXT.sub("", clause))
        for part in (piece.strip() for piece in _PARTS.split(clause)):
            part = _ARTICLE.sub("", _PART_OPENER.sub("", _LEAD_JOIN.sub("", part)))
            if not part:
                continue
            tail = _ITEM_TAIL.search(part)
            for name in _pair(_unqualified(_ITEM_TAIL.sub("", part), vocabulary)):
                names.append(_unqualified(name, vocabulary))
            if tail is not None and _TOOL_TAIL.match(tail.group()):
                # "a tablet with the Fieldly app": the thing, and the app it runs
                used = _ARTICLE.sub("", tail.group().split(maxsplit=1)[1])
                names += [used] if used[:1].isupper() and len(used.split()) <= _MAX_ITEM_WORDS \
                    else []
    kept = [name for name in names if _plain_item(name, vocabulary)]
    if len(kept) < _MIN_LISTED or len(kept) < len(names):
        return None  # (a sentence with commas: "The team serves clients in A, B and C")
    return kept


# Examples after a kind ("frameworks like A and B", "tools such as A"): no list of its own.
_EXAMPLES = re.compile(r"\b(?:like|such as|e\.g\.|for example|including)\s", re.IGNORECASE)
_CREDENTIAL = re.compile(r"\b(?:certificat\w*|licen[cs]\w*|diplomas?|degrees?|apprenticeships?)\b",
                         re.IGNORECASE)
# Qualities in front of a skill that are no part of it ("friendly customer service").
_FRIENDLY = frozenset({"friendly", "polite", "courteous", "patient", "keen", "good", "clear"})


def _unqualified(name: str, vocabulary: _Vocabulary) -> str:
    words = _ARTICLE.sub("", name).split()
    while words and words[0].lower() in vocabulary.qualifiers | _FRIENDLY:
        words = words[1:]
    return " ".join(words)


_JOIN = re.compile(r"\s+(?:and|or)\s+")


def _pair(text: str) -> list[str]:
    """Two items joined by "and"/"or" as two ("Linux command line and Bash", "written
    communication and empathy"); two single lower-case words stay one ("kitchens and
    bathrooms"), as :func:`paired_skills` reads them."""
    pair = paired_skills(text)
    if len(pair) > 1:
        return pair
    sides = _JOIN.split(text)
    if len(sides) == 2 and all(sides) and not all(
            len(side.split()) == 1 and side.islower() for side in sides):
        return sides
    return pair


# Verbs inside a part make it a clause ("SREs can advance"), no item.
_VERBS = frozenset({"can", "could", "will", "would", "may", "might", "must", "should", "is",
                    "are", "was", "were", "has", "have", "had", "do", "does", "did"})
# Condition words that also name skills in a list ("time management").
_SKILL_CONDITIONS = frozenset({"time"})


def _plain_item(name: str, vocabulary: _Vocabulary) -> bool:
    """A short noun phrase with no word of a condition and no verb first."""
    words = name.split()
    if not words or len(words) > _MAX_ITEM_WORDS or not words[0][:1].isalpha():
        return False
    if words[0].lower() in vocabulary.not_first or (words[0].islower() and words[0].endswith(
            "ly")):
        return False
    found = set(_WORD.findall(name.lower()))
    return not found & (vocabulary.conditions - _SKILL_CONDITIONS) and not found & _VERBS


def opened_list(text: str) -> list[str] | None:
    """The items of a list that opens with what it asks for ("Confident with A, B and using
    C"), as :func:`listed_skills` reads them; None for any other text.

    >>> opened_list("Confident with grouting, tiling and using laser levels")
    ['grouting', 'tiling', 'laser levels']
    >>> opened_list("The team needs SQL, Python and Tableau") is None
    True
    """
    return listed_skills(text) if _OPENER.match(clean(text)) else None


# (prec13) Time in a post asked for ("Successful leadership as a Site Manager or Facilities
# Officer", "Proven experience as an Events Coordinator"): a few words, then leadership,
# experience, service or work "as a" capitalised post, or two joined by "or"/"and".
_POST_HELD = re.compile(r"(?:[\w-]+\s+){0,3}?(?i:leadership|experience|service|work)\s+as\s+"
                        r"an?\s+(?P<posts>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|or|and|"
                        r"an?))*)")
_POST_JOINS = re.compile(r"\s+(?:or|and)\s+(?:an?\s+)?")


def post_held(item: str, is_title: Callable[[str], bool]) -> bool:
    """Whether ``item`` asks for time in a post, each post a title ``is_title`` knows: the
    posts are jobs held before, no skills (a pair reader cut them into two "skills").

    >>> known = {"Site Manager", "Facilities Officer"}.__contains__
    >>> post_held("Successful leadership as a Site Manager or Facilities Officer", known)
    True
    >>> post_held("Budget forecasting as a Site Manager's duty", known)
    False
    """
    held = _POST_HELD.fullmatch(item.strip().rstrip("."))
    return held is not None and all(
        is_title(post.strip()) for post in _POST_JOINS.split(held.group("posts")))


# (fixes91) A named tool: capitalised words, one of them with a capital or a digit inside or
# a number ("CX-Programmer", "DraftPro Electrical", "Unit 3000").
_TOOL = r"[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,2}"
_TOOL_MARK = re.compile(r"\b(?:[A-Z][\w.+#-]*[A-Z0-9][\w.+#-]*|\d+)\b")
# "Wiring diagrams — read and mark up in DraftPro Electrical": the skill, a dash, how it
# is done, and the tool it is done in.
_DASH_DONE_IN = re.compile(rf"(?P<skill>[A-Z][a-z][\w-]*(?: [a-z][\w-]*){{0,3}})\s+[—–]\s+"
                           rf"[a-z][^()—–]*?\b(?:in|on|with|using) (?P<tool>{_TOOL})")
# "Omron PLCs in CX-Programmer (ladder logic, some function blocks)": the kit, the tool
# it is programmed in, and the techniques in brackets.
_IN_TOOL_BRACKET = re.compile(rf"(?P<kit>[A-Z][\w-]*(?: [\w-]+){{0,2}}) in (?P<tool>{_TOOL})"
                              r" \((?P<inner>[a-z][^()]*)\)")
# A product's name alone ("Beckhoff TwinCAT"): two to four capitalised words.
_PRODUCT_NAME = re.compile(r"[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){1,3}")


def _tool(name: str) -> bool:
    return _TOOL_MARK.search(name) is not None


def tooled_requirement(item: str) -> list[str]:
    """(fixes91) The skills of a referral checklist's or a posting's requirement told with
    its tools, after any wish remark ("— nice to have", "— a plus") is cut: a skill, a dash
    and how it is done in a tool; a kit programmed in a tool with its techniques in brackets
    (a quantity word before a technique cut); a product's name alone.  Else none.

    >>> tooled_requirement("Wiring diagrams — read and mark up in DraftPro Electrical")
    ['Wiring diagrams', 'DraftPro Electrical']
    >>> tooled_requirement("Omron PLCs in CX-Programmer (ladder logic, some function blocks)")
    ['Omron PLCs', 'CX-Programmer', 'ladder logic', 'function blocks']
    >>> tooled_requirement("Beckhoff TwinCAT — nice to have")
    ['Beckhoff TwinCAT']
    >>> tooled_requirement("A calm head at 3 a.m. when the line is down")
    []
    >>> tooled_requirement("Good Communication Skills"), tooled_requirement("Team player — a plus")
    ([], [])
    >>> tooled_requirement("Full UK Driving Licence"), tooled_requirement("Valid CSCS Card")
    ([], [])
    >>> tooled_requirement("Notice No. HR-AB-12-003")  # a notice's number, no product
    []
    """
    text = without_item_wish(item.strip().rstrip("."))
    done = _DASH_DONE_IN.fullmatch(text)
    if done is not None and _tool(done["tool"]):
        return [done["skill"], done["tool"]]
    kit = _IN_TOOL_BRACKET.fullmatch(text)
    if kit is not None and _tool(kit["tool"]):
        qualifiers = _vocabulary().qualifiers | {"some", "a", "little", "bit", "of"}
        inner = []
        for part in re.split(r",\s*|\s+and\s+", kit["inner"]):
            words = part.split()
            while words and words[0].lower() in qualifiers:
                words = words[1:]  # "some structured text": the technique
            if 0 < len(words) <= _MAX_WORDS:
                inner.append(" ".join(words))
        return [kit["kit"], kit["tool"], *inner]
    words = text.split()
    if _PRODUCT_NAME.fullmatch(text) and all(w.isalpha() for w in words) and any(
            _tool(w) for w in words[1:]) and not (
            words[0].isupper()) and words[0].lower() not in _vocabulary().qualifiers and not (
            {w.lower() for w in words} & _vocabulary().conditions) and not credential_end(text):
        # "Beckhoff TwinCAT — nice to have": a maker's product asked for (its wish is cut
        # before the item comes here); "Full UK Driving Licence" is a credential, "CSCS
        # Card" a card
        return [text]
    return []
