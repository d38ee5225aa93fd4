"""Roles, moves, owners, pay and skills noticed last round (fixes54).

- A ladder printed as stage headings ("The Start: Entry-Level X" … "Growth: Senior X") keeps
  the bare title as the page's role, and a stage's label ("Foundation") names no skills.
- Level words joined by a slash ("Lead/Principal X", "Senior/Staff X") name two titles, the
  shared title distributed, and rank above the rung before them.
- Two Title Case plurals joined by "and" ("Welders and Farm Hands") are two roles.
- A rank word before a plural head ("Executive Pastry Chefs") is one title, never the rank.
- A place before a pay sentence's subject ("Utah directors of X earn") is where, not who.
- "…, and depot supervisors upwards of £N": the floor is that rank's.
- A sponsorship rule's salary floor is nobody's pay.
- Bare figures under a heading that states their currency ("Hourly pay (USD)") are pay.
- "Skills:" on a related job's card are that job's, not the role's.
- A fixed-width pay table's header words come from ``table_columns`` (data/headings.yaml).

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import moves

from careergraph.guides import parse_text
from careergraph.guides.level_forks import level_forks
from careergraph.guides.spaced_pay_table import piped_pay_table


def _moves(text: str) -> list[tuple[str, str]]:
    """The page's moves as (from, to) pairs, "@self" for its own role."""
    return moves(parse_text(text, "page.txt"))


def _pay(text: str) -> list[tuple[str | None, float | None, float | None]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.min, s.max) for s in guide.salaries]


def _skills(text: str) -> list[str]:
    return [s.text for s in parse_text(text, "page.txt").skills]


_STAGES = ("Kiln Technician Career Path\n\n"
           "The Start: Entry-Level Kiln Technician\n"
           "- Loading kilns under supervision\n- Typical pay: $39,000 to $47,000\n\n"
           "Growth: Senior Kiln Technician\n"
           "- Planning firing schedules\n- Typical pay: $58,000 to $66,000\n\n"
           "Skills\n- Refractory repair\n- Thermocouple calibration\n")


def test_stage_headings_keep_the_bare_role() -> None:
    assert parse_text(_STAGES, "page.txt").role.text == "Kiln Technician"


def test_a_stage_label_names_no_skills() -> None:
    skills = _skills(_STAGES)
    assert "Refractory repair" in skills
    assert not any(s.startswith(("Typical pay", "Loading kilns")) for s in skills)
    assert (None, 39000, 47000) in _pay(_STAGES)


def test_one_levelled_title_line_still_wins() -> None:
    page = ("Senior Kiln Technician\n\nA Senior Kiln Technician runs the firing floor.\n\n"
            "Skills\n- Refractory repair\n")
    assert parse_text(page, "page.txt").role.text == "Senior Kiln Technician"


def test_level_forks() -> None:
    assert level_forks("Lead/Principal Acoustic Engineer") == [
        "Lead Acoustic Engineer", "Principal Acoustic Engineer"]
    assert level_forks("3. Senior/Staff Acoustic Engineer") == [
        "3. Senior Acoustic Engineer", "3. Staff Acoustic Engineer"]
    assert level_forks("QA/QC Inspector") == ["QA/QC Inspector"]


def test_a_numbered_rung_with_two_levels_forks() -> None:
    moves = _moves("Acoustic Engineer\n\nAn Acoustic Engineer designs quiet buildings.\n\n"
                   "Career progression\n1. Graduate Acoustic Engineer\n2. Acoustic Engineer\n"
                   "3. Senior Acoustic Engineer\n4. Lead/Principal Acoustic Engineer\n")
    assert ("Senior Acoustic Engineer", "Lead Acoustic Engineer") in moves
    assert ("Senior Acoustic Engineer", "Principal Acoustic Engineer") in moves


def test_a_described_rung_with_two_levels_ranks_above() -> None:
    moves = _moves("Acoustic Engineer\n\nAn Acoustic Engineer designs quiet buildings.\n\n"
                   "Career ladder\nSenior Acoustic Engineer: signs off test reports.\n"
                   "Lead/Principal Acoustic Engineer: sets the firm's methods.\n")
    assert ("Senior Acoustic Engineer", "Lead Acoustic Engineer") in moves
    assert ("Senior Acoustic Engineer", "Principal Acoustic Engineer") in moves
    assert not any(b == "Senior Acoustic Engineer" and a != "@self" for a, b in moves)


