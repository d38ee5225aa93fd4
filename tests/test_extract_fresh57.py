"""Structures found on fresh generated corpora (seeds 57101-57103): a grade table's title
column in sentence case ("L4 | Drainage foreman | £…"), one rung printed under two names in
a coded grade row, "the X range of $…" in an award's evidence and "the next step is A, and a
few have progressed to B" (B after A).  Every page here is invented."""

from __future__ import annotations

from benchmarks.extraction import facts_of

from careergraph.guides import parse_text


def _pay(guide: object) -> set[tuple[float | None, str | None]]:
    return {(b.min, (b.role or "").lower() or None)
            for b in guide.salaries}  # type: ignore[attr-defined]


def _moves(guide: object) -> set[tuple[str, str]]:
    return {(a.lower(), b.lower()) for a, b in facts_of(guide).moves}  # type: ignore[arg-type]


_GRADES = """\
DrainTrack | Kelso Civils Ltd | Records | Sign-off sheets
DRAINAGE OPERATIVE – WORKPLACE SIGN-OFF (LEVEL 2)

Assessor notes: Steady worker.

PAY AND PROGRESSION (operatives' grade table)
Grade | Title | Rate
L1 | Drainage operative (trainee) | £12.40/hr
L2 | Drainage operative | £14.10/hr
L3 | Pipe layer / Drainage hand | £15.30/hr
L4 | Drainage foreman | £18.60/hr
Night shift premium 15% · travel time per company policy
"""


def test_a_title_columns_sentence_case_posts_own_their_rates() -> None:
    guide = parse_text(_GRADES, "drainage-operative.txt")
    pay = _pay(guide)
    assert {(12.4, None), (14.1, None), (15.3, "pipe layer"), (18.6, "drainage foreman")} <= pay
    # one rung under two names: its first name owns the rate, the second is no owner
    assert not any(owner and "drainage hand" in owner for _, owner in pay)


def test_a_coded_rung_under_two_names_is_its_first_name() -> None:
    moves = _moves(parse_text(_GRADES, "drainage-operative.txt"))
    assert ("@self", "pipe layer") in moves and ("pipe layer", "drainage foreman") in moves
    assert not any("/" in a or "/" in b for a, b in moves)


def test_a_level_column_is_no_title_column() -> None:
    page = _GRADES.replace("Grade | Title | Rate", "Grade | Level | Rate")
    pay = _pay(parse_text(page, "drainage-operative.txt"))
    assert (18.6, "drainage foreman") not in pay


def test_a_level_word_under_a_title_column_stays_the_roles() -> None:
    page = _GRADES.replace("L4 | Drainage foreman | £18.60/hr", "L4 | Entry level | £18.60/hr")
    assert (18.6, "entry level") not in _pay(parse_text(page, "drainage-operative.txt"))


_AWARD = """\
Harbour Pilot
Interest arbitration · Tripartite board

1. The unit
The unit is the Harbour Pilot classification.

2. Recruitment evidence
The Port hires deck officers into the classification. The Port also pointed to the Port \
Security Officer range of $31.20 - $36.80 an hour.

3. Award
Senior Harbour Pilot: $61.40 - $66.10.
From Senior Harbour Pilot the next step is Pilot Superintendent, and a few have progressed \
to Marine Operations Director.
"""


def test_the_titles_range_of_owns_the_figure() -> None:
    guide = parse_text(_AWARD, "harbour-pilot.txt")
    assert (31.2, "port security officer") in _pay(guide)


def test_a_level_words_range_names_no_other_title() -> None:
    page = _AWARD.replace("the Port Security Officer range", "the Senior range")
    assert (31.2, None) in _pay(parse_text(page, "harbour-pilot.txt"))


def test_a_further_step_comes_after_the_next_one() -> None:
    moves = _moves(parse_text(_AWARD, "harbour-pilot.txt"))
    assert ("senior harbour pilot", "pilot superintendent") in moves
    assert ("pilot superintendent", "marine operations director") in moves
    assert ("senior harbour pilot", "marine operations director") not in moves


def test_two_next_steps_without_further_words_both_start_at_the_title() -> None:
    page = _AWARD.replace(", and a few have progressed to", " or")
    moves = _moves(parse_text(page, "harbour-pilot.txt"))
    assert ("senior harbour pilot", "marine operations director") in moves
    assert ("pilot superintendent", "marine operations director") not in moves


_RUNG = """\
Harbour Pilot
Career notes

Senior Harbour Pilots act as mentors on night tides; the next step is Pilot \
Superintendent, and a few have progressed to Marine Operations Director after a degree.
"""


def test_a_further_step_after_a_grades_sentence() -> None:
    moves = _moves(parse_text(_RUNG, "harbour-pilot.txt"))
    assert ("senior harbour pilot", "pilot superintendent") in moves
    assert ("pilot superintendent", "marine operations director") in moves
    assert ("senior harbour pilot", "marine operations director") not in moves


def test_a_title_column_beside_no_pay_column_gives_no_pay() -> None:
    page = _GRADES.replace("Grade | Title | Rate", "Grade | Title | Book of business").replace(
        "£18.60/hr", "up to £500k ARR")
    assert not any(owner == "drainage foreman" for _, owner in _pay(
        parse_text(page, "drainage-operative.txt")))


def test_gone_on_after_a_move_that_is_no_next_step_starts_at_the_subject() -> None:
    page = _RUNG.replace("act as mentors on night tides; the next step is Pilot Superintendent",
                         "have moved into the Pilot Superintendent job family")
    moves = _moves(parse_text(page, "harbour-pilot.txt"))
    assert ("pilot superintendent", "marine operations director") not in moves


_ADS = """\
Translated from: Croatian ▸ English
Boat mechanic
Lučka Servis d.o.o. · Šibenik

We offer1.900,00 € net per month

Salary information – boat mechanic
Average net salary in Croatia: 1.880,00 €
Activity: Nautical tourism
Contact: Ivana Perić

Similar ads
Marina hand · 1.450,00 €
Marina hand (season 20
"""


def test_a_similar_ads_two_cell_card_is_that_jobs_pay() -> None:
    pay = _pay(parse_text(_ADS, "boat-mechanic.txt"))
    assert (1450.0, "marina hand") in pay
    assert (1450.0, None) not in pay and (1880.0, None) in pay


def test_a_two_cell_card_under_no_jobs_heading_names_no_one() -> None:
    page = _ADS.replace("Similar ads", "Pay by season")
    assert not any(owner == "marina hand" for _, owner in _pay(
        parse_text(page, "boat-mechanic.txt")))
