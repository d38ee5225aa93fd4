"""Structures of three page types (found by studying held-back set 31): a public service's
recruitment FAQ titled "Become a X", a school lesson plan whose pupil handout boxes the job
("CAREER SNAPSHOT: X"), and a church body's vocations or lay-ministry careers page (ministry
titles, competencies grouped under formation dimensions, the diocese as employer)."""

from __future__ import annotations

from careergraph.guides import parse_text

_AMBULANCE_FAQ = """\
NORTHMOOR AMBULANCE SERVICE                                  Switchboard: 0100 000 000
About | Patients | Careers | News
Careers  >  Frontline recruitment  >  Questions

BECOME A PARAMEDIC — Frequently Asked Questions

> What do you look for?
  Calm under pressure, clear radio manner and sound clinical judgement.

> What is the pay?
  Newly qualified staff start on band 5 and move to band 6 after two years.
"""

_LESSON = """\
Year 8 Careers | Unit 2: Construction and the Built Environment
LESSON 2.4   "Green Roofs": The Roofer
Teacher Edition - Ashby Vale Academy
Time: 50 min      Materials: slides, handout 2.4A

OBJECTIVES
1. describe what the job involves
2. name three skills it needs

STARTER (5 min)
Show a photo of a slate roof and ask pupils who fixed it.

MAIN ACTIVITY (20 min)
Read the handout together and fill in the gaps.

STUDENT HANDOUT 2.4A
JOB PROFILE: ROOFER
Typical pay: £24,000 to £36,000 a year
"""

_VOCATIONS = """\
The Diocese of Kellmarsh  ✝  Church of England
Find a church | Vacancies | Giving | Contact
Home › Vocations › Lay ministry › Youth ministry

Called to youth ministry?
Youth Pastors are licensed lay ministers who build communities of young people in towns,
schools and online across the diocese.
"""

_COMPETENCIES = """\
Hospital Chaplain

Who is a chaplain?
The Hospital Chaplain (also Spiritual Care Lead) offers spiritual and pastoral care to
patients, families and staff of every faith and none, and leads the hospital's daily prayers
in the chapel.  Larger trusts employ a team of chaplains with a volunteer visitors' scheme
that the lead chaplain trains, supervises and supports through regular reflective practice.

Competencies we look for:
  Human:      active listening, boundary setting, crisis support across many faiths and cultures
  Spiritual:  prayer leadership, liturgy planning
  Pastoral:   bereavement care, end-of-life accompaniment, family support for the dying
  Administrative:  record keeping, rota planning
"""


def test_a_recruitment_faqs_become_title_names_the_post() -> None:
    guide = parse_text(_AMBULANCE_FAQ, "faq.txt")
    assert guide.role.text == "Paramedic"
    assert guide.role_signal != "file_name"


def test_the_service_heading_its_own_careers_page_employs_the_role() -> None:
    guide = parse_text(_AMBULANCE_FAQ, "faq.txt")
    assert "Northmoor Ambulance Service" in [fact.text for fact in guide.employers]


def test_a_news_page_under_a_services_masthead_names_no_employer() -> None:
    news = _AMBULANCE_FAQ.replace("Careers  >  Frontline recruitment", "News  >  Appeals")
    guide = parse_text(news, "news.txt")
    assert "Northmoor Ambulance Service" not in [fact.text for fact in guide.employers]


def test_a_lesson_plans_profile_box_names_the_job() -> None:
    guide = parse_text(_LESSON, "lesson.txt")
    assert guide.role.text == "Roofer"
    assert guide.role_signal != "file_name"


def test_a_vocations_page_names_its_ministry_and_the_diocese_employs() -> None:
    guide = parse_text(_VOCATIONS, "page.txt")
    assert guide.role.text == "Youth Pastor"
    assert "The Diocese of Kellmarsh" in [fact.text for fact in guide.employers]


def test_formation_dimensions_group_skills_and_are_none() -> None:
    guide = parse_text(_COMPETENCIES, "chaplain.txt")
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"active listening", "prayer leadership", "bereavement care", "record keeping",
            "rota planning"} <= skills
    assert not skills & {"human", "spiritual", "pastoral", "administrative"}


