"""Structures of three page types (found by studying held-back set 45): a workplace's
competency sign-off record (a pipe table of numbered units whose verdict and signature
columns stand among the sign-off columns, an app's account bar, blank form fields, the
record's instructions heading, an assessor's notes on one trainee, attached files), a
Ukrainian job posting read through a translator (hryvnia amounts with space-grouped
thousands, a legal form before a quoted firm name, a run-in "Field of activity:" sentence)
and a Croatian posting read through a translator (net pay with its gross in a bracket, the
Croatian legal forms).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.assessment_rows import assessed_units, unit_skills


def _money(text: str, home: str = "GBP") -> list[tuple[float | None, float | None, str | None]]:
    return [(m.low, m.high, m.currency) for m in find_amounts(text, home=home)]


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None]]:
    return {(b.min, b.max) for b in guide.salaries}  # type: ignore[attr-defined]


_RECORD = """\
Crossway Ducts Ltd | Staff Portal | Training records
Logged in as: k.marsh@crossway  |  Switch site  |  Help  |  Log out

Duct Installer
Level 1 workplace sign-off record
Trainee: ______________   Start date: ___/___/____
Named assessor: ____________ (Supervisor or Works Manager)
Site: Harlow Depot / Client sites (Epping, Ware)

How to use this record
Each task must be observed twice and signed by the assessor. Return it to the Works Manager.

# | Task / competence | Evidence | Status | Signed by | Date
1 | Marking out and cutting duct sections (tin snips / nibbler) | seen | ✔ Signed off | T. Bryce |
2 | Sealing joints; fitting access panels | observed | ◐ In progress | |
3 | Use of powered tools: rivet gun, cordless drill (with dust extraction) | — | ◯ Not started | |

Notes (assessor): Keen, tidy worker, good timekeeping. Needs practice on item 3.
Attachments: CSCS card.pdf · Toolbox talk Oct.xlsx · Induction v2
"""


def test_a_sign_off_table_gives_its_units_and_their_tools() -> None:
    guide = parse_text(_RECORD, "record.txt")
    skills = _skills(guide)
    assert {"Marking out", "Cutting duct sections", "Tin snips", "Nibbler", "Sealing joints",
            "Fitting access panels", "Use of powered tools", "Rivet gun", "Cordless drill",
            "Dust extraction"} <= skills
    # the status, evidence and signature cells are no skills
    assert not skills & {"seen", "✔ Signed off", "T. Bryce", "◯ Not started",
                         "◐ In progress"}


def test_a_records_chrome_gives_no_facts() -> None:
    guide = parse_text(_RECORD, "record.txt")
    everything = _skills(guide) | _facts(guide, "employers") | _facts(guide, "sectors")
    for chrome in ("k.marsh@crossway", "Switch site", "Help", "Log out", "Works Manager",
                   "How to use this record", "Epping", "Ware", "Keen", "good timekeeping",
                   "CSCS card.pdf", "Toolbox talk Oct.xlsx"):
        assert chrome not in everything, chrome


def test_a_results_table_keeps_its_last_column_verdict() -> None:
    # the older shape (verdict last, no row numbers) still reads; a table of another kind
    # (no sign-off column) gives nothing
    units = assessed_units([(4, "Unit assessed | Outcome"),
                            (5, "ABC012 Trim and shape beards | Competent")])
    assert units.skills == [("Trim and shape beards", 5)]
    other = assessed_units([(1, "# | Task | Hours | Cost"), (2, "1 | Sanding | 4 | £60")])
    assert other.skills == []


def test_a_units_name_splits_at_its_structure_only() -> None:
    assert unit_skills("Infection prevention and control (hand hygiene)") == [
        "Infection prevention and control", "Hand hygiene"]
    assert unit_skills("Replacing clips and pads") == ["Replacing clips and pads"]
    assert unit_skills("Correct use of PPE and hearing protection") == [
        "Correct use of PPE", "Hearing protection"]
    # an acronym's spelling-out, a document pointed to and a counted item are no skills
    assert unit_skills("ABR screening (auditory brainstem response)") == ["ABR screening"]
    assert unit_skills("Lone working (Trust lone working policy)") == ["Lone working"]
    assert unit_skills("Checking identity (NHS number, two identifiers)") == [
        "Checking identity", "NHS number"]
    # a verb's list of objects after a colon names no items apart
    assert unit_skills("Visual inspection: spotting cracks, rust, loose bolts") == [
        "Visual inspection"]
    # the other name of a capitalised record in its bracket is no skill of its own
    assert unit_skills("Recording results on S4H and in the Child Health Record (red book)") == [
        "Recording results", "S4H", "Child Health Record"]


def test_hryvnia_amounts_group_thousands_with_spaces() -> None:
    assert _money("Salary 24 000 – 31 000 UAH per month") == [(24000, 31000, "UAH")]
    assert _money("the brigade foreman – from 36 000 UAH") == [(36000, None, "UAH")]


def test_a_meals_price_in_hryvnias_is_no_pay() -> None:
    page = ("Packer\n\nWe offer:\n- salary 19 000 UAH per month;\n- dinners for 45 UAH;\n"
            "- extra 12 UAH/ha in the season.\n")
    pay = _pay(parse_text(page, "p.txt"))
    assert (19000, 19000) in pay
    assert not pay & {(45, 45), (12, 12)}


def test_a_capitalised_word_after_a_wide_gap_starts_the_next_cell() -> None:
    assert _money("Ukraine – 19 800 UAH   Odesa – 23 000 UAH") == [
        (19800, 19800, "UAH"), (23000, 23000, "UAH")]
    assert _money("€30,000 Gross – €40,000") == [(30000, 40000, "EUR")]


_UA_POSTING = """\
This page has been translated from Ukrainian
Show original    Always translate Ukrainian
Main › Vacancies › Agriculture › Sprayer operator

