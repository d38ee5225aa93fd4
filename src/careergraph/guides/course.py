"""Vocational course, apprenticeship and certification-pathway pages.

Two page families describe a job through the training that leads to it:

- a school's or portal's **course profile** (a Swiss apprenticeship, a Dutch MBO course): a
  "What you learn" list, the aptitudes it asks for, **learner wages per year of training or by
  age**, the titles further examinations lead to, the entry from a shorter certificate, and
  the companies offering training places or employing its students;
- a provider's or brand's **certification pathway**: steps or levels, each with a
  **logistics strip** ("2 days · Academy · $560 inc GST · 12 CPD points"), module contents
  and "You will learn" lines, who the pathway is for, and salons or studios listing
  certified holders.

:func:`course_facts` reads these structures on a page that is such a page (two different
``signals`` of ``course`` in ``data/headings.yaml``) and claims the lines it reads, so that no
other rule reads a strip's price as pay, a wage row's "1st year" as a period or "Age 18 →
Age 19" as a ladder.  A course's credentials and module names are no facts; a strip is
chrome.

>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> page = ["Glazier (Glaser)", "", "What you learn", "- Glass cutting and edge polishing",
...         "", "Learner wage", "Gross per month:", "1st year of training  CHF 700 – 900",
...         "", "Training places", "Vitro Bau AG · 4051 Basel · 1 place"]
>>> facts = course_facts(list(enumerate(page, 1)), Vocabulary.from_lexicon(load_lexicon()))
>>> [name for name, _ in facts.skills], [name for name, _ in facts.employers]
(['Glass cutting', 'edge polishing'], ['Vitro Bau AG'])
>>> [(pay.level, pay.min, pay.max, pay.period) for pay, _ in facts.pay]
[('1st year of training', 700, 900, 'month')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from careergraph.guides.amounts import find_amounts
from careergraph.guides.heading_data import word_lists
from careergraph.guides.headings import bundled_section, load_headings
from careergraph.guides.items import VERBS
from careergraph.guides.money_grammar import Money
from careergraph.guides.page_money import page_currency, page_dollar
from careergraph.guides.phrase_gate import PhraseGate
from careergraph.guides.roles import alias_titles
from careergraph.guides.vocab import Vocabulary
from careergraph.model import SalaryBand

__all__ = ["CourseFacts", "CourseWords", "course_facts", "course_words", "learn_skills"]

_MIN_SIGNALS = 2
_HEADING_WORDS = 10  # a section heading is a short line
_TITLE_WORDS = 5
_STRIP_CELL_WORDS = 8
_ALIAS_WORDS = 4
_HEAD_LINES = 15
_DOT = re.compile(r"\s+[·•|]\s+")
_SEMI = re.compile(r"\s*;\s*")
_BULLET = re.compile(r"^\s*(?:[-–•*▪✔✓]|\d+[.)])\s+")
_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_EXAMPLES = re.compile(r"^(?:e\.g\.,?|eg|such as|for example|including|like)\s+", re.I)
_LABEL = re.compile(r"^([^:]{2,60}?):\s+(\S.*)$")
_DASH = re.compile(r"\s+[–—-]\s+")
_ARROW = re.compile(r"\s*(?:→|->|⇒|»)\s*")
_CUT = re.compile(r"\s+(?:by|with|for|from|including|using|in)\s+", re.I)
_TOOL = re.compile(r"\b(?:in|with|using)\s+(?:the\s+)?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*"
                   r"(?:\s+app)?)")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_AND = re.compile(r"\s+(?:and|&)\s+")
_AS_TITLE = re.compile(r"\bas\s+(?:an?\s+)?((?:[A-Z][\w/-]*\s+){0,4}[A-Z][\w/-]*)")
_WAGE_ROW = re.compile(
    r"^\s*(?:(?P<age>(?:[Aa]ge|[Aa]ged)\s+\d{2}\+?)"
    r"|(?P<year>(?:\d(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+year"
    r"(?:\s+of\s+(?:the\s+)?(?:apprenticeship|training|study|studies|course))?"
    r"|[Yy]ear\s+\d))\b")
_PERIOD = re.compile(r"\b(?:per|a|an)\s+(hour|day|week|month|year|annum)\b|\b(hourly|weekly|"
                     r"monthly|yearly|annual)\b", re.I)
_PERIODS = {"annum": "year", "hourly": "hour", "weekly": "week", "monthly": "month",
            "yearly": "year", "annual": "year"}
_PLACE = re.compile(r"^(?:\d|[A-Z][\w.' -]*,?\s+[A-Z]{2,3}$)")
_SENTENCE_END = re.compile(r"[.!?]$")
_MARKUP = re.compile(r"^(?:#{1,6}\s*|\*\*|__)|(?:\*\*|__)$")
# Where the people a "Who is it for?" sentence names end ("… who want to", "… working in").
_SUBJECT_END = re.compile(r"\s+(?:who|that|which|working|with|wanting|looking|seeking|in|at|"
                          r"from|on|can|may|should|must|will)\b")
# Holders of a shorter certificate who enter the course ("Holders of a shorter certificate as
# A or B can usually enter in the second year", "who hold the certificate as A can enter").
_ENTRY = re.compile(r"\b(?:[Hh]olders?|who hold)\b[^.]*?\bas\s+(?:an?\s+)?([A-Z][^.]*?)\s+"
                    r"(?:can|may|could)\s+(?:usually\s+|often\s+|also\s+)?"
                    r"(?:enter|join|start|begin|go straight)")
# A graduate survey's pay for the title graduates work as.
_SURVEYED = re.compile(r"\b(?:[Gg]raduates|[Hh]olders|[Aa]lumni)\s+(?:working|employed)\s+as\s+"
                       r"(?:an?\s+)?((?:[A-Z][\w-]*\s+){0,6}[A-Z][\w-]*)\s+"
                       r"(?:report|earn|make|are paid|average)\b")
_UNIT_CODE = re.compile(r"^[A-Z]{2,}\d{3,}[A-Z]?\s+(?=[A-Za-z])")
_LEVEL = re.compile(r"^(?:step|level|stage|module|part)\s+\d+\b", re.I)
_MENU_GAP = re.compile(r"\S\s{3,}(?=\S)")
_MENU_GAPS = 3
_LEVEL_DASH = re.compile(r"^((?:step|level|stage|module|part|term|year)\s+\d+)\s*[–—-]\s+", re.I)


def _phrases(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in raw.get(key) or ())


def _any(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives or '(?!)'})s?(?![a-z])", re.I)


@dataclass(frozen=True)
class CourseWords:
    """The vocabulary of course pages (``course`` in ``data/headings.yaml``)."""

    signals: PhraseGate  # (most pages hold none of their words: not searched)
    learn: re.Pattern[str]
    aptitudes: re.Pattern[str]
    who_for: re.Pattern[str]
    further: re.Pattern[str]
    places: re.Pattern[str]
    not_places: re.Pattern[str]
    strip_units: re.Pattern[str]
    strip_words: re.Pattern[str]
    degrees: re.Pattern[str]
    codes: re.Pattern[str]
    joins: re.Pattern[str]
    workplaces: re.Pattern[str]
    not_aptitudes: re.Pattern[str]
    shared_heads: frozenset[str]
    activity_endings: tuple[str, ...]
    qualities: frozenset[str]
    trailing: frozenset[str]
    ability_verbs: frozenset[str]
    learn_leads: re.Pattern[str]
    adjective_endings: tuple[str, ...]
    details: re.Pattern[str]
    covers: re.Pattern[str]

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> CourseWords:
        """Build from the YAML's ``course`` mapping."""
        codes = "|".join(re.escape(c) for c in _phrases(raw, "codes")) or "(?!)"
        graduates = "|".join(_phrases(raw, "graduates")) or "(?!)"
        verbs = "|".join(re.escape(v) for v in _phrases(raw, "workplaces")) or "(?!)"
        return cls(
            signals=PhraseGate(_phrases(raw, "signals"), _any(_phrases(raw, "signals")),
                               whole=True),  # (its phrases' spaces as printed)
            learn=_any(_phrases(raw, "learn")),
            aptitudes=_any(_phrases(raw, "aptitudes")),
            who_for=_any(_phrases(raw, "who_for")),
            further=_any(_phrases(raw, "further")),
            places=_any(_phrases(raw, "places")),
            not_places=_any(_phrases(raw, "not_places")),
            strip_units=re.compile(
                r"^\d+(?:[.,½]\d*)?\s*(?:[-–+]\s*\d+\s*)?(?:" + "|".join(
                    _phrases(raw, "strip_units")) + r")\b", re.I),
            strip_words=_any(_phrases(raw, "strip_words")),
            degrees=re.compile(r"^(?:" + "|".join(re.escape(d) for d in _phrases(
                raw, "degrees")) + r")\b", re.I),
            codes=re.compile(rf"(?:\s+(?:{codes}))+$|^(?:dipl\.\s+)", re.I),
            joins=re.compile(r"\b(?:" + "|".join(re.escape(j) for j in _phrases(
                raw, "joins")) + r")\s+(?P<list>[^.;:]+)", re.I),
            workplaces=re.compile(rf"\b(?:{graduates})\s+(?:\w+\s+)?(?:{verbs})\s+"
                                  r"(?P<list>[^.;:]+)", re.I),
            not_aptitudes=_any(_phrases(raw, "not_aptitudes")),
            shared_heads=frozenset(_phrases(raw, "shared_heads")),
            activity_endings=_phrases(raw, "activity_endings"),
            qualities=frozenset(_phrases(raw, "qualities")),
            trailing=frozenset(_phrases(raw, "trailing")),
            ability_verbs=frozenset(_phrases(raw, "ability_verbs")),
            learn_leads=re.compile(r"\b(?:" + "|".join(_phrases(raw, "learn_subjects") or (
                "(?!)",)) + r")\s+(?:\w+\s+){0,2}(?:" + "|".join(_phrases(
                    raw, "learn_verbs") or ("(?!)",)) + r")\s*:$", re.I),
            adjective_endings=_phrases(raw, "adjective_endings"),
            details=re.compile("|".join(re.escape(d) for d in _phrases(raw, "details"))
                               or "(?!)", re.I),
            covers=re.compile(r"^(?:" + "|".join(re.escape(c) for c in _phrases(
                raw, "covers")) + r")\s+(?:the\s+)?", re.I),
        )


