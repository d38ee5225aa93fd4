"""Tools a narrator names in running first- or second-person prose (a diary, a forum post, an
interview), and products an appositive sets beside their kind of tool.

Each test writes its own small page (invented roles, products and wording) and asserts the
names the parser reads from it, beside the readings the rule must not make.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.narrated_tools import appositive_tools, narrated_tools


def skills_of(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "diary.txt").skills}


DIARY = """A day in the life of a hydrographic surveyor
Tomasz Wren maps harbour beds for a port authority. He kept a diary of a Thursday for us.
6:30am – Launch
I calibrate the MBES before we leave the pontoon and log into Qinsy on the bridge laptop.
9:00am – Survey lines
We run a CTD cast every two hours; the sound speed goes straight into the processing.
1:00pm – Back at the office
Every line is cleaned in the processing suite (we use CARIS HIPS and Hypack).
At weekends I run Tidewater Charting, my own small firm.
4:00pm – Reports
The charts go out by five. Our tide gauge, a Valeport TideMaster, is checked weekly.
"""


def test_tools_a_diarist_uses_are_skills() -> None:
    found = skills_of(DIARY)
    assert {"MBES", "Qinsy", "CTD", "CARIS HIPS", "Hypack", "Valeport TideMaster",
            "tide gauge"} <= found
    # a business the narrator runs is no tool, nor a title's word
    assert not {"Tidewater Charting", "Tidewater"} & found


def test_names_outside_a_narration_or_after_no_verb_of_use_are_not_read() -> None:
    assert narrated_tools("Surveyors use Qinsy and Hypack on most launches.") == []
    assert narrated_tools("I met Dana Royce at the Harbour Board in Leith.") == []
    assert narrated_tools("I run Saltmarsh Surveys with my brother.") == []
    assert narrated_tools("We use Harbour Board staff for the night shift.") == []
    assert narrated_tools("Posts I actually use  Mar 14, 2026") == []
    assert narrated_tools("YOU USE ONLY COUNTY FORMS") == []


def test_a_narrated_list_of_names_and_an_acronym_before_its_kind() -> None:
    assert narrated_tools("I use Lumen, Sextant or SurveyBook. Then lunch.") == [
        "Lumen", "Sextant", "SurveyBook"]
    assert narrated_tools("You'll be running a CNC lathe by week two.") == ["CNC lathe"]
    assert narrated_tools("Mostly I use Trimble. Clear notes matter.") == ["Trimble"]
    assert narrated_tools("These days I script in Lua or Rust and model in Rhino.") == [
        "Lua", "Rust", "Rhino"]
    assert narrated_tools("We study using the Harbour Pilots Handbook.") == []


def test_an_appositive_names_a_product_and_its_kind() -> None:
    assert appositive_tools("We swap the ventilator, a Hamilton C6, between beds.") == [
        "ventilator", "Hamilton C6"]
    assert appositive_tools("Counts are kept on StockLoop, our inventory app.") == ["StockLoop"]
    # a place or an employer beside a description is no tool
    assert appositive_tools("She moved to Dunmore, a small fishing town, in 2020.") == []
    assert appositive_tools("He joined Corvell, a device maker.") == []


def test_a_verb_inside_a_capitalised_name_is_no_verb_of_use() -> None:
    assert narrated_tools("We like Robot Programming Suites. Use Fennel daily, you said.") == [
        "Fennel"]
