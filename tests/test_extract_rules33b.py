"""Structures of three page types (found by studying held-back set 33): an occupational map's
occupation card or a skill council's map of job roles, a franchisor's crew-to-owner careers
pathway and a student's job-shadowing report."""

from __future__ import annotations

from careergraph.guides import parse_text

_CARD = """\
WYESIDE CAREERS HUB  ·  Skills Map Explorer       Routes ▾   Profiles   Guidance   Feedback
Agriculture  ›  Land-based engineering  ›  Machinery servicing (Technical, level 3)

◆ Forestry machine technician
Occupation card · Level 3 · Status: Approved · Reference ST7702
Also known as: Harvester Mechanic, Forwarder Technician

Occupation summary
Keeps harvesters and forwarders running in the woods: finds faults in hydraulics and
engines, repairs cranes and keeps service records for the forest contractor.

Average salary ······ £31,200 (median for this occupation)

Back to map  |  Print card
© Wyeside Careers Hub CIC 2026 · Accessibility · Cookies
"""

_COUNCIL = """\
RSC — Rural Service Council          Home | About | Qualification Packs | Contact
SERVICE MAP: FARM MACHINERY   Version 2.0 | Download PDF

Sector: Agriculture     Sub-sector: Farm Machinery Service
Track          | Level 3                 | Level 4                   | Level 5
Technical      | Tractor Service Helper  | Tractor Service Mechanic  | Service Supervisor
                 (QP RSC/Q0101)            (QP RSC/Q0102)              (QP RSC/Q0103)
Sales          | —                       | Parts Counter Executive   | —

JOB ROLE: TRACTOR SERVICE MECHANIC  (also: Tractor Fitter)
Brief job description: Individuals at this job service and repair tractors and implements.
"""

_REPORT = """\
Riverside Academy — Year 10 Work Experience Diary (Science)
Name: Tom Reyes   |   Placement: Pathology lab, Westmere Hospital   |   3 days, May 2026
Shadowed: Dr Lena Marsh, Principal Clinical Cytologist, and her team

BEFORE THE PLACEMENT — what I thought a Cytology Screener did
I thought they only looked at slides all day. In fact they also report results.

Skills I saw being used
microscopy · slide staining · attention to detail
"""

_NUMBERED = """\
Hillcrest High School — Career Shadowing Report
Student: Amy Lowe        Class: 11C        Teacher: Mr Park

1. Host details
Organisation: Harbour Line Surveyors, Cork
Person shadowed: Dan Roe, Chartered Hydrographic Surveyor

2. My day
9:00 boat trip to check the echo sounder

3. What does a Hydrographic Surveyor do?
A Hydrographic Surveyor maps the sea bed so that ships can sail safely.

4. Where they go next
Surveyors can also move into port management or become harbour masters.
"""


def test_site_name_printed_without_its_legal_form_is_a_masthead_not_the_role() -> None:
    guide = parse_text(_CARD, "page-1.txt")
    assert guide.role.text.lower() == "forestry machine technician"
    assert guide.role_signal == "title_line"


def test_council_map_job_role_label_names_the_role_with_its_hyphen() -> None:
    page = _COUNCIL.replace("TRACTOR SERVICE MECHANIC", "THREE-WHEELER SERVICE MECHANIC")
    guide = parse_text(page, "page-1.txt")
    assert guide.role.text == "Three-Wheeler Service Mechanic"
    assert guide.role_signal == "statement"


def test_report_heading_what_i_thought_a_worker_did_names_the_role() -> None:
    guide = parse_text(_REPORT, "page-1.txt")
    assert guide.role.text == "Cytology Screener"
    assert guide.role_signal == "question"


def test_numbered_section_question_names_the_role_over_a_later_plural_opening() -> None:
    guide = parse_text(_NUMBERED, "page-1.txt")
    assert guide.role.text == "Hydrographic Surveyor"
    assert guide.role_signal == "question"


_PATHWAY = """\
Harbour Kart Racing Careers
Circuit Manager

A Circuit Manager runs one karting circuit: the marshals, the karts and the race nights.

WHO'S HIRING
Our circuits are owned and operated by independent franchisees. Open roles right now:
Eastgate Karting Partners LLC (Dover, Deal) · Northfield Speed Holdings (Leeds) · \
Coastline Kart Group (Hull)

Apply now ›
© 2026 Harbour Kart Franchising, LLC. This is not an offer to sell a franchise. \
Privacy · Accessibility · Do Not Sell My Info
"""


