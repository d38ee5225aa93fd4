"""Structures found on fresh generated corpora (seeds 55101-55103): an HR record's note on
how a move is made ("Moving to Senior X is through …"), a record's status strip naming its
keeper ("Maintained by: Reward team"), a rated competency table's "Expected level" column, a
list of titles closed by a stop with a sentence of its own after it, another job's pay
"For comparison" under a career heading, and a similar-jobs row cut off at its currency sign.
Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.similar_offers import listed_offers
from careergraph.guides.told_duties import told_opening


def _moves(guide: object, bucket: str) -> list[str]:
    return [f.text for f in getattr(guide, bucket)]


def _all_moves(guide: object) -> set[str]:
    return {t for b in ("leads_to", "transitions_to", "moves_in") for t in _moves(guide, b)}


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


_RECORD = """\
PeopleDesk | Harrowgate College        Signed in: Manager view   [Home] [Reports] [Log out]
Role Library > Estates > EST-03-GS
JOB PROFILEState: Published · Version 3 · Maintained by: Pay and grading team · Exported 2/11/2026

Profile Title:          Grounds Technician
Grade:                  4

COMPETENCIES (expected at Grade 4)
Competency                                    | Expected level
Turf care                                     | Proficient
Hedge cutting                                 | Developing

CAREER PATH
Entry routes:           Garden Labourer; Landscape Apprentice
Note:                   Moving to Senior Grounds Technician is through the yearly promotion round.
"""


def test_moving_to_note_names_the_next_title_only() -> None:
    guide = parse_text(_RECORD, "grounds-technician.txt")
    moves = _all_moves(guide)
    assert "Senior Grounds Technician" in moves
    assert not any(m.startswith("Moving") for m in moves)


def test_record_keeper_and_rated_column_header_are_no_skills() -> None:
    skills = _skills(parse_text(_RECORD, "grounds-technician.txt"))
    assert {"Turf care", "Hedge cutting"} <= skills
    assert not {"maintain by", "Pay and grading team", "Expected level"} & skills


def test_passive_with_by_opens_no_duty_but_the_active_verb_does() -> None:
    assert not told_opening("Maintained by: Pay and grading team")
    assert not told_opening("Reviewed by the estates office")
    assert told_opening("Maintained the college's mowers and strimmers")


_ROSTER = ("Field Data Officer\n\nWHO APPLIES\nMost members came from census bureaus: "
           "Survey Analyst, Demographer, Data Clerk. Some moved across to Records Manager "
           "and Evaluation Specialist roles.\n")


def test_list_then_prose_sentence_keeps_every_item_and_the_cue() -> None:
    guide = parse_text(_ROSTER, "field-data-officer.txt")
    assert set(_moves(guide, "moves_in")) == {"Survey Analyst", "Demographer", "Data Clerk"}
    assert set(_moves(guide, "transitions_to")) == {"Records Manager", "Evaluation Specialist"}


def test_plain_list_under_who_applies_is_unchanged() -> None:
    page = "Field Data Officer\n\nWHO APPLIES\nSurvey Analyst, Demographer, Data Clerk.\n"
    guide = parse_text(page, "field-data-officer.txt")
    assert set(_moves(guide, "moves_in")) == {"Survey Analyst", "Demographer", "Data Clerk"}


_POSTING = """\
Groundsperson

Career path
Groundsperson → Senior Groundsperson → Grounds Manager. Many joined us as Gardeners.
For comparison, a Caretaker is paid $40,100 - $46,300.
Similar jobs
Cafeteria Cook · Millbrook · $
"""


def test_comparison_pay_under_career_heading_is_no_move() -> None:
    guide = parse_text(_POSTING, "groundsperson.txt")
    moves = _all_moves(guide)
    assert "Caretaker" not in moves
    assert "Cafeteria Cook" not in moves
    assert "Gardener" in _moves(guide, "moves_in")
    assert (40100, 46300, "Caretaker") in {(b.min, b.max, b.role) for b in guide.salaries}


def test_career_sentence_without_comparison_still_moves() -> None:
    page = "Groundsperson\n\nCareer path\nMany move on to Caretaker posts after a few years.\n"
    assert "Caretaker" in _all_moves(parse_text(page, "groundsperson.txt"))


def test_similar_job_row_cut_at_currency_sign() -> None:
    rows = [(1, "Similar jobs"), (2, "Cafeteria Cook · Millbrook · $")]
    assert listed_offers(rows) == [(2, "Cafeteria Cook", "Millbrook")]
    # (no similar-jobs heading: no offer, however the row looks)
    assert listed_offers([(1, "Career path"), (2, "Cafeteria Cook · Millbrook · $")]) == []


_BUDGET = """\
Meter Reader

Authorized Positions
Classification | Hourly Range | FY26 Adopted
Meter Reader | $20.50 - $26.00 | 4.00
Budget Notes
1. Contract services total $148,200.
"""


def test_budget_contract_services_total_is_no_pay() -> None:
    pay = {(b.min, b.max) for b in parse_text(_BUDGET, "meter-reader.txt").salaries}
    assert (20.5, 26.0) in pay
    assert not any(low == 148200 or high == 148200 for low, high in pay)
