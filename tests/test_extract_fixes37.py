"""Stop 37's fixes: a translated job posting's title and vacancy-sheet occupation field,
"A or B, then C", a matrix titled "X Competency Grid", and bodies whose names hold a comma.

Every page and sentence is invented here (roles, places, firms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.employer_names import whole_bodies
from careergraph.guides.moves import prose_steps
from careergraph.guides.roles import choose_role
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

_VOCAB = Vocabulary.from_lexicon(load_lexicon())

POSTING = """Translated from Japanese   Show original
Shigoto Board  |  Search  |  Saved

[Full-time employee] Miso fermenting staff (Misoya) / No experience needed / Dormitory
Oshima Miso Works Co., Ltd.

■ Job description
・Soaking soybeans and steaming them in a pressure cooker

■ Career step
Misoya → Tank lead (Okeban) → Banto (deputy master) → Oyakata (master fermenter)

■ Salary
Monthly salary: 210,000 yen ~ 250,000 yen
"""


def test_bracketed_posting_title_names_the_role_and_its_ladder() -> None:
    guide = parse_text(POSTING, "kyujin-0042.txt")
    assert guide.role.text == "Miso Fermenting Staff"
    assert guide.role_signal == "page_title"
    assert "Misoya" in {a.text for a in guide.aliases}
    assert [[r.text for r in ladder] for ladder in guide.progressions] == [
        ["Miso Fermenting Staff", "Tank Lead", "Banto", "Oyakata"]]


def test_bracket_without_employment_type_is_no_posting_title() -> None:
    page = POSTING.replace("[Full-time employee] ", "[Notice] ")
    guide = parse_text(page, "mill-clerk.txt")
    assert guide.role.text != "Miso Fermenting Staff"


SHEET = """Vacancy details (full-time)
Reception date: March 3, 2027   Job number: 20410-55120

Business name            Kobayashi Joinery Co., Ltd.
Occupation               Shoji screen maker (trainee)
Job description          Making shoji frames with a mortiser and a hand plane.
Wage form                Monthly salary
"""


def test_aligned_occupation_field_names_the_role() -> None:
    guide = parse_text(SHEET, "vacancy-20410.txt")
    assert guide.role.text == "Shoji Screen Maker"
    assert guide.role_signal == "statement"


def test_occupation_header_row_names_no_role() -> None:
    # a table's header row (more columns after the gap) and a field naming no person
    for value in ("Employment    Median wage", "Employment"):
        table = SHEET.replace("Shoji screen maker (trainee)", value)
        assert choose_role(list(enumerate(table.splitlines(), 1)), _VOCAB) is None


def test_two_choices_then_a_step_give_both_choices_the_step() -> None:
    steps = prose_steps("After five years most lock keepers become a Waterway Supervisor or a "
                        "Reservoir Warden, then a Navigation Manager.", _VOCAB)
    assert steps == [("Waterway Supervisor", "Navigation Manager"),
                     ("Reservoir Warden", "Navigation Manager")]


def test_titles_in_turn_before_then_stay_a_chain() -> None:
    # "A, B and then C" is a ladder in turn, no choice
    steps = prose_steps("Many move up to Waterway Supervisor, Reservoir Warden and then "
                        "Navigation Manager.", _VOCAB)
    assert ("Waterway Supervisor", "Navigation Manager") not in steps


def test_competency_grid_title_names_its_role() -> None:
    page = ("Kiln Technician Competency Grid\nIssued by the Guild of Ceramic Firing, version 3\n\n"
            "Stage columns run from Foundation to Expert.\n")
    guide = parse_text(page, "grid.txt")
    assert guide.role.text == "Kiln Technician"


def test_grid_of_a_subject_is_no_role() -> None:
    page = ("Kiln Temperature Grid\nIssued by the Guild of Ceramic Firing, version 3\n\n"
            "A Kiln Technician reads this grid before every firing.\n")
    guide = parse_text(page, "grid.txt")
    assert guide.role.text == "Kiln Technician"
    assert guide.role_signal != "page_title"


def test_partnership_and_campus_names_stay_whole() -> None:
    page = ("Lock Keeper\n\nLock keepers operate the gates and sluices of a canal lock.\n\n"
            "Employers\nCanal and River Trust, Harlow, Finch and Co, University of Westmere, "
            "Dunford Campus, Broadwater Marinas\n")
    employers = [e.text for e in parse_text(page, "lock-keeper.txt").employers]
    assert employers == ["Canal and River Trust", "Harlow, Finch and Co",
                         "University of Westmere, Dunford Campus", "Broadwater Marinas"]


def test_separate_employers_stay_apart() -> None:
    # a campus with no university before it, and surnames with no partnership word
    assert whole_bodies(["Acme", "Dunford Campus"], "Acme, Dunford Campus") == [
        "Acme", "Dunford Campus"]
    assert whole_bodies(["Harlow", "Finch", "Broadwater Marinas"],
                        "Harlow, Finch and Broadwater Marinas") == [
        "Harlow", "Finch", "Broadwater Marinas"]


EXPLAINER = """Translated by Google  ·  Original language: German  ·  Show original
Glazier: salary in the TV-L (2027)

