"""Role finding for the long-form parser: the page's own role from its statements,
vacancy and card titles, aliases, and whether a title is the role's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from careergraph.errors import GuideError
from careergraph.guides.alias_titled import alias_labelled_title
from careergraph.guides.apprentice_title import apprentice_line, vacancy_trade
from careergraph.guides.builder import fact_key
from careergraph.guides.chrome_title import (
    chrome_title,
    doubled_title,
    labelled_title,
    target_title,
)
from careergraph.guides.classified_ads import classified_ads, classified_role
from careergraph.guides.costed_posts import staffed_post
from careergraph.guides.degree_pages import degree_title
from careergraph.guides.delimited import graded_role, table_role, title_core
from careergraph.guides.dictionary_entry import base_title, shouted_word
from careergraph.guides.headline import is_masthead
from careergraph.guides.listings import card_owners, common_title, qualified_title
from careergraph.guides.literals import needle_matches
from careergraph.guides.longform_lines import _ASIDE, _SHORT_WORDS, _SITE_ROWS, _known_heading, _Row
from careergraph.guides.longform_patterns import (
    _ENTRY_RUNGS,
    _OTHER_RANKS,
    _SENIORITY,
    _base_key,
    _graded_tail,
    _other_bracket,
    _pay_key,
    _same_role,
    unrung_role,
)
from careergraph.guides.longform_state import ParserState
from careergraph.guides.match_cards import current_rung, top_match
from careergraph.guides.move_items import role_base
from careergraph.guides.other_trades import other_trade, subject_cue
from careergraph.guides.pack_cover import pack_cover_title
from careergraph.guides.position_blocks import leaving_rows
from careergraph.guides.posting_frame import framed_posting_title
from careergraph.guides.programme_title import apprenticeship_role, programme_role
from careergraph.guides.prose_titles import prose_title
from careergraph.guides.roles import (
    RoleChoice,
    choose_role,
    field_learner,
    narrower_file_title,
    page_sites,
    practitioner_noun,
    record_name,
    role_from_file_name,
    role_from_text,
    singular_post,
    singular_title,
    title_case,
)
from careergraph.guides.section_kinds import _VACANCY_REACH, Kind, classify_heading
from careergraph.guides.sheet_titles import sheet_title
from careergraph.guides.slides import talk_role
from careergraph.guides.spoken import own_job
from careergraph.guides.staff_cards import directory_post
from careergraph.guides.start_business import started_business
from careergraph.guides.text import Line, is_title_case, split_sentences
from careergraph.guides.threads import thread_job
from careergraph.guides.translated_title import (
    firm_topped_title,
    head_firms,
    posting_employer,
    translated_title,
)
from careergraph.guides.vacancy_header import header_employers, host_employers
from careergraph.names import is_acronym_of

T = TypeVar("T", str, tuple[Any, ...])

# (real52) A line citing where a page's data comes from ("Source: …", "Data sources: …").
_CITATION = re.compile(r"\s*(?:(?:Data|Wage|Salary)\s+)?[Ss]ources?\s*:")
# Signals read from a sentence of the page, which a schedule's graded rows outweigh.
_PROSE_SIGNALS = frozenset({"definition", "statement", "plural_opening", "heading_for",
                            "title_noun", "mention"})
_SHORT_ROLE_WORDS = 2  # ("op" alone is no role: a qualifier names it)
_SHORT_HEAD = 2


# A translated post named "X staff" (Vietnamese "nhân viên X"): the worker noun English
# makes of X, when the page prints it ("Merchandise Staff" and "… → Merchandiser → …").
_STAFF_TITLE = re.compile(r"(?P<field>[A-Z][a-z]{3,})e? Staff")


def staff_worker(title: str, page: str) -> str:
    """``title`` as the worker noun the page names for an "X Staff" post, else as it is.

    >>> staff_worker("Merchandise Staff", "Junior Merchandiser → Merchandiser → Senior")
    'Merchandiser'
    >>> staff_worker("Warehouse Staff", "Warehouse staff load trucks")
    'Warehouse Staff'
    """
    match = _STAFF_TITLE.fullmatch(title)
    if match is None:
        return title
    worker = re.search(rf"\b{match.group('field')}e?(?:r|or|ist)\b", page)
    return worker.group() if worker is not None else title


_ALIAS_CLASS = re.compile(r"\s+(?:[IVX]{1,4}|\d)$")  # a class number after a title
_PLURAL_END = re.compile(r"s?\b")  # the end of a head word, plural or not

_COVER_ROWS = 12  # rows of the page's head a candidate pack's cover is read from
_FIRM_TITLE_ROWS = 8  # (carry41) rows of the head a posting's title line is looked for in
# (rules47a) a browser translator's bar in a page's first lines
_TRANSLATED_BAR = re.compile(r"\btranslat|\bshow original\b", re.IGNORECASE)
# (rules47a) an urgency label in capitals before a posting's title ("URGENT HIRING!!! ",
# "NEED IMMEDIATELY: ")
_URGENCY = re.compile(r"^[A-Z][A-Z ]{2,30}?(?:!+|:)\s+(?=[A-Z])")

# Kinds of a labelled row that describe the job itself ("What they do: …", "Overview: …").
_DESCRIBED = frozenset({Kind.OVERVIEW, Kind.RESPONSIBILITIES})


_GLUED_TITLE_WORDS = (4, 8)  # the fewest and most words of two titles glued on one line


def glued_alias(title: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """(fixes99) A title line that is the role and its other name glued, as a careers
    service prints its heading over an "alternative titles" line that lost its break
    ("Removals Worker Removals Porter"): both halves open with the same word and each is a
    title ``known`` knows; ``(title, alias)``, else None.

    >>> glued_alias("Care Worker Care Assistant", lambda t: True)
    ('Care Worker', 'Care Assistant')
    >>> glued_alias("Sales Executive Sales", lambda t: True) is None
    True
    """
    words = title.split()
    if not _GLUED_TITLE_WORDS[0] <= len(words) <= _GLUED_TITLE_WORDS[1] or not (
            words[0][:1].isupper()):
        return None
    first = words[0].lower()
    at = next((k for k in range(2, len(words) - 1) if words[k].lower() == first), None)
    if at is None or any(w.lower() == first for w in words[at + 1:]):
        return None
    role, alias = " ".join(words[:at]), " ".join(words[at:])
    return (role, alias) if known(role) and known(alias) else None


def _posted_title(text: str, role: str) -> bool:
    """``text`` opens with ``role`` (or names it after a slash), a word boundary after it.

    >>> _posted_title("glazier / lasittaja, espoo", "glazier"), _posted_title("glaziers", "glazier")
    (True, False)
    >>> _posted_title("lasittaja / glazier (m/f)", "glazier")
    True
    """
    for start in (0, text.find("/ ") + 2 if "/ " in text else -1):
        if start >= 0 and text.startswith(role, start) and not text[
                start + len(role): start + len(role) + 1].isalnum():
            return True
    return False
# (rules53a) A title line's acronym in brackets after the title, spelt by the words before
# its head ("Production Planning and Control Expert (PPC) in Isfahan"): the page's short name
# for the post is the acronym and the head ("PPC Expert"), as its path and ads write it.
_TITLE_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")
_ACRONYM_LINKS = frozenset({"and", "of", "&", "the", "for"})


def title_acronym(line: str, role: str) -> str | None:
    """The short name a title line gives the role by an acronym after it, or None.

    >>> title_acronym("Employment of Quality Assurance Expert (QA) in Tabriz",
    ...               "Quality Assurance Expert")
    'QA Expert'
    >>> title_acronym("Data Engineer (DE)", "Data Engineer") is None
    True
    """
    words = role.split()
    if len(words) < 3 or "(" not in line:
        return None
    at = line.lower().find(role.lower())
    match = _TITLE_ACRONYM.match(line, at + len(role)) if at >= 0 else None
    if match is None or not is_acronym_of(match.group(1), [
            word for word in words[:-1] if word.lower() not in _ACRONYM_LINKS]):
        return None
    return f"{match.group(1)} {words[-1]}"


_CURRENT_LINES = 200  # lines of a page searched for a career strip's current rung
_FIRM_ROWS = 200  # (rules48b) rows a page title is looked for as a firm's name in


class RoleMixin(ParserState):
    """Find the page's role and tell its own titles from others."""

    # -- role --------------------------------------------------------------------------------
    def find_role(self, rows: Sequence[_Row]) -> None:
        def is_heading(text: str) -> bool:
            return classify_heading(text, self.vocab.headings) is not Kind.OTHER

        if self.survey is not None:  # a pay survey titled by its field: its headline job
            self.out.set_role(*self.survey, signal="survey_focus")
            self.role = self.survey[0]
            return
        started = started_business(list(self.printed.items()), " ".join(
            self.printed.values()).lower())
        if started is not None and (self.vocab.is_role_title(started[1]) or practitioner_noun(
                started[1].split()[-1])):  # "How to Start a Window Cleaning Business"
            self.out.set_role(started[1], started[0], signal="page_title")
            self.role = started[1]
            return
        if self.family is not None and self.family.title is not None:
            # a dictionary entry's base title after its code ("SEWING-MACHINE REPAIRER")
            named_title, line = self.family.title
            self.role = base_title(named_title)
            self.role = singular_post(self.role)  # "… Recruitment of VPs of Sales": a VP
            # ("Merchandise Staff" on a page whose ladder names the Merchandiser)
            self.role = staff_worker(self.role, "\n".join(row.text for row in rows))
            self.out.set_role(self.role, line, signal="title_line")
            return
        top = top_match(list(self.printed.items()))
        title = top and (" ".join(shouted_word(w) for w in top[1].split()) if top[1].isupper()
                         else top[1])  # ("PHYSICIAN ASSOCIATE" in capitals)
        if top is not None and title and (self.vocab.is_role_title(title) or practitioner_noun(
                title.split()[-1])):  # a quiz result's "#1 MATCH": its top match
            self.out.set_role(title, top[0], signal="title_line")
            self.role = title
            return
        current = current_rung(list(self.printed.items())[:_CURRENT_LINES])
        if current is not None and (self.vocab.is_role_title(current[1]) or practitioner_noun(
                current[1].split()[-1])):
            # (real42) a career-path strip's rung marked "Current Position": the page's role,
            # whatever rung opens the strip ("Deck Cadet" / "Level 1 Position")
            self.out.set_role(current[1], current[0], signal="title_line")
            self.role = current[1]
            return
        compared = self.compared
        if compared is not None and all(self.vocab.is_role_title(t) or practitioner_noun(
                t.split()[-1]) for t in compared[1:]):
            # "X vs Y: which career?": the page's role is the title's first
            self.versus = (title_case(singular_title(compared[1])),
                           title_case(singular_title(compared[2])))
            self.out.set_role(self.versus[0], compared[0], signal="page_title")
            self.role = self.versus[0]
            return
        named = self.listing.query if self.listing is not None else (
            self.mail.role if self.mail is not None else None)
        if named is None and self.mail is not None and self.line_cards:
            named = common_title([(no, card[0]) for no, card in self.line_cards])
        if named is None and self.listing is not None and self.listing.stacked:
            # a digest's listings, with no search: the title most of them advertise
            named = common_title([(card.line, card.title) for card in self.listing.cards])
        if named is None and self.mentor is not None and self.mentor.headline is not None:
            self.out.set_role(*self.mentor.headline, signal="title_line")  # a mentor's title
            self.role = self.mentor.headline[0]
            return
        if named is not None:  # a results page's search, a mail's subject or pitch
            self.out.set_role(named[0], named[1],
                              signal="search" if self.listing is not None else "mail_subject")
            self.role = named[0]
            return
        notice = self.notice.title if self.notice is not None else None
        if notice is not None and (self.vocab.is_role_title(notice[0]) or (
                0 < len(notice[0].split()) <= _SHORT_WORDS and is_title_case(notice[0]))):
            # (the line above the department in a notice's header names the post, known
            # head noun or not: "Immigration Caseworker")
            self.out.set_role(notice[0], notice[1], signal="title_line")
            self.role = notice[0]
            return
        about = talk_role(self.deck, self.vocab.is_role_title) if self.deck else None
        if about is not None:  # "Becoming a Lead X": the talk's job, not a rung it names next
            self.out.set_role(about[0], about[1], signal="page_title")
            self.role = about[0]
            return
        posted = thread_job([(row.no, row.text) for row in rows if row.text], self.said_title) if (
            self.family is not None and self.family.family == "socialthread") else None
        if posted is not None:  # a thread's writer: "Superyacht stew for 6 seasons."
            self.out.set_role(posted[0], posted[1], signal="speech")
            self.role = posted[0]
            return
        self.sites = page_sites([row.text for row in rows[:_SITE_ROWS]])
        tabled = set().union(*(table.lines for table in self.tables))  # (read by their cells)
        asked = self.family is not None and self.family.family == "chatexport"
        # (a fact sheet's first labelled row, "What they do: Assessors are …": its sentence
        # after the label opens the page as a paragraph would)
        described = next((row.no for row in rows if row.kind in _DESCRIBED and not row.bullet
                          and row.full != row.text and row.full.endswith(row.text)), None)
        # ((rules44a) a record's "Job Profile Name  X" field: read whole, as its line)
        leaving = leaving_rows([row.text for row in rows])  # (rules54b) a personnel form's
        # block of the position left names no role
        # (real52) "Source: O*NET OnLine information for Archeologists.": the data's citation
        # names a database's entry, no title of the page
        cited = {row.no for row in rows if _CITATION.match(row.full or row.text) is not None}
        choice = choose_role([(row.no, row.full if field else row.text) for index, row in
                              enumerate(rows) if index not in leaving and (
            (field := bool(row.label) and record_name(row.label)) or row.kind is None
            or row.top or row.no == described) and row.no not in tabled and (
                row.no not in cited) and not (
                asked and row.text.endswith("?"))], self.vocab, is_heading,  # (a chat's
            # questions are the user's, no page's title: "what is the path from X to Y?")
                             frozenset(row.no for row in rows if row.heading),
                             page="\n".join(row.text for row in rows[:_FIRM_ROWS]),
                             people=self.mail.people if self.mail is not None else frozenset())
        late = choice if choice is not None and choice.late else None
        if late is not None:  # a weak opening: the page's other readings come first
            choice = None
        # (the cover names the post before the prose's statements name other posts)
        cover = pack_cover_title([(row.no, row.full or row.text) for row in rows[:_COVER_ROWS]],
                                 self.vocab.is_role_title,
                                 lambda text: " ".join(shouted_word(w) for w in text.split()))
        if cover is not None:  # (rules40b) a candidate pack's "HEADTEACHER" / "Candidate Pack"
            self.out.set_role(cover[0], cover[1], signal="title_line")
            self.role = cover[0]
            return
        head = next((row for row in rows if not row.bullet), None)
        trained = apprenticeship_role(head.text, "\n".join(
            row.text for row in rows[:200]), self.vocab.is_role_title) if (
            head is not None and head.heading and "Apprenticeship" in head.text) else None
        if trained is not None and head is not None:  # "Sheet Metal Registered Apprenticeship"
            self.out.set_role(trained, head.no, signal="title_line")
            self.role = trained
            self.apprenticeship = True  # (no vacancy's "Apprentice X": the trade as printed)
            return
        graded = graded_role(self.tables) if self.tables and (
            choice is None or choice.signal in _PROSE_SIGNALS) else None
        if graded is not None:  # a schedule's rows: "X Trainee", "X I", "X II", "Senior X"
            self.out.set_role(graded[0], graded[1], signal="table_title")
            self.role = graded[0]
            entry = {f"{graded[0]} {word}".lower() for word in _ENTRY_RUNGS} | {
                f"{word} {graded[0]}".lower() for word in _ENTRY_RUNGS}
            for row in (row for table in self.tables for row in table.rows):
                if row.title.lower() in entry:  # the learner's row: a rung below the role
                    self.out.progression([(row.title, row.line), (self.role, row.line)])
                    break
            return
        if choice is not None:
            if choice.signal == "breadcrumb":  # the section's "Pilots" on a cargo pilots' page
                choice = replace(choice, title=narrower_file_title(
                    choice.title, self.out.file, self.vocab,
                    " ".join(row.text for row in rows[:200])))
            glued = glued_alias(choice.title, self.vocab.is_role_title) if (
                choice.signal == "title_line" and not choice.aliases) else None
            if glued is not None:  # (fixes99) "Removals Worker Removals Porter"
                choice = replace(choice, title=glued[0], aliases=(glued[1],))
            self.out.set_role(choice.title, choice.line, signal=choice.signal)
            for alias in choice.aliases:  # "Sonographer/ Diagnostic Medical Sonographer"
                self.out.add("aliases", alias, choice.line)
            self.role = choice.title
            short = title_acronym(self.printed.get(choice.line, ""), self.role)
            if short is not None:  # (rules53a) "X Y and Z Expert (XYZ)": "XYZ Expert"
                self.out.add("aliases", short, choice.line)
            self.firm_under_title(rows, choice)
            learner = field_learner(self.printed.get(choice.line, ""), self.role)
            if learner in _ENTRY_RUNGS:  # "Occupation  Tatami craftsman (trainee)": the
                # post is the trainee's, a rung below the role
                self.out.progression([(f"{learner.capitalize()} {self.role}", choice.line),
                                      (self.role, choice.line)])
            return
        labelled = alias_labelled_title(
            [(row.no, row.full or row.text) for row in rows],
            lambda label: _known_heading(label, self.vocab) is Kind.ALIASES)
        if labelled is not None:  # "Station staff (railway)" over "Another name: …"
            self.out.set_role(labelled[0], labelled[1], signal="title_line")
            if labelled[2] is not None:
                self.out.add("aliases", labelled[2], labelled[1])
            self.role = labelled[0]
            return
        first = next((row for row in rows if not row.bullet), None)
        if (
            first
            and first.heading
            and not is_masthead(first.text, self.sites)  # "The Halifax Courier"
            and self.vocab.is_role_title(first.text)
            and (classify_heading(first.text, self.vocab.headings) is Kind.OTHER)
        ):
            self.out.set_role(first.text, first.no, signal="title_line")
            self.role = first.text
            return
        self.degree_page(rows)  # (a degree's page names no role: rejected with that reason)
        spoken = own_job([Line(row.no, row.text) for row in rows if (
            self.speech is not None and row.no in self.speech.spoken) or (
            self.deck is not None and row.no == self.deck.presenter)], self.said_title)
        if spoken is not None:  # a transcript's guest: "I'm a luthier", "who is a cheesemaker"
            self.out.set_role(spoken[0], spoken[1], signal="speech")
            self.role = spoken[0]
            return
        in_table = table_role(self.tables, self.out.file)
        if in_table is not None:  # a page that is a table: its title column names the role
            self.out.set_role(in_table[0], in_table[1], signal="table_title")
            self.role = in_table[0]
            return
        line = rows[0].no if rows else 1
        vacancy = self.vacancy_title(rows)
        if vacancy is not None:  # "Apprentice Thatcher" over an apprenticeship's vacancy
            self.out.set_role(vacancy[0], vacancy[1], signal="vacancy_title")
            self.role = vacancy[0]
            return
        in_text = role_from_text(sorted(self.printed.items())[:200], self.vocab)
        if in_text is not None:  # "Preferred label: cooper"; "his life as a cooper"
            self.out.set_role(in_text[0], in_text[1], signal=in_text[2])
            self.role = in_text[0]
            return
        programme = programme_role([(row.no, row.text) for row in rows])
        if programme is not None:  # "GEOTECHNICAL ENGINEERING INTERNSHIP": its practitioner
            self.out.set_role(programme[0], programme[1], signal="page_title")
            self.role = programme[0]
            return
        ads = classified_ads([(row.no, row.text) for row in rows if not row.bullet])
        advertised = classified_role(ads)
        if advertised is not None:  # "BARBER WANTED." / "EXP'D BARBER / SHOP MANAGER." / …
            self.ads = ads  # (read by classified_facts: the page is the role's ads)
            self.out.set_role(advertised[0], advertised[1], signal="title_line")
            self.role = advertised[0]
            return
        sheet = sheet_title([(row.no, row.full or row.text) for row in rows],
                            self.vocab.is_role_title)
        if sheet is not None:  # "DRY LINER  (also called …)", ">>> PATHWAY: WELDER <<<"
            self.out.set_role(sheet[0], sheet[1], signal="title_line")
            for alias in sheet[2]:
                self.out.add("aliases", alias, sheet[1])
            self.role = sheet[0]
            return
        if late is not None:  # "Cooks prepare …" on a page nothing else names
            self.out.set_role(late.title, late.line, signal=late.signal)
            self.role = late.title
            return
        # (the page's rows as printed, read by each title reader below)
        printed_rows = [(row.no, row.full or row.text) for row in rows]
        translated = translated_title(printed_rows, self.vocab.is_role_title)
        if translated is not None:  # (rules37a) "CAR PAINTER / LAKÝRNÍK OSOBNÍCH VOZŮ (m/f)"
            self._take_title(*translated)
            hiring = posting_employer(printed_rows, translated[1])
            if hiring is not None:  # the posting's own employer, at its title
                self.out.add("employers", hiring, translated[1])
            return
        posting = framed_posting_title(
            printed_rows,
            lambda words: self.vocab.names_thing(words) or (  # ("Data Collector": software)
                words[-1] in self.vocab.heads_after and not self.vocab.qualified_head(words)))
        if posting is not None:  # "STREET MAKER I — …" and "As a street maker I at Firm"
            self._take_title(posting[0], posting[1])
            return
        carded = directory_post(printed_rows, self.vocab.is_role_title)
        if carded is not None:  # (rules36c) a staff directory: the post most cards hold
            self._take_title(carded[0], carded[1])
            return
        under_chrome = chrome_title([(row.no, row.full or row.text, row.bullet) for row in rows[
            :200]], self.vocab.is_role_title, lambda text: title_case(singular_title(text)))
        if under_chrome is not None:  # (real31) a title under a photo strip or a menu
            self._take_title(under_chrome[0], under_chrome[1])
            return
        doubled = doubled_title(list(self.printed.items()), self.vocab.is_role_title,
                                lambda text: title_case(singular_title(text)))
        if doubled is not None:  # (real47) a map's card title printed twice under its legend
            self._take_title(doubled[0], doubled[1])
            return
        detailed = labelled_title(list(self.printed.items()), self.vocab.is_role_title,
                                  lambda text: title_case(singular_title(text)))
        if detailed is not None:  # (real42) a portal's "Occupation Details" / the title
            self._take_title(detailed[0], detailed[1])
            return
        staffed = staffed_post(sorted(self.printed.items())[:60], self.vocab.is_role_title)
        if staffed is not None:  # (fixes75) a grant costing's "Staff: X (ABBR), 100% FTE"
            self._take_title(*staffed)
            return
        topped = firm_topped_title(printed_rows, bar=[
            text for _, text in sorted(self.printed.items())[:3]])  # (a bar read as chrome)
        if topped is not None:  # (rules46a) "Furniture collector – …" over "UAB X · Town"
            self._take_title(*topped)
            self.firm_under_title(rows, RoleChoice(topped[0], topped[1], "title_line"))
            return
        targeted = target_title(printed_rows, self.vocab.is_role_title)
        if targeted is not None:  # (rules51b) a tracker board's "Target: X (ABBR) – …"
            self._take_title(*targeted)
            return
        from_name = role_from_file_name(self.out.file, self.vocab,
                                        " ".join(row.text for row in rows[:200]))
        if from_name is not None:
            self.out.set_role(from_name, line, signal="file_name", used=False)
            self.out.warn(line, f"no role named in the text; using the file name: {from_name!r}")
            self.role = from_name
            self.firm_under_title(rows, RoleChoice(from_name, line, "file_name"))
            return
        raise GuideError(
            self.out.file,
            line,
            "no role found in a long-form guide",
            hint="start with the role's title or a sentence such as 'A Data Engineer is …'",
        )

    def _take_title(self, title: str, line: int, alias: str | None = None) -> None:
        """The guide's role from a title line (``line``), with the other name it prints."""
        self.out.set_role(title, line, signal="title_line")
        if alias is not None:
            self.out.add("aliases", alias, line)
        self.role = title

    def degree_page(self, rows: Sequence[_Row]) -> None:
        """Reject a page whose title asks what a degree leads to
        (:mod:`careergraph.guides.degree_pages`): its subject is a degree, and the jobs it
        lists are options, not one role's moves."""
        found = degree_title([(row.no, row.text) for row in rows if not row.bullet])
        if found is None:
            return
        line, degree = found
        named = f" ({degree})" if degree else ""
        raise GuideError(
            self.out.file,
            line,
            f"a degree page, not a role guide: its subject is a degree{named}, and the jobs "
            "it lists are options, not one role's moves",
            hint="give a page about one role, or name the role in the page's first line",
        )

    @staticmethod
    def vacancy_title(rows: Sequence[_Row]) -> tuple[str, int] | None:
        """The trade an apprenticeship vacancy's title near the top names ("Apprentice
        Thatcher"), when no other signal named the role, and its line."""
        page = "\n".join(row.text for row in rows[:200])
        if "pprentice" not in page:
            return None
        return next(((trade, row.no) for row in rows[:_VACANCY_REACH]
                     if (trade := vacancy_trade(row.text, page)) is not None), None)

    def apprentice_vacancy(self, rows: Sequence[_Row]) -> None:
        """On an apprenticeship vacancy titled "Apprentice X", the trade X is the role and
        the vacancy's title the rung below it (:mod:`careergraph.guides.apprentice_title`)."""
        role = self.out.role
        if role is None or self.apprenticeship or "pprentice" not in (page := "\n".join(
                row.text for row in rows[:200])):
            return
        trade = vacancy_trade(role.text, page)
        if trade is not None and not (self.vocab.is_role_title(trade) or practitioner_noun(
                trade.rsplit(" ", 1)[-1])):
            trade = None  # (real51) "Tool and Die Apprentice": the trade names no worker
            # ("Tool and Die" is the craft), so the post stays the page's role
        if trade is not None:
            self.out.set_role(trade, role.source.line, signal=self.out.role_signal)
            self.role = trade
        titled = apprentice_line(self.role, [(row.no, row.text) for row in rows], page)
        if titled is not None:
            self.out.progression([titled, (self.role, titled[1])])
            # the line under the vacancy's title names its employer (or two: a group
            # training organisation and its host employer), and a sentence its host employer
            # ("Host employer: X" is cut into a label and its text: the line's rows joined)
            after = next((row.no for row in rows if row.no > titled[1]), None)
            # (prec14: the printed line, so that another field's label stays on it: "Before:
            # Decorator" under a gallery's "Apprentice Plasterer · Year 1 · Firm Ltd" card
            # names the job held before, no employer)
            header = self.printed.get(after or 0) or " ".join(
                row.text for row in rows if row.no == after)
            for name in header_employers(header.strip()):
                self.out.add("employers", name, after or titled[1])
            for row in rows if "ost employer" in page else ():
                for name in host_employers(row.text):
                    self.out.add("employers", name, row.no)

    def talent_title(self, title: str, snippet: Sequence[tuple[int, str]]) -> str:
        """A local pro's card headed by a business name ("Kirra Bennett — Calm Canines") is
        the role's when its snippet's first sentence names the role ("Dog trainer, 8
        years."); any other card keeps its title."""
        if not snippet or not self.role or self.own_card(title) or self.vocab.is_role_title(
                title):
            return title
        first = re.split(r"(?<=[.!?])\s", snippet[0][1], maxsplit=1)[0]
        named = re.search(rf"\b{re.escape(self.role)}s?\b", first, re.IGNORECASE)
        return self.role if named is not None else title

    def through_role(self, chain: Sequence[str]) -> bool:
        """An arrow chain of lower-case steps, one of them the role's own title as printed
        (singular or plural, at a level or not: "junior stew"): the path runs through the
        role."""
        return bool(self.role) and all(step.strip()[:1].islower() for step in chain) and any(
            self.own_card(title_case(singular_title(_ASIDE.sub("", step).strip())))
            for step in chain)

    def own_card(self, title: str) -> bool:
        """A card's title (or a slash part of it) names the role at any level or grade."""
        if self.role and (plain := unrung_role(self.role)) is not None and (
                self._owns_card(title, plain)):
            return True  # (rules58a) "Java developer (Senior)" on "Middle Java Developer"
        return self._owns_card(title, self.role)

    def _owns_card(self, title: str, role: str | None) -> bool:
        return role is not None and bool(role) and not _other_bracket(title, role) and (
            _same_role(singular_title(title), role) or _graded_tail(title, role)
            or qualified_title(title, role))

    def own_opening(self, title: str) -> bool:
        """An opening's title names the role (at a grade, with a qualifier) or an alias."""
        return any(owner is None or self.own_or_alias(named)
                   for named, owner in card_owners(title, self.own_card))

    def alias_step(self, step: str) -> bool:
        """A ladder's step naming one of the role's aliases read so far, bracket aside."""
        bare = _ASIDE.sub("", step).strip()
        # ("Animal Care Technician II": an alias at a class number is the alias)
        keys = {fact_key(singular_title(bare)), fact_key(step.strip()),
                fact_key(_ALIAS_CLASS.sub("", bare))}
        # ("Firefighter (Control)": an alias with its qualifier matches as printed)
        return bool(bare) and any(fact_key(singular_title(alias.text)) in keys
                                  for alias in self.out.lists["aliases"])

    def short_role(self, step: str) -> bool:
        """A step naming the role with its head word cut short ("Lift op" on the lift
        operator's page, "Install tech" on the install technician's): the role itself."""
        words, own = step.lower().split(), (self.role or "").lower().split()
        return (len(words) == len(own) >= _SHORT_ROLE_WORDS and words[:-1] == own[:-1]
                and len(words[-1]) >= _SHORT_HEAD and words[-1] != own[-1]
                and own[-1].startswith(words[-1]))

    def firm_under_title(self, rows: Sequence[_Row], choice: RoleChoice) -> None:
        """(carry41) A posting's firm on the line under its title ("Baker" over "Kovász
        Pékség Kft. · Pécs · Posted 3 days ago", "Our partner X Zrt., which …" under an
        agency's title) employs the role, whichever signal named it: the title's line is
        the choice's, or a line among the first that prints the role alone."""
        line = choice.line if choice.signal in ("title_line", "page_title") else next(
            (row.no for row in rows[:_FIRM_TITLE_ROWS]
             if (row.full or row.text).strip().lower() == (self.role or "").lower()), None)
        if line is None and self.role:
            # (rules42a) a translated posting's title line naming the role first or after
            # its own language's slash ("KIINTEISTÖNHOITAJA / PROPERTY CARETAKER, TAMPERE",
            # "Practical nurse (lähihoitaja), home care"), whichever signal named the role
            # (rules47a: after an urgency label, "URGENT HIRING!!! CASHIER (Kahera / …)")
            line = next((row.no for row in rows[:_FIRM_TITLE_ROWS] if _posted_title(
                _URGENCY.sub("", (row.full or row.text).strip()).lower(), self.role.lower())),
                None)
        if line is None:
            return
        listed = [(row.no, row.full or row.text) for row in rows]
        firm = posting_employer(listed, line, glued=False)
        if firm is not None:
            self.title_firm = (firm, line)
        if _TRANSLATED_BAR.search(" ".join(text for _, text in listed[:3])):
            # (rules47a) on a translated posting, the firms in the cells of the line under
            # the title ("X Hotel Complex ★★★★ — Y Hotels AD", "X Supermarket – Town")
            following = next((text for no, text in listed if no > line), "")
            known = {firm} if firm is not None else set()
            self.title_firms = [(name, line + 1) for name in head_firms(following)
                                if name not in known]

    def own_or_alias(self, title: str) -> bool:
        """``title`` is the role (:meth:`own_title`) or one of the aliases read so far."""
        key = fact_key(singular_title(title))
        first, _, rest = title.partition(" ")
        # ("Competent Firefighter (Control)" when the rank title "Firefighter (Control)" is
        # an alias: the role at a stage of its development, not another post)
        staged = fact_key(rest) if rest and first.isalpha() and (
            first.lower() in _ENTRY_RUNGS or not self.vocab.is_role_title(first)) else None
        return self.own_title(title) or any(
            fact_key(singular_title(alias.text)) in (key, staged)
            for alias in self.out.lists["aliases"])

    def own_title(self, title: str) -> bool:
        """``title`` is the role, at a grade ("Technician II") or a level ("Senior …"); a
        title opening with another post's rank ("Chief …", "Head …") is that post."""
        core = title_core(title) if "," not in title else title
        if not self.role or core.split(" ", 1)[0].lower() in _OTHER_RANKS or _other_bracket(
                title, self.role):
            return False
        if _same_role(singular_title(core), self.role) or (
                _pay_key(core) == _base_key(self.role)):
            return True
        # "Band 7 Senior Clinical Embryologist", "Trainee Clinical Embryologist" on the
        # embryologist's page: the role, titled in full, at a level
        words = role_base(core).split()
        if words and words[0].lower() in _ENTRY_RUNGS:
            words = words[1:]
        rest = singular_title(" ".join(words))
        return len(words) < len(core.split()) and (
            _same_role(rest, self.role) or qualified_title(rest, self.role))

    def opening_title(self, text: str) -> str | None:
        """The role title ``text`` opens with, as written, or None."""
        title = self.vocab.role_title_at(text, 0)
        return title if title and text.startswith(title) else None

    def own_field(self, name: str, text: str, *, whole: bool = False) -> bool:
        """``name`` opens the role's own field where ``text`` names it ("security" in
        "security governance projects" on a Security Governance Manager's page), or is that
        field (only that with ``whole``): words of the role's title, no sector of their own."""
        words = [w for w in role_base(self.role).lower().split() if w not in ("of", "and")]
        field = " ".join(words[:-1]) if words and not self.role.lower().startswith(
            ("director of", "head of", "vp of")) else " ".join(words[1:])
        lowered = name.lower()
        known = self.vocab.gazetteer
        # (the whole field too, "Museum Lighting Technicians work in museum lighting", unless it
        # is an industry the gazetteer knows: "public health" for a Public Health Nurse)
        return len(field.split()) >= 2 and ((not whole and field.startswith(f"{lowered} ")) or (
            lowered == field and not (known is not None and known.sectors(
                field, section=True)))) and field in text.lower()

    def other_subject(self, text: str) -> bool:
        """Whether ``text`` opens with another role's title ("Civil Engineers use …"); the
        role itself, however shortened or plural ("Recruiters" on the Technical Recruiter's
        page), is not another role."""
        title = self.vocab.role_title_at(text, 0)
        if title is None:
            return False
        mine, theirs = fact_key(role_base(self.role)), fact_key(role_base(title))
        return not (mine.endswith(theirs) or theirs.endswith(mine))

    def other_trade(self, before: str, cue: str = "") -> bool:
        """A sentence whose text before its cue (``cue``; "" for a whole sentence) is
        ``before`` tells what another trade does ("Sprinkler fitters specialise in …" on a
        plumber's page): :mod:`.other_trades`."""
        if cue:
            return subject_cue(cue) and other_trade(before, self.role, self.vocab.is_role_title)
        if not other_trade(before, self.role, self.vocab.is_role_title):
            return False
        lowered = before.lower()  # ("Recruiters look for A and B": what the role is asked)
        return not any(c.strip("^$") in lowered for c in self.vocab.headings.skill_cues
                       if not subject_cue(c))

    def own_names(self, text: str, names: Sequence[T]) -> list[T]:
        """``names`` (or ``(name, …)`` tuples) read from ``text``, less those said only in
        its sentences about another trade ("Court reporters use A and B." in a paragraph on
        the legal secretary's page: :meth:`other_trade`)."""
        if not names:
            return []
        said = {s.lower(): self.other_trade(s) for s in split_sentences(text)}
        if not any(said.values()):
            return list(names)

        def name_of(item: T) -> str:
            return str(item[0] if isinstance(item, tuple) else item).lower()

        return [item for item in names if not any(
            name_of(item) in s for s, other in said.items() if other) or any(
            name_of(item) in s for s, other in said.items() if not other)]

    def said_title(self, phrase: str) -> str | None:
        """The role a phrase of speech names: a title in prose, or one word naming a person
        ("affineur"); a presenter's "Senior Forester" holds the role at a level."""
        phrase = _SENIORITY.sub("", phrase) if self.deck is not None else phrase
        return prose_title(phrase, self.vocab) or (
            title_case(singular_title(phrase)) if " " not in phrase and practitioner_noun(
                phrase) else None)

    def names_role(self, text: str) -> bool:
        """``text`` names the page's role by its head word ("Top skills for Arborists")."""
        head = self.role.split()[-1] if self.role else ""
        # (the head word found, then its ending: no pattern compiled a role, speed16)
        return bool(head) and next(needle_matches(text, text, head, _PLURAL_END, edge=True),
                                   None) is not None

    def spelled(self, short: str) -> str | None:
        """The title a short form stands for where the page defines it ("our able seaman
        (AB) ticket" -> "Able Seaman": its words, one a letter, or spelling it), or None."""
        for match in re.finditer(rf"((?:[A-Za-z][\w-]*\s+){{1,4}})\({re.escape(short)}\)",
                                 self.page):
            words = match.group(1).split()
            for size in range(len(short), 0, -1):
                if len(words) >= size and (is_acronym_of(short, words[-size:]) or (
                        size == len(short) and words[-size][:1].lower() == short[:1].lower())):
                    return prose_title(" ".join(words[-size:]), self.vocab)
        return None

    def known_title(self, title: str) -> bool:
        """``title`` is the role's or one the vocabulary knows."""
        return fact_key(title) == fact_key(self.role) or self.vocab.is_role_title(title)
