"""Skills that running text announces with a cue phrase, in any section of a page.

Pages from sites no heading rule knows state a role's skills in sentences: "Employers look
for A, B and C", "you need to be solid at A and B", "Many still need to learn A, B and C",
"The work calls for A, B and C", or a bullet "good at A" under a heading about personal
requirements.  The cue phrases are data (``skill_cues`` in ``data/headings.yaml``); the list
after a cue is read with one grammar: items cut at commas, semicolons and "and"/"or", each a
short noun phrase (no verb, pronoun or figure first, at most five words), the list ending at
the first item that reads as a clause.  A sentence needs two items (one noun phrase after
"look for" is usually not a list: "employers look for experience"); a short line that opens
with the cue ("good at budgeting") gives its one item.

>>> cues = ("look for", "good at", "need to learn")
>>> cued_skills("Employers look for Kubernetes, Stream Processing and Python.", cues)
['Kubernetes', 'Stream Processing', 'Python']
>>> cued_skills("Most employers look for a degree.", cues)
[]
>>> cued_skills("good at budgeting", cues)
['budgeting']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from careergraph.guides.gazetteer import fold
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import bundled_section
from careergraph.guides.literals import AnyOf
from careergraph.guides.phrase_gate import folded
from careergraph.guides.row_dispatch import RowDispatch
from careergraph.guides.run_together import glued_names, soft_traits
from careergraph.guides.text import clean, is_title_case, split_items, split_sentences
from careergraph.guides.tool_use import tool_in_use
from careergraph.guides.verb_lists import cue_words
from careergraph.lexicon import load_lexicon
from careergraph.names import is_acronym_of

__all__ = [
    "CALLS_NOUN",
    "activity",
    "added_skills",
    "belonging_words",
    "credential_end",
    "cue_literals",
    "cued_skills",
    "field_subjects",
    "fixed_pair",
    "known_name",
    "known_shared_head",
    "known_skill",
    "known_software",
    "labelled_skills",
    "named_alternatives",
    "paired_skills",
    "shared_head",
    "skill_cue_dispatch",
    "spaced_slash",
    "stated_requirement",
]

# A name then a clause of lower-case words ("Eclipse added realtime output"): the name.
_NAME_THEN_CLAUSE = re.compile(r"^((?:[A-Z][\w'’+.-]*)(?:\s+[A-Z][\w'’+.-]*){0,2})"
                               r"\s+[a-z]+(?:ed|s)?\s+[a-z][\w-]*")
# Where the list after a cue ends: the sentence's own clause marks.
# (real48) And a participle joining more to the list ("A, B, and C, blended with
# exceptional dexterity"): the list ends before it, its participle no item.
_LIST_END = re.compile(r";|:\s|\s[—–]\s|\s-\s|!|\?|,\s+(?:blended|combined|coupled|paired|"
                       r"matched|married|teamed)\s+with\b")
# Words that end an item ("Python for analysis", "Docker so that …"): the rest is a clause.
_ITEM_STOPS = frozenset({"is", "are", "was", "to", "that", "which", "who", "will", "can",
                         "should", "must", "for", "with", "as", "by", "when", "where", "while",
                         "under",
                         "so", "once", "because", "if", "every", "before", "after", "than",
                         "into", "etc", "etc.", "you", "they", "we", "it",
                         # (real32) "… stamps or coins but individuals who …": a new clause
                         "but",
                         # (carry44) "Those who add A or B earn more": the pay's clause
                         "earn", "earns"})
# Words that cannot open an item: a clause ("and you will be fine"), a determiner of a
# generic noun ("their hands"), a verb.
_NOT_FIRST = frozenset({"you", "they", "we", "it", "he", "she", "i", "this", "that", "these",
                        "those", "their", "your", "our", "his", "her", "its", "what", "how",
                        "why", "when", "where", "whether", "who", "which", "more", "less",
                        "other", "others", "all", "any", "each", "every", "some", "many",
                        "most", "much", "one", "someone", "anyone", "people", "candidates",
                        "applicants", "things", "not", "no", "be", "being", "get",
                        "make", "keep", "take", "work", "working", "do", "doing", "have",
                        "having", "use", "using", "learn", "also", "then", "even", "just",
                        "about", "able", "capable", "willing", "ready", "together",
                        "along", "alongside", "plus",
                        # an exam's verb closing a list ("…, and pass the Final FRCA")
                        "pass", "sit", "obtain",
                        # what a job seeker looks for ("Look for openings in Construction")
                        "openings", "vacancies", "jobs", "positions", "postings",
                        # a move after the list ("specialise in A or B, becoming Xs")
                        "become", "becoming",
                        # (real31) a modal opens a clause of its own ("good at motivating
                        # others and would like a job …")
                        "would", "could", "might", "may", "shall", "should", "will",
                        "can", "must"})
# Pronouns after a preposition that make an item a clause ("answer for them").
_OBJECT_PRONOUNS = frozenset({"them", "it", "you", "us", "me", "him", "her"})
# Words naming a part of the work before "of" ("the business side of the job").
_PART_WORDS = frozenset({"side", "sides", "part", "parts", "aspect", "aspects", "half", "rest"})
# Possessives whose word before them is a verb ("know your local plants"): a clause.
_POSSESSIVES = frozenset({"your", "their", "his", "her", "its", "our", "my"})
# Items that only point at another name ("SAP or a similar ERP"): skipped, the list goes on.
_POINTERS = frozenset({"similar", "equivalent", "comparable", "another", "other"})
_RELATIVES = frozenset({"where", "which", "who", "whose", "that", "when"})
# Kinds of thing that name no skill alone or after a vague word ("tools", "specific
# technologies", "associated tools"): the list goes on past them.
_GENERIC_HEADS = frozenset({"tools", "technologies", "platforms", "systems", "software",
                            "environments", "areas", "fields", "frameworks", "applications",
                            "industry", "industries", "methods", "techniques"})
# (fixes97) A web page's own words ending an item ("Learn piano tuning, career profile
# page": a tagline): the site's page, no skill, and the list ends there.
_PAGE_WORDS = frozenset({"page", "pages", "webpage", "website", "homepage"})
_VAGUE = frozenset({"major", "associated", "specific", "related", "relevant", "various",
                    "modern", "cutting-edge", "niche", "new", "latest", "different",
                    "appropriate", "emerging", "common", "popular", "standard", "key"})
# Heads whose phrase is the skill as a whole ("a good head for figures", "an eye for colour").
_WHOLE_HEADS = frozenset({"eye", "ear", "head", "nose", "feel", "flair", "knack", "memory",
                          "sense", "taste", "gift"})


def whole_head(word: str) -> bool:
    """A head that keeps what follows it in the skill ("an eye for detail", "a head for
    heights").

    >>> whole_head("Eye"), whole_head("repair")
    (True, False)
    """
    return word.lower() in _WHOLE_HEADS


# Heads that wrap the skill they name ("confidence with SCADA software", "programming in R").
_WRAPPERS = re.compile(r"^(?:to use |\w+ing (?:in|with) (?=(?-i:[A-Z]))|(?:confidence|comfort|"
                       r"familiarity|experience|expertise|proficiency|fluency|skills?) "
                       r"(?:in|with) |(?:understanding|knowledge|grasp|command|awareness|"
                       r"basics) of )"
                       r"(?=\S)", re.IGNORECASE)
_MAX_WHOLE = 6
_SHORT_FORM = re.compile(r"[A-Z]{2,6}")  # a short form in capitals ("IT", "CAD")
# Stop words that belong to a fixed phrase ("attention to detail"): the word after them.
_FIXED = {"to": "detail", "under": "pressure"}
# Qualifiers in front of a skill ("a solid grasp" is handled by the lists' own rules).
_QUALIFIERS = ("especially ", "particularly ", "notably ", "ideally ", "preferably ",
               "a ", "an ", "the ", "strong ", "solid ", "good ", "excellent ", "basic ", "clear ",
               "advanced ", "working ", "hands-on ", "practical ", "sound ", "some ",
               "plenty of ", "lots of ", "a lot of ",
               # (real32) a choice's or a pair's first word ("either A or B", "both A and B")
               "either ", "both ")
# Adverbs after the last item ("learn A and B early", "know A cold").
_TRAILING = frozenset({"early", "first", "well", "too", "daily", "cold", "fast", "quickly",
                       "properly", "again", "later", "now", "soon", "already", "inside",
                       "especially", "above", "at", "on", "from", "of", "in", "by", "and",
                       "or"})
# Examples inside an item are items too ("standard forms such as NEC and JCT contracts").
_EXAMPLES = re.compile(r",?\s+(?:such as|including|like|e\.g\.,?)\s+")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
# Words that open a bracket of remarks, not of names ("(or equivalent)", "(e.g. …)").
_BRACKET_OPENERS = frozenset({"or", "and", "e.g.", "eg", "i.e.", "ie", "such", "including",
                              "for", "with", "especially", "preferably", "ideally", "not",
                              "full", "part", "both", "either", "any", "all", "some"})
_CONJUNCTION = re.compile(r"\s+(?:and|or)\s+")

_FIGURE = re.compile(r"\d|[$€£₹%]")
# A model's code of letters and digits ("EK43 grinder", "G1000 avionics"): part of a name,
# no figure of an amount or a duration (three characters at least: "Q4" is a quarter).
_MODEL_CODE = re.compile(r"^[A-Z][A-Za-z-]*\d[A-Za-z\d-]*$")
_MODEL_CODE_CHARS = 3
# A figure joined to a word, an adjective of a kind ("2-stroke engines", "3-phase supply"),
# unless the word is a span of time ("5-years").
_FIGURE_COMPOUND = re.compile(r"^\d{1,2}-[a-z]{3,}$")
# (recall7) A number of dimensions ("2D", "3D", "4DCT"): part of a name or a technique's kind.
_DIMENSION = re.compile(r"^[2-4]D(?:[A-Z]{0,3}|-[a-z]+)$")
_SPAN_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                         "hour", "hours", "yr", "yrs"})


def _figure_word(word: str) -> bool:
    """Whether ``word`` holds a figure that makes its item no name ("5 years", "$30k"),
    unlike a model's code.

    >>> _figure_word("EK43"), _figure_word("12"), _figure_word("Q4"), _figure_word("£30")
    (False, True, True, True)
    >>> _figure_word("2-stroke"), _figure_word("3-phase"), _figure_word("5-years")
    (False, False, True)
    >>> _figure_word("3D"), _figure_word("4DCT"), _figure_word("30D")
    (False, False, True)
    """
    if _DIMENSION.match(word):
        return False  # (recall7) a dimension, no amount: "AutoCAD Civil 3D", "3D scanning"
    return bool(_FIGURE.search(word)) and not (
        len(word) >= _MODEL_CODE_CHARS and _MODEL_CODE.match(word)) and not (
        _FIGURE_COMPOUND.match(word) and word.rsplit("-", 1)[1] not in _SPAN_UNITS)
_MAX_WORDS = 5
# Words that may stand before a cue opening a line ("Hands-on experience with X").
_LEAD_WORDS = frozenset({"working", "hands-on", "strong", "good", "solid", "excellent",
                         "proven", "basic", "sound", "demonstrable", "a", "some", "deep"})
_SHORT_LINE = 8  # a line this short that opens with its cue is one item ("good at X")
_MAX_LIST = 700  # a generated or scraped paragraph may list twenty names


@cache
def _cue_pattern(cues: tuple[str, ...]) -> tuple[AnyOf, re.Pattern[str]]:
    words = sorted(cues, key=len, reverse=True)
    # "^learn": the cue opens its sentence (an imperative: "Learn A, B and C early"); " … "
    # stands for a few words ("^training … covers": "Training at the academy covers A, B").
    alternatives = [("^" if w.startswith("^") else r"\b") + re.escape(w.lstrip("^")).replace(
        re.escape(" … "), _GAP) for w in words]
    pattern = re.compile(r"(?:" + "|".join(alternatives) + r")\b\s*:?\s+", re.IGNORECASE)
    return AnyOf(w.lstrip("^").rpartition(" … ")[2] for w in words), pattern


_GAP = r"\b(?:\s+[^\s.;:]+){1,6}?\s+"


@cache
def _cue_heads(cues: tuple[str, ...]) -> AnyOf | None:
    """(speed27) The words each cue of :func:`_cue_pattern` opens with (its part before a gap,
    lowercase): every match of the pattern starts where the lowered text holds one, so its
    search starts at the first of them (the pattern runs from there, not from the sentence's
    start).  None when a head holds a letter case-insensitive matching may pair with another
    (only ASCII and caseless characters are kept: then a match lowered is its head)."""
    heads = [w.lstrip("^").partition(" … ")[0] for w in cues]
    if not all(c.isascii() or c.lower() == c.upper() == c for head in heads for c in head):
        return None
    return AnyOf(heads)


def _first_head(heads: AnyOf | None, lowered: str | None) -> int:
    """Where the first cue head of ``lowered`` starts (0: no exact lowered form, no heads).

    >>> _first_head(AnyOf(["look for", "good at"]), "they are good at it; look for more")
    9
    """
    if heads is None or lowered is None:
        return 0
    return min((at for _, at in heads.starts(lowered)), default=0)


def cue_literals(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The literals of :func:`cued_skills`'s two gates for ``cues``: it finds nothing in a
    text whose lowered form holds none of them (the trigger of its row dispatch,
    :mod:`careergraph.guides.row_dispatch`).

    >>> cue_literals(("good at", "^training … covers", "$are in short supply"))
    ('are in short supply', 'covers', 'good at')
    """
    leading, following = _split_cues(cues)
    before = sorted(following, key=len, reverse=True)  # (as _after_pattern's gate)
    after = [w.lstrip("^").rpartition(" … ")[2] for w in sorted(leading, key=len, reverse=True)]
    return tuple(dict.fromkeys([*before, *after]))


# A cue's noun the clients receive: "help people with support such as …".
_RECEIVED = re.compile(r"\bwith\s+$", re.IGNORECASE)


# (or whom the cue is about: "What we look for in a Site Nurse: A, B and C")
# (or a demonstrative standing for the list that follows: "Brush up on these: A, B and C")
_LEAD_ASIDE = re.compile(r"^\s*\([^()]{1,30}\)\s*:"
                         r"|^\s*(?:in|from)\s+(?:an?|the|our|every)\s+[\w'’ -]{2,40}?:"
                         r"|^\s*(?:these|those|the following)\s*:")


# A word that makes "calls" a noun before "for" ("inbound and outbound calls for a bank").
# (real27) A determiner, a quantity or a judging or service word does too ("we wade through
# pointless calls for headaches", "their 999 calls for help", "several calls for a lift").
CALLS_NOUN = re.compile(r"\b(?:inbound|outbound|incoming|outgoing|phone|telephone|customer|"
                         r"sales|service|emergency|cold|of|the|many|more|and|or|pointless|"
                         r"trivial|genuine|urgent|routine|daily|frequent|nuisance|hoax|false|"
                         r"repeat|home|few|several|some|numerous|these|those|our|your|their|"
                         r"my|all|most|such|other|ambulance|police|fire|medical|welfare|999|"
                         r"911|112|any|"
                         # (rules43c) a verb that answers calls: "Deputies answer calls for
                         # service alone", "fielding calls for the duty desk"
                         r"answer|answers|answering|answered|field|fields|fielding|take|takes|"
                         r"taking|handle|handles|handling|return|returns|returning|screen|"
                         r"screens|screening)\s+$", re.IGNORECASE)


# (real49) Two bodies named with their articles after a cue ("with the FAA or the U.S. Armed
# Forces", "in the Army and the Navy"): where the experience was gained, no skills.
_NAMED_BODIES = re.compile(r"\s*the\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s+(?:or|and)\s+"
                           r"the\s+[A-Z]")


def cued_skills(text: str, cues: tuple[str, ...],
                person: Callable[[str], bool] | None = None,
                known: Callable[[str], bool] | None = None,
                foreign: Callable[[str, str], bool] | None = None) -> list[str]:
    """The skills ``text`` lists after one of ``cues`` (lowercase phrases), or before one
    marked "$" (``person`` tells an item naming people, ``known`` a skill the vocabulary
    knows; see :func:`_before_cue`; ``foreign`` of the sentence's text before its cue and
    the cue tells a sentence about another trade: :mod:`.other_trades`).

    >>> cued_skills("Honestly you need to be good at SQL, Excel and forecasting.", ("good at",))
    ['SQL', 'Excel', 'forecasting']
    >>> cued_skills("Learn GCOR and the air brake rules early.", ("^learn",))
    ['GCOR', 'air brake rules']
    >>> cued_skills('"They look for grit, humour and luck," she laughs.', ("look for",))
    []
    >>> cued_skills("What we look for in a Site Nurse: triage, wound care and patience.",
    ...             ("look for",))
    ['triage', 'wound care', 'patience']
    >>> cued_skills("Agents take outbound calls for a bank or insurer.", ("calls for",))
    []
    """
    if not cues:
        return []
    leading, following = _split_cues(cues)
    found = _before_cue(text, following, person, known)
    if not leading:
        return found
    gate, pattern = _cue_pattern(leading)
    if not gate.search(text.lower()):
        return found
    short = len(text.split(";", 1)[0].split()) <= _SHORT_LINE
    for sentence in split_sentences(text[:_MAX_LIST * 2]) if (
            len(text) > 80 or ". " in text) else [text]:  # (a short line of two sentences too)
        lowered = folded(sentence)  # (None: a letter case folding pairs otherwise; searched)
        if lowered is not None and not gate.search(lowered):
            continue  # the cue's word is in another sentence of the line: none here
        # (speed27: no match starts before the first cue head; "\b" and "^" still see the
        # text before the start position, so the matches are those of the whole sentence)
        for match in pattern.finditer(sentence, _first_head(_cue_heads(leading), lowered)):
            before = sentence[:match.start()]
            if before.count('"') % 2 or before.count("“") > before.count("”"):
                continue  # inside a quotation: a remark, not the page's statement
            if sentence[match.start()].isupper() and before.rstrip()[-1:].isalpha():
                continue  # "A Floor Covering Installer measures …": a name's word, no cue
            if CALLS_NOUN.search(before) and match.group().lower().startswith("call"):
                continue  # "outbound calls for a company": the noun, no "calls for" cue
            if foreign is not None and foreign(before, match.group()):
                continue  # "Sprinkler fitters specialise in A, B" on a plumber's page
            opening = short and _LEAD_WORDS.issuperset(before.strip(" -•*–").lower().split())
            # ("asked our clients about (2025–26): A, B and C": a bracketed aside first)
            after = _LEAD_ASIDE.sub(" ", sentence[match.end():], count=1)
            listed = _listed(after, 1)
            if match.group().rstrip(" :").lower().endswith("such as") and listed[:1] and (
                    listed[0][:1].isupper()):
                # examples of a kind of tool are names: "tools such as Storyline, and
                # evaluating impact with …" goes back to the sentence's own clauses
                listed = list(itertools.takewhile(lambda n: n[:1].isupper(), listed))
                # ("software such as A and B added realtime output": the last name is the
                # subject of the sentence's verb, the rest its predicate)
                if listed and (named := _NAME_THEN_CLAUSE.match(listed[-1])) is not None:
                    listed[-1] = named.group(1)
            if _RECEIVED.search(before) and match.group().lower().startswith(("support", "care")):
                # "help tenants with support such as grants and housing": what the clients
                # are given; only tasks ("with care such as bathing") are the worker's skills
                listed = [n for n in listed if n.split()[0].endswith("ing") or known_skill(n)]
            if after[:5].lstrip()[:4] == "the " and _NAMED_BODIES.match(after):
                listed = []  # (real49) "experience with the FAA or the U.S. Armed Forces":
                # bodies served in, by their names, no skills
            if not opening and len(listed) < 2 and not all(map(known_skill, listed)):
                listed = []  # one item is a list only when it is a known skill
            if person and 2 * sum(1 for name in listed if person(name)) >= len(listed) > 1:
                listed = []  # "the knowledge of veteran lineworkers, pump mechanics and …":
                # people whose knowledge it is, no skills
            if listed:  # ("noted strong A and B in the practical": the test it was shown in)
                listed[-1] = _SHOWN_IN.sub("", listed[-1])
            found.extend(listed)
            if listed:
                break  # one list a sentence ("look for A, local knowledge of B": not B again)
    return list(dict.fromkeys(rejoined_heads(found, text)))


# The test a skill was shown in, after the last item of a cued list ("The assessor noted strong
# A and B in the practical", carry43): no part of the name.
_SHOWN_IN = re.compile(r"\s+(?:in|during|at) (?:the|his|her|their|your) (?:practical|assessment|"
                       r"interview|trade test|observation|exam|examination|work trial)\b.*$")


# A run-in label after a sentence of the same line ("… $31/hr. Handy skills: A, B and C."):
# up to seven words before a colon, opening its sentence.
# (a field of a "Job: X | Notes: skills that pay: A, B" line opens after the field's label)
# (a strip glued to its label is still listed: "Skills that count:patiencetact")
# (rules34a2: up to 50 letters, "Core competences for appointment and promotion:")
_RUN_IN_LABEL = re.compile(r"(?P<field>[A-Z][\w'’ -]{1,20}?:\s+)?([A-Za-z][\w'’ /&-]{1,50}?):"
                           r"(?:\s+(?=\S)|(?=[a-z]))")
_RUN_IN_LABEL_WORDS = 7
# A label that is a sentence's clause (a pronoun first, or a verb "to be"), no run-in label.
_CLAUSE_LABEL = re.compile(r"^(?:this|that|it|here|there|these|those|which|what|i|we|you)\b|"
                           r"\b(?:is|are|was|were)\b", re.IGNORECASE)


def labelled_skills(text: str, is_skills_label: Callable[[str], bool]) -> list[str]:
    """The skills a run-in label lists after an earlier sentence of the same line ("Berlin,
    4 yrs: €15/h. Useful: A, B and C.", a comment's "… with loading. Skills that got me the
    raise: A and B."): a label the vocabulary calls a skills heading, two items at least.
    A label opening the line is the line's heading, read as such (not here), unless it is
    a field's ("Notes: skills that pay: A and B").

    >>> labelled_skills("Leeds, £14/hr. Skills that paid off: grouting and tiling.",
    ...                 lambda label: label.lower().startswith("skills"))
    ['grouting', 'tiling']
    """
    found: list[str] = []
    parts = [sentence for field in text[:_MAX_LIST * 2].split(" | ")
             for sentence in split_sentences(field)]
    for index, sentence in enumerate(parts):
        match = _RUN_IN_LABEL.match(sentence)
        if match is None or len(match.group(2).split()) > _RUN_IN_LABEL_WORDS or not (
                index or match.group("field")) or _CLAUSE_LABEL.search(match.group(2)):
            continue  # ("This is where the real skills came: …": a clause of a story)
        if is_skills_label(match.group(2)):
            body = sentence[match.end():]
            found.extend(parted_items(body) if body.count("; ") >= _SEMICOLONS
                         else _listed(body, 2))
    return list(dict.fromkeys(found))


_SEMICOLONS = 2  # a run-in list parted by semicolons has this many at least
# A run-in label that adds to the list a skills label gave above ("Knowledge/skills: A; B" on
# a class's entry, "Additionally: C; D; E" on the next class's): more of the same list.
_ADDED_LABEL = re.compile(r"(?:^|(?<=[.;]\s))(?:Additionally|In addition|Also):\s+(?=\S)")
# A third-person verb opening an item ("leads a room or species area"): a duty, no skill;
# told by its object's determiner ("supervises a crew", "trains new staff") or its verb.
_THIRD_PERSON = re.compile(r"^([a-z]+[^\Ws])s\s+(?:(?:a|an|the|new|its|their|other|all|junior)"
                           r"\b)?")


def added_skills(text: str, is_duty_verb: Callable[[str], bool]) -> list[str]:
    """The items of an "Additionally: A; B; C." run-in list after a sentence of the line,
    each parted by semicolons (two items at least); an item that opens with a duty verb
    ("leads a room") is none.  Read only below a skills label (the caller's check).

    >>> added_skills("Grade II. Additionally: aseptic technique; colony records; trains new "
    ...              "staff; sedation under veterinary direction.", lambda verb: verb == "train")
    ['aseptic technique', 'colony records', 'sedation']
    """
    match = _ADDED_LABEL.search(text) if "; " in text else None
    if match is None:
        return []
    body = split_sentences(text[match.end():])[0]
    if "; " not in body:
        return []
    return [_CONDITION.sub("", item) for item in parted_items(body)
            if not _duty_clause(item, is_duty_verb)]


# The terms a skill is done under, after its name ("euthanasia under the approved protocol"):
# no part of the name.
_CONDITION = re.compile(r"\s+(?:under|in accordance with|according to)\s.*$")


def _duty_clause(item: str, is_duty_verb: Callable[[str], bool]) -> bool:
    """An item that opens with a verb in the third person ("supervises a crew")."""
    verb = _THIRD_PERSON.match(item)
    return verb is not None and (verb.end() > len(verb.group(1)) + 2 or is_duty_verb(
        verb.group(1)) or is_duty_verb(verb.group(1) + "e"))
_ITEM_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
_BRACKET_WORDS = 4  # words of one item in a bracketed list of tools or substances


# A bracket's note saying from when or for whom an item is asked ("(from Senior Officer)",
# "(for supervisors)", "(desirable)"): no items of its own.
_BRACKET_NOTE = re.compile(r"\s*(?:from|for|at|after|until|by|when|if|desirable|essential|"
                           r"preferred|optional)\b", re.IGNORECASE)


def parted_items(body: str, mark: str = "; ") -> list[str]:
    """The items of a list parted by ``mark`` (semicolons, or " / " in a role profile's
    line), each whole ("ice making, painting and edging"), less its bracket, whose short comma
    items are items too ("resurfacer operation (Zamboni, Olympia)": Zamboni, Olympia).

    >>> parted_items("rope work (splicing, knots); boat handling; first aid.")
    ['rope work', 'splicing', 'knots', 'boat handling', 'first aid']
    >>> parted_items("leak detection (geophones) / step testing / GIS maps", " / ")
    ['leak detection', 'geophones', 'step testing', 'GIS maps']
    >>> parted_items("rope work; boat handling (from Bosun grade)")
    ['rope work', 'boat handling']
    """
    found: list[str] = []
    for raw in body.rstrip(" .").split(mark):
        core = _ITEM_BRACKET.sub("", raw).strip(" .,")
        if 0 < len(core.split()) <= _RUN_IN_LABEL_WORDS:
            found.append(core)
        for inner in _ITEM_BRACKET.findall(raw):
            parts = [part.strip() for part in re.split(r",\s*|\s+or\s+", inner)]
            if _BRACKET_NOTE.match(inner):
                continue  # (rules34a2) "supervisory skills (from Senior X)": when, no item
            if all(0 < len(part.split()) <= _BRACKET_WORDS for part in parts):
                found.extend(parts)
    return found


@cache
def _after_pattern(cues: tuple[str, ...]) -> tuple[AnyOf, re.Pattern[str]]:
    words = sorted(cues, key=len, reverse=True)
    return AnyOf(words), re.compile(
        r"\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


# Words that open a setting before a sentence's subject ("In our region A and B are …").
_SETTING = frozenset({"in", "on", "at", "for", "across", "around", "here", "there", "today",
                      "now", "locally", "nationally", "again", "still", "meanwhile", "right",
                      "both"})
# Where a list the cue follows starts: after reported speech ("Recruiters add that A, B and
# C are in short supply"), a colon or a clause of consequence ("…, so A and B are
# essential"), else at its sentence's start.
_SAID = re.compile(r"^(?P<speaker>.*?)\s*(?:\bthat|:|,?\s+so\b|\b(?:say|says|said|add|adds|added|"
                   r"warn|warns|warned|report|reports|reported|agree|agrees|agreed|note|"
                   r"notes|noted)(?:\s+that)?)\s+(?=\S)", re.IGNORECASE)
# Kinds of things that stand before their examples ("Skills such as A and B are scarce").
_KINDS_BEFORE = frozenset({"skills", "skill", "tools", "abilities", "qualities", "techniques",
                           "competencies", "competences", "knowledge", "expertise",
                           "specialisms", "specialties", "technologies", "certifications"})


@cache
def _speakers() -> frozenset[str]:
    """Who reports what employers lack ("Recruiters add that …"): ``features.speakers``."""
    return frozenset(str(w).lower() for w in bundled_section("features").get("speakers") or ())


@cache
def _split_cues(cues: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cues before a list, and those after one ("$" in the data, the mark removed)."""
    return (tuple(c for c in cues if not c.startswith("$")),
            tuple(c[1:] for c in cues if c.startswith("$")))


def _before_cue(text: str, cues: tuple[str, ...],
                person: Callable[[str], bool] | None = None,
                known: Callable[[str], bool] | None = None) -> list[str]:
    """The skills a sentence lists before a cue that follows its list ("$" in the data:
    "A, B and C are in short supply").  Every item must be a short noun phrase from the
    list's start to the cue, and there must be two; the list is skills when those who hire
    report it ("Recruiters add that …", ``features.speakers``), when it gives examples of a
    kind of skill ("Skills such as A and B …") or when ``known`` knows half its names:
    "Housing and childcare are in short supply", "Welders and fitters are scarce" (people,
    ``person``) and "The people who can do it are scarce" name no skills.

    >>> _before_cue("Hiring managers say that Kafka, dbt and SQL are in short supply.",
    ...             ("are in short supply",))
    ['Kafka', 'dbt', 'SQL']
    >>> _before_cue("Housing and childcare are in short supply.", ("are in short supply",))
    []
    >>> _before_cue("In our region Kafka and SQL are in demand.", ("are in demand",))
    []
    """
    if not cues:
        return []
    gate, pattern = _after_pattern(cues)
    if not gate.search(text.lower()):
        return []
    found: list[str] = []
    for sentence in split_sentences(text[:_MAX_LIST * 2]):
        lowered = folded(sentence)  # (the cue may stand in another sentence of the line)
        match = pattern.search(sentence) if lowered is None or gate.search(lowered) else None
        if match is None:
            continue
        said = _SAID.match(sentence, 0, match.start())
        body = sentence[said.end() if said else 0:match.start()].strip(" ,")
        # (a cue that names what the list is counts as reported: "A and B are the skills
        # …", "… are what beginners spend the first year on")
        # (and "A and B are her specialisms")
        named = any(word in match.group().lower() for word in (" skills", " spend", " speciali"))
        reported = named or (said is not None and bool(
            _speakers() & set(said.group("speaker").lower().split())))
        example = _EXAMPLES.search(body)
        if example is not None:
            kind = body[:example.start()].lower().split()
            if not kind or kind[-1] not in _KINDS_BEFORE:
                continue  # "Trades such as A": not a kind of skill
            body, reported = body[example.end():], True
        if not body or '"' in body or "“" in body or _LIST_END.search(body) or (
                body.split(maxsplit=1)[0].lower() in _SETTING):
            continue  # a quotation, a clause mark or a setting first: no plain list
        names: list[str] = []
        raws = _list_items(body)
        for raw in raws:
            items, stop = _item(raw)
            if stop or not items:
                names = []
                break
            names.extend(items)
        if len(raws) < 2 or not names or (person and any(person(n) for n in names)):
            continue  # ("Welders and fitters are in short supply": people)
        weighed = (_weighed_against(sentence[match.end():])  # as much as one more quality
                   if match.group().lower().endswith(" as") else [])
        # (the bundled lexicon's names count among three qualities or more: "patience and a
        # steady hand matter as much as a good ear", or when it knows them all; in a pair one
        # soft skill vouches for nothing: "Patience and good shoes matter as much as …")
        broad = len(names) + len(weighed) >= 3 or all(map(known_skill, names))
        if reported or (known is not None and 2 * sum(
                known(n) or _skill_head(n) or (broad and known_skill(n))
                for n in names) >= len(names)):
            found.extend(names + weighed)
    return found


def _weighed_against(rest: str) -> list[str]:
    """The quality a list is weighed against ("… matter as much as scissor technique"): one
    short noun phrase that ends its sentence ("as much as your palate" names none).

    >>> _weighed_against(" a good ear."), _weighed_against(" the technical side.")
    (['good ear'], [])
    """
    text = rest.strip().rstrip(".!")
    if not text or _LIST_END.search(text) or "," in text or len(text.split()) > _MAX_WHOLE:
        return []
    words = _DETERMINER.sub("", text).split()  # ("a good ear": the quality whole)
    if text.lower().startswith("the "):
        return []  # "as much as the technical side": a part of the work, no quality
    if not words or words[0].lower() in _NOT_FIRST or _FIGURE.search(text) or any(
            w.lower() in _ITEM_STOPS for w in words):
        return []
    return [" ".join(words)]


def _skill_head(name: str) -> bool:
    """A compound whose head names a skill ("supplier negotiation", "Excel skills").

    >>> _skill_head("supplier negotiation"), _skill_head("Excel skills"), _skill_head("childcare")
    (True, True, False)
    """
    words = name.split()
    return len(words) > 1 and (words[-1].lower() in ("skills", "skill") or known_skill(words[-1]))


# (rules51c) A degree named by its subject ("a bachelor's degree in finance", "BSc in
# chemistry"): the lower-case items after it in the same list are its other subjects.
# (and the fields of a span of experience: "2–4 years in treasury, corporate finance or a
# bank's cash management team": where the years were spent, no skills)
_DEGREE_SUBJECT = re.compile(r"\b(?:degree|diploma|BSc|MSc|BA|MA|PhD|bachelor['’]?s|"
                             r"master['’]?s|\d\s*(?:\+\s*)?years?)\s+in\s+[a-z]")
_SUBJECT_WORDS = 5


def field_subjects(items: Sequence[str]) -> list[str]:
    """(rules51c) ``items`` less the lower-case ones right after a degree or a span of
    experience named by its field ("a bachelor's degree in finance, accounting or
    economics", "2–4 years in treasury, corporate finance or a bank's team"): the other
    subjects or fields of the same degree or years, no skills; a named tool after it
    ("a degree in finance, Python") ends the run and is kept.

    >>> field_subjects(["a degree in finance", "accounting", "Python", "budgeting"])
    ['a degree in finance', 'Python', 'budgeting']
    """
    kept: list[str] = []
    subjects = False
    for item in items:
        if subjects and item.strip().islower() and len(item.split()) <= _SUBJECT_WORDS:
            continue
        subjects = " in " in item and _DEGREE_SUBJECT.search(item) is not None
        kept.append(item)
    return kept


def _listed(body: str, minimum: int) -> list[str]:
    if "; " in body and ((pieces := _SEMICOLON_LIST.match(body)) is not None or (
            pieces := _LOWER_SEMICOLON_LIST.match(body)) is not None):
        # "A (Tool); B (Tool); C.": short items parted by semicolons, one list to its end
        body = pieces.group(0).replace("; ", ", ")
    end = _LIST_END.search(body)
    body = body[:end.start() if end else _MAX_LIST].rstrip(" .")
    if _PLACES_LISTED.match(body):
        return []  # "specialise in specific industries like A, B": workplaces, no skills
    chosen = _ONE_OF_A_KIND_LISTED.match(body)
    if chosen is not None:  # (real32) "specialize in a particular material or group of
        body = body[chosen.end():]  # objects, such as A, B": the examples, not the choice
    elif _ONE_OF_A_KIND.match(body):
        return []  # "specialise in a particular type of pump or valve": no skill named
    kinds = _KINDS_LISTED.match(body)
    if kinds is not None:  # "calls for skills such as A, B and C": the examples, no "skills"
        body = body[kinds.end():]
    items: list[str] = []
    raws = _list_items(_EXAMPLES.sub(", ", _JOINERS.sub(", ", body)))
    for raw in field_subjects(
            [part for whole in raws for part in glued_names(whole, soft_traits()) or [whole]]):
        # ("attention to detailpatience": a strip of traits printed without separators)
        names, stop = _item(raw)
        items.extend(names)
        if stop:
            break
    return items if len(items) >= minimum else []


# Short items parted by semicolons up to the sentence's end ("A (Tool); B (Tool); C."),
# a bracket of names after each allowed: two items or more, of five words at most, each
# after the first capitalised ("bring A; the organiser supplies B" is two clauses).
_SEMICOLON_ITEM = r"[A-Za-z][\w'’/&+-]*(?:\s+[\w'’/&+-]+){0,4}(?:\s+\([^();.]{1,40}\))?"
_SEMICOLON_LIST = re.compile(rf"{_SEMICOLON_ITEM}(?:;\s+(?=[A-Z]){_SEMICOLON_ITEM})+"
                             r"(?=\.(?:\s|$)|$)")
# (fixes70) Three short lower-case items or more parted by semicolons to the sentence's end
# after a cue ("conversant with a; b; c."); an item opening with an article or a pronoun is a
# clause ("bring a; the organiser supplies b"), so none may.
_LOWER_ITEM = (r"(?!(?:the|a|an|we|you|they|it|he|she|this|these|our|your)\s)"
               r"[a-z][\w'’/&+-]*(?:\s+[\w'’/&+-]+){0,4}")
_LOWER_SEMICOLON_LIST = re.compile(rf"{_LOWER_ITEM}(?:;\s+{_LOWER_ITEM}){{2,}}"
                                   r"(?=\.(?:\s|$)|$)")


# A kind of skill named only to give its examples ("skills such as A, B", "certain
# abilities, including A"): the kind's word is no item.
# (also with a quantity before it: "a range of different areas including A, B")
_KINDS_LISTED = re.compile(r"^(?:an?\s+(?:(?:wide|broad)\s+)?(?:range|variety|number|host|mix)\s+"
                           r"of\s+)?"
                           r"(?:(?:certain|key|core|practical|technical|soft|specific|basic|"
                           r"important|essential|several|various|other|some|the|these|"
                           r"different)\s+)*"
                           r"(?:skills|abilities|techniques|tools|qualities|competencies|"
                           r"strengths|traits|areas|fields|specialisms|disciplines|"
                           # (real32) "specialize in concentrations such as A or B"
                           r"concentrations|specialties|specialities|specializations|"
                           r"specialisations|"
                           r"enterprises|operations|courses|topics|subjects|modules|"
                           # (the teams one joins: "specialise in units such as A or B")
                           r"units|teams|squads|branches|divisions|departments)\s*,?\s+"
                           r"(?:such as|including|like|e\.g\.,?)\s+",
                           re.IGNORECASE)


# A generic choice that names nothing ("a particular type of boiler or part", "one specific
# area of law"): no skill, and the rest of its list is the same kind of word.
_ONE_OF_A_KIND = re.compile(r"^(?:an?\s+|one\s+|the\s+)?(?:particular|specific|certain|given|"
                            r"single)\s+(?:type|kind|sort|area|field|branch)s?\s+of\s",
                            re.IGNORECASE)


# The same generic choice given its examples ("a particular material or group of objects,
# such as A, B"): the examples are the items.
_ONE_OF_A_KIND_LISTED = re.compile(r"^(?:an?\s+|one\s+|the\s+)?(?:particular|specific|certain|"
                                   r"given|single)\s+[a-z]+(?:\s+or\s+(?:an?\s+)?[a-z]+"
                                   r"(?:\s+of\s+[a-z]+)?)?\s*,?\s+(?:such as|including|like|"
                                   r"e\.g\.,?)\s+", re.IGNORECASE)


# A list whose examples are kinds of workplace ("industries like mining, construction").
_PLACES_LISTED = re.compile(r"^(?:\w+\s+){0,2}(?:industries|sectors|settings|workplaces|"
                            r"environments|employers)\s*,?\s+(?:such as|including|like|e\.g\.)\s",
                            re.IGNORECASE)


# Adjectives that tie an item to what follows "to" ("circuitry unique to turbines"): no part
# of the item's name.
# ((real45) and participles fitting it to its user: "contact lenses tailored to each
# patient's needs", "tools suited to the job")
_BELONGING = frozenset({"unique", "specific", "particular", "peculiar", "common", "native",
                        "relevant", "specialised", "specialized", "applicable", "tailored",
                        "suited", "adapted", "matched", "customised", "customized"})


def belonging_words() -> frozenset[str]:
    """The adjectives that tie a list item to what follows "to" ("circuitry unique to
    turbines", "rules specific to the site"): a list's item is cut before them.

    >>> "unique" in belonging_words()
    True
    """
    return _BELONGING


def _ends_item(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` ends the item ("Python for analysis"), unless it is
    part of a fixed phrase ("attention to detail")."""
    word = words[index].lower()
    if word not in _ITEM_STOPS:
        return False
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    return _FIXED.get(word) != following.rstrip(".,;")


def _list_items(body: str) -> list[str]:
    """The items of a list in running text: cut at commas, semicolons and "and"/"or", except
    an "and" that joins two words under one head ("health and safety regulations", "food
    and wine pairing")."""
    return split_items(body, keep_whole=shared_head)


# A quality and the people it is shown with ("teamwork with surgeons and theatre staff",
# "rapport with patients and families"): one item, the "and" joins the companions.
_WITH_COMPANIONS = re.compile(r"^[a-z][\w-]*(?:\s[a-z][\w-]*)?\s+with\s+(?:[a-z-]+\s){0,2}"
                              r"[a-z-]+s\s+and\s+(?:[a-z-]+\s){0,2}(?:[a-z-]+s|staff|crew|team)$")


# The knowing a skill item opens with ("understanding of", "working knowledge of").
_KNOWING = re.compile(r"^(?:(?:an?|good|sound|basic|working)\s+)?(?:understanding|knowledge|"
                      r"awareness)\s+of\s+|^familiarity\s+with\s+", re.IGNORECASE)


def without_knowing(part: str) -> str:
    """``part`` without the knowing it opens with ("basic knowledge of the hygiene and
    epidemiological regime": what is known is the name's length).

    >>> without_knowing("basic knowledge of first aid"), without_knowing("first aid")
    ('first aid', 'first aid')
    """
    return _KNOWING.sub("", part)


def known_shared_head(part: str) -> bool:
    """"understanding of bus and coach operations": what is known opens the item, and its
    words share one head (one skill, not "bus" and "coach operations").

    >>> known_shared_head("understanding of bus and coach operations")
    True
    >>> known_shared_head("knowledge of glaze chemistry and kiln firing")
    False
    >>> known_shared_head("knowledge of medicine and human anatomy")
    False
    """
    # (a plural head only: "medicine and human anatomy" are two subjects, "bus and coach
    # operations" one kind of operations)
    last = part.rstrip(" .").rsplit(" ", 1)[-1]
    return ("," not in part and last.endswith("s") and not last.endswith("ss")
            and _KNOWING.match(part) is not None and shared_head(part))


def parallel_head(part: str) -> str | None:
    """(rules48c) The head two parallel modifiers share, each ending in one noun printed twice
    ("client account and office account bank reconciliations": "bank reconciliations"), or
    None.

    >>> parallel_head("client account and office account bank reconciliations")
    'bank reconciliations'
    >>> parallel_head("site safety and site diaries") is None
    True
    """
    match = _PAIR.match(_BRACKET.sub("", part))
    if match is None or match["conj"] != "and":
        return None
    left, right = match["left"].split(), match["right"].split()
    if 2 <= len(left) <= 3 and len(right) > len(left) and left[-1].lower() == right[
            len(left) - 1].lower() and left[-1].isalpha() and left[-1].islower():
        return " ".join(right[len(left):])
    return None


def shared_head(part: str) -> bool:
    """"health and safety regulations": one bare word and a phrase whose head they share.

    >>> shared_head("health and safety regulations"), shared_head("budgeting and cash handling")
    (True, False)
    >>> shared_head("teamwork with surgeons and theatre staff")
    True
    """
    # ("understanding of water and wastewater operations": what is known shares the head)
    part = _KNOWING.sub("", part)
    if part[:4].lower() == "the ":
        part = part[4:]  # (fixes81) "the hygiene and epidemiological regime": one article
        # before both modifiers of the head
    if fixed_pair(part):
        return True  # "Port health and safety legislation": a fixed pair first
    if " with " in part and _WITH_COMPANIONS.match(part):
        return True  # "teamwork with surgeons and theatre staff": the "and" is the with's
    match = _PAIR.match(_BRACKET.sub("", part))  # ("… procedures (SEP)": its acronym aside)
    if match is None or match["conj"] != "and" or _DETERMINER.match(match["right"]):
        return False
    left, right = match["left"].split(), match["right"].split()
    if len(left) == len(right) == 1 and _reversal(left[0], right[0]):
        return True  # "Casing and uncasing": one operation and its reversal
    if parallel_head(part) is not None:
        return True
    if len(left) != 1 or not 2 <= len(right) <= 3 or left[0][:1].isupper():
        return False  # ("Photoshop and textile CAD packages": a name, then a phrase)
    return _modifiers(left[0], right[0])


# A head two modifiers share: a plural, a practice ("cutting") or kit named in the mass; a
# singular count noun ("knowledge of pix and card machine") is one modifier's own.
# (fixes81) An activity named in the mass shares too ("aluminium and structural repair",
# "engine and gearbox maintenance").
_MASS_HEADS = frozenset({"repair", "maintenance"})
_SHARED_KINDS = re.compile(r"(?:[^s]s|ing|equipment|machinery|software|gear|repair|"
                           r"maintenance)$")
# An article inside the second part: a verb and its object ("shoveling and grooming the
# ramps"), no modifiers of one head.
_OBJECT_ARTICLE = re.compile(r"\s(?:the|a|an|their|your|its|our)\s")


def rejoined_heads(names: list[str], text: str, *, plurals: bool = True,
                   mass_only: bool = False) -> list[str]:
    """``names`` with a bare modifier a list split from the head it shares with its
    neighbour given that head (real31: "use diagnostic and testing equipment" gave
    "diagnostic"; "starting and charging systems" gave "starting"), as the split
    "oxy-fuel cutting" and "plasma cutting" read; a fixed pair is left as it is, and so is a
    singular count noun ("pix and card machine": Pix, a payment system, and a card machine).

    >>> rejoined_heads(["diagnostic", "testing equipment", "ladders"],
    ...                "They use diagnostic and testing equipment, and ladders.")
    ['diagnostic equipment', 'testing equipment', 'ladders']
    >>> rejoined_heads(["budgeting", "cash handling"], "budgeting and cash handling")
    ['budgeting', 'cash handling']
    >>> rejoined_heads(["pix", "card machine"], "knowledge of pix and card machine")
    ['pix', 'card machine']
    >>> rejoined_heads(["spoken", "written communication skills"],
    ...                "good spoken and written communication skills")
    ['spoken and written communication skills']

    ``plurals=False`` leaves a plural first word its own ((fixes81) a sentence's "lookups and
    pivot tables", "regulations and airport operations": two things, no shared head), and
    ``mass_only`` joins only a head named in the mass ("Aluminium and structural repair";
    "stability and load lines", "nitrogen and leaf …" are two things each).
    """
    if len(names) < 2 or " and " not in text:
        return names
    out: list[str] = []
    skip = False
    for index, name in enumerate(names):
        if skip:
            skip = False
            continue
        first = name.removeprefix("and ").strip()
        if first[:5].lower() == "both " and " " not in first[5:]:
            first = first[5:]  # (real53) "both technical and artistic skills": each skill
        after = names[index + 1] if index + 1 < len(names) else ""
        pair = f"{first} and {after}"
        head = after.rsplit(" ", 1)[-1]
        # ((fixes81) "Aluminium and structural repair" opening the text: a capital of the
        # sentence's start, no product's name)
        opening = index == 0 and first.istitle() and first.isalpha() and after.islower() and (
            text.lstrip().startswith(pair)) and not _product(first)
        if after and " " not in first and " " in after and pair in text and (
                plurals or not first.endswith("s")) and (
                not mass_only or head in _MASS_HEADS) and (
                _SHARED_KINDS.search(head)) and not _OBJECT_ARTICLE.search(after) and (
                shared_head(f"{first.lower()} and {after}" if opening else pair)) and (
                not fixed_pair(pair)):
            if after.count(" ") == 2:
                # (fixes74) "spoken and written communication skills": two modifiers of a
                # compound head name one skill, kept whole as "written and verbal
                # communication" is (no "spoken skills")
                out.append(pair)
                skip = True
                continue
            out.append(f"{first} {head}")
            continue
        out.append(name)
    return _series_heads(out, text)


# (real37) A field's branches named by a series of bare adjectives closed by the field itself
# ("analytical, organic, inorganic and materials chemistry", "structural, marine and
# environmental geology"): each adjective is a branch of that field, no skill of its own.
_BRANCH_ADJECTIVE = re.compile(r"[a-z]+(?:al|ic|ar|ine|ive|ous)")
# ((real45) and the skills the series names, "organizational, technical, and interpersonal
# skills": "organizational" and "technical" alone name no skill)
_FIELD_HEAD = re.compile(r"(?:ology|istry|ics|graphy|nomy|medicine|engineering|law|science|"
                         r"^skills|^abilities)$")
# (real45) A measure of the series before its first adjective ("a combination of A, B and C
# skills"): the adjective is the item.
_SERIES_MEASURE = re.compile(r"^(?:an? )?(?:combination|mix|blend|range|variety|set) of "
                             r"(?P<adjective>[a-z]+)$")
# The series before its last item: adjectives parted by commas, "and" or "or".
_BRANCH_SERIES = re.compile(rf"((?:{_BRANCH_ADJECTIVE.pattern}\s*(?:,\s*(?:and\s+|or\s+)?|"
                            r"\s+and\s+|\s+or\s+)){2,})$")


def _series_heads(names: list[str], text: str) -> list[str]:
    """``names`` with each bare adjective of a series closed by a field ("X, Y and Z
    chemistry") given the field's name.

    >>> _series_heads(["analytical", "organic", "physical", "materials chemistry"],
    ...               "areas such as analytical, organic, physical and materials chemistry.")
    ['analytical chemistry', 'organic chemistry', 'physical chemistry', 'materials chemistry']
    >>> _series_heads(["structural", "marine", "environmental geology"],
    ...               "structural, marine, and environmental geology")
    ['structural geology', 'marine geology', 'environmental geology']
    >>> _series_heads(["combination of organizational", "technical", "interpersonal skills"],
    ...               "a combination of organizational, technical, and interpersonal skills")
    ['organizational skills', 'technical skills', 'interpersonal skills']
    >>> _series_heads(["typing", "practical", "office work"], "typing, practical and office work")
    ['typing', 'practical', 'office work']
    """
    if len(names) < 3:
        return names
    heads: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or not _FIELD_HEAD.search(words[-1]) or words[-1] != words[-1].lower():
            continue
        at = text.find(name)
        series = _BRANCH_SERIES.search(text, max(0, at - 200), at) if at > 0 else None
        if series is None:
            continue
        for adjective in re.findall(r"[a-z]+", series.group(1)):
            if adjective not in ("and", "or"):
                heads.setdefault(adjective, words[-1])
    if not heads:
        return names
    measured = {name: found.group("adjective") for name in names
                if (found := _SERIES_MEASURE.match(name)) is not None}
    return [f"{name} {heads[name]}" if name in heads else
            f"{measured[name]} {heads[measured[name]]}" if measured.get(name) in heads else name
            for name in names]


def _modifiers(left: str, right: str) -> bool:
    """Two words that modify one head: bare nouns ("health and safety regulations") or
    two -ing words ("printing and dyeing processes"), not a skill noun and a phrase
    ("bookkeeping and cash handling")."""
    if known_skill(left) or (left.islower() and fold(left) in _pair_words().tools) or (
            left.lower() in _pair_words().tool_heads):
        return False  # "statistics and research methods", "python and build caching",
        # "lathes and milling machines": a skill or a tool of its own first
    if _DISCIPLINE.search(left) and not _DISCIPLINE.search(right):
        return False  # "radiography and patient records": a field of its own, no modifier
        # ("cardiology and oncology wards": two fields share the head)
    if _PLURAL_THING.search(left):
        return False  # (real26) "photocopiers and microfiche readers": two kinds of kit
    ending = _STANDALONE.search(left)
    return ending is None or (ending.group().lower() == "ing" and _GERUND.match(right.lower())
                              is not None)  # (recall8) "Marshalling & wing walking": no gerund


def _item(raw: str) -> tuple[list[str], bool]:
    """The names one item gives, and whether the list ends with it."""
    text = _WHEN_TAIL.sub("", clean(raw))  # "load calculations in year one"
    text = _MODEL_TAIL.sub("", text)  # "traction knowledge on the Class 387"
    if text.lower().startswith("of "):  # "a working knowledge of A, of B and of C"
        text = text[3:]
    lowered = text.lower()
    definite = lowered.startswith("the ")
    printed = text.strip(" .")
    for qualifier in _QUALIFIERS:
        if lowered.startswith(qualifier):
            text, lowered = text[len(qualifier):], lowered[len(qualifier):]
    wrapped = _WRAPPERS.match(text)
    if wrapped is not None:
        text = text[wrapped.end():]  # "programming in R": the language is the skill
        definite = False  # ("the basics of X": the article was the wrapper's)
    head = text.split(" ", 2)
    if len(head) > 2 and head[0].lower() in _WHOLE_HEADS and head[1] in ("for", "of"):
        whole = len(text.split()) <= _MAX_WHOLE and not _FIGURE.search(text)
        return ([text.rstrip(" .")] if whole else []), False
    inner: list[str] = []
    bracket = _BRACKET.search(text)
    if bracket is not None and text[bracket.end():].strip() and bracket.group(1).isupper() and (
            is_acronym_of(bracket.group(1), text[:bracket.start()].split())):
        bracket = None  # "safety integrity level (SIL) determination": part of the name
    if bracket is not None:  # "Technical Writing (TensorFlow)", "tariff nomenclature (AHTN)"
        items = split_items(bracket.group(1))
        # "fall protection (harness and anchors)": two plain nouns or more name gear too
        plain = len(items) >= 2 and " and " in bracket.group(1) and all(
            0 < len(i.split()) <= 2 and i.replace(" ", "").replace("-", "").isalpha()
            and i.split()[0].lower() not in _BRACKET_OPENERS for i in items)
        before = [w for w in text[:bracket.start()].split() if w.lower() != "and"]
        inner = [i for i in items if (i[:1].isupper() or plain)
                 and len(i.split()) <= 3 and not _FIGURE.search(i)
                 # ("safety and emergency procedures (SEP)": the words' own acronym)
                 and not (i.removesuffix("s").isupper() and not text[bracket.end():].strip()
                          and is_acronym_of(i.removesuffix("s"), before))]  # ("(ETDs)")
        text = (text[:bracket.start()] + text[bracket.end():]).strip()
    words = text.split()
    if words and words[0].lower() in _POINTERS and 1 < len(words) <= 3 and all(
            w.isupper() and w.isalpha() for w in words[1:]):
        return [*inner, " ".join(words[1:])], False  # "SAP or a similar ERP": the ERP kind
    if words and (words[0].lower() in _POINTERS or (
            words[-1].lower() in _GENERIC_HEADS and (len(words) == 1 or (
                words[0].lower() in _VAGUE)))):
        # (real33) "other related activities where loss or damage to life …": the pointer's
        # relative clause runs to the sentence's end, no more items after it
        return inner, not _RELATIVES.isdisjoint(w.lower() for w in words[1:])
        # ("major cloud platforms and associated tools": no names, the list goes on)
    if words and words[-1].lower().strip(".,") in _PAGE_WORDS:
        return inner, True  # (fixes97) "career profile page": the site's page, no skill
    if len(words) == 1 and bracket is None and words[0].lower() in _NOT_FIRST and (
            _SHORT_FORM.fullmatch(words[0])) and printed != words[0]:
        # (fixes97) "basic IT": a short form printed like a pronoun ("it") is none; named
        # with its qualifier (the short form alone is too bare a name)
        return [*inner, printed], False
    if not words or words[0].lower() in _NOT_FIRST or _figure_word(words[0]) or (
            len(words) > 2 and any(w.lower() in _POSSESSIVES for w in words[1:3])):
        return [], True  # ("know your native plants", "set up your own firm": a verb and
        # its object, a clause)
    cut = next((i for i in range(len(words)) if _ends_item(words, i)), len(words))
    if cut < len(words) - 1 and words[cut + 1].lower().strip(".,") in _OBJECT_PRONOUNS:
        return [], True  # "answer for them": a verb and its object, a clause
    stop = cut < len(words) and not _tool_after(words[cut:])
    if 1 < cut < len(words) and words[cut].lower() == "to" and (
            words[cut - 1].lower() in belonging_words()):
        cut -= 1  # (real42) "electrical circuitry unique to wind turbines": the circuitry
    guided = _guided_after(words[cut:]) if cut < len(words) else None
    if guided is not None:
        inner, stop = [*inner, guided], False  # "regional anaesthesia with ultrasound-guided
        # nerve blocks, pain medicine …": the technique's own means, and the list goes on
    words = words[:cut]
    while words and words[-1].lower() in _TRAILING:
        words, stop = words[:-1], True
    if not words or len(words) > _MAX_WORDS or any(_figure_word(w) for w in words):
        return [], True
    if "of" in words[1:] and words[words.index("of") - 1].lower() in _PART_WORDS:
        return inner, False  # "the repair side of the trade": a part of the work, no skill
    if definite and len(words) < 3 and not any(w[:1].isupper() for w in words):
        return inner, stop  # "the product": a particular thing, not a skill
    if credential_end(words[-1]):
        return inner, False  # "the ATT or CTA qualification": a credential, the list goes on
    return [" ".join(words).strip(" .,'\"`*"), *inner], stop


def credential_end(text: str) -> bool:
    """Whether ``text`` ends with a word of a credential or a condition, no skill ("the
    CTA qualification", "A full driving licence"): ``course.not_aptitudes`` in
    ``data/headings.yaml``.

    >>> credential_end("A full driving licence"), credential_end("Report writing")
    (True, False)
    """
    words = text.split()
    return bool(words) and words[-1].lower().strip(".,;") in _credentials()


# "No experience is needed – full training is given": a statement of what is (not) asked.
_STATED_NEED = re.compile(r"^(?:no|none|nothing)\b|\b(?:is|are)\s+(?:not\s+)?(?:needed|required|"
                          r"necessary|essential|expected)$", re.IGNORECASE)


def stated_requirement(text: str) -> bool:
    """Whether ``text`` states what a role does or does not ask for ("No experience is
    needed", "A licence is required") rather than naming a skill.

    >>> stated_requirement("No experience is needed"), stated_requirement("Report writing")
    (True, False)
    """
    return _STATED_NEED.search(text.strip(" .")) is not None


@cache
def _credentials() -> frozenset[str]:
    return frozenset(str(w).lower() for w in bundled_section("course").get("not_aptitudes") or ())


# Words that join one more item to a list ("… and breastfeeding support, alongside
# safeguarding referrals", "A, B as well as C", "A plus B").
# (real32) "a language, in addition to English": the connective joins two items
_JOINERS = re.compile(r",?\s+(?:plus|alongside|as well as|in addition to)\s+")


# When a course or a job teaches an item, after it: no part of the skill.
_WHEN_TAIL = re.compile(r"\s+(?:in|during|by)\s+(?:the\s+)?(?:(?:first|second|third|final|"
                        r"last|opening)\s+)?(?:year|years|week|weeks|month|months|term|semester|"
                        r"module|day|days)\b.*$"
                        # ("able to record on A from day one": when, not what)
                        r"|\s+from\s+(?:day\s+one|the\s+(?:first\s+day|start|outset))\b.*$"
                        # (fixes97) "knowledge of the ANPR system once it arrives": when
                        r"|\s+once\s+(?:it|they|this|these)\s+(?:arrives?|starts?|goes|go|is|are)"
                        r"\b.*$",
                        re.IGNORECASE)
# The model a skill is practised on, after it ("type rating on the A320", "traction
# knowledge on the Class 387"): the machine, not the skill, carries the figure.
_MODEL_TAIL = re.compile(r"\s+on\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z]*\d[\w-]*$")


# People a "with" phrase may name after a skill ("liaison with cross-functional teams").
_PEOPLE_ENDS = frozenset({"teams", "team", "staff", "colleagues", "partners", "stakeholders",
                          "clients", "customers", "people", "users", "patients", "families"})


def _guided_after(rest: list[str]) -> str | None:
    """"with ultrasound-guided nerve blocks": a technique done by a means named with a
    hyphenated qualifier, a skill of its own; None for anything else (people, a clause).

    >>> _guided_after("with ultrasound-guided nerve blocks".split())
    'ultrasound-guided nerve blocks'
    >>> _guided_after("with cross-functional teams".split()) is None
    True
    """
    if rest[0].lower() != "with" or not 3 <= len(rest) <= 4 or "-" not in rest[1] or not all(
            w.replace("-", "").isalpha() and w.islower() for w in rest[1:]):
        return None
    return None if rest[-1].strip(".,;") in _PEOPLE_ENDS else " ".join(rest[1:]).strip(".,;")


def _tool_after(rest: list[str]) -> bool:
    """"with CTG", "using Jira": a named tool after a technique qualifies it; the list goes
    on after the item ("fetal monitoring with CTG, perineal suturing, …")."""
    return (rest[0].lower() in ("with", "using", "in") and 2 <= len(rest) <= 3
            and all(any(c.isupper() for c in w) for w in rest[1:]))  # ("with eMAR")


# A lone first word that names a skill by itself ("Navigation and chart work", "Leadership
# and crew management"); a plain noun shares the second half's head ("health and safety
# regulations", "oil and gas industry") and keeps the item whole.
_STANDALONE = re.compile(r"(?:ing|tion|sion|ship|ment)$", re.IGNORECASE)
# A plural of a device's or an agent's noun ("photocopiers", "scanners", "microscopes") is a
# thing of its own, no modifier of the next item's head ("health and safety rules").
_PLURAL_THING = re.compile(r"[a-z](?:er|or|ine|ope)s$")
# A word naming a field or a procedure by its own ending ("taxonomy", "phlebotomy",
# "radiography"): no modifier of the next item's head.
_DISCIPLINE = re.compile(r"(?:ology|tomy|nomy|graphy|metry|scopy|iatry|therapy)$",
                         re.IGNORECASE)
_PAIR = re.compile(r"^(?P<left>[^,;()]+?) (?P<conj>and|or|&|/) (?P<right>[^,;()]+)$")
_PAIR_QUALIFIERS = ("basic ", "strong ", "excellent ", "careful ", "sound ",
                    "solid ", "genuine ", "working ", "clear ", "a ", "an ")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "sound" as a noun, no qualifier: "Sound system setup", "sound engineering"
_SOUND_NOUNS = ("sound system", "sound engineering", "sound design", "sound recording",
                "sound mixing", "sound editing", "sound reinforcement", "sound check")
_PAIR_TAIL = re.compile(r"\s+(?:with|for|in|on|at|when|under|to)\s.*$")


def paired_skills(item: str) -> list[str]:
    """One list item that joins two skills with "and"/"or", as two skills.

    Two noun phrases ("Ship stability and cargo handling"), a lone skill noun and a phrase
    ("Navigation and chart work"), or two product names ("Zendesk or Salesforce Service
    Cloud") are two skills; a Title Case name ("Medicine and Dentistry", "Customer and
    Personal Service"), two single words ("anatomy and physiology") and a shared head
    ("health and safety regulations") stay whole.

    >>> paired_skills("Basic bookkeeping and cash handling")
    ['bookkeeping', 'cash handling']
    >>> paired_skills("Westlaw or Lexis")
    ['Westlaw', 'Lexis']
    >>> paired_skills("Health and safety regulations"), paired_skills("Medicine and Dentistry")
    (['Health and safety regulations'], ['Medicine and Dentistry'])
    >>> paired_skills("Wwise or FMOD implementation"), paired_skills("field recording and Foley")
    (['Wwise', 'FMOD'], ['field recording', 'Foley'])
    >>> paired_skills("confidentiality and GDPR"), paired_skills("HVAC and refrigeration")
    (['confidentiality', 'GDPR'], ['HVAC', 'refrigeration'])
    >>> paired_skills("Log splitting and stump grinder use")
    ['Log splitting', 'stump grinder']
    >>> paired_skills("Forklift / pallet jack")
    ['Forklift', 'pallet jack']
    >>> paired_skills("empathy and discretion"), paired_skills("anatomy and physiology")
    (['empathy', 'discretion'], ['anatomy and physiology'])
    >>> paired_skills("audits and inspections"), paired_skills("sales and marketing")
    (['audits', 'inspections'], ['sales and marketing'])
    >>> paired_skills("MS Office and CRM"), paired_skills("Research and Development")
    (['MS Office', 'CRM'], ['Research and Development'])
    """
    slashed = spaced_slash(item.strip().rstrip("."))
    if slashed:  # "Forklift / pallet jack": two things, either will do
        return slashed
    parts = _paired(item)
    if len(parts) == 2 and parts[1].endswith(" use"):
        # "Log splitting and stump grinder use": a task and a tool, the tool in use named
        parts[1] = tool_in_use(parts[1]) or parts[1]
    return parts


# A slash with a space on each side between two short names ("ATV / side-by-side").
_SPACED_SLASH = re.compile(r"\s+/\s+")
_SLASH_WORDS = 3


def spaced_slash(item: str) -> list[str]:
    """The two names a spaced slash parts ("Forklift / pallet jack"), each of at most three
    words, or []: two short capitals ("TCP / IP") spell one thing."""
    parts = _SPACED_SLASH.split(item)
    if len(parts) != 2 or not all(1 <= len(part.split()) <= _SLASH_WORDS for part in parts):
        return []
    if all(part.isupper() and len(part) <= _SLASH_WORDS for part in parts):
        return []
    return parts


def _paired(item: str) -> list[str]:
    """:func:`paired_skills` before a tool's "use" is cut from the second skill."""
    tools = _tools_in_use(item.strip().rstrip("."))
    if tools:  # "Voltmeter and clamp meter use": the two tools
        return tools
    match = _PAIR.match(item.strip().rstrip("."))
    if match is None or _CONJUNCTION.search(match["right"]) or _SYMBOL_JOIN.search(
            match["right"]):
        return [item]
    left, right = match["left"], match["right"]
    codes = _CODE_PAIR.fullmatch(f"{left} {right}")
    if codes is not None:  # "ICD-10 and OPCS-4 classifications": two codes, one kind
        return [left, codes["second"]]
    if not known_skill(right):  # ("attention to detail" is a name, no tail)
        right = _PAIR_TAIL.sub("", right)
    conj = _SYMBOL_CONJ.get(match["conj"], match["conj"])
    if match["conj"] == "/" and not (_names(left) and _names(right)):
        conj = "and"  # "Fundraising / donor cultivation": two practices, not alternatives
    if conj == "and" and fixed_pair(item):
        return [item]  # "Occupational health and safety", "Sales & Marketing": one name
    if conj == "and" and left.split()[0].lower() == "not" and right.split()[0].lower() in (
            "on", "in", "at"):
        return [item]  # (fresh60) "Not lazy and on time": one trait told in two halves,
        # neither a skill alone
    if conj == "and" and left[:1].islower() and _trait(left) and _trait(right) and (
            fold(left) in _pair_words().soft or fold(right) in _pair_words().soft):
        # (rules37c) "tact and persistence" in a lower-case list: two traits, each whole (a
        # capitalised item, "Collaboration and teamwork", is one competency's name)
        return [left, right]
    if conj == "or":
        names = len(left.split()) <= 3 and _names(left) and _names(right)
        shared = _NAME_HEAD.match(right)  # "Wwise or FMOD implementation": two names, one use
        if not names and " " not in left and _names(left) and shared is not None:
            return [left, shared.group(1)]
        return [left, right] if names else [item]
    shared = _NAME_HEAD.match(right) if " " not in left and _names(left) else None
    if shared is not None and any(_product(name) for name in (left, shared.group(1))):
        # (recall8) "Espacenet and PatBase searching": two products, one use of each
        return [left, shared.group(1)]
    if " " not in right and _names(right) and not _names(left) and (left.islower() or (
            # ("Technical drawing & GD&T": a list's first item in sentence case)
            left[1:].islower() and right.isupper())) and (
            1 < len(left.split()) <= _MAX_WORDS or (right.isupper() and len(right) > 1)):
        # "field recording and Foley": a practice and a named craft; "confidentiality and
        # GDPR": a practice and a regulation's acronym
        return [left, right]
    if conj == "and" and " " not in left and _ACRONYM_WORD.fullmatch(left) and (
            right.islower() and 0 < len(right.split()) <= _MAX_WORDS):
        # "HVAC and refrigeration", "CAD and site surveying": an acronym shares no head
        # with the phrase after it; (fixes91) nor does a plural one, "VFDs and servo drives"
        return [left, right]
    left_words, right_words = left.split(), right.split()
    if _tool_pair(left, right):
        return [left, right]  # "Docker and Go", "Microsoft Word and Outlook": two products
    if is_title_case(item):
        # "Technical Leadership and Attention to Detail": two skills when each side is a
        # phrase or a known skill ("Customer and Personal Service" is one O*NET name)
        if all(len(side.split()) >= 2 or known_skill(side) for side in (left, right)) and (
                len(left_words) <= _MAX_WORDS and len(right_words) <= _MAX_WORDS):
            return [left, right]
        if conj == "and" and len(left_words) >= 2 and _names(left) and (
                _ACRONYM_WORD.fullmatch(right) and right.isupper() and len(right) > 2):
            return [left, right]  # (fixes95) "MS Office and CRM": a product and an acronym
        return [item]
    if conj == "and" and len(right_words) == 2 and len(left_words) >= 2 and left_words[
            -1].islower() and known_skill(right) and known_skill(
            shared_head := f"{left_words[-1]} {right_words[-1]}"):
        # (real48) "Using construction hand and power tools": two kinds of one kit sharing
        # its head ("hand tools", "power tools"), the words before the first no part of it
        return [shared_head, right]
    if _DETERMINER.match(right):  # "GCOR and the air brake rules": two noun phrases
        return [left, _DETERMINER.sub("", right)]
    if len(left_words) > _MAX_WORDS or len(right_words) > _MAX_WORDS:
        return [item]
    if len(right_words) == 1:
        if _lone_skill(left_words, right):
            return [_unqualified(left), right]
        return [item]
    kinds = _two_kinds(left, right_words)
    if kinds:  # "Functional and cognitive assessment": two kinds of one activity
        return kinds
    if len(left_words) == 1 and _DISCIPLINE.search(left) and _STANDALONE.search(right):
        return [left, right]  # "Taxonomy and species identification": a field of its own
        # beside an activity with its object; the field shares no head with it
    if len(left_words) == 1 and _modifiers(left_words[0], right_words[0]):
        if _GERUND.match(left) and _GERUND.match(right_words[0]) and len(right_words) >= 3:
            return [left, right]  # "brazing and bending copper pipework": the second
            # activity's object is its own
        return _shared_activity(left, right_words) or [item]
    return [_unqualified(left), _unqualified(right)]


# An acronym, or its plural ("HVAC", "VFDs", "PLCs"), as one side of a pair.
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]+s?")


# (recall8) A quality's noun by its ending ("accuracy", "positivity", "attendance"); not
# "-bility", an engineered property's ("maintainability", "availability").
_TRAIT_NOUN = re.compile(r"[a-z]{4,}(?:(?<!bil)ity|ness|ance|ence|acy)")


def _trait(side: str) -> bool:
    """Whether one half of a lower-case pair names a trait: a soft skill of the lexicon
    ("discretion", "attention to detail") or one noun of a quality by its ending
    ("accuracy", "positivity"); a pair of them is two traits when one is known
    ("accuracy and discretion"), where "quality and compliance" names none.

    >>> _trait("attention to detail"), _trait("positivity"), _trait("stock rotation")
    (True, True, False)
    """
    return fold(side) in _pair_words().soft or _TRAIT_NOUN.fullmatch(side) is not None


def _product(name: str) -> bool:
    """Whether one word is a product's name: a tool of the lexicon or a capital inside a
    lower-case word ("PatBase", "iManage"), where "Health" or "Adult" is a plain word
    capitalised.

    >>> _product("PatBase"), _product("Excel"), _product("Community")
    (True, True, False)
    """
    return fold(name) in _pair_words().tools or (any(c.isupper() for c in name[1:]) and any(
        c.islower() for c in name))  # (an acronym, "NHS", may name a client or a body)


def _tools_in_use(item: str) -> list[str]:
    """Two tools joined with "use" after the second ("Voltmeter and clamp meter use") as
    the two tools; [] for any other item (a task and a tool in use keep their pair).

    >>> _tools_in_use("Voltmeter and clamp meter use"), _tools_in_use("land and water use")
    (['Voltmeter', 'clamp meter'], [])
    """
    match = _PAIR.match(item[:-len(" use")]) if item.endswith(" use") else None
    if match is None:
        return []
    tools = [tool_in_use(f"{match[side]} use") for side in ("left", "right")]
    return [tool for tool in tools if tool] if all(tools) else []


_SKILL_WORDS = frozenset({"skill", "skills"})
# -ing heads that name a course or a field, which keep their pair ("fire and rescue training")
_FIELD_HEADS = frozenset({"training", "engineering"})
_GERUND = re.compile(r"^[a-z]{3,}ing$")


def _shared_activity(left: str, right_words: list[str]) -> list[str]:
    """Two objects of one activity named by an -ing word ("forklift and truck driving
    skills") as two activities, the activity beside each object; [] for any other shared
    head ("health and safety regulations", "printing and dyeing processes").

    >>> _shared_activity("forklift", ["truck", "driving", "skills"])
    ['forklift driving', 'truck driving']
    >>> _shared_activity("fire", ["rescue", "training"]), _shared_activity(
    ...     "printing", ["dyeing", "processes"])
    ([], [])
    """
    words = right_words[:-1] if right_words[-1].lower() in _SKILL_WORDS else right_words
    if len(words) != 2 or not _GERUND.match(words[1]) or words[1] in _FIELD_HEADS:
        return []
    if not left.islower() or _STANDALONE.search(left) or _STANDALONE.search(words[0]):
        return []  # ("printing and dyeing machines"): activities themselves, no objects
    if fixed_pair(f"{left} and {words[0]}"):
        return []  # "health and safety checking": one subject
    return [f"{left} {words[1]}", " ".join(words)]


# An adjective by its ending or its prefix ("functional", "invasive", "non-invasive"): a kind
# of the noun after it.
_ADJECTIVE = re.compile(r"^(?:(?:non|semi|multi|pre|post|sub|inter|intra)-[a-z]+|"
                        r"[a-z]+(?:al|ive|ous|ic|ary|ar))$", re.IGNORECASE)
_COMMUNICATION_HEADS = frozenset({"communication", "communications", "english", "skills"})


def _two_kinds(left: str, right_words: list[str]) -> list[str]:
    """Two adjectives sharing one activity's noun ("Consecutive and simultaneous
    interpreting", "invasive and non-invasive ventilation") as the two kinds of it; [] for
    anything else, and for modes of communication ("written and verbal communication"),
    which a page names as one skill.

    >>> _two_kinds("Functional", ["cognitive", "assessment"])
    ['Functional assessment', 'cognitive assessment']
    >>> _two_kinds("Written", ["verbal", "communication"]), _two_kinds("Printing", ["dyeing",
    ...     "processes"])
    ([], [])
    """
    if len(right_words) != 2 or " " in left:
        return []
    kind, head = right_words
    if not (_ADJECTIVE.match(left) and _ADJECTIVE.match(kind) and head.islower()
            and _STANDALONE.search(head.removesuffix("s"))) or (
            head.lower() in _COMMUNICATION_HEADS or _soft(head)):
        return []
    return [f"{left} {head}", f"{kind} {head}"]


# A prefix that makes a word its own reversal ("uncasing", "disassembly", "demounting").
_REVERSAL = re.compile(r"un|dis|de|re")


def _reversal(left: str, right: str) -> bool:
    """Whether ``right`` is ``left`` undone ("Casing and uncasing"): one operation.

    >>> _reversal("Casing", "uncasing"), _reversal("Costing", "ordering")
    (True, False)
    """
    first, second = left.lower(), right.lower()
    return second.endswith(first) and _REVERSAL.fullmatch(second[:-len(first)]) is not None


def _lone_skill(left_words: list[str], right: str) -> bool:
    """Whether a last word after "and" names a skill of its own.

    After one word: when both are known skills, not two traits ("Physics & maths", not
    "Confidentiality and discretion"), or two activities ("Costing & ordering").  After a
    phrase: a known skill ("Staff supervision and scheduling"), or a noun after a phrase
    that shares nothing with it ("Sugar work and entremets"); it completes the phrase when
    that is a gerund and its object ("reading schematics and datasheets"), a tool's
    ("Kubernetes operations and upgrades"), a preposition's ("sense of taste and smell") or
    an activity's unless it is a gerund after another activity ("Steel erection and
    bolting": two; "Plate cutting and rolling": one object, two gerunds), or when
    it is an adjective or a shared head ("Accounts payable and receivable", "Instrument
    inspection and assembly").
    """
    words = _pair_words()
    lowered = right.lower()
    if not (right.isalpha() or "-" in right) or lowered.endswith(words.adjective_endings) or (
            lowered in _GENERIC_HEADS or lowered in words.shared_heads or lowered in _NOT_FIRST):
        return False
    if len(left_words) == 1:
        left = left_words[0]
        if _reversal(left, right):
            return False  # "Casing and uncasing", "loading and unloading": one operation
        if known_skill(left) and known_skill(right):
            return not (_soft(left) and _soft(right))
        if _PLURAL_NOUN.fullmatch(left) and right.islower() and lowered.removesuffix(
                "s").endswith(words.activity_endings):
            return True  # (rules38c) "appraisals and supervision", "audits and inspections":
            # a plural count noun shares no head with the activity after it ("kitchens and
            # bathrooms", two places, stay one item)
        return left.lower().endswith("ing") and lowered.endswith("ing")
    if known_skill(right) and not _soft(right):
        return True
    first, last = left_words[0].lower(), left_words[-1].lower().removesuffix("s")
    return right[:1].islower() and not (
        first.endswith("ing") or fold(left_words[0]) in words.tools
        or fold(" ".join(left_words[:2])) in words.tools  # (recall8) "Microsoft Word styles"
        or not words.prepositions.isdisjoint(w.lower() for w in left_words)
        or (last.endswith(words.activity_endings) and not (
            lowered.endswith("ing") and not last.endswith("ing"))))


# (rules38c) A plural count noun in lower case ("appraisals", "audits"; not "physics",
# "analysis", "business", "sales": a field's or a trade's name).
_PLURAL_NOUN = re.compile(r"(?!(?:sales|customs|arts|goods|works|news|weights|terms)$)"
                          r"[a-z]{3,}(?<!ss)(?<!ic)(?<!u)(?<!is)s")
# "&" and a spaced slash join two items as "and" and "or" do.
# Two codes of standards or classifications sharing the kind after them ("ICD-10 and OPCS-4
# classifications", with "and" already cut out): each code a capital and a figure.
_CODE = r"[A-Z][A-Z-]*-?\d[\w.-]*"
_CODE_PAIR = re.compile(rf"(?P<first>{_CODE}) (?P<second>{_CODE})(?: [a-z]+){{0,2}}")
_SYMBOL_CONJ = {"&": "and", "/": "or"}
_SYMBOL_JOIN = re.compile(r"\s(?:&|/)\s")


@dataclass(frozen=True)
class _PairWords:
    """What decides whether "A and B" is one skill or two (bundled data, folded)."""

    skills: frozenset[str]  # the lexicon's skill names, tools excluded
    soft: frozenset[str]  # its soft skills (a pair of traits is one trait)
    tools: frozenset[str]  # its tools and software
    fixed: tuple[str, ...]  # its names joined by "and" (" health and safety ")
    # word lists of the course vocabulary ("course" in data/headings.yaml)
    shared_heads: frozenset[str]
    tool_heads: frozenset[str]  # the words that end a tool's name ("tool_lists.heads")
    activity_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    prepositions: frozenset[str] = frozenset({"of", "for", "to", "in", "with", "on", "at"})


@cache
def _pair_words() -> _PairWords:
    lexicon = load_lexicon()
    groups = lexicon.gazetteer.skills
    software = [*groups.get("software", ()), *lexicon.tools]
    names = [*(n for group, found in groups.items() if group != "software" for n in found),
             *(n for canon, aliases in lexicon.skills.items() for n in (canon, *aliases))]
    joined = [n for n in (*names, *(n for group in lexicon.gazetteer.sectors.values()
                                    for n in group)) if " and " in n]
    course = bundled_section("course")
    return _PairWords(
        skills=frozenset(fold(n) for n in names).difference(fold(n) for n in software),
        soft=frozenset(fold(n) for n in groups.get("soft", ())),
        tools=frozenset(fold(n) for n in software),
        fixed=tuple(dict.fromkeys(f" {fold(n)} " for n in joined)),
        shared_heads=frozenset(str(w) for w in course.get("shared_heads") or ()),
        tool_heads=frozenset(str(w) for w in bundled_section("tool_lists").get("heads") or ()),
        activity_endings=tuple(str(w) for w in course.get("activity_endings") or ()),
        adjective_endings=tuple(str(w) for w in course.get("adjective_endings") or ()))


def activity(text: str) -> bool:
    """Whether ``text`` ends with a word of an activity ("Report writing", "Chart
    compilation"), not of a kind of thing ("Flow meters", "Safety equipment": no "-ment" or
    "-ure", which name things as often).

    >>> activity("Chart compilation"), activity("Flow meters"), activity("Safety equipment")
    (True, False, False)
    """
    return _ACTIVITY.search(text.rstrip(" .")) is not None


_ACTIVITY = re.compile(r"(?:ing|tion|sion|sis)$", re.IGNORECASE)


def _soft(text: str) -> bool:
    return fold(text) in _pair_words().soft


def known_skill(text: str) -> bool:
    """Whether ``text`` is a skill name of the bundled lexicon (any case).

    >>> known_skill("Statistics"), known_skill("time management"), known_skill("entremets")
    (True, True, False)
    """
    return fold(_unqualified(text)) in _pair_words().skills


def known_name(text: str) -> bool:
    """Whether ``text`` is a skill or a tool of the bundled lexicon (any case).

    >>> known_name("Python"), known_name("time management"), known_name("Tile Forge")
    (True, True, False)
    """
    words = _pair_words()
    folded_name = fold(text)
    return folded_name in words.tools or folded_name in words.skills or known_skill(text)


def known_software(text: str) -> bool:
    """(fixes95) Whether ``text`` is a tool of the bundled lexicon, its gazetteer's software
    included (any case).

    >>> known_software("After Effects"), known_software("English"), known_software("Tile Forge")
    (True, False, False)
    """
    return fold(text) in _pair_words().tools


def fixed_pair(text: str) -> bool:
    """Whether ``text`` holds a name of the lexicon joined by "and" or "&" ("Occupational
    health and safety", "Sales & Marketing"), which no rule cuts in two.

    >>> fixed_pair("Occupational health & safety"), fixed_pair("Costing and ordering")
    (True, False)
    """
    folded = f" {fold(text).replace(' & ', ' and ')} "
    return any(name in folded for name in _pair_words().fixed)


_NAME_HEAD = re.compile(r"^([A-Z][\w+#.-]*)\s+[a-z][a-z -]*$")  # "FMOD implementation"


def _tool_pair(left: str, right: str) -> bool:
    """Two product names joined by "and": both tools of the lexicon, or one and a one-word
    name beside it ("Microsoft Word and Outlook"); an O*NET title such as "Customer and
    Personal Service" names no tool and stays whole.

    >>> _tool_pair("Docker", "Go"), _tool_pair("Microsoft Word", "Outlook")
    (True, True)
    >>> _tool_pair("Customer", "Personal Service"), _tool_pair("SQL", "Data Analysis")
    (False, False)
    """
    if not (_names(left) and _names(right)):
        return False
    tools = _pair_words().tools
    left_tool, right_tool = fold(left) in tools, fold(right) in tools
    return (left_tool and right_tool) or (left_tool and " " not in right) or (
        right_tool and " " not in left)


# Between product names: "or", "and", "&" or a comma ("Westlaw or Lexis", "Xero, MYOB").
_NAME_JOIN = re.compile(r",?\s+(?:or|and|&)\s+|,\s*")
_MAX_NAME_WORDS = 3


def named_alternatives(text: str) -> list[str]:
    """Two or more product names joined by "or", "and" or commas, each ("legal research
    using Westlaw or Lexis"); [] when a part is no capitalised name.

    >>> named_alternatives("Westlaw or Lexis"), named_alternatives("Xero, MYOB or Sage 50")
    (['Westlaw', 'Lexis'], ['Xero', 'MYOB', 'Sage 50'])
    >>> named_alternatives("OASys tool"), named_alternatives("Excel and good habits")
    ([], [])
    """
    parts = [part.strip() for part in _NAME_JOIN.split(text.strip())]
    if len(parts) < 2 or not all(
            part and _names(part) and len(part.split()) <= _MAX_NAME_WORDS for part in parts):
        return []
    return parts


def _names(text: str) -> bool:
    """Capitalised words only: a product or language name ("Salesforce Service Cloud")."""
    return all(w[:1].isupper() or w[:1].isdigit() for w in text.split())


def _unqualified(text: str) -> str:
    lowered = text.lower()
    for qualifier in _PAIR_QUALIFIERS:
        if lowered.startswith(qualifier) and not lowered.startswith(_SOUND_NOUNS):
            text, lowered = text[len(qualifier):], lowered[len(qualifier):]
    return text.strip()


@cache
def skill_cue_dispatch(cues: tuple[str, ...]) -> RowDispatch:
    """The readers of :meth:`~careergraph.guides.longform_skills.SkillMixin.cued` for the
    vocabulary's skill ``cues``, each with a trigger taken from the reader's own gate:

    - ``cues``: :func:`~careergraph.guides.skill_cues.cued_skills` returns nothing unless the
      lowered text holds one of its cues (or a cue's last part after " … "): the literals of
      both of its automaton gates, :func:`~careergraph.guides.skill_cues.cue_literals`;
    - ``verbs``: :func:`~careergraph.guides.verb_lists.verb_list_skills` finds only where its
      cue pattern's :class:`~careergraph.guides.phrase_gate.PhraseGate` admits the folded
      text, which needs each phrase's first key word (``None`` when a word is not ASCII);
    - ``vehicles``: every item :func:`~careergraph.guides.vehicles.vehicle_skills` returns
      is a piece of the text whose last word, lowered, is a vehicle name (ASCII), so the
      lowered text holds that name;
    - ``languages``: :func:`~careergraph.guides.languages.language_skills` returns nothing
      unless the text holds a language name as printed; the name lowered is then in the
      lowered text (``str.lower`` maps each character on its own but a final sigma, which no
      name holds; else the reader always runs).

    >>> sorted(skill_cue_dispatch(("good at",)).readers("Deliver by bike or van"))
    ['vehicles']
    """
    verbs = cue_words()
    vehicles = tuple(str(name) for name in word_lists("vehicles").get("names", ()))
    languages = tuple(str(name) for name in bundled_section("languages").get("names") or ())
    return RowDispatch({
        "cues": cue_literals(cues),
        "verbs": None if verbs is None else tuple(words[0] for words in verbs),
        "vehicles": vehicles if all(name.isascii() for name in vehicles) else None,
        "languages": None if any("\u03a3" in name or "\u03c3" in name or "\u03c2" in name
                                 for name in languages) else languages,
    })
