"""Defects the last stop's helpers noticed, each on an invented page (helper fixes73)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_REQUISITION = """Harbourline Transit Authority - Talent System (export) Printed 2026-03-02
Field | Value
Position Title | Fleet Scheduler II
Department | Operations Planning / Bus Network
Pay Band | Low 51,300 | Middle 58,900 | High 66,500 (annual, CAD)
Offer Range | 53,000 - 56,000 (offers above the middle need approval)
Number of Openings | 2,000
Career Ladder | Fleet Scheduler I > Fleet Scheduler II > Senior Fleet Scheduler
Comparators | Dispatch Supervisor (Band 9): 61,200 - 74,800 | Fleet Scheduler I (Band 6): \
44,100 - 52,700
"""


def test_a_field_tables_bracket_of_units_prices_its_bare_rows() -> None:
    pay = {(s.currency, s.min, s.max) for s in parse_text(
        _REQUISITION, "fleet-scheduler.txt").salaries}
    assert ("CAD", 51300, 66500) in pay  # the band, its currency in the row's bracket
    assert ("CAD", 53000, 56000) in pay  # the row below: bare figures, the same currency
    assert not any(low == 2000 for _, low, _ in pay)  # a count's row is no pay
    assert all(currency == "CAD" for currency, _, _ in pay)


def test_bare_rows_without_a_bracket_of_units_stay_unpriced() -> None:
    page = _REQUISITION.replace(" (annual, CAD)", "")
    pay = {(s.min, s.max) for s in parse_text(page, "fleet-scheduler.txt").salaries}
    assert (53000, 56000) not in pay


_FITTER_PAGE = """Glazier (m/f) - shopfront installation
Description of the job
Brightpane Glass SRL is looking for a glazier for its installation team.
Career in Brightpane
{text}
Industry: Construction
"""


def _moves(text: str, name: str = "glazier.txt") -> set[tuple[str, str]]:
    return set(facts_of(parse_text(_FITTER_PAGE.format(text=text), name)).moves)


def test_a_translated_ladder_told_from_its_first_rung() -> None:
    moves = _moves("Our trainees start as Junior glazier in the workshop, then become Glazier, "
                   "and the best ones reach Glazing Site Lead and later Glazing Contracts "
                   "Manager.")
    assert moves == {("Junior Glazier", "@self"), ("@self", "Glazing Site Lead"),
                     ("Glazing Site Lead", "Glazing Contracts Manager")}


def test_translated_entries_and_a_pass_to_another_post() -> None:
    moves = _moves("Fitters came into the team from the positions of Forklift Driver and "
                   "Window Fitter. Who wants can pass to the design office as Estimator.")
    assert {("Forklift Driver", "@self"), ("Window Fitter", "@self"),
            ("@self", "Estimator")} <= moves
    assert ("@self", "Window Fitter") not in moves


def test_a_question_heading_glued_to_its_answer_lists_no_skills() -> None:
    page = """Plumber Trade Certificate: Grades III, II and I
Plumbers fit and repair water and heating systems.
Table of Contents
1. What is the trade test?
2. Career progression
What is the trade test?The Trade Test is set by the National Skills Board at its centres \
(Arusha, Dodoma, Mwanza, Mbeya) for artisans in many trades.
Skills you need
- Threading steel pipes
- Soldering copper joints
"""
    skills = set(facts_of(parse_text(page, "plumber.txt")).skills)
    assert not skills & {"Arusha", "Dodoma", "Mwanza", "Mbeya"}
    assert {"Threading steel pipes", "Soldering copper joints"} <= skills


def test_a_field_rows_titled_cells_each_own_their_figure() -> None:
    pay = {(s.min, s.max): s for s in parse_text(_REQUISITION, "fleet-scheduler.txt").salaries}
    other, lower = pay[(61200, 74800)], pay[(44100, 52700)]
    assert (other.role, other.label) == ("Dispatch Supervisor", "Band 9")
    assert (lower.role, lower.level, lower.label) == (None, "Fleet Scheduler I", "Band 6")


_TRANSLATED_POSTING = """Payroll Assistant (Thessaloniki)
Olympos Trading S.A. — Kalamaria Business Park, Thessaloniki
Gross earnings: 1.240,00 € per month x 14 salaries
{line}
Description
Olympos Trading is looking for a payroll assistant for its finance team.
Similar jobs
Payroll Assistant - Delta Foods - Volos - 1.020 € net + meals
Payroll Clerk - Iris Textiles - Larissa - 1.150 € gross
"""


def _pay(line: str) -> set[tuple[float | None, str | None]]:
    guide = parse_text(_TRANSLATED_POSTING.format(line=line), "payroll-assistant.txt")
    return {(s.min, s.role) for s in guide.salaries}


def test_net_pay_printed_beside_the_gross_is_pay() -> None:
    assert (1040, None) in _pay("Net about 1.040 € per month · Meal vouchers 150 € per month")
    assert (150, None) not in _pay("Net about 1.040 € per month · Meal vouchers 150 € per month")
    assert (1040, None) in _pay("• Earnings 1.240,00 € gross per month (about 1.040,00 € net "
                                "monthly), under the sector's agreement")


def test_a_similar_ad_for_the_role_at_another_firm_is_its_pay() -> None:
    pay = _pay("")
    assert (1020, None) in pay  # the role's own title at another firm, stated net
    assert (1150, "Payroll Clerk") in pay
