"""Set 39's page types read at scale on generated corpora (helper carry39, 2026-12-05).
Every page here is invented: other posts, other wording, other figures than any fixture or
generated page."""

from __future__ import annotations

from pathlib import Path

from guide_facts import parsed_page

_STEWARD_POSTING = """Μετάφραση: Ελληνικά → Αγγλικά  ·  Show original  ·  Translated by a browser
ErgasiaNyn.gr   Ads | Pay | Firms | Login
Home › Jobs › Cruises › Piraeus
Steward / Stewardess (Καμαρότος/Καμαρότισσα) - Season 2028
Aegean Pearl Cruises · Piraeus, Attica
Earnings: 1.240,00 € gross monthly + board
Description of the positionOur ship is looking for a steward or stewardess for the season.
Responsibilities
- Cabin cleaning and linen changes
Required qualifications
- Good knowledge of English
"""


def test_gendered_title_pair_before_its_original(tmp_path: Path) -> None:
    """"A / B (ORIGINAL) - Season": the first form is the role, the other gender's form its
    alias, the bracketed original neither."""
    guide = parsed_page(tmp_path, "steward.txt", _STEWARD_POSTING)
    assert guide.role.text == "Steward"
    names = {a.text for a in guide.aliases}
    assert "Stewardess" in names
    assert not any("Καμαρ" in n for n in names)


def test_two_posts_on_one_title_line_are_not_merged(tmp_path: Path) -> None:
    """"Receptionist / Night Auditor (…)": two different posts, never one's alias."""
    text = _STEWARD_POSTING.replace("Steward / Stewardess (Καμαρότος/Καμαρότισσα)",
                                    "Receptionist / Night Auditor (Ρεσεψιόν)")
    guide = parse_file_safe(tmp_path, text)
    assert guide is None or "Night Auditor" not in {a.text for a in guide.aliases}


def parse_file_safe(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    try:
        return parsed_page(tmp_path, "reception.txt", text)
    except Exception:  # a rejected page merges nothing
        return None


_GARDENER_GUIDE = """Greenwood Estate Staffing   Telephone 020 7000 1234
HEAD GARDENERRole guide & salary survey 2027
A head gardener runs the grounds of a private estate.
Salaries
Live-out: £38,000 - £46,000 gross per annum
Skills
- Lawn care and pruning
WHO EMPLOYS THEM
Country estates, family offices and historic houses.
Privacy · Terms · Modern Slavery Statement · Greenwood Estate Staffing Ltd
"""


def test_footer_links_then_the_firm_are_no_employers(tmp_path: Path) -> None:
    """A footer of legal links ending in the site's firm with its legal form is chrome."""
    guide = parsed_page(tmp_path, "head-gardener.txt", _GARDENER_GUIDE)
    names = {e.text for e in guide.employers}
    assert not names & {"Privacy", "Terms", "Cookies", "Modern Slavery Statement",
                        "Greenwood Estate Staffing Ltd"}


_SURVEY_CADETSHIP = """SeaSkills Cadet Finder   Cadetships | Sponsors | Log in
Cadetships › Offshore › Survey Cadet
Train as a Hydrographic Surveyor — sponsored, with an allowance of up to £1,050 a month
What you will learn
Multibeam echo sounding; tide corrections; chart production.
Salary on qualifying: £31,000 – £37,000 a year.
"""

_PHARMACY_SCHEME = """Northshore Pharmacy Training Partnership
Home | The scheme | Apply
Train as a Pharmacy Technician with a £9,400 bursary and your fees paid
Pharmacy technicians prepare and check medicines in hospitals.
"""


def test_train_as_title_over_the_cadet_crumb(tmp_path: Path) -> None:
    """"Train as a X — …" / "Train as a X with a £N bursary": the post trained for is the
    role, over the breadcrumb's cadet rank and the offer after it."""
    assert parsed_page(tmp_path, "survey.txt", _SURVEY_CADETSHIP).role.text == (
        "Hydrographic Surveyor")
    assert parsed_page(tmp_path, "scheme.txt", _PHARMACY_SCHEME).role.text == "Pharmacy Technician"


_BRIDGE_PAYSLIP = """Staff Hub — Eastmere Canals Trust plc   Home | Rotas | My Pay | Sign out
My Pay › Guides › Operational grades
YOUR PAYSLIP EXPLAINED: BRIDGE OPERATOR
This guide walks a bridge operator through a monthly payslip.
Basic salary
Bridge operators are paid £27,400 a year.
"""

_MATCH_REPORT = """Ashgrove Borough Council — Staff Intranet   My HR | Policies | Log out
Intranet > HR > Organisational change > Redeployment
SUITABLE ALTERNATIVE EMPLOYMENT — MATCH REPORT
Current post: Parking Services Officer, Grade 5 (£27,100 – £29,300)
"""


def test_staff_portal_letterhead_names_the_employer(tmp_path: Path) -> None:
    """An employer's staff portal (a redeployment report, its intranet's pay guide) names the
    employer in its letterhead, after the portal's own name when one leads."""
    bridge = parsed_page(tmp_path, "bridge-operator.txt", _BRIDGE_PAYSLIP)
    assert [e.text for e in bridge.employers] == ["Eastmere Canals Trust plc"]
    parking = parsed_page(tmp_path, "parking-services-officer.txt", _MATCH_REPORT)
    assert "Ashgrove Borough Council" in [e.text for e in parking.employers]


_SETTER_GUIDE = """Working in Manitoba as a Tile Setter
A guide for internationally trained workers.
Several clients worked first as Flooring Helper or Stone Mason and moved into a tile setter \
post once registered.
Career path in Canada: Setter-in-Training → Tile Setter → Senior Tile Setter → Tiling Manager.
"""


def test_worked_first_as_and_a_trainee_status_rung(tmp_path: Path) -> None:
    """"worked first as A or B and moved into …": A and B came in (the next clause no
    title); a registered trainee status "X-in-Training" is a rung of the path."""
    guide = parsed_page(tmp_path, "tile-setter.txt", _SETTER_GUIDE)
    came_in = {m.text for m in guide.moves_in}
    assert {"Flooring Helper", "Stone Mason"} <= came_in
    assert not any(t.lower().startswith("moved") for t in came_in)
    rungs = [[r.text for r in chain] for chain in guide.progressions]
    assert ["Setter-in-Training", "Tile Setter", "Senior Tile Setter", "Tiling Manager"] in rungs


def test_past_clause_after_a_list_is_no_own_kind_title(tmp_path: Path) -> None:
    """"… and moved into a glaciologist post": the next clause, even when it ends in the
    page's own head noun."""
    text = ("Working in Yukon as a Glaciologist\nA guide for newcomers.\nSeveral clients "
            "worked first as Field Technician or Snow Surveyor and moved into a glaciologist "
            "post once registered.\n")
    came_in = {m.text for m in parsed_page(tmp_path, "glaciologist.txt", text).moves_in}
    assert {"Field Technician", "Snow Surveyor"} <= came_in
    assert not any(t.lower().startswith("moved") for t in came_in)
