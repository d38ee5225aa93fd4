"""prec14: sectors and employers that are not — invented pages (own wording) for general
shapes.

- a site's menu printed with bars ("☰ Offers | Companies | Account") is no table header
  for a posting's "Firm s.r.o. | Town | full-time" row lines below it: the town is no
  employer;
- a list its writer parted by commas keeps a firm's own camel-cased word whole
  ("NorthStar Anesthesia"), never "North" and "Star Anesthesia", and so does a sentence
  ("clinics such as SoundWise Hearing");
- one employer described ("a growing company") is no kind of workplace;
- a clause's opening cut out of a sentence ("least three years after qualifying", "through
  our partnership", "not included above", a lone "between") is no sector;
- a language's or nation's adjective alone ("the Danish and Norwegian sectors of the North
  Sea") is no sector;
- a known industry's "enterprises" or "companies" are that industry ("Manufacturing
  enterprises" is Manufacturing; "freight forwarding" is an industry the gazetteer knows);
- a spot in the workshop ("work at the bay") is no sector, as a desk or a till is not;
- a labelled field under an apprentice's card ("Before: Labourer") names the job held
  before, no employer.
"""

from __future__ import annotations

from careergraph.guides import parse_text

KILN_POSTING = """brick-jobs.example ☰ Offers | Companies | Wage calculator | Account
Ceramics › Production › Kiln operator

KILN OPERATOR - LUCENEC AND AREA
KERAPAL Lucenec s.r.o. | Lucenec | full-time, also shifts | posted 2. 10. 2026

Wage (gross): 6,40 - 7,85 €/hour
paid monthly, night shifts extra

Job content
loading and firing of kilns; checking firing curves; sorting fired tiles
"""


def test_a_menu_over_a_posting_row_names_no_town_employer() -> None:
    guide = parse_text(KILN_POSTING, "kiln-operator.txt")
    employers = {fact.text for fact in guide.employers}
    assert "Lucenec" not in employers


COLUMN_TABLE = """Glazier

Glaziers cut and fit glass in shopfronts, homes and offices.

Employer | Location
Clearpane Glazing Ltd | Bristol
Westbay Windows | Cardiff
"""


def test_a_column_tables_rows_still_read() -> None:
    employers = {fact.text for fact in parse_text(COLUMN_TABLE, "glazier.txt").employers}
    assert {"Clearpane Glazing Ltd", "Westbay Windows"} <= employers


NURSE_ANESTHETIST = """Nurse Anesthetist

Nurse anesthetists give anesthesia before surgery.

Employers hiring right now: Carlow Health, Fenwick Clinic, Lakeside Anesthesia Partners, \
NorthStar Anesthesia. Settings: hospitals, surgery centers.
"""


def test_a_camel_cased_firm_in_a_comma_list_stays_whole() -> None:
    employers = {fact.text for fact in parse_text(NURSE_ANESTHETIST,
                                                  "nurse-anesthetist.txt").employers}
    assert {"Lakeside Anesthesia Partners", "NorthStar Anesthesia"} <= employers
    assert not {"North", "Star Anesthesia"} & employers


TILER_AD = """Wall Tiler

Wall tilers fix ceramic and stone tiles in kitchens, bathrooms and shops.

What we offer
- Steady work for a growing company with its own vans
- Paid overtime and a tool allowance

Sector: Construction
"""


def test_one_described_employer_is_no_sector() -> None:
    sectors = {fact.text for fact in parse_text(TILER_AD, "wall-tiler.txt").sectors}
    assert "Construction" in sectors
    assert not any("company" in name for name in sectors)


ORTHOPTIST_BURSARY = """Orthoptist Training Bursary

THE BURSARY IN BRIEF
A two-year funded course in orthoptics at Westmere University, with clinic placements in \
partner hospitals.

THE TIED SERVICE
In return you agree to work as an orthoptist in a partner hospital for at least three years \
after qualifying. If you leave early you repay part of the bursary.

PAY ONCE QUALIFIED
Orthoptist: £31,000 – £37,500

Sector: Eye care
"""


def test_a_clause_cut_from_a_sentence_is_no_sector() -> None:
    sectors = {fact.text for fact in parse_text(ORTHOPTIST_BURSARY, "orthoptist.txt").sectors}
    assert "Eye care" in sectors
    assert not any("years" in name or name.startswith("least") for name in sectors)


CRANE_OPERATOR = """Offshore Crane Operator

Offshore crane operators lift containers and pipe between supply vessels and platforms.

Who hires
Platform operators and drilling contractors in the Danish and Norwegian sectors of the \
North Sea, such as Fjordline Drilling AS and Skagen Lift Services, plus crewing agencies.

Pay: £52,000 to £64,000 a year.
"""


