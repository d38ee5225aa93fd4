"""Held-back set 20's `polishmt` and `vetmatch` structures (rules20b): Polish pages read
through a browser's translator (złoty notation, pay by voivodeship, other professions'
figures, net pay, piece prices, one-sided quartiles, a job offer's sections and legal
footer) and veterans' military-to-civilian translators (ranked matches, military jobs and
what carries over, the translator's chrome).

Every page is invented here (firms, towns, people, figures); file names are neutral so the
role must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.items import with_tools
from careergraph.guides.military_match import military_rows


def _names(facts: object) -> set[str]:
    return {fact.text.lower() for fact in facts}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str, str]]:
    return {(s.role, s.min, s.max, s.currency, s.period)  # type: ignore[attr-defined]
            for s in guide.salaries}  # type: ignore[attr-defined]


def test_zloty_notation_in_prose() -> None:
    found = [(m.currency, m.low, m.high, m.period) for m in find_amounts(
        "a glazier gets 5 730,00 zł a month, from 3 900 zł to 7 100 zł, or 31,20 zł per hour")]
    assert found == [("PLN", 5730, 5730, "month"), ("PLN", 3900, 7100, "month"),
                     ("PLN", 31.2, 31.2, "hour")]
    assert [(m.low, m.period) for m in find_amounts("averaged PLN 6,3 thousand gross")] == [
        (6300, "month")]


SALARY_PORTAL = """Google Translate
Translated from: Polish  Show original  Always translate Polish
placa-teraz.pl - pay portal
Roofer (dekarz) - how much do you earn?
How much does a roofer earn?
In 2025 the median pay of a roofer was 6 040 zł gross per month. The middle 50% of workers earn\
 between 5 100 zł and 7 350 zł gross.
25% of the lowest paid earn less than 5 100 zł gross, and 25% of the best paid earn more than 7\
 350 zł gross.
