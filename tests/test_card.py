"""The card layout, on the three bundled cards."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_file, parse_text
from careergraph.guides.layout import split_card_line
from careergraph.model import Fact, Guide, Layout, Severity, SkillKind
from careergraph.resources import guides_dir

LEAD = "lead-mlops-engineer.card.txt"
MANAGER = "machine-learning-operations-manager.card.txt"
PLATFORM = "mlops-ml-platform-engineer.card.txt"
CARDS = (LEAD, MANAGER, PLATFORM)


@pytest.fixture(scope="module")
def cards() -> dict[str, Guide]:
    out = {}
    for name in CARDS:
        [guide] = parse_file(guides_dir() / name, name=name)
        out[name] = guide
    return out


def texts(facts: Sequence[Fact]) -> list[str]:
    return [fact.text for fact in facts]


def skills(guide: Guide, kind: SkillKind) -> list[str]:
    return [s.text for s in guide.skills if s.kind is kind]


@pytest.mark.parametrize("name", CARDS)
def test_every_content_line_of_a_card_is_used(cards: dict[str, Guide], name: str) -> None:
    coverage = cards[name].coverage
    assert cards[name].layout is Layout.CARD
    assert coverage.unused == []
    assert coverage.ratio == 1.0
    assert coverage.content_lines > 40


def test_titles(cards: dict[str, Guide]) -> None:
    assert {name: g.role.text for name, g in cards.items()} == {
        LEAD: "Lead MLOps Engineer",
        MANAGER: "Machine Learning Operations Manager",
        PLATFORM: "MLOps / ML Platform Engineer",
    }
    assert all(g.role.source.line == 1 for g in cards.values())


def test_employers_are_whole_and_spelled_as_written(cards: dict[str, Guide]) -> None:
    lead = texts(cards[LEAD].employers)
    assert lead == [
        "Amazon",
        "Google",
        "Microsoft",
        "Apple",
        "Meta",
        "Netflix",
        "Uber",
        "Airbnb",
        "Stripe",
        "Salesforce",
        "NVIDIA",
        "IBM",
    ]
    manager = texts(cards[MANAGER].employers)
    assert manager[-7:] == [
        "Salesforce",
        "ServiceNow",
        "Databricks",
        "Snowflake",
        "NVIDIA",
        "Stripe",
        "JPMorgan Chase",
    ]
    platform = texts(cards[PLATFORM].employers)
    assert platform[5:9] == ["NVIDIA", "OpenAI", "Anthropic", "Databricks"]
    distinct = {e for g in cards.values() for e in texts(g.employers)}
    assert len(distinct) == 19
    assert distinct == {
        "Amazon",
        "Google",
        "Microsoft",
        "Apple",
        "Meta",
        "Netflix",
        "Uber",
        "Airbnb",
        "Stripe",
        "Salesforce",
        "NVIDIA",
        "IBM",
        "ServiceNow",
        "Databricks",
        "Snowflake",
        "JPMorgan Chase",
        "OpenAI",
        "Anthropic",
        "Palantir",
    }
    assert {e.source.line for e in cards[MANAGER].employers} == {73}


def test_no_warnings_when_every_employer_is_known(cards: dict[str, Guide]) -> None:
    assert all(g.problems == [] for g in cards.values())


def test_often_missing_skills_of_the_lead_card(cards: dict[str, Guide]) -> None:
    missing = skills(cards[LEAD], SkillKind.OFTEN_MISSING)
    assert missing == [
        "Production Monitoring",
        "Incident Management",
        "Model Risk Management",
        "Cost Optimization",
        "Data Quality Management",
        "Release Management",
        "Security Practices",
        "Cross Team Communication",
    ]
    assert len(set(missing)) == 8


def test_often_missing_skills_split_at_parentheses(cards: dict[str, Guide]) -> None:
    missing = skills(cards[PLATFORM], SkillKind.OFTEN_MISSING)
    assert missing[0] == "Production-grade software practices (tests, reliability, maintainability)"
    assert missing[1] == "Kubernetes and cloud deployment experience"
    assert len(missing) == 6
    assert len(skills(cards[MANAGER], SkillKind.OFTEN_MISSING)) == 7


def test_top_skills_and_tools(cards: dict[str, Guide]) -> None:
    top = skills(cards[PLATFORM], SkillKind.TOP)
    assert "Containers and orchestration (Docker, Kubernetes)" in top
    assert "Python and at least one additional backend language (often Go/Java)" in top
    assert len(top) == 10
    assert skills(cards[PLATFORM], SkillKind.TOOL) == [
        "Docker",
        "Kubernetes",
        "Python",
        "Go",
        "Java",
    ]
    docker = next(s for s in cards[PLATFORM].skills if s.text == "Docker")
    assert docker.source.line == 15
    assert len(skills(cards[LEAD], SkillKind.TOP)) == 13
    assert len(skills(cards[MANAGER], SkillKind.TOP)) == 16


def test_leads_to_and_transitions_are_verbatim(cards: dict[str, Guide]) -> None:
    assert texts(cards[PLATFORM].leads_to) == [
        "Senior MLOps / Senior ML Platform Engineer",
        "ML Platform Tech Lead / Engineering Lead",
        # level words joined by a slash name one title each (the truth convention)
        "Staff Platform Engineer (AI/ML)",
        "Principal Platform Engineer (AI/ML)",
        "AI Infrastructure Engineer",
        "Site Reliability Engineer (SRE) for ML systems",
    ]
    assert texts(cards[LEAD].leads_to)[-1] == "Director of Machine Learning Platform"
    assert texts(cards[LEAD].transitions_to) == [
        "Site Reliability Engineer",
        "Platform Engineer",
        "Machine Learning Engineer",
        "Data Engineering Lead",
        "Solutions Architect",
    ]
    assert texts(cards[MANAGER].transitions_to)[2:] == [
        "Head of MLOps",
        "Head of AI Operations",
        "VP of Engineering",
    ]
    assert [f.source.line for f in cards[MANAGER].leads_to] == [43, 44, 45, 46, 47]


def test_next_steps_have_numbers_stripped(cards: dict[str, Guide]) -> None:
    lead = cards[LEAD].next_steps
    assert len(lead) == 7
    assert (
        lead[0].text
        == "Lead a project that standardizes model deployment and monitoring across teams"
    )
    assert lead[0].source.line == 57
    assert lead[-1].text.endswith("deployment templates and monitoring examples")
    assert not any(step.text[-1].isdigit() for step in lead)
    manager = cards[MANAGER].next_steps
    assert len(manager) == 8
    assert manager[0].text == "Audit current model release process and map failure points"
    assert [s.source.line for s in manager] == [80, 82, 84, 86, 88, 90, 92, 94]
    platform = cards[PLATFORM].next_steps
    assert len(platform) == 7
    assert platform[0].text.endswith("deploys and monitors a model")


def test_salaries(cards: dict[str, Guide]) -> None:
    lead = [(s.level, s.label, s.currency, s.min, s.max) for s in cards[LEAD].salaries]
    assert lead == [
        ("entry", "Entry Level", "USD", 140000, 180000),
        ("mid", "Mid Level", "USD", 180000, 230000),
        ("senior", "Senior Level", "USD", 230000, 320000),
    ]
    entry, mid, senior = cards[PLATFORM].salaries
    assert (entry.min, entry.max, entry.open_ended) == (120000, 155000, False)
    assert entry.note is not None and "varies widely" in entry.note
    assert (mid.min, mid.max) == (155000, 210000)
    assert (senior.min, senior.max, senior.open_ended) == (210000, 300000, True)
    assert senior.source.line == 44


def test_sectors(cards: dict[str, Guide]) -> None:
    assert texts(cards[LEAD].sectors)[:4] == [
        "Technology",
        "Financial Services",
        "Healthcare",
        "Retail and Ecommerce",
    ]
    assert len(cards[MANAGER].sectors) == 10
    assert texts(cards[PLATFORM].sectors) == [
        "Big tech and AI-first companies",
        "Financial services (fraud, risk, personalization)",
        "Healthcare and biotech (analytics, imaging, operations)",
        "Retail and e-commerce (recommendations, demand forecasting)",
        "Media/advertising (ranking and targeting)",
        "Manufacturing and logistics (quality, routing, predictive maintenance)",
        "Cybersecurity (detection and response)",
    ]


def test_summary_growth_and_suggestions(cards: dict[str, Guide]) -> None:
    manager = cards[MANAGER]
    assert manager.summary is not None and manager.summary.source.line == 4
    assert manager.summary.text.startswith("A Machine Learning Operations Manager leads")
    assert cards[LEAD].summary is None
    growth = cards[LEAD].growth_trend
    assert growth is not None and growth.source.line == 50
    assert growth.text.endswith("expectations increase.")  # "Companies Hiring" cut off
    assert texts(cards[LEAD].development_suggestions) == [
        "Strengthen production readiness by owning a full model deployment lifecycle, "
        "including monitoring and incident response.",
        "Build depth in reliability and security standards.",
        "Practice communicating tradeoffs and timelines to non technical partners.",
    ]
    assert len(cards[LEAD].responsibilities) == 10
    assert len(cards[MANAGER].responsibilities) == 12  # "  • " bullets


def test_glued_headings() -> None:
    assert split_card_line("Entry LevelUSD 140,000 to 180,000") == [
        ("Entry Level", ""),
        (None, "USD 140,000 to 180,000"),
    ]
    assert split_card_line("Development SuggestionsStrengthen depth.") == [
        ("Development Suggestions", ""),
        (None, "Strengthen depth."),
    ]


def test_unknown_employer_warns_with_line() -> None:
    text = (
        "Data Engineer\nCareer Guide\nMajor Employers\nGoogleAcmeRoboticsIBM\nCan Lead To\nX Lead"
    )
    guide = parse_text(text, "d.txt")
    assert texts(guide.employers) == ["Google", "Acme", "Robotics", "IBM"]
    assert [(p.line, p.severity) for p in guide.problems] == [(4, Severity.WARNING)] * 2
    assert "'Acme'" in guide.problems[0].message


def test_salary_line_without_amount_warns() -> None:
    text = (
        "Data Engineer\nCareer Guide\nMedian Salary Range\nEntry LevelCompetitive\nCan Lead To\nY"
    )
    guide = parse_text(text, "d.txt")
    assert guide.salaries == []
    [problem] = guide.problems
    assert problem.line == 4 and "no amount" in problem.message


def test_card_without_title_is_an_error() -> None:
    with pytest.raises(GuideError) as info:
        parse_text("Career GuideKey Responsibilities\n- Build\nCan Lead To\nX", "t.txt")
    assert info.value.file == "t.txt" and info.value.line == 1
