"""Skills passports and job boards read through a translator (helper rules35b,
2026-12-05): a record's endorsed skill rows and a board's button strip."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.amounts import find_money
from careergraph.guides.items import without_skill_note
from careergraph.guides.section_kinds import Kind, classify_heading


def _guide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


_RECORD = ("WorkRecord NZ  |  Verified worker record\n\n"
           "CRANE INSPECTOR\n"
           "Holder: Pat Example        Record ID: WR-001\n\n"
           "VERIFIED SKILLS (endorsed by employer)\n"
           "Load testing ........................... endorsed x3\n"
           "Hydraulic fault finding ................ endorsed x5\n"
           "Boom repair (MIG welding) .............. endorsed x1\n"
           "Anemometer calibration ................. self-declared\n\n"
           "WORK HISTORY\n"
           "2020–now   Crane Inspector, Southern Lifting Ltd, Invercargill\n")


def test_a_lower_case_note_after_a_heading_does_not_change_its_kind() -> None:
    """"Verified skills (endorsed by employer)": the head words name the list."""
    assert classify_heading("VERIFIED SKILLS (endorsed by employer)") is Kind.SKILLS
    assert classify_heading("Tools (supplied by employer)") is Kind.TOOLS
    # (a note does not make a heading that names nothing a heading of its own kind)
    assert classify_heading("Notes (by employer)") is not Kind.SKILLS


def test_a_record_note_after_a_skill_is_dropped() -> None:
    """Dotted leaders and an endorsement count or status close the skill's row."""
    assert without_skill_note("Load testing ........ endorsed x3") == "Load testing"
    assert without_skill_note("Rigging (slings) verified ×2") == "Rigging (slings)"
    assert without_skill_note("Endorsed") == "Endorsed"


def test_endorsed_skill_rows_are_skills_not_employers(tmp_path: Path) -> None:
    """A passport's endorsed skills are the role's skills, each without its note."""
    guide = _guide(tmp_path, _RECORD)
    skills = {s.text for s in guide.skills}
    assert {"Load testing", "Hydraulic fault finding", "Boom repair", "MIG welding",
            "Anemometer calibration"} <= skills
    assert not any("endorsed" in s or "..." in s for s in skills)
    employers = {e.text for e in guide.employers}
    assert not any("testing" in e or "repair" in e for e in employers)


def test_a_job_boards_button_strip_is_no_sector(tmp_path: Path) -> None:
    """"Apply via the form | Save ad | Tip a friend" after the industry line: buttons."""
    text = ("Stonemason\nGranitverket Norr AB\n"
            "Umeå  ·  Construction  ·  Published 3 days ago\n\n"
            "Your qualifications\nStone cutting\nLetter carving\n\n"
            "Industry: Construction · Stone trade\n\n"
            "Contact person: Site manager Erik Holm, 090-12 34 56\n"
            "Apply via the form  |  Save ad  |  Tip a friend\n")
    sectors = {s.text for s in _guide(tmp_path, text).sectors}
    assert not {"Save ad", "Tip a friend", "Apply via the form"} & sectors


def test_thousands_grouped_by_spaces_before_a_currency_code() -> None:
    """"38 900 SEK/month", "34 500–41 000 SEK": Nordic notation, the code after."""
    band = find_money("Månadslön 31 500–38 250 NOK etter avtale")
    assert band is not None and (band.low, band.high, band.currency) == (31500, 38250, "NOK")
    point = find_money("Average, Western Sweden: 41 300 SEK/month")
    assert point is not None and (point.low, point.period) == (41300, "month")
    floor = find_money("Trainee: from 26 900 SEK/month.")
    assert floor is not None and floor.low == 26900 and floor.open_ended
    # (a figure right after another number is no group of it: "in 2031 45 000 SEK")
    dated = find_money("in 2031 45 000 SEK")
    assert dated is None or dated.low != 2031045000


def test_a_list_the_page_says_names_no_employers(tmp_path: Path) -> None:
    """"Partners: A (training), B, C (not employers)": the gallery disowns the list; the
    cards' employers stay."""
    text = ("Stone Futures UK  ·  Careers in stone\n\n"
            "Meet our apprentices: STONEMASON\n\n"
            "CARD 1 of 2\n"
            "Apprentice Stonemason, year 1\n"
            "Employer: Granite Row Masonry, Aberdeen\n\n"
            "CARD 2 of 2\n"
            "Stonemason (qualified 2024)\n"
            "Employer: Kilnfield Restoration, Perth\n\n"
            "EMPLOYERS AND PARTNERS\n"
            "Hiring now: Granite Row Masonry, Kilnfield Restoration\n"
            "Industry partners: Tayside College (training), Scottish Masons Guild, "
            "Young Carvers Challenge (not employers)\n")
    employers = {e.text for e in _guide(tmp_path, text).employers}
    assert not {"Scottish Masons Guild", "Young Carvers Challenge"} & employers
    assert "Kilnfield Restoration" in employers
