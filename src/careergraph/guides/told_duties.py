"""What a writer's own duties work on and with, told in the first person or as a résumé's
past-tense bullets: "In my current role I: - take blood samples and run fluid therapy",
"where I: * dig shovel test pits and screen spoil", "Performed preventive maintenance on
diesel generator sets".

A cover letter, a CV or a résumé translation tells the work the writer did or does rather
than listing skills; the objects of its duty verbs are the techniques and kit she knows.
Each clause opening with a duty verb (``told_duties.verbs`` in ``data/headings.yaml``, in
its base form or its past tense, irregular pasts listed there) runs to the next verb; its
objects, its bracketed examples and the tools after "with" or "using" (a name after "in" or
"on") are read, up to a purpose or a place.  A clause opening with another verb
(``others``: "help", "mentor") names only a product it is done in.

>>> told_duty_objects("take and process radiographs on a DR system, and keep clinical "
...                   "records in ProVet Cloud")
['radiographs', 'DR system', 'clinical records', 'ProVet Cloud']
>>> told_duty_objects("Diagnosed engine faults using wiring schematics and a multimeter")
['engine faults', 'wiring schematics', 'multimeter']
>>> told_duty_objects("Supervised four soldiers in the motor pool")
[]
>>> told_duty_objects("Ran clinics in pure tone audiometry using Noah")
['pure tone audiometry', 'Noah']
>>> told_opening("Logged soil profiles in the field"), told_opening("Soil profiles")
(True, False)
>>> told_opening("Log soil profiles"), told_opening("Log soil profiles", base=True)
(False, True)
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import word_lists
from careergraph.guides.skill_cues import shared_head
from careergraph.guides.text import split_items

__all__ = ["listed_projects", "told_duty_objects", "told_opening", "told_pieces",
           "told_sentences", "told_workplaces", "verb_opening"]

_WORD = re.compile(r"[A-Za-z]+")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A page's byline or update line ("Updated March 4, 2026", "Reviewed by the … team").
_DATELINE = re.compile(r"\b(?:by the|editorial|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                       r"Dec)[a-z]*\.?\s+\d{1,2}\b)")
_PASSIVE_BY = re.compile(r"\s+by\b")
# (speed27: gated, run on every line's item by told_opening; few hold "elp" or "ssist")
_HELP = Gated(re.compile(r"(?:\s+and\s+|\b)(?:[Hh]elp(?:ed|ing)?|[Aa]ssist(?:ed|ing)?)\s+"
                         r"(?:to\s+)?(?=[a-z]{2,}\s)"))
# A clause's start: the item's start, or after a comma or "and" ("…, and take blood").
_CLAUSE = re.compile(r"(?:^|,\s+(?:and\s+)?|\s+and\s+|;\s+)([A-Za-z]+)\b")
# Objects that open with a preposition or a pronoun are no names ("through the mesh").
_NOT_OPENING = frozenset({"by", "through", "about", "around", "over", "up", "out", "down", "off",
                          "it", "them", "me", "my", "our", "his", "her", "their", "your",
                          "this", "that", "these", "those", "some", "any", "new"})


@cache
def _listed(key: str) -> frozenset[str]:
    """One word list of ``told_duties`` in ``data/headings.yaml``."""
    return frozenset(word_lists("told_duties").get(key, ()))


@cache
def _forms() -> dict[str, str]:
    """Each listed verb's base form and past tense, mapped to its base form."""
    words = word_lists("told_duties")
    forms: dict[str, str] = {}
    for verb in words.get("verbs", ()):
        forms[verb] = verb
        for past in _pasts(verb):
            forms.setdefault(past, verb)
    for pair in words.get("irregular", ()):
        past, _, base = pair.partition(" ")
        if base in forms:
            forms[past] = base
    return forms


def _pasts(verb: str) -> tuple[str, ...]:
    """The regular past tense of ``verb`` ("logged" for "log": both spellings tried)."""
    if verb.endswith("e"):
        return (verb + "d",)
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return (verb[:-1] + "ied",)
    return (verb + "ed", verb + verb[-1] + "ed")


