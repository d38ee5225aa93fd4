"""What the parsers need from the lexicon, indexed once per parse.

>>> from careergraph.lexicon import load_lexicon
>>> vocab = Vocabulary.from_lexicon(load_lexicon())
>>> vocab.find_tools("Experience with infrastructure automation (Ansible, Terraform)")
['Ansible', 'Terraform']
>>> vocab.is_role_title("Head of AI Infrastructure"), vocab.is_role_title("Entry Point")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from careergraph.guides.gazetteer import Gazetteer
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import HeadingVocabulary, load_headings
from careergraph.guides.literals import AnyOf
from careergraph.guides.memo import Memo
from careergraph.guides.split import KnownNames
from careergraph.guides.text import clean, split_items
from careergraph.guides.title_frames import legal_form
from careergraph.lexicon import Lexicon

__all__ = ["Vocabulary", "is_person_name", "remit_words"]

_DE = frozenset({"de", "du", "des"})
_CONNECTORS = frozenset({"of", "and", "&", "for", "in", "to"})
# Words that open a role title before "of": "Head of MLOps", "Director of Platform".
# (fixes100) A translated Romance posting's "Responsible of the Warehouse" (Catalan and
# Spanish "responsable de", French "responsable de", Italian "responsabile di"): the head
# of what follows, a post.
_OF_HEADS = frozenset({"Head", "Director", "VP", "Vice", "Chief", "Manager", "President",
                       "Responsible"})
# Heads that rank the head after them ("Head Guide", "Lead Guide"): no reader's document.
_RANKS = frozenset({"Head", "Lead", "Chief", "Principal", "Master", "Assistant", "Trainee",
                    "Apprentice", "Associate", "Intern"})
# A capitalised sentence opener no title starts with ("From Patrol Officer you can …"); a
# possessive or a quantifier ("Our Principals", "Many …") and a notice's "Appointments to X"
# or "Vacancies for X" open no title either (fixes54).
_NO_TITLE_OPENERS = frozenset({"From", "Our", "Your", "Their", "Many", "Most",
                               "Appointments", "Vacancies"})
# A run-in phrase's "as a" before a title, in Title Case ("Starting Off As A Line Helper").
_AS_A = re.compile(r"\bAs An? (?=[A-Z])")
_ENUM_TRIGGERS = ("such as ", "like ", "including ", "e.g., ", "e.g. ", "i.e., ")
# Searched case-insensitively in the text itself: ``text.lower()`` can change its length
# ("İ" lowers to two characters), which would shift every position after it.
_ENUM_TRIGGER_PATTERNS = tuple(re.compile(re.escape(t), re.IGNORECASE) for t in _ENUM_TRIGGERS)
_ENUM_STOPS = ";:)"
# Where an enumeration ends: a stop character, or a full stop before a space or the end.
_ENUM_END = re.compile(f"[{re.escape(_ENUM_STOPS)}]|\\.(?= |\\Z)")
_TOOL_CONTEXT = (
    "tool",
    "framework",
    "language",
    "platform",
    "librar",
    "technolog",
    "service",
    "stack",
    "software",
    "database",
)
# An enumeration is read for at most this many characters (keeps long lines linear).
_ENUM_SPAN = 300
_MAX_ENUMERATIONS = 64
_NOT_TOOLS = frozenset({"The", "This", "These", "A", "An", "It", "Other", "Etc"})


def _index(names: list[str]) -> dict[str, list[str]]:
    by_first: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        if name:
            by_first.setdefault(name[0], []).append(name)
    for group in by_first.values():
        group.sort(key=lambda n: (-len(n), n))
    return by_first


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "&_+#"


# (left54) A credential's discipline letter in brackets after its body's capitals or glued to
# a name, "ARRT (R)", "RT(R)", and a registered mark written out, "Excel(R)": no one-letter
# tool (the R language stays in "a statistical language (R)").
_BRACKETED_CAPITALS = re.compile(r"(?:\b[A-Z][A-Z.]{1,7} ?|\w)\($")


def _credential_letter(text: str, start: int, end: int) -> bool:
    """The one-letter name at ``text[start:end]`` is a credential's bracketed letter.

    >>> _credential_letter("ARRT (R) with CT", 6, 7), _credential_letter("RT(R)", 3, 4)
    (True, True)
    >>> _credential_letter("a statistical language (R)", 24, 25)
    False
    """
    return (end - start == 1 and text[end:end + 1] == ")"
            and _BRACKETED_CAPITALS.search(text, max(0, start - 10), start) is not None)


# Heads that end a title only after another word: "Audit Associate" is a post, a lone
# "Associate" a level ("qualifying as an Associate" of an actuarial body).
_LEVEL_ONLY_HEADS = frozenset({"Associate", "Associates"})
# Credential nouns: one followed by "in", "for" or "of" names a qualification, whatever its
# subject ends with ("A Level 3 Certificate in Teaching Assistant", "Diploma for Welder").
_CREDENTIALS = frozenset({"Certificate", "Certification", "Diploma", "Degree", "Award",
                          "Qualification", "NVQ", "SVQ", "HNC", "HND", "BTEC"})
_CREDENTIAL_LINKS = frozenset({"in", "for", "of"})


# (rules41b) A class's Roman numeral and the noun after it that says the title is a class
# ("Maintenance Worker II class", "the Clerk III classification").
_CLASS_NUMERAL = re.compile(r"I{1,3}|IV|V")
_CLASS_NOUN = re.compile(r" (?:class|classification)\b")


@dataclass(frozen=True)
class Vocabulary:
    """Lexicon names arranged for fast matching in prose."""

    employers: list[str]
    sectors: list[str]
    skills: list[str]
    role_heads: frozenset[str]
    tools: dict[str, list[str]] = field(default_factory=dict)
    headings: HeadingVocabulary = field(default_factory=load_headings)
    gazetteer: Gazetteer | None = None  # generic names seen in prose
    # Words before a head that make the name a thing ("Career Guide"; roles.yaml)
    head_exceptions: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words that end a post only after a listed word ("Cabin Crew"; roles.yaml heads_after)
    heads_after: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Vocabulary:
        """Index ``lexicon`` (employers, sectors, skill spellings, tools, role heads)."""
        skills = [name for canon, al in lexicon.skills.items() for name in (canon, *al)]
        # KnownNames: segment() reuses their index instead of rebuilding it per call.
        return cls(
            employers=KnownNames(lexicon.employer_names()),
            sectors=KnownNames(lexicon.sector_names()),
            skills=KnownNames(dict.fromkeys(skills)),
            role_heads=frozenset(lexicon.role_heads),
            tools=_index(list(lexicon.tools)),
            headings=load_headings(lexicon.headings or None),
            gazetteer=Gazetteer.from_lexicon(lexicon),
            head_exceptions={head: frozenset(words)
                             for head, words in lexicon.head_exceptions.items()},
            heads_after={head: frozenset(words)
                         for head, words in lexicon.heads_after.items()},
        )

    @cached_property
    def employer_names(self) -> frozenset[str]:
        """Every spelling of a known employer, for exact lookups ("Coast Guard" is no title)."""
        return frozenset(self.employers)

    def _ends_employer(self, text: str, start: int, title: str) -> bool:
        """True when ``title`` at ``start``, alone or with up to three words before it, is a
        known employer's name ("Coast Guard", the "Guard" of "Air National Guard")."""
        if title in self.employer_names:
            return True
        before = text[max(0, start - 60):start].split()
        return any(" ".join([*before[-n:], title]) in self.employer_names
                   for n in range(1, min(3, len(before)) + 1))

    @cached_property
    def memo(self) -> Memo:
        """Per-line readings kept across the guides parsed with this vocabulary."""
        return Memo()

    # -- tools -------------------------------------------------------------------------------
    def lexicon_tools(self, text: str) -> list[str]:
        """Tools from the lexicon named in ``text`` as whole words (longest match wins).

        >>> from careergraph.lexicon import load_lexicon
        >>> Vocabulary.from_lexicon(load_lexicon()).lexicon_tools("Python and Go/Java, R&D")
        ['Python', 'Go', 'Java']
        """
        found: list[str] = []
        if not self._tool_names.search(text):
            return found  # most lines name no tool at all: one automaton pass
        size = len(text)
        after = 0  # where the last name found ends: names do not overlap
        # Only the characters that open a word and a tool name are tried (one regex scan).
        for start in self._tool_starts.finditer(text):
            index = start.start()
            if index < after:
                continue
            for name in self.tools[text[index]]:
                end = index + len(name)
                if text.startswith(name, index) and (
                    end >= size or not (_word_char(text[end]) or text[end] in "-'’")
                ) and not _credential_letter(text, index, end):
                    found.append(name)
                    after = end
                    break
        return list(dict.fromkeys(found))

    @cached_property
    def _tool_names(self) -> AnyOf:
        return AnyOf(name for group in self.tools.values() for name in group)

    @cached_property
    def _tool_starts(self) -> re.Pattern[str]:
        # _word_char is str.isalnum or "&_+#": the characters of ``\w`` and "&+#".
        if not self.tools:
            return re.compile("(?!)")
        firsts = "".join(re.escape(char) for char in sorted(self.tools))
        return re.compile(f"(?<![\\w&+#])[{firsts}]")

    def enumerated_names(self, text: str) -> list[str]:
        """Capitalised names listed after "such as", "like", "e.g." or inside parentheses.

        The list stops at its first item that is not a Capitalised name, so prose that
        follows ("…, or Scala, and familiarize yourself…") is not taken.

        >>> from careergraph.lexicon import load_lexicon
        >>> v = Vocabulary.from_lexicon(load_lexicon())
        >>> v.enumerated_names("cloud ML services (e.g., SageMaker, Google Cloud ML Engine)")
        ['SageMaker', 'Google Cloud ML Engine']
        >>> v.enumerated_names("metrics like response time, error rates")
        []
        """
        found: list[str] = []
        for start, items in self.enumerations(text):
            if not items or not _is_name(items[0]) or (
                    text[start - 1:start] == "(" and _credential_letter(
                        text, start, start + len(items[0]))):
                continue  # its first item is no name: none would be taken (see below);
                # (left54) "ARRT (R)": a credential's letter
            # A list counts as naming tools when it names a known tool or follows a word such
            # as "tools" or "frameworks"; "(Master's or Ph.D.)" does neither.
            context = text[max(0, start - 60) : start].lower()
            known = any(self.lexicon_tools(item) for item in items)
            if not known and not any(word in context for word in _TOOL_CONTEXT):
                continue
            for item in items:
                if not _is_name(item) or item in _NOT_TOOLS or self.is_role_title(item):
                    break
                found.append(item)
        return list(dict.fromkeys(found))

    def enumerated_roles(self, text: str) -> list[str]:
        """Role titles listed in an enumeration ("(e.g., AI Operations Manager, Head of X)")."""
        found = [
            item
            for _, items in self.enumerations(text, keep_whole=self.is_role_title)
            for item in items
            if self.is_role_title(item)
        ]
        return list(dict.fromkeys(found))

    def enumerations(
        self, text: str, keep_whole: Callable[[str], bool] | None = None
    ) -> list[tuple[int, list[str]]]:
        """``(start, items)`` of every list opened by "such as", "like", "e.g." or "("
        (``keep_whole``: see :func:`~careergraph.guides.text.split_items`)."""
        lists: list[tuple[int, list[str]]] = []
        for start in self._enumeration_starts(text):
            limit = min(len(text), start + _ENUM_SPAN)
            end = _ENUM_END.search(text, start)
            stop = min(end.start(), limit) if end else limit
            body = text[start:stop]
            for trigger in _ENUM_TRIGGERS:
                if body.startswith(trigger):
                    body = body[len(trigger) :]
            lists.append((start, split_items(body, keep_whole)))
        return lists

    def _enumeration_starts(self, text: str) -> list[int]:
        starts: list[int] = []
        # ASCII text lowers letter for letter, so a trigger missing from the lowered text
        # cannot match case-insensitively either (most lines name none: no regex scan).
        lowered = text.lower() if text.isascii() else None
        for trigger, pattern in zip(_ENUM_TRIGGERS, _ENUM_TRIGGER_PATTERNS, strict=True):
            if lowered is not None and trigger not in lowered:
                continue
            for found in pattern.finditer(text):
                position = found.start()
                if position == 0 or not text[position - 1].isalnum():
                    starts.append(found.end())
        position = text.find("(")
        while position != -1:
            starts.append(position + 1)
            position = text.find("(", position + 1)
        return sorted(set(starts))[:_MAX_ENUMERATIONS]

    def find_tools(self, text: str, *, enumerations: bool = True) -> list[str]:
        """Lexicon tools, then (optionally) other Capitalised names in enumerations."""
        found = self.lexicon_tools(text)
        if enumerations:
            found.extend(self.enumerated_names(text))
        return list(dict.fromkeys(found))

    # -- roles -------------------------------------------------------------------------------
    def singular_head(self, word: str) -> str:
        """``Engineers`` -> ``Engineer`` when the singular is a role head too."""
        if word.endswith("s") and word[:-1] in self.role_heads:
            return word[:-1]
        return word

    def qualified_head(self, words: Sequence[str]) -> bool:
        """True when a name ends in a word that names a post only after a listed word
        ("Cabin Crew", "Ground Crews"; no "Film Crew", no lone "Crew").

        >>> v = Vocabulary([], [], [], frozenset(), heads_after={"Crew": frozenset({"Cabin"})})
        >>> [v.qualified_head(t.split()) for t in ("Cabin Crew", "Cabin Crews", "Film Crew")]
        [True, True, False]
        """
        if len(words) < 2 or not self.heads_after:
            return False
        last = words[-1].strip("(),.;:")
        allowed = self.heads_after.get(last)
        if allowed is None and last.endswith("s"):
            allowed = self.heads_after.get(last[:-1])
        return allowed is not None and words[-2] in allowed

    def names_thing(self, words: Sequence[str]) -> bool:
        """True when a name ending in a head with exceptions names a thing, not a post:
        the head alone, or after an excepted word ("Career Guide"), a possessive ("A
        Manager's Guide"), a figure ("2025 Guide") or another head ("Developer Guide").

        >>> v = Vocabulary([], [], [], frozenset({"Guide", "Developer"}),
        ...                head_exceptions={"Guide": frozenset({"Career"})})
        >>> [v.names_thing(t.split()) for t in ("Tour Guide", "Career Guide", "Developer Guide")]
        [False, True, True]
        """
        if not words:
            return False
        head = self.singular_head(words[-1].strip("(),.;:"))
        excepted = self.head_exceptions.get(head)
        if excepted is None:
            return False
        if len(words) == 1:
            return True
        before = words[-2]
        return (before.strip("()") in excepted or before.endswith(("'s", "’s", "s'"))
                or any(c.isdigit() for c in before)
                or (self.singular_head(before) in self.role_heads and before not in _RANKS))

    def is_role_title(self, text: str) -> bool:
        """True for a name like "MLOps Team Lead" or "Director of MLOps" (not "Entry Point").

        Every word is Capitalised (connectors such as "of" allowed) and the title ends with a
        lexicon role head, or opens with Head/Director/VP… followed by "of".

        A pure function of ``text`` for this vocabulary, asked of the same item by several
        readers: kept in :attr:`memo` (speed18).
        """
        return self.memo.get("role title", text, self._role_title)

    def _role_title(self, text: str) -> bool:
        """:meth:`is_role_title`, worked out."""
        words = clean(text).split(" ")
        if not words or not words[0] or len(words) > 10 or words[0] in _NO_TITLE_OPENERS:
            return False
        if "As A" in text and _AS_A.search(text):
            return False  # "Starting Off As A Line Helper": a run-in phrase before a title
        if " of a" in text and words[0] in self.role_heads and _HEAD_OF_A.fullmatch(clean(text)):
            return True  # (fixes97) "Owner of a Large Beekeeping Operation": a ladder's rung
        for at, word in enumerate(words):
            bare = word.strip("()")
            if bare in _CONNECTORS or bare in _DE or (bare == "the" and at == 2 and words[
                    1] == "of" and words[0] in _OF_HEADS):
                # (fixes100) "Head of the Laboratory": the opening head's "of the" one link
                # (not "Office of the District Attorney", an office named for its head)
                if bare in _CREDENTIAL_LINKS and at and words[at - 1] in _CREDENTIALS:
                    return False  # a qualification named for a subject, no post
                continue
            if not bare or not (bare[0].isupper() or bare[0].isdigit()):
                return False
        last = words[-1].strip("(),.;:")
        if last[-12:].lower() == "-in-training" and len(last) > 13:
            last = last[:-12]  # (carry39) "Surveyor-in-Training": a surveyor's registered
            # trainee status, a rung of its own ("Engineer-in-Training → Engineer")
        if last in self.role_heads or self.qualified_head(words):
            if (clean(text) in self.employer_names or is_person_name(words)
                    or self.names_thing(words)):
                return False  # "Coast Guard": a service the lexicon knows, no post
            return len(words) > 1 or last not in _LEVEL_ONLY_HEADS
        if len(words) >= 3 and words[0] in _OF_HEADS and words[1] == "of":
            return True
        first, dash, second = last.rpartition("-")
        if dash and len(words) > 1 and first[:1].isupper() and second in self.role_heads and (
                self.is_role_title(" ".join([*words[:-1], first]))):
            return True  # (real47) a double-barrelled title, "Piano Tuner-Technician": a
            # title whose last word joins a second head ("Piano Tuner" and a technician)
        if dash and len(words) == 1 and first in self.role_heads and (
                second[:1].upper() + second[1:]) in self.role_heads:
            return True  # (rules52a) one word of two heads, "Cashier-operator": a till post
            # that runs the till's software too, as a translated posting writes it
        if len(words) == 3 and words[0] in self.role_heads and words[1].lower() in _DE:
            return True  # "Chef de Partie", "Commis de Cuisine": French brigade titles
        # "Vice President of Cloud Platforms": a title before "of" that ends in a head.
        position = words.index("of") if "of" in words else -1
        if 1 < position < len(words) - 1 and words[position - 1] in self.role_heads:
            return True
        return _remit_title(words, self.role_heads)

    def role_title_at(self, text: str, start: int) -> str | None:
        """The longest role title that starts at ``start`` in ``text`` (singular head).

        >>> from careergraph.lexicon import load_lexicon
        >>> v = Vocabulary.from_lexicon(load_lexicon())
        >>> v.role_title_at("demand for Lead MLOps Engineers is robust", 11)
        'Lead MLOps Engineer'
        >>> v.role_title_at("A VP of Computational Biology is a role", 2)
        'VP of Computational Biology'
        >>> v.role_title_at("The Director of Developer Productivity Tools is", 4)
        'Director of Developer Productivity Tools'
        >>> v.role_title_at("Baggage Handler (Baggage Service Handler II)   Station: Leeds", 0)
        'Baggage Handler'
        """
        words: list[str] = []
        for raw in text[start : start + 300].split(" "):
            word = raw.rstrip(",.;:")
            bare = word.strip("()")
            if not bare:
                break
            if ((bare in _CONNECTORS or bare in _DE) and words) or bare[0].isupper() or (
                    bare[0].isdigit()):
                words.append(word)
            else:
                break
            if word != raw:
                break
        if words and words[0] in _NO_TITLE_OPENERS:
            return None  # "From Patrol Officer you can …": the title starts at the next word
        if len(words) >= 2 and _CLASS_NUMERAL.fullmatch(words[-1]) and (
                words[-2] in self.role_heads) and _CLASS_NOUN.match(
                text, start + len(" ".join(words))):
            # (rules41b) "the Maintenance Worker II class": a civil-service class titled
            # with its numeral, whole
            return " ".join(words)
        # "Director of Data Platform", "VP of Developer Productivity": the title runs to the
        # end of the capitalised words, past any head word inside it.
        if len(words) >= 3 and words[0] in _OF_HEADS and words[1] == "of":
            full = list(words)
            while full[-1] in _CONNECTORS:
                full.pop()
            if len(full) >= 3:
                if full[-1] in self.role_heads:
                    full[-1] = self.singular_head(full[-1])
                return " ".join(full)
        if len(words) >= 3 and [w.lower() for w in words[-2:]] == ["under", "supervision"] and (
                words[-3] in self.role_heads):
            return " ".join(words)  # (rules33c) "Investigator Under Supervision": a licence's
            # supervised rung, whole
        if words[-1:] == ["of"] and start == 0 and words[0] in self.role_heads and (
                _HEAD_OF_A.fullmatch(text.strip())):
            # (fixes97) a rung printed alone, "Owner of a Large Beekeeping Operation": the
            # article's capitalised words are the title's (it was cut to "Owner")
            return text.strip()
        while words and words[-1] in _DE:
            words.pop()  # ("Chef de" before a lower-case word: the title ends at its head)
        if "for" in words[1:]:
            remitted = self._remit_title_at(words)
            if remitted is not None:
                return remitted
        if len(words) >= 3 and words[0] in self.role_heads and words[1] in _DE and (
                words[2][:1].isupper()):
            return " ".join(words[:3])  # "Chef de Partie on sauce": a French brigade title
        while words:
            last = words[-1]
            if self.qualified_head(words):  # "Cabin Crew"
                if self._ends_employer(text, start, " ".join(words)):
                    return None
                words[-1] = last[:-1] if last[:-1] in self.heads_after else last
                return " ".join(words)
            if last in self.role_heads and (len(words) > 1 or last not in _LEVEL_ONLY_HEADS):
                opened = [i for i, word in enumerate(words) if word.startswith("(")]
                if opened and " ".join(words).count("(") > " ".join(words).count(")"):
                    # "Ramp Agent (Ramp Service Agent I)": a head inside a bracket the title
                    # would leave open; the title ends before the bracket.
                    del words[opened[-1]:]
                    continue
                if self._ends_employer(text, start, " ".join(words)):
                    return None  # "join the Coast Guard": a known service, no post
                if is_person_name(words):
                    return None  # "join Lee Turner": a person, no post
                if self.names_thing(words):
                    return None  # "see our Salary Guide": a document, no post
                if _AWARD_IN.search(" ".join(words)):
                    return None  # "the Level 3 Certificate in Security Management": an award
                words[-1] = self.singular_head(last)
                return " ".join(words)
            if legal_form(words.pop()):
                return None  # "Bluegum Migration Partners Pty Ltd": a firm, not a role
        return None

    def _remit_title_at(self, words: list[str]) -> str | None:
        """(fixes76) The longest "X Head for Remit" among ``words`` (:func:`_remit_title`),
        its head singular: "become a Named Nurse for Learning Disabilities at …"."""
        post = words.index("for")
        for end in range(len(words), post + 1, -1):
            if _remit_title(words[:end], self.role_heads):
                if is_person_name(words[:post]) or self._ends_employer(
                        "", 0, " ".join(words[:post])):
                    return None
                head = self.singular_head(words[post - 1])
                return " ".join([*words[:post - 1], head, *words[post:end]])
        return None


