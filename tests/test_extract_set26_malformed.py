"""Broken pages of stop 35's new structures (classified ads, translated Indonesian postings,
handover notes, boxed job cards, titles wrapped in columns, company-name fields, glued portal
labels) give a guide or a located error, never a crash.  Every page is invented."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text

BROKEN = {
    "ads-headlines-only": "SITUATIONS VACANT\nKILN HAND WANTED.\nKILN HAND.\nEXP'D KILN HAND /\n",
    "ads-cut-mid-figure": ("SITUATIONS VACANT\nKILN HAND WANTED. Busy pottery, $2\nKILN HAND. "
                           "Brightfire Ceramics, 9 Mill Rd. $19-\nKILN HAND, P/T. Call Jo @ "),
    "rupiah-junk": ("Kiln Operator (Operator Tungku)\nPT Api Jaya\nRp .. - Rp ,\nRp 7.500.000 -\n"
                    "5,6 jt jt\nUMK Rp\n"),
    "handover-empty-post": "HANDOVER NOTE\nPost:\nGrade 6 (£\nI've accepted a  position\n",
    "box-unclosed": ("Kiln Technician jobs\n┌──────────────┐\n│ Kiln Technician\n│ Brightfire "
                     "Ceramics Ltd\n+-----\n| |\n└"),
    "columns-without-figures": ("CAREER LADDER\nKiln        Senior      Kiln\nHand        Kiln Hand"
                                "   Supervisor\n$           $\n"),
    "company-field-empty": ("Kiln Technician\nCompany name:\nBusiness name      (大島)\n"
                            "Employer: \n"),
    "glued-labels-only": ("kiln technician\nPreferred labelkiln technician\nEssential skills (3)"
                          "\nEssential knowledge\nOptional knowledgeDemand\n"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_page_gives_a_guide_or_a_located_error(name: str) -> None:
    try:
        guide = parse_text(BROKEN[name], f"{name}.txt")
    except GuideError as error:  # (a role-less page: the file and its line are named)
        assert f"{name}.txt" in str(error)
        return
    assert guide.role is not None and guide.role.text
    # a cut-off figure is no pay: every figure read is a number with a currency
    assert all(s.min is None or s.min > 0 for s in guide.salaries)


def test_an_empty_company_field_names_no_employer() -> None:
    guide = parse_text(BROKEN["company-field-empty"], "company-field-empty.txt")
    assert [e.text for e in guide.employers] == []


def test_a_range_cut_off_at_its_dash_is_no_pay() -> None:
    guide = parse_text(BROKEN["ads-cut-mid-figure"], "ads-cut-mid-figure.txt")
    assert guide.role is not None and guide.role.text == "Kiln Hand"
    assert 19 not in {s.min for s in guide.salaries}  # "$19-": the page ends mid-range
