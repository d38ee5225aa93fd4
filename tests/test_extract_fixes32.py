"""Wrong facts fixed together (fixes32): a product named "X and Y" inside a list of
alternatives, a skill with its purpose after it, training activities and training rooms read
as skills, one feeder title spelt bare and qualified, a medical pathway's own last grade read
as a move, people served read as a sector, and a gig's fees read as pay.

Every page and phrase is invented here (roles, products, firms and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.builder import GuideBuilder
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.not_pay import priced_thing
from careergraph.guides.salary import find_amounts
from careergraph.guides.skill_trailers import training_activity, without_trailers
from careergraph.guides.training_stages import final_grade
from careergraph.guides.workplace_kinds import _served, duty_places
from careergraph.model import Guide, Layout, SalaryRange, SkillKind, Source


def _one(text: str) -> Guide:
    guide = parse_text(text, "page.txt")
    return guide[0] if isinstance(guide, list) else guide


# -- a product named "X and Y" inside a list of alternatives ---------------------------------
def test_an_and_before_the_lists_or_joins_one_product_name() -> None:
    found = duty_tools("- cleaning soundings in Bathyra, REEF MAP and LINES or Tidewell Suite")
    assert "REEF MAP and LINES" in found
    assert "LINES" not in found
    assert {"Bathyra", "Tidewell Suite"} <= set(found)


def test_an_and_between_known_tools_still_cuts() -> None:
    found = duty_tools("- checking results in Excel and Python or Stata")
    assert {"Excel", "Python", "Stata"} <= set(found)
    assert "Excel and Python" not in found


def test_a_plain_pair_of_products_still_gives_two() -> None:
    assert duty_tools("- shaping terrain in Dunecraft and Marlpad for the models") == [
        "Dunecraft", "Marlpad"]


# -- a skill with its purpose after it -------------------------------------------------------
def test_a_purpose_after_a_known_tools_activity_is_cut() -> None:
    assert without_trailers("SQL querying for month-end checks") == "SQL querying"
    assert without_trailers("Excel modelling for the stock counts") == "Excel modelling"


def test_a_name_that_only_contains_for_stays_whole() -> None:
    assert without_trailers("Gardening for wildlife") == "Gardening for wildlife"
    assert without_trailers("SQL for ad-hoc questions") == "SQL for ad-hoc questions"
    assert without_trailers("Design for Manufacture") == "Design for Manufacture"


# -- training activities and rooms -----------------------------------------------------------
def test_training_activities_are_no_skills() -> None:
    assert training_activity("theatre shadowing")
    assert training_activity("paramedic ride-alongs")
    assert not training_activity("stock rotation")
    builder = GuideBuilder("g.txt", Layout.LONGFORM)
    assert not builder.skill("ward observerships", SkillKind.TECHNICAL, 3)
    assert builder.skill("wound closure", SkillKind.TECHNICAL, 3)


def test_a_room_named_by_its_activity_gives_the_activity() -> None:
    assert without_trailers("suturing lab weekly") == "suturing"
    assert without_trailers("language lab") == "language lab"


def test_a_residency_page_reads_no_training_activities_as_skills() -> None:
    page = ("Harbour Vale Hospital | Graduate Medical Education\n\n"
            "Emergency Medicine Residency — Salary and Career Outcomes\n\n"
            "Our three-year residency program trains emergency physicians at a busy county "
            "hospital; the NRMP match and ERAS applications open each autumn.\n\n"
            "Training by year\n"
            "PGY-1  Intern year: ED shifts plus wound care and splinting.\n"
            "PGY-2  Trauma lead; fire-crew ride-alongs and toxicology consults.\n"
            "Throughout: suturing lab weekly and Cerner for notes.\n")
    skills = {s.text for s in _one(page).skills}
    assert not any("ride-along" in s for s in skills)
    assert "suturing lab weekly" not in skills


# -- one feeder title spelt bare and qualified -----------------------------------------------
def _builder_with(moves_in: list[str], role: str = "Pilot") -> GuideBuilder:
    builder = GuideBuilder("g.txt", Layout.LONGFORM)
    builder.content(1, role)
    builder.set_role(role, 1)
    builder.content(2, "Lock pilots and senior pilots steer barges through the river locks.")
    for line, title in enumerate(moves_in, start=3):
        builder.content(line, title)
        builder.add("moves_in", title, line)
    return builder


def test_a_bare_feeder_title_and_its_qualified_spelling_are_one_move() -> None:
    builder = _builder_with(["Deckhand", "Lock Deckhand", "Tug Mate"])
    builder.salary(SalaryRange(currency="USD", min=4.2, max=4.2, period="hour",
                               role="Deckhand", source=Source(file="g.txt", line=2)))
    guide = builder.build()
    assert [f.text for f in guide.moves_in] == ["Lock Deckhand", "Tug Mate"]
    assert guide.salaries[0].role == "Lock Deckhand"


def test_another_qualifier_names_another_job() -> None:
    # (the page says "lock pilots" and "senior pilots", never "harbour pilots": a level word
    # makes another rung all the same)
    guide = _builder_with(["Lockkeeper", "Senior Lockkeeper", "Mate", "Harbour Mate"]).build()
    assert [f.text for f in guide.moves_in] == [
        "Lockkeeper", "Senior Lockkeeper", "Mate", "Harbour Mate"]


def test_the_role_itself_is_never_respelt() -> None:
    guide = _builder_with(["Pilot", "Lock Pilot"]).build()
    assert [f.text for f in guide.moves_in] == ["Pilot", "Lock Pilot"]


def test_a_bare_title_two_qualified_ones_could_spell_stays() -> None:
    guide = _builder_with(["Boatman", "Lock Boatman", "Lock Ferry Boatman"]).build()
    assert len(guide.moves_in) == 3


# -- a medical pathway's own last grade ------------------------------------------------------
def test_a_medical_pathway_ends_in_the_roles_own_grade() -> None:
    assert final_grade("FY1 ▸ FY2 ▸ CT1 ▸ ST3 ▸ CCT ▸ Consultant") == "Consultant"
    assert final_grade("Porter ▸ Senior Porter ▸ Supervisor") is None  # no medical grade


def test_training_to_become_the_consultant_is_no_move() -> None:
    page = ("Westmarsh School of Dermatology\n"
            "Home › Training › Specialty Training › Pathway      Apply | Contact\n\n"
            "Dermatologist training pathway\n\n"
            "FY1 ▸ FY2 ▸ CT1–CT2 ▸ ST3–ST6 ▸ CCT ▸ Consultant\n\n"
            "Doctors enter after the foundation years and train to become a consultant "
            "dermatologist in about six years.\n\n"
            "After CCT some consultants become Clinical Director of Skin Services.\n")
    guide = _one(page)
    ups = {f.text for f in guide.leads_to}
    assert "Consultant Dermatologist" not in ups


# -- people served are no sector; a gig's fees are no pay ------------------------------------
def test_people_a_job_serves_are_no_sector() -> None:
    assert _served("business clients") and _served("the museum's visitors")
    assert not _served("client agencies")


def test_a_figure_for_a_count_of_jobs_is_a_fee() -> None:
    assert priced_thing("weekly quests pay $55 for 40 jobs", 21)
    assert not priced_thing("$900 for 40 hours", 4)


def test_a_gig_pages_fees_are_no_pay() -> None:
    page = ("Become a Parcelo rider\n\n"
            "How pay works\n"
            "Each delivery pays a base of $3.10 plus $0.40 per mile.\n"
            "Streak bonuses pay $35 for 50 jobs.\n\n"
            "Guaranteed earnings\n"
            "  Denver .......... $19.40 per active hour\n")
    lows = sorted(s.min for s in _one(page).salaries if s.min is not None)
    assert lows == [19.4]


# -- a numbered title over its pay in a pay section ------------------------------------------
def test_a_numbered_title_owns_the_basic_salary_under_it() -> None:
    page = ("Paywise Kenya\n\n"
            "Lead Tunnel Surveyor Salary in Kenya 2026: Grade 12 Pay Scale\n\n"
            "Grade-Wise Salary Details\n"
            "1. Tunnel Surveyor\n"
            "   - Basic Salary: KSh 61,000 – KSh 140,000\n"
            "2. Lead Tunnel Surveyor\n"
            "   - Basic Salary: KSh 88,000 – KSh 201,000\n"
            "3. Tunnel Survey Manager\n"
            "   - Basic Salary: KSh 97,000 – KSh 233,000\n"
            "   - Allowances: house rent and medical allowance.\n\n"
            "Skills Required\n"
            "Candidates are tested on laser scanning, setting out and AutoCAD.\n")
    owners = {s.min: s.role for s in _one(page).salaries}
    assert owners.get(97000) == "Tunnel Survey Manager"
    assert owners.get(88000) is None and owners.get(61000) is None


# -- a glued table row's grade code ----------------------------------------------------------
def test_a_grade_code_glued_into_a_bands_first_figure_is_cut_off() -> None:
    found = find_amounts("Tunnel Survey Manager1896,500 – 230,000", bare=True,
                         currency="KES", period="month")
    assert [(m.low, m.high) for m in found] == [(96500, 230000)]
    found = find_amounts("Lead Geodesist131,342,500 – 3,222,000", bare=True,
                         currency="NGN", period="month")
    assert [(m.low, m.high) for m in found] == [(1342500, 3222000)]
    # (a well-formed band glued to a word keeps every digit)
    found = find_amounts("Level120,000 – 150,000", bare=True, currency="USD", period="year")
    assert [(m.low, m.high) for m in found] == [(120000, 150000)]


# -- the places a duty is done at ------------------------------------------------------------
def test_a_duty_done_at_listed_places_names_kinds_of_workplace() -> None:
    assert duty_places("Captioning at courts, council offices and lecture halls") == []
    assert duty_places("Fitting hulls at boatyards and repair docks") == []  # docks: no head
    assert duty_places("Sampling water at breweries, dairies and food factories") == [
        "breweries", "dairies", "food factories"]


def test_a_translated_job_notice_reads_where_its_duties_are_done() -> None:
    page = ("Ferry Deckhand\n\n"
            "Main tasks\n"
            "  - Mooring and cargo checks at ports, ferry terminals and river stations\n"
            "  - Keeping the deck log\n")
    sectors = {f.text for f in _one(page).sectors}
    assert {"ports", "ferry terminals", "river stations"} <= sectors
