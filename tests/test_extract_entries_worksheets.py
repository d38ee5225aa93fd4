"""Immigration occupation entries and school careers worksheets: tools and techniques inside
duties ("by A, B and C", "such as X", "or similar Y"), an assessors' topics line with an
aside, a semicolon skills list under a lead-in, labelled arrow ladders ("Career path: A →
B"), a question heading a ladder ("How can you advance?").  Every page and line here is
invented, three per structure, each with its own roles, wording and separators."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools
from careergraph.model import Guide


def _guide(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {skill.text.lower() for skill in guide.skills}


def _ladders(guide: Guide) -> list[list[str]]:
    return [[fact.text for fact in chain] for chain in guide.progressions]


def test_techniques_named_inside_duties() -> None:
    assert duty_tools("joining pipe sections by butt welding, fusion jointing and threading") == [
        "butt welding", "fusion jointing", "threading"]
    assert duty_tools("Seal joints by TIG welding or brazing") == ["TIG welding", "brazing"]
    assert duty_tools("squaring frames on a laser measuring jig such as Spanesi") == [
        "Spanesi", "laser measuring jig"]
    assert duty_tools("pricing jobs in Estimo or similar quoting software") == [
        "Estimo", "quoting software"]
    # the means of growing a team, a payment, a list ending in a noun: no techniques
    assert duty_tools("grow the team by hiring, coaching and promoting people") == []
    assert duty_tools("Pay suppliers by cheque or bank transfer") == []


ENTRY_GLAZIER = """Harbourline Visas | MARN 0000000
Home » Occupations » Glazier
GLAZIER
ANZSCO 333111
Skill Level: 3
Tasks include:
• measuring openings and cutting glass on a cutting table such as Bottero
• fixing panes by bead glazing, silicone bonding and toggle fixing
• quoting jobs in GlassQuote or similar estimating software
Assessors asked our clients about (2026): structural glazing, IGU replacement, safety film fitting.
Pay in Australia
Median full-time earnings for glaziers: $1,390 per week.
"""

ENTRY_PLASTERER = """Southbank Migration | RCIC R000000
NOC 73102: Plasterers, drywall installers and finishers – Move to Canada
What a plasterer does in Canada
Plasterers apply plaster and finish walls.
Main duties
- fixing boards by screw fixing, taping and jointing
- levelling ceilings with a laser level such as Spectra
Skills employers ask for
Based on 800 job ads we reviewed:
drywall finishing; ceiling suspension; fire-rated partitions; reading drawings
"""

ENTRY_ROOFER = """Bluegum Migration Partners  |  MARN 0000001
ROOF TILER
ANZSCO 333311
Tasks include:
• laying tiles by nailing, clipping and bedding
• cutting hips on a wet saw such as Norton Clipper
Topics the assessors asked applicants about (2025–26): valley flashing, ridge pointing and sarking.
Fees
Skills assessment: AUD 1,900 · Visa lodgement: AUD 4,700
"""


def test_entry_duties_and_assessor_topics_give_skills() -> None:
    skills = _skills(_guide(ENTRY_GLAZIER, "glazier.txt"))
    assert {"bottero", "cutting table", "bead glazing", "silicone bonding", "toggle fixing",
            "glassquote", "estimating software", "structural glazing", "igu replacement",
            "safety film fitting"} <= skills
    assert "3" not in skills  # "Skill Level: 3": a number, no skill
    skills = _skills(_guide(ENTRY_ROOFER, "roof-tiler.txt"))
    assert {"nailing", "clipping", "bedding", "norton clipper", "wet saw", "valley flashing",
            "ridge pointing", "sarking"} <= skills
    guide = _guide(ENTRY_ROOFER, "roof-tiler.txt")
    assert not {band.min for band in guide.salaries} & {1900, 4700}  # a fees section


def test_semicolon_skills_list_under_a_lead_in() -> None:
    skills = _skills(_guide(ENTRY_PLASTERER, "plasterer.txt"))
    assert {"drywall finishing", "ceiling suspension", "fire-rated partitions",
            "reading drawings", "screw fixing", "taping", "jointing", "spectra",
            "laser level"} <= skills
    page = """Florist
Florists arrange flowers.
Skills
wiring; conditioning stems; colour theory; bouquet binding
"""
    assert {"wiring", "conditioning stems", "colour theory", "bouquet binding"} <= _skills(
        _guide(page, "florist.txt"))


def test_labelled_arrow_ladders() -> None:
    page = """Zookeeper
Zookeepers care for animals.
Career path: Apprentice Keeper → Zookeeper → Senior Zookeeper → Head Keeper
"""
    assert ["Apprentice Keeper", "Zookeeper", "Senior Zookeeper", "Head Keeper"] in _ladders(
        _guide(page, "zookeeper.txt"))
    page = """Baker
Bakers make bread.
Progression: Trainee Baker -> Baker -> Head Baker -> Bakery Manager
"""
    assert ["Trainee Baker", "Baker", "Head Baker", "Bakery Manager"] in _ladders(
        _guide(page, "baker.txt"))
    page = """Paramedic
Paramedics treat patients.
Career ladder: Paramedic → Advanced Paramedic → Clinical Team Leader
"""
    assert ["Paramedic", "Advanced Paramedic", "Clinical Team Leader"] in _ladders(
        _guide(page, "paramedic.txt"))


def test_a_question_heads_a_ladder_of_the_role() -> None:
    page = """Firefighter
Firefighters put out fires.
11. How can you advance in this career?
Firefighter → Engineer → Lieutenant → Captain
A Captain in Elm Grove makes $88,000.
12. Related careers:
EMT, park ranger
"""
    guide = _guide(page, "firefighter.txt")
    assert ["Firefighter", "Engineer", "Lieutenant", "Captain"] in _ladders(guide)
    assert not {s.text for s in guide.sectors}  # the pay line is no sector
    page = """Lifeguard
Lifeguards watch swimmers.
How do lifeguards advance?
Lifeguard → Senior Lifeguard → Pool Supervisor
"""
    assert ["Lifeguard", "Senior Lifeguard", "Pool Supervisor"] in _ladders(
        _guide(page, "lifeguard.txt"))
    page = """Welder
Welders join metal.
Where could this take you?
Welder → Welding Inspector → Fabrication Manager
"""
    assert ["Welder", "Welding Inspector", "Fabrication Manager"] in _ladders(
        _guide(page, "welder.txt"))


def test_a_how_to_title_is_no_section() -> None:
    page = """How to become a Kiln Operator

Kiln operators fire ceramics.

Personal requirements for a Kiln Operator
- good at Temperature Profiling
- good at Glaze Chemistry
"""
    assert {"temperature profiling", "glaze chemistry"} <= _skills(_guide(page))
