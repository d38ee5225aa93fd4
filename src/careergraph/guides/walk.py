"""Find guide files under folders, files and glob patterns, safely.

Nothing here opens a file: paths are classified with ``stat`` only, so a FIFO is reported and
never read (reading one would block).  Folders are walked once each: a directory reached again
through a symbolic link (a loop, or a second way to the same folder) is reported and not
walked again, so a ``**`` pattern over looping links finishes.  An unreadable folder, a broken
or looping link and a path that matches nothing are reported as :class:`Problem` s.

>>> problems = []
>>> [label for label, _ in expand_paths(["data/guides/*.card.txt"], problems)][:1], problems
(['data/guides/lead-mlops-engineer.card.txt'], [])
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from careergraph.guides.read import JSONLD_SUFFIXES, STRUCTURED_SUFFIXES
from careergraph.model import Problem, Severity

__all__ = ["GUIDE_SUFFIXES", "SPREADSHEET_SUFFIXES", "classify", "expand_paths"]

#: Spreadsheets: never read, but a taxonomy's Excel download is named in the report (see
#: careergraph.guides.taxonomy) rather than passed over in silence.
SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods")
#: File suffixes read from folders (``.csv``: taxonomy tables, see careergraph.guides.taxonomy).
GUIDE_SUFFIXES = (".txt", ".md", *STRUCTURED_SUFFIXES, *JSONLD_SUFFIXES, ".csv",
                  *SPREADSHEET_SUFFIXES)

Kind = Literal["dir", "file", "missing", "other"]


def classify(path: Path) -> tuple[Kind, str]:
    """What ``path`` is (following links), and what is wrong with it when it is no folder or
    regular file.

    >>> classify(Path("data/guides"))
    ('dir', '')
    >>> classify(Path("/no/such/file.txt"))
    ('missing', 'no such file or folder')
    >>> classify(Path("/dev/null"))
    ('other', 'a device, not a guide file: not read')
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "other", "symbolic link loop: not read"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            if os.path.islink(path):
                return "other", "broken symbolic link: not read"
            return "missing", "no such file or folder"
        return "other", f"cannot read: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "dir", ""
    if stat.S_ISREG(mode):
        return "file", ""
    if stat.S_ISFIFO(mode):
        return "other", "a FIFO (named pipe), not a guide file: not read"
    if stat.S_ISSOCK(mode):
        return "other", "a socket, not a guide file: not read"
    return "other", "a device, not a guide file: not read"


def _problem(file: str, message: str, severity: Severity = Severity.ERROR) -> Problem:
    return Problem(file=file, line=1, message=message, severity=severity)


@dataclass(frozen=True, slots=True)
class _Entry:
    parts: tuple[str, ...]
    path: Path
    kind: Kind
    problem: str


def _walk(root: Path, problems: list[Problem],
          descend: Callable[[tuple[str, ...]], bool] = lambda parts: True) -> Iterator[_Entry]:
    """Every non-hidden entry under ``root`` (depth first, sorted), each folder walked once;
    only the folders ``descend(parts)`` accepts are entered.

    Folders reached through links wait until every real folder is queued, so the link (not
    the real folder) is what gets reported when both lead to the same place.
    """
    seen = {_identity(root)}
    pending: list[tuple[tuple[str, ...], Path]] = [((), root)]
    linked: list[tuple[tuple[str, ...], Path]] = []
    while pending or linked:
        if pending:
            parts, folder = pending.pop()
        else:
            parts, folder = linked.pop(0)
            if _identity(folder) in seen:
                problems.append(_problem(str(folder), _revisit_message(folder),
                                         Severity.WARNING))
                continue
            seen.add(_identity(folder))
        try:
            with os.scandir(folder) as scan:
                found = sorted((e.name, _cheap_kind(e)) for e in scan
                               if not e.name.startswith("."))
        except OSError as exc:
            problems.append(_problem(str(folder), f"cannot read folder: {exc.strerror or exc}"))
            continue
        subfolders = []
        for name, cheap in found:
            path = folder / name
            kind, problem = (cheap, "") if cheap else classify(path)
            entry = _Entry((*parts, name), path, kind, problem)
            if entry.kind == "dir" and not descend(entry.parts):
                pass
            elif entry.kind == "dir" and cheap is None:  # a link to a folder
                linked.append((entry.parts, entry.path))
            elif entry.kind == "dir":
                seen.add(_identity(entry.path))
                subfolders.append((entry.parts, entry.path))
            yield entry
        pending.extend(reversed(subfolders))


