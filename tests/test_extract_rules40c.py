"""Structures found by the second pass over held-back set 40 (rules40c): a requisition's
labelled minimum / midpoint / maximum strip with its period after each figure, a relief
pool's compared rates with a grade and a spinal column point after each title, and further
owners of other posts' figures."""

from __future__ import annotations

from careergraph.guides import parse_text


def _salaries(text: str, name: str) -> set[tuple[float | None, float | None, str | None]]:
    return {(s.min, s.max, s.role) for s in parse_text(text, name).salaries}


_REQUISITION = """\
Print view - Requisition 31-0442 - Page 1 of 2
Job Profile: Dietary Aide Lead
Grade: H05
Compensation Range:   Minimum $18.10/hr   |   Midpoint $21.20/hr   |   Maximum $24.30/hr
Summary
Leads the dietary aides on the evening tray line.
"""


def test_labelled_extremes_with_their_period_are_one_band() -> None:
    found = _salaries(_REQUISITION, "dietary-aide-lead.txt")
    assert (18.1, 24.3, None) in found
    assert (18.1, 18.1, None) not in found and (24.3, 24.3, None) not in found
    assert (21.2, 21.2, None) in found  # the midpoint stays a figure of its own


_RELIEF = """\
Relief Caretaker - join the Eastmarsh Facilities relief pool
Relief pay
Grade 4, SCP 7-8:  £13.02 - £13.31 per hour
(For comparison: Relief Cleaner, Grade 2 SCP 4 - £12.52 per hour; Site Supervisor, Grade 6 - \
£14.40 - £15.05 per hour, permanent posts only.)
"""


def test_compared_titles_with_grade_and_spinal_point_own_their_rates() -> None:
    found = _salaries(_RELIEF, "relief-caretaker.txt")
    assert (12.52, 12.52, "Relief Cleaner") in found
    assert (14.4, 15.05, "Site Supervisor") in found
    assert not any(low in (4, 7) for low, _, _ in found)  # no spinal point read as a figure


def test_the_post_word_is_no_part_of_the_owner() -> None:
    text = """\
Appointment of Director of Libraries
Candidate Information Pack
Remuneration
The salary is circa £96,000 per annum.
For reference, the Deputy Director of Libraries post is paid on Grade 9 (£66,100 - £79,300).
"""
    assert (66100, 79300, "Deputy Director of Libraries") in _salaries(text, "librarian.txt")


def test_a_grade_level_clause_after_while_owns_its_figure() -> None:
    text = """\
Welder
Pay
A Senior Welder is on GL 07, about N106,300 per month, while a Chief Welder is on GL 08 \
(N123,900 per month).
"""
    found = _salaries(text, "welder.txt")
    assert (123900, 123900, "Chief Welder") in found
    assert (106300, 106300, None) in found  # the role's own senior rung


def test_a_second_title_with_its_verb_left_out_owns_its_figure() -> None:
    text = """\
Welder (m/f) - Pitești
Career with us
For information: a Pipe Fitter earns with us 5.300 - 6.000 lei gross, and a Welding \
Inspector from 7.200 lei gross.
"""
    found = _salaries(text, "welder.txt")
    assert (5300, 6000, "Pipe Fitter") in found
    assert (7200, None, "Welding Inspector") in found


def test_net_pay_stated_for_other_posts_in_prose_is_theirs() -> None:
    text = """\
Night porter (m/f) - Hotel Orizont, Sinaia
Salary: 3.400 lei net/month (5.800 lei brut)
Evolution
The path: Night Porter → Night Auditor → Front Office Manager. For information, a Night \
Auditor receives 4.600 lei net/month, and a Concierge in the Brașov hotel 4.100 lei net/month.
After tax you take home about 3.400 lei net.
"""
    found = _salaries(text, "night-porter.txt")
    assert (4600, 4600, "Night Auditor") in found
    assert (4100, 4100, "Concierge") in found


