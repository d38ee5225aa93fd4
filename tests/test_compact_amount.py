"""``careergraph path``'s one-line salary bands: amounts in thousands that keep close figures
apart (a month's 1,500–1,700 was printed "2k–2k")."""

from __future__ import annotations

from careergraph.display import compact_amount


def test_thousands_keep_their_hundreds_below_100k() -> None:
    assert (compact_amount(1500), compact_amount(1700)) == ("1.5k", "1.7k")
    assert compact_amount(12500) == "12.5k"


def test_round_and_large_figures_stay_whole_thousands() -> None:
    assert (compact_amount(120000), compact_amount(155000), compact_amount(85000)) == (
        "120k", "155k", "85k")
    assert compact_amount(210500) == "210k"  # (a top band rounds: hundreds are noise there)


def test_amounts_below_a_thousand_keep_their_cents() -> None:
    assert (compact_amount(8.18), compact_amount(950)) == ("8.18", "950")
