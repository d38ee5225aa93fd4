"""Vocational course profiles and certification pathways (``careergraph.guides.course``).

Each test writes its own small pages (invented schools, providers, companies and figures) in
one structure, at least three per variant, and asserts what the parser reads from them and
the tempting facts it must not read.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.course import learn_skills


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple]:  # type: ignore[no-untyped-def,type-arg]
    return {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries}


# -- course profiles: learning list, learner wages, further education, training places --------
COURSES = [
    ("kantonsportal.ch   DE | FR | EN\nHome > Trades > Glazier EFZ\n\n"
     "Glazier EFZ\nGlaser/in EFZ · Vitrier CFC\n\n"
     "Glaziers cut, fit and seal glass in windows, facades and shower walls.\n\n"
     "Key data\nDuration of training: 3 years\nOccupation code: 51120\n\n"
     "Requirements\n– Good results in arithmetic and physics\n– Steady hands\n"
     "– Head for heights\n– Not afraid of ladders\n\n"
     "What you learn\n– Glass cutting and edge polishing\n"
     "– Sealing with silicone (e.g. Sikasil, Dowsil)\n"
     "– Fitting frames, sashes and insulated units\n\n"
     "Apprentice wage\nGross per month, paid 13 times a year:\n"
     "1st year of apprenticeship  CHF 700 – 850\n2nd year of apprenticeship  CHF 900 – 1'050\n"
     "3rd year of apprenticeship  CHF 1'150 – 1'400\nMeal allowance: CHF 14 per day.\n\n"
     "Further education\n"
     "Federal Professional Examination (BP): Glazing Supervisor (Glaserpolier/in)\n"
     "University of applied sciences (FH): Bachelor of Science in Facade Engineering → "
     "Facade Engineer\n\n"
     "Training places · 3 results\nGlaswerk Moser AG · 3011 Bern BE · 1 place\n"
     "Fensterbau Kälin GmbH · 8840 Einsiedeln SZ · 2 places\n"
     "Vitrum Ost AG · 9000 St. Gallen SG · 1 place\n",
     "glazier.txt",
     {"arithmetic", "physics", "Steady hands", "Head for heights", "Glass cutting",
      "edge polishing", "Sikasil", "Dowsil", "frames", "sashes", "insulated units"},
     {"Glazing Supervisor", "Facade Engineer"},
     {"Glaswerk Moser AG", "Fensterbau Kälin GmbH", "Vitrum Ost AG"},
     {(None, 700, 850, "CHF", "month"), (None, 900, 1050, "CHF", "month"),
      (None, 1150, 1400, "CHF", "month")}),
    ("Noordkust College\nHome / Programmes / Construction / Roofer\n\n"
     "Roofer (Dakdekker)\nMBO level 2 · BBL\n\n"
     "What will you learn?\n• Laying bitumen and EPDM membranes\n"
     "• Slating and tiling pitched roofs\n• Roof safety and fall protection\n\n"
     "What will you earn during your studies?\n"
     "Gross per week, youth wage by age:\nAge 18\t€ 380\nAge 19\t€ 440\nAge 20\t€ 520\n"
     "Plus 8% holiday allowance.\n\n"
     "Learning companies\nDakwerk Visser · Noord Dak B.V. (Den Helder) · Pannenbouw Smit\n\n"
     "Our graduates work in roofing firms, housing corporations and at solar installers.\n",
     "roofer.txt",
     {"bitumen", "EPDM membranes", "Slating and tiling pitched roofs", "Roof safety",
      "fall protection"},
     set(),
     {"Dakwerk Visser", "Noord Dak B.V.", "Pannenbouw Smit"},
     {(None, 380, 380, "EUR", "week"), (None, 440, 440, "EUR", "week"),
      (None, 520, 520, "EUR", "week")}),
    ("Berufsportal Ost\nBaker-Confectioner EFZ\nBäcker/in-Konditor/in EFZ\n\n"
     "Baker-confectioners make bread, pastries and cakes in bakeries and factories.\n\n"
     "Learning outcomes\n- Dough preparation and fermentation\n- Laminating puff pastry\n"
     "- Hygiene and food safety\n\n"
     "Apprentice wage\nRecommended gross pay per month:\n1st year  CHF 600 – 700\n"
     "2nd year  CHF 750 – 850\n\n"
     "Entry from a two-year course\nYoung people who hold the certificate as Bakery "
     "Assistant EBA can enter the apprenticeship in the 2nd year.\n\n"
     "Further education\nAdvanced Federal Professional Examination (HFP): Master Baker "
     "(Bäckermeister/in)\n",
     "baker-confectioner.txt",
     {"Dough preparation and fermentation", "Laminating puff pastry", "Hygiene",
      "food safety"},
     {"Master Baker"},
     set(),
     {(None, 600, 700, "CHF", "month"), (None, 750, 850, "CHF", "month")}),
]


@pytest.mark.parametrize(("page", "file", "skills", "up", "employers", "wages"), COURSES)
def test_course_profile_reads_its_lists_wages_and_places(
        page: str, file: str, skills: set[str], up: set[str], employers: set[str],
        wages: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, file)
    assert skills <= names(guide.skills)
    assert up <= names(guide.leads_to)
    assert employers <= names(guide.employers)
    assert wages <= pay(guide)
    found = names(guide.skills) | names(guide.leads_to) | names(guide.employers)
    # the tempting false facts: a degree, a condition, a place, a count, a level, chrome
    for wrong in ("Bachelor of Science in Facade Engineering", "Not afraid of ladders",
                  "3011 Bern BE", "1 place", "Age 18", "Age 19", "Key data", "3 results"):
        assert wrong not in found
    assert not any(rung.text.startswith("Age ") for chain in guide.progressions
                   for rung in chain)
    assert all(s.min not in (14, 8) for s in guide.salaries)  # allowances are no pay


def test_course_entry_and_sectors() -> None:
    baker = parse_text(COURSES[2][0], COURSES[2][1])
    assert "Bakery Assistant" in names(baker.moves_in)
    roofer = parse_text(COURSES[1][0], COURSES[1][1])
    assert {"roofing firms", "housing corporations", "solar installers"} <= names(
        roofer.sectors)


# -- certification pathways: logistics strips, module contents, who it is for ---------------
PATHWAYS = [
    ("LOTUS FLOW YOGA SCHOOL\nTeacher Training > Pathway\n\n"
     "YOUR PATH TO BECOMING A LOTUS FLOW YOGA TEACHER\n\n"
     "WHO IS THIS FOR?\nExperienced practitioners with two years of regular practice. Many "
     "of our trainees come to us as fitness instructors, nurses or massage therapists who "
     "want a second skill.\n\n"
     "LEVEL 1 · FOUNDATIONS\n3 days · Studio or online · $420 · 15 CEUs\n"
     "Sun salutations; breath work; alignment of standing poses.\n"
     "Prerequisites: none\n\n"
     "LEVEL 2 · SEQUENCING\n5 days · Studio only · $690 · 25 CEUs\n"
     "You will learn: class sequencing · hands-on adjustments · props such as "
     "blocks and bolsters\nOutcome: Lotus Flow Certified Teacher\n\n"
     "AFTER CERTIFICATION\nIn our 2025 graduate survey, yoga teachers earned $30–$48 per "
     "hour plus workshop commission, and studio leads $52,000 – $61,000 a year.\n",
     "Yoga Teacher",
     {"Sun salutations", "breath work", "alignment of standing poses", "class sequencing",
      "hands-on adjustments"},
     {"Fitness Instructor", "Nurse", "Massage Therapist"},
     {420, 690}),
    ("BREWCRAFT ACADEMY | Barista Education\nShop  Courses  Find a Café  Login\n\n"
     "THE BREWCRAFT BARISTA PATHWAY\nFrom café assistant to Head Barista in three steps\n\n"
     "Who is it for?\nCafé assistants working in a partner café.\n\n"
     "STEP 1 · ESPRESSO BASICS\n1 day · In café · £180 inc VAT · 6 CPD points\n"
     "You will learn: grinder calibration · espresso extraction · milk texturing\n\n"
     "STEP 2 · BREW METHODS\n2 days · Academy · £320 inc VAT · 12 CPD points\n"
     "You will learn: pour-over brewing · cupping and sensory analysis · water chemistry\n\n"
     "FIND A CERTIFIED BARISTA\nBean There Roasters  ·  Leeds  ·  2 Certified Baristas\n"
     "Crema Corner  ·  York  ·  1 Certified Barista\n",
     "Barista",
     {"grinder calibration", "espresso extraction", "milk texturing", "pour-over brewing",
      "cupping", "sensory analysis", "water chemistry"},
     {"Café Assistant"},
     {180, 320}),
    ("GLOSSWORKS NAIL EDUCATION\nCourses ▾  Pathways  Host Salons  Shop\n\n"
     "NAIL TECHNICIAN CERTIFICATION PATHWAY\n\n"
     "BEFORE YOU BEGIN\nNo experience needed; many students come to us as beauty "
     "therapists or receptionists.\n\n"
     "STEP 1 · THE ENTRY POINT\nNail Foundations\n12 hrs · In-salon or live online · $260 · "
     "4 CPD points\nNail anatomy; cuticle care; gel polish application.\n"
     "Prerequisites: none\n\n"
     "STEP 2 · ADVANCED\nSculpted Nails (forms / tips, e-file)\n24 hrs total · $480 per module\n"
     "Acrylic sculpting; structured gel overlays; e-file safety.\n\n"
     "HOST SALONS NEAR YOU\nPolished Studio · Leeds\nThe Nail Room · Hull\n",
     "Nail Technician",
     {"Nail anatomy", "cuticle care", "gel polish application", "Acrylic sculpting",
      "structured gel overlays", "e-file safety"},
     {"Beauty Therapist", "Receptionist"},
     {260, 480}),
]


@pytest.mark.parametrize(("page", "role", "skills", "moves_in", "prices"), PATHWAYS)
def test_pathway_reads_module_contents_not_strips(
        page: str, role: str, skills: set[str], moves_in: set[str], prices: set[int]) -> None:
    guide = parse_text(page, role.lower().replace(" ", "-") + ".txt")
    assert guide.role.text == role
    assert skills <= names(guide.skills)
    assert moves_in <= names(guide.moves_in)
    # a strip's price, duration and credit points are no pay and no skill
    assert not {s.min for s in guide.salaries} & prices
    for wrong in ("3 days", "Studio or online", "15 CEUs", "6 CPD points", "Prerequisites",
                  "12 hrs", "In café", "LEVEL 2", "STEP 1"):
        assert wrong not in names(guide.skills)
    # credentials the provider confers are no moves
    assert not any("Certified" in m.text for m in guide.leads_to + guide.transitions_to)


def test_pathway_directory_rows_name_employers_not_training_hosts() -> None:
    barista = parse_text(PATHWAYS[1][0], "barista.txt")
    assert {"Bean There Roasters", "Crema Corner"} <= names(barista.employers)
    assert "Leeds" not in names(barista.employers)
    nails = parse_text(PATHWAYS[2][0], "nail-technician.txt")
    assert not {"Polished Studio", "The Nail Room"} & names(nails.employers)


def test_survey_figure_after_a_commission_clause_is_the_next_titles() -> None:
    yoga = parse_text(PATHWAYS[0][0], "yoga-teacher.txt")
    figures = {(s.min, s.max, s.period) for s in yoga.salaries}
    assert (30, 48, "hour") in figures
    assert (52000, 61000, "year") in figures


# -- the pieces: item splitting, money -------------------------------------------------------
@pytest.mark.parametrize(("item", "expected"), [
    ("Reading plans by hand and in CAD (e.g. Cadwork, SwissCAD)",
     ["Reading plans", "CAD", "Cadwork", "SwissCAD"]),
    ("Servicing pumps and pressure valves", ["pumps", "pressure valves"]),
    ("Frame and fork inspection", ["Frame and fork inspection"]),
    ("Battery safety and handling", ["Battery safety and handling"]),
    ("Disc brakes – bleeding and adjustment", ["Disc brakes", "bleeding"]),
    ("Veneering and edge banding", ["Veneering", "edge banding"]),
    ("consultation and strand testing", ["consultation", "strand testing"]),
    ("allergy alert (patch) testing", ["allergy alert testing"]),
    ("bond-building with Lumora FiberFix", ["bond-building", "Lumora FiberFix"]),
    ("Full barre repertoire with props (rings, bands)", ["barre repertoire", "rings", "bands"]),
    ("Design safe classes for groups", []),
    ("Use the Tower, Ladder and Spine Corrector with confidence",
     ["Tower", "Ladder", "Spine Corrector"]),
])
def test_learn_skills(item: str, expected: list[str]) -> None:
    assert learn_skills(item) == expected


def test_swiss_thousands_and_agreement_floor() -> None:
    [band] = find_amounts("CHF 4'600 – 5'300 per month")
    assert (band.low, band.high, band.period) == (4600, 5300, "month")
    [floor] = find_amounts("The minimum wage under the collective agreement is CHF 4'200 "
                           "per month.")
    assert floor.open_ended and floor.high is None
    # a legal minimum for every job is no floor of the trade, and (prec11) no pay of the role
    # at all (the hand truths of sets 6, 24 and 40 say so): no figure
    assert find_amounts("The national minimum wage is £11.44 an hour.") == []
    assert [m.low for m in find_amounts("with 10 years' experience CHF 5'400")] == [5400]


def test_commission_of_a_figure_stays_no_pay() -> None:
    assert [m.low for m in find_amounts("Base $40,000 plus commission of $10,000.")] == [40000]


def test_named_day_rate() -> None:
    [rate] = find_amounts("Mentors (paid $500 per training day) lead the courses.")
    assert (rate.low, rate.period) == (500, "day")


def test_blog_with_what_youll_learn_is_no_course() -> None:
    page = ("Payroll Manager Career Path (2026)\nPublished: 2026-02-01\n\n"
            "What You'll Learn\n  • The steps from clerk to manager\n  • Pay at each level\n\n"
            "A Payroll Manager runs payroll for a company.\n")
    guide = parse_text(page, "blog.txt")
    assert "Pay at each level" not in names(guide.skills)


@pytest.mark.parametrize(("lead", "items"), [
    ("This opening module introduces:", ["Breath control", "Spinal mobility"]),
    ("In stage two the course covers:", ["Knife skills", "Stock reduction"]),
    ("During the workshop you will learn:", ["Hand sewing", "Pattern grading"]),
])
def test_learning_lead_in_opens_a_list(lead: str, items: list[str]) -> None:
    page = ("Riverside Academy\nTraining > Pathway\n\nPastry Chef Certification Pathway\n\n"
            "STEP 1 · BASICS\n2 days · Academy · $300 · 8 CPD points\n\n"
            f"{lead}\n• {items[0]}\n• {items[1]}\n\nPrerequisites: none\n")
    guide = parse_text(page, "pastry-chef.txt")
    assert set(items) <= names(guide.skills)
    assert 300 not in {s.min for s in guide.salaries}


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Graduates go on to work with us as Regional Trainers (paid $540 per training day).",
     "Regional Trainer"),
    ("Some join the academy as Exam Assessors (paid $410 per assessment day).",
     "Exam Assessor"),
    ("A few become Studio Managers (earning $61,000 a year) within five years.",
     "Studio Manager"),
])
def test_pay_in_brackets_after_a_title_is_that_titles(sentence: str, owner: str) -> None:
    page = ("Florist\n\nA Florist designs and arranges flowers for shops and events.\n\n"
            f"Progression\n{sentence}\n")
    guide = parse_text(page, "florist.txt")
    assert owner in {s.role for s in guide.salaries}
    assert None not in {s.role for s in guide.salaries}


@pytest.mark.parametrize("rows", [
    "Year 1: £310 a week\nYear 2: £365 a week\nYear 3: £420 a week",
    "First year  £310 per week\nSecond year  £365 per week\nThird year  £420 per week",
    "Gross per week:\n1st year of training\t£310\n2nd year of training\t£365\n"
    "3rd year of training\t£420",
])
def test_learner_wage_rows_in_other_spellings(rows: str) -> None:
    page = ("Westgate College\nCourses > Construction > Stonemason\n\n"
            "Stonemason Apprenticeship\n\nWhat you learn\n- Banker masonry\n"
            "- Fixing and pointing\n\nApprentice pay\n" + rows + "\n")
    guide = parse_text(page, "stonemason.txt")
    assert {(None, 310, 310, "GBP", "week"), (None, 365, 365, "GBP", "week"),
            (None, 420, 420, "GBP", "week")} <= pay(guide)
    assert not guide.progressions


# -- course pages in markdown, titled "<Role> Apprenticeship" ---------------------------------
MARKDOWN_COURSES = [
    ("Skip to content\nHarbourside Institute\nCourses / Health / Dental Technician\n\n"
     "# Dental Technician Apprenticeship (Level 4)\n\n"
     "## Who is this for?\nDental nurses and laboratory assistants who want to make crowns.\n\n"
     "## Course content\n- Model casting and die preparation\n"
     "- CAD/CAM milling (e.g. exocad, 3Shape)\n\n"
     "## Entry requirements\n- GCSE maths at grade 4\n- Good colour vision\n\n"
     "## Apprentice pay\nApprentices are paid at least £7.55 an hour. Typical wages by year "
     "(per week):\nYear 1   £290\nYear 2   £350\n\n"
     "## Employers offering places\nSmileCraft Laboratories · Bristol · 2 places\n"
     "Ortho Lab Group · Bath · 1 place\n\n"
     "Our apprentices work in commercial dental laboratories, hospital laboratories and "
     "orthodontic practices.\n",
     "Dental Technician",
     {"Model casting", "die preparation", "exocad", "3Shape", "colour vision"},
     {"Dental Nurse", "Laboratory Assistant"},
     {"SmileCraft Laboratories", "Ortho Lab Group"},
     {"hospital laboratories", "orthodontic practices"},
     {(None, 290, 290, "GBP", "week"), (None, 350, 350, "GBP", "week")}),
    ("Northfield College\n\n# Welder Apprenticeship\n\n"
     "## Who can apply?\nWarehouse operatives, labourers or school leavers with a "
     "practical bent.\n\n"
     "## What you will learn\n- MIG and TIG welding\n- Reading weld symbols\n\n"
     "## Apprentice wages\nPer hour, by year of training:\nFirst year  £8.10\n"
     "Second year  £9.40\n\n"
     "## Companies offering places\nSteelcraft Fabrications · Hull · 3 places\n\n"
     "Our graduates work in shipyards, structural steel firms and at rail depots.\n",
     "Welder",
     {"MIG and TIG welding", "Reading weld symbols"},
     {"Warehouse Operative", "Labourer"},
     {"Steelcraft Fabrications"},
     {"shipyards", "structural steel firms", "rail depots"},
     {(None, 8.1, 8.1, "GBP", "hour"), (None, 9.4, 9.4, "GBP", "hour")}),
    ("**Pastry Chef Certification Pathway**\n\n**Who is it for?**\nLine cooks and "
     "bakers with a year in a professional kitchen.\n\n"
     "**Learning outcomes**\n• Laminated doughs\n• Chocolate tempering and sugar work\n\n"
     "**Find a certified pastry chef**\nMaison Clair · Lyon · 2 Certified Pastry Chefs\n"
     "Patisserie Nord · Lille · 1 Certified Pastry Chef\n",
     "Pastry Chef",
     {"Laminated doughs", "Chocolate tempering", "sugar work"},
     {"Line Cook", "Baker"},
     {"Maison Clair", "Patisserie Nord"},
     set(),
     set()),
]


@pytest.mark.parametrize(("page", "role", "skills", "moves_in", "employers", "sectors",
                          "wages"), MARKDOWN_COURSES)
def test_markdown_course_pages(page: str, role: str, skills: set[str], moves_in: set[str],
                               employers: set[str], sectors: set[str],
                               wages: set[tuple]) -> None:  # type: ignore[type-arg]
    guide = parse_text(page, "saved-page.txt")
    assert guide.role.text == role
    assert skills <= names(guide.skills)
    assert moves_in <= names(guide.moves_in)
    assert employers <= names(guide.employers)
    assert sectors <= names(guide.sectors)
    assert wages <= pay(guide)
    for wrong in ("Bristol", "Bath", "Hull", "Lyon", "2 places", "GCSE maths at grade 4"):
        assert wrong not in names(guide.employers) | names(guide.sectors) | names(
            guide.skills)


def test_course_tail_of_a_title_only_at_its_end() -> None:
    page = "Senior Training Coordinator\n\nA Training Coordinator plans staff courses.\n"
    assert parse_text(page, "t.txt").role.text != "Senior"


@pytest.mark.parametrize(("page", "file", "aliases"), [
    (COURSES[0][0], COURSES[0][1], {"Glaser/in EFZ", "Vitrier CFC"}),
    (COURSES[1][0], COURSES[1][1], {"Dakdekker"}),
    ("Stonemason EFZ\nSteinmetz/in EFZ · Tailleur de pierre CFC\n\nWhat you learn\n"
     "- Banker masonry\n\nApprentice wage\nGross per month:\n1st year  CHF 650\n",
     "stonemason.txt", {"Steinmetz/in EFZ", "Tailleur de pierre CFC"}),
])
def test_course_title_in_other_languages_gives_aliases(page: str, file: str,
                                                       aliases: set[str]) -> None:
    assert aliases <= names(parse_text(page, file).aliases)


def test_tag_strip_under_a_course_title_is_no_alias() -> None:
    page = ("Stonemason (MBO 3)\nFull-time · Part-time · Evening\n\nWhat you learn\n"
            "- Banker masonry\n\nApprentice wage\nGross per month:\n1st year  CHF 650\n")
    found = names(parse_text(page, "stonemason.txt").aliases)
    assert not found & {"Full-time", "Part-time", "Evening", "MBO 3"}


@pytest.mark.parametrize(("heading", "items"), [
    ("Syllabus", ["Knot tying", "Rigging inspection"]),
    ("Topics:", ["Wound dressing", "Triage"]),
    ("What's covered", ["Colour matching", "Spray gun set-up"]),
])
def test_other_learning_headings_on_a_course_page(heading: str, items: list[str]) -> None:
    page = ("Harbour Skills Centre\n\nRigger Apprenticeship\n\nWho is it for?\nDeckhands "
            "and labourers.\n\n"
            f"{heading}\n- {items[0]}\n- {items[1]}\n\nEntry requirements\n"
            "- UK citizenship\n- Head for heights\n\nApprentice wage\nPer week:\n"
            "Year 1  £300\n")
    guide = parse_text(page, "rigger.txt")
    assert set(items) <= names(guide.skills)
    assert "Head for heights" in names(guide.skills)
    assert "UK citizenship" not in names(guide.skills)


@pytest.mark.parametrize(("title", "role", "price", "module", "covered"), [
    ("Level 3 Personal Trainer Certification", "Personal Trainer", "Price: £1,195",
     "Covers the skeletal and muscular systems, energy systems and the heart.",
     {"skeletal and muscular systems", "energy systems", "heart"}),
    ("Level 2 Fitness Instructor Course", "Fitness Instructor", "Course fee: £640",
     "Introduces warm-up design, circuit training and exercise safety.",
     {"warm-up design", "circuit training", "exercise safety"}),
    ("RQF Level 4 Sports Massage Therapist Diploma", "Sports Massage Therapist",
     "Cost: £1,480",
     "Includes soft tissue release, trigger point work and client assessment.",
     {"soft tissue release", "trigger point work", "client assessment"}),
])
def test_course_details_and_module_descriptions(title: str, role: str, price: str,
                                                module: str, covered: set[str]) -> None:
    page = (f"Coastline Fitness Academy\n\n{title}\n\nWho is it for?\nGym staff.\n\n"
            f"Course details\nDuration: 10 weeks\n{price}\nCPD points: 20\n\n"
            f"Module 1 – Foundations\n{module}\n\n"
            "Career prospects\nQualified trainers earn £22,000 – £30,000 a year.\n")
    guide = parse_text(page, "saved.txt")
    assert guide.role.text == role
    assert covered <= names(guide.skills)
    assert {s.min for s in guide.salaries} == {22000}  # the course's price is no pay


@pytest.mark.parametrize(("units", "code"), [
    ("CPC30220", "Carpentry"), ("MEM31922", "Engineering"), ("AUR30620", "Light Vehicle"),
])
def test_units_of_study_and_pay_heading_period(units: str, code: str) -> None:
    page = ("Riverbend TAFE\nCourses  Apprenticeships  Fees  Apply\n\n"
            "Boilermaker Apprenticeship\nStudy mode: on the job · Duration: 4 years\n\n"
            f"Units of study\n{units}1 Oxy-acetylene cutting\n{units}2 Fillet welding\n\n"
            "Apprentice pay (award minimum, AUD per week)\n1st year: $612.40\n"
            "2nd year: $720.10\nTool allowance: $19.40 per week\n\n"
            "Programme at a glance\nTuition fee\t$ 1,450\nDuration\t4 years\n\n"
            "Our students work at:\nHarbour Fabrication\nSouthern Steelworks\n")
    guide = parse_text(page, f"{code.lower()}.txt")
    assert {"Oxy-acetylene cutting", "Fillet welding"} <= names(guide.skills)
    assert {(None, 612.4, 612.4, "AUD", "week"), (None, 720.1, 720.1, "AUD", "week")} <= pay(
        guide)
    assert {s.min for s in guide.salaries} & {19.4, 1450} == set()
    assert {"Harbour Fabrication", "Southern Steelworks"} <= names(guide.employers)


@pytest.mark.parametrize(("sentence", "entered"), [
    ("Holders of a shorter certificate as Joinery Assistant or Site Labourer can usually "
     "enter in the second year.", {"Joinery Assistant", "Site Labourer"}),
    ("Young people who hold the two-year certificate as Kitchen Assistant EBA can enter the "
     "apprenticeship in its second year.", {"Kitchen Assistant"}),
    ("Holders of the basic award as Care Assistant may join the course directly.",
     {"Care Assistant"}),
])
def test_certificate_holders_entering_a_course_move_in(sentence: str,
                                                       entered: set[str]) -> None:
    page = ("Lakeside Vocational College\n\nCarpenter Apprenticeship\n\nWhat you learn\n"
            f"- Roof framing\n\nApprentice wage\nPer month:\n1st year  CHF 700\n\n{sentence}\n")
    assert entered <= names(parse_text(page, "carpenter.txt").moves_in)


@pytest.mark.parametrize(("title", "owner"), [
    ("Lighting Technician", None), ("Senior Lighting Technician", None),  # (the role, senior)
    ("Lighting Supervisor", "Lighting Supervisor"),
])
def test_graduate_survey_pay_belongs_to_the_title_worked_as(title: str,
                                                            owner: str | None) -> None:
    page = ("STAGECRAFT ACADEMY\n\nLighting Technician Certification Pathway\n\n"
            "STEP 1 · BASICS\n3 days · Academy · $450 · 10 CPD points\n\n"
            "WHERE GRADUATES WORK\n"
            f"Graduates working as {title} report $48,000–$61,000 a year.\n")
    guide = parse_text(page, "lighting-technician.txt")
    found = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (owner, 48000, 61000) in found
    assert 450 not in {s.min for s in guide.salaries}
