"""Helpers shared by the generator's web-page renderers (``web_pages`` and ``web_studied``).

Salary recording in the extraction scorer's schema, bands per level, prose lists and the
names a page must not yield; the renderers themselves live in the style modules.

>>> _prose_list(["A", "B", "C"], "or")
'A, B or C'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

SITES = ("CareerNest", "Pathwise", "WorkWiki", "RoleAtlas", "JobLens")
BASE_K = {"junior": 85, "mid": 115, "senior": 150, "lead": 175, "principal": 200,
          "manager": 170, "director": 215, "vp": 260}
LEVEL_LABEL = {"junior": "Junior", "mid": "Mid-level", "senior": "Senior", "lead": "Lead",
               "principal": "Principal", "manager": "Manager", "director": "Director",
               "vp": "VP"}
YEARS = {"junior": "0–2", "mid": "2–5", "senior": "5–8", "lead": "8+", "principal": "10+",
         "manager": "8+", "director": "12+", "vp": "15+"}
VERBS = ("runs", "improves", "owns", "shapes", "keeps an eye on")
PLURAL_VERBS = ("run", "improve", "own", "shape", "keep an eye on")
# Equipment, materials and kit the non-office families name instead of software (a 1972
# handbook or a courier's page that asks for PyTorch reads as no real page).
TRADE_TOOLS = ("air brake", "torque wrench", "vacuum furnace", "oxy-acetylene torch",
               "micrometer", "band saw", "pipe threader", "spray gun", "laser level",
               "hydraulic press", "soldering iron", "dial indicator")
# A family module none of whose layouts prints the planned guide's ladder or aliases (its
# renderers set them through occupy()) registers this as both tuples.
NO_LAYOUTS: tuple[str, ...] = ()
# A family's renderer: the page's lines for a planned guide (its truth set on the guide).
Renderer = Callable[[random.Random, "Guide", str], list[str]]


def occupation_family(renderers: dict[str, Renderer]) -> tuple[tuple[str, ...],
                                                                tuple[str, ...],
                                                                tuple[str, ...]]:
    """(layouts, ladder layouts, alias layouts) of a family module whose renderers set each
    page's ladder and spellings themselves (occupy()): none of its layouts is a ladder or
    alias layout of the planned guide.

    >>> occupation_family({"demo": lambda rng, g, area: []})
    (('demo',), (), ())
    """
    return tuple(renderers), NO_LAYOUTS, NO_LAYOUTS


# A structure variant of a family: the page's lines for a planned guide (occupy() and its own
# facts set by the variant).
VariantRenderer = Callable[[random.Random, "Guide"], list[str]]


def variant_families(families: dict[str, dict[str, VariantRenderer]]) -> tuple[
        dict[str, Renderer], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(renderers, layouts, ladder layouts, alias layouts) of a family module whose families
    are each a choice of structure variants (family → variant name → the variant's renderer,
    which makes the page about an occupation: :func:`occupation_family`): a page clears the
    planned guide's title line, skills, employers and sectors (the page names its own) and
    draws its variant with :func:`pick_variant`.

    >>> renderers, *layouts = variant_families({"demo": {"a": lambda rng, g: ["A"],
    ...                                                   "b": lambda rng, g: ["B"]}})
    >>> layouts
    [('demo',), (), ()]
    """
    def family(variants: dict[str, VariantRenderer]) -> Renderer:
        names = tuple(variants)

        def render(rng: random.Random, g: Guide, area: str) -> list[str]:
            g.title_line = False
            g.skills, g.employers, g.sectors = {}, [], []
            return variants[pick_variant(rng, names)](rng, g)

        return render

    renderers = {name: family(variants) for name, variants in families.items()}
    return (renderers, *occupation_family(renderers))


DUTIES = ("Review designs before they ship", "Keep the weekly metrics honest",
          "Write short decision records", "Pair with product and operations leads",
          "Plan the next quarter's work", "Answer questions from partner teams")


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeio" else "a"


def _plural(title: str) -> str:
    first, sep, rest = title.partition(" of ")
    return f"{first}s{sep}{rest}" if sep else f"{title}s"


