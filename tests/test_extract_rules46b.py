"""Structures of three page types (found by studying held-back set 46): a franchisee's staff
handbook section for one position (three-deep numbered sub-sections, a "Franchisee:" field,
a contract "with X, not with Y", a pay table whose rows carry an age band, "an independently
owned and operated franchisee"), a worker co-operative's page on one member-worker role ("What
our aides need", the co-op shortened to one word, a state median of a broader occupation) and
a grading-appeal outcome (comparator posts' grades and ranges, an honorarium).  Every page here
is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.employer_names import full_name
from careergraph.guides.prose_pay_owners import prose_owner


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _owned(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_HANDBOOK = """\
TOLLAND SUBS — FRANCHISE TEAM HANDBOOK (UK)          Document TS-09 · Version 2.1
CONFIDENTIAL – for use by franchisee team members only.
Franchisee: Marrow Lane Foods Ltd (stores 0101, 0102 – Hull)
Page 9 of 40
2.4 SANDWICH ARTIST
2.4.1 Who employs you
Your contract of employment is with the franchisee named on the cover, Marrow Lane Foods Ltd, \
not with Tolland Subs UK Ltd. Tolland sets the brand standards; pay, rotas and holidays are \
decided by your franchisee.
2.4.2 Key responsibilities
a) open the store using the opening checklist (Appendix B)
b) slice and portion fillings during the rush
2.4.3 What we expect from a Sandwich Artist
• Knife handling and portion control
• Till operation and cash handling
• Allergen awareness
2.4.4 Pay
Role | Hourly rate | Notes
Crew Member (21+) | £12.21 | NLW
Sandwich Artist | £12.60 | after training
Store Manager | £31,000 per year | salaried
2.4.5 Progression
The ladder is: Crew Member → Sandwich Artist → Shift Lead → Store Manager.
Tolland Subs UK Ltd · Uncontrolled when printed
"""


def test_a_handbook_sub_section_numbered_three_deep_is_a_heading() -> None:
    guide = parse_text(_HANDBOOK, "sandwich-artist.txt")
    assert guide.role.text.lower() == "sandwich artist"
    skills = {s.lower() for s in _skills(guide)}
    assert {"knife handling", "portion control", "till operation", "cash handling",
            "allergen awareness"} <= skills
    assert [f.text for f in guide.progressions[0]] == [
        "Crew Member", "Sandwich Artist", "Shift Lead", "Store Manager"]


def test_the_franchisee_field_employs_and_the_franchisor_denied_does_not() -> None:
    guide = parse_text(_HANDBOOK, "sandwich-artist.txt")
    employers = _facts(guide, "employers")
    assert "Marrow Lane Foods Ltd" in employers
    assert not any("Tolland" in name for name in employers)
    assert not _facts(guide, "sectors")  # ("pay, rotas and holidays": no kinds of employer)


def test_a_document_reference_in_a_duty_bracket_is_no_tool() -> None:
    assert duty_tools("open the store using the opening checklist (Appendix B)") == []
    assert "Appendix B" not in _skills(parse_text(_HANDBOOK, "sandwich-artist.txt"))
    assert duty_tools("log readings in the tablet (Trimble TSC7)") == ["Trimble TSC7"]


def test_an_age_band_after_a_row_title_is_no_word_of_its_owner() -> None:
    owned = _owned(parse_text(_HANDBOOK, "sandwich-artist.txt"))
    assert (12.21, 12.21, "Crew Member") in owned
    assert not any(role and "21" in role for _, _, role in owned)


_LUBE = """\
Quick Pit Oil Change | Employee Handbook | Ridge Lube LLC
4.2 LUBE TECHNICIAN
Employer. You are employed by Ridge Lube LLC, an independently owned and operated franchisee. \
Quick Pit Franchising Inc. does not hire, pay or schedule center employees.
Essential skills and knowledge
- Safe work in the pit: three-point contact on the pit ladder
- Torque wrench use
Pay. Lube Technicians are paid $15.00 to $17.50 an hour.
"""


def test_how_a_franchisee_is_held_and_safe_work_in_the_pit_name_no_sector() -> None:
    guide = parse_text(_LUBE, "lube-technician.txt")
    assert "Ridge Lube LLC" in _facts(guide, "employers")
    assert _facts(guide, "sectors") == set()


_COOP = """\
Fernhill Care Cooperative | Home care owned by the people who give it
MENU: Find Care | Roles | Donate
Roles > Companion Aide
COMPANION AIDE
At Fernhill, companion aides are owners as well as workers. Fernhill Care Cooperative is a \
worker-owned home care agency.
What our aides need
✔ Patience and reliability
✔ Safe transfers with a gait belt
✔ Basic cooking
Pay and ownership
Starting pay: $18.75 per hour.
Compare: Oregon home health and personal care aides earned a median of $17.10 an hour last \
year; our care coordinators are paid $23.00–$26.00 an hour.
© 2026 Fernhill Care Cooperative · Privacy
"""


def test_what_our_workers_need_is_a_skills_heading_and_no_title() -> None:
    guide = parse_text(_COOP, "coop.txt")
    assert guide.role.text.lower() == "companion aide"
    skills = {s.lower() for s in _skills(guide)}
    assert "basic cooking" in skills and any(s.startswith("patience") for s in skills)


def test_a_one_word_short_form_lengthens_to_the_name_printed_again() -> None:
    guide = parse_text(_COOP, "coop.txt")
    assert _facts(guide, "employers") == {"Fernhill Care Cooperative"}
    # printed once only, the longer name may be another place: the short form stays
    assert full_name("Fernhill", "At Fernhill Care Home we … At Fernhill, aides …") == "Fernhill"


def test_a_place_s_broader_occupation_owns_its_median() -> None:
    owned = _owned(parse_text(_COOP, "coop.txt"))
    assert (17.10, 17.10, "Home Health and Personal Care Aide") in owned
    assert (18.75, 18.75, None) in owned
    assert (23.0, 26.0, "Care Coordinator") in owned
    assert prose_owner("Ohio dental assistants earned a median of ", lambda t: True) == (
        "Dental Assistant")


_APPEAL = """\
HOLMBRIDGE DISTRICT COUNCIL — JOB EVALUATION APPEAL PANEL
OUTCOME NOTICE
Post: Street Cleansing Operative
1. Background
The post was evaluated in March 2026 at Grade 2 (SCP 2–3, £23,656 – £24,027).
Factor scores (original → on appeal)
Knowledge 2 → 3 | Initiative & Independence 2 → 3 | Physical Demands 4 → 4 | Working \
Conditions 4 → 4
2. Decision
The post is regraded to Grade 3 (SCP 3–4, £24,027 – £24,404) from 1 April 2026. The panel did \
not accept that operatives supervise others: the Team Leader post (Grade 5, £25,992 – £27,269) \
remains the supervisory role. For comparison the panel considered the Driver post, Grade 4, \
and the Mechanic post, Grade 6 (£28,163 – £30,060).
An honorarium of £900 has been agreed for the weekend cover you provided in 2026.
"""


def test_comparator_posts_own_their_grades_ranges() -> None:
    owned = _owned(parse_text(_APPEAL, "appeal.txt"))
    assert (25992, 27269, "Team Leader") in owned
    assert (28163, 30060, "Mechanic") in owned
    assert (24027, 24404, None) in owned  # the post's own grade on appeal


def test_an_honorarium_is_no_pay() -> None:
    guide = parse_text(_APPEAL, "appeal.txt")
    assert not any(b.min == 900 for b in guide.salaries)


def test_a_job_evaluation_s_factor_strip_names_no_skill() -> None:
    skills = {s.lower() for s in _skills(parse_text(_APPEAL, "appeal.txt"))}
    assert not skills & {"initiative", "knowledge", "independence", "physical demands"}