def test_a_nations_waters_are_no_sector() -> None:
    guide = parse_text(CRANE_OPERATOR, "offshore-crane-operator.txt")
    sectors = {fact.text for fact in guide.sectors}
    assert "drilling contractors" in sectors
    assert not {"Danish", "Norwegian"} & sectors
    assert {"Fjordline Drilling AS", "Skagen Lift Services"} <= {f.text for f in guide.employers}


CUSTOMS_CLERK = """Customs Documentation Clerk

1. Job description
Customs documentation clerks prepare import declarations and check shipping papers.

2. Salary
From 9 to 14 million VND per month.

3. Where to work?
Manufacturing enterprises, logistics and freight forwarding companies. Some large \
recruiters: Song Lam Electronics, Ben Thanh Shipping JSC.
"""


def test_a_known_industrys_enterprises_are_that_industry() -> None:
    guide = parse_text(CUSTOMS_CLERK, "customs-documentation-clerk.txt")
    sectors = {fact.text for fact in guide.sectors}
    assert {"Manufacturing", "freight forwarding"} <= sectors
    assert not {"Manufacturing enterprises", "freight forwarding companies"} & sectors


OPTICIAN_DIARY = """Dispensing Optician

Dispensing opticians fit glasses and advise on frames and lenses.

Pay: £24,500 to £31,000 a year.

Where they work: optical chains (my placement was Brookvale Opticians) and independent \
practices such as ClearSight Eyewear. Sectors: eye care, retail.

Reflection: I enjoyed the week.
"""


def test_a_camel_cased_firm_after_prose_stays_whole() -> None:
    employers = {f.text for f in parse_text(OPTICIAN_DIARY, "dispensing-optician.txt").employers}
    assert "ClearSight Eyewear" in employers
    assert "Sight Eyewear" not in employers


TYRE_FITTER_PDA = """PHYSICAL DEMANDS ANALYSIS                                       Page 1 of 2
Prepared for: Copperline Tyres Ltd – Leeds depot        Claim no.: pre-placement

JOB TITLE: Tyre Fitter        Other titles used on site: Tyre Technician
Reports to: Depot Supervisor     Hours: 8 hr shifts
Wage: £11.80 - £13.10 /hr.

1. JOB SUMMARY
The tyre fitter does the work of the bay to the depot's standards and keeps the area tidy.

2. ESSENTIAL TASKS (% of shift)
a) Reading job cards .............. 20%
b) Main fitting work at the bay ................... 45%
c) Lifting tyres .................. 25%
d) Clean-up .................................... 10%

3. ENVIRONMENT: indoor bay, noise, cold near the shutter in winter.
"""


def test_a_spot_in_the_workshop_is_no_sector() -> None:
    guide = parse_text(TYRE_FITTER_PDA, "tyre-fitter.txt")
    assert "bay" not in {fact.text.lower() for fact in guide.sectors}
    assert "Copperline Tyres Ltd" in {fact.text for fact in guide.employers}


ROOFER_GALLERY = """BUILDING TRADES ALLIANCE   Careers · Apprenticeships · Employers · Contact

Meet the apprentices: Roofers (also called slaters)
Filter: Trade = Roofer ✕      Showing 3 of 19

────────────────────────────────────────────
Priya, 19
Apprentice Roofer · Year 1 · Ridgetop Roofing Ltd
Before: Labourer
Kit I use: Slate rippers; Roofing hammers
Pay now: £6.90 an hour
"Nothing beats the view."
────────────────────────────────────────────
Tom, 22
Apprentice Roofer · Year 3 · Slatewise Contractors Ltd
Before: Warehouse Operative
Kit I use: Felt torches; Lead dressing tools
Pay now: £8.10 an hour
"Heights don't bother me now."
────────────────────────────────────────────
Grace, 27 — finished her apprenticeship in 2024
Roofer · Eaveline Heritage Roofing Ltd
Pay now: £30,200 a year
Next step: Roofing Supervisor, then Contracts Manager.
────────────────────────────────────────────

Building Trades Alliance: the facts
Typical route: Apprentice → Roofer → Senior Roofer → Roofing Supervisor
Average salary: £32,100
Senior Roofer: £34,000 – £40,000

Where roofers work: housebuilding, heritage repair
"""


def test_a_field_under_an_apprentice_card_names_no_employer() -> None:
    employers = {fact.text for fact in parse_text(ROOFER_GALLERY, "roofer.txt").employers}
    assert {"Ridgetop Roofing Ltd", "Slatewise Contractors Ltd"} <= employers
    assert "Labourer" not in employers
