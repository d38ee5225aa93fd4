"""Narrative pages: newspaper features about an occupation and first-person career posts.

Each test writes its own small pages (invented papers, people, employers and figures) in one
structure, at least three per variant, and asserts what the parser reads from them, with
cases beside them where the rule must not fire.  File names are neutral on purpose: a user's
saved page says nothing about its role.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.headline import byline, story_destination


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- the role of a news feature: headline and standfirst above a byline ------------------------
FEATURES = [
    ("THE LAKESIDE TRIBUNE\nNews  Sport  Business  Opinion  Weather\n\n"
     "Why every county is suddenly short of electricians\n"
     "Housing targets and heat pumps have put the trade in demand.\n\n"
     "By Maya Ortiz | Business Reporter\nPublished March 3, 2026\n\n"
     "Electricians in the county now wait weeks between jobs, a contractor said.\n"
     "Apprentice electricians earn less at first. Most electricians join a union.\n",
     "Electrician"),
    ("Coastal Daily\n\nThe quiet crisis on our hospital wards: where have the porters gone?\n"
     "Trusts are paying agencies double to fill shifts.\n\n"
     "Owen Price, Health correspondent\nMon 12 Jan 2026 06.00 GMT\n\n"
     "Porters move patients, beds and samples. One porter told us the job is relentless.\n"
     "Hospital porters are among the lowest paid staff; three porters left last month.\n",
     "Porter"),
    ("METRO VOICE\nBUSINESS › JOBS\n\nDrone pilots are the new crop dusters\n"
     "Farms want aerial surveys, and there are not enough hands.\n\n"
     "By Lena Fisk, Staff Writer\n\n"
     "Drone pilots fly survey grids over fields. A drone pilot needs a licence.\n"
     "Some drone pilots earn more than the farmers who hire them.\n",
     "Drone Pilot"),
]


def test_byline_and_desk_are_chrome_never_the_role() -> None:
    assert byline("By Maya Ortiz | Business Reporter")
    assert byline("Owen Price, Health correspondent")
    assert byline("Published March 3, 2026")
    assert not byline("By Experience Level")  # a pay table's heading
    assert not byline("Staff Writer")
    assert parse_text(FEATURES[0][0], "a.txt").role.text != "Business Reporter"


def test_headline_noun_the_body_hardly_names_is_no_role() -> None:
    # "plumbers" appears once in the body: the feature is about something else.
    page = ("Town Crier\n\nWhy plumbers and builders cannot find homes\n\n"
            "By Ria Bose | Staff Writer\n\nThe housing market is stuck, a plumber said.\n"
            "A Housing Officer is a council worker who assigns homes.\n")
    assert parse_text(page, "b.txt").role.text != "Plumber"


def test_capitalised_title_in_a_headline_is_not_read_as_its_head_alone() -> None:
    # "a Project Manager" is a title of its own: "Manager" is not the feature's subject.
    page = ("Daily Post\n\nI was a Project Manager for years; here is my advice\n"
            "By Tom Vale | Columnist\n\n"
            "Managers listen. A good manager plans. Managers are busy. Line managers too.\n"
            "A Career Coach is a person who helps people change jobs.\n")
    assert parse_text(page, "c.txt").role.text != "Manager"


# -- the role of a career post: the job its title says the author reached ------------------------
POSTS = [
    ("LinkedIn\nHome   My Network   Jobs   Messaging\n\nAna Ruiz\n"
     "Payroll lead at Fenwick | CPP\n2d • Edited • 🌐\n\n"
     "From retail cashier to Payroll Specialist: the long way round 💼\n\n"
     "Four years ago I ran a till. Today I run payroll for 900 people as a Payroll Specialist.\n",
     "Payroll Specialist"),
    ("Sign in  Join now\n\nI spent six years as a Chef. Here's why I became a Dietitian 🥗\n"
     "Published Jun 2, 2026\nSam Kerr\nFollow\n\n"
     "Kitchens taught me food. Becoming a Dietitian taught me why food matters.\n",
     "Dietitian"),
    ("Posts\n\nHow I became a Quantity Surveyor (without a degree)\nLeo Park\n1w\n\n"
     "I started on site as a labourer. Now I price jobs as a Quantity Surveyor.\n",
     "Quantity Surveyor"),
]


@pytest.mark.parametrize(("page", "role"), FEATURES + POSTS)
def test_role_is_the_occupation_a_feature_headline_or_post_title_names(page: str,
                                                                       role: str) -> None:
    # A feature: the worker its headline names and its body repeats; a post: the job its
    # title says the author reached.
    guide = parse_text(page, "saved-page.txt")
    assert guide.role.text == role
    assert guide.role_signal == "headline"


def test_story_title_shapes() -> None:
    assert story_destination("From barista to Data Analyst — my year 1") == "Data Analyst"
    assert story_destination("Why I became a Paramedic 🚑") == "Paramedic"
    # "… as a C" after the destination: the post is about C, not where it ended.
    assert story_destination("From Gallery Guide to Head of Visits: Six Years as an Educator") \
        is None
    assert story_destination("Why I left nursing") is None


# -- a post's layout: pictograph headings, check-mark and keycap bullets, dash strips ----------
POST_SECTIONS = [
    # (page, salary count, skills expected among the parsed ones)
    ("Sign in\n\nFrom barista to Data Analyst: year one ☕\nAna Ruiz\n\n"
     "I poured coffee for six years. Now I write SQL as a Data Analyst at Quill Foods.\n\n"
     "💰 Money talk\nData Analyst pay in my city: $61,000 – $74,000.\n\n"
     "🔑 Skills that got me hired\n1\ufe0f\u20e3 SQL\n2\ufe0f\u20e3 Data visualisation\n"
     "3\ufe0f\u20e3 Spreadsheet modelling\n\n#DataAnalyst #CareerChange\n",
     {"SQL", "Data visualisation", "Spreadsheet modelling"}),
    ("Posts\n\nHow I became a Paramedic 🚑\nLeo Park\n1w\n\n"
     "I drove a delivery van for years. Now I work as a Paramedic on the coast.\n\n"
     "🧰 What the job actually is\n✅ Triage in the field\n✅ Airway management\n"
     "✅ Trauma care\n\n"
     "The skills I'd tell anyone to build:\n"
     "Calm communication – Clinical reasoning – Driving under pressure – Teamwork\n\n"
     "💷 The money talk\nParamedic pay starts at £35,000.\n",
     {"Calm communication", "Clinical reasoning", "Driving under pressure", "Teamwork"}),
    ("Join now\n\nI spent 8 years in retail. Here's why I became a Recruiter 🔁\n"
     "Published May 5, 2026\nMia Holt\nFollow\n\n"
     "Retail taught me people. Recruiting pays for it. I am a Recruiter at Lodestar Talent.\n\n"
     "🛠️ Key skills\n🔹 Sourcing\n🔹 Interviewing\n🔹 Negotiation\n\n"
     "🏢 Who's hiring\nAgencies and tech firms are hiring recruiters.\n",
     {"Sourcing", "Interviewing", "Negotiation"}),
]


@pytest.mark.parametrize(("page", "skills"), POST_SECTIONS)
def test_post_sections_and_glyph_lists_are_read(page: str, skills: set[str]) -> None:
    guide = parse_text(page, "post.txt")
    found = names(guide.skills)
    assert skills <= found
    # a pictograph heading opens its own section: it is never an item of the list above it
    assert not any(name.startswith(("💰", "💷", "🏢", "Money talk", "Who's hiring"))
                   for name in found)


def test_pictograph_list_lines_are_items_and_a_sentence_is_no_heading() -> None:
    page = ("Field Nurse\n\nA Field Nurse is a nurse who works at remote camps.\n\n"
            "Key skills\n🔹 Wound care\n🔹 Triage\n\n"
            "💡 I learned that remote work needs calm people, and patience above all.\n")
    assert {"Wound care", "Triage"} <= names(parse_text(page, "n.txt").skills)


def test_dash_strip_needs_a_list_lead_in() -> None:
    # "Welder – Career Guide – 2026" is a title with its site; a strip under an unrelated line
    # is prose, not skills.
    page = ("Welder – Career Guide – Ironworks Weekly\n\nA Welder is a tradesperson who joins "
            "metal.\n\nAbout the author\nPlanning – Writing – Editing\n")
    guide = parse_text(page, "w.txt")
    assert guide.role.text == "Welder"
    assert not {"Planning", "Writing", "Editing"} & names(guide.skills)


def test_arrow_path_of_master_titles_is_a_ladder() -> None:
    page = ("Harbour Master\n\nA Harbour Master is an officer who runs a port's traffic.\n\n"
            "🪜 The path, as I see it\n"
            "Deputy Harbour Master → Harbour Master → Port Director\n")
    chains = [[f.text for f in chain] for chain in parse_text(page, "h.txt").progressions]
    assert ["Deputy Harbour Master", "Harbour Master", "Port Director"] in chains


# -- moves told in a feature's prose ------------------------------------------------------------
def _moves(text: str, own: str) -> dict[str, list[str]]:
    from careergraph.guides.moves import prose_moves
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    return prose_moves(text, Vocabulary.from_lexicon(load_lexicon()), own)


@pytest.mark.parametrize(("sentence", "own", "earlier"), [
    ("Priya Shah, 41, spent twelve years as a school librarian before retraining.",
     "Archivist", "School Librarian"),
    ("He spent six years as a forklift driver before enrolling at the college.",
     "Electrician", "Forklift Driver"),
    ("Dee, who spent three years as an A&E nurse before starting the course, agrees.",
     "Midwife", "A&E Nurse"),
])
def test_years_spent_in_a_job_before_training_are_a_move_in(sentence: str, own: str,
                                                           earlier: str) -> None:
    assert _moves(sentence, own)["in"] == [earlier]


def test_years_as_the_role_itself_are_no_move_in() -> None:
    assert _moves("She spent ten years as a midwife before retiring.", "Midwife")["in"] == []


@pytest.mark.parametrize(("sentence", "own", "up"), [
    ("Ola hopes to become a charge nurse next year.", "Staff Nurse", "Charge Nurse"),
    ("He wants to become a site supervisor one day.", "Bricklayer", "Site Supervisor"),
    ("Most plan to become shift managers this year.", "Barista", "Shift Manager"),
])
def test_a_time_after_the_title_ends_it(sentence: str, own: str, up: str) -> None:
    assert _moves(sentence, own)["up"] == [up]


@pytest.mark.parametrize(("sentence", "own", "track"), [
    ("Others move into community midwifery.", "Midwife", "Community Midwife"),
    ("Some move into commercial plumbing after a few years.", "Plumber", "Commercial Plumber"),
    ("A few switch to forensic accountancy.", "Accountant", "Forensic Accountant"),
])
def test_a_branch_of_the_own_trade_is_that_trade_with_its_qualifier(sentence: str, own: str,
                                                                    track: str) -> None:
    assert _moves(sentence, own)["lateral"] == [track]


def test_the_own_trade_alone_is_still_no_move() -> None:
    assert _moves("Some labourers move into plumbing.", "Plumber")["lateral"] == []


@pytest.mark.parametrize(("sentence", "own", "field"), [
    ("Some have gone into robotic welding programming as shops automate.", "Welder",
     "Robotic Welding Programming"),
    ("Several have gone into clinical research as trials expand.", "Pharmacist",
     "Clinical Research"),
    ("Peers moved sideways into UX research or service design.", "Content Designer",
     "UX Research"),
])
def test_field_entered_with_a_clause_after_as(sentence: str, own: str, field: str) -> None:
    assert field in _moves(sentence, own)["lateral"]


def test_a_title_after_as_is_still_the_move() -> None:
    assert _moves("Others move into related work as estimators or inspectors.",
                  "Welder")["lateral"] == ["Estimator", "Inspector"]


# -- employers named in a story or a feature ----------------------------------------------------
def _employers(text: str, role: str) -> list[str]:
    from careergraph.guides.employer_names import role_employers
    from careergraph.guides.vocab import Vocabulary
    from careergraph.guides.workplaces import workplaces
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    return workplaces(text, vocab, role.split()[-1])[0] + role_employers(text, role, vocab)


@pytest.mark.parametrize(("sentence", "role", "employer"), [
    ("Quarry Lane Bakery hired me as a pastry chef in 2022.", "Pastry Chef",
     "Quarry Lane Bakery"),
    ("Then Tessellate Labs took me on as a Data Analyst.", "Data Analyst", "Tessellate Labs"),
    ("We're hiring three Paramedics at Coastline Ambulance Trust this month.", "Paramedic",
     "Coastline Ambulance Trust"),
    ("At Redfern Boatworks, new riggers start on $23 an hour.", "Rigger", "Redfern Boatworks"),
    ("At Osprey Foods, apprentice butchers earn less.", "Butcher", "Osprey Foods"),
    ("At Lowmoor Press, trainee printers rotate shifts.", "Printer", "Lowmoor Press"),
])
def test_story_names_the_role_s_employer(sentence: str, role: str, employer: str) -> None:
    assert employer in _employers(sentence, role)


def test_another_job_s_employer_is_none_of_the_role_s() -> None:
    assert _employers("Harbour Foods hired me as a cashier.", "Pastry Chef") == []
    assert _employers("At Redfern Boatworks, new painters start on $20.", "Rigger") == []


@pytest.mark.parametrize(("sentence", "found"), [
    ("\"Our graduates are going to Pellow Yachts, to Garth Steel and to the shipyards,\" "
     "the course leader said.", ["Pellow Yachts", "Garth Steel"]),
    ("Most apprentices go on to Vintry Electrical or Moss & Hale.",
     ["Vintry Electrical", "Moss & Hale"]),
    ("Insurers are hiring (Brackley Mutual, Fenmore and Tarn Bank all have open QA roles).",
     ["Brackley Mutual", "Fenmore", "Tarn Bank"]),
])
def test_graduates_destinations_and_open_roles_name_employers(sentence: str,
                                                              found: list[str]) -> None:
    assert set(found) <= set(_employers(sentence, "Technician"))


# -- skills in a feature's prose: a course's content, a shift's work, what the job demands ------
@pytest.mark.parametrize(("sentence", "skills"), [
    ("The programme teaches pipe fitting, valve maintenance and pressure testing.",
     ["pipe fitting", "valve maintenance", "pressure testing"]),
    ("The course covers soil sampling, GIS mapping and drainage design.",
     ["soil sampling", "GIS mapping", "drainage design"]),
    ("Apprentices learn rope access, rigging and load calculations in year one.",
     ["rope access", "rigging", "load calculations"]),
    ("A night shift can include wound care, medication rounds with eMAR, falls checks and "
     "handovers.", ["wound care", "medication rounds", "falls checks", "handovers"]),
    ("A typical day might include route planning, tyre checks, as well as load securing.",
     ["route planning", "tyre checks", "load securing"]),
    ("The job demands stamina, spatial awareness and colour matching.",
     ["stamina", "spatial awareness", "colour matching"]),
])
def test_feature_prose_lists_skills_after_a_cue(sentence: str, skills: list[str]) -> None:
    page = f"Pipe Fitter\n\nA Pipe Fitter is a tradesperson who installs pipes.\n\n{sentence}\n"
    assert set(skills) <= names(parse_text(page, "f.txt").skills)


def test_a_quoted_remark_lists_no_skills() -> None:
    page = ("Game Warden\n\nA Game Warden is an officer who protects wildlife.\n\n"
            "\"The job demands grit, luck and a thick coat,\" one warden laughed.\n")
    assert not {"grit", "luck"} & names(parse_text(page, "g.txt").skills)


# -- a career post's own path: a ladder ending at the role --------------------------------------
STORIES = [
    ("Posts\n\nFrom shop assistant to Payroll Specialist: my route 💼\nAna Ruiz\n2d\n\n"
     "My first office job was as a Payroll Clerk at Fenwick, keying timesheets.\n"
     "Two years later I moved over to the finance team as an Accounts Assistant.\n"
     "In March Orla Foods hired me as a Payroll Specialist.\n",
     ["Shop Assistant", "Payroll Clerk", "Accounts Assistant", "Payroll Specialist"]),
    ("Sign in\n\nI spent 7 years in a lab. Here's why I became a Data Engineer 🔁\n"
     "Published Jan 8, 2026\nLeo Park\n\n"
     "I was a Lab Technician at Corran Labs for five years. Before that I'd been a "
     "Research Assistant for two years.\nNow I build pipelines.\n",
     ["Research Assistant", "Lab Technician", "Data Engineer"]),
    ("Feed\n\nWhy I became a Quantity Surveyor (and what it pays)\nMia Holt\n1w\n\n"
     "My first paid job was as a Site Labourer in Leeds.\n"
     "Then Brick & Beam took me on as an Assistant Estimator, which I loved.\n"
     "Three years on I switched to the commercial team as a Quantity Surveyor.\n",
     ["Site Labourer", "Assistant Estimator", "Quantity Surveyor"]),
    ("Blog\n\nFrom ward nurse to UX Researcher: a year on\nJo Vance\n5d\n\n"
     "My first design job was as a UX Intern at Petrel.\n"
     "After a hard year I now work as a UX Researcher at Glasswing.\n",
     ["Ward Nurse", "UX Intern", "UX Researcher"]),
]


@pytest.mark.parametrize(("page", "path"), STORIES)
def test_post_author_path_is_a_ladder_ending_at_the_role(page: str, path: list[str]) -> None:
    guide = parse_text(page, "post.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert path in chains
    # the author's earlier jobs are no moves up or across from the role
    assert not set(path[:-1]) & (names(guide.leads_to) | names(guide.transitions_to))


def test_one_earlier_job_or_a_path_missing_the_role_is_no_ladder() -> None:
    from careergraph.guides.story import author_path
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert author_path(["Fenwick hired me as a Payroll Clerk."], "Payroll Specialist",
                       vocab) == []
    # a guide (no story title) keeps its own readings: the reader runs on story posts only
    page = ("Payroll Specialist\n\nA Payroll Specialist is a clerk who runs payroll.\n"
            "My first job was as a Shop Assistant. Fenwick hired me as a Payroll Clerk.\n")
    chains = [[f.text for f in c] for c in parse_text(page, "p.txt").progressions]
    assert ["Shop Assistant", "Payroll Clerk", "Payroll Specialist"] not in chains


# -- pay in a story: whose figure it is ---------------------------------------------------------
def _owners(page: str) -> dict[float, str | None]:
    guide = parse_text(page, "pay.txt")
    return {float(s.min): (s.role.text if s.role is not None and hasattr(s.role, "text")
                           else s.role) for s in guide.salaries if s.min is not None}


@pytest.mark.parametrize(("page", "figure", "owner"), [
    ("Sign in\n\nHere's why I became a Data Engineer 🔁\nPublished Jan 8, 2026\n\n"
     "I was a Business Intelligence Analyst at Corran for five years.\n"
     "My last BIA salary was $71,000. Data Engineers here start on $95,000.\n",
     71000.0, "Business Intelligence Analyst"),
    ("Feed\n\nWhy I became a Paramedic 🚑\nLeo Park\n1w\n\n"
     "I was an Emergency Medical Technician for six years; my previous Emergency Medical "
     "Technician pay was £29,000.\nParamedics start at £35,000.\n",
     29000.0, "Emergency Medical Technician"),
    ("Posts\n\nWhy I became a Recruiter\nMia Holt\n3d\n\n"
     "Recruiters start at $48,000.\n\nComments\n"
     "Sam Ode Talent Partner 2dI went Recruiter → Talent Partner and the pay was $66,000 "
     "from day one.\n",
     66000.0, "Talent Partner"),
    ("Town Crier\n\nWhy the county cannot find enough roofers\n\nBy Ria Bose | Staff Writer\n\n"
     "Roofers are scarce. Roofers earn $48,000 in the county, and Hale says his own roofing "
     "supervisors earn about $71,000 a year. Most roofers are self-employed.\n",
     71000.0, "Roofing Supervisor"),
])
def test_story_pay_of_an_earlier_or_other_job_is_that_job_s(page: str, figure: float,
                                                           owner: str) -> None:
    owners = _owners(page)
    assert figure in owners
    assert str(owners[figure]).lower() == owner.lower()


def test_the_role_s_own_pay_in_a_story_stays_the_role_s() -> None:
    page = ("Feed\n\nWhy I became a Paramedic 🚑\nLeo Park\n1w\n\n"
            "I drove vans for years. Paramedics start at £35,000 in my region.\n")
    owner = _owners(page)[35000.0]
    assert owner is None or str(owner).lower().rstrip("s") == "paramedic"  # the role itself


@pytest.mark.parametrize(("line", "low", "high"), [
    ("We're hiring two Content Designers at Corvid Bank right now ($110k–$130k, hybrid).",
     110000, 130000),
    ("Hiring: three Content Designers for our London studio (£55,000–£65,000).", 55000, 65000),
    ("My team is hiring a Content Designer (€60k - €70k, remote) - DM me.", 60000, 70000),
])
def test_an_opening_announced_with_its_band_is_the_role_s_pay(line: str, low: int,
                                                               high: int) -> None:
    page = f"Content Designer\n\nA Content Designer is a writer who designs words.\n\n{line}\n"
    assert [(s.min, s.max) for s in parse_text(page, "c.txt").salaries] == [(low, high)]


def test_money_after_hiring_with_no_band_is_no_pay() -> None:
    page = ("Content Designer\n\nA Content Designer is a writer who designs words.\n\n"
            "The bank is hiring after a $2 billion merger (and a $40m refit).\n")
    assert parse_text(page, "c.txt").salaries == []


@pytest.mark.parametrize(("page", "figure", "owner"), [
    ("Midwife\n\nA Midwife is a nurse who delivers babies.\n\nWhat the job pays\n"
     "Consultant midwives, a small group who lead practice across a trust, are on Band 8a "
     "or above, from £55,690.\n", 55690.0, "consultant midwife"),
    ("Radiographer\n\nA Radiographer is a clinician who takes images.\n\nPay\n"
     "Reporting radiographers, a grade that reads scans, are on Band 7, from "
     "£47,810 to £54,710.\n", 47810.0, "reporting radiographer"),
    ("Pharmacist\n\nA Pharmacist is a clinician who dispenses medicines.\n\nSalary\n"
     "Chief pharmacists are on grade 9 at £70,000 to £80,000.\n", 70000.0, "chief pharmacist"),
])
def test_a_title_on_a_band_owns_its_figure(page: str, figure: float, owner: str) -> None:
    # (under a pay heading: a sentence with no pay word is read there)
    assert str(_owners(page)[figure]).lower() == owner


@pytest.mark.parametrize(("sentence", "own", "moves"), [
    ("Others move into community midwifery, research or teaching as midwifery lecturers.",
     "Midwife", ["Community Midwife", "Midwifery Lecturer"]),
    ("Some go into forensic accountancy, consulting or risk analysis.", "Accountant",
     ["Forensic Accountant", "Risk Analysis"]),
    ("A few move into paediatric physiotherapy, research or sports rehabilitation.",
     "Physiotherapist", ["Paediatric Physiotherapist", "Sports Rehabilitation"]),
])
def test_a_generic_area_between_two_fields_is_skipped(sentence: str, own: str,
                                                      moves: list[str]) -> None:
    assert _moves(sentence, own)["lateral"] == moves


def test_an_article_after_a_generic_area_opens_another_list() -> None:
    found = _moves("Most have worked as a process engineer, a plant operator moving into "
                   "engineering, or a graduate engineer.", "Safety Engineer")
    assert "Graduate Engineer" not in found["lateral"]
