"""Exhibitor directories, pay review tables and returner pages, second pass (helper
rules34a2, 2026-12-05): requirement lines of products, facet lines of sectors, learner grades,
comparison tables and returners' earlier posts, each on invented pages."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.requirement_items import comma_requirements


def _guide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _owned(guide) -> dict[tuple[float | None, float | None], str | None]:  # type: ignore[no-untyped-def]
    """Each salary's figures and the title owning them (None: the role's own)."""
    return {(s.min, s.max): s.role for s in guide.salaries}


_DIRECTORY = """MIDLANDS FOOD PLANT JOBS DAY — EXHIBITOR DIRECTORY                    Page 2 of 6
Derby Arena  |  Tuesday 9 March  |  10 AM – 3 PM
Looking for MIXER OPERATOR jobs? Mixers are also called dough mixers or batch operators.

BOOTH 12 ★ HARTWELL BAKERIES (Derby)
Openings: Mixer Operator – 5 positions; Hygiene Operative – 2
Pay: $19.10 – $22.40/hr
Requirements: batch weighing, allergen control, metal detection, SAP ERP, forklift (trained on site)
BOOTH 15 ★ TRENT SNACKS
Openings: Mixer Operator · Line Leader
Pay: Mixer Operator $20.00/hr | Line Leader $24.50/hr
Requirements: hygiene rules, dough handling, lockout/tagout (LOTO), Microsoft Excel

Industry tags in this section: Bakery · Snacks · Dairy · Frozen foods
Median pay, food batchmakers, Ohio (state LMI, 2029): $19.40/hr
Nearby: cafe on Level 2 · Parking lot B · Page 2 of 6
"""


def test_a_posts_line_is_no_page_title(tmp_path: Path) -> None:
    """"Openings: X – 5 positions" near the top lists an entry's posts; the directory's
    "Looking for X jobs?" names the role."""
    assert _guide(tmp_path, _DIRECTORY).role.text == "Mixer Operator"


def test_a_requirement_line_gives_products_and_written_items(tmp_path: Path) -> None:
    """Beside plain skills, a product's name, a slash pair with its initialism and a
    lower-case aside's item are skills too."""
    skills = {s.text for s in _guide(tmp_path, _DIRECTORY).skills}
    assert {"batch weighing", "SAP ERP", "forklift", "lockout/tagout", "dough handling",
            "Microsoft Excel"} <= skills
    assert not any("trained" in name or "LOTO" in name for name in skills)


def test_products_need_plain_skills_beside_them() -> None:
    """A line of places or of names alone is no list of skills."""
    assert comma_requirements("Leeds, Bradford, Harrogate") == []
    assert comma_requirements("Sage Payroll, Xero, Leeds") == []
    assert comma_requirements("stock rotation, pallet wrapping, permit-to-work, Oracle WMS") == [
        "stock rotation", "pallet wrapping", "permit-to-work", "Oracle WMS"]


def test_a_facet_line_of_dotted_sectors_is_that_line_only(tmp_path: Path) -> None:
    """"Industry tags in this section: A · B" lists sectors; the footer after it none."""
    sectors = {s.text for s in _guide(tmp_path, _DIRECTORY).sectors}
    assert {"Bakery", "Snacks", "Dairy", "Frozen foods"} <= sectors
    assert not any("Parking" in name or "cafe" in name for name in sectors)


_ADVISORY = """NATIONAL PAY COUNCIL
Ref: NPC/HS/7/(22)                                                    Date: 3rd May, 2029

RE: ADVISORY ON THE REMUNERATION FOR PHARMACY TECHNOLOGISTS IN THE COUNTY HEALTH SERVICE

1. The Council advises on the Pharmacy Technologist cadre.

2. BASIC SALARY (per month):

| Grade | Job Group | Minimum | Maximum |
| Pharmacy Technologist Intern | - | 41,200 (stipend) | - |
| Pharmacy Technologist III | H | 35,100 | 47,900 |
| Pharmacy Technologist II | J | 42,300 | 58,800 |
| Senior Pharmacy Technologist | L | 61,000 | 80,500 |
| Chief Pharmacy Technologist | P | 99,000 | 130,400 |
"""


def test_a_learner_word_after_the_role_is_its_level(tmp_path: Path) -> None:
    """"Pharmacy Technologist Intern" is the role at its intern level; the chief's band
    stays the chief's."""
    guide = _guide(tmp_path, _ADVISORY)
    owned = _owned(guide)
    assert owned[(41200, 41200)] is None
    assert owned[(99000, 130400)] == "Chief Pharmacy Technologist"
    assert next(s.level for s in guide.salaries if s.min == 41200) == "intern"


_CHAPTER = """Independent report
Science Pay Panel: 9th report 2029 — summary for clinical scientists and clinical engineers

Chapter 3: Clinical scientists

3.1 Clinical scientists work in pathology, imaging and physiology departments.

Table 3.1: Clinical scientist pay scale, England
Pay point | 1 April 2028 | 1 April 2029 (recommended)
Point 1 | £44,100 | £45,900
Point 2 | £49,700 | £51,700

Table 3.2: Other staff groups, 1 April 2029 (recommended), for comparison
Consultant (2020 terms) ........ £88,400 – £101,300
Lab support worker (band 2) £24,100
"""


