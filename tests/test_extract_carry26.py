"""Translated requirements of mastery (carry26): invented postings, own wording."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import mastered_skills

_POSTING = """Google Translate   Indonesian > English   Show original
LokerGudang.example - Factory Job Vacancies

[NEEDED] PACKING CLERK STAFF - PT Rimba Sentosa Jaya (Karawang)

PT Rimba Sentosa Jaya is a snack food maker in the food processing industry.

PACKING CLERK (Staf Pengemasan) - 4 people

Requirements:
1. Male/Female, max. 27 years old
2. Minimum education SMK all majors
3. Master Google Sheets and are familiar with the Odoo
4. Understand carton labelling, seal testing and 5R
5. Domiciled around Karawang

Facility:
- Salary Rp 4.900.000 - Rp 5.300.000 (gross)
- BPJS Health & Employment, THR
"""


def test_mastery_clauses_list_their_objects() -> None:
    assert mastered_skills("Master Google Sheets and are familiar with the Odoo") == [
        "Google Sheets", "Odoo"]
    assert mastered_skills("Understand HACCP/GMP, carton labelling and making pallet plans") == [
        "HACCP", "GMP", "carton labelling", "pallet plans"]
    assert mastered_skills("Understand the customer") == []
    assert mastered_skills("Knowledge of Odoo") is None


def test_translated_requirements_give_skills_not_residence() -> None:
    guide = parse_text(_POSTING, "packing-clerk.txt")
    skills = [s.text for s in guide.skills]
    for name in ("Google Sheets", "Odoo", "carton labelling", "seal testing", "5R"):
        assert name in skills
    assert not any("Domiciled" in s for s in skills)


_PLAN = """Brackmoor Borough Council
Housing Services Workforce Plan 2026 - 2028

3. The tenancy officer workforce

3.1 Hard-to-fill posts
- Experienced tenancy officers confident in rent arrears recovery and possession hearings.
- Officers trained in tenancy fraud checks and able to record on Orchard and Northgate from day one.

3.2 Progression
Tenancy Officer -> Senior Tenancy Officer -> Housing Team Leader

Was this page helpful?  Yes  No
"""


def test_hard_to_fill_posts_name_what_the_people_sought_know() -> None:
    skills = [s.text for s in parse_text(_PLAN, "tenancy-officer.txt").skills]
    for name in ("rent arrears recovery", "possession hearings", "Orchard", "Northgate"):
        assert name in skills
    assert not any("day one" in s or "helpful" in s for s in skills)


_SHORTAGE = """Skills Board of Norland
Home > Data > Occupation Shortage List > Occupation details

Stonemason
Occupation code 331999   |   Skill level 3

2026 national rating: SHORTAGE (S)

About the occupation
{tasks}

Assessment notes
- Employer survey: 61% of advertised vacancies were filled.
- Unsuccessful applicants commonly lacked stone carving or experience with heritage repairs.

Was this page helpful?  Yes  No
""".format(tasks="Stonemasons shape and fix stone to a national standard. Typical tasks include "
                  "banker masonry and lime pointing, and the work uses pneumatic chisels.")


def test_typical_tasks_name_activities() -> None:
    skills = [s.text for s in parse_text(_SHORTAGE, "stonemason.txt").skills]
    assert "banker masonry" in skills and "lime pointing" in skills
    assert not any("helpful" in s for s in skills)


def test_classified_ad_lists_marked_essential() -> None:
    from careergraph.guides.classified_ads import ad_skills
    assert ad_skills("GLAZIER P/T REQ. 2 days/wk. Bead glazing & putty work ess., "
                     "leaded lights. £16 p/h.") == ["Bead glazing", "putty work", "leaded lights"]
    assert ad_skills("SNR GLAZIER / WORKSHOP LEAD, sash repairs a must. £31k.") == [
        "sash repairs"]
    assert ad_skills("GLAZIER WANTED. Own van. £14 p/h.") == []
