"""Structures left by stop 57 (helper fixes94): one rule for a pay memo's comparator lines
(``pay_owners.comparator_title``, read by ``role_before`` and ``pay_label_title``), a
table of percentiles whose median alone is pay, another title's figure labelled by its
owner (not the page's role) and a "Median pay:" label over its figures.  Every page here is
invented."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.guides import parse_text
from careergraph.guides.pay_owners import comparator_title, pay_label_title


def _pay(text: str, file: str) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in parse_text(text, file).salaries}


# -- one comparator rule ----------------------------------------------------------------


def test_comparator_title_reads_each_shape() -> None:
    assert comparator_title("Yard Planner — Grade D, median paid ") == "Yard Planner"
    assert comparator_title("Yard Planner — Band 4, ") == "Yard Planner"
    assert comparator_title("Kiln Manager (M2) range ") == "Kiln Manager"
    assert comparator_title("Kiln Manager (K7) range for reference ") == "Kiln Manager"
    assert comparator_title("Glaze Chemist reference range ") == "Glaze Chemist"
    assert comparator_title("For reference: Kiln Manager (M2) range ") == "Kiln Manager"


def test_comparator_title_needs_the_whole_text() -> None:
    assert comparator_title("Lift the kiln floor to £30,000 (new range ") is None
    assert comparator_title("Kiln Manager earns ") is None
    # (a row label with a run-in note: the label route reads the note's tail itself)
    assert comparator_title("For reference: Kiln Manager (M2) range ", run_in=False) is None


def test_the_label_route_reads_the_same_rule() -> None:
    assert pay_label_title("Yard Planner — Grade D, median paid") == "Yard Planner"
    assert pay_label_title("Glaze Chemist reference range") == "Glaze Chemist"
    assert pay_label_title("Yard planner median salary") == "Yard Planner"  # (as before)
    assert pay_label_title("Median salary") is None


_MEMO = "\n".join([
    "Pay Review Memo — Kiln Operator",
    "Current ranges",
    "Grade B: £26,000 – £31,000",
    "Comparators inside the firm",
    "Glaze Technician — Grade C, median paid £33,100",
    "Production Manager — Band E, £45,000 – £52,000",
    "Recommendation",
    ("Lift the Grade B floor to £27,500 (new range £27,500 – £29,500 – £32,000). For "
     "reference: Kiln Manager (M2) range £39,000 – £43,000 – £47,000."),
    ("For comparison only: Production Manager range £45,000 – £52,000; Glaze Technician "
     "£33,100."),
    "",
])


def test_a_memos_comparators_own_their_figures_on_both_routes() -> None:
    pay = _pay(_MEMO, "kiln-operator.txt")
    assert (33100.0, 33100.0, "Glaze Technician") in pay
    assert (45000.0, 52000.0, "Production Manager") in pay
    assert (39000.0, 47000.0, "Kiln Manager") in pay  # (mid-sentence, after "reference:")
    assert (26000.0, 31000.0, None) in pay  # (the role's own grade: no title before it)
    assert (27500.0, 32000.0, None) in pay


# -- a table of percentiles ---------------------------------------------------------------


_PERCENTILES_DOWN = """\
Records Clerk

