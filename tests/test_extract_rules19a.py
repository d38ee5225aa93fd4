"""Set-19 readers (rules19a): euro figures in continental notation ("€ 1.482,30", "€ 19,75",
"31.500 euros") as machine translators leave them, take-home ("net") figures that are no
salary.

Every page is invented here (firms, figures, people); as on a crawled site, the file is named
after the role.
"""

from __future__ import annotations

from tests.guide_facts import pay

from careergraph.guides import parse_text
from careergraph.guides.salary import find_amounts


def test_euro_figures_in_continental_notation_are_read_whole() -> None:
    def read(text: str) -> list[tuple[str | None, float, float | None, str | None]]:
        return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]

    assert read("a yearly gross of 31.500 euros") == [("EUR", 31500, 31500, "year")]
    assert read("€ 19,75 per hour") == [("EUR", 19.75, 19.75, "hour")]
    assert read("Umbria€ 24.300Marche€ 23.900") == [("EUR", 24300, 24300, "year"),
                                                   ("EUR", 23900, 23900, "year")]
    assert read("between 1.350 and 1.720 euros a month") == [("EUR", 1350, 1720, "month")]
    # English notation stays as written, and so does a scaled figure
    assert read("€2,150.40 a month") == [("EUR", 2150, 2150, "month")]
    assert read("a turnover of €1.250 million") == []


def test_take_home_figures_are_no_salary_and_gross_ones_are() -> None:
    page = ("Upholsterer: what he does and how much he earns\n"
            "How much does an upholsterer earn\n"
            "The gross annual remuneration of an upholsterer is around 27.400 euros. A young "
            "upholsterer takes about 1.250 euros net per month.\n")
    found = pay(parse_text(page, "upholsterer.txt"))
    assert any(low == 27400 and currency == "EUR" for low, _, currency, _, _ in found)
    assert not any(low == 1250 for low, *_ in found)
