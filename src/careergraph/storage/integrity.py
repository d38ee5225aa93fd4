"""Telling a sound store from a damaged or foreign file, cheaply.

Checked when a store is opened (no full read, so a 50,000-guide store opens in milliseconds):
the SQLite magic, the ``application_id`` that marks careergraph's files, the file size the
header promises (a truncated file is shorter), the ``meta`` format and version.  Checked when
data is read: the CRC-32 every row and blob carries, and SQLite's own structure checks (a
damaged page raises ``sqlite3.DatabaseError``).  :func:`deep_check` adds ``PRAGMA
quick_check`` for the times a full pass is worth it (after writing a cache entry).

>>> crc(b"careergraph") == crc(b"careergraph")
True
>>> import os, tempfile
>>> path = os.path.join(tempfile.mkdtemp(), "junk.db")
>>> _ = open(path, "wb").write(os.urandom(4096))
>>> try:
...     check_header(path)
... except DamagedStoreError as exc:
...     print(exc.problem)
not a careergraph graph file (no SQLite header)
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path

from careergraph.errors import DamagedStoreError
from careergraph.storage.schema import APPLICATION_ID, FORMAT, SQLITE_MAGIC, VERSION

__all__ = ["DamagedStoreError", "check_header", "check_meta", "crc", "deep_check", "row_crc",
           "text_crc"]

_HINT = "rebuild it with `careergraph build --out FILE`"


def crc(data: bytes, start: int = 0) -> int:
    """The CRC-32 stored beside every row and blob (``start``: continued from that CRC)."""
    return zlib.crc32(data, start)


def row_crc(*parts: str | bytes) -> int:
    """The CRC-32 of a table row: every column, so a changed byte anywhere in it shows.

    >>> row_crc("role:a", b"{}") != row_crc("role:b", b"{}")
    True
    """
    # One CRC over the parts each followed by a NUL (the same value as a running CRC part by
    # part, with one call instead of one per column).
    return zlib.crc32(b"\0".join([part.encode("utf-8") if isinstance(part, str) else part
                                   for part in (*parts, b"")]))


def text_crc(*parts: str, start: int = 0) -> int:
    """:func:`row_crc` of text columns, continued from ``start`` (the CRC of the columns
    before them): one join and one encoding for the run, so a writer CRCs a row's columns
    once, and those two CRCs share (a node's head and whole row) once.

    >>> text_crc("role:a", "Role") == row_crc("role:a", "Role")
    True
    >>> after = crc(bytes(1), crc(b"{}", text_crc("role:a")))  # a bytes column, then NUL
    >>> text_crc("3 1", start=after) == row_crc("role:a", b"{}", "3 1")
    True
    """
    return zlib.crc32(("\0".join(parts) + "\0").encode("utf-8"), start)


def damaged(path: str | Path, problem: str) -> DamagedStoreError:
    """The error for a store that cannot be used."""
    return DamagedStoreError(str(path), 0, problem, hint=_HINT)


def check_header(path: str | Path) -> None:
    """Raise :class:`DamagedStoreError` unless ``path`` starts like a whole careergraph store."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise damaged(path, f"cannot read graph file: {exc.strerror or exc}") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise damaged(path, "not a careergraph graph file (no SQLite header)")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise damaged(path, "a SQLite file, but not a careergraph graph file")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if page_size < 512 or size != page_size * pages:
        raise damaged(path, f"graph file is truncated or padded ({size} bytes, header says "
                            f"{page_size * pages})")


def check_meta(path: str | Path, meta: dict[str, str]) -> None:
    """Raise unless the ``meta`` table names this format and version."""
    if meta.get("format") != FORMAT:
        raise damaged(path, "not a careergraph graph file (no format mark)")
    if meta.get("version") != str(VERSION):
        raise DamagedStoreError(str(path), 0, f"graph file version {meta.get('version')!r} "
                                f"is not {VERSION}", hint="rebuild it with this careergraph")


def deep_check(connection: sqlite3.Connection, path: str | Path) -> None:
    """SQLite's ``quick_check`` over every page (reads the whole file)."""
    result = connection.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise damaged(path, f"graph file is damaged: {result[0][0]}")
