"""Set 41's page types read at scale on generated corpora (helper carry41, 2026-12-06).
Every page here is invented: other posts, other wording, other figures than any fixture or
generated page."""

from __future__ import annotations

from pathlib import Path

from guide_facts import parsed_page

_BUDGET = """FY 2029-30 PROPOSED BUDGET | COMMUNITY SERVICES | PAGE 4-77
Marrow Bend County · Library Services Department
Budget Unit 2210 · Fund 0001 General
Program Description
The Library Services Department staffs its branches with Library Assistants, who rely on \
cataloguing and reader advice.
The Library Assistant class series has levels I, II and III, with a Branch Supervisor above it \
and a Library Services Director at the top. Most new hires come from Page and Clerk posts.
Position Summary
Class Code | Classification | Grade | Annual Range | FY Adopted | FY Proposed
2210 | Library Assistant I | 31 | $36,120 - $44,480 | 9.0 | 9.0
2211 | Library Assistant II | 33 | $39,880 - $48,010 | 6.0 | 7.0
Budget Highlights
Salaries and Benefits rise to $2,718,000 with pension loading; bilingual pay ($110/month) is \
budgeted separately.
"""


def test_a_class_series_with_its_article_names_the_role_and_ladder(tmp_path: Path) -> None:
    """"The X class series has levels I, II and III, with an A above it and a B at the top":
    the role is X (no article), the ladder X → A → B; the budget's total and its bilingual
    pay are no pay, the schedule's rows stay."""
    guide = parsed_page(tmp_path, "library-assistant.txt", _BUDGET)
    assert guide.role is not None and guide.role.text == "Library Assistant"
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert ["Library Assistant", "Branch Supervisor", "Library Services Director"] in ladders
    mins = {band.min for band in guide.salaries}
    assert 36120 in mins and 39880 in mins
    assert 2718000 not in mins and 110 not in mins


def test_a_persons_pay_rising_to_a_figure_stays_pay(tmp_path: Path) -> None:
    """Only a budget's "salaries and benefits" total is spending: "pay rises to £X" is a
    worker's pay."""
    page = ("Tram Driver\nPay\nA trainee tram driver starts on £27,500; pay rises to £33,900 "
            "after the first year.\n")
    guide = parsed_page(tmp_path, "tram-driver.txt", page)
    assert 33900 in {band.min for band in guide.salaries}


_POSITION = """Position Description: Youth Minister(Pastor for Students)
Stonebrook Community Church · Worship · Serve · Give
The position
The Youth Minister reports to the Lead Pastor and leads the midweek youth group.
"""

_APOSTROPHE = """Position Description: Women's Minister(Director of Women's Ministries)
Stonebrook Community Church · Worship · Serve · Give
The position
The Women's Minister reports to the Lead Pastor and runs the Bible study groups.
"""


def test_a_labelled_title_with_a_glued_bracket_names_the_post(tmp_path: Path) -> None:
    """"Position Description: X(Other Name)": the post is X, the label and the bracket are
    no part of it (also with a possessive in the title)."""
    guide = parsed_page(tmp_path, "youth.txt", _POSITION)
    assert guide.role is not None and guide.role.text == "Youth Minister"
    guide = parsed_page(tmp_path, "womens.txt", _APOSTROPHE)
    assert guide.role is not None and guide.role.text == "Women's Minister"


_FOI = """Freedom of Information request FOI-7781
Response
1. The Environmental Health Officer is on Grade 8 (£38,220 - £41,010 a year). The post above it, \
Environmental Health Team Leader, is paid £45,300 - £48,770; the post below, Environmental Health \
Technician, £31,400 - £34,120.
"""


