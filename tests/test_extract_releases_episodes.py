"""Appointment news releases, podcast episode pages and work-experience placements (set-16
styles, rules16b).

A release announcing an appointment is issued by the employer of the post ("NEWS PROVIDED
BY" / "About <issuer>" boilerplate) and tells the appointee's career, earliest first, as a
ladder ending at the post.  A guest bio on an episode page tells a career the same way.
Every page here is written for these tests (invented towns, districts, people, figures).
"""

from __future__ import annotations

from tests.guide_facts import chains, names, steps

from careergraph.guides import parse_text
from careergraph.guides.careers_told import career_told
from careergraph.guides.releases import release_issuers
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_RELEASE = (
    "WireNorth\n"
    "NEWS PROVIDED BY\n"
    "City of Amberley Falls\n"
    "Jun 02, 2026, 09:00 ET\n"
    "Share this article\n"
    "City of Amberley Falls names Ruth Okonjo Director of Parks\n"
    "AMBERLEY FALLS, ON, June 2, 2026 /WireNorth/ - Council today confirmed the appointment "
    "of Deputy Director of Parks Ruth Okonjo as Director of Parks, effective July 6, 2026.\n"
    "Ms Okonjo began her career in 2001 as a seasonal groundskeeper with the Pell Island "
    "Trust. She joined the city's parks service as a park ranger in 2006 and was promoted to Parks "
    "Supervisor in 2012 and Operations Manager in 2016, before her appointment as Deputy "
    "Director of Parks in 2020. As deputy she rebuilt the permit booking system.\n"
    "Ms Okonjo is trained in the Integrated Pest Management (IPM), arboricultural "
    "surveying and grant writing, and has led the city's volunteer coordination since 2020. "
    "She led the rollout of a new asset register (ParkTrack) across 40 parks.\n"
    "The Director of Parks reports to the City Manager and oversees 64 staff.\n"
    "Backgrounder\n"
    "- The Director of Parks is also the city's tree warden under the Forestry Act.\n"
    "-30-\n"
    "SOURCE City of Amberley Falls\n")


def test_release_issuer_employs_the_post() -> None:
    guide = parse_text(_RELEASE, "release.txt")
    assert guide.role is not None and guide.role.text == "Director of Parks"
    assert "City of Amberley Falls" in names(guide.employers)


def test_appointee_career_is_a_ladder_ending_at_the_post() -> None:
    guide = parse_text(_RELEASE, "release.txt")
    assert ["Seasonal Groundskeeper", "Park Ranger", "Parks Supervisor", "Operations Manager",
            "Deputy Director of Parks", "Director of Parks"] in chains(guide)
    # the promotions are rungs of her career, no moves up from the post
    assert ("Director of Parks", "Parks Supervisor") not in steps(guide)


def test_profile_credits_name_skills() -> None:
    guide = parse_text(_RELEASE, "release.txt")
    assert {"Integrated Pest Management (IPM)", "arboricultural surveying",
            "grant writing", "volunteer coordination", "asset register", "ParkTrack"} <= names(
                guide.skills)
    # the places and periods after a credit are no part of it
    assert not {n for n in names(guide.skills) if "since" in n or "parks" in n}


def test_boilerplate_about_heading_names_the_issuer_only_on_a_release() -> None:
    lines = [(1, "News › Press Releases"), (30, "About Willowmere School District"),
             (31, "Willowmere School District serves 8,200 students.")]
    assert release_issuers(lines) == [("Willowmere School District", 30)]
    assert release_issuers(lines[1:]) == []  # an "About" box on a guide names no one
    assert release_issuers([(1, "FOR IMMEDIATE RELEASE"), (2, "About our work"),
                            (3, "Our work is varied.")]) == []


