"""Items of lists and prose: skill names, acronyms in names, and whose salary a line states.

>>> strip_acronym("Amazon Web Services (AWS)")
'Amazon Web Services'
>>> prose_skills("a strong foundation in mathematics, including machine learning, neural "
...              "networks and computational statistics")
['machine learning', 'neural networks', 'computational statistics']
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.builder import fact_key
from careergraph.guides.heading_data import word_lists
from careergraph.guides.literals import AnyOf
from careergraph.guides.prose_titles import is_truncated
from careergraph.guides.requirement_items import listed_skills, opened_list, without_degree
from careergraph.guides.skill_cues import (
    CALLS_NOUN,
    belonging_words,
    field_subjects,
    fixed_pair,
    known_shared_head,
    named_alternatives,
    paired_skills,
    parallel_head,
    rejoined_heads,
    shared_head,
    without_knowing,
)
from careergraph.guides.skill_trailers import lists_exams, rating, standing
from careergraph.guides.split import join_brand_names, segment
from careergraph.guides.text import clean, split_items, split_sentences
from careergraph.guides.verb_lists import manner_adverb
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "HOLDS_CLAUSE",
    "IMPERATIVE_LEAD",
    "VERBS",
    "bracket_examples",
    "bracket_kit",
    "bracket_names",
    "category_examples",
    "clause_item",
    "coded_skills",
    "course_topics",
    "covered_skills",
    "done_in_tools",
    "experience_names",
    "focused_item",
    "glued_labels",
    "group_label",
    "imperative_skills",
    "kit_cued",
    "ksa_row",
    "modal_skills",
    "or_similar",
    "other_role",
    "prose_skills",
    "qualified_skills",
    "sentence_skills",
    "skill_names",
    "strip_acronym",
    "task_on_tools",
    "task_using",
    "tool_category",
    "with_tools",
    "without_cut_off",
    "without_perks",
    "without_reason",
    "without_skill_note",
]

# (carry42) A list's last item that is a clause of what its holders hold ("…; holds V300
# prescribing.", "…; each worker holds a current DBS check."): no item of the list.
HOLDS_CLAUSE = re.compile(r";\s+(?:(?:each|every|all)\s+[a-z]+\s+)?holds?\s[^;]*$")

# Amounts, year spans and numbered lines are not names.
_NOT_NAME = re.compile(r"[$€£₹]|\d\s*(?:[-–+]|to)\s*\d*\s*(?:years?|yrs?)|^\d+[.)]|\d+\+?\s*years?")
_GLUED = re.compile(r"[a-z)][A-Z]")
# A run of capitals glued to a capitalised word: "GAAPTax", "JAXScientific" (not "MLOps").
# (fixes79) A code of digits and capitals, or a brand's capital tail after lower case, glued to
# the next capitalised word: "Pix4DDroneDeploy" ("Pix4D" | "DroneDeploy"), "PowerBIExcel",
# "Nikon D850Lightroom"
# (not "IW31", "3D printing", "PostgreSQL", "iOS", "Azure MLOps": nothing capitalised after;
# a code opening the word, "3DStudio", is no brand's tail).
_CAPS_GLUE = re.compile(r"(?:(?<=[A-Z]{3})|(?<=[A-Za-z]\d[A-Z])|(?<=[A-Za-z]\d[A-Z]{2})"
                        r"|(?<=[a-z][A-Z]{2})|(?<=[A-Z]\d)|(?<=[A-Z]\d{2})|(?<=[A-Z]\d{3})"
                        r"|(?<=[A-Z]\d{4}))(?=[A-Z][a-z]{2})")
# A product's name opening in lower case ("iPad", "eTIMS", "grandMA3", "macOS"): one letter,
# or a short word before capitals or a capital and a digit, all of one word: no glued list.
_LOWER_BRAND = re.compile(r"(?<![\w-])(?:[a-z](?=[A-Z])|[a-z]{2,5}(?=[A-Z]{2}|[A-Z]\d))"
                          r"[A-Za-z\d]+(?![\w-])")
_BRACKETS = re.compile(r"\(([^()]{1,120})\)")
# One word of two capitalised humps: a product's name ("LaunchDarkly", "SharePoint").
# ((rules50a) a slash and an acronym may close it: "EtherNet/IP" is one protocol's name)
_BRAND_WORD = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)(?:/[A-Z]{1,4}\b)?")
# A product's name of several words opening with such a word, its first hump short and no
# other word glued ("DaVinci Resolve", "QuickBooks Online"; "Threat ModelingIncident
# Response" is a glued list).
_BRAND_HUMP = 6


# Two capitalised names of up to four words joined by "and" / "or" / "&" ("MicroStation and
# AutoCAD", "ArcGIS or MapInfo Pro"), and the humps of one word ("Micro|Station", "Arc|GIS").
_CAPITAL_NAME = r"[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,3}"
_WORD_PAIR = re.compile(rf"(?P<left>{_CAPITAL_NAME}) (?:and|or|&) (?P<right>{_CAPITAL_NAME})")
_BRAND_HUMPS = 2  # humps of a product's word ("Share|Point"; "Services|Healthcare|Retail")
_FIRST_HUMP = 8  # letters of its first hump ("Archives|Space")
_HUMPS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _brand_pair(outside: str, vocab: Vocabulary) -> list[str]:
    """The two product names of a pair whose words have humps ("SolidWorks or Creo",
    "JavaScript and CSS"), or [] for anything else: a word whose humps are each a known
    name ("DockerPython") is a glued list, and a pair without humps is
    :func:`.paired_skills`'s."""
    pair = _WORD_PAIR.fullmatch(outside.strip())
    if pair is None:
        return []
    sides = [pair["left"], pair["right"]]
    if not any(_GLUED.search(side) or _CAPS_GLUE.search(side) for side in sides):
        return []
    for side in sides:
        for place, word in enumerate(side.split()):
            humps = [hump for hump in _HUMPS.split(word) if hump]
            if len(humps) > 1 and (place > 0 or len(humps) > _BRAND_HUMPS or len(
                    humps[0]) > _FIRST_HUMP or all(vocab.lexicon_tools(hump) or (
                        hump in vocab.skills) for hump in humps)):
                # a product's humped word opens its name ("QuickBooks Online"); inside a
                # name ("Threat ModelingIncident Response") it is two names glued
                return []
    return sides


def _brand_first(outside: str) -> re.Match[str] | None:
    """The opening brand word of a product's name of several words, if ``outside`` is one."""
    first, _, rest = outside.strip().partition(" ")
    brand = _BRAND_WORD.fullmatch(first)
    if brand is None or not rest or len(brand.group(1)) > _BRAND_HUMP:
        return None
    return brand if not (_GLUED.search(rest) or _CAPS_GLUE.search(rest)) else None


# (fixes67) A maker's name before its product's word of two humps ("Philips IntelliVue",
# "GE CardioSoft", "Mindray BeneVision"): one product, no glued list (a glued list's humps
# are whole words, longer: "Threat ModelingIncident").
_MAKER = re.compile(r"[A-Z](?:[A-Z0-9&.-]*|[a-z&.-]+)")  # "Philips", "GE", "B.Braun"
_PRODUCT_LETTERS = 11  # letters of the product's word at most
_MAKER_WORDS = 2


def _brand_last(outside: str) -> re.Match[str] | None:
    """The closing product word of a maker's product name, if ``outside`` is one.

    >>> _brand_last("Philips IntelliVue").groups(), _brand_last("Threat ModelingIncident")
    (('Intelli', 'Vue'), None)
    """
    *makers, last = outside.split() or [""]
    brand = _BRAND_WORD.fullmatch(last)
    if brand is None or not 0 < len(makers) <= _MAKER_WORDS or len(last) > _PRODUCT_LETTERS:
        return None
    return brand if all(_MAKER.fullmatch(word) for word in makers) else None


def _one_brand(outside: str, vocab: Vocabulary) -> bool:
    """Whether ``outside`` is one product's name with a word of two humps, no glued list: a
    lone word unless both humps are known names ("DockerPython"), a longer name unless
    either is ("ExcelPython scripting")."""
    lone = _BRAND_WORD.fullmatch(outside.strip())
    brand = lone or _brand_first(outside) or _brand_last(outside)
    if brand is None:
        return False
    known = [bool(vocab.lexicon_tools(half) or half in vocab.skills) for half in brand.groups()]
    return not all(known) if lone is not None else not any(known)


_EXPANDS = re.compile(r"\b[A-Z]{2,6}\s?$")  # an acronym right before a bracket
# Names in brackets inside a list ("(HACCP)", "(Eclipse, RayStation)", "(Siemens TIA Portal)").
_NAME = r"[A-Z][\w.+-]{1,15}(?: [A-Z][\w.+-]{0,15}){0,3}"
_ACRONYMS = re.compile(rf"{_NAME}(?:,\s*{_NAME})*")
# (a second capital or a digit: "(GCP)", "(K8s)"; "(Broco)" is a brand's name, no acronym)
_ACRONYM = re.compile(r"\s*\((?=[A-Z][^)]*[A-Z0-9&.])(?:[A-Z][A-Za-z0-9&.]{1,9})\)$")
# A quality of the work before a skill's name ("neat dive logs", "good record keeping").
_QUALITIES = frozenset({"neat", "tidy", "good", "strong", "solid", "excellent", "sound",
                        "careful", "fluent"})
# Whom a task is done for, after it ("writing pre-sentence reports for the courts").
_PURPOSE_TAIL = re.compile(r"(?<=\w)\s+for\s+the\s+[a-z]+$")
# A clause after an item that says when it is needed ("signalling when the crane slews"): the
# item ends before it.
_SUBORDINATE_TAIL = re.compile(r"(?<=\w)\s+(?:when|whenever|while|once|until|because)\s+"
                               r"(?:the|an?|your|you|it|its|they|their|we|our|he|she)\s.*$")
# An item that opens with an acronym ("CP readings", "UT thickness gauging"): a bracketed
# technique's name however its other words are cased.
_ACRONYM_LEAD = re.compile(r"^[A-Z]{2,6}\s+[a-z]")
# A tool named after the technique it serves: "diving with a Kirby Morgan hat", "risk
# assessment using the OASys tool", "managing a caseload on nDelius".
_TOOL_CLAUSE = re.compile(r"^(?P<skill>\S+(?:\s+\S+){1,3}?)\s+(?:with|using|on)\s+"
                          r"(?:an?\s+|the\s+)?(?P<tool>[a-z]?[A-Z][\w.+-]*(?:\s+[\w.+-]+){0,2})$")
#: Words that open a clause, not a skill name ("Design, build and maintain …").
VERBS = frozenset({"learn", "master", "gain", "become", "automating", "familiarize",
                   "design", "build", "develop", "maintain", "create", "implement",
                    "manage", "use", "work", "ensure", "deploy", "automate", "monitor", "run",
                    "write", "lead", "drive", "support", "own", "plan", "make", "take",
                    "adhere", "stay", "keep"})
_OPENERS = ("including ", "such as ", "like ", "e.g., ", "e.g. ", "foundation in ",
            "proficiency in ", "proficient in ", "knowledge of ", "expertise in ",
            "experience with ", "familiarity with ", "understanding of ", "skills in ",
            "skilled in ", "fluency in ", "fluent in ", "grounding in ")
_SKILL_OPENERS = ("candidates bring ", " combine ", "skills include ", "toolset is ",
                  "stack is ", ", learning ", "skills such as ", "you will need ", "you'll need ",
                  "you need ", "you learn ", "you will learn ", "you'll learn ", "knowledge of ",
                  "comfortable with ", "confident with ", "confident using ",
                  "what you need: ", "they use ", "along with ", "the work needs ",
                  # an occupation profile's tasks named as activities ("Typical tasks
                  # include glass cutting and sealant application")
                  "typical tasks include ",
                  # a job's duties named as activities, in any section ("Duties include
                  # A and B using C"; an "-ing" clause list is gerund_tasks's)
                  "duties include ",
                  "the job needs ", "the role needs ", "trade, such as ", "trades, such as ",
                  "trades such as ", "techniques such as ",  # ("a second trade, such as A, B")
                  # a kind of tool and its examples ("software such as A and B")
                  "instruments such as ", "equipment such as ", "software such as ",
                  # a recruiter's salary guide: "Skills in demand: A, B and C"
                  "skills in demand: ", "in-demand skills: ", "skills in demand include ",
                  # a scheme of recruitment's qualifications ("competence in A (B)", "a
                  # training course in A and B")
                  "competence in ", "training course in ",
                  # a requirement sentence in any section ("Familiarity with A or B is
                  # expected", "build pipelines with tools like A or B")
                  "familiarity with ", "experience with ", "proficiency in ",
                  "proficient in ", " tools like ", " tools such as ",
                  "calls for ",  # (a space first: not "stools like")
                  # what the hirers want, as they or a guide say it ("Employers look for A,
                  # B and C", "we look for A and B"; "Look for jobs on …" has no hirer)
                  "employers look for ", "we look for ", "they look for ", "they also look for ",
                  "employers also look for ", "recruiters look for ", "clients look for ")
_ANY_SKILL_OPENER = AnyOf(_SKILL_OPENERS)
# A list's first word pointing back at things named before it, no skill ("combine the two").
_BACK_REFERENCES = frozenset({"two", "three", "both", "them", "these", "those", "it", "this"})
# A sentence's own words for its list of skills, then a colon ("Key techniques worth
# listing: A, B", "the clinical skills the plan names: A, B"): a bare "Skills:" label is a
# heading, read as one.
_NAMED_SKILLS = re.compile(r"\b(?:skills|techniques|tools)(?: (?!(?:and|or|in|by|per|for)\b)"
                           r"[a-z]+){1,6}:\s+(?=[a-zA-Z])")
# The next sentence adding to a named list ("Key techniques worth listing: A, B. Also C, D.")
_ALSO = re.compile(r"[.;]\s+Also\s+(?=[A-Za-z])")
# The topics an exam notice says its test asks about: "The test may include questions on A;
# B; C", "Exam questions on A and B".  (An interview report's "Questions about A and B" is
# left to careergraph.guides.interview_reports, which knows whose interview it was.)
_QUESTIONED = re.compile(r"(?:\b(?i:exam|test)\s+questions|\binclude[sd]?\s+questions)"
                         r"\s+(?:on|about)\s+")
# A sentence opening with one plural noun and "need" ("Chefs need …").
_PLURAL_NEED = re.compile(r"^[A-Z][a-z]+s need ")
# The role's people named with "also" after a list already given ("Our people also need A,
# B and C", "…, and our architects also need A and B", "Field officers also need A and B"):
# a sentence's or a joined clause's subject, never "need to" (a duty, no list).
_ALSO_NEED = re.compile(r"(?:^|[.;]\s+|,\s+and\s+)(?:(?:[Oo]ur|[Tt]he)\s+)?(?:[A-Z]?[a-z]+\s+)?"
                        r"(?:people|staff|[a-z]+[^s\W]s)\s+also\s+need\s+(?!to\b)")
# A person's strengths as others name them: "she is known for A and B", an alumni note's
# ", known there for A, B and C" (at the workplace just named), "colleagues cite his A and
# B" (a press release).  The subject is a person, so that "the town is known for its mills"
# names no skill.
_PRAISED = re.compile(r"\b(?:(?:he|she|they)\s+(?:is|are|was|were)\s+known\s+for|,\s+known\s+"
                      r"there\s+for|colleagues\s+(?:cite|praise))\s+(?:(?:his|her|their)\s+)?"
                      r"(?!its\b)", re.IGNORECASE)
# (a hedge first: "usually a firearms certificate" -> "firearms certificate")
_DROP = ("usually ", "ideally ", "normally ", "preferably ", "a ", "an ", "the ", "strong ",
         "plus ",  # ("…, plus Titanium practice software": a list's last addition)
         "solid ", "deep ", "good ", "excellent ", "basic ", "advanced ", "working ", "hands-on ",
         "practical ", "clear ", "sound ", "keen ", "fluent ")
# Names that open with a word ``_DROP`` takes for a qualifier ("Deep Learning" is a field,
# not deep knowledge of learning).
_QUALIFIED_NAMES = ("deep learning",)
_STOP_WORDS = frozenset({"is", "are", "to", "that", "which", "will", "can", "should", "for",
                         "with", "as", "by", "when", "where", "while", "so", "etc", "etc.",
                         "once", "because", "if", "every", "daily", "along",
                         "such", "from"})  # ("… and aromatherapy from senior staff")
# An item that opens a list of its own with a skill cue ("…, and an understanding of C")
_NEW_CLAUSE_ITEM = re.compile(r"^(?:understanding|knowledge|experience|ability) (?:of|to|with)\b")
# A verb that opens the subject's next predicate, not an item ("… comfortable with A and B,
# and has strong C skills", "…, and is fluent in D").
_PREDICATE_VERBS = frozenset({"has", "have", "is", "are", "was", "were", "knows", "can", "does",
                              "get", "gets", "earn", "earns"})  # ("learn A and get paid")
# A new clause's subject ends a list ("…, and they care for patients").
_PRONOUNS = frozenset({"they", "we", "you", "it", "he", "she", "i"})
# A pronoun right after a list's word makes that word a verb and the item a predicate ("X,
# along with Y, help you perform Z"): no name, and the list ends.
_OBJECT_PRONOUNS = frozenset({"you", "them", "us", "him", "me"})


