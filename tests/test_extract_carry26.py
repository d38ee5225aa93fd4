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
