"""Ladders stated in one sentence or told as a story.

:func:`stated_ladder` reads "the ladder runs from A through B to C" and numbered levels;
:func:`story_ladder` and :func:`own_story` read a ladder from a first-person story;
:func:`trade_title` names a practitioner of a trade.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from careergraph.guides.prose_titles import (
    _LEVEL_SET,
    _OWN_KIND_WORDS,
    _WINDOW,
    _part_titles,
    prose_title,
)
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "StatedLadder",
    "own_story",
    "rose_ladder",
    "story_ladder",
]


# "The usual progression is A, B, C, then D", "The typical route goes A, B and C", "the
# usual order is A, then B, then C".
# (\b(?=[…]): the letters a match can start with, tested before the alternatives.)
_LADDER_SAID = re.compile(r"\b(?=[utncs])"
                          r"(?:usual|typical|normal|common|standard|traditional|classic)\s+"
                          r"(?:career\s+)?(?:road|route|path|pathway|progression|ladder|"
                          r"sequence|order|track|steps)\s+"
                          # (rules41c) "the usual progression in the service is A, then B"
                          r"(?:(?:in|within|at)\s+(?:the|our|this)\s+[a-z]+\s+)?"
                          r"(?:is|are|goes|runs)\s*:?\s+",
                          re.IGNORECASE)  # ("the usual order is gatherer, then …": a team's ranks)
# "From underwriter the usual steps are …", "After Senior Tax Adviser the usual steps are …":
# the stated ladder starts at that title.
_LADDER_FROM = re.compile(r"(?:^|[.!?]\s+)(?:from|after)\s+(?:an?\s+|the\s+)?"
                          r"([a-z][\w' -]{2,50}?),?\s+(?:the\s+)?$", re.IGNORECASE)
# "promoted to A, B and C", "with a clear path to A, B and C", "from there the path leads
# to A, B and C": ranks in turn, from the role.
_RANKS_SAID = re.compile(r"\b(?=[pcdsrt])(?:(?:promoted|promotion|rise|rises|rose)\s+"
                         r"(?:through\s+|to\s+)(?:the\s+ranks\s+of\s+)?|"
                         r"(?:clear|direct|defined|structured)\s+"
                         r"(?:career\s+)?(?:path|pathway|route)\s+to\s+|"
                         r"the\s+(?:career\s+)?(?:path|pathway|route)\s+(?:then\s+)?"
                         r"(?:leads|goes|runs|continues)\s+(?:on\s+)?to\s+)", re.IGNORECASE)
# A rung above a stated ladder, told after it: "…; a few become X", "…, and some go on to
# become X".
_FEW_BECOME = re.compile(r"\s*(?:;|,\s*and)\s+(?:a few|some|the best|a handful)"
                         r"(?:\s+of\s+(?:us|them))?\s+"
                         r"(?:([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})\s+)??(?:go on to\s+)?"
                         r"(?:become|rise to|reach|end up as)\s+(?:an?\s+|the\s+)?",
                         re.IGNORECASE)
_TOP_BECOME = re.compile(r"\s*(?:;|,\s*and)\s+(?:that\s+)?(?:the\s+)?"
                         r"([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})\s+"
                         r"(?:(?:may|can|could|often|usually|sometimes|will)\s+)?"
                         r"(?:go on to\s+)?(?:become|rise to|reach)\s+(?:an?\s+|the\s+)?")
_CAPPED_TITLE = re.compile(r"[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,4}(?:\s\([A-Z][^()]{1,40}\))?")
_LADDER_JOIN = re.compile(r",\s*(?:and\s+)?(?:then\s+|finally\s+)?|"
                          r"\s+(?:and\s+)?(?:then|finally)\s+|\s+and\s+")
# "The hierarchy usually runs from A to B, then C and finally D": a ladder from its first
# rung, however the page names the ladder.
_FROM_TO_SAID = re.compile(r"\b(?=[hlprsc])(?:hierarchy|ladder|progression|path|pathway|route|"
                           r"sequence|career)\s+(?:\w+\s+)?(?:runs|goes|leads|climbs|rises|"
                           r"moves|progresses)\s+from\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
# "People typically progress from A (during their degree) to B, then C and D": a ladder
# told of the role's people with a verb; an aside in brackets is no part of a rung.
# ((rules49b) "people usually grow from A to B and then C": the same ladder)
_PROGRESS_FROM = re.compile(r"\b(?=[parg])(?:progress(?:es)?|advance[sd]?|rise|rises|grow|grows)"
                            r"\s+from\s+"
                            r"(?:an?\s+|the\s+)?", re.IGNORECASE)
_ASIDE = re.compile(r"\s\([^()]{1,60}\)")
# When a rung is reached, after its title ("School Nurse on qualifying as a SCPHN").
_REACHED_WHEN = re.compile(r"\s+(?:on|after|once|upon)\s+(?:\w+ing|qualification|registration)"
                           r"\b.*$")
_MIN_STATED = 3


@dataclass(frozen=True)
class StatedLadder:
    """A ladder a sentence states in turn: its rungs, whether it starts at the page's role
    ("promoted to A, B and C") and the span of text it was read from."""

    rungs: tuple[str, ...]
    from_role: bool
    start: int
    end: int
    #: told rung by rung with a verb ("progress from A to senior A, lead A"): a level word
    #: before the role's title names a rung of its own
    levelled: bool = False


def trade_title(phrase: str, role: str) -> str | None:
    """A title the lexicon lacks, told in speech or a story: the role's head with up to two
    words before it ("head cheesemaker" on a Cheesemaker's page), or one word naming a
    person ("joiner"); in Title Case.

    >>> trade_title("assistant cheesemaker", "Cheesemaker"), trade_title("joiner", "Luthier")
    ('Assistant Cheesemaker', 'Joiner')
    >>> trade_title("the make room", "Cheesemaker") is None
    True
    """
    words = phrase.split()
    head = role.rpartition(" ")[2].lower()
    if not 0 < len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    if (head and words[-1].lower() == head) or (len(words) == 1 and practitioner_noun(words[0])):
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


def stated_ladder(text: str, vocab: Vocabulary, role: str = "", *,
                  levels_of: str = "") -> StatedLadder | None:
    """The ladder a sentence states rung by rung: after "the usual progression is", "A,
    then B, then C" opening a sentence, or three ranks joined by "and" after "promoted
    to".  Three rungs or more, each a role title (or a title of ``role``'s trade:
    :func:`trade_title`, or a bare level word naming ``levels_of`` at that level: "graduate,
    then hygienist, then senior"); "or" offers choices, not a ladder.  Speech opens it with
    "it goes" ("At Larkspur it goes cheesemaker, then head cheesemaker, then …").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> stated_ladder("The usual route is line cook, sous chef, then head chef.", v).rungs
    ('Line Cook', 'Sous Chef', 'Head Chef')
    >>> stated_ladder("Rangers may be promoted to sergeant, lieutenant and captain.", v).rungs
    ('Sergeant', 'Lieutenant', 'Captain')
    >>> stated_ladder("Some are promoted to supervisor or manager.", v) is None
    True
    """
    found = [(m, False) for m in _LADDER_SAID.finditer(text)]
    found += [(m, True) for m in _RANKS_SAID.finditer(text)]
    found += [(m, False) for m in _FROM_TO_SAID.finditer(text)] if " from " in text else []
    found += [(m, False) for m in _PROGRESS_FROM.finditer(text)] if " from " in text else []
    for sentence in _SENTENCE.finditer(text) if text.count("then ") >= 2 else ():
        if sentence.group(1).count("then ") >= 2:  # "Journeyman, then foreman, then …"
            found.append((sentence, False))
    for match, from_role in found:
        start = match.end() if match.re is not _SENTENCE else match.start(1)
        window = text[start:start + _WINDOW]
        if match.re is _PROGRESS_FROM or (match.re is _LADDER_SAID and "(" in window[:40]):
            window = _ASIDE.sub("", window)  # "from A (during their degree) to B"
            # (rules41c: "the usual progression is Staff Nurse (School Nursing), then …")
        tail = re.split(r"[.;:!?](?:\s|$)|\s\(", window)[0]
        if " or " in tail or (from_role and " and " not in tail):
            continue
        told = len(tail)  # (fresh50: the tail as printed, before " to " is rewritten)
        printed, cut = tail, 0
        if match.re in (_FROM_TO_SAID, _PROGRESS_FROM):
            tail = tail.replace(" to ", ", ", 1)  # "from A to B, then C": A is a rung too
        rungs: list[str] = []
        # a ladder told in the role's short forms ("graduate, then hygienist, then senior"):
        # its bare level words are the role at those levels
        short_forms = bool(levels_of) and levels_of.rpartition(" ")[2].lower() in {
            item.strip().lower() for item in _LADDER_JOIN.split(tail)}
        opening = _LADDER_FROM.search(text, max(0, match.start() - 60), match.start()) if (
            match.re is _LADDER_SAID) else None
        first = prose_title(opening.group(1), vocab) if opening else None
        rungs += [first] if first else []
        for raw in _LADDER_JOIN.split(tail):
            item = raw
            # (rules41c) "then School Nurse on qualifying as a SCPHN": when the rung is
            # reached, no part of it
            item = _REACHED_WHEN.sub("", item.strip()) if " on " in item or (
                " after " in item or " once " in item) else item
            item = item.strip().rpartition(" as ")[2]  # "last six years as a superintendent"
            if not rungs:  # "At Larkspur it goes cheesemaker, then …" (spoken)
                item = re.split(r"\b(?:it|that)\s+(?:goes|runs)\s+", item)[-1]
            if not rungs and item[1:2].islower() and item[1:].islower():
                item = item[:1].lower() + item[1:]  # "Journeyman lineman" opening a sentence
                # (a title in Title Case keeps its capitals: "Senior Signalling Engineer")
            if match.re is _PROGRESS_FROM:
                # "…, then to A and B", "… and from there to C"
                # (carry42) "…, then to Senior A and on to B": "on to" a rung too
                item = item.removeprefix("from there ").removeprefix("on ").removeprefix("to ")
            for article in ("a ", "an ", "the "):
                item = item.removeprefix(article)
            title = f"{item.title()} {levels_of}" if short_forms and (
                item.lower() in _RUNG_LEVELS) else None  # "graduate, then X, then senior"
            title = title or ((prose_title(item, vocab) or trade_title(item, role)) if item
                              else None)
            if title is None and match.re is _PROGRESS_FROM:
                title = _level_rung(item)
                # ("to associate"); "from Level 1 to Level 3": the role itself at numbered
                # levels, one rung
                if title is None and levels_of and (_NUMBERED_LEVEL.fullmatch(item) or (
                        # (fresh50) "from Property Standards Officer II to … I": the role's
                        # roman grades, the role itself
                        item[-1:] in "IV" and _ROMAN_GRADE.sub("", item).lower() == (
                            levels_of.lower()))):
                    if rungs and rungs[-1] == levels_of:
                        continue
                    title = levels_of
            if title is None:
                if match.re is _PROGRESS_FROM and rungs and (at := printed.find(
                        raw.strip())) > 0:
                    # (rules49b) "grow from A to B and then C, and a few have moved over to
                    # D roles": the ladder ends before the clause it could not read, which
                    # other readers still read (unless the top rung's people go on in it)
                    cut = at
                break
            rungs.append(title)
        end = start + told
        onward = _FEW_BECOME.match(text, end) if len(rungs) >= _MIN_STATED - 1 else None
        if onward is None and match.re is _PROGRESS_FROM and len(rungs) >= _MIN_STATED - 1:
            # (fresh50) "…, then to Senior X; the next step is Y": the ladder goes on
            onward = _NEXT_STEP.match(text, end)
        if onward is not None and onward.re is not _NEXT_STEP and onward.group(1) and (
                prose_title(onward.group(1), vocab) or "").lower() != rungs[-1].lower():
            onward = None  # "; some porters become …": people of another rung go on
        if onward is None and len(rungs) >= _MIN_STATED - 1:
            # "…, and that Crane Supervisors may go on to become the X": the top rung's
            # people, named by their title, go on
            onward = _TOP_BECOME.search(text, start, end)  # (inside the tail read)
            if onward is not None and singular_title(onward.group(1)).lower() != (
                    rungs[-1].lower()):
                onward = None
        more = _part_titles(text[onward.end():onward.end() + _WINDOW].split(". ")[0],
                            vocab)[:1] if onward else []
        capped = _CAPPED_TITLE.match(text, onward.end()) if (
            onward is not None and onward.re is _TOP_BECOME) else None
        if capped is not None and (not more or capped.group(0).startswith(f"{more[0]} (")):
            # ("become the Appointed Person (Lifting Operations)": a post in capitals, its
            # bracket part of it, whether or not the vocabulary knows its words)
            more = [capped.group(0)]
        if onward is not None and more and len(rungs) + 1 >= _MIN_STATED:
            # "…, then underwriting manager; a few become chief underwriting officer"
            rungs.append(more[0])
            end = onward.end() + len(text[onward.end():].split(". ")[0].split(";")[0])
        if cut and onward is None:
            end = start + cut
        if len(rungs) >= _MIN_STATED or (from_role and _two_levels(rungs)):
            return StatedLadder(tuple(rungs), from_role, match.start(), end,
                                levelled=match.re is _PROGRESS_FROM)
    return None


def _two_levels(rungs: list[str]) -> bool:
    """Two ranks of one title above the role ("path to Senior Signalling Engineer and
    Principal Signalling Engineer"): a ladder, where two unrelated titles are choices."""
    if len(rungs) != 2:
        return False
    first, second = (rung.split(maxsplit=1) for rung in rungs)
    return len(first) == len(second) == 2 and first[1] == second[1] and first[0] != second[0]


_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s))([^.!?;]+)")
_RUNG_LEVELS = _LEVEL_SET | {"graduate"}
# A numbered level of one title ("Level 3", "Grade II", "Band 5"): no title of its own.
_ROMAN_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V)$")
# "…; the next step is Y" after a told ladder: its next rung.
_NEXT_STEP = re.compile(r"\s*;\s+the\s+next\s+(?:step|rung)\s+(?:up\s+)?is\s+(?:an?\s+|the\s+)?")
_NUMBERED_LEVEL = re.compile(r"(?:[Ll]evel|[Gg]rade|[Bb]and|[Ss]tep)\s+(?:\d{1,2}|[IVX]{1,4})")
_RUNG_WORDS = 2


