"""schema.org Occupation markup (JSON-LD): every Occupation node found becomes a guide, with
salary distributions, requirements and each value's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph import CareerGraph
from careergraph.errors import GuideError
from careergraph.guides import load_corpus, parse_file

SCHEMA = Path(__file__).parent / "fixtures" / "taxonomy" / "schemaorg"
GUIDES = Path(__file__).parent / "fixtures" / "guides"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides(SCHEMA)


def test_occupations_anywhere_in_the_markup_are_roles(graph: CareerGraph) -> None:
    names = {a["name"] for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}
    # From an @graph, a top-level list and a Person's hasOccupation (Plumber and Carpenter
    # are joined to Pipefitter and Joiner, the other names they give themselves).
    assert {"Welder", "Electrician", "Master Electrician", "Pipefitter", "Registered Nurse",
            "Joiner", "Site Supervisor", "Construction Manager"} <= names
    assert "Trades careers" not in names  # a WebPage


def test_facts_keep_the_line_of_their_value() -> None:
    [welder] = parse_file(SCHEMA / "welder.jsonld", name="welder.jsonld")
    assert welder.role.source.line == 4
    assert [(a.text, a.source.line) for a in welder.aliases] == [
        ("Welding Technician", 5), ("Fabrication Welder", 5)]
    assert [(s.text, s.source.line) for s in welder.skills][:1] == [("MIG welding", 7)]
    assert [r.text for r in welder.requirements] == [
        "A welding certificate from a recognised training provider.", "certificate",
        "12 months of experience"]


def test_salary_distributions_become_ranges_and_medians(graph: CareerGraph) -> None:
    salaries = graph.nx.nodes["role:welder"]["salaries"]
    assert [(s["min"], s["max"], s["statistic"], s["currency"], s["period"], s["region"])
            for s in salaries] == [(24000, 40000, "range", "GBP", "year", "United Kingdom"),
                                   (31000, 31000, "median", "GBP", "year", "United Kingdom")]
    hourly = graph.nx.nodes["role:master-electrician"]["salaries"][0]
    assert (hourly["min"], hourly["max"], hourly["period"]) == (34, 52, "hour")
    amount = graph.nx.nodes["role:electrician"]["salaries"][0]
    assert (amount["min"], amount["max"]) == (48000, 76000)


def test_a_list_in_one_text_is_split_into_skills(graph: CareerGraph) -> None:
    plumber = graph.role("Plumber")
    assert {"Pipe fitting", "Soldering", "Reading plans"} <= {s.name for s in plumber.skills}


def test_an_alias_naming_another_occupation_joins_them(graph: CareerGraph) -> None:
    # Plumber gives "Pipefitter" as its own other name and Pipefitter has its own markup:
    # the guide is the authority for its alias, as for YAML guides.
    assert graph.role("Pipefitter").id == graph.role("Plumber").id


def test_problems_are_reported(graph: CareerGraph) -> None:
    found = {(p.file, p.line): p.message for p in graph.report.problems}
    assert found[("careers.json", 39)] == "Occupation without a name: not read"
    assert found[("article.jsonld", 1)].startswith("skipped: not a guide")


def test_jsonld_without_an_occupation_given_directly_is_an_error() -> None:
    with pytest.raises(GuideError, match=r"no schema\.org Occupation"):
        load_corpus([SCHEMA / "article.jsonld"], strict=True)


def test_structured_json_guides_are_still_structured() -> None:
    corpus = load_corpus([GUIDES / "data-engineer.json", SCHEMA / "careers.json"])
    assert {g.layout.value for g in corpus.guides} == {"structured", "schema_org"}
