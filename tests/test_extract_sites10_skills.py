"""Skills from the layouts of held-back set 10: PDF bullet glyphs, hanging bullet lines,
"Essential Functions", experience with named products, slashed and glued product names, and
examples in a bracket.  Each rule has an invented page and a case it must not fire on."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.items import bracket_examples, experience_names
from careergraph.guides.split import join_brand_names, segment
from careergraph.guides.text import pdf_glyph_bullets


def _skills(text: str) -> list[str]:
    return [skill.text for skill in parse_text(text, "page.txt").skills]


def test_pdf_glyphs_become_list_markers() -> None:
    page = ("Beekeeper\n\nA Beekeeper looks after colonies of honey bees.\n\nSkills\n"
            "(cid:127) Hive inspection\n\uf0b7 Queen rearing\n(cid:127) Swarm control\n")
    skills = _skills(page)
    assert {"Hive inspection", "Queen rearing", "Swarm control"} <= set(skills)
    assert not any("cid" in skill or "\uf0b7" in skill for skill in skills)


def test_wingdings_l_needs_two_lines_and_ligatures_are_spelt_out() -> None:
    assert pdf_glyph_bullets("l Pruning\nl Grafting") == "• Pruning\n• Grafting"
    assert pdf_glyph_bullets("l Pruning only") == "l Pruning only"  # one line: no list
    assert pdf_glyph_bullets("ﬂoor plans") == "floor plans"


def test_what_it_takes_heads_skills() -> None:
    page = ("Beekeeper\n\nA Beekeeper looks after colonies of honey bees.\n\nWhat it takes\n"
            "- Hive inspection\n- Honey extraction\n")
    assert {"Hive inspection", "Honey extraction"} <= set(_skills(page))


def test_hanging_bullet_line_joins_its_item() -> None:
    page = ("Beekeeper\n\nA Beekeeper looks after colonies of honey bees.\n\nSkills\n"
            "• Varroa monitoring and\n   treatment planning\n• Queen rearing\n")
    skills = _skills(page)
    assert "Queen rearing" in skills
    assert "treatment planning" in skills  # the wrapped words stay with their item


def test_unindented_line_after_bullet_is_not_joined() -> None:
    page = ("Beekeeper\n\nA Beekeeper looks after colonies of honey bees.\n\nSkills\n"
            "• Queen rearing\nswarm control\n")
    assert "Queen rearing swarm control" not in _skills(page)


def test_essential_functions_name_duty_tools() -> None:
    page = ("Survey Technician\n\nA Survey Technician measures land.\n\nEssential Functions\n"
            "- Process field data in Trimble Business Center\n- Keep field notes tidy\n")
    assert "Trimble Business Center" in _skills(page)


def test_experience_with_named_products() -> None:
    assert experience_names("Experience with a booking tool such as Fresha or Timely") == [
        "Fresha", "Timely"]
    assert experience_names("Hands-on experience with Xero and Dext") == ["Xero", "Dext"]
    assert experience_names("Experience in a salon or spa setting") == []
    assert experience_names("Experience with clients") == []


def test_slashed_alternative_tool() -> None:
    assert duty_tools("Program conveyors with TIA Portal / WinCC") == ["TIA Portal", "WinCC"]
    assert duty_tools("Work with Finance / HR teams") == []


def test_short_brand_head_stays_joined_in_glued_chips() -> None:
    pieces = join_brand_names(segment("Route PlanningBoxLink"))
    assert [p.text for p in pieces] == ["Route Planning", "BoxLink"]
    long_pieces = join_brand_names(segment("Route PlanningMapsNavigation"))
    assert [p.text for p in long_pieces] == ["Route Planning", "Maps", "Navigation"]


def test_capital_tail_is_no_cut() -> None:
    assert [p.text for p in segment("Data in GraphQL")] == ["Data in GraphQL"]
    assert [p.text for p in segment("Chart ReadingMETAR Weather")] == [
        "Chart Reading", "METAR Weather"]


def test_bracket_examples() -> None:
    assert bracket_examples("the BBS and the TUG") == ["BBS", "TUG"]
    assert bracket_examples("for most clients") == []
    page = ("Physiotherapist\n\nA Physiotherapist treats movement problems.\n\nSkills\n"
            "• Balance assessment (for example the BBS and the TUG)\n• Gait training\n")
    assert {"BBS", "TUG"} <= set(_skills(page))


def test_nice_to_have_lists_skills() -> None:
    page = ("Bookkeeper\n\nA Bookkeeper keeps a firm's accounts.\n\nWhat you'll bring\n"
            "- Fluency in double-entry bookkeeping\n\nNice to have\n"
            "- Payroll processing (Xero or Sage)\n")
    skills = _skills(page)
    assert {"Xero", "Sage"} <= set(skills)
    # ("nice to have" inside a sentence of another section is no heading)
    prose = ("Bookkeeper\n\nA Bookkeeper keeps a firm's accounts.\n\nAbout us\n"
             "A quiet office is nice to have for everyone who works here.\n")
    assert not any("quiet office" in skill for skill in _skills(prose))
