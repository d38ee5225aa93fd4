"""Sector names that are no kind of employer of the role (helper prec17, stop 54): another
title's employer (the reader's present job, a move out of the trade), where recruits worked
before, a schooling level with its subject, a sentence about which skills are asked for, the
one place a sentence speaks of ("at the club"), a place word alone ("rural" of "rural and
remote health").  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _sectors(text: str) -> set[str]:
    guide = parse_text(text, "page.txt")
    return {f.text.lower() for f in guide.sectors}


def _page(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


def test_the_readers_present_job_names_no_kind_of_employer() -> None:
    found = _sectors(_page(
        "Grant Writer", "Your action plan",
        "You currently work as a Stock Controller for a timber merchant. Grant writers work "
        "for charities and housing associations."))
    assert "timber merchant" not in found
    assert {"charities", "housing associations"} <= found


def test_a_move_out_of_the_trade_names_no_kind_of_employer() -> None:
    found = _sectors(_page(
        "Orthotic Technician", "Where they work",
        "Orthotic technicians work in hospital workshops and private clinics. A few transfer "
        "to sales and work as a product adviser for a brace manufacturer."))
    assert "brace manufacturer" not in found
    assert {"hospital workshops", "private clinics"} <= found


def test_the_roles_own_head_noun_keeps_its_employer() -> None:
    # (a title with the role's head noun, or a rung on its ladder, is the role's own work)
    found = _sectors(_page(
        "Orthotic Technician", "Where they work",
        "Some currently work as a technician for a brace manufacturer."))
    assert "brace manufacturer" in found


def test_where_recruits_worked_before_is_no_kind_of_employer() -> None:
    found = _sectors(_page(
        "Parking Warden", "Who we recruit",
        "Most new wardens previously worked in retail as shop assistants or in the armed "
        "forces. Wardens work for local councils."))
    assert not {"armed forces", "the armed forces"} & found
    assert "local councils" in found


def test_a_schooling_level_with_its_subject_is_no_sector() -> None:
    found = _sectors(_page(
        "Soil Scientist", "Profile",
        "The position of Soil Scientist working in the state of Goias has an average "
        "professional profile of a worker aged 41, higher education in Geology, female, who "
        "works 40 hours per week in companies in the segment of mining services."))
    assert "higher education" not in found


def test_higher_education_as_an_employer_stays() -> None:
    found = _sectors(_page(
        "Soil Scientist", "Where they work",
        "Soil scientists work in higher education, consultancies and farming."))
    assert "higher education" in found


def test_a_sentence_about_which_skills_are_asked_names_no_workplace() -> None:
    found = _sectors(_page(
        "Histology Technician", "Survey findings",
        "Asked which skills their lab finds hardest to recruit, managers named: ICSX (60%), "
        "tissue microtomy for IHC (40%), frozen sections (20%) and slide scanning (10%). Most "
        "also want care with samples."))
    assert not {"icsx", "ihc"} & found


def test_one_place_after_at_the_is_no_kind() -> None:
    found = _sectors(_page(
        "Match Analyst", "Our staff",
        "Sam codes every fixture. Started as a Video Intern at the club. Analysts work for "
        "football clubs and national governing bodies."))
    assert "club" not in found
    assert "football clubs" in found


def test_a_place_word_is_read_with_the_kind_it_shares() -> None:
    found = _sectors(_page(
        "Physiotherapist", "Where they work",
        "Most physiotherapists work in private practice; demand is highest in rural and "
        "remote health."))
    assert "rural" not in found
    assert "rural and remote health" in found
