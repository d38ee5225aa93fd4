"""Structures of set 51's generator families read at scale (helper carry51): a labour
condition application's case page and its filings table, a Macedonian posting read through a
translator (the denar, its gross restated, the meal and holiday allowance, the firm's seat), a
Catalan posting read through a translator (its native title first, foundations and clubs, the
supplements and the restated month), a secondment's home post and an application tracker's
owner's notes.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _names(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_CASE = """\
LCAfinder.example   Search cases   Employers   About
Case I-200-26001-100200 · H-1B · Status: CERTIFIED

A. Employment-based visa information
Job title: PIPELINE ENGINEER II
Full-time position: Y
C. Employer information
Legal business name: TOLLAND FLOWWORKS INC
Trade Name/DBA: Tolland Flow
Address: 12 Quarry Lane, Dayton, OH
D. Employer point of contact
Wilma Ostrander, HR Generalist
E. Attorney or agent
Brackett Quayle Immigration LLP
F. Employment and wage information
Wage rate paid: From $88,500 To $97,000 Per Year
Prevailing wage: $81,120 Per Year, Level II (OES)
H. Declarations — H-1B dependent employer: N

Career path: Pipeline Engineer I → Pipeline Engineer II → Senior Pipeline Engineer
"""


def test_a_case_page_names_the_role_its_filer_and_its_offered_band() -> None:
    guide = parse_text(_CASE, "case.txt")
    assert guide.role is not None and guide.role.text == "Pipeline Engineer"
    employers = _names(guide, "employers")
    assert "TOLLAND FLOWWORKS INC" in employers
    # the form's parts, its contact person, its law firm and its yes/no box employ no one
    assert not employers & {"Wilma Ostrander", "Brackett Quayle Immigration LLP", "N",
                            "D. Employer point of contact", "HR Generalist"}
    pay = _pay(guide)
    assert (88500, 97000, None) in pay
    # (a single "Prevailing wage: $81,120 …" stays a figure of the role's, as set 45's PERM
    # notices state it; only a search's row of floors by level is no pay: below)
    assert any(low == 81120 for low, _, _ in pay)


def test_a_title_case_from_to_band_joins_and_a_plain_title_keeps_its_words() -> None:
    found = find_amounts("Wage rate paid: From $88,500 To $97,000 Per Year", home="USD")
    assert [(m.low, m.high) for m in found] == [(88500, 97000)]
    guide = parse_text(_CASE.replace("PIPELINE ENGINEER II", "PIPELINE ENGINEER"), "c.txt")
    assert guide.role is not None and guide.role.text == "Pipeline Engineer"


_SEARCH = """\
WageLookup.example  |  H-1B Wage Search  |  Log in
Search: [ title: survey analyst ]  [ employer ]  [ GO ]
Home > H-1B Wage Search > "SURVEY ANALYST" > 2026
H-1B wages offered for Survey Analyst (2026)

EMPLOYER | JOB TITLE | OFFERED WAGE | WORKSITE | CASE STATUS
MARLOW OPINION LABS LLC | SURVEY ANALYST | 71,000 | AUSTIN, TX | CERTIFIED
KESTREL METRICS INC | SENIOR SURVEY ANALYST | 92,500 | DALLAS, TX | CERTIFIED
MARLOW OPINION LABS LLC | DATA ANALYST | 76,500 | AUSTIN, TX | CERTIFIED

