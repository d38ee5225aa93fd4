"""Parsed guides kept per file, keyed by content, so an edit re-parses only what changed.

An entry's key is the SHA-256 of the file's label and suffix (the label is part of every
fact's source), the digest of its bytes, the lexicon, and the parser's code (from the bytes'
digest, so a file vouched for by its stat needs no reading to be looked up: :meth:`key_of`);
its value is the parse outcome (the guides, or the error that stopped the file) in the
workers' compact pickled form (:mod:`careergraph.guides.wire`), with a CRC-32.  Entries are
written in SQLite transactions (WAL), so concurrent builds share the file safely; a damaged
file is replaced by a fresh one with a one-line note, a damaged entry is parsed again.

Every edit of a guide and every new version of the parser makes new entries, so each entry
records the day it was last used: builds forget entries unused for
:data:`careergraph.cachedir.KEEP_PARSED_DAYS` days (SQLite reuses their pages, so the file
stops growing), and ``careergraph cache prune`` can forget sooner and shrink the file.

>>> import tempfile
>>> from careergraph.guides.pool import ParseJob, ParseOutcome
>>> cache = ParseCache.open(tempfile.mkdtemp() + "/parsed.db", print)
>>> job = ParseJob(label="a.txt", data=b"x", suffix=".txt")
>>> cache.get([job]) == [None]
True
>>> cache.put([(job, ParseOutcome(error=("a.txt", 1, "no role", None)))])
>>> cache.get([job])[0].error
('a.txt', 1, 'no role', None)
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from careergraph.guides import wire
from careergraph.guides.pool import ParseJob, ParseOutcome
from careergraph.lexicon import Lexicon
from careergraph.storage.integrity import crc

__all__ = ["ParseCache", "parser_fingerprint", "today"]

_DDL = ("CREATE TABLE IF NOT EXISTS parsed (key TEXT PRIMARY KEY, data BLOB NOT NULL, "
        "crc INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID")
_USED_INDEX = "CREATE INDEX IF NOT EXISTS parsed_used ON parsed (used)"


def today() -> int:
    """Days since 1970 (UTC): the granularity of an entry's last use.

    >>> today() > 20_000
    True
    """
    return int(time.time() // 86_400)


def _add_used_column(db: sqlite3.Connection) -> None:
    """Caches written before entries recorded their last use get the column (as unused for
    ever, so the next pruning may forget them: they are parsed again if needed)."""
    def has_column() -> bool:
        return "used" in {row[1] for row in db.execute("PRAGMA table_info(parsed)")}

    if not has_column():
        # Checked again under the write lock: two builds may upgrade the file at once.
        db.execute("BEGIN IMMEDIATE")
        try:
            if not has_column():
                db.execute("ALTER TABLE parsed ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    db.execute(_USED_INDEX)


@cache
def parser_fingerprint() -> str:
    """A hash of the code that parses guides (``careergraph/guides``, model, lexicon, names):
    an edited parser makes every entry stale."""
    import careergraph

    package = Path(str(careergraph.__file__)).parent
    sha = hashlib.sha256()
    for module in sorted([*package.joinpath("guides").rglob("*.py"),
                          *(package / m for m in ("model.py", "lexicon.py", "names.py"))]):
        sha.update(module.name.encode())
        sha.update(module.read_bytes())
    return sha.hexdigest()


class ParseCache:
    """The per-file parse cache (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection, path: Path, note: Callable[[str], None]) -> None:
        self._db = db
        self.path = path
        self.note = note
        #: Parse every file again and overwrite its entry (``build --no-cache``).
        self.refresh = False
        self._salt = b""
        self._seed = hashlib.sha256(self._salt)

    @classmethod
    def open(cls, path: str | Path, note: Callable[[str], None]) -> ParseCache | None:
        """Open (or create) the cache; a damaged file is replaced; None if impossible."""
        path = Path(path)
        for attempt in range(2):
            try:
                db = sqlite3.connect(path, timeout=30, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_DDL)
                _add_used_column(db)
                db.execute("SELECT count(*) FROM parsed WHERE key = ''").fetchone()
                return cls(db, path, note)
            except sqlite3.DatabaseError as exc:
                with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                    db.close()
                if attempt:
                    note(f"parse cache {path} is not usable ({exc}): parsing every guide")
                    return None
                note(f"parse cache {path.name} was damaged ({exc}): starting a new one")
                for stale in (path, path.with_name(path.name + "-wal"),
                              path.with_name(path.name + "-shm")):
                    with contextlib.suppress(OSError):
                        stale.unlink()
        return None

    def bind(self, lexicon: Lexicon) -> None:
        """Key entries by this lexicon (and the parser's code) too."""
        self._salt = (parser_fingerprint() + lexicon.model_dump_json()).encode()
        # Every key starts with the salt (17 kB of lexicon): hashed once, copied per key.
        self._seed = hashlib.sha256(self._salt)

    def key(self, job: ParseJob) -> str:
        """The entry key of ``job`` (after :meth:`bind`)."""
        return self._key(job)

    def key_of(self, label: str, suffix: str, digest: bytes) -> str:
        """The entry key of a file from the SHA-256 ``digest`` of its bytes, unread (the
        same as :meth:`key` of its job)."""
        sha = self._seed.copy()
        for part in (label.encode(), suffix.encode(), digest):
            sha.update(len(part).to_bytes(8, "big"))
            sha.update(part)
        return sha.hexdigest()

    def _key(self, job: ParseJob) -> str:
        return self.key_of(job.label, job.suffix, hashlib.sha256(job.data).digest())

    def get(self, jobs: Sequence[ParseJob]) -> list[ParseOutcome | None]:
        """The cached outcome of each job, or None where there is none (or it is damaged)."""
        return self.get_keyed([self._key(job) for job in jobs])

    def get_keyed(self, keys: Sequence[str]) -> list[ParseOutcome | None]:
        """:meth:`get` by the jobs' keys."""
        if self.refresh:
            return [None] * len(keys)
        found: dict[str, tuple[bytes, int]] = {}
        stale_days: list[str] = []
        day = today()
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                marks = ",".join("?" * len(part))
                for key, data, check, used in self._db.execute(
                        f"SELECT key, data, crc, used FROM parsed WHERE key IN ({marks})", part):
                    found[key] = (data, check)
                    if used != day:
                        stale_days.append(key)
        except sqlite3.DatabaseError as exc:
            self.note(f"parse cache {self.path.name} is damaged ({exc}): parsing every guide")
            return [None] * len(keys)
        self._mark_used(stale_days, day)
        outcomes: list[ParseOutcome | None] = []
        for key in keys:
            entry = found.get(key)
            outcome = None
            if entry is not None and isinstance(entry[0], bytes) and crc(entry[0]) == entry[1]:
                with contextlib.suppress(Exception):  # a damaged entry is parsed again
                    loaded = wire.loads(entry[0])
                    outcome = loaded if isinstance(loaded, ParseOutcome) else None
            outcomes.append(outcome)
        return outcomes

    def put(self, done: Sequence[tuple[ParseJob, ParseOutcome]]) -> None:
        """Keep the outcomes of freshly parsed jobs (one transaction)."""
        rows = []
        for job, outcome in done:
            # The workers' compact form: rebuilt without re-validating every model.
            data = wire.dumps(outcome)
            rows.append((self._key(job), data, crc(data), today()))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            self.note(f"could not keep parsed guides in the cache ({exc})")

    def get_value(self, job: ParseJob) -> object | None:
        """The value kept for ``job`` by :meth:`put_value` (a whole taxonomy's import), or
        None when there is none or it is damaged."""
        if self.refresh:
            return None
        key = self._key(job)
        try:
            row = self._db.execute("SELECT data, crc, used FROM parsed WHERE key = ?",
                                   (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or not isinstance(row[0], bytes) or crc(row[0]) != row[1]:
            return None
        try:
            value: object = wire.loads(row[0])
        except Exception:  # a damaged entry is imported again
            return None
        if row[2] != today():
            self._mark_used([key], today())
        return value

    def put_value(self, job: ParseJob, value: object) -> None:
        """Keep ``value`` (built of models, lists and tuples) for ``job``."""
        data = wire.dumps(value)
        try:
            self._db.execute("INSERT OR REPLACE INTO parsed VALUES (?, ?, ?, ?)",
                             (self._key(job), data, crc(data), today()))
        except sqlite3.Error as exc:
            self.note(f"could not keep an imported taxonomy in the cache ({exc})")

    def touch(self, keys: Sequence[str]) -> None:
        """Record that the entries of ``keys`` are in use today, without reading them (a
        rebuild that does not need an unchanged guide still relies on its entry)."""
        day = today()
        stale: list[str] = []
        try:
            for start in range(0, len(keys), 500):
                part = list(keys[start:start + 500])
                marks = ",".join("?" * len(part))
                stale += [key for key, used in self._db.execute(
                    f"SELECT key, used FROM parsed WHERE key IN ({marks})", part)
                    if used != day]
        except sqlite3.DatabaseError:
            return
        self._mark_used(stale, day)

    def _mark_used(self, keys: Sequence[str], day: int) -> None:
        """Record that these entries were used ``day`` (once a day per entry: a warm build's
        reads stay reads).  Best effort: a busy or read-only cache only ages sooner."""
        if not keys:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("UPDATE parsed SET used = ? WHERE key = ?",
                                 ((day, key) for key in keys))
            self._db.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    def forget_unused(self, days: int) -> int:
        """Delete the entries not used in the last ``days`` days; returns how many.  Their
        pages are reused by later entries (the file stops growing); :meth:`compact` gives
        them back to the file system.

        >>> import tempfile
        >>> cache = ParseCache.open(tempfile.mkdtemp() + "/parsed.db", print)
        >>> cache.forget_unused(30)
        0
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
            deleted = self._db.execute("DELETE FROM parsed WHERE used < ?",
                                       (today() - days,)).rowcount
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            self.note(f"could not forget old parsed guides ({exc})")
            return 0
        return deleted

    def compact(self) -> None:
        """Shrink the file to its entries (``VACUUM``; it waits for other writers)."""
        self._db.execute("VACUUM")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self._db.close()
