"""Held-back set 31 studied by rules31b: a skills competition's trade page (its labelled
occupation or trade field names the role), ...

Every page is invented here (trades, organisations, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

COMPETITION = """Skills Nationals  |  Events  |  Volunteer  |  Donate
Events / Building trades / Plastering

PLASTERING
Regional heats: 4 Mar – 2 Apr   |   Format: solo   |   Age: under 23
Occupation: Solid Plasterer (also Renderer, Fibrous Plasterer)

About this event
Competitors render a wall panel and run a cornice in ten hours.
"""

CONTEST = """Trades Challenge 2026 | Halifax, NS
Home > Contests > Finishing > Drywall (Contest 14)

DRYWALL FINISHING – CONTEST DESCRIPTION
Certified trade: Drywall Finisher (NOC 73102)        Duration: 10 hours over 2 days

1 PURPOSE
To evaluate each competitor's taping and sanding of a partition.
"""


def test_labelled_occupation_field_names_the_role_and_its_aliases() -> None:
    guide = parse_text(COMPETITION, "page-17.txt")
    assert guide.role.text == "Solid Plasterer"
    assert guide.role_signal == "statement"
    assert {a.text for a in guide.aliases} >= {"Renderer", "Fibrous Plasterer"}


def test_labelled_trade_field_names_the_role_without_its_code() -> None:
    guide = parse_text(CONTEST, "page-18.txt")
    assert guide.role.text == "Drywall Finisher"
    assert guide.role_signal == "statement"
    assert not any("NOC" in a.text for a in guide.aliases)
