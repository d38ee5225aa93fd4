"""Readers for a prison or reentry job sheet, a careers adviser's action plan for one client
and a leaver's exit survey response (the structures of held-back set 28's ``resettle``,
``actionplan`` and ``exitform`` styles).

Every page is invented here (prisons, services, employers, people, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import legend_extremes
from careergraph.guides.next_job import survey_employer, survey_next_jobs
from careergraph.guides.page_money import page_dollar
from careergraph.guides.text import drawn_arrows
from careergraph.model import Guide


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text.lower() for f in facts}


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}


def _ladders(guide: Guide) -> list[list[str]]:
    return [[step.text for step in chain] for chain in guide.progressions]


TILER_SHEET = (
    "HMP Greyfield  ·  Learning Centre  ·  Careers Library       Learner: Q7781RT   Wing: B\n"
    "Job Information Sheet no. 9 — BUILDING TRADES                    Reviewed: Jan 2027\n"
    "\n"
    "WALL AND FLOOR TILER   (also called a Ceramic Tiler)\n"
    "=====================================================================\n"
    "\n"
    "What is the job?\n"
    "Wall and floor tilers fix ceramic and stone tiles in kitchens, bathrooms and shops.\n"
    "\n"
    "Where people come from\n"
    "Some men started inside as a Wing Painter or on the bricklaying course. Outside, others\n"
    "came in as a Builder's Labourer.\n"
    "\n"
    "How the job goes on site\n"
    " Tiling Labourer → Improver Tiler → Wall and Floor Tiler → Tiling Supervisor\n"
    "Some tilers also train as a Stone Fixer or move across to Kitchen Fitter.\n"
    "\n"
    "Sectors: housebuilding, shopfitting, hotel refits\n"
    "--------------------------------------------------------------------\n"
    "Sheet 9 of 31  |  Learning Centre, HMP Greyfield  |  Not to be removed\n"
    "Printed by: LC-PC2  11/01/2027 10:40\n")

ROOFER_FORM = (
    "COUNTY REENTRY OFFICE — WORK READINESS\n"
    "Pathway Form  |  Correctional Industries Roof Shop  |  Form WR-7\n"
    "\n"
    ">>> PATHWAY: ROOFER / SHINGLE ROOFER <<<\n"
    "\n"
    "WHAT YOU DO\n"
    "Roofers lay shingles, membranes and flashing on houses and warehouses.\n"
    "\n"
    "SKILLS YOU BUILD HERE (CI Roof Shop)          Shop job: Roof Shop Worker ($0.65/hr)\n"
    "  [x] Shingle laying        [x] Flashing (step and counter)     [ ] Torch-down membrane\n"
    "  [x] Fall protection       [ ] Forklift\n"
    "  Soft skills checked by supervisor: timekeeping, takes direction, crew work\n"
    "\n"
    "Employer incentives you can tell them about: Fidelity Bond Scheme, Hiring Tax Credit.\n"
    "\n"
    "CAREER LADDER\n"
    "  Roofing Helper / Gutter Helper  ──►  Roofer  ──►  Lead Roofer  ──►  Roofing Foreman\n"
    "  Specialize: Slate Roofer, Metal Roofer\n"
    "\n"
    "HIRING EMPLOYERS that took people from the Roof Shop\n"
    "  Kestrel Roofing Co.  ·  Alder Exteriors\n"
    "\n"
    "NEXT STEPS (staff use)  [ ] ID card   [ ] Bank account\n"
    "[ ] Open day 03/04   [ ] Probation officer sign-off\n")


def test_a_drawn_arrow_is_read_as_a_ladder_arrow() -> None:
    assert drawn_arrows("Porter  ──►  Head Porter ==> Duty Manager") == (
        "Porter → Head Porter → Duty Manager")
    assert drawn_arrows("Totals ---- 12") == "Totals ---- 12"  # a rule, no arrow


def test_a_prison_sheet_reads_its_ladder_moves_and_sectors_above_its_footer() -> None:
    guide = parse_text(TILER_SHEET, "wall-and-floor-tiler.txt")
    assert guide.role.text == "Wall and Floor Tiler"
    assert ["Tiling Labourer", "Improver Tiler", "Wall and Floor Tiler",
            "Tiling Supervisor"] in _ladders(guide)
    assert {"wing painter", "builder's labourer"} <= _names(guide.moves_in)
    # the rungs of the ladder are no routes in, though the sheet's routes in stand above it
    assert not {"tiling supervisor", "stone fixer"} & _names(guide.moves_in)
    assert {"stone fixer", "kitchen fitter"} <= _names(guide.transitions_to) | _names(
        guide.leads_to)
    sectors = _names(guide.sectors)
    assert {"housebuilding", "shopfitting", "hotel refits"} <= sectors
    # the footer under the rule is no sector (the rule makes no heading of the field above it)
    assert not any("sheet" in name or "printed" in name or "greyfield" in name
                   for name in sectors)


def test_a_reentry_form_reads_its_check_boxes_ladder_and_specialisms() -> None:
    guide = parse_text(ROOFER_FORM, "roofer.txt")
    skills = _names(guide.skills)
    # ticked or not, every box names a skill the trade uses; the next steps' boxes none
    assert {"shingle laying", "fall protection", "forklift", "timekeeping",
            "takes direction", "crew work"} <= skills
    assert any(name.startswith("torch-down") for name in skills)
    assert not any("bank account" in name or "open day" in name for name in skills)
    # (the slashed first rung: each helper leads to the role, then one chain goes on)
    edges = {(chain[i], chain[i + 1]) for chain in _ladders(guide) for i in range(len(chain) - 1)}
    assert {("Roofing Helper", "Roofer"), ("Gutter Helper", "Roofer"), ("Roofer", "Lead Roofer"),
            ("Lead Roofer", "Roofing Foreman")} <= edges
    assert {"slate roofer", "metal roofer"} <= _names(guide.transitions_to)
    employers = _names(guide.employers)
    assert not {"fidelity bond scheme", "hiring tax credit"} & employers
    assert not any("open day" in name for name in employers)
    assert not any("probation" in f.text.lower() for f in guide.sectors)


CLERK_PLAN = (
    "CLIENT ACTION PLAN                                           Page 1 of 1\n"
    "Client: T. Mbeki        Case ref: 55-1042         Adviser: L. Haddad\n"
    "\n"
    "EMPLOYMENT GOAL\n"
    "Primary:   Veterinary Receptionist\n"
    "\n"
    "SKILLS — matched to local vacancies\n"
    " Has:        appointment booking | cash handling | telephone manner |\n"
    "             data entry | filing\n"
    " To build:   VetPro (practice software) | animal handling basics | first aid |\n"
    "             complaints handling in clinics | invoicing\n"
    "\n"
    "LABOUR MARKET INFORMATION\n"
    " Wages (local LMI, 2026):  Veterinary Receptionist  $18.20 / $19.90 / $23.10 per hour"
    " (low / median / high)\n"
    " Financial supports approved: bus pass $92/month; course fees.\n"
    "\n"
    "ACTION STEPS\n"
    " | # | Activity                              | Who     | By         |\n"
    " |---|---------------------------------------|---------|------------|\n"
    " | 1 | Update CV for clinic jobs             | Client  | 2026-10-01 |\n"
    " | 2 | Call two practices about openings     | Adviser | 2026-10-08 |\n")


def test_an_action_plan_reads_piped_skills_and_a_low_median_high_row() -> None:
    guide = parse_text(CLERK_PLAN, "veterinary-receptionist.txt")
    skills = _names(guide.skills)
    assert {"appointment booking", "cash handling", "data entry", "filing", "vetpro",
            "first aid", "invoicing"} <= skills
    # the table of agreed actions names no skills
    assert not {"activity", "who", "client", "adviser"} & skills
    pay = _pay(guide)
    assert (None, 18.2, 23.1, "hour") in pay and (None, 19.9, 19.9, "hour") in pay
    assert not any(s.min == 92 for s in guide.salaries)  # a bus pass is no pay


def test_a_slashed_triple_is_a_band_and_its_median() -> None:
    assert legend_extremes("Pay:  £24,000 / £27,500 / £31,000 a year (low / median / high)") == (
        "Pay:  £24,000 – £31,000 a year; median £27,500 a year")
    assert legend_extremes("Sizes 8 / 10 / 12 (small / medium / large)") == (
        "Sizes 8 / 10 / 12 (small / medium / large)")


PAYROLL_SURVEY = (
    "StaffDesk — Moorvale Shire Council  ▸ People ▸ Exit survey responses ▸ Response #441\n"
    "Status: Submitted 02/03/2027\n"
    "\n"
    "── Employee details ──────────────────────────────\n"
    "Position title       Rates Officer\n"
    "Base salary          $74,200 + super (11.5%)\n"
    "\n"
    "── Section 1: Leaving ────────────────────────────\n"
    "Q1. Have you accepted another position?     Yes\n"
    "Q2. New employer / new role (optional)\n"
    "   \"Hallam Water — Revenue Team Leader. It's a step up: I will lead three people.\"\n"
    "Q3. Which systems and skills did you use most in this role?\n"
    "   \"Pathway and TechOne for rates notices, valuations, debt recovery,\n"
    "   pensioner rebates, Excel.\"\n"
    "Q4. Did you get the training you needed?   Mostly\n"
    "Q5. Would you recommend us as an employer?  (0–10)   7\n")

TECH_FORM = (
    "Google Forms\n"
    "Larkspur Animal Hospital — Employee Exit Survey\n"
    "────────────────────────────────────────────────────────\n"
    "Your job title *                           Veterinary Nurse II\n"
    "\n"
    "What is your main reason for leaving? *\n"
    "  ◉ Pay   ◯ Shifts   ◯ Other:\n"
    "\n"
    "Where are you going, and in what role? (optional)\n"
    "  Fenwick Pet Insurance, as a Claims Assessor. Starting at $27.10/hr.\n"
    "\n"
    "What did you like most about your job?\n"
    "  The theatre team.\n")


def test_an_exit_survey_reads_its_questions_next_job_and_organisation() -> None:
    guide = parse_text(PAYROLL_SURVEY, "rates-officer.txt")
    assert guide.role.text == "Rates Officer"
    assert "revenue team leader" in _names(guide.leads_to)  # "a step up"
    assert "moorvale shire council" in _names(guide.employers)
    assert not any("(0" in f.text for f in guide.employers)  # a score, no employer
    skills = _names(guide.skills)
    assert {"pathway", "valuations", "debt recovery", "pensioner rebates", "excel"} <= skills
    assert not any('"' in name or name.startswith("q4") for name in skills)
    pay = {(s.role, s.min, s.currency) for s in guide.salaries}
    assert (None, 74200, "AUD") in pay  # "+ super" is Australian pay


def test_a_form_response_reads_its_title_field_and_a_lateral_next_job() -> None:
    guide = parse_text(TECH_FORM, "response-14.txt")
    assert guide.role.text == "Veterinary Nurse"
    assert "claims assessor" in _names(guide.transitions_to)
    assert ("Claims Assessor", 27.1, 27.1, "hour") in _pay(guide)
    assert "larkspur animal hospital" in _names(guide.employers)


def test_a_sheet_names_its_role_in_capitals_without_help_from_the_file_name() -> None:
    tiler = parse_text(TILER_SHEET, "sheet-09.txt")
    assert tiler.role.text == "Wall and Floor Tiler"
    assert "ceramic tiler" in _names(tiler.aliases)
    roofer = parse_text(ROOFER_FORM, "form-wr7.txt")
    assert roofer.role.text == "Roofer"
    assert "shingle roofer" in _names(roofer.aliases)


def test_survey_helpers() -> None:
    assert survey_next_jobs([(2, "Q2. Your new role (optional)", True),
                             (3, "Moss Dairy, as a Herd Manager.", False)]) == [
        ("Herd Manager", False, [3])]
    assert survey_employer([(1, "Quayside Hotel | Leavers' Questionnaire")]) == (
        "Quayside Hotel", 1)
    assert page_dollar("Base salary   $61,000 + super") == "AUD"
