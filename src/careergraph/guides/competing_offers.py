"""(left58) The title of a competing offer a holder of the role has received.

A counter-offer request in an HR system, or a retention case, prints the outside offer the
employee disclosed under a caption of its own, then its fields on one line or the next:
"COMPETING OFFER (as disclosed by employee)" over "Company: Other Co Ltd.   Title: Sourcing
Analyst   Base: $70,000".  The offered title is where holders of the role go sideways (a
lateral move), unless it is the role's own title.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# The caption of the outside offer: "Competing offer", "External offer (disclosed)",
# "Outside offer:", at the start of its line.
_CAPTION = re.compile(r"^(?:competing|external|outside|rival|competitor['’]?s?)\s+(?:job\s+)?"
                      r"offers?\b", re.IGNORECASE)
# Its title field, among fields set apart by two spaces, a tab or a bar ("Title: Sourcing
# Analyst   Base: …"); the value runs to the next gap.
_TITLE = re.compile(r"(?:^|\s{2,}|\t|\|\s*|:\s)(?:Job\s+)?(?:Title|Position|Role)\s*:\s*"
                    r"(?P<title>[A-Z][\w'’&/.-]*(?:\s[\w'’&/.-]+){0,5}?)\s*(?=\s{2}|\t|\||$)")
_REACH = 2  # the fields on the caption's line or within the next two


def offered_titles(printed: Mapping[int, str]) -> list[tuple[str, int]]:
    """Each competing offer's title with its line, from the page's lines as printed.

    >>> offered_titles({4: "COMPETING OFFER", 5: "Company: B Ltd.   Title: Buyer   Base: $9"})
    [('Buyer', 5)]
    """
    found: list[tuple[str, int]] = []
    for no, text in sorted(printed.items()):
        if not _CAPTION.match(text.strip()):
            continue
        for line in range(no, no + _REACH + 1):
            title = _TITLE.search(printed.get(line, ""))
            if title is not None:
                found.append((title.group("title").rstrip(" ."), line))
                break
    return found