@cache
def course_words() -> CourseWords:
    """The bundled course vocabulary."""
    return CourseWords.from_mapping(bundled_section("course"))


@dataclass
class CourseFacts:
    """What a course or pathway page states, each fact with its line."""

    skills: list[tuple[str, int]] = field(default_factory=list)
    moves_up: list[tuple[str, int]] = field(default_factory=list)
    moves_in: list[tuple[str, int]] = field(default_factory=list)
    employers: list[tuple[str, int]] = field(default_factory=list)
    sectors: list[tuple[str, int]] = field(default_factory=list)
    #: Learner wages (the role's own at a level of its training), with their lines.
    pay: list[tuple[SalaryBand, int]] = field(default_factory=list)
    #: Lines read here (or chrome): no other rule reads them.
    lines: set[int] = field(default_factory=set)
    #: Headings of the course's sections and of its steps or levels: they end the section
    #: before them and state nothing.
    breaks: set[int] = field(default_factory=set)
    #: The page's first lines, where its title and the title's other names stand.
    head: list[tuple[int, str]] = field(default_factory=list)
    #: A graduate survey's figures for the title graduates work as ("Graduates working as X
    #: report $…"): the caller decides whether the title is the role.
    titled_pay: list[tuple[str, Money, int]] = field(default_factory=list)

    def aliases(self, role: str) -> list[tuple[str, int]]:
        """The role's names in the country's other languages: a one-word bracket after the
        title ("Bicycle Technician (Fietstechnicus)") and the line under it that lists the
        title's other spellings ("Schreiner/in EFZ · Ébéniste CFC · Falegname AFC").

        >>> facts = CourseFacts(head=[(1, "Glazier EFZ"), (2, "Glaser/in EFZ · Vitrier CFC")])
        >>> facts.aliases("Glazier")
        [('Glaser/in EFZ', 2), ('Vitrier CFC', 2)]
        """
        lines = [(no, text.strip()) for no, text in self.head if text.strip()]
        for index, (no, text) in enumerate(lines):
            if not text.lower().startswith(role.lower()) or len(text.split()) > _TITLE_WORDS + 2:
                continue
            found = [(inner.strip(), no) for inner in _BRACKET.findall(text[len(role):])
                     if re.fullmatch(r"[^\W\d_][\w/-]*", inner.strip())
                     and not course_words().codes.fullmatch(" " + inner.strip())]
            if index + 1 < len(lines):
                under, cells = lines[index + 1][0], _cells(lines[index + 1][1])
                if len(cells) >= 2 and all(
                        len(c.split()) <= _ALIAS_WORDS and c[:1].isupper()
                        and not any(ch.isdigit() for ch in c) for c in cells) and any(
                        "/" in c or not c.isascii() or course_words().codes.search(c)
                        for c in cells):
                    found.extend((cell, under) for cell in cells)
            return found
        return []


