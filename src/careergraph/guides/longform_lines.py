"""Line helpers of the long-form parser: the row model (:class:`_Row`) and the line
shapes and patterns that both row splitting and the reading mixins use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from careergraph.guides.ladders import broken_boxes
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.guides.text import SMALL_WORDS, is_title_case
from careergraph.guides.vocab import Vocabulary


@dataclass(frozen=True)
class _Row:
    """A non-blank line (or part of one), classified."""

    no: int
    text: str  # bullet marker removed
    bullet: bool
    heading: str = ""  # non-empty for plain, numbered and bullet sub-headings
    numbered: bool = False
    kind: Kind | None = None  # a known heading's kind, or a bullet label's for its own line
    top: bool = False  # a known heading: opens a top-level section
    full: str = ""  # a labelled line's whole text (``text`` is what follows the label)
    rung: int | None = None  # a rung block's title: its first year (-1: no years line)
    label: str = ""  # a panel row's label ("Average Salary" of "Average Salary$48,300")
    standard: bool = False  # a document's numbered or weighted item ("2.3 Laying block")
    term: bool = False  # (real47) a list's item over the sentence that defines it


_OPENING_WORDS = 4  # words of a title ending the prose before an arrow chain


def _last_title(text: str, step: Callable[[str], str | None]) -> str | None:
    """The longest title of up to four words ending ``text``, in lower case too ("From
    adviser, the usual path is senior mortgage adviser" -> "Senior Mortgage Adviser").

    >>> titled = {"senior tiler": "Senior Tiler", "tiler": "Tiler"}
    >>> _last_title("the path is senior tiler", titled.get)
    'Senior Tiler'
    """
    words = text.split()
    for size in range(min(_OPENING_WORDS, len(words) - 1), 0, -1):
        found = step(" ".join(words[-size:]))
        if found:
            return found
    return None


def _top_fork(chain: Sequence[str] | None,
              step: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The two titles an arrow chain's last step names with "or" ("… → team leader → branch
    manager or network director"), each a rung above the step before; None otherwise.

    >>> _top_fork(["A", "Team Leader", "Branch Manager or Network Director"], lambda t: t)
    ('Branch Manager', 'Network Director')
    """
    if not chain or len(chain) < 2 or " or " not in chain[-1]:
        return None
    first, _, second = chain[-1].partition(" or ")
    one, other = step(first.strip()), step(second.strip())
    return (one, other) if one and other else None


def _box_blocks(rows: Sequence[_Row], is_title: Callable[[str], bool],
                kinds: frozenset[Kind] = frozenset({Kind.LADDER}),
                ) -> list[tuple[list[str], int, int]]:
    """The rungs of each ladder graphic flattened one box a line under a ladder heading (the
    lines up to the first blank one), with the heading's and the block's last line number;
    ``kinds``: the headings that may hold one (a slide titled "Career path" too)."""
    found: list[tuple[list[str], int, int]] = []
    for index, row in enumerate(rows):
        if row.kind not in kinds or not row.heading:
            continue
        block: list[str] = []
        for after in rows[index + 1:]:
            if after.no != row.no + len(block) + 1 or after.bullet or after.kind is not None:
                break
            block.append(after.text)
        if rungs := broken_boxes(block, is_title):
            found.append((rungs, row.no, row.no + len(block)))
    return found


def _role_work(role: str) -> str:
    """The work a role's title names, as a field ("Embalmer" -> "embalming", "Surveyor"
    -> "surveying"), or "" when its last word is no "-er"/"-or" agent noun."""
    last = role.rpartition(" ")[2].lower()
    return f"{last[:-2]}ing" if len(last) > 5 and last.endswith(("er", "or")) else ""
# ("Salary (per month): 16,000": a bracket of terms before the colon)
_PAY_LEAD = re.compile(r"[^:.]{0,60}\b(?:salary|pay|wages?)(?:\s*\([^():]{1,30}\))?\s*:\s*\d",
                       re.IGNORECASE)


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


# Words inside an item that make it a phrase, not a name ("architecture on AWS").
_FUNCTION_WORDS = re.compile(r"\b(?:on|in|with|including|such as|like|of|at|to)\b")
# A "More" link left between a panel's label and its value: chrome, not an item.
_SHORT_LINK = 16
_SURVEY_ROWS = 60  # rows read for a pay survey's headline figure (summary, key findings)
_VERSUS_ROWS = 12  # rows read for an "X vs Y" comparison's title
_SITE_ROWS = 400  # rows read for the site's own name (masthead, copyright line)
# What a title printed alone looks like: capitalised words, brackets and slashes, no stop.
_TITLE_SHAPE = re.compile(r"[A-Z][\w&/' ()-]*$")
# A hedge beside a sector's name in a list ("telecom mostly, also broadcast").
_SECTOR_HEDGE = re.compile(r"(?:(?<=^)|(?<=, ))(?:and also|also|plus)\s+|"
                           r"\s+(?:mostly|mainly|largely|too|as well)(?=,|$|\.)")
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")
# The sectors a list adds after "also" ("…, also broadcast and utilities"), one word each.
_ALSO_PAIR = re.compile(r"(?:(?<=^)|(?<=, ))(also [a-z-]+) and ([a-z-]+)(?=[.,;]|$)")
# A step's aside in words ("purser (on bigger boats)"): no part of its title.
_ASIDE = re.compile(r"\s*\((?![^)]*\d)[^()]*\)")
_SHORT_WORDS = 6
# A panel's rating value, not a skill ("High skill", "Below average").
_RATING = re.compile(r"^(?:very\s+)?(?:high|medium|low|above average|below average|average)"
                     r"(?:\s+skill(?:ed|s)?)?$", re.IGNORECASE)
_MORE_LINKS = frozenset({"more", "read more", "see more", "show more", "view more",
                         "learn more"})


def _known_heading(text: str, vocab: Vocabulary) -> Kind | None:
    """The kind of a line that is a known heading however decorated (own line)."""
    if len(text) > 60 or "$" in text:
        return None
    kind = vocab.headings.exact(text)
    return Kind(kind) if kind is not None else None


_BILINGUAL_WORDS = 5  # words of a translated heading's original half


def _bilingual_heading(text: str, vocab: Vocabulary) -> Kind | None:
    """The kind of a translated page's heading printed in both languages, its original
    (a script or accents outside ASCII, no figure, no further slash) before " / " and a known
    heading after it ("Στοιχεία μισθών / Salary statistics", "Mzdové údaje / Salary data");
    a breadcrumb ("Home / Careers / Salary") or an English pair is none.

    (rules39c; the English half is read as a heading alone, short and capitalised)
    """
    if " / " not in text or len(text) > 80 or "$" in text:
        return None
    original, _, english = text.partition(" / ")
    english = english.strip()
    if "/" in english or not original.strip() or len(original.split()) > _BILINGUAL_WORDS or (
            original.isascii()) or _DIGIT.search(text) or not english.isascii() or not (
            english[:1].isupper()) or english[-1] in ".:!?,;)" or len(
            english.split()) > _BILINGUAL_WORDS:
        return None
    kind = _known_heading(english, vocab) or classify_heading(english, vocab.headings)
    return None if kind is Kind.OTHER else kind


_GLUED_CELLS = re.compile(r"[a-z][A-Z]")  # "ImportanceSkill": a flattened table header

# (a bracket may follow the form: "Kamo Brewing Co., Ltd. (加茂酒造株式会社)", its own script)
_LEGAL_TAIL = re.compile(r",\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|LLP|PLLC|Pty Ltd|GmbH|S\.A\.)"
                         r"(?:\s*\([^(),]*\))?$")

# (rules48b) A company field's name and legal form, then the place and notes after a dash or
# in a bracket ("Company: Stonebridge Builders, Inc. — Denver, CO (hybrid, …)", "Client: X
# LLP (Leeds, Park Square)"): the name with its form is the whole employer.
_FORMED_HEAD = re.compile(r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,6},?\s+"
                          r"(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|LLP|PLLC|Pty\.? Ltd\.?|GmbH|"
                          r"S\.A\.|plc|PLC|Corp\.?|Corporation))(?=\s+[-–—·|]\s|\s*\(|\s*$)")

