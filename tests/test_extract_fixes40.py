"""Defects of round 40, each on an invented page: a name run read across a full stop, a plural
kind alone under an Employers heading, a short heading over prices, "Staff" after a noun, a
shouted title's acronym, a "; … is a plus" clause, applicants from posts and "&" in move
items, an agency's charge."""

from __future__ import annotations

from careergraph.guides import parse_text


def _employers(page: str, name: str = "line-cook.txt") -> set[str]:
    return {f.text for f in parse_text(page, name).employers}


def _sectors(page: str, name: str = "line-cook.txt") -> set[str]:
    return {f.text for f in parse_text(page, name).sectors}


STORY = ("Line Cook\n\nLine cooks prepare dishes on a restaurant's line. Mara Tolley trained "
         "in Hull. Caldera Kitchens employs 40 line cooks across its sites.\n")


def test_a_name_run_stops_at_a_full_stop() -> None:
    employers = _employers(STORY)
    assert "Caldera Kitchens" in employers
    assert not any(name.startswith("Hull") for name in employers)


def test_a_forms_full_stop_stays_inside_the_name() -> None:
    page = STORY.replace("trained in Hull. Caldera Kitchens", "trained in Hull; St. Ives Bakery")
    assert "St. Ives Bakery" in _employers(page)


KINDS = ("Line Cook\nLine cooks prepare dishes on a restaurant's line.\n\n"
         "## Employers\n- Hotels\n- Restaurant groups\n- Cruise lines\n- Caldera Kitchens\n")


def test_a_kinds_plural_alone_under_employers_is_a_sector() -> None:
    guide = parse_text(KINDS, "line-cook.txt")
    assert {"Hotels", "Restaurant groups", "Cruise lines"} <= {f.text for f in guide.sectors}
    assert {f.text for f in guide.employers} == {"Caldera Kitchens"}


def test_a_firms_name_ending_in_a_kind_stays_an_employer() -> None:
    page = KINDS.replace("- Hotels\n", "- Ferrow Hotels\n")
    assert {"Ferrow Hotels", "Caldera Kitchens"} <= _employers(page)
    assert "Ferrow Hotels" not in _sectors(page)


MENTOR = """Find a mentor   Pricing   Sign in
Tomas Reyvik
Senior Kiln Operator at Fenmoor Tiles
Top 5% mentor
1,204 mins
mentoring time

About
I run the night kilns at a tile works and help operators plan their next step.

Industries
Ceramics · Building Materials

Plans
Starter · €90 / month · 1 call
Plus · €180 / month · 3 calls

Book a session
"""


def test_a_short_heading_over_prices_ends_a_mentors_list() -> None:
    sectors = _sectors(MENTOR, "senior-kiln-operator.mentorprofile.txt")
    assert {"Ceramics", "Building Materials"} <= sectors
    assert "Plans" not in sectors


def test_a_short_line_after_a_blank_line_without_prices_stays_an_item() -> None:
    page = MENTOR.replace("Plans\nStarter · €90 / month · 1 call\nPlus · €180 / month · 3 calls\n",
                          "Glassworks\n")
    assert "Glassworks" in _sectors(page, "senior-kiln-operator.mentorprofile.txt")


GUIDE = ("Kiln Operator\nKiln operators fire tiles and bricks.\n\n## Industries\n- Ceramics\n"
         "- Building materials\n\nCoaching\nOne session · £60 per hour\n")


def test_a_short_heading_over_prices_ends_a_list_of_sectors() -> None:
    sectors = _sectors(GUIDE, "kiln-operator.txt")
    assert "Ceramics" in sectors
    assert not {"Coaching", "One session"} & sectors


MISO = """Job Offer Information (Full-time)

Business name         Tarumi Jozo
Industry              Food manufacturing
Occupation            Miso brewing staff
Place of work         Kofu City

Job description
・Turning the koji trays

Career path: miso brewing staff → Senior → Brewery supervisor (Toji).
"""


def _ladders(page: str) -> list[list[str]]:
    guide = parse_text(page, "posting.txt")
    return [[step.text for step in ladder] for ladder in guide.progressions]


def test_staff_after_a_noun_is_part_of_the_title_a_bare_level_word_completes() -> None:
    ladder = ["Miso Brewing Staff", "Senior Miso Brewing Staff", "Brewery Supervisor"]
    assert ladder in _ladders(MISO)


