"""A take-home calculator's results printed one cell a line: a label alone, its figure on
the next line.  Invented pages; the page's own statement stays pay, the arithmetic none."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import pay

FLAT_RESULTS = [
    ("PayPoint UK | Calculators\nMarine Electrician salary after tax\n"
     "The typical Marine Electrician salary is £41,000 a year.\n"
     "Results\nYearly\n- Gross pay\n- £41,000.00\n- Income tax\n- £5,686.00\n"
     "- National Insurance\n- £2,274.00\n- Take-home pay\n- £33,040.00\n"
     "Monthly\n- Gross pay\n- £3,416.67\n- Take-home pay\n- £2,753.33\n",
     (41000, 41000, "GBP", "year", None), {5686, 2274, 33040, 3416.67, 2753.33}),
    ("NetCheck Canada\nLivestock Veterinarian take-home pay\n"
     "A Livestock Veterinarian in Canada earns C$118,000 a year on average.\n"
     "Per year\n• Gross income\n• C$118,000\n• Federal tax\n• C$19,880\n• CPP\n"
     "• C$4,034\n• Net pay\n• C$86,310\n",
     (118000, 118000, "CAD", "year", None), {19880, 4034, 86310}),
    ("Brutto-Netto Rechner | English\nHarbour Crane Driver pay after tax\n"
     "Harbour Crane Drivers earn around €52,500 a year.\n"
     "Annual\nGross salary\n€52,500\nIncome tax\n€7,940\nSocial security\n€10,710\n"
     "Net salary\n€33,850\n",
     (52500, 52500, "EUR", "year", None), {7940, 10710, 33850}),
]


@pytest.mark.parametrize(("page", "own", "arithmetic"), FLAT_RESULTS)
def test_label_alone_then_its_figure_is_no_pay(page: str, own: tuple,  # type: ignore[type-arg]
                                               arithmetic: set[float]) -> None:
    found = pay(parse_text(page, "calc.txt"))
    assert own in found
    assert not {p for p in found if p[0] in arithmetic}
