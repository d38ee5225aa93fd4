"""Held-back set 29's structures studied by rules29a, on invented pages: a Thai posting read
through a browser's translator (baht, "Salary (baht):", the company's name, business type,
"If you used to be …", "Growth opportunity to …"), a union branch circular's subject, sign-off
and employer, and a hospital residency programme's trainee title and "What residents learn"."""

from __future__ import annotations

from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_money import page_currency
from careergraph.guides.read import parse_text

THAI = """Page translated from Thai into English   Show original   Always translate Thai
TH Jobs board  Home | Search jobs | Companies | Log in
Home > Jobs > Logistics > Pathum Thani

Forklift driver (คนขับรถโฟล์คลิฟท์)
Chao Phraya Cold Storage Co., Ltd.
Pathum Thani, Khlong Luang | Full-time | Posted 3 Dec 69 | Viewed 412 times

Position: Forklift Driver  3 positions
Salary (baht): 13,500 - 17,500
Workplace: Navanakorn Industrial Estate

Job description
1. Load and unload pallets in the cold room
2. Other tasks assigned by the supervisor

Property
- Male, age 20-45 years
- Can drive a reach truck and a counterbalance forklift
- Diligent, polite, can work as a team
- If you used to be a packing employee (packing operator) or loading assistant, we consider

Welfare
• Social security  • Diligence allowance 400 baht/month
• Growth opportunity to Warehouse Supervisor in the future

How to apply
Contact: Khun Somsak Tel. 02-xxx-1188  Line ID: @cpcold

Company information
Business type: Cold storage (frozen food for export)
Number of employees: 220 people
"""


def test_baht_after_a_figure_is_the_thai_currency_by_the_month() -> None:
    found = find_amounts("Chef de partie 21,000 - 26,000 baht")
    assert [(m.currency, m.low, m.high, m.period) for m in found] == [
        ("THB", 21000, 26000, "month")]
    daily = find_amounts("Wage 380 - 410 baht/day")
    assert [(m.currency, m.low, m.high, m.period) for m in daily] == [("THB", 380, 410, "day")]


def test_a_page_translated_from_thai_prices_its_bare_figures_in_baht() -> None:
    assert page_currency("Always translate Thai … Salary: 15,000 - 18,000 … 500 baht") == "THB"


def test_a_translated_thai_posting() -> None:
    guide = parse_text(THAI, "forklift.txt")
    assert guide.role.text == "Forklift Driver"
    assert [(s.currency, s.min, s.max, s.period) for s in guide.salaries] == [
        ("THB", 13500, 17500, "month")]
    # (the company line under the title; its legal suffix is still cut at its comma)
    assert all(e.text.startswith("Chao Phraya Cold Storage") for e in guide.employers)
    assert guide.employers
    assert [s.text for s in guide.sectors] == ["Cold storage"]
    moves_in = {f.text for f in guide.moves_in}
    assert {"Packing Operator", "Loading Assistant"} <= moves_in
    assert "Warehouse Supervisor" in {f.text for f in guide.leads_to}
    names = {f.text.lower() for f in guide.skills}
    assert "diligent" in names and not any("allowance" in n or "khun" in n for n in names)


CIRCULAR = """EASTERN TRAMWAY WORKERS' UNION (ETWU)
(Regd. No. 2210 – Affiliated to the Federation of Transport Unions)
Divisional Branch : HOWRAH (Eastern Railway)          Office : Depot Road
----------------------------------------------------------------------
Circular No. ETWU/HWH/08/2026                              Dated : 14.11.2026

To,
All Branch Secretaries and Members,
Howrah Division.

Sub : Promotion of Trackmen to the post of TRACK FITTER (SIGNALS) – procedure and pay.
Ref : (i) Board's letter No. 7/2026 dt. 02.03.2026

Dear Comrades,

Members have asked about the filling of Track Fitter (Signals) posts. Track Fitter (Points)
posts are filled separately.

1. ELIGIBILITY
   - Trackman with 3 years regular service

With greetings,
Comradely yours,
(P. K. Banerjee)
Divisional Secretary, ETWU / Howrah
Copy to : General Secretary, ETWU – for information.
"""


