"""A cache of built graphs, keyed by the content of the corpus and the lexicon.

Repeated commands on the same guides load the saved graph instead of re-parsing.  The key
covers every input file's label and bytes, the lexicon files, the options that change the
result, careergraph's version and its code (so an editable install that changes a parser
rebuilds too): any edit rebuilds.  The folder is
``$CAREERGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/careergraph``, else ``~/.cache/careergraph``.

>>> import os, tempfile
>>> os.environ["CAREERGRAPH_CACHE_DIR"] = tempfile.mkdtemp()
>>> first = cached_build(None)              # builds and stores
>>> second = cached_build(None)             # loads the stored graph
>>> sorted(first.nx.nodes) == sorted(second.nx.nodes)
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from careergraph.errors import InputError
from careergraph.graph import CareerGraph
from careergraph.resources import lexicon_dir

__all__ = ["cache_dir", "cache_key", "cached_build"]


def cache_dir() -> Path:
    """Where built graphs are kept."""
    if explicit := os.environ.get("CAREERGRAPH_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "careergraph"


def _lexicon_files(lexicon_dirs: Sequence[str | Path]) -> list[Path]:
    files: list[Path] = []
    for folder in (lexicon_dir(), *map(Path, lexicon_dirs)):
        files += [folder] if folder.is_file() else sorted(
            [*folder.glob("*.yaml"), *folder.glob("*.yml")])
    return files


def _code_fingerprint() -> str:
    """Path, size and modification time of every careergraph module: cheap to take (no
    reading), and different whenever the code that builds graphs changes."""
    package = Path(__file__).resolve().parent
    parts = []
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        parts.append(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


def cache_key(
    paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path] = (),
    *, strict: bool = False,
) -> str:
    """A digest of everything that decides the graph built from ``paths``."""
    from careergraph import __version__
    from careergraph.guides.corpus import discover_files, guide_digest
    from careergraph.lexicon import lexicon_digest

    digest = hashlib.sha256(f"careergraph {__version__} strict={strict}\n".encode())
    digest.update(_code_fingerprint().encode())
    for label, path in discover_files(paths):
        digest.update(f"guide {label}\n".encode())
        digest.update(guide_digest(path))
    for path in _lexicon_files(lexicon_dirs):
        digest.update(f"lexicon {path}\n".encode())
        digest.update(lexicon_digest(path))
    return digest.hexdigest()


def cached_build(
    paths: Sequence[str | Path] | None,
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    strict: bool = False,
    use_cache: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
) -> CareerGraph:
    """The graph of ``paths`` (default: the bundled corpus), from the cache when fresh."""
    if not use_cache:
        return CareerGraph.from_guides(paths, lexicon_dirs=lexicon_dirs, strict=strict,
                                       progress=progress)
    target = cache_dir() / f"graph-{cache_key(paths, lexicon_dirs, strict=strict)}.json"
    if target.is_file():
        try:
            return CareerGraph.load(target)
        except InputError:
            target.unlink(missing_ok=True)  # damaged or from another version: rebuild
    graph = CareerGraph.from_guides(paths, lexicon_dirs=lexicon_dirs, strict=strict,
                                    progress=progress)
    # A read-only home must not stop the command; it only loses the cache.
    with contextlib.suppress(OSError):
        graph.save(target)
    return graph
