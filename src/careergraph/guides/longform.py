"""Parse the *long-form* layout: prose sections (Overview, Key Responsibilities, Requirements,
Career Development, Market Demand, Salary Ranges, …) with sub-headings and bullets.

There is no title line: the role is inferred from statements such as "A Lead MLOps Engineer
is a …" or "The role of a … is".  Each section is classified by the words of its heading
(:class:`Kind`); a sub-heading whose words say nothing inherits its section's kind.
Sub-headings (plain, numbered "1. …", or bullets introducing nested bullets) are structure,
not content, although in responsibility and skill sections they also yield a fact.

>>> from careergraph.guides.text import number_lines
>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> text = ("Overview\\nA Data Engineer is a builder of pipelines.\\nTechnical Skills\\n"
...         "- SQL Modeling: Proficiency in SQL and dbt")
>>> g = parse_longform(number_lines(text), "d.txt", Vocabulary.from_lexicon(load_lexicon()))
>>> g.role.text, [(s.text, s.kind.value) for s in g.skills]
('Data Engineer', [('SQL Modeling', 'technical'), ('SQL', 'tool')])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from careergraph.errors import GuideError
from careergraph.guides.builder import GuideBuilder
from careergraph.guides.mentions import (
    advancement_roles,
    arrow_chain,
    hiring_employers,
    role_statements,
    sectors,
)
from careergraph.guides.salary import find_money, parse_salary, salary_level
from careergraph.guides.split import segment
from careergraph.guides.text import (
    SMALL_WORDS,
    Line,
    is_title_case,
    split_glued_sentence,
    split_label,
    split_sentences,
    strip_bullet,
)
from careergraph.guides.vocab import Vocabulary
from careergraph.model import Guide, Layout, SkillKind

__all__ = ["Kind", "classify_heading", "parse_longform"]


class Kind(Enum):
    """What a section's lines are about."""

    OVERVIEW = "overview"
    RESPONSIBILITIES = "responsibilities"
    SKILLS = "skills"
    SOFT_SKILLS = "soft_skills"
    REQUIREMENTS = "requirements"
    PROGRESSION = "progression"
    DEVELOPMENT = "development"
    SALARY = "salary"
    EMPLOYERS = "employers"
    SECTORS = "sectors"
    MARKET = "market"
    CHALLENGES = "challenges"
    PRACTICES = "practices"
    OTHER = "other"


# Checked in order: the first rule whose words occur in the heading decides.
_RULES: tuple[tuple[Kind, tuple[str, ...]], ...] = (
    (Kind.SOFT_SKILLS, ("soft skill", "interpersonal", "leadership and strategic skill")),
    (Kind.SALARY, ("salar", "compensation", " pay")),
    (Kind.EMPLOYERS, ("employer", "companies hiring", "hiring companies")),
    (Kind.SECTORS, ("sector",)),
    (Kind.CHALLENGES, ("challenge",)),
    (Kind.PRACTICES, ("best practice",)),
    (Kind.REQUIREMENTS, ("requir", "qualif", "education", "experience", "background", "certif")),
    (Kind.SKILLS, ("skill", "foundation", "competenc", "proficienc")),
    (Kind.RESPONSIBILITIES, ("responsib", "duties")),
    (Kind.PROGRESSION, ("progression", "career path", "career ladder")),
    (
        Kind.DEVELOPMENT,
        (
            "career development",
            "professional development",
            "how to become",
            "next steps",
            "getting started",
            "specialization",
        ),
    ),
    (Kind.OVERVIEW, ("overview", "introduction", "summary")),
    (Kind.MARKET, ("demand", "trend", "outlook", "market", "opportunit", "growth")),
)
# Headings that open a top-level section (sub-headings that say nothing inherit its kind).
_TOP_HEADINGS = frozenset(
    {
        "overview",
        "core responsibilities",
        "essential skills",
        "required skills and experience",
        "educational and experience requirements",
        "preferred qualifications",
        "career path and salary",
        "requirements",
        "career development",
        "market demand",
        "industry trends",
        "essential soft skills",
        "best practices",
        "common challenges",
    }
)
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+(\S.*)")
_REQUIREMENT_LABELS = ("experience", "education", "degree", "background", "certif", "qualif")
_SALARY_WORDS = ("salar", "compensation", "earn", " pay", "wage")