def _clean(text: str) -> str:
    return " ".join(_BULLET.sub("", text).split()).strip(" .,;:")


def _heading(text: str) -> str | None:
    """A line's text as a section heading (short, no sentence), lower case; its first
    cell when cells follow ("Apprenticeship places (official list) · 6 results")."""
    first = _DOT.split(_MARKUP.sub("", text.strip()))[0]
    if len(_MENU_GAP.findall(first)) >= _MENU_GAPS:
        return None  # a site's menu copied as one line ("Find a trade   Apprentices   …")
    if re.search(r":\s+\S", first):
        return None  # a label and its value ("You will learn: Requirements gathering · …")
    first = re.sub(r"^(?:step|level|part)\s+\d+\s*[·:.-]?\s*", "", first.strip(), flags=re.I)
    words = first.split()
    if not words or len(words) > _HEADING_WORDS or _SENTENCE_END.search(first.rstrip("?")):
        return None
    return first.lower().rstrip("?:")


def _activity(word: str, words: CourseWords) -> bool:
    return word.lower().endswith(words.activity_endings)


def _split_and(phrase: str, words: CourseWords) -> list[str]:
    """"A and B" as one skill or two: two when each side names a thing of its own
    ("Veneering and edge banding", "colour theory and the colour wheel"), one when the
    first word shares the second's head ("Frame and fork inspection", "levels and tones")
    or a last word completes the first side ("Battery safety and handling")."""
    parts = _AND.split(phrase, maxsplit=1)
    if len(parts) == 1:
        return [phrase]
    left, right = parts[0], _ARTICLE.sub("", parts[1])
    left_words, right_words = left.split(), right.split()
    if not left_words or not right_words:
        return [phrase]
    if len(left_words) == 1:
        if (right_words[-1].lower() in words.shared_heads
                or left.lower().endswith(words.adjective_endings)) and len(right_words) > 1:
            return [phrase]  # "Frame and fork inspection", "skeletal and muscular systems"
        if left.isupper() and right_words[0].isupper() and len(right_words) == 2:
            return [phrase]  # two codes sharing a head: "MIG and TIG welding"
        if not _activity(left_words[0], words) and len(right_words) == 1:
            return [phrase]
        return [left, *_split_and(right, words)]
    if len(right_words) == 1:
        return [phrase]
    return [left, *_split_and(right, words)]


