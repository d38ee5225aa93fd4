"""Rows whose title owns the rate beside or under it.

Rate tables printed with dotted leaders (a union contract's or a price list's "Title
........ $27.90/hr" rows): the row's title owns its rate, whether or not the lexicon knows
it, written in sentence case ("Laundry attendant") or as a "-person" noun ("Houseperson").

The role's own rows (its title or one of the page's aliases) stay the role's; a lead that is
no job title ("Year 1", "Starting", "Overtime") owns nothing.

>>> is_title = lambda text: text.split()[-1] in ("Attendant", "Inspector")
>>> leader_owner("Laundry attendant", is_title, own=lambda t: False)
'Laundry Attendant'
>>> leader_owner("Houseperson", is_title, own=lambda t: False)
'Houseperson'
>>> leader_owner("Room attendant", is_title, own=lambda t: t == "Room Attendant") is None
True
>>> leader_owner("Year 1", is_title, own=lambda t: False) is None
True
>>> leader_owner("Shift Inspector (Rail)", is_title, own=lambda t: False)
'Shift Inspector (Rail)'
>>> leader_owner("Gate Inspector (2019 scheme)", is_title, own=lambda t: False)
'Gate Inspector'

(fixes96) A row naming a scope of practice of the page's own profession ("extended scope
practitioner", "Independent Prescriber") is the role at that level, no other title:

>>> leader_owner("extended scope practitioner", lambda t: True, own=lambda t: False) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careergraph.guides.level_rows import scope_of_practice
from careergraph.guides.roles import practitioner_noun, title_case

__all__ = ["capitals_classification", "flair_jobs", "inverted_title", "leader_owner",
           "template_job"]

_MAX_WORDS = 4  # a classification's name, not a sentence
_PLAIN = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,3}$")  # no digits, no punctuation
# A row's title in lower case, as a blog's dotted list prints it ("clinical director ……"):
# a known title only.
_LOWER_PLAIN = re.compile(r"^[a-z][a-z'’-]*(?: [a-z'’-]+){1,3}$")


# (rules34a2: or a figure's, "Specialist (2021 contract) ……": the contract's year)
_LOWER_ASIDE = re.compile(r"\s*\((?=[a-z0-9])[^()]*\)$")
_CAPITAL_ASIDE = re.compile(r" \([A-Z][A-Za-z'’ -]{1,30}\)$")


# (rules35c) A title printed head first, its field after a comma: "Supervisor, Municipal Law
# Enforcement", "Manager, Fleet Services".
_INVERTED = re.compile(r"^(?P<head>[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)?), "
                       r"(?P<field>[A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|of|and|&)){0,4})$")


def inverted_title(lead: str, is_title: Callable[[str], bool]) -> bool:
    """Whether a row's lead is a title printed head first ("Supervisor, Fleet Services").

    >>> inverted_title("Supervisor, Fleet Services", lambda t: t == "Supervisor")
    True
    >>> inverted_title("Year 1, Step 2", lambda t: t == "Supervisor")
    False
    """
    inverted = _INVERTED.match(lead)
    return inverted is not None and is_title(inverted.group("head"))


def _inverted_owner(inverted: re.Match[str], is_title: Callable[[str], bool],
                    own: Callable[[str], bool]) -> str | None:
    """The owner of a row whose title is printed head first ("Supervisor, Municipal Law
    Enforcement"): that title as printed when its head is a job title, None when it is the
    role's own in the usual order ("Inspector, Drainage" on the drainage inspector's page).

    >>> is_title = lambda text: text.split()[-1] in ("Supervisor", "Inspector")
    >>> leader_owner("Supervisor, Fleet Services", is_title, own=lambda t: False)
    'Supervisor, Fleet Services'
    >>> leader_owner("Inspector, Drainage", is_title, own=lambda t: t == "Drainage Inspector")
    >>> leader_owner("Year 1, Step 2", is_title, own=lambda t: False)
    """
    head, field = inverted.group("head"), inverted.group("field")
    if own(f"{field} {head}"):
        return None
    if is_title(head) or practitioner_noun(head.split()[-1], strict=True):
        return f"{head}, {field}"
    return None


def leader_owner(lead: str, is_title: Callable[[str], bool],
                 own: Callable[[str], bool]) -> str | None:
    """The title a dotted-leader row's ``lead`` names (title-cased), or None when the row
    is the role's own (``own`` of the title-cased lead) or names no job title."""
    # ("Bus Driver (for comparison) ……": a lower-case aside after the title is no part of it)
    printed = _LOWER_ASIDE.sub("", lead.strip())
    lead = capitals_classification(printed)
    # (fixes82) a wage determination's subclass read as its worker ("LABORER: Mason Tender"):
    # the classification vouches for it as a title, its head a worker noun known or not
    classified = lead != printed and ":" in printed
    # ("Crew Manager (Control) ……": a capitalised qualifier in brackets stays with the title)
    qualifier = _CAPITAL_ASIDE.search(lead)
    bare = lead[: qualifier.start()] if qualifier else lead
    if (inverted := _INVERTED.match(bare)) is not None:
        return _inverted_owner(inverted, is_title, own)
    lower = _LOWER_PLAIN.match(bare) is not None  # (rules37a) "clinical director ……"
    if not (_PLAIN.match(bare) or lower) or len(bare.split()) > _MAX_WORDS:
        return None
    if scope_of_practice(bare):
        return None  # (fixes96) "extended scope practitioner ……": the role at that scope
    named = title_case(bare)
    if own(named + (qualifier.group() if qualifier else "")) or own(named):
        return None  # ("Plasterer (CIS) ……" on the plasterer's page: the role, paid one way)
    if is_title(named) or (not lower and practitioner_noun(
            named.split()[-1], strict=not classified)):
        return named + (qualifier.group() if qualifier else "")
    return None


