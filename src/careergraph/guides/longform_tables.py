"""Tables and grids for the long-form parser: pay tables and cells, column, region
and cell tables, period grids, wage schedules and delimited tables.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from careergraph.guides.amounts import column_terms, find_amounts, find_money
from careergraph.guides.builder import fact_key
from careergraph.guides.company_forms import NOT_AFTER_FORM
from careergraph.guides.delimited import band_joined, title_core, title_named
from careergraph.guides.dev_plans import DevPlan
from careergraph.guides.employer_kinds import employer_kind_rows
from careergraph.guides.grade_columns import grade_columns
from careergraph.guides.heading_data import document_nouns, word_lists
from careergraph.guides.items import bracket_names
from careergraph.guides.league_rows import league_rows, place_of, ranked_employers
from careergraph.guides.listing_strip import own_posting, rung_brackets, strip_postings
from careergraph.guides.longform_ladders import LadderMixin
from careergraph.guides.longform_lines import _panel_kind, _Row
from careergraph.guides.longform_patterns import (
    _ENTRY_RUNGS,
    _LEVEL_WORDS,
    _MIN_TABLE_RUNGS,
    _NAME_BUCKETS,
    _SPECIALISM_TAIL,
    _TRAILING_ASIDE,
    _base_key,
    _occupation_cell,
    _other_bracket,
    _pay_key,
    _table_title,
    learner_after,
)
from careergraph.guides.longform_pay import _graded_cell_title
from careergraph.guides.market_rates import market_rates
from careergraph.guides.money_grammar import label_period, stated_period
from careergraph.guides.move_items import ladder_step
from careergraph.guides.not_pay import is_not_pay
from careergraph.guides.page_money import quoted_by_month
from careergraph.guides.panels import dash_label, header_cells, number_cell
from careergraph.guides.pay_columns import (
    CellPay,
    StaffPay,
    cell_rows,
    column_pay,
    region_rows,
    staff_rows,
)
from careergraph.guides.period_grid import period_rows, place_rows
from careergraph.guides.roles import practitioner_noun, singular_title, title_case
from careergraph.guides.salary import read_salaries, salary_level
from careergraph.guides.section_kinds import _SKILL_KINDS, Kind, classify_heading
from careergraph.guides.spaced_pay_table import grade_titles
from careergraph.guides.stage_matrix import StageMatrix
from careergraph.guides.step_grids import step_pay
from careergraph.guides.step_tables import step_rows
from careergraph.guides.survey_rows import survey_rows
from careergraph.guides.table_facts import cell_titles, table_facts
from careergraph.guides.text import clean
from careergraph.guides.title_frames import firm_named
from careergraph.guides.unit_columns import unit_rows
from careergraph.guides.vacancy_matches import vacancy_header, vacancy_line, vacancy_row
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wage_schedule import schedule_ladder, schedule_rates
from careergraph.lexicon import bundled_level_words
from careergraph.model import SalaryRange, SkillKind, money_amount

# A cell that ends a sentence (not an abbreviation of a company's form: "Ltd.", "Inc.").
_SENTENCE_END = re.compile(rf"{NOT_AFTER_FORM}[.!?:]$|[.!?:]\s")
_NAME_WORDS = 6
_HOURLY_CAP = 200  # a step table's hourly rates stay below this
_SERIES_CLASSES = 2  # a series: one title numbered in this many classes or more
_CLASS_NUMBER = re.compile(r"\s+(?:[IVX]{1,4}|\d)$")  # a class's number ("Operator II")
_PROSE_CELL = 5  # words of a table cell that holds a sentence
# Cells of a line printed in columns: set apart by a tab or by two spaces or more.
_SPACED_CELLS = re.compile(r"\t+\s*|\s{2,}")
# A heading stating the period of the table under it ("Pay (pay matrix, per month)").
_PER_PERIOD = re.compile(r"\b(?:per|a)\s+(hour|week|month|year|annum)\b", re.IGNORECASE)
_CAPTION_WORDS = 12  # a caption, not a paragraph
_BRAND = re.compile(r"[a-z][A-Z]")  # a name opened in lower case ("iZotope RX", "eBay")
_MIN_CHIPS = 3  # cells of a row of chips ("A   B" may be a label and its value)
_MENU_MARKS = ("▾", "▼", "›", "☆", "★", "♡")
# A pay-range table's row naming its grade and then its title ("Grade 12 — Operator I").
_GRADED_ROW = re.compile(r"(?P<grade>(?:Grade|Band|Level|Range|Class)\s+\w{1,4})\s*[—–-]\s*"
                         r"(?P<title>\S.*)$")
_ROW_ASIDE = re.compile(r"\s*\([^()]*\)")  # ("Apprentice Arborist (yr 3–4)", "(AQF 3)")
# A row of the role's own by experience or for all its holders ("0–2 years", "11+ years",
# "Less than 5 years", "All archivists").
_EXPERIENCE_ROW = re.compile(r"\b(?:years?|yrs?)\b|^(?:all|under|over|less than|more than)\b",
                             re.IGNORECASE)
_SIGNS = {"€": "EUR", "£": "GBP"}  # (a "$" is the page's dollar)
# The role's title, a dash and what qualifies the row ("Director of X – Bachelor's").
_QUALIFIED_ROW = re.compile(r"(.+?)\s+[–—-]\s+(\S.{0,30})")
_GRADE_NUMERAL = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})$")


# Columns a table header can name: their cells are names of that kind.
_COLUMN_KINDS = frozenset({Kind.SECTORS, Kind.EMPLOYERS, Kind.SKILLS, Kind.TOOLS, Kind.SALARY})
# (rules56b) A cell's own field label naming the post ("Post: X", "Job title: X").
_POST_LABEL = re.compile(r"^(?:post|position|job\s+title|post\s+title|role)\s*:\s*(?=[A-Z])",
                         re.IGNORECASE)
_TITLE_COLUMNS = frozenset({"position", "title", "role", "job title", "job", "role title"})
_GRADE = re.compile(r"(.+?)\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})")
_LEVEL_CODE = re.compile(r"[A-Z]{1,4}\d{0,2}")


def _graded_title(cell: str, vocab: Vocabulary) -> str | None:
    """The role title of a level table's cell, its grade kept ("Junior Data Analyst II",
    "Quality Engineer 1" from "QE1 - Quality Engineer 1"); None for other cells.

    >>> from careergraph.lexicon import load_lexicon
    >>> v = Vocabulary.from_lexicon(load_lexicon())
    >>> _graded_title("QE1 - Quality Engineer 1", v), _graded_title("Junior", v)
    ('Quality Engineer 1', None)
    """
    text = clean(cell)
    coded = dash_label(text)
    if coded is not None and _LEVEL_CODE.fullmatch(coded[0]):
        text = coded[1]
    graded = _GRADE.fullmatch(text)
    return text if vocab.is_role_title(graded.group(1) if graded else text) else None
_TITLE_COMMA = re.compile(r",(?:\s+[A-Z][a-z]+){1,3}")  # "…, Rehabilitative Services"


def _shared_tail(title: str) -> str:
    """One post whose two heads share a tail: "Chief / Head of Medical Physics" is the Head
    of Medical Physics (the first head alone names no post).

    >>> _shared_tail("Chief / Head of Medical Physics"), _shared_tail("Clerk / Typist")
    ('Head of Medical Physics', 'Clerk / Typist')
    """
    match = _SHARED_TAIL.match(title)
    return match.group(1) if match else title


_SHARED_TAIL = re.compile(r"^[A-Z][a-z]+\s*/\s*([A-Z][a-z]+\s+of\s+\S.*)$")


_PLAN_LEVELS = frozenset({"trainee", "junior", "senior", "lead", "principal", "assistant"})



# A row label that is a post in lower case ("XNK team leader", "Import-export manager"): two
# to four plain words ending in a worker noun.
_WORKER_ROW = re.compile(r"[A-Za-z][\w-]*(?: [a-z][\w-]*){1,3}")


# A wage table's two columns for one title's pay as a newcomer and as an old hand.
def _slash_row(label: str, role: str) -> bool:
    """A pay row's title cell of names split by slashes, each short and capitalised, none
    the role and one a worker ("Nipper / Service Crew"): one other post's row, however
    unknown its names."""
    parts = [part.strip() for part in label.split(" / ")]
    levels = bundled_level_words(single=True)  # ("Junior / Senior": the role's levels)
    return len(parts) <= _SLASH_PARTS and all(
        part[:1].isupper() and 0 < len(part.split()) <= _SLASH_WORDS and not any(
            ch.isdigit() for ch in part) and fact_key(part) != fact_key(role) for part in parts
    ) and any(practitioner_noun(part.split()[-1]) and part.split()[-1].lower() not in levels
              for part in parts)


_SLASH_PARTS = 3
_SLASH_WORDS = 3
# A name in a title column's cell: a capitalised word, then up to three words of letters
# ("Jointer's mate", "Traffic marshal", "Ganger"); no figures, no sentence.
_PAY_HEAD = re.compile(r"\b(?:rate|pay|salary|wage|earnings)", re.IGNORECASE)
_COLUMN_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3}")


def _first_name(label: str) -> str:
    """The first of a slash row's names: the rung's name, the rest its other spellings (the
    fixtures' convention, settled in stop 55).

    >>> _first_name("Nipper / Service Crew")
    'Nipper'
    """
    return label.split(" / ", 1)[0].strip()


def _worker_row(label: str) -> bool:
    """A pay table's row label naming another post by its worker noun, no experience band
    ("1 - 3 years") or level word ("Fresher / intern").

    >>> _worker_row("Import-export manager"), _worker_row("1 - 3 years"), _worker_row("Fresher")
    (True, False, False)
    """
    return bool(_WORKER_ROW.fullmatch(label)) and practitioner_noun(
        label.rpartition(" ")[2], strict=False) and not label.lower().endswith(" level")

# Seniority words before an alias that keep it the role ("Assistant Unit Manager").
_ALIAS_LEVELS = _ENTRY_RUNGS | _LEVEL_WORDS | {"assistant"}


def _worker_title(title: str) -> bool:
    """A capitalised title of one to four words ending in a worker noun ("Stockperson",
    "Section Head" is none, "Yard Hand" is one)."""
    words = title.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and practitioner_noun(
        words[-1])


# A markdown table's rule under its header row: "---|---|", "| :--- | ---: |".
_HEADER_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?(?:-{3,}:?)?\s*")
def _unshouted(title: str) -> str:
    """(carry51) A title printed in capitals in Title Case ("DATA ANALYST" -> "Data
    Analyst"), a filings table's cell as its owner; any other as printed."""
    # (words of three letters or more only: "SENIOR RN" keeps its acronym as printed)
    return title_case(title.lower()) if title.isupper() and " " in title and all(
        len(word) > 3 for word in title.split()) else title


_HEADER_CELL_WORDS = 5  # words of a column header's cell at most ("Median Annual Wage (2024)")


# A priced cell's title before its figure, less a run-in label and lower-case words after
# it ("Pay: Process Operator", "Shift Supervisor salaried", "Site Engineer from").
_CELL_LABEL = re.compile(r"^[A-Z][\w ]{0,20}:\s+")
_CELL_TITLE = re.compile(r"^[A-Z][\w&'’/-]*(?:\s+(?:[A-Z(][\w&'’/()-]*|of|and|&))*")
# What may stand between a cell's title and its figure: a word or two of its kind ("from",
# "salaried", "up to"), after an age band the rate is for (rules45b: "Ride Operator 18+
# £12.65 per hour | Ride Operator aged 16–17 £10.20 per hour": the role's rates by age).
_CELL_BETWEEN = re.compile(r"\s*(?:(?:(?:aged|under|over)\s+\d{2}(?:\s*[–-]\s*\d{2})?\+?"
                           r"|\d{2}(?:\+|\s*[–-]\s*\d{2}))\s+)?(?:[a-z]+\s+){0,2}")
# Words of an extra after a figure ("+ van or car allowance", "+ shift allowance"): no
# open-ended "from" figure.
# (carry45) A cell's age band with no title before its figure ("18+ £12.92/hr", "16–17 …").
_AGE_BAND_CELL = re.compile(r"\s*(?:aged\s+)?(?:\d{2}\s*\+|\d{2}\s*[–-]\s*\d{2}|under\s+\d{2})\s*")
_PLUS_EXTRA = re.compile(r"\s+\+\s+(?=[a-z])")
_TITLED_CELLS = 2  # cells of a line of titled pay at least (a priced one after its title)


# (carry37) A fee column's own header, bare: the fee paid for the stretch of work a cell
# states ("Poll Clerk | £195.00 for the day") is that row's pay.
_WORK_FEES = frozenset({"fee", "fees", "day fee", "daily fee", "fee per day", "rate"})
# (rules49a) A market-pricing table's percentile columns ("Level | P25 | P50 | P75 | Total
# cash P50", "Market data | Lower quartile | Median | Upper quartile"): the median is each
# row's point; the other percentiles printed in their own columns are no band and no pay, and
# total cash (base with bonus and overtime) is no pay.
_MEDIAN_HEAD = re.compile(r"^(?:base\s+)?(?:median|p50|50th(?:\s+percentile)?)$", re.IGNORECASE)
_OTHER_PERCENTILE_HEAD = re.compile(
    r"^(?:base\s+)?(?:p(?:10|25|75|90)|(?:10|25|75|90)th(?:\s+percentile)?|(?:lower|upper|first|"
    r"third|bottom|top)\s+quartile|lq|uq|q1|q3)$|\btotal\s+(?:cash|comp\w*|remuneration)\b",
    re.IGNORECASE)


def percentile_columns(header: Sequence[str]) -> frozenset[int] | None:
    """(rules49a) The indices of a pipe table's columns to leave unread when its header
    prints a median column beside other percentiles' columns (P25, P75, the quartiles) or
    total cash: those columns are no pay of their own; None when the header is no such
    table (no median column, or no other percentile column beside it).

    >>> sorted(percentile_columns(["Level", "P25", "P50", "P75", "Total cash P50"]) or [])
    [1, 3, 4]
    >>> print(percentile_columns(["Post", "Minimum", "Maximum"]))
    None
    """
    if not any(_MEDIAN_HEAD.match(head.strip()) for head in header) or (
            header and (_MEDIAN_HEAD.match(header[0].strip())
                        or _OTHER_PERCENTILE_HEAD.search(header[0].strip())
                        or re.match(r"\d{1,2}th\b", header[0].strip()))):
        return None  # (a label column first: "| 10th | 25th | Median |…" is one distribution,
        # its quartiles kept as they were read)
    others = frozenset(index for index, head in enumerate(header)
                       if _OTHER_PERCENTILE_HEAD.search(head.strip()))
    return others or None
# (rules42c) ``billed_columns`` in ``data/headings.yaml``: a charge column's words, a worker's
# pay column's words.
_BILLED = word_lists("billed_columns")


def _charged_column(header: str, headers: Sequence[str]) -> bool:
    """(rules42c) A price schedule's charge column beside the worker's pay column ("Pay rate
    to worker (per day) | Agency fee | Charge rate"): the client's charge is the pay plus the
    fee, no pay.  A charge column with no pay column beside it (a rate card) is the grade's.

    >>> heads = ["Role", "Pay rate to worker (per day)", "Agency fee", "Charge rate (per day)"]
    >>> _charged_column(heads[3], heads), _charged_column(heads[1], heads)
    (True, False)
    >>> _charged_column("Charge rate", ["Grade", "Charge rate"])
    False
    """
    head = header.lower()
    if not any(word in head for word in _BILLED.get("charge", ())):
        return False
    return any(word in other.lower() for other in headers if other != header
               for word in _BILLED.get("worker_pay", ()))


# (fixes73) A cell opening with a title, its grade in brackets and a colon before its figure
# ("Senior Academic Adviser (Grade 60): 53,900 - 75,400").
_TITLED_CELL = re.compile(r"([A-Z][\w'’&/ -]{2,60}?)(?:\s*\(([^()]{1,30})\))?\s*:\s+")
_ROMAN_GRADE = re.compile(r"\s+(?:I{1,3}|IV|V)$")


# (rules51a) A roman grade as a word, in any case ("Ii" after title-casing capitals).
_ROMAN_WORD = re.compile(r"\b(?i:i{1,3}|iv|vi{0,3}|ix)\b(?=[\s,)]|$)")


def _graded_own(title: str, role: str) -> bool:
    """Whether ``title`` is the role itself, bare or at a roman grade ("Academic Adviser I").

    >>> _graded_own("Fleet Scheduler II", "Fleet Scheduler")
    True
    >>> _graded_own("Senior Fleet Scheduler", "Fleet Scheduler")
    False
    """
    return fact_key(_ROMAN_GRADE.sub("", title)) == fact_key(role)

class TableMixin(LadderMixin):
    """Read tables and grids: pay cells, columns, schedules."""

    def titled_pay_cells(self, row: _Row, item: str) -> bool:
        """A line of openings' pay, one title and its figure a cell ("Site Engineer £36,000
        – £44,000 | Section Engineer £47,000 – £54,000"), as an exhibitor's or a board's
        entry prints it: each figure is its cell's title's (the role's at its level when
        the title is the role's, an alias's, or the role with a level word)."""
        cells = [cell.strip() for cell in item.split("|")]
        priced: list[tuple[str, str]] = []
        for cell in cells:
            money = find_money(cell, home=self.home)
            if money is None:
                continue
            unlabelled = _CELL_LABEL.sub("", cell)
            head = _CELL_TITLE.match(unlabelled)
            at = unlabelled.find(cell[money.start:money.end])
            if self.role and at > 0 and _AGE_BAND_CELL.fullmatch(unlabelled[:at]):
                # (carry45) "Pay: 18+ £12.92/hr | 16–17 £10.92/hr | Games Team Leader …": an
                # age band alone before the figure is the role's own rate at that age
                priced.append((self.role, unlabelled[at:]))
                continue
            if head is None or head.end() > at or not _CELL_BETWEEN.fullmatch(
                    unlabelled[head.end():at]):
                # a figure without its title, or a phrase between ("Median full-time
                # starting salary A$66,000", "Technician — Osmangazi (35.000 TL)")
                return False
            # ("from £38,000": the words before the figure say what kind it is)
            priced.append((head.group(0).strip(), _PLUS_EXTRA.split(unlabelled[head.end():])[0]))
        if not priced or len(cells) < _TITLED_CELLS or not all(
                self.own_opening(title) or self.vocab.is_role_title(title)
                or practitioner_noun(title.split()[-1]) for title, _ in priced):
            return False
        for title, figure in priced:
            own = self.own_opening(title) or self.own_opening(re.sub(r"\s*\([^()]*\)$", "", title))
            for salary in read_salaries(figure, label=title, level=salary_level(title) if own
                                        else None, source=self.out.source(row.no), bare=False,
                                        role=None if own else title, dollar=self.dollar,
                                        home=self.home, period=self.period):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def delimited_tables(self) -> set[int]:
        """The facts of the delimited tables found on the page (a CSV or TSV export, a pipe
        table read by its header row: :mod:`careergraph.guides.table_facts`); the lines
        the tables take.  A row under a header that does not fit it is reported."""
        taken: set[int] = set()
        for table in self.tables:
            taken |= table.lines
            # A vacancy feed's records (an employer column: one vacancy a row) are vacancies
            # for the role however each employer words its title.
            mine = self.feed_title if table.of("employers") else self.own_title
            facts = table_facts(
                table, own=mine, role=self.role,
                skills_of=self.cell_skills,
                is_title=_table_title(self.vocab), known=self.vocab.is_role_title,
                dollar=self.dollar, home=self.home,
                period=self.period)
            for line, cell, money, statistic in facts.pay:
                for title in cell_titles(cell, self.own_title, self.vocab.is_role_title) if (
                        table.titled) else [cell]:
                    # "Band 5 | £31,000 – £37,000" (no title column): the role at a level
                    # (rules34a2: "Clinical Officer Intern", the role at its learner level)
                    learner = learner_after(title, self.role or "")
                    # ((rules51b) "MSL, Haematology": the role with its specialism)
                    own = not table.titled or mine(title) or learner is not None or (
                        "," in title and mine(title_core(title)))
                    self.out.salary(SalaryRange(
                        level=(salary_level(title) or learner) if own else None, label=cell,
                        currency=money.currency, min=money.low, max=money.high,
                        open_ended=money.open_ended, period=money.period,
                        statistic=statistic, source=self.out.source(line),
                        role=None if own else singular_title(_shared_tail(
                            _TRAILING_ASIDE.sub("", _unshouted(title_named(title)))))))
            for line, name in facts.skills:
                self.out.skill(name, SkillKind.TECHNICAL, line)
            for chain in facts.chains:
                self.out.progression(chain)
            for name, line in facts.lateral:
                self.out.add("transitions_to", name, line)
            for name, line in facts.employers:
                self.out.add("employers", name, line)
            for row in table.skipped:
                self.out.warn(row.lines[0], f"table row does not fit its header: {row.reason}")
        for name, line in self.owners:  # the company whose career matrix it is
            self.out.add("employers", name, line)
        return taken | self.matrix_skills()

    def plan_facts(self, plan: DevPlan) -> frozenset[int]:
        """The facts of a development plan form (see :mod:`careergraph.guides.dev_plans`);
        the lines of its bands and of its ladder's goals, read here."""
        for name, line in plan.employers:
            self.out.add("employers", name, line)
        if len(plan.ladder) > 1:
            self.out.progression(plan.ladder)
        for name, line in plan.lateral:
            self.out.add("transitions_to", name, line)
        for name, line in plan.up:
            self.out.add("leads_to", name, line)
        for name, line in plan.skills:  # what its objectives set out to gain
            self.out.skill(name, SkillKind.TECHNICAL, line)
        taken: set[int] = set(plan.goal_lines) if len(plan.ladder) > 1 else set()
        for title, text, line in plan.pay:
            money = find_money(text, home=self.home)
            if money is None:
                continue
            # ("Senior Registrar" on the museum registrar's plan: the role at that level)
            own = title is None or self.own_title(title) or (
                title.split()[0].lower() in _PLAN_LEVELS and title.split()[-1] == (
                    self.role.split()[-1] if self.role else ""))
            self.out.salary(SalaryRange(
                level=salary_level(title) if title and own else None, label=title or "",
                currency=money.currency, min=money.low, max=money.high,
                open_ended=money.open_ended, period=money.period, statistic="range",
                source=self.out.source(line),
                role=None if own or title is None else singular_title(title)))
            taken.add(line)
        return frozenset(taken)

    def stage_facts(self, matrix: StageMatrix) -> frozenset[int]:
        """The facts of a competency matrix by career stage (see
        :mod:`careergraph.guides.stage_matrix`): its stages a ladder, its competencies and
        the names in its cells skills, its pay row each stage's figure; the lines it takes."""
        # (the role's own graded columns, "Scientist I" and "Scientist II", are one rung)
        self.out.progression(self.class_series(list(matrix.stages)))
        for name, line in matrix.skills:
            self.out.skill(name, SkillKind.TECHNICAL, line)
        for title, cell, line in matrix.pay:
            money = find_money(cell, home=self.home)
            if money is None:
                continue
            own = self.own_title(title)
            self.out.salary(SalaryRange(
                level=salary_level(title) if own else None, label=title,
                currency=money.currency, min=money.low, max=money.high,
                open_ended=money.open_ended, period=money.period, statistic="range",
                source=self.out.source(line), role=None if own else singular_title(title)))
        return matrix.lines

    def feed_prose(self) -> dict[int, str]:
        """The sentences of a vacancy feed's description cells ("OutcomeDescription": "On
        completion you … could progress to X"), by their record's line, for the page's
        rules on prose: each record (a row of a table with an employer column) is a vacancy
        for the role, and what it says of the role's pay and moves is the role's."""
        told: dict[int, str] = {}
        for table in self.tables:
            if not table.of("employers"):
                continue
            for row in table.rows:
                cells = [row.cell(column) for column in table.of("describe")]
                prose = " ".join(cell for cell in cells if len(cell.split()) >= _PROSE_CELL
                                 and cell.rstrip()[-1:] in ".!")
                if prose and self.feed_title(row.title):
                    told[row.line] = prose
        return told

    def feed_title(self, title: str) -> bool:
        """``title`` is a vacancy for the role: the role's own title, or one naming the
        role's words in order around the same last word, with an entry word or an aside
        ("Gas Service Engineer", "Gas Engineer Apprentice (Domestic)" for Gas Engineer)."""
        if self.own_title(title):
            return True
        bare = _TRAILING_ASIDE.sub("", title)
        words = [w for w in title_core(bare).lower().split() if w not in _ENTRY_RUNGS]
        wanted = self.role.lower().split()
        if not words or not wanted or words[-1] != wanted[-1]:
            return False
        rest = iter(words)
        return all(word in rest for word in wanted)  # (the role's words, in order)

    def spaced_cells(self, text: str, line: int) -> list[str]:
        """The names a line printed in columns ("Redgum Resources     Tasman Copper"), its
        cells set apart by two spaces or more, when ``text`` is that whole line; else []."""
        raw = self.spaced.get(line, "")
        if not raw or " ".join(raw.split()) != " ".join(text.split()):
            return []
        cells = [cell.strip() for cell in _SPACED_CELLS.split(raw.strip()) if cell.strip()]
        # (every cell a name: "2   FORESTRY CAREERS" is a page number and a running head,
        # "Employers include Acme.  They also …" two sentences)
        return cells if len(cells) >= 2 and all(
            (cell[:1].isupper() or _BRAND.match(cell)) and not cell.isupper()
            and len(cell.split()) <= _NAME_WORDS and not _SENTENCE_END.search(cell)
            for cell in cells) else []

    def chip_row(self, row: _Row) -> list[str]:
        """A skills list's chips printed in a row ("Voice Acting   Audio Editing   iZotope
        RX"), right under a skills heading or another such row (a site's strip of buttons
        elsewhere is no list): its chips, else []."""
        last = self.last_row
        if row.bullet or last is None or not (last.no in self.chip_rows or (
                last.heading and classify_heading(last.heading, self.vocab.headings) in (
                    _SKILL_KINDS))):
            return []
        chips = self.spaced_cells(row.text, row.no)
        if any(mark in row.text for mark in _MENU_MARKS):
            return []  # "Home   Licensing ▾   Forms": a site's menu
        if len(chips) >= _MIN_CHIPS:
            self.chip_rows.add(row.no)
        return chips if len(chips) >= _MIN_CHIPS else []

    def table_cell(self, row: _Row, item: str) -> bool:
        """A cell of a table flattened one cell a line: a score or code ("72"), or the
        header glued together ("ImportanceSkill"); neither names anything."""
        if number_cell(item):
            return True
        cells = header_cells(item, self.vocab.headings.columns) if not row.bullet else None
        if cells is None:
            return False
        self.table_header = cells
        return True

    def vacancy_match(self, row: _Row, item: str, kind: Kind) -> bool:
        """A row of a redeployment match table, or a match letter's vacancy line, under a
        moves heading (:mod:`careergraph.guides.vacancy_matches`): a header is kept; each post
        is a move of the section's kind (unless its outcome rules it out) and owns the pay
        printed on its row."""
        header = vacancy_header(item)
        if header is not None:
            self.vacancy_columns = header
            self.out.use(row.no)
            return True
        if "|" in item:
            matched = vacancy_row(item, self.vacancy_columns) if self.vacancy_columns else None
        else:
            matched = vacancy_line(item)
        if matched is None:
            return False
        if matched.suitable:
            self.moves(kind, matched.title, row.no)
        for cell in matched.pay:
            for salary in read_salaries(cell, label=matched.title, role=matched.title, level=None,
                                        source=self.out.source(row.no), bare=False,
                                        dollar=self.dollar, home=self.home, period=self.period):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def table_row(self, row: _Row, item: str) -> bool:
        """A flattened table row ("L4 | Technical Writer | $82,000 - $108,000 | …"): its
        role (a ladder rung in a ladder section) and the salaries in its cells."""
        if row.no in self.league_lines:
            return True  # a pay league's ranked employer, read by league_table()
        if row.no in self.column_paid and self.out.salaries and any(
                salary.source.line == row.no for salary in self.out.salaries):
            return True  # a unit table's row ("| OIM | £705 | $915 |" under "GBP / day"),
            # read with its columns' units (unit_table)
        cells = [c.strip() for c in item.split("|")]
        if (postings := strip_postings(cells)) is not None:
            self.strip_pay(row, postings)  # "Latest jobs: X, Surrey, £68k | Y, Leeds, £41k"
            return True
        if self.kind is Kind.EMPLOYERS and sum(map(self.vocab.is_role_title, cells)) < 2 and not (
                any(find_money(c, home=self.home) for c in cells)):
            # "Army | Navy | Coast Guard" under "Services hiring": names, one ending like a
            # title, no rung ("See also" / "A Analyst | B Engineer" still lists titles)
            return False
        if self.table_rung(row, cells):
            return True
        if ":" in item and self.titled_cells_pay(row, cells):
            return True
        # ((rules56b) a letter's post line, "Post: X (Council Tax)  |  Grade 6 (…)  |  Your
        # current salary: £…": the field's label is no part of the title)
        found = [t for t in (ladder_step(_POST_LABEL.sub("", c), self.vocab, self.role)
                             for c in cells if c and "$" not in c and not c[0].isdigit()) if t]
        if len(found) > 1 and any(not firm_named(t) for t in found):
            # "HVAC Mechanic | Bexley Fleet Partners | CO | $28/hr": the firm's cell is no title
            found = [t for t in found if not firm_named(t)]
        # "2 | Junior | Junior Data Analyst II": the fullest title, not the level word's.
        title = max(found, key=lambda t: len(t.split()), default=None)
        priced = [c for c in cells if find_money(c, home=self.home) is not None]
        if priced and (occupation := _occupation_cell(cells[0])) is not None:
            title = occupation  # "Couriers and Messengers | … | $38,540": the whole cell
        if title is None and priced:
            title = self.title_column_cell(cells)
        skipped = percentile_columns(self.table_header) if priced and len(
            self.table_header) == len(cells) else None
        if title is None and skipped is not None and cells[0] and not cells[0][0].isdigit():
            # (rules49a) "FSE I (P1) | $63,800 | $70,200 | …" under "Level | P25 | P50 | …":
            # a level of the priced job (its abbreviation), the row's median its point
            for index, cell in enumerate(cells):
                if index and index not in skipped and find_money(cell, home=self.home):
                    for salary in read_salaries(
                            cell, label=f"{self.table_header[index]} / {cells[0]}",
                            level=salary_level(cells[0]), source=self.out.source(row.no),
                            dollar=self.dollar, home=self.home, period=self.period):
                        self.out.salary(salary)
            self.out.use(row.no)
            return True
        if title is None:
            if not priced:
                self.table_header = cells
            return bool(priced) and self.period_columns(row, cells)
        number = int(cells[0]) if cells[0].isdigit() and len(cells[0]) <= 2 else None
        if self.kind in (Kind.PROGRESSION, Kind.LADDER):
            self.chain.append((title, row.no, True))
        elif number is not None and not priced:
            self.level_rung(number, title, row.no)
        own = _pay_key(_SPECIALISM_TAIL.sub("", title)) == _base_key(self.role) or (
            title.lower() in self.ranks) or (  # ("X (Rail Freight) | Salary: …": the role's)
            # (rules51a) the role titled at a grade ("Validation Engineer II", a filing's
            # job title): its other grades and its Senior are the role's too
            # (and the role's own title at a grade: "Process Engineer I" on its page)
            _pay_key(_ROMAN_GRADE.sub("", _SPECIALISM_TAIL.sub("", title))) == _base_key(
                _ROMAN_GRADE.sub("", self.role)))
        if own and (graded := _graded_cell_title(item)) is not None and self.other_rank(
                graded, graded=True):
            # (carry37) "Grade 7 | Lecturer | £…" on the Senior Lecturer's page whose ladder
            # prints both as rungs: a graded post of its own, no level of the role
            own, title = False, graded
        # ("| Verger | $21,000 | $26,500 |" under "Minimum | Maximum": one band)
        cells = band_joined(self.table_header, cells, self.vocab.headings.table_columns)
        for index, cell in enumerate(cells):
            if find_money(cell, home=self.home) is None:
                continue
            header = self.table_header[index] if index < len(self.table_header) else ""
            if skipped is not None and index in skipped:
                continue  # (rules49a) a quartile's or total cash's column beside the median
            if header and _charged_column(header, self.table_header):
                continue  # (rules42c) the client's charge beside the worker's pay
            if header and is_not_pay(header) and self.sibling_period(header) != "day" and not (
                    header.lower() in _WORK_FEES
                    and (money := find_money(cell, home=self.home)) is not None
                    and stated_period(cell[money.end:]) in ("hour", "day", "week")):
                # (carry37: "Role | Fee" rows of "£195.00 for the day", "£14.96 per hour":
                # a fee for a stretch of work is that role's pay; rules42c: a rate card's
                # "Night / weekend rate" beside its "Day rate" is the grade's day charge at
                # other hours, no award's weekend penalty)
                continue  # (rules33c) "| Licence fee (2 yrs) |", "| Bond |": a fee's column
            for salary in read_salaries(
                    cell, label=" / ".join(p for p in (header, title) if p),
                    level=salary_level(title) if own else None,
                    source=self.out.source(row.no), bare=False,
                    role=None if own else title, dollar=self.dollar, home=self.home,
                    period=label_period(header) or self.sibling_period(header)
                    or self.caption_period(row.no) or self.period):  # "Monthly basic pay"
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def title_column_cell(self, cells: Sequence[str]) -> str | None:
        """(fresh57) The post a priced row names under its header's title column ("Grade |
        Title | Rate" / "L4 | Jointing supervisor | £19.69/hr"), in sentence case or unknown
        to the vocabulary: the column's head says the cell is a title.  A slash pair of one
        rate is the rung's first name (the stop-55 convention); a lower-case aside after the
        role's own name is its level ("Cable jointer (trainee)", kept for the level reader).
        None without such a column, or when the cell is no short capitalised name."""
        header = self.table_header
        column = next((i for i, head in enumerate(header)
                       if head.strip().lower() in _TITLE_COLUMNS), None)
        if column is None or len(header) != len(cells) or not any(
                _PAY_HEAD.search(header[i]) for i, cell in enumerate(cells)
                if find_money(cell, home=self.home) is not None):
            return None  # ("| Book of business |" / "up to $500k ARR": no pay column)
        cell = cells[column]
        bare = _TRAILING_ASIDE.sub("", cell) if cell.endswith(")") and (
            cell[cell.rfind("(") + 1:][:1].islower()) else cell
        names = [part.strip() for part in bare.split(" / ")]
        if len(names) > _SLASH_PARTS or not all(
                _COLUMN_NAME.fullmatch(name) and not firm_named(name) for name in names):
            return None
        if salary_level(bare) is not None and not any(
                practitioner_noun(word) for word in bare.split()):
            return None  # "Entry level | £…": a level of the role, read as before
        if len(names) > 1 and all(word[:1].isupper() for name in names for word in name.split()):
            # "Lookout / Site Warden" in Title Case: rules45c's grade-row reader pays each post
            # (set 45's truth), which the stop-55 convention would give to the first name
            # alone; that disagreement is the lead's to settle, so the older reading stands
            return None
        if bare != cell and _pay_key(bare) == _base_key(self.role):
            return title_case(cell)  # the role at the aside's level
        return title_case(names[0])

    def sibling_period(self, header: str) -> str | None:
        """(rules42b) The period of a rate column that names none, from the one period its
        header's other rate columns name (a schedule's "Day rate (Mon-Fri) | Night / weekend
        rate": a night's rate is a day's too); None when they name none or several."""
        if "rate" not in header.lower():
            return None
        found = {period for head in self.table_header if "rate" in head.lower()
                 and (period := label_period(head)) is not None}
        return found.pop() if len(found) == 1 else None

    def titled_cells_pay(self, row: _Row, cells: Sequence[str]) -> bool:
        """(fixes73) A field row of other titles' figures, each cell opening with its own
        title ("Comparison | Senior X (Grade 60): 53,900 - 75,400 | X I (Grade 56): …"):
        each title owns its cell's figure (the role's own title at a level is the role's
        pay at that level, its bracket the label); False when fewer than two cells are so."""
        titled = [(found, cell) for cell in cells if (found := _TITLED_CELL.match(cell))
                  is not None and self.titled_cell(found.group(1).strip())
                  and find_money(cell[found.end():], home=self.home) is not None]
        if len(titled) < 2:
            return False
        for found, cell in titled:
            title, aside = found.group(1).strip(), found.group(2) or ""
            own = _graded_own(title, self.role)
            for salary in read_salaries(
                    cell[found.end():], label=aside or title, source=self.out.source(row.no),
                    level=title if own else None, role=None if own else title,
                    dollar=self.dollar, home=self.home, period=self.period):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def titled_cell(self, title: str) -> bool:
        """A known title, or the role's own at a level ("Academic Advisor I")."""
        return self.vocab.is_role_title(title) or _graded_own(title, self.role)

    def strip_pay(self, row: _Row, postings: Sequence[tuple[str, str, str] | None]) -> None:
        """Each posting's figure of a strip of latest jobs, given to its own title (a
        couple's or joint post gives none: see :mod:`listing_strip`)."""
        for posting in postings:
            if posting is None:
                continue
            title, place, pay = posting
            own = own_posting(title, self.role)
            for salary in read_salaries(pay, label=title, level=None,
                                        source=self.out.source(row.no),
                                        bare=False, role=None if own else title,
                                        dollar=self.dollar, home=self.home, period=self.period):
                self.out.salary(salary if salary.region or not place else salary.model_copy(
                    update={"region": place}))
        self.out.use(row.no)

    def bracketed_rung_pay(self, row: _Row, text: str) -> bool:
        """An arrow ladder whose rungs carry their grade and pay in brackets ("Porter (Band
        2) → Senior Porter (Band 3, £24,071 – £25,674) → …"): each bracket's figures to its
        own rung (the role's own, at its level, when the rung is the role); False when the
        line is no such ladder."""
        rungs = rung_brackets(text)
        if rungs is None:
            return False
        for title, note in rungs:
            # ((rules53b) the role at a roman grade, "X I (Grade 105, $…)", is the role's own)
            own = _pay_key(_ROMAN_GRADE.sub("", _SPECIALISM_TAIL.sub("", title))) == (
                _base_key(_ROMAN_GRADE.sub("", self.role)))
            for salary in read_salaries(note, label=title, level=salary_level(title) if own
                                        else None, source=self.out.source(row.no), bare=False,
                                        role=None if own else title, dollar=self.dollar,
                                        home=self.home, period=self.period):
                if salary.min is None and salary.max is not None:
                    continue  # (fixes92) "Supervisor (up to $1,600)": a rung's ceiling, no band
                self.out.salary(salary)
        return True

    def caption_period(self, line: int) -> str | None:
        """The period the caption above the table at ``line`` states for its figures ("4.
        Pay (7th CPC pay matrix, per month)", "Rates per hour"), None when it states none or
        several, or when the line above is a sentence."""
        above = line - 1
        while above in self.printed and self.printed[above].lstrip().startswith("|"):
            above -= 1  # (the table's header and earlier rows)
        caption = self.printed.get(above, "").strip()
        if not caption or caption.endswith(".") or len(caption.split()) > _CAPTION_WORDS:
            return None
        # (per or a period only: "Team salaries (updated monthly)" says how often, not what)
        found = {"year" if w.lower() == "annum" else w.lower()
                 for w in _PER_PERIOD.findall(caption)}
        return found.pop() if len(found) == 1 else None

    def period_columns(self, row: _Row, cells: Sequence[str]) -> bool:
        """A row of priced cells under a header whose columns state their periods ("Level |
        Monthly | Yearly" / "Entry | ~$3,900 | $46,800"): each cell is the role's pay by its
        column's period, at the level its label cell states.  False when the header states
        no period over a priced cell, or a label cell names a title (read as a sentence)."""
        header = self.table_header
        if len(header) != len(cells) or row.no in self.column_paid:
            return False  # (a grid's row read by its step: step_grid)
        periods = {i: label_period(header[i]) for i, c in enumerate(cells)
                   if find_money(c, home=self.home)
                   and not _charged_column(header[i], header)}
        labels = [c for i, c in enumerate(cells) if i not in periods and c]
        if not any(periods.values()) or any(self.vocab.is_role_title(c) for c in labels):
            return False
        # ((fixes79) "Group | Title | Hourly wage" / "3 | Lorry driver | kr 298,68": the label
        # under the title column, not the group's number, names the row)
        lead = next((c for i, c in enumerate(cells) if i not in periods and c
                     and header[i].strip().lower() in _TITLE_COLUMNS), labels[0] if labels else "")
        # ("Nipper / Service Crew | $42 – $46 | …" among titled rows: that post's pay, owned
        # by its first name, the second a trade's other word for it)
        owner = _first_name(lead) if " / " in lead and _slash_row(lead, self.role) else None
        graded = grade_titles(sorted(self.printed.items())).get(lead.split()[0]) if (
            lead and lead[:1].isupper() and lead.split()[0][-1:].isdigit()) else None
        if graded is not None and (self.vocab.is_role_title(graded) or practitioner_noun(
                graded.split()[-1])) and not self.own_title(graded):
            owner = graded  # "HP6 PP1" where the structure names "HP6 Chief X": the chief's
        owner = owner or self.titled_label(header, cells, lead)  # ("Role | Hourly | Annual")
        for index, period in periods.items():
            for salary in read_salaries(
                    cells[index], label=" / ".join(p for p in (header[index], lead) if p),
                    level=None if owner else salary_level(lead),
                    source=self.out.source(row.no), bare=False, role=owner,
                    dollar=self.dollar, home=self.home, period=period or self.period):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def titled_label(self, header: Sequence[str], cells: Sequence[str], lead: str) -> str | None:
        """The title a row's label names when its column's head says it holds titles ("Role
        | Hourly | Annual" / "Shotfirer | $57.17 | $174,000"), unless it is the role's own
        (None: the role's pay); None too under any other head (a level's label)."""
        column = next((i for i, cell in enumerate(cells) if cell == lead), None)
        if column is None or header[column].strip().lower() not in _TITLE_COLUMNS or (
                not lead[:1].isupper() or _pay_key(lead) == _base_key(self.role)
                or lead.lower() in self.ranks):
            return None
        head, _, gloss = lead.partition(" / ")
        # ((fixes79) "Helper / unskilled": a lower-case gloss after the title, no part of it)
        return head if gloss[:1].islower() else lead

    def pay_table(self, row: _Row, item: str) -> bool:
        """A pay table's header whose columns state a currency ("Region | Annual Salary
        Range (AUD)"), or one of its rows (:meth:`pay_cells`)."""
        cells = [c.strip() for c in item.strip().strip("|").split("|")]
        if not any(c[:1].isdigit() for c in cells):
            terms = [column_terms(c) for c in cells]
            if not any(t is not None and t[0] for t in terms):
                return False
            self.table_header = cells
            self.out.use(row.no)
            return True
        return self.pay_cells(row, cells)

    def row_step(self, cell: str) -> str | None:
        """The title a pay row's label cell names: a rank word alone ("Chief") read from
        a label in sentence case is the rank with its trade ("Chief accountant")."""
        step = ladder_step(cell, self.vocab, self.role)
        if step and " " not in step and cell.startswith(f"{step} "):
            return ladder_step(cell, self.vocab, self.role, plain=True) or step
        return step

    def own_levelled_alias(self, title: str) -> bool:
        """``title`` is the role or an alias read so far, or an alias after a seniority word
        ("Assistant Unit Manager" when "Unit Manager" is an alias)."""
        first, _, rest = title.partition(" ")
        # (the role's own title after "Assistant" stays another post: "Assistant Station
        # Master" on the station master's circular)
        return self.own_or_alias(title) or (
            bool(rest) and first.lower() in _ALIAS_LEVELS and not self.own_title(rest)
            and self.own_or_alias(rest))

    def pay_cells(self, row: _Row, cells: Sequence[str]) -> bool:
        """A row of bare figures under pay columns whose header states the currency or the
        period ("Level | Annual Salary (AUD) | Hourly Wage (AUD)"): each pay cell is the
        role's pay at the row's level (or in the row's region).  False when the row is no
        such row (it may be a header)."""
        if 1 < len(cells) < len(self.table_header) and all(
                c[:1].isdigit() for c in cells[1:]) and not cells[0][:1].isdigit():
            # (carry42) "Road Marking Supervisor | - | 265.00 | 305.00": its blank cell gone
            # (_markup), the figures stand under the header's last columns
            cells = [cells[0], *[""] * (len(self.table_header) - len(cells)), *cells[1:]]
        if len(cells) != len(self.table_header) or not any(c[:1].isdigit() for c in cells):
            return False
        terms = {index: found for index, head in enumerate(self.table_header)
                 if (found := column_terms(head, self.dollar)) is not None}
        if not terms or not any(currency for currency, _ in terms.values()):
            return False
        # The row's title ("2 | Data Analyst | 63,000 – 78,000") names whose pay it is and
        # makes the row a rung of a numbered level table; else its first label cell
        # ("Entry level") says the level.
        labels = [c for i, c in enumerate(cells) if c and i not in terms]
        title = max((t for t in (self.row_step(c) for c in labels
                                 if not c[0].isdigit()) if t),
                    key=lambda t: len(t.split()), default=None)
        lead = title or next((c for c in labels if not c.isdigit()), "")
        full = next((c for c in labels if title and _TITLE_COMMA.fullmatch(c[len(title):])
                     and c.startswith(title)), None)
        lead = full or lead  # "Deputy Director, Rehabilitative Services": one title
        # "Chief Physiotherapist" on the physiotherapist's table: the role under another rank.
        ranked = fact_key(lead).endswith(fact_key(self.role)) or full is not None
        other = lead if ((self.vocab.is_role_title(lead) or ranked or _worker_row(lead))
                         and _pay_key(lead) != _base_key(self.role)) else None
        # ("Loco Pilot (Shunting)" on the table of "Loco Pilot (Goods)": a sibling post)
        other = next((c for c in labels if _other_bracket(c, self.role)), other)
        if other is None and " / " in lead and _slash_row(lead, self.role):
            other = _first_name(lead)  # "Nipper / Service Crew": one post, its first name
        # (a lower-case aside only: "Tram Driver (City)" is a post's own qualified title)
        bare = _TRAILING_ASIDE.sub("", lead) if lead.endswith(")") and (
            lead[lead.rfind("(") + 1:][:1].islower()) else lead
        if other is None and bare != lead and _worker_title(bare) and not self.own_title(bare):
            other = bare  # "Stockperson (farrowing or finisher house)": the post, its aside
        if other is not None and self.own_levelled_alias(_TRAILING_ASIDE.sub("", other)):
            other = None  # "Assistant Unit Manager" when "Unit Manager" is an alias: the role
        if title is not None and cells[0].isdigit() and len(cells[0]) <= 2:
            self.level_rung(int(cells[0]), title, row.no)
        for index, (currency, period) in terms.items():
            for salary in read_salaries(
                    cells[index], label=" / ".join(p for p in (self.table_header[index], lead)
                                                   if p),
                    level=salary_level(lead), source=self.out.source(row.no), bare=True,
                    currency=currency,  # (carry42: "Day rate (£) | Night / weekend rate (£)")
                    period=period or self.sibling_period(self.table_header[index])
                    or self.caption_period(row.no) or self.period,
                    dollar=self.dollar, home=self.home, role=other):
                self.out.salary(salary)
        self.out.use(row.no)
        return True

    def table_broken(self, line: int) -> bool:
        """(prec14) A line of text printed without a cell between the last row read in the
        named columns and ``line`` (a title, a breadcrumb, a sentence): the table ended there,
        ``line`` is no row of it."""
        if "|" not in self.printed.get(line, "|"):
            return False  # (a table printed in other marks: the rows are not compared)
        return any(text.strip() and "|" not in text and not _HEADER_RULE.fullmatch(text)
                   for no in range(self.column_line + 1, line)
                   if (text := self.printed.get(no, "")))

    def column_cells(self, item: str, line: int) -> bool:
        """Tables whose header names what a column holds ("Industry | Median Wage",
        "Employer | Location"): each row's cell in that column is a sector, employer or
        skill, and a pay column's cell that name's pay.  True for the header row itself (it
        states nothing)."""
        cells = [c.strip() for c in item.split("|")]
        kinds = {index: kind for index, cell in enumerate(cells)
                 if len(cell.split()) <= 3 and (kind := _panel_kind(cell, self.vocab))
                 in _COLUMN_KINDS and cell.rsplit(" ", 1)[-1].lower() not in document_nouns()}
        # (rules42b: a schedule's "Sector scheme" column holds card codes, no sectors)
        if kinds and any("," in c or len(c.split()) > _HEADER_CELL_WORDS for c in cells):
            # "Skills Required | Attention to detail, communication | Speed, stamina": a
            # labelled body row of a comparison, its cells lists; a header's cells are labels
            kinds = {}
        if kinds and _HEADER_RULE.fullmatch(self.printed.get(line - 1, "")):
            # "Quick Facts | Details / ---|--- / Sector | Banking": a row under the table's
            # own header and its rule is a body row (a fact sheet's label), no header
            kinds = {}
        if any(k is not Kind.SALARY for k in kinds.values()) and not any(
                find_money(c, home=self.home) for c in cells) and not any(
                self.vocab.is_role_title(c) for c in cells):
            self.columns, self.column_line = (len(cells), kinds), line
            self.column_periods = {i: label_period(cells[i]) for i in kinds}
            self.column_title = next((i for i, cell in enumerate(cells)
                                      if cell.lower() in _TITLE_COLUMNS), None)
            return True
        width, named = self.columns
        if width != len(cells) or (named and self.table_broken(line)):
            # (prec14) a header's rows follow it: a site's menu ("☰ Offers | Companies |
            # Account") over a title and a posting's "Firm s.r.o. | Town | full-time" row
            # is no table, its town no employer
            self.columns = (0, {})
            return False
        self.column_line = line
        names = [cells[i] for i, kind in named.items() if kind is not Kind.SALARY]
        owner, level = self.column_owner(cells)
        for index, kind in named.items():
            cell = cells[index]
            if kind is Kind.SALARY and cell:  # "Hospitals | 78,000": pay in that industry
                for salary in read_salaries(cell, label=" / ".join(names), level=level,
                                            role=owner,
                                            source=self.out.source(line), bare=True,
                                            dollar=self.dollar, home=self.home,
                                            period=self.column_periods.get(
                                                index) or self.period):
                    self.out.salary(salary)
            elif kind in _SKILL_KINDS and cell:
                self.out.skill(cell, _SKILL_KINDS[kind], line)
                # (fixes81) "Digital learning (Moodle, Panopto) | Proficient": the names its
                # bracket lists are skills too, as in a skills list's item ("… (SoTL)" alone
                # spells the name's short form: no second skill)
                listed = bracket_names(cell) if cell.endswith(")") else []
                for name in listed if len(listed) > 1 else ():
                    self.out.skill(name, _SKILL_KINDS[kind], line)
            elif kind in _NAME_BUCKETS and cell and len(cell.split()) <= 6 and not find_money(
                    cell, home=self.home):
                self.out.add(_NAME_BUCKETS[kind], cell, line)
        # The row is read; its other cells (a location, a rating) name nothing, unless they
        # hold pay that no column named: that is read as any line's pay.
        priced = Kind.SALARY not in named.values() and any(
            find_money(c, home=self.home) for c in cells)
        if not priced:
            self.out.use(line)
        return not priced

    def column_owner(self, cells: Sequence[str]) -> tuple[str | None, str | None]:
        """(rules51a; carry51 wrote the same rule and joins it here) The owner and level of a
        named-column row's pay from the header's
        title column ("EMPLOYER | JOB TITLE | BASE SALARY | …", a salary database's filings):
        the role's own title, bare or with a seniority word or grade, is the role's pay at
        that level; another title owns its pay.  ``(None, None)`` without a title column."""
        index = self.column_title
        if index is None or index >= len(cells) or not cells[index] or (
                find_money(cells[index], home=self.home) is not None):
            return None, None
        title = cells[index]
        if title.isupper():  # "BIOSTATISTICIAN II" -> "Biostatistician II"
            title = _ROMAN_WORD.sub(lambda m: m.group().upper(), title_case(title.lower()))
        if _pay_key(_SPECIALISM_TAIL.sub("", title)) == _base_key(self.role) or (
                _graded_own(title, self.role)):
            return None, salary_level(title)
        return title, None

    def table_rung(self, row: _Row, cells: Sequence[str]) -> bool:
        """A row of a level table ("3 | Medior | Medior Data Analyst", "1 | No | QE1 -
        Quality Engineer 1"): a level number first, a role title under a title column (or
        the last title of the row), no pay.  The rows make a ladder when the table ends."""
        if not cells or not cells[0].isdigit() or any(find_money(c, home=self.home) for c in cells):
            return False
        named = [index for index, head in enumerate(self.table_header)
                 if head.lower() in _TITLE_COLUMNS]
        order = named or list(range(len(cells) - 1, 0, -1))
        title = next((t for t in (_graded_title(cells[i], self.vocab) for i in order
                                  if 0 < i < len(cells)) if t), None)
        if title is None:
            return False
        number = int(cells[0])
        if self.table_rungs and number != self.table_rungs[-1][0] + 1:
            self.flush_table()
        self.table_rungs.append((number, title, row.no))
        self.out.use(row.no)
        return True

    def flush_table(self) -> None:
        rungs, self.table_rungs = self.table_rungs, []
        if len(rungs) >= _MIN_TABLE_RUNGS:
            self.out.progression([(title, line) for _, title, line in rungs])

    def column_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a table flattened column by column, each the pay of the title in
        the same position of the title column (:func:`pay_columns.column_pay`)."""
        for no, title, money in column_pay([(row.no, row.text) for row in rows], self.titled,
                                           dollar=self.dollar, home=self.home):
            self.owned_pay(no, title_case(title), money.low, money.high, money)
            self.column_paid.add(no)

    def region_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a metro pay table ("City/Area Employees Median Annual Salary …" /
        "Akron 410 $33,700 …"): the role's own pay in each row's place
        (:func:`pay_columns.region_rows`); its header and rows are read here."""
        found, taken = region_rows([(row.no, row.text) for row in rows if not row.bullet],
                                   dollar=self.dollar, home=self.home)
        for pay in found:
            money = pay.money
            self.out.salary(SalaryRange(
                label=pay.head, currency=money.currency, min=money.low, max=money.high,
                period=money.period, statistic=pay.statistic, region=pay.region,
                source=self.out.source(pay.line)))
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def period_grid(self, rows: Sequence[_Row]) -> None:
        """The average and median rows of a salary portal's grid of periods ("Monthly
        Salary Annual Salary …" / "Salary Median 2.980,00 35.760,00 …"): the role's own
        points in each period, in the page's currency (:func:`period_grid.period_rows`); the
        grid's other rows (quartiles, ceiling) are no pay, and all its lines are read here.
        The portal's table by city gives the role's band, average and median in each city
        (:func:`period_grid.place_rows`)."""
        found, taken = period_rows([(row.no, row.text) for row in rows if not row.bullet])
        for pay in found:
            amount = money_amount(pay.amount)
            self.out.salary(SalaryRange(
                label=pay.label, currency=self.home, min=amount, max=amount,
                period=pay.period, statistic=pay.statistic, source=self.out.source(pay.line)))
        places, place_lines = place_rows([(row.no, row.text) for row in rows if not row.bullet])
        period = "month" if quoted_by_month(self.home) else "year"
        for place in places:
            low, high = money_amount(place.low), money_amount(place.high)
            self.out.salary(SalaryRange(
                label=place.head, currency=self.home, min=low, max=high,
                period=place.period or period,
                statistic=place.statistic, region=place.region,
                source=self.out.source(place.line)))
        for no in taken | place_lines:
            self.out.use(no)
        self.column_paid.update(taken | place_lines)

    def survey_table(self, rows: Sequence[_Row]) -> None:
        """The rows of a table whose columns are a band's ends and its middle ("Experience
        n  Lower quartile  Median  Upper quartile", "Minimum  Midpoint  Maximum"): each row a
        band and a point, the role's at the row's level (an experience band, "All X", the role
        at a grade) or the row's title's (:func:`survey_rows.survey_rows`); the table's lines
        are read here."""
        found, taken = survey_rows([(row.no, self.spaced.get(row.no, row.text)) for row in rows
                                    if not row.bullet], dollar=self.dollar, home=self.home)
        for pay in found:
            level, title = self.survey_label(pay.label)
            money = pay.money
            figures = [] if pay.middle is None else [(pay.middle, pay.middle, "median")]
            if pay.low != pay.high:  # (a median column alone: the point only)
                figures.insert(0, (pay.low, pay.high, "range"))
            if title is not None:
                for low, high, _ in figures:
                    self.owned_pay(pay.line, title, low, high, money)
                continue
            for low, high, statistic in figures:
                self.out.salary(SalaryRange(
                    level=level, label=pay.label, currency=money.currency, min=low, max=high,
                    period=money.period, statistic=statistic, source=self.out.source(pay.line)))
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def employer_kind_table(self, rows: Sequence[_Row]) -> frozenset[int]:
        """A table by kind of employer ("Employer type   Median salary"): each row's kind a
        sector, its figure the role's pay in that sector
        (:mod:`careergraph.guides.employer_kinds`); the table's lines, read here."""
        found, taken = employer_kind_rows([(row.no, self.spaced.get(row.no, row.text))
                                           for row in rows if not row.bullet])
        for row in found:
            self.out.add("sectors", row.kind, row.line)
            for salary in read_salaries(row.pay, label=row.kind, level=None,
                                        source=self.out.source(row.line), bare=True,
                                        dollar=self.dollar, home=self.home,
                                        period=self.period) if row.pay else ():
                if row.point and salary.min == salary.max:  # (under a "Median" column)
                    salary = salary.model_copy(update={"statistic": "median"})
                self.out.salary(salary)
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)
        return frozenset(taken)

    def step_grid(self, rows: Sequence[_Row]) -> None:
        """A public employer's pay grids by step (:mod:`careergraph.guides.step_grids`):
        each step's figure is a point, the role's at the grid's grade and step when the
        grid is the page's first, names no grade, names the role or is the first grid's
        grade at another class ("… of 1st class"); a grid of a differently named grade
        ("Head Warden" after the warden's grid) is that grade's, a rung above the role."""
        read = {row.no for row in rows} - self.column_paid
        # (the page's lines as printed: a grid's "▶ HEAD WARDEN" heading is no list's bullet)
        found, taken = step_pay([(no, text if no in read else "")
                                 for no, text in sorted(self.printed.items())])
        if not found:
            return
        first = fact_key(found[0].grid)
        rungs: list[tuple[str, int]] = []
        for pay in found:
            currency = _SIGNS.get(pay.sign or "") or (
                self.dollar if pay.sign == "$" else self.home)
            own = not pay.grid or fact_key(pay.grid) == first or (bool(self.role) and (
                self.names_role(pay.grid) or self.own_or_alias(pay.grid)))
            title = title_case(pay.grid.lower()) if pay.grid.isupper() else pay.grid
            if not own and title not in (rung for rung, _ in rungs):
                rungs.append((title, pay.line))
            self.out.salary(SalaryRange(
                level=pay.step if own else None, label=pay.column or pay.grid or pay.step,
                currency=currency, min=pay.amount, max=pay.amount, period=pay.period,
                role=None if own else title, source=self.out.source(pay.line)))
        if rungs and self.role:  # the grades' grids in order: the role's, then each above
            self.out.progression([(self.role, found[0].line), *rungs])
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def step_table(self, rows: Sequence[_Row]) -> None:
        """An agreement's wage table by step (:mod:`careergraph.guides.step_tables`): each
        row one band an hour, first step to job rate; the role's own classes (its title or
        an alias at a class number, "X II") are its bands, every other row its title's."""
        read = {row.no for row in rows} - self.column_paid
        found = step_rows([(no, text) for no, text in sorted(self.printed.items())
                           if no in read])
        series = self.step_series([pay.title for pay in found])
        for pay in found:
            if pay.high >= _HOURLY_CAP:
                continue  # (a step table's hourly rates: a larger figure is no such rate)
            base = _CLASS_NUMBER.sub("", pay.title)
            own = self.own_card(pay.title) or self.own_or_alias(base) or base == series
            self.out.salary(SalaryRange(
                level=pay.title if own else None, label=pay.title, currency=self.dollar,
                min=pay.low, max=pay.high, period="hour",
                role=None if own else pay.title, source=self.out.source(pay.line)))
            self.out.use(pay.line)
        self.column_paid.update(pay.line for pay in found)

    def step_series(self, titles: Sequence[str]) -> str | None:
        """The one title a step table numbers in classes ("Animal Care Technician I, II,
        III") when no row names the role: the role's own series under the name the schedule
        prints (a series page's role is its numbered classes); None otherwise."""
        if any(self.own_card(title) for title in titles):
            return None
        numbered = Counter(_CLASS_NUMBER.sub("", t) for t in titles if _CLASS_NUMBER.search(t))
        series = [base for base, count in numbered.items() if count >= _SERIES_CLASSES]
        return series[0] if len(series) == 1 else None

    def league_table(self) -> None:
        """A pay league table's ranked employers (:mod:`careergraph.guides.league_rows`):
        each employs the role, and each pay cell is the role's pay there (a place column's
        in that place), kept after the page's lines as a table read row by row would be."""
        found, taken = league_rows(sorted(self.printed.items()))
        self.league_lines = taken
        for name, no in ranked_employers(sorted(self.printed.items())):
            if not self.vocab.is_role_title(name):  # (a ranking of jobs names no employer)
                self.out.add("employers", name, no)  # ("1. Hob's – £13.60 an hour")
        for row in found:
            self.out.add("employers", row.employer, row.line)
            if row.line in self.column_paid:
                continue  # (its figures read already: a wage schedule's tab rows)
            for head, cell in row.cells:
                for money in find_amounts(cell.rstrip("*† "), dollar=self.dollar,
                                          home=self.home, period=self.period):
                    self.league_pay.append(SalaryRange(
                        label=row.employer, currency=money.currency, min=money.low,
                        max=money.high, open_ended=money.open_ended, period=money.period,
                        region=place_of(head), source=self.out.source(row.line)))
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def survey_label(self, label: str) -> tuple[str, str | None]:
        """A survey row's level and the other title it names, if any: an experience band
        ("0–2 years", "All archivists") or the role at a grade ("Grade 12 — Operator I" on
        the Water Treatment Plant Operator's page) is the role's (no title); another row's
        title is its own ("Crew Leader"; "Climbing Arborist / Climber" the first)."""
        grade, title = "", label
        graded = _GRADED_ROW.match(label)
        if graded is not None:
            grade, title = graded.group("grade"), graded.group("title")
        title = _ROW_ASIDE.sub("", title).split(" / ")[0].strip()
        if _EXPERIENCE_ROW.search(title):
            return label, None
        qualified = _QUALIFIED_ROW.fullmatch(title)
        if qualified is not None and self.own_or_alias(qualified.group(1)):
            return qualified.group(2), None  # "X – Master's": the role at that standing
        base = _GRADE_NUMERAL.sub("", title)
        if base != title and self.role and self.role.lower().endswith(base.lower()):
            return f"{title} ({grade})" if grade else title, None  # "Operator II (Grade 14)"
        return label, title

    def staff_table(self, rows: Sequence[_Row]) -> None:
        """The rows of an open salary table in fixed-width columns ("Name   Role   Location
        Salary" / "Ana P.   Copy Editor (L2)   Lisbon   $61,000"): each figure is its row's
        title's point (:func:`pay_columns.staff_rows`); the table's lines are read here."""
        self.titled_rows(*staff_rows([(row.no, row.text) for row in rows if not row.bullet],
                                     dollar=self.dollar, home=self.home))

    def cell_table(self, rows: Sequence[_Row]) -> None:
        """The figures of a pay table flattened one cell a line, row by row ("Position" /
        "Starting" / "Experienced" / "Forester" / "$61,000" / "$84,500"): each figure is its
        row's title's (:func:`pay_columns.cell_rows`); the table's lines are read here."""
        self.titled_rows(*cell_rows([(row.no, row.text) for row in rows if not row.bullet],
                                    dollar=self.dollar, home=self.home))

    def titled_rows(self, found: Sequence[CellPay | StaffPay], taken: set[int]) -> None:
        """Each figure a table reader found, its row title's; the table's lines read."""
        for pay in found:
            money = pay.money
            self.owned_pay(pay.line, title_case(pay.title), money.low, money.high, money)
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def unit_table(self, rows: Sequence[_Row]) -> None:
        """A pay table whose unit is printed once, in its pay columns' heads or its title
        line (:mod:`careergraph.guides.unit_columns`): a title's row is that title's pay (the
        role's own row its own), any other row's label (a vessel type, a place) qualifies the
        role's own figure (in a table of titles, every row names its title); the table's lines
        are read here."""
        found, taken = unit_rows([(row.no, self.spaced.get(row.no, row.text)) for row in rows
                                  if not row.bullet and row.no not in self.column_paid])
        # (a table of ranks names each row's rank, known or not: "Ordinary Seaman")
        ranked = {pay.table for pay in found if self.unit_title(pay.title)}
        for pay in found:
            for money in find_amounts(pay.text, dollar=self.dollar, home=self.home):
                if pay.table in ranked:
                    self.owned_pay(pay.line, pay.title, money.low, money.high, money, pay.place)
                    continue
                self.out.salary(SalaryRange(
                    label=pay.title, currency=money.currency, min=money.low, max=money.high,
                    period=money.period, region=pay.place, source=self.out.source(pay.line)))
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def grade_table(self, rows: Sequence[_Row]) -> None:
        """A rate card whose columns are grades (:mod:`careergraph.guides.grade_columns`):
        each cell is a single rate of its column's grade, the role's own column its own; the
        table's lines are read here."""
        found, taken = grade_columns([(row.no, self.spaced.get(row.no, row.text)) for row in rows
                                      if not row.bullet and row.no not in self.column_paid],
                                     self.own_card)
        for rate in found:
            for money in find_amounts(rate.text, dollar=self.dollar, home=self.home):
                self.owned_pay(rate.line, rate.title, money.low, money.high, money)
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def unit_title(self, cell: str) -> bool:
        """A unit table's row names a title ("Roughneck/Floorman": two names of one rank)."""
        return any(self.vocab.is_role_title(part.strip()) or self.vocab.is_role_title(
            singular_title(part.strip())) for part in [*cell.split("/")[:1], cell])

    def market_pay(self, rows: Sequence[_Row]) -> None:
        """A rate card's pay by market (:mod:`careergraph.guides.market_rates`): each row's
        rate is its title's (the role's own, or another title's) in the row's market."""
        found, taken = market_rates([(row.no, row.full or row.text) for row in rows],
                                    self.vocab.is_role_title)
        for rate in found:
            for money in find_amounts(rate.text, dollar=self.dollar, home=self.home,
                                      period=self.period):
                self.owned_pay(rate.line, rate.title, money.low, money.high, money, rate.place)
        for no in taken:
            self.out.use(no)
        self.column_paid.update(taken)

    def wage_schedule(self, lines: Sequence[tuple[int, str]]) -> None:
        """Read a union's wage schedule from the page's lines as printed (their cells set
        apart by tabs or spaces, which the rows no longer keep): its rates are paid in
        :meth:`schedule_pay` once the role and the page's dollar are known."""
        self.schedule, self.schedule_lines = schedule_rates(lines,
                                                            is_title=self.vocab.is_role_title)
        self.column_paid.update(self.schedule_lines)

    def schedule_pay(self) -> None:
        """A wage schedule's rates (:mod:`careergraph.guides.wage_schedule`): each a point an
        hour, the trade's own at its journey, apprentice and improver levels, another
        classification's (a foreman's, a service technician's) otherwise; the journey, the
        apprentice and the foremen's rows make a ladder."""
        for rate in self.schedule:
            found = find_amounts(f"${rate.amount:.2f} an hour", dollar=self.dollar)
            if not found:
                continue
            money = found[0]
            qualifier = rate.title[: -len(self.role)].strip() if self.role and (
                rate.title.lower().endswith(f" {self.role.lower()}")) else ""
            if rate.own or qualifier:  # ("Residential Sheet Metal Worker": another agreement)
                self.out.salary(SalaryRange(
                    # (labelled by its row's title, like another title's row: "Lead
                    # Stagehand", not the column's "PAY RATE")
                    level=rate.level or qualifier or None, label=rate.title or rate.column,
                    currency=money.currency,
                    min=money.low, max=money.high, period="hour", region=rate.region or None,
                    source=self.out.source(rate.line)))
            else:
                self.owned_pay(rate.line, rate.title, money.low, money.high, money,
                               rate.region or None)
        self.out.progression(schedule_ladder(self.schedule))