def test_a_circular_subject_names_its_post_with_the_bracket_that_tells_it_apart() -> None:
    guide = parse_text(CIRCULAR, "circular.txt")
    assert guide.role.text == "Track Fitter (Signals)"
    assert [e.text for e in guide.employers] == ["Eastern Railway"]
    named = {f.text for f in (*guide.leads_to, *guide.transitions_to)}
    assert not named & {"Divisional Secretary", "General Secretary"}


def test_a_bracket_no_sibling_shares_is_no_part_of_the_post() -> None:
    page = CIRCULAR.replace("Track Fitter (Points)\nposts", "Points\nposts")
    assert parse_text(page, "circular.txt").role.text == "Track Fitter"


RESIDENCY = """Find a Doctor   Locations   MyChart   Pay My Bill   Careers
NORTHGATE UNIVERSITY HOSPITAL
Home / Education / Pharmacy / Residency

PGY1 Pharmacy Residency Program (Pharmacist Resident)
Accredited by the accrediting body for pharmacy residencies

Overview
Our one-year programme trains Pharmacist Residents across the hospital.

What residents learn
Antimicrobial stewardship · anticoagulation dosing · sterile compounding · medication reconciliation

Stipend
Residents receive a stipend of $49,800 per year.

Privacy · Price Transparency · © 2026 Northgate University Hospital
"""


def test_a_programme_title_names_its_trainee_as_the_role() -> None:
    guide = parse_text(RESIDENCY, "pharm.txt")
    assert guide.role.text == "Pharmacist Resident"
    names = {f.text.lower() for f in guide.skills}
    assert {"antimicrobial stewardship", "sterile compounding"} <= names
    # (the hospital whose programme page it is employs its residents)
    assert [e.text for e in guide.employers] == ["Northgate University Hospital"]


def test_an_industry_aside_in_lower_case_is_no_part_of_it() -> None:
    page = ("Welder\n\nOverview\nWelds frames.\n\nCompany information\n"
            "Industry: Paper industry – corrugated boxes for export\n")
    assert [s.text for s in parse_text(page, "w.txt").sectors] == ["Paper industry"]


TRAM_CIRCULAR = """HARBOUR TRAMWAYMEN'S ASSOCIATION
(Regd. No. 318 – Affiliated to the Federation of Transport Unions)
Divisional Branch : SOUTH END (Coastal Railway)
Circular No. HTA/SE/04/2026                              Dated : 03.10.2026

Sub : Promotion of Conductors to the post of TRAM DRIVER (CITY) – selection and pay.

Dear Comrades,

1. CHANNEL OF PROMOTION
   Conductor (CDR) → Tram Driver (Depot) → Tram Driver (City) → Tram Driver (Express)

2. WRITTEN TEST – The selection will test:
   - knowledge of the Rule Book (RB) and the Signal Manual
   - fault finding on trams (T-68, T-71) and ATP / ETCS

3. PAY ON PROMOTION (7th CPC pay matrix)
   | Post                     | Level     | Pay range (Rs.)    |
   | Tram Driver (Depot)      | Level-4   | 25,500 – 81,100    |
   | Tram Driver (City)       | Level-5   | 29,200 – 92,300    |
   | Tram Driver (Express)    | Level-6   | 35,400 – 1,12,400  |

With greetings,
Comradely yours,
(A. N. Rao)
Divisional Secretary, HTA
"""


def test_a_circular_on_promotion_to_one_grade() -> None:
    guide = parse_text(TRAM_CIRCULAR, "tram.txt")
    assert guide.role.text == "Tram Driver (City)"
    pay = {(s.role, s.min, s.max, s.currency, s.period)
           for s in guide.salaries}
    assert pay == {("Tram Driver (Depot)", 25500, 81100, "INR", "month"),
                   (None, 29200, 92300, "INR", "month"),
                   ("Tram Driver (Express)", 35400, 112400, "INR", "month")}
    ladder = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Conductor", "Tram Driver (Depot)", "Tram Driver (City)",
            "Tram Driver (Express)"] in ladder
    names = {f.text for f in guide.skills}
    assert {"Rule Book", "Signal Manual", "T-68", "ATP", "ETCS"} <= names
    assert not {f.text for f in guide.leads_to} & {"Divisional Secretary"}