def _coordinate_adjectives(part: str, raw: list[list[str]]) -> bool:
    """Two comma-parted pieces with no "and"/"or" whose first ends on an article and one word
    ("running an orderly, safe site"): two adjectives of one noun, no list of two names.

    >>> _coordinate_adjectives("keeping a tidy, busy yard", [["keeping", "a", "tidy"],
    ...                                                      ["busy", "yard"]])
    True

    A joiner makes the pieces two names ("as well as" too, now that its word boundaries are
    real ones: the pattern once held backspace characters and never matched).

    >>> _coordinate_adjectives("running a kiln, as well as glazes",
    ...                        [["running", "a", "kiln"], ["as", "well", "as", "glazes"]])
    False
    """
    return len(raw) == 2 and len(raw[0]) >= 2 and raw[0][-2].lower() in ("a", "an", "the") and (
        _JOINER.search(part) is None)


_JOINER = re.compile(r"\s(?:and|or|&)\s|\bas well as\b", re.IGNORECASE)


def _verb_of_pronoun(words: list[str]) -> bool:
    """``words`` open with a verb and its pronoun object ("help you perform …").

    >>> _verb_of_pronoun("help you perform fitting".split()), _verb_of_pronoun(["casting"])
    (True, False)
    """
    return len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS
_SALARY_WORDS = re.compile(
    r"\b(?:estimated\s+)?(?:salar(?:y|ies)|pay|compensation|earnings|wages?)"
    r"(?:\s+ranges?)?\b|\b(?:median|average|typical)\b", re.IGNORECASE)
_PLURAL_OF = re.compile(r"\b(Director|Head|VP|Vice President|Manager)s of ")
_PARENTHESES = re.compile(r"\([^)]*\)")
_SALARY_FOR = re.compile(r"\b(?:salar(?:y|ies)|pay|compensation)\s+(?:for|of)\s+(?:an?\s+)?",
                         re.IGNORECASE)


# Words that open a clause after a list item, never an item ("…, for reading reports").
_CLAUSE_OPENERS = frozenset({"for", "to", "so", "when", "which", "while", "because", "since",
                             "especially", "ideally", "preferably", "as"})
_BRACKET_OPENER = re.compile(r"^(?:e\.g\.,?|i\.e\.,?|such as|like)\s+")


# A hedge naming the one preferred instance of the item before it ("Triage skills, preferably
# the NTS", "Scheduling software, ideally SAP PM"): a name in capitals, a skill of its own.
_PREFERRED = re.compile(r"^(?:preferably|ideally|especially)\s+(?:the\s+)?"
                        r"(?P<name>[A-Z][\w+#./-]*(?:\s+[A-Z][\w+#./-]*){0,2})$")


def _preferred_name(parts: list[str]) -> list[str]:
    """A list's items up to the first clause opener ("Numeracy, for reading sales reports");
    a hedge naming a preferred instance gives that name and ends the list.

    >>> _preferred_name(["Triage skills", "preferably the NTS"])
    ['Triage skills', 'NTS']
    >>> _preferred_name(["Numeracy", "especially for reading reports", "Excel"])
    ['Numeracy']
    """
    out: list[str] = []
    for part in parts:
        if part.split(" ", 1)[0] in _CLAUSE_OPENERS:
            if (preferred := _PREFERRED.match(part)) is not None:
                out.append(preferred.group("name"))
            break
        out.append(part)
    return out


# A time of day or a bare figure in brackets ("(6.30am)", "(40 hours)", "(2024)"): no name.
_FIGURE = re.compile(r"^\d[\d.,:]*\s*(?:am|pm|a\.m\.|p\.m\.|%|hours?|hrs?|days?|weeks?|months?"
                     r"|years?|kg|km|mm|cm|m)?$", re.IGNORECASE)


_WISHED_NAME = re.compile(r"\s+(?:is\s+)?(?:a\s+(?:big\s+)?(?:plus|bonus)|"
                          r"an\s+(?:advantage|asset))$")


def bracket_names(text: str) -> list[str]:
    """Capitalised names listed in brackets ("Routing protocols (BGP, OSPF)").

    >>> bracket_names("Secrets management (Vault)"), bracket_names("Data viz (e.g., Looker)")
    (['Vault'], ['Looker'])
    >>> bracket_names("NDT inspection (CP readings, UT thickness gauging)")
    ['CP readings', 'UT thickness gauging']
    >>> bracket_names("Early starts (6.45am)"), bracket_names("Rigging (3D, 5G)")
    ([], ['3D', '5G'])
    >>> bracket_names("Outboard servicing (Yamaha / Suzuki)")
    ['Yamaha', 'Suzuki']
    >>> bracket_names("Stata and R (Python a plus)")
    ['Python']
    """
    found: list[str] = []
    for inner in _BRACKETS.findall(text):
        inner = _BRACKET_OPENER.sub("", inner.strip())
        # ((rules54b) a wish after the name: "Stata and R (Python a plus)")
        inner = _WISHED_NAME.sub("", inner) if " a" in inner else inner
        # ("Diesel engines (MTU / Caterpillar)": brands set apart by spaced slashes)
        items = split_items(inner.replace(" / ", ", ") if " / " in inner else inner)
        if any(_FIGURE.match(i) for i in items) or (items and all(map(rating, items))):
            continue  # (recall13) "English (Required)", "Safety Focus (Level 3 - Advanced)"
        if items and all((len(i.split()) <= 3 and all(w[:1].isupper() or w[:1].isdigit()
                                                      for w in i.split()))
                         or (len(i.split()) <= 4 and _ACRONYM_LEAD.match(i)) for i in items):
            found.extend(items)
    return found


# Words in a bracket after a skill that say how well or in what way, not what
# ("Spanish (spoken, written)", "Python (basic, advanced)")
_QUALITY_WORDS = frozenset({"basic", "intermediate", "advanced", "expert", "beginner",
                            "fluent", "native", "preferred", "required", "optional",
                            "desirable", "essential", "spoken", "written", "reading",
                            "conversational", "professional", "mandatory", "plus", "bonus"})
_FEATURE = re.compile(r"^[A-Za-z][\w+#./-]*(?: [a-z][\w-]*){0,2}$")
_NAME_HEAD = re.compile(r"^(?:[A-Z][\w+#./-]*)(?: [A-Z][\w+#./-]*){0,2}$")


def tool_features(item: str) -> list[str]:
    """The features a bracket lists after a product's name, some in lower case ("MS Excel
    (VLOOKUP, pivot tables)": VLOOKUP, pivot tables), when two or more short ones are
    listed with commas; none for a bracket of qualities ("Spanish (spoken, written)").

    >>> tool_features("MS Excel (VLOOKUP, pivot tables)")
    ['VLOOKUP', 'pivot tables']
    >>> tool_features("Python (basic, advanced)"), tool_features("data entry (forms, mail)")
    ([], [])
    """
    head, _, inner = item.partition(" (")
    if _NAME_HEAD.match(head.strip()) is None or "," not in inner:
        return []  # ("French (Québec and bilingual centres)": where, not what)
    features = split_items(_BRACKET_OPENER.sub("", inner.rstrip(")").strip()))
    if len(features) < 2 or not all(
            _FEATURE.match(f) and not set(f.lower().split()) & _QUALITY_WORDS
            and not f.endswith(("ed", "ly")) for f in features):
        return []
    return features


def _foreign_acronym(part: str) -> bool:
    """(rules37b) The capitals in brackets after a skill are no short form of it: none of the
    skill's words' initials is among their letters ("food safety (HACCP)": a standard of its
    own, a skill too; "Google Cloud (GCP)", "concessionary passes (ENCTS)" are the skill's
    short forms).

    >>> _foreign_acronym("food safety (HACCP)"), _foreign_acronym("Google Cloud (GCP)")
    (True, False)
    """
    inner = part[part.rindex("(") + 1:].strip(" )").lower()
    initials = {word[:1].lower() for word in part[: part.rindex("(")].split()
                if word.lower() not in ("and", "or", "of", "the", "a", "an", "to", "in")}
    # (four letters at least: "Employment law (UK)" names a country, no standard)
    return len(inner) >= _FOREIGN_LETTERS and not initials & set(inner)


_FOREIGN_LETTERS = 4


def strip_acronym(name: str) -> str:
    """A name without a trailing parenthetical acronym ("Google Cloud (GCP)")."""
    return _ACRONYM.sub("", name).strip()


# A list cut off after its last joiner ("GPS units, chainsaws and ..." in a search result's
# snippet): the item before it is whole, the joiner no part of it; an item glued to the cut
# ("…, cocktail specs, cash handling...") may be cut short and is left out.
_CUT_JOINER = re.compile(r"\s+(?:and|or|&)\s*(?:\.{3}|…)\s*$")
_CUT_ITEM = re.compile(r"(?<=\S),\s*[^,.]{1,40}?(?:\.{3}|…)\s*$")


# A sentence whose list ends on "provided" or "supplied" names what an employer hands out
# ("Van, tools and uniform provided."), no skill: cut from its start to that word.
_PERKS = re.compile(r"[^.!?\"“│]*\b(?:provided|supplied|furnished|issued|included)"
                    r"(?:\s+by\s+(?:the\s+)?(?:employer|company|firm))?(?=\s*[.!\"”]|\s*$)\.?")


def without_perks(text: str) -> str:
    """``text`` without the sentences that list what an employer provides.

    >>> without_perks("Uniform, boots and a van provided. Fault finding is key.")
    ' Fault finding is key.'
    """
    if "ed" not in text:
        return text
    return _PERKS.sub("", text)


def without_cut_off(text: str) -> str:
    """``text`` without a dangling joiner before a cut ("…, chainsaws and ...") or the last
    item of a list glued to it ("…, cash handling...").

    >>> without_cut_off("Rangers use GPS units, chainsaws and ...")
    'Rangers use GPS units, chainsaws'
    >>> without_cut_off("Skills: stock rotation, till work, cash hand...")
    'Skills: stock rotation, till work'
    """
    kept = _CUT_JOINER.sub("", text)
    return _CUT_ITEM.sub("", kept) if kept == text else kept


# When or how a task is done, after it: the item is a duty, not a skill's name ("Disinfect
# the chairs between clients", "Take bloods under supervision", "Check the rig before each
# shift").
_WHEN_DONE = re.compile(r"\s(?:under (?:close )?supervision|between (?:\w+ )?(?:sessions|"
                        r"clients|patients|jobs|shifts|uses|cases)|(?:before|after|at the "
                        r"(?:start|end) of) (?:each|every|the) (?:\w+ )?(?:shift|session|day|"
                        r"job|use|visit|run))$", re.IGNORECASE)
# A condition of the hours a job is worked, not a skill: "Able to work early shifts",
# "Willing to work weekends and bank holidays", "Available to work nights".
_WORKING_TIME = re.compile(
    r"^(?:(?:must|should|you will)\s+)?(?:be\s+)?(?:able|willing|happy|prepared|available|"
    r"ability|willingness|availability)\s+to\s+work\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shifts?|nights?|weekends?|evenings?|overtime|on[- ]call|rotas?|hours|holidays|"
    r"early starts|late finishes)\b", re.IGNORECASE)


# An item naming its examples, and nothing else ("booking software such as Fresha or Timely").
_SUCH_AS_ITEM = re.compile(r"([A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+such\s+as\s+((?:[A-Z][\w.-]*"
                           r"(?:\s+|,\s*|\s+or\s+|\s+and\s+)?){1,6})")
# An item naming its example ("booking software such as Fresha"): the kind and the name.
_SUCH_AS = re.compile(r"([A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+(?:such\s+as|like|e\.g\.)\s+"
                      r"(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})")


# A record's note after a skill: a dotted leader and what follows it ("Rope rescue ……
# endorsed x4"), or an endorsement count or status closing the line.
# (a leader needs a note after it: a bare "…" ends a cut list, see without_cut_off)
_SKILL_NOTE = re.compile(r"\s*(?:(?:\.{3,}|…{2,})\s*[^.…\s][^.…]*"
                         r"|\s(?:endorsed|verified)(?:\s*[x×]\s*\d+)?"
                         r"|\s(?:self-declared|self-assessed))$", re.IGNORECASE)


def without_skill_note(item: str) -> str:
    """A skill line without a record's note after it.

    >>> without_skill_note("Load testing ........ endorsed x3")
    'Load testing'
    >>> without_skill_note("Boom repair (MIG welding) endorsed x1")
    'Boom repair (MIG welding)'
    >>> without_skill_note("Hilti power tools …… self-declared"), without_skill_note("Verified")
    ('Hilti power tools', 'Verified')
    """
    return _SKILL_NOTE.sub("", item)


# Two acronyms joined by "and" before one lower-case head ("DNA and RNA extraction").
_ACRONYMS_ONE_HEAD = re.compile(r"(?<![\w-])([a-z]?[A-Z][A-Z0-9]{1,5}) and "
                                r"([a-z]?[A-Z][A-Z0-9]{1,5}) "
                                r"([a-z]{3,}(?: [a-z]{3,})?)(?=\s*(?:[,;.]|$))")


# (fixes78) A disposition toward something, one list item ("desire and ability for
# professional development", "willingness for further study"): no skill.
_DISPOSITION = (r"(?:desire|willingness|eagerness|readiness|ability|capacity|commitment|"
                r"motivation|enthusiasm|appetite)")
_DISPOSITION_FOR = re.compile(rf"(^|[,;]\s*)(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?"
                              rf"{_DISPOSITION}(?:\s+and\s+{_DISPOSITION})?\s+for\s+[^,;]*",
                              re.IGNORECASE)


def group_label(head: str) -> bool:
    """``head``, written before a bracket of names, labels a kind of skill, no skill: in
    "Languages (French, German)" or "Software (Excel, SAP)" the bracketed names are the
    skills (``group_labels.kinds`` in ``data/headings.yaml``; read only in this shape, so a
    "LANGUAGES" heading over a list still reads its list).  A named product or a qualified
    kind before a bracket is a skill of its own ("Microsoft Office (Word, Excel)", "GIS
    software (ArcGIS Pro, QGIS)").

    >>> group_label("Languages"), group_label("Soft skills"), group_label("GIS software")
    (True, True, False)
    """
    return " ".join(head.split()).lower().rstrip(" :") in _group_labels()


@cache
def _group_labels() -> frozenset[str]:
    return frozenset(word_lists("group_labels").get("kinds", ()))