def _level_rung(item: str) -> str | None:
    """A rung a stated ladder names by a level word, alone or after one or two words
    ("associate", "architectural graduate"), in Title Case; else None."""
    words = item.split()
    if 0 < len(words) <= _RUNG_WORDS and all(w.isalpha() for w in words) and (
            words[-1].lower() in _RUNG_LEVELS):
        return " ".join(w[:1].upper() + w[1:] for w in words)
    return None


# A career told as one person's story: "started as a deckhand in 2016, went to AB, and became
# bosun in 2021".
# (rules38c) "started with us as a helper (aside) in 2011 and became …": where and a
# bracketed aside may come before the first rung's end, and "and" + a step verb may end it.
_STORY_VERBS = (r"went (?:on )?to|moved (?:up |on )?to|became|made|was promoted to|"
                r"got promoted to|rose to|stepped up to")
_STORY_START = re.compile(r"\bstarted (?:out )?(?:with us |here |with the company )?as "
                          r"(?:an? |the )?([^,.;()]{2,50}?)(?:\s+\([^()]{1,40}\))?"
                          r"(?:\s+in\s+\d{4})?(?:,|\s+and(?=\s+(?:then\s+)?(?:went|moved|"
                          r"became|made|was|got|rose|stepped)\b))"
                          r"\s+([^.;]{4,200})")