# (fixes97) A whole line naming a head "of a" capitalised business ("Owner of a Large
# Beekeeping Operation", a ladder's top rung).
_HEAD_OF_A = re.compile(r"[A-Z][\w-]+ of an? (?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+")


# An award and its subject ("Certificate in Site Management", "Diploma of Leadership"): a
# qualification's name, whatever role head its subject ends on.
_AWARD_IN = re.compile(r"\b(?:Certificate|Diploma|Degree|Award|Qualification|Course|"
                       r"Programme|Program)\s+(?:in|of)\s")


def is_person_name(words: list[str]) -> bool:
    """True for one or two given names before a surname ("Lee Turner", "Anna Baker"): a
    person, not a title (data: ``personal_names`` in headings.yaml).  Callers ask it of a name
    that ends in a role head, so any head after a given name is a surname ("Lee Shepherd",
    "Anna Picker"; heads47), not only the listed ``surname_heads``.

    >>> is_person_name(["Anna", "Turner"]), is_person_name(["Wood", "Turner"])
    (True, False)

    A given name that is also a noun or a place ("Marina Assistant", "Victoria Packer";
    ``also_nouns``) makes a person only before a listed surname.

    >>> is_person_name(["Lee", "Shepherd"]), is_person_name(["Hill", "Shepherd"])
    (True, False)
    >>> is_person_name(["Marina", "Assistant"]), is_person_name(["Marina", "Turner"])
    (False, True)
    """
    if not 2 <= len(words) <= 3:
        return False
    lists = word_lists("personal_names")
    given, also_nouns = lists.get("given", ()), lists.get("also_nouns", ())
    firsts = [word.lower() for word in words[:-1]]
    if not all(first in given for first in firsts):
        return False
    return (words[-1].strip("(),.;:").lower() in lists.get("surname_heads", ())
            or not any(first in also_nouns for first in firsts))


