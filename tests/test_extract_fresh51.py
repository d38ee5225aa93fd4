"""Defects seen on fresh generated web corpora (seeds 51101-51103), each on an invented page
(helper fresh51)."""

from benchmarks.extraction import facts_of

from careergraph.guides.amounts import find_amounts
from careergraph.guides.read import parse_text

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
