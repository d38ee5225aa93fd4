"""Structures the generator's web pages showed the readers missing or misreading (web
carry-over): compact one-line job cards, snippet sentences, course pathways, label/value
stacks, forum threads, salary surveys and industry sentences.  Every page and sentence here
is invented in our own wording, three per variant, with their own roles, names, numbers and
separators."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts, joined_extremes
from careergraph.guides.card_snippets import snippet_moves, snippet_skills
from careergraph.guides.employer_names import paid_at
from careergraph.guides.listings import search_page
from careergraph.guides.mentions import sectors
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide


def _guide(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(band.role, band.min, band.max, band.period) for band in guide.salaries}


def _lines(page: str) -> list[tuple[int, str]]:
    return list(enumerate(page.split("\n"), start=1))


_VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- results pages whose cards print title, company, place and pay on one line ------------
COMPACT_BRICKLAYER = """JobDeck
What: bricklayer          Where: Leeds
Industry: Construction (41) · Interiors (12)
bricklayer jobs in Leeds
311 jobs

Bricklayer · Grout & Co · Leeds · £14.10 an hour
Experience with porcelain and natural stone required.
Apply now | Save

Site Bricklayer · Stoneline Ltd · Wakefield · Not disclosed
Day to day you will use laser levels and wet saws.
Apply now | Save

Kitchen Fitter · Fitwell Homes · York · £16 an hour
Ideal for someone currently working as a Bricklayer.
Apply now | Save

Bricklayer (Contract) · Harrogate · £15 an hour
Apply now | Save
"""

COMPACT_BAKER = """BakeJobs
Keywords: baker    Location: Bath
Sector: Food Production (9) · Retail (4)
baker vacancies in Bath
42 jobs

Baker • Crumb & Co • Bath • £24,000 a year
You'll operate deck ovens and proofing cabinets.
Apply | Save

Pastry Chef • Sugarloaf Patisserie • Bristol • £26,500 a year
Ideal for anyone working as a Baker.
Apply | Save

Night Baker • Oven Street Bakery • Bath • £25,100 a year
Clear path to Head Baker for strong bakers.
Apply | Save
"""

COMPACT_WELDER = """WeldBoard
Search: welder    Near: Hull
Industry: Shipbuilding (18) · Energy (7)
welder jobs near Hull
97 jobs

Welder | Humber Yards | Hull | £38,000 a year
Experience with MIG and TIG required.
Apply now | Save

Pipefitter · Keel Works · Grimsby · £36,400 a year
Suits those employed as a Welder.
Apply now | Save

Senior Welder · Dockside Marine · Hull · £43,500 a year
Apply now | Save
"""


def test_compact_cards_bricklayer() -> None:
    page = search_page(_lines(COMPACT_BRICKLAYER))
    assert page is not None
    assert [card.title for card in page.cards][:3] == ["Bricklayer", "Site Bricklayer",
                                                       "Kitchen Fitter"]
    assert [name for name, _ in page.sectors] == ["Construction", "Interiors"]
    guide = _guide(COMPACT_BRICKLAYER)
    assert {"Grout & Co", "Stoneline Ltd"} <= _names(guide.employers)
    assert "Harrogate" not in _names(guide.employers)  # a short card's place, no company
    assert _names(guide.sectors) == {"Construction", "Interiors"}
    assert "Kitchen Fitter" in _names(guide.transitions_to)


def test_compact_cards_baker() -> None:
    guide = _guide(COMPACT_BAKER)
    assert {"Crumb & Co", "Oven Street Bakery"} <= _names(guide.employers)
    assert _names(guide.sectors) == {"Food Production", "Retail"}
    assert "Head Baker" in _names(guide.leads_to)
    assert "Pastry Chef" in _names(guide.transitions_to)


def test_compact_cards_welder() -> None:
    page = search_page(_lines(COMPACT_WELDER))
    assert page is not None
    # (a head parted by " | " reads as well as one parted by " · ")
    assert [card.title for card in page.cards] == ["Welder", "Pipefitter", "Senior Welder"]
    guide = _guide(COMPACT_WELDER)
    assert {"Humber Yards", "Dockside Marine"} <= _names(guide.employers)
    assert "Keel Works" not in _names(guide.employers)  # another title's company
    assert "Pipefitter" in _names(guide.transitions_to)
    assert _names(guide.sectors) == {"Shipbuilding", "Energy"}


# -- a card's snippet: duties after "you will", wishes, the holders an advert suits ---------
@pytest.mark.parametrize(("text", "skills"), [
    ("Day to day you will use Tableau, Power Query and Attention to Detail.",
     ["Tableau", "Power Query", "Attention to Detail"]),
    ("In this role you'll operate CNC lathes and coordinate measuring machines.",
     ["CNC lathes", "coordinate measuring machines"]),
    ("Experience with Revit and Navisworks essential.", ["Revit", "Navisworks"]),
    ("Experience with children in a nursery setting.", []),
    ("Each week you will use Load Testing, Grafana and Chaos Drills.",
     ["Load Testing", "Grafana", "Chaos Drills"]),
])
def test_snippet_skills(text: str, skills: list[str]) -> None:
    assert snippet_skills(text) == skills


@pytest.mark.parametrize(("text", "welcomed"), [
    ("Ideal for someone currently working as a Line Cook.", ["Line Cook"]),
    ("A good fit for people employed as an Estimator.", ["Estimator"]),
    ("Applicants currently working as Site Supervisor are welcome.", ["Site Supervisor"]),
])
def test_snippet_suited_holders(text: str, welcomed: list[str]) -> None:
    assert snippet_moves(text)["welcomed"] == welcomed


# -- course pathways: graduates' futures, a ladder through the role, exam fees --------------
PATHWAY_ELECTRICIAN = """SPARKS ACADEMY
Home › Trades › Electrical Pathway

