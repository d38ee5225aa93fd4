"""The curated lexicon: known employers, sectors, skills, tools, role synonyms, acronyms and
seniority words, loaded from ``data/lexicon/*.yaml`` plus any folders a user adds.

Later files extend earlier ones: a user's ``employers.yaml`` adds employers to the bundled
list, and a spelling listed under an existing canonical name joins it.

>>> lex = load_lexicon()
>>> "NVIDIA" in lex.employers and "ServiceNow" in lex.employers
True
>>> lex.acronyms["MLOps"]
['Machine Learning Operations']

A user's lexicon may also say which names are one thing and which are not; those entries win
over every resolution rule::

    same:
      - [ICT security administrator, security administrator]
    different:
      - [ML (computer programming), machine learning]
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from careergraph.errors import LexiconError
from careergraph.model import Seniority
from careergraph.resources import lexicon_dir
from careergraph.yamlload import safe_load

__all__ = ["GazetteerNames", "Lexicon", "RoleEntry", "bundled_level_words", "lexicon_digest",
           "lexicon_files", "load_lexicon"]


class RoleEntry(BaseModel):
    """A curated role: its other spellings and, optionally, a fixed level."""

    aliases: list[str] = Field(default_factory=list)
    level: Seniority | None = None


class GazetteerNames(BaseModel):
    """Generic names seen in prose (``data/lexicon/gazetteer.yaml``): skills and sectors by
    group, and the names matched only with their exact case (see
    :mod:`careergraph.guides.gazetteer`)."""

    skills: dict[str, list[str]] = Field(default_factory=dict)
    sectors: dict[str, list[str]] = Field(default_factory=dict)
    case_sensitive: list[str] = Field(default_factory=list)
    #: Personal qualities written as nouns ("calmness", "composure"): never looked for in
    #: prose (too common there), only typing a skill read from a list as soft.
    traits: list[str] = Field(default_factory=list)

    def merged(self, other: GazetteerNames) -> GazetteerNames:
        """These names extended by ``other``'s."""
        return GazetteerNames(skills=_merge_lists(self.skills, other.skills),
                              sectors=_merge_lists(self.sectors, other.sectors),
                              case_sensitive=_unique([*self.case_sensitive,
                                                      *other.case_sensitive]),
                              traits=_unique([*self.traits, *other.traits]))


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
    #: Words before a role head that make the name a thing, not a post ("Career Guide",
    #: "Web Host"), by head.
    head_exceptions: dict[str, list[str]] = Field(default_factory=dict)
    #: Words that end a post only after one of the listed words ("Cabin Crew", no "Film
    #: Crew"), by word.
    heads_after: dict[str, list[str]] = Field(default_factory=dict)
    #: Groups of names the user says are one thing / pairwise different things; these win
    #: over every resolution rule (see :mod:`careergraph.resolve`).
    same: list[list[str]] = Field(default_factory=list)
    different: list[list[str]] = Field(default_factory=list)
    #: More heading phrasings by kind (``{kind: {words: [...], headings: [...]}}``), added to
    #: ``data/headings.yaml`` (see :mod:`careergraph.guides.headings`).
    headings: dict[str, dict[str, list[str]]] = Field(default_factory=dict)
    #: Generic skill and sector names recognised in prose (not merged with one another).
    gazetteer: GazetteerNames = Field(default_factory=GazetteerNames)

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
            head_exceptions=_merge_lists(self.head_exceptions, other.head_exceptions),
            heads_after=_merge_lists(self.heads_after, other.heads_after),
            same=[*self.same, *other.same],
            different=[*self.different, *other.different],
            headings={
                kind: {part: _unique([*self.headings.get(kind, {}).get(part, []),
                                      *other.headings.get(kind, {}).get(part, [])])
                       for part in ("words", "phrases", "headings")}
                for kind in dict.fromkeys([*self.headings, *other.headings])
            },
            gazetteer=self.gazetteer.merged(other.gazetteer),
        )

    def level_words(self, *, single: bool = False) -> frozenset[str]:
        """Every level spelling, in lower case ("senior", "team lead"); with ``single``
        only the one-word ones, never a role on their own.

        >>> sorted(Lexicon(levels={"senior": ["Senior", "Lead Hand"]}).level_words())
        ['lead hand', 'senior']
        >>> sorted(Lexicon(levels={"senior": ["Senior", "Lead Hand"]}).level_words(single=True))
        ['senior']
        """
        return frozenset(word.lower() for words in self.levels.values() for word in words
                         if not single or " " not in word)

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


