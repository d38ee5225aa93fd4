"""Defects noticed this stop (fixes59).

- A name read both as a technical skill and as a tool ("Comfortable with software such as
  Revit") is one skill, a tool, listed once.
- A sentence-case title before a dashed page-type tail ("Stone mason — salary") is the
  page's title; a title in capitals whose lexicon head names a worker by no ending
  ("CANAL PILOT") is one too.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

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


def test_a_sentence_case_title_before_a_pay_tail() -> None:
    guide = parse_text("Stone mason — salary\n\nStone masons cut and lay stone for walls, "
                       "churches and bridges.\n\nStone masons earn £24,500 to £31,000 a year.\n",
                       "page.txt")
    assert guide.role.text == "Stone Mason"


def test_a_capitals_title_with_a_known_head() -> None:
    guide = parse_text("CANAL PILOT\n\nWhat does the job involve?\n\nYou will steer barges "
                       "through locks along a busy waterway.\n\nPay\n\nStarting pay is around "
                       "£33,000 a year.\n", "page.txt")
    assert guide.role.text == "Canal Pilot"