THE ELECTRICAL PATHWAY
Your route to working as an Electrician

Level	Credential	Prerequisite	Exam fee	Typical role	Typical pay
1	Certified Wiring Foundations	none	£180	Electrician	£29,000–£33,000 a year
2	Certified Wiring Practitioner	Level 1	£240	Approved Electrician	£35,000–£39,000 a year
3	Certified Wiring Specialist	Level 2	£260	Electrical Supervisor	£41,000–£45,000 a year

WHERE IT LEADS
Apprentice Electrician → Electrician → Approved Electrician → Electrical Supervisor
Experienced graduates go on to become Electrical Supervisor.
"""

PATHWAY_ROOFER = """ROOFCRAFT COLLEGE
Home › Trades › Roofing Pathway

THE ROOFING PATHWAY
Your route to working as a Roofer

Level	Credential	Prerequisite	Course price	Typical role	Typical pay
1	Roofcraft Foundations	none	$390	Roofer	$48,000–$55,000 a year
2	Roofcraft Practitioner	Level 1	$450	Lead Roofer	$58,000–$64,000 a year
3	Roofcraft Specialist	Level 2	$520	Roofing Foreman	$66,000–$72,000 a year

WHERE NEXT
Roofing Labourer → Roofer → Lead Roofer → Roofing Foreman
Most graduates go on to become Lead Roofer within three years.
"""

PATHWAY_PAINTER = """BRUSHWORK INSTITUTE
Home › Trades › Decorating Pathway

THE DECORATING PATHWAY
Your route to working as a Painter and Decorator

Stage	Award	Prerequisite	Assessment fee	Typical role	Typical pay
1	Decorating Foundations	none	€150	Painter and Decorator	€27,000–€31,000 a year
2	Decorating Practitioner	Stage 1	€210	Senior Painter and Decorator	€33,000–€36,000 a year
3	Decorating Specialist	Stage 2	€230	Decorating Supervisor	€38,000–€42,000 a year