# (rules48b) A recruiter's job order at its head: "Client: Harcastle Bright LLP (Leeds)    Status:
# LIVE": the client, named with its legal form, is the employer (the agency is none).
_CLIENT_FIELD = re.compile(r"(?i:(?:(?:hiring|end)\s+)?client)\s*:\s*" + _FORMED_HEAD.pattern)
_CLIENT_LINES = 15


_RUN_IN_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+&\s+")
_RUN_IN_WORDS = 4  # words of one name in a run-in list of workplaces


# A freelancer's rate for his own time, opening its line ("Day rate £720 (…)"): pay even
# under "Fees", where the prices per service around it are none.
# (the work it is charged for may follow: "Hourly rate for small amendments: €55", a
# freelancer's rate for short pieces of work is still a rate for his time)
_OWN_RATE = re.compile(r"(?:day|daily|hourly)\s+(?:rate|fee)(?:\s+for\s+(?:small|smaller|short|"
                       r"quick|urgent|rush|one-off)\s+[a-z]+)?\s*:?\s*(?:of\s+)?"
                       r"[$€£¥₹A-Z]{1,3}\s?\d", re.IGNORECASE)
# The platforms or tools after a skill's bracket: "(RSI) on Interprefy and KUDO".
_PLATFORM_TAIL = re.compile(r"\s*(?:on|in|with|using|via)\s+(?=[A-Z])(.{2,60}?)\.?$")
_AND_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
# Kinds a heading names only for a section of its own (never a part of a list).
_SECTION_KINDS = frozenset({Kind.REQUIREMENTS, Kind.EMPLOYERS, Kind.SECTORS, Kind.SALARY,
                            Kind.MOVES_IN, Kind.LATERAL, Kind.MOVES_UP})
