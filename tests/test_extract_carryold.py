"""Older page families carried to more of their variants (carryold): an early-talent page
with a tab-separated facts table, a volunteer listing whose title holds a heading word, a
wiki talk page quoting a figure, an arrow path with long asides and a path told in prose.

Every page is invented here (firms, towns, people, figures); file names are neutral so the
role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.title_frames import unprogrammed


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def _amounts(guide: object) -> set[tuple[float | None, float | None]]:
    return {(s.min, s.max) for s in guide.salaries}  # type: ignore[attr-defined]


GLANCE = """Quillmoor Instruments Early Talent
Students & Graduates  ›  Programs  ›  Survey Data
Survey Data Graduate Program 2027 (Australia)
Program at a glance
Role\tGraduate Survey Data Technician
Start\tMarch 2027
Locations\tBarrowind · Fenmouth
Salary\t$64,000 + super
Sign-on bonus\t$3,500
Start your application ›

Rotations
- Field crews — Point Cloud Cleaning, Control Networks
- Drafting office — Terrain Modelling
After the program
Graduates finish as Survey Data Technicians on $81,000–$92,000 + super.
From there the path leads to Senior Survey Data Technician, Survey Data Lead and Survey Manager.
"""


def test_an_early_talent_facts_table_names_the_post_its_graduates_finish_as() -> None:
    guide = parse_text(GLANCE, "page.txt")
    assert guide.role is not None and guide.role.text == "Survey Data Technician"
    assert "quillmoor instruments" in _names(guide.employers)  # the "… Early Talent" header
    assert {"point cloud cleaning", "control networks", "terrain modelling"} <= _names(
        guide.skills)  # the rotations' lines, one a line under "Rotations"
    amounts = _amounts(guide)
    assert (81000, 92000) in amounts and (3500, 3500) not in amounts  # a bonus is no pay
    ladder = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Survey Data Technician", "Senior Survey Data Technician", "Survey Data Lead",
            "Survey Manager"] in ladder  # "the path leads to A, B and C": ranks in turn


def test_a_programme_title_keeps_its_own_level_before_the_programme_words() -> None:
    assert unprogrammed("Junior Site Planner Graduate Programme 2027") == "Junior Site Planner"
    assert unprogrammed("Graduate Site Planner Programme 2027") == "Site Planner"


def test_a_programme_title_opening_with_a_menu_word_is_still_the_title() -> None:
    page = GLANCE.replace("Survey Data", "Search Quality").replace(
        "Search Quality Technicians", "Search Quality Analysts").replace(
        "Graduate Search Quality Technician", "Graduate Search Quality Analyst")
    guide = parse_text(page, "page.txt")
    assert guide.role is not None and guide.role.text == "Search Quality Analyst"


def test_a_volunteer_title_with_a_heading_word_inside_is_the_role() -> None:
    page = """HelpHands   Search Opportunities   Virtual   Causes   For Nonprofits   Log In
Home / Opportunities / Elders / Principal Market Garden Coordinator
Principal Market Garden Coordinator (Volunteer)
Fenmouth Community Trust
Barrowind · Ongoing · Posted on Nov 2, 2026
★ I Want to Help      ♡ 12 people are interested
GOOD FOR
Retirees · Students
Description
Help our market garden project on Saturday mornings.
"""
    guide = parse_text(page, "page.txt")
    assert guide.role is not None and guide.role.text == "Principal Market Garden Coordinator"
    assert "fenmouth community trust" in _names(guide.employers)


def test_a_talk_page_figure_in_quotation_marks_is_no_pay() -> None:
    page = """Talk:Kiln Operator
From Wikipedia, the free encyclopedia
This is the talk page for discussing improvements to the Kiln Operator article.
Pay figures[edit]
Latest comment: 2 months ago by Brickdust · 2 comments · 2 people in discussion
The infobox still says "US$31,000" from an old survey. The newest release gives a \
median of $47,880. Brickdust (talk) 10:02, 4 May 2026 (UTC)Reply
Someone set the pay to "$9,999,999 per year" again. Reverted. Emberly (talk) 11:15, \
6 May 2026 (UTC)Reply
"""
    guide = parse_text(page, "page.txt")
    amounts = _amounts(guide)
    assert (47880, 47880) in amounts
    assert (31000, 31000) not in amounts and (9999999, 9999999) not in amounts


def test_an_arrow_steps_aside_does_not_count_towards_its_length() -> None:
    chain = arrow_chain("Trainee Planner → Site Planner → Senior Site Planner (after four "
                        "years, ₹14–16 LPA) → Lead Site Planner")
    assert chain is not None and len(chain) == 4
