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