def test_dotted_firm_with_its_towns_in_a_bracket_is_one_employer() -> None:
    employers = {e.text for e in parse_text(_PATHWAY, "page-1.txt").employers}
    assert {"Eastgate Karting Partners LLC", "Northfield Speed Holdings",
            "Coastline Kart Group"} <= employers
    assert not {"Dover", "Deal"} & employers


def test_copyright_line_with_notices_and_links_is_footer_chrome() -> None:
    employers = {e.text for e in parse_text(_PATHWAY, "page-1.txt").employers}
    assert not {"Accessibility", "Do Not Sell My Info", "Privacy"} & employers


_HEARSAY = """\
Hillcrest High School — Career Shadowing Report

3. What does a Hydrographic Surveyor do?
A Hydrographic Surveyor maps the sea bed so that ships can sail safely.

4. Where hydrographic surveyors work
Port authorities and survey firms. Dan said Tidemark Surveys Ltd and Kelp Point Marine \
are always looking for people.
The skipper said Northsound Charting Partners were recruiting this year.
"""


def test_names_a_host_said_are_looking_for_people_or_recruiting_are_employers() -> None:
    employers = {e.text for e in parse_text(_HEARSAY, "page-1.txt").employers}
    assert {"Tidemark Surveys Ltd", "Kelp Point Marine", "Northsound Charting Partners"} <= (
        employers)
    assert "Dan" not in employers


_MAP_CARD = """\
◆ Forestry machine technician
Occupation card · Level 3 · Status: Approved · Reference ST7702

Occupation summary
Keeps harvesters and forwarders running in the woods: finds faults in hydraulics and
engines, repairs cranes and keeps service records for the forest contractor.

Employers involved in developing this standard
Founding group: Glenmore Timber Harvesting, Brackenridge Forestry Ltd, Alder Vale Contracting

Recent placements of certified operators: Sitka Line Logging (Oban), Corrie Woodlands Ltd (Perth)
"""


def test_employers_heading_over_a_labelled_line_lists_its_firms() -> None:
    employers = {e.text for e in parse_text(_MAP_CARD, "page-1.txt").employers}
    assert {"Glenmore Timber Harvesting", "Brackenridge Forestry Ltd",
            "Alder Vale Contracting"} <= employers
    assert not any("Founding" in name for name in employers)


def test_recent_placements_of_trainees_name_employers() -> None:
    employers = {e.text for e in parse_text(_MAP_CARD, "page-1.txt").employers}
    assert {"Sitka Line Logging", "Corrie Woodlands Ltd"} <= employers


_SHADOW_PAY = """\
Hillcrest High School — Career Shadowing Report

3. What does a Hydrographic Surveyor do?
A Hydrographic Surveyor maps the sea bed so that ships can sail safely.

7. Pay (figures Dan said were "about right" on the south coast in 2026)
Graduate Surveyor: €31,000 – €35,000
Hydrographic Surveyor (3–6 years): €44,000 – €55,000
Hydrographic Senior Surveyor: €58,000 – €66,000
Harbour Master: €72,000 – €81,000
"""

_LOG_PAY = """\
Westbrook Sixth Form — Work Experience Log
BEFORE THE PLACEMENT — what I thought a Cardiac Physiologist did
I thought they only ran heart traces. In fact they run exercise tests and fit monitors.

Pay (national pay scale, 2026/27 — from the careers website and Mr Osei)
Cardiac Physiologist: Band 6, £38,200 – £45,900
Senior Cardiac Physiologist: Band 7, £47,100 – £53,800
Departmental Manager: Band 8b, £62,300 – £72,900
"""


def _owners(page: str) -> dict[float, str | None]:
    """Each salary's lower figure and the title that owns it (None: the page's role)."""
    return {s.min: s.role for s in parse_text(page, "page-1.txt").salaries if s.min}


def test_numbered_pay_section_with_a_note_keeps_each_title_its_pay() -> None:
    owners = _owners(_SHADOW_PAY)
    # (the role with a seniority word inside its title is its own step; a rung named apart,
    # "Graduate Surveyor", and another post own theirs)
    assert owners[44000] is None and owners[58000] is None
    assert owners[31000] == "Graduate Surveyor" and owners[72000] == "Harbour Master"


def test_pay_heading_with_scheme_year_and_source_keeps_banded_titles_their_own() -> None:
    owners = _owners(_LOG_PAY)
    assert owners[38200] is None and owners[47100] is None
    assert owners[62300] == "Departmental Manager"