def _unqualified(phrase: str, words: CourseWords) -> str:
    """A skill without a quality word before it ("Full mat repertoire") or a course word
    after it ("anatomy refresher")."""
    head, _, rest = phrase.partition(" ")
    phrase = rest if rest and head.lower() in words.qualities else phrase
    rest, _, last = phrase.rpartition(" ")
    return rest if rest and last.lower() in words.trailing else phrase


def learn_skills(item: str, words: CourseWords | None = None) -> list[str]:
    """The skills one item of a course's learning list names.

    A bracket of examples gives each name; a one-word bracket is dropped ("allergy alert
    (patch) testing"); "Label: a, b, c" gives a, b and c; a dash tail and a purpose ("for
    groups", "by hand") are cut, a named tool after "in"/"with" kept; a verb group over a
    list of objects gives the objects ("Setting up and operating saws, planers and …").

    >>> learn_skills("Reading plans by hand and in CAD (e.g. Cadwork, SwissCAD)")
    ['Reading plans', 'CAD', 'Cadwork', 'SwissCAD']
    >>> learn_skills("Servicing hub gears and derailleur systems")
    ['hub gears', 'derailleur systems']
    >>> learn_skills("Joints: dovetail, mortise and tenon, finger joints")
    ['dovetail', 'mortise and tenon', 'finger joints']
    >>> learn_skills("Level 2 – wiring diagrams, relay logic, motor control")
    ['wiring diagrams', 'relay logic', 'motor control']
    """
    words = words or course_words()
    found: list[str] = []
    item = _UNIT_CODE.sub("", _clean(item))  # "ACT21184 Workflow Scheduling", "BSBWHS332X …"
    item = _LEVEL_DASH.sub(r"\1: ", item)  # "Level 2 – A, B and C": the level's list
    first = item.split(" ", 1)[0]
    if first.lower() in words.ability_verbs or (
            first.lower() in VERBS and first[:1].isupper() and not first.endswith("ing")):
        # An ability clause ("Design safe sessions", "Use the Reformer and Chair with
        # confidence"): only the things used are skills.
        used = re.match(r"(?i)^(?:use|operate|handle)\s+(?:the\s+)?(.+?)(?:\s+with\s+.*)?$",
                        item)
        return [o for part in re.split(r"\s*,\s*", used.group(1))
                for o in _split_list_part(part)] if used else []
    for bracket in _BRACKET.findall(item):
        inner = _EXAMPLES.sub("", bracket.strip())
        if "," in inner or "/" in inner or _EXAMPLES.match(bracket.strip()):
            # ("Cadillac / Trapeze Table": one thing's two names, the first kept)
            found.extend(_clean(name.split(" / ")[0]) for name in re.split(
                r"\s*,\s*|(?<! )/(?! )|\s+or\s+", inner)
                         if name.strip() and not re.match(r"\s*\d+(?:\s|$)", name))
    item = _BRACKET.sub("", item)  # (examples read above; an aside such as "(patch)")
    item = " ".join(item.split())
    label = _LABEL.match(item)
    if label and "," in label.group(2):
        items = [i for part in re.split(r"\s*,\s*", label.group(2))
                 for i in _split_list_part(part)]
        return [*items, *found]
    item, *dashed = _DASH.split(item, maxsplit=1)
    # "Hydraulic disc brakes – bleeding and adjustment": the tail's techniques ("-ing")
    tail = re.split(r"\s*,\s*|\s+and\s+", dashed[0]) if dashed else []
    found.extend(t for t in tail if len(t.split()) == 1 and t.endswith("ing"))
    head, *tail = _CUT.split(item, maxsplit=1)
    tools = [m.group(1) for m in _TOOL.finditer(item[len(head):])] if tail else []
    verbs = re.match(r"^((?:[A-Za-z]+ing)(?:\s+up)?(?:\s+(?:and|or)\s+[a-z]+ing)*)\s+(.+)$",
                     head)
    if verbs and ("," in verbs.group(2) or _AND.search(verbs.group(2))) and (
            verbs.group(1).split()[0].lower().endswith("ing")):
        objects = [o for part in re.split(r"\s*,\s*", verbs.group(2))
                   for o in _split_list_part(part)]
        return [*objects, *tools, *found]
    if verbs and " and " in verbs.group(1):
        return [head, *tools, *found]  # "Reading and drawing plans": one activity
    parts = [p for part in re.split(r"\s*,\s*", head) for p in _split_and(part, words)]
    return [*(_unqualified(_ARTICLE.sub("", p), words) for p in parts if p), *tools, *found]


