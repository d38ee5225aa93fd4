"""An online form's fields pasted with their required-answer star glued between the label and
the answer (helper left56, stop 65).

A join form, an application or a sign-up page copied from the browser loses the box around
each answer; the label's star ("*", the field is required) is all that parts it from the
value:

    Sector / service group*Health — community nursing
    Employer*Brightwater Buses Ltd
    Which part of the industry do you work in?*☐ Freight ☒ Bus operating company ☐ Tram

Read as they are, the first line is taken for a sectors heading (the rows under it for its
list) and the others for nothing.  Each such row whose label names a sector, an industry or
the employer (``is_label``) becomes the labelled line it means ("Sector / service group:
Health — community nursing"; a question's ticked boxes, "☒ A ☒ B", its answers:
"Industry: Bus operating company"), which the page's other rules read like any labelled line.
A star glued to any other label ("Select your job*X", read by the title rules) is left alone.

>>> star_field_lines([(1, "Sector / service group*Health — community nursing"),
...                   (2, "Employer*Brightwater Buses Ltd"), (3, "Select your job*Porter ▾"),
...                   (4, "Which industry are you in?*☐ Freight ☒ Bus operating company")],
...                  lambda label: label.split()[0] in {"Sector", "Employer", "Industry"})
{1: 'Sector / service group: Health — community nursing', 2: 'Employer: Brightwater Buses \
Ltd', 4: 'Industry: Bus operating company'}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["star_field_lines"]

# A label of one to six words (a slash may join two: "Sector / service group"), no colon, then
# the star glued to a value that opens with a capital, a digit or a tick box.
_STAR_FIELD = re.compile(r"(?P<label>[A-Z][\w'’&()-]*(?:\s+(?:/\s+)?[\w'’&()/-]+){0,5}?)\*"
                         r"(?P<value>[A-Z0-9☒☐☑✔].*)")
# A question naming the industry or sector the person works in ("Which part of the industry
# do you work in?", "What sector is your employer in?"): its ticked boxes are the answer.
_SECTOR_QUESTION = re.compile(r"\b(?:industry|sector|type\s+of\s+business)\b", re.IGNORECASE)
_EMPLOYER_QUESTION = re.compile(r"^(?:who|what)\s+is\s+your\s+(?:main\s+)?employer\??$",
                                re.IGNORECASE)
_TICKED = re.compile(r"[☒☑✔]\s*(?P<option>[^☒☐☑✔]+?)\s*(?=[☒☐☑✔]|$)")


def _answer(label: str, value: str) -> tuple[str, str] | None:
    """``(label, value)`` the field means, or None; a question's label is the word its
    ticked boxes or its answer stand for ("Industry", "Employer")."""
    if not label.endswith("?"):
        return label, value
    if _EMPLOYER_QUESTION.match(label) and not value.startswith(("☒", "☐", "☑", "✔")):
        return "Employer", value  # "Who is your employer?*Bramble Catering Ltd"
    if _SECTOR_QUESTION.search(label):
        ticked = [found.group("option") for found in _TICKED.finditer(value)]
        return ("Industry", "; ".join(ticked)) if ticked else None
    return None


def star_field_lines(rows: Sequence[tuple[int, str]],
                     is_label: Callable[[str], bool]) -> dict[int, str]:
    """``{line: "Label: Value"}`` for each row shaped ``Label*Value`` whose label (or the
    word its question stands for) names a sector or the employer (``is_label``)."""
    found: dict[int, str] = {}
    for no, text in rows:
        if "*" not in text:
            continue
        stripped = text.strip()
        star = stripped.find("*")
        if not 1 < star <= 90 or ":" in stripped[:star]:
            continue
        label = stripped[:star].rstrip()
        field = _STAR_FIELD.fullmatch(stripped) if not label.endswith("?") else None
        value = field.group("value").strip() if field is not None else (
            stripped[star + 1:].strip() if label.endswith("?") and label[:1].isupper() else "")
        if not value:
            continue
        meant = _answer(label, value)
        if meant is not None and meant[1] and is_label(meant[0]):
            found[no] = f"{meant[0]}: {meant[1]}"
    return found
