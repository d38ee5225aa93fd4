"""Pay, roles and skills noticed last round (fixes53).

- "In excess of £N", "upwards of £N" and "north of £N" are open-ended floors, as "over" and
  "more than" are (one tuple of floor words, ``amounts._FLOOR_WORDS``).
- A pipe table's row under a header of percentiles ("10th | 25th | Median | 75th | 90th")
  keeps the median as the point; the tails' cells are no pay (fixes94, by the conventions
  of sets 49 and 50: the quartiles beside a median are no pay either).
- A plural post named "Xs of Y" with an initialism head ("VPs of Y earn …") owns its pay.
- "Learn A and get paid for it": a second predicate, no skill item.
- A plan's later goal ("Long term: X") never names the page's role.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text


def _pay(text: str) -> list[tuple[str | None, float | None, float | None]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.min, s.max) for s in guide.salaries]


@pytest.mark.parametrize("words", ["in excess of", "upwards of", "more than", "over"])
def test_a_floor_word_opens_the_top(words: str) -> None:
    pay = _pay(f"Kiln Operator\n\nPay\nExperienced kiln operators earn {words} £38,500 a year.\n")
    assert pay == [(None, 38500, None)]


def test_a_percentile_header_drops_the_tails() -> None:
    pay = _pay("Lock Keeper\n\nA lock keeper runs the gates of a canal lock.\n\n"
               "## Earnings by percentile\n\n| 10th | 25th | Median | 75th | 90th |\n"
               "|---|---|---|---|---|\n| $28,100 | $31,700 | $35,900 | $40,300 | $47,600 |\n")
    assert pay == [(None, 35900, 35900)]


def test_a_plain_pipe_row_keeps_every_cell() -> None:
    pay = _pay("Lock Keeper\n\nA lock keeper runs the gates of a canal lock.\n\n"
               "## Pay\n\n| Entry | Typical | Senior |\n|---|---|---|\n"
               "| $28,100 | $35,900 | $47,600 |\n")
    assert [low for _, low, _ in pay] == [28100, 35900, 47600]


def test_plural_initialism_post_owns_its_pay() -> None:
    pay = _pay("Ferry Steward\n\nA ferry steward looks after passengers on board.\n\n## Pay\n"
               "Ferry stewards earn £21,500 a year. VPs of Passenger Services earn about "
               "£132,000.\n")
    assert (None, 21500, 21500) in pay
    assert ("VP of Passenger Services", 132000, 132000) in pay


def test_learning_and_getting_paid_is_no_skill() -> None:
    guide = parse_text("Kiln Operator\n\nA kiln operator fires ceramic ware.\n\n## Training\n"
                       "A traineeship lets you learn useful skills and get paid while you "
                       "train.\n", "page.txt")
    assert not any("paid" in skill.text for skill in guide.skills)


def test_a_long_term_goal_is_not_the_page_role() -> None:
    guide = parse_text("1. CAREER GOALS\n   Primary (short term): Lock Keeper\n"
                       "   Long term: Waterways Operations Supervisor\n\n2. PAY\n"
                       "   Lock Keeper: median $24.10 an hour\n"
                       "   Waterways Operations Supervisor: median $33.80 an hour\n",
                       "plan.txt")
    assert guide.role.text == "Lock Keeper"
