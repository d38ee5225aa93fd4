"""A run-in label asking where the work is, over the list on its line: "Who's hiring: big
CPG companies (General Mills, Cargill and Crestmoor itself), ingredient suppliers, co-packers
and the USDA.", "Where architects work: private practices like ours, local authority
departments, the OPW, and contractors' design teams."

Each item is a kind of workplace (a sector) or an organisation by name (an employer): a
lower-case phrase is a kind, its bracketed examples are employers, a capitalised name or an
acronym is an employer.  "itself", "like ours" and an opening "the" are no part of a name.

>>> run_in_workplaces("Who's hiring: seed companies (Arlo Seeds and Verdane itself), "
...                   "plant breeders, co-ops and the USDA.")
(['Arlo Seeds', 'Verdane', 'USDA'], ['seed companies', 'plant breeders', 'co-ops'])
>>> run_in_workplaces("Where planners work: councils like ours, consultancies, the PINS.")
(['PINS'], ['councils', 'consultancies'])
>>> run_in_workplaces("Who's hiring: Tallis Rail itself, the DfT, and employers across "
...                   "Logistics and Tourism.")
(['Tallis Rail', 'DfT'], ['Logistics', 'Tourism'])
>>> run_in_workplaces("Where chaplains serve: hospitals, Anglican schools and the RAF.")
(['RAF'], ['hospitals', 'Anglican schools'])
>>> run_in_workplaces("Where planners work is changing fast, and so is the pay.")
([], [])
"""

from __future__ import annotations

import re

from careergraph.guides.employer_names import one_body
from careergraph.guides.hiring_cues import hiring_cues
from careergraph.guides.text import split_items
from careergraph.guides.workplace_kinds import shared_heads

__all__ = ["RUN_IN_OPENERS", "answered_workplaces", "headed_workplaces", "run_in_workplaces"]

_LABEL = re.compile(r"^(?:who['’]?s|who is|who are)\s+hiring\s*:\s+|"
                    # ("Where DREs serve:": a ministry's kinds of place)
                    r"^where\s+(?:[a-z][\w-]*\s+){1,3}(?:work|serve)\s*:\s+|"
                    # "Who books us:", "Who employs line cooks:": who the clients or employers are
                    r"^who\s+(?:else\s+)?(?:books|hires|employs|recruits)\s+(?:[a-z][\w-]*\s*){1,3}:\s+|"
                    # (rules35c) a careers page's "Also hiring straddle drivers in the region:",
                    # "Now hiring welders nearby:": the other employers of the role
                    r"^(?:also|now|currently)\s+hiring\s+(?:[a-z][\w'’-]*\s+){0,5}?"
                    r"[a-z][\w'’-]*\s*:\s+|"
                    # "Industries that employ EMTs:", "Sectors that hire the most welders:"
                    r"^(?:the\s+)?(?:industries|sectors|employers|organi[sz]ations|workplaces)\s+"
                    r"(?:that|which)\s+(?:employ|hire|recruit)(?:ed)?\s+(?:[\w&'’-]+\s+){0,3}?"
                    r"[\w&'’-]+\s*:\s+", re.IGNORECASE)
# Who may open such a label (one cheap test of a line before the expression).
RUN_IN_OPENERS = ("Who", "Whe", "Ind", "Sec", "Emp", "Org", "Wor", "The", "Als", "Now", "Cur")
# A share after an item ("ambulance services (46%)"): a statistic, no example of the kind.
_SHARE = re.compile(r"\s*\(\d+(?:\.\d+)?\s*(?:%|percent)\)")
# A list closing on its named examples (", including A and B."): employers of the kinds.
_TAIL_NAMES = re.compile(r",?\s+(?:including|such as|notably)\s+(?P<names>[A-Z][^.,;:]*"
                         r"(?:,\s+[A-Z][^.,;:]*)*)\.$")
_EXAMPLES = re.compile(r"^(?P<kind>[^()]+?)\s*\((?P<names>[^()]+)\)$")
# (a capital "The" opens a name: "The Saffron Tower Hotel")
_NOT_NAME = re.compile(r"\s+(?:itself|themselves|like ours|like us|such as ours)$|"
                       r"^(?:the|and)\s+")
# A question a spoken answer lists workplaces for: "And who's hiring?", "Where do they work?"
_ASKED = re.compile(r"\bwho['’]?s\s+hiring\?$|\bwho\s+(?:is\s+hiring|hires|employs\b.*)\?$|"
                    r"\bwhere\s+do\s+(?:[a-z]+\s+){1,3}work\?$", re.IGNORECASE)
