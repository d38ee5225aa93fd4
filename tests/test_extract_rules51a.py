"""Structures of three page types (found by studying held-back set 51): a Catalan job posting
read through a translator (a title in both genders with the translator's English name in
brackets, a non-profit or an "SL" firm under it, the yearly gross "SBA", the "plus" additions,
a per-payment figure, the month an hourly rate goes to, similar offers of titles in both
genders), a Macedonian posting read through a translator (denar amounts, the net with its
"бруто" gross, a firm with its "DOO"/"DOOEL" form and its town, a run-in activity, an
industry's average, weather named as working conditions) and H-1B labor condition
application data pages (a filings table whose title column owns each row's pay, a case's
employer-information and point-of-contact sections, its "From … To …" wage, the prevailing
wage, a truncated record, a rank and its field ending an arrow path).  Every page here is
invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _money(text: str, home: str = "EUR") -> list[tuple[float | None, float | None, str | None,
                                                       str | None]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text, home=home)]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None, str | None]]:
    return {(b.min, b.max, b.period, b.role)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- Macedonian postings

def test_denar_figures_read_with_dotted_thousands() -> None:
    assert _money("Plata: 41.000 - 46.500 денари net per month") == [
        (41000, 46500, "MKD", "month")]
    assert _money("Most offers are between 35.000 and 39.000 den. net") == [
        (35000, 39000, "MKD", "month")]
    assert _money("Pickers are paid 1.400 денари per day") == [(1400, 1400, "MKD", "day")]
    # (a "den." with no figure before it, or a word that only starts so, is no currency)
    assert _money("Ask for the den. manager at the Dennis site") == []


_MK_POSTING = """\
Translated from: Macedonian   Show original
Rabotnik.mk   Огласи   Employers   Salaries
Home › Огласи › Food › Veles

FRUIT SORTER (сортирач на овошје) - full time, Veles
Ovoshtarnik Vardar Zora DOOEL Veles
Salary: 27.500 - 29.000 денари net per month (бруто about 41.900 - 44.300 den.)

About the employerOvoshtarnik Zora packs apples from its own orchards for export since 2004. Activity: Packing of fresh fruit. We have 60 workers.

What we expect
- Work in the cold and the wet of the store

Salaries on Rabotnik.mk
The average net salary for Fruit Sorter in Veles: 28.100 den.
The average salary in the food industry is 31.200 ден.
"""  # noqa: E501


def test_macedonian_posting_title_firm_net_pay_and_activity() -> None:
    guide = parse_text(_MK_POSTING, "page.txt")
    assert guide.role is not None and guide.role.text == "Fruit Sorter"
    assert "Ovoshtarnik Vardar Zora DOOEL" in _facts(guide, "employers")
    assert "Packing of fresh fruit" in _facts(guide, "sectors")
    assert not {"cold", "wet", "the cold"} & _facts(guide, "sectors")
    pay = {(low, high) for low, high, _, _ in _pay(guide)}
    assert (27500, 29000) in pay and (28100, 28100) in pay
    # the gross beside the net is the same pay; the industry's average is nobody's
    assert (41900, 44300) not in pay and (31200, 31200) not in pay


def test_a_glued_gross_field_after_the_net_is_the_same_pay() -> None:
    page = """\
This page is translated from: Macedonian → English
Menu | Огласи | Компании

PACKER IN COLD STORE (Пакувач во ладилник)
Ladilnik Polog DOO Tetovo
DetailsLocationTetovoSalaryNet 26.000 ден.Gross (бруто)approx. 38.900 ден.Number2
"""
    guide = parse_text(page, "page.txt")
    assert guide.role is not None and guide.role.text == "Packer"  # its workplace apart
    assert "Ladilnik Polog DOO" in _facts(guide, "employers")
    pay = {(low, high) for low, high, _, _ in _pay(guide)}
    assert (26000, 26000) in pay and (38900, 38900) not in pay


# ---------------------------------------------------------------- Catalan postings

_CA_POSTING = """\
Translate ▸ Catalan → English | Original | ✕
FeinaProva.cat   CERCAR FEINA   EMPRESES
Inici » Lleure » Girona