Net (na rękę), the median is about 4 400 zł per month.
Salary by voivodeship
Pomeranian6 500 złLublin5 200 złOpole5 050 zł
Roofers on a contract work for about 34,00 zł gross per hour. Those with their own firm charge \
by the piece: a small roof repair costs from 900 zł, a whole dormer from 4 500 zł.
Where do roofers work?
Employers currently recruiting: Dachy Kaszuby Sp. z o.o., Blacharstwo Wrona, Pokrycia Polska S.A.
Compare with other professions in Construction:
Chimney sweep  5 480 zł
Scaffolder  5 900 zł
Was this translation helpful? Rate the translation
"""


def test_translated_salary_portal() -> None:
    guide = parse_text(SALARY_PORTAL, "page.txt")
    assert guide.role.text == "Roofer"
    pay = _pay(guide)
    assert {(None, 6040, 6040, "PLN", "month"), (None, 5100, 7350, "PLN", "month"),
            (None, 6500, 6500, "PLN", "month"), (None, 5200, 5200, "PLN", "month"),
            (None, 34, 34, "PLN", "hour"), ("Chimney Sweep", 5480, 5480, "PLN", "month"),
            ("Scaffolder", 5900, 5900, "PLN", "month")} <= pay
    # one-sided quartiles, the net figure and the prices per piece are no pay
    assert not {low for _, low, _, _, _ in pay} & {4400, 900, 4500}
    assert not any(high is None for _, _, high, _, _ in pay)
    assert {"dachy kaszuby sp. z o.o", "blacharstwo wrona"} <= _names(guide.employers)
    assert "z o.o" not in _names(guide.sectors)


JOB_OFFER = """Google Translate  Original language: Polish ▸ English   Show original
KWR Koleje Wielkopolskie S.A.
Passengers | Timetable | CAREER | Contact
Career › Job offers › Train driver
Join us! Recruitment for the train driver course
Train driver (maszynista)
We are looking for candidates for the position of train driver who will drive regional trains \
after our course. Also called: locomotive driver, engineman.
Your tasks:
– driving the train according to the timetable,
– checking the train before departure.
We expect:
▪ punctuality and calm under pressure,
We offer:
▪ paid course (about 6 months) – salary during the course 5 120,00 zł gross,
▪ after the licence: basic salary of 7 300 zł gross + seniority allowance,
▪ allowance for night work and work on Sundays and holidays.
Development path
Engineman → Driver-instructor (instruktor) → Traffic controller → Depot manager
Among the participants of the last course there were also a former bus driver and a \
hairdresser. Experienced drivers can also move to the position of a rolling stock inspector.
Compare: the average salary in the national economy was PLN 8,2 thousand gross.
Koleje Wielkopolskie S.A., ul. Torowa 3, 60-000 Poznań | NIP 000-000-00-00 | KRS 0000000000
Was this translation helpful?
"""


def test_translated_job_offer() -> None:
    guide = parse_text(JOB_OFFER, "offer.txt")
    assert guide.role.text == "Train Driver"
    assert {"locomotive driver", "engineman"} <= _names(guide.aliases)
    pay = _pay(guide)
    assert {(None, 5120, 5120, "PLN", "month"), (None, 7300, 7300, "PLN", "month")} <= pay
    assert 8200 not in {low for _, low, _, _, _ in pay}  # the national economy's average
    assert "koleje wielkopolskie s.a." in _names(guide.employers)
    assert "sundays" not in _names(guide.employers)
    assert {"bus driver", "hairdresser"} <= _names(guide.moves_in)
    assert "rolling stock inspector" in _names(guide.transitions_to)
    ladder = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Train Driver", "Driver-instructor", "Traffic Controller", "Depot Manager"] in ladder
    assert "punctuality" in _names(guide.skills)


def test_military_rows() -> None:
    rows = military_rows([(3, "Military job  ->  What transfers"),
                          (4, "Cargo Specialist (Army 88H)  ->  load planning, forklift work"),
                          (5, "Pay")])
    assert [(r.title, r.skills) for r in rows] == [
        ("Cargo Specialist", ("load planning", "forklift work"))]


TRANSLATOR_PROFILE = """VetPath Careers | Military Skills Translator | Sign in
★ Bright future for veterans
Pipefitters
Civilian career match for: Army 12K · Navy UT · Marine Corps 1171
What civilians in this job do
Lay out, cut and join piping; test joints with a pressure gauge and a leak detector, read \
isometric drawings, and log work in FieldLog.
Your military experience translates
Military job  →  What carries over
Plumber (Army 12K)  →  pipe threading, backflow testing
Utilitiesman (Navy UT)  →  water distribution, valve repair
Pipefitter (Marine Corps 1171)  →  brazing
Pay
Median pay (U.S.): $61,200 per year
Veteran-friendly employers hiring now
Ironbend Mechanical — 4 openings
Calder Shipworks — 9 openings
Industries that employ Pipefitters: shipbuilding, refineries, power plants, commercial construction
Similar careers: Boilermaker, Welder
Was this match helpful?  👍  👎
Wage data: OEWS. Military occupation crosswalk last updated 01/2026. Privacy | Terms
"""


def test_translator_profile() -> None:
    guide = parse_text(TRANSLATOR_PROFILE, "match.txt")
    assert guide.role.text == "Pipefitter"
    assert _names(guide.moves_in) == {"plumber", "utilitiesman"}  # (not its own title)
    assert {"pipe threading", "valve repair", "brazing", "pressure gauge",
            "leak detector"} <= _names(guide.skills)
    assert "ironbend mechanical" in _names(guide.employers)
    assert {"shipbuilding", "refineries"} <= _names(guide.sectors)
    assert not _names(guide.transitions_to) & {"boilermaker", "welder"}
    assert "was this match helpful?" not in " ".join(_names(guide.employers))


TRANSLATOR_RESULTS = """SkillBridge Jobs
MILITARY-TO-CIVILIAN TRANSLATOR
Branch: Navy ▾   Code or title: BU   [Translate]
Results for BU – Builder (Navy)
Top civilian matches (3)
1  Finish Carpenter          91% match    Median $56,300/yr    Bright outlook
2  Drywall Installer         77% match    Median $50,900/yr
3  Construction Laborer      64% match    Median $44,700/yr
Selected: Finish Carpenter
Why it matches your rating
As a Builder you framed huts and poured slabs.
Next: Build a resume for this match → | Save match | Print
GI Bill® is a registered trademark of the U.S. Department of Veterans Affairs (VA).
"""


def test_translator_results() -> None:
    guide = parse_text(TRANSLATOR_RESULTS, "results.txt")
    assert guide.role.text == "Finish Carpenter"
    assert "builder" in _names(guide.moves_in)
    pay = _pay(guide)
    assert 56300 not in {low for owner, low, _, _, _ in pay if owner is not None}
    assert ("Drywall Installer", 50900, 50900, "USD", "year") in pay
    assert ("Construction Laborer", 44700, 44700, "USD", "year") in pay


def test_tools_after_with_up_to_the_next_duty() -> None:
    assert with_tools("check the lines with a gauge and a borescope meter, then sign off") == [
        "gauge", "borescope meter"]
    assert with_tools("spend the day with clients, then write up notes") == []
