"""Structures of set 42's page types read at scale (carry42, on the generator's families):
a price schedule's agency "Charge rate" column (no pay), a rate table's night column beside a
"Day rate" column and its row whose blank cell was dropped, a printed document's footer strip
ending in its page number (chrome), and a "Post:" field's everyday name in brackets after the
post's full name (the role; the full name an alias).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.not_pay import is_not_pay


def _pay(guide):
    return [(s.role, s.min, s.max, s.period) for s in guide.salaries]


_NOTICE = """\
NoticeWatch  Browse | Saved searches
Contract award notice · Brindle Valley Care Board · Notice 55120-2027
Awarded supplier: Harbourlight Recruitment Ltd. Runner-up: CarePoint Agency Ltd.
Price schedule (Care Workers, per hour)
Role | Pay rate to worker | Agency fee | Charge rate
Care Worker – Level 2 | £12.40 - £13.10 | £3.20 | £17.90 - £18.70
Activities Coordinator | £14.05 | £3.60 | £19.85
Specification: moving and handling; personal care; medication prompts.
"""


def test_a_price_schedules_charge_rate_column_is_no_pay() -> None:
    guide = parse_text(_NOTICE, "care-worker.txt")
    assert guide.role.text == "Care Worker"
    pay = _pay(guide)
    assert (None, 12.4, 13.1, "hour") in pay
    assert ("Activities Coordinator", 14.05, 14.05, "hour") in pay
    # the agency's fee and the client's charge rate are what the buyer pays, no one's pay
    assert not any(low in (3.2, 3.6, 17.9, 19.85) for _, low, _, _ in pay)
    assert is_not_pay("Charge rate") and is_not_pay("Client charge rates")
    assert not is_not_pay("Pay rate to worker") and not is_not_pay("Hourly rate")


_SCHEDULE = """\
BidPortal  Opportunities | Responses | Help
Tender response (read only) · KMC-4410-GR · Status: Submitted
Tenderer: Fernbank Verges Ltd
Schedule 2: Labour rates (Verge Cutting Operatives)
Grade | Ticket | Day rate (£) | Night / weekend rate (£)
Trainee Verge Cutting Operative | Lantra card | 151.00 | 189.00
Verge Cutting Operative | Lantra card | 176.00 | 214.00
Verge Gang Leader | - | 221.00 | 262.00
Our operatives are trained in flail mowing and strimmer work.
"""


def test_a_night_column_takes_the_day_rate_columns_period_and_a_blank_cell_row_is_read() -> None:
    guide = parse_text(_SCHEDULE, "verge-cutting-operative.txt")
    pay = _pay(guide)
    # the night / weekend column states no period: its sibling "Day rate" column's
    assert (None, 189, 189, "day") in pay and (None, 214, 214, "day") in pay
    # the gang leader's row printed "-" in its card cell: its figures are still its own
    assert ("Verge Gang Leader", 221, 221, "day") in pay
    assert ("Verge Gang Leader", 262, 262, "day") in pay


_JOB_PLAN = """\
Eastmoor University Hospitals NHS Trust · Ref 118-CON-2231 · Annex C: Job plan · page 1
Post: Consultant in Clinical Neurophysiology (Consultant Neurophysiologist)
Base: Eastmoor General Hospital · Contract: Consultant Contract (2003), 10 PAs
Salary: £105,504 - £139,882 per annum
Person specification
EEG reporting (E)
Nerve conduction studies (E)
Evoked potentials (D)
Eastmoor University Hospitals NHS Trust · Annex C · page 2
"""


def test_a_posts_everyday_name_in_brackets_is_the_role_and_a_page_footer_is_chrome() -> None:
    guide = parse_text(_JOB_PLAN, "job-plan.txt")
    assert guide.role.text == "Consultant Neurophysiologist"
    assert "Consultant in Clinical Neurophysiology" in [a.text for a in guide.aliases]
    skills = [s.text for s in guide.skills]
    assert "EEG reporting" in skills and "Evoked potentials" in skills
    # the footer strip ending in its page number names nothing
    assert "Annex C" not in skills
    assert not any("NHS Trust" in name for name in skills)


def test_a_bracket_that_is_a_specialty_leaves_the_posted_title() -> None:
    page = ("Post: Advanced Clinical Practitioner (Acute Medicine), ACP Band 8a\n"
            "Advanced Clinical Practitioners assess and treat patients on the acute unit.\n")
    guide = parse_text(page, "acp.txt")
    assert guide.role.text == "Advanced Clinical Practitioner"


_CAREER_LINE = """\
Renal Nurse
Renal Nurses run dialysis sessions on the unit.
Clinical scope and capability: Fistula cannulation; dialysis machines (Fresenius 5008, Nikkiso \
DBB); fluid balance; holds non-medical prescribing.
Career development: former colleagues have gone on to be Ward Manager, and one moved to a Nurse \
Consultant in Renal Care post.
"""


def test_gone_on_to_be_and_a_specialty_post_and_a_semicolon_list_with_bracketed_tools() -> None:
    guide = parse_text(_CAREER_LINE, "renal-nurse.txt")
    assert [f.text for f in guide.leads_to] == ["Ward Manager"]
    assert [f.text for f in guide.transitions_to] == ["Nurse Consultant in Renal Care"]
    skills = [s.text for s in guide.skills]
    for name in ("Fistula cannulation", "dialysis machines", "Fresenius 5008", "Nikkiso DBB",
                 "fluid balance"):
        assert name in skills
    # the last item says what the holders hold: no skill
    assert not any("prescribing" in name for name in skills)


def test_an_awarded_supplier_field_ended_by_a_full_stop_and_the_next_field() -> None:
    from careergraph.guides.company_fields import supplier_field
    assert supplier_field("Awarded supplier: Harbourlight Recruitment Ltd. Runner-up: CarePoint "
                          "Agency Ltd.") == "Harbourlight Recruitment Ltd."
    assert supplier_field("Supplier: Harbourlight Recruitment Ltd. We review rates.") is None
    guide = parse_text(_NOTICE, "care-worker.txt")
    assert [e.text.rstrip(".") for e in guide.employers] == ["Harbourlight Recruitment Ltd"]
    skills = [s.text for s in guide.skills]
    assert "moving and handling" in skills and "medication prompts" in skills


_TENDER_ANSWER = """\
Verge Cutting Operative
Verge Cutting Operatives cut roadside verges for the county.
Our operatives progress from Trainee Verge Cutting Operative to Verge Cutting Operative, then to \
Senior Verge Cutting Operative and on to Verge Gang Leader. We recruit service leavers and former \
HGV drivers; two moved across to become Highway Inspectors.
Retention: several come back to us as Relief Drivers after a break, and three took up permanent \
Charge Hand posts. Most enter from Farm Worker or Gardener posts.
"""


def test_a_ladders_on_to_rung_recruits_former_holders_and_intake_phrases() -> None:
    guide = parse_text(_TENDER_ANSWER, "verge-cutting-operative.txt")
    assert [[s.text for s in c] for c in guide.progressions] == [[
        "Trainee Verge Cutting Operative", "Verge Cutting Operative",
        "Senior Verge Cutting Operative", "Verge Gang Leader"]]
    came_in = [f.text for f in guide.moves_in]
    assert "HGV Driver" in came_in and "Gardener" in came_in and "Farm Worker" in came_in
    assert "Relief Driver" in came_in
    assert "Charge Hand" in [f.text for f in guide.leads_to]
    assert [f.text for f in guide.transitions_to] == ["Highway Inspector"]


def test_a_planning_systems_breadcrumb_and_a_trustees_report_name_the_employer() -> None:
    plan = ("RotaPlan › Hollins Vale NHS Foundation Trust › Maternity › Job plans › ANP\n"
            "Job plan v1.2 · Signed off by lead midwife\n"
            "Post: Advanced Neonatal Practitioner (ANP) · Band 8a (£54,100 - £60,300)\n")
    guide = parse_text(plan, "anp.txt")
    assert [e.text for e in guide.employers] == ["Hollins Vale NHS Foundation Trust"]
    report = ("BRACKEN MOOR WILDLIFE TRUST · Trustees' Annual Report 2027/28 · page 9\n"
              "Our staff\n"
              "We employed 31 Reserve Wardens this year. Reserve Wardens manage our nature "
              "reserves and lead volunteer work parties.\n")
    guide = parse_text(report, "reserve-warden.txt")
    assert [e.text for e in guide.employers] == ["Bracken Moor Wildlife Trust"]


def test_a_move_with_the_posts_pay_after_roles_this_year() -> None:
    page = ("Water Network Technician\nWater Network Technicians find leaks.\n"
            "Pay: £30,500 - £44,200.\n"
            "9 technicians progressed to Leakage Team Leader roles this year "
            "(£45,600 - £52,500).\n")
    pay = _pay(parse_text(page, "water-network-technician.txt"))
    assert ("Leakage Team Leader", 45600, 52500, "year") in pay


def test_recruited_former_holders_end_at_their_clause() -> None:
    page = ("Verge Cutting Operative\nVerge Cutting Operatives cut roadside verges.\n"
            "We recruit service leavers and former HGV drivers, and two of our operatives moved "
            "across to become Highway Inspectors with the council.\n")
    guide = parse_text(page, "verge-cutting-operative.txt")
    assert [f.text for f in guide.moves_in] == ["HGV Driver"]
    assert [f.text for f in guide.transitions_to] == ["Highway Inspector"]


def test_a_bracket_ending_in_the_heads_own_noun_is_an_alias() -> None:
    page = ("Post: Consultant Dermatologist in Skin Oncology (Consultant Skin Dermatologist), "
            "10 PAs\n"
            "The post holder runs the skin cancer clinic and the biopsy list.\n")
    guide = parse_text(page, "consultant.txt")
    assert guide.role.text == "Consultant Dermatologist"
    assert "Consultant Skin Dermatologist" in [a.text for a in guide.aliases]
