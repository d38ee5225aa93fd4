"""Whose pay a figure in narration is, in three more structures (session 29, pay4).

Each test writes its own small page (invented roles, wording and numbers) and asserts the
salaries read with their owners: a title that "is on" / "are on around" a figure, behind an
employer's possessive ("Harbourline's shift supervisors are on around …"); a title opening
the sentence after its article, with a relative clause before its verb ("A head brewer,
who signs off every batch, earns …"); pay rows labelled by a rung of the page's own arrow
ladder ("Bosun €3,400" under "… → bosun → tug mate"); and the role's own pay next to them
staying its own.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from guide_facts import pay

_HEAD = "Forklift Operator\n\nA forklift operator moves pallets around a warehouse.\n\nPay\n\n"


def test_an_employers_titles_that_are_on_a_figure_own_it() -> None:
    got = pay(parse_text(
        _HEAD + "Operators earn $46,000 to $55,000 a year. With time, operators move up to "
        "team leader and then shift supervisor; Harbourline's shift supervisors are on around "
        "$78,000.\n", "forklift.txt"))
    assert (46000, 55000, "USD", "year", None) in got
    assert (78000, 78000, "USD", "year", "Shift Supervisor") in got
    assert not any(low == 78000 and owner is None for low, _, _, _, owner in got)


def test_being_on_call_is_no_pay_verb() -> None:
    got = pay(parse_text(
        _HEAD + "Shift supervisors are on call every other weekend. Operators earn $46,000 "
        "to $55,000 a year.\n", "forklift2.txt"))
    assert got == {(46000, 55000, "USD", "year", None)}


def test_a_title_after_its_article_with_a_relative_clause_owns_the_figure() -> None:
    got = pay(parse_text(
        "Brewery Worker\n\nA brewery worker cleans tanks and packages beer.\n\nPay\n\n"
        "Brewery workers make $17 to $21 an hour. A head brewer, who signs off every batch "
        "before it leaves the site, earns about $71,000.\n", "brewery.txt"))
    assert (17, 21, "USD", "hour", None) in got
    assert (71000, 71000, "USD", "year", "Head Brewer") in got


def test_an_average_worker_after_an_article_stays_the_roles_own() -> None:
    got = pay(parse_text(
        "Brewery Worker\n\nA brewery worker cleans tanks and packages beer.\n\nPay\n\n"
        "An average brewery worker earns about $39,500.\n", "brewery2.txt"))
    assert got == {(39500, 39500, "USD", "year", None)}


_TUG = (
    "Tugboat Deckhand\n\nA tugboat deckhand handles lines and fenders on harbour tugs.\n\n"
    "Pay\n\nWhat our crews earn per month:\nTrainee deckhand €2,100–€2,500\n"
    "Deckhand €2,600–€3,200\nBosun €3,400–€4,100\nTug mate: €4,300–€5,000\n\nPath\n\n"
    "trainee deckhand → deckhand → bosun → tug mate → tug master. Some move ashore.\n"
)


def test_pay_rows_labelled_by_the_pages_own_ladder_rungs_are_those_rungs_pay() -> None:
    got = pay(parse_text(_TUG, "tug.txt"))
    assert (3400, 4100, "EUR", "month", "Bosun") in got
    assert (4300, 5000, "EUR", "month", "Tug Mate") in got
    # the role itself and the role at a grade stay its own
    assert (2600, 3200, "EUR", "month", None) in got
    assert (2100, 2500, "EUR", "month", None) in got


def test_without_a_ladder_on_the_page_an_unknown_row_label_names_no_owner() -> None:
    page = _TUG.replace("trainee deckhand → deckhand → bosun → tug mate → tug master. ", "")
    got = pay(parse_text(page, "tug2.txt"))
    assert (4300, 5000, "EUR", "month", None) in got
    assert not any(owner == "Tug Mate" for *_, owner in got)


_THREAD = (
    "Wind Turbine Technician\n\nA wind turbine technician climbs and services turbines.\n\n"
    "Pay\n\nTechnicians start on $24–$28/hr with per diem on top.\n\nReplies\n\n"
    "Jo P. @jo_p · Mar 4\n"
    "I'm a crane operator at a port, we make $88k-ish and never climb lol\n"
    "Lee K. @leek · Mar 4\n"
    "electrician here, we start on about $31/hr fyi\n"
)


def test_a_reply_writers_own_job_owns_what_we_make_there() -> None:
    got = pay(parse_text(_THREAD, "thread.txt"))
    assert (88000, 88000, "USD", "year", "Crane Operator") in got
    assert (31, 31, "USD", "hour", "Electrician") in got
    assert (24, 28, "USD", "hour", None) in got