def skill_names(item: str, vocab: Vocabulary) -> list[str]:
    """The skill names one list line holds: comma/semicolon/pipe lists, glued lists, or the
    whole item.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> skill_names("Python, SQL | Apache Spark; dbt", v)
    ['Python', 'SQL', 'Apache Spark', 'dbt']
    >>> skill_names("Threat ModelingIncident ResponseCloud Security", v)
    ['Threat Modeling', 'Incident Response', 'Cloud Security']
    >>> skill_names("rope access with a Petzl harness, welding (Lincoln), site audits on "
    ...             "Procore", v)
    ['Petzl harness', 'rope access', 'Lincoln', 'welding', 'Procore', 'site audits']
    >>> skill_names("tidy site diaries, writing case notes for the panel", v)
    ['site diaries', 'writing case notes']
    >>> skill_names("hoists, pallet jacks and ...", v)
    ['hoists', 'pallet jacks']
    >>> skill_names("Willing to work late shifts (10pm)", v)
    []
    >>> skill_names("Sterilise the instruments between patients", v)
    []
    >>> skill_names("clippers, booking software such as Fresha", v)
    ['clippers', 'booking software', 'Fresha']
    >>> skill_names("booking software such as SalonPro or Timely", v)
    ['booking software', 'SalonPro', 'Timely']
    >>> skill_names("FeatureFlagr", v), skill_names("DockerPython", v)
    (['FeatureFlagr'], ['Docker', 'Python'])
    >>> skill_names("grandMA3 programming", v), skill_names("iPad ordering", v)
    (['grandMA3 programming'], ['iPad ordering'])
    >>> skill_names("MicroStation and AutoCAD", v)
    ['MicroStation', 'AutoCAD']
    """
    item = clean(without_cut_off(without_skill_note(item)).rstrip("."))
    if " for " in item and _DISPOSITION_FOR.search(item):
        # (fixes78) "…, desire and ability for professional development": a wish to grow,
        # no skill (nor its first word alone)
        item = _DISPOSITION_FOR.sub(r"\1", item).strip(" ,;")
    if _WORKING_TIME.match(item):
        return []  # "Able to work early shifts (6.30am)": when the job is done, no skill
    outside = _PARENTHESES.sub("", item)
    example = _SUCH_AS_ITEM.fullmatch(item) if " such as " in item else None
    if example is not None:  # ("EHR systems such as ChiroTouch or WebPT": before any cut)
        return [example.group(1), *split_items(example.group(2))]
    used = task_using(item) if " using " in item else None
    if used is not None:  # ("route optimization using TensorFlow": no glued list)
        return used
    if " and " in outside and any(mark in outside for mark in ",;") and (
            _ACRONYMS_ONE_HEAD.search(item)):
        # (rules41c) "DNA and RNA extraction; PCR": two acronyms of one family (one last
        # letter: "TIG and MIG welding") share the head; "PCR and DNA barcoding", "CPR and
        # AED use" name a technique, then an object of the head
        item = _ACRONYMS_ONE_HEAD.sub(lambda m: f"{m[1]} {m[3]}, {m[2]} {m[3]}" if (
            m[1][-1] == m[2][-1]) else m[0], item)
        outside = _PARENTHESES.sub("", item)
    if any(mark in outside for mark in ",;|·"):
        parts = split_items(item.replace("|", ",").replace("·", ","), keep_whole=shared_head)
        # "Numeracy, for reading sales reports": a purpose clause ends the list
        parts = _preferred_name(parts)
    elif brands := _brand_pair(outside, vocab):
        # "MicroStation and AutoCAD": two products, their humps no glued list
        parts = brands
    elif len(_GLUED_STOP.findall(outside)) >= _MIN_GLUED - 1:
        # "Medical terminology.Anatomy and physiology.Accuracy": sentences glued at stops
        parts = [p for piece in _GLUED_STOP.split(item) for p in paired_skills(piece.strip())]
    elif _one_brand(outside, vocab):
        # "LaunchDarkly", "SharePoint": one product's name, no glued list (not "DockerPython",
        # two known tools glued)
        parts = [item]
    elif _GLUED.search(_LOWER_BRAND.sub("Brand", outside)) or _CAPS_GLUE.search(outside):
        # "Financial ReportingGAAPTax PreparationExcel": cut by case, "GAAP|Tax" too, and
        # "Py" + "Torch" joined back; names in brackets are skills of their own.
        glued = _CAPS_GLUE.sub(", ", item)
        parts = []
        known = [*vocab.skills, *(n for names in vocab.tools.values() for n in names
                                  if len(n) > 2)]  # "R" would cut "REST" apart
        for piece in join_brand_names(segment(glued, known), second=5):
            head = piece.text
            if head.endswith(")") and "(" in head:
                named = bracket_names(head)
                parts.extend(named)
                head = _PARENTHESES.sub("", head).strip()
                if named and group_label(head):
                    continue  # ("…ExcelLanguages (French, German)": the group's label)
            parts.append(head)
    else:
        parts = paired_skills(item)  # "Navigation and chart work": two skills
    out: list[str] = []
    # (rules51c) "2–4 years in treasury, corporate finance or a bank's …": the fields
    for part in field_subjects(parts) if len(parts) > 1 else parts:
        if part.endswith(")") and " (" in part and (
                _ACRONYM.search(part) is None or _CODED_TOOL.search(part) is not None
                or _CAMEL_TOOL.search(part) is not None or _foreign_acronym(part)):
            # ("concussion assessment (SCAT6)": a tool's code, no acronym of the skill)
            inner = bracket_names(part) or tool_features(part) or bracket_kit(part) or (
                kind_examples(part))
            if inner:
                # "cloud warehouses (Snowflake, BigQuery)", "one orchestrator (Airflow or
                # Dagster)": the names in brackets are skills; the head is one unless it is
                # only a count ("one orchestrator").
                head = part[: part.index(" (")]
                out.extend(inner)
                if head.split()[0].lower() in _NOT_ITEM or group_label(head):
                    continue  # (fixes85) "Languages (French, German)": the kinds are skills
                part = head
        part = strip_acronym(part) if part.endswith(")") and "(" in part else part
        if part[:2] in ("a ", "an") and standing(part):
            continue  # (fixes81) "a car driver", "a licence holder": what one is, no skill
        part = _LOWER_ARTICLE.sub("", part.strip(" .:-–"))  # "a clean driving record"
        words = part.split()
        if words and words[0] in _QUALITIES and (len(words) >= 3 or (
                len(words) == 2 and words[1][:1].isupper())):
            part = " ".join(words[1:])  # "neat dive logs", "fluent French": the logs, French
        part = _PURPOSE_TAIL.sub("", part) if len(words) >= 4 else part
        part = _SUBORDINATE_TAIL.sub("", part)  # "banksman duties when the lorry reverses"
        used = task_using(part)
        if used is not None:  # "python using Dagster": the task and the tool it is done in
            out.extend(used)
            continue
        example = _SUCH_AS.fullmatch(part)
        if example is not None:  # "booking software such as Fresha": the kind and its name
            out.extend(example.groups())
            continue
        done = _DONE_IN.fullmatch(part)
        if done is not None:  # "signalling CAD in MicroStation": the task and its tool
            task, tool = done.groups()  # (a one-word task alone, "ticketing", is no skill)
            out.extend([task, tool] if " " in task else [tool])
            continue
        tool = _TOOL_CLAUSE.match(part) if " " in part else None
        if tool is not None:
            out.extend(named_alternatives(tool.group("tool")) or [tool.group("tool")])
            part = tool.group("skill")
        if len(part.split()) > _ITEM_WORDS and (shared := parallel_head(part)) is not None:
            part = shared  # (rules48c) "client account and office account bank
            # reconciliations": too long a name, the head both modifiers share is the skill
        # ((fixes81) an item's length is its name's: "basic knowledge of" opens it)
        if part and len(without_knowing(part).split()) <= _ITEM_WORDS and not is_truncated(
                part) and not _NOT_NAME.search(part) and not clause_item(
                part) and not _WHEN_DONE.search(part):
            out.append(part)
    return out


_ITEM_WORDS = 6  # the longest item read as one skill's name


# A task done in a named tool ("model builds in InfoWorks ICM", "mapping in QGIS"): both are
# skills.  The tool's name has a capital or a digit inside ("QGIS", "MicroStation"), so that
# "fluency in English" names none.
_TOOL_NAME = r"[A-Z][\w.+#-]*[A-Z0-9][\w.+#-]*(?: [A-Z][\w.+#-]*){0,2}"
_DONE_IN = re.compile(rf"([a-z][\w-]*(?: [\w-]+){{0,3}}?) (?:in|with|using) ({_TOOL_NAME})")
# A task "using" a named tool: the verb names a tool, so one capital suffices ("capacity
# planning using Jenkins"), and a one-word task is a skill too ("python using Dagster").
_USING = re.compile(r"([a-z][\w-]*(?: [\w-]+){0,3}?) using "
                    r"([A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*){0,2})")
_DONE_IN_TOOL = re.compile(rf"\b(?:in|with|using) ({_TOOL_NAME})(?=\s+and\b|[,;.)]|$)")
_AND_TOOL = re.compile(rf" and ({_TOOL_NAME})(?=[,;.)]|$)")


# The list a duty names its equipment in ("cut the pieces with power saws, mitre saws and
# routers", "check it with a level, square and laser level"): the words after "with" up to
# the clause's end.
_WITH_CLAUSE = re.compile(r"\b(?:with|using)\s+(?:an?\s+|the\s+)?([a-z][\w -]{2,80}?),\s+[a-z]")
_WITH_ARTICLE = re.compile(r"^(?:an?|the)\s+")  # (compiled here: re's cache churns on a corpus)
# (a place or a thing worked on ends the list too: "with screwdrivers and tweezers under the
# magnifier", "with a torque wrench on each flange")
_WITH_LIST = re.compile(r"\b(?:with|using)\s+(?:an?\s+|the\s+)?([a-z][\w, -]{2,120}?|"
                        r"[A-Z]{2,5}\b[\w, -]{0,120}?)"
                        r"(?=\s+(?:and|while|before|after|so|but|then)\s+(?:I|we|you|they|he|she|it"
                        r"|then)\b|\s+(?:to|for|before|after|while|under|on|in|at|into|from)\s"
                        r"|[.;:)(]|$)")
# (each "with" opens a list of its own: a longer clause that fails the tool test must not
# hide a later one, "lubricates with the oilers, regulates it … with the tester")
_WITH_WORD = re.compile(r"\b(?:with|using)\s")
# A verb of dealing with people before "with" ("communicate with train drivers and track
# teams"): the list names the people, no kit (a "driver" is a tool's noun too).
_PEOPLE_WITH = re.compile(r"\b(?:communicat|liais|collaborat|co-?operat|co-?ordinat|consult|"
                          r"talk|speak|meet|deal|interact|engag|partner|network)[a-z]*\s+"
                          r"(?:closely\s+|directly\s+|regularly\s+)?$", re.IGNORECASE)
# ("with the blowtorch and with the laser torch": the word repeated inside one list)
# (real28) An aside of examples in the list ("using gauges, such as manometers, …"): its
# frame is no part of the first example's name.
_ITEM_WITH = re.compile(r"^(?:with|using|such as|like|including|e\.g\.,?)\s+")
# A quantity before a tool ("a pair of pliers", "a set of chisels"): no part of its name.
_QUANTITY = re.compile(r"^(?:pair|set|kit|box)\s+of\s+(?=[a-z])")


def task_using(item: str) -> list[str] | None:
    """The task and the named tool of an item "<task> using <Tool>", else None.

    >>> task_using("capacity planning using Jenkins"), task_using("working using care")
    (['capacity planning', 'Jenkins'], None)
    """
    used = _USING.fullmatch(item.strip().rstrip("."))
    return list(used.groups()) if used is not None else None


def task_on_tools(item: str) -> list[str] | None:
    """(rules36c) The task and each named platform of a list item "<task> on / in <Tool> and
    <Tool>", else None.

    >>> task_on_tools("online selling on Etsy and eBay"), task_on_tools("stock counts in Excel")
    (['online selling', 'Etsy', 'eBay'], ['stock counts', 'Excel'])
    >>> task_on_tools("experience in Python") is None, task_on_tools("work in Leeds and York")
    (True, None)
    """
    placed = _ON_TOOLS.fullmatch(item.strip().rstrip(".")) if (
        " on " in item or " in " in item) else None
    if placed is None or placed.group("task").split()[0] in _NOT_TASKS:
        return None
    return [placed.group("task"), *_TOOL_JOIN.split(placed.group("tools"))]


# (rules36c) "online selling on eBay and Depop", "weekly sales figures in Excel": a task of
# two to four lower-case words, then the platforms it is done on, each a name
_TOOL_WORD = r"(?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)"
_ON_TOOLS = re.compile(rf"(?P<task>[a-z][\w-]*(?: [a-z][\w-]*){{1,3}}) (?:on|in) "
                       rf"(?P<tools>{_TOOL_WORD}(?:(?:, | and | or ){_TOOL_WORD})*)")
_TOOL_JOIN = re.compile(r", | and | or ")
# Openers of a requirement, not a task ("experience in Python", "work in Leeds")
_NOT_TASKS = frozenset({"experience", "work", "working", "knowledge", "skills", "skill",
                        "background", "training", "qualification", "degree", "based",
                        "living", "located", "jobs", "roles"})


def category_examples(label: str, description: str) -> list[str]:
    """The examples a bullet names after a label that is only a kind of tool
    (``tool_lists.categories``): "Software: pharmacy systems such as PioneerRx or Epic Willow"
    names PioneerRx and Epic Willow; empty for any other label or no examples.

    >>> category_examples("Software", "design tools like PV*SOL or OpenSolar for layouts")
    ['PV*SOL', 'OpenSolar']
    >>> category_examples("Pharmacy math", "dosage calculations such as days' supply")
    []
    """
    if label.strip().lower() not in word_lists("tool_lists").get("categories", ()):
        return []
    return prose_skills(description)


def tool_category(label: str) -> bool:
    """A bullet label that names a kind of tools in plain words ("Software", "Office
    computer", "Accounting systems"): its items are the skills, the label none. A word in
    capitals before the kind makes it a skill of its own ("CAD software").

    >>> tool_category("Office computer"), tool_category("Software"), tool_category("CAD software")
    (True, True, False)
    >>> tool_category("Statistics"), tool_category("Computer skills")
    (False, False)
    """
    words = label.split()
    if not words or words[-1].lower() not in word_lists("tool_lists").get("categories", ()):
        return False
    if len(words) > 2 and words[0].lower() in _KNOWING and words[1].lower() in ("of", "with",
                                                                               "in"):
        return False  # (real49) "Knowledge of surveying techniques and equipment": a skill
    return all(w[1:] == w[1:].lower() and (at == 0 or w.islower())
               for at, w in enumerate(words[:-1]))


# (real49) What a skill's label says one knows or can use ("Knowledge of …", "Familiarity
# with …"): a skill however its last word reads, never a kind of tools.
_KNOWING = frozenset({"knowledge", "understanding", "familiarity", "proficiency", "command",
                      "mastery", "awareness"})


@cache
def _tool_heads() -> frozenset[str]:
    return frozenset(word_lists("tool_lists").get("heads", ()))


# One piece of kit in lower case in the bracket closing a skill ("brake testing (roller
# brake tester)"): a short noun phrase, no figure or list in it.
_KIT_BRACKET = re.compile(r"\(((?:[a-z][a-z-]*\s){0,3}([a-z]+))\)$")


# A bracket holding a tool's code, letters then digits ("(SCAT6)", "(ISO 9001)" is no such).
_CODED_TOOL = re.compile(r"\s\([A-Z]{2,6}\d{1,2}\)$")
# A bracket holding one brand in camel case ("A-scan biometry (IOLMaster)", "(PentaScan)"):
# two capitals and a run of lower case, a product's name, no acronym of the skill ("PhD").
_CAMEL_TOOL = re.compile(r"\s\((?=(?:[a-z]*[A-Z]){2})(?=[A-Za-z]*[a-z]{3})[A-Z][A-Za-z]{3,14}\)$")
# A plural kind before a bracket of its instances ("therapeutic modalities (ultrasound, …)").
_KIND_BRACKET = re.compile(r"^[a-z][\w-]*(?: [a-z][\w-]*){0,2}(?:ies|[^s]s) \(([^()]+)\)$")
_EXAMPLE_WORDS = 3  # words of one instance in the bracket


def kind_examples(item: str) -> list[str]:
    """The instances a bracket lists after a plural kind, in lower case ("therapeutic
    modalities (ultrasound, e-stim)" -> ultrasound, e-stim); none for a bracket of qualities
    ("skills (written, spoken)") or a single word.

    >>> kind_examples("therapeutic modalities (ultrasound, e-stim)")
    ['ultrasound', 'e-stim']
    >>> kind_examples("language skills (spoken, written)"), kind_examples("taping (ankles)")
    ([], [])
    """
    kind = _KIND_BRACKET.match(item)
    if kind is None or "," not in kind.group(1):
        return []
    examples = split_items(_BRACKET_OPENER.sub("", kind.group(1).strip()))
    if len(examples) < 2 or not all(
            _FEATURE.match(e) and len(e.split()) <= _EXAMPLE_WORDS
            and not set(e.lower().split()) & _QUALITY_WORDS and not e.endswith(("ed", "ly"))
            for e in examples):
        return []
    return examples


def bracket_kit(item: str) -> list[str]:
    """The one tool a lower-case bracket names after a skill, its last word a kit noun
    (data ``tool_lists.heads``): "hose testing (pressure gauge)" -> "pressure gauge"; none
    for a bracket of qualities or places ("Welding (basic)", "Sales (retail)").

    >>> bracket_kit("hose testing (pressure gauge)"), bracket_kit("Welding (basic)")
    (['pressure gauge'], [])
    """
    kit = _KIT_BRACKET.search(item)
    if kit is None or kit.group(2) not in _tool_heads() or item.startswith("("):
        return []
    return [kit.group(1)]


def with_tools(text: str, *, minimum: int = 1) -> list[str]:
    """The equipment a duty lists after "with", when every item ends in a tool's noun
    (``tool_lists`` in ``data/headings.yaml``): "with clients and contractors" names none.
    ``minimum``: the fewest items a list must hold (2 for a sentence outside a duty, where
    one noun after "with" is as often a figure of speech: "a trade with a clear ladder").

    >>> with_tools("- check the work with a level, square and laser level")
    ['level', 'square', 'laser level']
    >>> with_tools("test the loop with a meter and a clamp gauge, then log the readings")
    ['meter', 'clamp gauge']
    >>> with_tools("clear the line with hand tools (slasher, rake, fire beater) and water")
    ['hand tools', 'slasher', 'rake', 'fire beater']
    >>> with_tools("I'm at 65 words per minute with a foot pedal and I proofread"), with_tools(
    ...     "work with clients and contractors")
    (['foot pedal'], [])
    >>> with_tools("A good trade with a clear ladder.", minimum=2)
    []
    >>> with_tools("strip the lead with a pair of pliers and a crimper")
    ['pliers', 'crimper']
    >>> with_tools("test the loop using meters, such as ohmmeters, voltmeters, or oscilloscopes")
    ['meters', 'ohmmeters', 'voltmeters', 'oscilloscopes']
    """
    found = _article_kit(text) if " a" in text else []
    if "with" not in text and "using" not in text:
        return found  # (every pattern below needs one of the two words: most lines hold neither)
    heads = _tool_heads()
    for kit in _KIT_EXAMPLES.finditer(text):  # "with hand tools (beater, hoe, McLeod)"
        examples = [i.strip() for i in split_items(_EXAMPLE_OPENER.sub("", kit.group(2)))]
        if len(examples) >= 2 and all(0 < len(i.split()) <= 3 for i in examples):
            found.extend([kit.group(1), *examples])
    # (the whole list, else its part before a comma that goes on with the next duty: "with a
    # multimeter and a reflectometer, read wiring diagrams")
    starts = [m.start() for m in _WITH_WORD.finditer(text)
              if not _PEOPLE_WITH.search(text, max(0, m.start() - 40), m.start())]
    for listed in [*(m.group(1) for m in (_WITH_LIST.match(text, i) for i in starts) if m),
                   *(m.group(1) for m in (_WITH_CLAUSE.match(text, i) for i in starts) if m)]:
        items = [_QUANTITY.sub("", _WITH_ARTICLE.sub("", _ITEM_WITH.sub("", i.strip())))
                 for i in split_items(listed)]
        if minimum > 1 and any(_CLAUSE_IN_ITEM.search(i) for i in items):
            continue  # "with manual handling using hoists …": a task, its own "using" read
        if len(items) >= minimum and _kit_list(items, heads, tools_needed=min(minimum, 2)):
            found.extend(i for i in items if i not in found)
    return found


# A verb of use and its list, each item with its own indefinite article ("you will use a
# tally gun, a sack barrow and a shrink wrapper"): up to the clause's end.
_USE_ARTICLE = re.compile(r"\b(?:use|uses|using|used|operate|operates|operating|operated)\s+"
                          r"(an?\s[a-z][\w ,-]{2,120}?)"
                          r"(?=\s+(?:to|for|before|after|while|under|on|in|at|into|from|when|so|"
                          r"but|then|every|each)\s|[.;:)(]|$)")
_ARTICLE_ITEM = re.compile(r"an?\s+([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})")
# Words that make an item no thing ("a lot of", "a calm and friendly manner" split apart).
_ARTICLE_ITEMS = 3  # this many articled items are kit whatever their nouns
_NOT_THING_WORDS = frozenset({"of", "lot", "bit", "range", "mix", "variety", "number", "way",
                              "little", "few", "good", "great", "wide"})


