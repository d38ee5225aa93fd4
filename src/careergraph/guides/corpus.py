"""Load many guide files at once: folders, files and glob patterns, with every problem kept.

A bad file never stops the others: it becomes an error :class:`~careergraph.model.Problem`
and contributes no guide.  ``strict=True`` raises the first error instead (after reading
everything).

>>> corpus = load_corpus()
>>> len(corpus.guides), corpus.files[0], len(corpus.digest)
(5, 'lead-mlops-engineer.card.txt', 64)
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import orjson
import yaml
from pydantic import BaseModel, Field

from careergraph.bulk import paused_gc
from careergraph.errors import GuideError
from careergraph.guides.pool import ParseJob, ParseOutcome, parse_all
from careergraph.guides.read import (
    JSONLD_SUFFIXES,
    MAX_BYTES,
    STRUCTURED_SUFFIXES,
    decode,
    read_guide_bytes,
)
from careergraph.guides.tables import HEAD_BYTES
from careergraph.guides.taxonomy import Bundle, TaxonomyOptions, claim, import_bundle
from careergraph.guides.taxonomy_aliases import separate_titles
from careergraph.guides.taxonomy_result import Imported
from careergraph.guides.walk import GUIDE_SUFFIXES, SPREADSHEET_SUFFIXES, expand_paths
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import Guide, Problem, Severity
from careergraph.resources import guides_dir
from careergraph.yamlload import safe_load

__all__ = ["GUIDE_SUFFIXES", "Corpus", "discover", "discover_files", "guide_digest",
           "load_corpus"]


class Corpus(BaseModel):
    """The guides read from a set of inputs, and everything that went wrong."""

    guides: list[Guide] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    files: list[str] = Field(default_factory=list)
    digest: str = ""


def discover(paths: Sequence[str | Path] | None = None) -> tuple[list[tuple[str, Path]],
                                                                list[Problem]]:
    """The ``(label, path)`` pairs :func:`load_corpus` reads, in order, and the problems met
    finding them (a missing path, a glob matching nothing, an unreadable folder, a FIFO, a
    symbolic link loop).  Nothing is opened: a FIFO is never read.

    >>> files, problems = discover(["data/guides", "/no/such/folder"])
    >>> len(files), [p.message for p in problems]
    (5, ['no such file or folder'])
    """
    problems: list[Problem] = []
    return expand_paths([guides_dir()] if paths is None else paths, problems), problems


def discover_files(paths: Sequence[str | Path] | None = None) -> list[tuple[str, Path]]:
    """The ``(label, path)`` pairs :func:`load_corpus` reads, in order (problems left out).

    >>> [label for label, _ in discover_files()][:2]
    ['lead-mlops-engineer.card.txt', 'lead-mlops-engineer.longform.txt']
    """
    return discover(paths)[0]


def guide_digest(path: Path) -> bytes:
    """SHA-256 of a guide file's bytes, for cache keys; an unreadable file digests its error
    instead of raising, so the build that follows reports it as a per-file problem.

    >>> len(guide_digest(Path("/nonexistent.txt")))
    32
    """
    try:
        data = read_guide_bytes(path, str(path))
    except GuideError as exc:
        data = f"unreadable: {exc.problem}".encode()
    if len(data) > MAX_BYTES:  # a taxonomy table (no limit): every byte counts
        try:
            with open(path, "rb") as handle:
                return hashlib.file_digest(handle, "sha256").digest()
        except OSError as exc:
            data = f"unreadable: {exc.strerror or exc}".encode()
    return hashlib.sha256(data).digest()


def _error(file: str, line: int, message: str) -> Problem:
    return Problem(file=file, line=max(1, line), message=message, severity=Severity.ERROR)


def _normal_text(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(map(str.rstrip, lines)).strip()


def _digest(contents: Sequence[tuple[str, bytes]]) -> str:
    """A digest of ``(label, digest of its bytes)`` pairs: unread files count too."""
    sha = hashlib.sha256()
    for label, digest in sorted(contents):
        for part in (label.encode("utf-8"), digest):
            sha.update(len(part).to_bytes(8, "big"))
            sha.update(part)
    return sha.hexdigest()


def load_corpus(
    paths: Sequence[str | Path] | None = None,
    *,
    lexicon: Lexicon | None = None,
    strict: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    workers: int | None = None,
    parse_cache: ParseCacheLike | None = None,
    taxonomy: TaxonomyOptions | None = None,
    text_keys: dict[str, str] | None = None,
    found: tuple[list[tuple[str, Path]], list[Problem]] | None = None,
    vouched: Mapping[str, bytes] | None = None,
    plain: set[str] | None = None,
) -> Corpus:
    """Read every guide under ``paths`` (folders, files or glob patterns; default: the bundled
    corpus).  Labels are paths relative to a folder argument, or as given for files.
    Occupation taxonomies among them (ESCO's CSV, O*NET's text files, NOC's CSV, ISCO-08's
    and SOC 2018's CSV: see :mod:`careergraph.guides.taxonomy`) give one guide per
    occupation, imported with the ``taxonomy`` options.

    ``progress(i, total, label)`` is called as each file is done.  With ``strict`` the first
    :class:`GuideError` is raised once everything has been read.  ``workers`` processes parse
    the files, this one among them where the platform forks (default: one per CPU for a
    corpus of 200 files or more, else this process alone); the result is the same whatever
    the number.  ``parse_cache`` (see
    :class:`careergraph.storage.parsecache.ParseCache`) supplies outcomes of files parsed
    before and keeps the new ones.  ``text_keys``: the duplicate check's key of each file's
    normalised text by the digest of its bytes, from an earlier load (only files not in it
    are decoded for the check); replaced by this corpus's.  ``found``: what
    :func:`discover` gave for ``paths``, when the caller listed them already.

    ``vouched``: SHA-256 digests of files' bytes by absolute path, for files whose stat
    vouches that they are unchanged since (:class:`careergraph.cache.FileDigests`);
    ``plain``: the byte digests (hex) of files whose first bytes hold no tab (the
    taxonomy check then need not read them), replaced by this corpus's.  A vouched file
    whose digest both know, and for which ``parse_cache`` has stubs
    (:class:`careergraph.stubs.KeptParses`), is not read at all.
    """
    with paused_gc():
        return _load(paths, lexicon, strict, progress, workers, parse_cache, taxonomy,
                     text_keys, found, _Unread(vouched or {}, plain))


def _load(
    paths: Sequence[str | Path] | None,
    lexicon: Lexicon | None,
    strict: bool,
    progress: Callable[[int, int, str], None] | None,
    workers: int | None,
    parse_cache: ParseCacheLike | None = None,
    taxonomy: TaxonomyOptions | None = None,
    text_keys: dict[str, str] | None = None,
    found: tuple[list[tuple[str, Path]], list[Problem]] | None = None,
    unread: _Unread | None = None,
) -> Corpus:
    lexicon = lexicon or load_lexicon()
    entries, problems = (list(found[0]), list(found[1])) if found else discover(paths)
    named = {str(given) for given in (paths or ())}
    unread = unread or _Unread({}, None)
    skipped = unread.stubs(entries, text_keys or {}, parse_cache, lexicon)
    # Taxonomy tables first: they are read as tables, never parsed as guide text.
    every_file = [label for label, _ in entries]
    read = _Reads(named)
    bundles, entries, table_problems = claim(entries, named, read.head, skipped)
    notes = [_not_a_guide(label) for label, _ in entries
             if label not in named and not _is_guide_name(label)]
    entries = [(label, path) for label, path in entries
               if label in named or _is_guide_name(label)]
    # Per file: its bytes (None: vouched for and stubbed unread) and their digest.
    contents: list[tuple[str, bytes | None, bytes]] = []
    for label, path in entries:
        if label in skipped:
            contents.append((label, None, skipped[label][0]))
            continue
        try:
            data = read.data(label, path)
        except GuideError as exc:
            problems.append(_error(label, 1, exc.problem + (f" ({exc.hint})" if exc.hint else "")))
            continue
        contents.append((label, data, hashlib.sha256(data).digest()))
    # With --strict, a path that could not be read is as fatal as a guide that cannot be.
    first_error: GuideError | None = next(
        (GuideError(p.file, p.line, p.message) for p in problems), None)
    problems.extend(notes)
    taxonomy_guides, taxonomy_digests = _import_taxonomies(bundles, taxonomy, table_problems,
                                                           lexicon, parse_cache)
    problems.extend(table_problems)
    first_error = first_error or next(
        (GuideError(p.file, p.line, p.message) for p in table_problems
         if p.severity is Severity.ERROR), None)
    # First, in order, which files are duplicates (cheap); then the parse (in parallel when
    # there are many files).  Outcomes are kept per file, so problems stay in file order.
    outcomes: list[ParseOutcome | None] = []
    jobs: list[ParseJob] = []
    seen_bytes: dict[str, str] = {}
    seen_text: dict[str, str] = {}
    known, text_of = dict(text_keys or {}), dict[str, str]()
    suffixes = dict(entries)
    for label, body, digest in contents:
        if body is not None:
            unread.saw(digest, body)
        try:
            _check_duplicate(label, body, digest.hex(), seen_bytes, seen_text, known, text_of)
        except GuideError as exc:
            outcomes.append(ParseOutcome(error=(exc.file, exc.line, exc.problem, exc.hint)))
            continue
        if body is None:
            outcomes.append(skipped[label][1])
            continue
        outcomes.append(None)
        jobs.append(ParseJob(label=label, data=body, suffix=suffixes[label].suffix))
    if text_keys is not None:
        text_keys.clear()
        text_keys.update(text_of)
    unread.keep(text_of)
    parsed = _parse_cached(jobs, lexicon, workers, parse_cache)

    guides: list[Guide] = taxonomy_guides
    for index, ((label, body, _), outcome) in enumerate(zip(contents, outcomes, strict=True),
                                                        1):
        outcome = outcome or next(parsed)
        if progress is not None:
            progress(index, len(contents), label)
        try:
            outcome.raise_error()
        except GuideError as exc:
            if (label not in named and body is not None
                    and _other_document(body, suffixes[label].suffix)):
                # Found in a folder, a data file of another shape: a note, not a bad guide.
                problems.append(_not_a_guide(label, "a data file without 'role' or 'guides'"))
                continue
            first_error = first_error or exc
            problems.append(
                _error(exc.file, exc.line, exc.problem + (f" ({exc.hint})" if exc.hint else ""))
            )
            continue
        guides.extend(outcome.guides)
        problems.extend(problem for guide in outcome.guides for problem in guide.problems)
    guides, separated = separate_titles(guides)
    problems.extend(separated)
    if strict and first_error is not None:
        raise first_error
    kept = {label for label, _ in entries} | set(taxonomy_digests)
    return Corpus(
        guides=guides,
        problems=problems,
        files=[label for label in every_file if label in kept],
        digest=_digest([*((label, digest) for label, _, digest in contents),
                        *taxonomy_digests.items()]),
    )


@runtime_checkable
class _Stubs(Protocol):
    def stub(self, label: str, path: Path, suffix: str, digest: bytes
             ) -> ParseOutcome | None: ...


class _Unread:
    """Files taken unread (see ``vouched`` and ``plain`` of :func:`load_corpus`)."""

    def __init__(self, vouched: Mapping[str, bytes], plain: set[str] | None) -> None:
        self.vouched = vouched
        self.plain = plain
        self.before = frozenset(plain or ())
        self.now: set[str] = set()

    def stubs(self, entries: Sequence[tuple[str, Path]], text_keys: Mapping[str, str],
              parse_cache: ParseCacheLike | None, lexicon: Lexicon
              ) -> dict[str, tuple[bytes, ParseOutcome]]:
        """Per file taken unread: its digest and stubs.  Such a file's bytes are known by
        their stat, their digest is known to the duplicate check (its text key) and to the
        taxonomy check (no tab in its first bytes: a CSV or spreadsheet is always read),
        and the parse cache has its stubs."""
        if not self.vouched or not self.before or not isinstance(parse_cache, _Stubs):
            return {}
        parse_cache.bind(lexicon)
        skipped: dict[str, tuple[bytes, ParseOutcome]] = {}
        for label, path in entries:
            digest = self.vouched.get(os.path.abspath(path))
            if digest is None or path.suffix.lower() in _READ_ALWAYS:
                continue
            known = digest.hex()
            if known in self.before and known in text_keys:
                stubs = parse_cache.stub(label, path, path.suffix, digest)
                if stubs is not None:
                    skipped[label] = (digest, stubs)
        return skipped

    def saw(self, digest: bytes, data: bytes) -> None:
        """Note a file read: whether its first bytes hold a tab."""
        if self.plain is not None and data.find(b"\t", 0, HEAD_BYTES) < 0:
            self.now.add(digest.hex())

    def keep(self, text_of: Mapping[str, str]) -> None:
        """Replace ``plain`` by the digests of this corpus's guide files without a tab in
        their first bytes (those read, and those known so before)."""
        if self.plain is not None:
            self.now.update(known for known in text_of if known in self.before)
            self.plain.clear()
            self.plain.update(self.now)


class _Reads:
    """Guide files read once: the taxonomy check looks at the first line of each text file,
    the bytes it reads are the guide's."""

    def __init__(self, named: Collection[str]) -> None:
        self.named = named
        self.kept: dict[str, bytes] = {}

    def head(self, label: str, path: Path) -> bytes | None:
        """The bytes of a file that will be read as a guide (None for other files, and
        for one that cannot be read: the check reads those itself)."""
        if label not in self.named and not _is_guide_name(label):
            return None
        try:
            data = self.kept[label] = read_guide_bytes(path, label)
        except GuideError:
            return None
        return data

    def data(self, label: str, path: Path) -> bytes:
        """A guide file's bytes (:func:`read_guide_bytes`), read here unless read before."""
        kept = self.kept.pop(label, None)
        return kept if kept is not None else read_guide_bytes(path, label)


def _import_taxonomies(bundles: Sequence[Bundle], options: TaxonomyOptions | None,
                       problems: list[Problem], lexicon: Lexicon,
                       parse_cache: ParseCacheLike | None
                       ) -> tuple[list[Guide], dict[str, bytes]]:
    """The guides of every taxonomy (their problems appended), and a digest of each table
    read (the tables are streamed, not held, so they are digested apart).  A taxonomy whose
    tables, options and importer code are unchanged comes from the parse cache whole."""
    guides: list[Guide] = []
    digests: dict[str, bytes] = {}
    options = options or TaxonomyOptions()
    if parse_cache is not None and bundles:  # binding dumps the lexicon: only when needed
        parse_cache.bind(lexicon)
    for bundle in bundles:
        tables = {label: b"table:" + guide_digest(path) for label, path in bundle.tables.values()}
        digests.update(tables)
        # One cache entry per taxonomy: its tables' digests and the options are its content.
        job = ParseJob(label="\n".join(sorted(tables)), suffix=f".{bundle.format}-taxonomy",
                       data=repr((sorted(tables.items()), options)).encode())
        cached = parse_cache.get_value(job) if parse_cache is not None else None
        if isinstance(cached, Imported):
            result = cached
        else:
            result = import_bundle(bundle, options)
            if parse_cache is not None:
                parse_cache.put_value(job, result)
        guides.extend(result.guides)
        problems.extend(result.problems)
        problems.extend(problem for guide in result.guides for problem in guide.problems)
    return guides, digests


class ParseCacheLike(Protocol):
    def bind(self, lexicon: Lexicon) -> None: ...
    def get(self, jobs: Sequence[ParseJob]) -> list[ParseOutcome | None]: ...
    def put(self, done: Sequence[tuple[ParseJob, ParseOutcome]]) -> None: ...
    def get_value(self, job: ParseJob) -> object | None: ...
    def put_value(self, job: ParseJob, value: object) -> None: ...


def _parse_cached(jobs: list[ParseJob], lexicon: Lexicon, workers: int | None,
                  parse_cache: ParseCacheLike | None) -> Iterator[ParseOutcome]:
    """Outcomes in job order: cached ones as they are, the others parsed (and kept)."""
    if parse_cache is None:
        return parse_all(jobs, lexicon=lexicon, workers=workers)
    parse_cache.bind(lexicon)
    outcomes = parse_cache.get(jobs)
    missing = [job for job, outcome in zip(jobs, outcomes, strict=True) if outcome is None]
    fresh = list(parse_all(missing, lexicon=lexicon, workers=workers))
    parse_cache.put(list(zip(missing, fresh, strict=True)))
    new = iter(fresh)
    return iter([outcome or next(new) for outcome in outcomes])


# Files a folder of guides often holds that are not guides: skipped with a note.
_NOT_GUIDES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notes",
                         "index", "manifest", "package", "package-lock", "tsconfig"})


