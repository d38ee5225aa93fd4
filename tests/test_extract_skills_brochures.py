"""Skills on how-to landing pages, job adverts and PDF brochures (held-back set 10's shapes).

Each test writes its own small page (invented roles, wording and tools) in one structure and
asserts the skills the parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools


def skills(page: str, name: str) -> list[str]:
    return [s.text for s in parse_text(page, name).skills]


def test_the_next_step_of_a_how_to_ends_the_list_of_what_to_study() -> None:
    page = """How to Become a Marine Surveyor in 2026
Step 1: Check the entry rules
You must hold a recognised diploma and a valid passport.
Step 2: Study the Knowledge Areas
The exam covers corrosion, ballast systems, stability and load lines. Budget 40 hours.
Step 3: Register with the Board
After you qualify, register online and wait for your card to arrive by post.
Step 4: Build sea time and a specialty
Owners hire surveyors who write tidy reports.
Log 30 visits and pick a specialty: yacht surveys, cargo damage or offshore rigs.
"""
    found = skills(page, "marine-surveyor.txt")
    assert {"ballast systems", "stability", "load lines"} <= set(found)
    assert {"yacht surveys", "cargo damage", "offshore rigs"} <= set(found)
    assert not {"Step 3", "After you qualify", "register online"} & set(found)


def test_knowledge_of_people_is_no_skill() -> None:
    page = """Curriculum Writer
About the role
As a Curriculum Writer you'll turn the knowledge of veteran welders, crane operators and site
inspectors into short courses for new starters.
What you'll bring
  - Experience with Moodle and Canvas
"""
    found = skills(page, "curriculum-writer.txt")
    assert not {"veteran welders", "crane operators", "site inspectors"} & set(found)


def test_knowledge_of_things_is_still_a_list_of_skills() -> None:
    page = """Curriculum Writer
About the role
As a Curriculum Writer you'll need a working knowledge of welding symbols, rigging loads and
crane signals.
"""
    found = skills(page, "curriculum-writer.txt")
    assert {"welding symbols", "rigging loads"} <= set(found)


def test_a_category_label_before_its_tools_is_no_skill() -> None:
    page = """Hydrographic Technician
SKILLS AND TOOLS
• Tide gauge maintenance
• Survey gear: echo sounder, tide staff, RTK rover
• Data entry and basic spreadsheets
"""
    found = skills(page, "hydrographic-technician.txt")
    assert {"echo sounder", "tide staff", "RTK rover"} <= set(found)
    assert not [name for name in found if name.startswith("Survey gear")]


def test_a_chip_strip_with_a_products_digit_is_still_a_strip() -> None:
    page = """How to Become a Sound Engineer in 2026
Most engineers start as runners and learn on the job over two or three years.
Skills you'll learn at MixLab
Signal FlowMicrophone PlacementConsole SD12 RoutingLive MixingStage Monitoring
How much do sound engineers make?
"""
    found = skills(page, "sound-engineer.txt")
    assert {"Signal Flow", "Microphone Placement", "Live Mixing"} <= set(found)


def test_a_quotes_attribution_line_names_no_skills() -> None:
    page = """Payroll Specialist
Skills you'll need
Payroll specialists need accuracy, discretion and working knowledge of Sage and Xero.
"I moved from reception to payroll in six months."
— Devika R., Ledgerly graduate, Payroll Specialist at Harbour Foods
"""
    found = skills(page, "payroll-specialist.txt")
    assert not {"Ledgerly graduate", "Payroll Specialist at Harbour Foods"} & set(found)
    assert not [name for name in found if name.startswith("—")]


def test_a_quarter_and_year_is_no_tool() -> None:
    assert duty_tools("Based on 900 job adverts analysed by Ledgerly in Q3 2025.",
                      prose=True) == []
    assert duty_tools("Payslips are run in Sage 50 each month.", prose=True) == ["Sage 50"]


def test_a_bullet_labelled_with_a_kind_of_tool_gives_its_examples() -> None:
    page = """# How to become an event coordinator

### Key skills

- **Budgeting:** costing menus, venues and staff
- **Software:** booking systems such as TableLoop or Venuedesk
- **Negotiation** with suppliers
"""
    found = skills(page, "event-coordinator.md")
    assert {"TableLoop", "Venuedesk"} <= set(found)
    assert "Software" not in found
    assert "Budgeting" in found
