"""Bytes to text to guides: decoding checks, layout detection and dispatch.

>>> g = parse_text("Data Engineer\\nCareer Guide\\nCan Lead To\\nStaff Data Engineer", "d.txt")
>>> g.layout.value, g.role.text, g.leads_to[0].source.label
('card', 'Data Engineer', 'd.txt:4')
"""

from __future__ import annotations

from pathlib import Path

from careergraph.errors import GuideError
from careergraph.guides.card import parse_card
from careergraph.guides.layout import detect_layout
from careergraph.guides.longform import parse_longform
from careergraph.guides.structured import parse_structured
from careergraph.guides.text import number_lines, repair_mojibake
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import Guide, Layout

__all__ = ["MAX_BYTES", "STRUCTURED_SUFFIXES", "decode", "parse_bytes", "parse_file", "parse_text"]

#: Guide files larger than this are refused (a guide is a few kilobytes).
MAX_BYTES = 5 * 1024 * 1024
STRUCTURED_SUFFIXES = (".yaml", ".yml", ".json")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, file: str) -> str:
    """Guide bytes as text; refuses empty, oversized, binary and non-UTF-8 input.

    >>> decode(b"\\xef\\xbb\\xbfLead", "x.txt")
    'Lead'
    >>> try:
    ...     decode(b"ok\\nbad \\xff", "x.txt")
    ... except GuideError as err:
    ...     print(err.line, err.problem)
    2 not UTF-8 text: byte 0xff at offset 7
    """
    if len(data) > MAX_BYTES:
        raise GuideError(
            file,
            1,
            f"file is {len(data)} bytes, over the {MAX_BYTES}-byte limit",
            hint="a guide is a few kilobytes; is this the right file?",
        )
    nul = data.find(b"\x00")
    if nul != -1:
        raise GuideError(
            file,
            _line_of(data, nul),
            f"binary content: NUL byte at offset {nul}",
            hint="guides are UTF-8 text, YAML or JSON",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        offset = exc.start + bom
        raise GuideError(
            file,
            _line_of(data, offset),
            f"not UTF-8 text: byte 0x{data[offset]:02x} at offset {offset}",
            hint="save the file as UTF-8",
        ) from exc
    if not text.strip():
        raise GuideError(file, 1, "empty guide file")
    return text


def parse_text(text: str, file: str, *, lexicon: Lexicon | None = None) -> Guide:
    """Detect the layout of a text guide (card or long-form) and parse it.

    Raises :class:`GuideError` when the text is empty or names no role.
    """
    lines = number_lines(repair_mojibake(text))
    if all(line.blank for line in lines):
        raise GuideError(file, 1, "empty guide file")
    vocab = Vocabulary.from_lexicon(lexicon or load_lexicon())
    if detect_layout(lines) is Layout.CARD:
        return parse_card(lines, file, vocab)
    return parse_longform(lines, file, vocab)


def parse_bytes(
    data: bytes, file: str, *, suffix: str = "", lexicon: Lexicon | None = None
) -> list[Guide]:
    """Parse the bytes of one guide file; ``suffix`` (".yaml", ".txt"…) picks the reader."""
    text = decode(data, file)
    suffix = suffix.lower()
    if suffix in STRUCTURED_SUFFIXES:
        return parse_structured(text, file, json_mode=suffix == ".json")
    return [parse_text(text, file, lexicon=lexicon)]


def parse_file(
    path: Path, *, name: str | None = None, lexicon: Lexicon | None = None
) -> list[Guide]:
    """Parse one guide file (text, YAML or JSON); ``name`` labels every source.

    >>> from careergraph.resources import guides_dir
    >>> [g] = parse_file(guides_dir() / "lead-mlops-engineer.card.txt", name="lead.txt")
    >>> g.role.source.label
    'lead.txt:1'
    """
    label = name if name is not None else str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise GuideError(label, 1, f"cannot read file: {exc.strerror or exc}") from exc
    return parse_bytes(data, label, suffix=Path(path).suffix, lexicon=lexicon)
