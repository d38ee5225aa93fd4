"""Skills passports, Swedish postings read through a translator and "meet the apprentices"
galleries, second pass (helper rules35d, 2026-12-05): krona figures, a job site's
comparisons, requirements printed one a line, a verified work history, a passport's panel
titles and an apprentice's card fields.  Every page here is invented."""

from __future__ import annotations

import itertools
from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.amounts import find_amounts
from careergraph.guides.career_history import career_history
from careergraph.guides.page_money import page_currency
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.model import Guide


def _guide(tmp_path: Path, text: str) -> Guide:
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str]]:
    """Each salary as (owner, min, max, period)."""
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}


def _edges(guide: Guide) -> set[tuple[str, str]]:
    """The guide's ladder steps as (from, to) pairs, lower-cased."""
    return {(a.text.lower(), b.text.lower()) for chain in guide.progressions
            for a, b in itertools.pairwise(chain)}


# A Swedish job board's posting for a crane operator, read through a translator.
_POSTING = (
    "Translated from: Swedish ▾   to: English ▾     Show original\n"
    "Crane Operator\n"
    "Hamnlyft Väst AB · Halmstad · Published 4 March 2026\n\n"
    "Who are you?\n"
    "We are looking for you who have\n"
    "• knowledge of load moment systems (Liebherr LICCON a merit)\n"
    "• slinging and signalling\n"
    "• reading lift plans\n\n"
    "What we offer\n"
    "Salary: Monthly salary 31 500–37 000 SEK depending on experience.\n"
    "Dock worker (for information): 27 000 – 30 500 kr/month\n\n"
    "Salary statistics for the occupation Crane Operator (statistics from the union via the "
    "job site)\n"
    "Average salary, whole country: 34 100 SEK/month\n"
    "Average, Western Sweden: 33 800 SEK/month\n"
    "Percentile 10 – 90: 28 900 – 39 700 kr\n"
    "Compare: Truck driver 30 200 SEK/month · Forklift operator 29 400 SEK/month\n")


def test_a_krona_page_reads_kr_as_its_own_currency() -> None:
    """"kr" after a figure is the page's krona or krone; alone it names none."""
    assert page_currency("Lön 31 500–37 000 SEK … från 26 000 SEK/månad") == "SEK"
    [money] = find_amounts("Median: 33 700 kr/month", home="SEK")
    assert (money.currency, money.low, money.period) == ("SEK", 33700, "month")
    assert find_amounts("Median: 33 700 kr/month") == []  # (no krona page: no currency)


def test_a_translated_postings_pay_statistics(tmp_path: Path) -> None:
    """The band, the comparison title's band "for information", the regional average, the
    percentile range (a month's: tens of thousands of kronor) and each compared job."""
    pay = _pay(_guide(tmp_path, _POSTING))
    assert (None, 31500, 37000, "month") in pay
    assert ("Dock Worker", 27000, 30500, "month") in pay
    assert (None, 33800, 33800, "month") in pay  # "Average, Western Sweden: …"
    assert (None, 28900, 39700, "month") in pay  # (no year's pay)
    assert ("Truck driver", 30200, 30200, "month") in pay
    assert ("Forklift operator", 29400, 29400, "month") in pay
    assert not any(owner == "Truck driver" and low == 29400 for owner, low, _, _ in pay)


def test_who_are_you_heads_what_the_posting_asks_for(tmp_path: Path) -> None:
    """"Who are you?" (Vem är du?) lists skills; a bracket's brand "a merit" is a tool."""
    assert classify_heading("Who are you?") is Kind.SKILLS
    skills = {s.text for s in _guide(tmp_path, _POSTING).skills}
    assert {"slinging", "signalling", "reading lift plans", "Liebherr LICCON"} <= skills
    assert not any("merit" in s for s in skills)


def test_requirements_printed_one_a_line_are_read_as_items(tmp_path: Path) -> None:
    """A "Your qualifications" list with no bullets: each short line an item, a skill's
    brand in brackets a tool; a line under a labelled fact ("Qualifications needed: None
    required") stays a fact's value."""
    guide = _guide(tmp_path, "Crane Operator\n\nYour qualifications\n"
                             "Hydraulic fault-finding (Sennebogen)\n"
                             "Slinging and signalling\nLoad charts\n\nWhat we offer\nA car.\n")
    skills = {s.text for s in guide.skills}
    assert {"Hydraulic fault-finding", "Sennebogen", "Slinging", "Load charts"} <= skills
    facts = _guide(tmp_path, "Mobile Dog Groomer\n\nKEY FACTS\nStart-up costs: £900\n"
                             "Qualifications needed: None required\nTime to first client: "
                             "a week\n")
    assert not any("None" in s.text for s in facts.skills)