Sprayer operator
21 000 – 27 000 UAH
LLC "Sonyachne Pole"  ✔ Verified company
Cherkasy region

Requirements:
- experience with self-propelled sprayers;

About the company
LLC "Sonyachne Pole" – part of "Lan". Field of activity: Agriculture, grain growing. 90 staff.
"""


def test_a_translated_ukrainian_posting_names_its_firm_and_sectors() -> None:
    guide = parse_text(_UA_POSTING, "ua.txt")
    assert 'LLC "Sonyachne Pole"' in _facts(guide, "employers")
    assert {"Agriculture", "grain growing"} <= _facts(guide, "sectors")
    assert not any("staff" in s for s in _facts(guide, "sectors"))
    assert (21000, 27000) in _pay(guide)


def test_a_firm_line_needs_a_legal_form() -> None:
    page = _UA_POSTING.replace('LLC "Sonyachne Pole"  ✔ Verified company',
                               '"Sonyachne Pole"  ✔ Verified company')
    assert '"Sonyachne Pole"' not in _facts(parse_text(page, "ua2.txt"), "employers")


def test_a_croatian_firm_ends_in_its_legal_form() -> None:
    page = ("Translated from Croatian · Show original · Always translate Croatian\n\n"
            "Receptionist (m/f)\nHotel Borik Zadar d.d. – Borik Wellness\n"
            "Key information\nLocation | Zadar\n")
    assert "Hotel Borik Zadar d.d." in _facts(parse_text(page, "hr.txt"), "employers")


def test_net_pay_with_its_gross_in_a_bracket() -> None:
    line = ("Salary: 1.900,00 € net per month (gross approx. 2.560,00 €) in the season; "
            "in the off-season 1.050,00 € net.")
    assert _money(line, "EUR") == [(1900, 1900, "EUR"), (1050, 1050, "EUR")]
    # take-home pay worked out in prose stays no pay
    assert _money("After tax you take home about 1.100 € net a month.", "EUR") == []
    assert (1300, 3100, "EUR") in _money(
        "Cooks' salaries range from 1.300 € to 3.100 € net (based on 40 ads)", "EUR")
