"""Leftovers of sets 48 and 49, real46, fixes92 and fresh59 (helper fixes95, stop 58): a
task done in a named tool with a purpose after it, kinds of employer joined by "and" or
told before "hire" with their acronym and towns, a similar job's title with a trailing
qualifier, a later title whose pay verb is left out after a bare comma, a compared post's
net pay told the same way, a five-digit average with one decimal digit, a product and an
acronym joined by "and", a degree's listed fields, two rungs told "A after N years, then
B" and a firm by its legal form opening a line about the role.  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _owned(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


# -- a task in a named tool, its purpose after it ------------------------------------------

_NOTES = """\
Stress Engineer

▸ Software / skills she uses
- Loftline (hull + stability), CADframe, AutoCAD
- FEA in NASTRAN for the structures side
- Motion graphics in After Effects for client launches
- Building part libraries in Figma with our digital team
- Fieldwork in Kenya for the summer
"""


def test_a_task_in_a_tool_with_its_purpose_gives_the_task_and_the_tool() -> None:
    skills = _skills(parse_text(_NOTES, "notes.txt"))
    assert {"FEA", "NASTRAN", "Motion graphics", "After Effects", "Building part libraries",
            "Figma"} <= skills
    assert not {"FEA in NASTRAN", "Motion graphics in After Effects"} & skills  # not whole
    assert not {"Kenya", "Fieldwork"} & skills  # a place is no tool: the item as before


# -- kinds of employer ----------------------------------------------------------------------

_WHERE = """\
Genetic Counselor

5. Where do GCs work?
- clinics and university teaching hospitals, commercial testing labs, some in pharma
6. Where can it lead?
- Senior Genetic Counselor → Genetic Counseling Manager
"""


def test_two_lower_case_kinds_joined_by_and_are_two_sectors() -> None:
    sectors = _facts(parse_text(_WHERE, "where.txt"), "sectors")
    assert {"clinics", "university teaching hospitals", "commercial testing labs"} <= sectors


def test_a_shared_head_stays_one_kind() -> None:
    page = _WHERE.replace("clinics and university teaching hospitals",
                          "oil and gas companies")
    sectors = _facts(parse_text(page, "where.txt"), "sectors")
    assert "oil" not in sectors


_HIRE = """\
Quality Associate

Some context
Our associates usually join from laboratory roles. Medical device companies and \
contract manufacturing organisations (CMOs) across Leeds and York hire for this profile regularly.
"""


def test_kinds_before_hire_keep_no_acronym_or_towns() -> None:
    sectors = _facts(parse_text(_HIRE, "hire.txt"), "sectors")
    assert {"Medical device companies", "contract manufacturing organisations"} <= sectors


def test_kinds_before_hire_without_the_verb_give_nothing() -> None:
    page = _HIRE.replace("hire for this profile regularly", "are close by")
    assert "contract manufacturing organisations" not in _facts(
        parse_text(page, "hire.txt"), "sectors")


# -- a similar job's title with a qualifier after it -----------------------------------------

_SIMILAR = """\
Dental Nurse (Infermiere)
Klinika Dentare Vesa · Tiranë · Full time
Salary: 50 000 – 60 000 lek net per month

Requirements
- certificate of dental nursing

Similar jobs
Hygienist · Durrës · 70 000 – 80 000 lek
Sales Agent FMCG · Fier · 60 000 lekë + bonus
Receptionist in salon · Vlorë · 45 000 lek
"""


def test_a_listed_title_with_a_trailing_qualifier_owns_its_pay() -> None:
    owned = _owned(parse_text(_SIMILAR, "similar.txt"))
    assert owned[60000] == "Sales Agent"
    assert owned[45000] == "Receptionist"
    assert owned[70000] == "Hygienist"
    assert owned[50000] is None  # the posting's own band


# -- a later title's pay, its verb left out after a bare comma -------------------------------

_ROAD = """\
Letting Manager (Üürihaldur)
Haldusmaja OÜ — Tartu — full-time
Salary 1 700 – 2 000 € bruto / month + result pay

We offer
- result pay twice a year
- the training paid by the company

Development with us
The usual road: Letting Manager → Senior Letting Manager → Head of the Letting Department. \
The senior letting manager gets from 2 100 € gross, the head of the department 2 800 – 3 200 € \
gross.
"""


def test_a_title_after_a_bare_comma_owns_the_next_figure() -> None:
    owned = _owned(parse_text(_ROAD, "road.txt"))
    assert owned[2800] == "Head of the Letting Department"  # the rung it names short
    assert owned[2100] is None  # the role at its senior level


_COMPARED = """\
Property Manager
Halduskeskus OÜ · Tartu · Full time
Salary: 1 700 – 2 000 € gross per month

