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
from collections.abc import Sequence

from careergraph.errors import GuideError
from careergraph.guides.builder import Bucket, GuideBuilder
from careergraph.guides.items import bracket_names
from careergraph.guides.layout import Segment, card_segments
from careergraph.guides.moves import move_titles
from careergraph.guides.salary import read_salaries, salary_level
from careergraph.guides.split import join_brand_names, segment, strip_step_number
from careergraph.guides.text import Line, clean, split_sentences, strip_bullet
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
        self.out.content(title.line, title.text)
        self.out.set_role(title.text, title.line, signal="title_line")
        section: str | None = None
        for seg in segments[1:]:
            if seg.heading is not None:
                section = seg.heading
                continue
            self.content(section, seg)
        for name, lines in self.paragraphs.items():
            text = " ".join(part for part, _ in lines)
            first = lines[0][1]
            if name == "Growth Trend":
                self.out.set_growth_trend(text, first)
            else:
                self.out.set_summary(text, first)
            for _, line in lines:
                self.out.use(line)
        return self.out.build()

    def content(self, section: str | None, seg: Segment) -> None:
        text, _ = strip_bullet(seg.text)
        if not text:
            return
        if section == "Recommended Next Steps":
            self.step(text, seg.line)
            return
        self.out.content(seg.line, text)
        if section in _LIST_SECTIONS:
            bucket = _LIST_SECTIONS[section]
            titles = move_titles(text, self.vocab) if bucket != "responsibilities" else []
            for title in titles if len(titles) > 1 else [text]:
                self.out.add(bucket, title, seg.line)
        elif section == "Top Skills for Success":
            self.out.skill(text, SkillKind.TOP, seg.line)
            # A skill line is often a bare name many cards list: its tools are read once.
            for tool in self.vocab.memo.get("card tools", text, self.tools):
                self.out.skill(tool, SkillKind.TOOL, seg.line)
        elif section == "Often Missing Skills":
            for piece in segment(text, self.vocab.skills):
                self.out.skill(piece.text, SkillKind.OFTEN_MISSING, seg.line)
                for tool in bracket_names(piece.text):
                    self.out.skill(tool, SkillKind.TOOL, seg.line)
        elif section == "Development Suggestions":
            for sentence in split_sentences(text):
                self.out.add("development_suggestions", sentence, seg.line)
        elif section in ("Major Employers", "Companies Hiring"):
            self.employers(text, seg.line)
        elif section == "Industry Sectors":
            for piece in segment(text, self.vocab.sectors):
                self.out.add("sectors", piece.text, seg.line)
        elif section in _LEVEL_HEADINGS or section in ("Median Salary Range", "Salary & Demand"):
            self.salary(section, text, seg.line)
        elif section in (None, "Career Guide", "Growth Trend"):
            self.paragraphs.setdefault(section or "Career Guide", []).append((text, seg.line))

    def employers(self, text: str, line: int) -> None:
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

    def salary(self, section: str, text: str, line: int) -> None:
        source = self.out.source(line)
        # Cards repeat their pay lines word for word: each is read once, then re-sourced.
        # (Sources compared by their two fields: pydantic's __eq__ costs ten times more.)
        found = [salary if (salary.source.line, salary.source.file) == (
                     source.line, source.file) else salary.model_copy(update={"source": source})
                 for salary in self.vocab.memo.get(
                     "card pay", (section, text), lambda key: _read_pay(key, source))]
        if not found:
            if section in _LEVEL_HEADINGS:
                self.out.warn(line, f"salary line under {section!r} has no amount: {text!r}")
            return
        for salary in found:
            self.out.salary(salary)

    def step(self, text: str, line: int) -> None:
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


def _read_pay(key: tuple[str, str], source: Source) -> tuple[SalaryRange, ...]:
    section, text = key
    level = _LEVEL_HEADINGS.get(section) or salary_level(text)
    return tuple(read_salaries(text, label=section, level=level, source=source,
                               bare=section in _LEVEL_HEADINGS))


def parse_card(lines: Sequence[Line], file: str, vocab: Vocabulary) -> Guide:
    """Parse a card-layout guide; raises :class:`GuideError` when it has no title line."""
    return _CardParser(file, vocab).run(card_segments(lines))
