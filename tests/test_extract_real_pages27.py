"""Structures of real public career pages (helper real27, 2026-12-05), on invented pages.

Hospital careers pages and NHS job boards, airline and cabin-crew guides, utility and city
job postings for line workers, recruitment agencies' job-description templates, Nigerian,
Indian and Philippine career portals, retail guides, army pay listicles and first-person
"what it's like" pieces and interviews on paramedics and electricians: a job board's count
after each employer it lists ("Agincare (109 jobs)") stayed in the name; a template's blank
("[Company Name]") was an employer; "What is it like being a X?", "What's it like to be a
X?" and "What it feels like… to be a X." titles named no role, nor did a title line with its
setting in brackets ("Apprentice Lineman (Underground)", "X (Hospital) in the United
Kingdom"); "pointless calls for headaches and hangovers" read "calls for" as a requirement;
"employed in the following industries: …" gave the sector "following"; and a bracket's
cut-off end ("specific field)"), a programme of study ("General Nursing Programme") and a
clause of time ("After becoming a registered nurse") were skills; a Philippine listicle's bare
pay figures were dollars.
"""

from collections.abc import Iterable

from careergraph.guides import parse_text
from careergraph.model import Fact, Guide


def _parse(page: str) -> Guide:
    return parse_text(page, "page.txt")


def _texts(facts: Iterable[Fact]) -> set[str]:
    """The names of a guide's facts ("guide.skills", "guide.employers")."""
    return {fact.text for fact in facts}


def test_a_job_boards_count_leaves_the_employers_name() -> None:
    guide = _parse("# Porter Jobs in Care Homes\n\n"
                   "## Role Summary\n\n"
                   "Porters move patients, post and supplies around a care home.\n\n"
                   "## Employers Hiring\n\n"
                   "- Willowmere Care Group (212 jobs)\n"
                   "- Brackenfield Homes Ltd. (37 vacancies)\n"
                   "- Oakhollow Living\n")
    employers = _texts(guide.employers)
    assert {"Willowmere Care Group", "Brackenfield Homes Ltd.", "Oakhollow Living"} <= employers
    assert not any("jobs" in name or "vacancies" in name for name in employers)


def test_a_templates_blank_is_no_employer() -> None:
    guide = _parse("Forklift Driver Job Description Template\n"
                   "Job title: Forklift Driver\n"
                   "Company: [Company Name]\n"
                   "Location: [City, State]\n"
                   "Job summary: We are hiring a Forklift Driver to load trailers safely. "
                   "You will use a reach truck and a handheld scanner.\n")
    assert guide.role.text == "Forklift Driver"
    assert not any(name.startswith("[") for name in _texts(guide.employers))


def test_what_its_like_to_be_one_names_the_role() -> None:
    for title in ("What is it like being a lifeguard?",
                  "What's it like to be a lifeguard?",
                  "What it feels like… to be a lifeguard."):
        guide = _parse(f"{title}\n\nBy a reader, Brighton.\n\n"
                       "Most shifts are quiet; then a rip current turns the afternoon.\n")
        assert guide.role.text == "Lifeguard", title


def test_a_setting_in_brackets_leaves_the_title() -> None:
    guide = _parse("Night Porter (Hotel)\n\n"
                   "Under the duty manager, keeps the lobby secure overnight.\n")
    assert guide.role.text == "Night Porter"
    guide = _parse("Care Assistant (Community) in New Zealand\n"
                   "Community care assistants visit clients in their homes.\n")
    assert guide.role.text == "Care Assistant"


def test_calls_as_a_noun_ask_for_no_skill() -> None:
    guide = _parse("Dispatcher\n\n"
                   "A dispatcher sends crews to incidents.\n\n"
                   "A day on the desk\n"
                   "Most nights we field routine calls for lockouts and noise, and the job "
                   "calls for patience and a calm voice.\n")
    skills = _texts(guide.skills)
    assert "patience" in skills
    assert not skills & {"lockouts", "noise"}


def test_a_lists_pointer_is_no_sector() -> None:
    guide = _parse("Quantity Surveyor\n\n"
                   "Quantity surveyors cost building projects.\n\n"
                   "Where they work\n"
                   "Quantity surveyors may be employed in the following industries: "
                   "construction, rail and shipbuilding.\n")
    sectors = _texts(guide.sectors)
    assert "construction" in sectors
    assert "following" not in sectors


def test_a_cut_bracket_a_programme_or_a_time_clause_is_no_skill() -> None:
    guide = _parse("Midwife\n\n"
                   "A midwife cares for mothers before, during and after birth.\n\n"
                   "Skills and training\n"
                   "- Foetal monitoring\n"
                   "- specialist practice)\n"
                   "- Direct Entry Midwifery Programme\n"
                   "- After qualifying as a nurse\n"
                   "- Breastfeeding support\n")
    skills = _texts(guide.skills)
    assert {"Foetal monitoring", "Breastfeeding support"} <= skills
    assert not skills & {"specialist practice)", "Direct Entry Midwifery Programme",
                         "After qualifying as a nurse"}


def test_a_page_on_the_philippines_prints_bare_figures_in_pesos() -> None:
    guide = _parse("Top Trades in the Philippines\n\n"
                   "#1 Welders\n\n"
                   "Welder's Job Description: Welders join steel for shipyards in the "
                   "Philippines and abroad.\n\n"
                   "How to Become a Welder: two years of shop training, then a trade test.\n\n"
                   "Welder's Salary: 216,000 – 300,000 per year\n")
    assert guide.salaries
    assert {salary.currency for salary in guide.salaries} == {"PHP"}
