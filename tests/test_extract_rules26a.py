"""Held-back set 26 (rules26a): a paper's classified job ads, an Indonesian job posting read
through a browser's translator, and a departing employee's handover note.

Every page is invented here (papers, firms, people, towns, figures).
"""

from __future__ import annotations

from itertools import pairwise

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.classified_ads import classified_ads, classified_role

CLASSIFIEDS = (
    "THE MERROW VALE ECHO                                   CLASSIFIEDS\n"
    "Line ads 15 words $7.00, each extra word 30c.\n"
    "\n"
    "300 JOBS  >  330 TRADES                       4 ads  |  Print\n"
    "----------------------------------------------------------------\n"
    "PLUMBER WANTED. Small family firm, lic'd plumber w/ 3 yrs exp. Must do boiler swaps,\n"
    "bathroom refits & leak tracing. $31/hr guar. + van. Call Ted @ Brightwater Plumbing,\n"
    "555-0301.\n"
    "----------------------------------------------------------------\n"
    "TRAINEE PLUMBER - will train. $16/hr while you study. Apply in person, Coyle & Dunn\n"
    "Heating, 44 Quarry Rd.\n"
    "----------------------------------------------------------------\n"
    "EXP'D PLUMBER / SITE SUPERVISOR. Osprey Homes seeks exp'd plumber to run new-build\n"
    "crews. $61-67K DOE + bonus. Pipefitters w/ a gas ticket welcome to apply.\n"
    "----------------------------------------------------------------\n"
    "VAN RENTAL for tradesmen - $90/wk, insured. Call 555-0388.\n"
    "----------------------------------------------------------------\n"
    "  FEATURED  |  ROOF TILER - Slateline Ltd. $24-28/hr. 555-0377\n")


def test_the_title_most_classified_headlines_name_is_the_role() -> None:
    guide = parse_text(CLASSIFIEDS, "classifieds-plumber.txt")
    assert guide.role.text == "Plumber" and guide.role_signal == "title_line"
    assert not any(p.message.startswith("no role named") for p in guide.problems)


def test_a_classified_pages_ads_give_pay_owners_employers_and_moves() -> None:
    guide = parse_text(CLASSIFIEDS, "classifieds-plumber.txt")
    pay = {(s.min, s.max, s.period, s.role) for s in guide.salaries}
    assert {(31, 31, "hour", None), (16, 16, "hour", None), (61_000, 67_000, "year", None),
            (61_000, 67_000, "year", "Site Supervisor"), (24, 28, "hour", "Roof Tiler")} == pay
    employers = {e.text for e in guide.employers}
    assert {"Brightwater Plumbing", "Coyle & Dunn Heating", "Osprey Homes"} <= employers
    assert "Slateline Ltd" not in employers  # another trade's advertiser
    assert {m.text for m in guide.moves_in} == {"Pipefitter"}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Trainee Plumber", "Plumber"] in chains and ["Plumber", "Site Supervisor"] in chains
    skills = {s.text for s in guide.skills}
    assert {"boiler swaps", "bathroom refits", "leak tracing"} <= skills
    assert not skills & {"van", "bonus", "Call Ted"}


def test_a_rent_ad_and_the_papers_prices_are_no_pay() -> None:
    guide = parse_text(CLASSIFIEDS, "classifieds-plumber.txt")
    assert not {s.min for s in guide.salaries} & {90, 7}


def test_one_capitalised_opening_or_a_tie_names_no_classified_role() -> None:
    lines = [(1, "NOTE. The office shuts at noon."), (2, "BAKER WANTED. Early starts."),
             (3, "DRIVER WANTED. Own van.")]
    assert classified_role(classified_ads(lines)) is None  # one ad each: no title wins
    assert classified_ads(lines[:2]) == []  # two openings make no classified page


INDONESIAN = (
    "Google Translate   Indonesian > English   Show original   Rate this translation\n"
    "LokerKota.example - Factory Job Vacancies\n"
    "Home » Karawang » Production » Quality Control Staff\n"
    "\n"
    "PT Mitra Kemas Sejahtera is a corrugated packaging company with two plants in Karawang.\n"
    "We invite you to fill the position:\n"
    "\n"
    "QUALITY CONTROL STAFF (Staf Mutu) - 2 people\n"
    "\n"
    "Requirements:\n"
    "1. Minimum education D3 Chemistry / SMK\n"
    "2. Master Ms. Excel and familiar with SAP QM\n"
    "\n"
    "Facility:\n"
    "- Salary Rp 5.400.000 - Rp 6.100.000 (gross)\n"
    "- Shift allowance, meal money Rp 20.000/day\n"
    "- BPJS Health, THR\n"
    "\n"
    "Quality Control Salary in Karawang 2026\n"
    "Fresh graduate      Rp5,1 million\n"
    "(For reference, UMK Karawang 2026: Rp5.600.000)\n"
    "\n"
    "Other vacancies in Karawang\n"
    "- Machine Operator - PT Sinar Baja - Rp 5,3 jt\n"
    "- Quality Supervisor - PT Mitra Kemas Sejahtera - Rp 8 - 9 jt\n"
    "\n"
    "Tags: #lokerkarawang #lokerSMK\n")