# "kinds like A": the kind, and names by example.
_LIKE = re.compile(r"^(?P<kind>[a-z][^A-Z]*?)\s+(?:like|such as|including)\s+(?P<names>[A-Z].*)$")
_ADVERB = re.compile(r"^(?:increasingly|also|mostly|mainly|often|sometimes|now)\s+",
                     re.IGNORECASE)
# "A and B, in hospitals and clinics": the place an item names after its preposition.
_LEAD_PREP = re.compile(r"^(?:in|at)\s+(?=[a-z])")
_BECAUSE = re.compile(r"\s+(?:because|thanks to|due to)\b.*$")
# "…, and employers across A and B.": the industries a list ends on are kinds of workplace.
_ACROSS = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:employers|firms|companies|businesses|"
                     r"organi[sz]ations)\s+(?:across|in|throughout)\s+(?:the\s+)?"
                     r"(?P<industries>[A-Z][^.;:()]*?)\.$")
# An answer opening with its subject and verb ("Most work in gaming, retail and …"): the
# list follows them.
_SUBJECT_LEAD = re.compile(r"^(?:most|many|some|nearly all|almost all|all|they)(?:\s+of\s+them)?"
                           r"\s+(?:work|are employed|are found)\s+(?:in|at|for|by|with)\s+",
                           re.IGNORECASE)
_MIN_ITEMS = 3
_MAX_WORDS = 6


def _bare(item: str) -> str:
    item = item.strip(" .")
    while (stripped := _NOT_NAME.sub("", item)) != item:
        item = stripped
    return item


