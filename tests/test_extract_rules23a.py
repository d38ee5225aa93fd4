"""Held-back set 23's `jobeval`, `surveypdf` and `zhmt` structures (rules23a): a public
employer's job evaluation record or position classification memo (a letterhead, a "Job
title:" field or an RE line naming the post, a pay-range table by grade), a professional
association's salary-survey summary exported from PDF (running headers, quartile tables by
experience or by position, a region strip, ranked skills) and a Chinese recruitment notice
or job card read through a translator (万 and K notation, yuan).

Every page is invented here (councils, counties, societies, hospitals, firms, figures); file
names are neutral so the role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.survey_rows import survey_rows


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str, str]]:
    return {(s.role, s.min, s.max, s.currency, s.period)
            for s in guide.salaries}  # type: ignore[attr-defined]


EVALUATION = """\
NORTHVALE DISTRICT COUNCIL
JOB EVALUATION RECORD - CONFIDENTIAL
Scheme: Local Government Job Evaluation Scheme      Panel date: 03/02/2026
Job no.: EH-0441   Directorate: Communities

Job title: Licensing Officer (Taxis & Alcohol)
Reports to: Licensing Team Leader

FACTOR ASSESSMENT
Factor                                   Level   Score
1  Knowledge                              5      104
2  Mental skills                          4       62
                                         TOTAL   166
Grade outcome: Grade 7 (points band 150-170)

PAY
Grade 7: £30,120 – £32,480 per annum
For comparison, Grade 5 (Licensing Assistant): £25,100 – £27,300; Grade 9 (Licensing \
Manager): £37,000 – £39,900
"""


def test_evaluation_record_names_its_post_and_employer() -> None:
    guide = parse_text(EVALUATION, "page.txt")
    assert guide.role.text == "Licensing Officer"
    assert "northvale district council" in _names(guide.employers)
    pay = _pay(guide)
    assert (None, 30120, 32480, "GBP", "year") in pay
    assert ("Licensing Assistant", 25100, 27300, "GBP", "year") in pay
    assert ("Licensing Manager", 37000, 39900, "GBP", "year") in pay


MEMO = """\
BRAYFORD COUNTY - PERSONNEL DEPARTMENT

MEMORANDUM
TO:       Parks Director
FROM:     Classification Analyst
DATE:     March 2, 2026
RE:       Position Classification Review - PCN 1188, Groundskeeper II
          (desk audit completed February 20, 2026)

1. BACKGROUND
The department asked whether the post has outgrown its class.

2. DUTIES OBSERVED (percent of time)
60%  Maintains park grounds and sports pitches — mowing, edging, hedge cutting,
     leaf clearing and line marking — from the Northfield depot
30%  Collects soil samples and runs field tests: compaction, drainage, pH,
     nitrogen and moisture readings; records results in Parkwise
10%  Trains seasonal staff on plant rounds

3. RECOMMENDATION
Reclassify the post from Groundskeeper II to Groundskeeper III.

Pay ranges (hourly)               Minimum    Midpoint    Maximum
Grade 9 - Groundskeeper II         $19.10     $22.40      $25.70
Grade 10 - Groundskeeper III       $20.30     $23.80      $27.30
Grade 13 - Parks Supervisor        $25.00     $29.50      $34.00

The class series progresses Groundskeeper I to II to III to Parks Supervisor.
Groundskeepers who hold a pesticide licence may compete for Arborist Technician.
"""


def test_classification_memo_reads_its_grade_table() -> None:
    guide = parse_text(MEMO, "page.txt")
    assert guide.role.text == "Groundskeeper"
    assert "brayford county" in _names(guide.employers)
    pay = _pay(guide)
    assert {(None, 19.1, 25.7, "USD", "hour"), (None, 22.4, 22.4, "USD", "hour"),
            (None, 20.3, 27.3, "USD", "hour")} <= pay
    assert ("Parks Supervisor", 25.0, 34.0, "USD", "hour") in pay
    assert ("Parks Supervisor", 29.5, 29.5, "USD", "hour") in pay
    assert "arborist technician" in _names(guide.transitions_to)
    skills = _names(guide.skills)
    assert {"compaction", "drainage", "nitrogen", "leaf clearing"} <= skills
    assert not any(name.startswith(("maintains", "collects")) for name in skills)


def test_quartile_table_rows_are_bands_and_medians() -> None:
    lines = [(1, "Table 2  Base salary by years as a roofer"),
             (2, "Experience      n    25th percentile   Median    75th percentile"),
             (3, "Under 4 years   33   $41,000           $44,900   $49,200"),
             (4, "All roofers     120  $45,100           $51,300   $58,800"),
             (5, "Cells with fewer than ten answers are left out.")]
    rows, taken = survey_rows(lines)
    assert [(r.label, r.low, r.high, r.middle) for r in rows] == [
        ("Under 4 years", 41000, 49200, 44900), ("All roofers", 45100, 58800, 51300)]
    assert taken == {2, 3, 4}
    # a median column alone beside a count: each row's point; a lone figure column is none
    rows, _ = survey_rows([(1, "Position   n   Median"), (2, "Estimator   40   $61,000")])
    assert [(r.label, r.low, r.high, r.middle) for r in rows] == [
        ("Estimator", 61000, 61000, 61000)]
    assert survey_rows([(1, "Position   Median"), (2, "Estimator   $61,000")])[0] == []


SURVEY = """\
ROOFING CONTRACTORS FEDERATION
2026 Salary Survey - Summary
Page 1 of 3

