"""Built graphs kept between commands, and guides parsed once per content.

Two caches live in the cache folder (``$CAREERGRAPH_CACHE_DIR``, else
``$XDG_CACHE_HOME/careergraph``, else ``~/.cache/careergraph``):

- **graph stores** (``graph-<key>.db``, see :mod:`careergraph.storage`): the built graph of
  one command's inputs.  The key covers every path given (also those that match nothing, so
  the cached build report belongs to this command), every input file's label and bytes, the
  lexicon files, the options that change the result, careergraph's version and its code.
  A later command with the same inputs opens the store and reads only what it needs.  A
  small stat table (``manifest``) maps the files' sizes and modification times to the key,
  so a warm command does not re-read every guide to know the store is fresh;
- **parsed guides** (``parsed.db``, :mod:`careergraph.storage.parsecache`): each guide
  file's parse, keyed by its bytes, label and the parser's code.  After an edit only the
  edited guide is parsed again;
- **build states** (``state-<inputs>.db``, :mod:`careergraph.storage.buildstate`): names
  are then re-resolved only in the components of resolution the changed guides reach
  (:mod:`careergraph.incremental`); graph building still runs over all guides, giving
  exactly the graph a cold build gives.

Stores are pruned to the most recently used few (:mod:`careergraph.cachedir`), so editing a
corpus again and again does not fill the disk.

A damaged, truncated or foreign cache file is detected, removed and rebuilt with a one-line
note (``note``); an unusable cache folder (unwritable, or no home folder) makes the command go
on without a cache, with a note.

>>> import os, tempfile
>>> os.environ["CAREERGRAPH_CACHE_DIR"] = tempfile.mkdtemp()
>>> first = cached_build(None)              # builds and stores
>>> second = cached_build(None)             # opens the stored graph
>>> second.store is not None, first.digest == second.digest
(True, True)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import TYPE_CHECKING

from careergraph.cachedir import KEEP_PARSED_DAYS, prune_states, prune_stores, touch
from careergraph.errors import DamagedStoreError
from careergraph.graph import CareerGraph
from careergraph.resources import guides_dir, lexicon_dir
from careergraph.storage import GraphStore

if TYPE_CHECKING:
    from careergraph.guides.taxonomy import TaxonomyOptions
    from careergraph.rebuild import Found
    from careergraph.storage.parsecache import ParseCache

__all__ = ["FileDigests", "Note", "cache_dir", "cache_key", "cached_build"]

#: Where one-line notes go (the CLI prints them on stderr).
Note = Callable[[str], None]
#: Files modified this recently are not trusted by their stat alone (a same-size edit within
#: the file system's timestamp granularity would go unseen).
_RACY_S = 2.0
#: The guide digests the manifest keeps (by stat) before it starts again.
_MAX_FILE_DIGESTS = 500_000


def cache_dir() -> Path | None:
    """Where built graphs are kept, or None when there is no home folder to put them in."""
    if explicit := os.environ.get("CAREERGRAPH_CACHE_DIR"):
        return Path(explicit)
    if base := os.environ.get("XDG_CACHE_HOME"):
        return Path(base) / "careergraph"
    try:
        return Path.home() / ".cache" / "careergraph"
    except (RuntimeError, KeyError):  # HOME unset and no passwd entry
        return None


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


def _header(paths: Sequence[str | Path] | None, strict: bool,
            taxonomy: TaxonomyOptions | None = None) -> hashlib._Hash:
    from careergraph import __version__

    digest = hashlib.sha256(f"careergraph {__version__} strict={strict}\n".encode())
    if taxonomy is not None:  # options other than the defaults make another graph
        digest.update(f"taxonomy {taxonomy!r}\n".encode())
    digest.update(_code_fingerprint().encode())
    # Every path as given, also one that matches nothing: the report mentions it.
    given = ["<bundled>"] if paths is None else [str(p) for p in paths]
    for path in given:
        digest.update(f"given {len(path)}:{path}\n".encode())
    return digest


def cache_key(
    paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path] = (),
    *, strict: bool = False, taxonomy: TaxonomyOptions | None = None,
    known: FileDigests | None = None, listing: Sequence[tuple[str, Path]] | None = None,
) -> str:
    """A digest of everything that decides the graph built from ``paths`` (reads every
    input file, or with ``known`` those whose stat it does not vouch for; an unreadable
    guide digests its error, the build reports it).  ``listing``: the guide files of
    ``paths`` (:func:`~careergraph.guides.corpus.discover_files`) when already listed."""
    from careergraph.guides.corpus import discover_files, guide_digest
    from careergraph.lexicon import lexicon_digest

    digest = _header(paths, strict, taxonomy)
    digest_of = known.digest if known is not None else guide_digest
    for label, path in discover_files(paths) if listing is None else listing:
        digest.update(f"guide {label}\n".encode())
        digest.update(digest_of(path))
    for path in _lexicon_files(lexicon_dirs):
        digest.update(f"lexicon {path}\n".encode())
        digest.update(lexicon_digest(path))
    return digest.hexdigest()


class FileDigests:
    """Guide files' digests by their stat (kept in the cache's manifest between commands):
    a cache key after an edit reads only the files whose stat changed.

    A file is vouched for by its size, modification and change times, inode and device:
    any write moves the change time, which no user call sets back, and a file replaced by
    rename has another inode.  A digest is kept only for a file last changed longer ago than
    the clock's granularity could hide (:data:`_RACY_S`).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("Data Engineer")
    >>> memo = FileDigests({})
    >>> memo.digest(path) == FileDigests(memo.new).digest(path)
    True
    """

    def __init__(self, known: dict[str, tuple[bytes, bytes]]) -> None:
        self.known = known
        #: Digests taken by this command, to keep: path -> (stat, digest).
        self.new: dict[str, tuple[bytes, bytes]] = {}
        #: Digests of regular files vouched for by their stat, by absolute path: the bytes
        #: a build need not read again (a file over the guide size limit is not included).
        self.vouched: dict[str, bytes] = {}

    def digest(self, path: Path) -> bytes:
        from careergraph.guides.corpus import guide_digest

        try:
            stat = os.stat(path)
        except OSError:
            return guide_digest(path)
        stamp = repr((stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino,
                      stat.st_dev)).encode()
        name = os.path.abspath(path)
        kept = self.known.get(name)
        if kept is not None and kept[0] == stamp:
            from careergraph.guides.read import MAX_BYTES

            if S_ISREG(stat.st_mode) and stat.st_size <= MAX_BYTES:
                self.vouched[name] = kept[1]
            return kept[1]
        found = guide_digest(path)
        if S_ISREG(stat.st_mode) and time.time_ns() - max(
                stat.st_mtime_ns, stat.st_ctime_ns) > _RACY_S * 1e9:
            self.new[name] = (stamp, found)
        return found


def _inputs_key(paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path],
                strict: bool, taxonomy: TaxonomyOptions | None = None) -> str:
    """What names one corpus across its edits: the paths and lexicon folders as given, the
    options and the code, not the files' content."""
    digest = _header(paths, strict, taxonomy)
    for folder in lexicon_dirs:
        digest.update(f"lexicon dir {folder}\n".encode())
    return digest.hexdigest()