def test_posts_named_in_apposition_own_their_pay(tmp_path: Path) -> None:
    """"The post above it, X, is paid £a - £b; the post below, Y, £c - £d": X's and Y's
    pay, the role's own grade stays the role's."""
    guide = parsed_page(tmp_path, "environmental-health-officer.txt", _FOI)
    owners = {band.min: band.role for band in guide.salaries}
    assert owners[38220] is None
    assert owners[45300] == "Environmental Health Team Leader"
    assert owners[31400] == "Environmental Health Technician"


_PROFILE = """Diocese of Fallowmere · About us · Vacancies
Parish Profile: St Wendreda's, Lower Oakham
Who we are looking for
We hope for a priest who loves village life.
Person specification: Preaching; pastoral care.
Terms and housing
The stipend is £31,020 a year, paid by the Diocese of Fallowmere. A three-bedroom vicarage is \
provided, with working expenses (about £1,980) reimbursed.
For comparison, our Assistant Curate receives £27,340 and the Parish Secretary is paid £14.75 an \
hour.
"""


def test_a_parish_profiles_terms_and_the_posts_beside_the_stipend(tmp_path: Path) -> None:
    """"Terms and housing" heads the pay (no skill); working expenses in brackets are no
    pay; "our X receives £a and the Y is paid £b" gives each post its own figure."""
    guide = parsed_page(tmp_path, "vicar.txt", _PROFILE)
    assert not {s.text for s in guide.skills} & {"Terms and housing", "Terms", "housing"}
    owners = {band.min: band.role for band in guide.salaries}
    assert owners[31020] is None
    assert 1980 not in owners
    assert owners[27340] == "Assistant Curate"
    assert owners[14.75] == "Parish Secretary"


_CIRCULAR = """ALL INDIA ROADWAYS STAFF UNION
Depot Branch
Circular No. 12/2027                    Date: 03.02.2027
Sub: Filling up of the post of Depot Clerk (Stores) – channel and eligibility.
Dear Comrades,
The depot has notified 6 vacancies. After our meeting the position is as below.
1. Channel of promotion
   Junior Clerk → Depot Clerk (Stores) → Head Clerk
2. Pay
   Depot Clerk (Stores): Level 4; Depot Clerk (Accounts): Level 4.
"""


def test_a_circulars_filling_up_of_the_post_names_it(tmp_path: Path) -> None:
    """"Sub: Filling up of the post of X (Kind)": the post the circular is about (its kind
    kept when the page names the title with another kind); the page was rejected."""
    guide = parsed_page(tmp_path, "circular.txt", _CIRCULAR)
    assert guide.role is not None and guide.role.text == "Depot Clerk (Stores)"


_GRANT = """Maple Fen University Research Repository › Grants
JUSTIFICATION OF RESOURCES
Staff: Imaging Technician (IT), 100% FTE for 24 months
The post is costed at Grade 5, spine points 18 to 21 (£28,110 - £30,940); failing that we would \
appoint at the Grade 4 entry point of £25,770.
Research Fellow: one post at £39,150 for 12 months.
"""

_BUDGET_JUSTIFICATION = """Budget Justification: the HOMEWALK study
A. Senior/Key Personnel
[Redacted], Data Manager (0.6 calendar months), base salary $71,200.
B. Other Personnel
To Be Named, Clinical Research Coordinator (CRC), 12 calendar months. Base salary $52,900.
"""


def test_a_grants_costed_post_on_a_pay_spine(tmp_path: Path) -> None:
    """A UK grant's post "costed at Grade N, spine points a to b (£…)" and "the Grade M
    entry point of £…" are the role's pay; "X: one post at £…" is X's."""
    guide = parsed_page(tmp_path, "imaging-technician.txt", _GRANT)
    owners = {band.min: band.role for band in guide.salaries}
    assert owners[28110] is None and owners[25770] is None
    assert owners[39150] == "Research Fellow"


def test_a_redacted_person_without_degrees_costs_their_post(tmp_path: Path) -> None:
    """"[Redacted], X (0.6 calendar months), base salary $…": X's pay, not the role's."""
    guide = parsed_page(tmp_path, "clinical-research-coordinator.txt", _BUDGET_JUSTIFICATION)
    owners = {band.min: band.role for band in guide.salaries}
    assert owners[71200] == "Data Manager"
    assert owners[52900] is None


