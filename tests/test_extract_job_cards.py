"""Job cards and recruiter mail: a job board's search results (cards of bare lines, cards of
labelled fields), a bulletin's one-line cards, and a recruiter's e-mail thread or newsletter.
Every page here is invented, three per variant, each with its own roles, boards, numbers,
labels and separators."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.card_snippets import snippet_moves, snippet_skills
from careergraph.guides.listings import card_owners, one_line_card, search_page
from careergraph.guides.mail import mail_page
from careergraph.model import Guide


def _guide(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str, str]]:
    return {(band.role, band.min, band.max, band.currency, band.period)
            for band in guide.salaries}


def _lines(page: str) -> list[tuple[int, str]]:
    return list(enumerate(page.split("\n"), start=1))


# -- job boards: cards of bare lines (title, badge, company, rating, place, pay, snippet) ---
BOARD_BAKER = """workhub.ca
Find work   Salaries   Sign in
What: baker          Where: Kelowna, BC          Search
baker jobs in Kelowna, BC
212 jobs

Baker - Early Mornings
new
Okanagan Crust Co.
4.2 ★
Kelowna, BC
$19.50–$22.00 an hour
Full-time
• Prepare sourdough and laminated doughs in deck ovens.
• Use the proofing cabinet to schedule overnight batches.
Active 3 days ago
More...

Cake Decorator
Sponsored
Sugarline Studio
West Kelowna, BC
$18.00 an hour
Part-time
• Pipe buttercream borders; fondant work an asset.
Posted 4 days ago
More...

Senior Baker
Lakeview Hotel Group
Kelowna, BC
$24.75 an hour
Permanent
• Path to Head Baker within a year.
• Kitchen porters looking to learn the trade are welcome.
Posted 1 day ago
More...

Salary guide
Baker salaries in Kelowna, BC
Average base salary $20.10 per hour
Overtime: $1,200 per year on average
"""

BOARD_WELDER = """JobsNorth
What: welder    Where: Aberdeen
Welder jobs in Aberdeen

Welder - Subsea Fabrication
Granite Offshore Ltd.
Aberdeen
£17.80 an hour
Contract
• Weld carbon steel pipe to ASME IX; read isometric drawings.
Posted 2 days ago

Pipe Fitter
Deeside Process Services
Dyce
£16.40 an hour
Permanent
• Fit flanges and spools. Welders with pipe experience welcome to apply.
Posted 5 days ago

Welder / Fabricator
Buchan Steelworks
Peterhead
£640 a week
Full-time
• Operate MIG and TIG sets; maintain weld logs.
Just posted
"""

BOARD_GROOMER = """PetJobs.com.au
Keywords: dog groomer   Where: Geelong
Showing 1 - 3 of 14 jobs

Dog Groomer
Paws & Polish Salon
Geelong, VIC
$29.40 an hour
Casual
Hand scissoring and breed trims; bathing and drying. Salon assistants wanting to upskill considered.
Posted: 2 days ago

Veterinary Nurse
Barwon Animal Hospital
Belmont, VIC
$32.10 an hour
Full time
Dog Groomers with clinic experience welcome to apply.
Posted: 6 days ago