# A worker's passport record for a tower crane operator, then a learner's own view.
_RECORD = (
    "CraneCard UK  |  Verified worker record\n\n"
    "TOWER CRANE OPERATOR\n"
    "Holder: Sam Example        Record ID: CC-0001\n\n"
    "WORK HISTORY (verified entries only)\n"
    "2022–now   Tower Crane Operator, Highline Lifting Services, Leeds\n"
    "2019–2022  Tower Crane Operator, Pennine Cranes, Bradford\n"
    "2015–2019  Slinger Signaller, Wharfe Groundworks\n\n"
    "RATES RECORDED (worker's own, last 12 months)\n"
    "Day rate onshore ......... £260 – £300 / day\n"
    "Lifting Supervisor (CPCS A62) rate, for reference: £340 – £380 / day\n"
    "Sector median for tower crane operators (Yorkshire): £58,000 a year\n")

_LEARNER = (
    "PassportPlus — Digital Skills Passport (Learner view)\n\n"
    "MY PASSPORT › Occupation: HEAT PUMP INSTALLER\n\n"
    "[ Experience ]\n"
    "Coldbrook Heating, Exeter — Heat Pump Installer, 2022–present\n"
    "Teign Valley Plumbing — Apprentice Plumber, 2018–2022\n\n"
    "[ Pay record ] (private — visible to you only)\n"
    "Current: £19.40 per hour (Heat Pump Installer)\n"
    "Apprentice Plumber (3rd year, 2021): £9.10 / hr\n"
    "Industry median for Heat Pump Installer, South West: £36,500 per year\n\n"
    "[ Suggested next steps ]  based on your passport\n"
    "Heat Pump Installer  →  Lead Installer  →  Installation Manager\n"
    "Side-steps your credentials fit: Energy Assessor · Controls Technician\n")


def test_a_verified_work_history_gives_employers_and_a_move_in(tmp_path: Path) -> None:
    """The role's jobs' firms employ it; the title held before it is a move in, its firm
    no employer; the rates, another title's "for reference", and the sector median."""
    guide = _guide(tmp_path, _RECORD)
    employers = {e.text for e in guide.employers}
    assert {"Highline Lifting Services", "Pennine Cranes"} <= employers
    assert "Wharfe Groundworks" not in employers and "Leeds" not in employers
    assert "Slinger Signaller" in {m.text for m in guide.moves_in}
    pay = _pay(guide)
    assert (None, 260, 300, "day") in pay
    assert ("Lifting Supervisor", 340, 380, "day") in pay
    assert (None, 58000, 58000, "year") in pay


def test_a_learners_passport_panels_and_experience(tmp_path: Path) -> None:
    """"[ Pay record ] (private …)" heads pay; "Firm, Town — Title, 2022–present" lines are
    the history; an earlier title's rate "(3rd year, 2021)" is that title's; side-steps
    are lateral moves."""
    guide = _guide(tmp_path, _LEARNER)
    assert "Coldbrook Heating" in {e.text for e in guide.employers}
    assert "Teign Valley Plumbing" not in {e.text for e in guide.employers}
    assert "Apprentice Plumber" in {m.text for m in guide.moves_in}
    pay = _pay(guide)
    assert ("Apprentice Plumber", 9.10, 9.10, "hour") in pay
    assert (None, 36500, 36500, "year") in pay
    assert {"Energy Assessor", "Controls Technician"} <= {t.text for t in guide.transitions_to}


def test_a_history_firm_first_line() -> None:
    """The employer first, the title after a dash, the dates after a comma."""
    history = career_history([(1, "[ Experience ]"),
                              (2, "Moorland Solar, Bodmin — Solar Fitter, 2021–now"),
                              (3, "Tamar Sparks — Electrician's Mate, 2018–2021")])
    assert [(job.title, job.firm) for job in history.jobs] == [
        ("Electrician's Mate", "Tamar Sparks"), ("Solar Fitter", "Moorland Solar")]


