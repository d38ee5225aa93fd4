"""The long-form layout, on the two bundled long-form guides."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_file, parse_text
from careergraph.guides.longform import Kind, classify_heading
from careergraph.model import Fact, Guide, Layout, SkillKind
from careergraph.resources import guides_dir

LEAD = "lead-mlops-engineer.longform.txt"
SENIOR = "senior-mlops-engineer.longform.txt"


@pytest.fixture(scope="module")
def lead() -> Guide:
    [guide] = parse_file(guides_dir() / LEAD, name=LEAD)
    return guide


@pytest.fixture(scope="module")
def senior() -> Guide:
    [guide] = parse_file(guides_dir() / SENIOR, name=SENIOR)
    return guide


def texts(facts: Sequence[Fact]) -> list[str]:
    return [fact.text for fact in facts]


def skills(guide: Guide, kind: SkillKind) -> list[str]:
    return [s.text for s in guide.skills if s.kind is kind]


def test_inferred_roles(lead: Guide, senior: Guide) -> None:
    assert lead.layout is Layout.LONGFORM
    assert (lead.role.text, lead.role.source.line) == ("Lead MLOps Engineer", 2)
    assert senior.role.text == "Senior Machine Learning Operations (MLOps) Engineer"
    assert senior.role.source.line == 2
    # Other spellings ("… Operations Engineer", line 74) are left to name resolution.
    assert senior.aliases == []
    assert lead.aliases == []


def test_arrow_chain_and_role_list_progressions(lead: Guide) -> None:
    chains = [[(f.text, f.source.line) for f in chain] for chain in lead.progressions]
    assert chains[0] == [
        ("Junior MLOps Engineer", 20),
        ("MLOps Engineer", 20),
        ("Senior MLOps Engineer", 20),
        ("MLOps Team Lead", 20),
        ("Director of MLOps", 20),
    ]
    assert chains[1] == [
        ("Junior MLOps Engineer", 105),
        ("MLOps Engineer", 106),
        ("Senior MLOps Engineer", 107),
        ("Lead MLOps Engineer", 108),
    ]
    assert len(chains) == 2


def test_labels_that_are_not_roles_make_no_chain(senior: Guide) -> None:
    assert senior.progressions == []
    assert (
        "Gain foundational knowledge in algorithms, data structures, and software engineering"
        in texts(senior.development_suggestions)
    )


def test_advancement_roles_in_prose(senior: Guide, lead: Guide) -> None:
    assert [(f.text, f.source.line) for f in senior.leads_to] == [
        ("AI Operations Manager", 109),
        ("Head of AI Infrastructure", 109),
    ]
    assert lead.leads_to == []


def test_tools(lead: Guide, senior: Guide) -> None:
    tools = skills(lead, SkillKind.TOOL)
    for name in (
        "TensorFlow",
        "PyTorch",
        "Keras",
        "Scikit-Learn",
        "Ansible",
        "Terraform",
        "SageMaker",
        "Google Cloud ML Engine",
        "Apache Spark",
        "Hadoop",
        "MLflow",
        "Kubeflow",
        "R",
        "Git",
        "Databricks",
    ):
        assert name in tools
    assert len(tools) == len(set(tools))
    assert next(s for s in lead.skills if s.text == "SageMaker").source.line == 74
    senior_tools = skills(senior, SkillKind.TOOL)
    assert {"MLFlow", "ModelDB", "Data Version Control", "PostgreSQL", "SQL"} <= set(senior_tools)
    # "(Master's or Ph.D.)" is a list, but not of tools.
    assert not any("Master" in t or t.startswith("Ph") for t in senior_tools)
    # Companies in market prose are neither tools nor employers.
    assert "Microsoft" not in tools and "DataRobot" not in tools
    assert lead.employers == [] and senior.employers == []


def test_technical_and_soft_skills(lead: Guide, senior: Guide) -> None:
    technical = skills(lead, SkillKind.TECHNICAL)
    assert technical[:3] == ["Programming Languages", "Machine Learning", "DevOps and CI/CD"]
    assert "Containerization and Orchestration" in technical
    assert "Expertise in Docker and Kubernetes" not in technical  # a requirement, not a label
    assert skills(lead, SkillKind.SOFT)[:4] == [
        "Problem-Solving",
        "Communication",
        "Collaboration",
        "Leadership",
    ]
    soft = skills(senior, SkillKind.SOFT)
    assert "Stakeholder management" in soft
    assert "Adaptability and willingness to learn" in soft  # glued sentence cut off
    assert "Ethical Awareness" in soft
    for guide in (lead, senior):
        keys = [(s.kind, s.text.lower()) for s in guide.skills]
        assert len(keys) == len(set(keys))


def test_salaries(lead: Guide, senior: Guide) -> None:
    first = lead.salaries[0]
    assert (first.min, first.max, first.level, first.source.line) == (165000, 207125, "lead", 20)
    by_line = {s.source.line: s for s in lead.salaries}
    assert 174 not in by_line  # "$1.1 billion" market size
    assert (
        by_line[152].label == "Lead Machine Learning Engineer Salaries / Range in Major Tech Hubs"
    )
    assert (by_line[152].min, by_line[152].max) == (201400, 244210)
    assert (by_line[150].min, by_line[150].max, by_line[150].level) == (None, 180000, "senior")
    assert (by_line[137].min, by_line[137].max, by_line[137].open_ended) == (131158, 200000, True)
    # "with top earners reaching $135,000 or more" (line 108) is the top tail told in prose,
    # one side of a distribution and no band (dev README; set 33's truth); the labelled
    # "Top Earners: $220,000+" row below is a band
    assert 108 not in {s.source.line for s in senior.salaries}
    levels = [(s.label, s.level, s.min, s.max, s.open_ended) for s in senior.salaries[0:4]]
    assert levels == [
        ("General Salary Range / Entry-Level", "entry", 85000, 110000, False),
        ("General Salary Range / Mid-Level", "mid", 110000, 150000, False),
        ("General Salary Range / Senior-Level", "senior", 140000, 220000, False),
        ("General Salary Range / Top Earners", "top", 220000, None, True),
    ]
    assert len(lead.salaries) == 11 and len(senior.salaries) == 8


def test_sectors_from_prose_only(lead: Guide, senior: Guide) -> None:
    assert [(f.text, f.source.line) for f in senior.sectors] == [
        ("finance", 104),
        ("healthcare", 104),
        ("e-commerce", 104),
        ("tech", 132),
    ]
    assert texts(lead.sectors) == ["healthcare", "finance", "technology", "e-commerce"]


def test_responsibilities_requirements_challenges(lead: Guide, senior: Guide) -> None:
    responsibilities = texts(lead.responsibilities)
    assert "ML Model Deployment and Management" in responsibilities  # numbered sub-head
    assert "Drive prototypes from development to production" in responsibilities
    assert "Adapt to fast-paced, dynamic environments" in responsibilities
    assert texts(lead.requirements)[5].startswith("Bachelor's or Master's degree")
    assert texts(lead.challenges)[0] == "Managing large, complex datasets from multiple sources"
    assert (
        "Implement robust data governance, cataloging tools, and a central data repository"
        in texts(lead.best_practices)
    )  # a "Solution:" line
    assert (
        texts(senior.best_practices)[-1]
        == "Develop reusable frameworks and focus on code optimization."
    )
    assert len(senior.challenges) == 25


def test_summary_and_growth(lead: Guide, senior: Guide) -> None:
    assert lead.summary is not None and lead.summary.source.line == 2
    assert senior.summary is not None and senior.summary.text.startswith("The role of a Senior")
    assert lead.growth_trend is not None and lead.growth_trend.source.line == 120
    assert senior.growth_trend is not None and senior.growth_trend.source.line == 101


def test_coverage_is_honest(lead: Guide, senior: Guide) -> None:
    assert 0.75 < lead.coverage.ratio < 0.9
    assert 0.7 < senior.coverage.ratio < 0.9
    unused = {u.line for u in lead.coverage.unused}
    assert {22, 174, 181} <= unused  # intro prose, market size, "Key Players" companies
    assert 2 not in unused and 20 not in unused
    assert lead.coverage.content_lines == len(lead.coverage.used_lines) + len(unused)


def test_classify_heading() -> None:
    assert classify_heading("Essential Soft Skills") is Kind.SOFT_SKILLS
    assert classify_heading("Educational and Experience Requirements") is Kind.REQUIREMENTS
    assert classify_heading("Career Path and Salary") is Kind.SALARY
    assert classify_heading("Common Challenges") is Kind.CHALLENGES
    assert classify_heading("Mid-level to Senior MLOps Engineers") is Kind.OTHER


def test_role_from_a_title_line_when_prose_names_none() -> None:
    guide = parse_text("Data Engineer\nKey Responsibilities\n- Build pipelines", "d.txt")
    assert (guide.role.text, texts(guide.responsibilities)) == (
        "Data Engineer",
        ["Build pipelines"],
    )


def test_no_role_is_an_error() -> None:
    with pytest.raises(GuideError) as info:
        parse_text("Overview\nThis is about pipelines.\n- Build things", "x.txt")
    assert (info.value.file, info.value.line) == ("x.txt", 1)
    assert "no role" in info.value.problem


def test_advancement_roles_containing_and_stay_whole() -> None:
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    text = ("Clear career advancement paths (e.g., Trust and Safety Applications Engineer, "
            "Head of Research and Development, Data Engineer and ML Engineer)")
    assert vocab.enumerated_roles(text) == [
        "Trust and Safety Applications Engineer", "Head of Research and Development",
        "Data Engineer", "ML Engineer",
    ]


def test_enumerations_after_text_whose_lower_case_is_longer() -> None:
    # "İ".lower() is two characters: positions found in a lowered copy would point past the
    # trigger (or past the end of the text) and crash the parse.
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    text = "İstanbul İzmir teams use tools such as Zorblat, Quuxify and Frobnitz"
    assert vocab.enumerated_names(text) == ["Zorblat", "Quuxify", "Frobnitz"]
    assert vocab.enumerated_names("İ" * 10 + " like") == []
