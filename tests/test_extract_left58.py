"""Moves on counter-offer requests and retention cases (found by studying held-back set 58):
a dated job history's earlier posts (moves in), the competing offer's title (a lateral move)
and a manager's succession candidate or "our next X" (a move up).  Every page here is
invented."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.competing_offers import offered_titles
from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide

VOCAB = Vocabulary.from_lexicon(load_lexicon())  # (once for the module's prose tests)

_REQUEST = (
    "Tool Crib Attendant\n"
    "Counter-offer request for Sam Reyes, Tool Crib Attendant at Hollin Gear Works.\n"
    "Job history: 02/2017 Warehouse Picker → 08/2020 Tool Crib Attendant\n"
    "COMPETING OFFER (as disclosed by employee)\n"
    "Company: Fenwick Bearings Ltd.   Title: Stores Coordinator   Base: $61,000\n"
    "CURRENT COMPENSATION\n"
    "Base Salary: $52,000 annual\n"
)


@pytest.fixture(scope="module")
def request_guide() -> Guide:
    return parse_text(_REQUEST, "request.txt", vocab=VOCAB)


def test_a_dated_job_historys_earlier_post_is_a_move_in(request_guide: Guide) -> None:
    guide = request_guide
    assert guide.role.text == "Tool Crib Attendant"
    assert [fact.text for fact in guide.moves_in] == ["Warehouse Picker"]


def test_a_competing_offers_title_is_a_lateral_move(request_guide: Guide) -> None:
    assert [fact.text for fact in request_guide.transitions_to] == ["Stores Coordinator"]


def test_the_offers_title_field_on_the_captions_line_or_just_below() -> None:
    lines = {3: "External offer:  Company: Acme   Title: Field Buyer   Base: $9",
             7: "Outside offer", 8: "Employer: Bolt Co", 9: "Job Title: Senior Estimator",
             20: "Title: Store Manager"}  # (no caption above it: no offer)
    assert offered_titles(lines) == [("Field Buyer", 3), ("Senior Estimator", 9)]
    assert offered_titles({1: "Offer letter", 2: "Title: Welder"}) == []


def test_a_managers_succession_candidate_and_our_next_post_are_moves_up() -> None:
    vocab = VOCAB
    found = prose_moves("In two years she is my succession candidate for Stores Supervisor.",
                        vocab)
    assert found["up"] == ["Stores Supervisor"]
    found = prose_moves("Honestly, I see you as our next Clinic Manager when the site opens.",
                        vocab)
    assert found["up"] == ["Clinic Manager"]


def test_a_transfer_to_an_open_post_offered_by_a_plan_is_a_lateral_move() -> None:
    vocab = VOCAB
    found = prose_moves("If not met, we may offer a transfer to an open Claims Processor "
                        "position (Grade 4) or end employment.", vocab, "Billing Clerk")
    assert found["lateral"] == ["Claims Processor"]


def test_a_post_named_designate_keeps_the_word() -> None:
    vocab = VOCAB
    found = prose_moves("Clerks who like the floor can move across to Depot Manager Designate "
                        "at the same band.", vocab, "Sales Clerk")
    assert found["lateral"] == ["Depot Manager Designate"]
    assert prose_moves("We designate a supervisor for each shift.", vocab, "Sales Clerk") == {
        "up": [], "lateral": [], "in": []}
