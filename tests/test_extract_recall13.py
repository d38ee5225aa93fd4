"""(recall13) Skills recall: a bracket that only rates its skill ("SQL (Required)", "(Level 3 -
Advanced)") is cut and the skill kept; "Use of <kit>" names the kit."""

from __future__ import annotations

from careergraph.guides.read import parse_text


def _skills(page: str) -> list[str]:
    return [skill.text for skill in parse_text(page, "page.txt").skills]


def test_a_rating_in_brackets_is_no_skill_and_leaves_its_skill() -> None:
    page = ("Data Steward\n\nA data steward keeps an organisation's records accurate.\n\n"
            "Skills\n- SQL (Required)\n- Metadata tooling (Preferred)\n"
            "- Stakeholder Engagement (Proficient)\n- Data Governance (Level 3 - Advanced)\n\n"
            "Languages\n- French (Required)\n- German (Preferred)\n")
    skills = _skills(page)
    assert {"SQL", "Metadata tooling", "Stakeholder Engagement", "Data Governance", "French",
            "German"} <= set(skills)
    assert not {"Required", "Preferred", "Proficient"} & set(skills)
    assert not any("(" in skill for skill in skills)


def test_names_in_brackets_are_still_skills() -> None:
    page = ("Data Steward\n\nA data steward keeps records accurate.\n\n"
            "Skills\n- Catalogue tools (Collibra, Alation)\n- Data Governance\n")
    assert {"Collibra", "Alation", "Data Governance"} <= set(_skills(page))


def test_use_of_kit_names_the_kit() -> None:
    page = ("Bench Fitter\n\nA bench fitter assembles machine parts.\n\n"
            "Skills\n- Use of torque tools (click wrench, torque multiplier)\n"
            "- Use of a pillar drill\n- Safe use of abrasive wheels\n")
    skills = _skills(page)
    assert {"torque tools", "click wrench", "torque multiplier", "pillar drill",
            "Safe use of abrasive wheels"} <= set(skills)
