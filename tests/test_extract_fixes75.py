"""Defects last stop's helpers noticed, each on an invented page (helper fixes75)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.amounts import find_amounts
from careergraph.guides.read import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())

_RESULTS_PAGE = """Google
harbour pilot salary kestrelford
AllNewsImagesShort videosShoppingMore  Tools
About 12,400,000 results (0.42 seconds)
Featured snippet from the web
£61,200 a year
The average harbour pilot salary in Kestrelford is £61,200 per year.
WageCompass
https://www.wagecompass.co.uk › salary › harbour-pilot
Harbour Pilot Salary in Kestrelford - WageCompass
People also ask
What does a harbour pilot do?
Jobs
Harbour Pilot
Tidewell Ports · Kestrelford
via Indeed
£58,000–£64,000 a year  Full-time
Marine Dispatcher
Gullrock Shipping · Kestrelford
via LinkedIn
£31.20 an hour  Part-time
→ 40+ more jobs
Careers Portal
https://www.careersportal.org.uk › profiles › harbour-pilot
Harbour Pilot | Careers Portal
Harbour Pilots guide ships into port. ... Starter £42,000 to Experienced £70,000. ...
Related searches
harbour pilot jobs kestrelford
"""


def test_a_search_results_next_result_is_not_the_last_job_cards() -> None:
    salaries = facts_of(parse_text(_RESULTS_PAGE, "harbour-pilot.txt")).salaries
    assert ("marine dispatcher", 31.2, 31.2, "GBP", "hour") in salaries  # the card's own
    assert ("@self", 42000.0, 70000.0, "GBP", "year") in salaries  # the next result's
    assert ("marine dispatcher", 42000.0, 70000.0, "GBP", "year") not in salaries


_REMIT_PAGE = """{title}

What does a {lower} do?
You'll advise teams and keep records up to date.

Pay
Pay starts from £31,400 a year.
"""


def test_starts_from_alone_is_an_open_floor() -> None:
    salaries = facts_of(parse_text(_REMIT_PAGE.format(
        title="Officer for Tenant Participation", lower="officer"), "remit.txt")).salaries
    assert salaries == [("@self", 31400.0, None, "GBP", "year")]


@pytest.mark.parametrize(("text", "band"), [
    ("Pay starts from £31,400 a year.", (31400, None, True)),
    ("The press hand starts from gross 2 900 Kč an hour.", (2900, None, True)),
    # (the entry level's starting pay stays a point)
    ("Entry-level posts start from £24,100 a year.", (24100, 24100, False)),
])
def test_start_from_reads_a_floor_unless_the_entry_level_starts(
        text: str, band: tuple[float, float | None, bool]) -> None:
    found = find_amounts(text)
    assert [(m.low, m.high, m.open_ended) for m in found] == [band]


_WARDEN_PAGE = """Head Warden

About the post
The head warden leads the reserve team across three sites.

Person specification
Essential: a licensed warden; experience of coastal or estuary conservation; team \
leadership; report writing. Desirable: experience of working with; grant bids.
"""


def test_a_wrapper_cut_to_an_adjective_or_a_preposition_is_no_skill() -> None:
    skills = set(facts_of(parse_text(_WARDEN_PAGE, "head-warden.txt")).skills)
    assert {"team leadership", "grant bids"} <= skills
    assert not {"experience of coastal", "experience of working with",
                "experience of working"} & skills


_EXAM_PAGE = """NOTICE OF EXAMINATION

HARBOUR MASTER

WHAT THE JOB INVOLVES
Harbour Masters direct vessel movements and enforce the port's bylaws.

THE TEST
A written test. It may include questions on tide tables (Admiralty TotalTide); chartwork; \
vessel traffic services; pilotage law.
"""


def test_an_exam_notices_semicolon_topics_are_skills() -> None:
    skills = set(facts_of(parse_text(_EXAM_PAGE, "harbour-master.txt")).skills)
    assert {"tide tables", "Admiralty TotalTide", "chartwork", "vessel traffic services",
            "pilotage law"} <= skills


_COSTING_PAGE = """Fernleigh University Research Portal › Awards › Marine Sciences
JUSTIFICATION OF RESOURCES
Summary of resources: staff, consumables, travel
{staff_line}
The post holder will run sediment traps and grain-size analysis for the project.
Consumables: £9,000 over the grant.
"""


@pytest.mark.parametrize(("staff_line", "title"), [
    ("Staff: Marine Sampling Technician (MST), 60% FTE for 24 months",
     "Marine Sampling Technician"),
    ("Named researcher – Postdoctoral Research Associate (Grade 7)",
     "Postdoctoral Research Associate"),
    ("Post: Research Assistant", "Research Assistant"),
])
def test_a_grant_costings_staff_line_names_the_role(staff_line: str, title: str) -> None:
    guide = parse_text(_COSTING_PAGE.format(staff_line=staff_line), "jor-2291.txt")
    assert guide.role.text == title
