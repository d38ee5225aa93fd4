"""How a taxonomy table's bytes are text: its encoding, and whether its cells are quoted.

Downloads come as UTF-8, but a table opened and saved again in a spreadsheet is often UTF-16
("Unicode Text") or Windows-1252, and Excel's tab-separated export quotes every cell holding a
comma (``"Managers, All Other"``), which O*NET's own files never do; in a European locale its
"CSV" is separated by semicolons.  These are found here so the reader can undo them instead
of rejecting the file or keeping the quotes in a title.

>>> tabs_quoted('Code\\tTitle\\n11-9199.00\\t"Managers, All Other"\\n')
True
>>> tabs_quoted('Code\\tTitle\\n11-9199.00\\tManagers\\n')
False
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Encoding", "csv_delimiter", "head_text", "sniff_encoding", "tabs_quoted",
           "text_of_head"]

_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Lines looked at to decide whether a tab-separated file quotes its cells.
_QUOTE_SAMPLE = 200


@dataclass(frozen=True)
class Encoding:
    """A codec for :func:`open`; ``line`` is the first line that is not UTF-8 (0 when the
    file is UTF-8 or UTF-16, which need no note)."""

    codec: str
    line: int = 0

    @property
    def note(self) -> str | None:
        """What the build report says about a guessed encoding, or ``None``."""
        if not self.line:
            return None
        name = "Windows-1252" if self.codec == "cp1252" else "Latin-1"
        return (f"not UTF-8 (from line {self.line}): read as {name}, as a spreadsheet saves "
                "it; check accented names, or save the file as UTF-8")


def sniff_encoding(path: Path) -> Encoding:
    """UTF-16 when the file starts with its byte-order mark; UTF-8 when every byte is; else
    Windows-1252 (Latin-1 when a byte is not even that), remembering the first bad line.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "t.txt"
    >>> _ = path.write_bytes("Title\\nCaf\\u00e9 Manager\\n".encode("cp1252"))
    >>> sniff_encoding(path)
    Encoding(codec='cp1252', line=2)
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 1
    with open(path, "rb") as handle:
        first = True
        while chunk := handle.read(_CHUNK):
            if first and chunk.startswith(_UTF16_BOMS):
                return Encoding("utf-16")
            first = False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return Encoding(_single_byte(path), lines + chunk.count(b"\n", 0, exc.start))
            lines += chunk.count(b"\n")
    return Encoding("utf-8-sig")


def _single_byte(path: Path) -> str:
    try:
        path.read_bytes().decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"  # decodes any byte
    return "cp1252"


def head_text(path: Path, limit: int = 65536) -> str:
    """The first ``limit`` bytes of a file as text ("" when it cannot be read): UTF-16 by its
    byte-order mark, else UTF-8 (BOM removed), else Windows-1252.

    >>> head_text(Path("/nonexistent.csv"))
    ''
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(limit)
    except OSError:
        return ""
    return text_of_head(head)


def text_of_head(head: bytes) -> str:
    """The first bytes of a file as text, as :func:`head_text` decodes them.

    >>> text_of_head(b"\\xef\\xbb\\xbfCode\\tTitle")
    'Code\\tTitle'
    """
    if head.startswith(_UTF16_BOMS):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    try:
        # A multi-byte character cut at the limit is not an error: final=False.
        return codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)
    except UnicodeDecodeError:
        return head.decode("cp1252", errors="replace")


def tabs_quoted(text: str) -> bool:
    """Whether a tab-separated text quotes cells: some cell of its first lines starts and
    ends with a double quote."""
    for line in text.splitlines()[:_QUOTE_SAMPLE]:
        for cell in line.split("\t"):
            cell = cell.strip()
            if len(cell) >= 2 and cell[0] == '"' and cell[-1] == '"':
                return True
    return False


def csv_delimiter(header: str) -> str:
    """``;`` for a header that semicolons split and commas do not (Excel's CSV in a locale
    whose decimal mark is a comma), else ``,``.

    >>> csv_delimiter("conceptType;conceptUri;preferredLabel"), csv_delimiter("a,b;c")
    (';', ',')
    """
    return ";" if ";" in header and "," not in header else ","
