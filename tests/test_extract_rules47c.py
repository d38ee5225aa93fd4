"""Structures found on the second pass over held-back set 47 (rules47c): a second title's
figure in a clause whose verb the first one said ("… are on £X per hour and supervisors on
£Y"), a job board's "Same jobs nearby" list whose titles are printed in sentence case, a
ladder step with its department after a dash ("→ Assistant Manager – Recoveries") and an
Indian posting's "freshers" (the role at its entry level, no move in).  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> set[tuple[float | None, str | None]]:
    return {(b.min, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _ladders(guide: object) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


_TRIAL = (
    "Busser\nTrial shift at the Copper Lantern\n\nWhere it can lead\n"
    "Busser → Waiter → Restaurant Supervisor → Restaurant Manager. Our waiters are on £12.20 "
    "per hour and supervisors on £13.60. Many of our bussers came to us as kitchen porters.\n")

_WEEKEND = """\
Busser
Trial shift at the Copper Lantern

Where it can lead
Busser → Waiter → Restaurant Manager. Our waiters are on £12.20 per hour and Sundays on £14.00.
"""


def test_a_gapped_clause_after_the_figure_gives_its_own_title_the_pay() -> None:
    pay = _pay(parse_text(_TRIAL, "trial.txt"))
    assert (12.2, "Waiter") in pay
    assert (13.6, "Restaurant Supervisor") in pay  # not the waiters' rate
    assert (13.6, "Waiter") not in pay


def test_a_gapped_clause_of_no_title_names_no_owner() -> None:
    pay = _pay(parse_text(_WEEKEND, "trial.txt"))
    assert not any(role and role.startswith("Sunday") for _, role in pay)


_BOARD = """\
KUSINERO NEEDED (Cook) – Tarlac City
Lutong Bahay Eatery · Tarlac City
Daily rate: ₱650 – ₱720 per day
Duties
• Prepares the daily viands
[ APPLY ]   [ SAVE ]
Same jobs nearby
Lead cook – Capas – ₱750 – ₱820 per day
Dishwasher – Concepcion – ₱520 per day
Grill man – Bamban – ₱700 per day
"""


def test_same_jobs_nearby_rows_in_sentence_case_own_their_rates() -> None:
    guide = parse_text(_BOARD, "cook.txt")
    rows = {(b.min, b.max, b.role and b.role.lower(), b.level) for b in guide.salaries}
    assert (750, 820, "lead cook", None) in rows  # the listed title's, no "lead" level of
    assert (520, 520, "dishwasher", None) in rows  # the role's
    assert (700, 700, "grill man", None) in rows  # a title the vocabulary does not know
    assert (650, 720, None, None) in rows  # the role's own rate stays its own


_DRIVE = (
    "Collection Executive\nWalk-in drive for collection executives\n\nGrowth\n"
    "Growth: Collection Executive → Team Leader → Assistant Manager – Recoveries. Many of our "
    "collection executives joined as freshers or came from call centres as customer service "
    "executives.\n")

_PLACED = """\
Collection Executive
Walk-in drive for collection executives

Growth
Growth: Collection Executive → Team Leader → Assistant Manager – Pune. Good performers move on.
"""


def test_a_ladder_step_keeps_its_department_after_a_dash() -> None:
    assert ["Collection Executive", "Team Leader", "Assistant Manager – Recoveries"] in (
        _ladders(parse_text(_DRIVE, "drive.txt")))


def test_a_ladder_step_drops_a_place_after_a_dash() -> None:
    ladders = _ladders(parse_text(_PLACED, "drive.txt"))
    assert ["Collection Executive", "Team Leader", "Assistant Manager"] in ladders


def test_freshers_are_no_move_in() -> None:
    moves_in = _facts(parse_text(_DRIVE, "drive.txt"), "moves_in")
    assert "Fresher" not in moves_in
    assert "Customer Service Executive" in moves_in
