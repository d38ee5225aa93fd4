"""Structures of real public career pages (helper real31, 2026-12-05), on invented pages.

NHS Scotland and NHS Wales careers pages, an NHS trust's "what NHS career would suit you"
cards, a Scottish apprenticeship framework, Careers Wales, TAFE SA career profiles, US Air
Force fact sheets and specialty descriptions, US Army and Navy job pages and an MOS
directory, a Philippine TESDA training regulation, sheet-metal and ironworker union
apprenticeship pages, a US technical college's apprenticeship page, a Victorian youth
careers interview, a UK education charity's skills persona and a Latvian job portal's
profile: a title line with its classification code after it ("Wheeled Vehicle Mechanic
(91B)") named no role; a title under a photo strip's captions or a portal's menu lines
(Careers Wales, TAFE SA) named none and the page was rejected; a place before "metropolitan
area" ("employed in the Hobart metropolitan area") was an employer; "work on Humvee, … vehicles,
and all types of diesel engines" gave employers and a sector, as did "higher wages than those
employed by non-union contractors"; "good at motivating others and would like a job working
closely …" gave "would"; "people of all ages, lifestyles and backgrounds" gave "lifestyles";
"use diagnostic and testing equipment" and "starting and charging systems" gave "diagnostic"
and "starting"; "work in many areas such as maternity, occupational therapy, physiotherapy"
gave techniques; "the Agenda for Change pay rates" gave the tool "Change"; and "How to Become
a Welder or Fabricator" named "Welder Or Fabricator".
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_classification_code_after_the_title_line_is_no_part_of_it() -> None:
    for code in ("(12C)", "(MOS 31K)", "- 3D0X2"):
        guide = _parse(f"Careers & Jobs\nSoldier at work\n\nGenerator Mechanic {code}\n\n"
                       "  • Enlisted\n  • Active Duty\n\n"
                       "Overview\n\nThis soldier keeps field power plants running for "
                       "camps and hospitals.\n\nJob Duties\n\n  • Service diesel sets\n")
        assert guide.role.text == "Generator Mechanic", code


def test_a_title_under_a_photo_strip_names_the_role() -> None:
    guide = _parse("Share this page\n\nJob Photographs\n\n"
                   "  • A woman on a tower is fixing a pole.\n\n"
                   "    Work at height is part of the job.\n\n"
                   "  • A van full of tubes and boards.\n\n"
                   "  • Scaffolder\n\n"
                   "Scaffolder\n\n\n"
                   "Scaffolders put up the metal frames and platforms that builders stand "
                   "on, often in all weathers.\n\n"
                   "Work Activities\n\nAs a Scaffolder, you will read plans and bolt "
                   "tubes.\n")
    assert guide.role.text == "Scaffolder"


def test_a_plural_title_under_a_portals_menu_names_the_role() -> None:
    guide = _parse("Courses\n\nCareer Profile Examples\n\nStudy Areas\nCourse Types\n\n"
                   "Bakers\n\n"
                   "Note: Finishing a course here does not promise you a job in the "
                   "trade.\n\n"
                   "Brief Early starts and flour in the air are what it takes to be a baker, "
                   "who mixes, shapes and bakes bread.\n")
    assert guide.role.text == "Baker"


def test_a_place_before_its_metropolitan_area_is_no_employer() -> None:
    guide = _parse("Baker\n\nBakers mix, shape and bake bread and cakes for shops and "
                   "cafés.\n\n"
                   "There are around 1,900 bakers in Tasmania. Most are employed in the "
                   "Launceston metropolitan area, and some in the Derwent region.\n")
    employers = _texts(guide.employers)
    assert not employers & {"Launceston", "Derwent"}


def test_a_model_named_among_the_machines_worked_on_is_no_employer() -> None:
    guide = _parse("Generator Mechanic\n\nGenerator mechanics keep field power plants "
                   "running.\n\nMilitary Duties:\n\nSoldiers may work on Bravo-9, towed "
                   "light units, and all types of gas turbines.\n")
    assert not _texts(guide.employers) & {"Bravo-9"}
    assert not any("turbines" in s or "units" in s for s in _texts(guide.sectors))
    # (a named ship or ferry line is still a place worked on)
    ferry = _parse("Deckhand\n\nDeckhands crew passenger boats.\n\nMost deckhands work on "
                   "the Kestrel Sound ferries.\n")
    assert "Kestrel Sound" in _texts(ferry.employers)


def test_the_workers_a_comparison_names_work_for_no_employer_of_the_role() -> None:
    guide = _parse("Glazier\n\nGlaziers cut and fit glass in windows and doors.\n\n"
                   "Union glaziers usually earn more than those employed by non-union "
                   "firms.\n")
    assert not any("non-union" in s for s in _texts(guide.sectors) | _texts(guide.employers))


def test_a_modal_after_a_cued_list_opens_a_clause_no_skill() -> None:
    guide = _parse("Speech Therapist\n\nTHE WORKING DAY\n\nYou see four children today.\n\n"
                   "DOES THIS SOUND LIKE ME?\n\nYou're calm and have plenty of tact. You're "
                   "good at calming others and would like a post working closely with "
                   "families.\n")
    skills = _texts(guide.skills)
    assert not skills & {"would", "post working closely"}
    assert not any(s.startswith(("would", "post ")) for s in skills)


def test_the_range_of_people_an_ability_serves_gives_no_skills() -> None:
    guide = _parse("Care Assistant\n\nCare assistants help older people at home.\n\n"
                   "Useful abilities include:\n\n"
                   "  • Being able to get on with clients of all ages, faiths and cultures\n"
                   "  • Being able to explain a care plan\n")
    assert not _texts(guide.skills) & {"faiths", "cultures", "ages"}


def test_two_modifiers_of_one_head_each_take_the_head() -> None:
    guide = _parse("Generator Mechanic (52D)\n\nGenerator mechanics keep field power plants "
                   "running.\n\nJob Duties\n\n"
                   "  • Service power plant engine systems including control panels, and "
                   "fuel and exhaust systems\n"
                   "  • Repair generator sets\n\n"
                   "Military Duties:\n\nThey rely on measuring and testing instruments to "
                   "find a fault.\n")
    skills = _texts(guide.skills)
    assert not skills & {"fuel", "and fuel", "measuring"}
    assert {"fuel systems", "exhaust systems"} <= skills


def test_the_departments_one_may_work_in_are_no_techniques() -> None:
    guide = _parse("Theatre Support Worker\n\nTheatre support workers help surgical teams "
                   "before, during and after operations.\n\nWhat it's like\n\nYou could work "
                   "in many areas such as day surgery, speech therapy, radiography or "
                   "recovery.\n")
    assert not _texts(guide.skills) & {"speech therapy", "radiography"}


def test_a_names_own_for_is_no_preposition_of_use() -> None:
    guide = _parse("Ward clerk\n"
                   "Keep the records of a hospital ward in order for nurses and doctors.\n"
                   "Also known as: ward receptionist, ward administrator\n"
                   "About the job\nWhat it's like\n"
                   "You'll answer the ward phone and greet visitors.\n"
                   "Your tasks might include:\nbooking beds for new patients\n"
                   "filing test results\n"
                   "A calm and organised manner will be very important.\n"
                   "If you work for a public hospital trust the pay for this post is set by the "
                   "Charter for Fairness pay scale. Read more on the Pay page of the trust's "
                   "website.\n")
    assert "Fairness" not in _texts(guide.skills)


def test_a_how_to_title_joining_a_known_title_and_another_by_or_names_the_first() -> None:
    guide = _parse("How to Become a Rigger or Dogger\n\nRigging means lifting heavy loads "
                   "with cranes and slings. This guide explains the licences you need.\n\n"
                   "Skills\n\n- Reading load charts\n")
    assert guide.role.text == "Rigger"
