"""The organisation a news release is issued by: the employer of the post it announces.

A wire service prints the issuer under "NEWS PROVIDED BY" and again after "SOURCE" at the
end; a district's or a company's own release closes with its boilerplate paragraph headed
"About <issuer>", whose first sentence opens with the issuer's name again ("About X Unified
School District" / "X Unified serves …").  Only a page with a release's marks (the wire's
fields, "FOR IMMEDIATE RELEASE", "Press Releases" in its breadcrumb, the end marks) is read,
so an "About us" box on a guide names no one.

>>> release_issuers([(3, "NEWS PROVIDED BY"), (4, "Borough of Kestrel Vale"),
...                  (5, "Mar 3, 2026, 09:00 ET")])
[('Borough of Kestrel Vale', 4)]
>>> release_issuers([(1, "News » Press Releases"), (21, "About Linden Falls School District"),
...                  (22, "Linden Falls serves 9,000 students.")])
[('Linden Falls School District', 21)]
>>> release_issuers([(2, "About Linden Falls School District"), (3, "Linden Falls serves …")])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["release_issuers"]

# A release's own marks: the wire's issuer field, the embargo line, the end marks.
_MARKS = re.compile(r"^(?:NEWS PROVIDED BY|FOR IMMEDIATE RELEASE|###|-30-|- 30 -)\s*$|"
                    r"\b(?:Press|News|Media)\s+Releases?\b", re.IGNORECASE)
_PROVIDED = re.compile(r"^NEWS PROVIDED BY\s*:?\s*(?P<org>.*)$", re.IGNORECASE)
_SOURCE = re.compile(r"^SOURCE:?\s+(?P<org>.+)$")
_ABOUT = re.compile(r"^About\s+(?P<org>.+?)\s*$")
_MAX_WORDS = 8
_OPENING_WORDS = 2  # the boilerplate's first sentence repeats the name's first words


def _organisation(text: str) -> bool:
    """A name in Title Case of up to eight words ("Town of X", "X Unified School District")."""
    words = text.split()
    return (0 < len(words) <= _MAX_WORDS and not any(c.isdigit() for c in text)
            and words[0][:1].isupper() and words[0].lower() not in ("this", "the", "us", "our")
            and all(w[:1].isupper() or w in ("of", "and", "&", "for", "the", "de", "du")
                    for w in words))


def release_issuers(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The issuer of a news release, with its line, once per name ([] on other pages)."""
    texts = [text.strip() for _, text in lines]
    if not any(_MARKS.search(text) for text in texts):
        return []
    found: list[tuple[str, int]] = []
    for index, (no, text) in enumerate(lines):
        text = text.strip()
        name = ""
        if (provided := _PROVIDED.match(text)) is not None:
            name = provided.group("org").strip() or (
                texts[index + 1] if index + 1 < len(texts) else "")
            no = lines[index + 1][0] if not provided.group("org").strip() and (
                index + 1 < len(lines)) else no
        elif (source := _SOURCE.match(text)) is not None:
            name = source.group("org").strip()
        elif (about := _ABOUT.match(text)) is not None and index + 1 < len(texts) and (
                texts[index + 1].startswith(
                    " ".join(about.group("org").split()[:_OPENING_WORDS]) + " ")):
            name = about.group("org")
        if name and _organisation(name) and name not in {n for n, _ in found}:
            found.append((name, no))
    return found
