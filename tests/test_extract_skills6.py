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
