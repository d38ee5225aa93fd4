"""One guide file to parse (:class:`ParseJob`) and what parsing it gave (:class:`ParseOutcome`).

An outcome holds the error instead of raising it, so it can cross a process boundary:
careergraph's exceptions carry keyword arguments that do not survive pickling.

>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> job = ParseJob(label="empty.txt", data=b"", suffix=".txt")
>>> parse_job(job, Vocabulary.from_lexicon(load_lexicon())).error[2]
'empty guide file'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from careergraph.errors import GuideError
from careergraph.guides.read import parse_bytes
from careergraph.guides.vocab import Vocabulary
from careergraph.model import Guide

__all__ = ["ParseJob", "ParseOutcome", "parse_job"]


@dataclass(frozen=True, slots=True)
class ParseJob:
    label: str
    data: bytes
    suffix: str


@dataclass(slots=True)
class ParseOutcome:
    """Either the file's guides or the error that stopped it (file, line, problem, hint)."""

    guides: list[Guide] = field(default_factory=list)
    error: tuple[str, int, str, str | None] | None = None

    def raise_error(self) -> None:
        if self.error is not None:
            file, line, problem, hint = self.error
            raise GuideError(file, line, problem, hint=hint)


def parse_job(job: ParseJob, vocab: Vocabulary) -> ParseOutcome:
    """Parse one file; a :class:`GuideError` becomes the outcome's error."""
    try:
        return ParseOutcome(guides=parse_bytes(job.data, job.label, suffix=job.suffix,
                                               vocab=vocab))
    except GuideError as exc:
        return ParseOutcome(error=(exc.file, exc.line, exc.problem, exc.hint))
