"""Writing the files a user asked for (``--out``): a failure names the path and what to do.

>>> try:
...     with writing("/proc/x.json"):
...         open("/proc/x.json", "w")
... except InputError as err:
...     print(err.file, err.problem.split(":")[0])
/proc/x.json cannot write here
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from careergraph.errors import InputError

__all__ = ["writing"]


@contextlib.contextmanager
def writing(path: str | Path, *, folder: bool = False) -> Iterator[None]:
    """Turn an :class:`OSError` raised inside the block into an :class:`InputError` naming
    ``path`` (exit code 2): a folder given for a file, a read-only or missing place, a full
    disk.  ``folder=True`` when ``path`` is meant to be a folder (a CSV export)."""
    try:
        yield
    except OSError as exc:
        wanted = "a folder" if folder else "a file path (not a folder)"
        raise InputError(str(path), 0, f"cannot write here: {exc.strerror or exc}",
                         hint=f"give {wanted} in a place you can write to") from exc
