"""The curated lexicon: known employers, sectors, skills, tools, role synonyms, acronyms and
seniority words, loaded from ``data/lexicon/*.yaml`` plus any folders a user adds.

Later files extend earlier ones: a user's ``employers.yaml`` adds employers to the bundled
list, and a spelling listed under an existing canonical name joins it.

>>> lex = load_lexicon()
>>> "NVIDIA" in lex.employers and "ServiceNow" in lex.employers
True
>>> lex.acronyms["MLOps"]
['Machine Learning Operations']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from careergraph.errors import LexiconError
from careergraph.model import Seniority
from careergraph.resources import lexicon_dir

__all__ = ["Lexicon", "RoleEntry", "load_lexicon"]


class RoleEntry(BaseModel):
    """A curated role: its other spellings and, optionally, a fixed level."""

    aliases: list[str] = Field(default_factory=list)
    level: Seniority | None = None


class Lexicon(BaseModel):
    """Everything curated, merged from all lexicon files."""

    employers: dict[str, list[str]] = Field(default_factory=dict)
    sectors: dict[str, list[str]] = Field(default_factory=dict)
    skills: dict[str, list[str]] = Field(default_factory=dict)
    tools: list[str] = Field(default_factory=list)
    roles: dict[str, RoleEntry] = Field(default_factory=dict)
    acronyms: dict[str, list[str]] = Field(default_factory=dict)
    levels: dict[Seniority, list[str]] = Field(default_factory=dict)
    role_heads: list[str] = Field(default_factory=list)
    #: More heading phrasings by kind (``{kind: {words: [...], headings: [...]}}``), added to
    #: ``data/headings.yaml`` (see :mod:`careergraph.guides.headings`).
    headings: dict[str, dict[str, list[str]]] = Field(default_factory=dict)

    def merged(self, other: Lexicon) -> Lexicon:
        """This lexicon extended by ``other`` (other's entries win on conflicts)."""
        return Lexicon(
            employers=_merge_lists(self.employers, other.employers),
            sectors=_merge_lists(self.sectors, other.sectors),
            skills=_merge_lists(self.skills, other.skills),
            tools=_unique([*self.tools, *other.tools]),
            roles={**self.roles, **other.roles},
            acronyms=_merge_lists(self.acronyms, other.acronyms),
            levels={
                level: _unique([*self.levels.get(level, []), *other.levels.get(level, [])])
                for level in Seniority
                if level in self.levels or level in other.levels
            },
            role_heads=_unique([*self.role_heads, *other.role_heads]),
            headings={
                kind: {part: _unique([*self.headings.get(kind, {}).get(part, []),
                                      *other.headings.get(kind, {}).get(part, [])])
                       for part in ("words", "headings")}
                for kind in dict.fromkeys([*self.headings, *other.headings])
            },
        )

    def employer_names(self) -> list[str]:
        """Every known employer spelling, canonical and alias."""
        return _unique([name for canon, al in self.employers.items() for name in (canon, *al)])

    def sector_names(self) -> list[str]:
        """Every known sector spelling, canonical and alias."""
        return _unique([name for canon, al in self.sectors.items() for name in (canon, *al)])


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _merge_lists(
    base: dict[str, list[str]], extra: dict[str, list[str]]
) -> dict[str, list[str]]:
    out = {key: list(values) for key, values in base.items()}
    for key, values in extra.items():
        out[key] = _unique([*out.get(key, []), *values])
    return out


def _read(path: Path) -> Lexicon:
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise LexiconError(str(path), line, f"not valid YAML: {exc.problem}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(str(path), 1, f"cannot read lexicon file: {exc}") from exc
    if raw is None:
        return Lexicon()
    if not isinstance(raw, dict):
        raise LexiconError(str(path), 1, "a lexicon file must be a mapping of sections")
    raw = {k: ({} if v is None else v) for k, v in raw.items()}
    unknown = set(raw) - set(Lexicon.model_fields)
    if unknown:
        raise LexiconError(
            str(path), 1, f"unknown section(s) {sorted(unknown)}",
            hint=f"known sections: {', '.join(Lexicon.model_fields)}",
        )
    for section in ("employers", "sectors", "skills", "acronyms"):
        if isinstance(raw.get(section), dict):
            raw[section] = {k: (v or []) for k, v in raw[section].items()}
    if isinstance(raw.get("roles"), dict):
        raw["roles"] = {k: (v or {}) for k, v in raw["roles"].items()}
    try:
        return Lexicon.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise LexiconError(str(path), 1, f"{where}: {first['msg']}") from exc


def load_lexicon(extra_dirs: Sequence[str | Path] = ()) -> Lexicon:
    """Load the bundled lexicon, extended by the ``*.yaml`` files in ``extra_dirs``.

    Raises :class:`~careergraph.errors.LexiconError` naming the file and line of a bad entry.
    """
    return _load(tuple(str(d) for d in extra_dirs))


@cache
def _load(extra_dirs: tuple[str, ...]) -> Lexicon:
    lexicon = Lexicon()
    for folder in (lexicon_dir(), *map(Path, extra_dirs)):
        if folder.is_file():
            lexicon = lexicon.merged(_read(folder))
            continue
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            lexicon = lexicon.merged(_read(path))
    return lexicon
