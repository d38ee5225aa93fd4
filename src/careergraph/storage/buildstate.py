"""The build state kept beside the stores: what a rebuild needs to re-resolve only the parts
of a corpus a change touches (see ``docs/incremental.md``).

One SQLite file per input set (paths, options, lexicon folders, code).  It holds:

- ``files``: per guide file, a digest of its mentions, the mentions themselves (plain
  tuples: type, file, line, text, is title, level, same as) and those of them that define
  an acronym ("Data Operations (DataOps)": learnt for every guide);
- ``parts``: per component of resolution (:mod:`careergraph.components`), its mentions and
  its resolved :class:`~careergraph.parts.Piece`;
- ``tokens``: every token of those mentions -> its part;
- ``meta``: the fingerprint the parts were resolved under (lexicon and learnt acronyms) and
  a generation number, so two builds that raced never mix their writes;
- ``parsed``: per guide file, its parse-cache key and its guides' stub records, so a
  rebuild takes an unchanged file's mentions from here without loading its guides;
- ``extras``: named values a later stage keeps for the next build (the store writer's
  name keys, :class:`~careergraph.storage.content.NameKeys`), each checked by its user.

Everything in it is checked before use (the fingerprint, each file's mention digest), so a
stale or foreign state costs a full resolution, never a wrong graph; a damaged file is
removed and started again.

>>> import tempfile
>>> state = BuildState.open(tempfile.mkdtemp() + "/state.db")
>>> state is not None and state.generation, state.fingerprint
(0, '')
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from careergraph.parts import Piece

__all__ = ["BuildState", "MentionRow", "StateUpdate", "digest_rows", "encode_rows"]

#: (type, file, line, text, is title, level, same as)
MentionRow = tuple[str, str, int, str, bool, str | None, str | None]

#: 4: file digests of a canonical encoding (:func:`digest_rows`), not of the pickle.
_FORMAT = "careergraph-build-state 4"
_DDL = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS files (file TEXT PRIMARY KEY, digest BLOB NOT NULL, "
    "mentions BLOB NOT NULL, teaches BLOB)",
    "CREATE TABLE IF NOT EXISTS parts (id INTEGER PRIMARY KEY, mentions BLOB NOT NULL, "
    "piece BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, part INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tokens_part ON tokens (part)",
    "CREATE TABLE IF NOT EXISTS extras (name TEXT PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS parsed (file TEXT PRIMARY KEY, key TEXT NOT NULL, "
    "stubs BLOB NOT NULL)",
)


@dataclass
class StateUpdate:
    """What a build changes in the state: files and parts replaced or dropped."""

    fingerprint: str
    #: Per file: the digest of its mention rows, the rows, and the rows that teach acronyms.
    files: dict[str, tuple[bytes, bytes, bytes | None]] = field(default_factory=dict)
    dropped_files: set[str] = field(default_factory=set)
    #: New parts: (mention rows, piece, tokens); parts dropped by id.
    parts: list[tuple[list[MentionRow], Piece, set[str]]] = field(default_factory=list)
    dropped_parts: set[int] = field(default_factory=set)
    #: Per guide file: its parse-cache key and stub records (:mod:`careergraph.stubs`).
    parsed: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    #: Start from an empty state (a full resolution).
    reset: bool = False


class BuildState:
    """An open build state (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path
        meta = dict(db.execute("SELECT key, value FROM meta"))
        self.fingerprint = meta.get("fingerprint", "") if meta.get("format") == _FORMAT else ""
        self.generation = int(meta.get("generation", "0"))

    @classmethod
    def open(cls, path: str | Path) -> BuildState | None:
        """The state at ``path`` (created when missing); None when it cannot be used (a
        damaged file is removed first, so the next build starts a new one)."""
        path = Path(path)
        for _ in range(2):
            try:
                db = sqlite3.connect(path, timeout=30, isolation_level=None)
                for statement in _DDL:
                    db.execute(statement)
                return cls(db, path)
            except (sqlite3.Error, ValueError) as exc:
                if _busy(exc):  # another build holds it: this one resolves in full
                    return None
                with contextlib.suppress(OSError):
                    path.unlink()
        return None

    def close(self) -> None:
        self.db.close()

    # -- reading --------------------------------------------------------------------------
    def file_digests(self) -> dict[str, bytes]:
        return dict(self.db.execute("SELECT file, digest FROM files"))

    def parsed(self) -> dict[str, tuple[str, bytes]]:
        """Per guide file: the parse-cache key and stub records the last build kept."""
        return {file: (key, stubs) for file, key, stubs in
                self.db.execute("SELECT file, key, stubs FROM parsed")}

    def file_mentions(self, files: Iterable[str]) -> list[MentionRow]:
        rows: list[MentionRow] = []
        for file in files:
            found = self.db.execute("SELECT mentions FROM files WHERE file = ?",
                                    (file,)).fetchone()
            if found is not None:
                rows += pickle.loads(found[0])
        return rows

    def teaching(self, leave_out: set[str]) -> list[MentionRow]:
        """Every file's mentions that define an acronym, but those of ``leave_out``."""
        rows: list[MentionRow] = []
        for file, data in self.db.execute(
                "SELECT file, teaches FROM files WHERE teaches IS NOT NULL"):
            if file not in leave_out:
                rows += pickle.loads(data)
        return rows

    def parts_of(self, tokens: Iterable[str]) -> set[int]:
        """The parts any of ``tokens`` belongs to."""
        found: set[int] = set()
        batch = list(tokens)
        for start in range(0, len(batch), 500):
            chunk = batch[start:start + 500]
            found.update(part for (part,) in self.db.execute(
                f"SELECT part FROM tokens WHERE token IN ({', '.join('?' * len(chunk))})",
                chunk))
        return found

    def part_mentions(self, parts: Iterable[int]) -> list[MentionRow]:
        rows: list[MentionRow] = []
        for part in sorted(parts):
            found = self.db.execute("SELECT mentions FROM parts WHERE id = ?",
                                    (part,)).fetchone()
            if found is not None:
                rows += pickle.loads(found[0])
        return rows

    def pieces(self, leave_out: set[int]) -> list[Piece]:
        """Every part's piece but those in ``leave_out``."""
        return [Piece(*pickle.loads(data)) for part, data in
                self.db.execute("SELECT id, piece FROM parts") if part not in leave_out]

    def extra(self, name: str) -> Any:
        """The value :meth:`keep` kept under ``name``, or None (also when unreadable)."""
        try:
            found = self.db.execute("SELECT data FROM extras WHERE name = ?",
                                    (name,)).fetchone()
            return pickle.loads(found[0]) if found is not None else None
        except Exception:  # a damaged value is only a lost shortcut
            return None

    # -- writing --------------------------------------------------------------------------
    def keep(self, name: str, value: object) -> None:
        """Keep ``value`` under ``name`` for the next build (outside the generations: its
        user checks it before use); a busy or damaged file only loses it."""
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("INSERT OR REPLACE INTO extras VALUES (?, ?)",
                            (name, _dumps(value)))

    def apply(self, update: StateUpdate) -> bool:
        """Write ``update`` in one transaction, unless another build wrote the state since
        this one was opened (then nothing is written: False)."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                now = dict(db.execute("SELECT key, value FROM meta")).get("generation", "0")
                if int(now) != self.generation:
                    db.execute("ROLLBACK")
                    return False
                self._write(update)
                self.generation += 1
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
                    ("format", _FORMAT), ("fingerprint", update.fingerprint),
                    ("generation", str(self.generation))])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            if not _busy(exc):  # damaged: the next build starts a new state
                with contextlib.suppress(OSError):
                    self.path.unlink()
            return False
        self.fingerprint = update.fingerprint
        return True

    def _write(self, update: StateUpdate) -> None:
        db = self.db
        if update.reset:
            for table in ("files", "parts", "tokens", "parsed"):
                db.execute(f"DELETE FROM {table}")
        db.executemany("DELETE FROM files WHERE file = ?",
                       ((file,) for file in update.dropped_files))
        db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                       ((file, *row) for file, row in update.files.items()))
        db.executemany("DELETE FROM parsed WHERE file = ?",
                       ((file,) for file in update.dropped_files))
        db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?)",
                       ((file, *row) for file, row in update.parsed.items()))
        dropped = sorted(update.dropped_parts)
        db.executemany("DELETE FROM parts WHERE id = ?", ((p,) for p in dropped))
        db.executemany("DELETE FROM tokens WHERE part = ?", ((p,) for p in dropped))
        start = (db.execute("SELECT max(id) FROM parts").fetchone()[0] or 0) + 1
        db.executemany("INSERT INTO parts VALUES (?, ?, ?)", (
            (start + i, _dumps(rows), _dumps(tuple(piece)))
            for i, (rows, piece, _) in enumerate(update.parts)))
        db.executemany("INSERT OR REPLACE INTO tokens VALUES (?, ?)", (
            (token, start + i) for i, (_, _, tokens) in enumerate(update.parts)
            for token in tokens))


def _busy(exc: Exception) -> bool:
    """True for a lock another connection holds, not damage."""
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def encode_rows(rows: Sequence[MentionRow]) -> bytes:
    """A file's mention rows as stored (digested by :func:`digest_rows`)."""
    return _dumps(list(rows))


def digest_rows(rows: Sequence[MentionRow]) -> bytes:
    """The SHA-256 of a file's mention rows in a canonical encoding (JSON): equal rows give
    one digest whichever process made them.  Their pickle would not do: it writes an equal
    string once per object, and which equal strings are one object depends on the process
    that parsed the file (and on pickling on the way from a parse worker).

    >>> row = ("Skill", "a.txt", 3, "Python", False, None, None)
    >>> digest_rows([row]) == digest_rows([tuple(list(row))])
    True
    """
    try:
        data = orjson.dumps(rows)
    except TypeError:  # a lone surrogate (from a JSON escape): not UTF-8, escaped instead
        data = json.dumps(rows, ensure_ascii=True).encode()
    return hashlib.sha256(data).digest()
