"""Workplaces named by structures that recur across sites (sectors5): run-in labels that say
who hires or books the work, pay compared across kinds of workplace, and one-line job cards
whose company comes before the place.

Every page here is invented (sites, employers and figures); each structure has at least
three variants and a tempting line that must stay unread.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.hiring_lines import run_in_workplaces
from careergraph.guides.workplace_kinds import compared_settings
from guide_facts import names

# -- run-in labels: "Who books us:", "Industries that employ X:" ---------------------------------


@pytest.mark.parametrize(("line", "employers", "kinds"), [
    ("Who books us: ski resorts, wedding venues and film studios, including Larchpeak Lodge "
     "and Tidewell Pictures.",
     ["Larchpeak Lodge", "Tidewell Pictures"], ["ski resorts", "wedding venues", "film studios"]),
    ("Industries that employ glaziers: glazing contractors (52%), window makers (21%), "
     "shopfitters (9%)",
     [], ["glazing contractors", "window makers", "shopfitters"]),
    ("Sectors that hire the most dietitians: hospitals, care homes, food manufacturers",
     [], ["hospitals", "care homes", "food manufacturers"]),
    ("Who employs farriers: racing yards, riding schools and livery stables.",
     [], ["racing yards", "riding schools", "livery stables"]),
])
def test_run_in_label_lists(line: str, employers: list[str], kinds: list[str]) -> None:
    assert run_in_workplaces(line) == (employers, kinds)


@pytest.mark.parametrize("line", [
    "Who books us: we answer every enquiry within a day, so please get in touch",
    "Industries that employ glaziers are growing fast.",
    "Who books us: ask our team,",
])
def test_run_in_label_without_a_list(line: str) -> None:
    assert run_in_workplaces(line) == ([], [])


def test_industries_label_on_a_page() -> None:
    page = ("Glazier\nGlaziers cut and fit glass.\n\n"
            "Industries that employ glaziers: glazing contractors (52%), window makers (21%), "
            "shopfitters (9%)\n\nPay\nGlaziers earn £31,000 a year.\n")
    found = names(parse_text(page, "translator.txt").sectors)
    assert {"glazing contractors", "window makers", "shopfitters"} <= found
    assert not {s for s in found if "%" in s}


# -- pay compared across kinds of workplace ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Adverts in zoos paid more than those in aquariums and farm parks.",
     ["zoos", "aquariums", "farm parks"]),
    ("Respondents in marine insurance reported higher pay than those in motor insurance.",
     ["marine insurance", "motor insurance"]),
    ("Vacancies at boatyards offered a little less than those at marinas.",
     ["boatyards", "marinas"]),
])
def test_compared_settings(sentence: str, kinds: list[str]) -> None:
    assert compared_settings(sentence, lambda name: name.endswith("insurance")) == kinds


@pytest.mark.parametrize("sentence", [
    "Those in senior roles earned more than those in London.",
    "People in their first year earned less than those in management roles.",
    "Respondents in the north reported lower pay.",
])
def test_compared_groups_that_are_no_workplace(sentence: str) -> None:
    assert compared_settings(sentence) == []


# -- one-line job cards with the company before the place ----------------------------------------


def test_card_company_before_place() -> None:
    page = ("Farrier\nFarriers shoe horses.\n\nJobs near Ocala, FL\n"
            "Farrier | Brightmane Stables | Ocala, FL | $26.00/hr | Posted 3 days ago\n"
            "Farrier – Weekends | Cedar Hoof Equine | Reddick, FL | $24.50/hr | Posted today\n"
            "Groom | Silvergate Farm | Ocala, FL | $16.00/hr | Posted 1 week ago\n")
    found = names(parse_text(page, "jobs.txt").employers)
    assert "Brightmane Stables" in found
    assert "Silvergate Farm" not in found  # (another job's advert)
