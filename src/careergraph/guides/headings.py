"""The heading vocabulary (``data/headings.yaml``): which lines are headings, and of what kind.

A heading is recognised however a page writes it: on its own line, ending in a colon, after
an emoji, a number or markdown ``#``/``**``, in Title Case or sentence case, or glued to the
text before or after it (``Advancement ToStaff Engineer``).  Its *kind* (skills, moves up,
lateral moves, moves in, ladder, salary …) comes from the vocabulary's phrasings, never from
per-site code.  Users extend the vocabulary with a ``headings:`` section in a lexicon file.

>>> vocab = load_headings()
>>> vocab.classify("Entry Point From"), vocab.classify("Salary Ranges (US Market, 2024)")
('moves_in', 'salary')
>>> vocab.classify("Geographic Variations") is None
True
>>> vocab.classify("Where do hydrologists work?"), vocab.classify("Skills Required to Start")
('employers', 'skills')
>>> vocab.exact("🚀 3. Skills you need:")
'skills'
>>> vocab.split_glued("Advancement ToStaff Data Scientist")
('Advancement To', 'moves_up', 'Staff Data Scientist')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from careergraph.errors import LexiconError
from careergraph.guides.literals import AnyOf
from careergraph.guides.phrase_gate import folded
from careergraph.guides.regex_literals import required_literals
from careergraph.resources import data_dir
from careergraph.yamlload import safe_load

__all__ = ["HeadingVocabulary", "bundled_data", "bundled_section", "load_headings",
           "normalise_heading"]

# Leading decoration: markdown heading marks, bold, emoji and symbols, "1." / "2)" / "Step 3:".
_DECOR = re.compile(r"^(?:[#>*_=\s]|[^\w\s(\"'$€£₹])+")
_NUMBER = re.compile(r"^(?:step\s+)?\d{1,2}(?:[.):\]]|\s*[-–—])\s*", re.IGNORECASE)
_TRAIL = re.compile(r"[\s*_#:–—-]+$")
# A strip of two or more hashtags ("#dayinthelife #nzcareers"; the first '#' may be gone as
# a Markdown heading's mark): tags, not a heading's words.
_HASHTAGS = re.compile(r"#?\w+(?:\s+#\w+)+")
_CACHE_SIZE = 20_000
_EXTENSIONS = 64  # extended vocabularies kept (one a page family with its own headings)
_PREFIX = 3  # every fragment has at least this many characters


def _word_ends(text: str, end: int) -> bool:
    """``text`` has no letter or digit at ``end`` (a fragment written "pay " ends there)."""
    return end >= len(text) or not (text[end].isalnum() or text[end] == "'")


def normalise_heading(text: str) -> str:
    """A heading without its decoration: emoji, markdown, number prefix, trailing colon.

    >>> normalise_heading("## 2. **Career Ladder:**")
    'Career Ladder'
    >>> normalise_heading("💰 Salary —")
    'Salary'
    """
    text = text.strip().replace("**", "").replace("__", "")
    text = _DECOR.sub("", text)
    text = _NUMBER.sub("", text)
    text = _DECOR.sub("", text)
    return _TRAIL.sub("", text).strip()


# A lower-case note in brackets closing a heading ("(endorsed by employer)"); one opened by
# "and" adds a topic ("How to become X (and what it pays)"), no note.
# A heading's bracket naming its readers ("(for employers and parents)") or the survey its
# figures come from ("(Arb Futures NZ employer survey 2025)").
_NOTE_NOT_KIND = re.compile(r"\s*\((?:for\s+[a-z][^()]*|[^()]*\bsurvey(?:,?\s+(?:19|20)\d\d)?)\)$")
_LOWER_ASIDE = re.compile(r"\s*\((?!(?:and|or|plus)\b)[a-z][^()]*\)$")
# The same aside inside a line, text after it ("Container ship (feeder)   5,700"); one that
# ends the heading keeps its words ("Shift payments (not basic salary)" still heads pay).
_LOWER_ASIDE_ANYWHERE = re.compile(r"\((?!(?:and|or|plus)\b)[a-z][^()]*\)(?=\s*\S)")
# (rules55b) A government body's name over its form ("Ministry of Labour, Training and Skills
# Development", "Department of Education and Skills"): a body named for its remit, whose
# words ("skills", "training") name no section of the page.
_BODY_NAME = re.compile(r"(?:the\s+)?(?:ministry|department|minister|secretariat)\s+(?:of|for)\s",
                        re.IGNORECASE)
# (rules48b) A brand's word in camel case ("SkillLoom", "UpSkillVeda"): a name, no words.
_CAMEL_BRAND = re.compile(r"\b[A-Z]?[a-z]+[A-Z][A-Za-z]*\b")
# A lower-case aside that denies a kind ("(not employers)", "(no pay figures)").
_DENYING_ASIDE = re.compile(r"\((?:not|no)\s+[a-z]+\)")


@dataclass(frozen=True)
class HeadingVocabulary:
    """Ordered ``(kind, words)`` rules and whole headings by their lowercase text."""

    rules: tuple[tuple[str, tuple[str, ...]], ...]
    headings: Mapping[str, str]
    regions: tuple[str, ...] = ()
    #: ``(kind, pattern)`` tried before the words: a question or phrase whose key words are
    #: apart ("Where do surveyors work?"); see ``questions`` in ``data/headings.yaml``.
    questions: tuple[tuple[str, re.Pattern[str]], ...] = ()
    #: How many of ``rules`` (at the front) hold ``phrases``: fragments that win over every
    #: kind's words ("skills required" is skills although "requir" names requirements).
    phrase_rules: int = 0
    #: Column names of flattened tables (a header row glues them: "ImportanceSkill").
    columns: frozenset[str] = frozenset()
    #: Nouns of a professional body's membership grades ("Chartered Member", "Fellow"): a
    #: grade is a level of the role's own standing, never another job title.
    grades: frozenset[str] = frozenset()
    #: Military ranks ("Private First Class", "Sergeant"): on a page about a service's job a
    #: rank is the soldier's own standing, so pay at a rank is the role's own pay.
    ranks: frozenset[str] = frozenset()
    #: Phrases after which running text lists skills ("employers look for", "good at"); see
    #: ``skill_cues`` in ``data/headings.yaml`` and :mod:`careergraph.guides.skill_cues`.
    skill_cues: tuple[str, ...] = ()
    #: ``(kind, phrases)`` of delimited tables' header cells, in the order they are tried
    #: (``table_columns`` in ``data/headings.yaml``; :mod:`careergraph.guides.delimited`).
    table_columns: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Names of fields of work holding a heading word ("knowledge graph", "knowledge base"):
    #: inside a heading they announce no kind ("Knowledge Graph After Hours", a show's name;
    #: ``field_names`` in ``data/headings.yaml``).
    field_names: tuple[str, ...] = ()
    _by_prefix: Mapping[str, list[tuple[str, int]]] = field(default_factory=dict,
                                                            compare=False)
    _lengths: tuple[int, ...] = field(default=(), compare=False)
    # Headings repeat across guides: each distinct heading is classified once per process.
    _seen: dict[str, str | None] = field(default_factory=dict, compare=False)
    # Each question's required literals (one of which every match holds; None: no test) and
    # an automaton of them all: a heading is searched only with the questions whose
    # literals it holds (most headings hold none, and ~35 searches become one pass).
    _question_needs: tuple[frozenset[str] | None, ...] = field(default=(), compare=False)
    _question_finder: AnyOf | None = field(default=None, compare=False)
    # The questions each literal is required by (their indices) and those with no required
    # literal: a heading's candidate questions are found by its literals, not by testing
    # every question's needs (speed17).
    _questions_of: Mapping[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    _needless: tuple[int, ...] = field(default=(), compare=False)
    # The vocabularies ``extended`` built, by their extra words: a page family's own
    # headings extend the vocabulary on every page of that family, and building one (each
    # question's literals parsed, their automaton, an empty ``_seen``) costs more than the
    # page's headings (speed15).
    _extensions: dict[tuple[object, ...], HeadingVocabulary] = field(default_factory=dict,
                                                                    compare=False)

    def __post_init__(self) -> None:
        # Fragments indexed by their first letters: at each word start of a heading a few
        # candidates are tried; the earliest kind (file order) over all starts wins.
        # A fragment written with a space after it (" pay ") must end its word: "Pay" and
        # "Pay and benefits", not "Payroll Clerk".
        fragments: dict[str, int] = {}
        for order, (_, words) in enumerate(self.rules):
            for word in words:
                fragments.setdefault(word.lstrip() if word.endswith(" ") else word.strip(),
                                     order)
        by_prefix: dict[str, list[tuple[str, int]]] = {}
        for word, order in fragments.items():
            by_prefix.setdefault(word[:_PREFIX], []).append((word, order))
        object.__setattr__(self, "_by_prefix", by_prefix)
        lengths = sorted({len(h) for h in self.headings}, reverse=True)
        object.__setattr__(self, "_lengths", tuple(lengths))
        needs = tuple(None if (found := required_literals(pattern.pattern, pattern.flags)) is None
                      else frozenset(found) for _, pattern in self.questions)
        object.__setattr__(self, "_question_needs", needs)
        questions_of: dict[str, list[int]] = {}
        for index, need in enumerate(needs):
            for literal in need or ():
                questions_of.setdefault(literal, []).append(index)
        object.__setattr__(self, "_questions_of", {
            literal: tuple(indices) for literal, indices in questions_of.items()})
        object.__setattr__(self, "_needless", tuple(
            index for index, need in enumerate(needs) if need is None))
        object.__setattr__(self, "_question_finder", AnyOf(
            literal for need in needs for literal in need or ()))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], origin: str = "headings") -> HeadingVocabulary:
        """Build from the YAML's structure (``kinds: {kind: {words, headings}}``)."""
        kinds = raw.get("kinds") or {}
        if not isinstance(kinds, Mapping):
            raise LexiconError(origin, 1, "`kinds` must map a kind to its words and headings")
        phrases: list[tuple[str, tuple[str, ...]]] = []
        rules: list[tuple[str, tuple[str, ...]]] = []
        headings: dict[str, str] = {}
        questions: list[tuple[str, re.Pattern[str]]] = []
        for kind, spec in kinds.items():
            spec = spec or {}
            words = tuple(str(w).lower() for w in spec.get("words") or ())
            rules.append((str(kind), words))
            phrases.append((str(kind), tuple(str(w).lower() for w in spec.get("phrases") or ())))
            for heading in spec.get("headings") or ():
                headings.setdefault(str(heading).lower(), str(kind))
            for pattern in spec.get("questions") or ():
                try:
                    questions.append((str(kind), re.compile(str(pattern), re.IGNORECASE)))
                except re.error as exc:
                    raise LexiconError(origin, 1, f"bad question pattern {pattern!r}: {exc}",
                                       hint="a Python regular expression") from exc
        regions = tuple(str(r) for r in raw.get("regions") or ())
        columns = frozenset(str(c).lower() for c in raw.get("columns") or ())
        grades = frozenset(str(g).lower() for g in raw.get("grades") or ())
        ranks = frozenset(str(r).lower() for r in raw.get("ranks") or ())
        cues = tuple(str(c).lower() for c in raw.get("skill_cues") or ())
        table = raw.get("table_columns") or {}
        if not isinstance(table, Mapping):
            raise LexiconError(origin, 1, "`table_columns` must map a column kind to phrases")
        table_columns = tuple((str(kind), tuple(str(p).lower() for p in phrases or ()))
                              for kind, phrases in table.items())
        fields = tuple(str(f).lower() for f in raw.get("field_names") or ())
        return cls(tuple([*phrases, *rules]), headings, regions, tuple(questions),
                   len(phrases), columns, grades, ranks, cues, table_columns, fields)

    def extended(self, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> HeadingVocabulary:
        """This vocabulary with more words and headings for known kinds (a user's lexicon),
        built once for the same ``extra`` (the same words in the same order).

        >>> base = load_headings()
        >>> extra = {"skills": {"words": ["what you'll learn"]}}
        >>> base.extended(extra) is base.extended({"skills": {"words": ("what you'll learn",)}})
        True
        >>> base.extended(extra).classify("What you'll learn"), base.classify("What you'll learn")
        ('skills', None)
        """
        key = tuple((kind, tuple((part, tuple(words)) for part, words in spec.items()))
                    for kind, spec in extra.items())
        built = self._extensions.get(key)
        if built is None:
            built = self._extended(extra)
            if len(self._extensions) < _EXTENSIONS:
                self._extensions[key] = built
        return built

    def _extended(self, extra: Mapping[str, Mapping[str, Sequence[str]]]) -> HeadingVocabulary:
        known = {kind for kind, _ in self.rules}
        rules = []
        for index, (kind, words) in enumerate(self.rules):
            part = "phrases" if index < self.phrase_rules else "words"
            more = tuple(w.lower() for w in (extra.get(kind) or {}).get(part, ()))
            rules.append((kind, (*more, *words)))
        headings = dict(self.headings)
        for kind, spec in extra.items():
            if kind not in known:
                raise LexiconError("headings", 1, f"unknown heading kind {kind!r}",
                                   hint=f"known kinds: {', '.join(sorted(known))}")
            for heading in spec.get("headings", ()):
                headings[heading.lower()] = kind
        return HeadingVocabulary(tuple(rules), headings, self.regions, self.questions,
                                 self.phrase_rules, self.columns, self.grades, self.ranks,
                                 self.skill_cues, self.table_columns, self.field_names)

    def classify(self, heading: str) -> str | None:
        """The kind a heading's words announce, or None when no rule knows them."""
        if heading in self._seen:
            return self._seen[heading]
        if _HASHTAGS.fullmatch(heading.strip()):
            return None  # "#dayinthelife #knowledgegraphs": a post's tags, no section's words
        bare = normalise_heading(heading).replace("’", "'")
        found = self.headings.get(bare.lower())
        if found is None and self.questions:
            found = self._question_kind(bare)
        if found is None and (aside := _LOWER_ASIDE.search(bare)) and aside.start() > 0:
            # "Verified skills (endorsed by employer)": the heading's head words name its
            # list; a lower-case note after them says how it was made, no other kind
            found = self.classify(bare[:aside.start()])
        note = _kind_free_note(bare) if found is None else None
        if note is not None:
            # "Partners (not employers): A, B", "FACTS FROM THE COUNCIL (for employers and
            # parents)", "THE NUMBERS (Arb Futures employer survey 2025)": a note that denies
            # a kind, says who the box is for or where its figures come from; the words
            # before it name the section, or nothing
            found = self.classify(bare[:note])
        elif found is None and _BODY_NAME.match(bare):
            found = None  # (rules55b) "Ministry of Labour, … Skills Development": a body
        elif found is None:
            lowered = bare.lower()
            if "(" in lowered and (asides := _LOWER_ASIDE_ANYWHERE.sub(" ", bare)).strip():
                # (fresh49) "Container ship (feeder)   5,700": a lower-case aside inside the
                # line qualifies the words before it; its own words ("feeder") name no section
                lowered = asides.lower()
                bare = asides
            if any(char.isupper() for char in bare[1:]) and _CAMEL_BRAND.search(bare):
                # (rules48b) "Hiring now on SkillLoom Jobs": a brand's word glued in camel
                # case holds no heading word ("skill"), whatever it starts with
                lowered = _CAMEL_BRAND.sub(lambda m: " " * len(m.group()), bare).lower()
            for name in self.field_names:  # ("Knowledge Graph After Hours": no knowledge)
                if name in lowered:
                    lowered = lowered.replace(name, " " * len(name))
            orders = [order
                      for start in _word_starts(lowered)
                      for word, order in self._by_prefix.get(lowered[start:start + _PREFIX], ())
                      if lowered.startswith(word.rstrip(), start) and (
                          word[-1] != " " or _word_ends(lowered, start + len(word) - 1))]
            found = self.rules[min(orders)][0] if orders else None
        if len(self._seen) < _CACHE_SIZE:
            self._seen[heading] = found
        return found

    def _question_kind(self, bare: str) -> str | None:
        """The kind of the first question (file order) whose pattern ``bare`` matches, only
        the questions whose literals it holds searched (all of them when it has no exact
        folded form; speed17: the candidates looked up by literal, not each question's
        literals tested)."""
        present = self._question_literals(bare)
        candidates: Iterable[int] = range(len(self.questions)) if present is None else (
            sorted({*self._needless, *(index for literal in present
                                       for index in self._questions_of.get(literal, ()))}))
        return next((self.questions[index][0] for index in candidates
                     if self.questions[index][1].search(bare)), None)

    def _question_literals(self, text: str) -> frozenset[str] | None:
        """The questions' literals ``text`` holds, case ignored (None: every question may
        match, the text having no exact folded form)."""
        lowered = folded(text)
        if lowered is None or self._question_finder is None:
            return None
        return frozenset(self._question_finder.present(lowered))

    def exact(self, text: str) -> str | None:
        """The kind of a line that *is* a known heading (decoration ignored), else None."""
        key = "\x00" + text  # shares the cache with classify, under another key
        if key in self._seen:
            return self._seen[key]
        bare = normalise_heading(text)
        found = self.headings.get(bare.lower()) if bare else None
        if found is None and " & " in bare:  # "Skills & knowledge" is "Skills and Knowledge"
            found = self.headings.get(bare.lower().replace(" & ", " and "))
        if found is None and bare.endswith(")") and (note := _source_note().search(bare)):
            # "Top skills (from job postings)": a heading with where its list comes from
            found = self.headings.get(bare[:note.start()].lower())
        if len(self._seen) < _CACHE_SIZE:
            self._seen[key] = found
        return found

    def split_glued(self, text: str) -> tuple[str, str, str] | None:
        """``(heading, kind, rest)`` when a known heading starts the line glued to its text.

        The text after it must start with a capital, digit or symbol: "Salary ranges vary"
        is a sentence, "SalaryUSD 90,000" a heading and its content.  A site's camel-case
        name before its tagline is no heading:

        >>> load_headings().split_glued("SkillsPython, SQL")
        ('Skills', 'skills', 'Python, SQL')
        >>> load_headings().split_glued("SkillsHub Online — courses for everyone") is None
        True
        """
        stripped = text.strip()
        if not stripped[:1].isupper():
            return None
        found = self._glued_start(stripped, stripped.lower())
        if found is None and " & " in stripped:
            # "Work Context & ConditionsDental Hygienist": the heading spelt with "&" is the
            # one the vocabulary keeps with "and" (the "&" must fall inside the heading)
            at = stripped.index(" & ")
            spelt = stripped.replace(" & ", " and ", 1)
            anded = self._glued_start(spelt, spelt.lower())
            if anded is not None and anded[0] >= at + len(" and "):
                found = (anded[0] - 2, anded[1])  # back to the "&" spelling's length
        if found is None and "(" in stripped[:_ASIDE_HEAD_MOST]:
            # (rules53b) "Position summary (provided by employer)Locates and …": a form's
            # label with a lower-case note on its source, glued to its value (the label's
            # words name its kind: the note and the glued capital make it a label)
            noted = _NOTED_GLUED.match(stripped)
            kind = None if noted is None else self.classify(noted.group(1))
            if noted is not None and kind is not None:
                return (stripped[:noted.end()], kind, stripped[noted.end():].lstrip(" :–—-"))
        if found is None:
            return None
        size, kind = found
        if stripped[size - 1].islower() and _BRAND_TAGLINE.match(stripped, size):
            return None  # (carry44) "ToolTax Direct — Tool and workwear refunds": a site's
            # name in camel case before its tagline, no heading glued to its text
        return (stripped[:size], kind, stripped[size:].lstrip(" :–—-"))

    def _glued_start(self, printed: str, lowered: str) -> tuple[int, str] | None:
        """``(length, kind)`` of the longest known heading that starts ``printed`` (its
        lower case is ``lowered``) glued to a capital, digit or symbol."""
        for size in self._lengths:  # longest first: a few dictionary look-ups a line
            kind = self.headings.get(lowered[:size]) if size < len(printed) else None
            if kind is None:
                continue
            if printed[size].isspace() or printed[size].islower():
                continue
            return (size, kind)
        return None

    def split_glued_end(self, text: str) -> tuple[str, str, str] | None:
        """``(before, heading, kind)`` when a known heading ends the line glued to the text.

        >>> load_headings().split_glued_end("Demand is strong.Companies Hiring")
        ('Demand is strong.', 'Companies Hiring', 'employers')
        """
        stripped = text.strip()
        lowered = stripped.lower()
        for size in self._lengths:
            kind = self.headings.get(lowered[-size:]) if size < len(stripped) else None
            if kind is None:
                continue
            before, head = stripped[:-size], stripped[-size:]
            if before[-1].isspace() or not head[0].isupper() or before[-1].isupper():
                continue
            return (before.rstrip(), head, kind)
        return None


# (rules53b) A known heading, a form's note in brackets on who filled it in or where it was
# copied from, then a capital glued ("Qualifications (provided by employer)Valid licence, …",
# "About the job (copied from the advert)Kell Civils are …"; (rules54b) "Skills required (from
# the job advert)Econometrics, …").
# (carry53) The note may name whose words the value is ("Duties (employer's words)Fits …",
# "(in the employer's own words)").
_NOTED_GLUED = re.compile(r"([A-Z][^()]{2,40}?)\s*\((?:(?:as\s+)?(?:(?:provided|supplied|reported|"
                          r"entered|completed)\s+by|(?:copied|taken)\s+from|"
                          r"from(?=\s+the\s+(?:job\s+)?(?:advert|ad|posting|listing|vacancy)\b))"
                          r"\s[^()]{1,30}|"
                          r"(?:in\s+)?(?:the\s+)?[a-z]+['’]s\s+(?:own\s+)?words)\)"
                          r"(?=[A-Z0-9])")
_ASIDE_HEAD_MOST = 44  # (the bracket opens within the heading's length)

# (carry44) The rest of a camel-case site name and the tagline after its dash or bar
# ("ToolTax Direct — …", "SkillsHub | …"): a masthead, no heading glued to its text.
_BRAND_TAGLINE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][\w&.]*){0,3}\s+[—–|]\s")