What you need
 - glass cutting
 - sealants

Career
With further training a glazier can become master glazier.

Comments (2)
Write a comment
Imprint  ·  Privacy
"""


def test_translated_explainers_career_heading_ends_its_skills() -> None:
    guide = parse_text(EXPLAINER, "explainer.txt")
    skills = {s.text for s in guide.skills}
    assert skills == {"glass cutting", "sealants"}
    assert [m.text for m in guide.leads_to] == ["Master Glazier"]


def test_bar_without_a_source_language_is_no_translated_page() -> None:
    # two marks of a translator's bar are not enough: the page is no translated page
    from careergraph.guides.page_families import family_page

    page = EXPLAINER.replace("  ·  Original language: German", "")
    assert family_page(list(enumerate(page.splitlines(), 1))) is None
    assert family_page(list(enumerate(EXPLAINER.splitlines(), 1))) is not None


SURVEY = """KILN GUILD 2026 Pay Survey
Page 1 of 3

Kiln technician salaries
Kiln technicians earn a median of $48,000 a year.

Pay by employer type
Employer type                Median salary
Studio potteries             $44,500
Industrial ceramics plants   $52,300
Other                        $47,000

Notes: figures are base pay.
"""


def test_employer_type_table_gives_sectors_and_their_pay() -> None:
    guide = parse_text(SURVEY, "kiln-survey.txt")
    assert [s.text for s in guide.sectors] == ["Studio potteries", "Industrial ceramics plants"]
    assert not guide.employers
    by_sector = {(s.label, s.min, s.role) for s in guide.salaries if s.min != 48000}
    assert by_sector == {("Studio potteries", 44500, None),
                         ("Industrial ceramics plants", 52300, None)}


def test_employer_column_of_names_is_no_kind_table() -> None:
    # a table of named employers keeps its names employers, none a sector
    page = SURVEY.replace("Employer type                Median salary",
                          "Employer                     Median salary")
    guide = parse_text(page, "kiln-survey.txt")
    assert "Studio potteries" not in {s.text for s in guide.sectors}


def _boxed(cards: list[list[str]], top: str = "┌" + "─" * 40 + "┐",
           bottom: str = "└" + "─" * 40 + "┘", side: str = "│") -> str:
    lines = ["Kiln Technician jobs in Westport", "", "3 jobs found", ""]
    for card in cards:
        lines += [top, *(f"{side} {text:<38} {side}" for text in card), bottom]
    return "\n".join(lines) + "\n"


CARDS = [["Kiln Technician", "Brightfire Ceramics Ltd", "Westport", "£28,000 – £32,000 a year"],
         ["Senior Kiln Technician", "Harlow Pottery Works", "Dunford", "£34,500 a year"],
         ["Glaze Mixer", "Oldbury Tileworks", "Westport", "£24,000 a year"]]


def test_boxed_job_cards_name_their_employers() -> None:
    for page in (_boxed(CARDS), _boxed(CARDS, "+" + "-" * 40 + "+", "+" + "-" * 40 + "+", "|")):
        guide = parse_text(page, "kiln-jobs.txt")
        assert guide.role.text == "Kiln Technician"
        # the other title's card employs no Kiln Technician; its company is no employer here
        assert [e.text for e in guide.employers] == ["Brightfire Ceramics Ltd",
                                                    "Harlow Pottery Works"]
        assert guide.employers[0].source.line == 7  # the page's own line


def test_grid_table_is_no_box() -> None:
    from careergraph.guides.boxes import unbox

    grid = "+--------+--------+\n| Skill  | Level  |\n+--------+--------+\n| Glazing| High   |\n"
    assert unbox(grid) is None


CV = """PRIYA SHAH
Senior Kiln Technician
Westport  ·  priya.shah@example.com