_KSB_CARD = """\
◆ Rail track maintenance technician
Occupation card · Level 3 · Status: Approved · Reference ST8810

Knowledge, skills and behaviours (summary)
K: track geometry · signalling interfaces · possession rules
S: rail grinding · ultrasonic testing · tamping machine operation
B: safety-first · team working · clear reporting
Employers involved in developing this standard
Founding group: Ridgeway Rail Services, Eastline Track Ltd
Typical sectors: light rail and tram operators, network owners, track contractors
"""

_STUDIO_SKILLS = """\
What does a Climbing Gym Manager do?
The Climbing Gym Manager runs one bouldering gym for the franchise owner.

What great Gym Managers bring: route setting | membership sales | rota planning |
member retention | safety briefings | resilience
"""


def test_standard_s_and_b_lines_after_the_k_line_stay_skills() -> None:
    skills = {s.text.lower() for s in parse_text(_KSB_CARD, "page-1.txt").skills}
    assert {"track geometry", "rail grinding", "ultrasonic testing", "safety-first",
            "team working"} <= skills


def test_card_sectors_label_in_an_employers_section_keeps_a_shared_head_whole() -> None:
    guide = parse_text(_KSB_CARD, "page-1.txt")
    sectors = {s.text.lower() for s in guide.sectors}
    assert {"light rail and tram operators", "network owners", "track contractors"} <= sectors
    assert {"Ridgeway Rail Services", "Eastline Track Ltd"} <= {e.text for e in guide.employers}


def test_what_great_holders_bring_list_broken_after_a_bar_runs_on() -> None:
    skills = {s.text.lower() for s in parse_text(_STUDIO_SKILLS, "page-1.txt").skills}
    assert {"route setting", "membership sales", "rota planning", "member retention",
            "safety briefings", "resilience"} <= skills


_PROGRESSION_CARD = """\
◆ Track and signal maintenance technician
Occupation card · Level 3 · Status: Approved · Reference ST8810

Progression (from the progression profile)
Entry:  Track operative (level 2) · Civil engineering plant and rail vehicle operative (road-rail)
Next:   Track and signal maintenance technician → Track section manager (level 4) → \
Asset engineer (level 6)
"""

_ROUTES = """\
Hillcrest High School — Career Shadowing Report

3. What does a Hydrographic Surveyor do?
A Hydrographic Surveyor maps the sea bed so that ships can sail safely.

6. Career path (from my interview with Dan)
Graduate Surveyor → Hydrographic Surveyor → Senior Hydrographic Surveyor → Chief Surveyor
Dan started as a Graduate Surveyor. Two of his colleagues came from other routes: one was a \
Deck Officer on ferries, another had been a Land Surveyor with a council.
"""


def _moves(page: str) -> dict[str, set[str]]:
    guide = parse_text(page, "page-1.txt")
    return {"in": {f.text for f in guide.moves_in}, "up": {f.text for f in guide.leads_to}}


def test_progression_card_entry_field_names_moves_in_and_the_role_chain_stays_whole() -> None:
    guide = parse_text(_PROGRESSION_CARD, "page-1.txt")
    assert {"Track Operative", "Civil Engineering Plant and Rail Vehicle Operative"} <= {
        f.text for f in guide.moves_in}
    rungs = [[step.text.lower() for step in ladder] for ladder in guide.progressions]
    assert any(ladder[:2] == ["track and signal maintenance technician", "track section manager"]
               for ladder in rungs)


def test_colleagues_who_came_from_other_routes_are_moves_in() -> None:
    moves = _moves(_ROUTES)
    assert {"Deck Officer", "Land Surveyor"} <= moves["in"]
    assert not {"Deck Officer", "Land Surveyor"} & moves["up"]


_NUMBERED_SKILLS = """\
What does a Sign Writer do?
A Sign Writer paints lettering on shop fronts, vans and boats.

Top skills
1. Brush lettering
2. Colour mixing
3. Gilding
4. Social media marketing (your feed is your portfolio)
Getting started
Most sign writers learn beside an old hand for two years.
"""


def test_numbered_list_item_with_a_note_is_an_item_not_a_section() -> None:
    skills = {s.text for s in parse_text(_NUMBERED_SKILLS, "page-1.txt").skills}
    assert {"Brush lettering", "Gilding", "Social media marketing"} <= skills