def _prose_list(items: Sequence[str], word: str = "and") -> str:
    """ "A, B and C" (only for names without commas or ' and ')."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _said(template: str, names: Sequence[str], word: str = "or") -> list[str]:
    """``template`` with the names as a prose list, or nothing when there are none."""
    return [template.format(_prose_list(names, word))] if names else []


def _band(rng: random.Random, level: str) -> tuple[int, int]:
    """A salary band in thousands of USD for ``level``."""
    low = BASE_K[level] + rng.randint(-6, 6)
    return low, low + rng.randint(15, 30)


def _amount(value: float) -> float | int:
    """Whole amounts as integers; "8.60 an hour" kept exact (within one unit of either a
    rounded or a truncated reading)."""
    return int(value) if float(value).is_integer() else round(value, 2)


def _salary(g: Guide, low: float, high: float | None, currency: str = "USD", *,
            period: str = "year", point: bool = False, level: str | None = None,
            region: str | None = None, belongs_to: str | None = None) -> None:
    """Record a salary the page states (whole currency units, or the exact amount when the
    page prints pence or cents); a figure stated twice is one fact, as the scorer counts it."""
    entry: dict[str, Any] = {"min": _amount(low), "max": None if high is None else _amount(high),
                             "currency": currency, "period": period}
    if high is None:
        entry["open_ended"] = True
    for key, value in (("point", point), ("level", level), ("region", region),
                       ("belongs_to", belongs_to)):
        if value:
            entry[key] = value
    same = ("min", "max", "currency", "period", "belongs_to")
    if not any(all(e.get(k) == entry.get(k) for k in same) for e in g.salaries):
        g.salaries.append(entry)


def native_digits(text: str, zero: str) -> str:
    """``text`` with its ASCII digits written in the script whose digit zero is ``zero`` (each
    script's ten digits run on from its zero in Unicode), as a page from Iran, Nepal, Cambodia
    or Myanmar glosses a figure: one helper for every family module (stop 65).

    >>> native_digits("16", "۰"), native_digits("28,000", "०"), native_digits("4,100", "០")
    ('۱۶', '२८,०००', '៤,១០០')
    >>> native_digits("6 - 8", "၀")
    '၆ - ၈'
    """
    return text.translate(str.maketrans("0123456789",
                                        "".join(chr(ord(zero) + d) for d in range(10))))


def _grouped(amount: float) -> str:
    """An amount with comma thousands ("7,850"), cents kept ("45.50").

    >>> _grouped(7850), _grouped(45.5)
    ('7,850', '45.50')
    """
    return f"{amount:,.2f}" if not float(amount).is_integer() else f"{int(amount):,}"


def thousands(amount: float, separator: str) -> str:
    """A whole amount with ``separator`` between its thousands, as a board of another country
    prints pay.

    >>> thousands(365000, " "), thousands(3650000, ".")
    ('365 000', '3.650.000')
    """
    return f"{int(amount):,}".replace(",", separator)


def clear_of(value: float, step: float, taken: Collection[float]) -> float:
    """``value`` (to the cent) moved up by ``step`` until it is none of ``taken``: a generated
    page must not repeat a figure a fixture page prints (the overlap check's figure half).

    >>> clear_of(300, 10, (300, 310)), clear_of(4.2, 0.1, (4.2,))
    (320, 4.3)
    """
    value = round(value, 2)
    while value in taken:
        value = round(value + step, 2)
    return value


def _cents(rng: random.Random, low: int, high: int) -> float:
    """An amount with cents between ``low`` and ``high`` (whole units), never whole."""
    value = rng.randrange(low * 100 + 1, high * 100, 7) / 100
    return value + 0.37 if value.is_integer() else value


def _same_family(g: Guide, other: Role) -> bool:
    """A rung of the guide's own ladder: the same area and head noun (a level word apart)."""
    return other is g.role or (other.head is not None and other.area is g.role.area
                               and other.head == g.role.head)


def _owner(g: Guide, role: Role, name: str) -> tuple[str | None, str | None]:
    """(belongs_to, level) of a figure printed for rung ``role``: the page's own role at a
    level when it is a rung of the same ladder, else the rung's title."""
    return (None, role.level) if _same_family(g, role) else (name, None)


def _base(title: str) -> str:
    """The title without a leading seniority word ("Senior Welder" → "Welder"), so a page
    can print "Junior welder".

    >>> _base("Senior Data Engineer"), _base("Welder")
    ('Data Engineer', 'Welder')
    """
    first, _, rest = title.partition(" ")
    return rest if first in ("Junior", "Senior", "Lead", "Principal") and rest else title


def _unlevel(g: Guide) -> str | None:
    """Make the ladder's unlevelled rung the page's role when the role's title starts with a
    seniority word, as pages about a trade or a job family name it ("Senior Chemist" held
    last: the role is Chemist, at the Senior level); the level moved, or None when the title
    has no such word or the ladder has no unlevelled rung.  Its moves in and up become the
    rungs next to it (the old ones were the old role's)."""
    base = _base(g.title)
    rung = next((r for r, text in g.progression if text == base and r is not g.role), None)
    if base == g.title or rung is None:
        return None
    level, old = g.role.level, g.role
    if g.file in old.subject_files:  # the page is now about the unlevelled rung
        old.subject_files.remove(g.file)
        rung.subject_files.append(g.file)
    g.role, g.title, g.aliases = rung, base, []  # the old title's aliases were its own
    if base not in rung.spellings:
        rung.spellings.append(base)
    at = [r for r, _ in g.progression].index(rung)
    g.moves_in = g.progression[at - 1:at] if at else []
    g.leads_to = g.progression[at + 1:at + 2]
    return level


def _kit(rng: random.Random, g: Guide, vocabulary: Sequence[str], k: int) -> list[str]:
    """Replace the guide's software tools with ``k`` items of a family's own kit (and drop
    software products from its other skills)."""
    from benchmarks.generate import TOOLS  # the generator imports this module

    g.skills = {kind: [s for s in names if s not in TOOLS] for kind, names in g.skills.items()}
    g.skills["tool"] = rng.sample(vocabulary, k)
    return g.skills["tool"]


def _clear(g: Guide, *facts: str) -> None:
    """Forget facts the style's structure does not state (the truth stays exact)."""
    for name in facts:
        if name == "skills.soft":
            g.skills["soft"] = []
        else:
            setattr(g, name, [])


def _facts(g: Guide, skills: Sequence[str], employers: Sequence[str], sectors: Sequence[str],
           optional: Sequence[str] = ()) -> None:
    """Set an occupation page's own facts after occupy(): its skills (all "top"), the
    employers it names (after any already recorded: the page's own, see ``_legal``), its
    sectors and the names it prints that are `optional` for a reader."""
    g.skills = {"top": list(skills)}
    g.employers += list(employers)
    g.sectors = list(sectors)
    g.optional += list(optional)


def _skills(g: Guide) -> list[str]:
    return [s for kind in ("top", "tool", "soft", "often_missing") for s in g.skills.get(kind, [])]


def _texts(pairs: Sequence[tuple[Role, str]]) -> list[str]:
    return [text for _, text in pairs]


def _pairs(names: Sequence[str]) -> list[str]:
    """Two names per line as "A / B" alternatives, a last odd one alone."""
    return [" / ".join(names[i:i + 2]) for i in range(0, len(names), 2)]


def _mojibake(rng: random.Random, text: str, *, meant: bool = True) -> str:
    """Sometimes the page was decoded with the wrong code page (apostrophes and dashes); only
    styles ``meant`` to carry it (the first site styles) do, the draw is made either way so
    the pages after it keep their random stream."""
    if pick_chance(rng, 0.15) and meant:
        return text.replace("’", "β€™").replace(" — ", " β€” ")
    return text


# Roles of occupation pages (a trade, a clinical or a gig page names an occupation, not a
# generated office title), one per title and corpus: generate() resets them first.
_OCCUPATION_ROLES: dict[str, Role] = {}


# Cover mode (the family tests' corpus): each family's pages take the variants it has drawn
# least until every variant has been drawn `rounds` times, so every (family, variant) is
# drawn by construction whatever the seed.  family → pages rendered so far and
# (family, variant) → pages drawn; None (the default) leaves every variant to chance.
_COVER: dict[str, int] | None = None
_DRAWN: dict[tuple[str, str], int] = {}
_COVER_ROUNDS = 0
_FAMILY = [""]  # the family of the page being rendered


def set_cover(rounds: int) -> None:
    """Make the next corpus draw each family's variants ``rounds`` times before drawing at
    random (0: always at random, the default mix)."""
    global _COVER, _COVER_ROUNDS
    _COVER, _COVER_ROUNDS = ({} if rounds > 0 else None), rounds
    _DRAWN.clear()


def render_page(family: str) -> None:
    """Note that a page of ``family`` is being rendered (the variant pick reads it)."""
    _FAMILY[0] = family
    if _COVER is not None:
        _COVER[family] = _COVER.get(family, -1) + 1


def pick_variant(rng: random.Random, variants: Sequence[str]) -> str:
    """The structure variant of the page being rendered: drawn at random (the same draw as
    ``rng.choice``, so the default mix is unchanged), or in cover mode the family's least
    drawn variant until each has been drawn the cover's rounds (:func:`steer_variant`).

    >>> set_cover(1); render_page("demo"); a = pick_variant(random.Random(1), ("x", "y"))
    >>> render_page("demo"); b = pick_variant(random.Random(1), ("x", "y")); set_cover(0)
    >>> a, b
    ('x', 'y')
    """
    return steer_variant(variants, rng.choice(variants))


def steer_variant(variants: Sequence[str], drawn: str,
                  allowed: Sequence[str] | None = None) -> str:
    """``drawn``, the variant a renderer drew; in cover mode instead the least drawn of the
    family's ``variants`` the page can take (``allowed``, all by default) while one is owed
    (a variant the page cannot take is owed to a later page).

    >>> set_cover(1); render_page("demo"); first = steer_variant(("x", "y"), "x", ("y",))
    >>> render_page("demo"); second = steer_variant(("x", "y"), "y"); set_cover(0)
    >>> first, second
    ('y', 'x')
    """
    if _COVER is None:
        return drawn
    family = _FAMILY[0]
    owed = [v for v in variants if (allowed is None or v in allowed)
            and _DRAWN.get((family, v), 0) < _COVER_ROUNDS]
    chosen = min(owed, key=lambda v: _DRAWN.get((family, v), 0)) if owed else drawn
    _DRAWN[family, chosen] = _DRAWN.get((family, chosen), 0) + 1
    return chosen


def covering() -> bool:
    """Whether the corpus being written is in cover mode (:func:`set_cover`)."""
    return _COVER is not None


def pick_chance(rng: random.Random, p: float) -> bool:
    """A rare feature of a page drawn with chance ``p`` (the same draw as ``rng.random() <
    p``); in cover mode a family's first page carries it and its second does not, so the
    feature and its absence are both drawn by construction.

    >>> set_cover(1); render_page("demo"); first = pick_chance(random.Random(1), 0.01)
    >>> render_page("demo"); second = pick_chance(random.Random(1), 0.99); set_cover(0)
    >>> first, second
    (True, False)
    """
    drawn = rng.random() < p
    if _COVER is None:
        return drawn
    k = _COVER.get(_FAMILY[0], 0)
    return k == 0 if k < 2 else drawn


def reset_occupations() -> None:
    """Forget the occupation roles of the last corpus."""
    _OCCUPATION_ROLES.clear()


def occupation_role(title: str) -> Role:
    """The corpus's role for an occupation title (one Role a title, key ``occ:slug``).

    >>> reset_occupations()
    >>> occupation_role("Pipefitter").key, occupation_role("Pipefitter") is occupation_role(
    ...     "Pipefitter")
    ('occ:pipefitter', True)
    """
    from benchmarks.generate import Role  # the generator imports this module

    key = "occ:" + "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())
    role = _OCCUPATION_ROLES.get(key)
    if role is None:
        role = Role(key=key, area=None, level="mid", head=None, domain="occupation",
                    title=title, spellings=[title])
        _OCCUPATION_ROLES[key] = role
    return role


def occupy(g: Guide, title: str, *, ladder: Sequence[str] = (), leads: Sequence[str] = (),
           moves_in: Sequence[str] = (), transitions: Sequence[str] = ()) -> None:
    """Make the page about occupation ``title`` instead of its planned office role: the
    title, its ladder and moves become occupation roles (the truth's edges follow them), the
    planned role's aliases go and the page is the occupation's subject file."""
    old = g.role
    if g.file in old.subject_files:
        old.subject_files.remove(g.file)
    g.role = occupation_role(title)
    g.role.subject_files.append(g.file)
    g.title, g.aliases = title, []

    def pairs(names: Sequence[str]) -> list[tuple[Role, str]]:
        return [(occupation_role(n), n) for n in names]

    g.progression, g.leads_to = pairs(ladder), pairs(leads)
    g.moves_in, g.transitions_to = pairs(moves_in), pairs(transitions)


def _cut_line(rng: random.Random, g: Guide, lead: str) -> list[str]:
    """Sometimes the page ends mid-item: the cut text must yield nothing."""
    if rng.random() >= 0.3:
        return []
    cut = f"{lead} {g.role.title} (fi"
    g.must_not_appear.append(cut)
    return [cut]
