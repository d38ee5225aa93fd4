"""Structures of real public career pages (helper real44, 2026-12-06), on invented pages.

Veterinary surgeons (a graduate site's copy with "Typical employers", a job-snapshot card with
one figure per currency), water treatment operators (a careers encyclopedia's fact lines, an
O*NET-fed "summary report"), roofing and scaffolding (a study site's facts box, a careers
site's scaffolder, an Australian labour-market snapshot), court clerks (a reference
publisher's "Snapshot", a job site's card with "Also Called:"), border force officers (a
Scottish portal, an Australian careers database), lifeguards (a UK careers site, a regional
"job ideas" page), a delivery driver (an Australian skills council), quarry workers (the
national careers service), tyre fitters (a Scottish profile, My Next Move), an airport ramp
agent, a cleaning supervisor's ladder and an FAQ page.  What was wrong: "n/a" under a
snapshot's label was a skill; "in customer service capacities" and "workshops alongside
motor vehicle technicians" were sectors; a card's empty "Job outlook" field was a skill;
"the rate ranges from £6.50 an hour to £10" gave an open "from £6.50" and a point "£10";
"fleet service agents, clerks or baggage handlers" gave the alias "Clerks Or Baggage
Handler"; "start out as assistant or deputy court clerks" gave a move in from "Assistant";
"the National Pool Management Qualification" was a move up; "You could complete an
intermediate Lifeguard apprenticeship" named the page; "Also Called: Clerk to the Court"
gave nothing; "the Department for Environment, Food & Rural Affairs (DEFRA)" gave the
employers "Department" and "Food & Rural Affairs"; "maths skills to work out quantities"
gave no skill.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_an_empty_cell_mark_is_no_skill() -> None:
    guide = _parse(
        "Steel Fixers\n\nOccupation ID 821911\n\nOverview\n\nSnapshot\n\n"
        "Employed\n4,100\nWeekly Earnings\nN/A\n\n"
        "Summary\n\nSteel fixers tie reinforcing bar on civil works sites.\n\n"
        "Tasks\n\n  • Ties reinforcing bar.\n\n"
        "Characteristics\n\nSkill Level\nLower skill\nUnemployment Rate\nn/a\n"
        "Interests\n  • Practical\n")
    assert guide.role.text == "Steel Fixer"
    assert not {"n/a", "N/A"} & _texts(guide.skills)
    # a skill list's items are still read
    listed = _parse("Steel Fixer\n\nSteel fixers tie bar.\n\nSkills\n\n- Bar bending\n"
                    "- Reading schedules\n")
    assert {"Bar bending", "Reading schedules"} <= _texts(listed.skills)


def test_a_capacity_and_the_workers_beside_are_no_sector() -> None:
    guide = _parse(
        "Tribunal Usher\n\n"
        "Tribunal ushers work in hearing rooms, waiting areas, and in reception capacities. "
        "They usually work in regional centres or annexes alongside listing officers.\n")
    sectors = _texts(guide.sectors)
    assert not any("capacities" in s or "alongside" in s for s in sectors)
    assert {"hearing rooms", "annexes"} <= sectors


def test_a_bare_outlook_label_under_entry_education_is_no_skill() -> None:
    guide = _parse(
        "Harbour Patrol Officer\n\n"
        "A harbour patrol officer keeps a port's waters safe.\n"
        "-\nEntry-level education\nSenior secondary certificate or equivalent\n"
        "-\nJob outlook\n"
        "What does a Harbour Patrol Officer do?\n"
        "A harbour patrol officer boards vessels and checks their papers.\n")
    assert "Job outlook" not in _texts(guide.skills)
    assert "Job outlook" not in _texts(guide.requirements)


def test_a_band_from_an_hourly_figure_to_a_bare_one() -> None:
    guide = _parse(
        "Pool Attendant\n\n"
        "Pool attendants keep swimmers safe at a town's leisure pool.\n\n"
        "Pay\n"
        "Most attendants are paid by the hour, and the rate ranges from £7.20 an hour to "
        "£11.\n")
    assert (7.2, 11) in _pay(guide)
    assert {s.period for s in guide.salaries} == {"hour"}
    # a second figure with its own period is another figure, no band's top
    other = _parse(
        "Pool Attendant\n\n"
        "Pool attendants keep swimmers safe.\n\n"
        "Pay\nPay runs from £7.20 an hour to £21,000 a year for full-time staff.\n")
    assert (7.2, 21000) not in _pay(other)


def test_titles_set_apart_by_or_are_two_aliases() -> None:
    guide = _parse(
        "Freight Loader\n\n"
        "Freight loaders are sometimes known as hold agents, clerks or cargo handlers. "
        "They stow crates in the holds of small aircraft.\n")
    aliases = _texts(guide.aliases)
    assert {"Clerk", "Cargo Handler"} <= aliases
    assert not any(" Or " in a or " or " in a for a in aliases)
    # a title whose first word is no title is one ("gate or ramp controllers": one kind)
    one = _parse(
        "Exhaust Fitter\n\n"
        "Exhaust fitters are also known as tyre or exhaust fitters. They replace silencers.\n")
    assert "Tyre Or Exhaust Fitter" in _texts(one.aliases) or not any(
        a in ("Tyre", "Tyres") for a in _texts(one.aliases))


def test_rank_words_sharing_a_head_are_whole_titles() -> None:
    guide = _parse(
        "Tribunal Clerk\n\n"
        "Tribunal clerks keep the records of hearings.\n\n"
        "Many people start out as assistant or deputy tribunal clerks and are later "
        "promoted to senior clerk.\n")
    moved_in = _texts(guide.moves_in)
    assert "Assistant" not in moved_in
    assert {"Assistant Tribunal Clerk", "Deputy Tribunal Clerk"} <= moved_in


def test_a_qualification_named_after_a_move_is_no_move() -> None:
    guide = _parse(
        "Pool Attendant\n\n"
        "Pool attendants watch over swimmers.\n\n"
        "Career Path and Progression\n\n"
        "You could become a leisure centre manager with the Aquatic Facility Management "
        "Qualification.\n")
    ups = _texts(guide.leads_to)
    assert "Leisure Centre Manager" in ups
    assert not any("Aquatic Facility" in title for title in ups)


def test_a_spaced_trail_names_the_page_and_a_sentence_to_the_reader_does_not() -> None:
    guide = _parse(
        "Home Explore Job Ideas Ranger\n\n\n\nJob Description\n\n"
        "Rangers look after a country park's paths and visitors, and they will step in when "
        "needed and give first aid if necessary.\n\n"
        "Entry Requirements\n\nYou could get into this role by either taking an "
        "Apprenticeship or through a work based route\n\n\n"
        "You could complete an intermediate Ranger apprenticeship \n\n"
        "You don't necessarily need any formal qualifications.\n")
    assert guide.role.text == "Ranger"
    # a title beginning "Home" is one title where no site section names a trail
    home = _parse("Home Care Assistant\n\nHome care assistants help people in their homes.\n")
    assert home.role.text == "Home Care Assistant"


def test_a_cards_also_called_line_and_titles_of_an_office() -> None:
    guide = _parse(
        "Tribunal Clerk\n\n"
        "Tribunal clerks keep the records of hearings and list the day's cases.\n\n"
        "Education Required: Associate's Degree\n"
        "Avg Salary: $31500\n"
        "Also Called: Clerk to the Tribunal\n"
        "Clerk of the Lists\n"
        "Listing Officer\n"
        "Additional Resources:\n")
    aliases = _texts(guide.aliases)
    assert {"Clerk to the Tribunal", "Clerk of the Lists", "Listing Officer"} <= aliases


def test_a_body_spelt_by_its_acronym_across_commas_is_one_employer() -> None:
    guide = _parse(
        "Animal Health Inspector\n\n"
        "Animal health inspectors check farms and markets for disease.\n\n"
        "Typical employers of animal health inspectors\n"
        "-\nPrivate veterinary practices\n"
        "-\nGovernment bodies such as the Office for Farming, Fisheries & Rural Estates "
        "(OFFRE)\n")
    employers = _texts(guide.employers)
    assert "Office for Farming, Fisheries & Rural Estates" in employers
    assert not {"Office", "Fisheries & Rural Estates"} & employers


def test_a_kind_of_skills_then_its_purpose() -> None:
    guide = _parse(
        "Gravel Plant Operator\n\n"
        "Gravel plant operators run screening and washing plant at a pit.\n\n"
        "Skills required\n\n"
        "You'll need:\n\n"
        "- maths skills to work out loads and blends\n"
        "- excellent verbal communication skills\n")
    skills = _texts(guide.skills)
    assert "maths skills" in skills
    assert not any(s.startswith("maths skills to") for s in skills)


def test_ability_clauses_of_a_summary_page_are_not_cut_into_skills() -> None:
    guide = _parse(
        "Wheel Balancers\n\n"
        "Also called: Wheel Technician, Balancing Fitter\n\n"
        "What they do:\nBalance and align the wheels of cars and vans.\n\n"
        "Knowledge\n\nEngineering and Technology\n  • mechanical\n\n"
        "Skills\n\nSocial\n  • changing what is done based on other people's actions\n\n"
        "Abilities\n\nControlled Movement\n"
        "  • quickly change the controls of a machine, car, truck or boat\n"
        "Endurance\n  • exercise for a long time without getting out of breath\n")
    skills = _texts(guide.skills)
    assert not {"car", "truck", "boat", "exercise", "changing what is done based"} & skills
    assert "mechanical" in skills
