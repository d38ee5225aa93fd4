"""Duties written as nouns, as an experience certificate or a job description's numbered
list prints them: "Execution of stability studies as per ICH guidelines and calibration of
analytical instruments", "Analysis of samples by HPLC (Waters Empower 3)".

Each part opens with an action noun and "of"/"in".  Which part is the skill depends on the
noun (data ``nominal_duties`` in ``data/headings.yaml``): after "execution of", "conduct of",
"participation in", "preparation of" the object is the technique; "calibration of X",
"validation of X" are techniques whole; after "analysis of", "review of", "training of" the
object is what is worked on (samples, data, people) and names none.  In every part, the
instruments, systems and standards after "by", "using", "in", "on" or "as per" are skills,
each name in brackets too, and an item "X including A, B and C" gives X and its examples.

>>> nominal_duty_skills("Execution of stability studies as per ICH guidelines and "
...                     "calibration of analytical instruments.")
['stability studies', 'ICH guidelines', 'calibration of analytical instruments']
>>> nominal_duty_skills("Analysis of soil samples by XRF (Bruker S2) and AAS.")
['XRF', 'Bruker S2', 'AAS']
>>> nominal_duty_skills("Leak testing including helium sniffing and pressure decay.")
['Leak testing', 'helium sniffing', 'pressure decay']
>>> nominal_duty_skills("Good team player.")
[]
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.duty_objects import duty_objects
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.skill_cues import rejoined_heads
from careergraph.names import is_acronym_of

__all__ = ["cued_list_spans", "later_posts", "nominal_duty_skills", "praised_skills",
           "story_skills"]

_MAX_WORDS = 5
# Where a name after "by"/"on" ends: the next preposition ("of" only before a lower-case
# word: "Certificates of Analysis" is one name), a bracket, a clause, the item's end.
_NAME_END = re.compile(r"\s+(?:and|or|for|to|from|at|with|as|in|on|by|under|within)\s+"
                       r"|\s+of\s+(?=[a-z])|\s*\(|[,.;:]|$")
# Where an object ends: "and" before a preposition or an action noun's next part, a
# preposition, a bracket or a clause ("OOS and deviation investigations and in audits").
_OBJECT_END = re.compile(r"\s+and\s+(?:in|on|at|for|to|by)\s|\s+(?:for|to|from|at|with|as|in|"
                         r"on|by|under|within)\s+|\s+of\s+(?=[a-z])|\s*\(|[,.;:]|$")
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")
# Another name joined to the last ("by HPLC (X) and GC (Y)"): a capitalised word next.
_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")
_INCLUDING = re.compile(r"^([A-Za-z][\w -]{2,50}?)\s+including\s+([^.;:]+)")
# A head before "including" that names whom the work is done with or for ("Coordinate with
# vendors", "Liaise with partners", "Report to stakeholders"): a verb's party, no noun duty.
_PARTY = re.compile(r"\s(?:with|to|for|between|among)\s", re.IGNORECASE)
# "in LIMS (LabWare)": a system by its short form only ("in customer audits" names none).
# ("in OOS and deviation investigations": a short form sharing the head after it is none)
_IN_SYSTEM = re.compile(r"\bin\s+(?=[A-Z]{2,}\b(?!\s+and\s+[a-z]))")


@cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    words = word_lists("nominal_duties")
    objects = frozenset(words.get("object_nouns", ()))
    whole = frozenset(words.get("whole_nouns", ()))
    every = phrase_alternation([*objects, *whole, *words.get("other_nouns", ())]) or "(?!)"
    part = re.compile(rf"(?:^|\s+and\s+)(?P<noun>(?i:{every}))\s+(?:of|in)\s+", re.IGNORECASE)
    cues = phrase_alternation(words.get("cues", ())) or "(?!)"
    cue = re.compile(rf"\b(?:{cues})\s+(?:the\s+|an?\s+)?(?=[A-Za-z])")
    return part, cue, objects, whole


_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=[a-z])")


def _names(text: str, ends: re.Pattern[str] = _NAME_END) -> list[str]:
    """The names at the start of ``text``: a phrase up to its end, the names in brackets
    after it, and the next ones joined by "and" (short ones only)."""
    found: list[str] = []
    at = 0
    while True:
        end = ends.search(text, at)
        stop = end.start() if end else len(text)
        # ("Handling of the portable radio": the object's article is no part of its name)
        found.append(_ARTICLE.sub("", text[at:stop].strip()))
        bracket = _BRACKET.match(text, stop)
        if bracket:
            short = bracket.group(1).strip()
            if is_acronym_of(short, found[-1].split()):
                # "good documentation practices (GDP)": one name and its short form
                found[-1] = f"{found[-1]} ({short})"
            else:  # "LIMS (LabWare)": a second name, the system's product
                found.append(short)
            stop = bracket.end()
        joined = _AND_NAME.match(text, stop)
        if joined is None or ends is _OBJECT_END:
            break
        at = joined.end()
    return [name for name in found if 0 < len(name.split()) <= _MAX_WORDS
            and not name[:1].isdigit()]


def nominal_duty_skills(item: str) -> list[str]:
    """The techniques, instruments and systems a duty ``item`` written as nouns names (see
    the module's docstring); nothing for an item that opens with no action noun."""
    part, cue, objects, whole = _pattern()
    text = item.strip().rstrip(".")
    found: list[str] = []
    including = _INCLUDING.match(text)
    if including and _PARTY.search(including.group(1)):
        # (real43) "Coordinate with vendors including caterers, florists, …": a verb and the
        # parties it works with; the examples are people and firms, no technique
        return found
    if including:
        found.append(including.group(1))
        found.extend(name.strip() for name in re.split(r",\s*|\s+and\s+", including.group(2))
                     if 0 < len(name.split()) <= _MAX_WORDS)
        return rejoined_heads(found, text)
    starts = list(part.finditer(text))
    if not starts or starts[0].start() != 0:
        return found
    for index, start in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        piece = text[start.end():end]
        noun = start.group("noun").lower()
        if noun in whole:
            object_end = _OBJECT_END.search(piece)
            head = f"{start.group('noun')} {text[start.end() - 3:start.end()].strip()} "
            found.append((head + piece[:object_end.start() if object_end else None]).strip())
        elif noun in objects:
            found.extend(_names(piece, _OBJECT_END))
        for at in [*cue.finditer(piece), *_IN_SYSTEM.finditer(piece)]:
            found.extend(_names(piece[at.end():]))
    return list(dict.fromkeys(name for name in rejoined_heads(found, text) if name))


# A reference letter's sentence of what its subject does: "She scrubs …", "and he handles …".
_PERSON_DOES = re.compile(r"(?:^|\band\s+)(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:also\s+|regularly\s+|"
                          r"routinely\s+)?(?=[a-z]{3,}s\s)")
# Praise of a named skill: "Her sterile technique is flawless", "his welds are always clean".
_PRAISED = re.compile(r"(?:^|,\s*|\band\s+)(?:[Hh]er|[Hh]is|[Tt]heir)\s+([a-z][a-z-]+(?:\s[a-z-]+)"
                      r"{0,2}?)\s+(?:is|are)\s+(?:always\s+|consistently\s+|simply\s+)?"
                      r"(?:flawless|excellent|outstanding|correct|accurate|impeccable|meticulous|"
                      r"superb|spotless|exemplary|first-rate)\b")
# Kit someone is trained on: "trained to set up and drape the A and the B".
# ("trained on GitHub Actions and Ansible": names without an article too)
_TRAINED_ON = re.compile(r"\btrained\s+(?:to(?:\s+[a-z]+){1,4}?\s+the|(?:in|on)(?:\s+the)?)\s+"
                         r"((?:[a-z]{1,3}\s)?[A-Z][^.;:]{1,80})")  # ("the da Vinci Xi")
_NEXT_CLAUSE = re.compile(r"\s+and\s+(?:is|are|has|have|was|can|will)\b")
_LISTED = re.compile(r"\(([^()]{2,80},[^()]{2,80})\)")


def praised_skills(sentence: str) -> list[str]:
    """What a reference letter's ``sentence`` says its subject does, does well or is trained
    on: the objects of "she/he <verb>s", a praised skill, the kit after "trained to … the".

    >>> praised_skills("He welds pipe spools and pressure vessels, and his tacking is "
    ...                "always flawless.")
    ['pipe spools', 'pressure vessels', 'tacking']
    >>> praised_skills("She is trained to calibrate the Fluke 5522A and the Druck DPI 620.")
    ['Fluke 5522A', 'Druck DPI 620']
    >>> praised_skills("He is trained on Epic Beaker, Sunquest and Cerner PathNet.")
    ['Epic Beaker', 'Sunquest', 'Cerner PathNet']
    """
    found: list[str] = []
    for told in _PERSON_DOES.finditer(sentence):
        # ("scrubs A, B and C and is one of …": the clause after "and is" states no object)
        rest = _NEXT_CLAUSE.split(sentence[told.end():], maxsplit=1)[0]
        found.extend(duty_objects(rest))
        for bracket in _LISTED.finditer(rest):  # "power equipment (A, B drills)"
            found.extend(name for name in bracket.group(1).split(", ")
                         if name[:1].isupper() and len(name.split()) <= _MAX_WORDS)
    found.extend(match.group(1) for match in _PRAISED.finditer(sentence))
    for trained in _TRAINED_ON.finditer(sentence):
        found.extend(name.strip() for name in re.split(r"\s+and\s+(?:the\s+)?|,\s*(?:the\s+)?",
                                                       trained.group(1))
                     if 0 < len(name.split()) <= _MAX_WORDS)
    return list(dict.fromkeys(found))


@cache
def _story_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_lists("life_story")
    heads = phrase_alternation([*word_lists("tool_lists").get("heads", ()),
                                *words.get("tool_heads", ())]) or "(?!)"
    verbs = phrase_alternation(words.get("tool_verbs", ())) or "(?!)"
    tool = re.compile(rf"\b(?:{verbs})\s+(?:a|an|the|his|her|their)\s+"
                      rf"((?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+){{0,2}}(?:{heads}))(?![\w-])")
    crafts = phrase_alternation(words.get("craft_cues", ())) or "(?!)"
    craft = re.compile(rf"\b(?:{crafts})\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*ing(?:\s+and\s+"
                       rf"(?:[a-z][\w-]*\s+)?[a-z][\w-]*ing)?)(?![\w-])")
    return tool, craft


# An item of a cued list: one to four name words ("feature engineering", "PyTorch", "C++").
_LIST_ITEM = re.compile(r"[A-Za-z][\w+#./'’-]*(?:\s+[A-Za-z][\w+#./'’-]*){0,3}")
_NOT_NAME = frozenset({"a", "an", "the", "his", "her", "their", "its", "him", "them", "it",
                       "being", "having", "how", "what", "all", "every", "each", "everything",
                       "anyone", "everyone", "someone", "people"})
# Words that make a part a clause, not a name ("anyone who asked", "work that mattered").
_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|when|where|if|was|were|is|are)\b",
                     re.IGNORECASE)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


