"""Structures of real public career pages (helper real10, 2026-12-04), on invented pages.

A "where and when do they work" list that mixes the hours with the places, a list closed by
"etc", "A or B clinics" sharing its head, vague stand-ins and duties read as workplaces, a
skills section whose prose names jobs, and a leaning ("Interest in and aptitude for …") cut
at its preposition.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_noise import clean_sector
from careergraph.model import Guide


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


WHERE_AND_WHEN = """How to Become a Farrier

What do Farriers do?

Farriers trim and shoe horses' hooves and fit corrective shoes.

Where and when do Farriers work?

  • Most farriers work around 45 hours a week, which can include early morning and weekend shifts.
  • Some farriers work in racing stables, riding schools, livery yards, etc.
  • Others work in veterinary or equine hospitals.
  • The job can be physically demanding.

What skills do Farriers need?

  • Interest in and feel for working with animals
  • Steady hands
  • Forge welding
"""


def test_where_and_when_list_keeps_places_only() -> None:
    guide = _parse(WHERE_AND_WHEN)
    sectors = {name.lower() for name in _names(guide.sectors)}
    assert {"racing stables", "riding schools", "livery yards"} <= sectors
    # "A or B hospitals": two kinds of hospital, not "veterinary" on its own
    assert {"veterinary hospitals", "equine hospitals"} <= sectors
    assert "veterinary" not in sectors
    assert not {name for name in sectors if "shift" in name or name.startswith("etc")}


def test_shared_preposition_is_no_setting() -> None:
    skills = _names(_parse(WHERE_AND_WHEN).skills)
    assert "Interest" not in skills
    assert "Steady hands" in skills


def test_sector_noise_words() -> None:
    assert clean_sector("etc.") is None
    assert clean_sector("night and weekend rotas") is None
    assert clean_sector("a variety of settings") is None
    assert clean_sector("such as garden centres") == "garden centres"
    assert clean_sector("as ship's engineers") is None
    assert clean_sector("monitoring water quality") is None
    assert clean_sector("a boatyard to repair hulls") == "a boatyard"
    # industries and places that only look like noise stay
    assert clean_sector("night clubs") == "night clubs"
    assert clean_sector("mining companies") == "mining companies"
    assert clean_sector("shopping centres") == "shopping centres"


DONE_WORK = """Glazier

Glaziers perform skilled trade work in the cutting, fitting and sealing of glass panels.
Most glaziers work in construction firms and shopfitting companies.
"""


def test_work_as_the_object_of_perform_names_no_place() -> None:
    sectors = {name.lower() for name in _names(_parse(DONE_WORK).sectors)}
    assert "cutting" not in sectors and "fitting" not in sectors
    assert sectors & {"construction firms", "construction"}


TRACK_CARDS = """Locksmith Career Path

Key Skills Required
Lock picking,
key cutting,
customer care

Most locksmiths start as trainees. With experience, they can move on to roles like \
safe engineer, security consultant, or workshop manager.

Automotive Locksmith

Key Skills

Transponder programming

Salary Range: $38,000 - $52,000
"""


def test_jobs_named_in_a_skills_section_are_no_skills() -> None:
    guide = _parse(TRACK_CARDS)
    skills = {name.lower() for name in _names(guide.skills)}
    assert {"lock picking", "key cutting"} <= skills
    assert not skills & {"safe engineer", "security consultant", "workshop manager",
                         "automotive locksmith", "locksmith"}