Mobile Dog Groomer
Suds on Wheels
Torquay, VIC
$31.00 an hour
Part time
Use the hydrobath and clippers in our van.
Posted: 1 week ago
"""


def test_board_of_bare_cards_reads_the_search_employers_and_pay() -> None:
    guide = _guide(BOARD_BAKER)
    assert guide.role.text == "Baker"
    # the role's cards (a qualifier, a seniority word) employ it; another title's does not
    assert _names(guide.employers) == {"Okanagan Crust Co.", "Lakeview Hotel Group"}
    pay = _pay(guide)
    assert (None, 19.5, 22.0, "CAD", "hour") in pay  # a province's code: bare "$" is CAD
    assert (None, 24.75, 24.75, "CAD", "hour") in pay
    assert ("Cake Decorator", 18.0, 18.0, "CAD", "hour") in pay  # the other title owns it
    assert (None, 20.1, 20.1, "CAD", "hour") in pay  # the site's average
    assert not any(band.min == 1200 for band in guide.salaries)  # overtime is no pay
    assert {"sourdough", "proofing cabinet"} <= _skills(guide)
    assert "Pipe buttercream borders" not in _skills(guide)  # another title's duty
    assert _names(guide.leads_to) == {"Head Baker"}
    assert _names(guide.moves_in) == {"Kitchen Porter"}


def test_board_of_bare_cards_gives_a_slash_card_to_both_titles() -> None:
    guide = _guide(BOARD_WELDER)
    assert guide.role.text == "Welder"
    assert _names(guide.employers) == {"Granite Offshore Ltd.", "Buchan Steelworks"}
    pay = _pay(guide)
    assert (None, 640, 640, "GBP", "week") in pay and ("Fabricator", 640, 640, "GBP", "week") in pay
    assert ("Pipe Fitter", 16.4, 16.4, "GBP", "hour") in pay
    # a card of another title welcoming the role's holders: a sideways move to that title
    assert _names(guide.transitions_to) == {"Pipe Fitter"}
    assert {"MIG", "TIG sets", "weld logs"} & _skills(guide)


def test_board_of_sentence_snippets_reads_moves_in_and_across() -> None:
    guide = _guide(BOARD_GROOMER)
    assert guide.role.text == "Dog Groomer"
    assert _names(guide.employers) == {"Paws & Polish Salon", "Suds on Wheels"}
    assert _names(guide.moves_in) == {"Salon Assistant"}
    assert _names(guide.transitions_to) == {"Veterinary Nurse"}
    assert ("Veterinary Nurse", 32.1, 32.1, "AUD", "hour") in _pay(guide)
    assert {"hydrobath", "clippers"} <= _skills(guide)


# -- job boards: cards of labelled fields and an industry facet ---------------------------
LABELLED_CHEF = """Hospo Careers NZ
Keywords: chef de partie   Location: Wellington   [ Search ]
Showing 1 - 3 of 40 jobs   |   Sort: Newest

Refine results
Industry: Hotels (12) · Restaurants (20) · Catering (8)
Salary: $60,000+ (15) · $70,000+ (4)

★ Featured
Chef de Partie - Pastry
Harbourside Grand Hotel
Location: Wellington CBD
Salary: $62,000 - $68,000 per annum
Job type: Permanent, Full time
Posted: 2 days ago
Run the pastry section; laminate doughs and temper chocolate.
[Quick Apply]   [Save ♡]

Sous Chef
Cuba Street Bistro
Location: Te Aro
Salary: $72,000 - $78,000
Job type: Permanent
Posted: 4 days ago
Lead the line on busy services.
[Apply]   [Save ♡]

Chef de Partie
Kelburn Events Catering
Location: Kelburn
Salary: Not disclosed
Job type: Contract
Posted: 1 week ago
Commis chefs ready for a section considered.
[Apply]   [Save ♡]
"""

LABELLED_TECH = """ServiceTechJobs
Keywords: hvac technician   Location: Denver, CO
HVAC Technician Jobs in Denver

HVAC Technician II
Front Range Mechanical
Location: Aurora, CO
Salary: $31 - $38 per hour
Job type: Full-time
Posted: today
Diagnose heat pumps and rooftop units; use refrigerant recovery equipment.

HVAC Service Manager
Mile High Comfort
Location: Denver, CO
Salary: $85,000 - $98,000
Job type: Full-time
Posted: 3 days ago
HVAC Technicians with five years' experience welcome to apply.

Apprentice HVAC Technician
Rocky Air Services
Location: Lakewood, CO
Salary: $20 per hour
Job type: Full-time
Posted: yesterday
Residential installers wanting to move into service are encouraged to apply.
"""

LABELLED_CLEANER = """CleanJobs.ie
Keywords: office cleaner   Location: Galway
Industry: Facilities Management (9) · Retail (4)

Office Cleaner - Evenings
Corrib Facility Services
Location: Galway City
Salary: €13.50 per hour
Job type: Part time
Posted: 1 day ago
Use scrubber dryers and colour-coded cloths.