def classify_heading(heading: str) -> Kind:
    """The :class:`Kind` a heading's words announce (OTHER when they say nothing).

    >>> classify_heading("Salary Ranges (US Market, 2024)"), classify_heading("Soft Skills")
    (<Kind.SALARY: 'salary'>, <Kind.SOFT_SKILLS: 'soft_skills'>)
    >>> classify_heading("Geographic Variations")
    <Kind.OTHER: 'other'>
    """
    lowered = " " + heading.lower()
    for kind, words in _RULES:
        if any(word in lowered for word in words):
            return kind
    return Kind.OTHER


@dataclass(frozen=True)
class _Row:
    """A non-blank line, classified."""

    no: int
    text: str  # bullet marker removed
    bullet: bool
    heading: str = ""  # non-empty for plain, numbered and bullet sub-headings
    numbered: bool = False


def _plain_heading(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 10
        and text[0].isupper()
        and text[-1] not in ".:!?,;"
        and "$" not in text
        and is_title_case(text)
    )


def _short_title(text: str, vocab: Vocabulary) -> bool:
    """A short Title Case phrase such as "Containerization and Orchestration".

    Capitals that come only from named tools ("Expertise in Docker and Kubernetes") do not
    make a title, and neither does an enumeration with commas.
    """
    words = text.split()
    if not 0 < len(words) <= 6 or text[-1:] in ".!?" or "," in text:
        return False
    if not is_title_case(text):
        return False
    tools = set(vocab.lexicon_tools(text))
    rest = [w for w in words[1:] if w.lower() not in SMALL_WORDS and w.strip("()") not in tools]
    return len(words) == 1 or bool(rest)


def _rows(lines: Sequence[Line], vocab: Vocabulary) -> list[_Row]:
    raw = [(line.no, *strip_bullet(line.text)) for line in lines if not line.blank]
    rows: list[_Row] = []
    for index, (no, text, bullet) in enumerate(raw):
        following = raw[index + 1] if index + 1 < len(raw) else None
        if not text:
            continue
        if not bullet:
            numbered = _NUMBERED.fullmatch(text)
            if numbered and _plain_heading(numbered.group(2)):
                rows.append(_Row(no, text, False, numbered.group(2), numbered=True))
            elif _plain_heading(text):
                rows.append(_Row(no, text, False, text))
            else:
                rows.append(_Row(no, text, False))
            continue
        # A bullet introduces nested bullets when it is "Label:" alone, or a short Title Case
        # phrase followed by a bullet that is not itself such a phrase.
        label, rest = split_label(text)
        child = following is not None and following[2] and not _short_title(following[1], vocab)
        if label and not rest and following is not None and following[2]:
            rows.append(_Row(no, text, True, label))
        elif ":" not in text and _short_title(text, vocab) and child:
            rows.append(_Row(no, text, True, text))
        else:
            rows.append(_Row(no, text, True))
    return rows


