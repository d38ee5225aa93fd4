"""Skills and pay noticed on real-looking pages in stop 38 (helper fixes48), on invented
pages: a plain comma line under a requirements heading, personal qualities listed there,
entrance exams under eligibility, Indian amounts in words and a misspelt lakh, Kenyan
millions and a Kenyan page's bare figures, and pay quoted by the fortnight."""

from __future__ import annotations

from careergraph.guides.amounts import find_amounts
from careergraph.guides.read import parse_text
from careergraph.guides.requirement_items import comma_requirements
from careergraph.guides.skill_trailers import entrance_exam


def _skills(text: str) -> list[str]:
    return [skill.text for skill in parse_text(text, "page.txt").skills]


def _pay(text: str) -> list[tuple[str | None, str, float | None, float | None, str]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.currency, s.min, s.max, s.period) for s in guide.salaries]


def _terms(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.currency, m.low, m.high, m.period) for m in find_amounts(text)]


def test_a_plain_comma_line_under_requirements_names_its_skills() -> None:
    page = """Scaffolding Labourer

Scaffolding labourers carry and pass up tubes and boards on building sites.

{heading}
Harness use, tube and fitting handling, three years' site experience

Pay
£24,500 - £27,000 per year
"""
    for heading in ("REQUIREMENTS", "Requirements:"):
        assert _skills(page.format(heading=heading)) == ["Harness use", "tube and fitting handling"]


def test_a_comma_bullet_under_requirements_names_its_skills_too() -> None:
    page = """Dry Cleaner

Dry cleaners clean and press delicate garments.

Requirements
- Stain removal, steam pressing, garment tagging

Pay
£22,000 - £24,000 per year
"""
    assert _skills(page) == ["Stain removal", "steam pressing", "garment tagging"]


def test_personal_qualities_in_a_comma_line_are_soft_skills() -> None:
    page = """Museum Attendant

Museum attendants watch over galleries and answer visitors' questions.

Requirements
Observant, tactful and calm

Pay
£21,400 - £22,900 per year
"""
    assert _skills(page) == ["Observant", "tactful", "calm"]


def test_a_comma_line_of_conditions_or_places_names_no_skill() -> None:
    assert comma_requirements("Degree in chemistry, 2 years' experience, own transport") == []
    assert comma_requirements("Derby, Nottingham, Leicester") == []
    assert comma_requirements("Stain removal, pressing") == []  # (two items: no list)
    assert comma_requirements("The post suits people who stay calm, tactful, kind") == []
    # (a figure of pay or perks: a benefits line; a condition's figure is no such thing)
    assert comma_requirements("Night allowance 1.500 TL, transport, lunch") == []
    assert comma_requirements("2 years' experience, pallet wrapping, stock counts") == [
        "pallet wrapping", "stock counts"]
    # (a translator's manner adverb is no part of a quality)
    assert comma_requirements("Patience, tidiness, handling complaints well") == [
        "Patience", "tidiness", "handling complaints"]


def test_entrance_exams_are_no_skills() -> None:
    assert entrance_exam("NEET-UG") and entrance_exam("GMAT score")
    assert entrance_exam("SNAP percentile") and entrance_exam("Regional engineering entrance test")
    assert not entrance_exam("SNAP") and not entrance_exam("CAT tools")
    assert not entrance_exam("gate valves") and not entrance_exam("GRE prep tutoring")
    page = """Naval Architect

Naval architects design hulls and ship systems.

Eligibility and Skills
- NEET-UG
- GATE score
- Hull form design
- Rhino 3D
"""
    assert _skills(page) == ["Hull form design", "Rhino 3D"]


def test_a_sentence_or_label_listing_exams_names_no_skills() -> None:
    page = """Fashion Designer

Fashion designers draw and make clothing collections.

Eligibility and Skills
Common admission tests include the FDDI AIST, the UPES DAT and the Pearl Academy PAT.
- Design exams: NIFT entrance, SOFT CET
- Pattern making, draping, sewing
"""
    assert _skills(page) == ["Pattern making", "draping", "sewing"]


def test_indian_amounts_in_words_and_a_misspelt_lakh() -> None:
    assert _terms("Trainees start at about eight lakhs per annum.") == [
        ("INR", 800000, 800000, "year")]
    assert _terms("Leads make thirty-five lakh a year") == [("INR", 3500000, 3500000, "year")]
    assert _terms("Two Lakhs to Four Lakhs per annum") == [("INR", 200000, 400000, "year")]
    assert _terms("Rs. 7 lahks") == [("INR", 700000, 700000, "year")]
    # (a figure going on in thousands is no round number of lakhs; a crowd is no pay)
    assert _terms("one lakh forty thousand") == []
    assert _terms("Rupees Two Lakh Sixty Thousand Only") == []
    assert _terms("one lakh applicants sat the paper") == []


def test_kenyan_millions_and_a_kenyan_page_s_bare_figures() -> None:
    assert _terms("Consultants: KES 2.1M a year") == [("KES", 2100000, 2100000, "year")]
    assert _terms("Ksh 1.5M - 2.2M per annum") == [("KES", 1500000, 2200000, "year")]
    assert _terms("$4M in seed funding") == []  # (no pay period: a market's millions)
    page = """Pharmacy Technologist salary in Kenya

Pharmacy technologists in Kenya dispense medicines in hospitals. Figures below are in
Kenyan shillings.

Salary
Entry level: 38,000 – 47,000 per month
"""
    assert _pay(page) == [(None, "KES", 38000, 47000, "month")]


def test_fortnightly_pay_keeps_its_period() -> None:
    page = """Disability Support Worker

Support workers help people with disability at home and in the community.

Typical Fortnightly Pay
$2,380

Team leaders earn $2,760 per fortnight.
"""
    assert _pay(page) == [(None, "USD", 2380, 2380, "fortnight"),
                          ("Team Leader", "USD", 2760, 2760, "fortnight")]
    assert _terms("A$1,900 a fortnight") == [("AUD", 1900, 1900, "fortnight")]