Hotel Housekeeper
Salthill Bay Hotel
Location: Salthill
Salary: €14.10 per hour
Job type: Full time
Posted: 3 days ago
Office Cleaners welcome to apply for day shifts.

Office Cleaner
Claddagh Business Park
Location: Galway City
Salary: €26,500 - €28,000 per annum
Job type: Permanent
Posted: 1 week ago
Handle recycling and restock washrooms.
"""


def test_labelled_cards_read_fields_facets_and_no_pay() -> None:
    guide = _guide(LABELLED_CHEF)
    assert guide.role.text == "Chef De Partie" or guide.role.text.lower() == "chef de partie"
    assert _names(guide.sectors) == {"Hotels", "Restaurants", "Catering"}
    assert _names(guide.employers) == {"Harbourside Grand Hotel", "Kelburn Events Catering"}
    pay = _pay(guide)
    assert ("Sous Chef", 72000, 78000, "NZD", "year") in pay
    assert not any(band.min in (60000, 70000) for band in guide.salaries)  # pay facets
    assert _names(guide.moves_in) == {"Commis Chef"}


def test_labelled_cards_read_the_role_at_a_grade_and_other_titles() -> None:
    guide = _guide(LABELLED_TECH)
    assert guide.role.text == "HVAC Technician"
    assert _names(guide.employers) == {"Front Range Mechanical", "Rocky Air Services"}
    pay = _pay(guide)
    assert (None, 31, 38, "USD", "hour") in pay and (None, 20, 20, "USD", "hour") in pay
    assert ("HVAC Service Manager", 85000, 98000, "USD", "year") in pay
    assert _names(guide.transitions_to) == {"HVAC Service Manager"}
    assert "heat pumps" in _skills(guide)


def test_labelled_cards_with_an_industry_facet_and_an_annual_card() -> None:
    guide = _guide(LABELLED_CLEANER)
    assert guide.role.text == "Office Cleaner"
    assert _names(guide.sectors) == {"Facilities Management", "Retail"}
    assert _names(guide.employers) == {"Corrib Facility Services", "Claddagh Business Park"}
    assert (None, 26500, 28000, "EUR", "year") in _pay(guide)
    assert ("Hotel Housekeeper", 14.1, 14.1, "EUR", "hour") in _pay(guide)
    assert _names(guide.transitions_to) == {"Hotel Housekeeper"}
    assert {"scrubber dryers", "recycling"} <= _skills(guide)


def test_a_salary_table_by_level_is_no_results_page() -> None:
    page = """Tiler Pay Guide

Apprentice Tiler
Average Salary
£19,000

Tiler
Average Salary
£29,000

Senior Tiler
Average Salary
£36,000
"""
    assert search_page(_lines(page)) is None


# -- bulletins: cards printed on one line ------------------------------------------------
BULLETIN_SURVEYOR = """Subject: Survey Desk Weekly – Quantity Surveyor salaries and 4 live roles
From: Keystone Build Talent <news@keystone.example.co.uk>

View this email in your browser

Hello everyone,

Quantity Surveyors remain scarce. Quantity Surveyors with NEC4 experience are busiest.

LIVE ROLES
▸ Senior Quantity Surveyor | Leeds, UK | £58,000 – £64,000 | Aire Valley Contractors | Ref KB-101
▸ Quantity Surveyor – Rail | York, UK | £45,000 – £50,000 | Ouse Civil Engineering | Ref KB-102
▸ Estimator | Hull, UK | £42,000 – £47,000 | Humber Build Ltd | Ref KB-103   [Apply now]
▸ Commercial Manager | Leeds, UK | £75,000 – £85,000 | Ref KB-104   [Apply now]

Update preferences | Unsubscribe
"""

BULLETIN_PHARMACIST = """View this email in your browser
[image: Apex Pharmacy Recruitment]

Hi there,

Locum Pharmacist rates are climbing: Locum Pharmacists are in demand.
Another week of Locum Pharmacist bookings.

