"""Skill structures studied across every open fixture set (issue 10, third pass).

Each test writes its own small page (invented roles, wording and names) in one structure,
asserts what the public parser reads from it, and asserts the tempting non-skills it must
leave alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _page(title: str, heading: str, bullets: list[str], marker: str = "- ") -> str:
    body = "\n".join(f"{marker}{line}" for line in bullets)
    return (f"{title}\n\nA {title.lower()} looks after the daily work of a small team.\n\n"
            f"{heading}\n\n{body}\n")


# -- a skills-list item led by traits, with a context after them -----------------------------
def test_traits_leading_a_skills_item_are_read_before_their_context() -> None:
    page = _page("Ferry Ticket Clerk", "Skills you need", [
        "Patience and empathy with queues of tired travellers",
        "Stamina for twelve-hour shifts when the summer timetable runs",
        "the ability to read tide timetables",
    ])
    found = _skills(parse_text(page, "f.txt"))
    assert {"Patience", "empathy", "Stamina"} <= found
    assert "the ability to read tide timetables" in found  # not a trait: one item, as before
    assert not {"queues of tired travellers", "summer timetable"} & found


def test_traits_after_a_qualifier_or_in_bold_are_read() -> None:
    page = _page("Archive Assistant", "Skills and personal qualities", [
        "Good discretion with donors' private letters",
        "**Attention to detail** and resilience during stocktakes",
        "Cataloguing rare maps",
    ], marker="* ")
    found = _skills(parse_text(page, "a.txt"))
    assert {"discretion", "Attention to detail", "resilience", "Cataloguing rare maps"} <= found
    assert not {"donors", "stocktakes", "private letters"} & found


def test_traits_in_a_numbered_requirements_list_with_a_reason() -> None:
    page = _page("Night Shelter Worker", "Key skills", [
        "Customer service, because guests arrive at every hour",
        "Teamwork and tact with volunteers from partner charities",
        "Tenancy law basics",
    ], marker="1. ")
    found = _skills(parse_text(page, "n.txt"))
    assert {"Customer service", "Teamwork", "tact"} <= found
    assert not {"guests", "volunteers", "partner charities"} & found


def test_a_trait_outside_a_skills_list_is_no_item_of_it() -> None:
    page = ("Harbour Crane Driver\n\nHarbour crane drivers lift containers between ships and "
            "the quay.\n\nA typical day\n\n- Patience rounds with the supervisor at dawn\n")
    assert "Patience" not in _skills(parse_text(page, "h.txt"))


# -- a list of verb phrases after "you will learn to" / "who can" ----------------------------
def test_verb_phrases_a_trainee_learns_are_skills() -> None:
    page = ("Glazier\n\nGlaziers cut and fit glass in shopfronts and homes.\n\nOverview\n\n"
            "In your first year you will learn to measure and cut glass, bed panes, use "
            "suction lifters and glazing sealant, and read site drawings and door schedules.\n")
    found = _skills(parse_text(page, "g.txt"))
    assert {"measure and cut glass", "bed panes", "suction lifters", "glazing sealant",
            "read site drawings", "door schedules"} <= found
    assert not {"use suction lifters", "In your first year", "year"} & found


def test_verb_phrases_after_who_can_replace_the_nouns_around_them() -> None:
    page = ("Stair Lift Technician\n\nStair lift technicians fit lifts in private homes.\n\n"
            "What employers look for\n\n"
            "Employers want technicians who can fit and align rail sections, handle battery "
            "testing and charger faults, and operate diagnostic handsets such as the LiftCheck "
            "unit. Patience with elderly customers matters too.\n")
    found = _skills(parse_text(page, "s.txt"))
    assert {"fit and align rail sections", "battery testing", "charger faults",
            "diagnostic handsets", "LiftCheck unit"} <= found
    assert not {"technicians", "align rail sections", "handle battery testing"} & found


def test_apprentices_learn_to_lists_with_a_bare_verb_and_examples() -> None:
    page = ("Thatcher\n\nThatchers roof cottages with reed and straw.\n\nTraining\n\n"
            "Apprentices learn to dress, spar and sway bundles, shear eaves, and fix ridges "
            "such as block-cut and flush ridges.\n")
    found = _skills(parse_text(page, "t.txt"))
    assert {"shear eaves", "fix ridges", "block-cut"} <= found
    assert "Apprentices" not in found


def test_one_phrase_or_a_list_that_opens_with_no_verb_is_no_verb_list() -> None:
    from careergraph.guides.verb_lists import verb_list_skills

    assert verb_list_skills("You will learn to keep a tidy bench, and don't rush it.") == []
    assert verb_list_skills("Firms hire riders who can deliver fast, reliable rounds.") == []
    assert verb_list_skills("Children learn to swim, float and dive here.") == []


# -- a comma list whose last item shares one head between two words --------------------------
def test_a_shared_head_in_a_comma_list_of_skills_stays_whole() -> None:
    page = _page("Payroll Auditor", "Key skills", [
        "Ledger review, fraud detection, leave and overtime rules",
        "Report writing, travel and expense claims",
        "Tax codes, audit trails and spreadsheet macros",
    ])
    found = _skills(parse_text(page, "p.txt"))
    assert {"leave and overtime rules", "travel and expense claims", "Ledger review",
            "audit trails", "spreadsheet macros"} <= found
    assert not {"leave", "overtime rules", "travel", "expense claims"} & found


def test_two_skills_joined_in_a_comma_list_are_still_two() -> None:
    page = _page("Dock Scheduler", "Skills", [
        "Yard planning, budgeting and cash handling",
        "Crane rosters, Excel and Power BI",
        "Safety briefings, loading and lashing plans",
    ])
    found = _skills(parse_text(page, "d.txt"))
    assert {"budgeting", "cash handling", "Excel", "Power BI"} <= found
    assert "budgeting and cash handling" not in found


# -- a requirements list whose bullets are plain noun phrases --------------------------------
def test_plain_noun_phrase_requirements_are_skills_and_conditions_are_not() -> None:
    page = _page("Warehouse Supervisor", "Requirements", [
        "Stock control and basic rota planning",
        "Valid forklift licence",
        "Two years in a similar role",
        "Bachelor's degree in logistics",
        "Right to work in Canada",
    ], marker="* ")
    found = _skills(parse_text(page, "w.txt"))
    assert {"Stock control", "rota planning", "forklift licence"} <= found
    assert not {"Right to work in Canada", "Bachelor's degree in logistics",
                "Two years in a similar role"} & found


def test_a_requirement_noun_phrase_loses_its_tail_and_qualifier() -> None:
    page = _page("Clinic Receptionist", "Minimum requirements", [
        "Appointment booking in Cliniko",
        "Excellent telephone manner",
        "Willingness to work Saturdays",
        "Ability to stay calm",
    ])
    found = _skills(parse_text(page, "c.txt"))
    assert {"Appointment booking", "telephone manner"} <= found
    assert not {"Willingness to work Saturdays", "Ability to stay calm",
                "Excellent telephone manner"} & found


def test_links_and_subjects_under_requirements_are_no_skills() -> None:
    page = _page("Dental Nurse Trainee", "Entry requirements", [
        "Chemistry",
        "Privacy Policy",
        "Apply through the portal",
        "Infection control awareness and chairside assistance",
    ], marker="- ")
    found = _skills(parse_text(page, "d.txt"))
    assert {"Infection control awareness", "chairside assistance"} <= found
    assert not {"Chemistry", "Privacy Policy", "Apply through the portal"} & found


# -- a sentence's remark left around a skill's name ------------------------------------------
def test_remarks_around_a_name_are_no_part_of_the_skill() -> None:
    page = _page("Survey Drafter", "Skills", [
        "Modelling: Revit and Navisworks every day; Rhino is a plus.",
        "Scripting: Python, with Dynamo a plus.",
        "Document control: Asite, Aconex also",
    ])
    found = _skills(parse_text(page, "s.txt"))
    assert {"Navisworks", "Rhino", "Dynamo", "Aconex"} <= found
    assert not {"Rhino is a plus", "with Dynamo a plus", "Aconex also",
                "Navisworks every day"} & found


def test_a_name_that_is_only_a_remark_word_stays() -> None:
    from careergraph.guides.skill_trailers import without_trailers

    assert without_trailers("First aid") == "First aid"
    assert without_trailers("Daily stand-ups") == "Daily stand-ups"
    assert without_trailers("Ladder safety as well") == "Ladder safety"


# -- a label whose description is two skills joined by "and", or names with figures ----------
def test_a_label_over_two_skills_joined_by_and_gives_both() -> None:
    page = _page("Tidal Analyst", "Skills", [
        "Modelling: harmonic analysis and storm surge forecasting.",
        "Field kit: ADCP surveys and tide gauge servicing",
        "Statistics: extreme value analysis and regression",
    ])
    found = _skills(parse_text(page, "t.txt"))
    assert {"harmonic analysis", "storm surge forecasting", "ADCP surveys",
            "tide gauge servicing"} <= found
    assert not {"harmonic analysis and storm surge forecasting",
                "extreme value analysis and regression"} & found


def test_a_label_over_names_with_figures_gives_the_names_not_counts() -> None:
    page = _page("Avionics Fitter", "Skills", [
        "Data buses: MIL-STD-1553, CAN, I2C",
        "Coding: ICD-10, OPCS-4 classifications",
        "Shifts: 3 nights, 2 weekends",
    ])
    found = _skills(parse_text(page, "a.txt"))
    assert {"MIL-STD-1553", "CAN", "ICD-10"} <= found
    assert not {"3 nights", "2 weekends"} & found
