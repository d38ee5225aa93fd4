"""Employers named in running prose by how someone holds a job there (helper "employers3"):
a tenure ("drove for A for six years"), a title before "with" ("a paramedic with A"), a
first job got or a transfer ("I got in at A", "others transfer to the B"), a named
organisation's starting pay for the role, examples whose names carry a legal form, a list
under "Offices that hire …" with ordinal names, and names whose kind comes before "of".
Each page and sentence is written here, with invented organisations, roles and numbers."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def employers_of(text: str) -> list[str]:
    return [fact.text for fact in parse_text(text, "page.txt").employers]


def test_a_tenure_names_an_organisation_not_a_person(vocab: Vocabulary) -> None:
    found, _ = workplaces("Before this I drove tippers for Kettle Valley Haulage for six "
                          "years, then moved into the office.", vocab, "dispatcher")
    assert found == ["Kettle Valley Haulage"]
    # a person's name is no organisation, whatever the span of time
    assert workplaces("I cleaned for Mrs Hale for two years.", vocab, "cleaner")[0] == []
    # a span after a name that is no organisation's ("for Easter for two weeks")
    assert workplaces("We closed for Easter for two weeks.", vocab, "baker")[0] == []


def test_a_title_with_an_organisation(vocab: Vocabulary) -> None:
    found, _ = workplaces("Her brother is a paramedic with Northmoor Ambulance Service in "
                          "Leeds.", vocab, "paramedic")
    assert found == ["Northmoor Ambulance Service"]
    # another job's title says nothing of this role's employers
    assert workplaces("Her brother is a plumber with Northmoor Heating Co.", vocab,
                      "paramedic")[0] == []
    # "with" and a one-word capital is no organisation's name
    assert workplaces("She is a paramedic with Type 1 diabetes.", vocab, "paramedic")[0] == []


def test_a_first_job_got_and_a_transfer(vocab: Vocabulary) -> None:
    assert workplaces("I got in at Wexford & Lune Railway on my third attempt.", vocab,
                      "guard")[0] == ["Wexford & Lune Railway"]
    assert workplaces("Some stay in private practice and others transfer to the Crown "
                      "Prosecution Office.", vocab, "lawyer")[0] == ["Crown Prosecution Office"]
    # a transfer to a role is no employer ("Director of …", plural last word or not)
    assert workplaces("Staff can apply for transfer to Director of Platform Analytics roles.",
                      vocab, "engineer")[0] == []


def test_names_whose_kind_comes_before_of(vocab: Vocabulary) -> None:
    found, _ = workplaces("He was promoted to Head of Visitor Services at the Tollgate Museum "
                          "of Clocks in May.", vocab, "curator")
    assert found == ["Tollgate Museum of Clocks"]


def test_a_named_organisation_starting_the_role_on_a_figure() -> None:
    page = ("# Paramedic\n\n## Pay\n\nThe Eastvale Ambulance Trust starts newly registered "
            "paramedics at $51,200 a year.\n\nExperience pays paramedics well over time.\n")
    assert employers_of(page) == ["Eastvale Ambulance Trust"]


def test_examples_with_a_legal_form_are_employers(vocab: Vocabulary) -> None:
    found, kinds = workplaces("Smaller outfits such as Pellham Rowe LLP or Quarry & Stone pay "
                              "less but train you well.", vocab, "auditor")
    assert found == ["Pellham Rowe LLP", "Quarry & Stone"]
    assert kinds == []  # ("outfits" is no kind of organisation the page names)
    # without a legal form, an unknown kind's examples are no employers
    assert workplaces("Smaller outfits such as Pellham Rowe or Quarry pay less.", vocab,
                      "auditor")[0] == []


def test_a_capital_the_after_such_as_is_part_of_the_name(vocab: Vocabulary) -> None:
    found, _ = workplaces("Salon chains such as The Hair Lounge and Cutworks Studio hire "
                          "juniors every spring.", vocab, "hairdresser")
    assert found == ["The Hair Lounge", "Cutworks Studio"]


def test_offices_that_hire_list_ordinal_names(vocab: Vocabulary) -> None:
    found, _ = workplaces("Offices that hire the most: 3rd Land Registry of Porto Alegre, "
                          "Notaria Ribeiro Campos (Recife), 1st Deeds Office of Natal.",
                          vocab, "clerk")
    assert found == ["3rd Land Registry of Porto Alegre", "Notaria Ribeiro Campos",
                     "1st Deeds Office of Natal"]


def test_a_two_word_firm_named_for_its_partners(vocab: Vocabulary) -> None:
    found, _ = workplaces("Recent adverts came from Harlow General Hospital and the billing "
                          "bureau Tessaly Partners.", vocab, "coder")
    assert "Tessaly Partners" in found


def test_a_ladder_grade_placed_at_is_no_employer(vocab: Vocabulary) -> None:
    sentence = ("New graduates and newly hired technicians are placed at LT I or LT II "
                "according to section 5.")
    assert workplaces(sentence, vocab, "technician")[0] == []
    # the same sentence with organisations placed at keeps them
    assert workplaces("New graduates are placed with Orrin Foods Ltd or Calder Mills Ltd.",
                      vocab, "technician")[0] == ["Orrin Foods Ltd", "Calder Mills Ltd"]


def test_a_body_the_role_works_in(vocab: Vocabulary) -> None:
    page = ("# Forest Ranger\n\n## Overview\n\nIn the Lowmoor Parks & Wildlife Department, a "
            "Forest Ranger is appointed on grade 11 through the state service commission.\n\n"
            "In the northern hills, forest rangers patrol alone.\n")
    assert employers_of(page) == ["Lowmoor Parks & Wildlife Department"]


def test_a_kind_with_its_example_in_brackets_last(vocab: Vocabulary) -> None:
    found, _ = workplaces("Employers range from water utilities (the Severn Vale Water, for "
                          "example) to councils and contractors.", vocab, "engineer")
    assert "Severn Vale Water" in found
    # a tool's example in brackets names no employer
    assert workplaces("Planners use spreadsheet tools (Excel, for example) daily.", vocab,
                      "planner")[0] == []


def test_examples_of_ngos_are_employers(vocab: Vocabulary) -> None:
    found, _ = workplaces("Some leave to work as coordinators on wetland projects run by NGOs "
                          "such as Marshland Renewal Trust.", vocab, "officer")
    assert found == ["Marshland Renewal Trust"]


def test_a_told_career_names_where_it_was_spent() -> None:
    page = ("# Harbour Master\n\nPORT TOWN, March 2, 2026 - The council named Ines Varga "
            "Harbour Master.\n\nVarga began her career in 2001 as a deckhand with a ferry "
            "company. She joined Carrick Point Pilotage Authority as a boat handler in 2005 "
            "and was promoted to Pilot in 2010 and Deputy Harbour Master in 2019.\n")
    assert "Carrick Point Pilotage Authority" in employers_of(page)


def test_a_one_word_short_form_is_the_named_organisation() -> None:
    page = ("# Brewer\n\n## My story\n\nI work at Copperfield Brewing Co. in Leeds. In 2020 "
            "Copperfield hired me as a brewer, and I run the brewhouse now.\n")
    assert employers_of(page) == ["Copperfield Brewing Co."]


def test_a_strip_of_names_under_companies_hiring() -> None:
    page = ("# Payroll Clerk\n\n## Overview\n\nPayroll clerks run the monthly pay cycle. "
            "Who becomes a payroll clerk? Many start as accounts assistants.\n"
            "Companies hiring payroll clerks on Jobwise this week\n"
            "Tamsin Freight Pvt. Ltd. · Quillby Pharma Distributors · Bexley & Kerr\n"
            "Top industries: retail, logistics\n\n## Payroll in the news\n\n"
            "Tax Tables · Year End · Pension Rules\n")
    found = employers_of(page)
    assert {"Tamsin Freight Pvt. Ltd.", "Bexley & Kerr"} <= set(found)
    # the strip under a line that names no hiring organisations gives no employer
    assert not {"Tax Tables", "Year End", "Pension Rules"} & set(found)
