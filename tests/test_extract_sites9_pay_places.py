"""Pay, employers and sectors in the structures of held-back set 9's site styles (issue 10).

Each test writes its own small page (invented roles, wording, companies and numbers) in one
structure and asserts what the parser reads from it, with a negative case beside it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def pay(guide: Guide) -> list[tuple[int | None, int | None, str, str | None]]:
    return [(s.min, s.max, s.period, s.role) for s in guide.salaries]


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- pay owner -------------------------------------------------------------------------------
def test_pay_section_after_a_listed_move_is_the_page_role_own() -> None:
    # No title in the text: the role comes from the file name.  The move listed as a plain
    # line just above the pay heading heads nothing, so the pay is the lock keeper's.
    page = ("Overview\nEvery lock keeper logs each boat. Most lock keepers work shifts.\n\n"
            "Career path\nHarbour Master\nTour Manager\n\nPay\n$31,200 - $52,800 a year\n")
    guide = parse_text(page, "lock-keeper.txt")
    assert (guide.role.text, guide.role_signal) == ("Lock Keeper", "file_name")
    assert names(guide.leads_to) == {"Tour Manager"}
    assert pay(guide) == [(31200, 52800, "year", None)]


def test_pay_under_a_rung_title_line_stays_that_rung() -> None:
    # The negative case: a title on its own line outside any list of moves still heads the
    # block under it, and the "Salary:" line of that block is its pay.
    page = ("Lab Technician\n\nLab technicians run tests.\n\nEntry Positions\n\nLab Assistant\n\n"
            "What You Do:\n\n  • Labelling samples\n\nSalary: INR 14,000-19,000/month\n")
    assert pay(parse_text(page, "lab-technician.txt")) == [
        (14000, 19000, "month", "Lab Assistant")]
