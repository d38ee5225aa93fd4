"""Held-back set 26 (rules26b): a council's or a hospital trust's workforce plan for one
occupation, a government skills-shortage assessment of one occupation, and an infographic
saved with its recognised text or its screen-reader text version.

Every page is invented here (councils, trusts, studios, people, figures).
"""

from __future__ import annotations

import textwrap

from careergraph.guides import parse_text
from careergraph.guides.column_rungs import column_rungs
from careergraph.guides.dev_plans import workforce_letterhead
from careergraph.guides.markup import has_markup


def _wrapped(paragraph: str) -> str:
    """A paragraph as a board paper prints it: wrapped at a fixed width of 88 characters."""
    return textwrap.fill(paragraph, 88, break_on_hyphens=False) + "\n"


TRUST_PLAN = (
    "Brackenholt Community Health NHS Trust\n"
    "Board meeting (Part 1), 3 March 2027                     Agenda item 7.4\n"
    "Podiatry Workforce Plan 2027/28 - 2029/30\n"
    "\n"
    "1. Summary\n"
    + _wrapped("1.1 Community Podiatrists (CPs) are our hardest group to recruit, with a 12% "
               "vacancy rate covered by locum staff at a cost of £0.9m last year. The plan "
               "sets out how we will close the gap by March 2030 through apprenticeships, "
               "newly qualified recruitment from the two regional universities, and a "
               "retention offer for staff in their first three years, which the workforce "
               "committee reviewed in January and recommends to the Board for approval.")
    + "\n2. Pay\n"
    + _wrapped("2.1 Pay: Community Podiatrists start at Band 5 (£31,049 - £37,796 a year) "
               "after one year. Podiatry Co-ordinators are Band 7 (£47,810 - £54,710) and "
               "the Head of Podiatry is Band 8b (£64,455 - £74,896).")
    + "\n3. Career pathway\n"
    + _wrapped("Podiatry Support Worker -> Apprentice CP -> CP (Band 5) -> Senior CP (Band 6) "
               "-> Podiatry Co-ordinator (Band 7) -> Head of Podiatry (Band 8b)")
    + "\n4. Risks\n"
    "Risk R-12: locum spend rises above budget. Owner: Director of Finance.\n"
    "\n"
    "5. Decision\n"
    "The Board is asked to approve the plan.\n")


def test_a_workforce_plan_reads_its_letterhead_ladder_and_owned_bands() -> None:
    guide = parse_text(TRUST_PLAN, "community-podiatrist.txt")
    assert guide.role.text == "Community Podiatrist"
    assert [e.text for e in guide.employers] == ["Brackenholt Community Health NHS Trust"]
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Podiatry Support Worker", "Apprentice CP", "Community Podiatrist", "Senior CP",
            "Podiatry Co-ordinator", "Head of Podiatry"] in chains
    owned = {(s.min, s.role) for s in guide.salaries}
    assert {(31_049, None), (47_810, "Podiatry Co-ordinator"),
            (64_455, "Head of Podiatry")} <= owned


def test_a_numbered_section_after_the_pathway_ends_it() -> None:
    guide = parse_text(TRUST_PLAN, "community-podiatrist.txt")
    moves = {f.text for f in [*guide.leads_to, *guide.transitions_to, *guide.moves_in]}
    assert not moves & {"Owner", "Director of Finance"}  # a risk's owner is no move


def test_a_letterhead_employs_only_on_a_workforce_plan() -> None:
    assert workforce_letterhead([(1, "Orrin Vale Borough Council"), (2, ""),
                                 (3, "Libraries Workforce Strategy 2027")]) == (
        "Orrin Vale Borough Council", 1)
    assert workforce_letterhead([(1, "Orrin Vale Borough Council"),
                                 (2, "Annual accounts 2027")]) is None
    assert workforce_letterhead([(1, "Libraries Workforce Strategy"),
                                 (2, "Orrin Vale Borough Council")]) is None


COUNCIL_PLAN = (
    "Harrowmere District Council\n"
    "Adult Services Workforce Plan 2027 - 2030\n"
    "\n"
    "Section 4: The occupational therapy workforce\n"
    "\n"
    "Table 4.2 Posts by role and grade\n"
    "Role                                      Grade     Salary range          Posts\n"
    "Newly Qualified Occupational Therapist (NQOT)  Grade 8   £33,120 - £35,410     6.0\n"
    "Occupational Therapist                    Grade 9   £36,200 - £39,880     21.0\n"
    "Senior Practitioner                       Grade 11  £43,100 - £46,950     7.0\n"
    "Service Manager                           Grade 13  £51,700 - £56,300     2.0\n"
    "\n"
    "d) Progression: NQOT > Occupational Therapist > Senior Practitioner > Service Manager\n")


