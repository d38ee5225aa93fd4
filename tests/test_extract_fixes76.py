"""Defects left by fixes75 and noticed this stop, each on an invented page (helper fixes76)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_REMIT_PAGE = """{title}

What does a {lower} do?
You'll advise ward teams, run audits and keep records up to date.

Career path
After five years some move on to become a {onward} at the regional health board.

Pay
Pay is £48,200 to £55,600 a year.
"""


@pytest.mark.parametrize(("title", "onward"), [
    ("Designated Nurse for Safeguarding Adults", "Named Nurse for Learning Disabilities"),
    ("Lead Nurse for Infection Prevention", "Lead Nurse for Tissue Viability"),
    ("Officer for Equality and Diversity", "Head of Inclusion"),
])
def test_a_posts_for_remit_stays_in_its_title(title: str, onward: str) -> None:
    guide = parse_text(_REMIT_PAGE.format(title=title, lower="post holder", onward=onward),
                       "remit.txt")
    facts = facts_of(guide)
    assert facts.role == title
    assert ("@self", onward) in facts.moves
    assert not facts.employers


_EMPLOYER_PAGE = """Kindergarten Teacher

What does a kindergarten teacher do?
You'll plan play and learning for children aged three to six.

Career path
Some move on to become a Pedagogue for Lindebakken Børnehus or a Prosecutor for \
Harwick Legal Services Ltd.
"""


def test_an_organisation_after_for_is_no_remit() -> None:
    moves = facts_of(parse_text(_EMPLOYER_PAGE, "kindergarten-teacher.txt")).moves
    assert not any("for" in str(b).split() for _, b in moves)


_SPAN_PAGE = """Hydrographic Surveyor

Where you could work
Hydrographic surveyors find work in many fields, from academia and {a}, to dredging and \
offshore services.
"""


@pytest.mark.parametrize(("a", "kinds"), [
    ("ports", ["academia", "ports", "dredging", "offshore services"]),
    ("oil and gas", ["academia", "oil and gas", "dredging", "offshore services"]),
])
def test_a_from_to_span_of_kinds_gives_every_kind(a: str, kinds: list[str]) -> None:
    sectors = facts_of(parse_text(_SPAN_PAGE.format(a=a), "hydro.txt")).sectors
    assert sorted(sectors) == sorted(kinds)


_PRACTICE_PAGE = """Veterinary Nurse

What you'll do
You'll care for animals before and after surgery. {line}
"""


@pytest.mark.parametrize(("line", "skills"), [
    ("Routine procedures include blood sampling, bandaging and suture removal.",
     {"blood sampling", "bandaging", "suture removal"}),
    ("Imaging modalities include radiography, ultrasonography and endoscopy.",
     {"radiography", "ultrasonography", "endoscopy"}),
])
def test_a_practices_procedures_include_list_gives_skills(line: str, skills: set[str]) -> None:
    found = set(facts_of(parse_text(_PRACTICE_PAGE.format(line=line), "vet.txt")).skills)
    assert skills <= found


_RELATIVE_PAGE = """Pipefitter

About the job
{line}
"""


@pytest.mark.parametrize("line", [
    "Industries that always need pipefitters include; breweries, district heating schemes "
    "and chemical plants.",
    "Pipefitters work in a wide variety of sectors that include breweries, district heating "
    "schemes and chemical plants among many others.",
])
def test_kinds_after_a_relative_clause_and_include_are_sectors(line: str) -> None:
    sectors = facts_of(parse_text(_RELATIVE_PAGE.format(line=line), "pipefitter.txt")).sectors
    assert sorted(sectors) == ["breweries", "chemical plants", "district heating schemes"]


_NOTICE_PAGE = """TOWN OF MARLWICK PERSONNEL OFFICE
Announcement No. 44-120    OPEN COMPETITIVE

{title_caps}

SALARY: $5,210.00 – $6,480.00 Monthly

DUTIES
{duty}

EXAMINATION CONTENT
Written test (100%): hydrant flushing, valve exercising and meter reading.
"""


@pytest.mark.parametrize(("title", "duty", "department"), [
    ("Water Systems Supervisor",
     "Plans, assigns and reviews the work of a unit in the Department of Water and Sewer.",
     "Department of Water and Sewer"),
    ("Hydrant Inspector",
     "Hydrant Inspectors of the Water Department test hydrants and log defects on patrol.",
     "Water Department"),
])
def test_a_notices_department_employs_the_post(title: str, duty: str, department: str) -> None:
    page = _NOTICE_PAGE.format(title_caps=title.upper(), duty=duty)
    employers = facts_of(parse_text(page, "notice.txt")).employers
    assert department in employers
