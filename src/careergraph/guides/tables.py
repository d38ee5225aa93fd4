"""Stream the rows of a delimited table file (ESCO's CSV, O*NET's tab-separated text), each
with the line it starts on, after checking its header.

A CSV field may hold line breaks (ESCO's ``altLabels``), so a row's line is not its index:
:attr:`csv.reader.line_num` counts the physical lines read so far, and a row starts on the line
after the previous row ended.  Rows are read one at a time (a 125,000-row relation file is
never held in memory).

Tables re-saved by a spreadsheet are read too (see :mod:`careergraph.guides.table_text`):
UTF-16 ("Unicode Text") and Windows-1252 files, with a note, tab-separated files whose
fields Excel quoted because they hold a comma (``"Managers, All Other"``), and CSV files
separated by semicolons.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
>>> _ = path.write_text('id,label\\n1,"a\\nb"\\n2,c\\n', encoding="utf-8")
>>> table = Table(path, "t.csv", ",")
>>> table.require(["id", "label"])
>>> [(row.line, row["label"]) for row in table.rows()]
[(2, 'a\\nb'), (4, 'c')]
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careergraph.errors import GuideError
from careergraph.guides.table_text import (
    Encoding,
    csv_delimiter,
    head_text,
    sniff_encoding,
    tabs_quoted,
    text_of_head,
)

__all__ = ["HEAD_BYTES", "Row", "Table", "Tables", "first_line", "first_line_of", "head_lines",
           "open_table"]

# ESCO descriptions run to a few thousand characters; the csv module's default cap is 128 KB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


#: How much of a file :func:`first_line` reads.
HEAD_BYTES = 65536


def first_line(path: Path, limit: int = HEAD_BYTES) -> str:
    """The first line of a text file (BOM removed), reading at most ``limit`` bytes; "" when
    the file cannot be read.  UTF-16 and Windows-1252 files are decoded too.

    >>> first_line(Path("/nonexistent.csv"))
    ''
    """
    return head_text(path, limit).split("\n", 1)[0].rstrip("\r")


def first_line_of(head: bytes) -> str:
    """:func:`first_line` of a file whose first bytes (at least :data:`HEAD_BYTES`, or the
    whole file) are ``head``.

    >>> first_line_of(b"Data Engineer\\r\\nSkills")
    'Data Engineer'
    """
    return text_of_head(head[:HEAD_BYTES]).split("\n", 1)[0].rstrip("\r")


def head_lines(path: Path, within: int = 20) -> list[str]:
    """The first ``within`` lines of a text file, decoded as :func:`first_line` does: where a
    workbook saved as CSV keeps the title rows above its header.

    >>> head_lines(Path("/nonexistent.csv"))
    []
    """
    text = head_text(path)
    return [line.rstrip("\r") for line in text.split("\n")[:within]] if text else []


@dataclass(frozen=True, slots=True)
class Row:
    """One data row: its cells by column name and the 1-based line it starts on."""

    line: int
    cells: dict[str, str]

    def __getitem__(self, column: str) -> str:
        return self.cells.get(column, "").strip()


class Table:
    """A delimited file with a header row.  ``label`` names it in every message;
    ``header_line``: the line the header is on (a workbook saved as CSV may keep title rows
    above it), the lines before it are not read; ``header``: its column names when the
    caller read them (a header whose quoted cells span lines), else read from that line.
    ``encoding``: how the bytes are decoded when the caller decided it (a download whose
    published encoding is known), else found on first use.  ``spill``: a row with more cells
    than the header gives the extra ones to the last column, joined by the delimiter (a
    free-text last column whose delimiters were not quoted), instead of being broken."""

    def __init__(self, path: Path, label: str, delimiter: str, header_line: int = 1,
                 header: Sequence[str] | None = None, *, encoding: Encoding | None = None,
                 spill: bool = False) -> None:
        self.path = path
        self.label = label
        self.header_line = header_line
        line = first_line(path) if header_line == 1 else head_lines(path, header_line)[-1]
        # Excel in a European locale saves "CSV" with semicolons.
        self.delimiter = csv_delimiter(line) if delimiter == "," else delimiter
        # O*NET's own files quote nothing; a spreadsheet's re-save quotes cells with commas.
        self.quoted = delimiter != "\t" or tabs_quoted(head_text(path))
        self.header = ([cell.strip() for cell in self._split(line)] if header is None
                       else list(header))
        #: Rows skipped because their number of cells differs from the header's.
        self.broken: list[tuple[int, str]] = []
        self._encoding = encoding
        self.spill = spill

    def _split(self, line: str) -> list[str]:
        if not line:
            return []
        return next(self._reader([line]), [])

    def _reader(self, lines: Iterable[str]) -> Any:
        # Unquoted O*NET text: a '"' inside a title is a character.
        if not self.quoted:
            return csv.reader(lines, delimiter=self.delimiter, quoting=csv.QUOTE_NONE)
        return csv.reader(lines, delimiter=self.delimiter)

    @property
    def encoding(self) -> Encoding:
        """How the file's bytes are decoded (found by reading it once, on first use)."""
        if self._encoding is None:
            self._encoding = sniff_encoding(self.path)
        return self._encoding

    def has(self, columns: Sequence[str]) -> bool:
        """Whether the header holds every one of ``columns``."""
        return all(column in self.header for column in columns)

    def require(self, columns: Sequence[str], what: str = "") -> None:
        """Raise :class:`GuideError` (line 1) naming the missing columns."""
        missing = [column for column in columns if column not in self.header]
        if missing:
            found = ", ".join(self.header[:8]) or "no header"
            raise GuideError(
                self.label, self.header_line,
                f"{what or 'table'} header lacks column(s) {', '.join(missing)} (found: {found})",
                hint="give the file as downloaded, with its header row")

    def rows(self) -> Iterator[Row]:
        """Every data row after the header, with its start line; a row whose number of cells
        differs from the header's is recorded in :attr:`broken` and skipped."""
        width = len(self.header)
        ended = 0
        try:
            codec = self.encoding.codec
            with open(self.path, encoding=codec, newline="") as handle:
                reader = self._reader(handle)
                for cells in reader:
                    start, ended = ended + 1, reader.line_num
                    if start <= self.header_line or not cells or cells == [""]:
                        continue  # the header (and title rows above it), or a blank line
                    if self.spill and len(cells) > width > 0:
                        cells = [*cells[:width - 1],
                                 self.delimiter.join(cells[width - 1:]).rstrip(self.delimiter)]
                    if len(cells) != width:
                        self.broken.append((start, f"{len(cells)} cells, header has {width}"))
                        continue
                    yield Row(start, dict(zip(self.header, cells, strict=True)))
        except UnicodeDecodeError as exc:
            raise GuideError(self.label, ended + 1, f"not UTF-8 text: {exc.reason}",
                             hint="save the file as UTF-8") from exc
        except csv.Error as exc:
            raise GuideError(self.label, ended + 1, f"not a readable table: {exc}") from exc
        except OSError as exc:
            raise GuideError(self.label, 1, f"cannot read file: {exc.strerror or exc}") from exc


#: A taxonomy's tables by kind: ``{kind: (label, path)}``.
Tables = Mapping[str, tuple[str, Path]]


def open_table(tables: Tables, kind: str, columns: Sequence[str], delimiter: str,
               what: str) -> Table | None:
    """The table of ``kind`` with its header checked for ``columns`` (``what`` names it in
    the error), or ``None`` when the taxonomy has no such table."""
    if kind not in tables:
        return None
    label, path = tables[kind]
    table = Table(path, label, delimiter)
    table.require(columns, what)
    return table
