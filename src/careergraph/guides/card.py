"""Parse the *card* layout: a title line, then fixed headings (often glued to their text).

Every content line of a card is meant to become a fact; headings are structure.

>>> from careergraph.guides.text import number_lines
>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> text = "Data Engineer\\nCareer GuideMajor Employers\\nGoogleIBM\\nCan Lead To\\nStaff Engineer"
>>> g = parse_card(number_lines(text), "d.txt", Vocabulary.from_lexicon(load_lexicon()))
>>> g.role.text, [e.text for e in g.employers], [x.text for x in g.leads_to]
('Data Engineer', ['Google', 'IBM'], ['Staff Engineer'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.errors import GuideError
from careergraph.guides import trusted
from careergraph.guides.builder import Bucket, GuideBuilder
from careergraph.guides.items import bracket_names
from careergraph.guides.layout import Segment, card_segments
from careergraph.guides.move_items import move_titles
from careergraph.guides.salary import read_salaries, salary_level
from careergraph.guides.split import join_brand_names, segment, strip_step_number
from careergraph.guides.text import BULLET_FIRST, Line, clean, split_sentences, strip_bullet
from careergraph.guides.vocab import Vocabulary
from careergraph.model import Guide, Layout, SalaryRange, SkillKind, Source

__all__ = ["parse_card"]

_LEVEL_HEADINGS = {"Entry Level": "entry", "Mid Level": "mid", "Senior Level": "senior"}
_LIST_SECTIONS: dict[str, Bucket] = {
    "Key Responsibilities": "responsibilities",
    "Can Lead To": "leads_to",
    "Transition Opportunities": "transitions_to",
}
_LEADING_NUMBER = re.compile(r"(\d{1,3})(?:[.)]\s*|\s+|(?=[A-Z]))")


class _CardParser:
    def __init__(self, file: str, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.out = GuideBuilder(file, Layout.CARD)
        self.paragraphs: dict[str, list[tuple[str, int]]] = {}
        self.pending_step: int | None = None

    def run(self, segments: Sequence[Segment]) -> Guide:
        if not segments or segments[0].heading is not None:
            line = segments[0].line if segments else 1
            raise GuideError(
                self.out.file,
                line,
                "no role title before the first heading",
                hint="put the role's title on the first line",
            )
        title = segments[0]
        out = self.out
        out.content(title.line, title.text)
        out.set_role(title.text, title.line, signal="title_line")
        section: str | None = None
        # The reader is looked up once per heading, not once per line (cards have ~40
        # content lines under ~15 headings).
        read: _Reader | None = _READERS[None]
        step = _CardParser.step
        content = out.content
        for line, raw, heading in segments[1:]:
            if heading is not None:
                section = heading
                read = _READERS.get(section)
                continue
            text = raw.strip()
            if text[:1] in BULLET_FIRST:  # strip_bullet's own first test: most lines skip it
                text, _ = strip_bullet(text)
            if not text:
                continue
            if read is step:
                self.step(section, text, line)  # a step's number is no content
                continue
            content(line, text)
            if read is not None:
                read(self, section, text, line)
        for name, lines in self.paragraphs.items():
            text = " ".join(part for part, _ in lines)
            first = lines[0][1]
            if name == "Growth Trend":
                out.set_growth_trend(text, first)
            else:
                out.set_summary(text, first)
            for _, line in lines:
                out.use(line)
        return out.build()

    def listed(self, section: str | None, text: str, line: int) -> None:
        bucket = _LIST_SECTIONS[section or ""]
        self.out.add(bucket, text, line)

    def moves(self, section: str | None, text: str, line: int) -> None:
        bucket = _LIST_SECTIONS[section or ""]
        # Move lines repeat across cards ("Staff Engineer"): each is read once per parse.
        titles = self.vocab.memo.get("card moves", text, self.move_titles)
        for title in titles if len(titles) > 1 else (text,):
            self.out.add(bucket, title, line)

    def move_titles(self, text: str) -> tuple[str, ...]:
        return tuple(move_titles(text, self.vocab))

    def top_skill(self, section: str | None, text: str, line: int) -> None:
        self.out.skill(text, SkillKind.TOP, line)
        # A skill line is often a bare name many cards list: its tools are read once.
        for tool in self.vocab.memo.get("card tools", text, self.tools):
            self.out.skill(tool, SkillKind.TOOL, line)

    def missing_skills(self, section: str | None, text: str, line: int) -> None:
        for piece in segment(text, self.vocab.skills):
            self.out.skill(piece.text, SkillKind.OFTEN_MISSING, line)
            for tool in bracket_names(piece.text):
                self.out.skill(tool, SkillKind.TOOL, line)

    def suggestions(self, section: str | None, text: str, line: int) -> None:
        for sentence in split_sentences(text):
            self.out.add("development_suggestions", sentence, line)

    def sectors(self, section: str | None, text: str, line: int) -> None:
        for piece in segment(text, self.vocab.sectors):
            self.out.add("sectors", piece.text, line)

    def paragraph(self, section: str | None, text: str, line: int) -> None:
        self.paragraphs.setdefault(section or "Career Guide", []).append((text, line))

    def employers(self, section: str | None, text: str, line: int) -> None:
        for piece in join_brand_names(segment(text, self.vocab.employers)):
            self.out.add("employers", piece.text, line)
            if piece.by_case:
                self.out.warn(
                    line,
                    f"employer {piece.text!r} was cut from a glued list by "
                    "letter case only; check it, or add the name to the "
                    "employers lexicon",
                )

    def tools(self, text: str) -> tuple[str, ...]:
        return (*self.vocab.find_tools(text), *bracket_names(text))

    def salary(self, section: str | None, text: str, line: int) -> None:
        heading = section or ""
        source = self.out.source(line)
        # Cards repeat their pay lines word for word: each is read once, then re-sourced.
        # (Sources compared by their two fields: pydantic's __eq__ costs ten times more.)
        found = [salary if (salary.source.line, salary.source.file) == (
                     source.line, source.file) else trusted.with_source(salary, source)
                 for salary in self.vocab.memo.get(
                     "card pay", (heading, text), lambda key: _read_pay(key, source))]
        if not found:
            if heading in _LEVEL_HEADINGS:
                self.out.warn(line, f"salary line under {heading!r} has no amount: {text!r}")
            return
        for salary in found:
            self.out.salary(salary)

    def step(self, section: str | None, text: str, line: int) -> None:
        # A number alone on its line announces the next step; it is structure, not content.
        if text.isdigit():
            self.pending_step = int(text)
            return
        self.out.content(line, text)
        number = self.pending_step or len(self.out.lists["next_steps"]) + 1
        lead = _LEADING_NUMBER.match(text)
        if lead and int(lead.group(1)) == number and lead.end() < len(text):
            text = text[lead.end() :]
        text, glued = strip_step_number(clean(text), number + 1)
        self.pending_step = number + 1 if glued else None
        self.out.add("next_steps", text, line)


#: What a card does with a content line under each heading (a heading missing here, such as
#: "Career Progression", makes its lines content that states no fact).
_Reader = Callable[[_CardParser, "str | None", str, int], None]
_READERS: dict[str | None, _Reader] = {
    None: _CardParser.paragraph,
    "Career Guide": _CardParser.paragraph,
    "Growth Trend": _CardParser.paragraph,
    "Key Responsibilities": _CardParser.listed,
    "Can Lead To": _CardParser.moves,
    "Transition Opportunities": _CardParser.moves,
    "Top Skills for Success": _CardParser.top_skill,
    "Often Missing Skills": _CardParser.missing_skills,
    "Development Suggestions": _CardParser.suggestions,
    "Major Employers": _CardParser.employers,
    "Companies Hiring": _CardParser.employers,
    "Industry Sectors": _CardParser.sectors,
    **dict.fromkeys((*_LEVEL_HEADINGS, "Median Salary Range", "Salary & Demand"),
                    _CardParser.salary),
    "Recommended Next Steps": _CardParser.step,
}


def _read_pay(key: tuple[str, str], source: Source) -> tuple[SalaryRange, ...]:
    section, text = key
    level = _LEVEL_HEADINGS.get(section) or salary_level(text)
    return tuple(read_salaries(text, label=section, level=level, source=source,
                               bare=section in _LEVEL_HEADINGS))


def parse_card(lines: Sequence[Line], file: str, vocab: Vocabulary) -> Guide:
    """Parse a card-layout guide; raises :class:`GuideError` when it has no title line."""
    return _CardParser(file, vocab).run(card_segments(lines))
