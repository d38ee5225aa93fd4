"""Held-back set 15 structures, read generally (rules15a): an employer's graduate-programme
page (the programme's title names the role, its footer the employer, its rotations and "What
you'll learn" the techniques), a machine-translated occupation sheet (figures in French
notation, typed mobility lists with codes after the titles, "Structures" as sectors, the
companies recruiting near you) and a duty list run on by semicolons.

Every page is invented here (firms, codes, people, figures); file names are neutral so the
role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_period
from careergraph.guides.title_frames import unprogrammed


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[str, float | None, float | None, str]]:
    return {(s.currency, s.min, s.max, s.period)
            for s in guide.salaries}  # type: ignore[attr-defined]


# -- French notation --------------------------------------------------------------------------
def test_french_notation_figures_keep_their_value() -> None:
    def read(text: str, dollar: str = "USD") -> list[tuple[str, float | None, float | None]]:
        return [(m.currency, m.low, m.high) for m in find_amounts(text, dollar=dollar)]

    assert read("Confirmé : 2 345 € - 2 980 €") == [("EUR", 2345, 2980)]
    assert read("Taux horaire médian : 27,45 $", dollar="CAD") == [("CAD", 27.45, 27.45)]
    assert read("Revenu annuel moyen : 58 120 $", dollar="CAD") == [("CAD", 58120, 58120)]
    # a bare "1,350 hours" or "Level 2 110,000" is no French figure
    assert read("DEP in Masonry (1,350 hours)") == []


def test_a_widget_left_in_french_states_its_period() -> None:
    page = ("Salaires bruts (mensuel) — Bretagne\nDébutant : 1 650 € - 1 900 €\n"
            "Salaires bruts (mensuel) — Occitanie\nDébutant : 1 640 € - 1 880 €\n")
    assert page_period(page) == "month"
    assert page_period("Median: 41 000 € a year, 3 400 € (mensuel)") is None


SHEET = """Google Translate   French › English   Show original
Emploi Service
Home › Discover the trades › Food › Butchery
Job sheet
Butchery - Delicatessen
ROME code: D1101
Appellations (3)
Butcher
Butcher-caterer
Boucher / Bouchère
Skills
Know-how
Cut the carcasses
  Bone and trim the pieces
