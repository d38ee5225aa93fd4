"""Defects seen on fresh generated web corpora (seeds 51101-51103), each on an invented page
(helper fresh51)."""

from benchmarks.extraction import facts_of

from careergraph.guides.amounts import find_amounts
from careergraph.guides.read import parse_text
from careergraph.guides.spaced_pay_table import piped_pay_table

_LIFEGUARD = """Pool Attendant: salary in the TV-L (2026)

The pool attendant works mostly for municipal baths and leisure centres.

Pay group EG 4
EG 4 level 1: 2.612,40 €
EG 4 level 2: 2.733,15 €

Swimming master: EG 8, 3.020,10 / 3.155,75 / 3.301,20 €.
Training pay: 1.105,00 € / 1.160,00 € (years 1–2).
"""


def _pay() -> list[tuple[str, float]]:
    found = facts_of(parse_text(_LIFEGUARD, "lifeguard.txt"), ["Pool Attendant"]).salaries
    return [(s[0], s[1]) for s in found]


def test_a_sign_after_the_last_of_slashed_figures_is_every_figures() -> None:
    pay = _pay()
    assert ("swimming master", 3020.0) in pay
    assert ("swimming master", 3156.0) in pay
    assert ("swimming master", 3301.0) in pay


def test_a_sentence_case_title_label_with_its_pay_group_owns_the_figures() -> None:
    assert not any(owner == "@self" and value > 3000 for owner, value in _pay())
    assert ("@self", 2612.0) in _pay()


def test_a_sign_before_the_first_of_slashed_figures_is_every_figures() -> None:
    found = find_amounts("Casual rates £11.80 / 12.40 / 13.05 an hour")
    assert [(m.low, m.currency, m.period) for m in found] == [
        (11.8, "GBP", "hour"), (12.4, "GBP", "hour"), (13.05, "GBP", "hour")]


def test_slashed_numbers_of_another_shape_or_size_stay_no_pay() -> None:
    assert [m.low for m in find_amounts("Intakes 2024 / 2025 / €28,500")] == [28500]
    assert [m.low for m in find_amounts("Ratio 1 / 4 / €2.100,00")] == [2100]
    assert [m.low for m in find_amounts("Top: 900 / 2.400,00 €")] == [2400]


_SIGNALLER = """Rail Signaller

Rail signallers control train movements from a signal box.

Recommendation 3: we recommend the pay points below from 1 April 2026. The on-call
supplement (£1,900) is outside this recommendation.

Table 3.1  Rail Signaller pay points
Point       Current (£)     Proposed (£)
1           29,100          30,050
2           30,400          31,390
3           31,800          32,700
Signalling Assistant (for comparison)    24,800
"""


def test_a_fixed_width_table_by_step_with_currency_columns_gives_every_cell() -> None:
    pay = facts_of(parse_text(_SIGNALLER, "rail-signaller.txt"), ["Rail Signaller"]).salaries
    own = sorted(s[1] for s in pay if s[0] == "@self")
    assert own == [29100.0, 30050.0, 30400.0, 31390.0, 31800.0, 32700.0]
    assert all(s[3] == "GBP" and s[4] == "year" for s in pay if s[0] == "@self")
    assert ("signalling assistant", 24800.0) in [(s[0], s[1]) for s in pay]


def test_a_money_column_that_is_no_pay_makes_no_pay_table() -> None:
    lines = [(1, "Point       Course fee (£)     Exam fee (£)"),
             (2, "1           2,100          350"), (3, "2           2,400          350")]
    assert piped_pay_table(lines) == {}
    assert piped_pay_table([(1, "Point       Current (£)     Proposed (£)"), *lines[1:]])


def test_a_wide_gap_parts_two_labelled_figures_on_one_line() -> None:
    page = """Vineyard Hand

Vineyard hands prune vines and pick grapes on contract.

Pay this season
• Crew Supervisors: A$31/hr   Forklift Drivers: A$36/hr
"""
    pay = facts_of(parse_text(page, "vineyard-hand.txt"), ["Vineyard Hand"]).salaries
    assert {(s[0], s[1]) for s in pay} == {("crew supervisor", 31.0), ("forklift driver", 36.0)}
