"""Entry rungs: the first role of a ladder and the titles people enter a role from.

:func:`entry_rung` finds the rung a page says people start on; :func:`ungraded` drops a grade
opener from a title; :func:`first_chance` reads who may apply first to an opening.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from careergraph.guides.headings import bundled_section
from careergraph.guides.prose_titles import _distributed, prose_title
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary

__all__ = [
    "first_chance",
    "supported_trainees",
]


# "Radiographers and nurses … move into the field": the subject comes into the role.
_INTO_ROLE = re.compile(r"\b(?:move|moves|moving|switch|switches|come|comes|cross|crosses|"
                        r"transfer|transfers|transition|transitions|promoted|recruited|"
                        # ("light vehicle mechanics often cross-skill into the occupation")
                        r"cross-skill|cross-skills|retrain|retrains|reskill|reskills)\b"
                        r"(?:\s+\w+){0,2}?\s+into\s+"
                        r"(?:the|this)\s+(?:role|field|profession|career|occupation|job)\b",
                        re.IGNORECASE)
_SUBJECT_END = re.compile(r"\s(?:are|is|often|usually|also|typically|commonly|can|may|"
                          r"sometimes|frequently|tend|regularly|most|who|to|move|moves)(?:\s|$)")

_CLAUSE_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def entry_rung(text: str, own: str) -> str | None:
    """The role's own entry rung a sentence says becomes the role ("Apprentice panelbeaters
    become qualified Panelbeaters after four years"): "Apprentice Panelbeater", else None.

    >>> entry_rung("Trainee glaziers become fully qualified glaziers in three years.",
    ...            "Glazier")
    'Trainee Glazier'
    >>> entry_rung("Trainee glaziers cut glass.", "Glazier") is None
    True
    >>> entry_rung("An apprentice who completes the program is paid as a Roofer.", "Roofer")
    'Roofer Apprentice'
    >>> entry_rung("On completion the apprentice is registered at Journey Level.", "Tiler")
    'Tiler Apprentice'
    """
    lowered = text.lower()
    if not (_ENTRY_WORDS.search(lowered) and _BECOME_WORDS.search(lowered)):
        return None  # most lines: no pattern built for the role at all
    match = _entry_rung_pattern(own).search(text)
    if match is None and (completed := _COMPLETED.search(text)) is not None and (
            completed.group("level") or re.match(rf"{re.escape(own)}s?\b", completed.group(
                "title"), re.IGNORECASE)):
        return f"{own} {completed.group('entry').capitalize()}"  # (the trade's own)
    return f"{match.group(1).capitalize()} {own}" if match else None


_ENTRY_WORDS = re.compile(r"apprentice|trainee|graduate|cadet")
_BECOME_WORDS = re.compile(r"become|qualif|promoted|progress|complet")
# A rate sheet's completion rule: "an apprentice who completes the program is paid as a
# Glazier (journeyman)", "On completion of 4000 hours … the apprentice is registered at
# Journey Level": the trade's apprentice rung below the trade.
_COMPLETED = re.compile(r"\b(?:an?|the)\s+(?P<entry>apprentice|trainee)\s+"
                        r"(?:who\s+completes?\b[^.;]{0,60}?\s)?(?:is|are|will be)\s+"
                        r"(?:paid|registered|classified)\s+(?:as|at)\s+"
                        r"(?:an?\s+)?(?:(?P<level>journey(?:man)?\s+level|journey(?:wo)?man)\b"
                        r"|(?P<title>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}))", re.IGNORECASE)


@lru_cache(maxsize=256)
def _entry_rung_pattern(own: str) -> re.Pattern[str]:
    """The sentence shape ``entry_rung`` reads, for one role (built once a role)."""
    forms = "|".join(map(re.escape, _plural_forms(own)))
    return re.compile(rf"\b(apprentice|trainee|graduate|cadet)\s+(?:{forms})\s+"
                      rf"(?:[a-z]+\s+){{0,3}}?(?:become|becomes|qualify as|qualifies as|"
                      rf"are promoted to|progress to)\s+"
                      rf"(?:an?\s+)?(?:fully\s+)?(?:qualified\s+|licensed\s+|certified\s+)?"
                      rf"(?:{forms})\b", re.IGNORECASE)


def _plural_forms(own: str) -> list[str]:
    """``own`` and its plurals ("Midwife", "Midwifes", "Midwives"), longest first."""
    forms = {own, f"{own}s", f"{own}es", f"{own[:-2]}ves", f"{own[:-1]}ies"}
    return sorted(forms, key=len, reverse=True)


def _retrained_as(own: str) -> re.Pattern[str]:
    """"<subject> (who are) retraining as <the page's role>": the subject moves in; (left54)
    "who want to retrain as" too ("We also take bricklayers who want to retrain as …")."""
    return re.compile(rf"\s+(?:who\s+(?:are\s+|want\s+to\s+|wish\s+to\s+|would\s+like\s+to\s+)?)?"
                      rf"retrain(?:s|ed|ing)?\s+(?:as|to\s+become)\s+"
                      rf"(?:an?\s+)?(?:{'|'.join(map(re.escape, _plural_forms(own)))})\b",
                      re.IGNORECASE)


# The fixed part of ``_into_own_field``'s pattern: a text without it moves into no field, and
# the role's own pattern is not compiled for it (speed15).
_INTO_MOVE = re.compile(r"\s+(?:cross-train|cross-skill|retrain|reskill|move|switch|transfer)"
                       r"(?:s|ed|ing)?\s+into\s", re.IGNORECASE)


def _into_own_field(own: str) -> re.Pattern[str] | None:
    """"<subject> cross-train into <the role's field>" ("Some of our sonographers cross-train
    into cardiac physiology" on a cardiac physiologist's page: the field is the title without
    its worker noun): the subject moves in.  None for a one-word title (no field in it).

    >>> _into_own_field("Cardiac Physiologist").search("sonographers cross-train into "
    ...                                                "cardiac physiology.") is not None
    True
    """
    words = own.split()
    if len(words) < 2:  # (a field and its worker noun)
        return None
    field = r"\s+".join(map(re.escape, words[:-1]))
    return re.compile(rf"\s+(?:cross-train|cross-skill|retrain|reskill|move|switch|transfer)"
                      rf"(?:s|ed|ing)?\s+into\s+(?:the\s+)?{field}\w*\b", re.IGNORECASE)


def _subjects_into(text: str, vocab: Vocabulary,
                   pattern: re.Pattern[str] = _INTO_ROLE, *, every: bool = True) -> list[str]:
    """Roles that are the subject of "… move into the role/field" (all of them, or none), or
    of another ``pattern`` naming the page's role as where they go; ``every=False`` keeps
    the subjects that are roles ("Library technicians and history graduates are …")."""
    match = pattern.search(text)
    if match is None:
        return []
    subject = text[text.rfind(". ", 0, match.start()) + 1 : match.start()]
    # ("Stakeholders noted that light vehicle mechanics often …": the report's words first)
    subject = _REPORTED_THAT.sub("", subject.strip())
    # ((left54) "We also take bricklayers and labourers who want to retrain as …": the hirer
    # and its verb are no part of the titles)
    subject = _HIRER_TAKES.sub("", subject)
    subject = _CLAUSE_NUMBER.sub("", subject)  # "6.2  Care assistants who …": a policy clause
    # "Many HEO Policy Officers in our division have been promoted into this role": the
    # subject's quantifier and its place are no part of the titles
    subject = _SUBJECT_PLACE.sub("", _subject_opener(subject.strip()))
    end = _SUBJECT_END.search(subject)
    subject = subject.strip()
    words = subject.split()
    if subject[1:2].islower() and (len(words) < 2 or words[1][:1].islower()):
        subject = subject[:1].lower() + subject[1:]  # sentence case; Title Case stays
    # ("Site and project managers often move into this role": two posts sharing the head)
    subject = subject[: end.start()] if end else subject
    items = split_items(_distributed(subject, vocab))
    titles = [prose_title(item, vocab) for item in items]
    if every and len(titles) > 1 and not all(titles):
        # ("Health and safety officers often move into this role": one title holding
        # "and", its first half no title of its own)
        titles = [prose_title(subject, vocab)]
    return [t for t in titles if t] if titles and (all(titles) or not every) else []

_REPORTED_THAT = re.compile(r"^(?:[A-Z]\w*\s+){1,3}(?:noted|said|reported|told us|found|"
                            r"observed|added)\s+that\s+")
_HIRER_TAKES = re.compile(r"^(?:we|they)\s+(?:also\s+|often\s+|gladly\s+)?(?:take|hire|accept|"
                          r"welcome|recruit|train|consider)\s+(?:on\s+)?", re.IGNORECASE)
_SUBJECT_PLACE = re.compile(r"\s+(?:in|at|across|within)\s+(?:our|the|this|their|your)\s.*$")


@cache
def _openers() -> frozenset[str]:
    """Words that open a sentence's subject before its titles ("Successful", "Many"):
    ``notices.subject_openers`` in ``data/headings.yaml``."""
    return frozenset(str(w).lower() for w in bundled_section("notices").get(
        "subject_openers") or ())


@cache
def _grade_first() -> re.Pattern[str]:
    grades = "|".join(str(g) for g in bundled_section("notices").get("grades") or ()) or "(?!)"
    return re.compile(rf"^(?:{grades})\s+(?=[A-Z])")


def ungraded(title: str, vocab: Vocabulary) -> str:
    """``title`` less a public-service grade printed before it ("APS 6 Biosecurity Team
    Leader" -> "Biosecurity Team Leader", "Grade 7 Policy Lead" -> "Policy Lead"), when the
    rest is a title.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> ungraded("APS 6 Biosecurity Team Leader", v), ungraded("Band 6 Nurse", v)
    ('Biosecurity Team Leader', 'Nurse')
    """
    rest = _grade_first().sub("", title)
    return rest if rest != title and vocab.is_role_title(rest) else title


def _subject_opener(text: str) -> str:
    """``text`` less an opening quantifier or quality word ("Successful Policy Advisers" ->
    "Policy Advisers").

    >>> _subject_opener("Many HEO Policy Officers"), _subject_opener("Policy Officers")
    ('HEO Policy Officers', 'Policy Officers')
    >>> _subject_opener("Some of our sonographers")
    'sonographers'
    >>> _subject_opener("Each year some Dental Assistants")
    'Dental Assistants'
    """
    text = _YEARLY.sub("", text, count=1)  # (carry43) "Each year some Xs bridge to …"
    first, _, rest = text.partition(" ")
    if rest and first.lower() in _openers():
        return _SHARE_OF.sub("", rest, count=1)  # ("Some of our sonographers")
    return text


_YEARLY = re.compile(r"^(?:each|every) year,?\s+(?=\w)", re.IGNORECASE)
_SHARE_OF = re.compile(r"^of\s+(?:our|the|their|its|these|those)\s+(?=\w)", re.IGNORECASE)


# Who is offered a post first, in a collective agreement: "Lube Technicians and Service Truck
# Operators with two years' seniority shall be given first opportunity to enter the X
# apprenticeship"; "When a Foreman position is to be filled, X with five years … shall be
# considered first".
_FIRST_OFFER = re.compile(r"\b(?:shall|will|are|is)\s+(?:be\s+)?(?:given|offered)\s+(?:the\s+)?"
                          r"first\s+(?:opportunity|chance|consideration|refusal)\b")
_TO_FILL = re.compile(r"(?:^|(?<=[.!?]\s))(?:[Ww]hen|[Ww]here|[Ii]f)\s+an?\s+"
                      r"([A-Z][\w -]{2,60}?)\s+(?:position|vacancy|post)\b[^,]{0,60}?\bfilled,"
                      r"\s+(.+?)\s+shall\s+be\s+considered\s+first")
_MAY_APPLY = re.compile(r"(?:^|(?<=[.!?)]\s))([A-Z][^.;:()]{2,120}?)\s+may\s+apply\s+for\s+"
                        r"(?:the\s+post\s+of\s+)?(?:an?\s+)?([A-Z][\w ]{1,60}?)"
                        r"(?=[,.;]|\s+(?:under|in|within|which|on|after)\b)")
_SUBJECT_CUT = re.compile(r"\s+(?:with|who|having|holding|in|shall|will|may)\s.*$")


# "we support eight family support workers and two social work assistants to qualify",
# "employers support orthotic technicians to top up to the degree and qualify": the people
# an employer puts through training for the role, by their present titles.
_SUPPORTED = re.compile(r"\bsupports?\s+(?P<whom>[^.;:()]{3,140}?)\s+to\s+(?:qualify|train|"
                        r"top up|retrain|study|complete)\b")
_COUNT_WORD = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|several|some|a few|our)\s+", re.IGNORECASE)


def supported_trainees(text: str, vocab: Vocabulary) -> list[str]:
    """The titles an employer supports to qualify, each a move into the role (all the listed
    people titles, or none).

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> supported_trainees("Each year we support six care assistants and two porters to "
    ...                    "qualify.", v)
    ['Care Assistant', 'Porter']
    >>> supported_trainees("We support local charities to train volunteers.", v)
    []
    """
    found: list[str] = []
    for match in _SUPPORTED.finditer(text):
        items = split_items(_COUNT_WORD.sub("", match.group("whom")))
        titles = [prose_title(item, vocab) for item in items]
        if titles and all(titles):
            found.extend(t for t in titles if t)
    return found


def first_chance(text: str, role: str, vocab: Vocabulary) -> tuple[list[str], list[str]]:
    """Who a clause offers a post first, as moves: the subjects offered first opportunity to
    enter ``role`` move into it, and a post filled first from the role's people is where it
    leads.  ``(moves in, moves up)``.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> first_chance("Yard Hands and Drivers with a year's service shall be given first "
    ...              "opportunity to enter the Welder apprenticeship.", "Welder", v)
    (['Yard Hand', 'Driver'], [])
    >>> first_chance("When a Foreman position is to be filled, Welders with five years shall "
    ...              "be considered first.", "Welder", v)
    ([], ['Foreman'])
    """
    into: list[str] = []
    up: list[str] = []
    own = role.lower()
    match = _FIRST_OFFER.search(text)
    if match is not None and own in text[match.end():match.end() + 120].lower():
        subject = _SUBJECT_CUT.sub("", text[text.rfind(". ", 0, match.start()) + 1:
                                        match.start()].strip())
        found = [prose_title(item, vocab) for item in split_items(subject)]
        into = [title for title in found if title] if all(found) else []
    for apply in _MAY_APPLY.finditer(text) if "may apply" in text else ():
        # "A and B holding NVQ Level 5 … may apply for Grade II", "Senior X may apply for
        # the post of Chief X": into the role's grade, or up from the role
        subjects = [prose_title(item, vocab) or "" for item in split_items(
            _SUBJECT_CUT.sub("", apply.group(1)))]
        target = apply.group(2).strip()
        if subjects and all(t.lower().endswith(own) for t in subjects):
            up.extend(t for t in (prose_title(target, vocab),) if t and t.lower() != own)
        elif all(subjects) and (target.lower() == own or target.startswith("Grade ")):
            into.extend(subjects)
    post = _TO_FILL.search(text)
    if post is not None and (prose_title(_SUBJECT_CUT.sub("", post.group(2)), vocab) or ""
                             ).lower() == own:
        up = [title for title in (prose_title(post.group(1), vocab),) if title]
    return into, up
