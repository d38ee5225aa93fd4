"""Structures of real public career pages (helper real30, 2026-12-05), on invented pages.

US federal vacancy announcements ("specialized experience" lists), US allied-health degree
and nursing-specialty guides, Australian TAFE course-to-career and course-directory pages, an
Australian career-ladder site, US electrician apprenticeship and career-path pages, trucking
career guides, hospitality and retail job-specification templates and career-path guides, a
New Zealand council's job advert and a step-by-step "how to become" page: a federal
criterion's manner ("… in a tactful and diplomatic manner with the public, applicants, …",
"in a clear and concise manner") and its conduct clause ("and conducts oneself …") gave the
manner's words and the people dealt with as skills, "Experience maintaining inventory" lost
its doing and "office procedures necessary to establish …" kept its purpose; a relative
clause after a move ("may become administrative medical assistants, who assist with …") gave
the move "Who Assist"; "find jobs in general hospitals, but there are other alternatives"
gave the sector "but there"; a pictograph glued to a heading ("✅Certification") let the
heading stay a sector; a key-stats card's "$1,250" over "Average weekly salary" was pay by
the year; a plain "Table of Contents" run's last entry owned the pay below it; "How to Become
This Type of Specialist" named the role "This Type of Specialist" and "How to Become a X or
Y: Salary, …" the role "X Or Y"; a licence's "skills test" step headed a skills section
("Once passed", "ready"); "(Class A)" was a tool; "ability" alone, "human skills" and "then
transition" were skills.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_criterions_manner_and_the_people_it_serves_are_no_skills() -> None:
    guide = _parse("Payroll Clerk (Office Automation)\n\n"
                   "Qualifications\n"
                   "FOR THE GS-04 GRADE LEVEL: Applicants must have one year of specialized "
                   "experience which demonstrates:\n"
                   "- Experience answering pay queries and conducts oneself in a courteous and "
                   "helpful manner with staff, managers, auditors and union officials.\n"
                   "- Experience explaining deductions orally and in writing in a plain and "
                   "accurate manner.\n"
                   "- Experience in filing routines necessary to keep and retrieve a large "
                   "set of pay records.\n"
                   "- Experience maintaining timesheets and leave balance records.\n")
    skills = _texts(guide.skills)
    assert not skills & {"staff", "managers", "auditors", "union officials",
                         "accurate manner", "helpful manner with staff"}
    assert not any("manner" in s or "oneself" in s for s in skills)
    assert {"answering pay queries", "filing routines", "maintaining timesheets"} <= skills


def test_a_relative_clause_after_a_move_names_no_title() -> None:
    guide = _parse("Dental Assistant\n\n"
                   "Dental assistants help dentists at the chair.\n\n"
                   "Career outlook\n\n"
                   "Those who like the front desk may become practice coordinators, who "
                   "assist with booking, billing and recalls.\n")
    moves = _texts(guide.leads_to) | _texts(guide.transitions_to)
    assert "Practice Coordinator" in moves
    assert not any(m.lower().startswith("who") for m in moves)


def test_a_but_clause_after_a_workplace_is_no_sector() -> None:
    guide = _parse("Renal Nurse\n\n"
                   "Renal nurses care for people with kidney disease.\n\n"
                   "Where Does a Renal Nurse Work?\n\n"
                   "Most of them work in dialysis units, but there are posts elsewhere too.\n")
    sectors = _texts(guide.sectors)
    assert "dialysis units" in sectors
    assert not any(s.startswith("but") for s in sectors)


def test_a_pictograph_glued_to_a_heading_ends_the_sector_list() -> None:
    guide = _parse("Crane Operator\n\n"
                   "Crane operators lift loads on building sites.\n\n"
                   "\U0001f3e2Top Industries\n"
                   "Construction\n"
                   "\u2705Certification\n"
                   "Required (crane ticket)\n")
    sectors = _texts(guide.sectors)
    assert "Construction" in sectors
    assert not any("Certification" in s for s in sectors)


def test_a_cards_figure_above_its_capitalised_pay_caption_takes_its_period() -> None:
    guide = _parse("Pastry Cook\n\n"
                   "Pastry cooks make cakes, tarts and breads.\n\n"
                   "Key figures\n\n"
                   "  • $1,080\n\n"
                   "    Median weekly earnings\n\n"
                   "  • 41 hrs\n\n"
                   "    Average hours worked per week\n\n"
                   "  • ~23,900\n\n"
                   "    People employed in this job\n")
    [pay] = guide.salaries
    assert (pay.min, pay.max, pay.period) == (1080, 1080, "week")


def test_a_pay_caption_over_its_own_figure_labels_that_figure() -> None:
    guide = _parse("Pastry Cook\n\n"
                   "Pastry cooks make cakes, tarts and breads.\n\n"
                   "Pay\n\n"
                   "$24\n"
                   "Median Hourly Pay\n"
                   "$52,000\n")
    periods = {(pay.min, pay.period) for pay in guide.salaries}
    assert (52000, "year") in periods


def test_a_how_to_title_pointing_at_its_worker_names_no_role() -> None:
    guide = _parse("Warehouse supervisor jobs & Careers\n\n"
                   "What is a Warehouse Supervisor Job?\n\n"
                   "A warehouse supervisor runs the shifts of a distribution centre.\n\n"
                   "How to Become This Type of Specialist\n\n"
                   "Most warehouse supervisors start out as pickers and work their way up.\n")
    assert "This" not in guide.role.text
    assert not any(f.text.startswith("This") for f in guide.leads_to)


def test_a_plain_table_of_contents_owns_no_pay() -> None:
    guide = _parse("How to Become a Dialysis Nurse: Salary, Job Description\n\n"
                   "A dialysis nurse cares for patients on kidney machines.\n\n"
                   "Table of Contents\n"
                   "How to Become a Dialysis Nurse\n"
                   "Education Requirements\n"
                   "Career Options\n"
                   "Podcasts for ICU Nurses\n\n"
                   "Nurse Salary and Employment Data\n\n"
                   "Average Salary $71,400\n\n"
                   "How to Become a Dialysis Nurse\n\n"
                   "You need a nursing degree and a state licence.\n")
    [pay] = guide.salaries
    assert pay.min == 71400
    assert pay.role is None


def test_a_how_to_title_joining_two_posts_names_the_first() -> None:
    guide = _parse("How to Become a Dialysis Nurse or Renal Nurse: Salary, Job Description\n\n"
                   "Dialysis nurses care for patients on kidney machines.\n")
    assert guide.role.text == "Dialysis Nurse"


def test_a_licence_tests_step_is_no_skills_section() -> None:
    guide = _parse("How to Become a Bus Driver\n\n"
                   "Bus drivers carry passengers on fixed routes.\n\n"
                   "How to Become a Bus Driver (4 Steps)\n\n"
                   "  1. Be at least 21\n"
                   "    Most transit agencies hire from 21.\n\n"
                   "  2. Pass your PCV theory + skills test\n"
                   "    Once passed, you're licensed and ready to take passengers.\n")
    skills = _texts(guide.skills)
    assert not skills & {"Once passed", "you're licensed", "ready"}


def test_a_licence_class_in_brackets_is_no_tool() -> None:
    guide = _parse("Bus Driver\n\n"
                   "Bus drivers carry passengers on fixed routes.\n\n"
                   "What Do Bus Drivers Do?\n\n"
                   "  • Drive double-deckers (Class D) on city routes\n"
                   "  • Take school trips in minibuses (Category D1)\n"
                   "  • Log journeys in the TripLog app (Android, iOS)\n")
    skills = _texts(guide.skills)
    assert not skills & {"Class D", "Category D1"}


def test_a_bare_capacity_a_generic_skills_phrase_and_a_next_step_are_no_skills() -> None:
    guide = _parse("Shift Manager\n\n"
                   "A shift manager runs a fast-food restaurant's shift. This role demands "
                   "leadership, stock control, and an ability to keep the queue moving while "
                   "staying calm.\n\n"
                   "AI exposure\n\n"
                   "This role still relies on human skills and judgement.\n\n"
                   "Getting started\n\n"
                   "Start as a crew member if you need experience, then transition to a shift "
                   "manager role once trained.\n")
    skills = _texts(guide.skills)
    assert not skills & {"ability", "human skills", "then transition"}