CAREER PROGRESSION
Trainee Decorator → Painter and Decorator → Senior Painter and Decorator
Our graduates go on to become Decorating Supervisors.
"""


@pytest.mark.parametrize(("page", "role", "first", "fees"), [
    (PATHWAY_ELECTRICIAN, "Electrician", "Apprentice Electrician", {180, 240, 260}),
    (PATHWAY_ROOFER, "Roofer", "Roofing Labourer", {390, 450, 520}),
    (PATHWAY_PAINTER, "Painter and Decorator", "Trainee Decorator", {150, 210, 230}),
])
def test_pathway_pages(page: str, role: str, first: str, fees: set[int]) -> None:
    guide = _guide(page, f"{role.lower().replace(' ', '-')}.txt")
    assert not guide.sectors and not guide.employers  # "go on to become" names neither
    amounts = {band.min for band in guide.salaries}
    assert not amounts & fees  # a fee column is no pay
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert any(chain[0] == first for chain in chains)
    assert not any(chain[0] == role and chain[1] == first for chain in chains)


# -- label/value stacks: each label on its own line, its value under it ------------------
STACK_FARRIER = """Farrier
Farrier at a glance (Ireland)
Top employer types
Equestrian Centres
Median annual pay
€38,400
Pay as a Master Farrier
€46,000 – €52,000
Next roles
Farrier → Master Farrier
Lateral options
Equine Dental Technician, Stable Manager
Key skills
- Hoof Trimming (Rasps)
- Forging
- Horse Handling
"""

STACK_CHEMIST = """Junior Analytical Chemist
Junior Analytical Chemist at a glance (Canada)
Top employer types
Pharmaceuticals, Food Testing, Mining
Median monthly pay
C$4,350
Pay as an Analytical Chemist
C$5,100 – C$5,900
Next roles
Junior Analytical Chemist → Analytical Chemist
Lateral options
Junior Quality Control Chemist, Laboratory Technician
Key skills
- Chromatography (HPLC)
- Titration
- Sample Preparation
"""

STACK_DIRECTOR = """Director of Knowledge Management
Director of Knowledge Management at a glance (Singapore)
Employer types
Consulting, Government
Median annual pay
S$210,000
Pay as a VP of Knowledge Management
S$260,000 – S$300,000
Next roles
Director of Knowledge Management → VP of Knowledge Management
Key skills
- Taxonomy Design (SharePoint)
- Stakeholder Management
- Change Leadership
"""


def test_stack_farrier() -> None:
    guide = _guide(STACK_FARRIER, "farrier.txt")
    assert _names(guide.sectors) == {"Equestrian Centres"}
    assert not guide.employers
    assert ("Master Farrier", 46000, 52000, "year") in _pay(guide)
    assert _names(guide.transitions_to) == {"Equine Dental Technician", "Stable Manager"}
    # the first bullet, above another "Name (aside)" bullet, is an item, not a sub-heading
    assert {"Hoof Trimming (Rasps)", "Forging"} <= {s.text for s in guide.skills}


def test_stack_chemist() -> None:
    guide = _guide(STACK_CHEMIST, "junior-analytical-chemist.txt")
    assert _names(guide.sectors) == {"Pharmaceuticals", "Food Testing", "Mining"}
    # the role a level up on its own page: the role's pay at that level
    assert (None, 5100, 5900, "month") in _pay(guide)
    assert {"Junior Quality Control Chemist", "Laboratory Technician"} <= _names(
        guide.transitions_to)
    assert "Chromatography (HPLC)" in {s.text for s in guide.skills}


def test_stack_director() -> None:
    guide = _guide(STACK_DIRECTOR, "director-of-knowledge-management.txt")
    assert _names(guide.sectors) == {"Consulting", "Government"}
    assert ("VP of Knowledge Management", 260000, 300000, "year") in _pay(guide)
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Director of Knowledge Management", "VP of Knowledge Management"] in chains


# -- forum threads: who hires, where a poster earns, whose figure a friend's is -----------
@pytest.mark.parametrize(("sentence", "employers"), [
    ("Halvorsen Freight and Tidewell Marine are always hiring for this.",
     ["Halvorsen Freight", "Tidewell Marine"]),
    ("Honestly Crumb & Co is hiring right now.", ["Crumb & Co"]),
    ("They are always hiring.", []),
])
def test_thread_hiring(sentence: str, employers: list[str]) -> None:
    assert workplaces(sentence, _VOCAB)[0] == employers


@pytest.mark.parametrize(("sentence", "employers"), [
    ("Right now I make about $61,000 a year at Fernhill Dairy.", ["Fernhill Dairy"]),
    ("I'm on £14.20 an hour at Brindle Bakes and it's fine.", ["Brindle Bakes"]),
    ("I make $30 an hour at night.", []),
])
def test_thread_paid_at(sentence: str, employers: list[str]) -> None:
    assert paid_at(sentence, _VOCAB) == employers


THREAD_SURVEYOR = """r/LandSurveying
Posted by u/fieldbook • 2y
Anyone here work as a Land Surveyor? What's the pay like?

u/tripod88 • 1y
After a few years I went to Survey Party Chief and my pay jumped to $82k.

u/levelrod • 3y
My cousin is an electrician and makes $27.50/hr, no degree needed.

u/benchmark • 2y
The people I started with moved over into Geospatial Analyst roles.
Others on my team went on to Survey Manager.
"""

THREAD_NURSE = """r/nursing
Posted by u/nightowl • 4y
Anyone here work as a Registered Nurse? Where does it lead?

u/wardsister • 2y
After a couple of years I moved up to Charge Nurse and my salary went up to £41,000.