def told_opening(item: str, *, base: bool = False) -> bool:
    """``item`` opens with a listed duty verb in the past tense, as a résumé's bullet does
    (with ``base``: in its base form too, as a duty list's imperative does).

    >>> told_opening("Maintained the site's boilers"), told_opening("Maintained by: Reward team")
    (True, False)
    """
    first = _WORD.match(_HELP.sub("", item.strip()))
    if first is None:
        return False
    word = first.group().lower()
    if word not in _forms():
        return False
    if _forms()[word] != word:
        # ((fresh55) "Maintained by: Reward team", "Reviewed by HR": a passive naming its
        # agent, a record's field, no duty done)
        return _DATELINE.search(item) is None and _PASSIVE_BY.match(
            item.strip(), first.end()) is None  # ("Updated March 4 by …": a byline)
    # (an imperative's object is in lower case: "Load Testing Architecture" is a name)
    following = item.strip()[first.end():].split()
    return base and bool(following) and not following[0][:1].isupper()


def verb_opening(item: str) -> bool:
    """(fixes68) ``item`` opens with a listed duty verb, in its base, third-person or "-ing"
    form, before more words: a duty told as a clause ("clean enclosures", "checking
    equipment"), no technique's name; a verb that is a noun too ("test automation", "record
    keeping") opens a name.

    >>> verb_opening("checking equipment"), verb_opening("clean enclosures")
    (True, True)
    >>> verb_opening("test automation"), verb_opening("relevance tuning"), verb_opening("welding")
    (False, False, False)
    """
    words = item.lower().split()
    if len(words) < 2 or words[0] in _listed("nouns_too"):
        return False
    word, forms = words[0], _forms()
    stem = word[:-3] if word.endswith("ing") else word[:-1] if word.endswith("s") else word
    return forms.get(word) == word or _base(stem, forms) is not None


_CAPITAL_WORD = re.compile(r"(?<=\S)\s+(?=[A-Z][a-z]+\b)")


def told_pieces(text: str) -> list[str]:
    """The duties of résumé lines a wrap joined into one ("Performed A on B Diagnosed C
    using D"): cut before each capitalised listed verb in the past tense.

    >>> told_pieces("Logged cores at the rig Calibrated the XRF unit weekly")
    ['Logged cores at the rig', 'Calibrated the XRF unit weekly']
    """
    pieces: list[str] = []
    start = 0
    for cut in _CAPITAL_WORD.finditer(text):
        if told_opening(text[cut.end():]):
            pieces.append(text[start:cut.start()])
            start = cut.end()
    return [*pieces, text[start:]]


def told_duty_objects(item: str, *, any_verb: bool = False) -> list[str]:
    """The techniques and kit the duty clauses of ``item`` name (see the module); with
    ``any_verb`` (an item under "… where I:") its first word is a duty verb, listed or not.

    >>> told_duty_objects("splice rope with a fid", any_verb=True)
    ['splice rope', 'fid']
    """
    forms = _forms()
    if any_verb and (first := _WORD.match(item.strip())) is not None and (
            first.group().lower() not in forms) and first.group().lower() not in _listed("others"):
        forms = {**forms, first.group().lower(): first.group().lower()}
    # ("Help run …": the duty run; "… and help draft forms": a clause of its own)
    text = _HELP.sub(lambda m: ", " if m.start() else "", item.strip().rstrip(";."))
    nouns = _listed("nouns_too")
    starts = [(m.start(1), m.group(1).lower()) for m in _CLAUSE.finditer(text)
              if (m.group(1).lower() in forms or m.group(1).lower() in _listed("others")) and (
                  m.start(1) == 0 or "," in m.group() or ";" in m.group()
                  or m.group(1).lower() not in nouns or _verb_before(text, m.start(), forms))]
    # ("log borings and test pits": a noun; "take and process radiographs": a verb)
    found: list[str] = []
    for index, (start, word) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        clause = text[start:end].split(" ", 1)[1] if " " in text[start:end] else ""
        # ("help draft …", "mentor two students": no object named, but a product used
        # is one: "invoice in ProVet Cloud")
        # (a verb of its own, no chain "take and process": "classify soils" names the
        # technique, a bare "soils" none)
        alone = index == 0 or starts[index - 1][0] + len(starts[index - 1][1]) + 6 < start
        verb = forms.get(word) if alone else None  # (its base form: "prepare reagents")
        found.extend(_objects(clause, verb=verb) if word in forms else [
            name for name in _objects(clause, tools_only=True)])
    return list(dict.fromkeys(found))


