"""Structures of set 46's page types read at scale on the web generator's pages (carry46):
a franchise staff handbook's numbered section on one post under a document-control header,
"work in" phrases that name no place (a pronoun, the work's extent, "the field and" a
verb), a run-in "Industry:" label ending its line, a co-operative's member share paid
through payroll and a franchise's sales spiffs (no pay), a case record's audit trail
(chrome).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.mentions import sectors


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None]]:
    return {(b.min, b.max) for b in guide.salaries}  # type: ignore[attr-defined]


_US_HANDBOOK = (
    "EMPLOYEE HANDBOOK — Ridgeway Gutter Partners LLC, an independently owned GutterGlide "
    "franchise · Rev. 3/2026 · Doc. EH-210\n\n"
    "Section 4: Gutter Installation Technician\n"
    "Also called: Gutter Installer, Seamless Gutter Tech\n"
    "Position summary:The Gutter Installation Technician fits and repairs each customer's "
    "gutters to the brand's standards.\n\n"
    "Your employer. Ridgeway Gutter Partners LLC employs you. GutterGlide Franchising Inc. "
    "licenses the GutterGlide name to us but is not your employer.\n\n"
    "Pay\n"
    "$18.40 – $21.10 an hour depending on experience. Overtime at 1.5x and $4 spiffs for "
    "guard upgrades are paid on top.\n")

_UK_HANDBOOK = (
    "Crumbwell Bakes · TEAM HANDBOOK (UK) · Document HB-12-077 · Version 2.3 · Commercial in "
    "confidence\n"
    "◂ Previous section: 5. Your first week    |    Next section: 7. Uniform ▸\n"
    "Section 6: Shift Lead (sometimes called Floor Captain in older shops)\n\n"
    "6.1 Who employs you\n"
    "You are employed by Penhallow Foods Ltd, which runs this Crumbwell Bakes shop under a "
    "franchise agreement.\n")


def test_a_handbooks_numbered_section_titles_the_page() -> None:
    guide = parse_text(_US_HANDBOOK, "handbook.txt")
    assert guide.role.text == "Gutter Installation Technician"
    # (the brand's capitalised word inside the title is no platform's name to cut)
    assert (18.40, 21.10) in _pay(guide)


def test_a_handbooks_document_header_is_no_title() -> None:
    # the header's brand, document code, version and the section navigation are chrome; the
    # section's bracket of the post's other name is no part of its title
    guide = parse_text(_UK_HANDBOOK, "handbook.txt")
    assert guide.role.text == "Shift Lead"


def test_a_section_that_names_no_post_is_no_title() -> None:
    page = ("Section 2: Uniform and appearance\n\nA Barista at Kettle & Co serves coffee.\n"
            "Baristas work in cafés and restaurants.\n")
    assert parse_text(page, "barista.txt").role.text != "Uniform and appearance"


def test_a_franchises_spiffs_are_no_pay() -> None:
    assert (4, 4) not in _pay(parse_text(_US_HANDBOOK, "handbook.txt"))


def test_a_member_share_paid_through_payroll_is_no_pay() -> None:
    page = ("Courier\n\nPay and ownership\nStarting rate $18.10/hour as a candidate member; "
            "after one year $20.40/hour. The member share is $1,500, paid through payroll at "
            "$30 a week.\n")
    pay = _pay(parse_text(page, "courier.txt"))
    assert {(18.10, 18.10), (20.40, 20.40)} <= pay
    assert not pay & {(1500, 1500), (30, 30)}


def test_work_in_phrases_that_name_no_place() -> None:
    assert sectors("A sorter works in the whole process: intake, grading and packing.") == []
    assert sectors("An Inspector checks work in the field and keeps records.") == []
    assert sectors("The co-op is owned by the people who work in it.") == []
    # a place after "work in" still reads
    assert sectors("Most work in hospitals, clinics and schools.") == [
        "hospitals", "clinics", "schools"]


def test_a_run_in_industry_label_ending_its_line() -> None:
    page = ("Cheese Maker\n\nAbout the co-op: Brackenfold Dairy Co-operative Ltd is run by its "
            "workers: one member, one vote. Industry: Dairy manufacturing\n\n"
            "Cheese Makers turn milk into cheese.\n")
    assert "Dairy manufacturing" in _facts(parse_text(page, "cheese.txt"), "sectors")


def test_an_audit_trail_is_no_list_of_sectors() -> None:
    page = ("Payroll Officer\n\nOutcome of the grading review for the Payroll Officer post.\n\n"
            "Yours sincerely, HR team — for all staff working in the health sector\n"
            "Audit trail: opened · checked · outcome sent\n")
    found = _facts(parse_text(page, "payroll.txt"), "sectors")
    assert not found & {"opened", "checked", "outcome sent"}


def test_a_statistics_place_after_for_is_no_tool() -> None:
    from careergraph.guides.duty_tools import duty_tools

    assert duty_tools("Median for Moravia") == []
    assert duty_tools("Average salary for Kaunas region") == []
    # a tool after "for" in a duty still reads
    assert duty_tools("Write build scripts for Jenkins") == ["Jenkins"]


def test_a_names_language_is_no_skill() -> None:
    page = ("Ferry Deckhand\n\nJob description:\n- mooring the ferry at each pier\n\n"
            "About the employer\nThe deckhand (lodní pomocník; in English also ferry hand) "
            "keeps the crossings running.\n\nRequirements: good spoken Czech\n")
    skills = {s.text for s in parse_text(page, "deckhand.txt").skills}
    assert "English" not in skills
    # a language the role needs still reads
    page2 = "Interpreter\n\nInterpreters need fluent English and French.\n"
    assert "English" in {s.text for s in parse_text(page2, "i.txt").skills}