def test_told_career_needs_one_person_and_two_titles() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    told = career_told("He started as a junior copywriter at a small agency, became a "
                       "copywriter in 2014 and rose to creative director.", vocab)
    assert told is not None and told.rungs[:2] == ("Junior Copywriter", "Copywriter")
    # a trade's people (a plural with no article) and the first person are other readers'
    assert career_told("Many began as museum technicians or art handlers.", vocab) is None
    assert career_told("I started as a junior copywriter and became a copywriter.",
                       vocab) is None
    # a sentence with no step ends the story: its titles are no rungs
    told = career_told("She began her career as a staff nurse. She was promoted to ward "
                       "manager in 2015. She mentors a charge nurse.", vocab)
    assert told is not None and told.rungs == ("Staff Nurse", "Ward Manager")


_EPISODE = (
    "Bench Notes\n"
    "Ep. 14 – So You Want to Be a Brewer? with Lena Ortiz\n"
    "March 2, 2026 · 38:10 · Season 2\n"
    "▶ Play   ⬇ Download   Subscribe: Apple Podcasts · Spotify · RSS\n"
    "A brewer is responsible for brewing beer. This week we talk to a head brewer.\n"
    "This episode is brought to you by Hopsack Bags. Use code BENCH10 for 10% off.\n"
    "In this episode\n"
    "[00:00] Intro and listener mail\n"
    "[04:10] Mash tuns vs lauter tuns\n"
    "[11:30] On the cellar floor: yeast propagation, dry hopping and CIP cleaning\n"
    "[19:45] Reading a spec sheet (BeerSmith, refractometers)\n"
    "[25:00] Where brewers go next: head brewer, brewery manager\n"
    "If you liked this episode, rate and review us – it really helps!\n"
    "Support the show\n")


def test_chapter_lines_list_techniques_and_tools() -> None:
    guide = parse_text(_EPISODE, "episode.txt")
    skills = names(guide.skills)
    assert {"Mash tuns", "lauter tuns", "yeast propagation", "dry hopping", "CIP cleaning",
            "BeerSmith", "refractometers"} <= skills
    # framing chapters, the sponsor read and titles in "Where … go next" are no skills
    assert not skills & {"Intro", "listener mail", "head brewer", "brewery manager",
                         "Hopsack Bags", "BENCH10"}


_PLACEMENT = (
    "HOLLOWAY REED ENGINEERS\n"
    "Projects   Practice   Careers   Contact\n"
    "Year 10 Work Experience 2026\n"
    "Applications open 5 January – close 6 February 2026 · Placements: one week · Leeds office\n"
    "Thinking about becoming a civil engineer? Each summer we take three students for a week "
    "in our office and shadow our civil engineers.\n"
    "Your week\n"
    "MONDAY – Welcome and office tour. Introduction to structural sketching and load "
    "calculations.\n"
    "TUESDAY – Site visit with the resident engineer. Levelling survey with a dumpy level.\n"
    "THURSDAY – Model making in balsa; sit in on a design review.\n"
    "Who can apply\n"
    "Year 10 students at any Leeds school. The placement is unpaid.\n"
    "How to apply\n"
    "Email a short letter to wex@hollowayreed.example.\n"
    "Civil engineers design roads, bridges and drainage schemes.\n"
    "Holloway Reed Engineers · 9 Canal Wharf, Leeds · Privacy · Cookie preferences\n")


def test_placement_days_name_techniques_and_the_practice_employs_the_role() -> None:
    guide = parse_text(_PLACEMENT, "placement.txt")
    assert guide.role is not None and guide.role.text == "Civil Engineer"
    skills = names(guide.skills)
    assert {"structural sketching", "load calculations", "Levelling survey", "dumpy level",
            "Model making"} <= skills
    # the people met and the place of the placement are no skills
    assert not skills & {"resident engineer", "Site visit", "Leeds office"}
    assert "Holloway Reed Engineers" in names(guide.employers)


def test_programme_modules_name_their_technique_and_tools() -> None:
    from careergraph.guides.duty_tools import duty_tools
    from careergraph.guides.placement import module_skills
    assert module_skills("Module 2Tax researchUse Croner-i and Excel to answer a query.",
                         duty_tools)[:1] == ["Tax research"]
    assert module_skills("Module 4Pitch challengeRecord a 2-minute pitch.", duty_tools) == []


