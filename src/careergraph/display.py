"""Names as people see them: in views and on the terminal, never in data.

Guide text reaches the screen through :func:`display_name`: bidirectional control characters
(which can make ``gpj.exe`` look like ``exe.jpg``) are replaced by a visible U+FFFD, and a
long name is shortened with an ellipsis, because a 100,000-character name freezes a browser
that wraps it and floods a terminal.  JSON output and saved graphs keep the name unchanged.

>>> display_name("Data \\u202eEngineer")
'Data \\ufffdEngineer'
>>> display_name("x" * 200, limit=10)
'xxxxxxxxx…'
"""

from __future__ import annotations

__all__ = ["BIDI_CONTROLS", "LABEL_CHARS", "TOOLTIP_CHARS", "compact_amount", "display_name",
           "format_amount", "neutralise_bidi"]

#: Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the implicit marks
#: (U+200E, U+200F) and the Arabic letter mark (U+061C).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
_NEUTRAL = str.maketrans(dict.fromkeys(map(ord, BIDI_CONTROLS), "\ufffd"))

#: Longest name drawn on a node or printed in a table (characters).
LABEL_CHARS = 80
#: Longest name in a tooltip, where there is room to read more of it.
TOOLTIP_CHARS = 1000


def neutralise_bidi(text: str) -> str:
    """``text`` with every bidirectional control character replaced by U+FFFD.

    >>> neutralise_bidi("abc\\u2067def\\u2069")
    'abc\\ufffddef\\ufffd'
    """
    return text.translate(_NEUTRAL)


def display_name(text: object, limit: int = LABEL_CHARS) -> str:
    """``text`` made safe to show: bidi controls neutralised, at most ``limit`` characters
    (the last one an ellipsis when it was cut)."""
    shown = str(text)
    if len(shown) > limit:
        shown = shown[: max(0, limit - 1)] + "…"
    return neutralise_bidi(shown)


def format_amount(value: float) -> str:
    """A salary amount with thousands separators, and cents only when it has them.

    >>> format_amount(120000), format_amount(23.45), format_amount(27.8)
    ('120,000', '23.45', '27.80')
    """
    return f"{value:,}" if value == int(value) else f"{value:,.2f}"


def compact_amount(value: float) -> str:
    """A salary amount in thousands for a one-line summary, keeping the hundreds below 100k
    so close figures stay apart (a "1,500–1,700" month is "1.5k–1.7k", not "2k–2k").

    >>> compact_amount(155000), compact_amount(1500), compact_amount(12000), compact_amount(27.8)
    ('155k', '1.5k', '12k', '27.80')
    """
    if value < 1000:
        return format_amount(value)
    thousands = value / 1000
    if thousands >= 100 or thousands == int(thousands):
        return f"{thousands:,.0f}k"
    return f"{thousands:,.1f}".rstrip("0").rstrip(".") + "k"
