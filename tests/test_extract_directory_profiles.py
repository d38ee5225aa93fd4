"""A professional body's directory profile: the member's modes of work are skills (with the
platforms named after a bracket), and a daily fee for the member's own time is the role's
pay a day even under a "FEES" heading, where a price per service is none.

Every profile is invented here (bodies, members, platforms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

PROFILE = (
    "Nordic Guild of Court Interpreters   Directory   Find an interpreter\n"
    "Directory › Oslo / Norwegian › Profile\n"
    "Sign Language Interpreter (freelance) · Oslo, Norway\n"
    "MODES\n"
    "Consecutive · Relay · Video remote interpreting (VRI) on Tolkly and SignLink\n"
    "RECENT ASSIGNMENTS\n"
    "District court hearing, Oslo · Hospital discharge meeting, Bergen\n"
    "FEES AND CONDITIONS\n"
    "Daily fee: NOK 9,400 per interpreter per day (up to 6 hours)\n"
    "Cancellation within 48 hours: NOK 2,500 per booking\n")


def _guide() -> Guide:
    return parse_text(PROFILE, "sign-language-interpreter.txt")


def test_modes_are_skills_and_the_platforms_after_a_bracket_tools() -> None:
    skills = {s.text for s in _guide().skills}
    assert {"Consecutive", "Relay", "Video remote interpreting", "Tolkly",
            "SignLink"} <= skills
    # the bracket is the head's own short name; the assignments are clients, no skills
    assert not {"VRI", "Tolkly and SignLink", "District court hearing"} & skills
    assert not [s for s in skills if ")" in s]


def test_a_daily_fee_is_pay_a_day_under_a_fees_heading() -> None:
    pay = [(s.currency, s.min, s.max, s.period) for s in _guide().salaries]
    assert pay == [("NOK", 9400, 9400, "day")]  # (the cancellation charge is no pay)


def test_a_bracket_inside_a_skill_names_no_item_of_its_own() -> None:
    page = ("Planning Officer\nSkills\n"
            "- Acolaid (Civica) casework system and the planning register\n"
            "- Line maintenance (A1) or base maintenance (C)\n")
    skills = {s.text for s in parse_text(page, "planning-officer.txt").skills}
    assert not {"Civica", "A1", "C"} & skills
    assert not [s for s in skills if ")" in s]
