"""(recall13) Skills recall: the head of a list of examples ("Radar plotting, including ARPA
and ECDIS", "CI/CD systems such as …") is a skill as its examples are; a bare kind ("Software
such as …") is none."""

from __future__ import annotations

from careergraph.guides.read import parse_text


def _skills(page: str) -> list[str]:
    return [skill.text for skill in parse_text(page, "page.txt").skills]


def test_the_head_before_including_is_a_skill_with_its_examples() -> None:
    page = ("Orchard Manager\n\nAn orchard manager runs fruit farms from blossom to harvest.\n\n"
            "Key skills\n- Canopy pruning, including summer pruning and root pruning\n"
            "- Irrigation scheduling\n")
    skills = _skills(page)
    assert {"Canopy pruning", "summer pruning", "root pruning", "Irrigation scheduling"} <= set(
        skills)


def test_the_head_before_such_as_is_a_skill() -> None:
    page = ("Harbour Pilot\n\nA harbour pilot guides ships into port.\n\n"
            "Skills\n- Soil analysis, such as pH testing and nitrate checks\n- Seamanship\n")
    skills = _skills(page)
    assert {"Soil analysis", "pH testing", "nitrate checks", "Seamanship"} <= set(skills)


def test_a_bare_kind_before_such_as_is_no_skill() -> None:
    page = ("Orchard Manager\n\nAn orchard manager runs fruit farms.\n\n"
            "Key skills\n- Software such as Croptrak and Excel\n- Irrigation scheduling\n")
    skills = _skills(page)
    assert "Software" not in skills
    assert {"Croptrak", "Excel"} <= set(skills)


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
