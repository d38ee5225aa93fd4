"""Set-16 readers carried over to the generated families (carry16b): a release's upper-case
dateline names the province of its dollars, pay "plus super" is Australian, and a
placement's day that asks students to try things names those things as skills.

Every page is invented here (firms, figures, people); as on a crawled site, the file is named
after the role.
"""

from __future__ import annotations

from tests.guide_facts import names, pay, steps

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_dollar
from careergraph.guides.placement import day_plan_skills


def test_an_upper_case_datelines_province_makes_the_dollar_canadian() -> None:
    page = ("Director of Planning\n"
            "KESTREL LAKE, AB, May 4, 2026 /PrairieWire/ - The Town of Kestrel Lake today "
            "confirmed the appointment of Omar Haddad as Director of Planning.\n"
            "The annual salary will be $131,500, within the Director of Planning band of "
            "$118,000 to $142,000.\n")
    assert {(131500, 131500, "CAD", "year", None), (118000, 142000, "CAD", "year", None)} <= pay(
        parse_text(page, "director-of-planning.txt"))
    # an upper-case word before a province-like code is no dateline without the comma after
    assert page_dollar("TEAMS, ON THE DAY: $40 an hour") == "USD"


def test_pay_plus_super_is_australian() -> None:
    assert page_dollar("A site geologist is on $128,000 to $150,000 plus super.") == "AUD"
    assert page_dollar("Includes superannuation. Pay: $96,000") == "AUD"
    assert page_dollar("The view is super. Pay: $96,000") == "USD"


def test_a_placement_days_tries_are_skills() -> None:
    assert day_plan_skills("WEDNESDAY – Try GIS mapping and Revit.") == ["GIS mapping", "Revit"]
    assert day_plan_skills("THURSDAY – Try your hand at the front desk.") == []
    page = ("HALDEN ARCHITECTS\nStudio   People   Careers   Contact\n"
            "Careers › Work Experience\nWork Experience Week 2026\n"
            "Thinking about becoming an architectural technologist? We take three students.\n"
            "Your week at a glance\n"
            "MONDAY – Try SketchUp and hand drafting.\n"
            "TUESDAY – Try Building Regulations Research and Daylight Analysis.\n"
            "Who can apply\nAny student in year 10. The placement is unpaid.\n"
            "How to apply\nSend a short letter to the studio.\n")
    assert {"SketchUp", "Daylight Analysis"} <= names(
        parse_text(page, "architectural-technologist.txt").skills)


def test_employers_across_industries_are_sectors_and_the_issuer_an_employer() -> None:
    page = ("Rail Planning Hour\nEp. 52 – So You Want to Be a Timetable Planner? with Ada Brook\n"
            "This week Sam sits down with Ada Brook, Timetable Planner at Tallis Rail, to talk "
            "about the planning work.\n"
            "Who's hiring: Tallis Rail itself, and employers across Logistics and Tourism.\n")
    guide = parse_text(page, "timetable-planner.txt")
    assert "Tallis Rail" in names(guide.employers)
    assert not {"Tallis Rail itself", "Logistics", "Tourism"} & names(guide.employers)
    assert {"Logistics", "Tourism"} <= names(guide.sectors)


def test_a_spoken_answer_naming_industries_gives_sectors() -> None:
    page = ("Timetable Planner\nTranscript\n"
            "Host (00:12:01): And who's hiring?\n"
            "Ada (00:12:04): Mostly Hospitality, Mining and Agriculture.\n")
    guide = parse_text(page, "timetable-planner.txt")
    assert {"Hospitality", "Mining", "Agriculture"} <= names(guide.sectors)
    assert not {"Mostly Hospitality", "Hospitality", "Mining"} & names(guide.employers)


def test_a_project_someone_led_is_no_career_move() -> None:
    page = ("Harbour Traffic Manager\n"
            "The port today confirmed the appointment of Lena Dorr as Harbour Traffic Manager.\n"
            "As head of the berthing team she led the move to Vessel Tracking and Tide "
            "Modelling.\n")
    guide = parse_text(page, "harbour-traffic-manager.txt")
    moved = {m.text for bucket in (guide.leads_to, guide.transitions_to) for m in bucket}
    assert not {"Vessel Tracking", "Tide Modelling"} & moved