def _verb_before(text: str, at: int, forms: dict[str, str]) -> bool:
    """The word before position ``at`` of ``text`` is a listed verb ("take | and process")."""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in forms


# Where a clause's objects end and what follows: a tool after "with"/"using", a place or
# purpose after the other prepositions.
_TOOL_CUE = re.compile(r"\s+(?:with|using|in|on)\s+(?:an?\s+|the\s+)?")
_STOP = re.compile(r"\s+(?:for|to|at|from|under|across|within|into|throughout|per|so|while|"
                   r"when|where|as|before|after|during|through|under|against|"
                   r"(?:each|every)\s+(?:morning|day|week|shift|month|night|evening|year|time))\b"
                   r"|[.;]")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
# A setting and the technique practised in it, in lower case ("clinics in audiometry").
# (an article after "in" opens a time or a place: "sessions in the morning")
_SETTING = re.compile(r"^\s*(?:[a-z]+\s+)?([a-z]+)\s+in\s+(?!(?:the|a|an|each|every|my|our)\b)"
                      r"(?=[a-z])")
_TRAILING = re.compile(r"(?:,|\s+(?:and|or|then))?\s*$")
_ITEMS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_ARTICLES = re.compile(r"^(?:an?|the|each|every|all|any)\s+", re.IGNORECASE)
_MAX_WORDS = 5


def _one_head(part: str) -> bool:
    """"steam and STERRAD cycles": a bare word sharing a plural head, one name; "capnography
    and video laryngoscope" names two; two bare singular words paired ("scale and polish",
    "wash and set") name one procedure."""
    pair = _PAIR.fullmatch(part)
    if pair is not None:
        return not any(word.endswith("s") for word in pair.groups())
    return part.endswith("s") and shared_head(part)


_JOINER = re.compile(r"^(?:and|or)\s+")  # (", and scale and polish": the pair kept whole)
_PAIR = re.compile(r"(?:and\s+)?([a-z]{3,}) and ([a-z]{3,})")
# A lone object with no modifier, in lower case ("soils", "compaction"): no technique alone.
_BARE = re.compile(r"[a-z][a-z-]+")


