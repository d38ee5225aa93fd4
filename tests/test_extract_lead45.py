"""A labelled progression line of alternatives (the lead, stop 45), on invented pages.

"Where it goes:", "Progression:" and "Where this job leads:" label a page's progression
(their headings head ladders), but on one line followed by "A, B or C." they list the titles
the role leads to, each its own move up; an ordered ladder after such a label is written with
arrows and stays one ladder.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text

_PAGE = """Widget Engineer

A Widget Engineer designs widgets for factories and keeps the lines running.

Skills: Python, CAD, welding.

{label} Senior Widget Engineer, Plant Reliability Analyst or Widget Engineering Manager.

Pay: $70,000 to $90,000 a year.
"""


@pytest.mark.parametrize("label", ["Where it goes:", "Progression:", "Where this job leads:",
                                   "Career path:"])
def test_a_labelled_list_of_alternatives_gives_a_move_up_each(label: str) -> None:
    guide = parse_text(_PAGE.format(label=label), "widget-engineer.txt")
    assert {fact.text for fact in guide.leads_to} == {
        "Senior Widget Engineer", "Plant Reliability Analyst", "Widget Engineering Manager"}
    assert not guide.progressions


def test_an_arrow_ladder_after_the_label_stays_one_ladder() -> None:
    page = _PAGE.format(label="Where it goes:").replace(
        "Senior Widget Engineer, Plant Reliability Analyst or Widget Engineering Manager.",
        "Widget Engineer → Senior Widget Engineer → Widget Engineering Manager")
    guide = parse_text(page, "widget-engineer.txt")
    assert [[fact.text for fact in ladder] for ladder in guide.progressions] == [
        ["Widget Engineer", "Senior Widget Engineer", "Widget Engineering Manager"]]


def test_a_labelled_single_title_gives_its_move_up() -> None:
    page = _PAGE.format(label="Where it goes:").replace(
        "Senior Widget Engineer, Plant Reliability Analyst or Widget Engineering Manager.",
        "VP of Widget Engineering.")
    guide = parse_text(page, "widget-engineer.txt")
    assert {fact.text for fact in guide.leads_to} == {"VP of Widget Engineering"}


def test_two_titles_before_the_usual_sideways_move_are_both_lateral_moves() -> None:
    page = _PAGE.format(label="Skills:").replace(
        "Pay: $70,000", "If design palls, Plant Reliability Analyst or Tooling Planner is the "
        "usual sideways move.\n\nPay: $70,000")
    guide = parse_text(page, "widget-engineer.txt")
    assert {"Plant Reliability Analyst", "Tooling Planner"} <= {
        fact.text for fact in guide.transitions_to}


def test_a_fixed_pair_inside_a_longer_item_leaves_the_list_two_items() -> None:
    page = ("Occupational Therapist\n\nAn occupational therapist helps people live "
            "independently.\n\nWhat we need:\n- Experienced occupational therapists confident "
            "in moving and handling assessments and major adaptations.\n")
    guide = parse_text(page, "occupational-therapist.txt")
    assert {"moving and handling assessments", "major adaptations"} <= {
        fact.text for fact in guide.skills}


def test_a_rank_tables_grades_of_the_role_stay_the_roles_own_pay() -> None:
    page = ("Marsh County Sheriff's Office  |  Careers  |  Contact\n\nFAQ: becoming a deputy "
            "sheriff\n\nWhat does the job pay?\n| Rank | Salary per year |\n"
            "| Deputy I | $61,000 |\n| Deputy II | $66,500 |\n| Sergeant | $84,000 |\n\n"
            "What is the rank structure?\nDeputy → Sergeant → Lieutenant\n")
    guide = parse_text(page, "deputy-sheriff.txt")
    owners = {salary.min: salary.role for salary in guide.salaries}
    assert owners[61000] is None and owners[66500] is None
    assert owners[84000] == "Sergeant"


def test_a_junior_pages_plain_title_row_is_the_roles_own_pay() -> None:
    page = ("Junior Tide Gauge Analyst\n\nA junior tide gauge analyst checks sea-level "
            "records.\n\nPay by level:\n| Junior Tide Gauge Analyst | $52,000–$58,000 |\n"
            "| Tide Gauge Analyst | $64,000–$71,000 |\n\nLadder: Junior Tide Gauge Analyst → "
            "Tide Gauge Analyst → Tide Gauge Manager\n")
    guide = parse_text(page, "junior-tide-gauge-analyst.txt")
    assert {salary.min: salary.role for salary in guide.salaries}.get(64000) is None


def test_a_schools_outcome_page_names_no_employer_of_its_graduates() -> None:
    lines = ["Kestrel Trades Academy  |  Programs  |  Admissions  |  Apply", "",
             "Plumber: where our graduates work", "",
             "Our plumbing graduates were hired by Coldwater Mechanical and Brightpipe Ltd.",
             "", "Starting pay: $24 an hour.", "", "Contact us", "",
             "© Kestrel Trades Academy"]
    guide = parse_text("\n".join(lines) + "\n", "plumber.txt")
    assert "Kestrel Trades Academy" not in {fact.text for fact in guide.employers}


def test_a_translated_nordic_posting_for_a_pedagogue_is_read_not_rejected() -> None:
    page = ("This page is translated from: Danish  ·  Show original\n\n"
            "Pedagogue for Mosehuset Børnehave\nOriginal title: Pædagog  |  30 hours per week\n\n"
            "Mosehuset in Lemvig Municipality is looking for an educator.\n\n"
            "We expect that you\n- Language stimulation\n- Outdoor learning\n\n"
            "Salary and terms\nBasic salary per month:\n  Step 1: kr. 27.100,00\n")
    guide = parse_text(page, "pedagogue.txt")
    assert guide.role.text == "Pedagogue"