# A classification in capitals, a qualifier after a comma or a colon ("IRONWORKER, STRUCTURAL",
# "TRUCK DRIVER: Dump Truck", "LABORER: Common or General"), as a wage determination prints it.
_CLASSIFICATION = re.compile(r"^(?P<head>[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,3})"
                             r"(?:(?P<mark>[,:])\s*(?P<qualifier>[A-Za-z][A-Za-z'’-]*"
                             r"(?: [A-Za-z'’-]+){0,3}))?$")


def capitals_classification(lead: str) -> str:
    """A trade classification printed in capitals as the worker's title: an inverted
    qualifier after a comma goes first, a colon's kind of machine names the worker ("Dump
    Truck" + "TRUCK DRIVER": Dump Truck Driver), a colon's other qualifier ("Common or
    General") is no part of the title, a colon's subclass that names its own worker ("Mason
    Tender") is the title; any other lead as printed.

    >>> capitals_classification("IRONWORKER, STRUCTURAL"), capitals_classification("GLAZIER")
    ('Structural Ironworker', 'Glazier')
    >>> capitals_classification("TRUCK DRIVER: Dump Truck")
    'Dump Truck Driver'
    >>> capitals_classification("MASON (Including Block and Stone Work)")
    'Mason'
    >>> capitals_classification("OPERATOR: Forklift")
    'Forklift Operator'
    >>> capitals_classification("LABORER: Mason Tender")
    'Mason Tender'
    >>> capitals_classification("LABORER: Common or General"), capitals_classification("Year 1")
    ('Laborer', 'Year 1')
    """
    # ("CARPENTER (Including Acoustical Ceiling Installation …)": the aside says what it covers)
    found = _CLASSIFICATION.match(re.sub(r"\s*\([^()]*\)$", "", lead))
    if found is None or not any(c.isalpha() for c in found.group("head")) or (
            len(found.group("head")) < 3):
        return lead
    head = [word.capitalize() for word in found.group("head").split()]
    qualifier = [word.capitalize() for word in (found.group("qualifier") or "").split()]
    if found.group("mark") == "," and len(qualifier) <= 2:
        return " ".join([*qualifier, *head])
    if found.group("mark") == ":" and qualifier and qualifier[-1] == head[0]:
        return " ".join([*qualifier, *head[1:]])
    if found.group("mark") == ":" and qualifier and qualifier[-1] != head[-1] and (
            {w.lower() for w in qualifier}.isdisjoint(_NO_KIND)) and practitioner_noun(
            qualifier[-1].lower(), strict=len(qualifier) == 1):
        # (fixes82) "LABORER: Mason Tender": the subclass names its own worker, who is paid
        # the row's rate (no "Mason Tender Laborer")
        return " ".join(qualifier)
    if found.group("mark") == ":" and 0 < len(qualifier) <= 2 and not (
            {w.lower() for w in qualifier} & _NO_KIND):
        return " ".join([*qualifier, *head])  # ("OPERATOR: Forklift": the machine's operator)
    return " ".join(head)


