"""prec12: skills that are not — invented pages (own wording) for three general shapes.

- a lower-case "the" before a name cut from a sentence ("handling of the Pulaski") is no part
  of the skill's name;
- a posting's wish after an item ("a crane ticket is welcome", "X is preferred") is no part
  of the skill's name;
- a skills list's label taken as an item ("Professional soft skills", "Hard skills") names
  no skill;
- a standing two registers share ("Lantra or NPTC registration") is asked for, no two skills.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.builder import _skill_name
from careergraph.guides.skill_trailers import without_trailers


def test_lower_case_the_before_a_name_goes() -> None:
    assert _skill_name("the Pulaski")[0] == "Pulaski"
    assert _skill_name("the GNSS rover")[0] == "GNSS rover"
    assert _skill_name("the Wessex Water Code")[0] == "Wessex Water Code"
    # common words keep their article; a capital "The" starts a title
    assert _skill_name("the stamina for night shifts")[0] == "the stamina for night shifts"
    assert _skill_name("The R Project for Statistical Computing")[0] == (
        "The R Project for Statistical Computing")


def test_a_wish_after_an_item_goes() -> None:
    assert without_trailers("TIG welding course is welcome") == "TIG welding course"
    assert without_trailers("crane tickets are welcome") == "crane tickets"
    assert without_trailers("Revit is preferred") == "Revit"
    assert without_trailers("welcome desk duties") == "welcome desk duties"


HEDGER_BLOG = """Hedge Layer Career Guide
Hedge layers cut and lay field hedges in winter so that they thicken again in spring. This guide \
covers the work, the skills and where it leads.
What Does a Hedgerow Technician Do?
Hedgerow technicians cut pleachers, drive stakes and bind the top with hazel.
Skills That Matter
- Stake cutting
- Professional soft skills
- Hard skills
- Chainsaw ticket is welcome
- Lantra or NPTC registration
- Hurdle or Bodger membership
Where the Career Goes
With a few years of practice, hedgerow technicians can advance to Hedging Contractor.
Salary
In the United Kingdom, hedgerow technician pay typically runs from £24,000 to £30,000.
"""


def test_label_items_name_no_skill() -> None:
    found = {skill.text for skill in parse_text(HEDGER_BLOG, "page.txt").skills}
    assert "Stake cutting" in found
    assert "Chainsaw ticket" in found
    assert not {"Professional soft skills", "Hard skills", "Chainsaw ticket is welcome"} & found
    # a standing two registers share: neither register's name is a skill
    assert not {"Lantra", "NPTC", "Hurdle", "Bodger"} & found