def test_a_translated_indonesian_posting_names_its_role_and_company() -> None:
    guide = parse_text(INDONESIAN, "indomt-qc.txt")
    assert guide.role.text == "Quality Control Staff"
    assert "PT Mitra Kemas Sejahtera" in {e.text for e in guide.employers}
    assert "corrugated packaging" in {s.text for s in guide.sectors}


def test_a_translated_indonesian_postings_figures_and_their_owners() -> None:
    guide = parse_text(INDONESIAN, "indomt-qc.txt")
    pay = {(s.min, s.max, s.currency, s.period, s.role) for s in guide.salaries}
    assert (5_400_000, 6_100_000, "IDR", "month", None) in pay
    assert (5_100_000, 5_100_000, "IDR", "month", None) in pay
    assert (5_300_000, 5_300_000, "IDR", "month", "Machine Operator") in pay
    assert (8_000_000, 9_000_000, "IDR", "month", "Quality Supervisor") in pay
    # the minimum wage (UMK), meal money and allowances are no pay of the role
    assert not {s.min for s in guide.salaries} & {5_600_000, 20_000}


def test_rupiah_notation_and_juta_are_read_and_other_millions_are_not_pay() -> None:
    found = [(m.currency, m.low, m.high, m.period) for m in find_amounts(
        "Rp 7.250.000 - Rp 8.900.000; Rp 6,4 million/month; Rp 9 - 12 jt; Rp 210.000/day")]
    assert found == [("IDR", 7_250_000, 8_900_000, "month"), ("IDR", 6_400_000, 6_400_000,
                     "month"), ("IDR", 9_000_000, 12_000_000, "month"),
                     ("IDR", 210_000, 210_000, "day")]
    assert find_amounts("The plant cost $18 million to build.") == []
    assert find_amounts("Grp 7 scored 12 jt") == []  # no rupiah sign: no figure


HANDOVER = (
    "HANDOVER NOTE\n"
    "Post: Harbour Survey Officer (Charting), Marine Services\n"
    "Prepared by: Ola Brenner          Last working day: 30 January 2027\n"
    "\n"
    "1. About the post\n"
    "The post is Grade 5 (£31,200 - £34,800 a year).\n"
    "The usual next step is Senior Harbour Survey Officer (Grade 6, £36,100 - £40,900).\n"
    "I came into the job from Survey Assistant (Grade 3, £24,300 - £26,100) in 2024.\n"
    "Harbour Pilot Trainee is grade 4 (£28,000 - £30,000).\n"
    "\n"
    "2. Where I'm going\n"
    "I'm leaving Pellmouth Port Authority on 30 January.\n"
    "I've accepted a Hydrographic Analyst position with a survey firm (about £43,500).\n")


def test_a_handover_notes_post_field_names_the_role() -> None:
    guide = parse_text(HANDOVER, "notes.txt")
    assert guide.role.text == "Harbour Survey Officer" and guide.role_signal == "statement"


def test_a_grades_figure_is_pay_and_the_title_before_the_grade_owns_it() -> None:
    guide = parse_text(HANDOVER, "notes.txt")
    pay = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (31_200, 34_800, None) in pay  # the post's own grade
    assert (36_100, 40_900, None) in pay  # the role at the Senior level stays its own
    assert (24_300, 26_100, "Survey Assistant") in pay
    assert (28_000, 30_000, "Harbour Pilot Trainee") in pay


def test_a_leavers_next_job_is_a_move_and_owns_its_figure() -> None:
    guide = parse_text(HANDOVER, "notes.txt")
    assert "Hydrographic Analyst" in {m.text for m in guide.transitions_to}
    assert (43_500, "Hydrographic Analyst") in {(s.min, s.role) for s in guide.salaries}
    assert "Pellmouth Port Authority" in {e.text for e in guide.employers}


def test_no_next_job_or_post_field_where_the_words_say_otherwise() -> None:
    page = ("Position: 3rd in the regional league\n\nRoad Sweeper\n\nI have accepted that the "
            "rota is hard. Road sweepers earn £24,000 a year.\n")
    guide = parse_text(page, "road-sweeper.txt")
    assert guide.role.text == "Road Sweeper"
    assert not guide.transitions_to
    assert {s.role for s in guide.salaries} == {None}


PROGRAMME = (
    "Mill Assistant (Asisten Pabrik) - Graduate Intake 2027\n"
    "\n"
    "Benefits:\n"
    "- Career path: Mill Assistant → Senior Assistant → Spares Control Staff → Mill Manager\n"
    "\n"
    "New graduates first join the Mill Cadet (MC) program for 4 months with a salary of "
    "$1,900/month before being appointed.\n")


def test_a_named_programmes_figure_is_its_own_and_a_chain_keeps_its_unknown_step() -> None:
    guide = parse_text(PROGRAMME, "mill-assistant.txt")
    assert (1_900, "Mill Cadet") in {(s.min, s.role) for s in guide.salaries}
    edges = {(a.text, b.text) for chain in guide.progressions for a, b in pairwise(chain)}
    assert ("Senior Assistant", "Mill Manager") not in edges  # (no rung skipped)


def test_a_programme_without_its_own_title_gives_no_owner() -> None:
    page = "Mill Assistant\n\nGraduates join the program in March with a salary of $1,800/month.\n"
    guide = parse_text(page, "mill-assistant.txt")
    assert {s.role for s in guide.salaries} == {None}
