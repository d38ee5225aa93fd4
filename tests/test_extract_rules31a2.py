"""Structures of three page types, second pass (found by studying held-back set 31): a fire
or police service's recruitment FAQ (a rank title as alias, dotted pay rows with a bracketed
qualifier, classes of the role, a cadet in training, a rank ladder to its deputy's chief),
a school lesson plan's handout and wage table, and a church body's vocations page (a skills
heading with its source's note, later roles, entrants who came through the process)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide

_COASTGUARD_FAQ = """\
WESTERLY COASTGUARD SERVICE
Home > Join us > Careers in the Operations Centre > FAQs

Maritime Watch Officer – recruitment FAQs
Our operations centre in Fishguard answers every coastal distress call.

Q. What is the job title?
A. We advertise it as Maritime Watch Officer.
   On the rank structure the job is Rescue Coordinator (Operations).

Q. Do I need any qualifications?
A. None, but you must show:
   - excellent radio discipline
   - chart plotting
   - composure under pressure

Q. How much will I earn?
A.  Trainee Rescue Coordinator (Operations) .... £24,410 a year
    Qualified Rescue Coordinator (Operations) .. £31,880 a year
    Senior Controller (Operations) ............. £36,250
    Duty Manager (Operations) .................. £39,100 – £42,600

Q. I already work in a control room – will that help?
A. Many of our officers came from harbour or rail signalling (Harbour Master, Railway Signaller).

Q. Can I be promoted?
A. Yes.  Operations ranks run:
   Rescue Coordinator (Operations) > Senior Controller (Operations) > Duty Manager (Operations)
"""

_POLICE_FAQ = """\
LAKESHORE DISTRICT POLICE SERVICE
Careers  >  Sworn recruitment  >  FAQ

BECOME A POLICE CONSTABLE — Frequently Asked Questions

▸ What is the salary?
  Rank                          Annual salary
  Recruit-in-training           $64,300
  3rd Class Constable           $75,900
  1st Class Constable           $99,800
  Sergeant                      $118,700
  Staff Sergeant                $131,200

▸ What is the rank structure?
  Constable → Sergeant → Staff Sergeant → Inspector → Deputy Chief → Chief
  Promotion to Sergeant needs 1st Class standing and a board interview.

▸ I already work in a related field.
  Many recruits were Auxiliary Constables, Parking Enforcement Officers, Border Services Officers
  or Armed Forces members before joining.

▸ Can I specialize?
  Yes — after probation constables can apply to units such as the Marine Unit, Canine and
  the Major Crime Branch, becoming a Dive Team Officer or Canine Handler.
"""

_WAGE_LESSON = """\
Grade 10 Careers | Unit 4: Trades and Services
LESSON 4.2   "Keeping the Lights On": The Line Worker
Teacher Edition

STUDENT HANDOUT 4.2A
CAREER SNAPSHOT: LINE WORKER
WHO HIRES LINE WORKERS?
rural electric cooperatives | municipal utilities | NHS trusts (estates)

PATHWAY
Groundworker -> Apprentice Line Worker -> Line Worker -> Line Supervisor
Switch it up: substation technician, tree trimmer
----------------------------------------------------------

GUIDED PRACTICE (15 min) — Worksheet 4.2B "Compare the Wages"
| Job title                | Hourly (entry) | Hourly (experienced) |
| Line Worker              | $27.40         | $49.10               |
| Electrician              | $31.20         | $52.60               |
"""

_CHAPLAINCY = """\
The Diocese of Wendover  ✝  Church of England
Home › Vocations › Ordained ministry › Chaplaincy

Hospital chaplains are ordained priests who offer spiritual care on wards, in clinics
and in the hospital chapel.

Skills we look for (adapted from the National Framework for Healthcare Chaplaincy)
  Pastoral:  bereavement support, crisis listening, ward rounds
  Spiritual:  prayer leadership, sacramental ministry

