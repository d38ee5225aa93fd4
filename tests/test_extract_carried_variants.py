"""Variants of three page types read the same way as their first pages: an occupation sheet
whose workplaces are industries by name, whose big firms "operate many sites" and whose
people "change to" other jobs; a salary-by-city page whose industry "employs most" holders,
with a head-count column beside its priced cells and a cost-of-living comparison; a member
profile with a side post held beside the role.

Every page is invented here (sites, firms, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

SHEET = (
    "TOP > Search for occupations > Logistics > Freight Planner\n"
    "Freight Planner\n"
    "What kind of job is it?\n"
    "We plan loads and routes with TMS software for each shipper.\n"
    "How to get this job\n"
    "Many people start without experience. Some change to customs broker or fleet "
    "dispatcher. Others change to a safety officer of the company.\n"
    "Characteristics of working conditions\n"
    "Workplaces are Retail, Public Health and Mining. Large corporations such as Kestrelway "
    "Haulage, Orrin Freight and Tamsin Ports operate many sites.\n"
    "Related occupations\n"
    "Freight Audit Inspector Warehouse Operations Supervisor\n"
    "Is this page helpful?   Rate this page\n")

SITES = ("Large corporations such as Brackenfield Networks, Amazon and Netflix operate many "
         "sites.")

CITY = (
    "Crane Operator Salary by City (2026)\n"
    "National average\n"
    "$61,400 per year\n"
    "Top-paying cities for Crane Operators\n"
    "| Rank | City | Average Salary | # of Empl. |\n"
    "| 1 | Anchorage, Alaska | $80,120 | 1,400 |\n"
    "| 2 | Fresno, California | $71,300 | 2,250 |\n"
    "Is a higher salary worth the move?\n"
    "A Crane Operator earning the national average would need about $79,900 in Anchorage to "
    "keep the same standard of living, but only $55,100 in Fresno.\n"
    "Top employers\n"
    "Hollin Lift   $66,900 · 41 salaries\n"
    "Construction employ most crane operators.\n")

PROFILE = (
    "Directory › Search: Basel › Profile\n"
    "Ida Lindqvist\n"
    "Senior Tunnel Engineer (freelance) · Basel, Switzerland\n"
    "PROFESSIONAL BACKGROUND\n"
    "2020–  Mentor: coaches graduates for the society's scheme\n"
    "2021–  Senior Tunnel Engineer, Rheinbohr AG\n"
    "2015–2021  Tunnel Engineer, Alpstollen GmbH\n")


def _parse(text: str, name: str) -> Guide:
    return parse_text(text, name)


def test_an_occupation_sheets_industries_firms_and_changes() -> None:
    guide = _parse(SHEET, "freight-planner.txt")
    assert {s.text for s in guide.sectors} >= {"Retail", "Public Health", "Mining"}
    assert {e.text for e in guide.employers} == {"Kestrelway Haulage", "Orrin Freight",
                                                 "Tamsin Ports"}
    # the change's workplace is no part of the title
    # (and two titles glued on a related-occupations strip are not read as one)
    assert {m.text for m in guide.transitions_to} == {"Customs Broker", "Fleet Dispatcher",
                                                     "Safety Officer"}


def test_known_firms_after_a_networks_name_are_firms_not_its_town() -> None:
    from careergraph.guides.mentions import hiring_employers
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert hiring_employers(SITES, vocab) == ["Brackenfield Networks", "Amazon", "Netflix"]


def test_a_city_pay_pages_industry_head_counts_and_living_costs() -> None:
    guide = _parse(CITY, "crane-operator.txt")
    assert "Construction" in {s.text for s in guide.sectors}
    assert "Construction" not in {e.text for e in guide.employers}
    figures = {s.min for s in guide.salaries}
    assert 61400 in figures
    # the head counts beside the priced cells and the cost-of-living figures are no pay
    assert not figures & {1400, 2250, 79900, 55100}


def test_a_side_post_held_beside_the_role_is_no_rung() -> None:
    guide = _parse(PROFILE, "senior-tunnel-engineer.txt")
    ladders = [[t.text for t in ladder] for ladder in guide.progressions]
    assert ["Tunnel Engineer", "Senior Tunnel Engineer"] in ladders
    assert not any("Mentor" in rungs for rungs in ladders)
    assert "Mentor" not in {m.text for m in guide.moves_in}
