"""Set 40's page types read at scale on generated corpora (helper carry40, 2026-12-05).
Every page here is invented: other posts, other wording, other figures than any fixture or
generated page."""

from __future__ import annotations

from pathlib import Path

from guide_facts import parsed_page

_GLAZIER_BLOG = """SkillsHub Blog  Home  Jobs  Trade Test  Bursaries  Contact
Trade Test Certificate for Glaziers in Ghana: Levels, Fees and Pay
by Kofi M. | Updated March 3, 2027 | 8 Comments
Table of Contents
1. Levels
2. Pay
Levels
A glazier fits glass in windows, doors and shopfronts.
What is tested
You will be tested on: measuring openings; cutting glass; fitting double glazing.
"""


def test_a_brand_glued_to_a_narrow_menu_is_no_heading(tmp_path: Path) -> None:
    """"SkillsHub Blog  Home  Jobs  …": a menu bar whose links are parted by two spaces
    opens with the site's brand, no skills heading; the byline and the contents are no
    skills."""
    guide = parsed_page(tmp_path, "glazier.txt", _GLAZIER_BLOG)
    skills = {s.text for s in guide.skills}
    assert "cutting glass" in skills
    assert not skills & {"8 Comments", "Table of Contents", "Hub Blog", "Updated March 3"}


_PACK = """KESTREL VALE INSTITUTE OF TECHNOLOGY
Appointment of
Director of Estates and Facilities
Candidate Information Pack      Ref: QX-4410
Contents
Welcome from the Rector .................................. 3
The role
The Director of Estates and Facilities leads a team of ninety staff across two campuses.
"""

_TRUST_PACK = """Brockwell Learning Partnership
DIRECTOR OF OPERATIONS
Recruitment Pack - January 2028 start
Brockwell Learning Partnership is a group of eleven primary schools.
The role
The Director of Operations runs estates, finance and human resources.
"""


def test_a_candidate_packs_letterhead_employs_the_post(tmp_path: Path) -> None:
    """The body on a candidate pack's first line is the employer: "X Institute of Y" (an
    organisation's word before "of") and a schools partnership."""
    guide = parsed_page(tmp_path, "estates.txt", _PACK)
    assert "Kestrel Vale Institute of Technology" in {e.text for e in guide.employers}
    guide = parsed_page(tmp_path, "operations.txt", _TRUST_PACK)
    assert "Brockwell Learning Partnership" in {e.text for e in guide.employers}


_BANK = """Fenmoor Community Health NHS Trust
Home | Our services | Work for us | Staff Bank | Contact us
Work for us > Staff Bank > Bank roles
Join the Bank: Dental Nurse
Choose your own shifts across our community dental clinics.
About the role
You will support dentists in clinics for children and adults.
"""


def test_a_staff_banks_letterhead_employs_the_post(tmp_path: Path) -> None:
    guide = parsed_page(tmp_path, "dental-nurse.txt", _BANK)
    assert "Fenmoor Community Health NHS Trust" in {e.text for e in guide.employers}


_EXPORT = """Brackley Downs College - Talent Recruiting Module (export)   Exported 2027-02-01
Field | Value
Requisition Number | 27-ADM-00412
Position Title | Admissions Officer
Working Title | Admissions Officer - International Recruitment
Department | Admissions
"""

_PRINT_VIEW = """TalentDesk  >  Requisitions  >  R-0012345  >  Print
REQUISITION DETAIL                                        Page 1 of 2
Req ID: R-0012345        Status: Approved - Open
Job Profile: Radiology Scheduler
Department: 4410 Imaging | Company: Harrow Ridge Health System
Location: Harrow Ridge Regional Hospital - East Campus, Dayton, OH
Reason for Requisition: New position
"""


def test_a_requisitions_organisation_employs_the_post(tmp_path: Path) -> None:
    """An export's letterhead "X - … Recruiting Module (export)" names the employer before
    the dash; a print view's "Location:" field names the site that employs the post."""
    guide = parsed_page(tmp_path, "admissions.txt", _EXPORT)
    assert "Brackley Downs College" in {e.text for e in guide.employers}
    guide = parsed_page(tmp_path, "scheduler.txt", _PRINT_VIEW)
    assert "Harrow Ridge Regional Hospital" in {e.text for e in guide.employers}


