"""Narrative pages: newspaper features about an occupation and first-person career posts.

Each test writes its own small pages (invented papers, people, employers and figures) in one
structure, at least three per variant, and asserts what the parser reads from them, with
cases beside them where the rule must not fire.  File names are neutral on purpose: a user's
saved page says nothing about its role.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.headline import byline, story_destination


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


# -- the role of a news feature: headline and standfirst above a byline ------------------------
FEATURES = [
    ("THE LAKESIDE TRIBUNE\nNews  Sport  Business  Opinion  Weather\n\n"
     "Why every county is suddenly short of electricians\n"
     "Housing targets and heat pumps have put the trade in demand.\n\n"
     "By Maya Ortiz | Business Reporter\nPublished March 3, 2026\n\n"
     "Electricians in the county now wait weeks between jobs, a contractor said.\n"
     "Apprentice electricians earn less at first. Most electricians join a union.\n",
     "Electrician"),
    ("Coastal Daily\n\nThe quiet crisis on our hospital wards: where have the porters gone?\n"
     "Trusts are paying agencies double to fill shifts.\n\n"
     "Owen Price, Health correspondent\nMon 12 Jan 2026 06.00 GMT\n\n"
     "Porters move patients, beds and samples. One porter told us the job is relentless.\n"
     "Hospital porters are among the lowest paid staff; three porters left last month.\n",
     "Porter"),
    ("METRO VOICE\nBUSINESS › JOBS\n\nDrone pilots are the new crop dusters\n"
     "Farms want aerial surveys, and there are not enough hands.\n\n"
     "By Lena Fisk, Staff Writer\n\n"
     "Drone pilots fly survey grids over fields. A drone pilot needs a licence.\n"
     "Some drone pilots earn more than the farmers who hire them.\n",
     "Drone Pilot"),
]


def test_byline_and_desk_are_chrome_never_the_role() -> None:
    assert byline("By Maya Ortiz | Business Reporter")
    assert byline("Owen Price, Health correspondent")
    assert byline("Published March 3, 2026")
    assert not byline("By Experience Level")  # a pay table's heading
    assert not byline("Staff Writer")
    assert parse_text(FEATURES[0][0], "a.txt").role.text != "Business Reporter"


def test_headline_noun_the_body_hardly_names_is_no_role() -> None:
    # "plumbers" appears once in the body: the feature is about something else.
    page = ("Town Crier\n\nWhy plumbers and builders cannot find homes\n\n"
            "By Ria Bose | Staff Writer\n\nThe housing market is stuck, a plumber said.\n"
            "A Housing Officer is a council worker who assigns homes.\n")
    assert parse_text(page, "b.txt").role.text != "Plumber"


def test_capitalised_title_in_a_headline_is_not_read_as_its_head_alone() -> None:
    # "a Project Manager" is a title of its own: "Manager" is not the feature's subject.
    page = ("Daily Post\n\nI was a Project Manager for years; here is my advice\n"
            "By Tom Vale | Columnist\n\n"
            "Managers listen. A good manager plans. Managers are busy. Line managers too.\n"
            "A Career Coach is a person who helps people change jobs.\n")
    assert parse_text(page, "c.txt").role.text != "Manager"


# -- the role of a career post: the job its title says the author reached ------------------------
POSTS = [
    ("LinkedIn\nHome   My Network   Jobs   Messaging\n\nAna Ruiz\n"
     "Payroll lead at Fenwick | CPP\n2d • Edited • 🌐\n\n"
     "From retail cashier to Payroll Specialist: the long way round 💼\n\n"
     "Four years ago I ran a till. Today I run payroll for 900 people as a Payroll Specialist.\n",
     "Payroll Specialist"),
    ("Sign in  Join now\n\nI spent six years as a Chef. Here's why I became a Dietitian 🥗\n"
     "Published Jun 2, 2026\nSam Kerr\nFollow\n\n"
     "Kitchens taught me food. Becoming a Dietitian taught me why food matters.\n",
     "Dietitian"),
    ("Posts\n\nHow I became a Quantity Surveyor (without a degree)\nLeo Park\n1w\n\n"
     "I started on site as a labourer. Now I price jobs as a Quantity Surveyor.\n",
     "Quantity Surveyor"),
]


@pytest.mark.parametrize(("page", "role"), FEATURES + POSTS)
def test_role_is_the_occupation_a_feature_headline_or_post_title_names(page: str,
                                                                       role: str) -> None:
    # A feature: the worker its headline names and its body repeats; a post: the job its
    # title says the author reached.
    guide = parse_text(page, "saved-page.txt")
    assert guide.role.text == role
    assert guide.role_signal == "headline"


def test_story_title_shapes() -> None:
    assert story_destination("From barista to Data Analyst — my year 1") == "Data Analyst"
    assert story_destination("Why I became a Paramedic 🚑") == "Paramedic"
    # "… as a C" after the destination: the post is about C, not where it ended.
    assert story_destination("From Gallery Guide to Head of Visits: Six Years as an Educator") \
        is None
    assert story_destination("Why I left nursing") is None