def kit_cued(text: str) -> bool:
    """Whether :func:`with_tools` may find kit in ``text`` ("with", "using", or a verb of use
    before a list of articled kit): a cheap test for the callers that read many lines."""
    return " with " in text or " using " in text or (" a" in text and bool(_article_kit(text)))


def _article_kit(text: str) -> list[str]:
    """The kit a verb of use lists with an article before every item: three or more, or two
    of which one ends in a tool's noun; the repeated "a" marks countable things, each a tool.

    >>> _article_kit("You will use a tally gun, a sack barrow and a shrink wrapper.")
    ['tally gun', 'sack barrow', 'shrink wrapper']
    >>> _article_kit("You use a staple gun and a hand truck.")
    ['staple gun', 'hand truck']
    >>> _article_kit("You use a calm voice and a friendly manner."), _article_kit(
    ...     "I used a lot of tape and a little glue")
    ([], [])
    """
    heads = _tool_heads()
    for listed in _USE_ARTICLE.finditer(text):
        parts = split_items(listed.group(1))
        items = [m.group(1) for m in map(_ARTICLE_ITEM.fullmatch, parts) if m]
        if len(parts) < 2 or len(items) != len(parts) or any(
                set(item.split()) & _NOT_THING_WORDS for item in items):
            continue
        if len(items) >= _ARTICLE_ITEMS or any(_tool_noun(item.split()[-1], heads)
                                               for item in items):
            return items
    return []


# A second "with"/"using" inside an item: the item is a task done with kit, no kit.
_CLAUSE_IN_ITEM = re.compile(r"\s(?:using|with)\s")


# A kind of kit after "with" and its examples in brackets ("with hand tools (beater, hoe,
# McLeod)"): the kind and each example are the duty's tools.
_EXAMPLE_OPENER = re.compile(r"^(?:e\.g\.,?|i\.e\.,?|such as|like|for example,?)\s+")
_KIT_EXAMPLES = re.compile(r"\bwith\s+((?:[a-z]+\s)?(?:tools|equipment|kit|gear|instruments|"
                           r"machinery))\s+\(([^()]{2,80})\)")


# An item of a kit list that names no tool's noun but may stand among tools: a plural noun
# of up to three lower-case words ("hoses", "hazel spars") or an acronym ("CMM", "GPS");
# a singular is too often a clause's verb ("with a trowel and move on").
_PLAIN_ITEM = re.compile(r"(?:[a-z][a-z-]*\s){0,2}[a-z][a-z-]*[^s\W]s|[A-Z]{2,5}")
# ... but no people, no clause and no quality: "with carers and a hoist", "with a level and
# being careful", "with patience and a trowel"
# (people by their plural: "-ers" is no mark, "ladders" and "nippers" are kit)
_NOT_KIT = re.compile(r"(?:ing|ed|ness|ity|ence|ance|ists?|ians?|ees|ants|people|staff|"
                      r"team|teams|crew|crews|family|families|children|public|care|"
                      r"clients|customers|colleagues|patients|guests|visitors|users|carers|"
                      r"nurses|doctors|workers|managers|engineers|volunteers|students|pupils|"
                      r"supervisors|contractors|partners|suppliers|residents|members|officers|"
                      r"his|her|their|our|your|them|it|others?)$")
_GENERIC_KIT = frozenset({"tools", "equipment", "kit", "gear"})
# Words that make no kind of a generic kit word: "stay updated with the latest tools" names
# no tool, "hand tools" and "diagnostic equipment" do.
_VAGUE_MODIFIERS = frozenset({"latest", "newest", "new", "modern", "current", "right", "proper",
                              "appropriate", "necessary", "relevant", "required", "best",
                              "various", "other", "all", "any", "such", "same", "own"})


def _vague_kit(item: str) -> bool:
    """A generic kit word with only vague words before it ("the latest tools").

    >>> _vague_kit("latest tools"), _vague_kit("hand tools"), _vague_kit("level")
    (True, False, False)
    """
    words = item.lower().split()
    return words[-1] in _GENERIC_KIT and all(word in _VAGUE_MODIFIERS for word in words[:-1])


def _kit_list(items: list[str], heads: frozenset[str], *, tools_needed: int = 1) -> bool:
    """Whether the items after "with" are a kit list: each ends in a tool's noun, or (two
    items at least) half of them do and the others are plain nouns or acronyms ("with a CMM,
    vernier calipers and bore gauges", "using hoses, ladders and thermal cameras").
    ``tools_needed``: the fewest items that must end in a tool's noun (2 outside a duty,
    where one such noun is weak evidence: "align practices with goals and maturity level")."""
    if not items or any(not i or len(i.split()) > _KIT_WORDS for i in items):
        return False
    tools = [i for i in items if _tool_noun(i.split()[-1].lower(), heads) and (
        i.lower() not in _GENERIC_KIT) and not _vague_kit(i)]
    if len(tools) < tools_needed:
        return False
    if len(tools) == len(items):
        return True
    others = [i for i in items if i not in tools]
    return len(items) >= 2 and 2 * len(tools) >= len(items) and all(
        _PLAIN_ITEM.fullmatch(i) and not (i.islower() and _NOT_KIT.search(i))
        and i not in _GENERIC_KIT and not _VERB_FIRST.match(i) for i in others)


# A verb and its object after the list's comma, no kit: "with a stapler, sews covers on …"
# (a compound's first word is seldom a plural: "bore gauges", "hazel spars")
_VERB_FIRST = re.compile(r"^[a-z]+[^s\W]s\s")


_KIT_WORDS = 4


def _tool_noun(word: str, heads: frozenset[str]) -> bool:
    """A tool's noun, or a compound ending in one ("jigsaws", "hacksaw"), unless the word
    names people ("suppliers" ends in "pliers").

    >>> heads = frozenset({"pliers", "saws"})
    >>> _tool_noun("jigsaws", heads), _tool_noun("suppliers", heads)
    (True, False)
    """
    return word in heads or (word.endswith(_long_heads(heads)) and word not in _PEOPLE_NOUNS)


# Plural nouns of people that end in a tool's noun ("suppliers": "pliers").
_PEOPLE_NOUNS = frozenset({"suppliers", "shoppers", "compliers"})


@cache
def _long_heads(heads: frozenset[str]) -> tuple[str, ...]:
    """The heads a compound may end in (longer than three letters), for one
    ``str.endswith`` test instead of a loop over every head."""
    return tuple(head for head in heads if len(head) > 3)


@cache
def _wish_nouns() -> tuple[str, ...]:
    """(rules49c) The nouns of a wish remark ("a plus", "an advantage"), lower case."""
    return tuple(str(noun).lower() for noun in word_lists("skill_trailers").get(
        "wish_nouns", ()))


def done_in_tools(text: str) -> list[str]:
    """The named tools a list's tasks are done in ("signalling CAD in MicroStation and
    AutoCAD").

    >>> done_in_tools("flow surveys, model builds in InfoWorks ICM and mapping in QGIS.")
    ['InfoWorks ICM', 'QGIS']
    >>> done_in_tools("signalling CAD in MicroStation and AutoCAD.")
    ['MicroStation', 'AutoCAD']
    >>> done_in_tools("fluent in English, at ease with Excel")
    []
    >>> done_in_tools("Portuguese is a huge plus in RI")
    []
    """
    found: list[str] = []
    for match in _DONE_IN_TOOL.finditer(text):
        if text[:match.start()].rstrip().lower().endswith(_wish_nouns()):
            continue  # (rules49c) "Portuguese is a huge plus in RI": where the wish holds
        found.append(match.group(1).rstrip("."))
        more = _AND_TOOL.match(text, match.end())
        if more is not None:
            found.append(more.group(1).rstrip("."))
    return found


# An item that is a clause about people, no skill: a pronoun ("a DAW you love", "we're a
# Reaper studio") or people welcomed ("Nuendo folks welcome").
_CLAUSE_ITEM = re.compile(r"\b(?:you|we|we're|they|our)\b|\b(?:folks|people|candidates|"
                          r"applicants)\s+(?:welcome|encouraged)\b", re.IGNORECASE)


def clause_item(text: str) -> bool:
    """A list item that is a clause about people, no skill ("a DAW you love", "Nuendo
    folks welcome").

    >>> clause_item("a DAW you love"), clause_item("Nuendo folks welcome"), clause_item("Nuendo")
    (True, True, False)
    """
    return _CLAUSE_ITEM.search(text) is not None


def prose_skills(text: str, *, anywhere: bool = False) -> list[str]:
    """Skills enumerated in a sentence after "including", "such as", "proficiency in" …

    Only lists of two or more short items count; the list stops at the first item that
    reads as a clause.  ``anywhere``: the sentence is not in a skills section, so only
    openers that announce skills count ("candidates bring …", "skills include …").
    """
    lowered = text.lower()
    found: list[str] = []
    named = _NAMED_SKILLS.search(text) if ":" in text else None
    if named is not None:  # "Key techniques worth listing: A, B and C"
        found.extend(_items_after(text, named.end()))
        also = _ALSO.search(text, named.end())  # "… Also D, E and F.": the list goes on
        if also is not None:
            found.extend(_items_after(text, also.end()))
    praised = _PRAISED.search(text) if " known " in text or "olleagues " in text else None
    if praised is not None:  # "Colleagues cite her A, B and C": two or more, as any list
        found.extend(_items_after(text, praised.end()))
    if "questions " in text:  # "It may include questions on A; B; C": the topics tested
        found.extend(questioned_skills(text))
    if anywhere and not _ANY_SKILL_OPENER.search(lowered) and " need " not in text:
        return found
    subject = _PLURAL_NEED.match(text)  # "Welders need A, B and C": the role's people
    if subject is not None:
        found.extend(_items_after(text, subject.end()))
    for also in _ALSO_NEED.finditer(text) if " also need " in text else ():
        found.extend(_items_after(text, also.end()))  # "Our people also need A, B and C"
    for opener in _SKILL_OPENERS if anywhere else _OPENERS + _SKILL_OPENERS:
        position = lowered.find(opener)
        while position != -1:
            if position and lowered[position - 1].isalpha() and opener[:1].isalpha():
                # (real34) "Unlike joining the police, …": the opener inside a longer word
                position = lowered.find(opener, position + 1)
                continue
            listed = _items_after(text, position + len(opener))
            if listed and listed[0].lower() in _BACK_REFERENCES:
                listed = []  # "If you combine the two, the salary …": things named before
            if listed and lowered.startswith("the following ", position + len(opener)):
                listed = []  # (real50) "You'll need the following degrees, licences and
                # experience to work as a X:": kinds of what is listed below, no skills
            if opener.endswith("look for "):  # ("SAP or a similar ERP": no name of its own)
                listed = [item for item in listed if not _SIMILAR_ONES.match(item)]
            # (a quotation states no list; "Along with A, B is …" opening a sentence is a
            # fronted phrase, its comma the main clause's start)
            if opener == "calls for " and CALLS_NOUN.search(text, 0, position):
                listed = []  # "outbound calls for a company": the noun, no cue
            if opener == ", learning " and _GERUND_SUBJECT.match(text, position + len(opener)):
                listed = []  # (real41) "…; instead, learning about history is a good place to
                # start": the learning is the clause's subject, advice, no list of skills
            if (not anywhere or not _quoted(text, position)) and not (
                    opener == "along with " and (text[position] == "A" or lowered[
                        :position].endswith((", and ", "; and ")))):
                # (real33) "…, and along with the syllabus, one also needs to …": fronted
                found.extend(_task_and_tool(listed))
            position = lowered.find(opener, position + 1)
    # (real34) "…, and be able to read blueprints" cut at its "to": the ability's verb, no name
    found = [item for item in found if item.lower() not in _ABILITY_STUBS]
    # (real48) "A, B, and C, blended with exceptional patience" cut at its "with": the
    # participle joining more to the list, no item
    found = [item for item in found if item.split(" ", 1)[0].lower() not in _JOINING_PARTICIPLES]
    # (real38) "you will need specific qualifications and certification": what a worker must
    # hold, named by its kind alone, is no skill
    found = [item for item in found if _BARE_CREDENTIAL.fullmatch(item) is None]
    # (rules49b) "experience with us — reply and I'll connect you": a person named by a
    # pronoun opens no skill
    found = [item for item in found if _PRONOUN_ITEM.match(item) is None]
    # (real46) "Knowledge of the meat trade or experience in food retailing may help you …":
    # the last item runs into the sentence's verb, cut there (with its "experience in")
    found = [_EXPERIENCE_IN.sub("", item[:clause.start()]) if (
        clause := _MODAL_CLAUSE.search(item)) is not None else item
        for item in rejoined_heads(found, text)]
    # (real35) "use their knowledge of tools and equipment": the wrapper no part of the name
    return list(dict.fromkeys(_OWN_WRAPPER.sub("", item) for item in found if item))


# (real48) Participles that join more to a list ("…, blended with", "…, coupled with").
_JOINING_PARTICIPLES = frozenset({"blended", "combined", "coupled", "paired", "matched",
                                  "married", "teamed"})
# (real46) A modal verb and its verb inside an item: the sentence's predicate, no part of it.
_MODAL_CLAUSE = re.compile(r"\s+(?:may|might|will|would|could|can|should)\s+(?:help|be|make|"
                           r"give|improve|boost|increase|count|prove)\b")
_EXPERIENCE_IN = re.compile(r"^(?:some\s+)?experience\s+(?:in|of|with)\s+", re.IGNORECASE)


# (real41) A gerund phrase that is its clause's subject ("learning about history and the
# subjects museums cover is a good place to start"): its verb follows in the clause.
_GERUND_SUBJECT = re.compile(r"[^.;:!?]*?\s(?:is|are|was|were|can be|will be|would be)\s")
# A possessive wrapper before a skill ("their knowledge of", "your skills in").
_OWN_WRAPPER = re.compile(r"^(?:their|his|her|your|its|our)\s+(?:knowledge|understanding|"
                          r"experience|skills?|expertise)\s+(?:of|in|with)\s+", re.IGNORECASE)


# (rules49b) An item opening with a personal pronoun (lower case; "I" alone): a person, no skill.
_PRONOUN_ITEM = re.compile(r"(?:us|you|me|them|him|it|we|I)(?:['’](?:ll|m|d|re|ve))?(?![\w-])")
_ABILITY_STUBS = frozenset({"be able", "able", "be", "being able"})
# A credential named by its kind alone, with at most a vague qualifier ("specific
# qualifications", "certification", "relevant experience"): what is held, no skill.
_BARE_CREDENTIAL = re.compile(
    r"(?:(?:the\s+)?(?:specific|relevant|appropriate|necessary|required|right|proper|certain|"
    r"some|formal|recognised|recognized|further)\s+)?(?:qualifications?|certifications?|"
    r"certificates?|experience|licen[cs]es?|insurance|accreditation|credentials|registration|"
    r"permits?|paperwork)", re.IGNORECASE)


def questioned_skills(text: str) -> list[str]:
    """The topics an exam notice says its test asks about (two or more; a list split by
    semicolons as one split by commas).

    >>> questioned_skills("The exam may include questions on load charts; rigging (LEEA).")
    ['load charts', 'rigging (LEEA)']
    >>> questioned_skills("Test questions on rotas or leave? Ask your line manager.")
    []
    """
    found: list[str] = []
    for cue in _QUESTIONED.finditer(text):
        stop = re.search(r"[.?](?:\s|$)", text[cue.end():])
        body = text[cue.end():cue.end() + stop.start() if stop else len(text)]
        if stop is not None and stop.group().startswith("?"):
            continue  # a question put to the reader, no topics tested
        topics = _semicolon_topics(body) if body.count("; ") >= 2 else []
        found.extend(topics or _items_after(body.replace("; ", ", ") + ".", 0))
    return found


_TOPIC_WORDS = 6  # (a topic of a test notice's semicolon list: a short noun phrase)
_GLOSSED = re.compile(r"(?P<head>[^()]+?)\s*\((?P<gloss>[^()]+)\)")


def _semicolon_topics(body: str) -> list[str]:
    """(fixes75) The topics of a notice's semicolon list ("questions on A (B); C; D; E"),
    each part a topic, a bracketed name after one a topic of its own ("fire detection
    (NFPA 72)": the code named too, as "pipe sizing (WSAA)" gives WSAA); [] when
    a part is no short phrase.

    >>> _semicolon_topics("tide tables (Admiralty TotalTide); chartwork; radar plotting")
    ['tide tables', 'Admiralty TotalTide', 'chartwork', 'radar plotting']
    >>> _semicolon_topics("rigging (LEEA); load charts; slinging")
    ['rigging', 'LEEA', 'load charts', 'slinging']
    """
    topics: list[str] = []
    for raw in body.split(";"):
        part = re.sub(r"^(?:and|or)\s+", "", raw.strip(" ."))
        if not part or len(part.split()) > _TOPIC_WORDS or part[:1].isdigit():
            return []
        glossed = _GLOSSED.fullmatch(part)
        if glossed is not None:
            topics += [glossed.group("head"), glossed.group("gloss").strip()]
        else:
            topics.append(part)
    return topics


_COVERS = (" covers ", " cover ", " covered ", " covering ")
_PLUS_END = re.compile(r"[.;,(]|\s(?:with|using|for|on|in|to)\s")


def _task_and_tool(items: list[str]) -> list[str]:
    """``items`` with each "<task> using <Tool>" read as the task and the tool ("A and B
    using C and D" splits into "A", "B using C", "D": B and C are two skills).

    >>> _task_and_tool(["hedge surveys", "canopy mapping using Treeworks", "laser clinometer"])
    ['hedge surveys', 'canopy mapping', 'Treeworks', 'laser clinometer']
    """
    out: list[str] = []
    for item in items:
        used = task_using(item) if " using " in item else None
        out.extend(used if used is not None else [item])
    return out


