"""Page families for the long-form parser: job cards, interviews, mentors, careers
histories, how-to steps, courses, rubrics and "X vs Y" pages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from careergraph.guides.amounts import find_amounts, find_money
from careergraph.guides.answer_owners import answer_owner
from careergraph.guides.asked_owner import asked_owner
from careergraph.guides.builder import Bucket, fact_key
from careergraph.guides.card_snippets import (
    colon_skills,
    duty_nouns,
    joined_snippet,
    listed_skills,
    snippet_jobs,
    snippet_moves,
    snippet_skills,
)
from careergraph.guides.career_history import CareerHistory
from careergraph.guides.classified_ads import (
    ad_employers,
    ad_lists,
    ad_origins,
    ad_skills,
    ad_spans,
    rented,
)
from careergraph.guides.costed_posts import costed_post
from careergraph.guides.dictionary_entry import (
    base_title,
    crosswalk_title,
    definition_tools,
    designated_sectors,
    entry_aliases,
    lead_places,
)
from careergraph.guides.grade_owners import grade_before, grade_posts
from careergraph.guides.graduate_paths import graduate_paths
from careergraph.guides.headline import story_origin
from careergraph.guides.howto import HowtoSteps
from careergraph.guides.interview_reports import (
    answer_line,
    answer_skills,
    earlier_job,
    interview_reports,
    promoted_to,
    salary_rows,
)
from careergraph.guides.level_rows import scope_of_practice
from careergraph.guides.listings import card_owners, qualified_title
from careergraph.guides.longform_lines import _STORY_TOP, _Row
from careergraph.guides.longform_patterns import (
    _BRACKETED,
    _ENTRY_RUNGS,
    _TRAILING_ASIDE,
    _same_role,
)
from careergraph.guides.longform_tables import TableMixin
from careergraph.guides.match_cards import match_card
from careergraph.guides.mentor import MentorPath
from careergraph.guides.money_grammar import Money
from careergraph.guides.move_items import role_base
from careergraph.guides.next_job import left_employer, next_job, survey_next_jobs
from careergraph.guides.not_pay import week_estimate
from careergraph.guides.opened_rows import opened_cell, other_post
from careergraph.guides.pay_owners import plain_owner
from careergraph.guides.prose_pay_owners import may_name, other_than, prose_owner
from careergraph.guides.prose_titles import prose_title
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.salary import read_salaries, salary_level
from careergraph.guides.section_kinds import _OFFER_EXTRA, _SKILL_KINDS, Kind, classify_heading
from careergraph.guides.story import author_path
from careergraph.guides.text import split_sentences
from careergraph.guides.versus import (
    benchmark_after,
    benchmark_column,
    benchmark_lines,
    comparison_row,
    opened_by,
    second_column,
)
from careergraph.model import SalaryRange, SkillKind

# A figure and its currency sign (what two rows of one label differ in).
# (carry38) A later sentence of a line opening with its own label ("… monthly. Foreman: from").
_LATER_LABEL = re.compile(r"\.\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}:\s")
_FIGURES = re.compile(r"[$€£₹]\s?\d[\d,.]*[kK]?")
# What parts the cells after a row's first figure: figures, signs, gaps and separators.
# Where a sentence starts inside a paragraph ("… a year. Party chiefs are …"); a paragraph's
# lines read for a figure's sentence.
_SENTENCE_START = re.compile(r"(?:(?<=[a-z0-9)\]])|^)[.!?]\s+(?=[A-Z])")
_PARAGRAPH_LINES = 6


def _same_figure(money: Money, band: SalaryRange) -> bool:
    """``money``, read from a line, is the figure of ``band`` (within a unit)."""
    return money.low is not None and band.min is not None and abs(money.low - band.min) < 1 and (
        band.max is None or money.high is None or abs(money.high - band.max) < 1)


def _sentence_before(text: str) -> str:
    """The sentence ``text`` (a paragraph up to a figure) ends with, list marks and the
    figure's first digits left off ("between 35 and 42 thousand" is read from its "5")."""
    return _SENTENCE_START.split(text.lstrip().lstrip("-–•*>· ").rstrip("0123456789.,"))[-1]
# (rules45c) A pay row's cell of initials and the words they stand for, in brackets.
_ACRONYM_CELL = re.compile(r"(?P<short>[A-Z]{2,6})\s*\((?P<long>[A-Z][\w'’-]*"
                           r"(?:\s+[A-Za-z][\w'’-]*){1,6})\)")


def _spelled_acronym(cell: str) -> str | None:
    """The initials a cell spells out in brackets ("COSS (Controller of Site Safety)"):
    the initials when each is a word's first letter in order, short words included or not;
    None otherwise.

    >>> _spelled_acronym("COSS (Controller of Site Safety)"), _spelled_acronym("PTS (card)")
    ('COSS', None)
    """
    match = _ACRONYM_CELL.fullmatch(cell.strip())
    if match is None:
        return None
    words = match.group("long").split()
    short = match.group("short")
    every = "".join(word[0] for word in words).upper()
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return short if short in (every, capitals) and len(words) >= 2 else None


# (rules45c) One post of a slashed pay-row cell: one to four Title Case words.
_SLASHED_POST = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_AFTER_FIGURE = re.compile(r"[$€£₹]|\d[\d,.]*[kKmM]?|\s{2,}|[|·;,:()/–-]")


# A note about the page, not a fact of it.
def _compact(text: str) -> str:
    """``text`` in lower case without spaces or marks, to compare glued and spaced titles.

    >>> _compact("Tiler") + _compact("Wall Plasterer") == _compact("tilerwall plasterer")
    True
    """
    return re.sub(r"\W", "", text.lower())
