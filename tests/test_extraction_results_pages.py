"""Search engines' results pages and careers-fair handouts turned to text.

Each page is invented for the test in the structure it names: a fair's list of exhibitors
hiring one title each ("Org (Hall A, stand 4) - hiring 6 welders") and a search engine's
jobs box (a card's title, "Company · Town (District)", "via Board", its pay).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def page(*lines: str, file: str = "page.txt") -> Guide:
    return parse_text("\n".join(lines) + "\n", file)


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {fact.text for fact in facts}


def test_exhibitors_hiring_the_role_employ_it_and_their_stands_are_no_sectors() -> None:
    guide = page(
        "SPRING TRADES EXPO 2026 | Riverside Arena",
        "CAREER CARD 03",
        "PIPE WELDER",
        "------------------------------",
        "WHAT IS THE JOB?",
        "Pipe welders join steel pipework for refineries and water plants, reading",
        "isometric drawings and checking each root pass before capping",
        "------------------------------",
        "MEET EMPLOYERS AT THIS EXPO",
        "Harrowgate Fabrication (Hall A, stand 4) - hiring 6 pipe welders",
        "Cobalt Marine Works (Hall A, stand 11) - hiring pipe welders",
        "Tessel Optics Ltd (Hall D, stand 2) - hiring lens grinders",
        "Ask at the desk for the full map of exhibitors",
    )
    assert guide.role.text.lower() == "pipe welder"
    assert {"Harrowgate Fabrication", "Cobalt Marine Works"} <= names(guide.employers)
    assert "Tessel Optics Ltd" not in names(guide.employers)  # hiring another title
    listed = " ".join(names(guide.sectors) | names(guide.employers))
    assert "Hall" not in listed and "stand" not in listed


def test_a_jobs_box_card_of_the_role_names_its_company() -> None:
    guide = page(
        "Google",
        "plumber salary leeds",
        "Jobs",
        "Plumber – Domestic Heating",
        "Aireside Plumbing · Leeds (Headingley)",
        "via Reed",
        "£16.10–£18.40 an hour  Full-time",
        "Senior Plumber",
        "Kirkstall Building Services · Leeds (Kirkstall)",
        "via Indeed",
        "£38,500 a year  Full-time",
        "Plumber's Mate",
        "Roundhay Pipes · Leeds (Roundhay)",
        "via Totaljobs",
        "£11.90 an hour  Part-time",
    )
    assert {"Aireside Plumbing", "Kirkstall Building Services"} <= names(guide.employers)
    assert "Roundhay Pipes" not in names(guide.employers)  # another title's card
    mates = [s for s in guide.salaries if s.min == 11.9]
    assert mates and all(s.role == "Plumber's Mate" for s in mates)  # that title's pay
    assert any(s.min == 16.1 and s.max == 18.4 and s.role is None for s in guide.salaries)


SERP = (
    "Microsoft Bing",
    "how to become a lifeguard",
    "ALLSEARCHIMAGESVIDEOSMAPSNEWSMORE",
    "About 96,300 results",
    "Tip: Search for English results only. You can specify your search language in Settings",
    "poolcareers.org",
    "https://www.poolcareers.org › lifeguard › skills",
    "What does a lifeguard do? Skills and duties",
    "Web 2 Feb 2026 · Skills: water rescue, search and rescue, pool first aid, "
    "spinal boarding and radio procedure. Lifeguards use rescue tubes, defibrillators and ...",
    "Explore further",
    "Lifeguard Pay by County | poolpay.net",
    "People also ask",
    "How much do lifeguards earn?",
    "Videos",
    "9:41",
    "My first summer as a lifeguard",
    "YouTube · Splash Diaries · 410K views · 3 months ago",
    "Related searches",
    "lifeguard course near me",
    "lifeguard jobs",
    "Pagination",
    "12345Next",
)


def test_a_results_page_reads_a_snippets_skills_label_and_drops_the_engines_chrome() -> None:
    guide = page(*SERP)
    assert guide.role.text.lower() == "lifeguard"
    skills = {name.lower() for name in names(guide.skills)}
    assert {"water rescue", "search and rescue", "spinal boarding", "radio procedure",
            "rescue tubes", "defibrillators"} <= skills
    assert not any(name.endswith(" and") or name in {"search", "rescue"} for name in skills)
    # "410K views" is a video's count, no pay; questions and related searches state nothing
    assert not guide.salaries
    every = " ".join(names(guide.skills) | names(guide.employers) | names(guide.leads_to))
    for chrome in ("Bing", "Explore further", "poolpay", "Splash Diaries", "course near me"):
        assert chrome not in every


def test_a_snippets_top_companies_each_employ_the_role_and_stay_whole() -> None:
    guide = page(
        "DuckDuckGo",
        "crane operator salary",
        "About 51,000 results",
        "Indeed",
        "https://www.indeed.com › career › crane-operator › salaries",
        "Crane Operator salary in United States - Indeed",
        "The average salary for a crane operator is $61,420 per year in the United States. "
        "Top companies: Harlan Lift and Rigging $68,300; Bexley Port Services $64,100 ...",
        "Related searches",
        "crane operator jobs",
        "Pagination",
        "12345Next",
        file="crane-operator.txt",  # (the query names the job; the saved page's name too)
    )
    assert {"Harlan Lift and Rigging", "Bexley Port Services"} <= names(guide.employers)
    assert "Harlan Lift" not in names(guide.employers)  # one company, not two
    assert {61420, 68300, 64100} <= {s.min for s in guide.salaries if s.role is None}


def test_a_rung_paid_a_figure_plus_an_allowance_is_paid_that_figure_not_from_it() -> None:
    guide = page(
        "SHEET METAL WORKER",
        "Sheet metal workers cut, fold and join steel and aluminium sheet for ducts and "
        "enclosures.",
        "PAY (gross, per month)",
        "Apprentice (dual training): RM1,450 + allowance",
        "Qualified sheet metal worker: RM2,300 – RM3,100",
    )
    apprentice = [s for s in guide.salaries if s.min == 1450]
    assert apprentice and all(s.max == 1450 and not s.open_ended for s in apprentice)


def test_a_place_cut_off_by_a_snippets_ellipsis_names_no_sector() -> None:
    guide = page(
        "Google",
        "sommelier salary",
        "About 88,000 results",
        "People also ask",
        "Featured snippet from the web",
        "Sommeliers advise guests on wine in restaurants. ... Some move into sales work for "
        "a wine ...",
        "Related searches",
        "sommelier course",
        "Page navigation",
        "1 2 3 Next",
        file="sommelier.txt",
    )
    assert "wine" not in {fact.text.lower() for fact in guide.sectors}


def test_a_careers_services_starter_to_experienced_range_is_one_band() -> None:
    guide = page(
        "Google",
        "glazier salary uk",
        "About 40,100 results",
        "National Careers Service",
        "https://nationalcareers.service.gov.uk › job-profiles › glazier",
        "Glazier | Explore careers",
        "Glaziers fit glass in windows, doors and shopfronts. ... Starter £19,500 (trainee) "
        "to Experienced £36,000. ... You could become a site supervisor ...",
        "Related searches",
        "glazier apprenticeship",
        "Page navigation",
        "1 2 3 Next",
        file="glazier.txt",
    )
    bands = {(s.min, s.max) for s in guide.salaries}
    assert (19500, 36000) in bands
    assert (19500, 19500) not in bands and (36000, 36000) not in bands