# Kinds whose words also name list items ("Roadmaps", "Prioritisation frameworks").
_ITEM_LIKE = frozenset({Kind.LADDER, Kind.PROGRESSION, Kind.TOOLS, Kind.SKILLS,
                        Kind.SOFT_SKILLS, Kind.OTHER})
_SHORT_HEADING = 6
# A sentence that introduces a list of skills, whatever its section.
# (a promotion circular's "The selection will test:", "Candidates are tested on:": the
# subjects of its written test, one topic an item)
_TOPIC_INTRO = re.compile(r"\b(?:course content|syllabus|curriculum|will test|tested on)\b",
                          re.IGNORECASE)
_SKILL_INTRO = re.compile(r"\b(?=[sacywte])"  # (the letters a match can start with, tested first)
                          r"(?:skills|strengths|abilities|competenc(?:y|ies)|attributes|"
                          r"(?:you will|you'll|will) learn|course content|syllabus|will test|"
                          r"tested on|"
                          # (rules38b) a vacancy's "will be expected to know or to learn
                          # within probation:" over its lettered or numbered list
                          r"expected to (?:know|learn)|"
                          # (real36) no "software" naming a worker or a field ("… in software
                          # engineering, this is often the Level 1 software engineer. An L1
                          # engineer typically looks like:" lists a level's traits)
                          r"curriculum|software(?!\s+[a-z]+(?:er|or|ist|ect|ian|ing)s?\b)|tools|"
                          r"should study)\b", re.IGNORECASE)
# "Employers look for:", "Good surveyors also have:": what the role's people bring follows.
_WANTED = re.compile(r"(?:^|\.\s)[A-Z][\w ]{0,40}?s\s+(?:also\s+|usually\s+|should\s+|"
                     r"must\s+)?(?:look for|have|value|want):$")
# A line that states skills by itself, in no skills section ("Proficient in A and B").
_QUALIFIED_LINE = re.compile(r"(?:Knowledge of|Proficient in|Skilled in|"
                             r"Familiar with) ")
_LONG_SENTENCE = 25
_MAX_GRADE_LABEL = 6
_LONG_ROW = 80  # a level table flattened into one line is at least this long
# A value that opens with a figure, in any currency ("₦420,000 per month", "N1.2 million").
_FIGURE_FIRST = re.compile(r"\s*\S{0,3}?\s?\d")
# A bracket that says something of its tool with a verb ("(Instagram is the shop window)").
_ASIDE_CLAUSE = re.compile(r"\s(?:is|are|was|were)\s")
# A line that is only a bracketed remark ("(technical training and on the job)").
_ASIDE_LINE = re.compile(r"\([^()]{1,120}\)")
_QUESTION_WORDS = frozenset({"who", "where", "what", "how", "which", "when", "why"})


_STORY_TOP = 15  # rows at a post's top searched for its "From A to B" title
_STRIP_ITEMS = 3
_STRIP_WORDS = 5


# A figure alone on its line: "$63,400", "11%", "9,420+".
_FIGURE = re.compile(r"[$€£₹]?\s?\d[\d,.]*\s?(?:%|[kK]|[kK]\+|\+)?")
_DIGIT = re.compile(r"\d")


