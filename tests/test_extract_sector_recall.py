"""Sectors the readers missed on the studied sets, read generally: the kind of organisation
whose named examples are employers ("with dairy companies such as A"), industries named one
at a time ("The work is in Real Estate", "Legal Services are the big markets"), and an
industry the gazetteer knows as a whole never read as an employer ("Public Health").

Every page is invented here (firms, figures, people); file names are neutral so the role must
come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text


def _read(body: str) -> tuple[set[str], set[str]]:
    page = ("Careers guide\nHow to become a Saddler\n"
            "Saddlers cut, stitch and fit leather harness and saddles.\n" + body)
    guide = parse_text(page, "page.txt")
    return {f.text for f in guide.sectors}, {f.text for f in guide.employers}


def test_a_qualified_kind_before_its_named_examples_is_a_sector() -> None:
    sectors, employers = _read(
        "Many saddlers first work as fitters with racing yards such as Ashcombe Yard and "
        "Pellow Farm.\nOthers join regional councils like Wexmoor Council.\n")
    assert {"racing yards", "regional councils"} <= sectors
    assert {"Ashcombe Yard", "Pellow Farm", "Wexmoor Council"} <= employers


def test_a_sample_or_an_unknown_single_noun_before_examples_is_no_sector() -> None:
    sectors, employers = _read(
        "Large producers such as Tolland Leather hire apprentices every spring.\n"
        "Apprentices often join chains like Brannock & Vey.\n")
    assert {"Tolland Leather", "Brannock & Vey"} <= employers
    assert not {"Large producers", "producers", "chains"} & sectors


def test_industries_named_one_at_a_time_are_sectors() -> None:
    sectors, _ = _read("The work is in Real Estate.\nLook for openings in Hospitality.\n"
                       "Our clients span Insurance and Aviation.\n")
    assert {"Real Estate", "Hospitality", "Insurance", "Aviation"} <= sectors


def test_a_known_industry_as_a_hiring_subject_is_a_sector_not_an_employer() -> None:
    sectors, employers = _read("Mining and Public Health are all hiring.\n"
                               "Saddler roles are hired by Public Health and Tourism.\n")
    assert {"Mining", "Public Health", "Tourism"} <= sectors
    assert "Public Health" not in employers


def test_a_surveys_shares_close_each_place_it_lists() -> None:
    sectors, _ = _read(
        "Respondents worked in RDA tack workshops (47%), independent saddlery shops (38%) and "
        "college or museum workrooms (15%). Among the shops most named were Kettering Tack.\n")
    assert {"RDA tack workshops", "independent saddlery shops",
            "college or museum workrooms"} <= sectors
    assert "Kettering Tack" not in sectors


def test_a_comma_list_keeps_the_pairs_before_its_last_comma_whole() -> None:
    sectors, _ = _read("The work is in stables and studs, food and drink, tourism and "
                       "equestrian sport (shows and hunts).\n"
                       "The work is in cold, damp and draughty conditions.\n")
    assert {"stables and studs", "food and drink", "tourism", "equestrian sport"} <= sectors
    assert not {"stables", "studs", "cold", "draughty conditions", "shows"} & sectors


def test_two_kinds_sharing_a_head_give_the_second_kind_too() -> None:
    page = ("Careers guide\nHow to become a Saddler\nSaddlers stitch leather.\n"
            "Where saddlers work\n- Riding school and livery workshops\n"
            "- Stables and racing yards\n- Before- and after-school clubs\n")
    sectors = {f.text for f in parse_text(page, "page.txt").sectors}
    assert {"Riding school and livery workshops", "livery workshops"} <= sectors
    assert "racing yards" not in sectors  # (two plurals: "Stables and racing yards" is one)
    assert "after-school clubs" not in sectors  # a suspended prefix: one kind


def test_a_span_of_time_after_work_as_for_is_no_workplace() -> None:
    sectors, employers = _read("I did seasonal work as a stable hand for two summers (mostly "
                               "on hill farms) and want more.\n")
    assert not {"two summers"} & (sectors | employers)


def test_an_adverb_before_the_verb_is_no_part_of_a_listed_kind() -> None:
    page = ("Careers guide\nHow to become a Saddler\nSaddlers stitch leather.\n"
            "Where the jobs are\nRiding schools and racecourses also hire saddlers.\n")
    sectors = {f.text for f in parse_text(page, "page.txt").sectors}
    assert "racecourses" in sectors
    assert "racecourses also" not in sectors


def test_a_closing_verdict_heading_ends_the_workplaces_section() -> None:
    page = ("Careers guide\nHow to become a Saddler\nSaddlers stitch leather.\n"
            "Where Can You Work?\nLarge employers that train saddlers every year include "
            "Brannock Leather GmbH and Vey Tack AG. The equestrian industry, tourism and farming "
            "hire the most.\n\nBottom line\nThe early years are thin, but the qualified pay is "
            "well above the median. Worth it!\n")
    sectors = {f.text.lower() for f in parse_text(page, "page.txt").sectors}
    assert "tourism" in sectors
    assert not {"thin", "but the qualified pay"} & sectors


def test_a_kinds_generic_tail_stays_unless_the_bare_word_is_an_industry() -> None:
    page = ("Careers guide\nHow to become a Saddler\nSaddlers stitch leather.\n"
            "Who hires saddlers?\nLeather suppliers, accounting firms and racing yards "
            "– and we work with all three.\n")
    sectors = {f.text for f in parse_text(page, "page.txt").sectors}
    assert {"Leather suppliers", "accounting", "racing yards"} <= sectors
    assert "Leather" not in sectors


def test_years_spent_in_kinds_of_organisation_name_them() -> None:
    sectors, _ = _read("I've been in racing yards for 12 years.\n"
                       "Twenty years in tanneries and saddleries, then I retrained.\n"
                       "I have been in the trade for 10 years. She has 6 years in accounts.\n")
    assert {"racing yards"} <= sectors
    assert not {"the trade", "trade", "accounts"} & sectors


def test_a_known_sector_pair_stays_whole_in_a_workplace_list() -> None:
    sectors, _ = _read("Employers that hired our saddlers in 2025 include Brannock Leather and "
                       "Vey Tack, across tourism, energy and utilities, and farming.\n")
    assert {"tourism", "energy and utilities", "farming"} <= sectors
    assert "energy" not in sectors
