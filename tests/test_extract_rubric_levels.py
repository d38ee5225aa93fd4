"""Promotion rubrics whose columns are the levels rated, by title or grade code.

Invented pages (employers, titles, criteria and tools of our own), three a layout: the
criteria and the tools a cell says are used are skills; the cell's duties, the "uses" word
and the level titles are none; a one-name owner line ("ACME — INTERNAL") is the issuer.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import names, steps

TITLE_COLUMNS = [
    ("HALVERN — INTERNAL\n"
     "Senior Rigger Promotion Criteria\n"
     "| Competency | Rigger | Senior Rigger | Rigging Supervisor |\n"
     "|---|---|---|---|\n"
     "| Load Calculation | Checks sums with help; uses LiftPlanner and Excel | Plans lifts alone"
     " | Signs off lift plans |\n"
     "| Knot Tying | Ties the basic set | Teaches the set | Audits the set |\n",
     {"Load Calculation", "Knot Tying", "LiftPlanner", "Excel"}, "Halvern"),
    ("MERIDEL — CONFIDENTIAL\n"
     "Senior Pastry Cook Progression Rubric\n"
     "Area\tPastry Cook\tSenior Pastry Cook\tHead of Pastry\n"
     "Lamination\tFollows the recipe; using Rondo and Sheeter Pro\tAdjusts the fold\t"
     "Writes the method\n"
     "Costing\tRecords waste\tPrices a dish\tSets the margins\n",
     {"Lamination", "Costing", "Rondo", "Sheeter Pro"}, "Meridel"),
    ("TOLLBRIDGE — INTERNAL\n"
     "Land Surveyor Career Ladder\n"
     "Criterion  |  L2  |  L3  |  L4\n"
     "Boundary Surveys  |  Assists on site; uses Trimble Access  |  Leads small jobs  |"
     "  Reviews plans\n"
     "Drafting  |  Draws with help; works with Civil 3D and QGIS  |  Drafts alone  |"
     "  Checks drafts\n",
     {"Boundary Surveys", "Trimble Access", "Drafting", "Civil 3D", "QGIS"}, "Tollbridge"),
]


@pytest.mark.parametrize(("page", "skills", "issuer"), TITLE_COLUMNS)
def test_rubric_columns_named_by_level(page: str, skills: set[str], issuer: str) -> None:
    guide = parse_text(page, "rubric.txt")
    found = names(guide.skills)
    assert skills <= found
    # the use word, the duties, the level titles and the rule row are no skills
    assert not {s for s in found if s.lower().startswith(("uses ", "using ", "works with"))}
    assert not found & {"Rigger", "Senior Rigger", "Pastry Cook", "Head of Pastry", "L3",
                        "Plans lifts alone", "Adjusts the fold", "Leads small jobs", "---"}
    assert issuer in names(guide.employers)


COLUMN_STRIPS = [
    ("QUARRYMOOR — INTERNAL\nShotfirer Promotion Criteria\n"
     "Levels\nQ1 Trainee Shotfirer\nQ2 Shotfirer\nQ3 Senior Shotfirer\n"
     "Criterion\tDeveloping (1)\tMeets (2)\n"
     "Blast design\tDraws patterns with help\tDesigns blasts alone\n",
     [("Trainee Shotfirer", "Shotfirer"), ("Shotfirer", "Senior Shotfirer")]),
    ("ELMSTEAD — INTERNAL\nSenior Curator Progression Rubric\n"
     "THE GRADES\nGrade 4 Assistant Curator\nGrade 5 Curator\nGrade 6 Senior Curator\n"
     "Grade 7 Head of Collections\n"
     "Competency  |  Emerging  |  Proficient\n"
     "Cataloguing  |  Enters records; uses Axiell  |  Audits records\n",
     [("Assistant Curator", "Curator"), ("Curator", "Senior Curator"),
      ("Senior Curator", "Head of Collections")]),
    ("BRACKENRIDGE — CONFIDENTIAL\nLead Welder Career Ladder\n"
     "Level map\nL1 Welder\nL2 Senior Welder\nL3 Lead Welder\nL4 Welding Supervisor\n"
     "Area\tBeginner\tExpert\n"
     "TIG welding\tWelds thin plate\tWelds titanium\n",
     [("Welder", "Senior Welder"), ("Senior Welder", "Lead Welder"),
      ("Lead Welder", "Welding Supervisor")]),
]


@pytest.mark.parametrize(("page", "ladder"), COLUMN_STRIPS)
def test_level_strip_one_level_a_line_is_a_ladder(page: str, ladder: list[tuple[str, str]]
                                                  ) -> None:
    guide = parse_text(page, "rubric.txt")
    assert set(ladder) <= steps(guide)
    moved = names(guide.leads_to) | names(guide.transitions_to)
    # the strip is no list of moves from the role, and its grade codes are no part of a title
    assert not {m for m in moved if m[:1] in "QGL" and m.split()[0][-1:].isdigit()}
    assert not {m for m in moved if m.split()[0] in ("Grade", "Q1", "L1")}
    assert not (moved & {"Trainee Shotfirer", "Assistant Curator", "Welder"})


POST_SENTENCES = [
    ("Senior Shotfirer Promotion Criteria\n"
     "This document sets what a Senior Shotfirer must show.\n"
     "Appointments to Senior Shotfirer are also open to staff in Drill Operator posts.\n"
     "After Senior Shotfirer, staff can also step up to Blasting Supervisor or Quarry Manager.\n",
     {("Drill Operator", "Senior Shotfirer"), ("Senior Shotfirer", "Blasting Supervisor"),
      ("Senior Shotfirer", "Quarry Manager")}),
    ("Lead Welder Career Ladder\n"
     "What a Lead Welder needs for the next grade.\n"
     "Promotion to Lead Welder is open to colleagues in Pipe Fitter roles.\n"
     "After Lead Welder, people usually move up to Welding Supervisor.\n",
     {("Pipe Fitter", "Lead Welder"), ("Lead Welder", "Welding Supervisor")}),
    ("Senior Curator Progression Rubric\n"
     "The standard a Senior Curator is held to.\n"
     "Transfers to Senior Curator are normally open to those in Collections Manager positions.\n"
     "After Senior Curator, staff may progress to Head of Collections.\n",
     {("Collections Manager", "Senior Curator"), ("Senior Curator", "Head of Collections")}),
]


@pytest.mark.parametrize(("page", "moves"), POST_SENTENCES)
def test_opened_posts_and_next_steps_after_a_title(page: str, moves: set[tuple[str, str]]
                                                   ) -> None:
    guide = parse_text(page, "rubric.txt")
    assert moves <= steps(guide)
    moved = names(guide.leads_to) | names(guide.transitions_to)
    # the sentence's opening words are no part of a title
    assert not {m for m in moved if m.split()[0] in ("After", "Appointments", "Promotion",
                                                     "Transfers")}