def _blank_between(joined: frozenset[int], before: int, after: int) -> bool:
    """A blank (or dropped) line lies between row ``before`` and row ``after``: a line of the
    gap that no hard-wrapped paragraph's row took in (``joined``).

    >>> _blank_between(frozenset(), 4, 6), _blank_between(frozenset({5}), 4, 6)
    (True, False)
    """
    return any(no not in joined for no in range(before + 1, after))


def _panel_label(rows: Sequence[_Row], index: int, joined: frozenset[int] = frozenset()) -> bool:
    """``rows[index]`` labels one value line in a run of label/value lines (an encyclopedia
    infobox flattened: "Fields of employment" / "A, B, C" / "Related jobs" / "D, E"), and a
    paragraph of prose follows the run after a blank line: the section is the value only.
    """
    if not 0 < index < len(rows) - 2:
        return False
    before, row, value, after = rows[index - 1], rows[index], rows[index + 1], rows[index + 2]
    return (before.no == row.no - 1 and value.no == row.no + 1 and not value.heading
            and not value.bullet and _blank_between(joined, value.no, after.no)
            and not after.heading and not after.bullet and after.text[-1:] == "."
            and ":" not in row.text)


_QUESTION_MARKS = " ▼▲►▸▾+−-"


def _panel_kind(label: str, vocab: Vocabulary) -> Kind | None:
    """What a panel row's label announces ("Industry", "Skill Level"), None if unknown."""
    kind = classify_heading(label, vocab.headings)
    return None if kind in (Kind.OTHER, Kind.OVERVIEW) else kind


# A title that opens a scheme's name ("the NHS Scientist Training Programme"): no post.
# (a title naming a programme or a school: "Cadet Academy", "Apprentice Programme")
_PROGRAMME = r"(?:Training\s+)?(?:Programme|Program|Scheme|Academy|School|College)\b"
# A title's label before its statistic: "(HCPC registered): median", ": average".
_STAT_LABEL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*:\s*(?:median|average|mean|typical)?\s*$",
                         re.IGNORECASE)
# Sections a numbered heading in capitals opens ("7. OTHER PATHWAYS", "3. SKILLS").
_CAPS_SECTIONS = frozenset({Kind.MOVES_UP, Kind.LATERAL, Kind.MOVES_IN, Kind.SKILLS,
                            Kind.TOOLS, Kind.EMPLOYERS, Kind.SECTORS,
                            # a public job call's "5. REMUNERATION", "6. PROFESSIONAL CAREER"
                            Kind.SALARY, Kind.PROGRESSION, Kind.RESPONSIBILITIES,
                            Kind.REQUIREMENTS})
    # (a panel's values are not capitalised: "High skill")


# A label then a question to the reader ("Employers and Universities: Work with us?"): site
# chrome inviting a click, which heads no section.
# A lower-case plural ending a listed name ("… Head Start programs", "… body shops"): a kind
# of workplace, no company.
_KIND_TAIL = re.compile(r"[a-z][a-z-]+[^s']s")
_KIND_WORDS = 4  # a kind of workplace in lower case ("tea packing companies") is short
# Occupation codes of four to six digits before each listed title ("324211 Vehicle Body
# Builder · 324311 Vehicle Painter"): no part of the titles.
_LISTED_CODES = re.compile(r"(?:^|(?<=[·•|;,]\s))\d{4,6}\s+([A-Z][^·•|;,]*)")


# An occupation code in brackets after a listed title ("Pastry cook (D1104)", "Cabinetmakers
# (CNP 72311)"): no part of the title.
_CODE_AFTER = re.compile(r"\s*\((?:[A-Z]{2,6}[\s:-]+)?[A-Z]?\d{3,6}(?:[.-]\d{1,4})?\)")


# (left58) The month and year a dated job history's entry opens with ("Job history: 04/2018
# Stores Clerk → 05/2020 Buyer I → …" on an HR system's request): when the post was taken
# up, no part of its title.
_DATED_ENTRY = re.compile(r"^(?:(?:0?[1-9]|1[0-2])/)?(?:19|20)\d\d\s+(?=[A-Z][a-z])")


def _uncoded_titles(text: str) -> str:
    """``text`` less the codes before its listed titles in Title Case ("324311 Vehicle
    Painter" -> "Vehicle Painter"); a unit group in sentence case keeps its code ("41221
    Elementary school and kindergarten teachers" names no single role); a dated entry less
    its date ("05/2020 Buyer I" -> "Buyer I")."""
    text = _DATED_ENTRY.sub("", text)
    return _LISTED_CODES.sub(
        lambda m: m.group(1) if is_title_case(m.group(1).strip()) else m.group(0), text)
