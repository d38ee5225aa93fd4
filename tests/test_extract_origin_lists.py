"""Moves into a role named as fields after "joined from", lists of origins that repeat
"from" or open with a service, and a workplace list that ends in its region."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


def moves_in(body: str, title: str = "Loom Tuner Careers Guide") -> list[str]:
    guide = parse_text(f"{title}\n\n{body}\n", "x.txt")
    return [m.text for m in guide.moves_in]


def test_joined_from_names_fields_for_their_workers() -> None:
    assert moves_in("Most of our tuners joined us from textile finishing or dye house "
                    "maintenance.") == ["Textile Finishing", "Dye House Maintenance"]


def test_a_service_item_does_not_end_the_list() -> None:
    assert moves_in("Many of our tuners joined from the army, warehouse security or "
                    "carpet weaving.") == ["Warehouse Security", "Carpet Weaving"]


def test_each_origin_may_repeat_from() -> None:
    assert moves_in("Many of our tuners joined from the navy or from pump mechanic roles "
                    "with mill owners.") == ["Pump Mechanic"]


def test_a_field_after_joined_from_needs_people_as_subject() -> None:
    assert moves_in("Loom tuners keep the looms running. Most new orders joined from "
                    "carpet weaving.") == []


def test_a_list_of_workplaces_keeps_its_last_kind_before_the_region() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert workplaces("Our agency places tuners with spinning mills, dye works and carpet "
                      "factories in Yorkshire and Ulster.", vocab)[1] == [
        "spinning mills", "dye works", "carpet factories"]
    assert workplaces("Most tuners work for spinning mills in Lancashire.", vocab)[1] == [
        "spinning mills"]


def test_a_mass_noun_sector_between_kinds_of_place_does_not_end_the_list() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert workplaces("Our alumni work at county papers, community radio, trade magazines "
                      "and news agencies.", vocab)[1] == [
        "county papers", "community radio", "trade magazines", "news agencies"]
    assert "weaving" not in workplaces("They work at mills, weaving, and dye works.",
                                       vocab)[1]  # an activity, no sector