Contents
1 About the survey ......................................... 2
2 Roofer pay .............................................. 2

RCF 2026 Salary Survey                                   Page 2
Figures are annual base salary for full-time staff (502 responses).

Key findings
- Median annual base for a qualified roofer: $52,000
- Middle 50% of qualified roofers: $45,000 to $59,000
- Average annual base for a Roofing Estimator (Level 4): $68,000

Table 2  Roofer base salary by years in the trade
Experience      n    Lower quartile   Median     Upper quartile
0-3 years      61    $41,000          $44,900    $49,200
4-9 years      88    $47,300          $52,600    $57,900

Table 3  Median base salary, related positions
Position                  Median    Range (25th-75th)
Roofing Estimator         $66,100   $60,000 - $72,000

By state (roofers, median annual)
OH $50,200   MI $49,100   IN $47,800

Skills employers value
  1. Membrane installation          61%
  2. Flashing details               47%
Members with the federation's safety card earned a median $3,200 more.
"""


def test_survey_summary_tables_and_state_strip() -> None:
    guide = parse_text(SURVEY, "page.txt")
    assert guide.role.text == "Roofer"
    pay = _pay(guide)
    assert {(None, 41000, 49200, "USD", "year"), (None, 44900, 44900, "USD", "year"),
            (None, 47300, 57900, "USD", "year")} <= pay
    assert ("Roofing Estimator", 60000, 72000, "USD", "year") in pay
    assert {(None, 52000, 52000, "USD", "year"), (None, 45000, 59000, "USD", "year"),
            ("Roofing Estimator", 68000, 68000, "USD", "year")} <= pay
    regions = {(s.region, s.min) for s in guide.salaries if s.role is None}
    assert {("OH", 50200), ("MI", 49100)} <= regions
    skills = _names(guide.skills)
    assert {"membrane installation", "flashing details"} <= skills
    assert not any("%" in skill for skill in skills)
    assert not any(s.min == 3200 for s in guide.salaries)  # a credential's premium


NOTICE = """\
Translated from: Chinese (Simplified)   Show original   Translated by Google

Lakeside District Human Resources Bureau  |  Home > Notices
Release time: 2026-03-01 10:00   Source: District Health Bureau   Views: 812

Announcement on the 2026 Open Recruitment of Dental Hygienists (口腔卫生士) by \
Lakeside District Stomatological Hospital

1. Job responsibilities
(1) Carry out scaling and polishing for patients;
(2) Record charts in the hospital information system.

2. Salary and benefits
The monthly salary during probation is about 4,200 yuan; after that the monthly income \
is 5800-7600 yuan, and the annual income is about 8.6万元.
For reference: the department's senior hygienist earns about 1.2万 yuan per month.
"""


def test_translated_chinese_notice_pays_in_yuan() -> None:
    guide = parse_text(NOTICE, "page.txt")
    assert guide.role.text == "Dental Hygienist"
    assert "lakeside district stomatological hospital" in _names(guide.employers)
    pay = {(s.min, s.max, s.currency, s.period) for s in guide.salaries}
    assert {(4200, 4200, "CNY", "month"), (5800, 7600, "CNY", "month"),
            (86000, 86000, "CNY", "year")} <= pay
    assert not any(s.currency == "USD" for s in guide.salaries)


CARD = """\
Translated from: Chinese   View original

Injection Molding Technician (注塑技术员)
9-13K·14 salary
Ningbo · Beilun District   1-3 years   College degree

Job details
Job description:
1. Adjust injection molding machine parameters.
Keywords: Injection molding  Mold changing  Process tuning

Career path: Injection Molding Technician → Senior Injection Molding Technician → Molding Supervisor
Salary reference: Senior Injection Molding Technician 13-18K; Molding Supervisor about 2.2万/month

Company: Ningbo Harbourlight Plastics Co., Ltd.
Similar jobs
Process engineer 12-20K · Ningbo Keyuan Plastics
"""


def test_translated_job_card_reads_k_and_wan_by_the_month() -> None:
    guide = parse_text(CARD, "page.txt")
    assert guide.role.text == "Injection Molding Technician"
    pay = {(s.min, s.max, s.currency, s.period) for s in guide.salaries}
    assert (9000, 13000, "CNY", "month") in pay
    assert (13000, 18000, "CNY", "month") in pay
    assert not any(s.min == 12000 for s in guide.salaries)  # another listing's pay
    assert any(name.startswith("ningbo harbourlight plastics") for name in _names(guide.employers))