# (a bare rung after "then": "became fabricator then foreman")
_STORY_STEP = re.compile(rf"^(?:and\s+)?(?:then\s+(?:(?:{_STORY_VERBS})\s+)?|(?:{_STORY_VERBS})\s+)"
                         r"(?:an? |the )?(.+?)(?:\s+in\s+\d{4}|\s+(?:\S+\s+){0,2}later)?$")
_STORY_CUT = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:then\s+)?(?:went|moved|became|made|was|"
                        r"got|rose|stepped)\b)|\s+(?=then\s+[a-z])")
# (rules38c) "foreman of the workshop": the rung, its place after it
_STORY_PLACE = re.compile(r"\s+of\s+the\s+[a-z]+$")


def story_ladder(text: str, vocab: Vocabulary,
                 spelled: Callable[[str], str | None] = lambda _: None, *,
                 own: str = "") -> list[str]:
    """The rungs of a career told as a story ("started as A in 2016, went to B, and became
    C"): three or more titles, or [].  ``spelled`` expands a short form the page defines
    ("AB" -> "Able Seaman").

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> story_ladder("Our head baker started as a baker in 2010, went to shift "
    ...              "supervisor, and became head baker in 2019.", v)
    ['Baker', 'Shift Supervisor', 'Head Baker']
    >>> story_ladder("Our head cook started with us as a kitchen porter (trainee) in 2015 and "
    ...              "became cook then head cook of the canteen.", v)
    ['Kitchen Porter', 'Cook', 'Head Cook']
    >>> story_ladder("Our foreman started as a porter, then became caster then foreman.", v,
    ...              own="Bronze Caster")
    ['Porter', 'Bronze Caster', 'Foreman']
    """
    match = _STORY_START.search(text)
    if match is None:
        return []
    first = prose_title(match.group(1), vocab)
    rungs = [first] if first else []
    for part in _STORY_CUT.split(match.group(2)):
        step = _STORY_STEP.match(part.strip())
        if step is None or not rungs:
            break
        name = step.group(1).strip()
        if " of the " in name and prose_title(placeless := _STORY_PLACE.sub("", name), vocab):
            name = placeless  # (rules38c) "foreman of the workshop": the rung, not its place
        title = spelled(name) if name.isupper() else prose_title(name, vocab)
        if title is None and own and (own.lower() == name.lower() or own.lower().endswith(
                f" {name.lower()}")):
            title = own  # (rules38c) "became fabricator" on the Aluminium Fabricator's page
        if title is None:
            return []
        rungs.append(title)
    return rungs if len(rungs) >= _MIN_STATED else []