class _LongformParser:
    def __init__(self, file: str, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.out = GuideBuilder(file, Layout.LONGFORM)
        self.top = Kind.OTHER
        self.kind = Kind.OTHER
        self.top_text = ""
        self.sub_text = ""
        self.chain: list[tuple[str, int]] = []
        self.section_prose = 0

    # -- role --------------------------------------------------------------------------------
    def find_role(self, rows: Sequence[_Row]) -> None:
        statements = [
            (strength, title, row.no)
            for row in rows
            if not row.heading
            for strength, title in role_statements(row.text, self.vocab)
        ]
        if statements:
            _, title, line = max(statements, key=lambda s: (s[0], -s[2]))
            self.out.set_role(title, line)
            return
        first = next((row for row in rows if not row.bullet), None)
        if (
            first
            and first.heading
            and self.vocab.is_role_title(first.text)
            and (classify_heading(first.text) is Kind.OTHER)
        ):
            self.out.set_role(first.text, first.no)
            return
        line = rows[0].no if rows else 1
        raise GuideError(
            self.out.file,
            line,
            "no role found in a long-form guide",
            hint="start with the role's title or a sentence such as 'A Data Engineer is …'",
        )

    # -- walk --------------------------------------------------------------------------------
    def run(self, rows: Sequence[_Row]) -> Guide:
        self.find_role(rows)
        for row in rows:
            if row.heading:
                self.heading(row)
            else:
                self.content(row)
        self.flush_chain()
        return self.out.build()

    def heading(self, row: _Row) -> None:
        if row.numbered or row.bullet:
            self.flush_chain() if row.numbered else None
            self.sub_heading_fact(row)
            return
        self.flush_chain()
        kind = classify_heading(row.heading)
        if row.heading.lower() in _TOP_HEADINGS or row.heading.lower().startswith("salary ranges"):
            self.top, self.top_text, self.sub_text = kind, row.heading, ""
            self.kind = kind
        else:
            self.sub_text = row.heading
            self.kind = kind if kind is not Kind.OTHER else self.top
        self.section_prose = 0

    def sub_heading_fact(self, row: _Row) -> None:
        # Numbered and bullet sub-headings are structure; some sections read them as facts.
        if self.kind is Kind.RESPONSIBILITIES and row.numbered:
            self.out.add("responsibilities", row.heading, row.no)
        elif self.kind is Kind.SKILLS:
            self.out.skill(row.heading, SkillKind.TECHNICAL, row.no)
        elif self.kind is Kind.SOFT_SKILLS:
            self.out.skill(row.heading, SkillKind.SOFT, row.no)
        elif self.kind is Kind.DEVELOPMENT and row.numbered:
            self.out.add("development_suggestions", row.heading, row.no)
        elif self.kind is Kind.PRACTICES and row.numbered:
            self.out.add("best_practices", row.heading, row.no)

    def content(self, row: _Row) -> None:
        out = self.out
        out.content(row.no, row.text)
        item, _ = split_glued_sentence(row.text) if row.bullet else (row.text, "")
        label, description = split_label(item) if row.bullet else (None, item)
        self.mentions(row, label, description)
        if not row.bullet:
            self.prose(row)
            return
        kind = self.kind
        if kind is Kind.PROGRESSION and self.progression_item(row, label, item):
            return
        self.flush_chain()
        if kind is Kind.RESPONSIBILITIES:
            out.add("responsibilities", item, row.no)
            self.tools(item, row.no, enumerations=False)
        elif kind in (Kind.SKILLS, Kind.SOFT_SKILLS):
            self.skill_item(row, label, description, item)
        elif kind is Kind.REQUIREMENTS:
            out.add("requirements", item, row.no)
            self.tools(item, row.no, enumerations=True)
        elif kind in (Kind.PROGRESSION, Kind.DEVELOPMENT):
            out.add("development_suggestions", item, row.no)
            self.tools(item, row.no, enumerations=True)
        elif kind is Kind.CHALLENGES:
            if label == "Solution" and description:
                out.add("best_practices", description, row.no)
            else:
                out.add("challenges", description if label == "Challenge" else item, row.no)
        elif kind is Kind.PRACTICES:
            out.add("best_practices", item, row.no)
            self.tools(item, row.no, enumerations=False)
        elif kind is Kind.EMPLOYERS:
            for piece in segment(description or item, self.vocab.employers):
                out.add("employers", piece.text, row.no)
        elif kind is Kind.SECTORS:
            out.add("sectors", label or item, row.no)

    def prose(self, row: _Row) -> None:
        self.section_prose += 1
        text = row.text
        if self.kind is Kind.OVERVIEW and self.out.summary is None:
            self.out.set_summary(text, row.no)
        elif text.endswith(":"):
            return  # "Here's a comprehensive overview…:" introduces a list; it states nothing
        elif self.kind is Kind.DEVELOPMENT:
            self.out.add("development_suggestions", split_sentences(text)[0], row.no)

    def skill_item(self, row: _Row, label: str | None, description: str, item: str) -> None:
        soft = self.kind is Kind.SOFT_SKILLS
        kind = SkillKind.SOFT if soft else SkillKind.TECHNICAL
        if label and len(label.split()) <= 6 and not label.lower().startswith(_REQUIREMENT_LABELS):
            self.out.skill(label, kind, row.no)
            if not soft:
                self.tools(description, row.no, enumerations=True)
            return
        short = len(item.split()) <= 5 and not any(char.isdigit() for char in item)
        if (soft and short) or (not soft and _short_title(item, self.vocab)):
            self.out.skill(item.rstrip("."), kind, row.no)
        else:
            self.out.add("requirements", item, row.no)
        if not soft:
            self.tools(item, row.no, enumerations=True)

    def progression_item(self, row: _Row, label: str | None, item: str) -> bool:
        title = label if label else item
        if not self.vocab.is_role_title(title):
            return False
        self.chain.append((title, row.no))
        return True

    def flush_chain(self) -> None:
        if len(self.chain) >= 2:
            self.out.progression(self.chain)
        self.chain = []

    def tools(self, text: str, line: int, *, enumerations: bool) -> None:
        for tool in self.vocab.find_tools(text, enumerations=enumerations):
            self.out.skill(tool, SkillKind.TOOL, line)

    # -- statements anywhere -----------------------------------------------------------------
    def mentions(self, row: _Row, label: str | None, description: str) -> None:
        text = row.text
        chain = arrow_chain(text)
        if chain:
            self.out.progression([(role, row.no) for role in chain])
        else:
            for role in advancement_roles(text, self.vocab):
                self.out.add("leads_to", role, row.no)
        for sector in sectors(text):
            self.out.add("sectors", sector, row.no)
        for employer in hiring_employers(text, self.vocab):
            self.out.add("employers", employer, row.no)
        self.salary(row, label, description)
        if (
            self.top is Kind.MARKET
            and self.kind is Kind.MARKET
            and not row.bullet
            and self.out.growth_trend is None
            and "demand" in text.lower()
        ):
            self.out.set_growth_trend(text.rstrip(":"), row.no)

    def salary(self, row: _Row, label: str | None, description: str) -> None:
        text = description if label else row.text
        money = find_money(text)
        if money is None:
            return
        lowered = row.text.lower()
        if self.kind is not Kind.SALARY and not any(w in lowered for w in _SALARY_WORDS):
            return
        # In prose, read only the sentence that holds the amount.
        start = text.rfind(". ", 0, money.start())
        start = 0 if start == -1 else start + 2
        end = text.find(". ", money.end())
        text = text[start:] if end == -1 else text[start : end + 1]
        clause = text[: money.start() - start]
        heading = self.sub_text or self.top_text
        level = salary_level(label or "", clause, self.sub_text)
        name = " / ".join(part for part in (heading, label) if part)
        salary = parse_salary(text, label=name, level=level, source=self.out.source(row.no))
        if salary is None:
            self.out.warn(row.no, f"salary range could not be read: {text!r}")
        else:
            self.out.salary(salary)


def parse_longform(lines: Sequence[Line], file: str, vocab: Vocabulary) -> Guide:
    """Parse a long-form guide; raises :class:`GuideError` when no role can be inferred."""
    return _LongformParser(file, vocab).run(_rows(lines, vocab))
