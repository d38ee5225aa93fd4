"""Second pass over three page types of held-back set 34 (a Dutch job posting read through
a browser's translator, a student's flashcard set on one career, a worker's video page):
a posting's title confirmed by its "As a X at Firm" sentence, a sector list named by its
acronym, a preferred tool after a hedge, "grow to" moves in sentence case, a rate list's
period in its title line, fields of therapy in a move list and a card's "median $X"
answer.  Every page here is invented (its roles, firms, wording and figures)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import skill_names
from careergraph.guides.moves import prose_moves
from careergraph.guides.posting_frame import framed_posting_title
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_POSTING = """\
This page has been translated from Dutch into English.  [Show original]  [Translate always]
WaterWerkNet.nl — jobs in water management in the North of the Netherlands
You are here: Home / Vacancies / Dykes and Locks / Dyke warden

DYKE WARDEN II (M/F/X) — KAMPEN AND SURROUNDINGS
Water board Veluwe Oost
Place of work: Kampen | Hours: 38 per week | Salary: € 17,40 - € 19,15 per hour

About the function
As a dyke warden II at Veluwe Oost you inspect dykes, quays and sluices along the IJssel.

What do you bring?
- Boat handling, preferably the VaarPlan
- Reading height maps
- Working safely

Career in water management
Many of our people started as mower driver, became dyke warden and grew to foreman.

Wages in the water sector (CAO Water Boards, 2027, per hour)
Dyke warden II ................ € 15,80 - € 16,95
Dyke warden I ................. € 17,40 - € 19,15
Foreman ....................... € 20,60 - € 22,10

Sector: Dykes, locks and waterway management (DLW) · Water boards
© WaterWerkNet.nl | privacy statement
"""

_CARDS = """\
QuizDeck  Home  Your sets  Create  Search for study sets   Log in   Sign up
Health Careers 1 – Unit 6: The Respiratory Therapist
★★★★☆ 4.2 (9 reviews)   Flashcards   Learn   Test   Match
Created by  mr_okafor  ·  Teacher
Terms in this set (7)

respiratory therapist
a clinician who assesses breathing and runs ventilators and airway treatments

median pay (BLS, 2026)
$77,960 per year

pharmacy technician (compare!)
median $41,350 — no college degree required

work settings
hospitals, sleep labs, home care companies

Students also studied
Unit 7: Lung Anatomy (30 terms)
© 2027 QuizDeck, Inc.
"""


def _vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_posting_title_confirmed_by_its_as_a_sentence_names_the_role() -> None:
    guide = parse_text(_POSTING, "page-1.txt")
    assert guide.role.text == "Dyke Warden"  # (the grade "II" is the role at a grade)
    assert guide.role_signal != "file_name"


def test_framed_posting_title_needs_both_the_title_line_and_the_sentence() -> None:
    rows = [(1, "GROUNDS KEEPER — ARNHEM"), (3, "As a grounds keeper at Park Oost you mow.")]
    assert framed_posting_title(rows) == ("Grounds Keeper", 1)
    assert framed_posting_title([(1, "Welcome to our site"), *rows[1:]]) is None
    assert framed_posting_title([(1, "GROUNDS KEEPER WANTED NOW"), *rows[1:]]) is None


def test_sector_list_named_by_one_acronym_is_one_sector() -> None:
    sectors = {s.text for s in parse_text(_POSTING, "page-1.txt").sectors}
    assert "Dykes, locks and waterway management" in sectors
    assert "Water boards" in sectors and "Dykes" not in sectors


def test_preferred_name_after_a_hedge_is_a_skill() -> None:
    skills = {s.text for s in parse_text(_POSTING, "page-1.txt").skills}
    assert {"Boat handling", "VaarPlan", "Reading height maps"} <= skills
    assert skill_names("Numeracy, especially for reading meter logs", _vocab()) == ["Numeracy"]


def test_rate_list_title_gives_its_period_to_leader_dot_rows() -> None:
    pay = {(s.min, s.max): s for s in parse_text(_POSTING, "page-1.txt").salaries}
    assert pay[(15.8, 16.95)].period == "hour"  # (the role at its grade II)
    assert pay[(20.6, 22.1)].period == "hour"
    assert (pay[(20.6, 22.1)].role or "").lower() == "foreman"


def test_grew_to_is_a_move_up() -> None:
    leads = {m.text for m in parse_text(_POSTING, "page-1.txt").leads_to}
    assert "Foreman" in leads


def test_grow_to_a_title_in_sentence_case() -> None:
    moved = prose_moves("After two years you can grow to Leading sluice keeper or follow a "
                        "course.", _vocab(), "Dyke Warden")
    assert moved["up"] == ["Leading Sluice Keeper"]


def test_therapy_fields_in_a_lower_case_move_list() -> None:
    moved = prose_moves("Coaches can move into occupational therapy (needs a master's), "
                        "orthopedic technologist, or sales for a brace maker", _vocab(),
                        "Sports Coach")
    assert moved["lateral"][:2] == ["Occupational Therapy", "Orthopedic Technologist"]


def test_card_answer_opened_by_its_median_is_the_terms_pay() -> None:
    owners = {s.min: (s.role or "").lower() or None
              for s in parse_text(_CARDS, "page-1.txt").salaries if s.min}
    assert owners.get(41350) == "pharmacy technician"
    assert owners.get(77960) is None


def test_camel_case_brand_in_a_bracket_is_a_tool_of_its_own() -> None:
    assert skill_names("corneal mapping (PentaScan)", _vocab()) == ["PentaScan",
                                                                     "corneal mapping"]
    assert skill_names("doctorate (PhD)", _vocab()) == ["doctorate"]  # (no brand)


_VIDEO = """\
day in the life of a DENTAL NURSE + what I earn | surgery vlog
Smiles with Sam   8.1K subscribers   SUBSCRIBE
hi all! I'm a dental nurse at a busy NHS practice and here is my week.

🏥 I work at Harbourside Dental Care (they're hiring!). Other practices near me always \
hiring: Quayview Orthodontics, Millbrook Dental Studio.
"""


def test_hiring_subject_with_a_place_and_a_frequency_names_employers() -> None:
    employers = {e.text for e in parse_text(_VIDEO, "page-1.txt").employers}
    assert {"Quayview Orthodontics", "Millbrook Dental Studio"} <= employers


_FACETED = """\
Pharmacy assistant (20 - 28 hours)
Apotheek De Linde · Arnhem · Posted 2 days ago

Branch: Health  ·  Subsector: Community pharmacy  ·  CAO: Pharmacies

As a pharmacy assistant at De Linde you prepare prescriptions.
"""


def test_a_job_boards_subsector_facet_is_a_sector() -> None:
    guide = parse_text(_FACETED, "page-1.txt")
    assert guide.role.text == "Pharmacy Assistant"
    assert "Community pharmacy" in {s.text for s in guide.sectors}


def test_a_line_naming_the_day_rate_states_pay() -> None:
    page = ("Rope Access Technician\n\n"
            "Rope access technicians inspect and repair structures at height.\n\n"
            "Staff posts instead of day rate: Level 2 roughly £41,000 – £47,000 a year.\n")
    pay = {(s.min, s.max, s.period) for s in parse_text(page, "page-1.txt").salaries}
    assert (41000, 47000, "year") in pay