u/scrubs99 • 1y
My flatmate is a paramedic and pulls £19.80 an hour.

u/theatre4 • 3y
A few of my cohort went on to Nurse Practitioner.
"""

THREAD_CHEF = """r/KitchenConfidential
Posted by u/mise • 1y
Anyone here work as a Line Cook? Is it worth it?

u/saute • 2y
I went to Sous Chef after two years and the pay was about $58,000.

u/dishpit • 6m
My brother is a baker and earns $21/hr on earlies.

u/expo • 1y
Two guys from my old crew went on to Kitchen Manager.
"""


@pytest.mark.parametrize(("page", "name", "up", "other_pay", "next_title"), [
    (THREAD_SURVEYOR, "land-surveyor.txt", ("Survey Party Chief", 82000), ("Electrician", 27.5),
     "Survey Manager"),
    (THREAD_NURSE, "registered-nurse.txt", ("Charge Nurse", 41000), ("Paramedic", 19.8),
     "Nurse Practitioner"),
    (THREAD_CHEF, "line-cook.txt", ("Sous Chef", 58000), ("Baker", 21), "Kitchen Manager"),
])
def test_thread_pages(page: str, name: str, up: tuple[str, float],
                      other_pay: tuple[str, float], next_title: str) -> None:
    guide = _guide(page, name)
    owners = {(band.role, band.min) for band in guide.salaries}
    assert up in owners and other_pay in owners
    assert next_title in _names(guide.leads_to)
    assert not guide.employers  # "the people I started with" are colleagues


# -- salary surveys: a band told with asides, a min/median/max strip, labels above figures --
@pytest.mark.parametrize(("text", "band"), [
    ("reported pay runs from 21,500 MXN at the bottom to 66,600 MXN at the top", (21500, 66600)),
    ("Salaries range from 5,000 PEN (lowest average) to 15,800 PEN (highest)", (5000, 15800)),
    ("pay goes from £18,000 at the low end to £27,500", (18000, 27500)),
])
def test_range_with_asides(text: str, band: tuple[int, int]) -> None:
    assert [(m.low, m.high) for m in find_amounts(text)] == [band]


@pytest.mark.parametrize(("strip", "joined"), [
    ("Minimum 21,500 MXN | Median 42,100 MXN | Maximum 66,600 MXN |",
     "21,500 MXN – 66,600 MXN | Median 42,100 MXN"),
    ("Low: $31,000 · Typical: $38,000 · High: $47,500",
     "$31,000 – $47,500 | Typical: $38,000"),
    ("Bottom €19,900 | Top €30,100", "€19,900 – €30,100"),
])
def test_joined_extremes(strip: str, joined: str) -> None:
    assert joined_extremes(strip) == joined


SURVEY_PLUMBER = """PayCompass Salary Survey
Junior Plumber Average Salary in Lima 2025
Average Monthly Salary
Junior Plumbers in Lima take home about 3,100 PEN a month, with reported pay running from
1,600 PEN at the bottom to 4,900 PEN at the top.
Junior Plumber Salary Distribution in Lima
Minimum 1,600 PEN | Median 3,000 PEN | Maximum 4,900 PEN |
Hourly Average Wage
18 PEN per hour
Junior Plumber Salary in other cities
Arequipa 2,800 PEN
Cusco 2,650 PEN
Salaries for similar jobs
Plumber 3,900 PEN
Pipefitter 3,700 PEN
"""


def test_survey_page() -> None:
    guide = _guide(SURVEY_PLUMBER, "junior-plumber.txt")
    pay = _pay(guide)
    assert (None, 1600, 4900, "month") in pay
    assert (None, 1600, 1600, "month") not in pay and (None, 4900, 4900, "month") not in pay
    assert (None, 2800, 2800, "month") in pay  # a city's figure: no hourly label above it
    assert ("Plumber", 3900, 3900, "month") in pay  # a similar job's, at the role's trade


# -- industries named in a sentence -------------------------------------------------------
@pytest.mark.parametrize(("sentence", "found"), [
    ("Openings are found in Hospitality, Logistics and Healthcare.",
     ["Hospitality", "Logistics", "Healthcare"]),
    ("This occupation is found in Mining and Energy.", ["Mining", "Energy"]),
    ("Heads of Quality Evaluation work in Automotive, Construction and Mining.",
     ["Automotive", "Construction", "Mining"]),
    ("Nurses work in Leeds and York.", []),
])
def test_found_in_sectors(sentence: str, found: list[str]) -> None:
    assert sectors(sentence) == found


# -- short results pages: two cards, the search stated; cards of fields with no company ---
SHORT_BOARD_GROOMER = """PetJobs
What: dog groomer          Where: Exeter
dog groomer jobs in Exeter

