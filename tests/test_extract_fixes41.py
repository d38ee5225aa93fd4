"""Defects of round 41, each on an invented page: "Lead" and "Associate" after a noun, a
label naming a kind of tools before its tools, a written answer's moves and employer, a
ladder's top holders who "went on to" a title, a survey row whose label runs into its
figures."""

from __future__ import annotations

from careergraph.guides import parse_text

PICKING = """Job Offer Information (Full-time)

Business name         Tarumi Logistics
Industry              Warehousing
Occupation            Picking team lead
Place of work         Kofu City

Job description
・Planning the pick waves

Career path: picking team lead → Senior → Warehouse manager.
"""


def _ladders(page: str, name: str = "posting.txt") -> list[list[str]]:
    guide = parse_text(page, name)
    return [[step.text for step in ladder] for ladder in guide.progressions]


def test_lead_after_a_noun_is_part_of_the_title_a_bare_level_word_completes() -> None:
    ladder = ["Picking Team Lead", "Senior Picking Team Lead", "Warehouse Manager"]
    assert ladder in _ladders(PICKING)


def test_associate_after_a_noun_is_part_of_the_title() -> None:
    page = PICKING.replace("Picking team lead", "Picking associate").replace(
        "picking team lead →", "picking associate →")
    assert ["Picking Associate", "Senior Picking Associate", "Warehouse Manager"] in _ladders(
        page)


def test_lead_before_a_noun_stays_a_level() -> None:
    page = PICKING.replace("Picking team lead", "Lead picker").replace(
        "picking team lead →", "lead picker →")
    assert any("Senior Picker" in ladder for ladder in _ladders(page)), _ladders(page)


STORES = """Stores Clerk
Stores clerks receive deliveries and keep stock records.

Skills
- Software: Stockmate, Calcsheet
- Office computer: Textpad, Slidemaker
- Forklift driving
"""


def _skill_names(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "stores-clerk.txt").skills}


def test_a_label_naming_a_kind_of_tools_is_no_skill_its_items_are() -> None:
    skills = _skill_names(STORES)
    assert {"Stockmate", "Calcsheet", "Textpad", "Slidemaker", "Forklift driving"} <= skills
    assert not {"Software", "Office computer"} & skills


def test_a_label_naming_a_subject_or_a_capitalised_kind_stays_a_skill() -> None:
    page = STORES.replace("Software:", "Stock control:").replace("Office computer:",
                                                                  "CAD software:")
    assert {"Stock control", "CAD software", "Textpad"} <= _skill_names(page)


ANSWER = """Written answers
Kiln Technicians: Training

Answered by the Minister for Industry

The CPS in Wales employed 2,140 kiln technicians in March. Many trainees are already in the
workforce as kiln loaders or glaze mixers, and the framework sets out how kiln technicians
progress to Senior Kiln Technician. Some kiln technicians also retrain in glass annealing to
work as lehr operators.
"""


def _moves(page: str) -> tuple[set[str], set[str], set[str]]:
    guide = parse_text(page, "kiln-technician.txt")
    return ({f.text for f in guide.moves_in}, {f.text for f in guide.transitions_to},
            {f.text for f in guide.employers})


def test_an_answer_names_who_moves_in_who_moves_sideways_and_the_employer() -> None:
    moves_in, sideways, employers = _moves(ANSWER)
    assert {"Kiln Loader", "Glaze Mixer"} <= moves_in
    assert "Lehr Operator" in sideways
    assert "CPS in Wales" in employers


def test_without_the_workforce_retraining_or_a_service_nothing_is_read() -> None:
    page = (ANSWER.replace("already in the\nworkforce as", "paid the same as")
            .replace("retrain in glass annealing to\nwork as", "meet")
            .replace("The CPS in Wales employed", "In Wales there were"))
    moves_in, sideways, employers = _moves(page)
    assert not {"Kiln Loader", "Glaze Mixer"} & moves_in
    assert "Lehr Operator" not in sideways
    assert not employers


CHART = """Bell Hop
A bell hop carries guests' luggage to their rooms.

Comment thread on the Bell Hop box
  Ines R.: Route on: Bell Hop > Lobby Runner > Head Porter, and the last two Head Porters
  went on to Bell Captain.
"""


def test_the_top_steps_holders_going_on_extend_the_ladder() -> None:
    page = CHART.replace("Porters\n  went", "Porters went")
    assert ["Bell Hop", "Lobby Runner", "Head Porter", "Bell Captain"] in _ladders(
        page, "bell-hop.txt")


def test_other_peoples_going_on_does_not_extend_the_ladder() -> None:
    page = CHART.replace("Porters\n  went", "Porters went").replace(
        "the last two Head Porters", "two Night Clerks")
    ladders = _ladders(page, "bell-hop.txt")
    assert ["Bell Hop", "Lobby Runner", "Head Porter"] in ladders
    assert not any("Bell Captain" in ladder for ladder in ladders), ladders


SURVEY = """LOWLAND GUILD OF MAP CURATORS
2026 Pay Survey — Summary of Findings

3 Map curator salaries
Table 3.1  Map curator base salary by years in the role
Experience  Respondents  Low  Median  High
0–4 years       61    $44,000          $49,500    $55,000
All map curators 163 $48,000          $56,000    $66,000
"""


def _pay(page: str) -> set[tuple[str | None, float | None, float | None, str | None]]:
    guide = parse_text(page, "map-curator.txt")
    return {(s.label, s.min, s.max, s.statistic) for s in guide.salaries}


def test_a_survey_row_with_a_long_label_and_low_median_high_heads_is_a_band_and_a_median() -> None:
    pay = _pay(SURVEY)
    assert ("All map curators", 48000, 66000, "range") in pay
    assert ("All map curators", 56000, 56000, "median") in pay
    assert ("0–4 years", 44000, 55000, "range") in pay
    assert not any(low == high == 48000 for _, low, high, _ in pay)


def test_three_figures_without_a_band_header_stay_single_figures() -> None:
    page = SURVEY.replace("Experience  Respondents  Low  Median  High\n", "")
    assert not any(low != high for _, low, high, _ in _pay(page))
