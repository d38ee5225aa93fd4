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
from functools import lru_cache

from careergraph.guides.heading_data import word_lists

__all__ = ["spaced_label_lines"]

_MIN_ROWS = 2  # one such line alone is a sentence or a heading as likely as a box's row
_MAX_LABEL_WORDS = 4
_JOINERS = frozenset({"and", "of", "&"})
# A bracketed note or footnote star after the label ("(2021)*", "(2021-2031)*", "*").
_NOTE = re.compile(r"(?:\s\([^()]{1,20}\))?\*?")
# A label glued to its value, no space between ("Skill LevelHigh", "Average Salary$165,000").
_GLUED_VALUE = re.compile(r"[a-z][A-Z$€£₹¥\d]")
# Words that open a value's figure, never a label's ("Salary Range Below $25,000").
_COMPARATORS = frozenset({"Below", "Above", "Under", "Over", "Up", "From", "Less", "More",
                          "Between", "Around", "About", "Approximately", "Approx.", "Starting"})
_VALUE_START = re.compile(r"[A-Z0-9$€£₹¥]")
_FIGURE = re.compile(r"\d")
_BARE_NUMBER = re.compile(r"[\d.,]+")


def _label_word(word: str) -> bool:
    """A Title Case word of a label ("Education", "Licensure/Certification")."""
    return word[:1].isupper() and not _FIGURE.search(word) and not word.endswith((",", "."))


def _split(text: str, is_label: Callable[[str], bool], *,
           boxed: bool = False) -> tuple[str, str] | None:
    """``(label, value)`` of one "Label Value" row, or None; ``boxed``: the row is under a
    fact box's title, where a label may be one word and a value any words."""
    if ":" in text:
        return None
    words = text.split(" ")
    if boxed and _GLUED_VALUE.search(" ".join(words[:_MAX_LABEL_WORDS + 1])):
        return None  # "Top EmployersStripe": a glued panel's row, read by its own reader
    sizes = range(1, min(_MAX_LABEL_WORDS, len(words) - 1) + 1)
    # (in a titled box the longest label the vocabulary knows: "Salary Range Below $25,000"
    # is the salary range's, "Advancement Prospects Poor" the prospects')
    for size in reversed(sizes) if boxed else sizes:
        label_words = words[:size]
        if not _label_word(label_words[0]) or not _label_word(label_words[-1]) or any(
                not (_label_word(word) or word in _JOINERS) or word in _COMPARATORS
                for word in label_words):
            if boxed:
                continue
            break
        if size == 1 and "/" not in label_words[0] and not boxed:
            continue
        label = " ".join(label_words)
        rest = text[len(label):]
        note = _NOTE.match(rest)
        head = label + (note.group() if note else "")
        value = text[len(head):].strip()
        if not value or not _VALUE_START.match(value):
            continue
        value_words = value.split()
        if not boxed and not (_FIGURE.search(value) or (len(value_words) >= 2 and any(
                word[:1].islower() for word in value_words))):
            continue
        if all(_BARE_NUMBER.fullmatch(word) for word in value_words):
            return None  # "Salary Median 3.105,40 37.264,80 776,35": a pay grid's row
        if is_label(label):
            return head, value
    return None


def spaced_label_lines(lines: Sequence[tuple[int, str]], is_label: Callable[[str], bool],
                       is_heading: Callable[[str], bool] | None = None) -> dict[int, str]:
    """The rows of flattened fact boxes as "Label: Value" lines, by line number (the module's
    docstring gives the shape); lines of no such box are left out.  ``is_heading``: the
    label is a whole heading the vocabulary knows, as a titled box's labels must be (its
    values may be Title Case: "Alternate Title(s) Piano Technicians"); ``is_label`` then."""
    out: dict[int, str] = {}
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if len(block) >= _MIN_ROWS:
            out.update(block)
        block.clear()

    titled = False  # under a fact box's title ("Quick Facts"), to the box's first blank line
    for number, text in lines:
        bare = text.strip()
        if bare.lower().rstrip(":") in _box_titles():
            flush()
            titled = True
            continue
        if not bare:
            titled = False
        split = _split(bare, is_heading or is_label if titled else is_label,
                       boxed=titled) if bare else None
        if split is None:
            if not titled:  # (in a titled box, a row no label opens is left as printed:
                flush()  # a list's heading and bullets, a label no vocabulary knows)
            continue
        block.append((number, f"{split[0]}: {split[1]}"))
    flush()
    return out


@lru_cache(maxsize=1)
def _box_titles() -> frozenset[str]:
    """The titles of fact boxes (``fact_box_titles`` in data/headings.yaml), lower case."""
    return frozenset(word_lists("fact_box_titles").get("titles", ()))


def box_title_lead(text: str) -> bool:
    """Whether ``text`` is a fact box's title followed by the job it is about (real51): a
    career site's "Key Facts Tower Rigger (TR)", "Quick Facts: Tower Rigger" heads the box,
    no rung of a ladder whose pay follows.

    >>> box_title_lead("Key Facts Tower Rigger"), box_title_lead("Tower Rigger")
    (True, False)
    """
    lowered = text.strip().lower()
    return any(lowered.startswith(title) and lowered[len(title):len(title) + 1] in {" ", ":"}
               for title in _box_titles())
