"""Whose pay a figure is, in three more structures (session 28, pay3).

Each test writes its own small page (invented roles, wording and numbers) and asserts the
salaries read with their owners: a survey line listing pay by title in lower case, where a
title is the page's family name around a title the lexicon knows ("claims data analysts",
not "data analysts"); a subject that "is salaried at" a figure; and a writer's own job held
for a while or held now ("I have been a X for N years and make …", "I'm currently a X, on …").
"""

from __future__ import annotations

from careergraph.guides import parse_text
from guide_facts import pay

_SURVEY = (
    "Senior Claims Data Analyst\n\n"
    "A senior claims data analyst studies insurance claims to find costs and fraud.\n\n"
    "Pay\n\n"
    "Pay in our field (2024 survey): junior claims data analysts £31,000 – £38,000; claims "
    "data analysts £40,000 – £48,000; claims data managers £61,000 and above.\n"
)


def test_a_survey_line_names_the_family_titles_not_their_known_tails() -> None:
    got = pay(parse_text(_SURVEY, "claims.txt"))
    assert (31000, 38000, "GBP", "year", None) in got  # the role's own levels
    assert (40000, 48000, "GBP", "year", None) in got
    assert (61000, None, "GBP", "year", "Claims Data Manager") in got
    assert not any(owner in ("Data Analyst", "Data Manager") for *_, owner in got)


def test_a_title_outside_the_family_keeps_its_known_name() -> None:
    page = _SURVEY.replace("claims data managers", "experienced data managers")
    got = pay(parse_text(page, "claims2.txt"))
    assert (61000, None, "GBP", "year", "Data Manager") in got


def test_a_subject_salaried_at_a_figure_owns_it() -> None:
    guide = parse_text(
        "Bus Driver\n\nA bus driver carries passengers on a set route.\n\nPay\n\n"
        "New drivers start near $19.80 an hour. Dispatchers are salaried at about "
        "$61,000 – $68,000 and keep office hours.\n", "bus.txt")
    got = pay(guide)
    assert (61000, 68000, "USD", "year", "Dispatcher") in got
    assert (19.8, 19.8, "USD", "hour", None) in got


def test_a_letter_writers_job_held_for_years_owns_the_pay_they_give() -> None:
    guide = parse_text(
        "Site Manager\n\nDEAR PAT: I have been a kitchen porter for 7 years and make $15.35 an "
        "hour. I would like to become a site manager. Where do I start?\n\n"
        "DEAR READER: Site managers earn $72,000 to $90,000 a year.\n", "letter.txt")
    got = pay(guide)
    assert (15.35, 15.35, "USD", "hour", "Kitchen Porter") in got
    assert (72000, 90000, "USD", "year", None) in got


def test_a_reply_naming_the_writers_current_job_owns_its_figure() -> None:
    guide = parse_text(
        "Store Manager\n\nA store manager runs a shop and its staff.\n\nYour reply\n\n"
        "Thanks for writing. I'm currently a Shift Manager, on £2,950 a month, and keen to "
        "move up.\n\nStore managers earn £3,600 a month.\n", "reply.txt")
    got = pay(guide)
    assert (2950, 2950, "GBP", "month", "Shift Manager") in got
    assert (3600, 3600, "GBP", "month", None) in got


def test_the_role_at_another_level_opening_a_pay_sentence_is_the_role() -> None:
    guide = parse_text(
        "Senior Claims Data Analyst\n\nA senior claims data analyst studies insurance claims."
        "\n\nPay\n\nClaims Data Analysts earn about $6,100–$7,300 a month; Senior Claims Data "
        "Analysts earn about $8,200–$9,600 a month.\n", "levels.txt")
    got = pay(guide)
    assert (6100, 7300, "USD", "month", None) in got
    assert (8200, 9600, "USD", "month", None) in got


def test_another_title_opening_a_pay_sentence_keeps_its_figure() -> None:
    guide = parse_text(
        "Senior Claims Data Analyst\n\nA senior claims data analyst studies insurance claims."
        "\n\nPay\n\nStore Managers earn about $5,400–$6,200 a month; Senior Claims Data "
        "Analysts earn about $8,200–$9,600 a month.\n", "other.txt")
    assert (5400, 6200, "USD", "month", "Store Manager") in pay(guide)
