"""Comparison ("X vs Y"), career-quiz result and start-a-business pages: own test pages."""

from careergraph.guides.read import parse_text

_VERSUS = """TradeCompare
Home › Compare › Plasterer vs Tiler
Plasterer vs Tiler: which trade should you learn?
By Sam Okafor · Updated 3 May 2026
Tilers fit walls and floors; a tiler also grouts wet rooms.  Plasterers skim walls.
At a glance
| | Plasterer | Tiler |
|---|---|---|
| Starting pay | £21,000–£24,000 | £22,500–£25,500 |
| Experienced pay | £31,000–£37,000 | £33,000–£40,000 |
Pay
Plasterers: most earn £27,000 a year once qualified.
Tilers: the typical figure is £29,500, with bathroom specialists earning more.
"""


def test_versus_title_names_first_role_and_second_roles_figures_belong_to_it() -> None:
    guide = parse_text(_VERSUS, "compare-trades.txt")
    assert guide.role.text == "Plasterer"
    owned = {(s.min, s.max, s.role) for s in guide.salaries}
    # the table's first column and the plasterers' line are the role's own
    assert (21000, 24000, None) in owned
    assert (31000, 37000, None) in owned
    assert (27000, 27000, None) in owned
    # the second column and the line opened by "Tilers:" are the tiler's
    assert (22500, 25500, "Tiler") in owned
    assert (33000, 40000, "Tiler") in owned
    assert (29500, 29500, "Tiler") in owned


_QUIZ = """PathFinder Quiz
Your results are in, Maya!
Your top match
Geologist
91% match
About the career
Geologists study rocks, soils and groundwater for mining firms and surveys.
Skills you will need:\u2705 Field mapping\u2705 Core logging\u2705 Report writing
Lab skills ∙ Thin-section microscopy ∙ XRF analysis
What you could earn
Fresher (Field Assistant): ₹18,000 – ₹26,000 per month
Exploration Manager at a mining company: ₹15 LPA – ₹22 LPA
Other careers that match you
Hydrologist 87% match · ₹6 – 11 LPA
Surveyor · 84% · ₹4 – 8 LPA
"""


def test_quiz_cards_and_path_titles_own_their_figures() -> None:
    guide = parse_text(_QUIZ, "quiz-result.txt")
    assert guide.role.text == "Geologist"
    owned = {(s.min, s.max, s.role) for s in guide.salaries}
    # each other match's card owns its figure; a newcomer's bracketed title and a title
    # placed in a workplace own theirs
    assert (600000, 1100000, "Hydrologist") in owned
    assert (400000, 800000, "Surveyor") in owned
    assert (18000, 26000, "Field Assistant") in owned
    assert (1500000, 2200000, "Exploration Manager") in owned


def test_glued_check_marks_and_bullet_operators_split_a_skills_strip() -> None:
    guide = parse_text(_QUIZ, "quiz-result.txt")
    skills = {s.text for s in guide.skills}
    assert {"Field mapping", "Core logging", "Report writing"} <= skills
    assert {"Thin-section microscopy", "XRF analysis"} <= skills


_START = """SideHustle Weekly
How to Start a Dog Walking Business (2026)
Table of Contents
1. Is it worth it?
2. What to charge
3. How much do dog walkers earn?
4. Progression
Dog walking suits anyone who likes long days outdoors and can start with as little as $300.
1. Is it worth it?
Yes, if you like early starts.
2. What to charge
Group walks: $18 – $25 per dog
Solo walks: $30 and up
3. How much do dog walkers earn?
Public liability insurance costs about $40 a month. Turnover of $60,000 is possible with a
full book. Self-employed dog walkers take home $28,000 to $41,000 a year, and a kennel
assistant at a boarding centre earns about $31,500 a year.
4. Progression
Some walkers go on to become a dog trainer.
"""


def test_start_up_guide_prices_and_outlay_are_no_pay_and_contents_are_chrome() -> None:
    guide = parse_text(_START, "dog-walking-business.txt")
    assert guide.role.text == "Dog Walker"
    owned = {(s.min, s.max, s.role) for s in guide.salaries}
    # take-home is the role's own; the kennel assistant's wage (a title placed in a
    # workplace, after ", and") is that title's
    assert (28000, 41000, None) in owned
    assert (31500, 31500, "Kennel Assistant") in owned
    # prices per walk, the start-up outlay, the insurance premium and turnover are no pay
    figures = {s.min for s in guide.salaries}
    assert not figures & {18, 30, 300, 40, 60000}
    # the numbered contents list names no skills or moves; its headings open sections
    texts = {f.text for f in [*guide.skills, *guide.leads_to, *guide.transitions_to]}
    assert not texts & {"What to charge", "Progression", "Is it worth it?"}