def test_must_have_items_with_bracketed_lists_and_bilingual_languages() -> None:
    text = """\
Laundry Supervisor
MUST-HAVE QUALIFICATIONS
- 2 years supervisory experience in hospital laundries
- Linen handling protocols (soiled linen sorting, clean linen storage)
- Forklift licence (counterbalance, reach)
NICE-TO-HAVE
- Bilingual English/Portuguese
"""
    skills = {fact.text for fact in parse_text(text, "laundry-supervisor.txt").skills}
    assert {"Linen handling protocols", "soiled linen sorting", "clean linen storage"} <= skills
    assert {"English", "Portuguese"} <= skills
    assert "Bilingual English/Portuguese" not in skills
    assert not any("counterbalance" in name or "licence" in name for name in skills)


def test_the_roles_clipped_compound_as_a_subject_is_the_role() -> None:
    text = """\
Headmistress
Growing leaders
Heads can go on to become an Executive Headmistress or join the central team as a School \
Improvement Partner.
"""
    guide = parse_text(text, "headmistress.txt")
    assert {"School Improvement Partner"} <= {fact.text for fact in guide.leads_to}
    assert not any(chain[0].text == "Head" for chain in guide.progressions)


def test_a_posting_company_in_capitals_with_its_legal_form_employs() -> None:
    text = """\
Welder (m/f) - boiler workshop
DUNAREA METAL SRL · Galați · Posted 2 days ago · 17 applicants
Full time | Permanent | Cod anunț: LA-1102
Job description
We weld boiler shells and pipe spools.
"""
    assert [f.text for f in parse_text(text, "welder.txt").employers] == ["Dunarea Metal SRL"]


def test_the_letterhead_of_a_staff_bank_page_or_a_candidate_pack_employs() -> None:
    bank = """\
Severnside Community Hospitals NHS Trust
Home | Our hospitals | Work for us | Staff Bank | Contact us
Work for us > Staff Bank > Bank roles
Join the Bank: Phlebotomist
Pick your shifts and get paid weekly across the Trust.
"""
    pack = """\
UNIVERSITY OF EASTBRIDGE
Appointment of
Director of Libraries
Candidate Information Pack
Welcome from the Vice-Chancellor
"""
    assert "Severnside Community Hospitals NHS Trust" in {
        f.text for f in parse_text(bank, "bank-phlebotomist.txt").employers}
    assert "Trust" not in {f.text for f in parse_text(bank, "bank-phlebotomist.txt").employers}
    assert "University of Eastbridge" in {
        f.text for f in parse_text(pack, "director-of-libraries.txt").employers}


def test_titles_eligible_to_apply_are_moves_in() -> None:
    printed = """\
Job Profile: Sterile Processing Supervisor
INTERNAL POSTING RULES
Eligible internal applicants: Sterile Processing Technician (Level II only, 1 year in role); \
Surgical Instrument Coordinator; Central Supply Lead. Staff on a final warning are not eligible.
"""
    exported = """\
Field | Value
Position Title | Career Coach II
Who may apply internally | Career Coach I (minimum 1 year) ; Peer Mentor Coordinator ; \
Graduate Assistant (Advising) not eligible
"""
    moved = {m.text for m in parse_text(printed, "sterile-processing-supervisor.txt").moves_in}
    assert {"Sterile Processing Technician", "Surgical Instrument Coordinator",
            "Central Supply Lead"} <= moved
    moved = {m.text for m in parse_text(exported, "career-coach.txt").moves_in}
    assert "Peer Mentor Coordinator" in moved
    assert not any(name.startswith(("Career Coach", "Graduate Assistant")) for name in moved)


def test_a_degree_with_its_subject_in_brackets_is_no_bracketed_skill_list() -> None:
    text = """\
Hydrogeologist
REQUIREMENTS
- Master of Science (Hydrogeology)
- Groundwater modelling (MODFLOW)
"""
    skills = {fact.text for fact in parse_text(text, "hydrogeologist.txt").skills}
    assert not any(name.startswith("Master of Science") for name in skills)