def covered_skills(text: str) -> list[str]:
    """What a course "covers", as a training section states it: the listed topics, the
    kinds a bracket after the last one names, and a topic added after "plus".

    >>> covered_skills("The course covers rigging, load charts and signalling (hand "
    ...                "signals, radio calls), plus slinging and tagging with chains.")
    ['rigging', 'load charts', 'signalling', 'hand signals', 'radio calls', 'slinging and tagging']
    """
    lowered = text.lower()
    cue = next((c for c in _COVERS if c in lowered), None)
    if cue is None:
        return []
    start = lowered.find(cue) + len(cue)
    names = _items_after(text, start)
    if len(names) >= 2 and _LONE_ADJECTIVE.fullmatch(names[-2]) and " " in names[-1] and (
            (pair := re.search(rf"\b{re.escape(names[-2])}\s+(?:and|or)\s+"
                               rf"{re.escape(names[-1])}", text)) is not None):
        # (fixes78) "covering cardiovascular and strength exercises": an adjective shares
        # the last item's head, no item alone; the pair stays as printed
        names[-2:] = [pair.group(0)]
    end = text.find(names[-1], start) + len(names[-1]) if names else -1
    bracket = _BRACKETS.match(text, end + 1) if names and text[end:end + 2] == " (" else None
    if bracket is not None:
        names.extend(split_items(bracket.group(1)))
        end = bracket.end()
    if names and text[end:end + 7] == ", plus ":  # one topic, "and" inside it
        names.append(_PLUS_END.split(text[end + 7:end + 80], maxsplit=1)[0].strip())
    return names


# (fixes78) One lower-case word spelt as an adjective ("cardiovascular", "aerobic",
# "respiratory"): no topic alone.
_LONE_ADJECTIVE = re.compile(r"[a-z]{3,}(?:al|ar|ic|ous|ive|ary)")
# A course named as the subject of "covers" in any section: "Training at the academy covers
# A, B and C", "classroom training at the centre covering A, B", "my course covered A, B".
_COURSE_COVERS = re.compile(r"\b(?:training|course|induction|curriculum|syllabus)\b"
                            r"[^.;:()]{0,60}?\scover(?:s|ed|ing)\s", re.IGNORECASE)


def course_topics(text: str) -> list[str]:
    """The topics a course "covers" when the sentence names the course as the subject, in
    any section (:func:`covered_skills` reads them); [] for other sentences.

    >>> course_topics("Training at the depot covers coupling, brake tests and cab radio.")
    ['coupling', 'brake tests', 'cab radio']
    >>> course_topics("The allowance covers boots, gloves and a hard hat.")
    []
    """
    match = _COURSE_COVERS.search(text)
    if match is None:
        return []
    start = text.rfind(". ", 0, match.start()) + 1  # the sentence that names the course
    return covered_skills(text[start:].strip())


# What an agreement's clause requires of the classification, in contract language: a
# licence it "shall hold", training it "shall complete", "the Employer's" tools it is "to use".
_HOLD = re.compile(r"\bshall\s+hold\s+(?:an?\s+)?(?:valid\s+)?(.+?)(?=\s+(?:and\s+shall|issued|"
                   r"within|before|prior|as\s+an?)\b|[.;]|$)")
_COMPLETE = re.compile(r"\bshall\s+complete\s+(?:the\s+)?(?:Employer's\s+)?([^.;]{3,80}?)\s+"
                       r"training\b")
_EMPLOYER_TOOLS = re.compile(r"\bto\s+use\s+the\s+Employer's\s+([^.;]{3,120})")
_WITH_AN = re.compile(r"\s+with\s+an?\s+")


def clause_skills(text: str) -> list[str]:
    """Licences, training and tools a contract clause requires of the classification.

    >>> clause_skills("A Porter shall hold a valid forklift licence with a reach truck "
    ...               "endorsement and shall complete the Employer's first aid training.")
    ['forklift licence', 'reach truck endorsement', 'first aid']
    >>> clause_skills("Porters are to use the Employer's scanning app (StockPal) and yard log.")
    ['scanning app (StockPal)', 'StockPal', 'yard log']
    """
    found: list[str] = []
    if "shall " not in text and "Employer's" not in text:
        return found  # (contract language only)
    for match in _HOLD.finditer(text) if " hold " in text else ():
        for item in split_items(match.group(1)):
            found.extend(_LEAD_ARTICLE.sub("", part) for part in _WITH_AN.split(item))
    for match in _COMPLETE.finditer(text) if "complete" in text else ():
        found.extend(split_items(match.group(1)))
    for match in _EMPLOYER_TOOLS.finditer(text) if "to use" in text else ():
        for item in split_items(match.group(1)):
            found.append(_LEAD_ARTICLE.sub("", item))
            found.extend(bracket_names(item))
    return [name for name in dict.fromkeys(found)
            if 0 < len(name.split()) <= _MAX_QUALIFIED_WORDS]


def _quoted(text: str, position: int) -> bool:
    """``position`` lies inside a quotation ("… "You learn A, you learn B," she says")."""
    before = text[:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


# Heads that only say what follows ("a feel for fabric", "a grasp of anatomy", "how to …").
_EMPTY_HEADS = frozenset({"feel", "grasp", "command", "sense", "eye", "knack", "flair", "way",
                          "how", "what", "why", "when", "where", "whether",
                          "confidence", "comfort"})  # ("…, and confidence with A")
# A choice closed by ", and" ("with tools like A or B, and tune C"): the list ends at the
# choice, the next part is the sentence's next predicate.
_CLOSED_CHOICE = re.compile(r"\s+or\s+[^,]+(?=,\s+and\s)")


# Words that end a name's own tail inside a closed list ("building budgets in Excel", "door
# drills on the trainers"): a place, a tool or a manner after the name, cut off.
_PART_TAILS = frozenset({"in", "on", "at", "like", "from", "across", "during"})
# A list's closing item after ", and" at the sentence's end: a short name, no clause.
_EXAMPLE_OPENERS = ("including ", "such as ", "like ", "e.g., ", "e.g. ")
_CLOSING_ITEM = re.compile(r",\s+and\s+(?P<last>[^,]{3,60})$")


def _closed_list(text: str, start: int, end: int, body: str) -> bool:
    """Whether ``body`` (``text`` from ``start`` to ``end``) is a list closed by ", and
    <name>" at the sentence's end, so each of its comma's parts is an item of the one list.

    After an example's opener ("a tool such as A or B, and C", "guidelines like a lawyer,
    …, and D") the closing item may end an outer list, so the mark counts for no example.

    >>> _closed_list("Needs SQL, Go, and Rust.", 6, 23, "SQL, Go, and Rust")
    True
    >>> _closed_list("Needs SQL and Go, and the pay is good.", 6, 37,
    ...              "SQL and Go, and the pay is good")
    False
    """
    if (end < len(text) and text[end] != ".") or text[:start].lower().endswith(_EXAMPLE_OPENERS):
        return False
    match = _CLOSING_ITEM.search(body.rstrip())
    if match is None:
        return False
    words = [word.lower() for word in match["last"].split()]
    if " ".join(words) in _OPEN_ENDS:
        return False  # "… such as A, B, and more": examples left open, no list of its own
    return len(words) <= 4 and words[0] not in VERBS | _PREDICATE_VERBS | _PRONOUNS and not (
        _STOP_WORDS.intersection(words))


# Closing words that leave a list of examples open ("…, and more"): no item, no closed list.
_OPEN_ENDS = frozenset({"more", "many more", "much more", "others", "many others", "so on",
                        "the like", "so forth"})

_TAIL_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "its", "his", "her"})