def _split_list_part(part: str) -> list[str]:
    """One comma part of a list; its last "and" joins two items unless a fixed pair
    ("mortise and tenon": one common word each side)."""
    part = _ARTICLE.sub("", part.strip())
    left, sep, right = part.rpartition(" and ")
    if not sep or (len(left.split()) == 1 and len(right.split()) == 1
                   and not (left[:1].isupper() and right[:1].isupper())):
        return [part] if part else []  # (two names, "Chair and Cadillac", are two)
    return [left, right]


# (rules48b) A course module's code before its name: "M1 Marketing fundamentals".
_MODULE_CODE = re.compile(r"M\d{1,2}\s+[A-Z]")


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in _DOT.split(text.strip()) if cell.strip()]


def _strip_cell(cell: str, words: CourseWords) -> bool:
    return bool(words.strip_units.match(cell) or words.strip_words.search(cell)
                or re.match(r"^[$€£]\s?\d|^(?:CHF|AUD|USD|EUR|GBP|NZD|CAD)\s?\d", cell))


def _strip(text: str, words: CourseWords) -> bool:
    """A course's logistics strip: short cells, two of them at least durations, formats,
    prices or credit points, one at least a duration or a price ("5 days · Studio only ·
    $690 · 25 CEUs")."""
    cells = _cells(text)
    if len(cells) < 2 or any(len(c.split()) > _STRIP_CELL_WORDS for c in cells) or (
            _SENTENCE_END.search(text.strip())):
        return False
    marked = [c for c in cells if _strip_cell(c, words)]
    return len(marked) >= max(2, len(cells) - 1) and any(
        words.strip_units.match(c) or re.search(r"[$€£]\s?\d|\d\s?(?:CHF|EUR)", c)
        for c in cells)


def _title(cell: str, words: CourseWords, vocab: Vocabulary) -> str | None:
    """A title a further-education cell names: brackets, qualification codes and a "with
    …" tail dropped; a degree's name is none."""
    cell = _BRACKET.sub("", cell).strip(" .")
    cell = re.split(r"\s+with\s+", cell, maxsplit=1)[0]
    cell = words.codes.sub("", cell).strip()
    if not cell or words.degrees.match(cell) or len(cell.split()) > _TITLE_WORDS:
        return None
    if vocab.is_role_title(cell) or all(w[:1].isupper() for w in cell.split()):
        return cell
    return None


