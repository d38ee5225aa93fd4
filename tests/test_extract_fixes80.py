"""Wrong facts and misses left by fresh54's generated corpora (fixes80): a pay row labelled by
a known title and the unit it leads ("Team Leader Outreach: $…") is that post's figure.

Every page is invented here (roles, places, firms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

_MUSEUM = ("Museum Educator\n"
           "What the job needs\n"
           "- Gallery tours\n"
           "- Lesson planning\n"
           "PAY (per year)\n"
           "Museum Educator: $52,100 – $58,900\n"
           "Senior Museum Educator: $60,200 – $66,000\n"
           "{row}\n"
           "Sectors: Museums\n")


def _pay(page: str, name: str = "museum-educator.txt") -> list[tuple[float | None,
                                                                       float | None, str | None]]:
    guide = parse_text(page, name)
    return [(s.min, s.max, s.role) for s in guide.salaries]


def test_a_title_and_its_unit_own_their_pay_row() -> None:
    pay = _pay(_MUSEUM.format(row="Team Leader Outreach: $70,400 – $77,300"))
    assert (70400, 77300, "Team Leader Outreach") in pay
    assert (52100, 58900, None) in pay


def test_a_title_and_a_pay_word_is_no_other_post() -> None:
    pay = _pay(_MUSEUM.format(row="Museum Educator Median: $55,000"))
    assert not any(role for _, _, role in pay)
