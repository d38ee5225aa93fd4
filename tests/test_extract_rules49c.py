"""Structures found on a second pass over held-back set 49 (helper rules49c): a figure
restated as the floor of the bracketed range after it, a pay memo's comparator lines that
open with a title and its grade, a pronoun's clause ending a list of earlier titles, a
wish's place after "a huge plus", "entry to the role is from <field>: A, B, C", an employer
field's department path, a title "of our" premises and a statute's name with an "and" in
it.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import done_in_tools
from careergraph.guides.skill_trailers import without_item_wish
from careergraph.guides.text import split_items


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_MEMO = "\n".join([
    "Pay Review Memo — Depot Technician",
    "Organisation: Northfell Mutual — Fleet & Estates — Depot Services",
    "Current ranges",
    "Grade B: £28,000 – £34,000",
    "Comparators inside the firm",
    "Fleet Planner — Grade C, median paid £36,400",
    "Transport Manager — Grade E, £47,000 – £56,000",
    "Recommendation",
    ("Move the grade up one step and lift the Grade B floor to £30,000 (new range £30,000 – "
     "£33,000 – £36,000). For reference: Workshop Manager (M3) range £44,000 – £50,000 – "
     "£56,000."),
    "Career note",
    ("Usual entry to the role is from counter and dispatch work: Parts Adviser, Fleet "
     "Administrator, Vehicle Inspector. Progression: Depot Technician → Senior Depot "
     "Technician."),
    "",
])


def test_a_restated_floor_before_a_bracketed_range_is_no_figure() -> None:
    page = ("Depot Technician\n\nPay\nMove Tech II to grade T2 with a range of $60,000 – "
            "$66,000 – $72,000 (min – mid – max), effective Jan 1, 2027, and raise the Tech I "
            "minimum to $51,000 (new range $51,000 – $57,000 – $63,000).\n")
    pay = _pay(parse_text(page, "depot-technician.txt"))
    assert (51000.0, 63000.0, None) in pay and (60000.0, 72000.0, None) in pay
    assert (51000.0, 51000.0, None) not in pay


def test_a_figure_before_another_range_stays() -> None:
    page = ("Depot Technician\n\nPay\nStarting pay is £29,000 (range £27,000 – £31,000 for "
            "the grade).\n")
    pay = _pay(parse_text(page, "depot-technician.txt"))
    assert any(low == 29000.0 for low, _, _ in pay)


def test_comparator_lines_give_their_titles_pay() -> None:
    pay = _pay(parse_text(_MEMO, "depot-technician.txt"))
    assert (36400.0, 36400.0, "Fleet Planner") in pay
    assert (47000.0, 56000.0, "Transport Manager") in pay
    assert (44000.0, 56000.0, "Workshop Manager") in pay
    assert (28000.0, 34000.0, None) in pay  # (the role's own grade: no title before it)


def test_entry_from_a_field_then_its_titles() -> None:
    moves_in = _facts(parse_text(_MEMO, "depot-technician.txt"), "moves_in")
    assert {"Parts Adviser", "Fleet Administrator", "Vehicle Inspector"} <= moves_in


def test_an_employer_field_with_its_department_path() -> None:
    employers = _facts(parse_text(_MEMO, "depot-technician.txt"), "employers")
    assert "Northfell Mutual" in employers
    assert not any("Depot Services" in name or "Fleet & Estates" in name
                   for name in employers)


def test_a_pronoun_clause_ends_a_list_of_earlier_titles() -> None:
    page = ("Lash Technician\n\nCareer with us\nMany of our girls started as a cashier of the "
            "shop or as a barber's assistant (asistentë berberi) and we taught them the "
            "work.\n")
    moves_in = _facts(parse_text(page, "lash-technician.txt"), "moves_in")
    assert "Barber's Assistant" in moves_in
    assert not any(name.lower().startswith("we ") for name in moves_in)


def test_a_wish_place_is_no_tool() -> None:
    assert done_in_tools("Portuguese is a huge plus in RI") == []
    assert done_in_tools("model builds in InfoWorks ICM") == ["InfoWorks ICM"]
    assert without_item_wish("Portuguese is a HUGE plus in RI") == "Portuguese"
    assert without_item_wish("Python in Go") == "Python in Go"


def test_a_wish_place_in_a_notes_list_gives_no_skill() -> None:
    page = ("Genetic Counselor\n\nWhat skills matter most?\n- pedigree drawing\n"
            "- empathy; Portuguese is a HUGE plus in RI\n")
    skills = {s.text for s in parse_text(page, "genetic-counselor.txt").skills}
    assert "RI" not in skills


def test_a_title_of_our_premises_is_the_title() -> None:
    page = ("Property Manager\n\nCareer\nThe usual road: Property Manager → Senior Property "
            "Manager. Who likes the technical side more can move over to the facility "
            "manager of our office blocks.\n")
    assert "Facility Manager" in _facts(parse_text(page, "property-manager.txt"),
                                        "transitions_to")


def test_a_statute_keeps_its_and() -> None:
    assert split_items("the Lifts and Escalators Safety Act, budgeting") == [
        "the Lifts and Escalators Safety Act", "budgeting"]
    assert split_items("Data Protection Act and GDPR") == ["Data Protection Act", "GDPR"]
    assert split_items("the Mines Act and Quarry Regulations") == [
        "the Mines Act", "Quarry Regulations"]
    assert split_items("Excel and Word") == ["Excel", "Word"]


def test_came_across_from_being_a_plural_title() -> None:
    page = ("Yacht Designer\n\nHer route\n- two of her colleagues came across from being Deck "
            "Officers on cargo ships\n")
    moves_in = _facts(parse_text(page, "yacht-designer.txt"), "moves_in")
    assert "Deck Officer" in moves_in
    page = "Yacht Designer\n\nHer route\n- she came across from being in sales\n"
    assert not _facts(parse_text(page, "yacht-designer.txt"), "moves_in")
