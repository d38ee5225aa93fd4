"""Employers and sectors in held-back set 8's kinds of site (issue 10).

Each test writes its own small page or line (invented organisations and wording) in one
structure and asserts what the parser reads: the body that issues a class specification or
appoints to a service, a strip of the services that offer a military job, a workplace named
in brackets after its kind, and the workplace lists opened by "hired in the …", "demand came
from …" and "work as X for …".
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.issuers import issuers, service_branch
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon
from guide_facts import names

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def test_the_body_that_issues_a_class_specification_is_the_employer() -> None:
    assert issuers([(1, "Riverton County - Class Specifications"), (2, "Search  Help")]) == [
        ("Riverton County", 1)]
    assert issuers([(1, "Eastvale Municipal Courts"),
                    (2, "Personnel | Pay Plans | Classification Specification Index")]) == [
        ("Eastvale Municipal Courts", 1)]


def test_a_header_that_names_no_public_body_is_no_employer() -> None:
    assert issuers([(1, "Welcome back"), (2, "Class Specs | Help")]) == []
    assert issuers([(1, "Tips for Writing Class Specifications"), (2, "By a recruiter")]) == []


def test_an_appointing_authority_is_the_employer_without_the_post_that_signs() -> None:
    assert issuers([(4, "02. Appointing Authority : Director General, Department of Fisheries, "
                        "Aquatic Resources and Ocean Affairs.")]) == [
        ("Department of Fisheries", 4)]
    assert issuers([(4, "Appointing Authority : the Secretary")]) == []


def test_a_class_specification_page_names_its_employer() -> None:
    page = ("Lakeshore State Parks\nHuman Resources | Class Specifications Index\n\n"
            "Park Ranger\nThe PARK RANGER 2 patrols state parks and enforces park rules.\n")
    assert "Lakeshore State Parks" in names(parse_text(page, "park-ranger.txt").employers)


def test_a_strip_of_the_services_offering_a_job_lists_its_employers() -> None:
    page = ("Fuel Handlers\nJob Family: Supply\nServices Offering this Occupation\n"
            "Army  | Navy  | Air Force\n\nWhat They Do\nFuel handlers store and issue fuel.\n")
    assert {"Army", "Navy", "Air Force"} <= names(parse_text(page, "fuel-handler.txt").employers)


def test_a_workplace_named_in_brackets_after_its_kind_and_its_owner() -> None:
    employers, kinds = workplaces("I'm a concierge at a 90-room hotel (the Saltmarsh Inn, part "
                                  "of Tidewater Hotels) and I love it.", _VOCAB)
    assert employers == ["Saltmarsh Inn", "Tidewater Hotels"] and kinds == ["hotel"]
    assert workplaces("We meet at a cafe (the Blue Door) for lunch.", _VOCAB) == ([], [])


def test_hired_in_the_opens_a_list_that_ends_at_its_verb() -> None:
    assert workplaces("Inspectors hired in the regional water boards are paid on the same "
                      "scale.", _VOCAB) == ([], ["regional water boards"])


def test_hiring_demand_came_from_names_kinds_of_employer() -> None:
    employers, kinds = workplaces("Hiring demand this year came mainly from freight "
                                  "forwarders, cold-chain operators and the buying offices of "
                                  "Japanese retailers.", _VOCAB)
    assert employers == []  # ("Japanese retailers" names a kind, no organisation)
    assert {"freight forwarders", "cold-chain operators"} <= set(kinds)


def test_work_as_a_job_for_a_kind_names_the_kind() -> None:
    _, kinds = workplaces("Many leave to work as pump operators for rural water utilities.",
                          _VOCAB)
    assert kinds == ["rural water utilities"]


def test_a_task_done_in_a_room_names_no_sector() -> None:
    page = ("Lab Technician\nLab technicians prepare experiments.\n\nDuties : preparation of "
            "samples, welding work in the workshop and keeping stock registers.\n")
    assert names(parse_text(page, "lab-technician.txt").sectors) == set()


def test_a_military_jobs_page_names_its_service_as_the_employer() -> None:
    page = ("Home » Army MOS List » 91D Generator Mechanic\n\n91D – Generator Mechanic\n"
            "Generator mechanics keep field power running for Army units.\n\nPay\n"
            "Rank | Grade | Monthly basic pay\nPrivate | E-2 | $2,200\n\nAfter the Army\n"
            "Many work as electricians.\n")
    assert "Army" in names(parse_text(page, "generator-mechanic.txt").employers)
    assert service_branch([(3, "He served in the Army before law school.")]) == []


def test_a_generic_head_defined_by_what_it_builds_is_kept_whole() -> None:
    _, kinds = workplaces("Many leave to work as fitters for rail operators or as welders for "
                          "companies that build wind turbines.", _VOCAB)
    assert kinds == ["rail operators", "companies that build wind turbines"]


def test_a_service_jobs_duty_stations_are_no_sectors() -> None:
    page = ("Fuel Handlers\nServices Offering this Occupation\nArmy  | Navy\n\n"
            "Short Description\nFuel handlers store and issue fuel. They work in airfields, "
            "tank farms and supply depots.\n\nCivilian Counterparts\nCivilian fuel handlers "
            "work for fuel distributors and airlines.\n")
    guide = parse_text(page, "fuel-handler.txt")
    assert not {"airfields", "tank farms", "supply depots"} & names(guide.sectors)
    # the same sentence on a civilian page names sectors
    civil = ("Fuel Handler\nFuel handlers store and issue fuel. They work in airfields, tank "
             "farms and supply depots.\n")
    assert "tank farms" in names(parse_text(civil, "fuel-handler.txt").sectors)