_GUIDELINES = """\
Director of Music

Music in our parishes
The Director of Music leads choirs and plans music for every parish liturgy.

DIOCESAN SALARY GUIDELINES FOR MUSIC STAFF (full-time)
Position                                   Minimum      Maximum
Assistant Organist                         $31,200      $37,900
Director of Music – Certificate            $42,000      $51,500
Director of Music – Doctorate              $55,400      $68,250

Open positions (updated monthly)
  Director of Music – St. Ninian Parish, Ashford (bilingual)
  Coordinator of Liturgy – Holy Rood Parish, Deal
"""

_HUBS = """\
Church Planter

Church Planters are lay or ordained leaders who start new congregations on estates.

PLANTS HIRING NOW
Northgate Estate Church Plant (Dover)  ·  The Anchor Community (Margate)  ·
Harbour Lights café church (Ramsgate)
"""


def test_a_minimum_and_maximum_table_gives_one_band_a_row() -> None:
    guide = parse_text(_GUIDELINES, "music.txt")
    bands = {(s.role, s.min, s.max) for s in guide.salaries}
    assert ("Assistant Organist", 31200, 37900) in bands
    assert (None, 42000, 51500) in bands  # the role with its qualification
    assert (None, 55400, 68250) in bands
    assert not any(s.min == s.max for s in guide.salaries)


def test_the_openings_listed_name_their_employers() -> None:
    guide = parse_text(_GUIDELINES, "music.txt")
    employers = [fact.text for fact in guide.employers]
    assert "St. Ninian Parish" in employers
    assert "Holy Rood Parish" in employers


def test_places_hiring_now_with_their_towns_employ_the_role() -> None:
    guide = parse_text(_HUBS, "planter.txt")
    employers = [fact.text for fact in guide.employers]
    assert {"Northgate Estate Church Plant", "The Anchor Community",
            "Harbour Lights café church"} <= set(employers)


_CHAPLAINCY = """\
Prison Chaplain

Prison Chaplains are ordained or lay ministers who offer pastoral care to people in custody.

Chaplains we've appointed often show:
  ○ trauma awareness
  ○ interfaith literacy
  ○ boundary keeping
Where chaplains serve: prisons, Catholic schools and young offender institutions
"""


def test_a_lead_in_on_what_people_often_show_lists_skills() -> None:
    guide = parse_text(_CHAPLAINCY, "chaplain.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"trauma awareness", "interfaith literacy", "boundary keeping"} <= skills


def test_where_a_ministry_serves_names_kinds_of_place() -> None:
    guide = parse_text(_CHAPLAINCY, "chaplain.txt")
    sectors = {fact.text for fact in guide.sectors}
    assert {"prisons", "Catholic schools"} <= sectors
    assert "Catholic schools" not in [fact.text for fact in guide.employers]


_STIPENDS = """\
Mission Priest

Mission Priests are ordained ministers who lead new congregations in market towns.

MONEY MATTERS  (2026 rates)
  Stipend – Assistant Chaplain:            £27,610 a year
  Stipend – Mission Priest:                £31,050 a year
  National Minimum Stipend (reference):    £26,900
"""


def test_a_stipend_line_names_its_post_and_the_national_minimum_is_no_pay() -> None:
    guide = parse_text(_STIPENDS, "priest.txt")
    pay = {(s.role, s.min) for s in guide.salaries}
    assert ("Assistant Chaplain", 27610) in pay
    assert (None, 31050) in pay
    assert not any(s.min == 26900 for s in guide.salaries)


_HANDOUT = """\
Meet the Tree Surgeon
Year 9 careers lesson

  ---------- PUPIL SHEET (print single-sided) ----------
  JOB PROFILE: TREE SURGEON

  Career ladder
  Groundworker → Climber → Tree Surgeon → Arboricultural Manager
  People who come in from other jobs: landscapers, forestry workers
  ---------- end of pupil sheet ----------

PLENARY (10 min)
  Pupils vote on the job they would try.
Related lessons: Lesson 2 – Meet the Gardener | Lesson 4 – Meet the Forester
"""


def test_a_ruled_line_closes_the_handout_and_its_ladder() -> None:
    guide = parse_text(_HANDOUT, "lesson.txt")
    titles = {fact.text for bucket in ("leads_to", "transitions_to", "moves_in")
              for fact in getattr(guide, bucket)}
    assert "Landscaper" in titles
    assert not titles & {"Gardener", "Forester"}
