"""Held-back set 28 (rules28a): easy-read job booklets, prevailing wage determinations and
Turkish job postings read through a browser's translator.

Every page is invented here (councils, firms, trades, towns, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.items import imperative_skills, mastered_skills
from careergraph.guides.leader_rows import capitals_classification
from careergraph.guides.scope_work import scope_skills

EASY_READ = (
    "Skip to main content | Text size A A A | Listen to this page\n"
    "Millbrook District Council > Supported Employment > Easy Read\n"
    "\n"
    "Easy Read\n"
    "Working as a\n"
    "Window Cleaner\n"
    "\n"
    "Page 1 of 4\n"
    "[Picture: a woman on a short ladder cleaning a shop window]\n"
    "\n"
    "Words in bold are hard words.\n"
    "We explain them in a box.\n"
    "\n"
    "Page 2\n"
    "What do I need to be good at?\n"
    "[icon: star]        You need to:\n"
    "                    • be on time\n"
    "                    • work safely on a ladder\n"
    "                    • using tools like a squeegee, a scrim and a water fed\n"
    "                      pole\n"
    "\n"
    "Where could I work?\n"
    "[icon: house]       You can work for\n"
    "                    • a cleaning company\n"
    "                    • a shop or hotel\n"
    "\n"
    "Places near here that have had window cleaner jobs:\n"
    "• Millbrook District Council housing repairs team\n"
    "• The Harbour View Hotel\n"
    "\n"
    "Page 3\n"
    "How much money will I get?\n"
    "[icon: coins]       A new cleaner gets about £11 and 95p\n"
    "                    for each hour.\n"
    "\n"
    "                    If you work full time that is\n"
    "                    about £22,800 in a year.\n"
    "\n"
    "Page 4\n"
    "What could I do next?\n"
    "[icon: steps]       After a while you could become a\n"
    "                    Team Supervisor.\n"
    "                    Then you could become a Cleaning Contracts Manager.\n"
    "\n"
    "Talk to your job coach, Ravi, on 01632 960 771.\n"
    "Pictures © Photosymbols. This booklet was made with people with learning disabilities.\n")


def test_an_easy_read_booklets_title_is_the_role_not_a_sentences_subject() -> None:
    guide = parse_text(EASY_READ, "booklet.txt")
    assert guide.role.text == "Window Cleaner"
    assert "Team Supervisor" in {m.text for m in guide.leads_to}
    steps = [[r.text for r in p] for p in guide.progressions]
    assert any(p[-2:] == ["Team Supervisor", "Cleaning Contracts Manager"] for p in steps)


def test_an_easy_read_booklets_lists_and_pay_in_words() -> None:
    guide = parse_text(EASY_READ, "booklet.txt")
    skills = {s.text for s in guide.skills}
    assert {"be on time", "squeegee", "scrim"} <= skills
    assert "on time" not in skills
    assert {(s.min, s.max, s.period) for s in guide.salaries} >= {
        (11.95, 11.95, "hour"), (22_800, 22_800, "year")}
    sectors = {s.text for s in guide.sectors}
    assert {"shop", "hotel"} <= sectors and "company" not in sectors
    assert "Millbrook District Council" in {e.text for e in guide.employers}
    assert not any("repairs team" in e.text for e in guide.employers)
    assert not any("Photosymbols" in s.text or "Ravi" in s.text
                   for s in (*guide.skills, *guide.employers, *guide.sectors))


def test_pounds_and_pence_in_words_are_one_figure() -> None:
    assert [(m.low, m.period) for m in find_amounts("You get £9 and 5p for each hour.")] == [
        (9.05, "hour")]
    assert [(m.low, m.high) for m in find_amounts("£12 and £14 a day")] == [(12, 14)]


def test_imperative_items_keep_a_state_and_part_a_kit_list() -> None:
    assert imperative_skills("be on time") == (["be on time"], [])
    assert imperative_skills("use machines like a floor buffer and a vacuum") == (
        [], ["floor buffer", "vacuum"])


DETERMINATION = (
    "Home > Wage Determinations > Davis-Bacon Act > KS20270114\n"
    "Find in this determination: [ painter ]  ◂ 2 of 4 ▸\n"
    "\n"
    '"General Decision Number: KS20270114 01/08/2027\n'
    "Superseded General Decision Number: KS20260114\n"
    "State: Kansas\n"
    "Construction Type: Building\n"
    "\n"
    "Modification Number     Publication Date\n"
    "          0              01/08/2027\n"
    "\n"
    " ELEC0112-003 06/01/2026\n"
    "\n"
    "                                  Rates          Fringes\n"
    "\n"
    "ELECTRICIAN.....................$ 41.20          22.05\n"
    "----------------------------------------------------------------\n"
    " PAIN0301-001 05/01/2026\n"
    "\n"
    "                                  Rates          Fringes\n"
    "\n"
    "PAINTER.........................$ 27.64          12.10\n"
    "\n"
    "PAINTER: Includes the application of primers, stains and epoxy coatings, including\n"
    "the preparation of surfaces in timber, steel or masonry structures, and the operation\n"
    "of spray rigs and boom lifts used in painting work.\n"
    "\n"
    "Painter Foreman: $1.75 per hour above the Painter rate.\n"
    "\n"
    "Apprentices: an apprentice who completes the program is paid as a Painter.\n"
    "----------------------------------------------------------------\n"
    " SUKS2019-008 11/02/2019\n"
    "\n"
    "                                  Rates          Fringes\n"
    "\n"
    "OPERATOR: Forklift..............$ 24.85 **        3.30\n"
    "\n"
    "ROOFER, COMMERCIAL...............$ 26.10 **        5.75\n"
    "----------------------------------------------------------------\n")


def test_a_determinations_searched_classification_is_the_role_and_others_own_their_rates() -> None:
    guide = parse_text(DETERMINATION, "determination.txt")
    assert guide.role.text == "Painter"
    rates = {(s.min, s.role) for s in guide.salaries}
    assert {(27.64, None), (41.20, "Electrician"), (24.85, "Forklift Operator"),
            (26.10, "Commercial Roofer")} <= rates
    assert not {s.min for s in guide.salaries} & {1.75, 22.05, 12.10, 3.30, 5.75}
    assert ["Painter Apprentice", "Painter"] in [[r.text for r in p] for p in guide.progressions]
    assert {"primers", "stains", "epoxy coatings", "spray rigs", "boom lifts"} <= {
        s.text for s in guide.skills}


def test_a_classification_in_capitals_reads_as_the_workers_title() -> None:
    assert capitals_classification("OPERATOR: Forklift") == "Forklift Operator"
    assert capitals_classification("CEMENT MASON, FINISHER") == "Finisher Cement Mason"
    assert capitals_classification("HELPER: Any Trade") == "Helper"
    assert capitals_classification("Site Manager") == "Site Manager"


def test_a_scope_of_work_names_materials_not_places_or_exclusions() -> None:
    assert scope_skills("Tile setters install ceramic and porcelain tile to floors, walls "
                        "and showers; perform grouting. Does not include stone cladding.") == [
        "ceramic", "porcelain tile", "grouting"]
    assert scope_skills("Tile setters earn more in the city.") == []


TURKISH = (
    "This page has been translated from Turkish.  [Show original]  [Always translate Turkish]\n"
    "isbul.example   Post a job  |  Sign in\n"
    "Job postings  /  İzmir  /  Logistics  /  FORKLIFT OPERATOR\n"
    "\n"
    "FORKLIFT OPERATOR\n"
    "FORKLİFT OPERATÖRÜ\n"
    "KARADAĞ LOJİSTİK DEPOLAMA SAN. VE TİC. A.Ş.        Torbalı / İzmir\n"
    "Posting date: 02.02.2027     Work type: Full Time\n"
    "\n"
    "Salary Range: 28 thousand TL - 34 thousand TL   (Net, monthly)\n"
    "\n"
    "Qualifications:\n"
    "• Knowing the FIFO stock rotation principle,\n"
    "• Able to use the DepoNet warehouse program or similar programs,\n"
    "• Candidates who have previously worked as a Warehouse Worker can also apply,\n"
    "• For male candidates, no military obligation.\n"
    "\n"
    "Rights Provided:\n"
    "• Gross 36.250 TL for the beginning, salary increase twice a year\n"
    "• Service, meal card, private health insurance, AGİ\n"
    "Our colleagues have the opportunity to take on the role of Shift Supervisor.\n"
    "\n"
    "Similar Postings\n"
    "Warehouse Clerk — Ege Depo — 27.000 - 31.000 TL\n"
    "© 2027 isbul.example | KVKK\n")


def test_a_translated_turkish_posting_reads_lira_title_and_company() -> None:
    guide = parse_text(TURKISH, "posting.txt")
    assert guide.role.text == "Forklift Operator"
    assert {e.text for e in guide.employers} == {"Karadağ Loji̇sti̇k Depolama San. ve Tic. A.Ş."
                                                 } or {e.text for e in guide.employers} == {
        "Karadağ Lojistik Depolama San. ve Tic. A.Ş."}
    pay = {(s.currency, s.min, s.max, s.period, s.role) for s in guide.salaries}
    assert {("TRY", 28_000, 34_000, "month", None), ("TRY", 36_250, 36_250, "month", None),
            ("TRY", 27_000, 31_000, "month", "Warehouse Clerk")} <= pay
    assert "Shift Supervisor" in {m.text for m in guide.leads_to}
    assert "Warehouse Worker" in {m.text for m in guide.moves_in}
    skills = {s.text for s in guide.skills}
    assert "DepoNet" in skills and "similar programs" not in skills


def test_lira_notations() -> None:
    found = find_amounts("Maaş: 24.500 TL - 29.000 TL (Net)")
    assert [(m.currency, m.low, m.high, m.period) for m in found] == [
        ("TRY", 24_500, 29_000, "month")]
    assert find_amounts("The TL team met 3 times") == []


def test_translated_requirements_of_knowing_and_using() -> None:
    assert mastered_skills("Knowing the lean manufacturing principle") == [
        "lean manufacturing principle"]
    assert mastered_skills("Able to use the Stokla inventory software") == ["Stokla"]