Dog Groomer
Waggy Tails Salon
Exeter
£11.80 an hour
• Experience with hand stripping and Attention to Detail required.
Posted 2 days ago

Dog Groomer - Weekends
Pawfect Parlour
Topsham
£12.10 an hour
Posted 5 days ago
"""

SHORT_BOARD_ELECTRICIAN = """SparkJobs
Keywords: electrician     Location: Cork
electrician jobs in Cork

Electrician
Location: Cork
Salary: €19.50 an hour
Job type: Permanent
Clear path to Electrical Supervisor for strong performers.

Maintenance Electrician
Location: Mallow
Salary: €21 an hour
Job type: Contract
"""

SHORT_BOARD_CARPENTER = """BuildBoard
What: carpenter    Where: Perth
carpenter jobs in Perth

Carpenter · Banksia Builds · Perth · A$42 an hour
Day to day you will use nail guns and Attention to Detail.
Apply | Save

Site Carpenter · Karri Homes · Fremantle · A$44 an hour
Apply | Save
"""


@pytest.mark.parametrize(("page", "titles"), [
    (SHORT_BOARD_GROOMER, ["Dog Groomer", "Dog Groomer - Weekends"]),
    (SHORT_BOARD_ELECTRICIAN, ["Electrician", "Maintenance Electrician"]),
    (SHORT_BOARD_CARPENTER, ["Carpenter", "Site Carpenter"]),
])
def test_short_results_pages(page: str, titles: list[str]) -> None:
    found = search_page(_lines(page))
    assert found is not None and [card.title for card in found.cards] == titles


def test_short_results_facts() -> None:
    electrician = _guide(SHORT_BOARD_ELECTRICIAN, "electrician.txt")
    assert "Electrical Supervisor" in _names(electrician.leads_to)
    assert not electrician.employers  # cards of fields that name no company
    carpenter = _guide(SHORT_BOARD_CARPENTER, "carpenter.txt")
    assert {"Banksia Builds", "Karri Homes"} <= _names(carpenter.employers)
    assert "Attention to Detail" in {s.text for s in carpenter.skills}
    assert snippet_skills("Experience with hand stripping and Attention to Detail required.") == [
        "Attention to Detail"]  # (a lower-case wish is no named tool)


# -- transcripts: pay said in a turn about skills, an earlier job's pay, a price, the
# speaker's employer ------------------------------------------------------------------
TALK_WELDER = """Shop Talk | Episode 12
So You Want to Be a Pipe Welder?

IN THIS EPISODE
(00:40) – Getting started
(04:10) – The day
(09:30) – Where it leads

TRANSCRIPT

[00:00:20] Rafe Ndlovu:
Thanks for having me. So I'm a Pipe Welder at Bechtel.

[00:00:41] Ama Quist:
So, Rafe, how did you get into welding?

[00:00:44] Rafe Ndlovu:
I started out as a Welder's Helper, and then I got hired as a Pipe Welder.

[00:00:52] Rafe Ndlovu:
When I was a Welder's Helper I was on about $19 an hour.

[00:04:10] Ama Quist:
What does a normal day look like?

[00:04:14] Rafe Ndlovu:
Honestly it's mostly TIG Welding, Blueprint Reading and Pipe Fitting.
Most shops pay $38 an hour for a Pipe Welder.

[00:04:30] Rafe Ndlovu:
We charge $120 for a weld test on site, but that's a price, not a wage.
"""

TALK_BARISTA = """The Morning Shift | Episode 3
So You Want to Be a Head Barista?

IN THIS EPISODE
(01:00) – Getting started
(03:00) – The day
(07:00) – Where it leads

TRANSCRIPT

[00:00:10] Lina Okoro:
Thanks for having me. So I'm a Head Barista at Starbucks.

[00:01:02] Dev Marr:
So, Lina, how did you get into coffee?

[00:01:05] Lina Okoro:
I started out as a Barista, did that for three years, and then I got hired as a Head Barista.

[00:01:20] Lina Okoro:
When I was a Barista I was on about £11 an hour.

[00:03:00] Dev Marr:
What does a normal day look like?

[00:03:04] Lina Okoro:
Honestly it's mostly Latte Art, Stock Control and Rota Planning.
Most cafes pay £14 an hour for a Head Barista.