_PATH = """Loan Officer
A loan officer assesses applications for business loans.
Career progression
{}
""".format("Most people arrive from bank cashier roles. From officer, the usual path is senior "
           "loan officer → credit manager → regional director or risk director. Some officers "
           "retrain as an underwriter.")


def test_prose_arrow_path_forks_at_its_top_and_keeps_the_moves_around_it() -> None:
    guide = parse_text(_PATH, "path.txt")
    ladders = [[f.text for f in chain] for chain in guide.progressions]
    # a lower-case chain after "the usual path is", from the role, forking at "or"
    assert ["Loan Officer", "Senior Loan Officer", "Credit Manager",
            "Regional Director"] in ladders
    assert ["Credit Manager", "Risk Director"] in ladders
    # the sentence before the chain still names where people come from
    assert "Bank Cashier" in {f.text for f in guide.moves_in}
    assert "Underwriter" in {f.text for f in guide.transitions_to}


_HIRERS = """Conveyancer
A conveyancer handles the legal side of buying a home.
Who hires conveyancers?
Law firm groups (Harbour Legal, Keystone), online practices such as P&J and Deedly, housing
associations like Greenway and Northhome, and local councils.
"""


def test_kinds_with_named_examples_in_one_list_give_employers_and_sectors() -> None:
    guide = parse_text(_HIRERS.replace("housing\nassociations", "housing associations"),
                       "hirers.txt")
    employers = {f.text for f in guide.employers}
    sectors = {f.text for f in guide.sectors}
    # the examples are employers (initials joined by "&" too), their kinds sectors
    assert {"P&J", "Deedly", "Greenway", "Northhome", "Harbour Legal", "Keystone"} <= employers
    assert {"online practices", "housing associations", "local councils"} <= sectors
    assert not {"P&J", "Deedly", "Greenway"} & sectors


_OWN_LABEL = """Farrier
A farrier trims and shoes horses' hooves.
Pay
Farriers: the median is $52,000 a year, and yard managers at big stables report $61,000.
Skills
Skills you will need: Hoof trimming · Forge welding · Shoe fittingLab skills: gait analysis
"""


