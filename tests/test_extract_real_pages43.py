"""Structures of real public career pages (helper real43, 2026-12-06), on invented pages.

Railway signalling (a Scottish careers profile with graded pay, a job-spec site's emoji card
with entry, advancement and lateral moves), arboriculture (a New Zealand school copy of the
national careers profile titled in English and te reo Māori, a television series' job card, a
newspaper's question-and-answer interview), solar installation (a college's quick-facts box, a
trade-school page with a knowledge list), aquaculture (a job site's card with "Tasks:" and
"Also Called:", a Canadian engineering-pathways page), social work, garment making (the New
Zealand and an Australian sewing-machinist profiles, a UK sample-machinist guide), hotels and
events (a "Role at a glance" card, a study site's salary article), telecoms field work (an
O*NET-fed card, a career guide's key-facts column), printing, sports coaching (a school's copy
of a UK profile) and a bank teller's career-path guide.  What was wrong: "Coordinate with
vendors including caterers, florists, …" gave "Coordinate with vendors" and each vendor as
skills; "Local, state, and federal codes" gave "Local", "state", "federal codes"; an
unheaded bullet list of working hours ("may work nights and weekends and on call") gave
"may work nights", "weekends and"; "work in quiet areas" gave a sector "quiet areas"; a title
line "Arborist Kaitiaki Rākau" was not read, and "Utility arborists will also …" named the
page.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import texts as _texts


def test_a_duty_with_parties_including_names_no_skills() -> None:
    guide = _parse(
        "Conference Coordinator\n\n"
        "A Conference Coordinator runs the practical side of meetings at a lakeside venue.\n\n"
        "Duties and responsibilities\n"
        "- Coordinate with suppliers including bakers, sound crews, shuttle firms, and "
        "printers\n"
        "- Leak testing including helium sniffing and pressure decay\n"
        "- Draw up seating plans and badge lists\n")
    skills = _texts(guide.skills)
    assert not {"Coordinate with suppliers", "bakers", "sound crews", "shuttle firms",
                "printers"} & skills
    # a duty written as nouns keeps its head and its examples
    assert {"Leak testing", "helium sniffing", "pressure decay"} <= skills


def test_levels_of_government_sharing_one_head_are_one_item() -> None:
    guide = _parse(
        "Heat Pump Installer\n\n"
        "A heat pump installer fits air-source units in homes.\n\n"
        "Qualifications for Heat Pump Installers\n"
        "- Knowledge of the following:\n"
        "- Local, state, and federal codes\n"
        "- Pipe bending, brazing, and hand tools\n"
        "- Refrigerant handling\n")
    skills = _texts(guide.skills)
    assert "Local, state, and federal codes" in skills
    assert not {"Local", "state", "federal codes"} & skills
    # a series of skills with a two-word last item is still a list
    assert {"Pipe bending", "brazing", "hand tools"} <= skills


def test_an_unheaded_list_of_working_hours_names_no_skills() -> None:
    guide = _parse(
        "Glazier\n\n"
        "Glaziers cut and fit glass in windows and shopfronts.\n\n"
        "Glaziers need to have knowledge of:\n\n"
        "  • glass types and safety glazing rules\n"
        "  • cutting, edging and sealing techniques\n\n\n"
        "  • may work evenings and weekends\n"
        "  • may work at heights on scaffolds\n")
    skills = _texts(guide.skills)
    assert not any(skill.lower().startswith("may ") for skill in skills)
    assert "weekends" not in " ".join(skills)
    assert {"glass types", "cutting"} <= skills


def test_a_quiet_place_of_work_is_no_sector() -> None:
    guide = _parse(
        "What is a Bookbinder?\n"
        "A bookbinder is someone who folds, sews and covers printed sheets into books.\n"
        "What is the workplace of a Bookbinder like?\n"
        "Hand binders usually work in quiet areas, while machine binders work in noisy "
        "settings.\n"
        "Most bookbinders work in print shops and in-plant binderies.\n")
    sectors = _texts(guide.sectors)
    assert "quiet areas" not in sectors
    assert "print shops" in sectors


def test_a_title_glued_to_its_te_reo_name_is_the_role() -> None:
    guide = _parse(
        "Glazier Kaimahi Mātapihi\n\n"
        "Glaziers cut and fit glass in windows and shopfronts.\n\n"
        "Contract glaziers will also fit mirrors in gyms and hotels.\n")
    assert guide.role.text == "Glazier"
    # a title whose own words hold an accent keeps them
    cafe = _parse("Café Manager\n\nA café manager runs a small coffee shop and its staff.\n")
    assert cafe.role.text == "Café Manager"