# A how-to's step line: "Step 3: Apply for your certificate" (no sentence after it).
_STEP_LINE = re.compile(r"Step\s+\d{1,2}\s*[:.–—-]\s+([A-Z][^.!?:]{2,80})$")
_TRAILER = re.compile(r"\s*[A-Z]{2,}:\s")  # a dictionary entry's coded trailer ("GOE: …")
# How a job was worked, before its title in a history ("Freelance …", "Self-employed …")
_LEARNER_LEVELS = frozenset({"Trainee", "Apprentice"})  # an ad's levels below the role
_FREELANCE = re.compile(r"^(?i:freelance|self-employed|independent|contract)\s+")


class PageMixin(TableMixin):
    """Read the facts of special page families and cards."""

    def alias_cards(self) -> None:
        """A job card titled by one of the role's aliases, or by an alias with a qualifier
        ("Pipe Organ Technician" where "organ technician" is an alternative label), is an
        opening of the role: its company employs the role."""
        aliases = [fact.text for fact in self.out.lists["aliases"]]
        for title, company, line in self.other_cards if aliases else ():
            named = singular_title(_BRACKETED.sub("", title).strip())
            if any(_same_role(named, alias) or qualified_title(named, alias)
                   for alias in aliases):
                self.out.add("employers", company, line)

    def entry_facts(self, title: str, line: int) -> None:
        """A dictionary entry's facts (:mod:`careergraph.guides.dictionary_entry`): the
        industry designation after the base title, the places of the definition's lead
        statement, the tools of its tasks; a crosswalked occupation's wage is its own."""
        printed = self.printed.get(line, "")
        designated = designated_sectors(printed[printed.find(title):])
        for name in designated:
            self.out.add("sectors", name, line)
        for name in entry_aliases(printed):
            self.out.add("aliases", base_title(name), line)
        after = [(no, text) for no, text in sorted(self.printed.items()) if no > line
                 and text.strip()]
        if after and not _TRAILER.match(after[0][1]):  # (the definition: one paragraph)
            no, text = after[0]
            for name in lead_places(text):
                if name.lower().removesuffix("s") not in designated:  # ("museums": museum)
                    self.out.add("sectors", name, no)
            for name in definition_tools(text):
                self.out.skill(name, SkillKind.TOOL, no)
            for name in entry_aliases(text):
                self.out.add("aliases", base_title(name), no)
        for index, band in enumerate(self.out.salaries):
            other = crosswalk_title(self.printed.get(band.source.line, ""))
            if band.role is None and other is not None and fact_key(other) != fact_key(
                    self.role or ""):
                self.out.salaries[index] = band.model_copy(update={"role": other})

    def plain_owners(self) -> None:
        """Figures whose owner is a frame around a title (:func:`plain_owner`): a cohort's
        title owns them, a share of the role's people or the role behind a qualifier leaves
        them the role's own (the qualifier its level when it is a level word)."""
        for index, band in enumerate(self.out.salaries):
            if band.role is None:
                continue
            owner, qualifier = plain_owner(band.role, self.role or "")
            if owner == band.role:
                continue
            level = band.level or (salary_level(qualifier) if qualifier else None)
            self.out.salaries[index] = band.model_copy(update={"role": owner, "level": level})

    def opened_row_pay(self) -> None:
        """A pay row opened by another post's title ("Deck Cadet      USD 950", "| 4 | Kennel
        Supervisor | 41,000 |", "- night receptionist, Hotel Ardmore: $19.50"): the figures
        no rule gave an owner are that post's (:mod:`careergraph.guides.opened_rows`); the
        role's own title at a level, an alias of it, a one-word grade or rank ("Lead",
        "Consultant", "Sergeant") or a firm the page names keeps them the role's.  (fixes68)
        A one-word title ("Porter   £23,100") is another post only in a run of rows where
        another row names the role itself or a post of two words or more."""
        firms = {fact_key(fact.text) for fact in self.out.lists["employers"]}
        names = [fact.text for fact in self.out.lists["aliases"]]  # (their head nouns too)
        # (the role's names, and the head noun of each: "Caretaker" on School Caretaker's page)
        own = {fact_key(part) for name in (self.role or "", *names) if name
               for part in (name, name.split()[-1])}
        anchors: set[int] = set()  # lines of rows naming the role itself or another post
        lone: list[tuple[int, str]] = []
        twins: list[SalaryRange] = []  # (a row's second post, paid the same figure)
        for index, band in enumerate(self.out.salaries):
            text = self.printed.get(band.source.line, "")
            money = find_money(text, bare=True) if text else None
            cell = opened_cell(text[: money.start]) if money is not None else None
            if not cell or money is None:
                continue
            if band.role is not None:
                anchors.add(band.source.line)  # (a row another rule gave its post)
                continue
            if band.min != money.low and _LATER_LABEL.search(text, money.end):
                continue  # (carry38) "(A: AED 1,400 - 1,700. B: from AED 4,500.)": a later
                # sentence's figure, under its own label
            bare = _BRACKETED.sub("", cell).strip()
            title = singular_title(title_case(bare) if bare[:1].islower() else bare)
            if fact_key(title) in own or fact_key(bare) in own or self.own_or_alias(title):
                anchors.add(band.source.line)  # ("Housekeeper   £22,400" on its own page)
            if scope_of_practice(bare):
                anchors.add(band.source.line)  # (fixes96) "extended scope practitioner ….
                continue  # £…": the role at that scope (level_rows), no other post
            if any(self.vocab.is_role_title(piece.strip()) for piece in _AFTER_FIGURE.split(
                    text[money.end:]) if piece.strip()):
                continue  # ("Café Manager $48K   Senior Barista $36K": a strip of titles)
            if (short := _spelled_acronym(cell)) and not self.own_or_alias(short) and all(
                    other_post(short, name, lone=True) for name in (self.role or "", *names)):
                # (rules45c) "L4 | COSS (Controller of Site Safety) | £21.75/hr": a post's
                # initials spelled out in brackets name a post, as the row writes it
                self.out.salaries[index] = band.model_copy(update={"role": short,
                                                                   "level": None})
                anchors.add(band.source.line)
                continue
            if not self.vocab.is_role_title(title) and (pair := self.slashed_posts(
                    bare, firms, [self.role or "", *names])):
                # (rules45c) "L3 | Lookout / Site Warden | £18.00/hr": a grade row naming two
                # posts, each paid the row's figure
                self.out.salaries[index] = band.model_copy(update={"role": pair[0],
                                                                   "level": None})
                twins.extend(band.model_copy(update={"role": post, "level": None})
                             for post in pair[1:])
                anchors.add(band.source.line)
                continue
            if not self.vocab.is_role_title(title) or self.own_or_alias(title) or (
                    self.own_or_alias(cell)) or (
                    fact_key(bare) in firms):  # ("2 | Kestle Partners | £40,000": a firm)
                continue
            if not all(other_post(title, name) for name in (self.role or "", *names)):
                if " " not in title and all(other_post(title, name, lone=True) for name in (
                        self.role or "", *names)):
                    lone.append((index, title))
                continue
            self.out.salaries[index] = band.model_copy(update={"role": title, "level": None})
            anchors.add(band.source.line)
        for index, title in lone:
            band = self.out.salaries[index]
            if anchors & self.row_run(band.source.line):
                self.out.salaries[index] = band.model_copy(update={"role": title,
                                                                   "level": None})
        self.out.salaries.extend(twins)

    def slashed_posts(self, cell: str, firms: set[str], names: list[str]) -> list[str]:
        """The posts a pay row's cell names with a slash between them ("Lookout / Site
        Warden"), each in Title Case and none the role or a firm, one of them a known title
        of two words or more; [] for any other cell ("Driver / Loader" names a post and its
        duty as often as two posts unless one is known as a title)."""
        parts = [part.strip() for part in cell.split(" / ")]
        if len(parts) < 2 or not all(
                _SLASHED_POST.fullmatch(part) and not self.own_or_alias(part)
                and fact_key(part) not in firms
                and all(other_post(part, name, lone=True) for name in names if name)
                for part in parts):
            return []
        if not any(" " in part and self.vocab.is_role_title(part) for part in parts):
            return []
        return [singular_title(part) for part in parts]

    def row_run(self, line: int) -> set[int]:
        """The lines of the run of pay rows ``line`` stands in: the lines next to it, each
        opened by a short cell before a figure, up to a line that is none."""
        run = {line}
        for step in (-1, 1):
            no = line + step
            while (text := self.printed.get(no, "")).strip() and (
                    money := find_money(text, bare=True)) is not None and opened_cell(
                        text[: money.start]):
                run.add(no)
                no += step
        return run

    def prose_pay(self) -> None:
        """A figure a sentence gives another post ("Seasonal kennel hands are often paid
        about £110 a day", "… as Shaft Inspectors, where rosters pay $N", "…; a survey gives
        them $N"): the figures no rule gave an owner are that post's
        (:mod:`careergraph.guides.prose_pay_owners`); the role, a level of it or an alias,
        the role qualified ("registered architects") and a firm the page names keep them
        the role's (:func:`~careergraph.guides.prose_pay_owners.other_than`)."""
        firms = {fact_key(fact.text) for fact in self.out.lists["employers"]}
        names = [fact.text for fact in self.out.lists["aliases"]]
        read: dict[str, list[Money]] = {}  # (a paragraph's figures, read once for all of them)
        for index, band in enumerate(self.out.salaries):
            if band.role is not None or band.min is None:
                continue
            clause = self.clause_before(band, read)
            title = prose_owner(clause, self.vocab.is_role_title) if clause else None
            if title is None or self.own_or_alias(title) or fact_key(title) in firms or not all(
                    other_than(title, name) for name in (self.role or "", *names)):
                continue
            self.out.salaries[index] = band.model_copy(update={"role": title, "level": None})

    def clause_before(self, band: SalaryRange, read: dict[str, list[Money]]) -> str:
        """The sentence up to ``band``'s figure, from the sentence's start or the figure
        before it: the paragraph's lines from the band's line read on till the figure
        (``read``: the figures of the texts read so far); "" when no sentence shape of
        :mod:`careergraph.guides.prose_pay_owners` can be in it."""
        low = band.min
        if low is None:
            return ""
        raw = self.printed.get(band.source.line, "")
        first = find_money(raw, bare=True) if raw else None  # (read before: opened_row_pay)
        if first is not None and _same_figure(first, band):
            return _sentence_before(raw[: first.start]) if may_name(raw[: first.start]) else ""
        text = ""
        for no in range(band.source.line, band.source.line + _PARAGRAPH_LINES):
            line = self.printed.get(no, "").strip().lstrip("-–•*>· ")  # (a list's marks)
            if not line:
                break
            text = f"{text} {line}" if text else line
            if not may_name(text):
                continue  # (no word any sentence shape needs: a row, a label, a figure)
            if text not in read:
                read[text] = find_amounts(text, bare=True, dollar=self.dollar, home=self.home)
            start = 0
            for money in read[text]:
                if _same_figure(money, band):
                    return _sentence_before(text[start: money.start])
                start = money.end
        return ""

    def asked_pay(self) -> None:
        """A figure quoted in answer to a question naming another title ("A shop owner like
        Marco? 'Some years $120k.'") is that title's pay (:mod:`asked_owner`)."""
        # (the role at another level asked about keeps its figure: "A Principal X?" on
        # Senior X's page is the role's own higher rung)
        own = fact_key(role_base(self.role or ""))
        for index, band in enumerate(self.out.salaries):
            if band.role is not None or band.min is None or band.min != band.max or (
                    not band.note or "?" not in band.note):
                continue
            title = asked_owner(band.note, band.min)
            name = title_case(title) if title is not None else ""
            if name and fact_key(role_base(name)) != own and self.vocab.is_role_title(name):
                self.out.salaries[index] = band.model_copy(update={"role": name})

    def answer_pay(self) -> None:
        """A Q&A page's answers by workers of other titles: the figures they give as their
        own are theirs (:mod:`careergraph.guides.answer_owners`)."""
        answerers = self.family.answerers if self.family is not None else {}
        for index, band in enumerate(self.out.salaries):
            answerer = answerers.get(band.source.line)
            if answerer is None or self.own_title(answerer):
                continue
            owner = answer_owner(answerer, band.role, band.note or "")
            if owner is not None:
                self.out.salaries[index] = band.model_copy(update={"role": owner,
                                                                   "level": None})

    def graded_pay(self) -> None:
        """A figure named by grade in prose on a page whose grade table names each grade's
        post ("Grade | Post title | …", then "the Support Assistant Grade 4 (£…)"): that
        post's pay, the role's own when the post is the role (:mod:`~careergraph.guides.
        grade_owners`)."""
        if not any("|" in text for text in self.printed.values()):
            return
        posts = grade_posts(text for _, text in sorted(self.printed.items()))
        if not posts:
            return
        for index, band in enumerate(self.out.salaries):
            text = self.printed.get(band.source.line, "")
            if "|" in text or not text:
                continue  # (the table's own rows are read by the table)
            for money in find_amounts(text):
                code = grade_before(text, money.start)
                if code is None or code not in posts or (money.low, money.high) != (
                        band.min, band.max):
                    continue
                post = re.sub(r"\s*\([^()]*\)$", "", posts[code])
                owner = None if self.own_title(post) or self.own_title(posts[code]) else (
                    singular_title(post))
                if owner != band.role:
                    self.out.salaries[index] = band.model_copy(update={"role": owner})
                break

    def costed_pay(self) -> None:
        """A grant budget justification's personnel entry ("[Redacted], MS, Biostatistician
        (1.2 calendar months). Base salary $98,400."): the line's unowned figures are the
        costed post's pay, the role's own when the post is the role
        (:mod:`~careergraph.guides.costed_posts`)."""
        for index, band in enumerate(self.out.salaries):
            text = self.printed.get(band.source.line, "")
            post = costed_post(text) if band.role is None and "(" in text else None
            if post is None or self.own_title(post) or not (
                    self.vocab.is_role_title(post) or practitioner_noun(post.split()[-1])):
                continue
            self.out.salaries[index] = band.model_copy(
                update={"role": singular_title(post), "level": None})

    def match_card_pay(self) -> None:
        """A quiz result's other matches ("Radiographer · 86% · £29,970 to £36,483"): each
        card's figure is its title's, read here in place of any reading of the line."""
        for no, text in self.printed.items():
            card = match_card(text) if "%" in text else None
            if card is None or _same_role(singular_title(card[0]), self.role) or not (
                    self.pay_title(card[0]) or practitioner_noun(card[0].split()[-1])):
                continue
            self.out.salaries = [s for s in self.out.salaries if s.source.line != no]
            for salary in read_salaries(card[1], label=card[0], level=None, bare=True,
                                        source=self.out.source(no), role=card[0],
                                        dollar=self.dollar, home=self.home, period=self.period):
                self.out.salary(salary)

    def benchmark_pay(self) -> None:
        """Drop the figures of a "Compared to: All X" block (:func:`benchmark_lines`): the
        pay of all a broad group's workers, printed under the role's own, is no pay of the
        role."""
        if not any("ompared" in text for text in self.printed.values()):
            return
        block = benchmark_lines(sorted(self.printed.items()))
        for line in sorted({s.source.line for s in self.out.salaries} & block):
            self.out.warn(line, "a broad group's benchmark pay, no pay of the role")
        self.out.salaries = [s for s in self.out.salaries if s.source.line not in block]

    def versus_pay(self, rows: Sequence[_Row]) -> None:
        """An "X vs Y" comparison's figures for its second role belong to that role: a
        comparison row's second figure, and every figure of a line opened by that role's
        name ("Physical therapists: the median is …")."""
        assert self.versus is not None
        other = self.versus[1]
        texts = {row.no: row.full or row.text for row in rows}
        texts.update(self.printed)
        unowned: dict[int, list[int]] = {}
        both = _compact(self.versus[0] + self.versus[1])
        for index, salary in enumerate(self.out.salaries):
            if salary.role is not None and _compact(salary.role) == both:
                # the table's header row, its two titles glued ("Tiler" + "Plasterer"), is
                # no title: the row's figures are the two columns'
                salary = self.out.salaries[index] = salary.model_copy(update={"role": None})
            if salary.role is None:
                unowned.setdefault(salary.source.line, []).append(index)
        for line, indexes in unowned.items():
            text = texts.get(line, "")
            theirs = indexes if opened_by(text, other) else (
                indexes[1::2] if comparison_row(text) and len(indexes) % 2 == 0 else [])
            for index in theirs:
                self.out.salaries[index] = self.out.salaries[index].model_copy(
                    update={"role": other})

    def column_pay(self) -> None:
        """A two-column comparison table's row on a page that is no "X vs Y" page ("| Pay |
        $40,100 | $45,200 |" under "| Glazier | Roofer |"): its second figure is the second
        column's, another role's, or no job's at all when that column is an average of all
        workers ("US Average"); the first stays the role's."""
        unowned: dict[int, list[int]] = {}
        for index, salary in enumerate(self.out.salaries):
            if salary.role is None:
                unowned.setdefault(salary.source.line, []).append(index)
        dropped: set[int] = set()
        for line, indexes in unowned.items():
            text = self.printed.get(line, "")
            if len(indexes) != 2 or not self.role or not comparison_row(text):
                continue
            above = [self.printed.get(no, "") for no in range(max(1, line - 12), line)]
            other = second_column(above, self.role)
            if other is None:
                continue
            if benchmark_column(other):
                self.out.warn(line, f"an average of all workers, no pay of the role: {other!r}")
                dropped.add(indexes[1])
            elif self.vocab.is_role_title(title_case(other)) or practitioner_noun(
                    other.split()[-1]):
                self.out.salaries[indexes[1]] = self.out.salaries[indexes[1]].model_copy(
                    update={"role": singular_title(other)})
        dropped |= self.benchmark_cards(unowned)
        self.out.salaries = [s for i, s in enumerate(self.out.salaries) if i not in dropped]

    def benchmark_cards(self, unowned: dict[int, list[int]]) -> set[int]:
        """A score card's figures set role and average of all workers one above the other
        ("Avg. Salary $40,100" then "Avg. Salary $45,200" under "Kiln OperatorUS Average"):
        the indexes of the second of each pair, no pay of the role."""
        dropped: set[int] = set()
        lines = sorted(no for no, indexes in unowned.items() if len(indexes) == 1)
        for first, second in itertools.pairwise(lines):
            texts = [self.printed.get(no, "") for no in (first, second)]
            between = [self.printed.get(no, "") for no in range(first + 1, second)]
            if any(t.strip() for t in between) or _FIGURES.sub("", texts[0]).strip() != (
                    _FIGURES.sub("", texts[1]).strip()) or not _FIGURES.search(texts[0]):
                continue
            above = [self.printed.get(no, "") for no in range(max(1, first - 12), first)]
            if self.role and benchmark_after(above, self.role):
                self.out.warn(second, "an average of all workers, no pay of the role")
                dropped.add(unowned[second][0])
        return dropped

    def versus_places(self, rows: Sequence[_Row]) -> None:
        """An "X vs Y" comparison's sentence opened by its second role ("Consultants work
        mainly in consultancies") tells where that role works: its workplaces are not the
        page role's (one another sentence of the line names too stays)."""
        assert self.versus is not None
        other = self.versus[1]
        texts = {row.no: row.full or row.text for row in rows}
        texts.update(self.printed)
        for bucket in ("employers", "sectors"):
            kept = []
            for fact in self.out.lists[bucket]:
                sentences = split_sentences(texts.get(fact.source.line, ""))
                name = fact.text.lower()
                theirs = [opened_by(s, other) for s in sentences if name in s.lower()]
                if not (theirs and all(theirs)):
                    kept.append(fact)
            self.out.lists[bucket] = kept

    def interview_page(self, lines: Sequence[tuple[int, str]]) -> None:
        """Candidates' interview reports and example answers
        (:mod:`careergraph.guides.interview_reports`): a report for the role at any level
        names a company that employs it, an offer that is its pay, an earlier job (a move
        in) and what the interview tested (skills); another title's report owns its offer."""
        for report in interview_reports(lines):
            own = self.own_card(report.title)
            if own and report.company is not None:
                self.out.add("employers", *report.company)
            for no, text in report.offers:
                self.interview_pay(report.title, own, _OFFER_EXTRA.split(text)[0], no)
            for no, text in [*report.offers, *report.account] if own else ():
                promoted = promoted_to(text)  # ("I declined … and was promoted to X": up)
                if promoted and self.vocab.is_role_title(promoted):
                    self.out.add("leads_to", promoted, no)
            for no, text in report.account if own else ():
                earlier = earlier_job(text)
                if earlier and self.vocab.is_role_title(earlier) and not self.own_card(earlier):
                    self.out.add("moves_in", earlier, no)  # "I had been an Escrow Assistant"
                for name in answer_skills(text):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TECHNICAL, no)
        for company, title, pay, no in salary_rows(lines):
            own = self.own_card(title)
            if own:
                self.out.add("employers", company, no)
            self.interview_pay(title, own, pay, no)
        for no, text in lines:
            if answer_line(text):  # "Example answer: I used EMIS Web every day …"
                for name in answer_skills(text.partition(":")[2]):
                    if not self.not_tool(name):
                        self.out.skill(name, SkillKind.TOOL, no)

    def interview_pay(self, title: str, own: bool, text: str, no: int) -> None:
        """An offer or a company's average for ``title``: the role's own at the title's level
        when ``own``, else that title's."""
        for money in find_amounts(text, dollar=self.dollar, home=self.home, period=self.period):
            self.out.salary(SalaryRange(
                level=salary_level(title) if own else None, label=title,
                currency=money.currency, min=money.low, max=money.high,
                open_ended=money.open_ended, period=money.period,
                role=None if own else title, source=self.out.source(no)))
        self.out.use(no)

    def job_cards(self) -> None:
        """The facts of job cards (:mod:`careergraph.guides.listings`): a card titled by the
        role at any level or grade is an opening of it (its company employs the role, its pay
        is the role's own); another title's card owns its pay.  The board's and the mail's
        chrome is read as nothing."""
        for no, text in self.family_chrome.items():
            self.out.content(no, text)
            self.out.use(no)
        cards = [(card.title, card.line, card.company, card.place, card.pay)
                 for card in (self.listing.cards if self.listing is not None else [])]
        cards += [(title, no, None if company is None else (company, no), place, [(no, pay)])
                  for no, (title, place, pay, company) in self.line_cards]
        for title, line, company, place, pay in cards:
            owners = card_owners(title, self.own_card)
            if company is not None and _BRACKETED.sub("", company[0]).strip().rstrip(
                    ". ").rpartition(" ")[2][:1].islower():
                company = None  # (rules50b) "Opryland-area resort": a kind of site, no name
            if company is not None and any(owner is None for _, owner in owners):
                self.out.add("employers", _BRACKETED.sub("", company[0]).strip(), company[1])
            elif company is not None:
                self.other_cards.append((title, _BRACKETED.sub("", company[0]).strip(),
                                         company[1]))
            for no, text in pay:
                if week_estimate(text):
                    continue  # (rules54b) "Est. $2,640/wk": a package's total, no pay
                for money in find_amounts(text, dollar=self.dollar, home=self.home,
                                          period=self.period):
                    for named, owner in owners:
                        self.out.salary(SalaryRange(
                            level=salary_level(named) if owner is None else None, label=title,
                            region=place, currency=money.currency, min=money.low,
                            max=money.high, open_ended=money.open_ended, period=money.period,
                            role=owner, source=self.out.source(no)))
            self.out.use(line)
        for name, no in self.listing.sectors if self.listing is not None else []:
            self.out.add("sectors", name, no)
        stacked = self.listing is not None and self.listing.stacked
        for card in self.listing.cards if self.listing is not None else []:
            title = card.title if stacked else self.talent_title(
                card.title, card.snippet)  # (a digest's listing is titled by its job)
            self.card_snippet(title, card.snippet)
            if stacked and all(owner is not None for _, owner in card_owners(
                    title, self.own_card)):
                # (a digest's listing of another title: its duties are that job's)
                self.other_snippets |= {no for no, _ in card.snippet}
            if card.chips and any(owner is None for _, owner in card_owners(
                    title, self.own_card)):
                for no, chip in card.chips:  # a talent card's skill chips, on the role's card
                    self.out.skill(chip, SkillKind.TECHNICAL, no)
        for name, no in self.mail.employers if self.mail is not None else []:
            self.out.add("employers", name, no)  # the recruiter's client
        for no, duty in self.mail.duties if self.mail is not None else []:
            for skill in [*snippet_skills(duty), *duty_nouns(duty)]:  # the outreach's duties
                self.out.skill(skill, SkillKind.TECHNICAL, no)

    def classified_facts(self) -> None:
        """The facts of a classified page's ads (:mod:`careergraph.guides.classified_ads`):
        each figure is the pay of every title its headline names (the role's at the
        headline's level), a rent is none; the role's ads name their advertisers as
        employers, where applicants come from as moves in, a trainee's or apprentice's ad
        the rung below the role and an experienced one's second title the rung above."""
        spans = ad_spans(self.ads, self.printed)
        role = self.role or ""
        for ad in self.ads:
            lines, text = spans[ad.line]
            self.ad_lines.update(lines)
            owners = [(title, None if self.own_card(title) else title) for title in ad.titles]
            for money in [] if rented(ad, text) else find_amounts(
                    text, dollar=self.dollar, home=self.home, period=self.period):
                for title, owner in owners:
                    self.out.salary(SalaryRange(
                        level=ad.level if owner is None else None, label=title,
                        currency=money.currency, min=money.low, max=money.high,
                        open_ended=money.open_ended, period=money.period, role=owner,
                        source=self.out.source(ad.line)))
            if rented(ad, text) or all(owner is not None for _, owner in owners):
                continue  # another job's ad: its advertiser and applicants are that job's
            for name in ad_employers(text):
                self.out.add("employers", name, ad.line)
            for name in ad_origins(text):
                self.out.add("moves_in", name, ad.line)
            for skill in [*ad_skills(text), *ad_lists(text)]:  # "Must do fades, tapers."
                self.out.skill(skill, SkillKind.TECHNICAL, ad.line)
            if ad.level in _LEARNER_LEVELS:
                self.out.progression([(f"{ad.level} {role}", ad.line), (role, ad.line)])
            elif ad.level == "Senior":
                for _, owner in owners[1:2] if owners[0][1] is None else ():
                    if owner is not None:  # "EXP'D BARBER / SHOP MANAGER": the rung above
                        self.out.progression([(role, ad.line), (owner, ad.line)])

    def mentor_facts(self, path: MentorPath) -> None:
        """A mentor profile's jobs, earliest first, up to the current one (the role, however
        the headline words it) and the goal above it; the current employer employs the role
        (:mod:`careergraph.guides.mentor`)."""
        if len(path.ladder) >= 2:  # (one job alone is no ladder)
            current = {path.current, path.headline[0] if path.headline else None}
            self.out.progression([(self.role if title in current and self.role else title,
                                   no) for title, no in path.ladder])
        if path.employer is not None:
            self.out.add("employers", *path.employer)
        for title, no in path.arrivals:  # "my mentees come in as Registrars"
            if not self.own_card(title):
                self.out.add("moves_in", title, no)

    def history_facts(self, history: CareerHistory) -> None:
        """A profile's dated career history (:mod:`careergraph.guides.career_history`) where
        one of its jobs is the role: the jobs, earliest first, are a ladder (a job of another
        kind right before the role's first is a move in); the employers of the role's jobs
        and of jobs of its kind (a "Staff Interpreter" for a conference interpreter) employ
        the role, an earlier employer of a different job does not."""
        jobs = history.jobs
        first = next((k for k, job in enumerate(jobs) if self.own_job(job.title)), None)
        if not self.role or first is None:
            return
        words = set(self.role.lower().split())
        jobs = tuple(job for k, job in enumerate(jobs) if k <= first or not (
            job.current and not words & set(job.title.lower().split())))
        # (a post held now beside the role, of another kind: "2021–  Consultant: leads
        # teams for clients' events" on an engineer's profile, no rung of its ladder)
        head = self.role.split()[-1].lower()
        if first and jobs[first - 1].title.split()[-1].lower() != head:
            # "Sound Engineer" right before "Graduate Acoustic Consultant": a move into the
            # role (the jobs before it a path of their own), not its lowest rung
            self.out.add("moves_in", jobs[first - 1].title, jobs[first - 1].line)
            if first >= 2:
                self.out.progression([(job.title, job.line) for job in jobs[:first]])
            jobs = jobs[first:]
        if len(jobs) >= 2:
            self.out.progression([(self.job_title(job.title), job.line) for job in jobs])
        for job in jobs:
            if job.firm and (self.own_job(job.title) or job.title.split()[-1].lower() == head):
                self.out.add("employers", job.firm, job.line)
            for client in job.clients if self.own_job(job.title) else ():
                self.out.add("employers", client, job.line)  # a freelancer's named client

    def own_job(self, title: str) -> bool:
        """A history's job that is the role, or the role with another hat ("Voice Actor &
        Owner" of the freelancer's own studio) or worked freelance ("Freelance patent
        illustrator")."""
        return self.own_card(title) or self.own_card(self.job_title(title))

    def job_title(self, title: str) -> str:
        """A history job's title as a rung: the role's part of a title with another hat
        ("Voice Actor & Owner": Voice Actor), the role worked freelance without the word
        ("Freelance patent illustrator": patent illustrator); other titles as printed."""
        part = title.split(" & ")[0].strip() if " & " in title else title
        bare = _FREELANCE.sub("", part)
        if bare == title or not self.own_card(bare):
            return title
        return self.role if self.role and bare.lower() == self.role.lower() else bare

    def step_facts(self, steps: HowtoSteps) -> None:
        """A how-to article's path and skills (:mod:`careergraph.guides.howto`): feeders into
        the rung they lead to, each rung into the role, the tools and subjects of the steps."""
        for before, after, no in steps.edges:
            self.out.progression([(before, no), (after, no)])
        for rung, no in steps.rungs:
            if self.role and not self.own_card(rung):
                self.out.progression([(rung, no), (self.role, no)])
        for title, no in steps.moves_in:
            if not self.own_card(title):
                self.out.add("moves_in", title, no)
        for name, no in steps.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        for name, no in steps.employers:  # "tiling contractors like A, B and C"
            self.out.add("employers", name, no)
        for name, no in steps.sectors:
            self.out.add("sectors", name, no)

    def card_snippet(self, title: str, snippet: Sequence[tuple[int, str]]) -> None:
        """The facts of a card's snippet (:mod:`careergraph.guides.card_snippets`): on the
        role's card its duties' skills, the next step (up) and the other titles it welcomes
        (in); on another title's card, the role's holders it welcomes move across to it."""
        owners = card_owners(title, self.own_card)
        own = any(owner is None for _, owner in owners)
        for no, text in joined_snippet(list(snippet)):
            moves = snippet_moves(text)
            for person in moves["welcomed"]:
                named = prose_title(person, self.vocab)
                if named is None:
                    continue
                if self.own_card(named) and not own:
                    for _, other in owners:  # the role's holders welcome on another card
                        self.out.add("transitions_to", other or title, no)
                elif own and not self.own_card(named):
                    self.out.add("moves_in", named, no)
            if not own:
                continue
            # ("Path to Senior X" on the card of X itself: the role a level up is a move)
            exact = any(owner is None and fact_key(part) == fact_key(self.role)
                        for part, owner in owners)
            for held, firm in snippet_jobs(text):  # "… as a guide dog trainer with X"
                if self.own_card(title_case(held)):
                    self.out.add("employers", firm, no)
            for person in moves["earlier"]:  # the card holder's earlier job: a move in
                named = prose_title(person, self.vocab) or title_case(person)
                if not self.own_card(named):
                    self.out.add("moves_in", named, no)
            for named in moves["up"]:
                if self.vocab.is_role_title(named) and (not self.own_card(named) or (
                        exact and fact_key(named) != fact_key(self.role))):
                    self.out.add("leads_to", named, no)
            for skill in [*snippet_skills(text), *listed_skills(text), *colon_skills(text)]:
                self.out.skill(skill, SkillKind.TECHNICAL, no)

    def course_read(self, rows: Sequence[_Row]) -> list[_Row]:
        """The facts of a course or certification-pathway page
        (:mod:`careergraph.guides.course`); the rows left to the other rules."""
        assert self.course is not None
        course = self.course
        for name, no in course.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        buckets: tuple[tuple[Bucket, list[tuple[str, int]]], ...] = (
            ("leads_to", course.moves_up), ("moves_in", course.moves_in),
            ("employers", course.employers), ("sectors", course.sectors))
        for bucket, found in buckets:
            for name, no in found:
                self.out.add(bucket, name, no)
        for band, no in course.pay:
            self.out.salary(SalaryRange(**band.model_dump(), source=self.out.source(no)))
        for name, no in course.aliases(self.role) if self.role else ():
            self.out.add("aliases", name, no)
        for title, money, no in course.titled_pay:  # the role's own, or another title's
            self.owned_pay(no, title, money.low, money.high, money)
        for no in course.lines | course.breaks:
            self.out.use(no)
        # (a learner's wage row is no rate of a union schedule, "Age 18" no rung)
        self.schedule = [rate for rate in self.schedule if rate.line not in course.lines]
        kept: list[_Row] = []
        for row in rows:
            if row.no in course.breaks:  # a section's or a level's heading: ends a section
                if not kept or kept[-1].no != row.no:
                    kept.append(_Row(row.no, row.text, False, row.text, kind=Kind.OTHER,
                                     top=True))
            elif row.no not in course.lines:
                kept.append(row)
        return kept

    def rubric_read(self, rows: Sequence[_Row]) -> list[_Row]:
        """The facts of a promotion rubric (:mod:`careergraph.guides.rubric`); the rows left
        to the other rules.  A spine's band is the role's own at a level or another
        title's."""
        assert self.rubric is not None
        for name, no in self.rubric.skills:
            self.out.skill(name, SkillKind.TECHNICAL, no)
        for ladder in self.rubric.ladders:
            self.out.progression(ladder)
        for name, no in self.rubric.employers:
            self.out.add("employers", name, no)
        for title, band, no in self.rubric.pay:
            bare = _TRAILING_ASIDE.sub("", title)  # "Team Leader (Horticulture)"
            # ("G1 Graduate Geologist": a graduate, like a trainee, is the role at a rung)
            own = self.own_title(bare) or (self.own_title(bare.split(" ", 1)[-1]) and (
                bare.split(" ", 1)[0].lower() in _ENTRY_RUNGS))
            for money in find_amounts(band, dollar=self.dollar, home=self.home,
                                      period=self.period):
                self.out.salary(SalaryRange(
                    level=salary_level(title) if own else None, label=title,
                    currency=money.currency, min=money.low, max=money.high,
                    open_ended=money.open_ended, period=money.period,
                    role=None if own else singular_title(bare), source=self.out.source(no)))
        for no in self.rubric.lines:
            self.out.use(no)
        return [row for row in rows if row.no not in self.rubric.lines]

    def graduate_paths(self) -> None:
        """Each graduate's "Path: A, Firm > B, Firm" on an alumni page
        (:mod:`careergraph.guides.graduate_paths`): its titles in order are a ladder, and the
        firm of a step that is the role, at any level, employs the role."""
        for path in graduate_paths(sorted(self.printed.items())):
            self.out.progression([(title, path.line) for title, _ in path.steps])
            for title, employer in path.steps:
                if employer is not None and self.own_card(title):
                    self.out.add("employers", employer, path.line)

    def next_job_moves(self, rows: Sequence[_Row]) -> None:
        """The job a leaver's note says its writer leaves for ("I've accepted a GIS Analyst
        position …"): a move from the role, unless it is the role again elsewhere; the
        organisation the writer leaves employs the role."""
        for row in rows:
            title = next_job(row.full or row.text)
            if title is not None and not self.own_card(title):
                self.out.add("transitions_to", title, row.no)
            left = left_employer(row.full or row.text)
            if left is not None:  # "I'm leaving Marlow County Public Works on Dec 12"
                self.out.add("employers", left, row.no)

    def survey_moves(self, rows: Sequence[_Row]) -> None:
        """The next job an exit survey's answer names (:func:`survey_next_jobs`): a move from
        the role, up when the leaver calls it a step up; the answer's pay is that job's."""
        for title, up, lines in survey_next_jobs(
                [(row.no, row.full or row.text, bool(row.heading)) for row in rows]):
            if self.own_card(title):
                continue  # (the role again elsewhere: no move)
            self.out.add("leads_to" if up else "transitions_to", title, lines[0])
            self.adverts.update(dict.fromkeys(lines, title))

    def author_path(self, rows: Sequence[_Row]) -> None:
        """A career post's own path (:func:`careergraph.guides.story.author_path`) is a ladder
        ending at the role; its earlier jobs are then no moves up or across from the role."""
        spoken = (self.speech.spoken if self.speech is not None
                  else self.deck.notes if self.deck is not None else frozenset())
        if self.out.role_signal != "headline" and not spoken:
            return  # only a post titled by its story ("From A to B", "why I became B")
        start = next((origin for row in rows[:_STORY_TOP]
                      if (origin := story_origin(row.text)) is not None), None)
        prose = [row for row in rows if not row.heading and not row.bullet
                 and (not spoken or row.no in spoken)]  # a transcript: the speech only
        path = author_path([row.text for row in prose], self.role, self.vocab, start)
        if not path:
            return
        line = prose[0].no if prose else 1
        self.out.progression([(rung, line) for rung in path])
        earlier = {fact_key(rung) for rung in path[:-1]}
        for bucket in ("leads_to", "transitions_to"):
            self.out.lists[bucket] = [f for f in self.out.lists[bucket]
                                      if fact_key(f.text) not in earlier]
        # the story's own sentences ("I was a line cook for six years") move in no further;
        # a feeder named elsewhere ("Library technicians are our biggest feeders") still does
        told = {row.no for row in prose if re.search(r"\bI\b", row.text) and any(
            rung.lower() in row.text.lower() for rung in path[:-1])}
        self.out.lists["moves_in"] = [
            f for f in self.out.lists["moves_in"] if fact_key(f.text) not in earlier
            or f.source is None or f.source.line not in told or any(
                row.no not in told and f.text.lower() in row.text.lower() for row in rows)]
        # "I started as a library technician at a public library": where an earlier job was
        # done is no sector of the role
        texts = {row.no: row.text.lower() for row in prose if row.no in told}
        self.out.lists["sectors"] = [
            f for f in self.out.lists["sectors"] if f.source is None
            or f.source.line not in texts or not re.search(
                rf"\bat (?:an?|the) {re.escape(f.text.lower())}\b", texts[f.source.line])]

    def step_ends_list(self, text: str) -> bool:
        """``text`` is a how-to's next step ("Step 3: Apply for your certificate") after a
        step about what to study: it ends that list (a step naming a rung or a skills
        section does not)."""
        step = _STEP_LINE.match(text) if self.kind in _SKILL_KINDS else None
        return step is not None and classify_heading(
            step.group(1), self.vocab.headings) not in _SKILL_KINDS and not (
            self.vocab.is_role_title(step.group(1)))

    def end_lead_block(self) -> None:
        """A list of names under a lead-in sentence ("Industries where you could do this
        work:"), or the value of a panel's label, is the block of lines under it: a blank
        line ends it."""
        self.lead_block = False
        self.kind = self.top = Kind.OTHER

    def flush_cards(self) -> None:
        """Grade cards in rising order, each with its "Typical roles": the card naming the
        page's role is its grade; the roles of the cards below lead into it, those above
        are where it leads."""
        own = next((index for index, (titles, _) in enumerate(self.cards)
                    if any(_same_role(title, self.role) for title in titles)), -1)
        for index, (titles, line) in enumerate(self.cards if own >= 0 else ()):
            if index != own:
                for title in titles:
                    self.out.add("moves_in" if index < own else "leads_to", title, line)
