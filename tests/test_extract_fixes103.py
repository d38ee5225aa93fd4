"""Leftovers of set 53's study (helper fixes103, 2026-12-07, stop 61), on invented pages.

What was wrong: "the junior X is paid A and the chief X B" gave B to the junior X (a gapped
second clause whose title is in lower case owned nothing); a labour-market strip's "Median
wage $…/hr | …" cell was read as the pay of a title "Median" (the "-ian" ending of a
practitioner); "Gangers start from £…" owned nothing ("ganger" was no known title); a bid
sheet's "JOB: X      JOB CLASS: 18      RATE: $…" gave the figure to a title "JOB".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.roles import practitioner_noun
from careergraph.model import Guide

_LADDER = (
    "Quarry Geologist\n"
    "\n"
    "Stone Ridge Aggregates LLC is hiring a Quarry Geologist for its pit near Darkhan.\n"
    "\n"
    "Duties\n"
    "Log drill cores, map benches and report grades to the pit manager.\n"
    "\n"
    "Salary\n"
    "Gross pay 3.1 million ₮ per month.\n"
    "\n"
    "Career growth\n"
    "Junior geologist → Quarry geologist → Senior geologist → Chief geologist. The junior "
    "geologist is paid 2.2 million ₮ and the chief geologist 5.8 million ₮. Geologists can "
    "move across to mine planning.\n"
)

_REFERRAL = (
    "Warehouse Associate\n"
    "\n"
    "Job order: Warehouse Associate at Plains Freight Co, Salina. Wage: $17.50 per hour.\n"
    "\n"
    "Labor market information: Laborers and Material Movers, North Central region (2025)\n"
    "Median wage $18.20/hr   |   10th percentile less than $13.10/hr   |   Projected openings"
    " per year: 900   |   Growth: 2.1%\n"
)

_VACANCY = (
    "Scaffolder's Labourer\n"
    "\n"
    "Vacancy: Scaffolder's Labourer with Tarn Access Ltd, Leeds. Pay: £14.20 an hour, 45 "
    "hours a week.\n"
    "\n"
    "Progression to Scaffolder and Supervisor for the right person. Gangers start from "
    "£18.00 an hour.\n"
)

_BID_SHEET = (
    "RIVERBEND CORRUGATED - WEST PLANT                           TEAMSTERS LOCAL 901\n"
    "JOB POSTING / BID SHEET                                     Posting No. 2026-044\n"
    "DEPARTMENT: Corrugator (C1)      LINE OF PROGRESSION: Corrugator Dry End\n"
    "JOB: CORRUGATOR OPERATOR (C1)      JOB CLASS: 18      RATE: $31.40/hr (Appendix A wage"
    " schedule)\n"
    "SCHEDULE: Rotating 12-hr, B crew\n"
    "LINE OF PROGRESSION (Corrugator Dry End, Appendix B)\n"
    "Stacker (JC 10, $24.10) - Knife Helper (JC 12, $25.80) - Dry End Operator (JC 14, "
    "$27.95) - CORRUGATOR OPERATOR (JC 18, $31.40) - Corrugator Supervisor (salaried)\n"
    "QUALIFICATIONS\n"
    "Must presently hold Dry End Operator on C1.\n"
)


def _owners(guide: Guide, low: float) -> set[str | None]:
    """The owners (``role``, lower case) of each figure of ``guide`` starting at ``low``."""
    return {s.role.lower() if s.role else None for s in guide.salaries if s.min == low}


def test_gapped_clause_with_a_lower_case_known_title_owns_its_figure() -> None:
    guide = parse_text(_LADDER, "page.txt")
    assert _owners(guide, 5_800_000) == {"chief geologist"}
    assert _owners(guide, 2_200_000) == {None}  # the first clause stays as it was read


_BAND = (
    "Dental Hygienist\n"
    "\n"
    "Dental hygienists clean teeth, take X-rays and teach patients to care for their gums.\n"
    "\n"
    "Pay\n"
    "The national median for dental hygienists is about $81,000 a year, and the middle half "
    "of hygienists earn between $70,000 and $94,000.\n"
)


def test_lower_case_subject_with_its_own_verb_is_no_title() -> None:
    # (a lower-case clause owns its figure only with its verb left out)
    guide = parse_text(_BAND, "page.txt")
    assert _owners(guide, 70_000) == {None}


def test_median_cell_names_no_title() -> None:
    assert not practitioner_noun("Median")
    assert practitioner_noun("Librarian")  # the "-ian" ending still names people
    guide = parse_text(_REFERRAL, "page.txt")
    medians = [s for s in guide.salaries if s.min == 18.2]
    assert [(s.role, s.statistic) for s in medians] == [(None, "median")]


def test_ganger_owns_the_floor_printed_for_gangers() -> None:
    guide = parse_text(_VACANCY, "page.txt")
    assert _owners(guide, 18.0) == {"ganger"}


def test_form_field_row_reads_its_figure_under_its_own_field() -> None:
    guide = parse_text(_BID_SHEET, "corrugator-operator.txt")
    assert _owners(guide, 31.4) == {None}
    assert _owners(guide, 24.1) == {"stacker"}