[00:03:40] Lina Okoro:
We charge £45 for a home espresso lesson, but that's a price, not a wage.
"""

TALK_ARBORIST = """Tree Talk | Episode 7
So You Want to Be an Arborist?

IN THIS EPISODE
(00:30) – Getting started
(02:30) – The day
(06:30) – Where it leads

TRANSCRIPT

[00:00:12] Joss Ferreira:
Thanks for having me. So I'm an Arborist at Bartlett.

[00:00:31] Kit Amani:
So, Joss, how did you get into tree work?

[00:00:35] Joss Ferreira:
I started out as a Groundsman, and then I got hired as an Arborist.

[00:00:50] Joss Ferreira:
When I was a Groundsman I was on about £22,000 a year.

[00:02:30] Kit Amani:
What does a normal day look like?

[00:02:33] Joss Ferreira:
Honestly it's mostly Aerial Rescue, Chainsaw Maintenance and Rigging.
Most firms pay £31,000 a year for an Arborist.

[00:02:59] Joss Ferreira:
We charge £300 for a crown reduction, but that's a price, not a wage.
"""


@pytest.mark.parametrize(("page", "name", "earlier", "own", "price"), [
    (TALK_WELDER, "pipe-welder.txt", ("Welder's Helper", 19), 38, 120),
    (TALK_BARISTA, "head-barista.txt", ("Barista", 11), 14, 45),
    (TALK_ARBORIST, "arborist.txt", ("Groundsman", 22000), 31000, 300),
])
def test_talk_pages(page: str, name: str, earlier: tuple[str, float], own: float,
                    price: float) -> None:
    guide = _guide(page, name)
    owners = {(band.role, band.min) for band in guide.salaries}
    assert (None, own) in owners  # said in the turn that talks skills
    assert not any(amount == price for _, amount in owners)  # "We charge …": a price
    assert earlier in owners or (None, earlier[1]) not in owners  # never the role's own


@pytest.mark.parametrize(("page", "name"), [
    ("Director of Nursing Average Salary in Leeds 2025\nAverage Monthly Salary\n£6,900 a month\n"
     "Director of Nursing Salary Distribution in Leeds\nMinimum £4,800 | Median £6,800 | "
     "Maximum £9,600 |\n", "director-of-nursing.txt"),
    ("Head of Logistics Salary Guide\nMedian Monthly Pay\n€5,200 a month\nHead of Logistics "
     "Pay Range by Region\nLowest €3,900 | Median €5,100 | Highest €7,300 |\n",
     "head-of-logistics.txt"),
    ("VP of Sales Typical Salary in Austin\nAverage Annual Pay\n$184,000 a year\nVP of Sales "
     "Salary Distribution in Austin\nMin $140,000 | Median $181,000 | Max $240,000 |\n",
     "vp-of-sales.txt"),
])
def test_survey_headings_own_no_pay(page: str, name: str) -> None:
    guide = _guide(page, name)
    assert guide.salaries and all(band.role is None for band in guide.salaries)


# -- slide decks: a careers adviser presents, the industries slide lists known sectors ----
def _deck(role: str, presenter: str, host: str, sectors_list: list[str]) -> str:
    bullets = "\n".join(f"• {name}" for name in sectors_list)
    return (f"Slide 1\nCareers in Our Trade\nBecoming a {role}\nSam Reyes, {presenter}, {host}\n"
            f"{host} | Careers Evening | 1\n\nSlide 2\nWhat does a {role} do?\n"
            f"• Plan the week's work\n• Check the finished job\n{host} | Careers Evening | 2\n\n"
            f"Slide 3\nWhere people in this trade work\n{bullets}\n"
            f"{host} | Careers Evening | 3\n")


@pytest.mark.parametrize(("role", "presenter", "host", "listed"), [
    ("Electrician", "Careers Adviser", "Northgate Skills Hub", ["Construction", "Legal Services"]),
    ("Plumber", "Guidance Officer", "Riverside Trades Council", ["Hospitality", "Mining"]),
    ("Carpenter", "Careers Coach", "Eastbank Training Trust", ["Financial Services",
                                                               "Construction"]),
])
def test_deck_adviser_and_sectors(role: str, presenter: str, host: str,
                                  listed: list[str]) -> None:
    guide = _guide(_deck(role, presenter, host, listed), f"{role.lower()}.txt")
    assert host not in _names(guide.employers)  # the adviser's employer, not the role's
    assert set(listed) <= _names(guide.sectors)
    assert not set(listed) & _names(guide.employers)
