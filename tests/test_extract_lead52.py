"""The lead's fixes of stop 52's merges, each found by scoring every set and corpus after
the merges: invented pages."""

from __future__ import annotations

from careergraph.guides import parse_text


def test_a_language_strip_keeps_no_level_code_as_a_tool() -> None:
    # "German (native), English (C1)" in a profile's skills strip: once the rating bracket
    # "(native)" is cut, "(C1)" is the last language's level, no tool named "C1"
    page = ("Technical Translator\n\nSkills (9)\n"
            "Trados Studio · Terminology management · French (native), Dutch (B2)\n")
    skills = [skill.text for skill in parse_text(page, "translator.txt").skills]
    assert {"Trados Studio", "French", "Dutch"} <= set(skills)
    assert "B2" not in skills


def test_earlier_work_as_a_title_drops_its_article() -> None:
    page = ("Forklift Instructor\n\nWho trains with us\n"
            "Many instructors come from work as a Warehouse Operative or a Delivery Driver, "
            "and some move across to Health and Safety Adviser roles.\n")
    moves_in = [move.text for move in parse_text(page, "forklift-instructor.txt").moves_in]
    assert "Warehouse Operative" in moves_in
    assert not [name for name in moves_in if name.split()[0] in ("A", "An", "The")]