def test_ladders_told_with_a_verb_or_in_short_forms() -> None:
    from careergraph.guides.moves import prose_moves
    from careergraph.guides.stated_ladders import stated_ladder
    vocab = Vocabulary.from_lexicon(load_lexicon())
    told = stated_ladder("In our office people typically progress from planning assistant "
                         "(while studying) to planning graduate, then senior planner and "
                         "planning director.", vocab)
    assert told is not None and told.rungs == (
        "Planning Assistant", "Planning Graduate", "Senior Planner", "Planning Director")
    told = stated_ladder("The classic path is junior, then ergonomist, then senior, and some "
                         "of us end up as a practice manager.", vocab, levels_of="Ergonomist")
    assert told is not None and told.rungs == (
        "Junior Ergonomist", "Ergonomist", "Senior Ergonomist", "Practice Manager")
    # a bare level word is a rung only in a ladder told in the role's short forms
    assert stated_ladder("The usual route is teacher, then head of year, then principal.",
                         vocab, levels_of="Ergonomist").rungs[-1] == "Principal"
    moved = prose_moves("Some move in-house as a compliance counsel at an insurer.", vocab,
                        "Ergonomist")
    assert moved["lateral"] == ["Compliance Counsel"]
    moves = prose_moves("Many ergonomists came from sports science or were safety advisers "
                        "or laboratory technicians first.", vocab, "Ergonomist")
    assert {"Safety Adviser", "Laboratory Technician"} <= set(moves["in"])
    assert not any(title.startswith("Were") for title in moves["in"])


def test_run_in_hiring_labels_name_employers_and_kinds() -> None:
    page = ("Agronomist\n"
            "An agronomist is responsible for advising farmers on crops and soils.\n"
            "Who's hiring: seed companies (Arlo Seeds, Pellham and Verdane itself), plant "
            "breeders, grain co-ops and the USDA.\n")
    guide = parse_text(page, "agronomist.txt")
    assert {"Arlo Seeds", "Pellham", "Verdane", "USDA"} <= names(guide.employers)
    assert {"seed companies", "plant breeders", "grain co-ops"} <= names(guide.sectors)
    assert not {n for n in names(guide.employers) if "itself" in n}


def test_answer_to_who_is_hiring_names_employers_and_kinds() -> None:
    page = ("Ergonomist\n"
            "An ergonomist is responsible for fitting work to the people who do it.\n"
            "Host: And who's hiring?\n"
            "Consultancies like ours and Bramble Ergo, the big carmakers, regulators like "
            "SafeWork North, and increasingly warehouse projects because of injuries.\n")
    guide = parse_text(page, "ergonomist.txt")
    assert {"Bramble Ergo", "SafeWork North"} <= names(guide.employers)
    assert {"consultancies", "big carmakers", "regulators", "warehouse projects"} <= names(
        guide.sectors)
    assert "Consultancies" not in names(guide.employers)
    from careergraph.guides.hiring_lines import answered_workplaces
    # a labelled line or a dash clause under the question is read by other readers
    assert answered_workplaces("Who is hiring?", "Current vacancies: A Hotel, B Suites and "
                               "The C Tower.") == ([], [])
    assert answered_workplaces("Who employs them?", "Banks and insurers – and we work with "
                               "all of them.") == ([], [])


def test_a_spoken_answer_with_its_own_hiring_verb_is_left_to_the_hiring_clause() -> None:
    guide = parse_text(
        "Meter Reader\n\nA meter reader records water use.\n\nWhere do meter readers work?\n\n"
        "Tidewell Metering, Harbour and Dock Authority, Selby Power and county utilities hire "
        "readers every spring.\n", "m.txt")
    assert {"Harbour and Dock Authority", "Selby Power"} <= {e.text for e in guide.employers}
    assert "Harbour" not in {e.text for e in guide.employers}
    assert not any("every spring" in s.text for s in guide.sectors)
