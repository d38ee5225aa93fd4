"""Wrong salaries found by listing every salary extra over the development sets and a generated
web corpus with the line it came from (helper prec11, stop 50).

- A legal minimum wage told as such ("the national minimum wage is N65,000", "at least 6
  minimum wages, that is, R$ …"): every job's floor, no pay of the role; a role paid "the
  minimum wage of $X" keeps its pay.
- A pay formula's benchmark labelled by a title in brackets ("Benchmark (Kiln Operator) ......
  $51,000"): the bracketed title's figure (the role's own point on its page), never a title
  "Benchmark Kiln Operator".
- A label naming an employer whose name opens with a period word ("- staff reporter, Daily
  Courier: $48,000 – $61,000 salary") states no period: the figures keep their own (a year).
- Titles each with their grade, parted by a semicolon ("Lab Aide I is pay grade 9, $…; Lab Aide
  II (my job) is grade 11, $…"): each clause's figure is its own title's, the first title
  owns no more than its clause.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _bands(page: str) -> list[tuple[float | None, float | None, str, str]]:
    guide = parse_text(page, "page.txt")
    return [(b.min, b.max, b.currency, b.period) for b in guide.salaries]


MINIMUM_WAGE_PAGE = (
    "Bricklayer\n"
    "\n"
    "Pay\n"
    "On government sites a bricklayer is paid about N88,500 per month. In private firms "
    "bricklayers earn between N76,000 and N131,000 monthly, and the national minimum wage is "
    "N65,000. Site allowances are extra.\n"
)


def test_a_legal_minimum_wage_is_no_pay_of_the_role() -> None:
    bands = _bands(MINIMUM_WAGE_PAGE)
    assert (76000, 131000, "NGN", "month") in bands
    assert all(b[0] != 65000 for b in bands)


def test_a_multiple_of_minimum_wages_is_a_legal_floor() -> None:
    found = find_amounts("A surveyor hired for 8 hours a day must receive at least 6 minimum "
                         "wages, that is, R$ 9.732,00 in 2026.")
    assert found == []


def test_pay_at_the_minimum_wage_stays_pay() -> None:
    assert [(m.low, m.high) for m in find_amounts(
        "Packers start on the minimum wage of $15.50 an hour.")] == [(15.5, 15.5)]
    # a pay sentence after the minimum's own clause keeps its figure
    assert [(m.low, m.high) for m in find_amounts(
        "The federal minimum wage is $7.25, but most dishwashers here earn $14 an hour.")] == [
        (14, 14)]


FORMULA_PAGE = (
    "Kiln Operator\n"
    "\n"
    "Salary formula\n"
    "\n"
    "Salary = Benchmark × Level multiplier × Region multiplier\n"
    "\n"
    "Benchmark (Kiln Operator) ........ $51,000\n"
    "Level multipliers: Trainee (L1) 0.9 · L2 1.00 · Lead (L3) 1.15\n"
)


def test_a_benchmark_labelled_by_the_role_is_its_own_point() -> None:
    guide = parse_text(FORMULA_PAGE, "formula.txt")
    assert [(b.min, b.role) for b in guide.salaries] == [(51000, None)]


def test_a_benchmark_labelled_by_another_title_is_that_titles() -> None:
    page = FORMULA_PAGE.replace("Benchmark (Kiln Operator)", "Benchmark (Glaze Technician)")
    guide = parse_text(page, "formula.txt")
    assert [(b.min, b.role) for b in guide.salaries] == [(51000, "Glaze Technician")]


NOTES_PAGE = (
    "# Sports Reporter — my career notes\n"
    "\n"
    "## Pay (notes from the press club survey)\n"
    "- staff reporter, Daily Courier: $48,000 – $61,000 salary + overtime\n"
    "- Desk Editor: $38/hr remote\n"
)


def test_a_period_word_opening_an_employers_name_is_no_period() -> None:
    bands = _bands(NOTES_PAGE)
    assert any(b[:2] == (48000, 61000) and b[3] == "year" for b in bands), bands
    assert all(b[3] != "day" for b in bands)


HANDOVER_PAGE = (
    "Lab Aide II handover notes\n"
    "\n"
    "Pay and classification\n"
    "Lab Aide I is pay grade 9, $17.10 - $21.40/hr; Lab Aide II (my job) is grade 11, "
    "$18.90 - $23.60/hr. Lab Coordinator is grade 16 ($61,200 - $77,900/yr).\n"
)


def test_each_graded_clause_keeps_its_own_title() -> None:
    guide = parse_text(HANDOVER_PAGE, "handover.txt")
    owners = {(b.min, b.max): b.role for b in guide.salaries}
    assert owners.get((17.1, 21.4)) == "Lab Aide I"
    assert owners.get((18.9, 23.6)) != "Lab Aide I"
    assert owners.get((61200, 77900)) == "Lab Coordinator"