def _remit_title(words: Sequence[str], heads: frozenset[str]) -> bool:
    """(fixes76) A post's head, then "for" and a remit every word of which is a field or duty
    word (``title_remits`` in ``data/headings.yaml``): "Designated Nurse for Safeguarding
    Children".  An organisation after "for" ("Pedagogue for Mosehuset Børnehave", "Lawyer
    for CPS in Wales") or a document's title ("A Guide for Students") is no remit.

    >>> _remit_title("Lead Nurse for Infection Prevention".split(), frozenset({"Nurse"}))
    True
    >>> _remit_title("Pedagogue for Mosehuset Børnehave".split(), frozenset({"Pedagogue"}))
    False
    """
    if "for" not in words:
        return False
    position = words.index("for")
    if not 0 < position < len(words) - 1 or words[position - 1] not in heads:
        return False
    remit = [word.strip("(),.;:").lower() for word in words[position + 1:]]
    if remit[-1] in _CONNECTORS:
        return False
    allowed = remit_words()
    return all(word in allowed or word in _CONNECTORS for word in remit) and (
        remit[0] not in _CONNECTORS)


@cache
def remit_words() -> frozenset[str]:
    """The words of ``title_remits`` (see :func:`_remit_title`)."""
    return frozenset(word_lists("title_remits").get("words", ()))


def _is_name(item: str) -> bool:
    words = item.split()
    if not words or len(words) > 5 or "'" in item or "’" in item:
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in words)
