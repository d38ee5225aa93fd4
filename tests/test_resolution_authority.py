"""Resolution on ESCO-style structured guides (tests/fixtures/esco): guides are authorities for
their own role, shared alternative labels are ambiguous, names keep what carries meaning,
levels come from the role's own title, and every merge or refusal is explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.errors import EXIT_CODES, AmbiguousNameError, ResolveError
from careergraph.explain import explain_name
from careergraph.guides import load_corpus
from careergraph.model import NodeType, Seniority
from careergraph.routing.skills import match_have

ESCO = Path(__file__).parent / "fixtures" / "esco"


@pytest.fixture(scope="module")
def esco() -> CareerGraph:
    return CareerGraph.from_guides(ESCO)


def _titles() -> list[str]:
    return [g.role.text for g in load_corpus([ESCO]).guides]


def _skills() -> set[str]:
    return {s.text for g in load_corpus([ESCO]).guides for s in g.skills}


def test_one_role_per_title(esco: CareerGraph) -> None:
    titles = _titles()
    nodes = {esco.find(t) for t in titles}
    assert len(nodes) == len(titles) == 15
    guided = [n for n, a in esco.nodes(NodeType.ROLE) if a["guides"]]
    assert sorted(guided) == sorted(nodes)
    for title in titles:
        assert esco.name(esco.find(title)) == title  # the guide's own title names its role


@pytest.mark.parametrize(("name", "roles"), [
    ("CISO", {"chief ICT security officer", "ICT security administrator"}),
    ("application developer", {"software developer", "ICT application developer"}),
    ("programmers", {"software developer", "ICT application developer"}),  # plural alt label
    ("DLT specialist", {"blockchain architect", "blockchain developer"}),
    ("audio editor", {"sound designer", "sound editor"}),
    ("network specialists", {"ICT network engineer", "ICT network technician"}),
])
def test_shared_alternative_labels_are_ambiguous(esco: CareerGraph, name: str,
                                                 roles: set[str]) -> None:
    with pytest.raises(AmbiguousNameError) as err:
        esco.match(name)
    assert {c for c, _ in err.value.candidates} == roles
    reported = [a for a in esco.report.ambiguous
                if {esco.name(c) for c in a.candidates} == roles
                and esco._names().normaliser.key(a.name, role=True)
                == esco._names().normaliser.key(name, role=True)]
    assert len(reported) == 1  # once per build, with both guides
    assert {c.file for c in reported[0].claims} == {
        f for r in roles for f in esco.node(esco.find(r))["guides"]}


def test_an_alias_a_guide_gives_for_its_own_role_still_resolves(esco: CareerGraph) -> None:
    assert esco.match("chief information security officer").name == "chief ICT security officer"
    assert esco.match("ICT security administrators").name == "ICT security administrator"
    assert esco.match("recording engineer").name == "sound engineer (music)"


def test_skills_gap_between_roles_sharing_an_alias_is_not_empty(esco: CareerGraph) -> None:
    gap = esco.skills_gap("ICT security administrator", "chief ICT security officer")
    assert {s.name for s in gap.learn} == {
        "define security strategy", "manage IT security compliances",
        "lead disaster recovery exercises"}


def test_every_skill_is_kept_and_symbols_count(esco: CareerGraph) -> None:
    skills = _skills()
    nodes = {esco.find(s, NodeType.SKILL) for s in skills}
    assert len(nodes) == len(skills) == len(list(esco.nodes(NodeType.SKILL)))
    languages = ["C++", "C#", "C", "F#", ".NET", "Node.js", "CI/CD"]
    assert [esco.match(s, NodeType.SKILL).name for s in languages] == languages
    assert esco.match("c#", NodeType.SKILL).name == "C#"


def test_qualifiers_that_identify_stay_in_identity_and_name(esco: CareerGraph) -> None:
    ml = esco.match("ML (computer programming)", NodeType.SKILL)
    assert ml.name == "ML (computer programming)"
    assert esco.match("machine learning", NodeType.SKILL).id != ml.id
    assert esco.match("SaaS (service-oriented modelling)", NodeType.SKILL).name == \
        "SaaS (service-oriented modelling)"
    film, music = esco.find("sound engineer (film)"), esco.find("sound engineer (music)")
    assert film != music
    with pytest.raises(AmbiguousNameError):
        esco.match("sound engineer")


def test_scope_titles_stay_apart_and_no_bare_generic_head(esco: CareerGraph) -> None:
    assert esco.find("software tester for games") != esco.find("software tester for banking")
    for bare in ("manager", "consultant", "engineer", "Senior Consultant"):
        with pytest.raises(ResolveError) as err:
            esco.match(bare)
        assert "too generic" in str(err.value)
    keys = {esco._names().normaliser.key(a["name"], role=True)
            for _, a in esco.nodes(NodeType.ROLE)}
    assert not keys & {"manager", "consultant", "engineer"}


def test_level_comes_from_the_roles_own_title(esco: CareerGraph) -> None:
    assert esco.role("chief ICT security officer").level is Seniority.C_LEVEL
    assert esco.role("ICT security administrator").level is Seniority.MID
    assert esco.role("consultant for ICT").level is Seniority.SENIOR  # the guide's stated level


def test_an_ambiguous_name_in_a_move_is_dropped_and_explained(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text(yaml.safe_dump({"guides": [
        {"role": "data analyst", "aliases": ["analyst"], "leads_to": ["insights lead"]},
        {"role": "business analyst", "aliases": ["analyst"]},
        {"role": "junior analyst", "leads_to": ["analyst"]},
    ]}), encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    dropped = [d for d in graph.report.dropped if d.text == "analyst"]
    assert len(dropped) == 1 and "ambiguous" in dropped[0].reason
    assert not graph.nx.out_degree(graph.find("junior analyst"))  # no edge to either


def test_user_lexicon_same_and_different_win(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "mine.yaml").write_text(
        "same:\n  - [software developer, ICT application developer]\n"
        "different:\n  - [Problem-Solving, Problem Solving]\n"
        "  - [blockchain architect, blockchain solution architect]\n", encoding="utf-8")
    guides = tmp_path / "g"
    guides.mkdir()
    for name in ("software-developer.yaml", "ict-application-developer.yaml",
                 "blockchain.yaml"):
        (guides / name).write_text((ESCO / name).read_text("utf-8"), encoding="utf-8")
    (guides / "soft.yaml").write_text(yaml.safe_dump({"guides": [
        {"role": "analyst of things", "skills": {"soft": ["Problem-Solving"]}},
        {"role": "analyst of stuff", "skills": {"soft": ["Problem Solving"]}}]}),
        encoding="utf-8")
    graph = CareerGraph.from_guides(guides, lexicon_dirs=[lexicon])
    assert graph.find("software developer") == graph.find("ICT application developer")
    assert graph.match("application developer").name in {"software developer",
                                                          "ICT application developer"}
    skills = {a["name"] for _, a in graph.nodes(NodeType.SKILL)
              if a["name"].lower().startswith("problem")}
    assert skills == {"Problem-Solving", "Problem Solving"}  # bundled lexicon overruled
    assert any(r.names == ["Problem-Solving", "Problem Solving"] for r in graph.report.refusals)
    # "different" even beats a guide's own alias for its own role
    assert graph.find("blockchain architect") != graph.find("blockchain solution architect")


def test_user_lexicon_rejects_a_malformed_same_entry(tmp_path: Path) -> None:
    from careergraph.errors import LexiconError
    from careergraph.lexicon import load_lexicon

    (tmp_path / "bad.yaml").write_text("same:\n  - [only one]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="two or more names"):
        load_lexicon([tmp_path])


def test_every_merge_is_explained_with_rule_source_and_confidence(esco: CareerGraph) -> None:
    card = esco.role("chief information security officer")
    records = {m.text: m for m in card.mentions}
    alias = records["chief information security officer"]
    assert alias.rule == "alias" and alias.confidence == 0.9
    assert alias.file == "chief-ict-security-officer.yaml" and alias.line == 2
    assert "chief-ict-security-officer.yaml:2" in alias.reason
    assert records["CISO"].rule == "ambiguous"
    assert card.lookup is not None and not card.lookup.fuzzy


def test_explain_says_why_a_candidate_was_not_merged(esco: CareerGraph) -> None:
    why = explain_name(esco, "chief ICT security officer")
    assert why.status == "resolved" and why.name == "chief ICT security officer"
    admin = next(c for c in why.not_merged if c.name == "ICT security administrator")
    assert "CISO" in admin.reason and "ambiguous" in admin.reason
    ambiguous = explain_name(esco, "CISO")
    assert ambiguous.status == "ambiguous" and len(ambiguous.candidates) == 2
    assert ambiguous.ambiguity is not None


def test_fuzzy_lookups_say_they_were_fuzzy(esco: CareerGraph) -> None:
    match = esco.match("ICT securty administrator")
    assert match.fuzzy and match.matched == "ICT security administrator"
    assert match.note == (f"matched 'ICT securty administrator' to 'ICT security administrator' "
                          f"({match.score:.0f})")
    assert not esco.match("ICT security administrator").fuzzy


def test_have_an_ambiguous_skill_lists_candidates(tmp_path: Path) -> None:
    (tmp_path / "g.yaml").write_text(
        "role: developer of things\nskills:\n  technical: [Scratch (computer programming),"
        " Scratch (music production)]\n", encoding="utf-8")
    graph = CareerGraph.from_guides(tmp_path)
    (have,) = match_have(graph, "Scratch")
    assert have.id is None and set(have.candidates) == {
        "Scratch (computer programming)", "Scratch (music production)"}


# -- CLI ---------------------------------------------------------------------------------------
def _run(cli: CliRunner, *args: str) -> tuple[int, str]:
    result = cli.invoke(app, list(args))
    return result.exit_code, result.output


def test_cli_role_refuses_an_ambiguous_name_with_the_documented_code(cli: CliRunner) -> None:
    code, out = _run(cli, "role", "CISO", "--guides", str(ESCO))
    assert code == EXIT_CODES[AmbiguousNameError] == 6
    assert "chief ICT security officer" in out and "ICT security administrator" in out
    code, out = _run(cli, "path", "DLT specialist", "Director", "--guides", str(ESCO))
    assert code == 6 and "blockchain architect" in out
    code, out = _run(cli, "role", "manager", "--guides", str(ESCO))
    assert code == 3 and "too generic" in out


def test_cli_role_and_explain_show_rules_and_fuzziness(cli: CliRunner) -> None:
    code, out = _run(cli, "role", "ICT securty administrator", "--guides", str(ESCO))
    assert code == 0
    assert "matched 'ICT securty administrator' to 'ICT security administrator'" in out
    assert "alias, 0.9" in out
    code, out = _run(cli, "role", "ICT securty administrator", "--guides", str(ESCO), "--json")
    assert json.loads(out)["lookup"]["fuzzy"] is True
    code, out = _run(cli, "explain", "chief ICT security officer", "--guides", str(ESCO))
    assert code == 0 and "Not merged" in out and "CISO" in out
    code, out = _run(cli, "explain", "CISO", "--guides", str(ESCO), "--json")
    document = json.loads(out)
    assert code == 0 and document["status"] == "ambiguous" and len(document["candidates"]) == 2


def test_build_report_lists_ambiguous_names_once(cli: CliRunner) -> None:
    code, out = _run(cli, "build", str(ESCO), "--json")
    document = json.loads(out)
    names = [a["name"] for a in document["ambiguous"]]
    assert code == 0 and len(names) == len(set(names)) == 7
    code, out = _run(cli, "build", str(ESCO))
    assert "ambiguous role name 'CISO'" in out
