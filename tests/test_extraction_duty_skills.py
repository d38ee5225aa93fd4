"""Skills named inside duty lines and skills-list items that share one head, and names a
known skill sits inside.

Each test writes its own small page (invented roles and wording) and asserts the names the
parser reads from it, beside the readings the rule must not make.
"""

from __future__ import annotations

from careergraph.guides import parse_text


def skills_of(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "duty.txt").skills}


def skills_page(items: list[str], role: str = "Orchard Hand") -> str:
    bullets = "\n".join(f"- {item}" for item in items)
    return (f"{role}\n\nAn {role} looks after fruit trees through the year.\n\n"
            f"## Skills you need\n\n{bullets}\n")


def test_two_objects_of_one_activity_are_two_skills() -> None:
    found = skills_of(skills_page(["tractor and van driving skills",
                                   "sheep and goat shearing"]))
    assert {"tractor driving", "van driving", "sheep shearing", "goat shearing"} <= found
    assert not {n for n in found if " and " in n}


def test_a_shared_head_that_is_no_activity_stays_one_skill() -> None:
    found = skills_of(skills_page(["fire and rescue training", "food and hygiene regulations",
                                   "printing and dyeing processes"]))
    assert {"fire and rescue training", "food and hygiene regulations",
            "printing and dyeing processes"} <= found
    assert not {"fire training", "rescue training", "food regulations"} & found


def test_a_known_skill_inside_a_longer_title_case_name_is_not_read() -> None:
    page = ("Grants Officer\n\nA Grants Officer manages funding bids for a charity.\n\n"
            "Skills Required\nShortlisted applicants are asked about Stakeholder Mapping, "
            "Risk Management Basics and Bid Writing.\n")
    found = skills_of(page)
    assert "Risk Management Basics" in found
    assert "Risk Management" not in found


def test_techniques_named_in_duties_and_stories_are_skills() -> None:
    page = ("Sleep Technologist\n\nA Sleep Technologist runs overnight sleep studies.\n\n"
            "## What you do\n\n"
            "- Sets up patients for polysomnography and home oximetry\n"
            "- Scores each study and explains the results to the doctor\n\n"
            "## A night on shift\n\n"
            "On a busy night I do capnography, pulse-wave and limb actigraphy, then hand "
            "over at seven.\n")
    found = skills_of(page)
    assert {"polysomnography", "home oximetry", "capnography", "pulse-wave actigraphy",
            "limb actigraphy"} <= found
    assert not {n for n in found if n.lower().startswith(("do ", "for ", "sets"))}


def test_a_field_a_degree_subject_or_a_property_is_no_technique() -> None:
    page = ("Art Therapist\n\nAn Art Therapist helps clients through making art.\n\n"
            "## About the work\n\n"
            "Art therapy is growing in schools. Most entrants hold a degree in "
            "photography or fine art. The geometry of the studio matters less than its "
            "light, and therapists in group therapy sessions report high satisfaction.\n")
    found = {n.lower() for n in skills_of(page)}
    assert not {"art therapy", "photography", "geometry"} & found


def test_a_duty_bullet_wrapped_onto_a_second_line_gives_its_tools() -> None:
    page = ("Lab Analyst\n\nA Lab Analyst tests water samples for a utility.\n\n"
            "## Responsibilities\n\n"
            "- Record every batch result in LabVantage / SampleManager (within one\n"
            "  hour of the run, per the quality plan)\n"
            "- Keep the sample store tidy\n")
    found = skills_of(page)
    assert {"LabVantage", "SampleManager"} <= found


def test_software_named_by_example_in_prose_is_a_list_of_tools() -> None:
    page = ("Survey Technician\n\nA Survey Technician measures land for a council.\n\n"
            "## The job\n\n"
            "Most teams log readings in software such as Trimble Business Center and "
            "Carlson, and an understanding of datums and projections is expected.\n")
    found = skills_of(page)
    assert {"Trimble Business Center", "Carlson"} <= found
    assert not {n for n in found if n.lower().startswith("understanding")}


def test_lower_case_features_in_a_bracket_after_a_product_are_skills() -> None:
    page = ("Payroll Assistant\n\nA Payroll Assistant runs the monthly pay cycle.\n\n"
            "## Skills\n\n"
            "Google Sheets (QUERY, conditional formatting), Xero Payroll, "
            "Spanish (spoken, written)\n")
    found = skills_of(page)
    assert {"Google Sheets", "QUERY", "conditional formatting", "Xero Payroll"} <= found
    assert not {"spoken", "written"} & found


def test_equipment_a_duty_uses_is_a_tool_once() -> None:
    page = ("Deli Assistant\n\nA Deli Assistant prepares cold meats for a grocer.\n\n"
            "## Duties\n\n"
            "- Operate meat slicing saws and vacuum packers safely\n"
            "- Use a pH meter to check cured products\n"
            "- Run the forklift when deliveries arrive\n\n"
            "## Training\n\n- Forklift operation\n")
    found = skills_of(page)
    assert {"meat slicing saws", "pH meter"} <= found
    assert "forklift" not in found  # the course names it already as "Forklift operation"
    page = "Deli Assistant\n\nShe used the time to meet the crane driver for lunch.\n"
    assert not {n for n in skills_of(page) if "crane" in n}


def test_a_long_skills_line_over_a_strip_of_glued_chips_heads_it() -> None:
    page = ("Site Surveyor\n\nA Site Surveyor sets out roads for a district council.\n\n"
            "Where do surveyors work?\n"
            "District councils and private contractors hire surveyors every year.\n"
            "Skills that help in the entrance test and the job\n"
            "Setting outLevelling with a dumpy levelQGIS mappingCost estimating\n")
    found = skills_of(page)
    assert {"Setting out", "QGIS mapping", "Cost estimating"} <= found


def test_kit_a_duty_is_done_with_or_on_in_narration_is_a_tool() -> None:
    page = ("Well Driller\n\nA Well Driller sinks boreholes for farms.\n\n"
            "## A normal week\n\n"
            "Most mornings I flush the bore with a centrifugal pump and borehole cameras, then "
            "cut casing on a band saw. Afternoons I am running the downhole camera on new bores.\n"
            "I sat on the washing line rota with the machine learning team.\n")
    found = skills_of(page)
    assert {"centrifugal pump", "borehole cameras", "band saw", "downhole camera"} <= found
    # a bare head first in a list of named kinds is one of them
    page = ("Well Driller\n\nA Well Driller sinks boreholes for farms.\n\n"
            "I lift the casing using a hoist, chain hoist and lever hoist on each bore, then "
            "rinse it with a pump and a hose.\n")
    found = skills_of(page)
    assert {"hoist", "chain hoist", "lever hoist"} <= found and "pump" not in found
    # a bare kind of kit names nothing; a kit word inside a longer name is no kit
    page = ("Well Driller\n\nA Well Driller sinks boreholes for farms.\n\n"
            "We cleaned it with a pump. I joined the drill rig training team and worked with "
            "the machine learning group.\n")
    assert not {n for n in skills_of(page) if n.lower() in {"pump", "machine", "drill rig"}}
