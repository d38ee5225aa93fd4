"""Readers carried to the generator's set-22 families (alumni pages, airline pay scales,
Spanish job calls, rate cards, vacancy feeds, trade wiki FAQs).

Every page is invented here (roles, firms, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.roles import role_from_file_name
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def test_a_counter_after_a_repeated_slug_is_no_part_of_the_title() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert role_from_file_name("crane-operator-2.txt", vocab) == "Crane Operator"
    assert role_from_file_name("dock-hand-12.rates.txt", vocab,
                               "Every dock hand is paid weekly. A dock hand loads.") == "Dock Hand"
    page = ("Harrow Crew Hire  |  Port Division\n"
            "CRANE OPERATOR HOURLY RATES 2031\n"
            "We place crane operators with ports. Rates are what the operator earns.\n"
            "QUAY CRANE\n"
            "   Felixport ........... $31.00 - $34.50 /hr\n")
    assert parse_text(page, "crane-operator-3.txt").role.text == "Crane Operator"


def test_a_file_name_title_the_page_counts_as_people_in_title_case() -> None:
    page = ("QUAYSIDE EVENT STAFF\n"
            "CREW RATE CARD\n"
            "POSITION               PAY RATE\n"
            "Canape Runner          $19.00/hr\n"
            "Lead Canape Runner     $22.00/hr\n"
            "MOVING UP\n"
            "Canape Runners with 200 logged hours get bumped to Lead Canape Runner.\n")
    assert parse_text(page, "canape-runner-2.txt").role.text == "Canape Runner"


def test_a_careers_section_crumb_gives_way_to_the_job_family_the_file_and_page_name() -> None:
    page = ("GULLWING AIR\n"
            "Careers  |  Flight Operations  |  Apply Now\n"
            "Careers > Flight Operations > Pilots\n"
            "Seaplane Pilots at Gullwing fly our Twin Otter floatplanes.\n"
            "YOUR PATH WITH US\n"
            "  First Officer  →  Captain\n")
    assert parse_text(page, "seaplane-pilot.txt").role.text == "Seaplane Pilot"
    assert parse_text(page, "pilot.txt").role.text == "Pilot"


def test_an_alumni_card_path_labelled_career_path_is_read_as_a_ladder() -> None:
    page = ("Wrenfield College | Ceramics\n"
            "WHERE ARE THEY NOW?\n"
            "Ceramics graduates, a decade on\n"
            "----------------------------------------\n"
            "TOMAS ELLERBY  ·  Class of 2015\n"
            "Currently: Studio Manager, Kilnworks Pottery\n"
            "Career path: Studio Assistant, Hollin Clay > Production Potter, Hollin Clay > "
            "Studio Manager, Kilnworks Pottery\n"
            "----------------------------------------\n")
    guide = parse_text(page, "production-potter.txt")
    assert guide.role.text == "Production Potter"
    assert [[f.text for f in ladder] for ladder in guide.progressions] == [
        ["Studio Assistant", "Production Potter", "Studio Manager"]]
    assert "hollin clay" in {f.text.lower() for f in guide.employers}