def _objects(clause: str, *, tools_only: bool = False, verb: str | None = None) -> list[str]:
    """The names a clause's objects and its tools give (the verb already cut off); with
    ``tools_only`` the names after "with", "using", "in" or "on" that hold a capital.  With
    ``verb`` (the clause's own verb, none chained before it), objects that are all lone
    words in lower case are named with their verb ("classify soils", "map sites and
    features"): a bare plural or mass noun alone is no technique."""
    clause = _TRAILING.sub("", clause)  # ("take and | process …": the next verb's "and")
    setting = _SETTING.match(clause)
    if setting is not None and setting.group(1).lower() in _listed("setting_nouns"):
        clause, verb = clause[setting.end():], None  # ("clinics in audiometry": audiometry)
    clause, _, listed = clause.partition(": ")  # ("run lab tests: A, B, C": the tests)
    # (the objects before such a list only name its kind: "lab tests", no technique)
    head_kind = bool(listed) and len(_ITEMS.split(listed)) >= 2
    stop = _STOP.search(clause)
    clause = clause[:stop.start()] if stop else clause
    if clause.count("(") > clause.count(")"):  # (a bracket the line's wrap left open)
        # (its last item runs on the next line, cut: "…, multiparameter" of "… monitors")
        opened = clause.rindex("(")
        inside = clause[opened + 1:]
        cut = max(inside.rfind(","), inside.rfind(" and "), inside.rfind(" or "))
        clause = clause[:opened] + ", " + (inside[:cut] if cut > 0 else "")
    # (the names in brackets are read wherever they stand: "on two farms (pH, nitrates)")
    bracketed = [n for bracket in _BRACKET.findall(clause) for n in _ITEMS.split(bracket)]
    clause = _BRACKET.sub("", clause)
    # the objects, then each "with"/"using" part, and each "in"/"on" part naming a product
    # ("in the field", "on site": a place, no tool)
    clause = " " + clause  # (a clause opening with its cue: "in ProVet Cloud")
    cues = list(_TOOL_CUE.finditer(clause))
    bounds = [0, *(c.start() for c in cues), len(clause)]
    parts = [clause[:bounds[1]]] if not tools_only and not head_kind else []
    if parts and verb is not None:
        bare = [_ARTICLES.sub("", piece.strip(" ,")) for piece in split_items(parts[0])]
        if bare and all(_BARE.fullmatch(piece) for piece in bare):
            # ("record soils": the verb and its objects as written)
            parts = [f"{verb} {parts[0].strip()}"] if len(parts[0].split()) < _MAX_WORDS and (
                not all(piece.lower() in _listed("vague") for piece in bare)) else []
            whole = True
        else:
            whole = False
    else:
        whole = False
    for index, cue in enumerate(cues):
        part = clause[cue.end():bounds[index + 2]]
        words = cue.group().split()
        if (words[0] in ("with", "using") and not tools_only) or (
                re.search(r"[A-Z]", part) and words[-1] != "the"):  # ("on the Murray": a place)
            parts.append(part)
    found: list[str] = []
    extra = [listed, *bracketed] if not tools_only else []
    for number, part in enumerate([*parts, *(e for e in extra if e)]):
        # ("steam and STERRAD cycles": one head shared, one name)
        for piece in ([part] if whole and number == 0 else split_items(
                part, keep_whole=_one_head)):
            piece = _ARTICLES.sub("", _JOINER.sub("", piece.strip(" ,")))
            words = piece.split()
            if len(words) >= 2 and words[0].lower() in _listed("qualities"):
                words = words[1:]  # ("a short technical report": the report)
                piece = " ".join(words)
            if 0 < len(words) <= _MAX_WORDS and piece not in ("and", "or") and (
                    piece.lower() not in _listed("vague")) and not words[0].lower().startswith(
                    _MONTHS) and (words[0].lower() not in _NOT_OPENING) and not any(
                    c.isdigit() for c in words[0]) and not piece.endswith((" and", " or")):
                found.append(piece)
    return found


# A sentence's subject telling its own work, before the duty verb: the writer ("I", "we")
# or the programme's learners ("Most students also …", "Interns then …").
_TELLER = re.compile(r"(?<![\w'’-])(?<![Ff]ormer )(?<![Pp]ast )(?:I|[Ww]e|(?:[Mm]ost |[Aa]ll |"
                     r"[Oo]ur |[Vv]acation |[Ss]ummer )*(?i:students|interns|trainees|cadets))\s+"
                     r"(?:(?:also|often|usually|then|mostly|typically|regularly|each)\s+)*"
                     r"(?=[a-z]+\b)")


# What a learning verb's "how to" opens: a way of working, no duty's object ("learn to use
# A and B" names its things).
_HOW_TO = re.compile(r"\s+how\s+to\s", re.IGNORECASE)


def told_sentences(text: str) -> list[str]:
    """The duty objects of the sentences in ``text`` that tell their teller's own work ("Most
    students also clean data in R") or what the writer learned ("I learned animal handling
    and barrier nursing"), each read from its duty verb on by :func:`told_duty_objects`.

    >>> told_sentences("In 2019 I learned hoof trimming and foot bathing at a dairy.")
    ['hoof trimming', 'foot bathing']
    >>> told_sentences("Interns also write a short report in LaTeX.")
    ['report', 'LaTeX']
    >>> told_sentences("I love the outdoors."), told_sentences("I run the team's rota.")
    ([], [])
    >>> told_sentences("I learned how to work to a client's brief.")
    []
    """
    found: list[str] = []
    forms = _forms()
    for teller in _TELLER.finditer(text):
        rest = text[teller.end():]
        verb = _WORD.match(rest)
        if verb is None or verb.group().lower() not in forms or (
                teller.group().split()[0] in ("I", "We", "we") and forms[verb.group().lower()]
                not in _listed("learning")):
            continue  # (the writer's own sentences: only what she learned)
        sentence = re.split(r"(?<=[.!?])\s+", rest, maxsplit=1)[0]
        if _HOW_TO.match(sentence, verb.end()):
            continue  # "I learned how to be customer focused": a manner, no thing learned
        found.extend(told_duty_objects(sentence))
    return list(dict.fromkeys(found))


