"""Structures of real public career pages (helper real28, 2026-12-05), on invented pages.

US state workforce boards' occupation summaries (O*NET-style task lists and regional wage
tables), salary sites' role pages, staffing sites' quick-fact cards, trade unions'
apprenticeship pages, armed-forces pay listicles, Malaysian pay articles, forum posts and
interviews on flight dispatch, Canadian provincial "meet a worker" profiles and
job-description templates: a task statement's tool list with an aside of examples ("using
testing devices, such as ohmmeters, voltmeters, or oscilloscopes") kept "such as" on its
first example; and a region's row of a wage table ("| Texas (all regions) | 8,730 | 9,607 |
857 | 0.96% | $74,466.00 |", its header broken over lines) gave its head counts as pay.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_an_aside_of_examples_leaves_its_frame_off_the_tools() -> None:
    guide = _parse("Boiler Technicians\n\n"
                   "Tasks\n\n"
                   "  1. Check burners for faults, using gauges, such as manometers, "
                   "thermometers, or flue analysers, to keep the plant safe.\n"
                   "  2. Clean heat exchangers, using hand tools, like brushes, scrapers, "
                   "or vacuums.\n")
    skills = _texts(guide.skills)
    assert {"gauges", "manometers", "thermometers", "flue analysers"} <= skills
    assert not any(name.startswith(("such as", "like ")) for name in skills)


def test_head_counts_beside_a_priced_cell_are_no_pay() -> None:
    guide = _parse("Boiler Technicians\n\n"
                   "Boiler technicians service heating plant in offices and schools.\n\n"
                   "Area | Workers | Workers Projected 2034 | Openings a Year |\n"
                   "Growth |\n"
                   "Mean Earnings |\n"
                   "---|---|---|---|---|---|\n"
                   "Ohio (statewide) | 6,420 | 7,015 | 590 | 1.10% | $61,380.00 |\n")
    figures = {salary.min for salary in guide.salaries}
    assert not figures & {6420, 7015, 590}
