"""A duty or requirement bullet that labels a list of names ("- Emergency response: first aid,
CPR and fire drills") names each item as a skill when one of them is a skill or tool the
lexicon knows (:meth:`~careergraph.guides.longform_skills.SkillMixin.labelled_duty_list`).

A skills bullet whose label is followed by two product names only ("- A scripting language:
PowerShell or Python") names both.  Each page is invented for the test; a labelled list of
settings, hours or places, with no known skill among its items, names none.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text


def skills(heading: str, text: str) -> set[str]:
    """The skills a page with one section ``heading`` holding ``text`` names, in lower case."""
    guide = parse_text(f"Kiln Engineer\n\n## {heading}\n\n{text}\n", "page.txt")
    return {fact.text.lower() for fact in guide.skills}


@pytest.mark.parametrize(("heading", "line", "named"), [
    ("What the job involves", "- Kiln safety: first aid, gas isolation and burn dressings",
     {"first aid", "gas isolation", "burn dressings"}),
    ("Responsibilities", "- Planning areas: glaze stock, process improvement, firing logs",
     {"glaze stock", "process improvement", "firing logs"}),
    ("Requirements", "- Workshop basics: manual handling, time management and COSHH",
     {"manual handling", "time management", "coshh"}),
])
def test_labelled_list_with_known_skill_names_items(heading: str, line: str,
                                                    named: set[str]) -> None:
    """Every item of a labelled list holding a known skill is a skill."""
    assert named <= skills(heading, line)


@pytest.mark.parametrize(("heading", "line"), [
    ("What the job involves", "- Settings: potteries, galleries and craft schools"),
    ("Requirements", "- Hours: early mornings, late evenings and weekends"),
])
def test_labelled_list_without_known_skill_names_nothing(heading: str, line: str) -> None:
    """A labelled list of places or times, no known skill among them, names no skill."""
    found = skills(heading, line)
    assert not found & {"potteries", "galleries", "craft schools", "early mornings",
                        "late evenings", "weekends"}


def test_labelled_list_of_clauses_names_nothing() -> None:
    """Items too long to be names (clauses) are not read as a list of skills."""
    found = skills("Responsibilities",
                   "- Daily routine: check every kiln door seal before the morning firing, "
                   "first aid and report faults to the workshop supervisor")
    assert "check every kiln door seal before the morning firing" not in found


def test_labelled_alternatives_are_no_plain_list() -> None:
    """"A or B certification" shares a head: the items are not read as a plain list."""
    found = skills("Requirements", "- Bonus points: Kubernetes or Nomad certification, "
                                    "Puppet or Chef experience")
    assert "chef experience" not in found and "nomad certification" not in found


def test_labelled_list_on_a_ladder_rung() -> None:
    """A rung's labelled list of focus areas names its items."""
    found = skills("Career path", "- Junior Kiln Engineer\n  - Focus areas: glaze stock, "
                                  "process improvement, team leadership\n- Senior Kiln Engineer")
    assert {"glaze stock", "process improvement", "team leadership"} <= found


@pytest.mark.parametrize(("line", "named"), [
    ("- A scripting language: PowerShell or Python", {"powershell", "python"}),
    ("- Modelling tools: SolidWorks and AutoCAD", {"solidworks", "autocad"}),
])
def test_category_label_with_named_pair(line: str, named: set[str]) -> None:
    """Two product names after a skills bullet's label are both skills."""
    assert named <= skills("Skills", line)


def test_category_label_with_plain_pair_names_no_product() -> None:
    """Two plain nouns ("Electric and Gas") are no product names."""
    assert not {"electric", "gas"} & skills("Skills", "- Kiln types: Electric and Gas")


def test_a_soft_skills_label_under_requirements_keeps_its_kind() -> None:
    from careergraph.guides import parse_text
    from careergraph.model import SkillKind
    guide = parse_text("# Survey Technician\n\n## Requirements\n\n"
                       "- Fieldwork: levelling, GNSS surveys and total stations.\n"
                       "- Soft Skills: attention to detail, patience and steady hands.\n",
                       "survey.md")
    kinds = {skill.text: skill.kind for skill in guide.skills}
    assert kinds.get("attention to detail") in (None, SkillKind.SOFT)
    assert all(kind is not SkillKind.TECHNICAL for text, kind in kinds.items()
               if text in ("attention to detail", "patience", "steady hands"))