# A colon's qualifier that names no kind of work ("LABORER: Common or General", "HELPER: Any").
_NO_KIND = frozenset({"or", "and", "any", "all", "general", "common", "other", "group",
                      "class", "level", "zone"})


# A template's fields one a line (a pay thread's "Job: / Location: / Rate:"): the job field,
# and any other field that may stand between it and the rate.
_JOB_FIELD = re.compile(r"^(?:job|job title|role|position|occupation|trade)\s*:\s*(?P<job>.+)$",
                        re.IGNORECASE)
_FIELD = re.compile(r"^[A-Z][\w /'’-]{0,24}:\s*\S")


def template_job(above: list[str]) -> str | None:
    """The job a filled-in template's "Job:" field names, from the lines ``above`` a rate
    (nearest first) while they are the template's fields; title-cased, its aside dropped.

    >>> template_job(["Location: Leeds", "Job: Commercial foreman (site work)", "fred • 5h"])
    'Commercial Foreman'
    >>> template_job(["Notes: left the army.", "ok so here is my rate"]) is None
    True
    """
    for text in above:
        text = text.strip()
        if (found := _JOB_FIELD.match(text)) is not None:
            job = re.sub(r"\s*\([^()]*\)\s*$", "", found.group("job")).strip()
            return title_case(job) if _PLAIN.match(job) else None
        if not _FIELD.match(text):
            return None
    return None


# A thread comment's header with the writer's flair naming his job and place ("steamwand_sam ·
# Café Manager | Denver · 2 days ago"), and any comment's header ("dosingcup · 1 day ago").
_FLAIRED = re.compile(r"^[\w.-]{3,30}\s+·\s+(?P<job>[A-Z][^·|]{1,40}?)\s*\|\s*[^·|]{2,40}·\s*"
                      r"\d+\s*[a-z]{1,5}\.?\s+ago$")
_HEADER = re.compile(r"^(?:[\w.-]{3,30}(?:\s+OP)?\s+·.*\bago|level \d+)$")


def flair_jobs(lines: list[tuple[int, str]]) -> dict[int, str]:
    """The job each comment's writer names in his flair, by the comment's lines (a pay
    thread's "user · Roaster | Chicago · 1 day ago" over "Roaster now, $24/hr.").

    >>> flair_jobs([(1, "pete · Roaster | Chicago · 1 day ago"), (2, "Roaster now, $24/hr."),
    ...             (3, "level 1"), (4, "sam · 2 days ago"), (5, "$18/hr here.")])
    {2: 'Roaster'}
    """
    found: dict[int, str] = {}
    job: str | None = None
    for no, raw in lines:
        text = raw.strip()
        if _HEADER.match(text):
            flaired = _FLAIRED.match(text)
            job = flaired.group("job").strip() if flaired is not None else None
        elif job is not None and text:
            found[no] = job
    return found