def lexicon_files(given: str | Path) -> list[Path]:
    """The lexicon files a ``--lexicon`` argument names: the file itself, or a folder's
    ``*.yaml`` and ``*.yml`` files.  A missing or unreadable path, or one that is neither a
    file nor a folder (a FIFO), is a :class:`LexiconError` naming it.

    >>> try:
    ...     lexicon_files("/nonexistent")
    ... except LexiconError as err:
    ...     print(err)
    /nonexistent: no such lexicon file or folder (give a folder of .yaml files or one .yaml file)
    """
    path = Path(given)
    hint = "give a folder of .yaml files or one .yaml file"
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISREG(mode):
            return [path]
        if not stat.S_ISDIR(mode):
            raise LexiconError(str(path), 0, "not a lexicon file or folder", hint=hint)
        with os.scandir(path) as scan:
            names = sorted(e.name for e in scan)
    except FileNotFoundError as exc:
        raise LexiconError(str(path), 0, "no such lexicon file or folder", hint=hint) from exc
    except OSError as exc:
        raise LexiconError(str(path), 0, f"cannot read: {exc.strerror or exc}") from exc
    return [path / name for suffix in (".yaml", ".yml") for name in names
            if name.endswith(suffix) and not name.startswith(".")]


def _read_bytes(path: Path) -> bytes:
    # Opened non-blocking and checked, so a FIFO named *.yaml cannot hang the command.
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise LexiconError(str(path), 0,
                           f"cannot read lexicon file: {exc.strerror or exc}") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LexiconError(str(path), 0, "not a regular file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise LexiconError(str(path), 0,
                           f"cannot read lexicon file: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def lexicon_digest(path: Path) -> bytes:
    """SHA-256 of a lexicon file's bytes (for cache keys); :class:`LexiconError` naming the
    file when it cannot be read."""
    return hashlib.sha256(_read_bytes(path)).digest()


def _read(path: Path) -> Lexicon:
    try:
        raw: Any = safe_load(_read_bytes(path).decode("utf-8-sig"))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise LexiconError(str(path), line, f"not valid YAML: {exc.problem}") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(str(path), 1, f"not UTF-8 text: {exc.reason}",
                           hint="save the file as UTF-8") from exc
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
    _check_same_different(raw, path)
    try:
        return Lexicon.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise LexiconError(str(path), 1, f"{where}: {first['msg']}") from exc


def _check_same_different(raw: dict[str, Any], path: Path) -> None:
    """``same``/``different`` are lists of groups of at least two names."""
    for section in ("same", "different"):
        groups = raw.get(section)
        if groups == {}:
            raw[section] = []
            continue
        if groups is None:
            continue
        if not isinstance(groups, list) or not all(
            isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) and n.strip()
                                                        for n in g)
            for g in groups
        ):
            raise LexiconError(
                str(path), 1, f"{section}: must be a list of groups of two or more names",
                hint=f"e.g. {section}: [[ICT security administrator, security administrator]]",
            )


def load_lexicon(extra_dirs: Sequence[str | Path] = ()) -> Lexicon:
    """Load the bundled lexicon, extended by the ``*.yaml`` files in ``extra_dirs``.

    Raises :class:`~careergraph.errors.LexiconError` naming the file and line of a bad entry.
    """
    return _load(tuple(str(d) for d in extra_dirs))


@cache
def bundled_level_words(*, single: bool = False) -> frozenset[str]:
    """The bundled lexicon's level words (:meth:`Lexicon.level_words`), read once: the
    one list the page readers share."""
    return load_lexicon().level_words(single=single)


@cache
def _load(extra_dirs: tuple[str, ...]) -> Lexicon:
    lexicon = Lexicon()
    folders: list[str | Path] = [lexicon_dir(), *extra_dirs]
    for given in folders:
        for path in lexicon_files(given):
            lexicon = lexicon.merged(_read(path))
    return lexicon