def test_the_roles_own_label_keeps_a_later_clause_for_another_title() -> None:
    guide = parse_text(_OWN_LABEL, "farrier.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (52000, None) in owned
    assert (61000, "Yard Manager") in owned


def test_a_strip_item_glued_to_a_category_label_is_split_from_it() -> None:
    skills = {s.text for s in parse_text(_OWN_LABEL, "farrier.txt").skills}
    assert {"Shoe fitting", "gait analysis"} <= skills
    assert not {s for s in skills if "Lab skills" in s or "fittingLab" in s}


_VERSUS_PLACES = """TradeCompare
Plasterer vs Glazier: which trade should you learn?
What they do
Plasterers skim walls and ceilings.
Who hires plasterers?
Halden Build and firms across Construction and Manufacturing.
Where they work
Most plasterers work in Construction. Glaziers work mainly in consultancies.
FAQs
Is it better to work for a builder or a council? Councils pay less but offer pensions.
"""


def test_versus_places_of_the_second_role_and_asked_choices_are_no_workplaces() -> None:
    guide = parse_text(_VERSUS_PLACES, "compare-glass.txt")
    assert guide.role.text == "Plasterer"
    sectors = {f.text for f in guide.sectors}
    employers = {f.text for f in guide.employers}
    # "firms across A and B": industries, not an employer named "firms across A"
    assert {"Construction", "Manufacturing"} <= sectors
    assert "Halden Build" in employers
    assert not any("firms" in name for name in employers | sectors)
    # the glaziers' sentence and the FAQ's question name none of the plasterer's workplaces
    assert not sectors & {"consultancies", "builder", "council"}


_QUIZ_PATH = """SkillCompass  |  Aptitude Test  Counsellors  Blog
Your Career Report is ready
#1 MATCH
Junior Assay Engineer
88% match
Your career path
Class 12 (PCB) ➜ B.Sc. / B.S. Chemistry ➜ Junior Assay Engineer ➜ Assay Engineer ➜ \
Senior Assay Engineer
Top recruiters: Quarrymoor Labs and Fenwick Minerals
Where junior assay engineers work: Mining and Utilities.
"""


def test_quiz_path_from_school_is_a_ladder_and_run_in_workplaces_are_read() -> None:
    guide = parse_text(_QUIZ_PATH, "quiz-geo.txt")
    assert guide.role.text == "Junior Assay Engineer"
    ladder = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Junior Assay Engineer", "Assay Engineer", "Senior Assay Engineer"] in ladder
    # the class and degree steps are no rungs
    assert not any("Class 12" in t or "B.Sc" in t for chain in ladder for t in chain)
    assert {f.text for f in guide.employers} >= {"Quarrymoor Labs", "Fenwick Minerals"}
    assert {f.text for f in guide.sectors} >= {"Mining", "Utilities"}


_BUSINESS = """StartSmart SA
How to Start A Director of Event Logistics Business in South Africa (2026 Guide)
1. What you can earn
A part-time director of event logistics takes home R9 000 a month after gas, transport and
insurance costs.
2. Finding clients
Partner with Karoo Logistics and Amazon: they keep preferred-supplier lists.
Most bookings come from Hospitality, Education and Construction.
"""


def test_start_business_long_title_clients_and_where_bookings_come_from() -> None:
    guide = parse_text(_BUSINESS, "catering.txt")
    assert guide.role.text == "Director of Event Logistics"
    assert {f.text for f in guide.employers} >= {"Karoo Logistics", "Amazon"}
    sectors = {f.text for f in guide.sectors}
    assert {"Hospitality", "Education", "Construction"} <= sectors
    assert "insurance" not in sectors  # "insurance costs": a cost, no industry


_VERSUS_SKILLS = """Plasterer vs Tiler: which trade should you learn?
What they do
Plasterers skim walls.
Skills you need
Both careers:
- Estimating
- Site safety
Plasterer only:
- Lime rendering
- Working in SketchUp
Tiler only:
- Grout mixing
How much do they earn?
"""


def test_versus_own_only_list_is_read_and_working_in_names_the_tool() -> None:
    guide = parse_text(_VERSUS_SKILLS, "compare-skills.txt")
    skills = {s.text for s in guide.skills}
    assert {"Estimating", "Site safety", "Lime rendering", "SketchUp"} <= skills
    assert "Working in SketchUp" not in skills
    assert "Grout mixing" not in skills  # the tiler's own list


_VERSUS_GLUED = """PickATrade
Plasterer vs Stonemason: Which Career Is Right for You?
At a glance
PlastererStonemason
Median pay$48,200$53,900
How much do they earn?
Plasterers: the median is $48,200 a year. Training courses cost $700 to $1,400.
Stonemasons: the median is $53,900.
"""


def test_versus_glued_header_row_is_no_title_and_course_costs_are_no_pay() -> None:
    guide = parse_text(_VERSUS_GLUED, "compare-stone.txt")
    owned = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (48200, 48200, None) in owned
    assert (53900, 53900, "Stonemason") in owned
    # no figure owned by the glued header "PlastererStonemason"; the course's price no pay
    assert all(role in (None, "Stonemason") for _, _, role in owned)
    assert not any(low == 700 for low, _, _ in owned)


_QUIZ_PRICE = """SkillCompass  |  Aptitude Test  Counsellors  Blog
#1 MATCH
Junior Assay Engineer
88% match
Skills you need
- Sample logging (tools such as LabWare or GitHub Actions)
Other careers that match you
Talk to an expert counsellor – 30-minute session ₹1,299 only (₹2,499)  Book now
"""


def test_quiz_counsellor_price_is_no_pay_nor_employer_and_tools_aside_is_read() -> None:
    guide = parse_text(_QUIZ_PRICE, "quiz-price.txt")
    assert not any(s.min in (1299, 2499) for s in guide.salaries)
    assert not any("₹" in f.text or f.text[:1].isdigit() for f in guide.employers)
    skills = {s.text for s in guide.skills}
    assert {"Sample logging", "LabWare", "GitHub Actions"} <= skills
    assert "Hub Actions" not in skills


_COMPARED_PAY = """Senior Quarry Blasting Engineer
Pay
Senior quarry blasting engineers earn £52,000 a year. For comparison, a quarry blasting \
engineer earns about £41,000.
For comparison, a senior quarry blasting safety engineer earns about £48,000.
"""


def test_compared_pay_of_a_long_lower_case_title_and_of_the_role_at_another_level() -> None:
    guide = parse_text(_COMPARED_PAY, "blasting.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (52000, None) in owned
    assert (41000, None) in owned  # the role at its base level: its own pay
    assert (48000, "Senior Quarry Blasting Safety Engineer") in owned
