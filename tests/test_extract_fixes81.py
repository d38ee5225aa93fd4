"""Wrong facts and misses left by stop 52's helpers (fixes81): a competency table whose header
is padded before its cell bar, a shared head after an age ("new birth and 6-8 week reviews"),
"a car driver" asked for, one article before a shared head's modifiers, "work" cut from its
setting, a sentence list's modifier sharing its head ("Aluminium and structural repair"), the
post one becomes owning its bracket's figure, and the organisation whose intranet or HR system
prints the page.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.criteria import criterion_skills
from careergraph.guides.site_owner import site_owner
from careergraph.guides.skill_cues import rejoined_heads, shared_head


def _texts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def test_a_rated_table_padded_before_its_bar_is_no_pair_of_columns() -> None:
    page = ("Careers Adviser\n\nCOMPETENCY PROFILE\n"
            "Competency                              | Proficiency\n"
            "Guidance interviewing                   | Proficient\n"
            "Labour market research and analysis     | Proficient\n"
            "Caseload planning and review            | Developing\n"
            "Digital guidance (Teams, Padlet, Kudos) | Proficient\n"
            "Reflective practice in guidance (RPG) | Developing\n")
    guide = parse_text(page, "careers-adviser.txt")
    skills = _texts(guide, "skills")
    assert "Labour market research and analysis" in skills
    assert "Caseload planning and review" in skills
    assert {"Teams", "Padlet", "Kudos"} <= skills
    # no rating glued to a name, no name cut at its "and", no short form twice
    assert not any("|" in s or s in ("Developing", "Proficient", "analysis", "review", "RPG")
                   for s in skills)


def test_a_sheet_of_two_columns_is_still_read_apart() -> None:
    page = ("Careers Adviser\n\n"
            "What you do                 Where you work\n"
            "- interview clients         - schools and colleges\n"
            "- plan caseloads            - job centres\n"
            "- research labour markets   - charities\n")
    guide = parse_text(page, "careers-adviser.txt")
    # the right column's lines are no part of the left's items
    assert not any("schools" in s or "centres" in s for s in _texts(guide, "skills"))


def test_an_age_before_a_shared_head_keeps_the_pair_whole() -> None:
    assert criterion_skills("experience of antenatal and 2-year reviews") == []
    assert criterion_skills("experience of budgets and staff management") == [
        "budgets and staff management"]


def test_a_standing_asked_for_is_no_skill() -> None:
    page = ("School Nurse\n\nWhat we are looking for\n"
            "Desirable: motivational interviewing, sexual health screening, a car driver.\n"
            "- a full licence holder\n- triage\n")
    skills = _texts(parse_text(page, "school-nurse.txt"), "skills")
    assert "motivational interviewing" in skills and "triage" in skills
    assert not any(s.endswith(("driver", "holder")) for s in skills)


def test_one_article_before_a_shared_head() -> None:
    assert shared_head("the hygiene and sterilisation regime")
    assert not shared_head("the budgeting and cash handling")  # (a skill noun: its own)
    page = ("Porter\n\nPersonal prerequisites and skills:\n"
            "reliability, stamina, basic knowledge of the hygiene and sterilisation regime\n")
    skills = _texts(parse_text(page, "porter.txt"), "skills")
    assert any(s.endswith("hygiene and sterilisation regime") for s in skills)
    assert not any(s.endswith("of the hygiene") for s in skills)


def test_work_alone_before_a_setting_is_no_skill() -> None:
    page = ("Roofer\n\nWe require\n- work at height on roofs\n- reading roof plans\n"
            "- leadwork on chimneys\n")
    skills = _texts(parse_text(page, "roofer.txt"), "skills")
    assert "work" not in skills
    assert "leadwork" in skills


def test_a_sentence_list_modifier_takes_its_shared_head() -> None:
    page = ("Coachbuilder\n\nSkills\nTimber and panel repair, spot welding, rust proofing and "
            "paint preparation.\n")
    skills = _texts(parse_text(page, "coachbuilder.txt"), "skills")
    assert "Timber repair" in skills and "panel repair" in skills
    assert "Timber" not in skills
    # a plural first item is a thing of its own; a product's name keeps its own
    assert rejoined_heads(["lookups", "pivot tables"], "Lookups and pivot tables",
                          plurals=False) == ["lookups", "pivot tables"]
    assert rejoined_heads(["Excel", "pivot tables"], "Excel and pivot tables") == [
        "Excel", "pivot tables"]


def test_the_post_one_becomes_owns_its_bracket() -> None:
    page = ("Registrar\n\nLooking ahead\nMost registrars finish training and become a "
            "salaried GP (typically £71,000 - £104,000) or a senior lecturer (about "
            "£60,000 - £70,000).\nThe registrar's own band is £48,000 - £55,000.\n")
    guide = parse_text(page, "registrar.txt")
    owners = {(s.min, s.max): s.role for s in guide.salaries}
    assert owners[(71000, 104000)] == "Salaried GP"
    assert owners[(48000, 55000)] is None


def test_an_intranets_own_organisation_employs_the_role() -> None:
    page = ("PeopleHub — Fernbrook Valley NHS Trust   Intranet home | My HR | Log out\n"
            "Job share register › Profile 88\n\nJOB SHARE: Podiatrist (Band 6)\n\n"
            "About the post\nA podiatrist in the community team.\n")
    guide = parse_text(page, "podiatrist.txt")
    assert "Fernbrook Valley NHS Trust" in _texts(guide, "employers")
    assert site_owner([(1, "Quarrytown Academy — Vacancies   Home  Contact")]) == (
        "Quarrytown Academy", 1)
    assert site_owner([(1, "Ledgerline Haulage Ltd · Tenant: LHL-01")]) == (
        "Ledgerline Haulage Ltd", 1)
    # a header with no system's mark, or naming two bodies, names no owner
    assert site_owner([(1, "JobsNow — Quarrytown Academy   Sign in")]) is None
    assert site_owner([(1, "Intranet | Quarrytown Academy | Fell Side College")]) is None
    assert site_owner([(5, "Staff intranet: Quarrytown Academy")]) is None
