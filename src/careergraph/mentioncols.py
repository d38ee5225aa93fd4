"""The mentions of a corpus as columns: one list per field, one set of lists per node type.

Resolution reads 360,000 mentions at 10,000 guides but only ~35,000 distinct spellings:
columns let it work per spelling (:attr:`Columns.where`) and read a mention's fields by
index where it needs one, without an object per mention.

>>> from careergraph.model import NodeType, Source
>>> a, b = Source(file="a.txt", line=2), Source(file="a.txt", line=1)
>>> cols = gather([(NodeType.SKILL, "Go", a, False, None, None),
...                (NodeType.SKILL, "Rust", b, False, None, None),
...                (NodeType.SKILL, "Go", a, False, None, None)])[NodeType.SKILL]
>>> cols.texts, cols.lines, cols.where
(['Rust', 'Go'], [1, 2], {'Rust': [0], 'Go': [1]})
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from careergraph.model import NodeType, Seniority, Source

__all__ = ["Columns", "Fields", "gather"]

#: A mention's fields: type, text, source, is title, level, same as.
Fields = tuple[NodeType, str, Source, bool, Seniority | None, str | None]

#: A mention's fields in the order it sorts by: file, line, text, is title, level, same as.
_Row = tuple[str, int, str, bool, Seniority | None, str | None]
_POSITION = itemgetter(0, 1, 2)


@dataclass(slots=True)
class Columns:
    """The mentions of one node type, each once, ordered by file, line and text (ties: in
    the order first seen); field ``f`` of mention ``i`` is ``cols.f[i]``."""

    texts: list[str]
    files: list[str]
    lines: list[int]
    titles: list[bool]
    levels: list[Seniority | None]
    same_as: list[str | None]
    #: Each distinct text's mentions (ascending), texts in the order first used.
    where: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        where = self.where
        for i, text in enumerate(self.texts):
            found = where.get(text)
            if found is None:
                where[text] = [i]
            else:
                found.append(i)

    def __len__(self) -> int:
        return len(self.texts)


def gather(mentions: Iterable[Fields]) -> dict[NodeType, Columns]:
    """The mentions' columns per node type (types without mentions left out).

    A mention stated twice with every field equal counts once; the order is by file, line
    and text, and stable (what :func:`sorted` gives on those three).
    """
    seen: dict[NodeType, dict[_Row, None]] = {}
    for type_, text, source, is_title, level, same_as in mentions:
        rows = seen.get(type_)
        if rows is None:
            rows = seen[type_] = {}
        rows[(source.file, source.line, text, is_title, level, same_as)] = None
    found: dict[NodeType, Columns] = {}
    for type_ in sorted(seen):  # NodeType members are strs: they sort as values
        ordered = sorted(seen.pop(type_), key=_POSITION)
        found[NodeType(type_)] = Columns(
            [r[2] for r in ordered], [r[0] for r in ordered], [r[1] for r in ordered],
            [r[3] for r in ordered], [r[4] for r in ordered], [r[5] for r in ordered])
    return found