def test_a_listed_slash_title_is_two_moves() -> None:
    moves = _moves("Acoustic Engineer\n\nAn Acoustic Engineer designs quiet buildings.\n\n"
                   "Can lead to\n- Senior/Staff Acoustic Engineer\n- Noise Consultant\n")
    assert ("@self", "Senior Acoustic Engineer") in moves
    assert ("@self", "Staff Acoustic Engineer") in moves
    assert not any("/" in b for _, b in moves)


def test_title_case_plurals_joined_by_and_are_two_roles() -> None:
    moves = _moves("Beekeeper\n\nA Beekeeper tends hives.\n\n"
                   "People who come in from other jobs: Welders and Farm Hands.\n")
    assert ("Welder", "@self") in moves or ("Welders", "@self") in moves
    assert ("Farm Hand", "@self") in moves or ("Farm Hands", "@self") in moves
    assert not any(" and " in a for a, _ in moves)


def test_a_rank_before_a_plural_head_is_one_title() -> None:
    moves = _moves("Baker\n\nA Baker makes bread.\n\nCareer path\n"
                   "Many bakers become Executive Pastry Chefs.\n")
    assert ("@self", "Executive Pastry Chef") in moves
    assert ("@self", "Executive") not in moves


def test_a_place_before_the_subject_is_no_part_of_the_owner() -> None:
    pay = _pay("Reliability Engineer\n\nA Reliability Engineer keeps plants running.\n\n"
               "Salary\nReliability engineers earn $97,000 to $128,000 a year. Utah directors "
               "of reliability programs earn $171,000 to $204,000.\n")
    assert ("director of reliability programs", 171000, 204000) in [
        (owner and owner.lower(), low, high) for owner, low, high in pay]


def test_a_sponsorship_floor_is_no_pay() -> None:
    pay = _pay("Mobile Developer\n\nA Mobile Developer builds phone apps.\n\n"
               "Visas\nTo sponsor a Skilled Worker visa, employers must pay at least "
               "£41,300 a year.\n\nSalary\nMobile developers earn £47,000 to £72,000 a year.\n")
    assert pay == [(None, 47000, 72000)]


def test_bare_figures_take_the_heading_currency() -> None:
    pay = _pay("Sheet Metal Worker\n\nA Sheet Metal Worker shapes ducts and panels.\n\n"
               "Hourly pay (USD)\nLow 19.85 | Median 26.40 | High 34.75\n")
    assert (None, 19.85, 34.75) in pay
    assert (None, 26.40, 26.40) in pay


def test_a_related_job_card_keeps_its_skills() -> None:
    skills = _skills("Optician\n\nAn Optician fits glasses.\n\nSkills\n- Lens edging\n"
                     "- Frame adjustment\n\nRelated jobs\nOrthoptist\n"
                     "Skills: eye movement testing, patching plans\n")
    assert skills == ["Lens edging", "Frame adjustment"]


def test_spaced_pay_table_headers_come_from_the_vocabulary() -> None:
    rows = piped_pay_table([(1, "Trade            Hourly       Annual"),
                            (2, "Tiler            $36 – $39    $74,000"),
                            (3, "Glazier          $38          $79,000")])
    assert rows[3] == "| Glazier | $38 | $79,000 |"
    bare = piped_pay_table([(1, "Classification     Year     Rate $"),
                            (2, "Level 3            1        58,410"),
                            (3, "                   2        60,120")])
    assert bare[3] == "| Level 3 | 2 | 60,120 |"
    assert piped_pay_table([(1, "Colour           Hourly       Annual"),
                            (2, "Teal             $36          $74,000"),
                            (3, "Olive            $38          $79,000")]) == {}


def test_a_floor_stated_for_another_rank_is_that_ranks() -> None:
    pay = _pay("Tram Driver\n\nA Tram Driver runs city trams to a timetable.\n\nPay\n"
               "Tram drivers earn £29,500 to £35,000 a year. Senior drivers can earn upwards "
               "of £39,000, and depot supervisors upwards of £44,200.\n")
    assert (None, 29500, 35000) in pay
    assert (None, 39000, None) in pay
    assert [(owner and owner.lower(), low) for owner, low, _ in pay][-1] == (
        "depot supervisor", 44200)