Knowledge
Use of a band saw
Use of a vacuum packer
Work contexts
Structures
Butcher's shop
Hypermarket
Conditions
Early starts · Cold rooms
Professional mobility
Close jobs / trades
Fishmonger (D1105)
Delicatessen cook (D1104)
Jobs / trades that can be considered if evolution
Head butcher - chef boucher (D1101)
Meat counter manager (D1502)
Salaires bruts constatés (mensuel) — Grand Est
Débutant : 1 710 € - 1 960 €
Expérimenté : 2 050 € - 2 540 €
Companies that recruit near you (Nancy 54)
Boucherie Vautrin – Nancy – strong hiring potential
Les Viandes du Plateau – Vandœuvre – strong hiring potential
"""


def test_a_translated_sheet_gives_typed_moves_sectors_employers_and_monthly_pay() -> None:
    guide = parse_text(SHEET, "page.txt")
    assert guide.role.text == "Butcher"
    ups = _names(guide.leads_to)
    across = _names(guide.transitions_to)
    assert {"head butcher", "meat counter manager"} <= ups  # (never "Head" alone)
    assert {"fishmonger", "delicatessen cook"} <= across
    assert not any("(" in name for name in ups | across)  # the codes are no part of a title
    assert {"butcher's shop", "hypermarket"} <= _names(guide.sectors)
    assert not {"early starts", "professional mobility"} & _names(guide.sectors)
    assert {"boucherie vautrin", "les viandes du plateau"} <= _names(guide.employers)
    assert _pay(guide) == {("EUR", 1710, 1960, "month"), ("EUR", 2050, 2540, "month")}


# -- graduate programmes ----------------------------------------------------------------------
def test_a_programme_title_names_the_job_it_trains_for() -> None:
    assert unprogrammed("Graduate Bridge Engineer Programme 2027") == "Bridge Engineer"
    assert unprogrammed("TALENT LAUNCH 2027 – Tax Associate Programme (Indirect Tax)") == (
        "Tax Associate")
    assert unprogrammed("Programme Manager") == "Programme Manager"
    assert unprogrammed("Project Manager") == "Project Manager"


PROGRAMME = """We use cookies to improve your experience. Accept all | Manage preferences
HALDEN WATER SERVICES
Who we are   Our work   Early careers ▾   Search jobs
Early careers › Graduate programmes › Hydraulics
Graduate Hydraulic Modeller Programme 2027
Start date: September 2027 · Locations: Leeds, Hull · Applications close 12 February 2027
Apply now      Register your interest
You'll join as a Graduate Hydraulic Modeller and rotate through three placements.
Your two years
Rotation 1 (8 months) – Network modelling: flow surveys and model builds in InfoWorks ICM.
Rotation 2 (8 months) – Flood studies: rainfall analysis and mapping in QGIS.
What you'll learn
Sewer hydraulics · pump station design · CCTV survey grading
Pay & benefits
Starting salary of £31,000 a year
£1,500 welcome bonus · relocation support up to £2,500
After the programme
You'll move into a modelling team as a Hydraulic Modeller (typically £38,000–£43,000), \
with a clear path to Senior Hydraulic Modeller.
Assessment centre
How to apply
1. Online application → 2. Video interview → 3. Assessment centre
FAQs
Can I apply with a 2:2? Yes.
Halden Water Services Ltd · Registered in England No. 01234567 · Accessibility · © 2027
"""


def test_a_graduate_programme_page_reads_as_its_job() -> None:
    guide = parse_text(PROGRAMME, "page.txt")
    assert guide.role.text == "Hydraulic Modeller"
    skills = _names(guide.skills)
    assert {"infoworks icm", "qgis", "sewer hydraulics", "pump station design"} <= skills
    assert {"halden water services ltd"} == _names(guide.employers)
    assert "senior hydraulic modeller" in _names(guide.leads_to)
    pay = _pay(guide)
    assert ("GBP", 31000, 31000, "year") in pay
    assert ("GBP", 38000, 43000, "year") in pay  # the band of the post one moves into
    assert not any(low is None or (high or 0) <= 2500 for _, low, high, _ in pay)


def test_what_youll_learn_names_skills_only_on_a_programme_page() -> None:
    blog = ("Tax Associate Career Path (2027)\nPublished: 2027-01-04\n\n"
            "What You'll Learn\n  • The steps from trainee to manager\n  • Pay at each level\n\n"
            "A Tax Associate prepares returns for clients.\n")
    assert "pay at each level" not in _names(parse_text(blog, "blog.txt").skills)


def test_the_post_a_programme_ends_in_is_the_role() -> None:
    page = ("KESTREL & MORROW LLP | Chartered Accountants\nCareers › Campus › Tax\n"
            "TALENT LAUNCH 2027 – Tax Trainee Programme (Indirect Tax)\n"
            "Duration: 18 months, then regular role as Tax Associate\n"
            "Apply now\nAssessment centre dates: March\n"
            "What you will work on\n"
            "Preparing GST returns for retailers and exporters; input tax credit reconciliations; "
            "e-invoicing checks; filing refunds in the GST portal; pulling ledgers from client "
            "ERPs (SAP, Busy); drafting replies to notices.\n"
            "Alumni stories\n\"Two years in indirect tax, then I moved to industry.\"\n"
            "© 2027 Kestrel & Morrow LLP · Privacy\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Tax Associate"
    skills = _names(guide.skills)
    # short items of a semicolon duty list are techniques, the tools inside the others too
    assert {"input tax credit reconciliations", "e-invoicing checks", "sap", "busy"} <= skills
    assert not any(name.startswith("preparing gst returns") for name in skills)
    assert "kestrel & morrow llp" in _names(guide.employers)


# -- interview-question pages -----------------------------------------------------------------
REPORTS = """jobtalk   Jobs   Companies   Salaries   Interviews   Sign In
Site Surveyor Interview Questions
Updated Oct 2, 2025
Interviews for Site Surveyor jobs:  Filter ▾
Experience: Positive 64% · Negative 20% · Neutral 16%
Site Surveyor Interview
Brightline Geomatics · Reading, UK · Sep 2025
✔ Accepted offer   😊 Positive experience
Application
I applied online. I had been a Survey Assistant for two years at a small practice before this.
Interview
A site visit and a desk test. They asked me to set out a grid in Trimble Business Center \
and asked about control networks, level runs and as-built surveys.
Question 1: How do you check a total station's collimation?   Answer question
Offer: £33,500 base plus £40 per site visit.
Helpful (6)   Share
Senior Site Surveyor Interview
Kestrel Mapping · Bristol, UK · Aug 2025
✘ Declined offer   😐 Neutral experience
Interview
Two rounds, mostly on Leica Captivate workflows.
Offer: £41,000 base. I declined – I stayed and was promoted to Survey Manager in the spring.
Helpful (2)   Share
Survey Assistant Interview
Ordnance Partners · Leeds, UK · Jul 2025
✔ Accepted offer
Interview
Questions about CAD drafting and report writing.
Offer: £12.80 an hour.
Site Surveyor salaries at these companies
Brightline Geomatics – Site Surveyor – £34,200 avg base
Ordnance Partners – Survey Assistant – £24,900 avg base
People also viewed: Land Surveyor interview questions · CAD Technician interview questions
jobtalk © 2010–2025 · About · Help · Terms of Use · Cookie Consent Tool
"""


def test_interview_reports_give_employers_offers_moves_and_tested_skills() -> None:
    guide = parse_text(REPORTS, "page.txt")
    assert guide.role.text == "Site Surveyor"
    # the companies that interviewed for the role (at any level); never the footer's links
    assert _names(guide.employers) == {"brightline geomatics", "kestrel mapping"}
    own = {(s.min, s.max, s.period) for s in guide.salaries if s.role is None}
    assert own == {(33500, 33500, "year"), (41000, 41000, "year"), (34200, 34200, "year")}
    other = {(s.role, s.min) for s in guide.salaries if s.role is not None}
    assert other == {("Survey Assistant", 12.8), ("Survey Assistant", 24900)}
    assert "survey assistant" in _names(guide.moves_in)  # the candidate's earlier job
    assert "survey manager" in _names(guide.leads_to)  # a promotion he reports
    skills = _names(guide.skills)
    assert {"trimble business center", "control networks", "level runs",
            "as-built surveys"} <= skills
    assert not {"cad drafting", "report writing"} & skills  # another title's interview
    assert not any("answer question" in n or "cookie" in n for n in _names(guide.sectors))


GUIDE = """CareerDesk
Interview prep › Health admin › Dental Receptionist
20 Dental Receptionist Interview Questions (With Example Answers)
By Rhian Moss · Updated 2 June 2025 · 8 min read
Practise your answers with our AI interview coach – try it free ›
Skills interviewers look for
Appointment booking · Dentally or R4 · Microsoft Excel · payments and NHS charge bands
Role-specific questions
4. Which practice systems have you used?
Example answer: "I used Dentally every day for recalls and learned R4 at a second practice."
5. How do you handle a payment dispute?
Example answer: "I check the charge band on the SOE system and log it in Excel before calling."
Related interview guides: Dental Nurse · Practice Manager
Was this article helpful?  Yes  No
"""


def test_example_answers_name_the_systems_the_job_uses() -> None:
    guide = parse_text(GUIDE, "page.txt")
    assert guide.role.text == "Dental Receptionist"  # the listicle's count is no part of it
    skills = _names(guide.skills)
    assert {"dentally", "r4", "soe", "excel", "appointment booking"} <= skills
    assert "dentally or r4" not in skills
    assert not _names(guide.transitions_to) & {"dental nurse", "practice manager"}


# -- equipment, rung pay, answered questions --------------------------------------------------
def test_a_duty_lists_its_equipment_after_with() -> None:
    page = ("Stair Builder\n\nMain tasks\n- read the drawings and mark out the strings\n"
            "- cut the treads with a table saw, jigsaws and a spindle router\n"
            "- work with site managers and clients\n")
    tools = _names(parse_text(page, "page.txt").skills)
    assert {"table saw", "jigsaws", "spindle router"} <= tools
    assert not {"site managers", "clients"} & tools  # people, no equipment


def test_a_rung_figure_in_brackets_on_an_arrow_ladder_is_that_rungs() -> None:
    page = ("Tax Associate\n\nA Tax Associate prepares returns for clients.\n\n"
            "Your career with us\n"
            "Tax Trainee → Tax Associate → Senior Tax Associate (after 2 years, £41,000–£46,000)"
            " → Tax Manager (£55,000–£63,000) → Partner\n")
    guide = parse_text(page, "page.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 41000, 46000) in pay  # a senior rung of the role is the role's own
    assert ("Tax Manager", 55000, 63000) in pay


def test_a_question_answered_on_its_line_names_the_employers_kinds() -> None:
    page = ("Bridge Inspector\n\nBridge inspectors examine structures for defects.\n"
            "Who employs bridge inspectors? Highway authorities, rail operators and "
            "engineering consultancies – all three recruit graduates.\n")
    sectors = _names(parse_text(page, "page.txt").sectors)
    assert {"highway authorities", "rail operators", "engineering consultancies"} <= sectors


def test_a_job_card_below_a_related_strip_names_no_move() -> None:
    page = ("Glazier\n\nGlaziers cut and fit glass.\n\nRelated professions\n"
            "Window installers (CNP 73119) · Roofers (CNP 73110)\n"
            "Vitrier | Verrerie Dion inc. | Gatineau | 31,40 $/h | Permanent, full time\n")
    guide = parse_text(page, "page.txt")
    moves = _names(guide.transitions_to) | _names(guide.leads_to)
    assert "permanent" not in moves and "verrerie dion inc." not in moves
    assert "window installers" in moves  # the strip itself still names its titles


def test_a_catch_all_row_and_a_licences_grades_are_no_facts() -> None:
    page = ("Plasterer\n\nPlasterers finish walls and ceilings.\n\n"
            "Main sectors of activity\nResidential building construction ...... 52 %\n"
            "Specialty trade contractors ........... 31 %\nOthers ........................ 17 %\n\n"
            "What you'll need\nSkim coating · dry lining · CSCS card (Gold, Blue)\n")
    guide = parse_text(page, "page.txt")
    assert "others" not in _names(guide.sectors)
    assert "residential building construction" in _names(guide.sectors)
    assert not {"gold", "blue"} & _names(guide.skills)
    assert "skim coating" in _names(guide.skills)
