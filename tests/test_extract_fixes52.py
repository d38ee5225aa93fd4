"""Roles and moves noticed last stop (fixes52).

- A title line printed in capitals, alone or before a page-type tail ("X – ROLE GUIDE &
  TICKETS"), names the role read in Title Case (a known title only).
- A site's section label ending in "Jobs" before a headline whose value is one title with
  its own page-type tail ("Metro Jobs: X Careers") is no list of titles: X is the role.
- A page opening with a ranked item ("1.    X") names X, in any case.
- A FAQ's "Q." marker before "What does a X do?" is no word of the role.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest

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
