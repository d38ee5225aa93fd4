"""A "Work history" heading ends the section above it: its dated jobs are no sectors.
Invented profiles, three of them."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from guide_facts import names

PROFILES = [
    ("Harbour Pilot\nHarbour Pilots guide ships into port for the port authority.\n\n"
     "Industries\nShipping · Logistics\n\nWork history\n2021–now  Harbour Pilot, Port of Tarrow\n"
     "Career goal: Marine Superintendent\n\nReviews\nVery clear advice.\n",
     {"Shipping", "Logistics"}),
    ("Lab Manager\nLab Managers run research laboratories day to day.\n\n"
     "Industries\nBiotechnology · Pharmaceuticals\n\nWork History\n"
     "2016–2020  Lab Technician, Corvane Bio\n2020–now  Lab Manager, Corvane Bio\n\n"
     "Reviews\nHelpful session.\n",
     {"Biotechnology", "Pharmaceuticals"}),
    ("Payroll Officer\nPayroll Officers pay staff correctly and on time.\n\n"
     "Industries\nRetail · Hospitality · Government\n\nWork history\n"
     "2019–now  Payroll Officer, Mellow Stores\n\nReviews\nKnows the rules.\n",
     {"Retail", "Hospitality", "Government"}),
]


@pytest.mark.parametrize(("page", "sectors"), PROFILES)
def test_work_history_is_no_sector(page: str, sectors: set[str]) -> None:
    found = names(parse_text(page, "profile.txt").sectors)
    assert sectors <= found
    assert not {s for s in found if "history" in s.lower() or "–" in s or ":" in s}
