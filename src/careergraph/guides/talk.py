"""Skills named in speech: the fragments and cue phrases of someone talking about their job.

Talk names skills without lists or bullets: as sentences that are bare noun phrases
("Chisels, plane irons, scrapers, if you can't sharpen you can't do anything."; "Fretwork,
obviously."), after cue phrases ("Basic microbiology helps a lot", "Sanitation is half the
job", "knowing a bit of Fusion 360", "you need so much patience"), and, describing the day,
as what each step works on ("checking pH with the meter", "running titratable acidity").
Clauses with a subject ("you're doing yields", "it's mostly washing things"), fillers
("Really.", "obviously") and what follows a preposition of purpose or place ("for the neck
carve", "in the spray booth") are no skills; a shared object after coordinated steps ("Bracing
and tap tuning the tops") is dropped.  A list of Title Case names ("it's mostly Rhino,
Grasshopper and KeyShot") names skills however the sentence around it is phrased.  Only
sections about skills, tools or the day's duties of a transcript (see
:mod:`careergraph.guides.spoken`) are read so.  Vocabulary: ``speech`` in
``data/headings.yaml`` (cues, fillers, generic tails).

>>> said_skills("Chisels, plane irons, scrapers, if you can't sharpen you can't do anything.")
['Chisels', 'plane irons', 'scrapers']
>>> said_skills("Bending sides on a hot pipe or a bending iron. Fretwork, obviously.")
['Bending sides', 'hot pipe', 'bending iron', 'Fretwork']
>>> said_skills("Basic microbiology helps a lot. Knowing a bit of Fusion 360 got me hired.")
['Basic microbiology', 'Fusion 360']
>>> said_skills("Honestly it's mostly Rhino, Grasshopper and KeyShot, most weeks.", duties=True)
['Rhino', 'Grasshopper', 'KeyShot']
>>> said_skills("you're adding culture, checking pH with the meter, running titratable acidity,"
...             " and your HACCP plan lives or dies on it", duties=True)
['HACCP plan', 'pH', 'titratable acidity']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from careergraph.guides.heading_data import phrase_alternation
from careergraph.guides.headings import bundled_section
from careergraph.guides.text import split_sentences

__all__ = ["said_fields", "said_moves", "said_sectors", "said_skills"]


@dataclass(frozen=True)
class _Cues:
    after: re.Pattern[str]  # "knowing a bit of X", "you need so much X"
    before: re.Pattern[str]  # "X helps a lot", "X is half the job"
    fillers: frozenset[str]
    tails: frozenset[str]
    clause: re.Pattern[str]
    sectors_after: re.Pattern[str]  # "there's work everywhere that people play: A, B"
    sectors_before: re.Pattern[str]  # "the A, the B, everybody's short-staffed"
    fields: re.Pattern[str]  # "there's work in A, B and C"


@cache
def _cues() -> _Cues:
    raw = bundled_section("speech")

    def phrases(key: str) -> list[str]:
        return [str(item).lower() for item in raw.get(key) or ()]

    return _Cues(
        re.compile(rf"\b(?:{phrase_alternation(phrases('skill_after'))})\s+(?P<x>[^,.;!?]+)",
                   re.IGNORECASE),
        re.compile(rf"^(?P<x>[^,;]+?)\s+(?:{phrase_alternation(phrases('skill_before'))})\b",
                   re.IGNORECASE),
        frozenset(phrases("fillers")), frozenset(phrases("generic_tails")),
        re.compile(rf"\b(?:{phrase_alternation(phrases('clause_words'))})\b|n't\b|'(?:s|re|ll|ve|d|m)\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?:{phrase_alternation(phrases('sectors_after'))})\b[^:.;]{{0,60}}:\s*",
                   re.IGNORECASE),
        re.compile(rf",?\s+(?:{phrase_alternation(phrases('sectors_before'))})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{phrase_alternation(phrases('sectors_after'))})\s+in\s+(?:the\s+)?"
                   r"(?P<x>[^.;:!?]+)", re.IGNORECASE))


_ARTICLE = re.compile(r"^(?:(?:a bit of|a lot of|some|good|much|the|an|a|so)\s+)+",
                      re.IGNORECASE)
_OPENER = re.compile(r"^(?:(?:and|but|so|then|also|plus|or)\s+)+", re.IGNORECASE)
_CUT = re.compile(r"\s+(?:for|in|at|to|from|into|every|which|where|because|about|like)\b.*$",
                  re.IGNORECASE)
_JOIN = re.compile(r"\s+(?:on|with|using|or|and)\s+", re.IGNORECASE)
_COORD = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)
# "your HACCP plan", "ran a CNC router": an acronym, with the noun it names.
_ACRONYM = re.compile(r"\b([A-Z]{2,6}(?:\s+[a-z]{3,12})?)\b")
_SHARED_OBJECT = re.compile(r"\s+(?:the|a|an|your|their)\s+\w+$", re.IGNORECASE)
_MAX_WORDS = 4
# A list of names in speech: "it's mostly Blender, Substance Painter and Unity" (Title Case
# items, two or more, closed by "and"/"or"), however the sentence around it is phrased.
_WORD = r"[A-Z][\w+#/-]*(?:\.[\w+#-]+)*"  # "Node.js", never a sentence's full stop
_NAME = rf"{_WORD}(?:\s+(?:(?:of|to|for|&)\s+)?{_WORD}){{0,3}}"  # "Attention to Detail"
_NAMED_LIST = re.compile(rf"(?<![\w'])(?:{_NAME})(?:,\s+(?:{_NAME}))*,?\s+(?:and|or)\s+"
                         rf"(?:{_NAME})(?![\w'])")
_LIST_SPLIT = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _items(part: str, cues: _Cues, *, duties: bool) -> list[str]:
    """The skills of one comma part of a sentence that is no clause."""
    part = _OPENER.sub("", part.strip(" .!?-–—")).strip()
    if not part or part.lower() in cues.fillers or part.lower().startswith(("not ", "no ")):
        return []
    if duties:  # a step of the day: what it works on ("checking pH with the meter")
        step = re.match(r"^[a-z]+ing\s+(?!the\b|a\b|an\b)(.+)$", part)
        if step is None:
            return []
        part = re.sub(r"\s+(?:with|using|on)\b.*$", "", step.group(1))
    pieces = (_COORD if duties else _JOIN).split(_CUT.sub("", part))
    found: list[str] = []
    for index, piece in enumerate(pieces):
        if index == len(pieces) - 1 and len(pieces) > 1 and " and " in part:
            piece = _SHARED_OBJECT.sub("", piece)  # "Bracing and tap tuning the tops"
        piece = _ARTICLE.sub("", piece.strip()).strip()
        words = piece.split()
        while words and words[-1].lower() in cues.fillers | cues.tails:
            words.pop()  # "Fretwork, obviously", "the affinage side"
        if not words or len(words) > _MAX_WORDS or not all(
                w[:1].isalnum() for w in words) or " ".join(words).lower() in cues.fillers:
            continue
        found.append(" ".join(words))
    return found


def _named(sentence: str, cues: _Cues) -> list[str]:
    """The names a Title Case list in a sentence gives ("… mostly Blender, Substance Painter
    and Unity"), its opening words of speech ("And", "So") aside."""
    found: list[str] = []
    for match in _NAMED_LIST.finditer(sentence):
        for index, item in enumerate(_LIST_SPLIT.split(match.group())):
            words = item.split()
            while index == 0 and match.start() == 0 and words and (
                    words[0].lower() in cues.fillers or cues.clause.fullmatch(words[0])
                    or _OPENER.match(words[0] + " ")):
                words.pop(0)  # "And Docker", "So Python": the sentence's opening word
            if words:
                found.append(" ".join(words))
    return found


def said_skills(text: str, *, duties: bool = False) -> list[str]:
    """The skills a passage of speech names (see the module); ``duties``: the passage tells
    the day's work, so only what its steps work on counts."""
    cues = _cues()
    found: list[str] = []
    for sentence in split_sentences(text):
        sentence = sentence.strip()
        named = _named(sentence, cues)
        found += named
        for match in cues.after.finditer(sentence):
            if match.start() > 0 and match.group()[:1].isupper():
                continue  # "… Reinforcement Learning pretty much": a name's word, no cue
            said = match.group("x")
            clause = cues.clause.search(said)
            found += _items(said[:clause.start()] if clause else said, cues, duties=False)[:1]
        for match in _ACRONYM.finditer(sentence):
            name = match.group(1)
            if " " in name and (cues.clause.fullmatch(name.split()[1]) or _CUT.match(
                    " " + name.split()[1]) or _COORD.fullmatch(f" {name.split()[1]} ")):
                name = name.split()[0]
            if not any(name != item and re.search(rf"\b{re.escape(name)}\b", item)
                       for item in named):  # ("Power BI" named whole: no "BI")
                found.append(name)
        before = cues.before.match(_OPENER.sub("", sentence))
        if before is not None and not cues.clause.search(before.group("x")):
            found += _items(before.group("x"), cues, duties=False)
        for part in re.split(r",\s+|\s+then\s+", sentence):
            if cues.clause.search(part) or cues.after.search(part) or cues.before.match(
                    _OPENER.sub("", part)):
                continue  # a clause with its subject: read for its cues only
            found += _items(part, cues, duties=duties)
    unique: dict[str, str] = {}
    for name in found:
        unique.setdefault(name.lower(), name)
    return list(unique.values())


def said_sectors(text: str) -> list[str]:
    """Kinds of workplace a speaker lists as where the work is ("And there's work everywhere
    that people play instruments: repair shops, music retailers, the orchestral trade"; "the
    big plants, the farmstead dairies, everybody's short-staffed right now").

    >>> said_sectors("There's work wherever boats are: marinas, boatyards, the ferry trade.")
    ['marinas', 'boatyards', 'ferry trade']
    >>> said_sectors("Honestly the big mills, the craft bakeries, everybody's short-staffed.")
    ['big mills', 'craft bakeries']
    """
    cues = _cues()
    found: list[str] = []
    for sentence in split_sentences(text):
        after = cues.sectors_after.search(sentence)
        before = cues.sectors_before.search(sentence)
        listed = sentence[after.end():] if after else (
            sentence[:before.start()] if before else "")
        parts = [_OPENER.sub("", p).strip(" .!?") for p in re.split(r",\s*|\s+and\s+", listed)]
        if before and not after:  # the list runs back to where the sentence's clause starts
            parts = parts[-_MAX_WORDS:]
            parts[0] = re.split(r"\b(?:honestly|really|basically)\s+", parts[0],
                                flags=re.IGNORECASE)[-1]
        kinds = [_ARTICLE.sub("", p) for p in parts if p]
        if len(kinds) >= 2 and all(
                k[:1].islower() and 0 < len(k.split()) <= 3 and not cues.clause.search(k)
                for k in kinds):
            found += kinds
    return found


def said_fields(text: str) -> list[str]:
    """The fields a speaker says the work is in ("There's work in Retail, Mining and Energy
    too"): candidates only, each to be checked as a known industry by the caller.

    >>> said_fields("There's work in Retail, Mining and Energy. We hire in June.")
    ['Retail', 'Mining', 'Energy']
    """
    found: list[str] = []
    for match in _cues().fields.finditer(text):
        for item in _LIST_SPLIT.split(match.group("x")):
            words = item.strip().split()
            if 0 < len(words) <= _MAX_WORDS:
                found.append(" ".join(words))
    return found


# Moves in speech whose title is not right after the verb: "some move over into quality
# assurance as a QA technician", "some go the affineur route", "the usual step up is to
# workshop manager", "a couple now teach at colleges, as lutherie tutors".
_AS_AFTER_MOVE = re.compile(r"\bmov(?:e|es|ed|ing)\s+(?:over\s+|across\s+|sideways\s+)?"
                            r"(?:in)?to\s+[^.,;]{1,40}?\s+as\s+an?\s+([a-z][\w -]{2,40}?)"
                            r"(?=[,.;!?]|\s+(?:because|and|but|at|in|for|when)\b|$)",
                            re.IGNORECASE)
_ROUTE = re.compile(r"\bgo(?:es)?\s+the\s+([a-z][\w-]{2,30}(?:\s+[a-z][\w-]{2,30})?)\s+route\b",
                    re.IGNORECASE)
_STEP_UP = re.compile(r"\bstep\s+up\s+(?:is\s+)?(?:to\s+)?(?:an?\s+)?([a-z][\w -]{2,40}?)"
                      r"(?=[,.;!?]|\s+(?:and|but|or|when|after|running)\b|$)", re.IGNORECASE)
_NOW_AS = re.compile(r"\bnow\s+\w+[^.;]{0,60}?,\s+as\s+([a-z][\w -]{2,40}?s)(?=[,.;!?]|$)",
                     re.IGNORECASE)


def said_moves(text: str, title: Callable[[str], str | None]) -> dict[str, list[str]]:
    """Moves said in speech (see the patterns above): ``{"up": [...], "lateral": [...]}``;
    ``title`` names a phrase's role title, or None.

    >>> said_moves("Some go the glazier route, some move over into sales as a sales rep.",
    ...            lambda p: p.title())
    {'up': [], 'lateral': ['Glazier', 'Sales Rep']}
    >>> said_moves("The usual step up is to yard manager, running the crew.", lambda p: p.title())
    {'up': ['Yard Manager'], 'lateral': []}
    """
    found: dict[str, list[str]] = {"up": [], "lateral": []}
    for sentence in split_sentences(text):
        for pattern, direction in ((_ROUTE, "lateral"), (_AS_AFTER_MOVE, "lateral"),
                                   (_STEP_UP, "up")):
            for match in pattern.finditer(sentence):
                named = title(match.group(1).strip())
                if named is not None and named not in found[direction]:
                    found[direction].append(named)
        if "sideways" in sentence.lower() or "over into" in sentence.lower():
            for match in _NOW_AS.finditer(sentence):  # "…, as lutherie tutors"
                named = title(match.group(1).strip())
                if named is not None and named not in found["lateral"]:
                    found["lateral"].append(named)
    return found
