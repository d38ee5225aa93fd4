"""Defects noticed on real-looking pages in stop 39 (helper fixes50), on invented pages:
titles offered as choices of one post ("an A or B role"), a plural subject applying for
"this role", two posts sharing one head in lower case ("store and area managers"),
requirement bullets with no cue word, and degree pages."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides.read import parse_text


def _outs(text: str) -> list[str]:
    guide = parse_text(text, "page.txt")
    return [m.text for m in (*guide.leads_to, *guide.transitions_to)]


def _ins(text: str) -> list[str]:
    return [m.text for m in parse_text(text, "page.txt").moves_in]


_SAMPLER = """Core Sampler

A core sampler bags and labels the rock cores drilled at a prospect.

Career progression
{line}

Skills
- Core logging
- Sample labelling
"""


def test_an_or_list_before_a_singular_post_noun_names_each_choice() -> None:
    for line, expected in (
            ("After three seasons most samplers move into a Core Scanner or Field "
             "Geologist role with an exploration firm.", ["Core Scanner", "Field Geologist"]),
            ("Some cross into a Drill Offsider or Camp Supervisor position.",
             ["Drill Offsider", "Camp Supervisor"]),
            ("Others move into a Core Scanner / Field Geologist role later.",
             ["Field Geologist"])):
        outs = _outs(_SAMPLER.format(line=line))
        assert all(t in outs for t in expected), (line, outs)


def test_a_slash_between_two_known_titles_in_prose_names_both() -> None:
    outs = _outs(_SAMPLER.format(line="A few move into a Field Geologist / Project "
                                      "Coordinator role."))
    assert {"Field Geologist", "Project Coordinator"} <= set(outs)


def test_a_choice_that_names_no_post_stays_out() -> None:
    # a field before the noun ("a Sales or Marketing role") names no post of its own
    outs = _outs(_SAMPLER.format(line="Some move into a Sales or Marketing role."))
    assert not {"Sales", "Marketing", "Sales or Marketing"} & set(outs)


_CLEANER = """Sterile Services Technician

A sterile services technician cleans and packs surgical instruments for theatres.

How to get in
{line}

Skills
- Instrument tracking
"""


def test_a_plural_subject_applying_for_this_role_moves_in() -> None:
    for line, expected in (
            ("Theatre porters often then apply for this role.", ["Theatre Porter"]),
            ("Ward hosts and kitchen assistants sometimes apply for this post.",
             ["Ward Host", "Kitchen Assistant"])):
        page = _CLEANER.format(line=line)
        assert _ins(page) == expected, line
        assert not set(expected) & set(_outs(page)), line


def test_anyone_applying_for_this_role_names_no_move() -> None:
    for line in ("Interested persons may apply for this position by email.",
                 "Applicants apply for this role online.",
                 "Theatre porters sometimes apply for the role of team leader."):
        assert _ins(_CLEANER.format(line=line)) == [], line


def test_two_plain_nouns_before_one_head_name_two_posts() -> None:
    page = _CLEANER.format(line="Experienced technicians can go on to become depot and "
                                "fleet managers.")
    assert {"Depot Manager", "Fleet Manager"} <= set(_outs(page))
    page = _CLEANER.format(line="Store and stock supervisors often move into this role.")
    assert _ins(page) == ["Store Supervisor", "Stock Supervisor"]


def test_a_fixed_pair_or_a_field_before_one_head_stays_one_post() -> None:
    for line, title in (
            ("Some go on to become health and safety advisers.", "Health and Safety Adviser"),
            ("Some go on to become testing and commissioning engineers.",
             "Testing and Commissioning Engineer")):
        assert title in _outs(_CLEANER.format(line=line)), line


def test_a_sentence_case_list_item_shares_its_head() -> None:
    page = """Sterile Services Technician

A sterile services technician cleans and packs surgical instruments for theatres.

Where next
- Depot and fleet supervisor
- Health and safety adviser
"""
    outs = _outs(page)
    assert {"Depot Supervisor", "Fleet Supervisor", "Health and Safety Adviser"} <= set(outs)


_POOL = """Swim Teacher

A swim teacher runs lessons for children and adults at a leisure centre.

What you need
{bullets}
"""


def _skills(text: str) -> list[str]:
    return [skill.text for skill in parse_text(text, "page.txt").skills]


_CONDITIONS = ("- Own reliable transport", "- Aged 17 or over", "- Right to work in Ireland",
               "- Police vetting", "- Enhanced vetting by the council")


def test_requirement_bullets_with_no_cue_keep_credentials_and_drop_conditions() -> None:
    # Under a requirements heading a certificate is kept as printed (the truths hold
    # certificates as optional names); transport, age, the right to work and a check on
    # the applicant are conditions.
    page = _POOL.replace("What you need", "Requirements")
    skills = _skills(page.format(bullets="\n".join(("- Current lifesaving certificate",
                                                    *_CONDITIONS))))
    assert skills == ["lifesaving certificate"]


def test_a_condition_under_a_skills_heading_is_no_skill() -> None:
    for heading in ("What you need", "Essential criteria", "Skills"):
        page = _POOL.replace("What you need", heading)
        skills = _skills(page.format(bullets="\n".join((*_CONDITIONS,
                                                        "- Patience with beginners",
                                                        "- Aged care experience"))))
        assert not [s for s in skills if any(w in s.lower() for w in (
            "transport", "aged 17", "over", "ireland", "vetting"))], (heading, skills)
        assert skills, heading  # (the skills beside them are still read)


def test_a_degree_page_is_rejected_with_its_reason() -> None:
    page = """What can I do with a degree in {degree}?

A {degree} degree leads to work in galleries, archives and heritage sites.

Jobs directly related to your degree
- Museum curator
- Archivist
- Conservator
"""
    with pytest.raises(GuideError, match=r"a degree page, not a role guide.*\(art history\)"):
        parse_text(page.format(degree="art history"), "curator.txt")
    for title in ("Careers with a Chemistry degree", "What jobs can I get with my degree?",
                  "What are you going to do with your degree?"):
        with pytest.raises(GuideError, match="a degree page"):
            parse_text(f"{title}\n\nGraduates go into labs and schools.\n\n"
                       "Job options\n- Lab technician\n- Science teacher\n", "page.txt")


def test_a_field_entered_with_a_degree_is_no_degree_page() -> None:
    # "X with a degree" names a line of work entered with one; the title names the role
    page = """Stage Manager

Theatre > Backstage > Stage management with a degree

A stage manager runs rehearsals and calls the cues in every show.
"""
    assert parse_text(page, "page.txt").role.text == "Stage Manager"


def test_a_requirements_bullet_of_clauses_reads_each_clause() -> None:
    page = _POOL.replace("What you need", "Requirements")
    skills = _skills(page.format(bullets="- Lane rope rigging; water testing with "
                                         "Palintest or Lovibond; lesson planning"))
    assert {"Lane rope rigging", "water testing", "Palintest", "Lovibond",
            "lesson planning"} <= set(skills)
    # a condition among the clauses makes the bullet no list of skills
    skills = _skills(page.format(bullets="- Lane rope rigging; 2 years on poolside"))
    assert skills == []


def test_two_adjectives_before_one_head_qualify_one_post() -> None:
    page = _CLEANER.format(line="To become a registered and licensed technician you must "
                                "pass the board exam.")
    assert not {"Registered Technician", "Licensed Technician"} & set(_outs(page))