# Tuples with a starred part built once (mypyc cannot compile `x in (a, *b)`).
_READ_ALWAYS = (".csv", *SPREADSHEET_SUFFIXES)
_DOCUMENT_SUFFIXES = (*STRUCTURED_SUFFIXES, *JSONLD_SUFFIXES)
_JSON_SUFFIXES = (".json", *JSONLD_SUFFIXES)
_SEPARATORS = re.compile(r"[\s_-]+")
# Compared without separators: O*NET's download carries "Read Me.txt".
_NOT_GUIDE_KEYS = frozenset(_SEPARATORS.sub("", name) for name in _NOT_GUIDES)


def _is_guide_name(label: str) -> bool:
    name = label.rsplit("/", 1)[-1].lower()
    return (_SEPARATORS.sub("", name.split(".")[0]) not in _NOT_GUIDE_KEYS
            and ".expected." not in name)


def _not_a_guide(label: str, why: str = "name it like a role to read it") -> Problem:
    return Problem(file=label, line=1, message=f"skipped: not a guide ({why})")


def _other_document(data: bytes, suffix: str) -> bool:
    """True for a JSON/YAML file that is not shaped like a guide at all (no role/guides)."""
    if suffix.lower() not in _DOCUMENT_SUFFIXES:
        return False
    try:
        text = data.decode("utf-8-sig")
        # JSON through orjson: pure-Python YAML took over a minute on a 15 MB data file.
        document = (orjson.loads(text) if suffix.lower() in _JSON_SUFFIXES
                    else safe_load(text))
    except (yaml.YAMLError, orjson.JSONDecodeError, ValueError):
        # A broken guide (bad syntax, bad UTF-8, a 5,000-digit number) is an error the
        # guide's parser reports with its line, not something else.
        return False
    return not (isinstance(document, dict) and ("role" in document or "guides" in document))


def _check_duplicate(
    label: str, data: bytes | None, byte_key: str, seen_bytes: dict[str, str],
    seen_text: dict[str, str], known: dict[str, str], text_of: dict[str, str],
) -> None:
    """Raise for a second copy of a guide.  ``byte_key``: the hex SHA-256 of its bytes
    ``data`` (None: unread, its text key known); ``known``: text keys by byte key from an
    earlier load; ``text_of`` gets this file's."""
    if byte_key in seen_bytes:
        raise GuideError(
            label,
            1,
            f"duplicate guide: same bytes as {seen_bytes[byte_key]}",
            hint="the first copy is kept",
        )
    seen_bytes[byte_key] = label
    text_key = known.get(byte_key)
    if text_key is None:
        assert data is not None, "an unread file's text key is known"
        text_key = hashlib.sha256(_normal_text(decode(data, label)).encode("utf-8")).hexdigest()
    text_of[byte_key] = text_key
    if text_key in seen_text:
        raise GuideError(
            label,
            1,
            f"duplicate guide: same text as {seen_text[text_key]}",
            hint="the first copy is kept",
        )
    seen_text[text_key] = label
