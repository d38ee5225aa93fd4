"""Structures of real public career pages (helper real19, 2026-12-05), on invented pages.

Public-sector, utilities, construction, allied-health, education-support and fitness pages: a
page's own table of contents ("Guide contents" over short bullets) was read as the items of
the section above; "As a X, you'll need to:" under a duties heading was read as a skills list;
"work for" with "work" a noun ("inspect work for compliance with plans, specs and codes") and
a list of workplaces running on into its sentence's verb ("employed by water boards work
mostly with …") gave sectors; two sentences glued at a stop ("… in Tekla.Crew Leadership:")
gave a skill and a move.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _parse(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {s.text for s in guide.skills}


def _sectors(guide: Guide) -> set[str]:
    return {s.text for s in guide.sectors}


def test_a_table_of_contents_names_no_skills() -> None:
    page = """Harbour Pilot

What you need

Guide contents

  • Harbour pilot job description
  • How much do harbour pilots earn?
  • Requirements, skills and licences

Skills

  • Chart work
  • Radio procedure
"""
    skills = _skills(_parse(page))
    assert {"Chart work", "Radio procedure"} <= skills
    assert not skills & {"Guide contents", "Harbour pilot job description", "Requirements",
                         "skills", "licences"}


def test_an_in_this_article_opener_is_chrome_too() -> None:
    page = """Orchard Manager

What you need

In this article, you'll learn:

  • Budgets, staffing and rotas
  • Typical orchard manager salary

Skills

  • Pruning
  • Irrigation scheduling
"""
    skills = _skills(_parse(page))
    assert {"Pruning", "Irrigation scheduling"} <= skills
    assert not skills & {"Budgets", "staffing", "rotas", "Typical orchard manager salary"}


def test_you_need_to_under_a_duties_heading_lists_duties() -> None:
    page = """Sonographer

Sonographers scan patients with ultrasound.

Responsibilities

As a sonographer, you'll need to:

  • explain each scan and reassurance steps to patients, noting their comfort and dignity needs;
  • supervise trainees and clinic support workers;
  • record images for the reporting doctor.

Skills

  • Doppler imaging
"""
    skills = _skills(_parse(page))
    assert "Doppler imaging" in skills
    assert not skills & {"reassurance steps", "noting", "dignity needs", "supervise trainees",
                         "clinic support workers"}


def test_work_as_a_noun_names_no_workplace() -> None:
    page = """Site Foreman

Site foremen run a building site day to day.

Quality Control: Inspect work for compliance to drawings, specs, and local codes; liaise with
surveyors.
"""
    assert not _sectors(_parse(page)) & {"compliance", "specs", "local codes"}


def test_a_workplace_list_ends_at_its_verb() -> None:
    page = """Pipe Fitter

Pipe fitters join and test pipework. Fitters employed by water boards work mostly with
low pressure mains, servicing kit such as valves, hydrants, and meters.
"""
    sectors = _sectors(_parse(page))
    assert "water boards" in sectors
    assert not sectors & {"work mostly", "hydrants", "meters", "servicing kit"}


def test_two_sentences_glued_at_a_stop_name_nothing() -> None:
    page = ("Steel Detailer\n\nSteel detailers draw fabrication drawings.Key DutiesDrawing "
            "Work: Produce drawings using tools like AutoCAD or Tekla.Crew Leadership: Brief, "
            "supervise, and train the fitters daily.\n")
    guide = _parse(page)
    glued = "Tekla.Crew Leadership"
    assert glued not in _skills(guide)
    assert glued not in {f.text for f in [*guide.leads_to, *guide.transitions_to,
                                          *guide.moves_in]}


def test_a_start_on_its_band_rising_up_the_scale_is_one_band() -> None:
    page = ("Podiatrist\n\nPodiatrists treat feet and lower limbs.\n\nSalary\n\n"
            "  • As a newly registered podiatrist your starting salary is likely to be £24,310 "
            "(Band 5), rising up the pay scale to £29,870.\n")
    pay = {(s.min, s.max) for s in _parse(page).salaries}
    assert (24310.0, 29870.0) in pay
    assert (24310.0, 24310.0) not in pay


def test_a_sentence_about_people_in_a_requirements_list_is_no_skill() -> None:
    page = ("Wind Turbine Technician\n\nWind turbine technicians service turbines at height.\n\n"
            "Training & Certification:\n"
            "  • Complete a turbine apprenticeship (typically 3–4 years) through an energy company"
            " or union.\n"
            "  • Apprenticeships combine paid on-the-job work with classroom instruction in blade"
            " theory and safety.\n"
            "  • Many earn senior status before advancing. \n"
            "Apprenticeship:\n"
            "  • Common through energy companies, unions, and associations like the National Wind"
            " Council (NWC). Apprentices earn more each year.\n"
            "Salary Range:\n"
            "    • ~$50k–$80k per year.\n")
    assert "Many earn senior status before advancing" not in _skills(_parse(page))


def test_the_role_without_its_credential_word_is_no_move() -> None:
    page = """How to become a licensed surveyor in Kenya

Learn how to become a licensed surveyor in Kenya with our guide.

First, you'll need to complete a Bachelor of Surveying degree. After that, you'll need to pass
the Survey Board's exam to become registered as a surveyor. To keep your licence, you'll need
to renew it every year.
"""
    guide = _parse(page)
    assert guide.role.text == "Licensed Surveyor"
    assert "Surveyor" not in {f.text for f in [*guide.leads_to, *guide.transitions_to]}