def _cheap_kind(entry: os.DirEntry[str]) -> Kind | None:
    """"dir" or "file" from the folder listing alone (no system call on most file systems);
    None for links and anything else, which :func:`classify` examines."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "dir"
        if entry.is_file(follow_symlinks=False):
            return "file"
    except OSError:
        pass
    return None


def _identity(path: Path) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return info.st_dev, info.st_ino


def _revisit_message(link: Path) -> str:
    target = link.resolve()
    if link.parent.resolve().is_relative_to(target):
        return f"symbolic link loop (points back to {target}): not followed"
    return f"symbolic link to a folder read already ({target}): not read twice"


def _folder_files(folder: Path, problems: list[Problem]) -> list[tuple[str, Path]]:
    found = []
    for entry in _walk(folder, problems):
        if entry.kind == "dir" or entry.path.suffix.lower() not in GUIDE_SUFFIXES:
            continue
        if entry.kind == "file":
            found.append(("/".join(entry.parts), entry.path))
        else:
            problems.append(_problem(str(entry.path), entry.problem))
    return sorted(found)


def _matches(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Glob match of path components; ``**`` stands for any number of folders.

    >>> _matches(["**", "*.txt"], ["a", "b", "x.txt"]), _matches(["*.txt"], ["a", "x.txt"])
    (True, False)
    """
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_matches(pattern[1:], parts[i:]) for i in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and \
        _matches(pattern[1:], parts[1:])


def _file_matches(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """As :func:`_matches`, for a file: a trailing ``**`` stands for one folder level or more
    (as in :func:`glob.glob`, ``a*/**`` matches what is inside ``a*`` folders, not ``a.txt``).

    >>> _file_matches(["a*", "**"], ["a.txt"]), _file_matches(["a*", "**"], ["a1", "x.txt"])
    (False, True)
    """
    if pattern and pattern[-1] == "**":
        return any(_matches(pattern[:-1], parts[:k]) for k in range(len(parts)))
    return _matches(pattern, parts)


def _could_match(pattern: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether a folder at ``parts`` can hold a match of ``pattern`` (so is worth entering).

    >>> _could_match(["*", "b", "*.txt"], ["a"]), _could_match(["*", "b", "*.txt"], ["a", "c"])
    (True, False)
    """
    if not parts or (pattern and pattern[0] == "**"):
        return True
    return bool(pattern) and fnmatch.fnmatchcase(parts[0], pattern[0]) and \
        _could_match(pattern[1:], parts[1:])


def _glob(pattern: str, problems: list[Problem]) -> list[tuple[str, Path]]:
    """A glob pattern, matched while walking from its literal base folder, so unreadable
    folders are reported and ``**`` over looping links ends.  A matched folder contributes
    its guide files; a matched file is taken whatever its suffix."""
    components = pattern.split("/")
    split = next(i for i, c in enumerate(components) if glob.has_magic(c))
    base_text = "/".join(components[:split]) or ("/" if pattern.startswith("/") else "")
    rest = components[split:]
    base = Path(base_text or ".")
    if classify(base)[0] != "dir":
        return []

    def within_match(parts: tuple[str, ...]) -> bool:
        return any(_matches(rest, parts[:k]) for k in range(len(parts) + 1))

    def descend(parts: tuple[str, ...]) -> bool:
        return _could_match(rest, parts) or within_match(parts)

    found = []
    for entry in _walk(base, problems, descend):
        if entry.kind == "dir":
            continue
        inside = entry.path.suffix.lower() in GUIDE_SUFFIXES and within_match(entry.parts[:-1])
        if not (inside or _file_matches(rest, entry.parts)):
            continue
        label = os.path.join(base_text, *entry.parts) if base_text else "/".join(entry.parts)
        if entry.kind == "file":
            found.append((label, entry.path))
        else:
            problems.append(_problem(label, entry.problem))
    return sorted(found)


def expand_paths(paths: Sequence[str | Path], problems: list[Problem]) -> list[tuple[str, Path]]:
    """``(label, path)`` of every guide file under ``paths`` (folders, files, glob patterns);
    what cannot be read is appended to ``problems``.  Labels are relative to a folder
    argument, as matched for a pattern, as given for a file."""
    files: list[tuple[str, Path]] = []
    for given in paths:
        text, path = str(given), Path(given)
        kind, problem = classify(path)
        if kind == "dir":
            files.extend(_folder_files(path, problems))
        elif kind == "file":
            files.append((text, path))
        elif kind == "missing" and glob.has_magic(text):
            matched = _glob(text, problems)
            files.extend(matched)
            if not matched:
                problems.append(_problem(text, "no file matches this pattern"))
        else:
            problems.append(_problem(text, problem))
    return files