def _further(text: str, words: CourseWords, vocab: Vocabulary) -> list[str]:
    label = _LABEL.match(text)
    value = label.group(2) if label else text
    titles: list[str] = []
    for cell in _cells(value):
        steps = _ARROW.split(cell)
        for step in steps[1:] if len(steps) > 1 and _title(steps[0], words, vocab) is None \
                else steps:
            title = _title(step, words, vocab)
            if title is not None:
                titles.append(title)
    return titles


def _people(text: str, vocab: Vocabulary) -> list[str]:
    """The jobs of the people a "Who is it for?" sentence names first ("Qualified
    hairdressers (…) working in a partner salon")."""
    subject = _SUBJECT_END.split(_BRACKET.sub("", text).split(".")[0], maxsplit=1)[0]
    if not re.match(r"^(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*?s\b", subject):
        return []  # (a sentence that opens with no people: "We recommend …")
    phrase = re.sub(r"(?i)\b(?:qualified|experienced|trained|certified|practising|working|"
                    r"registered)\s+", "", subject)
    if phrase.strip().lower() in _not_people():
        return []  # (carry39b) "School leavers with 5 GCSEs": where they are in life, no job
    return alias_titles(phrase, vocab, stated=True)


@cache
def _not_people() -> frozenset[str]:
    """People named by where they are in life, no job (``course.not_people`` in
    ``data/headings.yaml``)."""
    return frozenset(word_lists("course").get("not_people", ()))


def _aptitude(item: str, words: CourseWords) -> list[str]:
    """The skills an item of a course's requirements names: a short aptitude ("Spatial
    imagination"), the subjects of "good results in A and B"; no diploma or condition."""
    subjects = re.search(r"\b(?:results|grades|marks|skills)\s+in\s+([^),;]+)", item)
    found = [s.strip() for s in _AND.split(subjects.group(1))] if subjects else []
    clean = _unqualified(_clean(item), words)  # ("Good colour vision")
    if (len(clean.split()) <= 3 and not any(c.isdigit() for c in clean)
            and not words.not_aptitudes.search(clean)
            and clean.split()[0].lower() not in ("not", "no", "a", "an", "the")):
        found.append(clean)
    return found


def _wage_period(text: str) -> str | None:
    """The period a line states, the last one when it states several ("… £7.55 an hour in
    the first year.  Wages by year (per week):" heads weekly rows)."""
    matches = [m for m in _PERIOD.finditer(text)
               if not text[: m.start()].rstrip().endswith("times")]  # ("paid 13 times a year")
    if not matches:
        return None
    word = (matches[-1].group(1) or matches[-1].group(2)).lower()
    return _PERIODS.get(word, word)


def _places(text: str) -> list[str]:
    """The companies a line of a places list names: a directory row's first cell ("Hug AG ·
    8730 Uznach SG · 1 place"), or each name of a strip of names ("A · B (Utrecht) · C")."""
    if _SENTENCE_END.search(text.strip()) or "?" in text:
        return []
    cells = _cells(text)
    if not cells or not all(c[:1].isupper() or c[:1].isdigit() for c in cells):
        return []
    if len(cells) > 1 and any(_PLACE.match(c) for c in cells[1:]):
        return [_BRACKET.sub("", cells[0]).strip()]
    if len(cells) == 1 and "," in cells[0]:
        return []
    return [_BRACKET.sub("", c).strip() for c in cells if not c[:1].isdigit()]


def _workplaces(listed: str) -> list[str]:
    parts = re.split(r"\s*,\s*", listed.strip())
    last = re.split(r"\s+(?:and|or)\s+(?=(?:at|on|in|with)\s)", parts.pop()) if parts else []
    if last and " and " in last[-1]:
        left, _, right = last[-1].rpartition(" and ")
        if (len(left.split()) >= 2 and len(right.split()) >= 2) or (
                left[:1].isupper() and right[:1].isupper()):
            last[-1:] = [left, right]  # "hospital laboratories and orthodontic practices"
    found = []
    for part in [*parts, *last]:
        part = re.sub(r"^(?:and|or)\s+", "", part.strip())
        part = re.sub(r"^(?:at|on|in|with)\s+", "", part)
        part = _ARTICLE.sub("", part).strip(" .")
        if part and len(part.split()) <= _TITLE_WORDS:
            found.append(part)
    return found


