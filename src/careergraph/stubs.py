"""Unchanged guides as stubs: a rebuild need not load every cached guide.

A rebuild that patches the previous store reads the full guide of only the files it
changes or recomputes; every other file's guides are needed only for their file, title
line (the build order) and problems (the build report).  :class:`KeptParses` sits between
the corpus loader and the parse cache: for a file whose parse-cache key (its bytes, name,
the lexicon and the parser) is the one the build state recorded, it hands back
:class:`StubGuide` objects made from that record instead of unpickling the cached guides;
:meth:`KeptParses.hydrate` loads the real ones when a stub turns out to be needed (and
:func:`careergraph.rebuild.build_into` hydrates every stub before a whole build).

A stub carries a guide's file, title, title line and problems, and nothing else: code that
reads facts must be given hydrated guides (the patch and the whole build are).

>>> stub = StubGuide.of(("g.txt", "Data Engineer", 3, []), "key")
>>> stub.role.source.line, stub.skills, stub.parse_key
(3, [], 'key')
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import PrivateAttr

from careergraph.model import Fact, Guide, Layout, Problem, Severity, Source
from careergraph.unchecked import assembled

if TYPE_CHECKING:
    from careergraph.guides.pool import ParseJob, ParseOutcome
    from careergraph.lexicon import Lexicon
    from careergraph.storage.parsecache import ParseCache

__all__ = ["KeptParses", "ProblemRecord", "StubGuide", "StubRecord"]

#: A problem as a stub record keeps it: file, line, message, and its severity when it was
#: given (None: the default, left out of the fields set).
ProblemRecord = tuple[str, int, str, str | None]
#: Per guide of a file: (file, title, title line, problems).
StubRecord = tuple[str, str, int, list[ProblemRecord]]


class StubGuide(Guide):
    """A guide known only by its file, title, title line and problems."""

    _parse_key: str = PrivateAttr(default="")

    @classmethod
    def of(cls, record: StubRecord, parse_key: str) -> StubGuide:
        file, title, line, problems = record
        # What ``_template().model_copy(update=...)`` makes (a shallow copy of one template:
        # constructing a model with 20 defaulted fields costs more than loading the real
        # guide), without model_copy's generic path: a rebuild makes one stub per unchanged
        # guide.
        template = _template()
        fields = template.__dict__.copy()
        fields["file"] = file
        # The title and its line were a parsed guide's (valid): no validation again.
        fields["role"] = assembled(Fact, {"text": title, "source": assembled(
            Source, {"file": file, "line": line}, set(_SOURCE_FIELDS))}, set(_FACT_FIELDS))
        fields["problems"] = [_problem(p) for p in problems]
        return assembled(cls, fields, template.__pydantic_fields_set__ | _UPDATED,
                         {"_parse_key": parse_key})

    @property
    def parse_key(self) -> str:
        return self._parse_key


_SOURCE_FIELDS = frozenset(Source.model_fields)
_FACT_FIELDS = frozenset(Fact.model_fields)

#: The fields :meth:`StubGuide.of` sets over the template's.
_UPDATED = frozenset({"file", "role", "problems"})


@cache
def _template() -> StubGuide:
    return StubGuide(file="", layout=Layout.CARD,
                     role=Fact(text="stub", source=Source(file="stub", line=1)))


_PROBLEM_FIELDS = frozenset({"file", "line", "message"})
_SEVERITIES = {severity.value: severity for severity in Severity}


def _problem(record: ProblemRecord) -> Problem:
    """The :class:`Problem` a :data:`ProblemRecord` keeps, made without validation (its
    values were a valid problem's)."""
    file, line, message, severity = record
    if severity is None:
        return assembled(Problem, {"file": file, "line": line, "message": message,
                                   "severity": Severity.WARNING}, set(_PROBLEM_FIELDS))
    return assembled(Problem, {"file": file, "line": line, "message": message,
                               "severity": _SEVERITIES[severity]},
                     {*_PROBLEM_FIELDS, "severity"})


def _problem_record(problem: Problem) -> ProblemRecord:
    severity = problem.severity.value if "severity" in problem.model_fields_set else None
    return (problem.file, problem.line, problem.message, severity)


def records(guides: Iterable[Guide]) -> bytes:
    """A file's guides as the stub records kept in the build state.  Problems are kept as
    plain tuples: unpickling 20,000 pydantic models (one per problem of a 10,000-guide
    corpus) cost a rebuild more than making them again from their fields.

    >>> guide = StubGuide.of(("g.txt", "Data Engineer", 3, [("g.txt", 2, "odd", None)]), "k")
    >>> pickle.loads(records([guide]))
    [('g.txt', 'Data Engineer', 3, [('g.txt', 2, 'odd', None)])]
    """
    return pickle.dumps([(g.file, g.role.text, g.role.source.line,
                          [_problem_record(p) for p in g.problems]) for g in guides],
                        protocol=pickle.HIGHEST_PROTOCOL)


class KeptParses:
    """A parse cache that answers files unchanged since the build state's record with stubs
    (see the module docstring), and records every other file's key and stubs."""

    def __init__(self, inner: ParseCache, kept: Mapping[str, tuple[str, bytes]], *,
                 touch: bool = True) -> None:
        self.inner = inner
        #: Mark the stubbed files' cache entries as used today (False: a build today that
        #: kept this record already did; touching reads every entry's row).
        self.touch = touch
        #: The state's record per file label: parse key, stub records.
        self.kept = kept
        #: This build's record of every file it parsed or took from the cache in full.
        self.fresh: dict[str, tuple[str, bytes]] = {}
        self.jobs: dict[str, ParseJob] = {}
        #: Files stubbed unread (:meth:`stub`): path, suffix and the digest vouched for.
        self.unread: dict[str, tuple[Path, str, bytes]] = {}
        self.keys: dict[str, str] = {}
        self.stubbed: set[str] = set()
        self.lexicon: Lexicon | None = None

    def bind(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.inner.bind(lexicon)

    def get(self, jobs: Sequence[ParseJob]) -> list[ParseOutcome | None]:
        outcomes: list[ParseOutcome | None] = [None] * len(jobs)
        wanted: list[int] = []
        for i, job in enumerate(jobs):
            self.jobs[job.label] = job
            outcomes[i] = self._stubs(job.label, self.inner.key(job))
            if outcomes[i] is None:
                wanted.append(i)
        # The stubbed files' entries are still in use: kept from the cache's pruning.
        if self.touch:
            self.inner.touch([self.keys[label] for label in self.stubbed])
        for i, outcome in zip(wanted, self.inner.get([jobs[i] for i in wanted]), strict=True):
            outcomes[i] = outcome
            if outcome is not None:
                self._record(jobs[i], outcome)
        return outcomes

    def stub(self, label: str, path: Path, suffix: str, digest: bytes) -> ParseOutcome | None:
        """The stubs of a file known only by the SHA-256 ``digest`` of its bytes (vouched
        for by its stat: see :class:`careergraph.cache.FileDigests`), unread; None when the
        state's record is not of these bytes.  The file is read only if it must be hydrated
        and the parse cache lost its entry.  (Call before :meth:`get`, which touches the
        stubbed files' entries.)"""
        if self.lexicon is None or self.inner.refresh:
            return None
        outcome = self._stubs(label, self.inner.key_of(label, suffix, digest))
        if outcome is not None:
            self.unread[label] = (path, suffix, digest)
        return outcome

    def _stubs(self, label: str, key: str) -> ParseOutcome | None:
        """Stubs from the state's record of ``label`` when it was made from ``key``."""
        from careergraph.guides.pool import ParseOutcome

        self.keys[label] = key
        kept = self.kept.get(label)
        if kept is None or kept[0] != key or self.inner.refresh:
            return None
        try:
            stubs: list[Guide] = [StubGuide.of(r, key) for r in pickle.loads(kept[1])]
        except Exception:  # a damaged record: the cached guides are read instead
            return None
        self.stubbed.add(label)
        return ParseOutcome(guides=stubs)

    def get_value(self, job: ParseJob) -> object | None:
        return self.inner.get_value(job)

    def put_value(self, job: ParseJob, value: object) -> None:
        self.inner.put_value(job, value)

    def put(self, done: Sequence[tuple[ParseJob, ParseOutcome]]) -> None:
        self.inner.put(done)
        for job, outcome in done:
            self._record(job, outcome)

    def _record(self, job: ParseJob, outcome: ParseOutcome) -> None:
        if outcome.error is None:
            key = self.keys.get(job.label) or self.inner.key(job)
            self.fresh[job.label] = (key, records(outcome.guides))

    def hydrate(self, guides: Sequence[Guide]) -> list[Guide]:
        """``guides`` with every stub replaced by the file's real guides, in order."""
        from careergraph.guides.pool import parse_all

        stubs = sorted({g.file for g in guides if isinstance(g, StubGuide)})
        if not stubs:
            return list(guides)
        outcomes = self.inner.get_keyed([self.keys[file] for file in stubs])
        missing = [self._job(file) for file, outcome in zip(stubs, outcomes, strict=True)
                   if outcome is None]
        parsed = iter(parse_all(missing, lexicon=self.lexicon, workers=1) if missing else ())
        real: dict[str, list[Guide]] = {}
        for file, outcome in zip(stubs, outcomes, strict=True):
            outcome = outcome or next(parsed)
            real[file] = sorted(outcome.guides, key=lambda g: g.role.source.line)
        found: list[Guide] = []
        done: set[str] = set()
        for guide in guides:
            if not isinstance(guide, StubGuide):
                found.append(guide)
            elif guide.file not in done:
                done.add(guide.file)
                found += real[guide.file]
        return found

    def _job(self, file: str) -> ParseJob:
        """The parse job of a stubbed file, read now if it was stubbed unread: its bytes
        must still be those its stat vouched for, or the build would mix two versions."""
        if file in self.jobs:
            return self.jobs[file]
        import hashlib

        from careergraph.errors import GuideError
        from careergraph.guides.pool import ParseJob
        from careergraph.guides.read import read_guide_bytes

        path, suffix, digest = self.unread[file]
        data = read_guide_bytes(path, file)
        if hashlib.sha256(data).digest() != digest:
            raise GuideError(file, 1, "the file changed while the graph was being built",
                             hint="build again")
        return ParseJob(label=file, data=data, suffix=suffix)
