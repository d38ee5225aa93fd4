"""Rules of stop 36: a precise euro figure of a few thousand with no period is monthly."""

from __future__ import annotations

from careergraph.guides.amounts import find_amounts


def test_precise_few_thousand_euros_is_a_month() -> None:
    found = find_amounts("Trainees therefore begin on roughly 2,874 euros gross, and after "
                         "three years about 37,900 euros gross a year.")
    assert [(m.low, m.period) for m in found] == [(2874, "month"), (37900, "year")]


def test_round_or_stated_figures_keep_their_period() -> None:
    # a round figure is not restated from a table; a stated period always wins
    assert [m.period for m in find_amounts("Pay is about 4,000 euros gross.")] == ["year"]
    assert [m.period for m in find_amounts("Pay is 2,874 euros gross a year.")] == ["year"]
    assert [m.period for m in find_amounts("Pay is $2,874 gross.")] != ["month"]


def test_title_for_a_bare_field_keeps_its_field() -> None:
    from careergraph.guides.prose_titles import prose_title
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert prose_title("Officer for harbour safety", vocab) == "Officer for Harbour Safety"
    # a time or a workplace after "for" is no part of the title
    assert prose_title("Manager for three years", vocab) == "Manager"
    assert prose_title("warden for the county", vocab) == "Warden"


def test_sentence_opening_on_paying_places_names_sectors() -> None:
    from careergraph.guides.workplace_kinds import compared_settings

    assert compared_settings("At county councils, water boards and harbours, they are "
                             "usually paid on the local scale.") == [
        "county councils", "water boards", "harbours"]
    # a time or a manner opening the sentence is no place
    assert compared_settings("In most cases, they are paid weekly.") == []
    assert compared_settings("At first, they work alone.") == []


def test_title_for_whom_it_works_is_no_field() -> None:
    from careergraph.guides.prose_titles import prose_title
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert prose_title("Menu Chefs for airline caterers", vocab) == "Menu Chef"
