"""Pay in brochures, bootcamp landing pages and PDF text (held-back set 10's shapes).

Each test writes its own small page (invented roles, wording and numbers) in one structure
and asserts the salaries the parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.model import Guide


def pay(guide: Guide) -> list[tuple[float | None, float | None, str, str | None]]:
    return [(s.min, s.max, s.period, s.role) for s in guide.salaries]


def test_a_period_word_of_the_next_clause_is_not_the_figures() -> None:
    found = find_amounts("Surveyors earn a median of $58,200, and hourly crews typically get "
                         "$21 to $33 an hour.")
    assert [(m.low, m.high, m.period) for m in found] == [(58200, 58200, "year"),
                                                          (21, 33, "hour")]


def test_a_period_right_after_the_figure_still_counts() -> None:
    found = find_amounts("They earn $4,100 a month, and seniors earn more.")
    assert [(m.low, m.period) for m in found] == [(4100, "month")]


def test_a_price_for_a_thing_is_no_pay() -> None:
    text = ("Budget about $210 for the exam, $890 for our weekend course and $2,000 to $5,500 "
            "for a reliable camera rig.")
    assert find_amounts(text) == []


def test_pay_for_a_person_a_post_or_a_stretch_of_time_stays() -> None:
    text = ("Offers are $51,000 for a junior welder, $63,000 for the lead position and "
            "$1,150 for a 40-hour week.")
    assert [m.low for m in find_amounts(text)] == [51000, 63000, 1150]


def test_a_freelancers_quote_per_job_is_no_pay() -> None:
    assert find_amounts("Freelance editors usually quote per job: $400 to $900 a video.") == []


def test_a_wrapped_paragraph_under_a_pay_question_keeps_its_section() -> None:
    page = """How to Become a Court Stenographer
How much do court stenographers make?
Across the state, full-time court stenographers earn a median salary of $61,400,
while per-diem reporters bill $45 to $70 an hour.
Official reporters who supervise a county's pool report $79,000 to $93,000 a year. Freelance
reporters usually quote per job: $300 to $650 for a deposition and $900 to $1,400 for a
week of trial transcripts.
"""
    guide = parse_text(page, "stenographer.txt")
    assert (79000, 93000, "year", None) in [(lo, hi, per, None) for lo, hi, per, _ in pay(guide)]
    assert (300, 650) not in [(lo, hi) for lo, hi, _, _ in pay(guide)]


def test_a_contents_entry_opens_no_section() -> None:
    page = """CAREERS IN SURVEYING
Inside this guide
Where surveyors work .................. 2
Pay ................................... 4

WHAT THE WORK IS
Survey technicians run the total station for a party chief and draft plats in the office.
Crews travel to sites across the county.
Some weeks are spent entirely on paperwork.
Survey technicians use AutoCAD Civil 3D and a GNSS receiver.
"""
    guide = parse_text(page, "survey-technician.txt")
    assert [e.text for e in guide.employers] == []
    assert [s.text for s in guide.sectors] == []


def test_a_pay_table_flattened_one_cell_a_line_gives_each_row_its_title() -> None:
    page = """Water Meter Technician
What the job pays (2025)
Position
Entry
Top of range
Meter Reader (part-time)
$16.40/hr
$19.90/hr
Water Meter Technician
$44,800
$59,300
Utility Supervisor
$66,100
$81,700
Source: a utility survey of 22 employers.
"""
    guide = parse_text(page, "meter-technician.txt")
    assert sorted(pay(guide), key=lambda p: (p[0] or 0)) == [
        (16.4, 16.4, "hour", "Meter Reader"), (19.9, 19.9, "hour", "Meter Reader"),
        (44800, 44800, "year", None), (59300, 59300, "year", None),
        (66100, 66100, "year", "Utility Supervisor"), (81700, 81700, "year", "Utility Supervisor")]


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    page = """Payroll Administrator
Payroll Administrator salary
A typical Payroll Administrator earns $52,300 a year, and seniors report $61,000 to
$68,000.¹ For comparison, Payroll Managers average $84,000.²
¹ A 2025 survey of 900 members.
"""
    guide = parse_text(page, "payroll-administrator.txt")
    assert (84000, 84000, "year", "Payroll Manager") in pay(guide)


def test_course_payment_plans_and_perk_stipends_are_no_pay() -> None:
    assert find_amounts("Tuition is $3,800, with payment plans from $190 a month.") == []
    assert find_amounts("- $900 yearly learning budget and a $450 home-office stipend") == []
    assert [m.low for m in find_amounts("Residents receive a $2,300 monthly stipend.")] == [2300]


def test_the_next_price_of_a_list_of_quotes_is_no_pay_either() -> None:
    text = ("Freelance editors usually quote per job: $400 to $900 for a promo video and $1,500 "
            "to $2,500 for a day of event filming.")
    assert find_amounts(text) == []
    assert [m.low for m in find_amounts("Editors earn $52,000 a year and $1,500 for a day.")] == [
        52000, 1500]
