"""The client an agency names on each of its current vacancies for the role.

A crewing, manning or staffing agency lists its open jobs for a rank one a line, with the
client it recruits for after a dash or bar: "DM-2291  Derrickman, drillship, West Africa -
client: Meridian Deepwater Drilling".  The client employs the role: :func:`client_employers`
reads it from each such line that names the role.

>>> client_employers([(4, "VA-17  Bosun, container feeder, Baltic  - client: Ostsee Feeder AG"),
...                   (5, "Bosun pay rises - client: none"), (6, "Cook | client: Mar Azul S.A.")],
...                  "Bosun")
[('Ostsee Feeder AG', 4)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["client_employers"]

# A vacancy line's client after a dash or a bar, ending the line.
_CLIENT = re.compile(r"\s[-–—|]\s*client:\s*(?P<name>[A-Z][\w&.'’ -]{2,60}?)\s*$",
                     re.IGNORECASE)
_LOWER_NAME = re.compile(r"^[a-z]")


def client_employers(lines: Sequence[tuple[int, str]], role: str) -> list[tuple[str, int]]:
    """``(client, line)`` for each vacancy line that names ``role`` and its client (see the
    module's docstring); a client written in lower case ("none") is no name."""
    found: list[tuple[str, int]] = []
    for no, text in lines:
        match = _CLIENT.search(text) if "lient:" in text else None
        if match is None or role.casefold() not in text[: match.start()].casefold():
            continue
        name = match.group("name").strip()
        if name and not _LOWER_NAME.match(name) and name.split()[0][0].isupper():
            found.append((name, no))
    return found
