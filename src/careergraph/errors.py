"""One exception tree for careergraph.

Every message says what went wrong, where (``file:line`` or the name asked for) and what to do.
The CLI maps each class to an exit code (see :data:`EXIT_CODES`).

>>> err = GuideError("guides/x.txt", 3, "no role title found", hint="add a title line")
>>> str(err)
'guides/x.txt:3: no role title found (add a title line)'
>>> isinstance(err, CareerGraphError)
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "EXIT_CODES",
    "CareerGraphError",
    "DamagedStoreError",
    "EngineUnavailableError",
    "GuideError",
    "InputError",
    "LexiconError",
    "NoRouteError",
    "ResolveError",
    "StoreError",
]


class CareerGraphError(Exception):
    """Base of every error careergraph raises on purpose."""


class InputError(CareerGraphError):
    """A problem in an input file, located by file and 1-based line."""

    def __init__(self, file: str, line: int, problem: str, *, hint: str | None = None) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        self.hint = hint
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {problem}" + (f" ({hint})" if hint else ""))


class DamagedStoreError(InputError):
    """A saved graph or cache file is damaged, truncated, foreign or of another version."""


class GuideError(InputError):
    """A guide file cannot be read or parsed."""


class LexiconError(InputError):
    """A lexicon file (``data/lexicon/*.yaml``) is malformed."""


class ResolveError(CareerGraphError):
    """A name matches no node, or several equally well.

    ``candidates`` holds ``(name, score)`` pairs, best first, to show the user.
    """

    def __init__(
        self, name: str, problem: str, candidates: Sequence[tuple[str, float]] = ()
    ) -> None:
        self.name = name
        self.candidates = list(candidates)
        text = f"{problem}: {name!r}"
        if self.candidates:
            listed = ", ".join(f"{c!r} ({score:.0f})" for c, score in self.candidates)
            text += f"; closest: {listed}"
        super().__init__(text)


class NoRouteError(CareerGraphError):
    """No route connects the source to any matching target under the given options."""


class StoreError(CareerGraphError):
    """A graph store (Neo4j or the local engine) failed; the message says which and why."""


class EngineUnavailableError(StoreError):
    """The local Cypher engine cannot run on this platform or could not start."""


#: CLI exit codes by error class (most specific class first).
EXIT_CODES: dict[type[CareerGraphError], int] = {
    InputError: 2,
    ResolveError: 3,
    NoRouteError: 4,
    StoreError: 5,
    CareerGraphError: 1,
}
