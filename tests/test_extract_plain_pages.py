"""Plain pages a user writes or pastes by hand: a bare title over the first heading, and
sections whose blank lines and bullets were lost (no separator between them)."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


def test_a_practitioner_title_over_the_first_heading_names_the_role() -> None:
    # "Glazier" is a lexicon role head: standing right above a known heading, it is read as
    # the page's title line.
    guide = parse_text("Glazier\nKey Responsibilities\n- Fit glazing units\n"
                       "Skills\n- Glass cutting\n", "notes.txt")
    assert guide.role.text == "Glazier"
    assert guide.role_signal == "title_line"
    assert not guide.problems


def test_a_two_word_trade_title_over_a_heading_is_kept_whole() -> None:
    guide = parse_text("Floor Tiler\n\nKey Responsibilities\n- Set out floors\n", "x.txt")
    assert guide.role.text == "Floor Tiler"


def test_a_site_name_above_the_title_is_not_the_role() -> None:
    guide = parse_text("Careerly\nFloor Tiler\nKey Responsibilities\n- Set out floors\n",
                       "x.txt")
    assert guide.role.text == "Floor Tiler"


def test_a_word_that_names_no_person_over_a_heading_is_no_title() -> None:
    # Not a practitioner's name: the file name stands in, with its warning.
    guide = parse_text("Overview\nKey Responsibilities\n- Set out floors\n",
                       "floor-tiler.txt")
    assert (guide.role.text, guide.role_signal) == ("Floor Tiler", "file_name")
    assert any("file name" in problem.message for problem in guide.problems)


def test_a_file_name_that_names_no_worker_is_no_role() -> None:
    with pytest.raises(GuideError, match="no role found"):
        parse_text("Overview\nKey Responsibilities\n- Set out floors\n", "my-notes.txt")


def test_sections_without_blank_lines_are_read_not_taken_for_a_menu() -> None:
    guide = parse_text(
        "Data Engineer\nKey Responsibilities\n- Build pipelines\n- Model data\n"
        "Top Skills\nStream Processing\nSchema Design\nCareer Progression\nCan Lead To\n"
        "Staff Data Engineer\n", "de.txt")
    assert _texts(guide.skills)[:1] == ["Stream Processing"]
    assert "Schema Design" in _texts(guide.skills)
    assert _texts(guide.leads_to) == ["Staff Data Engineer"]


def test_skill_sections_without_blank_lines_are_read() -> None:
    guide = parse_text(
        "Pastry Chef\nKey Responsibilities\n- Bake daily\nTechnical Skills\nLamination\n"
        "Tempering\nSoft Skills\nPatience\nTeamwork\nTools\nDeck Oven\n", "pc.txt")
    assert {"Lamination", "Tempering", "Patience", "Teamwork"} <= set(_texts(guide.skills))


def test_a_site_menu_with_section_names_stays_chrome() -> None:
    # Entries that name sections of a site, one per line: no heading opens a section here.
    guide = parse_text(
        "Optometrist\n\nHome\nCareer Stories\nSector Profiles\nCourse Finder\nStudy Skills\n"
        "Work Experience\nJob Search Tips\n\nOptometrists test sight and fit lenses.\n",
        "o.txt")
    assert guide.sectors == []
    assert "Course Finder" not in _texts(guide.skills)


def test_a_flat_list_mixing_cases_keeps_every_item() -> None:
    # "- Clinics" over "- dental practices": the same marker at the same indent is a
    # sibling, not a group heading over the items after it.
    guide = parse_text("# Dental Nurse\n\n## Where you could work\n- Clinics\n"
                       "- dental practices\n- hospital trusts\n", "dn.md")
    found = set(_texts(guide.employers)) | set(_texts(guide.sectors))
    assert {"Clinics", "dental practices", "hospital trusts"} <= found


def test_an_indented_list_under_a_title_case_bullet_is_still_nested() -> None:
    guide = parse_text("# Pastry Chef\n\n## Skills\n- Viennoiserie\n  - laminating dough\n"
                       "  - proving\n- Chocolate Work\n  - tempering\n", "pc.md")
    assert {"laminating dough", "proving", "tempering"} <= set(_texts(guide.skills))


def test_a_firm_named_among_kinds_is_an_employer() -> None:
    guide = parse_text("Electrician\n\nEmployers\nHarwick Dunmore, local councils, building "
                       "contractors\n", "e.txt")
    assert _texts(guide.employers) == ["Harwick Dunmore"]
    assert _texts(guide.sectors) == ["local councils", "building contractors"]


def test_capitalised_kinds_among_kinds_stay_sectors() -> None:
    guide = parse_text("Electrician\n\nEmployers\nLocal Councils, housing associations and "
                       "building contractors\n", "e.txt")
    assert guide.employers == []
    assert "Local Councils" in _texts(guide.sectors)


def test_a_company_with_two_legal_forms_is_one_employer() -> None:
    guide = parse_text("Care Worker\n\nEmployers\nSora Welfare Co., Ltd., Minato Homes Co., "
                       "Ltd.\n", "cw.txt")
    assert _texts(guide.employers) == ["Sora Welfare Co., Ltd", "Minato Homes Co., Ltd"]


def test_broken_plain_pages_fail_clearly_or_fall_back() -> None:
    # Nothing but headings, or empty bullets: no crash, no invented facts, the file name
    # with its warning; nothing at all names no role.
    only_headings = parse_text("Top Skills\nCan Lead To\nSkills\nEmployers\nSalary\n"
                               "Career Path\n", "glazier.txt")
    assert (only_headings.role.text, only_headings.role_signal) == ("Glazier", "file_name")
    assert only_headings.skills == [] and only_headings.leads_to == []
    empty_bullets = parse_text("-\n-\n-\n", "floor-tiler.txt")
    assert empty_bullets.skills == [] and empty_bullets.employers == []
    with pytest.raises(GuideError, match="no role found"):
        parse_text("<b>Key Responsibilities</b>\n- <script>x</script>\n", "page.txt")
