"""Names inside a skills item of the shape "Skill (aside) – description".

A skills list often gives each skill a dash and a line of prose: "GIS – QGIS is standard in
smaller firms, ArcGIS Pro in the larger ones", "Bat detector analysis – software like
Kaleidoscope or AnalookW", "Habitat survey (now usually UKHab) – mapping habitats".  The
label is the skill; the products the prose names are tools: a name after "like"/"such as",
or a product name (capitals inside a word: "QGIS", "ArcGIS Pro") opening a comma part; a
bracket after the label that opens with a hedge ("now usually") gives the names after it.

>>> described_tools("QGIS is standard in smaller firms, ArcGIS Pro in the larger ones")
['QGIS', 'ArcGIS Pro']
>>> described_tools("software like Kaleidoscope or AnalookW")
['Kaleidoscope', 'AnalookW']
>>> described_tools("Most firms train you on the job")
[]
>>> label_aside("Habitat survey (now usually UKHab)")
('Habitat survey', ['UKHab'])
>>> context_tools("settlement funds on property files — FASTPAY/SWIFT, same-day")
('settlement funds on property files', ['FASTPAY', 'SWIFT'])
"""

from __future__ import annotations

import re

from careergraph.guides.items import bracket_names, prose_skills
from careergraph.guides.text import split_items

__all__ = ["context_tools", "described_tools", "label_aside"]

# A run of capitalised words opening a part, one of them a product name with a capital
# inside ("QGIS", "ArcGIS Pro", "AnalookW"), not a sentence's first word ("Most firms").
_LEADING_NAME = re.compile(r"^([A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2})(?=\s|$)")
_INNER_CAPITAL = re.compile(r"^\S[^\s]*[A-Z]")
# Hedges before the names a label's bracket gives ("(now usually UKHab)", "(often SAP)").
_HEDGE = re.compile(r"^(?:(?:now|usually|mostly|often|typically|increasingly|commonly|"
                    r"generally|e\.g\.,?|eg|i\.e\.,?|such as|like)\s+)+", re.IGNORECASE)
_ASIDE = re.compile(r"\s+\(([^()]{1,60})\)\s*$")


def described_tools(text: str) -> list[str]:
    """The products a skill's description names (see the module docstring)."""
    found = [name for name in prose_skills(text) if name[:1].isupper()]
    for part in split_items(text):
        match = _LEADING_NAME.match(part.strip())
        if match is not None and any(_INNER_CAPITAL.match(w) for w in match.group(1).split()):
            found.append(match.group(1))
    return list(dict.fromkeys(found))


def label_aside(label: str) -> tuple[str, list[str]]:
    """A dashed item's label without its closing bracket, and the names the bracket gives."""
    match = _ASIDE.search(label)
    hedge = _HEDGE.match(match.group(1).strip()) if match is not None else None
    if match is None or hedge is None:
        return label, []  # ("Accessibility (WCAG)": the label's own acronym stays with it)
    inner = match.group(1).strip()[hedge.end():]
    return label[:match.start()].strip(), bracket_names(f"({inner})")


# (fixes91) A lower-case task or context, a spaced dash, then the systems it is done in
# joined by bare slashes ("settlement funds on property files — FASTPAY/SWIFT, same-day"):
# the names after the dash are tools, the comma parts after them say how (no skills).  Each
# name is an acronym or a product's name (a capital inside: "SAP", "TeamCity").
_CONTEXT_DASH = re.compile(r"\s+[—–]\s+")
_SLASH_NAME = r"[A-Z][\w.+#-]*[A-Z0-9][\w.+#-]*"
_SLASHED_NAMES = re.compile(rf"({_SLASH_NAME}(?:/{_SLASH_NAME})+)(?=,|\s*$)")


def context_tools(item: str) -> tuple[str, list[str]] | None:
    """``(context, names)`` of a lower-case item "<task or context> — <A>/<B>[, how]", else
    None.  A capitalised label before the dash is a category's ("Risk & compliance —
    BSA/AML, Reg E"), read by :func:`.panels.dash_label`, where a slash pair may be one name.

    >>> context_tools("Risk & compliance — BSA/AML, Reg E") is None
    True
    >>> context_tools("payroll runs — weekly, monthly") is None
    True
    """
    match = _CONTEXT_DASH.search(item)
    if match is None or not item[:1].islower():
        return None
    context, rest = item[:match.start()].strip(), item[match.end():].strip().rstrip(".")
    names = _SLASHED_NAMES.match(rest)
    if not context or names is None:
        return None
    return context, names.group(1).split("/")
