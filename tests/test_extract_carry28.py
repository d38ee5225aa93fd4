"""Set 28's page types as the generator varies them (carry28): translated Turkish postings,
easy-read job guides and a prison's job sheet, worded otherwise than set 28's pages.

Every page is invented here (boards, firms, trades, towns, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

TURKISH_BOARD = (
    "Translated from: Turkish ▸ English     Show original     Always translate Turkish\n"
    "IsBul.example   Job postings | Companies | CV     Login | Sign up\n"
    "\n"
    "Upholsterer\n"
    "DÖŞEMECİ\n"
    "Çınar Mobilya A.Ş.   ★ 4.1 (62 reviews)\n"
    "Bursa · İnegöl · Full time · On site\n"
    "27.500 TL - 33.000 TL (Net / Monthly)\n"
    "Updated today · 214 applications · [Apply] [Save]\n"
    "\n"
    "RIGHTS PROVIDED\n"
    "- Meal card, road fee, SGK from the first day,\n"
    "\n"
    "Similar postings\n"
    "  Furniture Assembly Worker · Yıldırım · 24.000 TL - 28.500 TL\n"
    "  Panel Saw Operator · Osmangazi · 26.000 TL - 30.000 TL\n"
    "\n"
    "Report this posting   |   KVKK   |   © 2026 IsBul.example\n"
)

TURKISH_FACTORY = (
    "Translated from: Turkish ▸ English     Show original\n"
    "FabrikaIs.example  ☰  Find a job   Employers\n"
    "\n"
    "Line Mechanic (PNEUMATICS)\n"
    "HAT TAMİRCİSİ (PNÖMATİK)\n"
    "Trakya Ambalaj Sanayi A.Ş.\n"
    "Tekirdağ · Çorlu · Full time · 33 thousand TL - 39 thousand TL\n"
    "88 people applied · Updated 3 days ago    [Apply now]\n"
    "\n"
    "Rights provided\n"
    "- Gross 44.250 TL for the beginning,\n"
    "- Service, meal, AGİ and BES support.\n"
    "\n"
    "Also viewed\n"
    "  Press Setter · Çorlu · 30 thousand TL - 35 thousand TL\n"
    "\n"
    "Report this posting · KVKK · © FabrikaIs.example\n"
)


def _pay(guide: Guide) -> set[tuple[str, float, float]]:
    """(owner or "", low, high) of each band a guide states."""
    out = set()
    for band in guide.salaries:
        owner = band.role
        owner_text = "" if owner is None else str(getattr(owner, "text", owner)).lower()
        out.add((owner_text, float(band.min or 0), float(band.max or 0)))
    return out


def test_a_bare_lira_band_with_its_basis_note_is_the_postings_pay() -> None:
    guide = parse_text(TURKISH_BOARD, "upholsterer.txt")
    pay = _pay(guide)
    assert ("", 27_500, 33_000) in pay
    # a similar posting's district between its title and its figure is no part of either
    assert ("furniture assembly worker", 24_000, 28_500) in pay
    assert ("panel saw operator", 26_000, 30_000) in pay
    assert not any("update" in s.text.lower() for s in guide.skills)


def test_a_band_in_thousands_and_a_gross_starting_figure_are_pay() -> None:
    guide = parse_text(TURKISH_FACTORY, "line-mechanic.txt")
    pay = _pay(guide)
    assert ("", 33_000, 39_000) in pay
    assert ("", 44_250, 44_250) in pay
    assert ("press setter", 30_000, 35_000) in pay


def test_gross_margin_is_no_pay() -> None:
    page = ("Store Manager\n\nThe store manager runs a shop of 40 staff.\n\n"
            "Gross margin £2.4 million for the branch last year.\n")
    assert not parse_text(page, "store-manager.txt").salaries


EASY_ENGLISH = (
    "Easy Words Project  |  Easy English  |  Text size: A+ A-  |  Read aloud ▶\n"
    "\n"
    "Dog Groomer\n"
    "A job guide in Easy English\n"
    "\n"
    "[icon: person]   This sheet is about the job of a dog groomer.\n"
    "\n"
    "What do you need?\n"
    "[icon: tick]     You need to\n"
    "                 • be gentle with animals\n"
    "                 • keep the salon clean\n"
    "\n"
    "[icon: tools]    You might use:\n"
    "                 • a grooming table\n"
    "                 • an electric clipper\n"
    "\n"
    "How can you move up?\n"
    "[icon: arrows]   You can move to a job as a Kennel Attendant.\n"
    "\n"
    "Word list\n"
    "Salon - a shop where animals are washed and trimmed.\n"
    "© Easy Words Project 2026. Made with help from people with a disability.\n"
)


def test_an_easy_english_guide_is_read_as_an_easy_read_booklet() -> None:
    guide = parse_text(EASY_ENGLISH, "dog-groomer.txt")
    skills = {s.text for s in guide.skills}
    assert {"grooming table", "electric clipper", "keep the salon clean"} <= skills
    assert not any(s.startswith(("a ", "an ")) for s in skills)
    moves = {m.text for m in (*guide.leads_to, *guide.transitions_to)}
    assert "Kennel Attendant" in moves
    assert not any("Word" in m for m in moves)  # the word list is no job


JOB_SHEET = (
    "Carpet Fitter\n"
    "A job sheet from the Learning and Work hub\n"
    "\n"
    "What employers ask for\n"
    "- Laying vinyl\n"
    "- Screeding\n"
    "- CSCS Green Card\n"
    "\n"
    "Where it can lead\n"
    "Improver Carpet Fitter → Carpet Fitter → Flooring Supervisor\n"
)


def test_what_employers_ask_for_lists_skills_not_employers() -> None:
    guide = parse_text(JOB_SHEET, "carpet-fitter.txt")
    assert {"Laying vinyl", "Screeding"} <= {s.text for s in guide.skills}
    assert not guide.employers


EXIT_FORM = (
    "Harbour Point Hospital — Exit Survey (Allied Health)\n"
    "Questions   Responses 12   Settings          Google Forms\n"
    "\n"
    "* Indicates required question\n"
    "\n"
    "Position title *\n"
    "Occupational Therapist\n"
    "\n"
    "What will you be doing next? *\n"
    "Joining Ridgeway Rehab as a Hand Therapist, about the same level, at $44.10/hr.\n"
    "\n"
    "Was there room to grow?\n"
    "Little. You can go only to Senior Occupational Therapist, and that post is rare.\n"
)

EXIT_FORM_AU = (
    "Tasman Freight — Exit Survey\n"
    "Position title: Payroll Officer    Band: Band 3\n"
    "Base salary: $74,200 + super ($8,533)\n"
    "\n"
    "Q2. What is your next role?\n"
    "  Payroll Team Leader at Coral Bay Resorts. It is a step up for me.\n"
)


def test_an_exit_surveys_next_job_and_its_only_way_up() -> None:
    guide = parse_text(EXIT_FORM, "occupational-therapist.txt")
    assert "Hand Therapist" in {m.text for m in guide.transitions_to}
    assert "Senior Occupational Therapist" in {m.text for m in guide.leads_to}
    assert ("hand therapist", 44.10, 44.10) in _pay(guide)


def test_a_next_role_named_before_its_employer_and_super_in_brackets() -> None:
    guide = parse_text(EXIT_FORM_AU, "payroll-officer.txt")
    assert "Payroll Team Leader" in {m.text for m in guide.leads_to}
    pay = _pay(guide)
    assert ("", 74_200, 74_200) in pay
    assert not any(low == 8_533 for _, low, _ in pay)  # the employer's super, no pay


SERVICE_PLAN = (
    "Northshore Job Services — Client Service Plan\n"
    "Client ID: 40021    Review date: 03/02/2027\n"
    "\n"
    "3. SKILLS\n"
    "   Has: Revit, clash detection, point cloud surveys\n"
    "   To update: BIM execution plans, Navisworks\n"
)


def test_a_plans_labelled_comma_lists_are_skills_without_their_labels() -> None:
    guide = parse_text("BIM Coordinator\n\n" + SERVICE_PLAN, "bim-coordinator.txt")
    skills = {s.text for s in guide.skills}
    assert {"Revit", "clash detection", "point cloud surveys", "Navisworks"} <= skills
    assert "Has" not in skills
