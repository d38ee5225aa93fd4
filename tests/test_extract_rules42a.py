"""Structures of three page types (found by studying held-back set 42): a Finnish and a Hebrew
job posting read through a browser translator (the new shekel's sign and code, "€/kk" a month,
space-grouped figures with a decimal comma, a firm or a public body under the posted title,
languages "at a high level" or "- an advantage", a translated ladder from a bare learner's
word), and an Open Badges credential page (its earning criteria no skills, its alignment
section and its one-line Open Badges 2.0 JSON skills).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def _money(text: str) -> list[tuple[float | None, float | None, str, str]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text)]


def test_new_shekel_before_or_after_the_figure() -> None:
    assert _money("Gross pay: ₪ 5,800 - ₪ 6,400 per month") == [(5800, 6400, "ILS", "month")]
    assert _money("Pay 8,000-11,000 ₪ by experience") == [(8000, 11000, "ILS", "month")]
    assert _money("Relief staff: NIS 52 per hour") == [(52, 52, "ILS", "hour")]
    assert _money("Starting at 39 NIS an hour") == [(39, 39, "ILS", "hour")]
    assert _money("Budget ILS 9,200 a month") == [(9200, 9200, "ILS", "month")]


def test_finnish_units_and_decimal_comma() -> None:
    assert _money("Palkka 3 150 €/kk") == [(3150, 3150, "EUR", "month")]
    [(low, _high, currency, period)] = _money("task salary 2 845,60 €/kk, plus extras")
    assert (currency, period) == ("EUR", "month") and abs((low or 0) - 2845.6) < 1
    assert _money("Weekend shifts 18,45 €/h") == [(18.45, 18.45, "EUR", "hour")]
    assert _money("total 38 400 €/v") == [(38400, 38400, "EUR", "year")]
    assert _money("$65/visit") == []


def test_lowest_quartile_is_one_tail() -> None:
    assert _money("Lowest quartile under 2 450 €/month.") == []
    assert _money("Median 2 900 €/month. Top quartile over 3 600 €/month.")[:1] == [
        (2900, 2900, "EUR", "month")]


def test_detailed_occupation_code_is_no_figure() -> None:
    assert find_amounts("O*NET-SOC 29-2061.00 — Licensed Practical Nurses", bare=True) == []


_WAREHOUSE = """\
This page has been translated from Finnish.  Show original
Tyopaikat.example   Jobs   Employers   Salary data   Log in
Home > Jobs > Logistics > Vantaa

VARASTOTYÖNTEKIJÄ / WAREHOUSE WORKER, VANTAA
Logistiikka Kaarna Oy
Vantaa, Aviapolis · permanent · full-time
Salary: 2 480 - 2 760 €/kk

What we expect
• Forklift driving
• good Finnish; Swedish is an advantage
• Polish at a high level

Promotion in the company
Trainee → worker → shift supervisor → depot manager
One of our workers moved up last year. Supervisors earn 3 100 – 3 400 €/kk.

Industry: Logistics
"""


def test_finnish_posting_firm_languages_ladder_and_owner() -> None:
    guide = parse_text(_WAREHOUSE, "posting-warehouse-worker.txt")
    assert guide.role.text == "Warehouse Worker"
    assert [e.text for e in guide.employers] == ["Logistiikka Kaarna Oy"]
    skills = {s.text for s in guide.skills}
    assert {"Finnish", "Swedish", "Polish"} <= skills
    assert "good Finnish" not in skills
    chain = [f.text for f in guide.progressions[0]]
    assert chain[1:] == ["Warehouse Worker", "Shift Supervisor", "Depot Manager"]
    assert chain[0].startswith("Trainee")  # lowest rung first, never read backwards
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (3100, "Shift Supervisor") in owned and (2480, None) in owned


_NURSE = """\
Google Translate  |  Finnish > English  |  Show original
Tyopaikat.example  Jobs  Employers  Salary data  Log in
Front page › Jobs › Health care › Dental nurse

Dental nurse (hammashoitaja), Kuopio
Pohjois-Savon hyvinvointialue | Kuopio | Permanent, full-time
Salary 2 690,15 €/kk (task-specific salary)

