"""The career graph of the bundled corpus: resolution, facts, provenance, determinism."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from careergraph import CareerGraph, ResolveError
from careergraph.model import EdgeType, NodeType
from careergraph.resources import guides_dir

CARD_EMPLOYERS = {
    "Amazon", "Google", "Microsoft", "Apple", "Meta", "Netflix", "Uber", "Airbnb", "Stripe",
    "Salesforce", "NVIDIA", "IBM", "OpenAI", "Anthropic", "Databricks", "Snowflake",
    "Palantir", "ServiceNow", "JPMorgan Chase",
}


@pytest.mark.parametrize("names", [
    ("MLOps Engineer", "MLOps / ML Platform Engineer"),
    ("Senior MLOps Engineer", "Senior Machine Learning Operations (MLOps) Engineer",
     "Senior MLOps / Senior ML Platform Engineer"),
    ("Lead MLOps Engineer",),
])
def test_spellings_of_one_job_are_one_role(corpus_graph: CareerGraph,
                                           names: tuple[str, ...]) -> None:
    ids = {corpus_graph.match(n).id for n in names}
    assert len(ids) == 1
    (role_id,) = ids
    aliases = set(corpus_graph.node(role_id)["aliases"])
    assert set(names) <= aliases


def test_senior_role_is_named_as_the_guides_write_it(corpus_graph: CareerGraph) -> None:
    card = corpus_graph.role("Senior Machine Learning Operations (MLOps) Engineer")
    assert card.name == "Senior MLOps Engineer"
    assert card.id == "role:senior-mlops-engineer"
    assert card.guides == ["senior-mlops-engineer.longform.txt"]


def test_both_lead_guides_feed_one_role(corpus_graph: CareerGraph) -> None:
    card = corpus_graph.role("Lead MLOps Engineer")
    assert card.guides == ["lead-mlops-engineer.card.txt", "lead-mlops-engineer.longform.txt"]
    skill_files = {s.file for skill in card.skills for s in skill.sources}
    assert skill_files == set(card.guides)
    assert card.level.value == "lead"


def test_employers_are_exactly_the_companies_named_as_hiring(corpus_graph: CareerGraph) -> None:
    names = [attrs["name"] for _, attrs in corpus_graph.nodes(NodeType.EMPLOYER)]
    assert sorted(names) == sorted(CARD_EMPLOYERS)
    manager = corpus_graph.role("Machine Learning Operations Manager")
    assert "JPMorgan Chase" in {e.name for e in manager.employers}
    assert len(manager.employers) == 15


def test_lead_card_often_missing_skills_each_once(corpus_graph: CareerGraph) -> None:
    expected = {"Production Monitoring", "Incident Management", "Model Risk Management",
                "Cost Optimization", "Data Quality Management", "Release Management",
                "Security Practices", "Cross Team Communication"}
    card = corpus_graph.role("Lead MLOps Engineer")
    missing = [s for s in card.skills if "often_missing" in s.kinds
               and any(src.file == "lead-mlops-engineer.card.txt" for src in s.sources)]
    assert sorted(s.name for s in missing) == sorted(expected)
    assert all(s.sources[0].line == 42 for s in missing)


def test_card_salaries_are_numbers(corpus_graph: CareerGraph) -> None:
    card = corpus_graph.role("Lead MLOps Engineer")
    bands = {(s.level, s.min, s.max) for s in card.salaries
             if s.source.file == "lead-mlops-engineer.card.txt"}
    assert bands == {("entry", 140000, 180000), ("mid", 180000, 230000),
                     ("senior", 230000, 320000)}
    platform = corpus_graph.role("MLOps Engineer")
    senior_band = [s for s in platform.salaries if s.level == "senior"
                   and s.source.file == "mlops-ml-platform-engineer.card.txt"]
    assert senior_band[0].min == 210000 and senior_band[0].max == 300000
    assert senior_band[0].open_ended


def test_salaries_stated_for_other_roles_go_to_those_roles(corpus_graph: CareerGraph) -> None:
    # The Lead long-form guide quotes neighbouring roles' pay under their own sub-headings.
    lead = corpus_graph.role("Lead MLOps Engineer")
    assert {s.source.line for s in lead.salaries
            if s.source.file == "lead-mlops-engineer.longform.txt"} == {
        20, 137, 149, 150, 157, 158, 159}
    median = next(s for s in corpus_graph.role("MLOps Engineer").salaries
                  if s.source.line == 146)
    assert (median.statistic, median.min, median.max, median.role) == (
        "median", 160000, 160000, "MLOps Engineer")
    team_lead = corpus_graph.role("MLOps Team Lead").salaries
    assert [(s.statistic, s.min, s.source.line) for s in team_lead] == [
        ("average", 137700, 154)]
    ml_lead = corpus_graph.role("Lead Machine Learning Engineer").salaries
    assert [(s.min, s.max, s.source.line) for s in ml_lead] == [(201400, 244210, 152)]


def test_every_edge_and_node_has_provenance(corpus_graph: CareerGraph) -> None:
    files = {p.name for p in guides_dir().iterdir()}
    line_counts = {p.name: len(p.read_text(encoding="utf-8").splitlines())
                   for p in guides_dir().iterdir()}
    for _, attrs in corpus_graph.nodes():
        assert attrs["sources"]
    for _, _, attrs in corpus_graph.edges():
        assert attrs["sources"]
        for source in attrs["sources"]:
            assert source["file"] in files
            assert 1 <= source["line"] <= line_counts[source["file"]]


def test_no_self_loops_and_the_dropped_one_is_explained(corpus_graph: CareerGraph) -> None:
    assert not [e for e in corpus_graph.nx.edges() if e[0] == e[1]]
    manager = corpus_graph.role("MLOps Manager")
    assert manager.name == "Machine Learning Operations Manager"
    dropped = [d for d in corpus_graph.report.dropped if d.node == manager.id]
    assert [d.text for d in dropped] == ["MLOps Manager"]


def test_every_role_has_a_level_and_track(corpus_graph: CareerGraph) -> None:
    for _, attrs in corpus_graph.nodes(NodeType.ROLE):
        assert attrs["level"] and attrs["track"] and 1 <= attrs["rank"] <= 8
    assert corpus_graph.role("Director of MLOps").track.value == "management"
    assert corpus_graph.role("Principal MLOps Engineer").track.value == "individual_contributor"


def test_progression_chain_of_the_longform_guide(corpus_graph: CareerGraph) -> None:
    chain = ["Junior MLOps Engineer", "MLOps Engineer", "Senior MLOps Engineer",
             "MLOps Team Lead", "Director of MLOps"]
    ids = [corpus_graph.find(n) for n in chain]
    for before, after in itertools.pairwise(ids):
        assert corpus_graph.nx.has_edge(before, after, key=EdgeType.LEADS_TO.value)


def test_building_is_deterministic() -> None:
    first = CareerGraph.from_guides(guides_dir()).to_json()
    second = CareerGraph.from_guides(guides_dir()).to_json()
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)


def test_save_and_load_round_trip(corpus_graph: CareerGraph, tmp_path: Path) -> None:
    path = corpus_graph.save(tmp_path / "g.json")
    back = CareerGraph.load(path)
    assert back.to_json() == corpus_graph.to_json()
    assert back.role("MLOps Engineer") == corpus_graph.role("MLOps Engineer")


def test_unknown_and_ambiguous_names_raise_with_candidates(corpus_graph: CareerGraph) -> None:
    with pytest.raises(ResolveError) as unknown:
        corpus_graph.match("Astronaut")
    assert "no role named" in str(unknown.value)
    with pytest.raises(ResolveError) as vague:
        corpus_graph.match("MLOps")
    assert vague.value.candidates


def test_misspelling_resolves_with_a_score(corpus_graph: CareerGraph) -> None:
    match = corpus_graph.match("Machine Lerning Operations Manager")
    assert match.name == "Machine Learning Operations Manager"
    assert 88 <= match.score < 100


def test_coverage_of_card_guides_is_complete(corpus_graph: CareerGraph) -> None:
    stats = {g.file: g for g in corpus_graph.stats().guides}
    for name, guide in stats.items():
        if name.endswith(".card.txt"):
            assert guide.coverage == 1.0, name
        assert guide.content_lines > 0


def test_bundled_totals_by_type(corpus_graph: CareerGraph) -> None:
    # The bundled build's facts by type: a rule that adds or drops a bundled fact changes
    # these, and the README's sample output and the notebook test must say why.
    stats = corpus_graph.stats_data()
    assert stats["nodes"] == {"Role": 38, "Skill": 127, "Sector": 15, "Employer": 19}
    assert stats["edges"] == {"LEADS_TO": 24, "TRANSITIONS_TO": 15, "REQUIRES": 165,
                              "HIRES": 41, "IN_SECTOR": 31, "RELATED_TO": 15}


def test_entry_point_backgrounds_name_their_practitioners(corpus_graph: CareerGraph) -> None:
    # "Entry Point: Professionals often transition from software development, data science,
    # or computer science backgrounds": each field's practitioner moves in, from that line.
    into_senior = {
        source: [s["line"] for s in attrs["sources"]]
        for source, target, attrs in corpus_graph.edges()
        if target == "role:senior-mlops-engineer" and attrs["type"] == "LEADS_TO"
        and any(s["file"] == "senior-mlops-engineer.longform.txt" and s["line"] == 86
                for s in attrs["sources"])}
    assert set(into_senior) == {"role:software-developer", "role:data-scientist",
                                "role:computer-scientist"}
