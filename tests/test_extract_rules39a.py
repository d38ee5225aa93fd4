"""Structures of two page types (found by studying held-back set 39): a settlement agency's
guide for internationally trained people ("Working in <place> as a X", the page's country
named far more often than another dollar country, jobs "while you get licensed" under a
lead sentence about skills, an accordion's long toggled question) and an employer's
redeployment match report for a post at risk (matched skills, a pipe table of matched
vacancies with grade, salary, score and outcome, a match letter's vacancy lines, posts at a
higher band).  The pages are invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_dollar
from careergraph.guides.vacancy_matches import vacancy_header, vacancy_line, vacancy_row

_NEWCOMER = """\
Harbourside Welcome Centre  Home  Settle  Work  Learn English  EN | FR
Work › Regulated professions › Pharmacy
Working in Ontario as a Pharmacist
A guide for internationally educated pharmacists · Fact sheet 9
In Ontario only registered pharmacists may use the title. Ontario assesses your documents.
If you studied in the United States, a shorter route applies. Toronto and Ottawa hire most.
+ What skills do employers in Ontario look for?
Medication review; compounding; patient counselling; Kroll software.
+ Can I work in a pharmacy while I wait for my registration?
Yes. Your skills are valued in related jobs you can start sooner. Newcomers have worked as:
  › Pharmacy Technician
  › Clinical Research Associate
  › Medical Information Specialist
+ What will I earn?
Pharmacists: $96,000 – $124,000 a year. Pharmacy Technicians: $22 – $27 an hour.
"""


def test_working_in_place_as_a_title() -> None:
    """ "Working in Ontario as a Pharmacist" names the role over the agency's header."""
    guide = parse_text(_NEWCOMER, "newcomer.txt")
    assert guide.role.text == "Pharmacist"


def test_page_country_by_dominance() -> None:
    """A page naming its country far more often than another dollar country (a passing
    "United States") reads its bare "$" as that country's dollar."""
    guide = parse_text(_NEWCOMER, "newcomer.txt")
    assert {salary.currency for salary in guide.salaries} == {"CAD"}
    assert page_dollar("Offices in Canada and the United States pay $70k") == "USD"
    text = "Working in Tasmania. Hobart and Launceston, Tasmania. Auckland, New Zealand. $50"
    assert page_dollar(text) == "AUD"


def test_jobs_while_licensing_are_lateral_moves() -> None:
    """A long toggled question heads its section; the lead sentence's "skills" does not
    turn the jobs listed under it into skills."""
    guide = parse_text(_NEWCOMER, "newcomer.txt")
    lateral = [move.text for move in guide.transitions_to]
    assert lateral[:3] == ["Pharmacy Technician", "Clinical Research Associate",
                           "Medical Information Specialist"]
    skills = {skill.text for skill in guide.skills}
    assert not skills & {"Pharmacy Technician", "› Clinical Research Associate"}


_REPORT = """\
Kestrel Bay Borough Council — Staff Intranet   My HR | Policies | Log out
REDEPLOYMENT — MATCH REPORT
1. POST AT RISK
Post title: Lettings Officer (Allocations)   Post no: LET-0311
Grade: Grade 5 (SCP 14 – 17)   Salary: £27,100 – £29,300 per annum
2. SKILLS PROFILE
Matched skills: choice-based lettings; tenancy sign-ups; void property inspections; Abritas
3. MATCHED VACANCIES (match score = essential criteria met)
Ref | Post | Team | Grade | Salary | Match | Outcome
R501 | Tenancy Support Officer | Housing | Grade 5 | £27,100 – £29,300 | 83% | Suitable
R502 | Allocations Assistant | Housing | Grade 3 | £23,400 – £24,900 | 71% | Suitable
R503 | Parking Enforcement Officer | Highways | Grade 4 | £25,000 – £26,100 | 41% | Below \
threshold – not suitable
4. POSTS AT A HIGHER GRADE (apply competitively)
  Lettings Team Leader, Grade 7, £32,900 – £35,600
"""


def test_matched_skills_label() -> None:
    guide = parse_text(_REPORT, "report.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"choice-based lettings", "tenancy sign-ups", "Abritas"} <= skills
    assert "Matched skills" not in skills


def test_match_table_rows_are_lateral_moves_owning_their_pay() -> None:
    guide = parse_text(_REPORT, "report.txt")
    lateral = [move.text for move in guide.transitions_to]
    assert lateral == ["Tenancy Support Officer", "Allocations Assistant"]  # not the unsuitable
    owned = {(salary.role, salary.min, salary.max) for salary in guide.salaries}
    assert ("Allocations Assistant", 23400, 24900) in owned
    assert ("Parking Enforcement Officer", 25000, 26100) in owned  # its own pay still
    own = [salary for salary in guide.salaries if salary.role is None]
    assert [(salary.min, salary.max) for salary in own] == [(27100, 29300)]


def test_higher_grade_posts_are_moves_up() -> None:
    guide = parse_text(_REPORT, "report.txt")
    assert [move.text for move in guide.leads_to] == ["Lettings Team Leader"]
    owned = {(salary.role, salary.min) for salary in guide.salaries}
    assert ("Lettings Team Leader", 32900) in owned


def test_vacancy_lines_and_rows() -> None:
    header = vacancy_header("Vacancy | Grade | Salary | Score")
    assert header is not None
    row = vacancy_row("Porter | Grade 2 | £21,000 | 45%", header)
    assert row is not None and row.title == "Porter" and row.suitable
    assert vacancy_header("Post | Grade | Salary") is None  # a pay table, no match column
    line = vacancy_line("Vacancy 88-120 Ward Clerk, Band 2, £23,000 — criteria met 5 of 6")
    assert line is not None and (line.title, line.pay) == ("Ward Clerk", ("£23,000",))
    assert vacancy_line("Bristol, Bath and Wells") is None


def test_staff_intranet_body_employs() -> None:
    """A staff intranet's body, named before "Staff Intranet" on the first line, employs."""
    guide = parse_text(_REPORT, "report.txt")
    assert [employer.text for employer in guide.employers] == ["Kestrel Bay Borough Council"]


def test_a_placed_line_sign_does_not_make_the_page_that_country() -> None:
    """A pay thread whose one Melbourne comment had its "A$" written in from its place
    (`placed_dollars`, before the page's dollar is chosen): the figures' own signs name no
    page country, so the other commenters' bare "$" (a Chicago one among them) stays USD."""
    thread = ("Pay thread: bicycle couriers, what do you make?\n"
              "Chicago, 2 years, $19.40/hr base, tips on top.\n"
              "Melbourne, under the award: A$30.15/hr. Casuals get A$37.70 with loading.\n"
              "Suburbs, 4 yrs: $21.75/hr.\n")
    assert page_dollar(thread) == "USD"
