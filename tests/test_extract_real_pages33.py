"""Structures of real public career pages (helper real33, 2026-12-05), on invented pages.

Recruitment agencies' job profiles (UK, US and Luxembourg, the last in English translation),
a training provider's career guide, an Australian labour-market occupation profile and its
older job-outlook page, an Australian health-careers job profile, Indian career portals and
an Indian charity's career card, a US city's health-careers page and a US labour
department's video transcript, a UK police force's recruitment page, a UK careers guide, a
UK fire service's recruitment page, a UK careers site's job profile and a local newspaper's
jobs column, an HR institute's career map, Nigerian salary articles, a US licensing guide
and a hospitality job board's posting: a title-case heading with "to be a" and "&" in it
("Skills & Qualities Required to be a X") was no heading, and its bullet list of skills
was lost; a prose statement in a skills section ("X is a very difficult course, and along
with the huge syllabus, one also needs to …", "Candidates are expected to …") gave its
subject and clause pieces as skills.
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_title_case_heading_with_to_be_and_an_ampersand_heads_its_skills() -> None:
    guide = _parse(
        "Career as Landscape Architect\n\n"
        "Landscape architects plan parks, gardens and public spaces for councils and firms.\n\n"
        "Skills & Qualities Required to be a Landscape Architect\n\n"
        "Design school is a long course, and along with the studio work, one also needs to "
        "finish a placement year to qualify for the register.\n\n"
        "Listed below are the main skills and qualities a landscape architect needs. Students "
        "are expected to build all or some of the skills early to win good placements.\n\n"
        "  • Planting Design\n  • Site Surveying\n  • Spatial Awareness\n"
        "  • Client Liaison\n  • Patience\n")
    skills = _texts(guide.skills)
    assert {"Planting Design", "Site Surveying", "Spatial Awareness", "Client Liaison",
            "Patience"} <= skills
    assert not skills & {"Design school", "along", "studio work", "one also needs",
                         "Students", "of the skills early"}