def test_staff_before_a_noun_stays_a_level() -> None:
    page = (MISO.replace("Miso brewing staff", "Staff brewer")
            .replace("miso brewing staff →", "staff brewer →"))
    assert any("Senior Brewer" in ladder for ladder in _ladders(page)), _ladders(page)


ENTRY = """Dictionary of Occupational Titles - reference copy
Occupational Group: 529 - FOOD PROCESSING OCCUPATIONS
Previous Title | Next Title
529.387-077 QA STAFF (food prep.) alternate titles: tasting checker
Samples each batch of pickled vegetables in pickling plants and co-operatives: Tastes brine, \
using refractometers and pH strips.
Previous Title | Next Title
"""


def test_a_shouted_titles_short_acronym_stays_upper_case() -> None:
    assert parse_text(ENTRY, "qa-staff.txt").role.text == "QA Staff"


def test_a_shouted_titles_short_word_is_title_cased() -> None:
    page = ENTRY.replace("QA STAFF", "BAR STAFF")
    assert parse_text(page, "bar-staff.txt").role.text == "Bar Staff"


CLERK = """Purchasing Clerk
Purchasing clerks raise purchase orders and chase suppliers.

Necessary skills
- Office software: Calcsheet, Textpad; able to use ERP (Orderly, Stockmate) is a plus
- Negotiation with suppliers
"""


def _skill_names(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "purchasing-clerk.txt").skills}


def test_a_plus_clause_keeps_the_items_before_it_and_its_bracketed_tools() -> None:
    assert {"Calcsheet", "Textpad", "ERP", "Orderly", "Stockmate"} <= _skill_names(CLERK)


def test_a_plus_clause_without_a_bracket_is_read_as_before() -> None:
    page = CLERK.replace("able to use ERP (Orderly, Stockmate) is a plus", "Orderly is a plus")
    assert not {"ERP", "Stockmate"} & _skill_names(page)


CARD = """──────────────────────────────────────────────────────────────────────────────
▼ POSITION CARD   Records Coder                                    [Edit] [Share]
Position ID        RC-017               Cost centre   5120 Records
Reports to         Records Team Leader
Grade              Band 4
Pay range          £26,200 – £28,900 per annum
Entry              Trainee Records Coder (Band 3) after the induction course ; Records
                   Apprentice on completion ; internal applicants from
                   Porter Supervisor and Booking Clerk posts
Lateral            Data Clerk · Archive Officer
Notes              Agency charge to clients for cover coders: £36.20/hr.
──────────────────────────────────────────────────────────────────────────────
"""


def _moves_in(page: str, name: str = "records-coder.txt") -> list[str]:
    return [f.text for f in parse_text(page, name).moves_in]


def test_applicants_from_two_posts_give_both_moves_in() -> None:
    assert {"Trainee Records Coder", "Porter Supervisor", "Booking Clerk"} <= set(
        _moves_in(CARD))


def test_one_title_with_and_inside_stays_one_move_in() -> None:
    page = CARD.replace("Porter Supervisor and Booking Clerk", "Food and Beverage Supervisor")
    moves = _moves_in(page)
    assert "Beverage Supervisor" not in moves and "Food" not in moves


STENO = """# Court Stenographer

Court stenographers record hearings word for word.

## Previous roles
- legal typists & proofreaders who retrain
- medical transcriptionist
"""


def test_two_plural_people_nouns_joined_by_an_ampersand_are_two_moves_in() -> None:
    assert {"Legal Typist", "Proofreader"} <= set(_moves_in(STENO, "court-stenographer.txt"))


def test_an_ampersand_inside_one_title_parts_nothing() -> None:
    page = STENO.replace("legal typists & proofreaders who retrain", "food & beverage servers")
    assert "Beverage Server" not in _moves_in(page, "court-stenographer.txt")


def _hourly(page: str) -> set[float]:
    return {s.min for s in parse_text(page, "records-coder.txt").salaries if s.period == "hour"}


def test_an_agencys_charge_to_clients_is_no_pay() -> None:
    assert 36.2 not in _hourly(CARD)
    page = CARD.replace("Agency charge to clients for cover coders: £36.20/hr.",
                        "Agency coders cover the backlog at £36.20/hr (not an establishment post).")
    assert 36.2 not in _hourly(page)
    assert 26200 in {s.min for s in parse_text(page, "records-coder.txt").salaries}


def test_what_agency_workers_earn_stays_pay() -> None:
    page = CARD.replace("Agency charge to clients for cover coders: £36.20/hr.",
                        "Agency coders earn £22.40/hr.")
    assert 22.4 in _hourly(page)
