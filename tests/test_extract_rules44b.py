"""Structures of three page types (found by studying held-back set 44): a job-share register
profile or a vacancy advertised as a job share (the full-time band is the role's pay, the
shares' pro-rata figures are none; workers the team also hires own their rates; a post
"suits" the people it names), a public-service vacancy read through a translator (a salary
schedule's MINIMUM and MAXIMUM are one band; fixed allowances and the cost of living
assistance are no pay; the next scheme's starting salary is its own) and a translated
construction or hospital posting ("diets" are no pay; a helper's and a foreman's figures,
"for information" floors of other titles; a heading glued to its first item's dash; a posting
form's values).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts, joined_extremes
from careergraph.guides.criteria import criterion_skills
from careergraph.guides.requirement_items import comma_requirements, requirement_skills


def _money(text: str, home: str = "GBP") -> list[tuple[float | None, float | None, str, str]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text, home=home)]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _moves(guide: object) -> dict[str, set[str]]:
    return {bucket: {f.text for f in getattr(guide, bucket)}
            for bucket in ("moves_in", "leads_to", "transitions_to")}


def test_pro_rata_shares_are_no_pay() -> None:
    assert _money("(0.5 WTE share = £13,100 - £14,050; paid pro rata for 0.5 FTE = £14,050.)") == []
    assert _money("Actual salary: £11,200 - £11,900 per annum each post (pro rata)") == []
    # the full-time band said to be pro-rated stays the role's pay
    assert _money("Band 5: £29,000 - £35,400 per annum (full time), pro rata for hours worked") == [
        (29000, 35400, "GBP", "year")]
    assert _money("Salary: £24,100 per annum pro rata") == [(24100, 24100, "GBP", "year")]
    assert _money("Actual salary: £24,100 per annum") == [(24100, 24100, "GBP", "year")]


def test_schedule_minimum_and_maximum_are_one_band() -> None:
    assert _money(joined_extremes("MINIMUM SALARY RM1,420.00 | MAXIMUM SALARY RM5,980.00 | "
                                  "ANNUAL SALARY INCREMENT RATE RM110.00"), home="MYR") == [
        (1420, 5980, "MYR", "month")]


def test_allowances_and_diets_are_no_pay() -> None:
    assert _money("Plus Fixed Housing Allowance RM250 and Cost of Living Assistance (COLA) "
                  "RM200 by place of service.", home="MYR") == []
    assert _money("- Diets 8,40 € per day when working away, lodging paid", home="EUR") == []


_SHARE = (
    "Pharmacy Technician (Job Share - 2 posts)\n"
    "Brookfield Academy, Ashby\n"
    "Salary: Grade 4, SCP 6 - 8: £24,400 - £25,300 (FTE)\n"
    "Actual salary: £9,700 - £10,050 per annum each post (pro rata)\n"
    "\n"
    "Main purpose of the role\n"
    "To run the school's science prep room and look after its stock.\n"
    "\n"
    "Casual staff\n"
    "The science team also recruits casual lab helpers at £11.60 per hour and a "
    "Senior Lab Helper at £12.90 per hour in exam weeks.\n"
    "\n"
    "Career development\n"
    "This post suits school receptionists, data officers or former teaching "
    "assistants who want a specialist role. Within the Trust, technicians have "
    "progressed to Stores and Safety Manager (Grade 6, £29,800 - £31,900) and to "
    "Head of Science Support.\n"
)


def test_job_share_vacancy_pay_owners_and_moves() -> None:
    guide = parse_text(_SHARE, "jobshare-pharmacy-technician.txt")
    pay = _pay(guide)
    assert (24400, 25300, None) in pay
    assert not any(low == 9700 for low, _, _ in pay)
    assert (11.6, 11.6, "Lab Helper") in pay
    assert (12.9, 12.9, "Senior Lab Helper") in pay
    assert (29800, 31900, "Stores and Safety Manager") in pay
    assert {"School Receptionist", "Data Officer", "Teaching Assistant"} <= _moves(guide)[
        "moves_in"]
    assert "Brookfield Academy" in {e.text for e in guide.employers}


_SCHEME = (
    "Assistant Survey Officer Grade J22\n"
    "(Penolong Juruukur, PJU)\n"
    "Ministry of Works | Permanent appointment\n"
    "\n"
    "Salary Schedule:\n"
    "MINIMUM SALARY RM1,500.00 | MAXIMUM SALARY RM6,100.00 | ANNUAL SALARY INCREMENT "
    "RATE RM120.00\n"
    "Starting salary at Grade J22: RM1,655.40\n"
    "Plus Fixed Housing Allowance RM250, and Cost of Living Assistance (COLA) RM200.\n"
    "\n"
    "Career Development\n"
    "Assistant survey officers may be promoted to Grade J26. With a degree the "
    "officer can move to the scheme of Land Surveyor (Juruukur Tanah) Grade J41, "
    "starting salary RM2,950.00.\n"
)


def test_scheme_schedule_allowances_and_next_scheme() -> None:
    guide = parse_text(_SCHEME, "malaymt-assistant-survey-officer.txt")
    pay = _pay(guide)
    assert (1500, 6100, None) in pay
    assert not any(low in (1500.0, 6100.0) and low == high for low, high, _ in pay)
    assert not any(low in (250, 200) for low, _, _ in pay)
    assert (2950, 2950, "Land Surveyor") in pay


_SITE = (
    "Tiler\n"
    "STAVBY Nitra s.r.o. | Nitra | full-time\n"
    "\n"
    "Wage (gross): 7,00 - 9,00 €/hour\n"
    "\n"
    "We require- apprenticed in the field of tiler or practice at least 1 year\n"
    "- knowledge of wall tiling and grouting\n"
    "- reading of simple drawings\n"
    "- accuracy, stamina, punctuality\n"
    "\n"
    "We offer\n"
    "- Diets 8,40 € per day when working outside Nitra\n"
    "\n"
    "Career growth with us\n"
    "Many of our tilers came to us as a labourer (pomocník); the labourer earns 5,10 "
    "€/hour. A good tiler can become a group leader (partieľ) and later a foreman "
    "(majster) - the foreman has a fixed salary of 1 690 € per month.\n"
    "For information: site cleaner in our company from 820 EUR, driver from 1 150 "
    "EUR gross per month.\n"
    "\n"
    "Similar jobs: Roofer · Trnava · 7,40 €/h | Glazier · Ko\n"
)


def test_translated_site_posting() -> None:
    guide = parse_text(_SITE, "slovakmt-tiler.txt")
    pay = _pay(guide)
    assert (7.0, 9.0, None) in pay
    assert not any(low == 8.4 for low, _, _ in pay)
    assert (5.1, 5.1, "Labourer") in pay
    assert (1690, 1690, "Foreman") in pay
    assert (820, None, "Site Cleaner") in pay
    assert (1150, None, "Driver") in pay
    assert (7.4, 7.4, "Roofer") in pay
    skills = {s.text for s in guide.skills}
    assert {"reading of simple drawings", "accuracy", "stamina"} <= skills
    assert not any("apprenticed" in s or s == "practice" for s in skills)
    assert "Labourer" in _moves(guide)["moves_in"]
    steps = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Group Leader", "Foreman"] for chain in steps)


_CARE = (
    "Care Assistant\n"
    "Horná nemocnica, a.s. · Martin · Added 2 days ago\n"
    "Wage: 980 - 1 020 EUR/month (gross)\n"
    "\n"
    "Job information\n"
    "Job content, responsibilities and competencies:\n"
    "- transport of patients between departments (beds, trolleys, chairs)\n"
    "- disinfection of aids\n"
    "\n"
    "Requirements for the employee\n"
    "Personal prerequisites and skills:\n"
    "empathy, physical fitness, reliability\n"
    "Number of years of experience: 0\n"
    "\n"
    "About the companyHorná nemocnica is a hospital with 400 beds. Industry: "
    "Healthcare\n"
    "Many of our practical nurses started as care assistants: they moved to the post "
    "of practical nurse and some continued to ward manager.\n"
)


def test_translated_hospital_posting_sections() -> None:
    guide = parse_text(_CARE, "slovakmt-care-assistant.txt")
    skills = {s.text for s in guide.skills}
    assert {"empathy", "physical fitness", "reliability"} <= skills
    assert not skills & {"beds", "trolleys", "chairs", "Number of years of experience",
                         "Healthcare"}
    steps = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[-2:] == ["Practical Nurse", "Ward Manager"] for chain in steps)


def test_criteria_lines() -> None:
    assert criterion_skills("Advanced Excel (pivot tables, mail merge)") == [
        "Excel", "pivot tables", "mail merge"]
    assert criterion_skills("Use of exam portals (entries, results)") == ["Use of exam portals"]
    assert criterion_skills("Experience of a booking system, ideally Tessitura or Spektrix") == [
        "booking system", "Tessitura", "Spektrix"]
    assert criterion_skills("using RiO for case notes") == ["RiO"]
    assert criterion_skills("Strong attention to detail; calm under pressure") == [
        "attention to detail", "calm under pressure"]


def test_one_line_criteria_opening_with_a_standing() -> None:
    page = ("Occupational Therapist\n\nThe post\nOccupational Therapist, 37.5 hrs per week.\n\n"
            "What I'm looking for in a partner\n"
            "Essential: registration as OT with the HCPC; moving and handling (level 2) and "
            "splinting; using RiO for records; falls assessments.\n")
    guide = parse_text(page, "jobshare-occupational-therapist.txt")
    skills = {s.text for s in guide.skills}
    assert {"moving and handling", "splinting", "RiO"} <= skills
    assert any("registration as OT" in r.text for r in guide.requirements)


def test_requirement_bullets() -> None:
    assert requirement_skills("Fluent in Tamil and English; Hindi is an added advantage") == [
        "Tamil", "English", "Hindi"]
    assert requirement_skills("Experience in toilet training and feeding routines") == [
        "toilet training", "feeding routines"]
    assert requirement_skills("Experience in retail") == []
    assert comma_requirements("Cheerful, tidy and enjoys working outdoors") == ["Cheerful", "tidy"]


def test_role_head_at_ladder_foot_is_the_role() -> None:
    page = ("Nursery Teacher (Guru Tadika)\nTadika Bulan Sdn Bhd\n\nAbout the job\nWe need a "
            "nursery teacher for our class of 4-year-olds.\n\nOur career path\nTeacher → Senior "
            "Teacher (Guru Kanan) → Nursery Principal.\n")
    guide = parse_text(page, "malaymt-nursery-teacher.txt")
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert any(chain[0] == "Nursery Teacher" for chain in chains)


def test_other_jobs_strip_with_a_numbered_district() -> None:
    page = ("Nursery Teacher\nTadika Bulan Sdn Bhd\nRM 2,000 – RM 2,500 per month\n\n"
            "About the job\nWe need a nursery teacher.\n\n"
            "Other jobs at Tadika Bulan: Kindergarten Driver · Seksyen 7 · RM 1,650 | Van At\n")
    guide = parse_text(page, "malaymt-nursery-teacher.txt")
    assert (1650, 1650, "Kindergarten Driver") in _pay(guide)
