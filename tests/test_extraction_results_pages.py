"""Search engines' results pages and careers-fair handouts turned to text.

Each page is invented for the test in the structure it names: a fair's list of exhibitors
hiring one title each ("Org (Hall A, stand 4) - hiring 6 welders") and a search engine's
jobs box (a card's title, "Company · Town (District)", "via Board", its pay).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def page(*lines: str) -> Guide:
    return parse_text("\n".join(lines) + "\n", "page.txt")


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
