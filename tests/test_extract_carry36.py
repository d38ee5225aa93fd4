"""carry36: set 36's page types read at scale (the generator's six families, two wordings each).

Every page here is invented for the test (other roles, names and figures than any fixture).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.guides import parse_file
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import named_dollars, page_currency
from careergraph.guides.section_kinds import classify_heading
from careergraph.model import Guide


def _parse(tmp_path: Path, name: str, text: str) -> Guide:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _names(facts: list) -> list[str]:
    return [fact.text for fact in facts]


def _pay(guide: Guide) -> list[tuple[str | None, float, float | None, str, str]]:
    return [(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries]


def test_label_comma_list_ends_at_blank_line(tmp_path: Path) -> None:
    # A staff page's "Sectors: A, B", a blank line, then the footer's strip of links: the
    # strip is chrome, no sectors; the label's own list is read.
    guide = _parse(tmp_path, "map-curator.txt", "\n".join([
        "The Map Curator looks after the county's maps and plans.",
        "",
        "Other employers of map curators: Pellow Map Trust; Ardley University Library",
        "Sectors: Museums and galleries, Local government",
        "",
        "Job ref MAP204  ·  Download the team chart (PDF)  ·  Friends of Ardley Maps  ·  Volunteer",
        "© Ardley County Council 2026 · Accessibility",
    ]))
    assert _names(guide.sectors) == ["Museums and galleries", "Local government"]


def test_pay_heading_note_names_canadian_dollar() -> None:
    assert named_dollars("Wages (CAD)") == frozenset({"CAD"})
    assert named_dollars("Drafting tools (CAD)") == frozenset()
    assert named_dollars("Computer-aided design (CAD) drawings") == frozenset()


def test_pay_in_cad_heading(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "camp-cook.txt", "\n".join([
        "The Camp Cook feeds the crews at a remote work camp.",
        "",
        "Pay (CAD)",
        "  Camp Cooks: $24.10–$29.40 per hour",
        "  Kitchen Supervisor (salaried): $72,000–$80,000",
    ]))
    assert {s.currency for s in guide.salaries} == {"CAD"}


def test_weekly_award_heading_note() -> None:
    assert classify_heading("Where you fit in the award (weekly, AUD)").value == "salary"
    assert classify_heading("Rates (NZD, hourly)").value == "salary"
    assert classify_heading("Survey (annual, ABC)").value != "salary"


def test_weekly_award_rows(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "linen-porter.txt", "\n".join([
        "The Linen Porter keeps the wards stocked.",
        "",
        "Where you fit in the award (weekly, AUD)",
        "  Trainee Linen Porter ........ $1,102.45",
        "  Linen Porter ........ $1,178.30",
        "  Senior Linen Porter ........ $1,230.90",
        "",
        "Skills",
        "- Trolley handling",
    ]))
    assert {s.period for s in guide.salaries} == {"week"}
    assert any(abs(s.min - 1178.30) < 1 for s in guide.salaries)


def test_document_code_is_no_slug(tmp_path: Path) -> None:
    # "leaflet CEO-2" on a folded leaflet's front panel is the leaflet's code, no role "CEO"
    guide = _parse(tmp_path, "housing-worker.txt", "\n".join([
        "[front panel]",
        "OAKMERE HOUSING TRUST  (registered charity no. 1100432)",
        "FROM VOLUNTEER TO PAID WORK",
        "Your route into a paid Housing Worker post  ·  leaflet CEO-2",
        "",
        "- - - - fold here - - - -",
        "",
        "[inside left panel]",
        "A Housing Worker — also called a Tenancy Support Worker — helps tenants keep their homes.",
    ]))
    assert guide.role is not None and guide.role.text != "CEO"


def test_sponsor_label_is_no_title(tmp_path: Path) -> None:
    # a club's "Partners: A · B" strip under its menu: the sponsors, no role "Partner"
    guide = _parse(tmp_path, "kit-manager.txt", "\n".join([
        "HARROWDALE HOCKEY CLUB  Fixtures  Tickets  Shop  Staff",
        "Partners: Bramling Cider · Oxley Vans · Dale Power",
        "",
        "Backroom staff   [ Department: Operations ✕ ]",
        "",
        "The Kit Manager looks after the squad's kit.",
    ]))
    assert guide.role is not None and guide.role.text != "Partner"


def test_danish_legal_forms_stay_whole(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "glazier.txt", "\n".join([
        "The Glazier fits glass.",
        "",
        "Other companies looking for glaziers: Fjordglas Aalborg ApS · Vinduesmester Holm A/S",
    ]))
    assert "Fjordglas Aalborg ApS" in _names(guide.employers)
    assert not {"S", "Fjordglas Aalborg Ap"} & set(_names(guide.employers))


def test_krone_before_figure() -> None:
    assert page_currency("Translated from Danish · Level 1: kr. 26.120,40 · Level 2: kr. 27.005,10"
                         ) == "DKK"
    found = find_amounts("Level 1: kr. 26.120,40", home="DKK")
    assert [(m.low, m.currency) for m in found] == [(26120, "DKK")]
    # (the words before the figure stay whole: its owner is read from them)
    found = find_amounts("Compare: Baker kr. 33.420", home="DKK")
    assert found and found[0].prefix == "Compare: Baker"


def test_danish_steps_in_kr(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "cleaning-assistant.txt", "\n".join([
        "This page is translated from: Danish  ·  Show original",
        "",
        "Cleaning Assistant for Solgården",
        "",
        "The Cleaning Assistant keeps the care home clean.",
        "",
        "Salary and terms",
        "Basic salary per month:",
        "  Step 1: kr. 25.310,22",
        "  Step 2: kr. 26.004,81",
        "Compare: Laundry Supervisor kr. 31.200",
    ]))
    pay = _pay(guide)
    assert (None, 25310, 25310, "DKK", "month") in pay
    assert ("Laundry Supervisor", 31200, 31200, "DKK", "month") in pay


@pytest.mark.parametrize("sentence", [
    "Many join us from the valley as plant operators or farm hands.",
    "Past apprentices have gone on to become site managers or estimators.",
    "Recruitment agencies are politely declined.",
])
def test_prose_names_no_sector(tmp_path: Path, sentence: str) -> None:
    guide = _parse(tmp_path, "yard-operative.txt", "\n".join([
        "The Yard Operative loads and stacks timber.",
        "",
        sentence,
    ]))
    assert _names(guide.sectors) == []


def test_join_us_from_is_a_move_in(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "yard-operative.txt", "\n".join([
        "The Yard Operative loads and stacks timber.",
        "",
        "Many join us from the valley as plant operators or farm hands.",
    ]))
    assert set(_names(guide.moves_in)) == {"Plant Operator", "Farm Hand"}
    assert _names(guide.transitions_to) == []


def test_moving_and_handling_is_one_skill(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "ward-helper.txt", "\n".join([
        "The Ward Helper supports the nurses.",
        "",
        "Skills you will learn",
        "- Moving and handling, Food hygiene",
    ]))
    assert "Moving and handling" in _names(guide.skills)
    assert "Moving" not in _names(guide.skills)


def test_we_expect_that_you_heads_skills(tmp_path: Path) -> None:
    # a translated posting's "We expect that you" over noun items, and over verb items that
    # finish its sentence (read as running text, never as names)
    guide = _parse(tmp_path, "bakery-assistant.txt", "\n".join([
        "The Bakery Assistant bakes bread for the shop.",
        "",
        "We expect that you",
        "- Dough handling (spiral mixers, proofers)",
        "- Cake decoration",
        "- have knowledge of allergen labelling and stock rotation",
        "",
        "Salary and terms",
        "Salary according to the agreement.",
    ]))
    names = _names(guide.skills)
    assert {"Dough handling", "Cake decoration", "allergen labelling"} <= set(names)
    assert not [n for n in names if n.startswith("have ")]


def test_posts_pay_owner(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "shop-assistant.txt", "\n".join([
        "The Shop Assistant serves customers in the charity's shops.",
        "",
        "Pay",
        "Shop Assistant: £22,100–£23,400 a year.",
        "Our Area Manager posts pay £31,500–£34,000.",
        "(Deputy Shop Manager posts are advertised at £25,800 – £27,200.)",
    ]))
    pay = _pay(guide)
    assert ("Area Manager", 31500, 34000, "GBP", "year") in pay
    assert ("Deputy Shop Manager", 25800, 27200, "GBP", "year") in pay


def test_learners_pay_is_no_band_rows(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "anaesthetic-practitioner.txt", "\n".join([
        "The Anaesthetic Practitioner supports the anaesthetist.",
        "",
        "Where you sit in the banding table",
        "Band 4   Assistant Anaesthetic Practitioner   £26,100 – £27,500",
        "Band 5   Anaesthetic Practitioner             £29,900 – £36,500",
        "Band 7   Anaesthetics Team Leader             £47,800 – £54,100",
        "Trainees on the degree route are paid £24,050 a year while they study.",
    ]))
    assert (None, 24050, 24050, "GBP", "year") in _pay(guide)


def test_casual_grade_cell(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "collections-officer.txt", "\n".join([
        "The Collections Officer looks after the museum's objects.",
        "",
        "Our team",
        "Post                              Grade     Salary",
        "   Collections Manager            Grade 10  £40,100 – £43,900",
        ">> Collections Officer            Grade 7   £28,900 – £32,700",
        "   Gallery Clerks                 casual    £12.40 an hour",
    ]))
    assert ("Gallery Clerk", 12.40, 12.40, "GBP", "hour") in [
        (r, round(lo, 2), hi and round(hi, 2), c, p) for r, lo, hi, c, p in _pay(guide)]


def test_statistics_rows_are_the_roles_points(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "optician.txt", "\n".join([
        "This page is translated from: Danish",
        "",
        "The Optician tests eyes and fits glasses.",
        "",
        "WHAT DO OPTICIANS EARN?",
        "Median salary, all opticians ........ DKK 36.210 per month",
        "Median, North Jutland ........ DKK 35.880 per month",
    ]))
    pay = [(s.role, s.min, s.statistic) for s in guide.salaries]
    assert (None, 36210, "median") in pay
    assert (None, 35880, "median") in pay