def test_a_requisitions_job_profile_names_the_role(tmp_path: Path) -> None:
    """"Req ID: …" and "Job Profile: X        Job Code: N": a requisition's header is a
    notice's; its job profile is the role (the next field after the gap no part of it)."""
    guide = parsed_page(tmp_path, "r-0012345.txt", _PRINT_VIEW)
    assert guide.role.text == "Radiology Scheduler"


def test_a_certificates_page_title_names_its_holders_post(tmp_path: Path) -> None:
    """"Trade Test Certificate for Glaziers in Ghana: …": the post its holders do."""
    guide = parsed_page(tmp_path, "trade-test-page.txt", _GLAZIER_BLOG)
    assert guide.role.text == "Glazier"
    text = _GLAZIER_BLOG.replace("for Glaziers in Ghana", "for Tilers (Wall and Floor) in Ghana")
    guide = parsed_page(tmp_path, "trade-test-page.txt", text)
    assert guide.role.text == "Tiler"


_ROSTER = """Harbour Relief Alliance  |  Who we are  What we do  Emergencies  Careers  DONATE
Careers > Surge Roster > Roster profiles > Water
ROSTER PROFILE  WSH-02
Water Engineer (Surge Roster)
What you will do on deployment
Borehole rehabilitation; water trucking; chlorination.
Who joins this roster
Civil Engineers, Site Supervisors and Plumbing Supervisors from our country programmes.
Standby partners
Roster members are loaned to UNOPS, IOM and UNHCR for up to 5 months.
Sector: Humanitarian aid
"""


def test_a_roster_names_who_joins_and_the_agencies_it_loans_to(tmp_path: Path) -> None:
    """"Who joins this roster" heads moves in; "are loaned to A, B and C" names employers,
    agencies known by their letters among them."""
    guide = parsed_page(tmp_path, "water-engineer.txt", _ROSTER)
    assert {"Civil Engineer", "Site Supervisor"} <= {m.text for m in guide.moves_in}
    assert {"UNOPS", "IOM", "UNHCR"} <= {e.text for e in guide.employers}


def test_an_operation_led_by_an_agency_is_that_agency(tmp_path: Path) -> None:
    """"DEPLOYS TO :: UNHCR-led Protection Cluster operations, UNFPA": the agency leads."""
    text = _ROSTER.replace("Roster members are loaned to UNOPS, IOM and UNHCR for up to 5 months.",
                           "UNHCR-led Protection Cluster operations, UNFPA, Oxfam")
    guide = parsed_page(tmp_path, "water-engineer.txt", text)
    employers = {e.text for e in guide.employers}
    assert {"UNHCR", "UNFPA", "Oxfam"} <= employers
    assert not any("-led" in name for name in employers)


def test_an_allowance_given_by_example_is_no_pay(tmp_path: Path) -> None:
    """"Daily subsistence allowance (DSA) at UN rates, e.g. USD 165 per day": "e.g." ends
    no sentence, so the allowance named before it still owns the figure (no pay)."""
    text = _ROSTER.replace("Standby partners\n", "Conditions\nSalary band: USD 3,900 - 4,800 per "
                           "month net\nDaily subsistence allowance (DSA) at UN rates, e.g. USD "
                           "165 per day in Kakuma\nStandby partners\n")
    guide = parsed_page(tmp_path, "water-engineer.txt", text)
    assert {(s.min, s.max) for s in guide.salaries} == {(3900, 4800)}


def test_a_sites_long_menu_names_no_document(tmp_path: Path) -> None:
    """"Staff login" among a university site's many menu links is no staff document: the
    institute on the first line employs no one on its careers page."""
    text = ("Wattle Bay Institute of Technology\n"
            "Future students   Current students   Research   Industry   Alumni   Library   "
            "Staff login\n"
            "Marine Biologist\n"
            "A marine biologist studies life in the sea.\n")
    guide = parsed_page(tmp_path, "marine-biologist.txt", text)
    assert "Wattle Bay Institute of Technology" not in {e.text for e in guide.employers}