def run_in_workplaces(text: str) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` a run-in "Who's hiring:" / "Where X work:" line lists (see the
    module's docstring); two empty lists for other lines."""
    label = _LABEL.match(text)
    if label is None:
        return [], []
    body = _SHARE.sub("", " ".join(text[label.end():].split()))
    if body[-1:].isalnum() or body[-1:] == ")":
        body += "."  # (a label's line needs no full stop: "Industries that employ X: A, B, C")
    tail = _TAIL_NAMES.search(body)
    if tail is None:
        return _listed(body)
    employers, kinds = _listed(body[:tail.start()] + ".")
    named = [_bare(name) for name in split_items(tail.group("names"))] if kinds else []
    return employers + named, kinds


def answered_workplaces(question: str, answer: str) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` a one-sentence answer lists under a question asking who
    hires or where the work is.

    >>> answered_workplaces("And who's hiring?", "Consultancies like ours and Tern Labs, the "
    ...                     "big councils, regulators like SafeWork NT, and increasingly "
    ...                     "mining projects because of dust.")
    (['Tern Labs', 'SafeWork NT'], ['consultancies', 'big councils', 'regulators', \
'mining projects'])
    >>> answered_workplaces("Who employs dredge masters?", "Most work in ports, mining and "
    ...                     "marine construction.")
    ([], ['ports', 'mining', 'marine construction'])
    """
    return _listed(answer.strip()) if _ASKED.search(question.strip()) else ([], [])


# A lower-case kind with its named examples in brackets: "ops centres (Maersk, MSC)" (not a
# name's place or parent: "Brindlecombe Foods (Wrexham)").
_KIND_EXAMPLES = re.compile(r"(?:^|,\s|\sand\s)(?:the\s)?[a-z][^,()]*\s\([A-Z][^()]*\)")
# (rules40b) a sentence opening on the kind, capitalised, before examples it marks as such
# ("Dealerships and fleet workshops (e.g. A, B), county councils …"): two to five words in
# lower case after the capital, no preposition or article opening a clause ("In the past
# year our clients … from A (Town)" is none).
_OPENING_KIND = re.compile(r"^(?!(?:In|At|On|For|With|From|By|To|Of|The|An?|Our|Their|Its|"
                           r"Most|Many|Some|All|This|These)\b)[A-Z][a-z]+(?:\s[a-z][\w'’-]*)"
                           r"{1,4}\s\([A-Z]")
# (rules40b) a word that marks the bracket's names as examples ("(e.g. A, B)", "(for example
# A)", "(such as A)"): the bracket's names are the same.
_EXAMPLE_MARK = re.compile(r"\((?:e\.\s?g\.|eg|for example|for instance|such as|including),?\s+")
# "the shipping lines' own ops centres": named bodies' own units, no kind of workplace.
_OWN_UNITS = re.compile(r"\w['’]s?\s+own\b")


def headed_workplaces(text: str) -> tuple[list[str], list[str]]:
    """``(employers, sectors)`` of one sentence under an employers heading listing names and
    a kind with its named examples in brackets ("A, B and the shipping lines' own ops centres
    (C, D)."): every name and every example; a kind that is named bodies' own units is no
    sector.  Two empty lists for other lines (the section's readers read them).

    >>> headed_workplaces("Keelson Terminals, Eastgate Ports and the shipping lines' own "
    ...                   "planning centres (Zim, Evergreen).")
    (['Keelson Terminals', 'Eastgate Ports', 'Zim', 'Evergreen'], [])
    >>> headed_workplaces("Keelson Terminals and Eastgate Ports.")
    ([], [])
    >>> headed_workplaces("Tarn Health Service (Tarn General Hospital), Fell Health Service.")
    ([], [])
    >>> headed_workplaces("In the past year our clients had offers from Alder Care Society "
    ...                   "(Surrey, BC), Pine Early Learning (Regina, SK) and Hibou CPE.")
    ([], [])
    >>> headed_workplaces("Bakeries and hotels (e.g. Crumb Foods Ltd, Mvita Bakers), school "
    ...                   "kitchens, and the informal sector.")
    (['Crumb Foods Ltd', 'Mvita Bakers'], ['bakeries', 'hotels', 'school kitchens', \
'informal sector'])
    """
    body = " ".join(text.split())
    marked = "(" in body and _EXAMPLE_MARK.search(body) is not None
    if marked:
        body = _EXAMPLE_MARK.sub("(", body)  # "(e.g. Simba Motors, Kijani Fleet)"
    if "(" not in body or not body.endswith((".", ")")) or not (_KIND_EXAMPLES.search(body) or (
            marked and _OPENING_KIND.match(body))):
        return [], []
    employers, kinds = _listed(body if body.endswith(".") else body + ".")
    if not kinds or len(employers) < 2:
        return [], []
    return employers, [kind for kind in kinds if not _OWN_UNITS.search(kind)]


def _listed(body: str) -> tuple[list[str], list[str]]:
    """The employers and kinds of a one-sentence list of workplaces."""
    if not body.endswith(".") or ". " in body or ":" in body or " – " in body:
        return [], []  # (a label or a dash clause: "Current vacancies: A, B", "A – and we …")
    if hiring_cues().verbs.search(body):
        return [], []  # "A, B and councils recruit inspectors": the hiring-clause readers' own
    body = _SUBJECT_LEAD.sub("", body)
    # (a public body joining two nouns stays one name: "Bridges and Culverts Directorate")
    across = _ACROSS.search(body)
    industries = split_items(across.group("industries")) if across else []
    if across is not None:
        body = body[:across.start()] + "."
    items = [_bare(_LEAD_PREP.sub("", _ADVERB.sub("", _BECAUSE.sub("", item.strip(" .")))))
             for item in split_items(body.rstrip("."), one_body)]
    items = shared_heads(items, body)  # ("council mechanical and transport departments")
    least = 2 if industries else _MIN_ITEMS  # (a named industry makes a list a hiring one)
    if len(items) + len(industries) < least or any(
            len(i.split()) > _MAX_WORDS for i in items if "(" not in i):
        return [], []
    employers: list[str] = []
    kinds: list[str] = []
    for index, item in enumerate(items):
        if not index and " " not in item and item[1:].islower() and item.endswith("s"):
            item = item.lower()  # a kind opening the sentence ("Consultancies like ours")
        examples = _EXAMPLES.match(item) or _LIKE.match(item)
        if examples is not None:
            kinds.append(_bare(examples.group("kind")))
            employers += [_bare(name) for name in split_items(examples.group("names"))]
        elif item[:1].isupper() and not _KIND_OF_PLACE.search(item):
            employers.append(item)
        elif item:
            kinds.append(item)
    return employers, kinds + industries


# A capitalised word before a lower-case plural noun ("Catholic schools", "NHS trusts"):
# a kind of place, no one body's name (a capitalised preposition or article opens no kind).
_KIND_OF_PLACE = re.compile(r"^(?!(?:In|At|On|For|With|From|By|To|Of|The|An?|And|Or|Most|Many|"
                            r"Some|All)\b)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?: [a-z][\w-]*)?"
                            # ("State DOTs": a kind of body by its acronym, plural)
                            r"\s(?:[a-z][\w-]*|[A-Z]{2,5})s$")
