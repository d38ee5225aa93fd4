"""Sectors read from sentences that compare kinds of organisation ("commercial glaziers pay a
little more", "Larger print shops pay more than copy bureaus") and the cases that name no
kind (people as the subject, a generic noun, a sum after "than").

Every page is invented here (kinds, figures); file names are neutral so the role must come
from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.workplace_kinds import paying_kinds
from careergraph.model import Guide


def _guide(body: str) -> Guide:
    return parse_text("Careers guide\nHow to become a Sign Writer\n"
                      "Sign writers paint lettering on shopfronts, vans and boards.\n" + body,
                      "page.txt")


def _sectors(body: str) -> set[str]:
    return {f.text for f in _guide(body).sectors}


def test_kinds_compared_by_their_pay_are_sectors() -> None:
    sectors = _sectors(
        "Pay\nMost sign writers earn £24,000 to £31,000. Larger print shops pay more than "
        "copy bureaus, and most places add overtime.\nVehicle livery firms hire the most "
        "trainees; exhibition contractors pay a little more.\n")
    assert {"print shops", "copy bureaus", "exhibition contractors"} <= sectors
    assert "Larger print shops" not in sectors


def test_a_pay_comparison_without_a_kind_of_organisation_names_no_sector() -> None:
    assert paying_kinds("Sign writers in busy towns pay more rent.") == []
    assert paying_kinds("Firms pay more than the going rate.") == []
    assert paying_kinds("Some studios pay more than £30,000.") == []
    assert paying_kinds("Glazing companies pay better than others.") == ["Glazing companies"]


def test_one_plain_kind_named_with_its_holders_pay_is_a_sector() -> None:
    sectors = _sectors(
        "Pay\nTrainee sign writers are on £21,000, and senior sign writers at exhibition "
        "studios can get £38,000.\nNew sign writers in county councils start at grade 4.\n")
    assert {"exhibition studios", "county councils"} <= sectors


def test_one_kind_set_against_a_sized_one_compares_pay_and_is_no_sector() -> None:
    sectors = _sectors(
        "Pay\nSign writers at regional studios start at about £22,000, while sign writers "
        "at large agencies earn £40,000.\nSign writers at large studios earn more.\n")
    assert not {"regional studios", "large agencies", "agencies", "large studios",
                "studios"} & sectors


def test_a_kind_moved_to_in_a_new_job_is_a_sector() -> None:
    sectors = _sectors(
        "Career path\nAfter some years sign writers become senior sign writers; others move "
        "across to studio manager or to exhibition agencies as set dressers.\nSome move into "
        "design roles with vehicle livery companies, for example as a Livery Designer.\n"
        "Others join housing associations as estate caretakers.\n")
    assert {"exhibition agencies", "vehicle livery companies",
            "housing associations"} <= sectors


def test_a_move_to_a_town_a_named_employer_or_a_sampled_kind_is_no_sector() -> None:
    sectors = _sectors(
        "Career path\nShe moved to Leeds as a senior sign writer.\nHe went to the council as "
        "a painter.\nOthers join larger firms as managers.\n")
    assert not {"Leeds", "council", "the council", "larger firms", "firms"} & sectors


def test_the_last_name_before_a_shared_verb_phrase_is_an_employer() -> None:
    employers = {f.text for f in _guide(
        "Who's hiring in Leeds: Brushline Signs, Kettle Lane Studio and Quayside Graphics "
        "all take on apprentices each autumn.\n").employers}
    assert {"Brushline Signs", "Kettle Lane Studio", "Quayside Graphics"} <= employers
    assert not any("apprentices" in name for name in employers)


def test_a_surveys_most_named_organisations_of_a_kind_are_employers() -> None:
    guide = _guide(
        "Survey results\nRespondents worked in sign studios (61%) and print shops (39%). Among "
        "the studios most often named were Brushline Signs, Kettle Lane Studio and the "
        "Quayside Graphics Centre.\nThe tools named most often were Procreate and Flexi.\n")
    employers = {f.text for f in guide.employers}
    assert {"Brushline Signs", "Kettle Lane Studio", "Quayside Graphics Centre"} <= employers
    assert not {"Procreate", "Flexi"} & employers


def test_the_kinds_others_join_are_sectors() -> None:
    sectors = _sectors(
        "About the job\nMost sign writers are self-employed; others join shopfitting firms, "
        "exhibition contractors and, increasingly, large vehicle wrap studios.\nSome go "
        "freelance. Others join the guild early.\n")
    assert {"shopfitting firms", "exhibition contractors", "vehicle wrap studios"} <= sectors
    assert not {"the guild", "guild", "large vehicle wrap studios", "increasingly"} & sectors