def test_a_grade_table_gives_each_title_its_band() -> None:
    guide = parse_text(COUNCIL_PLAN, "occupational-therapist.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert {(33_120, None), (36_200, None), (43_100, "Senior Practitioner"),
            (51_700, "Service Manager")} <= owned
    assert [e.text for e in guide.employers] == ["Harrowmere District Council"]


def test_a_ladder_step_by_a_short_form_in_a_tables_bracket() -> None:
    guide = parse_text(COUNCIL_PLAN, "occupational-therapist.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Newly Qualified Occupational Therapist", "Occupational Therapist",
            "Senior Practitioner", "Service Manager"] in chains


def test_an_undefined_short_form_is_no_rung() -> None:
    page = ("Occupational Therapist\n\nCareer pathway\n"
            "Support Worker -> Senior XQT -> Occupational Therapist -> Service Manager\n")
    chains = [[f.text for f in chain] for chain in parse_text(
        page, "occupational-therapist.txt").progressions]
    assert not any("Senior XQT" in chain for chain in chains)


SHORTAGE = (
    "National Skills Office\n"
    "Home > Data > Shortage ratings > Occupation details\n"
    "\n"
    "Marine Electrician\n"
    "Occupation code 341155   |   Skill level 3\n"
    "\n"
    "Assessment notes\n"
    "- Demand is strongest along the coast, among ferry operators, boatyards,\n"
    "  offshore wind contractors and marinas.\n"
    "- Median weekly earnings (full-time): $1,910 (all occupations: $1,640).\n"
    "- With the regional discount the minimum salary for a Skilled Worker visa is $61,000.\n")


def test_a_shortage_assessment_names_where_demand_is_and_drops_comparisons() -> None:
    guide = parse_text(SHORTAGE, "marine-electrician.txt")
    sectors = {s.text for s in guide.sectors}
    assert {"ferry operators", "boatyards", "offshore wind contractors", "marinas"} <= sectors
    figures = {s.min for s in guide.salaries}
    assert 1_910 in figures
    assert not figures & {1_640, 61_000}  # every job's median and a visa's floor: no pay


INFOGRAPHIC = (
    "[image: glassblower-infographic.png, 900 x 2800]\n"
    'alt="Become a glassblower: pay, skills and a ladder"\n'
    "\n"
    "----- text recognised in image -----\n"
    "2  THE MONEY\n"
    "$41,300\n"
    "MEDIAN PAY / YEAR\n"
    "\n"
    "3  SKILLS YOU NEED\n"
    "Gathering\n"
    "Annealing schedules\n"
    "Lampworking\n"
    "\n"
    "4  CLIMB THE LADDER\n"
    "Studio         Junior          Glassblower     Senior          Studio\n"
    "Assistant      Glassblower                     Glassblower     Manager\n"
    "$29K           $34K            $41K            $52K            $60K\n"
    "\n"
    "5  WHERE THEY WORK\n"
    "48%  art glass studios\n"
    "30%  scientific glass makers\n"
    "TOP EMPLOYERS  RSV Glassworks  |  Marrow Lane Studio\n"
    "----- end of recognised text -----\n"
    '<textarea>&lt;a href="https://example.org/glass"&gt;&lt;img src="g.png"&gt;'
    "&lt;/a&gt;</textarea>\n")


def test_an_infographics_panels_ladder_columns_and_workplaces() -> None:
    guide = parse_text(INFOGRAPHIC, "glassblower.txt")
    assert {"Gathering", "Annealing schedules", "Lampworking"} <= {s.text for s in guide.skills}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Studio Assistant", "Junior Glassblower", "Glassblower", "Senior Glassblower",
            "Studio Manager"] in chains
    owned = {(s.min, s.role) for s in guide.salaries}
    assert {(29_000, "Studio Assistant"), (60_000, "Studio Manager"), (41_000, None)} <= owned
    assert {"art glass studios", "scientific glass makers"} <= {s.text for s in guide.sectors}
    employers = {e.text for e in guide.employers}
    assert {"RSV Glassworks", "Marrow Lane Studio"} <= employers
    assert "Glassworks" not in employers  # (the label's gap, not its capitals, ends it)


def test_an_embed_box_is_no_markup_but_a_page_of_tags_is() -> None:
    assert not has_markup("Pay   $38K\n<textarea>&lt;a href=x&gt;&lt;/a&gt;</textarea>")
    assert has_markup("<p>Pay</p>\n<textarea>&lt;b&gt;</textarea>")


def test_columns_that_are_no_titles_make_no_ladder() -> None:
    lines = [(1, "North          Central        South"),
             (2, "Depot          Depot          Depot"),
             (3, "$29K           $34K           $41K")]
    assert column_rungs(lines, lambda title: title.endswith(("Manager", "Assistant"))) is None
    assert column_rungs([(1, "Studio Assistant   Studio Manager   Glassblower")],
                        lambda title: True) is None  # one line: no wrapped columns