OPEN SHIFTS AND POSTS
• Locum Pharmacist | Cork, IE | €55 – €62 per hour | Riverside Pharmacy | Job ID 771 | Apply
• Pharmacy Technician | Cork, IE | €16 – €18 per hour | Riverside Pharmacy | Job ID 772 | Apply
• Locum Pharmacist – Weekends | Limerick, IE | €60 per hour | Shannon Chemists | Job ID 773 | Apply

You're receiving this because you registered with Apex.
"""

BULLETIN_DATA = """Subject: Data Engineer market update
From: Byte Search <hello@bytesearch.example.de>
Date: Mon, 3 Nov 2025

Hi all,

Data Engineer demand is steady this quarter. Also live: Data Engineer openings with
Havel Analytics and Saale Cloud.

This week's roles
- Lead Data Engineer | Berlin, DE | €95,000 – €110,000 | Spreewald Mobility | Ref BS-9 | [Apply now]
- Analytics Engineer | Munich, DE | €70,000 – €82,000 | Isar Insurance | Ref BS-10 | [Apply now]
- Data Engineer II | Hamburg, DE | €68,000 – €76,000 | Elbe Logistics GmbH | Ref BS-11 | [Apply now]

Best,
Jana
Byte Search GmbH | Talent Partner
"""


def test_bulletin_cards_on_one_line_name_employers_and_owners() -> None:
    guide = _guide(BULLETIN_SURVEYOR)
    assert guide.role.text == "Quantity Surveyor"
    assert _names(guide.employers) == {"Aire Valley Contractors", "Ouse Civil Engineering"}
    pay = _pay(guide)
    assert (None, 58000, 64000, "GBP", "year") in pay
    assert ("Estimator", 42000, 47000, "GBP", "year") in pay
    assert ("Commercial Manager", 75000, 85000, "GBP", "year") in pay
    assert "Keystone Build Talent" not in _names(guide.employers)  # the agency


def test_bulletin_cards_with_job_ids_and_hourly_rates() -> None:
    guide = _guide(BULLETIN_PHARMACIST)
    assert guide.role.text == "Locum Pharmacist"
    assert _names(guide.employers) == {"Riverside Pharmacy", "Shannon Chemists"}
    pay = _pay(guide)
    assert (None, 55, 62, "EUR", "hour") in pay and (None, 60, 60, "EUR", "hour") in pay
    assert ("Pharmacy Technician", 16, 18, "EUR", "hour") in pay


def test_bulletin_cards_at_a_grade_are_the_roles_own() -> None:
    guide = _guide(BULLETIN_DATA)
    assert guide.role.text == "Data Engineer"
    assert _names(guide.employers) == {"Spreewald Mobility", "Elbe Logistics GmbH",
                                       "Havel Analytics", "Saale Cloud"}
    assert not {"Havel Analytics", "Saale Cloud"} & _skills(guide)
    pay = _pay(guide)
    assert (None, 68000, 76000, "EUR", "year") in pay
    assert (None, 95000, 110000, "EUR", "year") in pay
    assert ("Analytics Engineer", 70000, 82000, "EUR", "year") in pay
    assert "Talent Partner" not in str(guide.model_dump())  # the signature is chrome


def test_one_line_card_needs_a_reference_or_an_apply_cell() -> None:
    assert one_line_card("Roofer | Bristol, UK | £32,000 | Avon Roofing | Ref R-1")
    assert one_line_card("Roofer | £32,000 | £36,000") is None
    assert card_owners("Charge Nurse 2 - Wards", lambda t: t.endswith("Midwife")) == [
        ("Charge Nurse 2", "Charge Nurse")]


# -- recruiter e-mails: headers, a signature, a quoted first message ---------------------
MAIL_GEOTECH = """From: Priya Nair <priya@stratasearch.example.com>
To: Tom Reilly <tom.r@mail.example.com>
Subject: RE: Geotechnical Engineer - Perth - AUD 120-140k

[EXTERNAL] Think before you click.

Hi Tom,

Great to hear back. The base for this Geotechnical Engineer role is AUD 120,000 - 140,000
per year plus super. Many of the engineers I place came ashore as Drilling Supervisors.

Kind regards,
Priya

