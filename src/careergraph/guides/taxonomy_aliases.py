"""A taxonomy's alternative labels, decided once every guide of the corpus is read.

Taxonomies list loosely related titles among an occupation's alternative labels: ESCO gives
"chiropractor", "osteopath" and "occupational therapist" for *physiotherapist*, and "sous chef"
for *head chef*.  The resolver joins an alias to any guide whose title it equals, so one such
label would merge two occupations (ESCO's own, O*NET's, or a career guide's "Sous Chef", whose
move up to Head Chef would then be a self-loop).  Such labels are taken out of the taxonomy's
guides here, and counted per file in a note.

A label written with a slash between two titles ("Cariste / Magasinier", "Hand Packer /
Wrapper") is one more name of its record.  The resolver reads a slash name as alternatives
(:meth:`~careergraph.names.Normaliser.role_alternatives`), each a role of its own unless a
mention anchors it, so such a label made a role of its own, or joined its record to the
record one half names.  So here, and only for taxonomy records (a text guide's slash titles
keep the guides' rules), a slash label is kept whole with each half as an alias of its own
(:func:`slash_halves`), which anchors every alternative in the record; when a half, or an
alternative the resolver would make of it, names another record (its title or one of its
labels) or another level, that half and the whole are left out (the whole would join the
two records), the other halves kept, and counted in a note.

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
>>> guides, notes = separate_titles([guide("Packers", Layout.ONET, "Hand Packer / Wrapper",
...                                        "Tray Loader / Carton Sealer"),
...                                  guide("Carton Sealers", Layout.ONET, line=9)])
>>> [a.text for a in guides[0].aliases]
['Hand Packer / Wrapper', 'Hand Packer', 'Wrapper', 'Tray Loader']
>>> notes[0].message.split(":")[0]
'1 alternative titles written A / B name another record or level in one half'
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from careergraph.guides.occupation import other_level
from careergraph.lexicon import load_lexicon
from careergraph.model import Fact, Guide, Layout, Problem
from careergraph.names import Normaliser, clean, singular_key, strip_qualifiers

__all__ = ["TAXONOMY_LAYOUTS", "separate_titles", "slash_halves"]

#: Layouts of guides imported from a taxonomy table.
TAXONOMY_LAYOUTS = frozenset({Layout.ESCO, Layout.ONET, Layout.NOC, Layout.ISCO,
                              Layout.SOC, Layout.UK_SOC, Layout.ROME,
                              Layout.ANZSCO, Layout.KLDB,
                              Layout.SKILLS_FRAMEWORK, Layout.CBO})
_EXAMPLES = 3
_ENDING = 3  # letters a word and its other ending share at least ("fore-man" / "wo-man")
_PREFIX = 2  # letters the other ending adds before them at most


@cache
def _alternatives() -> tuple[Normaliser, frozenset[str]]:
    # The resolver's reading of a slash name, with the bundled lexicon's level words.
    return Normaliser({}), load_lexicon().level_words()


def slash_halves(text: str) -> tuple[list[str], list[str]] | None:
    """``(halves, alternatives)`` of a label the resolver reads as a slash name: the halves
    that are titles by themselves, and the alternatives the resolver makes of the label;
    None for any other label.  A one-word half before a longer last half may share its
    head ("Electrical / Electronics Engineer"): it is no title by itself.

    >>> slash_halves("Cariste / Magasinier")
    (['Cariste', 'Magasinier'], ['Cariste Magasinier', 'Magasinier'])
    >>> slash_halves("Bagger / Freight Mover")
    (['Freight Mover'], ['Bagger Mover', 'Freight Mover'])
    >>> slash_halves("Pipe Welder") is None, slash_halves("Nurse (RN/LPN)") is None
    (True, True)
    """
    if "/" not in text:
        return None
    normaliser, level_words = _alternatives()
    alternatives = normaliser.role_alternatives(text, set(level_words))
    if len(alternatives) < 2:
        return None
    parts = [clean(part) for part in strip_qualifiers(clean(text))[0].split("/")]
    if len(parts) == 2 and (form := _other_ending(*parts)) is not None:
        return [parts[0], form], alternatives
    last = len(parts[-1].split())
    halves = [part for part in parts[:-1] if len(part.split()) > 1 or last == 1]
    return [*halves, parts[-1]], alternatives


def _other_ending(first: str, last: str) -> str | None:
    """The first half with another ending when the last half is one word that only
    replaces the ending of the first half's last word ("fruit farm foreman/woman": the
    same title as "fruit farm forewoman"); else None.

    >>> _other_ending("fruit farm foreman", "woman"), _other_ending("Electrician", "Technician")
    ('fruit farm forewoman', None)
    """
    word = first.split()[-1] if first.split() else ""
    if " " in last or len(word) <= len(last):
        return None
    shared = 0
    while shared < len(last) and word[-1 - shared].lower() == last[-1 - shared].lower():
        shared += 1
    if shared < _ENDING or len(last) - shared > _PREFIX:
        return None
    return first[:len(first) - shared] + last


def _claims(guides: Sequence[Guide]) -> dict[str, set[int]]:
    """The guides (by index) each name key belongs to: every guide's title, and every
    taxonomy record's labels (a slash label by its whole, halves and alternatives)."""
    claims: dict[str, set[int]] = {}
    for index, guide in enumerate(guides):
        claims.setdefault(singular_key(guide.role.text), set()).add(index)
        if guide.layout not in TAXONOMY_LAYOUTS:
            continue
        for alias in guide.aliases:
            names = [alias.text]
            if (split := slash_halves(alias.text)) is not None:
                names += [*split[0], *split[1]]
            for name in names:
                claims.setdefault(singular_key(name), set()).add(index)
    return claims