EXPERIENCE
Senior Kiln Technician, Brightfire Ceramics Ltd        2023 – present
- Run the gas and electric kilns and log each firing.
Kiln Technician, Harlow Pottery Works                  2019 – 2023
- Loaded and fired kilns to cone 10.
Pottery Assistant, Oldbury Tileworks                   2017 – 2019
- Mixed glazes and cleaned the kiln room.

SKILLS
Kiln firing, glaze mixing, pyrometry
"""


def test_cv_work_history_with_duty_lines_is_a_ladder_oldest_first() -> None:
    guide = parse_text(CV, "cv.txt")
    assert [[r.text for r in ladder] for ladder in guide.progressions] == [
        ["Kiln Technician", "Senior Kiln Technician"]]
    assert [m.text for m in guide.moves_in] == ["Pottery Assistant"]
    assert {"Brightfire Ceramics Ltd", "Harlow Pottery Works"} <= {
        e.text for e in guide.employers}


def test_history_ends_at_a_line_that_is_no_job_nor_duty() -> None:
    from careergraph.guides.career_history import career_history

    lines = list(enumerate(["EXPERIENCE", "Kiln Technician, Harlow Pottery Works   2019 – 2023",
                            "REFERENCES", "Glaze Mixer, Oldbury Tileworks   2015 – 2019"], 1))
    assert career_history(lines).jobs == ()  # one job before the break: no history


PLAN = """INDIVIDUAL DEVELOPMENT PLAN (IDP)   Form 22-7
Privacy Act Statement: the information is used for training planning only.

PART I — EMPLOYEE INFORMATION
Name: T. Varga
Position title: Kiln Technician   Series/Grade/Step: 0802/GS-6/2
Organization: Westmere Ceramics Institute

PART III — COMPETENCIES
| Competency | Current | Target | Priority |
|---|---|---|---|
| Glaze chemistry | 2 | 4 | High |
| Kiln loading | 3 | 4 | Low |

PART IV — DEVELOPMENT ACTIVITIES
| Course on PyroLog | Q2 | $300 |
| Shadowing a kiln supervisor | Q3 | $0 |

