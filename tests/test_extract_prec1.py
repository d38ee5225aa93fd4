"""Wrong facts found by a cause table of every set's extras (helper prec1, stop 39).

- A level table of a competency framework (a criterion column, then one column per coded
  level title) also carries rows that measure each level ("Typical experience", "Membership
  grade", "Salary (€)"): those are no criteria; a pay row gives each column title its band;
  the coded titles heading the columns are the stream's ladder; an evidence cell "tool:
  works independently" names the tool, not the sentence.
- A table's header row between bars ("| Item | ✓ | Init | Date |") names columns, no skills;
  a skill read with a table's bar loses it.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.panels import bar_header

MATRIX = (
    "BRIDGEWORKS GUILD\n"
    "Bridge Inspector competency matrix  |  edition 4\n"
    "\n"
    "Competency\tB1 Trainee Bridge Inspector\tB2 Bridge Inspector\tB3 Senior Bridge "
    "Inspector\tB4 Structures Lead\n"
    "Deck surveys\tuses rebound hammer with supervision\trebound hammer: works "
    "independently\tchecks others' work\tapproves reports\n"
    "Corrosion checks\tuses ultrasonic gauge with supervision\tultrasonic gauge: works "
    "independently\tchecks others' work\tapproves reports\n"
    "Typical experience\t0–1 yrs\t1–4 yrs\t4–9 yrs\t9+ yrs\n"
    "Membership grade\tAffiliate\tGraduate\tMember\tFellow\n"
    "Salary (€)\t31,000–35,500\t38,000–44,000\t47,000–53,500\t58,000–66,000\n"
)


def test_level_rows_of_a_matrix_are_no_skills() -> None:
    guide = parse_text(MATRIX, "matrix.txt")
    skills = {s.text for s in guide.skills}
    assert {"Deck surveys", "Corrosion checks", "rebound hammer", "ultrasonic gauge"} <= skills
    assert not skills & {"Typical experience", "Membership grade", "Salary (€)", "Affiliate",
                         "Graduate", "Member", "Fellow"}
    assert not any(":" in s for s in skills)  # ("rebound hammer: works independently")


def test_a_pay_row_gives_each_level_title_its_band() -> None:
    guide = parse_text(MATRIX, "matrix.txt")
    pay = {(s.min, s.max, s.currency, s.role) for s in guide.salaries}
    assert (31_000, 35_500, "EUR", None) in pay  # the trainee: the role at its first rung
    assert (38_000, 44_000, "EUR", None) in pay
    assert (58_000, 66_000, "EUR", "Structures Lead") in pay


def test_coded_level_titles_heading_the_columns_are_a_ladder() -> None:
    guide = parse_text(MATRIX, "matrix.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Trainee Bridge Inspector", "Bridge Inspector", "Senior Bridge Inspector",
            "Structures Lead"] in ladders


CHECKLIST = (
    "Kiln Technician — first month plan\n"
    "\n"
    "TRAINING PLAN\n"
    "| Module                               | Type       |\n"
    "| Firing schedules: cone packs, pyrometers | Workshop |\n"
    "| Glaze mixing                         | On the job |\n"
    "\n"
    "SIGN-OFF\n"
    "| Item                  | ✓ | Init | Date  |\n"
    "| Kiln shelf loading    | ☐ | ____ | __/__ |\n"
)


def test_a_bar_tables_header_row_names_no_skill() -> None:
    skills = {s.text for s in parse_text(CHECKLIST, "kiln.txt").skills}
    assert not skills & {"Module", "Type", "Item", "Init", "Date"}
    assert not any(s.endswith("|") for s in skills)


def test_a_row_with_one_name_is_no_header() -> None:
    columns = frozenset({"type", "date"})
    assert not bar_header("| Glaze mixing | Type |", columns)
    assert bar_header("| Type | ✓ | Date |", columns)


def test_a_stage_code_before_one_space_is_dropped() -> None:
    page = ("Competency\tC1 Junior Glazier\tC2 Glazier\tC3 Senior Glazier\n"
            "Glass cutting\tuses score wheel with supervision\tscore wheel: works "
            "independently\tsigns off work\n")
    guide = parse_text("Glazier competency matrix\n\n" + page, "glazier.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    assert ladders == [["Junior Glazier", "Glazier", "Senior Glazier"]]  # once, no codes
