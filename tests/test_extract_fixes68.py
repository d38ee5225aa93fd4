"""Defects other helpers noticed, each on an invented page (helper fixes68)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_FARRIER = """Farrier

Farriers trim hooves and fit shoes to working horses and ponies.

Skills
— hot shoeing
— hoof balancing
— forge welding

"A steady hand matters more than strength."
— Dafydd, farrier for twenty years

What farriers earn
Farriers earn £27,000 a year.
"""


def test_a_run_of_em_dash_lines_is_a_list() -> None:
    skills = {s.text for s in parse_text(_FARRIER, "farrier.txt").skills}
    assert {"hot shoeing", "hoof balancing", "forge welding"} <= skills
    assert not any(skill.startswith("—") or "Dafydd" in skill for skill in skills)


_LUTHIER = """# Luthier

Luthiers build and repair guitars, violins and other stringed instruments.

## Where luthiers work

Most are freelance or work for small firms. Others are self-employed or work in
instrument workshops and music shops.

## Pay

Luthiers earn £24,000 a year.
"""


def test_how_people_work_names_no_sector() -> None:
    sectors = set(facts_of(parse_text(_LUTHIER, "luthier.txt")).sectors)
    assert not sectors & {"freelance", "self-employed", "work", "small firms",
                          "work for small firms"}
    assert {"instrument workshops", "music shops"} <= sectors


_CARETAKER = """School Caretaker

Caretakers open and lock school buildings and carry out small repairs.

Pay at Thornfield Primary
Caretaker    £23,900
Cleaner      £21,800
Cook         £22,700

A caretaker who covers lettings in the evening earns overtime.
"""

_CONSTABLE = """Police Constable

Constables patrol neighbourhoods and answer emergency calls.

Pay by rank
Constable    £29,900
Sergeant     £48,700
Inspector    £57,900
Detective Sergeant    £49,000
"""

_BAKER = """Craft Baker

Craft bakers mix, shape and bake bread and pastries by hand.

Pay
Porter    £23,100
Bakers earn from £22,000 a year.
"""


def test_a_one_word_post_among_post_rows_owns_its_figure() -> None:
    salaries = facts_of(parse_text(_CARETAKER, "school-caretaker.txt")).salaries
    owners = {(owner, low) for owner, low, *_ in salaries}
    assert {("@self", 23900.0), ("cleaner", 21800.0), ("cook", 22700.0)} <= owners


def test_a_one_word_rank_or_a_lone_row_stays_the_roles() -> None:
    ranks = facts_of(parse_text(_CONSTABLE, "police-constable.txt")).salaries
    assert {owner for owner, low, *_ in ranks if low in (48700.0, 57900.0)} == {"@self"}
    lone = facts_of(parse_text(_BAKER, "craft-baker.txt")).salaries
    assert {owner for owner, *_ in lone} == {"@self"}


_STEWARD = """Volunteer Heritage Railway Steward
Vale Steam Railway Trust · Marlow · Ongoing
Role details
Time commitmentOne Sunday a month
About the organisation
Vale Steam Railway Trust is a registered charity (No. 1098765).
What you'll be doing
As a Heritage Railway Steward you'll join our station crew:
- platform safety
- ticket inspection
- first aid
- helping passengers with heavy luggage onto the carriages
- greet visitors
What we're looking for
A friendly manner and a head for heights.
"""


def test_a_duties_list_of_bare_names_lists_techniques() -> None:
    skills = {s.text for s in parse_text(_STEWARD, "railway-steward.txt").skills}
    assert {"platform safety", "ticket inspection"} <= skills
    assert not any(skill.startswith(("helping", "greet")) for skill in skills)


_OPTICIAN = """# Dispensing Optician

Dispensing opticians fit glasses and contact lenses to prescriptions.

## How people get in

A few join from NHS clinic reception (Clinic Receptionist).
Some are recruited from jewellery shops (Sales Assistant).
Others transfer from lab work (Lens Technician).

## Pay

Dispensing opticians earn £27,000 a year.
"""


def test_a_field_glossed_with_its_title_is_a_move_in() -> None:
    moves = set(facts_of(parse_text(_OPTICIAN, "dispensing-optician.txt")).moves)
    assert {("Clinic Receptionist", "@self"), ("Sales Assistant", "@self"),
            ("Lens Technician", "@self")} <= moves
    assert not any("NHS" in before for before, _ in moves)


_ATTENDANT = """# Room Attendant

Room attendants clean and restock guest rooms to the hotel's standard.

Pay: attendants start on AED 2,400 a month. Assistant Laundry Manager: from AED 5,800.
"""


def test_a_later_sentence_labelled_by_a_title_is_that_titles_floor() -> None:
    salaries = facts_of(parse_text(_ATTENDANT, "room-attendant.txt")).salaries
    assert ("assistant laundry manager", 5800.0, None, "AED", "month") in salaries
    assert ("@self", 2400.0, 2400.0, "AED", "month") in salaries
