"""prec16: sectors that are not, again — invented pages (own wording) for general shapes.

- a school level cut from its noun by a list's comma ("employed by the governors of
  recognised primary, post-primary and special schools") is no sector on its own, while
  "primary schools" and "secondary education" stay;
- a season after the place ("in orchards at harvest") is when, not a kind of workplace;
- the part of a house crawled into ("working in attics", "in lofts") is a condition of the
  work, no sector.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_noise import clean_sector


def _sectors(text: str, name: str) -> set[str]:
    return {fact.text.lower() for fact in parse_text(text, name).sectors}


CLASSROOM = """Classroom Support Worker

Classroom support workers help pupils with additional needs take part in lessons.

Classroom support workers are employed by the governing bodies of recognised primary,
post-primary and special schools, and are paid by the regional education office.
"""


def test_a_school_level_cut_from_its_noun_is_no_sector() -> None:
    sectors = _sectors(CLASSROOM, "classroom-support-worker.txt")
    assert not any(s.endswith(("primary", "post-primary")) for s in sectors), sectors


def test_a_school_level_with_its_noun_stays() -> None:
    assert clean_sector("primary schools") == "primary schools"
    assert clean_sector("post-primary schools") == "post-primary schools"
    assert clean_sector("secondary education") == "secondary education"
    assert clean_sector("recognised primary") is None
    assert clean_sector("post-primary") is None


CIDER = """Cider Maker

Cider makers work in cideries, bottling halls and orchards at harvest. The busy months
are September to November.
"""


def test_a_season_after_the_place_is_no_sector() -> None:
    sectors = _sectors(CIDER, "cider-maker.txt")
    assert not any("harvest" in s for s in sectors), sectors
    assert clean_sector("orchards at harvest") is None
    assert clean_sector("harvest festivals organisers") == "harvest festivals organisers"


BROADBAND = """Broadband Installer

What is the job like?
Expect to be fine climbing tall ladders, working in attics and lofts, and showing customers
how the router works.

Where do installers work?
Broadband installers work for telecommunications providers and their contractors.
"""


def test_attics_and_lofts_are_no_sector() -> None:
    sectors = _sectors(BROADBAND, "broadband-installer.txt")
    assert "attics" not in sectors and "lofts" not in sectors, sectors
    assert clean_sector("attics") is None
    assert clean_sector("loft conversion firms") == "loft conversion firms"
