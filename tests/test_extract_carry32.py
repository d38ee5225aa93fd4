"""Set 32's page types as the generator varies them (carry32): general defects that reward
statements, licence-ladder pages, extension fact sheets and agreement schedules showed, each
tested on an invented page of another trade.

Every page is invented here (services, towns, titles, systems, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.split import join_brand_names, segment
from careergraph.model import Guide

STATEMENT = (
    "Housing Caseworker\n"
    "\n"
    "A housing caseworker helps tenants keep their homes and claim what they are owed.\n"
    "\n"
    "Core competencies\n"
    "- Tenancy interviewing\n"
    "- Case recording (HomeTRAKSQL)\n"
    "- Arrears advice\n"
    "\n"
    "Skills: Mediation · Case notes (BenSAWS) · Welsh\n"
)

COURSE_PAGE = (
    "Pilot Launch Operator\n"
    "\n"
    "Launch operators take pilots, crews and stores out to ships at anchor.\n"
    "\n"
    "WHO HIRES OUR GRADUATES\n"
    "Eastmouth Marine Services · Gullrock Launches · Calder Pilot Boats\n"
    "Ask an adviser: Morwenna Treloar, student services desk\n"
    "\n"
    "Career path\n"
    "Deckhand → Pilot Launch Operator → Launch Master\n"
    "Contact your local careers adviser · Placement Officer: Mr. Idris Penhallow\n"
)

SCHEDULE = (
    "Grounds Maintenance Worker\n"
    "\n"
    "Grounds maintenance workers mow, plant and repair the campus grounds.\n"
    "\n"
    "Career path\n"
    "Seasonal Groundskeeper → Grounds Maintenance Worker → Grounds Supervisor\n"
    "\n"
    "Notes: New hires with two years as a Landscaper may be placed at Step 3. Staff on\n"
    "Band 4 move up one step a year.\n"
)

ALLOWANCES = (
    "Cold Store Picker\n"
    "\n"
    "Cold store pickers build frozen orders for supermarket trucks.\n"
    "\n"
    "Pay: $21.40 - $25.10 an hour.\n"
    "Extras: call-out $55 flat; freezer suit allowance $240/yr (not pay).\n"
)

PAY_GUIDE = (
    "Survey Launch Deckhand\n"
    "\n"
    "Deckhands crew the launches that take survey teams along the coast.\n"
    "\n"
    "PAY GUIDE (USD, a month)\n"
    "Survey Launch Deckhand ........ $2,150 – $2,700\n"
    "Launch Engineer ............... $3,050 – $3,900\n"
    "Berths and meals come with the job; the $380 clothing voucher and flights home are not "
    "salary.\n"
)


def _texts(items: object) -> set[str]:
    return {item.text for item in items}  # type: ignore[attr-defined]


def _moves(guide: Guide) -> set[str]:
    names = _texts(guide.leads_to) | _texts(guide.transitions_to)
    return names | {step.text for chain in guide.progressions for step in chain}


def test_a_known_acronym_inside_a_run_of_capitals_is_no_glued_item() -> None:
    assert [p.text for p in join_brand_names(segment("CalSAWS", ["AWS"]), second=5)] == [
        "CalSAWS"]
    # (two known names glued, and a word glued to an acronym, are still cut)
    assert [p.text for p in segment("PythonSQLAWS", ["Python", "SQL", "AWS"])] == [
        "Python", "SQL", "AWS"]
    assert [p.text for p in segment("IBMGoogle", ["IBM", "Google"])] == ["IBM", "Google"]


def test_a_system_name_ending_in_a_known_acronym_is_one_skill() -> None:
    skills = _texts(parse_text(STATEMENT, "housing-caseworker.txt").skills)
    assert "BenSAWS" in skills
    assert not {"BenS", "AWS"} & skills


def test_an_adviser_contact_line_names_no_employer_sector_or_move() -> None:
    guide = parse_text(COURSE_PAGE, "pilot-launch-operator.txt")
    employers = _texts(guide.employers)
    assert {"Eastmouth Marine Services", "Gullrock Launches", "Calder Pilot Boats"} <= employers
    assert not any("Treloar" in name or "desk" in name for name in employers)
    assert not any("desk" in sector for sector in _texts(guide.sectors))
    assert not any("Placement Officer" in name or "Penhallow" in name for name in _moves(guide))


def test_a_pay_step_a_hire_is_placed_at_is_no_employer() -> None:
    guide = parse_text(SCHEDULE, "grounds-maintenance-worker.txt")
    assert not {"Step 3", "Band 4"} & _texts(guide.employers)


def test_money_the_page_says_is_not_pay_and_a_call_out_payment_are_no_pay() -> None:
    guide = parse_text(ALLOWANCES, "cold-store-picker.txt")
    assert {(band.min, band.max) for band in guide.salaries} == {(21.4, 25.1)}
    guide = parse_text(PAY_GUIDE, "survey-launch-deckhand.txt")
    assert {(band.min, band.max) for band in guide.salaries} == {(2150, 2700), (3050, 3900)}


def test_a_run_in_progression_label_heads_its_arrow_ladder() -> None:
    page = ("Bread Slicer\n\n"
            "Bread slicers run the slicing and bagging line of a plant bakery.\n\n"
            "Plant progression: Bakery Hand → Bread Slicer → Line Leader → "
            "Production Supervisor.\n")
    guide = parse_text(page, "bread-slicer.txt")
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Bakery Hand", "Bread Slicer", "Line Leader", "Production Supervisor"]]


def test_a_numbered_capital_label_with_its_text_run_in_ends_the_section_above() -> None:
    page = ("Egg Packer\n\n"
            "Egg packers grade, pack and stack eggs on a farm's packing floor.\n\n"
            "4. TOOLS USED\n"
            "Candling lamp | Tray stacker | Label printer\n\n"
            "5. MENTAL & INTERPERSONAL DEMANDS\n"
            "Reading pack codes; Tray counting; Working with the grading crew.\n\n"
            "6. SURROUNDINGS: indoor dock, noise 84 dBA, draughty near the shutters in winter.\n")
    skills = _texts(parse_text(page, "egg-packer.txt").skills)
    assert {"Candling lamp", "Tray stacker", "Label printer"} <= skills
    assert not any("dock" in skill or "draughty" in skill for skill in skills)
    # (the semicolon line under the skills heading: one skill an item)
    assert {"Reading pack codes", "Tray counting", "Working with the grading crew"} <= skills


def test_black_circle_lines_in_a_row_are_list_items() -> None:
    page = ("Orchard Pruner\n\n"
            "Orchard pruners shape apple and pear trees over the winter.\n\n"
            "What employers ask us for\n"
            "  ● Winter pruning (central leader, spindle)\n"
            "  ● Ladder safety\n"
            "  ● Battery secateurs (Felco, Infaco)\n\n"
            "Pay\n"
            "Pruners earn $24.50 an hour.\n")
    skills = _texts(parse_text(page, "orchard-pruner.txt").skills)
    assert {"Winter pruning", "Ladder safety", "Battery secateurs", "Felco", "Infaco"} <= skills


def test_a_lone_black_circle_line_stays_a_section_mark() -> None:
    page = ("Orchard Pruner\n\n"
            "Orchard pruners shape apple and pear trees over the winter.\n\n"
            "● Skills\n"
            "Winter pruning, ladder safety and tree training.\n\n"
            "● Salary\n"
            "Pruners earn $24.50 an hour.\n")
    guide = parse_text(page, "orchard-pruner.txt")
    assert {(band.min, band.period) for band in guide.salaries} == {(24.5, "hour")}
    assert "Salary" not in _texts(guide.skills)


def test_a_field_careers_series_label_frames_the_title() -> None:
    page = ("Woodland Extension Service | Publications\n\n"
            "Forestry Careers: Seed Orchard Hand\n"
            "Leaflet FOR-212 · Revised 2026\n\n"
            "What does a seed orchard hand do?\n"
            "A seed orchard hand works on the seed orchards and nurseries of a forestry estate.\n\n"
            "Skills\n- Cone collection\n- Seedling grading\n")
    assert parse_text(page, "seed-orchard-hand.txt").role.text == "Seed Orchard Hand"


def test_a_graduates_label_by_the_trades_verb_over_piped_names_lists_employers() -> None:
    page = ("Crane Barge Operator\n\n"
            "A crane barge operator lifts piles and stone from a floating crane.\n\n"
            "ALUMNI NOW SAIL WITH: Ostrava Marine Works | Felling Dredging | Quayline Ltd.\n"
            "Our graduates study with: Harbour Nautical College | Deepwater Academy\n")
    employers = _texts(parse_text(page, "crane-barge-operator.txt").employers)
    assert {"Ostrava Marine Works", "Felling Dredging", "Quayline Ltd"} <= employers
    assert not any("College" in name or "Academy" in name for name in employers)


def test_a_bullet_of_short_items_parted_by_semicolons_gives_one_skill_an_item() -> None:
    page = ("Seaplane Dock Attendant\n\n"
            "A dock attendant moors, fuels and loads seaplanes at a harbour base.\n\n"
            "Skills\n"
            "- Talking with passengers; calm manner\n"
            "- Mooring lines\n"
            "- Own boots are a plus; a lifejacket can be lent\n")
    skills = _texts(parse_text(page, "seaplane-dock-attendant.txt").skills)
    assert {"Talking with passengers", "calm manner", "Mooring lines"} <= skills
    assert not any("lifejacket" in skill or "boots" in skill for skill in skills)