class _Separated:
    """The labels left out, by file, for the notes."""

    def __init__(self) -> None:
        self.titles: dict[str, list[str]] = {}
        self.slashes: dict[str, list[str]] = {}

    def notes(self) -> list[Problem]:
        notes = [Problem(file=file, line=1, message=(
            f"{len(found)} alternative titles are another guide's title: not read as aliases, "
            f"which would merge the two roles (e.g. {'; '.join(found[:_EXAMPLES])})"))
            for file, found in self.titles.items()]
        notes += [Problem(file=file, line=1, message=(
            f"{len(found)} alternative titles written A / B name another record or level in "
            "one half: that half and the whole not read as aliases, which would join the two "
            f"(e.g. {'; '.join(found[:_EXAMPLES])})"))
            for file, found in self.slashes.items()]
        return notes


def separate_titles(guides: Sequence[Guide]) -> tuple[list[Guide], list[Problem]]:
    """The guides with every taxonomy alias naming another guide's title (plural or not)
    taken out, each slash alias kept with its halves or taken out (see the module
    docstring), and one note per file counting what was taken out."""
    titles: dict[str, Guide] = {}
    for guide in guides:
        titles.setdefault(singular_key(guide.role.text), guide)
    claims: dict[str, set[int]] | None = None
    out: list[Guide] = []
    separated = _Separated()
    for index, guide in enumerate(guides):
        if guide.layout not in TAXONOMY_LAYOUTS or not guide.aliases:
            out.append(guide)
            continue
        kept: list[Fact] = []
        # A half is added once, and not when the record names it already.
        seen = {singular_key(name) for name in (guide.role.text,
                                                *(a.text for a in guide.aliases))}
        for alias in guide.aliases:
            other = titles.get(singular_key(alias.text))
            if other is not None and other is not guide:
                separated.titles.setdefault(alias.source.file, []).append(
                    f"{alias.text!r} for {guide.role.text!r}, a title in {other.file}")
                continue
            split = slash_halves(alias.text)
            if split is None:
                kept.append(alias)
                continue
            if claims is None:
                claims = _claims(guides)
            for name in _slash_names(guide, index, alias, split, claims, separated):
                if name == alias.text:
                    kept.append(alias)
                elif (key := singular_key(name)) not in seen:
                    seen.add(key)
                    kept.append(alias.model_copy(update={"text": name}))
        changed = [a.text for a in kept] != [a.text for a in guide.aliases]
        out.append(guide.model_copy(update={"aliases": kept}) if changed else guide)
    return out, separated.notes()


def _slash_names(guide: Guide, index: int, alias: Fact, split: tuple[list[str], list[str]],
                 claims: dict[str, set[int]], separated: _Separated) -> list[str]:
    """The names a slash label gives its record: the whole and its halves, or, when a half
    or an alternative names another record or level, the other halves alone."""
    halves, alternatives = split
    title = guide.role.text

    def foreign(name: str) -> bool:
        return bool(claims.get(singular_key(name), set()) - {index}) or other_level(title, name)

    bad = [name for name in dict.fromkeys([*halves, *alternatives]) if foreign(name)]
    if not bad:
        return [alias.text, *halves]
    separated.slashes.setdefault(alias.source.file, []).append(
        f"{alias.text!r} for {title!r}: {', '.join(map(repr, bad))}")
    return [half for half in halves if half not in bad]
