"""Structures of real public career pages (helper real42, 2026-12-06), on invented pages.

Energy pages (a job site's wind-technician career-path card with a pay band by level, a
degree site's "how to become" with similar jobs and their median pay), funeral services (a
job site's funeral-director card with "Tasks:", a career-test card, a career encyclopedia),
aviation (an air-traffic training site's requirement lists marked with a plane glyph, a
Scottish careers service's aircraft-engineer profile, a maintenance career-path article),
seafaring (an Indian deck-officer rank guide, a Scottish careers profile with pay by rank, a
maritime career map's strip marking its "Current Position"), casinos (a college site's fact
box flattened into "Necessary Skills Interpersonal skills, …" rows, a career test's dealer
page), legal support (a career wiki's paralegal levels, a UK job profile), laboratory science
(an Irish student site, an Irish careers portal's "Occupation Details" page), an Indian
journalism portal and a course provider's warehouse-operative guide.  What was wrong: "✈ have
good memory;" lines read as prose (a medical check's "hearing", "heart" as skills); a flattened
fact box gave "Education Completion", "Skills Interpersonal"; "Additionally, a dealer may
depend on tips …" gave "Additionally"; a task's "Plans, schedules, and coordinates funerals"
gave "Plans", "schedules"; "Crane Operators — Median Annual Salary (May 2020): $56,690" under
"Types of Wind Turbine Technicians" gave pay to a role "Types of Wind Turbine Technician"; a
career map's first rung "Deck Cadet" named the docking pilot's page; "Route 3: Lateral Entry"
/ "For:" gave a move "For"; "specialize in diverse areas such as …" gave "diverse areas";
"electrical circuitry unique to wind turbines" gave "electrical circuitry unique"; a portal's
page under a quiz blurb was rejected (no role).
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_plane_glyph_opening_list_lines_is_a_bullet() -> None:
    guide = _parse(
        "To become a flight dispatcher, you must:\n"
        "✈ pass a medical test which shows that you are fit for the job\n"
        "✈ get special training at an aviation school\n"
        "Dispatch work requires special skills because planning flights is a complex job. "
        "Flight dispatchers must:\n"
        "✈ have good memory;\n"
        "✈ be calm under pressure;\n"
        "✈ be able to work in a team.\n"
        "Dispatch work has strict medical requirements. Doctors check eye sight (vision), "
        "hearing, heart and general condition. Dispatchers must be healthy because the job "
        "involves high workloads, night work and work under strain.\n")
    skills = _texts(guide.skills)
    assert not any(skill.startswith("✈") for skill in skills)
    assert not {"hearing", "heart", "general condition", "night work"} & skills
    assert "memory" in skills
    # one line alone with the glyph is no list: it stays as printed
    single = _parse("Flight Dispatcher\n\nFlight dispatchers plan routes.\n\n"
                    "✈ Fly with us: cadet places open now.\n")
    assert single.role.text == "Flight Dispatcher"


def test_a_flattened_fact_box_reads_its_labels() -> None:
    guide = _parse(
        "Croupier\n\n"
        "Croupiers run roulette and card tables in gaming venues.\n\n"
        "Required Education Completion of a croupier course or trade program\n"
        "Necessary Skills Quick arithmetic, steady hands, patience\n"
        "Median Salary (2022)* $27,300 (for all croupiers)\n\n"
        "Croupier: Education\n\n"
        "Most croupiers train at a gaming school.\n")
    skills = _texts(guide.skills)
    assert {"Quick arithmetic", "steady hands", "patience"} <= skills
    assert not any(skill.startswith(("Skills ", "Education ")) for skill in skills)
    assert (27300, 27300) in _pay(guide)
    # one such row alone is a sentence as likely as a box: read as it is
    one = _parse("Croupier\n\nCroupiers run card tables.\n\n"
                 "Necessary Skills Quick arithmetic, steady hands, patience\n")
    assert "Quick arithmetic" not in _texts(one.skills)


def test_an_adding_connective_and_a_verb_series_name_no_skills() -> None:
    guide = _parse(
        "Cemetery Manager\n\n"
        "Education Required: Associate's Degree\n"
        "Tasks: Oversees the grounds.\n"
        "Plans, schedules, and coordinates burials, interments, and memorials.\n\n"
        "Cemetery Manager: Skills\n\n"
        "A manager deals with grieving families every day. Additionally, a manager may "
        "depend on volunteers for events and so a calm manner and good humour.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not {"plans", "schedules", "interments", "additionally"} & skills


def test_a_dashed_pay_label_gives_its_title_the_figure() -> None:
    guide = _parse(
        "Solar Panel Installer\n\n"
        "Solar panel installers fit panels on roofs.\n\n"
        "Types of Solar Panel Installers\n\n"
        "Other jobs with similar training may suit some people. Similar positions to "
        "consider include:\n\n"
        "  • Roofer — Median Annual Salary (May 2021): $47,110\n"
        "  • Electrician — Median Annual Salary (May 2021): $60,040\n")
    owners = {(s.min, s.role) for s in guide.salaries}
    assert owners == {(47110, "Roofer"), (60040, "Electrician")}
    assert {"Roofer", "Electrician"} <= _texts(guide.transitions_to)


def test_a_career_strips_current_rung_names_the_role() -> None:
    guide = _parse(
        "Career Progression\n"
        "1\nDeckhand\nLevel 1 Position\nEntry level\n"
        "2\nBosun\nLevel 2 Position\n2-3 years as Deckhand\n"
        "3\nRiver Pilot\nCurrent Position\nComplete requirements to advance to next level\n"
        "4\nHarbour Master\nLevel 4 Position\n10+ years\n")
    assert guide.role.text == "River Pilot"
    # no mark: the strip's first rung still opens the page
    plain = _parse("Career Progression\n1\nDeckhand\nLevel 1 Position\n2\nBosun\n"
                   "Level 2 Position\n")
    assert plain.role.text != "River Pilot"


def test_a_portals_occupation_details_label_names_the_role() -> None:
    guide = _parse(
        "Featured Advice\nWhat are your interests?\n\n"
        "Practical people like working with tools and machines. They are often happiest "
        "outdoors or in a workshop, making and fixing things.\n\n"
        "Occupation Details\n\nlogo imagelogo image\n\nQuarry Supervisor\n\n"
        "Job Zone\n\nSome on-the-job training is needed for these occupations.\n")
    assert guide.role.text == "Quarry Supervisor"


def test_a_lone_label_and_career_advancement_becoming() -> None:
    guide = _parse(
        "Ferry Officer\n\n"
        "Ferry officers keep watch on passenger ferries.\n\n"
        "Lateral Entry\n"
        "For:\n"
        "- Fishing vessel officers\n"
        "- Coast Guard crew\n\n"
        "Career advancement for Ferry Officers can include becoming a first mate or "
        "fleet superintendent.\n")
    assert "For" not in _texts(guide.moves_in)
    assert {"First Mate", "Fleet Superintendent"} <= _texts(guide.leads_to)


def test_a_kinds_head_and_a_belonging_adjective_are_cut() -> None:
    guide = _parse(
        "Sports Reporter\n\n"
        "Sports reporters can specialize in diverse areas such as football, athletics "
        "and motor racing.\n\n"
        "The role demands an understanding of systems like timing gear, results feeds, "
        "and broadcast rules unique to each league.\n")
    skills = _texts(guide.skills)
    assert "diverse areas" not in skills
    assert "broadcast rules" in skills and "broadcast rules unique" not in skills
