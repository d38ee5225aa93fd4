"""Defects noticed last stop, second list (fixes58).

- A title line cut by the wrap ("Principal Coastal Flood Risk" / "Adviser", the head word
  alone on the short line below) is one title, not its last word.
- "Also known as: Stagehand, Theatre Crew Member, Rigger": a working group's member ("crew
  member", "team member") is a title where the list says it holds other names; "member"
  alone never is.
- A summary opened by marketing hooks ("Let's be honest about …", "Ever wondered …?") starts
  at the first sentence that describes the role; a paragraph of hooks alone sets none.
- "We took on 4 Trainee Glaziers and 2 Apprentice Roofers": the counts are no part of the
  titles read.
- "Working knowledge of health and safety law": a fixed pair is one subject, not "health"
  and "safety law".
- "work mainly in motor and marine insurance": one line of insurance, no "motor" sector;
  "farming and food manufacturing" stays two.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest
from tests.guide_facts import texts

from careergraph.guides import parse_text
from careergraph.guides.builder import without_hooks


@pytest.mark.parametrize(("page", "title"), [
    # the head word wrapped onto the short line below
    ("Principal Coastal Flood Risk\nAdviser\n\nA principal coastal flood risk adviser plans "
     "sea defences and advises councils on shoreline schemes.\n\nResponsibilities\n"
     "- Review breach models\n- Lead scheme appraisals\n",
     "Principal Coastal Flood Risk Adviser"),
    # a title line of its own above a heading
    ("Coastal Flood Risk Adviser\nOverview\n\nA coastal flood risk adviser plans sea defences "
     "for councils.\n", "Coastal Flood Risk Adviser"),
])
def test_a_wrapped_title_line_is_one_title(page: str, title: str) -> None:
    assert parse_text(page, "page.txt").role.text == title


def test_a_crew_member_is_a_stated_alias() -> None:
    guide = parse_text("Stage Technician\n\nAlso known as: Stagehand, Theatre Crew Member, "
                       "Rigger\n\nA stage technician builds sets and runs scene changes in a "
                       "theatre.\n\nSkills\n- Flying scenery\n- Lighting rigs\n", "page.txt")
    assert "Theatre Crew Member" in texts(guide.aliases)
    assert "Stagehand" in texts(guide.aliases)


def test_a_club_member_is_no_alias() -> None:
    guide = parse_text("Stage Technician\n\nAlso known as: Stagehand, Club Member\n\n"
                       "A stage technician builds sets in a theatre.\n", "page.txt")
    assert "Club Member" not in texts(guide.aliases)


def test_marketing_hooks_open_no_summary() -> None:
    guide = parse_text("Countryside Ranger\n\nOverview\nLet's be honest about winter work "
                       "on the moors. Countryside rangers repair footpaths and guide visitors "
                       "across a national park.\n\nSkills\n- Dry stone walling\n"
                       "- Chainsaw use\n", "page.txt")
    assert guide.summary is not None
    assert guide.summary.text == ("Countryside rangers repair footpaths and guide visitors "
                                  "across a national park.")


def test_a_hooked_page_speaking_of_itself_sets_no_summary() -> None:
    guide = parse_text("Countryside Ranger\n\nOverview\nLet's be honest. Career sites make "
                       "every job sound lovely.\n\nThat's why we asked forty rangers what "
                       "the work is like.\n\nFrom our survey, most rangers love it. "
                       "Countryside rangers repair footpaths and guide visitors.\n",
                       "page.txt")
    assert guide.summary is not None
    assert guide.summary.text == "Countryside rangers repair footpaths and guide visitors."


def test_a_summary_without_hooks_is_kept_whole() -> None:
    text = "Hedge layers lay hedges. Why do farmers hire them? Hedges keep stock in."
    assert without_hooks(text) == text
    assert without_hooks("Ever wondered who lays hedges? Imagine a frosty field!") == ""


def test_counts_are_no_part_of_titles() -> None:
    guide = parse_text("Glazing Supervisor\n\nA glazing supervisor runs glass installation "
                       "crews on commercial sites.\n\nWhere they came from\nLast spring we took "
                       "on 4 Trainee Glaziers and 2 Apprentice Roofers.\n", "page.txt")
    moves_in = texts(guide.moves_in)
    assert "Trainee Glazier" in moves_in and "Apprentice Roofer" in moves_in
    assert not any(name[:1].isdigit() for name in moves_in)


def test_a_fixed_pair_after_knowledge_of_is_one_skill() -> None:
    guide = parse_text("Scaffold Inspector\n\nA scaffold inspector checks temporary works "
                       "on building sites.\n\nSkills required\n"
                       "- Working knowledge of health and safety law\n"
                       "- Knowledge of tube and fitting systems and system scaffolds\n",
                       "page.txt")
    skills = texts(guide.skills)
    assert "health" not in skills and "safety law" not in skills
    assert any("health and safety law" in name for name in skills)


def test_a_shared_head_sector_pair_is_one_sector() -> None:
    guide = parse_text("Loss Assessor\n\nA loss assessor values damage after a claim and "
                       "negotiates with insurers.\n\nIndustries\nLoss assessors work mainly in "
                       "motor and marine insurance.\n", "page.txt")
    sectors = texts(guide.sectors)
    assert "motor" not in sectors
    assert "motor and marine insurance" in sectors


def test_examples_of_a_kind_of_tool_are_skills_but_clients_are_not() -> None:
    guide = parse_text("Sign Installer\n\nA sign installer fixes shop signs and banners to "
                       "buildings.\n\nSkills required\n"
                       "- Experience with tools such as rivet guns and cable cutters\n"
                       "- Experience with clients such as cafes and dental surgeries\n",
                       "page.txt")
    skills = texts(guide.skills)
    assert "rivet guns" in skills and "cable cutters" in skills
    assert "cafes" not in skills and "dental surgeries" not in skills
