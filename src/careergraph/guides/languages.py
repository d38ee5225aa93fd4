"""Languages a page asks for, read from a run of language names.

A job page names the languages it wants in a requirement or a sentence of its own: "fluent
English; Arabic, Mandarin or Hindi a plus", "German language at B1 level (B2
recommended)", "Urdu and Punjabi for farmer outreach are expected", "Spoken English and
Hindi/Urdu for site teams".  A run of language names (data: ``languages`` in
``data/headings.yaml``) joined by commas, "and", "or" or a slash is a list of skills when
what follows it makes it one ("a plus", "language", "at B1", "are expected"), when it opens
a clause and "for" says what it is used for, or when a word of proficiency qualifies it
("Spoken English and Hindi/Urdu").  The first language of a qualified run is left to the
readers that keep the qualifier with it ("fluent English") unless the caller has let them
read the line first; the others are read here.  A
language beside anything else ("an English degree", "Spanish layouts") names no skill.

>>> language_skills("fluent English; Arabic, Mandarin or Hindi a plus")
['Arabic', 'Mandarin', 'Hindi']
>>> language_skills("Spoken English and Hindi/Urdu for site teams")
['Hindi', 'Urdu']
>>> language_skills("I have an English degree and read Spanish novels.")
[]
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import bundled_section
from careergraph.guides.literals import AnyOf

__all__ = ["language_skills", "language_stand_in", "leveled_language", "qualified_languages",
           "spoken_languages"]

_JOIN = r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s*/\s*|\s+(?:and|or|&)\s+)"
# Where a clause opens: the text's start or a clause mark before the run.
_OPENS = re.compile(r"(?:^|[;:.!?]\s*|^[-•*–]\s*)$")
_FOR = re.compile(r"\s+for\s+\w")
# A level in brackets after a language: a CEFR grade ("C1", "B2+") or words of proficiency
# ("native", "fluent, written").
_LEVEL = re.compile(r"^(?P<name>.+?)\s*\((?P<level>[ABC][12]\+?|[a-z][a-z ,/-]*)\)$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    block = bundled_section("languages")
    names = sorted((str(n) for n in block.get("names") or ()), key=len, reverse=True)
    name = "|".join(re.escape(n) for n in names)
    run = re.compile(rf"(?<![\w-])(?:{name})(?:{_JOIN}(?:{name}))*(?![\w-])")
    after = "|".join(str(p) for p in block.get("after") or ())
    follows = re.compile(rf"\s*(?:{after})" if after else r"(?!)")
    proficiency = frozenset(word_lists("languages").get("proficiency", ()))
    return run, follows, proficiency


# (fixes99) The word a run of languages closes a list after ("math, science, and English").
_SUBJECT_BEFORE = re.compile(r"(\w+)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_SUBJECT_SPAN = 24  # the end of the text before a run searched for it (no glued megabyte)


@cache
def _subjects() -> frozenset[str]:
    """School subjects (``languages.school_subjects``): a language listed after one of them
    is a subject studied, no language spoken."""
    return frozenset(word_lists("languages").get("school_subjects", ()))


@cache
def _names() -> AnyOf:
    """The language names as printed: every match of the run pattern (case kept) holds
    one, so a text holding none is not searched (most rows name no language)."""
    return AnyOf(str(n) for n in bundled_section("languages").get("names") or ())


def language_skills(text: str, *, qualified_first: bool = False) -> list[str]:
    """The languages ``text`` asks for (see the module); ``qualified_first``: a qualified
    run's first language too, for a caller whose other readers have had the line first.

    >>> language_skills("German language at B1 level (B2 recommended)")
    ['German']
    >>> language_skills("Urdu and Punjabi for farmer outreach are expected.")
    ['Urdu', 'Punjabi']
    >>> language_skills("Good English for dealing with suppliers"), language_skills(
    ...     "Our guides are in English and Spanish.")
    ([], [])
    >>> language_skills("Spoken English and Hindi", qualified_first=True)
    ['English', 'Hindi']
    """
    if not _names().search(text):
        return []
    run, follows, proficiency = _patterns()
    found: list[str] = []
    for match in run.finditer(text):
        before = text[:match.start()]
        words = before.split()
        qualified = bool(words) and words[-1].lower() in proficiency
        rest = text[match.end():]
        if not (qualified or follows.match(rest) or (
                _OPENS.search(before.rstrip(" ")) and _FOR.match(rest))):
            continue
        if (subject := _SUBJECT_BEFORE.search(before[-_SUBJECT_SPAN:])) is not None and (
                subject.group(1).lower() in _subjects()):
            continue  # (fixes99) "credits in math, science, and English": a school subject
        languages = [part.strip() for part in re.split(_JOIN, match.group()) if part.strip()]
        found.extend(languages[1:] if qualified and not qualified_first else languages)
    return list(dict.fromkeys(found))


def leveled_language(item: str) -> str | None:
    """The language of a skills chip that prints one with its level in brackets, as a
    profile's skills strip does ("English (C1)", "German (native)"), or None: the level is
    how well, not what.

    >>> leveled_language("English (C1)"), leveled_language("German (native)")
    ('English', 'German')
    >>> leveled_language("Python (advanced)"), leveled_language("Spanish (Mexico)")
    (None, None)
    """
    leveled = _LEVEL.match(item.strip())
    if leveled is None:
        return None
    names = {str(n) for n in bundled_section("languages").get("names") or ()}
    level = leveled["level"]
    words = set(re.split(r"[ ,/]+", level)) - {"", "and", "or"}
    proficiency = _patterns()[2] | {"native", "mother", "tongue", "speaker", "bilingual",
                                    "fluent", "intermediate", "advanced", "beginner"}
    known = level[:1].isupper() or words <= proficiency
    return leveled["name"] if leveled["name"] in names and known else None


_SPEAKERS = frozenset({"bilingual", "trilingual", "multilingual"})


def qualified_languages(item: str) -> list[str]:
    """(rules40c) The languages of a list item that is only a word of proficiency before a
    run of languages ("Bilingual English/Spanish", "Fluent French and German"): each
    language (the qualifier says how well), else [].

    >>> qualified_languages("Bilingual English/Spanish"), qualified_languages("Fluent Greek")
    (['English', 'Spanish'], ['Greek'])
    >>> qualified_languages("Bilingual signage"), qualified_languages("Spanish layouts")
    ([], [])
    """
    word, _, rest = item.strip().partition(" ")
    run, _, proficiency = _patterns()
    if word.lower() not in proficiency | _SPEAKERS or (
            (match := run.fullmatch(rest.strip())) is None):
        return []
    return [part.strip() for part in re.split(_JOIN, match.group()) if part.strip()]


# A level named after a language ("at a high level", "at a good level").
_AT_LEVEL = re.compile(r"\s+at an? (?:high|good|very good|basic|native|fluent|excellent|working)"
                       r" level$", re.IGNORECASE)


_MODES = frozenset({"written", "spoken"})  # a mode of using a language, no level of it


_LANGUAGE_NOUN = re.compile(r"\s+languages?$")


def spoken_languages(item: str) -> list[str]:
    """(rules42a) The languages of a skill that is only a run of languages, bare or after
    one word of proficiency ("Arabic or Russian", "good Finnish"): each language, else [].
    A run of one bare language is itself (``[item]``).

    >>> spoken_languages("Arabic or Russian"), spoken_languages("good Finnish")
    (['Arabic', 'Russian'], ['Finnish'])
    >>> spoken_languages("Russian"), spoken_languages("Russian literature")
    (['Russian'], [])
    >>> spoken_languages("Polish at a high level"), spoken_languages("written English")
    (['Polish'], [])
    >>> spoken_languages("Latvian and Russian languages")
    ['Latvian', 'Russian']
    >>> spoken_languages("English language")
    []
    """
    if not _names().search(item):
        return []
    if " level" in item:
        item = _AT_LEVEL.sub("", item)  # "Hebrew at a high level": how well, not what
    if item.endswith("languages"):
        # (rules48a) "Latvian and Russian languages": the languages, the plural noun after
        # them no part of their names ("English language" alone stays as printed)
        item = _LANGUAGE_NOUN.sub("", item)
    if item.split(" ", 1)[0].lower() in _MODES | _SPEAKERS:
        return []  # ("written English", "Bilingual Spanish": a skill of its own as printed)
    qualified = qualified_languages(item) if " " in item.strip() else []
    if qualified:
        return qualified
    match = _patterns()[0].fullmatch(item.strip())
    if match is None:
        return []
    return [part.strip() for part in re.split(_JOIN, match.group()) if part.strip()]


# (rules43c) An item that stands in for a language without naming one, or says only how one
# is used: "Norwegian or another Scandinavian language, written and oral" leaves the pieces
# "another Scandinavian language" and "written and oral" (or "written", "oral").
_LANGUAGE_STAND_IN = re.compile(
    r"(?i:(?:another|any\s+other|one\s+other|a\s+second|a\s+further)\s+(?:[A-Za-z-]+\s+)?"
    r"languages?"
    r"|(?:written|spoken|oral|verbal)(?:\s*(?:,|/|&|\band\b|\bor\b)\s*"
    r"(?:written|spoken|oral|verbal))*)")


def language_stand_in(item: str) -> bool:
    """Whether a whole skill item only stands in for a language ("another Scandinavian
    language") or names how one is used ("written and oral"): no skill.

    >>> language_stand_in("another Scandinavian language"), language_stand_in("oral")
    (True, True)
    >>> language_stand_in("written communication"), language_stand_in("Norwegian")
    (False, False)
    """
    return _LANGUAGE_STAND_IN.fullmatch(item.strip()) is not None
