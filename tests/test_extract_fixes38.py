"""Small defects of round 38, each on an invented page: a glued skills label's items head no
section; lower-case traits glued together are cut at the traits."""

from __future__ import annotations

from careergraph.guides import parse_text

PORTAL = """Jobportal  |  Find jobs  Explore occupations  Sign in
Explore occupations > Technicians > Loom technicians > loom technician
Occupation profile based on ESCO v1.2 | Add to my profile | Compare
loom technician
Preferred labelloom technician
DescriptionLoom Technicians set up weaving looms and keep them running to agreed standards.
Essential skills (2)Warp TensioningShuttle Timing
Essential knowledgeDemand PlanningYarn Grading
Optional knowledgeattention to detailteamwork
Jobs for this occupation (1 of 1)
Loom Technician  ·  Threadwell Mills  ·  Tilburg, NL  ·  € 2,700 per month  ·  Full time
Was this page useful?  Yes  No
"""


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "loom-technician.txt").skills}


def test_glued_skills_label_wins_over_a_section_word_in_its_items() -> None:
    skills = _skills(PORTAL)
    assert {"Demand Planning", "Yarn Grading", "Warp Tensioning"} <= skills


def test_lower_case_traits_glued_are_cut_at_the_traits() -> None:
    skills = _skills(PORTAL)
    assert {"attention to detail", "teamwork"} <= skills
    assert "attention to detailteamwork" not in skills


def test_unknown_lower_case_words_glued_stay_unread_as_traits() -> None:
    page = PORTAL.replace("attention to detailteamwork", "loom historywarp lore")
    assert not {"loom", "history", "teamwork"} & _skills(page)


def test_one_glued_item_stays_its_labels_above_a_cut_list() -> None:
    page = PORTAL.replace("Essential knowledgeDemand PlanningYarn Grading\n",
                          "Essential knowledgeYarn Grading\n")
    assert "Yarn Grading" in _skills(page)