# A run of letters and digits: ``[^\W_]`` is exactly what ``str.isalnum`` accepts.
_WORD_RUN = re.compile(r"[^\W_]+")


def _word_starts(text: str) -> list[int]:
    """Where each word (a run of ``str.isalnum`` characters) of ``text`` starts.

    >>> _word_starts("Skills & know-how")
    [0, 9, 14]
    """
    return [match.start() for match in _WORD_RUN.finditer(text)]


@cache
def _kind_free_note(bare: str) -> int | None:
    """Where a heading's bracketed note that never names its kind begins (a denial "(not
    employers)" anywhere, or a closing "(for parents)", "(… survey 2025)", "(from job
    postings)"), when words stand before it; else None.

    >>> _kind_free_note("Partners (not employers): A, B"), _kind_free_note("Pay (2025 survey)")
    (9, 3)
    >>> _kind_free_note("Who hires (employers)") is None
    True
    """
    if "(no" in bare and (denied := _DENYING_ASIDE.search(bare)) and denied.start() > 0:
        return denied.start()
    if bare.endswith(")") and (
            note := _NOTE_NOT_KIND.search(bare) or _source_note().search(bare)) and (
            note.start() > 0):
        return note.start()
    return None


@cache  # (built once from the bundled data: classify asks on every bracketed heading)
def _source_note() -> re.Pattern[str]:
    """A heading's closing bracket that says where its list comes from ("(from job
    postings)", "(source: employer survey)"): ``heading_notes`` in data/headings.yaml."""
    openers = bundled_section("heading_notes").get("openers") or ()
    words = "|".join(re.escape(str(word)) for word in openers) or "(?!)"
    return re.compile(rf"\s*\((?:{words})\b[^()]*\)$", re.IGNORECASE)


