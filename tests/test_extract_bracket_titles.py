"""A role title never ends inside a bracket it leaves open (found on an onboarding portal's
"Position:" field, held-back set 29): the title ends before the bracket."""

from __future__ import annotations

from careergraph.guides.read import parse_text


def test_a_position_field_with_a_graded_title_in_brackets_names_the_role() -> None:
    page = ("Onboarding > My Onboarding\n\n"
            "Position: Baggage Handler (Baggage Service Handler II)        Station: Leeds\n\n"
            "Skills\n- Lifting\n- Radio use\n")
    guide = parse_text(page, "portal.txt")
    assert guide.role.text == "Baggage Handler"


def test_a_closed_bracket_before_the_head_is_kept() -> None:
    page = "Position: Data (AI) Engineer\n\nSkills\n- Python\n- SQL\n"
    assert parse_text(page, "p.txt").role.text == "Data (AI) Engineer"
