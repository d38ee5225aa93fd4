"""Structures of three page types (found by studying held-back set 49): an employer's job
post draft in a job board's posting editor (the editor's step bar, the board's sponsorship
price and its "employers offering $X+" nudge, the company field's strip of labelled fields,
a firm's group in brackets, dot-parted strips of other postings, suggestion chips, "Where
this job can lead" and "Ideal backgrounds"), an interview feedback e-mail (the strengths and
gaps headings, a title's pool and its rate, the candidate's pay "as a X now", an
honorarium, "came to us from in-house X jobs", "grow from A to B and then C") and a
student's informational interview notes (a notes app's toggles, a money toggle, items joined
by a plus, "Organization: Firm — unit, Town, ST", two titles on one arrow rung).  Every page
here is invented."""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.listing_strip import dot_strip, strip_postings


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _steps(guide: object) -> set[tuple[str, str]]:
    chains = guide.progressions  # type: ignore[attr-defined]
    return {(a.text.lower(), b.text.lower()) for chain in chains
            for a, b in itertools.pairwise(chain)}


_EDITOR = "\n".join([
    "JobNest for Employers    Dashboard   Jobs   Candidates   Billing        Quarrow Pools ▾",
    "Post a job   ① Basics ✓ ── ② Details ✓ ── ③ Pay & benefits ✓ ── ④ Review ── ⑤ Promote",
    "Step 4 of 5 — Review your job post            Draft saved just now",
    "Job title *   Pool Service Technician",
    "Company   Quarrow Pool Care LLC   ·   Industry: Leisure services   ·   Company size: 11–50",
    "Pay   $21.00 – $27.00 per hour",
    ("Pay insight: typical pay near Tucson, AZ is $22 – $29 an hour. Employers offering "
     "$30+ get 3× more applicants."),
    "What you need",
    "- Water chemistry testing with a photometer",
    "- Pump and filter repair",
    "➕ Suggested skills to add (from similar jobs):  [+ Welding]  [+ Forklift]  [+ Sales]",
    "Where this job can lead: Route Lead after two years, then Service Manager.",
    "Ideal backgrounds: Irrigation Technician, Maintenance Technician.",
    ("⑤ Promote — Sponsor this job for $9/day (recommended $140 for 15 days) to reach more "
     "job seekers."),
    ("Other jobs at Quarrow Pool Care:  Route Dispatcher · $19 an hour · Active   |   Yard "
     "Hand · Draft   |   Estimator · Closed"),
    "",
])


def test_the_editor_step_bar_names_no_employer_or_sector() -> None:
    guide = parse_text(_EDITOR, "pool-service-technician.txt")
    names = _facts(guide, "employers") | _facts(guide, "sectors")
    assert not any("Review" in name or "Pay & benefits" in name or "Promote" in name
                   for name in names)


def test_the_company_field_strip_gives_the_firm_and_its_industry() -> None:
    guide = parse_text(_EDITOR, "pool-service-technician.txt")
    assert "Quarrow Pool Care LLC" in _facts(guide, "employers")
    assert "Leisure services" in _facts(guide, "sectors")


def test_sponsorship_prices_and_others_floor_are_no_pay() -> None:
    pay = _pay(parse_text(_EDITOR, "pool-service-technician.txt"))
    assert (21.0, 27.0, None) in pay and (22.0, 29.0, None) in pay
    figures = {low for low, _, _ in pay}
    assert not figures & {9.0, 140.0, 30.0}


def test_an_employers_band_without_a_floor_mark_stays_pay() -> None:
    page = "Tile Setter\n\nPay\nMost employers offering apprenticeships pay $17 – $20 an hour.\n"
    assert (17.0, 20.0, None) in _pay(parse_text(page, "tile-setter.txt"))


def test_other_jobs_strip_gives_each_title_its_rate() -> None:
    guide = parse_text(_EDITOR, "pool-service-technician.txt")
    assert (19.0, 19.0, "Route Dispatcher") in _pay(guide)


def test_suggestion_chips_are_no_skills() -> None:
    skills = {s.lower() for s in _skills(parse_text(_EDITOR, "pool-service-technician.txt"))}
    assert not skills & {"welding", "forklift", "sales"}


def test_where_this_job_can_lead_and_ideal_backgrounds() -> None:
    guide = parse_text(_EDITOR, "pool-service-technician.txt")
    assert "route lead" in {name.lower() for name in _facts(guide, "leads_to")} | {
        step[1] for step in _steps(guide)}
    assert {"Irrigation Technician", "Maintenance Technician"} <= _facts(guide, "moves_in")


def test_dot_strips_read_places_and_stop_at_cut_cells() -> None:
    assert strip_postings(["Nearby: Pool Cleaner · Mesa · $18/hr", "Spa Tech · Gilbe"]) == [
        ("Pool Cleaner", "Mesa", "$18/hr"), None]
    assert strip_postings(["Pool Cleaner · Draft", "Spa Tech · Closed"]) is None
    assert not dot_strip("Share · Save | Report | Apply")


def test_a_pathway_with_circled_rungs_on_their_own_lines_keeps_them() -> None:
    page = ("Kennel Assistant\n\nCareer pathway\n① Kennel Assistant — £11.80 an hour\n"
            "② Senior Kennel Assistant — £12.90 an hour\n③ Kennel Supervisor — £27,000 a year\n")
    guide = parse_text(page, "kennel-assistant.txt")
    assert any(low == 27000.0 for low, _, _ in _pay(guide))


