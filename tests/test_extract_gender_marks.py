"""A job title's gender marker ("(m/w/d)", "(H/F)", "(all genders)") annotates the post: the
title line still names the role."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text


@pytest.mark.parametrize("title", [
    "Lift fitter (m/w/d)  -  Aufzugsmonteur*in", "Lift fitter (m/f/d)", "Lift fitter (W/M/D)",
    "Lift fitter (H/F)", "Lift fitter (all genders)", "Lift fitter (m/w/div)"])
def test_a_gender_marked_title_names_the_role(title: str) -> None:
    guide = parse_text(f"{title}\n\nACTIVITY CHARACTERISTICS\nLift fitters install, inspect "
                       "and repair passenger lifts.\n", "posting.txt")
    assert guide.role.text == "Lift Fitter"


def test_other_bracketed_pairs_stay() -> None:
    from careergraph.guides.read import _GENDER_MARK
    for text in ("Sales Engineer (B2B/B2C)", "Dryer (w/d)", "Frame (h/w)"):
        assert _GENDER_MARK.sub("", text) == text
    assert _GENDER_MARK.sub("", "Chef de rang (H/F) - Paris") == "Chef de rang - Paris"