Employee signature ____________
"""


def test_form_part_heading_ends_the_competency_list() -> None:
    skills = {s.text for s in parse_text(PLAN, "idp.txt").skills}
    assert {"Glaze chemistry", "Kiln loading"} <= skills
    assert not skills & {"PART IV", "DEVELOPMENT ACTIVITIES", "Course on PyroLog", "Q2", "Q3"}


def test_part_word_inside_a_list_item_stays_an_item() -> None:
    # "Part finishing" is a skill, no form part (no numeral and dash after "Part")
    page = PLAN.replace("| Kiln loading | 3 | 4 | Low |", "| Kiln loading | 3 | 4 | Low |\n"
                        "| Part finishing | 1 | 3 | Low |")
    assert "Part finishing" in {s.text for s in parse_text(page, "idp.txt").skills}


def test_setting_of_a_told_duty_names_its_technique() -> None:
    from careergraph.guides.told_duties import told_duty_objects

    assert told_duty_objects("Ran clinics in pure tone audiometry using Noah") == [
        "pure tone audiometry", "Noah"]
    assert told_duty_objects("Led training sessions in manual handling") == []  # (led: others)
    assert told_duty_objects("Ran training sessions in manual handling") == ["manual handling"]
    # a time after "in" is no technique
    assert "morning" not in told_duty_objects("Ran sessions in the morning")


def test_masters_examination_is_no_skills_cue() -> None:
    from careergraph.guides.items import sentence_skills

    text = ("With the master's examination a kiln technician can become kiln foreman and "
            "later works manager.")
    assert sentence_skills(text, _VOCAB, cued=True) == []
    assert sentence_skills("Trainees master glaze mixing and kiln loading.", _VOCAB,
                           cued=True) == ["glaze mixing", "kiln loading"]


def test_browser_bar_always_translate_marks_a_translated_page() -> None:
    from careergraph.guides.page_families import family_page

    page = ["Page translated from German   Show original   Always translate",
            "Glazier: salary in the TV-L (2027)"]
    found = family_page(list(enumerate(page, 1)))
    assert found is not None and found.family == "translatedpage"
    assert family_page(list(enumerate(["Always translate your notes.", "Glazier"], 1))) is None


def test_staff_who_were_former_holders_move_in() -> None:
    from careergraph.guides.moves import prose_moves

    found = prose_moves("Many of our staff were former rice farmers, restaurant chefs and "
                        "factory workers.", _VOCAB, "Miso Fermenting Staff")
    assert found["in"] == ["Rice Farmer", "Restaurant Chef", "Factory Worker"]
    found = prose_moves("Our employees include a former carpenter and a former furniture "
                        "factory worker.", _VOCAB, "Shoji Screen Maker")
    assert found["in"] == ["Carpenter", "Furniture Factory Worker"]
    # champions who were former winners hold no job before the role
    assert prose_moves("Past finalists were former champions.", _VOCAB, "Carpenter")["in"] == []


def test_company_name_field_names_the_employer() -> None:
    page = POSTING + ("\n■ Company information\n"
                      "Company name: Oshima Miso Works Co., Ltd. (大島味噌)\n")
    # (one employer, without its native name; a list item drops a final full stop)
    employers = [e.text for e in parse_text(page, "kyujin-0042.txt").employers]
    assert [e for e in employers if e.startswith("Oshima")] == ["Oshima Miso Works Co., Ltd"]
    page = POSTING + "\n■ Company information\nCompany size: 40 staff\n"
    assert "40 staff" not in {e.text for e in parse_text(page, "kyujin-0042.txt").employers}


def test_occupation_fields_learner_note_is_the_rung_below() -> None:
    guide = parse_text(SHEET, "vacancy-20410.txt")
    assert [[r.text for r in ladder] for ladder in guide.progressions] == [
        ["Trainee Shoji Screen Maker", "Shoji Screen Maker"]]
    plain = parse_text(SHEET.replace(" (trainee)", " (full-time)"), "vacancy-20410.txt")
    assert plain.progressions == []


def test_development_activity_costs_are_no_pay() -> None:
    figures = {(s.min, s.max) for s in parse_text(PLAN, "idp.txt").salaries}
    assert not figures & {(300, 300), (0, 0)}


def test_development_costs_rule_leaves_a_pay_part_alone() -> None:
    from careergraph.guides.wage_schedule import not_pay_heading

    assert not_pay_heading("PART IV — DEVELOPMENT ACTIVITIES")
    assert not not_pay_heading("PART IV — PAY AND DEVELOPMENT")