# A life story's rise through a trade's grades: "He rose from toolmaker to lead toolmaker and
# toolroom supervisor over the next decade", "rose from clerk to buyer and then to head buyer".
_ROSE_FROM = re.compile(r"\brose\s+(?:steadily\s+|quickly\s+)?from\s+(?:an?\s+|the\s+)?"
                        r"([^.;:!?]{2,160})")
_ROSE_STEP = re.compile(r",?\s+and\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?(?:to\s+)?"
                        r"|,\s+(?:then\s+)?(?:to\s+)?")
# Where the rise's last grade ends: the time it took or a clause after it.
_ROSE_END = re.compile(r"\s+(?:over|in|within|during|by|after|before|under|at|with|when|"
                       r"while|until)\s.*$")


def rose_ladder(text: str, vocab: Vocabulary) -> list[str]:
    """The grades of "rose from A to B and C" in turn, or [] (every step a title).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> rose_ladder("He rose from joiner to site foreman and contracts manager by 1990.", v)
    ['Joiner', 'Site Foreman', 'Contracts Manager']
    >>> rose_ladder("Prices rose from 20 to 30 dollars.", v)
    []
    """
    match = _ROSE_FROM.search(text)
    if match is None:
        return []
    first, to, rest = match.group(1).partition(" to ")
    if not to:
        return []
    rungs: list[str] = []
    for item in [first, *_ROSE_STEP.split(_ROSE_END.sub("", rest))]:
        title = prose_title(_ARTICLE_OPENING.sub("", item.strip()), vocab)
        if title is None:
            break  # (the rise goes on in words that name no grade)
        rungs.append(title)
    return rungs if len(rungs) >= _MIN_STATED - 1 else []


