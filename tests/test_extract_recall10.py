"""Moves recall: progressions told in prose and chains (helper recall10, stop 49).

- An arrow chain's last step followed by its pay or years in a bracket and then "or" another
  post ("Senior Surveyor (£48,000) → Survey Director (£70,000) or Practice Owner (…)") offers
  both posts: the bracket no longer ends the step, so the second post is a move too.
- An employer's open door to earlier jobs ("We welcome A, B and C who meet the criteria
  above", "we also welcome …") names moves in, as "we regularly sponsor" did; an equal-
  opportunity line ("We welcome applications from people of all backgrounds") names none, and
  "we welcome applicants from A and B backgrounds" names A and B, no "Applicant".
- A learner's word after a known title in such a list ("Paramedic Students", "Dental Nurse
  Trainees") is the learner at that title, no holder of the title itself.
- A prose ladder's last rung told with "finally" or "ultimately" ("many become a Lead
  Fitter, then a Workshop Supervisor and finally a Plant Manager") is a rung, as one told with
  "later" or "eventually" was.
- A bare "Associate" in an arrow chain above a senior rung ("Senior Quantity Surveyor →
  Associate → Partner") is the firm's post as printed; before, it was completed with the
  role's name ("Associate Quantity Surveyor"), a rung below the one it follows.
- "Firefighter" is a role head of the lexicon (``data/lexicon/roles.yaml``): a fire
  service's posts named as moves ("Retained Firefighter", "two Airport Firefighters") are
  titles, as "… Officer" and "… Technician" were; an FAQ answer's label before a chevron
  ladder ("A. Retained Firefighter > Crew Manager > …") is no part of its first rung.

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from careergraph.guides import parse_file
from careergraph.model import Guide


def _parse(tmp_path: Path, name: str, text: str) -> Guide:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _edges(guide: Guide) -> set[tuple[str, str]]:
    return {(a.text, b.text) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


_FORKED_TOP = """\
How to Become a Hydrographic Surveyor: Career Path and Pay

Hydrographic surveyors chart the seabed for ports, cable layers and wind farms.

Starting Out

Most begin as a Survey Assistant on a vessel crew, logging soundings and tide readings.

Senior and Beyond

Senior Hydrographic Surveyor (£48,000–£58,000) → Survey Party Chief (£60,000–£72,000) or \
Charting Manager (£64,000–£75,000). A few move ashore into port planning instead.
"""


def test_a_paid_top_step_with_or_offers_both_posts(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "hydrographic-surveyor.txt", _FORKED_TOP)
    edges = _edges(guide)
    assert ("Senior Hydrographic Surveyor", "Survey Party Chief") in edges
    assert ("Senior Hydrographic Surveyor", "Charting Manager") in edges
    # (the pay asides are no posts, and nothing after the sentence's end is a rung)
    assert not any("£" in b or "port planning" in b.lower() for _, b in edges)


def test_an_aside_before_a_lower_case_or_still_ends_the_step(tmp_path: Path) -> None:
    text = _FORKED_TOP.replace("or Charting Manager (£64,000–£75,000)", "or more")
    guide = _parse(tmp_path, "hydrographic-surveyor.txt", text)
    edges = _edges(guide)
    assert ("Senior Hydrographic Surveyor", "Survey Party Chief") in edges
    assert not any("more" in b for _, b in edges)


_WELCOME = """\
Join the Bank: Theatre Porter

About the role
As a bank Theatre Porter you will move patients to and from theatre and check the kit.

What you need
* A calm manner and good manual handling

We welcome Kitchen Porters, Security Officers and Dental Nurse Trainees who meet the \
criteria above.

We welcome applications from people of all backgrounds.
"""


def test_we_welcome_names_the_jobs_people_come_from(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "theatre-porter.txt", _WELCOME)
    ins = [fact.text for fact in guide.moves_in]
    assert {"Kitchen Porter", "Security Officer", "Dental Nurse Trainee"} <= set(ins)
    # (the learner is no radiographer; the equal-opportunity line names nobody)
    assert "Dental Nurse" not in ins
    assert not any("background" in title.lower() or "people" in title.lower() for title in ins)


_FINALLY = """\
Lift Engineer: Outcomes of Our Graduates

What our graduates do
Graduates install and service passenger lifts and escalators in offices and hospitals.

Where they go
After a few years of experience many become a Lead Lift Engineer, then a Contracts \
Supervisor and finally a Regional Service Manager.
"""


def test_finally_names_the_last_rung(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "lift-engineer.txt", _FINALLY)
    edges = _edges(guide)
    assert ("Lead Lift Engineer", "Contracts Supervisor") in edges
    assert ("Contracts Supervisor", "Regional Service Manager") in edges


_FIRM_LADDER = """\
Shadowing report: Quantity Surveyor

1. What the job is
Quantity surveyors cost building work and manage contracts for a consultancy.

2. Career path (from my talk with Ruairi)
Trainee Quantity Surveyor → Quantity Surveyor → Senior Quantity Surveyor → Associate → Partner
"""


def test_a_bare_associate_above_a_senior_rung_is_the_firms_post(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "quantity-surveyor.txt", _FIRM_LADDER)
    edges = _edges(guide)
    assert ("Senior Quantity Surveyor", "Associate") in edges
    assert ("Associate", "Partner") in edges
    assert not any("Associate Quantity" in a or "Associate Quantity" in b for a, b in edges)


_FIREFIGHTER = """\
Emergency Call Handler: Questions and Answers

Q. What does a call handler do?
A. You take 999 calls, locate the caller and send the nearest crews.

Q. Can I move on from the control room?
A. Some call handlers have transferred to Retained Firefighter or Airport Firefighter posts \
after passing the fitness tests.
"""


def test_a_fire_services_posts_are_titles(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "emergency-call-handler.txt", _FIREFIGHTER)
    moved = {fact.text for fact in [*guide.transitions_to, *guide.leads_to]}
    assert {"Retained Firefighter", "Airport Firefighter"} <= moved


def test_we_welcome_applicants_from_names_no_applicant(tmp_path: Path) -> None:
    text = _WELCOME.replace(
        "We welcome Kitchen Porters, Security Officers and Dental Nurse Trainees who meet the "
        "criteria above.",
        "We welcome applicants from Kitchen Porter and Security Officer backgrounds.")
    assert text != _WELCOME
    guide = _parse(tmp_path, "theatre-porter.txt", text)
    ins = [fact.text for fact in guide.moves_in]
    assert {"Kitchen Porter", "Security Officer"} <= set(ins)
    assert not any(title.lower().startswith("applica") for title in ins)


_ANSWERED_RANKS = """\
Emergency Call Handler: Questions and Answers

Q. What are the ranks in the control room?
A. Call Handler > Control Supervisor > Control Room Manager > Head of Control

Q. Can I move on from the control room?
A. Some call handlers have transferred to Retained Firefighter posts.
"""


def test_an_answer_label_is_no_rung(tmp_path: Path) -> None:
    guide = _parse(tmp_path, "emergency-call-handler.txt", _ANSWERED_RANKS)
    rungs = {fact.text for ladder in guide.progressions for fact in ladder}
    assert {"Control Supervisor", "Control Room Manager"} <= rungs
    assert not any(rung.startswith("A. ") for rung in rungs)
