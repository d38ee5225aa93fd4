"""Precision pass (prec6): a pay row opened by another post's title gives that post's figure,
not the page role's.

A pay table or list prints each post in its row's first cell and the post's figure after it
("Kennel Supervisor ...... £31,000", "| 4 | Kennel Supervisor | 31,000 |"): on another role's
page that figure is the other post's.  The role's own title at a level, an alias of it, a
learner's rung, a place or a grade code keep the figure the role's.

Every page is invented here (roles, employers, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.opened_rows import opened_cell


def _pay(page: str, name: str) -> dict[float | None, str | None]:
    return {s.min: s.role for s in parse_text(page, name).salaries}


SPACED = ("Dog Groomer\n"
          "Grooming Team, Willowbank Pet Care\n"
          "We bath, clip and style dogs of every breed in our salon.\n"
          "Post                          Terms        Pay\n"
          "   Dog Groomer                permanent    £24,600 – £27,100\n"
          "   Kennel Supervisor          permanent    £28,900 – £31,200\n"
          "   Weekend Reception Assistants  casual    £12.10 an hour\n")


def test_a_spaced_row_opened_by_another_post_is_that_posts_pay() -> None:
    pay = _pay(SPACED, "dog-groomer.txt")
    assert pay[24600] is None  # the role's own row
    assert pay[28900] == "Kennel Supervisor"
    assert pay[12.1] == "Weekend Reception Assistant"


LISTED = ("Hotel Night Manager\n"
          "Night managers run a hotel between the evening and the morning shifts.\n"
          "What people told us they earn\n"
          "- Hotel Night Manager, Grand Quayside: $58,000 a year\n"
          "- night receptionist, Hotel Ardmore: $41,500 a year\n"
          "- Trainee, Grand Quayside: $39,000 a year\n")


def test_a_list_item_opened_by_another_post_in_lower_case() -> None:
    pay = _pay(LISTED, "hotel-night-manager.txt")
    assert pay[58000] is None
    assert pay[41500] == "Night Receptionist"
    assert pay[39000] is None  # a learner's rung is the role's own


def test_a_row_opened_by_a_place_or_a_figure_word_stays_the_roles() -> None:
    page = ("Bus Driver\n"
            "Drivers carry passengers on city and regional routes.\n"
            "Pay by depot (an hour)\n"
            "  Northgate · £15.40\n"
            "  Median pay                   £15.90\n")
    pay = _pay(page, "bus-driver.txt")
    assert pay[15.4] is None
    assert set(pay.values()) == {None}


def test_opened_cell_reads_the_first_cell_of_a_row() -> None:
    assert opened_cell("| HQ4 | Wharf Clerk | 2.1 | ") == "Wharf Clerk"
    assert opened_cell("Yard Hand ........ ") == "Yard Hand"
    assert opened_cell("Packer · Ipswich · ") == "Packer"
    assert opened_cell("Crew leaders on the late shift at the two yards are paid ") is None
    assert opened_cell("") is None


def test_colon_and_leader_rows_keep_the_roles_own_row() -> None:
    page = ("Street Cleansing Operative\n"
            "Operatives sweep town centres, empty litter bins and clear fly-tipping.\n"
            "Pay scales agreed with the council\n"
            "Street cleansing operative: SCP 4–6, £24,900 – £25,700 a year\n"
            "Chargehand: SCP 12–14, £28,800 – £29,700 a year\n"
            "Mechanical Sweeper Driver ........ £27,300 a year\n")
    pay = _pay(page, "street-cleansing-operative.txt")
    assert pay[24900] is None
    assert pay[28800] == "Chargehand"
    assert pay[27300] == "Mechanical Sweeper Driver"
