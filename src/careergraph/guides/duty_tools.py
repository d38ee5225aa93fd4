"""Tools and named methods a duty line names ("Log work orders in ServiceChannel", "Write bug
reports engineers can act on (Jira)", "Apply Model Monitoring in design reviews").

A duty is a sentence about what the role does, not a list of skills; but a product or a
named method inside it is something the role must be able to use, and career guides name
their tools that way far more often than in a skills list.  Three places in a duty hold such
a name, and only a name (capitalised, at most four words, no figure) counts:

- a bracket that lists names ("(Jira)", "(AVImark or ezyVet)"), unless it spells out the
  words before it ("Health and Safety Executive (HSE)");
- a capitalised run after a preposition of use ("in DocuSign", "with Postman", "using
  QGIS"), unless a team or group follows it ("with Product and Design teams");
- a capitalised run right after the duty's opening verb ("Own Cohort Analysis for the team");
- a kind of system before a bracket of its products ("in the practice management system
  (AVImark or ezyVet)"), in prose too: the kind and the products;
- a kind of tool and its example ("on an alignment bench such as Car-O-Liner"), the kind
  after "or similar" ("in RepairQuote or similar estimating software"), and the means after
  "by" when each is a technique ending in "-ing" ("by MIG welding and rivet bonding").

Names the caller knows as roles, employers, sectors or places are not tools; the caller
passes a predicate for that.

>>> duty_tools("Keep the contract repository in Ironclad complete and searchable")
['Ironclad']
>>> duty_tools("Record patient details in the practice system (AVImark or ezyVet).")
['AVImark', 'ezyVet']
>>> duty_tools("Partner with Product and Design teams on the roadmap")
[]
>>> duty_tools("Program the line with TIA Portal / WinCC")
['TIA Portal', 'WinCC']
>>> duty_tools("Log each permit in the Land Permits Register (LPR)")
['Land Permits Register']
>>> duty_tools("Join brackets by TIG welding, brazing and riveting")
['TIG welding', 'brazing', 'riveting']
>>> duty_tools("Level the slab on a laser screed rig such as SkyScreed")
['SkyScreed', 'laser screed rig']
>>> duty_tools("Training runs through Harbour Rail's ten-week course", prose=True)
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.skill_cues import fixed_pair, known_name
from careergraph.guides.text import is_title_case, split_items
from careergraph.guides.vocab import is_person_name
from careergraph.names import is_acronym_of

__all__ = ["duty_tools", "named_examples", "system_products", "worn_gear"]

# (a full stop inside a name only: "Node.js"; "in QGIS. Most students …" ends the name)
_WORD = r"[A-Z](?:[\w+#/-]|\.(?=\w))*"
# (a product's own small word between capitals: "Ruby on Rails")
_RUN = rf"{_WORD}(?:\s+(?:{_WORD}|\d+|on\s+(?![A-Z][a-z]+day\b){_WORD}))*"
# ("in the SIEM", "with our CRM": a kind of system, not a product's name)
_USE = re.compile(rf"\b(?:in|with|using|via|into|through|for|use|uses)\s+({_RUN})")
# "on a measuring and alignment bench such as Car-O-Liner": the kind of tool and its example
_SUCH_AS = re.compile(rf"\b(?:on|with|using|in|at)\s+(?:an?|the)\s+([a-z][a-z -]{{2,40}}?)"
                      rf"\s+such as\s+({_RUN})")
# "in RepairQuote or similar estimating software": the kind of software the name is one of
_OR_SIMILAR = re.compile(r"\bor similar\s+([a-z][a-z -]{2,30}?)(?=\s*(?:[,.;)]|$))")
# "fitting panels by MIG welding, spot welding and rivet bonding": the means, each a
# technique of a word or two ending in "-ing"
# (or three, with the acronym in brackets: "weld with submerged arc welding (SAW) and TIG
# welding", "found by ultrasonic testing (UT) and radiographic testing (RT)")
_MEANS_ITEM = (r"(?:[\w-]+\s+){0,2}(?!depending\b|according\b)[a-z]+ing"
               r"(?:\s\([A-Z][A-Z0-9]{1,5}\))?")
# A lower-case noun right after "use X" makes X its qualifier ("use Boolean search"); a
# conjunction or a preposition does not ("use HiMama or Storypark for daily reports").
_QUALIFIED_USE = re.compile(r"\s+(?!(?:or|and|for|to|in|on|with|at|when|as|daily|every)\b)"
                            r"[a-z]")
_MEANS_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# (a clause may follow the last means: "… and TIG welding depending on the joint")
# A preposition after bare "-ing" means, whose object they take ("by applying and advising on
# make-up"): the words are the duty's verbs, no techniques.
_OBJECT_AFTER = re.compile(r"\s+(?:on|about|to|with)\s")
_BY_MEANS = re.compile(rf"\b(?:by|with)\s+({_MEANS_ITEM}(?:,\s*{_MEANS_ITEM})*,?\s+(?:and|or)\s+"
                       rf"{_MEANS_ITEM})(?:\b|(?<=\)))(?!\s+(?!(?:depending|according|when|where|"
                       rf"as|in|on|at|to|for)\b)[a-z]+\b(?<!\band)(?<!\bor))")
# (a determiner opens the sentence's subject, no duty's verb: "The Road Transport sector …",
# "The University of X is …")
_OPENING = re.compile(rf"^(?!(?:The|A|An|This|That|These|Those|Our|Your|Its|Their|Some|Many|"
                      rf"Most|Each|Every)\s)[A-Z][a-z]+\s+({_RUN})(?=\s+[a-z]|\s*$|\s*[.,;])")
_BRACKET = re.compile(r"\(([^()]{1,80})\)")
# (real31) A capitalised word right before the preposition, inside its sentence ("covered by
# the Agenda for Change pay rates"): the preposition is a word of one name, no use.
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )(?:the\s+)?[A-Z][a-z]+\s+$")
# A people named by its land ("for Americans abroad", "for Canadians"): persons, no product.
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:an|ian|ean)s")
# A noun of a place or "based"/"located" right before "in X" ("a facility in Kharach", "based
# in Leeds", "a depot in Moruga"): X is where, no tool.
_PLACED = re.compile(r"\b(?:facility|facilities|plant|plants|factory|factories|mill|mills|"
                     r"office|offices|site|branch|campus|headquarters|based|located|born|"
                     r"depot|depots|warehouse|warehouses|yard|port|hub|"
                     r"situated|headquartered|town|city|village)\s+$")
# A named system spelled out before its acronym, after a preposition of use ("assess
# documents in the Case Records System (CRS)"): a tool, unlike a body ("the Health and
# Safety Executive (HSE)").
_SYSTEM = re.compile(r"\b(?:in|into|using|via|through|on|with)\s+(?:the\s+|our\s+)?"
                     r"((?:[A-Z][\w-]*\s+){1,4}(?:System|Database|Platform|Portal|Register|"
                     r"Registry|Software|Suite|Toolkit|Application))\s*$")
# Words after a name that make it a group of people or a body's standard, not a tool.
_GROUP = re.compile(r"^\s*(?:and\s+[A-Z]\w*\s+)?(?:teams?|departments?|leads?|colleagues|"
                    r"staff|stakeholders|partners|groups?|offices?|customers|clients|users|"
                    r"engineers|managers|standards|guidelines|norms|accreditation)\b")
# Capitalised words that are no tool: calendar words and pronoun-like openers.
_NOT_NAMES = frozenset({"I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                        "Sunday", "January", "February", "March", "April", "May", "June",
                        "July", "August", "September", "October", "November", "December",
                        "English", "Year", "Level", "Grade", "Band", "Step", "Stage",
                        # a grade of the role printed in brackets ("Paralegal (Intermediate)")
                        "Intermediate", "Senior", "Junior", "Lead", "Principal", "Trainee",
                        "Graduate", "Entry", "Mid"})
_MAX_WORDS = 4
_DOMAIN_LETTERS = 2
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")  # "TSEs", "PMs": people, not tools
_FIGURE = re.compile(r"\d")
_FORMULA = re.compile(r"\b[A-Z][A-Za-z]?\d\b")  # "CO2", "H2", "N2": a formula, no figure


# A class, grade or level named in a bracket ("(Class A)", "(Grade 3)", "(Band 5)").
# (rules46b) and a reference to a part of the document ("(Appendix C)", "(see Annex 2)",
# "(Section 4.3)", "(Form HS-2)"): where the checklist is, no tool.
_CLASS_MARK = re.compile(r"(?:class|grade|level|category|band|tier|group|type|step|stage)"
                         r"\s+[A-Z0-9]{1,3}|(?:see\s+)?(?:appendix|annex|annexe|section|schedule|"
                         r"form|table|figure|chapter|part|page)\s+[A-Z0-9][\w.-]{0,6}",
                         re.IGNORECASE)


def duty_tools(text: str, excluded: Callable[[str], bool] | None = None, *,
               prose: bool = False) -> list[str]:
    """The tool and method names one duty line states (see the module's rules).

    ``excluded``: names that are roles, employers, sectors or places on this page.
    ``prose``: ``text`` is a sentence of a paragraph, which opens with its subject ("Sound
    Designers here own …") and whose brackets may spell a title ("(Mechatroniker)"): only
    names after a preposition of use and the kinds of tool count.

    >>> duty_tools("Apply Model Monitoring in design reviews")
    ['Model Monitoring']
    >>> duty_tools("Debug Ruby on Rails jobs in production")
    ['Ruby on Rails']
    >>> duty_tools("Review the Health and Safety Executive (HSE) guidance")
    []
    >>> duty_tools("close the depot using the closing checklist (Appendix D)")
    []
    >>> duty_tools("Based on 900 job adverts analysed by Ledgerly in Q3 2025.", prose=True)
    []
    """
    found: list[str] = []
    for bracket in () if prose else _BRACKET.finditer(text):
        inner = bracket.group(1).strip()
        before = [w for w in re.split(r"[\s/-]+", text[:bracket.start()])[-8:]
                  if w[:1].isupper()]
        letters = re.sub(r"[/&.-]", "", inner)  # ("CI/CD" for "Continuous Integration/…")
        if any(is_acronym_of(letters, before[i:]) for i in range(len(before))):
            system = _SYSTEM.search(text, 0, bracket.start())
            if system is not None and system.end() >= bracket.start() - 1:
                found.append(system.group(1))  # "in the Case Records System (CRS)": its name
            continue  # "Health and Safety Executive (HSE)": a spelling, not a tool
        items = split_items(inner)
        if items and all(_name(i) for i in items) and not any(
                _CLASS_MARK.fullmatch(i) for i in items):
            # (real30) "Drive 18-wheelers (Class A)": the licence's class, no tool
            found.extend(items)
    kinds: list[str] = []  # kinds of tool and techniques, in lower case
    for kind, products in _system_kinds(text):
        kinds += [kind] if kind else []
        found.extend(products)
    for match in _SUCH_AS.finditer(text):
        kinds.append(match.group(1).strip())
        found.append(match.group(2))
        found.extend(_alternatives(text[match.end():])[0])  # "such as Greenhouse or Lever"
    kinds += [match.group(1).strip() for match in _OR_SIMILAR.finditer(text)]
    kinds += worn_gear(text)  # "wearing a welding mask and a respirator"
    means: list[tuple[int, int]] = []
    for match in _BY_MEANS.finditer(text):
        items = [item.strip() for item in _MEANS_SPLIT.split(match.group(1)) if item.strip()]
        means.append(match.span(1))
        if all(" " not in item for item in items) and _OBJECT_AFTER.match(text, match.end()):
            continue  # "by applying and advising on make-up": verbs and their object, no means
        kinds += items
    for match in _USE.finditer(text):
        if any(start <= match.start(1) < end for start, end in means):
            continue  # "with CO2 welding (FCAW), …": the technique's word, read above
        listed, rest = _alternatives(text[match.end():], match.group(1))
        if match.group().lower().startswith("use") and _QUALIFIED_USE.match(rest):
            continue  # "use Boolean search": a technique named by its qualifier, no product
        if rest.startswith(("'s ", "’s ")):
            continue  # "through Network Rail's programme": the owner of what follows
        if _PEOPLES.fullmatch(match.group(1)) or _PLACED.search(text, 0, match.start()):
            continue  # "care for Americans abroad", "a plant in Kharach, Gujarat": no tool
        if match.group()[:4] == "for " and _NAME_INSIDE.search(text, 0, match.start()):
            continue  # (real31) "the Agenda for Change pay rates": a name's own "for"
        if match.group()[:4] == "for " and _STATISTIC_BEFORE.search(text, 0, match.start()):
            continue  # (carry46) "Median for Serbia: …": the place a statistic is of
        if match.group()[:4] == "for " and _AGENT_TO.match(rest):
            continue  # (rules48b) "the estimate summary for Greg to review": who acts next
        if not _GROUP.match(rest):  # ("with Finance / HR teams": groups of people)
            found.extend(listed)
    # ("Job Prospects" is a title; "Performance Monitoring: Monitor …" a labelled duty)
    # ((real40) "Learn About the Salary, Required Skills, & More": Title Case, its "&" an "and")
    first = _OPENING.match(text) if not prose and not is_title_case(
        text.replace(" & ", " and ")) and (
        ":" not in text) else None
    if first is not None and not _GROUP.match(text[first.end():]) and not is_person_name(
            text[:first.end()].split()[:2]):
        # (fresh53) "Marek Dunne, Plans Examiner - my backup": a person's given name and
        # surname open the line, no verb and its tool
        found.extend(_opening_names(text, first))
    names = [n.strip(" .,;") for n in found if _name(n.strip(" .,;"))]
    # (a figure is no technique's, but a gas's or a grade's formula is: "CO2 welding")
    names += [kind for kind in kinds if len(kind.split()) <= _MAX_WORDS and not (
        _FIGURE.search(_FORMULA.sub("", kind)))]
    return [n for n in dict.fromkeys(names) if excluded is None or not excluded(n)]


def _opening_names(text: str, first: re.Match[str]) -> list[str]:
    """The name after a duty's opening verb and the names listed after it ("Use Quillbook
    and Harrow Ledger to …" gives both), unless the list names groups of people ("Brief
    Sales and Marketing teams"), which the name alone did not show.

    >>> _opening_names("Use Quillbook, Tessel and Harrow Ledger daily",
    ...                _OPENING.match("Use Quillbook, Tessel and Harrow Ledger daily"))
    ['Quillbook', 'Tessel', 'Harrow Ledger']
    """
    listed, rest = _alternatives(text[first.end():], first.group(1))
    return [first.group(1)] if _GROUP.match(rest) else listed


# (rules48b) "for X to review": X acts (a person, a team), no tool the duty is done with.
_AGENT_TO = re.compile(r"\s+to\s+(?!the\b|an?\b)[a-z]+\b")


# (carry46) A statistic's word right before "for" ("Median for Serbia", "Average salary for
# Kaunas"): the place or group it is of follows, no tool.
_STATISTIC_BEFORE = re.compile(r"\b(?:median|average|mean|typical)(?:\s+(?:salary|pay|wage|"
                               r"earnings))?\s+$", re.IGNORECASE)


# "the practice management system (AVImark or ezyVet)": a kind of system of three words or
# four in lower case, then a bracket (its last word is checked against
# ``tool_lists.system_heads``), or of two when it is a device or an app ("the booking app
# (Resy or OpenTable)", ``tool_lists.device_heads``); "our patient system (WRMD)" names a
# house system, no kind.
# An acronym may open the kind ("the CAD system (Hexagon)"): a named kind, as specific as
# three words.
_KIND_BRACKET = re.compile(r"\b(?:the|an?)\s+((?:[a-z][\w-]*\s+|[A-Z]{2,5}\s+(?=[a-z]))"
                           r"(?:[a-z][\w-]*\s+){0,2}([a-z]+))\s*\(([^()]{1,80})\)")


@cache
def _system_heads() -> frozenset[str]:
    return frozenset(word_lists("tool_lists").get("system_heads", ()))


@cache
def _device_heads() -> frozenset[str]:
    return frozenset(word_lists("tool_lists").get("device_heads", ()))


@cache
def _worn() -> re.Pattern[str]:
    """Protective gear worn at work ("wearing a welding mask and a respirator"): a word or
    two before a head of ``tool_lists.worn``, each such piece of a list."""
    heads = phrase_alternation(word_lists("tool_lists").get("worn", ())) or "(?!)"
    piece = rf"(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{heads})\b"
    return re.compile(rf"\bwear(?:ing|s)?\s+({piece}(?:\s*(?:,|\band\b|\bor\b)\s*{piece})*)")


def worn_gear(text: str) -> list[str]:
    """The protective gear a duty says is worn, without articles.

    >>> worn_gear("They work in tanks wearing a welding mask and a respirator.")
    ['welding mask', 'respirator']
    >>> worn_gear("Managers wear many hats.")
    []
    """
    if "wear" not in text:
        return []
    return [_ARTICLE_OPEN.sub("", item.strip()) for match in _worn().finditer(text)
            for item in _MEANS_SPLIT.split(match.group(1)) if item.strip()]


_ARTICLE_OPEN = re.compile(r"^(?:an?|the)\s+")


def system_products(sentence: str) -> list[str]:
    """The products a sentence names in brackets after their kind of system, and the kind
    where it is specific enough, in any sentence of a page: an overview's "files deeds in
    the land systems (DeedBank, Plot Index)" names tools as surely as a duty line does,
    whatever section it stands in.  The rules of ``_system_kinds``, stricter outside a duty:
    a programme or a package is a course or a scheme there ("a four-level programme (A, B
    and C)"), a kind of two words is only a description of its products ("a booking app (A
    or B)") unless an acronym names it ("the SCADA system (A)") or the bracket just names
    the kind itself ("a booking terminal (RESA terminal)"), and a word of time before the
    kind is no part of it ("a new dispatch platform").

    >>> system_products("Clerks file deeds in the land systems (DeedBank, Plot Index).")
    ['DeedBank', 'Plot Index']
    >>> system_products("They moved to a new computer-aided dispatch platform (FireDesk).")
    ['computer-aided dispatch platform', 'FireDesk']
    >>> system_products("Seats are held on a booking terminal (RESA terminal).")
    ['booking terminal']
    >>> system_products("Plan rounds in a booking app (RoundPro or VanDiary).")
    ['RoundPro', 'VanDiary']
    >>> system_products("Dosing is run from the PLC system (FlowLogic).")
    ['PLC system', 'FlowLogic']
    >>> system_products("The guild runs a three-tier programme (Bronze, Silver and Gold).")
    []
    >>> system_products("The council runs a safety management system (SMS).")
    []
    """
    if "(" not in sentence:
        return []
    found: list[str] = []
    for kind, products in _system_kinds(_TIME_WORDS.sub(r"\1 ", sentence)):
        head = kind.rpartition(" ")[2].lower() if kind else ""
        if head in _SCHEME_HEADS or not products or (
                not kind and _SCHEME_HEADS.intersection(_kind_heads(sentence))):
            continue
        if kind and len(products) == 1 and products[0].lower().endswith(f" {head}"):
            found.append(kind)  # "a booking terminal (RESA terminal)": the kind's own name
            continue
        # (a kind an acronym opens is named: "the SCADA system (A)")
        found += [kind] if len(kind.split()) > 2 or kind[:1].isupper() else []
        found += products
    return [n for n in dict.fromkeys(n.strip(" .,;") for n in found) if n]


# (recall7) A kind of software named by its head or an acronym, then the products it is
# exemplified by ("GIS software such as QGIS", "an inventory system such as Binwise",
# "a CRM such as Acre", "literature databases like Espacenet").
_KIND_SUCH_AS = re.compile(rf"\b(?:([a-z][\w-]*)|[A-Z]{{2,5}})\s*,?\s+(?:such\s+as|like)\s+"
                           rf"({_RUN})")
# Heads that name a kind of software in any sentence (``tool_lists.system_heads`` less the
# ones that name a course, a scheme, a job application or a site people search: "platforms
# such as LinkedIn", "applications such as …").
_NOT_EXAMPLE_HEADS = frozenset({"platform", "platforms", "application", "applications",
                                "program", "programs", "programme", "programmes", "package"})


def named_examples(sentence: str) -> list[str]:
    """The products a sentence gives as examples of a kind of software after "such as" or
    "like": the kind's last word is a head of ``tool_lists.system_heads`` (not a platform, an
    application, a programme or a package) or an acronym ("a CRM such as Acre"); every
    example is a capitalised name.

    >>> named_examples("Most cellars keep stock in an inventory system such as Binwise.")
    ['Binwise']
    >>> named_examples("Log every lead in a CRM such as Pipedrive or Capsule.")
    ['Pipedrive', 'Capsule']
    >>> named_examples("Post your CV on platforms such as LinkedIn."), named_examples(
    ...     "Soft skills such as Patience matter.")
    ([], [])
    """
    if "such as" not in sentence and " like " not in sentence:
        return []
    found: list[str] = []
    for match in _KIND_SUCH_AS.finditer(sentence):
        head = match.group(1)
        if head is not None and (head not in _system_heads() or head in _NOT_EXAMPLE_HEADS):
            continue
        names, _ = _alternatives(sentence[match.end(2):], match.group(2))
        if names and all(_name(name) for name in names):
            found.extend(names)
    return list(dict.fromkeys(found))


# Heads of a kind that outside a duty name a course or a scheme, not a system.
_SCHEME_HEADS = frozenset({"program", "programs", "programme", "programmes", "package"})
# A word of time before a kind of system ("a new dispatch platform"): dropped.
_TIME_WORDS = re.compile(r"\b(the|an?)\s+(?:new|newer|latest|current|existing|old|modern)\s+")


def _kind_heads(sentence: str) -> list[str]:
    """The heads of the kinds before brackets in ``sentence`` ("programme" in "a four-level
    programme (A, B)")."""
    return [match.group(2).lower() for match in _KIND_BRACKET.finditer(sentence)]


def _system_kinds(text: str) -> list[tuple[str, list[str]]]:
    """Each kind of system named before a bracket of product names, with the products.

    >>> _system_kinds("Log calls in the customer records system (Zendesk or Freshdesk).")
    [('customer records system', ['Zendesk', 'Freshdesk'])]
    >>> _system_kinds("Route crews with the GPS system (Fleetlink).")
    [('GPS system', ['Fleetlink'])]
    >>> _system_kinds("File deeds in the land systems (DeedBank, Plot Index).")
    [('', ['DeedBank', 'Plot Index'])]
    >>> _system_kinds("Use the safety management system (SMS) daily."), _system_kinds(
    ...     "Check the water system (hot and cold).")
    ([], [])
    """
    found: list[tuple[str, list[str]]] = []
    for match in _KIND_BRACKET.finditer(text):
        kind, head, inner = match.group(1).strip(), match.group(2), match.group(3)
        items = split_items(inner)
        # Two names or more are products, never a house's one name for its system: "the
        # registry systems (e-Notariado, Wills Index)", "an industrial sewing machine (Juki,
        # Pfaff)" (a machine's kind, ``narrated_tools.kind_heads``).
        listed = len(items) >= 2
        named = kind[:1].isupper()  # ("the CAD system (Hexagon)": an acronym's kind)
        if len(kind.split()) == 2 and head not in _device_heads() and not listed and not named:
            continue  # ("the practice system (AVImark)": a house's name for its records)
        if head not in _system_heads() and not (listed and head in _machine_heads()):
            continue
        if not items or not all(_name(i) for i in items) or (
                is_acronym_of(re.sub(r"[/&.-]", "", inner), kind.split())):
            continue  # ("the safety management system (SMS)": its own acronym)
        # (a two-word kind of system, or a machine's, only points at its products:
        # "registry systems"; the machine itself is a skills strip's, "sewing machine
        # operation", more often than a duty's)
        found.append((kind if head in _system_heads() and (
            len(kind.split()) > 2 or head in _device_heads() or named) else "", items))
    return found


@cache
def _machine_heads() -> frozenset[str]:
    return frozenset(word_lists("narrated_tools").get("kind_heads", ()))


# "with RSLogix 5000 / Studio 5000": a spaced slash sets an alternative name beside the first;
# "in Leapfrog and Micromine", "in QGIS, ArcGIS or MapInfo": a list of names does too.
_ALTERNATIVE = re.compile(rf"(?:\s+/\s+|,\s+|,?\s+(?:and|or)\s+)(?P<the>the\s+)?({_RUN})")


def _alternatives(after: str, first: str = "") -> tuple[list[str], str]:
    """The names a spaced slash adds after a tool's name ("… / Studio 5000 / Logix"), and
    the text after them.  With ``first`` (the name before ``after``), an "and" inside a list
    of alternatives joins one name (see :func:`_joined_names`), and ``first`` itself comes
    back with the names, joined with what follows it where it should be.

    >>> _alternatives(" / Studio 5000 / Logix Designer (online)")
    (['Studio 5000', 'Logix Designer'], ' (online)')
    >>> _alternatives(" and Micromine for resource models")
    (['Micromine'], ' for resource models')
    >>> _alternatives(" and the Fleet Booking System to plan")
    (['Fleet Booking System'], ' to plan')
    >>> _alternatives(" and Tile Flow or Gridwork for plans", "Tile Forge")
    (['Tile Forge and Tile Flow', 'Gridwork'], ' for plans')
    """
    names: list[str] = []
    joins: list[str] = []
    while (match := _ALTERNATIVE.match(after)) is not None:
        if match.group("the") and match.group(2).split()[-1].lower() not in _system_heads():
            break  # ("and the Finance team"); "and the Estate Management System" is a system
        names.append(match.group(2))
        joins.append(match.group().split()[0] if match.group()[:1] != "," else ",")
        after = after[match.end():]
    if not first:
        return names, after
    return _joined_names([first, *names], joins), after


def _joined_names(names: list[str], joins: list[str]) -> list[str]:
    """``names`` with two neighbours joined again where their "and" is inside one name: a
    pair the lexicon knows whole ("Health and Safety …"), or an "and" before the last
    conjunction of a list that ends in "or" ("in Qimera, HIPS and SIPS or NaviSuite": the
    list's items are cut by commas and "or", so "HIPS and SIPS" is one product), unless the
    second half is a tool or skill of the lexicon on its own ("in Excel and Python or R").
    ``joins[i]`` is the word between ``names[i]`` and ``names[i + 1]`` ("," "/" "and" "or").

    >>> _joined_names(["Qimera", "HIPS", "SIPS", "NaviSuite"], [",", "and", "or"])
    ['Qimera', 'HIPS and SIPS', 'NaviSuite']
    >>> _joined_names(["Excel", "Python", "R"], ["and", "or"])
    ['Excel', 'Python', 'R']
    """
    ends_in_or = bool(joins) and joins[-1] == "or"
    out = [names[0]]
    for index, (join, name) in enumerate(zip(joins, names[1:], strict=True)):
        pair = f"{out[-1]} and {name}"
        if join == "and" and (fixed_pair(pair) or (
                ends_in_or and index < len(joins) - 1 and not known_name(name))):
            out[-1] = pair
        else:
            out.append(name)
    return out


# A period named like a product: "Q4 2025", "FY26", "H1 2024".
_DATED_NAME = re.compile(r"(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}")


def _name(text: str) -> bool:
    """A product or method name: capitalised (or a brand like "ezyVet"), short, no figure
    that is not part of it, not a calendar word or a plural acronym of people."""
    words = text.split()
    if not 0 < len(words) <= _MAX_WORDS or words[0] in _NOT_NAMES or (
            words[0].removesuffix("s") in _NOT_NAMES):  # ("Mondays through Fridays")
        return False
    if _PLURAL_ACRONYM.match(text) or (len(words) == 1 and _FIGURE.fullmatch(text)) or (
            _DATED_NAME.fullmatch(text)):
        return False  # ("analysed by CloudLeap in Q4 2025": a quarter, no tool)
    if len(text) <= _DOMAIN_LETTERS and text.isupper():
        return False  # "ML", "HR", "QA": a field of work, not a tool
    first = words[0]
    branded = first[:1].islower() and any(c.isupper() for c in first[1:])  # ("ezyVet")
    return (first[:1].isupper() or branded) and not _FIGURE.match(first)
