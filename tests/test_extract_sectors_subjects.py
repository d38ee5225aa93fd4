"""Kinds of workplace listed as a hiring verb's subject (read by
:mod:`careergraph.guides.workplaces`): a kind housed in another ("claims units at insurers"),
a kind opened by a capitalised class name ("FTSE 100 companies", "Big Three agencies"), a
bracketed aside after a kind in a list, and industries right after the role's title.

Each sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.titled_fields import role_fields
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def kinds(sentence: str, vocab: Vocabulary, holder: str = "") -> list[str]:
    return workplaces(sentence, vocab, holder)[1]


def test_a_place_housed_in_a_kind_gives_both(vocab: Vocabulary) -> None:
    found = kinds("Contact centres at utilities and travel firms also hire advisers.", vocab)
    assert found == ["Contact centres", "utilities", "travel firms"]


def test_a_unit_housed_in_a_kind_is_the_kind(vocab: Vocabulary) -> None:
    found = kinds("Claims units at insurers and loss-adjusting firms also hire assessors.", vocab)
    assert found == ["insurers", "loss-adjusting firms"]


def test_a_unit_in_a_vague_host_keeps_the_unit_only(vocab: Vocabulary) -> None:
    found = kinds("Regional practices, accountancy firms and in-house audit teams in big "
                  "banks all recruit.", vocab)
    assert found == ["Regional practices", "accountancy firms", "in-house audit teams"]


def test_a_class_name_before_a_kind_is_a_kind(vocab: Vocabulary) -> None:
    found = kinds("Big Three agencies, FTSE 100 companies and charities recruit planners.", vocab)
    assert found == ["Big Three agencies", "FTSE 100 companies", "charities"]


def test_a_brand_before_a_kind_is_left_out(vocab: Vocabulary) -> None:
    # "Harlow Foods stores" may be one employer's outlets: only the plain kind is a sector
    assert kinds("Harlow Foods stores and savings banks hire cashiers.", vocab) == [
        "savings banks"]


def test_a_sample_word_opening_the_sentence_still_rejects_the_list(vocab: Vocabulary) -> None:
    assert kinds("Large firms and councils hire planners.", vocab) == []


def test_a_page_reads_the_subject_list_as_sectors() -> None:
    guide = parse_text("Payroll Officer\n\nWhat payroll officers do all day varies. Bureau "
                       "centres at accountancy practices, NHS trusts and housing associations "
                       "all employ payroll officers.\n", "page.txt")
    assert {fact.text.lower() for fact in guide.sectors} >= {
        "bureau centres", "accountancy practices", "nhs trusts", "housing associations"}


# -- a bracketed aside after a kind in a list under an employers heading -------------------
def test_a_note_in_brackets_after_a_kind_keeps_the_kind() -> None:
    guide = parse_text("Baker\n\nWho hires\n\nHotels (grand old properties, a resort's banquet "
                       "kitchen), tea rooms, large bakeries and catering companies. Around "
                       "Leeds: Pellow Bakehouse and Tarn Catering advertise often.\n", "page.txt")
    found = {fact.text.lower() for fact in guide.sectors}
    assert {"hotels", "tea rooms", "large bakeries", "catering companies"} <= found
    assert not found & {"grand old properties", "a resort's banquet kitchen"}


def test_names_in_brackets_after_a_kind_are_its_employers() -> None:
    guide = parse_text("Field Ecologist\n\nField ecologists survey habitats for "
                       "planning applications.\n\nWho hires\n\nBig consultancies (Tarrow & "
                       "Venn, Oakbridge Group), local councils and wildlife trusts.\n",
                       "page.txt")
    assert {"Tarrow & Venn", "Oakbridge Group"} <= {fact.text for fact in guide.employers}
    assert {"local councils", "wildlife trusts"} <= {fact.text.lower() for fact in guide.sectors}


# -- industries right after the role's own title ("a Buyer in aerospace and defence") ------
def test_industries_after_the_role_title_are_sectors() -> None:
    guide = parse_text("Procurement Buyer\n\nHello, I'm Dana. I have worked for nine years as a "
                       "Procurement Buyer in aerospace and rail engineering. Ask me about "
                       "supplier audits.\n", "page.txt")
    assert {"aerospace", "rail engineering"} <= {fact.text.lower() for fact in guide.sectors}


@pytest.mark.parametrize("sentence", [
    "I worked as a Procurement Buyer in Leeds for two years.",
    "I was a Procurement Buyer in charge of packaging.",
    "She is a Procurement Buyer in a busy retail team.",
    "He became a Procurement Buyer in his second year.",
])
def test_no_industry_after_the_title_when_the_phrase_says_where_or_how(sentence: str) -> None:
    assert role_fields(sentence, "Procurement Buyer") == []


# -- kinds that want more of the role's people ("as boatyards scramble for riggers") ---------
@pytest.mark.parametrize(("sentence", "holder", "expected"), [
    ("Wages climb as ferry operators and ports scramble for deckhands.", "Deckhand",
     ["ferry operators", "ports"]),
    ("The course fills fast because veterinary practices in every county are short of "
     "staff.", "Nurse", ["veterinary practices"]),
    ("Hospitals and clinics are crying out for sonographers.", "Sonographer",
     ["Hospitals", "clinics"]),
])
def test_kinds_wanting_the_role_are_sectors(sentence: str, holder: str, expected: list[str],
                                            vocab: Vocabulary) -> None:
    assert kinds(sentence, vocab, holder) == expected


@pytest.mark.parametrize("sentence", [
    "Graduates compete for places on the scheme.",
    "The depot fell short of its targets this year.",
    # another job's people: no workplace of this role
    "Some welders retrain, because plants are desperate for testers.",
])
def test_no_kinds_when_the_subject_is_no_workplace(sentence: str, vocab: Vocabulary) -> None:
    assert kinds(sentence, vocab, "Welder") == []
