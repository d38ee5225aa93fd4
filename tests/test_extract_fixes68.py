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
