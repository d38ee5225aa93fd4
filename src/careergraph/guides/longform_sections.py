"""Headings and sections for the long-form parser: a heading's kind and facts,
items that are no heading, section names and criteria.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from careergraph.guides.amounts import find_amounts, find_money
from careergraph.guides.builder import Bucket, fact_key
from careergraph.guides.by_content import content_kind
from careergraph.guides.criteria import (
    credential,
    criteria_aside,
    criteria_section,
    criteria_sublabel,
    criterion_skills,
    served_titles,
)
from careergraph.guides.employer_names import (
    firms_apart,
    names_a_kind,
    names_with_and,
    whole_bodies,
)
from careergraph.guides.gazetteer import fold
from careergraph.guides.headline import is_masthead
from careergraph.guides.hiring_lines import headed_workplaces
from careergraph.guides.industries import industry_name, industry_shares
from careergraph.guides.items import IMPERATIVE_LEAD, bracket_examples, strip_acronym
from careergraph.guides.ladders import level_heading
from careergraph.guides.level_rows import attribution_line
from careergraph.guides.longform_lines import (
    _ALSO_PAIR,
    _CAPS_SECTIONS,
    _ITEM_LIKE,
    _KIND_TAIL,
    _KIND_WORDS,
    _LEGAL_TAIL,
    _NEXT_SENTENCE,
    _QUESTION_WORDS,
    _RUN_IN_JOIN,
    _RUN_IN_WORDS,
    _SECTION_KINDS,
    _SECTOR_HEDGE,
    _SHORT_HEADING,
    _TOPIC_INTRO,
    _Row,
)
from careergraph.guides.longform_pages import PageMixin
from careergraph.guides.longform_patterns import (
    _NAME_BUCKETS,
    _NEXT_FIELD,
    _NOT_A_NAME,
    _NOTE,
    _ROLE_LISTS,
    _RUNG_PARTS,
    _WITHHELD,
    _same_role,
)
from careergraph.guides.longform_skills import listed_bracket
from careergraph.guides.mentions import section_names, sectors
from careergraph.guides.move_items import ladder_step, listed_role, move_titles
from careergraph.guides.not_pay import price_heading, restated_rate
from careergraph.guides.prose_titles import is_truncated
from careergraph.guides.rank_rows import unit_without_place
from careergraph.guides.requirement_items import eligibility, post_held
from careergraph.guides.roles import singular_title, title_case
from careergraph.guides.rubric import promotion_document
from careergraph.guides.section_kinds import (
    _LIST_KINDS,
    _LONG_CRITERION,
    _MOVE_BUCKETS,
    _PAY_BY_KIND,
    _SKILL_KINDS,
    _TOP_HEADINGS,
    Kind,
    classify_heading,
)
from careergraph.guides.sector_frames import sector_pairs
from careergraph.guides.sector_noise import call_line, notice_line, perks_line, sources_line
from careergraph.guides.skill_cues import fixed_pair, paired_skills
from careergraph.guides.split import join_brand_names, name_pieces, segment
from careergraph.guides.text import SMALL_WORDS
from careergraph.guides.wage_schedule import not_pay_heading
from careergraph.guides.workplaces import COUNTED_JOBS, OTHERS
from careergraph.model import SkillKind
from careergraph.names import is_acronym_of

# A band's name over a rung of a ladder section ("Entry Level", "Mid-Level", "Leadership").
_BAND_HEADING = re.compile(r"^(?:(?:entry|junior|mid|middle|senior|lead|advanced|expert|"
                           r"executive)[- ]?level|leadership)\s*:?$", re.IGNORECASE)

_STAGE_LABEL_WORDS = 3  # "The Foundation", "Mid-Career", "Stage 2"
_CARD_PAY_LINES = 6  # lines from a listed title to the pay heading of its own card

# A section's number before its heading's words ("5. Career pathway"; not "5.2 …").
# A lead-in's last word, no kind of workplace ("numerous careers, including:"), and a number
# cut at its comma ("$83,000 per year" under an employers heading).
# (rules37b) A heading opening with "And" ("AND WHERE THEY WENT" under "Where our chefs came
# from"): its question word is the next.
_AND_OPENING = re.compile(r"^\s*(?:and|&)\s+(?=\S)", re.IGNORECASE)
# A criterion asked as a yes/no question ("Does he/she dress well?").
_ASKED = re.compile(r"(?:Is|Are|Does|Do|Can|Has|Have|Will|Would)\s")
# Capitalised names only, set apart by semicolons ("A Dental; B Dental Group").
_SEMICOLON_NAMES = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5}"
                              r"(?:;\s+[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})+")
# (rules53b) A street address: its number, up to four capitalised words and the street's
# kind ("4100 Industrial Park Rd, …", "12 High Street").
_STREET_LINE = re.compile(r"\d{1,6}[A-Z]?\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Rd|St|Ave|Blvd|Dr|Ln|"
                          r"Road|Street|Avenue|Boulevard|Drive|Lane|Way|Pkwy|Parkway|Hwy|"
                          r"Highway|Ct|Court|Pl|Place|Cir|Circle)\b\.?(?:,|$)")
_LOWER_NOTE = re.compile(r"\s+\([a-z][a-z ]{2,30}\)$")  # "TV stations (captioning)"
# (rules35b) A list the page itself says names no employers ("Industry partners: A (training),
# B, C (not employers)"): the closing note disowns the whole list.
_NOT_EMPLOYERS = re.compile(r"\((?:these are |they are )?(?:not|no) (?:employers|hirers|"
                            r"recruiters)\)\.?$", re.IGNORECASE)
# A bracket after an organisation that counts its people ("(structures and civil, 45 staff)").
_COUNTED_NOTE = re.compile(r"\s*\([^()]*\b\d[\d,]*\+?\s+(?:staff|employees|people|workers|"
                           r"engineers|members)\b[^()]*\)")
# A body said not to employ the role ("the Samaritans do NOT employ peers", "does not hire").
# (rules46b) and a contract "with X, not with Y": the body after "not" employs no one here
_DOES_NOT_EMPLOY = re.compile(r"\b(?:do|does|did)\s+not\s+(?:employ|hire|recruit)\b|"
                              r"\b(?:don't|doesn't|don’t|doesn’t)\s+(?:employ|hire|recruit)\b|"
                              r"(?P<contrast>,\s+not\s+(?:with|by|for)\s+(?:the\s+)?[A-Z])",
                              re.IGNORECASE)
# The towns in a bracket after one firm's name, a dotted list's cell ("Harbour Kart LLC
# (Dover, Deal) · Northfield Karting (Leeds)"): where the firm runs its sites, never firms.
_TOWN = r"[A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+)?"
# (rules33c) a crew list's "Moorland Pictures (HETV, Leeds)": the format's letters beside
# the town
_NOTE_WORD = rf"(?:{_TOWN}|[A-Z]{{2,5}})"
_CELL_TOWNS = re.compile(rf"^(?P<firm>[A-Z][^,()]*[A-Za-z.])\s+"
                         rf"\({_NOTE_WORD}(?:,\s*{_NOTE_WORD})+\)$")
_SHORT_CAPS = re.compile(r"[A-Z]{2,4}")  # an acronym before a kind's plural ("NHS trusts")
# (rules33c: "hire licensed auctioneers and ring staff" under a wrapped line's firms: the
# predicate of the line above, whom they hire, no kind of employer)
# (rules33c, prec5: "owned and operated by independent franchisees", "staffed by …": who
# runs the sites, no kind)
_NO_KIND = re.compile(r"(?:including|includes?)$|\d{3}\b|(?:hire|employ|recruit)s?\s|"
                      r"(?:owned|operated|run|managed|franchised|staffed|leased)\b"
                      r"(?: and \w+ed)? by\b", re.IGNORECASE)
_SECTION_NO = re.compile(r"\s*(\d{1,2})\.\s+(?=[A-Z])")
# What follows a sector's name in a bullet: "… with many business units", "Banks building …".
# Two initialisms sharing the noun after them ("LNG / LPG carriers", "CNG/LPG stations").
_PARAGRAPH_WORDS = 8  # a sentence of prose, no list item
_SKIPPED_SECTION = 2  # a numbered section's step over one section not read as a heading
_SHARED_INITIALS = re.compile(r"^[A-Z]{2,5}\s?/\s?[A-Z]{2,5}\s+[a-z]+$")
# A list of kinds named by one acronym in a bracket after it ("Ground, water and road
# construction (GWW)", "Architecture, engineering and construction (AEC)"): the acronym
# names the whole list as one sector, an industry's official name.
_NAMED_LIST = re.compile(r"^(?P<list>[A-Za-z][\w' -]*(?:,\s*[\w' -]+)+,?\s+(?:and|&)\s+"
                         r"(?P<last>[\w' -]+?))\s*\((?P<acronym>[A-Z]{2,6})\)$")
_SECTOR_TAIL = re.compile(r"\s+(?:with|that|which|who|where|for)\s.*$|(?<=s)\s+[a-z]+ing\s.*$")
_NAME_LINE_WORDS = 4
_CRITERIA_RUN = 3  # (rules44b) criteria of one line: a standing and two more at least
_SHARE = re.compile(r"\s*\(?\d+(?:[.,]\d+)?\s*%\)?\s*$")
_LEADING_SHARE = re.compile(r"^\s*\d{1,3}(?:[.,]\d+)?\s?%\s+(?=[A-Za-z])")
# A place preposition opening a list's first kind ("In city councils, nursery schools …",
# "… services, on wind farms"): the sentence's words, no part of the kind's name.
_LEAD_PLACE = re.compile(r"^(?:[Ii]n|[Oo]n|[Ww]ithin)\s+(?=[a-z])")
# A kind named by its owners ("Main employers are A and B, and their subsidiaries"): the kind
# is the noun after the possessive, which points back at the employers named before it.
_OWNER_WORD = re.compile(r"^(?:[Tt]heir|[Ii]ts)\s+(?=[a-z])")


def _named_list(text: str) -> bool:
    """Whether ``text`` is a comma list of kinds named as one by the acronym after it; an
    acronym of the last item alone ("…, health and Fast Moving Goods (FMG)") names that item.

    >>> _named_list("Ground, water and road construction (GWW)")
    True
    >>> _named_list("Retail, banking and fast moving consumer goods (FMCG)")
    False
    >>> _named_list("Retail, banking and energy")
    False
    """
    match = _NAMED_LIST.match(text)
    if match is None:
        return False
    initials = "".join(word[0] for word in match.group("last").split()).upper()
    return not match.group("acronym").startswith(initials[:2]) or len(initials) < 2


def _sector_pairs(pieces: list[str], known: Sequence[str],
                  industry: Callable[[str], bool] | None = None, *,
                  cells: bool = False) -> list[str]:
    """Sectors of a list with two joined by "and" parted: the last item of a comma list
    ("telecoms, mining and farming"), or a lone pair of known sectors ("healthcare and
    retail"); a fixed pair ("oil and gas"), a pair with an unknown ("energy and critical
    minerals", "road and highway construction") or a middle item ("mining · energy and
    metals · government") is one sector.

    >>> _sector_pairs(["telecoms", "mining and farming"], [])
    ['telecoms', 'mining', 'farming']
    >>> _sector_pairs(["healthcare and retail"], ["Healthcare", "Retail"])
    ['healthcare', 'retail']
    >>> _sector_pairs(["energy and critical minerals"], ["Energy"])
    ['energy and critical minerals']
    >>> _sector_pairs(["road and highway construction"], ["Healthcare"])
    ['road and highway construction']
    >>> _sector_pairs(["mining", "energy and metals", "government"], ["Energy"])
    ['mining', 'energy and metals', 'government']
    >>> _sector_pairs(["Healthcare and Retail."], ["Healthcare", "Retail"])
    ['Healthcare', 'Retail']
    >>> _sector_pairs(["tidal utilities and harbour boards"], [])
    ['tidal utilities', 'harbour boards']
    >>> _sector_pairs(["Mining and Biotechnology"], [], lambda name: True)
    ['Mining', 'Biotechnology']
    >>> _sector_pairs(["Transportation and Warehousing"], [], lambda name: True)
    ['Transportation and Warehousing']
    >>> _sector_pairs(["Shipbuilding", "Steel and copper"], [], cells=True)
    ['Shipbuilding', 'Steel and copper']

    (rules38c) Cells a pipe or a dot parts ("Field: Shipbuilding | Steel and copper") are
    each whole: the last cell's "and" joins no list's last item, and parts it only as a lone
    pair's.
    """
    folded = {fold(name) for name in known}

    def sector(name: str) -> bool:  # (an industry the gazetteer knows, though the lexicon not)
        return fold(name) in folded or (industry is not None and industry(name))

    out: list[str] = []
    for index, piece in enumerate(pieces):
        # (a label's list ends its sentence: "Industries: Mining and Biotechnology.")
        left, joined, right = piece.rstrip(".").partition(" and ")
        official = piece.strip(" .").lower() in sector_pairs()  # (a classification's name)
        if joined and " and " not in right and not fixed_pair(piece) and not official and (
                (index and index == len(pieces) - 1 and not cells)
                or ((len(pieces) == 1 or cells) and ((sector(left) and sector(right))
                                          or bool(_plural_pair(piece))
                                          or _two_industries(piece, folded)))):
            out.extend((left, right))
        else:
            out.append(piece)
    return out


# (fresh58) A spaced dash before a name in lower case in a sector field.
_SPACED_DASH = re.compile(r"(?<=[A-Za-z]) [-–] (?=[a-z])")
_INDUSTRY_WORDS = 2  # "Maritime Shipping": an industry's short name
_CELL_MARKS = re.compile(r" [|·•] |; ")  # (rules38c) cells of a strip, each whole


def _two_industries(piece: str, folded: set[str]) -> bool:
    """Whether a lone pair names two industries: sides of two words at most, one a known
    sector and the other known or one word ("automotive and financial services", "energy
    and nonprofit"), or both in Title Case ("Maritime Shipping and Mining"). A known name
    ("Media and Entertainment"), a fixed pair (``sector_pairs``: "Education and Training")
    or a two-word unknown in lower case ("energy and critical minerals") stays whole.

    >>> _two_industries("Legal Services and Mining.", set())
    True
    >>> _two_industries("energy and critical minerals", {"energy"})
    False
    >>> _two_industries("sport and fitness", {"energy"})
    False
    >>> _two_industries("Health Care and Social Assistance", set())
    False
    >>> _two_industries("health services and education", {"health"})
    True
    >>> _two_industries("Social and health services", {"health"})
    False
    >>> _two_industries("Medical and Dental Laboratories", {"mining"})
    False
    >>> _two_industries("Mining and Construction Services", {"mining"})
    True
    """
    text = piece.strip(" .")
    if fold(text) in folded or text.lower() in sector_pairs():
        return False
    sides = [side.split() for side in text.split(" and ")]
    if len(sides) != 2 or not all(0 < len(side) <= _INDUSTRY_WORDS for side in sides):
        return False
    # (fresh59) "health services and education": a known industry's word before "services"
    # on the first side names that industry's services, a known side too (on the second,
    # "Social and health services", the first word shares its head: one sector)
    known = [fold(" ".join(side)) in folded or (
        at == 0 and len(side) == _INDUSTRY_WORDS and side[1].lower() == "services"
        and fold(side[0]) in folded) for at, side in enumerate(sides)]
    if any(known) and all(len(side) == 1 or k for side, k in zip(sides, known, strict=True)):
        return True  # (two unknown words, "sport and fitness", may be one sector)
    if len(sides[0]) == 1 and not known[0] and len(sides[1]) > 1 and sides[1][-1].endswith("s"):
        return False  # (left54) "Medical and Dental Laboratories", "Orthotics and Prosthetics
        # Laboratories": a lone word no industry alone shares the plural head after it
    return all(word[:1].isupper() for side in sides for word in side)


def _plural_pair(text: str) -> list[str]:
    """The two kinds of a lone pair of plural kinds ("Water utilities and river
    authorities."); no pieces for any other text.

    >>> _plural_pair("Water utilities and river authorities."), _plural_pair("Oil and gas")
    (['Water utilities', 'river authorities'], [])
    """
    left, joined, right = text.strip(" .").partition(" and ")
    if not joined or "," in text or " and " in right or not (
            _plural_kind(left) and _plural_kind(right)):
        return []
    return [left, right]


def _kinds_pair(text: str) -> list[str]:
    """(fixes95) Two kinds of workplace in lower case joined by "and", each up to four words
    ending in a plural noun ("hospitals and academic medical centers"); else none.  (A
    shared head, "oil and gas companies", has a singular first half: one kind.)

    >>> _kinds_pair("hospitals and academic medical centers")
    ['hospitals', 'academic medical centers']
    >>> _kinds_pair("oil and gas companies"), _kinds_pair("schools and colleges of hope")
    ([], [])
    """
    left, joined, right = text.strip(" .").partition(" and ")
    if not joined or " and " in right or "," in text:
        return []
    sides = (left.split(), right.split())
    if all(0 < len(words) <= _KIND_SIDE_WORDS and _KIND_PLURAL.fullmatch(words[-1])
           for words in sides):
        return [left, right]
    return []


_KIND_SIDE_WORDS = 4
_KIND_PLURAL = re.compile(r"[a-z][a-z-]+[^s'u]s")


def _plural_kind(phrase: str) -> bool:
    """A kind of workplace of two words or more ending in a plural ("water utilities"): a
    lone pair of two of them is two sectors, as "oil and gas" is not."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].islower() and words[-1].endswith("s") and not (
        words[-1].endswith(("ss", "ics")))


# A form's part or section label ("PART IV — DEVELOPMENT ACTIVITIES", "Section 3 – Objectives
# for the coming year"): the form's next part, never an item of the list before it.
_FORM_PART = re.compile(r"^(?i:part|section)\s+(?:[IVX]{1,4}|[A-H]|\d{1,2})(?:\s+of\s+\d{1,2})?"
                        r"\s*[.:—–-]\s*[A-Z]")


# A kind of place with its article, or two joined by "or" ("a school or university").
# A named organisation's unit told in lower case after it ("Ashby Borough Council school meals
# team"): the organisation employs.
_UNIT_TAIL = re.compile(r"^(?P<org>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)+)(?: [a-z]+){1,3} "
                        r"(?:team|department|unit|service|section|division)$")
_ANY_PLACE = frozenset({"company", "business", "firm", "organisation", "organization",
                        "employer", "place", "workplace"})
_ARTICLE_KINDS = re.compile(r"(?:an?|the)\s+([a-z]+(?: [a-z]+)?)(?:\s+or\s+(?:an?\s+)?([a-z]+))?")


# (rules48a) Capital initials in brackets closing a sector list ("… and distribution (FMCG)").
_OTHER_INITIALS = re.compile(r"\s+\(([A-Z][A-Z&]{1,5})\)\.?$")

class SectionMixin(PageMixin):
    """Read headings and the names a section lists."""

    def kind_by_content(self, rows: Sequence[_Row], index: int) -> None:
        """A section whose heading says nothing takes the kind its lines show (pay,
        employers, sectors, tools); otherwise it stays unknown."""
        texts: list[str] = []
        for row in rows[index + 1:]:
            if row.top or row.kind is not None or row.rung is not None or (
                    row.heading and classify_heading(row.heading, self.vocab.headings)
                    is not Kind.OTHER):
                break
            texts.append(row.text)  # a one-word Title Case line may be an item ("Google")
        found = content_kind(texts, self.vocab)
        if found is not None:
            self.top = self.kind = Kind(found)

    def item_not_heading(self, row: _Row, rows: Sequence[_Row], index: int) -> bool:
        """A plain Title Case line inside a list ("Python" under "Skills") is an item, unless
        the lines after it are its own items (bullets or prose); a role title in a list of
        moves is always an item."""
        if row.rung is not None or (not row.bullet and not_pay_heading(row.text)):
            return False  # "Fees" after a list of related occupations: a section of its own
        if not row.bullet and _FORM_PART.match(row.text):
            return False  # "PART IV — DEVELOPMENT ACTIVITIES": a form's next part
        if not row.bullet and (money := find_money(row.text)) is not None and (
                money.start == 0 and money.end >= len(row.text.rstrip()) - 1):
            return True  # "RM15,800" under "Median monthly pay": the label's figure
        if row.bullet and not row.numbered and self.kind in _ROLE_LISTS:
            return self.vocab.is_role_title(row.text) or bool(move_titles(row.text, self.vocab))
        if self.kind in _NAME_BUCKETS and not (row.bullet or row.numbered) and (
                self.listed_between(row, rows, index)):
            return True  # "Sectors:" / "Finance" / "Education" / "Retail": a name, not a heading
        if self.kind in _NAME_BUCKETS and (
                (index and rows[index - 1].no == row.no and row.no in self.dotted)
                # ("A · B · C" parted into items)
                or self.spaced_cells(row.text, row.no)):  # names printed in columns
            return True
        if self.kind in _SKILL_KINDS and self.chip_row(row):
            return True  # "Voice Acting   Audio Editing   Adobe Audition": chips, in a row
        if self.kind in _SKILL_KINDS and row.bullet and index and rows[index - 1].no == row.no and (
                rows[index - 1].bullet):
            return True  # (rules50a) "Teach pendant • Oscilloscope • …": an inline list's
            # item, its siblings on its own printed line, heads nothing
        if row.top or row.bullet or row.numbered or self.kind not in _LIST_KINDS:
            return False
        if self.kind in _MOVE_BUCKETS and "," in row.text and all(
                listed_role(part, self.vocab) == singular_title(part.strip())
                for part in row.text.split(",")):
            return True  # "Lateral options" / "Head Baker, Pastry Chef": the label's titles
        if (self.kind in _MOVE_BUCKETS and _AND_OPENING.sub("", row.text).split()[0].lower()
                not in _QUESTION_WORDS  # (rules37b: "AND WHERE THEY WENT", a heading)
                and listed_role(row.text, self.vocab) == singular_title(row.text.strip())
                and not self.glued_titles(row.text)):
            # "Telematics Experience Analyst" under "Related Occupations", "Queen Bee Breeder"
            # (then its description) under "… may specialise as:": a title, whatever its words
            return True
        if self.kind in (Kind.LADDER, Kind.PROGRESSION) and " (" in row.text and (
                step := ladder_step(row.text, self.vocab, self.role)) and row.text.startswith(
                f"{step} ("):
            return True  # "Court Clerk 1 (4411) Salary Range 13": a class of a promotion line
        if classify_heading(row.heading, self.vocab.headings) is not Kind.OTHER:
            # ("Responsible Hiring" between two skills, one a line: a name whose word only
            # looks like a heading's, "responsib"; a known heading ends the list)
            return self.listed_skill(row, rows, index)
        after = rows[index + 1] if index + 1 < len(rows) else None
        return after is None or after.top or (
            not after.bullet and len(after.text.split()) <= 8 and after.text[-1:] != ".") or (
            # ("Adaptability" / "Certs: A, first aid.": a labelled line of credentials or
            # tools heads only itself, so the name above it is the list's last item)
            not after.bullet and after.kind in (Kind.REQUIREMENTS, Kind.TOOLS)
            and after.kind is not self.kind and bool(after.full) and after.no == row.no + 1
            and not row.text.isupper())

    def listed_skill(self, row: _Row, rows: Sequence[_Row], index: int) -> bool:
        """``row`` is a short plain line inside a run of skills one a line, right under
        the list's heading or another such line and above one ("Demand Modelling",
        "Responsible Hiring": names whose words only look like a heading's); a known
        heading is never one."""
        before = rows[index - 1] if index else None
        after = rows[index + 1] if index + 1 < len(rows) else None

        def plain(other: _Row) -> bool:
            return not other.bullet and ":" not in other.text and len(
                other.text.split()) <= _NAME_LINE_WORDS and other.text[-1:] not in ".?!" and (
                self.vocab.headings.exact(other.text) is None)

        return (self.kind in _SKILL_KINDS and plain(row) and before is not None
                and before.no == row.no - 1 and after is not None
                and after.no == row.no + 1 and plain(after) and (plain(before) or (
                    before.top and classify_heading(before.heading, self.vocab.headings)
                    in _SKILL_KINDS)))

    def listed_between(self, row: _Row, rows: Sequence[_Row], index: int) -> bool:
        """``row`` is a short line with no colon between two plain items of a name list (or
        right under its label, or last on the page)."""
        before = rows[index - 1] if index else None
        after = rows[index + 1] if index + 1 < len(rows) else None

        def item(other: _Row | None) -> bool:
            return other is not None and not other.bullet and not other.top and (
                ":" not in other.text and len(other.text.split()) <= _NAME_LINE_WORDS
                and classify_heading(other.text, self.vocab.headings) is Kind.OTHER)

        if after is not None and classify_heading(row.text, self.vocab.headings) in (
                Kind.SALARY, Kind.MARKET) and find_money(after.text) is not None:
            return False  # "Median annual pay" / "£31,000" after the names: the next label
        label = before is not None and before.top and before.kind in _NAME_BUCKETS
        # (a blank line before it ends the list: "Top Employers" after the sector items)
        joined = before is not None and before.no == row.no - 1
        # The last item of two or more: the page ends or a blank line follows it.
        last = item(before) and (after is None or after.no > row.no + 1)
        if label and joined and not row.bullet and ":" not in row.text and "," in row.text and (
                not row.text.rstrip().endswith(".")):
            return True  # "Top industries" / "Retail, Energy, Education": the label's value
        return (row.bullet is False and ":" not in row.text and joined
                and len(row.text.split()) <= _NAME_LINE_WORDS
                and ((item(before) or label) and (item(after) or last or (
                    after is None and not label))))

    def heading(self, row: _Row) -> None:
        if is_masthead(row.heading, self.sites):
            return  # "The Leeds Courier" over a feature: the site, not a section
        if not row.top and self.kind is Kind.SALARY and attribution_line(row.heading):
            # (fixes96) "Data: … Salary Tracker 2026" under "what are Xs paid?": where the
            # figures come from, no sub-heading; the pay heading above keeps labelling them
            self.out.use(row.no)
            return
        # "Fees and funding", "Fringes"; a label under it ("Skills assessment: AUD 2,100")
        # keeps the section
        # ((rules50b) "Incl. holiday pay:" over the listed rate restated: the same pay)
        self.no_pay_section = not_pay_heading(row.heading) or restated_rate(row.heading) or (
            self.no_pay_section and row.text.rstrip().endswith(":") and classify_heading(
                row.heading, self.vocab.headings) is not Kind.SALARY)
        self.price_section = price_heading(row.heading)  # "How much does a X cost?"
        self.last_heading = row.heading  # (a numbered one too: "1. Pay by Employer Type")
        if row.rung is not None:
            self.block(row)
            return
        if row.numbered and self.kind in (Kind.LADDER, Kind.PROGRESSION) and self.numbered_rung(
                row):
            return
        if not row.top and self.top is Kind.LADDER and _BAND_HEADING.match(row.heading):
            # "Career Path" / "Entry Level" / "Junior X: …" / "Mid Level" / "X: …": a band's
            # name over each rung; the rungs are one chain
            self.out.use(row.no)
            return
        sibling = self.sibling_section(row)  # "6. Risks" after "5. Career pathway"
        if (row.numbered or row.bullet) and not sibling and not self.numbered_section(row):
            self.flush_chain() if row.numbered else None
            self.sub_heading_fact(row)
            return
        self.flush_chain()
        self.flush_grades()
        if not row.top and self.top is Kind.LADDER and self.rung_heading(row.heading):
            # "License types" / "Apprentice Inspector" / … / "Professional Inspector": the
            # titled blocks of a ladder section, one rung each
            self.titled_rungs.append((row.heading, row.no))
        kind = row.kind or classify_heading(row.heading, self.vocab.headings)
        if (kind in _SKILL_KINDS or kind is Kind.MARKET) and self.stage_heading(row.heading):
            kind = Kind.OTHER  # "The Foundation: Entry-Level X": a ladder's stage, no skills
        self.lead_block = kind in _NAME_BUCKETS and row.text.endswith(":") and len(
            row.heading.split()) > _SHORT_HEADING
        level = level_heading(row.heading) if row.heading[:5].lower() in (
            "level", "band ", "grade") and (
                self.course is None or row.no not in self.course.breaks) else None
        # (a course's "LEVEL 4 · MASTER COLOURIST" heads a module: no rung, see course_read)
        trade = level is not None and bool(self.role) and bool(level[1]) and (
            level[1].rpartition(" ")[2].lower() == self.role.rpartition(" ")[2].lower())
        # ("Band 5: Newly Qualified X": a title of the role's trade, whatever its words say)
        if level is not None and (kind is Kind.OTHER or trade) and (
                not level[1] or trade or self.vocab.is_role_title(level[1])):
            # "Level 2" / "Level 3 Performance Coach" above what that level does: a rung
            self.levels.append((*level, row.no))
            kind = Kind.LADDER
        # "As a X, you'll need to:" over verb items: what the role must do; right under a
        # duties heading those are its duties (a skills heading's are its competences)
        imperative = row.text.rstrip().endswith(":") and IMPERATIVE_LEAD.search(
            row.text) is not None
        if imperative and kind in _SKILL_KINDS and self.top is Kind.RESPONSIBILITIES:
            kind = Kind.RESPONSIBILITIES
        top = (row.top or sibling or row.heading.lower() in _TOP_HEADINGS
               or row.heading.lower().startswith("salary ranges")
               or (kind in _SECTION_KINDS and self.top in _LIST_KINDS and kind is not self.top
                   and row.no > self.last_no + 1))
        # (A heading naming another section, set apart by a blank line, ends a list: "Top
        # Colleges" after the skills; "Requirements Gathering" inside the list is an item.)
        if top:
            self.top, self.top_text, self.sub_text = kind, row.heading, ""
            # (a run-in list's label, its names on its own line: see ``run``)
            inline = self.next_row is not None and self.next_row.no == row.no
            self.top_line = row.no if kind in _NAME_BUCKETS and inline else 0
            self.kind = kind
            numbered = _SECTION_NO.match(row.text)
            self.section_no = int(numbered.group(1)) if numbered else None
        else:
            self.sub_text = row.heading
            self.kind = kind if kind is not Kind.OTHER else self.top
            if self.top is Kind.SALARY and kind is Kind.MARKET:
                self.kind = Kind.SALARY  # "Market average" labels a figure of the section
        if kind is Kind.OTHER and top:
            self.out.content(row.no, row.text)  # a section no rule knows: reported unused
        elif not top and (kind is Kind.OTHER or kind not in _ITEM_LIKE) and (
                self.described_skill(row)):
            return  # ("Sales and Marketing" names a skill here, not the market)
        self.section_prose = 0
        self.skill_bullets = 0
        self.imperative = imperative and self.kind in _SKILL_KINDS
        # ("WRITTEN TEST: The selection will test:": the items below are its topics)
        self.topics = kind in _SKILL_KINDS and row.text.rstrip().endswith(":") and (
            _TOPIC_INTRO.search(row.heading) is not None)
        # A list of selection criteria goes on under its sub-labels ("Experience:"); its
        # "Education:" part names degrees, no skills.
        # (a promotion rubric's "criteria" are read as its table: no selection criteria)
        # (rules39a: "MATCHED VACANCIES (match score = essential criteria met)" lists jobs)
        self.criteria_block = (criteria_section(row.heading) and self.rubric is None and not (
            promotion_document(row.heading)) and kind not in _MOVE_BUCKETS) or (
            self.criteria_block and (criteria_sublabel(row.heading)
                                     or criteria_aside(row.heading)))
        self.criteria = self.criteria_block and not criteria_aside(row.heading)
        if self.criteria and self.kind not in _SKILL_KINDS:
            self.kind = Kind.SKILLS
        rung = self.rung_title(row.heading)
        if rung is not None:
            self.line_title = rung  # a rung printed as a title heading
        elif kind not in _RUNG_PARTS:
            self.line_title = ""
        elif kind is Kind.SALARY:
            self.line_title = self.listed_pay_title(row) or self.line_title
        if kind is Kind.SALARY:
            self.pay_headings.add(fact_key(row.heading))
        label, colon, value = row.heading.partition(": ")
        if kind is Kind.SALARY and colon and (find_money(value, bare=True) is not None or (
                # (a page's own currency for a bare "15 - 22 million": dong)
                self.home != "USD" and find_amounts(value, bare=True, home=self.home,
                                                    only_first=True))):
            self.sub_text = "" if self.sub_text == row.heading else self.sub_text
            self.salary(row, label, value)  # "Salary: INR 6-12 LPA" read as a heading

    def stage_heading(self, heading: str) -> bool:
        """A stage's name and the role at that stage ("Growth: Senior Surveyor"): the label's
        words ("foundation", "growth") name the stage, never the section's kind."""
        label, colon, value = heading.partition(": ")
        return bool(colon) and len(label.split()) <= _STAGE_LABEL_WORDS and bool(
            self.role) and self.vocab.is_role_title(value) and self.own_title(value)

    def sibling_section(self, row: _Row) -> bool:
        """A numbered heading whose number follows the open section's ("6. Risks" after "5.
        Career pathway", a blank line before it): the page's next section, however plain
        its words, never a sub-heading of the one before (a list's numbered items stand one
        a line; a numbered title is a rung)."""
        over = _SECTION_NO.match(row.text) if row.numbered and self.over_bullets(row) else None
        if over is not None:  # "1. A" / "- …" / "2. B" / "- …": numbered sections, bulleted
            number, self.over_no = self.over_no, int(over.group(1))
            if number is not None and self.over_no == number + 1 and not (
                    self.vocab.is_role_title(row.heading)):
                return True
        numbered = _SECTION_NO.match(row.text) if self.section_no is not None else None
        if numbered is None or (row.no <= self.last_no + 1 and not self.after_prose()) or (
                self.vocab.is_role_title(row.heading)):
            return False
        step = int(numbered.group(1)) - (self.section_no or 0)
        # ("4. Capabilities" after "2. What the steward does", its "2.1 …" items and a "3.
        # RACI – …" table read as lines: one section skipped, when the words name a section)
        return step == 1 or (step == _SKIPPED_SECTION and classify_heading(
            row.heading, self.vocab.headings) is not Kind.OTHER)

    def after_prose(self) -> bool:
        """The row before is a paragraph of the section ("1. Industry" / "In the UK, pay is
        set by …" / "2. Location"): a numbered heading straight after it, no blank line
        between, still follows its section's number (a numbered item follows an item)."""
        last = self.last_row
        return last is not None and not (last.bullet or last.numbered or last.top) and (
            last.text.rstrip().endswith(".")) and len(last.text.split()) >= _PARAGRAPH_WORDS

    def over_bullets(self, row: _Row) -> bool:
        """A numbered heading right under the dash bullets of the section before ("3.
        Developing Essential Skills" / "- A: …" / "4. Continuing Education", no blank lines):
        a section when its words name one (a numbered item, "2. SQL", names none)."""
        return not row.bullet and self.last_row is not None and (
            self.last_row.bullet or self.over_no is None) and (
            classify_heading(row.heading, self.vocab.headings) is not Kind.OTHER)

    def numbered_section(self, row: _Row) -> bool:
        """A numbered heading that opens a skills section ("2. Skills Employers Ask For")
        after a section that is no list (pay, an overview): a section of the page, not an item
        of a list."""
        # ("8. Soft Skills Application" among numbered duties is one of them; "1. Knowledge
        # Graph Engineer" is a rung, not knowledge)
        if row.numbered and row.heading.isupper() and (
                classify_heading(row.heading, self.vocab.headings) in _CAPS_SECTIONS) and not (
                self.vocab.is_role_title(title_case(row.heading.lower()))):
            return True  # "7. OTHER PATHWAYS": a document's numbered section in capitals
        return (row.numbered and self.kind not in _LIST_KINDS
                and "skill" in row.heading.lower()
                and not self.vocab.is_role_title(row.heading)
                and classify_heading(row.heading, self.vocab.headings) in _SKILL_KINDS)

    def sub_heading_fact(self, row: _Row) -> None:
        # Numbered and bullet sub-headings are structure; some sections read them as facts.
        if self.kind is Kind.RESPONSIBILITIES and row.numbered:
            self.out.add("responsibilities", row.heading, row.no)
        elif self.kind is Kind.SKILLS:
            for name in paired_skills(row.heading):  # ("EMIS Web or SystmOne": two)
                self.out.skill(name, SkillKind.TECHNICAL, row.no)
        elif self.kind is Kind.SOFT_SKILLS:
            self.out.skill(row.heading, SkillKind.SOFT, row.no)
        elif self.kind is Kind.DEVELOPMENT and row.numbered:
            self.out.add("development_suggestions", row.heading, row.no)
        elif self.kind is Kind.PRACTICES and row.numbered:
            self.out.add("best_practices", row.heading, row.no)
        elif self.kind in _NAME_BUCKETS and row.numbered:
            self.names(_NAME_BUCKETS[self.kind], row.heading, row.no)  # "1. Healthcare"
        elif self.kind in _MOVE_BUCKETS and row.numbered:
            self.moves(self.kind, row.heading, row.no)  # "2. Senior Quality Engineer"
        elif self.kind is Kind.SALARY and row.numbered and (
                rung := self.rung_title(row.heading)) is not None:
            # "6. Survey Manager" / "- Basic Salary: …" in a pay section: the pay under the
            # numbered title is that title's
            self.line_title = rung
        elif self.kind in _PAY_BY_KIND:
            self.employer_types(row.heading, row.no)

    def listed_pay_title(self, row: _Row) -> str | None:
        """The title of a card in a list of other jobs that the pay heading ``row`` repeats
        under ("Salary Range" for the role, then "Related careers" / "Tree Surgeon" / its
        description / "Salary Range"): the card's pay is the listed title's, not the
        role's; None for a pay heading the page has not used yet."""
        if self.listed_title is None or fact_key(row.heading) not in self.pay_headings:
            return None
        title, line = self.listed_title
        if not 0 < row.no - line <= _CARD_PAY_LINES or _same_role(title, self.role):
            return None
        return title

    def labelled_workplaces(self, said: str, line: int) -> bool:
        """A workplaces label's short value with no comma ("Top recruiters: Oracle and
        Redfield Insurance", "Where tilers work: Housing"): two names joined by "and" are two,
        and an industry the lexicon knows is a sector; False when neither reads it."""
        bare = said.strip().rstrip(".")
        parts = [part.strip() for part in _RUN_IN_JOIN.split(bare)]
        if len(parts) > _RUN_IN_WORDS * 2 or any(len(p.split()) > _RUN_IN_WORDS for p in parts):
            return False
        if all(industry_name(part, self.vocab) or part.lower() in {
                name.lower() for name in self.vocab.sectors} for part in parts):
            for part in parts:  # ("Where tilers work: Housing, Retail and Energy")
                self.out.add("sectors", part, line)
            return True
        return "," not in bare and len(parts) > 1 and self.section_names(bare, line)

    def criterion(self, row: _Row, item: str) -> bool:
        """Read ``item`` as a selection criterion ("Experience of A, or of …", "1. Client
        focus – you will …") when its section announces criteria; True when it was read."""
        if not self.criteria or item[-1:] == ":" or len(item.split()) > _LONG_CRITERION or (
                find_money(item) is not None):
            return False  # a lead-in ("You will need:"), prose or pay: other rules read it
        if _ASKED.match(item) and item.rstrip().endswith("?"):
            self.out.use(row.no)  # "Is he/she punctual?": an interviewer's question, no skill
            return True
        if "; " in item and credential(item) and len(parts := [
                part.strip() for part in item.split("; ") if part.strip()]) >= _CRITERIA_RUN:
            # (rules44b) "Essential: registration as X with Y; experience of A; B and C": the
            # standing opens a run of criteria, each read on its own
            for part in parts:
                self.criterion(row, part)
            return True
        if credential(item) or eligibility(item):  # "Registration as an ODP or nurse",
            # "Aged 18 or over", "Right to work in the UK": no skill
            self.out.add("requirements", item, row.no)
            self.out.use(row.no)
            return True
        served = served_titles(item) if " as " in item else None
        if served is not None:  # (fixes78) "Successful leadership as a X or Y": moves in
            for title in served:
                self.out.add("moves_in", title, row.no)
            self.out.add("requirements", item, row.no)
            self.out.use(row.no)
            return True
        if " as a" in item and post_held(
                item, lambda name: self.vocab.is_role_title(title_case(name))):
            self.out.use(row.no)  # (prec13) "Successful leadership as a Site Manager or
            return True  # Facilities Officer": posts held before, no skills
        named = criterion_skills(item)
        for name in named:
            self.out.skill(name, _SKILL_KINDS[self.kind if self.kind in _SKILL_KINDS
                                              else Kind.SKILLS], row.no)
        if named and item.rstrip(".").endswith(")") and listed_bracket(item):
            # (recall15) "Construction procurement and contracts (NEC4, JCT)": the skills
            # before the bracket, then the names it lists (tools, standards)
            for name in bracket_examples(item.rstrip(".")[:-1].rpartition(" (")[2]):
                if fact_key(name) not in {fact_key(skill) for skill in named}:
                    self.out.skill(name, SkillKind.TOOL, row.no)
        self.out.use(row.no)
        return True

    def one_a_line(self, row: _Row) -> bool:
        """A plain line of a list printed one name a line keeps its commas ("Professional,
        Science, & Technical" between "Retail" and "Government" is one industry): the
        line break is that list's separator."""
        if row.bullet or row.kind is not None or "," not in row.text or "." in row.text:
            return False
        def single(other: _Row | None) -> bool:  # a one-name item next to the line
            return other is not None and not (other.bullet or other.top or other.kind) and (
                abs(other.no - row.no) == 1 and "," not in other.text) and (
                other.text[-1:] not in ":." and len(other.text.split()) <= _NAME_LINE_WORDS)

        # (below a label with no colon, a panel's value: "Activity sectors" / "A, B, C")
        lead = self.last_row is not None and self.last_row.text.endswith(":")
        return single(self.last_row) or (lead and single(self.next_row))

    def industry(self, name: str) -> bool:
        """``name`` is an industry the gazetteer knows ("Biotechnology")."""
        return industry_name(name, self.vocab)

    def places_listed(self, names: Sequence[str]) -> bool:
        """Most of ``names`` are places (states, provinces, countries: "Alabama, Georgia and
        Texas have reciprocity agreements"): a list of where, naming no employer."""
        places = {r.lower() for r in self.vocab.headings.regions}

        def place(name: str) -> bool:  # ("Texas have reciprocity …": a place, then its verb)
            first, _, rest = name.partition(" ")
            return name.lower() in places or (first.lower() in places and rest[:1].islower())
        return 2 * sum(map(place, names)) > len(names)

    def section_names(self, text: str, line: int) -> bool:
        """Employers and sectors a sentence under their heading lists; False for none."""
        if _NOTE.match(text):
            return False  # "Disclaimer: figures are rounded …": a note about the page
        if self.kind is Kind.EMPLOYERS and _STREET_LINE.match(text):
            return True  # (rules53b) "4100 Mill Rd, Dayton, OH 45402" under a form's
            # "EMPLOYER" block: the firm's address, no names
        if notice_line(text) or perks_line(text) or call_line(text) or sources_line(text):
            # "Aids are available upon request …", "Benefits vary by franchisee: A, B",
            # "Franchise fee and establishment costs: from $185,000 · Perks: …", (prec8)
            # "References: a survey's summary; a report": no names
            return True
        if _NOT_EMPLOYERS.search(text):
            return True  # "…, a skills competition (not employers)": read, none named
        denied = _DOES_NOT_EMPLOY.search(text)
        if denied is not None:
            # (rules36a) "A, B · C do NOT employ peers (volunteer-only, …)": the body that
            # denies it and its bracket name none; the names before its clause stay
            cut = denied.start() if denied.group("contrast") else max(
                text.rfind(mark, 0, denied.start()) for mark in ",;·")
            text = text[:cut].strip() if cut > 0 else ""
            if not text:
                return True
        if self.kind in _NAME_BUCKETS and self.spaced_cells(text, line):
            self.names(_NAME_BUCKETS[self.kind], text, line)  # names printed in columns
            return True
        if self.kind is Kind.EMPLOYERS and text[-1:] == ")" and (
                towns := _CELL_TOWNS.match(text)) is not None:
            self.out.add("employers", towns.group("firm"), line)
            return True
        if self.kind is Kind.EMPLOYERS and "(" in text and (
                headed := headed_workplaces(text))[0]:
            # "A, B and the lines' own ops centres (C, D).": each name and each example
            for name in headed[0]:
                self.out.add("employers", name, line)
            for name in headed[1]:
                self.out.add("sectors", name, line)
            return True
        anded = names_with_and(text) if (self.kind is Kind.EMPLOYERS and " and " in text
                                         and "," in text) else None
        for name in anded or ():  # "A Hospital and Health Service, B Hospital and …"
            self.out.add("employers", name, line)
        if anded:
            return True
        if "; " in text and "," not in text and _SEMICOLON_NAMES.fullmatch(text.rstrip(". ")):
            # "Brightsmile Family Dental; Cedar Park Dental Group": a list of names, set apart
            # by semicolons as by commas (no clauses)
            text = text.replace("; ", ", ")
        employers, found = section_names(text, self.vocab)
        if self.duty_stations(text):
            found = []
        if industry_shares(text):
            employers = []  # "followed by Education and Training (9.1%)" names industries
        elif employers:  # "industries such as Education, Hospitality": sectors, not employers
            stated = {fold(name) for name in sectors(text)}
            employers = [name for name in employers if fold(name) not in stated]
        if len(employers) >= 2 and self.places_listed(employers):
            employers = []  # (rules33c) "A, B and C have reciprocity agreements": states
        for name in employers:
            self.out.add("employers", strip_acronym(name), line)
        known = [fact_key(f.text) for f in self.out.lists["sectors"]]
        noted = " ".join(_COUNTED_NOTE.findall(text)) if "(" in text else ""
        for name in found:
            if noted and name in noted:
                continue  # (rules33c) "A Engineers, Galway (structures and civil, 45
                # staff)": a note on the firm's size and work, no kinds of employer
            if name.lower() in OTHERS:
                continue  # "agencies such as A and B and others": no kind
            name = _LEAD_PLACE.sub("", name)  # "In city councils, nursery schools": no "In"
            name = _OWNER_WORD.sub("", name)  # "and their subsidiaries": no "their"
            if _NO_KIND.match(name) or COUNTED_JOBS.fullmatch(name):
                continue  # "employable in numerous careers, including:": jobs ahead, no kind
            key = fact_key(name)
            if not any(k.startswith(key) for k in known):  # "X firms" already read as X
                self.out.add("sectors", name, line)
        return bool(employers or found)

    def names(self, bucket: Bucket, text: str, line: int, *, whole: bool = False) -> None:
        """Employers or sectors from a list however glued ("GoogleAmazon Web Services (AWS)")."""
        text = _LEADING_SHARE.sub("", text)  # "62%  state and local crime labs": a share first
        if bucket == "sectors" and " and " in text and "," not in text and (
                other := _OTHER_INITIALS.search(text)) is not None and (
                other.group(1)[0] != text[:1].upper()) and not is_acronym_of(
                other.group(1), text[: other.start()].split()):
            # (rules48a) "Beverages and distribution (FMCG)": initials in brackets that do
            # not spell the words before them (nor open on their first word's initial:
            # "Dykes, locks and waterway management (DLW)" is one sector) name one more
            # (the initials first: the words' own "and" then closes a list, parting a pair)
            text = f"{other.group(1)}, {text[: other.start()]}"
        if bucket == "sectors":
            text = _SHARE.sub("", text)  # "Other Services 81.6%": an industry and its share
            text = _SECTOR_TAIL.sub("", text)  # "Banks building digital channels" -> "Banks"
            if _SHARED_INITIALS.match(text) or _named_list(text):
                whole = True  # "LNG / LPG carriers": one kind, its initials sharing a noun
            else:
                text = text.replace(" / ", ", ")  # "Government / Public Sector": two sectors
                # (fresh58) "Education - academy trusts": an industry, a spaced dash, a kind
                # of employer in it in lower case; two sectors, as the slash parts them (set
                # 40's hand truth reads "Education - primary schools" so; a category's
                # capitalised sub-name, "Healthcare - Hospital", "Wood - Furniture", is one)
                text = _SPACED_DASH.sub(", ", text) if " - " in text or " – " in text else text
            # "telecom mostly, also broadcast and utilities. Follow for more": the list's
            # own sentence, its hedges no part of a name
            text = _SECTOR_HEDGE.sub("", _ALSO_PAIR.sub(r"\1, \2", _NEXT_SENTENCE.split(
                text, 1)[0]))  # ("also broadcast and utilities": two more sectors)
        if bucket == "employers" and (bare := unit_without_place(text)) != text:
            text, whole = bare, True  # "171 Port Squadron, Marchwood": the unit, not its town
        known = self.vocab.employers if bucket == "employers" else self.vocab.sectors
        # "A · GreenCart Markets · B": names a page already parted by dots keep their own
        # letter case ("GreenCart" is one brand, not two glued names).
        columns = self.spaced_cells(text, line)
        # "Hill Country Property Inspectors, LLC": a legal form after a comma is the name's
        whole = whole or (bucket == "employers" and _LEGAL_TAIL.search(text) is not None
                          and text.count(",") == 1)
        pieces = columns if columns else [text] if whole else [
            piece.text for piece in (name_pieces(text, known) if bucket == "employers"
                                     else join_brand_names(segment(text, known)))]
        if bucket == "sectors" and not whole:
            # "mining and agriculture": two sectors
            pieces = _sector_pairs(pieces, known, self.industry, cells=bool(
                columns or _CELL_MARKS.search(text)) and "," not in text)
        elif bucket == "sectors" and not columns and (pair := _plural_pair(text)):
            pieces = pair  # a line's one item "water utilities and river authorities": two
        elif bucket == "employers" and not whole and not columns:
            pieces = whole_bodies(pieces, text)  # ("Harlow, Finch and Co" is one firm)
        if bucket == "employers" and " & " in text:
            pieces = [firm for piece in pieces for firm in firms_apart(piece)]
        if bucket == "employers" and ", and " in text:
            # ("A, B, and C": the list's "and" is no word of the last firm's name)
            pieces = [piece[4:] if piece[:4] == "and " and piece[4:5].isupper() else piece
                      for piece in pieces]
        for piece in pieces:
            name = strip_acronym(piece).strip(" .")
            if bucket == "employers" and name.endswith(")"):
                name = unit_without_place(name)  # "HMCS Star (Hamilton)": the town aside
            if bucket == "sectors" and "%" in name:
                name = _SHARE.sub("", name)  # "Construction (25%), Utilities (26%)": each share
            if name.startswith("the ") and bucket == "employers":
                name = name[4:]  # "the county Public Health team": an article in running text
            if bucket == "employers" and (unit := _UNIT_TAIL.match(name)) is not None:
                name = unit.group("org")  # "Ashby Borough Council school meals team"
            if bucket == "sectors" and (kinds := _ARTICLE_KINDS.fullmatch(name)) is not None:
                # "- a golf course", "- a school or university" (an easy-read list of kinds of
                # place): the article is no part of the kind, "or" parts two kinds
                for kind in (kinds.group(1), kinds.group(2)):
                    if kind and kind not in _ANY_PLACE:  # ("a company": no kind named)
                        self.out.add(bucket, kind, line)
                continue
            # ("TV stations (captioning)": a note of what they hire for is no part of a kind)
            core = _LOWER_NOTE.sub("", name) if name.endswith(")") else name
            words = core.split()
            if bucket == "employers" and len(words) >= 2 and all(
                    w[:1].islower() for w in words[1:]) and not set(words[1:]) <= SMALL_WORDS:
                if core.islower() and (pair := _kinds_pair(core)):
                    # (fixes95) "hospitals and academic medical centers" under "Where do
                    # they work?": two kinds in lower case, each a sector
                    for kind in pair:
                        self.names("sectors", kind, line, whole=True)
                    continue
                if (core.islower() or _SHORT_CAPS.fullmatch(words[0])) and len(
                        words) <= _KIND_WORDS and _KIND_TAIL.fullmatch(
                        words[-1]) and not set(words) & SMALL_WORDS:
                    # "Employed by: tea brokers, tea estates, A Ltd": a kind in lower case
                    # (after an acronym too: "TV stations")
                    self.names("sectors", core, line, whole=True)
                continue  # "Common mistakes": a phrase, not a company
            words = name.split()
            if bucket == "employers" and len(words) >= 3 and words[-1].islower() and words[
                    -1].endswith("ics") and all(w[:1].isupper() for w in words[:-1]):
                # "Northgate Community College athletics": an institution's department (a
                # field's name, no plural kind), the institution employs the role
                self.out.add("employers", " ".join(words[:-1]), line)
                continue
            if bucket == "employers" and len(words) >= 2 and _KIND_TAIL.fullmatch(words[-1]):
                # "Indigenous Head Start programs": a kind of workplace, named by its plural
                self.names("sectors", name, line, whole=True)
                continue
            if bucket == "employers" and " " not in name and name.endswith("s") and (
                    names_a_kind(name)):
                # "- Hotels" under Employers: a kind's plural alone is a sector, never a firm
                self.names("sectors", name, line, whole=True)
                continue
            if bucket == "employers" and _WITHHELD.fullmatch(name):
                continue  # "Employer: Confidential": the posting withholds its name
            if bucket == "employers" and _NEXT_FIELD.match(name):
                continue  # "Company:   Location: Leeds": the next field, no company
            if name and len(name.split()) <= 6 and not is_truncated(name) and not (
                    _NOT_A_NAME.search(name)):
                self.out.add(bucket, name, line)