# "Past projects include: A; B; and C": a programme's projects or rotations, one an item
# set apart by semicolons.
_PROJECTS = re.compile(r"\b(?:projects?|tasks?|duties|activities|rotations?|assignments?|"
                       r"placements?)\s+(?:may\s+|typically\s+|have\s+|often\s+)?(?:include[sd]?|including|"
                       r"cover(?:s|ed)?|range from)\s*:?\s+", re.IGNORECASE)
_GERUND = re.compile(r"^([a-z]{3,})ing\s+")


def listed_projects(text: str) -> list[str]:
    """The techniques, kit and software a list of projects names ("Past projects include:
    soil sampling (pH, nitrates); checking flow data; reviews of spill reports; and mapping
    sites in QGIS"): each item's own words up to a place or a purpose, a gerund's objects,
    the work after an activity noun's "of", and the names in brackets and after "with",
    "using" or "in".

    >>> listed_projects("Projects include: soil sampling on two farms (pH, nitrates); "
    ...                 "checking flow data from gauges; desktop reviews of spill reports; "
    ...                 "and mapping outfalls in QGIS.")
    ['soil sampling', 'pH', 'nitrates', 'flow data', 'spill reports', 'map outfalls', 'QGIS']
    >>> listed_projects("Projects include a bridge.")
    []
    """
    found: list[str] = []
    forms = _forms()
    for cue in _PROJECTS.finditer(text):
        body = re.split(r"\.(?:\s|$)", text[cue.end():], maxsplit=1)[0]
        items = [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in body.split("; ")]
        if len(items) < 2:
            continue
        for item in items:
            gerund = _GERUND.match(item)
            base = _base(gerund.group(1), forms) if gerund is not None else None
            if gerund is not None and base is not None:
                found.extend(told_duty_objects(f"{base} {item[gerund.end():]}"))
                continue
            head, of, work = item.partition(" of ")
            if of and head.split()[-1].lower() in _listed("activity_nouns"):
                item = work  # ("desktop reviews of contaminated sites": the sites)
            found.extend(_objects(item))
    return list(dict.fromkeys(found))


def _base(stem: str, forms: dict[str, str]) -> str | None:
    """The listed verb a gerund's stem is ("check", "map" of "mapp", "analyse" of "analys")."""
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else ""):
        if verb and forms.get(verb) == verb:
            return verb
    return None


# A post the writer held and where: "… as a kennel assistant at Pawsmead Rescue", "I have
# been an RVN at Castlegate Hospital", "worked as a field tech with Coyote Ridge".
_HELD_AT = re.compile(r"\b(?:as|been|became|becoming|joined\s+\S+(?:\s+\S+)?\s+as)\s+(?:an?|the)\s+"
                      r"[A-Za-z][\w -]{1,60}?\s+(?:at|with|for)\s+(?P<org>[A-Z][\w&'’.-]*"
                      r"(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,5})")


def told_workplaces(text: str) -> list[str]:
    """The organisations where the writer of ``text`` held a post, in her own sentences
    (those with "I" in them): the name after "as a X at" or "been a X with".

    >>> told_workplaces("In 2016 I became a trainee groom at Hollins Stud, and since 2020 "
    ...                 "I have been a head groom at Vale Equine Centre.")
    ['Hollins Stud', 'Vale Equine Centre']
    >>> told_workplaces("She worked as a groom at Hollins Stud.")
    []
    """
    found: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if re.search(r"\bI\b", sentence):
            found.extend(m.group("org").rstrip(".") for m in _HELD_AT.finditer(sentence))
    return list(dict.fromkeys(found))