_ARTICLE_OPENING = re.compile(r"^(?:an?|the)\s+")


# The speaker's own jobs in a first-person story ("then I got promoted to assistant brewer. In
# 2019 Ironleaf hired me as a brewer, and I've been head brewer here since 2023").
_TITLE_SLOT = r"(?:an? |the )?([A-Za-z][\w' -]{1,40}?)"
_OWN_STEP = re.compile(
    r"\bI(?:'ve| have| had)?\s+(?:got |was |been |finally got )?promoted\s+to\s+" + _TITLE_SLOT
    + r"(?=[,.;!]|\s+(?:in|at|after|and|when|within|by)\b)"
    r"|\b(?:hired|took|brought|taken)\s+me\s+(?:on\s+)?as\s+" + _TITLE_SLOT
    + r"(?=[,.;!]|\s+(?:in|at|after|and|when)\b)"
    r"|\bI(?:'ve| have)\s+been\s+" + _TITLE_SLOT + r"\s+(?:here\s+|there\s+)?since\b"
    r"|\bI\s+(?:then\s+)?became\s+" + _TITLE_SLOT + r"(?=[,.;!]|\s+(?:in|at|after|and)\b)"
    # a cover letter's career ("I began my career as a labourer at X, then became an
    # apprentice carpenter, and for the past 4 years I have worked as a site carpenter")
    r"|\bI\s+(?:began|started)\s+(?:my\s+(?:working\s+)?career\s+|out\s+)?"
    r"(?:in\s+\d{4}\s+)?as\s+" + _TITLE_SLOT + r"(?=[,.;!]|\s+(?:in|at|with|for|and)\b)"
    r"|(?<=,)\s+then\s+became\s+" + _TITLE_SLOT + r"(?=[,.;!]|\s+(?:in|at|with|and)\b)"
    r"|\bI\s+(?:have|'ve)\s+worked\s+as\s+" + _TITLE_SLOT
    + r"(?=[,.;!]|\s+(?:at|with|for|in)\b)")


