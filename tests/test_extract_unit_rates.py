"""Crew-agency, seasonal-flyer and role-charter pay and ladders (invented pages): a pay table
whose unit is printed once (in its columns' heads or its title line), a drill crew's ranks and
a slash rung, a bulleted rate line for another title, a capitals "US" that names no country,
and a numbered or graded rung's own figure."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_dollar
from careergraph.model import Guide


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str, str]]:
    return {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries}


def _edges(guide: Guide) -> set[tuple[str, str]]:
    return {(a.text, b.text) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


def test_column_heads_state_each_pay_columns_unit() -> None:
    page = ("Mate\n\nDAY RATES 2025 (per day worked)\n"
            "Position            Baltic (EUR/day)      Gulf of Mexico (USD/day)\n"
            "Deckhand            €140 – €160           $170 – $195\n"
            "Mate                €240 – €265           $300 – $330\n"
            "Master              €410                  $520 – $560\n"
            "* Travel days paid at half rate.\n")
    pay = _pay(parse_text(page, "mate.txt"))
    assert {("Deckhand", 140, 160, "EUR", "day"), ("Deckhand", 170, 195, "USD", "day"),
            (None, 240, 265, "EUR", "day"), (None, 300, 330, "USD", "day"),
            ("Master", 410, 410, "EUR", "day"), ("Master", 520, 560, "USD", "day")} <= pay


def test_a_title_line_states_the_unit_of_bare_figures() -> None:
    page = ("Bosun\n\nWhat the rank does\nThe bosun leads the deck ratings.\n\n"
            "PAY SCALE (EUR per month, basic and overtime)\n"
            "Ship type            |  Bosun          |  Tour\n"
            "Container feeder     |  2,900 - 3,150  |  4 months\n"
            "Ro-ro ferry          |  3,400          |  2 months\n\n"
            "DECK RANKS (feeder fleet, EUR/month)\n"
            "Chief Mate ........ 6,100 - 6,600\n"
            "Bosun ............. 2,900 - 3,150\n"
            "Ordinary Seaman ... 1,650\n")
    pay = _pay(parse_text(page, "bosun.txt"))
    assert {(None, 2900, 3150, "EUR", "month"), (None, 3400, 3400, "EUR", "month"),
            ("Chief Mate", 6100, 6600, "EUR", "month"),
            ("Ordinary Seaman", 1650, 1650, "EUR", "month")} <= pay
    assert not any(s.min == 4 for s in parse_text(page, "bosun.txt").salaries)


def test_drill_crew_ranks_make_a_ladder_with_a_slash_rung() -> None:
    page = ("Toolpusher\n\nHOW CREWS MOVE UP\n"
            "Roustabout -> Floorman / Roughneck -> Derrickhand -> Driller -> Toolpusher -> OIM\n")
    edges = _edges(parse_text(page, "toolpusher.txt"))
    assert {("Roustabout", "Floorman"), ("Floorman", "Derrickhand"),
            ("Driller", "Toolpusher"), ("Toolpusher", "OIM")} <= edges


def test_a_capitals_heading_us_names_no_country() -> None:
    assert page_dollar("JOIN US THIS SUMMER\nOrchard work near Nelson, NZ: $25/hr") == "NZD"
    assert page_dollar("ABOUT US\nPicking in Tasmania: $30 an hour") == "AUD"
    assert page_dollar("Paid in US dollars: $300 a day, NZ rigs") == "USD"


def test_a_bulleted_rate_line_is_its_plural_titles_pay() -> None:
    page = ("Apple Picker\n\nJOIN US THIS AUTUMN\nOrchard work near Motueka, NZ.\n\nRATES\n"
            "> Picking: $24.10/hr guaranteed, piece rates on top\n"
            "> Row Supervisors (thinning, picking): $29.40/hr\n"
            "> Forklift operators (packhouse): $27.20/hr\n")
    pay = _pay(parse_text(page, "apple-picker.txt"))
    assert (None, 24.1, 24.1, "NZD", "hour") in pay
    assert ("Row Supervisor", 29.4, 29.4, "NZD", "hour") in pay
    assert ("Forklift Operator", 27.2, 27.2, "NZD", "hour") in pay


def test_a_numbered_rungs_own_figure_is_read() -> None:
    page = ("Data Platform Analyst\n\nPurpose\nThe analyst keeps the warehouse tidy.\n\n"
            "Levels and pay (Lisbon, gross a year)\n"
            "L2  Data Platform Analyst ......... €48,000 – €56,000\n"
            "L3  Senior Data Platform Analyst .. €57,000 – €66,000\n"
            "L4  Analytics Engineering Lead .... €70,000 – €81,000\n")
    pay = _pay(parse_text(page, "data-platform-analyst.txt"))
    assert {(None, 48000, 56000, "EUR", "year"), (None, 57000, 66000, "EUR", "year"),
            ("Analytics Engineering Lead", 70000, 81000, "EUR", "year")} <= pay


def test_a_graded_rungs_figure_is_the_roles_own() -> None:
    page = ("ROLE CHARTER: RECORDS COORDINATOR\nOwner: Head of Records\n\n"
            "Purpose\nThe coordinator keeps the county's files in order.\n\n4. Levels\n"
            "Records Coordinator I  - Band 5 - $58,300 to $66,100  - one registry\n"
            "Records Coordinator II - Band 6 - $63,900 to $72,800  - all registries\n"
            "Information Governance Manager - Band 8 - $84,000 to $97,500 - the service\n")
    pay = _pay(parse_text(page, "records-coordinator.txt"))
    assert (None, 58300, 66100, "USD", "year") in pay
    assert (None, 63900, 72800, "USD", "year") in pay
    assert ("Information Governance Manager", 84000, 97500, "USD", "year") in pay


def test_an_agencys_vacancy_lines_name_their_clients() -> None:
    page = ("Bosun\n\nWhat the rank does\nThe bosun leads the deck ratings.\n\n"
            "OPEN BOSUN JOBS\n"
            "VA-17  Bosun, container feeder, Baltic, 4/2  - client: Ostsee Feeder AG\n"
            "VA-21  Bosun, bulk carrier, Pacific  - client: Kaimana Bulk Ltd\n"
            "VA-30  Cook, tanker  - client: Mar Azul Tankers\n")
    employers = {e.text for e in parse_text(page, "bosun.txt").employers}
    assert {"Ostsee Feeder AG", "Kaimana Bulk Ltd"} <= employers
    assert "Mar Azul Tankers" not in employers


def test_a_flyers_joined_skills_are_each_a_skill() -> None:
    page = ("Lambing Hand\n\nWHAT YOU'LL DO\n-> check the ewes through the night\n\n"
            "YOU NEED: shepherding & low-stress stock handling, quad bike + dogs, "
            "baler/post driver, a clean licence\n")
    skills = {s.text for s in parse_text(page, "lambing-hand.txt").skills}
    assert {"shepherding", "low-stress stock handling", "quad bike", "dogs", "baler",
            "post driver"} <= skills


def test_a_figure_joined_to_a_word_is_no_amount_in_a_list() -> None:
    page = ("Motorman\n\nREQUIREMENTS\n* Min. 6 months sea service as Wiper\n"
            "* Experience with: 4-stroke auxiliary engines, Westfalia separators, "
            "air compressors, sewage plants\n")
    skills = {s.text for s in parse_text(page, "motorman.txt").skills}
    assert {"Westfalia separators", "air compressors", "sewage plants"} <= skills


def test_a_charters_group_labels_head_skills_and_name_none() -> None:
    page = ("Fleet Data Steward\n\nCapabilities\n"
            "Technical: telematics data cleansing, SQL, Samsara, Power BI\n"
            "People: coaching depot staff, patience\n\nTools\n"
            "Jira · FleetPulse · Geotab\n")
    skills = {s.text for s in parse_text(page, "fleet-data-steward.txt").skills}
    assert {"telematics data cleansing", "SQL", "Samsara", "coaching depot staff",
            "patience", "FleetPulse"} <= skills
    assert not {"Technical", "People", "Fleet", "Pulse"} & skills
