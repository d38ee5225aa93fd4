"""A taxonomy's alternative label that is another guide's title is not an alias.

Taxonomies list loosely related titles among an occupation's alternative labels: ESCO gives
"chiropractor", "osteopath" and "occupational therapist" for *physiotherapist*, and "sous chef"
for *head chef*.  The resolver joins an alias to any guide whose title it equals, so one such
label would merge two occupations (ESCO's own, O*NET's, or a career guide's "Sous Chef", whose
move up to Head Chef would then be a self-loop).  Such labels are taken out of the taxonomy's
guides here, after every guide of the corpus is read, and counted per file in a note.

>>> from careergraph.model import Fact, Guide, Layout, Source
>>> def guide(title, layout, *aliases, line=2):
...     source = Source(file="o.csv", line=line)
...     return Guide(file="o.csv", layout=layout, role=Fact(text=title, source=source),
...                  aliases=[Fact(text=a, source=source) for a in aliases])
>>> guides, notes = separate_titles([guide("physiotherapist", Layout.ESCO, "chiropractor",
...                                        "physical therapist"),
...                                  guide("Chiropractors", Layout.ONET, line=9)])
>>> [a.text for a in guides[0].aliases], [n.message.split(":")[0] for n in notes]
(['physical therapist'], ["1 alternative titles are another guide's title"])
"""

from __future__ import annotations

from collections.abc import Sequence

from careergraph.model import Guide, Layout, Problem
from careergraph.names import singular_key

__all__ = ["TAXONOMY_LAYOUTS", "separate_titles"]

#: Layouts of guides imported from a taxonomy table.
TAXONOMY_LAYOUTS = frozenset({Layout.ESCO, Layout.ONET, Layout.NOC, Layout.ISCO,
                              Layout.SOC, Layout.UK_SOC, Layout.ROME})
_EXAMPLES = 3


def separate_titles(guides: Sequence[Guide]) -> tuple[list[Guide], list[Problem]]:
    """The guides with every taxonomy alias naming another guide's title (plural or not)
    taken out, and one note per file counting them."""
    titles: dict[str, Guide] = {}
    for guide in guides:
        titles.setdefault(singular_key(guide.role.text), guide)
    out: list[Guide] = []
    dropped: dict[str, list[str]] = {}
    for guide in guides:
        if guide.layout not in TAXONOMY_LAYOUTS or not guide.aliases:
            out.append(guide)
            continue
        kept = []
        for alias in guide.aliases:
            other = titles.get(singular_key(alias.text))
            if other is None or other is guide:
                kept.append(alias)
            else:
                dropped.setdefault(alias.source.file, []).append(
                    f"{alias.text!r} for {guide.role.text!r}, a title in {other.file}")
        out.append(guide if len(kept) == len(guide.aliases)
                   else guide.model_copy(update={"aliases": kept}))
    notes = [Problem(file=file, line=1, message=(
        f"{len(found)} alternative titles are another guide's title: not read as aliases, "
        f"which would merge the two roles (e.g. {'; '.join(found[:_EXAMPLES])})"))
        for file, found in dropped.items()]
    return out, notes