def own_story(text: str, vocab: Vocabulary) -> list[str]:
    """The speaker's own jobs, earliest first, told in the first person: a ladder when three
    or more titles are named, else [].  The story's later jobs are rungs, not moves from the
    page's role, even where a promotion phrase names them.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> own_story("I got promoted to line cook. In 2019 the hotel hired me as a sous chef, "
    ...           "and I've been head chef here since 2023.", v)
    ['Line Cook', 'Sous Chef', 'Head Chef']
    >>> own_story("Chefs are often promoted to head chef after five years.", v)
    []
    >>> own_story("I began my career as a porter at Hill Hotel, then became a commis chef, and "
    ...           "for three years I have worked as a sous chef at Vine.", v)
    ['Porter', 'Commis Chef', 'Sous Chef']
    """
    rungs: list[str] = []
    unknown: set[str] = set()
    for match in _OWN_STEP.finditer(text):
        phrase = next(g for g in match.groups() if g).strip()
        title = prose_title(phrase, vocab)
        if title is None and 0 < len(words := phrase.split()) <= _OWN_KIND_WORDS and all(
                w.isalpha() for w in words):
            title = title_case(phrase)  # a trade the lexicon lacks ("brewer"): see below
            unknown.add(title)
        if title is None:
            return []  # a step that names no title: not a ladder to trust
        if title not in rungs:
            rungs.append(title)
    heads = [r.rpartition(" ")[2] for r in rungs]
    if any(heads.count(r.rpartition(" ")[2]) < 2 for r in unknown):
        return []  # an unknown phrase counts only as a rung of its own trade's ladder
    return rungs if len(rungs) >= _MIN_STATED else []