Cuiner/a de menjador - torn de matí a l'escola (Canteen cook)
Associació Cuina Oberta del Ter · Girona · Part-time
SBA (salari brut anual): 17.640 € in 14 pays

Who we areAn entity of the social economy founded in 1996. Activity: School catering and social dining. We cook for six schools.

What we ask
- Catalan and Spanish at the level of the conversation

We offer
Salary 17.640 € SBA in 14 pays, that is 1.260 € gross per pay. The plus of the weekend 16 € per day and the plus of the transport 25 € per month.
The hours of the summer go to 12,10 € gross per hour; with 20 hours per week the month goes to approximately 1.050 € gross.

Salaries of Cuiner/a on FeinaProva.cat
Median SBA in the Girona region: 17.100 €

Similar offers
Cuiner/a de menjador - Escola Riu Clar - Salt - 16.900 € SBA
Monitor/a de menjador - Escola Riu Clar - Salt - 10,40 €/h
"""  # noqa: E501


def test_catalan_title_in_both_genders_with_its_english_gloss() -> None:
    guide = parse_text(_CA_POSTING, "page.txt")
    assert guide.role is not None and guide.role.text == "Canteen Cook"
    assert "Cuiner/a de menjador" in _facts(guide, "aliases")
    assert "Associació Cuina Oberta del Ter" in _facts(guide, "employers")
    assert "School catering and social dining" in _facts(guide, "sectors")
    assert {"Catalan", "Spanish"} <= {s.text for s in guide.skills}


def test_catalan_yearly_gross_and_what_is_no_pay() -> None:
    pay = _pay(parse_text(_CA_POSTING, "page.txt"))
    assert (17640, 17640, "year", None) in pay
    assert (17100, 17100, "year", None) in pay  # the board's median SBA
    assert (16900, 16900, "year", None) in pay  # a similar offer of the role itself
    assert (10.40, 10.40, "hour", "Monitor/a de menjador") in pay  # another title's
    figures = {(low, high) for low, high, _, _ in pay}
    # the per-pay gross and the month the hours go to are the same pay; pluses no pay
    assert not {(1260, 1260), (1050, 1050), (16, 16), (25, 25)} & figures


def test_a_gloss_needs_the_translator_bar_and_the_gender_slash() -> None:
    page = """\
Cook and/or helper - morning shift (Kitchen team)
Kitchen helpers wash up and prepare vegetables.
"""
    guide = parse_text(page, "page.txt")
    assert guide.role is None or guide.role.text != "Kitchen Team"


def test_a_budget_activity_in_title_case_names_no_sector() -> None:
    page = """\
Probation Officer

The service employs 40 officers in the county. Activity: Detention and Corrections. Budget
follows.
"""
    guide = parse_text(page, "page.txt")
    assert "Detention and Corrections" not in _facts(guide, "sectors")


# ---------------------------------------------------------------- LCA disclosure data

_LCA_SEARCH = """\
WageFilings.example  |  H-1B Salary Database  |  Employers
Home > H-1B Salary Database > Job title "DATA ENGINEER" > 2026

H-1B Salaries for Data Engineer in 2026
EMPLOYER | JOB TITLE | BASE SALARY | LOCATION | SUBMIT DATE | START DATE | CASE STATUS
TARNWICK ANALYTICS INC | DATA ENGINEER | 118,000 | AUSTIN, TX | 01/10/2026 | 02/01/2026 | CERTIFIED
TARNWICK ANALYTICS INC | SENIOR DATA ENGINEER | 149,500 | AUSTIN, TX | 02/10/2026 | 03/01/2026 | CERTIFIED
OSPREY LEDGER CORP | DATA ANALYST | 84,000 | DENVER, CO | 03/02/2026 | 04/01/2026 | CERTIFIED

