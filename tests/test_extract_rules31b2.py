"""Held-back set 31 studied again by rules31b2: an award's pay table in fixed-width columns
by grade and year whose pay column names only its currency ("Rate $") and whose
continuation rows leave the grade blank.

Every page is invented here (professions, services, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

AWARD_TABLE = """Tablelands Health Service — Careers in allied health
Audiologist
Classification: Health Professional, Grades 1–3

Key skills
  • pure tone audiometry
  • hearing aid fitting

Salary schedule (per annum, extract)
Grade     Increment     Salary $
Grade 1   Year 1        68,420
          Year 2        71,305
          Year 3        74,880
Grade 2   Year 1        86,010
          Year 2        88,760
Grade 3   Year 1        97,345
Grade 3 is the senior clinician's grade.

Where you could work
Hearing clinics and outpatient departments.
"""


def test_award_table_with_blank_grade_cells_gives_each_step_a_rate() -> None:
    guide = parse_text(AWARD_TABLE, "page-21.txt")
    pay = sorted((s.min, s.max, s.period) for s in guide.salaries)
    assert pay == [(v, v, "year") for v in (68420, 71305, 74880, 86010, 88760, 97345)]
    assert all(s.role is None for s in guide.salaries)