TEXT_VERSION = (
    "Careers Hub  >  Infographics\n"
    "\n"
    "Text version (for screen readers)\n"
    "\n"
    'Square 2, "Your inventory" (a checklist):\n'
    "ticked: After Effects\n"
    "ticked: Cinema 4D\n"
    'not ticked, "bonus item": Houdini\n'
    "\n"
    'Square 4, "The path": START > Junior Motion Designer > Motion Designer > Senior Motion '
    "Designer > Art Director > FINISH\n"
    "Side quests branching off at Motion Designer: Title Designer, UI Animator.\n"
    "\n"
    "Square 5, \"Who's hiring?\": indie studios, animation studios. Logos along the bottom: "
    "Bramble Pixel, Ossory Studios.\n")


def test_a_text_versions_quoted_panels_checklist_and_branches() -> None:
    guide = parse_text(TEXT_VERSION, "motion-designer.txt")
    skills = {s.text for s in guide.skills}
    assert {"After Effects", "Cinema 4D", "Houdini"} <= skills
    assert not any("ticked" in name for name in skills)
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Junior Motion Designer", "Motion Designer", "Senior Motion Designer",
            "Art Director"] in chains
    assert {"Title Designer", "UI Animator"} <= {f.text for f in guide.transitions_to}
    assert {"indie studios", "animation studios"} <= {s.text for s in guide.sectors}


def test_a_quoted_phrase_in_prose_opens_no_panel() -> None:
    page = ("Glassblower\n\nOverview\n"
            'Studio 2, "The Furnace" is where most glassblowers start.\n')
    guide = parse_text(page, "glassblower.txt")
    assert guide.role.text == "Glassblower"
    assert not guide.skills


ENTRY_NOTES = (
    "Marine Electrician\n"
    "\n"
    "Assessment notes\n"
    "- Stakeholders noted that boat builders often cross-skill into the occupation.\n"
    "- Each year the yards support four deckhands and two riggers to qualify at Level 3.\n")


def test_people_who_cross_skill_or_are_supported_to_qualify_move_in() -> None:
    guide = parse_text(ENTRY_NOTES, "marine-electrician.txt")
    assert {"Boat Builder", "Deckhand", "Rigger"} <= {f.text for f in guide.moves_in}


def test_support_for_things_names_no_move() -> None:
    page = ("Marine Electrician\n\nAssessment notes\n"
            "- The council supports local colleges to train more apprentices.\n"
            "- Employers noted that shortages often cross into the summer season.\n")
    guide = parse_text(page, "marine-electrician.txt")
    assert not guide.moves_in


SKILLS_GAP = (
    "Prosthetist\n"
    "\n"
    "Evidence from stakeholders\n"
    "B.14.2 Employers struggled to fill Band 6 posts requiring experience of socket design, "
    "gait retraining and silicone liners.\n"
    "B.14.3 Unsuccessful applicants commonly lacked CAD modelling and outcome measures.\n")


def test_a_skills_gap_names_the_skills_asked_for() -> None:
    guide = parse_text(SKILLS_GAP, "prosthetist.txt")
    assert {"socket design", "gait retraining", "silicone liners", "CAD modelling",
            "outcome measures"} <= {s.text for s in guide.skills}


def test_a_bullets_hanging_line_after_a_full_stop_starts_anew() -> None:
    page = ("Prosthetist\n\nNotes\n"
            "- Employers reported most difficulty filling posts in the two northern regions.\n"
            "  Band 6 pay is unchanged.\n")
    guide = parse_text(page, "prosthetist.txt")
    assert not guide.skills


def test_a_place_glossed_with_its_title_names_the_title() -> None:
    page = ("Glassblower\n\nSwitching careers\n"
            "Many come from the pottery studio (Studio Assistant) or from bottle plants.\n")
    moves_in = {f.text for f in parse_text(page, "glassblower.txt").moves_in}
    assert "Studio Assistant" in moves_in
    assert "Pottery Studio" not in moves_in


def test_a_place_glossed_with_no_title_stays_a_place() -> None:
    page = ("Glassblower\n\nSwitching careers\n"
            "Many come from the pottery studio (North Yard) or from bottle plants.\n")
    moves_in = {f.text for f in parse_text(page, "glassblower.txt").moves_in}
    assert "North Yard" not in moves_in


def test_a_learner_of_the_roles_trade_earns_the_roles_own_pay() -> None:
    page = ("Plumber\n\nGrow our own\n"
            "Plumbing apprentices are paid on Grade 3 (£21,400 - £23,100) while they study.\n"
            "Joinery apprentices are paid on Grade 3 (£21,900 - £23,300) too.\n")
    owned = {(s.min, s.role) for s in parse_text(page, "plumber.txt").salaries}
    assert (21_400, None) in owned  # the role at its learner level
    assert (21_900, None) not in owned  # another trade's learners are not the role
