"""The job a pay survey's report is about, as its headline figure names it.

A professional body's pay survey is titled by its field ("Release Operations Pay Survey
2025", "CLINICAL DATA PAY SURVEY 2026"), which names no job, and opens with the institute
that ran it; the report then tables every title of the field.  The job the report is about
is the one its headline statistic names: "Median salary, all Lead Optimization Analysts:
$171,000", "The median base salary for a board-certified Medical Physicist was …",
"Medians for Senior Firmware Specialists by region:".  Only a page that calls itself a pay
survey near its top is read (vocabulary ``survey_focus`` in ``data/headings.yaml``).

>>> from careergraph.lexicon import load_lexicon
>>> from careergraph.guides.vocab import Vocabulary
>>> v = Vocabulary.from_lexicon(load_lexicon())
>>> survey_focus([(1, "Guild of Tilers"), (2, "Tiling Pay Survey 2024"),
...               (3, "Median pay, all Senior Tile Setters: $61,000")], v)
('Senior Tile Setter', 3)
>>> survey_focus([(1, "Roofers' Federation"), (2, "2026 Salary Survey"),
...               (3, "Median hourly rate for a qualified roofer: $38.50")], v)
('Roofer', 3)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.vocab import Vocabulary

__all__ = ["professional_body", "survey_focus"]

_HEAD_LINES = 12  # the survey's title is printed near the top, after the body's name
_SPAN = 60  # lines read for the headline statistic (summary, key findings)
# A capitalised title; "of", "and", "&" may join its words ("VP of Clinical Data").
_TITLE = r"([A-Z][\w-]*(?:\s+(?:of|and|&|[A-Z][\w-]*))*)"
# A survey's section or table on one job's pay ("3 Archivist salaries", "Table 2  Roofer base
# salary by years in the trade", "3 Director of Field Research salaries"): read when no
# headline figure names the job.
_PAY_SECTION = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})?\s+)?(?:Table\s+\d{1,2}(?:\.\d{1,2})?\s+)?"
                          r"([A-Z][\w-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w-]*){0,4})\s+"
                          r"(?:base\s+|annual\s+|hourly\s+)?"
                          r"(?:salaries|salary|pay|earnings|wages|rates)\b")
_SECTION_SPAN = 90  # characters of such a heading
# A capitalised title after one lower-case qualifier ("accredited Paper Conservator").
_QUALIFIED_TITLE = re.compile(rf"(?:[a-z][\w-]*\s+)?{_TITLE}")
# Words no title ends with: a sentence going on after it ("… research in Warsaw was …")
_NOT_LAST = frozenset({"in", "at", "for", "across", "with", "by", "on", "to", "from", "and",
                       "or", "of", "the", "a", "an", "is", "was", "are", "were", "earns",
                       "earned", "makes", "made", "rose", "fell"})
# A title in lower case ("the median hourly rate for a qualified arborist"): only a title the
# lexicon knows, its longest known opening.
# (a qualifier and a title of up to six words: "a qualified director of energy systems
# integration")
_LOWER = r"(?P<lower>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6})(?![\w-])"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_lists("survey_focus")
    title = re.compile(rf"\b(?:{phrase_alternation(words['titles'])})\b", re.IGNORECASE)
    # "median (base) salary, all X", "medians for X", "the median … for a (qualified) X";
    # a lower-case qualifier ("board-certified") is no part of the title.
    statistic = re.compile(
        rf"\b(?i:{phrase_alternation(words['statistics'])})"
        rf"(?:\s+(?i:{phrase_alternation(words['measures'])})){{0,2}}\s*,?\s+"
        rf"(?i:{phrase_alternation(words['links'])})\s+(?:(?i:an?|the|all)\s+)?"
        rf"(?:{_LOWER}|(?:[a-z][\w-]*\s+)?{_TITLE})")
    return title, statistic


@cache
def qualifiers() -> frozenset[str]:
    """Words that qualify a title in lower case and are no part of it ("a qualified
    arborist"): ``survey_focus.qualifiers`` in ``data/headings.yaml``.

    >>> "licensed" in qualifiers(), "senior" in qualifiers()
    (True, False)
    """
    return frozenset(word_lists("survey_focus").get("qualifiers", ()))


@cache
def _body() -> re.Pattern[str]:
    bodies = phrase_alternation(word_lists("survey_focus")["bodies"])
    return re.compile(rf"^(?:The\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?i:{bodies})\s+(?:of|for)\s+"
                      rf"(?:the\s+)?[A-Z]")


def professional_body(text: str) -> bool:
    """A professional body's name ("Institute of Applied Practitioners", "Chartered Society
    for Print Standards"): never a job, though its last word names people.

    >>> professional_body("Guild of Working Tilers"), professional_body("Head of Tiling")
    (True, False)
    """
    return _body().match(text.strip()) is not None


def _job(phrase: str, vocab: Vocabulary) -> str | None:
    """``phrase`` as one job's title, singular, when its head names a person or a known
    title ("Lead Optimization Analysts" -> "Lead Optimization Analyst", "VPs of Clinical
    Data" -> "VP of Clinical Data")."""
    head_part, of, charge = phrase.strip().partition(" of ")
    single = singular_title(head_part) + of + charge  # "VPs of Clinical Data": the head's
    head = single.split(" of ")[0].split()
    if not head or len(single.split()) > 8:
        return None
    known = vocab.is_role_title(single)
    return single if known or practitioner_noun(head[-1]) else None


def _lower_job(phrase: str, vocab: Vocabulary) -> str | None:
    """The longest opening of ``phrase`` (lower case) that is a known title, singular and in
    Title Case ("arborist" -> "Arborist"), after a qualifier ("qualified arborist"), or
    None."""
    words = phrase.split()
    start = 1 if words[0] in qualifiers() else 0
    for size in range(len(words) - start, 0, -1):
        if words[start + size - 1] in _NOT_LAST:
            continue  # ("director of imaging research in Poland": no title ends in "in")
        title = title_case(singular_title(" ".join(words[start:start + size])))
        if vocab.is_role_title(title):
            return title
    return None


def survey_focus(lines: Sequence[tuple[int, str]], vocab: Vocabulary) -> tuple[str, int] | None:
    """The title a pay survey's headline statistic names and its line, or None when the
    page is no pay survey or names no single job in a headline figure (see the module)."""
    title, statistic = _patterns()
    if not any(title.search(text) for _, text in lines[:_HEAD_LINES]):
        return None
    for no, text in lines[:_SPAN]:
        for match in statistic.finditer(text):
            lower = match.group("lower")
            job = _lower_job(lower, vocab) if lower else _job(match.group(2), vocab)
            if job is None and lower:  # "an accredited Paper Conservator": a qualifier first
                titled = _QUALIFIED_TITLE.match(text, match.start("lower"))
                job = _job(titled.group(1), vocab) if titled else None
            if job is not None:
                return job, no
    for no, text in lines[:_SPAN]:  # no headline figure: a section or a table on the job's pay
        section = _PAY_SECTION.match(text.strip()) if len(text) < _SECTION_SPAN else None
        job = _job(section.group(1), vocab) if section is not None else None
        if job is not None and vocab.is_role_title(job):
            return job, no
    return None
