"""Equipment lists after "with"/"using" in duty prose (helper skills6): every "with" opens a
list of its own, a place or a worked thing after the list ends it, and the bench trades'
hand tools count as tools.  Invented wording throughout."""

from __future__ import annotations

from careergraph.guides.items import with_tools


def test_list_ends_before_a_place() -> None:
    assert with_tools("She opens the case with spanners and tweezers under a bench lamp.") == [
        "spanners", "tweezers"]
    assert with_tools("Tighten each flange with a torque wrench on the night shift") == [
        "torque wrench"]


def test_later_with_not_hidden_by_an_earlier_clause() -> None:
    found = with_tools("He cleans the parts with the oilers, sets the beat by ear and "
                       "checks the seal with the pressure tester.")
    assert found == ["pressure tester", "oilers"]


def test_repeated_with_inside_one_list() -> None:
    assert with_tools("solders with the hand torch and with the gas torch") == [
        "hand torch", "gas torch"]


def test_hand_tools_of_bench_trades() -> None:
    assert with_tools("trims the hide using scalpels and scissors.") == ["scalpels", "scissors"]
    assert with_tools("clears the drift with a shovel, then radios base") == ["shovel"]


def test_people_and_places_still_name_no_tool() -> None:
    assert with_tools("works with carers and nurses in the ward") == []
    assert with_tools("sits with the family at the kitchen table") == []
    assert with_tools("travel with colleagues from the depot") == []


def test_kit_list_with_plain_plurals_and_acronyms_among_tools() -> None:
    assert with_tools("measures the shaft with an OMM, depth gauges and inside calipers.") == [
        "OMM", "depth gauges", "inside calipers"]
    assert with_tools("reach the loft using ropes, ladders and rescue tools.") == [
        "ropes", "ladders", "rescue tools"]


def test_kit_list_needs_half_tools_and_no_people_or_clauses() -> None:
    assert with_tools("packs the van with boxes, crates and a trolley.") == []
    assert with_tools("works with volunteers and a hoist") == []
    assert with_tools("sands it with a block and moves on") == []
    assert with_tools("clears the yard with tools and sheets") == []


def test_two_products_in_a_bracket_after_a_short_kind() -> None:
    from careergraph.guides.duty_tools import duty_tools

    text = "Clerks file deeds in the land systems (DeedBank, Plot Index) and answer the phone."
    assert duty_tools(text, prose=True) == ["DeedBank", "Plot Index"]
    assert duty_tools("She hems curtains on a heavy sewing machine (Merrow, Singer).",
                      prose=True) == ["Merrow", "Singer"]
    assert with_tools("fixes the cloth with a staple gun, sews hems on the machine") == [
        "staple gun"]


def test_one_name_after_a_short_kind_is_a_house_name() -> None:
    from careergraph.guides.duty_tools import duty_tools

    assert duty_tools("Keep notes in the clinic system (CaseBook) daily.", prose=True) == []
    assert duty_tools("Service the sewing machine (Merrow) weekly.", prose=True) == []