@cache  # (read once: a dozen readers take their sections from it)
def _bundled_raw() -> Mapping[str, Any]:
    path = data_dir() / "headings.yaml"
    try:
        raw = safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(str(path), 1, f"cannot read the heading vocabulary: {exc}") from exc
    return raw if isinstance(raw, Mapping) else {}


@cache
def _bundled() -> HeadingVocabulary:
    return HeadingVocabulary.from_mapping(_bundled_raw(), str(data_dir() / "headings.yaml"))


def bundled_data() -> Mapping[str, Any]:
    """The whole bundled ``data/headings.yaml``, read once by every reader of it.

    >>> "hiring" in bundled_data()
    True
    """
    return _bundled_raw()


def bundled_section(key: str) -> Mapping[str, Any]:
    """One top-level mapping of the bundled ``data/headings.yaml`` (``criteria``,
    ``notices``), for readers whose vocabulary lives beside the headings'.

    >>> "openers" in bundled_section("criteria")
    True
    """
    section = _bundled_raw().get(key) or {}
    return section if isinstance(section, Mapping) else {}


def load_headings(
    extra: Mapping[str, Mapping[str, Sequence[str]]] | None = None,
) -> HeadingVocabulary:
    """The bundled heading vocabulary, extended by ``extra`` (``{kind: {words, headings}}``)."""
    base = _bundled()
    return base.extended(extra) if extra else base
