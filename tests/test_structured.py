"""Structured YAML/JSON guides: schema, exact source lines, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from careergraph.errors import GuideError
from careergraph.guides import parse_file
from careergraph.guides.structured import StructuredGuide, parse_structured
from careergraph.model import Layout, Seniority, SkillKind

FIXTURES = Path(__file__).parent / "fixtures" / "guides"


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_yaml_fixture() -> None:
    path = FIXTURES / "data-engineer.yaml"
    [guide] = parse_file(path, name="data-engineer.yaml")
    assert guide.layout is Layout.STRUCTURED
    assert (guide.role.text, guide.role.source.label) == ("Data Engineer", "data-engineer.yaml:2")
    assert guide.level is Seniority.MID
    assert [a.text for a in guide.aliases] == ["Data Platform Engineer"]
    tools = [(s.text, s.source.line) for s in guide.skills if s.kind is SkillKind.TOOL]
    assert tools == [
        (name, line_of(path, "tool: [SQL")) for name in ("SQL", "Apache Spark", "Airflow")
    ]
    assert [s.text for s in guide.skills if s.kind is SkillKind.OFTEN_MISSING] == [
        "Data Quality Management"
    ]
    entry, senior = guide.salaries
    assert (entry.level, entry.min, entry.max, entry.source.line) == (
        "entry",
        95000,
        120000,
        line_of(path, "- level: entry"),
    )
    assert (senior.max, senior.open_ended, senior.note) == (None, True, "higher in big tech")
    assert [[f.text for f in chain] for chain in guide.progressions] == [
        ["Junior Data Engineer", "Data Engineer", "Senior Data Engineer"]
    ]
    assert guide.summary is not None and guide.summary.source.line == line_of(path, "summary:")
    assert [e.text for e in guide.employers] == ["Databricks", "Snowflake", "JPMorgan Chase"]
    assert guide.next_steps[0].source.line == line_of(path, "Build a streaming pipeline")
    assert guide.coverage.ratio == 1.0 and guide.problems == []


def test_json_fixture_with_escapes_and_tabs() -> None:
    path = FIXTURES / "data-engineer.json"
    first, second = parse_file(path, name="data-engineer.json")
    assert first.summary is not None
    assert first.summary.text == "Builds pipelines — batch and streaming / real-time."
    assert first.role.source.line == line_of(path, '"role": "Data Engineer"')
    assert [(s.text, s.source.line) for s in first.skills if s.kind is SkillKind.TOOL] == [
        ("SQL", line_of(path, '"tool"')),
        ("Apache Spark", line_of(path, '"tool"')),
    ]
    assert first.salaries[0].source.line == line_of(path, '"level": "mid"')
    assert (second.role.text, second.leads_to[0].text) == (
        "Analytics Engineer",
        "Senior Analytics Engineer",
    )
    assert first.problems == []


def test_json_and_yaml_agree_with_the_standard_loaders() -> None:
    data = json.loads((FIXTURES / "data-engineer.json").read_text(encoding="utf-8"))
    assert data["guides"][0]["summary"].startswith("Builds pipelines \u2014")
    spec = yaml.safe_load((FIXTURES / "data-engineer.yaml").read_text(encoding="utf-8"))
    assert StructuredGuide.model_validate(spec).role == "Data Engineer"


def test_json_astral_escape_is_one_character() -> None:
    [guide] = parse_structured(
        '{"role": "Caf\\u00e9 Lead \\ud83d\\ude00 Engineer"}', "x.json", json_mode=True
    )
    assert guide.role.text == "Café Lead 😀 Engineer"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("role: X\nskills:\n  top: [a]\n  tol: [b]\n", 4, "skills.tol: unknown key"),
        ("role: X\nsalaries:\n  - label: L\n    min: -5\n", 4, "salaries.0.min"),
        ("role: X\nlevel: boss\n", 2, "level"),
        ("guides:\n  - role: A\n  - summary: only\n", 3, "guides.1.role: Field required"),
        ("role: X\nrole: Y\n", 2, "duplicate key 'role'"),
        ("role: X\nprogressions:\n  - [Solo]\n", 3, "progressions.0"),
        ("role: ''\n", 1, "role"),
        ("role: X\n  bad: [\n", 2, "not valid YAML"),
        ("- a\n- b\n", 1, "must be a mapping"),
    ],
)
def test_yaml_errors_name_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(GuideError) as info:
        parse_structured(text, "bad.yaml")
    assert info.value.file == "bad.yaml"
    assert info.value.line == line
    assert words in str(info.value)


def test_json_syntax_error_position() -> None:
    with pytest.raises(GuideError) as info:
        parse_structured('{\n  "role": "X",\n  "sectors": [1,,]\n}', "bad.json", json_mode=True)
    assert (info.value.line, "not valid JSON" in info.value.problem) == (3, True)


def test_yes_and_no_stay_text() -> None:
    [guide] = parse_structured("role: X\nemployers: [yes, 3M]\n", "x.yaml")
    assert [e.text for e in guide.employers] == ["yes", "3M"]