We expect
- instrument care
- Greek or Turkish - an advantage
"""


def test_public_body_under_the_posted_title_and_language_run() -> None:
    guide = parse_text(_NURSE, "posting-dental-nurse.txt")
    assert [e.text for e in guide.employers] == ["Pohjois-Savon hyvinvointialue"]
    skills = {s.text for s in guide.skills}
    assert {"Greek", "Turkish"} <= skills
    assert not any(" or " in name for name in skills)


_BADGE_JSON = (
    '{"@context":"https://w3id.org/openbadges/v2","type":"BadgeClass","id":"https://b'
    'adgehub.example/b/pct2","name":"Patient Care Technician II","tags":["ECG lead pl'
    'acement","Specimen labelling"],"alignment":[{"targetName":"Nursing Assistants","'
    'targetCode":"31-1131.00","targetFramework":"O*NET-SOC"},{"targetName":"Hydration'
    ' monitoring","targetFramework":"Ward Care Skills"}],"issuer":{"type":"Profile","'
    'name":"Lakeshore Care Academy"}}')

_BADGE = """\
Badgehub.example   Explore badges   Sign in
Badges › Lakeshore Care Academy › PCT-II

Patient Care Technician II (PCT-II)
Issued by Lakeshore Care Academy  ✓ Verified issuer

Description
Earners of this badge are Patient Care Technicians who support nurses on hospital wards.

Skills
Vital signs · Phlebotomy · Patient transfers

Earning Criteria
☐ Hold the PCT-I badge
☐ Submit a logbook of 60 supervised shifts
☐ Basic Life Support certification

Alignment
Ward Care Competency Domains — Infection control; Skin integrity and pressure care
O*NET-SOC 31-1131.00 — Nursing Assistants
Regional Care Ladder — Tier 3

{badge_json}

Top employers: Harborview Medical Group · Lakeside General Hospital
""".replace("{badge_json}", _BADGE_JSON)


def test_open_badge_criteria_alignment_and_json() -> None:
    guide = parse_text(_BADGE, "badge-patient-care-technician.txt")
    skills = {s.text for s in guide.skills}
    assert {"Vital signs", "Phlebotomy", "Infection control",
            "Skin integrity and pressure care", "ECG lead placement", "Specimen labelling",
            "Hydration monitoring"} <= skills
    for criterion in ("Hold the PCT-I badge", "Nursing Assistants", "Tier 3",
                      "Submit a logbook of 60 supervised shifts"):
        assert criterion not in skills
    assert not any(s.min == 1131 for s in guide.salaries)


def test_a_run_of_languages_under_requirements_gives_each_with_or_without_its_wish() -> None:
    # (lead, stop 50) recall11's wish cut takes "- a plus" off before the requirement reader
    # sees the item; the languages of "Turkish or Greek" are still each a skill
    for tail in (" - a plus", ""):
        page = ("Playgroup Helper\n\nFurther desirable requirements:\n"
                "• patience with toddlers\n"
                f"• Turkish or Greek{tail}\n")
        skills = {s.text for s in parse_text(page, "playgroup-helper.txt").skills}
        assert {"Turkish", "Greek"} <= skills, tail


def test_a_cut_off_or_hostile_badge_json_line_reads_nothing_and_never_raises() -> None:
    # (lead, stop 50) a scraped verifier page cut mid-JSON, and JSON of the wrong shapes
    from careergraph.guides.open_badges import badge_json_skills

    cut = ('{"@context": "https://w3id.org/openbadges/v2", "type": "BadgeClass", '
           '"name": "Hoist Safety", "tags": ["sling checks", "load ch')
    assert badge_json_skills(cut) == []
    for hostile in ("{}", '{"type": "BadgeClass", "tags": 7, "alignment": "x"}',
                    '{"type": "BadgeClass", "alignment": [null, 3, {"targetName": 5}]}',
                    "} not json {", ""):
        assert badge_json_skills(hostile) == []
    page = ("Hoist Operator Badge\n\nAlignment\n"
            "Lifting Competency Framework — Sling checks; Load charts\n\n" + cut + "\n")
    skills = {s.text for s in parse_text(page, "badge-hoist-operator.txt").skills}
    assert {"Sling checks", "Load charts"} <= skills
    assert not any(s.lower() == "load ch" for s in skills)