# (fixes73) A ladder told from its first rung with "then" and "the best reach" (a translated
# posting's "Our students start as A in the school, then become B, and the best ones reach C
# and later D"): each rung in turn, a place after a rung ("in the dual school") no part of it.
_START_AS = re.compile(r"\bstart(?:s|ed)?\s+(?:out\s+)?as\s+(?:an?\s+)?", re.IGNORECASE)
_START_STEP = re.compile(r",?\s+(?:and\s+)?(?:then|later|finally|eventually|afterwards)\s+|"
                         r",\s+and\s+|,\s+", re.IGNORECASE)
_START_LEAD = re.compile(r"^(?:(?:the\s+best(?:\s+ones|\s+of\s+them)?|some|a\s+few|many|most|"
                         r"others)\s+)?(?:(?:can|may|will|could|often|usually)\s+)?"
                         r"(?:go\s+on\s+to\s+)?(?:become|becomes|reach|reaches|rise\s+to|"
                         r"rises\s+to|move\s+up\s+to|moves\s+up\s+to|are\s+promoted\s+to|"
                         r"get\s+promoted\s+to|progress\s+to)?\s*(?:an?\s+|the\s+)?",
                         re.IGNORECASE)
_START_PLACE = re.compile(r"\s+(?:in|at|on|with|within|inside|during)\s+(?:the|a|an|our|their)"
                          r"\b.*$")
_START_END = re.compile(r"[.;!?](?:\s|$)")


def start_ladder(text: str, vocab: Vocabulary,
                 own: str = "") -> tuple[list[str], int, int] | None:
    """The rungs of "start as A, then become B, and the best reach C and later D" in turn,
    with the span of the sentence that tells them, or None (three rungs at least, each a
    title; the ladder ends at the first step that names none).  A step naming ``own`` (the
    page's role) whole is its rung though the vocabulary knows no such title ("then become
    Electrician of maintenance" on that posting's page).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> text = ("Our trainees start as Apprentice joiner in the college, then become Joiner, "
    ...         "and the best ones reach Site Foreman and later Contracts Manager. Good.")
    >>> rungs, start, end = start_ladder(text, v)
    >>> rungs, text[end:]
    (['Apprentice Joiner', 'Joiner', 'Site Foreman', 'Contracts Manager'], ' Good.')
    >>> start_ladder(text.replace("become Joiner", "become Joiner of frames"), v,
    ...              "Joiner of frames")[0][:2]
    ['Apprentice Joiner', 'Joiner of frames']
    >>> start_ladder("Most start as a Joiner, then become a Site Foreman.", v) is None
    True
    """
    found = _START_AS.search(text)
    if found is None:
        return None
    stop = _START_END.search(text, found.end())
    end = len(text) if stop is None else stop.start() + 1
    rungs: list[str] = []
    for item in _START_STEP.split(text[found.end() : end].rstrip(".;!?")):
        parts = [_start_rung(part, vocab, own) for part in item.split(" and ")] if (
            " and " in item) else []
        # ("C and D": two rungs when each side is a title; "Health and Safety Officer" one)
        titles = parts if parts and None not in parts else [_start_rung(item, vocab, own)]
        if None in titles:
            break
        rungs.extend(t for t in titles if t is not None)
    if len(rungs) < _MIN_STATED or "then" not in text[found.end() : end].lower():
        return None
    opening = max(text.rfind(". ", 0, found.start()), text.rfind("; ", 0, found.start()))
    return rungs, opening + 2 if opening >= 0 else 0, end


def _start_rung(item: str, vocab: Vocabulary, own: str = "") -> str | None:
    """The title one step of :func:`start_ladder` names, without its verb, article and place
    (``own``, the page's role, printed whole: that rung)."""
    phrase = _START_PLACE.sub("", _START_LEAD.sub("", item.strip()))
    if own and phrase.lower() == own.lower():
        return own
    title = prose_title(phrase, vocab) if phrase else None
    if title is None and phrase[:1].isupper():  # ("Apprentice joiner": a capital first)
        title = prose_title(title_case(phrase), vocab)
    return title
