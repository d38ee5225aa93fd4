"""The long-form parser's state: :class:`ParserState` sets every attribute the
reading mixins share (section, rung, table, card and page-family state).
"""

from __future__ import annotations

from collections.abc import Sequence

from careergraph.guides.builder import GuideBuilder
from careergraph.guides.career_history import CareerHistory
from careergraph.guides.classified_ads import ClassifiedAd
from careergraph.guides.course import CourseFacts
from careergraph.guides.delimited import Table
from careergraph.guides.howto import HowtoSteps
from careergraph.guides.listings import SearchPage
from careergraph.guides.longform_lines import _Row
from careergraph.guides.mail import MailPage
from careergraph.guides.mentor import MentorPath
from careergraph.guides.military_match import MilitaryRow
from careergraph.guides.notices import NoticeFacts
from careergraph.guides.page_families import FamilyPage
from careergraph.guides.rubric import RubricFacts
from careergraph.guides.section_kinds import Kind
from careergraph.guides.slides import Deck
from careergraph.guides.spoken import Speech
from careergraph.guides.stage_matrix import StageMatrix
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wage_schedule import Rate
from careergraph.model import Layout, SalaryRange

CHAIN_REACH = 2  # lines after a ladder that may speak of its rungs (``chain_rungs``)


class ParserState:
    """State of one long-form parse: what every reading mixin reads and writes."""

    def __init__(self, file: str, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.out = GuideBuilder(file, Layout.LONGFORM)
        self.top = Kind.OTHER
        self.kind = Kind.OTHER
        self.top_text = ""
        self.top_line = 0  # the line of the top section's heading (a run-in label's own line)
        self.section_no: int | None = None  # "5. Career pathway": the top section's number
        self.over_no: int | None = None  # the number of the last numbered heading over bullets
        self.sub_text = ""
        self.sites: frozenset[str] = frozenset()  # the site's masthead: no section's title
        self.page_labels: frozenset[str] = frozenset()  # a magazine's departments: no label
        self.notice: NoticeFacts | None = None
        self.criteria = False  # the section lists selection criteria (see guides.criteria)
        self.criteria_block = False  # … or a part of such a list that names none
        self.chain: list[tuple[str, int, bool]] = []
        # (real47) the items of the ladder list being read, read or not ("Microbrewery Owner"
        # / "Masterbrewer" / … / "Homebrewer or Apprentice Brewer"): which way it is printed
        self.ladder_items: list[str] = []
        self.ladder_heading: object = None
        self.rungs: list[tuple[int, list[str], int]] = []
        self.table_header: list[str] = []
        self.vacancy_columns: tuple[str, ...] | None = None  # a match table's header cells
        self.dollar = "USD"  # what a bare "$" means on this page
        self.home = "USD"  # the currency of a figure printed with none
        self.shares = False  # inside rows of employers' shares ("Federal government  4%")
        self.last_text = ""  # the line before the one being read
        self.next_text = ""  # the line after it
        self.next_row: _Row | None = None
        self.page_rows: Sequence[_Row] = ()  # the page's rows, and the index of the one read
        self.row_index = 0
        self.continuation_lines: set[int] = set()  # a duty bullet's wrapped last lines
        self.wrap = (0, 0)  # a hard-wrapped line's start read with the line before: line, size
        self.skill_bullets = 0  # bullets read in the current skills section
        self.standards = False  # the row before was a document's numbered or weighted item
        self.line_title = ""  # the rung whose sections are being read (a title heading)
        # A title listed in a section of other jobs, and its line ("Related careers" / "Tree
        # Surgeon"): its own pay block may follow (see ``heading``); the pay headings read.
        self.listed_title: tuple[str, int] | None = None
        self.pay_headings: set[str] = set()
        self.period: str | None = None  # the period of figures that state none
        self.bounds: dict[bool, SalaryRange] = {}  # "Low Salary:" / "High Salary:" lines
        self.start_point: SalaryRange | None = None  # a sentence's starting figure, just read
        self.section_prose = 0
        self.role = ""
        self.currency_lines: list[int] = []
        self.blocks: list[tuple[str, int | None, int]] = []  # rung blocks: title, year, line
        self.block_title = ""
        self.fork_line = ""
        self.rung_titles: dict[int, str] = {}  # the last numbered ladder, by rung number
        self.table_rungs: list[tuple[int, str, int]] = []  # numbered table rows: no, title
        self.columns: tuple[int, dict[int, Kind]] = (0, {})  # a table's named columns
        self.column_line = 0  # the line of the last row read in those columns (prec14)
        self.column_periods: dict[int, str | None] = {}  # the period each column's head states
        self.column_title: int | None = None  # (rules51a, carry51) its title column
        self.last_no = 0  # the line of the row before the current one
        self.fee_line = 0  # (rules40b) a line of fees under its caption ("Test fees 2026")
        self.workplace_lines: set[int] = set()  # lines whose workplace cues were read
        self.dashed_lines: set[int] = set()  # "Org – Town – detail" lines (issuers)
        self.titled_rungs: list[tuple[str, int]] = []  # title headings in a ladder section
        # (real49) "Entry Level: A" … "Mid Level: B": rungs by their level's name, each over
        # its own lines of pay and duties (one ladder, read when the page ends)
        self.level_steps: list[tuple[str, int]] = []
        self.cued_lines: set[int] = set()  # prose lines read only for a cued skill list
        # the heading over the last run-in skills label ("… Knowledge/skills: A; B"): a later
        # "Additionally: C; D" under it adds to that list
        self.run_in_skills: str | None = None
        self.task_lines: set[int] = set()  # lines whose "-ing" task list names their skills
        self.stated_lines: set[int] = set()  # lines whose stated ladder was read
        self.told_lines: set[int] = set()  # lines whose told career was read
        self.told_rungs: set[str] = set()  # its posts: "as a paint shop boy … for £3 10s"
        # the paragraphs of a told career so far, by line: the next numbered paragraph may go
        # on with it ("15. … began work … as a slinger signaller." / "16. … worked as")
        self.told_parts: list[tuple[int, str]] = []
        # the later steps of the last ladder read, and its line: the next line's sentence
        # about them ("A → B → Supervisor" / "Supervisors manage …") tells no move
        self.chain_rungs: tuple[int, frozenset[str]] = (0, frozenset())
        # (rules39c) every rung of that chain, its first too (a priced line of the rungs
        # under it names no moves)
        self.chain_steps: frozenset[str] = frozenset()
        # the last rung each line's prose moved up to, by line: a next line "After that the
        # next step is B" goes on from it (``LadderMixin.rung_source``)
        self.line_rungs: dict[int, str] = {}
        self.grades: list[tuple[str, int]] = []  # pay rows by grade in a row: label, line
        self.imperative = False  # items below "you need to:": imperatives naming skills
        self.topics = False  # items below "Course content includes:": topics naming skills
        self.described: set[int] = set()  # lines describing a skill titled above them
        self.job_lines: set[int] = set()  # list items naming a job, no sector nor skill
        self.levels: list[tuple[int, str, int]] = []  # "Level N [Title]" headings: N, title
        self.level_posts: list[tuple[int, str]] = []  # "Skill Level N Serves as X": N, X
        self.own_level_keys: set[str] = set()  # the role's own levels a ladder table folded
        self.page = ""  # the page's text, one row a line
        # (fresh54) bullet rows of a run of "-ing" task items (gerund_tasks.gerund_runs)
        self.gerund_rows: frozenset[int] = frozenset()
        self.strip_line = -1  # the line under "Companies hiring Xs": a strip of names
        self.ladder_steps: frozenset[str] | None = None  # its arrow ladders' rungs (when asked)
        self.rung_grades: dict[str, str] | None = None  # their bracketed grades (carry37)
        self.subject_lines: set[int] = set()  # lines whose moves from another role were read
        self.cards: list[tuple[list[str], int]] = []  # grade cards' "Typical roles: A, B"
        self.member_grades: frozenset[str] = frozenset()  # see run()
        self.ranks: frozenset[str] = frozenset()  # military ranks on a service's page
        self.rank_placed: bool | None = None  # a pay row puts the role at a rank (when asked)
        self.column_paid: set[int] = set()  # lines of a column-by-column table, read in run()
        self.blanked: dict[int, list[tuple[int, int]]] = {}  # no-pay cells by line, in run()
        self.glued: tuple[str, int] | None = None  # a glued pay header's currency and line
        self.post = ""  # the post a numbered clause of a service minute is about
        # (rules54b) a personnel form's position left (FROM block: "" until its title is
        # read, None outside), the rows it has run, and whether the row restates an hourly rate
        self.from_post: str | None = None
        self.from_rows = 0
        self.verified_block = False  # (rules57b) the FROM post is a screening's verified title
        self.rate_row = self.restating = False
        self.card = ("", 0)  # the last line that may title a card: text, line
        self.lead_block = False  # names listed under a lead-in sentence ("Industries …:")
        # lines a hard-wrapped paragraph's row took in (set in parse_longform): a gap of
        # these between two rows is no blank line
        self.joined: frozenset[int] = frozenset()
        self.last_row: _Row | None = None  # the row before the one being read
        self.bar_meta: tuple[int, ...] = ()  # a bar table's "Type"/"Status" cells: no facts
        self.chip_rows: set[int] = set()  # rows of skill chips read under their heading
        self.other_snippets: set[int] = set()  # duties of other titles' listings
        self.last_heading = ""  # the text of the last heading of any kind
        self.prose_sectors: set[tuple[str, int]] = set()  # kinds read in sentences: key, line
        self.heading_rungs: dict[str, str] = {}  # level headings of the role's trade, by key
        self.schedule: list[Rate] = []  # a wage schedule's rates, read before the rows
        self.schedule_lines: set[int] = set()
        self.no_pay_section = False  # the last heading says its money is no pay
        self.league_pay: list[SalaryRange] = []  # a league table's pay, kept after the lines
        self.league_lines: set[int] = set()  # its rows: employers, no titles ("X Partners")
        self.price_section = False  # the last heading prices a service (see price_heading)
        self.price_line = -1  # the last line of a run of prices under a price label
        self.arrow_lines: list[tuple[int, str]] = []  # a page with a pathway diagram's arrows
        self.spaced: dict[int, str] = {}  # lines printed in columns (2 spaces or more), as is
        self.dotted: set[int] = set()  # lines whose items are parted by " · "
        self.titled_strips: dict[int, bool] = {}  # dotted lines: read as titles' figures?
        self.similar_cards: set[int] = set()  # (fresh57) similar ads' two-cell cards
        self.tables: list[Table] = []  # delimited tables read by their header (see run())
        self.stages: StageMatrix | None = None  # a competency matrix by career stage
        self.plan_lines: list[tuple[int, str]] = []  # a development plan form's lines
        self.earnings: frozenset[int] = frozenset()  # (rules53b) rows of a record of earnings
        self.matrix: list[tuple[int, dict[str, str]]] = []  # competency rows by level title
        self.owners: list[tuple[str, int]] = []  # the company an export's title row names
        # A results page's cards, a mail's chrome, one-line job cards (see parse_longform)
        self.listing: SearchPage | None = None
        self.mail: MailPage | None = None
        #: A pay survey's job as its headline figure names it (read before mail chrome goes).
        self.survey: tuple[str, int] | None = None
        #: an "X vs Y" comparison page's two roles (the page's own first)
        self.versus: tuple[str, str] | None = None
        self.compared: tuple[int, str, str] | None = None  # (its title's line, as printed)
        self.printed: dict[int, str] = {}  # the page's lines as printed (before any reading)
        self.flairs: dict[int, str] | None = None  # thread comments' writers' jobs (flair_jobs)
        self.family: FamilyPage | None = None
        self.mentor: MentorPath | None = None  # a mentor profile's own path
        self.history = CareerHistory()  # a profile's dated career history
        # current openings (guides.openings): each one's line, firm and card title
        self.openings: list[tuple[int, str, str | None]] = []
        self.steps: HowtoSteps | None = None  # a how-to article's steps
        self.step_lines: list[tuple[int, str]] = []  # (read once the role is known)
        self.interview_lines: list[tuple[int, str]] = []  # an interview page's, unblanked
        self.hiring_lines: list[tuple[int, str]] = []  # as printed: "Org (stand) - hiring X"
        self.adverts: dict[int, str] = {}  # a chat's pasted adverts: their titles by line
        self.card_titles: dict[int, str] | None = None  # cards' "Title:" fields, by line
        self.line_cards: list[tuple[int, tuple[str, str | None, str, str | None]]] = []
        self.ads: list[ClassifiedAd] = []  # a classified page's ads (guides.classified_ads)
        # (carry41) a posting's firm on the line under its title and that line, added after
        # every other reader (their spelling of the same firm kept)
        self.title_firm: tuple[str, int] | None = None
        # (rules47a) the other firms of that line ("X Hotel Complex ★★★★ — Y Hotels AD": the
        # hotel and the company it belongs to)
        self.title_firms: list[tuple[str, int]] = []
        self.apprenticeship = False  # (fixes69) the role named by an apprenticeship's title
        self.ad_lines: set[int] = set()  # their lines, whose pay is read with its owners
        self.family_chrome: dict[int, str] = {}  # their chrome lines, as printed
        # Cards of another title with their company, as (title, company, line): a title
        # that is one of the role's aliases (read later) still names the role.
        self.other_cards: list[tuple[str, str, int]] = []
        self.speech: Speech | None = None  # a transcript read as speech (guides.spoken)
        self.deck: Deck | None = None  # a slide deck read slide by slide (guides.slides)
        self.course: CourseFacts | None = None  # a course or pathway page's facts (run())
        self.calculator: set[int] = set()  # a pay calculator's arithmetic (guides.paycheck)
        self.declared: frozenset[int] = frozenset()  # rows priced by a bracket of units
        self.examples: list[tuple[int, str, str]] = []  # a pay formula's worked examples
        self.offers: list[tuple[int, str, str]] = []  # similar jobs listed one a line
        self.glosses: dict[str, str] | None = None  # (rules41c) native word -> its title
        self.successors: list[tuple[str, int]] = []  # a succession plan's successors' posts
        self.rubric: RubricFacts | None = None  # a promotion rubric's facts (guides.rubric)
        # the section (kind, headings) of the last line when it was a first-person lead-in
        # ("… where I:"), the list below it open
        self.told_lead: tuple[Kind, str, str] | None = None
        self.military: list[MilitaryRow] = []  # a translator's military jobs (military_match)
