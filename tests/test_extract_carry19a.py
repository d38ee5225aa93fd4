"""Set-19 readers carried to the generator's families (carry19a): careers-fair handouts
(two columns side by side, dashed items glued at a lost break, the customers' industries, a
title's bracketed pay on the career path), translated career pages (a grade's point before
the next grade's, "start from", a " · " strip of other titles' figures, "In the A and B.",
"entered as", "moves up to") and the side-by-side splitter itself.

Every page is invented here (firms, figures, people); as on a crawled site, the file is named
after the role.
"""

from __future__ import annotations

from tests.guide_facts import names, pay

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.sector_frames import client_sectors
from careergraph.guides.side_columns import side_by_side
from careergraph.guides.text import Line, guide_lines


def _read(text: str) -> list[tuple[float | None, float | None, bool]]:
    return [(m.low, m.high, m.open_ended) for m in find_amounts(text)]


def test_a_grades_figure_before_the_next_grades_is_a_point_not_a_floor() -> None:
    assert _read("the gross monthly pay of a glazier goes from € 1.540,20 at the 3rd level to "
                 "€ 1.910,75 at the 6th level") == [(1540, 1540, False), (1911, 1911, False)]
    # a plain "from" stays a floor
    assert _read("pay for a glazier goes from € 1.540 a month") == [(1540, None, True)]


def test_a_translated_start_from_is_the_starting_point() -> None:
    assert _read("The positions of entry level start from € 19.800 per year") == [
        (19800, 19800, False)]


def test_a_dotted_strip_of_other_titles_figures_gives_each_its_own() -> None:
    page = ("Translated by Google ⟲ Show original | Always translate Italian\n"
            "How much does a clockmaker earn in Italy?\n"
            "Clockmaker\n"
            "€ 24.500 / year\n"
            "Compare with similar professions\n"
            "Engraver € 23.100 · Optician € 26.900\n"
            "Was this translation helpful? Rate the translation\n")
    found = pay(parse_text(page, "clockmaker.txt"))
    assert (23100, 23100, "EUR", "year", "Engraver") in found
    assert (26900, 26900, "EUR", "year", "Optician") in found
    assert not any(low == 23100 and owner is None for low, _, _, _, owner in found)


def test_a_dotted_strip_of_the_roles_own_levels_stays_the_roles() -> None:
    page = ("Support Analyst\n"
            "Pay\n"
            "Support Analyst $61k · Senior Support Analyst $78k · Principal $95k\n")
    owners = {owner for *_, owner in pay(parse_text(page, "support-analyst.txt"))}
    assert "Principal" not in owners


def test_in_the_industries_names_sectors() -> None:
    page = ("Sail Rigger: what he does and how much he earns\n"
            "Where does the sail rigger work\n"
            "In the Manufacturing and Logistics.\n")
    guide = parse_text(page, "sail-rigger.txt")
    assert {"Manufacturing", "Logistics"} <= names(guide.sectors)
    assert not any("In the" in name for name in names(guide.employers))


def test_entered_as_and_moves_up_to_are_moves() -> None:
    page = ("Sail Rigger\n"
            "Career\n"
            "Many entered as deckhand or boat builder and learned the trade on the quay. "
            "From sail rigger one moves up to rigging supervisor.\n"
            "Who starts as yard labourer often passes to the loft after a course.\n")
    guide = parse_text(page, "sail-rigger.txt")
    assert {"Deckhand", "Boat Builder", "Yard Labourer"} <= names(guide.moves_in)
    assert "Rigging Supervisor" in names(guide.leads_to)


def test_dashed_items_glued_at_a_lost_break_are_two_items() -> None:
    lines = guide_lines("SKILLS\n- Knot tying- Splicing\n- Canvas cutting\n")
    assert [line.text for line in lines][1] == "- Knot tying; Splicing"
    assert len(lines) == 4  # (no line added: every later line keeps its number)


def test_the_customers_of_the_work_name_their_industries() -> None:
    assert client_sectors("Riggers dress masts for yachting, fishing and ferry companies.") == [
        "yachting", "fishing", "ferry"]
    assert client_sectors("She kept the books for small and medium firms.") == []
    assert client_sectors("Most work for boatbuilding and chandlery firms.") == []


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    lines = [Line(1, "About us                    Your tasks"),
             Line(2, "Harbour Lofts makes sails   - Sail design"),
             Line(3, "for 40 clubs, cut-          - Canvas repair"),
             Line(4, "ting in our own loft.       - use Sailmaker Pro daily"),
             Line(5, "Pay")]
    assert [(x.no, x.text) for x in side_by_side(lines)] == [
        (1, "About us"), (2, "Harbour Lofts makes sails for 40 clubs, cutting in our own loft."),
        (1, "Your tasks"), (2, "- Sail design"), (3, "- Canvas repair"),
        (4, "- use Sailmaker Pro daily"), (5, "Pay")]


def test_a_fixed_width_table_is_no_pair_of_columns() -> None:
    lines = [Line(1, "Level                 Salary"),
             Line(2, "Rigger I              $48,000 – $55,000"),
             Line(3, "Rigger II             $55,000 – $63,000")]
    assert side_by_side(lines) == lines


def test_a_fair_sheet_reads_each_columns_list_and_the_footers_employer() -> None:
    page = "\n".join([
        "MARITIME CAREERS FAIR 2026 · PIER HALL · 3–4 JUNE",
        "MEET US AT BOOTH B7",
        "HARBOUR LOFTS",
        "CAREER SHEET: SAIL RIGGER",
        "Who we are                          What you will do",
        "Harbour Lofts rigs 300 boats        - Mast Stepping",
        "each season.                        - Splicing",
        "                                    - Hydraulic Tensioning",
        "Who we are looking for              - use Sailmaker Pro daily",
        " Teamwork",
        " Working at Height",
        "WHAT WE PAY",
        "Trainee Sail Rigger: S$2,600 per month",
        "Sail Rigger: S$3,100 – S$3,800 per month",
        "YOUR CAREER WITH US",
        "Yard Labourer → Sail Rigger → Rigging Supervisor",
        "Rigging Supervisors (S$4,200 – S$4,900) run a crew of six.",
        "SCAN TO APPLY  [QR]     Walk-in interviews at booth",
        "Equal opportunity employer. Harbour Lofts, UEN 2011****",
        "Page 1 of 1"])
    guide = parse_text(page, "sail-rigger.txt")
    assert {"Mast Stepping", "Splicing", "Hydraulic Tensioning", "Teamwork",
            "Working at Height"} <= names(guide.skills)
    assert "Harbour Lofts" in names(guide.employers)
    found = pay(guide)
    assert (3100, 3800, "SGD", "month", None) in found
    assert (4200, 4900, "SGD", "month", "Rigging Supervisor") in found
