"""One occupation of a taxonomy, collected from several files, as a :class:`Guide`.

A taxonomy states an occupation's facts in several tables (titles in one, skills in another),
so unlike :class:`~careergraph.guides.builder.GuideBuilder` every fact here carries its own
file as well as its line.  Repeats (same words, ignoring case and punctuation) are kept once,
the first source winning; an alias that only repeats the title is dropped, and so is one that
names the occupation at another level ("senior food safety specialist" for "food safety
specialist"; taxonomies list those as alternative labels, but in a career graph they are
another rung, and as aliases they would turn the move up into a self-loop): they are kept in
:attr:`OccupationDraft.dropped` for the report.  (An alias that is another guide's title is
taken out once the whole corpus is read: :mod:`careergraph.guides.taxonomy_aliases`.)

>>> from careergraph.model import Layout, SkillKind
>>> draft = OccupationDraft("occ.csv", Layout.ESCO, "data engineer", 2)
>>> draft.alias("Data Engineer", "occ.csv", 2); draft.alias("pipeline engineer", "occ.csv", 2)
>>> draft.alias("senior data engineer", "occ.csv", 2)
>>> draft.skill("SQL", SkillKind.TECHNICAL, "rel.csv", 7)
>>> guide = draft.guide()
>>> [a.text for a in guide.aliases], draft.dropped, guide.skills[0].source.label
(['pipeline engineer'], [('occ.csv', 'senior data engineer')], 'rel.csv:7')
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.text import clean
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.model import (
    Coverage,
    Fact,
    Guide,
    Layout,
    Problem,
    SalaryRange,
    SkillFact,
    SkillKind,
    Source,
)
from careergraph.names import name_key, singular_key, strip_qualifiers

__all__ = ["LevelWords", "OccupationDraft", "other_level"]


class LevelWords:
    """The lexicon's level words, compiled once: whether two titles are one role at two
    levels ("food safety specialist" / "senior food safety specialist").

    >>> levels = LevelWords(load_lexicon())
    >>> levels.variant("Bakery Managers", "Senior Bakery Manager")
    True
    >>> levels.variant("head chef", "executive chef"), levels.variant("mine surveyor", "surveyor")
    (False, False)
    """

    def __init__(self, lexicon: Lexicon) -> None:
        every = sorted(lexicon.level_words(), key=len, reverse=True)
        body = "|".join(re.escape(w) for w in every) or r"(?!x)x"
        # "s?": occupation titles are plural ("Bakery Managers").
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})s?(?![\w-])", re.IGNORECASE)
        self._found: dict[str, frozenset[str]] = {}
        self._bases: dict[str, str] = {}

    def variant(self, title: str, other: str) -> bool:
        """Other level words, and the same words once they are removed ("Senior Bakery
        Manager" for "Bakery Managers", "technical manager" for "technical director")."""
        if self._words(title) == self._words(other):
            return False  # the common case, decided without building keys
        base = self._bases.get(title)
        if base is None:  # a title is compared with each of its aliases
            base = self._bases[title] = self._base(title)
        return base == self._base(other)

    def _words(self, title: str) -> frozenset[str]:
        """The level words of a title, lowercase and singular."""
        found = self._found.get(title)
        if found is None:
            found = self._found[title] = frozenset(
                m.group(0).lower().rstrip("s") for m in self.pattern.finditer(title))
        return found

    def _base(self, title: str) -> str:
        """The key of the words besides the level words ("managers" singular)."""
        return singular_key(self.pattern.sub(" ", strip_qualifiers(clean(title))[0]))

    def bare(self, text: str) -> bool:
        """Whether ``text`` holds nothing but level words ("Senior", "Staff").

        >>> LevelWords(load_lexicon()).bare("Principal"), _levels().bare("Principal Welder")
        (True, False)
        """
        return not self._base(text)


@cache
def _levels() -> LevelWords:
    # The bundled lexicon's level words: a taxonomy is imported before any --lexicon applies.
    return LevelWords(load_lexicon())


def other_level(title: str, other: str) -> bool:
    """Whether ``other`` names the occupation ``title`` at another level, or no occupation
    but a level ("Senior"), by the bundled lexicon's level words.

    >>> other_level("Bakery Managers", "Senior Bakery Manager"), other_level("Welders", "Lead")
    (True, True)
    >>> other_level("Welders", "Pipe Welder")
    False
    """
    levels = _levels()
    return levels.bare(other) or levels.variant(title, other)


class OccupationDraft:
    """Mutable collector for one occupation; :meth:`guide` returns the immutable result."""

    def __init__(self, file: str, layout: Layout, title: str, line: int) -> None:
        self.file = file
        self.layout = layout
        self.role = Fact(text=clean(title), source=Source(file=file, line=line))
        self.summary: Fact | None = None
        self.aliases: list[Fact] = []
        self.skills: list[SkillFact] = []
        self.transitions: list[Fact] = []
        self.promotions: list[Fact] = []
        self.requirements: list[Fact] = []
        self.responsibilities: list[Fact] = []
        self.sectors: list[Fact] = []
        self.salaries: list[SalaryRange] = []
        self.problems: list[Problem] = []
        #: Alternative titles not made aliases as they name another level of this
        #: occupation: (file, title).
        self.dropped: list[tuple[str, str]] = []
        self._seen: dict[str, set[str]] = {"alias": {name_key(title)}}
        self._lines: set[tuple[str, int]] = {(file, line)}

    def _fact(self, scope: str, text: str, file: str, line: int) -> Fact | None:
        text = clean(text)
        key = name_key(text)
        seen = self._seen.setdefault(scope, set())
        if not key or key in seen:
            return None
        seen.add(key)
        self._lines.add((file, line))
        return Fact(text=text, source=Source(file=file, line=line))

    def alias(self, text: str, file: str, line: int) -> None:
        """Another title of this occupation (not one naming it at another level)."""
        if _levels().variant(self.role.text, text):
            self.dropped.append((file, clean(text)))
        elif (fact := self._fact("alias", text, file, line)) is not None:
            self.aliases.append(fact)

    def describe(self, text: str, file: str, line: int) -> None:
        """The occupation's description (the first one given is kept)."""
        if self.summary is None and clean(text):
            self.summary = Fact(text=clean(text), source=Source(file=file, line=line))

    def skill(self, text: str, kind: SkillKind, file: str, line: int) -> None:
        """A skill of ``kind`` (once per kind)."""
        text = clean(text)
        key = name_key(text)
        seen = self._seen.setdefault(f"skill:{kind.value}", set())
        if key and key not in seen:
            seen.add(key)
            self._lines.add((file, line))
            self.skills.append(SkillFact(text=text, kind=kind,
                                         source=Source(file=file, line=line)))

    def transition(self, text: str, file: str, line: int) -> None:
        """A related occupation: a lateral move (never a promotion)."""
        if (fact := self._fact("transition", text, file, line)) is not None:
            self.transitions.append(fact)

    def promotion(self, text: str, file: str, line: int) -> None:
        """A role this occupation leads up to, as the taxonomy states it."""
        if (fact := self._fact("promotion", text, file, line)) is not None:
            self.promotions.append(fact)

    def requirement(self, text: str, file: str, line: int) -> None:
        if (fact := self._fact("requirement", text, file, line)) is not None:
            self.requirements.append(fact)

    def responsibility(self, text: str, file: str, line: int) -> None:
        if (fact := self._fact("responsibility", text, file, line)) is not None:
            self.responsibilities.append(fact)

    def sector(self, text: str, file: str, line: int) -> None:
        if (fact := self._fact("sector", text, file, line)) is not None:
            self.sectors.append(fact)

    def guide(self) -> Guide:
        """The occupation as a guide: every row it was read from counts as a used line."""
        own = sorted(line for file, line in self._lines if file == self.file)
        return Guide(
            file=self.file, layout=self.layout, role=self.role, role_signal=self.layout.value,
            aliases=self.aliases, summary=self.summary, skills=self.skills,
            leads_to=self.promotions, transitions_to=self.transitions,
            requirements=self.requirements,
            responsibilities=self.responsibilities, sectors=self.sectors,
            salaries=self.salaries, problems=self.problems,
            coverage=Coverage(content_lines=len(own), used_lines=own),
        )

