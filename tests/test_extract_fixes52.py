"""Roles and moves noticed last stop (fixes52).

- A title line printed in capitals, alone or before a page-type tail ("X – ROLE GUIDE &
  TICKETS"), names the role read in Title Case (a known title only).
- A site's section label ending in "Jobs" before a headline whose value is one title with
  its own page-type tail ("Metro Jobs: X Careers") is no list of titles: X is the role.
- A page opening with a ranked item ("1.    X") names X, in any case.
- A FAQ's "Q." marker before "What does a X do?" is no word of the role.
- A ladder printed top first down to the trade's apprentice ("X → X's Apprentice") is read
  bottom up: the apprentice rung is below its trade.
- A subject holding "and" whose first half is no title ("Health and safety officers often
  move into this role") is one title; "X train and then apply for this role" moves X in.
- Two one-word titles glued by a slash ("Trainer/Assessor") are one post, as printed.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest
from tests.guide_facts import moves

from careergraph.guides import parse_text


def _role(text: str) -> str:
    return parse_text(text, "page.txt").role.text


_BODY = "\n\nYou keep the site running safely.\n\nPay\nAbout $41 an hour.\n"


@pytest.mark.parametrize("line", ["PIPELINE WELDER – ROLE GUIDE & TICKETS", "PIPELINE WELDER"])
def test_a_title_line_in_capitals_names_the_role(line: str) -> None:
    assert _role(line + _BODY) == "Pipeline Welder"


def test_a_heading_in_capitals_is_still_no_role() -> None:
    text = "Pipeline Welder\n\nWHAT YOU WILL DO\nJoin pipe sections on site.\n"
    assert _role(text) == "Pipeline Welder"


def test_a_section_label_in_jobs_before_a_headline_names_its_title() -> None:
    assert _role("Harbour Board Jobs: Marine Pilot Careers" + _BODY) == "Marine Pilot"


def test_a_list_label_of_several_titles_names_none_of_them() -> None:
    text = ("Related jobs: Marine Pilot and Deckhand Careers\n\n"
            "A tug master steers tugboats in the harbour.\n")
    assert _role(text) != "Marine Pilot"


@pytest.mark.parametrize("line", ["1.    Claims Adjuster", "1. Claims adjuster"])
def test_a_page_opening_ranked_names_its_item(line: str) -> None:
    assert _role(line + _BODY) == "Claims Adjuster"


def test_a_faq_marker_is_no_word_of_the_role() -> None:
    text = ("Q. What does a hospital porter do?\n\nA hospital porter moves patients and "
            "equipment around the wards.\n")
    assert _role(text) == "Hospital Porter"


def _moves(text: str) -> list[tuple[str, str]]:
    """The page's moves as (from, to) pairs, "@self" for its own role."""
    return moves(parse_text(text, "page.txt"))


def test_an_apprentice_rung_is_below_its_trade() -> None:
    moves = _moves("Glazier\n\nGlaziers cut and fit glass.\n\nCareer path\n"
                   "Glazier → Glazier's Apprentice\n")
    assert ("Glazier's Apprentice", "@self") in moves
    assert ("@self", "Glazier's Apprentice") not in moves


def test_a_subject_title_holding_and_moves_in() -> None:
    moves = _moves("Site Auditor\n\nSite auditors check work sites.\n\nGetting in\n"
                   "Health and safety officers often move into this role.\n")
    assert ("Health and Safety Officer", "@self") in moves


def test_a_step_before_applying_keeps_the_subject() -> None:
    moves = _moves("Site Auditor\n\nSite auditors check work sites.\n\nGetting in\n"
                   "Many surveyors train and then apply for this role.\n")
    assert ("Surveyor", "@self") in moves


def test_a_slash_glued_pair_is_one_post() -> None:
    moves = _moves("Veterinary Nurse\n\nVeterinary nurses care for animals.\n\n"
                   "Career progression\nWith experience you could become a Trainer/Assessor.\n")
    assert ("@self", "Trainer/Assessor") in moves
    assert ("@self", "Assessor") not in moves