@cache
def _list_cue() -> re.Pattern[str]:
    cues = phrase_alternation(word_lists("life_story").get("list_cues", ())) or "(?!)"
    return re.compile(rf"\b(?:{cues})\s+([^.;:!?()]+?)\s*(?:[.;!?]|$)")


def cued_list_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a cued list of techniques or kit ("known for A, B and C."): their
    items are no posts of a career told around them.

    >>> cued_list_spans("He joined Ames, where he was known for lofting and Docker.")
    [(39, 57)]
    """
    return [match.span(1) for match in _list_cue().finditer(text) if _cued_list(match.group())]


def _cued_list(sentence: str) -> list[str]:
    """The items of a cued list that ends its sentence ("known for A, B and C."), or none
    when any part is more than a short name (a clause, an article, a possessive)."""
    found: list[str] = []
    for match in _list_cue().finditer(sentence):
        parts = [p.strip() for p in _LIST_SPLIT.split(match.group(1))]
        if parts and all(_LIST_ITEM.fullmatch(p) and p.split()[0].lower() not in _NOT_NAME
                         and not _CLAUSE.search(p) for p in parts):
            found.extend(parts)
    return found


def story_skills(sentence: str) -> list[str]:
    """The tools and crafts a life story names: the kit after a verb of use ("to use a mahl
    stick", "with a height gauge": data ``life_story`` and ``tool_lists.heads``) and the
    crafts someone mastered or taught ("taught blueprint reading and jig grinding").

    >>> story_skills("She taught hand sewing and pattern cutting at the college, and never "
    ...              "worked without a tailor's chalk or her long shears.")
    ['hand sewing', 'pattern cutting']
    >>> story_skills("He checked every joint with a spirit level and taught bricklaying.")
    ['spirit level', 'bricklaying']
    >>> story_skills("He was known for wet sanding, spray finishing and Festool sanders.")
    ['wet sanding', 'spray finishing', 'Festool sanders']
    """
    tool, craft = _story_patterns()
    found = [match.group(1) for match in tool.finditer(sentence)]
    found.extend(_cued_list(sentence))
    for match in craft.finditer(sentence):
        found.extend(part.strip() for part in match.group(1).split(" and "))
    return list(dict.fromkeys(found))


# Work after the trade in a life story: a sentence about retiring or teaching, then the post
# ("even after he retired he worked part-time as a die setter", "where she became a lecturer
# in textiles").
_LATER = re.compile(r"\b(?:retir\w*|taught|teach\w*|later years|after leaving)\b", re.IGNORECASE)
# ("… as a die setter and then as a gauge inspector": the next post of the same sentence)
_LATER_POST = re.compile(r"\b(?:worked|served|stayed on)\s+(?:part-time\s+|full-time\s+)?"
                         r"as\s+an?\s+|\bbecame\s+an?\s+|\band\s+(?:then|later)\s+as\s+an?\s+")
_POST_END = re.compile(r"\s+(?:for|at|with|until|from|where|and|in\s+(?:the\s+)?[A-Z]|in\s+\d)\b|"
                       r"[,.;:()]|$")


def later_posts(sentence: str) -> list[str]:
    """The posts a life story says someone took after the trade, in a sentence about retiring
    or teaching: sideways moves out of it (lower-case phrases of up to five words).

    >>> later_posts("After he retired he worked part-time as a die setter for Ames.")
    ['die setter']
    >>> later_posts("After retiring he worked as a die setter and then as a gauge inspector.")
    ['die setter', 'gauge inspector']
    >>> later_posts("He became a foreman in 1980.")
    []
    """
    if not _LATER.search(sentence):
        return []
    found: list[str] = []
    for post in _LATER_POST.finditer(sentence):
        end = _POST_END.search(sentence, post.end())
        phrase = sentence[post.end():end.start() if end else None].strip()
        if phrase[:1].islower() and 0 < len(phrase.split()) <= _MAX_WORDS:
            found.append(phrase)
    return found