def test_comparison_rows_belong_to_their_titles(tmp_path: Path) -> None:
    """Rows under a "…, for comparison" caption are other titles' pay, a lower-case or
    figured aside after the title being the grade it is at."""
    owned = _owned(_guide(tmp_path, _CHAPTER))
    assert owned[(88400, 101300)] == "Consultant"
    assert owned[(24100, 24100)] == "Lab Support Worker"
    assert owned[(44100, 44100)] is None


_RETURNERS = """HARTLEY QUINN  Chartered Tax Advisers
Home | Services | People | Careers

BACK TO TAX: OUR RETURNER PROGRAMME FOR TAX ADVISERS
4-month paid returnship · Leeds or York

+ Who is it for?
Chartered Tax Advisers who stepped away for two years or more. We have also welcomed
returners who practised as revenue inspectors at the tax authority.

+ What is the pay?
Returners are paid a full-time equivalent salary:
  Qualified Tax Adviser returner . £61,000 – £70,000
For comparison, our Trainee Tax Advisers start on £29,000 and Senior Managers earn \
£88,000 – £99,000. Plus a discretionary bonus.

+ What happens after the programme?
Most returners stay with us. A few have chosen to move in-house afterwards as Tax Managers \
with a client.
"""


def test_returners_earlier_and_later_posts(tmp_path: Path) -> None:
    """"Returners who practised as X" came from X; "move in-house afterwards as Y" is a
    sideways move."""
    guide = _guide(tmp_path, _RETURNERS)
    assert "Revenue Inspector" in {m.text for m in guide.moves_in}
    assert "Tax Manager" in {m.text for m in guide.transitions_to}


def test_a_later_clause_after_and_names_its_own_title(tmp_path: Path) -> None:
    """"… start on £29,000 and Senior Managers earn £88,000 – £99,000": the second figure is
    the Senior Managers'."""
    owned = _owned(_guide(tmp_path, _RETURNERS))
    assert owned[(88000, 99000)] == "Senior Manager"
    assert owned[(61000, 70000)] is None


def test_came_into_a_field_as_names_an_earlier_post(tmp_path: Path) -> None:
    """"Several panellists came into surveying as Chainmen or Draughtsmen" on a directory."""
    text = _DIRECTORY.replace(
        "Industry tags", "PANEL — Several panellists came into food production as Bakers or "
        "Warehouse Operatives.\n\nIndustry tags")
    moved_in = {m.text for m in _guide(tmp_path, text).moves_in}
    assert {"Baker", "Warehouse Operative"} <= moved_in


def test_an_advisory_paragraph_of_competences_and_comparisons(tmp_path: Path) -> None:
    """"Core competences for appointment and promotion: a; b; c (from Senior X)" lists
    skills (the bracket says from when, no item); "compared with N for Registered Nurses"
    gives that figure to the nurses."""
    text = _ADVISORY + (
        "\n3. Core competences for appointment and promotion: dispensing accuracy; stock "
        "control; patient counselling; team leadership (from Senior Pharmacy Technologist).\n"
        "\n4. COMPARISON. The median basic salary of Pharmacy Technologists after this review "
        "will be 52,800 per month, compared with 57,100 for Registered Nurses at comparable "
        "stages.\n")
    guide = _guide(tmp_path, text)
    skills = {s.text for s in guide.skills}
    assert {"dispensing accuracy", "stock control", "team leadership"} <= skills
    assert not any("from " in name for name in skills)
    owned = _owned(guide)
    assert owned[(57100, 57100)] == "Registered Nurse"
    assert owned[(52800, 52800)] is None


_SCALE = """Independent report
Science Pay Panel: 9th report 2029 — summary for clinical scientists and clinical engineers

Chapter 3: Clinical scientists

3.1 Clinical scientists work in pathology, imaging and physiology departments.

Table 3.1: Clinical scientist pay scale, England
Pay point | Years of experience | 1 April 2028 | 1 April 2029 (recommended)
Point 1 | 0 – 2 | £44,100 | £45,900
Point 2 | 3 – 5 | £49,700 | £51,700
Point 3 | 6 – 9 | £53,300 | £55,100
Point 4 (top) | 10+ | £58,000 | £60,300
"""


def test_pay_points_are_no_rungs_and_a_noted_point_is_read(tmp_path: Path) -> None:
    """A pay scale's "Point 1", "Point 2" rows are points of one scale, no ladder; "Point 4
    (top)" is a point with a note, its figures the role's."""
    guide = _guide(tmp_path, _SCALE)
    assert not any("Point" in m.text for m in [*guide.leads_to, *guide.moves_in])
    assert not any("Point" in rung.text for chain in guide.progressions for rung in chain)
    owned = _owned(guide)
    assert owned[(58000, 58000)] is None and owned[(60300, 60300)] is None
