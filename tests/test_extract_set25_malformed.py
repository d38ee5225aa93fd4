"""Broken pages of this stop's new structures (competency matrices, development-plan forms,
marked Japanese postings, pay-group grids) give a guide or a located error, never a crash."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text

BROKEN = {
    "matrix-header-only": "Glazier Competency Grid\nCompetency\tJunior Glazier\tGlazier\n",
    "matrix-ragged": ("Glazier Competency Grid\nCompetency\tJunior Glazier\tGlazier\n"
                      "Glass cutting\t\t\t\t\t\nPay\t£\t\n"),
    "form-empty-fields": ("PERSONAL DEVELOPMENT PLAN\nSection 1 of 2 – About you\n"
                          "Job title ............\nPay band ............\nSection 2 of 2 –\n"),
    "marks-only": "■\n■ \n【】\n・\n～\nGlazier\n",
    "grid-no-figures": "Glazier: salary in the TVöD\nEG | Level 1\nEG 5 | \n",
    "plan-cut-off": "PERSONAL DEVELOPMENT PLAN\nJob title ...... Glazier\nPrevious posts: Glazing",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_page_gives_a_guide_or_a_located_error(name: str) -> None:
    try:
        guide = parse_text(BROKEN[name], f"{name}.txt")
    except GuideError as error:  # (a role-less page: the file and its line are named)
        assert f"{name}.txt:" in str(error)
        return
    assert guide.role is not None and guide.role.text


def test_a_cut_off_plan_keeps_its_role() -> None:
    guide = parse_text(BROKEN["plan-cut-off"], "plan.txt")
    assert guide.role is not None and guide.role.text == "Glazier"
