"""Missed facts found by a cause table of every set's misses (helper miss1, stop 41).

- A run-in duties label over a bare list of names ("What you actually do all day: A, B, C
  and D.") reads the list; the sentences after it stay prose ("It also takes A, B and C" is
  a skill cue).
- An exit form's "What were you best at in this role?" heads the leaver's skills.
- A dash list typed without the space after each dash ("-Can read drawings,") is a list.
- A question answered on its own line above a rule ("Where could I work? A, B and C" over
  "-----") is no setext heading.
- A list of workplace kinds each in sentence case ("Bakeries, Flour mills and Food
  plants") names sectors, not firms.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_names import list_sentence
from careergraph.guides.headings import load_headings
from careergraph.guides.text import tight_dashes


def _skills(text: str, name: str) -> set[str]:
    return {f.text.lower() for f in parse_text(text, name).skills}


ANSWER = (
    "Saddler\n"
    "Careers forum\n"
    "\n"
    "What is the career path of a saddler?\n"
    "I've stitched saddles for nine years, so here is how it goes.\n"
    "What you actually do all day: hand stitching, tree fitting, panel flocking and leather "
    "dyeing. It also takes pattern cutting, edge finishing and customer fittings. "
    "Employers include Brackwater Tack and Holloway Equestrian.\n"
)


def test_a_run_in_duties_label_over_a_bare_list_reads_the_list() -> None:
    skills = _skills(ANSWER, "saddler.txt")
    assert {"hand stitching", "tree fitting", "panel flocking", "leather dyeing"} <= skills
    assert {"pattern cutting", "edge finishing", "customer fittings"} <= skills
    assert not {"brackwater tack", "holloway equestrian"} & skills  # (the prose after it)


def test_a_run_in_duties_sentence_names_no_list() -> None:
    page = ("Saddler\nCareers forum\n\nWhat you actually do all day: we fix whatever the "
            "yard brings in, mostly bridles.\n")
    assert "bridles" not in _skills(page, "saddler.txt")
    assert list_sentence("a, b, c and d. Then more.") == ("a, b, c and d.", "Then more.")


def test_an_exit_forms_best_at_question_heads_skills() -> None:
    page = ("Exit questionnaire — Kiln Technician\n\nWhat were you best at in this role?\n"
            "Mostly glaze mixing, kiln loading and firing schedules.\n")
    assert {"glaze mixing", "kiln loading", "firing schedules"} <= _skills(
        page, "kiln-technician.txt")


def test_a_dash_list_without_spaces_is_a_list() -> None:
    page = ("Pattern Maker\n\nWe are hiring a pattern maker for our foundry.\n\n"
            "Candidate requirements:\n"
            "-Can read engineering drawings,\n"
            "-Able to use a spindle moulder and a bandsaw,\n"
            "-Can use vernier callipers and depth gauges,\n"
            "-Reliable and punctual.\n")
    skills = _skills(page, "pattern-maker.txt")
    assert {"vernier callipers", "depth gauges"} <= skills
    assert tight_dashes("-OR-\n-Alone\n") == "-OR-\n-Alone\n"  # (too few to be a list)
    assert tight_dashes("-5% on\n-3% off\n-2% more\n") == "-5% on\n-3% off\n-2% more\n"


HANDOUT = (
    "Miller\n"
    "Careers lesson plan (Year 9)\n"
    "\n"
    "What does a miller do?\n"
    "A miller runs the rollers and sifters that turn grain into flour.\n"
    "\n"
    "Where could I work? Bakeries, Flour mills and Animal feed plants\n"
    "--------------------------------------------\n"
    "Plenary: each pupil writes one question for a miller.\n"
)


def test_a_question_answered_above_a_rule_is_no_heading() -> None:
    guide = parse_text(HANDOUT, "miller.txt")
    sectors = {f.text.lower() for f in guide.sectors}
    assert {"bakeries", "flour mills", "animal feed plants"} <= sectors
    assert not guide.employers  # (kinds in sentence case, no firm)


def test_firms_in_title_case_stay_employers() -> None:
    page = ("Miller\nCareers lesson plan\n\nWhat does a miller do?\nA miller runs the "
            "rollers.\n\nWho employs millers?\nGranary Holdings, Weald Flour Mills and "
            "Oakes Milling\n")
    employers = {f.text for f in parse_text(page, "miller.txt").employers}
    assert {"Granary Holdings", "Oakes Milling"} <= employers


def test_a_skill_that_looks_like_a_heading_stays_in_its_list() -> None:
    page = ("Pricing Analyst\n\nWhat does a pricing analyst do?\nA pricing analyst sets "
            "prices for a retailer.\n\nKey skills\nDemand Modelling\nResponsible Sourcing\n"
            "Margin Analysis\nSQL\n\nResponsibilities\nSet weekly promotional prices.\n")
    skills = _skills(page, "pricing-analyst.txt")
    assert {"responsible sourcing", "margin analysis", "sql"} <= skills
    assert "set weekly promotional prices" not in skills  # (a known heading ends the list)


def test_what_are_the_ranks_heads_a_ladder() -> None:
    headings = load_headings()
    assert headings.classify("Q. What are the ranks?") == "ladder"
    assert headings.classify("What are the grades?") == "ladder"


RANKS = (
    "Retained Firefighter: frequently asked questions\n"
    "\n"
    "Q. What is the job called?\n"
    "A. Our adverts call it Retained Firefighter; nationally the rank is Firefighter "
    "(Retained).\n"
    "\n"
    "Q. What are the ranks?\n"
    "A. Firefighter (Retained) > Crew Commander > Watch Commander > Station Commander\n"
    "\n"
    "Q. What shifts will I work?\n"
    "A. A pager rota shared by the station team.\n"
)


def test_a_rank_the_page_names_nationally_is_the_roles_rung() -> None:
    guide = parse_text(RANKS, "retained-firefighter.txt")
    rungs = [[f.text for f in chain] for chain in guide.progressions]
    assert rungs and rungs[0][:2] == ["Retained Firefighter", "Crew Commander"]


def test_a_list_before_are_the_skills_is_skills() -> None:
    page = ("How to Become a Plasterer\n\nPart 1 of 2:\nLearning the Trade\n1\nPractise the "
            "basics. Skimming, float finishing and cornice repair are the skills apprentices "
            "spend the first year on.\n2\nLearn the tools. Hawks, trowels and mixing paddles "
            "are what beginners spend their first wages on.\n")
    skills = _skills(page, "plasterer.txt")
    assert {"skimming", "float finishing", "cornice repair"} <= skills
    assert "trowels" not in skills  # (what beginners spend their wages on: no skill)


def test_tools_a_trade_now_uses_are_skills() -> None:
    page = ("Cooper\n\nA history of the trade\n1850s — the age of the hand adze\n"
            "Coopers once shaped every stave by eye. Cooperages now use the stave jointer, "
            "croze machine and hoop driver.\n")
    assert {"stave jointer", "croze machine", "hoop driver"} <= _skills(page, "cooper.txt")


def test_a_run_in_duties_label_over_two_titled_names() -> None:
    page = ("Freight bulletin — this week's openings\n\n=== NEW THIS WEEK ===\n\n"
            "1) TRANSPORT PLANNER — Kelso Haulage, Dundee\n"
            "   Pay: £31,000 a year\n"
            "   What you'll do: Load Planning and Fleet Telematics.\n")
    skills = _skills(page, "transport-planner.txt")
    assert {"load planning", "fleet telematics"} <= skills


def test_duties_that_name_posts_are_no_skills() -> None:
    page = ("Return-to-work plan — Bakery Operative\n\n"
            "ALTERNATIVE DUTIES (weeks 1-4): Dough Mixer, Packing Line Operator\n")
    skills = _skills(page, "bakery-operative.txt")
    assert "packing line operator" not in skills