def test_pay_by_plural_titles_of_three_words_keeps_the_whole_title() -> None:
    page = ("Senior Flood Risk Engineer\n"
            "Salaries in our sector: junior flood risk engineers €41,000 – €50,000; flood risk "
            "engineers €52,000 – €63,000; senior flood risk engineers €66,000 – €78,000; "
            "flood risk managers €82,000 and above.\n")
    owners = {(s.min, s.role) for s in parse_text(page, "senior-flood-risk-engineer.txt").salaries}
    assert (82000, "Flood Risk Manager") in owners
    assert not {role for _, role in owners if role and role.startswith("Risk ")}


_STUDIO = ("KESTREL & MOOR\nProjects   People   Careers   Contact\n"
           "Careers › Work Experience\nWork Experience Week 2026\n"
           "Applications open 5 January · Placements: one week in May\n"
           "Thinking about becoming a landscape architect? We take three students a year.\n"
           "MONDAY – Try planting design and AutoCAD.\n"
           "Who can apply\nAny student in year 11. The placement is unpaid.\n"
           "How to apply\nSend a short letter to the studio.\n"
           "Salaries in our sector (survey 2024): landscape architects €45,000 – €58,000.\n"
           "Our people\nNia Lund, Director\n"
           "Kestrel & Moor · Privacy · Cookie preferences · © 2026\n")


def test_a_placement_sites_own_footer_employs_the_role_and_a_survey_year_is_no_sector() -> None:
    guide = parse_text(_STUDIO, "landscape-architect.txt")
    assert "Kestrel & Moor" in names(guide.employers)
    assert not {s for s in names(guide.sectors) if "2024" in s}


def test_a_programme_with_an_employer_on_a_platform_names_that_employer_only() -> None:
    page = ("learnhub  Explore  For schools  Log in\n"
            "Virtual Work Experience: Becoming a Quantity Surveyor with Ashdown Build Ltd\n"
            "★ 4.7 (900 reviews) · 3,100 students enrolled · Ages 15–18\nEnrol for free\n"
            "Add to calendar: Live Q&A, Tue 10 March\nModules\n"
            "Module 1What does a quantity surveyor do?Meet the team.\n"
            "Meet your speakers\nLeo Park – Quantity Surveyor\n"
            "What quantity surveyors earn\nGraduates earn £31,000.\n"
            "You might also like\nVirtual Work Experience: Nursing with Fernvale Hospital\n"
            "learnhub Ltd · Safeguarding · Privacy · Terms\n")
    employers = names(parse_text(page, "quantity-surveyor.txt").employers)
    assert len({"Ashdown Build", "Ashdown Build Ltd"} & employers) == 1
    assert not {"Fernvale Hospital", "learnhub Ltd", "learnhub"} & employers


def test_a_list_of_titles_before_and_then_is_a_ladder_in_turn() -> None:
    page = ("Graduate Town Planner\nCareer progression\n"
            "After qualifying, graduate town planners progress to town planner, senior town "
            "planner, principal town planner and then head of planning.\n")
    guide = parse_text(page, "graduate-town-planner.txt")
    assert ("Senior Town Planner", "Principal Town Planner") in steps(guide)
    assert ("Principal Town Planner", "Head of Planning") in steps(guide)
    assert "Principal Town Planner" not in names(guide.leads_to)


def test_a_figure_after_a_closed_quotation_is_read_too() -> None:
    page = ("Tunnel Engineer\n"
            'Pay talk, in Ravi\'s words: "Tunnel engineers are at roughly $91,000 to $118,000, '
            'plus bonus." The salary survey Ravi cites puts the national median at $104,250.\n')
    pay = {(s.min, s.max, s.statistic) for s in parse_text(page, "tunnel-engineer.txt").salaries}
    assert {(91000, 118000, "range"), (104250, 104250, "median")} <= pay
