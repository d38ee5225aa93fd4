"""A skills label inside a section of another kind reads its items as skills of the label's
kind, never by the section's kind (a page of glued portal labels used to crash the parser:
``KeyError: Kind.MARKET``).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text

PROFILE = """Jobportal  |  Find jobs  Explore occupations  Sign in
Explore occupations > Technicians > Kiln technicians > kiln technician
Occupation profile based on ESCO v1.2 | Add to my profile | Compare
kiln technician
Preferred labelkiln technician
DescriptionKiln Technicians fire ceramic ware and keep the kilns to agreed standards.
Essential skills (3)Glaze MixingKiln LoadingPyrometry
Essential knowledgeDemand ForecastingKiln Safety
Optional knowledgecritical thinking
Jobs for this occupation (1 of 1)
Kiln Technician  ·  Brightfire Ceramics  ·  Ghent, BE  ·  € 2,900 per month  ·  Full time
Was this page useful?  Yes  No
"""


def test_skills_label_after_a_market_line_gives_skills() -> None:
    guide = parse_text(PROFILE, "kiln-technician.txt")
    assert guide.role.text == "Kiln Technician"
    skills = {s.text: s.kind.value for s in guide.skills}
    assert {"Glaze Mixing", "Kiln Loading", "Pyrometry"} <= set(skills)
    # the label's own list, read whole (a soft skill of the lexicon is typed soft wherever it
    # is listed: fixes64)
    assert skills.get("critical thinking") == "soft"


def test_soft_skills_label_keeps_its_kind_inside_another_section() -> None:
    page = PROFILE.replace("Optional knowledgecritical thinking",
                           "Optional knowledgecritical thinking\nSoft skills: patience")
    kinds = {s.text: s.kind.value for s in parse_text(page, "kiln-technician.txt").skills}
    assert kinds.get("patience") == "soft"
