"""Skills named inside duty lines and skills-list items that share one head, and names a
known skill sits inside.

Each test writes its own small page (invented roles and wording) and asserts the names the
parser reads from it, beside the readings the rule must not make.
"""

from __future__ import annotations

from careergraph.guides import parse_text


def skills_of(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "duty.txt").skills}


def skills_page(items: list[str], role: str = "Orchard Hand") -> str:
    bullets = "\n".join(f"- {item}" for item in items)
    return (f"{role}\n\nAn {role} looks after fruit trees through the year.\n\n"
            f"## Skills you need\n\n{bullets}\n")


def test_two_objects_of_one_activity_are_two_skills() -> None:
    found = skills_of(skills_page(["tractor and van driving skills",
                                   "sheep and goat shearing"]))
    assert {"tractor driving", "van driving", "sheep shearing", "goat shearing"} <= found
    assert not {n for n in found if " and " in n}


def test_a_shared_head_that_is_no_activity_stays_one_skill() -> None:
    found = skills_of(skills_page(["fire and rescue training", "food and hygiene regulations",
                                   "printing and dyeing processes"]))
    assert {"fire and rescue training", "food and hygiene regulations",
            "printing and dyeing processes"} <= found
    assert not {"fire training", "rescue training", "food regulations"} & found


def test_a_known_skill_inside_a_longer_title_case_name_is_not_read() -> None:
    page = ("Grants Officer\n\nA Grants Officer manages funding bids for a charity.\n\n"
            "Skills Required\nShortlisted applicants are asked about Stakeholder Mapping, "
            "Risk Management Basics and Bid Writing.\n")
    found = skills_of(page)
    assert "Risk Management Basics" in found
    assert "Risk Management" not in found
