"""(rules42a) An Open Badges credential page: a badge platform's page for a badge that
certifies one occupation, or a verifier's view of a hosted assertion with its JSON.

The page's text is read as usual ("Skills" chips, "Top employers", a pathway); two parts of it
say what the badge's earners can do in a form of their own, and are added here, each skill
once (:func:`careergraph.guides.jsonld_posting.merge_skill`):

- the **alignment** lines under an "Alignment" heading, one framework a line with its targets
  after a dash or a colon ("NADSP Competency Areas — Participant Empowerment; Communication"):
  the targets of a framework that names competencies, skills, roles or capabilities are
  skills (parted by semicolons or dots only: "Community and Service Networking" is one);
  an occupation code ("O*NET-SOC 31-1122.00 — Personal Care Aides") or a state ladder's tier
  names none;
- the Open Badges 2.0 **JSON** printed on one line (``{"@context":
  "https://w3id.org/openbadges/v2", "type": "Assertion", …}``), read with :mod:`json`: its
  ``BadgeClass``'s ``tags`` and the ``targetName`` of its ``alignment`` (an occupation
  code's alignment aside) are skills; its keys, types, identifiers, issuer and criteria
  narrative are none (the issuer trains, it employs no one; the criteria are what an earner
  does to earn the badge).

The words are data (``open_badges`` in ``data/headings.yaml``).
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from careergraph.guides.heading_data import word_lists
from careergraph.guides.jsonld_posting import merge_skill
from careergraph.guides.schema_org import typed_nodes
from careergraph.model import Guide, Source

__all__ = ["alignment_targets", "badge_json_skills", "open_badge"]

# "Framework name — target; target" (a dash or a colon after the framework's name).
_ALIGNED = re.compile(r"^(?P<framework>[^—–:]{3,80}?)\s*(?:[—–]|\s-\s|:)\s*(?P<targets>\S.*)$")
_TARGETS = re.compile(r"\s*(?:;|·|•|\|)\s*")
# An occupation code in a framework's or a target's name ("O*NET-SOC 31-1122.00", "SOC 2136").
_CODE = re.compile(r"\b\d{2}-\d{4}(?:\.\d{2})?\b|\bO\*NET\b|\bSOC\b")
_TARGET_WORDS = 8  # a target is a short name, never a sentence
_SECTION_ROWS = 12  # an alignment section's lines, at most


@cache
def _words() -> dict[str, tuple[str, ...]]:
    return word_lists("open_badges")


def alignment_targets(lines: list[str]) -> list[tuple[str, int]]:
    """The skills an "Alignment" section's lines name, each with its line's index.

    >>> page = ["Alignment", "Core Competency Domains — Wound care; Patient advocacy",
    ...         "O*NET-SOC 29-2061.00 — Licensed Practical Nurses", "Career Ladder — Tier 3", ""]
    >>> alignment_targets(page)
    [('Wound care', 1), ('Patient advocacy', 1)]
    """
    headings = set(_words().get("headings", ()))
    cues = _words().get("framework_cues", ())
    found: list[tuple[str, int]] = []
    for index, line in enumerate(lines):
        if line.strip().lower().rstrip(":") not in headings:
            continue
        for at in range(index + 1, min(len(lines), index + 1 + _SECTION_ROWS)):
            aligned = _ALIGNED.match(lines[at].strip())
            if aligned is None:
                break  # (a blank line or a new heading ends the section)
            framework = aligned.group("framework").lower()
            if _CODE.search(aligned.group("framework")) or not any(
                    cue in framework for cue in cues):
                continue  # an occupation code, a ladder's tier: no skill
            for target in _TARGETS.split(aligned.group("targets").strip(" .")):
                if target and len(target.split()) <= _TARGET_WORDS and not _CODE.search(target):
                    found.append((target, at))
    return found


def badge_json_skills(line: str) -> list[str]:
    """The skills an Open Badges 2.0 JSON line states: its badge class's ``tags`` and the
    names of its ``alignment`` targets (an occupation code's aside); [] for no such JSON.

    >>> badge_json_skills('{"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass",'
    ...   ' "name": "Forklift Safety", "tags": ["load handling", "pre-use checks"], "alignment":'
    ...   ' [{"targetName": "Materials handling", "targetFramework": "Warehouse Skills"},'
    ...   ' {"targetName": "Industrial Truck Operators", "targetCode": "53-7051.00"}]}')
    ['load handling', 'pre-use checks', 'Materials handling']
    """
    start, end = line.find("{"), line.rfind("}")
    if start < 0 or end < start:
        return []
    try:
        data = json.loads(line[start:end + 1], strict=False)
    except ValueError:
        return []
    names: list[str] = []
    for _, badge in typed_nodes(data, "BadgeClass"):
        names += _strings(badge.get("tags"))
        aligned = badge.get("alignment")
        for target in aligned if isinstance(aligned, list) else [aligned]:
            if not isinstance(target, dict):
                continue
            name = target.get("targetName")
            coded = " ".join(str(target.get(key) or "") for key in (
                "targetCode", "targetFramework", "targetUrl"))
            if isinstance(name, str) and name.strip() and not _CODE.search(
                    f"{coded} {name}"):
                names.append(" ".join(name.split()))
    return names


def _strings(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [" ".join(v.split()) for v in values if isinstance(v, str) and v.strip()]


def open_badge(guide: Guide, text: str) -> Guide:
    """``guide`` with the skills of an Open Badges page's alignment and JSON (see the
    module); the same guide when the page has neither."""
    lines = text.split("\n")
    found = alignment_targets(lines) if "lignment" in text else []
    for index, line in enumerate(lines):
        if line.lstrip().startswith("{") and "BadgeClass" in line:
            found += [(name, index) for name in badge_json_skills(line)]
    if not found:
        return guide
    skills = list(guide.skills)
    for name, index in found:
        merge_skill(skills, name, Source(file=guide.file, line=index + 1))
    return guide.model_copy(update={"skills": skills})