_POSTING = """Translate ▸ Hungarian → English   Show original
AllásPont.hu  Állások | Cégek | Belépés
Főoldal › Állások › Festő
Painter
Színes Fal Kft. · Kecskemét · Feladva: 4 napja · 12 jelentkező
bruttó 430 000 - 480 000 Ft/hó
Előrelépés / Career with us
For information: a Lead Painter earns bruttó 520 000 Ft/hó and a Site Manager bruttó 610 000 Ft/hó.
"""

_AGENCY = """Page translated · Original language: Hungarian
DUNAPART MUNKAERŐ KFT.  Jobs | For companies | Contact
Packing operator (csomagoló) - Komárom
Our partner Tatai Doboz Zrt., which makes cardboard boxes in Komárom, is looking for packers. \
Employment by Dunapart Munkaerő Kft.
bruttó 1 950 Ft/óra, 3 shifts
"""


def test_a_postings_firm_under_its_title_employs(tmp_path: Path) -> None:
    """A firm with its legal form on the line under the title ("Firm Kft. · Town · Posted
    …") employs the role, however the title was found; an agency's "Our partner X Zrt.,
    which …" right under the title names the partner, never the agency."""
    guide = parsed_page(tmp_path, "painter.txt", _POSTING)
    assert "Színes Fal Kft." in {e.text for e in guide.employers}
    guide = parsed_page(tmp_path, "packing-operator.txt", _AGENCY)
    employers = {e.text for e in guide.employers}
    assert "Tatai Doboz Zrt." in employers and "Dunapart Munkaerő Kft." not in employers


def test_a_second_title_with_its_verb_left_out_and_a_floor_after_the_month(
        tmp_path: Path) -> None:
    """"a Lead X earns bruttó a and a Y bruttó b": a is the role's at Lead, b is Y's;
    "400 000 Ft/hó-tól" is a floor (open-ended)."""
    guide = parsed_page(tmp_path, "painter.txt", _POSTING)
    owners = {band.min: band for band in guide.salaries}
    assert owners[520000].role is None and owners[520000].level == "lead"
    assert owners[610000].role == "Site Manager"
    floor = parsed_page(tmp_path, "plasterer.txt", "Plasterer\nFizetés / Pay\n"
                        "bruttó 400 000 Ft/hó-tól, from the first month\n")
    band = next(band for band in floor.salaries if band.min == 400000)
    assert band.open_ended and band.max is None


_JSONLD = """We use cookies to improve your visit. Accept all   Settings
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@type": "JobPosting",
  "title": "Line Cook",
  "hiringOrganization": {"@type": "Organization", "name": "Saltmarsh Kitchen LLC"},
  "baseSalary": {
    "@type": "MonetaryAmount",
    "currency": "USD",
    "value": {"@type": "QuantitativeValue", "minValue": 17.0, "maxValue": 21.5, "unitText": "HOUR"}
  }
}
</script>
Line Cook
Saltmarsh Kitchen · Brisbane Street, Fall River
Run the Darwin grill station and keep the walk-in stocked.
Pay: $17.00 - $21.50/hr plus tip share (about $4.50/hr) and a shift meal.
"""


def test_a_jsonld_blocks_dollar_is_the_pages(tmp_path: Path) -> None:
    """A JobPosting block's USD is what the text's bare "$" means, whatever place names
    the duties print ("Darwin grill", "Brisbane Street"); a tip share in brackets after the
    pay is no pay."""
    guide = parsed_page(tmp_path, "line-cook.txt", _JSONLD)
    assert {band.currency for band in guide.salaries} == {"USD"}
    assert 4.5 not in {band.min for band in guide.salaries}
    assert 17.0 in {band.min for band in guide.salaries}
