"""Structures left over from set 50 and from real47's real pages (helper fixes97, stop 59):
a letterhead in capitals ending in a dotted legal form ("… B.V."), a system known by its
short form, the role's workers' "need" list, a ladder's "Owner of a …" rung, a plural
subject's connector, non-places after "work for", a gerund task's purpose clause, other
names under "Job titles in use" / "Also titled" / "Related Job Titles", an
occupation database's job-zone boilerplate and a page's tagline.  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.letterheads import letter_letterhead


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def test_a_capitals_letterhead_ending_in_a_dotted_legal_form_names_the_firm() -> None:
    lines = [(1, "[PDF] reply.pdf  —  page 1 / 2"),
             (2, "HOOGVLIET KOELTRANSPORT B.V.   ·   Kade 4   ·   3011 AB Rotterdam"),
             (4, "Rotterdam, 2 March 2027"), (6, "Dear Ms Bakker,")]
    assert letter_letterhead(lines) == [("Hoogvliet Koeltransport B.V.", 2)]
    # a bare short form may be a word: no firm is read from it
    bare = [(2, "HOOGVLIET KOELTRANSPORT AB   ·   Kade 4"), (6, "Dear Ms Bakker,")]
    assert letter_letterhead(bare) == []


_POSTING = """\
Route Planner
What we expect:
- knowledge of the HACCP system
- knowledge of the booking system
- knowledge of SQL and the data warehouse
"""


def test_a_system_known_by_its_short_form() -> None:
    skills = _skills(parse_text(_POSTING, "route-planner.txt"))
    assert "HACCP" in skills and "knowledge of the HACCP system" not in skills
    # a system named in words stays as printed; a short form with no "system" stays
    assert "knowledge of the booking system" in skills
    assert "SQL" in skills


_LOCKS = (
    "Lock Keeper\n"
    "WHAT THE JOB IS\n"
    "Operating the gates and sluices; helping boaters through the flight; reporting damage. "
    "Lock keepers need customer care, conflict resolution, basic IT, and knowledge of the gate "
    "control system once it arrives; a full driving licence is needed for the patrol.\n")


def test_the_roles_workers_need_a_list_of_skills() -> None:
    skills = _skills(parse_text(_LOCKS, "lock-keeper.txt"))
    assert {"customer care", "conflict resolution", "basic IT"} <= skills
    # the list ends at its clause: the licence after the semicolon is no skill of it
    assert not any("licence" in name or "patrol" in name for name in skills)
    # another subject in the same shape: the role's head noun is the subject or nothing
    other = _LOCKS.replace("Lock keepers need", "The gangs need")
    assert not {"customer care", "conflict resolution"} & _skills(
        parse_text(other, "lock-keeper.txt"))


_BEES = """\
Beekeeper

Beekeepers care for honeybee colonies.

Career Ladder
Owner of a Large Honey Farm
Beekeeper
Apprentice Beekeeper
"""


def test_an_owner_of_a_business_is_a_whole_rung() -> None:
    guide = parse_text(_BEES, "beekeeper.txt")
    rungs = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Apprentice Beekeeper", "Beekeeper", "Owner of a Large Honey Farm"] in rungs
    assert not any("Owner" in chain for chain in rungs)


def test_a_plural_subjects_connector_stays_lower_case() -> None:
    page = "Mask and prop makers build masks and props for theatres and films.\n"
    assert parse_text(page, "page.txt").role.text == "Mask and Prop Maker"  # type: ignore[union-attr]


_UPHOLSTERY = """\
Upholsterer

Upholsterers repair and cover furniture.

Where they work
Most upholsterers work for furniture or department stores. Others work for small \
varieties or for themselves.
"""


def test_no_sector_from_a_shared_kind_a_slip_or_the_self_employed() -> None:
    sectors = _facts(parse_text(_UPHOLSTERY, "upholsterer.txt"), "sectors")
    assert not {"furniture", "small varieties", "themselves"} & sectors
    both = _UPHOLSTERY.replace("furniture or department stores",
                               "furniture stores or department stores")
    assert {"furniture stores", "department stores"} <= _facts(
        parse_text(both, "upholsterer.txt"), "sectors")


_CREW = """\
Workboat Crewmember

Summary
Workboat crewmembers work on small vessels in ports and harbours.
Duties include mooring the vessel, using winches to handle ropes, cables and chains, \
reporting faults to the skipper, and keeping watch.
"""


def test_a_gerund_tasks_purpose_is_no_list_of_its_own() -> None:
    skills = _skills(parse_text(_CREW, "workboat-crewmember.txt"))
    assert "using winches" in skills
    assert not {"cables", "chains", "winches to handle ropes"} & skills
    # a recipient after "to" is no purpose: the task keeps its words
    assert "reporting faults to the skipper" in skills


def test_job_titles_in_use_and_also_titled_name_other_titles() -> None:
    for label in ("Job titles in use: ", "Also titled: ", "Related Job Titles: "):
        page = (f"Drone Technician\n\n{label}Drone Mechanic; UAV Technician (at some depots)\n\n"
                "Drone technicians repair drones in workshops.\n")
        aliases = _facts(parse_text(page, "drone-technician.txt"), "aliases")
        # (a qualified name keeps its bracket, as test_extract_markup_scans's do)
        assert aliases == {"Drone Mechanic", "UAV Technician (at some depots)"}, label


_ZONE = """\
Clock Repairer

Learn clock repair, career profile page

Job Zone
Job Zone Two: Some Preparation Needed
These occupations usually involve using communication and organizational skills to \
coordinate, supervise, manage, or train others to accomplish goals.

Skills
Clock repairers need patience and communication skills.
"""


def test_a_job_zones_boilerplate_and_a_tagline_give_no_skills() -> None:
    skills = _skills(parse_text(_ZONE, "clock-repairer.txt"))
    assert "career profile page" not in skills and "organizational skills" not in skills
    assert "clock repair" in skills and "patience" in skills
