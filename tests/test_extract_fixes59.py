"""Defects noticed this stop (fixes59).

- A name read both as a technical skill and as a tool ("Comfortable with software such as
  Revit") is one skill, a tool, listed once.
- A sentence-case title before a dashed page-type tail ("Stone mason — salary") is the
  page's title; a title in capitals whose lexicon head names a worker by no ending
  ("CANAL PILOT") is one too.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest
from tests.guide_facts import texts

from careergraph.guides import parse_text
from careergraph.model import SkillKind


def test_a_tool_read_twice_is_one_skill() -> None:
    guide = parse_text("Interior Designer\n\nInterior designers plan the rooms of homes, "
                       "hotels and offices.\n\nSkills\n\n- Comfortable with software such as "
                       "Revit and Rhino\n- Colour theory\n", "page.txt")
    names = texts(guide.skills)
    assert names.count("Revit") == 1 and names.count("Rhino") == 1
    kinds = {fact.text: fact.kind for fact in guide.skills}
    assert kinds["Revit"] is SkillKind.TOOL
    assert "Colour theory" in names


@pytest.mark.parametrize(("page", "title"), [
    # a sentence-case title before a dashed page-type tail
    ("Stone mason — salary\n\nStone masons cut and lay stone for walls, churches and "
     "bridges.\n\nStone masons earn £24,500 to £31,000 a year.\n", "Stone Mason"),
    # a title in capitals whose lexicon head has no worker's ending
    ("CANAL PILOT\n\nWhat does the job involve?\n\nYou will steer barges through locks along "
     "a busy waterway.\n\nPay\n\nStarting pay is around £33,000 a year.\n", "Canal Pilot"),
])
def test_a_title_line_with_a_tail_or_in_capitals(page: str, title: str) -> None:
    assert parse_text(page, "page.txt").role.text == title


def test_a_contents_list_heads_no_section() -> None:
    guide = parse_text("Ferry Engineer\n\nWhere you could work\nHow to get in\nSkills needed\n\n"
                       "Ferry engineers keep the engines of passenger boats running, logging "
                       "repairs and checking fuel pumps.\n\nWhere you could work\n\nFerry "
                       "operators and port authorities employ ferry engineers.\n\nSkills needed"
                       "\n\n- Diesel engine repair\n- Hydraulics\n", "page.txt")
    names = texts(guide.skills)
    assert "Diesel engine repair" in names and "Hydraulics" in names
    assert not any("fuel" in name or "repairs" in name for name in names)


def test_a_master_craftsman_clause_is_read_by_its_subject() -> None:
    guide = parse_text("Apprentice Plumber\n\nApprentice plumbers fit pipes and boilers under a "
                       "qualified plumber.\n\nPay\n\nApprentices start on $17 an hour.\n\n"
                       "Master plumbers earn: $41–$66 an hour\n", "page.txt")
    owners = {band.role.lower() for band in guide.salaries if band.role}
    assert owners == {"master plumber"}


def test_a_hook_question_under_overview_is_no_heading() -> None:
    guide = parse_text("Signal Maintainer\n\nOverview\n\nEver wondered who keeps the trains "
                       "running on time?\n\nSignal maintainers inspect and repair railway signals "
                       "and track circuits.\n\nPay\n\nSignal maintainers earn $29 to $47 an "
                       "hour.\n", "page.txt")
    assert guide.summary is not None
    assert guide.summary.text.startswith("Signal maintainers inspect")


def test_a_job_family_row_with_an_unknown_head_owns_its_band() -> None:
    guide = parse_text("Hydrologist\n\nHydrologists measure rivers and groundwater for the "
                       "agency.\n\nJob family\n\n"
                       "Flow Gauger    Band C   £21,400 – £24,900\n"
                       "Hydrologist    Band E   £31,200 – £36,800\n", "page.txt")
    bands = {(band.role, band.min) for band in guide.salaries}
    assert ("Flow Gauger", 21400) in bands
    assert (None, 31200) in bands
