"""How-to articles: the markets a step names in Title Case are sectors; "employers like A,
B" and the role's own field ("Museum Lighting Technicians work in museum lighting") are none.
Invented articles in our own wording, three of them."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import names


def _article(role: str, field: str, step: str) -> str:
    return (f"Home›Careers›How to Become a {role}\nHow to Become a {role}\nDownload Article\n"
            f"Co-authored by Ines Varga | Last Updated: March 3, 2026\nExplore this Article\n"
            f"{role}s work in {field}: they keep the records others depend on.[1]\n"
            f"Method 1 of 1:\nGetting Hired\n"
            f"1Find work.Image titled Become a {role} Step 1 {step}\nX Research source\n")


ARTICLES = [
    (_article("Tide Gauge Analyst", "tide gauge",
              "Look at employers like Harlow Marine, Seabright and Ostend Survey. Shipping, "
              "Port Logistics and Offshore Energy are the big markets."),
     {"Shipping", "Port Logistics", "Offshore Energy"}, "tide gauge"),
    (_article("Grain Storage Planner", "grain storage",
              "Apply to companies like Tollgate Grain and Meadrow Co. Agriculture, Food "
              "Processing and Rail Freight are the main markets."),
     {"Agriculture", "Food Processing", "Rail Freight"}, "grain storage"),
    (_article("Museum Lighting Technician", "museum lighting",
              "Contact firms such as Lumen Arc and Halvers. Heritage, Retail Design and Live "
              "Events are the two biggest markets."),
     {"Heritage", "Retail Design", "Live Events"}, "museum lighting"),
]


@pytest.mark.parametrize(("page", "markets", "field"), ARTICLES)
def test_markets_in_title_case_and_no_generic_kinds(page: str, markets: set[str],
                                                    field: str) -> None:
    found = names(parse_text(page, "howto.txt").sectors)
    assert markets <= found
    assert not found & {"employers", "companies", "firms", field}