class _Unsure(Exception):
    """The inputs cannot be vouched for by their stat alone (a glob, a link to a folder, a
    file modified a moment ago): the content key is computed instead."""


class _Stats:
    """The names and stats of every entry under the given inputs, gathered for a digest.

    Per entry: type and permissions, size, modification and change times (ns) and inode.
    Any write to a file moves its change time (``st_ctime``), which no user call can set
    back, so an edit that keeps the size and restores the modification time still changes
    the digest; a file replaced by rename has another inode.  Only a change made within the
    clock's granularity of the stat could keep every field: files modified that recently
    are not vouched for (see :data:`_RACY_S`).  A link to a file is followed (its target's
    stat is taken); a link to a folder, whose files a stat here would not see, is not
    vouched for.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.fields: list[int] = []  # five per entry, flat: no tuple per file

    def add(self, given: Path) -> None:
        """Every entry under ``given`` (a superset of the guides :func:`discover_files`
        picks) with its stat: any change that could change the corpus changes one of them."""
        if not given.is_dir():
            stat = given.stat()
            self.names.append(str(given))
            self.fields += (stat.st_mode, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns,
                            stat.st_ino)
            return
        # Entries are stat-ed relative to their folder's descriptor: the kernel then walks
        # no path per file.  At 50,000 guides this loop is most of a warm command's extra
        # cost, so it makes no object per file beyond the stat itself.
        stack = [(str(given), os.open(given, os.O_RDONLY | os.O_DIRECTORY))]
        fields = self.fields
        try:
            while stack:
                folder, fd = stack.pop()
                try:
                    with os.scandir(fd) as found:
                        entries = list(found)
                    for entry in entries:
                        stat = os.stat(entry.name, dir_fd=fd)  # a link: its target's stat
                        if S_ISDIR(stat.st_mode):
                            if entry.is_symlink():
                                raise _Unsure  # its content could change without a stat here
                            stack.append((f"{folder}{os.sep}{entry.name}",
                                          os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY,
                                                  dir_fd=fd)))
                        fields += (stat.st_mode, stat.st_size, stat.st_mtime_ns,
                                   stat.st_ctime_ns, stat.st_ino)
                finally:
                    os.close(fd)
                # One name record per folder: the folder, then its entries' names.
                self.names.append("\0".join([folder, *(entry.name for entry in entries)]))
        finally:
            for _, fd in stack:
                os.close(fd)

    def newest_mtime_ns(self) -> int:
        return max(self.fields[2::5], default=0)

    def digest(self, digest: hashlib._Hash) -> None:
        digest.update("\1".join(self.names).encode("utf-8", "surrogateescape"))
        try:
            digest.update(array("q", self.fields).tobytes())
        except OverflowError:  # a field beyond 64 bits (an inode on some file systems)
            digest.update(repr(self.fields).encode())


def _stat_key(paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path],
              strict: bool, taxonomy: TaxonomyOptions | None = None) -> str | None:
    """A digest of the inputs' names, sizes and times (no reading, no parsing of names), or
    None when that cannot be trusted (see :class:`_Unsure`)."""
    digest = _header(paths, strict, taxonomy)
    given = [guides_dir()] if paths is None else [Path(p) for p in paths]
    stats = _Stats()
    try:
        for root in [*given, *_lexicon_files(lexicon_dirs)]:
            if any(char in str(root) for char in "*?["):
                raise _Unsure
            stats.add(root)
    except (_Unsure, OSError):
        return None
    if stats.fields and time.time_ns() - stats.newest_mtime_ns() < _RACY_S * 1e9:
        return None
    stats.digest(digest)
    return digest.hexdigest()


def _quiet(_: str) -> None:
    return None


def cached_build(
    paths: Sequence[str | Path] | None,
    *,
    lexicon_dirs: Sequence[str | Path] = (),
    strict: bool = False,
    use_cache: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
    note: Note = _quiet,
    taxonomy: TaxonomyOptions | None = None,
) -> CareerGraph:
    """The graph of ``paths`` (default: the bundled corpus), from the cache when fresh.
    ``taxonomy``: options for occupation taxonomies (None: the defaults).

    ``use_cache=False`` rebuilds (parsing every guide) and replaces the cached store, which
    also repairs a damaged one.
    """
    folder = cache_dir()
    if folder is None:
        note("no home folder for the cache (HOME is unset): building without a cache")
        return _build(paths, lexicon_dirs, strict, progress, None, taxonomy)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / "parsed.db"
        if not os.access(folder, os.W_OK | os.X_OK) or (probe.exists()
                                                          and not os.access(probe, os.W_OK)):
            raise PermissionError(13, "not writable")
    except OSError as exc:
        note(f"cache folder {folder} is not usable ({exc.strerror or exc}): building "
             "without a cache")
        return _build(paths, lexicon_dirs, strict, progress, None, taxonomy)
    return _Cache(folder, note, taxonomy).graph(paths, lexicon_dirs, strict, use_cache,
                                                progress)


def _build(paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path],
           strict: bool, progress: Callable[[int, int, str], None] | None,
           parse_cache: ParseCache | None,
           taxonomy: TaxonomyOptions | None = None) -> CareerGraph:
    """A build without a cache folder: names resolved in full (and ``rebuild`` says so)."""
    from careergraph.incremental import PartialResolver

    resolver = PartialResolver(None)
    graph = CareerGraph.from_guides(paths, lexicon_dirs=lexicon_dirs, strict=strict,
                                    progress=progress, parse_cache=parse_cache,
                                    resolver=resolver, taxonomy=taxonomy)
    graph.rebuild = resolver.info
    return graph


class _Cache:
    """One command's use of the cache folder."""

    def __init__(self, folder: Path, note: Note, taxonomy: TaxonomyOptions | None = None
                 ) -> None:
        self.folder = folder
        self.note = note
        self.taxonomy = taxonomy

    def graph(self, paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path],
              strict: bool, use_cache: bool,
              progress: Callable[[int, int, str], None] | None) -> CareerGraph:
        stat_key = _stat_key(paths, lexicon_dirs, strict, self.taxonomy)
        key = self._known(stat_key) if use_cache else None
        found = known = None
        if key is None:
            from careergraph.guides.corpus import discover

            # Listed once: the key and the build that may follow read the same files.
            found = discover(paths)
            known = self._file_digests() if use_cache else None
            key = cache_key(paths, lexicon_dirs, strict=strict, taxonomy=self.taxonomy,
                            known=known, listing=found[0])
            if known is not None:
                self._keep_digests(known)
        target = self.folder / f"graph-{key}.db"
        if use_cache and target.exists():
            try:
                graph = CareerGraph(store=GraphStore(target))
                graph.on_damage = self._rebuilder(target, paths, lexicon_dirs, strict)
                self._remember(stat_key, key)
                touch(target)  # recently used: kept by the pruning
                return graph
            except DamagedStoreError as exc:
                if target.exists():  # else another command pruned it a moment ago
                    self.note(f"cached graph was damaged ({exc.problem}): rebuilding it")
        # The last store of the same inputs (paths, lexicon folders, options, code) before
        # this change: patched, or only the rows that differ from it written.  --no-cache
        # and a damaged target write the store whole.
        inputs = _inputs_key(paths, lexicon_dirs, strict, self.taxonomy)
        graph = self._fresh(paths, lexicon_dirs, strict, progress, use_cache, target,
                            self._latest(inputs, target) if use_cache else None, found,
                            known.vouched if known is not None else None)
        self._remember(stat_key, key, inputs)
        prune_stores(self.folder, keep=target)
        return graph

    def _fresh(self, paths: Sequence[str | Path] | None, lexicon_dirs: Sequence[str | Path],
               strict: bool, progress: Callable[[int, int, str], None] | None,
               use_cache: bool, target: Path, base: Path | None = None,
               found: Found | None = None, vouched: dict[str, bytes] | None = None
               ) -> CareerGraph:
        """Build the graph and save it as ``target`` (``careergraph.rebuild``); ``found``:
        the inputs' files and problems as listed for the key; ``vouched``: the digests of
        those the key took by their stat (:attr:`FileDigests.vouched`)."""
        from careergraph.rebuild import Inputs, build_into
        from careergraph.storage.buildstate import BuildState
        from careergraph.storage.parsecache import ParseCache

        parse_cache = ParseCache.open(self.folder / "parsed.db", self.note)
        # The build state of the same inputs: names are re-resolved only where the guides
        # changed (careergraph.incremental); --no-cache resolves everything and renews it.
        inputs = _inputs_key(paths, lexicon_dirs, strict, self.taxonomy)
        state_path = self.folder / f"state-{inputs}.db"
        state = BuildState.open(state_path)
        try:
            if parse_cache is not None and not use_cache:
                parse_cache.refresh = True  # --no-cache: parse everything, replace entries
            graph = build_into(target, Inputs(paths, lexicon_dirs, strict, self.taxonomy,
                                              found, vouched),
                               state=state, parse_cache=parse_cache, base=base,
                               refresh=not use_cache, progress=progress, note=self.note)
            if graph.store is not None:
                graph.on_damage = self._rebuilder(target, paths, lexicon_dirs, strict)
            return graph
        finally:
            if parse_cache is not None:
                # Edits and new parser versions leave entries nobody reads again.
                parse_cache.forget_unused(KEEP_PARSED_DAYS)
                parse_cache.close()
            if state is not None:
                state.close()
            # One state per input set and code version: the most recently used few stay.
            prune_states(self.folder, keep=state_path)

    def _rebuilder(self, target: Path, paths: Sequence[str | Path] | None,
                   lexicon_dirs: Sequence[str | Path],
                   strict: bool) -> Callable[[DamagedStoreError], CareerGraph]:
        def rebuild(exc: DamagedStoreError) -> CareerGraph:
            self.note(f"cached graph was damaged ({exc.problem}): rebuilding it")
            return self._fresh(paths, lexicon_dirs, strict, None, True, target)

        return rebuild

    # -- stat manifest: a warm command need not read every guide --------------------------
    def _manifest(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.folder / "manifest.db", timeout=30, isolation_level=None)
        db.execute("CREATE TABLE IF NOT EXISTS manifest (stat TEXT PRIMARY KEY, key TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS latest (inputs TEXT PRIMARY KEY, key TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stat BLOB, "
                   "digest BLOB)")
        return db

    def _file_digests(self) -> FileDigests:
        try:
            with contextlib.closing(self._manifest()) as db:
                return FileDigests({path: (stamp, digest) for path, stamp, digest in
                                    db.execute("SELECT path, stat, digest FROM files")})
        except sqlite3.Error:
            self._reset_manifest()
            return FileDigests({})

    def _keep_digests(self, known: FileDigests) -> None:
        if not known.new:
            return
        try:
            with contextlib.closing(self._manifest()) as db:
                db.execute("BEGIN IMMEDIATE")
                if len(known.known) + len(known.new) > _MAX_FILE_DIGESTS:
                    db.execute("DELETE FROM files")  # many corpora over time: start again
                db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                               [(path, *kept) for path, kept in known.new.items()])
                db.execute("COMMIT")
        except sqlite3.Error:
            self._reset_manifest()

    def _latest(self, inputs: str, target: Path) -> Path | None:
        """The store last built from the same inputs, if it is still there (a store that
        turns out unusable is ignored by the writer, which then writes the store whole)."""
        key = self._key_in("SELECT key FROM latest WHERE inputs = ?", inputs)
        base = self.folder / f"graph-{key}.db"
        return base if key is not None and base != target and base.exists() else None

    def _known(self, stat_key: str | None) -> str | None:
        if stat_key is None:
            return None
        return self._key_in("SELECT key FROM manifest WHERE stat = ?", stat_key)

    def _key_in(self, query: str, value: str) -> str | None:
        """The cache key a manifest table holds for ``value``, if it holds a well-formed one."""
        try:
            with contextlib.closing(self._manifest()) as db:
                row = db.execute(query, (value,)).fetchone()
        except sqlite3.Error:
            self._reset_manifest()
            return None
        key = row[0] if row else None
        if not isinstance(key, str) or len(key) != 64 or not key.isalnum():
            return None
        return key

    def _remember(self, stat_key: str | None, key: str, inputs: str | None = None) -> None:
        if stat_key is None and inputs is None:
            return
        try:
            with contextlib.closing(self._manifest()) as db:
                if stat_key is not None:
                    db.execute("INSERT OR REPLACE INTO manifest VALUES (?, ?)",
                               (stat_key, key))
                if inputs is not None:
                    db.execute("INSERT OR REPLACE INTO latest VALUES (?, ?)", (inputs, key))
        except sqlite3.Error:
            self._reset_manifest()

    def _reset_manifest(self) -> None:
        self.note("cache manifest was damaged: starting a new one")
        with contextlib.suppress(OSError):
            (self.folder / "manifest.db").unlink()