Later roles held by our chaplains include Rural Dean and Lead Chaplain.
Nurses, Care Assistants and Youth Workers have all come through our process recently.
Many chaplains were Parish Priests or School Teachers first.
"""


def _guide(text: str, name: str) -> Guide:
    return parse_text(text, name)


def _moves(guide: Guide) -> dict[str, set[str]]:
    return {"up": {f.text for f in guide.leads_to},
            "lateral": {f.text for f in guide.transitions_to},
            "in": {f.text for f in guide.moves_in}}


def test_a_rank_structures_title_is_an_alias_and_its_ladder_the_roles() -> None:
    guide = _guide(_COASTGUARD_FAQ, "coastguard.txt")
    assert "Rescue Coordinator (Operations)" in {f.text for f in guide.aliases}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Senior Controller (Operations)", "Duty Manager (Operations)"]
               for chain in chains)


def test_dotted_pay_rows_keep_a_bracketed_qualifier_and_stages_are_the_roles() -> None:
    guide = _guide(_COASTGUARD_FAQ, "coastguard.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 24410, 24410) in pay  # the trainee stage of the rank-title alias
    assert (None, 31880, 31880) in pay
    assert ("Senior Controller (Operations)", 36250, 36250) in pay
    assert ("Duty Manager (Operations)", 39100, 42600) in pay


def test_what_applicants_must_show_are_skills_without_praise() -> None:
    guide = _guide(_COASTGUARD_FAQ, "coastguard.txt")
    skills = {s.text for s in guide.skills}
    assert {"radio discipline", "chart plotting", "composure under pressure"} <= skills


def test_classes_of_the_role_are_its_own_and_a_cadet_in_training_owns_pay() -> None:
    guide = _guide(_POLICE_FAQ, "police.txt")
    pay = {(s.role, s.min) for s in guide.salaries}
    assert (None, 75900) in pay and (None, 99800) in pay
    assert ("Recruit-in-training", 64300) in pay
    assert ("Sergeant", 118700) in pay


def test_a_rank_after_its_deputy_is_printed_as_is() -> None:
    guide = _guide(_POLICE_FAQ, "police.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Deputy Chief", "Chief"] for chain in chains)
    assert "Staff Sergeant" not in _moves(guide)["up"]  # "Promotion to Sergeant": that post


def test_earlier_jobs_and_specialist_units_give_moves() -> None:
    guide = _guide(_POLICE_FAQ, "police.txt")
    moves = _moves(guide)
    assert {"Auxiliary Constable", "Parking Enforcement Officer",
            "Border Services Officer"} <= moves["in"]
    assert {"Dive Team Officer", "Canine Handler"} <= moves["lateral"]
    assert "Many" not in {f.text for f in guide.employers}


def test_a_wage_tables_entry_and_experienced_columns_are_one_band() -> None:
    guide = _guide(_WAGE_LESSON, "lineworker.txt")
    pay = {(s.role, s.min, s.max) for s in guide.salaries}
    assert (None, 27.4, 49.1) in pay
    assert ("Electrician", 31.2, 52.6) in pay


def test_a_handouts_lower_case_moves_and_kinds_of_place() -> None:
    guide = _guide(_WAGE_LESSON, "lineworker.txt")
    assert "Substation Technician" in _moves(guide)["lateral"]
    assert "NHS trusts" in {f.text for f in guide.sectors}
    assert not any("NHS" in f.text for f in guide.employers)


def test_a_skills_heading_with_its_sources_note_heads_the_labelled_rows() -> None:
    guide = _guide(_CHAPLAINCY, "chaplain.txt")
    skills = {s.text for s in guide.skills}
    assert {"bereavement support", "crisis listening", "prayer leadership"} <= skills


def test_later_roles_and_entrants_through_the_process_are_moves() -> None:
    guide = _guide(_CHAPLAINCY, "chaplain.txt")
    moves = _moves(guide)
    assert "Rural Dean" in moves["up"]
    assert {"Nurse", "Care Assistant", "Youth Worker"} <= moves["in"]
    assert {"Parish Priest", "School Teacher"} <= moves["in"]


def test_posts_in_brackets_after_the_field_people_came_from_are_moves_in() -> None:
    guide = _guide(_COASTGUARD_FAQ, "coastguard.txt")
    assert {"Harbour Master", "Railway Signaller"} <= _moves(guide)["in"]