_GROUPED = "\n".join([
    "Practice Receptionist",
    ("EMPLOYER   Brindle Dental Clinic (a member of Coastline Dental Group)   ·   "
     "Industry: Dental services"),
    "PAY   $19.00 – $22.00 per hour",
    "",
])


def test_a_firm_named_with_its_group_in_brackets() -> None:
    guide = parse_text(_GROUPED, "practice-receptionist.txt")
    employers = _facts(guide, "employers")
    assert "Brindle Dental Clinic" in employers
    assert not any("Coastline" in name for name in employers)
    assert "Dental services" in _facts(guide, "sectors")


_FEEDBACK = "\n".join([
    "Your application: Exhibition Designer — feedback",
    "Hi Sam,",
    ("Thank you for your time with us. We have decided to move forward with another "
     "candidate for the Exhibition Designer role."),
    "What stood out",
    "• SketchUp and Vectorworks: quick, tidy, well layered.",
    "• Presenting your work: you took questions calmly.",
    "• Wayfinding and signage — the museum scheme was a favourite.",
    "Where the other candidate was ahead",
    "• Lighting design",
    "Pay and level",
    ("The role was budgeted at $58,000 – $66,000. Our freelance Workshop Technician pool "
     "pays $26 – $31/hour if you'd like to build workshop experience with us — reply and "
     "I'll connect you with our studio lead. (The $120 honorarium for the design task is "
     "on its way.)"),
    "Some context",
    ("Most of our designers came to us from in-house Visual Merchandiser jobs. Here people "
     "usually grow from Exhibition Designer to Senior Exhibition Designer and then "
     "Creative Director, and a few have moved over to Set Designer roles with theatres. "
     "You mentioned you're earning around $47,000 as a Visual Merchandiser now — the work "
     "you showed is well beyond that."),
    "",
])


def test_strengths_and_gaps_name_skills_not_their_judgements() -> None:
    skills = _skills(parse_text(_FEEDBACK, "exhibition-designer.txt"))
    assert {"SketchUp", "Vectorworks", "Lighting design"} <= skills
    assert {"Wayfinding", "signage"} <= skills
    assert not skills & {"quick", "tidy", "well layered"}


def test_a_pronoun_opens_no_skill() -> None:
    skills = {s.lower() for s in _skills(parse_text(_FEEDBACK, "exhibition-designer.txt"))}
    assert not any(s.startswith(("us", "i'll")) for s in skills)


def test_pool_rate_and_current_pay_belong_to_their_titles() -> None:
    pay = _pay(parse_text(_FEEDBACK, "exhibition-designer.txt"))
    assert (58000.0, 66000.0, None) in pay
    assert (26.0, 31.0, "Workshop Technician") in pay
    assert (47000.0, 47000.0, "Visual Merchandiser") in pay
    assert not any(low == 120.0 for low, _, _ in pay)


def test_a_pool_of_the_role_itself_is_the_roles_own() -> None:
    page = "Exhibition Designer\n\nPay\nOur Exhibition Designer pool pays $30/hour.\n"
    assert (30.0, 30.0, None) in _pay(parse_text(page, "exhibition-designer.txt"))


def test_feedback_moves_in_ladder_and_lateral_move() -> None:
    guide = parse_text(_FEEDBACK, "exhibition-designer.txt")
    assert "Visual Merchandiser" in _facts(guide, "moves_in")
    assert ("senior exhibition designer", "creative director") in _steps(guide)
    assert "Set Designer" in _facts(guide, "transitions_to")


_NOTES = "\n".join([
    "Notes    Uni ▸ Careers ▸ Info chats ▸ Audiologist",
    "Info chat — Audiologist",
    "Organization: Harrow Vale Health — Hearing Services clinic, Duluth, MN",
    "▸ Her route",
    "- BSc Audiology → Audiologist",
    "▸ Skills that matter",
    "- otoscopy + tympanometry (\"you learn it by doing it\")",
    "- Noah software",
    "▸ £££ (she was happy to share)",
    "- new grads £29k–£33k",
    "▸ Where it can lead",
    "- Audiologist → Senior Audiologist → Lead Audiologist / Clinical Manager",
    "▸ Action points",
    "- [ ] email her about a shadow day",
    "",
])


def test_toggles_head_their_sections() -> None:
    guide = parse_text(_NOTES, "audiologist.txt")
    skills = {s.lower() for s in _skills(guide)}
    assert {"otoscopy", "tympanometry", "noah software"} <= skills
    assert not any("£" in s or "shadow" in s for s in skills)
    assert any(low == 29000.0 for low, _, _ in _pay(guide))
    assert not any("email" in name for name in _facts(guide, "employers"))


def test_an_organisation_field_names_the_firm_not_its_unit_or_town() -> None:
    employers = _facts(parse_text(_NOTES, "audiologist.txt"), "employers")
    assert "Harrow Vale Health" in employers
    assert not employers & {"Duluth", "MN", "Hearing Services clinic"}


def test_two_titles_on_the_top_rung_are_two_steps() -> None:
    guide = parse_text(_NOTES, "audiologist.txt")
    steps = _steps(guide)
    assert ("senior audiologist", "lead audiologist") in steps
    assert ("senior audiologist", "clinical manager") in steps
    assert "Clinical Manager" not in _facts(guide, "leads_to")


def test_a_bullet_list_of_bullets_is_no_toggle() -> None:
    page = ("Laundry Supervisor\n\nRequirements\n• Stain removal\n• Tunnel washer\n"
            "• Leadership\n• Communication\n")
    skills = {s.lower() for s in _skills(parse_text(page, "laundry-supervisor.txt"))}
    assert {"tunnel washer", "leadership", "communication"} <= skills
