"""Skill structures of the studied real sets (skills5): long skills lead-ins above a list,
dash rows that list techniques, "&" pairs and a "when …" tail after an item.

Each test writes its own small page (invented roles, wording and names) and asserts what the
public parser reads, and the tempting non-skills it must leave alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import skill_names
from careergraph.guides.skill_cues import paired_skills
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _skills(text: str) -> set[str]:
    return {skill.text for skill in parse_text(text, "page.txt").skills}


_INTERVIEW = """A week with the kiln crew
Every month I pick one trade and talk to the people in it. This month: Dana, who has fired
kilns at a small pottery for nine years.
So what does a kiln operator do?
Mostly loading shelves, watching the pyrometer and logging each firing.
{heading}
{items}
What does it pay?
A kiln operator earns $41,000–$52,000 a year.
"""


def test_a_long_skills_lead_in_above_a_numbered_list_heads_it() -> None:
    items = "\n".join(["1. Reading cone packs", "2. Kiln safety (the insurer is strict)",
                       "3. Glaze chemistry"])
    found = _skills(_INTERVIEW.format(heading="Skills the crew told me count most",
                                      items=items))
    assert {"Reading cone packs", "Kiln safety", "Glaze chemistry"} <= found
    # a bracket that says something with a verb is a remark, no tool
    assert not {s for s in found if "insurer" in s}


def test_a_long_lead_in_above_a_paragraph_stays_prose() -> None:
    text = _INTERVIEW.format(heading="Skills the crew told me count most",
                             items="Nobody agreed on a list, but everyone said patience.")
    assert "Nobody agreed on a list" not in " ".join(_skills(text))


_DASHES = """Glassworks Assistant
A glassworks assistant helps the gaffer at the furnace.

Skills you'll need
- Hot work — gathering, marvering, punty transfer
- Pricing & buying — stock rotation, supplier orders
- Communication — clear, calm, friendly
- Physics — how heat moves through a gather
"""


def test_a_dash_row_listing_techniques_gives_each_and_splits_its_pair() -> None:
    found = _skills(_DASHES)
    assert {"Hot work", "gathering", "marvering", "punty transfer"} <= found
    assert {"Pricing", "buying", "stock rotation", "supplier orders"} <= found
    assert not {"clear", "calm", "friendly", "how heat moves through a gather"} & found


def test_a_sentence_case_practice_and_an_acronym_are_two_skills() -> None:
    assert paired_skills("Wiring diagrams & BS7671") == ["Wiring diagrams", "BS7671"]
    assert paired_skills("Health & Safety") == ["Health & Safety"]


def test_a_when_clause_after_the_last_item_is_no_part_of_it() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    found = skill_names("slinging, radio etiquette and signalling when the crane slews", vocab)
    assert "signalling" in found
    assert not any("crane" in name for name in found)


_LEAFLET = """Slater
A slater covers pitched roofs in natural slate for builders and heritage owners.
THE WORK
Slaters strip and re-cover roofs in natural slate, cutting each slate to size and logging
every job on the site handheld (Fieldly or RoofTrack). Heavy lifting is shared by the crew.
WHAT YOU EARN
Slater: £31,000 – £36,000 a year
"""


def test_the_work_heads_duties_whose_kind_of_tool_names_its_products() -> None:
    found = _skills(_LEAFLET)
    assert {"Fieldly", "RoofTrack", "site handheld"} <= found


def test_a_two_word_kind_before_a_bracket_of_products_is_a_tool_too() -> None:
    from careergraph.guides.duty_tools import duty_tools
    found = duty_tools("Log each delivery on the driver tablet (Routely or Dropkit).", prose=True)
    assert found == ["Routely", "Dropkit", "driver tablet"]
    assert duty_tools("Fill the water tank (hot or cold) first.", prose=True) == []


def test_the_training_an_employer_gives_names_skills() -> None:
    from careergraph.guides.headings import load_headings
    from careergraph.guides.skill_cues import cued_skills
    cues = load_headings().skill_cues
    text = "Training you will receive: manual handling, first aid and forklift safety."
    assert cued_skills(text, cues) == ["manual handling", "first aid", "forklift safety"]


def test_a_fixed_pair_in_a_coded_statement_stays_whole() -> None:
    from careergraph.guides.items import coded_skills
    assert coded_skills("K2: Site health and safety law and lifting plans") == [
        "Site health and safety law", "lifting plans"]


def test_a_tool_noun_before_and_is_a_tool_of_its_own() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    found = skill_names("feeler gauges, grinders and belt sanders", vocab)
    assert found == ["feeler gauges", "grinders", "belt sanders"]
    # a bare noun that modifies the head still shares it
    assert "health and safety regulations" in skill_names(
        "health and safety regulations, first aid", vocab)


def test_two_codes_sharing_their_kind_are_two_skills() -> None:
    assert paired_skills("SNOMED-7 and ATC-5 classifications") == ["SNOMED-7", "ATC-5"]
    assert paired_skills("Level 2 and Level 3 awards") != ["Level 2", "Level 3"]
