"""Leftovers of set 52's study, real49 and fresh62 (helper fixes102, 2026-12-07, stop 61), on
invented pages.

What was wrong: a bullet's comma list opening with an article ("A good eye for colour,
organised, team player") gave no skills; a requirements line closing on a long "ability to
…" clause gave none; "X (or a similar CMS)", "A and B (x, y)" and a product with its version
("Civil 3D") in a comma list gave none; "progress to Lead X and Y" gave one move "Lead X and
Y"; a CV's "Moved into X in 2019 as a Y" was a move out; a position description's "Typical
recruitment source:" named no feeders and its "X 3 → Y" path started at a class of its own;
a fact sheet's "Commonly Known As | X" and "Primary Work Environment | A, B" rows gave
nothing; "then C. Eventually, … promoted to D" hung D on the ladder's foot; a retailer
naming its trade gave no sector.
"""

from __future__ import annotations

import itertools

from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.requirement_items import comma_requirements
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide
from page_facts import parse_page as _parse
from page_facts import texts as _texts


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def _steps(guide: Guide) -> set[tuple[str, str]]:
    return {(a.text, b.text) for chain in guide.progressions
            for a, b in itertools.pairwise(chain)}


_POSTING = (
    "Garden Centre Assistant\n"
    "Pell & Rowe is an independent garden-furniture retailer with five shops in Kent. We "
    "are looking for a Garden Centre Assistant to help customers every day.\n"
    "What we're looking for:\n"
    "- A good eye for colour, organised, team player\n"
    "- Experience with Wix (or a similar CMS)\n"
    "- Power BI and Excel (pivot tables, XLOOKUP)\n"
    "- SketchUp 3D, Microsoft Excel\n"
    "Salary: £24,000 a year\n"
)


def test_an_article_before_a_bullets_comma_list_is_the_first_items() -> None:
    skills = _texts(_parse(_POSTING).skills)
    assert {"Eye for colour", "organised", "team player"} <= skills


def test_or_a_similar_system_gives_the_product_and_the_kind() -> None:
    skills = _texts(_parse(_POSTING).skills)
    assert {"Wix", "CMS"} <= skills


def test_two_names_and_a_bracket_are_read_apart() -> None:
    skills = _texts(_parse(_POSTING).skills)
    assert {"Power BI", "Excel", "pivot tables", "XLOOKUP"} <= skills


def test_a_products_version_is_part_of_its_name_in_a_comma_list() -> None:
    skills = _texts(_parse(_POSTING).skills)
    assert {"SketchUp 3D", "Microsoft Excel"} <= skills


def test_a_retailer_names_its_trade_as_a_sector() -> None:
    assert "garden-furniture retailer" in _texts(_parse(_POSTING).sectors)


def test_a_closing_ability_clause_leaves_the_items_before_it() -> None:
    assert comma_requirements(
        "Friendly manner, teamwork, ability to lift heavy sacks in all weathers") == [
        "Friendly manner", "teamwork"]


def test_progress_to_the_roles_rung_and_a_post_above_it() -> None:
    text = "Parcel Sorters progress to Lead Sorter and Shift Supervisor within a few years."
    assert prose_moves(text, _vocab(), "Parcel Sorter")["up"] == ["Lead Sorter",
                                                                    "Shift Supervisor"]


def test_progress_to_lead_x_and_y_on_a_growth_line() -> None:
    guide = _parse(
        "Parcel Sorter\n"
        "A Parcel Sorter sorts parcels for delivery rounds in a depot.\n"
        "Skills\n- Stock rotation\n- Scanning\n"
        "Career Growth: Parcel Sorters progress to Lead Sorter and Shift Supervisor; many of "
        "our depot managers started on the floor. Sorters also move across into Customer "
        "Service Advisor roles.\n")
    assert {"Lead Sorter", "Shift Supervisor"} <= _texts(guide.leads_to)
    assert not any(" and " in text for text in _texts(guide.leads_to))
    assert "Customer Service Advisor" in _texts(guide.transitions_to)


def test_a_cvs_dated_move_is_a_post_held_before() -> None:
    found = prose_moves("Moved into surveying in 2019 as a Survey Technician at a small "
                        "practice.", _vocab(), "Land Surveyor")
    assert found["in"] == ["Survey Technician"] and not found["lateral"]


def test_a_later_sentence_climbs_on_from_the_ladders_top() -> None:
    steps = prose_steps(
        "You may begin as a runner, before advancing to junior buyer, buyer and then head "
        "buyer. Eventually, you could be promoted to buying director.", _vocab(), "Buyer")
    assert ("Head Buyer", "Buying Director") in steps
    assert ("Junior Buyer", "Buying Director") not in steps


def test_a_position_descriptions_recruitment_source_and_its_path() -> None:
    guide = _parse(
        "Licensing Specialist\n"
        "A Licensing Specialist reviews permit applications for the state.\n"
        "Typical recruitment source: Permit Clerk, Records Technician.\n"
        "Typical promotional path: Licensing Specialist 3 → Licensing Supervisor → "
        "Licensing Program Manager.\n")
    assert {"Permit Clerk", "Records Technician"} <= _texts(guide.moves_in)
    assert ("Licensing Specialist", "Licensing Supervisor") in _steps(guide)


def test_a_fact_sheets_other_name_and_work_environment_rows() -> None:
    guide = _parse(
        "Wind Turbine Technician\n"
        "Fact Sheet\n"
        "| Trade | Wind Turbine Technician |\n"
        "| Commonly Known As | Turbine Engineer |\n"
        "| Primary Work Environment | Wind farms, Offshore platforms |\n"
        "| Median Pay | $61,000 per year |\n")
    assert "Turbine Engineer" in _texts(guide.aliases)
    assert {"Wind farms", "Offshore platforms"} <= _texts(guide.sectors)