Pay
| Percentile | Annual pay |
|---|---|
| 10th | $29,400 |
| 25th | $33,800 |
| Median | $39,100 |
| 75th | $45,600 |
| 90th | $52,300 |
"""


def test_a_percentile_table_down_the_page_gives_the_median_alone() -> None:
    guide = parse_text(_PERCENTILES_DOWN, "records-clerk.txt")
    assert [(b.min, b.max, b.statistic) for b in guide.salaries] == [
        (39100.0, 39100.0, "median")]


def test_a_percentile_header_row_gives_the_median_alone() -> None:
    page = ("Records Clerk\n\nPay\n| 10th | 25th | Median | 75th | 90th |\n"
            "|---|---|---|---|---|\n| $29,400 | $33,800 | $39,100 | $45,600 | $52,300 |\n")
    guide = parse_text(page, "records-clerk.txt")
    assert [(b.min, b.max, b.statistic) for b in guide.salaries] == [
        (39100.0, 39100.0, "median")]


def test_an_ordinal_row_in_a_table_of_days_stays_pay() -> None:
    page = ("Records Clerk\n\nPay\n| Pay day | Amount |\n|---|---|\n| 15th | $1,450 |\n"
            "| 30th | $1,450 |\n")
    assert {(b.min, b.max) for b in parse_text(page, "records-clerk.txt").salaries} == {
        (1450.0, 1450.0)}


def test_quartile_columns_without_a_median_stay_points() -> None:
    page = ("Records Clerk\n\nPay\n| 10th | 25th | 75th | 90th |\n|---|---|---|---|\n"
            "| $29,400 | $33,800 | $45,600 | $52,300 |\n")
    lows = sorted(b.min for b in parse_text(page, "records-clerk.txt").salaries
                  if b.min is not None)
    assert lows == [33800.0, 45600.0]  # (the tails are no pay, as before)


# -- another title's figure, labelled by its owner ----------------------------------------


_LIBRARIAN = """\
School Librarian

A school librarian runs the library of a school and teaches pupils to find and judge sources.

Working life
Substitute teachers earn $150 per day, and the district pays substitute librarians $140 per day.
"""


def test_another_titles_figure_is_labelled_by_its_owner() -> None:
    guide = parse_text(_LIBRARIAN, "school-librarian.txt")
    labels = {(b.min, b.role, b.label) for b in guide.salaries}
    assert (150.0, "Substitute Teacher", "Substitute Teacher") in labels
    assert (140.0, "Substitute Librarian", "Substitute Librarian") in labels


def test_the_roles_own_figure_keeps_its_label() -> None:
    page = _LIBRARIAN.replace("Substitute teachers earn $150 per day, and the district pays "
                              "substitute librarians $140 per day.",
                              "School librarians earn $210 per day in most districts.")
    guide = parse_text(page, "school-librarian.txt")
    assert [(b.min, b.role) for b in guide.salaries] == [(210.0, None)]
    assert all(b.label != "Substitute Teacher" for b in guide.salaries)


def test_the_owners_card_prints_the_owners_label(tmp_path: Path) -> None:
    (tmp_path / "school-librarian.txt").write_text(_LIBRARIAN)
    (tmp_path / "substitute-teacher.txt").write_text(
        "Substitute Teacher\n\nA substitute teacher covers classes when a teacher is away.\n\n"
        "Skills\n- Classroom management\n- Lesson delivery\n")
    graph = tmp_path / "x.db"
    cli = CliRunner()
    built = cli.invoke(app, ["build", str(tmp_path), "--keep-going", "--out", str(graph)])
    assert built.exit_code == 0, built.output
    shown = cli.invoke(app, ["role", "Substitute Teacher", "--graph", str(graph)])
    assert shown.exit_code == 0, shown.output
    assert "Substitute Teacher: USD 150 / day" in shown.stdout
    assert "School Librarian: USD 150" not in shown.stdout


# -- a statistic's label over its figures -------------------------------------------------


def test_a_median_label_over_its_figures_makes_them_medians() -> None:
    page = ("Pest Control Worker\n\n- Median pay: How much do pest control workers make?\n"
            "- $33,040 Annual Salary\n- $15.88 per hour\n")
    guide = parse_text(page, "pest-control-worker.txt")
    assert {(b.min, b.statistic) for b in guide.salaries} == {
        (33040.0, "median"), (15.88, "median")}


def test_a_plain_label_over_a_figure_names_no_statistic() -> None:
    page = ("Pest Control Worker\n\n- Pay: How much do pest control workers make?\n"
            "- $33,040 Annual Salary\n")
    guide = parse_text(page, "pest-control-worker.txt")
    assert [(b.min, b.statistic) for b in guide.salaries] == [(33040.0, "range")]
