"""Structured guides: YAML or JSON files that state a guide's facts field by field.

The schema is :class:`StructuredGuide` (unknown keys are an error).  A file holds one guide
(a mapping with ``role``) or ``{"guides": [ ... ]}``.  Every fact's source line is the line of
its value in the file: the text is composed with PyYAML (JSON too, as YAML's flow style) and
each node's mark gives its line.  JSON is first checked with :mod:`json`, so a syntax error
is reported at JSON's position.

>>> text = "role: Data Engineer\\nskills:\\n  tool: [SQL, dbt]\\nemployers:\\n  - Stripe\\n"
>>> [guide] = parse_structured(text, "de.yaml")
>>> guide.role.text, [(s.text, s.source.line) for s in guide.skills], guide.employers[0].source.line
('Data Engineer', [('SQL', 3), ('dbt', 3)], 5)
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from careergraph.errors import GuideError
from careergraph.guides.builder import Bucket, GuideBuilder
from careergraph.model import Guide, Layout, SalaryBand, SalaryRange, Seniority, SkillKind
from careergraph.names import name_key
from careergraph.yamlload import YAML_ONLY_BREAKS, compose

__all__ = ["StructuredGuide", "StructuredSalary", "StructuredSkills", "load_with_lines",
           "parse_structured", "value_line"]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Path_ = tuple[str | int, ...]
# Characters YAML reads as line breaks although the guide line numbering does not.
_BREAKS = re.compile(r"\r\n|\r|\n")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StructuredSkills(_Strict):
    """Skills by kind (each a list of names)."""

    top: list[Text] = Field(default_factory=list)
    technical: list[Text] = Field(default_factory=list)
    tool: list[Text] = Field(default_factory=list)
    soft: list[Text] = Field(default_factory=list)
    often_missing: list[Text] = Field(default_factory=list)
    optional: list[Text] = Field(default_factory=list)


class StructuredSalary(SalaryBand):
    """One salary band (the fields of :class:`~careergraph.model.SalaryBand`)."""

    model_config = ConfigDict(extra="forbid")


class StructuredGuide(_Strict):
    """One guide.  Only ``role`` is required."""

    role: Text
    aliases: list[Text] = Field(default_factory=list)
    level: Seniority | None = None
    summary: Text | None = None
    responsibilities: list[Text] = Field(default_factory=list)
    skills: StructuredSkills = Field(default_factory=StructuredSkills)
    leads_to: list[Text] = Field(default_factory=list)
    transitions_to: list[Text] = Field(default_factory=list)
    progressions: list[Annotated[list[Text], Field(min_length=2)]] = Field(default_factory=list)
    salaries: list[StructuredSalary] = Field(default_factory=list)
    growth_trend: Text | None = None
    employers: list[Text] = Field(default_factory=list)
    sectors: list[Text] = Field(default_factory=list)
    next_steps: list[Text] = Field(default_factory=list)
    requirements: list[Text] = Field(default_factory=list)
    challenges: list[Text] = Field(default_factory=list)
    best_practices: list[Text] = Field(default_factory=list)
    development_suggestions: list[Text] = Field(default_factory=list)


class _File(_Strict):
    guides: list[StructuredGuide] = Field(min_length=1)


_LISTS: tuple[Bucket, ...] = (
    "aliases",
    "responsibilities",
    "leads_to",
    "transitions_to",
    "employers",
    "sectors",
    "next_steps",
    "requirements",
    "challenges",
    "best_practices",
    "development_suggestions",
)


def _fix_surrogates(text: str) -> str:
    # JSON escapes of astral characters ("\ud83d\ude00") come out of PyYAML as two halves.
    if text.isascii():
        return text  # no halves to join (and no copy of the common case)
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return text


class _Reader:
    """Turns composed YAML nodes into Python values, noting each value's line."""

    def __init__(self, file: str, text: str, *, json_mode: bool) -> None:
        self.file = file
        self.json_mode = json_mode
        self.lines: dict[Path_, int] = {}
        # Every value takes at least one character, so more values than characters means
        # aliases expanding (a "billion laughs" file): refuse before memory runs out.
        self.budget = len(text) + 100
        self.starts = _line_starts(text)

    def line(self, mark: yaml.Mark) -> int:
        """1-based guide line of a mark (YAML's own count also breaks at NEL, LS, PS)."""
        if self.starts is None:
            return int(mark.line) + 1
        return bisect.bisect_right(self.starts, mark.index)

    def value(self, node: yaml.Node, path: Path_) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise GuideError(self.file, self.line(node.start_mark),
                             "YAML aliases expand to more values than the file has characters",
                             hint="write the values out instead of repeating anchors")
        mark = node.start_mark
        self.lines[path] = mark.line + 1 if self.starts is None else self.line(mark)
        if isinstance(node, yaml.ScalarNode):  # the common case first
            return self.scalar(node)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in out:
                    raise GuideError(
                        self.file,
                        self.line(key_node.start_mark),
                        f"duplicate key {key!r}",
                        hint="keep only one of them",
                    )
                out[key] = self.value(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.value(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        raw = str(node.value)
        # Plain scalars have style None (PyYAML) or "" (libyaml).
        if isinstance(node, yaml.ScalarNode) and not node.style:
            try:
                return self.plain(node, raw)
            except ValueError:  # a number Python will not convert (5,000 digits): text
                return raw
        return _fix_surrogates(raw)

    def plain(self, node: yaml.ScalarNode, raw: str) -> Any:
        if self.json_mode:
            return json.loads(raw)
        kind = node.tag.rsplit(":", 1)[-1]
        if kind == "null":
            return None
        if kind == "int":
            return int(raw.replace("_", ""), 0) if raw.isascii() else raw
        if kind == "float":
            special = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}
            return float(special.get(raw.lower(), raw.replace("_", "")))
        if kind == "bool" and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
        return raw  # "yes", "on", dates… stay text, as a reader expects


def _line_starts(text: str) -> list[int] | None:
    """Offsets where guide lines start, when YAML would number lines differently."""
    if not any(char in text for char in YAML_ONLY_BREAKS):
        return None
    return [0, *(match.end() for match in _BREAKS.finditer(text))]


def _compose(text: str, file: str, *, json_mode: bool) -> tuple[Any, dict[Path_, int]]:
    reader = _Reader(file, text, json_mode=json_mode)
    try:
        node = compose(text)
        if node is None:
            raise GuideError(file, 1, "empty structured guide", hint="add at least 'role:'")
        return reader.value(node, ()), reader.lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = reader.line(mark) if mark else 1
        raise GuideError(file, line, f"not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise GuideError(file, 1, f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise GuideError(file, 1, "values nested too deeply",
                         hint="a guide needs at most a few levels of nesting") from exc


def _load(text: str, file: str, *, json_mode: bool) -> tuple[Any, dict[Path_, int], bool]:
    """Data, value lines, and whether the lines are exact."""
    if not json_mode:
        data, lines = _compose(text, file, json_mode=False)
        return data, lines, True
    try:
        expected = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GuideError(
            file, exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise GuideError(file, 1, "values nested too deeply",
                         hint="a guide needs at most a few levels of nesting") from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise GuideError(file, 1, f"not valid JSON: {exc}") from exc
    try:
        # JSON allows tabs between tokens, YAML does not; valid JSON has no raw tab in strings.
        data, lines = _compose(text.replace("\t", " "), file, json_mode=True)
    except (GuideError, ValueError):
        return expected, {}, False
    if data != expected:
        return expected, {}, False
    return data, lines, True


def _line(lines: dict[Path_, int], path: Path_) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def load_with_lines(text: str, file: str, *, json_mode: bool
                    ) -> tuple[Any, dict[Path_, int], bool]:
    """The data of a YAML or JSON file, the line of every value by its key path, and whether
    those lines are exact (other readers of JSON-shaped files use it, e.g. schema.org).

    >>> data, lines, exact = load_with_lines('{"a": [1,\\n2]}', "x.json", json_mode=True)
    >>> data, value_line(lines, ("a", 1)), exact
    ({'a': [1, 2]}, 2, True)
    """
    return _load(text, file, json_mode=json_mode)


def value_line(lines: dict[Path_, int], path: Path_) -> int:
    """The line of the value at ``path`` (or of its nearest enclosing value; 1 if none)."""
    return _line(lines, path)


def _validate(data: Any, lines: dict[Path_, int], file: str) -> list[tuple[Path_, StructuredGuide]]:
    if isinstance(data, dict) and "guides" in data and "role" not in data:
        model: type[BaseModel] = _File
        prefix: Path_ = ()
    elif isinstance(data, dict):
        model, prefix = StructuredGuide, ()
    else:
        raise GuideError(
            file,
            _line(lines, ()),
            "a structured guide must be a mapping",
            hint="start with 'role: <title>' or 'guides: [...]'",
        )
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc: Path_ = tuple(error["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        raise GuideError(
            file,
            _line(lines, (*prefix, *loc)),
            f"{where}: {message}",
            hint="see the schema in docs/guide-formats.md",
        ) from exc
    if isinstance(parsed, _File):
        return [(("guides", i), guide) for i, guide in enumerate(parsed.guides)]
    assert isinstance(parsed, StructuredGuide)
    return [((), parsed)]


def _guide(
    spec: StructuredGuide, base: Path_, lines: dict[Path_, int], file: str, exact: bool
) -> Guide:
    out = GuideBuilder(file, Layout.STRUCTURED)

    def at(*path: str | int) -> int:
        return _line(lines, (*base, *path))

    def note(text: str, line: int) -> None:
        out.content(line, text)

    line = at("role")
    note(spec.role, line)
    out.set_role(spec.role, line)
    if spec.summary:
        line = at("summary")
        note(spec.summary, line)
        out.set_summary(spec.summary, line)
    if spec.growth_trend:
        line = at("growth_trend")
        note(spec.growth_trend, line)
        out.set_growth_trend(spec.growth_trend, line)
    seen: set[tuple[str, str]] = set()

    def refused(field: str, text: str, line: int, added: bool) -> None:
        # A value the guide states but the builder does not keep is reported, never lost
        # silently (a repeat of an earlier value is no loss).
        key = name_key(text)
        if not added and (field, key) not in seen:
            why = ("it has no letters or digits, so it names nothing" if not key else
                   "the reading rules refuse it as a name (a question, a price, a template "
                   "blank, a sentence)")
            out.warn(line, f"{field}: {text!r} not read: {why}")
        seen.add((field, key))

    for bucket in _LISTS:
        for index, text in enumerate(getattr(spec, bucket)):
            line = at(bucket, index)
            note(text, line)
            refused(bucket, text, line, out.add(bucket, text, line))
    for kind in SkillKind:
        for index, text in enumerate(getattr(spec.skills, kind.value)):
            line = at("skills", kind.value, index)
            note(text, line)
            refused(f"skills.{kind.value}", text, line, out.skill(text, kind, line))
    for chain_index, chain in enumerate(spec.progressions):
        steps = [(text, at("progressions", chain_index, i)) for i, text in enumerate(chain)]
        for text, line in steps:
            note(text, line)
            if not name_key(text):
                refused("progressions", text, line, False)
        out.progression([(text, line) for text, line in steps if name_key(text)])
    for index, band in enumerate(spec.salaries):
        line = at("salaries", index)
        note(band.label or "salary", line)
        out.salary(SalaryRange(source=out.source(line), **band.model_dump()))
    if not exact:
        out.warn(1, "JSON value lines could not be traced; facts point at line 1")
    return out.build().model_copy(update={"level": spec.level})


def parse_structured(text: str, file: str, *, json_mode: bool = False) -> list[Guide]:
    """Parse a YAML (or, with ``json_mode``, JSON) guide file into guides.

    Raises :class:`GuideError` naming the file, the line of the offending value and the
    problem, e.g. ``x.yaml:4: skills.tol: unknown key``.
    """
    data, lines, exact = _load(text, file, json_mode=json_mode)
    return [_guide(spec, base, lines, file, exact) for base, spec in _validate(data, lines, file)]
