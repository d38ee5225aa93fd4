"""Sector rules from the studied real sets (helper "sectors4"): a sector word that qualifies a
job title, a heading word that names no section inside a line, a long first item of a
"work in" list, an employer's own staff's postings, a workplace's owner, and a statistics
office's "employment is concentrated in" list.  Pages and sentences are invented here."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.gazetteer import Gazetteer
from careergraph.guides.headings import load_headings
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_a_sector_word_before_a_role_head_qualifies_a_title() -> None:
    names = Gazetteer.from_lexicon(load_lexicon())
    line = "Other titles in this industry group: shop fitter, construction welder, rigger"
    assert names.sectors(line) == []
    assert names.sectors("Most work in construction, some as retail assistants.") == [
        "construction"]
    assert names.sectors("Most work in retail or construction.") == ["retail", "construction"]


def test_the_word_structures_inside_a_line_names_no_sectors_heading() -> None:
    headings = load_headings()
    assert headings.classify("Surveying timber frame structures") is None
    assert headings.classify("Structures") == "sectors"  # a sheet's own-line label


def test_a_long_first_item_of_a_work_in_list(vocab: Vocabulary) -> None:
    sentence = "Most respondents work in regional blood services or hospital pathology units."
    assert workplaces(sentence, vocab)[1] == ["regional blood services",
                                              "hospital pathology units"]


def test_an_employers_own_staff_postings_name_no_sector() -> None:
    page = ("Quarantine Inspector\n"
            "The Harbour Inspection Branch keeps pests out of the region. Our inspectors work "
            "at ferry terminals, freight yards and parcel depots across the coast.\n")
    guide = parse_text(page, "quarantine-inspector.txt")
    assert [f.text for f in guide.sectors] == []
    # a course's graduates are no staff of the course: where they work are sectors
    page = ("Bicycle Mechanic\n"
            "Our graduates work in cycle shops, e-scooter workshops and bike hire fleets.\n")
    guide = parse_text(page, "bicycle-mechanic.txt")
    assert [f.text for f in guide.sectors] == ["cycle shops", "e-scooter workshops",
                                              "bike hire fleets"]


def test_a_workplaces_owner_is_one_sector_with_it(vocab: Vocabulary) -> None:
    sentence = ("Some wardens work for secure hospitals run by private groups such as "
                "Ashgrove Care and Tenley Health.")
    employers, kinds = workplaces(sentence, vocab, "Warden")
    assert kinds == ["secure hospitals"]
    assert employers == ["Ashgrove Care", "Tenley Health"]


def test_employment_concentrated_in_lists_industries(vocab: Vocabulary) -> None:
    sentence = ("Employment in this trade is concentrated in shipbuilding, sawmills, "
                "food processing plants and quarrying.")
    assert workplaces(sentence, vocab)[1] == ["shipbuilding", "sawmills",
                                              "food processing plants", "quarrying"]