Development in our team
Our senior property manager started with us as a property manager. For comparison: a \
caretaker with us earns 1.180,00 EUR net, the head caretaker 1.650,00 EUR net. Two colleagues \
moved to the facility team.
"""


def test_a_compared_posts_net_pay_with_its_verb_left_out_is_read() -> None:
    owned = _owned(parse_text(_COMPARED, "compared.txt"))
    assert owned[1180] == "Caretaker"
    assert owned[1650] == "Head Caretaker"


def test_a_net_take_home_after_a_comma_stays_no_pay() -> None:
    found = find_amounts("You earn 1.900,00 EUR gross, the take home about 1.450,00 EUR net.")
    assert [m.low for m in found] == [1900]


# -- figures ------------------------------------------------------------------------------

def test_a_five_digit_average_with_one_decimal_digit_is_read() -> None:
    assert [m.low for m in find_amounts("Avg Salary: $41207.5")] == [41208]
    assert find_amounts("Yard Trainer — $58.0") == []  # a listing cut inside its figure


# -- requirement items ------------------------------------------------------------------------

_REQUIREMENTS = """\
Medical Representative

Requirements:
– university degree in pharmacy, medicine, dentistry or biology
– MS Office and CRM (Veevo)
– Research and Development
"""


def test_a_product_and_an_acronym_are_two_skills_and_a_degrees_fields_none() -> None:
    skills = _skills(parse_text(_REQUIREMENTS, "requirements.txt"))
    assert {"MS Office", "CRM", "Veevo"} <= skills
    assert not {"medicine", "dentistry or biology", "MS Office and CRM"} & skills


# -- two rungs in one item ----------------------------------------------------------------------

_LEAD = """\
Boiler Service Technician

About the role
We fix boilers across the county.

Where this job can lead: Senior Technician after 2–3 years, then Area Manager. Techs who \
love teaching have moved on to Technical Trainer roles with our partners.
"""


def test_a_rung_after_years_then_another_is_a_ladder() -> None:
    guide = parse_text(_LEAD, "lead.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Boiler Service Technician", "Senior Technician", "Area Manager"] in chains
    assert "Technical Trainer" in _facts(guide, "leads_to")


def test_two_rungs_without_then_are_no_ladder() -> None:
    page = _LEAD.replace(", then Area Manager", " or Area Manager")
    chains = [[f.text for f in chain] for chain in parse_text(page, "lead.txt").progressions]
    assert ["Boiler Service Technician", "Senior Technician", "Area Manager"] not in chains


# -- a firm by its legal form opening a line about the role ---------------------------------

_MEMO = """\
Lighting Technician
Pricing request, December 2026

Context
Corvane Lighting Systems, Inc. installs and services stage lighting rigs in theatres. The \
Lighting Technician maintains the rigs.
"""


def test_a_firm_opening_a_line_about_the_role_employs_it() -> None:
    assert "Corvane Lighting Systems, Inc." in _facts(parse_text(_MEMO, "memo.txt"), "employers")


def test_a_firm_named_once_in_a_line_not_about_the_role_is_none() -> None:
    page = _MEMO.replace("The Lighting Technician maintains the rigs.", "We buy from them.")
    assert not _facts(parse_text(page, "memo.txt"), "employers")


# -- the role named short, and a one-word task in software ------------------------------------

_VIDEO = """\
What I Earn as a Tidal Turbine Technician | Day Rates and Grades
14,203 views  Dec 1, 2026

My day rates, by grade:
Tidal Technician Grade 2: £210 – £260/day
Tidal Technician Grade 1: £280 – £330/day
Site Supervisor: £450 – £520/day
"""


def test_the_role_named_with_an_inner_word_left_out_owns_no_pay_of_its_own() -> None:
    owned = _owned(parse_text(_VIDEO, "video.txt"))
    assert owned[210] is None and owned[280] is None  # the role's own, at its grades
    assert owned[450] == "Site Supervisor"


def test_a_one_word_task_in_gazetteer_software_stays_one_item() -> None:
    page = "Chaplain\n\nSkills\n- crisis intervention · charting in Epic · group work\n"
    skills = _skills(parse_text(page, "chaplain.txt"))
    assert "charting in Epic" in skills and "charting" not in skills
