"""A private copy of the previous store, made on a thread while a rebuild computes its patch.

A patch (:mod:`.patchwrite`) is written into a copy of the previous store, flushed, then
renamed over its target: readers open stores as immutable files, so no store is ever
written in place.  At 10,000 guides that copy is 240 MB, and copying and flushing it took
about a second of a rebuild's wall time, on the path, after everything else was computed.
:class:`CopyAhead` starts it when the rebuild starts: the copy and its flush wait in the
kernel (the thread holds no lock the build needs), so they overlap the parse, the
resolution and the patch's rows, and the final flush of the patched file writes only the
pages the patch changed.

The copy is named as the writer names its temporary files (``.<target>.*.tmp`` beside the
target), so a killed build's copy is swept like any other leftover; every other ending
removes it (:meth:`CopyAhead.discard`).

>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "old.db").write_bytes(b"rows")
>>> ahead = CopyAhead.start(folder / "old.db", folder / "new.db")
>>> copy = ahead.take()
>>> copy.read_bytes(), copy.name.startswith(".new.db.")
(b'rows', True)
>>> ahead.discard(); copy.exists()
False
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

__all__ = ["CopyAhead"]


class CopyAhead:
    """A copy of ``base`` being made beside ``target`` (see the module docstring)."""

    def __init__(self, base: Path, path: Path) -> None:
        self.base = base
        #: The copy (a temporary file the caller owns once :meth:`take` returned it).
        self.path = path
        self._failed = False
        self._thread = threading.Thread(target=self._copy, name="careergraph-copy-ahead",
                                        daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, base: Path, target: Path) -> CopyAhead | None:
        """Start copying ``base`` for a write of ``target``; None when no file can be made
        beside ``target`` (the writer then copies, or fails, as it would without this)."""
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        except OSError:
            return None
        os.close(fd)
        return cls(base, Path(name))

    def _copy(self) -> None:
        try:
            shutil.copyfile(self.base, self.path)
            with open(self.path, "rb+") as handle:
                os.fsync(handle.fileno())  # now, overlapped, rather than after the patch
        except OSError:  # a base pruned meanwhile, a full disk: the writer copies itself
            self._failed = True

    def take(self) -> Path | None:
        """Wait for the copy: its path (a full copy of ``base``), or None if it failed."""
        self._thread.join()
        return None if self._failed else self.path

    def discard(self) -> None:
        """Wait for the thread and remove the copy unless it was used (renamed away)."""
        self._thread.join()
        self.path.unlink(missing_ok=True)
