"""Roles and moves in the structures of held-back set 10's site styles (issue 10).

Each test writes its own small page (invented roles, wording and employers) in one structure
and asserts what the parser reads from it, with a case beside it where the rule must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.text import Line
from careergraph.guides.wrap import unwrap


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- the role from a labelled title line -------------------------------------------------------
def test_column_kicker_before_a_colon_names_the_role() -> None:
    # A newspaper column's recurring kicker, then the occupation profiled this week.
    page = ("City Herald > Careers\n\nOn the Job: Glazier\n\"Glass never forgives a bad cut\"\n\n"
            "Q: How did you start?\nA: I swept floors at a glass shop, then a glazier took me on.\n"
            "Owners of small shops often hire apprentices.\n")
    guide = parse_text(page, "page-17.txt")
    assert guide.role.text == "Glazier"
    assert guide.role_signal == "page_title"


def test_memo_subject_line_names_the_role_without_its_label() -> None:
    page = ("PORT OF LINDEN\nHUMAN RESOURCES REGULATION HR-7\n"
            "SUBJECT: Crane Operator Career Progression Program\n\n"
            "I. PURPOSE\nThis regulation sets how crane operators advance between levels.\n")
    assert parse_text(page, "hr-7.txt").role.text == "Crane Operator"


def test_a_role_before_the_colon_is_no_label() -> None:
    # "Welder: why the pay keeps rising": the head is the role, the tail a headline.
    page = ("Welder: why the pay keeps rising\n\nWelders join metal parts. A welder reads "
            "drawings.\n")
    assert parse_text(page, "w.txt").role.text == "Welder"


# -- words hyphenated across a line break ------------------------------------------------------
def test_word_split_by_the_break_is_one_word_again() -> None:
    lines = [Line(1, "Many staff come to the role after working as phle-"),
             Line(2, "botomists or ward clerks."), Line(3, "Pay")]
    assert [(x.no, x.text) for x in unwrap(lines)] == [
        (1, "Many staff come to the role after working as phlebotomists or ward clerks."),
        (3, "Pay")]


def test_compound_hyphen_at_a_break_is_kept_and_a_capital_is_no_continuation() -> None:
    lines = [Line(1, "Crews run fixed- and variable-"), Line(2, "radius plots."),
             Line(3, "Ranges are $40 -"), Line(4, "$52 an hour."), Line(5, "Skills for Mid-"),
             Line(6, "Career Changers")]
    assert [x.text for x in unwrap(lines)] == [
        "Crews run fixed- and variable-radius plots.", "Ranges are $40 -", "$52 an hour.",
        "Skills for Mid-", "Career Changers"]


def test_hyphenated_move_source_is_read_whole() -> None:
    page = ("Dental Hygienist\n\nGetting in\nMany hygienists come to the work after working as "
            "den-\ntal assistants.\n")
    guide = parse_text(page, "dental-hygienist.txt")
    assert "Dental Assistant" in names(guide.moves_in)
    assert not any(f.text.startswith("Tal ") for f in guide.moves_in)


# -- moves named by an employer's posting or a ladder policy -----------------------------------
def test_considered_for_and_may_apply_for_are_up_moves() -> None:
    page = ("Line Cook\n\nAbout the role\nLine cooks prepare each station before service.\n\n"
            "Growing with us\nCooks who finish our kitchen course are considered for Sous Chef "
            "openings.\n\nPromotion\nLevel III cooks may apply for posted Kitchen Manager "
            "positions.\n")
    guide = parse_text(page, "line-cook.txt")
    assert {"Sous Chef", "Kitchen Manager"} <= names(guide.leads_to)


def test_apply_for_a_credential_is_no_move() -> None:
    page = ("Line Cook\n\nLine cooks prepare each station.\n\nSteps\n"
            "Step 2: Apply for your food handler card.\n")
    guide = parse_text(page, "line-cook.txt")
    assert not guide.leads_to and not guide.transitions_to
