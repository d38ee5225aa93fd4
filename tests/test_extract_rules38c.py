"""Structures of set 38's second pass (rules38c): a succession plan's skills (a relations
skill's parties and a skill's grade in brackets, a product and its practice, a second skill
after a bracket, plural pairs, a registration asked for, an arrow pair before "is the next
step"), an open pay page's worked examples (no ladder) and a rung's holders' step ("Several
supervisors have gone on to become X"), and a Gulf posting read through a translator ("can be
X and then Y", a title's team, "of the" tails, a story started "with us as", a translator's
"the" before each object, brands sharing a product kind, piped field cells, "works" as a
plant, a plural sector noun after one unknown item). Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.sector_frames import framed_sectors
from careergraph.guides.skill_cues import paired_skills

_PLAN = """\
Eastmere Ferry Company — Board papers — Open session
Home | About us | Board | Publications | Contact
1. Post
Terminal Manager (also Ferry Terminal Manager)
Grade: EFC 7   Band: £48,100 – £55,300   Reports to: Operations Director

2. Critical skills and knowledge for the post
- community engagement (island residents, parish councils)
- evacuation drills (Category B plan)
- berth scheduling (Marlin, BerthMaster berth planning) and passenger flow control
- audits and inspections
- Harbour Authority registration (deck officer) — essential

3. Successors
Name | Current title | Readiness | Development actions
[redacted] L.M. | Deputy Terminal Manager | Ready now | act up in the summer

5. Where the post leads
Terminal managers usually go on to Port Services Manager.
Port Services Manager → Harbour Director is the next step after that.
"""


def test_parties_and_grades_in_brackets_are_no_skills() -> None:
    """"community engagement (island residents, parish councils)": whom it deals with;
    "(Category B plan)": the skill's grade; neither gives skills."""
    guide = parse_text(_PLAN, "terminal-manager.txt")
    skills = {s.text for s in guide.skills}
    assert {"community engagement", "evacuation drills"} <= skills
    assert not skills & {"island residents", "parish councils", "Category B plan"}


def test_product_practice_and_second_skill_after_a_bracket() -> None:
    """"berth scheduling (Marlin, BerthMaster berth planning) and passenger flow control": the
    products, the practice one serves and the skill after the bracket, each."""
    guide = parse_text(_PLAN, "terminal-manager.txt")
    skills = {s.text for s in guide.skills}
    assert {"berth scheduling", "Marlin", "BerthMaster", "berth planning",
            "passenger flow control"} <= skills
    assert "BerthMaster berth planning" not in skills


def test_plural_pair_and_registration_asked_for() -> None:
    guide = parse_text(_PLAN, "terminal-manager.txt")
    skills = {s.text for s in guide.skills}
    assert {"audits", "inspections"} <= skills
    assert not any("registration" in s.lower() for s in skills)
    assert paired_skills("kitchens and bathrooms") == ["kitchens and bathrooms"]  # two places


def test_arrow_pair_before_next_step_is_a_ladder() -> None:
    guide = parse_text(_PLAN, "terminal-manager.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Port Services Manager", "Harbour Director"] in chains


_OPEN_PAY = """\
Tideline Parcels | Careers | Open pay | Our depots | Apply
Open pay: the Sorting family
We publish the formula: pay = level base × area factor.

The sorting levels
Level S1 – Parcel Sorter – $33,000 (band $31,000–$35,000)
Level S2 – Senior Parcel Sorter – $36,400 (band $34,000–$38,800)
Level S4 – Depot Supervisor – $48,000 (band $45,000–$51,000)

Worked examples
- S2 Senior Parcel Sorter, Tulsa (area C): $36,400 × 0.9 = $32,760
- S4 Depot Supervisor, Denver (area A): $48,000 × 1.1 = $52,800

The path: Parcel Sorter → Senior Parcel Sorter → Depot Supervisor

Where people go
Sorters can move across into Dispatch Clerk roles. Several supervisors have gone on to \
become Regional Depot Manager.
"""


def test_worked_examples_are_no_ladder() -> None:
    guide = parse_text(_OPEN_PAY, "parcel-sorter.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert not any(any("Tulsa" in rung or rung.startswith("S2 ") for rung in chain)
                   for chain in chains)


def test_a_rungs_holders_step_up() -> None:
    """"Several supervisors have gone on to become X": X follows the Depot Supervisor rung,
    no move up from the Parcel Sorter."""
    guide = parse_text(_OPEN_PAY, "parcel-sorter.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Depot Supervisor", "Regional Depot Manager"] in chains
    assert "Regional Depot Manager" not in {f.text for f in guide.leads_to}


_POSTING = """\
Translated from: Arabic ▸ English   Show original
Tile Setter - Muscat
Al Waha Interiors LLC · Muscat, Ghala · full time

:Requirements
* operation of the wet saw and the laser level
* knowledge of Mapei and Kerakoll products
* experience not less than 2 years in the marble works in the Sultanate

:The career in the company
Our site foreman started with us as a labourer (عامل) in 2014 and became tile setter then \
foreman of the site. The good setter can become a foreman or the site supervisor of the \
marble. Some of our setters moved to the stone mason team in the site. After three years \
the setter can be Senior Tile Setter and then Tiling Supervisor.

Field: Construction | Marble and stone
"""


def test_translated_posting_moves() -> None:
    guide = parse_text(_POSTING, "tile-setter.txt")
    ups = {f.text for f in guide.leads_to}
    assert "Site Supervisor" in ups
    assert not any(" of " in up for up in ups)
    assert "Stone Mason" in {f.text for f in guide.transitions_to}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Labourer", "Tile Setter", "Foreman"] in chains
    assert ["Senior Tile Setter", "Tiling Supervisor"] in [chain[-2:] for chain in chains]


def test_translated_posting_skills_and_sectors() -> None:
    guide = parse_text(_POSTING, "tile-setter.txt")
    skills = {s.text for s in guide.skills}
    assert {"wet saw", "laser level", "Mapei", "Kerakoll"} <= skills
    assert "Kerakoll products" not in skills
    sectors = {f.text for f in guide.sectors}
    assert "Construction" in sectors
    assert not sectors & {"Sultanate", "Marble", "stone", "marble"}


def test_one_unknown_item_before_a_plural_sector_noun() -> None:
    assert framed_sectors("Trimming the steel sectors to length.") == []
    assert framed_sectors("Most jobs are in the retail and hospitality sectors.") == [
        "retail", "hospitality"]