Prevailing wage for SOC 15-2041: Level I $55,000 | Level II $66,400 | Level III $77,900
"""


def test_a_filings_table_gives_another_titles_wage_to_it_and_no_prevailing_levels() -> None:
    guide = parse_text(_SEARCH, "survey-analyst.txt")  # (the role: its file name)
    pay = _pay(guide)
    assert (71000, 71000, None) in pay
    assert (76500, 76500, "Data Analyst") in pay
    assert not any(low in (55000, 66400, 77900) for low, _, _ in pay)


def test_the_denar_after_its_figure_is_read() -> None:
    found = find_amounts("Pay: from 27.000 to 31.000 den. net monthly")
    assert [(m.low, m.high, m.currency) for m in found] == [(27000, 31000, "MKD")]
    assert [m.currency for m in find_amounts("average 30.500 ден. net")] == ["MKD"]
    assert [m.currency for m in find_amounts("MKD 30,500 a month")] == ["MKD"]


_MK = """\
Translated · Macedonian → English · Show the original
RabotaZona.example   Ads   Employers
CHEESE MAKER (сирењар) - full working time, Strumica
Sirenje Belasica Dol DOOEL Strumica
Pay: from 27.000 to 31.000 den. net monthly, that is 41.000 - 47.300 den. бруто
We offerFixed contract, 300 den. for a топол оброк (warm meal) a day, 8.000 den. regres.
Salary and conditions
First two months trial work with 24.500 den. net, after that the full salary.
"""


def test_a_macedonian_posting_gives_its_net_band_its_firm_and_no_allowances() -> None:
    guide = parse_text(_MK, "mk.txt")
    assert "Sirenje Belasica Dol DOOEL" in _names(guide, "employers")
    pay = {(low, high) for low, high, _ in _pay(guide)}
    assert (27000, 31000) in pay and (24500, 24500) in pay
    assert not pay & {(41000, 47300), (300, 300), (8000, 8000)}


def test_a_net_with_its_gross_in_a_bracket_keeps_the_net_only() -> None:
    text = _MK.replace(
        "Pay: from 27.000 to 31.000 den. net monthly, that is 41.000 - 47.300 den. бруто",
        "Salary: 26.000 den. net (бруто 39.500 den.)")
    pay = {(low, high) for low, high, _ in _pay(parse_text(text, "mk2.txt"))}
    assert (26000, 26000) in pay and (39500, 39500) not in pay


_CAT = """\
Traduït de: català · Google · Mostra l'original
FeinaExemple.cat   Offers   Companies
Monitor/a de lleure — LEISURE MONITOR
Fundació Esplai del Ter · Girona · 11,40 € gross / hour
Functions
- the games with the groups of children
We offer
- Plus of nocturnity of 95,00 € per month; dietes of 8,50 € per day of trip
Salaries on FeinaExemple.cat
A leisure coordinator is around 21.500 €.
"""


def test_a_catalan_posting_names_its_post_by_the_english_after_the_native_title() -> None:
    guide = parse_text(_CAT, "cat.txt")
    assert guide.role is not None and guide.role.text == "Leisure Monitor"
    assert "Monitor/a de lleure" in _names(guide, "aliases")
    assert "Fundació Esplai del Ter" in _names(guide, "employers")
    pay = {(low, high) for low, high, _ in _pay(guide)}
    assert not pay & {(95, 95), (8.5, 8.5)}  # a night supplement and subsistence: no pay


def test_a_figure_told_as_what_a_worker_is_defines_no_role_but_a_definition_does() -> None:
    # (the Catalan page above: "A leisure coordinator is around 21.500 €" named no role)
    defined = "A leisure coordinator is a youth worker who plans the activities of a club.\n"
    guide = parse_text(defined + "A leisure coordinator is around 21.500 € a year.\n", "d.txt")
    assert guide.role is not None and guide.role.text.lower() == "leisure coordinator"


_SECONDMENT = """\
SECONDMENT AGREEMENT
This agreement is between (1) Wexcombe District Council (the Employer), (2) the Secondee.
1.1 The Secondee is seconded to the post of Waste Strategy Officer for 12 months.
1.2 The Secondee's substantive post is Recycling Officer; at the end the Secondee returns.
4.1 The post is graded Grade 8 (£36,100 – £39,400 a year).
4.2 The substantive salary is £33,900 (Grade 7); the substantive grade runs £31,200 – £33,900.
"""


def test_a_secondees_substantive_salary_is_the_home_posts_pay() -> None:
    guide = parse_text(_SECONDMENT, "sec.txt")
    assert guide.role is not None and guide.role.text == "Waste Strategy Officer"
    pay = _pay(guide)
    assert (36100, 39400, None) in pay
    assert (33900, 33900, "Recycling Officer") in pay
    assert (31200, 33900, "Recycling Officer") in pay


_TRACKER = """\
Trackr   Boards   Contacts
Board: Data Engineer search 2026   ·   Export as text
Goal: land a Data Engineer role by June
Now: Database Administrator, $84,000 base. Target comp $139,000.
Brush up: dbt, Airflow, Spark
── OFFER ──
  [Halvard Freight] base $128,000 · sign-on $8,000 · RSUs $40,000 (4-year vest)
"""


def test_a_trackers_notes_give_the_owners_pay_to_its_job_and_no_targets() -> None:
    guide = parse_text(_TRACKER, "tracker.txt")
    assert {"dbt", "Airflow", "Spark"} <= {s.text for s in guide.skills}
    pay = _pay(guide)
    assert (84000, 84000, "Database Administrator") in pay
    assert not any(low in (139000, 40000) for low, _, _ in pay)
