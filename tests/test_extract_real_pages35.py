"""Structures of real public career pages (helper real35, 2026-12-05), on invented pages.

National public career services' job profiles (New Zealand, read with the Māori title over
the English opening) and two school portals that mirror them, a Northern Irish youth careers
guide, an Irish graduate careers site, a UK course-finder's career page, university faculty
"careers in science" pages (Australia), a science magazine's jobs explainer, a career-overview
site, a trade union's "who we are" page on bus work, an encyclopedia's occupation article
(a 2007 copy), a US testing body's world-of-work map entry, US career-snapshot and job-listing
profiles, a geology textbook's section and two geoscience explainers: a title asking "What do
Geologists do?" (the workers in the plural, no article, also after a book's section number
"1.3") named the role "Do Geologist"; a page whose title line is in another language ("Kaimahi
Hiko") and whose opening lists its verbs with commas ("Electricians test, install and repair
…") named no role, and a later remark on some of them ("Self-employed electricians must also
have …") won; "The major employers of physicists are …" named the role "The Major Employers Of
Physicist".
"""

from __future__ import annotations

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    return {fact.text for fact in facts}


def test_a_plural_what_do_they_do_title_names_the_worker() -> None:
    guide = _parse("What do hydrologists do?\n\n"
                   "Hydrologists measure rivers and groundwater for councils and water firms.\n")
    assert guide.role.text == "Hydrologist"
    numbered = _parse("2.4 What Do Volcanologists Actually Do?\n\n"
                      "Volcanologists watch active volcanoes and warn nearby towns.\n")
    assert numbered.role.text == "Volcanologist"


def test_an_opening_listing_its_verbs_names_the_role_under_a_foreign_title() -> None:
    guide = _parse(
        "Kaiwhakatika Paipa\n\nAlternative titles for this job\n\n"
        "Gasfitters test, fit, service and repair gas lines and appliances.\n\n"
        "Skills and knowledge\n\nGasfitters need to have knowledge of:\n\n"
        "  • gas codes and safety rules\n  • pipe sizing\n\n"
        "Self-employed gasfitters must also have business skills.\n")
    assert guide.role.text == "Gasfitter"
    assert guide.role_signal != "file_name"


def test_the_employers_of_the_workers_are_no_title() -> None:
    guide = _parse(
        "What is a job in surveying?\n\n"
        "Surveyors measure land, buildings and boundaries for many kinds of client.\n\n"
        "The main employers of surveyors are councils, builders and mapping agencies.\n")
    assert guide.role.text == "Surveyor"
    assert {"councils", "builders", "mapping agencies"} <= _texts(guide.sectors) | _texts(
        guide.employers)


def test_a_progress_to_become_lead_in_lists_moves_not_qualities() -> None:
    guide = _parse(
        "Glazier\n\nGlaziers cut and fit glass in windows, doors and shopfronts.\n\n"
        "Personal Qualities\n\nGlaziers need to be:\n\n  • careful and patient\n"
        "  • good at problem solving.\n\nSchool Subjects\n\n"
        "Maths and technology are useful at school.\n\n"
        "Glaziers may progress to become:\n\n  • foremen\n  • estimators\n"
        "  • business owners.\n")
    skills = _texts(guide.skills)
    assert not skills & {"foremen", "estimators", "business owners", "good"}
    assert {"Foreman", "Estimator", "Business Owner"} <= _texts(guide.leads_to)


def test_a_credited_list_ends_at_the_next_predicate_and_skilled_x_is_no_move() -> None:
    guide = _parse(
        "Roofer\n\nA roofer is a tradesperson who fits and repairs roofs on houses and shops. "
        "Years of practice are needed to become a skilled roofer. A master roofer is one who "
        "is certified in slate work, usually trains new roofers on site, and oversees large "
        "re-roofing jobs.\n")
    skills = _texts(guide.skills)
    assert not skills & {"usually trains new roofers on site", "oversees large re-roofing jobs",
                         "usually trains new roofers"}
    assert "Skilled Roofer" not in _texts(guide.leads_to)


def test_work_told_a_figure_of_speech_and_a_task_list_name_no_workplace() -> None:
    guide = _parse(
        "Metallurgist\n\nMetallurgists study how metals behave under heat and load. They "
        "write up their work in lab notes and journal articles, and present their work at "
        "trade fairs or symposia.\n\n"
        "Metallurgists work at the forefront of solutions for casting, alloy design and "
        "recycling. They work in a range of settings which include:\n\n"
        "  • testing alloys for car makers\n"
        "  • raising quality and safety in aerospace industries\n\n"
        "Most work in foundries, steel mills and research institutes.\n")
    sectors = _texts(guide.sectors)
    assert not sectors & {"lab notes", "journal articles", "trade fairs", "symposia",
                          "forefront of solutions for casting", "alloy design",
                          "raising quality", "safety in aerospace"}
    assert {"foundries", "steel mills", "research institutes"} <= sectors


def test_a_choice_a_relative_clause_and_the_field_name_no_sector() -> None:
    guide = _parse(
        "Hydrologist\n\nHydrologists study how water moves over and under the ground. Some "
        "work in the field, some in offices and others do both. The sectors they work in "
        "include farming, water supply and flood defence. Hydrologists can work in either "
        "applied or research hydrology.\n")
    sectors = _texts(guide.sectors)
    assert not sectors & {"field", "the field", "include farming", "either applied"}
    assert {"farming", "water supply", "flood defence"} <= sectors


def test_a_condition_after_and_ends_the_list_and_a_possessive_wrapper_is_dropped() -> None:
    guide = _parse(
        "Acoustician\n\nAcousticians measure and control sound in buildings and machines.\n\n"
        "Acousticians need sharp listening and maths skills and, depending on the sector "
        "they hope to join, a master's degree is often asked for. They use their knowledge "
        "of meters and software to quieten plant rooms and halls.\n")
    skills = _texts(guide.skills)
    assert not skills & {"maths skills and", "depending on the sector they hope",
                         "their knowledge of meters"}
    assert "maths skills" in skills or "maths" in skills