def course_facts(lines: Sequence[tuple[int, str]], vocab: Vocabulary) -> CourseFacts | None:
    """The facts of a course or pathway page (``lines``: number and text, in order, blank
    lines included), or None when the page is none."""
    words = course_words()
    page = "\n".join(text for _, text in lines)
    signals = len({m.group().lower() for m in words.signals.finditer(page)})
    if signals < _MIN_SIGNALS and not (signals and any(
            "·" in text and _strip(text, words) for _, text in lines)):
        return None  # (a step's logistics strip is a signal of its own)
    facts = CourseFacts(head=list(lines[:_HEAD_LINES]))
    dollar = page_dollar(page)
    home = page_currency(page, dollar)
    section = ""
    lead_period: str | None = None
    after_strip = False
    for index, (no, raw) in enumerate(lines):
        text = raw.strip()
        if not text:
            section, lead_period, after_strip = "", None, False  # a blank line ends a block
            continue
        heading = _heading(text)
        kind = _kind(heading, words) if heading is not None else None
        if _LEVEL.match(text) and len(text.split()) <= _HEADING_WORDS and not (
                _SENTENCE_END.search(text)) and not (
                section == "learn" and _LEVEL_DASH.match(text) and text.count(",") >= 2):
            # ("Level 2 – A, B, C" in a learning list is that level's list, no module)
            facts.breaks.add(no)  # "LEVEL 2 · CREATIVE COLOUR", "STEP 3 · PRACTICE HOURS"
            section, after_strip = "module", False
            continue
        if kind is None and section == "learn" and heading is not None and _page_section(
                raw, heading):
            section = ""  # "Wages", "Career progression" after the list: another section
        if kind is not None:
            facts.breaks.add(no)
            section, lead_period = kind, None
            if kind == "places" and len(_cells(text)) > 1:
                facts.lines.add(no)  # ("… · 6 results · Start: August 2026": its chrome)
            after_strip = False
            label = _LABEL.match(text)
            if not (label and kind == "learn"):
                continue
        if _strip(text, words):
            facts.lines.add(no)  # chrome: hours, formats, prices, credit points
            after_strip = True
            title = lines[index - 1][1] if index else ""
            for bracket in _BRACKET.findall(title):  # "Apparatus (Cadillac / Chair, …)"
                facts.skills.extend((name, lines[index - 1][0])
                                    for name in learn_skills(f"({bracket})", words))
            continue
        label = _LABEL.match(text)
        key = label.group(1) if label else raw.split("\t", 1)[0] if "\t" in raw else ""
        if key and words.details.fullmatch(re.sub(r"\s+\d{4}(?:[–-]\d{2,4})?$", "",
                                                  key.strip())):
            facts.lines.add(no)  # "Price: £1,195", "Tuition fee <tab> € 1,500", "Outcome: …"
            continue
        if section == "module" and (covered := words.covers.match(text)) is not None:
            facts.lines.add(no)  # "Covers the skeletal and muscular systems, energy systems …"
            facts.skills.extend((_ARTICLE.sub("", name), no) for part in re.split(
                r"\s*,\s*|\s+and\s+(?=the\s)", text[covered.end():].rstrip(".")) if part
                for name in _split_and(_ARTICLE.sub("", part), words))
            continue
        if label and (words.learn.search(label.group(1)) or re.search(
                r"(?i)\byou will learn\b|\belectives?\b", label.group(1))):
            facts.lines.add(no)
            facts.skills.extend((name, no) for cell in _cells(label.group(2))
                                for name in learn_skills(cell, words))
            continue
        if after_strip and ";" in text:
            facts.lines.add(no)  # a module's contents under its strip
            facts.skills.extend((name, no) for part in _SEMI.split(text) if part
                                for name in learn_skills(part, words))
            after_strip = False
            continue
        after_strip = False
        wage = _WAGE_ROW.match(text)
        if wage and (money := _money(text, lead_period, dollar, home)) is not None:
            facts.lines.add(no)
            level = " ".join((wage.group("age") or wage.group("year")).split())
            facts.pay.append((SalaryBand(
                level=level, label=level, currency=money.currency, min=money.low,
                max=money.high, open_ended=money.open_ended, period=money.period), no))
            continue
        if text.endswith(":") and words.learn_leads.search(text):
            section = "learn"  # "This foundational module introduces:" above its items
            facts.lines.add(no)
            continue
        period = _wage_period(text)
        if period is not None and (text.endswith(":") or (
                heading is not None and not any(c.isdigit() for c in text))):
            lead_period = period  # "gross per month, paid 13 times a year:", "Pay (… per week)"
        _section_line(section, no, text, facts, words, vocab)
        entry = _ENTRY.search(_BRACKET.sub("", text))
        if entry is not None:  # "Holders of a shorter certificate as A or B can enter …"
            held = words.codes.sub("", re.sub(r"\s+(?:EFZ|EBA|CFC|AFC)\b", "",
                                              entry.group(1))).strip()
            titles = alias_titles(held, vocab, stated=True) or (
                [held] if vocab.is_role_title(held) else [])
            if titles:
                facts.lines.add(no)
                facts.moves_in.extend((t, no) for t in titles)
                continue
        surveyed = _SURVEYED.search(text)
        if surveyed is not None and (found := find_amounts(
                text[surveyed.end():], dollar=dollar, home=home)):
            facts.lines.add(no)  # "Graduates working as X report C$208,000–C$237,500 a year."
            facts.titled_pay.extend((surveyed.group(1), money, no) for money in found[:1])
            continue
        for join in words.joins.finditer(text):  # (the list ends where a clause starts)
            facts.moves_in.extend((t, no) for t in alias_titles(_SUBJECT_END.split(
                join.group("list"), maxsplit=1)[0], vocab, stated=True))
        place = words.workplaces.search(text)
        listed = _workplaces(place.group("list")) if place is not None and section not in (
            "learn", "aptitudes") else []
        if listed:
            facts.lines.add(no)
            facts.sectors.extend((name, no) for name in listed)
    return facts