def test_a_circular_headline_names_the_post_and_the_company_agreed_with() -> None:
    page = ("UNITE the union  ·  Eastbay Coaches Branch\nBRANCH CIRCULAR  No. 4/2026\n\n"
            "PROMOTION TO DEPOT CONTROLLER – NEW PROCEDURE\n\nBrothers, Sisters and Friends,\n\n"
            "The Branch has reached agreement with Eastbay Coaches on a new procedure.\n\n"
            "SELECTION\nWritten test on:  duty rostering;  vehicle allocation;  radio procedure\n\n"
            "In solidarity,\nJo Marsh, Branch Secretary\n")
    guide = parse_text(page, "c.txt")
    assert guide.role.text == "Depot Controller"
    assert [e.text for e in guide.employers] == ["Eastbay Coaches"]
    assert {"duty rostering", "vehicle allocation"} <= {f.text for f in guide.skills}


GRADUATE = """Northbay Health   |  Careers  |  About us
Careers › Graduate programs › Allied Health

GRADUATE SONOGRAPHER PROGRAM 2027

Program at a glance
 Rotation 1 – Obstetrics Clinic: nuchal translucency scans, fetal biometry
 Rotation 2 – Vascular Lab: carotid duplex, venous mapping with a wireless probe (Lumify)

Eligibility
We welcome graduates who have previously worked as Radiology Assistants.

Where to next?
Our sonographers have progressed to Senior Sonographer or Sonography Team Leader.  Others
take up positions with private providers such as Lumen Imaging and Harbour Radiology.
"""


def test_a_graduate_programme_page() -> None:
    guide = parse_text(GRADUATE, "grad.txt")
    assert guide.role.text in ("Sonographer", "Graduate Sonographer")
    names = {f.text.lower() for f in guide.skills}
    assert {"fetal biometry", "carotid duplex", "lumify"} <= names
    assert {"Senior Sonographer", "Sonography Team Leader"} <= {f.text for f in guide.leads_to}
    assert {"Lumen Imaging", "Harbour Radiology"} <= {e.text for e in guide.employers}


def test_a_field_with_its_workers_in_a_bracket_names_them() -> None:
    page = ("Hospice Nurse Resident\n\nOverview\nA residency year.\n\nWho joins\n"
            "Recent residents have come to us from community care (district nurses and "
            "practice nurses), and from agency work.\n")
    moves_in = {f.text for f in parse_text(page, "n.txt").moves_in}
    assert {"District Nurse", "Practice Nurse"} <= moves_in


def test_graduates_working_as_a_title_in_kinds_of_place() -> None:
    page = ("Orthoptics Residency Program (Orthoptist Resident)\n\nAfter the residency\n"
            "Our graduates now work as Orthoptists "
            "in hospitals, eye clinics and schools, including at Brightwater Eye Hospital.\n")
    guide = parse_text(page, "o.txt")
    assert {"hospitals", "eye clinics", "schools"} <= {s.text for s in guide.sectors}


def test_a_leader_row_title_with_a_lower_case_aside_owns_its_rate() -> None:
    page = ("Ticket Examiner\n\nOverview\nExamines tickets on trains.\n\nPay\n"
            "   Guard (for comparison) ............ £16.10 per hour\n"
            "   Ticket Examiner ................... £18.40 per hour\n")
    pay = {(s.role, s.min) for s in parse_text(page, "t.txt").salaries}
    assert pay == {("Guard", 16.1), (None, 18.4)}


def test_a_cents_comma_beside_a_decimal_point_is_one() -> None:
    found = find_amounts("A Grade 2 technologist earns $38,45 – $44.90 per hour.")
    assert [(m.low, m.high, m.period) for m in found] == [(38.45, 44.9, "hour")]


def test_a_mastery_bullet_in_a_skills_list() -> None:
    page = ("Kiln Operator\n\nQualifications\n- Can read pyrometers and a kiln log, "
            "basic electrical knowledge\n- Understand kiln loading (for example Orton cones)\n")
    names = {f.text for f in parse_text(page, "k.txt").skills}
    assert {"pyrometers", "kiln log", "Orton cones", "kiln loading"} <= names