# A sector body's gallery of apprentice cards for one trade.
_GALLERY = (
    "STONE SKILLS TRUST\n"
    "MEET THE APPRENTICES — Stonemason\n\n"
    "CARD 1 of 3\n"
    "Name: Ali R.       Age: 20      Region: Cotswolds\n"
    "Apprentice Stonemason, year 2\n"
    "Employer: Oolite Masonry & Conservation, Cirencester\n"
    "Before: garden centre assistant\n"
    "Kit I use: banker mason's mallet · pneumatic chisel · profile templates\n"
    "Earning: £9.80 an hour\n\n"
    "CARD 2 of 3\n"
    "Stonemason (qualified 2024)\n"
    "Employer: Limestone Heritage Works, Bath\n"
    "Skills she's proud of: letter cutting · lime mortar repointing\n"
    "Earning: £15 – £17 per hour\n"
    "Next step: Stone Carver, then Site Supervisor\n"
    "Route: Level 2 Stonemasonry standard → Level 3 Stone Carver standard\n"
    "Path: Apprentice → Stonemason → Master Mason\n\n"
    "THE NUMBERS (Stone Skills Trust employer survey 2025)\n"
    "Median hourly rate, qualified stonemason: £16.10\n"
    "Tool allowance and travel payments are extra.\n\n"
    "FACTS FROM THE TRUST (for employers and parents)\n"
    "Average salary for a qualified stonemason (UK): £31,200\n")


def test_a_heading_note_for_readers_or_a_survey_names_no_kind() -> None:
    """Who a box is for, or the survey its figures come from, is no employers heading."""
    assert classify_heading("THE NUMBERS (Stone Skills Trust employer survey 2025)") \
        is not Kind.EMPLOYERS
    assert classify_heading("FACTS FROM THE TRUST (for employers and parents)") \
        is not Kind.EMPLOYERS
    assert classify_heading("Top employers (for graduates)") is Kind.EMPLOYERS


def test_an_apprentice_gallerys_cards(tmp_path: Path) -> None:
    """A card's employer less its town, "Before:" a move in, "Kit I use:" tools, "Next
    step: A, then B" a ladder from the role, a bare "Apprentice" rung the role's
    apprentice, a route through standards no ladder, the survey box's figures no sectors."""
    guide = _guide(tmp_path, _GALLERY)
    employers = {e.text for e in guide.employers}
    assert {"Oolite Masonry & Conservation", "Limestone Heritage Works"} <= employers
    assert not employers & {"Cirencester", "Bath", "Stone Skills Trust"}
    assert "garden centre assistant" in {m.text.lower() for m in guide.moves_in}
    skills = {s.text for s in guide.skills}
    assert {"pneumatic chisel", "profile templates", "letter cutting"} <= skills
    assert "Earning" not in skills
    edges = _edges(guide)
    assert ("stonemason", "stone carver") in edges and ("stone carver", "site supervisor") in edges
    assert ("apprentice stonemason", "stonemason") in edges
    assert not any("standard" in a or "standard" in b for a, b in edges)
    assert not any(e[0] == "apprentice" for e in edges)
    sectors = {s.text.lower() for s in guide.sectors}
    assert not any("rate" in s or "allowance" in s or "stonemason" in s for s in sectors)
    assert not {e.lower() for e in employers} & {"stonemason", "qualified stonemason"}


def test_a_decisions_bench_is_no_earlier_job(tmp_path: Path) -> None:
    """"Before: Employment Judge X, Mr Y" opens a tribunal's decision: no move in."""
    guide = _guide(tmp_path, "Forklift Driver\n\nReserved judgment\n"
                             "Before: Employment Judge Example, Mr A Sample\n\n"
                             "The claimant worked as a forklift driver for six years.\n")
    assert not guide.moves_in


def test_a_requirements_bracket_of_things_is_no_brand(tmp_path: Path) -> None:
    """"Working knowledge of X (motors, VFDs)" and "Bachelor of Y (Mining)" give no head."""
    guide = _guide(tmp_path, "Plant Fitter\n\nMinimum Qualifications\n"
                             "- Working knowledge of hydraulics (pumps, PLCs, valves)\n"
                             "- Bachelor of Engineering (Mining)\n"
                             "- Fault-finding on conveyors\n")
    skills = {s.text for s in guide.skills}
    assert not {"Working knowledge of hydraulics", "Bachelor of Engineering", "Mining"} & skills