# Kinds of a page's own sections that end a course's learning list printed without a
# blank line after it ("What you learn in school" … "Wages" … "Career progression").
_PAGE_SECTIONS = frozenset({"salary", "ladder", "progression", "employers", "sectors",
                            "requirements", "moves_up", "lateral", "moves_in"})
_SECTION_WORDS = 5


def _page_section(raw: str, heading: str) -> bool:
    """A short unbulleted line the page's heading vocabulary names as one of its sections."""
    return (not _BULLET.match(raw) and len(heading.split()) <= _SECTION_WORDS
            and load_headings().classify(heading) in _PAGE_SECTIONS)


def _kind(heading: str, words: CourseWords) -> str | None:
    for kind, pattern in (("learn", words.learn), ("who_for", words.who_for),
                          ("further", words.further)):
        if pattern.match(heading):
            return kind
    if any(m.end() == len(heading) for m in words.aptitudes.finditer(heading)):
        return "aptitudes"  # "Requirements", "Entry requirements" (not "… gathering")
    if words.places.match(heading) and not words.not_places.search(heading):
        return "places"  # ("Apprenticeship places", "Our students work at")
    return None


def _section_line(section: str, no: int, text: str, facts: CourseFacts, words: CourseWords,
                  vocab: Vocabulary) -> None:
    if section == "learn":
        facts.lines.add(no)
        cells = _cells(text) if " · " in text else _SEMI.split(text)
        # ((rules48b) "M1 Spreadsheet basics · M2 …": the course's numbered modules, its
        # parts, no skills)
        facts.skills.extend((name, no) for cell in cells if cell and not _MODULE_CODE.match(cell)
                            for name in learn_skills(cell, words))
    elif section == "aptitudes" and _BULLET.match(text):
        facts.lines.add(no)
        facts.skills.extend((name, no) for name in _aptitude(text, words))
    elif section == "further":
        titles = _further(text, words, vocab)
        if titles:
            facts.lines.add(no)
            facts.moves_up.extend((t, no) for t in titles)
    elif section == "who_for":
        entered = [m.group(1) for m in _AS_TITLE.finditer(_BRACKET.sub("", text))]
        titles = [t for raw in entered if (t := words.codes.sub("", raw).strip())
                  and vocab.is_role_title(t)] or _people(text, vocab)
        if titles:
            facts.moves_in.extend((t, no) for t in titles)
    elif section == "places":
        names = _places(text)
        if names:
            facts.lines.add(no)
            facts.employers.extend((name, no) for name in names if name)


def _money(text: str, period: str | None, dollar: str, home: str) -> Money | None:
    found = find_amounts(text, period=period, dollar=dollar, home=home)
    if len(found) != 1:
        return None
    money = found[0]
    if period is not None and _wage_period(text) is None:
        money = Money(money.low, money.high, money.currency, money.open_ended, period,
                      money.start, money.end, money.prefix, money.region)
    return money
