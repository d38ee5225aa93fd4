"""What wraps a role's title at a page's head without being part of it: an occupation code's
scheme and number (with the unit group's members), a marketplace's call to action, a
consultant's letterhead, a team page's own breadcrumb.

Every page is invented here (firms, codes, people, figures); file names are neutral so the
role must come from the text.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.title_frames import letterhead, team_crumb, uncalled, uncoded

# An occupation code before the title: the code goes, a unit group gives its first member.
CODED = [
    ("Tallgrass Visa Advisory | RCIC R551203\nHome   Express Entry   Occupations   Contact\n"
     "NOC 72106: Welders and Related Machine Operators – Moving to Canada as a Welder\n"
     "Quick facts\nTEER 2\n"
     "Welders join metal parts with arc, gas and laser equipment in shops and on sites.\n"
     "Median wage: $29.50 an hour.\n",
     "Welder", "Welders and Related Machine Operator"),
    ("Kowhai Migration Partners  |  MARN 4410932  |  ☎ 1300 555 019\n"
     "Visas ▾  Occupation Lists ▾  Contact\n"
     "ANZSCO 351311: Chefs and Cooks\n"
     "Chefs plan menus, cook dishes and run kitchen brigades.\n"
     "Nominations we lodged for chefs were at $72,000 a year.\n",
     "Chef", "Kowhai Migration Partner"),
    ("Harbour & Vale Immigration Ltd\nHome > Occupations > Health\n"
     "SOC 2020 2231 – Nurses and Midwives\n"
     "Nurses assess patients, give medicines and keep care records.\n"
     "The going rate for nurses is £31,000 a year.\n",
     "Nurse", "Harbour & Vale Immigration Ltd"),
]

# A marketplace's call to action before a plural title.
CALLED = [
    ("Skillhive\nFind work   Find talent   Log in   Sign up\n"
     "Hire the best Landscape Architects\n"
     "Landscape Architects on Skillhive charge a median of $55 an hour.\n",
     "Landscape Architect", "Hire The Best Landscape Architect"),
    ("Neighbourly Pros\nHome   Services   Reviews   Log in\n"
     "Book a trusted Piano Tuner near you\n"
     "Piano Tuners near Leeds charge around £70 a visit.\n",
     "Piano Tuner", "Book A Trusted Piano Tuner"),
    ("Taskwell\nBrowse   Post a task   Log in   Join\n"
     "Top-rated Wedding Photographers\n"
     "Wedding Photographers here list their day rates and galleries.\n",
     "Wedding Photographer", "Top-rated Wedding Photographer"),
]

# A company's team page: its last crumb is the page's own, the crumb before names the job.
TEAM = [
    ("BLUEWAKE FERRIES | Careers\nSail   Freight   Careers   Contact\n"
     "Careers › Deck Crew › Life on Board\nLIFE ON BOARD\n"
     "Deck Crew at Bluewake Ferries moor the ship, run the car deck and keep watch.\n"
     "Deck Crew start on a monthly salary of NOK 34,000.\n",
     "Deck Crew"),
    ("Orbitline Airlines | Careers\nFly   Careers   About\n"
     "Careers > Ground Crew > Meet the Team\n"
     "Ground Crew load bags, marshal aircraft and clean cabins between flights.\n"
     "Ground Crew are paid $24 an hour.\n",
     "Ground Crew"),
    ("Pinecrest Rail | Careers\nTravel   Careers   Help\n"
     "Careers » Train Hosts » Life at Pinecrest\n"
     "Train Hosts serve food, check tickets and look after passengers.\n"
     "Train Hosts earn $41,000 a year.\n",
     "Train Host"),
]


@pytest.mark.parametrize(("page", "role", "wrong"), CODED)
def test_occupation_code_header_names_the_group_job(page: str, role: str, wrong: str) -> None:
    guide = parse_text(page, "entry.txt")
    assert guide.role.text == role
    assert guide.role.text != wrong
    assert not any(c.isdigit() for c in guide.role.text)


@pytest.mark.parametrize(("page", "role", "wrong"), CALLED)
def test_call_to_action_is_no_part_of_the_title(page: str, role: str, wrong: str) -> None:
    guide = parse_text(page, "listing.txt")
    assert guide.role.text == role
    assert guide.role.text != wrong


@pytest.mark.parametrize(("page", "role"), TEAM)
def test_team_page_names_its_job_in_the_breadcrumb(page: str, role: str) -> None:
    assert parse_text(page, "team.txt").role.text == role


@pytest.mark.parametrize("line", [
    "Southbank Visa Partners | MARN 7712004",
    "Kestrel Migration Associates",
    "Northway Immigration Inc. | Licensed by the CICC",
    "Lakeside Visas  |  ☎ 1800 000 111",
])
def test_firm_letterheads(line: str) -> None:
    assert letterhead(line)


@pytest.mark.parametrize("line", ["Migration Agent", "Immigration Consultant | Careers",
                                  "Panel Beater Job Profile"])
def test_titles_are_no_letterheads(line: str) -> None:
    assert not letterhead(line)


def test_frames_leave_plain_titles_alone() -> None:
    assert uncoded("Carpenters") == "Carpenters"
    assert uncoded("ANZSCO 331212") == ""
    assert uncalled("Book Finisher") == "Book Finisher"
    assert uncalled("Hire Purchase Clerk") == "Hire Purchase Clerk"
    assert not team_crumb("Flight Attendants")


@pytest.mark.parametrize(("page", "firm"), [
    ("Glazier\nGlaziers cut and fit glass in shop fronts and homes.\nRelated occupations\n"
     "Window Fitter · Glass Processor\n"
     "This page is general information. Clearwater Migration Partners Pty Ltd ABN 12 345.\n",
     "Clearwater Migration Partner"),
    ("Florist\nFlorists arrange flowers for shops and events.\nRelated careers\n"
     "Shop Manager · Event Stylist\n"
     "Guide written by Petalway Recruitment Consultants Ltd for careers fairs.\n",
     "Petalway Recruitment Consultant"),
    ("Locksmith\nLocksmiths fit and repair locks and safes.\nWhere it leads\n"
     "Locksmiths become Security Installers or Master Locksmiths.\n"
     "Content by Keyline Career Advisers LLC, 2026.\n",
     "Keyline Career Adviser"),
])
def test_a_firm_with_its_legal_form_is_never_a_role(page: str, firm: str) -> None:
    guide = parse_text(page, "page.txt")
    named = [f.text for f in (*guide.transitions_to, *guide.leads_to, *guide.moves_in)]
    assert named  # the page's own moves are still read
    assert firm not in named and guide.role.text != firm


@pytest.mark.parametrize(("page", "coded", "title"), [
    ("Glazier\nGlaziers cut and fit glass.\nRelated occupations\n"
     "333211 Window Fitter · 333212 Glass Processor\n",
     "333211 Window Fitter", "Window Fitter"),
    ("Baker\nBakers bake bread and pastries.\nRelated NOC codes\n"
     "63200 Cooks · 94141 Industrial Butchers\n",
     "63200 Cook", "Cook"),
    ("Welder\nWelders join metal parts.\nRelated occupations\n"
     "3221 Sheet Metal Worker · 3113 Machinist\n",
     "3221 Sheet Metal Worker", "Sheet Metal Worker"),
])
def test_a_listed_title_loses_its_occupation_code(page: str, coded: str, title: str) -> None:
    guide = parse_text(page, "page.txt")
    named = [f.text for f in guide.transitions_to]
    assert coded not in named
    assert title in named