def _tail_object(words: list[str], index: int) -> bool:
    """Whether the tail word at ``index`` opens a place, a tool or a manner of its own (a
    determiner, a name or a figure after it: "in Excel", "on the older stock", "like a
    lawyer"), not an idiom of the skill's ("working at height", "being on time")."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return following.lower() in _TAIL_DETERMINERS or following[:1].isupper() or (
        following[:1].isdigit())


def _take_items(raws: list[str], items: list[str], tails: frozenset[str] = frozenset()) -> str:
    """Add the list's items from ``raws`` to ``items`` up to the first that reads as a
    clause; "" when all were read, "part" when an item ends only its own part (a phrase
    after the name: "door drills on the trainers"), "list" when it ends the list (a new
    subject or predicate, a verb).  ``tails``: more words that cut an item (its name kept).
    """
    for raw in raws:
        item = raw
        for word in _DROP:
            if item.lower().startswith(word) and not item.lower().startswith(_QUALIFIED_NAMES):
                item = item[len(word):]
        words = item.removeprefix("of ").split()
        if words and words[0].lower() in _EMPTY_HEADS | _PRONOUNS:
            return "list"
        if items and _NEW_CLAUSE_ITEM.match(item) and not _NEW_CLAUSE_ITEM.match(items[0]):
            return "list"  # "A and B, and an understanding of C": a new list after this one
        if (words and words[0].lower() in _PREDICATE_VERBS) or _verb_of_pronoun(words):
            return "list"  # "… with A and B, and has strong C skills": the next predicate
        cut = next((i for i, w in enumerate(words) if (w.lower() in _STOP_WORDS or (
            w in tails and _tail_object(words, i))) and not _fixed_phrase(words, i)), len(words))
        if cut < len(words):
            if cut and (cut <= 4 or not tails):  # (a long name is a phrase)
                items.append(" ".join(words[:cut]))
            return "part"
        if words and words[0].lower() in VERBS:
            return "list"  # "…, design and build C": a clause, no name
        if not words or len(words) > 4 or any(
                w.lower().rstrip(",") in ("including", "like", "such") for w in words):
            return "part"
        items.append(" ".join(words))
    return ""


# What follows a list's last whole item where a length limit cut it: a comma, "and", "or".
_ITEM_CLOSED = re.compile(r",|\s+(?:and|or)\s")


# An aside set off by commas just after "and" / "or" ("A and, frankly, B"): no list item.
_CONJUNCTION_ASIDE = re.compile(r"\b(and|or),\s+(?:(?P<condition>(?:depending|based|according|"
                                r"if|when|where|whether)\b[^,]{1,60})|[^,]{1,30}),\s+")


def _items_after(text: str, start: int, minimum: int = 2) -> list[str]:
    end = start
    limit = min(len(text), start + 240)
    while end < limit and text[end] not in ";:()":
        if text[end] == "." and (end + 1 >= len(text) or text[end + 1] == " "):
            break
        end += 1
    bracket = _BRACKETS.match(text, end) if end < limit and text[end] == "(" else None
    if bracket is not None and _ACRONYMS.fullmatch(bracket.group(1)):
        # "food hygiene (HACCP), knife skills and …": an acronym in brackets, the list goes on
        head = _items_after(text[:end], start, 0)
        rest = _items_after(text, bracket.end(), 0) if text[bracket.end():][:2] in (
            ", ", " a") else []  # (", knife skills", " and …")
        # (a list's last name cut from its tail: the bracket glosses the tail, not it)
        glossed = bool(head) and (text[:end].rstrip().endswith(head[-1]) or len(head) < minimum)
        if not rest and glossed:  # "… and image archiving systems (PACS) is expected": a gloss
            names = [*head[:-1], f"{head[-1]} ({bracket.group(1)})"]
        else:
            names = [*head, *(n.strip() for n in bracket.group(1).split(",")), *rest]
        return names if head and len(names) >= minimum else []
    body = text[start:end]
    aside = _CONJUNCTION_ASIDE.search(body) if "and," in body or "or," in body else None
    if aside is not None:  # "A and, above all, B": the aside no item; "the data and,
        # honestly, learn to code": a clause after it, so the list ends at the conjunction
        # (real35) "reasoning and numeracy skills and, depending on the field, a degree …
        # is needed": a condition, then a clause of its own, so the list ends there too
        verb = body[aside.end():].split(" ", 1)[0].lower() in VERBS or bool(
            aside.group("condition"))
        body = body[:aside.start()] if verb else (
            f"{body[:aside.start()]}{aside.group(1)} {body[aside.end():]}")
    if end == limit < len(text) and not _ITEM_CLOSED.match(text, end):
        # a list cut off mid-item ("…, Attention to| Detail"): its last item is a stub, the
        # items before it whole
        body = body[:max(body.rfind(","), body.rfind(" and "), body.rfind(" or "))]
    choice = _CLOSED_CHOICE.search(body)
    if choice is not None:
        body = body[:choice.end()]
    items: list[str] = []
    if _closed_list(text, start, end, body):
        # "SQL, a tool such as A or B, and dimensional modelling": a part that reads as a
        # phrase ends only itself, the list goes on to its closing item
        for part in body.split(","):
            if _take_items(split_items(part), items, _PART_TAILS) == "list":
                break
    else:
        _take_items(split_items(body), items)
    # An opener followed by a single phrase is usually not a list ("experience with clients").
    if len(items) < minimum:
        return []
    return [item.strip(" .") for item in items if item.strip(" .")]


_PLACE_TAIL = re.compile(r"\s+(?:distribution|scale|guide|survey|breakdown|by\s+\w+|"
                         r"(?:in|across)\s+(?:other\s+)?[\w ]+?)\s*$", re.IGNORECASE)
# (real50) "Salary of Hydrologist": "of" after a pay word names whose pay it is too
_WHOSE = re.compile(r"(?:\s(?:for|as)|(?i:\b(?:salar(?:y|ies)|pay|wages?|earnings))\s+of)"
                    r"\s+(?:an?\s+|the\s+)?")


# A heading's words naming the kinds of what follows ("Types of X", "Different kinds of X").
_KINDS_OF = re.compile(r"^(?:(?:different|other|main|common)\s+)?(?:types|kinds|sorts)\s+of\s+",
                       re.IGNORECASE)


def other_role(heading: str, clause: str, role: str, vocab: Vocabulary) -> str | None:
    """The role a salary line is stated for when it is not the guide's own role.

    From the sub-heading ("MLOps Engineer Salaries", "MLOps Team Lead") or the sentence
    ("Salaries for Data Analysts range …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> other_role("MLOps Engineer Salaries", "Global Median: ", "Lead MLOps Engineer", v)
    'MLOps Engineer'
    >>> other_role("Estimated Salary Range for Lead MLOps Engineer", "", "Lead MLOps Engineer",
    ...            v) is None
    True
    >>> other_role("Pay as a Senior Data Engineer", "", "Data Engineer", v)
    'Senior Data Engineer'
    """
    candidates: list[str] = []
    if heading:  # ("Salaries for Data Analysts", "Pay as a Shift Lead": whose pay)
        bare = _WHOSE.split(heading)[-1]
        # ("X Salary Distribution in Lima", "X salaries in Leeds": the role's, in a place)
        bare = _SALARY_WORDS.sub(" ", bare)
        while (place := _PLACE_TAIL.search(bare)) is not None:
            bare = bare[:place.start()]
        bare = clean(_KINDS_OF.sub("", bare, count=1))
        # ((real42) "Types of Wind Turbine Technicians": the kinds of the role, no other one)
        if bare and " to " not in f" {bare.lower()} " and not any(c in bare for c in ":,"):
            candidates.append(bare)
    match = _SALARY_FOR.search(clause)
    if match:
        # "Salaries for Directors of X": the plural head before "of" made singular.
        tail = _PLURAL_OF.sub(lambda m: m.group(1) + " of ", clause[match.end():])
        title = vocab.role_title_at(tail, 0)
        if title:
            candidates.append(title)
    own = _key(role)
    for candidate in candidates:
        words = candidate.split()
        if len(words) < 2:
            continue  # a bare head ("Director") names no particular role
        words[-1] = vocab.singular_head(words[-1])
        title = " ".join(words)
        if vocab.is_role_title(title):
            key = _key(title)
            # The guide's role however abbreviated ("X (SDE) Engineer" vs "X Engineer").
            return None if key == own else title
    return None


def _key(title: str) -> str:
    return fact_key(_PARENTHESES.sub(" ", title))


# Words that end a skill name inside a sentence ("SQL first", "API design to your toolbox").
_ENDS = frozenset({"to", "for", "is", "are", "was", "be", "matter", "matters", "helps", "help",
                   "first", "most", "more", "here", "at", "in", "on", "with", "by", "from",
                   "when", "as", "that", "which", "who", "so", "than", "every", "each",
                   "across", "into", "will", "can", "should", "must", "if", "because",
                   "while", "through", "counts", "count", "pays", "pay", "gets", "get"})
# Words a list's first item follows ("Focus on A, B", "learn A, B", "Knowledge of A or B").
_LEADS = frozenset({"on", "of", "in", "with", "learn", "add", "master", "use", "using",
                    "including", "include", "includes", "like", "need", "needs", "then",
                    "and", "or", "plus", "also", "know", "knowing", "about", "through",
                    "uses", "knows",
                    # (fixes77) a lead-in verb of what the work takes in ("The role covers A,
                    # B and C", "The job involves A and B", "The work spans A, B and C")
                    "covers", "involves", "spans", "encompasses"})
# Words that open a list inside a clause ("Builds programmes, using A, B and C"): the
# items before them are the clause, not names.
_LIST_OPENERS = frozenset({"using", "including"})
_SUBJECTS = frozenset({"you", "they", "he", "she", "we", "it", "i", "most", "many", "some"})
# A bracket's label before its examples ("flatbed: straps, chains"), and the filler closing a
# list of examples ("Pipe Fitter Pro, Fitter's Friend, whatever"): no names.
_BRACKET_LABEL = re.compile(r"^[a-z][\w -]{0,20}:\s+")
_FILLERS = frozenset({"whatever", "etc", "etc.", "and so on", "and more", "or whatever",
                      "you name it", "anything"})
_NOT_ITEM = frozenset({"not", "a", "an", "the", "one", "your", "our", "their", "this", "that",
                       "these", "those", "any", "many", "most", "some", "its", "his", "her",
                       "other", "more", "less", "such", "each", "every", "all", "both",
                       # (a clause's subject: "There are no formal requirements although …")
                       "there", "here", "it", "which", "what",
                       # (real56) "Knowledge of how to carry out custodial tasks, …": the
                       # question word opens a clause, no skill's name
                       "how", "why", "where"})
_DUTIES = VERBS | frozenset({"set", "mentor", "review", "ship", "fix", "coordinate", "help",
                             "talk", "answer", "explain", "handle", "prepare", "report",
                             "check", "meet", "attend", "visit", "travel", "spend"})
_CUES = re.compile(r"\b(?:learn|add|focus on|toolbox|toolkit|skills?|matters?|"
                   r"knowledge of|proficien|tools?|experience with|familiar|grounding in|"
                   # (not "masters crews", nor "the master's examination": a credential)
                   r"basics of|uses\b|using\b|master(?:ing|ed)?\b(?!['’]s\b))")
# "Employers test for A, B and C", "Hiring managers look for A and B": the list follows.
_SCREENED = re.compile(r"^(?:[\w-]+\s+){1,3}(?:(?:test|tests|look|looks|screen|screens|ask|asks|"
                       r"hire|hires|check|checks)\s+for|want|wants|seek|seeks)\s+")
_LEARNING = re.compile(r"\b(?:learn|learns|learning|add|adds|master|pick up|picks up)\s+")
# A sentence's introductory phrase before its comma ("In basic terms, …", "On most sites,
# …"): where or how the sentence speaks, no list item.
_INTRO = re.compile(r"^(?:in|on|at|for|by|as|with|from|after|before|during)\s+"
                    r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*,\s+", re.IGNORECASE)


def _fixed_phrase(words: list[str], index: int) -> bool:
    """The stop word at ``index`` belongs to a fixed skill phrase ("attention to detail",
    "wilderness first aid")."""
    following = words[index + 1].lower().rstrip(".,;") if index + 1 < len(words) else ""
    if index and words[index].lower() == "to" and words[index - 1].lower() in _TO_NOUNS:
        return True  # "resistance to stress": the noun's own complement
    return _FIXED_AFTER.get(words[index].lower()) == following


_FIXED_AFTER = {"to": "detail", "first": "aid"}  # a stop word, the word fixing it
# Quality nouns whose "to" opens their complement, no clause ("resistance to stress").
_TO_NOUNS = frozenset({"attention", "resistance", "tolerance", "adherence", "commitment",
                       "sensitivity"})


# A noun asking for something only through what follows it ("experience in …",
# "familiarity with …"): cut before its object, no skill alone.
_BARE_GENERIC = frozenset({"experience", "familiarity", "knowledge", "understanding",
                           "awareness", "expertise", "proficiency", "exposure"})


def _item(words: list[str], first: bool) -> str | None:
    if words and words[-1].strip(".,!?") in _OBJECT_PRONOUNS | {"it"}:
        return None  # "… and act on them": a verb with its object, no name
    if len(words) > 1 and words[0].endswith("ing") and words[1].lower() in _POSSESSIVES:
        return None  # (real45) "…, expanding one’s path as a X": a clause on the reader

    if len(words) > 1 and _SIZE.fullmatch(" ".join(words[:2])):
        words = words[2:]  # "2 ft level": the tool, not its size
    elif words and _SIZE.fullmatch(words[0]):
        words = words[1:]  # '24" pipe wrench', "10mm spanner"
    if first:
        cut = max((i + 1 for i, w in enumerate(words) if w.lower() in _LEADS | VERBS), default=0)
        words = words[cut:]
    cut = next((i for i, w in enumerate(words) if w.lower() in _ENDS
                and not _fixed_phrase(words, i)), len(words))
    if cut == 1 < len(words) and words[0].lower() in _BARE_GENERIC:
        return None  # ("familiarity with a warehouse system": what it is with, cut off)
    if 1 < cut < len(words) and words[cut].lower() == "to" and (
            words[cut - 1].lower() in belonging_words()):
        cut -= 1  # (real42) "electrical circuitry unique to wind turbines": the circuitry
    words = words[:cut]
    # ("…, and has strong negotiation skills": a predicate's verb opens no name)
    while words and words[0].lower() in ("and", "or", "then", "plus", "also", "later", "some",
                                          "basic", "strong", "solid", "good", "has", "have",
                                          "possesses"):
        words = words[1:]
    if not words or len(words) > 4 or words[0].lower() in _NOT_ITEM | VERBS | _SUBJECTS or (
            words[0].lower() in _PREDICATE_MODALS | _PLACE_PREPOSITIONS | _BARE_ADVERBS) or (
            len(words) == 1 and (manner_adverb(words[0]) or words[0].lower() in _BARE_GERUNDS)):
        return None  # ("work quickly and tidily": how, no skill)
    if any((w.lower() in _ENDS and not _fixed_phrase(words, i)) or any(c.isdigit() for c in w)
           for i, w in enumerate(words)):
        return None
    return " ".join(words).strip(" .,'\"`*")


# (real45) Possessive words after a gerund ("expanding one’s path", "building your
# network"): a clause about the reader, no skill's name.
_POSSESSIVES = frozenset({"one's", "one’s", "your", "their", "his", "her", "our", "my"})
# (real45) The sentence's own verb after its subject's list ("Certificates, such as a A or
# B certificate, may be required …"): a predicate, no item.
_PREDICATE_MODALS = frozenset({"may", "must", "can", "could", "should", "will", "would",
                               "might", "shall"})
# (real45) An adverb of where or how often split from its clause ("work both indoors and
# out, often at heights" gave "out", "often"): no item.
_BARE_ADVERBS = frozenset({"out", "often", "sometimes", "always", "usually", "outdoors",
                           "indoors", "outside", "inside", "anywhere", "elsewhere", "abroad",
                           "occasionally", "frequently", "regularly"})
# (real45) A place's preposition split from its pair ("working on and around water" gave
# "around water"): where the work is, no item.
_PLACE_PREPOSITIONS = frozenset({"around", "on", "at", "near", "inside", "outside", "beside",
                                 "underneath", "aboard"})
# (real45) A disposition cut from its infinitive ("willing to learn and able to take and
# follow instruction" gave "willing", "able"): how the worker is, no skill.
_DISPOSITIONS = frozenset({"willing", "able", "keen", "eager", "happy", "prepared", "ready"})


def disposition(name: str) -> bool:
    """``name`` is a bare disposition a list's split left ("willing", "able"): an item that
    counts towards a list ("Alert, able to stand …" is one) but names no skill.

    >>> disposition("willing"), disposition("Alert")
    (True, False)
    """
    return name.lower() in _DISPOSITIONS


# (real34) A bare gerund of a general verb left alone by a split ("… on foot or working"):
# no skill.
_BARE_GERUNDS = frozenset({"working", "doing", "being", "having", "going", "getting", "making",
                           "taking", "trying", "using"})


# A tool's size before its name in a kit list ('24" pipe wrench', "2 ft level", "10mm spanner").
_SIZE = re.compile(r"\d+(?:[./]\d+)?\s?(?:\"|”|″|'|ft|in|inch|mm|cm|m|oz|lb)\.?")


def without_reason(text: str) -> str:
    """``text`` less a reason's clause after a comma ("Patience, since clients …").

    >>> without_reason("Leadership skills, as they may be responsible for training others")
    'Leadership skills'
    """
    return _REASON_CLAUSE.sub("", text)


def sentence_skills(text: str, vocab: Vocabulary, *, cued: bool = False) -> list[str]:
    """Skills a sentence lists in running prose ("Add caching, message queues and API design
    to your toolbox", "SolidWorks or Creo for modelling, ANSYS for simulation").

    Only lists of two or more short noun phrases count; a sentence about what "you" do is a
    duty, unless it says what you learn.  ``cued``: only sentences that speak of skills
    ("learn", "focus on", "toolbox", "matter most") count (prose outside a skills section).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> sentence_skills("Focus on one language (Java, Go or Python), SQL and writing tests.", v)
    ['Java', 'Go', 'Python', 'SQL', 'writing tests']
    >>> sentence_skills("You own services, design database schemas and take part in on-call.", v)
    []
    >>> sentence_skills("Recruiters test for Kiln Control, Glaze Chemistry and Throwing.", v)
    ['Kiln Control', 'Glaze Chemistry', 'Throwing']
    >>> sentence_skills("Welding, especially in stainless steel", v)
    ['Welding', 'stainless steel']
    """
    found: list[str] = []
    for sentence in split_sentences(text[:1200]):
        if ("xam" in sentence or "test" in sentence.lower()) and lists_exams(sentence):
            continue  # "Popular entrance exams include A, B and C": tests to pass
        opened = opened_list(sentence) if not cued else None
        if opened:  # "Confident with A, B and using C": the items after the opener
            found.extend(opened)
            continue
        for bracket in _BRACKETS.finditer(sentence):
            if _EXPANDS.search(sentence, 0, bracket.start()):
                continue  # "AAC (augmentative and alternative communication)": a spelling
            inner = bracket.group(1)
            # ("securing loads (flatbed: straps, chains, tarps)": the label of the examples)
            inner = _BRACKET_LABEL.sub("", inner)
            items = [i for i in split_items(re.sub(r"^(?:e\.g\.,?|i\.e\.,?|such as|like)\s+", "",
                                                   inner)) if i.lower() not in _FILLERS]
            if len(items) >= 2 and all(0 < len(i.split()) <= 3 for i in items):
                found.extend(i for i in items if not any(c.isdigit() for c in i))
        lowered = sentence.lower()
        if " on to " in lowered and (move := _MOVE_ON.search(sentence)) is not None:
            # (fixes78) "Xs can go on to become a Director of Y or join the central team as
            # …": the posts a worker moves to, no list of skills; the words before it stay
            sentence = sentence[:move.start()]
            lowered = lowered[:move.start()]
        if cued and sentence[:1] in "\"“‘":
            continue  # a quotation ('"It looks like housekeeping, but …," she says'): no list
        if (cued and _CUES.search(lowered) is None) or _SALARY_WORDS.search(lowered):
            continue  # "Total compensation adds bonus and stock": pay, not skills
        if lowered.split(" ", 1)[0] in _DUTIES:
            continue  # "Set architecture for an app and mentor others": a duty
        body = _SCREENED.sub("", _BRACKETS.sub(" ", sentence).rstrip(" .!?"), count=1)
        body = _INTRO.sub("", body, count=1)
        body = _REASON_CLAUSE.sub("", body)  # "A and B, since sites are dangerous": why, no item
        if "ed by " in body:  # (carry39b) "A and B — gaps, covered by a 6-week training
            body = _PASSIVE_CLAUSE.sub("", body)  # plan": who deals with them, no item
        # (real32) "Because of the labour involved in roofing, it's important to …": a
        # fronted reason, then the main clause (read as any sentence)
        body = _FRONTED_REASON.sub("", body, count=1)
        # ("You'll also need to be …": the subject without its contracted verb)
        first_word = re.sub(r"['’](?:ll|d|re|ve|s)$", "", body.split(" ", 1)[0].lower())
        if first_word in _SUBJECTS:
            learning = _LEARNING.search(body)
            if learning is None:
                continue
            body = body[learning.end():]
        parts = re.split(r"(\s*;\s*|:\s+|\s+(?:such as|like|including)\s+)", body)
        for index in range(0, len(parts), 2):
            part = parts[index]
            if index + 1 < len(parts) and parts[index + 1].startswith(":"):
                continue  # "Ask first, but the usual kit: A, B": the words before a colon
                # label the list after it
            if not index or parts[index - 1].strip() == ";":
                part = _PART_SUBJECT.sub("", part, count=1)
            # ("search and rescue", a name of the lexicon, stays one item)
            raw = [p.split() for p in split_items(part, keep_whole=fixed_pair)]
            if any(_verb_of_pronoun(words) for words in raw):
                continue  # "A, along with B, help you perform C": a clause, no list
            if len(raw) > 1 and _COPULAS.intersection(w.lower() for w in raw[0][1:4]):
                continue  # (real33) "CA is a very difficult course, and along with …",
                # "Candidates are expected to learn all or some …": a statement, no list
                # (its subject's verb in the first part; "A, B and C are the skills" lists)
            if _coordinate_adjectives(part, raw):
                continue  # "a record of running a tidy, busy yard": one noun phrase
            # ("A, especially in B": the focus names B, and A is an item even alone)
            focused = len(raw) >= 2 and bool(raw[-1]) and raw[-1][0].lower() in _FOCUS
            pieces = [_unfocused(words) for words in raw]
            start = max((i for i, words in enumerate(pieces)
                         if words and words[0].lower() in _LIST_OPENERS), default=0)
            named = [_item(words, index == start) for index, words in enumerate(pieces)
                     if index >= start]
            names = [i for i in named if i and not vocab.is_role_title(i)]
            if len(names) >= 2 or (focused and names):
                # ((fixes81) "Aluminium and structural repair, MIG brazing": a bare modifier
                # split from the head it shares takes that head, as other lists' do)
                found.extend(rejoined_heads(names, part, plurals=False, mass_only=True)
                             if " and " in part else names)
    return [item for item in dict.fromkeys(found)
            if item.lower() not in _ABILITY_STUBS and not _VERB_OBJECT_ITEM.match(item)]


# (fixes101) A list item that is a clause's verb and its object, no skill: "… and requires
# someone who is patient" cut to "requires someone" (a verb with a person as its object),
# "… that match their tastes, suit their diets and meet their budgets" (a bare verb with
# a possessive: what the worker does for someone, a duty's words).
_VERB_OBJECT_ITEM = re.compile(r"(?:[a-z]+s\s+(?:someone|somebody|anyone|people|a person)"
                               r"|[a-z]+(?<!ing)\s+(?:their|your|his|her|our)\s+[a-z]+(?:\s+[a-z]+)?)$")


# (fixes78) A move told in a clause ("can go on to become a X or join the Y team as a Z",
# "may move on to lead …"): the posts after it are moves (read by the move readers).
_MOVE_ON = re.compile(r"\b(?:(?:can|may|might|could|will|often|usually|later|then)\s+)?"
                      r"(?:go|goes|went|going|move|moves|moved|moving)\s+on\s+to\s+"
                      r"(?:become|be|join|lead|run|head|take)\b", re.IGNORECASE)
_COPULAS = frozenset({"is", "are", "was", "were"})
# A clause giving the reason for the items before it ("Common sense and reliability, since
# quarries are dangerous places"): no item of the list.
_REASON_CLAUSE = re.compile(r",\s+(?:since|because|whereas|"
                            # (real49) "Organisational skills, as surveyors juggle many
                            # projects …": "as" opening a reason's clause ("as well as", "as
                            # a", "as required" join no reason)
                            r"as(?!\s+(?:well|a|an|the|such|part|needed|required|appropriate|"
                            r"necessary|possible|much|many|long|soon|far|if|though)\b)"
                            r"(?=(?:\s+\S+){6}))\s+.*$", re.IGNORECASE)
# (carry39b) A passive clause after the items saying who deals with them ("…, covered by a
# training plan", "…, funded by the employer"): no item of the list.
_PASSIVE_CLAUSE = re.compile(r",\s+[a-z]{3,}ed\s+by\s.*$")
# A reason put before the main clause ("Because of the hard work involved, it's …").
# (real34) and a contrast or a connective before it ("Unlike joining the police, most
# forces …", "However, most will …"): the main clause after it, read as any sentence.
# (real42: an adding connective too, "Additionally, …": no list item "Additionally".)
_FRONTED_REASON = re.compile(r"^(?:(?:because|since|although|though|whereas|unlike)\b[^,]{0,120}"
                             r"|however|moreover|furthermore|besides|that said"
                             # (real49) "First and foremost, deep wine knowledge is …"
                             r"|first and foremost|last but not least|above all"
                             r"|most importantly|more importantly"
                             # (real42) "Additionally, a dealer may depend on tips …"
                             r"|additionally|in addition|likewise|similarly),\s+",
                             re.IGNORECASE)
# (real34) A requirement's own subject and modal opening a part after a semicolon ("…
# qualities; wardens have to have a calm manner, …"): the list is its object.
_PART_SUBJECT = re.compile(r"^(?:[A-Z]{2,6}s|[A-Za-z][a-z]{2,}s|[Tt]hey|[Yy]ou)\s+"
                           r"(?:have to|need to|must|should)\s+(?:also\s+)?"
                           r"(?:have\s+|possess\s+)?")
_FOCUS = frozenset({"especially", "particularly", "notably", "mainly", "mostly", "above all"})
_FOCUS_PREPOSITIONS = frozenset({"in", "with", "for", "on", "around", "at", "during"})


_FOCUS_CLAUSE = re.compile(r",\s+(?:especially|particularly|notably|mainly|mostly|above all)\b",
                           re.IGNORECASE)


def focused_item(item: str) -> bool:
    """The item ends on a focus clause ("Radar plotting, especially in fog"): its first part
    is an item even alone.

    >>> focused_item("Radar plotting, especially in fog"), focused_item("Radar, charts")
    (True, False)
    """
    return _FOCUS_CLAUSE.search(item) is not None


def _unfocused(words: list[str]) -> list[str]:
    """A list item's words without a focus adverb and its preposition before them
    ("especially in winter operations": the winter operations are the item).

    >>> _unfocused("especially in winter operations".split())
    ['winter', 'operations']
    """
    if words and words[0].lower() in _FOCUS:
        words = words[1:]
        if words and words[0].lower() in _FOCUS_PREPOSITIONS:
            words = words[1:]
    return words


# "He should have …", "She must be able to …", "You will need …": a requirement sentence.
# (a list item may leave the subject out: "Must have patience", "Needs to possess …")
_MODAL = re.compile(r"^(?:(?:he|she|he/she|she/he|s/he|he or she|they|you|the (?:candidate|"
                    r"applicant|worker))\s+)?(?:should|must|will need to|needs? to|has to|"
                    r"have to|ought to)\s+(?:also\s+)?", re.IGNORECASE)
# A second requirement's modal with the subject left out ("… and should be able to …").
_BARE_MODAL = re.compile(r"^(?:should|must|will need to|needs? to|has to|have to)\s+(?:also\s+)?",
                         re.IGNORECASE)
# Words that open a requirement's object ("have", "be able to") rather than name a skill.
_OPENING = re.compile(r"^(?:have|has|possess|know how to use|know how to|know|understand|"
                      r"be able to|able to|be (?:comfortable|confident|familiar) (?:with|using)|"
                      r"be|show|demonstrate)\s+", re.IGNORECASE)
# Where the reason for a requirement starts ("… so that loads land where they should").
_REASON = re.compile(r"\s(?:so that|so|because|since|as|which|in order to|to ensure|when|while|"
                     r"where|if|without|until)\s.*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:(?:an?|excellent|outstanding|exceptional|good)\s+)+", re.IGNORECASE)
# A second clause of liking ("… a good communicator and enjoy working closely with people"):
# a leaning of the worker, no skill (nor its object: "people").
_LEANING = re.compile(r",?\s+and\s+(?:enjoy|enjoys|like|likes|love|loves)\s.*$", re.IGNORECASE)
_MAX_MODAL_WORDS = 6
# The purpose of a skill, no part of it ("good numeracy skills for measuring and estimating").
_SKILL_PURPOSE = re.compile(r"\b(skills?|knowledge|abilit(?:y|ies))\s+for\s+\w+ing\b.*$",
                            re.IGNORECASE)
# A tolerance asked for ("must be comfortable kneeling", "be prepared to work nights"): a
# condition of the job, no skill.
_TOLERANCE = re.compile(r"^be\s+(?:comfortable|happy|willing|prepared|ready|okay|ok)\s+"
                        r"(?!with\b|using\b)", re.IGNORECASE)


def modal_skills(item: str) -> list[str] | None:
    """The skills inside a requirement sentence ("He should have keen eyesight and a steady
    hand so that …"), or None when ``item`` is no such sentence.  A negated one ("He must
    not …") names none.

    >>> modal_skills("He should have keen eyesight and a steady hand so that cuts are clean")
    ['keen eyesight', 'steady hand']
    >>> modal_skills("She must be able to read site plans and understand basic geometry")
    ['read site plans', 'basic geometry']
    >>> modal_skills("He must know HACCP, knife skills and keep records up to date")
    ['HACCP', 'knife skills']
    >>> modal_skills("You should have a calm, friendly manner")
    ['calm, friendly manner']
    >>> modal_skills("He/she must be punctual, tidy and calm")
    ['punctual', 'tidy', 'calm']
    >>> modal_skills("They should have a steady hand and should be able to lift sacks")
    ['steady hand', 'lift sacks']
    >>> modal_skills("Must have patience"), modal_skills("Needs to possess good typing skills")
    (['patience'], ['typing skills'])
    >>> modal_skills("Reads site plans") is None, modal_skills("He must not fear heights")
    (True, [])
    >>> modal_skills("You must have good typing skills for taking minutes and notes")
    ['typing skills']
    >>> modal_skills("Must be comfortable kneeling and climbing ladders all day")
    []
    >>> modal_skills("You must have sharp hearing, so you can tune each string")
    ['sharp hearing']
    >>> modal_skills("You need to be a calm negotiator and enjoy meeting new clients")
    ['calm negotiator']
    """
    opener = _MODAL.match(item)
    if opener is None:
        return None
    body = item[opener.end():].rstrip(" .")
    if body.lower().startswith("not ") or _TOLERANCE.match(body):
        return []
    body = _SKILL_PURPOSE.sub(r"\1", _REASON.sub("", _LEANING.sub("", _OPENING.sub("", body))))
    body = body.rstrip(" ,;")  # ("good observation skills, so you can …": the comma too)
    found: list[str] = []
    for chunk in re.split(r"\s+(?:and|with)\s+", body):
        parts = chunk.split(", ")
        # "a loud, clear voice": a run of adjectives is one phrase, not a list.
        # (a run of single words is a list of qualities: "hardworking, patient")
        lead = _ARTICLE.sub("", parts[0].strip())
        pieces = [chunk] if len(lead.split()) == 1 and lead.islower() and len(
            parts) > 1 and len(parts[-1].split()) > 1 else parts
        for piece in pieces:
            name = _ARTICLE.sub("", _OPENING.sub("", _BARE_MODAL.sub("", piece.strip())))
            words = name.split()
            if not words or len(words) > _MAX_MODAL_WORDS or words[0].lower() in VERBS | {
                    "keep", "hold", "stay", "get"}:
                continue
            found.append(name)
    return found


# A lead-in that makes the items below it the rest of a requirement ("As a welder, you need
# to:", "Candidates must:"): each item is an imperative ("Have a head for heights").
# (\b(?=[…]): the letters a match can start with, tested before the alternatives.)
IMPERATIVE_LEAD = re.compile(r"\b(?=[nhoms])"
                             r"(?:(?:need|needs|have|has|ought) to|must|should)(?: be able to)?"
                             r"\s*:$", re.IGNORECASE)
_MAX_IMPERATIVE_WORDS = 8


# "use Kubernetes", "work with SAP": a verb of use before a capitalised name (a tool).
_USE_NAME = re.compile(r"^(?:use|work with)\s+(?P<name>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,2})$")
# "using tools like a mower, a strimmer and a leaf blower": the kit named is each a tool.
_KIT_LIKE = re.compile(r"^(?:(?:using|use|operating|operate)\s+)?(?:tools|equipment|machines|"
                       r"machinery|kit)\s+(?:like|such as)\s+(?P<kit>.+)$", re.IGNORECASE)
# "be on time", "be in work early": a state told by a phrase, named whole.
_BE_PHRASE = re.compile(r"^be\s+(?:on|in|at)\s", re.IGNORECASE)


def imperative_skills(item: str, max_words: int = _MAX_IMPERATIVE_WORDS,
                      ) -> tuple[list[str], list[str]]:
    """The skills an imperative item under "you need to:" names: the object of "have", "be",
    "know" or "understand" ("Have a head for heights" -> "head for heights"); an item that
    opens with another verb is a competence, named whole ("Stay calm under pressure");
    names in brackets are tools (the second list).

    >>> imperative_skills("Have a steady hand.")
    (['steady hand'], [])
    >>> imperative_skills("Be comfortable with invoices and ledgers (for example Xero).")
    (['invoices', 'ledgers'], ['Xero'])
    >>> imperative_skills("Keep a cool head in a crisis.")
    (['Keep a cool head in a crisis'], [])
    >>> imperative_skills("work with Grafana")
    ([], ['Grafana'])
    >>> imperative_skills("using tools like a hedge trimmer, a rake and a spade")
    ([], ['hedge trimmer', 'rake', 'spade'])
    >>> imperative_skills("be on time")
    (['be on time'], [])
    """
    text = clean(item).rstrip(" .;")
    tools = bracket_names(text.replace("(for example ", "(e.g. "))
    text = clean(_BRACKETS.sub(" ", text)).rstrip(" .;")
    if " of " in text and PEOPLE_RANGE.search(text):
        return [], tools  # (real34) "Understand and respect people of all ages, types and …"
    if (named := _USE_NAME.match(text)) is not None:
        return [], [*tools, named.group("name")]  # "use Kubernetes": the tool is the skill
    if (kit := _KIT_LIKE.match(text)) is not None:
        return [], [*tools, *(_ARTICLE_START.sub("", part.strip())
                              for part in split_items(kit.group("kit")))]
    if _BE_PHRASE.match(text):
        return [text], tools  # ("be on time": no "on time" skill)
    if _OPENING.match(text):
        found = modal_skills(f"You need to {text}") or []
    else:
        found = [text] if 0 < len(text.split()) <= max_words else []
    return found, tools


# "Knowledge of A and B", "skill in A", "Proficient in A", "Your own A": a skill item that
# names its skills after a qualifying opener.
# (fixes77) A lead-in naming what the work takes in ("The job involves", "The work spans"):
# the items after it are the skills, the lead-in no word of any.
_WORK_TAKES_IN = (r"(?:role|job|work|post|position|training)\s+(?:also\s+)?"
                  r"(?:covers|involves|spans|encompasses|includes)")
_QUALIFIED = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:good|sound|basic|strong|excellent|solid|working|thorough|some|"
    r"practical|general)\s+)?(?:knowledge of|skills? (?:in|with)|skilled in|"
    r"proficient (?:in|with|at)|familiar with|competent in|"
    # "Confident with A and B"; a kit requirement: "Your own bike and helmet"
    r"(?:confident|comfortable|comfort|at ease) (?:with|in|using)|(?:your|their) own|"
    # (fixes77) what the work takes in, over its list: "The role covers A, B and C"
    rf"{_WORK_TAKES_IN})\s+",
    re.IGNORECASE)
# ("Proficiency in …", "Expertise in …", "Understanding of …" stay requirements, as before.)
# Openers that are no part of a skill's name, even of a single one ("Your own bike").
_BARE_OPENER = re.compile(r"^(?:(?:confident|comfortable|comfort|at ease) (?:with|in|using)|"
                          rf"(?:your|their) own|(?:(?:the|this)\s+)?{_WORK_TAKES_IN})\s",
                          re.IGNORECASE)
# (fixes78) The work lead-in alone, before the items it takes in ("Training covers A, B and
# C", "The role covers ship handling"): a skills list's item reader drops it before reading.
WORK_LEAD = re.compile(rf"^(?:(?:the|this|your)\s+)?{_WORK_TAKES_IN}\s+(?=[\w(])",
                       re.IGNORECASE)
# (recall13) "Use of measuring instruments (caliper, …)", "Use of a deck oven": a list item
# naming the kit it uses, the kit the skill (a lone noun, "Use of force", stays as printed).
USE_LEAD = re.compile(r"^use of\s+(?:(?:an?|the)\s+(?=\w)|(?=[\w-]+\s+\w))", re.IGNORECASE)
_EXAMPLES = re.compile(r"\s+(?:such as|like|including|e\.g\.,?)\s+")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# A list line's leading article before a lowercase phrase ("a clean driving record"); a
# capital one may open a name ("The Home Depot", "A level maths").
# (a quantity before a quality is no part of it: "a LOT of patience", "lots of tact")
_LOWER_ARTICLE = re.compile(r"^(?:(?:a\s+(?i:lot)|lots|plenty)\s+of\s+|(?:the|a|an)\s+)(?=[a-z])")
_SKILLS_NOUN = re.compile(r"(?:[\w-]+\s+){1,3}skills?", re.IGNORECASE)
_ABILITY = re.compile(r"^(?:the\s+)?ability to\s+\S", re.IGNORECASE)
# Where a qualified item's own words end: a purpose, an example list or a clause.
_VERDICT = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:is|are)\s+(?:also\s+)?(?:compulsory|"
                      r"mandatory|obligatory|essential|required|desirable|preferred|"
                      r"an?\s+(?:advantage|asset|plus))$", re.IGNORECASE)
_PURPOSE = re.compile(r"\s+(?:for|so that|so|when|which|that|in order to|to ensure|while)\s.*$"
                      r"|\s*[;:(].*$", re.IGNORECASE)
_MAX_QUALIFIED_WORDS = 5
_MID_BRACKET = re.compile(r"\([^()]{1,60}\)\s+\w")
_SKILL_IN = re.compile(r"^skill(?:s|ed)? in\s", re.IGNORECASE)
_GERUND_OF = re.compile(r"(?<=ing)\s+of\s.*$")


# A translated requirement that opens with a verb of mastery ("Master Ms. Excel and are
# familiar with WMS", "Understand FIFO/FEFO, stock opname and goods receipt"): an Indonesian
# posting's "Menguasai" / "Memahami" read through a translator.
_MASTERY = re.compile(r"^(?:master(?:s|ing)?|understand(?:s|ing)?|(?:are\s+|is\s+)?"
                      r"(?:familiar|proficient|experienced) (?:with|in)|(?:able|can) to operate|"
                      r"can operate|"
                      # a Turkish posting's "… bilen", "… kullanabilen" through a translator:
                      # "Knowing the A", "Able to use B", "Can use C (a, b)"
                      r"knowing|(?:able to|can) (?:use|take)"
                      # a Thai posting's "Can read gauges and a P&ID diagram" (set 29)
                      r"|(?:able to|can) read)\s+(?:(?:the|of)\s+)?",
                      re.IGNORECASE)
# Where a second clause of mastery starts ("… and are familiar with …").
_MASTERY_JOIN = re.compile(r"\s+and\s+(?=(?:are\s+|is\s+)?(?:familiar|proficient|experienced|"
                           r"able|can|master|understand)\w*\s)", re.IGNORECASE)
_LEAD_GERUND = re.compile(r"^[a-z]+ing\s+(?=\w+)")
# "or similar programs" after a named one: no name of its own.
_SIMILAR_ONES = re.compile(r"^(?:similar|other|equivalent)\s", re.IGNORECASE)
# "DişPro patient tracking program": the product's name, less the kind of program it is.
_NAMED_PROGRAM = re.compile(r"^(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)*)\s+"
                            r"(?:[a-z][\w-]*\s+){1,3}"
                            r"(?:program|programme|software|system|application|app)s?$")
_CAPS_PAIR = re.compile(r"^([A-Z0-9]{2,})/([A-Z0-9]{2,})$")
_MASTERY_WORDS = 4
# One example named in a bracket ("(for example QLab)", "(e.g. Revit)").
_EXAMPLE_LEAD = re.compile(r"^(?:for example|for instance|e\.g\.,?|such as|like)\s+",
                           re.IGNORECASE)


# (real31) The range of people an item deals with ("relate to people of all ages, lifestyles
# and backgrounds", "clients of different ages, abilities and needs"): the list is theirs,
# no skills of the worker's.
PEOPLE_RANGE = re.compile(r"\b(?:people|clients|patients|customers|children|users|"
                          r"individuals|pupils|students|families|residents|colleagues)\s+"
                          r"of\s+(?:all|different|various|varied|many|diverse)\s+\w+,")


def mastered_skills(item: str) -> list[str] | None:
    """The names a translated requirement of mastery lists, clause by clause ("Master
    Microsoft Excel and are familiar with Minitab"), or None when ``item`` does not open with
    "Master" or "Understand".  A bracket listing examples gives its names; a bracket spelling
    out a short form does not; a doing word before an item is no part of it.  One lowercase
    item alone is a duty, not a name ("Understand customer needs"), so names none.

    >>> mastered_skills("Master Ms. Excel (VLOOKUP, pivot table) and are familiar with WMS")
    ['VLOOKUP', 'pivot table', 'Ms. Excel', 'WMS']
    >>> mastered_skills("Understand FIFO/FEFO, stock opname and making goods receipts")
    ['FIFO', 'FEFO', 'stock opname', 'goods receipts']
    >>> mastered_skills("Understand customer needs"), mastered_skills("Knowledge of X") is None
    ([], True)
    >>> mastered_skills("Able to use the TrackRx stock program or similar programs")
    ['TrackRx']
    >>> mastered_skills("Can use measuring instruments (gauge blocks, a dial indicator)")
    ['gauge blocks', 'dial indicator', 'measuring instruments']
    """
    text = clean(item).rstrip(" .;")
    if not re.match(r"(?:master|understand|knowing|(?:able to|can) (?:use|take|read))", text,
                    re.IGNORECASE) or not _MASTERY.match(text):
        return None
    if " of " in text and PEOPLE_RANGE.search(text):
        return []  # (real34) "Understand and respect people of all ages, types and …": whom
    found: list[str] = []
    for clause in _MASTERY_JOIN.split(text):
        body = clause[m.end():] if (m := _MASTERY.match(clause)) else clause
        for bracket in _BRACKETS.findall(body):
            if "," in bracket:  # "(VLOOKUP, pivot table)": examples; "(DO)": a short form
                found.extend(_ARTICLE_START.sub("", part) for part in split_items(bracket))
            elif (lead := _EXAMPLE_LEAD.match(bracket)) is not None:  # "(for example QLab)"
                found.append(bracket[lead.end():].strip())
        body = clean(_BRACKETS.sub(" ", body))
        for part in split_items(body):
            part = _ARTICLE_START.sub("", part.strip())
            verbless = _LEAD_GERUND.sub("", part)
            # (a doing word before one noun names its kind: "measuring instruments")
            part = verbless if " " in verbless.strip() else part
            if _SIMILAR_ONES.match(part):
                continue
            part = named.group("name") if (named := _NAMED_PROGRAM.match(part)) else part
            pair = _CAPS_PAIR.match(part)
            found.extend(pair.groups() if pair else [part])
    found = [name for name in found if 0 < len(name.split()) <= _MASTERY_WORDS]
    if len(found) < 2 and not any(name[:1].isupper() for name in found) and not (
            text.lower().startswith("knowing ")):  # ("Knowing the X": knowledge, no duty)
        return []
    return found


# "… and how it is developed", "… and why they matter": a clause about the subject before
# it, no subject of its own.
# (real56) "to" too: "Knowledge of how to carry out janitorial, laundry or …" (what to do)
_HOW_CLAUSE = re.compile(r"(?:how|why|when|where|what)\s+(?:it|they|this|these|that|those|to)\b",
                         re.IGNORECASE)


def qualified_skills(item: str) -> list[str] | None:
    """The skills a qualified list item names ("Knowledge of A and B", "skill in A such as C",
    "Ability to …" kept whole), or None when ``item`` does not open that way.  Examples
    after "such as" count when they are a list of two or more.

    >>> qualified_skills("knowledge of glaze chemistry and kiln firing")
    ['glaze chemistry', 'kiln firing']
    >>> qualified_skills("Knowledge of clays such as porcelain, stoneware and earthenware")
    ['porcelain', 'stoneware', 'earthenware']
    >>> qualified_skills("Ability to lift 20 kg"), qualified_skills("Throwing pots") is None
    (['Ability to lift 20 kg'], True)
    >>> qualified_skills("knowledge of tax law and how it is applied")
    ['tax law']
    >>> qualified_skills("Knowledge of Welsh (spoken, to GCSE standard) is essential.")
    ['Knowledge of Welsh']
    """
    text = clean(item).rstrip(" .;")
    if " is " in text or " are " in text:
        # (rules38b) "Knowledge of Odia (passed M.E. standard) is compulsory": the verdict
        # and its standard say how much it is wanted, no part of the skill
        text = _VERDICT.sub("", text)
    if _WORKING_TIME.match(text):
        return []  # "Ability to work rotating shifts": the hours, no skill
    if _ABILITY.match(text):
        return [text]  # "Ability to lift 20 kg": one skill
    if _SKILLS_NOUN.fullmatch(text):
        # "Strong leadership skills": one skill, its degree no part of it (fixes79)
        return [without_degree(text)]
    if known_shared_head(text):
        return [text]  # "understanding of bus and coach operations": one head, one skill
    if (mastered := mastered_skills(text)) is not None:
        return mastered  # "Master Ms. Excel and are familiar with WMS" (a translated posting)
    opener = _QUALIFIED.match(text)
    if opener is None:
        # "Good sense of direction, A and B; for bikes, knowledge of C": a bullet listing
        # what is asked for, clause by clause (requirement_items.listed_skills)
        return listed_skills(text) if "," in text or ";" in text else None
    body, examples = [*_EXAMPLES.split(text[opener.end():], maxsplit=1), ""][:2]
    tools: list[str] = []
    if _MID_BRACKET.search(body):  # "GIS mapping (ArcGIS) of …": the name goes on past it
        tools = bracket_names(body)
        body = _BRACKETS.sub("", body).replace("  ", " ")
    body = _PURPOSE.sub("", body.strip())
    # "Skill in using field test kits", "Skill in GIS mapping (ArcGIS) of outbreak data": the
    # thing used or the tool named is the skill ("skill in centring clay" stays as written)
    doing = _SKILL_IN.match(text) is not None and bool(tools or _TOPIC_VERB.match(body))
    if doing:
        body = _GERUND_OF.sub("", _TOPIC_VERB.sub("", body))
    # ("knowledge of health and safety law": a fixed pair is no two subjects)
    parts = _fixed_pairs_joined([_ARTICLE_START.sub("", part) for part in split_items(body)],
                                body)
    if len(parts) == 1 and not doing and not _BARE_OPENER.match(text):
        # "Knowledge of payroll tax law": named as written ("Your own bike": the bike)
        parts = [f"{text[:opener.end()]}{body}"]
    parts.extend(tools)
    found = [part for part in parts if 0 < len(part.split()) <= _MAX_QUALIFIED_WORDS + 3
             and not _HOW_CLAUSE.match(part) and not _PRONOUN_ITEM.match(part)]
    listed = split_items(_PURPOSE.sub("", examples)) if examples else []
    if len(listed) >= 2 and all(0 < len(i.split()) <= 3 for i in listed):
        # "Knowledge of CRM tools like A and B": the examples are the skills named
        found = [*found, *listed] if len(parts) > 1 else listed
    return found


# "Hands-on experience with A and B", "Experience with an LMS such as A or B", "Basic A and B
# for …": a requirement item whose object is a list of product or method names.
_EXPERIENCE = re.compile(
    r"^(?:(?:[\w-]+\s+)?(?:experience|familiarity|fluency)\s+(?:with|in|using)\s+"
    r"|(?:basic|working|solid|strong)\s+(?=[A-Z]))", re.IGNORECASE)
_NAME_PART = re.compile(r"^(?:[A-Z0-9][\w./+#-]*)(?:\s+[A-Z0-9][\w./+#-]*){0,3}$")
# "X or another <kind> (A, B)": one name, then the kind's other names in a bracket.
_OR_ANOTHER = re.compile(r"(.+?)\s+or\s+(?:an)?other\s+[\w/-]+(?:\s+[\w/-]+)?\s*\(([^()]+)\)")


# (fixes102) "X (or a similar CMS)": a named product, then its kind of system by initialism.
_OR_SIMILAR = re.compile(r"(?P<name>[A-Z][\w./+#-]*(?:\s+[A-Z0-9][\w./+#-]*){0,2})\s*\(or\s+"
                         r"(?:an?\s+|any\s+)?(?:similar|equivalent|comparable|other)\s+"
                         r"(?P<kind>[A-Z]{2,5})s?\)")


def or_similar(item: str) -> list[str] | None:
    """(fixes102) The product an item names with "(or a similar <KIND>)" after it, perhaps
    after "Experience with", and that kind of system (an initialism: CMS, CRM, LMS): both
    skills ("Experience with Wix (or a similar CMS)"); None for any other item ("(or a
    similar tool)" names no system).

    >>> or_similar("Experience with Wix (or a similar CMS)"), or_similar("Zoho (or any CRM)")
    (['Wix', 'CMS'], None)
    >>> or_similar("Experience with Trello (or a similar tool)") is None
    True
    """
    text = clean(item).strip().rstrip(".")
    opener = _EXPERIENCE.match(text)
    match = _OR_SIMILAR.fullmatch(text[opener.end():] if opener else text)
    return None if match is None else [match.group("name"), match.group("kind")]


def experience_names(item: str) -> list[str]:
    """The names a requirement item says experience with ("Hands-on experience with A and B",
    "Experience with an LMS such as A, B or C", "Basic A and B for …"): only when every part
    of the list is a name (capitalised), so "experience in a trade or utility" names none.

    >>> experience_names("Hands-on experience with Articulate Storyline and Rise 360")
    ['Articulate Storyline', 'Rise 360']
    >>> experience_names("Experience with a CRM such as Zoho, Pipedrive or Odoo")
    ['Zoho', 'Pipedrive', 'Odoo']
    >>> experience_names("Experience in a warehouse or retail setting")
    []
    >>> experience_names("Experience with tools such as pipe benders and crimpers")
    ['pipe benders', 'crimpers']
    >>> experience_names("Experience with clients such as schools and care homes")
    []
    >>> experience_names("Experience with Tillwise or another POS (Kassa One, Vendr)")
    ['Tillwise', 'Kassa One', 'Vendr']
    """
    opener = _EXPERIENCE.match(clean(item))
    if opener is None:
        return []
    body = clean(item)[opener.end():]
    other = _OR_ANOTHER.fullmatch(body.rstrip(" ."))
    if other is not None:  # "Medicom or another HIS (Promedico ASP, CGM)": each name
        names = [other.group(1), *split_items(other.group(2))]
        return names if all(_NAME_PART.match(name) for name in names) else []
    kind, *examples = _EXAMPLES.split(body, maxsplit=1)
    body = examples[0] if examples else kind
    body = _PURPOSE.sub("", body).rstrip(" .")
    parts = split_items(body)
    if len(parts) < 2 and not _EXAMPLES.search(clean(item)):
        return []  # (one name after "experience with" is read by the other rules)
    if examples and len(parts) >= 2 and all(0 < len(part.split()) <= 3 for part in parts) and (
            kind.split()[-1:] and kind.split()[-1].lower() in word_lists("tool_lists").get(
                "categories", ())):
        return parts  # "tools such as total stations and laser levels" ("clients such as": none)
    return parts if parts and all(_NAME_PART.match(part) for part in parts) else []


_DETERMINED = re.compile(r"^(?:the|an?)\s+(?=[A-Z0-9])")


def bracket_examples(inner: str) -> list[str]:
    """The names a bracket after a skill gives as examples, each perhaps after "the" ("(for
    example the MoCA and the AMPS)"): two or more, each a capitalised name; else none.

    >>> bracket_examples("the MoCA and the AMPS"), bracket_examples("the basics and more")
    (['MoCA', 'AMPS'], [])
    """
    parts = [_DETERMINED.sub("", part) for part in split_items(clean(inner))]
    named = len(parts) >= 2 and all(_NAME_PART.match(part) for part in parts)
    return parts if named else []


# A class specification's "Knowledge of: A; B" / "Skill in: C (Tool); D" / "Ability to: …"
# rows: a label with a colon, then topics cut by semicolons.
_KSA_ROW = re.compile(r"^(?:(knowledge of|skills? in|skilled in|skills? with)|"
                      r"abilit(?:y|ies) to|abilities)\s*:\s*(.+)$", re.IGNORECASE)
# What ends a topic's name: a measure or purpose after it ("keyboarding at 45 words per minute").
_TOPIC_END = re.compile(r"\s+(?:at|for|to|with|in accordance|according|when|so)\s.*$")
_TOPIC_VERB = re.compile(r"^(?:using|operating|running|applying|maintaining)\s+", re.IGNORECASE)


def ksa_row(text: str) -> list[str] | None:
    """The skills of a labelled knowledge/skill/ability row, or None for another line.

    Knowledge and skill rows name their topics (a tool in brackets is one too); an ability
    row states what a person can do, which names no skill.

    >>> ksa_row("Skill in: operating booking software (Sabre); typing at 40 words per minute.")
    ['booking software', 'Sabre', 'typing']
    >>> ksa_row("Knowledge of: fares and ticketing rules; refunds.")
    ['fares', 'ticketing rules', 'refunds']
    >>> ksa_row("Ability to: stay calm"), ksa_row("Courses: first aid") is None
    ([], True)
    """
    match = _KSA_ROW.match(text)
    if match is None:
        return None
    if match.group(1) is None:
        return []
    found: list[str] = []
    for part in match.group(2).rstrip(" .").split(";"):
        part = _TOPIC_VERB.sub("", part.strip())
        tools = bracket_names(part) if "(" in part else []
        part = _TOPIC_END.sub("", _BRACKETS.sub("", part)).strip()
        found.extend(name for name in split_items(part)
                     if 0 < len(name.split()) <= _MAX_QUALIFIED_WORDS)
        found.extend(tools)
    return list(dict.fromkeys(found))


# A coded statement of an apprenticeship standard: "K4: Dangerous goods (IMDG Code)",
# "S1 seam and primal butchery", "B2 works safely" (knowledge, skill, behaviour); a log
# book numbers its skills with zeros ("S0027 Trench shoring").
_CODED = re.compile(r"^([KSB])(\d{1,2}|0\d{2,4})(?::\s*|\s+)(?=[A-Za-z])(.{3,200})$")
# Verbs that open a statement of what someone does, not a thing they know.
_DOING = _DUTIES | frozenset({"follow", "apply", "operate", "marshal", "deal", "carry", "direct",
                              "load", "secure", "assist", "comply", "communicate", "record",
                              "identify", "select", "produce", "perform", "complete", "clean",
                              "store", "read", "interpret", "measure", "act", "respond", "is",
                              "be", "show", "demonstrate", "promote", "contribute",
                              # (working with others: "S1: Pair with product and ops leads")
                              "pair", "partner", "liaise", "collaborate", "consult", "engage",
                              "escalate", "negotiate"})
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_MAX_WHOLE = 5
_MAX_PART = 4


def coded_skills(text: str) -> list[str] | None:
    """The skills a coded knowledge or skill statement names, or None when ``text`` is no
    coded statement.  A noun phrase is a skill (its parts joined by "and" too, and a
    bracketed acronym); a verb clause ("S2: Use hand signals …") and a behaviour ("B1 …")
    name none.

    >>> coded_skills("K3: Rope access principles and anchor systems (IRATA)")
    ['Rope access principles', 'anchor systems', 'IRATA']
    >>> coded_skills("S4 bench and field testing")
    ['bench and field testing', 'field testing']
    >>> coded_skills("S2 Use a hoist to lift loads."), coded_skills("B1 takes pride in work")
    ([], [])
    >>> coded_skills("S3: Liaise with site and depot managers")
    []
    >>> coded_skills("Keep going") is None
    True
    """
    match = _CODED.match(text.strip())
    if match is None:
        return None
    code, statement = match.group(1), match.group(3).strip()
    first = statement.split(maxsplit=1)[0].lower()
    if code == "B" or first in _DOING or (first.endswith("s") and first[:-1] in _DOING):
        return []
    acronyms = [inner for inner in _BRACKETS.findall(statement) if inner.isupper()
                or inner.split()[0].isupper()]
    head = _PARENTHESES.sub("", statement).partition(":")[0].strip(" .")
    return list(dict.fromkeys(n for n in [*topic_skills(head), *acronyms] if n))


# An activity's word ("rigging", "tying"): an -ing form of five letters or more.
_ACTIVITY = re.compile(r"[A-Za-z][a-z-]+ing")


# A test subject's opening that names no subject ("knowledge of G&SR", "working of TPWS").
_SUBJECT_LEAD = re.compile(r"^(?:knowledge|working|understanding|principles|use)\s+of\s+",
                           re.IGNORECASE)


def syllabus_topics(item: str) -> list[str]:
    """The subjects one item of a test's or course's syllabus names: its examples in a
    bracket, then its topics (:func:`topic_skills`), a slash parting two names; a bracket
    spelling out a short form or saying where is no topic.

    >>> syllabus_topics("knowledge of the Rule Book (RB) and the Signal Manual")
    ['Rule Book', 'Signal Manual']
    >>> syllabus_topics("fault finding on trams (T-68, T-71) and ATP / ETCS")
    ['T-68', 'T-71', 'fault finding on trams', 'ATP', 'ETCS']
    """
    text = _SUBJECT_LEAD.sub("", clean(item).strip(" ."))
    found: list[str] = []
    for bracket in _BRACKETS.findall(text):
        if "," in bracket:  # "(WAG-9, WAG-12B)": examples
            found.extend(part.strip() for part in bracket.split(","))
    text = clean(_BRACKETS.sub(" ", text))
    for topic in topic_skills(text):
        found.extend(part.strip() for part in topic.split(" / ") if part.strip())
    return found


def topic_skills(head: str) -> list[str]:
    """The skills a noun phrase of topics names: its parts joined by "and" when each is a
    thing, the whole with its shared tail when the first part is one word, one subject
    before "of".

    >>> topic_skills("Load planning and weight distribution"), topic_skills("Types of rope")
    (['Load planning', 'weight distribution'], ['Types of rope'])
    >>> topic_skills("Forklift and crane operation"), topic_skills("Splicing and net mending")
    (['Forklift and crane operation', 'crane operation'], ['Splicing', 'net mending'])
    """
    parts = _fixed_pairs_joined([_LEAD_ARTICLE.sub("", part) for part in split_items(head)],
                                head)
    whole = [head] if len(head.split()) <= _MAX_WHOLE else []
    if len(parts) == 1 or (" of " in parts[0] and whole):
        return whole  # "Types of vessel and cargo": one subject
    if len(parts) == 2 and _ACTIVITY.fullmatch(parts[0]) and _ACTIVITY.fullmatch(
            parts[1].rpartition(" ")[2]):
        return parts  # "Rigging and knot tying": two activities, none the other's object
    if len(parts[0].split()) == 1 and not parts[0].isupper():
        return [*whole, parts[-1]]  # "seam and primal butchery": one tail shared
    # "traceability and labelling requirements": two things
    return [part for index, part in enumerate(parts) if part.isupper() or (
        2 <= len(part.split()) <= _MAX_PART) or (index == len(parts) - 1 == 1
                                                 and len(part.split()) <= _MAX_PART)
            # ("Port health and safety legislation": a fixed pair joined again)
            or (" and " in part and len(part.split()) <= _MAX_WHOLE and fixed_pair(part))]


def _fixed_pairs_joined(parts: list[str], text: str) -> list[str]:
    """``parts`` of ``text`` cut at "and", with two neighbours joined again where they spell a
    fixed pair ("Port health" + "safety legislation": "Port health and safety legislation").

    >>> _fixed_pairs_joined(["Port health", "safety law", "safe work"],
    ...                     "Port health and safety law and safe work")
    ['Port health and safety law', 'safe work']
    """
    joined: list[str] = []
    for part in parts:
        if joined:
            pair = f"{joined[-1]} and {part}"
            if (pair in text or pair.replace(" and ", " & ") in text) and fixed_pair(pair) and (
                    not fixed_pair(joined[-1]) and not fixed_pair(part)):
                joined[-1] = pair
                continue
        joined.append(part)
    return joined


# Where one "Label: description." ends and the next begins with no space ("…clearly.Speaking:").
_GLUED_STOP = re.compile(r"(?<=[a-z)])\.(?=[A-Z])")
_SEGMENT_LABEL = re.compile(r"^([A-Z][a-z]+(?: (?:[A-Z][a-z]+|and|of|&)){0,3}): [A-Z]")
_MIN_GLUED = 3


def glued_labels(text: str) -> list[str]:
    """The labels of "Label: description." items glued end to end on one line, three or
    more ("Listening: Hearing …clearly.Speaking: Explaining …"); none otherwise.

    >>> glued_labels("Welding: Joins metal.Rigging: Lifts loads.Time Management: Keeps to plan.")
    ['Welding', 'Rigging', 'Time Management']
    >>> glued_labels("Note: one label only.")
    []
    """
    if text.count(": ") < _MIN_GLUED:
        return []
    labels = [m.group(1) for m in map(_SEGMENT_LABEL.match, _GLUED_STOP.split(text)) if m]
    return labels if len(labels) >= _MIN_GLUED else []