Priya Nair | Principal Consultant | StrataSearch
M +61 400 000 000
CONFIDENTIALITY: This email is meant for its addressee only.

-----Original Message-----
From: Tom Reilly
Subject: Geotechnical Engineer - Perth

> Dear Tom,
>
> I'm reaching out about a permanent Geotechnical Engineer position with my client
> Swan River Geoscience, a consultancy in Perth.
>
> What you'd be doing:
> - Slope stability assessments and foundation designs for mine sites
> - Logging boreholes and supervising drilling crews
> - Use PLAXIS and Slide2 to model embankments
>
> Would you be open to a call?
"""

MAIL_PARALEGAL = """From: Sam Okafor <sam@lawstaff.example.com>
Date: Wed, 5 Nov 2025 09:10
Subject: Paralegal opportunity in Leeds

Dear Hannah,

I'm working on an exciting Paralegal role with our client Whitcombe & Dale LLP. The salary
is £27,000 - £31,000 per year.

Best regards,
Sam
LawStaff Recruitment | Senior Recruiter
Sent from my iPhone

> On 4 Nov 2025, at 18:02, Hannah wrote:
>
> Thanks Sam. I'm currently working as Legal Secretary at a small firm, on a salary of £24,500.
"""

MAIL_NURSE = """Subject: Fwd: Theatre Nurse - Manchester

From: Recruiter Desk <desk@carepeople.example.org>
To: Lee

Hello Lee,

Duties:
- Scrubbing and circulating for orthopaedic lists
- Maintain swab counts and instrument checks

Theatre Nurse role, Band 6, £37,338 - £44,962 per year with my client Irwell Surgical
Centre. Scrub practitioners often make great Theatre Nurses.

Thanks,
Ola
CarePeople | Nurse Recruitment Lead
Unsubscribe from these mails
"""


def test_mail_thread_reads_the_subject_the_client_and_the_quoted_pitch() -> None:
    guide = _guide(MAIL_GEOTECH)
    assert guide.role.text == "Geotechnical Engineer"
    assert _names(guide.employers) == {"Swan River Geoscience"}
    assert (None, 120000, 140000, "AUD", "year") in _pay(guide)
    assert _names(guide.moves_in) == {"Drilling Supervisor"}
    text = str(guide.model_dump())
    assert "Principal Consultant" not in text and "StrataSearch" not in text
    assert "CONFIDENTIALITY" not in _skills(guide)
    skills = _skills(guide)
    assert {"Slope stability assessments", "foundation designs", "PLAXIS", "Slide2"} <= skills
    assert "supervising drilling crews" not in skills and "mine sites" not in skills


def test_mail_gives_the_candidates_own_pay_to_his_title() -> None:
    guide = _guide(MAIL_PARALEGAL)
    assert guide.role.text == "Paralegal"
    assert _names(guide.employers) == {"Whitcombe & Dale LLP"}
    pay = _pay(guide)
    assert (None, 27000, 31000, "GBP", "year") in pay
    assert ("Legal Secretary", 24500, 24500, "GBP", "year") in pay
    assert "Senior Recruiter" not in str(guide.model_dump())


def test_mail_with_a_forwarded_subject_and_a_sign_off() -> None:
    guide = _guide(MAIL_NURSE)
    assert guide.role.text == "Theatre Nurse"
    assert _names(guide.employers) == {"Irwell Surgical Centre"}
    assert _names(guide.moves_in) == {"Scrub Practitioner"}
    assert {"swab counts", "instrument checks"} <= _skills(guide)
    assert "Nurse Recruitment Lead" not in str(guide.model_dump())


def test_mail_page_is_none_for_a_guide() -> None:
    page = "Tiler\n\nA tiler lays tiles.\nSubject areas: maths.\n"
    assert mail_page(_lines(page), lambda t: True) is None


def test_snippet_readers_keep_articles_and_figures_out() -> None:
    assert snippet_skills("Load the van; drive 40 miles a day.") == []
    assert snippet_skills("Forklift experience required.") == ["Forklift"]
    assert snippet_moves("Route to Team Leader in year two.")["up"] == ["Team Leader"]