Prevailing wage (what the employer must at least pay) for SOC 15-1243, Travis County, TX: Level I $81,120 | Level II $99,840 | Level III $118,560 | Level IV $137,280

Data engineers build pipelines. Typical path: Data Engineer → Senior Data Engineer → Director, Engineering. Many start as Data Analyst.
"""  # noqa: E501


def test_a_filings_table_title_column_owns_each_rows_pay() -> None:
    guide = parse_text(_LCA_SEARCH, "page.txt")
    pay = _pay(guide)
    assert (118000, 118000, "year", None) in pay
    assert (149500, 149500, "year", None) in pay  # the role's Senior
    assert (84000, 84000, "year", "Data Analyst") in pay
    figures = {(low, high) for low, high, _, _ in pay}
    assert not {(81120, 81120), (99840, 99840), (118560, 118560), (137280, 137280)} & (
        {(low, high) for low, high, _, role in pay if role is None and low != 118000})
    assert (99840, 99840) not in figures  # the prevailing wage is a legal floor, no pay
    ladder = [[f.text for f in rungs] for rungs in guide.progressions]
    assert ["Data Engineer", "Senior Data Engineer", "Director, Engineering"] in ladder


_LCA_CASE = """\
FilingViewer.example — LCA disclosure viewer        Search cases | Browse employers | FAQ

LABOR CONDITION APPLICATION — CASE DETAIL
Case Number: I-200-26001-000017        Case Status: Certified        Visa Class: H-1B
Received Date: 03/02/2026   Decision Date: 03/09/2026

SECTION B. TEMPORARY NEED INFORMATION
Job Title: Process Engineer II
SOC Code: 17-2041.00   SOC Title: Chemical Engineers

SECTION C. EMPLOYER INFORMATION
Employer Name: Quarrymoor Process Systems Inc
Trade Name/DBA: QPS Engineering
Employer City/State: Exton, PA 19341
SECTION D. EMPLOYER POINT OF CONTACT   Contact: Ilse Brandvold, Immigration Coordinator

SECTION F. WORKSITE AND WAGE INFORMATION
Worksite 1 of 1: Exton, PA
Wage Rate of Pay From: $88,000.00   To: $101,000.00   Per: Year
Prevailing Wage: $84,219.00   Per: Year   PW Wage Level: II

Other LCA filings by Quarrymoor Process Systems Inc (2026)
Process Engineer I | Exton, PA | $74,000 | Certified
Senior Process Engineer | Exton, PA | $117,000 | Certified
Project Manager | Exton, PA | $12 — (record truncated, see DOL file)
"""


def test_a_forms_from_and_to_wage_fields_are_one_band() -> None:
    assert _money("Wage Rate of Pay From: $88,000.00   To: $101,000.00   Per: Year",
                  home="USD") == [(88000, 101000, "USD", "year")]
    assert _money("Valid From: 01/02/2026   To: 01/02/2027", home="USD") == []


def test_a_case_detail_keeps_its_employer_and_one_band() -> None:
    guide = parse_text(_LCA_CASE, "page.txt")
    assert guide.role is not None and guide.role.text.startswith("Process Engineer")
    employers = _facts(guide, "employers")
    assert "Quarrymoor Process Systems Inc" in employers
    assert not {"Ilse Brandvold", "Immigration Coordinator", "Exton", "PA 19341"} & employers
    assert not any("Trade Name" in name for name in employers)
    pay = _pay(guide)
    figures = {(low, high) for low, high, _, _ in pay}
    assert (84219, 84219) not in figures  # the prevailing wage
    assert (88000, 88000) not in figures  # one band, not two points
    # the role titled at a grade owns its other grades' and its Senior's filings
    assert (74000, 74000, "year", None) in pay and (117000, 117000, "year", None) in pay
    assert not any(low == 12 for low, _ in figures)  # a truncated record: no figure
