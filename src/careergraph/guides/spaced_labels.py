"""A fact box flattened into "Label Value" rows, its colons lost (helper real42).

A degree directory's or a career site's summary box ("Required Education | Completion of
dealer school", "Necessary Skills | Interpersonal skills, …") scraped without its cells
comes out as lines where a short Title Case label runs into its value with one space:

    Required Education Completion of dealer school or vocational program
    Necessary Skills Interpersonal skills, positive attitude, mathematical abilities
    Median Salary (2021)* $24,960 (for all gaming dealers)

Read as they are, the label's words join the value's first item ("Skills Interpersonal").
Two or more such rows in a row (no blank line between) are a box: each becomes
"Label: Value", which the page's other rules read like any labelled line.  A row counts when

- its label is two to four Title Case words (one word with a slash, "Licensure/Certification")
  that the heading vocabulary gives a kind (``is_label``), a bracketed note or an asterisk
  allowed after it ("Median Salary (2021)*");
- its value opens with a capital, a digit or a currency sign, and holds a figure or two words
  or more, one of them in lower case (a menu's "Salary Data Explorer" has no such value);
- it has no colon already (a labelled line is read as it is), and its value is more than
  bare numbers (a pay grid's "Salary Median 3.105,40 37.264,80" row is read by its grid).

>>> rows = [(1, "Required Education Completion of a dealer course"),
...         (2, "Necessary Skills Patience, quick arithmetic"), (3, "Median Salary $24,000")]
>>> spaced_label_lines(rows, lambda label: label in {
...     "Required Education", "Necessary Skills", "Median Salary"})
{1: 'Required Education: Completion of a dealer course', 2: 'Necessary Skills: Patience, \
quick arithmetic', 3: 'Median Salary: $24,000'}
>>> spaced_label_lines(rows[:1], lambda label: True)
{}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["spaced_label_lines"]

_MIN_ROWS = 2  # one such line alone is a sentence or a heading as likely as a box's row
_MAX_LABEL_WORDS = 4
_JOINERS = frozenset({"and", "of", "&"})
# A bracketed note or footnote star after the label ("(2021)*", "(2021-2031)*", "*").
_NOTE = re.compile(r"(?:\s\([^()]{1,20}\))?\*?")
_VALUE_START = re.compile(r"[A-Z0-9$€£₹¥]")
_FIGURE = re.compile(r"\d")
_BARE_NUMBER = re.compile(r"[\d.,]+")


def _label_word(word: str) -> bool:
    """A Title Case word of a label ("Education", "Licensure/Certification")."""
    return word[:1].isupper() and not _FIGURE.search(word) and not word.endswith((",", "."))


def _split(text: str, is_label: Callable[[str], bool]) -> tuple[str, str] | None:
    """``(label, value)`` of one "Label Value" row, or None."""
    if ":" in text:
        return None
    words = text.split(" ")
    for size in range(1, min(_MAX_LABEL_WORDS, len(words) - 1) + 1):
        label_words = words[:size]
        if not _label_word(label_words[0]) or not _label_word(label_words[-1]) or any(
                not (_label_word(word) or word in _JOINERS) for word in label_words):
            break
        if size == 1 and "/" not in label_words[0]:
            continue
        label = " ".join(label_words)
        rest = text[len(label):]
        note = _NOTE.match(rest)
        head = label + (note.group() if note else "")
        value = text[len(head):].strip()
        if not value or not _VALUE_START.match(value):
            continue
        value_words = value.split()
        if not (_FIGURE.search(value) or (len(value_words) >= 2 and any(
                word[:1].islower() for word in value_words))):
            continue
        if all(_BARE_NUMBER.fullmatch(word) for word in value_words):
            return None  # "Salary Median 3.105,40 37.264,80 776,35": a pay grid's row
        if is_label(label):
            return head, value
    return None


def spaced_label_lines(lines: Sequence[tuple[int, str]],
                       is_label: Callable[[str], bool]) -> dict[int, str]:
    """The rows of flattened fact boxes as "Label: Value" lines, by line number (the module's
    docstring gives the shape); lines of no such box are left out."""
    out: dict[int, str] = {}
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if len(block) >= _MIN_ROWS:
            out.update(block)
        block.clear()

    for number, text in lines:
        split = _split(text.strip(), is_label) if text.strip() else None
        if split is None:
            flush()
            continue
        block.append((number, f"{split[0]}: {split[1]}"))
    flush()
    return out
